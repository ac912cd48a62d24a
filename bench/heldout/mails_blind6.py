# ruff: noqa: E501
"""blind6: 50 hand-written mails of a realistic inbox (Sofia Marchetti, data engineer in Vancouver).

Written blind: without reading the detector, its tests and fixtures, or the other held-out mails.
Built and checked by ``python3 bench/heldout/make_blind.py blind6``.
"""

from __future__ import annotations

import html as _html
import random

from make import (
    VTZ,
    addr,
    alt,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    mail,
    message,
    mixed,
    received,
    t,
    text,
    utc,
)

ME = "sofia.marchetti@example.org"
TO = addr("Sofia Marchetti", ME)
VAN = "America/Vancouver"

# file numbers are a fixed shuffle of the writing order
_NUMS = iter(random.Random(6606).sample(range(1, 51), 50))


def nm() -> str:
    return f"blind6_{next(_NUMS):03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO,
         reply_to: str | None = None, rcv: str | None = None, extra: tuple = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", received(rcv, when, zone, "mx.example.org with ESMTPS id 4f" + mid[1:9], ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += list(extra)
    return hs


def paras(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> per line."""
    out = [f'<html><body><div style="{style}">']
    for block in body.strip("\n").split("\n\n"):
        lines = [_html.escape(x) for x in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


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

VTZ_ROMANCE_WIN = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives


@mail(nm(), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-03-10 10:00", VAN), end=utc("2026-03-10 10:45", VAN),
      local="Tue 2026-03-10 10:00", local_end="2026-03-10 10:45", zone=VAN, days=(("Sun", "2026-03-08"),),
      contact="tamsin.okafor@cedarline.ca", company="Cedarline Analytics",
      note="Greenhouse confirmation, 10:00-10:45 PDT; sent on 4 March in PST, interview after the 8 March DST switch -> UTC-7 = 17:00Z; contact = Reply-To coordinator")
def _():
    body = t("""
        Hi Sofia,

        Thanks for making time to speak with us! Your interview for the Senior Data Engineer
        role at Cedarline Analytics is confirmed.

        Interview: Technical screen with Jonah Reyes (Data Platform Lead)
        Date: Tuesday, March 10, 2026
        Time: 10:00 AM - 10:45 AM Pacific Time (PDT)
        Location: Video call - https://cedarline.zoom.us/j/84410299371

        Heads-up: clocks spring forward on Sunday, March 8, so double-check your calendar if
        you added this manually.

        If anything changes on your end, just reply to this email and I'll sort it out.

        Best,
        Tamsin Okafor
        Recruiting Coordinator, Cedarline Analytics
        """)
    return message(head(addr("Cedarline Analytics", "no-reply@us.greenhouse-mail.io"),
                        "Interview confirmation: Senior Data Engineer at Cedarline Analytics",
                        "2026-03-04 14:22", VAN, "<gh.7f41c09e2a.cedarline@us.greenhouse-mail.io>",
                        reply_to=addr("Tamsin Okafor", "tamsin.okafor@cedarline.ca"),
                        rcv="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.12.40])"),
                   alt(text(body), html(paras(body))))


@mail(nm(), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-04-02 13:30", "America/New_York"), end=utc("2026-04-02 14:00", "America/New_York"),
      local="Thu 2026-04-02 13:30", local_end="2026-04-02 14:00", zone="America/New_York",
      contact="gwen.adeyemi@halyardfreight.com", company="Halyard Freight",
      note="Lever confirmation with invite.ics attachment; 1:30-2:00 PM EDT = 17:30-18:00Z; no Reply-To, contact = ICS ORGANIZER recruiter (interviewer only as ATTENDEE)")
def _():
    body = t("""
        Hi Sofia,

        Your interview with Halyard Freight has been scheduled. Here are the details:

        Position: Analytics Engineer (Remote - North America)
        When: Thursday, April 2nd, 1:30 PM - 2:00 PM EDT (10:30 AM - 11:00 AM PDT)
        Duration: 30 minutes
        Interviewer: Marcus Bell, Manager, Data & Insights
        Where: Google Meet - https://meet.google.com/hfx-qzrb-ote

        A calendar invite is attached. If you need to reschedule, please contact Gwen Adeyemi
        at gwen.adeyemi@halyardfreight.com.

        Good luck!
        The Halyard Freight Talent Team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-intv-3b8e51c2-0f6a-4d7e-9a1e-5c2f1d7e8a90
        DTSTAMP:20260327T150512Z
        DTSTART;TZID=America/New_York:20260402T133000
        DTEND;TZID=America/New_York:20260402T140000
        SUMMARY:Interview: Sofia Marchetti <> Halyard Freight (Analytics Engineer)
        DESCRIPTION:Interviewer: Marcus Bell\\nGoogle Meet: https://meet.google.com/hfx-qzrb-ote
        LOCATION:https://meet.google.com/hfx-qzrb-ote
        ORGANIZER;CN=Gwen Adeyemi:mailto:gwen.adeyemi@halyardfreight.com
        ATTENDEE;CN=Sofia Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sofia.marchetti@example.org
        ATTENDEE;CN=Marcus Bell;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus.bell@halyardfreight.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Halyard Freight", "no-reply@hire.lever.co"),
                        "Interview scheduled: Analytics Engineer at Halyard Freight",
                        "2026-03-27 11:05", "America/New_York",
                        "<0100019a3f1e.lever.5c2f1d7e@email.amazonses.com>",
                        rcv="from a48-12.smtp-out.amazonses.com (a48-12.smtp-out.amazonses.com [54.240.48.12])"),
                   mixed(alt(text(body), html(paras(body))),
                         calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                  disposition="attachment", name_param=True)))


@mail(nm(), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-05-13 11:00", "America/Los_Angeles"), end=utc("2026-05-13 12:00", "America/Los_Angeles"),
      local="Wed 2026-05-13 11:00", local_end="2026-05-13 12:00", zone="America/Los_Angeles",
      contact="priya@quillwork.dev", company="Quillwork",
      note="Ashby confirmation, inline text/calendar REQUEST; 11:00-12:00 PDT = 18:00-19:00Z; contact = Reply-To / ORGANIZER")
def _():
    body = t("""
        Hi Sofia,

        You're all set! Here are the details for your upcoming interview with Quillwork.

        Technical Interview: Data Modeling
        Wednesday, May 13
        11:00 AM - 12:00 PM PDT
        Google Meet: https://meet.google.com/qwk-mbtn-azr

        You'll be meeting with Tobias Wren (Staff Engineer) and Ines Balogun (Analytics Lead).
        There's nothing to prepare in advance - bring your curiosity and we'll work through a
        modeling problem together.

        Need to make changes? Reply to this email.

        Priya Natarajan
        Talent, Quillwork
        """)
    page = t("""
        <html><body style="margin:0;background:#f6f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Inter,Arial,sans-serif;font-size:14px;color:#1b1b1f">
        <tr><td style="padding:24px">
        <p>Hi Sofia,</p>
        <p>You're all set! Here are the details for your upcoming interview with Quillwork.</p>
        <table style="border:1px solid #e4e4e7;border-radius:8px;width:100%"><tr><td style="padding:16px">
        <div style="font-weight:600">Technical Interview: Data Modeling</div>
        <div>Wednesday, May 13</div>
        <div>11:00 AM &ndash; 12:00 PM PDT</div>
        <div><a href="https://meet.google.com/qwk-mbtn-azr">Join Google Meet</a></div>
        </td></tr></table>
        <p>You'll be meeting with Tobias Wren (Staff Engineer) and Ines Balogun (Analytics Lead).
        There's nothing to prepare in advance &ndash; bring your curiosity and we'll work through a
        modeling problem together.</p>
        <p>Need to make changes? Reply to this email.</p>
        <p>Priya Natarajan<br>Talent, Quillwork</p>
        <p style="color:#8a8a93;font-size:12px">Sent with Ashby</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-5d0c7a41-91f2-4f3b-8c66-0e7d9a2b1f55@ashbyhq.com
        DTSTAMP:20260507T234012Z
        DTSTART:20260513T180000Z
        DTEND:20260513T190000Z
        SUMMARY:Quillwork - Technical Interview: Data Modeling (Sofia Marchetti)
        LOCATION:https://meet.google.com/qwk-mbtn-azr
        ORGANIZER;CN=Priya Natarajan:mailto:priya@quillwork.dev
        ATTENDEE;CN=Sofia Marchetti;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:sofia.marchetti@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Quillwork", "no-reply@ashbyhq.com"),
                        "Your interview with Quillwork is confirmed",
                        "2026-05-07 16:40", "America/Los_Angeles", "<ashby.9a7e5b.msg@ashbyhq.com>",
                        reply_to=addr("Priya Natarajan", "priya@quillwork.dev")),
                   alt(text(body), html(page), calendar(ics, method="REQUEST")))


@mail(nm(), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-06-09 14:00", "America/Toronto"), end=utc("2026-06-09 15:00", "America/Toronto"),
      local="Tue 2026-06-09 14:00", local_end="2026-06-09 15:00", zone="America/Toronto",
      contact=None, company="Northvale Bank",
      note="Workday, HTML only (base64); 2:00-3:00 PM Eastern in June = EDT = 18:00-19:00Z; interviewers named without addresses, sender is the Workday tenant -> contact null")
def _():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333">
        <table role="presentation" width="600" align="center"><tr><td>
        <img src="https://wd3.myworkdaysite.com/northvale/assets/logo.png" alt="Northvale Bank" width="140">
        <h2 style="color:#00416a;font-weight:normal">Interview Scheduled</h2>
        <p>Dear Sofia Marchetti,</p>
        <p>Thank you for your interest in the <b>Senior Data Engineer, Enterprise Data Platform</b> position
        (R-0048812) at Northvale Bank. We are pleased to confirm your interview.</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #d0d7de">
        <tr><td style="background:#f3f6f9"><b>Date</b></td><td>June 9, 2026</td></tr>
        <tr><td style="background:#f3f6f9"><b>Time</b></td><td>2:00 PM &ndash; 3:00 PM Eastern Time</td></tr>
        <tr><td style="background:#f3f6f9"><b>Format</b></td><td>Microsoft Teams (the meeting link will be sent by the hiring team)</td></tr>
        <tr><td style="background:#f3f6f9"><b>Interviewers</b></td><td>Daniel Fortin, Director, Data Platforms<br>Meera Shah, Senior Manager, Data Engineering</td></tr>
        </table>
        <p>If you require an accommodation during the interview process, please let us know through
        the Candidate Home page.</p>
        <p>You can review this interview and your application status at any time in
        <a href="https://wd3.myworkdaysite.com/en-US/recruiting/northvale/careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Northvale Bank</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table>
        </body></html>
        """)
    return message(head(addr("Northvale Bank", "northvale@myworkday.com"),
                        "Interview Scheduled - Senior Data Engineer, Enterprise Data Platform",
                        "2026-06-03 09:15", "America/Toronto", "<1630118572.48812.1780492500@myworkday.com>",
                        rcv="from mailout3.myworkday.com (mailout3.myworkday.com [198.97.45.33])"),
                   html(page, cte="base64"))


@mail(nm(), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-03-19 15:00", "America/Chicago"), end=None,
      local="Thu 2026-03-19 15:00", zone="America/Chicago", days=(("Tue", "2026-03-17"),),
      contact="renee.kowalski@lakeshoremutual.com", company="Lakeshore Mutual Insurance",
      note="iCIMS reschedule: old Tue 3/17 9 AM CT, new Thu 3/19 3 PM CT; CDT (after 8 March) -> 20:00Z; contact = recruiter address in signature")
def _():
    body = t("""
        Dear Sofia,

        Due to a conflict on the hiring manager's calendar, we need to move your interview for
        Data Engineer II (Req #2026-1184).

        Previously scheduled: Tuesday 3/17/2026 at 9:00 AM CT
        NEW date and time:    Thursday 3/19/2026 at 3:00 PM CT

        The interview will still take place over Microsoft Teams with Greg Halvorsen and
        Ana Ruiz. A new Teams link will come in a separate calendar invitation.

        We apologize for any inconvenience. Please reply to confirm the new time works for you.

        Thank you,

        Renee Kowalski
        Talent Acquisition Partner | Lakeshore Mutual Insurance
        renee.kowalski@lakeshoremutual.com | (312) 555-0143

        ---
        This message was sent via iCIMS on behalf of Lakeshore Mutual Insurance.
        """)
    return message(head(addr("Lakeshore Mutual Insurance", "lakeshoremutual@talent.icims.com"),
                        "Updated Interview Time - Data Engineer II",
                        "2026-03-13 10:02", "America/Chicago", "<20260313150200.18840.icims@talent.icims.com>"),
                   text(body, cte="7bit", charset="us-ascii"))


@mail(nm(), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-03-26 16:00", "Europe/Berlin"), end=utc("2026-03-26 17:00", "Europe/Berlin"),
      local="Thu 2026-03-26 16:00", local_end="2026-03-26 17:00", zone="Europe/Berlin",
      contact="katrin.weissenbach@brenntal-mobility.de", company="Brenntal Mobility GmbH",
      note="SmartRecruiters, German, latin-1 QP; Do 26.03. 16:00 MEZ (before EU DST on 29 March) = 15:00Z, 60 Minuten -> 16:00Z; body also says 8:00 Vancouver (PDT); contact = Ansprechpartnerin in body")
def _():
    body = t("""
        Sehr geehrte Frau Marchetti,

        vielen Dank für Ihr Interesse an der Position "Senior Data Engineer (m/w/d)" bei der
        Brenntal Mobility GmbH. Wir freuen uns, Ihnen folgenden Termin für ein erstes
        Kennenlernen per Videokonferenz zu bestätigen:

        Datum:   Donnerstag, 26.03.2026
        Uhrzeit: 16:00 Uhr (MEZ) - für Sie in Vancouver ist das 8:00 Uhr morgens
        Dauer:   60 Minuten
        Ort:     Microsoft Teams (den Link erhalten Sie am Vortag)

        Gesprächspartner: Herr Tobias Grünwald (Teamleiter Datenplattform) und
        Frau Katrin Weißenbach (Talent Acquisition).

        Bei Rückfragen erreichen Sie Ihre Ansprechpartnerin Katrin Weißenbach unter
        katrin.weissenbach@brenntal-mobility.de oder +49 89 5550 2231.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Brenntal Mobility GmbH

        Diese E-Mail wurde über SmartRecruiters versendet.
        """)
    return message(head(addr("Brenntal Mobility GmbH", "noreply@smartrecruiters.com"),
                        "Einladung zum Vorstellungsgespräch: Senior Data Engineer (m/w/d)",
                        "2026-03-18 10:30", "Europe/Berlin", "<sr-7d2a91c4e0b3@smartrecruiters.com>",
                        charset="iso-8859-1"),
                   alt(text(body, charset="iso-8859-1"), html(paras(body), charset="iso-8859-1")))


@mail(nm(), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-04-20 17:00", "Europe/Athens"), end=None,
      local="Mon 2026-04-20 17:00", zone="Europe/Athens",
      contact="eleni.markou@kymarobotics.gr", company="Kyma Robotics",
      note="Workable; 17:00 Athens time (EEST, UTC+3) = 14:00Z = 7:00 PDT as the mail says; Reply-To is a Workable relay -> contact = recruiter address in body; no duration")
def _():
    body = t("""
        Hi Sofia,

        Great news - the team would like to meet you! Your interview for the Data Engineer
        (Remote) position at Kyma Robotics is booked:

        Monday, 20 April 2026, 17:00 Athens time (EEST)
        That's 7:00 AM for you in Vancouver.

        Type: Video interview (Google Meet link in the calendar invite)
        With: Nikos Papadakis, Head of Data

        If you have any questions before then, feel free to reach Eleni Markou directly at
        eleni.markou@kymarobotics.gr.

        Kind regards,
        Eleni Markou
        People & Culture, Kyma Robotics

        --
        Sent via Workable
        """)
    return message(head(addr("Kyma Robotics", "kyma-robotics@workablemail.com"),
                        "Interview with Kyma Robotics - Data Engineer (Remote)",
                        "2026-04-14 12:20", "Europe/Athens", "<a8f3c2e1.20260414092000.kyma@workablemail.com>",
                        reply_to="kyma-robotics+a8f3c2e1b7@candidates.workablemail.com"),
                   alt(text(body), html(paras(body))))


@mail(nm(), family="teamtailor", lang="sv", interview=True, kind="scheduled",
      start=utc("2026-05-12 16:30", "Europe/Stockholm"), end=utc("2026-05-12 17:15", "Europe/Stockholm"),
      local="Tue 2026-05-12 16:30", local_end="2026-05-12 17:15", zone="Europe/Stockholm",
      contact="johanna.lindqvist@fjallvikdata.se", company="Fjällvik Data AB",
      note="Teamtailor, Swedish, base64 body + .ics attachment; tisdag 12 maj 16:30-17:15 CEST = 14:30-15:15Z (07:30 i Vancouver); contact = Reply-To / ORGANIZER")
def _():
    body = t("""
        Hej Sofia!

        Tack för att du tog dig tid att boka in en intervju med oss. Här är detaljerna:

        Tjänst: Data Engineer
        Tid: tisdag 12 maj 2026 kl. 16:30–17:15 (svensk tid, 07:30 i Vancouver)
        Plats: Google Meet – https://meet.google.com/fjv-kqpa-ndt
        Du träffar: Johanna Lindqvist (rekryterare) och Erik Holm (Tech Lead)

        Intervjun tar 45 minuter. En kalenderinbjudan finns bifogad.

        Behöver du ändra tiden? Svara bara på det här mejlet.

        Vänliga hälsningar,
        Johanna Lindqvist
        Fjällvik Data AB
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//SV
        METHOD:REQUEST
        """) + VTZ["Europe/Stockholm"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-88213-fjallvik@teamtailor.com
        DTSTAMP:20260505T074800Z
        DTSTART;TZID=Europe/Stockholm:20260512T163000
        DTEND;TZID=Europe/Stockholm:20260512T171500
        SUMMARY:Intervju: Sofia Marchetti – Data Engineer
        LOCATION:https://meet.google.com/fjv-kqpa-ndt
        ORGANIZER;CN=Johanna Lindqvist:mailto:johanna.lindqvist@fjallvikdata.se
        ATTENDEE;CN=Sofia Marchetti;RSVP=TRUE:mailto:sofia.marchetti@example.org
        ATTENDEE;CN=Erik Holm:mailto:erik.holm@fjallvikdata.se
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Fjällvik Data AB", "no-reply@teamtailor-mail.com"),
                        "Bekräftelse: intervju med Fjällvik Data",
                        "2026-05-05 09:48", "Europe/Stockholm", "<tt.88213.5f0e1b@teamtailor-mail.com>",
                        reply_to=addr("Johanna Lindqvist", "johanna.lindqvist@fjallvikdata.se")),
                   mixed(text(body, cte="base64"),
                         calendar(ics, method="REQUEST", cte="base64", filename="intervju.ics",
                                  disposition="attachment")))


@mail(nm(), family="personio", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-28 17:00", "Europe/Vienna"), end=None,
      local="Wed 2026-10-28 17:00", zone="Europe/Vienna",
      contact="lukas.hofbauer@almrausch.at", company="Almrausch Software GmbH",
      note="Personio cancellation (position filled internally), no new time; Mi 28.10. 17:00 MEZ: EU back to CET on 25 Oct while the mail is sent in CEST -> 16:00Z; contact = Reply-To")
def _():
    body = t("""
        Liebe Frau Marchetti,

        leider müssen wir das für Mittwoch, den 28. Oktober 2026 um 17:00 Uhr (MEZ) geplante
        Gespräch für die Position „Data Engineer (w/m/d)“ absagen. Die Stelle konnte in der
        Zwischenzeit intern nachbesetzt werden.

        Wir bedauern das sehr, da uns Ihr Profil gut gefallen hat. Gerne würden wir Ihre
        Unterlagen für zukünftige Vakanzen in Evidenz halten – sofern Sie nicht widersprechen.

        Vielen Dank für Ihr Verständnis und alles Gute!

        Lukas Hofbauer
        People & Culture | Almrausch Software GmbH
        Mariahilfer Straße 88, 1070 Wien
        """)
    return message(head(addr("Almrausch Software GmbH", "no-reply@mail.personio.de"),
                        "Absage Ihres Gesprächstermins am 28.10.",
                        "2026-10-22 15:10", "Europe/Vienna", "<personio.4471983.c2a1@mail.personio.de>",
                        reply_to=addr("Lukas Hofbauer", "lukas.hofbauer@almrausch.at")),
                   alt(text(body), html(paras(body))))


@mail(nm(), family="bamboohr", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-06 09:00", "America/Denver"), end=utc("2026-11-06 10:30", "America/Denver"),
      local="Fri 2026-11-06 09:00", local_end="2026-11-06 10:30", zone="America/Denver",
      contact="cody.ramirez@switchbackoutdoor.com", company="Switchback Outdoor Co.",
      note="BambooHR; Fri Nov 6 9:00 AM MT, after US DST end on 1 Nov (mail sent in MDT) -> MST = 16:00Z ('8:00 AM Pacific' in the mail agrees); '90 minutes' set aside -> end 17:30Z; contact = Reply-To hiring manager")
def _():
    body = t("""
        Hi Sofia,

        Thanks again for the great conversation last week. We'd like to invite you to a panel
        interview for the Senior Data Engineer position, and I'm happy to confirm the following:

        Date: Friday, November 6
        Time: 9:00 AM Mountain Time (8:00 AM Pacific)
        Length: we've set aside 90 minutes
        Where: Zoom - https://switchbackoutdoor.zoom.us/j/93311864025

        You'll meet me, Hailey Brooks from Analytics, and Sam Oduya from our e-commerce team.
        Feel free to reach out with any questions before then.

        Cheers,
        Cody Ramirez
        Director of Data, Switchback Outdoor Co.
        """)
    return message(head(addr("Switchback Outdoor Co.", "notifications@app.bamboohr.com"),
                        "Interview Confirmation - Senior Data Engineer",
                        "2026-10-30 13:00", "America/Denver", "<bhr.ats.20261030.7731@app.bamboohr.com>",
                        reply_to=addr("Cody Ramirez", "cody.ramirez@switchbackoutdoor.com")),
                   alt(text(body), html(paras(body))))


@mail(nm(), family="jobvite", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-07 20:30", "Asia/Kolkata"), end=utc("2026-09-07 21:30", "Asia/Kolkata"),
      local="Mon 2026-09-07 20:30", local_end="2026-09-07 21:30", zone="Asia/Kolkata",
      contact="shruti.kulkarni@tarangisystems.com", company="Tarangi Systems",
      note="Jobvite + Outlook .ics with Windows zone 'India Standard Time'; 8:30 PM IST = 15:00Z, Duration 1 hour -> 16:00Z; contact = Reply-To / ORGANIZER")
def _():
    body = t("""
        Dear Sofia,

        Greetings from Tarangi Systems!

        With reference to your application for the position of Lead Data Engineer (Remote,
        Canada), we are pleased to schedule your technical interview as per the details below:

        Interview Round : Technical Round 1
        Date            : Monday, 7 September 2026
        Time            : 8:30 PM IST (8:00 AM Pacific Time)
        Duration        : 1 hour
        Mode            : Microsoft Teams (joining link in the attached invite)
        Panel           : Venkatesh Iyer, Principal Architect

        Kindly join 5 minutes before the scheduled time and ensure a stable internet
        connection. For any queries, please write to shruti.kulkarni@tarangisystems.com.

        Regards,
        Shruti Kulkarni
        Talent Acquisition | Tarangi Systems Pvt. Ltd.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["India Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Shruti Kulkarni:mailto:shruti.kulkarni@tarangisystems.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.marchetti@example.org:mailto:sofia.marchetti@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Venkatesh Iyer:mailto:venkatesh.iyer@tarangisystems.com
        DESCRIPTION;LANGUAGE=en-US:Technical Round 1 - Lead Data Engineer\\n\\nMicrosoft Teams meeting\\nJoin on your computer or mobile app
        UID:040000008200E00074C5B7101A82E00800000000B0C6B3F1A03DDC01000000000000000010000000E4D3A52C1F0E2B49A1C3D7E1F4A8B2C9
        SUMMARY;LANGUAGE=en-US:Interview: Sofia Marchetti - Lead Data Engineer - Technical Round 1
        DTSTART;TZID=India Standard Time:20260907T203000
        DTEND;TZID=India Standard Time:20260907T213000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260901T130000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Tarangi Systems Recruiting", "no-reply@jobvite.com"),
                        "Interview Schedule: Lead Data Engineer - Technical Round 1",
                        "2026-09-01 18:30", "Asia/Kolkata", "<jv.20260901.130000.4f1c@jobvite.com>",
                        reply_to=addr("Shruti Kulkarni", "shruti.kulkarni@tarangisystems.com")),
                   mixed(text(body),
                         calendar(ics, method="REQUEST", cte="base64", filename="Interview.ics",
                                  disposition="attachment", ctype="application/ics", name_param=True)))


@mail(nm(), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-04-09 15:00", VAN), end=utc("2026-04-09 15:30", VAN),
      local="Thu 2026-04-09 15:00", local_end="2026-04-09 15:30", zone=VAN,
      contact="liam@outbackledger.com.au", company="Outback Ledger",
      note="Calendly invitee confirmation, times shown in the invitee's zone (Pacific Time - US & Canada): 3:00-3:30pm PDT = 22:00-22:30Z (Fri 8am in Sydney); Date in +0000; contact = Reply-To host")
def _():
    body = t("""
        Hi Sofia Marchetti,

        A new event has been scheduled.

        Event Type:
        Founder interview - Senior Data Engineer (30 min)

        Invitee:
        Sofia Marchetti

        Event Date/Time:
        3:00pm - 3:30pm, Thursday, April 9, 2026 (Pacific Time - US & Canada)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/obl-wxyt-kpa

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c4e2a90-1f5b-4c8d-b3a2-91d0e6f4a7b1
        Reschedule: https://calendly.com/reschedulings/7c4e2a90-1f5b-4c8d-b3a2-91d0e6f4a7b1

        Powered by Calendly.com
        """)
    return message(head(addr("Calendly", "notifications@calendly.com"),
                        "Confirmed: Founder interview - Senior Data Engineer (30 min) with Liam Prescott on Thursday, April 9, 2026",
                        "2026-04-03 17:41", "UTC", "<calendly.7c4e2a90.invitee@calendly.com>",
                        reply_to=addr("Liam Prescott", "liam@outbackledger.com.au")),
                   alt(text(body), html(paras(body))))


@mail(nm(), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-13 10:00", "America/Los_Angeles"), end=utc("2026-10-13 12:30", "America/Los_Angeles"),
      local="Tue 2026-10-13 10:00", local_end="2026-10-13 12:30", zone="America/Los_Angeles",
      contact="ava.lindgren@parcelwise.com", company="Parcelwise",
      note="GoodTime virtual onsite, HTML only (base64), three sessions 10:00-12:30 PT (PDT) -> first start 17:00Z to last end 19:30Z; contact = Reply-To coordinator")
def _():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d;font-size:14px">
        <div style="max-width:600px;margin:auto">
        <p>Hi Sofia,</p>
        <p>We're excited to confirm your virtual onsite with <strong>Parcelwise</strong> for the
        <strong>Staff Data Engineer</strong> role on <strong>Tuesday, October 13, 2026</strong>.</p>
        <p>All times are in Pacific Time (PDT).</p>
        <table cellpadding="8" style="border-collapse:collapse;width:100%">
        <tr style="background:#f0f4f8"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>10:00 AM &ndash; 10:45 AM</td><td>SQL &amp; data modeling deep-dive</td><td>Rohit Bansal</td></tr>
        <tr><td>11:00 AM &ndash; 11:45 AM</td><td>Pipeline system design</td><td>Claire Dubois</td></tr>
        <tr><td>12:00 PM &ndash; 12:30 PM</td><td>Hiring manager conversation</td><td>Marco Feliciano</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you'll receive shortly.</p>
        <p>Your coordinator is Ava Lindgren. If something comes up, reply to this email and Ava will help you.</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </div></body></html>
        """)
    return message(head(addr("Parcelwise Recruiting", "no-reply@goodtime.io"),
                        "Your virtual onsite with Parcelwise is confirmed",
                        "2026-10-06 15:30", "America/Los_Angeles", "<gt.9c1d7e.pw@goodtime.io>",
                        reply_to=addr("Ava Lindgren", "ava.lindgren@parcelwise.com")),
                   html(page, cte="base64"))


@mail(nm(), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-07-15 14:00", VAN), end=utc("2026-07-15 15:00", VAN),
      local="Wed 2026-07-15 14:00", local_end="2026-07-15 15:00", zone=VAN,
      contact="dev@tidepoollabs.ca", company="Tidepool Labs",
      note="Google Calendar invitation from the CTO; 2pm-3pm PDT = 21:00-22:00Z; inline REQUEST + invite.ics with America/Vancouver VTIMEZONE; contact = organizer")
def _():
    body = t("""
        Dev Malhotra has invited you to Sofia / Dev - technical interview

        Hi Sofia - as discussed, here's the invite for the technical round. We'll pair on a
        small dbt + Postgres exercise, no prep needed. - Dev

        When
        Wednesday Jul 15, 2026 2pm - 3pm (Pacific Time - Vancouver)

        Joining info
        Join with Google Meet
        meet.google.com/tpl-hwzr-eqd

        Guests
        Dev Malhotra - organizer
        sofia.marchetti@example.org

        Reply for sofia.marchetti@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_VANCOUVER + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Vancouver:20260715T140000
        DTEND;TZID=America/Vancouver:20260715T150000
        DTSTAMP:20260710T170300Z
        ORGANIZER;CN=Dev Malhotra:mailto:dev@tidepoollabs.ca
        UID:3q8k1v0m9c7s2t5r6b4n1x8z0a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dev Malhotra;X-NUM-GUESTS=0:mailto:dev@tidepoollabs.ca
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.marchetti@example.org;X-NUM-GUESTS=0:mailto:sofia.marchetti@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/tpl-hwzr-eqd
        CREATED:20260710T170259Z
        DESCRIPTION:Hi Sofia - as discussed\\, here's the invite for the technical round. We'll pair on a small dbt + Postgres exercise\\, no prep needed. - Dev
        LAST-MODIFIED:20260710T170259Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Sofia / Dev - technical interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Dev Malhotra", "dev@tidepoollabs.ca"),
                        "Invitation: Sofia / Dev - technical interview @ Wed Jul 15, 2026 2pm - 3pm (PDT) (sofia.marchetti@example.org)",
                        "2026-07-10 10:03", VAN, "<calendar-5e0b7d1f-7a44-4c2a-9d3e-1b8f0c2a6e71@google.com>",
                        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
                   mixed(alt(text(body), html(paras(body)), calendar(ics, method="REQUEST")),
                         calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                  filename="invite.ics", disposition="attachment", name_param=True)))


@mail(nm(), family="outlook_ics", lang="en", interview=True, kind="cancelled",
      start=utc("2026-02-19 13:00", "America/Los_Angeles"), end=utc("2026-02-19 14:00", "America/Los_Angeles"),
      local="Thu 2026-02-19 13:00", local_end="2026-02-19 14:00", zone="America/Los_Angeles",
      contact="harriet.nguyen@evergreencloudworks.com", company="Evergreen Cloudworks",
      note="Exchange METHOD:CANCEL, Windows zone 'Pacific Standard Time'; cancelled slot Thu 19 Feb 1-2 PM PST = 21:00-22:00Z; new times to follow; contact = organizer/sender")
def _():
    body = t("""
        Hi Sofia,

        Apologies for the late notice - Ken (the hiring manager) is out sick this week, so we
        have to cancel Thursday's interview. I'll reach out with a few new options early next
        week.

        Harriet

        When: Thursday, February 19, 2026 1:00 PM-2:00 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Microsoft Teams Meeting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_PACIFIC_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Harriet Nguyen:mailto:harriet.nguyen@evergreencloudworks.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofia Marchetti:mailto:sofia.marchetti@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ken Mathers:mailto:ken.mathers@evergreencloudworks.com
        DESCRIPTION;LANGUAGE=en-US:Apologies for the late notice - Ken (the hiring manager) is out sick this week\\, so we have to cancel Thursday's interview.\\n
        UID:040000008200E00074C5B7101A82E0080000000060B1F2D8A19BDC01000000000000000010000000A77C3E5B9D2F4A41B6E8C0D1F2A3B4C5
        SUMMARY;LANGUAGE=en-US:Canceled: Interview: Sofia Marchetti - Data Platform Engineer
        DTSTART;TZID=Pacific Standard Time:20260219T130000
        DTEND;TZID=Pacific Standard Time:20260219T140000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260216T165000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Harriet Nguyen", "harriet.nguyen@evergreencloudworks.com"),
                        "Canceled: Interview: Sofia Marchetti - Data Platform Engineer",
                        "2026-02-16 08:50", "America/Los_Angeles",
                        "<BY5PR11MB4021A7C3E2D9F10B5C6E8A1DF1C02@BY5PR11MB4021.namprd11.prod.outlook.com>",
                        extra=(("Thread-Topic", "Interview: Sofia Marchetti - Data Platform Engineer"),
                               ("Importance", "high"),
                               ("X-MS-Has-Attach", ""),
                               ("X-MS-Exchange-Organization-SCL", "-1"))),
                   alt(text(body), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                       calendar(ics, method="CANCEL", cte="base64")))


@mail(nm(), family="outlook_ics", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-03 17:00", "Europe/Paris"), end=utc("2026-11-03 18:00", "Europe/Paris"),
      local="Tue 2026-11-03 17:00", local_end="2026-11-03 18:00", zone="Europe/Paris",
      days=(("Mon", "2026-11-02"),),
      contact="clemence.aubert@maison-orlan.fr", company="Maison Orlan",
      note="Outlook update (SEQUENCE:2), Windows zone 'Romance Standard Time'; moved from lundi 2 to mardi 3 novembre 17:00-18:00 CET = 16:00-17:00Z (8h00 à Vancouver, PST); contact = organizer/sender")
def _():
    body = t("""
        Bonjour Sofia,

        Comme évoqué au téléphone, je décale notre entretien de lundi à mardi, même heure :
        le mardi 3 novembre de 17h00 à 18h00 (heure de Paris), soit 8h00 chez vous à
        Vancouver. L'invitation ci-dessous remplace la précédente.

        Bien à vous,
        Clémence Aubert
        Responsable recrutement – Maison Orlan

        Quand : mardi 3 novembre 2026 17:00-18:00. (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Où : Réunion Microsoft Teams
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Clémence Aubert:mailto:clemence.aubert@maison-orlan.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofia Marchetti:mailto:sofia.marchetti@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefèvre:mailto:hugo.lefevre@maison-orlan.fr
        DESCRIPTION;LANGUAGE=fr-FR:Comme évoqué au téléphone\\, je décale notre entretien de lundi à mardi\\, même heure.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0E4A1C2B47EDC0100000000000000001000000081F2A7C4D3E5B6A79C8D0E1F2A3B4C5D
        SUMMARY;LANGUAGE=fr-FR:Entretien – Sofia Marchetti / Data Engineer
        DTSTART;TZID=Romance Standard Time:20261103T170000
        DTEND;TZID=Romance Standard Time:20261103T180000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T102000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Clémence Aubert", "clemence.aubert@maison-orlan.fr"),
                        "Mise à jour : Entretien – Sofia Marchetti / Data Engineer",
                        "2026-10-28 11:20", "Europe/Paris",
                        "<PR3P192MB0712E4C1B6A9D03F7E2C5B18D9A40@PR3P192MB0712.EURP192.PROD.OUTLOOK.COM>",
                        extra=(("Thread-Topic", enc("Entretien – Sofia Marchetti / Data Engineer")),
                               ("Content-Language", "fr-FR"))),
                   alt(text(body), html(paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                       calendar(ics, method="REQUEST", cte="base64")))


@mail(nm(), family="zoom", lang="es", interview=True, kind="scheduled",
      start=utc("2026-05-21 10:00", "America/Mexico_City"), end=None,
      local="Thu 2026-05-21 10:00", zone="America/Mexico_City",
      contact="mariana.velazquez@tlalli.mx", company="Grupo Tlalli Logística",
      note="Recruiter mail with pasted Zoom invitation, Spanish (Mexico); 10:00 a. m. Ciudad de México, no DST since 2022 -> UTC-6 = 16:00Z; 'aproximadamente 45 minutos' -> end null; contact = sender")
def _():
    body = t("""
        Hola Sofía:

        Te confirmo la entrevista con Rodrigo Esquivel, gerente de Ingeniería de Datos, para la
        vacante de Data Engineer Sr. (remoto). Será el jueves 21 de mayo a las 10:00 a. m.,
        hora del centro de México (9:00 a. m. en Vancouver). La entrevista durará
        aproximadamente 45 minutos.

        Te comparto los datos de la reunión:

        Mariana Velázquez le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Sofía Marchetti - Data Engineer Sr.
        Hora: 21 may 2026 10:00 a. m. Ciudad de México

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/82733019465?pwd=TGxhbGlFbnRyZXZpc3RhMjAyNg

        ID de reunión: 827 3301 9465
        Código de acceso: 552190

        Cualquier duda, quedo a tus órdenes.

        Saludos cordiales,
        Mariana Velázquez
        Atracción de Talento | Grupo Tlalli Logística
        Tel. +52 55 5550 4417
        """)
    return message(head(addr("Mariana Velázquez", "mariana.velazquez@tlalli.mx"),
                        "Confirmación de entrevista - Data Engineer Sr.",
                        "2026-05-15 12:40", "America/Mexico_City", "<CAMx7Tq2uZ0pVwq1a8Q4kW9e3Y@mail.gmail.com>"),
                   alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(nm(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-03-31 16:00", "Europe/London"), end=None,
      local="Tue 2026-03-31 16:00", zone="Europe/London",
      contact="oliver.hargreaves@harbourlinetalent.co.uk", company="Brightwater Energy",
      note="Agency recruiter, 'tomorrow (Tuesday) at 4pm UK time' from a Mon 30 March Date; UK on BST since 29 March -> 15:00Z (= 8am PDT as the mail says); company = the client; contact = sender")
def _():
    body = t("""
        Hi Sofia,

        Great news - Brightwater Energy would like to go ahead with the first stage for the
        Senior Data Engineer contract. I've locked it in for tomorrow (Tuesday) at 4pm UK time,
        which should be 8am your time in Vancouver. It'll be a video call with Priya Shah
        (Head of Data Engineering) and one of her leads; the Teams link will come directly
        from Brightwater's side this afternoon.

        Main things they'll want to dig into: your Kafka/Flink work at your current place and
        how you approach data quality at scale. Happy to have a quick chat beforehand if useful.

        Best of luck, and let me know how it goes afterwards!

        Oliver Hargreaves
        Principal Consultant - Data & Analytics
        Harbourline Talent | Manchester
        +44 161 555 0192
        """)
    return message(head(addr("Oliver Hargreaves", "oliver.hargreaves@harbourlinetalent.co.uk"),
                        "Brightwater Energy - interview tomorrow",
                        "2026-03-30 10:12", "Europe/London",
                        "<LO2P265MB4419C7A3E5D10F2B9E4C6A17B8E20@LO2P265MB4419.GBRP265.PROD.OUTLOOK.COM>"),
                   alt(text(body), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(nm(), family="human_reply", lang="pt", interview=True, kind="scheduled",
      start=utc("2026-08-06 14:00", "America/Sao_Paulo"), end=utc("2026-08-06 15:00", "America/Sao_Paulo"),
      local="Thu 2026-08-06 14:00", local_end="2026-08-06 15:00", zone="America/Sao_Paulo",
      days=(("Wed", "2026-07-29"), ("Tue", "2026-07-28"), ("Fri", "2026-08-07")),
      contact="rafaela.siqueira@jabuticaba.com.br", company="Jabuticaba Pagamentos",
      note="Recruiter reply quoting the candidate's acceptance, Portuguese (Brazil); quinta 6/8 às 14h de Brasília (UTC-3) = 17:00Z, 'terá 1 hora' -> 18:00Z; contact = sender")
def _():
    body = t("""
        Oi, Sofia, tudo bem?

        Combinado! Fica confirmada a sua entrevista com o Thiago Moreira (Head de Dados) na
        quinta-feira, 6 de agosto, às 14h (horário de Brasília). A conversa terá 1 hora e será
        pelo Google Meet: https://meet.google.com/jbt-pgms-dxf

        Vou te mandar o convite na agenda ainda hoje.

        Abraços,
        Rafaela Siqueira
        Tech Recruiter | Jabuticaba Pagamentos

        Em qua., 29 de jul. de 2026 às 19:42, Sofia Marchetti <sofia.marchetti@example.org> escreveu:
        > Oi, Rafaela!
        >
        > Obrigada pelo retorno. Posso na quinta, dia 6, às 14h de Brasília (10h aqui em
        > Vancouver). Se não der, sexta dia 7 no mesmo horário também funciona.
        >
        > Abraço,
        > Sofia
        >
        >> Em ter., 28 de jul. de 2026 às 11:15, Rafaela Siqueira escreveu:
        >> Queremos marcar uma conversa de 1 hora com o Thiago na semana que vem. Quais
        >> horários ficam bons para você?
        """)
    return message(head(addr("Rafaela Siqueira", "rafaela.siqueira@jabuticaba.com.br"),
                        "Re: Entrevista – Engenheira de Dados Sênior",
                        "2026-07-31 15:05", "America/Sao_Paulo", "<CAJbT9kq1vV0XpZ3d7Hw2mQ8r5@mail.gmail.com>",
                        extra=(("In-Reply-To", "<CAF0sm4rch3tti9w1e2v6n8@mail.gmail.com>"),
                               ("References", "<CAJbT4pA1xq8sZ@mail.gmail.com> <CAF0sm4rch3tti9w1e2v6n8@mail.gmail.com>"))),
                   alt(text(body), html(gmail_html(body))))


@mail(nm(), family="forward", lang="en", interview=True, kind="scheduled",
      start=utc("2026-04-07 10:00", "Pacific/Auckland"), end=None,
      local="Tue 2026-04-07 10:00", zone="Pacific/Auckland", days=(("Thu", "2026-04-02"), ("Mon", "2026-04-06")),
      contact="aroha.ngata@kowhaianalytics.co.nz", company="Kōwhai Analytics",
      note="Forward to self of a hiring manager's mail; Tue 7 April 10am NZ time: NZ back to NZST (UTC+12) on 5 April -> Mon 6 April 22:00Z (Mon 3pm PDT, as the owner's note says); contact = forwarded sender")
def _():
    body = t("""
        note to self: NZ clocks go back on the 5th, so this is MONDAY 3pm my time, not 2pm.

        ---------- Forwarded message ---------
        From: Aroha Ngata <aroha.ngata@kowhaianalytics.co.nz>
        Date: Thu, Apr 2, 2026 at 1:15 PM
        Subject: Interview - Senior Data Engineer
        To: Sofia Marchetti <sofia.marchetti@example.org>

        Kia ora Sofia,

        Thanks for getting back to me so quickly. Let's lock in Tuesday 7 April at 10am NZ time
        for the interview - I'll be joined by Ben Tuilagi from our platform team. We'll use this
        Zoom room: https://kowhai.zoom.us/j/6120045573

        Ngā mihi,
        Aroha Ngata
        Head of Data | Kōwhai Analytics
        Wellington, Aotearoa New Zealand
        """)
    return message(head(TO, "Fwd: Interview - Senior Data Engineer", "2026-04-02 21:30", VAN,
                        "<CAF0sm4rch3ttiFwd7Apr2026q@mail.gmail.com>"),
                   alt(text(body), html(gmail_html(body))))


@mail(nm(), family="human_prose", lang="nl", interview=True, kind="scheduled",
      start=utc("2026-09-18 17:30", "Europe/Amsterdam"), end=utc("2026-09-18 18:30", "Europe/Amsterdam"),
      local="Fri 2026-09-18 17:30", local_end="2026-09-18 18:30", zone="Europe/Amsterdam",
      contact="femke.devries@lindeboomzorgdata.nl", company="Lindeboom Zorgdata",
      note="Dutch recruiter, 'vrijdag 18 september om 17.30 uur (Nederlandse tijd)', CEST -> 15:30Z; 'duurt een uur' -> 16:30Z; contact = sender")
def _():
    body = t("""
        Hoi Sofia,

        Leuk dat je op korte termijn kunt! Hierbij bevestig ik je videogesprek voor de functie
        Data Engineer op vrijdag 18 september om 17.30 uur (Nederlandse tijd). Voor jou in
        Vancouver is dat 08.30 uur 's ochtends.

        Het gesprek duurt een uur. Je spreekt met Jeroen Bakker (teamlead Data) en mij. De
        Teams-link stuur ik je nog apart.

        Mocht er iets tussenkomen, laat het me gerust weten.

        Hartelijke groet,
        Femke de Vries
        Recruiter | Lindeboom Zorgdata
        Utrecht
        """)
    return message(head(addr("Femke de Vries", "femke.devries@lindeboomzorgdata.nl"),
                        "Bevestiging gesprek vrijdag 18 september",
                        "2026-09-11 14:25", "Europe/Amsterdam",
                        "<AM9P193MB1408B2D6F1C4E0A7C3B58D9E2F711@AM9P193MB1408.EURP193.PROD.OUTLOOK.COM>"),
                   text(body))


@mail(nm(), family="human_prose", lang="it", interview=True, kind="rescheduled",
      start=utc("2026-02-25 17:30", "Europe/Rome"), end=None,
      local="Wed 2026-02-25 17:30", zone="Europe/Rome", days=(("Mon", "2026-02-23"),),
      contact="giulia.ferraresi@ferrantelogistica.it", company="Ferrante Logistica S.p.A.",
      note="Italian recruiter moves the interview from lunedì 23 febbraio 18:00 to mercoledì 25 febbraio 17:30 (ora italiana, CET) = 16:30Z; latin-1 8bit; contact = sender")
def _():
    body = t("""
        Gentile Sofia,

        purtroppo l'ing. Bonfanti ha avuto un imprevisto e dobbiamo spostare il colloquio
        previsto per lunedì 23 febbraio alle 18:00.

        Le propongo quindi mercoledì 25 febbraio alle 17:30 (ora italiana), cioè le 8:30 a
        Vancouver, sempre su Google Meet con lo stesso link:
        https://meet.google.com/frl-qcvn-bpe

        Ho già aggiornato l'invito nel calendario. Se il nuovo orario non le andasse bene, mi
        faccia sapere e troviamo un'alternativa.

        Cordiali saluti,
        Giulia Ferraresi
        HR Business Partner
        Ferrante Logistica S.p.A. - Via Bergamo 21, 20135 Milano
        """)
    return message(head(addr("Giulia Ferraresi", "giulia.ferraresi@ferrantelogistica.it"),
                        "Spostamento colloquio - Data Engineer",
                        "2026-02-19 09:40", "Europe/Rome", "<5f2a9c1e-3b7d-4e8a-a1c6-0d9e7b2f4a11@ferrantelogistica.it>"),
                   text(body, charset="iso-8859-1", cte="8bit"))


@mail(nm(), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-10 17:00", "Europe/Madrid"), end=None,
      local="Thu 2026-12-10 17:00", zone="Europe/Madrid",
      contact="lucia.benavente@ondaraseguros.es", company="Ondara Seguros",
      note="Spanish recruiter cancels 'la entrevista del jueves 10 de diciembre a las 17:00 (hora peninsular)', CET -> 16:00Z; process frozen until January, no new time; contact = sender")
def _():
    body = t("""
        Hola Sofía:

        Lamento escribirte con malas noticias. Por una reorganización interna, el proceso de
        selección para Ingeniera/o de Datos se ha congelado hasta enero, así que tenemos que
        cancelar la entrevista del jueves 10 de diciembre a las 17:00 (hora peninsular) con
        Álvaro y conmigo.

        En cuanto se reactive el proceso, te escribo para buscar una nueva fecha. Siento mucho
        las molestias.

        Un saludo,
        Lucía Benavente
        Talento y Cultura · Ondara Seguros
        Paseo de la Castellana 141, Madrid
        """)
    return message(head(addr("Lucía Benavente", "lucia.benavente@ondaraseguros.es"),
                        "Cancelación de la entrevista del jueves",
                        "2026-12-07 10:15", "Europe/Madrid", "<b71e0c94d2a3f6@ondaraseguros.es>"),
                   alt(text(body), html(paras(body))))


# =========================================================================== negatives


def neg(family: str, lang: str, company: str | None, note: str, days: tuple = ()):
    return mail(nm(), family=family, lang=lang, interview=False, company=company, note=note, days=days)


@neg("application_ack", "en", "Larchmont Health",
     "Greenhouse application receipt; 'if your background is a match, we'll reach out to schedule an interview' is hypothetical")
def _():
    body = t("""
        Hi Sofia,

        Thank you for applying to the Data Engineer, Clinical Data Platform role at Larchmont
        Health! We've received your application and our team is reviewing it now.

        If your background is a match for the role, a member of our recruiting team will reach
        out to schedule an interview. Due to the volume of applications, this can take two to
        three weeks.

        In the meantime, learn more about life at Larchmont: https://larchmonthealth.com/careers

        Best,
        The Larchmont Health Recruiting Team
        """)
    return message(head(addr("Larchmont Health", "no-reply@us.greenhouse-mail.io"),
                        "Thank you for applying to Larchmont Health",
                        "2026-02-02 19:47", "America/New_York", "<gh.app.31f9a2c7@us.greenhouse-mail.io>"),
                   alt(text(body), html(paras(body))))


@neg("rejection", "en", "Marigold Games", "Lever rejection after a phone screen")
def _():
    body = t("""
        Hi Sofia,

        Thank you for taking the time to speak with us about the Senior Analytics Engineer role
        at Marigold Games. We really enjoyed learning about your work.

        After careful consideration, we've decided not to move forward with your candidacy at
        this time. This was a difficult decision given the strength of the applicant pool.

        We'll keep your information on file and may reach out if a role opens up that matches
        your experience. We wish you the very best in your search.

        Warmly,
        Marigold Games Talent Team
        """)
    return message(head(addr("Marigold Games", "no-reply@hire.lever.co"),
                        "Update on your application to Marigold Games",
                        "2026-04-22 16:18", "America/Los_Angeles", "<0100019d8e2c.lever.marigold.r1@email.amazonses.com>"),
                   text(body, cte="7bit", charset="us-ascii"))


@neg("job_alert", "en", None, "LinkedIn job alert, HTML only; 'Actively recruiting' and 'Interviewing now' badges are not confirmations")
def _():
    jobs = [
        ("Data Engineer II", "Harbourview Logistics", "Vancouver, BC (Hybrid)", "Actively recruiting"),
        ("Senior Data Engineer", "Coastal Kite Energy", "Burnaby, BC (On-site)", "Interviewing now"),
        ("Analytics Engineer", "Pemberton Health", "Canada (Remote)", "Be an early applicant"),
        ("Data Platform Engineer", "Lumen & Fir", "Vancouver, BC (Hybrid)", "3 connections work here"),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/40{i}8812{i}/" '
        f'style="color:#0a66c2;font-weight:600;text-decoration:none">{_html.escape(a)}</a><br>{_html.escape(b)}<br>'
        f'<span style="color:#666">{_html.escape(c)}</span><br><span style="color:#057642;font-size:12px">{_html.escape(d)}</span></td></tr>'
        for i, (a, b, c, d) in enumerate(jobs))
    page = t("""
        <html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
        <table width="100%" style="max-width:512px;margin:auto"><tr><td>
        <p style="font-size:20px">Your job alert for <b>data engineer</b> in Greater Vancouver Metropolitan Area</p>
        <p>14 new jobs match your preferences.</p>
        <table width="100%">
        """) + rows + t("""
        </table>
        <p><a href="https://www.linkedin.com/comm/jobs/search/?keywords=data%20engineer">See all jobs</a></p>
        <p style="font-size:12px;color:#666">This email was intended for Sofia Marchetti (Data Engineer at Salish Sea Software).
        You are receiving Job Alert emails. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a></p>
        <p style="font-size:12px;color:#666">&copy; 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
        </td></tr></table></body></html>
        """)
    return message(head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
                        "\u201cdata engineer\u201d: 14 new jobs in Greater Vancouver",
                        "2026-05-19 07:02", VAN, "<1398207456.2218871.1779199320@ltx1-app1187.prod.linkedin.com>",
                        extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=aB3xZ>"),)),
                   html(page))


@neg("job_alert", "en", None, "Indeed job alert; a listed 'hiring event: on-the-spot interviews Saturday, March 21, 10am-2pm' is an open event, not a confirmed interview",
     days=(("Sat", "2026-03-21"),))
def _():
    body = t("""
        Analytics Engineer jobs in Vancouver, BC

        New jobs for you

        Analytics Engineer
        Evergrove Foods - Vancouver, BC
        $105,000 - $125,000 a year
        Easily apply

        Data Engineer (Contract, 6 months)
        Fraserline Consulting - Remote in British Columbia
        $70 - $85 an hour

        Junior Data Analyst
        Pacific Crest Retail - Richmond, BC
        Hiring event: on-the-spot interviews Saturday, March 21, 10am-2pm
        Hiring multiple candidates

        BI Developer
        Seabright Credit Union - Surrey, BC
        Responded to 75% or more applications in the past 30 days

        See all jobs: https://ca.indeed.com/jobs?q=analytics+engineer&l=Vancouver%2C+BC

        You are receiving this email because you subscribed to job alerts on Indeed.
        Unsubscribe: https://ca.indeed.com/alert/unsubscribe?id=7c1e0f
        Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
        """)
    return message(head(addr("Indeed", "alert@indeed.com"),
                        "4 new analytics engineer jobs in Vancouver, BC",
                        "2026-03-16 05:31", VAN, "<20260316123100.4A1F.alert@indeed.com>",
                        extra=(("List-Unsubscribe", "<https://ca.indeed.com/alert/unsubscribe?id=7c1e0f>"),)),
                   alt(text(body), html(paras(body))))


@neg("newsletter_tips", "en", None, "Interview-tips newsletter; 'if your interview is at 10 AM on Tuesday' is an example; webinar Thursday mentioned but nothing confirmed",
     days=(("Thu", "2026-06-25"),))
def _():
    body = t("""
        THE DATA INTERVIEW DIGEST - Issue #42

        The 24 hours before your interview

        Say your interview is at 10 AM on a Tuesday. Here's the checklist our readers swear by:

        1. Monday afternoon: re-read the job description and map each requirement to a story.
        2. Monday evening: do one timed SQL problem - not ten.
        3. Tuesday, 9:30 AM: test your camera, mic and screen sharing. Close Slack.
        4. 9:55 AM: water, notes, deep breath.

        Also this week
        - "Tell me about a pipeline you broke": how to answer the failure question
        - Salary bands for data engineers in Canada, 2026 edition
        - Live Q&A on system design interviews this Thursday, June 25 - replay link for
          subscribers

        Good luck out there,
        Maya @ The Data Interview Digest

        You're receiving this because you subscribed at datainterviewdigest.com.
        Unsubscribe: https://datainterviewdigest.com/unsubscribe?u=e7a1
        """)
    return message(head(addr("The Data Interview Digest", "maya@datainterviewdigest.com"),
                        "#42: The 24 hours before your interview",
                        "2026-06-23 06:00", "America/New_York", "<20260623100000.digest42@mg.datainterviewdigest.com>",
                        extra=(("List-Unsubscribe", "<https://datainterviewdigest.com/unsubscribe?u=e7a1>"),
                               ("List-Id", "The Data Interview Digest <digest.datainterviewdigest.com>"),
                               ("Precedence", "bulk"))),
                   alt(text(body), html(paras(body))))


@neg("recruiter_outreach", "en", "Saltmarsh Energy", "In-house recruiter cold outreach; asks for times, nothing fixed")
def _():
    body = t("""
        Hi Sofia,

        I came across your profile while looking for someone with streaming pipeline
        experience, and your work on Kafka and Flink stood out. I'm hiring a Senior Data
        Engineer for our trading analytics team here at Saltmarsh Energy (Calgary-based, but
        the role is fully remote within Canada).

        Would you be open to a 20-minute intro call sometime next week? If so, send me a couple
        of times that suit you and I'll set it up.

        Thanks,
        Noelle Fraser
        Senior Technical Recruiter, Saltmarsh Energy
        noelle.fraser@saltmarshenergy.ca
        """)
    return message(head(addr("Noelle Fraser", "noelle.fraser@saltmarshenergy.ca"),
                        "Senior Data Engineer - remote in Canada",
                        "2026-05-26 11:34", "America/Edmonton", "<YT3PR01MB6211E05D7C3A9B14F2E8A6C3B1D09@YT3PR01MB6211.CANPRD01.PROD.OUTLOOK.COM>"),
                   alt(text(body), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@neg("scheduling_link", "en", "Copperleaf Games", "Greenhouse availability request (self-scheduling link), submit by Friday, June 19; no time chosen",
     days=(("Fri", "2026-06-19"),))
def _():
    body = t("""
        Hi Sofia,

        Thanks for your interest in the Data Engineer, Player Insights role at Copperleaf Games!
        We'd love to move you forward to a 45-minute technical interview with our team.

        Please use the link below to let us know when you're available over the next two weeks.
        It only takes a minute:

        https://app.greenhouse.io/availability/3f9e1c2a-7b44-4d61-9a0f-c1e2d3b4a5f6

        Please submit your availability by Friday, June 19. Once we have it, we'll send you a
        calendar invitation with the final time.

        Thanks,
        Jordan Pike
        Recruiting Coordinator, Copperleaf Games
        """)
    return message(head(addr("Copperleaf Games", "no-reply@us.greenhouse-mail.io"),
                        "Please share your availability - Copperleaf Games",
                        "2026-06-15 13:05", VAN, "<gh.avail.8b21e90f@us.greenhouse-mail.io>",
                        reply_to=addr("Jordan Pike", "jordan.pike@copperleafgames.com")),
                   alt(text(body), html(paras(body))))


@neg("assessment", "en", "Ridgeback Payments", "Codility coding test invitation; a deadline (Monday, August 17, 11:59 PM PDT), not an interview",
     days=(("Mon", "2026-08-17"),))
def _():
    body = t("""
        Hello Sofia,

        Ridgeback Payments has invited you to take a coding test as part of your application for
        Senior Data Engineer.

        Test duration: 90 minutes
        Tasks: 3 (SQL, Python)
        Deadline: Monday, August 17, 2026, 11:59 PM PDT

        Start the test when you're ready - you can't pause once you begin:
        https://app.codility.com/c/invite/RBP7Q2-XZ4K9/

        We recommend trying the demo task first: https://app.codility.com/demo/

        Good luck!
        The Codility Team, on behalf of Ridgeback Payments
        """)
    return message(head(addr("Codility", "no-reply@codility.com"),
                        "Ridgeback Payments invites you to take a coding test",
                        "2026-08-10 09:12", "Europe/Warsaw", "<20260810071200.c7b2.invite@codility.com>"),
                   alt(text(body), html(paras(body))))


@neg("offer", "en", "Tidewater Bio", "Offer letter via DocuSign; start date and signing deadline, no interview",
     days=(("Mon", "2026-10-05"), ("Fri", "2026-09-25")))
def _():
    body = t("""
        Hi Sofia,

        On behalf of everyone at Tidewater Bio, I'm thrilled to offer you the position of
        Senior Data Engineer! You really impressed the whole panel.

        Your offer letter is waiting for you in DocuSign. A quick summary:

        - Base salary: CAD 158,000
        - Equity: 6,000 stock options (4-year vest, 1-year cliff)
        - Start date: Monday, October 5, 2026
        - Location: Vancouver office, hybrid (2 days/week)

        Please review and sign by Friday, September 25. I'm happy to jump on a call any time
        this week to walk through benefits or answer questions - just let me know.

        Welcome (hopefully!) to the team,
        Grace Liu
        Head of People, Tidewater Bio
        grace.liu@tidewaterbio.com
        """)
    return message(head(addr("Grace Liu", "grace.liu@tidewaterbio.com"),
                        "Your offer from Tidewater Bio",
                        "2026-09-18 16:40", VAN, "<CAGt1d3w4t3rB10ffer9s8e7@mail.gmail.com>"),
                   alt(text(body), html(gmail_html(body))))


@neg("platform_notification", "en", None, "Wellfound platform notification (profile view, matches)")
def _():
    body = t("""
        Hi Sofia,

        A recruiter from Halcyon AI viewed your profile.

        Halcyon AI - Seed, 12 employees - San Francisco / Remote
        "We build evaluation infrastructure for ML teams."

        You also have 3 new matches this week:
        - Founding Data Engineer at Ledgerly (Remote, US/Canada) - $150k-$180k, 0.5%-1.0%
        - Data Engineer at Tinkerbird (Vancouver) - CA$120k-CA$140k
        - Analytics Engineer at Parsnip Health (Remote) - $130k-$155k

        Make sure your profile is up to date so startups know you're open to work:
        https://wellfound.com/profile/edit

        - The Wellfound Team

        Manage email preferences: https://wellfound.com/settings/notifications
        """)
    return message(head(addr("Wellfound", "team@hi.wellfound.com"),
                        "Halcyon AI viewed your profile",
                        "2026-07-02 08:20", "America/Los_Angeles", "<wf.notif.20260702.e81c@hi.wellfound.com>"),
                   alt(text(body), html(paras(body))))


@neg("non_interview_calendar", "en", None, "Meetup RSVP with an .ics: a confirmed time, but a community event",
     days=(("Wed", "2026-06-17"),))
def _():
    body = t("""
        You're going!

        Vancouver Data Engineering Meetup
        dbt + Iceberg night: lessons from migrating a 40 TB warehouse

        Wednesday, June 17, 2026
        6:00 PM to 8:30 PM PDT

        Mobify Hall, 948 Homer St, Vancouver, BC

        Add to calendar: the attached .ics file works with Google, Outlook and Apple Calendar.

        Can't make it anymore? Update your RSVP so someone on the waitlist can go:
        https://www.meetup.com/vancouver-data-eng/events/311208845/

        Meetup
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Meetup//RemoteApi//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20260610T180511Z
        DTSTART:20260618T010000Z
        DTEND:20260618T033000Z
        STATUS:CONFIRMED
        SUMMARY:dbt + Iceberg night: lessons from migrating a 40 TB warehouse
        DESCRIPTION:Vancouver Data Engineering Meetup\\nhttps://www.meetup.com/vancouver-data-eng/events/311208845/
        LOCATION:Mobify Hall\\, 948 Homer St\\, Vancouver\\, BC
        UID:event_311208845@meetup.com
        URL:https://www.meetup.com/vancouver-data-eng/events/311208845/
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Meetup", "info@email.meetup.com"),
                        "You're going to dbt + Iceberg night",
                        "2026-06-10 11:05", VAN, "<meetup.rsvp.311208845.s0f1a@email.meetup.com>"),
                   mixed(alt(text(body), html(paras(body))),
                         calendar(ics, method="PUBLISH", filename="event.ics", disposition="attachment")))


@neg("auto_reply", "en", "Kestrel Finance", "Out-of-office auto reply to the owner's mail about interview availability; mentions interviews and a return date only",
     days=(("Mon", "2026-07-13"),))
def _():
    body = t("""
        Thank you for your email. I'm out of the office until Monday, July 13 with limited
        access to email.

        For anything related to interview scheduling, please contact our recruiting team at
        recruiting@kestrelfinance.com and they'll be happy to help.

        Best regards,
        Brendan Walsh
        Talent Acquisition Lead, Kestrel Finance
        """)
    return message(head(addr("Brendan Walsh", "brendan.walsh@kestrelfinance.com"),
                        "Automatic reply: Re: Interview availability - Data Engineer",
                        "2026-07-06 14:02", "America/Toronto", "<YQBPR0101MB7741A2C9E4F58B0D63E1C7B5A92F0@YQBPR0101MB7741.CANPRD01.PROD.OUTLOOK.COM>",
                        extra=(("Auto-Submitted", "auto-replied"),
                               ("X-MS-Exchange-Inbox-Rules-Loop", "brendan.walsh@kestrelfinance.com"),
                               ("In-Reply-To", "<CAF0sm4rch3ttiAvail0706@mail.gmail.com>"))),
                   alt(text(body), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@neg("non_interview_calendar", "en", None, "Physiotherapy appointment reminder (Jane App): confirmed time, personal",
     days=(("Tue", "2026-01-27"),))
def _():
    body = t("""
        Hi Sofia,

        This is a reminder of your upcoming appointment at Kitsilano Physiotherapy & Sport:

        Tue, Jan 27, 2026 at 4:15 PM
        Follow-up Physiotherapy (45 min) with Hannah Osei, PT
        2150 W 4th Ave, Vancouver, BC

        Need to cancel or reschedule? Please give us at least 24 hours' notice:
        https://kitsphysio.janeapp.com/my_account

        See you soon!
        Kitsilano Physiotherapy & Sport
        604-555-0176
        """)
    return message(head(addr("Kitsilano Physiotherapy & Sport", "noreply@janeapp.com"),
                        "Appointment Reminder: Tue, Jan 27 at 4:15 PM",
                        "2026-01-25 09:00", VAN, "<jane.reminder.88120471@janeapp.com>"),
                   alt(text(body), html(paras(body))))


@neg("mock_interview", "en", None, "Peer practice interview confirmed on Pramp with .ics: a confirmed time, but not a job interview",
     days=(("Sat", "2026-03-14"),))
def _():
    body = t("""
        Your practice interview is confirmed!

        Topic: System Design (Data-intensive)
        When: Saturday, March 14, 2026, 10:00 AM PDT
        Your peer: Arjun K.

        You'll interview each other for 30 minutes each. We'll send you the questions for your
        partner 30 minutes before the session.

        Join from your dashboard: https://www.pramp.com/dashboard

        Happy practicing,
        The Pramp Team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Pramp//Sessions//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:pramp-session-5521098@pramp.com
        DTSTAMP:20260310T200000Z
        DTSTART:20260314T170000Z
        DTEND:20260314T180000Z
        SUMMARY:Pramp practice interview - System Design
        ORGANIZER;CN=Pramp:mailto:no-reply@pramp.com
        ATTENDEE;CN=Sofia Marchetti:mailto:sofia.marchetti@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Pramp", "no-reply@pramp.com"),
                        "Your practice interview is confirmed: Sat, Mar 14 at 10:00 AM",
                        "2026-03-10 13:00", VAN, "<pramp.5521098.confirm@pramp.com>"),
                   mixed(text(body), calendar(ics, method="REQUEST", filename="pramp.ics", disposition="attachment")))


@neg("marketing_webinar", "en", None, "Zoom webinar registration ('How we hire data engineers'), employer-branding event with a time; not an interview",
     days=(("Wed", "2026-06-24"),))
def _():
    body = t("""
        Hi Sofia,

        Thank you for registering for "How we hire data engineers: a live look inside the
        Northwind Commerce interview process".

        Date & Time: Jun 24, 2026 09:00 AM Pacific Time (US and Canada)

        Please submit any questions to: careers-events@northwindcommerce.com

        Join from PC, Mac, Linux, iOS or Android:
        https://northwindcommerce.zoom.us/w/98811230045?tk=Xw2k0pQ

        Add to Calendar: Google Calendar | Outlook (.ics) | Yahoo Calendar

        You can cancel your registration at any time.
        """)
    return message(head(addr("Northwind Commerce Careers", "no-reply@zoom.us"),
                        "How we hire data engineers: Confirmation",
                        "2026-06-12 10:31", VAN, "<zw.98811230045.reg.7f1a@zoom.us>"),
                   alt(text(body), html(paras(body))))


@neg("non_interview_calendar", "en", None,
     "Outlook request from the owner's current manager: she is on the interview panel for someone else (Windows zone Pacific Standard Time); not her job interview",
     days=(("Tue", "2026-05-05"),))
def _():
    body = t("""
        Hi Sofia, could you take the pipeline design round for Jun's loop? Scorecard is in
        Greenhouse - please submit within 24 hours. Thanks! - Ravi

        When: Tuesday, May 5, 2026 1:00 PM-1:45 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Microsoft Teams Meeting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_PACIFIC_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Ravi Menon:mailto:ravi.menon@salishseasoftware.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofia Marchetti:mailto:sofia.marchetti@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jun Park:mailto:jun.park.dev@example.com
        DESCRIPTION;LANGUAGE=en-US:Hi Sofia\\, could you take the pipeline design round for Jun's loop? Scorecard is in Greenhouse.\\n
        UID:040000008200E00074C5B7101A82E00800000000E1A2B3C4D5CADC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F901A2B
        SUMMARY;LANGUAGE=en-US:Interview: Jun Park - Junior Data Engineer - Pipeline design (panel)
        DTSTART;TZID=Pacific Standard Time:20260505T130000
        DTEND;TZID=Pacific Standard Time:20260505T134500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260429T211500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(addr("Ravi Menon", "ravi.menon@salishseasoftware.com"),
                        "Interview: Jun Park - Junior Data Engineer - Pipeline design (panel)",
                        "2026-04-29 14:15", VAN,
                        "<CO1PR08MB7203F6A2B9C1D4E5F7A8B9C0D1E2F@CO1PR08MB7203.namprd08.prod.outlook.com>",
                        to=addr("Sofia Marchetti", "sofia.marchetti@salishseasoftware.com"),
                        extra=(("Cc", addr("Jun Park", "jun.park.dev@example.com")),)),
                   alt(text(body), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                       calendar(ics, method="REQUEST", cte="base64")),
                   )


@neg("scheduling_request", "en", "Pinecrest Analytics", "Recruiter asks for 2-3 slots for a first interview next week; nothing fixed yet",
     days=(("Mon", "2026-07-20"), ("Fri", "2026-07-24")))
def _():
    body = t("""
        Hi Sofia,

        Thanks for applying to the Data Engineer position at Pinecrest Analytics - the team
        really liked your background and we'd love to invite you to a first interview with our
        hiring manager, Leo Tran.

        Could you send me two or three time slots that work for you next week (Mon 20 - Fri 24
        July)? The conversation is about 45 minutes over Zoom. Our team is on Eastern time, so
        anything between 11 AM and 5 PM ET is easiest for us.

        Looking forward to hearing from you!

        Best,
        Amara Oyelaran
        Talent Partner, Pinecrest Analytics
        """)
    return message(head(addr("Amara Oyelaran", "amara.oyelaran@pinecrestanalytics.com"),
                        "Next steps - Data Engineer at Pinecrest Analytics",
                        "2026-07-14 15:48", "America/New_York", "<CAP1n3cr35tAn4lyt1c5k7q@mail.gmail.com>"),
                   alt(text(body), html(gmail_html(body))))


@neg("post_interview", "en", "Sable Ridge Software", "Hiring manager's thank-you after this morning's interview; next steps by a date, no new time",
     days=(("Fri", "2026-09-04"),))
def _():
    body = t("""
        Hi Sofia,

        Thanks again for your time this morning - I really enjoyed hearing about the CDC
        migration you led, and the team had great things to say after the pairing session.

        We're wrapping up our last couple of conversations this week. You'll hear from us with
        next steps by Friday, September 4 at the latest.

        All the best,
        Hana Yoshida
        Engineering Manager, Data Platform
        Sable Ridge Software
        """)
    return message(head(addr("Hana Yoshida", "hana.yoshida@sableridge.io"),
                        "Thanks for today",
                        "2026-08-31 12:26", VAN, "<CAS4bl3R1dg3Th4nk5h7y@mail.gmail.com>"),
                   alt(text(body), html(gmail_html(body))))


@neg("scheduling_request", "en", "Bramblecote Games",
     "Recruiter's reply quoting the owner's proposed slots (Tue Oct 20 9-11 PT or Wed Oct 21 after 1 PT); 'will confirm the final time tomorrow' -> not yet fixed",
     days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21"), ("Tue", "2026-10-13")))
def _():
    body = t("""
        Thanks Sofia! I've passed these along to the panel and will confirm the final time
        tomorrow once I hear back from everyone.

        Dana

        On Tue, Oct 13, 2026 at 8:52 AM Sofia Marchetti <sofia.marchetti@example.org> wrote:
        > Hi Dana,
        >
        > Thanks for the update! For the final round I could do Tuesday Oct 20 between 9 and
        > 11 am PT, or Wednesday Oct 21 any time after 1 pm PT.
        >
        > Best,
        > Sofia
        """)
    return message(head(addr("Dana Whitcombe", "dana.whitcombe@bramblecote.com"),
                        "Re: Final round - Senior Data Engineer",
                        "2026-10-13 10:07", VAN, "<CAB4mbl3c0t3R3pLy9x@mail.gmail.com>",
                        extra=(("In-Reply-To", "<CAF0sm4rch3ttiOct13@mail.gmail.com>"),
                               ("References", "<CAF0sm4rch3ttiOct13@mail.gmail.com>"))),
                   alt(text(body), html(gmail_html(body))))


@neg("platform_notification", "en", "Juniper Street Capital", "Certn background-check completion notice for an employer; no interview")
def _():
    body = t("""
        Hi Sofia,

        Good news - your background check requested by Juniper Street Capital is complete.

        Included checks:
        - Identity verification: Complete
        - Criminal record check (Canada): Complete
        - Employment verification (2): Complete

        Juniper Street Capital has been notified and will be in touch with you about next steps.
        You can download a copy of your report here: https://app.certn.co/applicant/reports

        Thanks,
        The Certn Team
        """)
    return message(head(addr("Certn", "no-reply@certn.co"),
                        "Your background check is complete",
                        "2026-11-12 10:44", VAN, "<certn.report.9e11c2f0@certn.co>"),
                   alt(text(body), html(paras(body))))


@neg("application_ack", "de", "Kranich Reisen GmbH", "German application receipt (SAP SuccessFactors), latin-1 QP; 'innerhalb von zwei Wochen' is no appointment")
def _():
    body = t("""
        Sehr geehrte Frau Marchetti,

        vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) - Remote. Ihre Unterlagen sind
        vollständig bei uns eingegangen.

        Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.
        Sollten wir Sie zu einem Vorstellungsgespräch einladen, erhalten Sie eine gesonderte
        Nachricht mit Terminvorschlägen.

        Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Kranich Reisen GmbH · Hafenstraße 12 · 20359 Hamburg

        Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.
        """)
    return message(head(addr("Kranich Reisen GmbH", "bewerbung@kranich-reisen.de", "iso-8859-1"),
                        "Eingangsbestätigung Ihrer Bewerbung - Data Engineer (m/w/d)",
                        "2026-01-29 17:22", "Europe/Berlin", "<sf.rcm.1769703720.55418@successfactors.eu>",
                        charset="iso-8859-1"),
                   text(body, charset="iso-8859-1"))


@neg("rejection", "fr", "Boréal Assurances", "French (Quebec) rejection, base64 body")
def _():
    body = t("""
        Bonjour Sofia,

        Nous vous remercions de l'intérêt que vous portez à Boréal Assurances et du temps que
        vous avez consacré à votre candidature au poste d'ingénieure de données.

        Après analyse attentive de votre dossier, nous avons le regret de vous informer que
        nous ne donnerons pas suite à votre candidature pour ce poste. Nous conserverons
        toutefois votre profil dans notre banque de candidatures pendant un an.

        Nous vous souhaitons beaucoup de succès dans vos démarches.

        L'équipe Acquisition de talents
        Boréal Assurances – Montréal
        """)
    return message(head(addr("Boréal Assurances – Carrières", "carrieres@borealassurances.ca"),
                        "Votre candidature – Ingénieure de données",
                        "2026-03-03 13:15", "America/Toronto", "<boreal.rh.20260303.4417@borealassurances.ca>"),
                   alt(text(body, cte="base64"), html(paras(body), cte="base64")))


@neg("job_alert", "fr", None, "Welcome to the Jungle weekly jobs digest, HTML only; article 'Entretien : 5 questions à préparer' is content, not an appointment")
def _():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#fff9e6">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
        <h1 style="font-size:22px">Bonjour Sofia, voici vos offres de la semaine</h1>
        <p><b>Data Engineer</b> · Fermette Énergies · Paris (télétravail total possible)<br>
        CDI · 55K à 70K €</p>
        <p><b>Analytics Engineer</b> · Pivoine Santé · Lyon · Télétravail partiel<br>
        CDI · 50K à 62K €</p>
        <p><b>Senior Data Engineer</b> · Trois Mâts Logistique · Nantes · Full remote<br>
        CDI · 65K à 78K €</p>
        <p><a href="https://www.welcometothejungle.com/fr/jobs?query=data%20engineer">Voir toutes les offres</a></p>
        <hr>
        <h2 style="font-size:18px">À lire cette semaine</h2>
        <p><a href="https://www.welcometothejungle.com/fr/articles/entretien-questions">Entretien&nbsp;: 5 questions à préparer absolument</a><br>
        De « Parlez-moi de vous » à « Avez-vous des questions ? », nos conseils pour ne plus être pris au dépourvu le jour J.</p>
        <p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur Welcome to the Jungle.
        <a href="https://www.welcometothejungle.com/fr/me/settings/notifications">Se désinscrire</a></p>
        </td></tr></table></body></html>
        """)
    return message(head(addr("Welcome to the Jungle", "hello@news.welcometothejungle.com"),
                        "Vos 3 nouvelles offres Data Engineer",
                        "2026-02-10 08:00", "Europe/Paris", "<wttj.digest.20260210.a91f@news.welcometothejungle.com>",
                        extra=(("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/me/settings/notifications>"),)),
                   html(page))


@neg("job_alert", "es", None, "InfoJobs job alert (Spain); no appointment")
def _():
    body = t("""
        Hola, Sofía:

        Tenemos 5 nuevas ofertas que encajan con tu alerta «Data Engineer – Madrid / teletrabajo».

        Data Engineer (AWS, Spark) – Olivar Digital – Madrid – Teletrabajo total
        Salario: 45.000 € - 55.000 € bruto/año

        Ingeniero/a de Datos Senior – Mareas Banca – Madrid – Híbrido
        Salario: no especificado

        Analytics Engineer – Tomillo Retail – Barcelona – Teletrabajo total
        Salario: 42.000 € - 50.000 € bruto/año

        Ver todas las ofertas: https://www.infojobs.net/ofertas-trabajo?keyword=data+engineer

        Consejo InfoJobs: prepara tu entrevista online con nuestra guía gratuita.

        Recibes este correo porque tienes una alerta activa en InfoJobs.
        Darse de baja: https://www.infojobs.net/alertas
        """)
    return message(head(addr("InfoJobs", "alertas@infojobs.net"),
                        "5 nuevas ofertas de Data Engineer para ti",
                        "2026-09-29 07:30", "Europe/Madrid", "<ij.alert.20260929.6c0e7a@infojobs.net>"),
                   alt(text(body), html(paras(body))))


@neg("scheduling_link", "nl", "Vlinderdas Energie", "Dutch self-scheduling link (Recruitee), choose a slot between 9 and 13 November; nothing booked",
     days=(("Mon", "2026-11-09"), ("Fri", "2026-11-13")))
def _():
    body = t("""
        Hoi Sofia,

        Bedankt voor je sollicitatie als Data Engineer bij Vlinderdas Energie! We willen je graag
        beter leren kennen in een online kennismakingsgesprek van 30 minuten.

        Plan het gesprek zelf in via onderstaande link. Je kunt een moment kiezen tussen maandag
        9 en vrijdag 13 november:

        https://vlinderdas.recruitee.com/o/data-engineer/schedule/8c41f0

        Na het inplannen ontvang je automatisch een bevestiging met de Teams-link.

        Groetjes,
        Sanne Visser
        Talent Acquisition, Vlinderdas Energie
        """)
    return message(head(addr("Vlinderdas Energie", "no-reply@recruitee.com"),
                        "Plan je kennismakingsgesprek in",
                        "2026-11-04 10:10", "Europe/Amsterdam", "<rc.sched.8c41f0.vlinderdas@recruitee.com>",
                        reply_to=addr("Sanne Visser", "vlinderdas.b7e2@inbound.recruitee.com")),
                   alt(text(body), html(paras(body))))


@neg("application_ack", "it", "Gelsomino Tech", "Italian application receipt (inRecruiting), latin-1 QP")
def _():
    body = t("""
        Gentile Sofia Marchetti,

        grazie per aver inviato la tua candidatura per la posizione di Data Engineer (full
        remote) presso Gelsomino Tech.

        Il nostro team di selezione valuterà con attenzione il tuo profilo. Se le tue
        competenze risulteranno in linea con quanto richiesto, sarai ricontattata per un
        primo colloquio conoscitivo.

        Ti ricordiamo che puoi aggiornare il tuo curriculum in qualsiasi momento accedendo alla
        tua area riservata.

        Cordiali saluti,
        Ufficio Risorse Umane - Gelsomino Tech S.r.l.
        """)
    return message(head(addr("Gelsomino Tech", "noreply@inrecruiting.com"),
                        "Conferma ricezione candidatura - Data Engineer",
                        "2026-05-04 11:27", "Europe/Rome", "<inr.cand.20260504.771254@inrecruiting.com>",
                        charset="iso-8859-1"),
                   text(body, charset="iso-8859-1"))


@neg("assessment", "pt", "Caju Seguros", "Gupy online test stage (Brazil); deadline 14/08 23h59, not an interview",
     days=(("Fri", "2026-08-14"),))
def _():
    body = t("""
        Olá, Sofia!

        Que bom ter você no processo seletivo para Engenheira de Dados Pleno/Sênior na Caju
        Seguros. 🎉

        Você avançou para a etapa de testes online. São dois testes:
        • Teste de perfil comportamental (cerca de 15 minutos)
        • Teste técnico de SQL e Python (60 minutos)

        Você tem até sexta-feira, 14/08/2026, às 23h59 (horário de Brasília) para concluir.

        Acesse: https://cajuseguros.gupy.io/candidates/applications

        Boa sorte!
        Time de Atração de Talentos – Caju Seguros

        Este é um e-mail automático enviado pela Gupy. Por favor, não responda.
        """)
    return message(head(addr("Caju Seguros via Gupy", "naoresponda@gupy.com.br"),
                        "Próxima etapa: testes online – Engenheira de Dados",
                        "2026-08-07 09:14", "America/Sao_Paulo", "<gupy.notif.20260807.3f8a12@gupy.com.br>"),
                   alt(text(body, cte="base64"), html(paras(body), cte="base64")))
