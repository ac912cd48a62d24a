# ruff: noqa: E501
"""blind16: 50 hand-written mails for the inbox of Olivia Bennett <olivia.bennett@example.net>,
a marketing analyst in London (Europe/London), employed at the fictional Pellow & Marsh whose work
calendar is forwarded to this inbox, applying across the UK, Ireland, Amsterdam, Berlin and New York.

Keys 1-50 are the writing order (positives first); the file number is a fixed shuffle of the keys.
Written blind (without reading the detector, its tests and fixtures, or other held-out mails); the
MIME plumbing and the label checks are ``make.py``'s.
"""

from __future__ import annotations

import html as H
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
    mail,
    message,
    mixed,
    received,
    t,
)

SET = "blind16"
ORDER = random.Random(16016).sample(range(1, 51), 50)

ME = "olivia.bennett@example.net"
OLIVIA = addr("Olivia Bennett", ME)
LON = "Europe/London"
NYC = "America/New_York"
BER = "Europe/Berlin"
AMS = "Europe/Amsterdam"
DUB = "Europe/Dublin"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def mx(from_host: str, ip: str, mx_id: str) -> tuple[str, str]:
    return (f"from {from_host} ({from_host} [{ip}])", f"mx2.example.net with ESMTPS id {mx_id}")


def head(frm: str, subject: str, when: str, zone: str, msgid: str, rcv: tuple[str, str], *,
         to: str = OLIVIA, extra: tuple[tuple[str, str], ...] = (), lag: int = 3,
         charset: str = "utf-8") -> list[tuple[str, str]]:
    return [
        ("Delivered-To", ME),
        ("Received", received(rcv[0], when, zone, rcv[1], ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def plain(body: str, charset: str = "utf-8", cte: str = "quoted-printable", **kw) -> make.Part:
    return make.text(body, charset, cte, **kw)


def page(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A simple HTML twin of a plain body: blank-line paragraphs, <br> inside them."""
    out = [f'<html><head><meta charset="utf-8"></head><body style="{style}">']
    for para in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(H.escape(line) for line in para.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def outlook_html(body: str) -> str:
    """The HTML twin Outlook writes: WordSection1 with one MsoNormal paragraph per line."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>',
           '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    for line in body.rstrip("\n").split("\n"):
        inner = H.escape(line) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Aptos&quot;,sans-serif">{inner}</span></p>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


EUROPE_LONDON = """BEGIN:VTIMEZONE
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

EUROPE_AMSTERDAM = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Amsterdam")

ZONES = {
    "@@LON@@": EUROPE_LONDON,
    "@@AMS@@": EUROPE_AMSTERDAM,
    "@@BER@@": VTZ["Europe/Berlin"],
    "@@NYC@@": VTZ["America/New_York"],
    "@@GMT@@": VTZ["GMT Standard Time"],
}


def cal(body: str) -> str:
    """Dedent a hand-written ICS, then splice in the VTIMEZONE blocks."""
    out = t(body)
    for token, vtz in ZONES.items():
        out = out.replace(token, vtz)
    return out


TEAMS_PLAIN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives


@mail(n(1), family="agency", lang="en", interview=True, kind="scheduled",
      start="2026-04-14T09:30:00Z", end=None, contact="dan.whitfield@harlowscott.co.uk",
      company="Northgate Building Society", local="Tue 2026-04-14 10:30", zone=LON,
      note="Leeds agency consultant books her in with the client: 'Tues 14th @ 10:30' resolved against the Date (Thu 9 Apr 2026), in-person in Leeds, BST (UTC+1) -> 09:30Z. 'Allow an hour or so' is approximate -> end null. The 07:33/09:45 train times are distractors. Contact = the consultant (human sender); company = the client, not the agency.")
def m01() -> bytes:
    body = t("""
        Hi Olivia,

        Great news – Northgate have come back already and they'd like to meet you! I've got you booked in with Rachel Ingham (Head of Member Insight) and Tom Beaumont from the CRM team for Tues 14th @ 10:30 at their head office:

        Northgate Building Society
        Park Row House, 12 Park Row
        Leeds LS1 5JL

        It's a first stage, mostly competency based, plus a chat about the loyalty programme dashboards you built in Tableau – Rachel was really taken with that bit of your CV. Allow an hour or so. Ask for Rachel at reception and they'll sign you in.

        If you're getting the train up from King's Cross, the 07:33 gets into Leeds at 09:45 and it's a 10 minute walk from the station, so that gives you a bit of breathing space.

        I'll give you a quick call Monday afternoon to run through it. Give me a bell after and let me know how you got on!

        Cheers,
        Dan

        Dan Whitfield
        Senior Consultant – Marketing & Insight
        Harlow Scott Recruitment | Leeds
        T: 0113 496 0721 | M: 07700 900412
        www.harlowscott.co.uk

        Harlow Scott Recruitment Ltd is registered in England and Wales (No. 08812345). We act as an employment agency for permanent recruitment.
        """)
    hs = head(addr("Dan Whitfield", "dan.whitfield@harlowscott.co.uk"),
              "Northgate BS - you're booked in for Tues 14th!", "2026-04-09 16:42:10", LON,
              "<LO4P265MB6611C0A2E3F4B5D6E7F8A9B0C1D2@LO4P265MB6611.GBRP265.PROD.OUTLOOK.COM>",
              mx("mail-uksouthazon11020091.outbound.protection.outlook.com", "52.101.195.91", "4bXk2Q0x9Lz3"),
              extra=(("Thread-Topic", "Northgate BS - you're booked in for Tues 14th!"),
                     ("Thread-Index", "AdypQ3kzv0y8n2c1TU6Qe9m4l7b5xA=="),
                     ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(plain(body), make.html(outlook_html(body))))


@mail(n(2), family="agency", lang="en", interview=True, kind="rescheduled",
      start="2026-02-05T14:30:00Z", end="2026-02-05T15:15:00Z", contact="sophie.crane@lyttonpage.co.uk",
      company="Brackenfield Foods", local="Thu 2026-02-05 14:30", local_end="2026-02-05 15:15", zone=LON,
      days=(("Wed", "2026-02-04"), ("Thu", "2026-01-29")),
      note="Agency consultant moves the Teams interview from 'Wednesday at 11' to 'half two on Thursday' (Date Mon 2 Feb 2026 -> Thu 5 Feb), GMT = UTC -> 14:30Z. '45 mins' exact -> end 15:15Z. The quoted original confirmation (sent Thu 29 Jan: Wednesday 4th February at 11am) is the old slot. Contact = consultant; company = the client.")
def m02() -> bytes:
    body = t("""
        Morning Olivia,

        Bit of a change I'm afraid – Marcus at Brackenfield has been pulled into their sales conference on Wednesday so he can't do 11 o'clock any more. He's asked whether you could do half two on Thursday instead, same Teams link and same panel (Marcus Kaye and Leanne Doyle from the brand team).

        As you said Thursdays are easier for you with work I've confirmed that with them – so it's half two Thursday now. Their EA will send the updated Teams invite over this morning. Still 45 mins, so you'll be done by quarter past three.

        Shout if anything's a problem.

        Thanks,
        Sophie

        Sent from my iPhone

        > On 29 Jan 2026, at 15:02, Sophie Crane <sophie.crane@lyttonpage.co.uk> wrote:
        >
        > Hi Olivia,
        >
        > Confirming your Teams interview with Brackenfield Foods (Manchester) for the Consumer Insight Analyst role on Wednesday 4th February at 11am. 45 minutes with Marcus Kaye (Insight Manager) and Leanne Doyle (Senior Brand Manager).
        >
        > Have a read of their last two annual reports and their "Good Food Plan" before then – they'll ask!
        >
        > Sophie Crane
        > Principal Consultant | Lytton Page Recruitment | Manchester
        > 0161 496 0833
        """)
    hs = head(addr("Sophie Crane", "sophie.crane@lyttonpage.co.uk"),
              "Re: Brackenfield Foods - Teams interview", "2026-02-02 08:14:55", LON,
              "<7F3A1B2C-44D9-4E0A-9B61-2C5E8D7A1F03@lyttonpage.co.uk>",
              mx("mail-am6eur05on2112.outbound.protection.outlook.com", "40.107.22.112", "4fKp9Rt1b2Vw"),
              extra=(("In-Reply-To", "<LO2P265MB3321A9D1@LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM>"),
                     ("X-Mailer", "iPhone Mail (22D63)")))
    return message(hs, plain(body))


@mail(n(3), family="nhs_jobs", lang="en", interview=True, kind="scheduled",
      start="2026-05-20T10:15:00Z", end=None, contact="priya.chauhan@ntch.nhs.uk",
      company="North Thames Community Health NHS Trust", local="Wed 2026-05-20 11:15", zone=LON,
      note="NHS Jobs 'Interview invitation' (HTML only, QP): Wednesday 20 May 2026 11:15, BST -> 10:15Z; arrive 15 minutes early; 'approximately 45 minutes' -> end null. No-reply sender; contact = recruiting manager named in the body.")
def m03() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>NHS Jobs</title></head>
        <body style="margin:0;padding:0;background:#f0f4f5;font-family:Arial,sans-serif;font-size:16px;color:#212b32">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#005eb8;padding:16px 24px">
        <span style="color:#ffffff;font-weight:bold;font-size:20px">NHS Jobs</span></td></tr>
        <tr><td style="background:#ffffff;padding:24px">
        <p>Dear Olivia Bennett</p>
        <h1 style="font-size:24px">Interview invitation</h1>
        <p>Job reference: 381-NTCH-4472-C<br>
        Job title: Communications and Insight Officer (Band 6)<br>
        Employer: North Thames Community Health NHS Trust</p>
        <p>Thank you for your application. We are pleased to invite you to an interview for this post.</p>
        <h2 style="font-size:19px">Interview details</h2>
        <table role="presentation" cellpadding="4" cellspacing="0" style="font-size:16px">
        <tr><td><strong>Date</strong></td><td>Wednesday 20 May 2026</td></tr>
        <tr><td><strong>Time</strong></td><td>11:15</td></tr>
        <tr><td><strong>Venue</strong></td><td>Room 2.14, Lindfield House, 40 Chalk Lane, London NW1 7QX</td></tr>
        <tr><td><strong>Format</strong></td><td>Face-to-face panel interview (approximately 45 minutes)</td></tr>
        </table>
        <p>Please arrive 15 minutes before your interview time and report to the main reception.</p>
        <p>Please bring with you:</p>
        <ul>
        <li>photographic ID (passport or photocard driving licence)</li>
        <li>evidence of your right to work in the UK</li>
        <li>one proof of address dated within the last 3 months</li>
        </ul>
        <p>You must confirm that you will attend by signing in to your NHS Jobs account and selecting <strong>Confirm attendance</strong>.</p>
        <p>If you need any reasonable adjustments, or you cannot attend, please contact the recruiting manager, Priya Chauhan (Head of Communications), at <a href="mailto:priya.chauhan@ntch.nhs.uk">priya.chauhan@ntch.nhs.uk</a> or on 020 7946 0318.</p>
        <p>Yours sincerely<br>Recruitment Team<br>North Thames Community Health NHS Trust</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:14px;color:#4c6272">This is an automated email from NHS Jobs. Please do not reply to this email address.</td></tr>
        </table>
        </body></html>
        """)
    hs = head(addr("NHS Jobs", "no-reply@jobs.nhs.uk"),
              "Interview invitation – Communications and Insight Officer (Band 6)", "2026-05-11 14:03:27", LON,
              "<0102019e1a2b3c4d-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@eu-west-2.amazonses.com>",
              mx("a10-20.smtp-out.eu-west-2.amazonses.com", "54.240.10.20", "4gT2mLq7ZcR1"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, make.html(body))


@mail(n(4), family="university_hr", lang="en", interview=True, kind="scheduled",
      start="2026-06-25T13:00:00Z", end=None, contact="l.evans@severn.ac.uk",
      company="University of the Severn", local="Thu 2026-06-25 14:00", zone=LON,
      days=(("Tue", "2026-06-23"),),
      note="University HR invitation (windows-1252, QP): panel interview with a 10-minute presentation on Thursday 25 June 2026 at 2.00pm, BST -> 13:00Z. Panel 'approximately 40 minutes' -> end null. The slides deadline (12 noon Tue 23 June) is a distractor. Asking her to confirm attendance does not make the fixed slot tentative. Contact = HR administrator (sender).")
def m04() -> bytes:
    body = t("""
        Dear Olivia

        Student Recruitment Insight Analyst – Ref: 2026-0415

        Further to your recent application, I am pleased to invite you to attend an interview for the above post on Thursday 25 June 2026 at 2.00pm. The interview will be held in the Beacon Room (first floor), Senate House, Coldharbour Walk, Bristol BS8 9ZZ.

        The selection process will consist of:

        •  A 10-minute presentation on the following topic: “How should the University use its enquiry and application data to improve conversion from offer to enrolment?” You may use up to five PowerPoint slides, which should be e-mailed to me by 12 noon on Tuesday 23 June so that they can be loaded in advance.
        •  A panel interview lasting approximately 40 minutes.

        The panel will be:

        Dr Helen Marsh – Director of Marketing and Student Recruitment (Chair)
        Jamie O’Connell – Head of Insight and Market Intelligence
        Fiona Reid – HR Business Partner

        Please let me know by return whether you are able to attend, and whether you require any adjustments to be made to the interview arrangements. Senate House has step-free access from Coldharbour Walk; the nearest pay-and-display parking is at the Woodland Road car park.

        Please bring your passport (or other original documents confirming your right to work in the UK) with you on the day.

        Kind regards

        Lowri Evans
        HR Administrator (Recruitment)
        Human Resources | University of the Severn
        Tel: 0117 496 0552 | l.evans@severn.ac.uk
        """)
    hs = head(addr("Lowri Evans", "l.evans@severn.ac.uk"),
              "Invitation to interview - Student Recruitment Insight Analyst (Ref 2026-0415)", "2026-06-16 10:27:41", LON,
              "<DB9PR07MB8840E6A4B1C2D3E4F5A6B7C8D9E0@DB9PR07MB8840.eurprd07.prod.outlook.com>",
              mx("mail-db8eur05on2090.outbound.protection.outlook.com", "40.107.20.90", "4hNw3Ys8KdA6"),
              extra=(("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")))
    return message(hs, alt(plain(body, "windows-1252"), make.html(page(body, "font-family:Calibri,sans-serif;font-size:11pt").replace('charset="utf-8"', 'charset="windows-1252"'), "windows-1252")))


@mail(n(5), family="tribepad", lang="en", interview=True, kind="scheduled",
      start="2026-03-30T09:00:00Z", end="2026-03-30T10:00:00Z", contact="ffion.rees@taffvalehomes.co.uk",
      company="Taff Vale Homes", local="Mon 2026-03-30 10:00", local_end="2026-03-30 11:00", zone=LON,
      days=(("Sun", "2026-03-29"),),
      note="Tribepad confirmation sent Wed 25 Mar 2026 in GMT for Monday 30 March 10:00-11:00, the day after the UK clocks go forward -> BST -> 09:00Z-10:00Z. Contact = Reply-To (People Partner).")
def m05() -> bytes:
    body = t("""
        Hi Olivia,

        Thank you for booking your interview. Here are your confirmed details:

        Role: Marketing & Customer Insight Analyst
        Date: Monday 30th March 2026
        Time: 10:00 - 11:00
        Location: Taff Vale Homes, Tŷ Afon, 3 Heol y Bont, Cardiff CF10 5QZ
        Interviewers: Ffion Rees (People Partner) and Gethin Morgan (Head of Customer Insight)

        Please note the clocks go forward on Sunday 29th March – all times shown are UK time.

        When you arrive, please sign in at reception on the ground floor. Visitor parking is limited, so we'd recommend public transport (Cardiff Central is a 10 minute walk).

        If you need to rearrange, just reply to this email and it will reach Ffion.

        Mae croeso i chi ohebu â ni yn Gymraeg. / You are welcome to correspond with us in Welsh.

        Diolch / Thank you,
        Taff Vale Homes Recruitment Team

        Powered by Tribepad
        """)
    hs = head(addr("Taff Vale Homes", "no-reply@mail.tribepad.com"),
              "Interview confirmation: Marketing & Customer Insight Analyst", "2026-03-25 11:20:02", LON,
              "<20260325112002.6f1e9a0c4b@mail.tribepad.com>",
              mx("mail.tribepad.com", "185.83.64.21", "4jPq7Vd2MnX8"),
              extra=(("Reply-To", addr("Ffion Rees", "ffion.rees@taffvalehomes.co.uk")),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(6), family="pinpoint", lang="en", interview=True, kind="scheduled",
      start="2026-04-22T14:00:00Z", end="2026-04-22T14:45:00Z", contact="maya.okafor@hollowoakcoffee.co.uk",
      company="Hollow Oak Coffee", local="Wed 2026-04-22 15:00", local_end="2026-04-22 15:45", zone=LON,
      note="Pinpoint video interview confirmation with ICS (TZID Europe/London): Wednesday 22 April 2026, 3:00pm-3:45pm BST -> 14:00Z-14:45Z. Contact = Reply-To / ORGANIZER (Head of Growth). Thread: receipt before, rejection after.")
def m06() -> bytes:
    body = t("""
        Hi Olivia,

        Your video interview for Growth Marketing Analyst at Hollow Oak Coffee has been scheduled.

        When
        Wednesday 22 April 2026, 3:00pm - 3:45pm (BST)

        Where
        Google Meet – https://meet.google.com/kqv-trzn-hpw

        Who you'll meet
        Maya Okafor, Head of Growth
        Sam Tillett, CRM Lead

        A calendar invitation is attached. If you need to change anything, reply to this email and Maya will pick it up.

        Good luck!
        The Hollow Oak Coffee team
        Bristol · hollowoakcoffee.co.uk

        Sent with Pinpoint
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Pinpoint//Interview Scheduling//EN
        METHOD:REQUEST
        @@LON@@
        BEGIN:VEVENT
        UID:interview-5d21c9f0-7a3e-4b8b-9f51-0a4e2c6d1b77@pinpointhq.com
        DTSTAMP:20260416T080500Z
        DTSTART;TZID=Europe/London:20260422T150000
        DTEND;TZID=Europe/London:20260422T154500
        SUMMARY:Interview: Olivia Bennett / Hollow Oak Coffee (Growth Marketing Analyst)
        LOCATION:https://meet.google.com/kqv-trzn-hpw
        DESCRIPTION:Video interview with Maya Okafor and Sam Tillett.\\nJoin: https://meet.google.com/kqv-trzn-hpw
        ORGANIZER;CN=Maya Okafor:mailto:maya.okafor@hollowoakcoffee.co.uk
        ATTENDEE;CN=Olivia Bennett;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivia.bennett@example.net
        ATTENDEE;CN=Sam Tillett;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam.tillett@hollowoakcoffee.co.uk
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Hollow Oak Coffee", "notifications@pinpointhq.com"),
              "Interview confirmed: Growth Marketing Analyst at Hollow Oak Coffee", "2026-04-16 09:05:33", LON,
              "<pp.int.8812734.1776326733@pinpointhq.com>",
              mx("o1.ptr4471.pinpointhq.com", "149.72.180.44", "4kRs1Wf5PqY2"),
              extra=(("Reply-To", addr("Maya Okafor", "maya.okafor@hollowoakcoffee.co.uk")),))
    return message(hs, mixed(alt(plain(body), make.html(page(body))),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(7), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-10-19T08:30:00Z", end="2026-10-19T09:30:00Z", contact="niamh.kelleher@marlowefinch.com",
      company="Marlowe & Finch", local="Mon 2026-10-19 09:30", local_end="2026-10-19 10:30", zone=LON,
      note="Workday 'Interview Scheduled', HTML only in base64: Monday, October 19, 2026 9:30 AM - 10:30 AM BST (still summer time; clocks change 25 Oct) -> 08:30Z-09:30Z. Workday system sender; contact = recruiter named in the body.")
def m07() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#333333;max-width:640px">
        <img src="https://wd3.myworkdaysite.com/marlowefinch/assets/logo.png" alt="Marlowe &amp; Finch" width="160"><br><br>
        Dear Olivia,<br><br>
        We are pleased to confirm your interview for the position of <b>Senior Marketing Analyst, Pet Care (R-0048213)</b>.<br><br>
        <b>Interview Details</b><br>
        Monday, October 19, 2026<br>
        9:30 AM - 10:30 AM BST<br>
        Location: Marlowe &amp; Finch House, 22 Sumner Street, London SE1 9QP (please ask for the Insight team at reception)<br><br>
        <b>Interviewers</b><br>
        Charlotte Greaves - Insight Director<br>
        Ben Aluko - Senior Brand Manager, Pet Care<br><br>
        If you have any questions or need to request an adjustment, please contact your recruiter, Niamh Kelleher, at <a href="mailto:niamh.kelleher@marlowefinch.com">niamh.kelleher@marlowefinch.com</a>.<br><br>
        You can view the details of your interview at any time from the Candidate Home section of our careers site.<br><br>
        Kind regards,<br>
        Talent Acquisition<br>
        Marlowe &amp; Finch plc<br><br>
        <span style="font-size:11px;color:#888888">This message was sent from an unmonitored mailbox. Marlowe &amp; Finch plc, registered in England No. 00412873.</span>
        </div></body></html>
        """)
    hs = head(addr("Marlowe & Finch Careers", "marlowefinch@myworkday.com"),
              "Interview Scheduled - Senior Marketing Analyst, Pet Care (R-0048213)", "2026-10-13 17:48:09", LON,
              "<1198340576.412209.1791909689213@wd3-prod-mail.myworkday.com>",
              mx("wd3-prod-mail.myworkday.com", "149.96.5.40", "4mTu8Xa3RsZ5"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, make.html(body, cte="base64"))


@mail(n(8), family="successfactors", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z", contact="jana.krueger@havelwerk-mobility.de",
      company="Havelwerk Mobility GmbH", local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=BER,
      days=(("Sun", "2026-10-25"),),
      note="German SuccessFactors invitation sent Wed 21 Oct 2026 (CEST) for Montag, 26. Oktober 2026, 10:00-11:00 Uhr MEZ, the day after summer time ends -> CET (UTC+1) -> 09:00Z-10:00Z; the body also says 9:00 in London. ICS TZID Europe/Berlin. ORGANIZER is the system mailbox; contact = the talent acquisition contact in the body.")
def m08() -> bytes:
    body = t("""
        Sehr geehrte Frau Bennett,

        vielen Dank für Ihr Interesse an der Position Marketing Analyst (m/w/d) – Job-ID 40218 – bei der Havelwerk Mobility GmbH. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne näher kennenlernen.

        Hiermit bestätigen wir Ihnen den folgenden Termin für ein Videointerview:

        Datum: Montag, 26. Oktober 2026
        Uhrzeit: 10:00 – 11:00 Uhr (MEZ, Berliner Zeit – für Sie in London 9:00 Uhr)
        Ort: Microsoft Teams (den Link finden Sie in der beigefügten Kalendereinladung)
        Gesprächspartner: Jana Krüger (Talent Acquisition) und Dr. Felix Brandt (Head of Marketing Analytics)

        Bitte beachten Sie, dass in der Nacht auf Sonntag, den 25. Oktober, die Sommerzeit endet.

        Das Gespräch findet auf Englisch statt. Für Rückfragen steht Ihnen Frau Jana Krüger gerne zur Verfügung: jana.krueger@havelwerk-mobility.de, Tel. +49 30 901820 417.

        Wir freuen uns auf das Gespräch mit Ihnen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Havelwerk Mobility GmbH

        Havelwerk Mobility GmbH · Am Spreebord 9 · 10589 Berlin
        Geschäftsführung: Dr. Katrin Albers, Moritz Lenz · Amtsgericht Charlottenburg HRB 198332 B

        Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
        VERSION:2.0
        METHOD:REQUEST
        @@BER@@
        BEGIN:VEVENT
        UID:SF-IC-7730214-20261026@sapsf.eu
        DTSTAMP:20261021T131200Z
        DTSTART;TZID=Europe/Berlin:20261026T100000
        DTEND;TZID=Europe/Berlin:20261026T110000
        SUMMARY:Vorstellungsgespräch Marketing Analyst (m/w/d) – Olivia Bennett
        LOCATION:Microsoft Teams
        DESCRIPTION:Teams-Besprechung: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2ZjE0ZTgtNWQ2%40thread.v2/0
        ORGANIZER;CN=Havelwerk Recruiting:mailto:noreply@sapsf.eu
        ATTENDEE;CN=Olivia Bennett;RSVP=TRUE:mailto:olivia.bennett@example.net
        ATTENDEE;CN=Jana Krüger:mailto:jana.krueger@havelwerk-mobility.de
        ATTENDEE;CN=Felix Brandt:mailto:felix.brandt@havelwerk-mobility.de
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Havelwerk Mobility Karriere", "noreply@sapsf.eu"),
              "Einladung zum Vorstellungsgespräch – Marketing Analyst (m/w/d), Job-ID 40218", "2026-10-21 15:12:47", BER,
              "<1530188245.77102.1792588367511.JavaMail.sfuser@pc12bsfapi07>",
              mx("mail.sapsf.eu", "155.56.32.18", "4nVw5Zb6TtA7"),
              extra=(("Auto-Submitted", "auto-generated"), ("Content-Language", "de-DE")))
    return message(hs, mixed(alt(plain(body), make.html(page(body))),
                             calendar(ics, cte="base64", filename="Einladung.ics", disposition="attachment")))


@mail(n(9), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-12T15:00:00Z", end="2026-03-12T15:45:00Z", contact="dana.whitcombe@copperlinemedia.com",
      company="Copperline Media", local="Thu 2026-03-12 11:00", local_end="2026-03-12 11:45", zone=NYC,
      note="Greenhouse confirmation from New York sent Thu 5 Mar 2026 (EST) for Thursday, March 12th 2026 11:00-11:45 AM EDT: US daylight time began 8 March, London still GMT, so 4 hours apart -> 15:00Z-15:45Z (the body's London time agrees). ICS TZID America/New_York. Contact = Reply-To recruiter.")
def m09() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks for making time to speak with us! Here are the details for your upcoming interview for Marketing Analyst, International.

        Thursday, March 12th 2026
        11:00 AM - 11:45 AM EDT (3:00 PM - 3:45 PM in London)

        Interviewer: Grant Holloway, VP Growth

        Location: Zoom
        https://copperline.zoom.us/j/93817442056?pwd=bUx4QnF2cGZrT1dW

        Grant will want to hear about the UK market-entry work you mentioned, so feel free to have a couple of examples ready.

        If you need to reschedule, reply to this email.

        Best,
        Dana Whitcombe
        Recruiting Coordinator, Copperline Media
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@NYC@@
        BEGIN:VEVENT
        DTSTAMP:20260305T153100Z
        UID:gh-interview-61728394-olivia-bennett@greenhouse.io
        DTSTART;TZID=America/New_York:20260312T110000
        DTEND;TZID=America/New_York:20260312T114500
        SUMMARY:Olivia Bennett <> Copperline Media: Marketing Analyst\\, International
        LOCATION:https://copperline.zoom.us/j/93817442056?pwd=bUx4QnF2cGZrT1dW
        ORGANIZER;CN=Dana Whitcombe:mailto:dana.whitcombe@copperlinemedia.com
        ATTENDEE;CN=Olivia Bennett;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivia.bennett@example.net
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Copperline Media", "no-reply@greenhouse.io"),
              "Interview Confirmation: Marketing Analyst, International at Copperline Media", "2026-03-05 10:31:18", NYC,
              "<0100019cbf2a77e1-3d2e6b1c-8f40-4a7d-9e12-55c7a0f3b9d2-000000@email.amazonses.com>",
              mx("a48-110.smtp-out.amazonses.com", "54.240.48.110", "4pXy2Ac9UvB3"),
              extra=(("Reply-To", addr("Dana Whitcombe", "dana.whitcombe@copperlinemedia.com")),))
    return message(hs, mixed(alt(plain(body), make.html(page(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(10), family="teamtailor", lang="nl", interview=True, kind="scheduled",
      start="2026-10-06T08:30:00Z", end="2026-10-06T09:15:00Z", contact="sanne.devries@nieuwehaven.nl",
      company="Nieuwe Haven Media", local="Tue 2026-10-06 10:30", local_end="2026-10-06 11:15", zone=AMS,
      note="Dutch Teamtailor confirmation: dinsdag 6 oktober 2026, 10:30-11:15 Nederlandse tijd (CEST, UTC+2) -> 08:30Z-09:15Z; the body also gives 09:30 in London. ICS TZID Europe/Amsterdam. From is no-reply and Reply-To a Teamtailor relay; contact = the recruiter's own address in the body.")
def m10() -> bytes:
    body = t("""
        Hoi Olivia,

        Wat leuk dat je met ons in gesprek gaat! Hierbij de bevestiging van je eerste gesprek voor de functie Marketing Analist.

        📅 dinsdag 6 oktober 2026
        🕥 10:30 – 11:15 (Nederlandse tijd; voor jou is dat 09:30 in Londen)
        📍 Online via Google Meet: https://meet.google.com/wne-pqhx-dab

        Je spreekt met mij (Sanne de Vries, recruiter) en Joost Verbeek (Head of Growth). Het gesprek is in het Engels, dus geen zorgen over je Nederlands 😉

        In de bijlage vind je een agenda-uitnodiging. Kun je toch niet? Laat het me dan zo snel mogelijk weten via sanne.devries@nieuwehaven.nl.

        Tot dinsdag!

        Groetjes,
        Sanne de Vries
        Talent Acquisition · Nieuwe Haven Media
        Westerdok 114, 1013 BR Amsterdam
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//NL
        METHOD:REQUEST
        @@AMS@@
        BEGIN:VEVENT
        UID:tt-interview-3382011@teamtailor.com
        DTSTAMP:20260930T114000Z
        DTSTART;TZID=Europe/Amsterdam:20261006T103000
        DTEND;TZID=Europe/Amsterdam:20261006T111500
        SUMMARY:Sollicitatiegesprek Marketing Analist – Olivia Bennett
        LOCATION:https://meet.google.com/wne-pqhx-dab
        ORGANIZER;CN=Sanne de Vries:mailto:no-reply@teamtailor-mail.com
        ATTENDEE;CN=Olivia Bennett;RSVP=TRUE:mailto:olivia.bennett@example.net
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sanne de Vries – Nieuwe Haven Media", "no-reply@teamtailor-mail.com"),
              "Bevestiging: je sollicitatiegesprek voor Marketing Analist", "2026-09-30 13:40:05", AMS,
              "<6718c0f3a2b1e_5d2c41a09b87@teamtailor-mail.com>",
              mx("mail-out.teamtailor-mail.com", "185.70.40.12", "4qZa6Bd1VwC9"),
              extra=(("Reply-To", "nieuwe-haven-media+c8f1a2e07@inbound.teamtailor-mail.com"),
                     ("Content-Language", "nl")))
    return message(hs, mixed(alt(plain(body), make.html(page(body))),
                             calendar(ics, cte="8bit", filename="uitnodiging.ics", disposition="attachment")))


@mail(n(11), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-07-16T09:00:00Z", end="2026-07-16T09:30:00Z", contact="euan@thistleandtern.co.uk",
      company="Thistle & Tern Digital", local="Thu 2026-07-16 10:00", local_end="2026-07-16 10:30", zone=LON,
      note="Calendly invitee confirmation (Edinburgh hiring manager): 10:00-10:30 (United Kingdom Time) on Thursday 16 July 2026, BST -> 09:00Z-09:30Z. Contact = Reply-To host. Thread: his out-of-office the day after.")
def m11() -> bytes:
    body = t("""
        Hi Olivia,

        Your event has been confirmed.

        What
        First interview – Marketing Analyst (30 min)

        Who
        Euan Baird – Thistle & Tern Digital

        When
        10:00 - 10:30, Thursday 16 July 2026 (United Kingdom Time)

        Where
        Google Meet (details in the calendar invitation)

        Your answers
        Please share anything that will help us prepare for the meeting.
        > I've put a short portfolio of dashboards at example.net/olivia – happy to walk through one.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3c7e1a4f-0b9d-4e2a-8c61-7d5f2b9a0e14
        Reschedule: https://calendly.com/reschedulings/3c7e1a4f-0b9d-4e2a-8c61-7d5f2b9a0e14

        Powered by Calendly
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: First interview – Marketing Analyst (30 min) with Euan Baird on Thursday 16 July 2026",
              "2026-07-13 20:17:44", LON, "<Rb3Xn0WqPzT6hK2cVd8YsA@geopod-ismtpd-3>",
              mx("o7.email.calendly.com", "167.89.70.18", "4rBc9De4XyD1"),
              extra=(("Reply-To", addr("Euan Baird", "euan@thistleandtern.co.uk")),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(12), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-07-15T10:00:00Z", end="2026-07-15T10:45:00Z", contact=None,
      company="Lagan Quay Insurance", local="Wed 2026-07-15 11:00", local_end="2026-07-15 11:45", zone=LON,
      note="Microsoft Bookings confirmation (Belfast): 'Wednesday, 15 July 2026 11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London' - the Windows label shows the standard offset but the zone is on BST in July; ICS TZID 'GMT Standard Time' confirms 10:00Z; 45 minutes -> 10:45Z. Only a Bookings mailbox and a staff name, no human address -> contact null.")
def m12() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px;margin:0 auto">
        <p style="font-size:20px;font-weight:600">Your booking is confirmed</p>
        <p>Hi Olivia Bennett,</p>
        <p>Thank you for booking with Lagan Quay Insurance – Talent Team.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #edebe9;width:100%">
        <tr><td style="color:#605e5c">Service</td><td>First-stage interview – Marketing Data Analyst</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Wednesday, 15 July 2026 11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Ciara Donnelly</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Online – <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk3NmQ4%40thread.v2/0">Join your appointment</a></td></tr>
        </table>
        <p>Need to make a change? <a href="https://outlook.office365.com/owa/calendar/LaganQuayTalent@laganquay.co.uk/bookings/s/manage">Manage booking</a></p>
        <p>Lagan Quay Insurance Ltd<br>Lanyon Quay House, 2 Station Street, Belfast BT3 9DB<br>028 9649 0120 · TalentBookings@laganquay.co.uk</p>
        <p style="font-size:11px;color:#a19f9d">This email was sent by Microsoft Bookings.</p>
        </div></body></html>
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@GMT@@
        BEGIN:VEVENT
        ORGANIZER;CN=Lagan Quay Insurance - Talent Team:mailto:TalentBookings@laganquay.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Bennett:mailto:olivia.bennett@example.net
        DESCRIPTION;LANGUAGE=en-GB:First-stage interview – Marketing Data Analyst with Ciara Donnelly
        UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC0100000000000000001000000078A1B2C3D4E5F60718293A4B5C6D7E8F
        SUMMARY;LANGUAGE=en-GB:First-stage interview – Marketing Data Analyst
        DTSTART;TZID=GMT Standard Time:20260715T110000
        DTEND;TZID=GMT Standard Time:20260715T114500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260710T075500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lagan Quay Insurance - Talent Team", "TalentBookings@laganquay.co.uk"),
              "Booking confirmed: First-stage interview – Marketing Data Analyst", "2026-07-10 08:55:20", LON,
              "<AM9PR03MB7211F3A9C0D4E5B6A7C8D9E0F1A2@AM9PR03MB7211.eurprd03.prod.outlook.com>",
              mx("mail-ve1eur03on2102.outbound.protection.outlook.com", "40.107.5.102", "4sDe1Fg7ZaE4"),
              extra=(("Content-Language", "en-GB"),))
    return message(hs, mixed(make.html(body), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(13), family="eploy", lang="en", interview=True, kind="scheduled",
      start="2026-09-03T08:30:00Z", end="2026-09-03T15:00:00Z", contact="joanne.pickersgill@airecalder.co.uk",
      company="Aire & Calder Retail Group", local="Thu 2026-09-03 09:30", local_end="2026-09-03 16:00", zone=LON,
      note="Eploy assessment centre for an experienced-hire role at a fixed time: Thursday 3rd September 2026, '9.30am to 4pm' in Leeds, BST -> 08:30Z-15:00Z. Counted as an interview (the day contains a competency interview and a presentation); per the itinerary rule, first start to last end, not the 1.30pm interview slot. 'Arrive 15 minutes early' ignored. Contact = the coordinator named in the body.")
def m13() -> bytes:
    body = t("""
        Dear Olivia,

        Congratulations – following your telephone interview, we would like to invite you to our assessment centre for the role of Customer Insight Manager.

        Date: Thursday 3rd September 2026
        Time: 9.30am to 4pm
        Venue: Aire & Calder Support Centre, Riverside Court, Kirkstall Road, Leeds LS4 2QB

        Please arrive 15 minutes early so we can sign you in and get you a coffee.

        Outline of the day
        9.30am   Welcome and briefing
        10.00am  Group exercise – planning a seasonal promotion
        11.15am  Data case study (written, 60 minutes)
        12.30pm  Lunch with members of the Insight team
        1.30pm   Competency interview with Kerry Holroyd, Head of Customer Insight
        2.30pm   Presentation of your case study findings
        3.30pm   Q&A and close (finishing at 4pm)

        Please bring photo ID. A laptop will be provided for the case study; you do not need to prepare anything in advance.

        If you have any questions, or need any adjustments for the day, please contact Joanne Pickersgill, our assessment centre coordinator, on joanne.pickersgill@airecalder.co.uk or 0113 496 0264.

        We look forward to seeing you.

        Kind regards,
        Resourcing Team
        Aire & Calder Retail Group

        Please do not reply to this email – this mailbox is not monitored.
        """)
    hs = head(addr("Aire & Calder Careers", "noreply@airecalder.eploy.net"),
              "Your assessment centre – Customer Insight Manager – Thursday 3rd September", "2026-08-26 12:10:36", LON,
              "<eploy.20260826111036.58213.a7c4@airecalder.eploy.net>",
              mx("smtp2.eploy.net", "185.116.12.71", "4tFg3Hh8AbF6"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(plain(body), make.html(page(body, "font-family:Verdana,sans-serif;font-size:13px"))))


@mail(n(14), family="reply_thread", lang="en", interview=True, kind="scheduled",
      start="2026-05-19T13:00:00Z", end="2026-05-19T14:00:00Z", contact="imogen@saltmarshstudio.co.uk",
      company="Saltmarsh Studio", local="Tue 2026-05-19 14:00", local_end="2026-05-19 15:00", zone=LON,
      days=(("Mon", "2026-05-18"), ("Tue", "2026-05-19"), ("Wed", "2026-05-20")),
      note="Hiring manager's reply on top of a quoted thread (her slot proposals, Olivia picking Tuesday 19th at 2pm): 'Tuesday at 2 it is' resolved against Date Wed 13 May 2026 -> Tue 19 May, BST -> 13:00Z; 'It'll be an hour' exact -> 14:00Z. The other quoted slots are distractors. Contact = sender.")
def m14() -> bytes:
    body = t("""
        Hi Olivia,

        Tuesday at 2 it is – thanks for being so flexible. You'll be meeting me and Rafael (our MD) at the studio: Unit 4, Gransden Yard, 19 Cremer Street, London E2 8HD. Nearest station is Hoxton Overground, and there's a buzzer on the green door.

        It'll be an hour: half on your experience and half walking through a short brief, which I'll send over on Friday so you've got the weekend with it if you want it.

        See you then,
        Imogen

        --
        Imogen Hart
        Head of Strategy, Saltmarsh Studio
        07700 900618

        On Tue, 12 May 2026 at 19:32, Olivia Bennett <olivia.bennett@example.net> wrote:
        > Hi Imogen,
        >
        > Thanks so much for getting back to me. Tuesday 19th at 2pm would be perfect.
        >
        > Best wishes,
        > Olivia
        >
        > On Tue, 12 May 2026 at 11:05, Imogen Hart <imogen@saltmarshstudio.co.uk> wrote:
        > > Hi Olivia,
        > > Thanks for your application for the Marketing Analyst role – we'd love to meet you in person.
        > > Could you do any of these: Monday 18 May at 10am, Tuesday 19 May at 2pm, or Wednesday 20 May at 11.30am?
        > > Imogen
        """)
    hs = head(addr("Imogen Hart", "imogen@saltmarshstudio.co.uk"),
              "Re: Saltmarsh Studio – Marketing Analyst – next steps", "2026-05-13 08:47:12", LON,
              "<CAF9dQm3kR7pX+2vT8ZyWn5oH4bLsE1uJcG6aQ0rNfY3iK9eD2w@mail.gmail.com>",
              mx("mail-wm1-f54.google.com", "209.85.128.54", "4uHh5Ij9BcG8"),
              extra=(("In-Reply-To", "<CAG3x8Lq0Tn5Wm2Kp7Rb4Yc9Zd1Hf6Jv8Ns3Qe5Uo2Ai4Pk7Mx@mail.gmail.com>"),
                     ("References", "<CAF1b2Hw8Zr6Tq4Yp0Lm3Xk7Nv5Jd9Sc1Ge2Uf8Ra6Wo4Ib3Qh@mail.gmail.com> <CAG3x8Lq0Tn5Wm2Kp7Rb4Yc9Zd1Hf6Jv8Ns3Qe5Uo2Ai4Pk7Mx@mail.gmail.com>")))
    return message(hs, alt(plain(body), make.html(gmail_html(body))))


@mail(n(15), family="forward_self", lang="en", interview=True, kind="scheduled",
      start="2026-02-11T11:00:00Z", end=None, contact="tariq@kirkgatecreative.co.uk",
      company="Kirkgate Creative", local="Wed 2026-02-11 11:00", zone=LON,
      note="Forward-to-self from her other address: the forwarded confirmation from the Leeds creative studio's MD says Wednesday 11 February 2026 at 11am, GMT -> 11:00Z; 'about an hour' -> end null. Both the sender and the original recipient are the candidate; contact = the human address in the forwarded header.")
def m15() -> bytes:
    body = t("""
        for the calendar – Leeds on the 11th, book train!!

        ---------- Forwarded message ---------
        From: Tariq Hussain <tariq@kirkgatecreative.co.uk>
        Date: Thu, 5 Feb 2026 at 16:20
        Subject: Interview - Data & Insight Lead
        To: Olivia Bennett <liv.bennett@example.org>


        Hi Olivia,

        Thanks for getting back to me so quickly. Just confirming your interview for the Data & Insight Lead role on Wednesday 11 February at 11am, at our studio:

        Kirkgate Creative
        Unit 7, Sovereign Works, Water Lane
        Leeds LS11 5QN

        You'll meet me and our client services director, Beth Lumb. It'll last about an hour – no presentation, but do bring a couple of pieces of work you're proud of, and we'll talk through how you'd approach measurement for one of our retail clients.

        Any problems, drop me a line or call the studio on 0113 496 0987.

        Cheers,
        Tariq

        Tariq Hussain
        Managing Director
        Kirkgate Creative
        """)
    hs = head(addr("Olivia Bennett", "liv.bennett@example.org"),
              "Fwd: Interview - Data & Insight Lead", "2026-02-06 07:58:31", LON,
              "<CAH2pL9sW4xQ7mR1vN8cB5kT3yJ6dF0gZ2aE9uI4oP7hX1sV5nM@mail.gmail.com>",
              mx("mail-ej1-f45.google.com", "209.85.218.45", "4vJi7Kl1CdH2"))
    return message(hs, alt(plain(body), make.html(gmail_html(body))))


@mail(n(16), family="agency", lang="en", interview=True, kind="scheduled",
      start="2026-03-24T14:00:00Z", end="2026-03-24T14:45:00Z", contact="josh.marsh@fenwickmarsh.co.uk",
      company="Hudson & Pearl", local="Tue 2026-03-24 10:00", local_end="2026-03-24 10:45", zone=NYC,
      note="Agency consultant forwards the New York client's confirmation as a message/rfc822 attachment: Tuesday, March 24, 2026, 10:00-10:45 AM ET. US on EDT since 8 March, UK still GMT until 29 March -> 14:00Z-14:45Z (the consultant's '2pm here' agrees). Contact = the consultant (human sender) ahead of the coordinator inside the attachment; company = the client.")
def m16() -> bytes:
    inner_body = t("""
        Hi Josh,

        Thanks for arranging. Confirming Olivia's first interview for the Brand Analytics Manager role:

        Date: Tuesday, March 24, 2026
        Time: 10:00 - 10:45 AM ET
        Interviewer: Lauren Mitchell, VP Brand Strategy
        Zoom: https://hudsonpearl.zoom.us/j/84412097731 (Passcode: 661204)

        Please ask Olivia to join a couple of minutes early; Lauren is usually straight off another call.

        Kind regards,
        Ashley Romero
        Talent Acquisition Coordinator | Hudson & Pearl
        ashley.romero@hudsonpearl.com
        """)
    inner = message([
        ("From", addr("Ashley Romero", "ashley.romero@hudsonpearl.com")),
        ("To", addr("Josh Marsh", "josh.marsh@fenwickmarsh.co.uk")),
        ("Subject", "Interview confirmation - Olivia Bennett - Brand Analytics Manager"),
        ("Date", date("2026-03-17 16:48:02", NYC)),
        ("Message-ID", "<BN7PR04MB8820C2D1E0F9A8B7@BN7PR04MB8820.namprd04.prod.outlook.com>"),
    ], plain(inner_body))
    body = t("""
        Hi Olivia,

        See attached from Hudson & Pearl's TA team – you're confirmed for Tuesday 24th at 10am New York time, 45 minutes over Zoom with Lauren Mitchell (VP Brand Strategy).

        Worth double-checking your calendar on this one: the US clocks went forward on the 8th but ours don't change till the 29th, so it's 2pm here, not 3pm.

        Lauren's big on storytelling with data, so have the retail media case study ready. Good luck – call me straight after.

        Josh

        Josh Marsh
        Director | Fenwick Marsh Search
        Marketing, Insight & Analytics | London · New York
        +44 20 7946 0592
        """)
    hs = head(addr("Josh Marsh", "josh.marsh@fenwickmarsh.co.uk"),
              "FW: Interview confirmation - Olivia Bennett - Brand Analytics Manager", "2026-03-18 12:30:44", LON,
              "<LO0P265MB5120AB12CD34EF56@LO0P265MB5120.GBRP265.PROD.OUTLOOK.COM>",
              mx("mail-uksouthazon11021104.outbound.protection.outlook.com", "52.101.196.104", "4wKl9Mn3DeJ5"),
              extra=(("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(alt(plain(body), make.html(outlook_html(body))),
                             attached_message(inner, "Interview confirmation - Olivia Bennett.eml")))


@mail(n(17), family="ics_attachment", lang="en", interview=True, kind="scheduled",
      start="2026-09-10T13:00:00Z", end="2026-09-10T14:00:00Z", contact="orla.mccann@lanternfoundation.org.uk",
      company="The Lantern Foundation", local="Thu 2026-09-10 14:00", local_end="2026-09-10 15:00", zone=LON,
      note="Belfast charity: 'this Thursday at 2pm' resolved against Date Mon 7 Sep 2026 -> Thu 10 Sep, BST -> 13:00Z; the attached Outlook .ics (application/ics, METHOD:PUBLISH, GMT Standard Time) blocks 14:00-15:00 -> end 14:00Z. Contact = sender / organizer.")
def m17() -> bytes:
    body = t("""
        Hi Olivia,

        Lovely to speak to you earlier. As discussed, we'd like to invite you to interview for the Fundraising Insight Analyst post this Thursday at 2pm at our office – 3rd Floor, Weaver's Court, 14 Linfield Road, Belfast BT12 5GH.

        You'll meet me and Conor Quinn, our Director of Fundraising. I've attached a calendar invite for your diary. We've an hour blocked out, and there's no need to prepare a presentation – we'd just like to hear how you'd go about understanding why regular givers lapse.

        If your flight gets delayed at all, just ring me on 028 9649 0377 and we'll sort something.

        All the best,
        Orla

        Orla McCann
        People & Culture Manager
        The Lantern Foundation
        Registered charity NIC104882
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        X-MS-OLK-FORCEINSPECTOROPEN:TRUE
        @@GMT@@
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20260907T150100Z
        DESCRIPTION:Interview – Fundraising Insight Analyst\\nWith Orla McCann and Conor Quinn\\n
        DTEND;TZID="GMT Standard Time":20260910T150000
        DTSTAMP:20260907T150100Z
        DTSTART;TZID="GMT Standard Time":20260910T140000
        LAST-MODIFIED:20260907T150100Z
        LOCATION:The Lantern Foundation\\, 3rd Floor\\, Weaver's Court\\, 14 Linfield Road\\, Belfast
        ORGANIZER;CN="Orla McCann":mailto:orla.mccann@lanternfoundation.org.uk
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=en-gb:Interview – Olivia Bennett – Fundraising Insight Analyst
        TRANSP:OPAQUE
        UID:040000008200E00074C5B7101A82E0080000000060E4C2A1B9E6DC01000000000000000010000000C3F1D2E4A5B6C7D8E9F0A1B2C3D4E5F6
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MS-OLK-AUTOFILLLOCATION:FALSE
        X-MS-OLK-CONFTYPE:0
        BEGIN:VALARM
        TRIGGER:-PT15M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Orla McCann", "orla.mccann@lanternfoundation.org.uk"),
              "Interview this Thursday - Fundraising Insight Analyst", "2026-09-07 16:05:19", LON,
              "<DU2PR09MB6644B3E1F2A0C9D8@DU2PR09MB6644.eurprd09.prod.outlook.com>",
              mx("mail-du2eur09on2071.outbound.protection.outlook.com", "40.107.21.71", "4xLm1No5EfK7"),
              extra=(("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(alt(plain(body), make.html(outlook_html(body))),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="Interview - Olivia Bennett.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(18), family="outlook_exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-08-07T10:00:00Z", end="2026-08-07T11:00:00Z", contact="gareth.pryce@severnsidewater.co.uk",
      company="Severnside Water", local="Fri 2026-08-07 11:00", local_end="2026-08-07 12:00", zone=LON,
      note="Exchange meeting update (SEQUENCE:1) moving the Teams interview from Thursday afternoon (3pm) to Friday 7 August 2026 11:00-12:00 '(UTC+00:00) Dublin, Edinburgh, Lisbon, London': the label shows the standard offset but August is BST -> 10:00Z-11:00Z, as the ICS (GMT Standard Time) confirms. Contact = organizer / sender.")
def m18() -> bytes:
    teams = TEAMS_PLAIN.format(mid="NmQ1ZTg3YzEtOWE0Mi00", tid="7c1f0e2a-55b3-4d8e-9a61-3f2b8c4d7e90",
                               num="381 226 904 117", code="q7Xh2P")
    body = t("""
        When: Friday, 7 August 2026 11:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Olivia,

        Apologies – I've had to move this from Thursday afternoon (3pm) to Friday morning, as one of the panel is now on leave on Thursday. Same Teams link, same panel otherwise (me and Hayley Osborne, Customer Experience Manager).

        Thanks for your patience,
        Gareth

        Gareth Pryce
        Insight & Analytics Lead | Severnside Water
        Clearwater House, Bath Road, Bristol BS4 3AA

        """) + teams
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@GMT@@
        BEGIN:VEVENT
        ORGANIZER;CN=Gareth Pryce:mailto:Gareth.Pryce@severnsidewater.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Bennett:mailto:olivia.bennett@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hayley Osborne:mailto:Hayley.Osborne@severnsidewater.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Olivia\\,\\n\\nApologies – I've had to move this from Thursday afternoon (3pm) to Friday morning.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A1E2B3C4F5DC010000000000000000100000004F2E1D0C9B8A79685746352413021F0E
        SUMMARY;LANGUAGE=en-GB:Interview – Customer Insight Analyst (Olivia Bennett)
        DTSTART;TZID=GMT Standard Time:20260807T110000
        DTEND;TZID=GMT Standard Time:20260807T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260803T081200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2124837261
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
    hs = head(addr("Gareth Pryce", "Gareth.Pryce@severnsidewater.co.uk"),
              "Updated: Interview – Customer Insight Analyst (Olivia Bennett)", "2026-08-03 09:12:26", LON,
              "<CWLP265MB4471E0D9C8B7A6F5@CWLP265MB4471.GBRP265.PROD.OUTLOOK.COM>",
              mx("mail-cwlgbr01on2093.outbound.protection.outlook.com", "40.107.11.93", "4yMn3Op7FgL9"),
              extra=(("Thread-Topic", "Interview – Customer Insight Analyst (Olivia Bennett)".replace("–", "-")),
                     ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                     ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAADQoeKzxPXcAQAAAAAAAAAAEAAAAE8uHQybineFdDY1JBMCHw4=")))
    return message(hs, alt(plain(body), make.html(outlook_html(body)), calendar(ics, cte="base64")))


@mail(n(19), family="occupop", lang="en", interview=True, kind="rescheduled",
      start="2026-10-22T10:30:00Z", end=None, contact="aoife.brennan@tolkavalley.ie",
      company="Tolka Valley Foods", local="Thu 2026-10-22 11:30", zone=DUB,
      days=(("Thu", "2026-10-15"), ("Thu", "2026-10-22")),
      note="Irish-English recruiter message through Occupop: moved from 'this Thursday' (15 Oct, 10am) to 'Thursday week, the 22nd, at half eleven'; Date Tue 13 Oct 2026 -> Thu 22 Oct; Dublin on Irish Standard Time (UTC+1) until 25 Oct -> 10:30Z. No duration -> end null. Occupop sender; contact = Reply-To recruiter.")
def m19() -> bytes:
    body = t("""
        Hi Olivia,

        Apologies for the messing – Declan's after being called down to the Cork site this Thursday, so we're going to have to move your interview. I've moved you to Thursday week, the 22nd, at half eleven instead. Same place, same panel (Declan Moran, Commercial Director, and myself).

        I know you're flying in from London so if that doesn't suit at all, give me a shout and we'll sort something out – but hopefully the extra week gives you a better choice of flights!

        Updated interview details
        Role: Marketing Insights Analyst
        Date: Thursday 22 October 2026
        Time: 11:30
        Location: Tolka Valley Foods, Unit 4, Ballyboggan Business Park, Dublin 11, D11 K2X7
        Previously: Thursday 15 October 2026, 10:00

        Talk soon,
        Aoife

        Aoife Brennan
        HR & Talent Lead, Tolka Valley Foods

        ---
        Sent via Occupop · You are receiving this because you applied for Marketing Insights Analyst at Tolka Valley Foods.
        """)
    hs = head(addr("Aoife Brennan via Occupop", "notifications@occupop-mail.com"),
              "Update to your interview - Marketing Insights Analyst", "2026-10-13 14:40:58", DUB,
              "<20261013134058.8a1f3c2e@occupop-mail.com>",
              mx("mta-07.occupop-mail.com", "46.137.103.9", "4zNo5Pq9GhM1"),
              extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@tolkavalley.ie")),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(20), family="workable", lang="en", interview=True, kind="rescheduled",
      start="2026-11-20T09:30:00Z", end="2026-11-20T10:15:00Z", contact="tom.ridley@parcelwise.io",
      company="Parcelwise", local="Fri 2026-11-20 09:30", local_end="2026-11-20 10:15", zone=LON,
      days=(("Wed", "2026-11-18"), ("Fri", "2026-11-20")),
      note="Workable reschedule with a pasted Zoom block: previous Wednesday 18 November 2026 3:00 PM, new Friday 20 November 2026 9:30-10:15 AM GMT -> 09:30Z-10:15Z; ICS in UTC (SEQUENCE:1) agrees. Reply-To is a Workable relay; contact = the hiring manager's address in his message.")
def m20() -> bytes:
    body = t("""
        Hi Olivia,

        Your interview for the Marketing Analyst position at Parcelwise has been rescheduled.

        Previous time: Wednesday, 18 November 2026, 3:00 PM – 3:45 PM (GMT)
        New time: Friday, 20 November 2026, 9:30 AM – 10:15 AM (GMT)

        A message from Tom Ridley:
        "Sorry Olivia – our board meeting got moved onto Wednesday afternoon. Friday morning with a coffee is probably nicer anyway. Same Zoom room. Any issues, tom.ridley@parcelwise.io."

        Join Zoom Meeting
        https://parcelwise.zoom.us/j/81244710093?pwd=K3ZhTWp1aVlSd0FtbnlQeTlvdz09

        Meeting ID: 812 4471 0093
        Passcode: 558201

        One tap mobile
        +442034815240,,81244710093#,,,,*558201# United Kingdom
        +442080806591,,81244710093#,,,,*558201# United Kingdom

        An updated calendar invitation is attached.

        Parcelwise Hiring Team
        Powered by Workable
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Events//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:workable-event-4f8b21d7-5c3e-4a69-8e02-7b1d9c6a3f55
        DTSTAMP:20261116T100200Z
        DTSTART:20261120T093000Z
        DTEND:20261120T101500Z
        SUMMARY:Interview: Olivia Bennett for Marketing Analyst (Parcelwise)
        LOCATION:https://parcelwise.zoom.us/j/81244710093
        ORGANIZER;CN=Parcelwise:mailto:noreply@candidates.workablemail.com
        ATTENDEE;CN=Olivia Bennett;RSVP=TRUE:mailto:olivia.bennett@example.net
        ATTENDEE;CN=Tom Ridley:mailto:tom.ridley@parcelwise.io
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Parcelwise", "noreply@candidates.workablemail.com"),
              "Your interview with Parcelwise has been rescheduled", "2026-11-16 10:02:37", LON,
              "<01020193a1b2c3d4-e5f6a7b8-c9d0-4e1f-9a2b-3c4d5e6f7a8b-000000@eu-west-1.amazonses.com>",
              mx("a7-13.smtp-out.eu-west-1.amazonses.com", "54.240.7.13", "50Op7Qr1HiN3"),
              extra=(("Reply-To", "parcelwise+a7c21f9e@candidates.workablemail.com"),))
    return message(hs, mixed(alt(plain(body), make.html(page(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(21), family="lever", lang="en", interview=True, kind="cancelled",
      start="2026-06-11T15:00:00Z", end="2026-06-11T15:45:00Z", contact="ruth.adebayo@fennelhealth.com",
      company="Fennel Health", local="Thu 2026-06-11 16:00", local_end="2026-06-11 16:45", zone=LON,
      note="Lever cancellation with METHOD:CANCEL / STATUS:CANCELLED ICS: the interview on Thursday, June 11, 2026 at 4:00 PM BST (4:00-4:45pm) is cancelled -> start = the cancelled slot 15:00Z, end 15:45Z. Contact = Reply-To recruiter.")
def m21() -> bytes:
    body = t("""
        Hi Olivia,

        Your interview with Fennel Health, scheduled for Thursday, June 11, 2026 from 4:00 PM to 4:45 PM (BST), has been canceled.

        Note from Ruth Adebayo:
        "Hi Olivia – I'm really sorry, but we've had to pause hiring for the Lifecycle Marketing Analyst role while we finalise next year's budget. I didn't want you to keep the time free for nothing. I'll be in touch as soon as we know more."

        If you have any questions, reply to this email.

        Fennel Health
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Hire//EN
        METHOD:CANCEL
        @@LON@@
        BEGIN:VEVENT
        UID:lever-interview-9d3e2c71-44b0-4f1a-8a6e-5b7c0d2f1e94@hire.lever.co
        DTSTAMP:20260608T173000Z
        DTSTART;TZID=Europe/London:20260611T160000
        DTEND;TZID=Europe/London:20260611T164500
        SUMMARY:Fennel Health interview: Olivia Bennett (Lifecycle Marketing Analyst)
        ORGANIZER;CN=Ruth Adebayo:mailto:ruth.adebayo@fennelhealth.com
        ATTENDEE;CN=Olivia Bennett:mailto:olivia.bennett@example.net
        SEQUENCE:2
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Fennel Health", "no-reply@hire.lever.co"),
              "Canceled: Interview with Fennel Health", "2026-06-08 18:30:12", LON,
              "<20260608173012.1.5C2D8E0F4A6B1C3D@hire.lever.co>",
              mx("mail-out.hire.lever.co", "198.2.180.33", "51Pq9Rs3IjO5"),
              extra=(("Reply-To", addr("Ruth Adebayo", "ruth.adebayo@fennelhealth.com")),))
    return message(hs, alt(plain(body), make.html(page(body)), calendar(ics, method="CANCEL")))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-04-02T13:00:00Z", end=None, contact="kate.summers@nqanalytics.co.uk",
      company="Northern Quarter Analytics", local="Thu 2026-04-02 14:00", zone=LON,
      note="Hiring manager cancels 'tomorrow's interview at 2pm' with no calendar part; Date Wed 1 Apr 2026 (BST) -> Thu 2 Apr 14:00 BST -> 13:00Z, the cancelled slot. Role on hold, no new time. Plain iso-8859-1, 8bit. Contact = sender.")
def m22() -> bytes:
    body = t("""
        Hi Olivia,

        I'm really sorry to do this at such short notice, but I need to cancel tomorrow's interview at 2pm.

        We were told this morning that the Marketing Analyst role (the £38k one we spoke about) has been put on hold while the business goes through a restructure, and I don't think it's fair to bring you up to Manchester when I can't tell you when or whether it will reopen.

        If you've already bought a train ticket, please send me the receipt and we'll reimburse you.

        I was genuinely looking forward to meeting you, and if the role does come back I'll be in touch with you first.

        Best wishes,

        Kate Summers
        Head of Marketing
        Northern Quarter Analytics Ltd
        Tel. 0161 496 0419
        """)
    hs = head(addr("Kate Summers", "kate.summers@nqanalytics.co.uk"),
              "Tomorrow's interview - sorry", "2026-04-01 10:48:03", LON,
              "<5f2a9c1e-7b43-4d08-a16e-0c3d9e8b2f71@nqanalytics.co.uk>",
              mx("smtp.nqanalytics.co.uk", "81.2.69.160", "52Qr1St5JkP7"),
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, plain(body, "iso-8859-1", "8bit"))


@mail(n(23), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T14:45:00Z", contact="marisol.vega@bowerystreetlabs.com",
      company="Bowery Street Labs", local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone=NYC,
      note="Google Calendar cancellation (METHOD:CANCEL) from New York: Thursday 29 Oct 2026 10am-10:45am Eastern Time. Europe left summer time on 25 Oct but the US only on 1 Nov, so that week New York is EDT (UTC-4) and 4 hours behind London -> 14:00Z-14:45Z. Contact = organizer.")
def m23() -> bytes:
    body = t("""
        This event has been canceled.

        Olivia Bennett <> Bowery Street Labs – Marketing Analytics interview
        Thursday 29 Oct 2026 ⋅ 10am – 10:45am
        Eastern Time - New York

        Note from the organizer:
        Hi Olivia – we've had to pause this search for the rest of the year, so I'm cancelling our chat for now. Really sorry for the late notice; I'll reach out if it opens again in Q1. – Marisol

        Organizer
        Marisol Vega
        marisol.vega@bowerystreetlabs.com

        Guests
        Marisol Vega - organizer
        olivia.bennett@example.net

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        @@NYC@@
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261029T100000
        DTEND;TZID=America/New_York:20261029T104500
        DTSTAMP:20261026T210500Z
        ORGANIZER;CN=Marisol Vega:mailto:marisol.vega@bowerystreetlabs.com
        UID:5q8m2k1v0t7c3n9b4x6z1a2s3d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=olivia.bennett@example.net;X-NUM-GUESTS=0:mailto:olivia.bennett@example.net
        CREATED:20261020T142211Z
        DESCRIPTION:Marketing Analytics interview with Marisol Vega.
        LAST-MODIFIED:20261026T210459Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Olivia Bennett <> Bowery Street Labs – Marketing Analytics interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Marisol Vega", "marisol.vega@bowerystreetlabs.com"),
              "Canceled event: Olivia Bennett <> Bowery Street Labs – Marketing Analytics interview @ Thu 29 Oct 2026 10am - 10:45am (EDT) (olivia.bennett@example.net)",
              "2026-10-26 17:05:00", NYC, "<calendar-6b2c1f9e-4d3a-4e8b-a017-2c9f5e7d1b40@google.com>",
              mx("mail-sor-f73.google.com", "209.85.220.73", "53Rs3Tu7KlQ9"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Marisol Vega", "marisol.vega@bowerystreetlabs.com"))))
    return message(hs, mixed(alt(plain(body), make.html(page(body)), calendar(ics, method="CANCEL", cte="quoted-printable")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives


@mail(n(24), family="application_ack", lang="en", interview=False, company="Hollow Oak Coffee",
      note="Pinpoint application receipt; the '45-minute video interview' is what happens if shortlisted, nothing is booked. Start of the Hollow Oak thread.")
def m24() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks for applying for the Growth Marketing Analyst role at Hollow Oak Coffee – we've received your application and CV.

        What happens next?
        Our team reads every application (yes, really). We aim to get back to everyone within 10 working days. If you're shortlisted, we'll invite you to a 45-minute video interview with our Head of Growth and send you a few times to choose from.

        In the meantime, you can track your application here:
        https://hollowoakcoffee.pinpointhq.com/en/applications/track/8c1d3f2a

        Thanks again for your interest in joining us,
        The Hollow Oak Coffee team

        Sent with Pinpoint
        """)
    hs = head(addr("Hollow Oak Coffee", "notifications@pinpointhq.com"),
              "Thanks for applying to Hollow Oak Coffee", "2026-04-02 21:14:51", LON,
              "<pp.app.8812734.1775160891@pinpointhq.com>",
              mx("o1.ptr4471.pinpointhq.com", "149.72.180.44", "54St5Uv9LmR1"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(25), family="application_ack", lang="en", interview=False, company="Marlowe & Finch",
      note="Workday application received (HTML only, QP). Mentions interviews only as a possible next step. Start of the Marlowe & Finch thread.")
def m25() -> bytes:
    body = t("""
        <html><body><div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#333333;max-width:640px">
        Dear Olivia,<br><br>
        Thank you for applying for the position of <b>Senior Marketing Analyst, Pet Care (R-0048213)</b> at Marlowe &amp; Finch.<br><br>
        We have received your application and our Talent Acquisition team will now review it alongside the requirements of the role. If your experience is a good match, a member of the team will contact you to arrange an interview.<br><br>
        Due to the high volume of applications we receive, it may take up to three weeks for us to respond. You can check the status of your application at any time in Candidate Home.<br><br>
        Kind regards,<br>
        Talent Acquisition<br>
        Marlowe &amp; Finch plc<br><br>
        <span style="font-size:11px;color:#888888">This message was sent from an unmonitored mailbox.</span>
        </div></body></html>
        """)
    hs = head(addr("Marlowe & Finch Careers", "marlowefinch@myworkday.com"),
              "Thank you for applying - Senior Marketing Analyst, Pet Care (R-0048213)", "2026-09-28 07:31:22", LON,
              "<884120315.398511.1790577082140@wd3-prod-mail.myworkday.com>",
              mx("wd3-prod-mail.myworkday.com", "149.96.5.40", "55Tu7Vw1MnS3"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, make.html(body))


@mail(n(26), family="application_ack", lang="de", interview=False, company="Spreeblick Commerce GmbH",
      note="German Personio application receipt (Eingangsbestätigung); 'Vorstellungsgespräch' only as a future possibility.")
def m26() -> bytes:
    body = t("""
        Hallo Olivia,

        vielen Dank für Ihre Bewerbung als Performance Marketing Analyst (m/w/d) und Ihr Interesse an Spreeblick Commerce!

        Wir haben Ihre Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an. In der Regel melden wir uns innerhalb von zwei Wochen bei Ihnen – entweder mit einer Einladung zu einem ersten Kennenlerngespräch per Video oder mit einer Absage.

        Da die Stelle in Berlin angesiedelt ist, prüfen wir bei Bewerbungen aus dem Ausland auch Umzugsbereitschaft und Arbeitserlaubnis; dazu kommen wir gegebenenfalls im Gespräch.

        Viele Grüße
        Lea Schuster
        People & Culture
        Spreeblick Commerce GmbH · Köpenicker Straße 48 · 10179 Berlin

        Diese E-Mail wurde automatisch versendet. Antworten auf diese Nachricht werden nicht gelesen.
        """)
    hs = head(addr("Spreeblick Commerce GmbH", "no-reply@mail.personio.de"),
              "Eingangsbestätigung Ihrer Bewerbung – Performance Marketing Analyst (m/w/d)", "2026-03-06 09:12:40", BER,
              "<0107019cc2f3e4d5-a6b7c8d9-e0f1-4a2b-8c3d-4e5f6a7b8c9d-000000@eu-central-1.amazonses.com>",
              mx("a1-44.smtp-out.eu-central-1.amazonses.com", "69.169.224.44", "56Uv9Wx3NoT5"),
              extra=(("Auto-Submitted", "auto-generated"), ("Content-Language", "de")))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(27), family="rejection", lang="en", interview=False, company="Hearthstone Trust",
      days=(("Tue", "2026-05-12"),),
      note="Hireful rejection before interview: 'on this occasion you have not been successful in being shortlisted'; the interview date mentioned (Tuesday 12 May) is for other candidates.")
def m27() -> bytes:
    body = t("""
        Dear Olivia,

        Re: Supporter Insight Analyst (Ref HT-0326)

        Thank you for your interest in working for Hearthstone Trust and for the time you took to complete your application.

        We received a very high number of applications for this role. Having carefully considered yours against the person specification, I'm sorry to let you know that on this occasion you have not been successful in being shortlisted for interview. Interviews will take place in our Cardiff office on Tuesday 12 May.

        Due to the volume of applications we are unable to provide individual feedback at this stage.

        We would encourage you to keep an eye on our vacancies page and to apply for future roles that match your skills and experience.

        With best wishes,

        People Team
        Hearthstone Trust
        Registered charity no. 1187733

        This email was sent using Hireful. Please do not reply to this message.
        """)
    hs = head(addr("Hearthstone Trust Recruitment", "noreply@hireful.co.uk"),
              "Your application for Supporter Insight Analyst", "2026-05-05 16:20:18", LON,
              "<hf-5e3b2a19-0c7d-4f86-9a41-d2e8b6c0f3a7@hireful.co.uk>",
              mx("smtp.hireful.co.uk", "185.56.84.20", "57Vw1Xy5OpU7"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(28), family="rejection", lang="en", interview=False, company="Hollow Oak Coffee",
      note="Post-interview rejection through Pinpoint ('thank you for interviewing last Wednesday'); closes the Hollow Oak thread.")
def m28() -> bytes:
    body = t("""
        Hi Olivia,

        Thank you so much for taking the time to interview with Maya and Sam last Wednesday – they really enjoyed the conversation, particularly your ideas about subscription churn.

        It was a close call, but we've decided to move forward with a candidate whose experience with Shopify subscription data is a closer match for where we are right now.

        We'd genuinely like to keep in touch; if it's OK with you, we'll keep your details on file for future roles in the growth team.

        Best wishes,
        Maya Okafor
        Head of Growth, Hollow Oak Coffee

        Sent with Pinpoint
        """)
    hs = head(addr("Hollow Oak Coffee", "notifications@pinpointhq.com"),
              "An update on your application to Hollow Oak Coffee", "2026-04-28 11:02:09", LON,
              "<pp.dec.8812734.1777370529@pinpointhq.com>",
              mx("o1.ptr4471.pinpointhq.com", "149.72.180.44", "58Wx3Yz7PqV9"),
              extra=(("Reply-To", addr("Maya Okafor", "maya.okafor@hollowoakcoffee.co.uk")),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(29), family="job_alert", lang="en", interview=False, company=None,
      note="Indeed job alert with 'Urgently hiring' / 'Interviewing now' style badges; nothing scheduled.")
def m29() -> bytes:
    body = t("""
        15 new marketing analyst jobs in London

        Marketing Analyst
        Brightmere Retail – London EC2A
        £40,000 - £46,000 a year · Hybrid work
        Urgently hiring · Responds to applications within 3 days

        CRM & Loyalty Analyst
        Fairway Travel Group – London SE1
        £42,000 a year · Full-time
        Hiring multiple candidates

        Junior Insight Analyst
        Tidewater Publishing – Remote in London
        £32,000 - £35,000 a year
        Interviewing now – apply today

        Senior Marketing Data Analyst
        Northbank Fintech – London
        From £55,000 a year · Hybrid

        See all 15 jobs: https://uk.indeed.com/jobs?q=marketing+analyst&l=London&fromage=1

        You are receiving this email because you created a job alert for "marketing analyst" in London.
        Unsubscribe: https://uk.indeed.com/alert/unsubscribe?id=7fa21c9d
        Indeed, Inc. · 200 W 6th St · Austin, TX 78701
        """)
    hs = head(addr("Indeed", "alert@indeed.com"),
              "15 new marketing analyst jobs in London", "2026-03-08 07:00:12", LON,
              "<20260308070012.7fa21c9d.alert@indeed.com>",
              mx("mail2.indeed.com", "169.45.40.91", "59Xy5Za9QrW1"),
              extra=(("List-Unsubscribe", "<https://uk.indeed.com/alert/unsubscribe?id=7fa21c9d>, <mailto:unsubscribe-7fa21c9d@indeed.com>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(30), family="job_alert", lang="en", interview=False, company=None,
      days=(("Mon", "2026-06-15"), ("Wed", "2026-06-17")),
      note="Guardian Jobs alert; advertisers' interview dates ('Interviews: Monday 15 June') belong to job ads, not to her.")
def m30() -> bytes:
    body = t("""
        Guardian Jobs – your job alert

        6 new jobs match "marketing analyst OR insight" in London, Bristol, Cardiff

        Audience Insight Manager
        Riverbank Theatre Trust · Bristol · £39,500
        Closing date: 7 June. Interviews: Monday 15 June

        Digital Marketing Analyst
        Western Coast Housing · Cardiff · £34,000 - £37,000
        Closing date: 9 June. Interviews: Wednesday 17 June (online)

        Supporter Data Analyst
        The Kestrel Hospice · London (hybrid) · £36,210

        Marketing Effectiveness Lead
        Pemberton University Press · London · Competitive

        View all matching jobs: https://jobs.theguardian.com/jobs/?alert=51228093

        Manage your alerts: https://jobs.theguardian.com/alerts/
        Guardian Jobs, Kings Place, 90 York Way, London N1 9GU
        """)
    hs = head(addr("Guardian Jobs", "jobs@alerts.jobs.theguardian.com"),
              "6 new jobs for you – marketing analyst OR insight", "2026-06-04 06:30:00", LON,
              "<alert.51228093.20260604053000@jobs.theguardian.com>",
              mx("mta12.alerts.jobs.theguardian.com", "185.183.52.12", "5AYz7Ab1RsX3"),
              extra=(("List-Unsubscribe", "<https://jobs.theguardian.com/alerts/unsubscribe/51228093>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(plain(body), make.html(page(body, "font-family:Georgia,serif;font-size:15px"))))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Marchmont Walker",
      note="Agency cold outreach 'are you open to a chat?' for an unnamed FMCG client; asks her for a good time, nothing fixed. Company = the agency (the client is not named).")
def m31() -> bytes:
    body = t("""
        Hi Olivia,

        Hope you're well. I came across your profile on LinkedIn and your loyalty and CRM analytics background really stood out.

        I'm working exclusively with a well-known FMCG brand on a Senior Insight Analyst hire – Manchester-based, hybrid (2 days a week in the office), up to £55k plus a 10% bonus. They're after someone who can sit between the data team and the brand managers and turn numbers into a story, which sounds right up your street.

        Are you open to a chat about it? If so, let me know a good time for a quick call this week and I can share the full details.

        No worries at all if the timing isn't right.

        Best,
        Ollie Grant
        Associate Director – Marketing & Digital
        Marchmont Walker
        +44 161 496 0755 | marchmontwalker.com
        """)
    hs = head(addr("Ollie Grant", "ollie.grant@marchmontwalker.com"),
              "Senior Insight Analyst – FMCG – Manchester (hybrid)", "2026-02-17 12:45:30", LON,
              "<PAXPR02MB7725A0B1C2D3E4F5@PAXPR02MB7725.eurprd02.prod.outlook.com>",
              mx("mail-db5eur02on2121.outbound.protection.outlook.com", "40.107.15.121", "5BZa9Bc3StY5"))
    return message(hs, alt(plain(body), make.html(outlook_html(body))))


@mail(n(32), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-01-22"),),
      note="Careers newsletter about interviews (STAR method, questions to ask) with a live Q&A time; confirms nothing for her.")
def m32() -> bytes:
    body = t("""
        THE SHORTLIST · Issue 112

        This week: how to stop rambling in competency interviews

        Hi Olivia,

        "Tell me about a time when…" – six words that make even the most confident candidates freeze. This week we break down the STAR method (Situation, Task, Action, Result) with three worked answers from marketing and analytics interviews, plus the one mistake almost everyone makes: spending 80% of the answer on the Situation.

        Also in this issue
        • 7 questions to ask at the end of an interview (and 2 to avoid)
        • Salary talk: how to answer "what are your expectations?" in the first interview
        • Reader question: "I've had three second interviews and no offers. What am I doing wrong?"

        Live Q&A: our editor Femi answers your interview questions on Thursday 22 January at 12:30 on LinkedIn Live. No sign-up needed.

        Good luck out there,
        The Shortlist team

        You're receiving this because you subscribed at theshortlist.example.com.
        Unsubscribe · Update preferences
        The Shortlist Media Ltd, 5 Gate Street, London WC2A 3HP
        """)
    hs = head(addr("The Shortlist", "hello@news.theshortlist.example.com"),
              "How to stop rambling in competency interviews", "2026-01-17 08:00:00", LON,
              "<20260117080000.112.3f9a@news.theshortlist.example.com>",
              mx("mta-2.news.theshortlist.example.com", "198.51.100.27", "5CAb1Cd5TuZ7"),
              extra=(("List-Unsubscribe", "<https://theshortlist.example.com/unsubscribe?u=4411&l=olivia>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "The Shortlist <weekly.theshortlist.example.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(plain(body), make.html(page(body, "font-family:Georgia,serif;font-size:16px"))))


@mail(n(33), family="scheduling_link", lang="en", interview=False, company="Office for Place and Growth",
      days=(("Mon", "2026-06-08"), ("Fri", "2026-06-12"), ("Wed", "2026-06-03")),
      note="Civil Service Jobs 'invited to interview - book your slot': interviews run Mon 8 - Fri 12 June, she must still choose a slot by Wed 3 June; nothing booked.")
def m33() -> bytes:
    body = t("""
        Dear Olivia Bennett,

        Job reference: 412087
        Job title: Senior Communications Insight Officer (HEO)
        Department: Office for Place and Growth

        Congratulations. You have been invited to interview for this role.

        What you need to do
        Sign in to your Civil Service Jobs account and book an interview slot. Interviews will take place by video call (Microsoft Teams) between Monday 8 June and Friday 12 June 2026.

        You must book your slot by 23:55 on Wednesday 3 June 2026. If you do not book a slot by this time, we may withdraw your application.

        At interview you will be assessed against the following Behaviours: Communicating and Influencing, Making Effective Decisions, Working Together; and the Strength-based questions.

        If you need a reasonable adjustment, please contact the vacancy holder through your account.

        Civil Service Jobs

        This is an automated message, please do not reply.
        """)
    hs = head(addr("Civil Service Jobs", "noreply@civilservicejobs.service.gov.uk"),
              "Invitation to interview - 412087 - Senior Communications Insight Officer (HEO)", "2026-05-28 15:30:41", LON,
              "<csj.412087.inv.20260528143041.77e1@civilservicejobs.service.gov.uk>",
              mx("smtp.civilservicejobs.service.gov.uk", "51.149.8.20", "5DBc3De7UvA9"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, plain(body, cte="7bit"))


@mail(n(34), family="availability_request", lang="en", interview=False, company="Saltmarsh Studio",
      days=(("Mon", "2026-05-18"), ("Tue", "2026-05-19"), ("Wed", "2026-05-20")),
      note="Hiring manager proposes three slots and asks which suits; nothing confirmed yet (the confirmation comes the next day, in a reply on top of this thread).")
def m34() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks for your application for the Marketing Analyst role – we'd love to meet you in person.

        Could you do any of these?
        - Monday 18 May at 10am
        - Tuesday 19 May at 2pm
        - Wednesday 20 May at 11.30am

        It would be at our studio in Hoxton, for about an hour. Let me know which works best and I'll lock it in.

        Best,
        Imogen

        --
        Imogen Hart
        Head of Strategy, Saltmarsh Studio
        07700 900618
        """)
    hs = head(addr("Imogen Hart", "imogen@saltmarshstudio.co.uk"),
              "Saltmarsh Studio – Marketing Analyst – next steps", "2026-05-12 11:05:48", LON,
              "<CAF1b2Hw8Zr6Tq4Yp0Lm3Xk7Nv5Jd9Sc1Ge2Uf8Ra6Wo4Ib3Qh@mail.gmail.com>",
              mx("mail-wm1-f54.google.com", "209.85.128.54", "5ECd5Ef9VwB1"))
    return message(hs, alt(plain(body), make.html(gmail_html(body))))


@mail(n(35), family="online_test", lang="en", interview=False, company="Forth & Clyde Bank",
      days=(("Sun", "2026-04-19"),),
      note="SHL online assessment invitation with a deadline (23:59 UK time, Sunday 19 April 2026); a test to complete in her own time, not an interview.")
def m35() -> bytes:
    body = t("""
        Dear Olivia,

        Thank you for your application for the role of Marketing Insight Analyst with Forth & Clyde Bank.

        The next stage of the process is to complete the following online assessments:

          1. Verify – Numerical Reasoning (approx. 25 minutes)
          2. Occupational Personality Questionnaire (OPQ) (approx. 25 minutes)

        Please complete both assessments by 23:59 (UK time) on Sunday 19 April 2026.

        Start your assessments: https://candidate.shl.com/invite/7d3f0a91-6c2e-4b58-8e14-a9c2d7f05b36

        Tips
        • Use a laptop or desktop computer with a reliable internet connection.
        • Find a quiet place where you will not be interrupted.
        • You can take a practice test from the link above before you begin.

        If you require any adjustments, please contact the Forth & Clyde Bank Resourcing team before starting.

        Kind regards,
        SHL on behalf of Forth & Clyde Bank

        Please do not reply to this email. This mailbox is not monitored.
        """)
    hs = head(addr("SHL on behalf of Forth & Clyde Bank", "donotreply@shl.com"),
              "Forth & Clyde Bank – please complete your online assessments", "2026-04-14 10:00:06", LON,
              "<0102019d8b7c6a5e-4f3d2c1b-0a9e-4d8c-b7a6-f5e4d3c2b1a0-000000@eu-west-1.amazonses.com>",
              mx("a8-21.smtp-out.eu-west-1.amazonses.com", "54.240.8.21", "5FDe7Fg1WxC3"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(36), family="one_way_video", lang="en", interview=False, company="Clontarf Insurance",
      days=(("Fri", "2026-07-24"),),
      note="Sonru one-way (recorded) video interview with a deadline (Friday 24 July 2026, 17:00 Irish time); no live meeting at a fixed time.")
def m36() -> bytes:
    body = t("""
        Dear Olivia,

        Thank you for your application for Marketing Analyst with Clontarf Insurance DAC.

        We would like to invite you to complete a video interview using Sonru. You can complete it at any time that suits you before the deadline:

        Deadline: Friday 24 July 2026 at 17:00 (Irish time)

        The interview consists of 4 questions. For each question you will have 1 minute to read the question and up to 2 minutes to record your answer. You can do a practice question as many times as you like before you start.

        Start your video interview: https://app.sonru.com/i/Xc72kQp9

        Before you start, please check that your webcam and microphone are working, and find a quiet spot with good lighting.

        Best of luck,
        Talent Team, Clontarf Insurance DAC

        Powered by Sonru
        """)
    hs = head(addr("Clontarf Insurance Talent Team", "no-reply@sonru.com"),
              "Video interview invitation – Marketing Analyst – Clontarf Insurance", "2026-07-17 09:30:15", DUB,
              "<sonru.inv.Xc72kQp9.20260717083015@sonru.com>",
              mx("mail.sonru.com", "52.17.80.140", "5GEf9Gh3XyD5"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(37), family="offer", lang="en", interview=False, company="Northgate Building Society",
      days=(("Mon", "2026-06-01"),),
      note="Verbal offer relayed by the agency consultant after the Northgate interview; mentions a start date (Monday 1 June) but no interview. Company = the employer making the offer (the agency only relays it).")
def m37() -> bytes:
    body = t("""
        Olivia!!

        Brilliant news – Northgate have just called and they want to offer you the Member Insight Analyst role. Rachel said you were the standout candidate by a distance, and Tom loved the Tableau walkthrough.

        Headlines:
        - £44,000 base (I pushed and got them up from £42k)
        - 8% bonus, 25 days' holiday plus bank holidays
        - Hybrid: 2 days a week in Leeds, rest from home, travel expenses for the Leeds days for the first 6 months
        - They'd like you to start on Monday 1 June, subject to your notice period

        Their HR team will send the formal offer letter and contract over in the next day or two.

        Give me a ring when you're free to talk it through – I'm around till 6 tonight and all weekend on the mobile.

        Cheers,
        Dan

        Dan Whitfield
        Senior Consultant – Marketing & Insight
        Harlow Scott Recruitment | Leeds
        M: 07700 900412
        """)
    hs = head(addr("Dan Whitfield", "dan.whitfield@harlowscott.co.uk"),
              "Northgate - OFFER!", "2026-04-24 15:05:47", LON,
              "<LO4P265MB6611D9E8F7A6B5C4D3E2F1A0B9C8@LO4P265MB6611.GBRP265.PROD.OUTLOOK.COM>",
              mx("mail-uksouthazon11020091.outbound.protection.outlook.com", "52.101.195.91", "5HFg1Hi5YzE7"),
              extra=(("Content-Language", "en-GB"), ("Importance", "high")))
    return message(hs, alt(plain(body), make.html(outlook_html(body))))


@mail(n(38), family="reference_request", lang="en", interview=False, company="Quayside Energy",
      days=(("Fri", "2026-10-09"),),
      note="Reference request: a former intern named Olivia as a referee; deadline Friday 9 October. About someone else's application. Company = the requesting employer.")
def m38() -> bytes:
    body = t("""
        Dear Ms Bennett,

        Amelia Shah has applied for the position of Marketing Executive with Quayside Energy and has given your name as a referee, in your capacity as her line manager during her internship at Pellow & Marsh.

        We would be grateful if you could complete our short reference form using the secure link below. It should take around 10 minutes.

        https://references.quaysideenergy.co.uk/r/5b1e9c

        It would be very helpful to receive your reference by Friday 9 October 2026. All references are treated in the strictest confidence.

        Thank you in advance for your help.

        Yours sincerely,

        Lisa Carver
        HR Shared Services
        Quayside Energy Ltd
        Newcastle upon Tyne
        """)
    hs = head(addr("Lisa Carver", "lisa.carver@quaysideenergy.co.uk"),
              "Reference request – Amelia Shah", "2026-10-02 11:11:03", LON,
              "<AS8PR04MB9012B7C6D5E4F3A2@AS8PR04MB9012.eurprd04.prod.outlook.com>",
              mx("mail-am0eur02on2050.outbound.protection.outlook.com", "40.107.247.50", "5JGh3Ij7ZaF9"))
    return message(hs, alt(plain(body), make.html(outlook_html(body))))


@mail(n(39), family="pre_employment_checks", lang="en", interview=False, company="North Thames Community Health NHS Trust",
      days=(("Wed", "2026-05-20"),),
      note="NHS Jobs conditional offer / pre-employment checks (right to work, DBS, references) after the interview on Wednesday 20 May; no appointment booked.")
def m39() -> bytes:
    body = t("""
        Dear Olivia Bennett

        Job reference: 381-NTCH-4472-C
        Job title: Communications and Insight Officer (Band 6)

        Following your interview on Wednesday 20 May 2026, we are pleased to make you a conditional offer of employment. The offer is subject to satisfactory pre-employment checks.

        What you need to do now
        Sign in to your NHS Jobs account and complete the following tasks within 5 working days:

        1. Right to work – upload your passport, or share your online right to work share code
        2. DBS check – complete the Standard DBS application form
        3. References – confirm the contact details for two referees covering the last three years
        4. Occupational health – complete the confidential health questionnaire

        Once your documents are uploaded, the recruitment team will contact you to verify your original ID.

        Recruitment Team
        North Thames Community Health NHS Trust

        This is an automated email from NHS Jobs. Please do not reply to this email address.
        """)
    hs = head(addr("NHS Jobs", "no-reply@jobs.nhs.uk"),
              "Conditional offer – pre-employment checks – Communications and Insight Officer", "2026-05-29 10:15:20", LON,
              "<0102019f2b3c4d5e-6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0-000000@eu-west-2.amazonses.com>",
              mx("a10-20.smtp-out.eu-west-2.amazonses.com", "54.240.10.20", "5KHi5Jk9AbG1"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(40), family="auto_reply", lang="en", interview=False, company="Thistle & Tern Digital",
      days=(("Fri", "2026-07-17"), ("Mon", "2026-07-27")),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Edinburgh hiring manager to her thank-you note after the Calendly interview.")
def m40() -> bytes:
    body = t("""
        Hi,

        Thanks for your email. I'm on annual leave from Friday 17 July and back in the office on Monday 27 July, with limited access to email.

        If it's urgent, please contact hello@thistleandtern.co.uk and one of the team will help.

        Euan
        """)
    hs = head(addr("Euan Baird", "euan@thistleandtern.co.uk"),
              "Out of office Re: Thank you - Marketing Analyst interview", "2026-07-17 08:14:02", LON,
              "<CAJ4zR8uV1wX5yB2nM7kL3pQ9tS6dF0gH4jA8cE1iO5rT2vW7xY@mail.gmail.com>",
              mx("mail-yw1-f182.google.com", "209.85.128.182", "5LIj7Kl1BcH3"),
              extra=(("Auto-Submitted", "auto-replied"),
                     ("In-Reply-To", "<CAO7h3Tb2Yq9Lm4Zp1Xv8Kn6Rd5Jw0Sc3Hf7Ug2Ae9Bo4Ni1Qk@mail.gmail.com>")))
    return message(hs, alt(plain(body), make.html(gmail_html(body))))


def _bounce_original() -> bytes:
    body = t("""
        Hi Ffion,

        Thank you for this morning's interview – it was great to hear about the plans for the new customer portal, and I left even more excited about the role.

        Please pass on my thanks to Gethin too.

        Best wishes,
        Olivia
        """)
    return message([
        ("From", OLIVIA),
        ("To", addr("Ffion Rees", "ffion.rhees@taffvalehomes.co.uk")),
        ("Subject", "Thank you - Marketing & Customer Insight Analyst"),
        ("Date", date("2026-03-30 13:11:40", LON)),
        ("Message-ID", "<b7e2f0c4-91a3-4d5e-8f26-3c0a9d1e7b58@example.net>"),
    ], plain(body))


@mail(n(41), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (multipart/report) for her thank-you note to a mistyped recruiter address; the returned message mentions 'this morning's interview', which is past.")
def m41() -> bytes:
    explain = t("""
        This is the mail system at host mx2.example.net.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <ffion.rhees@taffvalehomes.co.uk>: host taffvalehomes-co-uk.mail.protection.outlook.com[52.101.73.4]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            ffion.rhees@taffvalehomes.co.uk not found by SMTP address lookup
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.net
        X-Postfix-Queue-ID: 4Lk2Mn8PqRs
        Arrival-Date: Mon, 30 Mar 2026 13:11:41 +0100

        Final-Recipient: rfc822; ffion.rhees@taffvalehomes.co.uk
        Original-Recipient: rfc822;ffion.rhees@taffvalehomes.co.uk
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; taffvalehomes-co-uk.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
        """)
    report = make.multipart("report", plain(explain, "us-ascii", "7bit", extra=(("Content-Description", "Notification"),)),
                            make.raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], status),
                            make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                                      _bounce_original()),
                            params="report-type=delivery-status")
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.net")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-03-30 13:12:05", LON)),
        ("Message-ID", "<20260330121205.9C4D1A2B3E@mx2.example.net>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(n(42), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-02-25"),),
      note="Work meeting invite (Exchange, GMT Standard Time) from her current employer, forwarded by an inbox rule to her personal address: campaign performance readout, not an interview.")
def m42() -> bytes:
    teams = TEAMS_PLAIN.format(mid="ZjQ4MmI3ODAtYzE5", tid="a3d9e1f0-2b4c-4e6a-9d87-1c5f3b2e8a40",
                               num="349 882 015 663", code="Vb8kT2")
    body = t("""
        When: Wednesday, 25 February 2026 15:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Thames Room (4th floor) / Microsoft Teams Meeting

        Hi all,

        Q4 campaign performance readout for the Harrow Lane Foods account before we present to the client on the 4th. Olivia – could you take us through the attribution model and the halo effect on the loyalty app?

        Thanks,
        Priyanka

        """) + teams
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@GMT@@
        BEGIN:VEVENT
        ORGANIZER;CN=Priyanka Desai:mailto:priyanka.desai@pellowmarsh.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Bennett:mailto:olivia.bennett@pellowmarsh.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Ng:mailto:marcus.ng@pellowmarsh.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Q4 campaign performance readout for the Harrow Lane Foods account.\\n
        UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=en-GB:Harrow Lane Foods – Q4 campaign performance readout
        DTSTART;TZID=GMT Standard Time:20260225T150000
        DTEND;TZID=GMT Standard Time:20260225T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260220T142200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Thames Room (4th floor) / Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Priyanka Desai", "priyanka.desai@pellowmarsh.co.uk"),
              "Harrow Lane Foods – Q4 campaign performance readout", "2026-02-20 14:22:10", LON,
              "<LO6P265MB7034C1D2E3F4A5B6@LO6P265MB7034.GBRP265.PROD.OUTLOOK.COM>",
              mx("mail-lo2gbr01on2070.outbound.protection.outlook.com", "40.107.10.70", "5MJk9Lm3CdI5"),
              to=addr("Olivia Bennett", "olivia.bennett@pellowmarsh.co.uk"),
              extra=(("Content-Language", "en-GB"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "olivia.bennett@pellowmarsh.co.uk")))
    return message(hs, alt(plain(body), make.html(outlook_html(body)), calendar(ics, cte="base64")))


@mail(n(43), family="personal_appointment", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-03"),),
      note="GP surgery appointment confirmation (telephone appointment, Tuesday 3 March 2026 08:40); a confirmed time, not an interview.")
def m43() -> bytes:
    body = t("""
        Brixton Hill Group Practice

        Dear Olivia,

        Your appointment is confirmed:

        Tuesday 3 March 2026 at 08:40
        Telephone appointment with Dr S. Nwosu (GP)

        The doctor will call you on the mobile number ending 412. Please keep your phone nearby from 08:30; the call may be up to 30 minutes late if the surgery is busy.

        If you no longer need this appointment, please cancel it using the link below so it can be offered to another patient:
        https://accurx.nhs.uk/r/bhgp-7Yt2Kq

        This message was sent by Brixton Hill Group Practice via Accurx. Replies to this email are not monitored.
        """)
    hs = head(addr("Brixton Hill Group Practice", "noreply@accurx.nhs.uk"),
              "Appointment confirmation – Brixton Hill Group Practice", "2026-02-27 12:03:55", LON,
              "<accurx.appt.7Yt2Kq.20260227120355@accurx.nhs.uk>",
              mx("smtp.accurx.nhs.uk", "51.140.12.88", "5NKl1Mn5DeJ7"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, plain(body))


@mail(n(44), family="personal_appointment", lang="en", interview=False, company=None,
      days=(("Thu", "2026-04-16"),),
      note="Council register office appointment to give notice of marriage (Thursday 16 April 2026, 11:20), where the registrar 'will see each of you separately' - interview-like, but a personal appointment.")
def m44() -> bytes:
    body = t("""
        London Borough of Effra – Register Office

        Booking reference: RO-NOM-260416-0937

        Dear Olivia Bennett,

        Your appointment to give notice of marriage has been booked.

        Date: Thursday 16 April 2026
        Time: 11:20
        Place: Effra Register Office, Town Hall, Acre Lane Square, London SW2 5ZZ

        Both you and your partner, James Whitaker, must attend. The registrar will see each of you separately for part of the appointment and ask some questions about your relationship; this is a normal part of the process.

        Please bring for each of you:
        • a valid passport or UK birth certificate
        • proof of address dated within the last 3 months
        • the fee of £42 per person (card payments only)

        If you need to change or cancel your appointment, please use the link in your online account at least 2 working days beforehand.

        Registration Service
        London Borough of Effra
        """)
    hs = head(addr("Effra Council Registration Service", "registrars-noreply@effra.gov.uk"),
              "Appointment booked: giving notice of marriage", "2026-04-01 09:40:12", LON,
              "<RO-NOM-260416-0937.1775032812@bookings.effra.gov.uk>",
              mx("smtp-out.effra.gov.uk", "51.149.40.7", "5PLm3No7EfK9"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(45), family="social_invite", lang="en", interview=False, company=None,
      days=(("Fri", "2026-02-27"),),
      note="Google Calendar invitation from a friend to leaving drinks (Fri 27 Feb 2026, 6:30pm); social event, not an interview.")
def m45() -> bytes:
    body = t("""
        Sophie Khan has invited you to an event.

        Jess's leaving drinks 🍻
        Friday 27 Feb 2026 ⋅ 6:30pm – 10pm
        United Kingdom Time

        The Crown & Anchor, 22 Neal Street, London WC2H 9PS

        Jess is off to Lisbon!! Upstairs room is booked from half six, food at 7.30. Bring cash for the card, I'm collecting.

        Join with Google Meet: no conference added

        Organizer
        Sophie Khan
        sophie.khan@example.com

        Guests
        Sophie Khan - organizer
        olivia.bennett@example.net
        jess.morrow@example.com
        View all guest info

        Reply for olivia.bennett@example.net
        Yes · No · Maybe · More options

        Invitation from Google Calendar
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@LON@@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20260227T183000
        DTEND;TZID=Europe/London:20260227T220000
        DTSTAMP:20260223T194500Z
        ORGANIZER;CN=Sophie Khan:mailto:sophie.khan@example.com
        UID:1h7k3m9p2r5t8v0x4z6b1d3f5g@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivia.bennett@example.net;X-NUM-GUESTS=0:mailto:olivia.bennett@example.net
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jess Morrow;X-NUM-GUESTS=0:mailto:jess.morrow@example.com
        CREATED:20260223T194431Z
        DESCRIPTION:Jess is off to Lisbon!! Upstairs room is booked from half six\\, food at 7.30.
        LAST-MODIFIED:20260223T194459Z
        LOCATION:The Crown & Anchor\\, 22 Neal Street\\, London WC2H 9PS
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Jess's leaving drinks 🍻
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sophie Khan", "sophie.khan@example.com"),
              "Invitation: Jess's leaving drinks 🍻 @ Fri 27 Feb 2026 6:30pm - 10pm (GMT) (olivia.bennett@example.net)",
              "2026-02-23 19:45:00", LON, "<calendar-0e4b7a2d-9c31-4f85-b6d0-2a8e1c5f7b93@google.com>",
              mx("mail-sor-f69.google.com", "209.85.220.69", "5QMn5Op9FgL1"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Sophie Khan", "sophie.khan@example.com"))))
    return message(hs, mixed(alt(plain(body), make.html(page(body)), calendar(ics, cte="8bit")),
                             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(46), family="interviewer_invite", lang="en", interview=False, company=None,
      days=(("Thu", "2026-06-11"),),
      note="Look-alike: her employer's recruiting coordinator books Olivia as an INTERVIEWER for a Junior Marketing Executive candidate (Exchange invite, Thursday 11 June 2026 10:00). A job interview, but not hers.")
def m46() -> bytes:
    body = t("""
        Hi Olivia and Mark,

        Please see below for Tom Hale's second-stage interview for the Junior Marketing Executive role.

        Candidate: Tom Hale
        Interviewers: Olivia Bennett (Senior Marketing Analyst), Mark Ellery (Head of Marketing)
        Format: 60 minutes, competency questions + 15-minute data exercise debrief
        Room: Kew (3rd floor)

        Tom's CV, first-stage notes and the scorecard are in Greenhouse. Please submit your scorecards by end of day on the day of the interview so we can get back to him before the weekend.

        Thanks!
        Becky

        Becky Lam
        Talent Coordinator | Pellow & Marsh
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@GMT@@
        BEGIN:VEVENT
        ORGANIZER;CN=Becky Lam:mailto:becky.lam@pellowmarsh.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Bennett:mailto:olivia.bennett@pellowmarsh.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mark Ellery:mailto:mark.ellery@pellowmarsh.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Candidate: Tom Hale\\nInterviewers: Olivia Bennett\\, Mark Ellery\\nScorecards in Greenhouse.\\n
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70
        SUMMARY;LANGUAGE=en-GB:Interview: Tom Hale – Junior Marketing Executive (2nd stage)
        DTSTART;TZID=GMT Standard Time:20260611T100000
        DTEND;TZID=GMT Standard Time:20260611T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260608T090500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Kew (3rd floor)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Becky Lam", "becky.lam@pellowmarsh.co.uk"),
              "Interview: Tom Hale – Junior Marketing Executive (2nd stage)", "2026-06-08 10:05:33", LON,
              "<LO6P265MB7034E5F6A7B8C9D0@LO6P265MB7034.GBRP265.PROD.OUTLOOK.COM>",
              mx("mail-lo2gbr01on2070.outbound.protection.outlook.com", "40.107.10.70", "5RNo7Pq1GhM3"),
              to=addr("Olivia Bennett", "olivia.bennett@pellowmarsh.co.uk"),
              extra=(("Cc", addr("Mark Ellery", "mark.ellery@pellowmarsh.co.uk")),
                     ("Content-Language", "en-GB"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "olivia.bennett@pellowmarsh.co.uk")))
    return message(hs, alt(plain(body), make.html(outlook_html(body)), calendar(ics, cte="base64")))


@mail(n(47), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-06-10"),),
      note="Podcast producer confirms her guest interview recording (Wednesday 10 June, 1pm BST); a media interview, not a job interview.")
def m47() -> bytes:
    body = t("""
        Hi Olivia,

        Thanks so much for agreeing to come on The Insight Hour! Confirming your interview recording:

        Wednesday 10 June, 1pm BST
        Remote, via Riverside – link: https://riverside.fm/studio/the-insight-hour?t=4c91aa

        We'll chat for about 40 minutes about how you built the loyalty attribution model at Pellow & Marsh (nothing confidential, promise – we'll send the edit for sign-off before it goes out). Headphones are a must; a wired mic is a bonus.

        Episode is due out at the start of July.

        Cheers,
        Maddie

        Maddie Clarke
        Producer, The Insight Hour
        """)
    hs = head(addr("Maddie Clarke", "maddie@insighthourpod.co.uk"),
              "Your interview for The Insight Hour – confirmed for 10 June", "2026-06-03 16:30:27", LON,
              "<CAK2wN7pT4xR9sV1bM6cL8kQ3yZ5dF0gJ2hA7eI4oU1rS9vX6nP@mail.gmail.com>",
              mx("mail-lj1-f170.google.com", "209.85.208.170", "5SOp9Qr3HiN5"))
    return message(hs, alt(plain(body), make.html(gmail_html(body))))


@mail(n(48), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Mon", "2026-02-23"),),
      note="University alumni careers service: practice (mock) interview with a careers consultant, Monday 23 February 2026 17:30-18:15 on Teams; not a job interview.")
def m48() -> bytes:
    body = t("""
        University of Wessex Careers & Employability

        Appointment confirmation

        Hi Olivia,

        Your appointment has been booked.

        Type: Mock interview (alumni, 45 minutes)
        With: Naomi Fisher, Careers Consultant
        Date: Monday 23 February 2026
        Time: 17:30 – 18:15
        Location: Online (Microsoft Teams – link to follow the day before)

        To get the most out of your practice interview, please upload the job description you are preparing for to your CareerHub profile at least 48 hours before.

        If you can no longer attend, please cancel through CareerHub so the slot can be released to another graduate.

        Careers & Employability Service
        University of Wessex
        """)
    hs = head(addr("Wessex Careers", "noreply@careerhub.wessex.ac.uk"),
              "Appointment confirmation: Mock interview – Mon 23 Feb 2026", "2026-02-18 09:00:44", LON,
              "<ch.appt.229187.20260218090044@careerhub.wessex.ac.uk>",
              mx("careerhub.wessex.ac.uk", "194.80.212.33", "5TPq1Rs5IjO7"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(plain(body), make.html(page(body))))


@mail(n(49), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-05-14"),),
      note="Zoom webinar registration 'Nail the competency interview' (Thursday 14 May 2026, 12:30-13:30 BST) with ICS; a webinar about interviews, not an interview.")
def m49() -> bytes:
    body = t("""
        Hi Olivia,

        Thank you for registering for "Nail the competency interview: a masterclass for marketers".

        Date & Time: May 14, 2026 12:30 PM - 1:30 PM London

        Please submit any questions to: events@marketingcareerslab.example.org

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/89120476633?tk=bW9ja3Rva2VuLW9saXZpYQ

        Passcode: 402517

        Add to calendar: the invitation is attached.

        You can cancel your registration at any time.

        Marketing Careers Lab
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20260508T120000Z
        DTSTART:20260514T113000Z
        DTEND:20260514T123000Z
        SUMMARY:Nail the competency interview: a masterclass for marketers
        UID:20260508T120000Z-89120476633@fe80:0:0:0:0:0:0:0
        TZID:Europe/London
        DESCRIPTION:Webinar. Join: https://us06web.zoom.us/w/89120476633
        LOCATION:https://us06web.zoom.us/w/89120476633
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Marketing Careers Lab", "no-reply@zoom.us"),
              "Nail the competency interview: a masterclass for marketers Confirmation", "2026-05-08 13:00:00", LON,
              "<zoom.webinar.89120476633.reg.5561@zoom.us>",
              mx("mail3.zoom.us", "170.114.10.70", "5UQr3St7JkP9"),
              extra=(("Reply-To", "events@marketingcareerslab.example.org"),))
    return message(hs, mixed(alt(plain(body), make.html(page(body))),
                             calendar(ics, method=None, filename="webinar.ics", disposition="attachment")))


@mail(n(50), family="careers_fair", lang="en", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Eventbrite ticket for a marketing careers fair (Saturday 10 October 2026, 10:00-16:00, Manchester) with 'on-the-spot interviews' on offer; an event, not her interview.")
def m50() -> bytes:
    body = t("""
        You're going to Northern Marketing & Digital Careers Fair 2026!

        Order #1184422093 · 1 x Free admission

        Saturday 10 October 2026
        10:00 – 16:00 BST
        Manchester Central, Windmill Street, Manchester M2 3GX

        Meet 40+ employers from agencies, brands and the public sector. CV clinics run all day, and several exhibitors will be holding on-the-spot interviews – bring a few printed copies of your CV.

        Your ticket is attached to this email and in the Eventbrite app.

        Organised by Northern Careers Events Ltd
        Contact the organiser · View event

        Eventbrite, 95 Third Street, San Francisco, CA 94103
        """)
    hs = head(addr("Eventbrite", "noreply@order.eventbrite.com"),
              "Your tickets for Northern Marketing & Digital Careers Fair 2026", "2026-09-27 18:20:09", LON,
              "<1184422093.order.confirmation@eventbrite.com>",
              mx("o1.email.eventbrite.com", "167.89.8.24", "5VRs5Tu9KlQ1"),
              extra=(("Reply-To", "orders@northerncareersevents.example.co.uk"),))
    return message(hs, alt(plain(body), make.html(page(body))))
