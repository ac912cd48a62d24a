# ruff: noqa: E501
"""The 40 final mails, each written by hand. Inbox owner: Noor Haddad <noor.haddad@example.com> (London).

Different companies, people and phrasings from the tune set; same kind of mix.
"""

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
    mail,
    message,
    mixed,
    received,
    t,
    text,
)

NOOR = "noor.haddad@example.com"
ME = addr("Noor Haddad", NOOR)


def inbound(host: str, when: str, zone: str, lag: int = 3) -> list[tuple[str, str]]:
    return [
        ("Received", received(f"from {host}", when, zone, "mx.example.com (mx.example.com [192.0.2.25]) with ESMTPS id 4bQx", NOOR, lag)),
    ]


# ----------------------------------------------------------------------------------------------- 001
@mail("final_001", family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-06-08T13:00:00Z", end="2026-06-08T13:45:00Z",
      local="Mon 2026-06-08 14:00", local_end="2026-06-08 14:45", zone="Europe/London",
      contact="ruth.akande@penrosevale.com", company="Penrose & Vale",
      note="Greenhouse itinerary-style mail from no-reply without Reply-To; 14:00-14:45 British Summer Time; the only human address is the ICS ORGANIZER -> contact")
def final_001():
    when = "2026-06-03 11:02:37"
    body = t("""
        Dear Noor,

        Thank you for your continued interest in Penrose & Vale. Please find your interview
        schedule below.

        INTERVIEW SCHEDULE
        Role:       Product Analyst, Lending
        Date:       Monday, 8 June 2026
        Time:       14:00 – 14:45 (British Summer Time)
        Format:     In person – Penrose & Vale, 3 Fournier Street, London E1 6QE
        Interview:  Hiring Manager Interview with Tom Ellery (Head of Lending Analytics)

        What to bring: nothing but yourself. We'll have a laptop ready if you'd like to show us
        something you've built.

        On arrival, ask reception for the Penrose & Vale talent team. A calendar invitation is
        attached.

        Kind regards,
        The Penrose & Vale Talent Team

        This email was sent from an unmonitored mailbox via Greenhouse.
        """)
    page = t("""
        <html><body style="font-family:Georgia,'Times New Roman',serif;color:#1c1c1c;font-size:15px">
        <div style="max-width:600px;margin:0 auto;padding:24px;border-top:4px solid #2d5a4a">
        <p>Dear Noor,</p>
        <p>Thank you for your continued interest in Penrose &amp; Vale. Please find your interview schedule below.</p>
        <h3 style="font-family:Arial,sans-serif;font-size:13px;letter-spacing:1px;color:#2d5a4a">INTERVIEW SCHEDULE</h3>
        <table cellpadding="6" style="font-size:14px;border-collapse:collapse">
        <tr><td style="color:#666">Role</td><td>Product Analyst, Lending</td></tr>
        <tr><td style="color:#666">Date</td><td>Monday, 8 June 2026</td></tr>
        <tr><td style="color:#666">Time</td><td>14:00 &ndash; 14:45 (British Summer Time)</td></tr>
        <tr><td style="color:#666">Format</td><td>In person &ndash; Penrose &amp; Vale, 3 Fournier Street, London E1 6QE</td></tr>
        <tr><td style="color:#666">Interview</td><td>Hiring Manager Interview with Tom Ellery (Head of Lending Analytics)</td></tr>
        </table>
        <p>What to bring: nothing but yourself. We'll have a laptop ready if you'd like to show us something you've built.</p>
        <p>On arrival, ask reception for the Penrose &amp; Vale talent team. A calendar invitation is attached.</p>
        <p>Kind regards,<br>The Penrose &amp; Vale Talent Team</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox via Greenhouse.</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software Inc//Greenhouse Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:9e1d4b07-3c2a-4f86-b0e5-7a1f6c8d2e93@greenhouse.io
        DTSTAMP:20260603T100237Z
        DTSTART:20260608T130000Z
        DTEND:20260608T134500Z
        SEQUENCE:0
        SUMMARY:Interview with Penrose & Vale - Product Analyst\, Lending
        LOCATION:Penrose & Vale\, 3 Fournier Street\, London E1 6QE
        DESCRIPTION:Hiring Manager Interview with Tom Ellery (Head of Lending Analytics)
        ORGANIZER;CN=Ruth Akande:mailto:ruth.akande@penrosevale.com
        ATTENDEE;CN=Noor Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:noor.haddad@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("o6.email.greenhouse.io (o6.email.greenhouse.io [198.51.100.26])", when, "Europe/London"),
        ("From", addr("Penrose & Vale", "no-reply@greenhouse.io")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Interview schedule: Product Analyst, Lending at Penrose & Vale"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<b7WnQ2xLT0eKc9mR4pVy8g@geopod-ismtpd-14>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, disposition="attachment", filename="interview.ics", cte="base64")))


# ----------------------------------------------------------------------------------------------- 002
@mail("final_002", family="recruiter_outreach", lang="de", interview=False, company="Elbkontor Personalberatung",
      note="German agency outreach 'hätten Sie nächste Woche Zeit für ein kurzes Telefonat? ... Dienstag oder Donnerstagnachmittag' - no fixed time")
def final_002():
    when = "2026-05-04 09:37:15"
    body = t("""
        Guten Tag Frau Haddad,

        ich bin über Ihr Profil auf LinkedIn auf Sie aufmerksam geworden und melde mich mit einer
        Position, die aus meiner Sicht sehr gut zu Ihrem Hintergrund in Kreditrisiko und
        Produktanalyse passt: Lead Product Analyst (m/w/d) bei einem etablierten Hamburger
        Zahlungsdienstleister, mit Option auf überwiegend Remote-Arbeit aus London.

        Hätten Sie nächste Woche Zeit für ein kurzes Telefonat? Mir würden Dienstag oder
        Donnerstagnachmittag gut passen, ich richte mich aber gern nach Ihnen. 15 bis 20 Minuten
        reichen völlig, um zu sehen, ob es grundsätzlich passt.

        Die Stellenbeschreibung schicke ich Ihnen gern vorab.

        Beste Grüße aus Hamburg
        Jonas Wiebe
        Senior Consultant | Elbkontor Personalberatung GmbH
        Tel. +49 40 822 19 03-4
        """)
    return message([
        *inbound("mail-ej1-f50.google.com (mail-ej1-f50.google.com [203.0.113.50])", when, "Europe/Berlin"),
        ("From", addr("Jonas Wiebe", "jonas.wiebe@elbkontor-personal.de")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Lead Product Analyst (m/w/d) - kurzer Austausch?"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<CAKs8r3Yp0Wm5Tq2Ne7bV1cLx9gHf4dJ6oA3uZ@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 003
TEAMS_HQ = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MWQ3ZjBhZDEtOWM0Yi00ZTM4LWJmZTItNTZjOTk4YjM0ZmEx%40thread.v2/0?context=%7b%22Tid%22%3a%229a4c7e21-0d5f-4b83-a6e2-1f7b3c9d8e04%22%2c%22Oid%22%3a%2230e8d1c4-6a2b-47f9-8e0d-c5b1a93f7e26%22%7d>
    Meeting ID: 216 893 402 771
    Passcode: Lq8Zr4
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Or call in (audio only)
    +1 646-838-1601,,716243095#   United States, New York City
    Phone Conference ID: 716 243 095#
    Find a local number<https://dialin.teams.microsoft.com/8a7d3f2e-1c4b-4e96-b0a5-27d9c6e1f384?id=716243095> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@mail("final_003", family="outlook_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T16:00:00Z", end="2026-11-03T16:30:00Z",
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 11:30", zone="America/New_York",
      contact="bcole@hudsonquill.com", company="Hudson Quill Media",
      note="Outlook request, TZID 'Eastern Standard Time', Tue 3 Nov 2026 11:00-11:30: US daylight time ended on 1 Nov, so EST (UTC-5) = 16:00Z although the mail's own Date (29 Oct) is still EDT; organizer = sender")
def final_003():
    when = "2026-10-29 14:50:08"
    body = t("""
        Hi Noor,

        Thanks again for making time for us. I've set up a 30-minute video conversation with
        Marcus Webb, our Director of Audience Data, for next Tuesday - please accept the
        invitation so it lands on your calendar.

        Marcus will mostly want to hear how you approached the subscription-churn work at your
        current company; there is no case study to prepare.

        Best,
        Brianna

        Brianna Cole | Senior Recruiter | Hudson Quill Media
        One World Trade Center, 85th Floor, New York, NY 10007

        """) + TEAMS_HQ
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Brianna Cole:mailto:bcole@hudsonquill.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Noor Haddad:mailto:noor.haddad@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Webb:mailto:mwebb@hudsonquill.com
        DESCRIPTION;LANGUAGE=en-US:Hi Noor\,\n\nThanks again for making time for us. I've set up a 30-minute video conversation with Marcus Webb\, our Director of Audience Data\, for next Tuesday.\n\nBest\,\nBrianna\n
        UID:040000008200E00074C5B7101A82E00800000000D04E6A1B7C47DD010000000000000000100000009C2F7E0A4B1D3E45A8E6C0B2D9F17A38
        SUMMARY;LANGUAGE=en-US:Hudson Quill Media | Noor Haddad <> Marcus Webb (Audience Data Lead interview)
        DTSTART;TZID=Eastern Standard Time:20261103T110000
        DTEND;TZID=Eastern Standard Time:20261103T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T185008Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:-2011570392
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
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
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>"
            "<body lang=\"EN-US\"><div class=\"WordSection1\">"
            + "".join(f"<p class=\"MsoNormal\">{line.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') or '&nbsp;'}</p>\n"
                      for line in body.split("\n"))
            + "</div></body></html>\n")
    return message([
        *inbound("mail-dm6nam12on2118.outbound.protection.outlook.com (mail-dm6nam12on2118.outbound.protection.outlook.com [40.107.243.118])", when, "America/New_York"),
        ("From", addr("Brianna Cole", "bcole@hudsonquill.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("CC", addr("Marcus Webb", "mwebb@hudsonquill.com")),
        ("Subject", "Hudson Quill Media | Noor Haddad <> Marcus Webb (Audience Data Lead interview)"),
        ("Thread-Topic", "Hudson Quill Media | Noor Haddad <> Marcus Webb (Audience Data Lead interview)"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<DM6PR04MB7082F3E1A0B94C2D7E5A61C8B3F02@DM6PR04MB7082.namprd04.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body, charset="us-ascii"), html(page, charset="us-ascii"), calendar(ics, cte="base64")))


# ----------------------------------------------------------------------------------------------- 004
@mail("final_004", family="newsletter_tips", lang="en", interview=False, company=None,
      note="Weekly newsletter 'Interview week checklist' with a day-by-day sample plan (Monday 9am ... Thursday 3pm); no real appointment")
def final_004():
    when = "2026-03-09 06:30:00"
    body = t("""
        HIREABLE WEEKLY · No. 112

        Your interview-week checklist

        Got an interview coming up? Here's the plan we'd follow if it were on Thursday at 2pm.

        MONDAY, 9AM - Re-read the job description and highlight every verb.
        Those verbs are what they'll ask about.

        TUESDAY, LUNCHTIME - Write three stories (a win, a mess, a disagreement) in
        situation-action-result form. Say them out loud once.

        WEDNESDAY EVENING - Logistics. Test the video link, plan your route, pick your outfit.
        Put your interviewer's name in your phone.

        THURSDAY, 2PM - The interview. Ask your best question at the end.

        THURSDAY, 3PM - Notes, then the thank-you email. Before you go home.

        NEXT THURSDAY - No news? One polite follow-up line. Then let it go.

        ---
        READER QUESTION: "Is it OK to ask about salary in a first interview?" Short answer: in
        the UK, yes, if they haven't told you the band. More next week.

        You're getting this because you signed up at hireable.example.co.uk
        Unsubscribe: https://hireable.example.co.uk/unsub?e=5c1d
        """)
    return message([
        *inbound("mta-05.hireable.example.co.uk (mta-05.hireable.example.co.uk [192.0.2.105])", when, "Europe/London"),
        ("From", addr("Hireable Weekly", "weekly@hireable.example.co.uk")),
        ("To", NOOR),
        ("Subject", "Your interview-week checklist (No. 112)"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<weekly-112.5c1d@hireable.example.co.uk>"),
        ("List-Unsubscribe", "<https://hireable.example.co.uk/unsub?e=5c1d>"),
        ("List-Id", "Hireable Weekly <weekly.hireable.example.co.uk>"),
        ("Precedence", "list"),
    ], text(body))


# ----------------------------------------------------------------------------------------------- 005
@mail("final_005", family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-06-25T13:00:00Z", end=None,
      local="Thu 2026-06-25 14:00", zone="Europe/London",
      contact="molly.fenwick@gorsehill.co.uk", company="Gorse Hill Architects",
      note="UK prose 'Thursday 25th June at 2pm (UK time)' = BST; no duration; human sender; quoted-printable utf-8")
def final_005():
    when = "2026-06-19 10:30:41"
    body = t("""
        Hi Noor,

        Lovely to speak earlier! Just to put it in writing: we'd love to see you for an interview
        on Thursday 25th June at 2pm (UK time) at our studio - 3rd floor, 28 Queen Square,
        Bristol BS1 4ND. Buzz "Gorse Hill" at the side door.

        You'll meet our two founding partners, Kate Okonjo and Will Harding. It's a relaxed
        conversation rather than a grilling; do bring a couple of pieces from your portfolio,
        printed or on a tablet, whichever you prefer.

        If the train plans change, drop me a line or ring the studio on 0117 496 0552.

        Best wishes,
        Molly

        Molly Fenwick
        Studio Manager · Gorse Hill Architects
        """)
    return message([
        *inbound("mail-wr1-f44.google.com (mail-wr1-f44.google.com [203.0.113.44])", when, "Europe/London"),
        ("From", addr("Molly Fenwick", "molly.fenwick@gorsehill.co.uk")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Interview - Thursday 25th June"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<CAE0t2Rr6pXy1Nw8Vc3bQ7mLf5gKd9hJ4sA0oB@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 006
@mail("final_006", family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-10-06T13:30:00Z", end="2026-10-06T14:15:00Z",
      local="Tue 2026-10-06 08:30", local_end="2026-10-06 09:15", zone="America/Chicago",
      contact="kendra.sims@cobaltridge.org", company="Cobalt Ridge Health System",
      note="iCIMS 'Interview Rescheduled' plain-text notice: new 'Tuesday, 10/06/2026, 8:30 AM - 9:15 AM CDT', old Monday 10/05 1:00 PM also listed; system sender, recruiter's address in the body")
def final_006():
    when = "2026-10-01 15:10:26"
    body = t("""
        Dear Noor Haddad,

        Your interview for the position below has been RESCHEDULED. Please note the new date and
        time.

        Position:           Clinical Informatics Analyst II (Req 2026-11873)
        Interview type:     Video Interview (Microsoft Teams)

        NEW Date/Time:      Tuesday, 10/06/2026, 8:30 AM - 9:15 AM CDT
        Original Date/Time: Monday, 10/05/2026, 1:00 PM - 1:45 PM CDT

        Interviewers:       Dr. Paul Whitman, Director of Clinical Informatics
                            Lauren Osei, Senior Analyst

        The Teams link from your original invitation remains valid.

        If the new time does not work for you, please contact Kendra Sims, Talent Acquisition
        Partner, at kendra.sims@cobaltridge.org or (615) 555-0148.

        Thank you for your interest in Cobalt Ridge Health System.

        Talent Acquisition
        Cobalt Ridge Health System - Nashville, TN

        *** This is an automated message from the iCIMS Talent Platform. Please do not reply. ***
        """)
    return message([
        *inbound("mail07.icims.com (mail07.icims.com [198.51.100.107])", when, "America/Chicago"),
        ("From", addr("Cobalt Ridge Health System", "cobaltridgehealth@talent.icims.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Interview Rescheduled: Clinical Informatics Analyst II (Req 2026-11873)"),
        ("Date", date(when, "America/Chicago")),
        ("Message-ID", "<1790885426.11873.2207@icims.com>"),
        ("X-iCIMS-Template", "Interview Rescheduled - Candidate"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 007
@mail("final_007", family="mock_interview", lang="en", interview=False, company="Kingsway University",
      note="University careers service booking for a practice mock interview (Tuesday 12 May, 14:00) with an ICS; not a job interview",
      days=(("Tue", "2026-05-12"),))
def final_007():
    when = "2026-05-06 12:00:03"
    body = t("""
        Dear Noor,

        Your appointment with the Kingsway University Careers Service is confirmed.

        Appointment type: Mock interview (graduate & alumni) - 45 minutes
        Adviser:          Dr Helen Mbeki, Careers Consultant
        Date:             Tuesday 12 May 2026
        Time:             14:00
        Location:         Careers Centre, Room 2.14, Strand Building

        Please email us the job description you're preparing for at least two working days
        before your appointment, so your adviser can tailor the questions. Mock interviews are
        recorded only if you ask us to.

        Need to cancel? Please give us 24 hours' notice via CareerConnect so another student can
        use the slot.

        Kingsway University Careers Service
        This is an automated message from CareerConnect.
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//CareerConnect//Appointments//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:cc-appt-775120@careers.kingsway.example.ac.uk
        DTSTAMP:20260506T110003Z
        DTSTART:20260512T130000Z
        DTEND:20260512T134500Z
        SUMMARY:Mock interview - Careers Service (Dr Helen Mbeki)
        LOCATION:Careers Centre\, Room 2.14\, Strand Building
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("smtp.kingsway.example.ac.uk (smtp.kingsway.example.ac.uk [192.0.2.180])", when, "Europe/London"),
        ("From", addr("Kingsway University Careers Service", "careers@kingsway.example.ac.uk")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Appointment confirmed: Mock interview, Tuesday 12 May 2026 14:00"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<appt-775120.confirm@careers.kingsway.example.ac.uk>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, method="PUBLISH", disposition="attachment", filename="appointment.ics")))


# ----------------------------------------------------------------------------------------------- 008
@mail("final_008", family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-06-15T23:30:00Z", end=None,
      local="Tue 2026-06-16 09:30", zone="Australia/Melbourne",
      contact="josh.tran@bluegumlogistics.com.au", company="Bluegum Logistics",
      note="Australian prose 'tomorrow (Tuesday 16th) at 9:30 AEST' against Date Mon 15 Jun 2026 08:40 +1000 -> 23:30Z on Mon 15 Jun (UTC is still the previous day); '12:30am for you in London' (BST) agrees; no duration")
def final_008():
    when = "2026-06-15 08:40:00"
    body = t("""
        Hi Noor,

        Good news - Kerry is free, so we're confirmed for tomorrow (Tuesday 16th) at 9:30 AEST.
        I know that's 12:30am for you in London, so thank you for staying up for it! The Teams
        invite I've sent has the time in it as well.

        It'll be you, me and Kerry Walsh (GM Network Planning) on Teams. Keep it conversational -
        Kerry's keen to hear about the routing optimisation project.

        Cheers,
        Josh

        Josh Tran | Talent Acquisition Partner
        Bluegum Logistics | 600 Lorimer Street, Port Melbourne VIC 3207
        """)
    return message([
        *inbound("mail-me3aus01on2111.outbound.protection.outlook.com (mail-me3aus01on2111.outbound.protection.outlook.com [40.107.108.111])", when, "Australia/Melbourne"),
        ("From", addr("Josh Tran", "josh.tran@bluegumlogistics.com.au")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "RE: Senior Analyst, Network Planning - interview"),
        ("Date", date(when, "Australia/Melbourne")),
        ("Message-ID", "<ME3P282MB1736D5C0A9E2F14B8C7E3A29D6B51@ME3P282MB1736.AUSP282.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-AU"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 009
@mail("final_009", family="application_ack", lang="en", interview=False, company="Northgate Utilities",
      note="iCIMS application receipt; 'interviews are expected to take place in the week of 18 May' is a general plan, nothing confirmed",
      days=(("Mon", "2026-05-18"),))
def final_009():
    when = "2026-04-28 17:22:09"
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:10pt;color:#222">
        <p>Dear Noor,</p>
        <p>Thank you for applying for the position of <b>Asset Data Analyst (Req 2026-0391)</b> at Northgate Utilities. This email confirms that we have received your application.</p>
        <p>Our recruitment team will review all applications after the closing date. Shortlisted candidates will be contacted by telephone or email, and interviews are expected to take place in the week of 18 May.</p>
        <p>Due to the high volume of applications, we are unable to provide individual feedback at this stage. If you have not heard from us within four weeks, please assume that your application has not been successful on this occasion.</p>
        <p>You can track your application at any time through our <a href="https://careers-northgateutilities.icims.com/jobs/candidate/dashboard">candidate dashboard</a>.</p>
        <p>Kind regards,<br>Resourcing Team<br>Northgate Utilities plc</p>
        <p style="font-size:8pt;color:#888">Please do not reply to this email. This mailbox is not monitored.</p>
        </body></html>
        """)
    return message([
        *inbound("mail03.icims.com (mail03.icims.com [198.51.100.103])", when, "Europe/London"),
        ("From", addr("Northgate Utilities Resourcing", "northgateutilities@talent.icims.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Thank you for your application - Asset Data Analyst (2026-0391)"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<1777393329.0391.5521@icims.com>"),
    ], html(page, charset="us-ascii"))


# ----------------------------------------------------------------------------------------------- 010
@mail("final_010", family="calendly", lang="en", interview=True, kind="rescheduled",
      start="2026-04-16T15:30:00Z", end="2026-04-16T16:00:00Z",
      local="Thu 2026-04-16 16:30", local_end="2026-04-16 17:00", zone="Europe/London",
      contact="ethan@quaysideventures.co.uk", company="Quayside Ventures",
      note="Calendly reschedule notice: Former Wednesday 15 April 3:00pm, Updated Thursday 16 April 4:30pm-5:00pm (Europe/London, BST); contact = Reply-To host")
def final_010():
    when = "2026-04-13 19:20:51"
    body = t("""
        Hi Noor Haddad,

        Your event has been rescheduled.

        Event Type:
        Investment Associate - intro interview

        Former:
        3:00pm - 3:30pm, Wednesday, 15 April 2026 (Europe/London)

        Updated:
        4:30pm - 5:00pm, Thursday, 16 April 2026 (Europe/London)

        Rescheduled by:
        Ethan Marsh

        Reason for rescheduling:
        "Board meeting moved onto Wednesday afternoon - sorry! Thursday same link."

        Location:
        Google Meet (link in the calendar invite)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0b7a3f91-e2c4-4d58-9a16-c8f0d2e7b145
        Reschedule: https://calendly.com/reschedulings/0b7a3f91-e2c4-4d58-9a16-c8f0d2e7b145

        Powered by Calendly.com
        """)
    return message([
        *inbound("o5.email.calendly.com (o5.email.calendly.com [198.51.100.205])", when, "UTC"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Ethan Marsh", "ethan@quaysideventures.co.uk")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Updated: Investment Associate - intro interview with Ethan Marsh on Thursday, 16 April 2026"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<Tg7pX1cWQy0nR4bK8mLe2v@geopod-ismtpd-3>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 011
@mail("final_011", family="personio", lang="de", interview=True, kind="rescheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/Berlin",
      contact="florian.huber@isarwerk.de", company="Isarwerk Maschinenbau GmbH",
      note="Personio 'Terminverschiebung' in German: new 'Montag, 26.10.2026, 10:00 - 11:00 Uhr' is the day after the switch back to CET (25 Oct), so 09:00Z, while the mail's Date is still CEST; old Friday slot also shown; contact = Reply-To")
def final_011():
    when = "2026-10-20 10:05:44"
    body = t("""
        Guten Tag Frau Haddad,

        leider müssen wir Ihr Vorstellungsgespräch verschieben, da Herr Dr. Straub am Freitag
        kurzfristig auf einer Kundenbaustelle benötigt wird. Wir bitten um Ihr Verständnis.

        Bisheriger Termin:  Freitag, 23.10.2026, 14:00 - 15:00 Uhr
        Neuer Termin:       Montag, 26.10.2026, 10:00 - 11:00 Uhr

        Position:           Data Engineer Industrial IoT (m/w/d)
        Ort:                Videokonferenz (Microsoft Teams) - der Link bleibt unverändert
        Gesprächspartner:   Dr. Andreas Straub (Leitung Digitalisierung), Florian Huber (Recruiting)

        Sollte Ihnen der neue Termin nicht passen, antworten Sie bitte auf diese E-Mail.

        Mit freundlichen Grüßen
        Florian Huber
        Isarwerk Maschinenbau GmbH

        Diese Nachricht wurde über Personio versendet.
        """)
    return message([
        *inbound("mail-out-2.personio.de (mail-out-2.personio.de [192.0.2.32])", when, "Europe/Berlin"),
        ("From", addr("Isarwerk Maschinenbau GmbH", "noreply@jobs.personio.de")),
        ("Reply-To", addr("Florian Huber", "florian.huber@isarwerk.de")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("Terminverschiebung: Ihr Vorstellungsgespräch bei der Isarwerk Maschinenbau GmbH")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<0107019a0b3c7e21-4d9e1f08-2c6a-47b3-9e51-7f0a3d8c2b64-000000@eu-central-1.amazonses.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 012
@mail("final_012", family="rejection", lang="en", interview=False, company="Pellucid Labs",
      note="Rejection after an interview 'on Wednesday 22 April at 10:00' (past), with an offer of a feedback call 'if you'd like one' - nothing scheduled",
      days=(("Wed", "2026-04-22"),))
def final_012():
    when = "2026-04-27 16:48:30"
    body = t("""
        Hi Noor,

        Thank you for coming in to meet us on Wednesday 22 April at 10:00 - the team genuinely
        enjoyed the conversation, and your take on our onboarding funnel sparked a debate that's
        still going.

        I'm sorry to say that we won't be moving forward with your application for the Senior
        Product Analyst role. We've offered the position to someone with more experience of
        B2B marketplaces, which is where the role will spend most of its first year.

        If you'd like some more detailed feedback, I'd be happy to arrange a short call - just
        reply and let me know.

        All the best,
        Rosa Delgado
        Talent Lead, Pellucid Labs
        """)
    return message([
        *inbound("mail-wm1-f53.google.com (mail-wm1-f53.google.com [203.0.113.153])", when, "Europe/London"),
        ("From", addr("Rosa Delgado", "rosa.delgado@pellucidlabs.io")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Senior Product Analyst - update"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<CAJu9s1Pq4Xw7Nr0Vb2cT6mLe8fKg3hD5oA1yE@mail.gmail.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 013
@mail("final_013", family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-04-20T15:00:00Z", end="2026-04-20T16:00:00Z",
      local="Mon 2026-04-20 09:00", local_end="2026-04-20 10:00", zone="America/Mexico_City",
      contact="andrea.salinas@nopalfintech.mx", company="Nopal Fintech",
      note="Mexican Spanish 'el lunes 20 de abril, de 9:00 a 10:00 a. m. (hora del centro de México)': Mexico City has had no DST since 2022, so UTC-6 = 15:00Z; 'entrevista confirmada'")
def final_013():
    when = "2026-04-15 18:30:12"
    body = t("""
        Hola, Noor:

        ¡Muchas gracias por tu tiempo en la llamada de hoy! Como platicamos, te escribo para dejar
        la entrevista confirmada con nuestro equipo de Riesgos:

        • Fecha: lunes 20 de abril
        • Horario: de 9:00 a 10:00 a. m. (hora del centro de México)
        • Modalidad: videollamada por Google Meet – https://meet.google.com/vkt-rwzn-dqe
        • Participan: Rodrigo Esparza (Head of Credit Risk) y yo

        Va a ser una plática técnica sobre modelos de originación, así que ten a la mano algún
        ejemplo de un modelo que hayas llevado a producción.

        Cualquier cosa, me escribes por aquí o por WhatsApp.

        ¡Saludos!
        Andrea Salinas
        Talent Acquisition | Nopal Fintech
        Av. Paseo de la Reforma 296, Juárez, CDMX
        """)
    return message([
        *inbound("mail-oi1-f182.google.com (mail-oi1-f182.google.com [203.0.113.182])", when, "America/Mexico_City"),
        ("From", addr("Andrea Salinas", "andrea.salinas@nopalfintech.mx")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Entrevista confirmada - lunes 20 de abril"),
        ("Date", date(when, "America/Mexico_City")),
        ("Message-ID", "<CAGp5w0Rq7Lx3Ym8Tn1eV4cZb9kHf2dJ6sA0oC@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# ----------------------------------------------------------------------------------------------- 014
@mail("final_014", family="scheduling_link", lang="en", interview=False, company="Harrier Analytics",
      note="GoodTime availability request listing several candidate slots (Tue 9 June, Wed 10 June, Thu 11 June); the candidate still has to choose, nothing is booked",
      days=(("Tue", "2026-06-09"), ("Wed", "2026-06-10"), ("Thu", "2026-06-11"), ("Fri", "2026-06-05")))
def final_014():
    when = "2026-06-03 13:15:00"
    body = t("""
        Hi Noor,

        The Harrier Analytics team would like to schedule your panel interview for the Analytics
        Engineering Lead role. Please select the times that work for you - choose as many as you
        can and we'll confirm one of them.

        Available times (Europe/London):
          [ ] Tue, Jun 9 · 10:00 AM – 12:00 PM BST
          [ ] Tue, Jun 9 · 2:00 PM – 4:00 PM BST
          [ ] Wed, Jun 10 · 9:30 AM – 11:30 AM BST
          [ ] Thu, Jun 11 · 1:00 PM – 3:00 PM BST

        Select your times: https://harrieranalytics.goodtime.io/candidate/availability/9pWq2Lx0

        Please respond by Friday, June 5 so we can hold the panel's calendars.

        Thanks,
        Harrier Analytics Recruiting

        Sent via GoodTime
        """)
    return message([
        *inbound("mail.goodtime.io (mail.goodtime.io [198.51.100.60])", when, "UTC"),
        ("From", addr("Harrier Analytics Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Harrier Analytics Recruiting", "recruiting@harrieranalytics.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Harrier Analytics: please select your interview times"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<availability.9pWq2Lx0.1780492500@goodtime.io>"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 015
@mail("final_015", family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-05-14T13:00:00Z", end="2026-05-14T14:00:00Z",
      local="Thu 2026-05-14 15:00", local_end="2026-05-14 16:00", zone="Europe/Berlin",
      contact="tobias.lenz@spreewaldcloud.de", company="Spreewald Cloud GmbH",
      note="Google Kalender invitation in German ('Do. 14. Mai 2026 15:00 - 16:00 (MESZ)'), ICS TZID Europe/Berlin; the interview time is in Berlin time while the candidate is in London; contact = organizer")
def final_015():
    when = "2026-05-08 09:14:27"
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Interview Noor Haddad – Backend Engineer (Go)
        Hallo Noor, anbei die Einladung für unser technisches Gespräch mit Lena Hofmann und mir.
        Wir sprechen auf Englisch; bitte plane die volle Stunde ein.

        Wann
        Donnerstag, 14. Mai 2026 ⋅ 15:00 – 16:00 (Mitteleuropäische Zeit - Berlin)

        Mit Google Meet teilnehmen
        meet.google.com/fqe-kdzv-xmp

        Kalender
        noor.haddad@example.com

        Wer
        • Tobias Lenz - Organisator
        • Lena Hofmann
        • noor.haddad@example.com

        Antworten für noor.haddad@example.com
        Ja · Nein · Vielleicht · Weitere Optionen

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie den Termin
        ablehnen, erhalten Sie keine weiteren Aktualisierungen.
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260514T150000
        DTEND;TZID=Europe/Berlin:20260514T160000
        DTSTAMP:20260508T091427Z
        ORGANIZER;CN=Tobias Lenz:mailto:tobias.lenz@spreewaldcloud.de
        UID:6p2kq8vd0rc9t1mbe4nfl7hs3j@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=noor.haddad@example.com;X-NUM-GUESTS=0:mailto:noor.haddad@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lena Hofmann;X-NUM-GUESTS=0:mailto:lena.hofmann@spreewaldcloud.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tobias Lenz;X-NUM-GUESTS=0:mailto:tobias.lenz@spreewaldcloud.de
        X-GOOGLE-CONFERENCE:https://meet.google.com/fqe-kdzv-xmp
        CREATED:20260508T091102Z
        DESCRIPTION:Hallo Noor\, anbei die Einladung für unser technisches Gespräch mit Lena Hofmann und mir. Wir sprechen auf Englisch\; bitte plane die volle Stunde ein.
        LAST-MODIFIED:20260508T091427Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview Noor Haddad – Backend Engineer (Go)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail-sor-f67.google.com (mail-sor-f67.google.com [203.0.113.67])", when, "UTC", 2),
        ("From", addr("Tobias Lenz", "tobias.lenz@spreewaldcloud.de")),
        ("To", NOOR),
        ("Subject", enc("Einladung: Interview Noor Haddad – Backend Engineer (Go) @ Do. 14. Mai 2026 15:00 - 16:00 (MESZ) (noor.haddad@example.com)")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-e41a7b90-3d26-4c58-a0f1-8b9d2c6e7f15@google.com>"),
        ("Reply-To", addr("Tobias Lenz", "tobias.lenz@spreewaldcloud.de")),
        ("Sender", addr("Google Kalender", "calendar-notification@google.com")),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, ctype="application/ics", cte="base64", disposition="attachment",
                      filename="invite.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 016
@mail("final_016", family="smartrecruiters", lang="en", interview=True, kind="cancelled",
      start="2026-07-17T13:00:00Z", end="2026-07-17T14:00:00Z",
      local="Fri 2026-07-17 14:00", local_end="2026-07-17 15:00", zone="Europe/London",
      contact="gareth.lewis@hollowayrail.co.uk", company="Holloway Rail Services",
      note="SmartRecruiters cancellation with METHOD:CANCEL ICS in UTC: 'Friday 17 July 2026, 14:00 - 15:00 BST' is cancelled; contact = Reply-To recruiter")
def final_016():
    when = "2026-07-14 09:40:18"
    body = t("""
        Hi Noor,

        Unfortunately, your interview with Holloway Rail Services has been cancelled.

        Position:  Timetable Data Analyst
        Was:       Friday 17 July 2026, 14:00 - 15:00 BST
        Where:     Holloway Rail Services, Piccadilly Place, Manchester M1 3BN

        Your recruiter will be in touch about next steps. If you have any questions in the
        meantime, simply reply to this email.

        Kind regards,
        Holloway Rail Services Recruitment

        Sent via SmartRecruiters
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:sr-interview-5f0c9e2a-b174-4d63-8a2e-19c7d0f4e8b3@smartrecruiters.com
        DTSTAMP:20260714T084018Z
        DTSTART:20260717T130000Z
        DTEND:20260717T140000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Timetable Data Analyst - Holloway Rail Services
        LOCATION:Holloway Rail Services\, Piccadilly Place\, Manchester M1 3BN
        ORGANIZER;CN=Gareth Lewis:mailto:gareth.lewis@hollowayrail.co.uk
        ATTENDEE;CN=Noor Haddad:mailto:noor.haddad@example.com
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail-a15.smartrecruiters.com (mail-a15.smartrecruiters.com [198.51.100.45])", when, "Europe/London"),
        ("From", addr("Holloway Rail Services", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Gareth Lewis", "gareth.lewis@hollowayrail.co.uk")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Interview cancelled: Timetable Data Analyst"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<0100019aa3f2c8d1-e2b04f67-91c3-4a5d-8f20-6b7e1d9c0a42-000000@email.smartrecruiters.com>"),
        ("X-SR-Message-Type", "INTERVIEW_CANCELLED"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, method="CANCEL", disposition="attachment", filename="cancel.ics")))


# ----------------------------------------------------------------------------------------------- 017
@mail("final_017", family="podcast_interview", lang="fr", interview=False, company=None,
      note="French podcast host confirms a recording 'interview' for 'mercredi 17 juin à 18h' (not a job interview)",
      days=(("Wed", "2026-06-17"),))
def final_017():
    when = "2026-06-10 21:05:33"
    body = t("""
        Bonjour Noor,

        Merci encore d'avoir accepté notre invitation ! Je te confirme l'enregistrement de ton
        interview pour le podcast « Code & Café » le mercredi 17 juin à 18h (heure de Paris,
        donc 17h pour toi à Londres).

        On enregistre à distance sur Riverside, environ une heure. On parlera de ton passage de
        l'analyse de risque à la data produit, et de ton side-project de visualisation des
        horaires de trains. Prévois un casque, c'est tout.

        Le lien du studio : https://riverside.example.com/studio/code-et-cafe

        À mercredi !
        Baptiste
        Code & Café – le podcast des gens qui codent (et qui boivent du café)
        """)
    return message([
        *inbound("smtp.codeetcafe.example.fr (smtp.codeetcafe.example.fr [192.0.2.71])", when, "Europe/Paris"),
        ("From", addr("Baptiste Leroy", "baptiste@codeetcafe.example.fr")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("Confirmation : interview pour Code & Café – mercredi 17 juin, 18h")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<2c0e9a71-5f3b-4d84-b1a6-e7d2c8f09b35@codeetcafe.example.fr>"),
    ], text(body, cte="quoted-printable"))


# ----------------------------------------------------------------------------------------------- 018
@mail("final_018", family="forwarded", lang="en", interview=True, kind="scheduled",
      start="2026-07-09T17:30:00Z", end="2026-07-09T18:30:00Z",
      local="Thu 2026-07-09 10:30", local_end="2026-07-09 11:30", zone="America/Los_Angeles",
      contact="carlos.medina@sunstonesolar.com", company="Sunstone Solar",
      note="Candidate forwarded (Apple Mail 'Begin forwarded message:') the recruiter's 'you're confirmed for 7/9 at 10:30 AM PT ... one hour'; contact = the recruiter in the forwarded headers, not the candidate")
def final_018():
    when = "2026-07-03 08:12:50"
    body = t("""
        For the calendar - don't forget this is 6:30pm UK time!

        Begin forwarded message:

        > From: Carlos Medina <carlos.medina@sunstonesolar.com>
        > Subject: Confirmed - Sunstone Solar interview 7/9
        > Date: 2 July 2026 at 18:05:22 BST
        > To: Noor Haddad <noor.haddad@example.com>
        >
        > Hi Noor,
        >
        > Thanks for the quick reply! You're confirmed for 7/9 at 10:30 AM PT with Jeanette
        > Park, our VP of Operations. Plan on one hour. Jeanette will call you on Zoom:
        > https://sunstonesolar.zoom.us/j/81450092236
        >
        > Let me know if anything changes.
        >
        > Carlos Medina
        > Recruiting Manager | Sunstone Solar | Sacramento, CA
        """)
    return message([
        ("Received", received("from [192.168.1.23] (cpc1-lond21-2-0-cust77.example.net [192.0.2.231])", when,
                              "Europe/London", "smtp.example.com (Postfix) with ESMTPSA id 5Q0k", NOOR, 1)),
        ("From", ME),
        ("Subject", "Fwd: Confirmed - Sunstone Solar interview 7/9"),
        ("Date", date(when, "Europe/London")),
        ("Message-Id", "<8E41C2A7-3B90-4F5D-A61E-0C7D92B4F813@example.com>"),
        ("References", "<CAHm7v2Rp1Xq4Yw9Ts0bN5cLe3gKf8dJ6oA2uF@mail.gmail.com>"),
        ("To", ME),
        ("X-Mailer", "Apple Mail (2.3776.700.51)"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 019
@mail("final_019", family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Outlook request for an 'Exit interview' with HR at the employer she is leaving (GMT Standard Time): a meeting at a set time, but not a job interview",
      days=(("Fri", "2026-07-31"),))
def final_019():
    when = "2026-07-24 11:20:05"
    body = t("""
        Hi Noor,

        As part of your leaving process, I'd like to book in a 30-minute exit interview before
        your last day. It's an informal, confidential chat about your time at Brightmoor - what
        worked, what didn't, and anything you think we should change. Nothing you say will
        affect your reference.

        I've also attached the equipment return checklist; IT will collect your laptop the same
        afternoon.

        Thanks,
        Sasha Green
        People Partner | Brightmoor Media
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Sasha Green:mailto:sasha.green@brightmoormedia.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Noor Haddad:mailto:noor.haddad@example.com
        DESCRIPTION;LANGUAGE=en-GB:As part of your leaving process\, I'd like to book in a 30-minute exit interview before your last day.\n
        UID:040000008200E00074C5B7101A82E008000000006A1D3C9E8B1ADD01000000000000000010000000E7B2F04A9C5D1E36B8A4C2D0F15E9B47
        SUMMARY;LANGUAGE=en-GB:Exit interview – Noor Haddad
        DTSTART;TZID=GMT Standard Time:20260731T140000
        DTEND;TZID=GMT Standard Time:20260731T143000
        CLASS:PRIVATE
        PRIORITY:5
        DTSTAMP:20260724T102005Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Meeting room 4.02 (Aldgate)
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("LO4P265MB6621.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2f1::9)", when, "Europe/London"),
        ("From", addr("Sasha Green", "sasha.green@brightmoormedia.co.uk")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("Exit interview – Noor Haddad")),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<LO4P265MB66219B0E2D7A4C31F8E5D6A0C2B73@LO4P265MB6621.GBRP265.PROD.OUTLOOK.COM>"),
        ("Sensitivity", "Private"),
        ("Content-Language", "en-GB"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), calendar(ics, cte="base64")))


# ----------------------------------------------------------------------------------------------- 020
@mail("final_020", family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-06-11T14:00:00Z", end="2026-06-11T14:45:00Z",
      local="Thu 2026-06-11 16:00", local_end="2026-06-11 16:45", zone="Europe/Madrid",
      contact="jordi.puig@tramuntana.dev", company="Tramuntana Software",
      note="Workable confirmation in Spanish: 'jueves, 11 de junio de 2026, 16:00 - 16:45 (CEST, Europe/Madrid)'; base64 parts; contact = Reply-To hiring manager (a personal address)")
def final_020():
    when = "2026-06-05 08:20:44"
    body = t("""
        Hola Noor,

        Tu entrevista ha sido programada.

        Product Data Analyst – Videollamada
        jueves, 11 de junio de 2026
        16:00 – 16:45 CEST (Europe/Madrid)

        Con: Jordi Puig (Head of Product), Marta Vidal (Data Lead)
        Enlace: https://meet.google.com/gtz-mbqe-hvr

        Añadir al calendario: https://apply.workable.com/tramuntana-software/interviews/2B94E0D1A7/calendar.ics
        ¿Necesitas otra hora? https://apply.workable.com/tramuntana-software/interviews/2B94E0D1A7/reschedule

        Si tienes cualquier duda, responde a este correo.

        Tramuntana Software

        Enviado con Workable
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="background:#f2f4f5;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;font-size:15px;color:#333e48">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:32px;border-radius:4px">
        <p>Hola Noor,</p>
        <p>Tu entrevista ha sido programada.</p>
        <div style="border-left:3px solid #00756a;padding-left:16px">
        <div style="font-weight:600">Product Data Analyst &ndash; Videollamada</div>
        <div>jueves, 11 de junio de 2026</div>
        <div>16:00 &ndash; 16:45 CEST (Europe/Madrid)</div>
        <div style="color:#71808d">Con: Jordi Puig (Head of Product), Marta Vidal (Data Lead)</div>
        <div><a href="https://meet.google.com/gtz-mbqe-hvr">Unirse con Google Meet</a></div>
        </div>
        <p><a href="https://apply.workable.com/tramuntana-software/interviews/2B94E0D1A7/calendar.ics">Añadir al calendario</a> &middot; <a href="https://apply.workable.com/tramuntana-software/interviews/2B94E0D1A7/reschedule">¿Necesitas otra hora?</a></p>
        <p>Si tienes cualquier duda, responde a este correo.</p>
        <p>Tramuntana Software</p>
        <p style="font-size:11px;color:#97a2ab">Enviado con Workable</p>
        </div></body></html>
        """)
    return message([
        *inbound("mail-190-52.candidates.workablemail.com (mail-190-52.candidates.workablemail.com [198.51.100.152])", when, "UTC"),
        ("From", addr("Tramuntana Software", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Jordi Puig", "jordi.puig@tramuntana.dev")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Entrevista programada: Product Data Analyst en Tramuntana Software"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<666020ac41d87_3b9e2f7c05a1@workable-mailer-6c8d9b5f4-m3n7t.mail>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


# ----------------------------------------------------------------------------------------------- 021
@mail("final_021", family="outlook_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-07-15T10:30:00Z", end="2026-07-15T11:30:00Z",
      local="Wed 2026-07-15 16:00", local_end="2026-07-15 17:00", zone="Asia/Kolkata",
      contact="lakshmi.v@coromandelsys.in", company="Coromandel Systems",
      note="Outlook meeting request, TZID 'India Standard Time' 16:00-17:00 IST = 10:30-11:30Z; the body gives no time at all; organizer = sender")
def final_021():
    when = "2026-07-10 17:05:19"
    body = t("""
        Hi Noor,

        Good afternoon! As discussed over the phone, please accept this invite for your first
        technical round for the Site Reliability Engineer position. The discussion will be with
        Mr. Karthik Subramanian (SRE Lead).

        Request you to join from a laptop with a stable connection; you may be asked to share
        your screen.

        Thanks and regards,
        Lakshmi Venkatesh
        HR - Talent Acquisition
        Coromandel Systems Pvt. Ltd. | Guindy, Chennai

        """) + t("""
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGYxYzVmMDItODdiZS00ZWQ5LTg3NTYtMmE3YjRkOTEwYjMz%40thread.v2/0?context=%7b%22Tid%22%3a%22c07b3e51-9d2a-4f68-b1e4-7a0c5d2f9e83%22%7d>
        Meeting ID: 473 925 018 336
        Passcode: tW6pQe
        ________________________________________________________________________________
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["India Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Lakshmi Venkatesh:mailto:lakshmi.v@coromandelsys.in
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=noor.haddad@example.com:mailto:noor.haddad@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karthik Subramanian:mailto:karthik.s@coromandelsys.in
        DESCRIPTION;LANGUAGE=en-US:Hi Noor\,\n\nGood afternoon! As discussed over the phone\, please accept this invite for your first technical round for the Site Reliability Engineer position.\n\nThanks and regards\,\nLakshmi Venkatesh\n
        UID:040000008200E00074C5B7101A82E00800000000B2A6E4D19F10DD01000000000000000010000000A4C91E7B3D0F2E58B6C1D7E90A3F5B64
        SUMMARY;LANGUAGE=en-US:Interview: Noor Haddad | SRE | Technical Round 1
        DTSTART;TZID=India Standard Time:20260715T160000
        DTEND;TZID=India Standard Time:20260715T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260710T113519Z
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
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("MA0PR01MB8312.INDPRD01.PROD.OUTLOOK.COM (2603:1096:a01:d2::5)", when, "Asia/Kolkata"),
        ("From", addr("Lakshmi Venkatesh", "lakshmi.v@coromandelsys.in")),
        ("To", NOOR),
        ("CC", addr("Karthik Subramanian", "karthik.s@coromandelsys.in")),
        ("Subject", "Interview: Noor Haddad | SRE | Technical Round 1"),
        ("Date", date(when, "Asia/Kolkata")),
        ("Message-ID", "<MA0PR01MB83126E1C0B9A4D27F3E5A8C1D0B42@MA0PR01MB8312.INDPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ], alt(text(body, charset="us-ascii"), calendar(ics, cte="base64")))


# ----------------------------------------------------------------------------------------------- 022
@mail("final_022", family="one_way_video", lang="en", interview=False, company="Fenwick & Rowe",
      note="Spark Hire one-way video interview to complete 'by Sunday, May 24 at 11:59 PM BST'; no live interview at a set time",
      days=(("Sun", "2026-05-24"),))
def final_022():
    when = "2026-05-20 10:00:12"
    body = t("""
        Hi Noor,

        Fenwick & Rowe has invited you to a one-way video interview for the Insight Analyst
        role.

        Please complete it by Sunday, May 24 at 11:59 PM BST.

        How it works: you'll see each question on screen, get a moment to think, and record your
        answer. There's no one on the other end - the hiring team watches the recordings later.
        Most candidates finish in 15-20 minutes.

        Start interview: https://app.sparkhire.example.com/interview/fr-7c2d91

        Good luck!
        The Spark Hire team, on behalf of Fenwick & Rowe
        """)
    return message([
        *inbound("mail.sparkhire.example.com (mail.sparkhire.example.com [192.0.2.58])", when, "UTC"),
        ("From", addr("Fenwick & Rowe via Spark Hire", "no-reply@sparkhire.example.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Fenwick & Rowe invited you to a one-way video interview"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<invite.fr-7c2d91.1779271212@sparkhire.example.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 023
@mail("final_023", family="rfc822_attachment", lang="it", interview=True, kind="scheduled",
      start="2026-05-21T09:00:00Z", end=None,
      local="Thu 2026-05-21 11:00", zone="Europe/Rome",
      contact="ilaria.conti@ferratella.it", company="Ferratella Design",
      note="Italian: the recruiter forwards the design director's confirmation as a message/rfc822 attachment ('giovedì 21 maggio alle 11:00'); CEST; no duration; contact = human sender of the outer mail")
def final_023():
    when = "2026-05-15 12:10:37"
    inner_body = t("""
        Ciao Ilaria,

        confermo il colloquio con Noor Haddad per giovedì 21 maggio alle 11:00 presso la nostra
        sede di via Tortona 27 (secondo piano, sala Brera). Ci sarò io con Chiara Gallo del team
        UX research; faremo una revisione del portfolio e poi un breve esercizio su carta.

        Puoi girarle tu le indicazioni? Dalla stazione di Porta Genova sono cinque minuti a piedi.

        Grazie,
        Marco

        Marco Bellini
        Design Director · Ferratella Design
        """)
    inner = message([
        ("From", addr("Marco Bellini", "marco.bellini@ferratella.it")),
        ("To", addr("Ilaria Conti", "ilaria.conti@ferratella.it")),
        ("Subject", enc("Colloquio Noor Haddad - giovedì 21/5")),
        ("Date", date("2026-05-14 18:02:11", "Europe/Rome")),
        ("Message-ID", "<5A1F0C3E-92B7-4D68-8E21-C4F7B0D93A15@ferratella.it>"),
    ], text(inner_body, charset="utf-8", cte="quoted-printable"))
    outer = t("""
        Ciao Noor,

        ti inoltro in allegato la conferma di Marco con le indicazioni per arrivare da noi.
        Per qualsiasi cosa scrivimi pure qui.

        A giovedì!
        Ilaria

        Ilaria Conti
        Talent & Culture · Ferratella Design · Milano
        """)
    return message([
        *inbound("smtp.ferratella.it (smtp.ferratella.it [192.0.2.118])", when, "Europe/Rome"),
        ("From", addr("Ilaria Conti", "ilaria.conti@ferratella.it")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("I: Colloquio Noor Haddad - giovedì 21/5")),
        ("Date", date(when, "Europe/Rome")),
        ("Message-ID", "<7D2B94E0-1C6A-4F35-B8E2-0A9C3F71D524@ferratella.it>"),
        ("X-Mailer", "iPhone Mail (22E252)"),
    ], mixed(text(outer), attached_message(inner, filename="Colloquio Noor Haddad.eml")))


# ----------------------------------------------------------------------------------------------- 024
@mail("final_024", family="jazzhr", lang="en", interview=True, kind="scheduled",
      start="2026-04-01T14:00:00Z", end=None,
      local="Wed 2026-04-01 09:00", zone="America/Chicago",
      contact="dguerra@bluebonnethh.com", company="Bluebonnet Home Health",
      note="JazzHR (applytojob.com) phone-interview notice: 'Wednesday, April 1, 2026 at 9:00 AM Central (CDT)'; 'approximately 30 minutes' -> end null; contact = Reply-To recruiter")
def final_024():
    when = "2026-03-26 11:45:31"
    body = t("""
        Hello Noor,

        Thank you for applying to Bluebonnet Home Health! We would like to invite you to a phone
        interview for the Operations Data Coordinator (Remote) position.

        Interview details
        Date: Wednesday, April 1, 2026
        Time: 9:00 AM Central (CDT)
        Type: Phone interview - we will call you at the number on your application
        Interviewer: Dolores Guerra, HR Generalist
        Length: approximately 30 minutes

        If you need to reschedule, please reply to this message at least 24 hours in advance.

        We look forward to speaking with you!

        Bluebonnet Home Health
        San Antonio, TX

        This message was sent using JazzHR.
        """)
    return message([
        *inbound("mail3.applytojob.com (mail3.applytojob.com [198.51.100.133])", when, "America/Chicago"),
        ("From", addr("Bluebonnet Home Health", "no-reply@applytojob.com")),
        ("Reply-To", addr("Dolores Guerra", "dguerra@bluebonnethh.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Phone Interview - Operations Data Coordinator (Remote)"),
        ("Date", date(when, "America/Chicago")),
        ("Message-ID", "<20260326164531.18842.jazzhr@applytojob.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), charset="us-ascii", cte="7bit")))


# ----------------------------------------------------------------------------------------------- 025
@mail("final_025", family="job_alert", lang="fr", interview=False, company=None,
      note="French job-board alert; 'Entretiens dès le 15 juin' is a listing badge, not a confirmation",
      days=(("Mon", "2026-06-15"),))
def final_025():
    when = "2026-06-08 07:15:00"
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124">
        <div style="max-width:600px;margin:0 auto">
        <h2 style="color:#5c2d91">Vivier Emploi</h2>
        <p>Bonjour Noor,</p>
        <p>Voici les nouvelles offres correspondant à votre alerte <b>« Data Analyst – Paris / Londres »</b> :</p>
        <div style="border:1px solid #ddd;border-radius:6px;padding:12px;margin-bottom:10px">
        <b>Data Analyst Produit (H/F)</b> – Maison Ourcq, Paris 10e<br>CDI · 50–58 k€ · Télétravail partiel<br>
        <span style="background:#e8f5e9;color:#2e7d32;font-size:12px;padding:2px 6px">Entretiens dès le 15 juin</span><br>
        <a href="https://www.vivier-emploi.example.fr/offre/44190">Voir l'offre</a></div>
        <div style="border:1px solid #ddd;border-radius:6px;padding:12px;margin-bottom:10px">
        <b>Analyste Data Marketing</b> – Société Générale des Canaux, Londres<br>CDI · Anglais courant<br>
        <a href="https://www.vivier-emploi.example.fr/offre/44233">Voir l'offre</a></div>
        <div style="border:1px solid #ddd;border-radius:6px;padding:12px;margin-bottom:10px">
        <b>Senior Data Analyst – Pricing</b> – Trajet+ , Lyon<br>CDI · 55–65 k€<br>
        <span style="background:#fff3e0;color:#e65100;font-size:12px;padding:2px 6px">Recrutement urgent</span><br>
        <a href="https://www.vivier-emploi.example.fr/offre/44251">Voir l'offre</a></div>
        <p style="font-size:12px;color:#777">Vous recevez cet e-mail car vous avez créé une alerte sur Vivier Emploi. <a href="https://www.vivier-emploi.example.fr/alertes/desabonner?id=b72">Se désabonner</a></p>
        </div></body></html>
        """)
    return message([
        *inbound("mailer3.vivier-emploi.example.fr (mailer3.vivier-emploi.example.fr [192.0.2.203])", when, "Europe/Paris"),
        ("From", addr("Vivier Emploi", "alertes@vivier-emploi.example.fr")),
        ("To", NOOR),
        ("Subject", enc("3 nouvelles offres pour « Data Analyst – Paris / Londres »")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<alerte-b72-20260608@vivier-emploi.example.fr>"),
        ("List-Unsubscribe", "<https://www.vivier-emploi.example.fr/alertes/desabonner?id=b72>"),
        ("Precedence", "bulk"),
    ], html(page))


# ----------------------------------------------------------------------------------------------- 026
@mail("final_026", family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-03-31T09:00:00Z", end="2026-03-31T10:00:00Z",
      local="Tue 2026-03-31 10:00", local_end="2026-03-31 11:00", zone="Europe/London",
      contact="priya.chandra@marlowestrand.co.uk", company="Marlowe & Strand Solicitors",
      note="Outlook update (SEQUENCE:1, TZID 'GMT Standard Time') moving the interview from Friday 27 March to Tuesday 31 March 10:00-11:00: the UK went to BST on 29 March, so 09:00Z, while the mail itself is dated in GMT")
def final_026():
    when = "2026-03-26 12:15:09"
    body = t("""
        When: Tuesday, 31 March 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Marlowe & Strand, 12 Gray's Inn Square, London WC1R 5JP

        Dear Noor,

        Further to our call, I have moved your interview from Friday to Tuesday morning as
        agreed. The panel (Edward Marlowe and Fiona Strand) and the format are unchanged: a
        30-minute written exercise followed by a 30-minute discussion.

        Please report to reception on the ground floor ten minutes early.

        Kind regards,

        Priya Chandra
        Graduate Recruitment Manager
        Marlowe & Strand Solicitors LLP
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Priya Chandra:mailto:priya.chandra@marlowestrand.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Noor Haddad:mailto:noor.haddad@example.com
        DESCRIPTION;LANGUAGE=en-GB:Dear Noor\,\n\nFurther to our call\, I have moved your interview from Friday to Tuesday morning as agreed.\n\nKind regards\,\nPriya Chandra\n
        UID:040000008200E00074C5B7101A82E0080000000090F3A7C2D6BADC01000000000000000010000000B5D08E2F1A4C7B39A6E3D1F0C28B5E17
        SUMMARY;LANGUAGE=en-GB:Interview – Trainee Solicitor (Noor Haddad)
        DTSTART;TZID=GMT Standard Time:20260331T100000
        DTEND;TZID=GMT Standard Time:20260331T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260326T121509Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Marlowe & Strand\, 12 Gray's Inn Square\, London WC1R 5JP
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1170341285
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
    return message([
        *inbound("LO0P265MB3019.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1a5::3)", when, "Europe/London"),
        ("From", addr("Priya Chandra", "priya.chandra@marlowestrand.co.uk")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("Interview – Trainee Solicitor (Noor Haddad)")),
        ("Thread-Topic", enc("Interview – Trainee Solicitor (Noor Haddad)")),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<LO0P265MB301918C4E0A7D2B59F3E6C1A0D72B@LO0P265MB3019.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], alt(text(body, charset="us-ascii"), calendar(ics, cte="base64")))


# ----------------------------------------------------------------------------------------------- 027
@mail("final_027", family="offer", lang="de", interview=False, company="Kastanie Software GmbH",
      note="German contract offer: mentions the interviews on 12 and 19 June (past), start 1 September and a reply deadline of 30 June",
      days=(("Fri", "2026-06-12"), ("Fri", "2026-06-19"), ("Tue", "2026-09-01"), ("Tue", "2026-06-30")))
def final_027():
    when = "2026-06-22 16:30:48"
    body = t("""
        Liebe Noor,

        nach den beiden sehr guten Gesprächen am 12. und 19. Juni freuen wir uns sehr, Dir die
        Position als Senior Product Analyst (m/w/d) bei der Kastanie Software GmbH anbieten zu
        können.

        Die Eckdaten:
        - Eintrittsdatum: 1. September 2026
        - Jahresbruttogehalt: 82.000 EUR zzgl. variabler Anteil
        - Arbeitsort: remote aus London, zwei Team-Wochen pro Jahr in Köln
        - 30 Urlaubstage

        Den Vertrag findest Du im Anhang unseres Bewerberportals. Wir würden uns freuen, wenn Du
        uns bis zum 30. Juni 2026 Bescheid gibst. Bei Fragen zum Vertrag melde Dich jederzeit
        gern, dann finden wir kurzfristig einen Termin für ein Telefonat.

        Herzliche Grüße
        Annika Vogelsang
        Head of People | Kastanie Software GmbH | Köln
        """)
    return message([
        *inbound("mail-lj1-f180.google.com (mail-lj1-f180.google.com [203.0.113.180])", when, "Europe/Berlin"),
        ("From", addr("Annika Vogelsang", "annika.vogelsang@kastanie-software.de")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Dein Vertragsangebot: Senior Product Analyst"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<CAL2f9Wt4rQx8Yn1Vb6cM0eZp3gKh7dJ5sA1oG@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 028
@mail("final_028", family="teamtailor", lang="sv", interview=True, kind="scheduled",
      start="2026-09-03T08:00:00Z", end="2026-09-03T09:00:00Z",
      local="Thu 2026-09-03 10:00", local_end="2026-09-03 11:00", zone="Europe/Stockholm",
      contact="ebba.lindqvist@bergslagenbio.se", company="Bergslagen Bioteknik AB",
      note="Teamtailor booking confirmation in Swedish: 'torsdag 3 september 2026 kl. 10:00-11:00 (svensk tid)' = CEST; no-reply sender, contact person's address in the body")
def final_028():
    when = "2026-08-28 13:05:22"
    body = t("""
        Hej Noor!

        Tack för att du bokade en tid med oss. Din intervju är nu bokad:

        Tjänst: Bioinformatiker – dataplattform
        Tid: torsdag 3 september 2026 kl. 10:00–11:00 (svensk tid)
        Plats: Videomöte via Microsoft Teams – länken kommer i en separat kalenderinbjudan
        Du träffar: Ebba Lindqvist (rekryterande chef) och Karl Holm (senior bioinformatiker)

        Har du frågor inför intervjun, eller behöver du boka om? Kontakta Ebba på
        ebba.lindqvist@bergslagenbio.se.

        Vi ser fram emot att träffa dig!

        Vänliga hälsningar
        Bergslagen Bioteknik AB

        Skickat med Teamtailor
        """)
    return message([
        *inbound("mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [198.51.100.78])", when, "Europe/Stockholm"),
        ("From", addr("Bergslagen Bioteknik AB", "no-reply@bergslagenbio.teamtailor-mail.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("Din intervju är bokad – Bioinformatiker")),
        ("Date", date(when, "Europe/Stockholm")),
        ("Message-ID", "<66cf0a32b8e14_1e7d3c9a5b20@teamtailor-mailer.mail>"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 029
@mail("final_029", family="reply_quoted", lang="fr", interview=True, kind="scheduled",
      start="2026-09-08T12:30:00Z", end="2026-09-08T13:30:00Z",
      local="Tue 2026-09-08 14:30", local_end="2026-09-08 15:30", zone="Europe/Paris",
      contact="thomas.girard@lumiere-mobilite.fr", company="Lumière Mobilité",
      note="French: the recruiter's short 'Parfait, c'est noté !' above the quoted thread (his proposal of 'mardi 8 septembre à 14h30' for 'un entretien d'une heure', and the candidate's acceptance) - together an entretien confirmé; CEST")
def final_029():
    when = "2026-09-03 17:20:05"
    body = t("""
        Parfait, c'est noté ! À mardi, Noor.

        Thomas

        Le jeu. 3 sept. 2026 à 16:48, Noor Haddad <noor.haddad@example.com> a écrit :
        > Bonjour Thomas,
        >
        > Merci pour votre message. Je vous confirme ma disponibilité pour le mardi
        > 8 septembre à 14h30 dans vos locaux.
        >
        > Bien cordialement,
        > Noor Haddad
        >
        > Le jeu. 3 sept. 2026 à 11:02, Thomas Girard <thomas.girard@lumiere-mobilite.fr> a écrit :
        >> Bonjour Noor,
        >>
        >> Suite à votre candidature au poste de Data Analyst Mobilité, nous aimerions vous
        >> rencontrer pour un entretien d'une heure avec Sophie Marchand, responsable de l'équipe
        >> Data. Seriez-vous disponible le mardi 8 septembre à 14h30, dans nos locaux au
        >> 14 rue de Mogador, 75009 Paris ?
        >>
        >> Bien à vous,
        >> Thomas Girard
        >> Chargé de recrutement – Lumière Mobilité
        """)
    return message([
        *inbound("mail-wr1-f47.google.com (mail-wr1-f47.google.com [203.0.113.47])", when, "Europe/Paris"),
        ("From", addr("Thomas Girard", "thomas.girard@lumiere-mobilite.fr")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("Re: Entretien - Data Analyst Mobilité")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<CAFw3n8Qs0Lp6Xz1Tb9cV4mRe7gJh2dK5oA3yH@mail.gmail.com>"),
        ("In-Reply-To", "<B41E7C92-0F3D-4A65-9C18-2E7D5B0A3F61@example.com>"),
        ("References", "<CAFw3n8Pq1Mx5Wy0Sb8cU3lQd6fIg1cJ4nZ2xG@mail.gmail.com> <B41E7C92-0F3D-4A65-9C18-2E7D5B0A3F61@example.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 030
@mail("final_030", family="auto_reply", lang="de", interview=False, company="Rheinwerft Energie GmbH",
      note="German out-of-office reply (Auto-Submitted: auto-replied) to the candidate's question about her interview; gives a return date and a role address only",
      days=(("Fri", "2026-08-14"),))
def final_030():
    when = "2026-08-04 09:12:44"
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 14. August 2026, nicht im Büro und habe keinen Zugriff
        auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        Bei Fragen zu laufenden Bewerbungsverfahren und Vorstellungsgesprächen wenden Sie sich
        bitte an bewerbung@rheinwerft-energie.de.

        Mit freundlichen Grüßen
        Petra Lindemann
        Personalreferentin | Rheinwerft Energie GmbH
        """)
    return message([
        *inbound("mail-fr2deu01on2100.outbound.protection.outlook.com (mail-fr2deu01on2100.outbound.protection.outlook.com [40.107.135.100])", when, "Europe/Berlin"),
        ("From", addr("Lindemann, Petra", "petra.lindemann@rheinwerft-energie.de")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("Automatische Antwort: Rückfrage zu meinem Vorstellungsgespräch")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<FR2P281MB2204A3E7C1D09B4F6E2A58D3C0F71@FR2P281MB2204.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<D20F8B61-4A3E-47C9-B5D2-91E0C7A4F386@example.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "de-DE"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


# ----------------------------------------------------------------------------------------------- 031
@mail("final_031", family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-05-05T18:00:00Z", end="2026-05-05T18:45:00Z",
      local="Tue 2026-05-05 13:00", local_end="2026-05-05 13:45", zone="America/Chicago",
      contact="angela.price@lakeshorecc.edu", company="Lakeshore Community College",
      note="Microsoft Bookings confirmation from a shared HR mailbox; '(UTC-06:00) Central Time (US & Canada)' is the zone's name, 5 May is CDT so 13:00 = 18:00Z (ICS TZID 'Central Standard Time' agrees); the interviewer's address is in the body -> contact")
def final_031():
    when = "2026-04-29 10:12:55"
    body = t("""
        Hello Noor Haddad,

        Your appointment with Lakeshore HR Interviews is confirmed.

        Faculty Interview - Data Science Instructor (Adjunct)
        Tuesday, May 5, 2026
        1:00 PM - 1:45 PM (UTC-06:00) Central Time (US & Canada)

        Staff: Dr. Angela Price

        Join your appointment online:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_bGFrZXNob3JlLWhyLWludGVydmlld3M%40thread.v2/0

        Questions about the interview or the teaching demonstration? Contact Dr. Angela Price
        directly at angela.price@lakeshorecc.edu.

        Manage your appointment:
        https://outlook.office365.com/owa/calendar/HRInterviews@lakeshorecc.edu/bookings/s/Pz5Lq0WcRT2b8nYe4xKd1A2

        Lakeshore Community College · Human Resources · 1600 S Lake Shore Dr, Chicago, IL
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Lakeshore HR Interviews:mailto:HRInterviews@lakeshorecc.edu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Noor Haddad:mailto:noor.haddad@example.com
        DESCRIPTION;LANGUAGE=en-US:Faculty Interview - Data Science Instructor (Adjunct) with Dr. Angela Price\n
        UID:040000008200E00074C5B7101A82E00800000000E6B9D14C3ACCDC0100000000000000001000000071F3A0C2E9B84D56A1C7E3F0B2D5A948
        SUMMARY;LANGUAGE=en-US:Faculty Interview - Data Science Instructor (Adjunct)
        DTSTART;TZID=Central Standard Time:20260505T130000
        DTEND;TZID=Central Standard Time:20260505T134500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260429T151255Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("CH3PR10MB7329.namprd10.prod.outlook.com (2603:10b6:610:1e9::4)", when, "America/Chicago"),
        ("From", addr("Lakeshore HR Interviews", "HRInterviews@lakeshorecc.edu")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Your appointment with Lakeshore HR Interviews is confirmed"),
        ("Date", date(when, "America/Chicago")),
        ("Message-ID", "<CH3PR10MB73290C5E1A7B4D92F3E6A8B1D0C54@CH3PR10MB7329.namprd10.prod.outlook.com>"),
    ], mixed(text(body), calendar(ics, cte="base64", disposition="attachment", filename="invite.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 032
@mail("final_032", family="newsletter_followup_blog", lang="en", interview=False, company=None,
      note="Newsletter post on follow-up etiquette with a sample e-mail quoting 'the interview on Tuesday, March 3 at 2pm'; nothing concerns the reader",
      days=(("Tue", "2026-03-03"),))
def final_032():
    when = "2026-03-14 09:00:00"
    body = t("""
        THE RECRUITER'S DESK
        Should you follow up after five days? A recruiter answers.

        I've been a recruiter for eleven years and I'll say it plainly: yes, follow up. Not after
        one day, not after three weeks. Five business days after your interview is the sweet spot.

        Here's a real (anonymised) follow-up that got a candidate an offer:

            Subject: Following up - Marketing Analyst interview

            Dear Ms. Patel,

            Thank you again for the interview on Tuesday, March 3 at 2pm. I enjoyed learning
            about the attribution project and have been thinking about how I'd approach the
            data-quality issue you mentioned.

            I wanted to ask whether there's any update on the timeline. I'm still very
            interested in the role.

            Best regards,
            Sam

        Why it works: it's short, it references something specific, and it asks one clear
        question. What doesn't work: attaching your CV again, or "just checking in!!!".

        Next week: what to do when the recruiter ghosts you after the final round.

        Read online: https://therecruitersdesk.example.com/p/follow-up-five-days
        Unsubscribe: https://therecruitersdesk.example.com/unsubscribe?u=a4e0
        """)
    return message([
        *inbound("mail.therecruitersdesk.example.com (mail.therecruitersdesk.example.com [192.0.2.66])", when, "America/Chicago"),
        ("From", addr("The Recruiter's Desk", "newsletter@therecruitersdesk.example.com")),
        ("To", NOOR),
        ("Subject", "Should you follow up after five days? A recruiter answers."),
        ("Date", date(when, "America/Chicago")),
        ("Message-ID", "<post.follow-up-five-days.a4e0@therecruitersdesk.example.com>"),
        ("List-Unsubscribe", "<https://therecruitersdesk.example.com/unsubscribe?u=a4e0>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 033
@mail("final_033", family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-04-21T21:00:00Z", end="2026-04-21T22:00:00Z",
      local="Wed 2026-04-22 09:00", local_end="2026-04-22 10:00", zone="Pacific/Auckland",
      contact="aroha.ngata@tidepoolrobotics.co.nz", company="Tidepool Robotics",
      note="Google Calendar cancellation without a note (METHOD:CANCEL): 'Wed 22 Apr 2026 9am - 10am (NZST)'; New Zealand left daylight time on 5 April, so UTC+12 = 21:00Z on Tue 21 Apr; start = the cancelled slot")
def final_033():
    when = "2026-04-20 03:10:29"
    body = t("""
        This event has been canceled and removed from your calendar.

        Interview – Noor Haddad (Controls Engineer)
        Technical interview with Aroha Ngata and Ben Sutherland.

        When
        Wednesday 22 Apr 2026 ⋅ 9am – 10am (New Zealand Time - Auckland)

        Calendar
        noor.haddad@example.com

        Who
        • Aroha Ngata - organizer
        • Ben Sutherland
        • noor.haddad@example.com

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Pacific/Auckland"] + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=Pacific/Auckland:20260422T090000
        DTEND;TZID=Pacific/Auckland:20260422T100000
        DTSTAMP:20260420T031029Z
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@tidepoolrobotics.co.nz
        UID:0ch4tq7v2m9rk1lbd8nes5f3pa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=noor.haddad@example.com;X-NUM-GUESTS=0:mailto:noor.haddad@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ben Sutherland;X-NUM-GUESTS=0:mailto:ben.sutherland@tidepoolrobotics.co.nz
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aroha Ngata;X-NUM-GUESTS=0:mailto:aroha.ngata@tidepoolrobotics.co.nz
        CREATED:20260414T220512Z
        DESCRIPTION:Technical interview with Aroha Ngata and Ben Sutherland.
        LAST-MODIFIED:20260420T031029Z
        LOCATION:
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Interview – Noor Haddad (Controls Engineer)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail-sor-f72.google.com (mail-sor-f72.google.com [203.0.113.72])", when, "UTC", 2),
        ("From", addr("Aroha Ngata", "aroha.ngata@tidepoolrobotics.co.nz")),
        ("To", NOOR),
        ("Subject", enc("Canceled event: Interview – Noor Haddad (Controls Engineer) @ Wed 22 Apr 2026 9am - 10am (NZST) (noor.haddad@example.com)")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-1f7c3a92-8e05-4bd6-a2c9-60e4b1d7f853@google.com>"),
        ("Reply-To", addr("Aroha Ngata", "aroha.ngata@tidepoolrobotics.co.nz")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")))


# ----------------------------------------------------------------------------------------------- 034
@mail("final_034", family="human_prose", lang="pt", interview=True, kind="scheduled",
      start="2026-10-07T09:00:00Z", end="2026-10-07T09:45:00Z",
      local="Wed 2026-10-07 10:00", local_end="2026-10-07 10:45", zone="Europe/Lisbon",
      contact="ines.carvalho@azulejodata.pt", company="Azulejo Data, Lda.",
      note="European Portuguese 'quarta-feira, 7 de outubro, às 10h00 (hora de Lisboa)' = WEST (UTC+1); 'terá a duração de 45 minutos' -> end; iso-8859-1 quoted-printable")
def final_034():
    when = "2026-10-01 15:45:08"
    body = t("""
        Olá Noor,

        Obrigada pela sua disponibilidade. Confirmo a sua entrevista para a função de Analista
        de Dados Sénior na quarta-feira, 7 de outubro, às 10h00 (hora de Lisboa), por
        videochamada no Microsoft Teams. A entrevista terá a duração de 45 minutos e contará com
        a presença do nosso diretor técnico, o Eng. Rui Tavares, e da Sofia Mendes, da equipa de
        produto.

        Enviarei o link da reunião na véspera. Caso surja algum imprevisto, diga-me por favor
        com a maior antecedência possível.

        Com os melhores cumprimentos,
        Inês Carvalho
        Recrutamento e Seleção
        Azulejo Data, Lda. · Rua da Prata 80, 1100-415 Lisboa
        """)
    return message([
        *inbound("smtp.azulejodata.pt (smtp.azulejodata.pt [192.0.2.94])", when, "Europe/Lisbon"),
        ("From", addr("Inês Carvalho", "ines.carvalho@azulejodata.pt", charset="iso-8859-1")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("Confirmação de entrevista - Analista de Dados Sénior", "iso-8859-1")),
        ("Date", date(when, "Europe/Lisbon")),
        ("Message-ID", "<000801dd5190$e3a1c2b0$aae54810$@azulejodata.pt>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "pt-pt"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


# ----------------------------------------------------------------------------------------------- 035
@mail("final_035", family="rejection", lang="es", interview=False, company="Calima Energía",
      note="Spanish rejection after 'la entrevista del pasado jueves 7 de mayo' (past)",
      days=(("Thu", "2026-05-07"),))
def final_035():
    when = "2026-05-13 12:20:40"
    body = t("""
        Hola, Noor:

        Tras la entrevista del pasado jueves 7 de mayo, queremos agradecerte de nuevo tu tiempo y
        el interés que has mostrado por Calima Energía.

        Después de valorar todas las candidaturas, hemos decidido continuar el proceso con otra
        persona cuyo perfil se ajusta más a las necesidades actuales del equipo de Trading.
        Sabemos que no es la noticia que esperabas.

        Guardaremos tu CV en nuestra base de datos y, si surge una vacante que encaje contigo,
        no dudaremos en contactarte.

        Te deseamos mucha suerte,
        Equipo de Talento
        Calima Energía
        """)
    return message([
        *inbound("mail-190-60.candidates.workablemail.com (mail-190-60.candidates.workablemail.com [198.51.100.160])", when, "Europe/Madrid"),
        ("From", addr("Calima Energía", "noreply@candidates.workablemail.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", enc("Tu candidatura en Calima Energía")),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<6641e8b0c92f3_8a1d4e7b30c6@workable-mailer-5d9c8b7f6-p2x9z.mail>"),
    ], text(body, cte="8bit"))


# ----------------------------------------------------------------------------------------------- 036
@mail("final_036", family="hirevue_live", lang="en", interview=True, kind="scheduled",
      start="2026-08-03T14:30:00Z", end="2026-08-03T15:00:00Z",
      local="Mon 2026-08-03 10:30", local_end="2026-08-03 11:00", zone="America/New_York",
      contact=None, company="Meridian Freightways",
      note="HireVue LIVE interview scheduled, 'Monday, August 3, 2026, 10:30 AM (GMT-04:00) Eastern Time', 30 minutes; no-reply sender and no human address anywhere -> contact null")
def final_036():
    when = "2026-07-28 16:30:15"
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2b36;background:#f5f7f9">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff"><tr><td style="padding:28px">
        <p>Hi Noor,</p>
        <p>Meridian Freightways has scheduled a <b>live video interview</b> with you.</p>
        <table cellpadding="5" style="font-size:14px">
        <tr><td style="color:#667">Position</td><td>Network Planning Analyst</td></tr>
        <tr><td style="color:#667">When</td><td>Monday, August 3, 2026, 10:30 AM (GMT-04:00) Eastern Time</td></tr>
        <tr><td style="color:#667">Duration</td><td>30 minutes</td></tr>
        <tr><td style="color:#667">Interviewer</td><td>Meridian Freightways Hiring Team</td></tr>
        </table>
        <p>At the scheduled time, click the button below to join. You'll be able to see and hear your interviewer; please use a computer with a camera and microphone.</p>
        <p><a href="https://app.hirevue.com/live/meridianfreightways/Qh2Tz8mW31" style="background:#0a66c2;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px">Join live interview</a></p>
        <p>Need to reschedule? <a href="https://app.hirevue.com/live/meridianfreightways/Qh2Tz8mW31/reschedule">Request a new time</a>.</p>
        <p>Thank you,<br>Meridian Freightways Talent Acquisition</p>
        <p style="font-size:11px;color:#889">Powered by HireVue. This mailbox is not monitored.</p>
        </td></tr></table></body></html>
        """)
    return message([
        *inbound("mta-011.hirevue.com (mta-011.hirevue.com [198.51.100.11])", when, "America/New_York"),
        ("From", addr("Meridian Freightways", "noreply@hirevue.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Live interview scheduled: Network Planning Analyst at Meridian Freightways"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<20260728203015.Qh2Tz8mW31.live@hirevue.com>"),
    ], html(page, cte="base64"))


# ----------------------------------------------------------------------------------------------- 037
@mail("final_037", family="assessment_deadline", lang="en", interview=False, company="Orchard Lane Bank",
      note="HackerRank take-home with a 'due Monday 21 September, 09:00 BST' deadline; a follow-up interview is only mentioned as a possibility",
      days=(("Mon", "2026-09-21"),))
def final_037():
    when = "2026-09-14 15:02:26"
    body = t("""
        Hi Noor,

        Orchard Lane Bank has invited you to complete a take-home assignment for the
        Quantitative Analyst role.

        Assignment: Credit portfolio stress test (Python / SQL)
        Due: Monday 21 September 2026, 09:00 BST
        Expected effort: 3-4 hours; you can work on it in several sittings

        Open your assignment: https://www.hackerrank.com/test/olb-take-home-2026/xq8d1k

        If your submission is successful, the team will invite you to a follow-up interview to
        walk through your solution.

        Good luck,
        HackerRank on behalf of Orchard Lane Bank
        """)
    return message([
        *inbound("mail.hackerrank.com (mail.hackerrank.com [198.51.100.90])", when, "UTC"),
        ("From", addr("Orchard Lane Bank via HackerRank", "support@hackerrankforwork.com")),
        ("To", NOOR),
        ("Subject", "Take-home assignment: Quantitative Analyst at Orchard Lane Bank"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<test-invite.xq8d1k.1789398146@hackerrank.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 038
@mail("final_038", family="ics_attachment", lang="en", interview=True, kind="scheduled",
      start="2026-09-02T07:30:00Z", end="2026-09-02T08:30:00Z",
      local="Wed 2026-09-02 09:30", local_end="2026-09-02 10:30", zone="Europe/Amsterdam",
      contact="pieter.vandijk@waterkant.nl", company="Stichting Waterkant",
      note="Human Outlook mail with the meeting as an attached invite.ics (TZID 'W. Europe Standard Time' 09:30-10:30 = CEST); body says 'next Wednesday, 2 September, 9:30 Rotterdam time'; organizer = sender")
def final_038():
    when = "2026-08-27 16:40:02"
    body = t("""
        Dear Noor,

        Thank you for your time on the phone this afternoon. As agreed, I'm attaching an invite
        for our conversation next Wednesday, 2 September, from 9:30 to 10:30 Rotterdam time
        (8:30 for you in London). We will meet on Teams; the link is in the invite.

        You will speak with me and with Fatima El Amrani, our programme lead for flood-risk
        data. We would like to hear how you would approach combining sensor data from our pumping
        stations with the public rainfall forecasts.

        With kind regards,

        Pieter van Dijk
        Head of Data & Innovation
        Stichting Waterkant | Wilhelminakade 60, 3072 AR Rotterdam
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Pieter van Dijk:mailto:pieter.vandijk@waterkant.nl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Noor Haddad:mailto:noor.haddad@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fatima El Amrani:mailto:fatima.elamrani@waterkant.nl
        DESCRIPTION;LANGUAGE=en-US:Conversation about the Data Scientist - Flood Risk role.\n
        UID:040000008200E00074C5B7101A82E00800000000C7E1F2A3B41ADD01000000000000000010000000E2A5C0B9D7F3A14E86B2D9C1F0E3A577
        SUMMARY;LANGUAGE=en-US:Interview Noor Haddad - Data Scientist Flood Risk
        DTSTART;TZID=W. Europe Standard Time:20260902T093000
        DTEND;TZID=W. Europe Standard Time:20260902T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260827T144002Z
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
    return message([
        *inbound("AM8P191MB1234.EURP191.PROD.OUTLOOK.COM (2603:10a6:20b:3f1::7)", when, "Europe/Amsterdam"),
        ("From", addr("Pieter van Dijk", "pieter.vandijk@waterkant.nl")),
        ("To", addr("Noor Haddad", NOOR)),
        ("CC", addr("Fatima El Amrani", "fatima.elamrani@waterkant.nl")),
        ("Subject", "Our conversation next Wednesday - invite attached"),
        ("Date", date(when, "Europe/Amsterdam")),
        ("Message-ID", "<AM8P191MB12344F0E2C9A1B7D3E58C6A0F2D19@AM8P191MB1234.EURP191.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes"),
    ], mixed(text(body, charset="us-ascii"),
             calendar(ics, ctype="application/ics", method=None, cte="base64", disposition="attachment",
                      filename="invite.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 039
@mail("final_039", family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-07-03T10:00:00Z", end=None,
      local="Fri 2026-07-03 11:00", zone="Europe/London",
      contact="morag.cameron@kittiwake-energy.co.uk", company="Kittiwake Energy",
      note="English prose cancellation: 'we have to cancel your interview on Friday 3 July at 11:00' (BST), role on hold; start = the cancelled slot")
def final_039():
    when = "2026-06-30 14:05:51"
    body = t("""
        Dear Noor,

        I'm very sorry to be writing with this news. Unfortunately, we have to cancel your
        interview on Friday 3 July at 11:00. Following a review of our offshore programme budget
        this week, the Energy Systems Analyst role has been put on hold until at least the new
        year.

        This is no reflection on your application - the panel was looking forward to meeting
        you. If the role reopens, I will contact you first.

        With apologies and best wishes,

        Morag Cameron
        Talent Acquisition Lead
        Kittiwake Energy | Marischal Square, Aberdeen AB10 1BL
        """)
    return message([
        *inbound("mail-eopbgr110092.outbound.protection.outlook.com (mail-eopbgr110092.outbound.protection.outlook.com [40.107.11.92])", when, "Europe/London"),
        ("From", addr("Morag Cameron", "morag.cameron@kittiwake-energy.co.uk")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Energy Systems Analyst - interview on Friday"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<DU0P191MB1822A0E7C3B94F1D2E6A58C0B7D31@DU0P191MB1822.EURP191.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n", charset="us-ascii"))


# ----------------------------------------------------------------------------------------------- 040
@mail("final_040", family="marketing_webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Interview Prep Masterclass' on Thursday 18 June 6:00 PM London; not a job interview",
      days=(("Thu", "2026-06-18"),))
def final_040():
    when = "2026-06-11 17:30:44"
    body = t("""
        Hi Noor,

        Thank you for registering for "Interview Prep Masterclass: answering the questions you
        dread".

        Date & Time: Jun 18, 2026 06:00 PM London

        Join from PC, Mac, iPad, or Android:
        https://pathwayscareers.zoom.us/w/86201377420?tk=pQ3kL

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Pathways Careers Club
        """)
    return message([
        *inbound("mailout1.zoom.us (mailout1.zoom.us [198.51.100.251])", when, "Europe/London"),
        ("From", addr("Pathways Careers Club", "no-reply@zoom.us")),
        ("Reply-To", addr("Pathways Careers Club", "events@pathwayscareers.example.com")),
        ("To", addr("Noor Haddad", NOOR)),
        ("Subject", "Interview Prep Masterclass Confirmation"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<webinar.86201377420.reg.9fa1@zoom.us>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))
