"""blind259: a blind 50-mail held-out set, the inbox of a forestry GIS technician in Fredericton.

Aidan MacLeod <aidan.macleod@example.org>, America/Moncton (Atlantic time; DST ends 1 November 2026),
looking at roles in Fredericton, Moncton, Saint John, Halifax, Ottawa and on remote teams; the inbox
runs from early September to mid-December 2026. Every mail is written by hand below (one function
per mail); ``make.py`` does the MIME plumbing and the checks. Written blind: the writer did not read
the detector, its tests, or any other held-out set's mails.

Build and check:  python3 bench/heldout/make_blind.py blind259
"""

from __future__ import annotations

import hashlib
import random

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
    utc,
)

ORDER = random.Random(2590259).sample(range(1, 51), 50)

ME = "aidan.macleod@example.org"
ME_NAME = "Aidan MacLeod"
TO = addr(ME_NAME, ME)
AT = "America/Moncton"  # Atlantic (ADT -3 until 1 Nov 2026, then AST -4)
ET = "America/Toronto"  # Eastern (EDT -4 until 1 Nov 2026, then EST -5)
NT = "America/St_Johns"  # Newfoundland (NDT -2:30 until 1 Nov 2026, then NST -3:30)
PT = "America/Vancouver"


def n(key: int) -> str:
    """The mail written key-th gets the file number ORDER[key-1]."""
    return f"blind259_{ORDER[key - 1]:03d}"


def _id(seed: str, k: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:k]


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, ip: str,
         to: str = TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 4) -> list[tuple[str, str]]:
    """Delivered-To, Received (example.org's MX), From, To, Subject, Date, Message-ID, then extra."""
    rcv = received(f"from {relay} ({relay} [{ip}])", when, zone,
                   f"mx2.example.org (Postfix) with ESMTPS id {_id(mid, 10).upper()}", ME, lag)
    return [("Delivered-To", ME), ("Received", rcv), ("From", frm), ("To", to),
            ("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid), *extra]


VTZ_LOCAL = {
    "America/Moncton": """BEGIN:VTIMEZONE
TZID:America/Moncton
X-LIC-LOCATION:America/Moncton
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:ADT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:AST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "America/Halifax": """BEGIN:VTIMEZONE
TZID:America/Halifax
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:ADT
DTSTART:20260308T020000
RDATE:20260308T020000
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:AST
DTSTART:20261101T020000
RDATE:20261101T020000
END:STANDARD
END:VTIMEZONE""",
    "America/Toronto": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Atlantic Standard Time": """BEGIN:VTIMEZONE
TZID:Atlantic Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
}


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-14 10:00", AT), end=utc("2026-09-14 10:45", AT),
      contact="meaghan.doucette@fundygrid.ca", company="Fundy Grid Energy",
      local="Mon 2026-09-14 10:00", local_end="2026-09-14 10:45", zone=AT,
      note="Greenhouse confirmation from a Saint John utility, 'Monday, September 14, 2026, 10:00 - 10:45 AM "
           "ADT' = UTC-3 -> 13:00-13:45Z; ICS in America/Halifax agrees; contact = Reply-To recruiter")
def p_greenhouse_fundy():
    body = t("""
        Hi Aidan,

        Thanks for making time to speak with us about the GIS Technologist, Asset Data role. Your
        interview is confirmed:

        Date: Monday, September 14, 2026
        Time: 10:00 - 10:45 AM ADT (Atlantic Daylight Time)
        Where: Microsoft Teams (link in the calendar invitation)

        You'll be meeting with:
          - Ravi Chandrasekar, Manager, Asset Information
          - Meaghan Doucette, Talent Acquisition Partner

        The conversation will focus on your experience with ArcGIS Pro, field data collection and
        keeping an asset register tidy. There's no test to prepare for.

        If anything comes up, just reply to this email and it will reach me.

        Talk soon,
        Meaghan Doucette
        Talent Acquisition Partner | Fundy Grid Energy
        Saint John, NB
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Aidan,</p>
        <p>Thanks for making time to speak with us about the <strong>GIS Technologist, Asset Data</strong> role.
        Your interview is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Monday, September 14, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 - 10:45 AM ADT (Atlantic Daylight Time)</td></tr>
        <tr><td><b>Where</b></td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        </table>
        <p>You'll be meeting with:</p>
        <ul><li>Ravi Chandrasekar, Manager, Asset Information</li>
        <li>Meaghan Doucette, Talent Acquisition Partner</li></ul>
        <p>The conversation will focus on your experience with ArcGIS Pro, field data collection and keeping
        an asset register tidy. There's no test to prepare for.</p>
        <p>If anything comes up, just reply to this email and it will reach me.</p>
        <p>Talk soon,<br>Meaghan Doucette<br>Talent Acquisition Partner | Fundy Grid Energy<br>Saint John, NB</p>
        <img src="https://app.greenhouse.io/email_tracking/o/8c1f0d2e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ_LOCAL["America/Halifax"]
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{ics}
BEGIN:VEVENT
UID:gh-interview-5518209-fundygrid@greenhouse.io
DTSTAMP:20260908T171203Z
DTSTART;TZID=America/Halifax:20260914T100000
DTEND;TZID=America/Halifax:20260914T104500
SUMMARY:Interview: Aidan MacLeod - GIS Technologist\\, Asset Data (Fundy Grid Energy)
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Meaghan Doucette:mailto:meaghan.doucette@fundygrid.ca
ATTENDEE;CN=Aidan MacLeod;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aidan.macleod@example.org
ATTENDEE;CN=Ravi Chandrasekar;ROLE=REQ-PARTICIPANT:mailto:ravi.chandrasekar@fundygrid.ca
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<5518209.20260908171203.a41c@greenhouse.io>"
    hs = head(addr("Fundy Grid Energy", "no-reply@us.greenhouse-mail.io"),
              "Interview confirmation - GIS Technologist, Asset Data", "2026-09-08 14:12", AT, mid,
              relay="o3.us.greenhouse-mail.io", ip="167.89.12.44",
              extra=(("Reply-To", addr("Meaghan Doucette", "meaghan.doucette@fundygrid.ca")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="exchange", lang="en/fr", interview=True, kind="scheduled",
      start=utc("2026-09-23 13:30", AT), end=utc("2026-09-23 14:30", AT),
      contact="chantal.arsenault@nbforeststewardship.ca",
      company="Department of Forest Stewardship (Government of New Brunswick)",
      local="Wed 2026-09-23 13:30", local_end="2026-09-23 14:30", zone=AT,
      note="Bilingual Exchange meeting request from a provincial department; Outlook's 'When' line shows the "
           "standard label '(UTC-04:00) Atlantic Time (Canada)' but 23 Sept is ADT (UTC-3): 1:30-2:30 PM -> "
           "16:30-17:30Z; ICS TZID 'Atlantic Standard Time' agrees; contact = organizer/sender")
def p_exchange_gnb():
    body = t("""
        When: Wednesday, September 23, 2026 1:30 PM-2:30 PM (UTC-04:00) Atlantic Time (Canada).
        Where: Room 2.14, Forest Stewardship Building, 1180 Hanwell Road, Fredericton

        (Le français suit)

        Good afternoon Mr. MacLeod,

        Further to our telephone conversation, this is to confirm your interview for the position of
        GIS Technician II (competition 26-DFS-118). The board will consist of Paul LeBlanc, Manager,
        Forest Inventory, and myself. Please bring two pieces of identification and your original
        diploma. Please report to the reception desk on the ground floor 10 minutes ahead.

        You may be interviewed in the official language of your choice.

        ----------

        Bonjour M. MacLeod,

        Suite à notre conversation téléphonique, nous confirmons votre entrevue pour le poste de
        technicien SIG II (concours 26-DFS-118), le mercredi 23 septembre 2026 de 13 h 30 à 14 h 30,
        salle 2.14. Le comité sera composé de Paul LeBlanc, gestionnaire, Inventaire forestier, et de
        moi-même. Veuillez apporter deux pièces d'identité et l'original de votre diplôme.

        Vous pouvez passer l'entrevue dans la langue officielle de votre choix.

        Chantal Arsenault
        Human Resources Consultant / Conseillère en ressources humaines
        Department of Forest Stewardship / Ministère de l'Intendance forestière
        Government of New Brunswick / Gouvernement du Nouveau-Brunswick
        506-555-0142
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ_LOCAL["Atlantic Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Arsenault, Chantal (DFS/MIF):mailto:chantal.arsenault@nbforeststewardship.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aidan.macleod@example.org:mailto:aidan.macleod@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=LeBlanc, Paul (DFS/MIF):mailto:paul.leblanc@nbforeststewardship.ca
DESCRIPTION;LANGUAGE=en-CA:Further to our telephone conversation\\, this is to confirm your interview for the position of GIS Technician II (competition 26-DFS-118).\\n
UID:040000008200E00074C5B7101A82E00800000000D0E1B2C3A44ADC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-CA:Interview / Entrevue - GIS Technician II / Technicien SIG II (26-DFS-118)
DTSTART;TZID=Atlantic Standard Time:20260923T133000
DTEND;TZID=Atlantic Standard Time:20260923T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260916T124100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Room 2.14\\, Forest Stewardship Building\\, 1180 Hanwell Road\\, Fredericton
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    mid = "<YT1PR01MB8823C1F0A2B64E19D7C0E4A1B9552@YT1PR01MB8823.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Arsenault, Chantal (DFS/MIF)", "chantal.arsenault@nbforeststewardship.ca"),
              "Interview / Entrevue - GIS Technician II / Technicien SIG II (26-DFS-118)",
              "2026-09-16 09:41", AT, mid, relay="mail-yt3can01on2071.outbound.protection.outlook.com",
              ip="40.107.116.71",
              extra=(("Thread-Topic", "Interview / Entrevue - GIS Technician II / Technicien SIG II (26-DFS-118)"),
                     ("Thread-Index", "AdsqB8f1c2V0aW9uMjAyNjA5MTY="),
                     ("Accept-Language", "en-CA, fr-CA"), ("Content-Language", "en-CA"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    page = "<html><body><pre style=\"font-family:Calibri,sans-serif\">" + body.replace("&", "&amp;").replace(
        "<", "&lt;") + "</pre></body></html>\n"
    return message(hs, alt(text(body), html(page), calendar(cal, cte="base64")))


@mail(n(3), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-01 10:00", AT), end=None,
      contact="dkennedy@nashwaakpulp.ca", company="Nashwaak Valley Pulp & Paper",
      local="Thu 2026-10-01 10:00", zone=AT, days=(("Mon", "2026-09-28"),),
      note="Mill HR advisor replies 'Thursday at 10 works' on Mon 28 Sept (ADT) -> Thu 1 Oct 10:00 ADT = 13:00Z; "
           "'plan for about an hour' is approximate so end null; windows-1252 quoted-printable from Outlook")
def p_prose_mill():
    body = t("""
        Hi Aidan,

        Thursday at 10 works for us. You’ll meet with me and Rick Thibodeau, our woodlands manager.
        Come to the main office (the brick building left of the scale house, not the mill gate) and
        ask for me at the front. Plan for about an hour – Rick may want to take you out to see the
        yard afterwards so wear boots.

        Parking is on the right as you come in off Route 8.

        Thanks,
        Darlene

        Darlene Kennedy | HR Advisor
        Nashwaak Valley Pulp & Paper
        T 506-555-0187

        From: Aidan MacLeod <aidan.macleod@example.org>
        Sent: Monday, September 28, 2026 1:07 PM
        To: Darlene Kennedy <dkennedy@nashwaakpulp.ca>
        Subject: RE: GIS / Woodlands Technician

        Hi Darlene,

        Thanks for the call this morning. Thursday morning would suit me best, or Friday after lunch
        if that's easier for Rick.

        Aidan
        """)
    mid = "<YQBPR0101MB5521E0F4C63A9A0B7D2E41C0B1A22@YQBPR0101MB5521.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Darlene Kennedy", "dkennedy@nashwaakpulp.ca"), "RE: GIS / Woodlands Technician",
              "2026-09-28 15:22", AT, mid, relay="mail-yqbcan01on2100.outbound.protection.outlook.com",
              ip="40.107.115.100",
              extra=(("In-Reply-To", "<CAF7mXk2p0Q9vRr3kT@mail.example.org>"),
                     ("References", "<CAF7mXk2p0Q9vRr3kT@mail.example.org>"),
                     ("Thread-Topic", "GIS / Woodlands Technician"), ("Content-Language", "en-US")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(4), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-06 11:00", AT), end=utc("2026-10-06 12:00", AT),
      contact="heather.saulnier@loyalistu.ca", company="Loyalist University",
      local="Tue 2026-10-06 11:00", local_end="2026-10-06 12:00", zone=AT,
      note="Google Calendar invitation from a professor (university lab hiring a GIS research technician): "
           "'Tue Oct 6, 2026 11am - 12pm (ADT)' = UTC-3 -> 14:00-15:00Z; ICS in America/Moncton; "
           "contact = organizer")
def p_gcal_university():
    subject = ("Invitation: Interview - GIS Research Technician (Aidan MacLeod) @ Tue Oct 6, 2026 11am - 12pm "
               "(ADT) (aidan.macleod@example.org)")
    body = t("""
        Heather Saulnier has invited you to an event.

        Interview - GIS Research Technician (Aidan MacLeod)
        Tuesday Oct 6, 2026 ⋅ 11am – 12pm
        Atlantic Time - Moncton

        Location
        Forest Landscape Lab, Room 307, Hugh Hall, Loyalist University

        Hi Aidan - this is the interview we talked about. Mark Pelletier (lab manager) will join us.
        I'll ask you to walk us through one of your LiDAR projects for ~10 min, no slides needed.
        Heather

        Join with Google Meet
        https://meet.google.com/qvx-hdka-rpn

        Guests
        Heather Saulnier - organizer
        Mark Pelletier
        aidan.macleod@example.org

        Reply for aidan.macleod@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added
        to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    page = t("""
        <!doctype html><html><body>
        <div itemscope itemtype="http://schema.org/EventReservation">
        <p style="font-size:12px;color:#70757a">Heather Saulnier has invited you to an event.</p>
        <h2 style="font-weight:400">Interview - GIS Research Technician (Aidan MacLeod)</h2>
        <table><tr><td style="color:#70757a">When</td><td>Tuesday Oct 6, 2026 ⋅ 11am – 12pm (Atlantic Time - Moncton)</td></tr>
        <tr><td style="color:#70757a">Location</td><td>Forest Landscape Lab, Room 307, Hugh Hall, Loyalist University</td></tr>
        <tr><td style="color:#70757a">Guests</td><td>Heather Saulnier - organizer<br>Mark Pelletier<br>aidan.macleod@example.org</td></tr></table>
        <p>Hi Aidan - this is the interview we talked about. Mark Pelletier (lab manager) will join us.
        I'll ask you to walk us through one of your LiDAR projects for ~10 min, no slides needed.<br>Heather</p>
        <p><a href="https://meet.google.com/qvx-hdka-rpn">Join with Google Meet</a></p>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LOCAL["America/Moncton"]}
BEGIN:VEVENT
DTSTART;TZID=America/Moncton:20261006T110000
DTEND;TZID=America/Moncton:20261006T120000
DTSTAMP:20260930T190312Z
ORGANIZER;CN=Heather Saulnier:mailto:heather.saulnier@loyalistu.ca
UID:3kq8v0o2m6r1f5l9c7n4e2a8bd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Heather Saulnier;X-NUM-GUESTS=0:mailto:heather.saulnier@loyalistu.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mark Pelletier;X-NUM-GUESTS=0:mailto:mark.pelletier@loyalistu.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aidan.macleod@example.org;X-NUM-GUESTS=0:mailto:aidan.macleod@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/qvx-hdka-rpn
CREATED:20260930T190240Z
DESCRIPTION:Hi Aidan - this is the interview we talked about. Mark Pelletier (lab manager) will join us.\\nHeather
LAST-MODIFIED:20260930T190311Z
LOCATION:Forest Landscape Lab\\, Room 307\\, Hugh Hall\\, Loyalist University
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - GIS Research Technician (Aidan MacLeod)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<calendar-5c1d7e0a-3f2b-4a9e-8d61-0b7f2c9e4a13@google.com>"
    hs = head(addr("Heather Saulnier", "heather.saulnier@loyalistu.ca"), subject, "2026-09-30 16:03", AT, mid,
              relay="mail-sor-f73.google.com", ip="209.85.220.73",
              extra=(("Reply-To", addr("Heather Saulnier", "heather.saulnier@loyalistu.ca")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    inner = alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                calendar(cal, cte="7bit"))
    return message(hs, mixed(inner, calendar(cal, method="REQUEST", cte="base64", ctype="application/ics",
                                             filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(5), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-14 15:00", AT), end=utc("2026-10-14 15:45", AT),
      contact="jess.landry@canopylabs.ca", company="Canopy Labs",
      local="Wed 2026-10-14 15:00", local_end="2026-10-14 15:45", zone=AT,
      note="Ashby confirmation for a Moncton drone start-up, 'Wednesday, October 14, 2026 3:00 PM - 3:45 PM ADT' "
           "-> 18:00-18:45Z; ICS America/Moncton; contact = Reply-To recruiter")
def p_ashby_canopy():
    body = t("""
        Hi Aidan,

        You're all set! Here are the details for your upcoming interview with Canopy Labs.

        Geospatial Data Specialist - Technical Interview
        Wednesday, October 14, 2026
        3:00 PM - 3:45 PM ADT
        Google Meet: https://meet.google.com/bnz-wqpe-tha

        Interviewers
        Tomás Ferreira - Head of Data
        Élise Robichaud - Senior Photogrammetry Engineer

        What to expect: a conversation about a dataset we flew over the Acadian forest last summer.
        We'll share it 24 hours before so you can poke around. Bring questions!

        Need to reschedule? Reply to this email and Jess will sort it out.

        Canopy Labs Recruiting
        Powered by Ashby
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f7f9">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <img src="https://app.ashbyhq.com/api/images/org-theme-logo/2f1c8e90.png" alt="Canopy Labs" height="32">
        <p>Hi Aidan,</p>
        <p>You're all set! Here are the details for your upcoming interview with Canopy Labs.</p>
        <div style="border:1px solid #e3e5e8;border-radius:8px;padding:16px">
        <div style="font-weight:600">Geospatial Data Specialist - Technical Interview</div>
        <div>Wednesday, October 14, 2026</div>
        <div>3:00 PM - 3:45 PM ADT</div>
        <div><a href="https://meet.google.com/bnz-wqpe-tha">Google Meet</a></div>
        </div>
        <p><b>Interviewers</b><br>Tomás Ferreira - Head of Data<br>Élise Robichaud - Senior Photogrammetry Engineer</p>
        <p>What to expect: a conversation about a dataset we flew over the Acadian forest last summer.
        We'll share it 24 hours before so you can poke around. Bring questions!</p>
        <p style="color:#6b7280;font-size:12px">Need to reschedule? Reply to this email and Jess will sort it out.<br>
        Canopy Labs Recruiting &middot; Powered by Ashby</p>
        </div></body></html>
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LOCAL["America/Moncton"]}
BEGIN:VEVENT
UID:ashby-7d2e91c4-0b6a-4f3e-9d15-canopylabs
DTSTAMP:20261008T165011Z
DTSTART;TZID=America/Moncton:20261014T150000
DTEND;TZID=America/Moncton:20261014T154500
SUMMARY:Canopy Labs - Geospatial Data Specialist - Technical Interview
LOCATION:https://meet.google.com/bnz-wqpe-tha
ORGANIZER;CN=Jess Landry:mailto:jess.landry@canopylabs.ca
ATTENDEE;CN=Aidan MacLeod;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aidan.macleod@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<0100019a2f4c3e11-6b0e2d7a-91f4-4c8a-b3d2-7e5f0a1c9d84-000000@email.amazonses.com>"
    hs = head(addr("Canopy Labs", "no-reply@ashbyhq.com"),
              "Interview confirmed: Geospatial Data Specialist at Canopy Labs", "2026-10-08 13:50", AT, mid,
              relay="a48-91.smtp-out.amazonses.com", ip="54.240.48.91",
              extra=(("Reply-To", addr("Jess Landry", "jess.landry@canopylabs.ca")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(cal, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(6), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-15 14:00", ET), end=utc("2026-10-15 15:00", ET),
      contact="owen.kirkland@rideaugeomatics.com", company="Rideau Geomatics",
      local="Thu 2026-10-15 14:00", local_end="2026-10-15 15:00", zone=ET,
      note="Lever confirmation from an Ottawa firm, '2:00pm - 3:00pm EDT' (3:00pm ADT for the candidate) -> "
           "18:00-19:00Z; no ICS; Date header in EDT; contact = Reply-To recruiter")
def p_lever_rideau():
    body = t("""
        Hi Aidan,

        Thanks for taking the time to chat with us! Your interview for the Junior GIS Analyst position
        at Rideau Geomatics is confirmed for:

        Thursday, October 15th, 2:00pm - 3:00pm EDT
        (that's 3:00pm - 4:00pm Atlantic time for you)

        Format: video call on Zoom - https://rideaugeomatics.zoom.us/j/84120037715
        Panel: Owen Kirkland (Talent Partner), Dana Whitford (GIS Team Lead)

        You'll get a calendar invitation from Dana separately. If the time no longer works, reply here.

        Best,
        Owen Kirkland
        Rideau Geomatics | Ottawa, ON

        --
        Sent via Lever. Rideau Geomatics respects your privacy:
        https://jobs.lever.co/rideaugeomatics/privacy
        """)
    page = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    mid = "<20261009153002.1.7F2A9C1E0B4D8A36@hire.lever.co>"
    hs = head(addr("Owen Kirkland (Rideau Geomatics)", "no-reply@hire.lever.co"),
              "Your interview with Rideau Geomatics", "2026-10-09 11:30", ET, mid,
              relay="mail-a3.hire.lever.co", ip="198.2.179.31",
              extra=(("Reply-To", addr("Owen Kirkland", "owen.kirkland@rideaugeomatics.com")),
                     ("X-Mailgun-Tag", "interview-confirmation")))
    return message(hs, alt(text(body), html(page)))


@mail(n(7), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:00", ET), end=utc("2026-10-27 11:00", ET),
      contact="marie-eve.gagnon@geomatiqueboreal.qc.ca", company="Géomatique Boréal",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=ET,
      note="Teamtailor confirmation in Quebec French from a Québec City firm, 'mardi 27 octobre 2026, de 10 h à "
           "11 h (heure de l'Est)' = EDT -> 14:00-15:00Z (the candidate's 11 h, Atlantic); later moved, see the "
           "reschedule; contact = Reply-To recruiter")
def p_teamtailor_boreal():
    body = t("""
        Bonjour Aidan,

        Merci de votre intérêt pour le poste de technicien ou technicienne en géomatique (Inventaire
        forestier) chez Géomatique Boréal. Nous avons le plaisir de confirmer votre entrevue :

        Date : mardi 27 octobre 2026
        Heure : de 10 h à 11 h (heure de l'Est) — 11 h à midi à l'heure de l'Atlantique
        Lieu : Microsoft Teams (le lien vous sera envoyé par courriel la veille)

        Vous rencontrerez Marie-Ève Gagnon, conseillère en acquisition de talents, et François
        Bélanger, chef d'équipe en photo-interprétation. L'entrevue se déroulera en français, avec
        une partie en anglais.

        Pour toute question, répondez simplement à ce courriel.

        Au plaisir,
        L'équipe Géomatique Boréal
        """)
    page = t("""
        <html lang="fr-CA"><body style="font-family:Helvetica,Arial,sans-serif;color:#20232a">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="580" style="background:#ffffff;padding:32px">
        <tr><td><h1 style="font-size:22px">Votre entrevue est confirmée</h1>
        <p>Bonjour Aidan,</p>
        <p>Merci de votre intérêt pour le poste de technicien ou technicienne en géomatique (Inventaire
        forestier) chez Géomatique Boréal. Nous avons le plaisir de confirmer votre entrevue&nbsp;:</p>
        <p><b>Date&nbsp;:</b> mardi 27 octobre 2026<br>
        <b>Heure&nbsp;:</b> de 10&nbsp;h à 11&nbsp;h (heure de l'Est) — 11&nbsp;h à midi à l'heure de l'Atlantique<br>
        <b>Lieu&nbsp;:</b> Microsoft Teams (le lien vous sera envoyé par courriel la veille)</p>
        <p>Vous rencontrerez Marie-Ève Gagnon, conseillère en acquisition de talents, et François Bélanger,
        chef d'équipe en photo-interprétation. L'entrevue se déroulera en français, avec une partie en anglais.</p>
        <p>Pour toute question, répondez simplement à ce courriel.</p>
        <p>Au plaisir,<br>L'équipe Géomatique Boréal</p>
        <p style="font-size:11px;color:#8a8f98">Propulsé par Teamtailor</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    mid = "<a7c3e9f1-52d0-4b8e-9f61-3d2c0b8e7a45@teamtailor-mail.com>"
    hs = head(addr("Géomatique Boréal", "no-reply@teamtailor-mail.com"),
              "Confirmation de votre entrevue – Géomatique Boréal", "2026-10-20 10:05", ET, mid,
              relay="mta-27.teamtailor-mail.com", ip="185.225.17.27",
              extra=(("Reply-To", addr("Marie-Ève Gagnon", "marie-eve.gagnon@geomatiqueboreal.qc.ca")),
                     ("Content-Language", "fr-CA")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(page, cte="quoted-printable")))


@mail(n(8), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:30", NT), end=utc("2026-10-08 15:00", NT),
      contact="siobhan.walsh@oceancovesurveys.ca", company="Ocean Cove Surveys",
      local="Thu 2026-10-08 14:30", local_end="2026-10-08 15:00", zone=NT, days=(("Wed", "2026-10-07"),),
      note="St. John's recruiter, Date Wed 7 Oct 11:40 NDT (-0230): 'tomorrow (Thursday) at 2:30 our time' "
           "= 14:30 NDT = 17:00Z (2:00 Atlantic, as she says); '30 minutes' exact -> end 17:30Z")
def p_prose_newfoundland():
    body = t("""
        Hi Aidan,

        Lovely chatting with you earlier, b'y. As promised here's the follow-up: you're booked in with
        myself and Gerard Power (our survey operations lead) tomorrow, Thursday, at 2:30 our time -
        that's Newfoundland time, so 2:00 for you in Fredericton. We'll do it on Teams, invite to
        follow from Gerard. It'll be 30 minutes, pretty relaxed, mostly about the coastal mapping work
        and whether you'd be up for the odd week on the boat in the summer.

        Any trouble, my cell is 709-555-0119.

        Cheers,
        Siobhan

        Siobhan Walsh
        People & Culture, Ocean Cove Surveys
        Water Street, St. John's NL
        """)
    mid = "<CAH3x9Lq7W2pTz0vB8nFk5Yc1RuJd4Gm6Se@mail.gmail.com>"
    hs = head(addr("Siobhan Walsh", "siobhan.walsh@oceancovesurveys.ca"),
              "Tomorrow's chat - Ocean Cove Surveys", "2026-10-07 11:40", NT, mid,
              relay="mail-lf1-f45.google.com", ip="209.85.167.45")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="quoted-printable")))


@mail(n(9), family="human_prose_phone", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-21 14:00", AT), end=None,
      contact="kyle@tidalstaffing.ca", company="Hartland Timber Services",
      local="Wed 2026-10-21 14:00", zone=AT, days=(("Tue", "2026-10-20"),),
      note="Terse phone reply from an agency recruiter, Date Tue 20 Oct 08:40 ADT: 'Tomorrow at 2 ... ask for "
           "Lorraine' -> Wed 21 Oct 14:00 ADT = 17:00Z; no length; company = the client (hiring company), "
           "contact = the recruiter who sent it")
def p_phone_agency():
    body = t("""
        Perfect. Tomorrow at 2 at their office on Prospect St, ask for Lorraine at the front. Suit not needed, business casual. Good luck!!

        Kyle

        Sent from my iPhone

        > On Oct 20, 2026, at 8:31 AM, Aidan MacLeod <aidan.macleod@example.org> wrote:
        >
        > Hi Kyle, got your voicemail - yes I can do the Hartland Timber interview tomorrow afternoon. What time and where?
        >
        > Aidan
        """)
    mid = "<6B1F2E0A-93C4-4D7A-8E25-0F9C1A7B3D60@tidalstaffing.ca>"
    hs = head(addr("Kyle Brophy", "kyle@tidalstaffing.ca"), "Re: Hartland Timber", "2026-10-20 08:40", AT,
              mid, relay="mail-yt4can01on2139.outbound.protection.outlook.com", ip="40.107.117.139",
              extra=(("In-Reply-To", "<CAF7mXk9rTq2Lp0aZ@mail.example.org>"),
                     ("References", "<CAF7mXk9rTq2Lp0aZ@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="quoted-printable", params="format=flowed; delsp=yes"))


@mail(n(10), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 13:30", AT), end=None,
      contact="rejean.cormier@beausejourgeo.ca", company="Services géomatiques Beauséjour",
      local="Tue 2026-11-03 13:30", zone=AT, days=(("Thu", "2026-10-29"),),
      note="Acadian French from a Dieppe firm, sent Thu 29 Oct in ADT: 'mardi prochain, le 3, à 13 h 30' -> "
           "Tue 3 Nov, after DST ended on 1 Nov, so AST (UTC-4) = 17:30Z; the attached all-day placeholder "
           "event only gives the day; 'une heure, à peu près' -> end null")
def p_acadian_dieppe():
    body = t("""
        Salut Aidan,

        Ben content d'avoir jasé avec toi au téléphone à matin. Comme de fait, c'est confirmé pour
        mardi prochain, le 3, à 13 h 30, à notre bureau de Dieppe (rue Champlain, deuxième étage, la
        porte à côté de la pharmacie). Tu vas rencontrer moi pis Nathalie Gallant, qui s'occupe des
        contrats avec les coopératives forestières. Compte une heure, à peu près.

        J'ai mis une réservation pour la journée dans ton calendrier, juste pour pas que tu
        l'oublies, mais l'heure c'est bien 13 h 30.

        Si jamais t'as un problème, appelle-moi au 506-555-0163.

        À mardi!

        Réjean Cormier
        Directeur des opérations
        Services géomatiques Beauséjour
        """)
    cal = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Réjean Cormier:mailto:rejean.cormier@beausejourgeo.ca
ATTENDEE;CN=Aidan MacLeod;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aidan.macleod@example.org
DTSTART;VALUE=DATE:20261103
DTEND;VALUE=DATE:20261104
DTSTAMP:20261029T133500Z
UID:040000008200E00074C5B7101A82E00800000000F0A3C1B2E46ADC010000000000000000100000009C3E2A1F
SUMMARY;LANGUAGE=fr-ca:Entrevue Aidan MacLeod - Beauséjour (13 h 30)
LOCATION;LANGUAGE=fr-ca:Bureau de Dieppe\\, rue Champlain
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR"""
    mid = "<YT2PR01MB6512B4E09C2F1A8D3E70C5A2B3F11@YT2PR01MB6512.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Réjean Cormier", "rejean.cormier@beausejourgeo.ca"), "Entrevue mardi – confirmation",
              "2026-10-29 10:35", AT, mid, relay="mail-yt2can01on2122.outbound.protection.outlook.com",
              ip="40.107.113.122", extra=(("Content-Language", "fr-CA"),))
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="8bit"),
                             calendar(cal, cte="quoted-printable", filename="Entrevue.ics",
                                      disposition="attachment")))


@mail(n(11), family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-22 10:00", AT), end=utc("2026-10-22 10:45", AT),
      contact="nadia.boudreau@bluenoseenv.ca", company="Bluenose Environmental Consulting",
      local="Thu 2026-10-22 10:00", local_end="2026-10-22 10:45", zone=AT,
      note="Microsoft Bookings confirmation from a Halifax consultancy; the body's zone label shows the standard "
           "offset '(UTC-04:00) Atlantic Time (Canada)' but 22 Oct is ADT (UTC-3): 10:00-10:45 -> 13:00-13:45Z, "
           "as the ICS ('Atlantic Standard Time' with DST rules) confirms; sender is the Bookings mailbox, "
           "contact = the staff member's address in the body")
def p_bookings_bluenose():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#252423">
        <table role="presentation" width="100%" style="max-width:600px"><tr><td>
        <div style="font-size:24px;font-weight:600;padding:12px 0">Your booking is confirmed</div>
        <div>Hello Aidan MacLeod,</div>
        <div style="padding:8px 0">Thank you for booking with Bluenose Environmental Consulting.</div>
        <table role="presentation" style="border-top:1px solid #e1dfdd;padding-top:12px">
        <tr><td style="color:#605e5c;width:120px">Service</td><td>GIS Technician - first interview</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Thursday, October 22, 2026 10:00 AM - 10:45 AM<br>(UTC-04:00) Atlantic Time (Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Nadia Boudreau</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <div style="padding:12px 0"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTc2">Join your appointment</a></div>
        <div style="padding:8px 0">Nadia will be joined by one of our project GIS leads. If you need to move this,
        please email Nadia directly at nadia.boudreau@bluenoseenv.ca rather than rebooking online.</div>
        <div style="padding:8px 0"><a href="https://outlook.office365.com/book/BluenoseInterviews@bluenoseenv.ca/">Manage booking</a></div>
        <div style="color:#605e5c;font-size:12px">Bluenose Environmental Consulting &middot; 1801 Hollis Street, Halifax, NS</div>
        </td></tr></table></div></body></html>
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ_LOCAL["Atlantic Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Bluenose Interviews:mailto:BluenoseInterviews@bluenoseenv.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aidan MacLeod:mailto:aidan.macleod@example.org
UID:040000008200E00074C5B7101A82E008000000005B7F2C1D9E61DC01000000000000000010000000C4D2E1F0
SUMMARY;LANGUAGE=en-US:GIS Technician - first interview
DTSTART;TZID=Atlantic Standard Time:20261022T100000
DTEND;TZID=Atlantic Standard Time:20261022T104500
CLASS:PUBLIC
DTSTAMP:20261016T121200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    mid = "<BN0PR04MB81443E2A90F7C1B0D2A7C5E4F8A10@BN0PR04MB8144.namprd04.prod.outlook.com>"
    hs = head(addr("Bluenose Environmental Consulting", "BluenoseInterviews@bluenoseenv.ca"),
              "Booking confirmed: GIS Technician - first interview with Bluenose Environmental Consulting",
              "2026-10-16 09:12", AT, mid, relay="mail-bn8nam12on2093.outbound.protection.outlook.com",
              ip="40.107.237.93", extra=(("X-MS-Exchange-Organization-BookingsEvent", "Create"),))
    return message(hs, mixed(html(page, cte="base64"), calendar(cal, cte="base64")))


@mail(n(12), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 11:00", ET), end=utc("2026-11-04 12:00", ET),
      contact="priya.nair@bytownspatial.com", company="Bytown Spatial Inc.",
      local="Wed 2026-11-04 11:00", local_end="2026-11-04 12:00", zone=ET,
      note="SmartRecruiters invitation from an Ottawa firm, sent Thu 29 Oct in EDT for Wed 4 Nov '11:00 AM - "
           "12:00 PM Eastern Time (ET)': US/Canada DST ended 1 Nov, so EST (UTC-5) -> 16:00-17:00Z, not 15:00; "
           "ICS in America/Toronto agrees; contact = Reply-To recruiter")
def p_smartrecruiters_bytown():
    body = t("""
        Dear Aidan,

        Thank you for accepting our invitation. We are pleased to confirm your interview for the
        position of GIS Technician - Municipal Data Services (REF 4471-OTT).

        Interview type: Video interview (Microsoft Teams)
        Date: Wednesday, November 4, 2026
        Time: 11:00 AM - 12:00 PM Eastern Time (ET)
        Interviewers: Priya Nair (Recruiter), Marc-André Lavigne (Manager, Municipal Data Services)

        Please note that clocks go back on Sunday, November 1 - the time above is Ottawa time after
        the change.

        If you have any questions, please reply to this message.

        Kind regards,
        Priya Nair
        Bytown Spatial Inc.

        This message was sent by SmartRecruiters on behalf of Bytown Spatial Inc.
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_LOCAL["America/Toronto"]}
BEGIN:VEVENT
UID:sr-int-3f9a71c2e08b4d51@smartrecruiters.com
DTSTAMP:20261029T191000Z
DTSTART;TZID=America/Toronto:20261104T110000
DTEND;TZID=America/Toronto:20261104T120000
SUMMARY:Interview: GIS Technician - Municipal Data Services - Bytown Spatial Inc.
ORGANIZER;CN=Priya Nair:mailto:priya.nair@bytownspatial.com
ATTENDEE;CN=Aidan MacLeod;RSVP=TRUE:mailto:aidan.macleod@example.org
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    mid = "<0102019b1d7e4a5c-8f3e2b91-6a0d-4c7e-b5f1-2d9e8c7a6b30-000000@eu-west-1.amazonses.com>"
    hs = head(addr("Bytown Spatial Inc.", "noreply@smartrecruiters.com"),
              "Interview confirmed: GIS Technician - Municipal Data Services", "2026-10-29 15:10", ET, mid,
              relay="a7-22.smtp-out.eu-west-1.amazonses.com", ip="54.240.7.22",
              extra=(("Reply-To", addr("Priya Nair", "priya.nair@bytownspatial.com")),))
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, filename="interview.ics", disposition="attachment")))


@mail(n(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 16:30", PT), end=utc("2026-11-19 17:15", PT),
      contact="maya.chen@coastlinecarbon.com", company="Coastline Carbon",
      local="Thu 2026-11-19 16:30", local_end="2026-11-19 17:15", zone=PT,
      note="Remote team in Vancouver pastes a Zoom invitation: 'Nov 19, 2026 04:30 PM Pacific Time' (PST, UTC-8) "
           "-> 00:30Z on Fri 20 Nov, another day in UTC (8:30 PM Atlantic for the candidate); 'blocked 45 minutes' "
           "-> end 01:15Z; Date header in PST; contact = recruiter sender")
def p_zoom_vancouver():
    body = t("""
        Hi Aidan,

        Great news - the team would like to move you to the next round for the Remote GIS Analyst
        (Forest Carbon) role. I know the time is late on your side, sorry about that: our hiring
        manager is in the field all day and this was the only slot this week. We've blocked 45
        minutes.

        Thursday Nov 19, 4:30 PM Pacific / 8:30 PM Atlantic

        You'll meet Sunita Gill (Carbon Modelling Lead) and me. Zoom details below.

        Maya

        Maya Chen | Talent Lead | Coastline Carbon
        remote-first, HQ Vancouver BC

        ---

        Maya Chen is inviting you to a scheduled Zoom meeting.

        Topic: Coastline Carbon - Aidan MacLeod / Remote GIS Analyst interview
        Time: Nov 19, 2026 04:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://coastlinecarbon.zoom.us/j/93318420577?pwd=cXhTRk1ZbG9xWjN2R0h3dUxvR2pKdz09

        Meeting ID: 933 1842 0577
        Passcode: 412870

        ---

        One tap mobile
        +17789072071,,93318420577#,,,,*412870# Canada
        +12042727920,,93318420577#,,,,*412870# Canada

        Join by phone
        +1 778 907 2071 Canada
        +1 438 809 7799 Canada
        Find your local number: https://coastlinecarbon.zoom.us/u/ab3RkqPz1
        """)
    mid = "<CAJ0vZq5r8T1pW3nXb6Lk2Hm9Ye4Dc7Gf0Sa@mail.gmail.com>"
    hs = head(addr("Maya Chen", "maya.chen@coastlinecarbon.com"), "Next step: interview Thursday (Zoom)",
              "2026-11-16 13:45", PT, mid, relay="mail-pj1-f49.google.com", ip="209.85.216.49")
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body), cte="base64")))


@mail(n(14), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-09 13:00", AT), end=utc("2026-11-09 13:30", AT),
      contact="colin.macisaac@harbourviewanalytics.ca", company="Harbourview Analytics",
      local="Mon 2026-11-09 13:00", local_end="2026-11-09 13:30", zone=AT,
      note="Workable interview confirmation from a Halifax firm, 'Monday, November 9, 2026, 1:00 PM - 1:30 PM AST' "
           "(standard time since 1 Nov) -> 17:00-17:30Z; Reply-To is a Workable relay, so contact = the "
           "interviewer's address in the body")
def p_workable_harbourview():
    body = t("""
        Hi Aidan,

        Your interview for the GIS Data Technician position at Harbourview Analytics has been
        scheduled.

        When: Monday, November 9, 2026, 1:00 PM - 1:30 PM AST (Atlantic Standard Time)
        Where: Phone call - Colin will call you at the number on your application
        With: Colin MacIsaac, Geospatial Practice Lead (colin.macisaac@harbourviewanalytics.ca)

        To reply to Harbourview Analytics, simply reply to this email.

        Good luck!
        Harbourview Analytics hiring team

        --
        Sent with Workable
        """)
    page = t("""
        <html><body style="background:#f2f2f2;font-family:Arial,sans-serif">
        <table align="center" width="600" style="background:#fff;padding:24px"><tr><td>
        <p>Hi Aidan,</p>
        <p>Your interview for the <b>GIS Data Technician</b> position at Harbourview Analytics has been scheduled.</p>
        <table style="margin:12px 0">
        <tr><td style="color:#888;padding-right:12px">When</td><td>Monday, November 9, 2026, 1:00 PM - 1:30 PM AST (Atlantic Standard Time)</td></tr>
        <tr><td style="color:#888;padding-right:12px">Where</td><td>Phone call - Colin will call you at the number on your application</td></tr>
        <tr><td style="color:#888;padding-right:12px">With</td><td>Colin MacIsaac, Geospatial Practice Lead (<a href="mailto:colin.macisaac@harbourviewanalytics.ca">colin.macisaac@harbourviewanalytics.ca</a>)</td></tr>
        </table>
        <p>To reply to Harbourview Analytics, simply reply to this email.</p>
        <p>Good luck!<br>Harbourview Analytics hiring team</p>
        <p style="font-size:11px;color:#aaa">Sent with <a href="https://www.workable.com">Workable</a></p>
        </td></tr></table></body></html>
        """)
    mid = "<20261104140205.4e7b2a91c3d0f5e8@candidates.workablemail.com>"
    hs = head(addr("Harbourview Analytics", "noreply@candidates.workablemail.com"),
              "Interview scheduled: GIS Data Technician at Harbourview Analytics", "2026-11-04 10:02", AT, mid,
              relay="o11.candidates.workablemail.com", ip="149.72.140.11",
              extra=(("Reply-To", addr("Harbourview Analytics",
                                       "harbourview-analytics+c7f20ab1e9@candidates.workablemail.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(15), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:30", AT), end=None,
      contact="gferris@kennebecasis-eng.ca", company="Kennebecasis Engineering",
      local="Thu 2026-11-12 09:30", zone=AT, days=(("Thu", "2026-11-05"),),
      note="The candidate forwards to himself (example.net -> example.org) the engineering firm's confirmation as "
           "an attached message: 'next Thursday, November 12 at 9:30 AM' (AST) -> 13:30Z; the outer sender is the "
           "candidate, so contact = the human sender of the forwarded mail")
def p_forward_self_kennebecasis():
    inner_body = t("""
        Aidan,

        Good talking to you. Just confirming we'll see you next Thursday, November 12 at 9:30 AM at our
        Rothesay office (44 Marr Road, upstairs). Myself and Joanne Hachey from our environmental group
        will do the interview; we'll probably also get you to do a short exercise in QGIS, laptop
        provided.

        If you're driving down from Fredericton, leave lots of time, there's roadwork on the 7.

        Graham

        Graham Ferris, P.Eng.
        Principal | Kennebecasis Engineering Ltd.
        """)
    inner = message([("From", addr("Graham Ferris", "gferris@kennebecasis-eng.ca")),
                     ("To", addr("Aidan MacLeod", "aidan.macleod@example.net")),
                     ("Subject", "Interview Thursday Nov 12"),
                     ("Date", date("2026-11-05 16:02", AT)),
                     ("Message-ID", "<000b01dcf0a1$7c3e2d10$74b88730$@kennebecasis-eng.ca>")],
                    text(inner_body, charset="us-ascii", cte="7bit"))
    outer = t("""
        fwd to myself so it's in the work inbox. add to calendar!!
        """)
    mid = "<B7E0C3A2-1F4D-4E8B-9C65-2A0D7F1E3B94@example.net>"
    hs = head(addr("Aidan MacLeod", "aidan.macleod@example.net"), "Fwd: Interview Thursday Nov 12",
              "2026-11-05 21:14", AT, mid, relay="smtp.example.net", ip="203.0.113.25",
              extra=(("X-Mailer", "iPhone Mail (22B83)"),))
    return message(hs, mixed(text(outer, cte="7bit", charset="us-ascii"), attached_message(inner)))


@mail(n(16), family="teams_exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 13:30", ET), end=utc("2026-12-01 14:30", ET),
      contact="smehta@laurentiantimber.com", company="Laurentian Timber Analytics",
      local="Tue 2026-12-01 13:30", local_end="2026-12-01 14:30", zone=ET,
      note="Exchange/Teams meeting request from an Ottawa firm whose body gives no time at all; the time is only "
           "in the ICS: DTSTART;TZID=Eastern Standard Time 20261201T133000 (EST, UTC-5) -> 18:30-19:30Z; "
           "contact = organizer/sender")
def p_teams_laurentian():
    body = t("""
        Hi Aidan,

        As discussed, here's the invite for your interview for the Forest Inventory GIS Analyst role.
        You'll meet me and Claire Dubois from our analytics group. Looking forward to it.

        Sanjay

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4YjM1NDEtNzg2MC00ODk1LWE2ZGEtMWY3ZjQ0N2Q0YTRk%40thread.v2/0>
        Meeting ID: 263 118 402 915
        Passcode: q7NbR3
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Or call in (audio only)
        +1 613-555-0190,,482913755#   Canada, Ottawa-Hull
        Phone Conference ID: 482 913 755#
        Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Sanjay Mehta:mailto:smehta@laurentiantimber.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aidan.macleod@example.org:mailto:aidan.macleod@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claire Dubois:mailto:cdubois@laurentiantimber.com
DESCRIPTION;LANGUAGE=en-US:Hi Aidan\\,\\n\\nAs discussed\\, here's the invite for your interview for the Forest Inventory GIS Analyst role.\\n
UID:040000008200E00074C5B7101A82E00800000000A07C3E5B9F7FDC01000000000000000010000000E2B7C4A9D1F06384
SUMMARY;LANGUAGE=en-US:Interview: Aidan MacLeod / Forest Inventory GIS Analyst
DTSTART;TZID=Eastern Standard Time:20261201T133000
DTEND;TZID=Eastern Standard Time:20261201T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261126T214800Z
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
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4YjM1NDEtNzg2MC00ODk1LWE2ZGEtMWY3ZjQ0N2Q0YTRk%40thread.v2/0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    mid = "<YQXPR01MB4420F3A1C09B7E25D6C1B0E9A7D44@YQXPR01MB4420.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Sanjay Mehta", "smehta@laurentiantimber.com"),
              "Interview: Aidan MacLeod / Forest Inventory GIS Analyst", "2026-11-26 16:48", ET, mid,
              relay="mail-yqbcan01on2119.outbound.protection.outlook.com", ip="40.107.116.119",
              extra=(("Thread-Topic", "Interview: Aidan MacLeod / Forest Inventory GIS Analyst"),
                     ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")))
    page = ("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif\">"
            + body.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</div></body></html>\n")
    return message(hs, alt(text(body), html(page), calendar(cal, cte="base64")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-02 13:30", AT), end=utc("2026-10-02 14:30", AT),
      contact="dkennedy@nashwaakpulp.ca", company="Nashwaak Valley Pulp & Paper",
      local="Fri 2026-10-02 13:30", local_end="2026-10-02 14:30", zone=AT,
      days=(("Thu", "2026-10-01"), ("Fri", "2026-10-02")),
      note="Same mill thread: moved from Thursday (1 Oct) 10:00 to 'Friday, October 2 at 1:30 p.m. ... 1:30 to "
           "2:30' ADT -> 16:30-17:30Z; old and new time both in the mail; contact = HR advisor sender")
def r_prose_mill():
    body = t("""
        Good morning Aidan,

        Sorry to do this to you. Rick got called up to Miramichi for a fire-salvage meeting on
        Thursday, so we need to move your interview from Thursday at 10:00 to Friday, October 2 at
        1:30 p.m. Same place, main office. We'll keep it to an hour, 1:30 to 2:30, and Rick will still
        take you round the yard after if there's light.

        I've updated it on our side; no need to confirm unless Friday is a problem.

        Thanks for being flexible,
        Darlene

        Darlene Kennedy | HR Advisor
        Nashwaak Valley Pulp & Paper
        T 506-555-0187
        """)
    mid = "<YQBPR0101MB5521A7C30E91F2B4D0C5E8F1A6B03@YQBPR0101MB5521.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Darlene Kennedy", "dkennedy@nashwaakpulp.ca"),
              "Change of time - your interview (now Friday)", "2026-09-29 08:05", AT, mid,
              relay="mail-yqbcan01on2100.outbound.protection.outlook.com", ip="40.107.115.100",
              extra=(("Importance", "high"), ("X-Priority", "1"), ("Content-Language", "en-US")))
    page = ("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.split("\n\n")) + "</div></body></html>\n")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-08 10:00", AT), end=utc("2026-10-08 11:00", AT),
      contact="heather.saulnier@loyalistu.ca", company="Loyalist University",
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 11:00", zone=AT,
      note="Google Calendar 'Updated invitation' for the university interview: moved from Tue 6 Oct 11am to "
           "'Thu Oct 8, 2026 10am - 11am (ADT)' -> 13:00-14:00Z; ICS SEQUENCE:1; contact = organizer")
def r_gcal_university():
    subject = ("Updated invitation: Interview - GIS Research Technician (Aidan MacLeod) @ Thu Oct 8, 2026 "
               "10am - 11am (ADT) (aidan.macleod@example.org)")
    body = t("""
        This event has been updated
        Changed: time

        Interview - GIS Research Technician (Aidan MacLeod)
        Thursday Oct 8, 2026 ⋅ 10am – 11am
        Atlantic Time - Moncton
        (was Tuesday Oct 6, 2026 ⋅ 11am – 12pm)

        Note from Heather Saulnier:
        Sorry Aidan, the Dean called a meeting on top of us Tuesday. Thursday at 10 instead, same room.

        Location
        Forest Landscape Lab, Room 307, Hugh Hall, Loyalist University

        Join with Google Meet
        https://meet.google.com/qvx-hdka-rpn

        Guests
        Heather Saulnier - organizer
        Mark Pelletier
        aidan.macleod@example.org

        Reply for aidan.macleod@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LOCAL["America/Moncton"]}
BEGIN:VEVENT
DTSTART;TZID=America/Moncton:20261008T100000
DTEND;TZID=America/Moncton:20261008T110000
DTSTAMP:20261005T132012Z
ORGANIZER;CN=Heather Saulnier:mailto:heather.saulnier@loyalistu.ca
UID:3kq8v0o2m6r1f5l9c7n4e2a8bd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Heather Saulnier;X-NUM-GUESTS=0:mailto:heather.saulnier@loyalistu.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aidan.macleod@example.org;X-NUM-GUESTS=0:mailto:aidan.macleod@example.org
CREATED:20260930T190240Z
LAST-MODIFIED:20261005T132011Z
LOCATION:Forest Landscape Lab\\, Room 307\\, Hugh Hall\\, Loyalist University
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview - GIS Research Technician (Aidan MacLeod)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<calendar-8e2f4a61-7c0d-4b3e-a915-d6c2e0f7b184@google.com>"
    hs = head(addr("Heather Saulnier", "heather.saulnier@loyalistu.ca"), subject, "2026-10-05 10:20", AT, mid,
              relay="mail-sor-f69.google.com", ip="209.85.220.69",
              extra=(("Reply-To", addr("Heather Saulnier", "heather.saulnier@loyalistu.ca")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), calendar(cal)),
                             calendar(cal, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(19), family="personio", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-27 10:00", AT), end=utc("2026-11-27 11:00", AT),
      contact="erin.sutherland@chebuctoanalytics.ca", company="Chebucto Analytics",
      local="Fri 2026-11-27 10:00", local_end="2026-11-27 11:00", zone=AT,
      note="Personio reschedule for a Halifax firm: old 'Wednesday, 25 November 2026, 14:00' crossed out, new "
           "'Friday, 27 November 2026, 10:00 - 11:00 (GMT-4, Atlantic Time)' -> 14:00-15:00Z; ICS SEQUENCE:1; "
           "contact = Reply-To recruiter")
def r_personio_chebucto():
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Arial,sans-serif;color:#1a1a1a;background:#fafafa">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px">
        <p>Hello Aidan,</p>
        <p>the date of your interview for the position <strong>Junior GIS Analyst (Halifax, hybrid)</strong> has changed.</p>
        <p style="color:#8c8c8c"><s>Previous: Wednesday, 25 November 2026, 14:00 - 15:00</s></p>
        <p><strong>New date: Friday, 27 November 2026, 10:00 - 11:00 (GMT-4, Atlantic Time)</strong><br>
        Location: Chebucto Analytics, 5251 Duke Street, Suite 600, Halifax</p>
        <p>Interviewers: Erin Sutherland, Owen Pike</p>
        <p>You will find the updated calendar invitation attached. If you have any questions,
        you can reply to this email.</p>
        <p>Best regards<br>Erin Sutherland<br>Chebucto Analytics</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">This email was sent via Personio on behalf of Chebucto Analytics.</p>
        </div></body></html>
        """)
    cal = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//EN
METHOD:REQUEST
{VTZ_LOCAL["America/Halifax"]}
BEGIN:VEVENT
UID:personio-interview-88412-310077@personio.de
DTSTAMP:20261123T150000Z
SEQUENCE:1
DTSTART;TZID=America/Halifax:20261127T100000
DTEND;TZID=America/Halifax:20261127T110000
SUMMARY:Interview Junior GIS Analyst - Aidan MacLeod
LOCATION:Chebucto Analytics\\, 5251 Duke Street\\, Suite 600\\, Halifax
ORGANIZER;CN=Erin Sutherland:mailto:erin.sutherland@chebuctoanalytics.ca
ATTENDEE;CN=Aidan MacLeod;RSVP=TRUE:mailto:aidan.macleod@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<20261123150000.9f2c7e41a0b3@mail.personio.de>"
    hs = head(addr("Chebucto Analytics", "no-reply@mail.personio.de"),
              "Updated interview date: Junior GIS Analyst", "2026-11-23 11:00", AT, mid,
              relay="mail-out-3.personio.de", ip="185.58.86.3",
              extra=(("Reply-To", addr("Erin Sutherland", "erin.sutherland@chebuctoanalytics.ca")),))
    return message(hs, mixed(html(page, cte="quoted-printable"),
                             calendar(cal, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(20), family="teamtailor", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-02 10:00", ET), end=utc("2026-11-02 11:00", ET),
      contact="marie-eve.gagnon@geomatiqueboreal.qc.ca", company="Géomatique Boréal",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=ET,
      days=(("Tue", "2026-10-27"),),
      note="Teamtailor reschedule in Quebec French, sent Mon 26 Oct in EDT: from mardi 27 octobre 10 h to 'lundi "
           "2 novembre, de 10 h à 11 h (heure de l'Est)'; the clocks change on 1 Nov, so EST (UTC-5) -> "
           "15:00-16:00Z (not 14:00); ICS America/Toronto SEQUENCE:1; contact = Reply-To recruiter")
def r_teamtailor_boreal():
    body = t("""
        Bonjour Aidan,

        Nous devons malheureusement déplacer votre entrevue pour le poste de technicien ou
        technicienne en géomatique. François sera en formation demain, le mardi 27 octobre.

        Ancienne date : mardi 27 octobre 2026, 10 h (heure de l'Est)
        Nouvelle date : lundi 2 novembre 2026, de 10 h à 11 h (heure de l'Est)

        Petit rappel : on recule l'heure dans la nuit du 31 octobre au 1er novembre, au Québec comme
        au Nouveau-Brunswick; l'entrevue reste donc à 11 h heure de l'Atlantique de votre côté.

        Le lien Teams vous sera envoyé la veille. Répondez à ce courriel si la nouvelle date ne vous
        convient pas.

        Merci de votre compréhension,
        Marie-Ève Gagnon
        Conseillère en acquisition de talents, Géomatique Boréal
        """)
    cal = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//FR
METHOD:REQUEST
{VTZ_LOCAL["America/Toronto"]}
BEGIN:VEVENT
UID:tt-interview-61d0c2e7-boreal@teamtailor.com
DTSTAMP:20261026T131500Z
SEQUENCE:1
DTSTART;TZID=America/Toronto:20261102T100000
DTEND;TZID=America/Toronto:20261102T110000
SUMMARY:Entrevue - Technicien(ne) en géomatique - Aidan MacLeod
ORGANIZER;CN=Marie-Ève Gagnon:mailto:marie-eve.gagnon@geomatiqueboreal.qc.ca
ATTENDEE;CN=Aidan MacLeod;RSVP=TRUE:mailto:aidan.macleod@example.org
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<3e8d0f72-a1c4-4b59-86e0-9c7b2d1f5a38@teamtailor-mail.com>"
    hs = head(addr("Géomatique Boréal", "no-reply@teamtailor-mail.com"),
              "Nouvelle date pour votre entrevue – Géomatique Boréal", "2026-10-26 09:15", ET, mid,
              relay="mta-31.teamtailor-mail.com", ip="185.225.17.31",
              extra=(("Reply-To", addr("Marie-Ève Gagnon", "marie-eve.gagnon@geomatiqueboreal.qc.ca")),
                     ("Content-Language", "fr-CA")))
    return message(hs, mixed(text(body, charset="iso-8859-15", cte="quoted-printable"),
                             calendar(cal, cte="base64", filename="entrevue.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(n(21), family="exchange", lang="en/fr", interview=True, kind="cancelled",
      start=utc("2026-09-23 13:30", AT), end=utc("2026-09-23 14:30", AT),
      contact="chantal.arsenault@nbforeststewardship.ca",
      company="Department of Forest Stewardship (Government of New Brunswick)",
      local="Wed 2026-09-23 13:30", local_end="2026-09-23 14:30", zone=AT,
      note="Bilingual Exchange cancellation (METHOD:CANCEL) of the provincial interview, slot Wed 23 Sept 1:30-2:30 "
           "PM ADT -> 16:30-17:30Z; no new time ('we will contact you'); contact = organizer/sender")
def c_exchange_gnb():
    body = t("""
        When: Wednesday, September 23, 2026 1:30 PM-2:30 PM (UTC-04:00) Atlantic Time (Canada).
        Where: Room 2.14, Forest Stewardship Building, 1180 Hanwell Road, Fredericton

        (Le français suit)

        Mr. MacLeod,

        I regret to inform you that competition 26-DFS-118 has been placed on hold pending a review of
        staffing actions, and your interview scheduled for Wednesday is therefore cancelled. Should
        the competition resume, we will contact you to arrange a new date. Your application remains
        on file.

        ----------

        M. MacLeod,

        Nous regrettons de vous informer que le concours 26-DFS-118 est suspendu en attendant un
        examen des mesures de dotation. Votre entrevue prévue mercredi est donc annulée. Si le
        concours reprend, nous communiquerons avec vous pour fixer une nouvelle date.

        Chantal Arsenault
        Human Resources Consultant / Conseillère en ressources humaines
        Department of Forest Stewardship / Ministère de l'Intendance forestière
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ_LOCAL["Atlantic Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Arsenault, Chantal (DFS/MIF):mailto:chantal.arsenault@nbforeststewardship.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aidan.macleod@example.org:mailto:aidan.macleod@example.org
UID:040000008200E00074C5B7101A82E00800000000D0E1B2C3A44ADC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-CA:Canceled: Interview / Entrevue - GIS Technician II / Technicien SIG II (26-DFS-118)
DTSTART;TZID=Atlantic Standard Time:20260923T133000
DTEND;TZID=Atlantic Standard Time:20260923T143000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260921T131500Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-CA:Room 2.14\\, Forest Stewardship Building\\, 1180 Hanwell Road\\, Fredericton
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    mid = "<YT1PR01MB88237A0D4C2E91F6B3E05D7C1A880@YT1PR01MB8823.CANPRD01.PROD.OUTLOOK.COM>"
    subj = "Canceled: Interview / Entrevue - GIS Technician II / Technicien SIG II (26-DFS-118)"
    hs = head(addr("Arsenault, Chantal (DFS/MIF)", "chantal.arsenault@nbforeststewardship.ca"), subj,
              "2026-09-21 10:15", AT, mid, relay="mail-yt3can01on2071.outbound.protection.outlook.com",
              ip="40.107.116.71",
              extra=(("Thread-Topic", "Interview / Entrevue - GIS Technician II / Technicien SIG II (26-DFS-118)"),
                     ("Importance", "high"), ("Content-Language", "en-CA")))
    return message(hs, alt(text(body, charset="iso-8859-1"), calendar(cal, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose_phone", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-04 10:00", AT), end=None,
      contact="kyle@tidalstaffing.ca", company="Kings County Water Commission",
      local="Fri 2026-12-04 10:00", zone=AT, days=(("Tue", "2026-12-01"),),
      note="Agency recruiter from his phone: the client cancelled 'Friday's interview' (quoted: Fri Dec 4 at 10am, "
           "AST) -> slot 14:00Z; role filled internally, no new time; company = the client, contact = recruiter")
def c_phone_agency():
    body = t("""
        Hey Aidan, bad news sorry - Kings County Water just called, they're cancelling Friday's interview. They filled the role internally (someone's nephew I'm guessing lol). Nothing you did. I'll keep you posted on the 2 other ones I mentioned.

        Kyle

        Sent from my iPhone

        > On Nov 27, 2026, at 3:12 PM, Kyle Brophy <kyle@tidalstaffing.ca> wrote:
        >
        > Confirmed w/ Kings County Water for Fri Dec 4 at 10am, their office in Hampton. Ask for Bev Morrison. Bring a printed resume, they're old school.
        """)
    mid = "<9A3C7E21-4B0F-4F6D-A1E8-3D52C0B7F914@tidalstaffing.ca>"
    hs = head(addr("Kyle Brophy", "kyle@tidalstaffing.ca"), "Re: Kings County Water - Friday",
              "2026-12-01 17:05", AT, mid, relay="mail-yt4can01on2139.outbound.protection.outlook.com",
              ip="40.107.117.139",
              extra=(("In-Reply-To", "<2B8E1F0C-6A7D-4C39-9E52-71D0A4F3B6C8@tidalstaffing.ca>"),
                     ("References", "<2B8E1F0C-6A7D-4C39-9E52-71D0A4F3B6C8@tidalstaffing.ca>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="quoted-printable", params="format=flowed; delsp=yes"))


@mail(n(23), family="goodtime", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 14:00", "America/New_York"), end=utc("2026-12-10 14:45", "America/New_York"),
      contact="aromano@northstarcarbon.com", company="Northstar Forest Carbon",
      local="Thu 2026-12-10 14:00", local_end="2026-12-10 14:45", zone="America/New_York",
      days=(("Mon", "2026-12-14"), ("Tue", "2026-12-15")),
      note="GoodTime cancellation from a remote Boston company: 'Thursday, December 10, 2:00 PM - 2:45 PM ET' "
           "(EST) -> 19:00-19:45Z cancelled, METHOD:CANCEL; the coordinator only proposes new times (Mon 14 / "
           "Tue 15 Dec), nothing fixed, so kind cancelled; contact = Reply-To coordinator")
def c_goodtime_northstar():
    body = t("""
        Hi Aidan,

        Your interview has been cancelled.

        Cancelled: Remote GIS Technician - Hiring Manager Interview
        Thursday, December 10, 2026, 2:00 PM - 2:45 PM ET (3:00 PM - 3:45 PM AST)
        Interviewer: Dan Kowalczyk

        A note from Ashley:
        Dan is out sick this week, so we have to cancel Thursday. Would Monday Dec 14 at 1 PM ET or
        Tuesday Dec 15 at 11 AM ET work instead? Reply and I'll send a fresh invite once we lock one in.

        Thanks,
        Northstar Forest Carbon Recruiting Coordination
        Scheduled with GoodTime
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    cal = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:CANCEL
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:goodtime-event-5c7e19a3b2d04f68@goodtime.io
DTSTAMP:20261207T143000Z
DTSTART;TZID=America/New_York:20261210T140000
DTEND;TZID=America/New_York:20261210T144500
SUMMARY:Northstar Forest Carbon - Aidan MacLeod - Hiring Manager Interview
ORGANIZER;CN=Ashley Romano:mailto:aromano@northstarcarbon.com
ATTENDEE;CN=Aidan MacLeod:mailto:aidan.macleod@example.org
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    mid = "<20261207143000.c2e8f71b09a4@mail.goodtime.io>"
    hs = head(addr("Northstar Forest Carbon", "no-reply@goodtime.io"),
              "Cancelled: Remote GIS Technician - Hiring Manager Interview", "2026-12-07 09:30",
              "America/New_York", mid, relay="o1.mail.goodtime.io", ip="168.245.21.108",
              extra=(("Reply-To", addr("Ashley Romano", "aromano@northstarcarbon.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="rejection_taleo", lang="en", interview=False, company="Maritime Timberlands Ltd.",
      note="Taleo rejection, iso-8859-1 HTML only; mentions the interview stage ('not be invited to interview') "
           "but confirms nothing")
def n_taleo_rejection():
    page = t("""
        <html><body><font face="Arial" size="2">
        <p>Dear Aidan MacLeod,</p>
        <p>Thank you for your interest in the position of <b>GIS Specialist « Woodlands » (Req. 26-0412)</b> with
        Maritime Timberlands Ltd.</p>
        <p>We received a large number of applications from highly qualified candidates. After careful review,
        we regret to inform you that you will not be invited to interview for this position.</p>
        <p>We encourage you to visit our career site regularly and apply for future opportunities that match
        your skills and interests. Your profile will remain in our database for twelve (12) months.</p>
        <p>We wish you every success in your job search.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Maritime Timberlands Ltd.</p>
        <p><i>This is an automated message, please do not reply. « Merci » to all our applicants.</i></p>
        </font></body></html>
        """)
    mid = "<1283746510.55128.1757603520331.JavaMail.taleo@ca2tlsmtp02.taleo.net>"
    hs = head(addr("Maritime Timberlands Careers", "noreply@taleo.net"),
              "Your application: GIS Specialist « Woodlands » (Req. 26-0412)", "2026-09-10 11:52", AT, mid,
              relay="ca2tlsmtp02.taleo.net", ip="148.87.20.114", charset="iso-8859-1")
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(25), family="offer", lang="en", interview=False, company="Canopy Labs",
      days=(("Fri", "2026-12-04"), ("Fri", "2026-12-11"), ("Mon", "2027-01-11")),
      note="Written offer from the drone start-up; it fixes a call ('Friday, December 4 at 11 AM') to walk through "
           "benefits, a deadline and a start date, but no interview")
def n_offer_canopy():
    body = t("""
        Hi Aidan,

        I'm thrilled to share that we'd like to offer you the role of Geospatial Data Specialist at
        Canopy Labs! The formal letter is attached through our e-signature tool (you'll get a separate
        email from Dropbox Sign). Headlines:

          - Salary: $64,000 CAD, reviewed after six months
          - Start date: Monday, January 11, 2027
          - Hybrid, Moncton office two days a week; we cover mileage for field days
          - Health and dental from day one, 3 weeks vacation + the winter shutdown

        I've booked a call for Friday, December 4 at 11 AM Atlantic to walk through benefits and
        answer any questions. We'd love to have your answer by Friday, December 11.

        The whole team was really impressed in your interviews. Hope you say yes!

        Jess Landry
        People & Operations, Canopy Labs
        """)
    mid = "<CAP4kQ2v0zXn8bT3mW7rJ1cHs5Ld9Fe6Yg@mail.gmail.com>"
    hs = head(addr("Jess Landry", "jess.landry@canopylabs.ca"), "Offer - Geospatial Data Specialist 🎉",
              "2026-12-02 14:20", AT, mid, relay="mail-qt1-f172.google.com", ip="209.85.160.172")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(26), family="application_receipt_workday", lang="en", interview=False,
      company="Fundy Harbour Port Authority",
      note="Workday application receipt; describes the process ('shortlisted candidates will be contacted to "
           "schedule an interview'), nothing scheduled")
def n_workday_receipt():
    body = t("""
        Dear Aidan,

        Thank you for applying for the GIS & Asset Data Technician position (R-0003318) at Fundy Harbour
        Port Authority. We have received your application.

        What happens next?
        Our hiring team will review applications after the posting closes on September 18, 2026.
        Shortlisted candidates will be contacted to schedule an interview, usually within three weeks
        of the closing date. You can check the status of your application at any time in your
        candidate home:

        https://fundyport.wd3.myworkdayjobs.com/en-US/Careers/userHome

        Kind regards,
        Talent Acquisition
        Fundy Harbour Port Authority

        Please do not reply to this message; this mailbox is not monitored.
        """)
    mid = "<1620513847.901233.1788957124552@wd3-prod-mail-002.myworkday.com>"
    hs = head(addr("Fundy Harbour Port Authority", "fundyport@myworkday.com"),
              "Thank you for applying - GIS & Asset Data Technician (R-0003318)", "2026-09-09 08:32", AT, mid,
              relay="wd3-smtp-out-11.myworkday.com", ip="199.59.128.11",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@mail(n(27), family="job_alert_join", lang="en", interview=False, company=None,
      note="JOIN job alert listing new roles; one listing says 'interviews in early November', nothing for the "
           "candidate")
def n_join_alert():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f4f5f7">
        <table width="600" align="center" style="background:#fff;padding:20px"><tr><td>
        <h2 style="color:#0b1f3a">5 new jobs for "GIS technician" near Fredericton, NB</h2>
        <div style="border-bottom:1px solid #eee;padding:10px 0"><b>GIS Technician (term, 18 months)</b><br>
        Saint John River Watershed Trust · Fredericton · posted 2 days ago<br>
        <span style="color:#666">Interviews will take place in early November. Apply by October 23.</span></div>
        <div style="border-bottom:1px solid #eee;padding:10px 0"><b>Forestry Technician – Inventory &amp; Mapping</b><br>
        Upper Miramichi Woodlot Association · Boiestown · posted 3 days ago</div>
        <div style="border-bottom:1px solid #eee;padding:10px 0"><b>Junior Drone Pilot / Data Processor</b><br>
        SkyTrace Atlantic · Moncton · posted 4 days ago</div>
        <div style="border-bottom:1px solid #eee;padding:10px 0"><b>CAD/GIS Drafting Technologist</b><br>
        Oromocto Engineering Group · Oromocto · posted 5 days ago</div>
        <div style="padding:10px 0"><b>Remote Sensing Analyst</b><br>Bluewater Earth Observation · Remote (Canada) · posted 6 days ago</div>
        <p><a href="https://join.com/jobs/alerts/manage?token=f3a9c0">Manage your job alerts</a></p>
        <p style="font-size:11px;color:#999">JOIN Solutions AG · Zurich · You receive this email because you
        created a job alert. <a href="https://join.com/unsubscribe?t=f3a9c0">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    mid = "<20261012061502.7c31e0.jobalert@join.com>"
    hs = head(addr("JOIN Job Alerts", "alerts@join.com"), "5 new jobs for \"GIS technician\" near Fredericton",
              "2026-10-12 03:15", AT, mid, relay="mail-out-07.join.com", ip="185.211.88.7",
              extra=(("List-Unsubscribe", "<https://join.com/unsubscribe?t=f3a9c0>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Careers newsletter about panel interviews; example times and a 'live Q&A Thursday at 7' are content, "
           "not a booking")
def n_newsletter():
    body = t("""
        THE WOODS & WORK WEEKLY - careers in Atlantic Canada's forest sector
        Issue 112 - October 2026

        How to survive a government panel interview
        -------------------------------------------
        You're confirmed for 10 a.m. Tuesday. Three people, one table, a stack of behavioural
        questions and a scoring grid you'll never see. Here's what our readers who've sat on those
        boards say actually matters:

        1. Answer the question they asked. Panels score against a rubric; wandering costs points.
        2. Use STAR, but keep the S and T to two sentences.
        3. Bring the competition number and read the statement of qualifications again the night before.
        4. In New Brunswick, you can ask to be interviewed in either official language. Do.

        Also this week
        - Silviculture crews: what the new piece-rate means for you
        - Five GIS certificates that employers actually ask for
        - Live Q&A with a provincial HR consultant, Thursday at 7 p.m. Atlantic, on our YouTube channel

        You're receiving this because you subscribed at woodsandwork.ca.
        Unsubscribe: https://woodsandwork.ca/u/7f1e2b
        """)
    mid = "<newsletter-112.7f1e2b@mail.woodsandwork.ca>"
    hs = head(addr("Woods & Work Weekly", "newsletter@woodsandwork.ca"),
              "Surviving the government panel interview (+ piece-rates explained)", "2026-10-14 07:00", AT, mid,
              relay="mail197.atl61.mcsv.net", ip="198.2.137.197",
              extra=(("List-Id", "Woods & Work Weekly <7f1e2b.woodsandwork.ca>"),
                     ("List-Unsubscribe", "<https://woodsandwork.ca/u/7f1e2b>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="quoted-printable"),
                           html("<html><body><pre>" + body.replace("&", "&amp;") + "</pre></body></html>\n")))


@mail(n(29), family="self_schedule_icims", lang="en", interview=False, company="Tantramar Mutual Insurance",
      days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07"), ("Thu", "2026-10-08")),
      note="iCIMS self-scheduling request listing open slots; the candidate has not picked one, nothing confirmed")
def n_icims_self_schedule():
    body = t("""
        Hello Aidan,

        Congratulations! You have been selected for a phone interview for the Property Data Analyst
        (GIS) position with Tantramar Mutual Insurance.

        Please use the link below to choose the time that suits you best. Available times (Atlantic):

          Tuesday, October 6: 9:00 AM, 10:30 AM, 2:00 PM
          Wednesday, October 7: 11:00 AM, 3:30 PM
          Thursday, October 8: 9:30 AM

        Select your interview time:
        https://careers-tantramarmutual.icims.com/jobs/2231/interview/schedule?ss=1&token=9c2e71

        Slots are first come, first served. The link expires in 72 hours.

        Regards,
        Human Resources
        Tantramar Mutual Insurance
        """)
    mid = "<1759338711.8821.2231@talent.icims.com>"
    hs = head(addr("Tantramar Mutual Insurance", "donotreply@talent.icims.com"),
              "Action required: schedule your phone interview", "2026-10-01 14:11", AT, mid,
              relay="smtp-out3.icims.com", ip="64.79.129.33")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Northern Lights Talent",
      note="Agency cold outreach asking for a quick chat 'this week'; nothing fixed")
def n_outreach():
    body = t("""
        Hi Aidan,

        I came across your profile and your work on the Nashwaak LiDAR canopy-height model caught my eye.
        I'm working on a permanent GIS Technologist search for a client in Halifax (environmental
        consulting, hybrid, $62-70K) and I think you'd be a strong fit.

        Would you be open to a quick 15-minute chat this week? Happy to work around your schedule -
        just send me a couple of times that suit.

        Cheers,
        Brendan Oakley
        Senior Recruiter, Northern Lights Talent
        Halifax | Moncton | St. John's
        """)
    mid = "<CAN8pZk1qR4vT7wX0yB3cD6eF9gH2iJ5kL@mail.gmail.com>"
    hs = head(addr("Brendan Oakley", "brendan@northernlightstalent.ca"), "GIS Technologist - Halifax (hybrid)",
              "2026-09-22 12:48", AT, mid, relay="mail-ua1-f52.google.com", ip="209.85.222.52")
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@mail(n(31), family="proposed_not_confirmed", lang="fr", interview=False, company="Écho-Carto Acadie",
      days=(("Thu", "2026-11-12"),),
      note="Acadian French recruiter proposes 'mardi à 10 h' or 'mercredi après-midi' and will send an invite once "
           "Aidan answers: proposed, not confirmed")
def n_proposed_acadian():
    body = t("""
        Bonjour Aidan,

        Merci pour ta candidature pour le poste de technicien SIG. Jacques pis moi, on aimerait ben te
        rencontrer la semaine prochaine. Est-ce que mardi à 10 h marcherait pour toi? Sinon, mercredi
        après-midi, on est pas mal libres.

        Dis-moi ce qui t'accommode le mieux pis je t'enverrai une invitation en bonne et due forme.

        Merci,
        Josée Richard
        Coordonnatrice, ressources humaines
        Écho-Carto Acadie, Shediac
        """)
    mid = "<CAK2wL9pN4rT0vX7zB1dF3hJ5mQ8sU6yW@mail.gmail.com>"
    hs = head(addr("Josée Richard", "josee.richard@echocarto.ca"), "Entrevue – poste de technicien SIG",
              "2026-11-12 13:40", AT, mid, relay="mail-oi1-f178.google.com", ip="209.85.167.178",
              extra=(("Content-Language", "fr-CA"),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(32), family="non_interview_appointment", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Physiotherapy initial assessment booked through Jane; a confirmed time but not an interview")
def n_physio():
    body = t("""
        Hi Aidan,

        Your appointment is confirmed.

        Initial Assessment - Physiotherapy (60 min)
        with Kara Nowlan, PT
        Thursday, October 1, 2026 at 4:15 PM ADT

        Riverside Physiotherapy
        212 Queen Street, Suite 3, Fredericton NB

        Please arrive 10 minutes early to complete your intake forms, and wear comfortable clothing.
        Cancellations with less than 24 hours' notice are charged in full.

        Manage your appointment: https://riversidephysio.janeapp.com/appointments/7731902

        Sent by Jane on behalf of Riverside Physiotherapy
        """)
    mid = "<6f0c9b1e2d83.7731902@mailer.janeapp.com>"
    hs = head(addr("Riverside Physiotherapy", "noreply@janeapp.com"),
              "Appointment Confirmation - Riverside Physiotherapy", "2026-09-25 18:03", AT, mid,
              relay="mailer-5.janeapp.com", ip="54.240.27.44")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


@mail(n(33), family="job_centre", lang="en/fr", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Provincial employment-services office: intake 'interview' with an employment counsellor at a fixed time "
           "(Tue 15 Sept 10:30) - an appointment about the job search, not a job interview")
def n_job_centre():
    body = t("""
        (Le français suit)

        Hello Aidan MacLeod,

        This is a reminder of your appointment with an Employment Counsellor at Employment Pathways NB.

        Date: Tuesday, September 15, 2026
        Time: 10:30 a.m.
        Location: Fredericton office, 300 St. Mary's Street, 2nd floor
        Type: Intake interview (about 45 minutes)

        Please bring your résumé, your Social Insurance Number and any letters from Employment
        Insurance. If you cannot attend, call 1-855-555-0100 at least 24 hours ahead.

        ------------------------------------------------------------

        Bonjour Aidan MacLeod,

        Ceci est un rappel de votre rendez-vous avec une conseillère en emploi à Cheminements
        d'emploi N.-B.

        Date : le mardi 15 septembre 2026
        Heure : 10 h 30
        Lieu : bureau de Fredericton, 300, rue St. Mary's, 2e étage
        Type : entrevue d'accueil (environ 45 minutes)

        Employment Pathways NB / Cheminements d'emploi N.-B.
        This is an automated message. / Message automatique.
        """)
    mid = "<appt-reminder-20260911-553901@notify.employmentpathwaysnb.ca>"
    hs = head(addr("Employment Pathways NB / Cheminements d'emploi N.-B.", "no-reply@employmentpathwaysnb.ca"),
              "Appointment reminder / Rappel de rendez-vous", "2026-09-11 09:00", AT, mid,
              relay="notify.employmentpathwaysnb.ca", ip="142.139.5.20")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(34), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Executive MBA admissions interview with a confirmed time and an ICS; a school admission, not a job "
           "interview; the school is not an employer here -> company null")
def n_mba_admission():
    body = t("""
        Dear Aidan,

        Thank you for your application to the Executive MBA (Weekend Cohort, January 2027 intake).
        We are pleased to invite you to an admissions interview, confirmed as follows:

        Saturday, November 14, 2026
        10:00 - 10:30 AM Atlantic Standard Time
        Zoom (link in the attached calendar invitation)
        Interviewers: Dr. Alan Gaudet (Program Director) and a current EMBA student

        The interview is a conversation about your professional goals and how the program fits them.

        Warm regards,
        Graduate Admissions
        Chignecto School of Business, Sackville NB
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Chignecto School of Business//Slate//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_LOCAL["America/Moncton"]}
BEGIN:VEVENT
UID:slate-interview-20261114-aidan-macleod@chignecto.ca
DTSTAMP:20261106T170000Z
DTSTART;TZID=America/Moncton:20261114T100000
DTEND;TZID=America/Moncton:20261114T103000
SUMMARY:EMBA admissions interview - Aidan MacLeod
ORGANIZER;CN=Graduate Admissions:mailto:gradadmissions@chignecto.ca
ATTENDEE;CN=Aidan MacLeod;RSVP=TRUE:mailto:aidan.macleod@example.org
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<slate.8d41f0.20261106170000@chignecto.ca>"
    hs = head(addr("Chignecto School of Business - Graduate Admissions", "gradadmissions@chignecto.ca"),
              "EMBA admissions interview confirmed - Saturday, November 14", "2026-11-06 13:00", AT, mid,
              relay="mail.technolutions.net", ip="52.3.81.14")
    return message(hs, mixed(text(body), calendar(cal, filename="interview.ics", disposition="attachment")))


@mail(n(35), family="press_interview", lang="en", interview=False, company=None,
      days=(("Wed", "2026-09-16"), ("Sat", "2026-09-19")),
      note="Local reporter confirms a phone interview with Aidan about his wildfire-risk maps ('Wednesday at 3'); a "
           "press interview, not a job interview")
def n_reporter():
    body = t("""
        Hi Aidan,

        Thanks so much for agreeing to talk to me about the volunteer fire-risk maps you made for the
        Keswick Ridge fire department. We're confirmed for Wednesday at 3 by phone - I'll call your
        cell. Should take 20 minutes or so. Photographer would love to grab a quick shot of you with
        the maps on Thursday if you're around.

        The piece should run in Saturday's paper and online.

        Tara

        Tara Gould
        Reporter, The River Valley Record
        """)
    mid = "<CAB7nH3qL0vP5tR9wX2zD4fJ6mS8uY1cE@mail.gmail.com>"
    hs = head(addr("Tara Gould", "tgould@rivervalleyrecord.ca"), "Interview Wednesday - fire maps story",
              "2026-09-14 11:26", AT, mid, relay="mail-io1-f44.google.com", ip="209.85.166.44")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(36), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast host confirms a recording session where Aidan is the guest ('Tuesday, November 10 at 7:00 PM "
           "AST'); not a job interview")
def n_podcast():
    body = t("""
        Hey Aidan!

        Stoked to have you on Mapping the Maritimes. We're locked in:

        Recording: Tuesday, November 10 at 7:00 PM AST (about an hour)
        Studio link: https://riverside.fm/studio/mapping-the-maritimes?t=4c9e71

        Topics I'd like to hit: how you got into GIS from a forestry diploma, the canopy-height model,
        and your hot take on open LiDAR data in NB. Use headphones and a wired connection if you can.

        Talk soon,
        Nick Arsenault
        Host, Mapping the Maritimes (a podcast about maps, mostly)
        """)
    mid = "<0f7e3c21a9b84d56.podcast@mappingthemaritimes.ca>"
    hs = head(addr("Nick Arsenault", "nick@mappingthemaritimes.ca"), "Podcast interview locked in - Nov 10",
              "2026-11-03 20:14", AT, mid, relay="smtp.fastmail.com", ip="103.168.172.44")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@mail(n(37), family="sports_tryout", lang="en", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Rugby club senior try-out confirmation from TeamSnap with a fixed time; not an interview")
def n_tryout():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <div style="background:#ff8f1c;color:#fff;padding:12px;font-weight:bold">Fredericton Loggers RFC</div>
        <p>Hi Aidan,</p>
        <p>You're confirmed for <b>Senior Men's Try-outs</b>.</p>
        <p><b>Saturday, September 12, 2026</b><br>9:00 AM - 11:30 AM ADT (arrive 8:30 for check-in)<br>
        Chapman Field, Fredericton</p>
        <p>Bring boots, a mouthguard and water. Coach Dwyer will split forwards and backs after the warm-up.
        Selections will be posted on TeamSnap by Monday night.</p>
        <p><a href="https://go.teamsnap.com/2847711/availability">Update availability</a></p>
        <p style="font-size:11px;color:#777">Sent via TeamSnap on behalf of Fredericton Loggers RFC</p>
        </body></html>
        """)
    mid = "<5f1d2c7e8a90.2847711@notifications.teamsnap.com>"
    hs = head(addr("Fredericton Loggers RFC (via TeamSnap)", "notifications@teamsnap.com"),
              "You're in: Senior Men's Try-outs, Sat Sep 12", "2026-09-07 19:30", AT, mid,
              relay="o7.notifications.teamsnap.com", ip="167.89.55.7")
    return message(hs, html(page))


@mail(n(38), family="car_service", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Dealership confirms a winter-tire changeover at a fixed time with an ICS; not an interview")
def n_car_service():
    body = t("""
        Hi Aidan,

        Thanks for booking with Regent Street Auto. Your service appointment is confirmed:

        Friday, November 6, 2026 at 8:00 AM
        Vehicle: 2017 Toyota Tacoma
        Service: Seasonal tire changeover + oil change
        Advisor: Shawn

        Shuttle service is available within Fredericton until 10 AM.

        Regent Street Auto Service Department
        (506) 555-0121
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Xtime//Service Appointment//EN
VERSION:2.0
METHOD:PUBLISH
{VTZ_LOCAL["America/Moncton"]}
BEGIN:VEVENT
UID:xtime-appt-66120934@regentstreetauto.ca
DTSTAMP:20261102T153000Z
DTSTART;TZID=America/Moncton:20261106T080000
DTEND;TZID=America/Moncton:20261106T100000
SUMMARY:Service appointment - Regent Street Auto
LOCATION:Regent Street Auto\\, Fredericton
END:VEVENT
END:VCALENDAR"""
    mid = "<66120934.appt@xtime.com>"
    hs = head(addr("Regent Street Auto", "service@regentstreetauto.ca"), "Your service appointment is confirmed",
              "2026-11-02 11:30", AT, mid, relay="mta2.xtime.com", ip="69.25.120.12")
    return message(hs, mixed(text(body), calendar(cal, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@mail(n(39), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Calendly booking with a career coach for a 60-minute mock interview, ICS included; a confirmed time, "
           "but practice, not a job interview")
def n_mock_interview():
    body = t("""
        Hi Aidan MacLeod,

        A new event has been scheduled.

        Event Type:
        Mock Interview (60 min)

        Invitee:
        Aidan MacLeod

        Invitee Email:
        aidan.macleod@example.org

        Event Date/Time:
        7:00pm - 8:00pm (Atlantic Time - Canada) on Tuesday, October 13, 2026

        Location:
        This is a Google Meet web conference. https://meet.google.com/ayk-pwre-nmo

        Questions:
        What interview are you preparing for? Panel interview for a provincial GIS Technician II
        competition and a technical round at a start-up.

        Host: Lisa Beaulieu, Career Coach - Beaulieu Career Coaching

        View event in Calendly
        Powered by Calendly.com
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_LOCAL["America/Halifax"]}
BEGIN:VEVENT
UID:calendly-3b7f1e20-9c4d-4a85-b612-7d0e5f9a2c81
DTSTAMP:20261009T140100Z
DTSTART;TZID=America/Halifax:20261013T190000
DTEND;TZID=America/Halifax:20261013T200000
SUMMARY:Mock Interview (60 min) between Lisa Beaulieu and Aidan MacLeod
ORGANIZER;CN=Lisa Beaulieu:mailto:lisa@beaulieucoaching.ca
ATTENDEE;CN=Aidan MacLeod;RSVP=TRUE:mailto:aidan.macleod@example.org
LOCATION:https://meet.google.com/ayk-pwre-nmo
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<calendly.3b7f1e20-9c4d-4a85-b612-7d0e5f9a2c81@calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Mock Interview (60 min) with Lisa Beaulieu on Tuesday, October 13, 2026",
              "2026-10-09 11:01", AT, mid, relay="o1.ptr9032.calendly.com", ip="149.72.246.90",
              extra=(("Reply-To", addr("Lisa Beaulieu", "lisa@beaulieucoaching.ca")),))
    return message(hs, mixed(alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n")),
        calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(n(40), family="forwarded_other_person", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"), ("Tue", "2026-11-10")),
      note="His sister forwards HER confirmed nursing interview (Thu 12 Nov 1:00 PM) asking him to quiz her; a "
           "real interview confirmation, but not the inbox owner's")
def n_sister_forward():
    body = t("""
        Aidan!! I got the interview!! Can you quiz me Tuesday night? You're better at the STAR thing
        than me. Bring pizza, I'll supply the panic.

        M

        ---------- Forwarded message ---------
        From: Northumberland Regional Hospital Recruitment <recruitment@nrhospital.ca>
        Date: Tue, Nov 3, 2026 at 2:44 PM
        Subject: Interview confirmation - Registered Nurse, Unit 4B
        To: Morgan MacLeod <morgan.macleod@example.net>

        Dear Morgan,

        This confirms your interview for the position of Registered Nurse, Unit 4B (Medicine), on
        Thursday, November 12, 2026 at 1:00 PM, Human Resources boardroom, 2nd floor. Please bring
        your NANB registration number.

        Human Resources - Recruitment
        Northumberland Regional Hospital
        """)
    mid = "<CAM4sT0kP8vR2wY6zA9bC1eG3hJ7nL5qU@mail.gmail.com>"
    hs = head(addr("Morgan MacLeod", "morgan.macleod@example.net"),
              "Fwd: Interview confirmation - Registered Nurse, Unit 4B", "2026-11-03 21:02", AT, mid,
              relay="mail-wr1-f54.google.com", ip="209.85.221.54")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="interviewer_invite_current_job", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Exchange invite from HR at his CURRENT employer asking Aidan to sit on the panel interviewing a summer "
           "student; an interview at a fixed time, but he is the interviewer -> negative (current employer, as "
           "for a stand-up, company null)")
def n_panel_current_job():
    body = t("""
        When: Tuesday, October 13, 2026 2:00 PM-2:45 PM (UTC-04:00) Atlantic Time (Canada).
        Where: Boardroom B, Oromocto office

        Hi Aidan,

        Thanks for agreeing to sit on the panel for the GIS summer student posting. First candidate
        is Emily Tran (UNB, 3rd year forestry). I've attached her résumé and the question sheet -
        please take questions 4 to 6 and the mapping exercise. Scoring grid to me by end of day please.

        Kelly

        Kelly Brewer | HR Generalist
        Sunbury Woodlands Ltd.
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ_LOCAL["Atlantic Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kelly Brewer:mailto:kbrewer@sunburywoodlands.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aidan MacLeod:mailto:aidan.macleod@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul Gorman:mailto:pgorman@sunburywoodlands.ca
UID:040000008200E00074C5B7101A82E00800000000B18E4F2C7D5BDC01000000000000000010000000F3A1C7E2
SUMMARY;LANGUAGE=en-CA:Interview panel - GIS Summer Student (candidate: Emily Tran)
DTSTART;TZID=Atlantic Standard Time:20261013T140000
DTEND;TZID=Atlantic Standard Time:20261013T144500
DTSTAMP:20261007T171000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Boardroom B\\, Oromocto office
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    mid = "<YT3PR01MB7719A2E40C6F9B1D3E85C7A0F2B11@YT3PR01MB7719.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Kelly Brewer", "kbrewer@sunburywoodlands.ca"),
              "Interview panel - GIS Summer Student (candidate: Emily Tran)", "2026-10-07 14:10", AT, mid,
              relay="mail-yt3can01on2109.outbound.protection.outlook.com", ip="40.107.116.109",
              extra=(("Content-Language", "en-CA"),))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@mail(n(42), family="exit_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-17"),),
      note="Exit interview at his current employer after he resigned, with an Exchange invite; an 'interview' at a "
           "fixed time, not a job interview")
def n_exit_interview():
    body = t("""
        Hi Aidan,

        Congratulations again on the new role - we'll miss you around here. As part of our offboarding
        process, I've booked a short exit interview with you for Thursday, December 17 at 3:00 PM in
        my office. It's confidential and takes about 30 minutes. Please also bring your truck keys,
        the Trimble unit and your ID badge.

        Kelly

        Kelly Brewer | HR Generalist
        Sunbury Woodlands Ltd.
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ_LOCAL["Atlantic Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kelly Brewer:mailto:kbrewer@sunburywoodlands.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aidan MacLeod:mailto:aidan.macleod@example.org
UID:040000008200E00074C5B7101A82E00800000000C29D5E3A8F6CDC01000000000000000010000000D4B2E8F1
SUMMARY;LANGUAGE=en-CA:Exit interview - Aidan MacLeod
DTSTART;TZID=Atlantic Standard Time:20261217T150000
DTEND;TZID=Atlantic Standard Time:20261217T153000
DTSTAMP:20261214T130500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:HR office\\, Oromocto
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    mid = "<YT3PR01MB7719C0F52E8A4B7D1F96A3C8E1D22@YT3PR01MB7719.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Kelly Brewer", "kbrewer@sunburywoodlands.ca"), "Exit interview - Aidan MacLeod",
              "2026-12-14 09:05", AT, mid, relay="mail-yt3can01on2109.outbound.protection.outlook.com",
              ip="40.107.116.109", extra=(("Content-Language", "en-CA"),))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@mail(n(43), family="auto_reply", lang="en", interview=False, company="Fundy Grid Energy",
      days=(("Mon", "2026-09-21"),),
      note="Out-of-office auto-reply from the utility's recruiter to his thank-you note; the quoted subject mentions "
           "the interview, nothing scheduled; company = the employer the sender works for")
def n_auto_reply():
    body = t("""
        Thank you for your email. I am out of the office until Monday, September 21 with limited access
        to email. For urgent recruitment matters, please contact careers@fundygrid.ca.

        Merci de votre courriel. Je suis absente du bureau jusqu'au lundi 21 septembre.

        Meaghan Doucette
        Talent Acquisition Partner | Fundy Grid Energy
        """)
    mid = "<YQXPR01MB6630E1A2B7F4C09D3E58A6B1C0F33@YQXPR01MB6630.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Meaghan Doucette", "meaghan.doucette@fundygrid.ca"),
              "Automatic reply: Thank you - GIS Technologist interview", "2026-09-15 08:47", AT, mid,
              relay="mail-yqxcan01on2088.outbound.protection.outlook.com", ip="40.107.116.88",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAF7mXk4tY8uI0oP2aS@mail.example.org>")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(44), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Delivery-failure report for his own thank-you note (typo in the domain); the returned message mentions "
           "yesterday's interview time; nothing is being confirmed to him")
def n_bounce():
    from make import multipart, raw_part

    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <owen.kirkland@rideaugeomatcs.com>: Host or domain name not found. Name service
            error for name=rideaugeomatcs.com type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Xc8Lq2Rz1z9tD
        Arrival-Date: Fri, 16 Oct 2026 09:14:02 -0300 (ADT)

        Final-Recipient: rfc822; owen.kirkland@rideaugeomatcs.com
        Original-Recipient: rfc822;owen.kirkland@rideaugeomatcs.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=rideaugeomatcs.com type=MX: Host not found, try again
        """)
    original = message([("From", TO), ("To", addr("Owen Kirkland", "owen.kirkland@rideaugeomatcs.com")),
                        ("Subject", "Thank you - Junior GIS Analyst interview"),
                        ("Date", date("2026-10-16 09:14", AT)),
                        ("Message-ID", "<CAF7mXk6wE3rT5yU7iO@mail.example.org>")],
                       text(t("""
                           Hi Owen,

                           Thank you and Dana for your time yesterday afternoon. I enjoyed hearing about the
                           municipal parcel-fabric project and I'm even more keen on the role now.

                           Best regards,
                           Aidan MacLeod
                           """), charset="us-ascii", cte="7bit"))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    mid = "<20261016121406.5B2E13F0A4@mx2.example.org>"
    hs = [("Delivered-To", ME), ("Return-Path", "<>"),
          ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.org")), ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-10-16 09:14", AT)),
          ("Message-ID", mid), ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(n(45), family="webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Zoom webinar registration for 'Acing the federal government interview'; a confirmed time, but a webinar")
def n_webinar():
    body = t("""
        Hi Aidan,

        Thank you for registering for "Acing the Federal Government Interview (Atlantic Region)".

        Date & Time: Nov 5, 2026 12:00 PM Atlantic Time (Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/82290431177?tk=Qm9vZk1aWl9hdGxjYXJlZXI

        Passcode: 551207

        Add to calendar: https://us06web.zoom.us/webinar/tZ0sf-2uqDkiH9x/ics
        You can cancel your registration at any time.

        Atlantic Career Network
        """)
    mid = "<ZlRYb2dfV0VCSU5BUl9SRUc.82290431177@zoom.us>"
    hs = head(addr("Atlantic Career Network", "no-reply@zoom.us"),
              "Acing the Federal Government Interview (Atlantic Region) Confirmation", "2026-10-28 12:33", AT, mid,
              relay="mailout.zoom.us", ip="170.114.12.30",
              extra=(("Reply-To", addr("Atlantic Career Network", "events@atlanticcareernetwork.ca")),))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


@mail(n(46), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Mon", "2026-09-07"), ("Tue", "2026-09-08")),
      note="Recurring Teams stand-up at his current employer (weekly, Tuesdays 8:45 ADT, from 8 Sept); not an "
           "interview")
def n_standup():
    body = t("""
        Hi all - moving our Monday catch-up to Tuesdays now that field season is winding down (Monday
        the 7th is Labour Day anyway). 15 minutes, cameras optional. Bring one thing you're stuck on.

        Paul
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ_LOCAL["Atlantic Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Paul Gorman:mailto:pgorman@sunburywoodlands.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aidan MacLeod:mailto:aidan.macleod@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=GIS Team:mailto:gis-team@sunburywoodlands.ca
RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000E41C6A7B2D3ADC01000000000000000010000000B7C1E5A3
SUMMARY;LANGUAGE=en-CA:GIS team stand-up
DTSTART;TZID=Atlantic Standard Time:20260908T084500
DTEND;TZID=Atlantic Standard Time:20260908T090000
DTSTAMP:20260902T161500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR"""
    mid = "<YT3PR01MB7719D4A61B0C8E2F5A37B9E1C0D44@YT3PR01MB7719.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Paul Gorman", "pgorman@sunburywoodlands.ca"), "GIS team stand-up", "2026-09-02 13:15", AT,
              mid, relay="mail-yt3can01on2109.outbound.protection.outlook.com", ip="40.107.116.109",
              extra=(("Content-Language", "en-CA"),))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@mail(n(47), family="parent_teacher", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School booking system confirms 'Parent-Teacher Interviews' slots (the Canadian term) at fixed times; "
           "not a job interview")
def n_parent_teacher():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Dear Aidan MacLeod,</p>
        <p>Thank you for booking your <b>Parent-Teacher Interviews</b> at <b>Nashwaaksis Heights Elementary School</b>.
        Your appointments are:</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><th>Teacher</th><th>Student</th><th>Date</th><th>Time</th><th>Room</th></tr>
        <tr><td>Mme Thériault (Grade 3 French Immersion)</td><td>Callum MacLeod</td><td>Thursday, November 19, 2026</td><td>6:10 PM - 6:20 PM</td><td>112</td></tr>
        <tr><td>Mr. Doiron (Music)</td><td>Callum MacLeod</td><td>Thursday, November 19, 2026</td><td>6:30 PM - 6:35 PM</td><td>Gym stage</td></tr>
        </table>
        <p>Please arrive a few minutes early; interviews run on a strict schedule.</p>
        <p>To cancel or change, use the link in your booking: <a href="https://booking.schoolslot.ca/nhes/b/7f2e">Manage booking</a></p>
        <p style="color:#888">SchoolSlot - online booking for school interviews</p>
        </body></html>
        """)
    mid = "<booking-7f2e-nhes-20261112@schoolslot.ca>"
    hs = head(addr("Nashwaaksis Heights Elementary (SchoolSlot)", "no-reply@schoolslot.ca"),
              "Parent-Teacher Interview booking confirmation", "2026-11-12 20:41", AT, mid,
              relay="smtp.schoolslot.ca", ip="192.0.2.77")
    return message(hs, html(page, charset="windows-1252", cte="quoted-printable"))


@mail(n(48), family="post_interview", lang="en", interview=False, company="Rideau Geomatics",
      note="Short post-interview note from the Ottawa recruiter: thanks for yesterday, decision 'by end of next "
           "week'; nothing scheduled; Date in EDT")
def n_post_interview():
    body = t("""
        Hi Aidan - got your resend - the first one bounced, there's a typo in our domain on the posting,
        happens all the time. Thanks for your time yesterday, Dana really enjoyed the parcel-fabric conversation.
        We're finishing the last two interviews Monday and expect to have a decision by end of next week.

        Owen

        Owen Kirkland | Talent Partner | Rideau Geomatics
        """)
    mid = "<CAD1xQ7uL3pN9rT5vX0zB2dF4hJ6kM8sW@mail.gmail.com>"
    hs = head(addr("Owen Kirkland", "owen.kirkland@rideaugeomatics.com"), "Re: Thank you",
              "2026-10-16 11:52", ET, mid, relay="mail-yw1-f182.google.com", ip="209.85.128.182")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@mail(n(49), family="mailing_list", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")),
      note="Mailman list post on a provincial GIS users' list relaying a job ad ('interviews the week of November "
           "16'); list mail, nothing for the candidate")
def n_mailing_list():
    body = t("""
        Forwarding on behalf of the Town of Sackville - please share.

        JOB: GIS Technician (permanent, full time), Town of Sackville, NB
        Salary: $58,400 - $66,900
        Closing: Friday, November 6, 2026, 4:30 PM
        Interviews will be held the week of November 16 (Mon-Fri) in person at Town Hall.
        Apply: https://sackville.example.net/careers/2026-31

        Also, reminder that the NB GIS user group social is Friday, November 20 at the Tide & Boar,
        5 pm on. First round's on the executive.

        Louise Comeau
        Chair, NB GIS Users Group

        _______________________________________________
        nb-gis-l mailing list
        nb-gis-l@lists.nbgis.ca
        https://lists.nbgis.ca/mailman/listinfo/nb-gis-l
        """)
    mid = "<8c2e9a10-4f7b-3d61-b0e5-2a9f7c1d4e63@nbgis.ca>"
    hs = head(addr("Louise Comeau via nb-gis-l", "nb-gis-l@lists.nbgis.ca"),
              "[nb-gis-l] JOB: GIS Technician, Town of Sackville", "2026-10-27 10:18", AT, mid,
              relay="lists.nbgis.ca", ip="198.51.100.14",
              extra=(("Reply-To", addr("Louise Comeau", "louise.comeau@nbgis.ca")),
                     ("List-Id", "NB GIS Users <nb-gis-l.lists.nbgis.ca>"),
                     ("List-Post", "<mailto:nb-gis-l@lists.nbgis.ca>"),
                     ("List-Unsubscribe", "<https://lists.nbgis.ca/mailman/options/nb-gis-l>"),
                     ("Precedence", "list"), ("Sender", "nb-gis-l-bounces@lists.nbgis.ca")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(50), family="bank_advisor", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Caisse (credit union) confirms a meeting with a financial advisor in French ('jeudi 10 décembre à "
           "15 h'); a fixed appointment, not a job interview")
def n_bank_advisor():
    body = t("""
        Bonjour Aidan MacLeod,

        Nous vous confirmons votre rendez-vous avec votre conseillère, Sylvie Léger :

        Jeudi 10 décembre 2026 à 15 h
        Caisse Fundy-Acadie, succursale de Fredericton (rue King)
        Objet : REER et épargne - changement d'emploi

        Apportez votre dernier relevé de REER collectif et votre avis de cotisation.

        Pour modifier ou annuler ce rendez-vous, composez le 506-555-0175.

        Caisse Fundy-Acadie
        Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
        """)
    mid = "<rdv-20261203-00418822@notifications.caissefundyacadie.ca>"
    hs = head(addr("Caisse Fundy-Acadie", "ne-pas-repondre@caissefundyacadie.ca"),
              "Confirmation de rendez-vous : épargne - Caisse Fundy-Acadie", "2026-12-03 16:20", AT, mid,
              relay="notifications.caissefundyacadie.ca", ip="198.51.100.90", charset="iso-8859-15",
              extra=(("Content-Language", "fr-CA"),))
    return message(hs, alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
                           html("<html><body>" + "".join(
                               f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
                               + "</body></html>\n", charset="iso-8859-15")))
