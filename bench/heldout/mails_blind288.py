"""blind288: a blind 50-mail held-out set, the inbox of Hannah Pryce, water-utility asset planner in
Worcester, England (Europe/London), September to December 2026.

Written on 2026-11-26 by a helper session (Claude) that read only make.py, make_blind.py, the intro
and the "How it was made" / "Mix" / "Label conventions" / "Traps" parts of bench/heldout/README.md,
the dev corpus README, dev/labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the
detector, its tests or fixtures, nor any other held-out mails, and never ran the detector.

Each mail below is written by hand, one function per mail, in British English (recruiters, hiring
managers, an agency, an Irish and a Dutch recruiter, system templates). Keys 1-23 are positives
(16 scheduled, 4 rescheduled, 3 cancelled); keys 24-50 are the rest of the inbox. File numbers are
a fixed shuffle of the writing order (ORDER below).
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
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind288"
ORDER = random.Random(2880288).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


LON = "Europe/London"
DUB = "Europe/Dublin"
AMS = "Europe/Amsterdam"
NYC = "America/New_York"
ME = "hannah.pryce@example.org"
ME_NAME = "Hannah Pryce"
ME_ADDR = addr(ME_NAME, ME)

VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_AMSTERDAM = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
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


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, to: str = ME_ADDR,
         extra: tuple[tuple[str, str], ...] = (), rcv: str | None = None) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", received(rcv, when, zone, "mx1.example.org (Postfix) with ESMTPS id "
                                        + mid[:10].strip("<").upper(), ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", LON), end=utc("2026-09-15 11:00", LON),
           contact="lucy.adebayo@merciawater.co.uk", company="Mercia Water Services",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=LON,
           note="Greenhouse confirmation sent from no-reply with the recruiter as Reply-To; "
                "'Tuesday, 15 September 2026, 10:00 - 11:00 BST' is Europe/London summer time "
                "(UTC+1), so 09:00-10:00Z; contact = Reply-To")
def m01() -> bytes:
    body = t("""
        Hi Hannah,

        Thank you for scheduling your interview with Mercia Water Services. Here are the details:

        Role: Asset Planning Manager (Clean Water)
        Date: Tuesday, 15 September 2026
        Time: 10:00 - 11:00 BST
        Location: Microsoft Teams (a joining link will follow from the interviewer's calendar)

        You'll be meeting:
          Gavin Thorne - Head of Asset Investment Planning
          Lucy Adebayo - Talent Partner

        The conversation will cover your experience with AMP investment planning, risk-based
        prioritisation and working with operational teams. There's nothing to prepare in advance.

        If you need to change anything, just reply to this email and it will reach Lucy.

        Kind regards,
        Mercia Water Services Talent Team
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Hannah,</p>
        <p>Thank you for scheduling your interview with Mercia Water Services. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Role</b></td><td>Asset Planning Manager (Clean Water)</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, 15 September 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 - 11:00 BST</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (a joining link will follow from the interviewer&#39;s calendar)</td></tr>
        </table>
        <p>You&#39;ll be meeting:<br>Gavin Thorne &ndash; Head of Asset Investment Planning<br>
        Lucy Adebayo &ndash; Talent Partner</p>
        <p>The conversation will cover your experience with AMP investment planning, risk-based
        prioritisation and working with operational teams. There&#39;s nothing to prepare in advance.</p>
        <p>If you need to change anything, just reply to this email and it will reach Lucy.</p>
        <p>Kind regards,<br>Mercia Water Services Talent Team</p>
        <img src="https://app.greenhouse.io/email_open/3f9a2c71.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = hdrs("Mercia Water Services <no-reply@greenhouse.io>",
              "Interview Confirmation: Asset Planning Manager (Clean Water) - Mercia Water Services",
              "2026-09-10 11:20:41", LON, "<0101019a7c2e4f1b-5e2d8c1a-7f3b-4c9e-a1d2-6b8e0f4c3a21-000000@us-west-2.amazonses.com>",
              extra=(("Reply-To", "Lucy Adebayo <lucy.adebayo@merciawater.co.uk>"),),
              rcv="from a48-12.smtp-out.us-west-2.amazonses.com (a48-12.smtp-out.us-west-2.amazonses.com [54.240.48.12])")
    return message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-24 14:30", LON), end=utc("2026-09-24 15:15", LON),
           contact="marcus.feld@tidewell.io", company="Tidewell Analytics",
           local="Thu 2026-09-24 14:30", local_end="2026-09-24 15:15", zone=LON,
           note="Lever confirmation with invite.ics in UTC (13:30Z-14:15Z); body 'Thursday, "
                "September 24, 2026 2:30 PM - 3:15 PM BST' = UTC+1; contact = Reply-To and ORGANIZER")
def m02() -> bytes:
    body = t("""
        Hi Hannah,

        Your interview with Tidewell Analytics has been scheduled. The details are below and a
        calendar invitation is attached.

        Senior Data Analyst - Network Asset Performance (Remote, UK)
        Thursday, September 24, 2026
        2:30 PM - 3:15 PM BST

        Interviewers: Marcus Feld (Analytics Lead), Bethan Rowe (Product Manager)
        Video call: https://meet.google.com/qvn-hrzx-tkd

        If you have any questions or need to reschedule, reply to this message and Marcus will
        get back to you.

        Best,
        The Tidewell Analytics team

        --
        Sent via Lever
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Scheduling//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-9d2f7e1c-4b6a-4e8f-92b1-70c3d5a6e812@lever.co
        DTSTAMP:20260918T150512Z
        DTSTART:20260924T133000Z
        DTEND:20260924T141500Z
        SUMMARY:Interview: Hannah Pryce <> Tidewell Analytics
        DESCRIPTION:Senior Data Analyst - Network Asset Performance\\nVideo call: https://meet.google.com/qvn-hrzx-tkd
        LOCATION:https://meet.google.com/qvn-hrzx-tkd
        ORGANIZER;CN=Marcus Feld:mailto:marcus.feld@tidewell.io
        ATTENDEE;CN=Hannah Pryce;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.pryce@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Tidewell Analytics <no-reply@hire.lever.co>",
              "Your interview with Tidewell Analytics is confirmed",
              "2026-09-18 16:05:12", LON, "<lever.msg.8f31c2d7a9e04b6f@hire.lever.co>",
              extra=(("Reply-To", "Marcus Feld <marcus.feld@tidewell.io>"),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-07 09:30", LON), end=None,
           contact="rhian.morgan@cambrianutilities.co.uk", company="Cambrian Utilities",
           local="Wed 2026-10-07 09:30", zone=LON,
           note="Workday HTML-only (base64) invitation; '09:30 on Wednesday 7 October' in Cardiff, "
                "UK summer time, so 08:30Z; 'approximately 60 minutes' -> end null; sender is the "
                "Workday tenant address, contact = recruiter address in the body")
def m03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview invitation</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <tr><td style="background:#0b4f6c;color:#ffffff;font-size:18px">Cambrian Utilities &ndash; Careers</td></tr>
        <tr><td>
        <p>Dear Hannah Pryce,</p>
        <p>Thank you for your application for <b>Senior Asset Planner (R-004417)</b>. We are pleased to invite you to a
        competency-based interview at our Cardiff Bay office.</p>
        <p><b>Date and time:</b> 09:30 on Wednesday 7 October 2026<br>
        <b>Duration:</b> approximately 60 minutes<br>
        <b>Venue:</b> Cambrian Utilities, Tŷ Afon, Bute Place, Cardiff CF10 5AL (please report to main reception)<br>
        <b>Panel:</b> Rhian Morgan (Resourcing Partner) and Dafydd Hughes (Asset Strategy Manager)</p>
        <p>Please bring photographic ID. If you require any adjustments, or if you have any questions, please contact
        Rhian Morgan at <a href="mailto:rhian.morgan@cambrianutilities.co.uk">rhian.morgan@cambrianutilities.co.uk</a>.</p>
        <p>You can view this invitation in your candidate home:
        <a href="https://wd3.myworkdayjobs.com/cambrianutilities/login">Sign in to Workday</a></p>
        <p>Kind regards,<br>Resourcing Team<br>Cambrian Utilities</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#777">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = hdrs("Cambrian Utilities <cambrianutilities@myworkday.com>",
              "Interview invitation - Senior Asset Planner (R-004417)",
              "2026-09-30 14:12:03", LON, "<1789452210.48813.1759237923014@wd3-prod-mail.myworkday.com>",
              rcv="from wd3-prod-mail.myworkday.com (wd3-prod-mail.myworkday.com [148.59.182.40])")
    return message(hs, html(page, cte="base64"))


@make.mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-26 11:00", LON), end=utc("2026-10-26 12:00", LON),
           contact="tom.okafor@brightwater-infra.co.uk", company="Brightwater Infrastructure",
           local="Mon 2026-10-26 11:00", local_end="2026-10-26 12:00", zone=LON,
           note="Ashby confirmation sent Thu 22 Oct in BST for Mon 26 Oct, after the UK clocks go "
                "back on Sun 25 Oct: '11:00 AM - 12:00 PM GMT' = 11:00Z-12:00Z (not 10:00Z); ICS "
                "TZID Europe/London agrees; contact = Reply-To / ORGANIZER")
def m04() -> bytes:
    body = t("""
        Hi Hannah,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, October 26, 2026, 11:00 AM - 12:00 PM GMT
        Brightwater Infrastructure, 3rd Floor, Canon's House, Canons Way, Bristol BS1 5UH

        You'll meet with:
          Tom Okafor - Talent Acquisition Partner
          Serena Ashworth - Director, Asset Management

        Please note the UK clocks go back this weekend; the time above is already in GMT.

        Questions? Just reply and it will reach Tom Okafor.

        Thanks,
        Brightwater Infrastructure Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LONDON + "\n" + t("""
        BEGIN:VEVENT
        UID:5c0e8a4f-1b7d-4f92-a3c6-e2d19b7f0a55
        DTSTAMP:20261022T143027Z
        DTSTART;TZID=Europe/London:20261026T110000
        DTEND;TZID=Europe/London:20261026T120000
        SEQUENCE:0
        SUMMARY:Brightwater Infrastructure - Asset Investment Lead Interview
        LOCATION:3rd Floor\\, Canon's House\\, Canons Way\\, Bristol BS1 5UH
        ORGANIZER;CN=Tom Okafor:mailto:tom.okafor@brightwater-infra.co.uk
        ATTENDEE;CN=Hannah Pryce;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.pryce@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Brightwater Infrastructure <no-reply@ashbyhq.com>",
              "Interview confirmed: Asset Investment Lead at Brightwater Infrastructure",
              "2026-10-22 15:30:27", LON,
              "<010001929c7e31d4-8a1f2b6e-9c4d-4e7a-b3f1-2d5c8e9a0b17-000000@email.amazonses.com>",
              extra=(("Reply-To", "Tom Okafor <tom.okafor@brightwater-infra.co.uk>"),))
    return message(hs, mixed(alt(text(body, cte="base64"),
                                 html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n")
                                      + "</p>\n", cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(5), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-03 13:00", LON), end=utc("2026-11-03 14:00", LON),
           contact="priya.nair@hollinsashdown.com", company="Hollins Ashdown Engineering",
           local="Tue 2026-11-03 13:00", local_end="2026-11-03 14:00", zone=LON,
           note="Exchange meeting request, TZID 'GMT Standard Time' (Europe/London); in November "
                "the UK is on GMT so 13:00-14:00 = 13:00Z-14:00Z; contact = human ORGANIZER/sender")
def m05() -> bytes:
    body = t("""
        Hi Hannah,

        As discussed on the phone, please find an invite for your interview for the Water Asset
        Strategy Lead role. You'll be meeting myself and Jonathan Reece (Associate Director,
        Water). It will be in person at our Birmingham office - ask for me at reception on the
        ground floor.

        Looking forward to meeting you.

        Priya

        Priya Nair | Senior Resourcing Advisor
        Hollins Ashdown Engineering
        Two Snowhill, Birmingham B4 6GA
        """)
    when = "When: Tuesday, 3 November 2026 13:00-14:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Hollins Ashdown, Two Snowhill, Birmingham - Meeting Room 2.04\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>When: Tuesday, 3 November 2026 13:00-14:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.<br>
        Where: Hollins Ashdown, Two Snowhill, Birmingham - Meeting Room 2.04</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Hi Hannah,</p>
        <p>As discussed on the phone, please find an invite for your interview for the Water Asset Strategy Lead role.
        You'll be meeting myself and Jonathan Reece (Associate Director, Water). It will be in person at our Birmingham
        office - ask for me at reception on the ground floor.</p>
        <p>Looking forward to meeting you.</p>
        <p>Priya</p>
        <p style="color:#5a5a5a">Priya Nair | Senior Resourcing Advisor<br>Hollins Ashdown Engineering<br>Two Snowhill, Birmingham B4 6GA</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Priya Nair:mailto:priya.nair@hollinsashdown.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Pryce:mailto:hannah.pryce@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonathan Reece:mailto:jonathan.reece@hollinsashdown.com
        DESCRIPTION;LANGUAGE=en-GB:Hi Hannah\\,\\n\\nAs discussed on the phone\\, please find an invite for your interview for the Water Asset Strategy Lead role.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0D35E2A8A46DD01000000000000000010000000F1C2A7E3D14B6A4C9E2F1A0B3C4D5E6F
        SUMMARY;LANGUAGE=en-GB:Interview - Hannah Pryce - Water Asset Strategy Lead
        DTSTART;TZID=GMT Standard Time:20261103T130000
        DTEND;TZID=GMT Standard Time:20261103T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T100204Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Hollins Ashdown\\, Two Snowhill\\, Birmingham - Meeting Room 2.04
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:-1204378821
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Priya Nair <priya.nair@hollinsashdown.com>",
              "Interview - Hannah Pryce - Water Asset Strategy Lead",
              "2026-10-28 10:02:04", LON,
              "<DB9PR04MB8412C3A1F7E2B05D9A6C4E1FB7D12@DB9PR04MB8412.eurprd04.prod.outlook.com>",
              extra=(("Thread-Topic", "Interview - Hannah Pryce - Water Asset Strategy Lead"),
                     ("Thread-Index", "AdxJ2kV3mQ8rT1bNRkWc7fL0pA9uXw=="),
                     ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")),
              rcv="from DB9PR04MB8412.eurprd04.prod.outlook.com (2603:10a6:10:2c1::17)")
    return message(hs, alt(text(when + body), html(page),
                           calendar(ics, cte="base64", charset="utf-8")))


@make.mail(N(6), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-15 15:00", DUB), end=utc("2026-10-15 15:45", DUB),
           contact="aoife.brennan@liffeygrid.ie", company="Liffey Grid Analytics",
           local="Thu 2026-10-15 15:00", local_end="2026-10-15 15:45", zone=DUB,
           note="Google Calendar invitation from a Dublin organiser shown in her zone: '15:00 - "
                "15:45 (Irish Standard Time)' - IST here is Irish summer time UTC+1, not India; so "
                "14:00Z-14:45Z, same as the UTC DTSTART in the ICS; contact = ORGANIZER")
def m06() -> bytes:
    body = t("""
        Interview: Hannah Pryce / Liffey Grid Analytics
        Thursday 15 Oct 2026 ⋅ 15:00 – 15:45 (Irish Standard Time)

        Joining info: Join with Google Meet
        https://meet.google.com/ydk-pwms-rfe

        Join by phone
        (IE) +353 1 800 4172 PIN: 418 902 551#

        Hi Hannah - this is the first-round conversation with Ciarán (Head of Asset Analytics) and
        me. 45 minutes, informal. Looking forward to it! Aoife

        Organiser
        Aoife Brennan
        aoife.brennan@liffeygrid.ie

        Guests
        Aoife Brennan - organiser
        Ciarán Ó Súilleabháin
        hannah.pryce@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGJ0cTJ2

        Reply for hannah.pryce@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = gmail_html(body)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261015T140000Z
        DTEND:20261015T144500Z
        DTSTAMP:20261009T111502Z
        ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@liffeygrid.ie
        UID:4btq2v8k1m0s7nf3e5hq9c6r2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aoife Brennan;X-NUM-GUESTS=0:mailto:aoife.brennan@liffeygrid.ie
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciarán Ó Súilleabháin;X-NUM-GUESTS=0:mailto:ciaran.osullivan@liffeygrid.ie
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.pryce@example.org;X-NUM-GUESTS=0:mailto:hannah.pryce@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/ydk-pwms-rfe
        CREATED:20261009T111458Z
        DESCRIPTION:Hi Hannah - this is the first-round conversation with Ciarán (Head of Asset Analytics) and me. 45 minutes\\, informal. Looking forward to it! Aoife
        LAST-MODIFIED:20261009T111502Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Hannah Pryce / Liffey Grid Analytics
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Aoife Brennan <aoife.brennan@liffeygrid.ie>",
              "Invitation: Interview: Hannah Pryce / Liffey Grid Analytics @ Thu 15 Oct 2026 15:00 - 15:45 (IST) (hannah.pryce@example.org)",
              "2026-10-09 12:15:02", DUB, "<calendar-3b7f9e21-6c4a-4d8b-a0e5-1f2c9d8b7a64@google.com>",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "aoife.brennan@liffeygrid.ie")),
              rcv="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])")
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(7), family="recruitee", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-11 10:00", AMS), end=utc("2026-11-11 11:00", AMS),
           contact="sanne.devries@polderhydro.nl", company="Polder Hydro Systems",
           local="Wed 2026-11-11 10:00", local_end="2026-11-11 11:00", zone=AMS,
           note="Recruitee interview confirmation from an Amsterdam employer: '10:00 - 11:00 (CET, "
                "Amsterdam time) - that is 09:00 UK time'; CET = UTC+1 in November so 09:00Z-10:00Z; "
                "ICS TZID Europe/Amsterdam agrees; contact = Reply-To / ORGANIZER recruiter")
def m07() -> bytes:
    body = t("""
        Dear Hannah,

        Thank you for choosing a time slot. Your interview for the position of Asset Data
        Consultant (UK & Ireland) is confirmed:

        Wednesday 11 November 2026
        10:00 - 11:00 (CET, Amsterdam time) - that is 09:00 UK time
        Microsoft Teams - the link is in the attached invitation

        You will speak with Sanne de Vries (Talent Acquisition) and Joost Verhoeven (Team Lead,
        Water Utilities). We would like to hear about the asset registers and planning tools you
        have worked with.

        If anything changes, simply reply to this e-mail.

        Kind regards,

        Sanne de Vries
        Talent Acquisition | Polder Hydro Systems
        Amsterdam
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Scheduler//EN
        METHOD:REQUEST
        """) + VTZ_AMSTERDAM + "\n" + t("""
        BEGIN:VEVENT
        UID:rec-int-6618204@recruitee.com
        DTSTAMP:20261103T120531Z
        DTSTART;TZID=Europe/Amsterdam:20261111T100000
        DTEND;TZID=Europe/Amsterdam:20261111T110000
        SUMMARY:Interview Hannah Pryce - Asset Data Consultant (UK & Ireland)
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4MjFh%40thread.v2/0
        ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@polderhydro.nl
        ATTENDEE;CN=Hannah Pryce;RSVP=TRUE:mailto:hannah.pryce@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Sanne de Vries - Polder Hydro Systems <polderhydrosystems@mail.recruitee.com>",
              "Interview confirmed - Asset Data Consultant (UK & Ireland)",
              "2026-11-03 13:05:31", AMS, "<6618204.8d1e2f3a4b5c@mail.recruitee.com>",
              extra=(("Reply-To", "Sanne de Vries <sanne.devries@polderhydro.nl>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@make.mail(N(8), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-18 11:30", LON), end=utc("2026-09-18 12:00", LON),
           contact="james.whitlock@northgateasset.co.uk", company="Northgate Asset Consulting",
           local="Fri 2026-09-18 11:30", local_end="2026-09-18 12:00", zone=LON,
           note="Calendly invitee confirmation of a '30 Minute Interview' booked by Hannah: "
                "'11:30am - 12:00pm ... (United Kingdom Time)', BST in September so 10:30Z-11:00Z; "
                "contact = host (Reply-To), not notifications@calendly.com")
def m08() -> bytes:
    body = t("""
        Hi Hannah Pryce,

        Your 30 Minute Interview with James Whitlock at 11:30am (United Kingdom Time) on
        Friday, 18 September 2026 is scheduled.

        Event Type:
        30 Minute Interview - Principal Consultant, Asset Management

        Event Date/Time:
        11:30am - 12:00pm, Friday, 18 September 2026 (United Kingdom Time)

        Location:
        This is a Zoom web conference. Attendees can join this meeting from a computer, tablet or
        smartphone.
        https://northgateasset.zoom.us/j/84120953317

        Invitee Email:
        hannah.pryce@example.org

        Questions:
        Please share anything that will help prepare for our meeting.
        Looking forward to discussing the Ofwat PR29 work.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b1d4e2a-93f0-4c5e-8a61-2f0d9c3b8e47
        Reschedule: https://calendly.com/reschedulings/7b1d4e2a-93f0-4c5e-8a61-2f0d9c3b8e47

        Powered by Calendly.com
        """)
    hs = hdrs("James Whitlock via Calendly <notifications@calendly.com>",
              "Confirmed: 30 Minute Interview with James Whitlock on Friday, 18 September 2026",
              "2026-09-14 20:47:55", LON, "<8b2e0c4f-5a7d-4b19-9e3c-1d6f8a2b4c70@calendly.com>",
              extra=(("Reply-To", "James Whitlock <james.whitlock@northgateasset.co.uk>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(9), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-01 14:00", LON), end=utc("2026-10-01 15:00", LON),
           contact="daniel.shaw@redbrooktalent.co.uk", company="Avonmere Water",
           local="Thu 2026-10-01 14:00", local_end="2026-10-01 15:00", zone=LON,
           days=(("Mon", "2026-09-28"),),
           note="Agency recruiter confirms the client interview: 'Thursday at 2pm', resolved "
                "against the Date (Mon 28 Sep) = Thu 1 Oct, BST so 13:00Z; 'it'll be an hour' "
                "-> end 14:00Z; company = the client (hiring company), contact = the agent")
def m09() -> bytes:
    body = t("""
        Hi Hannah,

        Good news - Avonmere have come back and confirmed Thursday at 2pm for your first
        interview for the Capital Planning Manager role. It'll be an hour, face to face at their
        head office (Avonmere House, Clifton Down Road, Bristol BS8 4AN). Park in the visitor bays
        at the back and sign in at reception.

        You'll be seeing Gareth Lloyd, Head of Asset Strategy, and Claire Fenwick from their
        regulation team. Gareth is very hands-on with the PR29 business plan so expect questions on
        how you've built investment cases, plus a couple of the usual competency ones.

        Give me a ring after if you get a chance - I'm about until 6.

        Best,
        Dan

        Daniel Shaw
        Senior Consultant - Engineering & Utilities
        Redbrook Talent | 0121 496 0734 | daniel.shaw@redbrooktalent.co.uk
        """)
    page = t("""
        <html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
        <p>Hi Hannah,</p>
        <p>Good news - Avonmere have come back and confirmed Thursday at 2pm for your first interview for the Capital
        Planning Manager role. It'll be an hour, face to face at their head office (Avonmere House, Clifton Down Road,
        Bristol BS8 4AN). Park in the visitor bays at the back and sign in at reception.</p>
        <p>You'll be seeing Gareth Lloyd, Head of Asset Strategy, and Claire Fenwick from their regulation team. Gareth is
        very hands-on with the PR29 business plan so expect questions on how you've built investment cases, plus a couple
        of the usual competency ones.</p>
        <p>Give me a ring after if you get a chance - I'm about until 6.</p>
        <p>Best,<br>Dan</p>
        <p style="font-size:9pt;color:#7a1f2b"><b>Daniel Shaw</b><br>Senior Consultant - Engineering &amp; Utilities<br>
        Redbrook Talent | 0121 496 0734 | <a href="mailto:daniel.shaw@redbrooktalent.co.uk">daniel.shaw@redbrooktalent.co.uk</a></p>
        </div></body></html>
        """)
    hs = hdrs("Daniel Shaw <daniel.shaw@redbrooktalent.co.uk>", "Avonmere - Thursday confirmed",
              "2026-09-28 17:22:10", LON,
              "<LO4P123MB6620A1C2D3E4F5A6B7C8D9E0F1A2@LO4P123MB6620.GBRP123.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", "Avonmere - Thursday confirmed"),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(10), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-06 09:30", LON), end=None,
           contact="richard.blake@temevalleysurveys.co.uk", company="Teme Valley Surveys",
           local="Tue 2026-10-06 09:30", zone=LON,
           days=(("Wed", "2026-10-07"), ("Tue", "2026-09-29")),
           note="Hiring manager's short reply on top of Hannah's offer of two slots: 'Tuesday 9.30 "
                "it is' picks the quoted 'Tuesday 6th at 9.30' (BST, 08:30Z); no length stated -> "
                "end null; contact = the human sender")
def m10() -> bytes:
    body = t("""
        Morning Hannah,

        Tuesday 9.30 it is. We're at Unit 4, Blackpole Trading Estate - there's a sign for us at
        the gate, and you can park anywhere out front. I'll have Sarah from our GIS team with me.
        Nothing formal to prepare, but bring anything you'd like to show us.

        See you then,
        Richard

        Richard Blake
        Operations Director, Teme Valley Surveys Ltd
        01905 731 208

        On Tue, 29 Sept 2026 at 21:04, Hannah Pryce <hannah.pryce@example.org> wrote:
        > Dear Richard,
        >
        > Thank you for getting in touch, and I'd be very glad to come in and talk about the
        > Asset Information Manager role. I could do Tuesday 6th at 9.30 or Wednesday 7th any
        > time after 1pm, if either of those suits you.
        >
        > Kind regards,
        > Hannah
        >
        > On Tue, 29 Sept 2026 at 16:40, Richard Blake <richard.blake@temevalleysurveys.co.uk> wrote:
        >> Dear Hannah,
        >>
        >> Thanks for your CV, which Lisa passed on. We'd like to invite you in for a chat at our
        >> office next week. Would any morning or early afternoon work for you?
        >>
        >> Regards,
        >> Richard
        """)
    hs = hdrs("Richard Blake <richard.blake@temevalleysurveys.co.uk>",
              "Re: Asset Information Manager - Teme Valley Surveys",
              "2026-09-30 08:15:22", LON, "<CAH7mNq4rF2x8b+Yt1pWk3ZsL0vE9cJd6aQ@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAJk2Lp9vW8tR3yQ5mN1xB7cE0fH4gD2sA@mail.gmail.com>"),
                     ("References", "<CAG5pVt3xQ1mR8yN2kL7wB9cE4fH0dJ6sA@mail.gmail.com> "
                                    "<CAJk2Lp9vW8tR3yQ5mN1xB7cE0fH4gD2sA@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="7bit", charset="UTF-8"), html(gmail_html(body))))


@make.mail(N(11), family="forwarded", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-21 14:00", LON), end=utc("2026-10-21 15:00", LON),
           contact="gemma.hartley@wyvernrail.co.uk", company="Wyvern Rail Assets",
           local="Wed 2026-10-21 14:00", local_end="2026-10-21 15:00", zone=LON,
           note="Hannah forwards a SmartRecruiters confirmation from her phone address to her main "
                "one; '14:00 - 15:00 (UK time)' on Wed 21 Oct is still BST (clocks change on the "
                "25th) so 13:00Z-14:00Z; contact = the recruiter's address in the forwarded body")
def m11() -> bytes:
    body = t("""
        for the calendar - Weds afternoon, Worcester office so no train needed

        Sent from my iPhone

        Begin forwarded message:

        > From: Wyvern Rail Assets <noreply@smartrecruiters.com>
        > Date: 15 October 2026 at 16:31:08 BST
        > To: Hannah Pryce <hannah.p@example.com>
        > Subject: Interview for Infrastructure Asset Planner - Wyvern Rail Assets
        >
        > Dear Hannah,
        >
        > Thank you for your interest in the Infrastructure Asset Planner position at Wyvern Rail
        > Assets. We are delighted to confirm your interview:
        >
        > Date: Wednesday, 21 October 2026
        > Time: 14:00 - 15:00 (UK time)
        > Location: Wyvern Rail Assets, Shrub Hill Works, Worcester WR4 9EE
        > Interviewers: Gemma Hartley (Recruitment Partner), Neil Atwal (Route Asset Manager)
        >
        > The interview will include a short presentation (10 minutes) on how you would prioritise
        > renewals across a mixed-age asset base. Please bring it on a memory stick.
        >
        > Should you have any questions, please contact me at gemma.hartley@wyvernrail.co.uk.
        >
        > Kind regards,
        > Gemma Hartley
        > Recruitment Partner, Wyvern Rail Assets
        >
        > Powered by SmartRecruiters
        """)
    hs = [("Delivered-To", ME), ("From", "Hannah Pryce <hannah.p@example.com>"), ("To", ME_ADDR),
          ("Subject", "Fwd: Interview for Infrastructure Asset Planner - Wyvern Rail Assets"),
          ("Date", date("2026-10-16 07:55:40", LON)),
          ("Message-ID", "<A4C7E2F1-9B3D-4E8A-B6C5-2F1D0E9A8B77@example.com>"),
          ("X-Mailer", "iPhone Mail (22B91)")]
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(12), family="icims", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-16 10:00", LON), end=utc("2026-11-16 11:30", LON),
           contact="ellie.marsh@kestrelenv.co.uk", company="Kestrel Environmental",
           local="Mon 2026-11-16 10:00", local_end="2026-11-16 11:30", zone=LON,
           note="iCIMS interview confirmation from the tenant's talent.icims.com address; "
                "'Monday 16 November 2026, 10:00 - 11:30 GMT' = 10:00Z-11:30Z; contact = the "
                "recruiter named with her address in the body")
def m12() -> bytes:
    body = t("""
        Dear Hannah,

        Thank you for letting us know your availability. We are pleased to confirm your interview
        for the role of Flood Risk Asset Planner (Req 2026-1187).

        Date: Monday 16 November 2026
        Time: 10:00 - 11:30 GMT
        Format: In person, including a 30-minute technical exercise
        Address: Kestrel Environmental, 1 Temple Quay (4th floor), Bristol BS1 6DZ

        Your panel will be Ellie Marsh (Talent Acquisition) and Dr Kwame Asante (Principal Asset
        Engineer). Temple Meads station is a five-minute walk away.

        If you have any questions before the day, please email Ellie Marsh at
        ellie.marsh@kestrelenv.co.uk.

        Best regards,
        Kestrel Environmental Talent Acquisition
        """)
    page = t("""
        <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
        <div style="border-top:4px solid #2e7d32;padding:16px">
        <p>Dear Hannah,</p>
        <p>Thank you for letting us know your availability. We are pleased to confirm your interview for the role of
        <strong>Flood Risk Asset Planner</strong> (Req 2026-1187).</p>
        <ul>
        <li><strong>Date:</strong> Monday 16 November 2026</li>
        <li><strong>Time:</strong> 10:00 &ndash; 11:30 GMT</li>
        <li><strong>Format:</strong> In person, including a 30-minute technical exercise</li>
        <li><strong>Address:</strong> Kestrel Environmental, 1 Temple Quay (4th floor), Bristol BS1 6DZ</li>
        </ul>
        <p>Your panel will be Ellie Marsh (Talent Acquisition) and Dr Kwame Asante (Principal Asset Engineer). Temple Meads
        station is a five-minute walk away.</p>
        <p>If you have any questions before the day, please email Ellie Marsh at
        <a href="mailto:ellie.marsh@kestrelenv.co.uk">ellie.marsh@kestrelenv.co.uk</a>.</p>
        <p>Best regards,<br>Kestrel Environmental Talent Acquisition</p>
        </div>
        <p style="font-size:10px;color:#888">This message was sent via iCIMS. To unsubscribe from career alerts, update
        your profile preferences.</p>
        </body></html>
        """)
    hs = hdrs("Kestrel Environmental <kestrelenvironmental@talent.icims.com>",
              "Interview Confirmation - Flood Risk Asset Planner",
              "2026-11-09 10:30:44", LON, "<20261109103044.4417.881920@talent.icims.com>",
              rcv="from mta-07.icims.com (mta-07.icims.com [64.28.79.107])")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@make.mail(N(13), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-19 16:00", LON), end=utc("2026-11-19 16:45", LON),
           contact="olivia.chen@rainfold.io", company="Rainfold",
           local="Thu 2026-11-19 16:00", local_end="2026-11-19 16:45", zone=LON,
           note="Teamtailor mail for a remote UK team: the body gives no time ('details in the "
                "attached invitation'); the time is only in the .ics, DTSTART;TZID=Europe/London "
                "20261119T160000 = 16:00Z (GMT); contact = the human ICS ORGANIZER")
def m13() -> bytes:
    body = t("""
        Hi Hannah,

        Great news - your interview for Product Specialist, Network Planning has been booked.

        You'll find the date, time and video link in the attached calendar invitation. Just open
        it to add it to your calendar.

        A little about what to expect: it's a relaxed conversation with Olivia (Head of Customer
        Solutions) about how water companies plan their renewals today and where tools like ours
        help or get in the way. We're a fully remote team, so video on if you can!

        All the best,
        Olivia Chen
        Rainfold

        --
        Rainfold - Smarter network renewals for water utilities
        This email was sent with Teamtailor.
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <img src="https://img.teamtailor-cdn.com/images/rainfold-logo.png" alt="Rainfold" width="120">
        <p>Hi Hannah,</p>
        <p>Great news - your interview for <b>Product Specialist, Network Planning</b> has been booked.</p>
        <p>You'll find the date, time and video link in the attached calendar invitation. Just open it to add it to your calendar.</p>
        <p>A little about what to expect: it's a relaxed conversation with Olivia (Head of Customer Solutions) about how water
        companies plan their renewals today and where tools like ours help or get in the way. We're a fully remote team, so video on if you can!</p>
        <p>All the best,<br>Olivia Chen<br>Rainfold</p>
        <hr><p style="font-size:12px;color:#888">Rainfold - Smarter network renewals for water utilities<br>This email was sent with Teamtailor.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LONDON + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-3381457-rainfold@teamtailor.com
        DTSTAMP:20261112T140011Z
        DTSTART;TZID=Europe/London:20261119T160000
        DTEND;TZID=Europe/London:20261119T164500
        SUMMARY:Interview: Product Specialist\\, Network Planning (Rainfold)
        DESCRIPTION:Video meeting: https://meet.rainfold.io/olivia-chen/hp-1119
        LOCATION:https://meet.rainfold.io/olivia-chen/hp-1119
        ORGANIZER;CN=Olivia Chen:mailto:olivia.chen@rainfold.io
        ATTENDEE;CN=Hannah Pryce;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hannah.pryce@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Olivia Chen at Rainfold <no-reply@teamtailor-mail.com>",
              "Your interview with Rainfold is booked",
              "2026-11-12 14:00:11", LON, "<5f1c8e2a9d7b.3381457@teamtailor-mail.com>",
              extra=(("Reply-To", "rainfold+candidate-88213@inbound.teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(14), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-14 10:00", LON), end=utc("2026-10-14 10:45", LON),
           contact=None, company="Marcher Water",
           local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:45", zone=LON,
           note="Microsoft Bookings confirmation from a shared booking mailbox; the body shows the "
                "Windows display name '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' although "
                "14 Oct is BST, so 10:00 local = 09:00Z (ICS 'GMT Standard Time' agrees); no human "
                "address (staff member named without one) -> contact null")
def m14() -> bytes:
    body = t("""
        Marcher Water Recruitment

        Your booking is confirmed

        Hello Hannah Pryce,

        Thanks for booking with Marcher Water Recruitment. Here are your booking details:

        Telephone interview - Network Planning Engineer
        Wednesday, 14 October 2026
        10:00 - 10:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

        Staff: Hugh Pemberton

        We will call you on the mobile number you gave when you booked.

        Need to make changes?
        Manage booking: https://outlook.office365.com/owa/calendar/MarcherWaterInterviews@marcherwater.onmicrosoft.com/bookings/

        This is an automated message from Microsoft Bookings. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Marcher Water Recruitment</div>
        <div style="font-size:24px;margin:16px 0">Your booking is confirmed</div>
        <p>Hello Hannah Pryce,</p>
        <p>Thanks for booking with Marcher Water Recruitment. Here are your booking details:</p>
        <div style="border:1px solid #e1dfdd;padding:12px">
        <div><b>Telephone interview - Network Planning Engineer</b></div>
        <div>Wednesday, 14 October 2026</div>
        <div>10:00 - 10:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London</div>
        <div>Staff: Hugh Pemberton</div>
        </div>
        <p>We will call you on the mobile number you gave when you booked.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/MarcherWaterInterviews@marcherwater.onmicrosoft.com/bookings/">Manage booking</a></p>
        <p style="font-size:11px;color:#605e5c">This is an automated message from Microsoft Bookings. Please do not reply.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Marcher Water Recruitment:mailto:MarcherWaterInterviews@marcherwater.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Pryce:mailto:hannah.pryce@example.org
        UID:040000008200E00074C5B7101A82E0080000000051A3C9F27E5ADD01000000000000000010000000A9B8C7D6E5F40312233445566778899A
        SUMMARY;LANGUAGE=en-GB:Telephone interview - Network Planning Engineer
        DTSTART;TZID=GMT Standard Time:20261014T100000
        DTEND;TZID=GMT Standard Time:20261014T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261007T160012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Telephone
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Marcher Water Recruitment <MarcherWaterInterviews@marcherwater.onmicrosoft.com>",
              "Booking confirmed: Telephone interview - Network Planning Engineer",
              "2026-10-07 17:00:12", LON,
              "<AM6PR10MB3301B2E4D7C9A1F0E8D6C5B4A3F2@AM6PR10MB3301.EURPRD10.PROD.OUTLOOK.COM>",
              extra=(("X-MS-Exchange-Organization-BookingsAppointment", "true"),),
              rcv="from AM6PR10MB3301.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:20b:4e1::9)")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(15), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-03 10:00", LON), end=utc("2026-12-03 12:00", LON),
           contact="shauna.kelly@gridline-networks.co.uk", company="Gridline Energy Networks",
           local="Thu 2026-12-03 10:00", local_end="2026-12-03 12:00", zone=LON,
           note="GoodTime two-session itinerary on Thu 3 Dec (GMT): 10:00-10:45 and 11:00-12:00, "
                "so start = first session 10:00Z, end = last session end 12:00Z; contact = "
                "Reply-To coordinator")
def m15() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for confirming your availability - here is your interview itinerary for the
        Asset Investment Planner position at Gridline Energy Networks.

        Thursday, December 3, 2026 (all times GMT)
        Location: Gridline Energy Networks, 2 Brindleyplace, Birmingham B1 2JB - Floor 5

        10:00 - 10:45   Hiring manager conversation
                        Owen Prescott, Investment Planning Manager
        10:45 - 11:00   Break
        11:00 - 12:00   Technical panel: network investment case study
                        Farah Iqbal, Lead Asset Engineer
                        Stuart Lomax, Regulatory Reporting Manager

        Please arrive ten minutes early and ask reception for Shauna Kelly. Visitor Wi-Fi details
        will be on your badge.

        If you have any questions, reply to this email.

        Shauna Kelly
        Recruiting Coordinator, Gridline Energy Networks

        Powered by GoodTime
        """)
    hs = hdrs("Gridline Energy Networks <scheduling@goodtime.io>",
              "Your interview itinerary - Asset Investment Planner, Thursday 3 December",
              "2026-11-26 11:00:37", LON, "<gt-itin-0b7d6a19e4c2f583@goodtime.io>",
              extra=(("Reply-To", "Shauna Kelly <shauna.kelly@gridline-networks.co.uk>"),))
    return message(hs, alt(text(body), html("<pre style=\"font-family:Arial,sans-serif\">\n" + body.replace("&", "&amp;").replace("<", "&lt;") + "</pre>\n")))


@make.mail(N(16), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-02 11:00", NYC), end=utc("2026-11-02 11:45", NYC),
           contact="kayla.brooks@hydrosignal.com", company="Hydrosignal",
           local="Mon 2026-11-02 11:00", local_end="2026-11-02 11:45", zone=NYC,
           days=(("Thu", "2026-10-29"),),
           note="Recruiter (London office of a remote US-headquartered team) sent Thu 29 Oct "
                "while the US was still on EDT; 'Monday at 4pm your time' and the Zoom block '11:00 "
                "AM Eastern Time' are both Mon 2 Nov after the US change on 1 Nov (EST, UTC-5) = "
                "16:00Z; '45 minutes' -> end 16:45Z")
def m16() -> bytes:
    body = t("""
        Hi Hannah,

        Lovely to chat yesterday. As promised, I've set up your interview with Dana Whitcombe, our
        VP of Utility Solutions, who's based in our Boston office. That's Monday at 4pm your time
        (11am for Dana) - the US clocks go back this weekend, so the gap is back to five hours.
        It'll be 45 minutes.

        Dana will want to hear about how Wyre Valley uses its hydraulic models in capital planning,
        and she'll give you a proper walk-through of the product roadmap.

        Zoom details below. Any problems, just drop me a line.

        Cheers,
        Kayla

        Kayla Brooks
        Talent Partner (EMEA) | Hydrosignal
        kayla.brooks@hydrosignal.com | +44 20 7946 0381

        ---
        Hydrosignal is inviting you to a scheduled Zoom meeting.

        Topic: Hannah Pryce / Dana Whitcombe - Interview
        Time: Nov 2, 2026 11:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://hydrosignal.zoom.us/j/93155820476?pwd=cFhKb2ZtR0NxV1dMQ3N6

        Meeting ID: 931 5582 0476
        Passcode: 627419

        One tap mobile
        +442080806591,,93155820476#,,,,*627419# United Kingdom
        """)
    hs = hdrs("Kayla Brooks <kayla.brooks@hydrosignal.com>",
              "Interview with Dana - Monday",
              "2026-10-29 14:30:18", NYC, "<CAE3pQx7bN1vT9kR5mW2yL8cF4gH0jD6sZ@mail.gmail.com>",
              rcv="from mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(17), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-05 15:00", LON), end=utc("2026-11-05 16:00", LON),
           contact="priya.nair@hollinsashdown.com", company="Hollins Ashdown Engineering",
           local="Thu 2026-11-05 15:00", local_end="2026-11-05 16:00", zone=LON,
           days=(("Tue", "2026-11-03"),),
           note="Exchange update of the Hollins Ashdown interview (same UID, SEQUENCE:1): moved "
                "from Tue 3 Nov 13:00 to Thu 5 Nov 15:00-16:00 'GMT Standard Time' = 15:00Z-16:00Z; "
                "rescheduled = the new time; contact = ORGANIZER")
def m17() -> bytes:
    body = t("""
        When: Thursday, 5 November 2026 15:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Hollins Ashdown, Two Snowhill, Birmingham - Meeting Room 3.11

        *~*~*~*~*~*~*~*~*~*

        Hi Hannah,

        Thanks for being so flexible. Jonathan has been pulled into a client workshop on Tuesday,
        so as we agreed on the phone I've moved your interview to Thursday afternoon instead. Same
        building, different room - still ask for me at reception.

        Priya
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Priya Nair:mailto:priya.nair@hollinsashdown.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Pryce:mailto:hannah.pryce@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonathan Reece:mailto:jonathan.reece@hollinsashdown.com
        UID:040000008200E00074C5B7101A82E00800000000B0D35E2A8A46DD01000000000000000010000000F1C2A7E3D14B6A4C9E2F1A0B3C4D5E6F
        SUMMARY;LANGUAGE=en-GB:Interview - Hannah Pryce - Water Asset Strategy Lead
        DTSTART;TZID=GMT Standard Time:20261105T150000
        DTEND;TZID=GMT Standard Time:20261105T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261102T164013Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Hollins Ashdown\\, Two Snowhill\\, Birmingham - Meeting Room 3.11
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1204378821
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    page = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">\n" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")) + \
        "</div></body></html>\n"
    hs = hdrs("Priya Nair <priya.nair@hollinsashdown.com>",
              "Updated: Interview - Hannah Pryce - Water Asset Strategy Lead",
              "2026-11-02 16:40:13", LON,
              "<DB9PR04MB8412E7F2A1C3B49D6E8F0A2B5C17@DB9PR04MB8412.eurprd04.prod.outlook.com>",
              extra=(("Thread-Topic", "Interview - Hannah Pryce - Water Asset Strategy Lead"),
                     ("Thread-Index", "AdxJ2kV3mQ8rT1bNRkWc7fL0pA9uXwABz7Qk"),
                     ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-09 14:00", LON), end=None,
           contact="rhian.morgan@cambrianutilities.co.uk", company="Cambrian Utilities",
           local="Fri 2026-10-09 14:00", zone=LON,
           days=(("Wed", "2026-10-07"),),
           note="Recruiter moves the Cardiff interview from Wednesday 7 Oct 09:30 to 'Friday 9 "
                "October at 2pm', BST so 13:00Z; plain text in windows-1252 8bit; no length -> end "
                "null; contact = human sender")
def m18() -> bytes:
    body = t("""
        Hi Hannah,

        I’m so sorry to do this at short notice, but Dafydd has been called to an incident at one of
        our treatment works and won’t be back in the office until Thursday. We’ve had to move your
        interview from Wednesday morning to Friday 9 October at 2pm – same venue (Ty Afon, Bute
        Place), same panel. I’ve updated your Workday invitation too.

        If Friday really doesn’t work, let me know and I’ll find another slot next week – but I hope
        it does!

        Diolch,
        Rhian

        Rhian Morgan
        Resourcing Partner | Partner Adnoddau
        Cambrian Utilities
        """)
    hs = hdrs("Rhian Morgan <rhian.morgan@cambrianutilities.co.uk>",
              "Change to your interview – Senior Asset Planner",
              "2026-10-05 09:48:31", LON,
              "<CWXP265MB4420F1E2D3C4B5A69788A0B1C2D3@CWXP265MB4420.GBRP265.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", "Change to your interview - Senior Asset Planner"),
                     ("Content-Language", "en-GB")))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-27 15:00", DUB), end=utc("2026-10-27 16:30", DUB),
           contact="aoife.brennan@liffeygrid.ie", company="Liffey Grid Analytics",
           local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:30", zone=DUB,
           days=(("Fri", "2026-10-23"),),
           note="Dublin recruiter replies on top of her own earlier mail: second round moved from "
                "Fri 23 Oct to 'Tuesday 27 October, 3 to 4.30pm (Irish time, which is the same as "
                "yours)'; Ireland is on GMT after 25 Oct, so 15:00Z-16:30Z; contact = sender")
def m19() -> bytes:
    body = t("""
        Hi Hannah,

        Apologies for the shuffle! Ciarán is now travelling on Friday, so we've moved your second
        round to Tuesday 27 October, 3 to 4.30pm (Irish time, which is the same as yours). Same
        format as below - the case study first, then a chat with Niamh from our utilities
        practice. I'll send a fresh Teams link on Monday.

        Thanks a million for being flexible,
        Aoife

        Aoife Brennan | Talent Acquisition Lead
        Liffey Grid Analytics | Grand Canal Quay, Dublin 2

        On Tue 20 Oct 2026 at 11:02, Aoife Brennan <aoife.brennan@liffeygrid.ie> wrote:
        > Hi Hannah,
        >
        > Great news - the team would love to see you for a second round. We have you pencilled in
        > for Friday 23 October, 10:00 to 11:30 Irish time: a 45-minute case study on a sample
        > sewer network, then a conversation with Niamh Doyle from our utilities practice.
        >
        > Best,
        > Aoife
        """)
    hs = hdrs("Aoife Brennan <aoife.brennan@liffeygrid.ie>",
              "Re: Second round - Liffey Grid Analytics",
              "2026-10-22 10:30:09", DUB, "<CAB8vRw2kN5tQ1xM7pL9yZ3cE6fJ0hD4sG@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAB8vRw0hX2mT6qN3pK8yL1cF5gJ9dE7sA@mail.gmail.com>"),
                     ("References", "<CAB8vRw0hX2mT6qN3pK8yL1cF5gJ9dE7sA@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(20), family="calendly", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-09-30 16:00", LON), end=utc("2026-09-30 16:30", LON),
           contact="nadia.hussain@quaysideanalytics.co.uk", company="Quayside Analytics",
           local="Wed 2026-09-30 16:00", local_end="2026-09-30 16:30", zone=LON,
           days=(("Tue", "2026-09-29"),),
           note="Calendly 'rescheduled' notice to the invitee: former Tue 29 Sep 4:00pm struck "
                "through, new '4:00pm - 4:30pm, Wednesday, 30 September 2026 (United Kingdom Time)', "
                "BST so 15:00Z-15:30Z; contact = host Reply-To")
def m20() -> bytes:
    body = t("""
        Hi Hannah Pryce,

        Your Interview - Asset Performance Analyst with Nadia Hussain has been rescheduled.

        Event Type:
        Interview - Asset Performance Analyst

        Former Date/Time:
        4:00pm - 4:30pm, Tuesday, 29 September 2026 (United Kingdom Time)

        Updated Date/Time:
        4:00pm - 4:30pm, Wednesday, 30 September 2026 (United Kingdom Time)

        Location:
        Microsoft Teams meeting. The host will send the joining link.

        Reason for rescheduling:
        "Clash with a site visit on Tuesday - sorry, and thank you!"

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/e40c7a12-58d3-4b9f-a26e-91f3d0b7c5a8
        Reschedule: https://calendly.com/reschedulings/e40c7a12-58d3-4b9f-a26e-91f3d0b7c5a8

        Powered by Calendly.com
        """)
    page = body.replace("&", "&amp;").replace("\n\n", "</p>\n<p>").replace("\n", "<br>")
    page = page.replace("4:00pm - 4:30pm, Tuesday, 29 September 2026 (United Kingdom Time)",
                        "<s>4:00pm - 4:30pm, Tuesday, 29 September 2026 (United Kingdom Time)</s>")
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><p>" + page + "</p></body></html>\n"
    hs = hdrs("Nadia Hussain via Calendly <notifications@calendly.com>",
              "Updated: Interview - Asset Performance Analyst with Nadia Hussain on Wednesday, 30 September 2026",
              "2026-09-27 19:10:06", LON, "<c3f81d27-9a4e-4b60-8d15-7e2a0b9c4f13@calendly.com>",
              extra=(("Reply-To", "Nadia Hussain <nadia.hussain@quaysideanalytics.co.uk>"),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(N(21), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-02 10:00", LON), end=utc("2026-10-02 11:00", LON),
           contact="lucy.adebayo@merciawater.co.uk", company="Mercia Water Services",
           local="Fri 2026-10-02 10:00", local_end="2026-10-02 11:00", zone=LON,
           note="Exchange METHOD:CANCEL (STATUS:CANCELLED, SEQUENCE:1) of the second-stage "
                "interview, role on hold: cancelled slot Fri 2 Oct 10:00-11:00 'GMT Standard Time' "
                "in BST = 09:00Z-10:00Z; contact = ORGANIZER recruiter")
def m21() -> bytes:
    body = t("""
        When: Friday, 2 October 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Mercia Water Services, Sherbourne House, Birmingham B16 8TE

        *~*~*~*~*~*~*~*~*~*

        Hi Hannah,

        I'm really sorry to send this. Following a review of next year's budget the Asset Planning
        Manager role has been put on hold, so I'm having to cancel Friday's second interview. I'll
        call you this afternoon to explain properly - it's no reflection on you at all, Gavin was
        very positive after your first meeting.

        Lucy
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lucy Adebayo:mailto:lucy.adebayo@merciawater.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Pryce:mailto:hannah.pryce@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gavin Thorne:mailto:gavin.thorne@merciawater.co.uk
        UID:040000008200E00074C5B7101A82E00800000000C1E46F3B9B57DD01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F607
        SUMMARY;LANGUAGE=en-GB:Canceled: Second interview - Asset Planning Manager (Hannah Pryce)
        DTSTART;TZID=GMT Standard Time:20261002T100000
        DTEND;TZID=GMT Standard Time:20261002T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260928T111004Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Mercia Water Services\\, Sherbourne House\\, Birmingham B16 8TE
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Lucy Adebayo <lucy.adebayo@merciawater.co.uk>",
              "Canceled: Second interview - Asset Planning Manager (Hannah Pryce)",
              "2026-09-28 12:10:04", LON,
              "<LO2P265MB5107A9B8C7D6E5F4A3B2C1D0E9F8@LO2P265MB5107.GBRP265.PROD.OUTLOOK.COM>",
              extra=(("Importance", "high"), ("X-Priority", "1"),
                     ("Thread-Topic", "Second interview - Asset Planning Manager (Hannah Pryce)")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-11 10:00", AMS), end=None,
           contact="sanne.devries@polderhydro.nl", company="Polder Hydro Systems",
           local="Wed 2026-11-11 10:00", zone=AMS,
           note="Amsterdam recruiter cancels 'tomorrow's interview at 10:00 (Amsterdam time)': "
                "Date Tue 10 Nov -> Wed 11 Nov 10:00 CET = 09:00Z; cancelled = that slot; only the "
                "start is restated here -> end null; no new time offered; contact = sender")
def m22() -> bytes:
    body = t("""
        Dear Hannah,

        I am afraid I have to cancel tomorrow's interview at 10:00 (Amsterdam time). Yesterday we
        heard that our UK water client has postponed the framework award until next spring, and
        as the role depends on it we have decided to pause the vacancy for now.

        I am really sorry for the late notice. We were very much looking forward to speaking with
        you, and with your permission I would like to keep your CV on file and contact you again
        once the project is confirmed.

        With kind regards,

        Sanne de Vries
        Talent Acquisition | Polder Hydro Systems
        Keizersgracht 214, 1016 DZ Amsterdam
        """)
    hs = hdrs("Sanne de Vries <sanne.devries@polderhydro.nl>",
              "Cancellation: interview Asset Data Consultant (UK & Ireland)",
              "2026-11-10 08:40:52", AMS, "<7d2e91c4-0f3b-4a86-b5d1-c8e2f7a90b36@polderhydro.nl>",
              extra=(("User-Agent", "Microsoft-MacOutlook/16.90.26110802"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(23), family="workable", lang="en", interview=True, kind="cancelled",
           start=utc("2026-12-10 13:00", LON), end=utc("2026-12-10 13:45", LON),
           contact="owain.price@ridgewayflood.co.uk", company="Ridgeway Flood Consultants",
           local="Thu 2026-12-10 13:00", local_end="2026-12-10 13:45", zone=LON,
           note="Workable cancellation with METHOD:CANCEL ICS: 'Thursday, 10 December 2026, "
                "13:00 - 13:45 (GMT)' = 13:00Z-13:45Z; the Reply-To is a Workable relay, so "
                "contact = the hiring manager's address in the body")
def m23() -> bytes:
    body = t("""
        Hi Hannah,

        Your interview for the Flood Asset Planner position at Ridgeway Flood Consultants has been
        cancelled.

        Cancelled interview:
        Thursday, 10 December 2026, 13:00 - 13:45 (GMT)
        Video call

        Message from Owain Price:
        "Hannah - we've accepted an offer from another candidate this morning, so I've cancelled
        next week's call rather than waste your time. Thank you for your interest, and sorry it
        isn't better news. Happy to give feedback on your application if useful:
        owain.price@ridgewayflood.co.uk"

        Best regards,
        Ridgeway Flood Consultants

        Powered by Workable
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:wk-event-5518290-ridgeway@workable.com
        DTSTAMP:20261204T162011Z
        DTSTART:20261210T130000Z
        DTEND:20261210T134500Z
        SUMMARY:Interview: Hannah Pryce - Flood Asset Planner
        ORGANIZER;CN=Owain Price:mailto:owain.price@ridgewayflood.co.uk
        ATTENDEE;CN=Hannah Pryce:mailto:hannah.pryce@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Ridgeway Flood Consultants <noreply@candidates.workablemail.com>",
              "Interview cancelled: Flood Asset Planner at Ridgeway Flood Consultants",
              "2026-12-04 16:20:11", LON, "<5518290.cancel.7a3f0e@candidates.workablemail.com>",
              extra=(("Reply-To", "ridgeway-flood-consultants+c5518290k@candidates.workablemail.com"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="CANCEL", cte="7bit", filename="cancel.ics",
                                      disposition="attachment")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Teme Valley Surveys",
           days=(("Tue", "2026-10-06"),),
           note="Post-interview rejection from the hiring manager; mentions last Tuesday's "
                "interview, schedules nothing")
def m24() -> bytes:
    body = t("""
        Dear Hannah,

        Thank you again for coming in to see Sarah and me last Tuesday, and for the thought you'd
        clearly put into our asset register before you arrived.

        It was a very close call, but we have decided to offer the Asset Information Manager role
        to a candidate with more hands-on LiDAR survey experience, which is where our workload is
        heading next year. I know that's disappointing to hear.

        If you'd like some feedback I'm very happy to have a quick call - just let me know. And I
        hope our paths cross again; Worcester is a small world for this sort of work.

        Best wishes,
        Richard

        Richard Blake
        Operations Director, Teme Valley Surveys Ltd
        """)
    hs = hdrs("Richard Blake <richard.blake@temevalleysurveys.co.uk>",
              "Asset Information Manager - decision",
              "2026-10-13 15:52:40", LON, "<CAH7mNq9xT4v2c+Rt8pQk1ZsM3wE5bJf0aL@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Aquilo Metering",
           note="Personio application rejection before any interview")
def m25() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Dear Hannah,</p>
        <p>Thank you for your interest in Aquilo Metering and for applying for the position of
        <b>Smart Metering Asset Planner</b>.</p>
        <p>We have now reviewed all applications carefully. Unfortunately, on this occasion we will not be taking your
        application further, as we have decided to move forward with candidates whose experience more closely matches
        the requirements of the role.</p>
        <p>We will keep your details on file for six months in line with our privacy policy, and we would encourage you to
        look out for future vacancies on our careers page.</p>
        <p>Kind regards,<br>The Aquilo Metering People Team</p>
        <p style="font-size:11px;color:#999">Aquilo Metering Ltd &middot; 88 Wood Street &middot; London EC2V 7RS<br>
        Sent with Personio</p>
        </body></html>
        """)
    hs = hdrs("Aquilo Metering <noreply@mail.personio.de>",
              "Your application as Smart Metering Asset Planner",
              "2026-09-08 09:14:27", LON, "<personio.9f2a7c1e5b83@mail.personio.de>")
    return message(hs, html(page))


@make.mail(N(26), family="application_ack", lang="en", interview=False,
           company="Albion Infrastructure Group",
           note="Taleo application receipt; 'if shortlisted we will contact you', nothing fixed")
def m26() -> bytes:
    body = t("""
        Dear Hannah Pryce,

        Thank you for applying for the position Asset Management Planning Lead (Job Number:
        2600913) with Albion Infrastructure Group.

        We have received your application and our recruitment team will review it against the
        requirements of the role. If you are shortlisted, a member of the team will contact you to
        discuss next steps, which may include a telephone screen and a competency-based interview.

        Due to the high volume of applications we are unable to respond to individual enquiries
        about the status of your application. You can track progress at any time by logging in
        to your candidate profile.

        Yours sincerely,

        Talent Acquisition
        Albion Infrastructure Group plc

        Please do not reply to this message; this mailbox is not monitored.
        """)
    hs = hdrs("Albion Infrastructure Group <albioninfra@taleo.net>",
              "Albion Infrastructure Group - Application Received: Asset Management Planning Lead",
              "2026-09-21 22:08:16", LON, "<1879.2600913.1758489296@taleo.net>",
              rcv="from mail9.taleo.net (mail9.taleo.net [160.34.16.9])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(27), family="application_ack", lang="en", interview=False,
           company="Ridgeway Flood Consultants",
           note="Workable application receipt, weeks before the interview that was later cancelled")
def m27() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for applying to the Flood Asset Planner role at Ridgeway Flood Consultants!

        We've received your application and the hiring team will review it shortly. We aim to get
        back to every applicant within two weeks.

        In the meantime, you can learn more about our work on flood defence and drainage asset
        management at ridgewayflood.co.uk.

        Best regards,
        The Ridgeway Flood Consultants hiring team

        Powered by Workable
        """)
    hs = hdrs("Ridgeway Flood Consultants <noreply@candidates.workablemail.com>",
              "Thanks for applying to Ridgeway Flood Consultants",
              "2026-11-06 13:41:09", LON, "<5518290.apply.1e9b4d@candidates.workablemail.com>",
              extra=(("Reply-To", "ridgeway-flood-consultants+c5518290k@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(28), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board alert listing new asset-planning roles; no employer, nothing scheduled")
def m28() -> bytes:
    body = t("""
        8 new jobs for "asset planner" near Worcester

        Asset Planner - Wastewater Networks
        Severn Basin Utilities - Worcester
        £42,000 - £48,000 a year - Hybrid working
        Posted 1 day ago

        Capital Investment Planning Manager
        Midlands Regional Water Partnership - Birmingham
        £58,000 a year
        Responsive employer - Posted 2 days ago

        Asset Strategy Analyst (12-month FTC)
        Westcombe Housing Group - Gloucester
        £36,500 a year
        Posted 3 days ago

        Senior Asset Data Analyst
        Hereford & Marches Council - Hereford
        £44,075 - £47,754 a year
        Easily apply - Posted 4 days ago

        See all 8 jobs: https://uk.indeed.com/jobs?q=asset+planner&l=Worcester&fromage=7

        You are receiving this email because you created a job alert on Indeed.
        Unsubscribe: https://uk.indeed.com/alert/unsubscribe?id=3f9b71a2
        Indeed, 1 Pancras Square, London N1C 4AG
        """)
    hs = hdrs("Indeed <alert@indeed.com>", "8 new asset planner jobs near Worcester",
              "2026-10-18 06:02:44", LON, "<0100019a1b2c3d4e-f5a6b7c8-alert-d9e0f1a2b3c4@email.indeed.com>",
              extra=(("List-Unsubscribe", "<https://uk.indeed.com/alert/unsubscribe?id=3f9b71a2>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="newsletter", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-17"), ("Thu", "2026-12-03")),
           note="Professional-body members' newsletter with fixed-time regional events; not addressed "
                "to Hannah as a candidate")
def m29() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222;max-width:620px">
        <h2 style="color:#004b6b">Network Notes &ndash; November 2026</h2>
        <p>Dear member,</p>
        <p>This month: what the draft PR29 methodology means for capital maintenance, a profile of the West Midlands
        branch&#39;s young professionals group, and the return of our winter technical evenings.</p>
        <h3>Upcoming events</h3>
        <ul>
        <li><b>Tuesday 17 November, 18:00&ndash;20:00</b> &ndash; West Midlands branch: &quot;Deterioration modelling for
        trunk mains&quot;, The Hive, Worcester. Free for members.</li>
        <li><b>Thursday 3 December, 12:30&ndash;13:30</b> &ndash; Online: &quot;Carbon in asset investment decisions&quot;.</li>
        </ul>
        <h3>Careers corner</h3>
        <p>Thinking about chartership? Our mentoring scheme pairs you with a senior member for twelve months. Applications
        close on 30 November.</p>
        <p style="font-size:12px;color:#777">You are receiving this because you are a member of the Institution of Water
        Network Practitioners. <a href="https://iwnp.org.uk/preferences">Manage preferences</a> |
        <a href="https://iwnp.org.uk/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    hs = hdrs("IWNP <newsletter@iwnp.org.uk>", "Network Notes - November 2026",
              "2026-11-05 07:30:00", LON, "<nn-2026-11.ab12cd34@mailer.iwnp.org.uk>",
              extra=(("List-Unsubscribe", "<https://iwnp.org.uk/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@make.mail(N(30), family="recruiter_outreach", lang="en", interview=False, company="Hartwell Search",
           note="Agency cold outreach about a Bristol role; asks when she is free for a call, "
                "nothing fixed")
def m30() -> bytes:
    body = t("""
        Hi Hannah,

        I hope you don't mind me getting in touch directly. I came across your profile and your
        work on the Wyre Valley capital maintenance programme stood out.

        I'm working with a water and wastewater consultancy in Bristol who are building out their
        asset strategy team ahead of AMP9. The role is Principal Asset Planner, £60-65k plus car
        allowance, hybrid with two days a week in the office.

        Would you be open to a confidential chat? If so, let me know a couple of times that suit you
        this week or next and I'll give you a call.

        Kind regards,
        Marcus Ingram
        Associate Director - Water & Environment
        Hartwell Search
        07700 900 418
        """)
    hs = hdrs("Marcus Ingram <marcus.ingram@hartwellsearch.co.uk>",
              "Principal Asset Planner - Bristol - confidential",
              "2026-09-16 12:04:51", LON, "<HWSPR01MB2218D4E5F6A7B8C9D0E1F2A3B4C5@HWSPR01MB2218.eurprd01.prod.outlook.com>")
    return message(hs, text(body))


@make.mail(N(31), family="availability_request", lang="en", interview=False,
           company="Kestrel Environmental",
           note="iCIMS availability request before the Kestrel interview: asks Hannah to submit "
                "her free slots for the week of 16 November; nothing confirmed yet")
def m31() -> bytes:
    body = t("""
        Dear Hannah,

        Thank you for your application for Flood Risk Asset Planner (Req 2026-1187). We would like
        to invite you to an interview at our Bristol office.

        Please use the link below to tell us which times you are available during the week
        commencing 16 November. Interviews last around 90 minutes and include a short technical
        exercise.

        Submit your availability:
        https://careers-kestrelenv.icims.com/jobs/1187/candidate/availability?token=Q2xk8a

        Once we have your availability we will send a confirmation with the exact time and
        venue details.

        Best regards,
        Kestrel Environmental Talent Acquisition
        """)
    hs = hdrs("Kestrel Environmental <kestrelenvironmental@talent.icims.com>",
              "Interview availability - Flood Risk Asset Planner",
              "2026-11-02 15:18:07", LON, "<20261102151807.4417.770145@talent.icims.com>")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@make.mail(N(32), family="proposal_unconfirmed", lang="en", interview=False,
           company="Gridline Energy Networks",
           days=(("Thu", "2026-12-03"), ("Fri", "2026-12-04")),
           note="Hiring manager proposes two possible interview slots and asks which suits; "
                "nothing is fixed until the coordinator's itinerary")
def m32() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for your application for the Asset Investment Planner role - I enjoyed reading
        your covering letter, particularly the bit about risk-based prioritisation of trunk main
        renewals.

        I'd like to get you in to meet me and a couple of the team. We're looking at either the
        morning of Thursday 3 December or the afternoon of Friday 4 December at our Brindleyplace
        office. Could you let me know which would work better for you? Our coordinator, Shauna,
        will then send the details.

        Best regards,
        Owen

        Owen Prescott
        Investment Planning Manager
        Gridline Energy Networks
        """)
    hs = hdrs("Owen Prescott <owen.prescott@gridline-networks.co.uk>",
              "Asset Investment Planner - next steps",
              "2026-11-23 17:45:20", LON,
              "<PAXPR08MB7011C2D3E4F5A6B7C8D9E0F1A2B3@PAXPR08MB7011.eurprd08.prod.outlook.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="scheduling_link", lang="en", interview=False, company="Hydrosignal",
           note="Recruiter's first contact with a Calendly link to pick a screening call; nothing "
                "booked in this mail")
def m33() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for applying for our Customer Solutions Lead role - your background in water asset
        planning is exactly what our utility customers keep asking us for.

        I'd love to have a 20-minute intro call to tell you more about Hydrosignal and hear what
        you're looking for. Could you grab a slot that suits you here?

        https://calendly.com/kayla-brooks-hydrosignal/intro-20

        Cheers,
        Kayla

        Kayla Brooks
        Talent Partner (EMEA) | Hydrosignal
        """)
    hs = hdrs("Kayla Brooks <kayla.brooks@hydrosignal.com>", "Hydrosignal - Customer Solutions Lead",
              "2026-10-23 10:12:33", LON, "<CAE3pQx2mK8vR4tN1wL6yB9cF0gH5jD3sP@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="auto_reply", lang="en", interview=False, company=None,
           days=(("Mon", "2026-11-02"),),
           note="Out-of-office auto-reply to Hannah's thank-you note after the Brightwater interview")
def m34() -> bytes:
    body = t("""
        Thank you for your email. I am on annual leave until Monday 2 November with no access to
        email. For anything urgent, please contact talent@brightwater-infra.co.uk.

        Kind regards,
        Tom Okafor
        Talent Acquisition Partner, Brightwater Infrastructure
        """)
    hs = hdrs("Tom Okafor <tom.okafor@brightwater-infra.co.uk>",
              "Automatic reply: Thank you - Asset Investment Lead interview",
              "2026-10-26 17:31:02", LON,
              "<CWLP123MB3990F5E6A7B8C9D0E1F2A3B4C5D6@CWLP123MB3990.GBRP123.PROD.OUTLOOK.COM>",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAFp7Tq1kV9mR3xN5yL2wB8cE4gH0jD6sU@mail.gmail.com>")))
    return message(hs, text(body))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Hannah's thank-you after the Tidewell interview (mistyped domain); "
                "the returned message mentions the interview but confirms nothing")
def m35() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <marcus.feld@tidewel.io>: Host or domain name not found. Name service error
            for name=tidewel.io type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Xk2Q71bZ3z9sKp
        X-Postfix-Sender: rfc822; hannah.pryce@example.org
        Arrival-Date: Thu, 24 Sep 2026 18:12:40 +0100 (BST)

        Final-Recipient: rfc822; marcus.feld@tidewel.io
        Original-Recipient: rfc822;marcus.feld@tidewel.io
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=tidewel.io type=A: Host not found
        """)
    orig_body = t("""
        Hi Marcus,

        Thank you for this afternoon's interview - I really enjoyed hearing how the team uses
        burst and interruption data to steer renewals, and Bethan's walk-through of the product
        was very helpful.

        Best wishes,
        Hannah
        """)
    orig = message([("From", ME_ADDR), ("To", "Marcus Feld <marcus.feld@tidewel.io>"),
                    ("Subject", "Thank you - Senior Data Analyst interview"),
                    ("Date", date("2026-09-24 18:12:38", LON)),
                    ("Message-ID", "<CAFp7Tq8nX2vR5mK1yL9wB3cE7gH4jD0sT@mail.gmail.com>")],
                   text(body=orig_body, charset="UTF-8"))
    report = multipart("report", raw_part([("Content-Description", "Notification"),
                                           ("Content-Type", "text/plain; charset=us-ascii")], human),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       Part_with_desc(attached_message(orig), "Undelivered Message"),
                       params="report-type=delivery-status")
    hs = [("Delivered-To", ME), ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-09-24 18:12:41", LON)),
          ("Message-ID", "<20260924171241.9A1B23C4D5@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


def Part_with_desc(p, desc: str):
    p.headers.insert(0, ("Content-Description", desc))
    return p


@make.mail(N(36), family="offer", lang="en", interview=False, company="Brightwater Infrastructure",
           days=(("Fri", "2026-12-18"), ("Mon", "2027-01-04")),
           note="Job offer after the interviews; mentions a reply deadline and a proposed start date")
def m36() -> bytes:
    body = t("""
        Dear Hannah,

        Following your interviews with Serena and the team, I'm delighted to offer you the
        position of Asset Investment Lead at Brightwater Infrastructure.

        The headline terms are:
          - Salary: £68,500 per annum
          - Car allowance: £5,400 per annum
          - Pension: 8% employer contribution
          - Hybrid working: two days a week at Canon's House, Bristol
          - Proposed start date: Monday 4 January 2027

        Your formal offer letter and contract are attached through our e-signature service. We'd
        be grateful for your decision by Friday 18 December; if you'd like to talk anything
        through, including the start date, please call me.

        Congratulations - everyone who met you was hugely impressed.

        Warm regards,
        Tom

        Tom Okafor
        Talent Acquisition Partner
        Brightwater Infrastructure
        """)
    hs = hdrs("Tom Okafor <tom.okafor@brightwater-infra.co.uk>",
              "Offer of employment - Asset Investment Lead",
              "2026-12-11 11:05:48", LON,
              "<CWLP123MB3990A1B2C3D4E5F6A7B8C9D0E1F2@CWLP123MB3990.GBRP123.PROD.OUTLOOK.COM>")
    return message(hs, alt(text(body, charset="utf-8", cte="8bit"), html(gmail_html(body))))


@make.mail(N(37), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Dental check-up reminder with a fixed time; personal appointment, not an interview")
def m37() -> bytes:
    body = t("""
        Dear Hannah,

        This is a reminder of your appointment at Sansome Walk Dental Practice:

        Thursday 08/10/2026 at 08:40
        Check-up and scale & polish with Dr Anjali Mehta

        Please reply YES to confirm or call us on 01905 612 440 if you need to change it. We ask
        for 24 hours' notice of cancellations - missed appointments may be charged.

        Sansome Walk Dental Practice
        12 Sansome Walk, Worcester WR1 1LN
        """)
    hs = hdrs("Sansome Walk Dental <reminders@sansomewalkdental.co.uk>",
              "Appointment reminder - Thursday 8 October",
              "2026-10-05 09:00:04", LON, "<apptrem-55817-20261005@dentally-mail.co.uk>")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(38), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Google Calendar invitation from a friend to a birthday dinner in Birmingham")
def m38() -> bytes:
    body = t("""
        Sophie's 35th - dinner at Ostara
        Saturday 7 Nov 2026 ⋅ 19:30 – 22:30 (Greenwich Mean Time - London)

        Ostara, 43 Brindleyplace, Birmingham B1 2HS

        Table's booked for 12! Let me know if you're coming so I can give them final numbers. Train
        back to Worcester is the 23:20 from Moor Street if anyone needs it xx

        Organiser
        Sophie Allerton
        sophie.allerton@example.com

        Reply for hannah.pryce@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261107T193000Z
        DTEND:20261107T223000Z
        DTSTAMP:20261019T201544Z
        ORGANIZER;CN=Sophie Allerton:mailto:sophie.allerton@example.com
        UID:0q8r4nc2m5k7t1bv9hs3lf6ea2@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.pryce@example.org;X-NUM-GUESTS=0:mailto:hannah.pryce@example.org
        DESCRIPTION:Table's booked for 12!
        LOCATION:Ostara\\, 43 Brindleyplace\\, Birmingham B1 2HS
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Sophie's 35th - dinner at Ostara
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs("Sophie Allerton <sophie.allerton@example.com>",
              "Invitation: Sophie's 35th - dinner at Ostara @ Sat 7 Nov 2026 19:30 - 22:30 (GMT) (hannah.pryce@example.org)",
              "2026-10-19 21:15:44", LON, "<calendar-7e2c4a91-0b3d-4f58-9c16-a2e8d5f3b071@google.com>",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(39), family="booking_confirmation", lang="en", interview=False, company=None,
           days=(("Sat", "2026-09-26"),),
           note="Garage MOT booking confirmation with a fixed time")
def m39() -> bytes:
    body = t("""
        Booking confirmed

        Hi Hannah,

        Thanks for booking your MOT with Barbourne Road Motors.

        Vehicle: Ford Fiesta (reg ending 7KX)
        Date: Saturday 26 September 2026
        Drop-off: 08:30
        Estimated collection: from 12:00

        MOT test: £54.85 (pay on collection)

        If your car fails, we'll call you with a quote before doing any work.

        Barbourne Road Motors
        141 Barbourne Road, Worcester WR1 1RS
        """)
    hs = hdrs("Barbourne Road Motors <bookings@barbournemotors.co.uk>",
              "Your MOT booking - Saturday 26 September",
              "2026-09-19 14:22:10", LON, "<mot-88213-20260919@garagehive-mail.co.uk>")
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(40), family="event_ticket", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-25"),),
           note="Conference ticket with a fixed date and doors time; an industry event, not an interview")
def m40() -> bytes:
    body = t("""
        You're going to Water Asset Management Forum 2026!

        Order #8741002559 - 1 x Delegate (Early Bird)

        Wednesday 25 November 2026
        Registration from 08:15, programme 09:00 - 17:00
        ICC Birmingham, Broad Street, Birmingham B1 2EA

        Your ticket is attached as a PDF - show it on your phone at registration.

        The agenda includes the regulator keynote, a panel on long-term delivery strategies and
        a careers & networking lounge with employers from across the sector.

        See you there,
        The WAMF team

        Sent via Eventbrite. Eventbrite, 1 Finsbury Square, London EC2A 1AE.
        """)
    hs = hdrs("Eventbrite <noreply@order.eventbrite.com>",
              "Your tickets for Water Asset Management Forum 2026",
              "2026-10-12 19:48:30", LON, "<eb-order-8741002559@order.eventbrite.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(41), family="delivery_notice", lang="en", interview=False, company=None,
           days=(("Fri", "2026-10-23"),),
           note="Parcel delivery slot notice ('tomorrow between 10:14 and 11:14'); fixed time, not "
                "an interview")
def m41() -> bytes:
    body = t("""
        Hi Hannah,

        Your parcel from Hobbycraft is on its way and will be delivered tomorrow, Friday 23
        October, between 10:14 and 11:14.

        Your driver today is Wes.

        Not going to be in? You can choose a safe place, deliver to a neighbour or redirect to a
        Pickup Shop: https://track.parcelwise.co.uk/15501882663017

        Parcelwise
        """)
    hs = hdrs("Parcelwise <notifications@parcelwise.co.uk>", "Your Parcelwise delivery is tomorrow",
              "2026-10-22 18:02:15", LON, "<pw-15501882663017-notify@parcelwise.co.uk>")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(42), family="post_interview", lang="en", interview=False, company="Quayside Analytics",
           note="Hiring manager's thanks after the interview; 'we'll be in touch next week'")
def m42() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks so much for your time yesterday - it was great to hear how you've approached
        deterioration modelling at Wyre Valley, and the team really enjoyed the conversation.

        We're seeing two more candidates this week and hope to be back to you with an update
        early next week.

        Best,
        Nadia

        Nadia Hussain
        Analytics Manager | Quayside Analytics
        """)
    hs = hdrs("Nadia Hussain <nadia.hussain@quaysideanalytics.co.uk>", "Thanks for yesterday",
              "2026-10-01 12:37:58", LON, "<CAD5nWq3pV7tK1xM9rL2yB4cE8gH6jF0sQ@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="assessment", lang="en", interview=False,
           company="Brightwater Infrastructure",
           days=(("Fri", "2026-11-06"),),
           note="Case-study task with a submission deadline (17:00 Friday 6 November); no meeting")
def m43() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks again for Monday. As the final step, Serena would like you to complete a short
        written case study. The brief is attached: a five-year renewals plan for a fictional
        wastewater catchment, with a one-page summary for the board.

        Please send your submission to me by 17:00 on Friday 6 November. It shouldn't take more
        than three or four hours - we're interested in your reasoning rather than polish.

        Any questions, let me know.

        Best,
        Tom

        Tom Okafor
        Talent Acquisition Partner, Brightwater Infrastructure
        """)
    brief = t("""
        Brightwater Infrastructure - Asset Investment Lead - Case study

        Catchment: "Millbrook" (fictional), 412 km of sewer, 37 pumping stations.
        Task: propose a prioritised five-year renewals plan within a capex envelope of £24m.
        Deliverables: one-page board summary; supporting workings (any format).
        Deadline: 17:00, Friday 6 November 2026.
        """)
    hs = hdrs("Tom Okafor <tom.okafor@brightwater-infra.co.uk>", "Case study - Asset Investment Lead",
              "2026-10-28 09:20:15", LON,
              "<CWLP123MB3990B7C8D9E0F1A2B3C4D5E6F7A8@CWLP123MB3990.GBRP123.PROD.OUTLOOK.COM>")
    return message(hs, mixed(text(body),
                             text(brief, extra=(("Content-Disposition",
                                                 'attachment; filename="Case study brief.txt"'),))))


@make.mail(N(44), family="scheduling_link", lang="en", interview=False,
           company="Brightwater Infrastructure",
           note="Ashby self-scheduling request: 'choose a time' link, nothing booked yet")
def m44() -> bytes:
    body = t("""
        Hi Hannah,

        Thanks for your interest in the Asset Investment Lead role at Brightwater Infrastructure!
        We'd like to invite you to interview with Tom Okafor and Serena Ashworth.

        Please choose a time that works for you using the link below. All available slots are
        shown in your local time zone.

        Choose a time: https://app.ashbyhq.com/interview-schedule/brightwater-infra/7d4f19e2

        If none of the times work, reply to this email and we'll find another option.

        Thanks,
        Brightwater Infrastructure Recruiting
        """)
    hs = hdrs("Brightwater Infrastructure <no-reply@ashbyhq.com>",
              "Schedule your interview with Brightwater Infrastructure",
              "2026-10-19 11:02:49", LON,
              "<010001929b2f7a61-3c5d8e1f-0a4b-4d6c-9e2f-7b1a5c8d3e90-000000@email.amazonses.com>",
              extra=(("Reply-To", "Tom Okafor <tom.okafor@brightwater-infra.co.uk>"),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(45), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Jobs-site careers newsletter with interview tips; confirms nothing")
def m45() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1b1b1b">
        <table width="600" align="center"><tr><td>
        <h1 style="font-size:22px">The Careers Brief</h1>
        <h2 style="font-size:18px">Panel interview next week? Five things hiring managers in utilities listen for</h2>
        <p>Competency questions still dominate engineering and asset management interviews. We asked three hiring
        managers what separates a good STAR answer from a forgettable one &ndash; and why &quot;we&quot; is the most
        overused word in the room.</p>
        <p><a href="https://www.watersectorjobs.co.uk/careers/panel-interviews">Read the article &rarr;</a></p>
        <h2 style="font-size:18px">Salary check: asset planners in 2026</h2>
        <p>Our latest survey shows pay for mid-level asset planners in the Midlands up 6% year on year.</p>
        <p style="font-size:11px;color:#888">WaterSector Jobs &middot; You&#39;re receiving this because you signed up
        for The Careers Brief. <a href="https://www.watersectorjobs.co.uk/unsubscribe">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    hs = hdrs("WaterSector Jobs <careers@news.watersectorjobs.co.uk>",
              "Panel interview next week? Here's what they're listening for",
              "2026-11-10 08:00:00", LON, "<tcb-20261110.7fa2e91c@news.watersectorjobs.co.uk>",
              extra=(("List-Unsubscribe", "<https://www.watersectorjobs.co.uk/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@make.mail(N(46), family="marketing_webinar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-09-23"),),
           note="Webinar registration confirmation with a fixed time from a software vendor")
def m46() -> bytes:
    body = t("""
        Hi Hannah,

        Thank you for registering for "Making the case: risk-based investment planning for
        AMP9".

        Date & Time: Wednesday 23 September 2026, 12:00 PM London

        Please click the link below to join the webinar:
        https://us06web.zoom.us/w/81730554120?tk=aQ9xZ2LmRk

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Pipeline Decisions Ltd
        """)
    hs = hdrs("Pipeline Decisions <no-reply@zoom.us>",
              "Making the case: risk-based investment planning for AMP9 Confirmation",
              "2026-09-15 13:40:21", LON, "<zw-reg-81730554120-hp@zoom.us>",
              extra=(("Reply-To", "events@pipelinedecisions.co.uk"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="post_interview", lang="en", interview=False, company="Avonmere Water",
           note="Agency feedback: the client wants a second interview, times to follow; nothing fixed")
def m47() -> bytes:
    body = t("""
        Hi Hannah,

        Really positive feedback from Avonmere - Gareth said you were the strongest candidate
        they've seen, and he particularly liked your answer on balancing the regulatory targets
        against the operational wish list.

        They'd like you back for a second stage with their Asset Director, probably in the
        next fortnight. I'm waiting on diaries and will come back to you with some options as
        soon as I have them.

        Speak soon,
        Dan

        Daniel Shaw
        Senior Consultant - Engineering & Utilities
        Redbrook Talent
        """)
    hs = hdrs("Daniel Shaw <daniel.shaw@redbrooktalent.co.uk>", "Avonmere feedback - great news",
              "2026-10-05 16:03:44", LON,
              "<LO4P123MB6620B2C3D4E5F6A7B8C9D0E1F2A3@LO4P123MB6620.GBRP123.PROD.OUTLOOK.COM>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(48), family="onboarding", lang="en", interview=False,
           company="Brightwater Infrastructure",
           days=(("Mon", "2027-01-04"),),
           note="New-starter welcome with a first-day arrival time after the offer was accepted; "
                "an induction, not an interview")
def m48() -> bytes:
    body = t("""
        Hi Hannah,

        We're so pleased you've accepted! Here's what you need for your first day.

        Monday 4 January 2027, 09:00
        Canon's House, Canons Way, Bristol BS1 5UH - ask for Jess Marlow at reception

        Your first morning is induction with the People team (IT set-up, security pass, health and
        safety). You'll have lunch with Serena and the Asset Management team, and your laptop will
        be ready for you.

        Please complete the pre-employment forms in the portal before the Christmas break.

        Welcome aboard!
        Jess Marlow
        People Coordinator, Brightwater Infrastructure
        """)
    hs = hdrs("Jess Marlow <jess.marlow@brightwater-infra.co.uk>", "Welcome to Brightwater - your first day",
              "2026-12-18 14:26:31", LON,
              "<CWLP123MB4021C8D9E0F1A2B3C4D5E6F7A8B9@CWLP123MB4021.GBRP123.PROD.OUTLOOK.COM>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="travel_ticket", lang="en", interview=False, company=None,
           days=(("Mon", "2026-11-16"),),
           note="Rail e-ticket to Bristol for the morning of the Kestrel interview; travel, not an "
                "interview")
def m49() -> bytes:
    body = t("""
        Your tickets are ready

        Booking reference: 7QK2M9XV

        Outward: Monday 16 November 2026
        07:42 Worcester Foregate Street -> 09:11 Bristol Temple Meads
        Change at Cheltenham Spa
        Off-Peak Day Return, 1 Adult, 16-25 Railcard: no

        Return: Monday 16 November 2026 - any off-peak service

        Total paid: £38.60

        Your eTicket is in the app. Please have it ready to scan at the barriers.

        Trainline
        """)
    hs = hdrs("Trainline <auto-confirm@info.trainline.com>", "Your eTicket for Worcester to Bristol",
              "2026-11-10 21:33:05", LON, "<tl-7QK2M9XV-20261110213305@info.trainline.com>")
    return message(hs, alt(text(body, charset="utf-8", cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(50), family="booking_confirmation", lang="en", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Hairdresser booking confirmation via a booking platform; fixed time, personal")
def m50() -> bytes:
    body = t("""
        Appointment confirmed

        Hi Hannah, your appointment at Friar Street Hair is confirmed.

        Saturday 14 Nov 2026 at 10:30
        Cut & blow dry with Keeley (60 mins)
        £52.00, pay at venue

        Friar Street Hair, 27 Friar Street, Worcester WR1 2NA

        Need to reschedule or cancel? Manage your booking in the app up to 24 hours before.

        Fresha
        """)
    hs = hdrs("Friar Street Hair <notifications@fresha.com>", "Appointment confirmed at Friar Street Hair",
              "2026-11-04 20:11:40", LON, "<fr-apt-20261104-55a81c9e@fresha.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))
