"""blind20: 50 hand-written mails, the inbox of Marcus Okafor <marcus.okafor@example.net>, a senior
data engineer in New York, during a job search that runs from late February to mid-November 2026.

Positives first (keys 1-23), then negatives (24-50); file numbers are a fixed shuffle of the
writing order. Written blind: without reading the detector, its tests, the other held-out mails
or the scores. Built by ``python3 bench/heldout/make_blind.py blind20``.
"""

from __future__ import annotations

import random

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

SET = "blind20"
ORDER = random.Random(20020).sample(range(1, 51), 50)


def n(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


ME = "marcus.okafor@example.net"
MARCUS = addr("Marcus Okafor", ME)
NY = "America/New_York"
CHI = "America/Chicago"
DEN = "America/Denver"
LA = "America/Los_Angeles"
MEX = "America/Mexico_City"
TOR = "America/Toronto"
LON = "Europe/London"

make.WINDOWS_ZONES.setdefault("Mountain Standard Time", "America/Denver")

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


def rcv(host: str, ip: str, when: str, zone: str, qid: str, to: str = ME, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx2.example.net (Postfix) with ESMTPS id {qid}", to, lag))


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = MARCUS,
         reply_to: str | None = None, cc: str | None = None, rc: tuple[str, str] | None = None,
         extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rc:
        hs.append(rc)
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc(subject)), ("Date", date(when, zone)), ("Message-ID", msgid)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += list(extra)
    return hs


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Halyard Clearing",
      start=utc("2026-03-10 11:00", NY), end=utc("2026-03-10 11:45", NY),
      contact="dana.whitlock@halyardclearing.com",
      local="Tue 2026-03-10 11:00", local_end="2026-03-10 11:45", zone=NY,
      note="Greenhouse confirmation sent Mon 2 Mar in EST (-0500); the screen is Tue 10 Mar 11:00-11:45 "
           "EDT, after US daylight time began on 8 Mar, so UTC-4 -> 15:00-15:45Z; the attached ICS "
           "(America/New_York) agrees; contact = Reply-To recruiter, also the ORGANIZER")
def m01() -> bytes:
    plain = t("""
        Hi Marcus,

        Thanks for your interest in Halyard Clearing! Your interview for Senior Data Engineer,
        Post-Trade Platform has been confirmed. The details are below and a calendar invitation is
        attached.

        Recruiter Screen
        Tuesday, March 10, 2026
        11:00 AM - 11:45 AM EDT
        Interviewer: Dana Whitlock, Technical Recruiter
        Format: Phone call. Dana will call you at +1 (917) 555-0148.

        What to expect: a conversation about your background, what you're looking for next, and the
        team's roadmap for the settlement and reconciliation pipelines. No technical preparation is
        needed for this one.

        Need to make a change? Reply to this email and it will go directly to Dana.

        Best,
        Halyard Clearing Talent Team

        --
        Halyard Clearing LLC, 55 Water Street, New York, NY 10041
        Powered by Greenhouse
        """)
    rich = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2b36">
        <p>Hi Marcus,</p>
        <p>Thanks for your interest in Halyard Clearing! Your interview for <b>Senior Data Engineer,
        Post-Trade Platform</b> has been confirmed. The details are below and a calendar invitation is
        attached.</p>
        <table cellpadding="4" style="border-collapse:collapse;border:1px solid #d6dde3">
        <tr><td colspan="2" style="background:#0b3954;color:#fff"><b>Recruiter Screen</b></td></tr>
        <tr><td>When</td><td>Tuesday, March 10, 2026<br>11:00 AM - 11:45 AM EDT</td></tr>
        <tr><td>Interviewer</td><td>Dana Whitlock, Technical Recruiter</td></tr>
        <tr><td>Format</td><td>Phone call. Dana will call you at +1 (917) 555-0148.</td></tr>
        </table>
        <p>What to expect: a conversation about your background, what you&#39;re looking for next, and
        the team&#39;s roadmap for the settlement and reconciliation pipelines. No technical
        preparation is needed for this one.</p>
        <p>Need to make a change? Reply to this email and it will go directly to Dana.</p>
        <p>Best,<br>Halyard Clearing Talent Team</p>
        <p style="font-size:11px;color:#7a8691">Halyard Clearing LLC, 55 Water Street, New York, NY
        10041<br>Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + make.VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:interview-7731904-af21c@greenhouse.io
        DTSTAMP:20260302T151437Z
        DTSTART;TZID=America/New_York:20260310T110000
        DTEND;TZID=America/New_York:20260310T114500
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Recruiter Screen - Marcus Okafor / Halyard Clearing
        DESCRIPTION:Phone call. Dana Whitlock will call you at +1 (917) 555-0148.
        LOCATION:Phone
        ORGANIZER;CN=Dana Whitlock:mailto:dana.whitlock@halyardclearing.com
        ATTENDEE;CN=Marcus Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marcus.okafor@example.net
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-02 10:14:37"
    hs = head(addr("Halyard Clearing", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Data Engineer, Post-Trade Platform - Halyard Clearing",
              when, NY, "<0100018e0a4c1f2b-5c7d0e1a-9f3b-4a6e-8c21-d4b7e9f0a312-000000@email.amazonses.com>",
              reply_to=addr("Dana Whitlock", "dana.whitlock@halyardclearing.com"),
              rc=rcv("a48-112.smtp-out.amazonses.com", "198.51.100.112", when, NY, "4dQx3T0m9Kz7Rb"))
    body = mixed(alt(text(plain), html(rich)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(2), family="human_prose", lang="en", interview=True, kind="scheduled",
      company="Meridian Rail Analytics", start=utc("2026-03-12 15:30", CHI),
      contact="tom.brandvold@meridianrail.io", local="Thu 2026-03-12 15:30", zone=CHI,
      note="Hiring manager's short reply from his phone: 'Thursday works. Let's do 3:30p CT', sent Mon 9 Mar "
           "(Chicago already on CDT since 8 Mar) -> Thu 12 Mar 15:30 CDT = 20:30Z; '30-40 min' is not an exact "
           "length, end null; contact = the human sender")
def m02() -> bytes:
    body = t("""
        Marcus - Thursday works. Let's do 3:30p CT. I'll call your cell. Figure 30-40 min, mostly me
        asking about the Kafka -> Iceberg work you mentioned and you grilling me about our mess of a
        warehouse.

        Talk then,
        Tom

        Tom Brandvold | Director, Data Platform | Meridian Rail Analytics
        Chicago, IL

        Sent from my iPhone

        > On Mar 9, 2026, at 2:47 PM, Marcus Okafor <marcus.okafor@example.net> wrote:
        >
        > Hi Tom,
        >
        > Thanks for reaching out, the role sounds like a great fit. I'm free most of Thursday
        > afternoon if a call works for you - anytime after 2 my time (Eastern).
        >
        > Best,
        > Marcus
        >
        >> On Mar 9, 2026, at 10:15 AM, Tom Brandvold <tom.brandvold@meridianrail.io> wrote:
        >>
        >> Hi Marcus, got your resume from our recruiter. Any chance you're free for a call
        >> later this week? Happy to work around your schedule.
        >>
        >> Tom
        """)
    when = "2026-03-09 16:02:51"
    hs = head(addr("Tom Brandvold", "tom.brandvold@meridianrail.io"), "Re: Senior DE role - quick chat",
              when, CHI, "<6A1F0C2E-93B4-4D8A-A7E2-51C8D0B3F9E4@meridianrail.io>",
              rc=rcv("mail-yw1-f171.google.com", "203.0.113.171", when, CHI, "4dSk2W5qQTz8Lm"),
              extra=(("In-Reply-To", "<CAH9x+Lq7pV2mWn0@mail.example.net>"),
                     ("References", "<A0D2F1E4-7C55-4B0E-9E1A-2C6B7D8E9F01@meridianrail.io> "
                                    "<CAH9x+Lq7pV2mWn0@mail.example.net>"),
                     ("X-Mailer", "iPhone Mail (23D127)")))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(3), family="calendly", lang="en", interview=True, kind="rescheduled",
      company="Switchback Outfitters", start=utc("2026-03-06 13:30", NY), end=utc("2026-03-06 14:00", NY),
      contact="kelsey.arndt@switchbackoutfitters.com",
      local="Fri 2026-03-06 13:30", local_end="2026-03-06 14:00", zone=NY,
      note="Calendly 'rescheduled' mail to the invitee, times shown in his zone (Eastern): former Thu 5 Mar "
           "3:00pm, new Fri 6 Mar 1:30-2:00pm EST (before the 8 Mar DST start, UTC-5) = 18:30-19:00Z; the "
           "host's note '11:30 my time (Denver)' is the same instant in MST; ICS in UTC agrees; contact = "
           "Reply-To host")
def m03() -> bytes:
    plain = t("""
        Hi Marcus Okafor,

        Kelsey Arndt has rescheduled your event.

        Note from Kelsey:
        "So sorry to move us! Thursday afternoon got eaten by a vendor fire drill. Friday 11:30 my
        time (Denver) still works on my end, hope it does on yours. - K"

        Event Type:
        Data Platform Intro Chat (30 min)

        Former:
        3:00pm - 3:30pm (Eastern Time - US & Canada)
        Thursday, March 5, 2026

        Updated:
        1:30pm - 2:00pm (Eastern Time - US & Canada)
        Friday, March 6, 2026

        Location:
        This is a Google Meet web conference. Join: https://meet.google.com/vrk-wpqd-mzt

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7d3e51b2-0c4f-4a8e-9b6d-2f1e8a7c5d90
        Reschedule: https://calendly.com/reschedulings/7d3e51b2-0c4f-4a8e-9b6d-2f1e8a7c5d90

        Powered by Calendly.com
        """)
    rich = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Marcus Okafor,</p>
        <p><b>Kelsey Arndt</b> has rescheduled your event.</p>
        <p><b>Note from Kelsey:</b><br>&quot;So sorry to move us! Thursday afternoon got eaten by a
        vendor fire drill. Friday 11:30 my time (Denver) still works on my end, hope it does on
        yours. - K&quot;</p>
        <p><b>Event Type:</b><br>Data Platform Intro Chat (30 min)</p>
        <p><b>Former:</b><br><s>3:00pm - 3:30pm (Eastern Time - US &amp; Canada)<br>Thursday, March 5,
        2026</s></p>
        <p><b>Updated:</b><br>1:30pm - 2:00pm (Eastern Time - US &amp; Canada)<br>Friday, March 6,
        2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.
        <a href="https://meet.google.com/vrk-wpqd-mzt">Join now</a></p>
        <p><a href="https://calendly.com/cancellations/7d3e51b2-0c4f-4a8e-9b6d-2f1e8a7c5d90">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7d3e51b2-0c4f-4a8e-9b6d-2f1e8a7c5d90">Reschedule</a></p>
        <p style="color:#888;font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7d3e51b2-0c4f-4a8e-9b6d-2f1e8a7c5d90@calendly.com
        DTSTAMP:20260303T172205Z
        DTSTART:20260306T183000Z
        DTEND:20260306T190000Z
        SEQUENCE:1
        SUMMARY:Data Platform Intro Chat (30 min) - Marcus Okafor and Kelsey Arndt
        LOCATION:https://meet.google.com/vrk-wpqd-mzt
        ORGANIZER;CN=Kelsey Arndt:mailto:kelsey.arndt@switchbackoutfitters.com
        ATTENDEE;CN=Marcus Okafor;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:marcus.okafor@example.net
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-03 17:22:05"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Updated: Data Platform Intro Chat (30 min) with Kelsey Arndt on Friday, March 6, 2026",
              when, "UTC", "<b8c1e7f0.5a2d.4f6b.a0c3.9e2f1d7b6c48@mailer.calendly.com>",
              reply_to=addr("Kelsey Arndt", "kelsey.arndt@switchbackoutfitters.com"),
              rc=rcv("o1.ptr3391.calendly.com", "192.0.2.91", when, "UTC", "4dQz9N1fXbz5Pw"))
    body = mixed(alt(text(plain), html(rich)),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                          filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


def _tidepool_ics(method: str, seq: int, status: str, stamp: str) -> str:
    return t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:{method}
        """) + VTZ_LA + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20260324T100000
        DTEND;TZID=America/Los_Angeles:20260324T110000
        DTSTAMP:{stamp}
        ORGANIZER;CN=Wen Zhao:mailto:wen.zhao@tidepoolrobotics.com
        UID:2q8m1v0c6k3j9h5f7t4r2p1n0b@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wen Zhao;X-NUM-GUESTS=0:mailto:wen.zhao@tidepoolrobotics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luis Ocampo;X-NUM-GUESTS=0:mailto:luis.ocampo@tidepoolrobotics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.okafor@example.net;X-NUM-GUESTS=0:mailto:marcus.okafor@example.net
        X-GOOGLE-CONFERENCE:https://meet.google.com/qvx-hrtk-fdn
        CREATED:20260318T210233Z
        DESCRIPTION:Hi Marcus - 60 minutes with Luis (staff engineer on our data infra team). Expect a streaming/dedup problem in Python and some discussion of tradeoffs. Sorry it's 1pm on your end\\, it was the only slot Luis had this week. -Wen
        LAST-MODIFIED:{stamp}
        LOCATION:
        SEQUENCE:{seq}
        STATUS:{status}
        SUMMARY:Tidepool <> Marcus Okafor - Data Infra technical screen
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)


@mail(n(4), family="google_calendar", lang="en", interview=True, kind="scheduled",
      company="Tidepool Robotics", start=utc("2026-03-24 10:00", LA), end=utc("2026-03-24 11:00", LA),
      contact="wen.zhao@tidepoolrobotics.com",
      local="Tue 2026-03-24 10:00", local_end="2026-03-24 11:00", zone=LA,
      note="Google Calendar invitation from the Oakland recruiter: Tue 24 Mar 10am-11am Pacific (PDT, UTC-7) "
           "= 17:00-18:00Z, '1pm on your end' in the description is the same instant in EDT; ICS "
           "America/Los_Angeles agrees; contact = ORGANIZER (also Reply-To)")
def m04() -> bytes:
    plain = t("""
        You have been invited to the following event.

        Tidepool <> Marcus Okafor - Data Infra technical screen
        When
        Tuesday Mar 24, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)

        Joining info
        Join with Google Meet
        meet.google.com/qvx-hrtk-fdn

        Join by phone
        (US) +1 402-555-0127 PIN: 771 402 918#

        Calendar
        marcus.okafor@example.net

        Who
        Wen Zhao - organizer
        Luis Ocampo
        marcus.okafor@example.net

        Hi Marcus - 60 minutes with Luis (staff engineer on our data infra team). Expect a
        streaming/dedup problem in Python and some discussion of tradeoffs. Sorry it's 1pm on your
        end, it was the only slot Luis had this week. -Wen

        Going (marcus.okafor@example.net)?   Yes - Maybe - No    more options »

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    ics = _tidepool_ics("REQUEST", 0, "CONFIRMED", "20260318T210541Z")
    when = "2026-03-18 14:05:41"
    subj = ("Invitation: Tidepool <> Marcus Okafor - Data Infra technical screen @ Tue Mar 24, 2026 "
            "10am - 11am (PDT) (marcus.okafor@example.net)")
    hs = head(addr("Wen Zhao", "wen.zhao@tidepoolrobotics.com"), subj, when, LA,
              "<calendar-9f0c2d7e-41b3-4a5c-8e6f-0d1b2a3c4e5f@google.com>",
              reply_to=addr("Wen Zhao", "wen.zhao@tidepoolrobotics.com"),
              rc=rcv("mail-sor-f73.google.com", "209.85.220.73", when, LA, "4dVb7H2kPqz3Xc"),
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    body = mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, method="REQUEST", cte="7bit")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                          filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(5), family="google_calendar", lang="en", interview=True, kind="cancelled",
      company="Tidepool Robotics", start=utc("2026-03-24 10:00", LA), end=utc("2026-03-24 11:00", LA),
      contact="wen.zhao@tidepoolrobotics.com",
      local="Tue 2026-03-24 10:00", local_end="2026-03-24 11:00", zone=LA,
      note="Google Calendar 'Canceled event with note' for the Tidepool screen (same UID, SEQUENCE 1, "
           "METHOD:CANCEL): cancelled slot Tue 24 Mar 10-11am PDT = 17:00-18:00Z; new times only promised; "
           "contact = ORGANIZER")
def m05() -> bytes:
    plain = t("""
        This event has been canceled with a note:
        "Marcus, really sorry - Luis is out sick for the rest of the week. I'll send you fresh times
        for next week by Wednesday. -Wen"

        Tidepool <> Marcus Okafor - Data Infra technical screen
        When
        Tuesday Mar 24, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)

        Calendar
        marcus.okafor@example.net

        Who
        Wen Zhao - organizer
        Luis Ocampo
        marcus.okafor@example.net

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = _tidepool_ics("CANCEL", 1, "CANCELLED", "20260323T154118Z")
    when = "2026-03-23 08:41:18"
    subj = ("Canceled event with note: Tidepool <> Marcus Okafor - Data Infra technical screen @ Tue Mar 24, "
            "2026 10am - 11am (PDT) (marcus.okafor@example.net)")
    hs = head(addr("Wen Zhao", "wen.zhao@tidepoolrobotics.com"), subj, when, LA,
              "<calendar-5d2e8a10-7b6c-4f39-a1d4-c0e9f8b7a6d5@google.com>",
              reply_to=addr("Wen Zhao", "wen.zhao@tidepoolrobotics.com"),
              rc=rcv("mail-sor-f69.google.com", "209.85.220.69", when, LA, "4dXm0C8rTnz1Wd"),
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    body = mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, method="CANCEL", cte="7bit")),
                 calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                          filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(6), family="lever", lang="en", interview=True, kind="scheduled", company="Quincy Harbor Health",
      start=utc("2026-04-02 13:00", NY), end=utc("2026-04-02 14:30", NY),
      contact="brianna.soto@quincyharbor.org",
      local="Thu 2026-04-02 13:00", local_end="2026-04-02 14:30", zone=NY,
      note="Lever onsite confirmation in Boston: Thu 2 Apr 1:00-2:30 PM EDT (UTC-4) = 17:00-18:30Z, two "
           "back-to-back sessions inside that range; contact = Reply-To coordinator")
def m06() -> bytes:
    plain = t("""
        Hi Marcus,

        We're excited to confirm your onsite interview for Senior Data Engineer, Clinical Data
        Platform at Quincy Harbor Health.

        When: Thursday, April 2, 2026, 1:00 PM - 2:30 PM EDT
        Where: 80 Atlantic Avenue, 6th floor, Boston, MA 02110
               Please check in at the lobby security desk with a photo ID; someone from the team
               will come down to meet you.

        Your schedule
          1:00 PM - 1:45 PM   Ifeoma Chukwu, Engineering Manager
          1:45 PM - 2:30 PM   Greg Halvorsen and Mei Tanaka, Data Engineers

        Travelling from New York? We reimburse round-trip Amtrak (coach) - just keep your receipts
        and send them to your recruiting coordinator afterwards.

        If anything comes up, reply to this email and it will reach Brianna Soto, who is
        coordinating your visit.

        See you soon,
        Quincy Harbor Health Talent Acquisition

        Sent via Lever
        """)
    rich = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,sans-serif;font-size:15px;color:#222;max-width:560px">
        <p>Hi Marcus,</p>
        <p>We&#39;re excited to confirm your onsite interview for <strong>Senior Data Engineer, Clinical
        Data Platform</strong> at Quincy Harbor Health.</p>
        <p><strong>When:</strong> Thursday, April 2, 2026, 1:00 PM - 2:30 PM EDT<br>
        <strong>Where:</strong> 80 Atlantic Avenue, 6th floor, Boston, MA 02110<br>
        Please check in at the lobby security desk with a photo ID; someone from the team will come
        down to meet you.</p>
        <p><strong>Your schedule</strong></p>
        <ul>
        <li>1:00 PM - 1:45 PM &middot; Ifeoma Chukwu, Engineering Manager</li>
        <li>1:45 PM - 2:30 PM &middot; Greg Halvorsen and Mei Tanaka, Data Engineers</li>
        </ul>
        <p>Travelling from New York? We reimburse round-trip Amtrak (coach) - just keep your receipts
        and send them to your recruiting coordinator afterwards.</p>
        <p>If anything comes up, reply to this email and it will reach Brianna Soto, who is
        coordinating your visit.</p>
        <p>See you soon,<br>Quincy Harbor Health Talent Acquisition</p>
        <p style="color:#999;font-size:12px">Sent via Lever</p>
        </div>
        """)
    when = "2026-03-27 11:48:20"
    hs = head(addr("Quincy Harbor Health", "no-reply@hire.lever.co"),
              "Your onsite interview with Quincy Harbor Health is confirmed", when, NY,
              "<20260327154820.1.A93F0E6C2D71B5E8@hire.lever.co>",
              reply_to=addr("Brianna Soto", "brianna.soto@quincyharbor.org"),
              rc=rcv("mail-201.hire.lever.co", "198.51.100.201", when, NY, "4fB1cR6yLmz2Qh"))
    return message(hs, alt(text(plain), html(rich)))


@mail(n(7), family="ashby", lang="en", interview=True, kind="scheduled", company="Parcelwise",
      start=utc("2026-04-14 12:00", NY), end=utc("2026-04-14 15:00", NY),
      contact="jordan.mbeki@parcelwise.com",
      local="Tue 2026-04-14 12:00", local_end="2026-04-14 15:00", zone=NY,
      note="Ashby virtual onsite, HTML only: three sessions Tue 14 Apr shown in the candidate's zone (ET, "
           "EDT UTC-4); first start 12:00 PM to last end 3:00 PM = 16:00-19:00Z; contact = Reply-To "
           "coordinator")
def m07() -> bytes:
    rich = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#172b4d">
        <tr><td>
        <p>Hi Marcus,</p>
        <p>Your virtual onsite for <b>Senior Data Engineer (Remote, US)</b> at Parcelwise is all set.
        Every session is on Zoom and has its own link. Times are shown in your time zone (Eastern
        Time).</p>
        <p style="font-size:16px"><b>Tuesday, April 14, 2026</b></p>
        <table cellpadding="6" cellspacing="0" style="border-top:1px solid #dfe1e6;width:100%">
        <tr><td style="white-space:nowrap">12:00 PM &ndash; 12:45 PM ET</td>
            <td><b>Pipeline design</b><br>Carla Mendes, Staff Engineer<br>
            <a href="https://parcelwise.zoom.us/j/84120077315">Join Zoom</a></td></tr>
        <tr><td style="white-space:nowrap">1:00 PM &ndash; 2:00 PM ET</td>
            <td><b>SQL &amp; data modeling (live)</b><br>Hyun-woo Park, Senior Data Engineer<br>
            <a href="https://parcelwise.zoom.us/j/84120077922">Join Zoom</a></td></tr>
        <tr><td style="white-space:nowrap">2:15 PM &ndash; 3:00 PM ET</td>
            <td><b>Hiring manager conversation</b><br>Beth Lindqvist, Head of Data<br>
            <a href="https://parcelwise.zoom.us/j/84120078406">Join Zoom</a></td></tr>
        </table>
        <p>There are short breaks between sessions - grab some water. For the SQL session we use a
        shared CoderPad; you don&#39;t need to install anything.</p>
        <p>Questions or need to move something? Just reply - it goes to Jordan Mbeki, your recruiting
        coordinator.</p>
        <p>Cheers,<br>The Parcelwise team</p>
        </td></tr></table>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8993a4">Sent with Ashby</p>
        </td></tr></table>
        </body></html>
        """)
    when = "2026-04-07 14:12:09"
    hs = head(addr("Parcelwise Recruiting", "no-reply@ashbyhq.com"),
              "Your virtual onsite with Parcelwise is confirmed (Tue, Apr 14)", when, "UTC",
              "<01000196a2b3c4d5-e6f70812-3a4b-4c5d-9e6f-7a8b9c0d1e2f-000000@email.amazonses.com>",
              reply_to=addr("Jordan Mbeki", "jordan.mbeki@parcelwise.com"),
              rc=rcv("a9-33.smtp-out.amazonses.com", "198.51.100.33", when, "UTC", "4fG5tY0wZkz6Jv"))
    return message(hs, html(rich, cte="base64"))


@mail(n(8), family="workday", lang="en", interview=True, kind="scheduled", company="Garden State Mutual",
      start=utc("2026-04-17 10:00", NY), end=utc("2026-04-17 11:00", NY),
      contact="lauren.pacheco@gsmutual.com",
      local="Fri 2026-04-17 10:00", local_end="2026-04-17 11:00", zone=NY,
      note="Workday HTML-only notice from the tenant mailbox, US date 04/17/2026 (a Friday), 10:00-11:00 AM "
           "Eastern (EDT) = 14:00-15:00Z; Date header is Pacific (-0700, Workday's servers); contact = the "
           "recruiter address in the body")
def m08() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <img src="https://wd5.myworkdaycdn.com/gsmutual/logo.png" alt="Garden State Mutual" width="180"><br><br>
        Dear Marcus,<br><br>
        Thank you for your interest in Garden State Mutual. We are pleased to invite you to interview
        for the position of <b>Senior Data Engineer (R-20418)</b>.<br><br>
        <b>Interview Details</b><br>
        Date: 04/17/2026<br>
        Time: 10:00 AM - 11:00 AM Eastern Time<br>
        Format: In person<br>
        Location: Garden State Mutual, 30 Montgomery Street, 14th Floor, Jersey City, NJ 07302<br>
        Interviewers: Raymond Kaczmarek (AVP, Data Engineering); Shonda Ellis (Lead Data Architect)<br><br>
        Please bring a government-issued photo ID for building security and allow 10-15 minutes to
        check in. The PATH Exchange Place station is a two-minute walk from the building.<br><br>
        If you have questions or need to reschedule, please contact Lauren Pacheco at
        <a href="mailto:lauren.pacheco@gsmutual.com">lauren.pacheco@gsmutual.com</a> or (201) 555-0176.<br><br>
        Sincerely,<br>
        Talent Acquisition<br>
        Garden State Mutual<br><br>
        <span style="font-size:10px;color:#777">This email was sent from an unmonitored mailbox.
        Garden State Mutual is an Equal Opportunity Employer.</span>
        </body></html>
        """)
    when = "2026-04-10 12:31:44"
    hs = head(addr("Garden State Mutual", "gsmutual@myworkday.com"),
              "Interview Scheduled - Senior Data Engineer (R-20418)", when, LA,
              "<1658412093.88217.1775849504102@wd5-prod-smtp03.myworkday.com>",
              rc=rcv("wd5-prod-smtp03.myworkday.com", "203.0.113.53", when, LA, "4fK8aE3vRpz0Tn"))
    return message(hs, html(rich, cte="quoted-printable"))


_PINE_TEAMS = """
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2NDM1ZjAtZGE4Yi00%40thread.v2/0>
Meeting ID: 263 118 940 512
Passcode: Xk3bQ9
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def _pine_ics(seq: int, start: str, end: str, stamp: str, desc: str) -> str:
    return t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["Eastern Standard Time"] + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Hollis Grant:mailto:hollis.grant@pinebarrentx.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.okafor@example.net:mailto:marcus.okafor@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ana Ruiz-Pereira:mailto:ana.ruizpereira@pinebarrentx.com
        DESCRIPTION;LANGUAGE=en-US:{desc}
        UID:040000008200E00074C5B7101A82E0080000000090D3C1A6E1B1DC01000000000000000010000000F2E8A4B5C6D7E8F9A0B1C2D3E4F5A6B7
        SUMMARY;LANGUAGE=en-US:Interview: Marcus Okafor - Sr. Data Engineer
        DTSTART;TZID=Eastern Standard Time:{start}
        DTEND;TZID=Eastern Standard Time:{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-OWNERAPPTID:2118437065
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)


def _exchange_html(plain: str) -> str:
    import html as _h
    paras = "".join(f"<p class=\"MsoNormal\">{_h.escape(line) or '&nbsp;'}</p>\n" for line in plain.split("\n"))
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
            "<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
            + paras + "</div>\n</body>\n</html>\n")


def _exchange_headers(topic: str, index: str, lang: str = "en-US") -> tuple[tuple[str, str], ...]:
    return (("Thread-Topic", topic), ("Thread-Index", index), ("Accept-Language", lang),
            ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"))


@mail(n(9), family="exchange", lang="en", interview=True, kind="scheduled",
      company="Pinebarren Therapeutics", start=utc("2026-03-18 14:00", NY), end=utc("2026-03-18 15:00", NY),
      contact="hollis.grant@pinebarrentx.com",
      local="Wed 2026-03-18 14:00", local_end="2026-03-18 15:00", zone=NY,
      note="Outlook meeting request from the hiring manager (Princeton NJ), Windows zone 'Eastern Standard "
           "Time' (EDT in March, UTC-4): Wed 18 Mar 14:00-15:00 = 18:00-19:00Z; body says 'next Wednesday "
           "the 18th at 2' from a Thu 12 Mar Date; contact = ORGANIZER / sender")
def m09() -> bytes:
    intro = t("""
        Hi Marcus,

        Sending over a placeholder for our conversation next Wednesday the 18th at 2. It'll be me and
        Ana Ruiz-Pereira from our Clinical Data team - about half technical (how you'd approach our
        assay-results pipeline) and half about the team. Teams link below; if you'd rather come to
        the Princeton office, let me know and I'll update the location.

        Hollis
        """)
    plain = intro + _PINE_TEAMS
    desc = ("Hi Marcus\\,\\n\\nSending over a placeholder for our conversation next Wednesday the 18th at 2. "
            "It'll be me and Ana Ruiz-Pereira from our Clinical Data team.\\n\\nHollis\\n")
    ics = _pine_ics(0, "20260318T140000", "20260318T150000", "20260312T132744Z", desc)
    when = "2026-03-12 09:27:44"
    hs = head(addr("Hollis Grant", "hollis.grant@pinebarrentx.com"),
              "Interview: Marcus Okafor - Sr. Data Engineer", when, NY,
              "<BL1PR14MB5124E7A2F0C3B8D91E6F4A02B9C1@BL1PR14MB5124.namprd14.prod.outlook.com>",
              rc=rcv("mail-bn8nam12on2107.outbound.protection.outlook.com", "203.0.113.107", when, NY,
                     "4dTr8M6cWqz4Yb"),
              extra=_exchange_headers("Interview: Marcus Okafor - Sr. Data Engineer",
                                      "AdqyV3c0mKp1QJ8aR2eY7uTzX9bN4w=="))
    body = alt(text(plain), html(_exchange_html(plain)),
               calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)


@mail(n(10), family="exchange", lang="en", interview=True, kind="rescheduled",
      company="Pinebarren Therapeutics", start=utc("2026-03-19 16:00", NY), end=utc("2026-03-19 17:00", NY),
      contact="hollis.grant@pinebarrentx.com",
      local="Thu 2026-03-19 16:00", local_end="2026-03-19 17:00", zone=NY,
      note="Outlook update of the same meeting (same UID, SEQUENCE 2): moved from 'Wednesday at 2' to "
           "'Thursday, 4-5pm', i.e. Thu 19 Mar 16:00-17:00 EDT = 20:00-21:00Z; ICS 'Eastern Standard Time' "
           "agrees; contact = ORGANIZER / sender")
def m10() -> bytes:
    intro = t("""
        Marcus - apologies, I have to move us by a day. Ana is stuck at a site visit in New Brunswick
        on Wednesday afternoon. I've moved us to Thursday, 4-5pm, same Teams link, so Wednesday at 2
        is off. Shout if Thursday doesn't work and we'll find something else.

        Hollis
        """)
    plain = intro + _PINE_TEAMS
    desc = ("Marcus - apologies\\, I have to move us by a day. I've moved us to Thursday\\, 4-5pm\\, same "
            "Teams link.\\n\\nHollis\\n")
    ics = _pine_ics(2, "20260319T160000", "20260319T170000", "20260316T215203Z", desc)
    when = "2026-03-16 17:52:03"
    hs = head(addr("Hollis Grant", "hollis.grant@pinebarrentx.com"),
              "Interview: Marcus Okafor - Sr. Data Engineer", when, NY,
              "<BL1PR14MB51240F8B3A6D2C7E95A1D4F6C0E8@BL1PR14MB5124.namprd14.prod.outlook.com>",
              rc=rcv("mail-dm6nam11on2093.outbound.protection.outlook.com", "203.0.113.93", when, NY,
                     "4dWc1P9hKsz7Vf"),
              extra=_exchange_headers("Interview: Marcus Okafor - Sr. Data Engineer",
                                      "AdqyV3c0mKp1QJ8aR2eY7uTzX9bN4wAA1f3Kqg=="))
    body = alt(text(plain), html(_exchange_html(plain)),
               calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)


@mail(n(11), family="human_prose", lang="es", interview=True, kind="scheduled",
      company="Grupo Ámbar Logística", start=utc("2026-03-11 10:00", MEX), end=utc("2026-03-11 11:00", MEX),
      contact="mariana.echeverria@grupoambar.com.mx",
      local="Wed 2026-03-11 10:00", local_end="2026-03-11 11:00", zone=MEX,
      note="Spanish confirmation from the CDMX recruiter: 'miércoles 11 de marzo a las 10:00 h, hora del "
           "centro de México', 'una hora'; Mexico City has no DST since 2022 (UTC-6) -> 16:00-17:00Z; the "
           "body's '12:00 del mediodía' in New York (EDT since 8 Mar) is the same instant; contact = sender")
def m11() -> bytes:
    plain = t("""
        Hola Marcus:

        Muchas gracias por tu interés en Grupo Ámbar. Te confirmo la entrevista con Iván Salgado,
        nuestro Director de Datos, para el miércoles 11 de marzo a las 10:00 h, hora del centro de
        México (CDMX). Tendrá una duración de una hora y será por Google Meet; el enlace te llegará en
        una invitación aparte.

        Como referencia: para ese día Nueva York ya habrá cambiado al horario de verano, así que allá
        serán las 12:00 del mediodía.

        Iván quiere platicar sobre tu experiencia con Spark y con la migración de la bodega de datos
        a la nube. La conversación puede ser en inglés o en español, como te sientas más cómodo.

        Cualquier duda, aquí estoy.

        Saludos cordiales,

        Mariana Echeverría
        Atracción de Talento | Grupo Ámbar Logística
        Av. Insurgentes Sur 1602, piso 9, Ciudad de México
        Tel. +52 55 5550 1187
        """)
    when = "2026-03-05 12:40:12"
    hs = head(addr("Mariana Echeverría", "mariana.echeverria@grupoambar.com.mx"),
              "Confirmación de entrevista – Ingeniero(a) de Datos Sr.", when, MEX,
              "<DM6PR08MB4917A1C5E7F3D2B0A8E6C4F1D9B3@DM6PR08MB4917.namprd08.prod.outlook.com>",
              rc=rcv("mail-mw2nam10on2118.outbound.protection.outlook.com", "203.0.113.118", when, MEX,
                     "4dR4gJ7bNmz2Ks"),
              extra=(("Accept-Language", "es-MX, en-US"), ("Content-Language", "es-MX")))
    return message(hs, alt(text(plain), html(_exchange_html(plain))))


@mail(n(12), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      company="Fenwick & Rowe Analytics", start=utc("2026-03-30 15:00", LON), end=utc("2026-03-30 16:00", LON),
      contact="olivia.harcourt@fenwickrowe.co.uk",
      local="Mon 2026-03-30 15:00", local_end="2026-03-30 16:00", zone=LON,
      note="SmartRecruiters confirmation for a London role, sent Thu 26 Mar in GMT (+0000); the interview is "
           "Mon 30 Mar 15:00-16:00 London, the day after the UK moved to BST (UTC+1) -> 14:00-15:00Z = 10:00 "
           "EDT as the mail says; ICS in UTC agrees; contact = Reply-To talent partner")
def m12() -> bytes:
    plain = t("""
        Dear Marcus,

        Thank you for confirming your availability. Your interview for Senior Data Engineer, Market
        Data (London) has been scheduled as follows:

        Interview:  Technical interview (Microsoft Teams)
        Date:       Monday, 30 March 2026
        Time:       15:00 - 16:00 (London)
        Duration:   60 minutes
        Panel:      Olivia Harcourt, Talent Partner
                    Rupert Osei-Mensah, Head of Data Engineering

        Please note that the clocks in the UK go forward on Sunday 29 March, so from that day London is
        five hours ahead of New York again. This interview is therefore at 10:00 your time.

        A calendar invitation is attached. The Teams link will be sent by Olivia the day before.

        Should you need to change the time, please reply to this message.

        Kind regards,
        Fenwick & Rowe Analytics Talent Team

        This message was sent using SmartRecruiters.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-interview-3b7f0c91-4e2a-4d8b-a6c5-12f0e9d8c7b6
        DTSTAMP:20260326T160511Z
        DTSTART:20260330T140000Z
        DTEND:20260330T150000Z
        SUMMARY:Fenwick & Rowe Analytics - Technical interview - Marcus Okafor
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Olivia Harcourt:mailto:olivia.harcourt@fenwickrowe.co.uk
        ATTENDEE;CN=Marcus Okafor;RSVP=TRUE:mailto:marcus.okafor@example.net
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-26 16:05:11"
    hs = head(addr("Olivia Harcourt (Fenwick & Rowe Analytics)", "noreply@smartrecruiters.com"),
              "Interview confirmed - Senior Data Engineer, Market Data (London)", when, LON,
              "<sr.3b7f0c91.1774541111@smtp.smartrecruiters.com>",
              reply_to=addr("Olivia Harcourt", "olivia.harcourt@fenwickrowe.co.uk"),
              rc=rcv("smtp-out-7.smartrecruiters.com", "192.0.2.17", when, LON, "4dZk5B0mTrz9Hd"))
    body = mixed(text(plain, cte="7bit"),
                 calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(13), family="human_prose", lang="en", interview=True, kind="scheduled",
      company="Tollgate Asset Management", start=utc("2026-04-16 09:30", NY), end=utc("2026-04-16 10:30", NY),
      contact="jaylen@apexbridgetalent.com",
      local="Thu 2026-04-16 09:30", local_end="2026-04-16 10:30", zone=NY,
      note="Agency recruiter's text-speak note sent Wed 15 Apr 08:06 EDT: 'tmrw 9:30 ET - 1 hr' -> Thu 16 Apr "
           "09:30-10:30 EDT = 13:30-14:30Z; hiring company is the agency's client Tollgate; contact = the "
           "agency recruiter (only human address)")
def m13() -> bytes:
    body = t("""
        morning! ur confirmed w/ Tollgate for tmrw 9:30 ET - 1 hr w/ Priscilla Vaughn (head of data
        eng) + one of her leads. in person at their office, 425 Park Ave 22nd fl, ask for Priscilla
        at reception. bring a couple printed copies of ur resume, she's old school lol

        comp band is what we discussed, don't bring it up unless she does.

        call me after!!
        J

        --
        Jaylen Brooks
        Sr. Technical Recruiter | Apex Bridge Talent
        m: 646-555-0193
        """)
    when = "2026-04-15 08:06:33"
    hs = head(addr("Jaylen Brooks", "jaylen@apexbridgetalent.com"), "Re: Tollgate - next steps", when, NY,
              "<CAO4r7Tn2xKqv0M1pZ8b@mail.gmail.com>",
              rc=rcv("mail-qt1-f180.google.com", "209.85.160.180", when, NY, "4fM2pD7xQwz5Gk"),
              extra=(("In-Reply-To", "<CAH9x+Lr3Nq8eVk@mail.example.net>"),
                     ("References", "<CAO4r7Tm9aLpq2W5@mail.gmail.com> <CAH9x+Lr3Nq8eVk@mail.example.net>")))
    return message(hs, text(body, cte="7bit"))


@mail(n(14), family="forwarded_attachment", lang="en", interview=True, kind="scheduled",
      company="Vantage Rowe Holdings", start=utc("2026-04-09 14:30", NY), end=utc("2026-04-09 15:15", NY),
      contact="glindahl@keystonesearch.com",
      local="Thu 2026-04-09 14:30", local_end="2026-04-09 15:15", zone=NY,
      note="Search-firm recruiter forwards the CTO's EA confirmation as a message/rfc822 attachment: 'Thursday, "
           "April 9 at half past two (2:30 PM ET)', '45 minutes' -> 14:30-15:15 EDT = 18:30-19:15Z; contact = "
           "the human sender (the recruiter), who ranks before the EA's address inside the attachment")
def m14() -> bytes:
    inner_body = t("""
        Hi Gabe,

        Confirming Marcus Okafor with Daniel Reyes, Chief Technology Officer, on Thursday, April 9 at
        half past two (2:30 PM ET). Daniel has blocked 45 minutes.

        Please have Marcus arrive at 1290 Avenue of the Americas, 31st floor, by 2:15 so that security
        can badge him in. He should ask for me at the front desk.

        Should anything change on your side, please let me know directly.

        Kind regards,

        Corinne Vasquez
        Executive Assistant to Daniel Reyes, Chief Technology Officer
        Vantage Rowe Holdings
        T: 212-555-0164
        """)
    inner_when = "2026-04-06 11:52:40"
    inner = message([
        ("From", addr("Corinne Vasquez", "cvasquez@vantagerowe.com")),
        ("To", addr("Gabe Lindahl", "glindahl@keystonesearch.com")),
        ("Subject", "Confirmed - Marcus Okafor / Daniel Reyes, Thursday 4/9"),
        ("Date", date(inner_when, NY)),
        ("Message-ID", "<MN2PR11MB43208C1E5A7F9B2D3E4F6A80B1C2@MN2PR11MB4320.namprd11.prod.outlook.com>"),
        ("Thread-Topic", "Confirmed - Marcus Okafor / Daniel Reyes, Thursday 4/9"),
        ("Content-Language", "en-US"),
    ], text(inner_body))
    outer_body = t("""
        Marcus,

        See attached from Corinne (Daniel's EA) - you're locked in for Thursday. Daniel is sharp and
        moves fast; he'll want real numbers on the Snowflake cost work you did at Kestrel, so have
        those ready. Dress is business casual.

        Ping me when you're out and we'll debrief.

        Gabe

        Gabe Lindahl | Principal, Data & Analytics Practice
        Keystone Search Partners | 917-555-0132
        """)
    when = "2026-04-06 13:15:02"
    hs = head(addr("Gabe Lindahl", "glindahl@keystonesearch.com"),
              "FW: Confirmed - Marcus Okafor / Daniel Reyes, Thursday 4/9", when, NY,
              "<SA1PR06MB8126D4F2A9B7C3E1F0A5D8B6E2C4@SA1PR06MB8126.namprd06.prod.outlook.com>",
              rc=rcv("mail-co1nam11on2121.outbound.protection.outlook.com", "203.0.113.121", when, NY,
                     "4fJ7nS4kVtz3Cx"),
              extra=(("Thread-Topic", "Confirmed - Marcus Okafor / Daniel Reyes, Thursday 4/9"),
                     ("X-MS-Has-Attach", "yes")))
    body = mixed(text(outer_body), attached_message(inner, "Confirmed - Marcus Okafor - Daniel Reyes.eml"))
    return message(hs, body)


@mail(n(15), family="human_prose", lang="fr", interview=True, kind="scheduled",
      company="Boréale Analytique", start=utc("2026-10-22 14:00", TOR), end=utc("2026-10-22 14:45", TOR),
      contact="genevieve.lapointe@boreale-analytique.ca",
      local="Thu 2026-10-22 14:00", local_end="2026-10-22 14:45", zone=TOR,
      note="Montréal recruiter in Canadian French, iso-8859-1: 'le jeudi 22 octobre à 14 h (heure de l'Est)', "
           "'durera 45 minutes'; Eastern is still on daylight time in October (UTC-4) -> 18:00-18:45Z; contact "
           "= sender")
def m15() -> bytes:
    body = t("""
        Bonjour Marcus,

        Merci pour votre disponibilité. Je vous confirme votre entrevue avec Étienne Marchand, chef de
        l'équipe Plateforme de données, le jeudi 22 octobre à 14 h (heure de l'Est, donc la même heure
        qu'à New York). L'entrevue durera 45 minutes et se déroulera sur Teams; l'invitation suivra
        sous peu.

        Étienne sait que vous êtes plus à l'aise en anglais : l'entrevue pourra se faire dans la
        langue de votre choix. Il aimerait surtout entendre parler de votre migration vers Iceberg et
        de la façon dont vous gérez la qualité des données en continu.

        Au plaisir,

        Geneviève Lapointe
        Conseillère principale, acquisition de talents
        Boréale Analytique
        1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec)
        514 555-0142
        """)
    when = "2026-10-19 10:22:57"
    hs = head(addr("Geneviève Lapointe", "genevieve.lapointe@boreale-analytique.ca", "iso-8859-1"),
              "Confirmation d'entrevue - Ingénieur(e) de données principal(e)", when, TOR,
              "<YQBPR0101MB6612F3A9D0C7B5E2A4F1D8C6B0E9@YQBPR0101MB6612.CANPRD01.PROD.OUTLOOK.COM>",
              rc=rcv("mail-yqbcan01on2102.outbound.protection.outlook.com", "203.0.113.102", when, TOR,
                     "4kC3hV8pLnz6Bq"),
              extra=(("Content-Language", "fr-CA"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


_BELL_QUOTE = """
> On Mon, Oct 19, 2026 at 11:03 AM Simone Achterberg <simone.achterberg@bellweather.io> wrote:
>> Hi Marcus,
>>
>> Great speaking with you on Friday. Dev would love to meet you for an hour. Would any of these
>> work? All times Eastern:
>>
>> - Tue 10/27, 3:00-4:00pm
>> - Thu 10/29, 11:00am-12:00pm
>> - Fri 10/30, 10:00-11:00am
>>
>> Simone
"""


@mail(n(16), family="human_prose", lang="en", interview=True, kind="scheduled",
      company="Bellweather Analytics", start=utc("2026-10-30 10:00", NY), end=utc("2026-10-30 11:00", NY),
      contact="simone.achterberg@bellweather.io",
      local="Fri 2026-10-30 10:00", local_end="2026-10-30 11:00", zone=NY,
      note="Recruiter's reply on top of a quoted thread (her three proposed slots, his pick): 'Friday 10/30 at "
           "10am ET it is', 'for an hour' -> Fri 30 Oct 10:00-11:00 EDT (before the 1 Nov change) = "
           "14:00-15:00Z; contact = sender",
      days=(("Tue", "2026-10-27"), ("Thu", "2026-10-29"), ("Fri", "2026-10-30")))
def m16() -> bytes:
    body = t("""
        Perfect - Friday 10/30 at 10am ET it is. I'll send a Zoom invite from my calendar this
        afternoon. You'll be talking with Dev Raman, our VP of Engineering, for an hour; it's a
        conversation about architecture and how you think, not a whiteboard exercise.

        Thanks Marcus!
        Simone

        On Wed, Oct 21, 2026 at 6:12 PM Marcus Okafor <marcus.okafor@example.net> wrote:
        > Hi Simone,
        >
        > Friday at 10 works best for me. Thanks for the options!
        >
        > Marcus
        >
        """) + _BELL_QUOTE.lstrip("\n")
    when = "2026-10-22 14:37:25"
    hs = head(addr("Simone Achterberg", "simone.achterberg@bellweather.io"),
              "Re: Bellweather - next conversation", when, NY, "<CAGk2vP0q8xZbT1nW4mR@mail.gmail.com>",
              rc=rcv("mail-lf1-f52.google.com", "209.85.167.52", when, NY, "4kF0wR2dMsz8Np"),
              extra=(("In-Reply-To", "<CAH9x+Ls0Tq3mZv@mail.example.net>"),
                     ("References", "<CAGk2vNx7bQ2aWc5tM1@mail.gmail.com> <CAH9x+Ls0Tq3mZv@mail.example.net>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
      company="Bellweather Analytics", start=utc("2026-11-03 12:00", NY), end=utc("2026-11-03 13:00", NY),
      contact="simone.achterberg@bellweather.io",
      local="Tue 2026-11-03 12:00", local_end="2026-11-03 13:00", zone=NY,
      note="Same thread, sent Wed 28 Oct (EDT): Friday's 10am is moved to 'next Tuesday, 11/3, at noon "
           "Eastern', 'still the full hour'; US clocks fall back on 1 Nov, so noon EST (UTC-5) = 17:00-18:00Z; "
           "old time also in the mail; contact = sender",
      days=(("Fri", "2026-10-30"),))
def m17() -> bytes:
    body = t("""
        Hi Marcus,

        Dev just got pulled into a board offsite Thursday and Friday, so I have to move Friday's 10am.
        I've put you on his calendar for next Tuesday, 11/3, at noon Eastern instead - still the full
        hour, same Zoom link. (Heads up, the clocks fall back this Sunday, but noon is noon.)

        So sorry for the shuffle. If Tuesday is a problem just tell me and I'll find another slot.

        Simone

        On Thu, Oct 22, 2026 at 2:37 PM Simone Achterberg <simone.achterberg@bellweather.io> wrote:
        > Perfect - Friday 10/30 at 10am ET it is. I'll send a Zoom invite from my calendar this
        > afternoon. You'll be talking with Dev Raman, our VP of Engineering, for an hour.
        >
        > Thanks Marcus!
        > Simone
        """)
    when = "2026-10-28 16:45:09"
    hs = head(addr("Simone Achterberg", "simone.achterberg@bellweather.io"),
              "Re: Bellweather - next conversation", when, NY, "<CAGk2vP3wLm9cY0rS6eQ@mail.gmail.com>",
              rc=rcv("mail-lj1-f43.google.com", "209.85.208.43", when, NY, "4kK9xT5gNrz1Dw"),
              extra=(("In-Reply-To", "<CAGk2vP0q8xZbT1nW4mR@mail.gmail.com>"),
                     ("References", "<CAGk2vNx7bQ2aWc5tM1@mail.gmail.com> <CAH9x+Ls0Tq3mZv@mail.example.net> "
                                    "<CAGk2vP0q8xZbT1nW4mR@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(18), family="exchange", lang="es", interview=True, kind="scheduled", company="Coralina Seguros",
      start=utc("2026-11-03 09:30", NY), end=utc("2026-11-03 10:30", NY),
      contact="rafael.quintero@coralinaseguros.com",
      local="Tue 2026-11-03 09:30", local_end="2026-11-03 10:30", zone=NY,
      note="Outlook meeting request in Spanish from the Miami recruiter, sent Thu 29 Oct in EDT: 'martes 3 de "
           "noviembre de 9:30 a 10:30 a. m. (hora del Este)', after the 1 Nov fall-back -> EST UTC-5 = "
           "14:30-15:30Z; ICS 'Eastern Standard Time' agrees; contact = ORGANIZER / sender",
      days=(("Sun", "2026-11-01"),))
def m18() -> bytes:
    plain = t("""
        Hola Marcus:

        Como lo conversamos, te envío la invitación para la entrevista con Lucía Ferrer, nuestra
        gerente de Analítica, el martes 3 de noviembre de 9:30 a 10:30 a. m. (hora del Este). El
        domingo 1.º de noviembre se atrasa el reloj, pero Miami y Nueva York cambian igual, así que
        para ti es la misma hora.

        Será presencial en nuestras oficinas de Brickell (1450 Brickell Ave, piso 18). Al llegar,
        regístrate en la recepción del lobby con una identificación. Si al final prefieres hacerla
        por Teams, avísame y actualizo la invitación.

        ¡Nos vemos pronto!

        Rafael Quintero
        Reclutador Sr. de Tecnología | Coralina Seguros
        +1 305 555 0117
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rafael Quintero:mailto:rafael.quintero@coralinaseguros.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.okafor@example.net:mailto:marcus.okafor@example.net
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer:mailto:lucia.ferrer@coralinaseguros.com
        DESCRIPTION;LANGUAGE=es-US:Entrevista con Lucía Ferrer (gerente de Analítica). Presencial en Brickell\\, piso 18.\\n
        UID:040000008200E00074C5B7101A82E00800000000C0A9E4D1F06ADD01000000000000000010000000B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2
        SUMMARY;LANGUAGE=es-US:Entrevista: Marcus Okafor – Ingeniero de Datos Sénior
        DTSTART;TZID=Eastern Standard Time:20261103T093000
        DTEND;TZID=Eastern Standard Time:20261103T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T191044Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-US:Coralina Seguros - 1450 Brickell Ave\\, piso 18
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-29 15:10:48"
    subj = "Entrevista: Marcus Okafor – Ingeniero de Datos Sénior"
    hs = head(addr("Rafael Quintero", "rafael.quintero@coralinaseguros.com"), subj, when, NY,
              "<CH3PR19MB7480A5E2C9D1F7B3A0E4C8D6F2B1@CH3PR19MB7480.namprd19.prod.outlook.com>",
              rc=rcv("mail-bn1nam07on2110.outbound.protection.outlook.com", "203.0.113.110", when, NY,
                     "4kM6rB1tQvz2Hs"),
              extra=_exchange_headers("Entrevista: Marcus Okafor - Ingeniero de Datos Senior",
                                      "AdtJq8v2Rk0cW5nE3aYfP7sL1xZ9mQ==", lang="es-US"))
    body = alt(text(plain), html(_exchange_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)


@mail(n(19), family="modernloop", lang="en", interview=True, kind="scheduled", company="Fogline Systems",
      start=utc("2026-11-02 09:00", LA), end=utc("2026-11-02 10:00", LA),
      contact="sasha.lindqvist@foglinesys.com",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=LA,
      note="ModernLoop confirmation sent Wed 28 Oct (PDT): Mon 2 Nov 9:00-10:00 AM PST, the day after US "
           "clocks fell back (UTC-8) = 17:00-18:00Z, also given as 12:00-1:00 PM EST; ICS America/Los_Angeles "
           "agrees; contact = Reply-To coordinator (also ORGANIZER)",
      days=(("Sun", "2026-11-01"),))
def m19() -> bytes:
    plain = t("""
        Hi Marcus,

        You're confirmed for your next round with Fogline Systems.

        Technical Deep Dive - Senior Data Engineer
        Monday, November 2, 2026
        9:00 AM - 10:00 AM PST (Pacific Time)
        12:00 PM - 1:00 PM EST (your time)

        Interviewer: Kenji Watanabe, Staff Data Engineer
        Video: https://fogline.zoom.us/j/93340211857?pwd=Zk9vYjF0cVRQ

        Heads up: daylight saving time ends in the US on Sunday, November 1. The times above already
        account for the change.

        Kenji will ask you to walk through a pipeline you built end to end - bring one you know
        inside and out. He may dig into your take-home assessment as well.

        Need to reschedule? Reply to this email and Sasha Lindqvist, your recruiting coordinator,
        will help.

        Best of luck,
        Fogline Systems Recruiting

        Scheduled with ModernLoop
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ModernLoop//Scheduling//EN
        METHOD:REQUEST
        """) + VTZ_LA + "\n" + t("""
        BEGIN:VEVENT
        UID:ml-evt-5f2c8e1a-0b7d-4c93-a6e4-d1f0b9c8a7e6@modernloop.io
        DTSTAMP:20261028T202016Z
        DTSTART;TZID=America/Los_Angeles:20261102T090000
        DTEND;TZID=America/Los_Angeles:20261102T100000
        SUMMARY:Fogline Systems - Technical Deep Dive (Marcus Okafor)
        LOCATION:https://fogline.zoom.us/j/93340211857
        ORGANIZER;CN=Sasha Lindqvist:mailto:sasha.lindqvist@foglinesys.com
        ATTENDEE;CN=Marcus Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marcus.okafor@example.net
        ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kenji.watanabe@foglinesys.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-28 13:20:16"
    hs = head(addr("Fogline Systems", "scheduling@mail.modernloop.io"),
              "Interview confirmed: Fogline Systems - Technical Deep Dive (Mon, Nov 2)", when, LA,
              "<20261028202016.5f2c8e1a0b7d@mail.modernloop.io>",
              reply_to=addr("Sasha Lindqvist", "sasha.lindqvist@foglinesys.com"),
              rc=rcv("o7.email.modernloop.io", "192.0.2.77", when, LA, "4kL3nF6wPbz0Rt"))
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(20), family="dover", lang="en", interview=True, kind="scheduled", company="Quillfeather AI",
      start=utc("2026-10-29 13:00", LA), end=utc("2026-10-29 13:45", LA),
      contact="aditya@quillfeather.ai",
      local="Thu 2026-10-29 13:00", local_end="2026-10-29 13:45", zone=LA,
      note="Dover notification on behalf of a Bay Area startup: 'Founder chat - 45 min', Thursday October 29, "
           "'1:00 PM PT / 4:00 PM ET' (both still daylight time) = 20:00-20:45Z; sender is a Dover "
           "notifications mailbox, contact = the interviewer's address in the body")
def m20() -> bytes:
    plain = t("""
        Hi Marcus,

        Your interview with Quillfeather AI is confirmed.

        Founder chat - 45 min
        Thursday, October 29
        1:00 PM PT / 4:00 PM ET
        Google Meet: https://meet.google.com/hyt-rkvp-wqe

        Interviewer: Aditya Rao, Co-founder & CTO (aditya@quillfeather.ai)

        About this conversation: Aditya will share what Quillfeather is building and where data
        engineering fits in, and he'd love to hear about the systems you've owned. No prep needed.

        Need to reschedule? https://app.dover.com/candidate/reschedule/c7e1f0a2b9d8

        Dover, on behalf of Quillfeather AI
        """)
    when = "2026-10-26 10:05:51"
    hs = head(addr("Quillfeather AI via Dover", "notifications@dover.com"),
              "Confirmed: Marcus Okafor <> Quillfeather AI (Founder chat)", when, LA,
              "<0101019a1c2d3e4f-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d-000000@us-west-2.amazonses.com>",
              rc=rcv("a27-14.smtp-out.us-west-2.amazonses.com", "198.51.100.14", when, LA, "4kJ1sM8yCqz7Lv"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(21), family="human_prose", lang="en", interview=True, kind="cancelled", company="Quillfeather AI",
      start=utc("2026-10-29 13:00", LA), contact="aditya@quillfeather.ai",
      local="Thu 2026-10-29 13:00", zone=LA,
      note="Founder cancels 'this Thursday's 1pm PT (4 ET)' chat because hiring is frozen; sent Tue 27 Oct "
           "19:40 PDT (already Wed in UTC), Thursday = 29 Oct -> cancelled slot 20:00Z; no length restated, "
           "end null; contact = sender")
def m21() -> bytes:
    body = t("""
        Hi Marcus,

        I owe you an apology. We closed our seed extension this week, but the board has asked us to
        hold all new hiring until January while we sort out the plan, so I have to cancel this
        Thursday's 1pm PT (4 ET) chat. I'd rather tell you now than spend your time on a role I can't
        actually fill.

        I really liked your background - the CDC work at Kestrel is exactly the kind of thing we'll
        need. I'll reach out personally when we reopen the req, hopefully early next year.

        Aditya

        --
        Aditya Rao
        Co-founder & CTO, Quillfeather AI
        """)
    when = "2026-10-27 19:40:02"
    hs = head(addr("Aditya Rao", "aditya@quillfeather.ai"), "Thursday's chat", when, LA,
              "<CAB7m2xQpV9tLw4nZr0K@mail.gmail.com>",
              rc=rcv("mail-pj1-f44.google.com", "209.85.216.44", when, LA, "4kK5vW9zFnz3Mq"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(22), family="exchange", lang="en", interview=True, kind="cancelled",
      company="Ridgeline Utilities Cooperative", start=utc("2026-04-15 13:00", DEN),
      end=utc("2026-04-15 14:00", DEN), contact="carmen.ybarra@ridgelinecoop.org",
      local="Wed 2026-04-15 13:00", local_end="2026-04-15 14:00", zone=DEN,
      note="Outlook cancellation (METHOD:CANCEL) from the Denver recruiter; the body's When line shows the "
           "Windows display name with the standard offset '(UTC-07:00) Mountain Time', but in April Denver is "
           "on MDT (UTC-6): Wed 15 Apr 1:00-2:00 PM = 19:00-20:00Z; ICS 'Mountain Standard Time' agrees; "
           "contact = ORGANIZER / sender")
def m22() -> bytes:
    plain = t("""
        When: Wednesday, April 15, 2026 1:00 PM-2:00 PM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Marcus,

        I'm sorry to do this on short notice, but we've had to cancel Wednesday's interview. The
        position was filled internally this week, so we're closing the search. I appreciate the
        time you've already spent with us and I hope our paths cross again.

        Best regards,
        Carmen Ybarra | Talent Acquisition Partner
        Ridgeline Utilities Cooperative | 1600 Sherman St, Denver, CO
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_MOUNTAIN_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Carmen Ybarra:mailto:carmen.ybarra@ridgelinecoop.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=marcus.okafor@example.net:mailto:marcus.okafor@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Wade Holcomb:mailto:wade.holcomb@ridgelinecoop.org
        DESCRIPTION;LANGUAGE=en-US:Marcus\\,\\n\\nI'm sorry to do this on short notice\\, but we've had to cancel Wednesday's interview.\\n
        UID:040000008200E00074C5B7101A82E008000000003A8F2C6D5BC9DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=en-US:Canceled: Sr Data Engineer Interview - Marcus Okafor
        DTSTART;TZID=Mountain Standard Time:20260415T130000
        DTEND;TZID=Mountain Standard Time:20260415T140000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260410T141452Z
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
        """)
    when = "2026-04-10 08:14:52"
    hs = head(addr("Carmen Ybarra", "carmen.ybarra@ridgelinecoop.org"),
              "Canceled: Sr Data Engineer Interview - Marcus Okafor", when, DEN,
              "<CY8PR11MB7012B6D3E0A9F1C2D4E5F6A7B8C9@CY8PR11MB7012.namprd11.prod.outlook.com>",
              rc=rcv("mail-dm3nam02on2097.outbound.protection.outlook.com", "203.0.113.97", when, DEN,
                     "4fK2aQ7mDtz9Wb"),
              extra=_exchange_headers("Sr Data Engineer Interview - Marcus Okafor",
                                      "AdrLpE7c2Vn0uK4sB9aT1wQm6yZ3xA==") + (("Importance", "high"),))
    body = alt(text(plain), html(_exchange_html(plain)), calendar(ics, method="CANCEL", cte="base64"))
    return message(hs, body)


@mail(n(23), family="forward_to_self", lang="en", interview=True, kind="scheduled", company="Cobalt Ferry",
      start=utc("2026-11-09 16:00", NY), end=utc("2026-11-09 16:30", NY),
      contact="nkechi@cobaltferry.com",
      local="Mon 2026-11-09 16:00", local_end="2026-11-09 16:30", zone=NY,
      note="Marcus forwards to himself a confirmation that went to his older address: '30-minute phone screen "
           "... Monday, November 9 at 4:00 PM EST' = 21:00-21:30Z; sender and recipient are the candidate, so "
           "contact = the human address in the forwarded header")
def m23() -> bytes:
    body = t("""
        note to self: add to cal + read their eng blog post on the GTFS pipeline before

        ---------- Forwarded message ---------
        From: Nkechi Adeyemi-Hart <nkechi@cobaltferry.com>
        Date: Tue, Nov 3, 2026 at 5:41 PM
        Subject: Phone screen - Cobalt Ferry (Monday)
        To: <marcus.okafor@example.org>


        Hi Marcus,

        Thanks for getting back to me so quickly! You're booked for a 30-minute phone screen with me
        on Monday, November 9 at 4:00 PM EST. I'll call the number on your resume (ending 0148).

        We're a small team, so there's no recruiter between you and the hiring manager - if the
        screen goes well, the next step is a working session with our CTO.

        Talk soon,
        Nkechi

        --
        Nkechi Adeyemi-Hart
        Head of People, Cobalt Ferry
        """)
    when = "2026-11-04 07:58:30"
    hs = head(MARCUS, "Fwd: Phone screen - Cobalt Ferry (Monday)", when, NY,
              "<CAH9x+Lt8Yp1cNw4vQ@mail.example.net>", to=MARCUS,
              rc=("Received", received("from [10.0.0.23] (pool-100-2-31-7.nycmny.example.net [198.51.100.7])",
                                       when, NY, "mx2.example.net (Postfix) with ESMTPSA id 4kP7cX2bGhz5Nr", ME)))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en", interview=False, company="Halyard Clearing",
      note="Greenhouse rejection after the recruiter screen; refers to last week's call, no time to confirm")
def m24() -> bytes:
    plain = t("""
        Hi Marcus,

        Thank you for taking the time to speak with Dana last week about the Senior Data Engineer,
        Post-Trade Platform role, and for your interest in Halyard Clearing.

        After careful consideration, we've decided to move forward with candidates whose experience
        more closely matches what the team needs right now, particularly hands-on work with
        real-time settlement systems. This was a difficult decision; we had a strong group of
        applicants.

        We'd be glad to keep your profile on file and reach out if a role opens up that's a closer
        match. We wish you the best in your search.

        Regards,
        Halyard Clearing Talent Team
        """)
    when = "2026-03-20 15:02:10"
    hs = head(addr("Halyard Clearing", "no-reply@us.greenhouse-mail.io"), "Your application to Halyard Clearing",
              when, NY, "<0100018f4e7a2b1c-9d8e7f6a-5b4c-4d3e-a2f1-0e9d8c7b6a5f-000000@email.amazonses.com>",
              rc=rcv("a48-107.smtp-out.amazonses.com", "198.51.100.107", when, NY, "4dYp6E3sRkz0Fm"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(25), family="rejection", lang="en", interview=False, company="Copperleaf Energy",
      note="Rippling ATS rejection before any interview; 'won't be moving forward to interviews'")
def m25() -> bytes:
    rich = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Marcus,</p>
        <p>Thank you for applying for the <b>Senior Data Engineer (Remote - US)</b> position at Copperleaf
        Energy. We received a very large number of applications for this role, and after reviewing
        yours carefully, we won&#39;t be moving forward to interviews at this time.</p>
        <p>We know this isn&#39;t the news you were hoping for. Please feel free to apply to future
        openings on our careers page - we&#39;d be glad to hear from you again.</p>
        <p>All the best,<br>The Copperleaf Energy Recruiting Team</p>
        <p style="font-size:11px;color:#999">Sent via Rippling Recruiting. Please do not reply to this
        email.</p>
        </body></html>
        """)
    when = "2026-10-19 13:26:48"
    hs = head(addr("Copperleaf Energy", "no-reply@rippling.com"),
              "Update on your application to Copperleaf Energy", when, CHI,
              "<rippling-ats.8f21c0d9e7b6@rippling.com>",
              rc=rcv("mta-5.rippling.com", "192.0.2.55", when, CHI, "4kD8gN1rVxz4Pc"))
    return message(hs, html(rich))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Prairie Harvest Foods",
      note="iCIMS application receipt, HTML only; 'a recruiter will contact you to schedule a phone interview' "
           "is conditional")
def m26() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <table width="600" style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333">
        <tr><td style="background:#5b7f2b;color:#fff;padding:12px;font-size:16px">Prairie Harvest Foods Careers</td></tr>
        <tr><td style="padding:12px">
        <p>Dear Marcus Okafor,</p>
        <p>Thank you for applying for the <b>Senior Data Engineer</b> position (Requisition 2026-4471)
        at Prairie Harvest Foods. We have received your application and it is now under review.</p>
        <p>Our talent acquisition team reviews every application. If your background is a match for
        the role, a recruiter will contact you to schedule a phone interview. Because of the number
        of applications we receive, this may take two to three weeks.</p>
        <p>You can check the status of your application at any time by logging in to your candidate
        profile.</p>
        <p>Thank you for your interest in joining our team in Chicago.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Prairie Harvest Foods</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#888;padding:12px">This is an automated message from iCIMS on
        behalf of Prairie Harvest Foods. Replies to this address are not monitored.</td></tr>
        </table>
        </body></html>
        """)
    when = "2026-10-13 09:41:05"
    hs = head(addr("Prairie Harvest Foods", "prairieharvest@talent.icims.com"),
              "Thank you for applying - Senior Data Engineer (Req 2026-4471)", when, CHI,
              "<1793109665.4471.PHF.icims@talent.icims.com>",
              rc=rcv("smtp12.talent.icims.com", "192.0.2.112", when, CHI, "4kB1mS5tHqz7Dn"))
    return message(hs, html(rich, cte="quoted-printable"))


@mail(n(27), family="application_ack", lang="fr", interview=False, company="Lumivert",
      note="French (Montréal) application receipt via Lever; a first 'entrevue téléphonique' is only a "
           "possibility")
def m27() -> bytes:
    plain = t("""
        Bonjour Marcus,

        Nous avons bien reçu votre candidature au poste d'Ingénieur(e) de données senior chez
        Lumivert. Merci de l'intérêt que vous portez à notre équipe!

        Notre équipe l'examinera attentivement au cours des prochaines semaines. Si votre profil
        correspond à nos besoins, nous communiquerons avec vous pour planifier une première entrevue
        téléphonique.

        En attendant, n'hésitez pas à découvrir nos projets en énergie renouvelable sur notre site.

        Cordialement,
        L'équipe Talents de Lumivert

        Envoyé via Lever
        """)
    when = "2026-10-06 11:18:34"
    hs = head(addr("Lumivert", "no-reply@hire.lever.co"), "Merci pour votre candidature – Lumivert", when, TOR,
              "<20261006151834.1.C4D7E2A9B0F16385@hire.lever.co>",
              rc=rcv("mail-188.hire.lever.co", "198.51.100.188", when, TOR, "4k7WqL2nCbz9Sv"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(28), family="job_alert", lang="en", interview=False, company=None,
      note="Job-board digest; 'Actively interviewing' / 'Interviews this week' badges and a hiring-event date "
           "are not a confirmation", days=(("Thu", "2026-03-05"),))
def m28() -> bytes:
    plain = t("""
        Jobcrate | 14 new jobs for "senior data engineer" near New York, NY

        Senior Data Engineer, Lakehouse
        Orchid Ledger - New York, NY (Hybrid)
        $185K - $215K - Easy Apply - Actively interviewing
        https://jobcrate.com/j/81d2f0

        Staff Data Engineer
        Bramblecode - Remote (US)
        $200K - $240K - Interviews this week
        https://jobcrate.com/j/81d2f7

        Data Engineer III
        Garden State Mutual - Jersey City, NJ
        Posted 2 days ago
        https://jobcrate.com/j/81d311

        Senior Analytics Engineer
        Marlowe & Pike - Brooklyn, NY
        Be an early applicant
        https://jobcrate.com/j/81d33c

        Hiring event: NYC Tech Hiring Night - Thursday, March 5, 6-8 PM, meet 30+ employers.
        RSVP: https://jobcrate.com/events/nyc-march

        See all 14 jobs: https://jobcrate.com/alerts/6610/results

        You're receiving this because you created a job alert on Jobcrate.
        Unsubscribe: https://jobcrate.com/alerts/6610/unsubscribe
        """)
    when = "2026-03-02 07:00:12"
    hs = head(addr("Jobcrate Alerts", "alerts@mail.jobcrate.com"),
              '14 new jobs for "senior data engineer" near New York, NY', when, NY,
              "<alert-6610-20260302120012@mail.jobcrate.com>",
              rc=rcv("mta-112.mail.jobcrate.com", "192.0.2.212", when, NY, "4dQv0B7hMxz2Rk"),
              extra=(("List-Unsubscribe", "<https://jobcrate.com/alerts/6610/unsubscribe>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(29), family="recruiter_outreach", lang="en", interview=False, company="Kettlebell AI",
      note="Wellfound message notification: a founder asks for a 20-minute call 'next week', nothing fixed")
def m29() -> bytes:
    plain = t("""
        Ravi Shankar-Iyer sent you a message

        Ravi Shankar-Iyer - Co-founder & CEO at Kettlebell AI
        Kettlebell AI - inventory and demand forecasting for independent gyms - 14 employees - Seed

        "Hey Marcus - saw your profile and your talk on CDC at Data Council. We're 14 people and our
        data stack is one very tired Postgres and a lot of cron. Would you be open to a 20-min call
        next week? Any afternoon works on my end, pick whatever's easiest."

        Reply to Ravi: https://wellfound.com/jobs/messages/5518302

        Role: Founding Data Engineer - Remote (US) - $170k - $200k - 0.4% - 0.8%

        You're receiving this email because you have an active profile on Wellfound.
        Manage notifications: https://wellfound.com/settings/notifications
        """)
    when = "2026-10-16 12:44:09"
    hs = head(addr("Wellfound", "notifications@wellfound.com"), "Ravi from Kettlebell AI sent you a message",
              when, LA, "<wf-msg-5518302.20261016194409@wellfound.com>",
              rc=rcv("o12.sg.wellfound.com", "192.0.2.120", when, LA, "4kC0pT6fWmz1Gx"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Bramblecode",
      note="In-house sourcer's cold outreach sent with Gem: asks for a 30-minute chat via a scheduling link or "
           "'a couple of times', nothing booked")
def m30() -> bytes:
    rich = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Marcus,</p>
        <p>I lead talent at Bramblecode - we build the developer tooling behind a lot of the open-source
        data catalogs you&#39;ve probably used. I caught your write-up on migrating a 40 TB warehouse
        to Iceberg without downtime and passed it around our data team; it landed.</p>
        <p>We&#39;re hiring a Staff Data Engineer (remote, US) to own our usage-analytics platform. Would
        you be up for a 30-minute chat with Owen, our Head of Data? If so, grab any time that suits
        you <a href="https://gem.com/schedule/tessa-grunwald/owen-intro">here</a>, or just reply with a
        couple of times that work and I&#39;ll set it up.</p>
        <p>Either way, thanks for sharing the write-up.</p>
        <p>Tessa Grunwald<br>Head of Talent, Bramblecode</p>
        <p style="font-size:11px;color:#999">If you&#39;d prefer not to hear from me again, just
        <a href="https://gem.com/unsubscribe/7b1c9e0d">let me know</a>.</p>
        <img src="https://gem.com/t/o/7b1c9e0d.gif" width="1" height="1" alt="">
        </div>
        """)
    when = "2026-02-25 10:31:44"
    hs = head(addr("Tessa Grunwald", "tessa@bramblecode.com"), "Your Iceberg migration write-up", when, LA,
              "<gem.7b1c9e0d.20260225183144@bramblecode.com>",
              rc=rcv("mail-oi1-f198.google.com", "209.85.167.198", when, LA, "4dN8sH4kPwz6Tb"),
              extra=(("X-Mailer", "Gem"),))
    return message(hs, html(rich))


@mail(n(31), family="scheduling_link", lang="en", interview=False, company="Harbourfront Mutual",
      note="GoodTime availability request (Toronto insurer): pick times via a link within office hours; "
           "nothing booked")
def m31() -> bytes:
    plain = t("""
        Hi Marcus,

        Congratulations on moving forward with Harbourfront Mutual! The Data Engineering team would
        like to schedule a 60-minute technical interview with you over the next two weeks.

        Please share your availability here:
        https://harbourfrontmutual.goodtime.io/availability/0f3d7c2a-81b4-4e6a-9d05-b2c8e1f7a694

        Times will be shown in your local time zone. Our interviewers are available between 9:00 AM
        and 5:00 PM Eastern, Monday to Friday; the more windows you give us, the sooner we can
        confirm.

        Once your interview is booked you'll receive a confirmation with the video link.

        Thank you,
        Priya Sandhu
        Talent Acquisition, Harbourfront Mutual - Toronto

        Powered by GoodTime
        """)
    when = "2026-10-12 14:03:27"
    hs = head(addr("Harbourfront Mutual Talent", "no-reply@goodtime.io"),
              "Action requested: share your availability for Harbourfront Mutual", when, TOR,
              "<gt-avail-0f3d7c2a81b4@goodtime.io>",
              reply_to=addr("Priya Sandhu", "priya.sandhu@harbourfrontmutual.ca"),
              rc=rcv("o5.mail.goodtime.io", "192.0.2.105", when, TOR, "4kB0xR3nMcz8Lq"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(32), family="scheduling_link", lang="en", interview=False, company="Summit Provisions",
      note="Paradox ('Olivia') chatbot offers three Mountain Time options to reply 1/2/3; nothing chosen yet",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21"), ("Thu", "2026-10-22")))
def m32() -> bytes:
    plain = t("""
        Hi Marcus! 👋 It's Olivia, the virtual recruiting assistant for Summit Provisions.

        Great news - the Data Engineering team would like to meet you for a 30 minute video interview
        for the Senior Data Engineer role. Here are the times I have open (Mountain Time):

        1) Tue 10/20 at 10:00 AM MT
        2) Wed 10/21 at 2:00 PM MT
        3) Thu 10/22 at 11:30 AM MT

        Just reply with 1, 2 or 3 to lock one in, or reply MORE to see other options. If none of
        these work, reply HELP and a member of our team will reach out.

        Talk soon!
        Olivia
        Summit Provisions Recruiting | Denver, CO

        Msg & data rates may apply. Reply STOP to opt out.
        """)
    when = "2026-10-15 09:12:40"
    hs = head(addr("Olivia at Summit Provisions", "olivia@summitprovisions.paradox.ai"),
              "Let's get your interview scheduled, Marcus!", when, DEN,
              "<px-conv-88f01c7e2d.20261015151240@paradox.ai>",
              rc=rcv("smtp-out-3.paradox.ai", "192.0.2.63", when, DEN, "4kC2dF9sLrz0Wy"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(33), family="slot_proposal", lang="es", interview=False, company="Coralina Seguros",
      note="Spanish slot proposal from the Miami recruiter: three options (Miami = New York time), asks him to "
           "choose; nothing fixed yet",
      days=(("Mon", "2026-11-02"), ("Tue", "2026-11-03"), ("Wed", "2026-11-04")))
def m33() -> bytes:
    plain = t("""
        Hola Marcus:

        Gracias por tu tiempo en la llamada del viernes. Lucía Ferrer, nuestra gerente de Analítica,
        quiere conocerte en persona. ¿Te funcionaría alguna de estas opciones? (Hora de Miami, que es
        la misma que la de Nueva York.)

        - lunes 2 de noviembre, 3:00 p. m.
        - martes 3 de noviembre, 9:30 a. m.
        - miércoles 4 de noviembre, 11:00 a. m.

        Dime cuál prefieres y te mando la invitación. Si ninguna te queda bien, proponme otra y lo
        vemos con Lucía.

        Saludos,
        Rafael Quintero
        Reclutador Sr. de Tecnología | Coralina Seguros
        """)
    when = "2026-10-26 11:47:19"
    hs = head(addr("Rafael Quintero", "rafael.quintero@coralinaseguros.com"),
              "Entrevista – Ingeniero de Datos Sénior", when, NY,
              "<CH3PR19MB74808B2F1C0D9E6A5B4C3D2E1F0A@CH3PR19MB7480.namprd19.prod.outlook.com>",
              rc=rcv("mail-bn1nam07on2104.outbound.protection.outlook.com", "203.0.113.104", when, NY,
                     "4kJ4tC0vNsz3Kp"),
              extra=(("Content-Language", "es-US"),))
    return message(hs, alt(text(plain), html(_exchange_html(plain))))


@mail(n(34), family="tentative_hold", lang="en", interview=False, company="Lakefront Reinsurance",
      note="Recruiter 'tentatively holding' Wed 4/8 2-3pm CT but explicitly not confirmed until the interviewer "
           "replies; a formal invite is promised later", days=(("Wed", "2026-04-08"), ("Fri", "2026-03-27")))
def m34() -> bytes:
    plain = t("""
        Hi Marcus,

        Thanks for sending over your availability. I'm tentatively holding Wednesday 4/8 from 2-3pm CT
        (3-4 your time) for you with our Head of Data Architecture, but I can't confirm it until I
        hear back from him - he's travelling this week and slow on email. I'll send a formal calendar
        invite once it's locked in.

        In the meantime please don't move anything else around for it.

        Thanks,
        Bernadette

        Bernadette Kowalczyk | Senior Recruiter | Lakefront Reinsurance
        233 S. Wacker Dr., Chicago, IL

        -----Original Message-----
        From: Marcus Okafor <marcus.okafor@example.net>
        Sent: Friday, March 27, 2026 4:18 PM
        To: Bernadette Kowalczyk <bkowalczyk@lakefrontre.com>
        Subject: Re: Senior Data Engineer - Lakefront Re

        Hi Bernadette, next week I'm open Tuesday morning and most of Wednesday afternoon (Eastern).
        Thanks, Marcus
        """)
    when = "2026-03-30 10:09:55"
    hs = head(addr("Bernadette Kowalczyk", "bkowalczyk@lakefrontre.com"),
              "RE: Senior Data Engineer - Lakefront Re", when, CHI,
              "<PH0PR04MB7390C2E4A6F8B0D1E3F5A7C9B2D4@PH0PR04MB7390.namprd04.prod.outlook.com>",
              rc=rcv("mail-ph0nam04on2135.outbound.protection.outlook.com", "203.0.113.135", when, CHI,
                     "4fA3wK8pJrz5Qd"))
    return message(hs, alt(text(plain), html(_exchange_html(plain))))


@mail(n(35), family="assessment", lang="en", interview=False, company="Fogline Systems",
      note="Coding-assessment invitation on behalf of Fogline: a deadline (Wed 21 Oct 11:59 PM PT) and a "
           "90-minute limit, not an interview slot", days=(("Wed", "2026-10-21"),))
def m35() -> bytes:
    plain = t("""
        Hi Marcus,

        Fogline Systems has invited you to complete the Data Engineering Assessment (SQL + Python).

        Time limit: 90 minutes, starting when you open the first question
        Deadline: Wednesday, October 21, 2026 at 11:59 PM PT

        You can take the assessment at any time before the deadline. Make sure you have a stable
        connection and a quiet space; once you start, the timer can't be paused.

        Start the assessment: https://app.codequarry.io/a/fogline/8c21e0f7

        Good luck!
        The CodeQuarry team, on behalf of Fogline Systems

        Questions about the role? Contact your recruiter at Fogline Systems directly.
        """)
    when = "2026-10-15 16:30:02"
    hs = head(addr("CodeQuarry", "no-reply@codequarry.io"),
              "Fogline Systems has invited you to a coding assessment", when, LA,
              "<cq-inv-8c21e0f7.1792107002@codequarry.io>",
              rc=rcv("mail-out-2.codequarry.io", "192.0.2.22", when, LA, "4kC1zB4gTwz9Hm"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(36), family="take_home", lang="en", interview=False, company="Meridian Rail Analytics",
      note="Hiring manager sends a take-home due 'EOD Monday (the 16th)'; a review session is only promised",
      days=(("Mon", "2026-03-16"),))
def m36() -> bytes:
    plain = t("""
        Marcus - good talking yesterday. As promised, here's the take-home.

        It's a small one: load the attached GTFS-realtime sample (a day of trip updates from one of
        our customer feeds) into whatever you like, dedupe it, and give us on-time % by route by
        hour. Shouldn't take more than 3-4 hrs; please don't gold-plate it, we care more about how
        you reason about late and duplicate events than about polish.

        Send it back by EOD Monday (the 16th) - Central or Eastern, I won't be watching the clock.
        Once we have it we'll set up a review session with a couple of folks from the team.

        Tom
        """)
    csv = t("""
        trip_id,route_id,stop_id,stop_sequence,arrival_delay_s,feed_ts
        T-1041,R12,S-0817,4,95,2026-03-11T13:02:11Z
        T-1041,R12,S-0817,4,95,2026-03-11T13:02:41Z
        T-1041,R12,S-0822,5,130,2026-03-11T13:06:02Z
        T-1188,R7,S-0301,1,-20,2026-03-11T13:05:15Z
        """)
    when = "2026-03-13 11:20:48"
    hs = head(addr("Tom Brandvold", "tom.brandvold@meridianrail.io"), "Take-home - Meridian Rail", when, CHI,
              "<CAL3k9Wq0tRm2Xp7vN5b@mail.gmail.com>",
              rc=rcv("mail-yb1-f182.google.com", "209.85.219.182", when, CHI, "4dTm5G2cXqz8Bn"))
    attach = text(csv, charset="us-ascii", cte="7bit", subtype="csv",
                  extra=(("Content-Disposition", 'attachment; filename="gtfs_rt_sample.csv"'),))
    body = mixed(alt(text(plain), html(gmail_html(plain))), attach)
    return message(hs, body)


@mail(n(37), family="offer", lang="en", interview=False, company="Quincy Harbor Health",
      note="Offer mail; a fixed 'call tomorrow at 4:00 PM ET' to walk through the offer and a decision deadline "
           "are not a job interview", days=(("Thu", "2026-04-16"),))
def m37() -> bytes:
    plain = t("""
        Hi Marcus,

        I'm thrilled to let you know that the team would like to offer you the Senior Data Engineer,
        Clinical Data Platform role at Quincy Harbor Health! Everyone you met last Thursday came
        back with the same word: "yes".

        Your formal offer letter is waiting for you in the candidate portal. The highlights:
        - Base salary: $198,000
        - Annual bonus target: 10%
        - Hybrid: two days a week in our Boston office, with a relocation stipend if you decide to
          move

        I've put a 30-minute call on our calendars for tomorrow at 4:00 PM ET with me and Ifeoma to
        walk you through the details and answer any questions. If that time doesn't work, just let
        me know.

        We'd love to have your decision by Thursday, April 16.

        Congratulations!
        Brianna

        Brianna Soto | Recruiting Coordinator | Quincy Harbor Health
        """)
    when = "2026-04-09 15:36:21"
    hs = head(addr("Brianna Soto", "brianna.soto@quincyharbor.org"),
              "Offer - Senior Data Engineer, Clinical Data Platform", when, NY,
              "<BN0PR17MB4482E9A1C3B5D7F0A2C4E6B8D0F2@BN0PR17MB4482.namprd17.prod.outlook.com>",
              rc=rcv("mail-bn0nam17on2126.outbound.protection.outlook.com", "203.0.113.126", when, NY,
                     "4fH9qN0dLsz2Vr"))
    return message(hs, alt(text(plain), html(_exchange_html(plain))))


@mail(n(38), family="auto_reply", lang="en", interview=False, company="Quincy Harbor Health",
      note="Out-of-office auto-reply (Auto-Submitted) from the coordinator; names her return day and a colleague "
           "for 'an interview scheduled this week', confirms nothing",
      days=(("Mon", "2026-03-30"), ("Wed", "2026-04-01"), ("Thu", "2026-04-02")))
def m38() -> bytes:
    plain = t("""
        Thank you for your email. I am out of the office from Monday, March 30 through Wednesday,
        April 1, with limited access to email.

        If your message is about an interview scheduled for this week, please contact my colleague
        Teodora Vance at teodora.vance@quincyharbor.org. Otherwise I will reply when I'm back on
        Thursday, April 2.

        Brianna Soto
        Recruiting Coordinator, Quincy Harbor Health
        """)
    when = "2026-03-30 08:02:14"
    hs = head(addr("Brianna Soto", "brianna.soto@quincyharbor.org"),
              "Automatic reply: Parking at 80 Atlantic Ave?", when, NY,
              "<BN0PR17MB44821A7C5E3F9B2D4C6E8A0B1D3F@BN0PR17MB4482.namprd17.prod.outlook.com>",
              rc=rcv("mail-bn0nam17on2119.outbound.protection.outlook.com", "203.0.113.119", when, NY,
                     "4f8Dk1mQwbz6Nt"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAH9x+Lu5Rq7nWz@mail.example.net>")))
    return message(hs, text(plain, cte="7bit"))


@mail(n(39), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of his thank-you note (typo in the address); the returned message mentions 'the call "
           "this morning at 11', a past event, nothing scheduled")
def m39() -> bytes:
    orig_when = "2026-03-10 12:58:07"
    orig = message([
        ("From", MARCUS),
        ("To", addr("Dana Whitlock", "dana.whitlok@halyardclearing.com")),
        ("Subject", "Thank you - today's conversation"),
        ("Date", date(orig_when, NY)),
        ("Message-ID", "<CAH9x+Lq1Vn6tKs@mail.example.net>"),
    ], text(t("""
        Hi Dana,

        Thanks again for the call this morning at 11 - I really enjoyed hearing about the post-trade
        roadmap and the plan to retire the nightly batch. Looking forward to hearing about next steps.

        Best,
        Marcus
        """), cte="7bit"))
    report = t("""
        This is the mail system at host mx2.example.net.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <dana.whitlok@halyardclearing.com>: host mx1.halyardclearing.com[203.0.113.40]
            said: 550 5.1.1 <dana.whitlok@halyardclearing.com>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.net
        X-Postfix-Queue-ID: 4dR1cW7nLqz3Fb
        X-Postfix-Sender: rfc822; marcus.okafor@example.net
        Arrival-Date: Tue, 10 Mar 2026 12:58:08 -0400 (EDT)

        Final-Recipient: rfc822; dana.whitlok@halyardclearing.com
        Original-Recipient: rfc822;dana.whitlok@halyardclearing.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.halyardclearing.com
        Diagnostic-Code: smtp; 550 5.1.1 <dana.whitlok@halyardclearing.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    when = "2026-03-10 12:58:09"
    hs = head("MAILER-DAEMON@mx2.example.net (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              when, NY, "<20260310165809.0A1B22C3D4@mx2.example.net>",
              extra=(("Auto-Submitted", "auto-replied"),))
    body = multipart("report", text(report, cte="7bit", params=""),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     attached_message(orig),
                     params="report-type=delivery-status")
    return message(hs, body)


@mail(n(40), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Data-engineering newsletter about system-design interviews with a live AMA time; confirms nothing "
           "for him", days=(("Thu", "2026-03-19"),))
def m40() -> bytes:
    plain = t("""
        THE PIPELINE LETTER - Issue #112
        The system design interview for data engineers, decoded

        Most data engineers prep for the wrong interview. They grind LeetCode, then walk into a
        60-minute "design a clickstream pipeline" round and freeze at the whiteboard. This week:

        1. Start with the consumers, not the sources. Who reads this data, how fresh, how wrong can
           it be?
        2. Say the words "late data" and "backfill" before your interviewer does.
        3. Pick one storage format and defend it. Hedging across three reads as not knowing any.
        4. Budget the last ten minutes for failure modes. That's where senior candidates separate
           themselves.

        LIVE AMA: Thursday, March 19, 8 PM ET - a fintech hiring manager answers your questions about
        data-platform loops. Reply "AMA" to save a seat.

        From the archive: "How to follow up after an onsite without being annoying"

        You're getting this because you subscribed at pipelineletter.dev.
        Unsubscribe: https://pipelineletter.dev/unsubscribe?u=5f1e0c
        """)
    when = "2026-03-15 08:30:00"
    hs = head(addr("The Pipeline Letter", "letter@pipelineletter.dev"),
              "Issue #112: the system design interview for data engineers, decoded", when, NY,
              "<20260315123000.112.5f1e0c@pipelineletter.dev>",
              rc=rcv("mta-9.pipelineletter.dev", "192.0.2.9", when, NY, "4dV3kP8sCmz1Jx"),
              extra=(("List-Unsubscribe", "<https://pipelineletter.dev/unsubscribe?u=5f1e0c>"),
                     ("List-Id", "The Pipeline Letter <letter.pipelineletter.dev>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(41), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Outlook meeting request from his manager at his current employer (auto-forwarded from his work "
           "address): Q2 migration planning, a fixed time but not an interview")
def m41() -> bytes:
    plain = t("""
        Let's get the Q2 migration plan nailed down before the exec review on the 24th. Please bring
        your estimates for the CDC backfill and the list of Airflow DAGs we can retire.

        Harriet
        """) + _PINE_TEAMS.replace("YTk2NDM1ZjAtZGE4Yi00", "Zjc3MTA5NDItOGI0My00").replace(
        "263 118 940 512", "318 442 075 906").replace("Xk3bQ9", "pR7tQ2")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Harriet Lowell:mailto:harriet.lowell@kestrelmedia.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Okafor:mailto:marcus.okafor@kestrelmedia.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Desai:mailto:priyanka.desai@kestrelmedia.com
        DESCRIPTION;LANGUAGE=en-US:Let's get the Q2 migration plan nailed down before the exec review on the 24th.\\n
        UID:040000008200E00074C5B7101A82E00800000000E4D2B1A0C9B1DC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
        SUMMARY;LANGUAGE=en-US:Q2 lakehouse migration - planning
        DTSTART;TZID=Eastern Standard Time:20260316T100000
        DTEND;TZID=Eastern Standard Time:20260316T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260311T190412Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting; 4F Fishbowl
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-11 15:04:12"
    hs = head(addr("Harriet Lowell", "harriet.lowell@kestrelmedia.com"), "Q2 lakehouse migration - planning",
              when, NY, "<DM4PR12MB6350B1D3F5A7C9E0B2D4F6A8C1E3@DM4PR12MB6350.namprd12.prod.outlook.com>",
              to=addr("Marcus Okafor", "marcus.okafor@kestrelmedia.com"),
              cc=addr("Priyanka Desai", "priyanka.desai@kestrelmedia.com"),
              rc=rcv("mail-dm4nam12on2140.outbound.protection.outlook.com", "203.0.113.140", when, NY,
                     "4dT0vJ3rQpz7Cm"),
              extra=_exchange_headers("Q2 lakehouse migration - planning", "AdqxU8b1nLm4RK2fS0dW6tPy3vX5cA==")
              + (("X-MS-Exchange-Inbox-Rules-Loop", "marcus.okafor@kestrelmedia.com"),))
    body = alt(text(plain), html(_exchange_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)


@mail(n(42), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Doctor's office portal confirms an annual physical with an ICS; a fixed time but not an interview",
      days=(("Tue", "2026-03-17"),))
def m42() -> bytes:
    plain = t("""
        Hi Marcus,

        Your appointment is confirmed.

        Tuesday, March 17, 2026 at 8:15 AM
        Provider: Anjali Rao, MD
        Visit type: Annual physical (40 min)
        Location: Chelsea Family Medicine, 210 W 23rd St, Suite 4, New York, NY 10011

        Please arrive 15 minutes early to complete check-in, and bring your insurance card and a list
        of current medications. Fasting for 8 hours beforehand is recommended if you'd like labs
        drawn at this visit.

        Need to cancel or reschedule? Please let us know at least 24 hours in advance through the
        portal or by calling (212) 555-0109.

        Chelsea Family Medicine
        This message was sent from a no-reply address. Please do not reply.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//CareBridge Patient Portal//Appointments//EN
        METHOD:PUBLISH
        """) + make.VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:appt-20260317-0815-rao-55120@carebridgeportal.com
        DTSTAMP:20260313T181101Z
        DTSTART;TZID=America/New_York:20260317T081500
        DTEND;TZID=America/New_York:20260317T085500
        SUMMARY:Annual physical - Dr. Anjali Rao
        LOCATION:Chelsea Family Medicine\\, 210 W 23rd St\\, Suite 4\\, New York\\, NY 10011
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-13 14:11:01"
    hs = head(addr("Chelsea Family Medicine", "no-reply@carebridgeportal.com"),
              "Appointment confirmed: Tue, Mar 17 at 8:15 AM", when, NY,
              "<appt-conf-55120.20260313181101@carebridgeportal.com>",
              rc=rcv("smtp-3.carebridgeportal.com", "192.0.2.33", when, NY, "4dT7fL1wKnz4Rs"))
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="PUBLISH", cte="base64", filename="appointment.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(43), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="School sign-up confirmation for a parent-teacher conference slot; a fixed time but not a job "
           "interview", days=(("Thu", "2026-11-12"),))
def m43() -> bytes:
    plain = t("""
        Hi Marcus,

        This confirms your sign-up for Fall Parent-Teacher Conferences with Ms. Delacroix (Grade 2).

        Slot: Thursday, November 12, 2026, 4:40 PM - 4:55 PM
        Student: Amara Okafor
        Where: Room 214, Prospect Heights Elementary (PS 915), 390 Sterling Pl, Brooklyn
        Note from Ms. Delacroix: "Looking forward to chatting about Amara's reading progress! Please
        sign in at the main office first."

        Need to swap your slot? Use this link before Tuesday, November 10:
        https://slotsheet.com/s/ps915-fall-conf/swap/a91c

        SlotSheet - sign-ups made simple
        """)
    when = "2026-11-05 19:22:38"
    hs = head(addr("SlotSheet", "no-reply@slotsheet.com"),
              "You're signed up: Fall Parent-Teacher Conferences - Ms. Delacroix (Grade 2)", when, NY,
              "<ss-conf-a91c.20261106002238@slotsheet.com>",
              rc=rcv("mail-42.slotsheet.com", "192.0.2.42", when, NY, "4kQ2bG6hWtz8Dc"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(44), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Gym booking confirmation for a personal-training session, with an ICS; not an interview",
      days=(("Sat", "2026-10-24"),))
def m44() -> bytes:
    plain = t("""
        You're booked!

        1:1 Strength Session with Coach Theo
        Saturday, October 24 - 7:00 AM to 7:50 AM
        Ironworks Athletic Club - Gowanus, 4th Ave & 9th St

        Cancel or reschedule at least 12 hours ahead to avoid a late-cancel fee.
        Manage booking: https://ironworksathletic.com/account/bookings/88412

        See you on the floor,
        Ironworks Athletic Club
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Ironworks Athletic Club//Bookings//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:booking-88412@ironworksathletic.com
        DTSTAMP:20261019T231544Z
        DTSTART:20261024T110000Z
        DTEND:20261024T115000Z
        SUMMARY:1:1 Strength Session - Coach Theo
        LOCATION:Ironworks Athletic Club - Gowanus
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-19 19:15:44"
    hs = head(addr("Ironworks Athletic Club", "bookings@ironworksathletic.com"),
              "Booked: 1:1 Strength Session with Coach Theo - Sat, Oct 24 7:00 AM", when, NY,
              "<bk-88412-1792451744@ironworksathletic.com>",
              rc=rcv("o2.mail.ironworksathletic.com", "192.0.2.2", when, NY, "4kD6rM9xBqz0Fy"))
    body = mixed(text(plain, cte="7bit"),
                 calendar(ics, method="PUBLISH", cte="7bit", filename="booking.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(45), family="interviewer_role", lang="en", interview=False, company=None,
      note="Google Calendar invite from his current employer's coordinator: he is the INTERVIEWER of a candidate "
           "(auto-forwarded from his work address); an interview at a fixed time, but not his own job interview")
def m45() -> bytes:
    plain = t("""
        You have been invited to the following event.

        Interview - Jamal Pierce (Data Engineer II) - Technical: SQL & Modeling
        When
        Thursday Oct 15, 2026 ⋅ 2pm – 3pm (Eastern Time - New York)

        Joining info
        Join with Google Meet
        meet.google.com/bfw-kqzn-tre

        Who
        Imani Brooks - organizer
        Jamal Pierce
        marcus.okafor@kestrelmedia.com

        You're the interviewer for this session. Resume, interview kit and scorecard are in
        Greenhouse; please submit your feedback within 24 hours of the interview. Jamal is
        interviewing for the Data Engineer II opening on your team.

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + make.VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261015T140000
        DTEND;TZID=America/New_York:20261015T150000
        DTSTAMP:20261009T171933Z
        ORGANIZER;CN=Imani Brooks:mailto:imani.brooks@kestrelmedia.com
        UID:6t0k2m9p1q4r8s3u5v7w0x2y4z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.okafor@kestrelmedia.com;X-NUM-GUESTS=0:mailto:marcus.okafor@kestrelmedia.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jamal Pierce;X-NUM-GUESTS=0:mailto:jamal.pierce@example.org
        DESCRIPTION:You're the interviewer for this session. Resume\\, interview kit and scorecard are in Greenhouse\\; please submit your feedback within 24 hours.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview - Jamal Pierce (Data Engineer II) - Technical: SQL & Modeling
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-09 13:19:33"
    subj = ("Invitation: Interview - Jamal Pierce (Data Engineer II) - Technical: SQL & Modeling @ Thu Oct 15, "
            "2026 2pm - 3pm (EDT) (marcus.okafor@kestrelmedia.com)")
    hs = head(addr("Imani Brooks", "imani.brooks@kestrelmedia.com"), subj, when, NY,
              "<calendar-1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0@google.com>",
              to=addr("Marcus Okafor", "marcus.okafor@kestrelmedia.com"),
              reply_to=addr("Imani Brooks", "imani.brooks@kestrelmedia.com"),
              rc=rcv("mail-sor-f41.google.com", "209.85.220.41", when, NY, "4k9Hc2pVsz1Tq"),
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("X-Forwarded-To", ME), ("X-Forwarded-For", f"marcus.okafor@kestrelmedia.com {ME}")))
    body = mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, method="REQUEST", cte="7bit")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                          filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(46), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a guest recording ('the interview will be loose') on Wed 3/25 at 3 PM ET; he "
           "is the guest, not a job candidate", days=(("Wed", "2026-03-25"),))
def m46() -> bytes:
    plain = t("""
        Hi Marcus!

        Thrilled to have you on Data Hustle. Confirming our recording for Wednesday, March 25 at
        3:00 PM ET on Riverside: https://riverside.fm/studio/data-hustle-guest

        Plan on about an hour all-in: 15 minutes of sound check, then roughly 45 minutes of
        conversation. The interview will be loose - we'll talk about your path from analyst to data
        engineer, the lakehouse migration at Kestrel, and your advice for folks job hunting right
        now (timely, I know!). No need to prep answers.

        Wired headphones if you have them, and a quiet room. I'll send the episode link when it goes
        live in April.

        Cheers,
        Renée
        Host, Data Hustle
        """)
    when = "2026-03-16 12:08:44"
    hs = head(addr("Renée Paquette", "renee@datahustle.fm"), "You're booked! Data Hustle recording - Wed 3/25",
              when, NY, "<CAP1f8Kx3vQm7Wn0aR5t@mail.gmail.com>",
              rc=rcv("mail-ej1-f50.google.com", "209.85.218.50", when, NY, "4dW4cK7pHnz2Xm"))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(47), family="mock_interview", lang="en", interview=False, company=None,
      note="Friend confirms a mock system-design interview Sunday 8pm; practice, not a job interview",
      days=(("Sun", "2026-10-11"),))
def m47() -> bytes:
    plain = t("""
        locked in: sun 8pm, my place or facetime, ur call. i'll play the grumpy staff eng who
        interrupts every 2 min. bring a design for "real-time fraud signals for a payments co", 45 min
        + 15 min of me telling u what u did wrong

        k

        On Thu, Oct 8, 2026 at 9:14 PM Marcus Okafor <marcus.okafor@example.net> wrote:
        > yo - can you do a mock system design with me before the Fogline loop? this weekend
        > ideally. sunday evening?
        """)
    when = "2026-10-08 21:40:19"
    hs = head(addr("Kwame Asante", "kwame.asante@example.com"),
              "Re: mock interview before the Fogline loop", when, NY, "<CAK2q0Wx9vLt4Pn8mY1r@mail.gmail.com>",
              rc=rcv("mail-io1-f47.google.com", "209.85.166.47", when, NY, "4k8Zp3tMdz6Kc"))
    return message(hs, text(plain, cte="7bit"))


@mail(n(48), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP confirmation (Tue 10 Nov, 6:30 PM); a fixed time but not an interview",
      days=(("Tue", "2026-11-10"),))
def m48() -> bytes:
    plain = t("""
        You're going!

        NYC Data Engineering Meetup
        Streaming in Production: Lessons from Three NYC Teams
        Tuesday, November 10, 2026, 6:30 PM to 8:30 PM EST
        Flatiron Commons, 115 W 18th St, 5th floor, New York, NY

        Talks from platform teams at a payments company, a newsroom and a transit agency, followed by
        pizza and hiring-table hour (bring your resume if you're looking!).

        Please bring a photo ID - building security needs your name on the list.

        Can't make it anymore? Update your RSVP so someone on the waitlist can go:
        https://meetwise.com/nyc-data-eng/events/30551/rsvp

        Meetwise
        """)
    when = "2026-11-06 10:51:03"
    hs = head(addr("Meetwise", "info@email.meetwise.com"),
              "You're going to Streaming in Production: Lessons from Three NYC Teams", when, NY,
              "<mw.rsvp.30551.77812@email.meetwise.com>",
              rc=rcv("mta-21.email.meetwise.com", "192.0.2.21", when, NY, "4kR0gD5bFwz7Sm"),
              extra=(("List-Unsubscribe", "<https://meetwise.com/account/notifications>"),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(49), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Vendor webinar registration with an ICS (Wed 4 Mar, 1 PM ET) and a 'how to interview for platform "
           "roles' segment; not a job interview", days=(("Wed", "2026-03-04"),))
def m49() -> bytes:
    plain = t("""
        You're registered!

        Zero-downtime CDC pipelines: patterns that survive production
        Live webinar - Wednesday, March 4, 2026 - 1:00 PM ET / 10:00 AM PT - 60 minutes

        Speakers:
        - Farah Qureshi, Principal Solutions Architect, Glacierbase
        - Nils Bergström, Data Platform Lead, Oakhaven Retail

        Stick around after the session for a bonus Q&A with our recruiting team: "How to interview
        for platform roles" - we're hiring data engineers in New York and Denver.

        Add to calendar: the invitation is attached.
        Join link: https://events.glacierbase.com/live/cdc-patterns?reg=4471c0

        Glacierbase, Inc. - 500 Howard St, San Francisco, CA
        Unsubscribe: https://glacierbase.com/preferences?e=4471c0
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Glacierbase//Events//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-cdc-patterns-20260304@glacierbase.com
        DTSTAMP:20260224T161200Z
        DTSTART:20260304T180000Z
        DTEND:20260304T190000Z
        SUMMARY:Glacierbase live webinar: Zero-downtime CDC pipelines
        LOCATION:https://events.glacierbase.com/live/cdc-patterns?reg=4471c0
        ORGANIZER;CN=Glacierbase Events:mailto:events@glacierbase.com
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-02-24 08:12:00"
    hs = head(addr("Glacierbase Events", "events@glacierbase.com"),
              "You're registered: Zero-downtime CDC pipelines (live webinar, Mar 4)", when, LA,
              "<reg.4471c0.20260224161200@events.glacierbase.com>",
              rc=rcv("mkto-sj2-101.glacierbase.com", "192.0.2.101", when, LA, "4dM5wF1cQkz9Bv"),
              extra=(("List-Unsubscribe", "<https://glacierbase.com/preferences?e=4471c0>"),))
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(50), family="reference_call", lang="en", interview=False, company=None,
      note="Another employer's recruiter confirms a reference call (Thu 10/22, 11:00 ET) with an ICS; Marcus is "
           "the referee for a former colleague, not the candidate", days=(("Thu", "2026-10-22"),))
def m50() -> bytes:
    plain = t("""
        Hi Marcus,

        Thank you for agreeing to serve as a reference for Aisha Bello, who is a finalist for our Lead
        Analytics Engineer role. I've sent a calendar hold for our call on Thursday, October 22 at
        11:00 AM ET; I'll call you at the number Aisha provided.

        It should take about 20 minutes. I'll ask about the projects you worked on together at
        Kestrel, how Aisha handles ambiguity and disagreement, and where you've seen her grow. Your
        answers stay confidential.

        Thanks again - references like yours make a real difference.

        Trevor Nakamura
        Senior Talent Partner, Northgate Health
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Trevor Nakamura:mailto:trevor.nakamura@northgatehealth.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.okafor@example.net:mailto:marcus.okafor@example.net
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9
        SUMMARY;LANGUAGE=en-US:Reference call - Aisha Bello (Northgate Health)
        DTSTART;TZID=Eastern Standard Time:20261022T110000
        DTEND;TZID=Eastern Standard Time:20261022T113000
        DTSTAMP:20261020T142658Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Phone
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-20 10:26:58"
    hs = head(addr("Trevor Nakamura", "trevor.nakamura@northgatehealth.com"),
              "Reference call for Aisha Bello - Thu 10/22, 11:00 ET", when, NY,
              "<SJ0PR05MB8844A2C4E6F8B0D1A3C5E7F9B1D3@SJ0PR05MB8844.namprd05.prod.outlook.com>",
              rc=rcv("mail-sj0nam05on2111.outbound.protection.outlook.com", "203.0.113.111", when, NY,
                     "4kH2sV6nRqz4Gt"),
              extra=_exchange_headers("Reference call for Aisha Bello", "AdtQz4n1mKv8Rp2cW6eX0sT9yB3aLg=="))
    body = alt(text(plain), html(_exchange_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)
