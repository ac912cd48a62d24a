# ruff: noqa: E501
"""The third blind held-out set: 60 hand-written mails to Hanna Sørensen, Copenhagen.

Written without reading the detector, its tests and fixtures, or the earlier held-out mails.
Emphasis: hard look-alike negatives (interview word + future time + friendly wording, but not her
confirmed job interview) and positives with unusual wording (no confirmation word, time only in the
subject or in a table, "the 14th at 2", "my time / your time", agencies, double reschedules).

Mails are written under a key ``k`` (1..60, the order they were written in); the file number is a
fixed shuffle of the key, so that positives and negatives do not alternate in the file names.
"""

from __future__ import annotations

import random

from make import VTZ, addr, alt, calendar, date, enc, gmail_html, html, mail, message, mixed, t, text

ME_ADDR = "hanna.sorensen@example.net"
ME = addr("Hanna Sørensen", ME_ADDR)

_ORDER = list(range(1, 61))
random.Random(20261127).shuffle(_ORDER)


def m(k: int, **kw):
    return mail(f"blind3_{_ORDER[k - 1]:03d}", **kw)


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME,
        extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    if not frm.isascii():  # 'Näme <a@b>' -> RFC 2047 display name
        name, _, address = frm.rpartition(" <")
        frm = addr(name, address.rstrip(">"), charset)
    return [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
            ("Message-ID", f"<{mid}>"), *extra]


def gmail(body: str) -> object:
    return alt(text(body), html(gmail_html(body)))


VTZ_CPH = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Copenhagen")


# =========================================================================== k1
@m(1, family="human_prose", lang="en", interview=True, kind="scheduled",
   start="2026-05-14T09:00:00Z", contact="jonas.weber@tafelrunde.io", company="Tafelrunde",
   local="Thu 2026-05-14 11:00", zone="Europe/Berlin",
   note="No confirmation word: 'See you Thursday at 11 in our Kreuzberg office'. Thursday from Date Mon 11 May (Berlin) = 14 May, 11:00 CEST = 09:00Z; 'about an hour' -> end null.")
def k1():
    body = t("""
        Hi Hanna,

        Great talking earlier, and thanks for taking the call on such short notice.

        See you Thursday at 11 in our Kreuzberg office (Oranienstraße 183, 3rd floor, the
        door next to the bakery) -- ask for Lena at reception and she'll bring you up. You'll
        meet me and Priya from design; plan for about an hour, we'll show you the product
        and talk through the case you sent.

        If anything comes up, my mobile is +49 151 2384 1190.

        Cheers,
        Jonas

        --
        Jonas Weber
        Head of Product, Tafelrunde
        """)
    return message(hdr("Jonas Weber <jonas.weber@tafelrunde.io>", "Thursday", "2026-05-11 14:20", "Europe/Berlin",
                       "CAF7k2mWq0rX9pLdT3s1Vb8e@mail.gmail.com"), gmail(body))


# =========================================================================== k2
@m(2, family="internal_review", lang="en", interview=False, company="Harbourline Logistics",
   note="Look-alike: 'our interview panel meets on Thursday at 10 to review your application' is an internal step without her; no interview time with her yet.")
def k2():
    body = t("""
        Hi Hanna,

        Thanks so much for sending over your portfolio -- it's really strong, and the route
        optimisation case in particular got people talking.

        A quick update so you're not left wondering: our interview panel meets on Thursday
        at 10:00 to review your application alongside the rest of the shortlist. I'll be in
        touch by Friday afternoon either way, and if we'd like to take things forward I'll
        send you a few times for an interview the following week.

        Have a lovely rest of your Monday,
        Olivia

        Olivia Grant
        Talent Partner | Harbourline Logistics
        """)
    return message(hdr("Olivia Grant <olivia.grant@harbourline.co.uk>", "Your application - quick update",
                       "2026-06-08 11:05", "Europe/London", "a81c3e0f2d.20260608100500@harbourline.co.uk"),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== k3
@m(3, family="human_prose", lang="en", interview=True, kind="scheduled",
   start="2026-06-03T13:00:00Z", contact="ruth.okonkwo@northwind-analytics.nl", company="Northwind Analytics",
   local="Wed 2026-06-03 15:00", zone="Europe/Amsterdam",
   note="Date and time only in the Subject ('Wed 3 June, 15:00 CEST'); body only has the Meet link and who she meets. 15:00 CEST = 13:00Z.")
def k3():
    body = t("""
        Hi Hanna,

        Here's the link for Wednesday: https://meet.google.com/xqv-hbpr-kta

        You'll be speaking with Tomás Ibarra (Head of Data) and me. Bring questions -- Tomás
        loves those more than answers.

        Ruth

        Ruth Okonkwo | People & Talent | Northwind Analytics
        Keizersgracht 62, Amsterdam
        """)
    return message(hdr("Ruth Okonkwo <ruth.okonkwo@northwind-analytics.nl>",
                       "Hanna x Northwind – Wed 3 June, 15:00 CEST", "2026-06-01 09:12", "Europe/Amsterdam",
                       "0102018f9c3e-7a1d@eu-west-1.amazonses.com"),
                   text(body))


# =========================================================================== k4
@m(4, family="interview_window", lang="en", interview=False, company="Fjordline Software",
   days=(("Wed", "2026-06-03"), ("Fri", "2026-06-05")),
   note="Look-alike: 'Interviews will take place Wednesday 3 - Friday 5 June; we'll confirm your slot' - a window, no slot yet.")
def k4():
    body = t("""
        Hej Hanna,

        Great news -- you're through to the interview stage for the Product Analyst role!

        Interviews will take place from Wednesday 3 to Friday 5 June at our Aarhus office
        (Åboulevarden 22). We're putting the schedule together with the team now and will
        confirm your slot by the end of this week. Each interview is 60 minutes, followed by
        a short coffee with someone from the team.

        Looking forward to meeting you,
        Signe

        Signe Dahl
        Recruiter, Fjordline Software
        """)
    return message(hdr("Signe Dahl <signe.dahl@fjordline.dk>", "You're through to the interview stage!",
                       "2026-05-27 13:40", "Europe/Copenhagen", "20260527114012.5f2a@fjordline.dk"),
                   gmail(body))


# =========================================================================== k5
@m(5, family="comeet", lang="en", interview=True, kind="scheduled",
   start="2026-07-14T09:30:00Z", end="2026-07-14T10:15:00Z", contact="megan.price@alderstone.co.uk",
   company="Alder & Stone", local="Tue 2026-07-14 10:30", local_end="2026-07-14 11:15", zone="Europe/London",
   note="Comeet-style HTML-only mail, details in a table: 'Tue 14/07', '10:30 – 11:15 (London)'; BST -> 09:30Z-10:15Z. On-site, address only. Contact = human Reply-To.")
def k5():
    body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2330">
        <p>Hi Hanna,</p>
        <p>Your meeting with <b>Alder &amp; Stone</b> is set. Here are the details:</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #d8dce6;border-collapse:collapse">
        <tr><td style="background:#f3f5f9"><b>Position</b></td><td>Senior Risk Analyst</td></tr>
        <tr><td style="background:#f3f5f9"><b>Stage</b></td><td>Hiring manager (in person)</td></tr>
        <tr><td style="background:#f3f5f9"><b>Date</b></td><td>Tue 14/07</td></tr>
        <tr><td style="background:#f3f5f9"><b>Time</b></td><td>10:30 &ndash; 11:15 (London)</td></tr>
        <tr><td style="background:#f3f5f9"><b>Where</b></td><td>3 More London Riverside, London SE1 2RE &ndash; 6th floor reception</td></tr>
        <tr><td style="background:#f3f5f9"><b>With</b></td><td>David Osei (Head of Credit Risk), Megan Price (Talent)</td></tr>
        </table>
        <p>Please bring a photo ID for the building. If you need to change anything, just reply to this email.</p>
        <p>Best,<br>Megan Price<br>Alder &amp; Stone Talent Team</p>
        <p style="font-size:11px;color:#8a90a0">Sent via Comeet &middot; <a href="https://www.comeet.com">comeet.com</a></p>
        </body></html>
        """)
    return message(hdr("Alder & Stone <alderstone@comeet-mail.com>", "Your meeting with Alder & Stone",
                       "2026-07-09 16:40", "Europe/London", "cmt.8f21d0a4.62b1@comeet-mail.com",
                       extra=(("Reply-To", "Megan Price <megan.price@alderstone.co.uk>"),)),
                   html(body, cte="base64"))


# =========================================================================== k6
@m(6, family="scam", lang="en", interview=False, company=None, days=(("Mon", "2026-06-22"),),
   note="Scam: 'your interview has been confirmed' from a free-mail look-alike, interview by Telegram text chat, and a fee to 'secure your slot'. Not a real confirmation.")
def k6():
    body = t("""
        Dear Candidate,

        CONGRATULATIONS!! Your interview has been confirmed for the position of Remote Data
        Entry Specialist ($45/hr, fully remote, flexible hours).

        Interview date: Monday 22 June 2026
        Time: 10:00 AM EST
        Platform: Telegram text chat with Mr. Daniel Roberts (Hiring Manager) @velora_hr_daniel

        To secure your interview slot, you are required to purchase the company's home-office
        software licence ($89) from our approved vendor before the interview. The cost will be
        fully reimbursed with your first paycheck. Payment can be made by gift card or crypto.
        Failure to confirm within 24 hours will forfeit your interview.

        Warm regards,
        HR Department
        Velora Global Solutions Inc.
        """)
    return message(hdr("Velora Global HR <velora.globalhr.onboarding@gmail-careers.co>",
                       "RE: Your Interview Has Been Confirmed!!", "2026-06-19 03:12", "America/New_York",
                       "8821.3390120@gmail-careers.co", to="undisclosed-recipients:;"),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== k7
@m(7, family="agency", lang="en", interview=True, kind="scheduled",
   start="2026-09-14T18:00:00Z", contact="marcus@brightpathtalent.com", company="Calloway Health",
   local="Mon 2026-09-14 14:00", zone="America/New_York",
   note="Agency recruiter: 'the 14th at 2 Eastern' resolved against Date (8 Sep) -> Mon 14 Sep, EDT -> 18:00Z. Contact = agency recruiter, company = client.")
def k7():
    body = t("""
        Hanna --

        Locked in! Calloway's hiring manager, Dana Whitfield, will see you on the 14th at 2
        Eastern. It's on video; Dana's coordinator will send the Teams link directly, so keep
        an eye out for that.

        Quick prep notes: Dana cares a lot about stakeholder management -- have two examples
        ready. She'll also ask why you're open to a US-hours role from Copenhagen.

        Give me a call after, 917-555-0142.

        Marcus Reyes
        Senior Recruiter | Brightpath Talent
        """)
    return message(hdr("Marcus Reyes <marcus@brightpathtalent.com>", "Calloway - you're on",
                       "2026-09-08 11:05", "America/New_York", "BN8PR12MB3345.namprd12.prod.outlook.com-77aa"),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== k8
@m(8, family="referral", lang="en", interview=False, company="Solvik",
   note="Look-alike: a confirmed interview on Tuesday at 2pm, but for Jonas, the candidate she referred, not for her.")
def k8():
    body = t("""
        Hi Hanna!

        Thanks again for referring Jonas Berg for the backend role -- his CV is exactly what
        we were hoping for. Just so you know, I've booked his first interview for Tuesday at
        2pm (CET) with Anders and me, and he's confirmed.

        I'll let you know how it goes. And the referral bonus kicks in if he makes it through
        probation, so fingers crossed for both of you 😊

        Priya
        """)
    return message(hdr("Priya Raman <priya.raman@solvik.io>", "Your referral: Jonas Berg",
                       "2026-11-12 15:20", "Europe/Copenhagen", "CAJ4pq-ref-0091@mail.gmail.com"),
                   gmail(body))


# =========================================================================== k9
@m(9, family="human_prose", lang="en", interview=True, kind="scheduled",
   start="2026-10-06T06:00:00Z", contact="bec.tran@southerlyfoods.com.au", company="Southerly Foods",
   local="Tue 2026-10-06 17:00", zone="Australia/Sydney",
   note="Australian English: 'next Tuesday (the 6th) at 5pm our time'. Sydney moves to AEDT (+11) on Sun 4 Oct, the mail is sent in AEST; 17:00 AEDT = 06:00Z (= 8am CEST, as the mail says).")
def k9():
    body = t("""
        Hi Hanna,

        Lovely to chat on the phone yesterday!

        As discussed, you'll meet Grant (our GM of Supply) and me next Tuesday (the 6th) at
        5pm our time, on Teams -- the invite will come from Grant's EA, Shona. By my maths
        that's 8am for you in Copenhagen, since our clocks go forward on Sunday.

        No need to prepare slides, it'll be a conversation about the demand planning role and
        your time at Arla.

        Cheers,
        Bec

        Rebecca Tran | Talent Acquisition Lead
        Southerly Foods | Alexandria NSW 2015
        """)
    return message(hdr("Bec Tran <bec.tran@southerlyfoods.com.au>", "Next Tuesday with Grant",
                       "2026-10-01 10:15", "Australia/Sydney", "SY4P282MB1134A9E2.AUSP282.PROD.OUTLOOK.COM"),
                   text(body, cte="quoted-printable"))


# =========================================================================== k10
@m(10, family="info_session", lang="en", interview=False, company="Meridian Bank",
   days=(("Wed", "2026-09-09"),),
   note="Look-alike: information session for all graduate-programme applicants, with tips on 'our interview process'; a fixed time, but not an interview.")
def k10():
    body = t("""
        <html><body style="font-family:Georgia,serif">
        <h2 style="color:#0b3d5c">You're invited: Graduate Programme information session</h2>
        <p>Dear applicant,</p>
        <p>Thank you for applying to the Meridian Bank Graduate Programme 2027. We'd love you to join our
        online information session, open to <b>all applicants</b>:</p>
        <p><b>Wednesday 9 September 2026, 17:00&ndash;18:00 CEST</b><br>on Zoom (link after registration)</p>
        <ul><li>Hear from last year's graduates</li>
        <li>What happens next, and how our interview process works</li>
        <li>Live Q&amp;A with the Early Careers team</li></ul>
        <p><a href="https://events.meridianbank.eu/grad-info-0909">Register now</a> &ndash; places are confirmed instantly.</p>
        <p>Meridian Bank Early Careers</p>
        </body></html>
        """)
    return message(hdr("Meridian Bank Early Careers <graduates@meridianbank.eu>",
                       "Join us: Graduate Programme info session on 9 September", "2026-09-01 10:00",
                       "Europe/Luxembourg", "mb-grad-0901-44c1@mail.meridianbank.eu"),
                   html(body))


# =========================================================================== k11
@m(11, family="human_prose", lang="en", interview=True, kind="scheduled",
   start="2026-04-23T12:30:00Z", contact="aoife.brennan@clonmelsoftware.ie", company="Clonmel Software",
   local="Thu 2026-04-23 13:30", zone="Europe/Dublin",
   note="Irish English: 'Tomorrow after lunch at 1:30 (Irish time)' from Date Wed 22 Apr -> Thu 23 Apr 13:30 IST (UTC+1) = 12:30Z.")
def k11():
    body = t("""
        Hi Hanna,

        Thanks a million for being so flexible. Tomorrow after lunch at 1:30 (Irish time, so
        2:30 for you) suits Ciarán perfectly, so that's you booked in.

        It's a video call: https://clonmelsoftware.zoom.us/j/83320019482

        Ciarán will want to hear about the migration project you mentioned. Best of luck!

        Aoife

        Aoife Brennan
        Talent Acquisition, Clonmel Software
        """)
    return message(hdr("Aoife Brennan <aoife.brennan@clonmelsoftware.ie>", "Re: Chat with Ciarán",
                       "2026-04-22 09:40", "Europe/Dublin", "DB9PR03MB7260D1AA.eurprd03.prod.outlook.com",
                       extra=(("In-Reply-To", "<CAH-hanna-0421@mail.example.net>"),)),
                   text(body))


# =========================================================================== k12
@m(12, family="assessment_booking", lang="en", interview=False, company="Halden Group",
   days=(("Mon", "2026-10-12"), ("Tue", "2026-10-13"), ("Thu", "2026-10-15"), ("Fri", "2026-10-09")),
   note="Look-alike: invitation to BOOK one of three assessment-centre sessions (group exercise and interviews); no session chosen yet.")
def k12():
    body = t("""
        Dear Hanna,

        Congratulations! Following your video interview, we're delighted to invite you to the
        Halden Group virtual assessment centre. The day includes a group exercise, a case
        study and a competency interview with two of our managers.

        Please choose one of the following sessions:

          - Monday 12 October, 09:00-13:00 CEST
          - Tuesday 13 October, 09:00-13:00 CEST
          - Thursday 15 October, 13:00-17:00 CEST

        Book your place by Friday 9 October using the link below. Places are limited and
        allocated first come, first served; once booked, you'll receive a confirmation.

        https://haldengroup.assess-hub.com/book/AC-2026-10

        Kind regards,
        Early Careers Team, Halden Group
        """)
    return message(hdr("Halden Group Early Careers <earlycareers@haldengroup.com>",
                       "Invitation: Halden Group assessment centre", "2026-10-05 09:30", "Europe/London",
                       "ac-invite-77120@haldengroup.com"),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== k13
@m(13, family="human_prose", lang="en", interview=True, kind="scheduled",
   start="2026-03-13T21:15:00Z", end="2026-03-13T21:45:00Z", contact="jenna.k@lakeshoremetrics.com",
   company="Lakeshore Metrics", local="Fri 2026-03-13 16:15", local_end="2026-03-13 16:45", zone="America/Chicago",
   note="12-hour time without am/pm ('Friday at 4:15 Central'); business call and 'late for you' -> pm. Chicago is on CDT since 8 Mar: 21:15Z; '30 minutes' -> end 21:45Z.")
def k13():
    body = t("""
        Hi Hanna --

        Good news: Marcus can do Friday at 4:15 Central. I know that's late in the evening for
        you, so thank you for making it work. He'll call you on WhatsApp at the number on your
        CV; it's a 30 minute conversation about the analytics engineer opening, nothing
        technical yet.

        Talk soon,
        Jenna

        Jenna Kowalski | Recruiting | Lakeshore Metrics
        """)
    return message(hdr("Jenna Kowalski <jenna.k@lakeshoremetrics.com>", "Friday w/ Marcus",
                       "2026-03-09 11:20", "America/Chicago", "CAOx71-lsm-3309@mail.gmail.com"),
                   gmail(body))


# =========================================================================== k14
@m(14, family="calendar_reply", lang="en", interview=False, company=None,
   days=(("Mon", "2026-06-15"),),
   note="Look-alike: 'Accepted: Interview prep (mock run-through)' - her friend accepts a practice session Hanna organised herself (METHOD:REPLY, ORGANIZER = Hanna).")
def k14():
    body = t("""
        Sam Holm has accepted this invitation.

        Interview prep (mock run-through)
        Monday 15 Jun 2026 18:00 – 19:00 (Central European Time - Copenhagen)

        Organiser
        hanna.sorensen@example.net

        Guests
        hanna.sorensen@example.net - organiser
        Sam Holm

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REPLY
        """) + VTZ_CPH + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Copenhagen:20260615T180000
        DTEND;TZID=Europe/Copenhagen:20260615T190000
        DTSTAMP:20260611T171203Z
        ORGANIZER;CN=Hanna Sørensen:mailto:hanna.sorensen@example.net
        UID:3kq7n1v0c2pl8s5d6eh0a1tmbf@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Holm:mailto:sam.holm@example.com
        SUMMARY:Interview prep (mock run-through)
        DESCRIPTION:Practice the case study + 'tell me about yourself' before Thursday's Vantage interview. Pizza after.
        LOCATION:Hanna's place
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr("Sam Holm <sam.holm@example.com>",
                       "Accepted: Interview prep (mock run-through) @ Mon 15 Jun 2026 18:00 - 19:00 (CEST) (hanna.sorensen@example.net)",
                       "2026-06-11 19:12", "Europe/Copenhagen", "000000000000d41c5f0622e1a8b4@google.com"),
                   alt(text(body), calendar(ics, method="REPLY", cte="base64")))


# =========================================================================== k15
@m(15, family="human_prose", lang="en", interview=True, kind="scheduled",
   start="2026-03-25T14:00:00Z", end="2026-03-25T14:45:00Z", contact="rachel.stein@copperleaf.ai",
   company="Copperleaf AI", local="Wed 2026-03-25 10:00", local_end="2026-03-25 10:45", zone="America/New_York",
   note="'10am my time / 3pm your time': New York on EDT (since 8 Mar), Copenhagen still CET (until 29 Mar), 5 h apart; 14:00Z. Zoom invite 'for 45 minutes' -> end 14:45Z.")
def k15():
    body = t("""
        Hi Hanna,

        Wednesday works great -- let's say 10am my time / 3pm your time (we're only five hours
        apart until your clocks change on the 29th, which always trips me up). I've sent a Zoom
        invite for 45 minutes with Omar, our CTO, and me.

        Omar will probably dig into the feature store you built, so have that story handy.

        Best,
        Rachel

        Rachel Stein
        Head of Talent, Copperleaf AI -- New York
        """)
    return message(hdr("Rachel Stein <rachel.stein@copperleaf.ai>", "Re: Next conversation",
                       "2026-03-20 12:30", "America/New_York", "CAM5e0Yr-cpl-2003@mail.gmail.com"),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== k16
@m(16, family="calendar_reminder", lang="en", interview=False, company=None, days=(("Thu", "2026-06-11"),),
   note="Judgement call: a reminder from her OWN Google Calendar, 30 minutes before an event she created herself; a notification to herself, not a confirmation from the employer (and not 1-10 days ahead).")
def k16():
    body = t("""
        This is a reminder for:

        Interview - Vantage Robotics
        Thursday 11 Jun 2026 14:00 – 15:00
        Central European Time - Copenhagen

        Calendar
        hanna.sorensen@example.net

        Who
        hanna.sorensen@example.net - organiser

        View event in Google Calendar

        Invitation from Google Calendar

        You are receiving this email at the account hanna.sorensen@example.net because you set a
        notification for this event on calendar hanna.sorensen@example.net.
        """)
    return message(hdr("Google Calendar <calendar-notification@google.com>",
                       "Notification: Interview - Vantage Robotics @ Thu 11 Jun 2026 14:00 - 15:00 (CEST) (hanna.sorensen@example.net)",
                       "2026-06-11 13:30", "Europe/Copenhagen", "calendar-7d1e44b0-aa10-4c6a-9b52-52c0e0f3a2b1@google.com",
                       to=ME_ADDR),
                   text(body, cte="quoted-printable"))


# =========================================================================== k17
@m(17, family="human_prose", lang="en", interview=True, kind="scheduled",
   start="2026-07-09T08:30:00Z", end="2026-07-09T09:30:00Z", contact="weiling.tan@lumenharbour.sg",
   company="Lumen Harbour", local="Thu 2026-07-09 16:30", local_end="2026-07-09 17:30", zone="Asia/Singapore",
   note="Singapore: 'Thursday 9 July, 4:30pm SGT / 9:30am BST' (and 10:30 Copenhagen); SGT = UTC+8 -> 08:30Z; 'one hour' -> end 09:30Z.")
def k17():
    body = t("""
        Dear Hanna,

        Thank you for your patience while we lined up the panel. We are set for:

        Thursday 9 July, 4:30pm SGT / 9:30am BST

        Oliver Hartley will join from our London office and I will be in Singapore; for you in
        Copenhagen that is 10:30am. The session is one hour: 40 minutes on your experience with
        port-call optimisation, then time for your questions.

        Microsoft Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_LHsg0709

        Warm regards,
        Wei Ling

        Tan Wei Ling
        Talent Acquisition Manager, Lumen Harbour Pte. Ltd.
        """)
    return message(hdr("Tan Wei Ling <weiling.tan@lumenharbour.sg>",
                       "Interview: Thu 9 Jul, 4:30pm SGT / 9:30am BST", "2026-07-03 17:05", "Asia/Singapore",
                       "SG2PR06MB5100B3F1.apcprd06.prod.outlook.com"),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== k18
@m(18, family="personal", lang="en", interview=False, company=None,
   note="Look-alike: a friend's 'good luck with your interview on Tuesday at 2!' - about her interview, but not a confirmation from the employer.")
def k18():
    body = t("""
        Heyy,

        just remembered -- good luck with your interview on Tuesday at 2!! You're going to
        smash it. Call me after?

        And dinner at mine Friday at 7 to celebrate either way 🥂

        F x
        """)
    return message(hdr("Freja Nielsen <freja.n@example.org>", "good luck!!", "2026-09-12 22:41",
                       "Europe/Copenhagen", "6B1F0C2E-91A3-4D7E-8E0C-5A8B2D1C7F11@example.org",
                       extra=(("X-Mailer", "iPhone Mail (22F76)"),)),
                   text(body, cte="quoted-printable", params="format=flowed"))


# =========================================================================== k19
@m(19, family="softgarden", lang="de", interview=True, kind="scheduled",
   start="2026-06-16T08:00:00Z", contact="katrin.moeller@hanseatic-logistik.de", company="Hanseatic Logistik",
   local="Tue 2026-06-16 10:00", zone="Europe/Berlin",
   note="softgarden-style German on-site invitation with only an address (no video link): 'am Dienstag, den 16. Juni 2026 um 10:00 Uhr'; CEST -> 08:00Z; 'ca. 90 Minuten' -> end null. Contact = the named person's address in the body (sender is no-reply).")
def k19():
    body = t("""
        Sehr geehrte Frau Sørensen,

        vielen Dank für Ihre Bewerbung als Teamleitung Disposition (m/w/d).

        Wir freuen uns, Sie am Dienstag, den 16. Juni 2026 um 10:00 Uhr zu einem persönlichen
        Gespräch in unserem Haus begrüßen zu dürfen:

        Hanseatic Logistik GmbH
        Großer Grasbrook 10
        20457 Hamburg
        Empfang im Erdgeschoss

        Bitte planen Sie ca. 90 Minuten ein. Der Termin ist für Sie reserviert; sollte er
        wider Erwarten nicht passen, melden Sie sich bitte kurz bei uns.

        Ihre Ansprechpartnerin:
        Katrin Möller, Personalreferentin
        katrin.moeller@hanseatic-logistik.de | +49 40 3008 1140

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Hanseatic Logistik GmbH

        Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht direkt
        auf diese Nachricht.
        """)
    return message(hdr("Hanseatic Logistik GmbH <no-reply@softgarden.io>",
                       "Einladung zum Vorstellungsgespräch – Teamleitung Disposition (m/w/d)",
                       "2026-06-09 11:02", "Europe/Berlin", "sg.4471190.20260609090200@softgarden.io"),
                   alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
                       html("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


# =========================================================================== k20
@m(20, family="calendar_digest", lang="en", interview=False, company=None, days=(("Tue", "2026-09-22"),),
   note="Look-alike: Google Calendar daily agenda listing today's events, one of them 'Interview - Pallas Health'; a digest, not a confirmation.")
def k20():
    body = t("""
        Daily agenda for Hanna Sørensen
        Tuesday 22 September 2026

        08:30 – 09:30   Yoga (Vesterbro)
        11:00 – 12:00   Interview - Pallas Health (Teams)
        13:00 – 13:30   Call with mum
        17:00 – 18:00   Danish class

        View your calendar: https://calendar.google.com/calendar/r/day/2026/9/22

        You are receiving this email because you turned on daily agendas for
        hanna.sorensen@example.net. To stop, change your notification settings in Google Calendar.
        """)
    return message(hdr("Google Calendar <calendar-notification@google.com>",
                       "Daily agenda for Hanna Sørensen – Tue 22 Sep 2026", "2026-09-22 05:00",
                       "Europe/Copenhagen", "agenda-20260922-hs-0001@google.com", to=ME_ADDR),
                   text(body))


# =========================================================================== k21
@m(21, family="agency", lang="fr", interview=True, kind="scheduled",
   start="2026-10-08T12:30:00Z", contact="c.delmas@aubrac-conseil.fr", company="Lumenia",
   local="Thu 2026-10-08 14:30", zone="Europe/Paris",
   note="French recruitment agency: 'aura lieu le jeudi 8 octobre à 14h30' at the client's Paris office; CEST -> 12:30Z; 'une heure environ' -> end null. Contact = agency consultant, company = client.")
def k21():
    body = t("""
        Bonjour Hanna,

        Bonne nouvelle : Lumenia souhaite vous rencontrer !

        Votre entretien avec Mme Sophie Garnier, directrice financière, aura lieu le jeudi
        8 octobre à 14h30, dans leurs locaux au 42 rue de la Victoire, 75009 Paris (digicode
        4721B, 3e étage). Comptez une heure environ.

        N'hésitez pas à m'appeler juste après l'entretien pour me faire votre retour.

        Bien à vous,

        Claire Delmas
        Consultante senior - Cabinet Aubrac Conseil
        06 12 48 90 33
        """)
    return message(hdr("Claire Delmas <c.delmas@aubrac-conseil.fr>", "Lumenia - votre entretien de jeudi",
                       "2026-10-02 17:45", "Europe/Paris", "5f1e9a7c.aubrac-conseil.fr@ox.ovh.net",
                       charset="iso-8859-1"),
                   text(body, charset="iso-8859-1", cte="8bit"))


# =========================================================================== k22
@m(22, family="rejection", lang="en", interview=False, company="Quill & Press",
   days=(("Wed", "2026-05-20"), ("Fri", "2026-05-15")),
   note="Look-alike: rejection after the interview, with the original confirmation ('Wednesday 20 May at 11:00') quoted below.")
def k22():
    body = t("""
        Hi Hanna,

        Thank you for coming in last Wednesday and for the thought you put into the editing
        exercise. I'm sorry to say that we've decided to move forward with another candidate,
        whose background in academic publishing was a closer fit for this particular role.

        I'd genuinely like to keep in touch, and will let you know if something suitable opens up.

        All the best,
        Tom

        On Fri, 15 May 2026 at 09:12, Tom Ashworth <tom.ashworth@quillandpress.co.uk> wrote:
        > Hi Hanna,
        >
        > Confirming your interview on Wednesday 20 May at 11:00 at our Clerkenwell office,
        > 14 Britton Street, EC1M 5UA. You'll meet me and Harriet Lowe, our publisher.
        >
        > See you then,
        > Tom
        """)
    return message(hdr("Tom Ashworth <tom.ashworth@quillandpress.co.uk>",
                       "Re: Interview confirmed – Wed 20 May, 11:00", "2026-05-26 15:02", "Europe/London",
                       "CAK2rj-qp-2605@mail.gmail.com",
                       extra=(("In-Reply-To", "<CAK2rj-qp-1505@mail.gmail.com>"),
                              ("References", "<CAK2rj-qp-1505@mail.gmail.com>"))),
                   gmail(body))


# =========================================================================== k23
@m(23, family="human_prose", lang="es", interview=True, kind="scheduled",
   start="2026-09-17T10:00:00Z", contact="lucia.ferrer@aguamarina.es", company="Aguamarina Seguros",
   local="Thu 2026-09-17 12:00", zone="Europe/Madrid",
   note="Spanish, no confirmation word: 'Te esperamos el jueves 17 de septiembre a las 12:00 en nuestras oficinas'; CEST -> 10:00Z; 'unos 45 minutos' -> end null.")
def k23():
    body = t("""
        Hola Hanna:

        Te esperamos el jueves 17 de septiembre a las 12:00 en nuestras oficinas de Paseo de la
        Castellana 95, planta 14 (Torre Europa), para conocerte en persona. Pregunta por mí en
        recepción.

        Estaremos Jorge Sanz (director de Operaciones) y yo, unos 45 minutos. Trae el DNI o
        pasaporte para el control de acceso.

        Un saludo,
        Lucía Ferrer
        Selección y Talento · Aguamarina Seguros
        """)
    return message(hdr("Lucía Ferrer <lucia.ferrer@aguamarina.es>",
                       "Proceso de selección Analista de Riesgos – siguiente paso", "2026-09-10 18:30",
                       "Europe/Madrid", "AM6PR02MB4410C7.eurprd02.prod.outlook.com"),
                   alt(text(body), html("<html><body><div>" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", " ") + "</div></body></html>\n")))


# =========================================================================== k24
@m(24, family="offer", lang="en", interview=False, company="Parcelbird",
   note="Look-alike: 'let's jump on a call Friday at 4pm CET to go through the details' - an offer call after the interview.")
def k24():
    body = t("""
        Hi Hanna,

        I'm thrilled to tell you that the team loved meeting you in Thursday's final interview,
        and we'd like to make you an offer!

        Let's jump on a call Friday at 4pm CET to go through the details -- salary, start date
        and the equity package. I've sent a calendar invite, and Max will join for the first
        ten minutes. Confirmed with him already.

        Congratulations!
        Nadia

        Nadia Fischer | People Lead | Parcelbird
        """)
    return message(hdr("Nadia Fischer <nadia.fischer@parcelbird.com>", "Great news!", "2026-11-24 10:20",
                       "Europe/Berlin", "CAP1nf-pb-2411@mail.gmail.com"),
                   gmail(body))


# =========================================================================== k25
@m(25, family="human_prose", lang="nl", interview=True, kind="scheduled",
   start="2026-11-10T12:00:00Z", contact="daan.dewit@tulpdata.nl", company="Tulp Data",
   local="Tue 2026-11-10 13:00", zone="Europe/Amsterdam",
   note="Dutch: 'Afgesproken: dinsdag 10 november om 13.00 uur' at the Utrecht office; CET -> 12:00Z.")
def k25():
    body = t("""
        Hoi Hanna,

        Afgesproken: dinsdag 10 november om 13.00 uur bij ons op kantoor, Oudegracht 201 in
        Utrecht. Je spreekt met Marloes (teamlead Data Platform) en mij.

        Neem een geldig ID mee voor de receptie, dan krijg je een bezoekerspas.

        Tot dan!
        Daan

        Daan de Wit | Recruiter | Tulp Data
        """)
    return message(hdr("Daan de Wit <daan.dewit@tulpdata.nl>", "Re: Sollicitatie Data Engineer",
                       "2026-11-04 15:10", "Europe/Amsterdam", "20261104141000.GA2231@tulpdata.nl",
                       extra=(("In-Reply-To", "<CAH-hanna-tulp-1104@mail.example.net>"),)),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== k26
@m(26, family="onboarding", lang="en", interview=False, company="Brightwave",
   days=(("Mon", "2026-12-07"),),
   note="Look-alike: HR onboarding 'your first day is Monday 7 December at 9am'; mentions the final interview, but she is already hired.")
def k26():
    body = t("""
        Hi Hanna,

        Welcome aboard -- we're so happy you said yes!

        Your first day is Monday 7 December at 9am. Come to reception at Strandgade 91 and ask
        for me; I'll get you set up with your laptop and badge, and Jakob (whom you met in your
        final interview) will take you to lunch with the team.

        Before then, please sign the documents in the onboarding portal.

        See you soon,
        Emily

        Emily Carter | People Operations | Brightwave
        """)
    return message(hdr("Emily Carter <emily.carter@brightwave.io>", "Welcome to Brightwave – your first day",
                       "2026-12-01 14:00", "Europe/Copenhagen", "bw-onb-0112-hs@brightwave.io"),
                   text(body))


# =========================================================================== k27
@m(27, family="human_prose", lang="it", interview=True, kind="scheduled",
   start="2026-11-20T08:30:00Z", end="2026-11-20T09:30:00Z", contact="giulia.ferraris@studiotortona.it",
   company="Studio Tortona", local="Fri 2026-11-20 09:30", local_end="2026-11-20 10:30", zone="Europe/Rome",
   note="Italian, 'Ci vediamo venerdì 20 novembre alle 9:30' in Milan; CET -> 08:30Z; 'il colloquio dura un'ora' -> end 09:30Z.")
def k27():
    body = t("""
        Buongiorno Hanna,

        grazie per la disponibilità. Ci vediamo venerdì 20 novembre alle 9:30 in Via Tortona 27,
        Milano (citofono "Studio Tortona", secondo piano).

        Incontrerai me e Paolo Riva, il nostro direttore creativo; il colloquio dura un'ora e ti
        chiederemo di raccontarci due progetti del tuo portfolio.

        A presto,
        Giulia Ferraris
        Studio Tortona - Risorse Umane
        """)
    return message(hdr("Giulia Ferraris <giulia.ferraris@studiotortona.it>", "Colloquio - Product Designer",
                       "2026-11-13 12:15", "Europe/Rome", "d3b1c0aa-77f2-4e19@studiotortona.it"),
                   text(body, charset="iso-8859-1", cte="quoted-printable"))


# =========================================================================== k28
@m(28, family="scheduling_poll", lang="en", interview=False, company="Solvang Energy",
   days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30")),
   note="Look-alike: Rallly poll asking her to vote on times for her own final interview; nothing fixed yet.")
def k28():
    body = t("""
        Tobias Lund has invited you to vote on "Final interview – Hanna Sørensen (Solvang Energy)".

        Options (Europe/Oslo):
          • Tue 29 Sep 2026, 10:00 – 11:00
          • Tue 29 Sep 2026, 14:00 – 15:00
          • Wed 30 Sep 2026, 09:30 – 10:30

        Note from Tobias: "Pick everything that works, I'll confirm the final slot once the
        panel has voted too."

        Vote now: https://app.rallly.co/invite/p8QkT2wLx

        Rallly – scheduling polls made simple
        """)
    return message(hdr("Rallly <noreply@rallly.co>", "Tobias Lund has invited you to vote",
                       "2026-09-24 09:01", "Europe/Oslo", "rallly-p8QkT2wLx-inv-3@rallly.co",
                       extra=(("Reply-To", "Tobias Lund <tobias.lund@solvang-energy.no>"),)),
                   text(body))


# =========================================================================== k29
@m(29, family="gupy", lang="pt", interview=True, kind="scheduled",
   start="2026-08-05T18:00:00Z", contact=None, company="Ipê Digital",
   local="Wed 2026-08-05 15:00", zone="America/Sao_Paulo",
   note="Gupy-style Brazilian Portuguese: 'quarta, 5/8, às 15h (horário de Brasília)' - DD/MM; BRT UTC-3 (no DST) -> 18:00Z. The recruiter is named but has no address (platform chat only) -> contact null.")
def k29():
    body = t("""
        Olá, Hanna!

        Boa notícia: sua entrevista com a gestora da área, Fernanda Lopes, ficou marcada para
        quarta, 5/8, às 15h (horário de Brasília).

        A conversa será por videochamada no Google Meet:
        https://meet.google.com/ipe-dgtl-wfp

        Qualquer dúvida, fale com a Mariana, do time de Recrutamento, pelo chat da vaga na
        plataforma.

        Boa sorte!
        Time de Talentos | Ipê Digital

        Este é um e-mail automático enviado pela Gupy. Por favor, não responda.
        """)
    return message(hdr("Ipê Digital <naoresponda@gupy.com.br>", "Sua entrevista está marcada! – Ipê Digital",
                       "2026-07-30 10:00", "America/Sao_Paulo", "01000190a3b4-gupy-77@email.gupy.com.br"),
                   alt(text(body, cte="base64"), html("<html><body><pre>" + body + "</pre></body></html>\n", cte="base64")))


# =========================================================================== k30
@m(30, family="feedback_survey", lang="en", interview=False, company="Norrland Games",
   days=(("Tue", "2026-10-13"), ("Fri", "2026-10-23")),
   note="Look-alike: candidate-experience survey AFTER the interview ('You interviewed with us on Tuesday 13 October at 14:00'), deadline Friday 23 October.")
def k30():
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Hi Hanna,</p>
        <p>You interviewed with us on <b>Tuesday 13 October at 14:00</b> for the Live Ops Analyst role.
        Whatever the outcome, we'd love to hear how it went for you.</p>
        <p>The survey takes 2 minutes and is anonymous:</p>
        <p><a href="https://survey.norrland-games.com/cx/9J2kd" style="background:#2b6cb0;color:#fff;padding:8px 14px;text-decoration:none">Rate your interview</a></p>
        <p>The survey closes on Friday 23 October at 23:59.</p>
        <p>Thank you!<br>Candidate Experience, Norrland Games</p>
        </body></html>
        """)
    return message(hdr("Norrland Games <survey@norrland-games.com>", "How was your interview with us?",
                       "2026-10-15 10:00", "Europe/Stockholm", "cx-9J2kd-1015@norrland-games.com"),
                   html(body))


# =========================================================================== k31
@m(31, family="human_prose", lang="da", interview=True, kind="scheduled",
   start="2026-12-03T09:30:00Z", contact="mette.kjaer@havnelys.dk", company="Havnelys",
   local="Thu 2026-12-03 10:30", zone="Europe/Copenhagen",
   note="Danish: 'Vi ses torsdag d. 3. december kl. 10.30 hos os på Islands Brygge'; CET -> 09:30Z; 'omkring en time' -> end null.")
def k31():
    body = t("""
        Hej Hanna

        Tak for din ansøgning, vi vil meget gerne møde dig.

        Vi ses torsdag d. 3. december kl. 10.30 hos os på Islands Brygge 43, 2300 København S.
        Du skal tale med mig og vores økonomidirektør, Rasmus Holt. Ring på hos Havnelys på
        4. sal. Vi regner med omkring en time.

        Venlig hilsen
        Mette Kjær
        HR-partner, Havnelys ApS
        """)
    return message(hdr("Mette Kjær <mette.kjaer@havnelys.dk>", "Samtale hos Havnelys", "2026-11-30 13:25",
                       "Europe/Copenhagen", "e2a9c1f0-3b7d-4a55-b0d1-havnelys.dk"),
                   text(body, charset="iso-8859-1", cte="quoted-printable"))


# =========================================================================== k32
@m(32, family="platform_notification", lang="en", interview=False, company=None,
   days=(("Thu", "2026-10-08"),),
   note="Look-alike: professional-network notification ('a recruiter viewed your profile') plus a live 'Interview Ready' event on Thursday 8 October at 18:00.")
def k32():
    body = t("""
        Hanna, your profile is getting noticed

        A recruiter at Ørsund Capital viewed your profile
        Talent Acquisition Lead · Copenhagen

        See all 7 profile views this week: https://www.linkwell.example/me/profile-views

        ---------------------------------------------------
        Prepare for your interview
        Join "Interview Ready", a live session with hiring managers from Nordic tech companies
        Thursday 8 October, 18:00 CEST · online · free
        https://www.linkwell.example/events/interview-ready-1008
        ---------------------------------------------------

        You are receiving notification emails from Linkwell. Unsubscribe
        """)
    return message(hdr("Linkwell <notifications-noreply@linkwell.example>",
                       "Hanna, a recruiter at Ørsund Capital viewed your profile", "2026-10-05 08:14",
                       "Europe/Copenhagen", "lw-pv-1005-8812@linkwell.example"),
                   text(body))


# =========================================================================== k33
@m(33, family="human_prose", lang="en", interview=True, kind="rescheduled",
   start="2026-05-21T13:15:00Z", contact="kevin.osei@maplecrest.ca", company="Maplecrest Insurance",
   local="Thu 2026-05-21 09:15", zone="America/Toronto",
   days=(("Tue", "2026-05-19"), ("Wed", "2026-05-20"), ("Wed", "2026-05-13"), ("Mon", "2026-05-11")),
   note="Rescheduled twice in one thread: Tue 19 May 10am -> Wed 20 May 2pm -> now Thu 21 May 9:15am ET (3:15pm for her); latest wins. EDT -> 13:15Z.")
def k33():
    body = t("""
        Hi Hanna,

        Apologies for the second shuffle! Priyanka has a board prep session on Wednesday
        afternoon as well, so the panel is now Thursday 21 May at 9:15am ET (3:15pm for you).
        Everything else stays the same -- same Teams link, same three interviewers. This one
        is locked, I promise.

        Thanks for your patience,
        Kevin

        On Wed, May 13, 2026 at 4:02 PM Kevin Osei <kevin.osei@maplecrest.ca> wrote:
        > Hi Hanna,
        >
        > Unfortunately we need to move Tuesday's 10am. Would Wednesday 20 May at 2pm ET
        > work instead? I've tentatively updated the invite.
        >
        > Kevin
        >
        > On Mon, May 11, 2026 at 10:47 AM Kevin Osei <kevin.osei@maplecrest.ca> wrote:
        >> Hi Hanna, you're confirmed for your panel interview on Tuesday 19 May at 10am ET
        >> with Priyanka Shah, Luc Gagnon and me. Teams link in the calendar invite.
        """)
    return message(hdr("Kevin Osei <kevin.osei@maplecrest.ca>", "Re: Panel interview - moved again (sorry!)",
                       "2026-05-15 15:30", "America/Toronto", "CAOk3v-mc-1505-c@mail.gmail.com",
                       extra=(("In-Reply-To", "<CAOk3v-mc-1305-b@mail.gmail.com>"),
                              ("References", "<CAOk3v-mc-1105-a@mail.gmail.com> <CAOk3v-mc-1305-b@mail.gmail.com>"))),
                   gmail(body))


# =========================================================================== k34
@m(34, family="meetup", lang="en", interview=False, company=None, days=(("Tue", "2026-10-13"),),
   note="Look-alike: RSVP confirmation for a community event titled 'Mock Interview Night' with a fixed time.")
def k34():
    body = t("""
        You're going!

        Mock Interview Night: Product & Data
        Hosted by Copenhagen Product People

        Tuesday 13 October 2026
        18:30 – 21:00 CEST

        Founders House, Njalsgade 19D, 2300 København S

        Bring your CV; you'll be paired with a hiring manager for two 20-minute practice
        interviews, then pizza and feedback.

        Add to calendar · Change RSVP · View event

        Gatherly · You received this because you RSVP'd to an event.
        """)
    return message(hdr("Gatherly <rsvp@gatherly.events>",
                       "You're going to Mock Interview Night: Product & Data", "2026-10-07 19:44",
                       "Europe/Copenhagen", "gth-rsvp-20261007-99281@gatherly.events"),
                   text(body))


# =========================================================================== k35
@m(35, family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
   start="2026-09-16T12:00:00Z", end="2026-09-16T13:00:00Z", contact="lukas.brunner@alpenquant.ch",
   company="AlpenQuant", local="Wed 2026-09-16 14:00", local_end="2026-09-16 15:00", zone="Europe/Zurich",
   note="Exchange meeting request SEQUENCE:2, TZID 'W. Europe Standard Time'; body label shows (UTC+01:00) in summer. Moved from Monday to Wed 16 Sep 14:00-15:00 CEST = 12:00Z-13:00Z.")
def k35():
    body = t("""
        Hi Hanna, as discussed on the phone this morning I'm moving us from Monday to Wednesday
        afternoon -- same Teams link, same panel (Reto and me). Sorry for the back and forth.

        Lukas

        When: Wednesday, 16 September 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Where: Microsoft Teams Meeting

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_AQz0916>
        Meeting ID: 391 774 502 118
        Passcode: Zq7rPd
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lukas Brunner:mailto:lukas.brunner@alpenquant.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hanna Sørensen:mailto:hanna.sorensen@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Reto Meier:mailto:reto.meier@alpenquant.ch
        DESCRIPTION;LANGUAGE=en-US:Hi Hanna, as discussed on the phone this morning I'm moving us from Monday to Wednesday afternoon -- same Teams link, same panel (Reto and me).\\n\\nLukas\\n
        UID:040000008200E00074C5B7101A82E00800000000B0F4A6C2E93BDC01000000000000000010000000A4D2E19F0C7A4B4DB1D5A0C9E3F7B214
        SUMMARY;LANGUAGE=en-US:Interview Hanna Sørensen - Quant Developer (Round 2)
        DTSTART;TZID=W. Europe Standard Time:20260916T140000
        DTEND;TZID=W. Europe Standard Time:20260916T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260910T080012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:2120931882
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr("Lukas Brunner <lukas.brunner@alpenquant.ch>",
                       "Interview Hanna Sørensen - Quant Developer (Round 2)", "2026-09-10 10:00", "Europe/Zurich",
                       "ZR0P278MB0912C41D9E5B3A2F1B7C0E6AA1@ZR0P278MB0912.CHEP278.PROD.OUTLOOK.COM",
                       extra=(("Thread-Topic", "Interview Hanna Sorensen - Quant Developer (Round 2)"),
                              ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAACw9KbC6TvcAQ=="))),
                   alt(text(body), calendar(ics, cte="base64")))


# =========================================================================== k36
@m(36, family="availability_request", lang="de", interview=False, company="Nordwerk Energie",
   days=(("Mon", "2026-06-22"), ("Tue", "2026-06-23"), ("Thu", "2026-06-25")),
   note="Look-alike: German invitation with three proposed slots ('Bitte teilen Sie mir mit, welcher Termin Ihnen passt'); nothing confirmed yet.")
def k36():
    body = t("""
        Sehr geehrte Frau Sørensen,

        wir freuen uns sehr, Sie zu einem Vorstellungsgespräch einladen zu dürfen!

        Folgende Termine können wir Ihnen anbieten:

          Montag, 22. Juni, 10:00 Uhr
          Dienstag, 23. Juni, 14:30 Uhr
          Donnerstag, 25. Juni, 9:00 Uhr

        Bitte teilen Sie mir mit, welcher Termin Ihnen am besten passt, dann bestätige ich ihn
        umgehend und sende Ihnen die Einladung für Microsoft Teams.

        Mit freundlichen Grüßen
        Sabine Krüger
        Talent Acquisition | Nordwerk Energie GmbH
        """)
    return message(hdr("Sabine Krüger <sabine.krueger@nordwerk-energie.de>",
                       "Ihr Vorstellungsgespräch – Terminvorschläge", "2026-06-17 09:20", "Europe/Berlin",
                       "FR2P281MB1560E1.DEUP281.PROD.OUTLOOK.COM"),
                   text(body, charset="windows-1252", cte="quoted-printable"))


# =========================================================================== k37
@m(37, family="human_prose", lang="de", interview=True, kind="rescheduled",
   start="2026-09-11T07:30:00Z", contact="florian.huber@donaupixel.at", company="Donaupixel",
   local="Fri 2026-09-11 09:30", zone="Europe/Vienna", days=(("Fri", "2026-09-11"),),
   note="Austrian German reschedule: 'Statt Mittwoch, 14 Uhr, treffen wir uns nun am Freitag, 11. September, um 9:30 Uhr'; CEST -> 07:30Z.")
def k37():
    body = t("""
        Liebe Hanna,

        leider muss ich unseren Termin verschieben – mir ist am Mittwoch ein Kundentermin
        dazwischengekommen, den ich nicht absagen kann.

        Statt Mittwoch, 14 Uhr, treffen wir uns nun am Freitag, 11. September, um 9:30 Uhr –
        wieder per Teams, der Link bleibt gleich. Ich habe die Einladung bereits aktualisiert.

        Ich freue mich auf unser Gespräch zur Stelle als Frontend-Entwicklerin!

        Liebe Grüße aus Wien
        Florian

        Florian Huber
        Gründer & CTO, Donaupixel GmbH
        """)
    return message(hdr("Florian Huber <florian.huber@donaupixel.at>",
                       "Terminänderung: unser Gespräch am Mittwoch", "2026-09-07 08:50", "Europe/Vienna",
                       "7c2d9e11-4f0b-48a2-9d1e-donaupixel.at"),
                   text(body, cte="8bit"))


# =========================================================================== k38
@m(38, family="job_fair", lang="de", interview=False, company=None, days=(("Thu", "2026-03-05"),),
   note="Look-alike: registration for a careers speed-dating event ('Kurzinterviews' with several companies) at a fixed time.")
def k38():
    body = t("""
        Hallo Hanna Sørensen,

        vielen Dank für Ihre Anmeldung – Sie sind dabei!

        Karriere-Speed-Dating beim Karrieretag Nord
        Donnerstag, 5. März 2026, ab 16:00 Uhr
        Messehalle B4, Hamburg

        Beim Speed-Dating führen Sie Kurzinterviews von je 10 Minuten mit bis zu sechs
        Unternehmen aus der Region. Bitte bringen Sie einige Ausdrucke Ihres Lebenslaufs mit.

        Ihr Team vom Karrieretag Nord
        """)
    return message(hdr("Karrieretag Nord <anmeldung@karrieretag-nord.de>",
                       "Anmeldebestätigung: Karriere-Speed-Dating am 5. März", "2026-02-26 12:00",
                       "Europe/Berlin", "ktn-anm-2026-04417@karrieretag-nord.de"),
                   text(body))


# =========================================================================== k39
@m(39, family="gem", lang="en", interview=True, kind="cancelled",
   start="2026-10-19T18:00:00Z", end="2026-10-19T18:45:00Z", contact="jamie.alvarez@pacifictide.com",
   company="Pacific Tide Robotics", local="Mon 2026-10-19 11:00", local_end="2026-10-19 11:45", zone="America/Los_Angeles",
   note="Gem-style cancellation with METHOD:CANCEL ICS: 'Monday, October 19 at 11:00 AM - 11:45 AM PDT' = 18:00Z-18:45Z (cancelled slot). Contact = human Reply-To.")
def k39():
    body = t("""
        Hi Hanna,

        Unfortunately we need to cancel your interview scheduled for Monday, October 19 at
        11:00 AM - 11:45 AM PDT (Hiring Manager Interview with Erin Wu). Erin is out
        unexpectedly this week.

        Jamie will reach out shortly with new times. We're sorry for the inconvenience.

        Pacific Tide Robotics Recruiting
        Powered by Gem
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Gem//Scheduling//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:gem-sched-8f1a2c77-2b0e-4d5f-9a61-pt-1019@gem.com
        DTSTAMP:20261015T230004Z
        DTSTART:20261019T180000Z
        DTEND:20261019T184500Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Hiring Manager Interview - Hanna Sørensen / Pacific Tide Robotics
        ORGANIZER;CN=Jamie Alvarez:mailto:jamie.alvarez@pacifictide.com
        ATTENDEE;CN=Hanna Sørensen:mailto:hanna.sorensen@example.net
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr("Pacific Tide Robotics <scheduling@gem.com>",
                       "Cancelled: Hiring Manager Interview - Pacific Tide Robotics", "2026-10-15 16:00",
                       "America/Los_Angeles", "gem.8f1a2c77.cancel@gem.com",
                       extra=(("Reply-To", "Jamie Alvarez <jamie.alvarez@pacifictide.com>"),)),
                   mixed(text(body, charset="us-ascii", cte="7bit"),
                         calendar(ics, method="CANCEL", cte="8bit", filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== k40
@m(40, family="interview_window", lang="fr", interview=False, company="Verdance",
   days=(("Tue", "2026-06-09"), ("Thu", "2026-06-11")),
   note="Look-alike: 'Les entretiens se dérouleront du mardi 9 au jeudi 11 juin ... nous reviendrons vers vous pour fixer l'horaire' - a window.")
def k40():
    body = t("""
        Bonjour Hanna,

        Bonne nouvelle : votre candidature au poste de chargée d'études a retenu toute notre
        attention !

        Les entretiens se dérouleront du mardi 9 au jeudi 11 juin, dans nos locaux lyonnais
        (12 quai Perrache). Nous reviendrons vers vous d'ici vendredi pour fixer l'horaire exact
        de votre entretien, qui durera environ une heure.

        Belle journée,
        Élodie Marchand
        Responsable recrutement, Verdance
        """)
    return message(hdr("Élodie Marchand <elodie.marchand@verdance.fr>", "Votre candidature – prochaine étape",
                       "2026-06-02 10:30", "Europe/Paris", "20260602083000.3f1c@verdance.fr"),
                   text(body))


# =========================================================================== k41
@m(41, family="human_prose", lang="fr", interview=True, kind="cancelled",
   start="2026-06-04T09:00:00Z", contact="julien.roche@atelier-saone.fr", company="Atelier Saône",
   local="Thu 2026-06-04 11:00", zone="Europe/Paris",
   note="French cancellation: 'notre entretien prévu ce jeudi 4 juin à 11h' (post frozen); CEST -> 09:00Z, the cancelled slot.")
def k41():
    body = t("""
        Bonjour Hanna,

        Je suis au regret d'annuler notre entretien prévu ce jeudi 4 juin à 11h : le poste de
        cheffe de projet vient d'être gelé suite à une réorganisation interne.

        Je suis sincèrement désolé pour ce contretemps. Si le poste est rouvert, je reviendrai
        vers vous en priorité.

        Cordialement,
        Julien Roche
        Directeur associé, Atelier Saône - Lyon
        """)
    return message(hdr("Julien Roche <julien.roche@atelier-saone.fr>", "Annulation de notre entretien de jeudi",
                       "2026-06-01 17:20", "Europe/Paris", "a91e-44d0-atelier-saone-0106@atelier-saone.fr"),
                   text(body, charset="iso-8859-1", cte="quoted-printable"))


# =========================================================================== k42
@m(42, family="internal_review", lang="fr", interview=False, company="Ferrovie Conseil",
   days=(("Thu", "2026-10-15"),),
   note="Look-alike: after the interview, 'le jury se réunit jeudi 15 octobre à 10h pour délibérer' - an internal meeting, then a phone call with the decision.")
def k42():
    body = t("""
        Bonjour Hanna,

        Merci encore pour votre entretien de mardi, l'équipe a beaucoup apprécié votre
        présentation du cas pratique.

        Le jury se réunit jeudi 15 octobre à 10h pour délibérer ; je vous appellerai dans
        l'après-midi pour vous faire part de sa décision.

        Bien cordialement,
        Camille Laurent
        Chargée de recrutement, Ferrovie Conseil
        """)
    return message(hdr("Camille Laurent <camille.laurent@ferrovie-conseil.fr>", "Suite à votre entretien",
                       "2026-10-14 09:15", "Europe/Paris", "CAL-fc-1410-0915@ferrovie-conseil.fr"),
                   text(body, charset="iso-8859-1", cte="8bit"))


# =========================================================================== k43
@m(43, family="human_prose", lang="es", interview=True, kind="cancelled",
   start="2026-04-21T16:00:00Z", contact="andrea.castillo@nopalsoft.mx", company="Nopalsoft",
   local="Tue 2026-04-21 10:00", zone="America/Mexico_City",
   note="Mexican Spanish cancellation: 'la entrevista del martes 21 de abril a las 10:00 (hora del centro de México)'; CST UTC-6 all year -> 16:00Z.")
def k43():
    body = t("""
        Hola Hanna:

        Lamentamos informarte que la entrevista del martes 21 de abril a las 10:00 (hora del
        centro de México) queda cancelada, ya que la vacante de Desarrolladora Backend fue
        cubierta internamente.

        Te agradecemos mucho tu tiempo y tu interés en Nopalsoft; guardaremos tu perfil para
        futuras posiciones.

        Saludos cordiales,
        Andrea Castillo
        Reclutamiento TI · Nopalsoft
        """)
    return message(hdr("Andrea Castillo <andrea.castillo@nopalsoft.mx>",
                       "Cancelación de entrevista – Desarrolladora Backend", "2026-04-16 13:00",
                       "America/Mexico_City", "CAN-nps-1604@mail.gmail.com"),
                   gmail(body))


# =========================================================================== k44
@m(44, family="onboarding", lang="es", interview=False, company="Olivareda",
   days=(("Mon", "2026-06-01"),),
   note="Look-alike: Spanish welcome mail 'Te esperamos a las 9:00 ... para tu primer día' (mentions 'la última entrevista'); she is hired.")
def k44():
    body = t("""
        Hola Hanna:

        ¡Qué alegría tenerte en el equipo! Como te comentamos en la última entrevista, empiezas
        el lunes 1 de junio. Te esperamos a las 9:00 en Calle de Alcalá 120, 3.ª planta, para
        tu primer día: recogida del portátil, foto para la tarjeta y comida con el equipo.

        ¡Bienvenida!
        Marta Gil
        Personas y Cultura · Olivareda
        """)
    return message(hdr("Marta Gil <marta.gil@olivareda.es>", "¡Bienvenida a Olivareda!", "2026-05-27 12:00",
                       "Europe/Madrid", "olv-bienv-2705-hs@olivareda.es"),
                   text(body))


# =========================================================================== k45
@m(45, family="human_prose", lang="pt", interview=True, kind="cancelled",
   start="2026-10-12T13:30:00Z", contact="rita.sequeira@marealta.pt", company="Maré Alta",
   local="Mon 2026-10-12 14:30", zone="Europe/Lisbon",
   note="European Portuguese cancellation: 'a entrevista de segunda-feira, 12 de outubro, às 14h30 (hora de Lisboa)'; WEST UTC+1 -> 13:30Z.")
def k45():
    body = t("""
        Olá Hanna,

        Infelizmente temos de cancelar a entrevista de segunda-feira, 12 de outubro, às 14h30
        (hora de Lisboa). A posição foi suspensa até ao próximo ano por decisão da
        administração.

        Lamento muito o incómodo e agradeço a sua compreensão. Assim que o processo for
        retomado, entrarei em contacto consigo.

        Com os melhores cumprimentos,
        Rita Sequeira
        Recursos Humanos | Maré Alta, S.A.
        """)
    return message(hdr("Rita Sequeira <rita.sequeira@marealta.pt>", "Entrevista de segunda-feira – cancelada",
                       "2026-10-07 11:00", "Europe/Lisbon", "PR3P195MB0871A2.EURP195.PROD.OUTLOOK.COM"),
                   text(body, cte="base64"))


# =========================================================================== k46
@m(46, family="availability_request", lang="es", interview=False, company="Cumbre Ventures",
   note="Look-alike: 'Te viene bien el jueves 24 a las 11:00 o el viernes 25 a las 10:00?' - two proposed times, nothing confirmed.")
def k46():
    body = t("""
        ¡Hola Hanna!

        Nos encantaría avanzar con la entrevista técnica. ¿Te viene bien el jueves 24 a las
        11:00 o el viernes 25 a las 10:00 (hora de Madrid)? Dime cuál prefieres y te mando la
        invitación con el enlace.

        ¡Un abrazo!
        Diego Navarro
        Talent · Cumbre Ventures
        """)
    return message(hdr("Diego Navarro <diego.navarro@cumbreventures.com>", "Entrevista técnica",
                       "2026-09-21 17:05", "Europe/Madrid", "CADn-cv-2109@mail.gmail.com"),
                   gmail(body))


# =========================================================================== k47
@m(47, family="rippling", lang="en", interview=True, kind="scheduled",
   start="2026-11-03T18:00:00Z", end="2026-11-03T20:30:00Z", contact="sasha.petrov@harlowvine.com",
   company="Harlow & Vine", local="Tue 2026-11-03 13:00", local_end="2026-11-03 15:30", zone="America/New_York",
   note="Rippling-style onsite confirmation, address only, no video link: 'Tuesday, Nov 3, 2026, 1:00 PM - 3:30 PM EST'; sent in EDT before the 1 Nov change; 18:00Z-20:30Z; ICS agrees. Contact = human Reply-To / ORGANIZER.")
def k47():
    plain = t("""
        Your interview is on the calendar

        Hi Hanna,

        Onsite interview - Harlow & Vine
        Tuesday, Nov 3, 2026
        1:00 PM - 3:30 PM EST
        200 Hudson St, 9th Fl, New York, NY 10013

        You'll meet: Sasha Petrov (Recruiting), Dev Malhotra (Design Director), Ana Ruiz (VP Brand)

        Please bring a photo ID for building check-in. Questions? Reply to this email.

        Sent via Rippling Recruiting
        """)
    rich = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif">
        <h3>Your interview is on the calendar</h3>
        <p>Hi Hanna,</p>
        <div style="border:1px solid #e5e5e5;border-radius:6px;padding:12px">
        <div><b>Onsite interview &ndash; Harlow &amp; Vine</b></div>
        <div>Tuesday, Nov 3, 2026</div>
        <div>1:00 PM &ndash; 3:30 PM EST</div>
        <div>200 Hudson St, 9th Fl, New York, NY 10013</div>
        </div>
        <p>You'll meet: Sasha Petrov (Recruiting), Dev Malhotra (Design Director), Ana Ruiz (VP Brand)</p>
        <p>Please bring a photo ID for building check-in. Questions? Reply to this email.</p>
        <p style="color:#999;font-size:11px">Sent via Rippling Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Rippling//Recruiting//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:rpl-int-55c0e1a2-hv-1103@rippling.com
        DTSTAMP:20261028T180102Z
        DTSTART;TZID=America/New_York:20261103T130000
        DTEND;TZID=America/New_York:20261103T153000
        SUMMARY:Onsite interview - Harlow & Vine
        LOCATION:200 Hudson St\\, 9th Fl\\, New York\\, NY 10013
        ORGANIZER;CN=Sasha Petrov:mailto:sasha.petrov@harlowvine.com
        ATTENDEE;CN=Hanna Sørensen;RSVP=TRUE:mailto:hanna.sorensen@example.net
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdr("Harlow & Vine via Rippling <recruiting-noreply@rippling.com>",
                       "Your interview with Harlow & Vine is on the calendar", "2026-10-28 14:01",
                       "America/New_York", "rpl-55c0e1a2-hv@mail.rippling.com",
                       extra=(("Reply-To", "Sasha Petrov <sasha.petrov@harlowvine.com>"),)),
                   alt(text(plain), html(rich), calendar(ics, cte="quoted-printable")))


# =========================================================================== k48
@m(48, family="info_session", lang="nl", interview=False, company="Dijkstra Bouw",
   days=(("Fri", "2026-09-18"),),
   note="Look-alike: Dutch 'kennismakingsmiddag voor alle sollicitanten op vrijdag 18 september om 15.00 uur'; individual interviews are planned afterwards.")
def k48():
    body = t("""
        Beste kandidaat,

        Bedankt voor je sollicitatie bij Dijkstra Bouw! Je bent van harte welkom op onze
        kennismakingsmiddag voor alle sollicitanten op vrijdag 18 september om 15.00 uur op
        ons hoofdkantoor in Zwolle (Grote Voort 240).

        Je maakt kennis met de afdeling, krijgt een rondleiding over de bouwplaats en na afloop
        plannen we de individuele sollicitatiegesprekken in.

        Aanmelden kan tot en met woensdag via de link in je kandidatenportaal.

        Met vriendelijke groet,
        Team Werving & Selectie, Dijkstra Bouw
        """)
    return message(hdr("Werken bij Dijkstra Bouw <werken@dijkstrabouw.nl>",
                       "Uitnodiging kennismakingsmiddag 18 september", "2026-09-10 10:00",
                       "Europe/Amsterdam", "db-kmm-0910-2231@dijkstrabouw.nl"),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== k49
@m(49, family="freshteam", lang="en", interview=True, kind="scheduled",
   start="2026-07-17T06:00:00Z", end="2026-07-17T07:00:00Z", contact="ananya.krishnan@zenvika.in",
   company="Zenvika Technologies", local="Fri 2026-07-17 11:30", local_end="2026-07-17 12:30", zone="Asia/Kolkata",
   note="Freshteam-style Indian mail: time in the Subject ('17-Jul-2026 | 11:30 AM IST') and an HTML table '11:30 AM - 12:30 PM IST'; IST UTC+5:30 -> 06:00Z-07:00Z. Contact = human Reply-To.")
def k49():
    plain = t("""
        Dear Hanna,

        Greetings from Zenvika Technologies!

        Your Round 2 (Technical) interview has been scheduled. Details:

        Round: Round 2 - Technical
        Date: 17-Jul-2026 (Friday)
        Time: 11:30 AM - 12:30 PM IST
        Mode: Google Meet - https://meet.google.com/zvk-rnd2-hsq
        Panel: Mr. Vikram Rao (Engineering Manager), Ms. Deepa Menon (Senior Data Engineer)

        Kindly join 5 minutes before the scheduled time with a stable internet connection.

        Regards,
        Ananya Krishnan
        Talent Acquisition | Zenvika Technologies Pvt. Ltd., Bengaluru
        """)
    rich = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Hanna,</p><p>Greetings from Zenvika Technologies!</p>
        <p>Your Round 2 (Technical) interview has been scheduled. Details:</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><th align="left">Round</th><td>Round 2 - Technical</td></tr>
        <tr><th align="left">Date</th><td>17-Jul-2026 (Friday)</td></tr>
        <tr><th align="left">Time</th><td>11:30 AM - 12:30 PM IST</td></tr>
        <tr><th align="left">Mode</th><td>Google Meet - <a href="https://meet.google.com/zvk-rnd2-hsq">https://meet.google.com/zvk-rnd2-hsq</a></td></tr>
        <tr><th align="left">Panel</th><td>Mr. Vikram Rao (Engineering Manager), Ms. Deepa Menon (Senior Data Engineer)</td></tr>
        </table>
        <p>Kindly join 5 minutes before the scheduled time with a stable internet connection.</p>
        <p>Regards,<br>Ananya Krishnan<br>Talent Acquisition | Zenvika Technologies Pvt. Ltd., Bengaluru</p>
        <p style="font-size:10px;color:#888">Powered by Freshteam</p>
        </body></html>
        """)
    return message(hdr("Zenvika Technologies <notifications@zenvika.freshteam.com>",
                       "Interview Schedule: Round 2 - Technical | 17-Jul-2026 | 11:30 AM IST", "2026-07-13 18:00",
                       "Asia/Kolkata", "ft-sched-2231907-zenvika@freshteam.com",
                       extra=(("Reply-To", "Ananya Krishnan <ananya.krishnan@zenvika.in>"),)),
                   alt(text(plain, charset="us-ascii", cte="7bit"), html(rich)))


# =========================================================================== k50
@m(50, family="academic_admission", lang="it", interview=False, company=None,
   days=(("Tue", "2026-06-09"),),
   note="Judgement call: Italian admission interview for a Master's programme ('colloquio di ammissione', martedì 9 giugno ore 10:30) - a confirmed interview, but not a job interview.")
def k50():
    body = t("""
        Gentile Hanna Sørensen,

        la informiamo che, a seguito della valutazione dei titoli, è stata ammessa alla fase
        orale della selezione per il Master di II livello in Data Science.

        Il colloquio di ammissione si terrà martedì 9 giugno alle ore 10:30 su Zoom; il link
        le verrà inviato il giorno precedente. Si ricorda di tenere a portata di mano un
        documento d'identità valido.

        Cordiali saluti,
        La Segreteria del Master
        Scuola Superiore di Data Science - Torino
        """)
    return message(hdr("Segreteria Master SSDS <master@ssds-torino.it>",
                       "Convocazione al colloquio di ammissione - Master in Data Science", "2026-06-03 11:00",
                       "Europe/Rome", "ssds-conv-0306-117@ssds-torino.it"),
                   text(body, charset="iso-8859-1", cte="quoted-printable"))


# =========================================================================== k51
@m(51, family="agency", lang="en", interview=True, kind="scheduled",
   start="2026-07-27T09:00:00Z", end="2026-07-27T10:00:00Z", contact="sophie.bell@marlowefinch.co.uk",
   company="Castlegate Insurance", local="Mon 2026-07-27 10:00", local_end="2026-07-27 11:00", zone="Europe/London",
   note="UK agency: 'would like to meet you on Monday 27th July at 10.00am' at the client's Leeds office (address only), 'scheduled for an hour'; BST -> 09:00Z-10:00Z. Contact = agency consultant, company = client.")
def k51():
    body = t("""
        Hi Hanna,

        Brilliant news -- Castlegate Insurance would like to meet you on Monday 27th July at
        10.00am at their offices, 12 Wellington Place, Leeds LS1 4AP. I've told them that works
        for you, as we agreed on the phone.

        You'll be seeing Gareth Hughes (Head of Claims Analytics) and Nicola from HR. It's a
        competency-based interview, scheduled for an hour -- STAR examples, please!

        Ring me on 0113 496 0781 when you're out.

        Sophie

        Sophie Bell
        Principal Consultant, Data & Analytics
        Marlowe & Finch Recruitment
        """)
    return message(hdr("Sophie Bell <sophie.bell@marlowefinch.co.uk>", "Castlegate - Monday",
                       "2026-07-22 16:20", "Europe/London", "LO2P265MB4471B0.GBRP265.PROD.OUTLOOK.COM"),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== k52
@m(52, family="non_interview_calendar", lang="it", interview=False, company=None,
   days=(("Thu", "2026-09-24"),),
   note="Look-alike: Italian bank appointment ('colloquio con il suo consulente' for a mortgage) confirmed for giovedì 24 settembre ore 15:00; not a job interview.")
def k52():
    body = t("""
        Gentile cliente,

        le confermiamo il colloquio con il suo consulente per la consulenza mutuo:

        giovedì 24 settembre, ore 15:00
        Filiale Genova Centro, Via XX Settembre 41

        Per modificare o annullare l'appuntamento può usare l'app o chiamare il numero verde.

        Banca Ligure
        """)
    return message(hdr("Banca Ligure <appuntamenti@bancaligure.it>", "Conferma appuntamento",
                       "2026-09-18 08:30", "Europe/Rome", "bl-app-0918-5521@bancaligure.it"),
                   text(body, charset="iso-8859-1", cte="quoted-printable"))


# =========================================================================== k53
@m(53, family="outlook_calendar", lang="en", interview=True, kind="scheduled",
   start="2026-11-24T15:00:00Z", end="2026-11-24T15:45:00Z", contact="imogen.clarke@kestrelenergy.co.uk",
   company="Kestrel Energy", local="Tue 2026-11-24 15:00", local_end="2026-11-24 15:45", zone="Europe/London",
   note="Teams meeting request without the word 'interview': 'conversation with Tom' as the next step for the Senior Analyst role; TZID 'GMT Standard Time', GMT in November -> 15:00Z-15:45Z.")
def k53():
    body = t("""
        Hi Hanna, as promised, here's the slot with Tom for the next step on the Senior Analyst
        role. He'll take you through the team and ask about your trading-desk work. Speak soon,
        Imogen

        When: Tuesday, 24 November 2026 15:00-15:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Where: Microsoft Teams Meeting

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_KE1124>
        Meeting ID: 358 201 447 93
        Passcode: 8sKq2m
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Imogen Clarke:mailto:imogen.clarke@kestrelenergy.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hanna Sørensen:mailto:hanna.sorensen@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Whitaker:mailto:tom.whitaker@kestrelenergy.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Hanna\\, as promised\\, here's the slot with Tom for the next step on the Senior Analyst role.\\n
        UID:040000008200E00074C5B7101A82E00800000000D1C39E0F8B7EDC01000000000000000010000000E33A6F51B2C94B7E8C1D9A0F4B6E2C31
        SUMMARY;LANGUAGE=en-GB:Hanna Sørensen <> Kestrel Energy | conversation with Tom (Head of Trading Analytics)
        DTSTART;TZID=GMT Standard Time:20261124T150000
        DTEND;TZID=GMT Standard Time:20261124T154500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261119T100030Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
        """)
    return message(hdr("Imogen Clarke <imogen.clarke@kestrelenergy.co.uk>",
                       "Hanna Sørensen <> Kestrel Energy | conversation with Tom (Head of Trading Analytics)",
                       "2026-11-19 10:00", "Europe/London",
                       "LO4P302MB5521A07E3C1D4B9F8A2E6C0D11@LO4P302MB5521.GBRP302.PROD.OUTLOOK.COM",
                       extra=(("Thread-Topic", "Hanna Sorensen <> Kestrel Energy | conversation with Tom"),)),
                   alt(text(body), html("<html><body><pre>" + body.replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>\n"),
                       calendar(ics, cte="base64")))


# =========================================================================== k54
@m(54, family="post_interview", lang="pt", interview=False, company="Caju Inteligência",
   days=(("Thu", "2026-11-12"),),
   note="Look-alike (pt-BR): thanks after yesterday's interview; 'o comitê se reúne na quinta, 12/11, às 10h' and a reply by Friday 18h - internal and a deadline, no interview.")
def k54():
    body = t("""
        Oi Hanna, tudo bem?

        Obrigado pela conversa de ontem na entrevista, o time gostou muito do seu case!

        Próximos passos: o comitê se reúne na quinta, 12/11, às 10h, e eu te dou um retorno
        até sexta às 18h, combinado?

        Abraço,
        Bruno Almeida
        Tech Recruiter | Caju Inteligência
        """)
    return message(hdr("Bruno Almeida <bruno.almeida@cajuinteligencia.com.br>", "Obrigado pela entrevista!",
                       "2026-11-10 11:40", "America/Sao_Paulo", "CABa-caju-1011@mail.gmail.com"),
                   gmail(body))


# =========================================================================== k55
@m(55, family="human_prose", lang="cs", interview=True, kind="scheduled",
   start="2026-10-22T08:00:00Z", contact="tereza.dvorakova@vltavasoft.cz", company="VltavaSoft",
   local="Thu 2026-10-22 10:00", zone="Europe/Prague",
   note="Czech: 'Potvrzuji náš pohovor ve čtvrtek 22. října v 10:00' in Prague, three days before the 25 Oct change -> CEST -> 08:00Z; 'přibližně s hodinou' -> end null.")
def k55():
    body = t("""
        Dobrý den, paní Sørensen,

        děkuji za rychlou odpověď. Potvrzuji náš pohovor ve čtvrtek 22. října v 10:00 v naší
        kanceláři v Karlíně (Pernerova 35, Praha 8, 4. patro, recepce VltavaSoft).

        Budete mluvit se mnou a s vedoucím týmu, Martinem Novákem. Počítejte přibližně
        s hodinou.

        S pozdravem
        Tereza Dvořáková
        HR specialistka, VltavaSoft s.r.o.
        """)
    return message(hdr("Tereza Dvořáková <tereza.dvorakova@vltavasoft.cz>", "Pohovor - Senior Data Analyst",
                       "2026-10-19 09:00", "Europe/Prague", "VS-1910-0900-td@vltavasoft.cz"),
                   text(body, cte="8bit"))


# =========================================================================== k56
@m(56, family="workshop", lang="da", interview=False, company=None,
   days=(("Tue", "2026-09-08"),),
   note="Look-alike (Danish): registration confirmed for a jobcentre workshop 'Den gode jobsamtale' (practising job interviews) at a fixed time.")
def k56():
    body = t("""
        Hej Hanna Sørensen

        Du er nu tilmeldt workshoppen "Den gode jobsamtale":

        Tirsdag d. 8. september kl. 9.00-12.00
        Jobcenter København, Gyldenløvesgade 15, lokale 3.12

        Vi øver jobsamtaler i små grupper og giver feedback på din præsentation af dig selv.
        Husk dit CV.

        Med venlig hilsen
        Jobcenter København

        Denne mail kan ikke besvares.
        """)
    return message(hdr("Jobcenter København <noreply@jobcenter-kbh.dk>",
                       "Tilmelding bekræftet: Den gode jobsamtale", "2026-09-02 14:00", "Europe/Copenhagen",
                       "jck-wsh-0209-7712@jobcenter-kbh.dk"),
                   text(body))


# =========================================================================== k57
@m(57, family="reply_quoted", lang="en", interview=True, kind="scheduled",
   start="2026-06-24T09:00:00Z", end="2026-06-24T09:45:00Z", contact="johan.ek@skargardtech.se",
   company="Skärgård Tech", local="Wed 2026-06-24 11:00", local_end="2026-06-24 11:45", zone="Europe/Stockholm",
   note="Terse 'Perfect, Wednesday at 11 it is' on top of the thread: her options 'Wednesday 24 June at 11:00 or Thursday 25 June at 15:00 (Copenhagen time, same as yours)', his 45-minute video interview; CEST -> 09:00Z-09:45Z.")
def k57():
    body = t("""
        Perfect, Wednesday at 11 it is -- talk then! I'll send the Meet link in the morning.

        /Johan

        On Fri, 19 Jun 2026 at 14:02, Hanna Sørensen <hanna.sorensen@example.net> wrote:
        > Hi Johan,
        >
        > Thanks! I could do Wednesday 24 June at 11:00 or Thursday 25 June at 15:00
        > (Copenhagen time, same as yours).
        >
        > Best,
        > Hanna
        >
        > On Thu, 18 Jun 2026 at 17:30, Johan Ek <johan.ek@skargardtech.se> wrote:
        >> Hi Hanna, we'd love to set up a 45-minute video interview with me and Karin
        >> (our CTO) next week. When suits you?
        """)
    return message(hdr("Johan Ek <johan.ek@skargardtech.se>", "Re: Next step – Skärgård Tech",
                       "2026-06-19 16:30", "Europe/Stockholm", "CAJe-sgt-1906-c@mail.gmail.com",
                       extra=(("In-Reply-To", "<CAH-hanna-sgt-1906@mail.example.net>"),
                              ("References", "<CAJe-sgt-1806-a@mail.gmail.com> <CAH-hanna-sgt-1906@mail.example.net>"))),
                   gmail(body))


# =========================================================================== k58
@m(58, family="self_schedule", lang="no", interview=False, company="Fjellbris",
   days=(("Tue", "2026-09-15"),),
   note="Look-alike (Norwegian): 'velg et tidspunkt som passer' with three slots on tirsdag 15. september; 'ikke reservert før du har valgt' - a self-scheduling link.")
def k58():
    body = t("""
        Hei Hanna!

        Gratulerer, du er videre til andre intervjurunde hos Fjellbris.

        Velg et tidspunkt som passer deg: tirsdag 15. september kl. 09.00, 10.30 eller 13.00
        (norsk tid). Trykk på lenken for å booke:

        https://fjellbris.booking-kalender.no/runde2/hs-8812

        Merk: tidspunktet er ikke reservert før du har valgt det og fått en bekreftelse.

        Vennlig hilsen
        Rekruttering, Fjellbris AS
        """)
    return message(hdr("Fjellbris Rekruttering <rekruttering@fjellbris.no>", "Intervju runde 2 – velg tidspunkt",
                       "2026-09-09 13:00", "Europe/Oslo", "fjb-r2-0909-hs@fjellbris.no"),
                   text(body))


# =========================================================================== k59
@m(59, family="zoho_recruit", lang="en", interview=True, kind="scheduled",
   start="2026-07-16T11:00:00Z", end="2026-07-16T12:00:00Z", contact="ingrid.bakke@nordkapp-maritime.no",
   company="Nordkapp Maritime", local="Thu 2026-07-16 13:00", local_end="2026-07-16 14:00", zone="Europe/Oslo",
   note="Zoho Recruit-style: 'Date: 16 July (Thursday)', 'Time: 13:00–14:00 CEST', Oslo venue only; 11:00Z-12:00Z. Contact = human Reply-To.")
def k59():
    body = t("""
        Dear Hanna,

        Thank you for accepting our invitation. Please find your interview details below.

        Position:      Operations Analyst
        Date:          16 July (Thursday)
        Time:          13:00–14:00 CEST
        Venue:         Nordkapp Maritime, Dronning Eufemias gate 16, 0191 Oslo
                       Reception, ground floor
        Interviewers:  Ingrid Bakke (HR Business Partner), Erlend Haugen (Head of Operations)

        Should you have any questions, simply reply to this email.

        Best regards,
        Ingrid Bakke
        Nordkapp Maritime AS
        """)
    return message(hdr("Nordkapp Maritime <notification@zohorecruit.eu>", "Interview details – Operations Analyst",
                       "2026-07-10 09:00", "Europe/Oslo", "zr.1777204000001.int@zohorecruit.eu",
                       extra=(("Reply-To", "Ingrid Bakke <ingrid.bakke@nordkapp-maritime.no>"),)),
                   text(body))


# =========================================================================== k60
@m(60, family="human_prose", lang="nl", interview=True, kind="rescheduled",
   start="2026-11-06T09:30:00Z", contact="lotte.peeters@schelde-analytics.be", company="Schelde Analytics",
   local="Fri 2026-11-06 10:30", zone="Europe/Brussels", days=(("Thu", "2026-11-05"),),
   note="Flemish reschedule: 'hebben we je gesprek verplaatst naar vrijdag 6 november om 10.30 uur' (from Thursday), on-site in Ghent; CET -> 09:30Z.")
def k60():
    body = t("""
        Dag Hanna,

        Omdat onze CEO donderdag onverwacht in het buitenland is, hebben we je gesprek
        verplaatst naar vrijdag 6 november om 10.30 uur, op dezelfde plek (Kortrijksesteenweg
        1072, 9051 Gent).

        Ik hoop dat dit voor jou past; laat het me anders even weten.

        Met vriendelijke groeten,
        Lotte Peeters
        HR & Talent, Schelde Analytics
        """)
    return message(hdr("Lotte Peeters <lotte.peeters@schelde-analytics.be>", "Verplaatsing sollicitatiegesprek",
                       "2026-11-02 14:00", "Europe/Brussels", "SA-0211-1400-lp@schelde-analytics.be"),
                   text(body, charset="us-ascii", cte="7bit"))
