"""blind63: 50 hand-written mails from the inbox of Dana Whitfield, a machine-learning engineer in
Boston (America/New_York), job hunting across Boston, Cambridge MA, New York, the Bay Area, Chicago,
Denver, Toronto and remote London/Berlin roles in 2026.

Written blind (without reading the detector, its tests or the other held-out sets); the MIME
plumbing and checks are make.py's. Registered into make.REGISTRY["blind63"]; file numbers are a
fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
"""

from __future__ import annotations

import random

import make
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
    raw_part,
    received,
    t,
    text,
)

make.REGISTRY.setdefault("blind63", [])

ORDER = random.Random(63063).sample(range(1, 51), 50)

ME = "dana.whitfield@example.org"
ME_NAME = "Dana Whitfield"
TO = addr(ME_NAME, ME)
NY = "America/New_York"
LA = "America/Los_Angeles"
CHI = "America/Chicago"
DEN = "America/Denver"
TOR = "America/Toronto"
LON = "Europe/London"
BER = "Europe/Berlin"


def N(key: int) -> str:
    """File name of the key-th mail in writing order."""
    return f"blind63_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, ident: str,
         to: str = TO, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """Headers as the inbox (Google Workspace for example.org) stores them."""
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"mx.google.com with ESMTPS id {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


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

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tenant}%22%7d>
Meeting ID: {mid}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={org}&tenantId={tenant}&threadId=19_meeting_{tid}@thread.v2&messageId=0&language=en-US>
________________________________________________________________________________
"""

GCAL_FOOTER = """Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-02-10T19:00:00Z", end="2026-02-10T19:45:00Z", contact="hannah.osei@verdantbio.com",
      company="Verdant Bio",
      local="Tue 2026-02-10 14:00", local_end="2026-02-10 14:45", zone=NY,
      note="Greenhouse interview confirmation sent from a greenhouse-mail no-reply with the recruiter "
           "as Reply-To; 'Tuesday, February 10, 2026, 2:00 PM - 2:45 PM EST' (Boston winter, UTC-5); "
           "ICS with America/New_York VTIMEZONE agrees")
def verdant_screen() -> bytes:
    body = t("""
        Hi Dana,

        Thanks for making time to chat with us! Here are the details for your upcoming phone screen
        with Verdant Bio.

        Role: Machine Learning Engineer, Protein Design
        When: Tuesday, February 10, 2026, 2:00 PM - 2:45 PM EST
        Who: Samuel Achterberg, Director of Machine Learning
        Where: Samuel will call you at 617-555-0148 (the number on your application). If that has
        changed, just reply to this email.

        This first conversation is mostly about your background and what you're looking for, plus a
        few questions on the modeling work you listed (the contrastive pretraining project caught his
        eye). No prep needed beyond that.

        A calendar invite is attached for your convenience.

        Best,
        Hannah Osei
        Talent Acquisition Partner | Verdant Bio
        410 Binney Row, Cambridge, MA 02142
        """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Dana,</p>
        <p>Thanks for making time to chat with us! Here are the details for your upcoming phone screen with Verdant Bio.</p>
        <p><strong>Role:</strong> Machine Learning Engineer, Protein Design<br>
        <strong>When:</strong> Tuesday, February 10, 2026, 2:00 PM - 2:45 PM EST<br>
        <strong>Who:</strong> Samuel Achterberg, Director of Machine Learning<br>
        <strong>Where:</strong> Samuel will call you at 617-555-0148 (the number on your application). If that has changed, just reply to this email.</p>
        <p>This first conversation is mostly about your background and what you're looking for, plus a few questions on the modeling work you listed (the contrastive pretraining project caught his eye). No prep needed beyond that.</p>
        <p>A calendar invite is attached for your convenience.</p>
        <p>Best,<br>Hannah Osei<br>Talent Acquisition Partner | Verdant Bio<br>410 Binney Row, Cambridge, MA 02142</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8f3a2c91b7.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["America/New_York"] + "\n"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{ics}BEGIN:VEVENT
UID:interview-48213377-greenhouse@verdantbio.com
DTSTAMP:20260205T162211Z
DTSTART;TZID=America/New_York:20260210T140000
DTEND;TZID=America/New_York:20260210T144500
SUMMARY:Phone Screen: Dana Whitfield / Verdant Bio (Samuel Achterberg)
DESCRIPTION:Samuel Achterberg will call you at 617-555-0148.
LOCATION:Phone call
ORGANIZER;CN=Hannah Osei:mailto:hannah.osei@verdantbio.com
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Hannah Osei", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Machine Learning Engineer, Protein Design at Verdant Bio",
              "2026-02-05 11:22:11", NY,
              "<0100019434a8f2d1-77c1e0b2-5d2f-4c8e-9a1b-2e6f30c4d1aa-000000@email.amazonses.com>",
              "from a27-44.smtp-out.us-west-2.amazonses.com (a27-44.smtp-out.us-west-2.amazonses.com "
              "[54.240.27.44])", "d75a77b69052e-4f1c2a9b3e",
              extra=(("Reply-To", addr("Hannah Osei", "hannah.osei@verdantbio.com")),))
    return message(hs, mixed(alt(text(body), html(html_body)),
                             calendar(ics, method="REQUEST", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(2), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-03-11T17:00:00Z", end="2026-03-11T17:45:00Z", contact="ines.carvalho@kestrelrobotics.com",
      company="Kestrel Robotics",
      local="Wed 2026-03-11 10:00", local_end="2026-03-11 10:45", zone=LA,
      note="Google Calendar invitation for a hiring-manager chat; 'Wed Mar 11, 2026 10am - 10:45am "
           "(PDT)': sent on 5 March in PST, US clocks go forward on 8 March, so 10am PDT = 17:00Z; "
           "ICS in UTC agrees; contact = organizer")
def kestrel_hm_chat() -> bytes:
    body = t("""
        Dana <> Kestrel | Hiring manager chat (Perception ML)
        Wednesday Mar 11, 2026 ⋅ 10am – 10:45am
        Pacific Time - Los Angeles

        Join with Google Meet
        https://meet.google.com/vzk-qrtw-mhe

        Join by phone
        (US) +1 650-555-0182 PIN: 402 118 993#

        More phone numbers: https://tel.meet/vzk-qrtw-mhe?pin=4021189936412

        Hey Dana! Looking forward to it. Nothing to prepare, we'll talk about the perception stack and
        what you've been building at Fenway Signal. -Ines

        Organizer
        Ines Carvalho
        ines.carvalho@kestrelrobotics.com

        Guests
        Ines Carvalho - organizer
        Tobias Lindgren
        dana.whitfield@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWM0cWQ3aDFqOGJ0cTVvYnJ2&tok=MjgjaW5lcy5jYXJ2YWxobw&ctz=America%2FLos_Angeles&hl=en&es=0

        Reply for dana.whitfield@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=NWM0cWQ3aDFqOGJ0cTVvYnJ2&tok=MjgjaW5lcy5jYXJ2YWxobw&ctz=America%2FLos_Angeles&hl=en&es=0
        Your attendance is optional.

        """) + GCAL_FOOTER
    html_body = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif"><h2 style="font-size:22px;font-weight:400">Dana &lt;&gt; Kestrel | Hiring manager chat (Perception ML)</h2>
        <div style="font-size:14px;color:#3c4043"><span>Wednesday Mar 11, 2026 &sdot; 10am &ndash; 10:45am</span><br><span>Pacific Time - Los Angeles</span></div>
        <p><a href="https://meet.google.com/vzk-qrtw-mhe">Join with Google Meet</a></p>
        <p>Hey Dana! Looking forward to it. Nothing to prepare, we'll talk about the perception stack and what you've been building at Fenway Signal. -Ines</p>
        <p><b>Organizer</b><br>Ines Carvalho<br>ines.carvalho@kestrelrobotics.com</p>
        <p><b>Guests</b><br>Ines Carvalho - organizer<br>Tobias Lindgren<br>dana.whitfield@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p></div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260311T170000Z
DTEND:20260311T174500Z
DTSTAMP:20260305T232904Z
ORGANIZER;CN=Ines Carvalho:mailto:ines.carvalho@kestrelrobotics.com
UID:5c4qd7h1j8btq5obrv2k9e0s1m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ines Carvalho;X-NUM-GUESTS=0:mailto:ines.carvalho@kestrelrobotics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Lindgren;X-NUM-GUESTS=0:mailto:tobias.lindgren@kestrelrobotics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
X-MICROSOFT-CDO-OWNERAPPTID:-1427736051
CREATED:20260305T232903Z
DESCRIPTION:Hey Dana! Looking forward to it. Nothing to prepare\\, we'll talk about the perception stack and what you've been building at Fenway Signal. -Ines\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/vzk-qrtw-mhe\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260305T232903Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dana <> Kestrel | Hiring manager chat (Perception ML)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Ines Carvalho", "ines.carvalho@kestrelrobotics.com"),
              "Invitation: Dana <> Kestrel | Hiring manager chat (Perception ML) @ Wed Mar 11, 2026 "
              "10am - 10:45am (PDT) (dana.whitfield@example.org)",
              "2026-03-05 15:29:05", LA, "<calendar-3b1f77e0-9c2a-4a54-a0d4-6e1c2f9b8d17@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])",
              "a640c23a62f3a-7b2c41e8d0",
              extra=(("Reply-To", addr("Ines Carvalho", "ines.carvalho@kestrelrobotics.com")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    inner = alt(text(body), html(html_body), calendar(ics, method="REQUEST"))
    return message(hs, mixed(inner, calendar(ics, method="REQUEST", ctype="application/ics",
                                             filename="invite.ics", disposition="attachment",
                                             name_param=True, cte="base64")))


@mail(N(3), family="agency_recruiter", lang="en", interview=True, kind="scheduled",
      start="2026-12-03T20:00:00Z", end="2026-12-03T20:45:00Z", contact="kyle.brennan@beaconstreetsearch.com",
      company="Lattice Point Capital",
      local="Thu 2026-12-03 15:00", local_end="2026-12-03 15:45", zone=NY,
      note="Agency recruiter's short reply on top of the thread: 'Confirmd for Thurs 12/3 at 3p ET', "
           "'45 min'; December so EST (UTC-5); hiring company is the agency's client; contact = the "
           "agency recruiter who sent it")
def lattice_agency_confirm() -> bytes:
    body = t("""
        Confirmd for Thurs 12/3 at 3p ET w/ Marco Restrepo (Head of ML Platform) at Lattice Point. 45
        min on zoom, Marco will send the link himself. He's a numbers guy so have your latency/
        throughput stories ready lol

        Call me after? Go get em

        Kyle

        Kyle Brennan | Principal, Quant & Data
        Beacon Street Search
        c: 857-555-0119

        On Sun, Nov 29, 2026 at 8:14 PM Dana Whitfield <dana.whitfield@example.org> wrote:
        > Hi Kyle - Thursday works, anytime after 2 is best for me. Mornings that week are tough
        > because of our release.
        > Thanks!
        > Dana
        >
        > On Wed, Nov 25, 2026 at 4:41 PM Kyle Brennan <kyle.brennan@beaconstreetsearch.com> wrote:
        >> Good news, Lattice Point wants to move fwd. Can you do Wed or Thu next week for a first
        >> round w/ the HM?
        """)
    hs = head(addr("Kyle Brennan", "kyle.brennan@beaconstreetsearch.com"),
              "Re: Lattice Point - next steps", "2026-11-30 09:47:52", NY,
              "<CAJx7pQ2o+Rkq3ZP1vX0c9Fh5Tn0b6jHq8wLm2a@mail.gmail.com>",
              "from mail-yw1-f170.google.com (mail-yw1-f170.google.com. [209.85.128.170])",
              "00721157ae682-6f0e91c2a1",
              extra=(("In-Reply-To", "<CAD4nW2v9k=Hq1yPzR0Tn3x5cL8eXq7Ub2mF0g@mail.gmail.com>"),
                     ("References", "<CAJx7pQ0aX1k2m3ZP1vX0c9Fh5Tn0b6jHq8wLd1@mail.gmail.com> "
                                    "<CAD4nW2v9k=Hq1yPzR0Tn3x5cL8eXq7Ub2mF0g@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(4), family="exchange_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T14:30:00Z", end="2026-11-02T16:00:00Z", contact="tquan@chharbor.org",
      company="Commonwealth Harbor Health",
      local="Mon 2026-11-02 09:30", local_end="2026-11-02 11:00", zone=NY,
      note="Outlook/Exchange meeting request (windows-1252 body, TZID 'Eastern Standard Time'); sent "
           "Wed 28 Oct in EDT, panel on Mon 2 Nov, the day after US clocks fall back, so 9:30 EST = "
           "14:30Z; contact = human organizer")
def chharbor_panel() -> bytes:
    body = t("""
        Hi Dana,

        Thank you again for your time with Priyanka last week. We’d like to invite you to a panel
        interview for the Senior ML Engineer, Clinical Data Science role in Research Information
        Systems. You’ll meet with:

          - Priyanka Shah, Manager, Clinical Data Science
          - Dr. Owen McCall, Associate CMIO
          - Luis Ortega, Principal Data Engineer

        The panel is 90 minutes: about 30 minutes on your background, 45 on a model-deployment case
        (a sepsis early-warning model, no prep needed), and time for your questions.

        Please accept the invitation so it lands on your calendar. If anything comes up, call or
        email me directly.

        Warm regards,
        Theresa Quan
        Talent Acquisition Specialist – IT & Research
        Commonwealth Harbor Health | 200 Harborview Drive, Boston, MA 02118
        Office: 617-555-0163

        """) + TEAMS.format(tid="NjQ3YmE1ZTItOTc0NS00ZTg3LWJkMjctNmQ0YzE2NDQ2Nzkz",
                            tenant="5e2a7d1b-3c84-4c55-8d0a-1a9b0f6e4c21", mid="241 887 305 611",
                            pw="qZ4tW9", org="b2c01f4e-73d1-4b1a-9d62-cc7e2f0811a5")
    html_body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1252\"></head>" \
        "<body><div class=\"WordSection1\">" + "".join(
            f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>" for line in body.split("\n")[:27]) + \
        "</div></body></html>\n"
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Quan\\, Theresa:mailto:tquan@chharbor.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Shah\\, Priyanka:mailto:pshah4@chharbor.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=McCall\\, Owen\\, MD:mailto:omccall@chharbor.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ortega\\, Luis:mailto:lortega2@chharbor.org
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E00800000000A0F3C5D1B045DD01000000000000000010000000E6A2C1D8F7B39A4C8D4E0A2F61C3B7E9
SUMMARY;LANGUAGE=en-US:Panel Interview - Dana Whitfield - Sr ML Engineer (Req 88412)
DTSTART;TZID=Eastern Standard Time:20261102T093000
DTEND;TZID=Eastern Standard Time:20261102T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T180512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124730119
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Quan, Theresa", "tquan@chharbor.org"),
              "Panel Interview - Dana Whitfield - Sr ML Engineer (Req 88412)", "2026-10-28 14:05:12", NY,
              "<MN2PR04MB6989C1E0D7A4B5F31E9C2A77D41A2@MN2PR04MB6989.namprd04.prod.outlook.com>",
              "from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2101.outbound."
              "protection.outlook.com. [40.107.94.101])", "n9-20020a05620a0a2900b007c5",
              extra=(("Thread-Topic", "Panel Interview - Dana Whitfield - Sr ML Engineer (Req 88412)"),
                     ("Thread-Index", "AdtJ1xq8m3kQ0S5fR4W0yC8bGm1pAg=="),
                     ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body, charset="windows-1252"), html(html_body, charset="windows-1252"),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(5), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-03-24T15:30:00Z", end="2026-03-24T16:15:00Z", contact="freya.holloway@halcyonledger.co.uk",
      company="Halcyon Ledger",
      local="Tue 2026-03-24 11:30", local_end="2026-03-24 12:15", zone=NY,
      note="Ashby confirmation for a London remote role in the weeks where the US is on EDT and the UK "
           "still on GMT: '11:30 AM - 12:15 PM EDT' and the recruiter's '3:30pm London time' are both "
           "15:30Z; ICS with UTC times agrees; contact = Reply-To recruiter")
def halcyon_ashby() -> bytes:
    body = t("""
        Hi Dana,

        Your interview with Halcyon Ledger is confirmed.

        Technical Interview - Applied ML (Fraud)
        Tuesday, March 24, 2026
        11:30 AM - 12:15 PM EDT (45 minutes)

        Interviewers
        Ravi Chandrasekar - Staff Machine Learning Engineer

        Location
        Google Meet: https://meet.google.com/hcl-ppxa-wre

        A note from Freya:
        Quick heads-up as the clocks are a bit odd this month – that's 3:30pm London time for Ravi,
        our clocks don't go forward until the 29th. It's a conversational technical round on
        transaction-fraud models, no live coding.

        Need to reschedule? Reply to this email and Freya Holloway will help.

        Powered by Ashby
        """)
    html_body = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#f6f6f9">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#fff;border-radius:8px;padding:32px;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1b1b1f">
        <tr><td><p>Hi Dana,</p><p>Your interview with Halcyon Ledger is confirmed.</p>
        <h3 style="margin:24px 0 4px">Technical Interview - Applied ML (Fraud)</h3>
        <p style="margin:0">Tuesday, March 24, 2026<br>11:30 AM - 12:15 PM EDT (45 minutes)</p>
        <p><b>Interviewers</b><br>Ravi Chandrasekar - Staff Machine Learning Engineer</p>
        <p><b>Location</b><br><a href="https://meet.google.com/hcl-ppxa-wre">Google Meet</a></p>
        <p style="background:#f1f0ff;padding:12px;border-radius:6px"><b>A note from Freya:</b><br>Quick heads-up as the clocks are a bit odd this month &ndash; that's 3:30pm London time for Ravi, our clocks don't go forward until the 29th. It's a conversational technical round on transaction-fraud models, no live coding.</p>
        <p>Need to reschedule? Reply to this email and Freya Holloway will help.</p>
        <p style="color:#8a8a99;font-size:12px">Powered by Ashby</p></td></tr></table>
        </td></tr></table></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b3f9c1d2-6e8a-4d07-9a31-2c5e7f0a1b44@ashbyhq.com
DTSTAMP:20260318T160244Z
DTSTART:20260324T153000Z
DTEND:20260324T161500Z
SEQUENCE:0
SUMMARY:Halcyon Ledger - Technical Interview - Applied ML (Fraud)
LOCATION:https://meet.google.com/hcl-ppxa-wre
ORGANIZER;CN=Freya Holloway:mailto:freya.holloway@halcyonledger.co.uk
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana.whitfield@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Halcyon Ledger", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior ML Engineer, Fraud at Halcyon Ledger", "2026-03-18 16:02:44", LON,
              "<010001958f2b6c44-1d8e3a70-2b91-4f6c-8e0d-93a4b1c7f2e5-000000@email.amazonses.com>",
              "from a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])",
              "af79cd13be357-7c9e0d4a1b",
              extra=(("Reply-To", addr("Freya Holloway", "freya.holloway@halcyonledger.co.uk")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(html_body, cte="base64")),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-04-17T15:00:00Z", end="2026-04-17T15:30:00Z", contact="priyanka.rao@aspengroverobotics.com",
      company="Aspen Grove Robotics",
      local="Fri 2026-04-17 11:00", local_end="2026-04-17 11:30", zone=NY,
      note="Calendly invitee confirmation: '11:00am - 11:30am (Eastern Time - US & Canada) on Friday, "
           "April 17, 2026' (EDT, the invitee's zone; the Denver host sees 9am MDT); ICS in UTC agrees; "
           "contact = host (Reply-To)")
def aspen_calendly() -> bytes:
    body = t("""
        Hi Dana Whitfield,

        Your Recruiter Screen - ML Engineer (Manipulation) event with Priyanka Rao at 11:00am - 11:30am
        (Eastern Time - US & Canada) on Friday, April 17, 2026 is scheduled.

        Event Type:
        Recruiter Screen - ML Engineer (Manipulation)

        Invitee:
        Dana Whitfield

        Invitee Email:
        dana.whitfield@example.org

        Event Date/Time:
        11:00am - 11:30am (Eastern Time - US & Canada) on Friday, April 17, 2026

        Location:
        This is a Zoom web conference.
        You can join this meeting from any device. https://aspengrove.zoom.us/j/86124470193?pwd=QmJ6a2Z1bHcvT0x5SWZ2d3Bqd1JHdz09

        Description:
        Quick 30 minutes to get to know each other before the technical rounds. Aspen Grove builds
        warehouse picking arms out of Denver; this role sits with the grasp-planning team.

        Questions:
        Please share anything that will help prepare for our meeting.
        LinkedIn: linkedin.com/in/danawhitfield-ml

        Cancel: https://calendly.com/cancellations/5b3f0e2c-7a41-4c4d-b3e2-0f6d7a91c2d8
        Reschedule: https://calendly.com/reschedulings/5b3f0e2c-7a41-4c4d-b3e2-0f6d7a91c2d8

        Powered by Calendly.com
        """)
    html_body = t("""
        <html><body style="font-family:proxima-nova,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Dana Whitfield,</p>
        <p>Your <b>Recruiter Screen - ML Engineer (Manipulation)</b> event with <b>Priyanka Rao</b> at <b>11:00am - 11:30am (Eastern Time - US &amp; Canada) on Friday, April 17, 2026</b> is scheduled.</p>
        <p><b>Event Type:</b><br>Recruiter Screen - ML Engineer (Manipulation)</p>
        <p><b>Invitee:</b><br>Dana Whitfield</p>
        <p><b>Invitee Email:</b><br><a href="mailto:dana.whitfield@example.org">dana.whitfield@example.org</a></p>
        <p><b>Event Date/Time:</b><br>11:00am - 11:30am (Eastern Time - US &amp; Canada) on Friday, April 17, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://aspengrove.zoom.us/j/86124470193?pwd=QmJ6a2Z1bHcvT0x5SWZ2d3Bqd1JHdz09">Join Zoom meeting</a></p>
        <p><b>Description:</b><br>Quick 30 minutes to get to know each other before the technical rounds. Aspen Grove builds warehouse picking arms out of Denver; this role sits with the grasp-planning team.</p>
        <p><a href="https://calendly.com/cancellations/5b3f0e2c-7a41-4c4d-b3e2-0f6d7a91c2d8">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/5b3f0e2c-7a41-4c4d-b3e2-0f6d7a91c2d8">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260414T134511Z
UID:5b3f0e2c-7a41-4c4d-b3e2-0f6d7a91c2d8@calendly.com
DTSTART:20260417T150000Z
DTEND:20260417T153000Z
SUMMARY:Recruiter Screen - ML Engineer (Manipulation) between Priyanka Rao and Dana Whitfield
LOCATION:https://aspengrove.zoom.us/j/86124470193
ORGANIZER;CN=Priyanka Rao:mailto:priyanka.rao@aspengroverobotics.com
ATTENDEE;CN=Dana Whitfield;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:dana.whitfield@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Recruiter Screen - ML Engineer (Manipulation) with Priyanka Rao on Friday, "
              "April 17, 2026", "2026-04-14 09:45:11", NY,
              "<20260414134511.1c9f3a7e2b5d4e61@calendly.com>",
              "from o3.email.calendly.com (o3.email.calendly.com [167.89.64.17])", "d2e1a72fcca58-4a9f0c61e2",
              extra=(("Reply-To", addr("Priyanka Rao", "priyanka.rao@aspengroverobotics.com")),))
    return message(hs, mixed(alt(text(body), html(html_body)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(N(7), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-05-19T17:00:00Z", end="2026-05-19T18:00:00Z", contact="gwen.alvarado@pinnaclebio.com",
      company="Pinnacle Biosciences",
      local="Tue 2026-05-19 13:00", local_end="2026-05-19 14:00", zone=NY,
      note="Workday 'Interview Scheduled' notification, HTML only, base64; '05/19/2026', '1:00 PM - 2:00 "
           "PM (Eastern Time)' in May = EDT; sender is the tenant's myworkday.com system address, "
           "contact = coordinator address in the body")
def pinnacle_workday() -> bytes:
    html_body = t("""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background-color:#f2f2f2;">
        <table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:20px 0;">
        <table width="600" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
        <tr><td style="background-color:#00594f;padding:18px 24px;"><img src="https://pinnaclebio.wd1.myworkdayjobs.com/wday/cxs/pinnaclebio/Careers/sidebarimage/logo" alt="Pinnacle Biosciences" height="32" /></td></tr>
        <tr><td style="padding:24px;">
        <p>Dear Dana,</p>
        <p>Thank you for your interest in the <b>Senior Machine Learning Scientist, Imaging (R-10482)</b> position at Pinnacle Biosciences. We are pleased to confirm your interview.</p>
        <table border="0" cellspacing="0" cellpadding="4" style="font-size:14px;">
        <tr><td><b>Date:</b></td><td>05/19/2026</td></tr>
        <tr><td><b>Time:</b></td><td>1:00 PM - 2:00 PM (Eastern Time)</td></tr>
        <tr><td><b>Interview Type:</b></td><td>Virtual - Microsoft Teams</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Dr. Hyun-woo Park, Head of Computational Pathology; Alicia Fenn, Senior Scientist</td></tr>
        </table>
        <p>A Microsoft Teams link will be sent by the hiring team in a separate calendar invitation.</p>
        <p>If you need to reschedule or require an accommodation, please contact your recruiting coordinator, Gwen Alvarado, at <a href="mailto:gwen.alvarado@pinnaclebio.com">gwen.alvarado@pinnaclebio.com</a>.</p>
        <p>You can view the status of your application at any time in our <a href="https://pinnaclebio.wd1.myworkdayjobs.com/Careers/userHome">Candidate Home</a>.</p>
        <p>Sincerely,<br />Pinnacle Biosciences Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888888;">This email was sent from an unmonitored mailbox. Please do not reply to this message.<br />Pinnacle Biosciences is an Equal Opportunity Employer.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Pinnacle Biosciences", "pinnaclebio@myworkday.com"),
              "Interview Scheduled - Senior Machine Learning Scientist, Imaging (R-10482)",
              "2026-05-12 08:31:40", NY, "<1583772619.41210.1778589100114@wd1-prod-mail-app12.myworkday.com>",
              "from wd1-prod-mta-04.myworkday.com (wd1-prod-mta-04.myworkday.com [198.51.100.44])",
              "38308e7fff4ca-2e1a09bc7d",
              extra=(("X-Workday-Tenant", "pinnaclebio"),))
    return message(hs, html(html_body, cte="base64"))


@mail(N(8), family="academic_search", lang="en", interview=True, kind="scheduled",
      start="2026-01-15T19:30:00Z", end="2026-01-15T20:15:00Z", contact="l.pettigrew@northfield.edu",
      company="Northfield University",
      local="Thu 2026-01-15 14:30", local_end="2026-01-15 15:15", zone=NY,
      note="Faculty-style search committee letter (iso-8859-1, quoted-printable): 'Thursday, January "
           "15, from 2:30 to 3:15 p.m. Eastern'; January = EST; contact = the coordinator who sent it "
           "(the chair is only cc'd)")
def northfield_committee() -> bytes:
    body = t("""
        Dear Ms. Whitfield,

        On behalf of the search committee for the position of Research Scientist (Machine Learning)
        at the Institute for Computational Health, I am pleased to confirm your first-round interview
        on Thursday, January 15, from 2:30 to 3:15 p.m. Eastern.

        The interview will take place by Zoom:
        https://northfield.zoom.us/j/93011842277 (passcode 417520)

        The committee will consist of Professor Anneliese Müller (chair, Biostatistics), Professor
        Desmond Achebe (Computer Science), and Dr. Renée Tobin (Director of Research Computing). You
        will be asked to speak for roughly ten minutes about a research project of your choosing; no
        slides are necessary. The remaining time is for questions from the committee and from you.

        Should you require any accommodation, or if a technical problem arises on the day, please do
        not hesitate to contact me at this address or at 781-555-0177.

        With best regards,

        Lorraine Pettigrew
        Faculty Affairs Coordinator
        Institute for Computational Health
        Northfield University
        """)
    hs = head(addr("Lorraine Pettigrew", "l.pettigrew@northfield.edu"),
              "Search Committee Interview - Research Scientist (Machine Learning), Req. 2025-0917",
              "2026-01-09 11:20:37", NY, "<SA1PR15MB5132AE09C74D1E9B04F61C2EB21A9@SA1PR15MB5132.namprd15.prod.outlook.com>",
              "from NAM04-SN1-obe.outbound.protection.outlook.com (mail-sn1nam04on2117.outbound.protection."
              "outlook.com. [40.107.70.117])", "c1-20020a0cf5c10000b006f2",
              extra=(("Cc", addr("Anneliese Müller", "a.mueller@northfield.edu", charset="iso-8859-1")),
                     ("Thread-Topic", "Search Committee Interview - Research Scientist (Machine Learning), "
                                      "Req. 2025-0917"),
                     ("Content-Language", "en-US")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(9), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-06-17T13:30:00Z", end="2026-06-17T17:15:00Z", contact="imani.brooks@charlesbankrobotics.com",
      company="Charlesbank Robotics",
      local="Wed 2026-06-17 09:30", local_end="2026-06-17 13:15", zone=NY,
      note="GoodTime onsite itinerary, five back-to-back sessions 9:30 AM - 1:15 PM EDT in Cambridge; "
           "start = first session, end = last session's end; no ICS (sessions come as separate "
           "invites); contact = coordinator (Reply-To)")
def charlesbank_onsite() -> bytes:
    rows = [
        ("9:30 AM - 10:15 AM", "Hiring Manager Conversation", "Nadia Petrov, Director, Robot Learning"),
        ("10:15 AM - 11:00 AM", "ML System Design", "Ken Yamada, Principal Engineer"),
        ("11:00 AM - 11:45 AM", "Lunch with the team", "Sophie Laurent, Eli Moss"),
        ("11:45 AM - 12:30 PM", "Coding (CoderPad)", "Arjun Mehta, Senior ML Engineer"),
        ("12:30 PM - 1:15 PM", "Values & Collaboration", "Rosa Delgado, Engineering Manager"),
    ]
    table = "\n".join(f"  {a:<22}{b}\n  {'':<22}with {c}" for a, b, c in rows)
    body = t("""
        Hi Dana,

        We're excited to host you at our Cambridge office! Below is your onsite itinerary.

        Wednesday, June 17, 2026 (all times Eastern Daylight Time)
        Charlesbank Robotics, 75 Ames Crossing, 9th floor, Cambridge, MA 02142
        Please check in at the front desk 10 minutes early and ask for Imani.

        """) + table + t("""


        Getting here: the office is right above the Kendall/MIT Red Line stop. We validate parking
        at the Ames Street garage.

        For the coding session please bring a laptop; you'll use CoderPad in the browser.

        If anything changes, reply to this email and I'll sort it out.

        See you soon,
        Imani Brooks
        Recruiting Coordinator, Charlesbank Robotics

        Sent via GoodTime
        """)
    cells = "".join(
        f"<tr><td style=\"padding:8px;border-bottom:1px solid #eee;white-space:nowrap\">{a}</td>"
        f"<td style=\"padding:8px;border-bottom:1px solid #eee\"><b>{b.replace('&', '&amp;')}</b><br>"
        f"<span style=\"color:#666\">with {c}</span></td></tr>"
        for a, b, c in rows)
    html_body = (
        "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222\">"
        "<p>Hi Dana,</p><p>We're excited to host you at our Cambridge office! Below is your onsite itinerary.</p>"
        "<p><b>Wednesday, June 17, 2026</b> (all times Eastern Daylight Time)<br>"
        "Charlesbank Robotics, 75 Ames Crossing, 9th floor, Cambridge, MA 02142<br>"
        "Please check in at the front desk 10 minutes early and ask for Imani.</p>"
        f"<table cellspacing=\"0\" style=\"border-collapse:collapse\">{cells}</table>"
        "<p>Getting here: the office is right above the Kendall/MIT Red Line stop. We validate parking at the "
        "Ames Street garage.</p><p>For the coding session please bring a laptop; you'll use CoderPad in the "
        "browser.</p><p>If anything changes, reply to this email and I'll sort it out.</p>"
        "<p>See you soon,<br>Imani Brooks<br>Recruiting Coordinator, Charlesbank Robotics</p>"
        "<p style=\"font-size:11px;color:#999\">Sent via GoodTime</p></body></html>\n")
    hs = head(addr("Imani Brooks (Charlesbank Robotics)", "notifications@goodtime.io"),
              "Your onsite interview itinerary - Charlesbank Robotics", "2026-06-10 16:18:03", NY,
              "<01000190a3c7d5e2-4b7f9e21-8c3a-4d1e-b6f0-2a9c8e7d1f35-000000@email.amazonses.com>",
              "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              "6a1803df08f44-7d1e2b04a9",
              extra=(("Reply-To", addr("Imani Brooks", "imani.brooks@charlesbankrobotics.com")),))
    return message(hs, alt(text(body), html(html_body)))


@mail(N(10), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T15:00:00Z", end="2026-09-15T16:00:00Z", contact="gregory.tan@northlight.ai",
      company="Northlight AI",
      local="Tue 2026-09-15 11:00", local_end="2026-09-15 12:00", zone=TOR,
      note="The candidate forwards a Toronto recruiter's confirmation from her other address to "
           "herself: 'Tuesday, Sept 15 at 11:00 AM Toronto time', 'runs 60 minutes' (EDT, UTC-4); "
           "contact = recruiter from the forwarded header, never the candidate")
def northlight_fwd() -> bytes:
    body = t("""
        fwd so it's in the job-hunt inbox

        ---------- Forwarded message ---------
        From: Gregory Tan <gregory.tan@northlight.ai>
        Date: Wed, Sep 9, 2026 at 4:12 PM
        Subject: Northlight AI - technical interview confirmation
        To: Dana Whitfield <dwhit88@example.com>


        Hi Dana,

        Thanks for confirming! You're all set for the technical interview with our Applied Research
        team on Tuesday, Sept 15 at 11:00 AM Toronto time (same as Boston). The session runs 60
        minutes: 40 minutes of live coding in CoderPad (Python, an evaluation-harness style problem),
        then 20 minutes with Mei-Ling Zhou, our Director of Applied Research.

        CoderPad link: https://app.coderpad.io/J7XQ2MRK
        Video: https://northlight.zoom.us/j/81733290465

        Let me know if you have any questions ahead of time.

        Cheers,
        Gregory Tan
        Senior Technical Recruiter | Northlight AI
        200 Front St W, Toronto, ON
        """)
    hs = head(addr("Dana Whitfield", "dwhit88@example.com"),
              "Fwd: Northlight AI - technical interview confirmation", "2026-09-10 07:58:21", NY,
              "<CAL9f0Zr2y+M8nRkE3hW1vTg5pXcq0D4aJ6s7B@mail.gmail.com>",
              "from mail-lj1-f178.google.com (mail-lj1-f178.google.com. [209.85.208.178])",
              "2adb3069b0e04-5a0f3c17d2")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(11), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T15:00:00Z", end="2026-10-29T16:00:00Z", contact="jenna.kowalski@wabashquant.com",
      company="Wabash Quant",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone=CHI,
      note="Lever interview confirmation, Chicago: 'Thursday, October 29, 2026 10:00am - 11:00am CDT' "
           "(US still on daylight time until 1 Nov, UTC-5), also shown as 11:00am EDT; contact = "
           "Reply-To recruiter")
def wabash_lever() -> bytes:
    body = t("""
        Hi Dana,

        Your interview for Machine Learning Engineer - Alpha Research at Wabash Quant has been
        scheduled. Here are the details:

        Thursday, October 29, 2026
        10:00am - 11:00am CDT (11:00am - 12:00pm EDT)

        Interview: Technical deep dive (time-series modeling)
        Interviewers: Tomasz Wiśniewski, Halle Bergstrom
        Location: Zoom - https://wabashquant.zoom.us/j/94412087731

        Please reply to this email if you have any questions or need to make a change.

        Best,
        Jenna Kowalski
        Wabash Quant
        """)
    html_body = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#333">
        <p>Hi Dana,</p>
        <p>Your interview for <strong>Machine Learning Engineer - Alpha Research</strong> at Wabash Quant has been scheduled. Here are the details:</p>
        <div style="border:1px solid #e3e3e3;border-radius:4px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Thursday, October 29, 2026</div>
        <div>10:00am - 11:00am CDT (11:00am - 12:00pm EDT)</div>
        <div style="margin-top:8px">Interview: Technical deep dive (time-series modeling)</div>
        <div>Interviewers: Tomasz Wiśniewski, Halle Bergstrom</div>
        <div>Location: <a href="https://wabashquant.zoom.us/j/94412087731">Zoom</a></div>
        </div>
        <p>Please reply to this email if you have any questions or need to make a change.</p>
        <p>Best,<br>Jenna Kowalski<br>Wabash Quant</p>
        </div>
        """)
    hs = head(addr("Jenna Kowalski", "no-reply@hire.lever.co"),
              "Interview scheduled: Machine Learning Engineer - Alpha Research at Wabash Quant",
              "2026-10-22 13:40:06", CHI, "<0100019a0c61f4d7-3e2b5c81-97fa-4b0e-a8d2-5f1c6e3a9b70-000000@email.amazonses.com>",
              "from a10-44.smtp-out.amazonses.com (a10-44.smtp-out.amazonses.com [54.240.10.44])",
              "e9a3c1d2f07b4-2f8c0d19a1",
              extra=(("Reply-To", addr("Jenna Kowalski", "jenna.kowalski@wabashquant.com")),))
    return message(hs, alt(text(body), html(html_body)))


@mail(N(12), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-08-11T18:00:00Z", end=None, contact="jake@switchbacklabs.io",
      company="Switchback Labs",
      local="Tue 2026-08-11 12:00", zone=DEN,
      note="Denver founder's texting-style reply from an iPhone, sent Mon 10 Aug 08:05 MDT: 'locked in "
           "for tmrw noon MT (2p your time)' = Tue 11 Aug 12:00 MDT = 18:00Z; '~an hour' -> end null")
def switchback_founder() -> bytes:
    body = t("""
        sweet — locked in for tmrw noon MT (2p your time). I'll send a meet link in the am. just me +
        our CTO Priya, ~an hour, super casual. bring qs about the eval infra, thats the fun part lol

        Jake

        Sent from my iPhone

        > On Aug 9, 2026, at 6:52 PM, Dana Whitfield <dana.whitfield@example.org> wrote:
        >
        > Hi Jake, thanks for reaching out! Tuesday midday works great for me, or Wed after 3pm ET.
        > Looking forward to hearing more about Switchback.
        > Dana
        """)
    hs = head(addr("Jake Morrow", "jake@switchbacklabs.io"), "Re: Switchback <> Dana",
              "2026-08-10 08:05:44", DEN, "<8E1F4A2C-77B0-4D3E-9C51-0AF2E7D61B38@switchbacklabs.io>",
              "from mail-pf1-f181.google.com (mail-pf1-f181.google.com. [209.85.210.181])",
              "d2e1a72fcca58-1c4b7e92f0",
              extra=(("In-Reply-To", "<CAF3y0nQ8hU2+oP1m7kR6tWb4sZx9vLe5cJ2dA@mail.gmail.com>"),
                     ("References", "<CAF3y0nQ8hU2+oP1m7kR6tWb4sZx9vLe5cJ2dA@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (21G93)")))
    return message(hs, text(body, cte="8bit", params="format=flowed; delsp=yes"))


@mail(N(13), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-07-13T14:00:00Z", end="2026-07-13T15:30:00Z", contact="mbaptiste@seaporthealth.org",
      company="Seaport Health Partners",
      local="Mon 2026-07-13 10:00", local_end="2026-07-13 11:30", zone=NY,
      note="iCIMS interview confirmation from a do-not-reply talent.icims.com address, onsite in Boston, "
           "'Monday, July 13, 2026 | 10:00 AM - 11:30 AM ET' (EDT); contact = recruiter address in the "
           "body")
def seaport_icims() -> bytes:
    body = t("""
        Dear Dana Whitfield,

        Thank you for your interest in Seaport Health Partners. We are pleased to confirm your
        interview for the following position:

        Job Title: Data Scientist II - Clinical AI
        Job ID: 2026-14873

        Date / Time: Monday, July 13, 2026 | 10:00 AM - 11:30 AM ET
        Location: Seaport Health Partners, 12 Drydock Way, 4th Floor (Conference Room 4B)
                  Boston, MA 02210
        Interview Team: Dr. Farah Qureshi (VP, Clinical Analytics), Ben Strom, Keisha Lowry

        Please bring a government-issued photo ID for building security. Visitor parking is not
        available; the closest garage is on Northern Avenue.

        Should you have any questions prior to your interview, please contact Marie Baptiste at
        mbaptiste@seaporthealth.org.

        We look forward to meeting you.

        Talent Acquisition
        Seaport Health Partners

        Please do not reply to this email. This mailbox is not monitored.
        """)
    html_body = "<html><body><table width=\"640\" style=\"font-family:Verdana,Arial,sans-serif;font-size:12px\">" \
        "<tr><td><p>" + body.rstrip("\n").replace("&", "&amp;").replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + \
        "</p></td></tr></table></body></html>\n"
    hs = head(addr("Seaport Health Partners", "seaporthealth-do-not-reply@talent.icims.com"),
              "Interview Confirmation - Data Scientist II - Clinical AI (2026-14873)", "2026-07-07 15:22:19", NY,
              "<1783452139.8821.1762901839557.JavaMail.icims@ats-mailer-07.icims.com>",
              "from mailer07.talent.icims.com (mailer07.talent.icims.com [192.0.2.107])",
              "41be03b00d2f7-3a9c10e4d7")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(html_body, charset="iso-8859-1")))


@mail(N(14), family="modernloop", lang="en", interview=True, kind="scheduled",
      start="2026-04-29T19:30:00Z", end="2026-04-29T20:30:00Z", contact="dev.kapoor@greyhavenmarkets.com",
      company="Greyhaven Markets",
      local="Wed 2026-04-29 15:30", local_end="2026-04-29 16:30", zone=NY,
      note="ModernLoop confirmation of a live CoderPad round, 'Wed, Apr 29 · 3:30 – 4:30pm EDT'; ICS "
           "with America/New_York TZID agrees; contact = Reply-To coordinator (also ORGANIZER)")
def greyhaven_modernloop() -> bytes:
    body = t("""
        Interview confirmed

        Hi Dana,

        You're confirmed for your Live Coding interview with Greyhaven Markets.

        Wed, Apr 29 · 3:30 – 4:30pm EDT
        Live Coding (CoderPad) - 60 min
        Interviewer: Lukas Brandt, Senior Engineer, Execution Research

        How to join
        Video: https://greyhaven.zoom.us/j/97720314485
        CoderPad: https://app.coderpad.io/greyhaven/9TQ4W1ZD

        What to expect
        One practical problem in Python (data structures + a bit of numpy), then a short
        discussion of trade-offs. Please use a laptop with a stable connection; you're welcome to
        use your own editor settings in CoderPad.

        Questions? Reply here to reach Dev Kapoor.

        Scheduled with ModernLoop
        """)
    html_body = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;color:#101828;font-size:14px">
        <h2 style="font-weight:600">Interview confirmed</h2>
        <p>Hi Dana,</p>
        <p>You're confirmed for your Live Coding interview with Greyhaven Markets.</p>
        <table style="border:1px solid #eaecf0;border-radius:8px;padding:12px"><tr><td>
        <b>Wed, Apr 29 &middot; 3:30 &ndash; 4:30pm EDT</b><br>Live Coding (CoderPad) - 60 min<br>Interviewer: Lukas Brandt, Senior Engineer, Execution Research
        </td></tr></table>
        <p><b>How to join</b><br><a href="https://greyhaven.zoom.us/j/97720314485">Video</a> &middot; <a href="https://app.coderpad.io/greyhaven/9TQ4W1ZD">CoderPad</a></p>
        <p><b>What to expect</b><br>One practical problem in Python (data structures + a bit of numpy), then a short discussion of trade-offs. Please use a laptop with a stable connection; you're welcome to use your own editor settings in CoderPad.</p>
        <p>Questions? Reply here to reach Dev Kapoor.</p>
        <p style="color:#98a2b3;font-size:12px">Scheduled with ModernLoop</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:ml-evt-6f21c0a9e4b7@modernloop.io
DTSTAMP:20260423T174802Z
DTSTART;TZID=America/New_York:20260429T153000
DTEND;TZID=America/New_York:20260429T163000
SUMMARY:Greyhaven Markets - Live Coding (Dana Whitfield)
LOCATION:https://greyhaven.zoom.us/j/97720314485
DESCRIPTION:CoderPad: https://app.coderpad.io/greyhaven/9TQ4W1ZD
ORGANIZER;CN=Dev Kapoor:mailto:dev.kapoor@greyhavenmarkets.com
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana.whitfield@example.org
ATTENDEE;CN=Lukas Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.brandt@greyhavenmarkets.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Greyhaven Markets", "scheduling@mail.modernloop.io"),
              "Confirmed: Live Coding with Greyhaven Markets - Wed, Apr 29", "2026-04-23 13:48:02", NY,
              "<20260423174802.9d1c.4f7ab2e1@mail.modernloop.io>",
              "from o12.mail.modernloop.io (o12.mail.modernloop.io [149.72.33.12])", "af79cd13be357-1e90b4c2d7",
              extra=(("Reply-To", addr("Dev Kapoor", "dev.kapoor@greyhavenmarkets.com")),))
    return message(hs, mixed(alt(text(body), html(html_body), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@mail(N(15), family="human_prose", lang="en-GB", interview=True, kind="scheduled",
      start="2026-10-28T15:00:00Z", end="2026-10-28T16:00:00Z", contact="olivia.pennington@spreeform.de",
      company="Spreeform Robotics",
      local="Wed 2026-10-28 16:00", local_end="2026-10-28 17:00", zone=BER,
      note="British talent partner at a Berlin company, sent Mon 26 Oct in CET: 'Wednesday 28 October "
           "at 16:00 CET', booked 'for an hour'; Europe left summer time on 25 Oct, the US only on 1 "
           "Nov, so 16:00 CET = 15:00Z = 11:00 EDT as the mail says")
def spreeform_uk() -> bytes:
    body = t("""
        Hiya Dana,

        Lovely to speak earlier, and thanks for being so flexible on timings.

        As promised, you're booked in with Jonas Albrecht (Head of Perception) and Mira Kaczmarek
        (Staff ML Engineer) on Wednesday 28 October at 16:00 CET. It's booked for an hour: a proper
        natter about your sensor-fusion work and then a whiteboard-style chat about how you'd
        approach our calibration drift problem. Nothing to prepare, honestly.

        One thing worth flagging as it catches everyone out: our clocks went back on Sunday and
        yours don't change until 1 November, so this week we're only five hours apart rather than
        six. 16:00 here is 11:00 for you in Boston.

        Jonas will send the Teams invite from his calendar shortly. Any problems, give me a shout on
        here or WhatsApp (+44 7700 900412).

        Cheers,
        Olivia

        Olivia Pennington
        Senior Talent Partner | Spreeform Robotics GmbH
        Berlin · London (remote)
        """)
    hs = head(addr("Olivia Pennington", "olivia.pennington@spreeform.de"),
              "Spreeform - you're booked in for Wednesday", "2026-10-26 17:10:48", BER,
              "<CAH2m4Xv0N7kLr+q8ZP3tW6bYc1e9Uf5dQ0sA@mail.gmail.com>",
              "from mail-ej1-f49.google.com (mail-ej1-f49.google.com. [209.85.218.49])",
              "a640c23a62f3a-9b7d2e01c4")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(16), family="paradox", lang="en", interview=True, kind="scheduled",
      start="2026-02-27T17:00:00Z", end="2026-02-27T17:30:00Z", contact=None,
      company="Meridian Cloud",
      local="Fri 2026-02-27 12:00", local_end="2026-02-27 12:30", zone=NY,
      note="Paradox (virtual assistant 'Olivia') confirmation from a careers relay: 'Friday, February "
           "27, 2026 at 12:00 PM EST', '30 minute phone interview'; the recruiter is named but no "
           "personal address appears -> contact null")
def meridian_paradox() -> bytes:
    body = t("""
        Hi Dana,

        This is Olivia, the virtual recruiting assistant for Meridian Cloud. Great news, your
        interview is all set!

        Position: Machine Learning Engineer II - Recommendations (Req #MC-55120)
        Interview: 30 minute phone interview with Colleen Harrington, Technical Recruiter
        Date & Time: Friday, February 27, 2026 at 12:00 PM EST
        Colleen will call you at (617) 555-0148.

        Need to reschedule? Just text RESCHEDULE to (844) 555-0106 or reply to this email and I'll
        help you find a new time.

        Best of luck!
        Olivia
        Meridian Cloud Recruiting Assistant

        Meridian Cloud is an equal opportunity employer. Msg & data rates may apply. Reply STOP to opt
        out of texts.
        """)
    html_body = t("""
        <html><body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#eef2f7">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:28px;font-size:15px;color:#1f2a37">
        <img src="https://cdn.paradox.ai/assets/meridiancloud/olivia-avatar.png" width="48" height="48" alt="Olivia" style="border-radius:24px">
        <p>Hi Dana,</p>
        <p>This is Olivia, the virtual recruiting assistant for Meridian Cloud. Great news, your interview is all set!</p>
        <p><b>Position:</b> Machine Learning Engineer II - Recommendations (Req #MC-55120)<br>
        <b>Interview:</b> 30 minute phone interview with Colleen Harrington, Technical Recruiter<br>
        <b>Date &amp; Time:</b> Friday, February 27, 2026 at 12:00 PM EST<br>
        Colleen will call you at (617) 555-0148.</p>
        <p>Need to reschedule? Just text RESCHEDULE to (844) 555-0106 or reply to this email and I'll help you find a new time.</p>
        <p>Best of luck!<br>Olivia<br>Meridian Cloud Recruiting Assistant</p>
        <p style="font-size:11px;color:#6b7280">Meridian Cloud is an equal opportunity employer. Msg &amp; data rates may apply. Reply STOP to opt out of texts.</p>
        </div></body></html>
        """)
    hs = head(addr("Meridian Cloud Careers", "meridiancloud@paradox.ai"),
              "Your interview with Meridian Cloud is confirmed", "2026-02-20 10:03:27", NY,
              "<b51f0e7c-2a84-4d93-8c61-0d7e3a9f4b12@paradox.ai>",
              "from mail-a.paradox.ai (mail-a.paradox.ai [198.51.100.80])", "5b1f17b1804b1-4d03e7a9c1",
              extra=(("Reply-To", "meridiancloud+c8812034@conversations.paradox.ai"),))
    return message(hs, alt(text(body), html(html_body)))


# =========================================================================== positives: rescheduled


@mail(N(17), family="google_calendar", lang="en-GB", interview=True, kind="rescheduled",
      start="2026-03-26T13:00:00Z", end="2026-03-26T14:00:00Z", contact="callum.reid@thamesbridge.io",
      company="Thamesbridge Analytics",
      local="Thu 2026-03-26 13:00", local_end="2026-03-26 14:00", zone=LON,
      note="Google Calendar 'Updated invitation' moving the final interview from Wed 25 to Thu 26 "
           "March, '1pm - 2pm (GMT)' (UK still on GMT until 29 March, so = UTC; 9am EDT for the "
           "candidate); ICS SEQUENCE:1 in UTC agrees; start = the new time; contact = organizer")
def thamesbridge_update() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Thamesbridge - ML Engineer final round (Dana Whitfield)
        Thursday Mar 26, 2026 ⋅ 1pm – 2pm
        Greenwich Mean Time - London

        Join with Google Meet
        https://meet.google.com/tbr-mkqe-xzo

        Hi Dana, as discussed on the phone, moving this to Thursday so that Adaeze can join. Same
        format: 30 mins with Adaeze on the pricing models, 30 mins with me. Callum

        Organizer
        Callum Reid
        callum.reid@thamesbridge.io

        Guests
        Callum Reid - organizer
        Adaeze Okonkwo
        dana.whitfield@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MnRoOWJxZzRvNmZxYzE&tok=MjEjY2FsbHVtLnJlaWQ&ctz=Europe%2FLondon&hl=en_GB&es=1

        Reply for dana.whitfield@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=MnRoOWJxZzRvNmZxYzE&tok=MjEjY2FsbHVtLnJlaWQ&ctz=Europe%2FLondon&hl=en_GB&es=1

        """) + GCAL_FOOTER
    html_body = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="background:#fef7e0;padding:8px;font-size:14px">This event has been updated<br><b>Changed:</b> time</div>
        <h2 style="font-size:22px;font-weight:400">Thamesbridge - ML Engineer final round (Dana Whitfield)</h2>
        <div style="font-size:14px;color:#3c4043"><span style="background:#fef7e0">Thursday Mar 26, 2026 &sdot; 1pm &ndash; 2pm</span><br><span>Greenwich Mean Time - London</span></div>
        <p><a href="https://meet.google.com/tbr-mkqe-xzo">Join with Google Meet</a></p>
        <p>Hi Dana, as discussed on the phone, moving this to Thursday so that Adaeze can join. Same format: 30 mins with Adaeze on the pricing models, 30 mins with me. Callum</p>
        <p><b>Organizer</b><br>Callum Reid<br>callum.reid@thamesbridge.io</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p></div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260326T130000Z
DTEND:20260326T140000Z
DTSTAMP:20260320T112750Z
ORGANIZER;CN=Callum Reid:mailto:callum.reid@thamesbridge.io
UID:2th9bqg4o6fqc1v0d8k3rj5m7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Callum Reid;X-NUM-GUESTS=0:mailto:callum.reid@thamesbridge.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adaeze Okonkwo;X-NUM-GUESTS=0:mailto:adaeze.okonkwo@thamesbridge.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=dana.whitfield@example.org;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
CREATED:20260313T094112Z
DESCRIPTION:Hi Dana\\, as discussed on the phone\\, moving this to Thursday so that Adaeze can join. Same format: 30 mins with Adaeze on the pricing models\\, 30 mins with me. Callum
LAST-MODIFIED:20260320T112749Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Thamesbridge - ML Engineer final round (Dana Whitfield)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Callum Reid", "callum.reid@thamesbridge.io"),
              "Updated invitation: Thamesbridge - ML Engineer final round (Dana Whitfield) @ Thu Mar 26, "
              "2026 1pm - 2pm (GMT) (dana.whitfield@example.org)",
              "2026-03-20 11:27:51", LON, "<calendar-8a0e51d2-4f7c-4b39-9e21-73c5d0a8f6b4@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])",
              "2adb3069b0e04-0e7f4a12c3",
              extra=(("Reply-To", addr("Callum Reid", "callum.reid@thamesbridge.io")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    inner = alt(text(body), html(html_body), calendar(ics, method="REQUEST"))
    return message(hs, mixed(inner, calendar(ics, method="REQUEST", ctype="application/ics",
                                             filename="invite.ics", disposition="attachment",
                                             name_param=True, cte="base64")))


@mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-06-08T18:00:00Z", end="2026-06-08T19:30:00Z", contact="nferraro@stuyvesantrisk.com",
      company="Stuyvesant Risk Labs",
      local="Mon 2026-06-08 14:00", local_end="2026-06-08 15:30", zone=NY,
      note="NYC recruiter moves the final round from Thu 6/4 to 'Mon 6/8, 2:00-3:30pm ET' (EDT); the "
           "old date is also in the mail; start = the new time; Outlook HTML+text")
def stuyvesant_move() -> bytes:
    body = t("""
        Hi Dana,

        Apologies for the shuffle! Our CTO got pulled into an off-site on Thursday, so we've moved
        your final round from Thu 6/4 to Mon 6/8, 2:00-3:30pm ET. Same three conversations (CTO,
        Head of Risk Modeling, and a 30 min culture chat with Jess), same office: 4 Pearl Row, 11th
        floor. An updated invite is on its way from my calendar.

        If Monday is a problem just let me know and I'll rework it, but the panel is locked in on our
        side.

        Thanks for your patience,
        Nicole

        Nicole Ferraro
        Recruiting Lead | Stuyvesant Risk Labs
        m: 646-555-0135
        """)
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>"
                 "p.MsoNormal{margin:0in;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head>"
                 "<body lang=\"EN-US\"><div class=\"WordSection1\">"
                 + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>" for ln in body.rstrip("\n").split("\n"))
                 + "</div></body></html>\n")
    hs = head(addr("Nicole Ferraro", "nferraro@stuyvesantrisk.com"),
              "RE: Final round - Stuyvesant Risk Labs - moving to Monday", "2026-06-03 17:26:40", NY,
              "<BL1PR13MB4826F2C1A09E77D31B0C4A8AD6E02@BL1PR13MB4826.namprd13.prod.outlook.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2108.outbound.protection."
              "outlook.com. [40.107.237.108])", "h14-20020a05622a170e00b004a1",
              extra=(("Thread-Topic", "Final round - Stuyvesant Risk Labs"),
                     ("Thread-Index", "AdrUq7cY3nK1bR2qTJ6s0xXzPfE0wAAC9kZg"),
                     ("In-Reply-To", "<BL1PR13MB4826A7D1E0B3C5F29A1D0E4BD6E01@BL1PR13MB4826.namprd13.prod.outlook.com>"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(html_body)))


@mail(N(19), family="exchange_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-11-03T19:00:00Z", end="2026-11-03T20:00:00Z", contact="hsaito@cobaltline.com",
      company="Cobaltline",
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=LA,
      note="Exchange meeting update (SEQUENCE 2, TZID 'Pacific Standard Time') moving the interview "
           "to Tue 11/3 11am-12pm PT; sent Thu 29 Oct in PDT, the interview is after the 1 Nov fall-"
           "back, so 11:00 PST = 19:00Z = 2pm EST as the note says; contact = organizer")
def cobaltline_update() -> bytes:
    body = t("""
        Hi Dana,

        Our interviewer for this slot had a conflict come up, so I've moved your ML Infrastructure
        interview to Tuesday 11/3, 11am-12pm PT (2-3pm ET). Same Teams link as before. Sorry for the
        back-and-forth and thanks for being flexible!

        Hiro

        Hiroshi Saito | University & Technical Recruiting | Cobaltline

        """) + TEAMS.format(tid="ZmQ0NzE5YjAtMjZkZi00NzVjLTljYjktZjg3ZDFhYjcwMTY2",
                            tenant="c07a1e44-8f3b-4a8d-9e5c-2b61d09f7a33", mid="289 004 551 736",
                            pw="Xk3pQ8", org="7d5e0b2a-11c4-4f90-a6e8-0c3f9b2d4e81")
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Hiroshi Saito:mailto:hsaito@cobaltline.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marguerite Okoro:mailto:mokoro@cobaltline.com
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E0080000000050B87E2C7E62DD01000000000000000010000000F4A1E9C03B7D624A9E1C5B80D2F7A6C3
SUMMARY;LANGUAGE=en-US:Cobaltline Interview - Dana Whitfield - ML Infrastructure (Virtual)
DTSTART;TZID=Pacific Standard Time:20261103T110000
DTEND;TZID=Pacific Standard Time:20261103T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T211430Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTSEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1903317582
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
"""
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div>" + "".join(f"<p>{ln or '&nbsp;'}</p>" for ln in body.split("\n")[:10])
                 + "</div><div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F\">"
                 "________________________________________________________________________________</span>"
                 "<div style=\"margin-bottom:24px\"><span style=\"font-size:24px;font-weight:700\">Microsoft Teams "
                 "meeting</span></div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                 "ZmQ0NzE5YjAtMjZkZi00NzVjLTljYjktZjg3ZDFhYjcwMTY2%40thread.v2/0\">Click here to join the "
                 "meeting</a><div>Meeting ID: 289 004 551 736</div><div>Passcode: Xk3pQ8</div></div></body></html>\n")
    hs = head(addr("Hiroshi Saito", "hsaito@cobaltline.com"),
              "Updated: Cobaltline Interview - Dana Whitfield - ML Infrastructure (Virtual)",
              "2026-10-29 14:14:30", LA,
              "<SJ0PR11MB5647B9D0C2E1A84F7C3E0D91A9F40@SJ0PR11MB5647.namprd11.prod.outlook.com>",
              "from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2092.outbound.protection."
              "outlook.com. [40.107.220.92])", "q17-20020a05620a159100b007b6",
              extra=(("Thread-Topic", "Cobaltline Interview - Dana Whitfield - ML Infrastructure (Virtual)"),
                     ("Thread-Index", "AQHbKa1m9Xv3f0L2zE+4kQ8p0b7T1g=="),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(html_body), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(20), family="smartrecruiters", lang="en", interview=True, kind="rescheduled",
      start="2026-01-21T20:00:00Z", end="2026-01-21T21:00:00Z", contact="marisol.vega@summitgrid.com",
      company="Summit Grid Analytics",
      local="Wed 2026-01-21 13:00", local_end="2026-01-21 14:00", zone=DEN,
      note="SmartRecruiters reschedule notice from a noreply address, Denver company: new time "
           "'Wednesday, January 21, 2026, 1:00 PM - 2:00 PM MST (3:00 PM - 4:00 PM EST)', previous "
           "Tuesday slot also shown; start = new time; contact = recruiter address in the body")
def summitgrid_resched() -> bytes:
    body = t("""
        Hi Dana,

        Your interview for Senior Machine Learning Engineer - Forecasting at Summit Grid Analytics
        has been rescheduled.

        NEW TIME
        Wednesday, January 21, 2026, 1:00 PM - 2:00 PM MST (3:00 PM - 4:00 PM EST)

        Previous time (cancelled)
        Tuesday, January 20, 2026, 10:00 AM - 11:00 AM MST

        Interview type: Video interview (Google Meet)
        Join: https://meet.google.com/sgd-ywnq-hka
        Interviewers: Marcus Oyelaran, Ellen Tsai

        If the new time does not work for you, please contact Marisol Vega
        (marisol.vega@summitgrid.com).

        Best regards,
        Summit Grid Analytics Hiring Team

        This message was sent by SmartRecruiters on behalf of Summit Grid Analytics.
        """)
    html_body = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Dana,</p>
        <p>Your interview for <b>Senior Machine Learning Engineer - Forecasting</b> at Summit Grid Analytics has been rescheduled.</p>
        <table cellpadding="6" style="border-left:4px solid #0b84ff;background:#f4f8ff"><tr><td>
        <div style="font-size:12px;text-transform:uppercase;color:#0b84ff">New time</div>
        <div><b>Wednesday, January 21, 2026, 1:00 PM - 2:00 PM MST</b> (3:00 PM - 4:00 PM EST)</div>
        </td></tr></table>
        <p style="color:#888"><s>Tuesday, January 20, 2026, 10:00 AM - 11:00 AM MST</s></p>
        <p>Interview type: Video interview (Google Meet)<br><a href="https://meet.google.com/sgd-ywnq-hka">Join</a><br>Interviewers: Marcus Oyelaran, Ellen Tsai</p>
        <p>If the new time does not work for you, please contact Marisol Vega (<a href="mailto:marisol.vega@summitgrid.com">marisol.vega@summitgrid.com</a>).</p>
        <p>Best regards,<br>Summit Grid Analytics Hiring Team</p>
        <p style="font-size:11px;color:#999">This message was sent by SmartRecruiters on behalf of Summit Grid Analytics.</p>
        </body></html>
        """)
    hs = head(addr("Summit Grid Analytics", "noreply@smartrecruiters.com"),
              "Interview rescheduled: Senior Machine Learning Engineer - Forecasting", "2026-01-14 16:51:09", DEN,
              "<8d2e7f14.5c0a.4b1e.91d3.a6f0c2e9b7d4@smartrecruiters.com>",
              "from mta-smtp-11.smartrecruiters.com (mta-smtp-11.smartrecruiters.com [203.0.113.61])",
              "6a1803df08f44-3f0b9e27c1")
    return message(hs, alt(text(body, cte="base64"), html(html_body, cte="base64")))


# =========================================================================== positives: cancelled


@mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-09-25T15:30:00Z", end="2026-09-25T16:30:00Z", contact="bsorensen@lakeshoreclearing.com",
      company="Lakeshore Clearing",
      local="Fri 2026-09-25 10:30", local_end="2026-09-25 11:30", zone=CHI,
      note="Google Calendar 'Canceled event with note' for a case interview, 'Fri Sep 25, 2026 "
           "10:30am - 11:30am (CDT)'; METHOD:CANCEL/STATUS:CANCELLED; start = the cancelled slot; "
           "contact = organizer")
def lakeshore_cancel() -> bytes:
    body = t("""
        This event has been canceled with this note:

        "Hi Dana - really sorry, we've paused this search for the rest of Q3 while we sort out
        headcount. Renata from our recruiting team will reach out with more detail. Bill"

        Case interview: Dana Whitfield / Lakeshore Clearing (Risk ML)
        Friday Sep 25, 2026 ⋅ 10:30am – 11:30am
        Central Time - Chicago

        Organizer
        Bill Sorensen
        bsorensen@lakeshoreclearing.com

        Guests
        Bill Sorensen - organizer
        dana.whitfield@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    html_body = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="background:#fce8e6;padding:8px;font-size:14px">This event has been canceled with this note:<br>&quot;Hi Dana - really sorry, we've paused this search for the rest of Q3 while we sort out headcount. Renata from our recruiting team will reach out with more detail. Bill&quot;</div>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Case interview: Dana Whitfield / Lakeshore Clearing (Risk ML)</h2>
        <div style="font-size:14px;color:#3c4043">Friday Sep 25, 2026 &sdot; 10:30am &ndash; 11:30am<br>Central Time - Chicago</div>
        <p><b>Organizer</b><br>Bill Sorensen<br>bsorensen@lakeshoreclearing.com</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p></div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260925T153000Z
DTEND:20260925T163000Z
DTSTAMP:20260921T190412Z
ORGANIZER;CN=Bill Sorensen:mailto:bsorensen@lakeshoreclearing.com
UID:7c1mq0s9vh3e2p6o4l8dfr5t2k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=dana.whitfield@example.org;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
CREATED:20260916T154420Z
DESCRIPTION:Case interview (60 min): a credit-risk modeling scenario\\, bring a pen and paper.
LAST-MODIFIED:20260921T190411Z
LOCATION:Lakeshore Clearing\\, 300 W Lakeside Pl\\, 20th floor (or Zoom if remote)
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Case interview: Dana Whitfield / Lakeshore Clearing (Risk ML)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Bill Sorensen", "bsorensen@lakeshoreclearing.com"),
              "Canceled event with note: Case interview: Dana Whitfield / Lakeshore Clearing (Risk ML) @ "
              "Fri Sep 25, 2026 10:30am - 11:30am (CDT) (dana.whitfield@example.org)",
              "2026-09-21 14:04:13", CHI, "<calendar-2f6b0d93-1e7a-4c85-b3d9-9a0e4f17c265@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])",
              "5b1f17b1804b1-8a2c0e4f71",
              extra=(("Reply-To", addr("Bill Sorensen", "bsorensen@lakeshoreclearing.com")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    inner = alt(text(body), html(html_body), calendar(ics, method="CANCEL"))
    return message(hs, mixed(inner, calendar(ics, method="CANCEL", ctype="application/ics",
                                             filename="invite.ics", disposition="attachment",
                                             name_param=True, cte="base64")))


@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-05-06T20:00:00Z", end=None, contact="sam.okafor@halyard.ai",
      company="Halyard AI",
      local="Wed 2026-05-06 13:00", zone=LA,
      note="Short apologetic cancellation with typos, sent Tue 5 May in PDT: 'cancel tomorrow's 1pm PT "
           "/ 4pm ET' = Wed 6 May 20:00Z; the req was frozen, no new time -> cancelled")
def halyard_cancel() -> bytes:
    body = t("""
        Hi Dana,

        Ugh, so sorry to do this but I have to cancel our call tomorow (1pm PT / 4pm ET). We found out
        this morning the req is on hold - the whole ML platform hiring plan got frozen pending our
        next raise. Totally not a reflection on you, I was genuinely excited to talk.

        If/when it reopens you'll be the first person I email. Really sorry again for the late
        notice.

        Sam

        --
        Sam Okafor
        Eng Manager, ML Platform @ Halyard AI
        """)
    hs = head(addr("Sam Okafor", "sam.okafor@halyard.ai"), "cancelling tomorrow :(",
              "2026-05-05 10:02:17", LA, "<CAE8tq1Yx5b0+Fv2nR7zS3LwPp9kGd4uM1hJ6c@mail.gmail.com>",
              "from mail-qv1-f52.google.com (mail-qv1-f52.google.com. [209.85.219.52])",
              "e9a3c1d2f07b4-6d91a0b3e5")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(23), family="exchange_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-03-19T17:00:00Z", end="2026-03-19T18:00:00Z", contact="aisha.demers@mapleharbour.ca",
      company="Maple Harbour Financial",
      local="Thu 2026-03-19 13:00", local_end="2026-03-19 14:00", zone=TOR,
      note="Exchange cancellation (METHOD:CANCEL, TZID 'Eastern Standard Time') from a Toronto bank; the "
           "body's 'When:' line shows '(UTC-05:00) Eastern Time (US & Canada)' but 19 March is after the "
           "8 March switch, so 1:00 PM EDT = 17:00Z; start = cancelled slot")
def mapleharbour_cancel() -> bytes:
    body = t("""
        When: Thursday, March 19, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hello Dana,

        Unfortunately we need to cancel this interview. The Senior Data Scientist, Model Risk
        position has been put on hold following an internal reorganization. I apologize for the
        inconvenience and will reach out if the role reopens.

        Kind regards,
        Aisha Demers
        Talent Acquisition, Maple Harbour Financial
        """)
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>"
                 "<body><div class=\"WordSection1\">"
                 + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>" for ln in body.rstrip("\n").split("\n"))
                 + "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Aisha Demers:mailto:aisha.demers@mapleharbour.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
DESCRIPTION;LANGUAGE=en-US:Unfortunately we need to cancel this interview.\\n
UID:040000008200E00074C5B7101A82E00800000000D05C19A2B1A9DC01000000000000000010000000A7E3C1F09B2D4E478C1F0A6D3E5B92C4
SUMMARY;LANGUAGE=en-US:Canceled: Technical Interview - Dana Whitfield
DTSTART;TZID=Eastern Standard Time:20260319T130000
DTEND;TZID=Eastern Standard Time:20260319T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260316T131208Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2117294405
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Aisha Demers", "aisha.demers@mapleharbour.ca"),
              "Canceled: Technical Interview - Dana Whitfield", "2026-03-16 09:12:08", TOR,
              "<YT3PR01MB6033E1A4C7B09D25F3E8C0A1B7D52@YT3PR01MB6033.CANPRD01.PROD.OUTLOOK.COM>",
              "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2120.outbound.protection."
              "outlook.com. [40.107.115.120])", "m5-20020a05622a054500b004a2",
              extra=(("Thread-Topic", "Technical Interview - Dana Whitfield"),
                     ("Thread-Index", "AdqV2b6T0kq1YxF7Q3uM9c8ZrP4nHw=="),
                     ("Importance", "high"),
                     ("X-Priority", "1"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(html_body, charset="us-ascii", cte="7bit"),
                           calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(N(24), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job-alert digest; 'Actively recruiting' and 'interviewing now' badges are not a "
           "confirmation of anything")
def linkedin_alert() -> bytes:
    jobs = [
        ("Machine Learning Engineer, Protein Design", "Verdant Bio", "Cambridge, MA (Hybrid)", "Actively recruiting"),
        ("Senior ML Engineer - Perception", "Kestrel Robotics", "San Francisco Bay Area (Remote)", "Be an early applicant"),
        ("Applied Scientist II", "Meridian Cloud", "Boston, MA", "12 connections work here"),
        ("ML Engineer, Clinical NLP", "Seaport Health Partners", "Boston, MA (On-site)", "Interviewing now"),
        ("Staff Machine Learning Engineer", "Oakline Payments", "New York, NY (Hybrid)", "Promoted"),
    ]
    lines = "\n\n".join(f"{a}\n{b}\n{c}\n{d}\nView job: https://www.linkedin.com/comm/jobs/view/40{i}81{i}92{i}3/"
                        for i, (a, b, c, d) in enumerate(jobs))
    body = t("""
        Your job alert for machine learning engineer in Greater Boston
        12 new jobs match your preferences.

        """) + lines + t("""


        See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=machine%20learning%20engineer&geoId=90000007

        ----------------------------------------
        This email was intended for Dana Whitfield (Machine Learning Engineer at Fenway Signal)
        You are receiving Job Alert emails.
        Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    cards = "".join(
        f"<tr><td style=\"padding:12px 0;border-bottom:1px solid #e8e8e8\"><a href=\"https://www.linkedin.com/comm/"
        f"jobs/view/40{i}81{i}92{i}3/\" style=\"font-size:16px;font-weight:600;color:#0a66c2\">{a}</a><br>"
        f"{b} &middot; {c}<br><span style=\"color:#057642;font-size:12px\">{d}</span></td></tr>"
        for i, (a, b, c, d) in enumerate(jobs))
    html_body = ("<html><body style=\"font-family:-apple-system,system-ui,Arial,sans-serif;color:#191919\">"
                 "<table width=\"512\" align=\"center\"><tr><td><h2 style=\"font-size:20px\">Your job alert for "
                 "<b>machine learning engineer</b> in Greater Boston</h2><p>12 new jobs match your preferences.</p>"
                 f"</td></tr>{cards}<tr><td><a href=\"https://www.linkedin.com/comm/jobs/search/\">See all jobs</a>"
                 "</td></tr></table></body></html>\n")
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“machine learning engineer”: 12 new jobs in Greater Boston", "2026-03-09 07:12:33", NY,
              "<1147730285.2190544.1773054753118@lva1-app21804.prod.linkedin.com>",
              "from mailb-fd.linkedin.com (mailb-fd.linkedin.com [108.174.3.108])", "af79cd13be357-0b3e17c2a4",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn"
                                          "%3Ali%3Apage%3Aemail_jobs>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
    return message(hs, alt(text(body), html(html_body)))


@mail(N(25), family="application_ack", lang="en", interview=False, company="Brindle Therapeutics",
      note="Greenhouse application-received auto-ack; 'will reach out to schedule an interview' is "
           "conditional")
def brindle_ack() -> bytes:
    body = t("""
        Hi Dana,

        Thank you for your interest in Brindle Therapeutics! We wanted to let you know we received
        your application for Senior Machine Learning Engineer, Generative Chemistry, and we are
        delighted that you would consider joining our team.

        Our team will review your application and, if your background is a fit for the role, a
        member of our recruiting team will reach out to schedule an interview. Due to the volume of
        applications we receive, this can take two to three weeks.

        In the meantime, feel free to learn more about our pipeline at brindletx.com/science.

        Regards,
        Brindle Therapeutics Talent Team

        **Please note: this email address is not monitored.**
        """)
    hs = head(addr("Brindle Therapeutics", "no-reply@us.greenhouse-mail.io"),
              "Thank you for applying to Brindle Therapeutics", "2026-05-27 22:41:09", NY,
              "<0100019712ab3c4d-5e6f7081-9a2b-4c3d-8e4f-50617283a9b0-000000@email.amazonses.com>",
              "from a27-21.smtp-out.us-west-2.amazonses.com (a27-21.smtp-out.us-west-2.amazonses.com "
              "[54.240.27.21])", "d75a77b69052e-2c4e6a8b0d")
    return message(hs, alt(text(body), html(gmail_html(body).replace("<div dir=\"ltr\">",
                                                                  "<div style=\"font-family:Arial\">"))))


@mail(N(26), family="rejection", lang="en", interview=False, company="Back Bay Children's Medical Center",
      days=(("Wed", "2026-03-04"),),
      note="Taleo post-interview rejection (iso-8859-1) that mentions the past interview date")
def backbay_taleo_reject() -> bytes:
    body = t("""
        Dear Dana Whitfield,

        Thank you for taking the time to interview with us on Wednesday, March 4 for the position of
        Machine Learning Engineer - Clinical Informatics (Requisition 2600318). We appreciated the
        opportunity to learn more about your experience.

        After careful consideration, we have decided to move forward with other candidates whose
        qualifications more closely match the current needs of the department. This decision was a
        difficult one given the strength of the applicant pool.

        We encourage you to visit our career site regularly and to apply for future openings that
        match your interests. Your profile will remain active in our system.

        We wish you every success in your search.

        Sincerely,
        Human Resources - Talent Acquisition
        Back Bay Children's Medical Center

        This is an automated message. Replies to this address are not monitored.
        """)
    hs = head(addr("Back Bay Children's Medical Center", "bbcmc@taleo.net"),
              "Regarding your application - Machine Learning Engineer - Clinical Informatics",
              "2026-03-17 15:08:52", NY, "<2093314472.117920.1773774532804.JavaMail.taleo@tlx12.taleo.net>",
              "from smtp12.taleo.net (smtp12.taleo.net [160.34.8.112])", "41be03b00d2f7-9e0a2b4c61")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(27), family="offer", lang="en", interview=False, company="Kestrel Robotics",
      days=(("Fri", "2026-04-10"),),
      note="Written offer with a DocuSign link and a response deadline (Friday, April 10, 5pm PT); "
           "mentions the earlier interviews; not an interview")
def kestrel_offer() -> bytes:
    body = t("""
        Hi Dana,

        I'm thrilled to share that Kestrel Robotics would like to offer you the position of Senior
        Machine Learning Engineer, Perception! Everyone you met during your interviews came away
        really excited, and Tobias is already plotting which sensor-fusion problems to throw at you.

        Your offer letter is waiting in DocuSign:
        https://na4.docusign.net/Signing/EmailStart.aspx?a=4b1f0c9e-2d73-4e8a-9a61-7f0b3c5e2d18

        Highlights:
          - Base salary: $212,000
          - Equity: 18,000 RSUs over four years
          - Sign-on bonus: $20,000
          - Start date: flexible, we proposed Monday, May 11
          - Remote from Boston with quarterly visits to our South San Francisco office

        We'd love to hear back by Friday, April 10, 5pm PT. Happy to set up time with Tobias or with
        anyone else on the team if you have questions before deciding; just reply and I'll arrange
        it.

        Congratulations!
        Ines

        Ines Carvalho
        Head of Talent, Kestrel Robotics
        """)
    hs = head(addr("Ines Carvalho", "ines.carvalho@kestrelrobotics.com"),
              "Your offer from Kestrel Robotics 🎉", "2026-04-02 16:45:12", LA,
              "<CAG5pZ9m0u+Lk3eR1wT7qY2vN8bXc4Hf6sJ0dQ@mail.gmail.com>",
              "from mail-oi1-f182.google.com (mail-oi1-f182.google.com. [209.85.167.182])",
              "6a1803df08f44-2c8e0a1f53")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(28), family="recruiter_outreach", lang="en", interview=False, company="Beacon Street Search",
      note="Agency recruiter's cold outreach asking for times to talk; nothing fixed (the same recruiter "
           "later confirms a Lattice Point interview in another mail)")
def beacon_outreach() -> bytes:
    body = t("""
        Hi Dana,

        Kyle from Beacon Street Search here, we specialize in quant and data roles in NYC/Boston.
        Came across your profile and your work on streaming feature pipelines at Fenway Signal looks
        like a really strong fit for a Head-of-ML-Platform-track role I'm working on at a NYC
        fintech (~200 ppl, profitable, hybrid 2 days/wk, can share the name on a call).

        Comp is competitive - think 230-260 base + bonus.

        Open to a quick 15 min chat this week or next? Shoot me a couple times that work, or grab
        something here: https://calendly.com/kyle-beaconstreet/15min

        Thanks,
        Kyle Brennan | Principal, Quant & Data
        Beacon Street Search
        c: 857-555-0119
        """)
    hs = head(addr("Kyle Brennan", "kyle.brennan@beaconstreetsearch.com"),
              "Head of ML Platform track - NYC fintech", "2026-11-10 11:32:05", NY,
              "<CAJx7pQ0aX1k2m3ZP1vX0c9Fh5Tn0b6jHq8wLd1@mail.gmail.com>",
              "from mail-yw1-f170.google.com (mail-yw1-f170.google.com. [209.85.128.170])",
              "00721157ae682-1a3c5e7f90")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(29), family="scheduling_link", lang="en", interview=False, company="Charlesbank Robotics",
      days=(("Mon", "2026-06-15"), ("Fri", "2026-06-19")),
      note="GoodTime self-scheduling request for the onsite ('select the time that works best'); "
           "nothing booked yet (the itinerary arrives in another mail)")
def charlesbank_pick() -> bytes:
    body = t("""
        Hi Dana,

        Congrats on moving to the onsite stage with Charlesbank Robotics! The onsite is about four
        hours and includes lunch with the team.

        Please use the link below to select the time that works best for you. We currently have
        availability between Monday, June 15 and Friday, June 19:

        Select your interview time: https://schedule.goodtime.io/c/charlesbank/8a1f3e20c94b

        Once you pick a slot, you'll get a confirmation with the full itinerary and interviewer
        names. If none of the options work, reply here and I'll find something else.

        Thanks!
        Imani Brooks
        Recruiting Coordinator, Charlesbank Robotics
        """)
    html_body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Dana,</p>
        <p>Congrats on moving to the onsite stage with Charlesbank Robotics! The onsite is about four hours and includes lunch with the team.</p>
        <p>Please use the link below to select the time that works best for you. We currently have availability between <b>Monday, June 15</b> and <b>Friday, June 19</b>:</p>
        <p><a href="https://schedule.goodtime.io/c/charlesbank/8a1f3e20c94b" style="background:#3c5bd6;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Select your interview time</a></p>
        <p>Once you pick a slot, you'll get a confirmation with the full itinerary and interviewer names. If none of the options work, reply here and I'll find something else.</p>
        <p>Thanks!<br>Imani Brooks<br>Recruiting Coordinator, Charlesbank Robotics</p>
        </body></html>
        """)
    hs = head(addr("Imani Brooks (Charlesbank Robotics)", "notifications@goodtime.io"),
              "Action needed: choose your onsite interview time - Charlesbank Robotics", "2026-06-03 10:02:48", NY,
              "<010001908c4a21e7-d3b0f6a2-1c8e-4f7a-9b2d-6e0a3c5f8d19-000000@email.amazonses.com>",
              "from a48-115.smtp-out.amazonses.com (a48-115.smtp-out.amazonses.com [54.240.48.115])",
              "6a1803df08f44-0f4a2c6e18",
              extra=(("Reply-To", addr("Imani Brooks", "imani.brooks@charlesbankrobotics.com")),))
    return message(hs, alt(text(body), html(html_body)))


@mail(N(30), family="slot_proposal", lang="en", interview=False, company="Bramble Health",
      days=(("Tue", "2026-04-14"), ("Wed", "2026-04-15"), ("Thu", "2026-04-16")),
      note="Recruiter (sent with Gem) proposes three slots for a technical screen; none agreed yet")
def bramble_slots() -> bytes:
    body = t("""
        Hi Dana,

        Thanks for the quick reply! Daniel (our Head of ML) would love to do a 45-min technical
        screen. Would any of these work? All times Eastern:

        - Tue 4/14, 10:00-10:45am
        - Wed 4/15, 2:00-2:45pm
        - Thu 4/16, 9:00-9:45am

        If none of those are good, send me a few windows and I'll make it work. Once we land on one
        I'll send a calendar invite with the Zoom.

        Best,
        Rachel

        Rachel Sato
        Technical Recruiter, Bramble Health
        bramblehealth.com
        """)
    html_body = gmail_html(body).replace("</div>\n", "</div>", 1) + \
        "<img src=\"https://t.gem.com/open/7f3c1b2a-9e4d-4f60-8a15-2d0b6c9e3f71.gif\" width=\"1\" height=\"1\">\n"
    hs = head(addr("Rachel Sato", "rachel.sato@bramblehealth.com"), "Re: Bramble Health - ML Engineer",
              "2026-04-08 15:20:33", NY, "<CAB1xV7n3q+Tg2eM9wR0yL5kPc8sZ4fH1dJ6uA@mail.gmail.com>",
              "from mail-pj1-f44.google.com (mail-pj1-f44.google.com. [209.85.216.44])", "98e67ed59e1d1-3b5d7f9a1c",
              extra=(("In-Reply-To", "<CAF9mzq0Rj4k+W2b8xT1nP6vLd3sYe7cU5hG0a@mail.gmail.com>"),
                     ("X-Gem-Sequence", "seq_01HV3K8T2M9QZ4")))
    return message(hs, alt(text(body), html(html_body)))


@mail(N(31), family="take_home", lang="en-GB", interview=False, company="Halcyon Ledger",
      days=(("Mon", "2026-04-06"),),
      note="Take-home exercise with a submission deadline ('Monday 6 April, 09:00 BST'); a deadline, "
           "not an interview")
def halcyon_takehome() -> bytes:
    body = t("""
        Hi Dana,

        Thanks again for your time with Ravi last week, he really enjoyed the conversation. The next
        step is a short take-home exercise.

        You'll find the brief and a synthetic transactions dataset here:
        https://halcyonledger.sharepoint.com/:f:/s/Talent/EjQ7c9X2b1FMk0

        Please send your notebook (or a repo link) back to me by Monday 6 April, 09:00 BST. We
        suggest spending no more than 3-4 hours; we care more about how you frame the problem than
        about squeezing out the last bit of AUC.

        Once we've had a look, we'll be in touch about the final stage.

        Best wishes,
        Freya

        Freya Holloway
        Talent Acquisition Lead | Halcyon Ledger
        """)
    hs = head(addr("Freya Holloway", "freya.holloway@halcyonledger.co.uk"), "Halcyon Ledger - take-home exercise",
              "2026-03-30 10:15:02", LON, "<LO2P265MB4417D0A9E3C1B85F27D4A0E6C2B31@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>",
              "from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2101.outbound.protection."
              "outlook.com. [40.107.10.101])", "u11-20020a05620a1a8b00b007c0",
              extra=(("Content-Language", "en-GB"),))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>" for ln in body.rstrip("\n").split("\n")) + "</body></html>\n")))


@mail(N(32), family="assessment", lang="en", interview=False, company="Oakline Payments",
      days=(("Fri", "2026-09-04"),),
      note="HackerRank online-assessment invitation with an expiry date; untimed start, no interview")
def oakline_hackerrank() -> bytes:
    html_body = t("""
        <html><body style="background:#f3f7f7;font-family:'Source Sans Pro',Arial,sans-serif">
        <table width="600" align="center" style="background:#fff;padding:32px;font-size:15px;color:#39424e">
        <tr><td>
        <p>Hi Dana,</p>
        <p><b>Oakline Payments</b> has invited you to take the <b>ML Engineer - Online Assessment</b> test on HackerRank.</p>
        <ul>
        <li>Test duration: 90 minutes</li>
        <li>Questions: 3 (1 coding, 1 SQL, 1 ML debugging)</li>
        <li>The test link expires on <b>Fri, Sep 4, 2026 11:59 PM EDT</b></li>
        </ul>
        <p>You can take the test at any time before it expires. Once you start, the timer cannot be paused.</p>
        <p style="text-align:center"><a href="https://www.hackerrank.com/tests/4c2e1f0a9b/login?b=eyJ1c2VybmFtZSI6ImRhbmEud2hpdGZpZWxkQGV4YW1wbGUub3JnIn0" style="background:#1ba94c;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Start test</a></p>
        <p>We recommend trying a <a href="https://www.hackerrank.com/tests/sample">sample test</a> to get familiar with the environment.</p>
        <p>Good luck!<br>Team Oakline Payments</p>
        <p style="font-size:12px;color:#738f93">Powered by HackerRank</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Oakline Payments via HackerRank", "support@hackerrankforwork.com"),
              "Oakline Payments has invited you to take a test: ML Engineer - Online Assessment",
              "2026-08-28 12:30:41", NY, "<64f1c2e0a7b3d.9e1f@hackerrankforwork.com>",
              "from o21.sg.hackerrankforwork.com (o21.sg.hackerrankforwork.com [167.89.101.21])",
              "5b1f17b1804b1-0d2f4a6c8e")
    return message(hs, html(html_body, cte="base64"))


@mail(N(33), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-07-23"),),
      note="Dentist appointment confirmation with an ICS; a confirmed time, not an interview")
def dentist() -> bytes:
    body = t("""
        Hi Dana,

        Your appointment is confirmed!

        Thu, Jul 23, 2026 at 8:00 AM
        Cleaning & exam with Dr. Lena Haddad (60 min)
        Kenmore Park Dental, 480 Beacon Park Ave, Suite 2, Boston, MA 02215

        Please arrive 10 minutes early and bring your insurance card. Need to reschedule? Call us at
        617-555-0190 at least 24 hours in advance to avoid a late-cancellation fee.

        See you soon!
        Kenmore Park Dental

        Sent via Weave. Reply STOP to unsubscribe from appointment reminders.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weave//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:appt-77120394@getweave.com
DTSTAMP:20260715T140212Z
DTSTART:20260723T120000Z
DTEND:20260723T130000Z
SUMMARY:Dentist - Kenmore Park Dental
LOCATION:480 Beacon Park Ave\\, Suite 2\\, Boston\\, MA 02215
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Kenmore Park Dental", "noreply@getweave.com"), "Appointment Confirmed - Kenmore Park Dental",
              "2026-07-15 10:02:12", NY, "<20260715140212.3f9a1c@getweave.com>",
              "from mail.getweave.com (mail.getweave.com [203.0.113.20])", "41be03b00d2f7-7a9c1e3f50")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                   disposition="attachment")))


@mail(N(34), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Weekly 1:1 with her current manager (Exchange, recurring, forwarded from the work account); "
           "not an interview")
def fenway_one_on_one() -> bytes:
    body = t("""
        Moving our 1:1 to Tuesdays going forward since Thursdays are now sprint review. Let's use the
        running doc as usual. -Ravi

        """) + TEAMS.format(tid="MjE5ZDcxMzAtYjFhNC00ZTFkLWE0MjEtOWY1ZGM2MDhmNmU0",
                            tenant="a1c4e7f0-2b5d-4a8c-9e3f-6d0b1c2a4e57", mid="254 117 980 326",
                            pw="Fs7dW2", org="3e8b1f2a-7c4d-4e91-b0a6-5f2c8d1e9a47")
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Ravi Menon:mailto:rmenon@fenwaysignal.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dwhitfield@fenwaysignal.com
DESCRIPTION;LANGUAGE=en-US:{desc}
RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=SU
UID:040000008200E00074C5B7101A82E0080000000090D1E3F5A7B1DC01000000000000000010000000C3E5A7B9D1F3E5A7B9C1D3E5F7A9B1C3
SUMMARY;LANGUAGE=en-US:Dana / Ravi 1:1
DTSTART;TZID=Eastern Standard Time:20260602T100000
DTEND;TZID=Eastern Standard Time:20260602T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260527T173301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Ravi Menon", "rmenon@fenwaysignal.com"), "Dana / Ravi 1:1", "2026-05-27 13:33:01", NY,
              "<PH0PR17MB4608A2D7E1C90B3F5E8D4C21A7F60@PH0PR17MB4608.namprd17.prod.outlook.com>",
              "from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2119.outbound.protection."
              "outlook.com. [40.107.244.119])", "c2-20020a05622a1a0200b004a3",
              to=addr("Dana Whitfield", "dwhitfield@fenwaysignal.com"),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"dwhitfield@fenwaysignal.com {ME}"),
                     ("Thread-Topic", "Dana / Ravi 1:1"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(35), family="personal_appointment", lang="en", interview=False, company=None,
      days=(("Sat", "2026-08-01"),),
      note="Apartment viewing confirmed by a rental agent by text-style email; a confirmed time, not an "
           "interview")
def apartment_viewing() -> bytes:
    body = t("""
        Hi Dana! Confirming your showing at 24 Linden Ct #3, Somerville this Sat 8/1 at 11:30. I'll meet
        you out front, buzzer is broken lol. Bring a photo ID + if you want to apply on the spot, the
        app fee is $50 (venmo ok).

        Heads up the landlord is also showing it to 2 other ppl that morning so don't be late!

        Carla Nunes
        Porchlight Realty | 617-555-0142
        """)
    hs = head(addr("Carla Nunes", "carla@porchlightrealty.com"), "Re: 24 Linden Ct #3 showing",
              "2026-07-29 18:44:10", NY, "<CAK3vR8p1x+Yd0eQ6nT2mW9bLs4cZf7uH5gJ1a@mail.gmail.com>",
              "from mail-qt1-f175.google.com (mail-qt1-f175.google.com. [209.85.160.175])",
              "98e67ed59e1d1-5d7f9b1c3e")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@mail(N(36), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Meetup RSVP confirmation for a talk titled 'How we interview ML engineers'; ICS attached; "
           "an event, not the user's interview")
def meetup_rsvp() -> bytes:
    body = t("""
        You're going!

        Boston Applied ML Meetup
        How we interview ML engineers (and what we wish candidates knew)

        Thursday, October 15, 2026
        6:30 PM to 8:30 PM EDT

        Cambridge Innovation Lab, 245 Main St Annex, Cambridge, MA

        Speakers: hiring managers from three Boston robotics and biotech teams, followed by Q&A and
        pizza. Please bring a photo ID for the front desk.

        Add to calendar: https://www.meetup.com/boston-applied-ml/events/303918822/ical/

        Can't make it? Update your RSVP: https://www.meetup.com/boston-applied-ml/events/303918822/

        Unsubscribe from this type of email: https://www.meetup.com/account/comm/
        Meetup LLC, POB 4668 #37895, New York, NY 10163
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//RemoteApi//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261006T210014Z
DTSTART;TZID=America/New_York:20261015T183000
DTEND;TZID=America/New_York:20261015T203000
STATUS:CONFIRMED
SUMMARY:How we interview ML engineers (and what we wish candidates knew)
DESCRIPTION:Boston Applied ML Meetup\\nhttps://www.meetup.com/boston-applied-ml/events/303918822/
CLASS:PUBLIC
CREATED:20260921T134510Z
LOCATION:Cambridge Innovation Lab (245 Main St Annex\\, Cambridge\\, MA)
URL:https://www.meetup.com/boston-applied-ml/events/303918822/
UID:event_303918822@meetup.com
END:VEVENT
END:VCALENDAR
"""
    ics = ics.replace("VERSION:2.0\n", "VERSION:2.0\n" + VTZ["America/New_York"] + "\n", 1)
    hs = head(addr("Meetup", "info@meetup.com"),
              "You're going to \"How we interview ML engineers (and what we wish candidates knew)\"",
              "2026-10-06 17:00:14", NY, "<1779447614.88214.meetup-rsvp-303918822@meetup.com>",
              "from o1.email.meetup.com (o1.email.meetup.com [167.89.55.11])", "e9a3c1d2f07b4-4e6a8c0b2d",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="event.ics",
                                                   disposition="attachment")))


@mail(N(37), family="webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-02-18"),),
      note="Zoom webinar registration for 'Live Mock Interview: ML System Design'; a webinar titled like "
           "an interview, not the user's interview")
def mock_webinar() -> bytes:
    body = t("""
        Hi Dana,

        Thank you for registering for "Live Mock Interview: ML System Design with a Staff Engineer".

        Please submit any questions to: events@offerladder.io

        Date & Time: Feb 18, 2026 07:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88310274452?tk=p0Q8x2Lr7FqZ.DQMAAAAUj3wKZBY

        Passcode: 772019

        Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar

        Description: Watch a Staff ML Engineer run a realistic 45-minute system-design interview with a
        volunteer candidate, then break down what went well and what didn't. Brought to you by
        OfferLadder.

        You can cancel your registration at any time.
        """)
    hs = head(addr("OfferLadder Events", "no-reply@zoom.us"),
              "Live Mock Interview: ML System Design with a Staff Engineer Confirmation",
              "2026-02-11 20:14:55", NY, "<Ua3Fq9xR2kT0mZpL8vNw4A@geopod-ismtpd-14>",
              "from sjc-mta-11.zoom.us (sjc-mta-11.zoom.us [170.114.52.11])", "5b1f17b1804b1-6f8b0d2a4c",
              extra=(("Reply-To", "events@offerladder.io"),))
    html_body = "<html><body style=\"font-family:Lato,Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{ln}</p>" for ln in body.replace("&", "&amp;").rstrip("\n").split("\n\n")) + "</body></html>\n"
    return message(hs, alt(text(body), html(html_body)))


@mail(N(38), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Wed", "2026-07-08"),),
      note="Paid mock-interview session with a coach on a practice platform, confirmed for 'Wed 7/8, "
           "7:00pm ET'; practice, not a job interview")
def preploop_mock() -> bytes:
    body = t("""
        Your mock interview is booked ✅

        Session: ML Coding Mock (60 min) + written feedback
        Coach: Devika R. (ex-Staff MLE, big-tech search & ranking)
        When: Wed 7/8, 7:00pm ET
        Where: https://app.preploop.io/room/ml-8842-kq

        How it works: Devika will run it exactly like a real phone screen - one medium problem, then
        a short ML follow-up. You'll get a scorecard within 24 hours. Your session credit (1 of 3)
        has been applied.

        Need to move it? Free rescheduling up to 12 hours before: https://app.preploop.io/bookings/8842

        Happy practicing!
        The PrepLoop team
        """)
    hs = head(addr("PrepLoop", "sessions@preploop.io"), "Booked: ML Coding Mock with Devika R. - Wed 7/8",
              "2026-07-02 21:08:37", NY, "<20260703010837.a4c9e2@preploop.io>",
              "from o7.mail.preploop.io (o7.mail.preploop.io [149.72.80.7])", "d2e1a72fcca58-8c0e2a4f61",
              extra=(("List-Unsubscribe", "<https://app.preploop.io/unsubscribe/d4f1>"),))
    return message(hs, alt(text(body), html(gmail_html(body).replace("dir=\"ltr\"", "style=\"font-family:Inter\""))))


@mail(N(39), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Podcast host confirms a recording ('our interview Tuesday 9/29 at 2pm ET'); the user is the "
           "guest, not a job candidate")
def podcast_guest() -> bytes:
    body = t("""
        Hi Dana,

        So glad this worked out! Confirming our interview for Gradient Descent Radio on Tuesday 9/29
        at 2pm ET. We'll record on Riverside: https://riverside.fm/studio/gradient-descent-radio

        Rough plan (about an hour, we edit down to ~40 min):
          1. How you got into ML from physics
          2. Shipping real-time models at Fenway Signal: what broke first
          3. Your hot take on eval harnesses vs. leaderboards
          4. Lightning round

        Wired headphones if you have them, and close Slack :) I'll send a calendar hold separately.

        Thanks!
        Noor Haddad-Levin
        Host, Gradient Descent Radio
        """)
    hs = head(addr("Noor Haddad-Levin", "noor@gradientradio.fm"), "Re: Guest spot on Gradient Descent Radio",
              "2026-09-22 12:40:19", NY, "<CAN7qP4e2y+Bm9kL0vR3xT6wZc1sHf8uD5gJ2b@mail.gmail.com>",
              "from mail-ua1-f44.google.com (mail-ua1-f44.google.com. [209.85.222.44])",
              "00721157ae682-2b4d6f8a0c")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(40), family="interviewer_role", lang="en", interview=False, company=None,
      days=(("Thu", "2026-06-25"),),
      note="Current employer's Greenhouse tells Dana she is an INTERVIEWER for another candidate (work "
           "mail auto-forwarded); ICS attached; not her own interview")
def fenway_interviewer() -> bytes:
    body = t("""
        Hi Dana,

        You've been scheduled to interview Alex Chen for ML Engineer II (Streaming Platform).

        Thu, Jun 25, 2026
        2:00 PM - 2:45 PM EDT
        Interview: Technical - ML Fundamentals
        Location: Zoom https://fenwaysignal.zoom.us/j/85540021937

        Interview kit (questions, rubric and the candidate's resume):
        https://app.greenhouse.io/guides/51722093/people/88012347?application_id=99102874

        Please submit your scorecard within 24 hours of the interview.

        Thanks for helping us hire!
        Fenway Signal Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:interviewer-51722093-88012347@fenwaysignal.com
DTSTAMP:20260619T143015Z
DTSTART;TZID=America/New_York:20260625T140000
DTEND;TZID=America/New_York:20260625T144500
SUMMARY:Interview: Alex Chen - ML Engineer II (Technical - ML Fundamentals)
LOCATION:https://fenwaysignal.zoom.us/j/85540021937
ORGANIZER;CN=Brooke Tallis:mailto:btallis@fenwaysignal.com
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dwhitfield@fenwaysignal.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Fenway Signal Recruiting", "no-reply@us.greenhouse-mail.io"),
              "Interview scheduled: Alex Chen for ML Engineer II (Streaming Platform) - Thu, Jun 25",
              "2026-06-19 10:30:15", NY,
              "<0100019035f1e0a2-6c8d0e2f-4a1b-4c3d-9e5f-7a8b9c0d1e2f-000000@email.amazonses.com>",
              "from a27-30.smtp-out.us-west-2.amazonses.com (a27-30.smtp-out.us-west-2.amazonses.com "
              "[54.240.27.30])", "d75a77b69052e-8e0a2c4e61",
              to=addr("Dana Whitfield", "dwhitfield@fenwaysignal.com"),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"dwhitfield@fenwaysignal.com {ME}"),
                     ("Reply-To", addr("Brooke Tallis", "btallis@fenwaysignal.com"))))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment")))


@mail(N(41), family="reference_check", lang="en", interview=False, company=None,
      days=(("Thu", "2026-04-09"),),
      note="A hiring manager elsewhere confirms a reference call about a former colleague ('Thu 4/9 at "
           "11am ET', Outlook, windows-1252); Dana is the reference, not a candidate")
def reference_call() -> bytes:
    body = t("""
        Hi Dana,

        Thank you for agreeing to speak with me about Jamie Lin – she speaks very highly of the work
        you two did together on the anomaly-detection service.

        Confirming our reference call for Thu 4/9 at 11am ET. It should take 15–20 minutes; I’ll call
        your cell (617-555-0148). I’ll mostly ask about Jamie’s technical ownership, how she handles
        ambiguity, and where you’d see her growth areas.

        Thanks again, I really appreciate it.

        Best,
        Graham Pike
        Director of Data Science, Tidewell Insurance
        """)
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1252\"></head>"
                 "<body>" + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>"
                                    for ln in body.rstrip("\n").split("\n")) + "</body></html>\n")
    hs = head(addr("Graham Pike", "gpike@tidewellins.com"), "Reference call - Jamie Lin",
              "2026-04-06 16:55:40", NY, "<DM6PR08MB5913C0E7A1B24D9F6E3C0B85D2A17@DM6PR08MB5913.namprd08.prod.outlook.com>",
              "from NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2115.outbound.protection."
              "outlook.com. [40.107.102.115])", "g3-20020a05620a0e0300b007b8",
              extra=(("Thread-Topic", "Reference call - Jamie Lin"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="windows-1252"), html(html_body, charset="windows-1252")))


@mail(N(42), family="auto_reply", lang="en", interview=False, company="Pinnacle Biosciences",
      days=(("Mon", "2026-05-04"),),
      note="Out-of-office auto reply from a recruiting coordinator (Auto-Submitted: auto-replied) to the "
           "candidate's 'interview availability' mail; only a return date")
def pinnacle_ooo() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office until Monday, May 4 with limited access to
        email. I will respond to your message as soon as possible upon my return.

        For urgent interview scheduling matters, please contact talent@pinnaclebio.com.

        Gwen Alvarado
        Recruiting Coordinator | Pinnacle Biosciences
        """)
    hs = head(addr("Gwen Alvarado", "gwen.alvarado@pinnaclebio.com"),
              "Automatic reply: Interview availability - Dana Whitfield (R-10482)", "2026-04-28 19:03:22", NY,
              "<0a1e7c3b9d2f4a68b5e0c1d2f3a4b5c6@CH0PR05MB8713.namprd05.prod.outlook.com>",
              "from NAM02-CH0-obe.outbound.protection.outlook.com (mail-ch0nam02on2101.outbound.protection."
              "outlook.com. [40.107.212.101])", "k8-20020a05620a0a0d00b007c2",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAF1kW9z3v+Qx8eN0cR5tL2mPb7sYh4uG6dJ3a@mail.gmail.com>"),
                     ("Thread-Topic", "Interview availability - Dana Whitfield (R-10482)")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(N(43), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Delivery-status failure of the candidate's own reply ('see you Tuesday at 11') to a mistyped "
           "recruiter address; a bounce, not a confirmation")
def bounce() -> bytes:
    inner_body = t("""
        Hi Gregory,

        Confirmed, thank you! See you Tuesday the 15th at 11.

        Dana

        On Wed, Sep 9, 2026 at 4:12 PM Gregory Tan <gregory.tan@northlight.ai> wrote:
        > Hi Dana,
        > Thanks for confirming! You're all set for the technical interview with our Applied Research
        > team on Tuesday, Sept 15 at 11:00 AM Toronto time (same as Boston).
        """)
    inner = message([("From", addr("Dana Whitfield", ME)), ("To", addr("Gregory Tan", "gregory.tan@northlite.ai")),
                     ("Subject", "Re: Northlight AI - technical interview confirmation"),
                     ("Date", date("2026-09-09 18:30:04", NY)),
                     ("Message-ID", "<CAL9f0Zr5b+Hq2nT7wE0kY3vMx8cR1dJ4sP6aB@mail.gmail.com>")],
                    text(inner_body))
    explain = t("""

        ** Address not found **

        Your message wasn't delivered to gregory.tan@northlite.ai because the domain northlite.ai couldn't be found. Check for typos or unnecessary spaces and try again.



        The response from the remote server was:
        DNS Error: DNS type 'mx' lookup of northlite.ai responded with code NXDOMAIN
        Domain name not found: northlite.ai
        """)
    dsn = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Wed, 09 Sep 2026 15:30:04 -0700 (PDT)
        X-Original-Message-ID: <CAL9f0Zr5b+Hq2nT7wE0kY3vMx8cR1dJ4sP6aB@mail.gmail.com>

        Final-Recipient: rfc822; gregory.tan@northlite.ai
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of northlite.ai responded with code NXDOMAIN
        Last-Attempt-Date: Wed, 09 Sep 2026 15:30:05 -0700 (PDT)
        """)
    report = make.multipart("report", text(explain, cte="7bit", charset="UTF-8"),
                            raw_part([("Content-Type", "message/delivery-status")], dsn),
                            attached_message(inner), params="report-type=delivery-status")
    hs = head(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
              "Delivery Status Notification (Failure)", "2026-09-09 18:30:05", NY,
              "<66f0a2b1.050a0220.3c9e1f.0004.GMR@mx.google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])", "a640c23a62f3a-5c7e9a1b3d",
              to=ME, extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(N(44), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Substack newsletter issue about ML system-design interviews; confirms nothing")
def substack_newsletter() -> bytes:
    body = t("""
        The Offer Letter
        Issue #48: The ML system design interview, decoded

        Hey friends,

        This week I asked six hiring managers the same question: "What makes you write 'strong hire'
        after an ML system design round?" Their answers were almost boringly consistent.

        1. Start from the metric, not the model. Say what you'd optimise and how you'd know.
        2. Draw the data flow before the architecture. Where do labels come from? How stale are they?
        3. Talk about failure modes early: feedback loops, cold start, skew between training and
           serving.
        4. Budget your 45 minutes out loud. "I'll spend ten minutes on X" reads as seniority.

        Reader question: "My interview is on Thursday and they said 'bring a project to discuss' -
        how deep should I go?" Short answer: one project, three layers deep, and know the numbers.

        Next week: negotiating equity at Series B startups.

        Keep shipping,
        Marisa

        You're receiving this because you subscribed to The Offer Letter.
        Unsubscribe https://theofferletter.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo0
        """)
    html_body = "<html><body style=\"font-family:Georgia,serif;font-size:17px;line-height:1.6\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.rstrip("\n").split("\n\n")) + "</body></html>\n"
    hs = head(addr("The Offer Letter", "theofferletter@substack.com"),
              "The ML system design interview, decoded", "2026-10-04 08:01:17", NY,
              "<20261004120117.3.d1e2f3a4b5c6@substack.com>",
              "from mail48.substack.com (mail48.substack.com [192.0.2.48])", "98e67ed59e1d1-7f9b1d3e5a",
              extra=(("List-Unsubscribe", "<https://theofferletter.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo0>"),
                     ("List-Id", "<theofferletter.substack.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(html_body)))


@mail(N(45), family="post_interview", lang="en", interview=False, company="Verdant Bio",
      note="Recruiter's follow-up the day after the phone screen: 'we'll be in touch', no new time")
def verdant_followup() -> bytes:
    body = t("""
        Hi Dana,

        Thanks so much for chatting with Samuel yesterday! He really enjoyed hearing about your
        pretraining work. We're wrapping up first-round conversations this week and expect to share
        next steps by the end of next week.

        In the meantime, don't hesitate to reach out if you have any questions.

        Best,
        Hannah
        """)
    hs = head(addr("Hannah Osei", "hannah.osei@verdantbio.com"), "Following up - Verdant Bio",
              "2026-02-11 13:16:44", NY, "<CAP0wX3k9t+Nv5eB2rQ8yL1mTc6sZd4uF7hJ0e@mail.gmail.com>",
              "from mail-io1-f41.google.com (mail-io1-f41.google.com. [209.85.166.41])", "af79cd13be357-9d1f3b5c7e")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(46), family="user_research", lang="en", interview=False, company=None,
      days=(("Thu", "2026-05-28"),),
      note="Paid product-research 'user interview' session confirmed on a research-panel platform; a "
           "confirmed time, not a job interview")
def panelry_study() -> bytes:
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
        <h2>You're confirmed! 🎉</h2>
        <p>Hi Dana,</p>
        <p>You're scheduled for a <b>45-minute user interview</b> with the research team at <b>Fieldnote</b> (a note-taking app for data scientists).</p>
        <p><b>When:</b> Thursday, May 28, 2026 at 4:00 PM EDT<br>
        <b>Where:</b> Zoom (link below)<br>
        <b>Incentive:</b> $75 Amazon gift card, sent within 5 business days after the session</p>
        <p><a href="https://fieldnote.zoom.us/j/81290037745">Join the session</a></p>
        <p>Please join from a laptop with screen sharing enabled. If you can no longer attend, cancel at least 24 hours ahead so another participant can take your place.</p>
        <p>Thanks for helping build better products!<br>The Panelry Team</p>
        <p style="font-size:11px;color:#777">Panelry, 1 Research Row, Brooklyn, NY. <a href="https://panelry.com/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head(addr("Panelry", "studies@panelry.com"), "Confirmed: Fieldnote user interview on Thu, May 28",
              "2026-05-22 11:20:05", NY, "<0100019652c3e4f5-8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d-000000@email.amazonses.com>",
              "from a48-90.smtp-out.amazonses.com (a48-90.smtp-out.amazonses.com [54.240.48.90])",
              "2adb3069b0e04-3c5e7a9b1d")
    return message(hs, html(html_body))


@mail(N(47), family="prep_guide", lang="en", interview=False, company="Cobaltline",
      note="Interview preparation guide sent before the loop; 'your recruiter will confirm your "
           "schedule', no time fixed")
def cobaltline_prep() -> bytes:
    body = t("""
        Hi Dana,

        Congratulations on moving forward to the interview loop for Machine Learning Engineer, ML
        Infrastructure! We put together a few resources to help you prepare.

        What to expect
        Your loop will include four 60-minute virtual interviews: coding, ML system design,
        infrastructure deep dive, and a behavioral conversation with a hiring manager. Your recruiter
        will confirm your schedule and send calendar invitations separately.

        How to prepare
          * Review our engineering principles: https://careers.cobaltline.com/principles
          * Practice coding in a plain editor; interviews use Teams with a shared CodeSignal pad
          * For system design, think end-to-end: data, training, serving, monitoring

        Accommodations
        If you need an accommodation for any part of the process, let your recruiter know.

        Good luck!
        Cobaltline University & Technical Recruiting
        """)
    hs = head(addr("Cobaltline Careers", "careers-noreply@cobaltline.com"),
              "Preparing for your Cobaltline interview loop", "2026-10-20 09:05:33", LA,
              "<3f0a7d2e-1b9c-4e8a-a6d5-0c2f1e3b4a59@cobaltline.com>",
              "from mail-cl1.cobaltline.com (mail-cl1.cobaltline.com [203.0.113.155])", "d2e1a72fcca58-5e7a9c1b3f")
    return message(hs, alt(text(body, cte="base64"), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.rstrip("\n").split("\n\n")) + "</body></html>\n",
        cte="base64")))


@mail(N(48), family="application_ack", lang="en", interview=False, company="Atlantic Mutual",
      note="Jobvite application receipt; no interview")
def atlantic_jobvite() -> bytes:
    body = t("""
        Dear Dana,

        Thank you for applying for the Lead Machine Learning Engineer, Fraud Analytics position at
        Atlantic Mutual. This email confirms that we have received your application.

        Our talent acquisition team reviews every application carefully. If your qualifications are
        a match, we will contact you to discuss next steps. You can check the status of your
        application at any time: https://jobs.jobvite.com/atlanticmutual/candidate/status

        Thank you for your interest in Atlantic Mutual.

        Sincerely,
        Atlantic Mutual Talent Acquisition

        This is an automated message; please do not reply.
        """)
    hs = head(addr("Atlantic Mutual Careers", "atlanticmutual-noreply@jobvite.com"),
              "Thank you for your application - Lead Machine Learning Engineer, Fraud Analytics",
              "2026-08-18 14:27:50", NY, "<jv.4f8c2a1e9b7d.20260818182750@jobvite.com>",
              "from smtp3.jobvite.com (smtp3.jobvite.com [198.51.100.203])", "41be03b00d2f7-1e3a5c7e9b")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@mail(N(49), family="rejection", lang="en", interview=False, company="Wabash Quant",
      note="Lever rejection after the technical deep dive ('last Thursday'); no time fixed")
def wabash_reject() -> bytes:
    body = t("""
        Hi Dana,

        Thank you for taking the time to speak with Tomasz and Halle last Thursday. We really
        appreciated the depth you brought to the conversation about regime shifts.

        After a lot of discussion, the team has decided not to move forward with your candidacy for
        Machine Learning Engineer - Alpha Research at this time. This was a close call, and we'd be
        glad to stay in touch for future openings.

        Thanks again for your interest in Wabash Quant, and best of luck with your search.

        Jenna Kowalski
        Wabash Quant
        """)
    hs = head(addr("Jenna Kowalski", "no-reply@hire.lever.co"), "Your application to Wabash Quant",
              "2026-11-04 15:12:08", CHI, "<0100019a4e2f3c1d-9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d-000000@email.amazonses.com>",
              "from a10-61.smtp-out.amazonses.com (a10-61.smtp-out.amazonses.com [54.240.10.61])",
              "e9a3c1d2f07b4-7c9e1a3b5d",
              extra=(("Reply-To", addr("Jenna Kowalski", "jenna.kowalski@wabashquant.com")),))
    return message(hs, alt(text(body), html(gmail_html(body).replace("dir=\"ltr\"", "style=\"font-family:sans-serif\""))))


@mail(N(50), family="tentative_hold", lang="en", interview=False, company="Fathom Genomics",
      days=(("Thu", "2026-10-08"),),
      note="Recruiter 'tentatively holding Thu 10/8 at 1pm ET' pending the interviewer's reply and asks "
           "the candidate not to treat it as final; not yet confirmed")
def fathom_hold() -> bytes:
    body = t("""
        Hi Dana!

        Quick update - I'm tentatively holding Thu 10/8 at 1pm ET for your chat with Anya (our VP of
        Computational Biology), but she's traveling and I haven't heard back from her yet. I'll
        confirm one way or the other by tomorrow EOD and send the invite then. Please don't treat it
        as final yet!

        Thanks for your patience,
        Kristen

        Kristen Albright
        Senior Recruiter, Fathom Genomics
        """)
    hs = head(addr("Kristen Albright", "kalbright@fathomgenomics.com"), "Re: Fathom Genomics - next conversation",
              "2026-10-05 16:48:29", NY, "<CAM2nY7t0q+Rw4eK9vP1xB6mLc3sTf8uE5hJ2d@mail.gmail.com>",
              "from mail-wm1-f47.google.com (mail-wm1-f47.google.com. [209.85.128.47])", "5b1f17b1804b1-1a3c5e7b9d",
              extra=(("In-Reply-To", "<CAF1kW9z8n+Yx2eP0cR5tL2mPb7sYh4uG6dJ9c@mail.gmail.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))
