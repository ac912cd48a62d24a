"""blind55: 50 hand-written mails from the inbox of a data analyst in Nairobi (EAT, UTC+3, no DST).

Inbox owner: Achieng Otieno <achieng.otieno@example.org> (older address achieng.otieno@example.com).
Built by ``python3 bench/heldout/make_blind.py blind55``; the MIME plumbing and checks are make.py's.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives, in writing
order; file numbers are ORDER[key - 1], a fixed shuffle.
"""

from __future__ import annotations

import base64
import hashlib
import random

import make
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
    raw_part,
    received,
    t,
    text,
)

# Exchange writes the Windows zone names; the checks map them to IANA through this table.
make.WINDOWS_ZONES.setdefault("E. Africa Standard Time", "Africa/Nairobi")
make.WINDOWS_ZONES.setdefault("South Africa Standard Time", "Africa/Johannesburg")

ORDER = random.Random(55055).sample(range(1, 51), 50)

ME = "achieng.otieno@example.org"
ME_OLD = "achieng.otieno@example.com"
ME_NAME = "Achieng Otieno"
NBO = "Africa/Nairobi"


def n(key: int) -> str:
    return f"blind55_{ORDER[key - 1]:03d}"


def hx(seed: str, k: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:k]


def head(frm: str, subject: str, when: str, zone: str, msgid: str, src: str, *, to: str | None = None,
         cc: str | None = None, reply_to: str | None = None, pre: tuple = (), extra: tuple = (),
         lag: int = 4) -> list[tuple[str, str]]:
    ident = f"mx1.example.org (Postfix) with ESMTPS id {hx(msgid, 10).upper()}"
    hs = [("Return-Path", "<" + frm.split("<")[-1].rstrip(">") + ">"), ("Delivered-To", ME),
          ("Received", received(src, when, zone, ident, ME, lag)), *pre, ("From", frm)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to or addr(ME_NAME, ME)))
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc(subject)), ("Date", date(when, zone)), ("Message-ID", msgid), *extra]
    return hs


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def gcal_tail(eid: str) -> str:
    return t(f"""
        Reply for {ME}
        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&tok=MjYj
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&tok=MjYj
        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&tok=MjYj
        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYj

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)


def teams_block(meeting_id: str, passcode: str, seed: str) -> str:
    line = "_" * 80
    return t(f"""
        {line}
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx(seed, 40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{hx(seed + 't', 8)}%22%7d>
        Meeting ID: {meeting_id}
        Passcode: {passcode}
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={hx(seed + 'o', 8)}>
        {line}
        """)


EAT_VTZ = """BEGIN:VTIMEZONE
TZID:E. Africa Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:DAYLIGHT
END:VTIMEZONE"""

NAIROBI_VTZ = """BEGIN:VTIMEZONE
TZID:Africa/Nairobi
X-LIC-LOCATION:Africa/Nairobi
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
TZNAME:EAT
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


def exchange_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hx(seed, 16).upper() + "01000000000000000010000000" + hx(seed + "u", 32).upper()


def exchange_tail(seed: str, seq: int = 0, busy: str = "TENTATIVE") -> str:
    return t(f"""
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-OWNERAPPTID:-{int(hx(seed + 'a', 8), 16) % 2000000000}
        X-MICROSOFT-CDO-BUSYSTATUS:{busy}
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


def ics_text(s: str) -> str:
    """Escape a text value for an ICS property (RFC 5545 3.3.11)."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


GMAIL_SRC = "from mail-{0}.google.com (mail-{0}.google.com [209.85.{1}])"


# =========================================================================== positives


# --- key 1: SuccessFactors invitation, forwarded from the old address to the main one
@mail(n(1), family="successfactors_forward", lang="en", interview=True, kind="scheduled",
      start="2026-04-14T07:00:00Z", end=None, contact="grace.wambui@mawingutelecom.co.ke",
      company="Mawingu Telecom PLC", local="Tue 2026-04-14 10:00", zone=NBO,
      days=(("Fri", "2026-04-10"),),
      note="Self-forward of a SuccessFactors oral-interview invitation: Tuesday 14th April 2026, 10:00 am EAT "
           "= 07:00Z; no duration. Sender is a system mailbox and the forwarder is the candidate, so contact = "
           "the recruiter named in the body. 'Please confirm your availability' on a fixed slot: scheduled.")
def p01() -> bytes:
    body = t("""
        Saving this here so it doesn't get lost in the other inbox. Tuesday!!

        ---------- Forwarded message ---------
        From: Mawingu Telecom Recruitment <no-reply@successfactors.eu>
        Date: Tue, Apr 7, 2026 at 4:20 PM
        Subject: INVITATION FOR INTERVIEW - DATA ANALYST, ENTERPRISE BUSINESS (REQ-10482)
        To: <achieng.otieno@example.com>


        Dear Achieng Otieno,

        RE: INVITATION FOR INTERVIEW - DATA ANALYST, ENTERPRISE BUSINESS (REQ-10482)

        Following your application for the above position, we are pleased to inform you that you have been shortlisted for an oral interview as detailed below:

        Date:    Tuesday, 14th April 2026
        Time:    10:00 am EAT (kindly report 30 minutes earlier for registration)
        Venue:   Mawingu House, 4th Floor, Waiyaki Way, Westlands, Nairobi

        Kindly carry the following documents:
          1. Original National ID card
          2. Original academic and professional certificates and transcripts
          3. A copy of your updated CV

        Please confirm your availability by replying to Grace Wambui (grace.wambui@mawingutelecom.co.ke) not later than Friday, 10th April 2026.

        Please note that Mawingu Telecom PLC does not charge any fee at any stage of its recruitment process. Report any such request to ethics@mawingutelecom.co.ke.

        We wish you all the best.

        Regards,

        Talent Acquisition Team
        Mawingu Telecom PLC

        This is a system generated email. Please do not reply directly to this message.
        """)
    msgid = "<CAHt7q0v9KeR2mXw5Lq1Zp3nT8yJ4aBcd=Vx0s6fE1uWq2oP7rQ@mail.gmail.com>"
    hs = head(addr(ME_NAME, ME_OLD), "Fwd: INVITATION FOR INTERVIEW - DATA ANALYST, ENTERPRISE BUSINESS (REQ-10482)",
              "2026-04-08 07:12:40", NBO, msgid, GMAIL_SRC.format("sor-f41", "220.41"),
              extra=(("In-Reply-To", "<1391650387.88213.1775568000417.JavaMail.sfuser@pc12bcf84.successfactors.eu>"),
                     ("References", "<1391650387.88213.1775568000417.JavaMail.sfuser@pc12bcf84.successfactors.eu>")))
    return message(hs, alt(text(body, "UTF-8"), html(gmail_html(body), "UTF-8")))


# --- key 2: Google Calendar invitation (organizer = hiring manager), after the slot proposal (key 29)
@mail(n(2), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-04-23T11:00:00Z", end="2026-04-23T12:00:00Z", contact="njeri@tausipay.com",
      company="Tausi Pay", local="Thu 2026-04-23 14:00", local_end="2026-04-23 15:00", zone=NBO,
      note="Google Calendar invitation, Thu Apr 23 2026 2pm-3pm (EAT) = 11:00-12:00Z; ICS in UTC agrees. "
           "Contact = organizer (Head of Data). Follows the slot proposal in the same thread.")
def p02() -> bytes:
    eid = "NWdzbzNrcTE0cjY4Y2tqZGFqMm1vN2l2YjQgYWNoaWVuZy5vdGllbm9AZXhhbXBsZS5vcmc"
    body = t("""
        Technical interview – Achieng Otieno (Data Analyst)
        Thursday Apr 23, 2026 ⋅ 2pm – 3pm
        East Africa Time

        Hi Achieng, as agreed – one hour with me and Kipchumba from data engineering. We'll do a short SQL exercise together (shared screen, no tricks) and then talk through one of your past projects. No slides needed.

        Join with Google Meet
        https://meet.google.com/qbx-trmz-wpe

        Join by phone
        (KE) +254 20 765 0123 PIN: 483920118#

        More phone numbers
        https://tel.meet/qbx-trmz-wpe?pin=4839201181357

        Guests
        Njeri Kamau - organizer
        Kipchumba Rotich
        achieng.otieno@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=""" + eid + """

        """) + gcal_tail(eid)
    htm = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Event"><meta itemprop="description" content="Technical interview – Achieng Otieno (Data Analyst)"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Technical interview – Achieng Otieno (Data Analyst)</h2>
        <div style="font-size:14px">Thursday Apr 23, 2026 ⋅ 2pm – 3pm<br>East Africa Time</div>
        <p style="font-size:14px">Hi Achieng, as agreed – one hour with me and Kipchumba from data engineering. We'll do a short SQL exercise together (shared screen, no tricks) and then talk through one of your past projects. No slides needed.</p>
        <p><a href="https://meet.google.com/qbx-trmz-wpe" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p style="font-size:14px">meet.google.com/qbx-trmz-wpe<br>Join by phone: (KE) +254 20 765 0123 PIN: 483920118#</p>
        <h3 style="font-size:14px">Guests</h3>
        <ul style="font-size:14px"><li><a href="mailto:njeri@tausipay.com">Njeri Kamau</a> - organizer</li><li><a href="mailto:kipchumba@tausipay.com">Kipchumba Rotich</a></li><li><a href="mailto:achieng.otieno@example.org">achieng.otieno@example.org</a></li></ul>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260423T110000Z
        DTEND:20260423T120000Z
        DTSTAMP:20260417T080327Z
        ORGANIZER;CN=Njeri Kamau:mailto:njeri@tausipay.com
        UID:5gso3kq14r68ckjdaj2mo7ivb4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Njeri Kamau;X-NUM-GUESTS=0:mailto:njeri@tausipay.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kipchumba Rotich;X-NUM-GUESTS=0:mailto:kipchumba@tausipay.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=achieng.otieno@example.org;X-NUM-GUESTS=0:mailto:achieng.otieno@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/qbx-trmz-wpe
        CREATED:20260417T080325Z
        DESCRIPTION:Hi Achieng\\, as agreed – one hour with me and Kipchumba from data engineering. We'll do a short SQL exercise together (shared screen\\, no tricks) and then talk through one of your past projects. No slides needed.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/qbx-trmz-wpe\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260417T080326Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Technical interview – Achieng Otieno (Data Analyst)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<calendar-6c0e2b71-94fd-4a2e-b8e3-5d1f7a09c4e2@google.com>"
    hs = head(addr("Njeri Kamau", "njeri@tausipay.com"),
              "Invitation: Technical interview – Achieng Otieno (Data Analyst) @ Thu Apr 23, 2026 2pm - 3pm (EAT) (achieng.otieno@example.org)",
              "2026-04-17 08:03:27", "UTC", msgid, GMAIL_SRC.format("sor-f73", "220.73"),
              pre=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              reply_to=addr("Njeri Kamau", "njeri@tausipay.com"), to=ME)
    return message(hs, mixed(
        alt(text(body, "UTF-8", "quoted-printable"), html(htm, "UTF-8", "quoted-printable"),
            calendar(ics, "REQUEST", cte="base64", charset="UTF-8")),
        calendar(ics, None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --- key 3: Exchange meeting request from a Nairobi bank; the time is only in the calendar part
@mail(n(3), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-05-11T06:30:00Z", end="2026-05-11T07:30:00Z", contact="dennis.wafula@mvulibank.co.ke",
      company="Mvuli Bank Kenya", local="Mon 2026-05-11 09:30", local_end="2026-05-11 10:30", zone=NBO,
      note="Exchange meeting request, TZID 'E. Africa Standard Time' (UTC+3): 09:30-10:30 on Mon 11 May 2026 "
           "= 06:30-07:30Z. The typed note does not repeat the time; it is in the ICS only. Contact = ORGANIZER "
           "/ sender (talent acquisition partner).")
def p03() -> bytes:
    seed = "mvuli-panel"
    note = t("""
        Dear Achieng,

        Further to our telephone conversation this afternoon, please find below the invitation for your panel interview for the position of Data Analyst – Credit Risk.

        The interview will be conducted on Microsoft Teams. Kindly log in 10 minutes early and ensure you are in a quiet place with a stable internet connection. You will be asked to share your screen for a short Excel/SQL exercise.

        Panel:
        - Caroline Mutua – Head, Credit Risk Analytics
        - Samuel Kiprono – Senior Data Scientist
        - Dennis Wafula – Talent Acquisition

        Kindly accept the invite to confirm your attendance.

        Regards,

        Dennis Wafula | Talent Acquisition Partner
        Mvuli Bank Kenya Limited | Mvuli Towers, Upper Hill, Nairobi
        T: +254 20 555 0148 | M: +254 722 555 914

        """) + teams_block("364 918 205 447", "Xk7Tq2", seed) + t("""

        Disclaimer: This email and any attachments are confidential and intended solely for the addressee. Mvuli Bank Kenya Limited is regulated by the Central Bank of Kenya.
        """)
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
           "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
           + "".join(f"<p>{ln}</p>" if ln else "" for ln in note.replace("&", "&amp;").replace("<", "&lt;").split("\n"))
           + "</div></body></html>\n")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + EAT_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Wafula, Dennis":mailto:dennis.wafula@mvulibank.co.ke
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Achieng Otieno:mailto:achieng.otieno@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mutua, Caroline":mailto:caroline.mutua@mvulibank.co.ke
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kiprono, Samuel":mailto:samuel.kiprono@mvulibank.co.ke
        DESCRIPTION;LANGUAGE=en-US:Dear Achieng\\,\\n\\nFurther to our telephone conversation this afternoon\\, please find below the invitation for your panel interview for the position of Data Analyst – Credit Risk.\\n\\nKindly accept the invite to confirm your attendance.\\n\\nRegards\\,\\nDennis Wafula\\n
        UID:{exchange_uid(seed)}
        SUMMARY;LANGUAGE=en-US:Panel Interview – Data Analyst (Credit Risk) – Achieng Otieno
        DTSTART;TZID=E. Africa Standard Time:20260511T093000
        DTEND;TZID=E. Africa Standard Time:20260511T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260505T124709Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        """) + exchange_tail(seed))
    msgid = "<DB9PR08MB7211C4F0A93E5B2D16F8A4E7C91B2@DB9PR08MB7211.eurprd08.prod.outlook.com>"
    hs = head('"Wafula, Dennis" <dennis.wafula@mvulibank.co.ke>', "Panel Interview – Data Analyst (Credit Risk)",
              "2026-05-05 15:47:09", NBO, msgid,
              "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
              extra=(("Thread-Topic", "Panel Interview – Data Analyst (Credit Risk)".replace("–", "-")),
                     ("Thread-Index", "AdrcS1vZ8pQm3c4iTk2h7nR0wX1yBA=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(note, "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable"),
                           calendar(ics, "REQUEST", cte="base64")))


# --- key 4: Greenhouse confirmation, London company, BST
@mail(n(4), family="greenhouse", lang="en-GB", interview=True, kind="scheduled",
      start="2026-05-06T10:00:00Z", end="2026-05-06T11:00:00Z", contact="hannah.pryce@larkspurhealth.co.uk",
      company="Larkspur Health Analytics", local="Wed 2026-05-06 11:00", local_end="2026-05-06 12:00",
      zone="Europe/London",
      note="Greenhouse confirmation: Wednesday May 6th 2026, 11:00 AM - 12:00 PM BST = 10:00-11:00Z "
           "(13:00-14:00 in Nairobi); ICS in UTC agrees. Contact = Reply-To recruiter (also ORGANIZER).")
def p04() -> bytes:
    body = t("""
        Hi Achieng,

        Thank you for your continued interest in Larkspur Health Analytics! I'm pleased to confirm your interview for the Data Analyst (Remote – EMEA) position. Please see the details below.

        Wednesday, May 6th, 2026
        11:00 AM - 12:00 PM BST

        11:00 AM - 11:30 AM   Tom Ashdown, Analytics Lead
        11:30 AM - 12:00 PM   Priya Natarajan, Senior Data Analyst

        Location: Google Meet – https://meet.google.com/uvk-pdzs-hje

        The first half is a conversation about your experience so far; in the second half Priya will share a small dataset on screen and ask how you would approach it. There's nothing to prepare in advance.

        If you have any questions or need to make a change, just reply to this email.

        Best,
        Hannah Pryce
        Talent Partner, Larkspur Health Analytics
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Achieng,</p>
        <p>Thank you for your continued interest in Larkspur Health Analytics! I'm pleased to confirm your interview for the Data Analyst (Remote &ndash; EMEA) position. Please see the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td colspan="2"><strong>Wednesday, May 6th, 2026</strong><br>11:00 AM - 12:00 PM BST</td></tr>
        <tr><td>11:00 AM - 11:30 AM</td><td>Tom Ashdown, Analytics Lead</td></tr>
        <tr><td>11:30 AM - 12:00 PM</td><td>Priya Natarajan, Senior Data Analyst</td></tr>
        </table>
        <p>Location: Google Meet &ndash; <a href="https://meet.google.com/uvk-pdzs-hje">https://meet.google.com/uvk-pdzs-hje</a></p>
        <p>The first half is a conversation about your experience so far; in the second half Priya will share a small dataset on screen and ask how you would approach it. There's nothing to prepare in advance.</p>
        <p>If you have any questions or need to make a change, just reply to this email.</p>
        <p>Best,<br>Hannah Pryce<br>Talent Partner, Larkspur Health Analytics</p>
        <img src="https://app.greenhouse.io/email_open/t/8f3a21c9" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:interview-58213377-larkspur@greenhouse.io
        DTSTAMP:20260429T132251Z
        DTSTART:20260506T100000Z
        DTEND:20260506T110000Z
        SUMMARY:Interview: Achieng Otieno - Data Analyst (Remote - EMEA) - Larkspur Health Analytics
        LOCATION:https://meet.google.com/uvk-pdzs-hje
        ORGANIZER;CN=Hannah Pryce:mailto:hannah.pryce@larkspurhealth.co.uk
        ATTENDEE;CN=Achieng Otieno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:achieng.otieno@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<tRk2WvQ9S0mU4hD1cXy7bg@geopod-ismtpd-3>"
    hs = head("Larkspur Health Analytics <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Data Analyst (Remote – EMEA) at Larkspur Health Analytics",
              "2026-04-29 14:22:51", "Europe/London", msgid,
              "from o1678.us.greenhouse-mail.io (o1678.us.greenhouse-mail.io [167.89.101.54])",
              reply_to=addr("Hannah Pryce", "hannah.pryce@larkspurhealth.co.uk"))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, "REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


# --- key 5: Calendly invitee confirmation from a New York team, shown in East Africa Time
@mail(n(5), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start="2026-06-16T14:00:00Z", end="2026-06-16T14:30:00Z", contact="marcus@brightlinecivic.org",
      company="Brightline Civic Data", local="Tue 2026-06-16 17:00", local_end="2026-06-16 17:30", zone=NBO,
      note="Calendly invitee confirmation in the invitee's zone: 5:00pm - 5:30pm (East Africa Time) on Tuesday, "
           "June 16, 2026 = 14:00-14:30Z (10am EDT for the host). Contact = host via Reply-To.")
def p05() -> bytes:
    body = t("""
        Hi Achieng Otieno,

        Your Hiring Manager Chat – Data Analyst with Marcus Hale at 5:00pm - 5:30pm (East Africa Time) on Tuesday, June 16, 2026 is scheduled.

        Event Name:
        Hiring Manager Chat – Data Analyst

        Event Date/Time:
        5:00pm - 5:30pm (East Africa Time) on Tuesday, June 16, 2026

        Location:
        This is a Zoom web conference.
        You can join this meeting from your computer, tablet, or smartphone.
        https://brightlinecivic.zoom.us/j/87423390115?pwd=Qm5hdWZ0cXJ6b0VtV3l4aEtYa1pQZz09

        Invitee Time Zone:
        East Africa Time

        Questions:
        Anything you'd like Marcus to know before the call?
        I have been doing county-level health data dashboards in Power BI and would love to hear how your team works with civic datasets.

        View event in Calendly
        https://calendly.com/events/8c1d72e4-3f0a-4b9e-a6c1-2d5f9e0b7a34

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7e4b9d20-11aa-4c3f-9d61-0f2e8b5a6c47
        Reschedule: https://calendly.com/reschedulings/7e4b9d20-11aa-4c3f-9d61-0f2e8b5a6c47

        Powered by Calendly.com
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Achieng Otieno,</p>
        <p>Your <strong>Hiring Manager Chat &ndash; Data Analyst</strong> with <strong>Marcus Hale</strong> at <strong>5:00pm - 5:30pm (East Africa Time) on Tuesday, June 16, 2026</strong> is scheduled.</p>
        <p><b>Event Name:</b><br>Hiring Manager Chat &ndash; Data Analyst</p>
        <p><b>Event Date/Time:</b><br>5:00pm - 5:30pm (East Africa Time) on Tuesday, June 16, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://brightlinecivic.zoom.us/j/87423390115?pwd=Qm5hdWZ0cXJ6b0VtV3l4aEtYa1pQZz09">https://brightlinecivic.zoom.us/j/87423390115</a></p>
        <p><b>Invitee Time Zone:</b><br>East Africa Time</p>
        <p><b>Questions:</b><br>Anything you'd like Marcus to know before the call?<br>I have been doing county-level health data dashboards in Power BI and would love to hear how your team works with civic datasets.</p>
        <p><a href="https://calendly.com/events/8c1d72e4-3f0a-4b9e-a6c1-2d5f9e0b7a34">View event in Calendly</a></p>
        <p>Need to make changes to this event?<br><a href="https://calendly.com/cancellations/7e4b9d20-11aa-4c3f-9d61-0f2e8b5a6c47">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/7e4b9d20-11aa-4c3f-9d61-0f2e8b5a6c47">Reschedule</a></p>
        <p style="color:#888;font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Calendly//Calendly Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20260611T121205Z
        DTSTART:20260616T140000Z
        DTEND:20260616T143000Z
        SUMMARY:Hiring Manager Chat – Data Analyst between Marcus Hale and Achieng Otieno
        UID:8c1d72e4-3f0a-4b9e-a6c1-2d5f9e0b7a34@calendly.com
        ORGANIZER;CN=Marcus Hale:mailto:marcus@brightlinecivic.org
        ATTENDEE;CN=Achieng Otieno;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:achieng.otieno@example.org
        LOCATION:https://brightlinecivic.zoom.us/j/87423390115?pwd=Qm5hdWZ0cXJ6b0VtV3l4aEtYa1pQZz09
        DESCRIPTION:Event Name: Hiring Manager Chat – Data Analyst\\n\\nLocation: This is a Zoom web conference.
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<01000190f7c3a2d1-5b8e2f4a-7c19-4e0d-9a63-2f81b0c4d5e6-000000@email.amazonses.com>"
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Hiring Manager Chat – Data Analyst with Marcus Hale on Tuesday, June 16, 2026",
              "2026-06-11 12:12:05", "UTC", msgid, "from a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])",
              reply_to=addr("Marcus Hale", "marcus@brightlinecivic.org"))
    return message(hs, mixed(alt(text(body, cte="base64"), html(htm, cte="base64")),
                             calendar(ics, "REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# --- key 6: Kampala recruiter confirms "Thursday at 11:00 am Kampala time" on top of the thread
@mail(n(6), family="human_reply_thread", lang="en", interview=True, kind="scheduled",
      start="2026-06-25T08:00:00Z", end=None, contact="ruth.nakato@nilecrestmfi.co.ug",
      company="Nile Crest Microfinance", local="Thu 2026-06-25 11:00", zone="Africa/Kampala",
      note="Outlook reply on top of the thread: 'Thursday at 11:00 am Kampala time' resolved against the Date "
           "(Mon 22 Jun 2026) = Thu 25 Jun, 08:00Z (Kampala = Nairobi = UTC+3). 'about 45 minutes' -> end null. "
           "Contact = human sender.")
def p06() -> bytes:
    body = t("""
        Dear Achieng,

        Well noted, thank you. That is confirmed then – Thursday at 11:00 am Kampala time (it is the same as Nairobi time). We shall use Zoom; the details are below. The panel will have three members and the session should take about 45 minutes.

        Join Zoom Meeting
        https://us06web.zoom.us/j/83512467790?pwd=bkZ0Wm1qUGx3aDQ0c2tVcU5yRTRoQT09

        Meeting ID: 835 1246 7790
        Passcode: 662418

        Kind regards,

        Ruth Nakato
        Human Resource Officer
        Nile Crest Microfinance Ltd
        Plot 14, Kampala Road | P.O. Box 7721, Kampala, Uganda
        Tel: +256 414 555 203

        From: Achieng Otieno <achieng.otieno@example.org>
        Sent: Saturday, June 20, 2026 7:58 PM
        To: Ruth Nakato <ruth.nakato@nilecrestmfi.co.ug>
        Subject: Re: Data Analyst role - next steps

        Dear Ruth,

        Thank you for the update, I am glad to hear from you. Thursday morning works best for me – would 11am be okay?

        Best regards,
        Achieng

        On Fri, 19 Jun 2026 at 16:31, Ruth Nakato <ruth.nakato@nilecrestmfi.co.ug> wrote:
        Dear Achieng,

        Thank you for your application for the Data Analyst position. We would like to invite you for a panel interview next week. Would Wednesday afternoon or Thursday morning suit you? It will be online since you are in Nairobi.

        Kind regards,
        Ruth
        """)
    msgid = "<PAXPR02MB7534E9C21B07A3D4F5168C0A92E4@PAXPR02MB7534.eurprd02.prod.outlook.com>"
    hs = head(addr("Ruth Nakato", "ruth.nakato@nilecrestmfi.co.ug"), "RE: Data Analyst role - next steps",
              "2026-06-22 10:41:18", "Africa/Kampala", msgid,
              "from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2088.outbound.protection.outlook.com [40.107.6.88])",
              extra=(("In-Reply-To", "<CAJm4Ws0nXz1QkE8yq9pT3r7=Vb2uHf6dLc5sAaR1oYgM0e8@mail.gmail.com>"),
                     ("References", "<PAXPR02MB75341F0C2B9D8E7A6F5B4C3D2E1A@PAXPR02MB7534.eurprd02.prod.outlook.com> "
                                    "<CAJm4Ws0nXz1QkE8yq9pT3r7=Vb2uHf6dLc5sAaR1oYgM0e8@mail.gmail.com>"),
                     ("Thread-Topic", "Data Analyst role - next steps"), ("Content-Language", "en-GB")))
    return message(hs, text(body, "utf-8", "quoted-printable"))


# --- key 7: NGO competency-based interview in Kigali time (CAT), windows-1252
@mail(n(7), family="ngo_letter", lang="en", interview=True, kind="scheduled",
      start="2026-07-08T07:00:00Z", end="2026-07-08T08:00:00Z", contact="claudine.uwase@umojahealth.org",
      company="Umoja Health Partners", local="Wed 2026-07-08 09:00", local_end="2026-07-08 10:00",
      zone="Africa/Kigali", days=(("Fri", "2026-07-03"),),
      note="NGO invitation to a competency-based interview, Wednesday 8 July 2026 09:00-10:00 hrs Kigali time "
           "(CAT, UTC+2) = 07:00-08:00Z (10:00 in Nairobi). From a shared recruitment mailbox; contact = HR "
           "officer's address in the signature. windows-1252 QP.")
def p07() -> bytes:
    body = t("""
        Dear Ms. Otieno,

        RE: INVITATION TO INTERVIEW – MONITORING, EVALUATION & DATA ANALYST (REF: UHP/RW/2026/031)

        We are pleased to inform you that following the review of applications, you have been shortlisted for the above position.

        You are invited to a competency-based interview which will be held virtually via Zoom on Wednesday, 8 July 2026 from 09:00 to 10:00 hrs Kigali time (CAT). Please note that Kigali time is one hour behind East Africa Time.

        The interview will assess the competencies listed in the job description, in particular: Data Management & Analysis, Communication, Planning & Organising, and Integrity. You may be asked to give specific examples from your past work (“Tell us about a time when…”).

        Kindly confirm your participation by replying to this email by Friday, 3 July 2026, and ensure you have a working camera and microphone. The Zoom link will be shared a day before the interview.

        Please note that Umoja Health Partners does not charge a fee at any stage of the recruitment process.

        Yours sincerely,

        Claudine Uwase
        HR Officer – Rwanda Country Office
        Umoja Health Partners
        KG 7 Ave, Kacyiru, Kigali
        claudine.uwase@umojahealth.org | +250 788 555 412
        """)
    msgid = "<AS8PR06MB7950A62D1C43E8F95B0D7A3E41C2@AS8PR06MB7950.eurprd06.prod.outlook.com>"
    hs = head("UHP Rwanda Recruitment <recruitment.rw@umojahealth.org>",
              "Invitation to Interview – M&E and Data Analyst (UHP/RW/2026/031)",
              "2026-07-01 16:05:44", "Africa/Kigali", msgid,
              "from EUR03-AS8-obe.outbound.protection.outlook.com (mail-as8eur03on2119.outbound.protection.outlook.com [40.107.241.119])",
              extra=(("Content-Language", "en-US"),))
    return message(hs, text(body, "windows-1252", "quoted-printable"))


# --- key 8: UN-style programme, competency-based interview at "1400hrs Nairobi time"
@mail(n(8), family="ngo_letter", lang="en", interview=True, kind="scheduled",
      start="2026-09-02T11:00:00Z", end=None, contact="halima.abdi@eawri.org",
      company="East African Water Resilience Initiative", local="Wed 2026-09-02 14:00", zone=NBO,
      note="Invitation to a competency-based interview on Wednesday, 2 September 2026 at 1400hrs Nairobi time "
           "(GMT+3) = 11:00Z; 'approximately 60 minutes' -> end null. Sender is a shared talent mailbox; contact "
           "= the HR assistant named in the body. Follows the written test (key 32).")
def p08() -> bytes:
    body = t("""
        Dear Ms. Otieno,

        Vacancy Announcement No. EAWRI/2026/DA/014 – Associate Data Analyst (P-2), Nairobi

        Following the written assessment held on 18 August 2026, we are pleased to invite you to a competency-based interview (CBI) for the above-mentioned position.

        Date:      Wednesday, 2 September 2026
        Time:      1400hrs Nairobi time (GMT+3)
        Mode:      Microsoft Teams (link to follow from the panel secretary)
        Duration:  approximately 60 minutes

        The panel will consist of three members, including the hiring manager. Questions will be based on the competencies of the position: Professionalism, Communication, Teamwork, Planning and Organizing, and Technological Awareness. We recommend that you structure your answers using the Situation – Task – Action – Result approach.

        Please ensure that you have a valid photo identification (passport or national ID) available, as the panel will verify your identity at the start of the interview.

        Kindly acknowledge receipt of this invitation and confirm your availability within 48 hours. Should you have any questions, please contact Ms. Halima Abdi, Human Resources Assistant (halima.abdi@eawri.org).

        Please note that EAWRI does not charge a fee at any stage of the recruitment process (application, interview, processing or training).

        Best regards,

        Talent Management Unit
        East African Water Resilience Initiative (EAWRI)
        UN Avenue, Gigiri, P.O. Box 30552-00100, Nairobi, Kenya
        """)
    htm = ("<html><body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:10.5pt\">\n"
           + "\n".join(f"<p>{ln}</p>" if ln.strip() else "" for ln in body.replace("&", "&amp;").split("\n"))
           + "\n</body></html>\n")
    msgid = "<VI1PR10MB2583D7E05A3C1B8E4F9D60C2B7A1@VI1PR10MB2583.EURPRD10.PROD.OUTLOOK.COM>"
    hs = head("EAWRI Talent Management <talent@eawri.org>",
              "Invitation to Competency-Based Interview - Associate Data Analyst (P-2), VA No. EAWRI/2026/DA/014",
              "2026-08-25 09:30:12", NBO, msgid,
              "from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2100.outbound.protection.outlook.com [40.107.21.100])",
              extra=(("Importance", "high"), ("X-Priority", "1")))
    return message(hs, alt(text(body, "utf-8", "base64"), html(htm, "utf-8", "base64")))


# --- key 9: Workable confirmation, Berlin company, first week of CET (mail sent in CEST)
@mail(n(9), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T09:00:00Z", end="2026-10-29T09:45:00Z", contact=None,
      company="Kornblume Analytics", local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45",
      zone="Europe/Berlin", days=(("Sun", "2026-10-25"),),
      note="Workable confirmation: Thursday, 29 October 2026, 10:00 - 10:45 CET (Europe/Berlin). Europe left "
           "summer time on 25 Oct, so CET = UTC+1: 09:00-09:45Z (12:00 in Nairobi); the mail itself is dated "
           "in CEST. ICS TZID Europe/Berlin agrees. Reply-To and ORGANIZER are Workable relay addresses and no "
           "personal address appears -> contact null.")
def p09() -> bytes:
    relay = "kornblume-analytics+e2a91f4c7b3d@candidates.workablemail.com"
    body = t("""
        Kornblume Analytics

        Hi Achieng,

        Your interview for the Data Analyst (Remote, EMEA) job at Kornblume Analytics is confirmed.

        VIDEO INTERVIEW
        Thursday, 29 October 2026
        10:00 - 10:45 CET (Europe/Berlin)

        Interviewers: Jonas Reiter, Mira Albrecht

        Join the call: https://meet.google.com/ahr-wqne-tpk

        Message from Jonas Reiter:
        "Hi Achieng, looking forward to talking! Heads-up: our clocks go back on Sunday the 25th, so this will be 12:00 your time, not 11:00. We'll start with your take on the case we sent and then go into questions about SQL and experimentation. Cheers, Jonas"

        Need to reschedule? Reply to this email and let us know.

        Best of luck!
        The Kornblume Analytics hiring team

        --
        Sent via Workable | Kornblume Analytics GmbH, Oranienstraße 24, 10999 Berlin
        """)
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#fff;margin:24px 0">
        <tr><td style="font-size:18px;font-weight:bold">Kornblume Analytics</td></tr>
        <tr><td style="font-size:15px;line-height:1.5">
        <p>Hi Achieng,</p>
        <p>Your interview for the <b>Data Analyst (Remote, EMEA)</b> job at Kornblume Analytics is confirmed.</p>
        <div style="border:1px solid #e1e4e8;padding:12px"><div style="font-size:12px;color:#6a737d">VIDEO INTERVIEW</div>
        <div><b>Thursday, 29 October 2026</b></div><div>10:00 - 10:45 CET (Europe/Berlin)</div>
        <div style="margin-top:8px">Interviewers: Jonas Reiter, Mira Albrecht</div>
        <div style="margin-top:8px"><a href="https://meet.google.com/ahr-wqne-tpk">Join the call</a></div></div>
        <p><b>Message from Jonas Reiter:</b><br><i>&ldquo;Hi Achieng, looking forward to talking! Heads-up: our clocks go back on Sunday the 25th, so this will be 12:00 your time, not 11:00. We'll start with your take on the case we sent and then go into questions about SQL and experimentation. Cheers, Jonas&rdquo;</i></p>
        <p>Need to reschedule? Reply to this email and let us know.</p>
        <p>Best of luck!<br>The Kornblume Analytics hiring team</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Sent via Workable &middot; Kornblume Analytics GmbH, Oranienstra&szlig;e 24, 10999 Berlin</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t(f"""
        BEGIN:VEVENT
        UID:wk-evt-41a7c2e9d05b@workable.com
        DTSTAMP:20261022T111822Z
        DTSTART;TZID=Europe/Berlin:20261029T100000
        DTEND;TZID=Europe/Berlin:20261029T104500
        SUMMARY:Interview: Achieng Otieno – Data Analyst (Remote\\, EMEA) – Kornblume Analytics
        LOCATION:https://meet.google.com/ahr-wqne-tpk
        ORGANIZER;CN=Kornblume Analytics:mailto:{relay}
        ATTENDEE;CN=Achieng Otieno;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:achieng.otieno@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<0102019a0b3e7c21-6f4d8a92-3b1e-4c7d-9e05-a2f6c8d1b3e4-000000@eu-west-1.amazonses.com>"
    hs = head("Kornblume Analytics <noreply@candidates.workablemail.com>",
              "Interview confirmed: Data Analyst (Remote, EMEA) at Kornblume Analytics",
              "2026-10-22 13:18:22", "Europe/Berlin", msgid,
              "from b224-13.smtp-out.eu-west-1.amazonses.com (b224-13.smtp-out.eu-west-1.amazonses.com [69.169.224.13])",
              reply_to=addr("Kornblume Analytics", relay))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, "REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment")))


# --- key 10: Lever confirmation from New York, in the three weeks when the US is on EDT and Europe is not
@mail(n(10), family="lever", lang="en-US", interview=True, kind="scheduled",
      start="2026-03-10T13:00:00Z", end="2026-03-10T14:00:00Z", contact="dana.whitfield@tallgrassmetrics.com",
      company="Tallgrass Metrics", local="Tue 2026-03-10 09:00", local_end="2026-03-10 10:00",
      zone="America/New_York",
      note="Lever confirmation sent Thu 5 Mar (EST, -0500) for Tuesday, March 10 at 9:00am - 10:00am EDT: US "
           "daylight time starts 8 Mar, so 13:00-14:00Z (16:00 in Nairobi). No ICS. Contact = Reply-To "
           "recruiter.")
def p10() -> bytes:
    body = t("""
        Hi Achieng,

        Your interview with Tallgrass Metrics has been scheduled! Here are the details:

        Role: Data Analyst, Growth (Remote)
        Interview: Technical Interview – SQL & Python
        Date: Tuesday, March 10, 2026
        Time: 9:00am - 10:00am EDT
        Interviewer(s): Ben Okafor (Senior Analytics Engineer)
        Location: Zoom – https://tallgrass.zoom.us/j/94017728830

        You'll be working in a shared CoderPad, so please make sure you have a stable connection and a laptop (not a phone). You're welcome to use whichever SQL dialect you're most comfortable with.

        If you need to reschedule, please reply to this email as soon as possible.

        Looking forward to it,
        Dana Whitfield
        Recruiting @ Tallgrass Metrics

        Sent with Lever
        """)
    htm = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333">
        <p>Hi Achieng,</p>
        <p>Your interview with Tallgrass Metrics has been scheduled! Here are the details:</p>
        <p><b>Role:</b> Data Analyst, Growth (Remote)<br>
        <b>Interview:</b> Technical Interview &ndash; SQL &amp; Python<br>
        <b>Date:</b> Tuesday, March 10, 2026<br>
        <b>Time:</b> 9:00am - 10:00am EDT<br>
        <b>Interviewer(s):</b> Ben Okafor (Senior Analytics Engineer)<br>
        <b>Location:</b> Zoom &ndash; <a href="https://tallgrass.zoom.us/j/94017728830">https://tallgrass.zoom.us/j/94017728830</a></p>
        <p>You'll be working in a shared CoderPad, so please make sure you have a stable connection and a laptop (not a phone). You're welcome to use whichever SQL dialect you're most comfortable with.</p>
        <p>If you need to reschedule, please reply to this email as soon as possible.</p>
        <p>Looking forward to it,<br>Dana Whitfield<br>Recruiting @ Tallgrass Metrics</p>
        <p style="font-size:11px;color:#aaa">Sent with <a href="https://www.lever.co" style="color:#aaa">Lever</a></p>
        </div>
        """)
    msgid = "<20260305150211.1.7C3A91E2D4B05F68@hire.lever.co>"
    hs = head("Tallgrass Metrics <no-reply@hire.lever.co>", "Your interview with Tallgrass Metrics is confirmed",
              "2026-03-05 10:02:11", "America/New_York", msgid,
              "from m42-10.mailgun.net (m42-10.mailgun.net [69.72.42.10])",
              reply_to=addr("Dana Whitfield", "dana.whitfield@tallgrassmetrics.com"))
    return message(hs, alt(text(body), html(htm)))


# --- key 11: WhatsApp conversation pasted into a mail to herself
@mail(n(11), family="whatsapp_forward", lang="en", interview=True, kind="scheduled",
      start="2026-07-20T06:30:00Z", end=None, contact="brian.kiprotich@talantarecruit.co.ke",
      company="Jengo Logistics", local="Mon 2026-07-20 09:30", zone=NBO,
      note="The candidate mails herself a pasted WhatsApp chat with the agency recruiter: interview with Jengo "
           "Logistics 'Monday 20th July at 9.30am' (Nairobi office) = 06:30Z. Sender is the candidate; contact = "
           "the recruiter's address she typed above the paste.")
def p11() -> bytes:
    body = t("""
        Jengo interview details from Brian's WhatsApp, for the record. His email is brian.kiprotich@talantarecruit.co.ke in case I need to send the certs beforehand.

        [15/07/2026, 16:42] Brian Kiprotich Talanta: Hi Achieng, hope this finds you well 🙏🏾
        [15/07/2026, 16:42] Brian Kiprotich Talanta: Good news!! Jengo Logistics have shortlisted you for the Data Analyst role. Your interview is confirmed for Monday 20th July at 9.30am at their offices, Jengo Towers 3rd flr, Mombasa Road (next to the Shell petrol station)
        [15/07/2026, 16:43] Brian Kiprotich Talanta: Panel of 3, Head of Finance will chair. Carry copies of your certificates and ID. Dress code smart casual
        [15/07/2026, 16:43] Brian Kiprotich Talanta: Kindly acknowledge
        [15/07/2026, 16:50] Achieng: Received, thank you so much Brian! I'll be there 🙌🏾
        [15/07/2026, 16:51] Brian Kiprotich Talanta: 👍🏾 all the best. Call me after
        """)
    msgid = "<7E1C4A2B-93D0-4F6E-B8A1-5C2D9E0F3A47@example.com>"
    hs = head(addr(ME_NAME, ME_OLD), "Jengo Logistics interview - Monday", "2026-07-15 17:05:33", NBO, msgid,
              "from smtp.example.com (smtp.example.com [203.0.113.25])",
              extra=(("X-Mailer", "iPhone Mail (22F76)"),))
    return message(hs, text(body, "utf-8", "quoted-printable"))


# --- key 12: "Perfect, Tuesday it is" on top of a Gmail thread; the time is in the quoted part
@mail(n(12), family="human_reply_thread", lang="en-sw", interview=True, kind="scheduled",
      start="2026-06-09T07:00:00Z", end=None, contact="salim.mwinyi@pwanifreight.co.ke",
      company="Pwani Freight & Clearing", local="Tue 2026-06-09 10:00", zone=NBO,
      days=(("Wed", "2026-06-10"),),
      note="Hiring manager closes the thread ('Perfect, Tuesday it is'); the slot is in the quoted messages: his "
           "two options and the candidate's pick, Tuesday 9th June at 10:00 am (Mombasa, EAT) = 07:00Z. 'about an "
           "hour' -> end null. Contact = human sender.")
def p12() -> bytes:
    body = t("""
        Perfect, Tuesday it is. Karibu Mombasa!

        Our office is on the 2nd floor of Bandari Plaza, Moi Avenue (opposite the Tusks). Just tell security at the gate that you are here to see me and they will direct you.

        Regards,
        Salim

        On Wed, 3 Jun 2026 at 21:14, Achieng Otieno <achieng.otieno@example.org> wrote:
        > Dear Salim,
        >
        > Thank you for the invitation. Tuesday 9th June at 10:00 am works well for me; I will travel down on Monday evening.
        >
        > Kind regards,
        > Achieng
        >
        > On Wed, 3 Jun 2026 at 15:02, Salim Mwinyi <salim.mwinyi@pwanifreight.co.ke> wrote:
        >> Dear Achieng,
        >>
        >> Hope this finds you well. Following your application for the Data Analyst role, we would like to invite you for an interview at our Mombasa office. Would either of the following work for you?
        >>
        >> - Tuesday 9th June, 10:00 am
        >> - Wednesday 10th June, 3:00 pm
        >>
        >> The interview will be with myself and our Finance Manager and will take about an hour.
        >>
        >> Regards,
        >> Salim Mwinyi
        >> Operations Manager, Pwani Freight & Clearing Ltd
        >> Bandari Plaza, Moi Avenue, Mombasa | +254 41 555 0192
        """)
    msgid = "<CAFk8Lw3Pz0uR6tYv2Qm9dN1xE5bJc7gHs4Ao=Ti8WqK3nB0fD@mail.gmail.com>"
    hs = head(addr("Salim Mwinyi", "salim.mwinyi@pwanifreight.co.ke"), "Re: Interview - Data Analyst (Mombasa)",
              "2026-06-04 12:26:50", NBO, msgid, GMAIL_SRC.format("pj1-f52", "210.52"),
              extra=(("In-Reply-To", "<CAD2mXq8Rt5vLp0Yk3Jn7Wc1Hs9Ez4Bf6Ug=Qa2Oi5Mr8Td@mail.gmail.com>"),
                     ("References", "<CAFk8Lw1Zb5pQ2rN0tXy7Mv3Hc9Jd6Ke4Gs=Aa8Ui1Lo5Wf@mail.gmail.com> "
                                    "<CAD2mXq8Rt5vLp0Yk3Jn7Wc1Hs9Ez4Bf6Ug=Qa2Oi5Mr8Td@mail.gmail.com>")))
    return message(hs, alt(text(body, "UTF-8"), html(gmail_html(body), "UTF-8")))


# --- key 13: final-round itinerary at the Nairobi office, HTML only (base64)
@mail(n(13), family="html_itinerary", lang="en", interview=True, kind="scheduled",
      start="2026-08-14T06:00:00Z", end="2026-08-14T08:30:00Z", contact="wairimu.gitau@acaciainsights.com",
      company="Acacia Consumer Insights", local="Fri 2026-08-14 09:00", local_end="2026-08-14 11:30", zone=NBO,
      note="HTML-only (base64) final-round itinerary, Friday 14 August 2026 at the Nairobi office: three "
           "sessions 9:00 to 11:30 EAT -> start = first session 06:00Z, end = last session end 08:30Z. Contact "
           "= human sender.")
def p13() -> bytes:
    htm = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style>p.MsoNormal{margin:0;font-size:11pt;font-family:"Aptos",sans-serif} td{font-family:"Aptos",sans-serif;font-size:10.5pt;padding:5px 9px;border:1px solid #bfbfbf}</style></head>
        <body lang="EN-GB"><div class="WordSection1">
        <p class="MsoNormal">Hi Achieng,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Congratulations again on making it to the final round! As promised, here is your itinerary for <b>Friday, 14 August 2026</b> at our Nairobi office (9th Floor, The Mirage, Chiromo Road, Westlands).</p><p class="MsoNormal">&nbsp;</p>
        <table cellspacing="0" style="border-collapse:collapse">
        <tr style="background:#1f4e79;color:#ffffff"><td><b>Time (EAT)</b></td><td><b>Session</b></td><td><b>With</b></td></tr>
        <tr><td>9:00 &ndash; 9:45</td><td>Case study presentation (the retail basket analysis you received on Monday)</td><td>Kevin Odhiambo, Insights Director</td></tr>
        <tr><td>10:00 &ndash; 10:45</td><td>Technical panel (SQL, statistics, survey weighting)</td><td>Lina Haddad &amp; Moses Njoroge</td></tr>
        <tr><td>11:00 &ndash; 11:30</td><td>Conversation with the Head of Data, Africa</td><td>Patricia Lungu</td></tr>
        </table><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Please bring your laptop with the presentation loaded; we will have an HDMI adaptor in the room. Visitor parking is available on B2 &ndash; give your name at the gate and mention Acacia. There's a 15-minute break between sessions; tea and water will be provided.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Any questions at all, just reply here or call me on 0722 555 618.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">All the best,</p>
        <p class="MsoNormal"><b>Wairimu Gitau</b><br>Talent Acquisition Lead, East Africa<br>Acacia Consumer Insights<br><a href="mailto:wairimu.gitau@acaciainsights.com">wairimu.gitau@acaciainsights.com</a></p>
        </div></body></html>
        """)
    msgid = "<LO4P265MB6183A1C2E9F07B34D5A8C6E0F21B@LO4P265MB6183.GBRP265.PROD.OUTLOOK.COM>"
    hs = head(addr("Wairimu Gitau", "wairimu.gitau@acaciainsights.com"),
              "Final round itinerary – Friday 14 August", "2026-08-06 17:40:26", NBO, msgid,
              "from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2131.outbound.protection.outlook.com [40.107.11.131])",
              extra=(("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")))
    return message(hs, html(htm, "utf-8", "base64"))


# --- key 14: SmartRecruiters "interview scheduled" with ICS
@mail(n(14), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-08-03T11:00:00Z", end="2026-08-03T11:45:00Z", contact="peter.ochieng@kilelebeverages.co.ke",
      company="Kilele Beverages", local="Mon 2026-08-03 14:00", local_end="2026-08-03 14:45", zone=NBO,
      note="SmartRecruiters notification: Monday, August 3, 2026, 2:00 PM - 2:45 PM (GMT+03:00) East Africa "
           "Time = 11:00-11:45Z; ICS in UTC agrees. Contact = Reply-To hiring manager.")
def p14() -> bytes:
    body = t("""
        Hi Achieng,

        Your interview has been scheduled.

        Commercial Data Analyst – Technical Interview
        Kilele Beverages Ltd

        Date: Monday, August 3, 2026
        Time: 2:00 PM - 2:45 PM (GMT+03:00) East Africa Time
        Location: Microsoft Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM4YjQ1NTctNjE3Yy00%40thread.v2/0
        Interviewers: Peter Ochieng, Faith Wanjala

        A calendar invitation is attached to this message. Add it to your calendar so you don't miss it.

        Please reply to this message if you have any questions.

        Thank you,
        Kilele Beverages Hiring Team

        Powered by SmartRecruiters
        You received this email because you applied for a job at Kilele Beverages Ltd. Privacy policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    htm = t("""
        <html><body style="background:#f2f2f2;font-family:Arial,sans-serif">
        <table align="center" width="600" style="background:#ffffff;padding:24px"><tr><td>
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/kilele.png" alt="Kilele Beverages" height="40">
        <h2 style="font-weight:normal">Your interview has been scheduled.</h2>
        <p><b>Commercial Data Analyst &ndash; Technical Interview</b><br>Kilele Beverages Ltd</p>
        <table style="font-size:14px">
        <tr><td style="color:#777">Date</td><td>Monday, August 3, 2026</td></tr>
        <tr><td style="color:#777">Time</td><td>2:00 PM - 2:45 PM (GMT+03:00) East Africa Time</td></tr>
        <tr><td style="color:#777">Location</td><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM4YjQ1NTctNjE3Yy00%40thread.v2/0">Microsoft Teams</a></td></tr>
        <tr><td style="color:#777">Interviewers</td><td>Peter Ochieng, Faith Wanjala</td></tr>
        </table>
        <p>A calendar invitation is attached to this message. Add it to your calendar so you don't miss it.</p>
        <p>Please reply to this message if you have any questions.</p>
        <p>Thank you,<br>Kilele Beverages Hiring Team</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-interview-3f9c1a7e-58d2-4b06-9e41-c7a2d0b58e13
        DTSTAMP:20260728T091547Z
        DTSTART:20260803T110000Z
        DTEND:20260803T114500Z
        SUMMARY:Interview: Commercial Data Analyst – Kilele Beverages Ltd
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Peter Ochieng:mailto:peter.ochieng@kilelebeverages.co.ke
        ATTENDEE;CN=Achieng Otieno;RSVP=TRUE:mailto:achieng.otieno@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<sr.7b2e91d4c0a3f58e.1785230147@smartrecruiters.com>"
    hs = head("Kilele Beverages Hiring Team <noreply@smartrecruiters.com>",
              "Interview scheduled: Commercial Data Analyst at Kilele Beverages Ltd",
              "2026-07-28 09:15:47", "UTC", msgid, "from mail176-12.suw41.mandrillapp.com (mail176-12.suw41.mandrillapp.com [198.2.176.12])",
              reply_to=addr("Peter Ochieng", "peter.ochieng@kilelebeverages.co.ke"))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, "REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


# --- key 15: Amsterdam recruiter locks in a slot in CEST; iso-8859-1
@mail(n(15), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-09-25T13:30:00Z", end="2026-09-25T14:30:00Z", contact="femke.devries@grachtwerk.nl",
      company="Grachtwerk", local="Fri 2026-09-25 15:30", local_end="2026-09-25 16:30",
      zone="Europe/Amsterdam",
      note="Recruiter prose: 'Friday 25 September at 15:30 CEST (16:30 your time in Nairobi)' = 13:30Z; "
           "'for an hour' is an exact length -> end 14:30Z. Contact = human sender. iso-8859-1 QP.")
def p15() -> bytes:
    body = t("""
        Hi Achieng,

        Great, thanks for coming back to me so quickly! Let's lock in Friday 25 September at 15:30 CEST (16:30 your time in Nairobi). You'll be speaking with Sanne Bakker (Head of Analytics) and Ruben Jansen (Analytics Engineer) for an hour. It's a mix of a short case discussion and questions about your SQL/dbt experience.

        I'll send a Google Meet invite separately in a moment. If anything changes on your side, just let me know.

        Groetjes / kind regards,
        Femke

        --
        Femke de Vries
        Talent Acquisition · Grachtwerk B.V.
        Herengracht 182, 1016 BR Amsterdam · +31 20 555 0177
        """)
    msgid = "<a1f3c9e2-7d44-4b8e-b0c5-93e2d6f81a07@grachtwerk.nl>"
    hs = head(addr("Femke de Vries", "femke.devries@grachtwerk.nl"), "Re: Data Analyst @ Grachtwerk – next step",
              "2026-09-21 11:05:38", "Europe/Amsterdam", msgid,
              "from mail.grachtwerk.nl (mail.grachtwerk.nl [185.107.56.21])",
              extra=(("In-Reply-To", "<CAEp5Gr9Xm2Lw7Tz0Qa4Nc8Vb1Hs6Kd3Jf=Ye5Uo7Pi2Rt@mail.gmail.com>"),
                     ("References", "<CAEp5Gr9Xm2Lw7Tz0Qa4Nc8Vb1Hs6Kd3Jf=Ye5Uo7Pi2Rt@mail.gmail.com>"),
                     ("User-Agent", "Mozilla Thunderbird")))
    return message(hs, text(body, "iso-8859-1", "quoted-printable", params="format=flowed"))


# --- key 16: startup founder, texting shorthand, coffee chat "tmrw 4pm"
@mail(n(16), family="human_prose", lang="en-sw", interview=True, kind="scheduled",
      start="2026-10-15T13:00:00Z", end=None, contact="tonny@dukalytics.co.ke",
      company="Dukalytics", local="Thu 2026-10-15 16:00", zone=NBO,
      note="Founder's phone reply: 'coffee tmrw 4pm' about the analyst role, resolved against the Date "
           "(Wed 14 Oct 2026, 09:41 EAT) = Thu 15 Oct 16:00 EAT = 13:00Z. A coffee chat with the hiring "
           "founder counts as an interview stage. Contact = human sender.")
def p16() -> bytes:
    body = t("""
        Sasa Achieng!

        Sawa sawa, confirmed - coffee tmrw 4pm at Java, Valley Arcade. It's just an informal chat about the analyst role, me & our CTO Wambui might join for the 2nd half. No prep needed, just come with ur questions 😄

        If u get lost call me 0712 555 390

        Tonny

        Sent from my iPhone

        > On 13 Oct 2026, at 22:17, Achieng Otieno <achieng.otieno@example.org> wrote:
        >
        > Hi Tonny, thanks for reaching out on LinkedIn! Yes I'd love to meet for coffee this week - Thursday or Friday afternoon works for me.
        >
        > Achieng
        """)
    msgid = "<5B8D2E41-0C7F-4A93-9E16-D3F2A7C50B89@dukalytics.co.ke>"
    hs = head(addr("Tonny Kariuki", "tonny@dukalytics.co.ke"), "Re: Analyst role @ Dukalytics",
              "2026-10-14 09:41:07", NBO, msgid, GMAIL_SRC.format("qk1-f170", "222.170"),
              extra=(("In-Reply-To", "<CAGq2Xz7Lm0Pv4Rt8Nb3Yc6Hs1Jd9Kf5Wa=Ue2To4Qi7Mr@mail.gmail.com>"),
                     ("References", "<CAGq2Xz7Lm0Pv4Rt8Nb3Yc6Hs1Jd9Kf5Wa=Ue2To4Qi7Mr@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (23A341)")))
    return message(hs, text(body, "utf-8", "quoted-printable"))


# --- key 17: Greenhouse reschedule from Chicago across the US end of daylight time
@mail(n(17), family="greenhouse", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-03T14:00:00Z", end="2026-11-03T15:00:00Z", contact="kelsey.novak@prairieloop.com",
      company="Prairie Loop Analytics", local="Tue 2026-11-03 08:00", local_end="2026-11-03 09:00",
      zone="America/Chicago", days=(("Fri", "2026-10-30"),),
      note="Greenhouse reschedule sent Thu 29 Oct (CDT, -0500). Old: Friday October 30th 9:00 AM CDT. New: "
           "Tuesday, November 3rd, 2026 8:00 AM - 9:00 AM CST; US daylight time ends 1 Nov so CST = UTC-6: "
           "14:00-15:00Z (17:00 in Nairobi). ICS TZID America/Chicago, SEQUENCE:1. Contact = Reply-To "
           "recruiter / ORGANIZER. Same company as the self-schedule link (key 28).")
def p17() -> bytes:
    body = t("""
        Hi Achieng,

        Your interview with Prairie Loop Analytics has been rescheduled. Our apologies for any inconvenience – one of your interviewers had a conflict come up.

        PREVIOUS TIME (cancelled)
        Friday, October 30th, 2026, 9:00 AM - 10:00 AM CDT

        NEW TIME
        Tuesday, November 3rd, 2026
        8:00 AM - 9:00 AM CST

        8:00 AM - 8:30 AM    Grant Sorensen, Director of Analytics
        8:30 AM - 9:00 AM    Alicia Romero, Senior Data Analyst

        Location: Zoom – https://prairieloop.zoom.us/j/96120384471

        An updated calendar invitation is attached. If the new time doesn't work for you, please reply to this email and we will find another slot.

        Thanks,
        Kelsey Novak
        Recruiting Coordinator, Prairie Loop Analytics
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Achieng,</p>
        <p>Your interview with Prairie Loop Analytics has been rescheduled. Our apologies for any inconvenience &ndash; one of your interviewers had a conflict come up.</p>
        <p style="color:#888"><s>Friday, October 30th, 2026, 9:00 AM - 10:00 AM CDT</s> (cancelled)</p>
        <p><strong>Tuesday, November 3rd, 2026</strong><br>8:00 AM - 9:00 AM CST</p>
        <table cellpadding="3"><tr><td>8:00 AM - 8:30 AM</td><td>Grant Sorensen, Director of Analytics</td></tr>
        <tr><td>8:30 AM - 9:00 AM</td><td>Alicia Romero, Senior Data Analyst</td></tr></table>
        <p>Location: Zoom &ndash; <a href="https://prairieloop.zoom.us/j/96120384471">https://prairieloop.zoom.us/j/96120384471</a></p>
        <p>An updated calendar invitation is attached. If the new time doesn't work for you, please reply to this email and we will find another slot.</p>
        <p>Thanks,<br>Kelsey Novak<br>Recruiting Coordinator, Prairie Loop Analytics</p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Greenhouse Software//Interview Scheduling//EN\nMETHOD:REQUEST\n"
           + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:interview-77104592-prairieloop@greenhouse.io
        DTSTAMP:20261029T163402Z
        DTSTART;TZID=America/Chicago:20261103T080000
        DTEND;TZID=America/Chicago:20261103T090000
        SUMMARY:Interview: Achieng Otieno - Senior Data Analyst - Prairie Loop Analytics
        LOCATION:https://prairieloop.zoom.us/j/96120384471
        ORGANIZER;CN=Kelsey Novak:mailto:kelsey.novak@prairieloop.com
        ATTENDEE;CN=Achieng Otieno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:achieng.otieno@example.org
        STATUS:CONFIRMED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """))
    msgid = "<Vq3mZ8xKTwC1pE6bYh0s2A@geopod-ismtpd-11>"
    hs = head("Prairie Loop Analytics <no-reply@us.greenhouse-mail.io>",
              "Interview Rescheduled: Senior Data Analyst at Prairie Loop Analytics",
              "2026-10-29 11:34:02", "America/Chicago", msgid,
              "from o2541.us.greenhouse-mail.io (o2541.us.greenhouse-mail.io [149.72.176.9])",
              reply_to=addr("Kelsey Novak", "kelsey.novak@prairieloop.com"))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, "REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


# --- key 18: formal Kenyan reschedule letter from Outlook, windows-1252
@mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-05-22T11:00:00Z", end=None, contact="mchebet@barakainsurance.co.ke",
      company="Baraka Insurance", local="Fri 2026-05-22 14:00", zone=NBO, days=(("Wed", "2026-05-20"),),
      note="HR letter: interview earlier scheduled for Wednesday 20th May 2026 at 10.00am moved to Friday, 22nd "
           "May 2026 at 2.00pm (Nairobi, EAT) = 11:00Z; new time only. Contact = human sender. windows-1252 QP, "
           "text + html.")
def p18() -> bytes:
    body = t("""
        Dear Achieng,

        RE: RESCHEDULING OF INTERVIEW – BUSINESS INTELLIGENCE ANALYST

        Reference is made to our email of 12th May 2026 inviting you for an interview for the above position.

        Kindly note that the interview earlier scheduled for Wednesday, 20th May 2026 at 10.00am has been rescheduled to Friday, 22nd May 2026 at 2.00pm due to unavoidable circumstances. The venue remains the same: Baraka Plaza, 6th Floor, Ragati Road, Upper Hill.

        We apologise for any inconvenience caused. Kindly confirm your availability for the new date.

        Regards,

        Mercy Chebet
        Human Resource Officer
        Baraka Insurance Company Limited
        Tel: 020 555 7700 Ext. 214
        “Your partner in every season”
        """)
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
           "<body lang=\"EN-US\"><div class=\"WordSection1\">\n"
           + "\n".join(f"<p class=\"MsoNormal\">{ln}</p>" if ln.strip() else "<p class=\"MsoNormal\">&nbsp;</p>"
                       for ln in body.rstrip("\n").split("\n"))
           + "\n</div></body></html>\n")
    msgid = "<7C2F91E04B3A4D8E9F16A05C3B2D71E8@BARAKAEXCH01.barakainsurance.local>"
    hs = head(addr("Mercy Chebet", "mchebet@barakainsurance.co.ke"),
              "RESCHEDULING OF INTERVIEW - BUSINESS INTELLIGENCE ANALYST",
              "2026-05-18 08:52:31", NBO, msgid, "from mail.barakainsurance.co.ke (mail.barakainsurance.co.ke [196.201.214.66])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrmF0r2aQ1kP4uVS7mG9xW3zLp0eA=="),
                     ("Content-Language", "en-us")))
    return message(hs, alt(text(body, "windows-1252", "quoted-printable"),
                           html(htm, "windows-1252", "quoted-printable")))


# --- key 19: Exchange "Updated:" meeting request, London, moved across the start of BST
@mail(n(19), family="exchange", lang="en-GB", interview=True, kind="rescheduled",
      start="2026-03-31T13:00:00Z", end="2026-03-31T13:45:00Z", contact="olivia.marsh@fenwickrowe.co.uk",
      company="Fenwick & Rowe Insights", local="Tue 2026-03-31 14:00", local_end="2026-03-31 14:45",
      zone="Europe/London", days=(("Fri", "2026-03-27"), ("Sun", "2026-03-29")),
      note="Exchange update (SEQUENCE:1) sent Wed 25 Mar in GMT: moved from Friday 27 March to Tuesday 31st at "
           "2pm UK time. BST starts 29 Mar, so 14:00-14:45 BST = 13:00-13:45Z (16:00 in Nairobi, as the note "
           "says). ICS TZID 'GMT Standard Time'. Contact = ORGANIZER / sender.")
def p19() -> bytes:
    seed = "fenwick-insight"
    note = t("""
        Hi Achieng,

        As discussed on the phone, I've moved us from Friday to Tuesday 31st at 2pm UK time – that's 4pm for you in Nairobi, since our clocks go forward on Sunday. Same panel (myself and Rajesh from our Retail team), 45 minutes.

        Apologies for the shuffle and thank you for being flexible!

        Olivia

        Olivia Marsh
        Senior Talent Partner | Fenwick & Rowe Insights
        20 Farringdon Road, London EC1M 3HE

        """) + teams_block("389 442 710 156", "mQ3vR8", seed)
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
           "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">"
           + "<br>\n".join(ln.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for ln in note.split("\n"))
           + "</div></body></html>\n")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["GMT Standard Time"] + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Olivia Marsh:mailto:olivia.marsh@fenwickrowe.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Achieng Otieno:mailto:achieng.otieno@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rajesh Varma:mailto:rajesh.varma@fenwickrowe.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Achieng\\,\\n\\nAs discussed on the phone\\, I've moved us from Friday to Tuesday 31st at 2pm UK time – that's 4pm for you in Nairobi\\, since our clocks go forward on Sunday.\\n\\nOlivia\\n
        UID:{exchange_uid(seed)}
        SUMMARY;LANGUAGE=en-GB:Interview - Achieng Otieno / Insight Analyst
        DTSTART;TZID=GMT Standard Time:20260331T140000
        DTEND;TZID=GMT Standard Time:20260331T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260325T161055Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        """) + exchange_tail(seed, seq=1))
    msgid = "<CWLP265MB4471F3A09D2C5B7E8160A4D9C3E2@CWLP265MB4471.GBRP265.PROD.OUTLOOK.COM>"
    hs = head(addr("Olivia Marsh", "olivia.marsh@fenwickrowe.co.uk"),
              "Updated: Interview - Achieng Otieno / Insight Analyst", "2026-03-25 16:10:55", "Europe/London", msgid,
              "from GBR01-CWL-obe.outbound.protection.outlook.com (mail-cwlgbr01on2104.outbound.protection.outlook.com [40.107.11.104])",
              extra=(("Thread-Topic", "Interview - Achieng Otieno / Insight Analyst"),
                     ("Thread-Index", "AdqbWc3FZ0hYpKx1QfGZ3a8mV4T2Lw=="), ("Content-Language", "en-GB")))
    return message(hs, alt(text(note, "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable"),
                           calendar(ics, "REQUEST", cte="base64")))


# --- key 20: agency recruiter pushes a Kigali interview by four hours (CAT), short reply on a thread
@mail(n(20), family="human_reply_thread", lang="en", interview=True, kind="rescheduled",
      start="2026-09-17T13:00:00Z", end=None, contact="brian.kiprotich@talantarecruit.co.ke",
      company="Inzira Mobility", local="Thu 2026-09-17 15:00", zone="Africa/Kigali",
      days=(("Thu", "2026-09-17"),),
      note="Agency recruiter (phone) moves Thursday's interview with a Kigali client to '3pm Kigali time (4pm "
           "Nairobi)': Thursday resolved against the Date (Mon 14 Sep) and the quoted confirmation (Thursday 17th "
           "September, 11:00am Kigali time) = Thu 17 Sep 15:00 CAT = 13:00Z. Contact = human sender.")
def p20() -> bytes:
    body = t("""
        Hi Achieng, quick one – Inzira have asked to push Thursday's interview to 3pm Kigali time (4pm Nairobi). Same Google Meet link. Sorry for the back and forth, their CEO is travelling!

        Brian

        Sent from Outlook for Android

        From: Brian Kiprotich <brian.kiprotich@talantarecruit.co.ke>
        Sent: Friday, September 11, 2026 5:12:44 PM
        To: Achieng Otieno <achieng.otieno@example.org>
        Subject: Inzira Mobility - interview Thursday

        Dear Achieng,

        Hope this finds you well. Your interview with Inzira Mobility (Kigali) for the Data & Pricing Analyst role is confirmed for Thursday 17th September at 11:00am Kigali time (12 noon EAT), on Google Meet: https://meet.google.com/vyo-kcfe-gsn

        You will meet Didier (CEO) and Aline (Head of Operations). About 45 minutes. Please have your pricing dashboard example ready to share.

        Regards,
        Brian Kiprotich
        Senior Consultant | Talanta Recruitment Ltd
        Westlands, Nairobi | +254 733 555 210
        """)
    msgid = "<VI1P195MB0612B8E3C1A47D90F25E6B3A8C4D@VI1P195MB0612.EURP195.PROD.OUTLOOK.COM>"
    hs = head(addr("Brian Kiprotich", "brian.kiprotich@talantarecruit.co.ke"),
              "Re: Inzira Mobility - interview Thursday", "2026-09-14 18:20:09", NBO, msgid,
              "from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2090.outbound.protection.outlook.com [40.107.247.90])",
              extra=(("In-Reply-To", "<VI1P195MB06129C2D4E5F60A7B8C91D0E2F3A@VI1P195MB0612.EURP195.PROD.OUTLOOK.COM>"),
                     ("References", "<VI1P195MB06129C2D4E5F60A7B8C91D0E2F3A@VI1P195MB0612.EURP195.PROD.OUTLOOK.COM>")))
    return message(hs, text(body, "utf-8", "8bit"))


# --- key 21: Google Calendar cancellation with the organizer's note
@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-06-15T08:00:00Z", end="2026-06-15T09:00:00Z", contact="daniel.mutiso@zurihealth.africa",
      company="Zuri Health Tech", local="Mon 2026-06-15 11:00", local_end="2026-06-15 12:00", zone=NBO,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of Mon Jun 15 2026 11am-12pm (EAT) "
           "= 08:00-09:00Z; the organizer's note says the role is paused. Contact = organizer.")
def p21() -> bytes:
    body = t("""
        Daniel Mutiso has canceled this event with a note:
        "Hi Achieng, really sorry about this – the data analyst role has been paused while we finalise our funding round. I'll reach out directly if it reopens. Daniel"

        Data Analyst interview – Achieng Otieno
        Monday Jun 15, 2026 ⋅ 11am – 12pm
        East Africa Time

        Organizer
        Daniel Mutiso
        daniel.mutiso@zurihealth.africa

        Guests
        Daniel Mutiso - organizer
        achieng.otieno@example.org

        This event has been canceled and removed from your calendar.

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    htm = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="background:#fce8e6;padding:8px 12px;font-size:14px">This event has been canceled and removed from your calendar.</div>
        <p style="font-size:14px"><b>Daniel Mutiso</b> has canceled this event with a note:<br>&quot;Hi Achieng, really sorry about this &ndash; the data analyst role has been paused while we finalise our funding round. I'll reach out directly if it reopens. Daniel&quot;</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Data Analyst interview &ndash; Achieng Otieno</h2>
        <div style="font-size:14px">Monday Jun 15, 2026 &sdot; 11am &ndash; 12pm<br>East Africa Time</div>
        <h3 style="font-size:14px">Guests</h3>
        <ul style="font-size:14px"><li><a href="mailto:daniel.mutiso@zurihealth.africa">Daniel Mutiso</a> - organizer</li><li>achieng.otieno@example.org</li></ul>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20260615T080000Z
        DTEND:20260615T090000Z
        DTSTAMP:20260610T120531Z
        ORGANIZER;CN=Daniel Mutiso:mailto:daniel.mutiso@zurihealth.africa
        UID:3dkv0j6ag9b4glpq5knmqfu1cc@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=achieng.otieno@example.org;X-NUM-GUESTS=0:mailto:achieng.otieno@example.org
        CREATED:20260603T071844Z
        DESCRIPTION:
        LAST-MODIFIED:20260610T120531Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Data Analyst interview – Achieng Otieno
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<calendar-1a7f3e92-c04b-4d18-8e6a-f2b95d07c3a1@google.com>"
    hs = head(addr("Daniel Mutiso", "daniel.mutiso@zurihealth.africa"),
              "Canceled event with note: Data Analyst interview – Achieng Otieno @ Mon Jun 15, 2026 11am - 12pm (EAT) (achieng.otieno@example.org)",
              "2026-06-10 12:05:31", "UTC", msgid, GMAIL_SRC.format("sor-f69", "220.69"),
              pre=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              reply_to=addr("Daniel Mutiso", "daniel.mutiso@zurihealth.africa"), to=ME)
    return message(hs, mixed(
        alt(text(body, "UTF-8"), html(htm, "UTF-8"), calendar(ics, "CANCEL", cte="base64", charset="UTF-8")),
        calendar(ics, None, cte="base64", ctype="application/ics", filename="invite.ics", disposition="attachment",
                 name_param=True)))


# --- key 22: Workday cancellation, HTML only, sent from a -0700 server
@mail(n(22), family="workday", lang="en", interview=True, kind="cancelled",
      start="2026-09-10T07:00:00Z", end=None, contact="lilian.achola@riftvalleyagro.co.ke",
      company="Rift Valley Agro Processors", local="Thu 2026-09-10 10:00", zone=NBO,
      note="Workday HTML-only notice (Date in PDT): the interview scheduled for Thursday, 10 September 2026 at "
           "10:00 AM (EAT) is cancelled because the position is on hold; start = the cancelled slot, 07:00Z. "
           "Contact = recruiter address in the body. Same requisition as the status update (key 47).")
def p22() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><title>Rift Valley Agro Processors</title></head>
        <body style="margin:0;padding:0;background-color:#f6f7f8">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background:#2e6b30;padding:18px 24px;color:#ffffff;font-size:18px">Rift Valley Agro Processors Ltd &ndash; Careers</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Achieng,</p>
        <p>Thank you for your interest in the <b>Data Analyst, Supply Chain</b> position (JR-2026-0412).</p>
        <p>We regret to inform you that the interview scheduled for <b>Thursday, 10 September 2026 at 10:00 AM (EAT)</b> has been cancelled, as the position has been put on hold pending an internal review of the supply chain structure.</p>
        <p>Your application will remain on file and we will contact you should the position be re-opened. We sincerely apologise for any inconvenience this may cause.</p>
        <p>If you have any questions, please contact the recruiter for this position, Lilian Achola, at <a href="mailto:lilian.achola@riftvalleyagro.co.ke">lilian.achola@riftvalleyagro.co.ke</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Rift Valley Agro Processors Ltd, Nakuru</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888888;border-top:1px solid #eeeeee">This email was sent from an unmonitored mailbox. Please do not reply. <a href="https://wd3.myworkdaysite.com/recruiting/riftvalleyagro/Careers/userHome">Go to your candidate home</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    msgid = "<1288410457.214983.1788505924817.JavaMail.wdmail@wd3-prod-mail4.myworkday.com>"
    hs = head("Rift Valley Agro Processors <riftvalleyagro@myworkday.com>",
              "Update on your interview - Data Analyst, Supply Chain (JR-2026-0412)",
              "2026-09-04 00:15:24", "America/Los_Angeles", msgid,
              "from wd3-prod-mail4.myworkday.com (wd3-prod-mail4.myworkday.com [216.3.15.41])")
    return message(hs, html(htm, "UTF-8", "quoted-printable"))


# --- key 23: UK recruiter cancels Thursday's screening call ("5pm your time (3pm BST)")
@mail(n(23), family="human_prose", lang="en-GB", interview=True, kind="cancelled",
      start="2026-10-22T14:00:00Z", end=None, contact="charlotte.bingham@harrowpike.com",
      company="Harrow & Pike Consulting", local="Thu 2026-10-22 15:00", zone="Europe/London",
      note="Recruiter cancels 'our screening call on Thursday at 5pm your time (3pm BST)', resolved against "
           "the Date (Mon 19 Oct 2026; still BST until 25 Oct) = Thu 22 Oct 14:00Z. No new time. Contact = human "
           "sender.")
def p23() -> bytes:
    body = t("""
        Hi Achieng,

        So sorry to do this, but I need to cancel our screening call on Thursday at 5pm your time (3pm BST). The hiring manager has asked us to pause first-stage interviews for the Analytics Consultant role while they re-scope it, and I don't want to waste your time before I know what the role will look like.

        I'll come back to you with new slots early next week once I have clarity. Apologies again, and thanks for your patience.

        Best wishes,
        Charlotte

        Charlotte Bingham
        Senior Recruiter – Data & Analytics
        Harrow & Pike Consulting | 1 Paternoster Row, London EC4M 7DX
        +44 20 7946 0815
        """)
    htm = t("""
        <html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">
        <div>Hi Achieng,</div><div><br></div>
        <div>So sorry to do this, but I need to cancel our screening call on Thursday at 5pm your time (3pm BST). The hiring manager has asked us to pause first-stage interviews for the Analytics Consultant role while they re-scope it, and I don't want to waste your time before I know what the role will look like.</div><div><br></div>
        <div>I'll come back to you with new slots early next week once I have clarity. Apologies again, and thanks for your patience.</div><div><br></div>
        <div>Best wishes,</div><div>Charlotte</div><div><br></div>
        <div>Charlotte Bingham<br>Senior Recruiter &ndash; Data &amp; Analytics<br>Harrow &amp; Pike Consulting | 1 Paternoster Row, London EC4M 7DX<br>+44 20 7946 0815</div>
        </body></html>
        """)
    msgid = "<B4E7A1D2-6C93-4F05-8A2E-1D7C3B9F0E64@harrowpike.com>"
    hs = head(addr("Charlotte Bingham", "charlotte.bingham@harrowpike.com"),
              "Thursday's call – need to cancel, sorry!", "2026-10-19 09:12:40", "Europe/London", msgid,
              "from mail-lo2gbr01on2087.outbound.protection.outlook.com (mail-lo2gbr01on2087.outbound.protection.outlook.com [40.107.10.87])",
              extra=(("X-Mailer", "iPhone Mail (23A355)"),))
    return message(hs, alt(text(body, "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")))


# =========================================================================== negatives


# --- key 24: BrighterMonday job alert
@mail(n(24), family="job_alert", lang="en", interview=False, company=None,
      note="BrighterMonday daily job alert; 'Urgent' and 'interviews ongoing' tags, no interview of hers.")
def n24() -> bytes:
    jobs = [
        ("Data Analyst", "Savannah Agritech Ltd", "Nairobi", "KSh 120,000 - 180,000", "Interviews ongoing"),
        ("Business Intelligence Analyst", "Baraka Insurance Company Limited", "Nairobi", "Confidential", ""),
        ("Junior Data Analyst (Contract)", "Tuvuke Microfinance", "Nakuru", "KSh 60,000 - 80,000", "Urgent"),
        ("M&E Data Officer", "Hope for Tomorrow Kenya", "Kisumu", "Confidential", ""),
        ("Credit Risk Analyst", "Mvuli Bank Kenya", "Nairobi", "Confidential", "Be an early applicant"),
        ("Reporting Analyst", "Jengo Logistics", "Nairobi", "KSh 90,000 - 130,000", ""),
    ]
    lines = ["Hi Achieng,", "", "12 new jobs matching your alert \"Data Analyst - Nairobi\" were posted today.", ""]
    rows = []
    for title, co, place, pay, tag in jobs:
        lines += [f"{title}", f"{co} - {place}", f"{pay}" + (f" | {tag}" if tag else ""),
                  "View job: https://www.brightermonday.co.ke/listings/" + hx(title + co, 8), ""]
        rows.append(f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://www.brightermonday.co.ke/listings/{hx(title + co, 8)}" style="color:#0b4f9c;font-weight:bold">{title}</a><br>{co} &middot; {place}<br><span style="color:#555">{pay}</span>'
                    + (f' <span style="background:#fff3cd;padding:1px 6px">{tag}</span>' if tag else "") + "</td></tr>")
    lines += ["See all 12 jobs: https://www.brightermonday.co.ke/jobs?q=data+analyst&l=nairobi", "",
              "Tip: Candidates who complete their profile are 3x more likely to be shortlisted for interviews.", "",
              "You are receiving this email because you created a job alert on BrighterMonday Kenya.",
              "Unsubscribe: https://www.brightermonday.co.ke/alerts/unsubscribe?t=9c1e77",
              "BrighterMonday Kenya, Nairobi"]
    body = "\n".join(lines) + "\n"
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><table width="600" align="center">'
           '<tr><td><img src="https://www.brightermonday.co.ke/logo.png" alt="BrighterMonday" height="32"></td></tr>'
           '<tr><td><p>Hi Achieng,</p><p>12 new jobs matching your alert <b>"Data Analyst - Nairobi"</b> were posted today.</p></td></tr>'
           + "".join(rows)
           + '<tr><td style="padding-top:16px"><a href="https://www.brightermonday.co.ke/jobs?q=data+analyst&l=nairobi">See all 12 jobs</a></td></tr>'
           '<tr><td style="font-size:11px;color:#888;padding-top:20px">You are receiving this email because you created a job alert on BrighterMonday Kenya. '
           '<a href="https://www.brightermonday.co.ke/alerts/unsubscribe?t=9c1e77">Unsubscribe</a></td></tr></table></body></html>\n')
    msgid = "<20260309030012.6f1b2c9e84d7a305@mg.brightermonday.co.ke>"
    hs = head("BrighterMonday Kenya <alerts@brightermonday.co.ke>", "12 new Data Analyst jobs in Nairobi",
              "2026-03-09 06:00:12", NBO, msgid, "from m228-4.mailgun.net (m228-4.mailgun.net [159.135.228.4])",
              extra=(("List-Unsubscribe", "<https://www.brightermonday.co.ke/alerts/unsubscribe?t=9c1e77>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(htm)))


# --- key 25: Fuzu application receipt
@mail(n(25), family="application_ack", lang="en", interview=False, company="Savannah Agritech",
      note="Fuzu 'application sent' receipt; 'shortlisted candidates will be contacted for interviews' is "
           "hypothetical.")
def n25() -> bytes:
    body = t("""
        Hi Achieng,

        Your application has been sent!

        Data Analyst
        Savannah Agritech Ltd · Nairobi, Kenya

        What happens next?
        The employer will review your application. Only shortlisted candidates will be contacted for interviews. You can follow the status of your application on Fuzu at any time.

        Track your application: https://www.fuzu.com/applications/4418207

        While you wait, why not take the Fuzu Data Analysis course and add a badge to your profile? Employers on Fuzu are more likely to invite candidates with verified skills.

        Good luck!
        The Fuzu Team

        Fuzu Ltd, Nairobi · You received this email because you applied for a job on Fuzu.
        Manage notifications: https://www.fuzu.com/settings/notifications
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
        <table width="560" align="center" style="background:#fff;padding:24px">
        <tr><td><p>Hi Achieng,</p><h2 style="color:#1a8754">Your application has been sent!</h2>
        <p><b>Data Analyst</b><br>Savannah Agritech Ltd &middot; Nairobi, Kenya</p>
        <p><b>What happens next?</b><br>The employer will review your application. Only shortlisted candidates will be contacted for interviews. You can follow the status of your application on Fuzu at any time.</p>
        <p><a href="https://www.fuzu.com/applications/4418207" style="background:#1a8754;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Track your application</a></p>
        <p>While you wait, why not take the Fuzu Data Analysis course and add a badge to your profile?</p>
        <p>Good luck!<br>The Fuzu Team</p>
        <p style="font-size:11px;color:#999">Fuzu Ltd, Nairobi &middot; You received this email because you applied for a job on Fuzu. <a href="https://www.fuzu.com/settings/notifications">Manage notifications</a></p>
        </td></tr></table></body></html>
        """)
    msgid = "<0100018ff2b7c4e1-a8d3c92f-61e4-4b7a-8c05-d9e3f1a26b70-000000@email.amazonses.com>"
    hs = head("Fuzu <no-reply@fuzu.com>", "Application sent: Data Analyst at Savannah Agritech Ltd",
              "2026-03-02 08:47:19", "UTC", msgid, "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])")
    return message(hs, alt(text(body), html(htm)))


# --- key 26: MyJobMag newsletter about oral interviews, HTML only
@mail(n(26), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Sat", "2026-05-23"),),
      note="MyJobMag newsletter on oral interview questions in Kenya (HTML only, QP), with a free webinar date; "
           "confirms nothing of hers.")
def n26() -> bytes:
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>MyJobMag Kenya</title></head>
        <body style="margin:0;background:#eef1f5;font-family:Arial,Helvetica,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#0d3b66;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold">MyJobMag Kenya &ndash; Career Tips</td></tr>
        <tr><td style="padding:24px;font-size:15px;line-height:1.55;color:#222">
        <h1 style="font-size:22px">15 Oral Interview Questions Kenyan Employers Love to Ask (and How to Answer Them)</h1>
        <p>Hello Achieng,</p>
        <p>You have been shortlisted, the invitation letter says <i>&ldquo;oral interview on Tuesday at 10:00 am&rdquo;</i>, and now the panic sets in. Relax &ndash; most panels in Kenya ask some version of the same fifteen questions. Here are the first five:</p>
        <ol>
        <li><b>Tell us about yourself.</b> Keep it to two minutes: education, experience, why this role.</li>
        <li><b>Why do you want to work for this organisation?</b> Read their annual report and strategic plan before the interview.</li>
        <li><b>What are your salary expectations?</b> Give a range based on research (BrighterMonday and Fuzu salary surveys help).</li>
        <li><b>Where do you see yourself in five years?</b></li>
        <li><b>Do you have any questions for the panel?</b> Always say yes.</li>
        </ol>
        <p><a href="https://www.myjobmag.co.ke/blog/oral-interview-questions-kenya" style="color:#0d3b66;font-weight:bold">Read all 15 questions &rarr;</a></p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p><b>Free webinar:</b> &ldquo;Acing the Panel Interview&rdquo; with HR practitioner Jane Wekesa, Saturday 23 May, 11:00 am EAT. <a href="https://www.myjobmag.co.ke/events/panel-interview-webinar">Reserve your seat</a></p>
        <p><b>This week's top jobs:</b> Data Analyst at Savannah Agritech &middot; Finance Officer at Tuvuke Microfinance &middot; ICT Officer at Pwani County Water</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#f7f7f7">You are receiving this because you subscribed to MyJobMag Kenya career tips. <a href="https://www.myjobmag.co.ke/unsubscribe?u=ach81">Unsubscribe</a> &middot; MyJobMag, Nairobi</td></tr>
        </table></td></tr></table></body></html>
        """)
    msgid = "<cmpgn.41820.7f3a92c1.20260516@send.myjobmag.co.ke>"
    hs = head("MyJobMag Kenya <newsletter@myjobmag.co.ke>",
              "15 oral interview questions Kenyan employers love to ask 🎯", "2026-05-16 07:30:00", NBO, msgid,
              "from send.myjobmag.co.ke (send.myjobmag.co.ke [185.41.28.77])",
              extra=(("List-Unsubscribe", "<https://www.myjobmag.co.ke/unsubscribe?u=ach81>, <mailto:unsubscribe@myjobmag.co.ke>"),
                     ("Precedence", "bulk")))
    return message(hs, html(htm, "utf-8", "quoted-printable"))


# --- key 27: LinkedIn InMail notification, cold outreach without a time
@mail(n(27), family="recruiter_outreach", lang="en", interview=False, company="Kazi Talent Partners",
      note="LinkedIn InMail notification: agency recruiter asks whether she is open to a chat 'this week or "
           "next'; nothing fixed.")
def n27() -> bytes:
    body = t("""
        Wanjiku Ndungu
        Principal Consultant – Tech & Data at Kazi Talent Partners

        Hi Achieng,

        I came across your profile and was impressed by your work on retail demand dashboards at Nyota Retail. I'm currently partnering with a fast-growing pan-African fintech that is building out its analytics team in Nairobi, and I think you'd be a strong fit for their Senior Data Analyst opening (hybrid, Westlands, very competitive package).

        Would you be open to a quick, confidential chat this week or next? Let me know what times suit you and I'll give you a call.

        Best,
        Wanjiku

        Reply: https://www.linkedin.com/messaging/thread/2-YmQ5NzE0ZTQtMWJhZi00/

        ----------------------------------------
        This email was intended for Achieng Otieno (Data Analyst at Nyota Retail Ltd)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    htm = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">')
    msgid = "<1408291734.7721985.1783412095612@ltx1-app3184.prod.linkedin.com>"
    hs = head("Wanjiku Ndungu via LinkedIn <inmail-hit-reply@linkedin.com>", "Wanjiku sent you a new message",
              "2026-07-07 08:14:55", "UTC", msgid, "from mailb-ac.linkedin.com (mailb-ac.linkedin.com [108.174.3.165])",
              extra=(("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "inmail_notification"),
                     ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>")))
    return message(hs, alt(text(body), html(htm)))


# --- key 28: Greenhouse self-schedule link ("let us know your availability")
@mail(n(28), family="scheduling_link", lang="en-US", interview=False, company="Prairie Loop Analytics",
      note="Greenhouse availability request / self-schedule link for a 60-minute interview; no time chosen yet. "
           "Same company as the later reschedule (key 17).")
def n28() -> bytes:
    body = t("""
        Hi Achieng,

        Thanks again for speaking with me last week! The team would love to move you forward to a 60-minute virtual interview for the Senior Data Analyst role.

        Please use the link below to select the times that work for you over the next two weeks. The scheduling page will show times in your local time zone, so no need to convert.

        Select your availability: https://app.greenhouse.io/scheduling/availability/5b1f0c3e7a92d48e?candidate=achieng

        Once you've submitted your availability, I'll send a calendar invitation with the confirmed time and Zoom link.

        Best,
        Kelsey Novak
        Recruiting Coordinator, Prairie Loop Analytics
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Achieng,</p>
        <p>Thanks again for speaking with me last week! The team would love to move you forward to a 60-minute virtual interview for the Senior Data Analyst role.</p>
        <p>Please use the link below to select the times that work for you over the next two weeks. The scheduling page will show times in your local time zone, so no need to convert.</p>
        <p><a href="https://app.greenhouse.io/scheduling/availability/5b1f0c3e7a92d48e?candidate=achieng" style="background:#24a47f;color:#fff;padding:10px 16px;text-decoration:none">Select your availability</a></p>
        <p>Once you've submitted your availability, I'll send a calendar invitation with the confirmed time and Zoom link.</p>
        <p>Best,<br>Kelsey Novak<br>Recruiting Coordinator, Prairie Loop Analytics</p>
        </body></html>
        """)
    msgid = "<Hk8pWq2RTnC5xE0aYv3m1B@geopod-ismtpd-7>"
    hs = head("Prairie Loop Analytics <no-reply@us.greenhouse-mail.io>",
              "Please share your availability: Senior Data Analyst at Prairie Loop Analytics",
              "2026-10-20 10:05:33", "America/Chicago", msgid,
              "from o2541.us.greenhouse-mail.io (o2541.us.greenhouse-mail.io [149.72.176.9])",
              reply_to=addr("Kelsey Novak", "kelsey.novak@prairieloop.com"))
    return message(hs, alt(text(body), html(htm)))


# --- key 29: hiring manager proposes three slots (not yet agreed)
@mail(n(29), family="slot_proposal", lang="en-sw", interview=False, company="Tausi Pay",
      days=(("Wed", "2026-04-22"), ("Thu", "2026-04-23"), ("Fri", "2026-04-24")),
      note="Hiring manager offers three slots (EAT) and will send an invite once one is picked: proposal, "
           "nothing confirmed. The invitation that followed is key 2.")
def n29() -> bytes:
    body = t("""
        Habari Achieng,

        Thanks for the chat with Mercy last week – she passed on great feedback. We'd like to move you to the technical round with me. Would any of these work for you?

        - Wed 22 April, 10:00am
        - Thu 23 April, 2:00pm
        - Fri 24 April, 11:30am

        (all Nairobi time)

        It's one hour with me and one of our data engineers, on Google Meet. Let me know which one suits you and I'll send a calendar invite.

        Asante,
        Njeri

        Njeri Kamau
        Head of Data, Tausi Pay
        Nairobi
        """)
    msgid = "<CAB7nVp4Lq9Xz2Wt6Rm0Yc8Hs3Jd5Kf1Ga=Ue7To2Qi4Mr@mail.gmail.com>"
    hs = head(addr("Njeri Kamau", "njeri@tausipay.com"), "Tausi Pay – next step (technical interview)",
              "2026-04-15 13:40:26", NBO, msgid, GMAIL_SRC.format("sor-f73", "220.73"))
    return message(hs, alt(text(body, "UTF-8"), html(gmail_html(body), "UTF-8")))


# --- key 30: take-home exercise with a deadline and a CSV
@mail(n(30), family="take_home", lang="en", interview=False, company="Savannah Agritech",
      days=(("Mon", "2026-03-23"),),
      note="Take-home exercise with a submission deadline (Monday 23 March, 9:00 am EAT) and an attached CSV; a "
           "walkthrough call will be arranged later. A deadline, not an interview.")
def n30() -> bytes:
    body = t("""
        Hi Achieng,

        Thank you for your interest in the Data Analyst role at Savannah Agritech. As the next step, we'd like you to complete a short take-home exercise.

        Attached is a CSV with anonymised maize offtake data from 40 of our partner aggregation centres (Jan 2024 – Dec 2025). Please:

        1. Clean the data and note any quality issues you find.
        2. Identify the three most important trends for our procurement team.
        3. Suggest one metric we should track weekly, and why.

        Please submit your work (a notebook, a short deck, or a Power BI file – your choice) by Monday 23 March 2026, 9:00 am EAT, by replying to this email. It shouldn't take more than 3–4 hours; please don't spend your whole weekend on it!

        If we move forward, we'll set up a call for you to walk us through your analysis.

        Best regards,
        Moses Kiplagat
        Analytics Lead, Savannah Agritech Ltd
        """)
    csv = t("""
        centre_id,county,month,offtake_kg,price_per_kg_kes,farmers_paid
        AGC-001,Uasin Gishu,2024-01,182400,41.5,312
        AGC-001,Uasin Gishu,2024-02,165900,42.0,298
        AGC-002,Trans Nzoia,2024-01,201750,40.0,355
        AGC-002,Trans Nzoia,2024-02,,40.5,341
        AGC-003,Nakuru,2024-01,98200,43.0,176
        """)
    msgid = "<CAHm2Qp7Xz1Lw4Tt9Rb0Yn6Vs3Jc8Kd5Ef=Ga2Uo7Pi4Mr@mail.gmail.com>"
    hs = head(addr("Moses Kiplagat", "moses.kiplagat@savannahagritech.com"),
              "Savannah Agritech – Data Analyst take-home exercise", "2026-03-19 16:30:04", NBO, msgid,
              GMAIL_SRC.format("wm1-f44", "128.44"))
    attachment = Part([("Content-Type", 'text/csv; charset="US-ASCII"; name="maize_offtake_2024_2025.csv"'),
                       ("Content-Disposition", 'attachment; filename="maize_offtake_2024_2025.csv"'),
                       ("Content-Transfer-Encoding", "base64")], b64(csv.replace("\n", "\r\n").encode()))
    return message(hs, mixed(alt(text(body, "UTF-8"), html(gmail_html(body), "UTF-8")), attachment))


# --- key 31: HackerRank online assessment invitation
@mail(n(31), family="assessment", lang="en-US", interview=False, company="Mvuli Bank Kenya",
      days=(("Fri", "2026-05-01"),),
      note="HackerRank test invitation on behalf of the bank: 90-minute test to take any time before Friday, "
           "May 1, 2026 11:59 PM EAT. An assessment window, not an interview.")
def n31() -> bytes:
    body = t("""
        Hi Achieng Otieno,

        Mvuli Bank Kenya has invited you to take the "Data Analyst – SQL & Python" test on HackerRank.

        Test duration: 90 minutes
        Questions: 3 SQL, 2 Python, 8 multiple choice
        Test link expires: Friday, May 1, 2026 11:59 PM EAT

        You may take the test at any time before the link expires. Once you start, the timer can't be paused, so please set aside an uninterrupted block of time.

        Start the test: https://www.hackerrank.com/test/a3c9e4f1b72/login?b=eyJ1c2VybmFtZSI6ImFjaGllbmcifQ

        Tips:
        - Use a laptop or desktop with a stable internet connection.
        - Try the sample test first to get familiar with the environment: https://www.hackerrank.com/tests/sample

        Good luck!
        Team HackerRank, on behalf of Mvuli Bank Kenya

        If you have any questions about the test, contact support@hackerrank.com.
        """)
    msgid = "<0100018f1a2b3c4d-9e8f7a6b-5c4d-3e2f-1a0b-c9d8e7f6a5b4-000000@email.amazonses.com>"
    hs = head("HackerRank <no-reply@hackerrankforwork.com>",
              "Invitation: Data Analyst – SQL & Python test from Mvuli Bank Kenya",
              "2026-04-27 06:03:51", "UTC", msgid, "from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- key 32: written test (NGO/UN-style), not the interview itself
@mail(n(32), family="assessment", lang="en", interview=False, company="East African Water Resilience Initiative",
      days=(("Tue", "2026-08-18"),),
      note="Invitation to an online written test on Tuesday, 18 August 2026 (paper e-mailed at 0900hrs Nairobi "
           "time, three hours to return it). A written assessment, not an interview; the competency-based "
           "interview that followed is key 8.")
def n32() -> bytes:
    body = t("""
        Dear Candidate,

        Vacancy Announcement No. EAWRI/2026/DA/014 – Associate Data Analyst (P-2), Nairobi

        Thank you for your application. We are pleased to inform you that you have been shortlisted for the written assessment for the above position.

        The written test will take place online on Tuesday, 18 August 2026. The test paper will be sent to this email address at 0900hrs Nairobi time (GMT+3) and your answers must be returned to the same address within three (3) hours of receipt. Late submissions will not be considered.

        The test consists of a data analysis exercise (a dataset and a short brief) and two essay questions. You may use any software you are comfortable with. Answers must be your own work; submissions will be checked for plagiarism and use of generative AI tools.

        Candidates who pass the written assessment will be invited to a competency-based interview at a later date.

        Kindly acknowledge receipt of this email.

        Best regards,
        Talent Management Unit
        East African Water Resilience Initiative (EAWRI)
        """)
    msgid = "<VI1PR10MB25835E1C07A4B93D2F86E0C1A5B7@VI1PR10MB2583.EURPRD10.PROD.OUTLOOK.COM>"
    hs = head("EAWRI Talent Management <talent@eawri.org>",
              "Written Assessment - Associate Data Analyst (P-2), VA No. EAWRI/2026/DA/014", "2026-08-11 15:02:48", NBO,
              msgid, "from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2100.outbound.protection.outlook.com [40.107.21.100])",
              to="undisclosed-recipients:;")
    return message(hs, text(body, "utf-8", "quoted-printable"))


# --- key 33: rejection after the Greenhouse interview (key 4)
@mail(n(33), family="rejection", lang="en-GB", interview=False, company="Larkspur Health Analytics",
      note="Post-interview rejection via Greenhouse.")
def n33() -> bytes:
    body = t("""
        Hi Achieng,

        Thank you for taking the time to interview with us last week, and for your interest in the Data Analyst (Remote – EMEA) role at Larkspur Health Analytics.

        Tom and Priya enjoyed speaking with you, and it was a genuinely difficult decision. However, after careful consideration we have decided to move forward with another candidate whose experience with NHS datasets more closely matches what the team needs right now.

        We'd love to stay in touch – we expect to open more analyst roles later in the year and I'll make sure you hear about them.

        Wishing you every success in your search.

        Kind regards,
        Hannah Pryce
        Talent Partner, Larkspur Health Analytics
        """)
    msgid = "<mP4Xr9WbQ0uS2nE7cTy1Za@geopod-ismtpd-2>"
    hs = head("Larkspur Health Analytics <no-reply@us.greenhouse-mail.io>",
              "Your application to Larkspur Health Analytics", "2026-05-14 16:48:20", "Europe/London", msgid,
              "from o1678.us.greenhouse-mail.io (o1678.us.greenhouse-mail.io [167.89.101.54])",
              reply_to=addr("Hannah Pryce", "hannah.pryce@larkspurhealth.co.uk"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- key 34: offer of employment with a PDF
@mail(n(34), family="offer", lang="en", interview=False, company="Mvuli Bank Kenya",
      days=(("Fri", "2026-05-29"), ("Wed", "2026-07-01")),
      note="Offer of employment after the panel interview (key 3): reply deadline and start date, PDF "
           "attached.")
def n34() -> bytes:
    body = t("""
        Dear Achieng,

        RE: OFFER OF EMPLOYMENT – DATA ANALYST, CREDIT RISK

        Following your successful interview, we are pleased to offer you the position of Data Analyst in the Credit Risk Analytics team at Mvuli Bank Kenya Limited.

        Please find attached your letter of offer, which sets out the terms and conditions of employment, including remuneration and benefits. The proposed start date is Wednesday, 1st July 2026.

        Kindly sign and return a copy of the letter by Friday, 29th May 2026. Should you have any questions regarding the offer, please do not hesitate to contact me.

        Congratulations, and we look forward to welcoming you to the Mvuli family.

        Regards,

        Dennis Wafula | Talent Acquisition Partner
        Mvuli Bank Kenya Limited | Mvuli Towers, Upper Hill, Nairobi
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    attachment = Part([("Content-Type", 'application/pdf; name="Offer Letter - Achieng Otieno.pdf"'),
                       ("Content-Description", "Offer Letter - Achieng Otieno.pdf"),
                       ("Content-Disposition", 'attachment; filename="Offer Letter - Achieng Otieno.pdf"'),
                       ("Content-Transfer-Encoding", "base64")], b64(pdf))
    msgid = "<DB9PR08MB72114E8A1C0D7F39B26E5A0C4D1F@DB9PR08MB7211.eurprd08.prod.outlook.com>"
    hs = head('"Wafula, Dennis" <dennis.wafula@mvulibank.co.ke>', "Offer of Employment - Data Analyst (Credit Risk)",
              "2026-05-19 11:26:43", NBO, msgid,
              "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
              extra=(("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")))
    return message(hs, mixed(text(body, "utf-8", "quoted-printable"), attachment))


# --- key 35: dentist appointment with an ICS
@mail(n(35), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-06-06"),),
      note="Dental clinic appointment confirmation with ICS (Saturday 6 June, 10:30 am): confirmed time, not an "
           "interview.")
def n35() -> bytes:
    body = t("""
        Dear Achieng,

        Your appointment is confirmed.

        Clinic: Smile Care Dental Clinic, Yaya Centre, 2nd Floor, Argwings Kodhek Road
        Dentist: Dr. Imran Sheikh
        Service: Scaling & polishing, check-up
        Date: Saturday, 6 June 2026
        Time: 10:30 am

        Please arrive 10 minutes early. If you are paying with insurance, kindly bring your member card and ID. To cancel or reschedule, call 0709 555 321 at least 24 hours before your appointment.

        Smile Care Dental Clinic
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SmileCare//Appointments 2.3//EN\nMETHOD:PUBLISH\n" + NAIROBI_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:appt-2026-06-06-1030-dr-sheikh-55812@smilecare.co.ke
        DTSTAMP:20260602T071502Z
        DTSTART;TZID=Africa/Nairobi:20260606T103000
        DTEND;TZID=Africa/Nairobi:20260606T111500
        SUMMARY:Dentist – Dr. Imran Sheikh (Smile Care)
        LOCATION:Yaya Centre\\, 2nd Floor\\, Argwings Kodhek Road\\, Nairobi
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    msgid = "<20260602071502.55812.appt@smilecare.co.ke>"
    hs = head("Smile Care Dental Clinic <appointments@smilecare.co.ke>", "Appointment confirmed – Sat 6 Jun, 10:30 am",
              "2026-06-02 10:15:02", NBO, msgid, "from mail.smilecare.co.ke (mail.smilecare.co.ke [41.89.64.12])")
    return message(hs, mixed(text(body, "utf-8", "quoted-printable"),
                             calendar(ics, "PUBLISH", cte="base64", filename="appointment.ics", disposition="attachment")))


# --- key 36: recurring stand-up at the current employer (Exchange)
@mail(n(36), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-02-03"),),
      note="Exchange meeting request for a recurring daily data stand-up at her current employer; not an "
           "interview.")
def n36() -> bytes:
    seed = "nyota-standup"
    note = t("""
        Hi team,

        From Tuesday we'll move the data stand-up to 9:15 so that the overnight loads have finished before we meet. Same format: 15 minutes, yesterday / today / blockers. Please keep your cameras on if you are WFH.

        Peter

        """) + teams_block("412 776 309 581", "pT9wQ4", seed)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + EAT_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Gichuru, Peter":mailto:peter.gichuru@nyotaretail.co.ke
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Otieno, Achieng":mailto:achieng.otieno@nyotaretail.co.ke
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Njoroge, Brian":mailto:brian.njoroge@nyotaretail.co.ke
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adhiambo, Sharon":mailto:sharon.adhiambo@nyotaretail.co.ke
        DESCRIPTION;LANGUAGE=en-US:Hi team\\,\\n\\nFrom Tuesday we'll move the data stand-up to 9:15 so that the overnight loads have finished before we meet.\\n\\nPeter\\n
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO
        UID:{exchange_uid(seed)}
        SUMMARY;LANGUAGE=en-US:Data team stand-up
        DTSTART;TZID=E. Africa Standard Time:20260203T091500
        DTEND;TZID=E. Africa Standard Time:20260203T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260202T143011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        """) + exchange_tail(seed))
    msgid = "<AM9PR03MB7368D02E4F1A5C8B9E37A61D0C2F@AM9PR03MB7368.eurprd03.prod.outlook.com>"
    hs = head('"Gichuru, Peter" <peter.gichuru@nyotaretail.co.ke>', "Data team stand-up", "2026-02-02 17:30:11", NBO,
              msgid, "from EUR03-AM9-obe.outbound.protection.outlook.com (mail-am9eur03on2058.outbound.protection.outlook.com [40.107.103.58])",
              to='"Otieno, Achieng" <achieng.otieno@nyotaretail.co.ke>, "Njoroge, Brian" <brian.njoroge@nyotaretail.co.ke>, "Adhiambo, Sharon" <sharon.adhiambo@nyotaretail.co.ke>',
              pre=(("X-Forwarded-To", ME), ("X-Forwarded-For", "achieng.otieno@nyotaretail.co.ke " + ME)),
              extra=(("Thread-Topic", "Data team stand-up"), ("Content-Language", "en-US")))
    return message(hs, alt(text(note, "utf-8", "quoted-printable"), calendar(ics, "REQUEST", cte="base64")))


# --- key 37: 1:1 / mid-year review with her current manager (Exchange), forwarded from the work address
@mail(n(37), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-07-09"),),
      note="Exchange invitation to a mid-year review 1:1 with her current manager; not a job interview.")
def n37() -> bytes:
    seed = "nyota-1on1"
    note = t("""
        Hi Achieng,

        Let's use our 1:1 on Thursday for your mid-year review. Please fill in the self-assessment section on the HR portal beforehand and bring a couple of examples for the "impact" objectives. We'll also talk about the Power BI certification you asked about.

        Peter
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + EAT_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Gichuru, Peter":mailto:peter.gichuru@nyotaretail.co.ke
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Otieno, Achieng":mailto:achieng.otieno@nyotaretail.co.ke
        DESCRIPTION;LANGUAGE=en-US:Hi Achieng\\,\\n\\nLet's use our 1:1 on Thursday for your mid-year review.\\n\\nPeter\\n
        UID:{exchange_uid(seed)}
        SUMMARY;LANGUAGE=en-US:Achieng / Peter 1:1 – mid-year review
        DTSTART;TZID=E. Africa Standard Time:20260709T150000
        DTEND;TZID=E. Africa Standard Time:20260709T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260703T084412Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Peter's office (3rd floor) / Teams
        """) + exchange_tail(seed))
    msgid = "<AM9PR03MB73682B7C1E0D4F95A83E6C2D1B0A@AM9PR03MB7368.eurprd03.prod.outlook.com>"
    hs = head('"Gichuru, Peter" <peter.gichuru@nyotaretail.co.ke>', "Achieng / Peter 1:1 – mid-year review",
              "2026-07-03 11:44:12", NBO, msgid,
              "from EUR03-AM9-obe.outbound.protection.outlook.com (mail-am9eur03on2058.outbound.protection.outlook.com [40.107.103.58])",
              to='"Otieno, Achieng" <achieng.otieno@nyotaretail.co.ke>',
              pre=(("X-Forwarded-To", ME), ("X-Forwarded-For", "achieng.otieno@nyotaretail.co.ke " + ME)),
              extra=(("Thread-Topic", "Achieng / Peter 1:1 - mid-year review"), ("Content-Language", "en-US")))
    return message(hs, alt(text(note, "utf-8", "quoted-printable"), calendar(ics, "REQUEST", cte="base64")))


# --- key 38: apartment viewing, agent writes in Swahili
@mail(n(38), family="personal_appointment", lang="sw", interview=False, company=None,
      days=(("Sat", "2026-08-22"),),
      note="Property agent (Swahili) confirms an apartment viewing in Kilimani on Saturday 22 August at 'saa "
           "nne asubuhi' (10 am); a confirmed time, not an interview.")
def n38() -> bytes:
    body = t("""
        Habari Achieng,

        Asante kwa kuwasiliana nasi kuhusu nyumba ya vyumba viwili (2BR) iliyoko Kilimani, barabara ya Argwings Kodhek.

        Nimethibitisha viewing siku ya Jumamosi tarehe 22 Agosti saa nne asubuhi (10:00am). Nitakungoja kwenye lango kuu la Amani Court. Kodi ni KSh 65,000 kwa mwezi pamoja na service charge; deposit ni kodi ya miezi miwili.

        Ukichelewa au ukitaka kubadilisha siku, nitumie ujumbe WhatsApp: 0721 555 804.

        Karibu sana!

        Joseph Mwangi
        Makao Bora Properties
        Kilimani, Nairobi
        """)
    msgid = "<CAKz9Tp2Rm5Xw8Lq1Vb4Yn7Hs0Jc3Kd6Ef=Ga9Uo2Pi5Mr@mail.gmail.com>"
    hs = head(addr("Joseph Mwangi - Makao Bora", "joseph@makaobora.co.ke"), "Viewing - 2BR Kilimani (Amani Court)",
              "2026-08-20 19:02:45", NBO, msgid, GMAIL_SRC.format("yb1-f181", "219.181"))
    return message(hs, alt(text(body, "UTF-8"), html(gmail_html(body), "UTF-8")))


# --- key 39: Meetup RSVP for an evening talk titled like an interview
@mail(n(39), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Meetup RSVP confirmation for a community talk 'Behind the hiring panel: how Nairobi data teams "
           "interview' on Thursday 10 September, 6:00 PM EAT; an event, not her interview.")
def n39() -> bytes:
    body = t("""
        You're going!

        Nairobi Data & Analytics Community

        Behind the hiring panel: how Nairobi data teams interview in 2026

        Thursday, September 10, 2026
        6:00 PM to 8:30 PM EAT

        Ngong Hub, 4th Floor, Ngong Road, Kilimani, Nairobi

        Three hiring managers from fintech, retail and an NGO share what they look for in data analyst interviews, followed by a mock-panel demo and networking. Snacks and soft drinks provided, thanks to our sponsors.

        Add to calendar: https://www.meetup.com/nairobi-data-analytics/events/303918271/ical/
        Event page: https://www.meetup.com/nairobi-data-analytics/events/303918271/

        Can't make it anymore? Update your RSVP so someone on the waitlist can take your spot.

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from these emails: https://www.meetup.com/account/comm/
        """)
    htm = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Graphik,Helvetica,Arial,sans-serif">')
    msgid = "<1725437012841.3bd8a7e2.rsvp@meetup.com>"
    hs = head("Meetup <info@meetup.com>", "You're going to \"Behind the hiring panel: how Nairobi data teams interview in 2026\"",
              "2026-09-04 07:23:32", "UTC", msgid, "from o5.email.meetup.com (o5.email.meetup.com [167.89.55.213])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, alt(text(body), html(htm)))


# --- key 40: Zoom webinar registration, "Interview Masterclass"
@mail(n(40), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-07-11"),),
      note="Zoom webinar registration for 'Interview Masterclass: The Data Analyst Technical Interview' "
           "(Jul 11, 2026 10:00 AM Nairobi) with an ICS; a webinar, not her interview.")
def n40() -> bytes:
    body = t("""
        Hi Achieng,

        Thank you for registering for "Interview Masterclass: The Data Analyst Technical Interview".

        Please submit any questions to: hello@ajiraacademy.co.ke

        Date & Time: Jul 11, 2026 10:00 AM Nairobi

        Join from PC, Mac, iPad, or Android: https://us02web.zoom.us/w/86630199214?tk=Qa1b2C3d4E5f6G7h8I9j0K
        Passcode: 771204

        Add to calendar: https://us02web.zoom.us/webinar/tZMpf-6sqT8iE9/ics?user_id=achieng

        You can cancel your registration at any time.

        Ajira Academy
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nMETHOD:PUBLISH\n" + NAIROBI_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTAMP:20260706T060211Z
        DTSTART;TZID=Africa/Nairobi:20260711T100000
        DTEND;TZID=Africa/Nairobi:20260711T113000
        SUMMARY:Interview Masterclass: The Data Analyst Technical Interview
        UID:20260706T060211Z-86630199214@fe80:0:0:0:1c2d:3eff:fe4f:5a6b
        DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us02web.zoom.us/w/86630199214
        LOCATION:https://us02web.zoom.us/w/86630199214
        END:VEVENT
        END:VCALENDAR
        """))
    msgid = "<E1kQm4R-0007Tz-Ab@zoom.us>"
    hs = head("Ajira Academy <no-reply@zoom.us>",
              "Ajira Academy Interview Masterclass Confirmation", "2026-07-06 06:02:11", "UTC", msgid,
              "from mail-b.zoom.us (mail-b.zoom.us [170.114.10.77])",
              reply_to="hello@ajiraacademy.co.ke")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, "PUBLISH", cte="base64", ctype="text/calendar", filename="iCal.ics",
                                      disposition="attachment")))


# --- key 41: mock interview booked with a career coach (Calendly)
@mail(n(41), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Mon", "2026-03-30"),),
      note="Calendly confirmation of a paid mock interview with a career coach (7:00pm, Monday, March 30, 2026, "
           "East Africa Time); practice, not a job interview.")
def n41() -> bytes:
    body = t("""
        Hi Achieng Otieno,

        Your Mock Interview – Data & Analytics roles (60 min) with Lucy Wairimu at 7:00pm - 8:00pm (East Africa Time) on Monday, March 30, 2026 is scheduled.

        Event Name:
        Mock Interview – Data & Analytics roles (60 min)

        Location:
        Google Meet (link will be added to your calendar invite)

        Invitee Time Zone:
        East Africa Time

        Questions:
        Which role/company are you preparing for?
        Insight Analyst panel at a London research firm next week + a few Kenyan bank roles.

        Payment: KSh 3,500 (M-Pesa confirmation QJ81HT55X2)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2b9e0f71-4c3d-48a2-a6e5-07d1c9b3f84e
        Reschedule: https://calendly.com/reschedulings/2b9e0f71-4c3d-48a2-a6e5-07d1c9b3f84e

        Powered by Calendly.com
        """)
    msgid = "<0100018e7a1c9d3f-4e2b8c07-6a5d-4f19-b3e8-c1d0a9f7e264-000000@email.amazonses.com>"
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Mock Interview – Data & Analytics roles (60 min) with Lucy Wairimu on Monday, March 30, 2026",
              "2026-03-27 13:40:19", "UTC", msgid, "from a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])",
              reply_to=addr("Lucy Wairimu", "lucy@njiacareers.co.ke"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- key 42: podcast host confirms a recording
@mail(n(42), family="podcast", lang="en-sw", interview=False, company=None,
      days=(("Thu", "2026-08-27"),),
      note="Podcast host confirms a recorded interview with her (Thursday 27 August, 6:00 pm EAT) for the 'Data "
           "Dada' podcast; she is the guest, not a job candidate.")
def n42() -> bytes:
    body = t("""
        Hi Achieng!

        Asante sana for agreeing to be interviewed on the Data Dada podcast – our listeners are going to love your story of moving from accounts into analytics.

        Recording is confirmed for Thursday 27 August, 6:00 pm EAT, on Riverside.fm (link below). Plan for about an hour; the edited episode will be around 40 minutes. I'll send the rough question list by Monday – we'll cover your first job, learning SQL on the side, and your tips for women starting out in data.

        Studio link: https://riverside.fm/studio/data-dada?t=7e4f01

        Please use headphones and a laptop if you can 🙏🏾

        Cheers,
        Amani Chepkoech
        Host, Data Dada Podcast
        """)
    msgid = "<CAPx3Wq8Lm1Zv5Rt0Nb7Yc2Hs9Jd4Kf6Ga=Ue3To8Qi1Mr@mail.gmail.com>"
    hs = head(addr("Amani Chepkoech", "amani@datadada.africa"), "Data Dada podcast – recording confirmed 🎙️",
              "2026-08-21 14:55:30", NBO, msgid, GMAIL_SRC.format("ej1-f47", "218.47"))
    return message(hs, alt(text(body, "UTF-8"), html(gmail_html(body), "UTF-8")))


# --- key 43: she is on the panel interviewing someone else (current employer, Exchange)
@mail(n(43), family="interviewer_panel", lang="en", interview=False, company=None,
      days=(("Tue", "2026-02-24"),),
      note="HR at her current employer invites her as a PANELLIST to interview a junior analyst candidate (Tue 24 "
           "Feb, 10:00 EAT, ICS): she interviews someone else; not her interview.")
def n43() -> bytes:
    seed = "nyota-panel"
    note = t("""
        Dear Panel,

        Please find below the interview for Kevin Mutua, who has been shortlisted for the position of Junior Data Analyst (internal ref NRL/DA/2026/02).

        Panel:
        Peter Gichuru – Chair
        Achieng Otieno – Technical assessor
        Esther Moraa – HR

        The candidate's CV, the scoring sheet and the interview questions are attached. Kindly submit your scores on the HR portal by end of day.

        Regards,
        Esther Moraa
        HR Business Partner, Nyota Retail Ltd
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + EAT_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Moraa, Esther":mailto:esther.moraa@nyotaretail.co.ke
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gichuru, Peter":mailto:peter.gichuru@nyotaretail.co.ke
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Otieno, Achieng":mailto:achieng.otieno@nyotaretail.co.ke
        DESCRIPTION;LANGUAGE=en-US:Dear Panel\\,\\n\\nPlease find below the interview for Kevin Mutua\\, who has been shortlisted for the position of Junior Data Analyst.\\n\\nRegards\\,\\nEsther\\n
        UID:{exchange_uid(seed)}
        SUMMARY;LANGUAGE=en-US:Interview: Junior Data Analyst – Kevin Mutua
        DTSTART;TZID=E. Africa Standard Time:20260224T100000
        DTEND;TZID=E. Africa Standard Time:20260224T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260218T062930Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Boardroom 2\\, Nyota House
        """) + exchange_tail(seed))
    msgid = "<AM9PR03MB7368A9F01C2E3D4B5A6978C0E1D2@AM9PR03MB7368.eurprd03.prod.outlook.com>"
    hs = head('"Moraa, Esther" <esther.moraa@nyotaretail.co.ke>', "Interview: Junior Data Analyst – Kevin Mutua",
              "2026-02-18 09:29:30", NBO, msgid,
              "from EUR03-AM9-obe.outbound.protection.outlook.com (mail-am9eur03on2058.outbound.protection.outlook.com [40.107.103.58])",
              to='"Gichuru, Peter" <peter.gichuru@nyotaretail.co.ke>, "Otieno, Achieng" <achieng.otieno@nyotaretail.co.ke>',
              pre=(("X-Forwarded-To", ME), ("X-Forwarded-For", "achieng.otieno@nyotaretail.co.ke " + ME)),
              extra=(("Thread-Topic", "Interview: Junior Data Analyst - Kevin Mutua"), ("Content-Language", "en-US")))
    return message(hs, alt(text(note, "utf-8", "quoted-printable"), calendar(ics, "REQUEST", cte="base64")))


# --- key 44: reference call about a former colleague
@mail(n(44), family="reference_call", lang="en", interview=False, company="Pesa Grid",
      days=(("Wed", "2026-11-11"),),
      note="Recruiter confirms a reference call with her as the referee for a former colleague (Wednesday 11 "
           "November, 2:00 pm EAT); not her interview.")
def n44() -> bytes:
    body = t("""
        Dear Achieng,

        Thank you for agreeing to act as a referee for Faith Njeri, who has applied for the position of Senior BI Developer at Pesa Grid.

        As agreed, I will call you on Wednesday 11 November at 2:00 pm EAT on 0722 555 067. The call should take about 15 minutes. I will ask about your working relationship with Faith, her technical strengths and areas for development.

        Everything you share will be kept confidential.

        Kind regards,
        Joyce Akinyi
        People & Culture, Pesa Grid
        """)
    msgid = "<SN7PR12MB8034C1D2E3F4A5B6C7D8E9F0A1B2@SN7PR12MB8034.namprd12.prod.outlook.com>"
    hs = head(addr("Joyce Akinyi", "joyce.akinyi@pesagrid.com"), "Reference check – Faith Njeri (confirmation)",
              "2026-11-06 10:20:14", NBO, msgid,
              "from NAM12-SN7-obe.outbound.protection.outlook.com (mail-sn7nam12on2101.outbound.protection.outlook.com [40.107.93.101])")
    return message(hs, alt(text(body, "utf-8", "quoted-printable"), html(gmail_html(body), "utf-8", "quoted-printable")))


# --- key 45: out-of-office auto-reply from the agency recruiter
@mail(n(45), family="auto_reply", lang="en", interview=False, company="Talanta Recruitment",
      days=(("Mon", "2026-07-27"),),
      note="Outlook automatic reply (Auto-Submitted: auto-replied) from the agency recruiter, to her thank-you "
           "note after the Jengo interview.")
def n45() -> bytes:
    body = t("""
        Hello,

        Thank you for your email. I am out of office attending a client workshop in Kampala until Monday 27th July 2026, with limited access to email.

        For urgent matters, kindly contact our office on +254 733 555 200 or info@talantarecruit.co.ke.

        Regards,
        Brian Kiprotich
        Senior Consultant | Talanta Recruitment Ltd
        """)
    msgid = "<VI1P195MB0612E4F5A6B7C8D9E0F1A2B3C4D5@VI1P195MB0612.EURP195.PROD.OUTLOOK.COM>"
    hs = head(addr("Brian Kiprotich", "brian.kiprotich@talantarecruit.co.ke"),
              "Automatic reply: Thank you - Jengo Logistics interview", "2026-07-21 08:03:41", NBO, msgid,
              "from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2090.outbound.protection.outlook.com [40.107.247.90])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAQw4Lm8Zx2Pv6Rt1Nb9Yc3Hs7Jd0Kf5Ga=Ue4To9Qi2Mr@mail.gmail.com>")))
    return message(hs, text(body, "utf-8", "quoted-printable"))


# --- key 46: bounce of her thank-you note (typo in the address)
@mail(n(46), family="bounce", lang="en", interview=False, company=None,
      note="Postfix delivery-status notification: her thank-you after the Mombasa interview bounced (mistyped "
           "domain); the returned message mentions the interview, nothing is scheduled.")
def n46() -> bytes:
    original = message([
        ("From", addr(ME_NAME, ME)), ("To", addr("Salim Mwinyi", "salim.mwinyi@pwanifreigth.co.ke")),
        ("Subject", "Thank you - Data Analyst interview"), ("Date", date("2026-06-09 19:41:06", NBO)),
        ("Message-ID", "<CAQw7Rm2Zx5Pv9Lt4Nb1Yc6Hs0Jd3Kf8Ga=Ue7To1Qi5Mr@mail.example.org>"),
    ], text(t("""
        Dear Salim,

        Thank you for taking the time to meet me this morning, and please pass my thanks to Mr. Omar as well. I enjoyed learning about how Pwani Freight tracks container dwell times, and I am even more excited about the role.

        I look forward to hearing from you.

        Kind regards,
        Achieng
        """), "utf-8", "quoted-printable"))
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <salim.mwinyi@pwanifreigth.co.ke>: Host or domain name not found. Name service
            error for name=pwanifreigth.co.ke type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F2A91C0B7
        X-Postfix-Sender: rfc822; achieng.otieno@example.org
        Arrival-Date: Tue,  9 Jun 2026 16:41:07 +0000 (UTC)

        Final-Recipient: rfc822; salim.mwinyi@pwanifreigth.co.ke
        Original-Recipient: rfc822;salim.mwinyi@pwanifreigth.co.ke
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=pwanifreigth.co.ke type=MX: Host not found, try again
        """)
    body = multipart("report", text(report, "us-ascii", "7bit", extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
                     attached_message(original), params="report-type=delivery-status",
                     boundary="4F2A91C0B7.1781023267/mx1.example.org")
    msgid = "<20260609164107.9D3E0C12A4@mx1.example.org>"
    hs = [("Return-Path", "<>"), ("Delivered-To", ME),
          ("Received", "by mx1.example.org (Postfix)\r\n id 9D3E0C12A4; Tue,  9 Jun 2026 16:41:07 +0000 (UTC)"),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", ME),
          ("Auto-Submitted", "auto-replied"), ("Date", date("2026-06-09 16:41:07", "UTC")), ("Message-ID", msgid)]
    return message(hs, body)


# --- key 47: Workday status update, "a member of our team will be in touch" (HTML only)
@mail(n(47), family="application_status", lang="en", interview=False, company="Rift Valley Agro Processors",
      note="Workday status update: application moved to the interview stage, recruiter 'will contact you to "
           "agree a suitable date and time'; nothing fixed. The same slot was later cancelled (key 22).")
def n47() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"></head>
        <body style="margin:0;padding:0;background-color:#f6f7f8">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background:#2e6b30;padding:18px 24px;color:#ffffff;font-size:18px">Rift Valley Agro Processors Ltd &ndash; Careers</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Achieng,</p>
        <p>Thank you for applying for the <b>Data Analyst, Supply Chain</b> position (JR-2026-0412).</p>
        <p>We are pleased to let you know that your application has progressed to the <b>Interview</b> stage. A member of our Talent Acquisition team will contact you shortly to agree a suitable date and time for a first interview.</p>
        <p>In the meantime, please make sure your contact details in your candidate profile are up to date.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Rift Valley Agro Processors Ltd, Nakuru</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888888;border-top:1px solid #eeeeee">This email was sent from an unmonitored mailbox. Please do not reply. <a href="https://wd3.myworkdaysite.com/recruiting/riftvalleyagro/Careers/userHome">Go to your candidate home</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    msgid = "<904417288.118205.1787551502233.JavaMail.wdmail@wd3-prod-mail2.myworkday.com>"
    hs = head("Rift Valley Agro Processors <riftvalleyagro@myworkday.com>",
              "Your application status - Data Analyst, Supply Chain (JR-2026-0412)",
              "2026-08-24 07:05:02", "America/Los_Angeles", msgid,
              "from wd3-prod-mail2.myworkday.com (wd3-prod-mail2.myworkday.com [216.3.15.39])")
    return message(hs, html(htm, "UTF-8", "base64"))


# --- key 48: "we shall revert" after the Kampala panel (key 6)
@mail(n(48), family="post_interview", lang="en", interview=False, company="Nile Crest Microfinance",
      note="Post-interview thank-you: panel concluding interviews, will revert by mid-July; nothing scheduled.")
def n48() -> bytes:
    body = t("""
        Dear Achieng,

        Thank you for attending the interview yesterday and for your thank-you note. The panel appreciated your presentation on the loan-book dashboard.

        We are concluding interviews with the remaining candidates this week and we shall revert to you by mid-July on the outcome.

        Kind regards,

        Ruth Nakato
        Human Resource Officer
        Nile Crest Microfinance Ltd, Kampala
        """)
    msgid = "<PAXPR02MB7534A0B1C2D3E4F5A6B7C8D9E0F1@PAXPR02MB7534.eurprd02.prod.outlook.com>"
    hs = head(addr("Ruth Nakato", "ruth.nakato@nilecrestmfi.co.ug"), "RE: Thank you - Data Analyst interview",
              "2026-06-26 09:12:50", "Africa/Kampala", msgid,
              "from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2088.outbound.protection.outlook.com [40.107.6.88])")
    return message(hs, text(body, "utf-8", "quoted-printable"))


# --- key 49: candidate-experience survey after the SmartRecruiters interview (key 14)
@mail(n(49), family="survey", lang="en", interview=False, company="Kilele Beverages",
      note="Candidate-experience survey after her interview ('How was your interview?'); nothing scheduled.")
def n49() -> bytes:
    body = t("""
        Hi Achieng,

        How was your interview experience with Kilele Beverages Ltd?

        You recently interviewed for Commercial Data Analyst. We'd love to hear about it – the survey takes less than 2 minutes and your answers are anonymous. They will not affect your application in any way.

        How likely are you to recommend applying to Kilele Beverages to a friend?
        0  1  2  3  4  5  6  7  8  9  10
        https://survey.smartrecruiters.com/s/4e8a1c?score=

        Thank you,
        Kilele Beverages Hiring Team

        Powered by SmartRecruiters
        """)
    msgid = "<sr.9c4d2e1f7a3b5068.1785926400@smartrecruiters.com>"
    hs = head("Kilele Beverages Hiring Team <noreply@smartrecruiters.com>", "How was your interview with Kilele Beverages Ltd?",
              "2026-08-05 10:40:00", "UTC", msgid, "from mail176-12.suw41.mandrillapp.com (mail176-12.suw41.mandrillapp.com [198.2.176.12])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- key 50: visa interview appointment
@mail(n(50), family="non_job_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Visa application centre: biometrics and visa interview appointment on Tuesday, 6 October 2026 at "
           "08:15; an interview at a fixed time, but not a job interview.")
def n50() -> bytes:
    body = t("""
        APPOINTMENT CONFIRMATION

        Dear ACHIENG OTIENO,

        Your appointment has been booked successfully.

        Reference number: MVS-KE-2026-0918-44721
        Appointment type: Biometrics and visa interview (Business visitor)
        Visa Application Centre: Nairobi - 3rd Floor, Westlands Square, Lower Kabete Road
        Date: Tuesday, 6 October 2026
        Time: 08:15

        Please bring:
        - This appointment letter (printed)
        - Your valid passport and a copy of the bio-data page
        - Conference invitation letter and proof of accommodation
        - Bank statements for the last 6 months

        Applicants who arrive more than 15 minutes late may be asked to rebook. Mobile phones and laptops are not allowed in the interview area.

        This is an automated message. Please do not reply.
        Meridian Visa Services - Nairobi
        """)
    msgid = "<MVS.20260928.44721.0918@appointments.meridianvisa.com>"
    hs = head("Meridian Visa Services <donotreply@appointments.meridianvisa.com>",
              "Appointment Confirmation - MVS-KE-2026-0918-44721", "2026-09-28 11:18:03", NBO, msgid,
              "from smtp2.meridianvisa.com (smtp2.meridianvisa.com [91.208.44.102])")
    return message(hs, text(body, "iso-8859-1", "quoted-printable"))
