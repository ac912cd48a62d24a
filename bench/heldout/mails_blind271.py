"""blind271: 50 hand-written mails from the inbox of Marc Bélanger, a mining-ventilation engineer in
Greater Sudbury, Ontario (September to December 2026). Written blind (see blind271/README.md).

Keys 1-23 are the positives, 24-50 the negatives; the file number of the key-th mail is
ORDER[key - 1].
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
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2710271).sample(range(1, 51), 50)
ME = "marc.belanger@example.org"
MARC = addr("Marc Bélanger", ME)
TOR = "America/Toronto"


def n(key: int) -> str:
    return f"blind271_{ORDER[key - 1]:03d}"


def hdrs(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str,
         to: str = MARC, extra: tuple[tuple[str, str], ...] = (), lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay}", when, zone, "mx.example.org with ESMTPS id 4c"
                              + msgid[:6].replace("<", "x"), ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


VTZ_TORONTO = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_VANCOUVER = """BEGIN:VTIMEZONE
TZID:America/Vancouver
X-LIC-LOCATION:America/Vancouver
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


# =========================================================================== positives (keys 1-23)


# --- 1: Greenhouse, Norcliff Nickel, on site in Copper Cliff, ICS in America/Toronto
@make.mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-17 13:00", TOR), end=utc("2026-09-17 14:00", TOR),
           local="Thu 2026-09-17 13:00", local_end="2026-09-17 14:00", zone=TOR,
           contact="danielle.lachance@norcliffnickel.com", company="Norcliff Nickel",
           note="Greenhouse on-site confirmation, Thu 17 Sep 1:00-2:00 PM EDT (UTC-4) -> 17:00-18:00Z; "
                "contact = Reply-To recruiter (also ICS ORGANIZER)")
def m01() -> bytes:
    body = t("""
        Hi Marc,

        Thanks for making time to meet with us. Your interview for Senior Ventilation Engineer
        (Copper Cliff) is confirmed:

        Thursday, September 17, 2026
        1:00 PM - 2:00 PM EDT
        Norcliff Nickel - Copper Cliff Technical Services, 14 Serpentine St., 2nd floor
        Please check in at the security kiosk with photo ID; visitor parking is on the east lot.

        You'll meet with:
          Raymond Côté - Superintendent, Mine Ventilation
          Danielle Lachance - Talent Acquisition Partner

        If you need to make a change, just reply to this email.

        Best,
        Danielle Lachance
        Norcliff Nickel Talent Acquisition
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Marc,</p>
        <p>Thanks for making time to meet with us. Your interview for <b>Senior Ventilation Engineer
        (Copper Cliff)</b> is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Thursday, September 17, 2026<br>1:00 PM &ndash; 2:00 PM EDT</td></tr>
        <tr><td><b>Where</b></td><td>Norcliff Nickel &ndash; Copper Cliff Technical Services, 14 Serpentine St., 2nd floor</td></tr>
        <tr><td><b>Interviewers</b></td><td>Raymond C&ocirc;t&eacute; &ndash; Superintendent, Mine Ventilation<br>
        Danielle Lachance &ndash; Talent Acquisition Partner</td></tr>
        </table>
        <p>Please check in at the security kiosk with photo ID; visitor parking is on the east lot.</p>
        <p>If you need to make a change, just reply to this email.</p>
        <p>Best,<br>Danielle Lachance<br>Norcliff Nickel Talent Acquisition</p>
        <img src="https://us.greenhouse-mail.io/o/3fa1c2.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ_TORONTO + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-88231174@greenhouse.io
        DTSTAMP:20260914T141200Z
        DTSTART;TZID=America/Toronto:20260917T130000
        DTEND;TZID=America/Toronto:20260917T140000
        SUMMARY:Interview: Marc Bélanger - Senior Ventilation Engineer (Norcliff Nickel)
        LOCATION:Copper Cliff Technical Services\\, 14 Serpentine St.\\, 2nd floor
        ORGANIZER;CN=Danielle Lachance:mailto:danielle.lachance@norcliffnickel.com
        ATTENDEE;CN=Marc Bélanger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marc.belanger@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse//Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + ics + "END:VCALENDAR"
    return message(hdrs(
        "Norcliff Nickel <no-reply@us.greenhouse-mail.io>",
        "Interview confirmed: Senior Ventilation Engineer (Copper Cliff) - Norcliff Nickel",
        "2026-09-14 10:12", TOR, "<0100019a2f1c.88231174.gh@us.greenhouse-mail.io>",
        "o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.12.40])",
        extra=(("Reply-To", addr("Danielle Lachance", "danielle.lachance@norcliffnickel.com")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


# --- 2: hiring manager at a drill maker, "tomorrow at 2:30", plain text 8bit, quoted thread
@make.mail(n(2), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-24 14:30", TOR), end=None,
           local="Thu 2026-09-24 14:30", zone=TOR,
           contact="pekka.rautio@kiveladrill.com", company="Kivela Drill Systems",
           note="'tomorrow at 2:30' resolved against Date Wed 23 Sep 2026 08:47 EDT -> Thu 24 Sep "
                "14:30 EDT (UTC-4) = 18:30Z; 'about an hour' is approximate so end null")
def m02() -> bytes:
    body = t("""
        Marc,

        Tomorrow at 2:30 is good for us. Come to the front office at 1145 Lorne St (the grey
        building beside the rebuild shop), I'll come get you. Antti from our R&D group will join
        for the technical part. Should take about an hour, maybe a bit more if we do the shop tour.

        Bring whatever you have on the auxiliary fan work you mentioned, no need for slides.

        Pekka

        --
        Pekka Rautio | Engineering Manager, Underground Equipment
        Kivela Drill Systems Canada Inc. | Sudbury ON
        c. 705-555-0142

        On Tue, Sep 22, 2026 at 5:10 PM Marc Bélanger <marc.belanger@example.org> wrote:
        > Hi Pekka,
        >
        > Thanks for the call this afternoon. I'm free Thursday afternoon or Friday morning if
        > either works for a sit-down.
        >
        > Marc
        """)
    return message(hdrs(
        addr("Pekka Rautio", "pekka.rautio@kiveladrill.com"), "Re: Ventilation / applications engineer role",
        "2026-09-23 08:47", TOR, "<YT3PR01MB6412A0C1E9B7D2F3@YT3PR01MB6412.CANPRD01.PROD.OUTLOOK.COM>",
        "mail-yt3can01on2091.outbound.protection.outlook.com (52.101.189.91)",
        extra=(("In-Reply-To", "<CAFm1q8Vx2KpL0e@mail.gmail.com>"),
               ("References", "<CAFm1q8Vx2KpL0e@mail.gmail.com>"))),
        text(body, cte="8bit"))


# --- 3: Workday, health sciences centre, HTML only, recruiter address only in the body
@make.mail(n(3), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-06 09:30", TOR), end=utc("2026-10-06 10:30", TOR),
           local="Tue 2026-10-06 09:30", local_end="2026-10-06 10:30", zone=TOR,
           contact="jasmine.oduya@nbhsc.ca", company="Nickel Basin Health Sciences Centre",
           note="Workday notification from the tenant mailbox; 'Tuesday, October 6, 2026 9:30 AM - 10:30 AM "
                "EDT' -> 13:30-14:30Z; contact = recruiter address in the body")
def m03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="600" align="center" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px">
        <tr><td style="background:#00566b;color:#fff;padding:14px 20px;font-size:18px">Nickel Basin Health Sciences Centre</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Marc Bélanger,</p>
        <p>Thank you for your interest in the position <b>Facilities Engineer – HVAC &amp; Critical Systems
        (Req. R-004518)</b>. We are pleased to confirm your interview.</p>
        <p><b>Interview Date:</b> Tuesday, October 6, 2026<br>
        <b>Time:</b> 9:30 AM - 10:30 AM EDT<br>
        <b>Format:</b> Panel interview, in person<br>
        <b>Location:</b> Plant Services boardroom, Level 1, 41 Ramsey Lake Road (enter via the
        Paris Street parkade)</p>
        <p>Please bring a copy of your P.Eng. licence. If you require an accommodation during the
        interview process, contact Jasmine Oduya, Talent Acquisition Specialist, at
        <a href="mailto:jasmine.oduya@nbhsc.ca">jasmine.oduya@nbhsc.ca</a> or 705-555-0187 ext. 3312.</p>
        <p>You can review the status of your application in the
        <a href="https://wd3.myworkdaysite.com/recruiting/nbhsc/careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Nickel Basin Health Sciences Centre</p>
        </td></tr>
        <tr><td style="padding:10px 20px;font-size:11px;color:#777">This email was sent from an unmonitored
        mailbox. Please do not reply.</td></tr>
        </table></body></html>
        """)
    return message(hdrs(
        "Nickel Basin Health Sciences Centre <nbhsc@myworkday.com>",
        "Interview Confirmation - Facilities Engineer – HVAC & Critical Systems",
        "2026-09-30 15:41", TOR, "<1843224117.1129.1790797264001@wd3-prod-ntfy-07.myworkday.com>",
        "wd3-smtp-out-02.myworkday.com (wd3-smtp-out-02.myworkday.com [198.51.100.27])"),
        html(page))


# --- 4: Exchange meeting request from a Winnipeg firm, Windows zone name, standard-offset label
@make.mail(n(4), family="exchange", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-14 10:00", "America/Winnipeg"), end=utc("2026-10-14 11:00", "America/Winnipeg"),
           local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:00", zone="America/Winnipeg",
           contact="bkowalchuk@redriverairflow.ca", company="Red River Airflow Engineering",
           note="Outlook meeting request; body label '(UTC-06:00) Central Time (US & Canada)' shows the "
                "standard offset but 14 Oct is CDT (UTC-5): 10:00-11:00 -> 15:00-16:00Z, as the ICS "
                "(TZID Central Standard Time) says; contact = organizer/sender")
def m04() -> bytes:
    body = t("""
        When: Wednesday, October 14, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Marc,

        As discussed on the phone, here is the invite for your interview for the Project Engineer -
        Mine Ventilation position. Tara Dueck (Principal) and I will be on the call. Plan on the full
        hour; we'll ask you to walk us through a VOD or refrigeration project you led.

        Regards,
        Brent Kowalchuk, P.Eng.
        Engineering Manager | Red River Airflow Engineering Ltd.
        300-175 Hargrave St, Winnipeg MB R3C 3R8

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1Yjc4>
        Meeting ID: 231 884 509 117
        Passcode: 7vQm2c
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Or call in (audio only)
        +1 204-555-0190,,662083817#   Canada, Winnipeg
        Phone Conference ID: 662 083 817#
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Brent Kowalchuk:mailto:bkowalchuk@redriverairflow.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marc.belanger@example.org:mailto:marc.belanger@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tara Dueck:mailto:tdueck@redriverairflow.ca
        DESCRIPTION;LANGUAGE=en-US:Hi Marc\\,\\n\\nAs discussed on the phone\\, here is the invite for your interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A4F6C1A856DC01000000000000000010000000B5A2E8
        SUMMARY;LANGUAGE=en-US:Interview - Marc Bélanger - Project Engineer\\, Mine Ventilation
        DTSTART;TZID=Central Standard Time:20261014T100000
        DTEND;TZID=Central Standard Time:20261014T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261008T160200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
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
    return message(hdrs(
        addr("Brent Kowalchuk", "bkowalchuk@redriverairflow.ca"),
        "Interview - Marc Bélanger - Project Engineer, Mine Ventilation",
        "2026-10-08 11:02", "America/Winnipeg",
        "<YQBPR0101MB5521C7D91F0A3B4E8C2F@YQBPR0101MB5521.CANPRD01.PROD.OUTLOOK.COM>",
        "mail-yqbcan01on2105.outbound.protection.outlook.com (40.107.116.105)",
        extra=(("Thread-Topic", enc("Interview - Marc Bélanger - Project Engineer, Mine Ventilation")),
               ("Thread-Index", "AdtYk2c1m0Qn8Xr4QkWvD2b1c7F9aQ=="),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""),
               ("Content-Language", "en-US"))),
        alt(text(body, cte="quoted-printable"),
            calendar(ics, cte="base64", charset="utf-8")))


# --- 5: Franco-Ontarian college, French prose, iso-8859-1 QP, exact length
@make.mail(n(5), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-20 10:30", TOR), end=utc("2026-10-20 11:15", TOR),
           local="Tue 2026-10-20 10:30", local_end="2026-10-20 11:15", zone=TOR,
           contact="genevieve.theriault@cgln.ca", company="Collège des Grands-Lacs du Nord",
           note="French prose 'le mardi 20 octobre à 10 h 30 ... d'une durée de 45 minutes' (Sudbury, EDT "
                "UTC-4) -> 14:30-15:15Z; iso-8859-1 QP; contact = sender")
def m05() -> bytes:
    body = t("""
        Bonjour M. Bélanger,

        Suite à l'étude de votre candidature pour le poste de professeur à temps partiel en
        Technologie du génie minier (hiver 2027), nous avons le plaisir de vous convoquer à une
        entrevue.

        Date : le mardi 20 octobre 2026
        Heure : 10 h 30 (heure de l'Est), d'une durée de 45 minutes
        Lieu : campus de Sudbury, pavillon C, salle C-214

        Le comité sera composé de Mme Josée Landry, doyenne de l'École des métiers et technologies,
        et de M. Denis Giroux, coordonnateur du programme. On vous demandera de présenter une courte
        leçon de 10 minutes sur la ventilation auxiliaire.

        Merci de confirmer votre présence en répondant à ce courriel.

        Au plaisir,

        Geneviève Thériault
        Conseillère en ressources humaines
        Collège des Grands-Lacs du Nord
        705 555-0123, poste 2241
        """)
    return message(hdrs(
        addr("Geneviève Thériault", "genevieve.theriault@cgln.ca", "iso-8859-1"),
        "Convocation à une entrevue – professeur(e) à temps partiel, génie minier",
        "2026-10-13 09:05", TOR, "<a7f1e2d0c9b84e6f@cgln.ca>",
        "smtp.cgln.ca (smtp.cgln.ca [192.0.2.44])"),
        text(body, charset="iso-8859-1"))


# --- 6: Lever, Vancouver firm, 5:30 PM PDT = next day in UTC
@make.mail(n(6), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-22 17:30", "America/Vancouver"), end=utc("2026-10-22 18:15", "America/Vancouver"),
           local="Thu 2026-10-22 17:30", local_end="2026-10-22 18:15", zone="America/Vancouver",
           contact="priya.sandhu@coastlinetunnel.com", company="Coastline Tunnel Group",
           note="Lever confirmation in the sender's zone: Thu 22 Oct 5:30-6:15 PM PDT (UTC-7) -> "
                "2026-10-23 00:30-01:15Z, the next day in UTC; contact = Reply-To recruiter")
def m06() -> bytes:
    body = t("""
        Hi Marc,

        Your interview with Coastline Tunnel Group has been scheduled. Here are the details:

        Senior Ventilation Engineer (Remote - Canada)
        Thursday, October 22, 2026 at 5:30 PM - 6:15 PM PDT
        Video call: https://meet.google.com/kzq-hnvb-pwe

        Interviewers: Graham Oyelaran (Director, Underground Infrastructure)

        Since you're in Ontario, that's the end of our day and evening for you; thanks for
        being flexible.

        If you have any questions, reply to this email.

        Priya Sandhu
        Coastline Tunnel Group
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <p>Hi Marc,</p>
        <p>Your interview with <strong>Coastline Tunnel Group</strong> has been scheduled. Here are the details:</p>
        <div style="border-left:3px solid #4d9de0;padding-left:12px">
        <p><strong>Senior Ventilation Engineer (Remote - Canada)</strong><br>
        Thursday, October 22, 2026 at 5:30 PM - 6:15 PM PDT<br>
        Video call: <a href="https://meet.google.com/kzq-hnvb-pwe">https://meet.google.com/kzq-hnvb-pwe</a></p>
        <p>Interviewers: Graham Oyelaran (Director, Underground Infrastructure)</p>
        </div>
        <p>Since you're in Ontario, that's the end of our day and evening for you; thanks for being flexible.</p>
        <p>If you have any questions, reply to this email.</p>
        <p>Priya Sandhu<br>Coastline Tunnel Group</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </div>
        """)
    return message(hdrs(
        "Coastline Tunnel Group <no-reply@hire.lever.co>",
        "Interview scheduled with Coastline Tunnel Group",
        "2026-10-19 13:30", "America/Vancouver", "<20261019203000.9c1f77a2e4@hire.lever.co>",
        "mta-18.hire.lever.co (mta-18.hire.lever.co [198.51.100.88])",
        extra=(("Reply-To", addr("Priya Sandhu", "priya.sandhu@coastlinetunnel.com")),)),
        alt(text(body), html(page)))


# --- 7: Calendly, agency screening, booked in EDT for a slot after DST ends
@make.mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-03 09:00", TOR), end=utc("2026-11-03 09:30", TOR),
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:30", zone=TOR,
           contact="kayla.morin@shaftlinetalent.ca", company="Shaftline Talent Partners",
           note="Calendly invitee confirmation sent Thu 29 Oct (EDT) for Tue 3 Nov 9:00-9:30am Eastern, "
                "after DST ends on 1 Nov: EST (UTC-5) -> 14:00-14:30Z; agency screening interview "
                "(client confidential), company = the agency; contact = Reply-To host")
def m07() -> bytes:
    body = t("""
        Hi Marc Bélanger,

        A new event has been scheduled.

        Event Type:
        Screening interview - Ventilation Engineer (client search)

        Invitee:
        Marc Bélanger

        Invitee Email:
        marc.belanger@example.org

        Event Date/Time:
        09:00am - 09:30am (Eastern Time - US & Canada) on Tuesday, November 3, 2026

        Location:
        Kayla will call you at 705-555-0166

        Questions:
        Anything you'd like to share before our conversation?
        Open to Sudbury, Timmins or remote; notice period 4 weeks.

        Cancel: https://calendly.com/cancellations/7f3a2c91-shaftline
        Reschedule: https://calendly.com/reschedulings/7f3a2c91-shaftline

        Powered by Calendly.com
        """)
    return message(hdrs(
        "Calendly <notifications@calendly.com>",
        "Confirmed: Screening interview - Ventilation Engineer (client search) with Kayla Morin on "
        "Tuesday, November 3, 2026",
        "2026-10-29 15:10", TOR, "<0100019a3e55b1f2-5c2d.calendly@email.calendly.com>",
        "a48-12.smtp-out.amazonses.com (a48-12.smtp-out.amazonses.com [54.240.48.12])",
        extra=(("Reply-To", addr("Kayla Morin", "kayla.morin@shaftlinetalent.ca")),)),
        alt(text(body), html(gmail_html(body))))


# --- 8: city department, Exchange / Teams in EST (after DST), Windows zone name
@make.mail(n(8), family="exchange", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-05 13:30", TOR), end=utc("2026-11-05 14:30", TOR),
           local="Thu 2026-11-05 13:30", local_end="2026-11-05 14:30", zone=TOR,
           contact="shawn.beaudry@vermilionlakes.ca", company="Municipality of Vermilion Lakes",
           note="Municipal Outlook/Teams invite, Thu 5 Nov 1:30-2:30 PM (UTC-05:00) Eastern, EST after "
                "1 Nov -> 18:30-19:30Z; ICS TZID Eastern Standard Time; contact = organizer")
def m08() -> bytes:
    body = t("""
        Good morning Marc,

        Thank you for applying to the Municipality of Vermilion Lakes. This invitation confirms your
        interview for the position of Facilities Engineer, Water & Wastewater Operations
        (Posting #2026-117).

        When: Thursday, November 5, 2026 1:30 PM-2:30 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams (link below) - please join 5 minutes early

        Panel: Shawn Beaudry (Manager, Plant Engineering), Lise Ouellet (Human Resources Advisor).
        There will be a short written exercise at the end of the interview.

        Accessibility: accommodations are available on request under the AODA.

        Shawn Beaudry, P.Eng.
        Manager, Plant Engineering
        Infrastructure Services Department
        Municipality of Vermilion Lakes
        shawn.beaudry@vermilionlakes.ca | 705-555-0115 ext. 4402

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2M2Ex>
        Meeting ID: 254 117 930 662
        Passcode: Hb8d3X
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Shawn Beaudry:mailto:shawn.beaudry@vermilionlakes.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Belanger:mailto:marc.belanger@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lise Ouellet:mailto:lise.ouellet@vermilionlakes.ca
        UID:040000008200E00074C5B7101A82E00800000000F1C27A0E3A6EDC01000000000000000010000000C44D91
        SUMMARY;LANGUAGE=en-US:Interview - Facilities Engineer\\, Water & Wastewater (2026-117)
        DTSTART;TZID=Eastern Standard Time:20261105T133000
        DTEND;TZID=Eastern Standard Time:20261105T143000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261102T134000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        addr("Shawn Beaudry", "shawn.beaudry@vermilionlakes.ca"),
        "Interview - Facilities Engineer, Water & Wastewater (2026-117)",
        "2026-11-02 08:40", TOR, "<YT2PR01MB9087E4A1D3C6B2F0@YT2PR01MB9087.CANPRD01.PROD.OUTLOOK.COM>",
        "mail.vermilionlakes.ca (mail.vermilionlakes.ca [203.0.113.61])",
        extra=(("Thread-Topic", "Interview - Facilities Engineer, Water & Wastewater (2026-117)"),
               ("Content-Language", "en-CA"))),
        alt(text(body, charset="windows-1252"), calendar(ics)))


# --- 9: SmartRecruiters, Saskatchewan (no DST: CST all year), ICS in UTC
@make.mail(n(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-10 08:00", "America/Regina"), end=utc("2026-11-10 09:00", "America/Regina"),
           local="Tue 2026-11-10 08:00", local_end="2026-11-10 09:00", zone="America/Regina",
           contact="tyler.wiebe@prairiepotash.ca", company="Prairie Potash Corp.",
           note="SmartRecruiters; '8:00 AM - 9:00 AM Saskatchewan time (CST)' - Saskatchewan stays on "
                "UTC-6 all year -> 14:00-15:00Z (the body's '9:00 AM Eastern' agrees, EST after 1 Nov); "
                "ICS in UTC; contact = Reply-To hiring manager")
def m09() -> bytes:
    body = t("""
        Hello Marc,

        Thank you for scheduling your interview for Underground Ventilation Engineer - Esterhazy
        Expansion with Prairie Potash Corp.

        Interview details
        Date: Tuesday, November 10, 2026
        Time: 8:00 AM - 9:00 AM Saskatchewan time (CST) - that's 9:00 AM Eastern for you
        Type: Video interview (Microsoft Teams link in the calendar invitation)
        Interviewer: Tyler Wiebe, Ventilation Superintendent

        We look forward to speaking with you!

        Best regards,
        Prairie Potash Talent Acquisition

        This message was sent to marc.belanger@example.org via SmartRecruiters. Manage your
        candidate profile at https://my.smartrecruiters.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-int-5c1a9e02-77d4@smartrecruiters.com
        DTSTAMP:20261106T161500Z
        DTSTART:20261110T140000Z
        DTEND:20261110T150000Z
        SUMMARY:Interview - Underground Ventilation Engineer - Prairie Potash Corp.
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA3
        ORGANIZER;CN=Tyler Wiebe:mailto:tyler.wiebe@prairiepotash.ca
        ATTENDEE;CN=Marc Belanger;RSVP=TRUE:mailto:marc.belanger@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        "Prairie Potash Corp. <noreply@smartrecruiters.com>",
        "Interview confirmed: Underground Ventilation Engineer - Esterhazy Expansion",
        "2026-11-06 10:15", "America/Regina", "<sr.8e41c0a2.1790f3@smartrecruiters.com>",
        "mail-out-11.smartrecruiters.com (mail-out-11.smartrecruiters.com [198.51.100.140])",
        extra=(("Reply-To", addr("Tyler Wiebe", "tyler.wiebe@prairiepotash.ca")),)),
        mixed(text(body, cte="7bit"),
              calendar(ics, filename="interview.ics", disposition="attachment")))


# --- 10: Ashby, Toronto start-up (remote), HTML only, base64
@make.mail(n(10), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-13 15:00", TOR), end=utc("2026-11-13 16:00", TOR),
           local="Fri 2026-11-13 15:00", local_end="2026-11-13 16:00", zone=TOR,
           contact="olu@ventwise.io", company="Ventwise Analytics",
           note="Ashby HTML-only base64; 'Friday, November 13, 2026, 3:00 PM - 4:00 PM EST' -> "
                "20:00-21:00Z; contact = Reply-To recruiter")
def m10() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Marc,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><strong>Technical deep-dive: Ventilation-on-Demand</strong><br>
        Friday, November 13, 2026, 3:00 PM – 4:00 PM EST<br>
        Google Meet: <a href="https://meet.google.com/ufa-rrxq-kdi">meet.google.com/ufa-rrxq-kdi</a></p>
        <p>You'll meet with:<br>
        &nbsp;&nbsp;Hana Lindqvist — Staff Engineer, Controls<br>
        &nbsp;&nbsp;Mateus Farias — Product Lead</p>
        <p>Questions? Just reply and it will reach Olu Adebayo.</p>
        <p>Thanks,<br>Ventwise Recruiting</p>
        <p style="color:#8e8e93;font-size:11px">Powered by Ashby</p>
        </body></html>
        """)
    return message(hdrs(
        "Ventwise <no-reply@ashbyhq.com>",
        "Interview confirmed: Senior Mining Applications Engineer at Ventwise",
        "2026-11-07 12:05", TOR, "<010001932b7c11e0-2f4c8d1a-91b3-4c5e-ab2d-7f0e3c9d1a55-000000@email.amazonses.com>",
        "mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
        extra=(("Reply-To", addr("Olu Adebayo", "olu@ventwise.io")),)),
        html(page, cte="base64"))


# --- 11: Google Calendar invitation from a Thunder Bay firm (Eastern), organizer human
@make.mail(n(11), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-24 10:00", TOR), end=utc("2026-11-24 11:00", TOR),
           local="Tue 2026-11-24 10:00", local_end="2026-11-24 11:00", zone=TOR,
           contact="megan.kaipio@superiorshaft.ca", company="Superior Shaft Services",
           note="Google Calendar invitation; Thunder Bay is on Eastern time; 'Tue Nov 24, 2026 10am - "
                "11am (Eastern Time - Toronto)' EST -> 15:00-16:00Z; contact = ORGANIZER")
def m11() -> bytes:
    body = t("""
        You have been invited to the following event.

        Interview: Marc Bélanger / Ventilation Lead - Superior Shaft Services
        When: Tuesday Nov 24, 2026 10am – 11am Eastern Time - Toronto
        Joining info: Join with Google Meet https://meet.google.com/bpe-qowt-xzv
        Calendar: marc.belanger@example.org
        Who:
          * Megan Kaipio - organizer
          * Dale Koski
          * marc.belanger@example.org

        Hi Marc - here's the invite for Tuesday. Dale is our GM in Thunder Bay; he'll run the
        technical questions and I'll cover the rest. - Megan

        Going (marc.belanger@example.org)?   Yes - Maybe - No    more options »

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ_TORONTO + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Toronto:20261124T100000
        DTEND;TZID=America/Toronto:20261124T110000
        DTSTAMP:20261117T210000Z
        ORGANIZER;CN=Megan Kaipio:mailto:megan.kaipio@superiorshaft.ca
        UID:5r2kq0d8m1v3h7c4e6n9b0a2f1@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Megan Kaipio;X-NUM-GUESTS=0:mailto:megan.kaipio@superiorshaft.ca
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dale Koski;X-NUM-GUESTS=0:mailto:dale.koski@superiorshaft.ca
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marc.belanger@example.org;X-NUM-GUESTS=0:mailto:marc.belanger@example.org
        DESCRIPTION:Hi Marc - here's the invite for Tuesday.
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Marc Bélanger / Ventilation Lead - Superior Shaft Services
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        addr("Megan Kaipio", "megan.kaipio@superiorshaft.ca"),
        "Invitation: Interview: Marc Bélanger / Ventilation Lead - Superior Shaft Services @ "
        "Tue Nov 24, 2026 10am - 11am (EST) (marc.belanger@example.org)",
        "2026-11-17 16:00", TOR, "<calendar-5c0e7d24-8a1f-4b1e-9d3a-2e6f0c4b7a19@google.com>",
        "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
        extra=(("Reply-To", addr("Megan Kaipio", "megan.kaipio@superiorshaft.ca")),
               ("Sender", "Google Calendar <calendar-notification@google.com>"))),
        mixed(alt(text(body), html(gmail_html(body)),
                  calendar(ics, method="REQUEST", cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                       filename="invite.ics", disposition="attachment", name_param=True)))


# --- 12: Timmins contractor, texts-style reply from a phone, quoted proposal
@make.mail(n(12), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-23 07:00", TOR), end=None,
           local="Mon 2026-11-23 07:00", zone=TOR,
           contact="rlefebvre@porcupinemc.ca", company="Porcupine Mine Contractors",
           note="Terse phone reply 'yep mon 7am works' to Marc's proposal 'Monday at 7'; Date Sat 21 Nov "
                "-> Mon 23 Nov 07:00 EST (UTC-5) = 12:00Z; no length -> end null; contact = sender")
def m12() -> bytes:
    body = t("""
        yep mon 7am works. site office at the Hoyle rd yard, tell the gate ur here for me. bring
        steel toes n hard hat, we'll go underground after we talk

        R

        Sent from my iPhone

        > On Nov 21, 2026, at 3:12 PM, Marc Bélanger <marc.belanger@example.org> wrote:
        >
        > Hi Rick, I can drive up Sunday night. Would Monday at 7 work for the interview,
        > before your shift meeting? Otherwise Tuesday any time.
        > Marc
        """)
    return message(hdrs(
        addr("Rick Lefebvre", "rlefebvre@porcupinemc.ca"), "Re: interview - vent tech lead",
        "2026-11-21 19:52", TOR, "<6B2E90F1-3C4A-4D7E-9F21-0A8B5C3D2E11@porcupinemc.ca>",
        "smtp.porcupinemc.ca (smtp.porcupinemc.ca [203.0.113.140])",
        extra=(("In-Reply-To", "<CAGx7pQ2mT8w@mail.example.org>"),
               ("References", "<CAGx7pQ2mT8w@mail.example.org>"),
               ("X-Mailer", "iPhone Mail (22B91)"))),
        text(body, cte="quoted-printable"))


# --- 13: Microsoft Bookings, staffing agency, zone label shows standard offset in September
@make.mail(n(13), family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-09 11:00", TOR), end=utc("2026-09-09 11:30", TOR),
           local="Wed 2026-09-09 11:00", local_end="2026-09-09 11:30", zone=TOR,
           contact=None, company="Nickel City Engineering Staffing",
           note="Bookings confirmation; label '(UTC-05:00) Eastern Time (US & Canada)' is the standard "
                "offset but 9 Sep is EDT (UTC-4): 11:00-11:30 -> 15:00-15:30Z, as the ICS says; only a "
                "Bookings mailbox and a staff name -> contact null")
def m13() -> bytes:
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <div style="font-size:20px;color:#0078d4">Your booking is confirmed</div>
        <p>Hi Marc Bélanger,</p>
        <p>Thank you for booking with Nickel City Engineering Staffing.</p>
        <table>
        <tr><td>Service</td><td><b>Candidate interview - Mining &amp; Ventilation desk</b></td></tr>
        <tr><td>Date and time</td><td>Wednesday, September 9, 2026 11:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td>Duration</td><td>30 minutes</td></tr>
        <tr><td>Staff</td><td>Aaron Kim</td></tr>
        <tr><td>Location</td><td>Microsoft Teams - <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qk9P">Join your appointment</a></td></tr>
        </table>
        <p>Need to make changes? <a href="https://outlook.office365.com/owa/calendar/NickelCityStaffing@nces.ca/bookings/">Manage booking</a></p>
        <p style="color:#666;font-size:12px">Nickel City Engineering Staffing · 96 Durham St, Sudbury ON</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nickel City Engineering Staffing:mailto:NickelCityStaffing@nces.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Belanger:mailto:marc.belanger@example.org
        UID:040000008200E00074C5B7101A82E00800000000A3B1D94F6C3FDC01000000000000000010000000E7B1
        SUMMARY;LANGUAGE=en-US:Candidate interview - Mining & Ventilation desk
        DTSTART;TZID=Eastern Standard Time:20260909T110000
        DTEND;TZID=Eastern Standard Time:20260909T113000
        DTSTAMP:20260903T180200Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        "Nickel City Engineering Staffing <NickelCityStaffing@nces.ca>",
        "Your booking is confirmed: Candidate interview - Mining & Ventilation desk",
        "2026-09-03 14:02", TOR, "<YQXPR01MB4410B2C8@YQXPR01MB4410.CANPRD01.PROD.OUTLOOK.COM>",
        "mail-yqxcan01on2050.outbound.protection.outlook.com (40.107.116.50)"),
        mixed(html(page), calendar(ics, filename="invite.ics", disposition="attachment")))


# --- 14: Teamtailor, Swedish firm; Europe already on CET, Ontario still on EDT
@make.mail(n(14), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-28 15:00", "Europe/Stockholm"), end=utc("2026-10-28 16:00", "Europe/Stockholm"),
           local="Wed 2026-10-28 15:00", local_end="2026-10-28 16:00", zone="Europe/Stockholm",
           contact="linnea.bergqvist@gruvlyft.se", company="Gruvlyft AB",
           note="Teamtailor; '15:00-16:00 CET (10:00-11:00 in Sudbury)' on 28 Oct: Sweden back on CET "
                "(UTC+1) since 25 Oct, Ontario still EDT until 1 Nov (5 h gap, not 6) -> 14:00-15:00Z; "
                "contact = Reply-To recruiter")
def m14() -> bytes:
    body = t("""
        Hi Marc,

        Great news - we'd like to invite you to an interview for the role Ventilation Systems
        Engineer (Canada, remote) and you've booked:

        Wednesday 28 October 2026
        15:00 - 16:00 CET (10:00 - 11:00 in Sudbury - note Sweden has already changed its clocks)
        Microsoft Teams - the link is in your calendar invitation

        You will meet Linnea Bergqvist (Talent Acquisition) and Johan Eklund (Head of Ventilation
        Products). We will talk about your background and our Canadian customer projects in the
        Sudbury basin.

        Kind regards,
        Linnea Bergqvist
        Gruvlyft AB

        You received this email because you applied for a job at Gruvlyft AB.
        https://career.gruvlyft.se/connect
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    return message(hdrs(
        "Gruvlyft AB <no-reply@teamtailor-mail.com>",
        "Interview booked: Ventilation Systems Engineer (Canada, remote)",
        "2026-10-21 09:30", "Europe/Stockholm", "<tt-b91e2a7f4c@teamtailor-mail.com>",
        "mail26.teamtailor-mail.com (mail26.teamtailor-mail.com [185.210.4.26])",
        extra=(("Reply-To", addr("Linnea Bergqvist", "linnea.bergqvist@gruvlyft.se")),)),
        alt(text(body), html(page)))


# --- 15: GoodTime itinerary, Toronto consultancy, three sessions
@make.mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-03 10:00", TOR), end=utc("2026-12-03 12:30", TOR),
           local="Thu 2026-12-03 10:00", local_end="2026-12-03 12:30", zone=TOR,
           contact="nadia.kostova@harlowsubsurface.com", company="Harlow Subsurface Consulting",
           note="GoodTime on-site itinerary, three sessions Thu 3 Dec 10:00 AM to 12:30 PM EST -> "
                "15:00-17:30Z (first start to last end); contact = Reply-To coordinator")
def m15() -> bytes:
    body = t("""
        Hi Marc,

        Your interview with Harlow Subsurface Consulting is confirmed. Here is your itinerary:

        Thursday, December 3, 2026 (Eastern Time)
        Location: 220 Bay Street, Suite 1400, Toronto ON - check in at reception on the 14th floor

        10:00 AM - 10:45 AM  Technical interview - Sofia Marchetti, Principal Ventilation Engineer
        11:00 AM - 11:45 AM  Hiring manager - Owen Pryce, Director, Mining Practice
        12:00 PM - 12:30 PM  Culture and benefits - Nadia Kostova, Recruiting Coordinator

        Travel: we booked your Porter flight from Sudbury (YSB) on Wednesday evening; the hotel
        confirmation will come separately.

        Questions? Reply to this email to reach Nadia.

        Sent by GoodTime on behalf of Harlow Subsurface Consulting
        """)
    return message(hdrs(
        "Harlow Subsurface Consulting <no-reply@goodtime.io>",
        "Your interview itinerary - Harlow Subsurface Consulting",
        "2026-11-25 13:20", TOR, "<goodtime.itin.7a1d52@goodtime.io>",
        "o1.ptr6213.goodtime.io (o1.ptr6213.goodtime.io [149.72.11.80])",
        extra=(("Reply-To", addr("Nadia Kostova", "nadia.kostova@harlowsubsurface.com")),)),
        alt(text(body), html(gmail_html(body))))


# --- 16: forward to self of an agency mail with a pasted Zoom invitation (message/rfc822)
@make.mail(n(16), family="forward_self", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-09 14:00", TOR), end=utc("2026-12-09 14:45", TOR),
           local="Wed 2026-12-09 14:00", local_end="2026-12-09 14:45", zone=TOR,
           contact="sophie.tremblay@lumenrockrecruit.ca", company="Vaillancourt Mining",
           note="Marc forwards (from example.net to example.org) an agency mail as message/rfc822; Zoom "
                "'Dec 9, 2026 02:00 PM Eastern Time', '45 minutes' -> 19:00-19:45Z; contact = the "
                "recruiter in the forwarded headers (never Marc); company = the hiring client")
def m16() -> bytes:
    inner_body = t("""
        Hi Marc,

        Good news - Vaillancourt Mining would like to meet you for the Chief Ventilation Engineer
        role at their Matachewan site. The interview is with Martine Vaillancourt (VP Operations)
        and will be 45 minutes. Zoom details below.

        Sophie Tremblay
        Senior Consultant, Mining & Heavy Industry | Lumenrock Recruitment
        705-555-0174

        Sophie Tremblay is inviting you to a scheduled Zoom meeting.

        Topic: Vaillancourt Mining - Interview - M. Bélanger
        Time: Dec 9, 2026 02:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/84412093377?pwd=ZkR2b0lTQm9LeUp5
        Meeting ID: 844 1209 3377
        Passcode: 551902
        """)
    inner = message([
        ("From", addr("Sophie Tremblay", "sophie.tremblay@lumenrockrecruit.ca")),
        ("To", addr("Marc Bélanger", "marc.belanger@example.net")),
        ("Subject", "Interview confirmed - Vaillancourt Mining (Chief Ventilation Engineer)"),
        ("Date", date("2026-12-04 16:02", TOR)),
        ("Message-ID", "<MN2PR10MB4127F1@MN2PR10MB4127.namprd10.prod.outlook.com>"),
    ], text(inner_body))
    outer = t("""
        fwd to main acct so it lands on the calendar

        """)
    return message(hdrs(
        addr("Marc Bélanger", "marc.belanger@example.net"),
        "Fwd: Interview confirmed - Vaillancourt Mining (Chief Ventilation Engineer)",
        "2026-12-04 21:14", TOR, "<f2b8c1a0-5e2d-41aa-9c07@example.net>",
        "smtp.example.net (smtp.example.net [198.51.100.9])"),
        mixed(text(outer, cte="7bit"), attached_message(inner)))


# --- 17: iCIMS reschedule, old and new time in the body, recruiter address in the signature
@make.mail(n(17), family="icims", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-01 10:00", TOR), end=utc("2026-10-01 11:00", TOR),
           local="Thu 2026-10-01 10:00", local_end="2026-10-01 11:00", zone=TOR,
           contact="harpreet.gill@dunmore-eng.com", company="Dunmore Engineering",
           days=(("Tue", "2026-09-29"),),
           note="iCIMS reschedule: old Tue 29 Sep 2:00 PM, new Thu 1 Oct 10:00-11:00 AM ET (EDT, UTC-4) "
                "-> 14:00-15:00Z; sender is the iCIMS relay, contact = recruiter in the signature")
def m17() -> bytes:
    body = t("""
        Dear Marc,

        Due to a conflict on the panel, we need to move your interview for Senior Mechanical
        Engineer - Mine Ventilation (Req 2026-3318).

        Previously scheduled: Tuesday, September 29, 2026, 2:00 PM - 3:00 PM ET
        NEW date and time:   Thursday, October 1, 2026, 10:00 AM - 11:00 AM ET

        The location is unchanged: Dunmore Engineering, 1 Toronto Street, 9th floor (or by
        Teams if you prefer - let me know). We apologize for the inconvenience.

        Sincerely,

        Harpreet Gill
        Talent Acquisition Partner, Dunmore Engineering
        harpreet.gill@dunmore-eng.com | 416-555-0131

        Please do not reply to this message. This email was sent via iCIMS.
        """)
    return message(hdrs(
        "Dunmore Engineering <dunmore+autoreply@talent.icims.com>",
        "UPDATED: Interview - Senior Mechanical Engineer - Mine Ventilation",
        "2026-09-25 11:45", TOR, "<1790.1a2b3c.icims.2026-3318@talent.icims.com>",
        "mta-out-06.icims.com (mta-out-06.icims.com [198.51.100.6])"),
        alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


# --- 18: French prose reschedule from a North Bay firm (Remembrance Day)
@make.mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-11-12 13:30", TOR), end=None,
           local="Thu 2026-11-12 13:30", zone=TOR,
           contact="luc.gagnon@temiscamie.ca", company="Groupe minier Témiscamie",
           days=(("Wed", "2026-11-11"),),
           note="French prose: entrevue déplacée de 'mercredi 10 h' (11 Nov) à 'jeudi 13 h 30', relative "
                "to Date Mon 9 Nov -> Thu 12 Nov 13:30 EST (UTC-5) = 18:30Z; no length -> end null; "
                "base64 utf-8")
def m18() -> bytes:
    body = t("""
        Bonjour Marc,

        Petit changement : mercredi, c'est le jour du Souvenir et notre directeur de la mine
        participe à la cérémonie à North Bay. Je dois donc déplacer notre entrevue de mercredi 10 h
        à jeudi 13 h 30. Même lien Teams que dans l'invitation d'origine.

        Désolé pour le contretemps, et merci de ta souplesse. Dis-moi si jeudi ne fonctionne pas.

        Luc Gagnon
        Directeur, Services techniques
        Groupe minier Témiscamie
        705 555-0158
        """)
    return message(hdrs(
        addr("Luc Gagnon", "luc.gagnon@temiscamie.ca"), "Entrevue – changement d'heure",
        "2026-11-09 08:15", TOR, "<CAH4sN0t9pD2kV@mail.gmail.com>",
        "mail-qk1-f178.google.com (mail-qk1-f178.google.com [209.85.222.178])"),
        alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# --- 19: Google Calendar updated invitation, sent in EDT, old and new slots both in EST
@make.mail(n(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-04 14:00", TOR), end=utc("2026-11-04 15:00", TOR),
           local="Wed 2026-11-04 14:00", local_end="2026-11-04 15:00", zone=TOR,
           contact="chantal.roy@northshorerms.ca", company="Northshore Rail & Mine Services",
           days=(("Mon", "2026-11-02"),),
           note="Google Calendar 'Updated invitation' sent Fri 30 Oct (EDT); was Mon 2 Nov 10am, now Wed "
                "4 Nov 2pm-3pm Eastern (EST after 1 Nov, UTC-5) -> 19:00-20:00Z; ICS SEQUENCE:1; "
                "contact = ORGANIZER")
def m19() -> bytes:
    body = t("""
        This event has been changed.

        Interview - Marc Bélanger (Maintenance & Ventilation Engineer)
        When: Changed: Wednesday Nov 4, 2026 2pm – 3pm Eastern Time - Toronto
        (previously: Monday Nov 2, 2026 10am – 11am)
        Where: Northshore Rail & Mine Services, 150 Main St W, North Bay - boardroom B
        Calendar: marc.belanger@example.org
        Who:
          * Chantal Roy - organizer
          * Gerry Lafrance
          * marc.belanger@example.org

        Going (marc.belanger@example.org)?   Yes - Maybe - No    more options »

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ_TORONTO + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Toronto:20261104T140000
        DTEND;TZID=America/Toronto:20261104T150000
        DTSTAMP:20261030T180000Z
        ORGANIZER;CN=Chantal Roy:mailto:chantal.roy@northshorerms.ca
        UID:0q8v1c3n5m7k9h2j4g6f8d0s1a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marc.belanger@example.org;X-NUM-GUESTS=0:mailto:marc.belanger@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gerry Lafrance;X-NUM-GUESTS=0:mailto:gerry.lafrance@northshorerms.ca
        LOCATION:Northshore Rail & Mine Services\\, 150 Main St W\\, North Bay - boardroom B
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview - Marc Bélanger (Maintenance & Ventilation Engineer)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        addr("Chantal Roy", "chantal.roy@northshorerms.ca"),
        "Updated invitation: Interview - Marc Bélanger (Maintenance & Ventilation Engineer) @ "
        "Wed Nov 4, 2026 2pm - 3pm (EST) (marc.belanger@example.org)",
        "2026-10-30 14:00", TOR, "<calendar-a91f3e06-2b7c-4d81-8f5e-1c0d9b3a7e42@google.com>",
        "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


# --- 20: Workable reschedule, Manitoba firm on Central time, relay Reply-To
@make.mail(n(20), family="workable", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-10 13:00", "America/Winnipeg"), end=utc("2026-12-10 13:45", "America/Winnipeg"),
           local="Thu 2026-12-10 13:00", local_end="2026-12-10 13:45", zone="America/Winnipeg",
           contact="jodie.sinclair@cormorantlake.ca", company="Cormorant Lake Minerals",
           days=(("Tue", "2026-12-08"),),
           note="Workable: moved from Tue 8 Dec 9:00 to Thu 10 Dec 1:00-1:45 PM CST (UTC-6) -> "
                "19:00-19:45Z (body adds '2:00 PM your time', EST); Reply-To is a Workable relay, "
                "contact = the recruiter's address in the signature")
def m20() -> bytes:
    body = t("""
        Hi Marc,

        Our site manager has to be underground on Tuesday, so we've moved your interview for
        Mine Ventilation Engineer (Flin Flon, MB):

        Was: Tuesday, December 8, 2026, 9:00 AM CST
        Now: Thursday, December 10, 2026, 1:00 PM - 1:45 PM CST (2:00 PM your time in Sudbury)

        Same Zoom link as before. Reply here if Thursday doesn't work.

        Thanks,
        Jodie Sinclair
        HR Generalist, Cormorant Lake Minerals
        jodie.sinclair@cormorantlake.ca
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Marc,</p>
        <p>Our site manager has to be underground on Tuesday, so we've moved your interview for
        <b>Mine Ventilation Engineer (Flin Flon, MB)</b>:</p>
        <p><s>Was: Tuesday, December 8, 2026, 9:00 AM CST</s><br>
        <b>Now: Thursday, December 10, 2026, 1:00 PM - 1:45 PM CST</b> (2:00 PM your time in Sudbury)</p>
        <p>Same Zoom link as before. Reply here if Thursday doesn't work.</p>
        <p>Thanks,<br>Jodie Sinclair<br>HR Generalist, Cormorant Lake Minerals<br>
        <a href="mailto:jodie.sinclair@cormorantlake.ca">jodie.sinclair@cormorantlake.ca</a></p>
        <p style="color:#999;font-size:11px">Powered by Workable</p>
        </div>
        """)
    return message(hdrs(
        "Cormorant Lake Minerals <noreply@candidates.workablemail.com>",
        "Interview rescheduled: Mine Ventilation Engineer (Flin Flon, MB)",
        "2026-12-02 10:30", "America/Winnipeg", "<wk.3f9a0c21e7.rsch@candidates.workablemail.com>",
        "mail-a21.workablemail.com (mail-a21.workablemail.com [52.29.10.21])",
        extra=(("Reply-To", "cormorant-lake-minerals+c8d41f7a2b@candidates.workablemail.com"),)),
        alt(text(body), html(page)))


# --- 21: Exchange cancellation, Windows zone name, windows-1252, no new time
@make.mail(n(21), family="exchange", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-16 10:00", TOR), end=utc("2026-10-16 11:00", TOR),
           local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone=TOR,
           contact="melanie.paquette@copperline-eng.ca", company="Copperline Engineering",
           note="Outlook 'Canceled:' with METHOD:CANCEL; cancelled slot Fri 16 Oct 10:00-11:00 AM "
                "(UTC-05:00) label, EDT (UTC-4) -> 14:00-15:00Z; no new time; contact = organizer")
def m21() -> bytes:
    body = t("""
        When: Friday, October 16, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Copperline Engineering – 2nd floor boardroom, 1300 Kingsway

        Hi Marc – I’m sorry, our hiring manager is off on medical leave and we have to cancel
        Friday’s interview. We’ll be in touch once we know when we can rebook; your application
        stays active.

        Mélanie Paquette
        Human Resources | Copperline Engineering
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Melanie Paquette:mailto:melanie.paquette@copperline-eng.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Marc Belanger:mailto:marc.belanger@example.org
        UID:040000008200E00074C5B7101A82E008000000006E21C0B8A94ADC01000000000000000010000000D19F
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Marc Belanger - Ventilation Engineer
        DTSTART;TZID=Eastern Standard Time:20261016T100000
        DTEND;TZID=Eastern Standard Time:20261016T110000
        DTSTAMP:20261013T192200Z
        STATUS:CANCELLED
        SEQUENCE:2
        PRIORITY:1
        LOCATION;LANGUAGE=en-US:Copperline Engineering - 2nd floor boardroom
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        addr("Mélanie Paquette", "melanie.paquette@copperline-eng.ca"),
        "Canceled: Interview - Marc Belanger - Ventilation Engineer",
        "2026-10-13 15:22", TOR, "<YT4PR01MB7730D1E2@YT4PR01MB7730.CANPRD01.PROD.OUTLOOK.COM>",
        "mail-yt4can01on2119.outbound.protection.outlook.com (40.107.117.119)",
        extra=(("Importance", "high"),)),
        alt(text(body, charset="windows-1252"), calendar(ics, method="CANCEL")))


# --- 22: Calendly cancellation by the host, agency client interview, reason given
@make.mail(n(22), family="calendly", lang="en", interview=True, kind="cancelled",
           start=utc("2026-12-10 10:00", TOR), end=utc("2026-12-10 10:45", TOR),
           local="Thu 2026-12-10 10:00", local_end="2026-12-10 10:45", zone=TOR,
           contact="kayla.morin@shaftlinetalent.ca", company="Ridgeback Mining",
           note="Calendly 'Canceled' by the host; cancelled slot Thu 10 Dec 10:00-10:45am Eastern (EST) "
                "-> 15:00-15:45Z; client interview, company = the hiring client; contact = Reply-To host")
def m22() -> bytes:
    body = t("""
        Hi Marc Bélanger,

        Kayla Morin has canceled the following event:

        Event Type:
        Client interview - Ridgeback Mining (Ventilation Superintendent)

        Event Date/Time:
        10:00am - 10:45am (Eastern Time - US & Canada) on Thursday, December 10, 2026

        Reason for cancellation:
        "Ridgeback has paused the search until the new year - so sorry Marc, I'll call you."

        Schedule another event: https://calendly.com/kayla-shaftline

        Powered by Calendly.com
        """)
    return message(hdrs(
        "Calendly <notifications@calendly.com>",
        "Canceled: Client interview - Ridgeback Mining (Ventilation Superintendent) with Kayla Morin on "
        "Thursday, December 10, 2026",
        "2026-12-04 09:00", TOR, "<0100019b77c3a0d1-8e2b.calendly@email.calendly.com>",
        "a48-30.smtp-out.amazonses.com (a48-30.smtp-out.amazonses.com [54.240.48.30])",
        extra=(("Reply-To", addr("Kayla Morin", "kayla.morin@shaftlinetalent.ca")),)),
        alt(text(body), html(gmail_html(body))))


# --- 23: Thunder Bay firm cancels the interview of key 11: position filled internally
@make.mail(n(23), family="human_prose", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-24 10:00", TOR), end=utc("2026-11-24 11:00", TOR),
           local="Tue 2026-11-24 10:00", local_end="2026-11-24 11:00", zone=TOR,
           contact="megan.kaipio@superiorshaft.ca", company="Superior Shaft Services",
           note="Prose cancellation of 'Tuesday's interview (Nov 24, 10-11 am ET)' - the role was filled "
                "internally, no new time; EST -> 15:00-16:00Z; thread with the Google invite; "
                "contact = sender")
def m23() -> bytes:
    body = t("""
        Hi Marc,

        I'm afraid I have to cancel Tuesday's interview (Nov 24, 10-11 am ET). Late yesterday
        Dale decided to fill the Ventilation Lead position internally - one of our shift bosses
        in Thunder Bay has been acting in the role since summer and it made sense to confirm him.

        I'm really sorry for the short notice. I'll take the calendar invite down and, with your
        permission, keep your CV on file for the Hemlo project hiring in the spring.

        All the best,
        Megan

        Megan Kaipio | People & Culture Lead
        Superior Shaft Services Ltd. | Thunder Bay, ON
        """)
    return message(hdrs(
        addr("Megan Kaipio", "megan.kaipio@superiorshaft.ca"),
        "Cancelling Tuesday's interview - Ventilation Lead",
        "2026-11-20 11:37", TOR, "<CAK8nV2w1pFq@mail.gmail.com>",
        "mail-lf1-f45.google.com (mail-lf1-f45.google.com [209.85.167.45])"),
        alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives (keys 24-50)


# --- 24: Taleo rejection after an interview
@make.mail(n(24), family="rejection", lang="en", interview=False, company="Kestrel Bay Gold",
           note="Taleo rejection after the interview 'on September 10'; no new time")
def m24() -> bytes:
    body = t("""
        Dear Marc Bélanger,

        Thank you for your interest in the Senior Ventilation Engineer position (Job Number
        2600412) at Kestrel Bay Gold - Timmins Operations, and for taking the time to interview with
        our team on September 10.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches the current needs of the operation.

        We encourage you to continue to visit our Career Section and apply for future positions
        that match your qualifications.

        Sincerely,
        Kestrel Bay Gold Talent Acquisition

        **This is an automated message from an unmonitored mailbox. Please do not reply.**
        """)
    return message(hdrs(
        "Kestrel Bay Gold <kestrelbay@ca.taleo.net>",
        "Senior Ventilation Engineer - Job Number 2600412 - Application Status",
        "2026-09-22 07:31", TOR, "<1452931.88412.1790076660@tbe.taleo.net>",
        "tbe-smtp-04.taleo.net (tbe-smtp-04.taleo.net [160.34.7.104])"),
        html(gmail_html(body), charset="iso-8859-1"))


# --- 25: offer from the drill maker (thread with key 2), deadline and start date
@make.mail(n(25), family="offer", lang="en", interview=False, company="Kivela Drill Systems",
           days=(("Fri", "2026-10-23"), ("Mon", "2026-11-16")),
           note="Written offer after the interviews; a signing deadline and a start date, no interview")
def m25() -> bytes:
    body = t("""
        Hi Marc,

        Great news - following your interviews with Antti and me, we'd like to offer you the role
        of Applications Engineer, Underground Ventilation. The offer letter is attached through
        DocuSign (base salary $128,000, 10% target bonus, vehicle allowance).

        If you could sign by Friday, October 23, we'd target a start date of Monday, November 16.
        Happy to jump on a call before then if you have questions - just text me.

        Welcome aboard (I hope!),
        Pekka

        --
        Pekka Rautio | Engineering Manager, Underground Equipment
        Kivela Drill Systems Canada Inc. | Sudbury ON
        """)
    return message(hdrs(
        addr("Pekka Rautio", "pekka.rautio@kiveladrill.com"), "Offer - Applications Engineer, Underground Ventilation",
        "2026-10-16 10:05", TOR, "<YT3PR01MB6412B7E0F1@YT3PR01MB6412.CANPRD01.PROD.OUTLOOK.COM>",
        "mail-yt3can01on2091.outbound.protection.outlook.com (52.101.189.91)"),
        alt(text(body), html(gmail_html(body))))


# --- 26: softgarden application receipt, interview only hypothetical
@make.mail(n(26), family="application_ack", lang="en", interview=False, company="Schachtbau Reiter Canada",
           note="softgarden application receipt; 'we will invite you to an interview' is hypothetical")
def m26() -> bytes:
    body = t("""
        Dear Mr. Bélanger,

        Thank you for your application as Ventilation Design Engineer (m/f/d) - Sudbury, ON.
        We have received your documents and will review them carefully.

        If your profile matches our requirements, we will invite you to a first interview within
        the next three weeks. You can check the status of your application at any time in your
        candidate account.

        Kind regards
        Your recruiting team at Schachtbau Reiter Canada Ltd.

        Schachtbau Reiter Canada Ltd. · 2140 Regent St, Sudbury ON
        This message was sent via softgarden e-recruiting.
        """)
    return message(hdrs(
        "Schachtbau Reiter Canada <noreply@softgarden.io>",
        "Your application: Ventilation Design Engineer (m/f/d) - Sudbury, ON",
        "2026-09-08 04:12", TOR, "<sg.0b4e2f61a9.appl@softgarden.io>",
        "mx-out-2.softgarden.io (mx-out-2.softgarden.io [185.56.40.22])"),
        alt(text(body), html(gmail_html(body))))


# --- 27: job-board alert digest
@make.mail(n(27), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board digest; 'Interviewing now' and 'Hiring event Thursday' badges confirm nothing")
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2 style="color:#b35900">6 new jobs for "ventilation engineer" near Sudbury, ON</h2>
        <div><a href="https://minehire.ca/j/88213"><b>Senior Ventilation Engineer</b></a><br>
        Kestrel Bay Gold · Timmins, ON · $125K-$150K<br>
        <span style="background:#e6f4ea">Interviewing now</span></div><hr>
        <div><a href="https://minehire.ca/j/88240"><b>Ventilation Technician</b></a><br>
        Onyx Ridge Nickel · Sudbury, ON · Rotational<br>
        <span style="background:#fff3cd">Hiring event Thursday 10 AM - 2 PM</span></div><hr>
        <div><a href="https://minehire.ca/j/88251"><b>Mine Engineer - Ventilation &amp; Cooling</b></a><br>
        Red Lake Gold Partners · Red Lake, ON · Fly-in/fly-out</div><hr>
        <div><a href="https://minehire.ca/j/88266"><b>HVAC Project Engineer</b></a><br>
        Lakeview Controls · Toronto, ON (hybrid)</div>
        <p><a href="https://minehire.ca/alerts">See all 6 jobs</a></p>
        <p style="font-size:11px;color:#888">You are receiving this alert because you subscribed on MineHire.ca.
        <a href="https://minehire.ca/unsubscribe?u=8812">Unsubscribe</a></p>
        </body></html>
        """)
    return message(hdrs(
        "MineHire.ca Job Alerts <alerts@minehire.ca>",
        "6 new jobs for \"ventilation engineer\" near Sudbury, ON",
        "2026-10-05 06:00", TOR, "<alert.20261005.8812@minehire.ca>",
        "out-7.minehire.ca (out-7.minehire.ca [192.0.2.77])",
        extra=(("List-Unsubscribe", "<https://minehire.ca/unsubscribe?u=8812>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk"))),
        html(page))


# --- 28: Personio application receipt
@make.mail(n(28), family="application_ack", lang="en", interview=False, company="Hagedorn Bergbautechnik",
           note="Personio application receipt from a German equipment maker's Canadian branch; no time")
def m28() -> bytes:
    body = t("""
        Hello Marc,

        Thank you for your application for the position "Service Engineer Mine Ventilation
        (North America)". We have received it and will get back to you as soon as possible.

        Next steps: our team reviews every application personally. If we'd like to get to know you,
        we'll contact you to arrange a video interview with the hiring manager in Sudbury or
        Dortmund.

        Best regards
        Hagedorn Bergbautechnik GmbH - People Team

        This email was sent automatically via Personio.
        """)
    return message(hdrs(
        "Hagedorn Bergbautechnik GmbH <noreply@personio.de>",
        "Your application at Hagedorn Bergbautechnik GmbH",
        "2026-10-02 15:40", "Europe/Berlin", "<prs.71fd0c2e.4413@personio.de>",
        "mail-out.personio.de (mail-out.personio.de [185.20.212.33])"),
        alt(text(body), html(gmail_html(body))))


# --- 29: Recruitee "pick a time" link, slots offered, nothing booked
@make.mail(n(29), family="scheduling_link", lang="en", interview=False, company="Boreal Air Systems",
           days=(("Tue", "2026-10-27"), ("Thu", "2026-10-29")),
           note="Recruitee self-schedule invitation: slots offered Tue 27 - Thu 29 Oct, none chosen yet")
def m29() -> bytes:
    body = t("""
        Hi Marc,

        Thanks for applying to Boreal Air Systems! We'd like to invite you to a 30-minute video
        interview for the Application Engineer - Mine Fans role.

        Please pick a time that suits you. Available slots are between Tuesday, October 27 and
        Thursday, October 29, 9:00 AM - 4:00 PM (Eastern Time).

        Pick a time: https://boreal-air.recruitee.com/o/application-engineer-mine-fans/schedule/7Zk2

        Talk soon,
        Andrea Pellerin
        Boreal Air Systems, North Bay
        """)
    return message(hdrs(
        "Andrea Pellerin <boreal-air@recruiteemail.com>",
        "Pick a time for your interview with Boreal Air Systems",
        "2026-10-21 13:18", TOR, "<rct.55e2a1b9c3.sched@recruiteemail.com>",
        "mail.recruiteemail.com (mail.recruiteemail.com [176.34.159.12])"),
        alt(text(body), html(gmail_html(body))))


# --- 30: headhunter outreach, no time
@make.mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Pitface Search Group",
           note="Cold outreach from an executive search firm; asks for a chat, nothing fixed")
def m30() -> bytes:
    body = t("""
        Hi Marc,

        I came across your profile through the CIM ventilation society's conference program - your
        talk on ventilation-on-demand at depth was mentioned by two people I respect.

        I'm retained on a Director, Ventilation & Cooling search for a mid-tier producer with deep
        operations in the Abitibi. It's confidential for now, but I think you'd be a strong fit.
        Would you be open to a conversation in the next couple of weeks? Happy to work around your
        schedule, evenings included.

        Best,
        Wendell Okafor
        Partner, Pitface Search Group
        wendell.okafor@pitfacesearch.com | 416-555-0199
        """)
    return message(hdrs(
        addr("Wendell Okafor", "wendell.okafor@pitfacesearch.com"),
        "Confidential - Director, Ventilation & Cooling",
        "2026-09-16 12:44", TOR, "<BN8PR11MB3715E2C0@BN8PR11MB3715.namprd11.prod.outlook.com>",
        "mail-bn8nam11on2107.outbound.protection.outlook.com (40.107.236.107)"),
        text(body, cte="7bit"))


# --- 31: hiring manager proposes times, not yet confirmed
@make.mail(n(31), family="interview_proposal", lang="en", interview=False, company="Wawa Iron Range",
           days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
           note="Hiring manager proposes 'Tuesday the 13th at 10, or Wednesday at 1:30' and asks which "
                "works: a proposal, not a confirmed interview")
def m31() -> bytes:
    body = t("""
        Hi Marc,

        Thanks for sending your CV over - Gord passed it along. We'd like to have you in for an
        interview for the senior vent engineer job at the Eagle River shaft.

        Would Tuesday the 13th at 10 work? If not, Wednesday at 1:30 is open too. It'd be
        in person at the mine office in Wawa, about an hour and a half, with a surface tour after.
        Let me know which suits and I'll send a proper invite.

        Thanks,
        Brenda Nakogee
        Mine Manager, Wawa Iron Range Ltd.
        """)
    return message(hdrs(
        addr("Brenda Nakogee", "brenda.nakogee@wawairon.ca"), "Interview - senior vent engineer",
        "2026-10-07 17:20", TOR, "<a3c9f0e1-7b4d-4e2a@wawairon.ca>",
        "mail.wawairon.ca (mail.wawairon.ca [203.0.113.190])"),
        text(body, cte="8bit"))


# --- 32: employment-services intake appointment (French), fixed time, "entrevue d'accueil"
@make.mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="Employment-services intake appointment ('entrevue d'accueil') with a counsellor, "
                "Thu 17 Sep 9 h 30: a fixed time but not a job interview")
def m32() -> bytes:
    body = t("""
        Bonjour Marc Bélanger,

        Nous vous confirmons votre rendez-vous d'accueil avec votre conseillère en emploi,
        Mme Nathalie Séguin :

        Jeudi 17 septembre 2026, 9 h 30
        Services d'emploi Nord - 1, rue Elm, bureau 300, Sudbury

        Lors de cette entrevue d'accueil, nous ferons le point sur votre recherche d'emploi et sur
        les programmes de formation offerts. Veuillez apporter votre curriculum vitæ et une pièce
        d'identité.

        Pour annuler ou déplacer votre rendez-vous, composez le 705 555-0107.

        Services d'emploi Nord - un service d'Emploi Ontario
        """)
    return message(hdrs(
        "Services d'emploi Nord <rendezvous@emploinord.ca>",
        "Confirmation de votre rendez-vous – Services d'emploi Nord",
        "2026-09-10 10:02", TOR, "<rdv.19844@emploinord.ca>",
        "smtp.emploinord.ca (smtp.emploinord.ca [192.0.2.105])"),
        text(body, charset="iso-8859-15", cte="quoted-printable"))


# --- 33: a reporter interviews Marc, fixed time
@make.mail(n(33), family="press_interview", lang="en", interview=False, company=None,
           days=(("Wed", "2026-10-07"),),
           note="A journalist confirms an interview with Marc (as a source) on Wed 7 Oct at 11: a fixed "
                "time, but press, not a job interview")
def m33() -> bytes:
    body = t("""
        Hi Marc,

        Thanks again for agreeing to talk. Confirming our interview for Wednesday, October 7 at
        11 a.m. - I'll call your cell. It should take 20-30 minutes.

        I'm mostly after the practical side: what the move to battery-electric loaders means for
        ventilation design and for the air volumes underground, in plain language for our readers.
        I'll send you the quotes I use before we publish.

        Cheers,
        Kendra Whitehorse
        Reporter, Nickel Belt Courier
        kendra.whitehorse@nickelbeltcourier.ca
        """)
    return message(hdrs(
        addr("Kendra Whitehorse", "kendra.whitehorse@nickelbeltcourier.ca"),
        "Confirming our interview Wednesday - BEV story",
        "2026-10-02 16:25", TOR, "<CAJ7t2Rm0Xw@mail.gmail.com>",
        "mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])"),
        alt(text(body), html(gmail_html(body))))


# --- 34: podcast recording with a Zoom ICS
@make.mail(n(34), family="podcast", lang="en", interview=False, company=None,
           note="Podcast guest recording confirmed with an ICS (Thu 22 Oct 19:00 EDT); Marc is the guest, "
                "not a job candidate")
def m34() -> bytes:
    body = t("""
        Hey Marc!

        You're locked in as our guest on "Down the Drift", the podcast about life and work
        underground. Recording details:

        Thursday, October 22, 7:00 PM ET (about an hour)
        Zoom - link in the attached invite; please use headphones and a wired connection.

        Episode working title: "Interview with a vent engineer: heat, diesel and depth"

        Thanks for doing this,
        Jacques & Bree
        Down the Drift podcast
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Zoom Video Communications//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ_TORONTO + "\n" + t("""
        BEGIN:VEVENT
        UID:zoom-87733012458@zoom.us
        DTSTAMP:20261015T230000Z
        DTSTART;TZID=America/Toronto:20261022T190000
        DTEND;TZID=America/Toronto:20261022T200000
        SUMMARY:Down the Drift - recording with Marc Belanger
        ORGANIZER;CN=Down the Drift:mailto:hello@downthedrift.ca
        ATTENDEE;CN=Marc Belanger;RSVP=TRUE:mailto:marc.belanger@example.org
        LOCATION:https://us02web.zoom.us/j/87733012458
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        "Down the Drift <hello@downthedrift.ca>", "You're on Down the Drift - recording Thursday Oct 22",
        "2026-10-15 19:00", TOR, "<dtd-0f3b2a@downthedrift.ca>",
        "smtp.downthedrift.ca (smtp.downthedrift.ca [192.0.2.150])"),
        mixed(text(body), calendar(ics, filename="recording.ics", disposition="attachment")))


# --- 35: Executive MBA admission interview, fixed time, ICS
@make.mail(n(35), family="admission_interview", lang="en", interview=False, company=None,
           note="Executive MBA admission interview, Thu 19 Nov 6:00 PM ET with ICS: a confirmed "
                "'interview' but for a school admission, not a job")
def m35() -> bytes:
    body = t("""
        Dear Marc,

        Thank you for applying to the Executive MBA (Resource Sector Leadership) at the Northern
        Ontario School of Business. We are pleased to confirm your admission interview:

        Thursday, November 19, 2026 at 6:00 PM Eastern Time
        Online via Zoom (details in the attached calendar invitation)
        Interviewer: Dr. Amrita Basu, Academic Director

        The conversation lasts about 30 minutes and focuses on your leadership experience and
        your goals for the program.

        Graduate Admissions Office
        Northern Ontario School of Business
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//NOSB Admissions//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ_TORONTO + "\n" + t("""
        BEGIN:VEVENT
        UID:emba-adm-2027-0419@nosb.ca
        DTSTAMP:20261110T150000Z
        DTSTART;TZID=America/Toronto:20261119T180000
        DTEND;TZID=America/Toronto:20261119T183000
        SUMMARY:EMBA admission interview - Marc Belanger
        ORGANIZER;CN=Graduate Admissions:mailto:admissions@nosb.ca
        ATTENDEE;CN=Marc Belanger;RSVP=TRUE:mailto:marc.belanger@example.org
        LOCATION:Zoom
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        "NOSB Graduate Admissions <admissions@nosb.ca>", "Your EMBA admission interview - confirmation",
        "2026-11-10 10:00", TOR, "<adm.0419.emba@nosb.ca>",
        "mail.nosb.ca (mail.nosb.ca [192.0.2.201])"),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, filename="admission-interview.ics", disposition="attachment")))


# --- 36: curling-league competitive team try-out
@make.mail(n(36), family="sports_tryout", lang="en", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Curling club try-out for a competitive team, Sat 17 Oct 9:00: fixed time, not a job")
def m36() -> bytes:
    body = t("""
        Hi Marc,

        Good to hear you're interested in the men's competitive team this season! Try-outs are
        Saturday, October 17 at 9:00 sharp on sheets 3 and 4. We'll do draw weight, takeouts and a
        few ends of a scrimmage. Bring clean shoes and your own broom if you have one.

        We'll pick the last two spots by the Tuesday after.

        Good curling,
        Doug Maki
        Competitive Program Chair, Nickel Rink Curling Club
        """)
    return message(hdrs(
        addr("Doug Maki", "doug.maki@nickelrinkcurling.ca"), "Re: men's competitive try-outs",
        "2026-10-11 20:40", TOR, "<2a91f4c0-curl@nickelrinkcurling.ca>",
        "mail.nickelrinkcurling.ca (mail.nickelrinkcurling.ca [192.0.2.33])"),
        text(body, cte="8bit"))


# --- 37: snow-tire change booking with an ICS
@make.mail(n(37), family="car_service", lang="en", interview=False, company=None,
           note="Snow-tire change booking, Tue 3 Nov 7:30 AM with an ICS: a non-interview appointment")
def m37() -> bytes:
    body = t("""
        Hi Marc,

        Your appointment is confirmed.

        Service: Seasonal tire changeover (on rims) + storage
        Vehicle: 2021 Ford F-150
        Date: Tuesday, November 3, 2026
        Drop-off: 7:30 AM
        Location: Lasalle Tire & Auto, 1020 Lasalle Blvd, Sudbury

        Please arrive 5 minutes early. Bring your wheel-lock key.

        Lasalle Tire & Auto
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//AutoShopBooker//EN\nVERSION:2.0\nMETHOD:PUBLISH\n" + t("""
        BEGIN:VEVENT
        UID:ltab-55721@autoshopbooker.com
        DTSTAMP:20261028T130000Z
        DTSTART:20261103T123000Z
        DTEND:20261103T133000Z
        SUMMARY:Tire changeover - Lasalle Tire & Auto
        LOCATION:1020 Lasalle Blvd\\, Sudbury
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        "Lasalle Tire & Auto <bookings@autoshopbooker.com>", "Appointment confirmed: Tue, Nov 3 at 7:30 AM",
        "2026-10-28 09:00", TOR, "<asb.55721@autoshopbooker.com>",
        "out.autoshopbooker.com (out.autoshopbooker.com [198.51.100.211])"),
        mixed(html(gmail_html(body)), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                               disposition="attachment")))


# --- 38: passport renewal appointment
@make.mail(n(38), family="government_appointment", lang="en", interview=False, company=None,
           days=(("Mon", "2026-11-30"),),
           note="Passport renewal appointment, Mon 30 Nov 2:15 PM: fixed time, not an interview")
def m38() -> bytes:
    body = t("""
        Appointment confirmation / Confirmation de rendez-vous

        Service: Adult passport renewal (in person)
        Date: Monday, November 30, 2026
        Time: 2:15 PM (Eastern Time)
        Office: Sudbury Passport Service Point, 19 Lisgar St

        Bring: completed form, two passport photos, your current passport, payment.
        Confirmation number: PSP-7F31-0922

        Please do not reply to this email.
        """)
    return message(hdrs(
        "Passport Appointments <no-reply@passport-appointments.example.com>",
        "Appointment confirmation - passport renewal",
        "2026-11-18 08:03", TOR, "<psp.7f310922@passport-appointments.example.com>",
        "smtp.passport-appointments.example.com (198.51.100.31)"),
        text(body, cte="7bit"))


# --- 39: interview coach, mock interview via Calendly
@make.mail(n(39), family="mock_interview", lang="en", interview=False, company=None,
           note="Calendly confirmation of a paid mock-interview session with a career coach, Mon 26 Oct "
                "7:00pm: confirmed time, but practice, not a job interview")
def m39() -> bytes:
    body = t("""
        Hi Marc Bélanger,

        A new event has been scheduled.

        Event Type:
        Mock interview - behavioural + technical (60 min)

        Invitee:
        Marc Bélanger

        Event Date/Time:
        07:00pm - 08:00pm (Eastern Time - US & Canada) on Monday, October 26, 2026

        Location:
        Zoom - link to follow

        Questions:
        Which interview are you preparing for?
        Panel interview at a nickel miner, senior vent engineer

        Powered by Calendly.com
        """)
    return message(hdrs(
        "Calendly <notifications@calendly.com>",
        "New Event: Marc Bélanger - 07:00pm Mon, Oct 26, 2026 - Mock interview - behavioural + technical",
        "2026-10-20 21:15", TOR, "<0100019a19d2e5b1-33fa.calendly@email.calendly.com>",
        "a48-15.smtp-out.amazonses.com (a48-15.smtp-out.amazonses.com [54.240.48.15])",
        extra=(("Reply-To", addr("Dana Whitfield", "dana@whitfieldcareercoaching.ca")),)),
        alt(text(body), html(gmail_html(body))))


# --- 40: brother-in-law forwards HIS interview confirmation for advice
@make.mail(n(40), family="forwarded_other", lang="en", interview=False, company=None,
           note="Someone else's (Étienne's) Greenhouse confirmation forwarded to Marc for advice: the "
                "interview is not Marc's")
def m40() -> bytes:
    body = t("""
        Salut Marc,

        Look what came in! Can you look this over and tell me what they'll ask a shift
        electrician? Supper Sunday at Julie's, I'll bring beer.

        Étienne

        ---------- Forwarded message ---------
        From: Onyx Ridge Nickel <no-reply@us.greenhouse-mail.io>
        Date: Tue, Nov 10, 2026 at 9:14 AM
        Subject: Interview confirmed: Electrician - Underground (Onyx Ridge Nickel)
        To: Etienne Gauthier <etienne.gauthier@example.net>

        Hi Etienne,

        Your interview for Electrician - Underground is confirmed:

        Friday, November 13, 2026
        9:00 AM - 10:00 AM EST
        Onyx Ridge Nickel - Garson site, Training Centre

        If you need to make a change, just reply to this email.

        Onyx Ridge Nickel Talent Acquisition
        """)
    return message(hdrs(
        addr("Étienne Gauthier", "etienne.gauthier@example.net"),
        "Fwd: Interview confirmed: Electrician - Underground (Onyx Ridge Nickel)",
        "2026-11-10 12:30", TOR, "<CAE1xPq0f3Lk@mail.gmail.com>",
        "mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])"),
        alt(text(body), html(gmail_html(body))))


# --- 41: Marc is on an interview panel at his current employer
@make.mail(n(41), family="interviewer_panel", lang="en", interview=False, company=None,
           note="Greenhouse 'you're interviewing a candidate' kit at Marc's current employer with ICS "
                "(Wed 9 Sep 13:00): Marc is the interviewer, not the candidate")
def m41() -> bytes:
    body = t("""
        Hi Marc,

        You've been added as an interviewer:

        Candidate: Jordan Pelletier
        Job: Ventilation Technician II
        Interview: Technical Interview
        Wednesday, September 9, 2026, 1:00 PM - 2:00 PM EDT
        Location: Onaping Underground - Levack office, room 2

        Your interview kit (questions and scorecard) is here:
        https://app.greenhouse.io/guides/55120/people/88213?application_id=99102

        Please submit your scorecard within 24 hours of the interview.

        Onaping Underground Services - Recruiting
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse//Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ_TORONTO + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interviewer-55120-88213@greenhouse.io
        DTSTAMP:20260903T140000Z
        DTSTART;TZID=America/Toronto:20260909T130000
        DTEND;TZID=America/Toronto:20260909T140000
        SUMMARY:Interviewing Jordan Pelletier - Ventilation Technician II
        ORGANIZER;CN=Kim Doucette:mailto:kim.doucette@onapingug.ca
        ATTENDEE;CN=Marc Belanger;ROLE=REQ-PARTICIPANT:mailto:marc.belanger@onapingug.ca
        LOCATION:Levack office\\, room 2
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        "Onaping Underground Services <no-reply@us.greenhouse-mail.io>",
        "Interview scheduled: Jordan Pelletier for Ventilation Technician II",
        "2026-09-03 10:00", TOR, "<0100019a11aa.gh.55120@us.greenhouse-mail.io>",
        "o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.12.47])",
        to=addr("Marc Bélanger", "marc.belanger@onapingug.ca"),
        extra=(("Reply-To", addr("Kim Doucette", "kim.doucette@onapingug.ca")),)),
        mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


# --- 42: union steward meeting at the current job
@make.mail(n(42), family="non_interview_meeting", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Union steward meeting about an overtime grievance at the current job, Thu 8 Oct 4:30 PM")
def m42() -> bytes:
    body = t("""
        Marc,

        Got your note about the overtime call-outs. Let's sit down Thursday Oct 8 at 4:30 at the
        union hall (66 Brady) before I file anything. Bring your timesheets for August and
        September and the texts from the shift boss if you kept them.

        In solidarity,
        Terry Lachapelle
        Chief Steward, Local 6612
        """)
    return message(hdrs(
        addr("Terry Lachapelle", "terry.lachapelle@local6612.example.com"), "grievance - overtime call-outs",
        "2026-10-05 18:02", TOR, "<0a3b5c7d-local6612@example.com>",
        "mail.example.com (mail.example.com [198.51.100.66])"),
        text(body, cte="7bit"))


# --- 43: chiropractor first visit (Jane-style booking)
@make.mail(n(43), family="health_appointment", lang="en", interview=False, company=None,
           note="Chiropractic initial assessment booked for Wed 14 Oct 8:15 AM; 'initial interview and "
                "assessment' wording, not a job interview")
def m43() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <h3>Your appointment is booked</h3>
        <p>Hi Marc,</p>
        <p><b>Initial Chiropractic Assessment (60 min)</b> with Dr. Renée Chartrand<br>
        Wednesday, October 14, 2026 at 8:15 AM EDT<br>
        Ramsey Lake Chiropractic, 845 Regent St, Sudbury</p>
        <p>Your first visit includes an initial interview about your health history and a physical
        assessment. Please complete your intake form before your visit.</p>
        <p><a href="https://ramseylakechiro.janeapp.com/my_account">Manage appointment</a></p>
        <p style="font-size:11px;color:#888">Cancellations with less than 24 hours' notice may be charged.</p>
        </body></html>
        """)
    return message(hdrs(
        "Ramsey Lake Chiropractic <noreply@janeapp.com>",
        "Appointment booked: Wed, Oct 14 at 8:15 AM",
        "2026-10-06 20:11", TOR, "<jane.7712ab@janeapp.com>",
        "mail.janeapp.com (mail.janeapp.com [198.51.100.242])"),
        html(page, cte="base64"))


# --- 44: bilingual out-of-office auto-reply from a recruiter
@make.mail(n(44), family="auto_reply", lang="fr", interview=False, company="Copperline Engineering",
           days=(("Mon", "2026-10-26"),),
           note="Bilingual out-of-office auto-reply (Auto-Submitted) to Marc's note; return date only")
def m44() -> bytes:
    body = t("""
        Je suis absente du bureau jusqu'au lundi 26 octobre. Pour toute question urgente concernant
        le recrutement, veuillez écrire à rh@copperline-eng.ca.

        I am out of the office until Monday, October 26. For urgent recruiting matters, please write
        to rh@copperline-eng.ca.

        Mélanie Paquette
        Ressources humaines | Human Resources
        Copperline Engineering
        """)
    return message(hdrs(
        addr("Mélanie Paquette", "melanie.paquette@copperline-eng.ca"),
        "Réponse automatique : Re: Interview - Marc Belanger - Ventilation Engineer",
        "2026-10-14 09:12", TOR, "<YT4PR01MB7730AUTO1@YT4PR01MB7730.CANPRD01.PROD.OUTLOOK.COM>",
        "mail-yt4can01on2119.outbound.protection.outlook.com (40.107.117.119)",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))),
        text(body, charset="windows-1252"))


# --- 45: bounce of Marc's thank-you note (multipart/report)
@make.mail(n(45), family="bounce", lang="en", interview=False, company=None,
           note="Delivery failure for Marc's thank-you note mentioning 'our interview on Thursday'; "
                "delivery status report, no interview confirmation")
def m45() -> bytes:
    human = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <raymond.cote@norcliffnickle.com>: host not found (mis-typed domain?)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        Arrival-Date: Fri, 18 Sep 2026 08:05:11 -0400 (EDT)

        Final-Recipient: rfc822; raymond.cote@norcliffnickle.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: X-Postfix; Host or domain name not found
        """)
    orig = message([
        ("From", MARC),
        ("To", "raymond.cote@norcliffnickle.com"),
        ("Subject", "Thank you - Senior Ventilation Engineer interview"),
        ("Date", date("2026-09-18 08:05", TOR)),
        ("Message-ID", "<CAGx7thanks01@mail.example.org>"),
    ], text(t("""
        Hi Raymond,

        Thank you for our interview on Thursday and for the tour of the fan installations. I
        enjoyed the discussion about the 4400 level heat load.

        Best regards,
        Marc
        """)))
    report = raw_part([("Content-Type", "message/delivery-status")], status)
    return message(hdrs(
        "Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        "Undelivered Mail Returned to Sender",
        "2026-09-18 08:05", TOR, "<20260918120512.4F2A1C0@mx.example.org>", "localhost",
        extra=(("Auto-Submitted", "auto-replied"),), lag=1),
        make.multipart("report", text(human, cte="7bit"), report, attached_message(orig),
                       params="report-type=delivery-status"))


# --- 46: mailing-list digest about interview questions
@make.mail(n(46), family="mailing_list", lang="en", interview=False, company=None,
           note="Professional mailing-list thread about interview questions for junior ventilation "
                "engineers; List-Id, no appointment")
def m46() -> bytes:
    body = t("""
        On Mon, Nov 16, 2026, Priya N. wrote:
        > We're interviewing three new grads next week for a junior vent engineer spot.
        > What technical questions do people actually find useful?

        We always ask them to size a fan for a simple ramp with a given resistance and walk us
        through it on the whiteboard. It tells you more than any behavioural question.
        Also: ask how they'd verify a survey that doesn't balance.

        -- Gilles (Timmins)

        _______________________________________________
        mvs-discuss mailing list
        mvs-discuss@lists.mineventsociety.example.com
        https://lists.mineventsociety.example.com/mailman/listinfo/mvs-discuss
        """)
    return message(hdrs(
        "Gilles Aubin via mvs-discuss <mvs-discuss@lists.mineventsociety.example.com>",
        "Re: [mvs-discuss] Interview questions for junior vent engineers?",
        "2026-11-17 07:48", TOR, "<f1e2d3c4-gilles@example.net>",
        "lists.mineventsociety.example.com (198.51.100.120)",
        to="mvs-discuss@lists.mineventsociety.example.com",
        extra=(("List-Id", "Mine Ventilation Society discussion <mvs-discuss.lists.mineventsociety.example.com>"),
               ("List-Unsubscribe", "<mailto:mvs-discuss-leave@lists.mineventsociety.example.com>"),
               ("Precedence", "list"),
               ("Reply-To", "mvs-discuss@lists.mineventsociety.example.com"))),
        text(body, cte="7bit"))


# --- 47: webinar registration with an ICS
@make.mail(n(47), family="webinar", lang="en", interview=False, company=None,
           note="Webinar 'Interviewing for mining jobs in Northern Ontario' registration with ICS, Tue "
                "8 Dec 12:00 EST: a confirmed time, not a job interview")
def m47() -> bytes:
    body = t("""
        Hi Marc,

        Thank you for registering for "Nail the Interview: Landing Mining Jobs in Northern Ontario".

        Date & Time: Dec 8, 2026 12:00 PM Eastern Time (US and Canada)
        Join from a PC, Mac, iPad or Android: https://us02web.zoom.us/w/81234509876

        Add to calendar: the attached .ics file.

        MineHire.ca Events
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Zoom Video Communications//EN\nVERSION:2.0\nMETHOD:PUBLISH\n" + t("""
        BEGIN:VEVENT
        UID:zoom-webinar-81234509876@zoom.us
        DTSTAMP:20261201T150000Z
        DTSTART:20261208T170000Z
        DTEND:20261208T180000Z
        SUMMARY:Nail the Interview: Landing Mining Jobs in Northern Ontario
        LOCATION:https://us02web.zoom.us/w/81234509876
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hdrs(
        "MineHire.ca Events <no-reply@zoom.us>",
        "Nail the Interview: Landing Mining Jobs in Northern Ontario Confirmation",
        "2026-12-01 10:00", TOR, "<zoomwebinar.81234509876.reg@zoom.us>",
        "us02-mail.zoom.us (us02-mail.zoom.us [170.114.52.2])"),
        mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


# --- 48: babysitter candidate confirms the interview Marc holds
@make.mail(n(48), family="personal_interview", lang="en", interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="A babysitter candidate confirms 'interview Saturday at 10' with Marc and his kids: Marc "
                "is the one interviewing, not a job interview for him")
def m48() -> bytes:
    body = t("""
        Hi Mr. Bélanger,

        Saturday at 10 is perfect for the interview! I'll bring my first aid certificate and the
        reference from the Lemieux family. Looking forward to meeting Chloé and Sam.

        Thanks,
        Ava Larocque

        Sent from my Android
        """)
    return message(hdrs(
        addr("Ava Larocque", "ava.larocque04@example.com"), "Re: Babysitting - after school & Saturdays",
        "2026-09-09 19:33", TOR, "<CAPx9bs0Ava@mail.example.com>",
        "mail.example.com (mail.example.com [198.51.100.70])"),
        text(body, cte="8bit"))


# --- 49: hospice volunteer screening interview
@make.mail(n(49), family="volunteer_screening", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-29"),),
           note="Hospice volunteer screening interview, Thu 29 Oct 2:00 PM: a confirmed 'interview' for "
                "an unpaid volunteer role, not a job")
def m49() -> bytes:
    body = t("""
        Dear Marc,

        Thank you for your interest in volunteering with Lakeside Hospice. I'm happy to confirm
        your volunteer screening interview on Thursday, October 29 at 2:00 PM at the hospice
        (220 Lakeside Dr.). It usually takes about 45 minutes. A police vulnerable-sector check
        will be required before training starts in January.

        Warmly,
        Colette Nadeau
        Volunteer Coordinator, Lakeside Hospice
        """)
    return message(hdrs(
        addr("Colette Nadeau", "volunteers@lakesidehospice.example.com"),
        "Volunteer screening interview - confirmation",
        "2026-10-22 11:05", TOR, "<vol.2219@lakesidehospice.example.com>",
        "smtp.lakesidehospice.example.com (198.51.100.90)"),
        alt(text(body), html(gmail_html(body))))


# --- 50: credit-union advisor meeting, Outlook-style invite in the text only
@make.mail(n(50), family="bank_appointment", lang="en", interview=False, company=None,
           days=(("Tue", "2026-12-15"),),
           note="Credit-union RRSP/TFSA review with a financial advisor, Tue 15 Dec 5:30 PM: fixed "
                "time, not an interview")
def m50() -> bytes:
    body = t("""
        Hi Marc,

        This confirms your annual RRSP and TFSA review:

        Tuesday, December 15, 2026 at 5:30 PM
        Northern Lights Credit Union - New Sudbury branch, 1349 Lasalle Blvd

        Since you mentioned a possible job change, please bring your most recent pension statement
        so we can look at the commuted value options.

        Kind regards,
        Sandeep Ahluwalia, CFP
        Financial Advisor, Northern Lights Credit Union
        """)
    return message(hdrs(
        addr("Sandeep Ahluwalia", "sandeep.ahluwalia@northernlightscu.example.com"),
        "Your appointment - RRSP/TFSA review",
        "2026-12-08 13:40", TOR, "<nlcu.appt.55120@northernlightscu.example.com>",
        "mail.northernlightscu.example.com (198.51.100.130)"),
        text(body, cte="quoted-printable"))
