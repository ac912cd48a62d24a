# ruff: noqa: E501
"""The 60 tune mails, each written by hand. Inbox owner: Leah Brandt <leah.brandt@example.org> (Berlin).

Every mail is one function; its decorator carries the label and the local time as written in the
mail, which make.py converts with zoneinfo to check the labelled UTC start.
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

LEAH = "leah.brandt@example.org"
ME = addr("Leah Brandt", LEAH)


def inbound(host: str, when: str, zone: str, lag: int = 4) -> list[tuple[str, str]]:
    """Delivered-To + Received as the candidate's provider adds them."""
    return [
        ("Delivered-To", LEAH),
        ("Received", received(f"from {host}", when, zone, "mx1.example.org (Postfix) with ESMTPS", LEAH, lag)),
    ]


# ----------------------------------------------------------------------------------------------- 001
@mail("tune_001", family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-04-22T13:30:00Z", end="2026-04-22T14:15:00Z",
      local="Wed 2026-04-22 09:30", local_end="2026-04-22 10:15", zone="America/New_York",
      contact="marcus.feld@kestrelbio.com", company="Kestrel Biologics",
      note="SmartRecruiters confirmation from a no-reply sender; 9:30-10:15 AM EDT (GMT-04:00); the recruiter's address is only in the body -> contact")
def tune_001():
    when = "2026-04-16 15:04:37"
    body = t("""
        Hi Leah,

        Thank you for choosing a time. Your interview with Kestrel Biologics is confirmed.

        Position: Research Associate II, Assay Development
        Interview type: Video interview (Microsoft Teams)
        Date: Wednesday, April 22, 2026
        Time: 9:30 AM - 10:15 AM (GMT-04:00) Eastern Time - New York
        Interviewers: Dana Whitcomb (Senior Scientist), Paul Oyelaran (Associate Director, Assay Sciences)

        The Teams link will arrive in a separate calendar invitation from our team. If you need
        to change the time, please use the link below at least 24 hours in advance:
        https://jobs.smartrecruiters.com/candidate/interviews/7c1e0b9a-44f2-4e0f-a5d3-96b8f1c27e40

        Questions about the process? Your recruiter is Marcus Feld (marcus.feld@kestrelbio.com).

        Best regards,
        Kestrel Biologics Talent Team

        --
        This email was sent via SmartRecruiters on behalf of Kestrel Biologics.
        Please do not reply to this email; replies are not monitored.
        """)
    page = t("""
        <!doctype html>
        <html><head><meta charset="utf-8"><title>Interview confirmed</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7;font-family:'Open Sans',Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
        <tr><td style="padding:28px 32px 8px 32px;font-size:15px;color:#1f2933">
        <p>Hi Leah,</p>
        <p>Thank you for choosing a time. Your interview with <strong>Kestrel Biologics</strong> is confirmed.</p>
        </td></tr>
        <tr><td style="padding:0 32px">
        <table role="presentation" cellpadding="6" cellspacing="0" style="font-size:14px;color:#1f2933;border:1px solid #e4e7eb;width:100%">
        <tr><td style="color:#616e7c;width:140px">Position</td><td>Research Associate II, Assay Development</td></tr>
        <tr><td style="color:#616e7c">Interview type</td><td>Video interview (Microsoft Teams)</td></tr>
        <tr><td style="color:#616e7c">Date</td><td>Wednesday, April 22, 2026</td></tr>
        <tr><td style="color:#616e7c">Time</td><td>9:30 AM - 10:15 AM (GMT-04:00) Eastern Time - New York</td></tr>
        <tr><td style="color:#616e7c">Interviewers</td><td>Dana Whitcomb (Senior Scientist)<br>Paul Oyelaran (Associate Director, Assay Sciences)</td></tr>
        </table></td></tr>
        <tr><td style="padding:16px 32px;font-size:14px;color:#1f2933">
        <p>The Teams link will arrive in a separate calendar invitation from our team. If you need to change the time, please use the button below at least 24 hours in advance.</p>
        <p><a href="https://jobs.smartrecruiters.com/candidate/interviews/7c1e0b9a-44f2-4e0f-a5d3-96b8f1c27e40" style="background:#0b6fd6;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Reschedule or cancel</a></p>
        <p>Questions about the process? Your recruiter is Marcus Feld (<a href="mailto:marcus.feld@kestrelbio.com">marcus.feld@kestrelbio.com</a>).</p>
        <p>Best regards,<br>Kestrel Biologics Talent Team</p>
        </td></tr>
        <tr><td style="padding:12px 32px 24px 32px;font-size:11px;color:#9aa5b1">This email was sent via SmartRecruiters on behalf of Kestrel Biologics. Please do not reply to this email; replies are not monitored.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        *inbound("mail-a12.smartrecruiters.com (mail-a12.smartrecruiters.com [198.51.100.41])", when, "America/New_York"),
        ("From", addr("Kestrel Biologics", "noreply@smartrecruiters.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: Research Associate II, Assay Development"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<0100018e2c41d9a7-3f9b2a61-8d0c-4b77-9e31-5a2f0c6d81b4-000000@email.smartrecruiters.com>"),
        ("X-SR-Message-Type", "INTERVIEW_CONFIRMATION"),
    ], alt(text(body), html(page)))


# ----------------------------------------------------------------------------------------------- 002
@mail("tune_002", family="recruiter_outreach", lang="en", interview=False, company="Harcourt Search",
      note="Agency outreach asking whether she is free for a chat next week; offers days but fixes no time",
      days=(("Mon", "2026-03-16"),))
def tune_002():
    when = "2026-03-02 10:14:52"
    body = t("""
        Hi Leah,

        I hope you don't mind the cold email - I came across your talk on data contracts from
        PyCon DE and thought you'd be a great fit for something I'm working on.

        I'm partnering with a Series C climate-tech business in London (hybrid, 2 days in King's
        Cross) on a Head of Data Platform hire. Small team of six today, growing to twelve this
        year, and they are genuinely open to relocation support from Berlin.

        Are you free for a chat next week? I have Tuesday afternoon or any time Thursday before
        4pm UK time - 20 minutes would be plenty, and I'm happy to work around you. The client is
        hoping to start first interviews the week of 16 March, so the sooner the better.

        Best wishes,
        Oliver

        Oliver Pennington
        Principal Consultant, Data & Analytics
        Harcourt Search | +44 20 7946 0884
        """)
    return message([
        *inbound("mail-wr1-f52.google.com (mail-wr1-f52.google.com [203.0.113.52])", when, "Europe/London"),
        ("From", addr("Oliver Pennington", "oliver.pennington@harcourtsearch.co.uk")),
        ("To", ME),
        ("Subject", "Head of Data Platform (London, climate tech) - quick chat?"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<CAH8q2sW4kTz9pQe1xFm0bYdNcR7uLvA3gJ5oK6tE2wS8yXhB9g@mail.gmail.com>"),
    ], alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 003
TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie auf Ihrem Computer, in der mobilen App oder über das Raumgerät teil
    Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjA1ZDctMmE4Zi00YzE3LWI5OTEtM2QwZmJmNDJkYTgx%40thread.v2/0?context=%7b%22Tid%22%3a%22b2c3f1e0-7a41-4d2b-9e55-0f6a1c9d3e21%22%2c%22Oid%22%3a%225d8e2a77-1f0b-4c6e-8a93-2b7c4e9f0d16%22%7d>
    Besprechungs-ID: 372 981 446 215
    Kennung: Ue7m2Q
    Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/?organizerId=5d8e2a77-1f0b-4c6e-8a93-2b7c4e9f0d16&tenantId=b2c3f1e0-7a41-4d2b-9e55-0f6a1c9d3e21&threadId=19_meeting_NzQ2YjA1ZDctMmE4Zi00YzE3LWI5OTEtM2QwZmJmNDJkYTgx@thread.v2&messageId=0&language=de-DE>
    ________________________________________________________________________________
    """)


@mail("tune_003", family="outlook_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-06-23T12:00:00Z", end="2026-06-23T13:00:00Z",
      local="Tue 2026-06-23 14:00", local_end="2026-06-23 15:00", zone="Europe/Berlin",
      contact="markus.brenner@rheinauen-versicherung.de", company="Rheinauen Versicherung AG",
      note="Exchange meeting request in German, time only in the ICS: TZID 'W. Europe Standard Time' 14:00-15:00 in June = CEST; organizer and sender is the recruiter")
def tune_003():
    when = "2026-06-16 11:48:02"
    body = t("""
        Hallo Frau Brandt,

        wie heute Vormittag am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu
        unserem Gespräch. Teilnehmen werden außer mir Dr. Yvonne Albers (Leiterin Data & Analytics)
        und Kemal Aydın aus ihrem Team.

        Halten Sie gern ein kurzes Beispiel aus Ihrer bisherigen Arbeit bereit, über das wir
        sprechen können – Folien sind nicht nötig.

        Viele Grüße
        Markus Brenner
        Recruiting | Rheinauen Versicherung AG
        Konrad-Adenauer-Ufer 41, 50668 Köln
        Tel. +49 221 5583-1172

        """) + TEAMS_DE
    page = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
        <body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
        <div class="WordSection1">
        <p class="MsoNormal">Hallo Frau Brandt,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">wie heute Vormittag am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu unserem Gespräch. Teilnehmen werden außer mir Dr. Yvonne Albers (Leiterin Data &amp; Analytics) und Kemal Aydın aus ihrem Team.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Halten Sie gern ein kurzes Beispiel aus Ihrer bisherigen Arbeit bereit, über das wir sprechen können – Folien sind nicht nötig.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Viele Grüße<br>Markus Brenner<br>Recruiting | Rheinauen Versicherung AG<br>Konrad-Adenauer-Ufer 41, 50668 Köln<br>Tel. +49 221 5583-1172</p>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">________________________________________________________________________________</div>
        <div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</span></div>
        <div style="margin-bottom:6px"><span style="font-size:14px;font-weight:700">Nehmen Sie auf Ihrem Computer, in der mobilen App oder über das Raumgerät teil</span></div>
        <div style="margin-bottom:6px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjA1ZDctMmE4Zi00YzE3LWI5OTEtM2QwZmJmNDJkYTgx%40thread.v2/0" style="font-size:14px;font-weight:700;color:#5B5FC7">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div style="margin-bottom:6px"><span style="font-size:14px;color:#616161">Besprechungs-ID: </span><span style="font-size:16px">372 981 446 215</span><br><span style="font-size:14px;color:#616161">Kennung: </span><span style="font-size:16px">Ue7m2Q</span></div>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Markus Brenner:mailto:markus.brenner@rheinauen-versicherung.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leah Brandt:mailto:leah.brandt@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Albers, Yvonne Dr.:mailto:yvonne.albers@rheinauen-versicherung.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aydin, Kemal:mailto:kemal.aydin@rheinauen-versicherung.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Brandt\,\n\nwie heute Vormittag am Telefon besprochen\, sende ich Ihnen hiermit die Einladung zu unserem Gespräch. Teilnehmen werden außer mir Dr. Yvonne Albers (Leiterin Data & Analytics) und Kemal Aydın aus ihrem Team.\n\nViele Grüße\nMarkus Brenner\n\n______________________________________________\nMicrosoft Teams-Besprechung\nBesprechungs-ID: 372 981 446 215\nKennung: Ue7m2Q\n
        UID:040000008200E00074C5B7101A82E00800000000A0C3F5A1B2FDDC01000000000000000010000000C84B1E5D0A9F2E4B8F3A61D27E9C4B02
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Senior Data Engineer – Leah Brandt
        DTSTART;TZID=W. Europe Standard Time:20260623T140000
        DTEND;TZID=W. Europe Standard Time:20260623T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260616T094802Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2123785411
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjA1ZDctMmE4Zi00YzE3LWI5OTEtM2QwZmJmNDJkYTgx%40thread.v2/0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "Microsoft Teams-Besprechung"\, "LocationAnnotation" : ""\, "LocationSource" : 0\, "Unresolved" : false\, "LocationUri" : "" } ]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("FR4P281MB3461.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:9c::14)", when, "Europe/Berlin", 6),
        ("From", addr("Markus Brenner", "markus.brenner@rheinauen-versicherung.de")),
        ("To", ME),
        ("CC", addr("Albers, Yvonne Dr.", "yvonne.albers@rheinauen-versicherung.de") + ", "
         + addr("Aydin, Kemal", "kemal.aydin@rheinauen-versicherung.de")),
        ("Subject", enc("Vorstellungsgespräch Senior Data Engineer – Leah Brandt")),
        ("Thread-Topic", enc("Vorstellungsgespräch Senior Data Engineer – Leah Brandt")),
        ("Thread-Index", "AdrdYk1y7qJ0n3QmS8uXv4bT9zA2Lw=="),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<FR4P281MB3461C1B9E0A5F2D47C3E8B12A9D60@FR4P281MB3461.DEUP281.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


# ----------------------------------------------------------------------------------------------- 004
@mail("tune_004", family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter: a sample 'interview Tuesday 2pm' timeline and a live Q&A on Thursday, May 7 at 12pm ET; nothing is confirmed for the reader",
      days=(("Thu", "2026-05-07"),))
def tune_004():
    when = "2026-05-04 07:30:00"
    body = t("""
        THE OFFER DESK · Issue #48
        The 48 hours after your interview

        Hi there,

        You walked out of the interview (or closed the Zoom tab), your heart rate is coming back
        down, and now the waiting starts. Here is the routine our readers swear by.

        1. Write your notes within the hour
        Names, the problems they mentioned, the question you fumbled. You'll need all three for
        the thank-you note and for round two.

        2. Send the thank-you the same day
        A simple timeline that works:
          Interview: Tuesday, 2:00 PM
          Thank-you note: Tuesday, before 6:00 PM
          Polite check-in: the following Tuesday, if you haven't heard anything
        Keep it to five sentences. Mention one specific thing from the conversation.

        3. Don't refresh your inbox every ten minutes
        Recruiters usually collect feedback from the whole panel before they reply. Three to five
        business days is normal; a week isn't a bad sign.

        4. Have a plan for the "no"
        Ask for feedback once, politely, and then let it go.

        LIVE Q&A: "Following up without being annoying"
        Thursday, May 7 at 12:00 PM ET (9:00 AM PT / 5:00 PM London)
        Bring your drafts - we'll edit three of them live. Save your seat:
        https://offerdesk.example.com/live/may-7

        See you next Monday,
        Renata @ The Offer Desk

        You're receiving this because you subscribed at offerdesk.example.com.
        Unsubscribe: https://offerdesk.example.com/u/8f3c2e91
        The Offer Desk, 2261 Market Street #4410, San Francisco, CA 94114
        """)
    page = t("""
        <html><body style="background:#fffaf2;font-family:Georgia,serif;color:#2b2b2b">
        <div style="max-width:580px;margin:0 auto;padding:24px">
        <p style="font-size:12px;letter-spacing:2px;color:#b35c00">THE OFFER DESK &middot; ISSUE #48</p>
        <h1 style="font-size:28px">The 48 hours after your interview</h1>
        <p>Hi there,</p>
        <p>You walked out of the interview (or closed the Zoom tab), your heart rate is coming back down, and now the waiting starts. Here is the routine our readers swear by.</p>
        <h3>1. Write your notes within the hour</h3>
        <p>Names, the problems they mentioned, the question you fumbled. You'll need all three for the thank-you note and for round two.</p>
        <h3>2. Send the thank-you the same day</h3>
        <table style="font-family:Arial,sans-serif;font-size:14px"><tr><td>Interview</td><td>Tuesday, 2:00 PM</td></tr><tr><td>Thank-you note</td><td>Tuesday, before 6:00 PM</td></tr><tr><td>Polite check-in</td><td>the following Tuesday</td></tr></table>
        <p>Keep it to five sentences. Mention one specific thing from the conversation.</p>
        <h3>3. Don't refresh your inbox every ten minutes</h3>
        <p>Recruiters usually collect feedback from the whole panel before they reply. Three to five business days is normal; a week isn't a bad sign.</p>
        <h3>4. Have a plan for the "no"</h3>
        <p>Ask for feedback once, politely, and then let it go.</p>
        <div style="background:#1d3557;color:#fff;padding:16px;border-radius:8px">
        <p style="margin:0;font-size:12px">LIVE Q&amp;A</p>
        <p style="margin:4px 0;font-size:18px">"Following up without being annoying"</p>
        <p style="margin:0">Thursday, May 7 at 12:00 PM ET (9:00 AM PT / 5:00 PM London)</p>
        <p><a style="color:#ffd166" href="https://offerdesk.example.com/live/may-7">Save your seat</a></p></div>
        <p>See you next Monday,<br>Renata @ The Offer Desk</p>
        <p style="font-size:11px;color:#888">You're receiving this because you subscribed at offerdesk.example.com. <a href="https://offerdesk.example.com/u/8f3c2e91">Unsubscribe</a><br>The Offer Desk, 2261 Market Street #4410, San Francisco, CA 94114</p>
        </div></body></html>
        """)
    return message([
        *inbound("o7.ptr2841.offerdesk.example.com (o7.ptr2841.offerdesk.example.com [192.0.2.77])", when, "America/New_York"),
        ("From", addr("The Offer Desk", "renata@offerdesk.example.com")),
        ("To", LEAH),
        ("Subject", "The 48 hours after your interview (Issue #48)"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<20260504113000.3f1a9c2e7b@offerdesk.example.com>"),
        ("List-Unsubscribe", "<https://offerdesk.example.com/u/8f3c2e91>, <mailto:unsubscribe+8f3c2e91@offerdesk.example.com>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", "The Offer Desk <weekly.offerdesk.example.com>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


# ----------------------------------------------------------------------------------------------- 005
@mail("tune_005", family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-04-21T09:30:00Z", end=None,
      local="Tue 2026-04-21 10:30", zone="Europe/London",
      contact="harriet.lowe@kingsmerepublishing.co.uk", company="Kingsmere Publishing",
      note="UK-style prose 'Tuesday 21st April at 10:30am BST'; 'about an hour' is approximate so end is null; human sender")
def tune_005():
    when = "2026-04-15 16:22:10"
    body = t("""
        Dear Leah,

        Thank you for your application for the Digital Production Editor role. I'm pleased to
        confirm your interview on Tuesday 21st April at 10:30am BST at our offices at
        14 Marchmont Street, London WC1N 1AB. Please ask for me at reception on the ground floor.

        You will meet me and Tom Ashdown, our Head of Digital. The interview should last about an
        hour and will include a short (15-minute) editing exercise on paper, so there's no need
        to bring a laptop.

        If you have any access requirements, or if anything changes, just let me know by replying
        to this email or calling 020 7946 0321.

        Kind regards,

        Harriet Lowe
        HR & Recruitment Officer
        Kingsmere Publishing Ltd
        14 Marchmont Street, London WC1N 1AB
        """)
    return message([
        *inbound("mail-eopbgr100087.outbound.protection.outlook.com (mail-eopbgr100087.outbound.protection.outlook.com [40.107.10.87])", when, "Europe/London"),
        ("From", addr("Harriet Lowe", "harriet.lowe@kingsmerepublishing.co.uk")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Interview - Digital Production Editor"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<LO2P265MB5127D0E6C2B9A4F1B3E7C92D8A410@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 006
@mail("tune_006", family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-05-07T19:00:00Z", end="2026-05-07T20:00:00Z",
      local="Thu 2026-05-07 14:00", local_end="2026-05-07 15:00", zone="America/Chicago",
      contact="renee.kowalski@tallgrassmutual.com", company="Tallgrass Mutual Insurance",
      note="iCIMS HTML-only notice with .ics attachment; US date 05/07/2026 = Thursday May 7 (not 5 July), 2:00-3:00 PM CDT; Reply-To and ORGANIZER are the recruiter")
def tune_006():
    when = "2026-05-01 10:22:51"
    page = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">
        <div><img src="https://careers-tallgrassmutual.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=55120&amp;hashed=1184762" alt="Tallgrass Mutual Insurance" width="180"></div>
        <p>Dear Leah,</p>
        <p>Thank you for your interest in Tallgrass Mutual Insurance. We are pleased to confirm the following interview:</p>
        <table border="0" cellpadding="3" cellspacing="0" style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">
        <tr><td><b>Job:</b></td><td>Claims Data Analyst (2026-4471)</td></tr>
        <tr><td><b>Date:</b></td><td>Thursday, 05/07/2026</td></tr>
        <tr><td><b>Time:</b></td><td>2:00 PM - 3:00 PM CDT</td></tr>
        <tr><td><b>Location:</b></td><td>Tallgrass Mutual &ndash; Building B, 1800 Farnam St, Omaha, NE 68102</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Renee Kowalski; Andre Whitfield</td></tr>
        </table>
        <p>Please arrive 10 minutes early and bring a government-issued photo ID for the visitor desk. Visitor parking is available in the garage off 18th Street.</p>
        <p>A calendar file is attached for your convenience. If you need to request a change, simply reply to this message.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Tallgrass Mutual Insurance</p>
        <p style="font-size: 8pt; color: #777777;">Tallgrass Mutual Insurance is an Equal Opportunity Employer. This message was sent from the iCIMS Talent Platform.</p>
        </body>
        </html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//iCIMS Talent Platform//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20260501T152251Z
        DTSTART:20260507T190000Z
        DTEND:20260507T200000Z
        SUMMARY:Interview: Claims Data Analyst (2026-4471) - Leah Brandt
        UID:icims-interview-2026-4471-88213@tallgrassmutual.icims.com
        ORGANIZER;CN=Renee Kowalski:mailto:renee.kowalski@tallgrassmutual.com
        ATTENDEE;CN=Leah Brandt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:leah.brandt@example.org
        LOCATION:Tallgrass Mutual - Building B\, 1800 Farnam St\, Omaha\, NE 68102
        DESCRIPTION:Interview for Claims Data Analyst (2026-4471). Interviewer(s): Renee Kowalski\; Andre Whitfield. Please bring a photo ID for the visitor desk.
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail12.icims.com (mail12.icims.com [198.51.100.112])", when, "America/Chicago"),
        ("From", addr("Tallgrass Mutual Careers", "tallgrassmutual@talent.icims.com")),
        ("Reply-To", addr("Renee Kowalski", "renee.kowalski@tallgrassmutual.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Interview Scheduled: Claims Data Analyst (2026-4471)"),
        ("Date", date(when, "America/Chicago")),
        ("Message-ID", "<1777647771.88213.1460@icims.com>"),
        ("X-iCIMS-Template", "Interview Confirmation - Candidate"),
    ], mixed(html(page), calendar(ics, ctype="text/calendar", disposition="attachment", filename="Interview.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 007
@mail("tune_007", family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Dental cleaning appointment 'Termin bestätigt' with an ICS (METHOD:PUBLISH): a confirmed time, but not a job interview",
      days=(("Tue", "2026-05-19"),))
def tune_007():
    when = "2026-05-12 18:03:40"
    body = t("""
        Guten Tag Frau Brandt,

        Ihr Termin ist bestätigt.

        Behandlung:  Professionelle Zahnreinigung (ca. 60 Min.)
        Datum:       Dienstag, 19. Mai 2026
        Uhrzeit:     08:15 Uhr
        Praxis:      Zahnarztpraxis Dr. Meier & Kollegen
                     Kastanienallee 12, 10435 Berlin (2. OG, Aufzug vorhanden)

        Bitte bringen Sie Ihre Versichertenkarte mit. Die Kosten der Zahnreinigung werden von
        vielen gesetzlichen Kassen nur anteilig übernommen.

        Sie können Ihren Termin bis 24 Stunden vorher kostenfrei absagen oder verschieben:
        https://www.praxistermin.example.de/termine/6f1c0e

        Ihr Praxisteam Dr. Meier & Kollegen

        Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//PraxisTermin//Terminbuchung 4.2//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:pt-6f1c0e-20260519@praxistermin.example.de
        DTSTAMP:20260512T160340Z
        DTSTART;TZID=Europe/Berlin:20260519T081500
        DTEND;TZID=Europe/Berlin:20260519T091500
        SUMMARY:Zahnarzt: Professionelle Zahnreinigung
        LOCATION:Zahnarztpraxis Dr. Meier & Kollegen\, Kastanienallee 12\, 10435 Berlin
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    ics = ics.replace("END:VEVENT\nEND:VCALENDAR", "END:VEVENT\n" + VTZ["Europe/Berlin"] + "\nEND:VCALENDAR")
    return message([
        *inbound("mout.praxistermin.example.de (mout.praxistermin.example.de [192.0.2.140])", when, "Europe/Berlin"),
        ("From", addr("Zahnarztpraxis Dr. Meier & Kollegen", "noreply@praxistermin.example.de")),
        ("To", LEAH),
        ("Subject", enc("Termin bestätigt: Professionelle Zahnreinigung am 19.05.2026, 08:15 Uhr")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<termin-6f1c0e.1778601820@praxistermin.example.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", disposition="attachment", filename="termin.ics", cte="quoted-printable")))


# ----------------------------------------------------------------------------------------------- 008
@mail("tune_008", family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-04-10T01:00:00Z", end=None,
      local="Fri 2026-04-10 11:00", zone="Australia/Sydney",
      contact="priya.ramaswamy@wattlefinch.com.au", company="Wattle & Finch Advisory",
      note="Australian prose 'tomorrow at 11 (Sydney time)' against Date Thu 9 Apr 2026 09:32 +1000 -> Fri 10 Apr 11:00 AEST (Sydney left daylight time on 5 Apr) = 01:00Z; '3am in Berlin' agrees; 'around 45 minutes' -> end null")
def tune_008():
    when = "2026-04-09 09:32:18"
    body = t("""
        Hi Leah,

        Thanks for sending through your availability so quickly. Let's lock in tomorrow at 11
        (Sydney time) - I know that's 3am in Berlin, so thank you for making it work. I've sent
        the Teams link as a separate invite.

        You'll be chatting with me and Angus Moore, one of our Directors, for around 45 minutes.
        Angus will want to hear about the pricing model work you mentioned, so it's worth having
        a couple of numbers handy.

        Cheers,
        Priya

        Priya Ramaswamy
        Talent Lead | Wattle & Finch Advisory
        Level 14, 1 Bligh Street, Sydney NSW 2000
        """)
    quoted = t("""

        On Wed, 8 Apr 2026 at 19:02, Leah Brandt <leah.brandt@example.org> wrote:
        > Hi Priya,
        >
        > Thanks for getting back to me. I'm flexible this week - any time between
        > 9am and 1pm Sydney time works on Thursday or Friday.
        >
        > Best,
        > Leah
        """)
    return message([
        *inbound("mail-sy4aus01on2101.outbound.protection.outlook.com (mail-sy4aus01on2101.outbound.protection.outlook.com [40.107.107.101])", when, "Australia/Sydney"),
        ("From", addr("Priya Ramaswamy", "priya.ramaswamy@wattlefinch.com.au")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "RE: Senior Consultant - Data & AI"),
        ("Date", date(when, "Australia/Sydney")),
        ("Message-ID", "<SY4P282MB2874A1C0F3B5E6D98C2E4F71B6A20@SY4P282MB2874.AUSP282.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAK7v1pQ3m0eXr5yW8bT2nJd9FhLc4sG6uA1zO@mail.example.org>"),
        ("References", "<CAK7v1pQ3m0eXr5yW8bT2nJd9FhLc4sG6uA1zO@mail.example.org>"),
        ("Content-Language", "en-AU"),
    ], text(body + quoted, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 009
@mail("tune_009", family="application_ack", lang="en", interview=False, company="Birchmont Foods",
      note="SmartRecruiters application receipt; 'a recruiter will reach out to schedule a phone interview' is hypothetical; closing date only",
      days=(("Fri", "2026-03-20"),))
def tune_009():
    when = "2026-03-10 09:41:05"
    body = t("""
        Hi Leah,

        Thank you for applying to the Supply Chain Analyst position at Birchmont Foods. We have
        received your application and our team will review it shortly.

        What happens next?
        - Our recruiting team reviews every application personally.
        - If your experience is a match, a recruiter will reach out to schedule a 30-minute phone
          interview, usually within two weeks.
        - Applications for this role close on Friday, March 20, 2026.

        You can check the status of your application at any time:
        https://jobs.smartrecruiters.com/candidate/applications/BirchmontFoods/744000061337

        Thanks again for your interest in Birchmont Foods!

        The Birchmont Foods Talent Team

        This is an automated message sent via SmartRecruiters. Please do not reply.
        """)
    return message([
        *inbound("mail-a07.smartrecruiters.com (mail-a07.smartrecruiters.com [198.51.100.37])", when, "America/Chicago"),
        ("From", addr("Birchmont Foods", "noreply@smartrecruiters.com")),
        ("To", ME),
        ("Subject", "Thank you for applying to Birchmont Foods"),
        ("Date", date(when, "America/Chicago")),
        ("Message-ID", "<0100018e1a7c02f1-b61d94c3-2f5e-4e1a-9b07-c4d8e2a1f639-000000@email.smartrecruiters.com>"),
        ("X-SR-Message-Type", "APPLICATION_RECEIVED"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 010
@mail("tune_010", family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-05-11T23:00:00Z", end="2026-05-11T23:30:00Z",
      local="Tue 2026-05-12 09:00", local_end="2026-05-12 09:30", zone="Australia/Sydney",
      contact="callum.reid@harbourlinehealth.com.au", company="Harbourline Health",
      note="Calendly invitee confirmation, 9:00-9:30am Australia/Sydney (AEST, UTC+10) on Tue 12 May = 23:00Z on Mon 11 May; contact = Reply-To host")
def tune_010():
    when = "2026-05-06 04:12:05"
    body = t("""
        Hi Leah Brandt,

        Your Clinical Data Lead - first interview with Callum Reid at 9:00am (Australia/Sydney) on
        Tuesday, 12 May 2026 is scheduled.

        Event Type:
        Clinical Data Lead - first interview

        Event Date/Time:
        9:00am - 9:30am (Australia/Sydney), Tuesday, 12 May 2026

        Location:
        This is a Zoom web conference.
        https://harbourlinehealth.zoom.us/j/84127730412?pwd=aGJ6Q2Vwb3lDd1Z2TnBLc0xq

        Invitee Time Zone:
        Australia/Sydney

        Questions:
        Please share a link to your LinkedIn profile or CV
        https://www.linkedin.com/in/leah-brandt-data

        Add to calendar:
        Google: https://calendar.google.com/calendar/render?action=TEMPLATE&dates=20260511T230000Z%2F20260511T233000Z&text=Clinical+Data+Lead+-+first+interview
        Outlook / iCal: https://calendly.com/events/5c0d1e8a-7b42-4f3e-9a61-d02b7c3e8f15/ics?invitee=2e6f

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2e6f4a71-0c9b-48d3-b5e2-7f13a0c6d948
        Reschedule: https://calendly.com/reschedulings/2e6f4a71-0c9b-48d3-b5e2-7f13a0c6d948

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:560px;margin:0 auto;padding:20px">
        <p>Hi Leah Brandt,</p>
        <p>Your <b>Clinical Data Lead - first interview</b> with <b>Callum Reid</b> at <b>9:00am (Australia/Sydney) on Tuesday, 12 May 2026</b> is scheduled.</p>
        <p><b>Event Type:</b><br>Clinical Data Lead - first interview</p>
        <p><b>Event Date/Time:</b><br>9:00am - 9:30am (Australia/Sydney), Tuesday, 12 May 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://harbourlinehealth.zoom.us/j/84127730412?pwd=aGJ6Q2Vwb3lDd1Z2TnBLc0xq">https://harbourlinehealth.zoom.us/j/84127730412</a></p>
        <p><b>Invitee Time Zone:</b><br>Australia/Sydney</p>
        <p><b>Questions:</b><br>Please share a link to your LinkedIn profile or CV<br>https://www.linkedin.com/in/leah-brandt-data</p>
        <p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;dates=20260511T230000Z%2F20260511T233000Z&amp;text=Clinical+Data+Lead+-+first+interview">Add to Google Calendar</a> &middot; <a href="https://calendly.com/events/5c0d1e8a-7b42-4f3e-9a61-d02b7c3e8f15/ics?invitee=2e6f">Outlook / iCal</a></p>
        <p><a href="https://calendly.com/cancellations/2e6f4a71-0c9b-48d3-b5e2-7f13a0c6d948">Cancel</a> &middot; <a href="https://calendly.com/reschedulings/2e6f4a71-0c9b-48d3-b5e2-7f13a0c6d948">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </div></body></html>
        """)
    return message([
        *inbound("o3.email.calendly.com (o3.email.calendly.com [198.51.100.203])", when, "UTC"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Callum Reid", "callum.reid@harbourlinehealth.com.au")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Confirmed: Clinical Data Lead - first interview with Callum Reid on Tuesday, 12 May 2026"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<4Zm8qTnWRc2xJ0b6yVd1Lg@geopod-ismtpd-7>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page)))


# ----------------------------------------------------------------------------------------------- 011
@mail("tune_011", family="mock_interview", lang="en", interview=False, company="Brightpath Careers",
      note="Calendly booking for a paid mock interview with a career coach: confirmed time, but practice, not a job interview",
      days=(("Thu", "2026-06-04"),))
def tune_011():
    when = "2026-06-01 08:51:30"
    body = t("""
        Hi Leah Brandt,

        Your Mock Interview - Product & Data roles (60 min) with Rachel Okoye at 6:00pm
        (Europe/Berlin) on Thursday, 4 June 2026 is scheduled.

        Event Type:
        Mock Interview - Product & Data roles (60 min)

        Event Date/Time:
        6:00pm - 7:00pm (Europe/Berlin), Thursday, 4 June 2026

        Location:
        Google Meet (link in the calendar invitation)

        Questions:
        What role are you preparing for? Please paste the job ad.
        Senior Data Engineer at an insurer - technical + behavioural rounds

        Payment:
        EUR 95.00 paid via Stripe

        Note from Rachel: to make the most of the hour, please send me your CV and the job
        description at least 24 hours before we meet. We'll run a realistic 35-minute mock
        interview and spend the rest of the time on feedback.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/91bd0c2e-5a7f-4e18-b3c6-0d2f8a9e1c47
        Reschedule: https://calendly.com/reschedulings/91bd0c2e-5a7f-4e18-b3c6-0d2f8a9e1c47

        Powered by Calendly.com
        """)
    return message([
        *inbound("o1.email.calendly.com (o1.email.calendly.com [198.51.100.201])", when, "UTC"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Rachel Okoye", "rachel@brightpathcareers.eu")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Confirmed: Mock Interview - Product & Data roles (60 min) with Rachel Okoye on Thursday, 4 June 2026"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<Hc3fQ0xYT1e8pW5nKzR2vA@geopod-ismtpd-11>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 012
@mail("tune_012", family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-04-16T07:30:00Z", end="2026-04-16T08:30:00Z",
      local="Thu 2026-04-16 09:30", local_end="2026-04-16 10:30", zone="Europe/Berlin",
      contact="katrin.wolff@lindenhof-logistik.de", company="Lindenhof Logistik GmbH",
      note="Personio confirmation in German, 'Donnerstag, 16.04.2026, 09:30 - 10:30 Uhr (MESZ)' = CEST; no-reply sender, Reply-To is the HR business partner")
def tune_012():
    when = "2026-04-10 13:41:20"
    body = t("""
        Hallo Frau Brandt,

        vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch:

        Position:          Teamleitung Disposition (m/w/d)
        Datum:             Donnerstag, 16.04.2026
        Uhrzeit:           09:30 - 10:30 Uhr (MESZ)
        Ort:               Lindenhof Logistik GmbH, Am Güterbahnhof 7, 04103 Leipzig
                           Empfang Haus A
        Gesprächspartner:  Katrin Wolff (HR Business Partnerin), Uwe Lehmann (Leiter Transport)

        Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Wir freuen uns auf das Gespräch!

        Freundliche Grüße
        Katrin Wolff
        Lindenhof Logistik GmbH

        Diese Nachricht wurde über Personio versendet.
        """)
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#22262a;background:#f7f7f8">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px">
        <p>Hallo Frau Brandt,</p>
        <p>vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch:</p>
        <table style="font-size:14px;border-collapse:collapse">
        <tr><td style="padding:4px 16px 4px 0;color:#6b7075">Position</td><td>Teamleitung Disposition (m/w/d)</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#6b7075">Datum</td><td>Donnerstag, 16.04.2026</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#6b7075">Uhrzeit</td><td>09:30 - 10:30 Uhr (MESZ)</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#6b7075">Ort</td><td>Lindenhof Logistik GmbH, Am Güterbahnhof 7, 04103 Leipzig<br>Empfang Haus A</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#6b7075">Gesprächspartner</td><td>Katrin Wolff (HR Business Partnerin)<br>Uwe Lehmann (Leiter Transport)</td></tr>
        </table>
        <p>Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Freundliche Grüße<br>Katrin Wolff<br>Lindenhof Logistik GmbH</p>
        <p style="font-size:11px;color:#9a9fa5;border-top:1px solid #eee;padding-top:12px">Diese Nachricht wurde über Personio versendet.</p>
        </div></body></html>
        """)
    return message([
        *inbound("mail-out-3.personio.de (mail-out-3.personio.de [192.0.2.33])", when, "Europe/Berlin"),
        ("From", addr("Lindenhof Logistik GmbH", "noreply@jobs.personio.de")),
        ("Reply-To", addr("Katrin Wolff", "katrin.wolff@lindenhof-logistik.de")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", enc("Ihr Vorstellungsgespräch bei der Lindenhof Logistik GmbH – Teamleitung Disposition (m/w/d)")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<01070196b2e4f3a1-6c0e8d52-91ab-4f2c-8e7d-3a5b1c9f0e26-000000@eu-central-1.amazonses.com>"),
    ], alt(text(body), html(page)))


# ----------------------------------------------------------------------------------------------- 013
TEAMS_EN = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1ZTRmYzItYjE3Ny00ZDc4LTk2NzQtZDg2ZjE2YjQwZTM1%40thread.v2/0?context=%7b%22Tid%22%3a%2261f0c8a2-3d5e-4b19-a7c4-8e2d0f9b6a13%22%2c%22Oid%22%3a%22c4a91e07-52d8-4f3b-9e60-1b7d2a8c5f94%22%7d>
    Meeting ID: 281 604 937 552
    Passcode: 7Xq3Vb
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=c4a91e07-52d8-4f3b-9e60-1b7d2a8c5f94&tenantId=61f0c8a2-3d5e-4b19-a7c4-8e2d0f9b6a13&threadId=19_meeting_OGQ1ZTRmYzItYjE3Ny00ZDc4LTk2NzQtZDg2ZjE2YjQwZTM1@thread.v2&messageId=0&language=en-US>
    ________________________________________________________________________________
    """)


@mail("tune_013", family="outlook_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-03-17T14:00:00Z", end="2026-03-17T14:45:00Z",
      local="Tue 2026-03-17 10:00", local_end="2026-03-17 10:45", zone="America/New_York",
      contact="aromano@pembertoncap.com", company="Pemberton Capital Advisors",
      note="Outlook meeting request, TZID 'Eastern Standard Time' with VTIMEZONE; 17 March is after the US switch to daylight time (8 March) so 10:00 = 14:00Z, although the body's 'When' line says '(UTC-05:00) Eastern Time'; organizer = sender")
def tune_013():
    when = "2026-03-11 16:05:44"
    body = t("""
        When: Tuesday, March 17, 2026 10:00 AM-10:45 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Leah,

        Looking forward to speaking with you next week. This first round will be with me and
        Daniel Cho (Head of Quantitative Research). We'll spend most of the time on your
        experience with portfolio analytics and leave 10 minutes for your questions.

        Please let me know if you have any trouble joining.

        Best,
        Alyssa

        Alyssa Romano | Talent Acquisition
        Pemberton Capital Advisors LLC | 450 Park Avenue, 22nd Floor | New York, NY 10022

        """) + TEAMS_EN
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN="Romano, Alyssa":mailto:aromano@pembertoncap.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leah Brandt:mailto:leah.brandt@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cho, Daniel":mailto:dcho@pembertoncap.com
        DESCRIPTION;LANGUAGE=en-US:Hi Leah\,\n\nLooking forward to speaking with you next week. This first round will be with me and Daniel Cho (Head of Quantitative Research).\n\nBest\,\nAlyssa\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nMeeting ID: 281 604 937 552\nPasscode: 7Xq3Vb\n
        UID:040000008200E00074C5B7101A82E0080000000020D9E6B4A3ADDC01000000000000000010000000F3A1C86D2B4E9A47B5C0E71D93F2A648
        SUMMARY;LANGUAGE=en-US:Pemberton Capital - First Round Interview (Leah Brandt)
        DTSTART;TZID=Eastern Standard Time:20260317T100000
        DTEND;TZID=Eastern Standard Time:20260317T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260311T200544Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:-1438827905
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
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n"))
            + "</body></html>\n")
    return message([
        *inbound("NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2120.outbound.protection.outlook.com [40.107.237.120])", when, "America/New_York"),
        ("From", addr("Romano, Alyssa", "aromano@pembertoncap.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("CC", addr("Cho, Daniel", "dcho@pembertoncap.com")),
        ("Subject", "Pemberton Capital - First Round Interview (Leah Brandt)"),
        ("Thread-Topic", "Pemberton Capital - First Round Interview (Leah Brandt)"),
        ("Thread-Index", "AdqxR2m8fE0T4l9WQy6b1sJkZ0v3nA=="),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<BN0PR17MB4421E8C1A6F0B2D39E5C7A0412F96@BN0PR17MB4421.namprd17.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body, charset="us-ascii", cte="quoted-printable"), html(page, charset="us-ascii"),
           calendar(ics, cte="base64")))


# ----------------------------------------------------------------------------------------------- 014
@mail("tune_014", family="rejection", lang="en", interview=False, company="Larchfield Insurance",
      note="Greenhouse rejection after an interview; the past interview date and time (Tuesday, 14 April at 11:00) are mentioned",
      days=(("Tue", "2026-04-14"),))
def tune_014():
    when = "2026-04-20 14:08:51"
    body = t("""
        Hi Leah,

        Thank you for taking the time to interview with us on Tuesday, 14 April at 11:00 for the
        Pricing Analyst role, and for the thoughtful case study you prepared.

        After careful consideration, we have decided to move forward with another candidate
        whose experience more closely matches our current needs. This was a difficult decision -
        the panel particularly appreciated your walkthrough of the GLM validation approach.

        We'd be glad to keep your details on file and reach out if a suitable role opens up.

        Wishing you every success in your search,

        Sian Whitaker
        Talent Partner, Larchfield Insurance
        """)
    return message([
        *inbound("o2.email.greenhouse.io (o2.email.greenhouse.io [198.51.100.22])", when, "UTC"),
        ("From", addr("Larchfield Insurance", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sian Whitaker", "sian.whitaker@larchfield-insurance.co.uk")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Your application for Pricing Analyst at Larchfield Insurance"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<rK2mVb9QT7aXc0eN4pLy3w@geopod-ismtpd-4>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 015
@mail("tune_015", family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-04-14T08:30:00Z", end=None,
      local="Tue 2026-04-14 10:30", zone="Europe/Berlin",
      contact="s.krueger@havelblick-immobilien.de", company="Havelblick Immobilien GmbH",
      note="German prose 'am Dienstag, 14. April um 10:30 Uhr', subject 'Termin bestätigt'; iso-8859-1 quoted-printable; 'etwa eine Stunde' -> end null; April = CEST")
def tune_015():
    when = "2026-04-09 15:17:03"
    body = t("""
        Sehr geehrte Frau Brandt,

        vielen Dank für Ihre schnelle Rückmeldung. Gerne bestätige ich Ihnen den Termin für Ihr
        Vorstellungsgespräch als Projektmanagerin Bestandsentwicklung am Dienstag, 14. April um
        10:30 Uhr in unserem Büro in der Friedrich-Ebert-Straße 88, 14467 Potsdam (2. OG, bitte
        bei »Havelblick« klingeln).

        Am Gespräch nehmen neben mir unser Geschäftsführer, Herr Dr. Claußen, sowie Frau Yilmaz
        aus der Projektsteuerung teil. Planen Sie bitte etwa eine Stunde ein. Parkplätze stehen
        Ihnen im Hof zur Verfügung; vom Hauptbahnhof sind es zu Fuß rund zehn Minuten.

        Sollte Ihnen etwas dazwischenkommen, erreichen Sie mich unter 0331 270 44-12 oder per
        E-Mail.

        Mit freundlichen Grüßen

        Sabine Krüger
        Personalreferentin
        Havelblick Immobilien GmbH
        Friedrich-Ebert-Straße 88 · 14467 Potsdam
        """)
    return message([
        *inbound("mo4-p00-ob.smtp.rzone.de (mo4-p00-ob.smtp.rzone.de [192.0.2.161])", when, "Europe/Berlin"),
        ("From", addr("Sabine Krüger", "s.krueger@havelblick-immobilien.de", charset="iso-8859-1")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", enc("Termin bestätigt: Ihr Vorstellungsgespräch am 14.04.", "iso-8859-1")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<7e2b1f0a-94c3-4d8e-b6a5-0c1f3e9d2a47@havelblick-immobilien.de>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.9.0"),
        ("Content-Language", "de-DE"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable", params="format=flowed"))


# ----------------------------------------------------------------------------------------------- 016
@mail("tune_016", family="scheduling_link", lang="en", interview=False, company="Veridian Threads",
      note="Human recruiter asks the candidate to pick a first-interview slot via a Calendly link between Mon 8 and Wed 10 June; nothing booked",
      days=(("Mon", "2026-06-08"), ("Wed", "2026-06-10")))
def tune_016():
    when = "2026-06-02 11:20:06"
    body = t("""
        Hi Leah,

        Thanks so much for applying for the Senior Analytics Engineer role - the hiring team
        really liked your dbt migration write-up and would love to move you to a first interview.

        Could you please pick a 30-minute slot that suits you via my Calendly?
        https://calendly.com/gemma-veridian/first-interview

        I've opened up times between Monday 8 and Wednesday 10 June. If none of them work, just
        reply with a couple of options and I'll make it happen.

        Speak soon,
        Gemma

        Gemma Ortiz
        Talent Acquisition Lead | Veridian Threads
        Herengracht 420, Amsterdam
        """)
    return message([
        *inbound("mail-ej1-f41.google.com (mail-ej1-f41.google.com [203.0.113.41])", when, "Europe/Amsterdam"),
        ("From", addr("Gemma Ortiz", "gemma.ortiz@veridianthreads.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Next step: first interview - Senior Analytics Engineer"),
        ("Date", date(when, "Europe/Amsterdam")),
        ("Message-ID", "<CAJ3nR0c5vK8wXy2Lq7eT9bZp1mHfG4sD6uA0oN@mail.gmail.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 017
@mail("tune_017", family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-05-28T10:00:00Z", end="2026-05-28T10:45:00Z",
      local="Thu 2026-05-28 11:00", local_end="2026-05-28 11:45", zone="Europe/London",
      contact="imogen.clarke@ferrovia.studio", company="Ferrovia Studio",
      note="Workable self-scheduled interview, 11:00-11:45 BST; From and Reply-To are Workable system/relay addresses, so contact = the address in the body; base64 parts")
def tune_017():
    when = "2026-05-25 12:03:19"
    body = t("""
        Hi Leah,

        Your interview has been scheduled.

        Senior Product Designer - Video call
        Thursday, May 28, 2026
        11:00 AM - 11:45 AM BST (Europe/London)

        With: Imogen Clarke (Design Director), Rafe Osei (Product Lead)
        Join: https://meet.google.com/xsd-qpor-vtk

        Add to calendar: https://apply.workable.com/ferrovia-studio/interviews/6E0A21C4F7/calendar.ics
        Need a different time? https://apply.workable.com/ferrovia-studio/interviews/6E0A21C4F7/reschedule

        Can't make it at all? Let us know as soon as you can - you can reach Imogen Clarke
        directly at imogen.clarke@ferrovia.studio.

        Ferrovia Studio

        Sent with Workable
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f4f5;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 8px">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px;color:#333e48;font-size:15px;line-height:22px">
        <tr><td style="padding:32px 32px 0">Hi Leah,</td></tr>
        <tr><td style="padding:16px 32px 0">Your interview has been scheduled.</td></tr>
        <tr><td style="padding:24px 32px 0"><div style="border-left:3px solid #00756a;padding-left:16px">
        <div style="font-weight:600">Senior Product Designer &ndash; Video call</div>
        <div>Thursday, May 28, 2026</div>
        <div>11:00 AM &ndash; 11:45 AM BST (Europe/London)</div>
        <div style="color:#71808d">With: Imogen Clarke (Design Director), Rafe Osei (Product Lead)</div>
        <div><a href="https://meet.google.com/xsd-qpor-vtk" style="color:#00756a">Join with Google Meet</a></div>
        </div></td></tr>
        <tr><td style="padding:24px 32px 0"><a href="https://apply.workable.com/ferrovia-studio/interviews/6E0A21C4F7/calendar.ics" style="color:#00756a">Add to calendar</a> &nbsp;|&nbsp; <a href="https://apply.workable.com/ferrovia-studio/interviews/6E0A21C4F7/reschedule" style="color:#00756a">Need a different time?</a></td></tr>
        <tr><td style="padding:24px 32px 0">Can't make it at all? Let us know as soon as you can &ndash; you can reach Imogen Clarke directly at <a href="mailto:imogen.clarke@ferrovia.studio">imogen.clarke@ferrovia.studio</a>.</td></tr>
        <tr><td style="padding:24px 32px 32px">Ferrovia Studio</td></tr>
        </table>
        <p style="font-size:11px;color:#97a2ab">Sent with Workable</p>
        </td></tr></table></body></html>
        """)
    return message([
        *inbound("mail-190-31.candidates.workablemail.com (mail-190-31.candidates.workablemail.com [198.51.100.190])", when, "UTC"),
        ("From", addr("Ferrovia Studio", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Ferrovia Studio", "ferrovia-studio+r9f2k7@candidates.workablemail.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Interview confirmed: Senior Product Designer at Ferrovia Studio"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<6657d2a83f1e4_2c1b7e9a40c3@workable-mailer-5d9c8b7f6-xk2pq.mail>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


# ----------------------------------------------------------------------------------------------- 018
@mail("tune_018", family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-06-05T19:00:00Z", end="2026-06-05T20:00:00Z",
      local="Fri 2026-06-05 14:00", local_end="2026-06-05 15:00", zone="America/Chicago",
      contact="beth.nguyen@prairielantern.com", company="Prairie Lantern Software",
      note="Google Calendar cancellation with a note (METHOD:CANCEL, STATUS:CANCELLED); 2pm-3pm CDT; 'I'll send new times' fixes nothing, so kind = cancelled and start = the cancelled slot")
def tune_018():
    when = "2026-06-03 15:20:44"
    body = t("""
        This event has been canceled with a note:
        "Hi Leah - our hiring manager is out sick this week, so I need to cancel Friday's
        interview. I'll send you new times as soon as I have her calendar back. Sorry for the
        late change! - Beth"

        Interview: Leah Brandt / Product Manager, Growth
        Friday Jun 5, 2026 ⋅ 2pm – 3pm (Central Time - Chicago)

        Joining info
        Join with Google Meet
        meet.google.com/wqa-ferb-mzc

        Calendar
        leah.brandt@example.org

        Who
        • Beth Nguyen - organizer
        • Carla Mendes
        • leah.brandt@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043;font-size:14px">
        <div style="background:#fce8e6;padding:12px;border-radius:8px">This event has been canceled with a note:<br>
        <i>"Hi Leah - our hiring manager is out sick this week, so I need to cancel Friday's interview. I'll send you new times as soon as I have her calendar back. Sorry for the late change! - Beth"</i></div>
        <h2 style="font-weight:400;text-decoration:line-through">Interview: Leah Brandt / Product Manager, Growth</h2>
        <table><tr><td style="color:#70757a;padding-right:16px">When</td><td>Friday Jun 5, 2026 &#8901; 2pm &ndash; 3pm (Central Time - Chicago)</td></tr>
        <tr><td style="color:#70757a">Joining info</td><td>Join with Google Meet<br><a href="https://meet.google.com/wqa-ferb-mzc">meet.google.com/wqa-ferb-mzc</a></td></tr>
        <tr><td style="color:#70757a">Calendar</td><td>leah.brandt@example.org</td></tr>
        <tr><td style="color:#70757a">Who</td><td>&bull; Beth Nguyen - organizer<br>&bull; Carla Mendes<br>&bull; leah.brandt@example.org</td></tr></table>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        <p style="font-size:12px;color:#70757a">You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["America/Chicago"] + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20260605T140000
        DTEND;TZID=America/Chicago:20260605T150000
        DTSTAMP:20260603T152044Z
        ORGANIZER;CN=Beth Nguyen:mailto:beth.nguyen@prairielantern.com
        UID:3q8v1kd0m6e2lbq7r9c4tnh5sa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=leah.brandt@example.org;X-NUM-GUESTS=0:mailto:leah.brandt@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carla Mendes;X-NUM-GUESTS=0:mailto:carla.mendes@prairielantern.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Beth Nguyen;X-NUM-GUESTS=0:mailto:beth.nguyen@prairielantern.com
        CREATED:20260528T174210Z
        DESCRIPTION:Hi Leah - our hiring manager is out sick this week\, so I need to cancel Friday's interview. I'll send you new times as soon as I have her calendar back.
        LAST-MODIFIED:20260603T152044Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Leah Brandt / Product Manager\, Growth
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail-sor-f69.google.com (mail-sor-f69.google.com [203.0.113.69])", when, "UTC", 2),
        ("From", addr("Beth Nguyen", "beth.nguyen@prairielantern.com")),
        ("To", LEAH),
        ("Subject", enc("Canceled event with note: Interview: Leah Brandt / Product Manager, Growth @ Fri Jun 5, 2026 2pm - 3pm (CDT) (leah.brandt@example.org)")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-7d3e8a41-0b9c-4f25-b617-e2c94d0a58f3@google.com>"),
        ("Reply-To", addr("Beth Nguyen", "beth.nguyen@prairielantern.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
    ], mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", ctype="application/ics", cte="base64", disposition="attachment",
                      filename="invite.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 019
@mail("tune_019", family="bounce", lang="en", interview=False, company=None,
      note="Gmail delivery-failure report for the candidate's own thank-you mail; the returned message talks about yesterday's interview, but nothing is being scheduled")
def tune_019():
    when = "2026-04-22 18:58:14"
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to d.whitcomb@kestrelbio.co because the domain kestrelbio.co
        couldn't be found. Check for typos or unnecessary spaces and try again.

        Learn more: https://support.google.com/mail/?p=BadRcptDomain

        The response was:

        DNS Error: DNS type 'mx' lookup of kestrelbio.co responded with code NXDOMAIN
        Domain name not found: kestrelbio.co
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Wed, 22 Apr 2026 11:58:11 -0700 (PDT)
        X-Original-Message-ID: <CAK7v1pRx4mZ9sT2eQ0bW7nJc5FhLd3gU8yA6oP@mail.example.org>

        Final-Recipient: rfc822; d.whitcomb@kestrelbio.co
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of kestrelbio.co responded with code NXDOMAIN
        Last-Attempt-Date: Wed, 22 Apr 2026 11:58:14 -0700 (PDT)
        """)
    original_body = t("""
        Dear Dana,

        Thank you for taking the time to speak with me earlier today about the Research Associate II
        role. I really enjoyed hearing about the assay automation work, and our conversation about
        plate-reader drift gave me a few ideas I'd love to share if we talk again.

        Please pass on my thanks to Paul as well.

        Best regards,
        Leah Brandt
        """)
    original = message([
        ("From", ME),
        ("To", addr("Dana Whitcomb", "d.whitcomb@kestrelbio.co")),
        ("Subject", "Thank you - Research Associate II interview"),
        ("Date", date("2026-04-22 20:58:11", "Europe/Berlin")),
        ("Message-ID", "<CAK7v1pRx4mZ9sT2eQ0bW7nJc5FhLd3gU8yA6oP@mail.example.org>"),
    ], text(original_body, charset="us-ascii", cte="7bit"))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    return message([
        *inbound("mail-sor-f65.google.com (mail-sor-f65.google.com [203.0.113.65])", when, "UTC", 1),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", LEAH),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-04-22 11:58:14", "America/Los_Angeles")),
        ("Message-ID", "<6627a9e6.5d0a1c7b.3f2e.91b4.GMR@mx.google.com>"),
        ("References", "<CAK7v1pRx4mZ9sT2eQ0bW7nJc5FhLd3gU8yA6oP@mail.example.org>"),
        ("In-Reply-To", "<CAK7v1pRx4mZ9sT2eQ0bW7nJc5FhLd3gU8yA6oP@mail.example.org>"),
    ], report)


# ----------------------------------------------------------------------------------------------- 020
@mail("tune_020", family="forwarded", lang="en", interview=True, kind="scheduled",
      start="2026-06-24T17:00:00Z", end="2026-06-24T18:00:00Z",
      local="Wed 2026-06-24 13:00", local_end="2026-06-24 14:00", zone="America/New_York",
      contact="ravi.shankar@tidewaterdata.com", company="Tidewater Data",
      note="Candidate forwarded the recruiter's confirmation to herself (Fwd:, Gmail quote header); 'Wednesday, June 24, 2026 at 1:00 PM ET', 60 minutes (= 7:00 PM Berlin); contact = the recruiter in the forwarded header, never the candidate herself")
def tune_020():
    when = "2026-06-18 08:03:55"
    body = t("""
        Saving this one - prep notes are in the Tidewater folder.

        ---------- Forwarded message ---------
        From: Ravi Shankar <ravi.shankar@tidewaterdata.com>
        Date: Wed, Jun 17, 2026 at 10:12 PM
        Subject: Interview confirmation - Solutions Architect
        To: Leah Brandt <leah.brandt@example.org>
        Cc: Grace Liu <grace.liu@tidewaterdata.com>


        Hi Leah,

        Great speaking with you earlier today. As promised, I'm confirming your interview for
        Wednesday, June 24, 2026 at 1:00 PM ET (7:00 PM for you in Berlin, if my math is right).

        It's a 60-minute video call with me and Grace Liu, our VP of Engineering. Grace will
        probably ask you to sketch an ingestion architecture for a mid-size port operator, so
        have a whiteboard tool ready - Excalidraw is fine.

        Zoom: https://tidewaterdata.zoom.us/j/93022518840
        Meeting ID: 930 2251 8840
        Passcode: 418207

        Let me know if anything changes on your end.

        Best,
        Ravi

        Ravi Shankar
        Senior Technical Recruiter | Tidewater Data
        150 W Main St, Suite 1600, Norfolk, VA 23510
        """)
    return message([
        ("Delivered-To", LEAH),
        ("Received", received("by 2002:a05:6a10:8e4c:b0:5c1:2f7:3a1 with SMTP id x12csp91827pxb", when,
                              "Europe/Berlin", "mx1.example.org", LEAH, 1)),
        ("From", ME),
        ("To", ME),
        ("Subject", "Fwd: Interview confirmation - Solutions Architect"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<CAK7v1pTz8nQ1wR5yX3cV0bM6jHkLs2dF9eA4uG@mail.example.org>"),
        ("References", "<CAGs0w7b2YpK9m4Tq1nVxE8fRz3cLh6JdU5oA0sW@mail.gmail.com>"),
        ("In-Reply-To", "<CAGs0w7b2YpK9m4Tq1nVxE8fRz3cLh6JdU5oA0sW@mail.gmail.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 021
@mail("tune_021", family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Recurring Outlook 'Sprint Planning' request (W. Europe Standard Time, RRULE) from the team she currently works with; not an interview")
def tune_021():
    when = "2026-03-26 10:12:33"
    body = t("""
        Hi all,

        Moving sprint planning to Monday mornings from the next sprint on, since Fridays keep
        getting eaten by releases. Please bring your estimates for the top ten tickets in the
        backlog; we'll timebox at 90 minutes.

        Tobias

        """) + TEAMS_EN
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Tobias Ehrlich:mailto:tobias.ehrlich@kranich-software.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leah Brandt:mailto:leah.brandt@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team Falke:mailto:team-falke@kranich-software.de
        DESCRIPTION;LANGUAGE=en-US:Moving sprint planning to Monday mornings from the next sprint on.\n
        RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000B07D1E3F5ABCDC01000000000000000010000000A9E2D47C1F0B3E4D8C6A2F91B07E5D33
        SUMMARY;LANGUAGE=en-US:Sprint Planning (Team Falke)
        DTSTART;TZID=W. Europe Standard Time:20260330T100000
        DTEND;TZID=W. Europe Standard Time:20260330T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260326T091233Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:1
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("DB9PR08MB7291.eurprd08.prod.outlook.com (2603:10a6:10:2c4::9)", when, "Europe/Berlin"),
        ("From", addr("Tobias Ehrlich", "tobias.ehrlich@kranich-software.de")),
        ("To", addr("Team Falke", "team-falke@kranich-software.de")),
        ("CC", addr("Leah Brandt", LEAH)),
        ("Subject", "Sprint Planning (Team Falke)"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<DB9PR08MB7291F0D3A2C4B1E98D7A6C5E30B12@DB9PR08MB7291.eurprd08.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), calendar(ics, cte="base64")))


# ----------------------------------------------------------------------------------------------- 022
@mail("tune_022", family="recruitee", lang="nl", interview=True, kind="scheduled",
      start="2026-05-20T12:00:00Z", end="2026-05-20T13:00:00Z",
      local="Wed 2026-05-20 14:00", local_end="2026-05-20 15:00", zone="Europe/Amsterdam",
      contact="sanne.devries@zeeburgfietsen.nl", company="Zeeburg Fietsen B.V.",
      note="Recruitee confirmation in Dutch: 'woensdag 20 mei 2026, 14:00 - 15:00 (Europe/Amsterdam)' = CEST; no-reply sender, the Head of Data's address is in the body")
def tune_022():
    when = "2026-05-15 09:47:30"
    body = t("""
        Hoi Leah,

        Bedankt voor het kiezen van een tijdslot! Je gesprek voor de functie Data Analist
        E-commerce staat ingepland:

        📅  woensdag 20 mei 2026
        🕑  14:00 - 15:00 (Europe/Amsterdam)
        📍  Zeeburg Fietsen, Cruquiusweg 94, 1019 AH Amsterdam
            Meld je bij de receptie op de eerste verdieping.

        Je spreekt met Sanne de Vries (Head of Data) en Bram Kok (teamlead Marketing). Neem gerust
        je laptop mee als je iets van eerder werk wilt laten zien.

        Lukt het toch niet? Laat het ons zo snel mogelijk weten via sanne.devries@zeeburgfietsen.nl,
        dan zoeken we samen een nieuw moment.

        Tot woensdag!
        Team Zeeburg Fietsen

        Verzonden via Recruitee · Antwoorden op dit adres worden niet gelezen.
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1b1b1b">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hoi Leah,</p>
        <p>Bedankt voor het kiezen van een tijdslot! Je gesprek voor de functie <strong>Data Analist E-commerce</strong> staat ingepland:</p>
        <div style="background:#f3f6f4;border-radius:8px;padding:16px">
        <p style="margin:4px 0">📅 woensdag 20 mei 2026</p>
        <p style="margin:4px 0">🕑 14:00 - 15:00 (Europe/Amsterdam)</p>
        <p style="margin:4px 0">📍 Zeeburg Fietsen, Cruquiusweg 94, 1019 AH Amsterdam<br>Meld je bij de receptie op de eerste verdieping.</p>
        </div>
        <p>Je spreekt met Sanne de Vries (Head of Data) en Bram Kok (teamlead Marketing). Neem gerust je laptop mee als je iets van eerder werk wilt laten zien.</p>
        <p>Lukt het toch niet? Laat het ons zo snel mogelijk weten via <a href="mailto:sanne.devries@zeeburgfietsen.nl">sanne.devries@zeeburgfietsen.nl</a>, dan zoeken we samen een nieuw moment.</p>
        <p>Tot woensdag!<br>Team Zeeburg Fietsen</p>
        <p style="font-size:11px;color:#888">Verzonden via Recruitee &middot; Antwoorden op dit adres worden niet gelezen.</p>
        </div></body></html>
        """)
    return message([
        *inbound("mta-12.recruitee.com (mta-12.recruitee.com [192.0.2.12])", when, "Europe/Amsterdam"),
        ("From", addr("Zeeburg Fietsen", "no-reply@recruitee.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Bevestiging: je sollicitatiegesprek bij Zeeburg Fietsen"),
        ("Date", date(when, "Europe/Amsterdam")),
        ("Message-ID", "<6645f0b2a19c3_7f2e1b4c8d90@recruitee-mailer.mail>"),
    ], alt(text(body), html(page)))


# ----------------------------------------------------------------------------------------------- 023
@mail("tune_023", family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-06-04T08:30:00Z", end=None,
      local="Thu 2026-06-04 10:30", zone="Europe/Paris",
      contact="claire.dubois@maisonvermeil.fr", company="Maison Vermeil",
      note="French prose 'entretien ... le jeudi 4 juin à 10h30' (subject 'Entretien confirmé'); windows-1252 quoted-printable; 'environ 45 minutes' -> end null; June = CEST")
def tune_023():
    when = "2026-05-29 11:26:40"
    body = t("""
        Bonjour Leah,

        Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien pour le
        poste de Responsable e‑commerce le jeudi 4 juin à 10h30, dans nos locaux du 27 quai des
        Chartrons, 33000 Bordeaux (sonnette « Maison Vermeil – bureaux »).

        Vous rencontrerez Mme Isabelle Vermeil, directrice générale, ainsi que M. Hugo Barreau,
        responsable marketing. L’entretien durera environ 45 minutes ; nous vous proposerons
        ensuite un court échange avec l’équipe logistique, si votre emploi du temps le permet.

        En cas d’empêchement, merci de me prévenir au plus tôt par retour de mail ou au
        05 56 00 12 47.

        Dans l’attente de vous rencontrer, je vous prie d’agréer, Madame, l’expression de mes
        salutations distinguées.

        Claire Dubois‑Lefèvre
        Chargée de recrutement – Maison Vermeil
        27 quai des Chartrons – 33000 Bordeaux
        """).replace("\u2011", "-")
    return message([
        *inbound("smtp-out.maisonvermeil.fr (smtp-out.maisonvermeil.fr [192.0.2.88])", when, "Europe/Paris"),
        ("From", addr("Claire Dubois-Lefèvre", "claire.dubois@maisonvermeil.fr", charset="windows-1252")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", enc("Entretien confirmé – Responsable e-commerce", "windows-1252")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<000001dcef2a$5b3c8e40$11b5aac0$@maisonvermeil.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzvKlsk0F9bQ2mXTr6a7n1cE4v8Ww=="),
        ("Content-Language", "fr"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


# ----------------------------------------------------------------------------------------------- 024
@mail("tune_024", family="podcast_interview", lang="en", interview=False, company=None,
      note="Podcast host confirms a recording 'interview' for Thursday 11 June 16:00 BST, with a calendar invite: a confirmed time, but not a job interview",
      days=(("Thu", "2026-06-11"),))
def tune_024():
    when = "2026-06-05 17:40:12"
    body = t("""
        Hi Leah,

        Thanks so much for agreeing to come on The Build Log! We're all set for our recording on
        Thursday 11 June at 16:00 BST (17:00 in Berlin). I've sent a calendar invite too.

        The plan:
        - We'll chat for about 50 minutes about Gleis, your data-lineage library, and what it
          was like taking it from a side project to 2,000 GitHub stars.
        - We record on Riverside: https://riverside.example.com/studio/the-build-log-ep-142
          Headphones and a wired connection help a lot. No video editing, so no need to dress up.
        - The episode goes out about three weeks later; I'll send you the link before it's public.

        If you'd like to see the questions in advance, they're here:
        https://docs.example.com/build-log/ep142-questions

        Cheers,
        Marcus

        Marcus Eriksen
        Host, The Build Log - conversations with people who ship
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260611T150000Z
        DTEND:20260611T160000Z
        DTSTAMP:20260605T164012Z
        ORGANIZER;CN=Marcus Eriksen:mailto:marcus@thebuildlog.fm
        UID:5ktb0q9c1r3m7ep2hd8v6fwn4g@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=leah.brandt@example.org;X-NUM-GUESTS=0:mailto:leah.brandt@example.org
        DESCRIPTION:Recording session for The Build Log ep. 142 - interview with Leah Brandt about Gleis. Studio: https://riverside.example.com/studio/the-build-log-ep-142
        LOCATION:Riverside studio
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:The Build Log - interview recording with Leah Brandt
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail-pj1-f46.google.com (mail-pj1-f46.google.com [203.0.113.46])", when, "Europe/London"),
        ("From", addr("Marcus Eriksen", "marcus@thebuildlog.fm")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Confirmed: your interview for The Build Log - Thu 11 June, 16:00 BST"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<CAM2qkS0e7Xp4vTz1nRb9yWc3LfG8hJd5oU6aK@mail.gmail.com>"),
    ], mixed(alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))),
             calendar(ics, disposition="attachment", filename="invite.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 025
@mail("tune_025", family="modernloop", lang="en", interview=True, kind="scheduled",
      start="2026-05-14T16:00:00Z", end="2026-05-14T18:30:00Z",
      local="Thu 2026-05-14 09:00", local_end="2026-05-14 11:30", zone="America/Los_Angeles",
      contact="marisol.vega@quantavista.com", company="Quanta Vista",
      note="ModernLoop virtual-onsite itinerary, three sessions 9:00-11:30 AM PDT: start = first session, end = last session's end; contact = Reply-To coordinator")
def tune_025():
    when = "2026-05-08 17:30:02"
    body = t("""
        Hi Leah,

        Your virtual onsite with Quanta Vista is confirmed. Here is your schedule for
        Thursday, May 14, 2026 (all times Pacific Daylight Time, UTC-7):

          9:00 AM - 9:45 AM    Coding & problem solving      Arjun Mehta, Senior Software Engineer
         10:00 AM - 10:45 AM   System design                 Hollis Grant, Staff Engineer
         11:00 AM - 11:30 AM   Hiring manager conversation   Nadia Petrov, Engineering Manager

        Each session has its own Zoom link in the calendar invitations you'll receive from our
        interviewers. There are 15-minute breaks between sessions - grab a coffee!

        Before the day:
        - The coding session uses CoderPad; no setup needed, but try the sandbox:
          https://app.coderpad.io/sandbox
        - Bring questions. Nadia likes talking about how the team runs on-call.

        View your itinerary in the candidate portal:
        https://candidate.modernloop.io/quantavista/itinerary/8f21c0d4e7

        If anything comes up, reply to this email and I'll take care of it.

        Marisol Vega
        Recruiting Coordinator, Quanta Vista

        Scheduled with ModernLoop
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#111827">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hi Leah,</p>
        <p>Your virtual onsite with <b>Quanta Vista</b> is confirmed. Here is your schedule for <b>Thursday, May 14, 2026</b> (all times Pacific Daylight Time, UTC&minus;7):</p>
        <table cellpadding="8" cellspacing="0" style="border:1px solid #e5e7eb;font-size:14px;width:100%">
        <tr style="background:#f9fafb"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>9:00 AM &ndash; 9:45 AM</td><td>Coding &amp; problem solving</td><td>Arjun Mehta, Senior Software Engineer</td></tr>
        <tr><td>10:00 AM &ndash; 10:45 AM</td><td>System design</td><td>Hollis Grant, Staff Engineer</td></tr>
        <tr><td>11:00 AM &ndash; 11:30 AM</td><td>Hiring manager conversation</td><td>Nadia Petrov, Engineering Manager</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you'll receive from our interviewers. There are 15-minute breaks between sessions &ndash; grab a coffee!</p>
        <p><a href="https://candidate.modernloop.io/quantavista/itinerary/8f21c0d4e7">View your itinerary</a></p>
        <p>If anything comes up, reply to this email and I'll take care of it.</p>
        <p>Marisol Vega<br>Recruiting Coordinator, Quanta Vista</p>
        <p style="font-size:11px;color:#6b7280">Scheduled with ModernLoop</p>
        </div></body></html>
        """)
    return message([
        *inbound("mail-out-2.modernloop.io (mail-out-2.modernloop.io [198.51.100.92])", when, "America/Los_Angeles"),
        ("From", addr("Quanta Vista Recruiting", "notifications@modernloop.io")),
        ("Reply-To", addr("Marisol Vega", "marisol.vega@quantavista.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Your virtual onsite with Quanta Vista is confirmed - Thu, May 14"),
        ("Date", date(when, "America/Los_Angeles")),
        ("Message-ID", "<itinerary.8f21c0d4e7.1778286602@modernloop.io>"),
    ], alt(text(body, charset="us-ascii", cte="quoted-printable"), html(page)))


# ----------------------------------------------------------------------------------------------- 026
@mail("tune_026", family="one_way_video", lang="en", interview=False, company="Solano Retail Group",
      note="HireVue on-demand (one-way) video interview with a 'complete by Friday, May 15, 11:59 PM EDT' deadline; no live meeting at a set time",
      days=(("Fri", "2026-05-15"),))
def tune_026():
    when = "2026-05-11 09:15:27"
    body = t("""
        Hi Leah,

        Thank you for your interest in the Merchandise Planner position at Solano Retail Group!
        As the next step, we invite you to complete an on-demand video interview.

        Please complete your interview by: Friday, May 15, 2026 at 11:59 PM EDT

        What to expect:
        - 5 questions; you'll have 30 seconds to prepare and up to 3 minutes to answer each one
        - There is no live interviewer - you record your answers whenever it suits you
        - Plan for about 20 minutes in a quiet place with a webcam

        Start your interview: https://app.hirevue.com/interviews/solano/2b7e41f0c9/start

        You can take a practice question first so you get comfortable with the format.

        Good luck!
        Solano Retail Group Talent Acquisition

        Technical issues? Visit https://candidate.hirevue.com/support
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>")
            + "</body></html>\n")
    return message([
        *inbound("mta-003.hirevue.com (mta-003.hirevue.com [198.51.100.3])", when, "America/New_York"),
        ("From", addr("Solano Retail Group", "noreply@hirevue.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Action required: complete your HireVue interview for Merchandise Planner"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<20260511131527.2b7e41f0c9.invite@hirevue.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii", cte="7bit")))


# ----------------------------------------------------------------------------------------------- 027
TEAMS_IN = TEAMS_EN.replace("281 604 937 552", "415 207 668 190").replace("7Xq3Vb", "Gh5Ty2").replace(
    "OGQ1ZTRmYzItYjE3Ny00ZDc4LTk2NzQtZDg2ZjE2YjQwZTM1", "ZTM4YjEwYTAtNGU1Yy00MjM0LWE3ZjMtYzg5MDFkMmE2YjQ0")


@mail("tune_027", family="outlook_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-07-08T06:00:00Z", end="2026-07-08T07:00:00Z",
      local="Wed 2026-07-08 11:30", local_end="2026-07-08 12:30", zone="Asia/Kolkata",
      contact="rahul.kulkarni@vindhyalabs.in", company="Vindhya Software Labs",
      note="Outlook meeting request with TZID 'India Standard Time' (UTC+05:30, no DST): 11:30-12:30 IST; Indian-English body; organizer = sender")
def tune_027():
    when = "2026-07-02 18:20:11"
    body = t("""
        When: Wednesday, July 8, 2026 11:30 AM-12:30 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.
        Where: Microsoft Teams Meeting

        Dear Leah,

        Greetings from Vindhya Software Labs!

        Please find below the invite for your Technical Discussion (Round 2) for the position of
        Backend Engineer - Platform. The panel will consist of Mr. Sandeep Joshi (Principal
        Engineer) and Ms. Aparna Iyer (Engineering Manager).

        Kindly join 5 minutes before the scheduled time and keep your video on during the
        discussion. Please keep a stable internet connection and a pen and paper handy.

        Regards,
        Rahul Kulkarni
        Talent Acquisition | Vindhya Software Labs Pvt. Ltd.
        Baner Road, Pune 411045

        """) + TEAMS_IN
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["India Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Rahul Kulkarni:mailto:rahul.kulkarni@vindhyalabs.in
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=leah.brandt@example.org:mailto:leah.brandt@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandeep Joshi:mailto:sandeep.joshi@vindhyalabs.in
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aparna Iyer:mailto:aparna.iyer@vindhyalabs.in
        DESCRIPTION;LANGUAGE=en-IN:Dear Leah\,\n\nGreetings from Vindhya Software Labs!\n\nPlease find below the invite for your Technical Discussion (Round 2) for the position of Backend Engineer - Platform.\n\nRegards\,\nRahul Kulkarni\n
        UID:040000008200E00074C5B7101A82E008000000005E3F0C2A88EADC01000000000000000010000000D1B8A3E07C4F6B42A5E9D0C3F27B8A16
        SUMMARY;LANGUAGE=en-IN:Technical Interview - Backend Engineer (Leah Brandt)
        DTSTART;TZID=India Standard Time:20260708T113000
        DTEND;TZID=India Standard Time:20260708T123000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260702T125011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-IN:Microsoft Teams Meeting
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
    return message([
        *inbound("PN3PR01MB9126.INDPRD01.PROD.OUTLOOK.COM (2603:1096:c01:a5::7)", when, "Asia/Kolkata"),
        ("From", addr("Rahul Kulkarni", "rahul.kulkarni@vindhyalabs.in")),
        ("To", LEAH),
        ("CC", addr("Sandeep Joshi", "sandeep.joshi@vindhyalabs.in") + ", " + addr("Aparna Iyer", "aparna.iyer@vindhyalabs.in")),
        ("Subject", "Technical Interview - Backend Engineer (Leah Brandt)"),
        ("Thread-Topic", "Technical Interview - Backend Engineer (Leah Brandt)"),
        ("Date", date(when, "Asia/Kolkata")),
        ("Message-ID", "<PN3PR01MB9126A7C0D5E2B93F1E6A48D20C157@PN3PR01MB9126.INDPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-IN"),
    ], alt(text(body, charset="us-ascii", cte="quoted-printable"), calendar(ics, cte="base64")))


# ----------------------------------------------------------------------------------------------- 028
@mail("tune_028", family="job_alert", lang="de", interview=False, company=None,
      note="German job-board alert; 'Vorstellungsgespräche ab 20.04.' and 'Schnelle Rückmeldung' badges are listing features, not a confirmation")
def tune_028():
    when = "2026-04-13 07:00:04"
    body = t("""
        JobRadar – Ihr Suchauftrag »Data Engineer« in Berlin

        Hallo Leah,

        seit gestern gibt es 12 neue Stellen, die zu Ihrem Suchauftrag passen. Hier sind die
        Top-Treffer:

        1) Senior Data Engineer (m/w/d) – Spreeport Logistics GmbH, Berlin-Friedrichshain
           Vollzeit · 70.000–85.000 € · Hybrid
           ⚡ Schnelle Rückmeldung – Vorstellungsgespräche ab 20.04.
           https://www.jobradar.example.de/job/8812034

        2) Data Engineer Streaming (w/m/d) – Tegel Analytics AG, Berlin-Mitte
           Vollzeit · Remote möglich
           https://www.jobradar.example.de/job/8812977

        3) Analytics Engineer (all genders) – Lindwurm Games, Berlin-Kreuzberg
           Vollzeit · 4-Tage-Woche
           ⭐ Top-Arbeitgeber 2026
           https://www.jobradar.example.de/job/8813150

        Alle 12 Treffer ansehen: https://www.jobradar.example.de/suchauftrag/3f91

        Tipp der Woche: Bereiten Sie sich mit unserem Leitfaden »Das Vorstellungsgespräch – die
        20 häufigsten Fragen« auf Ihr nächstes Gespräch vor.

        Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
        Suchauftrag bearbeiten oder abbestellen: https://www.jobradar.example.de/abmelden/3f91
        JobRadar GmbH · Torstraße 140 · 10119 Berlin
        """)
    return message([
        *inbound("mailout-07.jobradar.example.de (mailout-07.jobradar.example.de [192.0.2.207])", when, "Europe/Berlin"),
        ("From", addr("JobRadar", "alerts@jobradar.example.de")),
        ("To", LEAH),
        ("Subject", enc("12 neue Jobs für »Data Engineer« in Berlin")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<alert.3f91.20260413050004@jobradar.example.de>"),
        ("List-Unsubscribe", "<https://www.jobradar.example.de/abmelden/3f91>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], text(body, cte="quoted-printable"))


# ----------------------------------------------------------------------------------------------- 029
@mail("tune_029", family="paradox", lang="en", interview=True, kind="scheduled",
      start="2026-04-24T17:00:00Z", end=None,
      local="Fri 2026-04-24 10:00", zone="America/Phoenix",
      contact=None, company="Sunbelt Grocers",
      note="Paradox (Olivia) confirmation, HTML only: 10:00 AM MST Arizona time (Arizona keeps UTC-7 all year, no DST) = 17:00Z; no duration; no human address anywhere -> contact null")
def tune_029():
    when = "2026-04-21 13:05:33"
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#eef3f7;font-family:'Helvetica Neue',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px;font-size:16px;color:#23303b">
        <tr><td style="padding:28px 28px 0"><img src="https://cdn.paradox.ai/sunbeltgrocers/logo.png" alt="Sunbelt Grocers" height="36"></td></tr>
        <tr><td style="padding:20px 28px 0">Hi Leah! &#128075;</td></tr>
        <tr><td style="padding:12px 28px 0">It's Olivia, the virtual recruiting assistant for Sunbelt Grocers. You're all set &ndash; your interview is confirmed!</td></tr>
        <tr><td style="padding:20px 28px 0">
        <div style="border:1px solid #d8e2ea;border-radius:10px;padding:16px">
        <div style="font-size:13px;color:#6a7c8b;text-transform:uppercase">Interview details</div>
        <div style="font-weight:bold;margin-top:6px">Category Insights Analyst</div>
        <div>Friday, April 24, 2026 at 10:00 AM MST (Arizona time)</div>
        <div>Video interview &ndash; Microsoft Teams (link below)</div>
        <div>With: Dana Prescott, Category Insights Manager</div>
        </div></td></tr>
        <tr><td style="padding:20px 28px 0"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_c3VuYmVsdC1ncm9jZXJzLTIwMjY%40thread.v2/0" style="display:inline-block;background:#1c6dd0;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:8px">Join interview</a></td></tr>
        <tr><td style="padding:20px 28px 0">Need to reschedule? Just reply to my text message or <a href="https://olivia.paradox.ai/sunbeltgrocers/r/Zx81Kq">click here</a> and I'll find you a new time.</td></tr>
        <tr><td style="padding:20px 28px 28px">Good luck &ndash; we can't wait to meet you!<br>Olivia &middot; Sunbelt Grocers Recruiting</td></tr>
        </table>
        <p style="font-size:11px;color:#8a9aa8">Powered by Paradox &middot; Please do not reply to this email.</p>
        </td></tr></table></body></html>
        """)
    return message([
        *inbound("mail-out-5.paradox.ai (mail-out-5.paradox.ai [198.51.100.150])", when, "America/Phoenix"),
        ("From", addr("Olivia at Sunbelt Grocers", "sunbeltgrocers@paradox.ai")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "You're confirmed! Interview with Sunbelt Grocers on Fri, Apr 24"),
        ("Date", date(when, "America/Phoenix")),
        ("Message-ID", "<20260421200533.Zx81Kq.olivia@paradox.ai>"),
    ], html(page))


# ----------------------------------------------------------------------------------------------- 030
@mail("tune_030", family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-09-14T13:30:00Z", end="2026-09-14T14:15:00Z",
      local="Mon 2026-09-14 09:30", local_end="2026-09-14 10:15", zone="America/New_York",
      contact="tanya.brooks@oakhurstcr.com", company="Oakhurst Clinical Research",
      note="Prose reschedule: 'we need to move your interview from Thursday (9/10) at 1 PM to Monday, September 14 at 9:30 AM Eastern', 'still 45 minutes' -> end; start = the new time")
def tune_030():
    when = "2026-09-09 11:48:26"
    body = t("""
        Hi Leah,

        I'm so sorry for the shuffle - Dr. Alvarez has been pulled into a sponsor audit on
        Thursday, so we need to move your interview from Thursday (9/10) at 1 PM to Monday,
        September 14 at 9:30 AM Eastern. Everything else stays the same: same Zoom link, same
        panel, still 45 minutes.

        If Monday morning doesn't work on your end, let me know and I'll find another slot early
        next week.

        Thanks for your flexibility,
        Tanya

        Tanya Brooks
        Talent Acquisition Specialist
        Oakhurst Clinical Research | Raleigh, NC
        """)
    return message([
        *inbound("mail-qt1-f177.google.com (mail-qt1-f177.google.com [203.0.113.177])", when, "America/New_York"),
        ("From", addr("Tanya Brooks", "tanya.brooks@oakhurstcr.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Change of time - your interview with Oakhurst"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<CAPx7Wq3r0Kd2Yb9nZ1cT5vLm8eHf4sG6jA0uO@mail.gmail.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 031
@mail("tune_031", family="application_ack", lang="es", interview=False, company="Cala Verde Hoteles",
      note="Workable application receipt in Spanish; 'te contactaremos para concertar una entrevista' is conditional; only a closing date",
      days=(("Fri", "2026-07-17"),))
def tune_031():
    when = "2026-07-06 10:02:45"
    body = t("""
        Hola, Leah:

        ¡Gracias por tu interés en Cala Verde Hoteles! Hemos recibido correctamente tu candidatura
        para el puesto de Revenue Analyst (Palma de Mallorca).

        Nuestro equipo de Personas revisará tu perfil en los próximos días. Si encaja con lo que
        buscamos, te contactaremos para concertar una primera entrevista telefónica. El proceso de
        selección para esta vacante se cerrará el viernes 17 de julio.

        Mientras tanto, puedes conocer mejor nuestros hoteles en https://www.calaverde.example.es

        Un saludo,
        El equipo de Personas de Cala Verde Hoteles

        Este mensaje se ha enviado automáticamente a través de Workable. Por favor, no respondas.
        """)
    return message([
        *inbound("mail-190-44.candidates.workablemail.com (mail-190-44.candidates.workablemail.com [198.51.100.144])", when, "Europe/Madrid"),
        ("From", addr("Cala Verde Hoteles", "noreply@candidates.workablemail.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Hemos recibido tu candidatura - Revenue Analyst"),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<668910c5e2b71_5f3a9c0d12e8@workable-mailer-7b6d5c4f3-q9w8e.mail>"),
    ], text(body, cte="quoted-printable"))


# ----------------------------------------------------------------------------------------------- 032
@mail("tune_032", family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-03-27T15:30:00Z", end="2026-03-27T16:00:00Z",
      local="Fri 2026-03-27 11:30", local_end="2026-03-27 12:00", zone="America/Toronto",
      contact=None, company="Graniteview Credit Union",
      note="Microsoft Bookings confirmation from a shared booking mailbox; the body's zone label '(UTC-05:00) Eastern Time (US & Canada)' is the zone's name, on 27 March Toronto is on EDT so 11:30 = 15:30Z (ICS TZID 'Eastern Standard Time' agrees); staff member named but no personal address -> contact null")
def tune_032():
    when = "2026-03-20 14:27:09"
    body = t("""
        Hi Leah Brandt,

        Thanks for booking with Graniteview Talent Acquisition. Your booking is confirmed.

        Interview - Member Analytics Specialist
        Friday, March 27, 2026
        11:30 AM - 12:00 PM (UTC-05:00) Eastern Time (US & Canada)

        Staff: Mei-Lin Cho

        Microsoft Teams meeting
        Join your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z3Jhbml0ZXZpZXctYm9va2luZ3M%40thread.v2/0

        Need to make a change? Manage your booking:
        https://outlook.office365.com/owa/calendar/GraniteviewTalentAcquisition@graniteviewcu.onmicrosoft.com/bookings/s/Hq2x0cE4TUa9n1vR7mYbLw2

        Graniteview Credit Union
        200 King Street West, Toronto, ON M5H 3T4
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Segoe,Tahoma,sans-serif;color:#323130;font-size:14px">
        <div style="max-width:600px;margin:0 auto">
        <p>Hi Leah Brandt,</p>
        <p>Thanks for booking with Graniteview Talent Acquisition. Your booking is confirmed.</p>
        <div style="border:1px solid #edebe9;padding:16px">
        <div style="font-size:18px;font-weight:600">Interview - Member Analytics Specialist</div>
        <div>Friday, March 27, 2026</div>
        <div>11:30 AM - 12:00 PM (UTC-05:00) Eastern Time (US &amp; Canada)</div>
        <div style="margin-top:8px;color:#605e5c">Staff: Mei-Lin Cho</div>
        <div style="margin-top:12px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z3Jhbml0ZXZpZXctYm9va2luZ3M%40thread.v2/0">Join your appointment</a></div>
        </div>
        <p><a href="https://outlook.office365.com/owa/calendar/GraniteviewTalentAcquisition@graniteviewcu.onmicrosoft.com/bookings/s/Hq2x0cE4TUa9n1vR7mYbLw2">Manage booking</a></p>
        <p style="color:#605e5c;font-size:12px">Graniteview Credit Union<br>200 King Street West, Toronto, ON M5H 3T4</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Graniteview Talent Acquisition:mailto:GraniteviewTalentAcquisition@graniteviewcu.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Leah Brandt:mailto:leah.brandt@example.org
        DESCRIPTION;LANGUAGE=en-US:Interview - Member Analytics Specialist with Mei-Lin Cho\n
        UID:040000008200E00074C5B7101A82E00800000000C3E4A91F2BB8DC010000000000000000100000007E0C5B3A9D1F2E48B6A0C4E8F91D7B25
        SUMMARY;LANGUAGE=en-US:Interview - Member Analytics Specialist
        DTSTART;TZID=Eastern Standard Time:20260327T113000
        DTEND;TZID=Eastern Standard Time:20260327T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260320T182709Z
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
        *inbound("YT3PR01MB8874.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:b01:7e::11)", when, "America/Toronto"),
        ("From", addr("Graniteview Talent Acquisition", "GraniteviewTalentAcquisition@graniteviewcu.onmicrosoft.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Your booking with Graniteview Talent Acquisition has been confirmed"),
        ("Date", date(when, "America/Toronto")),
        ("Message-ID", "<YT3PR01MB8874B2E9C0A14D7F3E5C68A2D1B90@YT3PR01MB8874.CANPRD01.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-BookingsMailbox", "True"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", disposition="attachment", filename="invite.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 033
@mail("tune_033", family="auto_reply", lang="en", interview=False, company="Corbel Studios",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) that mentions interviews scheduled this week and a return date; confirms nothing",
      days=(("Mon", "2026-04-13"),))
def tune_033():
    when = "2026-04-07 09:01:12"
    body = t("""
        Thank you for your email.

        I am on annual leave until Monday 13 April and will have limited access to email.

        If your message concerns an interview scheduled for this week, please contact my
        colleague Ben Carter (ben.carter@corbelstudios.com), who can confirm times and send
        joining details. Otherwise I will reply when I'm back.

        Kind regards,
        Nadia Hussain
        People Partner | Corbel Studios
        """)
    return message([
        *inbound("mail-am6eur05on2139.outbound.protection.outlook.com (mail-am6eur05on2139.outbound.protection.outlook.com [40.107.22.139])", when, "Europe/London"),
        ("From", addr("Nadia Hussain", "nadia.hussain@corbelstudios.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Automatic reply: Interview availability - Leah Brandt"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<AM9PR03MB6918F2B1E0C7A3D58B4C9E61A07F3@AM9PR03MB6918.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", "<CAK7v1pS2bX9mQ4eW0rT7yZc1LhFd8gN3uA5oV@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "nadia.hussain@corbelstudios.com"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 034
@mail("tune_034", family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-05-19T08:30:00Z", end=None,
      local="Tue 2026-05-19 10:30", zone="Europe/Madrid",
      contact="lucia.herrero@olivardigital.es", company="Olivar Digital S.L.",
      note="Spanish prose 'el martes 19 de mayo a las 10:30 (hora de Madrid)', 'Entrevista confirmada'; 'una hora aproximadamente' -> end null; 8bit utf-8")
def tune_034():
    when = "2026-05-13 17:09:55"
    body = t("""
        Hola, Leah:

        ¡Gracias por tu respuesta tan rápida! Te confirmo la entrevista para el puesto de Analista
        de Datos el martes 19 de mayo a las 10:30 (hora de Madrid) por Google Meet. Estaremos
        Javier Molina, nuestro director de tecnología, y yo. Calcula una hora aproximadamente.

        Enlace de la videollamada: https://meet.google.com/hqv-tnzo-bwa

        Si te surge cualquier imprevisto, escríbeme a este mismo correo y buscamos otro hueco.

        Un saludo,

        Lucía Herrero
        Talento | Olivar Digital
        Avenida de la Constitución 21, 41004 Sevilla
        """)
    return message([
        *inbound("mail-lf1-f53.google.com (mail-lf1-f53.google.com [203.0.113.53])", when, "Europe/Madrid"),
        ("From", addr("Lucía Herrero", "lucia.herrero@olivardigital.es")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Entrevista confirmada - Analista de Datos (Olivar Digital)"),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<CAN0b4Jq8sLx2Yv6Tw1eR9cZm3fKh7dG5oA2uP@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# ----------------------------------------------------------------------------------------------- 035
@mail("tune_035", family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-09T09:30:00Z", end="2026-09-09T10:30:00Z",
      local="Wed 2026-09-09 15:00", local_end="2026-09-09 16:00", zone="Asia/Kolkata",
      contact="kavya.nair@saffronleaf.in", company="Saffronleaf Payments",
      note="Greenhouse in a new phrasing ('Locked in'), 'Wed, 9 Sep 2026 - 15:00-16:00 IST (GMT+5:30)'; ICS in UTC attached; contact = Reply-To talent partner")
def tune_035():
    when = "2026-09-03 10:15:40"
    body = t("""
        Hi Leah,

        You're all set for the next step. Here's what we've booked:

        Technical round - Senior Backend Engineer (Payments Core)
        Wed, 9 Sep 2026 · 15:00–16:00 IST (GMT+5:30)
        Google Meet: https://meet.google.com/rzu-kwcd-pne
        Panel: Aditya Rao (Staff Engineer), Meghna Shetty (Engineering Manager)

        What to expect: 15 minutes on your background, then a 45-minute pairing exercise in a
        shared editor. Use whichever language you're most comfortable with.

        If something comes up, just hit reply and Kavya will sort it out.

        Cheers,
        Kavya Nair
        Talent Partner, Saffronleaf Payments

        Powered by Greenhouse
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software Inc//Greenhouse Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:2b9f7c31-6e0a-4d58-91c4-f0e3a8d2b765@greenhouse.io
        DTSTAMP:20260903T101540Z
        DTSTART:20260909T093000Z
        DTEND:20260909T103000Z
        SEQUENCE:0
        SUMMARY:Technical round - Senior Backend Engineer (Payments Core) - Saffronleaf Payments
        LOCATION:https://meet.google.com/rzu-kwcd-pne
        DESCRIPTION:Panel: Aditya Rao (Staff Engineer)\, Meghna Shetty (Engineering Manager)
        ORGANIZER;CN=Kavya Nair:mailto:kavya.nair@saffronleaf.in
        ATTENDEE;CN=Leah Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:leah.brandt@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("o4.email.greenhouse.io (o4.email.greenhouse.io [198.51.100.24])", when, "UTC"),
        ("From", addr("Saffronleaf Payments", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Kavya Nair", "kavya.nair@saffronleaf.in")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Locked in: your technical round with Saffronleaf Payments"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<Fq0Lr7zPQ1mW8tBy2cXn5g@geopod-ismtpd-19>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", disposition="attachment", filename="interview.ics")))


# ----------------------------------------------------------------------------------------------- 036
@mail("tune_036", family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Meetup RSVP 'You're going!' for a panel titled 'Interviewing for data roles' on Thursday 24 September; an event, not a job interview",
      days=(("Thu", "2026-09-24"),))
def tune_036():
    when = "2026-09-18 16:44:09"
    body = t("""
        You're going!

        Data Careers Berlin
        Interviewing for data roles: a hiring managers' panel

        Thursday, September 24, 2026
        7:00 PM to 9:30 PM CEST

        Factory Görlitzer Park
        Lohmühlenstraße 65, Berlin

        What to expect: four hiring managers from Berlin data teams talk about what they look for
        in technical interviews, take-home tasks and portfolio reviews - and what makes them say
        no. Q&A and pizza afterwards.

        Add to calendar: https://www.meetup.example.com/data-careers-berlin/events/311204877/ics/
        Can't make it? Update your RSVP so someone on the waitlist can come:
        https://www.meetup.example.com/data-careers-berlin/events/311204877/

        Meetup, 632 Broadway, New York, NY 10012
        Unsubscribe from RSVP emails: https://www.meetup.example.com/account/comm/
        """)
    return message([
        *inbound("mail-out-41.meetup.example.com (mail-out-41.meetup.example.com [192.0.2.41])", when, "UTC"),
        ("From", addr("Meetup", "info@meetup.example.com")),
        ("To", LEAH),
        ("Subject", "You're going to Interviewing for data roles: a hiring managers' panel"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<rsvp.311204877.88120461@meetup.example.com>"),
        ("List-Unsubscribe", "<https://www.meetup.example.com/account/comm/>"),
        ("Precedence", "bulk"),
    ], text(body))


# ----------------------------------------------------------------------------------------------- 037
TEAMS_UK = TEAMS_EN.replace("281 604 937 552", "329 114 578 006").replace("7Xq3Vb", "n4Rk8P").replace(
    "OGQ1ZTRmYzItYjE3Ny00ZDc4LTk2NzQtZDg2ZjE2YjQwZTM1", "YTdhMDk1ZmQtOGI0Mi00OWU3LTg2NTAtZjQ5MmQzZTAxNWE3")


@mail("tune_037", family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-04-23T14:30:00Z", end="2026-04-23T15:30:00Z",
      local="Thu 2026-04-23 15:30", local_end="2026-04-23 16:30", zone="Europe/London",
      contact="hannah.pryce@ashgrovebs.co.uk", company="Ashgrove Building Society",
      note="Outlook meeting update (METHOD:REQUEST, SEQUENCE:2) with TZID 'GMT Standard Time': moved from Wednesday to Thursday 23 April 15:30-16:30; April is BST so 14:30Z although the 'When' line reads '(UTC+00:00) Dublin, Edinburgh, Lisbon, London'")
def tune_037():
    when = "2026-04-20 17:34:50"
    body = t("""
        When: 23 April 2026 15:30-16:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Leah,

        Apologies for the change - Gareth now has to attend a regulator meeting on Wednesday, so
        I've moved us to the same time on Thursday instead. I hope that still suits; the Teams
        link hasn't changed.

        Kind regards,
        Hannah

        Hannah Pryce | Resourcing Advisor
        Ashgrove Building Society | Wellington Place, Leeds LS1 4AP

        """) + TEAMS_UK
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Hannah Pryce:mailto:hannah.pryce@ashgrovebs.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leah Brandt:mailto:leah.brandt@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gareth Lloyd:mailto:gareth.lloyd@ashgrovebs.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Leah\,\n\nApologies for the change - Gareth now has to attend a regulator meeting on Wednesday\, so I've moved us to the same time on Thursday instead.\n\nKind regards\,\nHannah\n
        UID:040000008200E00074C5B7101A82E00800000000F17B2D0E93C9DC010000000000000000100000002C8E4A1B6F3D0947A85B1E2C9D0F6A73
        SUMMARY;LANGUAGE=en-GB:Interview - Risk Data Analyst (Leah Brandt)
        DTSTART;TZID=GMT Standard Time:20260423T153000
        DTEND;TZID=GMT Standard Time:20260423T163000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260420T163450Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:1766254018
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
        *inbound("CWLP265MB5482.GBRP265.PROD.OUTLOOK.COM (2603:10a6:400:1b2::6)", when, "Europe/London"),
        ("From", addr("Hannah Pryce", "hannah.pryce@ashgrovebs.co.uk")),
        ("To", addr("Leah Brandt", LEAH)),
        ("CC", addr("Gareth Lloyd", "gareth.lloyd@ashgrovebs.co.uk")),
        ("Subject", "Interview - Risk Data Analyst (Leah Brandt)"),
        ("Thread-Topic", "Interview - Risk Data Analyst (Leah Brandt)"),
        ("Thread-Index", "AdrQmX1c4Ty0A7eHQ+O2bWk9n3LZ5gAAB2Xw"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<CWLP265MB54820E1D7A9B3C2F4E6D81C3F0A52@CWLP265MB5482.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], alt(text(body, charset="us-ascii", cte="quoted-printable"), calendar(ics, cte="base64")))


# ----------------------------------------------------------------------------------------------- 038
@mail("tune_038", family="offer", lang="en", interview=False, company="Wrenfield Health",
      note="Offer of employment: mentions the final interview on Monday 29 June, a start date and a signing deadline, and offers an optional call; no interview is being set",
      days=(("Mon", "2026-06-29"), ("Mon", "2026-08-03"), ("Fri", "2026-07-10")))
def tune_038():
    when = "2026-07-03 15:10:27"
    body = t("""
        Dear Leah,

        Following your final interview on Monday 29 June, I'm delighted to offer you the position
        of Senior Data Scientist at Wrenfield Health. Everyone you met was impressed, and Priya in
        particular is excited to have you join the forecasting team.

        The headline terms are:
        - Salary: £78,000 per annum, plus a 10% annual bonus target
        - Start date: Monday 3 August 2026 (we can be flexible by a couple of weeks)
        - Hybrid working: two days a week in our Manchester office
        - 27 days' holiday plus bank holidays

        Your contract and offer letter are waiting for you in DocuSign. Please sign and return
        them by 17:00 BST on Friday 10 July. If you'd like to talk anything through before then,
        I'm happy to set up a call - just send me a couple of times that work for you.

        Congratulations, and welcome (almost) to Wrenfield!

        Warm regards,
        Chloe Hartley
        Head of Talent, Wrenfield Health
        """)
    return message([
        *inbound("mail-wm1-f49.google.com (mail-wm1-f49.google.com [203.0.113.49])", when, "Europe/London"),
        ("From", addr("Chloe Hartley", "chloe.hartley@wrenfieldhealth.co.uk")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Offer of employment - Senior Data Scientist"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<CAB5u1Nc7yQ0mTz3Lr8vXe2bW9fHk4dS6gA1oJ@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 039
@mail("tune_039", family="bamboohr", lang="en", interview=True, kind="scheduled",
      start="2026-06-15T16:00:00Z", end=None,
      local="Mon 2026-06-15 10:00", zone="America/Boise",
      contact="travis.holm@copperline.co", company="Copperline Outfitters",
      note="BambooHR message sent through the notifications address; 'Monday, June 15 at 10:00 AM Mountain Time' (Boise, MDT = UTC-6); 'about 30 minutes' -> end null; contact = Reply-To")
def tune_039():
    when = "2026-06-09 09:12:45"
    body = t("""
        Hi Leah,

        Thanks for applying for the Ecommerce Analyst position! We'd like to get to know you a bit
        better, so I've put a phone interview on the calendar for Monday, June 15 at 10:00 AM
        Mountain Time. I'll call you at the number you listed on your application, so there's
        nothing to download. Plan on about 30 minutes.

        If that time no longer works, reply to this email and we'll find another one.

        Talk soon,
        Travis Holm
        People & Culture Manager | Copperline Outfitters
        Boise, Idaho
        """)
    return message([
        *inbound("mail-out-14.bamboohr.com (mail-out-14.bamboohr.com [198.51.100.114])", when, "America/Boise"),
        ("From", addr("Travis Holm via BambooHR", "notifications@app.bamboohr.com")),
        ("Reply-To", addr("Travis Holm", "travis.holm@copperline.co")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Phone interview - Ecommerce Analyst at Copperline Outfitters"),
        ("Date", date(when, "America/Boise")),
        ("Message-ID", "<bamboohr.ats.1781018165.55821@app.bamboohr.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 040
@mail("tune_040", family="assessment_deadline", lang="en", interview=False, company="Kiln Systems",
      note="CodeSignal coding assessment with a 'complete by Friday, June 12, 11:59 PM CEST' deadline; a later technical interview is only a possibility",
      days=(("Fri", "2026-06-12"),))
def tune_040():
    when = "2026-06-08 07:02:18"
    body = t("""
        Hi Leah,

        Kiln Systems has invited you to take a coding assessment for the Backend Engineer (Rust)
        role.

        Complete by: Friday, June 12, 2026, 11:59 PM CEST
        Duration: 70 minutes once you start (you can't pause)
        Format: 4 tasks, any of 40+ languages

        Start your assessment: https://app.codesignal.com/test/Kx2f9Q0b7m

        Tips: use a desktop browser, close other tabs, and try the practice question first. Once
        you submit, the Kiln Systems team reviews your results and will be in touch about next
        steps, which may include a technical interview.

        Good luck!
        The CodeSignal team, on behalf of Kiln Systems
        """)
    return message([
        *inbound("o18.sg.codesignal.com (o18.sg.codesignal.com [198.51.100.18])", when, "UTC"),
        ("From", addr("Kiln Systems via CodeSignal", "no-reply@codesignal.com")),
        ("To", LEAH),
        ("Subject", "Kiln Systems invited you to take a coding assessment"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<Kx2f9Q0b7m.invite.1780902138@codesignal.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 041
@mail("tune_041", family="reply_quoted", lang="en", interview=True, kind="scheduled",
      start="2026-04-28T17:00:00Z", end="2026-04-28T18:00:00Z",
      local="Tue 2026-04-28 11:00", local_end="2026-04-28 12:00", zone="America/Denver",
      contact="aaron.feldman@bellweathergrid.com", company="Bellweather Grid",
      note="Short reply from the hiring manager above the recruiter's quoted confirmation ('Tuesday, April 28 from 11:00 AM to 12:00 PM Mountain Time (MDT)'); no Reply-To/ICS, so contact = the human sender (the recruiter is only cc'd/quoted)")
def tune_041():
    when = "2026-04-24 08:15:00"
    body = t("""
        Hi Leah,

        Looking forward to Tuesday. Quick heads-up: Sunita Rao from our platform team will join
        me for the second half, so expect a few questions on the forecasting pipeline.

        Aaron

        On Thu, Apr 23, 2026 at 9:02 AM Nico Alvarez <nico.alvarez@bellweathergrid.com> wrote:
        > Hi Leah,
        >
        > You're confirmed for your interview with Aaron Feldman (Engineering Manager, Grid
        > Software) on Tuesday, April 28 from 11:00 AM to 12:00 PM Mountain Time (MDT). Aaron
        > will send you a Zoom link the day before.
        >
        > Best,
        > Nico Alvarez
        > Technical Recruiter, Bellweather Grid
        """)
    return message([
        *inbound("mail-io1-f54.google.com (mail-io1-f54.google.com [203.0.113.54])", when, "America/Denver"),
        ("From", addr("Aaron Feldman", "aaron.feldman@bellweathergrid.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("CC", addr("Nico Alvarez", "nico.alvarez@bellweathergrid.com")),
        ("Subject", "Re: Interview confirmed - Grid Software Engineer, Tue 4/28"),
        ("Date", date(when, "America/Denver")),
        ("Message-ID", "<CAF9m2Lp0xZr7Qb4Wy1eT8cVn5gKd3hJ6sA2oR@mail.gmail.com>"),
        ("In-Reply-To", "<CAE3t8Hs1qPw5Nz0Vb7cX2mLf9yKg4dR6jA3oT@mail.gmail.com>"),
        ("References", "<CAE3t8Hs1qPw5Nz0Vb7cX2mLf9yKg4dR6jA3oT@mail.gmail.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 042
@mail("tune_042", family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-06-09T11:00:00Z", end="2026-06-09T12:00:00Z",
      local="Tue 2026-06-09 13:00", local_end="2026-06-09 14:00", zone="Europe/Stockholm",
      contact="elin.sandberg@fjallvind.se", company="Fjällvind Energy",
      note="Teamtailor 'Interview booked' in English with ICS (TZID Europe/Stockholm, organizer = the no-reply address); the contact person's address is written in the body")
def tune_042():
    when = "2026-06-03 14:40:00"
    body = t("""
        Hi Leah,

        Thank you for booking a time with us - we're looking forward to meeting you!

        Energy Data Scientist
        Interview at our Stockholm office
        Tuesday 9 June 2026, 13:00–14:00 (CEST)
        Fjällvind Energy, Sveavägen 44, 111 34 Stockholm

        You'll meet Elin Sandberg (Head of Analytics) and Oskar Nyström (Data Scientist).

        Your contact person during the process is Elin Sandberg - you can reach her at
        elin.sandberg@fjallvind.se.

        We've attached a calendar file so you can add the interview to your calendar.

        Best regards,
        Fjällvind Energy

        Sent with Teamtailor
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Stockholm"] + "\n" + t(r"""
        BEGIN:VEVENT
        UID:tt-interview-4410297@teamtailor.com
        DTSTAMP:20260603T124000Z
        DTSTART;TZID=Europe/Stockholm:20260609T130000
        DTEND;TZID=Europe/Stockholm:20260609T140000
        SUMMARY:Interview: Energy Data Scientist - Fjällvind Energy
        LOCATION:Fjällvind Energy\, Sveavägen 44\, 111 34 Stockholm
        DESCRIPTION:You'll meet Elin Sandberg (Head of Analytics) and Oskar Nyström (Data Scientist).
        ORGANIZER;CN=Fjällvind Energy:mailto:no-reply@fjallvind.teamtailor-mail.com
        ATTENDEE;CN=Leah Brandt;RSVP=TRUE:mailto:leah.brandt@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [198.51.100.77])", when, "Europe/Stockholm"),
        ("From", addr("Fjällvind Energy", "no-reply@fjallvind.teamtailor-mail.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Interview booked: Energy Data Scientist"),
        ("Date", date(when, "Europe/Stockholm")),
        ("Message-ID", "<665dbc58e1f0a_4c2b9a7d11f6@teamtailor-mailer.mail>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", disposition="attachment", filename="interview.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 043
@mail("tune_043", family="press_interview", lang="es", interview=False, company=None,
      note="A journalist confirms a press interview ('Entrevista confirmada: jueves 18 de junio, 12:00') for a newspaper feature; a confirmed time, but not a job interview",
      days=(("Thu", "2026-06-18"),))
def tune_043():
    when = "2026-06-15 13:25:50"
    body = t("""
        Hola, Leah:

        Te confirmo la entrevista para el reportaje sobre mujeres en ingeniería de datos que
        estamos preparando para el suplemento del domingo. Hablamos el jueves 18 de junio a las
        12:00 (hora peninsular) por teléfono; serán unos 30 minutos. Te llamo yo al número que me
        pasaste.

        Me interesa sobre todo cómo empezaste con Gleis y qué crees que falta en los equipos de
        datos en España. Si quieres, te mando las preguntas por adelantado.

        Un abrazo y gracias por tu tiempo,

        Pablo Cuadrado
        Redactor de Tecnología
        El Diario Económico
        """)
    return message([
        *inbound("smtp.eldiarioeconomico.example.es (smtp.eldiarioeconomico.example.es [192.0.2.92])", when, "Europe/Madrid"),
        ("From", addr("Pablo Cuadrado", "pablo.cuadrado@eldiarioeconomico.example.es")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Entrevista confirmada: jueves 18 de junio, 12:00"),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<a31f6c0e-2b94-4d17-8e5a-9c0d7b1f2e46@eldiarioeconomico.example.es>"),
    ], text(body, cte="quoted-printable"))


# ----------------------------------------------------------------------------------------------- 044
@mail("tune_044", family="human_prose", lang="de", interview=True, kind="cancelled",
      start="2026-07-22T13:00:00Z", end=None,
      local="Wed 2026-07-22 15:00", zone="Europe/Berlin",
      contact="jan.petersen@nordlicht-medien.de", company="Nordlicht Medien GmbH",
      note="German prose cancellation 'leider müssen wir das für Mittwoch, den 22. Juli, um 15:00 Uhr geplante Gespräch absagen' (position not filled for now); start = cancelled slot; no duration")
def tune_044():
    when = "2026-07-20 09:55:12"
    body = t("""
        Liebe Frau Brandt,

        leider müssen wir das für Mittwoch, den 22. Juli, um 15:00 Uhr geplante Gespräch absagen.
        Aufgrund einer internen Umstrukturierung wird die Stelle als Product Analyst (m/w/d)
        vorerst nicht nachbesetzt.

        Das tut mir wirklich leid, zumal Sie sich schon viel Zeit für unseren Prozess genommen
        haben. Sobald die Position wieder ausgeschrieben wird, melde ich mich gern direkt bei
        Ihnen.

        Herzliche Grüße aus Hamburg
        Jan Petersen
        People & Culture | Nordlicht Medien GmbH
        Großer Burstah 31 · 20457 Hamburg
        """)
    return message([
        *inbound("mail-ed1-f48.google.com (mail-ed1-f48.google.com [203.0.113.48])", when, "Europe/Berlin"),
        ("From", addr("Jan Petersen", "jan.petersen@nordlicht-medien.de")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", enc("Absage Ihres Gesprächstermins am 22.07.")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<CAD1r8Gk5pWq0Xz3Tn7bV2cLm9eJf6sH4uA8oY@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 045
@mail("tune_045", family="marketing_webinar", lang="en", interview=False, company=None,
      note="Webinar registration 'How to Ace Your Technical Interview' with an ICS (METHOD:REQUEST) on Tuesday 6 October; not a job interview",
      days=(("Tue", "2026-10-06"),))
def tune_045():
    when = "2026-09-29 15:00:31"
    body = t("""
        You're registered!

        How to Ace Your Technical Interview - live webinar
        Tuesday, October 6, 2026, 6:00 PM - 7:15 PM CEST

        Hosted by Stellar Careers Academy with guest speakers from three FAANG hiring panels.
        We'll cover whiteboard strategy, thinking out loud, and how to recover when you get stuck.

        Join from your computer, tablet or phone:
        https://stellarcareers.zoom.us/w/98120047713?tk=Rg2bX0cQ

        A calendar invitation is attached. Can't make it live? Everyone who registers gets the
        recording 24 hours later.

        Stellar Careers Academy · Unsubscribe: https://stellarcareers.example.com/u/7e1c
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20260929T130031Z
        DTSTART:20261006T160000Z
        DTEND:20261006T171500Z
        SUMMARY:How to Ace Your Technical Interview - live webinar
        UID:ZOOM98120047713-rg2bx0cq@zoom.us
        TZID:Europe/Berlin
        DESCRIPTION:Join from your computer\, tablet or phone: https://stellarcareers.zoom.us/w/98120047713?tk=Rg2bX0cQ
        LOCATION:https://stellarcareers.zoom.us/w/98120047713?tk=Rg2bX0cQ
        ORGANIZER;CN=Stellar Careers Academy:mailto:no-reply@zoom.us
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mailout2.zoom.us (mailout2.zoom.us [198.51.100.252])", when, "Europe/Berlin"),
        ("From", addr("Stellar Careers Academy", "no-reply@zoom.us")),
        ("Reply-To", addr("Stellar Careers Academy", "events@stellarcareers.example.com")),
        ("To", LEAH),
        ("Subject", "Confirmation: How to Ace Your Technical Interview - live webinar"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<webinar.98120047713.reg.2b0f@zoom.us>"),
        ("List-Unsubscribe", "<https://stellarcareers.example.com/u/7e1c>"),
    ], mixed(text(body), calendar(ics, disposition="attachment", filename="webinar.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 046
@mail("tune_046", family="hirevue_live", lang="en", interview=True, kind="scheduled",
      start="2026-03-18T18:00:00Z", end="2026-03-18T18:30:00Z",
      local="Wed 2026-03-18 13:00", local_end="2026-03-18 13:30", zone="America/Chicago",
      contact="pdesai@ostranderpike.com", company="Ostrander & Pike LLP",
      note="HireVue LIVE (not one-way) video interview, 1:00-1:30 PM CDT (Chicago switched to daylight time on 8 March); no-reply sender, coordinator's address in the body")
def tune_046():
    when = "2026-03-12 10:40:03"
    body = t("""
        Hello Leah,

        You have been scheduled for a live video interview with Ostrander & Pike LLP.

        Position: Legal Data Analyst
        Date: Wednesday, March 18, 2026
        Time: 1:00 PM - 1:30 PM CDT (America/Chicago)
        Interviewer: Gregory Lam, Director of Practice Innovation

        This is a live interview: you'll see and speak with your interviewer in real time. Please
        join from a computer with a webcam about 5 minutes before the start time:
        https://app.hirevue.com/live/ostranderpike/Lk4b91zQe0

        Test your device beforehand: https://app.hirevue.com/system-check

        If you have questions about your interview, please contact Priyanka Desai, Recruiting
        Coordinator, at pdesai@ostranderpike.com.

        Thank you,
        Ostrander & Pike LLP

        This message was sent by HireVue on behalf of Ostrander & Pike LLP. Replies to this
        address are not monitored.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2b36">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
        <p>Hello Leah,</p>
        <p>You have been scheduled for a <b>live video interview</b> with Ostrander &amp; Pike LLP.</p>
        <table cellpadding="4" style="font-size:14px"><tr><td><b>Position</b></td><td>Legal Data Analyst</td></tr>
        <tr><td><b>Date</b></td><td>Wednesday, March 18, 2026</td></tr>
        <tr><td><b>Time</b></td><td>1:00 PM - 1:30 PM CDT (America/Chicago)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Gregory Lam, Director of Practice Innovation</td></tr></table>
        <p>This is a live interview: you'll see and speak with your interviewer in real time. Please join from a computer with a webcam about 5 minutes before the start time.</p>
        <p><a href="https://app.hirevue.com/live/ostranderpike/Lk4b91zQe0" style="background:#0a66c2;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px">Join live interview</a></p>
        <p><a href="https://app.hirevue.com/system-check">Test your device</a></p>
        <p>If you have questions about your interview, please contact Priyanka Desai, Recruiting Coordinator, at <a href="mailto:pdesai@ostranderpike.com">pdesai@ostranderpike.com</a>.</p>
        <p>Thank you,<br>Ostrander &amp; Pike LLP</p>
        <p style="font-size:11px;color:#777">This message was sent by HireVue on behalf of Ostrander &amp; Pike LLP. Replies to this address are not monitored.</p>
        </td></tr></table></body></html>
        """)
    return message([
        *inbound("mta-007.hirevue.com (mta-007.hirevue.com [198.51.100.7])", when, "America/Chicago"),
        ("From", addr("Ostrander & Pike LLP", "noreply@hirevue.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Your live interview with Ostrander & Pike LLP is scheduled"),
        ("Date", date(when, "America/Chicago")),
        ("Message-ID", "<20260312154003.Lk4b91zQe0.live@hirevue.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii", cte="quoted-printable")))


# ----------------------------------------------------------------------------------------------- 047
@mail("tune_047", family="outlook_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-03-12T15:00:00Z", end="2026-03-12T16:00:00Z",
      local="Thu 2026-03-12 16:00", local_end="2026-03-12 17:00", zone="Europe/Zurich",
      contact="nadine.keller@alpenglanz.ch", company="Alpenglanz Uhren AG",
      note="Exchange cancellation (METHOD:CANCEL, 'Abgesagt:') in Swiss German, TZID 'W. Europe Standard Time' 16:00-17:00 on 12 March = CET (Europe only switches on 29 March) = 15:00Z; organizer = sender")
def tune_047():
    when = "2026-03-10 16:02:31"
    body = t("""
        Liebe Frau Brandt

        Leider müssen wir unser Gespräch vom Donnerstag absagen: Die Stelle als Product Owner
        Digital konnte kurzfristig intern besetzt werden. Ich bedaure das sehr und danke Ihnen
        herzlich für Ihr Interesse an Alpenglanz.

        Freundliche Grüsse
        Nadine Keller
        HR Business Partner | Alpenglanz Uhren AG | Bahnhofstrasse 59 | 8001 Zürich
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Keller Nadine:mailto:nadine.keller@alpenglanz.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leah Brandt:mailto:leah.brandt@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Frei Matthias:mailto:matthias.frei@alpenglanz.ch
        DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Brandt\n\nLeider müssen wir unser Gespräch vom Donnerstag absagen: Die Stelle als Product Owner Digital konnte kurzfristig intern besetzt werden.\n\nFreundliche Grüsse\nNadine Keller\n
        UID:040000008200E00074C5B7101A82E0080000000080A2F7C1E9A9DC010000000000000000100000005B1E9D3C7A2F4E08B6C3D0A1E4F7B289
        SUMMARY;LANGUAGE=de-CH:Abgesagt: Interview Product Owner Digital – Leah Brandt
        DTSTART;TZID=W. Europe Standard Time:20260312T160000
        DTEND;TZID=W. Europe Standard Time:20260312T170000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260310T150231Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-CH:Alpenglanz Uhren AG\, Sitzungszimmer Jura
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2118466102
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("ZR0P278MB0391.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:2d::8)", when, "Europe/Zurich"),
        ("From", addr("Keller Nadine", "nadine.keller@alpenglanz.ch")),
        ("To", addr("Leah Brandt", LEAH)),
        ("CC", addr("Frei Matthias", "matthias.frei@alpenglanz.ch")),
        ("Subject", enc("Abgesagt: Interview Product Owner Digital – Leah Brandt")),
        ("Thread-Topic", "Interview Product Owner Digital"),
        ("Date", date(when, "Europe/Zurich")),
        ("Message-ID", "<ZR0P278MB03917A2C9E0D1F4B3A6E58C0D2B71@ZR0P278MB0391.CHEP278.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "de-CH"),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# ----------------------------------------------------------------------------------------------- 048
@mail("tune_048", family="scheduling_link", lang="en", interview=False, company="Lumenfield",
      note="Greenhouse availability request for an onsite 'Tuesday, October 20 - Friday, October 23', with a submit-by deadline; nothing is scheduled yet",
      days=(("Fri", "2026-10-16"), ("Tue", "2026-10-20"), ("Fri", "2026-10-23")))
def tune_048():
    when = "2026-10-14 16:33:02"
    body = t("""
        Hi Leah,

        Great news - the team would like to invite you to an onsite interview for the Data
        Platform Engineer role!

        To help us schedule it, please submit your availability for the following dates by
        Friday, October 16 at 5 PM ET:

            Tuesday, October 20 - Friday, October 23

        Interviews run between 9:00 AM and 3:00 PM ET and take about 4 hours, including lunch
        with the team. Please share as many windows as you can; we'll confirm a time within one
        business day.

        Submit your availability:
        https://app.greenhouse.io/candidate_availability/f7Q2x0LmB9kT

        Thanks,
        Omar Siddiqui
        Recruiting Coordinator, Lumenfield
        """)
    return message([
        *inbound("o2.email.greenhouse.io (o2.email.greenhouse.io [198.51.100.22])", when, "UTC"),
        ("From", addr("Lumenfield", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Omar Siddiqui", "omar.siddiqui@lumenfield.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Please share your availability - Lumenfield"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<Zt5cN0wQR8mB2yLe7vXk1a@geopod-ismtpd-2>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 049
@mail("tune_049", family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-05-21T21:00:00Z", end="2026-05-21T21:45:00Z",
      local="Thu 2026-05-21 14:00", local_end="2026-05-21 14:45", zone="America/Los_Angeles",
      contact="kyle@saltmarshlabs.io", company="Saltmarsh Labs",
      note="US casual prose 'on 5/21 at 2 PM PT for 45 minutes' (Thursday, PDT); stated length -> end; the CTO's invite is announced separately; contact = human sender")
def tune_049():
    when = "2026-05-18 15:47:22"
    body = t("""
        Hey Leah,

        Great - you're locked in with Maya (our CTO) on 5/21 at 2 PM PT for 45 minutes. She'll
        send a Google Meet link from her calendar. Heads up that it's mostly a conversation about
        how you'd approach our ingestion rewrite - no live coding.

        Talk soon,
        Kyle

        --
        Kyle Brennan | Head of Talent | Saltmarsh Labs
        """)
    return message([
        *inbound("mail-yw1-f171.google.com (mail-yw1-f171.google.com [203.0.113.171])", when, "America/Los_Angeles"),
        ("From", addr("Kyle Brennan", "kyle@saltmarshlabs.io")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Re: Staff Data Engineer - next steps"),
        ("Date", date(when, "America/Los_Angeles")),
        ("Message-ID", "<CAHy4p0Lq9Xr2Mw7Vb1nT5cZe8gKd3fJ6sA0oW@mail.gmail.com>"),
        ("In-Reply-To", "<CAK7v1pU0cW4nT8eX2qR5yZb7LfHd1gM9sA3oQ@mail.example.org>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 050
@mail("tune_050", family="rejection", lang="de", interview=False, company="Weserbogen Technik GmbH",
      note="German rejection via Personio after the interview 'am Dienstag, 5. Mai 2026, um 14:00 Uhr' (past)",
      days=(("Tue", "2026-05-05"),))
def tune_050():
    when = "2026-05-11 11:04:39"
    body = t("""
        Sehr geehrte Frau Brandt,

        vielen Dank für das angenehme Gespräch am Dienstag, 5. Mai 2026, um 14:00 Uhr und Ihr
        Interesse an einer Tätigkeit als Data Analyst (m/w/d) bei der Weserbogen Technik GmbH.

        Leider müssen wir Ihnen heute mitteilen, dass wir uns nach reiflicher Überlegung für eine
        andere Kandidatin entschieden haben, deren Profil noch etwas besser zu den aktuellen
        Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.

        Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

        Mit freundlichen Grüßen
        Heike Brandes
        Personal | Weserbogen Technik GmbH, Bremen

        Diese Nachricht wurde über Personio versendet.
        """)
    return message([
        *inbound("mail-out-1.personio.de (mail-out-1.personio.de [192.0.2.31])", when, "Europe/Berlin"),
        ("From", addr("Weserbogen Technik GmbH", "noreply@jobs.personio.de")),
        ("Reply-To", addr("Heike Brandes", "heike.brandes@weserbogen-technik.de")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Ihre Bewerbung als Data Analyst (m/w/d)"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<01070196c0a7e2d4-1f8b3c09-5e7a-4d21-b6c4-0a9e3f2d7c18-000000@eu-central-1.amazonses.com>"),
    ], text(body, cte="quoted-printable"))


# ----------------------------------------------------------------------------------------------- 051
@mail("tune_051", family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-10-19T15:00:00Z", end="2026-10-19T16:00:00Z",
      local="Mon 2026-10-19 11:00", local_end="2026-10-19 12:00", zone="America/Toronto",
      contact="owen.gallagher@mapleridgerobotics.ca", company="Mapleridge Robotics",
      note="Lever time-change notice: NEW TIME Monday, October 19, 11:00 AM-12:00 PM EDT, previous time also shown; updated ICS (SEQUENCE:1) in UTC; contact = Reply-To recruiter")
def tune_051():
    when = "2026-10-15 13:22:48"
    body = t("""
        Hi Leah,

        Heads up - the time for your interview with Mapleridge Robotics has changed.

        NEW TIME
        Monday, October 19, 2026
        11:00 AM – 12:00 PM EDT (America/Toronto)

        Previously: Friday, October 16, 2026, 2:00 PM – 3:00 PM EDT

        Interview: Perception Software Engineer – Technical Deep Dive
        Location: Microsoft Teams (link unchanged)
        Interviewers: Wen Zhao, Dr. Kofi Mensah

        An updated calendar invitation is attached. If the new time doesn't work for you, reply
        to this email and Owen will help.

        Mapleridge Robotics Recruiting

        --
        Powered by Lever
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-9b2e61f4-0c7d-4a83-b5e1-2f8d0c6a9e37@hire.lever.co
        DTSTAMP:20261015T172248Z
        DTSTART:20261019T150000Z
        DTEND:20261019T160000Z
        SEQUENCE:1
        SUMMARY:Interview: Perception Software Engineer – Technical Deep Dive (Mapleridge Robotics)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Owen Gallagher:mailto:owen.gallagher@mapleridgerobotics.ca
        ATTENDEE;CN=Leah Brandt;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:leah.brandt@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail.hire.lever.co (mail.hire.lever.co [198.51.100.71])", when, "America/Toronto"),
        ("From", addr("Mapleridge Robotics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Owen Gallagher", "owen.gallagher@mapleridgerobotics.ca")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Updated: your interview with Mapleridge Robotics"),
        ("Date", date(when, "America/Toronto")),
        ("Message-ID", "<01000192a1e04c17-58d3b2f0-7e1a-4c96-a0b5-3e9f2d8c61a4-000000@email.amazonses.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, disposition="attachment", filename="interview.ics", cte="base64")))


# ----------------------------------------------------------------------------------------------- 052
@mail("tune_052", family="newsletter_followup_blog", lang="en", interview=False, company=None,
      note="Substack-style blog post titled with a quoted 'Your interview is confirmed for Tuesday at 10am' and a sample follow-up schedule; addressed to every subscriber, nothing real")
def tune_052():
    when = "2026-07-12 06:00:00"
    body = t("""
        "Your interview is confirmed for Tuesday at 10am." Now what?
        A week-by-week plan for the follow-up nobody teaches you

        Ama Boateng · Career Notes

        Every week someone forwards me a mail that starts like the title of this post and asks:
        what do I actually do between now and the offer? Here's the plan I give them.

        Monday: research, not rehearsal
        Read the last two engineering blog posts and the job ad once more. Write down three
        questions that only someone inside the team could answer.

        Tuesday, 10:00: the interview
        Take notes afterwards, not during. Names, problems, the question you fumbled.

        Tuesday, 17:00: the thank-you note
        Short, specific, sent the same day. Template below.

        The following Tuesday: the check-in
        If you haven't heard anything after five business days, one polite line is enough:
        "I wanted to check whether there's an update on the timeline."

        Template: the same-day thank-you
          Hi <name>, thank you for the conversation today about <team>. I especially enjoyed
          <specific thing>. I'm even more excited about the role after hearing about <problem>.
          Best, <you>

        If this helped, forward it to a friend who's job hunting.

        Unsubscribe https://careernotes.example.com/action/disable_email?token=d91f
        """)
    return message([
        *inbound("mail-out.substack.example.com (mail-out.substack.example.com [192.0.2.120])", when, "UTC"),
        ("From", addr("Career Notes by Ama Boateng", "careernotes@substack.example.com")),
        ("To", LEAH),
        ("Subject", '"Your interview is confirmed for Tuesday at 10am." Now what?'),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<20260712060000.3.b0e71c5f2d9a4e68@substack.example.com>"),
        ("List-Unsubscribe", "<https://careernotes.example.com/action/disable_email?token=d91f>"),
        ("List-Id", "<careernotes.substack.example.com>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------------------------------------- 053
@mail("tune_053", family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
      start="2026-09-09T09:00:00Z", end="2026-09-09T11:30:00Z",
      local="Wed 2026-09-09 10:00", local_end="2026-09-09 12:30", zone="Europe/London",
      contact="fiona.marsh@cygnetaero.co.uk", company="Cygnet Aerospace",
      note="Coordinator forwards the hiring manager's confirmation as a message/rfc822 attachment: 'Wednesday 9 September 2026, 10:00-12:30 BST'; contact = the human sender of the outer mail")
def tune_053():
    when = "2026-09-03 11:10:05"
    inner_body = t("""
        Fiona,

        Confirming the onsite for Leah Brandt (Systems Data Engineer) on Wednesday 9 September
        2026, 10:00-12:30 BST, here at Filton.

        Agenda:
          10:00  Welcome and short site tour (me)
          10:45  Technical interview - me and Priti Sahota
          11:45  Meet the flight-test data team
          12:30  Close

        Site access: visitor pass from Gate 2 reception, Building 4. She'll need photo ID
        (passport or photocard driving licence) - it's a controlled site, so please make sure
        she knows. Visitor parking is signposted from the gate.

        Thanks,
        Graham

        Graham Tully
        Engineering Manager, Flight Test Data | Cygnet Aerospace
        """)
    inner = message([
        ("From", addr("Graham Tully", "graham.tully@cygnetaero.co.uk")),
        ("To", addr("Fiona Marsh", "fiona.marsh@cygnetaero.co.uk")),
        ("Subject", "Onsite interview - Leah Brandt - 9 Sept"),
        ("Date", date("2026-09-02 16:45:19", "Europe/London")),
        ("Message-ID", "<DB8P195MB0611C2A9E71F4B0D3E85A6C9F1027@DB8P195MB0611.EURP195.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], text(inner_body, charset="us-ascii", cte="quoted-printable"))
    outer_body = t("""
        Hi Leah,

        I've attached Graham's confirmation as it has the site access instructions for
        Building 4 - please bring photo ID (your passport is best), as it's a secure site.

        See you on the 9th!

        Fiona

        Fiona Marsh | Early Careers & Talent Coordinator | Cygnet Aerospace
        Pegasus House, Filton, Bristol BS34 7QQ
        """)
    return message([
        *inbound("mail-db8eur05on2098.outbound.protection.outlook.com (mail-db8eur05on2098.outbound.protection.outlook.com [40.107.20.98])", when, "Europe/London"),
        ("From", addr("Fiona Marsh", "fiona.marsh@cygnetaero.co.uk")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "FW: Onsite interview - Leah Brandt - 9 Sept"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<DB8P195MB06117E0B4A2C9D1F3B68E7A0C5D94@DB8P195MB0611.EURP195.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ], mixed(text(outer_body, charset="us-ascii", cte="quoted-printable"),
             attached_message(inner, filename="Onsite interview - Leah Brandt - 9 Sept.eml")))


# ----------------------------------------------------------------------------------------------- 054
@mail("tune_054", family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-05-12T08:00:00Z", end="2026-05-12T09:00:00Z",
      local="Tue 2026-05-12 10:00", local_end="2026-05-12 11:00", zone="Europe/Paris",
      contact="celine.morel@opaline-assurances.fr", company="Opaline Assurances",
      note="Google Agenda invitation in French ('mar. 12 mai 2026 10:00 - 11:00 (CEST)'), ICS TZID Europe/Paris; contact = organizer (sender/Reply-To)")
def tune_054():
    when = "2026-05-06 13:58:20"
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien – Ingénieure données (Leah Brandt)
        Bonjour Leah, voici l'invitation pour notre entretien de mardi :
        vous échangerez avec Julien Faure (responsable Data) et moi-même. Prévoyez de présenter
        un projet dont vous êtes fière (10 min), puis nous discuterons du poste.

        Quand
        mardi 12 mai 2026 ⋅ 10:00 – 11:00 (heure d’été d’Europe centrale - Paris)

        Participer avec Google Meet
        meet.google.com/pbx-ozmr-wqe

        Participer par téléphone
        (FR) +33 1 87 40 41 22  Code : 914 388 207#

        Agenda
        leah.brandt@example.org

        Invités
        • Céline Morel - organisateur
        • Julien Faure
        • leah.brandt@example.org

        Afficher tous les détails des invités
        https://calendar.google.com/calendar/event?action=VIEW&eid=NTlqb3Y4cjFtZTNrOGR2MmI1cmg

        Répondre pour leah.brandt@example.org
        Oui · Non · Peut-être · Plus d'options

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes un invité de l'événement. Pour ne plus recevoir de
        mises à jour concernant cet événement, refusez-le.
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260512T100000
        DTEND;TZID=Europe/Paris:20260512T110000
        DTSTAMP:20260506T135820Z
        ORGANIZER;CN=Céline Morel:mailto:celine.morel@opaline-assurances.fr
        UID:59jov8r1me3k8dv2b5rhl0cq4t@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=leah.brandt@example.org;X-NUM-GUESTS=0:mailto:leah.brandt@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julien Faure;X-NUM-GUESTS=0:mailto:julien.faure@opaline-assurances.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Céline Morel;X-NUM-GUESTS=0:mailto:celine.morel@opaline-assurances.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/pbx-ozmr-wqe
        CREATED:20260506T135801Z
        DESCRIPTION:Bonjour Leah\, voici l'invitation pour notre entretien : vous échangerez avec Julien Faure (responsable Data) et moi-même.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nParticiper avec Google Meet : https://meet.google.com/pbx-ozmr-wqe\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260506T135820Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien – Ingénieure données (Leah Brandt)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail-sor-f73.google.com (mail-sor-f73.google.com [203.0.113.73])", when, "UTC", 2),
        ("From", addr("Céline Morel", "celine.morel@opaline-assurances.fr")),
        ("To", LEAH),
        ("Subject", enc("Invitation: Entretien – Ingénieure données (Leah Brandt) @ mar. 12 mai 2026 10:00 - 11:00 (CEST) (leah.brandt@example.org)")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-3a9d5f12-6c0e-4b7a-8f21-d4e0b9c7a163@google.com>"),
        ("Reply-To", addr("Céline Morel", "celine.morel@opaline-assurances.fr")),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, ctype="application/ics", cte="base64", disposition="attachment",
                      filename="invite.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 055
@mail("tune_055", family="rejection", lang="fr", interview=False, company="Ateliers Brisant",
      note="French rejection after the interview 'du jeudi 7 mai à 14h' (past)",
      days=(("Thu", "2026-05-07"),))
def tune_055():
    when = "2026-05-12 09:30:14"
    body = t("""
        Bonjour Leah,

        Suite à notre entretien du jeudi 7 mai à 14h, je tenais tout d'abord à vous remercier pour
        le temps que vous nous avez consacré et pour la qualité de nos échanges.

        Après une réflexion approfondie, nous sommes au regret de vous informer que nous ne
        donnerons pas une suite favorable à votre candidature pour le poste de Data Analyst
        Supply Chain. Nous avons retenu un profil disposant d'une expérience plus directe dans
        l'industrie navale.

        Nous conservons néanmoins votre CV et ne manquerons pas de revenir vers vous si une
        opportunité correspondant à votre profil se présentait.

        Bien cordialement,

        Élodie Roux
        Responsable Ressources Humaines
        Ateliers Brisant - Saint-Nazaire
        """)
    return message([
        *inbound("smtp.ateliers-brisant.fr (smtp.ateliers-brisant.fr [192.0.2.101])", when, "Europe/Paris"),
        ("From", addr("Élodie Roux", "elodie.roux@ateliers-brisant.fr")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", enc("Suite à notre entretien du 7 mai", "iso-8859-1")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<8b1e3d02c7f94a65@ateliers-brisant.fr>"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


# ----------------------------------------------------------------------------------------------- 056
@mail("tune_056", family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-07-22T08:30:00Z", end="2026-07-22T09:15:00Z",
      local="Wed 2026-07-22 14:00", local_end="2026-07-22 14:45", zone="Asia/Kolkata",
      contact="sneha.patil@konkananalytics.in", company="Konkan Analytics",
      note="Indian-English HR mail, 'Date: 22nd July 2026 (Wednesday) / Time: 14:00 IST / Duration: 45 mins'; both parts base64; contact = human sender")
def tune_056():
    when = "2026-07-17 12:44:10"
    body = t("""
        Dear Leah,

        Greetings from Konkan Analytics!

        With reference to your application for the post of Lead Data Scientist, we are pleased to
        inform you that you have been shortlisted for the HR round. PFB the details:

        Date: 22nd July 2026 (Wednesday)
        Time: 14:00 IST
        Duration: 45 mins
        Mode: Video call (MS Teams link will be shared by our HR team)
        Panel: Ms. Anjali Deshmukh, HR Head

        Kindly acknowledge receipt of this mail and keep a soft copy of your latest CV and last
        3 months' payslips handy.

        Thanks & Regards,
        Sneha Patil
        Talent Acquisition | Konkan Analytics Pvt. Ltd.
        Peninsula Business Park, Lower Parel, Mumbai 400013
        """)
    page = t("""
        <div dir="ltr"><div style="font-family:verdana,sans-serif">Dear Leah,<br><br>Greetings from Konkan Analytics!<br><br>
        With reference to your application for the post of <b>Lead Data Scientist</b>, we are pleased to inform you that you have been shortlisted for the HR round. PFB the details:<br><br>
        <b>Date:</b> 22nd July 2026 (Wednesday)<br><b>Time:</b> 14:00 IST<br><b>Duration:</b> 45 mins<br>
        <b>Mode:</b> Video call (MS Teams link will be shared by our HR team)<br><b>Panel:</b> Ms. Anjali Deshmukh, HR Head<br><br>
        Kindly acknowledge receipt of this mail and keep a soft copy of your latest CV and last 3 months' payslips handy.<br><br>
        Thanks &amp; Regards,<br>Sneha Patil<br>Talent Acquisition | Konkan Analytics Pvt. Ltd.<br>Peninsula Business Park, Lower Parel, Mumbai 400013</div></div>
        """)
    return message([
        *inbound("mail-pf1-f180.google.com (mail-pf1-f180.google.com [203.0.113.180])", when, "Asia/Kolkata"),
        ("From", addr("Sneha Patil", "sneha.patil@konkananalytics.in")),
        ("To", LEAH),
        ("Subject", "Interview Schedule - HR Round - Konkan Analytics"),
        ("Date", date(when, "Asia/Kolkata")),
        ("Message-ID", "<CAOw2b9Rz1Kq7Lm0Tv4eX8cYn3gJf5dH6sA9oU@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


# ----------------------------------------------------------------------------------------------- 057
@mail("tune_057", family="job_fair", lang="es", interview=False, company=None,
      note="Job-fair ticket reminder ('entrevistas rápidas' with 60 companies on jueves 1 de octubre, 10:00-18:00); an event, no specific job interview",
      days=(("Thu", "2026-10-01"),))
def tune_057():
    when = "2026-09-24 10:00:00"
    body = t("""
        Hola, Leah:

        ¡Ya queda menos de una semana! Te recordamos que tienes tu entrada para la Feria de Empleo
        Tech Madrid.

        📅 Jueves 1 de octubre de 2026
        🕙 De 10:00 a 18:00
        📍 Pabellón de Cristal, Casa de Campo, Madrid

        Más de 60 empresas realizarán entrevistas rápidas in situ. Te recomendamos llevar varias
        copias de tu CV y tener actualizado tu perfil en la app de la feria, donde podrás reservar
        encuentros de 10 minutos con los stands que más te interesen.

        Tu código de acceso: FETM-26-0913-LB

        ¡Nos vemos allí!
        El equipo de Feria de Empleo Tech Madrid

        Darse de baja: https://www.feriaempleotech.example.es/baja?u=0913
        """)
    return message([
        *inbound("mta.feriaempleotech.example.es (mta.feriaempleotech.example.es [192.0.2.55])", when, "Europe/Madrid"),
        ("From", addr("Feria de Empleo Tech Madrid", "info@feriaempleotech.example.es")),
        ("To", LEAH),
        ("Subject", "Recordatorio: tu entrada para la Feria de Empleo Tech Madrid - jueves 1 de octubre"),
        ("Date", date(when, "Europe/Madrid")),
        ("Message-ID", "<recordatorio-0913.20260924@feriaempleotech.example.es>"),
        ("List-Unsubscribe", "<https://www.feriaempleotech.example.es/baja?u=0913>"),
        ("Precedence", "bulk"),
    ], text(body, cte="base64"))


# ----------------------------------------------------------------------------------------------- 058
@mail("tune_058", family="ics_attachment", lang="en", interview=True, kind="scheduled",
      start="2026-08-20T18:00:00Z", end="2026-08-20T21:00:00Z",
      local="Thu 2026-08-20 13:00", local_end="2026-08-20 16:00", zone="America/Chicago",
      contact="dev.malhotra@ridgebackgames.com", company="Ridgeback Games",
      note="Recruiter's own mail (Thunderbird) with the invite as an attachment (Content-Disposition: attachment; filename=invite.ics), TZID America/Chicago 13:00-16:00 CDT; body says 'Thursday's final round (Aug 20, 1-4 pm Central)'")
def tune_058():
    when = "2026-08-17 16:30:12"
    body = t("""
        Hi Leah,

        As promised, here's a calendar invite for Thursday's final round (Aug 20, 1-4 pm Central)
        so it's on your calendar. The whole loop is virtual: 1:00 design review with the tools
        team, 2:00 a pairing session with Jess, and 3:00 a wrap-up chat with our studio head,
        Marcus.

        Shout if anything looks off.

        Dev

        --
        Dev Malhotra
        Senior Technical Recruiter, Ridgeback Games
        Austin, TX
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t(r"""
        BEGIN:VEVENT
        CREATED:20260817T212844Z
        LAST-MODIFIED:20260817T212955Z
        DTSTAMP:20260817T212955Z
        UID:4c7e9b21-8d3a-4f60-a1e5-0b2c9d7f3e18
        SUMMARY:Ridgeback Games - final round (Leah Brandt)
        ORGANIZER;CN=Dev Malhotra:mailto:dev.malhotra@ridgebackgames.com
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Leah Brandt:mailto:leah.brandt@example.org
        DTSTART;TZID=America/Chicago:20260820T130000
        DTEND;TZID=America/Chicago:20260820T160000
        DESCRIPTION:1:00 design review (tools team)\n2:00 pairing session with Jess\n3:00 wrap-up with Marcus\n\nZoom: https://ridgebackgames.zoom.us/j/87230046159
        LOCATION:https://ridgebackgames.zoom.us/j/87230046159
        SEQUENCE:0
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail-il1-f170.google.com (mail-il1-f170.google.com [203.0.113.170])", when, "America/Chicago"),
        ("From", addr("Dev Malhotra", "dev.malhotra@ridgebackgames.com")),
        ("To", addr("Leah Brandt", LEAH)),
        ("Subject", "Final round on Thursday - calendar invite attached"),
        ("Date", date(when, "America/Chicago")),
        ("Message-ID", "<0f6c2b9e-7a14-4d38-9e5b-1c3a8d0f7e42@ridgebackgames.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
    ], mixed(text(body, charset="us-ascii", cte="7bit", params="format=flowed"),
             calendar(ics, disposition="attachment", filename="invite.ics", name_param=True)))


# ----------------------------------------------------------------------------------------------- 059
@mail("tune_059", family="newsletter_tips", lang="fr", interview=False, company=None,
      note="French career newsletter '5 conseils pour réussir votre entretien' with a paid online workshop on 'mardi 16 juin à 18h30'",
      days=(("Tue", "2026-06-16"),))
def tune_059():
    when = "2026-06-09 08:00:00"
    body = t("""
        CADRES & CARRIÈRES - La lettre du mardi

        5 conseils pour réussir votre entretien d'embauche (et bien le relancer)

        1. Préparez trois histoires, pas trente réponses.
        Une réussite, un échec, un conflit : avec ces trois récits bien rodés, vous répondrez à
        80 % des questions comportementales.

        2. Renseignez-vous sur vos interlocuteurs.
        Un coup d'œil à leur parcours vous évitera de réexpliquer à la directrice financière ce
        qu'est un EBITDA.

        3. Arrivez dix minutes en avance... mais pas trente.

        4. Posez une vraie question à la fin.
        « Qu'est-ce qui ferait dire, dans six mois, que la personne recrutée a réussi ? »

        5. Relancez au bon moment.
        Un e-mail de remerciement le jour même, puis une relance courtoise au bout d'une semaine
        si vous n'avez pas de nouvelles.

        ATELIER EN LIGNE : « Négocier son salaire sans se braquer »
        Mardi 16 juin à 18h30 - 45 minutes, 19 € pour les abonnés
        Inscription : https://www.cadres-carrieres.example.fr/ateliers/salaire

        Vous recevez cette lettre car vous êtes abonné(e) à Cadres & Carrières.
        Se désinscrire : https://www.cadres-carrieres.example.fr/desinscription?id=77f2
        """)
    return message([
        *inbound("mail.cadres-carrieres.example.fr (mail.cadres-carrieres.example.fr [192.0.2.177])", when, "Europe/Paris"),
        ("From", addr("Cadres & Carrières", "lettre@cadres-carrieres.example.fr")),
        ("To", LEAH),
        ("Subject", enc("5 conseils pour réussir votre entretien d'embauche (et bien le relancer)")),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<lettre-2026-24.77f2@cadres-carrieres.example.fr>"),
        ("List-Unsubscribe", "<https://www.cadres-carrieres.example.fr/desinscription?id=77f2>"),
        ("Precedence", "bulk"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


# ----------------------------------------------------------------------------------------------- 060
@mail("tune_060", family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Google Calendar invitation to an internal 'Interviewer training' at her current employer: she is trained to interview others; not her job interview",
      days=(("Thu", "2026-10-01"),))
def tune_060():
    when = "2026-09-21 08:12:40"
    body = t("""
        You have been invited to the following event.

        Interviewer training – structured interviews
        Mandatory for everyone joining an interview panel this quarter. We'll cover our scorecards,
        writing evidence-based feedback, and how to avoid the most common biases. Please bring a
        recent interview you ran (anonymised) to discuss.

        When
        Thursday Oct 1, 2026 ⋅ 2pm – 3:30pm (Central European Time - Berlin)

        Location
        Raum Spree (3. OG) / Google Meet
        https://meet.google.com/kvd-ptxa-hun

        Calendar
        leah.brandt@example.org

        Who
        • Miriam Vogt - organizer
        • Tobias Ehrlich
        • leah.brandt@example.org
        • Deniz Arslan

        Reply for leah.brandt@example.org
        Yes · No · Maybe · More options

        Invitation from Google Calendar
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261001T140000
        DTEND;TZID=Europe/Berlin:20261001T153000
        DTSTAMP:20260921T061240Z
        ORGANIZER;CN=Miriam Vogt:mailto:miriam.vogt@kranich-software.de
        UID:1tq0hv7r3cgm9bn52lke8sd6af@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=leah.brandt@example.org;X-NUM-GUESTS=0:mailto:leah.brandt@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tobias Ehrlich;X-NUM-GUESTS=0:mailto:tobias.ehrlich@kranich-software.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Deniz Arslan;X-NUM-GUESTS=0:mailto:deniz.arslan@kranich-software.de
        DESCRIPTION:Mandatory for everyone joining an interview panel this quarter. We'll cover our scorecards\, writing evidence-based feedback\, and how to avoid the most common biases.
        LOCATION:Raum Spree (3. OG) / Google Meet
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interviewer training – structured interviews
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        *inbound("mail-sor-f41.google.com (mail-sor-f41.google.com [203.0.113.141])", when, "UTC", 2),
        ("From", addr("Miriam Vogt", "miriam.vogt@kranich-software.de")),
        ("To", LEAH),
        ("Subject", enc("Invitation: Interviewer training – structured interviews @ Thu 1 Oct 2026 2pm - 3:30pm (CEST) (leah.brandt@example.org)")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-b8e20f4d-19a7-4c63-9d0e-5f2a7c1b8e36@google.com>"),
        ("Reply-To", addr("Miriam Vogt", "miriam.vogt@kranich-software.de")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))
