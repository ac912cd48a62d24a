# ruff: noqa: E501
"""blind19: 50 hand-written mails for Wei Ling Tan <weiling.tan@example.com>, a product manager in
Singapore (Asia/Singapore, UTC+08:00, no DST) applying across APAC, the Gulf, London and US-remote.

Written blind (see blind19/README.md). Keys 1-23 are positives (16 scheduled, 4 rescheduled,
3 cancelled), keys 24-50 negatives; file numbers are ORDER[key - 1].
"""

from __future__ import annotations

import random

import make
from make import (
    addr,
    alt,
    at,
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
)

SET = "blind19"
ORDER = random.Random(19019).sample(range(1, 51), 50)

make.WINDOWS_ZONES.setdefault("Singapore Standard Time", "Asia/Singapore")
make.WINDOWS_ZONES.setdefault("Tokyo Standard Time", "Asia/Tokyo")
make.WINDOWS_ZONES.setdefault("AUS Eastern Standard Time", "Australia/Sydney")
make.WINDOWS_ZONES.setdefault("China Standard Time", "Asia/Shanghai")

ME = "Wei Ling Tan <weiling.tan@example.com>"
ME_ADDR = "weiling.tan@example.com"
SG = "Asia/Singapore"


def M(key: int, **kw):
    return make.mail(f"{SET}_{ORDER[key - 1]:03d}", **kw)


def H(frm: str, subj: str, when: str, zone: str, mid: str, *extra: tuple[str, str], to: str = ME,
      rcv: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME_ADDR)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subj)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def stamp(when: str, zone: str) -> str:
    from datetime import UTC

    return at(when, zone).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# --------------------------------------------------------------------------- VTIMEZONEs

def win_fixed(tzid: str, off: str) -> str:
    return t(f"""
        BEGIN:VTIMEZONE
        TZID:{tzid}
        BEGIN:STANDARD
        DTSTART:16010101T000000
        TZOFFSETFROM:{off}
        TZOFFSETTO:{off}
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T000000
        TZOFFSETFROM:{off}
        TZOFFSETTO:{off}
        END:DAYLIGHT
        END:VTIMEZONE""").strip()


VTZ_AUS_EAST = t("""
    BEGIN:VTIMEZONE
    TZID:AUS Eastern Standard Time
    BEGIN:STANDARD
    DTSTART:16010101T030000
    TZOFFSETFROM:+1100
    TZOFFSETTO:+1000
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:16010101T020000
    TZOFFSETFROM:+1000
    TZOFFSETTO:+1100
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
    END:DAYLIGHT
    END:VTIMEZONE""").strip()

VTZ_SYDNEY = t("""
    BEGIN:VTIMEZONE
    TZID:Australia/Sydney
    X-LIC-LOCATION:Australia/Sydney
    BEGIN:STANDARD
    TZOFFSETFROM:+1100
    TZOFFSETTO:+1000
    TZNAME:AEST
    DTSTART:19700405T030000
    RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
    END:STANDARD
    BEGIN:DAYLIGHT
    TZOFFSETFROM:+1000
    TZOFFSETTO:+1100
    TZNAME:AEDT
    DTSTART:19701004T020000
    RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
    END:DAYLIGHT
    END:VTIMEZONE""").strip()


def iana_fixed(tzid: str, off: str, name: str) -> str:
    return t(f"""
        BEGIN:VTIMEZONE
        TZID:{tzid}
        X-LIC-LOCATION:{tzid}
        BEGIN:STANDARD
        TZOFFSETFROM:{off}
        TZOFFSETTO:{off}
        TZNAME:{name}
        DTSTART:19700101T000000
        END:STANDARD
        END:VTIMEZONE""").strip()


TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Meeting ID: {num}
    Passcode: {code}
    Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def exch_ics(*, tzid: str, vtz: str, uid: str, summary: str, start: str, end: str, org: tuple[str, str],
             stamp_: str, location: str, description: str = "", method: str = "REQUEST", seq: int = 0,
             status: str = "CONFIRMED", attendees: tuple[tuple[str, str], ...] = (("Wei Ling Tan", ME_ADDR),)) -> str:
    att = "\n".join(
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}" for n, a in attendees)
    desc = description.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    return t(f"""
        BEGIN:VCALENDAR
        METHOD:{method}
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {vtz}
        BEGIN:VEVENT
        ORGANIZER;CN={org[0]}:mailto:{org[1]}
        {att}
        DESCRIPTION;LANGUAGE=en-US:{desc}
        UID:{uid}
        SUMMARY;LANGUAGE=en-US:{summary}
        DTSTART;TZID={tzid}:{start}
        DTEND;TZID={tzid}:{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp_}
        TRANSP:OPAQUE
        STATUS:{status}
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=en-US:{location}
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if method == "CANCEL" else "TENTATIVE"}
        X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if method == "CANCEL" else "BUSY"}
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
        END:VCALENDAR""").replace("\n        ", "\n")


def ex_headers(topic: str, idx: str) -> tuple[tuple[str, str], ...]:
    return (("Thread-Topic", topic), ("Thread-Index", idx), ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""))


# =========================================================================== positives


@M(1, family="workday", lang="en", interview=True, kind="scheduled",
   start="2026-02-10T06:30:00Z", end="2026-02-10T07:15:00Z", contact="priya.nair@luminapay.sg",
   company="Lumina Pay", local="Tue 2026-02-10 14:30", local_end="2026-02-10 15:15", zone=SG,
   note="Workday 'Interview Scheduled' from the tenant's myworkday.com address; 10 Feb 2026 2:30-3:15 PM SGT (UTC+8, no DST) = 06:30-07:15Z. Contact = recruiter named with her address in the body (sender is the Workday tenant mailbox).")
def p01():
    body = t("""
        Dear Wei Ling,

        Thank you for your interest in Lumina Pay. Your interview has been scheduled.

        Job Requisition: R-10482 Senior Product Manager, Merchant Payments
        Interview Type: Video (Zoom)
        Date: Tuesday, 10 February 2026
        Time: 2:30 PM - 3:15 PM (GMT+08:00) Singapore Standard Time
        Interviewer(s): Daniel Ong (Director, Merchant Products)

        Join Zoom Meeting: https://luminapay.zoom.us/j/84410293377?pwd=Wm1xT0ZoR2d
        Meeting ID: 844 1029 3377

        If you need to make any changes, please contact your recruiter, Priya Nair, at priya.nair@luminapay.sg.

        To view the status of your application, sign in to the Lumina Pay Careers site:
        https://luminapay.wd3.myworkdayjobs.com/LuminaCareers/login

        Best regards,
        Lumina Pay Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    hb = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Wei Ling,</p>
        <p>Thank you for your interest in Lumina Pay. Your interview has been scheduled.</p>
        <table cellpadding="3" style="border-collapse:collapse">
        <tr><td><b>Job Requisition:</b></td><td>R-10482 Senior Product Manager, Merchant Payments</td></tr>
        <tr><td><b>Interview Type:</b></td><td>Video (Zoom)</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, 10 February 2026</td></tr>
        <tr><td><b>Time:</b></td><td>2:30 PM - 3:15 PM (GMT+08:00) Singapore Standard Time</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Daniel Ong (Director, Merchant Products)</td></tr>
        </table>
        <p>Join Zoom Meeting: <a href="https://luminapay.zoom.us/j/84410293377?pwd=Wm1xT0ZoR2d">https://luminapay.zoom.us/j/84410293377</a><br>Meeting ID: 844 1029 3377</p>
        <p>If you need to make any changes, please contact your recruiter, Priya Nair, at <a href="mailto:priya.nair@luminapay.sg">priya.nair@luminapay.sg</a>.</p>
        <p>To view the status of your application, sign in to the <a href="https://luminapay.wd3.myworkdayjobs.com/LuminaCareers/login">Lumina Pay Careers site</a>.</p>
        <p>Best regards,<br>Lumina Pay Talent Acquisition</p>
        <p style="color:#888;font-size:11px">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </body></html>
        """)
    hs = H("Lumina Pay <luminapay@myworkday.com>", "Interview Scheduled - Senior Product Manager, Merchant Payments (R-10482)",
           "2026-02-04 11:02", SG, "<1770174120443.7731.luminapay@myworkday.com>",
           rcv=("from wd3-mta-07.myworkday.com (wd3-mta-07.myworkday.com [199.21.45.17])", "mx.example.com with ESMTPS id 4fQ2dk1Zq"))
    return message(hs, alt(text(body), html(hb)))


@M(2, family="exchange", lang="en", interview=True, kind="scheduled",
   start="2026-03-19T02:00:00Z", end="2026-03-19T03:00:00Z", contact="rachel.goh@harbourfrontbank.com.sg",
   company="Harbourfront Bank", local="Thu 2026-03-19 10:00", local_end="2026-03-19 11:00", zone=SG,
   note="Exchange meeting request, TZID 'Singapore Standard Time' (UTC+8); 19 Mar 10:00-11:00 SGT = 02:00-03:00Z. Organizer and sender = HR recruiter Rachel Goh.")
def p02():
    mid = "NjQ5ZDk1YjMtZTk4Mi00Y2E3LWI3NmUtNTQ0YTI2ZGI3MDQx"
    body = t("""
        Hi Wei Ling,

        As discussed over the phone, please find the calendar invite for your first round interview for the Senior Product Manager, Digital Wealth role. You will be speaking with Mr Vincent Lee (Head, Digital Wealth Platforms) and myself.

        Please accept the invite so that we know you have received it. Do have your NRIC/passport ready as we may need to verify your identity at the start of the call.

        Thank you and all the best!

        Regards,
        Rachel Goh
        Talent Acquisition | Group Human Resources
        Harbourfront Bank Limited
        DID: +65 6309 4412

        """) + TEAMS.format(mid=mid, num="412 776 053 218", code="kP3vQ9")
    when_line = "When: Thursday, 19 March 2026 10:00 AM-11:00 AM (UTC+08:00) Kuala Lumpur, Singapore.\nWhere: Microsoft Teams Meeting\n\n"
    ics = exch_ics(tzid="Singapore Standard Time", vtz=win_fixed("Singapore Standard Time", "+0800"),
                   uid="040000008200E00074C5B7101A82E00800000000F0A8E3B1E8B4DC01000000000000000010000000D5C2A0E4F4B1C94A8E2A1F3B9C0D7E61",
                   summary="Interview: Wei Ling Tan - Senior Product Manager\\, Digital Wealth",
                   start="20260319T100000", end="20260319T110000",
                   org=("Rachel Goh", "rachel.goh@harbourfrontbank.com.sg"), stamp_=stamp("2026-03-13 16:45", SG),
                   location="Microsoft Teams Meeting", description=when_line + body,
                   attendees=(("Wei Ling Tan", ME_ADDR), ("Vincent Lee", "vincent.lee@harbourfrontbank.com.sg")))
    hs = H("Rachel Goh <rachel.goh@harbourfrontbank.com.sg>", "Interview: Wei Ling Tan - Senior Product Manager, Digital Wealth",
           "2026-03-13 16:45", SG, "<SG2PR04MB8812A61E0C3F5B1D4A77E1C2D92A@SG2PR04MB8812.apcprd04.prod.outlook.com>",
           *ex_headers("Interview: Wei Ling Tan - Senior Product Manager, Digital Wealth", "AdyywN3kT0m5s8pXQ1e4fK9ZcA=="),
           ("Cc", "Vincent Lee <vincent.lee@harbourfrontbank.com.sg>"))
    return message(hs, alt(text(when_line + body), calendar(ics, cte="base64")))


@M(3, family="google_calendar", lang="en", interview=True, kind="scheduled",
   start="2026-03-26T01:00:00Z", end="2026-03-26T01:45:00Z", contact="josh@wattleanalytics.com.au",
   company="Wattle Analytics", local="Thu 2026-03-26 09:00", local_end="2026-03-26 09:45", zone=SG,
   note="Google Calendar invitation from the Sydney founder; Google shows the invitee's zone (9am-9:45am SGT) and the description says '9am SGT / 12pm AEDT'; Sydney is still on AEDT (UTC+11) until 5 Apr, ICS TZID Australia/Sydney 12:00 = 01:00Z.")
def p03():
    desc = t("""
        Hi Wei Ling - locking in our chat about the Head of Product role. 9am SGT / 12pm AEDT, 45 mins.
        I'll walk you through where Wattle is at and then I'd love to hear how you'd think about our self-serve analytics roadmap.
        Cheers, Josh
        """)
    body = t("""
        You have been invited to the following event.

        Wei Ling / Josh - Head of Product chat (Wattle Analytics)
        When
        Thu 26 Mar 2026 9am - 9:45am (SGT)

        Joining info
        Join with Google Meet
        meet.google.com/pqx-hfwa-tzn

        Calendar
        weiling.tan@example.com

        Who
        * josh@wattleanalytics.com.au - organiser
        * weiling.tan@example.com

        """) + desc + t("""

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4ZnRhcmJ1&tok=MjcjanNo

        Reply for weiling.tan@example.com
        Yes  No  Maybe  More options https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4ZnRhcmJ1

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
        Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    d = desc.strip().replace("\n", "\\n").replace(",", "\\,")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_SYDNEY}
        BEGIN:VEVENT
        DTSTART;TZID=Australia/Sydney:20260326T120000
        DTEND;TZID=Australia/Sydney:20260326T124500
        DTSTAMP:{stamp("2026-03-20 14:10", "Australia/Sydney")}
        ORGANIZER;CN=josh@wattleanalytics.com.au:mailto:josh@wattleanalytics.com.au
        UID:3k8ftarbu1l0v7q2c9m4e5sd6g@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=josh@wattleanalytics.com.au;X-NUM-GUESTS=0:mailto:josh@wattleanalytics.com.au
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=weiling.tan@example.com;X-NUM-GUESTS=0:mailto:weiling.tan@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/pqx-hfwa-tzn
        CREATED:{stamp("2026-03-20 14:09", "Australia/Sydney")}
        DESCRIPTION:{d}
        LAST-MODIFIED:{stamp("2026-03-20 14:10", "Australia/Sydney")}
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Wei Ling / Josh - Head of Product chat (Wattle Analytics)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR""").replace("\n        ", "\n")
    hs = H("Josh Pemberton <josh@wattleanalytics.com.au>",
           "Invitation: Wei Ling / Josh - Head of Product chat (Wattle Analytics) @ Thu 26 Mar 2026 9am - 9:45am (SGT) (weiling.tan@example.com)",
           "2026-03-20 14:10", "Australia/Sydney", "<calendar-8d2f61e0-44a9-4c1b-9a3e-2b7e0c51f9d4@google.com>",
           ("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("Reply-To", "josh@wattleanalytics.com.au"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@M(4, family="agency_prose", lang="en", interview=True, kind="scheduled",
   start="2026-04-15T02:00:00Z", end="2026-04-15T03:00:00Z", contact="kelvin.lau@meridiansearch.com.hk",
   company="Kowloon Clearing", local="Wed 2026-04-15 10:00", local_end="2026-04-15 11:00", zone="Asia/Hong_Kong",
   note="Agency consultant confirms a client interview 'next Wednesday (15 April) at 10am HK time' for an hour; HKT = SGT = UTC+8, so 02:00-03:00Z. Company = the client (Kowloon Clearing), contact = the consultant.")
def p04():
    body = t("""
        Hi Wei Ling,

        Good news - Kowloon Clearing would like to meet you. I've confirmed the following with their HR:

        Role: Product Lead, Cross-border Payments (Hong Kong, relocation supported)
        Date/Time: next Wednesday (15 April), 10:00-11:00am HK time - same as Singapore, so no mental maths needed
        Format: MS Teams video call, link to follow from their side
        Interviewers: Angela Cheung (Head of Product) and Matthew Yip (CTO)

        A few pointers from my side: Angela is very hands-on and will probably ask you to walk through a launch end to end, so have the FAST/PayNow story ready. Matthew will go deeper into API design trade-offs. They're also keen to understand your view on the HK market vs SG.

        I've attached the JD again for reference. Please give me a ring after the call so we can debrief - my mobile is below.

        Best regards,

        Kelvin Lau
        Senior Consultant | Banking & Financial Services Technology
        Meridian Search Asia Limited
        M: +852 9123 4870 | kelvin.lau@meridiansearch.com.hk
        EA Licence No. 21C0417 (SG) | Licence No. 72914 (HK)

        This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it.
        """)
    jd = text("Product Lead, Cross-border Payments - Kowloon Clearing\n\nReporting to the Head of Product...\n", cte="7bit",
              extra=(("Content-Disposition", 'attachment; filename="JD_Product_Lead_KC.txt"'),))
    hs = H("Kelvin Lau <kelvin.lau@meridiansearch.com.hk>", "Interview confirmed - Kowloon Clearing, Product Lead (next Wed 15 Apr)",
           "2026-04-09 17:20", "Asia/Hong_Kong", "<HK0PR03MB4917E2C1A07B6F58D3C9B21AF6C2@HK0PR03MB4917.apcprd03.prod.outlook.com>",
           *ex_headers("Interview confirmed - Kowloon Clearing, Product Lead (next Wed 15 Apr)", "AdzH5mXq8qk3u1VfTnKk0Zr4PzB1mQ=="))
    return message(hs, mixed(text(body, cte="quoted-printable"), jd))


@M(5, family="human_prose", lang="en+ms", interview=True, kind="scheduled",
   start="2026-05-12T06:30:00Z", end="2026-05-12T07:30:00Z", contact="nurul.aisyah@tanjungdigital.com.my",
   company="Tanjung Digital", local="Tue 2026-05-12 14:30", local_end="2026-05-12 15:30", zone="Asia/Kuala_Lumpur",
   note="Malaysian HR 'Kindly be informed' mail with a Malay line; 12 May 2026 (Tuesday) 1430H-1530H Malaysia time (UTC+8) = 06:30-07:30Z; 8bit body.")
def p05():
    body = t("""
        Dear Ms. Tan Wei Ling,

        Kindly be informed that your interview for the position of Product Manager (Merchant Platform) has been scheduled as per below details:

        Date    : 12 May 2026 (Tuesday)
        Time    : 1430H - 1530H (Malaysia time, GMT+8)
        Venue   : Google Meet - https://meet.google.com/ruk-qmte-fap
        Panel   : En. Hafiz Kamarudin (VP, Product)
                  Ms. Jasmine Teoh (Engineering Manager)

        Kindly join the session 5 minutes before the stated time and ensure your camera is switched on throughout the interview. Please also bring along a copy of your latest payslip for our reference.

        Kindly acknowledge receipt of this email. Sila maklumkan kepada kami sekiranya terdapat sebarang pertanyaan.

        Terima kasih.

        Best regards,
        Nurul Aisyah binti Rahman
        Executive, Talent Acquisition
        Tanjung Digital Sdn. Bhd. (1298834-X)
        Level 23, Menara Tanjung, Jalan Tun Razak, 50400 Kuala Lumpur
        Tel: +603-2714 8800 ext. 231
        """)
    hs = H(addr("Nurul Aisyah binti Rahman", "nurul.aisyah@tanjungdigital.com.my"),
           "Interview Invitation - Product Manager (Merchant Platform) - Tan Wei Ling",
           "2026-05-05 09:15", "Asia/Kuala_Lumpur", "<7f3e0a1c9b2d4e68a5c1@tanjungdigital.com.my>",
           ("Cc", "hr.recruitment@tanjungdigital.com.my"), ("X-Mailer", "Microsoft Outlook 16.0"))
    return message(hs, text(body, cte="8bit"))


@M(6, family="calendly", lang="en", interview=True, kind="scheduled",
   start="2026-06-17T13:00:00Z", end="2026-06-17T13:30:00Z", contact="dana@brightloop.io",
   company="Brightloop", local="Wed 2026-06-17 21:00", local_end="2026-06-17 21:30", zone=SG,
   note="Calendly invitee confirmation after Wei Ling booked the hiring manager's link; shown in the invitee's zone 9:00pm-9:30pm Singapore (UTC+8) = 13:00-13:30Z (9am EDT); ICS in UTC. Contact = host via Reply-To.")
def p06():
    body = t("""
        Hi Wei Ling Tan,

        A new event has been scheduled.

        Event Type:
        Brightloop - PM, APAC Growth: intro with Dana

        Invitee:
        Wei Ling Tan

        Invitee Email:
        weiling.tan@example.com

        Event Date/Time:
        09:00pm - 09:30pm (Singapore Standard Time) on Wednesday, June 17, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/xbd-owqc-vmt

        Description:
        30 minutes to get to know each other. We're a fully remote team (mostly US Eastern), so evenings your time are normal for us!

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b1d9a2c-55e3-4d10-9a8f-3c2e61d04f88
        Reschedule: https://calendly.com/reschedulings/7b1d9a2c-55e3-4d10-9a8f-3c2e61d04f88

        Powered by Calendly.com
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:{stamp("2026-06-11 23:14", SG)}
        UID:7b1d9a2c-55e3-4d10-9a8f-3c2e61d04f88@calendly.com
        DTSTART:20260617T130000Z
        DTEND:20260617T133000Z
        SUMMARY:Brightloop - PM\\, APAC Growth: intro with Dana
        ORGANIZER;CN=Dana Whitfield:mailto:dana@brightloop.io
        ATTENDEE;CN=Wei Ling Tan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:weiling.tan@example.com
        LOCATION:https://meet.google.com/xbd-owqc-vmt
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR""")
    hs = H("Calendly <notifications@calendly.com>", "New Event: Wei Ling Tan - 09:00pm Wed, Jun 17, 2026 - Brightloop - PM, APAC Growth: intro with Dana",
           "2026-06-11 23:14", SG, "<0100019a1f0c7d2e-4c7f3b21-8e0a-4d55-b6c1-7a9f0e2d3b44-000000@email.amazonses.com>",
           ("Reply-To", "Dana Whitfield <dana@brightloop.io>"))
    return message(hs, mixed(alt(text(body), html("<html><body><pre style=\"font-family:inherit\">" + body.replace("&", "&amp;") + "</pre></body></html>")),
                             calendar(ics, method=None, filename="invite.ics", disposition="attachment", name_param=True)))


@M(7, family="exchange", lang="en+ja", interview=True, kind="scheduled",
   start="2026-07-14T01:00:00Z", end="2026-07-14T02:00:00Z", contact="a.fujimoto@sakuramobility.co.jp",
   company="Sakura Mobility", local="Tue 2026-07-14 10:00", local_end="2026-07-14 11:00", zone="Asia/Tokyo",
   note="Exchange meeting request, TZID 'Tokyo Standard Time' (UTC+9); 14 Jul 10:00-11:00 JST = 01:00-02:00Z (09:00 SGT, also written). Organizer = recruiter.")
def p07():
    body = t("""
        Dear Wei Ling-san,

        Thank you for completing the product analytics assessment. We are pleased to invite you to the 2nd interview with our Product Director.

        日時 / Date: 2026年7月14日（火） 10:00-11:00 JST (09:00-10:00 Singapore time)
        Interviewer: Kenji Morita, Product Director, Fleet Platform
        Format: Microsoft Teams (link below)

        The interview will be conducted in English. Please let me know if you have any trouble joining.

        Best regards,
        Aiko Fujimoto 藤本 愛子
        Talent Acquisition, Sakura Mobility K.K.
        a.fujimoto@sakuramobility.co.jp

        """) + TEAMS.format(mid="ZTg4YjY5NTgtMDk2Yi00ZjNh", num="289 554 107 662", code="Gv7sLq")
    when_line = "When: Tuesday, July 14, 2026 10:00 AM-11:00 AM (UTC+09:00) Osaka, Sapporo, Tokyo.\nWhere: Microsoft Teams Meeting\n\n"
    ics = exch_ics(tzid="Tokyo Standard Time", vtz=win_fixed("Tokyo Standard Time", "+0900"),
                   uid="040000008200E00074C5B7101A82E0080000000030C1A5C0A3F8DC010000000000000000100000001B3E7F2A9C4D5E6F708192A3B4C5D6E7",
                   summary="2nd Interview: Wei Ling Tan / Kenji Morita (Product Manager\\, Fleet Platform)",
                   start="20260714T100000", end="20260714T110000",
                   org=("Aiko Fujimoto", "a.fujimoto@sakuramobility.co.jp"), stamp_=stamp("2026-07-08 14:30", "Asia/Tokyo"),
                   location="Microsoft Teams Meeting", description="Please find the Teams link in the invitation.",
                   attendees=(("Wei Ling Tan", ME_ADDR), ("Kenji Morita", "k.morita@sakuramobility.co.jp")))
    hs = H("Aiko Fujimoto <a.fujimoto@sakuramobility.co.jp>", "2nd Interview: Wei Ling Tan / Kenji Morita (Product Manager, Fleet Platform)",
           "2026-07-08 14:30", "Asia/Tokyo", "<TYCPR01MB11734C0F1A2E3B4D5C6E7F8091A2B@TYCPR01MB11734.jpnprd01.prod.outlook.com>",
           *ex_headers("2nd Interview: Wei Ling Tan / Kenji Morita (Product Manager, Fleet Platform)", "AdzP8cJ2b1Rk7Y0vR2m9sWq6aXh3Cg=="))
    return message(hs, alt(text(when_line + body, cte="base64"), calendar(ics, cte="base64")))


@M(8, family="successfactors", lang="en", interview=True, kind="scheduled",
   start="2026-08-20T06:00:00Z", end="2026-08-20T07:00:00Z", contact="jiwon.park@hangangcommerce.com",
   company="Hangang Commerce", local="Thu 2026-08-20 15:00", local_end="2026-08-20 16:00", zone="Asia/Seoul",
   note="SuccessFactors interview scheduling confirmation, 20/08/2026 (DD/MM) 15:00-16:00 (GMT+09:00) Seoul = 06:00-07:00Z; no-reply sender, recruiter's address in the body.")
def p08():
    hb = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#32363a">
        <div style="background:#0a6ed1;color:#fff;padding:12px 16px;font-size:16px">Hangang Commerce Careers</div>
        <div style="padding:16px">
        <p>Dear Wei Ling Tan,</p>
        <p>Thank you for selecting an interview slot. Your interview for <b>Senior Product Manager - Cross-border Commerce (Req. 4471)</b> is now confirmed.</p>
        <table style="font-size:14px">
        <tr><td style="padding:2px 12px 2px 0">Interview Date:</td><td>20/08/2026</td></tr>
        <tr><td style="padding:2px 12px 2px 0">Interview Time:</td><td>15:00 - 16:00 (GMT+09:00) Seoul</td></tr>
        <tr><td style="padding:2px 12px 2px 0">Location:</td><td>Webex (link will be shared by the interviewer)</td></tr>
        <tr><td style="padding:2px 12px 2px 0">Interviewers:</td><td>Min-seo Kang, Lee Dong-hyun</td></tr>
        </table>
        <p>For any questions regarding your interview, please contact Ji-won Park at <a href="mailto:jiwon.park@hangangcommerce.com">jiwon.park@hangangcommerce.com</a>.</p>
        <p>Kind regards,<br>Hangang Commerce Talent Acquisition</p>
        <hr><p style="font-size:11px;color:#6a6d70">This is a system generated e-mail. Please do not reply to this e-mail.<br>Powered by SAP SuccessFactors</p>
        </div></body></html>
        """)
    hs = H("Hangang Commerce Careers <noreply@sfmail.hangangcommerce.com>", "Interview Confirmation: Senior Product Manager - Cross-border Commerce",
           "2026-08-13 10:05", "Asia/Seoul", "<1470113281.88412.1786583100913@sfapi-mail04.successfactors.com>",
           ("Auto-Submitted", "auto-generated"))
    return message(hs, alt(text(t("""
        Dear Wei Ling Tan,

        Thank you for selecting an interview slot. Your interview for Senior Product Manager - Cross-border Commerce (Req. 4471) is now confirmed.

        Interview Date: 20/08/2026
        Interview Time: 15:00 - 16:00 (GMT+09:00) Seoul
        Location: Webex (link will be shared by the interviewer)
        Interviewers: Min-seo Kang, Lee Dong-hyun

        For any questions regarding your interview, please contact Ji-won Park at jiwon.park@hangangcommerce.com.

        Kind regards,
        Hangang Commerce Talent Acquisition

        This is a system generated e-mail. Please do not reply to this e-mail.
        """)), html(hb)))


@M(9, family="lever", lang="en", interview=True, kind="scheduled",
   start="2026-09-03T06:00:00Z", end="2026-09-03T06:45:00Z", contact="sneha.raghavan@nilgiricommerce.in",
   company="Nilgiri Commerce", local="Thu 2026-09-03 11:30", local_end="2026-09-03 12:15", zone="Asia/Kolkata",
   note="Lever interview confirmation with invite.ics (TZID Asia/Kolkata); Thu 3 Sep 11:30 AM-12:15 PM IST (UTC+5:30) = 06:00-06:45Z (2:00 PM SGT also written). Contact = Reply-To coordinator.")
def p09():
    body = t("""
        Hi Wei Ling,

        Thank you for your time so far. Your interview with Nilgiri Commerce is confirmed - details below.

        Position: Group Product Manager - Seller Experience
        When: Thursday, September 3rd, 2026, 11:30 AM - 12:15 PM IST (2:00 PM - 2:45 PM Singapore time)
        Where: Google Meet - https://meet.google.com/bva-kkrt-qwe
        With: Arvind Subramanian (VP Product)

        A calendar invite is attached. Please do reach out to me in case of any clarification.

        Thanks and regards,
        Sneha Raghavan
        Talent Acquisition, Nilgiri Commerce

        Sent via Lever
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview//EN
        VERSION:2.0
        METHOD:REQUEST
        {iana_fixed("Asia/Kolkata", "+0530", "IST")}
        BEGIN:VEVENT
        UID:lever-interview-5e0c7f31-2b9a-4c8d-9e1f-a7d3c2b10e94
        DTSTAMP:{stamp("2026-08-28 12:40", "Asia/Kolkata")}
        DTSTART;TZID=Asia/Kolkata:20260903T113000
        DTEND;TZID=Asia/Kolkata:20260903T121500
        SUMMARY:Interview: Wei Ling Tan <> Nilgiri Commerce (Group Product Manager)
        LOCATION:https://meet.google.com/bva-kkrt-qwe
        ORGANIZER;CN=Sneha Raghavan:mailto:sneha.raghavan@nilgiricommerce.in
        ATTENDEE;CN=Wei Ling Tan;RSVP=TRUE:mailto:weiling.tan@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR""").replace("\n        ", "\n")
    hs = H("Nilgiri Commerce <no-reply@hire.lever.co>", "Interview confirmed: Group Product Manager - Seller Experience",
           "2026-08-28 12:40", "Asia/Kolkata", "<01000192f7a3c2b1-f21e8c04-3a5b-4b1d-b9a0-6c8e2d1f7a35-000000@email.amazonses.com>",
           ("Reply-To", "Sneha Raghavan <sneha.raghavan@nilgiricommerce.in>"))
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, method=None, filename="invite.ics", disposition="attachment", name_param=True)))


@M(10, family="goodtime", lang="en", interview=True, kind="scheduled",
   start="2026-06-09T08:00:00Z", end="2026-06-09T09:30:00Z", contact="harriet.okafor@kestrelpay.co.uk",
   company="Kestrel Pay", local="Tue 2026-06-09 16:00", local_end="2026-06-09 17:30", zone=SG,
   note="GoodTime confirmation of a case-study presentation round for a London role; shown in the candidate's zone 4:00-5:30 PM SGT, London time 9:00-10:30 AM BST (UTC+1 in June) also written = 08:00-09:30Z. Contact = coordinator (Reply-To).")
def p10():
    body = t("""
        Hi Wei Ling,

        Your interview with Kestrel Pay has been confirmed!

        Stage: Case Study Presentation
        Role: Senior Product Manager, Open Banking (London / hybrid)

        Tuesday, June 9, 2026
        4:00 PM - 5:30 PM SGT (Singapore)
        9:00 AM - 10:30 AM BST (London)

        Agenda
        4:00 PM - 4:30 PM  Your case study presentation (please keep to 20 minutes + questions)
        4:30 PM - 5:00 PM  Deep-dive with Oliver Brennan, Director of Product
        5:00 PM - 5:30 PM  Cross-functional chat with Priyanka Shah, Engineering Lead

        Video: https://kestrelpay.zoom.us/j/93017754120

        Please send your slides to Harriet by Monday 8 June, 5 PM BST so the panel can have a look beforehand.

        Questions? Reach out to Harriet Okafor at harriet.okafor@kestrelpay.co.uk.

        Good luck!
        Kestrel Pay Talent Team

        Powered by GoodTime
        """)
    hb = "<html><body>" + "".join(f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    hs = H("Kestrel Pay Recruiting <no-reply@goodtime.io>", "Confirmed: Case Study Presentation with Kestrel Pay - Tue, Jun 9",
           "2026-06-03 09:12", "Europe/London", "<goodtime.3f1c9e72ab5d4e80.interview@goodtime.io>",
           ("Reply-To", "Harriet Okafor <harriet.okafor@kestrelpay.co.uk>"), ("Auto-Submitted", "auto-generated"))
    return message(hs, alt(text(body), html(hb)))


@M(11, family="ashby", lang="en", interview=True, kind="scheduled",
   start="2026-04-22T23:00:00Z", end="2026-04-23T02:30:00Z", contact="mere.walker@kauriledger.co.nz",
   company="Kauri Ledger", local="Thu 2026-04-23 11:00", local_end="2026-04-23 14:30", zone="Pacific/Auckland",
   note="Ashby virtual onsite, three sessions on Thu 23 Apr: 11:00 AM-2:30 PM NZST; NZ daylight time ended 5 Apr so UTC+12 -> 22 Apr 23:00Z to 23 Apr 02:30Z (7:00-10:30 AM SGT also written); UTC date is the day before. Contact = Reply-To recruiter.")
def p11():
    body = t("""
        Kia ora Wei Ling,

        Your virtual onsite with Kauri Ledger is booked in. Here's your itinerary for Thursday, 23 April 2026:

        11:00 AM - 12:00 PM NZST (7:00 - 8:00 AM SGT)
          Product sense & strategy - Tama Rangi, Head of Product

        12:15 PM - 1:00 PM NZST (8:15 - 9:00 AM SGT)
          Working with engineering - Sophie Chen, Engineering Lead

        1:30 PM - 2:30 PM NZST (9:30 - 10:30 AM SGT)
          Values & vision - Hamish Doyle, CEO & co-founder

        All sessions are on the same Google Meet link: https://meet.google.com/kau-rile-dgr
        There are short breaks between sessions - grab a coffee!

        Just a heads up that NZ came off daylight saving on 5 April, so we're now 4 hours ahead of Singapore rather than 5.

        If anything comes up, reply to this email and it will reach me.

        Ngā mihi,
        Mere Walker
        People & Talent, Kauri Ledger
        """)
    hb = t("""
        <!doctype html><html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#1d1d1f">
        <p>Kia ora Wei Ling,</p>
        <p>Your virtual onsite with Kauri Ledger is booked in. Here's your itinerary for <strong>Thursday, 23 April 2026</strong>:</p>
        <table cellpadding="6" style="border:1px solid #e5e5e5;border-collapse:collapse">
        <tr><td>11:00 AM - 12:00 PM NZST<br><span style="color:#777">7:00 - 8:00 AM SGT</span></td><td>Product sense &amp; strategy<br>Tama Rangi, Head of Product</td></tr>
        <tr><td>12:15 PM - 1:00 PM NZST<br><span style="color:#777">8:15 - 9:00 AM SGT</span></td><td>Working with engineering<br>Sophie Chen, Engineering Lead</td></tr>
        <tr><td>1:30 PM - 2:30 PM NZST<br><span style="color:#777">9:30 - 10:30 AM SGT</span></td><td>Values &amp; vision<br>Hamish Doyle, CEO &amp; co-founder</td></tr>
        </table>
        <p>All sessions are on the same Google Meet link: <a href="https://meet.google.com/kau-rile-dgr">meet.google.com/kau-rile-dgr</a><br>There are short breaks between sessions - grab a coffee!</p>
        <p>Just a heads up that NZ came off daylight saving on 5 April, so we're now 4 hours ahead of Singapore rather than 5.</p>
        <p>If anything comes up, reply to this email and it will reach me.</p>
        <p>Ngā mihi,<br>Mere Walker<br>People &amp; Talent, Kauri Ledger</p>
        <p style="font-size:11px;color:#999">Sent with Ashby</p>
        </body></html>
        """)
    hs = H("Kauri Ledger <no-reply@ashbyhq.com>", "Your virtual onsite with Kauri Ledger - Thursday 23 April",
           "2026-04-17 10:30", "Pacific/Auckland", "<010001929c41b7aa-9d0e7f13-60c2-4b8e-a1f4-5e3d2c7b9a81-000000@email.amazonses.com>",
           ("Reply-To", "Mere Walker <mere.walker@kauriledger.co.nz>"))
    return message(hs, alt(text(body), html(hb)))


@M(12, family="human_reply", lang="en+id", interview=True, kind="scheduled",
   start="2026-03-05T08:00:00Z", end="2026-03-05T08:45:00Z", contact="raka@lintaskargo.id",
   company="Lintas Kargo", local="Thu 2026-03-05 15:00", local_end="2026-03-05 15:45", zone="Asia/Jakarta",
   note="Founder's reply on top of the quoted thread, mixing Indonesian: 'Kamis ini, 5 Maret, jam 15.00 WIB (4pm your time)', 45 menit; WIB = UTC+7 -> 08:00-08:45Z. Date header Mon 2 Mar WIB, so 'Kamis ini' = 5 Mar.")
def p12():
    body = t("""
        Sip, confirmed ya Wei Ling! Kamis ini, 5 Maret, jam 15.00 WIB (4pm your time) - 45 menit cukup.
        I'll send a Google Meet link, but just in case: https://meet.google.com/lkg-tmbw-ayo

        Nanti saya ajak Dimas (our CTO) juga. Don't prepare slides, just come with questions about the ops side :)

        Salam,
        Raka

        --
        Raka Pratama
        Co-founder & CEO, Lintas Kargo
        +62 812-8830-1147

        On Mon, 2 Mar 2026 at 18:52, Wei Ling Tan <weiling.tan@example.com> wrote:
        > Hi Raka,
        >
        > Thanks for getting back so quickly. Thursday 3pm WIB works for me - 4pm Singapore time. Terima kasih!
        >
        > Wei Ling
        >
        > On Mon, 2 Mar 2026 at 11:20, Raka Pratama <raka@lintaskargo.id> wrote:
        >> Hi Wei Ling,
        >>
        >> Thanks for applying for the Head of Product role. Would you be free for a chat this week? Thursday or Friday afternoon Jakarta time works best for me.
        >>
        >> Raka
        """)
    hs = H("Raka Pratama <raka@lintaskargo.id>", "Re: Head of Product - Lintas Kargo",
           "2026-03-02 20:11", "Asia/Jakarta", "<CAJ8kR2p4xYt1vN0mQ7s3bLw9eZ5uH6dF2gA1cK0pE8rT4yU3iO@mail.gmail.com>",
           ("In-Reply-To", "<CAF3wLt0m9QeYxV2n8bR1sK4dJ7uP5cH0gZ6aT3iE9oW2rM1fL8@mail.gmail.com>"),
           ("References", "<CAHp1rK7sW9bQ2nX4mE8vL0cT5yU3jD6fG1aZ7iO0pR2kN4hB9e@mail.gmail.com> <CAF3wLt0m9QeYxV2n8bR1sK4dJ7uP5cH0gZ6aT3iE9oW2rM1fL8@mail.gmail.com>"),
           rcv=("from mail-pl1-f170.google.com (mail-pl1-f170.google.com [209.85.214.170])", "mx.example.com with ESMTPS id 9cT4bQe0"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(13, family="forward_rfc822", lang="en", interview=True, kind="scheduled",
   start="2026-09-15T07:30:00Z", end="2026-09-15T08:30:00Z", contact="ploy.s@siampaylane.co.th",
   company="Siam Paylane", local="Tue 2026-09-15 14:30", local_end="2026-09-15 15:30", zone="Asia/Bangkok",
   note="Forward-to-self with the recruiter's confirmation attached as message/rfc822; 'Tuesday 15 September, 14:30 - 15:30 hrs (Bangkok time)', ICT = UTC+7 -> 07:30-08:30Z; her note says 3.30pm SG time. Contact = recruiter in the attached message (never the candidate).")
def p13():
    inner_body = t("""
        Dear Khun Wei Ling,

        Thank you for your interest in Siam Paylane. I am happy to confirm your interview with our Chief Product Officer, Khun Anan Wattanakul, as follows:

        Date: Tuesday 15 September 2026
        Time: 14:30 - 15:30 hrs (Bangkok time)
        Platform: Zoom - https://siampaylane.zoom.us/j/6620184477

        The interview will be in English. If you need to change the time, please let me know at least one day before.

        Best regards,
        Ploy Srisuk
        HR Business Partner | Siam Paylane Co., Ltd.
        Tel. 02-118-4400 ext. 712
        """)
    inner = message(H("Ploy Srisuk <ploy.s@siampaylane.co.th>", "Interview confirmation - Regional Product Manager",
                      "2026-09-09 15:40", "Asia/Bangkok", "<5b2e91d0a7f34c11b8e3@siampaylane.co.th>"),
                    text(inner_body, cte="quoted-printable"))
    note = t("""
        note to self - CPO round for Siam Paylane. 3.30pm SG time, block the afternoon in the work cal (say "personal appt").
        """)
    hs = H(ME, "Fwd: Interview confirmation - Regional Product Manager", "2026-09-09 21:05", SG,
           "<CAN2yF6u0pH3kZ8qW1rT9eS4mV7cB5nX0jL2dG6aY3oI8uQ1wE@mail.gmail.com>", to=ME)
    return message(hs, mixed(text(note, cte="7bit"), attached_message(inner, "Interview confirmation - Regional Product Manager.eml")))


@M(14, family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
   start="2026-10-19T02:00:00Z", end="2026-10-19T02:45:00Z", contact=None,
   company="Bayanihan Pay", local="Mon 2026-10-19 10:00", local_end="2026-10-19 10:45", zone="Asia/Manila",
   note="Microsoft Bookings confirmation from the company's Bookings mailbox; Mon 19 Oct 10:00-10:45 AM '(UTC+08:00) Kuala Lumpur, Singapore' (Manila is UTC+8 too) = 02:00-02:45Z, ICS TZID 'Singapore Standard Time'. Only a staff name, no personal address -> contact null.")
def p14():
    body = t("""
        Hello Wei Ling Tan,

        Your booking is confirmed

        Bayanihan Pay Talent Interviews
        Senior PM - Lending: Hiring Manager Interview

        Monday, 19 October 2026
        10:00 AM - 10:45 AM (UTC+08:00) Kuala Lumpur, Singapore

        Staff: Carmela Reyes

        Join your appointment
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmF5YW5paGFu%40thread.v2/0

        Add to calendar

        Manage booking: https://outlook.office365.com/owa/calendar/BayanihanPayTalentInterviews@bayanihanpay.ph/bookings/
        """)
    ics = exch_ics(tzid="Singapore Standard Time", vtz=win_fixed("Singapore Standard Time", "+0800"),
                   uid="040000008200E00074C5B7101A82E00800000000B4D2C7E1F25DDD01000000000000000010000000AA17B6E40C3B5F42ACB55B1D3E6F8A90",
                   summary="Senior PM - Lending: Hiring Manager Interview", start="20261019T100000", end="20261019T104500",
                   org=("Bayanihan Pay Talent Interviews", "BayanihanPayTalentInterviews@bayanihanpay.ph"),
                   stamp_=stamp("2026-10-12 11:00", "Asia/Manila"), location="Microsoft Teams Meeting",
                   description="Staff: Carmela Reyes")
    hs = H("Bayanihan Pay Talent Interviews <BayanihanPayTalentInterviews@bayanihanpay.ph>",
           "Booking confirmed: Senior PM - Lending: Hiring Manager Interview with Bayanihan Pay Talent Interviews",
           "2026-10-12 11:00", "Asia/Manila", "<PS2PR06MB3547D9C2E1F0A4B8@PS2PR06MB3547.apcprd06.prod.outlook.com>",
           ("Auto-Submitted", "auto-generated"))
    return message(hs, alt(text(body), calendar(ics)))


@M(15, family="zoom_scheduler", lang="en", interview=True, kind="scheduled",
   start="2026-11-25T07:00:00Z", end="2026-11-25T07:45:00Z", contact="omar.h@falajcloud.ae",
   company="Falaj Cloud", local="Wed 2026-11-25 15:00", local_end="2026-11-25 15:45", zone=SG,
   note="Zoom Scheduler appointment confirmation, shown in the invitee's zone: 3:00-3:45 PM (GMT+08:00) Singapore = 07:00-07:45Z (11:00 AM Dubai, UTC+4, no DST). Host address in the body.")
def p15():
    hb = t("""
        <html><body style="margin:0;background:#f7f9fa;font-family:Lato,Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;margin:24px;padding:24px;border-radius:8px">
        <tr><td><img src="https://st1.zoom.us/static/6.3.0/image/new/ZoomLogo.png" alt="Zoom" width="90"></td></tr>
        <tr><td><h2 style="font-size:20px">Your appointment is confirmed</h2>
        <p>Hi Wei Ling Tan,</p>
        <p>Your appointment with <b>Omar Haddad</b> has been scheduled.</p>
        <p><b>Falaj Cloud - Product Manager (Data Platforms) - Interview</b><br>
        Wednesday, November 25, 2026<br>
        3:00 PM - 3:45 PM (GMT+08:00) Singapore</p>
        <p>Join Zoom meeting: <a href="https://falajcloud.zoom.us/j/81120447735">https://falajcloud.zoom.us/j/81120447735</a></p>
        <p>Host: Omar Haddad (omar.h@falajcloud.ae)</p>
        <p><a href="https://scheduler.zoom.us/appointments/reschedule/ZmFsYWo">Reschedule</a> | <a href="https://scheduler.zoom.us/appointments/cancel/ZmFsYWo">Cancel</a></p>
        </td></tr></table>
        <p style="font-size:11px;color:#747487">Copyright 2026 Zoom Communications, Inc. All rights reserved.</p>
        </td></tr></table></body></html>
        """)
    hs = H("Zoom Scheduler <no-reply@zoom.us>", "Confirmed: Falaj Cloud - Product Manager (Data Platforms) - Interview with Omar Haddad",
           "2026-11-22 13:00", "Asia/Dubai", "<zs.0f4a7c2b9e1d.20261122090000@zoom.us>")
    return message(hs, html(hb, cte="base64"))


@M(16, family="hiredly", lang="en", interview=True, kind="scheduled",
   start="2026-12-04T02:00:00Z", end="2026-12-04T02:30:00Z", contact="farah.lim@segarmart.my",
   company="Segar Mart", local="Fri 2026-12-04 10:00", local_end="2026-12-04 10:30", zone="Asia/Kuala_Lumpur",
   note="Hiredly (Malaysian job platform) employer interview confirmation, base64 HTML+text; Fri 4 Dec 2026 10:00-10:30 AM (GMT+8) Kuala Lumpur = 02:00-02:30Z; interviewer's address in the body.")
def p16():
    body = t("""
        Hi Wei Ling,

        Good news! Segar Mart has confirmed your interview for Product Manager, Consumer App.

        Date: Friday, 4 December 2026
        Time: 10:00 AM - 10:30 AM (GMT+8, Kuala Lumpur)
        Type: Video call (Google Meet)
        Link: https://meet.google.com/sgr-mart-pmx
        Interviewer: Farah Lim, Head of Product (farah.lim@segarmart.my)

        Message from Segar Mart:
        "Hi Wei Ling, looking forward to our chat on Friday! It will be a casual 30-min conversation about the role. - Farah"

        Tips: Test your camera and mic beforehand, and find a quiet spot. Good luck!

        The Hiredly Team
        Hiredly | Kuala Lumpur, Malaysia
        Unsubscribe from interview notifications: https://my.hiredly.com/settings/notifications
        """)
    hb = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Poppins,Arial,sans-serif">')
    hs = H("Hiredly <noreply@hiredly.com>", "Interview confirmed with Segar Mart - Fri, 4 Dec",
           "2026-11-26 16:00", "Asia/Kuala_Lumpur", "<20261126080000.3c9e1f2a7b@mail.hiredly.com>")
    return message(hs, alt(text(body, cte="base64"), html(hb, cte="base64")))


@M(17, family="human_prose", lang="en", interview=True, kind="rescheduled",
   start="2026-05-14T04:00:00Z", end="2026-05-14T04:45:00Z", contact="liam.oconnor@yarrafreight.com.au",
   company="Yarra Freight Tech", local="Thu 2026-05-14 14:00", local_end="2026-05-14 14:45", zone="Australia/Melbourne",
   days=(("Tue", "2026-05-12"), ("Thu", "2026-05-14")),
   note="Hiring manager moves 'tomorrow' (Tue 12 May) to 'this Thursday at 2pm Melbourne time (12pm in Singapore)', same 45 mins; Date is Mon 11 May AEST, Melbourne on AEST (UTC+10) since 5 Apr -> 04:00-04:45Z. Rescheduled to the new time.")
def p17():
    body = t("""
        Hi Wei Ling,

        Really sorry to do this at short notice - I've been pulled into a customer escalation in Perth tomorrow so I won't be able to do our 11am chat.

        Could we push it to this Thursday at 2pm Melbourne time (12pm in Singapore)? Same Zoom link, still 45 mins. I've already checked with Priscilla and she can still join.

        I'll assume that's OK unless I hear otherwise - just shoot me a note if Thursday doesn't work and we'll find another slot.

        Cheers,
        Liam

        Liam O'Connor | Director of Product
        Yarra Freight Tech | Level 9, 525 Collins St, Melbourne VIC 3000
        https://yarrafreight.zoom.us/j/97702213845
        """)
    hs = H("Liam O'Connor <liam.oconnor@yarrafreight.com.au>", "Change of time - our chat tomorrow",
           "2026-05-11 08:40", "Australia/Melbourne", "<ME3PR01MB7741F0B6C5D4E3A2918C7D6E5F4A@ME3PR01MB7741.ausprd01.prod.outlook.com>",
           *ex_headers("Change of time - our chat tomorrow", "AdzgT0x4mC7s2VkQeR9b1nYp5wA6Hg=="))
    return message(hs, alt(text(body), html("<html><body><div>" + "<br>\n".join(body.replace("&", "&amp;").split("\n")) + "</div></body></html>\n")))


@M(18, family="exchange", lang="en", interview=True, kind="rescheduled",
   start="2026-10-05T23:00:00Z", end="2026-10-06T00:00:00Z", contact="sophie.nguyen@cqcapital.com.au",
   company="Circular Quay Capital", local="Tue 2026-10-06 10:00", local_end="2026-10-06 11:00", zone="Australia/Sydney",
   days=(("Thu", "2026-10-01"),),
   note="Exchange meeting update (SEQUENCE 1), TZID 'AUS Eastern Standard Time'; moved from Thu 1 Oct to Tue 6 Oct 10:00-11:00 Sydney. Sydney moved to AEDT (UTC+11) on 4 Oct, although the Outlook body label says (UTC+10:00) -> 5 Oct 23:00Z to 6 Oct 00:00Z (7am SGT). Mail sent 29 Sep in AEST.")
def p18():
    note = t("""
        Hi Wei Ling - moved to Tuesday 6 October as discussed on the phone (instead of this Thursday, 1 October). Apologies for the shuffle, our CFO's diary is a moving target.
        Heads up that Sydney goes onto daylight saving this Sunday, so 10am here will be 7am for you in Singapore.
        Sophie

        """)
    when_line = "When: Tuesday, 6 October 2026 10:00 AM-11:00 AM (UTC+10:00) Canberra, Melbourne, Sydney.\nWhere: Microsoft Teams Meeting\n\n"
    body = when_line + note + TEAMS.format(mid="Y3FjYXBpdGFsLWludGVydmlldw", num="355 018 226 940", code="Hq8Rz2")
    ics = exch_ics(tzid="AUS Eastern Standard Time", vtz=VTZ_AUS_EAST,
                   uid="040000008200E00074C5B7101A82E00800000000C07F5E2C4E4ADD01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
                   summary="Interview - Wei Ling Tan / Senior Product Manager\\, Platforms", start="20261006T100000", end="20261006T110000",
                   org=("Sophie Nguyen", "sophie.nguyen@cqcapital.com.au"), stamp_=stamp("2026-09-29 15:20", "Australia/Sydney"),
                   location="Microsoft Teams Meeting", description=body, seq=1,
                   attendees=(("Wei Ling Tan", ME_ADDR), ("Andrew Blake", "andrew.blake@cqcapital.com.au")))
    hs = H("Sophie Nguyen <sophie.nguyen@cqcapital.com.au>", "Updated: Interview - Wei Ling Tan / Senior Product Manager, Platforms",
           "2026-09-29 15:20", "Australia/Sydney", "<SY4PR01MB6210B3A9C8D7E6F5A4B3C2D1E0F9@SY4PR01MB6210.ausprd01.prod.outlook.com>",
           *ex_headers("Interview - Wei Ling Tan / Senior Product Manager, Platforms", "AdzK2pF7q1Vb8nR0eM3sXw6tY4cH9g=="))
    return message(hs, alt(text(body, cte="quoted-printable"), calendar(ics, cte="base64")))


@M(19, family="smartrecruiters", lang="en", interview=True, kind="rescheduled",
   start="2026-10-27T10:00:00Z", end="2026-10-27T10:45:00Z", contact="tom.hargreaves@albionretail.co.uk",
   company="Albion Retail Group", local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45", zone="Europe/London",
   days=(("Thu", "2026-10-22"),),
   note="SmartRecruiters reschedule with old (Thu 22 Oct 10:00 BST) and new time (Tue 27 Oct 10:00-10:45 GMT); UK leaves BST on 25 Oct so the new slot is UTC+0 = 10:00-10:45Z (6pm SGT). Contact = recruiter address in the body.")
def p19():
    body = t("""
        Hi Wei Ling,

        Your interview for Product Manager, APAC Marketplace has been rescheduled.

        Previous time:  Thursday, 22 October 2026, 10:00 BST
        New time:       Tuesday, 27 October 2026, 10:00 - 10:45 GMT (London)

        Interview type: Video interview (Microsoft Teams)
        Interviewer:    Tom Hargreaves, Senior Talent Partner

        Please note the UK clocks go back on Sunday 25 October, so this is 6:00 pm in Singapore.

        If the new time does not work for you, please contact Tom Hargreaves at tom.hargreaves@albionretail.co.uk.

        Kind regards,
        Albion Retail Group Talent Acquisition

        This message was sent to weiling.tan@example.com by SmartRecruiters on behalf of Albion Retail Group.
        """)
    hb = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" for line in body.replace("&", "&amp;").split("\n") if line) + "</body></html>\n"
    hs = H("Albion Retail Group <noreply@smartrecruiters.com>", "Interview rescheduled: Product Manager, APAC Marketplace",
           "2026-10-20 10:00", "Europe/London", "<sr.9a1c3e5f7b2d4680.mail@smartrecruiters.com>",
           ("List-Unsubscribe", "<https://my.smartrecruiters.com/unsubscribe?t=Ab9x1>"))
    return message(hs, alt(text(body), html(hb)))


@M(20, family="workable", lang="en", interview=True, kind="rescheduled",
   start="2026-11-03T14:00:00Z", end="2026-11-03T14:45:00Z", contact="marcus.bell@cobaltharbor.com",
   company="Cobalt Harbor", local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45", zone="America/New_York",
   days=(("Fri", "2026-10-30"),),
   note="Workable reschedule for a US-remote role: from Fri 30 Oct to Tue 3 Nov 9:00-9:45 AM ET; US leaves EDT on 1 Nov so ET = EST (UTC-5) -> 14:00-14:45Z (10:00 PM SGT, also written); mail sent in EDT. Reply-To is a Workable relay, contact = hiring manager's address in the body.")
def p20():
    body = t("""
        Hi Wei Ling,

        Marcus Bell from Cobalt Harbor has rescheduled your interview for the Product Manager, International position.

        Old time: Friday, October 30, 2026 at 9:00 AM ET
        New time: Tuesday, November 3, 2026, 9:00 AM - 9:45 AM ET (10:00 PM - 10:45 PM Singapore)

        Location: Google Meet - https://meet.google.com/cbh-pmin-trl

        Note from Marcus: "Sorry for the move, our board prep ran over. Looking forward to it - feel free to email me directly at marcus.bell@cobaltharbor.com."

        You can reply to this email to message the Cobalt Harbor hiring team.

        Powered by Workable
        """)
    hs = H("Cobalt Harbor <noreply@candidates.workablemail.com>", "Your interview with Cobalt Harbor has been rescheduled",
           "2026-10-29 10:12", "America/New_York", "<wk.4c2a8f1e9b3d.20261029141200@candidates.workablemail.com>",
           ("Reply-To", "cobalt-harbor+7f3a91c2e0@candidates.workablemail.com"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(21, family="exchange", lang="en+zh", interview=True, kind="cancelled",
   start="2026-08-10T07:00:00Z", end="2026-08-10T08:00:00Z", contact="cheryl.wong@lantauassurance.com.hk",
   company="Lantau Assurance", local="Mon 2026-08-10 15:00", local_end="2026-08-10 16:00", zone="Asia/Hong_Kong",
   note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED), TZID 'China Standard Time' (UTC+8, Beijing/Hong Kong); cancelled slot Mon 10 Aug 15:00-16:00 HKT = 07:00-08:00Z. Short Cantonese/Chinese apology line.")
def p21():
    body = t("""
        When: Monday, 10 August 2026 3:00 PM-4:00 PM (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi.
        Where: Microsoft Teams Meeting

        Hi Wei Ling,

        Sorry, I have to cancel this interview - our hiring manager has been called away on an urgent business trip. 唔好意思 for the inconvenience. I will revert with new slots once his schedule is clearer.

        Best regards,
        Cheryl Wong 黃嘉欣
        Talent Acquisition, Lantau Assurance
        """)
    ics = exch_ics(tzid="China Standard Time", vtz=win_fixed("China Standard Time", "+0800"),
                   uid="040000008200E00074C5B7101A82E00800000000D3A1F0B2C4F6DC010000000000000000100000009C8B7A695847362514F3E2D1C0B9A877",
                   summary="Canceled: Interview - Product Manager\\, Digital Claims (Wei Ling Tan)", start="20260810T150000", end="20260810T160000",
                   org=("Cheryl Wong", "cheryl.wong@lantauassurance.com.hk"), stamp_=stamp("2026-08-06 11:10", "Asia/Hong_Kong"),
                   location="Microsoft Teams Meeting", description="Sorry, I have to cancel this interview.", method="CANCEL",
                   seq=2, status="CANCELLED")
    hs = H(addr("Cheryl Wong", "cheryl.wong@lantauassurance.com.hk"), "Canceled: Interview - Product Manager, Digital Claims (Wei Ling Tan)",
           "2026-08-06 11:10", "Asia/Hong_Kong", "<TYZPR03MB7118E4A0B1C2D3E4F5A6B7C8D9E0@TYZPR03MB7118.apcprd03.prod.outlook.com>",
           *ex_headers("Interview - Product Manager, Digital Claims (Wei Ling Tan)", "AdwR4eT1yU8iO2pA5sD7fG0hJ3kL6z=="),
           ("Importance", "high"))
    return message(hs, alt(text(body, cte="base64"), calendar(ics, method="CANCEL", cte="base64")))


@M(22, family="human_prose", lang="en", interview=True, kind="cancelled",
   start="2026-05-12T06:30:00Z", end="2026-05-12T07:30:00Z", contact="nurul.aisyah@tanjungdigital.com.my",
   company="Tanjung Digital", local="Tue 2026-05-12 14:30", local_end="2026-05-12 15:30", zone="Asia/Kuala_Lumpur",
   note="Same HR sender as the 12 May invitation: 'the interview scheduled on 12 May 2026 (Tuesday) at 1430H - 1530H is hereby cancelled' (position on hold), no ICS; cancelled slot 06:30-07:30Z (UTC+8).")
def p22():
    body = t("""
        Dear Ms. Tan Wei Ling,

        Kindly be informed that the interview for the position of Product Manager (Merchant Platform) scheduled on 12 May 2026 (Tuesday) at 1430H - 1530H is hereby cancelled, as the position has been put on hold pending an internal restructuring.

        We sincerely apologise for any inconvenience caused. We will keep your profile in our talent pool and will contact you should the position be re-opened.

        Thank you for your understanding.

        Best regards,
        Nurul Aisyah binti Rahman
        Executive, Talent Acquisition
        Tanjung Digital Sdn. Bhd. (1298834-X)
        """)
    hs = H(addr("Nurul Aisyah binti Rahman", "nurul.aisyah@tanjungdigital.com.my"),
           "RE: Interview Invitation - Product Manager (Merchant Platform) - Tan Wei Ling [CANCELLED]",
           "2026-05-08 18:05", "Asia/Kuala_Lumpur", "<a41d8c2e7f9b4a03b6e2@tanjungdigital.com.my>",
           ("In-Reply-To", "<7f3e0a1c9b2d4e68a5c1@tanjungdigital.com.my>"),
           ("References", "<7f3e0a1c9b2d4e68a5c1@tanjungdigital.com.my>"), ("X-Mailer", "Microsoft Outlook 16.0"))
    return message(hs, text(body, cte="7bit"))


@M(23, family="greenhouse", lang="en", interview=True, kind="cancelled",
   start="2026-04-08T01:00:00Z", end="2026-04-08T01:45:00Z", contact="ella.marsh@banksiahealth.com.au",
   company="Banksia Health Tech", local="Wed 2026-04-08 11:00", local_end="2026-04-08 11:45", zone="Australia/Sydney",
   note="Greenhouse HTML-only cancellation, no ICS: Wed 8 Apr 11:00-11:45 AM AEST; Sydney left daylight time on 5 Apr so UTC+10 -> 01:00-01:45Z (the mail is sent 2 Apr in AEDT). Contact = Reply-To coordinator.")
def p23():
    hb = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Wei Ling,</p>
        <p>We're writing to let you know that your interview with Banksia Health Tech for the <b>Senior Product Manager, Patient Experience</b> role, scheduled for <b>Wednesday, April 8, 2026 at 11:00 AM - 11:45 AM AEST</b>, has been cancelled.</p>
        <p>Our hiring team is re-evaluating the scope of this role, and we'll be in touch if there's an update. We're sorry for any inconvenience this causes.</p>
        <p>If you have questions, simply reply to this email.</p>
        <p>Best,<br>Ella Marsh<br>Recruiting Coordinator, Banksia Health Tech</p>
        <p style="font-size:11px;color:#888">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    hs = H("Banksia Health Tech <no-reply@us.greenhouse-mail.io>", "Interview cancelled: Senior Product Manager, Patient Experience",
           "2026-04-02 16:00", "Australia/Sydney", "<6a1f0e2d9c8b.1775106000@us.greenhouse-mail.io>",
           ("Reply-To", "Ella Marsh <ella.marsh@banksiahealth.com.au>"))
    return message(hs, html(hb))


# =========================================================================== negatives


@M(24, family="ashby_receipt", lang="en", interview=False, company="Kauri Ledger",
   note="Ashby application receipt ('we'll be in touch within two weeks'); no interview time.")
def n24():
    body = t("""
        Kia ora Wei Ling,

        Thanks for applying for the Senior Product Manager role at Kauri Ledger! We've received your application and our team will review it carefully.

        We aim to get back to every applicant within two weeks. In the meantime, you can read more about how we work at https://kauriledger.co.nz/careers/how-we-hire - including what our interview process looks like (an intro call, a virtual onsite, and reference checks).

        Ngā mihi,
        The Kauri Ledger Talent Team
        """)
    hs = H("Kauri Ledger <no-reply@ashbyhq.com>", "Thanks for applying to Kauri Ledger", "2026-03-18 21:44", "Pacific/Auckland",
           "<010001927a1e0f55-2b7c9d31-8e4f-4a6b-9c2d-0f1e3a5b7c9d-000000@email.amazonses.com>",
           ("Auto-Submitted", "auto-generated"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(25, family="offer", lang="en", interview=False, company="Kauri Ledger",
   days=(("Fri", "2026-05-08"), ("Mon", "2026-06-01")),
   note="Offer letter after the onsite; proposes (does not confirm) a call on Friday 8 May to talk it through; not an interview.")
def n25():
    body = t("""
        Kia ora Wei Ling,

        I'm absolutely stoked to let you know that the panel loved meeting you, and we'd like to offer you the role of Senior Product Manager at Kauri Ledger!

        Your offer letter is attached. Headlines:
        - Base salary: NZD 178,000 (remote from Singapore via our EOR partner, paid in SGD equivalent)
        - Equity: 0.08% over four years
        - Proposed start date: Monday 1 June 2026

        Hamish would love to talk it through with you personally - would Friday 8 May at 1pm NZST (9am your time) suit? If not, send me a couple of times that work and I'll make it happen.

        Ngā mihi nui,
        Mere

        Mere Walker | People & Talent | Kauri Ledger
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Kauri_Ledger_Offer_WeiLingTan.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Kauri_Ledger_Offer_WeiLingTan.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PD4+CiUlRU9GCg==\r\n")
    hs = H("Mere Walker <mere.walker@kauriledger.co.nz>", "Offer - Senior Product Manager, Kauri Ledger",
           "2026-05-06 16:02", "Pacific/Auckland", "<CAP9xQ2w7eR1tY5uI3oP8aS0dF4gH6jK2lZ9xC1vB7nM3qW5eR@mail.gmail.com>")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@M(26, family="background_check", lang="en", interview=False, company=None,
   days=(("Tue", "2026-05-19"),),
   note="Background-screening vendor asks for consent and documents by a deadline; no interview. Vendor, not the employer -> company null.")
def n26():
    hb = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Wei Ling Tan,</p>
        <p><b>Kauri Ledger</b> has requested a pre-employment background screening for you through VeriCheck Asia.</p>
        <p>Please log in to our secure candidate portal to give your consent and upload the following by <b>Tuesday, 19 May 2026, 6:00 PM (SGT)</b>:</p>
        <ul><li>Passport or NRIC (front and back)</li><li>Highest education certificate</li><li>Two most recent employment references</li></ul>
        <p><a href="https://portal.vericheck.asia/c/5Kq8ZbT1">Start my background check</a></p>
        <p>Screening usually takes 5-7 working days once all documents are received.</p>
        <p>VeriCheck Asia Pte. Ltd. | Candidate Support: support@vericheck.asia</p>
        </body></html>
        """)
    hs = H("VeriCheck Asia <noreply@vericheck.asia>", "Action required: background screening for Kauri Ledger",
           "2026-05-12 10:20", SG, "<vc-20260512022000-81f3a@vericheck.asia>", ("Auto-Submitted", "auto-generated"))
    return message(hs, html(hb))


@M(27, family="rejection", lang="en", interview=False, company="Lumina Pay",
   note="Workday rejection after the 10 Feb interview; past interview mentioned, no future time.")
def n27():
    body = t("""
        Dear Wei Ling,

        Thank you for taking the time to interview with us for the Senior Product Manager, Merchant Payments (R-10482) position, and for your interest in Lumina Pay.

        After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.

        We appreciate the time you invested and encourage you to apply for future openings that match your profile.

        Best regards,
        Lumina Pay Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    hs = H("Lumina Pay <luminapay@myworkday.com>", "Update on your application - Senior Product Manager, Merchant Payments",
           "2026-02-24 17:31", SG, "<1771925460117.5520.luminapay@myworkday.com>")
    return message(hs, text(body))


@M(28, family="job_alert", lang="en", interview=False, company=None,
   note="LinkedIn-style job alert digest; no interview.")
def n28():
    body = t("""
        Your job alert for product manager in Singapore
        8 new jobs match your preferences.

        Senior Product Manager, Payments
        Cendana Bank - Singapore (Hybrid)
        Actively recruiting - 3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4022981134

        Product Lead, Marketplace
        Rambutan Labs - Singapore
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4022917720

        Group Product Manager - Risk
        Orchid Ventures - Singapore (On-site)
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4022850031

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=177231

        You are receiving Job Alert emails.
        Unsubscribe: https://www.linkedin.com/comm/jobs/alerts/unsubscribe
        LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
        """)
    hs = H("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "\"product manager\": 8 new jobs in Singapore",
           "2026-06-22 08:03", SG, "<1145002293.5120071.1782086580334@lor1-app45.prod.linkedin.com>",
           ("List-Unsubscribe", "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe?lipi=urn%3Ali>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(29, family="job_alert", lang="en", interview=False, company=None,
   note="JobStreet-style job alert from Malaysia; 'Quick apply' and 'posted 2d ago', no interview.")
def n29():
    hb = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;background:#f4f5f7">
        <table width="600" align="center" style="background:#fff;padding:20px">
        <tr><td><h2 style="color:#2e3849">15 new jobs for "product manager" in Kuala Lumpur</h2></td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0"><b>Product Manager (E-Wallet)</b><br>Kancil Pay Sdn Bhd - Kuala Lumpur<br>RM 14,000 - RM 18,000 per month<br>Posted 2d ago &middot; Quick apply</td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0"><b>Senior Product Owner</b><br>Mutiara Insurance Berhad - Petaling Jaya<br>Posted 1d ago</td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0"><b>Head of Product</b><br>Lebah Logistics - Kuala Lumpur<br>Posted 5h ago &middot; Quick apply</td></tr>
        <tr><td style="padding:16px 0"><a href="https://my.jobstreet.com/product-manager-jobs/in-Kuala-Lumpur">See all 15 jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#888">You're receiving this because you saved a search. <a href="https://my.jobstreet.com/alerts/unsubscribe">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    hs = H("JobStreet <noreply@e.jobstreet.com>", "15 new product manager jobs in Kuala Lumpur",
           "2026-07-06 07:30", "Asia/Kuala_Lumpur", "<20260705233000.a7c1e9@e.jobstreet.com>",
           ("List-Unsubscribe", "<https://my.jobstreet.com/alerts/unsubscribe?t=7c1e9>"))
    return message(hs, html(hb))


@M(30, family="job_alert", lang="en", interview=False, company=None,
   note="MyCareersFuture-style recommended-jobs mail from a government portal; no interview.")
def n30():
    body = t("""
        Dear WEI LING TAN,

        Based on your profile, here are some jobs you may be interested in:

        1. Product Manager (Digital Services) - Ministry-linked Statutory Board
           $8,000 - $12,000 monthly | Permanent | Closing on 15 Sep 2026
        2. Senior Product Manager - Mulberry Health Pte. Ltd.
           $10,500 - $14,000 monthly | Full Time
        3. Product Owner, Payments - Keppel Bay Fintech Pte. Ltd.
           $9,000 - $12,500 monthly | Contract

        View more jobs at https://www.mycareersfuture.gov.sg

        This is a system-generated email. Please do not reply.
        To stop receiving job recommendations, update your preferences in your profile.
        """)
    hs = H("MyCareersFuture <no-reply@mycareersfuture.gov.sg>", "Jobs recommended for you",
           "2026-09-01 09:00", SG, "<mcf.rec.20260901010000.99812@mycareersfuture.gov.sg>")
    return message(hs, text(body, cte="7bit"))


@M(31, family="agency_outreach", lang="en", interview=False, company="Meridian Search Asia",
   note="Agency consultant's first approach via an eFinancialCareers-style platform; asks for a call, no time fixed. Company = the sender's firm (outreach).")
def n31():
    body = t("""
        Hi Wei Ling,

        I came across your profile on eFinancialCareers and thought you'd be a strong fit for a confidential Product Lead search I'm running for a Hong Kong-based clearing and payments fintech (Series C, ~250 staff).

        Key points:
        - Owns cross-border payments product line, team of 5 PMs
        - HK-based, full relocation package, visa sponsorship
        - Package in the region of HKD 1.4-1.7m + bonus

        Would you be open to a quick confidential chat this week? Let me know a time that suits and I'll give you a call.

        Best regards,
        Kelvin Lau
        Senior Consultant | Banking & Financial Services Technology
        Meridian Search Asia Limited
        M: +852 9123 4870

        Sent via eFinancialCareers. To stop recruiters contacting you, update your privacy settings.
        """)
    hs = H("Kelvin Lau via eFinancialCareers <recruiter-messages@efinancialcareers.com>", "Confidential Product Lead opportunity - Hong Kong fintech",
           "2026-03-30 10:05", "Asia/Hong_Kong", "<efc.msg.8815230.20260330@efinancialcareers.com>",
           ("Reply-To", "Kelvin Lau <kelvin.lau@meridiansearch.com.hk>"))
    return message(hs, text(body))


@M(32, family="newsletter_tips", lang="en", interview=False, company=None,
   note="Community newsletter about interview prep with sample times ('your Tuesday 10am panel'); not an interview.")
def n32():
    body = t("""
        THE PRODUCT FOLKS SG - Weekly #118

        This week: surviving the panel interview

        So your panel is confirmed for Tuesday at 10am. Now what? Three PMs who've hired across SEA share what they look for:

        1. Lead with the customer, not the framework. "If you open with CIRCLES I already know you've memorised it." - Head of Product, a Jakarta unicorn
        2. Have numbers. Retention went from what to what, and why?
        3. Ask about the team's last failed launch.

        EVENTS
        - PM Kopi Chat, Thursday 13 August, 7pm, Tanjong Pagar (free, RSVP required)
        - Mock interview clinic (online) - sign-ups open next week

        JOBS BOARD
        12 new PM roles this week in SG, KL and Jakarta -> https://theproductfolks.sg/jobs

        You're getting this because you subscribed at theproductfolks.sg.
        Unsubscribe: https://theproductfolks.sg/unsubscribe?e=weiling.tan%40example.com
        """)
    hs = H("The Product Folks SG <newsletter@theproductfolks.sg>", "Weekly #118: surviving the panel interview",
           "2026-08-03 08:00", SG, "<20260803000000.118.newsletter@theproductfolks.sg>",
           ("List-Unsubscribe", "<https://theproductfolks.sg/unsubscribe?e=weiling.tan%40example.com>, <mailto:unsubscribe@theproductfolks.sg>"),
           ("List-Id", "The Product Folks SG <weekly.theproductfolks.sg>"), ("Precedence", "bulk"))
    hb = gmail_html(body)
    return message(hs, alt(text(body), html(hb)))


@M(33, family="self_schedule", lang="en", interview=False, company="Brightloop",
   note="Hiring manager asks her to pick a slot via a Calendly link (self-schedule); nothing booked yet.")
def n33():
    body = t("""
        Hi Wei Ling,

        Thanks for applying to the PM, APAC Growth role - your background at a Singapore fintech is exactly what we need as we expand into SEA.

        I'd love to set up a 30-minute intro. I know the time zones are a bit brutal (we're mostly on US Eastern), so I've opened up some evening slots your time next week:
        https://calendly.com/dana-brightloop/pm-apac-intro

        Pick whatever works best and it'll drop straight into my calendar.

        Dana Whitfield
        VP Product, Brightloop
        """)
    hs = H("Dana Whitfield <dana@brightloop.io>", "Brightloop - intro chat?", "2026-06-10 11:42", "America/New_York",
           "<CAM5pQ8r2tY7uI1oP4aS9dF3gH6jK0lZ2xC8vB5nM1qW7eR3tY@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(34, family="slot_proposal", lang="en", interview=False, company="Hangang Commerce",
   days=(("Tue", "2026-08-18"), ("Thu", "2026-08-20"), ("Fri", "2026-08-21")),
   note="Recruiter proposes three slots (KST) and asks her to choose; nothing confirmed (the SuccessFactors confirmation follows separately).")
def n34():
    body = t("""
        Dear Wei Ling,

        Thank you for your application for Senior Product Manager - Cross-border Commerce. Our hiring manager would like to meet you for a first interview (60 minutes, Webex).

        Could you let me know which of the following slots works for you? All times are Korea Standard Time (KST, one hour ahead of Singapore).

        - Tue, 18 Aug 2026, 10:00-11:00 KST
        - Thu, 20 Aug 2026, 15:00-16:00 KST
        - Fri, 21 Aug 2026, 11:00-12:00 KST

        Once you confirm, you will receive a system invitation from our recruiting system.

        Best regards,
        Ji-won Park
        Talent Acquisition, Hangang Commerce
        """)
    hs = H("Park Ji-won <jiwon.park@hangangcommerce.com>", "[Hangang Commerce] Interview availability - Senior Product Manager",
           "2026-08-07 16:15", "Asia/Seoul", "<20260807071500.jw3@hangangcommerce.com>")
    return message(hs, text(body, cte="8bit"))


@M(35, family="assessment", lang="en", interview=False, company="Harbourfront Bank",
   days=(("Sun", "2026-03-08"),),
   note="Pymetrics-style neuroscience games with a completion deadline (Sun 8 Mar 23:59 SGT); an assessment, not an interview.")
def n35():
    hb = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <p>Hi Wei Ling,</p>
        <p>Harbourfront Bank has invited you to play a set of short games as part of your application for <b>Senior Product Manager, Digital Wealth</b>.</p>
        <p>The games take about 25 minutes. There are no right or wrong answers - just play naturally. Please complete them by <b>Sunday, 8 March 2026, 11:59 PM (SGT)</b>.</p>
        <p style="text-align:center"><a href="https://app.mindgames-assess.com/invite/HFB-7c21e9" style="background:#5a2dd8;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Start games</a></p>
        <p>Tip: use a desktop or laptop with a stable internet connection.</p>
        <p>The MindGames team, on behalf of Harbourfront Bank</p>
        </body></html>
        """)
    hs = H("Harbourfront Bank via MindGames <invites@mindgames-assess.com>", "Harbourfront Bank has invited you to play the MindGames",
           "2026-03-03 09:30", SG, "<mg.inv.HFB-7c21e9@mindgames-assess.com>", ("Auto-Submitted", "auto-generated"))
    return message(hs, html(hb, cte="base64"))


@M(36, family="assessment", lang="en", interview=False, company="Sakura Mobility",
   days=(("Tue", "2026-06-23"),),
   note="HackerRank-style SQL/product analytics test with a window closing Tue 23 Jun 23:59 JST and a 60-minute duration; an assessment, not an interview.")
def n36():
    body = t("""
        Hi Wei Ling Tan,

        Sakura Mobility has invited you to take the Product Analytics (SQL) test.

        Test duration: 60 minutes
        Test window closes: Jun 23, 2026, 11:59 PM JST (10:59 PM Singapore)

        Once you start, the timer cannot be paused. Make sure you have a stable connection.

        Start test: https://www.hackerrank.com/tests/8d1c3e5a7b9/login?b=eyJ1c2VybmFtZSI

        Good luck!
        Team HackerRank, on behalf of Sakura Mobility

        Please do not reply to this email.
        """)
    hs = H("Sakura Mobility via HackerRank <support@hackerrankforwork.com>", "Invitation: Product Analytics (SQL) test - Sakura Mobility",
           "2026-06-19 13:00", "Asia/Tokyo", "<hr.inv.8d1c3e5a7b9.20260619040000@hackerrankforwork.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(37, family="one_way_video", lang="en+id", interview=False, company="Garuda Retail",
   days=(("Fri", "2026-10-09"),),
   note="One-way recorded video interview to complete by Friday 9 Oct 23:59 WIB; no live interview at a fixed time. Indonesian greeting.")
def n37():
    body = t("""
        Halo Wei Ling,

        Terima kasih atas lamaran Anda. Garuda Retail would like to invite you to complete a one-way video interview for the Senior Product Manager, Omnichannel role.

        - 5 questions, up to 2 minutes per answer
        - You can complete it any time before Friday, 9 October 2026, 23:59 WIB
        - No live interviewer - record at your own convenience

        Start here: https://garudaretail.vidscreen.io/i/aP9x2Lq

        Salam hangat,
        Tim Talent Acquisition Garuda Retail
        (sent via VidScreen)
        """)
    hs = H("Garuda Retail via VidScreen <no-reply@vidscreen.io>", "Undangan video interview - Garuda Retail",
           "2026-10-05 10:00", "Asia/Jakarta", "<vs.20261005030000.aP9x2Lq@vidscreen.io>")
    return message(hs, text(body, cte="quoted-printable"))


@M(38, family="out_of_office", lang="en", interview=False, company=None,
   days=(("Mon", "2026-02-23"),),
   note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Lumina Pay recruiter over Chinese New Year; no interview. Company null (auto-reply, not an employer message about the application).")
def n38():
    body = t("""
        Hi,

        Thank you for your email. I am on leave for Chinese New Year and will be back in the office on Monday, 23 February 2026, with limited access to email.

        For urgent matters, please contact ta.singapore@luminapay.sg.

        Gong Xi Fa Cai!
        Priya Nair
        """)
    hs = H("Priya Nair <priya.nair@luminapay.sg>", "Automatic reply: Thank you - interview on 10 Feb", "2026-02-12 22:31", SG,
           "<SI2PR02MB5530A1B2C3D4E5F60718293A4B5C@SI2PR02MB5530.apcprd02.prod.outlook.com>",
           ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("In-Reply-To", "<CAK3tY8u1iO5pA9sD2fG6hJ0kL4zX7cV1bN5mQ9wE3rT8yU2iO@mail.gmail.com>"))
    return message(hs, text(body))


@M(39, family="bounce", lang="en", interview=False, company=None,
   note="Delivery failure (DSN) of her own thank-you note after the Siam Paylane interview (mistyped domain); quotes her text, no interview confirmation.")
def n39():
    human = t("""
        This is the mail system at host mail-sor-f41.google.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <ploy.s@siampaylane.co>: Host or domain name not found. Name service error
            for name=siampaylane.co type=AAAA: Host not found
        """)
    dsn = t("""
        Reporting-MTA: dns; mail-sor-f41.google.com
        Arrival-Date: Wed, 16 Sep 2026 01:12:40 +0000

        Final-Recipient: rfc822; ploy.s@siampaylane.co
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; 550 5.1.2 Host unknown (Name service error)
        """)
    orig = message(H(ME, "Thank you - Regional Product Manager interview", "2026-09-16 09:12", SG,
                     "<CAN7wE2r5tY9uI3oP1aS8dF6gH0jK4lZ9xC2vB6nM8qW1eR5tY@mail.gmail.com>",
                     to="Ploy Srisuk <ploy.s@siampaylane.co>"),
                   text(t("""
                       Dear Khun Ploy,

                       Thank you for arranging yesterday's interview with Khun Anan. I really enjoyed the conversation about Siam Paylane's regional expansion and look forward to hearing about next steps.

                       Best regards,
                       Wei Ling
                       """)))
    report = multipart("report", text(human, cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], dsn),
                       attached_message(orig), params="report-type=delivery-status")
    hs = H("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
           "2026-09-16 09:12", SG, "<66e7c1a8.050a0220.3b9f2c.0001.GMR@mx.google.com>", ("Auto-Submitted", "auto-replied"))
    return message(hs, report)


@M(40, family="non_interview_calendar", lang="en", interview=False, company=None,
   note="Work meeting invite from her current employer (Exchange, 'Singapore Standard Time', Q3 roadmap review); a fixed time but not an interview.")
def n40():
    body = t("""
        When: Thursday, 2 July 2026 2:00 PM-3:30 PM (UTC+08:00) Kuala Lumpur, Singapore.
        Where: SHD-12-03 Merlion Room / Microsoft Teams Meeting

        Hi all, Q3 roadmap review for the Payments squad. Please come with your top 3 bets and the metrics you'd use to kill them.
        Thanks, Gerald
        """)
    ics = exch_ics(tzid="Singapore Standard Time", vtz=win_fixed("Singapore Standard Time", "+0800"),
                   uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
                   summary="Q3 Roadmap Review - Payments squad", start="20260702T140000", end="20260702T153000",
                   org=("Gerald Sim", "gerald.sim@straitsharbour.com.sg"), stamp_=stamp("2026-06-24 09:05", SG),
                   location="SHD-12-03 Merlion Room / Microsoft Teams Meeting", description=body,
                   attendees=(("Wei Ling Tan", ME_ADDR), ("Payments Squad", "payments-squad@straitsharbour.com.sg")))
    hs = H("Gerald Sim <gerald.sim@straitsharbour.com.sg>", "Q3 Roadmap Review - Payments squad", "2026-06-24 09:05", SG,
           "<SG2PR01MB4411C8D7E6F5A4B3C2D1E0F9A8B7@SG2PR01MB4411.apcprd01.prod.outlook.com>",
           *ex_headers("Q3 Roadmap Review - Payments squad", "AdzmQ1w2E3r4T5y6U7i8O9p0A1s2Dg=="),
           to="Payments Squad <payments-squad@straitsharbour.com.sg>")
    return message(hs, alt(text(body), calendar(ics)))


@M(41, family="personal_appointment", lang="en", interview=False, company=None,
   days=(("Wed", "2026-09-09"),),
   note="Polyclinic appointment reminder (date, time, queue instructions); personal appointment, not an interview.")
def n41():
    body = t("""
        Appointment Reminder

        Dear TAN WEI LING,

        This is a reminder of your appointment:

        Institution : Tanglin Heights Polyclinic
        Service     : Health Screening (Blood Test)
        Date        : 09-Sep-2026 (Wed)
        Time        : 08:45 AM
        Please fast for 10 hours before your blood test (water is allowed).

        To change or cancel, please log in to CareHub SG or call 6555 0000.

        This is a system-generated email. Please do not reply.
        """)
    hs = H("CareHub SG <no-reply@carehubsg.com>", "Appointment Reminder - Tanglin Heights Polyclinic", "2026-09-07 08:00", SG,
           "<apptrem.20260907000000.55810@carehubsg.com>")
    return message(hs, text(body, cte="7bit"))


@M(42, family="personal_appointment", lang="en", interview=False, company=None,
   days=(("Tue", "2026-11-10"),),
   note="ICA-style passport collection e-appointment with an .ics attachment; a fixed time, but a government counter appointment, not an interview.")
def n42():
    body = t("""
        Dear TAN WEI LING,

        Your e-Appointment has been successfully made.

        Transaction     : Collection of Passport
        Appointment No. : PC26-1184420
        Date            : 10 November 2026 (Tuesday)
        Time            : 10:30 AM - 10:45 AM
        Venue           : ICA Building, Level 3, Passport Services Centre

        Please bring along your NRIC and the old passport. Arrive no earlier than 15 minutes before your appointment time.

        Please do not reply to this email.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ICA eAppointment//EN
        METHOD:PUBLISH
        {iana_fixed("Asia/Singapore", "+0800", "+08")}
        BEGIN:VEVENT
        UID:PC26-1184420@eappointment.ica-services.sg
        DTSTAMP:{stamp("2026-11-02 19:44", SG)}
        DTSTART;TZID=Asia/Singapore:20261110T103000
        DTEND;TZID=Asia/Singapore:20261110T104500
        SUMMARY:ICA - Collection of Passport (PC26-1184420)
        LOCATION:ICA Building\\, Level 3\\, Passport Services Centre
        END:VEVENT
        END:VCALENDAR""").replace("\n        ", "\n")
    hs = H("ICA e-Appointment <no-reply@eappointment.ica-services.sg>", "e-Appointment Confirmation - Collection of Passport",
           "2026-11-02 19:44", SG, "<eappt.PC26-1184420@eappointment.ica-services.sg>")
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment", name_param=True)))


@M(43, family="non_interview_calendar", lang="en+zh", interview=False, company=None,
   days=(("Mon", "2026-02-16"),),
   note="Google Calendar invite from her sister for the Chinese New Year eve reunion dinner (团圆饭); personal, not an interview.")
def n43():
    desc = "团圆饭 at Ah Ma's place! Mum says come by 6pm to help with the steamboat. Bring mandarin oranges 🍊"
    body = t(f"""
        You have been invited to the following event.

        CNY Eve reunion dinner 团圆饭
        When
        Mon 16 Feb 2026 6:30pm - 10pm (SGT)
        Where
        Ah Ma's place, Toa Payoh

        Who
        * tan.weimin@example.net - organiser
        * weiling.tan@example.com

        {desc}

        Invitation from Google Calendar
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {iana_fixed("Asia/Singapore", "+0800", "+08")}
        BEGIN:VEVENT
        DTSTART;TZID=Asia/Singapore:20260216T183000
        DTEND;TZID=Asia/Singapore:20260216T220000
        DTSTAMP:{stamp("2026-02-08 21:15", SG)}
        ORGANIZER;CN=Tan Wei Min:mailto:tan.weimin@example.net
        UID:6q1v3c0reunion2026abc@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=weiling.tan@example.com:mailto:weiling.tan@example.com
        DESCRIPTION:{desc}
        LOCATION:Ah Ma's place\\, Toa Payoh
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:CNY Eve reunion dinner 团圆饭
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR""").replace("\n        ", "\n")
    hs = H(addr("Tan Wei Min", "tan.weimin@example.net"),
           "Invitation: CNY Eve reunion dinner 团圆饭 @ Mon 16 Feb 2026 6:30pm - 10pm (SGT) (weiling.tan@example.com)",
           "2026-02-08 21:15", SG, "<calendar-1e7c2b90-5d3f-4a8e-b6c1-90f2e4a7d3c5@google.com>",
           ("Sender", "Google Calendar <calendar-notification@google.com>"))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@M(44, family="interviewer_invite", lang="en", interview=False, company=None,
   days=(("Wed", "2026-08-26"),),
   note="Current employer's recruiting coordinator books Wei Ling as an INTERVIEWER on a candidate's panel (Exchange invite); a confirmed interview time, but not her own job interview.")
def n44():
    body = t("""
        When: Wednesday, 26 August 2026 2:00 PM-3:00 PM (UTC+08:00) Kuala Lumpur, Singapore.
        Where: SHD-09-01 Raffles Room

        Hi Wei Ling,

        Thank you for being on the interview panel for our Product Manager II (Payments) opening.

        Candidate: Daniel Koh
        Your focus area: Product sense & prioritisation
        Scorecard: please submit in Greenhouse within 24 hours of the interview.

        CV and interview kit are attached to the candidate profile.

        Thanks,
        Shermaine Lim
        Talent Acquisition, Straits Harbour Digital
        """)
    ics = exch_ics(tzid="Singapore Standard Time", vtz=win_fixed("Singapore Standard Time", "+0800"),
                   uid="040000008200E00074C5B7101A82E00800000000E9F8A7B6C5D4DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
                   summary="Interview: Daniel Koh - Product Manager II (Payments) - Panel: Wei Ling Tan", start="20260826T140000",
                   end="20260826T150000", org=("Shermaine Lim", "shermaine.lim@straitsharbour.com.sg"),
                   stamp_=stamp("2026-08-21 11:20", SG), location="SHD-09-01 Raffles Room", description=body)
    hs = H("Shermaine Lim <shermaine.lim@straitsharbour.com.sg>", "Interview: Daniel Koh - Product Manager II (Payments) - Panel: Wei Ling Tan",
           "2026-08-21 11:20", SG, "<SG2PR01MB4411D0E1F2A3B4C5D6E7F8091A2B@SG2PR01MB4411.apcprd01.prod.outlook.com>",
           *ex_headers("Interview: Daniel Koh - Product Manager II (Payments) - Panel: Wei Ling Tan", "AdzzX9c8V7b6N5m4Q3w2E1r0T9y8Ug=="))
    return message(hs, alt(text(body), calendar(ics)))


@M(45, family="podcast", lang="en", interview=False, company=None,
   days=(("Thu", "2026-10-08"),),
   note="Podcast host confirms a recording ('interview') slot Thu 8 Oct 7:30pm SGT; a confirmed time but a podcast, not a job interview.")
def n45():
    body = t("""
        Hey Wei Ling!

        Super excited to have you on Kopi & Product. Confirming our recording:

        Thursday 8 October, 7:30pm - 8:30pm SGT
        Riverside (studio link): https://riverside.fm/studio/kopi-and-product

        We'll chat about shipping PayNow features at scale and what you've learnt managing PMs across three markets. Rough run-of-show attached - nothing to prep, it's a relaxed conversation.

        Wear headphones if you can, and a wired connection helps.

        See you then!
        Jun Hao
        Host, Kopi & Product podcast
        """)
    hs = H("Lim Jun Hao <junhao@kopiandproduct.fm>", "Kopi & Product - recording confirmed for Thu 8 Oct",
           "2026-10-01 22:10", SG, "<CAB1nM3qW5eR7tY9uI2oP4aS6dF8gH0jK1lZ3xC5vB7nM9qW2e@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(46, family="mock_interview", lang="en", interview=False, company=None,
   days=(("Sat", "2026-06-06"),),
   note="Alumni career-services mock interview booked for Sat 6 Jun 10:00 SGT; practice, not a job interview.")
def n46():
    body = t("""
        Dear Wei Ling,

        Your Mock Interview session has been confirmed.

        Coach: Ms Rebecca Chua (ex-Head of Product, regional e-commerce)
        Date: Saturday, 6 June 2026
        Time: 10:00 AM - 11:00 AM (Singapore)
        Format: Zoom - link will be sent 24 hours before
        Focus: Senior PM behavioural + product case (as requested)

        Please upload your CV and the job description you are practising for at least 2 days before the session.

        Alumni Career Services
        Centre for Future Careers, Kent Ridge University Alumni Office
        """)
    hs = H("KRU Alumni Career Services <careers-alumni@kru-alumni.edu.sg>", "Confirmed: Mock Interview session on Sat, 6 June 2026",
           "2026-06-02 14:00", SG, "<kru.careers.mock.55231@kru-alumni.edu.sg>", ("Auto-Submitted", "auto-generated"))
    return message(hs, text(body))


@M(47, family="webinar", lang="en", interview=False, company=None,
   days=(("Wed", "2026-07-22"),),
   note="Zoom webinar registration 'Cracking the APAC PM interview' Wed 22 Jul 8:00 PM SGT; a webinar, not an interview.")
def n47():
    hb = t("""
        <html><body style="font-family:Lato,Arial,sans-serif">
        <p>Hi Wei Ling,</p>
        <p>Thank you for registering for <b>Cracking the APAC PM Interview: What Hiring Managers Really Want</b>.</p>
        <p><b>Date &amp; Time:</b> Jul 22, 2026 08:00 PM Singapore<br>
        <b>Webinar ID:</b> 871 2204 5519</p>
        <p>You can <a href="https://zoom.us/webinar/register/WN_apacpm">add this webinar to your calendar</a>.</p>
        <p><a href="https://zoom.us/w/87122045519?tk=aPmW">Click here to join</a></p>
        <p>Panelists: product leaders from Sydney, Singapore and Bengaluru.</p>
        <p>Hosted by The Product Folks SG</p>
        </body></html>
        """)
    hs = H("The Product Folks SG <no-reply@zoom.us>", "Cracking the APAC PM Interview Confirmation",
           "2026-07-15 20:33", SG, "<zw.reg.87122045519.20260715123300@zoom.us>",
           ("Reply-To", "events@theproductfolks.sg"))
    return message(hs, html(hb))


@M(48, family="career_fair", lang="en", interview=False, company=None,
   days=(("Sat", "2026-09-19"),),
   note="Career fair registration with a timed entry slot (Sat 19 Sep 11:00-13:00); meet employers, no interview with a specific company at a confirmed time.")
def n48():
    body = t("""
        Hi Wei Ling,

        You're registered for SG Tech Careers Fair 2026!

        Entry slot: Saturday, 19 September 2026, 11:00 AM - 1:00 PM
        Venue: Suntec Convention Centre, Hall 401-402

        Show the QR code below at the entrance. Over 40 employers will be on the floor, including several hiring for product roles. Bring printed CVs - some booths run on-the-spot chats.

        Your ticket: https://sgtechcareersfair.sg/ticket/WLT-88412

        See you there,
        SG Tech Careers Fair team
        """)
    hs = H("SG Tech Careers Fair <hello@sgtechcareersfair.sg>", "Your ticket: SG Tech Careers Fair 2026 (Sat 19 Sep)",
           "2026-09-10 12:00", SG, "<stcf.ticket.WLT-88412@sgtechcareersfair.sg>",
           ("List-Unsubscribe", "<mailto:unsubscribe@sgtechcareersfair.sg>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(49, family="rejection", lang="en", interview=False, company="Sakura Mobility",
   note="Personal rejection after the 2nd interview; no future interview.")
def n49():
    body = t("""
        Dear Wei Ling-san,

        Thank you again for speaking with Morita-san last week. We truly appreciated the time and thought you put into the process.

        After much discussion, we have decided to proceed with a candidate who has more direct experience in Japanese mobility regulation. This was a difficult decision, and Morita-san asked me to pass on that he very much enjoyed your discussion on fleet utilisation.

        We wish you the very best and hope our paths cross again.

        Best regards,
        Aiko Fujimoto
        Talent Acquisition, Sakura Mobility K.K.
        """)
    hs = H("Aiko Fujimoto <a.fujimoto@sakuramobility.co.jp>", "Re: 2nd Interview - Product Manager, Fleet Platform",
           "2026-07-24 17:45", "Asia/Tokyo", "<TYCPR01MB11734F1E2D3C4B5A69788C7D6E5F4@TYCPR01MB11734.jpnprd01.prod.outlook.com>")
    return message(hs, text(body, cte="base64"))


@M(50, family="application_receipt", lang="en", interview=False, company="Siam Paylane",
   note="Manatal-powered careers page receipt; no interview time.")
def n50():
    body = t("""
        Dear Wei Ling Tan,

        Thank you for applying for the position of Regional Product Manager at Siam Paylane.

        We have received your application and our recruitment team will review it shortly. If your profile matches our requirements, we will contact you to arrange the next steps.

        Best regards,
        Siam Paylane Recruitment Team

        Powered by Manatal
        """)
    hs = H("Siam Paylane <no-reply@careers-page.com>", "Application received - Regional Product Manager",
           "2026-08-25 14:12", "Asia/Bangkok", "<manatal.app.8812204.20260825071200@careers-page.com>",
           ("Auto-Submitted", "auto-generated"))
    return message(hs, alt(text(body), html(gmail_html(body))))
