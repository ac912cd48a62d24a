"""blind215: a blind 50-mail held-out set, the inbox of Olivia Mercado (Providence, RI).

Olivia is a medical-device quality engineer looking at roles in Providence, Boston, Hartford,
New Haven, New York and on remote teams, September to mid-December 2026. Every mail is written by
hand below (one function per mail); ``make.py`` does the MIME plumbing and the checks.

    python3 bench/heldout/make_blind.py blind215            # write blind215/, then check it
    python3 bench/heldout/make_blind.py blind215 --check    # check only

Written blind: without reading the detector, its tests, or any other held-out set's mails.
Keys 1-23 are the positives, 24-50 the negatives; the file number is ORDER[key - 1].
"""

from __future__ import annotations

import base64
import hashlib
import random

from make import (
    VTZ,
    Part,
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
    received,
    t,
    text,
)

ORDER = random.Random(2150215).sample(range(1, 51), 50)

ME_ADDR = "olivia.mercado@example.org"
ME = addr("Olivia Mercado", ME_ADDR)
NY = "America/New_York"


def n(key: int) -> str:
    return f"blind215_{ORDER[key - 1]:03d}"


def _id(seed: str, k: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:k]


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, relay: str, to: str = ME,
         extra: tuple[tuple[str, str], ...] = (), delivered: bool = True) -> list[tuple[str, str]]:
    """Envelope-ish headers as the candidate's mail host stores them."""
    hs: list[tuple[str, str]] = []
    if delivered:
        hs.append(("Delivered-To", ME_ADDR))
    hs.append(("Received", received(f"from {relay} ({relay} [{_ip(relay)}])", when, zone,
                                    f"mx2.example.org with ESMTPS id {_id(msgid, 10)}", ME_ADDR)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", msgid), *extra]
    return hs


def _ip(seed: str) -> str:
    h = hashlib.sha256(seed.encode()).digest()
    return f"{h[0] % 200 + 20}.{h[1]}.{h[2]}.{h[3] % 250 + 2}"


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T14:00:00Z", end="2026-09-15T14:45:00Z", contact="priya.raman@lumenvale.com",
      company="Lumenvale Diagnostics", local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=NY,
      note="Greenhouse confirmation, 10:00-10:45 AM EDT (UTC-4) on Tue 15 Sep; contact = human Reply-To "
           "recruiter (From is Greenhouse no-reply)")
def lumenvale_greenhouse():
    body = t("""
        Hi Olivia,

        Thanks for making time to speak with us! Your interview for the Quality Engineer II,
        Design Assurance role at Lumenvale Diagnostics is confirmed:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Format: Video call (Google Meet)
        Link: https://meet.google.com/qxv-hfkt-pnr

        Interviewer:
          Nate Sorensen, Manager, Design Quality

        Nate will want to hear about your work with design controls under 21 CFR 820 / ISO 13485
        and about a CAPA you owned from investigation through effectiveness check.

        If you need to make a change, just reply to this email.

        Best,
        Priya Raman
        Talent Acquisition Partner | Lumenvale Diagnostics
        One Channel Center, Boston, MA 02210
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Olivia,</p>
        <p>Thanks for making time to speak with us! Your interview for the <strong>Quality Engineer II,
        Design Assurance</strong> role at Lumenvale Diagnostics is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Format:</b></td><td>Video call (Google Meet)</td></tr>
        <tr><td><b>Link:</b></td><td><a href="https://meet.google.com/qxv-hfkt-pnr">meet.google.com/qxv-hfkt-pnr</a></td></tr>
        </table>
        <p><b>Interviewer:</b><br>Nate Sorensen, Manager, Design Quality</p>
        <p>Nate will want to hear about your work with design controls under 21 CFR 820 / ISO 13485
        and about a CAPA you owned from investigation through effectiveness check.</p>
        <p>If you need to make a change, just reply to this email.</p>
        <p>Best,<br>Priya Raman<br>Talent Acquisition Partner | Lumenvale Diagnostics<br>
        One Channel Center, Boston, MA 02210</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse</p>
        </body></html>
        """)
    msgid = "<3b1f0c2e.Qz7aL1@us.greenhouse-mail.io>"
    hs = head(addr("Lumenvale Diagnostics", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Quality Engineer II, Design Assurance at Lumenvale Diagnostics",
              "2026-09-09 14:12", NY, msgid, relay="o3.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@lumenvale.com")),))
    return message(hs, alt(text(body), html(htm)))


@mail(n(2), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-09-24T17:30:00Z", end="2026-09-24T18:30:00Z", contact="mduarte@nbhealth.org",
      company="Narragansett Bay Health", local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:30", zone=NY,
      note="Workday HTML-only (base64) notice, 09/24/2026 1:30-2:30 PM EDT (UTC-4); From is the "
           "Workday tenant address, contact = recruiter address in the body")
def nbhealth_workday():
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <tr><td>
        <img src="https://nbhealth.wd5.myworkdaysite.com/logo/nbh.png" alt="Narragansett Bay Health" width="180">
        <p>Dear Olivia,</p>
        <p>Thank you for your interest in the <b>Quality Engineer &ndash; Clinical Engineering &amp; Device Safety</b>
        position (R-0048213) at Narragansett Bay Health. We are pleased to confirm your interview.</p>
        <p><b>Interview Details</b><br>
        Date: 09/24/2026<br>
        Start Time: 1:30 PM EDT<br>
        End Time: 2:30 PM EDT<br>
        Location: Narragansett Bay Health, 450 Eddy Street, Providence, RI 02903<br>
        Ambulatory Building, 4th floor, Conference Room 4B</p>
        <p><b>Interviewers</b><br>
        Raymond Tavares, Director, Clinical Engineering<br>
        Lauren Beaulieu, Patient Safety Officer</p>
        <p>Visitor parking is available in the Dudley Street garage; bring your ticket to the 4th floor
        front desk for validation. Please arrive 10 minutes early.</p>
        <p>If you have questions or need an accommodation for the interview process, please contact
        Marisol Duarte, Talent Acquisition, at <a href="mailto:mduarte@nbhealth.org">mduarte@nbhealth.org</a>
        or (401) 555-0186.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Narragansett Bay Health</p>
        <p style="font-size:11px;color:#777">This email was sent from an unmonitored mailbox. Please do not reply.
        Narragansett Bay Health is an Equal Opportunity Employer.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    msgid = "<1147390221.88412.1758202800412@wd5-prod-mail.myworkday.com>"
    hs = head(addr("Narragansett Bay Health", "nbhealth@myworkday.com"),
              "Interview Scheduled - Quality Engineer - Clinical Engineering & Device Safety (R-0048213)",
              "2026-09-18 09:40", NY, msgid, relay="wd5-mta3.myworkday.com")
    return message(hs, html(htm, cte="base64"))


@mail(n(3), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-10-05T13:30:00Z", end=None, contact="gferreira@castellanjewelry.com",
      company="Castellan Jewelry Works", local="Mon 2026-10-05 09:30", zone=NY,
      note="Plant manager's reply 'Monday works. Let's do 9:30' sent Thu 1 Oct (EDT); Monday = 5 Oct "
           "(also 10/5 in the quoted message), 9:30 EDT = 13:30Z; 'plan on a couple hours' is not an "
           "exact length, end null; windows-1252 8bit")
def castellan_prose():
    body = t("""
        Olivia,

        Monday works. Let’s do 9:30 – come to the side entrance on Elmwood Ave, the one with the green
        awning, and tell the guard you’re here for me. Wear closed-toe shoes, I want to walk you through
        plating and the casting room before we sit down. Plan on a couple hours.

        Bring a copy of your resume for Donna (our HR), she still likes paper.

        Gus

        Gus Ferreira
        Plant Manager
        Castellan Jewelry Works, Inc.
        1180 Elmwood Ave, Cranston RI 02910
        401-555-0142

        -----Original Message-----
        From: Olivia Mercado <olivia.mercado@example.org>
        Sent: Thursday, October 1, 2026 2:18 PM
        To: Gus Ferreira <gferreira@castellanjewelry.com>
        Subject: RE: Quality Engineer position - Olivia Mercado

        Hi Gus,

        Thanks for calling this morning. I’m free Monday (10/5) any time before noon, or Tuesday
        afternoon. Happy to come to the plant.

        Best,
        Olivia
        """)
    msgid = "<BN8PR11MB36420D1C7E5A4B2C9F1E@BN8PR11MB3642.namprd11.prod.outlook.com>"
    hs = head(addr("Gus Ferreira", "gferreira@castellanjewelry.com"),
              "RE: Quality Engineer position - Olivia Mercado", "2026-10-01 16:55", NY, msgid,
              relay="mail-bn8nam11on2102.outbound.protection.outlook.com",
              extra=(("In-Reply-To", "<CAO8xk1pQm4@mail.example.org>"),
                     ("References", "<CAO8xk1pQm4@mail.example.org>"),
                     ("Thread-Topic", "Quality Engineer position - Olivia Mercado"),
                     ("Content-Language", "en-US")))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


SHIP_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN="O'Brien, Karen":mailto:karen.obrien@thamesrivership.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Mercado:mailto:olivia.mercado@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castillo, Dwayne":mailto:dwayne.castillo@thamesrivership.com
DESCRIPTION;LANGUAGE=en-US:Olivia\\, please accept this invite for your onsite interview.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D9E4A066DD01000000000000000010000000F3A1C8E2B2D5AE4C9A61F0B7E2C4D915
SUMMARY;LANGUAGE=en-US:Interview - Olivia Mercado - Supplier Quality Engineer III
DTSTART;TZID=Eastern Standard Time:20261102T090000
DTEND;TZID=Eastern Standard Time:20261102T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T150200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TRS Visitor Center\\, 75 Eastern Point Rd\\, Groton CT - Gate 3
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117846201
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


@mail(n(4), family="exchange_outlook", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T14:00:00Z", end="2026-11-02T16:00:00Z", contact="karen.obrien@thamesrivership.com",
      company="Thames River Shipbuilding", local="Mon 2026-11-02 09:00", local_end="2026-11-02 11:00", zone=NY,
      note="Exchange meeting request sent Wed 28 Oct in EDT (-0400) for Mon 2 Nov 9-11 AM, after US DST "
           "ends on 1 Nov: EST (UTC-5) -> 14:00Z-16:00Z; ICS TZID 'Eastern Standard Time'; contact = ORGANIZER")
def thames_exchange():
    body = t("""
        When: Monday, November 2, 2026 9:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: TRS Visitor Center, 75 Eastern Point Rd, Groton CT - Gate 3

        *~*~*~*~*~*~*~*~*~*

        Olivia,

        Please accept this invite for your onsite interview. You will meet with me and two members of the
        Supplier Quality team (Dwayne Castillo and Ruth Abernathy).

        Bring two forms of government-issued ID; the Visitor Center will issue a temporary badge. Phones
        and smart watches stay in your car - there are lockers at Gate 3 if you come by rideshare.

        Heads up that the clocks go back this weekend, so that's 9:00 AM standard time on Monday.

        Karen O'Brien
        Senior Manager, Supplier Quality
        Thames River Shipbuilding | Groton, CT
        860-555-0117

        CONTROLLED UNCLASSIFIED INFORMATION NOT CONTAINED IN THIS MESSAGE.
        """)
    htm = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
        <meta name="Generator" content="Microsoft Exchange Server">
        </head><body>
        <div>When: Monday, November 2, 2026 9:00 AM-11:00 AM (UTC-05:00) Eastern Time (US &amp; Canada).<br>
        Where: TRS Visitor Center, 75 Eastern Point Rd, Groton CT - Gate 3</div>
        <div><br>*~*~*~*~*~*~*~*~*~*<br><br></div>
        <div class="WordSection1">
        <p class="MsoNormal">Olivia,</p>
        <p class="MsoNormal">Please accept this invite for your onsite interview. You will meet with me and two
        members of the Supplier Quality team (Dwayne Castillo and Ruth Abernathy).</p>
        <p class="MsoNormal">Bring two forms of government-issued ID; the Visitor Center will issue a temporary
        badge. Phones and smart watches stay in your car - there are lockers at Gate 3 if you come by rideshare.</p>
        <p class="MsoNormal">Heads up that the clocks go back this weekend, so that's 9:00 AM standard time on Monday.</p>
        <p class="MsoNormal">Karen O'Brien<br>Senior Manager, Supplier Quality<br>Thames River Shipbuilding | Groton, CT<br>860-555-0117</p>
        <p class="MsoNormal" style="font-size:8pt">CONTROLLED UNCLASSIFIED INFORMATION NOT CONTAINED IN THIS MESSAGE.</p>
        </div></body></html>
        """)
    ics = SHIP_ICS.format(vtz=VTZ["Eastern Standard Time"])
    msgid = "<SA1PR09MB81174E2B6C0D5A9E3F71C2A4B9D0A@SA1PR09MB8117.namprd09.prod.outlook.com>"
    hs = head(addr("O'Brien, Karen", "karen.obrien@thamesrivership.com"),
              "Interview - Olivia Mercado - Supplier Quality Engineer III (Req 26-10472)",
              "2026-10-28 11:02", NY, msgid, relay="mail-sa1nam09on2070.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Interview - Olivia Mercado - Supplier Quality Engineer III (Req 26-10472)"),
                     ("Thread-Index", "AdxG1f3kq0XH7mTQSmKc4b1pV9nE2w=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(hs, alt(text(body, charset="us-ascii"), html(htm, charset="us-ascii"),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(5), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-30T19:00:00Z", end="2026-09-30T19:45:00Z", contact="dana.whitlock@kestrelbio.com",
      company="Kestrel Bio", local="Wed 2026-09-30 15:00", local_end="2026-09-30 15:45", zone=NY,
      note="Lever confirmation whose text gives no time: 'the calendar invitation attached has the time'; "
           "ICS DTSTART 20260930T190000Z / DTEND 194500Z (= 3:00-3:45 PM EDT); contact = Reply-To recruiter")
def kestrel_lever():
    body = t("""
        Hi Olivia,

        Thanks for confirming! You're all set for your conversation with Dr. Hannah Osei (Head of
        Quality & Regulatory) about the Quality Systems Engineer role.

        The attached calendar invitation has the time and the video link - please accept it so it
        lands on your calendar. If anything changes on your side, reply here and Dana will help.

        Talk soon,
        The Kestrel Bio team

        ---
        Kestrel Bio, 245 First Street, Cambridge, MA 02142
        Sent via Lever
        """)
    htm = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#2c2c2c">
        <p>Hi Olivia,</p>
        <p>Thanks for confirming! You're all set for your conversation with Dr. Hannah Osei (Head of
        Quality &amp; Regulatory) about the Quality Systems Engineer role.</p>
        <p>The attached calendar invitation has the time and the video link - please accept it so it
        lands on your calendar. If anything changes on your side, reply here and Dana will help.</p>
        <p>Talk soon,<br>The Kestrel Bio team</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:12px;color:#999">Kestrel Bio, 245 First Street, Cambridge, MA 02142<br>Sent via Lever</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-7c3e91f0-2b4d-4a8e-9c1f-5d6e7a8b9c0d
        DTSTAMP:20260928T142000Z
        DTSTART:20260930T190000Z
        DTEND:20260930T194500Z
        SUMMARY:Olivia Mercado <> Hannah Osei (Kestrel Bio)
        DESCRIPTION:Video: https://meet.google.com/dkr-wpzt-gma
        LOCATION:https://meet.google.com/dkr-wpzt-gma
        ORGANIZER;CN=Dana Whitlock:mailto:dana.whitlock@kestrelbio.com
        ATTENDEE;CN=Olivia Mercado;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:olivia.mercado@example.org
        ATTENDEE;CN=Hannah Osei;PARTSTAT=ACCEPTED:mailto:hannah.osei@kestrelbio.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<0100019a3c2e5f10-6d1b7a44-9e2c-4f0b-8a31-2c5e7d9f1b3a-000000@email.amazonses.com>"
    hs = head(addr("Kestrel Bio", "no-reply@hire.lever.co"), "Your interview with Kestrel Bio is confirmed",
              "2026-09-28 10:20", NY, msgid, relay="a48-93.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Dana Whitlock", "dana.whitlock@kestrelbio.com")),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(n(6), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T00:30:00Z", end="2026-12-09T01:15:00Z", contact="jen.takahashi@halyardsurgical.com",
      company="Halyard Surgical", local="Tue 2026-12-08 16:30", local_end="2026-12-08 17:15",
      zone="America/Los_Angeles",
      note="Ashby (West Coast firm): Tue 8 Dec 4:30-5:15 PM PST (UTC-8) = 00:30Z-01:15Z on Wed 9 Dec (the "
           "UTC date is the next day); the text also gives 7:30-8:15 PM EST; ICS in UTC; contact = Reply-To")
def halyard_ashby():
    body = t("""
        Hi Olivia,

        Your interview is confirmed. We're looking forward to speaking with you!

        Hiring Manager Interview - Senior Design Quality Engineer
        Tuesday, December 8, 2026
        4:30 PM – 5:15 PM PST
        (7:30 PM – 8:15 PM EST for you in Providence)
        Zoom: https://halyardsurgical.zoom.us/j/84120937761?pwd=Rk9xV2tQ

        You'll meet with:
          Arturo Villanueva — Director, Quality Engineering

        Arturo is in the cleanroom most of the day on Tuesdays, so thank you for taking the evening
        slot on your side.

        Questions? Just reply and it will reach Jen Takahashi.

        Thanks,
        Halyard Surgical Recruiting
        """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Olivia,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:16px">
        <div style="font-weight:600">Hiring Manager Interview - Senior Design Quality Engineer</div>
        <div>Tuesday, December 8, 2026</div>
        <div>4:30 PM – 5:15 PM PST</div>
        <div style="color:#666">(7:30 PM – 8:15 PM EST for you in Providence)</div>
        <div><a href="https://halyardsurgical.zoom.us/j/84120937761?pwd=Rk9xV2tQ">Join Zoom</a></div>
        </div>
        <p>You&#x27;ll meet with:<br>Arturo Villanueva — Director, Quality Engineering</p>
        <p>Arturo is in the cleanroom most of the day on Tuesdays, so thank you for taking the evening
        slot on your side.</p>
        <p>Questions? Just reply and it will reach Jen Takahashi.</p>
        <p>Thanks,<br>Halyard Surgical Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:b7d2e4a1-93c5-4f6e-8a0d-1c2b3e4f5a69
        DTSTAMP:20261201T161500Z
        DTSTART:20261209T003000Z
        DTEND:20261209T011500Z
        SEQUENCE:0
        SUMMARY:Halyard Surgical – Senior Design Quality Engineer – Hiring Manager Interview
        LOCATION:https://halyardsurgical.zoom.us/j/84120937761?pwd=Rk9xV2tQ
        ORGANIZER;CN=Jen Takahashi:mailto:jen.takahashi@halyardsurgical.com
        ATTENDEE;CN=Olivia Mercado;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivia.mercado@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<0100019ad9e3b7a2-41c7e8f2-5b3a-4d9e-b1c0-7f2e6a8d4c13-000000@email.amazonses.com>"
    hs = head(addr("Halyard Surgical", "no-reply@ashbyhq.com"),
              "Interview Confirmed: Senior Design Quality Engineer – Halyard Surgical",
              "2026-12-01 08:15", "America/Los_Angeles", msgid, relay="mail.ashbyhq.com",
              extra=(("Reply-To", addr("Jen Takahashi", "jen.takahashi@halyardsurgical.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(htm, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-13T15:00:00Z", end="2026-10-13T15:30:00Z", contact="tom.brennan@harbortalent.com",
      company="Harbor Talent Partners", local="Tue 2026-10-13 11:00", local_end="2026-10-13 11:30", zone=NY,
      note="Calendly invitee confirmation for a fixed screening call with an agency recruiter, 11:00-11:30am "
           "'Eastern Time - US & Canada' on Tue 13 Oct (EDT) = 15:00Z-15:30Z; contact = host via Reply-To; "
           "client unnamed, so company = the agency")
def harbor_calendly():
    body = t("""
        Hi Olivia Mercado,

        Your Quality Engineering Screening Call with Tom Brennan at 11:00am (Eastern Time - US & Canada)
        on Tuesday, October 13, 2026 is scheduled.

        Event Name:
        Quality Engineering Screening Call

        Event Date/Time:
        11:00am - 11:30am (Eastern Time - US & Canada) on Tuesday, October 13, 2026

        Location:
        Tom will call you at +1 401-555-0163

        Invitee Email:
        olivia.mercado@example.org

        Questions:
        Please share anything that will help prepare for our meeting.
        Interested in the Supplier Quality contract-to-hire in Mansfield. Available to start in
        November.

        Description:
        Harbor Talent Partners places quality and regulatory professionals with medical device and
        pharma manufacturers across New England. This 30-minute call is a first interview for the
        Supplier Quality Engineer (contract-to-hire) opening with our client in Mansfield, MA.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f3a2c1e-9b4d-4e8f-a6c5-2d1e0f9b8a7c
        Reschedule: https://calendly.com/reschedulings/7f3a2c1e-9b4d-4e8f-a6c5-2d1e0f9b8a7c

        Powered by Calendly.com
        """)
    htm = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Olivia Mercado,</p>
        <p>Your Quality Engineering Screening Call with Tom Brennan at 11:00am (Eastern Time - US &amp; Canada)
        on Tuesday, October 13, 2026 is scheduled.</p>
        <p><b>Event Name:</b><br>Quality Engineering Screening Call</p>
        <p><b>Event Date/Time:</b><br>11:00am - 11:30am (Eastern Time - US &amp; Canada) on Tuesday, October 13, 2026</p>
        <p><b>Location:</b><br>Tom will call you at +1 401-555-0163</p>
        <p><b>Invitee Email:</b><br><a href="mailto:olivia.mercado@example.org">olivia.mercado@example.org</a></p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>
        Interested in the Supplier Quality contract-to-hire in Mansfield. Available to start in November.</p>
        <p><b>Description:</b><br>Harbor Talent Partners places quality and regulatory professionals with medical
        device and pharma manufacturers across New England. This 30-minute call is a first interview for the
        Supplier Quality Engineer (contract-to-hire) opening with our client in Mansfield, MA.</p>
        <p><a href="https://calendly.com/cancellations/7f3a2c1e-9b4d-4e8f-a6c5-2d1e0f9b8a7c">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7f3a2c1e-9b4d-4e8f-a6c5-2d1e0f9b8a7c">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261008T213100Z
        UID:7f3a2c1e-9b4d-4e8f-a6c5-2d1e0f9b8a7c@calendly.com
        DTSTART:20261013T150000Z
        DTEND:20261013T153000Z
        SUMMARY:Quality Engineering Screening Call between Tom Brennan and Olivia Mercado
        LOCATION:+1 401-555-0163
        ORGANIZER;CN=Tom Brennan:mailto:tom.brennan@harbortalent.com
        ATTENDEE;CN=Olivia Mercado;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia.mercado@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<calendly.invitee.9b4d4e8f.a6c52d1e@calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Quality Engineering Screening Call with Tom Brennan on Tuesday, October 13, 2026",
              "2026-10-08 17:31", NY, msgid, relay="o1.ptr8842.calendly.com",
              extra=(("Reply-To", addr("Tom Brennan", "tom.brennan@harbortalent.com")),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", name_param=True)))


@mail(n(8), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-10-23T18:00:00Z", end="2026-10-23T19:00:00Z", contact="renee.gallagher@hollis.edu",
      company="Hollis University", local="Fri 2026-10-23 14:00", local_end="2026-10-23 15:00", zone=NY,
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE 20261023); the candidate's "
           "slot is only in the description: 2:00-3:00 PM with the search committee, EDT (UTC-4) -> "
           "18:00Z-19:00Z; contact = organizer")
def hollis_gcal():
    desc = ("Olivia - I've blocked the whole day on the committee's calendars, but your part is 2:00-3:00 PM: "
            "meeting with the search committee in Kline Hall, room 210 (115 Prospect St, New Haven). "
            "Park in the Ashmun St garage and I'll validate. Renee")
    body = t(f"""
        Olivia Mercado – on-campus interview, Biomedical Core QA Manager

        When
        Friday Oct 23, 2026

        Organizer
        Renee Gallagher
        renee.gallagher@hollis.edu

        Guests
        Renee Gallagher - organizer
        olivia.mercado@example.org
        Samuel Okafor
        Beth Linden

        {desc}

        View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=b2xpdmlhLW9uY2FtcHVz

        Reply for olivia.mercado@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    htm = t(f"""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-weight:400;font-size:22px">Olivia Mercado – on-campus interview, Biomedical Core QA Manager</h2>
        <table><tr><td style="color:#70757a;padding-right:16px">When</td><td>Friday Oct 23, 2026</td></tr>
        <tr><td style="color:#70757a">Organizer</td><td>Renee Gallagher<br>renee.gallagher@hollis.edu</td></tr>
        <tr><td style="color:#70757a">Guests</td><td>Renee Gallagher - organizer<br>olivia.mercado@example.org<br>
        Samuel Okafor<br>Beth Linden</td></tr></table>
        <p>{desc}</p>
        <p>Reply for olivia.mercado@example.org: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a></p>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261023
        DTEND;VALUE=DATE:20261024
        DTSTAMP:20261019T160400Z
        ORGANIZER;CN=Renee Gallagher:mailto:renee.gallagher@hollis.edu
        UID:1q8v5n2k7c0d3f9h4j6m1p0r2s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivia.mercado@example.org;X-NUM-GUESTS=0:mailto:olivia.mercado@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Samuel Okafor;X-NUM-GUESTS=0:mailto:samuel.okafor@hollis.edu
        CREATED:20261019T160150Z
        DESCRIPTION:{desc}
        LAST-MODIFIED:20261019T160400Z
        LOCATION:Kline Hall 210\\, 115 Prospect St\\, New Haven\\, CT
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Olivia Mercado – on-campus interview\\, Biomedical Core QA Manager
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """).replace("{desc}", desc.replace(",", "\\,"))
    msgid = "<calendar-5a2d9c41-7e3b-4f08-b6a1-c9d2e8f70b14@google.com>"
    hs = head(addr("Renee Gallagher", "renee.gallagher@hollis.edu"),
              "Invitation: Olivia Mercado – on-campus interview, Biomedical Core QA Manager @ Fri Oct 23, 2026 "
              "(olivia.mercado@example.org)", "2026-10-19 12:04", NY, msgid, relay="mail-sor-f73.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Renee Gallagher", "renee.gallagher@hollis.edu"))))
    return message(hs, mixed(alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="8bit")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T19:00:00Z", end="2026-11-16T19:45:00Z", contact="brad.lindqvist@prairieridgemed.com",
      company="Prairie Ridge Medical", local="Mon 2026-11-16 13:00", local_end="2026-11-16 13:45",
      zone="America/Chicago",
      note="SmartRecruiters (Minneapolis firm), Mon 16 Nov 1:00-1:45 PM Central; CST (UTC-6) after 1 Nov -> "
           "19:00Z-19:45Z (the text's '2:00 PM Eastern' agrees); contact = hiring manager address in the body; "
           "text part iso-8859-1")
def prairie_smartrecruiters():
    body = t("""
        Hi Olivia,

        Great news - the hiring team would like to meet you! Your video interview for
        Sustaining Quality Engineer (Req. 3318) is scheduled:

          Monday, November 16, 2026
          1:00 PM - 1:45 PM Central Time (2:00 PM - 2:45 PM Eastern)
          Microsoft Teams - link below

        Interviewers:
          Brad Lindqvist, Quality Engineering Manager
          José Albrecht, Senior Manufacturing Engineer

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA4ZTg2Yz

        If something comes up, please let Brad know directly at brad.lindqvist@prairieridgemed.com.

        Kind regards,
        Prairie Ridge Medical Talent Acquisition
        7600 Bass Lake Road, Minneapolis, MN 55428

        This message was sent to olivia.mercado@example.org via SmartRecruiters.
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Olivia,</p>
        <p>Great news - the hiring team would like to meet you! Your video interview for
        <b>Sustaining Quality Engineer (Req. 3318)</b> is scheduled:</p>
        <p style="margin-left:20px">Monday, November 16, 2026<br>
        1:00 PM - 1:45 PM Central Time (2:00 PM - 2:45 PM Eastern)<br>
        Microsoft Teams - <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA4ZTg2Yz">join link</a></p>
        <p><b>Interviewers:</b><br>Brad Lindqvist, Quality Engineering Manager<br>José Albrecht, Senior Manufacturing Engineer</p>
        <p>If something comes up, please let Brad know directly at
        <a href="mailto:brad.lindqvist@prairieridgemed.com">brad.lindqvist@prairieridgemed.com</a>.</p>
        <p>Kind regards,<br>Prairie Ridge Medical Talent Acquisition<br>7600 Bass Lake Road, Minneapolis, MN 55428</p>
        <p style="font-size:11px;color:#888">This message was sent to olivia.mercado@example.org via SmartRecruiters.</p>
        </body></html>
        """)
    msgid = "<20261110150312.7c41d9e2a3b5@smartrecruiters.com>"
    hs = head(addr("Prairie Ridge Medical", "noreply@smartrecruiters.com"),
              "Interview scheduled: Sustaining Quality Engineer (Req. 3318)", "2026-11-10 09:03", "America/Chicago",
              msgid, relay="mail-out2.smartrecruiters.com")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(htm)))


@mail(n(10), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-10-20T15:00:00Z", end=None, contact="lwashington@charteroaksurgical.com",
      company="Charter Oak Surgical", local="Tue 2026-10-20 11:00", zone=NY,
      note="iCIMS HTML-only mail, US date '10/20/2026 at 11:00 AM Eastern' (EDT, UTC-4) = 15:00Z; "
           "'approximately one hour' -> end null; From is the iCIMS relay, contact = recruiter in signature")
def charteroak_icims():
    htm = t("""
        <html><body>
        <table width="640" align="center" style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <tr><td style="background:#0b3d62;color:#ffffff;padding:12px;font-size:18px">Charter Oak Surgical Careers</td></tr>
        <tr><td style="padding:16px">
        <p>Olivia,</p>
        <p>Thank you for your continued interest in the <b>Complaint Handling &amp; Post-Market Quality Engineer</b>
        position (Job ID 2026-4471). I am happy to confirm a phone interview with our hiring manager, Greg Pelletier,
        on <b>Tuesday, 10/20/2026 at 11:00 AM Eastern</b>.</p>
        <p>Greg will call you at the number on your application (401-555-0163). Please plan for approximately one hour.</p>
        <p>To help us prepare, please make sure your candidate profile includes your most recent resume.
        You can log in to the <a href="https://careers-charteroaksurgical.icims.com/jobs/login">Candidate Portal</a> at any time.</p>
        <p>Best regards,</p>
        <p>Lynette Washington<br>Senior Recruiter, Charter Oak Surgical<br>
        <a href="mailto:lwashington@charteroaksurgical.com">lwashington@charteroaksurgical.com</a> | 860-555-0139<br>
        One Constitution Plaza, Hartford, CT 06103</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#888;padding:8px">Please do not reply to this message; this mailbox is not monitored.
        Powered by iCIMS.</td></tr>
        </table>
        </body></html>
        """)
    msgid = "<1760555998.3322.icims.7f1b@talent.icims.com>"
    hs = head(addr("Charter Oak Surgical", "charteroaksurgical@talent.icims.com"),
              "Charter Oak Surgical - Interview Confirmation - Complaint Handling & Post-Market Quality Engineer",
              "2026-10-15 15:20", NY, msgid, relay="smtp3.icims.com")
    return message(hs, html(htm))


@mail(n(11), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-19T14:30:00Z", end="2026-11-19T17:45:00Z", contact="ana.silva@meridianvascular.com",
      company="Meridian Vascular", local="Thu 2026-11-19 09:30", local_end="2026-11-19 12:45", zone=NY,
      note="GoodTime onsite itinerary Thu 19 Nov (EST, UTC-5): first session 9:30 AM, lunch ends 12:45 PM -> "
           "14:30Z-17:45Z (first start to last end); contact = coordinator Reply-To")
def meridian_goodtime():
    body = t("""
        Hi Olivia,

        Your onsite interview with Meridian Vascular is confirmed. Here is your itinerary for
        Thursday, November 19, 2026 (all times Eastern):

          9:30 AM - 10:15 AM   Priscilla Huang, VP Quality           Room 14A
          10:15 AM - 11:00 AM  Omar Haddad, Design Assurance Lead    Room 14A
          11:15 AM - 12:00 PM  Panel: Risk Management (ISO 14971)    Room 14C
          12:00 PM - 12:45 PM  Lunch with the Quality Engineering team

        Address: Meridian Vascular, 3 Hudson Commons, 14th floor, New York, NY 10001
        Check in with building security on the ground floor; a guest pass is waiting under your name.

        Travel: we will reimburse your Amtrak fare from Providence - keep the receipt.

        Questions? Reply to this email to reach Ana Silva, Recruiting Coordinator.

        Sent with GoodTime
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Olivia,</p>
        <p>Your onsite interview with Meridian Vascular is confirmed. Here is your itinerary for
        <b>Thursday, November 19, 2026</b> (all times Eastern):</p>
        <table border="0" cellpadding="6" style="border-collapse:collapse">
        <tr style="background:#f2f5f9"><th align="left">Time</th><th align="left">Interviewer</th><th align="left">Room</th></tr>
        <tr><td>9:30 AM - 10:15 AM</td><td>Priscilla Huang, VP Quality</td><td>14A</td></tr>
        <tr><td>10:15 AM - 11:00 AM</td><td>Omar Haddad, Design Assurance Lead</td><td>14A</td></tr>
        <tr><td>11:15 AM - 12:00 PM</td><td>Panel: Risk Management (ISO 14971)</td><td>14C</td></tr>
        <tr><td>12:00 PM - 12:45 PM</td><td>Lunch with the Quality Engineering team</td><td></td></tr>
        </table>
        <p>Address: Meridian Vascular, 3 Hudson Commons, 14th floor, New York, NY 10001<br>
        Check in with building security on the ground floor; a guest pass is waiting under your name.</p>
        <p>Travel: we will reimburse your Amtrak fare from Providence - keep the receipt.</p>
        <p>Questions? Reply to this email to reach Ana Silva, Recruiting Coordinator.</p>
        <p style="font-size:11px;color:#999">Sent with GoodTime</p>
        </body></html>
        """)
    msgid = "<goodtime.itinerary.b91f2c7e4d@goodtime.io>"
    hs = head(addr("Meridian Vascular Recruiting", "no-reply@goodtime.io"),
              "Your interview itinerary: Meridian Vascular - Thursday, November 19", "2026-11-13 10:00", NY, msgid,
              relay="o7.email.goodtime.io",
              extra=(("Reply-To", addr("Ana Silva", "ana.silva@meridianvascular.com")),))
    return message(hs, alt(text(body), html(htm)))


BOOKINGS_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Bayside Staffing Group:mailto:BaysideStaffingScreening@baysidestaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Mercado:mailto:olivia.mercado@example.org
DESCRIPTION;LANGUAGE=en-US:Candidate screening interview with Kelsey Arnaud
UID:040000008200E00074C5B7101A82E00800000000C4D2E9A1B049DD01000000000000000010000000A7E3C9D1B5F24E8896C0D7E1A2B3C4D5
SUMMARY;LANGUAGE=en-US:Candidate Screening Interview - Quality / Regulatory
DTSTART;TZID=Eastern Standard Time:20260923T160000
DTEND;TZID=Eastern Standard Time:20260923T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260921T234500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""


@mail(n(12), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-09-23T20:00:00Z", end="2026-09-23T20:30:00Z", contact=None,
      company="Bayside Staffing Group", local="Wed 2026-09-23 16:00", local_end="2026-09-23 16:30", zone=NY,
      note="Microsoft Bookings confirmation: '9/23/2026 4:00 PM (UTC-05:00) Eastern Time (US & Canada)' - the "
           "label shows the standard offset but on 23 Sep New York is on EDT (UTC-4): 20:00Z-20:30Z, which "
           "the ICS (TZID Eastern Standard Time) confirms; staff member named without an address and the "
           "Bookings mailbox is shared -> contact null")
def bayside_bookings():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:560px">
        <div style="font-size:20px;padding-bottom:12px">Your booking is confirmed</div>
        <div>Hi Olivia Mercado,</div>
        <div style="padding-top:8px">Thank you for booking with Bayside Staffing Group. Your appointment details are below.</div>
        <table style="padding-top:12px">
        <tr><td style="color:#605e5c;padding-right:12px">Service</td><td>Candidate Screening Interview - Quality / Regulatory</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>9/23/2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>4:00 PM - 4:30 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Kelsey Arnaud</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Online - <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGI4Yj">Join your appointment</a></td></tr>
        </table>
        <div style="padding-top:12px">Kelsey will go over your background, the types of quality and regulatory
        assignments you are open to, and current openings with our clients in Rhode Island and Massachusetts.</div>
        <div style="padding-top:12px"><a href="https://outlook.office365.com/owa/calendar/BaysideStaffingScreening@baysidestaffing.com/bookings/">Manage booking</a></div>
        <div style="padding-top:16px;font-size:12px;color:#605e5c">Bayside Staffing Group &middot; 10 Dorrance St, Suite 700, Providence, RI 02903</div>
        </div></body></html>
        """)
    ics = BOOKINGS_ICS.format(vtz=VTZ["Eastern Standard Time"])
    msgid = "<MN2PR05MB66840B1E7D3C4A2F9E1D0C8B7A@MN2PR05MB6684.namprd05.prod.outlook.com>"
    hs = head(addr("Bayside Staffing Group", "BaysideStaffingScreening@baysidestaffing.com"),
              "Your booking with Bayside Staffing Group is confirmed", "2026-09-21 19:45", NY, msgid,
              relay="mail-mn2nam05on2115.outbound.protection.outlook.com",
              extra=(("X-MS-Exchange-Organization-BookingsEvent", "Created"), ("Content-Language", "en-US")))
    return message(hs, mixed(html(htm), calendar(ics, method="REQUEST", cte="base64", filename="booking.ics",
                                                 disposition="attachment", name_param=True)))


@mail(n(13), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T14:45:00Z", contact="elin.sandberg@fjordlight.se",
      company="Fjordlight Medical", local="Thu 2026-10-29 15:00", local_end="2026-10-29 15:45",
      zone="Europe/Stockholm",
      note="Teamtailor (Swedish medtech hiring for its remote US team), Thu 29 Oct 15:00-15:45 CET: Europe is "
           "back on CET (UTC+1) from 25 Oct while New York is still on EDT until 1 Nov, so 14:00Z = 10:00 EDT "
           "(the text says so); mail sent in CEST; ICS TZID Europe/Stockholm; contact = recruiter in signature")
def fjordlight_teamtailor():
    body = t("""
        Hi Olivia,

        Thanks for booking a time - here's the confirmation for your interview for
        Quality Engineer, US Field Quality (Remote).

        Thursday 29 October 2026
        15:00 - 15:45 CET (Stockholm)
        = 10:00 - 10:45 AM in Providence. Europe turns the clocks back a week before the US
          does, so that week we are only 5 hours apart.

        Video: https://meet.fjordlight.se/olivia-mercado-qe
        You'll meet Elin Sandberg (Talent Acquisition) and Johan Ekström (Head of Field Quality).

        If you need to reach me directly: elin.sandberg@fjordlight.se

        Vänliga hälsningar / Best regards,
        Elin Sandberg
        Fjordlight Medical AB · Sveavägen 44, Stockholm

        Sent with Teamtailor
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#151515">
        <p>Hi Olivia,</p>
        <p>Thanks for booking a time - here's the confirmation for your interview for
        <b>Quality Engineer, US Field Quality (Remote)</b>.</p>
        <p style="background:#f6f6f6;padding:12px;border-radius:6px">Thursday 29 October 2026<br>
        15:00 - 15:45 CET (Stockholm)<br>
        = 10:00 - 10:45 AM in Providence. Europe turns the clocks back a week before the US does,
        so that week we are only 5 hours apart.</p>
        <p>Video: <a href="https://meet.fjordlight.se/olivia-mercado-qe">meet.fjordlight.se/olivia-mercado-qe</a><br>
        You'll meet Elin Sandberg (Talent Acquisition) and Johan Ekström (Head of Field Quality).</p>
        <p>If you need to reach me directly: <a href="mailto:elin.sandberg@fjordlight.se">elin.sandberg@fjordlight.se</a></p>
        <p>Vänliga hälsningar / Best regards,<br>Elin Sandberg<br>Fjordlight Medical AB · Sveavägen 44, Stockholm</p>
        <p style="font-size:11px;color:#999">Sent with Teamtailor</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        {vtz}
        BEGIN:VEVENT
        UID:tt-meeting-4418207@teamtailor.com
        DTSTAMP:20261023T121000Z
        DTSTART;TZID=Europe/Stockholm:20261029T150000
        DTEND;TZID=Europe/Stockholm:20261029T154500
        SUMMARY:Interview: Olivia Mercado - Quality Engineer\\, US Field Quality
        LOCATION:https://meet.fjordlight.se/olivia-mercado-qe
        ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@fjordlight.se
        ATTENDEE;CN=Olivia Mercado;RSVP=TRUE:mailto:olivia.mercado@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("{vtz}", VTZ["Europe/Stockholm"])
    msgid = "<tt.3c9a1e57b2d8.meeting@teamtailor-mail.com>"
    hs = head(addr("Fjordlight Medical", "no-reply@teamtailor-mail.com"),
              "Interview confirmed: Quality Engineer, US Field Quality (Remote)", "2026-10-23 14:10",
              "Europe/Stockholm", msgid, relay="mta-eu1.teamtailor-mail.com",
              extra=(("Reply-To", "reply+c4e81b07a2@teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", cte="8bit", filename="interview.ics",
                                      disposition="attachment")))


@mail(n(14), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T19:30:00Z", end="2026-11-10T20:30:00Z", contact="marcus.bell@tidewaterortho.com",
      company="Tidewater Orthobiologics", local="Tue 2026-11-10 14:30", local_end="2026-11-10 15:30", zone=NY,
      note="Workable event confirmation, Tue 10 Nov 2:30 PM EST (UTC-5), 'Duration: 60 minutes' -> "
           "19:30Z-20:30Z; Reply-To is a Workable relay, contact = hiring manager's address in the body")
def tidewater_workable():
    body = t("""
        Hi Olivia,

        Your interview with Tidewater Orthobiologics has been scheduled.

        Position: Quality Engineer - Tissue Processing
        Date: Tuesday, November 10, 2026
        Time: 2:30 PM (America/New_York)
        Duration: 60 minutes
        Location: 55 Science Park, Building 3, New Haven, CT 06511

        Interviewers: Marcus Bell, Quality Manager; Adaeze Nwosu, Tissue Bank Supervisor

        Please bring a photo ID; our facility is an AATB-accredited tissue bank and visitors sign in at the
        front desk. If you are running late, text or email Marcus (marcus.bell@tidewaterortho.com,
        203-555-0148).

        Good luck!
        Tidewater Orthobiologics Hiring Team

        --
        Reply to this email to message the hiring team.
        Powered by Workable
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#293238">
        <p>Hi Olivia,</p>
        <p>Your interview with <b>Tidewater Orthobiologics</b> has been scheduled.</p>
        <table cellpadding="3">
        <tr><td style="color:#7a8a94">Position</td><td>Quality Engineer - Tissue Processing</td></tr>
        <tr><td style="color:#7a8a94">Date</td><td>Tuesday, November 10, 2026</td></tr>
        <tr><td style="color:#7a8a94">Time</td><td>2:30 PM (America/New_York)</td></tr>
        <tr><td style="color:#7a8a94">Duration</td><td>60 minutes</td></tr>
        <tr><td style="color:#7a8a94">Location</td><td>55 Science Park, Building 3, New Haven, CT 06511</td></tr>
        </table>
        <p>Interviewers: Marcus Bell, Quality Manager; Adaeze Nwosu, Tissue Bank Supervisor</p>
        <p>Please bring a photo ID; our facility is an AATB-accredited tissue bank and visitors sign in at the
        front desk. If you are running late, text or email Marcus
        (<a href="mailto:marcus.bell@tidewaterortho.com">marcus.bell@tidewaterortho.com</a>, 203-555-0148).</p>
        <p>Good luck!<br>Tidewater Orthobiologics Hiring Team</p>
        <p style="font-size:11px;color:#9aa5ab">Reply to this email to message the hiring team. Powered by Workable</p>
        </body></html>
        """)
    msgid = "<wk.evt.61f0a2c9e83b4d17@workablemail.com>"
    hs = head(addr("Tidewater Orthobiologics", "noreply@candidates.workablemail.com"),
              "Interview scheduled with Tidewater Orthobiologics", "2026-11-04 11:30", NY, msgid,
              relay="mail2.workablemail.com",
              extra=(("Reply-To", addr("Tidewater Orthobiologics",
                                       "tidewater-orthobiologics+c7f2e19a4b@candidates.workablemail.com")),))
    return message(hs, alt(text(body, cte="quoted-printable"), html(htm)))


@mail(n(15), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-12-03T19:00:00Z", end=None, contact="dev.kapoor@orchardstreetlabs.com",
      company="Orchard Street Labs", local="Thu 2026-12-03 14:00", zone=NY,
      note="Terse phone reply 'tomorrow at 2 works' sent Wed 2 Dec 09:14 EST -> Thu 3 Dec 2:00 PM EST "
           "(UTC-5) = 19:00Z; the quoted proposal names Thursday at 2; no length -> end null")
def orchard_terse():
    body = t("""
        yep tomorrow at 2 works, I'll send a meet link in the am. looking fwd

        -dev

        Sent from my iPhone

        > On Dec 1, 2026, at 8:47 PM, Olivia Mercado <olivia.mercado@example.org> wrote:
        >
        > Hi Dev,
        >
        > Thanks for reaching out about the QA lead role on your remote team. I could do Thursday at 2
        > or Friday morning, whichever is easier for you.
        >
        > Best,
        > Olivia
        >
        >> On Dec 1, 2026, at 3:02 PM, Dev Kapoor <dev.kapoor@orchardstreetlabs.com> wrote:
        >>
        >> Hi Olivia - I run hardware at Orchard Street Labs (we make a home dialysis monitor, team is
        >> NYC + remote). Saw your profile, would love a 30 min chat this week if you're up for it.
        >> What works?
        """)
    msgid = "<5E8A1C2D-7B4F-4E3A-9D61-0C2B8F7A3E19@orchardstreetlabs.com>"
    hs = head(addr("Dev Kapoor", "dev.kapoor@orchardstreetlabs.com"), "Re: QA lead role", "2026-12-02 09:14",
              NY, msgid, relay="mail-pj1-f52.google.com",
              extra=(("In-Reply-To", "<CAO8xk1rT2a@mail.example.org>"),
                     ("References", "<B3D0F1A2-1C44@orchardstreetlabs.com> <CAO8xk1rT2a@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(16), family="forward_self", lang="en", interview=True, kind="scheduled",
      start="2026-12-15T13:30:00Z", end=None, contact="sofia.medeiros@blackstoneortho.com",
      company="Blackstone Orthopedic Devices", local="Tue 2026-12-15 08:30", zone=NY,
      note="Olivia forwards to herself (example.net -> example.org) the recruiter's confirmation as an "
           "attached message/rfc822: Tue 15 Dec 8:30 AM EST (UTC-5) = 13:30Z; 'until about 12:30' -> end null; "
           "contact = recruiter who wrote the forwarded mail (the sender is the candidate)")
def blackstone_forward():
    inner_body = t("""
        Hi Olivia,

        Great speaking with you today. I'm confirming your onsite interview for the Senior Quality
        Engineer (Supplier Quality) position on Tuesday, December 15 at 8:30 AM at our Woonsocket
        facility, 400 Founders Way, Woonsocket, RI 02895.

        Please check in at reception in the main lobby. You'll meet with Tom Arruda (Quality Director),
        our supplier development team, and finish with a walk through the machining and passivation
        lines - plan to be with us until about 12:30.

        Let me know if you have any questions.

        Sofia Medeiros
        Talent Acquisition Specialist
        Blackstone Orthopedic Devices
        sofia.medeiros@blackstoneortho.com | 401-555-0177
        """)
    inner = message([("From", addr("Sofia Medeiros", "sofia.medeiros@blackstoneortho.com")),
                     ("To", addr("Olivia Mercado", "olivia.mercado@example.net")),
                     ("Subject", "Onsite interview confirmation - Senior Quality Engineer"),
                     ("Date", date("2026-12-09 16:05", NY)),
                     ("Message-ID", "<MW4PR08MB9021A3C1D5E7F@MW4PR08MB9021.namprd08.prod.outlook.com>")],
                    text(inner_body))
    outer = t("""
        for the calendar - onsite at Blackstone Tues

        ---
        sent from my phone
        """)
    msgid = "<CAHk7mP2x9Q@mail.example.net>"
    hs = head(addr("Olivia Mercado", "olivia.mercado@example.net"),
              "Fwd: Onsite interview confirmation - Senior Quality Engineer", "2026-12-10 07:52", NY, msgid,
              relay="smtp.example.net")
    return message(hs, mixed(text(outer, charset="us-ascii", cte="7bit"),
                             attached_message(inner, filename="Onsite interview confirmation.eml")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-10-08T15:00:00Z", end="2026-10-08T16:30:00Z", contact="priya.raman@lumenvale.com",
      company="Lumenvale Diagnostics", local="Thu 2026-10-08 11:00", local_end="2026-10-08 12:30", zone=NY,
      note="Greenhouse reschedule of the panel: old Tue 6 Oct 1:00 PM, new Thu 8 Oct 11:00 AM-12:30 PM EDT "
           "(UTC-4) -> 15:00Z-16:30Z (the new time); contact = Reply-To recruiter")
def lumenvale_reschedule():
    body = t("""
        Hi Olivia,

        Your panel interview for Quality Engineer II, Design Assurance has been rescheduled.

        Previously:  Tuesday, October 6, 2026, 1:00 PM - 2:30 PM EDT
        New time:    Thursday, October 8, 2026, 11:00 AM - 12:30 PM EDT

        Location: Lumenvale Diagnostics, One Channel Center, 5th floor - ask for Priya at reception.

        Panel:
          Nate Sorensen, Manager, Design Quality
          Carla Ibáñez, Principal Systems Engineer
          Wes Thornton, Director, Quality & Compliance

        Apologies for the change - Wes had a conflict with a notified-body audit on Tuesday. If the new
        time doesn't work for you, just reply to this email.

        Best,
        Priya Raman
        Talent Acquisition Partner | Lumenvale Diagnostics
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Olivia,</p>
        <p>Your panel interview for <strong>Quality Engineer II, Design Assurance</strong> has been rescheduled.</p>
        <table cellpadding="4">
        <tr><td><b>Previously:</b></td><td><s>Tuesday, October 6, 2026, 1:00 PM - 2:30 PM EDT</s></td></tr>
        <tr><td><b>New time:</b></td><td>Thursday, October 8, 2026, 11:00 AM - 12:30 PM EDT</td></tr>
        <tr><td><b>Location:</b></td><td>Lumenvale Diagnostics, One Channel Center, 5th floor - ask for Priya at reception.</td></tr>
        </table>
        <p><b>Panel:</b><br>Nate Sorensen, Manager, Design Quality<br>Carla Ibáñez, Principal Systems Engineer<br>
        Wes Thornton, Director, Quality &amp; Compliance</p>
        <p>Apologies for the change - Wes had a conflict with a notified-body audit on Tuesday. If the new
        time doesn't work for you, just reply to this email.</p>
        <p>Best,<br>Priya Raman<br>Talent Acquisition Partner | Lumenvale Diagnostics</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse</p>
        </body></html>
        """)
    msgid = "<9d44e1a7.Wm3kP0@us.greenhouse-mail.io>"
    hs = head(addr("Lumenvale Diagnostics", "no-reply@us.greenhouse-mail.io"),
              "Interview Rescheduled: Quality Engineer II, Design Assurance at Lumenvale Diagnostics",
              "2026-10-02 16:40", NY, msgid, relay="o3.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@lumenvale.com")),))
    return message(hs, alt(text(body), html(htm)))


@mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-10-07T13:30:00Z", end=None, contact="gferreira@castellanjewelry.com",
      company="Castellan Jewelry Works", local="Wed 2026-10-07 09:30", zone=NY,
      note="Plant manager moves Monday's 9:30 to 'Wednesday the 7th, same time' (sent Fri 2 Oct, EDT) -> "
           "Wed 7 Oct 9:30 EDT (UTC-4) = 13:30Z; old time named too; iso-8859-1 quoted-printable")
def castellan_reschedule():
    body = t("""
        Olivia,

        Change of plans on my end, sorry. One of our big retail customers just told us their auditor
        is showing up Monday morning and I have to be on the floor with him all day.

        I'm moving you to Wednesday the 7th, same time, 9:30, same door on Elmwood Ave. I already told
        Donna. If Wednesday is a problem call my cell 401-555-0199 and we'll figure something out.

        Gus

        Gus Ferreira
        Plant Manager
        Castellan Jewelry Works, Inc. · 1180 Elmwood Ave, Cranston RI 02910
        """)
    msgid = "<BN8PR11MB3642E7A0B1C2D3E4F5A6@BN8PR11MB3642.namprd11.prod.outlook.com>"
    hs = head(addr("Gus Ferreira", "gferreira@castellanjewelry.com"),
              "RE: Quality Engineer position - Olivia Mercado", "2026-10-02 08:10", NY, msgid,
              relay="mail-bn8nam11on2119.outbound.protection.outlook.com",
              extra=(("In-Reply-To", "<CAO8xk1pZr7@mail.example.org>"),
                     ("References", "<CAO8xk1pQm4@mail.example.org> <CAO8xk1pZr7@mail.example.org>"),
                     ("Importance", "high")))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


LAKESHORE_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Gwen Ostrowski:mailto:gwen.ostrowski@lakeshoreinfusion.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivia.mercado@example.org:mailto:olivia.mercado@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mike Brandt:mailto:mike.brandt@lakeshoreinfusion.com
DESCRIPTION;LANGUAGE=en-US:Moving this from Tuesday 10 AM to Wednesday 9 AM our time.\\n
UID:040000008200E00074C5B7101A82E00800000000D1E4F7A2C35ADD01000000000000000010000000E2F4A6C8B1D3E5F7A9C0B2D4E6F8A1C3
SUMMARY;LANGUAGE=en-US:Interview: Olivia Mercado - Quality Engineer II (Infusion Pumps)
DTSTART;TZID=Central Standard Time:20261118T090000
DTEND;TZID=Central Standard Time:20261118T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T222200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ1YjE3
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
END:VEVENT
END:VCALENDAR"""


@mail(n(19), family="exchange_outlook", lang="en", interview=True, kind="rescheduled",
      start="2026-11-18T15:00:00Z", end="2026-11-18T16:00:00Z", contact="gwen.ostrowski@lakeshoreinfusion.com",
      company="Lakeshore Infusion Systems", local="Wed 2026-11-18 09:00", local_end="2026-11-18 10:00",
      zone="America/Chicago",
      note="Outlook 'Updated:' meeting request (SEQUENCE 1) from a Chicago firm: old Tue 17 Nov 10 AM, new "
           "Wed 18 Nov 9-10 AM (UTC-06:00) Central = 15:00Z-16:00Z (10 AM in Providence); ICS TZID "
           "'Central Standard Time'; Teams boilerplate; contact = ORGANIZER")
def lakeshore_exchange_update():
    body = t("""
        When: Wednesday, November 18, 2026 9:00 AM-10:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Olivia - moving this from Tuesday 10 AM to Wednesday 9 AM our time (10 AM for you in
        Providence). Mike has a line-clearance audit Tuesday morning. Sorry for the shuffle!

        Gwen Ostrowski | HR Business Partner, Quality & Operations
        Lakeshore Infusion Systems | 350 N Orleans St, Chicago, IL 60654

        ________________________________________________________________________________
        Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
        Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ1YjE3>
        Meeting ID: 214 877 390 512 6
        Passcode: mK3rQ7
        ________________________________
        Dial in by phone
        +1 312-555-0100,,604118723# United States, Chicago
        Phone conference ID: 604 118 723#
        For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = LAKESHORE_ICS.format(vtz=VTZ["Central Standard Time"])
    msgid = "<CH3PR14MB7302C1D2E3F4A5B6C7D8E9F0A1B2@CH3PR14MB7302.namprd14.prod.outlook.com>"
    hs = head(addr("Gwen Ostrowski", "gwen.ostrowski@lakeshoreinfusion.com"),
              "Updated: Interview: Olivia Mercado - Quality Engineer II (Infusion Pumps)", "2026-11-12 16:22",
              "America/Chicago", msgid, relay="mail-ch3nam14on2091.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Interview: Olivia Mercado - Quality Engineer II (Infusion Pumps)"),
                     ("Thread-Index", "AQHdVb2mT0x9sRk4ZUe3c1qA7b8jYw=="), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body, charset="us-ascii"), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start="2026-12-01T15:00:00Z", end="2026-12-01T15:45:00Z", contact="maaike.degroot@delftwave.com",
      company="Delftwave Imaging", local="Tue 2026-12-01 16:00", local_end="2026-12-01 16:45",
      zone="Europe/Amsterdam",
      note="Recruitee reschedule from a Dutch imaging firm: old Mon 30 Nov 17:00 CET, new Tue 1 Dec "
           "16:00-16:45 CET (UTC+1) = 15:00Z-15:45Z (10:00 AM EST in the text); ICS in UTC; contact = Reply-To")
def delftwave_recruitee():
    body = t("""
        Dear Olivia,

        We need to move your interview for the position Quality Engineer - US Service Organisation
        (Boston / remote).

        Old time: Monday 30 November 2026, 17:00 - 17:45 CET
        New time: Tuesday 1 December 2026, 16:00 - 16:45 CET (10:00 - 10:45 AM Eastern)

        The interview will take place via Microsoft Teams; the link stays the same. You will speak with
        Maaike de Groot (Recruiter) and Pieter van Leeuwen (Quality Director, Eindhoven).

        The updated calendar invitation is attached. Reply to this e-mail if the new time causes any
        problems.

        Kind regards,
        Maaike de Groot
        Delftwave Imaging B.V.
        """)
    htm = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#212b36">
        <p>Dear Olivia,</p>
        <p>We need to move your interview for the position <b>Quality Engineer - US Service Organisation
        (Boston / remote)</b>.</p>
        <p><span style="color:#919eab">Old time:</span> <del>Monday 30 November 2026, 17:00 - 17:45 CET</del><br>
        <span style="color:#919eab">New time:</span> <b>Tuesday 1 December 2026, 16:00 - 16:45 CET</b> (10:00 - 10:45 AM Eastern)</p>
        <p>The interview will take place via Microsoft Teams; the link stays the same. You will speak with
        Maaike de Groot (Recruiter) and Pieter van Leeuwen (Quality Director, Eindhoven).</p>
        <p>The updated calendar invitation is attached. Reply to this e-mail if the new time causes any problems.</p>
        <p>Kind regards,<br>Maaike de Groot<br>Delftwave Imaging B.V.</p>
        <p style="font-size:11px;color:#919eab">Sent via Recruitee</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:recruitee-event-88120457@recruitee.com
        SEQUENCE:1
        DTSTAMP:20261125T080000Z
        DTSTART:20261201T150000Z
        DTEND:20261201T154500Z
        SUMMARY:Interview Olivia Mercado - Quality Engineer US Service
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Maaike de Groot:mailto:maaike.degroot@delftwave.com
        ATTENDEE;CN=Olivia Mercado;RSVP=TRUE:mailto:olivia.mercado@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<recruitee.mail.2f7c9a41e0b3@mg.recruitee.com>"
    hs = head(addr("Delftwave Imaging", "no-reply@recruitee.com"),
              "Your interview has been rescheduled - Quality Engineer US Service Organisation",
              "2026-11-25 09:00", "Europe/Amsterdam", msgid, relay="mg-out3.recruitee.com",
              extra=(("Reply-To", addr("Maaike de Groot", "maaike.degroot@delftwave.com")),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-11-24T16:00:00Z", end="2026-11-24T16:30:00Z", contact="raj.mehta@fenwaysterile.com",
      company="Fenway Sterile Solutions", local="Tue 2026-11-24 11:00", local_end="2026-11-24 11:30", zone=NY,
      note="Google Calendar cancellation (METHOD:CANCEL) of Tue 24 Nov 11-11:30am EST (UTC-5) = 16:00Z-16:30Z; "
           "no new time; contact = organizer")
def fenway_gcal_cancel():
    body = t("""
        This event has been cancelled and removed from your calendar.

        Quality Engineer II - Hiring Manager Interview (Olivia Mercado)
        Tuesday Nov 24, 2026 ⋅ 11am – 11:30am (Eastern Time - New York)

        Organizer
        Raj Mehta
        raj.mehta@fenwaysterile.com

        Guests
        Raj Mehta - organizer
        olivia.mercado@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        {vtz}
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261124T110000
        DTEND;TZID=America/New_York:20261124T113000
        DTSTAMP:20261119T180000Z
        ORGANIZER;CN=Raj Mehta:mailto:raj.mehta@fenwaysterile.com
        UID:6h2k9m4p1r7t0v3x5z8b2d4f6h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=olivia.mercado@example.org;X-NUM-GUESTS=0:mailto:olivia.mercado@example.org
        CREATED:20261116T141200Z
        LAST-MODIFIED:20261119T180000Z
        LOCATION:https://meet.google.com/fss-qvbn-kwe
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Quality Engineer II - Hiring Manager Interview (Olivia Mercado)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("{vtz}", VTZ["America/New_York"])
    msgid = "<calendar-c0a7e5f2-1d84-4b3a-9e6c-7f2a1b0d9e85@google.com>"
    hs = head(addr("Raj Mehta", "raj.mehta@fenwaysterile.com"),
              "Canceled event: Quality Engineer II - Hiring Manager Interview (Olivia Mercado) @ Tue Nov 24, 2026 "
              "11am - 11:30am (EST) (olivia.mercado@example.org)", "2026-11-19 13:00", NY, msgid,
              relay="mail-sor-f69.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-10-16T14:00:00Z", end=None, contact="dana.whitlock@kestrelbio.com",
      company="Kestrel Bio", local="Fri 2026-10-16 10:00", zone=NY,
      note="Recruiter cancels 'Friday's onsite at 10' (mail Mon 12 Oct, EDT) because the role is on hold; "
           "Friday = 16 Oct, 10:00 EDT (UTC-4) = 14:00Z; no new time; Gmail text + html")
def kestrel_cancel():
    body = t("""
        Hi Olivia,

        I'm really sorry to be writing this. Leadership put the Quality Systems Engineer req on hold
        this morning while we finish our Series B, so I have to cancel Friday's onsite at 10. Hannah
        asked me to tell you personally that this has nothing to do with you - she was genuinely
        excited to have you in.

        I'll reach out the moment the role reopens, and if you hear of anything in the meantime I'm
        happy to be a reference for how you came across in our process.

        Dana

        Dana Whitlock | People & Talent | Kestrel Bio
        """)
    msgid = "<CAJx4b8sKq2LmN0pW7vE1tR3yU5iO9aD6fG8hJ0kL2zX@mail.gmail.com>"
    hs = head(addr("Dana Whitlock", "dana.whitlock@kestrelbio.com"), "Friday onsite - cancelling, sorry",
              "2026-10-12 11:45", NY, msgid, relay="mail-yw1-f179.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


CHARTEROAK_ICS = """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Lynette Washington:mailto:lwashington@charteroaksurgical.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Mercado:mailto:olivia.mercado@example.org
DESCRIPTION;LANGUAGE=en-US:Olivia\\, I'm sorry to cancel.\\n
UID:040000008200E00074C5B7101A82E00800000000E5A2C7B3D46BDD01000000000000000010000000B4D6F8A0C2E4A6B8D0F2A4C6E8B0D2F4
SUMMARY;LANGUAGE=en-US:Canceled: Panel interview - Olivia Mercado - Post-Market Quality Engineer
DTSTART;TZID=Eastern Standard Time:20261203T130000
DTEND;TZID=Eastern Standard Time:20261203T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261130T133000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR"""


@mail(n(23), family="exchange_outlook", lang="en", interview=True, kind="cancelled",
      start="2026-12-03T18:00:00Z", end="2026-12-03T19:00:00Z", contact="lwashington@charteroaksurgical.com",
      company="Charter Oak Surgical", local="Thu 2026-12-03 13:00", local_end="2026-12-03 14:00", zone=NY,
      note="Outlook 'Canceled:' (METHOD:CANCEL, STATUS:CANCELLED) of the panel Thu 3 Dec 1-2 PM (UTC-05:00) "
           "Eastern = 18:00Z-19:00Z; new times promised 'in the new year', none given; contact = ORGANIZER")
def charteroak_cancel():
    body = t("""
        When: Thursday, December 3, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Olivia, I'm sorry to cancel. Greg is out on unexpected leave through the holidays and we don't
        want to run the panel without him. We will reach out with new times in the new year - you are
        still very much in the running.

        Lynette Washington
        Senior Recruiter, Charter Oak Surgical
        860-555-0139
        """)
    ics = CHARTEROAK_ICS.format(vtz=VTZ["Eastern Standard Time"])
    msgid = "<DM6PR04MB7148A2B4C6D8E0F1A3B5C7D9E1F3@DM6PR04MB7148.namprd04.prod.outlook.com>"
    hs = head(addr("Lynette Washington", "lwashington@charteroaksurgical.com"),
              "Canceled: Panel interview - Olivia Mercado - Post-Market Quality Engineer", "2026-11-30 08:30", NY,
              msgid, relay="mail-dm6nam04on2108.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Panel interview - Olivia Mercado - Post-Market Quality Engineer"),
                     ("Importance", "high"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="us-ascii"), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en", interview=False, company="Aquidneck Defense Systems",
      days=(("Tue", "2026-09-29"),),
      note="Taleo rejection after an interview 'on Tuesday, September 29'; a past date, nothing scheduled")
def aquidneck_taleo_reject():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Olivia Mercado,</p>
        <p>Thank you for taking the time to interview with us on Tuesday, September 29 for the position of
        <b>Quality Engineer II - Undersea Systems (Requisition 2600317)</b>.</p>
        <p>After careful consideration, we have decided to move forward with other candidates whose
        qualifications more closely match the current needs of the program. This decision was not easy;
        we received applications from many highly qualified individuals.</p>
        <p>We encourage you to continue to visit our careers site and apply for future openings that match
        your background. Your profile will remain in our database for twelve months.</p>
        <p>We wish you every success in your career search.</p>
        <p>Sincerely,</p>
        <p>Talent Acquisition<br>Aquidneck Defense Systems &#150; Middletown, RI</p>
        <p><i>Please do not reply to this e-mail; this mailbox is not monitored.</i></p>
        </font></body></html>
        """)
    msgid = "<1883392017.120938.1791382500104.JavaMail.taleo@ph-tcc-mail02.taleo.net>"
    hs = head(addr("Aquidneck Defense Systems", "ads.careers@taleo.net"),
              "Your application for Quality Engineer II - Undersea Systems (2600317)", "2026-10-07 10:15", NY,
              msgid, relay="ph-tcc-mail02.taleo.net")
    return message(hs, html(htm, charset="windows-1252"))


@mail(n(25), family="offer", lang="en", interview=False, company="Castellan Jewelry Works",
      days=(("Fri", "2026-10-16"), ("Mon", "2026-11-09")),
      note="Written offer after the onsite (thread with the Castellan mails); it fixes a call 'Friday at 4:00' "
           "to go over the offer and a start date - neither is an interview")
def castellan_offer():
    body = t("""
        Dear Olivia,

        On behalf of Castellan Jewelry Works, I am pleased to offer you the position of Quality Engineer,
        reporting to Gus Ferreira, Plant Manager. The main terms:

          - Base salary: $91,500 per year, paid bi-weekly
          - Start date: Monday, November 9, 2026
          - 3 weeks PTO, medical/dental from day one, 401(k) with 4% match
          - Location: 1180 Elmwood Ave, Cranston RI (on site, 7:30 AM - 4:00 PM)

        The formal letter is attached for your signature. Gus would like to walk you through the role and
        answer your questions before you decide, so I've put us down for a call this Friday, October 16
        at 4:00 PM - I'll call your cell.

        We'd appreciate your answer by Wednesday, October 21.

        Congratulations - everyone who met you was impressed.

        Donna Pacheco
        HR & Payroll Manager
        Castellan Jewelry Works, Inc.
        401-555-0140
        """)
    msgid = "<BN8PR11MB3642F9A8B7C6D5E4F3A2@BN8PR11MB3642.namprd11.prod.outlook.com>"
    hs = head(addr("Donna Pacheco", "dpacheco@castellanjewelry.com"), "Offer of Employment - Quality Engineer",
              "2026-10-14 17:20", NY, msgid, relay="mail-bn8nam11on2110.outbound.protection.outlook.com",
              extra=(("Cc", addr("Gus Ferreira", "gferreira@castellanjewelry.com")), ("Importance", "high")))
    pdf = make_pdf_stub("Castellan Jewelry Works - Offer Letter - O. Mercado")
    return message(hs, mixed(text(body, charset="windows-1252", cte="quoted-printable"), pdf))


def make_pdf_stub(title: str):
    """A tiny, valid-looking PDF attachment (base64), so offers carry a document like real ones."""
    raw = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
           b"4 0 obj<</Title(" + title.encode("ascii") + b")>>endobj\n"
           b"trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")
    body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    fname = "Offer_Letter_Mercado.pdf"
    return Part([("Content-Type", f'application/pdf; name="{fname}"'),
                 ("Content-Disposition", f'attachment; filename="{fname}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


@mail(n(26), family="application_receipt", lang="en", interview=False, company="Kessler Medizintechnik Inc.",
      note="softgarden application receipt from a German device maker's US subsidiary; says an interview "
           "invitation may follow, no date")
def kessler_softgarden():
    body = t("""
        Dear Ms. Mercado,

        Thank you for your application for the position Supplier Quality Engineer (m/f/d) in Windsor, CT,
        and for your interest in Kessler Medizintechnik.

        We have received your documents and will review them carefully. If your profile matches the
        requirements of the role, we will contact you within the next two to three weeks to arrange a
        first interview.

        You can view the status of your application at any time in your candidate account:
        https://kessler-medizintechnik.softgarden.io/en/application/status

        Your contact person:
        Katrin Vogel, HR Business Partner North America

        Kind regards,
        Your Kessler Medizintechnik recruiting team

        Kessler Medizintechnik Inc. · 1 Griffin Road North, Windsor, CT 06095
        A company of the Kessler Group, Tuttlingen, Germany
        """)
    htm = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial">')
    msgid = "<sg.20260904153211.4b7e2a9c@softgarden.io>"
    hs = head(addr("Kessler Medizintechnik Inc.", "noreply@softgarden.io"),
              "Your application: Supplier Quality Engineer (m/f/d) - Windsor, CT", "2026-09-04 11:32", NY, msgid,
              relay="mx-out1.softgarden.io", extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(htm)))


@mail(n(27), family="job_alert", lang="en", interview=False, company=None,
      days=(("Mon", "2026-09-21"),),
      note="JOIN job alert; listings advertise 'interviews this week' and 'hiring manager interviews start "
           "Monday, September 21' - not the candidate's interview")
def join_alert():
    body = t("""
        5 new jobs for "Quality Engineer" near Providence, RI

        Quality Engineer - Medical Devices
        Narrows Medical Components · Cranston, RI · Full-time
        Quick apply - interviews this week!
        https://join.com/companies/narrowsmedical/quality-engineer

        Design Quality Engineer
        Back Bay Surgical · Boston, MA · $110k - $130k
        Hiring manager interviews start Monday, September 21.
        https://join.com/companies/backbaysurgical/design-quality-engineer

        Supplier Quality Engineer II
        Quonset Precision · North Kingstown, RI · Full-time
        https://join.com/companies/quonsetprecision/sqe-ii

        QA/RA Specialist (Remote, US)
        Linden Health Tech · Remote
        https://join.com/companies/lindenhealth/qa-ra-specialist

        Quality Technician - 2nd shift
        Seekonk Plastics · Seekonk, MA
        https://join.com/companies/seekonkplastics/quality-technician

        You receive this alert because you subscribed to "Quality Engineer" within 50 miles of Providence.
        Manage alerts: https://join.com/candidate/alerts  ·  Unsubscribe: https://join.com/u/a81f2c
        JOIN Solutions AG · Zurich
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f9">
        <table width="600" align="center" style="background:#fff;padding:20px">
        <tr><td><h2 style="font-size:18px">5 new jobs for &quot;Quality Engineer&quot; near Providence, RI</h2></td></tr>
        <tr><td style="padding:8px 0;border-bottom:1px solid #eee"><a href="https://join.com/companies/narrowsmedical/quality-engineer"><b>Quality Engineer - Medical Devices</b></a><br>
        Narrows Medical Components · Cranston, RI · Full-time<br><span style="color:#0a7">Quick apply - interviews this week!</span></td></tr>
        <tr><td style="padding:8px 0;border-bottom:1px solid #eee"><a href="https://join.com/companies/backbaysurgical/design-quality-engineer"><b>Design Quality Engineer</b></a><br>
        Back Bay Surgical · Boston, MA · $110k - $130k<br><span style="color:#0a7">Hiring manager interviews start Monday, September 21.</span></td></tr>
        <tr><td style="padding:8px 0;border-bottom:1px solid #eee"><a href="https://join.com/companies/quonsetprecision/sqe-ii"><b>Supplier Quality Engineer II</b></a><br>
        Quonset Precision · North Kingstown, RI · Full-time</td></tr>
        <tr><td style="padding:8px 0;border-bottom:1px solid #eee"><a href="https://join.com/companies/lindenhealth/qa-ra-specialist"><b>QA/RA Specialist (Remote, US)</b></a><br>
        Linden Health Tech · Remote</td></tr>
        <tr><td style="padding:8px 0"><a href="https://join.com/companies/seekonkplastics/quality-technician"><b>Quality Technician - 2nd shift</b></a><br>
        Seekonk Plastics · Seekonk, MA</td></tr>
        <tr><td style="font-size:11px;color:#999;padding-top:16px">You receive this alert because you subscribed to &quot;Quality Engineer&quot;
        within 50 miles of Providence. <a href="https://join.com/candidate/alerts">Manage alerts</a> · <a href="https://join.com/u/a81f2c">Unsubscribe</a><br>JOIN Solutions AG · Zurich</td></tr>
        </table></body></html>
        """)
    msgid = "<join.alert.20260914.a81f2c@join.com>"
    hs = head(addr("JOIN", "jobalert@join.com"), '5 new jobs for "Quality Engineer" near Providence, RI',
              "2026-09-14 07:00", NY, msgid, relay="mail-eu2.join.com",
              extra=(("List-Unsubscribe", "<https://join.com/u/a81f2c>, <mailto:unsubscribe@join.com?subject=a81f2c>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(htm)))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Substack-style newsletter on answering the CAPA question in a QE interview, with a live AMA "
           "'Thursday, October 22 at 8 PM ET' - an event, not an interview")
def complaint_file_newsletter():
    body = t("""
        THE COMPLAINT FILE
        Notes on medical-device quality, one nonconformance at a time

        The CAPA question: how to answer it in your next QE interview

        Every quality engineering interview I've sat on - both sides of the table - has some version of
        "Tell me about a CAPA you owned." Most candidates answer with the problem. The good ones answer
        with the effectiveness check.

        Here's the structure I coach people to use:

        1. The signal. How did you find out? Complaint trend, NCR, audit finding?
        2. The containment. What did you do in the first 48 hours, and who signed off?
        3. Root cause. Name the tool (5 Whys, fishbone, fault tree) but spend your time on the evidence.
        4. The fix, and why it wasn't just retraining.
        5. Effectiveness. What did you measure, for how long, and what would have made you reopen it?

        If your interviewer is from design quality, expect a follow-up on risk file updates (ISO 14971).
        If they're from operations, expect questions about validation of the process change.

        LIVE AMA: I'm answering your interview questions live this Thursday, October 22 at 8 PM ET.
        Paid subscribers get the link the morning of.

        See you in the file,
        Bea Lindholm

        You're on the free list for The Complaint File. Unsubscribe: https://thecomplaintfile.substack.com/action/disable_email
        """)
    htm = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737;max-width:600px;margin:auto">
        <div style="font-family:Helvetica,sans-serif;font-size:13px;letter-spacing:2px">THE COMPLAINT FILE</div>
        <h1 style="font-size:28px">The CAPA question: how to answer it in your next QE interview</h1>
        <p>Every quality engineering interview I've sat on - both sides of the table - has some version of
        &ldquo;Tell me about a CAPA you owned.&rdquo; Most candidates answer with the problem. The good ones answer
        with the effectiveness check.</p>
        <p>Here's the structure I coach people to use:</p>
        <ol><li>The signal. How did you find out? Complaint trend, NCR, audit finding?</li>
        <li>The containment. What did you do in the first 48 hours, and who signed off?</li>
        <li>Root cause. Name the tool (5 Whys, fishbone, fault tree) but spend your time on the evidence.</li>
        <li>The fix, and why it wasn't just retraining.</li>
        <li>Effectiveness. What did you measure, for how long, and what would have made you reopen it?</li></ol>
        <p>If your interviewer is from design quality, expect a follow-up on risk file updates (ISO 14971).
        If they're from operations, expect questions about validation of the process change.</p>
        <p style="background:#fff4e5;padding:12px"><b>LIVE AMA:</b> I'm answering your interview questions live this
        Thursday, October 22 at 8 PM ET. Paid subscribers get the link the morning of.</p>
        <p>See you in the file,<br>Bea Lindholm</p>
        <p style="font-size:12px;color:#999">You're on the free list for The Complaint File.
        <a href="https://thecomplaintfile.substack.com/action/disable_email">Unsubscribe</a></p>
        </body></html>
        """)
    msgid = "<20261018120000.3.6f1e2d3c4b5a6978@mg1.substack.com>"
    hs = head(addr("The Complaint File", "thecomplaintfile@substack.com"),
              "The CAPA question: how to answer it in your next QE interview", "2026-10-18 08:00", NY, msgid,
              relay="mg1.substack.com",
              extra=(("List-Id", "<thecomplaintfile.substack.com>"),
                     ("List-Unsubscribe", "<https://thecomplaintfile.substack.com/action/disable_email>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(htm)))


@mail(n(29), family="pick_a_slot", lang="en", interview=False, company="Quincy Labware",
      days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28"), ("Thu", "2026-10-29")),
      note="Personio interview invitation offering three slots to pick from; nothing is fixed until the "
           "candidate chooses")
def quincy_personio_pick():
    body = t("""
        Dear Olivia,

        Thank you for your application as QA Engineer (Lab Consumables). We would like to get to know you
        better in a first video interview of about 30 minutes.

        Please choose one of the following times (US Eastern):

          - Tuesday, 10/27/2026, 10:00 AM
          - Wednesday, 10/28/2026, 2:00 PM
          - Thursday, 10/29/2026, 9:30 AM

        Select your preferred time here: https://quincylabware.jobs.personio.com/interview/slot/7a31e9c2

        As soon as you have chosen, you will receive a calendar invitation with the video link. If none of
        the times suit you, just let us know.

        Best regards,
        Hannah Whitcomb
        People Team, Quincy Labware
        """)
    htm = gmail_html(body)
    msgid = "<personio.7a31e9c2.20261021@mail.personio.de>"
    hs = head(addr("Quincy Labware", "no-reply@personio.de"),
              "Interview invitation - QA Engineer (Lab Consumables) - please choose a time", "2026-10-21 13:05",
              NY, msgid, relay="mail.personio.de",
              extra=(("Reply-To", "quincylabware-7a31e9c2@jobs.personio.com"),))
    return message(hs, alt(text(body), html(htm)))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Keystone Search Partners",
      note="Agency outreach asking for 15 minutes 'this week or next' with a self-booking link; no fixed time")
def keystone_outreach():
    body = t("""
        Hi Olivia,

        I came across your profile and your work on complaint handling and post-market surveillance really
        stood out. I'm partnering with a growing Class II device manufacturer outside Worcester that is
        building out its quality team - the role is a Senior QE with a path to manager in 12-18 months,
        hybrid three days on site.

        Would you have 15 minutes for a quick call this week or next? Feel free to grab any open time on my
        calendar: https://calendly.com/jmoreau-keystone/15min

        Best,
        Jaclyn Moreau
        Principal, Life Sciences Quality & Regulatory
        Keystone Search Partners | Boston, MA
        617-555-0124
        """)
    msgid = "<CAMk2jT9fQ8vR1@mail.keystonesearch.com>"
    hs = head(addr("Jaclyn Moreau", "jmoreau@keystonesearch.com"),
              "Senior QE opportunity - Class II devices, Worcester area", "2026-09-10 08:41", NY, msgid,
              relay="mail-qt1-f181.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="proposed_not_confirmed", lang="en", interview=False, company="Wickford Medical Optics",
      days=(("Tue", "2026-11-24"),),
      note="Hiring manager proposes 'Would Tuesday at 10 work?' and asks for alternatives; not yet confirmed")
def wickford_proposal():
    body = t("""
        Hi Olivia,

        Thanks for sending your resume over - Gus Ferreira at Castellan says hello, small state.

        We have an opening for a quality engineer on our endoscope optics line and I'd like to have you come
        by and see the place. Would Tuesday at 10 work for you? If not, send me two or three times next week
        that do and I'll have Janet set it up.

        Hal

        Hal Bergeron
        VP Operations, Wickford Medical Optics
        85 Ten Rod Rd, North Kingstown RI
        """)
    msgid = "<CAF3hB7nW2@wickfordoptics.com>"
    hs = head(addr("Hal Bergeron", "hbergeron@wickfordoptics.com"), "Quality engineer opening",
              "2026-11-19 15:48", NY, msgid, relay="mail-io1-f48.google.com")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(32), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Patient-portal reminder for an annual physical, Thu 10/22 8:15 AM, with an ICS: a fixed time, not "
           "an interview")
def doctor_reminder():
    body = t("""
        Appointment Reminder

        Hello Olivia,

        This is a reminder of your upcoming appointment:

        Thursday, October 22, 2026 at 8:15 AM
        Anita Rao, MD - Annual Physical
        Blackstone Valley Primary Care, 1 Hoppin St, Suite 300, Providence, RI

        Please arrive 15 minutes early to complete check-in and bring your insurance card. If you need to
        cancel or reschedule, please call 401-555-0102 at least 24 hours in advance.

        To add this appointment to your calendar, open the attached file.

        This message was sent from an unmonitored account. Do not reply.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//BVPC Patient Portal//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-55218340@bvpc-portal.com
        DTSTAMP:20261019T113000Z
        DTSTART;TZID=America/New_York:20261022T081500
        DTEND;TZID=America/New_York:20261022T090000
        SUMMARY:Appointment: Anita Rao\\, MD
        LOCATION:1 Hoppin St\\, Suite 300\\, Providence\\, RI
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<portal.reminder.55218340@bvpc-portal.com>"
    hs = head(addr("Blackstone Valley Primary Care", "noreply@bvpc-portal.com"),
              "Appointment Reminder - Thursday, October 22", "2026-10-19 07:30", NY, msgid,
              relay="smtp.bvpc-portal.com")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@mail(n(33), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Dealer service appointment confirmation, Sat 11/7 8:00 AM; fixed time, not an interview")
def car_service():
    body = t("""
        Pawtucket Subaru - Service Appointment Confirmation

        Hi Olivia,

        Your service appointment is confirmed.

        Date:      Saturday, November 7, 2026
        Time:      8:00 AM
        Vehicle:   2019 Subaru Outback 2.5i (RI plate ***482)
        Services:  60,000 mile scheduled maintenance; check engine light diagnosis
        Advisor:   Kevin Lusignan
        Transportation: Waiter (estimated 2.5 hours)

        Complimentary coffee and Wi-Fi are available in our customer lounge. Need to change your
        appointment? Use the link below or call 401-555-0190.

        Manage appointment: https://pawtucketsubaru.dealerappts.net/a/7QK3M9

        Pawtucket Subaru · 655 Broadway, Pawtucket, RI 02860
        """)
    msgid = "<appt.7QK3M9.confirm@dealerappts.net>"
    hs = head(addr("Pawtucket Subaru Service", "service-noreply@dealerappts.net"),
              "Your service appointment is confirmed - Sat, Nov 7 at 8:00 AM", "2026-11-03 12:10", NY, msgid,
              relay="out4.dealerappts.net")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Parent-teacher conference sign-up confirmation, Thu 11/12 3:40-3:55 PM; not an interview")
def parent_teacher():
    body = t("""
        Hi Olivia Mercado,

        Thank you for signing up! Here is your confirmation for:

        Fall Parent-Teacher Conferences - Ms. Pereira, Grade 3 (Room 112)
        Summit Avenue Elementary School

        Thursday, November 12, 2026
        3:40 PM - 3:55 PM
        Student: Mateo Mercado

        Comment: Could we talk about the reading group? Thanks!

        Conferences are 15 minutes. If you are running late, please let the front office know at
        401-555-0151 so the next family isn't delayed.

        To change or cancel your slot: https://slotsheet.com/go/summit-ave-pt-conf-fall26

        Sent via SlotSheet on behalf of Carmen Pereira.
        """)
    msgid = "<slotsheet.conf.91a2b3c4@slotsheet.com>"
    hs = head(addr("SlotSheet", "no-reply@slotsheet.com"),
              "Confirmation: Fall Parent-Teacher Conferences - Ms. Pereira", "2026-11-06 19:22", NY, msgid,
              relay="mta2.slotsheet.com")
    return message(hs, text(body, charset="utf-8", cte="8bit"))


COBALT_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Derek Hsu:mailto:derek.hsu@cobaltcovemedical.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Mercado:mailto:olivia.mercado@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alicia Pratt:mailto:alicia.pratt@cobaltcovemedical.com
UID:040000008200E00074C5B7101A82E00800000000F6B3D8C4E57CDD01000000000000000010000000C5E7A9B1D3F5A7C9E1B3D5F7A9C1E3B5
SUMMARY;LANGUAGE=en-US:Interview: QC Inspector II candidate - Jordan Souza (Olivia / Alicia)
DTSTART;TZID=Eastern Standard Time:20261210T130000
DTEND;TZID=Eastern Standard Time:20261210T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261207T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Conf Rm Nantucket (Bldg 2)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""


@mail(n(35), family="interviewer_invite", lang="en", interview=False, company="Cobalt Cove Medical",
      days=(("Thu", "2026-12-10"),),
      note="Outlook meeting request asking Olivia (now a contractor at Cobalt Cove) to INTERVIEW a QC "
           "inspector candidate, Thu 10 Dec 1:00-1:45 PM; she is the interviewer, not the candidate")
def cobalt_interviewer():
    body = t("""
        When: Thursday, December 10, 2026 1:00 PM-1:45 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Conf Rm Nantucket (Bldg 2)

        *~*~*~*~*~*~*~*~*~*

        Olivia,

        Adding you as the quality interviewer for Jordan Souza (QC Inspector II, 2nd shift). Alicia will
        cover the floor/GD&T side; can you take CMM, first-article and how they handle a reject? Resume
        is in the req folder on the Q: drive. Sending to your personal email since your cobaltcove
        account still isn't live - IT swears Monday.

        Thanks,
        Derek

        Derek Hsu
        Quality Manager, Cobalt Cove Medical
        """)
    ics = COBALT_ICS.format(vtz=VTZ["Eastern Standard Time"])
    msgid = "<BL1PR06MB7263D4E5F6A7B8C9D0E1F2A3B4C5@BL1PR06MB7263.namprd06.prod.outlook.com>"
    hs = head(addr("Derek Hsu", "derek.hsu@cobaltcovemedical.com"),
              "Interview: QC Inspector II candidate - Jordan Souza (Olivia / Alicia)", "2026-12-07 09:30", NY,
              msgid, relay="mail-bl1nam06on2133.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Interview: QC Inspector II candidate - Jordan Souza (Olivia / Alicia)"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="us-ascii"), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(36), family="webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Zoom webinar registration 'Acing the Quality Engineering Interview', Nov 5 12:00 PM ET, with ICS; "
           "a webinar about interviews, not an interview")
def neqs_webinar():
    body = t("""
        Hi Olivia Mercado,

        Thank you for registering for "Acing the Quality Engineering Interview: Behavioral and Technical
        Questions".

        Please submit any questions to: events@neqs.org

        Date Time: Nov 5, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88310477215?tk=Xk2mP9&uuid=WN_4rT7

        Passcode: 537120

        Add to Calendar: see attached file

        You can cancel your registration at any time.

        New England Quality Society - Professional Development Series
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261030T161500Z
        DTSTART:20261105T170000Z
        DTEND:20261105T180000Z
        SUMMARY:Acing the Quality Engineering Interview: Behavioral and Technical Questions
        UID:20261030T161500Z-88310477215@fe80:0:0:0:0:0:0:1ens5
        LOCATION:https://us06web.zoom.us/w/88310477215?tk=Xk2mP9
        ORGANIZER;CN=New England Quality Society:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<zoomwebinar.reg.Xk2mP9@zoom.us>"
    hs = head(addr("New England Quality Society", "no-reply@zoom.us"),
              "Acing the Quality Engineering Interview Confirmation", "2026-10-30 12:15", NY, msgid,
              relay="zoom-mail-out3.zoom.us", extra=(("Reply-To", "events@neqs.org"),))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="iCalendar.ics",
                                                  disposition="attachment")))


@mail(n(37), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Acuity booking with a career coach: '60-Minute Mock Interview (Panel Format)' Tue 17 Nov 6:30 PM; "
           "coaching, not a job interview")
def coach_mock():
    body = t("""
        Hi Olivia,

        Your appointment is confirmed!

        What: 60-Minute Mock Interview (Panel Format)
        When: Tuesday, November 17, 2026 6:30pm (Eastern Time)
        With: Renata Cole
        Where: Zoom - https://us02web.zoom.us/j/81177420633

        Renata's note: Send me the job description for the Meridian role by Sunday and I'll build the panel
        questions around it. We'll record, then do 20 minutes of feedback.

        Paid: $145.00 (Visa ending 4418)

        Need to make a change? Reschedule or cancel:
        https://app.acuityscheduling.com/schedule.php?owner=21874403&action=appt&id=9f2e

        Renata Cole Career Coaching
        """)
    msgid = "<acuity.appt.9f2e31b8@acuityscheduling.com>"
    hs = head(addr("Renata Cole Career Coaching", "no-reply@acuityscheduling.com"),
              "Confirmed: 60-Minute Mock Interview (Panel Format) on Tuesday, November 17", "2026-11-12 20:03",
              NY, msgid, relay="mail.acuityscheduling.com",
              extra=(("Reply-To", addr("Renata Cole", "renata@renatacolecoaching.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(38), family="out_of_office", lang="en", interview=False, company="Charter Oak Surgical",
      days=(("Fri", "2026-12-04"),),
      note="Exchange automatic reply from the recruiter (out through Fri Dec 4), in reply to Olivia's note "
           "about the cancelled panel; no interview time")
def charteroak_ooo():
    body = t("""
        Thank you for your message. I am out of the office through Friday, December 4 with limited access to
        email. For urgent interview scheduling questions please contact recruiting@charteroaksurgical.com;
        otherwise I will respond when I return.

        Lynette Washington
        Senior Recruiter, Charter Oak Surgical
        """)
    msgid = "<DM6PR04MB7148OOF0A1B2C3D4E5F6@DM6PR04MB7148.namprd04.prod.outlook.com>"
    hs = head(addr("Lynette Washington", "lwashington@charteroaksurgical.com"),
              "Automatic reply: Panel interview - Olivia Mercado - Post-Market Quality Engineer",
              "2026-12-01 10:02", NY, msgid, relay="mail-dm6nam04on2108.outbound.protection.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAO8xk1wE5@mail.example.org>"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="us-ascii"), html(gmail_html(body), charset="us-ascii")))


@mail(n(39), family="bounce", lang="en", interview=False, company=None,
      note="Bounce of Olivia's thank-you note (misspelled interviewer address); the returned message mentions "
           "'this morning' - a past interview, nothing scheduled")
def thank_you_bounce():
    expl = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <nate.sorenson@lumenvale.com>: host aspmx.l.google.com[142.250.27.26] said:
            550-5.1.1 The email account that you tried to reach does not exist. Please try
            double-checking the recipient's email address for typos or unnecessary spaces.
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Q7mT21xKzz2RcG
        Arrival-Date: Tue, 15 Sep 2026 13:58:40 -0400 (EDT)

        Final-Recipient: rfc822; nate.sorenson@lumenvale.com
        Original-Recipient: rfc822;nate.sorenson@lumenvale.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; aspmx.l.google.com
        Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
        """)
    orig = message([("From", ME), ("To", addr("Nate Sorensen", "nate.sorenson@lumenvale.com")),
                    ("Subject", "Thank you - Quality Engineer II interview"),
                    ("Date", date("2026-09-15 13:58", NY)), ("Message-ID", "<CAO8xk1jT9@mail.example.org>")],
                   text(t("""
                       Hi Nate,

                       Thank you for taking the time to speak with me this morning about the Quality
                       Engineer II role. I enjoyed hearing how your team runs design reviews, and the
                       question about the hemolysis CAPA made me want to dig into the data all over again.

                       I'm very interested in the role and look forward to hearing about next steps.

                       Best regards,
                       Olivia Mercado
                       """)))
    report = multipart("report",
                       Part([("Content-Description", "Notification"),
                             ("Content-Type", 'text/plain; charset="us-ascii"')],
                            expl.replace("\n", "\r\n").encode("ascii")),
                       Part([("Content-Description", "Delivery report"),
                             ("Content-Type", "message/delivery-status")],
                            status.replace("\n", "\r\n").encode("ascii")),
                       attached_message(orig),
                       params="report-type=delivery-status")
    msgid = "<20260915175841.4Q7mT21xKzz2RcG@mx2.example.org>"
    hs = [("Return-Path", "<>"), ("Delivered-To", ME_ADDR),
          ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"), ("To", ME_ADDR),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-09-15 13:58", NY)),
          ("Message-ID", msgid), ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(n(40), family="job_center", lang="en", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="State workforce center's mandatory reemployment (RESEA) appointment, Wed 9/30 9:00 AM, in person; "
           "an unemployment-office appointment, not a job interview; iso-8859-1 text")
def resea_appointment():
    body = t("""
        OCEAN STATE WORKFORCE CENTER
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant: OLIVIA MERCADO
        Claim ID: ******7731

        You have been selected to take part in the RESEA program. Attendance is REQUIRED.

        Your appointment:
          Wednesday, September 30, 2026 at 9:00 AM
          Ocean State Workforce Center - Providence office
          1 Reservoir Avenue, 2nd floor, Providence, RI 02907
          Career Counselor: Ms. Delgado

        Please bring: photo ID, an up-to-date résumé, and your work search log for the last four weeks
        (employer name, position, date of contact, result). Your layoff notice from Pawtucket Precision
        Devices is already on file.

        If you do not attend, or do not reschedule at least 24 hours in advance by calling 401-555-0170,
        your unemployment benefits may be suspended.

        This is an automated message. Do not reply.
        """)
    msgid = "<resea.notice.7731.20260916@oceanstateworks.org>"
    hs = head(addr("Ocean State Workforce Center", "resea-noreply@oceanstateworks.org"),
              "REQUIRED: RESEA appointment - Wednesday, September 30, 2026 at 9:00 AM", "2026-09-16 06:45", NY,
              msgid, relay="smtp-gw1.oceanstateworks.org")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(41), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Part-time MBA admissions interview confirmed for Sat 14 Nov 10:00 AM EST; a school admission "
           "interview, not a job interview")
def mba_admission():
    body = t("""
        Dear Olivia,

        Thank you for scheduling your admissions interview for the Part-Time (Evening) MBA at the Pell
        School of Management, College Hill University.

        Date: Saturday, November 14, 2026
        Time: 10:00 AM - 10:30 AM (Eastern)
        Location: Pell Hall, Room 204, 40 Angell Street, Providence (or Zoom, if you selected remote)
        Interviewer: a member of the Admissions Committee or a second-year alumni interviewer

        The conversation is informal and lasts about 30 minutes. Please be ready to talk about your career
        goals and why an MBA now. No materials are needed; your file is already complete.

        To reschedule, log in to your applicant status page.

        Warm regards,
        Office of Graduate Admissions
        Pell School of Management | College Hill University
        """)
    htm = gmail_html(body)
    msgid = "<slate.7e4c91d2.20261109@collegehill.edu>"
    hs = head(addr("Pell School MBA Admissions", "mbaadmissions@collegehill.edu"),
              "Your MBA admissions interview is confirmed - Saturday, November 14", "2026-11-09 15:00", NY,
              msgid, relay="mta-out.technolutions.net", extra=(("X-Mailer", "Slate"),))
    return message(hs, alt(text(body), html(htm, cte="base64")))


@mail(n(42), family="sports_tryout", lang="en", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Rowing club masters-squad try-out confirmed for Sat 9/26 7:00 AM; a sports try-out, not a job "
           "interview; windows-1252 8bit")
def rowing_tryout():
    body = t("""
        Hi Olivia,

        You’re on the list for Masters Competitive Squad try-outs this Saturday, September 26. Be at the
        boathouse by 7:00 AM – we launch at 7:20 sharp.

        Plan for the morning:
          • 2k erg test (bring your last 2k split if you have one)
          • Seat racing in the 4+ and 8+
          • Short chat with me and Coach Amaral about commitment (4 practices a week through Head of the
            Charles selection)

        Wear layers, it’s cold on the water at that hour. Parking on Pitman St fills up, so bike if you can.

        Liam

        Liam Doherty
        Head Masters Coach, Seekonk River Rowing Association
        """)
    msgid = "<CAG7rWm4pX1@seekonkrowing.org>"
    hs = head(addr("Liam Doherty", "liam.doherty@seekonkrowing.org"), "Saturday try-outs - you're in",
              "2026-09-21 21:05", NY, msgid, relay="mail-ot1-f50.google.com")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(n(43), family="audition", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Community orchestra confirms a viola substitute-list audition, Thu 1 Oct 7:15 PM; not a job "
           "interview")
def orchestra_audition():
    body = t("""
        Dear Olivia,

        Thank you for your interest in joining the Blackstone Valley Symphony substitute list. Your audition
        is confirmed:

          Thursday, October 1, 2026, 7:15 PM
          St. Joseph's Parish Hall, 195 Walcott St, Pawtucket (rehearsal room, side door)

        Please prepare:
          - a movement of solo Bach or a contrasting étude (your choice, max. 4 minutes)
          - Brahms Symphony No. 2, mvt. I, letter E to F (viola part attached to our website)
          - Mendelssohn "Midsummer Night's Dream" Scherzo, opening to bar 48

        Warm-up space is available from 6:45. The panel will be our principal violist and music director.

        With best wishes,
        Ruth Kaminski
        Personnel Manager, Blackstone Valley Symphony
        """)
    msgid = "<bvs.audition.viola.20260925@bvsymphony.org>"
    hs = head(addr("Ruth Kaminski", "ruth.kaminski@bvsymphony.org"),
              "Audition confirmation - viola substitute list", "2026-09-25 18:30", NY, msgid,
              relay="smtp.bvsymphony.org")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(44), family="press", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Trade-press reporter confirms a phone interview with Olivia as a source for an article, Wed Nov 4 "
           "11:00 AM ET; an interview, but not a job interview")
def reporter_interview():
    body = t("""
        Hi Olivia,

        Thanks so much for agreeing to talk - confirming our phone interview on Wednesday, November 4 at
        11:00 AM ET for my piece on complaint-handling backlogs at mid-size device makers. I'll call you at
        401-555-0163. Should take 20-30 minutes.

        As we discussed, we're on the record unless you tell me otherwise, and I'll send you any quotes I
        plan to use before we publish. I'll mostly ask about MDR reportability decisions and how small teams
        triage intake.

        Best,
        Caleb Ng
        Senior Reporter, MedTech Quality Review
        caleb.ng@medtechqualityreview.com | 212-555-0119
        """)
    msgid = "<CAH1ng8Zr4@medtechqualityreview.com>"
    hs = head(addr("Caleb Ng", "caleb.ng@medtechqualityreview.com"),
              "Confirming our interview Wednesday - complaint handling piece", "2026-10-30 16:40", NY, msgid,
              relay="mail-vk1-f170.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(45), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Google Calendar invitation from a podcast host for a guest recording, Tue 8 Dec 12:00-1:00 PM EST, "
           "with ICS; the candidate is a podcast guest, not a job candidate")
def podcast_invite():
    body = t("""
        Right First Time - guest recording: Olivia Mercado
        Tuesday Dec 8, 2026 ⋅ 12pm – 1pm (Eastern Time - New York)

        Joining info
        https://riverside.fm/studio/right-first-time?t=7d1c

        Organizer
        Marcus Feld
        marcus@rightfirsttimepod.com

        Guests
        Marcus Feld - organizer
        olivia.mercado@example.org

        Episode 84: "Post-market surveillance when the team is three people." We'll do a 10-minute pre-chat,
        then record ~40 minutes. Headphones please!

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {vtz}
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261208T120000
        DTEND;TZID=America/New_York:20261208T130000
        DTSTAMP:20261201T210500Z
        ORGANIZER;CN=Marcus Feld:mailto:marcus@rightfirsttimepod.com
        UID:3r8t1v5x7z9b2d4f6h8k0m2p4r@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivia.mercado@example.org;X-NUM-GUESTS=0:mailto:olivia.mercado@example.org
        DESCRIPTION:Episode 84: Post-market surveillance when the team is three people.
        LOCATION:https://riverside.fm/studio/right-first-time?t=7d1c
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Right First Time - guest recording: Olivia Mercado
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("{vtz}", VTZ["America/New_York"])
    msgid = "<calendar-8e1f4a27-3c6b-4d9e-a0f2-5b7c9d1e3f48@google.com>"
    hs = head(addr("Marcus Feld", "marcus@rightfirsttimepod.com"),
              "Invitation: Right First Time - guest recording: Olivia Mercado @ Tue Dec 8, 2026 12pm - 1pm (EST) "
              "(olivia.mercado@example.org)", "2026-12-01 16:05", NY, msgid, relay="mail-sor-f73.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="8bit")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(46), family="forwarded_other", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A friend forwards HER OWN Greenhouse confirmation (Thu 10/22 1:30 PM EDT) asking for tips; the "
           "interview is Marisa's, not the inbox owner's")
def friend_forward():
    body = t("""
        Liv!! Look what I got. Is this the same Priya you dealt with? Mine's Thursday and I'm panicking a
        little. Any tips on the RA side - what did they ask you?? Drinks on me after.

        M

        ---------- Forwarded message ---------
        From: Lumenvale Diagnostics <no-reply@us.greenhouse-mail.io>
        Date: Mon, Oct 19, 2026 at 2:03 PM
        Subject: Interview Confirmation: Regulatory Affairs Specialist at Lumenvale Diagnostics
        To: Marisa Quintero <marisa.quintero@example.com>

        Hi Marisa,

        Thanks for making time to speak with us! Your interview for the Regulatory Affairs Specialist role
        at Lumenvale Diagnostics is confirmed:

        Date: Thursday, October 22, 2026
        Time: 1:30 PM - 2:15 PM EDT
        Format: Video call (Google Meet)
        Interviewer: Yusuf Demir, Regulatory Affairs Manager

        If you need to make a change, just reply to this email.

        Best,
        Priya Raman
        Talent Acquisition Partner | Lumenvale Diagnostics
        """)
    msgid = "<CAPq7Rt2mW8@mail.example.com>"
    hs = head(addr("Marisa Quintero", "marisa.quintero@example.com"),
              "Fwd: Interview Confirmation: Regulatory Affairs Specialist at Lumenvale Diagnostics",
              "2026-10-19 20:40", NY, msgid, relay="mail-wr1-f44.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="State revenue office taxpayer-service appointment, Fri 12/11 9:30 AM; a government appointment, "
           "not an interview")
def tax_office():
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p><b>Ocean State Revenue Office &ndash; Taxpayer Service Center</b></p>
        <p>Appointment Confirmation #TSC-2026-118420</p>
        <p>Name: Olivia Mercado<br>
        Service: Withholding on unemployment benefits / estimated payments (Tax Year 2026)<br>
        Date: Friday, December 11, 2026<br>
        Time: 9:30 AM<br>
        Location: 200 Weybosset Street, 3rd floor, Providence, RI 02903</p>
        <p>Please bring a government-issued photo ID, your Form 1099-G if received, and any notices you have
        received from this office. Appointments are held for 10 minutes past the scheduled time.</p>
        <p>To cancel, use the link in your online account. Please do not reply to this email.</p>
        </body></html>
        """)
    msgid = "<tsc.118420.20261207@osrevenue.org>"
    hs = head(addr("Ocean State Revenue Office", "appointments-noreply@osrevenue.org"),
              "Appointment Confirmation - Taxpayer Service Center - 12/11/2026 9:30 AM", "2026-12-07 10:12", NY,
              msgid, relay="relay.osrevenue.org")
    return message(hs, html(htm, charset="iso-8859-15", cte="quoted-printable"))


CREDIT_UNION_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Tanya Rocha:mailto:trocha@pawtuxetvalleycu.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Mercado:mailto:olivia.mercado@example.org
UID:040000008200E00074C5B7101A82E00800000000A9C4E0F6B28DDD01000000000000000010000000D6F8B0C2E4A6C8E0F2B4D6F8A0C2E4D6
SUMMARY;LANGUAGE=en-US:Mortgage pre-approval call - Olivia Mercado
DTSTART;TZID=Eastern Standard Time:20261214T173000
DTEND;TZID=Eastern Standard Time:20261214T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261209T184000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - Tanya will call 401-555-0163
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""


@mail(n(48), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Credit-union loan officer's Outlook invite for a mortgage pre-approval call, Mon 14 Dec 5:30 PM EST; "
           "mentions 'employment verification' but is not an interview")
def mortgage_call():
    body = t("""
        When: Monday, December 14, 2026 5:30 PM-6:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Phone - Tanya will call 401-555-0163

        *~*~*~*~*~*~*~*~*~*

        Hi Olivia,

        As promised, here's our pre-approval call. Since you're between roles, we'll talk through how
        underwriting looks at a contract position and a pending offer - have your last two pay stubs and
        any offer letter handy for the employment verification piece.

        Tanya Rocha
        Mortgage Loan Officer, NMLS #1874420
        Pawtuxet Valley Credit Union
        """)
    ics = CREDIT_UNION_ICS.format(vtz=VTZ["Eastern Standard Time"])
    msgid = "<SN7PR12MB8046B5C7D9E1F3A5B7C9D1E3F5A7@SN7PR12MB8046.namprd12.prod.outlook.com>"
    hs = head(addr("Tanya Rocha", "trocha@pawtuxetvalleycu.org"), "Mortgage pre-approval call - Olivia Mercado",
              "2026-12-09 13:40", NY, msgid, relay="mail-sn7nam12on2128.outbound.protection.outlook.com",
              extra=(("Content-Language", "en-US"),))
    return message(hs, alt(text(body, charset="us-ascii"), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(49), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Rental tour confirmation in Boston (Jamaica Plain), Sat 10/24 11:00 AM; a flat viewing, not an "
           "interview")
def apartment_tour():
    body = t("""
        Your tour is confirmed!

        14 Pond Street, Unit 3 - Jamaica Plain, Boston, MA 02130
        2 bd · 1 ba · $2,950/mo

        Saturday, October 24, 2026 at 11:00 AM
        Agent: Brianna Costa, Pond Street Realty

        Brianna will meet you at the front door. Bring a photo ID. If you'd like to apply the same day,
        have proof of income ready (pay stubs or an offer letter).

        Need to reschedule? Reply STOP TOUR to cancel, or use the link in the Rentwise app.

        Rentwise · Find your next place
        """)
    htm = gmail_html(body)
    msgid = "<rw.tour.5d2a8f1c@mail.rentwise.com>"
    hs = head(addr("Rentwise", "tours@mail.rentwise.com"),
              "Tour confirmed: 14 Pond St #3, Sat Oct 24 at 11:00 AM", "2026-10-21 09:18", NY, msgid,
              relay="o12.mail.rentwise.com")
    return message(hs, alt(text(body), html(htm, cte="base64")))


@mail(n(50), family="candidate_survey", lang="en", interview=False, company="Meridian Vascular",
      days=(("Thu", "2026-11-19"),),
      note="Candidate-experience survey the day after the Meridian onsite of Thursday, November 19; a past "
           "interview, nothing scheduled")
def meridian_survey():
    body = t("""
        Hi Olivia,

        Thank you for interviewing with Meridian Vascular on Thursday, November 19. We'd love to hear how it
        went - it takes about two minutes and your answers are anonymous to the hiring team.

        How likely are you to recommend interviewing at Meridian Vascular to a friend?
        0  1  2  3  4  5  6  7  8  9  10
        https://candidatepulse.io/s/mv/4e7b21?score=

        Your recruiter will be in touch separately about next steps.

        Meridian Vascular Talent Team
        Powered by CandidatePulse
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Olivia,</p>
        <p>Thank you for interviewing with Meridian Vascular on Thursday, November 19. We'd love to hear how it
        went - it takes about two minutes and your answers are anonymous to the hiring team.</p>
        <p><b>How likely are you to recommend interviewing at Meridian Vascular to a friend?</b></p>
        <p><a href="https://candidatepulse.io/s/mv/4e7b21?score=0">0</a> <a href="https://candidatepulse.io/s/mv/4e7b21?score=5">5</a>
        <a href="https://candidatepulse.io/s/mv/4e7b21?score=10">10</a></p>
        <p>Your recruiter will be in touch separately about next steps.</p>
        <p>Meridian Vascular Talent Team<br><span style="font-size:11px;color:#999">Powered by CandidatePulse</span></p>
        </body></html>
        """)
    msgid = "<cp.survey.4e7b21@candidatepulse.io>"
    hs = head(addr("Meridian Vascular", "survey@candidatepulse.io"),
              "How was your interview with Meridian Vascular?", "2026-11-20 11:00", NY, msgid,
              relay="send2.candidatepulse.io")
    return message(hs, alt(text(body), html(htm)))
