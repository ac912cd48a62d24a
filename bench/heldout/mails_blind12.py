# ruff: noqa: E501
"""blind12: 50 hand-written mails, the inbox of Ananya Krishnan <ananya.krishnan@example.net>,
a product analyst in Bengaluru (Asia/Kolkata) applying in India, Singapore, Dubai, the UK,
Germany, the Netherlands, Australia and to US-remote roles in 2026.

Written blind (without reading the detector, its tests or fixtures, or other held-out sets' mails).
Keys 1-50 are the writing order (positives first); the file number is a fixed shuffle (ORDER).
"""

from __future__ import annotations

import base64
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
)

SET = "blind12"
ORDER = random.Random(12012).sample(range(1, 51), 50)

ME_NAME = "Ananya Krishnan"
ME = "ananya.krishnan@example.net"
TO = addr(ME_NAME, ME)
KOLKATA = "Asia/Kolkata"



def n(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx2.example.net (Postfix) with ESMTPS id {ident}", ME, lag))


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO,
         before: tuple[tuple[str, str], ...] = (), extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    hs = [("Delivered-To", ME), *before]
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


VTZ_KOLKATA = """BEGIN:VTIMEZONE
TZID:Asia/Kolkata
X-LIC-LOCATION:Asia/Kolkata
BEGIN:STANDARD
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
TZNAME:IST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives


@mail(n(1), family="darwinbox", lang="en", interview=True, kind="scheduled",
      start="2026-02-12T06:00:00Z", end="2026-02-12T06:45:00Z",
      contact="pooja.nair@suvarnafinserv.in", company="Suvarna Finserv",
      local="Thu 2026-02-12 11:30", local_end="2026-02-12 12:15", zone=KOLKATA,
      note="Darwinbox HTML-only (base64) table from a no-reply sender. Date '12-02-2026 (Thursday)' is DD-MM (12 Feb), "
           "11:30 AM - 12:15 PM IST = 06:00-06:45Z. Contact: the TA person named with her address in the body.")
def m01() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f6f9;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f9"><tr><td align="center">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1e5eb">
        <tr><td style="background:#0b3d6e;padding:18px 24px"><img src="https://suvarnafinserv.darwinbox.in/ms/logo/suvarna.png" alt="Suvarna Finserv" height="34"></td></tr>
        <tr><td style="padding:24px">
        <p>Dear Ananya Krishnan,</p>
        <p>Greetings from Suvarna Finserv Limited!</p>
        <p>We are pleased to inform you that your profile has been shortlisted for the position of <b>Product Analyst - Lending Analytics</b>. Your interview has been scheduled as per the details below:</p>
        <table cellpadding="8" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:14px">
        <tr><td style="border:1px solid #d5dbe3;background:#eef2f7;width:38%"><b>Interview Round</b></td><td style="border:1px solid #d5dbe3">Round 1 - Functional Interview</td></tr>
        <tr><td style="border:1px solid #d5dbe3;background:#eef2f7"><b>Date</b></td><td style="border:1px solid #d5dbe3">12-02-2026 (Thursday)</td></tr>
        <tr><td style="border:1px solid #d5dbe3;background:#eef2f7"><b>Time</b></td><td style="border:1px solid #d5dbe3">11:30 AM - 12:15 PM (IST)</td></tr>
        <tr><td style="border:1px solid #d5dbe3;background:#eef2f7"><b>Mode</b></td><td style="border:1px solid #d5dbe3">Virtual - Microsoft Teams</td></tr>
        <tr><td style="border:1px solid #d5dbe3;background:#eef2f7"><b>Meeting Link</b></td><td style="border:1px solid #d5dbe3"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ1ZmE3NjUtY2I2Ny00@thread.v2/0">Join Microsoft Teams Meeting</a></td></tr>
        <tr><td style="border:1px solid #d5dbe3;background:#eef2f7"><b>Interviewer(s)</b></td><td style="border:1px solid #d5dbe3">Siddharth Bhave, Manager - Product Analytics</td></tr>
        </table>
        <p>Kindly join the meeting 5 minutes before the scheduled time and keep a copy of your updated resume handy. Please ensure a stable internet connection and keep your camera switched on throughout the discussion.</p>
        <p>For any queries, please write to Pooja Nair, Talent Acquisition, at <a href="mailto:pooja.nair@suvarnafinserv.in">pooja.nair@suvarnafinserv.in</a>.</p>
        <p>Warm Regards,<br>Talent Acquisition Team<br>Suvarna Finserv Limited<br>Nariman Point, Mumbai</p>
        </td></tr>
        <tr><td style="padding:12px 24px;background:#f9fafb;color:#8a8f98;font-size:11px">This is a system generated email. Please do not reply to this email.<br>Powered by Darwinbox</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Suvarna Finserv Careers", "noreply@darwinbox.in"),
              "Interview Scheduled | Product Analyst - Lending Analytics | Suvarna Finserv Ltd",
              "2026-02-09 17:42", KOLKATA, "<0109019c4a7e3d51-8f2e6c0b-1d7a-4f3e-9b52-7c0e2a6d9f41-000000@ap-south-1.amazonses.com>",
              before=(rcv("a48-91.smtp-out.ap-south-1.amazonses.com", "198.51.100.91", "2026-02-09 17:42", KOLKATA, "4Dk9Q21pXz"),),
              extra=(("X-SES-Outgoing", "2026.02.09-198.51.100.91"),))
    return message(hs, html(body, cte="base64"))


@mail(n(2), family="keka", lang="en", interview=True, kind="scheduled",
      start="2026-03-06T09:30:00Z", end="2026-03-06T10:15:00Z",
      contact="sneha.reddy@golcondahealth.in", company="Golconda Health",
      local="Fri 2026-03-06 15:00", local_end="2026-03-06 15:45", zone=KOLKATA,
      note="Keka Hire notification from no-reply@keka.com; Reply-To is the recruiter (human) -> contact. "
           "Fri 06 Mar 2026 03:00-03:45 PM Asia/Kolkata = 09:30-10:15Z; 'Duration: 45 mins' agrees.")
def m02() -> bytes:
    plain = t("""
        Hi Ananya,

        Your interview for Product Analyst – Growth at Golconda Health has been scheduled.

        Round: Round 2 – Case discussion (SQL + metrics)
        Date: Fri, 06 Mar 2026
        Time: 03:00 PM – 03:45 PM (Asia/Kolkata)
        Duration: 45 mins
        Interview type: Video call
        Join link: https://meet.google.com/xkd-pqwe-rta
        Panel: Farhan Qureshi (Senior Product Analyst)

        Please add this to your calendar. If you need to reschedule, reply to this email and your recruiter will get back to you.

        Best,
        Sneha Reddy
        Talent Acquisition, Golconda Health

        --
        Sent via Keka Hire · Golconda Health Pvt. Ltd., Hitec City, Hyderabad
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#1f2430;font-size:14px">
        <div style="max-width:560px;margin:0 auto;padding:20px">
        <p>Hi Ananya,</p>
        <p>Your interview for <strong>Product Analyst – Growth</strong> at Golconda Health has been scheduled.</p>
        <div style="border:1px solid #e3e6ee;border-radius:8px;padding:14px 18px;background:#fafbff">
        <div style="color:#6b7280;font-size:12px">Round 2 – Case discussion (SQL + metrics)</div>
        <div style="font-size:16px;margin-top:6px"><strong>Fri, 06 Mar 2026</strong></div>
        <div>03:00 PM – 03:45 PM (Asia/Kolkata) · 45 mins</div>
        <div style="margin-top:8px">Video call · <a href="https://meet.google.com/xkd-pqwe-rta">meet.google.com/xkd-pqwe-rta</a></div>
        <div style="margin-top:8px">Panel: Farhan Qureshi (Senior Product Analyst)</div>
        </div>
        <p>Please add this to your calendar. If you need to reschedule, reply to this email and your recruiter will get back to you.</p>
        <p>Best,<br>Sneha Reddy<br>Talent Acquisition, Golconda Health</p>
        <p style="color:#9aa1ad;font-size:11px">Sent via Keka Hire · Golconda Health Pvt. Ltd., Hitec City, Hyderabad</p>
        </div></body></html>
        """)
    hs = head(addr("Golconda Health", "no-reply@keka.com"),
              "Interview scheduled: Product Analyst – Growth (Round 2)",
              "2026-03-03 10:15", KOLKATA, "<20260303044500.7c1f2a90e4b3@mailer.keka.com>",
              before=(rcv("mailer.keka.com", "203.0.113.58", "2026-03-03 10:15", KOLKATA, "7Hq2LwR0aN"),),
              extra=(("Reply-To", addr("Sneha Reddy", "sneha.reddy@golcondahealth.in")),))
    return message(hs, alt(text(plain), html(page)))


@mail(n(3), family="zoho_recruit", lang="en", interview=True, kind="scheduled",
      start="2026-04-20T08:30:00Z", end="2026-04-20T09:30:00Z",
      contact="meera.kulkarni@sahyadrimobility.com", company="Sahyadri Mobility",
      local="Mon 2026-04-20 14:00", local_end="2026-04-20 15:00", zone=KOLKATA,
      note="Zoho Recruit mail sent in the recruiter's own name (human sender -> contact) with an invite.ics attachment "
           "(TZID Asia/Kolkata). Monday 20 April 2026 2:00-3:00 PM IST = 08:30-09:30Z.")
def m03() -> bytes:
    plain = t("""
        Dear Ananya,

        Thank you for your interest in Sahyadri Mobility. Further to our telephonic conversation this morning, we are happy to confirm your interview with our Product team.

        Interview Details
        Position     : Product Analyst
        Date         : Monday, 20 April 2026
        Time         : 2:00 PM to 3:00 PM IST
        Venue        : Online (Zoom) - https://zoom.us/j/84213370921?pwd=U2FoeWFkcmkyMDI2
        Interviewers : Aniket Deshpande (Product Lead), Shruti Joshi (Data Science)

        The calendar invite is attached. Kindly accept it so that it reflects in your calendar.

        Regards,
        Meera Kulkarni
        Senior Executive - Talent Acquisition
        Sahyadri Mobility Pvt. Ltd. | Baner, Pune 411045
        +91 98220 41763
        """)
    page = t("""
        <div style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Dear Ananya,</p>
        <p>Thank you for your interest in Sahyadri Mobility. Further to our telephonic conversation this morning, we are happy to confirm your interview with our Product team.</p>
        <p><b><u>Interview Details</u></b></p>
        <table style="font-size:13px">
        <tr><td>Position</td><td>: Product Analyst</td></tr>
        <tr><td>Date</td><td>: Monday, 20 April 2026</td></tr>
        <tr><td>Time</td><td>: 2:00 PM to 3:00 PM IST</td></tr>
        <tr><td>Venue</td><td>: Online (Zoom) - <a href="https://zoom.us/j/84213370921?pwd=U2FoeWFkcmkyMDI2">https://zoom.us/j/84213370921</a></td></tr>
        <tr><td>Interviewers</td><td>: Aniket Deshpande (Product Lead), Shruti Joshi (Data Science)</td></tr>
        </table>
        <p>The calendar invite is attached. Kindly accept it so that it reflects in your calendar.</p>
        <p>Regards,<br>Meera Kulkarni<br>Senior Executive - Talent Acquisition<br>Sahyadri Mobility Pvt. Ltd. | Baner, Pune 411045<br>+91 98220 41763</p>
        </div>
        """)
    ics = VTZ_KOLKATA.join(["""BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Recruit//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:zr-ivw-481120000019834021@zohorecruit.in
DTSTAMP:20260415T065000Z
DTSTART;TZID=Asia/Kolkata:20260420T140000
DTEND;TZID=Asia/Kolkata:20260420T150000
SUMMARY:Interview - Product Analyst - Ananya Krishnan
LOCATION:https://zoom.us/j/84213370921
ORGANIZER;CN=Meera Kulkarni:mailto:meera.kulkarni@sahyadrimobility.com
ATTENDEE;CN=Ananya Krishnan;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:ananya.krishnan@example.net
ATTENDEE;CN=Aniket Deshpande:mailto:aniket.deshpande@sahyadrimobility.com
ATTENDEE;CN=Shruti Joshi:mailto:shruti.joshi@sahyadrimobility.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""])
    hs = head(addr("Meera Kulkarni", "meera.kulkarni@sahyadrimobility.com"),
              "Interview Invitation - Product Analyst - Sahyadri Mobility Pvt. Ltd.",
              "2026-04-15 12:20", KOLKATA, "<1776237600312.481120000019834021.zr@zohorecruit.in>",
              before=(rcv("sender4-op-o12.zoho.in", "203.0.113.12", "2026-04-15 12:20", KOLKATA, "Zr0aQ1mT8c"),),
              extra=(("X-Mailer", "Zoho Recruit"),))
    return message(hs, mixed(alt(text(plain), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(4), family="naukri_rms", lang="en", interview=True, kind="scheduled",
      start="2026-04-28T09:00:00Z", contact="rekha.pillai@konkaninsure.in",
      company="Konkan General Insurance",
      local="Tue 2026-04-28 14:30", zone=KOLKATA,
      note="Naukri RMS call letter, HTML-only QP, 'Date & Time : 28-Apr-2026 (Tuesday) 02:30 PM IST' = 09:00Z; no duration. "
           "'Kindly revert with your confirmation' but date/time/mode are fixed -> scheduled. Contact: human Reply-To.")
def m04() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="640" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
        <tr><td style="padding:10px 16px;border-bottom:3px solid #275df5"><span style="font-size:18px;color:#275df5"><b>naukri</b></span><span style="color:#999">&nbsp;RMS | Interview Invitation</span></td></tr>
        <tr><td style="padding:16px">
        <p>Dear Ananya Krishnan,</p>
        <p>Greetings from Konkan General Insurance Ltd.!</p>
        <p>With reference to your application on naukri.com, we are pleased to invite you for a Virtual Interview. PFB the details:</p>
        <table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc;font-size:13px">
        <tr><td><b>Position</b></td><td>Product Analyst - Digital Channels</td></tr>
        <tr><td><b>Date &amp; Time</b></td><td>28-Apr-2026 (Tuesday) 02:30 PM IST</td></tr>
        <tr><td><b>Mode</b></td><td>Video Interview (Webex)</td></tr>
        <tr><td><b>Webex Link</b></td><td><a href="https://konkaninsure.webex.com/meet/rekha.pillai">https://konkaninsure.webex.com/meet/rekha.pillai</a></td></tr>
        <tr><td><b>Contact Person</b></td><td>Rekha Pillai, HR - Talent Acquisition (rekha.pillai@konkaninsure.in)</td></tr>
        </table>
        <p>Kindly keep the following ready: updated CV, a valid photo ID, and your last 3 months' salary slips.</p>
        <p>Kindly revert with your confirmation.</p>
        <p>Regards,<br>Rekha Pillai<br>HR - Talent Acquisition<br>Konkan General Insurance Ltd.<br>Lower Parel, Mumbai - 400013</p>
        </td></tr>
        <tr><td style="padding:8px 16px;background:#f5f5f5;font-size:11px;color:#888">This mail has been sent to you by Konkan General Insurance Ltd. using Naukri RMS. Naukri.com is not responsible for the content of this mail. Please do not reply to this mail; write to the recruiter directly.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Konkan General Insurance (via Naukri RMS)", "rms-noreply@naukri.com"),
              "Interview Call Letter - Product Analyst - Konkan General Insurance Ltd.",
              "2026-04-24 16:05", KOLKATA, "<rms.iv.5520917.1777026900@naukri.com>",
              before=(rcv("mailer7.naukri.com", "192.0.2.77", "2026-04-24 16:05", KOLKATA, "Nk4RmS77Qa"),),
              extra=(("Reply-To", addr("Rekha Pillai", "rekha.pillai@konkaninsure.in")),))
    return message(hs, html(page))


@mail(n(5), family="hackerearth_facecode", lang="en", interview=True, kind="scheduled",
      start="2026-05-19T05:30:00Z", end="2026-05-19T06:30:00Z", contact=None,
      company="Nilgiri Data Systems",
      local="Tue 2026-05-19 11:00", local_end="2026-05-19 12:00", zone=KOLKATA,
      note="HackerEarth FaceCode live interview (base64 plain+html) from noreply@hackerearth.com. Tuesday, May 19, 2026 "
           "11:00 AM - 12:00 PM (GMT+05:30) = 05:30-06:30Z. Interviewer named without an address -> contact null.")
def m05() -> bytes:
    plain = t("""
        Hi Ananya,

        Nilgiri Data Systems has scheduled a live FaceCode interview with you.

        Role: Product Analyst II
        When: Tuesday, May 19, 2026 | 11:00 AM - 12:00 PM (GMT+05:30) Asia/Kolkata
        Duration: 60 minutes
        Interviewer: Deepa Raghavan

        Join the interview: https://www.hackerearth.com/facecode/i/9f3c2a7e41b0/

        Before the interview:
        - Use the latest version of Chrome or Firefox on a laptop.
        - Test your camera and microphone: https://www.hackerearth.com/facecode/system-check/
        - The interview includes a SQL exercise in the collaborative editor. No IDE setup is needed.

        Need to reschedule? Please get in touch with the recruiter at Nilgiri Data Systems directly.

        All the best!
        Team HackerEarth
        """)
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;background:#f2f4f8;padding:24px">
        <div style="max-width:580px;margin:auto;background:#fff;border-radius:6px;padding:28px">
        <img src="https://static-fastly.hackerearth.com/static/images/logo/he-logo.png" alt="HackerEarth" height="28">
        <h2 style="font-weight:500;color:#1f2a44">Your FaceCode interview is scheduled</h2>
        <p>Hi Ananya,</p>
        <p><b>Nilgiri Data Systems</b> has scheduled a live FaceCode interview with you.</p>
        <table style="font-size:14px;line-height:1.7">
        <tr><td style="color:#7a8399;padding-right:14px">Role</td><td>Product Analyst II</td></tr>
        <tr><td style="color:#7a8399;padding-right:14px">When</td><td>Tuesday, May 19, 2026 | 11:00 AM - 12:00 PM (GMT+05:30) Asia/Kolkata</td></tr>
        <tr><td style="color:#7a8399;padding-right:14px">Duration</td><td>60 minutes</td></tr>
        <tr><td style="color:#7a8399;padding-right:14px">Interviewer</td><td>Deepa Raghavan</td></tr>
        </table>
        <p><a href="https://www.hackerearth.com/facecode/i/9f3c2a7e41b0/" style="background:#2c70f6;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Join interview</a></p>
        <p style="font-size:13px;color:#555">Use the latest Chrome or Firefox on a laptop and <a href="https://www.hackerearth.com/facecode/system-check/">test your camera and microphone</a>. The interview includes a SQL exercise in the collaborative editor.</p>
        <p style="font-size:13px;color:#555">Need to reschedule? Please get in touch with the recruiter at Nilgiri Data Systems directly.</p>
        <p>All the best!<br>Team HackerEarth</p>
        </div></body></html>
        """)
    hs = head(addr("HackerEarth", "noreply@hackerearth.com"),
              "Nilgiri Data Systems has invited you to a FaceCode interview",
              "2026-05-14 18:30", KOLKATA, "<CAHE.facecode.9f3c2a7e41b0.1778763600@hackerearth.com>",
              before=(rcv("o3.email.hackerearth.com", "198.51.100.203", "2026-05-14 18:30", KOLKATA, "He5FcD03Lk"),),
              extra=(("X-Entity-Ref-ID", "facecode-invite-9f3c2a7e41b0"),))
    return message(hs, alt(text(plain, cte="base64"), html(page, cte="base64")))


@mail(n(6), family="recruit_crm", lang="en", interview=True, kind="scheduled",
      start="2026-06-04T05:30:00Z", end="2026-06-04T06:30:00Z",
      contact="vikas.menon@talentbridgesearch.in", company="Marigold Consumer Products",
      local="Thu 2026-06-04 11:00", local_end="2026-06-04 12:00", zone=KOLKATA,
      note="Agency consultant (sent through Recruit CRM, his own address) confirming 'Date & Time : 04-Jun-2026 (Thursday) 11:00 AM IST', "
           "'Duration : 1 Hour' -> 05:30-06:30Z. 'Kindly revert ... as a token of your confirmation' is an acknowledgement, time is fixed. "
           "Company = the client (hiring company), contact = the consultant (human sender), not the cc'd client HR.")
def m06() -> bytes:
    plain = t("""
        Dear Ananya,

        Greetings from TalentBridge Search Partners!

        As discussed over the call, please find below the details of your interview with our client Marigold Consumer Products Pvt. Ltd. (Gurugram).

        Position     : Product Analyst – D2C
        Round        : Technical / Functional (1st round)
        Date & Time  : 04-Jun-2026 (Thursday) 11:00 AM IST
        Duration     : 1 Hour
        Mode         : MS Teams (link PFB)
        Interviewer  : Mr. Gaurav Malhotra, Associate Director – Analytics

        Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmM1YjQ3NDQtMWE2Zi00@thread.v2/0?context=%7b%22Tid%22%3a%22marigold%22%7d

        Kindly note the following:
        1. Please log in 10 mins prior to the scheduled time.
        2. Keep your resume and a notepad handy; there may be a short case on D2C funnel metrics.
        3. In case of any connectivity issue, please call me immediately on +91 98110 57342.

        Kindly revert on this mail as a token of your confirmation.

        All the best!

        Thanks & Regards,
        Vikas Menon
        Senior Consultant – Analytics Hiring
        TalentBridge Search Partners | Golf Course Road, Gurugram
        M: +91 98110 57342 | www.talentbridgesearch.in
        """)
    hs = head(addr("Vikas Menon", "vikas.menon@talentbridgesearch.in"),
              "Interview Confirmation || Marigold Consumer Products || Product Analyst || Ananya Krishnan",
              "2026-06-01 12:48", KOLKATA, "<rcrm.6a1f0c22b9e84d15.1780298280@mail.recruitcrm.io>",
              before=(rcv("mail.recruitcrm.io", "203.0.113.140", "2026-06-01 12:48", KOLKATA, "Rc6TbS40Vm"),),
              extra=(("Cc", addr("Ritu Bansal", "ritu.bansal@marigoldconsumer.com")),
                     ("X-Mailer", "Recruit CRM")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(7), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T13:30:00Z", end="2026-03-10T14:15:00Z",
      contact="jessica.tran@halyardanalytics.com", company="Halyard Analytics",
      local="Tue 2026-03-10 09:30", local_end="2026-03-10 10:15", zone="America/New_York",
      note="Greenhouse confirmation sent Thu 5 Mar (EST), interview Tue 10 Mar after US DST began 8 Mar: 9:30-10:15 AM EDT = "
           "13:30-14:15Z = 7:00-7:45 PM IST (both written). ICS in UTC agrees. Contact: human Reply-To coordinator.")
def m07() -> bytes:
    plain = t("""
        Hi Ananya,

        Thanks for making time to speak with us! Your interview is confirmed:

        Tuesday, March 10, 2026
        9:30 AM - 10:15 AM EDT (New York)
        7:00 PM - 7:45 PM IST (Bengaluru)

        Interviewer: Marcus Feld, Analytics Manager
        Location: Zoom - https://halyard.zoom.us/j/96310042877

        Heads up: US clocks move forward this Sunday, March 8, so we'll be 9.5 hours behind you instead of 10.5. The IST time above already accounts for this.

        If you need to reschedule, just reply to this email.

        Best,
        Jessica Tran
        Recruiting Coordinator, Halyard Analytics
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Ananya,</p>
        <p>Thanks for making time to speak with us! Your interview is confirmed:</p>
        <p><strong>Tuesday, March 10, 2026</strong><br>
        9:30 AM - 10:15 AM EDT (New York)<br>
        7:00 PM - 7:45 PM IST (Bengaluru)</p>
        <p>Interviewer: Marcus Feld, Analytics Manager<br>
        Location: Zoom - <a href="https://halyard.zoom.us/j/96310042877">https://halyard.zoom.us/j/96310042877</a></p>
        <p>Heads up: US clocks move forward this Sunday, March 8, so we'll be 9.5 hours behind you instead of 10.5. The IST time above already accounts for this.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Jessica Tran<br>Recruiting Coordinator, Halyard Analytics</p>
        <img src="https://app.greenhouse.io/email_open/8d41c3f0a2.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:scheduled-interview-71524093@greenhouse.io
DTSTAMP:20260305T162000Z
DTSTART:20260310T133000Z
DTEND:20260310T141500Z
SUMMARY:Interview: Ananya Krishnan <> Halyard Analytics (Product Analyst)
DESCRIPTION:Interviewer: Marcus Feld\\nZoom: https://halyard.zoom.us/j/96310042877
LOCATION:https://halyard.zoom.us/j/96310042877
ORGANIZER;CN=Jessica Tran:mailto:jessica.tran@halyardanalytics.com
ATTENDEE;CN=Ananya Krishnan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ananya.krishnan@example.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Halyard Analytics", "no-reply@greenhouse.io"),
              "Interview Confirmation: Product Analyst (Remote) at Halyard Analytics",
              "2026-03-05 11:20", "America/New_York", "<6a8f1c0e2b7d4_3a9e41f2c7d0@greenhouse-app-7d9c.mail>",
              before=(rcv("o1.ptr5821.greenhouse.io", "198.51.100.33", "2026-03-05 11:20", "America/New_York", "Gh7Cf0nQ2e"),),
              extra=(("Reply-To", addr("Jessica Tran", "jessica.tran@halyardanalytics.com")),))
    return message(hs, mixed(alt(text(plain), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(8), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-04-01T09:00:00Z", end="2026-04-01T09:45:00Z",
      contact="olivia.marsh@wrenfinch.co.uk", company="Wren & Finch Insights",
      local="Wed 2026-04-01 10:00", local_end="2026-04-01 10:45", zone="Europe/London",
      note="Lever confirmation sent Thu 26 Mar in GMT; interview Wed 1 April 10:00-10:45 London time, after BST began 29 Mar "
           "-> 09:00-09:45Z = 14:30-15:15 IST (also written). Contact: human Reply-To.")
def m08() -> bytes:
    plain = t("""
        Hi Ananya,

        You're all set! Here are the details of your upcoming interview for the Product Analyst role.

        When: Wednesday, 1 April 2026, 10:00 – 10:45 (London, BST)
              That's 14:30 – 15:15 in Bengaluru.
        Where: Google Meet (link in the calendar invite)
        With: Priya Chandran, Head of Insights; Tom Ashworth, Senior Analyst

        A note on timing: the UK moves to British Summer Time on Sunday 29 March, so from next week the gap to India narrows to 4½ hours.

        If anything comes up, reply to this email and it will reach Olivia.

        Olivia Marsh
        Talent Partner | Wren & Finch Insights
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,sans-serif;font-size:14px;color:#30313a;max-width:540px">
        <p>Hi Ananya,</p>
        <p>You're all set! Here are the details of your upcoming interview for the Product Analyst role.</p>
        <p><b>When:</b> Wednesday, 1 April 2026, 10:00 – 10:45 (London, BST)<br>That's 14:30 – 15:15 in Bengaluru.<br>
        <b>Where:</b> Google Meet (link in the calendar invite)<br>
        <b>With:</b> Priya Chandran, Head of Insights; Tom Ashworth, Senior Analyst</p>
        <p>A note on timing: the UK moves to British Summer Time on Sunday 29 March, so from next week the gap to India narrows to 4½ hours.</p>
        <p>If anything comes up, reply to this email and it will reach Olivia.</p>
        <p>Olivia Marsh<br>Talent Partner | Wren &amp; Finch Insights</p>
        <p style="color:#a0a3ad;font-size:11px">Sent with Lever</p>
        </div>
        """)
    hs = head(addr("Wren & Finch Insights", "no-reply@hire.lever.co"),
              "Your interview with Wren & Finch Insights is confirmed",
              "2026-03-26 15:10", "Europe/London", "<0100019d2b6e5a10-4c1e9a7f-62d0-4b8e-a1f3-58c2e7d90b14-000000@email.amazonses.com>",
              before=(rcv("a8-30.smtp-out.amazonses.com", "192.0.2.30", "2026-03-26 15:10", "Europe/London", "Lv8Wf1aP3r"),),
              extra=(("Reply-To", addr("Olivia Marsh", "olivia.marsh@wrenfinch.co.uk")),))
    return message(hs, alt(text(plain), html(page)))


@mail(n(9), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-05-15T02:00:00Z", end="2026-05-15T03:00:00Z",
      contact="weiling.tan@merlionpay.sg", company="Merlion Payments",
      local="Fri 2026-05-15 10:00", local_end="2026-05-15 11:00", zone="Asia/Singapore",
      note="Workday notification (myworkday.com, notification-only). 15 May 2026 10:00-11:00 AM (GMT+08:00) Singapore = "
           "02:00-03:00Z (07:30 IST, not written). No weekday in the mail (it is a Friday). Contact: recruiter's address in the body.")
def m09() -> bytes:
    plain = t("""
        Dear Ananya,

        Your interview for Senior Product Analyst (R-10482) has been scheduled.

        Interview Date: 15 May 2026
        Start Time: 10:00 AM (GMT+08:00) Singapore Standard Time
        End Time: 11:00 AM (GMT+08:00) Singapore Standard Time
        Interview Type: Video - Microsoft Teams
        Interviewers: Tan Wei Ling (Recruiter), Jonathan Lim (Director, Payments Product)

        You can view the interview details in your candidate home account:
        https://merlionpay.wd3.myworkdayjobs.com/en-US/Careers/userHome

        If you have questions, please contact Tan Wei Ling at weiling.tan@merlionpay.sg.

        Note: This email was sent from a notification-only address that cannot accept incoming email.

        Merlion Payments Talent Acquisition
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in plain.replace(
            "https://merlionpay.wd3.myworkdayjobs.com/en-US/Careers/userHome",
            '<a href="https://merlionpay.wd3.myworkdayjobs.com/en-US/Careers/userHome">Candidate Home</a>').split("\n")) + "</body></html>\n"
    hs = head(addr("Merlion Payments", "merlionpayments@myworkday.com"),
              "Interview Scheduled - Senior Product Analyst (R-10482)",
              "2026-05-11 09:30", "Asia/Singapore", "<1216883471.88021.1778463000512@wd3-prod-notify-17.myworkday.com>",
              before=(rcv("wd3-prod-notify-17.myworkday.com", "198.51.100.17", "2026-05-11 09:30", "Asia/Singapore", "Wd9Mp3LsQ0"),),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(plain), html(page)))


@mail(n(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-06-08T07:00:00Z", end="2026-06-08T07:30:00Z",
      contact="fatima.alhashimi@alsafaretail.ae", company="Al Safa Retail Group",
      local="Mon 2026-06-08 11:00", local_end="2026-06-08 11:30", zone="Asia/Dubai",
      note="SmartRecruiters confirmation after a self-schedule link (thread with the slot-picker mail). Monday, June 8, 2026 "
           "11:00-11:30 AM Gulf Standard Time (UTC+4, no DST) = 07:00-07:30Z; the IST line (12:30-1:00 PM) agrees. Contact: human Reply-To.")
def m10() -> bytes:
    plain = t("""
        Dear Ananya,

        Thank you for selecting a time. Your interview is confirmed.

        Position: Product Analyst, E-commerce (Dubai)
        Date: Monday, June 8, 2026
        Time: 11:00 AM – 11:30 AM Gulf Standard Time (GMT+4)
        Your local time: 12:30 PM – 1:00 PM India Standard Time
        Type: Video interview (Microsoft Teams)
        Interviewer: Fatima Al Hashimi, Talent Acquisition Specialist

        The Teams link will follow in a separate calendar invitation.

        Best regards,
        Al Safa Retail Group Recruitment Team

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center" cellpadding="20"><tr><td>
        <p>Dear Ananya,</p>
        <p>Thank you for selecting a time. Your interview is confirmed.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#777">Position</td><td>Product Analyst, E-commerce (Dubai)</td></tr>
        <tr><td style="color:#777">Date</td><td>Monday, June 8, 2026</td></tr>
        <tr><td style="color:#777">Time</td><td>11:00 AM – 11:30 AM Gulf Standard Time (GMT+4)</td></tr>
        <tr><td style="color:#777">Your local time</td><td>12:30 PM – 1:00 PM India Standard Time</td></tr>
        <tr><td style="color:#777">Type</td><td>Video interview (Microsoft Teams)</td></tr>
        <tr><td style="color:#777">Interviewer</td><td>Fatima Al Hashimi, Talent Acquisition Specialist</td></tr>
        </table>
        <p>The Teams link will follow in a separate calendar invitation.</p>
        <p>Best regards,<br>Al Safa Retail Group Recruitment Team</p>
        <p style="font-size:11px;color:#aaa">Powered by SmartRecruiters</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Al Safa Retail Group", "noreply@smartrecruiters.com"),
              "Interview confirmed – Product Analyst, E-commerce – Al Safa Retail Group",
              "2026-06-03 14:05", "Asia/Dubai", "<sr.iv.3f9a0d7c-52e1-4b6a-9d11-0c8e7f2a4b65@smartrecruiters.com>",
              before=(rcv("mail-eu.smartrecruiters.com", "203.0.113.201", "2026-06-03 14:05", "Asia/Dubai", "Sr1Az8KqW5"),),
              extra=(("Reply-To", addr("Fatima Al Hashimi", "fatima.alhashimi@alsafaretail.ae")),))
    return message(hs, alt(text(plain), html(page)))


@mail(n(11), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-06-22T10:30:00Z", end="2026-06-22T11:30:00Z",
      contact="karthik.subramanian@banyansystems.in", company="Banyan Systems India",
      local="Mon 2026-06-22 16:00", local_end="2026-06-22 17:00", zone=KOLKATA,
      note="Outlook/Exchange meeting request from the hiring manager (human sender and ORGANIZER). The body has no time beyond "
           "Teams boilerplate; the time is in the calendar part: TZID 'India Standard Time' 20260622T160000-170000 = 10:30-11:30Z.")
def m11() -> bytes:
    plain = t("""
        Hi Ananya,

        Thanks for getting through the first two rounds. This is the hiring manager conversation with me - we'll talk about your recent work on pricing experiments and walk through a short product case. Please keep a notepad handy.

        Regards,
        Karthik

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTA2YjEtOGI4Mi00@thread.v2/0?context=%7b%22Tid%22%3a%22banyan%22%7d>
        Meeting ID: 412 889 310 275
        Passcode: qT7m4P
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-IN" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Ananya,<o:p></o:p></p>
        <p class="MsoNormal">Thanks for getting through the first two rounds. This is the hiring manager conversation with me - we'll talk about your recent work on pricing experiments and walk through a short product case. Please keep a notepad handy.<o:p></o:p></p>
        <p class="MsoNormal">Regards,<br>Karthik<o:p></o:p></p>
        <div style="margin-top:24px">________________________________________________________________________________</div>
        <div><span style="font-size:18pt;font-family:'Segoe UI'">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTA2YjEtOGI4Mi00@thread.v2/0?context=%7b%22Tid%22%3a%22banyan%22%7d">Click here to join the meeting</a></div>
        <div>Meeting ID: 412 889 310 275<br>Passcode: qT7m4P</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["India Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Karthik Subramanian:mailto:karthik.subramanian@banyansystems.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ananya Krishnan:mailto:ananya.krishnan@example.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Divya Raman:mailto:divya.raman@banyansystems.in
DESCRIPTION;LANGUAGE=en-IN:Hi Ananya\\,\\n\\nThanks for getting through the first two rounds. This is the hiring manager conversation with me.\\n
UID:040000008200E00074C5B7101A82E00800000000B07A4F2C8AFEDC01000000000000000010000000C3E51A09F5D24F4E9A7C1B2E30D48F61
SUMMARY;LANGUAGE=en-IN:Product Analyst - Hiring Manager Round (Ananya Krishnan)
DTSTART;TZID=India Standard Time:20260622T160000
DTEND;TZID=India Standard Time:20260622T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260617T054200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IN:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118734561
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
    hs = head(addr("Karthik Subramanian", "karthik.subramanian@banyansystems.in"),
              "Product Analyst - Hiring Manager Round (Ananya Krishnan)",
              "2026-06-17 11:12", KOLKATA, "<PN3P287MB1186C4A07E2D9B1F3A5C6E81D9B42@PN3P287MB1186.INDP287.PROD.OUTLOOK.COM>",
              before=(rcv("MA0PR01CU012.outbound.protection.outlook.com", "203.0.113.89", "2026-06-17 11:12", KOLKATA, "Ex4IsT16Ha"),),
              extra=(("Thread-Topic", "Product Analyst - Hiring Manager Round (Ananya Krishnan)"),
                     ("Thread-Index", "AdzJ8Wq3Xk2bN0eYQpS7mT1uRvZ4Lw=="),
                     ("Accept-Language", "en-IN, en-US"),
                     ("Content-Language", "en-IN"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(plain), html(page), calendar(ics, cte="base64")))


@mail(n(12), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-07-03T11:30:00Z", end="2026-07-03T12:15:00Z",
      contact="rohan@kolamlabs.in", company="Kolam Labs",
      local="Fri 2026-07-03 17:00", local_end="2026-07-03 17:45", zone=KOLKATA,
      note="Google Calendar invitation from the startup founder (organizer, human) for a role conversation: Friday 3 Jul 2026 "
           "5pm-5:45pm India Standard Time = 11:30-12:15Z. text/calendar REQUEST + invite.ics attachment, TZID Asia/Kolkata.")
def m12() -> bytes:
    plain = t("""
        Ananya <> Rohan — first analyst role at Kolam
        Friday 3 Jul 2026 ⋅ 5pm – 5:45pm
        India Standard Time - Kolkata

        Join with Google Meet
        meet.google.com/vbn-qzra-kto

        Join by phone
        (IN) +91 20 7125 0113
        PIN: 482119604#

        More phone numbers: https://tel.meet/vbn-qzra-kto?pin=482119604

        Hey Ananya — as promised on LinkedIn, a proper conversation about the first analyst hire at Kolam. We'll go through what you've built at Kadamba, and I'll share the metrics mess we need untangled. Kabir (CTO) may join for the last 15 mins. No prep needed.

        Organiser
        Rohan Shetty
        rohan@kolamlabs.in

        Guests
        Rohan Shetty - organiser
        ananya.krishnan@example.net
        View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4cTFtN2Z2b2RqZGwxZ2w&tok=MTgjcm9oYW5Aa29sYW1sYWJzLmlu

        Reply for ananya.krishnan@example.net and view more details: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4cTFtN2Z2b2RqZGwxZ2w
        Your attendance is optional.

        ~~//~~
        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <h2 style="font-weight:400;color:#3c4043">Ananya &lt;&gt; Rohan — first analyst role at Kolam</h2>
        <div>Friday 3 Jul 2026 ⋅ 5pm – 5:45pm<br><span style="color:#70757a">India Standard Time - Kolkata</span></div>
        <p><a href="https://meet.google.com/vbn-qzra-kto" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p>Hey Ananya — as promised on LinkedIn, a proper conversation about the first analyst hire at Kolam. We'll go through what you've built at Kadamba, and I'll share the metrics mess we need untangled. Kabir (CTO) may join for the last 15 mins. No prep needed.</p>
        <p><b>Organiser</b><br>Rohan Shetty<br>rohan@kolamlabs.in</p>
        <p><b>Guests</b><br>Rohan Shetty - organiser<br>ananya.krishnan@example.net</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = VTZ_KOLKATA.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=Asia/Kolkata:20260703T170000
DTEND;TZID=Asia/Kolkata:20260703T174500
DTSTAMP:20260630T154400Z
ORGANIZER;CN=Rohan Shetty:mailto:rohan@kolamlabs.in
UID:3k8q1m7fvodjdl1gl2n5c0a9re@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rohan Shetty;X-NUM-GUESTS=0:mailto:rohan@kolamlabs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ananya.krishnan@example.net;X-NUM-GUESTS=0:mailto:ananya.krishnan@example.net
X-GOOGLE-CONFERENCE:https://meet.google.com/vbn-qzra-kto
CREATED:20260630T154352Z
DESCRIPTION:Hey Ananya — as promised on LinkedIn\\, a proper conversation about the first analyst hire at Kolam. Kabir (CTO) may join for the last 15 mins. No prep needed.
LAST-MODIFIED:20260630T154400Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ananya <> Rohan — first analyst role at Kolam
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    hs = head(addr("Rohan Shetty", "rohan@kolamlabs.in"),
              "Invitation: Ananya <> Rohan — first analyst role at Kolam @ Fri 3 Jul 2026 5pm - 5:45pm (IST) (ananya.krishnan@example.net)",
              "2026-06-30 21:14", KOLKATA, "<calendar-5d0b8e21-7c43-4f19-b2a6-91e3c8d4f07a@google.com>",
              before=(rcv("mail-sor-f73.google.com", "192.0.2.73", "2026-06-30 21:14", KOLKATA, "Gc2Kl7Rs9b"),),
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Rohan Shetty", "rohan@kolamlabs.in"))))
    return message(hs, mixed(alt(text(plain), html(page), calendar(ics, charset="UTF-8", cte="quoted-printable")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", charset="UTF-8", name_param=True)))


@mail(n(13), family="zoom_scheduler", lang="en", interview=True, kind="scheduled",
      start="2026-07-28T14:00:00Z", end="2026-07-28T14:30:00Z",
      contact="dana.kowalski@prairieledger.com", company="Prairie Ledger",
      local="Tue 2026-07-28 19:30", local_end="2026-07-28 20:00", zone=KOLKATA,
      note="Zoom Scheduler invitee confirmation shown in the invitee's zone: Tuesday, July 28, 2026 7:30-8:00 PM India Standard Time "
           "= 14:00-14:30Z (9:00 AM CDT at the Chicago host). ICS in UTC agrees. Contact: host address in the body.")
def m13() -> bytes:
    plain = t("""
        Hi Ananya Krishnan,

        Your meeting has been scheduled.

        What: Product Analyst screen (Prairie Ledger) - 30 min
        When: Tuesday, July 28, 2026 7:30 PM - 8:00 PM (India Standard Time)
        Host: Dana Kowalski (dana.kowalski@prairieledger.com)
        Where: Zoom meeting - https://prairieledger.zoom.us/j/87120954416?pwd=cHJhaXJpZQ

        Answers you provided:
        Which time zone will you join from? Bengaluru, India
        LinkedIn profile: linkedin.com/in/ananya-krishnan-analytics

        Need to make changes?
        Reschedule: https://scheduler.zoom.us/d/reschedule/5q1z8n2w
        Cancel: https://scheduler.zoom.us/d/cancel/5q1z8n2w

        Powered by Zoom Scheduler
        """)
    page = t("""
        <html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <div style="max-width:520px;margin:auto;border:1px solid #ededf4;border-radius:12px;padding:24px">
        <h3 style="margin-top:0">Your meeting has been scheduled</h3>
        <p>Hi Ananya Krishnan,</p>
        <p><b>Product Analyst screen (Prairie Ledger)</b> · 30 min</p>
        <p>Tuesday, July 28, 2026<br>7:30 PM - 8:00 PM (India Standard Time)</p>
        <p>Host: Dana Kowalski (dana.kowalski@prairieledger.com)<br>Zoom meeting: <a href="https://prairieledger.zoom.us/j/87120954416?pwd=cHJhaXJpZQ">join</a></p>
        <p><a href="https://scheduler.zoom.us/d/reschedule/5q1z8n2w">Reschedule</a> · <a href="https://scheduler.zoom.us/d/cancel/5q1z8n2w">Cancel</a></p>
        <p style="color:#747487;font-size:12px">Powered by Zoom Scheduler</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Zoom Video Communications//Zoom Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zs-5q1z8n2w-0728@scheduler.zoom.us
DTSTAMP:20260722T160200Z
DTSTART:20260728T140000Z
DTEND:20260728T143000Z
SUMMARY:Product Analyst screen (Prairie Ledger)
LOCATION:https://prairieledger.zoom.us/j/87120954416
ORGANIZER;CN=Dana Kowalski:mailto:dana.kowalski@prairieledger.com
ATTENDEE;CN=Ananya Krishnan;PARTSTAT=ACCEPTED:mailto:ananya.krishnan@example.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Zoom Scheduler", "no-reply@zoom.us"),
              "Confirmed: Product Analyst screen (Prairie Ledger) with Dana Kowalski on Tuesday, July 28, 2026",
              "2026-07-22 11:02", "America/Chicago", "<zs.booking.5q1z8n2w.1784736120@zoom.us>",
              before=(rcv("mta-us1.zoom.us", "198.51.100.120", "2026-07-22 11:02", "America/Chicago", "Zm3Sc7Kd2x"),))
    return message(hs, mixed(alt(text(plain), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T09:00:00Z", end="2026-10-27T10:45:00Z",
      contact="lena.vogt@spreewald-mobility.de", company="Spreewald Mobility",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:45", zone="Europe/Berlin",
      note="GoodTime itinerary, two sessions 10:00-10:45 and 11:00-11:45 CET on Tue 27 Oct, two days after Europe left summer time "
           "(mail sent 21 Oct in CEST) -> 09:00Z to 10:45Z, first start to last end; IST brackets agree. Contact: human Reply-To.")
def m14() -> bytes:
    plain = t("""
        Hi Ananya,

        We're looking forward to your virtual onsite! Below is your schedule. All times are shown in Central European Time (Berlin); your time in Bengaluru is in brackets.

        Tuesday, 27 October 2026

        10:00 – 10:45 CET (14:30 – 15:15 IST)   Product sense & metrics — Jonas Richter, Lead PM Pricing
        10:45 – 11:00                           Break
        11:00 – 11:45 CET (15:30 – 16:15 IST)   SQL & experimentation — Aylin Demir, Staff Data Analyst

        Please note: Germany switches from summer time to winter time on Sunday 25 October, so the difference to India will be 4½ hours on the day of your interview.

        Video: both sessions use the same Google Meet room: https://meet.google.com/spw-kqfd-uzy

        Questions? Reply to this email and it goes straight to me.

        Lena Vogt
        Recruiting Coordinator, Spreewald Mobility GmbH
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Ananya,</p>
        <p>We're looking forward to your virtual onsite! Below is your schedule. All times are shown in Central European Time (Berlin); your time in Bengaluru is in brackets.</p>
        <h3 style="margin-bottom:6px">Tuesday, 27 October 2026</h3>
        <table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
        <tr style="background:#f1f5f9"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>10:00 – 10:45 CET<br><small>(14:30 – 15:15 IST)</small></td><td>Product sense &amp; metrics</td><td>Jonas Richter, Lead PM Pricing</td></tr>
        <tr><td>10:45 – 11:00</td><td colspan="2"><i>Break</i></td></tr>
        <tr><td>11:00 – 11:45 CET<br><small>(15:30 – 16:15 IST)</small></td><td>SQL &amp; experimentation</td><td>Aylin Demir, Staff Data Analyst</td></tr>
        </table>
        <p>Please note: Germany switches from summer time to winter time on Sunday 25 October, so the difference to India will be 4½ hours on the day of your interview.</p>
        <p>Video: both sessions use the same Google Meet room: <a href="https://meet.google.com/spw-kqfd-uzy">meet.google.com/spw-kqfd-uzy</a></p>
        <p>Questions? Reply to this email and it goes straight to me.</p>
        <p>Lena Vogt<br>Recruiting Coordinator, Spreewald Mobility GmbH</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Spreewald Mobility Recruiting", "notifications@goodtime.io"),
              "Your interview schedule with Spreewald Mobility – Product Analyst (Pricing)",
              "2026-10-21 16:40", "Europe/Berlin", "<goodtime.itinerary.8b2e55f1d7.1792593600@goodtime.io>",
              before=(rcv("o7.email.goodtime.io", "192.0.2.107", "2026-10-21 16:40", "Europe/Berlin", "Gt6Sm1Bv4n"),),
              extra=(("Reply-To", addr("Lena Vogt", "lena.vogt@spreewald-mobility.de")),))
    return message(hs, alt(text(plain), html(page)))


@mail(n(15), family="successfactors", lang="de", interview=True, kind="scheduled",
      start="2026-03-24T08:30:00Z", end="2026-03-24T09:30:00Z",
      contact="katharina.huber@isar-analytik.de", company="Isar Analytik",
      local="Tue 2026-03-24 09:30", local_end="2026-03-24 10:30", zone="Europe/Berlin",
      note="German SAP SuccessFactors invitation, iso-8859-1 QP: Dienstag, 24. März 2026, 09:30-10:30 Uhr MEZ (before the "
           "29 March switch) = 08:30-09:30Z; IST line (14:00-15:00) agrees; ICS TZID 'W. Europe Standard Time'. Contact: "
           "Ansprechpartnerin's address in the body (sender is noreply).")
def m15() -> bytes:
    plain = t("""
        Sehr geehrte Frau Krishnan,

        vielen Dank für Ihre Bewerbung als Product Analyst (m/w/d) bei der Isar Analytik GmbH. Wir freuen uns, Sie zu einem ersten Online-Gespräch einzuladen.

        Termin:   Dienstag, 24. März 2026
        Uhrzeit:  09:30 – 10:30 Uhr (MEZ, München) – das entspricht 14:00 – 15:00 Uhr in Indien (IST)
        Dauer:    60 Minuten
        Format:   Microsoft Teams (den Link finden Sie in der angehängten Kalendereinladung)
        Gesprächspartner: Dr. Florian Aigner (Teamleiter Product Analytics), Katharina Huber (Recruiting)

        Das Gespräch findet auf Englisch statt.

        Bei Rückfragen erreichen Sie Ihre Ansprechpartnerin Katharina Huber unter katharina.huber@isar-analytik.de.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Isar Analytik GmbH

        Isar Analytik GmbH · Leopoldstraße 118 · 80802 München
        Diese E-Mail wurde automatisch über SAP SuccessFactors versendet. Bitte antworten Sie nicht auf diese Nachricht.
        """).replace("–", "-")
    ics = """BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
""" + make.VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
UID:sf-ivs-isaranalyt-00418827-1@successfactors.eu
DTSTAMP:20260318T092500Z
DTSTART;TZID=W. Europe Standard Time:20260324T093000
DTEND;TZID=W. Europe Standard Time:20260324T103000
SUMMARY:Vorstellungsgespräch Product Analyst (m/w/d) - Ananya Krishnan
LOCATION:Microsoft Teams
DESCRIPTION:Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SXNhckFuYWx5dGlr@thread.v2/0
ORGANIZER;CN=Katharina Huber:mailto:katharina.huber@isar-analytik.de
ATTENDEE;CN=Ananya Krishnan;RSVP=TRUE:mailto:ananya.krishnan@example.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Isar Analytik GmbH", "noreply@successfactors.eu"),
              "Einladung zum Vorstellungsgespräch – Product Analyst (m/w/d)",
              "2026-03-18 10:25", "Europe/Berlin", "<1773825900417.JavaMail.sfadmin@pmsf4eu12.successfactors.eu>",
              before=(rcv("mail12.successfactors.eu", "203.0.113.44", "2026-03-18 10:25", "Europe/Berlin", "Sf2Db8Mu5y"),),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, mixed(text(plain, charset="iso-8859-1"),
                             calendar(ics, filename="Einladung.ics", disposition="attachment", cte="base64")))


@mail(n(16), family="oracle_recruiting", lang="en", interview=True, kind="scheduled",
      start="2026-07-09T09:30:00Z", end="2026-07-09T10:30:00Z",
      contact="nandini.joshi@induscrownbank.in", company="Indus Crown Bank",
      local="Thu 2026-07-09 15:00", local_end="2026-07-09 16:00", zone=KOLKATA,
      note="Forward-to-self from her old address (iPhone), original Oracle Recruiting Cloud confirmation attached as message/rfc822. "
           "Thursday, July 9, 2026 3:00-4:00 PM India Standard Time = 09:30-10:30Z. Outer sender is the candidate herself; "
           "contact = the human address in the attached mail's body.")
def m16() -> bytes:
    inner_page = t("""
        <html><body style="font-family:'Oracle Sans',Arial,sans-serif;font-size:14px;color:#161513">
        <div style="border-top:4px solid #8b1d41;padding:20px;max-width:600px">
        <p>Dear Ananya,</p>
        <p>We are pleased to confirm your interview for the position of <b>Product Analyst - Retail Digital</b> (Requisition 24117).</p>
        <h4 style="color:#8b1d41;margin-bottom:4px">Interview Schedule</h4>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Date:</b></td><td>Thursday, July 9, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>3:00 PM - 4:00 PM India Standard Time</td></tr>
        <tr><td><b>Location:</b></td><td>Indus Crown Bank Technology Centre, Tower B, 6th Floor, Outer Ring Road, Bellandur, Bengaluru 560103</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Nandini Joshi, Vice President - Digital Products</td></tr>
        </table>
        <p>Please carry a government-issued photo ID for the visitor desk and arrive 15 minutes early.</p>
        <p>To reschedule or cancel, please contact Nandini Joshi (nandini.joshi@induscrownbank.in) or respond through your candidate profile.</p>
        <p>Regards,<br>Talent Acquisition<br>Indus Crown Bank Ltd.</p>
        </div></body></html>
        """)
    inner_hs = [("From", addr("Indus Crown Bank Careers", "no-reply@ecxb.fa.em2.oraclecloud.com")),
                ("To", addr("Ananya K", "ananya.k.1994@example.org")),
                ("Subject", "Interview Scheduled: Product Analyst - Retail Digital (Req 24117)"),
                ("Date", date("2026-07-06 18:11", KOLKATA)),
                ("Message-ID", "<ORC.1783341660.24117.45110@ecxb.fa.em2.oraclecloud.com>")]
    inner = message(inner_hs, html(inner_page, cte="base64"))
    note = t("""
        Forwarding to my main inbox. Thu 3 pm in Bellandur - prep the credit-card funnel case!

        Sent from my iPhone
        """)
    hs = head(addr("Ananya K", "ananya.k.1994@example.org"),
              "Fwd: Interview Scheduled: Product Analyst - Retail Digital (Req 24117)",
              "2026-07-07 08:05", KOLKATA, "<7E1C4B20-93A1-4F0D-A8C2-5D2E61B4F390@example.org>",
              before=(rcv("smtp.example.org", "192.0.2.9", "2026-07-07 08:05", KOLKATA, "Ap0Fw9Ds1e"),),
              extra=(("X-Mailer", "iPhone Mail (22F76)"),))
    return message(hs, mixed(text(note, cte="7bit"),
                             attached_message(inner, "Interview Scheduled Product Analyst - Retail Digital.eml")))


@mail(n(17), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-04-07T04:30:00Z", end="2026-04-07T05:15:00Z",
      contact="mia.harrington@saltbushsoftware.com.au", company="Saltbush Software",
      local="Tue 2026-04-07 14:30", local_end="2026-04-07 15:15", zone="Australia/Sydney",
      days=(("Wed", "2026-04-01"), ("Mon", "2026-03-30")),
      note="Sydney recruiter's reply on top of the thread, sent Thu 2 Apr in AEDT; 'Tuesday 7 April at 2:30pm Sydney time' is "
           "after daylight saving ends 5 Apr (AEST, UTC+10) -> 04:30Z = 10:00 IST (written). 'It'll be 45 minutes' -> end 05:15Z.")
def m17() -> bytes:
    plain = t("""
        Hi Ananya,

        Perfect - I've locked you in for Tuesday 7 April at 2:30pm Sydney time, which is 10:00am for you in Bengaluru. Heads up that our daylight saving ends this Sunday, so from next week we're only 4.5 hours ahead of you rather than 5.5 - the 10:00am IST above already takes that into account.

        It'll be 45 minutes on Zoom with me and Callum Reid (Product Lead, Payroll). Zoom: https://saltbush.zoom.us/j/83301927764

        Have a lovely Easter if you're celebrating!

        Cheers,
        Mia

        Mia Harrington
        Senior Talent Acquisition Partner
        Saltbush Software | Surry Hills NSW 2010

        On Wed, 1 Apr 2026 at 23:52, Ananya Krishnan <ananya.krishnan@example.net> wrote:
        > Hi Mia,
        >
        > Thank you for the options. Tuesday 7 April at 2:30pm AEST works well for me.
        >
        > Best regards,
        > Ananya
        >
        > On Mon, 30 Mar 2026 at 10:05, Mia Harrington <mia.harrington@saltbushsoftware.com.au> wrote:
        >> Hi Ananya,
        >>
        >> Callum would love to meet you. Could you do one of these (Sydney time)?
        >> - Tue 7 April, 2:30pm
        >> - Wed 8 April, 11:00am
        >> - Thu 9 April, 1:00pm
        >>
        >> Mia
        """)
    hs = head(addr("Mia Harrington", "mia.harrington@saltbushsoftware.com.au"),
              "Re: Product Analyst – Saltbush Software – interview times",
              "2026-04-02 11:48", "Australia/Sydney", "<SY4P282MB3075E1B6A0C94D2F7B1E58C2A61D9@SY4P282MB3075.AUSP282.PROD.OUTLOOK.COM>",
              before=(rcv("SY4P282CU001.outbound.protection.outlook.com", "203.0.113.228", "2026-04-02 11:48", "Australia/Sydney", "Sb1Mh2Qw7t"),),
              extra=(("In-Reply-To", "<CAJ8k2v9Hq1bT0xR5nZ3-ananya.7Apr@mail.example.net>"),
                     ("References", "<SY4P282MB3075A9D41C2E8B07F3D16E0B27C5F@SY4P282MB3075.AUSP282.PROD.OUTLOOK.COM> <CAJ8k2v9Hq1bT0xR5nZ3-ananya.7Apr@mail.example.net>")))
    return message(hs, text(plain))


@mail(n(18), family="freshteam", lang="en", interview=True, kind="rescheduled",
      start="2026-03-27T11:00:00Z", end="2026-03-27T11:30:00Z",
      contact="nidhi.sharma@aravallilogistics.com", company="Aravalli Logistics",
      local="Fri 2026-03-27 16:30", local_end="2026-03-27 17:00", zone=KOLKATA,
      days=(("Wed", "2026-03-25"),),
      note="Freshteam reschedule listing both the earlier slot (Wed 25 Mar 11:00) and the new one: Fri 27 Mar 2026 04:30-05:00 PM IST "
           "= 11:00-11:30Z. Contact: human Reply-To.")
def m18() -> bytes:
    plain = t("""
        Hi Ananya,

        Your interview for the Product Analyst position at Aravalli Logistics has been rescheduled. Please find the updated details below.

        Earlier schedule : Wed, 25 Mar 2026, 11:00 AM - 11:30 AM IST
        New schedule     : Fri, 27 Mar 2026, 04:30 PM - 05:00 PM IST

        Interview stage : Hiring Manager Discussion
        Interviewer     : Manish Khurana (Head of Network Planning)
        Mode            : Google Meet - https://meet.google.com/ary-hmzd-kep

        Sorry for the inconvenience caused. Please reply to this email if the new slot doesn't work for you.

        Regards,
        Nidhi Sharma
        Aravalli Logistics, Udyog Vihar Phase IV, Gurugram

        This email was sent using Freshteam.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#12344d">
        <p>Hi Ananya,</p>
        <p>Your interview for the <b>Product Analyst</b> position at Aravalli Logistics has been <b>rescheduled</b>. Please find the updated details below.</p>
        <table cellpadding="6" style="font-size:14px;border:1px solid #cfd7df">
        <tr><td style="color:#92a2b1">Earlier schedule</td><td><s>Wed, 25 Mar 2026, 11:00 AM - 11:30 AM IST</s></td></tr>
        <tr><td style="color:#92a2b1">New schedule</td><td><b>Fri, 27 Mar 2026, 04:30 PM - 05:00 PM IST</b></td></tr>
        <tr><td style="color:#92a2b1">Interview stage</td><td>Hiring Manager Discussion</td></tr>
        <tr><td style="color:#92a2b1">Interviewer</td><td>Manish Khurana (Head of Network Planning)</td></tr>
        <tr><td style="color:#92a2b1">Mode</td><td>Google Meet - <a href="https://meet.google.com/ary-hmzd-kep">meet.google.com/ary-hmzd-kep</a></td></tr>
        </table>
        <p>Sorry for the inconvenience caused. Please reply to this email if the new slot doesn't work for you.</p>
        <p>Regards,<br>Nidhi Sharma<br>Aravalli Logistics, Udyog Vihar Phase IV, Gurugram</p>
        <p style="font-size:11px;color:#92a2b1">This email was sent using Freshteam.</p>
        </body></html>
        """)
    hs = head(addr("Aravalli Logistics", "no-reply@freshteam.com"),
              "Interview rescheduled: Product Analyst - Aravalli Logistics",
              "2026-03-23 18:20", KOLKATA, "<ft.rs.20260323125000.3c7d91e2@freshteam.com>",
              before=(rcv("mail3.freshteam.com", "198.51.100.61", "2026-03-23 18:20", KOLKATA, "Fr5Tm0Rs8z"),),
              extra=(("Reply-To", addr("Nidhi Sharma", "nidhi.sharma@aravallilogistics.com")),))
    return message(hs, alt(text(plain), html(page)))


@mail(n(19), family="human_prose", lang="hi-en", interview=True, kind="rescheduled",
      start="2026-03-13T10:30:00Z", contact="arjun.rao@golcondahealth.in", company="Golconda Health",
      local="Fri 2026-03-13 16:00", zone=KOLKATA,
      days=(("Thu", "2026-03-12"), ("Fri", "2026-03-06")),
      note="Hinglish reply on top of a quoted thread (Thursday 12 March 4 PM agreed). Hiring manager moves it to 'is Friday same time, "
           "4 baje', resolved against the Date (Mon 9 Mar IST) -> Fri 13 Mar 16:00 IST = 10:30Z. 'around 45 minutes' only in the quote "
           "and approximate -> end null. Contact: human sender.")
def m19() -> bytes:
    plain = t("""
        Hi Ananya,

        Sorry for the last-minute change - Thursday ko mera ek leadership offsite aa gaya hai. Toh hum is Friday same time rakhte hain, 4 baje. Maine calendar invite move kar diya hai, Meet link wahi rahega.

        Format same hai - your take-home deck aur ek-do product questions. Sneha ko cc kar raha hoon.

        See you Friday!
        Arjun

        --
        Arjun Rao
        Director, Product - Growth
        Golconda Health, Hitec City, Hyderabad

        On Fri, 6 Mar 2026 at 18:02, Ananya Krishnan <ananya.krishnan@example.net> wrote:
        > Hi Arjun,
        >
        > Thursday, 12 March at 4 PM works for me. Looking forward to it.
        >
        > Regards,
        > Ananya
        >
        > On Fri, 6 Mar 2026 at 17:31, Arjun Rao <arjun.rao@golcondahealth.in> wrote:
        >> Hi Ananya,
        >>
        >> Great chat with Farhan today - he was impressed. Next step is a round with me.
        >> Would Thursday 12 March, 4 PM work? It'll be around 45 minutes.
        >>
        >> Arjun
        """)
    hs = head(addr("Arjun Rao", "arjun.rao@golcondahealth.in"),
              "Re: Golconda Health – Round 3 with Arjun (Product Analyst – Growth)",
              "2026-03-09 20:10", KOLKATA, "<CAOq7hR2v+Kd9xZ1mA_ws3bN5eT0yPq8LrG4@mail.gmail.com>",
              before=(rcv("mail-wr1-f44.google.com", "192.0.2.44", "2026-03-09 20:10", KOLKATA, "Gh9Ar3Rx1k"),),
              extra=(("Cc", addr("Sneha Reddy", "sneha.reddy@golcondahealth.in")),
                     ("In-Reply-To", "<CAF3nq8x_ananya.r3@mail.example.net>"),
                     ("References", "<CAOq7hR2v+Kd9xZ1mA_r3prop@mail.gmail.com> <CAF3nq8x_ananya.r3@mail.example.net>")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(20), family="ms_bookings", lang="en", interview=True, kind="rescheduled",
      start="2026-08-13T09:30:00Z", end="2026-08-13T10:30:00Z", contact=None, company="Ashdown Pensions",
      local="Thu 2026-08-13 10:30", local_end="2026-08-13 11:30", zone="Europe/London",
      days=(("Tue", "2026-08-11"),),
      note="Microsoft Bookings 'booking updated' with a note that it moved from Tue 11 Aug. Body shows '10:30 (UTC+00:00) Dublin, "
           "Edinburgh, Lisbon, London' (the zone's standard label) but August is BST -> 09:30Z; ICS 'GMT Standard Time' agrees; "
           "60 minutes -> end. Sender is a shared Bookings mailbox, staff named without address -> contact null.")
def m20() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px;margin:auto">
        <div style="font-size:24px;padding:16px 0">Your booking has been updated</div>
        <p>Hi Ananya Krishnan,</p>
        <p>Your booking with Ashdown Pensions has been updated. Here are the new details.</p>
        <table cellpadding="6" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Product Analyst interview (video)</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Thursday, 13 August 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>60 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Oliver Bennett</td></tr>
        <tr><td style="color:#605e5c">Notes</td><td>Rescheduled from Tue 11 Aug - interviewer travelling that day. Apologies!</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_QXNoZG93bkJvb2tpbmdz@thread.v2/0">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/ProductHiring@ashdownpensions.co.uk/bookings/manage">Manage booking</a></p>
        <p style="color:#605e5c;font-size:12px">Ashdown Pensions<br>3 Wellington Place, Leeds LS1 4AP<br>+44 113 496 0712</p>
        </div></body></html>
        """)
    plain = t("""
        Your booking has been updated

        Hi Ananya Krishnan,

        Your booking with Ashdown Pensions has been updated. Here are the new details.

        Service: Product Analyst interview (video)
        Date: Thursday, 13 August 2026
        Time: 10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Duration: 60 minutes
        Staff: Oliver Bennett
        Notes: Rescheduled from Tue 11 Aug - interviewer travelling that day. Apologies!

        Join your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QXNoZG93bkJvb2tpbmdz@thread.v2/0
        Manage booking: https://outlook.office365.com/owa/calendar/ProductHiring@ashdownpensions.co.uk/bookings/manage

        Ashdown Pensions
        3 Wellington Place, Leeds LS1 4AP
        +44 113 496 0712
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["GMT Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Ashdown Pensions Product Hiring:mailto:ProductHiring@ashdownpensions.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Ananya Krishnan:mailto:ananya.krishnan@example.net
UID:040000008200E00074C5B7101A82E0080000000060F1B2D4A41DDC01000000000000000010000000A7C3E91F04B64E2B8D6F1A9C5E3B7D20
SUMMARY;LANGUAGE=en-GB:Product Analyst interview (video)
DTSTART;TZID=GMT Standard Time:20260813T103000
DTEND;TZID=GMT Standard Time:20260813T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260807T122200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Ashdown Pensions Product Hiring", "ProductHiring@ashdownpensions.co.uk"),
              "Updated booking: Product Analyst interview (video) with Ashdown Pensions",
              "2026-08-07 13:22", "Europe/London", "<LO2P265MB5320B8E41F7A2C9D6B03E1F58A47C@LO2P265MB5320.GBRP265.PROD.OUTLOOK.COM>",
              before=(rcv("LO2P265CU004.outbound.protection.outlook.com", "198.51.100.165", "2026-08-07 13:22", "Europe/London", "Bk3Up8Ls6v"),),
              extra=(("X-MS-Exchange-Organization-BookingsMailbox", "True"),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(plain), html(page), calendar(ics, cte="base64")))


@mail(n(21), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-09-15T06:30:00Z", end="2026-09-15T07:15:00Z",
      contact="lakshmi.venkatesh@deccanpharmaanalytics.com", company="Deccan Pharma Analytics",
      local="Tue 2026-09-15 12:00", local_end="2026-09-15 12:45", zone=KOLKATA,
      days=(("Fri", "2026-09-11"), ("Mon", "2026-09-07")),
      note="Indian HR Outlook reply (windows-1252 QP) over her own earlier schedule mail: 11-Sep-2026 10:30 AM 'stands rescheduled'; "
           "revised 'Date & Time : 15-Sep-2026 (Tuesday) 12:00 PM IST', 'Duration : 45 Mins' -> 06:30-07:15Z. Contact: human sender.")
def m21() -> bytes:
    plain = t("""
        Dear Ananya,

        Greetings from Deccan Pharma Analytics!

        Due to unavoidable circumstances, the panel will not be available for your interview scheduled on 11-Sep-2026 (Friday) at 10:30 AM, hence the same stands rescheduled. We apologise for the inconvenience caused.

        PFB the revised interview schedule:

        Date & Time : 15-Sep-2026 (Tuesday) 12:00 PM IST
        Duration    : 45 Mins
        Mode        : Virtual (MS Teams) – updated invite will be sent from my calendar
        Panel       : Mr. Srinivas Gundu (Head – Commercial Analytics) & Ms. Prathyusha K (Lead – Product)

        Kindly revert with your acknowledgement.

        Thanks & Regards,
        Lakshmi Venkatesh
        Senior Manager – Talent Acquisition
        Deccan Pharma Analytics Pvt. Ltd.
        Gachibowli, Hyderabad – 500032
        Mob: +91 99087 23154

        From: Lakshmi Venkatesh
        Sent: Monday, September 7, 2026 11:03 AM
        To: Ananya Krishnan <ananya.krishnan@example.net>
        Subject: Interview Schedule - Product Analyst - Deccan Pharma Analytics

        Dear Ananya,

        Greetings from Deccan Pharma Analytics!

        With reference to your application for the position of Product Analyst, we are pleased to inform you that your interview is scheduled as below:

        Date & Time : 11-Sep-2026 (Friday) 10:30 AM IST
        Duration    : 45 Mins
        Mode        : Virtual (MS Teams)

        Kindly confirm your availability.

        Thanks & Regards,
        Lakshmi Venkatesh
        """)
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><div class=\"WordSection1\">" + "".join(
        f"<p class=\"MsoNormal\">{line}</p>" if line else "<p class=\"MsoNormal\">&nbsp;</p>"
        for line in plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n")) + "</div></body></html>\n"
    hs = head(addr("Lakshmi Venkatesh", "lakshmi.venkatesh@deccanpharmaanalytics.com"),
              "RE: Interview Schedule - Product Analyst - Deccan Pharma Analytics - Revised",
              "2026-09-10 15:47", KOLKATA, "<MA0P287MB1642D7B0F2C41E9A35B8D60C1E27A@MA0P287MB1642.INDP287.PROD.OUTLOOK.COM>",
              before=(rcv("MA0PR01CU009.outbound.protection.outlook.com", "203.0.113.171", "2026-09-10 15:47", KOLKATA, "Dp7Lv4Kr0q"),),
              extra=(("Thread-Topic", "Interview Schedule - Product Analyst - Deccan Pharma Analytics"),
                     ("Thread-Index", "AQHdIq7dXw3mLkR2yEaS9vB1cT0nZgAB4Kqp"),
                     ("In-Reply-To", "<MA0P287MB1642A91C0E3F7B2D46E85F10B93C4@MA0P287MB1642.INDP287.PROD.OUTLOOK.COM>"),
                     ("Content-Language", "en-IN")))
    return message(hs, alt(text(plain, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(22), family="ashby", lang="en", interview=True, kind="cancelled",
      start="2026-04-09T09:00:00Z", end="2026-04-09T09:45:00Z",
      contact="sanne.devries@grachtwerk.nl", company="Grachtwerk",
      local="Thu 2026-04-09 14:30", local_end="2026-04-09 15:15", zone=KOLKATA,
      note="Ashby cancellation with METHOD:CANCEL ICS (UTC). Cancelled slot Thursday, April 9, 2026 2:30-3:15 PM IST "
           "(11:00-11:45 CEST, both written) = 09:00-09:45Z. Recruiter promises new options but gives none. Contact: human Reply-To.")
def m22() -> bytes:
    plain = t("""
        Hi Ananya,

        Your upcoming interview with Grachtwerk has been cancelled.

        Cancelled: Thursday, April 9, 2026, 2:30 PM – 3:15 PM IST (11:00 – 11:45 CEST)
        Interview: Product Analyst – Case Study with Joost Bakker

        Message from Sanne:
        "Hi Ananya, apologies - Joost is out sick this week. I'll come back to you with new options as soon as I know his availability."

        Questions? Reply to this email to reach Sanne de Vries.

        Grachtwerk Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Ananya,</p>
        <p>Your upcoming interview with Grachtwerk has been <b>cancelled</b>.</p>
        <div style="border-left:3px solid #e5484d;padding:6px 12px;margin:12px 0">
        <div><s>Thursday, April 9, 2026, 2:30 PM – 3:15 PM IST</s> <span style="color:#6f6f77">(11:00 – 11:45 CEST)</span></div>
        <div>Product Analyst – Case Study with Joost Bakker</div>
        </div>
        <p><b>Message from Sanne:</b><br>"Hi Ananya, apologies - Joost is out sick this week. I'll come back to you with new options as soon as I know his availability."</p>
        <p>Questions? Reply to this email to reach Sanne de Vries.</p>
        <p>Grachtwerk Recruiting</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
UID:ashby-ivs-0c4e8b71-5f2a-4d93-a6e1-7b90c3d2e148
DTSTAMP:20260406T141500Z
DTSTART:20260409T090000Z
DTEND:20260409T094500Z
SEQUENCE:1
SUMMARY:Grachtwerk – Product Analyst – Case Study
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@grachtwerk.nl
ATTENDEE;CN=Ananya Krishnan:mailto:ananya.krishnan@example.net
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Grachtwerk", "no-reply@ashbyhq.com"),
              "Cancelled: Interview with Grachtwerk – Product Analyst",
              "2026-04-06 16:15", "Europe/Amsterdam", "<010001a3e5b7c2d9-7a41f0e3-9c28-4b5d-8e61-2f0a3b9c7d14-000000@email.amazonses.com>",
              before=(rcv("a9-47.smtp-out.amazonses.com", "192.0.2.147", "2026-04-06 16:15", "Europe/Amsterdam", "As8Cn2Gw5f"),),
              extra=(("Reply-To", addr("Sanne de Vries", "sanne.devries@grachtwerk.nl")),))
    return message(hs, mixed(alt(text(plain), html(page)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment", cte="base64")))


@mail(n(23), family="icims", lang="en", interview=True, kind="cancelled",
      start="2026-11-05T15:00:00Z", end="2026-11-05T15:45:00Z",
      contact="greg.whitfield@cedarlinehealth.com", company="Cedarline Health",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 10:45", zone="America/New_York",
      note="iCIMS cancellation (HTML-only, base64) sent Fri 30 Oct in EDT; slot Thursday, November 5, 2026 10:00-10:45 AM Eastern, "
           "after the US returned to EST on 1 Nov -> 15:00-15:45Z. ICS METHOD:CANCEL (TZID America/New_York) agrees. Contact: "
           "human ICS ORGANIZER (sender is the iCIMS relay, no Reply-To).")
def m23() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="padding:16px 0;border-bottom:2px solid #2e7d6b"><img src="https://careers-cedarlinehealth.icims.com/logo.png" alt="Cedarline Health" height="36"></td></tr>
        <tr><td style="padding:18px 0">
        <p>Dear Ananya,</p>
        <p>We are writing to let you know that the following interview has been cancelled:</p>
        <p><b>Position:</b> Product Analyst, Care Navigation (Remote - US/India)<br>
        <b>Date:</b> Thursday, November 5, 2026<br>
        <b>Time:</b> 10:00 AM - 10:45 AM Eastern Time<br>
        <b>Interviewer:</b> Greg Whitfield</p>
        <p>We apologize for any inconvenience. Your recruiter will follow up with next steps regarding your application.</p>
        <p>Sincerely,<br>Cedarline Health Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999;padding-top:12px">Please do not reply to this message. This mailbox is not monitored.</td></tr>
        </table></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
""" + make.VTZ["America/New_York"] + """
BEGIN:VEVENT
UID:icims-iv-2026-0088143-1
DTSTAMP:20261030T182000Z
DTSTART;TZID=America/New_York:20261105T100000
DTEND;TZID=America/New_York:20261105T104500
SUMMARY:Interview: Ananya Krishnan - Product Analyst, Care Navigation
ORGANIZER;CN=Greg Whitfield:mailto:greg.whitfield@cedarlinehealth.com
ATTENDEE;CN=Ananya Krishnan:mailto:ananya.krishnan@example.net
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Cedarline Health", "cedarlinehealth@talent.icims.com"),
              "Interview Cancelled: Product Analyst, Care Navigation (Remote)",
              "2026-10-30 14:20", "America/New_York", "<1793384400.88143.icims.notify@talent.icims.com>",
              before=(rcv("smtp-out-3.icims.com", "198.51.100.3", "2026-10-30 14:20", "America/New_York", "Ic3Cl5Hn8j"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, method="CANCEL", filename="Cancelled_Interview.ics", disposition="attachment")))


@mail(n(24), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-07-28T14:00:00Z", contact="dana.kowalski@prairieledger.com", company="Prairie Ledger",
      local="Tue 2026-07-28 09:00", zone="America/Chicago",
      note="Host cancels 'our call tomorrow (Tuesday) at 9:00 AM Central / 7:30 PM your time'; tomorrow resolved against the Date "
           "(Mon 27 Jul, CDT) -> Tue 28 Jul 09:00 CDT = 14:00Z (the Zoom Scheduler booking). No ICS, no length -> end null.")
def m24() -> bytes:
    plain = t("""
        Hi Ananya,

        I'm really sorry to do this on short notice, but I need to cancel our call tomorrow (Tuesday) at 9:00 AM Central / 7:30 PM your time. We found out late Friday that the Product Analyst role is being filled through an internal transfer, so we're closing the search.

        I enjoyed reading your application and I'll keep your details on file for the analytics openings we expect early next year. The Zoom Scheduler booking will come off your calendar shortly.

        Thanks for understanding, and best of luck with your search.

        Dana

        Dana Kowalski
        Talent Acquisition Lead | Prairie Ledger
        Chicago, IL
        """)
    hs = head(addr("Dana Kowalski", "dana.kowalski@prairieledger.com"),
              "Tomorrow's call - Prairie Ledger",
              "2026-07-27 07:40", "America/Chicago", "<CAB4x9Lq2mT7vR0pKd3eYw8nZs1Hf6jU5cGa@mail.gmail.com>",
              before=(rcv("mail-pj1-f52.google.com", "192.0.2.52", "2026-07-27 07:40", "America/Chicago", "Pl2Dk7Cx4w"),))
    return message(hs, text(plain, cte="7bit"))


# =========================================================================== negatives


@mail(n(25), family="application_receipt", lang="en", interview=False, company=None,
      note="Naukri 'application sent' receipt for the Konkan role; platform mail with similar-jobs block -> negative, company null.")
def m25() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#121224;background:#f7f8fa">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:14px 20px;border-bottom:1px solid #eee"><b style="color:#275df5;font-size:20px">naukri</b></td></tr>
        <tr><td style="padding:20px">
        <p>Hi Ananya,</p>
        <p>Your application has been sent to the recruiter.</p>
        <div style="border:1px solid #e7e7f1;border-radius:8px;padding:12px">
        <b>Product Analyst - Digital Channels</b><br>Konkan General Insurance Ltd.<br>
        <span style="color:#717b9e">5-9 Yrs · 14-22 Lacs P.A. · Mumbai (Lower Parel)</span><br>
        <span style="color:#717b9e">Applied on 10 Apr 2026</span>
        </div>
        <p>Track the status of this application anytime from <a href="https://www.naukri.com/mnjuser/myapply">My Applies</a>. Recruiters usually respond within 2-3 weeks.</p>
        <p><b>Jobs similar to the one you applied for</b></p>
        <ul>
        <li>Senior Product Analyst - Bharat Pay Systems - Bengaluru - 18-26 Lacs P.A.</li>
        <li>Product Analyst (Insurance) - Sarathi Insurtech - Pune - 12-18 Lacs P.A.</li>
        <li>Business Analyst - Digital - Vardhaman Housing Finance - Mumbai - 10-15 Lacs P.A.</li>
        </ul>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#8d8d9e">You are receiving this mail because you applied on Naukri.com. <a href="https://www.naukri.com/mnj/unsubscribe?c=applyack">Unsubscribe</a> · Info Edge (India) Ltd.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Naukri", "naukri@naukri.com"),
              "Your application for Product Analyst - Digital Channels was sent to Konkan General Insurance",
              "2026-04-10 19:02", KOLKATA, "<apply.ack.81223097.1775827920@naukri.com>",
              before=(rcv("mailer4.naukri.com", "192.0.2.74", "2026-04-10 19:02", KOLKATA, "Na0Ap1Ck2a"),),
              extra=(("List-Unsubscribe", "<https://www.naukri.com/mnj/unsubscribe?c=applyack>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(26), family="application_receipt", lang="en", interview=False, company=None,
      note="LinkedIn Easy Apply receipt ('your application was sent to Halyard Analytics'); platform mail -> company null.")
def m26() -> bytes:
    plain = t("""
        Your application was sent to Halyard Analytics

        Product Analyst (Remote)
        Halyard Analytics · United States (Remote)
        Applied on February 20, 2026

        Now, take these next steps for more success with your job search:
        - Add your resume to your profile so recruiters can find you
        - Set a job alert for "Product Analyst" roles in United States

        View similar jobs: https://www.linkedin.com/comm/jobs/view/4221908713/similar

        ----------------------------------------
        This email was intended for Ananya Krishnan (Product Analyst at Kadamba Retail Tech)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job application notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = head(addr("LinkedIn", "jobs-noreply@linkedin.com"),
              "Ananya, your application was sent to Halyard Analytics",
              "2026-02-20 14:33", KOLKATA, "<1413266025.8835217.1771578180112@lva1-app21409.prod.linkedin.com>",
              before=(rcv("mailb-ab.linkedin.com", "198.51.100.145", "2026-02-20 14:33", KOLKATA, "Li6Ap2Hv9m"),),
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage>"),
                     ("X-LinkedIn-Class", "JOBS-APPLY"),
                     ("X-LinkedIn-Template", "jobs_applicant_applied")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(27), family="application_receipt", lang="en", interview=False, company="Halyard Analytics",
      note="Greenhouse 'thank you for applying' from Halyard Analytics; promises to reach out to schedule if there is a fit -> negative.")
def m27() -> bytes:
    plain = t("""
        Hi Ananya,

        Thank you for applying to the Product Analyst (Remote) role at Halyard Analytics. We've received your application and our team will review it over the coming days.

        If your background looks like a fit, a member of our recruiting team will reach out to schedule a conversation. Because of the volume of applications we receive, we may not be able to respond to everyone individually.

        In the meantime, you can learn more about how we work at https://halyardanalytics.com/careers/how-we-hire

        Thanks again,
        The Halyard Analytics Recruiting Team
        """)
    hs = head(addr("Halyard Analytics", "no-reply@us.greenhouse-mail.io"),
              "Thank you for applying to Halyard Analytics",
              "2026-02-20 04:05", "America/New_York", "<5f2c8e1a0b934_2d7a1c3e9f40@greenhouse-app-4b1e.mail>",
              before=(rcv("o2.ptr7724.us.greenhouse-mail.io", "198.51.100.34", "2026-02-20 04:05", "America/New_York", "Gh1Rc4Pt6y"),),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(plain))


@mail(n(28), family="application_receipt", lang="nl", interview=False, company="Polderdata",
      days=(("Fri", "2026-09-25"),),
      note="Dutch Recruitee receipt ('Bedankt voor je sollicitatie'); mentions a possible half-hour first call and a reply "
           "date (vrijdag 25 september), no interview time -> negative.")
def m28() -> bytes:
    plain = t("""
        Hoi Ananya,

        Bedankt voor je sollicitatie op de functie Product Analyst bij Polderdata! We hebben je cv en motivatie in goede orde ontvangen.

        Wat kun je verwachten? Ons team bekijkt alle sollicitaties zorgvuldig en we laten uiterlijk vrijdag 25 september van ons horen. Past je profiel bij wat we zoeken, dan plannen we eerst een kennismakingsgesprek van een half uur via video.

        (In English, in case it helps: thanks for applying - we will get back to you by Friday 25 September at the latest.)

        Hartelijke groet,
        Eva Janssen
        Recruiter, Polderdata B.V.
        Stationsplein 45, 3013 AK Rotterdam

        Je ontvangt deze e-mail omdat je via onze carrièrepagina hebt gesolliciteerd. Privacyverklaring: https://polderdata.recruitee.com/privacy
        """)
    hs = head(addr("Polderdata B.V.", "polderdata@mail.recruitee.com"),
              "Bedankt voor je sollicitatie bij Polderdata",
              "2026-09-14 09:40", "Europe/Amsterdam", "<recruitee.1789371600.c4118279@mail.recruitee.com>",
              before=(rcv("smtp.mail.recruitee.com", "203.0.113.66", "2026-09-14 09:40", "Europe/Amsterdam", "Rt4Nl7Pd1s"),),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(plain, cte="8bit"), html(gmail_html(plain), cte="8bit")))


@mail(n(29), family="rejection", lang="en", interview=False, company="Wren & Finch Insights",
      note="Lever rejection after the 1 April interview (thread with the Lever confirmation) -> negative.")
def m29() -> bytes:
    plain = t("""
        Hi Ananya,

        Thank you for taking the time to speak with Priya and Tom last week, and for the thought you put into the retention case.

        It was a close decision, but we've decided to move forward with another candidate whose experience with UK insurance data is a closer match for what the team needs right now.

        We'd be glad to stay in touch - if a role opens up in our Bengaluru analytics pod later this year, I'll reach out.

        Wishing you the very best,
        Olivia Marsh
        Talent Partner | Wren & Finch Insights
        """)
    hs = head(addr("Olivia Marsh", "no-reply@hire.lever.co"),
              "Your application to Wren & Finch Insights",
              "2026-04-09 16:25", "Europe/London", "<0100019d71a2c3e4-2b8f6d1e-0a47-4c93-b5e2-91d7f3a06c28-000000@email.amazonses.com>",
              before=(rcv("a8-12.smtp-out.amazonses.com", "192.0.2.12", "2026-04-09 16:25", "Europe/London", "Lv2Rj9Wf0c"),),
              extra=(("Reply-To", addr("Olivia Marsh", "olivia.marsh@wrenfinch.co.uk")),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(30), family="rejection", lang="en", interview=False, company="Konkan General Insurance",
      days=(("Tue", "2026-04-28"),),
      note="Indian HR regret mail after the 28-Apr interview (thread with the Naukri RMS call letter) -> negative.")
def m30() -> bytes:
    plain = t("""
        Dear Ananya,

        Greetings from Konkan General Insurance Ltd.!

        Thank you for appearing for the interview for the position of Product Analyst - Digital Channels on 28-Apr-2026 (Tuesday) and for your interest in our organisation.

        After careful consideration, we regret to inform you that we will not be able to take your candidature forward at this stage.

        We shall retain your profile in our database and get in touch should a suitable opportunity arise in future.

        Wishing you all the best in your career.

        Regards,
        Rekha Pillai
        HR - Talent Acquisition
        Konkan General Insurance Ltd.
        """)
    hs = head(addr("Rekha Pillai", "rekha.pillai@konkaninsure.in"),
              "Status of your application - Product Analyst - Konkan General Insurance",
              "2026-05-08 17:15", KOLKATA, "<BM1P287MB0419F3A7C2E1D84B96A05E7D3C21B@BM1P287MB0419.INDP287.PROD.OUTLOOK.COM>",
              before=(rcv("BM1PR01CU002.outbound.protection.outlook.com", "203.0.113.19", "2026-05-08 17:15", KOLKATA, "Kn8Rg3Rt5p"),))
    return message(hs, text(plain, charset="us-ascii", cte="7bit"))


@mail(n(31), family="job_alert", lang="en", interview=False, company=None,
      days=(("Sat", "2026-05-23"),),
      note="Naukri job alert; one listing is a walk-in drive with a date and hours (Sat 23 May, 10 AM - 1 PM) - a public event, "
           "not her interview -> negative.")
def m31() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#121224">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="padding:14px 0"><b style="color:#275df5;font-size:20px">naukri</b> <span style="color:#717b9e">Job Alert</span></td></tr>
        <tr><td>
        <p>Hi Ananya, 18 new jobs match your alert <b>"Product Analyst"</b> in Bengaluru.</p>
        <table width="100%" cellpadding="10" cellspacing="0" style="font-size:13px">
        <tr><td style="border-bottom:1px solid #eee"><b>Product Analyst</b> · Thalassa Commerce<br><span style="color:#717b9e">3-6 Yrs · 12-18 Lacs P.A. · Bengaluru (HSR Layout)</span></td></tr>
        <tr><td style="border-bottom:1px solid #eee"><b>Senior Product Analyst - Payments</b> · Bharat Pay Systems<br><span style="color:#717b9e">4-8 Yrs · 18-26 Lacs P.A. · Bengaluru</span></td></tr>
        <tr><td style="border-bottom:1px solid #eee"><b>Walk-in Drive: Product / Business Analyst</b> · Kaveri Global Services<br><span style="color:#717b9e">2-5 Yrs · 8-14 Lacs P.A. · Bengaluru (Whitefield)</span><br>Walk-in: Sat, 23 May 2026, 10:00 AM - 1:00 PM · Venue: Kaveri Global Services, ITPL Main Road, Whitefield · Carry 2 copies of resume</td></tr>
        <tr><td style="border-bottom:1px solid #eee"><b>Analytics Manager - Growth</b> · Nimbus Quick Commerce<br><span style="color:#717b9e">6-10 Yrs · 30-40 Lacs P.A. · Bengaluru / Gurugram</span></td></tr>
        </table>
        <p><a href="https://www.naukri.com/mnjuser/recommendedjobs">View all 18 jobs</a></p>
        <p style="font-size:11px;color:#8d8d9e">You are receiving this alert because you created it on Naukri.com. <a href="https://www.naukri.com/mnj/unsubscribe?c=jobalert">Unsubscribe</a> or <a href="https://www.naukri.com/mnjuser/jobalerts">edit alert</a>.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Naukri Job Alert", "jobalert@naukri.com"),
              "Ananya, 18 new jobs matching 'Product Analyst' in Bengaluru",
              "2026-05-18 07:30", KOLKATA, "<jobalert.20260518.81223097@naukri.com>",
              before=(rcv("alerts2.naukri.com", "192.0.2.202", "2026-05-18 07:30", KOLKATA, "Na3Jb8Al5t"),),
              extra=(("List-Unsubscribe", "<https://www.naukri.com/mnj/unsubscribe?c=jobalert>, <mailto:unsubscribe@naukri.com?subject=jobalert>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(32), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert digest -> negative.")
def m32() -> bytes:
    plain = t("""
        Your job alert for Product Analyst in Singapore
        7 new jobs match your preferences.

        Senior Product Analyst
        Kestrel Pay · Singapore (Hybrid)
        Actively recruiting · Easy Apply
        https://www.linkedin.com/comm/jobs/view/4219987410

        Product Analyst, Marketplace
        Lionsgate Mart · Singapore
        Be an early applicant
        https://www.linkedin.com/comm/jobs/view/4220011846

        Data & Product Analyst
        Straits Mobility · Singapore (On-site)
        3 connections work here
        https://www.linkedin.com/comm/jobs/view/4220058232

        See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=Product%20Analyst&location=Singapore

        ----------------------------------------
        This email was intended for Ananya Krishnan (Product Analyst at Kadamba Retail Tech)
        You are receiving Job alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=jobalert
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“Product Analyst”: Kestrel Pay - Senior Product Analyst and more",
              "2026-01-13 08:10", KOLKATA, "<283104117.2209144.1768272000334@lva1-app39011.prod.linkedin.com>",
              before=(rcv("mailb-ad.linkedin.com", "198.51.100.146", "2026-01-13 08:10", KOLKATA, "Li4Ja1Sg8q"),),
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=jobalert>"),
                     ("X-LinkedIn-Class", "JOB-ALERT")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(33), family="job_alert", lang="en", interview=False, company=None,
      note="Instahyre matches digest ('hiring fast, interviews this week' marketing copy, no slot) -> negative.")
def m33() -> bytes:
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#333;background:#f5f7fb">
        <div style="max-width:560px;margin:auto;background:#fff;padding:22px;border-radius:6px">
        <p>Hi Ananya,</p>
        <p>6 companies are hiring for roles like yours. These employers are <b>hiring fast</b> - most of them interview shortlisted candidates within the same week.</p>
        <ol>
        <li><b>Product Analyst II</b> - Tiffinwala Technologies, Bengaluru · ₹20-28 L</li>
        <li><b>Senior Analyst, Product</b> - Ledgerly Fintech, Pune · ₹18-24 L</li>
        <li><b>Product Analytics Lead</b> - Surya Solar Grid, Gurugram · ₹32-40 L</li>
        <li><b>Growth Analyst</b> - Chaupal Social, Bengaluru · ₹16-22 L</li>
        </ol>
        <p><a href="https://www.instahyre.com/candidate/opportunities/" style="background:#1d8cf8;color:#fff;padding:9px 16px;border-radius:4px;text-decoration:none">See all 6 opportunities</a></p>
        <p style="font-size:11px;color:#999">You're getting this because your Instahyre profile is set to "Actively looking". <a href="https://www.instahyre.com/unsubscribe/?t=op">Unsubscribe</a></p>
        </div></body></html>
        """)
    hs = head(addr("Instahyre", "noreply@instahyre.com"),
              "Ananya, 6 companies are hiring for roles like yours",
              "2026-07-23 10:00", KOLKATA, "<0109019d8f22a31b-instahyre-opp-digest-77123@ap-south-1.amazonses.com>",
              before=(rcv("a48-22.smtp-out.ap-south-1.amazonses.com", "198.51.100.22", "2026-07-23 10:00", KOLKATA, "Ih6Dg2Op4n"),),
              extra=(("List-Unsubscribe", "<https://www.instahyre.com/unsubscribe/?t=op>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@mail(n(34), family="recruiter_outreach", lang="en", interview=False, company="Kestrel Pay",
      note="In-house recruiter outreach ('open to exploring new opportunities?'), asks her for times for a call; nothing booked -> negative.")
def m34() -> bytes:
    plain = t("""
        Hi Ananya,

        I came across your profile on LinkedIn and your work on checkout conversion at Kadamba Retail Tech caught my eye.

        I'm hiring a Senior Product Analyst for our merchant payments team here in Singapore. It's a hands-on role (SQL, experimentation, a lot of time with PMs), and we support relocation and Employment Pass sponsorship.

        Are you open to exploring new opportunities at the moment? If so, could you share a couple of times next week that suit you for a 20-minute intro call? Happy to work around IST.

        Best regards,
        Shermaine Goh
        Talent Partner, Kestrel Pay
        80 Robinson Road, Singapore 068898
        """)
    hs = head(addr("Shermaine Goh", "shermaine.goh@kestrelpay.sg"),
              "Senior Product Analyst, Kestrel Pay (Singapore) - open to a chat?",
              "2026-02-24 10:12", "Asia/Singapore", "<CAGx2Lk0b7Qz+R4mTn9eVw1pYs3Jd8Fh5cKu@mail.gmail.com>",
              before=(rcv("mail-sor-f41.google.com", "192.0.2.41", "2026-02-24 10:12", "Asia/Singapore", "Kp1Ou5Rc3h"),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(35), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-08-06"),),
      note="Interview-prep newsletter with a live AMA time (Thu 6 Aug, 7 PM IST); List-Unsubscribe -> negative.")
def m35() -> bytes:
    plain = t("""
        METRIC MATTERS - Issue #84

        5 product-sense questions you'll get in your next analyst interview

        1. "DAU dropped 8% yesterday. Walk me through it." Start with data quality, then segment: platform, geography, new vs returning.
        2. "How would you measure the success of saved carts?" Name one north-star metric and two guardrails.
        3. "Design an A/B test for a new checkout button." Sample size, duration, novelty effects.
        4. "Which metric would you cut?" Interviewers want trade-offs, not a list.
        5. "Tell me about an analysis that changed a decision." Have one story with a number in it.

        LIVE AMA: I'm answering your interview questions live on Thursday 6 August at 7:00 PM IST. Reply with yours, or join here: https://metricmatters.substack.com/live/ama-aug

        Until next week,
        Ishaan Bhatt

        You're receiving this because you subscribed to Metric Matters.
        Unsubscribe: https://metricmatters.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo5
        """)
    hs = head(addr("Metric Matters", "metricmatters@substack.com"),
              "5 product-sense questions you'll get in your next analyst interview",
              "2026-08-02 09:00", KOLKATA, "<20260802033000.3.4c1be2f09ad17e85@mg1.substack.com>",
              before=(rcv("mg1.substack.com", "198.51.100.210", "2026-08-02 09:00", KOLKATA, "Ss0Nw8Lt2g"),),
              extra=(("List-Id", "<metricmatters.substack.com>"),
                     ("List-Unsubscribe", "<https://metricmatters.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo5>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(36), family="self_schedule", lang="en", interview=False, company="Al Safa Retail Group",
      days=(("Mon", "2026-06-08"), ("Tue", "2026-06-09"), ("Thu", "2026-06-04")),
      note="SmartRecruiters self-schedule request listing open slots and a picker link; nothing chosen yet -> negative "
           "(the confirmation follows in a separate mail).")
def m36() -> bytes:
    plain = t("""
        Dear Ananya,

        Congratulations - you have been shortlisted for the next step for Product Analyst, E-commerce (Dubai).

        Please choose a time for a 30-minute video interview with our Talent Acquisition team. Currently open slots (Gulf Standard Time, GMT+4):

        - Monday, June 8, 11:00 AM
        - Monday, June 8, 3:00 PM
        - Tuesday, June 9, 10:30 AM

        Select your slot here: https://jobs.smartrecruiters.com/sr-jobs/interview-scheduling/3f9a0d7c-52e1-4b6a-9d11-0c8e7f2a4b65

        This link expires on Thursday, June 4. Once you choose a time, you will receive a confirmation email.

        Best regards,
        Al Safa Retail Group Recruitment Team

        Powered by SmartRecruiters
        """)
    hs = head(addr("Al Safa Retail Group", "noreply@smartrecruiters.com"),
              "Action required: choose your interview time – Product Analyst, E-commerce",
              "2026-05-29 12:30", "Asia/Dubai", "<sr.ss.3f9a0d7c-52e1-4b6a-9d11-0c8e7f2a4b65.req@smartrecruiters.com>",
              before=(rcv("mail-eu.smartrecruiters.com", "203.0.113.201", "2026-05-29 12:30", "Asia/Dubai", "Sr7Ss2Dx1q"),),
              extra=(("Reply-To", addr("Fatima Al Hashimi", "fatima.alhashimi@alsafaretail.ae")),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(37), family="slot_proposal", lang="en", interview=False, company="Saltbush Software",
      days=(("Tue", "2026-04-07"), ("Wed", "2026-04-08"), ("Thu", "2026-04-09"), ("Sun", "2026-04-05")),
      note="Sydney recruiter proposes three slots and asks which works; nothing fixed yet -> negative (thread continues with the confirmation).")
def m37() -> bytes:
    plain = t("""
        Hi Ananya,

        Thanks so much for your time on the phone on Friday - great to hear about the loyalty programme work.

        Callum would love to meet you. Could you do one of these (Sydney time)?
        - Tue 7 April, 2:30pm
        - Wed 8 April, 11:00am
        - Thu 9 April, 1:00pm

        One thing to watch: our daylight saving ends on Sunday 5 April, so all three are on AEST (UTC+10).

        Let me know which works best and I'll send a calendar invite with the Zoom link.

        Cheers,
        Mia

        Mia Harrington
        Senior Talent Acquisition Partner
        Saltbush Software | Surry Hills NSW 2010
        """)
    hs = head(addr("Mia Harrington", "mia.harrington@saltbushsoftware.com.au"),
              "Product Analyst – Saltbush Software – interview times",
              "2026-03-30 10:05", "Australia/Sydney", "<SY4P282MB3075A9D41C2E8B07F3D16E0B27C5F@SY4P282MB3075.AUSP282.PROD.OUTLOOK.COM>",
              before=(rcv("SY4P282CU001.outbound.protection.outlook.com", "203.0.113.228", "2026-03-30 10:05", "Australia/Sydney", "Sb0Pr5Op7u"),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(38), family="online_assessment", lang="en", interview=False, company="Nilgiri Data Systems",
      days=(("Sun", "2026-05-10"),),
      note="HackerRank test invitation on behalf of Nilgiri Data Systems: deadline and 90-minute duration, no interview -> negative. "
           "Company = the employer running the test (not the vendor).")
def m38() -> bytes:
    plain = t("""
        Hi Ananya,

        Nilgiri Data Systems has invited you to take the "Product Analyst II - Online Assessment" test.

        Test duration: 90 minutes
        Sections: SQL (3 questions), Statistics (10 MCQs), Product case (1 short answer)
        Test expires on: Sunday, 10 May 2026, 11:59 PM IST

        Start the test: https://www.hackerrank.com/tests/8c2nq4b5a1/login?b=eyJ1c2VybmFtZSI6ImFuYW55YSJ9

        Tips: use a laptop with a stable connection; once you start, the timer cannot be paused. Tab switching is monitored.

        Good luck!
        Team HackerRank, on behalf of Nilgiri Data Systems
        """)
    hs = head(addr("Nilgiri Data Systems via HackerRank", "noreply@hackerrankforwork.com"),
              "Invitation: Nilgiri Data Systems - Product Analyst II Online Assessment",
              "2026-05-05 11:20", KOLKATA, "<0100019df3a4b5c6-hr-test-invite-8c2nq4b5a1-000000@email.amazonses.com>",
              before=(rcv("a9-88.smtp-out.amazonses.com", "192.0.2.88", "2026-05-05 11:20", KOLKATA, "Hr9Oa3Ts6b"),),
              extra=(("Reply-To", "support@hackerrankforwork.com"),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(39), family="one_way_video", lang="en", interview=False, company="Merlion Payments",
      days=(("Sun", "2026-05-03"),),
      note="HireVue on-demand (one-way) video interview with a completion deadline, no live slot -> negative.")
def m39() -> bytes:
    plain = t("""
        Dear Ananya,

        Thank you for your interest in the Senior Product Analyst role at Merlion Payments.

        As the next step, we invite you to complete an on-demand video interview. There is no live interviewer: you will see 5 questions on screen and record your answers (up to 3 minutes each) whenever it suits you.

        Please complete your interview by Sunday, 3 May 2026, 11:59 PM (Singapore time).

        Start your interview: https://app.hirevue.com/interviews/merlionpayments/7QmK2xR9

        Tip: try the practice question first to check your camera and microphone.

        Kind regards,
        Merlion Payments Talent Acquisition
        """)
    hs = head(addr("Merlion Payments", "noreply@hirevue.com"),
              "Merlion Payments: complete your on-demand video interview",
              "2026-04-27 15:45", "Asia/Singapore", "<hv.invite.7QmK2xR9.1777275900@hirevue.com>",
              before=(rcv("outbound-2.hirevue.com", "198.51.100.92", "2026-04-27 15:45", "Asia/Singapore", "Hv5Od1Vw9e"),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(40), family="offer", lang="en", interview=False, company="Golconda Health",
      days=(("Mon", "2026-05-04"), ("Tue", "2026-03-24")),
      note="Offer with CTC, joining date and a sign-by date (PDF attached) -> negative.")
def m40() -> bytes:
    plain = t("""
        Dear Ananya,

        Congratulations! Further to your discussions with our team, we are delighted to offer you the position of Product Analyst – Growth at Golconda Health Pvt. Ltd., Hyderabad.

        Key terms (details in the attached offer letter):
        - Annual CTC: ₹24,50,000 (Rupees Twenty-Four Lakh Fifty Thousand only), including variable pay of ₹2,50,000
        - Joining bonus: ₹1,00,000 (recoverable if you leave within 12 months)
        - Proposed date of joining: Monday, 4 May 2026
        - Location: Hitec City, Hyderabad (hybrid, 3 days in office)

        Kindly sign and revert with the accepted copy by Tuesday, 24 March 2026. Our BGV partner will reach out separately for documentation.

        If you would like to discuss anything in the offer, I am happy to set up a call with Arjun.

        Warm regards,
        Sneha Reddy
        Talent Acquisition, Golconda Health
        """)
    pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    pdf_part = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_Ananya_Krishnan.pdf"'),
                          ("Content-Disposition", 'attachment; filename="Offer_Letter_Ananya_Krishnan.pdf"'),
                          ("Content-Transfer-Encoding", "base64")],
                         base64.encodebytes(pdf.encode("ascii")).replace(b"\n", b"\r\n"))
    hs = head(addr("Sneha Reddy", "sneha.reddy@golcondahealth.in"),
              "Offer Letter – Product Analyst – Growth | Golconda Health",
              "2026-03-19 18:30", KOLKATA, "<CAKm4Pz7_gH1eQ9vX2bRt0yWn5sLd8JfA3oU@mail.gmail.com>",
              before=(rcv("mail-oi1-f66.google.com", "192.0.2.66", "2026-03-19 18:30", KOLKATA, "Gh0Of4Lt7r"),),
              extra=(("Cc", addr("Arjun Rao", "arjun.rao@golcondahealth.in")),))
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))), pdf_part))


@mail(n(41), family="background_check", lang="en", interview=False, company=None,
      note="Background-verification vendor mail (on behalf of Golconda Health): form deadline and a call window for address "
           "verification, no interview -> negative; sender is a vendor, not an employer -> company null.")
def m41() -> bytes:
    plain = t("""
        Dear Ananya Krishnan,

        Greetings from VeriTrust Screening Services!

        We have been engaged by Golconda Health Pvt. Ltd. to conduct your pre-employment background verification (Case ID: GH-26-04417).

        Kindly complete the BGV form and upload the documents listed below within 3 working days:
        1. PAN card and Aadhaar (masked)
        2. Relieving / experience letters of all previous employers
        3. Last 3 months' salary slips of your current employer
        4. Highest education certificate and mark sheets

        BGV form: https://portal.veritrustscreening.in/candidate/GH-26-04417

        Please note that our field executive may call you between 10:00 AM and 6:00 PM on working days for address verification.

        Regards,
        Candidate Support Team
        VeriTrust Screening Services Pvt. Ltd.
        This is an auto-generated mail. For queries, write to support@veritrustscreening.in
        """)
    hs = head(addr("VeriTrust BGV", "bgv-noreply@veritrustscreening.in"),
              "Background Verification - Golconda Health - Action Required (Case ID GH-26-04417)",
              "2026-03-23 11:05", KOLKATA, "<bgv.GH-26-04417.init@veritrustscreening.in>",
              before=(rcv("smtp.veritrustscreening.in", "203.0.113.117", "2026-03-23 11:05", KOLKATA, "Vt4Bg1Cv0s"),),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(plain, cte="7bit", charset="us-ascii"))


@mail(n(42), family="out_of_office", lang="en", interview=False, company="Saltbush Software",
      days=(("Fri", "2026-04-03"), ("Mon", "2026-04-06"), ("Tue", "2026-04-07")),
      note="Exchange automatic reply from the Sydney recruiter after Ananya's thank-you (Easter long weekend, back Tue 7 April) -> "
           "negative. Company = the sender's employer (a prospective employer of hers).")
def m42() -> bytes:
    plain = t("""
        Hi there,

        Thanks for your email. I'm out of the office for the Easter long weekend (Friday 3 April - Monday 6 April) and will be back on Tuesday 7 April.

        For anything urgent, please contact our talent team at talent@saltbushsoftware.com.au.

        Cheers,
        Mia Harrington
        """)
    hs = head(addr("Mia Harrington", "mia.harrington@saltbushsoftware.com.au"),
              "Automatic reply: Re: Product Analyst – Saltbush Software – interview times",
              "2026-04-03 09:14", "Australia/Sydney", "<SY4P282MB30757A1E0B94C3D26F8E15A9B0C47@SY4P282MB3075.AUSP282.PROD.OUTLOOK.COM>",
              before=(rcv("SY4P282CU001.outbound.protection.outlook.com", "203.0.113.228", "2026-04-03 09:14", "Australia/Sydney", "Sb6Oo9Ar3d"),),
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "mia.harrington@saltbushsoftware.com.au"),
                     ("In-Reply-To", "<CAJ8k2v9Hq1bT0xR5nZ3-ananya.thanks@mail.example.net>")))
    return message(hs, text(plain, cte="7bit", charset="us-ascii"))


@mail(n(43), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of her thank-you note to the founder (typo in the domain); multipart/report -> negative.")
def m43() -> bytes:
    human = t("""
        This is the mail system at host mail.example.net.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <rohan@kolamlab.in>: Host or domain name not found. Name service error for
            name=kolamlab.in type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.net
        X-Postfix-Queue-ID: 4c7Lq52HrTz9sW
        X-Postfix-Sender: rfc822; ananya.krishnan@example.net
        Arrival-Date: Sat,  4 Jul 2026 10:26:41 +0530 (IST)

        Final-Recipient: rfc822; rohan@kolamlab.in
        Original-Recipient: rfc822;rohan@kolamlab.in
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=kolamlab.in type=MX: Host not found, try again
        """)
    orig = t("""
        From: Ananya Krishnan <ananya.krishnan@example.net>
        To: Rohan Shetty <rohan@kolamlab.in>
        Subject: Thank you - analyst role conversation
        Date: Sat, 04 Jul 2026 10:26:38 +0530
        Message-ID: <CAJ8k2v9Hq1bT0xR5nZ3-ananya.kolam@mail.example.net>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        """)
    report = multipart("report",
                       text(human, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message Headers"),
                                 ("Content-Type", "text/rfc822-headers")], orig),
                       params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mail.example.net"),
              "Undelivered Mail Returned to Sender",
              "2026-07-04 10:27", KOLKATA, "<20260704045702.9F1A2C0412@mail.example.net>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(44), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-07-16"),),
      note="Work meeting invite from her current employer (Exchange, India Standard Time), auto-forwarded from her work mailbox -> negative.")
def m44() -> bytes:
    plain = t("""
        Hi all,

        Let's go through the checkout drop-off numbers for Q2 before the pricing review. Ananya - could you bring the funnel by payment method? Chaitra will cover the app vs web split.

        Thanks,
        Vivek

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_S2FkYW1iYUZ1bm5lbA@thread.v2/0>
        Meeting ID: 367 104 928 551
        Passcode: Hb3zQ9
        ________________________________________________________________________________
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["India Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Vivek Hegde:mailto:vivek.hegde@kadambaretail.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ananya Krishnan:mailto:ananya.krishnan@kadambaretail.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chaitra Gowda:mailto:chaitra.gowda@kadambaretail.in
UID:040000008200E00074C5B7101A82E00800000000D0C1E7A2B513DD01000000000000000010000000F2A9C4E81B3D47A6906E5C2B18D3A7F4
SUMMARY;LANGUAGE=en-IN:Q2 funnel deep-dive: checkout drop-offs
DTSTART;TZID=India Standard Time:20260716T150000
DTEND;TZID=India Standard Time:20260716T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260714T063000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IN:Microsoft Teams Meeting; Kaveri (4F)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Vivek Hegde", "vivek.hegde@kadambaretail.in"),
              "Q2 funnel deep-dive: checkout drop-offs",
              "2026-07-14 12:00", KOLKATA, "<PN2P287MB0931A4C1E7D2B3F09A5E1B22C4E52@PN2P287MB0931.INDP287.PROD.OUTLOOK.COM>",
              to=", ".join([addr("Ananya Krishnan", "ananya.krishnan@kadambaretail.in"),
                            addr("Chaitra Gowda", "chaitra.gowda@kadambaretail.in")]),
              before=(rcv("PN2PR01CU001.outbound.protection.outlook.com", "203.0.113.31", "2026-07-14 12:00", KOLKATA, "Kd2Wm6Fn4l"),
                      ("X-Forwarded-To", ME),
                      ("X-Forwarded-For", f"ananya.krishnan@kadambaretail.in {ME}")),
              extra=(("Thread-Topic", "Q2 funnel deep-dive: checkout drop-offs"),
                     ("Thread-Index", "AdzzKf1nQm7c2Lw9S0u4yHrT8aBe3g=="),
                     ("Content-Language", "en-IN")))
    return message(hs, alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="base64")))


@mail(n(45), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-03-14"),),
      note="Bank branch appointment confirmation (home-loan consultation, Sat 14 March 11:30 AM) -> negative.")
def m45() -> bytes:
    plain = t("""
        Dear Ms. Ananya Krishnan,

        Your appointment has been confirmed.

        Purpose      : Home Loan Consultation
        Branch       : Hoysala Bank, Indiranagar (100 Feet Road), Bengaluru
        Date & Time  : Saturday, 14 March 2026, 11:30 AM
        Reference No : HBAPT-2603-118204
        Relationship Manager: Mr. Naveen Gowda

        Please carry your PAN card, last 6 months' bank statements and Form 16 for the last 2 years.

        To reschedule, visit https://www.hoysalabank.co.in/appointments or call 1800 425 0199.

        Regards,
        Hoysala Bank Ltd.

        This is a system generated message. Please do not reply.
        """)
    hs = head(addr("Hoysala Bank", "alerts@hoysalabank.co.in"),
              "Appointment confirmed: Home Loan Consultation, Indiranagar branch",
              "2026-03-11 13:40", KOLKATA, "<appt.HBAPT-2603-118204@alerts.hoysalabank.co.in>",
              before=(rcv("alerts.hoysalabank.co.in", "203.0.113.250", "2026-03-11 13:40", KOLKATA, "Hb8Ap3Tm2k"),),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(plain, cte="7bit", charset="us-ascii"))


@mail(n(46), family="non_interview_calendar", lang="hi-en", interview=False, company=None,
      days=(("Sat", "2026-06-20"),),
      note="Friend's Google Calendar invite to a farewell dinner, Hinglish description -> negative.")
def m46() -> bytes:
    plain = t("""
        Shreya's farewell dinner 🎉
        Saturday 20 Jun 2026 ⋅ 8pm – 11pm
        India Standard Time - Kolkata

        Location
        Dhaba Social, 5th Block, Koramangala, Bengaluru

        Shreya ka last weekend hai Bangalore mein before Berlin! 8 baje sharp, late mat aana. Gift ke liye 500 each UPI kar dena, main collect kar rahi hoon.

        Organiser
        Divya Menon
        divya.menon.blr@example.com

        Guests
        Divya Menon - organiser
        ananya.krishnan@example.net
        shreya.iyer@example.com
        karan.mehta@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = VTZ_KOLKATA.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=Asia/Kolkata:20260620T200000
DTEND;TZID=Asia/Kolkata:20260620T230000
DTSTAMP:20260615T141200Z
ORGANIZER;CN=Divya Menon:mailto:divya.menon.blr@example.com
UID:7p2k5v0n9rc4hb1qj8m3fd6e2t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ananya.krishnan@example.net:mailto:ananya.krishnan@example.net
DESCRIPTION:Shreya ka last weekend hai Bangalore mein before Berlin! 8 baje sharp\\, late mat aana.
LOCATION:Dhaba Social\\, 5th Block\\, Koramangala\\, Bengaluru
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shreya's farewell dinner 🎉
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    hs = head(addr("Divya Menon", "divya.menon.blr@example.com"),
              "Invitation: Shreya's farewell dinner 🎉 @ Sat 20 Jun 2026 8pm - 11pm (IST) (ananya.krishnan@example.net)",
              "2026-06-15 19:42", KOLKATA, "<calendar-a91c3e57-2b04-4d8f-9e16-c07b5d2f8a13@google.com>",
              before=(rcv("mail-sor-f69.google.com", "192.0.2.69", "2026-06-15 19:42", KOLKATA, "Gc5Fd0Dn8r"),),
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    return message(hs, alt(text(plain), calendar(ics, charset="UTF-8", cte="quoted-printable")))


@mail(n(47), family="interviewer_assignment", lang="en", interview=False, company=None,
      days=(("Wed", "2026-08-26"),),
      note="Her current employer's Keka assigns HER as the interviewer for a candidate (Wed 26 Aug 3 PM IST): a fixed interview "
           "time, but not her own job interview -> negative, company null (work mail, not a hiring company for her).")
def m47() -> bytes:
    plain = t("""
        Hi Ananya,

        You have been added as an interviewer.

        Candidate: Rahul Verma
        Job: Associate Product Analyst (JR-0142)
        Round: Round 1 - SQL & Product Sense
        Date: Wed, 26 Aug 2026
        Time: 03:00 PM - 03:45 PM (Asia/Kolkata)
        Meeting link: https://meet.google.com/kdm-rwvp-xso

        The candidate's resume and the interview kit are available in Keka Hire. Please submit your scorecard within 24 hours of the interview.

        View interview: https://kadambaretail.keka.com/#/hire/interviews/88231

        --
        Sent via Keka Hire · Kadamba Retail Tech Pvt. Ltd.
        """)
    hs = head(addr("Kadamba Retail Tech", "no-reply@keka.com"),
              "Interview assigned: Rahul Verma for Associate Product Analyst – Round 1",
              "2026-08-24 10:05", KOLKATA, "<20260824043500.a91e7c2d30f1@mailer.keka.com>",
              to=addr("Ananya Krishnan", "ananya.krishnan@kadambaretail.in"),
              before=(rcv("mailer.keka.com", "203.0.113.58", "2026-08-24 10:05", KOLKATA, "Kk3Ia7Sg1m"),
                      ("X-Forwarded-To", ME),
                      ("X-Forwarded-For", f"ananya.krishnan@kadambaretail.in {ME}")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(48), family="campus_panel", lang="en", interview=False, company=None,
      days=(("Fri", "2026-09-11"),),
      note="Her employer's campus-hiring team confirms the panel she sits on (Fri 11 Sep, reporting 8:30 AM) -> negative.")
def m48() -> bytes:
    plain = t("""
        Dear Panelists,

        Thank you for volunteering for Campus Hiring 2026! Please find the plan for the Malnad Institute of Management drive below.

        Date: Friday, 11 September 2026
        Cab pickup: 7:15 AM from the Kadamba office (Bellandur), Gate 2
        Reporting at campus: 8:30 AM (Placement Office, Block C)
        Pre-placement talk: 9:00 - 9:30 AM
        Interviews: 9:30 AM - 5:00 PM (panels of two; ~30 min per candidate)

        Panels:
        - Panel 1: Ananya Krishnan & Vivek Hegde (Product Analyst track)
        - Panel 2: Chaitra Gowda & Sameer Kulkarni (Business Analyst track)

        Evaluation sheets will be shared on the day. Please mark your calendars and block the full day.

        Regards,
        Harini Prasad
        Campus & Early Careers, Kadamba Retail Tech
        """)
    hs = head(addr("Harini Prasad", "harini.prasad@kadambaretail.in"),
              "Campus Hiring 2026 – Malnad Institute of Management – Panel confirmation",
              "2026-09-03 16:20", KOLKATA, "<PN3P287MB2210B7E9C41A3F06D5E82C1B47A9D@PN3P287MB2210.INDP287.PROD.OUTLOOK.COM>",
              to="Campus Panel 2026 <campus-panel-2026@kadambaretail.in>",
              before=(rcv("PN3PR01CU002.outbound.protection.outlook.com", "203.0.113.32", "2026-09-03 16:20", KOLKATA, "Kd7Cp1Hp5v"),
                      ("X-Forwarded-To", ME),
                      ("X-Forwarded-For", f"ananya.krishnan@kadambaretail.in {ME}")),
              extra=(("Thread-Topic", enc("Campus Hiring 2026 – Malnad Institute of Management – Panel confirmation")),))
    return message(hs, text(plain))


@mail(n(49), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Sun", "2026-03-08"),),
      note="Peer mock-interview platform confirms a practice session (Sun 8 Mar, 7 PM IST): fixed time, not a job interview -> negative.")
def m49() -> bytes:
    plain = t("""
        You're matched!

        Hi Ananya,

        Your mock Product Analytics interview is confirmed.

        When: Sunday, 8 March 2026, 7:00 PM - 8:00 PM IST
        Your peer: Karan S. (Business Analyst, 4 yrs)
        Format: You interview Karan first (30 min), then swap.
        Room: https://mockmate.io/room/pa-0308-ks41

        Your question pack (metrics + SQL) unlocks 30 minutes before the session. Please be on time - no-shows lose matching priority for a week.

        Happy practising,
        The MockMate team

        Manage notifications: https://mockmate.io/settings/email
        """)
    hs = head(addr("MockMate", "sessions@mockmate.io"),
              "You're matched! Mock product analytics interview on Sun, 8 Mar at 7:00 PM IST",
              "2026-03-05 21:15", KOLKATA, "<mm.session.pa-0308-ks41@mockmate.io>",
              before=(rcv("o1.mail.mockmate.io", "198.51.100.77", "2026-03-05 21:15", KOLKATA, "Mm4Ss9Pe2c"),),
              extra=(("List-Unsubscribe", "<https://mockmate.io/settings/email>"),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@mail(n(50), family="webinar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-01-17"),),
      note="Edtech webinar reminder ('Crack the Product Analyst Interview', Sat 17 Jan 11 AM IST) -> negative.")
def m50() -> bytes:
    page = t("""
        <html><body style="font-family:Poppins,Arial,sans-serif;font-size:14px;color:#2d2d2d;background:#fff8f0">
        <div style="max-width:560px;margin:auto;padding:24px;background:#fff">
        <h2 style="color:#e4572e">Crack the Product Analyst Interview</h2>
        <p>Hi Ananya, you're registered for our free live masterclass!</p>
        <p><b>Saturday, 17 January 2026 · 11:00 AM - 12:30 PM IST</b><br>Live on Zoom Webinar</p>
        <p>Speaker: Ritika Sen, Analytics Manager (ex-quick-commerce), who has interviewed 300+ analysts.</p>
        <ul><li>The 4 rounds you'll face and what each one tests</li><li>Live SQL walkthrough: retention cohort in 15 minutes</li><li>How to answer "Why did this metric drop?"</li></ul>
        <p><a href="https://upskillcircle.in/webinar/join/pa-0117?u=ak2231" style="background:#e4572e;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Add to calendar &amp; join</a></p>
        <p style="font-size:12px;color:#888">Stay till the end for an exclusive 40% scholarship on our 12-week Product Analytics Cohort.</p>
        <p style="font-size:11px;color:#aaa">UpSkill Circle Edtech Pvt. Ltd., HSR Layout, Bengaluru · <a href="https://upskillcircle.in/unsubscribe?u=ak2231">Unsubscribe</a></p>
        </div></body></html>
        """)
    hs = head(addr("UpSkill Circle", "events@upskillcircle.in"),
              "Reminder: 'Crack the Product Analyst Interview' live masterclass – Saturday 17 Jan, 11 AM IST",
              "2026-01-14 18:00", KOLKATA, "<20260114123000.webinar-pa-0117.ak2231@mail.upskillcircle.in>",
              before=(rcv("mail.upskillcircle.in", "198.51.100.189", "2026-01-14 18:00", KOLKATA, "Us1Wb5Cr8h"),),
              extra=(("List-Unsubscribe", "<https://upskillcircle.in/unsubscribe?u=ak2231>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))
