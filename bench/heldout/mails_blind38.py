"""blind38: 50 hand-written mails of a Toronto product analyst's job-search inbox (Feb-Apr 2026).

Written blind (without reading the detector, its tests or the other held-out sets); the MIME
plumbing and the checks are make.py's, imported unchanged. Build with
``python3 bench/heldout/make_blind.py blind38``.

File numbers are a fixed shuffle of the writing order: ORDER = random.Random(38038).sample(...);
keys 1-23 are positives, 24-50 negatives, in writing order.
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

ME = "aisha.baptiste@example.org"
ME_OLD = "abaptiste@example.com"
TO_ME = addr("Aisha Baptiste", ME)
MX = "mx1.example.org (Postfix)"

ORDER = random.Random(38038).sample(range(1, 51), 50)
_written = [0]


def reg(**kw):
    """Register the next mail in writing order under its shuffled file number."""
    i = _written[0]
    _written[0] += 1
    return make.mail(f"blind38_{ORDER[i]:03d}", **kw)


def _gtz(zone: str, std: str, dst: str, stdname: str, dstname: str, dst_start: str, std_start: str,
         dst_rule: str, std_rule: str) -> str:
    return t(f"""
        BEGIN:VTIMEZONE
        TZID:{zone}
        X-LIC-LOCATION:{zone}
        BEGIN:DAYLIGHT
        TZOFFSETFROM:{std}
        TZOFFSETTO:{dst}
        TZNAME:{dstname}
        DTSTART:{dst_start}
        RRULE:{dst_rule}
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:{dst}
        TZOFFSETTO:{std}
        TZNAME:{stdname}
        DTSTART:{std_start}
        RRULE:{std_rule}
        END:STANDARD
        END:VTIMEZONE""").strip("\n")


_NA_DST = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
_NA_STD = "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
TZ_TORONTO = _gtz("America/Toronto", "-0500", "-0400", "EST", "EDT", "19700308T020000", "19701101T020000",
                  _NA_DST, _NA_STD)
TZ_VANCOUVER = _gtz("America/Vancouver", "-0800", "-0700", "PST", "PDT", "19700308T020000",
                    "19701101T020000", _NA_DST, _NA_STD)
TZ_LA = _gtz("America/Los_Angeles", "-0800", "-0700", "PST", "PDT", "19700308T020000", "19701101T020000",
             _NA_DST, _NA_STD)
TZ_NY = VTZ["America/New_York"]
TZ_EXCH_EAST = VTZ["Eastern Standard Time"]
TZ_STOCKHOLM = VTZ["Europe/Stockholm"]


def gcal_footer(eid: str, who: str = ME) -> str:
    return t(f"""
        Reply for {who}

        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&tok=MjYj
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&tok=MjYj
        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&tok=MjYj
        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYj

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop
        receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the
        organizer, be added to the guest list, invite others regardless of their own
        invitation status, or modify your RSVP. Learn more
        https://support.google.com/calendar/answer/37135#forwarding
        """)


TEAMS_BLOCK = t("""
    ________________________________________________________________________________
    Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
    Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Meeting ID: {meeting_id}
    Passcode: {passcode}
    ________________________________
    Dial in by phone
    +1 647-555-0{dial},,{conf}# Canada, Toronto
    Find a local number<https://dialin.teams.microsoft.com/{mid}>
    Phone conference ID: {conf_sp}#
    For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    ________________________________________________________________________________
    """)


def teams(mid: str, meeting_id: str, passcode: str, dial: str, conf: str) -> str:
    conf_sp = f"{conf[:3]} {conf[3:6]} {conf[6:]}"
    return TEAMS_BLOCK.format(mid=mid, meeting_id=meeting_id, passcode=passcode, dial=dial, conf=conf,
                              conf_sp=conf_sp)


# =========================================================================== positives


# --------------------------------------------------------------------------- K1 Workday, phone screen
@reg(family="workday", lang="en", interview=True, kind="scheduled",
     start="2026-02-24T15:00:00Z", end="2026-02-24T15:30:00Z",
     contact="kelsey.marchetti@northgatebancorp.ca", company="Northgate Bancorp",
     local="Tue 2026-02-24 10:00", local_end="2026-02-24 10:30", zone="America/Toronto",
     note="Workday HTML-only notice from an unmonitored mailbox; 'Tuesday, February 24, 2026, "
          "10:00 AM - 10:30 AM Eastern Standard Time' = EST (UTC-5) before the 8 March switch; "
          "contact = recruiter address in the body")
def k01_workday_northgate():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background-color:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation" style="background-color:#f2f2f2">
        <tr><td align="center" style="padding:20px 0">
        <table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#333333">
        <tr><td style="padding:20px 32px;border-bottom:4px solid #0b5e3b"><img src="https://northgate.wd3.myworkdaysite.com/img/northgate_logo_email.png" alt="Northgate Bancorp" height="34" style="display:block"></td></tr>
        <tr><td style="padding:24px 32px 8px 32px">
        <p style="margin:0 0 14px 0">Hello Aisha,</p>
        <p style="margin:0 0 14px 0">Thank you for your interest in the <b>Product Analyst, Retail Banking Insights</b> (R-0048213) position at Northgate Bancorp. We are pleased to let you know that your interview has been scheduled. Please review the details below.</p>
        <table cellpadding="5" cellspacing="0" role="presentation" style="font-size:14px;border:1px solid #dddddd;width:100%">
        <tr><td style="width:130px;background-color:#f7f7f7"><b>Interview Type</b></td><td>Phone Screen</td></tr>
        <tr><td style="background-color:#f7f7f7"><b>Date</b></td><td>Tuesday, February 24, 2026</td></tr>
        <tr><td style="background-color:#f7f7f7"><b>Time</b></td><td>10:00 AM - 10:30 AM Eastern Standard Time</td></tr>
        <tr><td style="background-color:#f7f7f7"><b>Interviewer</b></td><td>Kelsey Marchetti, Talent Acquisition Partner</td></tr>
        <tr><td style="background-color:#f7f7f7"><b>Location</b></td><td>Phone &ndash; Kelsey will call you at the primary phone number on your application</td></tr>
        </table>
        <p style="margin:14px 0 14px 0">If you are no longer available at this time, please contact Kelsey directly at <a href="mailto:kelsey.marchetti@northgatebancorp.ca" style="color:#0b5e3b">kelsey.marchetti@northgatebancorp.ca</a> so that we can find an alternative.</p>
        <p style="margin:0 0 14px 0">You can check the status of your application at any time from <a href="https://northgate.wd3.myworkdayjobs.com/en-US/NorthgateCareers/userHome" style="color:#0b5e3b">Candidate Home</a>.</p>
        <p style="margin:0 0 14px 0">Kind regards,<br>Talent Acquisition<br>Northgate Bancorp</p>
        </td></tr>
        <tr><td style="padding:14px 32px 20px 32px;font-size:11px;line-height:15px;color:#7a7a7a;border-top:1px solid #eeeeee">
        This email was sent from an unmonitored mailbox. Please do not reply to this message.<br>
        Northgate Bancorp is committed to providing accommodations for persons with disabilities throughout the recruitment process, in accordance with the Accessibility for Ontarians with Disabilities Act (AODA). Please let your recruiter know if you require an accommodation.
        </td></tr>
        </table>
        </td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", received("from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com [198.51.100.41])",
                              "2026-02-19 15:42:18", "America/Toronto", MX, ME)),
        ("From", addr("Northgate Bancorp", "northgate@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Product Analyst, Retail Banking Insights (R-0048213)"),
        ("Date", date("2026-02-19 20:42:11", "UTC")),
        ("Message-ID", "<1402815570.4471302.1771533731028@wd3-prod-notif-14.myworkday.com>"),
        ("X-Mailer", "Workday Notification Service"),
    ], html(body))


# --------------------------------------------------------------------------- K2 Google Calendar, onsite
FIELDNOTE_DESC = ("Onsite loop for the Product Analyst role - thanks for making the trip to Waterloo!\n\n"
                  "1:00 Product sense / metrics - Priyanka Shah\n"
                  "1:45 SQL pairing (bring a laptop) - Tom\u00e1s Rivera\n"
                  "2:30 Stakeholder case - Grace Kim\n\n"
                  "Visitor parking is off Allen St. Sign in at reception on the 3rd floor and we'll "
                  "come grab you.")


def _ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


@reg(family="google_calendar", lang="en", interview=True, kind="scheduled",
     start="2026-03-05T18:00:00Z", end="2026-03-05T20:30:00Z",
     contact="priyanka.shah@fieldnote.io", company="Fieldnote Software",
     local="Thu 2026-03-05 13:00", local_end="2026-03-05 15:30", zone="America/Toronto",
     note="Google Calendar invitation for an in-person onsite loop in Waterloo, '1pm - 3:30pm (EST)'; "
          "still EST on 5 March (UTC-5); ICS inline and attached; contact = organizer (hiring manager)")
def k02_gcal_fieldnote():
    eid = "NWsycTh2MG0zZDFqN2M5YjRyNnQyYThlMWYgYWlzaGEuYmFwdGlzdGVAZXhhbXBsZS5vcmc"
    title = "Fieldnote onsite \u2013 Aisha Baptiste (Product Analyst)"
    plain = t(f"""
        {title}
        Thursday Mar 5, 2026 \u22c5 1pm \u2013 3:30pm
        Eastern Time - Toronto

        Location
        Fieldnote Software, 180 King St S, Waterloo, ON N2J 1P8, Canada
        https://www.google.com/maps/search/Fieldnote+Software,+180+King+St+S,+Waterloo,+ON+N2J+1P8,+Canada?hl=en



        """) + FIELDNOTE_DESC + "\n\n" + t("""
        Guests
        Priyanka Shah - organizer
        Tom\u00e1s Rivera
        Grace Kim
        aisha.baptiste@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYj

        """).format(eid=eid) + gcal_footer(eid)
    htm = t(f"""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">{title}</h2>
        <table role="presentation" style="font-size:14px">
        <tr><td style="color:#70757a;padding-right:16px">When</td><td>Thursday Mar 5, 2026 &#8901; 1pm &ndash; 3:30pm (Eastern Time - Toronto)</td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Location</td><td><a href="https://www.google.com/maps/search/Fieldnote+Software,+180+King+St+S,+Waterloo">Fieldnote Software, 180 King St S, Waterloo, ON N2J 1P8, Canada</a></td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Guests</td><td>Priyanka Shah &ndash; organizer<br>Tom&aacute;s Rivera<br>Grace Kim<br>aisha.baptiste@example.org</td></tr>
        </table>
        <p style="font-size:14px">Onsite loop for the Product Analyst role - thanks for making the trip to Waterloo!<br><br>1:00 Product sense / metrics - Priyanka Shah<br>1:45 SQL pairing (bring a laptop) - Tom&aacute;s Rivera<br>2:30 Stakeholder case - Grace Kim<br><br>Visitor parking is off Allen St. Sign in at reception on the 3rd floor and we'll come grab you.</p>
        <p style="font-size:14px">Reply for aisha.baptiste@example.org &nbsp; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1&amp;tok=MjYj">Yes</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2&amp;tok=MjYj">No</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3&amp;tok=MjYj">Maybe</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        DTSTART;TZID=America/Toronto:20260305T130000
        DTEND;TZID=America/Toronto:20260305T153000
        DTSTAMP:20260227T151412Z
        ORGANIZER;CN=Priyanka Shah:mailto:priyanka.shah@fieldnote.io
        UID:5k2q8v0m3d1j7c9b4r6t2a8e1f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priyanka Shah;X-NUM-GUESTS=0:mailto:priyanka.shah@fieldnote.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom\u00e1s Rivera;X-NUM-GUESTS=0:mailto:tomas.rivera@fieldnote.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Grace Kim;X-NUM-GUESTS=0:mailto:grace.kim@fieldnote.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aisha.baptiste@example.org;X-NUM-GUESTS=0:mailto:aisha.baptiste@example.org
        X-MICROSOFT-CDO-OWNERAPPTID:-1440282633
        CREATED:20260227T151410Z
        DESCRIPTION:{_ics_text(FIELDNOTE_DESC)}
        LAST-MODIFIED:20260227T151411Z
        LOCATION:Fieldnote Software\\, 180 King St S\\, Waterloo\\, ON N2J 1P8\\, Canada
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:{title}
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", TZ_TORONTO)
    body = mixed(
        alt(text(plain, cte="quoted-printable"), html(htm), calendar(ics, cte="quoted-printable")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message([
        ("Received", received("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                              "2026-02-27 10:14:13", "America/Toronto", MX, ME)),
        ("From", addr("Priyanka Shah", "priyanka.shah@fieldnote.io")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "priyanka.shah@fieldnote.io"),
        ("To", ME),
        ("Subject", enc(f"Invitation: {title} @ Thu Mar 5, 2026 1pm - 3:30pm (EST) ({ME})")),
        ("Date", date("2026-02-27 15:14:12", "UTC")),
        ("Message-ID", "<calendar-7d3b1c52-92e4-4f0b-a6a1-3c0f2de81b57@google.com>"),
    ], body)


# --------------------------------------------------------------------------- K3 Québec French, prose
@reg(family="human_prose", lang="fr", interview=True, kind="scheduled",
     start="2026-03-10T18:30:00Z", end="2026-03-10T19:15:00Z",
     contact="genevieve.roy@assurancesbelvedere.ca", company="Assurances Belv\u00e9d\u00e8re",
     local="Tue 2026-03-10 14:30", local_end="2026-03-10 15:15", zone="America/Toronto",
     note="Montreal recruiter (vouvoiement, iso-8859-1 QP): 'mardi 10 mars 2026 a 14 h 30', 45 minutes; "
          "sent 4 March in EST but the interview is after the 8 March switch, so EDT (UTC-4)")
def k03_fr_belvedere():
    body = t("""
        Bonjour Madame Baptiste,

        Pour faire suite à notre conversation téléphonique de ce matin, je vous confirme votre entrevue pour le poste d'analyste de produit, Assurance habitation numérique :

        Date : le mardi 10 mars 2026
        Heure : 14 h 30 (heure de Montréal)
        Durée : 45 minutes
        Format : vidéoconférence Teams

        Vous rencontrerez M. Olivier Gauthier, directeur, Produits numériques, ainsi que moi-même. Le lien Teams vous sera transmis dans une invitation distincte d'ici vendredi.

        L'entrevue se déroulera principalement en français, mais une partie pourra se faire en anglais puisque l'équipe travaille avec nos collègues de Toronto.

        N'hésitez pas à communiquer avec moi si vous avez des questions ou si vous avez besoin de mesures d'adaptation.

        Au plaisir de vous rencontrer,

        Geneviève Roy
        Conseillère principale, Acquisition de talents
        Assurances Belvédère
        1155, boulevard René-Lévesque Ouest, bureau 2400
        Montréal (Québec)  H3B 2K8
        514 555-0172
        """)
    return message([
        ("Received", received("from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2110.outbound.protection.outlook.com [40.107.115.110])",
                              "2026-03-04 11:20:37", "America/Toronto", MX, ME)),
        ("From", addr("Geneviève Roy", "genevieve.roy@assurancesbelvedere.ca", "iso-8859-1")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", enc("Confirmation – entrevue pour le poste d'analyste de produit", "utf-8")),
        ("Thread-Topic", enc("Confirmation – entrevue pour le poste d'analyste de produit", "utf-8")),
        ("Date", date("2026-03-04 16:20:31", "UTC")),
        ("Message-ID", "<YT2PR01MB8840A1B6C32D19E4F07B55C9D87A2@YT2PR01MB8840.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CA"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


# --------------------------------------------------------------------------- K4 Greenhouse, HM interview
STACKWISE_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN
METHOD:REQUEST
{tz}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{stamp}
SEQUENCE:{seq}
DTSTART;TZID=America/Los_Angeles:{start}
DTEND;TZID=America/Los_Angeles:{end}
SUMMARY:{summary}
DESCRIPTION:{desc}
LOCATION:{loc}
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@stackwise.io
ATTENDEE;CN=Aisha Baptiste;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aisha.baptiste@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


@reg(family="greenhouse", lang="en", interview=True, kind="scheduled",
     start="2026-03-12T18:00:00Z", end="2026-03-12T18:45:00Z",
     contact="dana.whitfield@stackwise.io", company="Stackwise",
     local="Thu 2026-03-12 11:00", local_end="2026-03-12 11:45", zone="America/Los_Angeles",
     note="Greenhouse confirmation, US-remote role, 'Thursday, March 12, 2026 11:00 AM - 11:45 AM PDT'; "
          "sent 6 March in PST, interview after the 8 March switch (UTC-7); contact = Reply-To recruiter "
          "= ICS ORGANIZER")
def k04_greenhouse_stackwise():
    plain = t("""
        Hi Aisha,

        Thanks for scheduling time with the Stackwise team! Here are the details for your upcoming interview for Product Analyst (Remote, North America):

        Hiring Manager Interview
        Thursday, March 12, 2026
        11:00 AM - 11:45 AM PDT (Pacific Time)

        Interviewer: Marcus Ibe, Director of Product Analytics

        Join Zoom Meeting
        https://stackwise.zoom.us/j/86120457731?pwd=Rk9aV1NPeHhmcWtvd1d2bGlkMEVqdz09
        Meeting ID: 861 2045 7731

        A calendar invitation is attached. If you need to reschedule, just reply to this email and it will come to me.

        Looking forward to it,
        Dana Whitfield
        Recruiting Coordinator, Stackwise
        """)
    htm = t("""
        <html><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292e">
        <p>Hi Aisha,</p>
        <p>Thanks for scheduling time with the Stackwise team! Here are the details for your upcoming interview for <strong>Product Analyst (Remote, North America)</strong>:</p>
        <div style="border-left:3px solid #3a7bd5;padding:6px 12px;margin:12px 0">
        <strong>Hiring Manager Interview</strong><br>
        Thursday, March 12, 2026<br>
        11:00 AM - 11:45 AM PDT (Pacific Time)<br><br>
        Interviewer: Marcus Ibe, Director of Product Analytics
        </div>
        <p><a href="https://stackwise.zoom.us/j/86120457731?pwd=Rk9aV1NPeHhmcWtvd1d2bGlkMEVqdz09">Join Zoom Meeting</a><br>Meeting ID: 861 2045 7731</p>
        <p>A calendar invitation is attached. If you need to reschedule, just reply to this email and it will come to me.</p>
        <p>Looking forward to it,<br>Dana Whitfield<br>Recruiting Coordinator, Stackwise</p>
        <img src="https://app.greenhouse.io/email_tracking/open/9f3b2e7c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = STACKWISE_ICS.format(
        tz=TZ_LA, uid="gh-interview-51827734@greenhouse.io", stamp="20260306T220512Z", seq=0,
        start="20260312T110000", end="20260312T114500",
        summary="Aisha Baptiste <> Stackwise - Hiring Manager Interview",
        desc="Join Zoom: https://stackwise.zoom.us/j/86120457731", loc="Zoom")
    body = mixed(
        alt(text(plain), html(htm)),
        calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment", name_param=True),
    )
    return message([
        ("Received", received("from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [192.0.2.83])",
                              "2026-03-06 14:05:19", "America/Los_Angeles", MX, ME)),
        ("From", addr("Stackwise Recruiting", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@stackwise.io")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Interview Confirmation: Stackwise - Product Analyst (Remote, North America)"),
        ("Date", date("2026-03-06 22:05:12", "UTC")),
        ("Message-ID", "<6e1c0a33d2f5.51827734.gh@us.greenhouse-mail.io>"),
    ], body)


# --------------------------------------------------------------------------- K5 Calendly, intro chat with HM
@reg(family="calendly", lang="en", interview=True, kind="scheduled",
     start="2026-02-25T15:30:00Z", end="2026-02-25T16:00:00Z",
     contact="jess.harlow@quillpoint.com", company="Quillpoint",
     local="Wed 2026-02-25 10:30", local_end="2026-02-25 11:00", zone="America/Toronto",
     note="Calendly invitee confirmation of a 30-min intro chat with the hiring manager; "
          "'10:30am - 11:00am (Eastern Time - US & Canada)', EST in February; contact = Reply-To host")
def k05_calendly_quillpoint():
    plain = t("""
        Hi Aisha Baptiste,

        Your Product Analyst - intro chat with Jess Harlow at 10:30am - 11:00am (Eastern Time - US & Canada) on Wednesday, February 25, 2026 is scheduled.

        Event Type:
        Product Analyst - intro chat

        Event Date/Time:
        10:30am - Wednesday, February 25, 2026 (Eastern Time - US & Canada)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/vkp-zqra-hbn

        Description:
        30 minutes with Jess (Director of Product, Quillpoint) to talk about the Product Analyst role on the Payments Insights team and what you're looking for. No prep needed!

        Invitee Email:
        aisha.baptiste@example.org

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8b7e2a54-1f0c-4c6e-9d3a-0e52c4b91d17
        Reschedule: https://calendly.com/reschedulings/8b7e2a54-1f0c-4c6e-9d3a-0e52c4b91d17

        Powered by Calendly.com
        """)
    htm = t("""
        <html><body style="background:#f0f3f8;font-family:Helvetica,Arial,sans-serif">
        <table align="center" width="560" style="background:#ffffff;border-radius:8px;padding:24px;font-size:15px;color:#1a1a1a">
        <tr><td>
        <p>Hi Aisha Baptiste,</p>
        <p>Your <b>Product Analyst - intro chat</b> with <b>Jess Harlow</b> at <b>10:30am - 11:00am (Eastern Time - US &amp; Canada)</b> on <b>Wednesday, February 25, 2026</b> is scheduled.</p>
        <p><b>Event Type:</b><br>Product Analyst - intro chat</p>
        <p><b>Event Date/Time:</b><br>10:30am - Wednesday, February 25, 2026 (Eastern Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/vkp-zqra-hbn">Join now</a></p>
        <p><b>Description:</b><br>30 minutes with Jess (Director of Product, Quillpoint) to talk about the Product Analyst role on the Payments Insights team and what you&#39;re looking for. No prep needed!</p>
        <p><a href="https://calendly.com/cancellations/8b7e2a54-1f0c-4c6e-9d3a-0e52c4b91d17">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/8b7e2a54-1f0c-4c6e-9d3a-0e52c4b91d17">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", received("from o1.email.calendly.com (o1.email.calendly.com [192.0.2.17])",
                              "2026-02-23 19:48:02", "America/Toronto", MX, ME)),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jess Harlow", "jess.harlow@quillpoint.com")),
        ("To", ME),
        ("Subject", "Confirmed: Product Analyst - intro chat with Jess Harlow on Wednesday, February 25, 2026"),
        ("Date", date("2026-02-24 00:47:59", "UTC")),
        ("Message-ID", "<20260224004759.1d4f8a6b2c@calendly.com>"),
    ], alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K6 agency recruiter, short reply
@reg(family="agency_reply", lang="en", interview=True, kind="scheduled",
     start="2026-03-12T14:00:00Z", end=None,
     contact="bkowalczyk@stratumstaffing.ca", company="Tillbury's",
     local="Thu 2026-03-12 10:00", zone="America/Toronto",
     note="Agency recruiter's short reply on top of the thread: 'confirmed with Tillbury's for Thurs at 10', "
          "Thursday after the Tue 10 March Date = 12 March, EDT; '45 min-ish' -> end null; "
          "company = the hiring client, contact = the agency recruiter (human sender)")
def k06_agency_tillburys():
    body = t("""
        Hey Aisha - confirmed with Tillbury's for Thurs at 10. In person at their King St office (220 King St W, 6th fl), ask for Gord Pelletier at reception and they'll sign you in.

        Gord is the Sr Manager, Merchandising Analytics. 45 min-ish, mostly about the promo reporting project + some SQL questions on the whiteboard. Bring a printed copy of your resume, they're a bit old school lol.

        Call me after! Good luck eh

        Brent

        Brent Kowalczyk | Senior Recruitment Consultant
        Stratum Staffing | Toronto
        c. 416-555-0143 | bkowalczyk@stratumstaffing.ca

        -----Original Message-----
        From: Aisha Baptiste <aisha.baptiste@example.org>
        Sent: Monday, March 9, 2026 8:12 PM
        To: Brent Kowalczyk <bkowalczyk@stratumstaffing.ca>
        Subject: Re: Tillbury's - Product Analyst contract

        Hi Brent,

        Thanks for submitting me! Thursday morning or Friday afternoon work best this week if they have anything.

        Aisha

        -----Original Message-----
        From: Brent Kowalczyk <bkowalczyk@stratumstaffing.ca>
        Sent: Monday, March 9, 2026 4:31 PM
        To: Aisha Baptiste <aisha.baptiste@example.org>
        Subject: Tillbury's - Product Analyst contract

        Hi Aisha, you've been submitted to Tillbury's for the 6-month Product Analyst contract ($58/hr inc.). Hiring mgr wants to meet this week, what does your availability look like?
        """)
    return message([
        ("Received", received("from CAN01-QB1-obe.outbound.protection.outlook.com (mail-qb1can01on2093.outbound.protection.outlook.com [40.107.66.93])",
                              "2026-03-10 16:52:40", "America/Toronto", MX, ME)),
        ("From", addr("Brent Kowalczyk", "bkowalczyk@stratumstaffing.ca")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "RE: Tillbury's - Product Analyst contract"),
        ("Thread-Topic", "Tillbury's - Product Analyst contract"),
        ("Thread-Index", "AdywA3Fk2vR8HcQxTbS0WyuL9m1b5QAAFq+wAAgc2jA="),
        ("Date", date("2026-03-10 20:52:33", "UTC")),
        ("Message-ID", "<YQXPR01MB4917E8C29A0B4D61F3A87F02BB42A@YQXPR01MB4917.CANPRD01.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAJ7wq2nV5Xk0pLrT8dzq1mE9s@mail.gmail.com>"),
        ("References", "<YQXPR01MB4917A0E4C55@YQXPR01MB4917.CANPRD01.PROD.OUTLOOK.COM> "
                       "<CAJ7wq2nV5Xk0pLrT8dzq1mE9s@mail.gmail.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body, cte="quoted-printable"),
           html("<html><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                + "".join(f"<p>{line}</p>" if line else "" for line in
                          body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n"))
                + "</div></body></html>\n")))


# --------------------------------------------------------------------------- K7 Exchange / Teams, panel
def exchange_ics(*, organizer: tuple[str, str], attendees: list[tuple[str, str]], summary: str,
                 start: str, end: str, stamp: str, uid: str, seq: int = 0, location: str = "Microsoft Teams Meeting",
                 method: str = "REQUEST", status: str = "CONFIRMED", description: str = "",
                 rrule: str | None = None, busy: str = "TENTATIVE") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        TZ_EXCH_EAST,
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for name, mail_ in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{mail_}")
    if description:
        lines.append(f"DESCRIPTION;LANGUAGE=en-US:{_ics_text(description)}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{summary}",
        f"DTSTART;TZID=Eastern Standard Time:{start}",
        f"DTEND;TZID=Eastern Standard Time:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{location}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        "X-MICROSOFT-CDO-OWNERAPPTID:2120841937",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if rrule else "0"),
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


def _outlook_html(plain: str) -> str:
    esc = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f'<p class="MsoNormal">{ln}</p>\n' if ln else '<p class="MsoNormal">&nbsp;</p>\n'
                    for ln in esc.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
            '</head><body lang="EN-CA" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + paras + "</div></body></html>\n")


@reg(family="exchange", lang="en", interview=True, kind="scheduled",
     start="2026-03-16T17:00:00Z", end="2026-03-16T18:00:00Z",
     contact="nadia.ferreira@lakeshorebank.ca", company="Lakeshore Bank",
     local="Mon 2026-03-16 13:00", local_end="2026-03-16 14:00", zone="America/Toronto",
     note="Outlook/Exchange meeting request with Teams block; the When line shows the standard offset "
          "'(UTC-05:00) Eastern Time' but 16 March is EDT, so 13:00 = 17:00Z (ICS TZID 'Eastern Standard "
          "Time' agrees); contact = organizer/sender")
def k07_exchange_lakeshore():
    intro = t("""
        When: Monday, March 16, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Aisha,

        Thank you for completing the online assessment. Please accept this invitation for a panel interview for the Product Analyst, Digital Channels role (Req 26-01187).

        Panel:
        - Vikram Arora, Director, Digital Banking Products
        - Chloe Tremblay, Senior Manager, Digital Analytics
        - Nadia Ferreira, Talent Acquisition

        The conversation will be about 60 minutes and will include a few behavioural questions and a short walk-through of a dashboard you have built (feel free to share your screen). Please join from a laptop if possible.

        If you have any questions, please reach out.

        Thanks,
        Nadia

        Nadia Ferreira (she/her)
        Talent Acquisition Partner | Lakeshore Bank
        T 416-555-0166 | nadia.ferreira@lakeshorebank.ca

        """)
    plain = intro + teams("NGY3ZTRkMzQtMmM4Ni00ZWNjLWI5Y2YtNDA2ZmQ2N2QyMTQ4", "245 118 902 337", "Xe7vQ2",
                          "190", "318224901")
    ics = exchange_ics(
        organizer=("Nadia Ferreira", "nadia.ferreira@lakeshorebank.ca"),
        attendees=[("Aisha Baptiste", ME), ("Vikram Arora", "vikram.arora@lakeshorebank.ca"),
                   ("Chloe Tremblay", "chloe.tremblay@lakeshorebank.ca")],
        summary="Product Analyst\\, Digital Channels - Panel Interview (Aisha Baptiste)",
        start="20260316T130000", end="20260316T140000", stamp="20260310T133107Z",
        uid="040000008200E00074C5B7101A82E00800000000D0B5E4F7B1B0DC01000000000000000010000000A3C1F5C6E0F1A24C9D6E1B03A07C9A41",
        description="Hi Aisha,\n\nThank you for completing the online assessment. Please accept this "
                    "invitation for a panel interview for the Product Analyst, Digital Channels role.")
    body = alt(text(plain, cte="quoted-printable"), html(_outlook_html(plain)), calendar(ics, cte="base64"))
    return message([
        ("Received", received("from CAN01-TO1-obe.outbound.protection.outlook.com (mail-to1can01on2121.outbound.protection.outlook.com [40.107.93.121])",
                              "2026-03-10 09:31:09", "America/Toronto", MX, ME)),
        ("From", addr("Nadia Ferreira", "nadia.ferreira@lakeshorebank.ca")),
        ("To", addr("Aisha Baptiste", ME)),
        ("CC", "Vikram Arora <vikram.arora@lakeshorebank.ca>, Chloe Tremblay <chloe.tremblay@lakeshorebank.ca>"),
        ("Subject", "Product Analyst, Digital Channels - Panel Interview (Aisha Baptiste)"),
        ("Thread-Topic", "Product Analyst, Digital Channels - Panel Interview (Aisha Baptiste)"),
        ("Thread-Index", "AdywjYc1X0r3m4nQRr6pHk2vZ9Yt0A=="),
        ("Date", date("2026-03-10 13:31:07", "UTC")),
        ("Message-ID", "<YT4PR01MB9702B1E4C3A2D5F6E7A8B9C0D1E2F3@YT4PR01MB9702.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-CA, en-US"),
        ("Content-Language", "en-CA"),
    ], body)


# --------------------------------------------------------------------------- K8 Lever
@reg(family="lever", lang="en", interview=True, kind="scheduled",
     start="2026-03-20T19:00:00Z", end="2026-03-20T20:00:00Z",
     contact="owen.castellanos@lumorahealth.com", company="Lumora Health",
     local="Fri 2026-03-20 15:00", local_end="2026-03-20 16:00", zone="America/New_York",
     note="Lever confirmation for a US-remote role, 'Friday, March 20th, 3:00pm - 4:00pm EDT'; "
          "contact = Reply-To recruiter (also ICS organizer)")
def k08_lever_lumora():
    plain = t("""
        Hi Aisha,

        Your interview with Lumora Health has been confirmed! Here are the details:

        Position: Product Analyst, Care Navigation (Remote - US/Canada)
        Interview: SQL & Metrics Deep Dive
        When: Friday, March 20th, 3:00pm - 4:00pm EDT
        Interviewer: Hana Sato (Analytics Manager)
        Where: Google Meet - https://meet.google.com/tqe-wnbk-xas

        Hana will share a small dataset at the start; you'll be writing SQL in a shared doc, so no setup is needed on your side.

        If anything changes, simply reply to this message.

        Best,
        Owen Castellanos
        Talent Partner, Lumora Health

        --
        Sent via Lever
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Interview Scheduling//EN
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        UID:lever-iv-3a9c77e2-1d5b-4f9e-8e0a-5b6c2d7f1e90
        DTSTAMP:20260316T161015Z
        DTSTART;TZID=America/New_York:20260320T150000
        DTEND;TZID=America/New_York:20260320T160000
        SUMMARY:Interview: Aisha Baptiste for Product Analyst\\, Care Navigation
        LOCATION:https://meet.google.com/tqe-wnbk-xas
        ORGANIZER;CN=Owen Castellanos:mailto:owen.castellanos@lumorahealth.com
        ATTENDEE;CN=Aisha Baptiste;RSVP=TRUE:mailto:aisha.baptiste@example.org
        ATTENDEE;CN=Hana Sato;RSVP=TRUE:mailto:hana.sato@lumorahealth.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", TZ_NY)
    body = mixed(text(plain, cte="7bit"),
                 calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment"))
    return message([
        ("Received", received("from mail-a17.hire.lever.co (mail-a17.hire.lever.co [192.0.2.117])",
                              "2026-03-16 12:10:20", "America/Toronto", MX, ME)),
        ("From", addr("Lumora Health", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Owen Castellanos", "owen.castellanos@lumorahealth.com")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Your interview with Lumora Health is confirmed"),
        ("Date", date("2026-03-16 16:10:15", "UTC")),
        ("Message-ID", "<0100019cf7a1e3b2-5d2b1c3a-8f7e-4a6b-9c0d-1e2f3a4b5c6d-000000@email.amazonses.com>"),
    ], body)


# --------------------------------------------------------------------------- K9 LinkedIn message, Calgary
@reg(family="linkedin_message", lang="en", interview=True, kind="scheduled",
     start="2026-03-03T16:30:00Z", end=None, contact=None, company="Prairie Shield Mutual",
     local="Tue 2026-03-03 09:30", zone="America/Edmonton",
     note="LinkedIn message notification from a Calgary hiring manager: 'Tuesday March 3rd, 9:30am Calgary "
          "time (11:30 your time)', MST (UTC-7) = 16:30Z = 11:30 EST; no human e-mail address, only "
          "messages-noreply -> contact null")
def k09_linkedin_prairieshield():
    msg_text = ("Great chatting with you Aisha! Let's lock it in: Tuesday March 3rd, 9:30am Calgary time "
                "(11:30 your time in TO). I'll call you on Teams, our HR system will send you the link. "
                "Should be around 45 mins, just me and one of my senior analysts. Cheers!")
    plain = t(f"""
        Tyler Makokis
        Manager, Pricing Analytics at Prairie Shield Mutual

        {msg_text}

        View message: https://www.linkedin.com/messaging/thread/2-ZGY3YjFhMmMtOGQ0ZS00Y2FhLWI2ZjEtOWE3ZDJlNTBjMWQ0XzAxMg==/

        ----------------------------------------

        This email was intended for Aisha Baptiste (Product Analyst | SQL, Experimentation, Looker)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving LinkedIn notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage
        Help: https://www.linkedin.com/help/linkedin/answer/67?lang=en

        \u00a9 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
        """)
    htm = t(f"""
        <html><body style="margin:0;padding:0;background:#f3f2ef">
        <table width="100%" role="presentation"><tr><td align="center">
        <table width="512" role="presentation" style="background:#ffffff;font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif">
        <tr><td style="padding:16px 24px"><img src="https://static.licdn.com/aero-v1/sc/h/email-logo.png" alt="LinkedIn" width="84"></td></tr>
        <tr><td style="padding:0 24px">
        <table role="presentation"><tr>
        <td valign="top"><img src="https://media.licdn.com/dms/image/C5603AQ/profile-displayphoto-shrink_100_100/0/tmakokis" width="48" height="48" alt="Tyler Makokis" style="border-radius:50%"></td>
        <td style="padding-left:12px"><a href="https://www.linkedin.com/comm/in/tyler-makokis" style="font-size:16px;font-weight:600;color:#000000;text-decoration:none">Tyler Makokis</a><br><span style="font-size:14px;color:#666666">Manager, Pricing Analytics at Prairie Shield Mutual</span></td>
        </tr></table>
        <p style="font-size:14px;line-height:20px;color:#191919">{msg_text}</p>
        <p><a href="https://www.linkedin.com/messaging/thread/2-ZGY3YjFhMmMtOGQ0ZS00Y2FhLWI2ZjEtOWE3ZDJlNTBjMWQ0XzAxMg==/" style="display:inline-block;padding:8px 16px;background:#0a66c2;color:#ffffff;border-radius:16px;text-decoration:none;font-weight:600">Reply</a></p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#666666">This email was intended for Aisha Baptiste (Product Analyst | SQL, Experimentation, Looker). <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>&copy; 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        ("Received", received("from mailb-ad.linkedin.com (mailb-ad.linkedin.com [108.174.3.190])",
                              "2026-02-27 13:02:44", "America/Edmonton", MX, ME)),
        ("From", addr("Tyler Makokis", "messages-noreply@linkedin.com")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Tyler just messaged you"),
        ("Date", date("2026-02-27 20:02:41", "UTC")),
        ("Message-ID", "<1418925731.2207713.1772222561337@ltx1-app3281.prod.linkedin.com>"),
        ("X-LinkedIn-Class", "INBOX-MESSAGE"),
        ("X-LinkedIn-Template", "messaging_digest_recipient"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"),
    ], alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K10 Ashby, Vancouver
@reg(family="ashby", lang="en", interview=True, kind="scheduled",
     start="2026-03-11T17:00:00Z", end="2026-03-11T18:00:00Z",
     contact="leilani.brooks@tidewatergames.com", company="Tidewater Games",
     local="Wed 2026-03-11 13:00", local_end="2026-03-11 14:00", zone="America/Toronto",
     note="Ashby confirmation shown in the candidate's zone, '1:00 PM - 2:00 PM EDT' on 11 March (after the "
          "switch; mail sent 5 March in PST/EST); ICS in America/Vancouver 10:00-11:00 PDT agrees; "
          "contact = Reply-To recruiter")
def k10_ashby_tidewater():
    plain = t("""
        Hi Aisha,

        Your interview is confirmed. We're looking forward to speaking with you!

        Product Analyst, Live Ops - Technical Interview
        Wednesday, March 11, 2026
        1:00 PM - 2:00 PM EDT (your time zone)

        Location: Zoom - https://tidewatergames.zoom.us/j/93488120536

        You'll meet with:
          Kenji Mori - Senior Data Scientist, Live Ops
          Ruth Amankwah - Product Manager, Monetization

        This round is a mix of SQL and a product metrics discussion about one of our mobile titles. Please have a code editor handy.

        Questions? Just reply and it will reach Leilani Brooks.

        Thanks,
        Tidewater Games Recruiting
        """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Aisha,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Product Analyst, Live Ops - Technical Interview</strong><br>
        Wednesday, March 11, 2026<br>
        1:00 PM &ndash; 2:00 PM EDT (your time zone)</p>
        <p>Location: <a href="https://tidewatergames.zoom.us/j/93488120536">Zoom</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Kenji Mori &mdash; Senior Data Scientist, Live Ops<br>&nbsp;&nbsp;Ruth Amankwah &mdash; Product Manager, Monetization</p>
        <p>This round is a mix of SQL and a product metrics discussion about one of our mobile titles. Please have a code editor handy.</p>
        <p>Questions? Just reply and it will reach Leilani Brooks.</p>
        <p>Thanks,<br>Tidewater Games Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        UID:0c9d4e51-77a2-4f3b-b6e8-2a1f90d3c5e7
        DTSTAMP:20260305T233308Z
        DTSTART;TZID=America/Vancouver:20260311T100000
        DTEND;TZID=America/Vancouver:20260311T110000
        SEQUENCE:0
        SUMMARY:Tidewater Games \u2013 Product Analyst\\, Live Ops \u2013 Technical Interview
        LOCATION:https://tidewatergames.zoom.us/j/93488120536
        ORGANIZER;CN=Leilani Brooks:mailto:leilani.brooks@tidewatergames.com
        ATTENDEE;CN=Aisha Baptiste;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aisha.baptiste@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", TZ_VANCOUVER)
    body = mixed(alt(text(plain, cte="base64"), html(htm, cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message([
        ("Received", received("from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
                              "2026-03-05 15:33:11", "America/Vancouver", MX, ME)),
        ("From", addr("Tidewater Games", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Leilani Brooks", "leilani.brooks@tidewatergames.com")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Interview confirmed: Product Analyst, Live Ops at Tidewater Games"),
        ("Date", date("2026-03-05 23:33:08", "UTC")),
        ("Message-ID", "<0100019cbd5f2a11-7e4c9b20-3d1a-4f6e-8b2c-9a0d1e2f3c4b-000000@email.amazonses.com>"),
    ], body)


# --------------------------------------------------------------------------- K11 bilingual government invitation
@reg(family="gov_bilingual", lang="en+fr", interview=True, kind="scheduled",
     start="2026-03-26T13:30:00Z", end=None,
     contact="melanie.gagnon@coda-acdo.gc.ca", company="Canadian Open Data Agency",
     local="Thu 2026-03-26 09:30", zone="America/Toronto",
     note="Bilingual federal-style invitation from a shared staffing mailbox: 'Thursday, March 26, 2026 / "
          "2026-03-26, 9:30 a.m. (Eastern Time)' and 'le jeudi 26 mars 2026 a 9 h 30 (heure de l'Est)'; EDT; "
          "'approximately 90 minutes' -> end null; contact = HR assistant named in the body, not the "
          "generic mailbox; asked to confirm attendance but the time is assigned", days=(("Mon", "2026-03-23"),))
def k11_gov_coda():
    body = t("""
        (Le français suit)

        Good afternoon Aisha Baptiste,

        Further to your application to selection process 26-CODA-EA-0112, Data and Product Analyst (EC-05), we are pleased to invite you to an interview.

        Date: Thursday, March 26, 2026 (2026-03-26)
        Time: 9:30 a.m. (Eastern Time)
        Duration: approximately 90 minutes
        Format: videoconference (MS Teams). The link will be sent to you separately.
        Language: English (your preferred official language, as indicated in your application)

        The interview questions will be provided to you 15 minutes before the start of the interview. Please have a piece of government-issued photo identification with you.

        Please confirm your attendance by replying to this email no later than Monday, March 23, 2026.

        If you require accommodation measures during any part of the assessment process, please contact Mélanie Gagnon, Human Resources Assistant, at melanie.gagnon@coda-acdo.gc.ca as soon as possible.

        Thank you for your interest in the Canadian Open Data Agency.

        Staffing Team
        Canadian Open Data Agency / Government of Canada

        ----------------------------------------

        Bonjour Aisha Baptiste,

        À la suite de votre candidature au processus de sélection 26-CODA-EA-0112, Analyste des données et des produits (EC-05), nous avons le plaisir de vous inviter à une entrevue.

        Date : le jeudi 26 mars 2026 (2026-03-26)
        Heure : 9 h 30 (heure de l'Est)
        Durée : environ 90 minutes
        Format : vidéoconférence (MS Teams). Le lien vous sera envoyé séparément.
        Langue : anglais (la langue officielle de votre choix, selon votre candidature)

        Les questions d'entrevue vous seront remises 15 minutes avant le début de l'entrevue. Veuillez avoir en main une pièce d'identité avec photo émise par un gouvernement.

        Veuillez confirmer votre présence en répondant à ce courriel au plus tard le lundi 23 mars 2026.

        Si vous avez besoin de mesures d'adaptation à toute étape du processus d'évaluation, veuillez communiquer avec Mélanie Gagnon, adjointe aux ressources humaines, à melanie.gagnon@coda-acdo.gc.ca dès que possible.

        Nous vous remercions de l'intérêt que vous portez à l'Agence canadienne des données ouvertes.

        Équipe de la dotation
        Agence canadienne des données ouvertes / Gouvernement du Canada
        """)
    return message([
        ("Received", received("from ssc-spc-mta04.gc.ca (ssc-spc-mta04.gc.ca [205.193.214.40])",
                              "2026-03-19 14:18:50", "America/Toronto", MX, ME)),
        ("From", addr("CODA Staffing / Dotation ACDO", "coda.staffing-dotation.acdo@coda-acdo.gc.ca")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", enc("Invitation to an interview / Invitation à une entrevue - 26-CODA-EA-0112")),
        ("Date", date("2026-03-19 14:18:44", "America/Toronto")),
        ("Message-ID", "<YQBPR0101MB63904F2E1D7C8B9A0E5F6D7C8B9A@YQBPR0101MB6390.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-CA"),
    ], text(body, cte="base64"))


# --------------------------------------------------------------------------- K12 forward to self
@reg(family="forward_to_self", lang="en", interview=True, kind="scheduled",
     start="2026-03-27T15:30:00Z", end="2026-03-27T16:15:00Z",
     contact="siobhan.quill@kodaoutfitters.com", company="Koda Outfitters",
     local="Fri 2026-03-27 08:30", local_end="2026-03-27 09:15", zone="America/Vancouver",
     note="Candidate forwards a Vancouver recruiter's confirmation from her old address to herself: "
          "'Friday, March 27 at 8:30am Pacific (11:30am your time)', PDT = 15:30Z; 'blocked 45 minutes' = "
          "exact length; contact = recruiter in the forwarded header (sender is the candidate herself)")
def k12_fwd_koda():
    body = t("""
        for the tracker

        ---------- Forwarded message ---------
        From: Siobhan Quill <siobhan.quill@kodaoutfitters.com>
        Date: Mon, Mar 23, 2026 at 5:41 PM
        Subject: Koda Outfitters - interview Friday
        To: Aisha Baptiste <abaptiste@example.com>


        Hi Aisha,

        Thanks for getting back to me so quickly! You're all set for Friday, March 27 at 8:30am Pacific (11:30am your time in Toronto) with myself and Dev Malhotra, who leads our Merchandising Analytics team.

        We'll use Google Meet: https://meet.google.com/bsw-hkto-pqe

        We've blocked 45 minutes. It'll be a conversational interview - your background, a past project you're proud of, and how you'd approach measuring the success of our new loyalty program. Nothing to prepare.

        Cheers,
        Siobhan

        --
        Siobhan Quill | Talent Acquisition
        Koda Outfitters | 1080 Howe St, Vancouver BC
        """)
    return message([
        ("Received", received("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                              "2026-03-23 21:07:15", "America/Toronto", MX, ME)),
        ("From", addr("Aisha Baptiste", ME_OLD)),
        ("To", ME),
        ("Subject", "Fwd: Koda Outfitters - interview Friday"),
        ("Date", date("2026-03-23 21:07:12", "America/Toronto")),
        ("Message-ID", "<CAPz8+sW1kqV3mZ0dGnX4e7tB2yRf9LhA6c@mail.gmail.com>"),
        ("In-Reply-To", "<CAM4rT9uQpN2w1VxE8bK7s0jYd3Lf5Zc@mail.gmail.com>"),
        ("References", "<CAM4rT9uQpN2w1VxE8bK7s0jYd3Lf5Zc@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- K13 SuccessFactors, in person
@reg(family="successfactors", lang="en", interview=True, kind="scheduled",
     start="2026-04-07T15:00:00Z", end="2026-04-07T16:00:00Z",
     contact="amira.haddad@cedarlineinsurance.ca", company="Cedarline Insurance",
     local="Tue 2026-04-07 11:00", local_end="2026-04-07 12:00", zone="America/Toronto",
     note="SAP SuccessFactors interview-scheduling confirmation with US-style date 'Tue 04/07/2026 "
          "11:00 AM - 12:00 PM (GMT-04:00)' = 7 April (not 4 July; the weekday and the earlier slot "
          "proposal agree); ICS in UTC; contact = recruiter named as organizer/in the body")
def k13_successfactors_cedarline():
    plain = t("""
        Dear Aisha Baptiste,

        Your interview for the position Product Analyst - Claims Experience (Requisition 4471) has been confirmed.

        Interview Date: Tue 04/07/2026
        Interview Time: 11:00 AM - 12:00 PM (GMT-04:00) Eastern Time (US and Canada)
        Location: Cedarline Insurance, 100 Wellington St W, 19th floor, Toronto, ON
        Interviewers: Rahul Venkatesan; Stephanie Wu
        Organizer: Amira Haddad (amira.haddad@cedarlineinsurance.ca)

        Please check in with security in the main lobby with photo ID about 10 minutes before your interview; visitor washrooms are on the 19th floor past reception.

        A calendar invitation is attached to this email.

        Kind regards,
        Cedarline Insurance Talent Acquisition

        This is a system-generated message from SAP SuccessFactors. Please do not reply.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SuccessFactors//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:SF-IS-4471-88213-20260331T140211Z
        DTSTAMP:20260331T140211Z
        DTSTART:20260407T150000Z
        DTEND:20260407T160000Z
        SUMMARY:Interview: Aisha Baptiste - Product Analyst - Claims Experience (4471)
        LOCATION:100 Wellington St W\\, 19th floor\\, Toronto\\, ON
        ORGANIZER;CN=Amira Haddad:mailto:amira.haddad@cedarlineinsurance.ca
        ATTENDEE;CN=Aisha Baptiste;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.baptiste@example.org
        ATTENDEE;CN=Rahul Venkatesan;ROLE=REQ-PARTICIPANT:mailto:rahul.venkatesan@cedarlineinsurance.ca
        ATTENDEE;CN=Stephanie Wu;ROLE=REQ-PARTICIPANT:mailto:stephanie.wu@cedarlineinsurance.ca
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(text(plain, cte="quoted-printable"),
                 calendar(ics, method="REQUEST", ctype="text/calendar", filename="Interview.ics",
                          disposition="attachment", name_param=True))
    return message([
        ("Received", received("from mail2.successfactors.eu (mail2.successfactors.eu [192.0.2.212])",
                              "2026-03-31 10:02:14", "America/Toronto", MX, ME)),
        ("From", addr("Cedarline Insurance", "noreply@successfactors.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation: Product Analyst - Claims Experience (4471)"),
        ("Date", date("2026-03-31 14:02:11", "UTC")),
        ("Message-ID", "<1938227410.88213.1774965731402.JavaMail.sfuser@pc8bcf14.successfactors.eu>"),
    ], body)


# --------------------------------------------------------------------------- K14 Indeed, HTML only
@reg(family="indeed", lang="en", interview=True, kind="scheduled",
     start="2026-04-01T17:00:00Z", end="2026-04-01T17:30:00Z", contact=None, company="Hearth & Pine Home",
     local="Wed 2026-04-01 13:00", local_end="2026-04-01 13:30", zone="America/Toronto",
     note="Indeed interview confirmation (HTML only, base64): 'Wed, Apr 1, 2026 \u00b7 1:00 - 1:30 PM EDT' "
          "video interview on Indeed; no human address (messages go through Indeed) -> contact null")
def k14_indeed_hearthpine():
    body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview confirmed</title></head>
        <body style="margin:0;background:#faf9f8;font-family:'Noto Sans','Helvetica Neue',Arial,sans-serif">
        <table width="100%" role="presentation" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" role="presentation" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;border:1px solid #e4e2e0;border-radius:8px">
        <tr><td style="padding:24px 32px 0 32px"><img src="https://d3fw5vlhllyvee.cloudfront.net/indeed-logo-email.png" alt="Indeed" width="96"></td></tr>
        <tr><td style="padding:16px 32px;color:#2d2d2d;font-size:15px;line-height:22px">
        <h1 style="font-size:22px;margin:0 0 12px 0">Your interview is confirmed</h1>
        <p style="margin:0 0 16px 0">Hi Aisha, Hearth &amp; Pine Home is looking forward to meeting you.</p>
        <table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;background:#f3f2f1;border-radius:8px"><tr><td style="padding:16px">
        <div style="font-weight:700">Product Analyst, E-commerce</div>
        <div>Hearth &amp; Pine Home &middot; Mississauga, ON</div>
        <div style="margin-top:12px">&#128197; Wed, Apr 1, 2026</div>
        <div>&#128339; 1:00 &ndash; 1:30 PM EDT</div>
        <div>&#127909; Video interview on Indeed</div>
        </td></tr></table>
        <p style="margin:16px 0">You can join the video interview from this email or from your Indeed account up to 10 minutes before the start time. No download needed.</p>
        <p style="margin:0 0 16px 0"><a href="https://www.indeed.com/interviews/join?iid=a7c31e09f25b44d8" style="display:inline-block;background:#2557a7;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:700">Join interview</a></p>
        <p style="margin:0 0 16px 0">Need to reschedule? <a href="https://ca.indeed.com/conversations?empConvId=hp8812">Message the employer</a></p>
        </td></tr>
        <tr><td style="padding:16px 32px 24px 32px;color:#767676;font-size:12px;line-height:18px;border-top:1px solid #e4e2e0">
        This message was sent to aisha.baptiste@example.org. Indeed never asks for payment to interview.<br>
        &copy; 2026 Indeed &middot; <a href="https://ca.indeed.com/legal">Privacy &amp; Terms</a>
        </td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", received("from mail-ca.indeed.com (mail-ca.indeed.com [192.0.2.66])",
                              "2026-03-27 16:21:33", "America/Toronto", MX, ME)),
        ("From", addr("Indeed", "no-reply@indeed.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: Hearth & Pine Home, Wed, Apr 1"),
        ("Date", date("2026-03-27 20:21:30", "UTC")),
        ("Message-ID", "<20260327202130.b9f1c3d54e77.interview-confirmed@indeed.com>"),
    ], html(body, cte="base64"))


# --------------------------------------------------------------------------- K15 hiring manager texting reply
@reg(family="human_reply_thread", lang="en", interview=True, kind="scheduled",
     start="2026-04-02T20:00:00Z", end="2026-04-02T20:30:00Z",
     contact="marc@rideaulabs.ca", company="Rideau Labs",
     local="Thu 2026-04-02 16:00", local_end="2026-04-02 16:30", zone="America/Toronto",
     note="Ottawa founder's one-line iPhone reply 'perfect, see u thurs 4pm then' on top of the quoted thread "
          "(his proposal of a 30 min chat Thursday at 4 or Friday at 10 ET, her acceptance of Thursday); "
          "Thursday after Mon 30 March = 2 April, EDT; '30 min' = exact length", days=(("Fri", "2026-04-03"),))
def k15_texting_rideau():
    body = t("""
        perfect, see u thurs 4pm then 👍 ill send a meet link tmrw

        Sent from my iPhone

        > On Mar 30, 2026, at 8:02 PM, Aisha Baptiste <aisha.baptiste@example.org> wrote:
        >
        > Hi Marc-André,
        >
        > Thanks so much for reaching out! Thursday at 4 works great for me.
        >
        > Talk soon,
        > Aisha
        >
        >> On Mon, Mar 30, 2026 at 11:40 AM Marc-André Bélanger <marc@rideaulabs.ca> wrote:
        >>
        >> Hey Aisha,
        >>
        >> Thanks for applying to the product analyst role! I'm the co-founder here, we're 14 people in the ByWard Market building dev tools for municipal permitting. Would love to do a 30 min coffee chat (virtual) to tell you more and hear about what you're looking for.
        >>
        >> Would Thursday at 4 or Friday at 10 ET work?
        >>
        >> Marc-André
        >> Rideau Labs | rideaulabs.ca
        """)
    return message([
        ("Received", received("from st43p00im-ztfb10071701.me.com (st43p00im-ztfb10071701.me.com [17.58.63.171])",
                              "2026-03-30 22:14:09", "America/Toronto", MX, ME)),
        ("From", addr("Marc-André Bélanger", "marc@rideaulabs.ca")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Re: Product analyst role - quick chat?"),
        ("Date", date("2026-03-30 22:14:05", "America/Toronto")),
        ("Message-ID", "<6A0F2C1E-93B7-4D58-A1E4-7C2B9F3D5E81@rideaulabs.ca>"),
        ("In-Reply-To", "<CAJ7wq2pL0m5Xv9cB3nR8dQ1tY@mail.gmail.com>"),
        ("References", "<CAF3kQ8rD2wM7n1@mail.gmail.com> <CAJ7wq2pL0m5Xv9cB3nR8dQ1tY@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22D82)"),
    ], text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- K16 London case interview, GMT vs EDT
@reg(family="human_prose", lang="en", interview=True, kind="scheduled",
     start="2026-03-24T14:00:00Z", end="2026-03-24T15:00:00Z",
     contact="harriet.okonjo@harrowgate-insights.co.uk", company="Harrowgate Insights",
     local="Tue 2026-03-24 14:00", local_end="2026-03-24 15:00", zone="Europe/London",
     note="London recruiter confirms 'Tuesday 24 March, 14:00-15:00 GMT' (UK still on GMT until 29 March; "
          "Toronto already on EDT, so 10:00 there, as the mail says); Zoom block pasted",
     days=(("Sun", "2026-03-29"),))
def k16_prose_harrowgate():
    body = t("""
        Hi Aisha,

        Lovely to speak earlier - as promised, I'm confirming your case interview for the Senior Product Analyst (Remote - Americas) role:

        Tuesday 24 March, 14:00-15:00 GMT

        I believe that's 10:00 in Toronto now that your clocks have gone forward (ours don't change until Sunday the 29th, so do double-check your calendar!).

        You'll be with Callum Reid (Head of Insights) and Anjali Rao (Lead Analyst). It's a 60-minute case on subscription churn for one of our retail clients - no prep needed, you'll be sent a short data pack at the start and given ten minutes to read it.

        Joining details:

        Harriet Okonjo is inviting you to a scheduled Zoom meeting.

        Topic: Harrowgate - Case interview - A. Baptiste
        Time: Mar 24, 2026 02:00 PM London

        Join Zoom Meeting
        https://harrowgate.zoom.us/j/83920166551?pwd=bXhKc2ZpQ0xvN1ZtR2JqYVd3dz09

        Meeting ID: 839 2016 6551
        Passcode: 724411

        Any questions at all, just shout.

        Kind regards,
        Harriet

        Harriet Okonjo
        Talent Partner | Harrowgate Insights
        14 Leonard Street, London EC2A 4LX
        harriet.okonjo@harrowgate-insights.co.uk
        """)
    return message([
        ("Received", received("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
                              "2026-03-18 16:45:30", "Europe/London", MX, ME)),
        ("From", addr("Harriet Okonjo", "harriet.okonjo@harrowgate-insights.co.uk")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Case interview - Tuesday 24 March"),
        ("Date", date("2026-03-18 16:45:26", "Europe/London")),
        ("Message-ID", "<CAGh7p3xW0dF5qN1tL8vB2mK9rJ4cY6zA@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- K17 Greenhouse reschedule
@reg(family="greenhouse", lang="en", interview=True, kind="rescheduled",
     start="2026-03-25T20:00:00Z", end="2026-03-25T21:00:00Z",
     contact="dana.whitfield@stackwise.io", company="Stackwise",
     local="Wed 2026-03-25 13:00", local_end="2026-03-25 14:00", zone="America/Los_Angeles",
     note="Greenhouse reschedule of the product-case round: new 'Wednesday, March 25, 2026 1:00 PM - 2:00 PM "
          "PDT' (old Tuesday 24 March also shown); ICS SEQUENCE:1; contact = Reply-To coordinator",
     days=(("Tue", "2026-03-24"),))
def k17_greenhouse_stackwise_resched():
    plain = t("""
        Hi Aisha,

        Your interview with Stackwise has been rescheduled. Please see the updated details below - the previous calendar invitation is no longer valid.

        Virtual Onsite: Product Case
        NEW TIME: Wednesday, March 25, 2026, 1:00 PM - 2:00 PM PDT
        Previously: Tuesday, March 24, 2026, 1:00 PM - 2:00 PM PDT

        Interviewers: Marcus Ibe (Director of Product Analytics), Jules Ferraro (Senior PM, Billing)

        Join Zoom Meeting
        https://stackwise.zoom.us/j/81277309946?pwd=cDF3eEt4Z0pWQmRtU0hnYXlXb3pHZz09

        Sorry for the shuffle - Jules had a conflict come up. Your take-home will be the basis for the first half of the conversation.

        Thanks,
        Dana Whitfield
        Recruiting Coordinator, Stackwise
        """)
    ics = STACKWISE_ICS.format(
        tz=TZ_LA, uid="gh-interview-52204418@greenhouse.io", stamp="20260320T171207Z", seq=1,
        start="20260325T130000", end="20260325T140000",
        summary="Aisha Baptiste <> Stackwise - Virtual Onsite: Product Case",
        desc="Join Zoom: https://stackwise.zoom.us/j/81277309946", loc="Zoom")
    body = mixed(
        alt(text(plain), html(gmail_html(plain))),
        calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment", name_param=True),
    )
    return message([
        ("Received", received("from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [192.0.2.83])",
                              "2026-03-20 10:12:10", "America/Los_Angeles", MX, ME)),
        ("From", addr("Stackwise Recruiting", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@stackwise.io")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Updated Interview Schedule: Stackwise - Product Analyst (Remote, North America)"),
        ("Date", date("2026-03-20 17:12:07", "UTC")),
        ("Message-ID", "<a71f0c9e44b2.52204418.gh@us.greenhouse-mail.io>"),
    ], body)


# --------------------------------------------------------------------------- K18 Exchange update across DST
@reg(family="exchange", lang="en", interview=True, kind="rescheduled",
     start="2026-03-09T15:00:00Z", end="2026-03-09T16:00:00Z",
     contact="kelsey.marchetti@northgatebancorp.ca", company="Northgate Bancorp",
     local="Mon 2026-03-09 11:00", local_end="2026-03-09 12:00", zone="America/Toronto",
     note="Outlook 'Updated:' meeting request (SEQUENCE:1) moving the second interview from Wed 4 March to "
          "Mon 9 March 11:00-12:00; sent 27 Feb in EST but 9 March is the day after the switch, so EDT = "
          "15:00Z although the When line says (UTC-05:00); contact = organizer",
     days=(("Wed", "2026-03-04"),))
def k18_exchange_northgate_update():
    intro = t("""
        When: Monday, March 9, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Aisha - as discussed on the phone, I've moved this to Monday the 9th since Raj had a conflict come up on the 4th. Same Teams link as before.

        Reminder: first half is with Raj (hiring manager), second half is a short case - you'll get a one-pager about a savings product launch and talk us through how you'd measure it.

        Have a great weekend,
        Kelsey

        Kelsey Marchetti
        Talent Acquisition Partner, Northgate Bancorp
        kelsey.marchetti@northgatebancorp.ca

        """)
    plain = intro + teams("ZjI0YzE5NjgtOWQ3Mi00YWU1LWJiNTQtMzY1ZDA5ZTc4OGE1", "263 905 117 448", "n4Q9rT",
                          "121", "552081736")
    ics = exchange_ics(
        organizer=("Kelsey Marchetti", "kelsey.marchetti@northgatebancorp.ca"),
        attendees=[("Aisha Baptiste", ME), ("Raj Chaudhry", "raj.chaudhry@northgatebancorp.ca")],
        summary="Northgate - Product Analyst - 2nd Interview (Hiring Manager + Case)",
        start="20260309T110000", end="20260309T120000", stamp="20260227T192015Z", seq=1,
        uid="040000008200E00074C5B7101A82E0080000000070E4D1C2A3A7DC01000000000000000010000000E81B2C3D4F5A6B7C8D9E0F1A2B3C4D5E")
    body = alt(text(plain, cte="quoted-printable"), html(_outlook_html(plain)), calendar(ics, cte="base64"))
    return message([
        ("Received", received("from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2100.outbound.protection.outlook.com [40.107.116.100])",
                              "2026-02-27 14:20:18", "America/Toronto", MX, ME)),
        ("From", addr("Kelsey Marchetti", "kelsey.marchetti@northgatebancorp.ca")),
        ("To", addr("Aisha Baptiste", ME)),
        ("CC", "Raj Chaudhry <raj.chaudhry@northgatebancorp.ca>"),
        ("Subject", "Updated: Northgate - Product Analyst - 2nd Interview (Hiring Manager + Case)"),
        ("Thread-Topic", "Northgate - Product Analyst - 2nd Interview (Hiring Manager + Case)"),
        ("Thread-Index", "AdyoFf3K8bQ1d2VnRt6mYw0pZk4hLAAAJr5w"),
        ("Date", date("2026-02-27 19:20:15", "UTC")),
        ("Message-ID", "<YT3PR01MB6234C1E0A8F74B2D9E5F60A7C3B1D2E4@YT3PR01MB6234.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-CA, en-US"),
        ("Content-Language", "en-US"),
    ], body)


# --------------------------------------------------------------------------- K19 Québec French reschedule, cp1252
@reg(family="human_prose", lang="fr", interview=True, kind="rescheduled",
     start="2026-03-19T14:00:00Z", end=None,
     contact="etienne.lavoie@caisseboreale.coop", company="Caisse Bor\u00e9ale",
     local="Thu 2026-03-19 10:00", zone="America/Toronto",
     note="Montreal credit union (windows-1252 QP) moves the interview from 'mercredi a 15 h' to 'jeudi 19 "
          "mars a 10 h', as agreed by phone; EDT (UTC-4); 'environ une heure' -> end null",
     days=(("Wed", "2026-03-18"),))
def k19_fr_caisse_resched():
    body = t("""
        Bonjour Aisha,

        Merci d'avoir pris mon appel ce matin. Comme convenu, votre entrevue prévue ce mercredi (18 mars) à 15 h est déplacée au :

        jeudi 19 mars à 10 h

        Le reste ne change pas : l'entrevue aura lieu à nos bureaux du 1800, avenue McGill College, 12e étage. Présentez-vous à l'accueil ; on vous remettra une carte de visiteur. Prévoyez environ une heure.

        Vous rencontrerez Mme Isabelle Ouellet, vice-présidente, Expérience membre numérique, et moi-même.

        Encore désolé pour ce changement de dernière minute et merci de votre souplesse !

        Étienne Lavoie
        Conseiller, Acquisition de talents
        Caisse Boréale
        514 555-0129 | etienne.lavoie@caisseboreale.coop
        """)
    return message([
        ("Received", received("from smtp-out2.caisseboreale.coop (smtp-out2.caisseboreale.coop [198.51.100.29])",
                              "2026-03-16 09:05:22", "America/Toronto", MX, ME)),
        ("From", addr("Étienne Lavoie", "etienne.lavoie@caisseboreale.coop", "windows-1252")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", enc("Changement d'heure – votre entrevue de jeudi", "windows-1252")),
        ("Date", date("2026-03-16 09:05:17", "America/Toronto")),
        ("Message-ID", "<000f01dcb52a$8c3e1d90$a4ba58b0$@caisseboreale.coop>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr-ca"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


# --------------------------------------------------------------------------- K20 Google Calendar update, Stockholm
@reg(family="google_calendar", lang="en", interview=True, kind="rescheduled",
     start="2026-03-31T14:00:00Z", end="2026-03-31T15:00:00Z",
     contact="linnea.berg@nordvikpay.se", company="Nordvik Pay",
     local="Tue 2026-03-31 16:00", local_end="2026-03-31 17:00", zone="Europe/Stockholm",
     note="Google Calendar 'Updated invitation' from Stockholm: 'Tue Mar 31, 2026 4pm - 5pm (CEST)', "
          "Europe already on summer time from 29 March (UTC+2) = 14:00Z = 10:00 EDT; the mail is dated "
          "24 March in CET; old time Thu 26 March 3pm CET; contact = organizer",
     days=(("Thu", "2026-03-26"),))
def k20_gcal_nordvik_update():
    eid = "M3Jxa2w4bjF2cDB6NW1hN2MyYjlkNGU2ZjEgYWlzaGEuYmFwdGlzdGVAZXhhbXBsZS5vcmc"
    title = "Nordvik Pay \u2013 Final interview (Aisha Baptiste)"
    plain = t(f"""
        This event has been updated
        Changed: time

        {title}
        Tuesday Mar 31, 2026 \u22c5 4pm \u2013 5pm
        Central European Time - Stockholm
        (was Thursday Mar 26, 2026 \u22c5 3pm \u2013 4pm)

        Joining info
        Join with Google Meet
        https://meet.google.com/yrd-mqfs-wkc

        Final round with Linnea (Head of Product Analytics) and Johan (CPO). Moved because Johan is travelling on the 26th - sorry! 4pm Stockholm = 10am Toronto.

        Guests
        Linnea Berg - organizer
        Johan Ekstr\u00f6m
        aisha.baptiste@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYj

        """) + gcal_footer(eid)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Stockholm:20260331T160000
        DTEND;TZID=Europe/Stockholm:20260331T170000
        DTSTAMP:20260324T100213Z
        ORGANIZER;CN=Linnea Berg:mailto:linnea.berg@nordvikpay.se
        UID:3rqkl8n1vp0z5ma7c2b9d4e6f1@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Linnea Berg;X-NUM-GUESTS=0:mailto:linnea.berg@nordvikpay.se
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Johan Ekstr\u00f6m;X-NUM-GUESTS=0:mailto:johan.ekstrom@nordvikpay.se
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aisha.baptiste@example.org;X-NUM-GUESTS=0:mailto:aisha.baptiste@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/yrd-mqfs-wkc
        CREATED:20260312T091544Z
        DESCRIPTION:Final round with Linnea (Head of Product Analytics) and Johan (CPO). Moved because Johan is travelling on the 26th - sorry! 4pm Stockholm = 10am Toronto.
        LAST-MODIFIED:20260324T100212Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Nordvik Pay \u2013 Final interview (Aisha Baptiste)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", TZ_STOCKHOLM)
    body = mixed(
        alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="quoted-printable")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message([
        ("Received", received("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                              "2026-03-24 11:02:14", "Europe/Stockholm", MX, ME)),
        ("From", addr("Linnea Berg", "linnea.berg@nordvikpay.se")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "linnea.berg@nordvikpay.se"),
        ("To", ME),
        ("Subject", enc(f"Updated invitation: {title} @ Tue Mar 31, 2026 4pm - 5pm (CEST) ({ME})")),
        ("Date", date("2026-03-24 10:02:13", "UTC")),
        ("Message-ID", "<calendar-a2f95e17-6c3b-4d8e-b1a0-7e5d4c3b2a19@google.com>"),
    ], body)


# --------------------------------------------------------------------------- K21 Google Calendar cancellation
@reg(family="google_calendar", lang="en", interview=True, kind="cancelled",
     start="2026-03-18T18:00:00Z", end="2026-03-18T19:00:00Z",
     contact="jess.harlow@quillpoint.com", company="Quillpoint",
     local="Wed 2026-03-18 14:00", local_end="2026-03-18 15:00", zone="America/Toronto",
     note="Google Calendar 'Canceled event with note' (METHOD:CANCEL) for the panel on 'Wed Mar 18, 2026 "
          "2pm - 3pm (EDT)'; req paused; start = the cancelled slot; contact = organizer (hiring manager)")
def k21_gcal_quillpoint_cancel():
    title = "Quillpoint \u2013 Product Analyst panel (Aisha)"
    plain = t(f"""
        This event has been canceled with a note:
        "Hi Aisha - really sorry, we've had to pause this req for a few weeks (budget freeze across Product). I'll reach out as soon as it reopens, you were a strong candidate. - Jess"

        {title}
        Wednesday Mar 18, 2026 \u22c5 2pm \u2013 3pm
        Eastern Time - Toronto

        Guests
        Jess Harlow - organizer
        Adebayo Okafor
        Mei Lin Zhou
        aisha.baptiste@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the
        organizer, be added to the guest list, invite others regardless of their own
        invitation status, or modify your RSVP. Learn more
        https://support.google.com/calendar/answer/37135#forwarding
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        @@TZ@@
        BEGIN:VEVENT
        DTSTART;TZID=America/Toronto:20260318T140000
        DTEND;TZID=America/Toronto:20260318T150000
        DTSTAMP:20260316T214012Z
        ORGANIZER;CN=Jess Harlow:mailto:jess.harlow@quillpoint.com
        UID:1a8p2q7z9w3m5k4b0v6j8n1c2x@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=aisha.baptiste@example.org;X-NUM-GUESTS=0:mailto:aisha.baptiste@example.org
        CREATED:20260302T154401Z
        DESCRIPTION:
        LAST-MODIFIED:20260316T214011Z
        LOCATION:Quillpoint\\, 312 Adelaide St W\\, Toronto
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Quillpoint \u2013 Product Analyst panel (Aisha)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", TZ_TORONTO)
    body = mixed(
        alt(text(plain), html(gmail_html(plain)), calendar(ics, method="CANCEL", cte="quoted-printable")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message([
        ("Received", received("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                              "2026-03-16 17:40:14", "America/Toronto", MX, ME)),
        ("From", addr("Jess Harlow", "jess.harlow@quillpoint.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "jess.harlow@quillpoint.com"),
        ("To", ME),
        ("Subject", enc(f"Canceled event with note: {title} @ Wed Mar 18, 2026 2pm - 3pm (EDT) ({ME})")),
        ("Date", date("2026-03-16 21:40:12", "UTC")),
        ("Message-ID", "<calendar-5e0b9a7c-1d2f-4a3b-8c6e-f9d0e1a2b3c4@google.com>"),
    ], body)


# --------------------------------------------------------------------------- K22 Taleo cancellation, Calgary
@reg(family="taleo", lang="en", interview=True, kind="cancelled",
     start="2026-03-17T16:00:00Z", end=None, contact=None, company="Prairie Shield Mutual",
     local="Tue 2026-03-17 10:00", zone="America/Edmonton",
     note="Taleo cancellation notice: 'Tuesday, March 17, 2026 at 10:00 AM Mountain Time' = MDT (UTC-6) "
          "after the switch = 16:00Z; no human address, do-not-reply sender -> contact null")
def k22_taleo_prairieshield_cancel():
    body = t("""
        Dear Aisha Baptiste,

        Please be advised that your interview for the position of Pricing & Product Analyst (Req. 2600217), scheduled for Tuesday, March 17, 2026 at 10:00 AM Mountain Time, has been cancelled.

        A member of our Talent Acquisition team will contact you regarding next steps for your application.

        We apologize for any inconvenience and thank you for your interest in Prairie Shield Mutual.

        Sincerely,

        Talent Acquisition
        Prairie Shield Mutual Insurance
        Calgary, Alberta

        ***This is an automated message. Please do not reply to this email.***
        """)
    return message([
        ("Received", received("from ltaleo-mta-03.taleo.net (ltaleo-mta-03.taleo.net [192.0.2.133])",
                              "2026-03-13 15:10:41", "America/Edmonton", MX, ME)),
        ("From", addr("Prairie Shield Mutual", "prairieshield-noreply@taleo.net")),
        ("To", ME),
        ("Subject", "Interview Cancellation - Pricing & Product Analyst (2600217)"),
        ("Date", date("2026-03-13 15:10:38", "America/Edmonton")),
        ("Message-ID", "<1591022417.771.1773436238912.JavaMail.taleo@ltaleo-app-11>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- K23 hiring manager cancels
@reg(family="human_prose", lang="en", interview=True, kind="cancelled",
     start="2026-03-20T19:00:00Z", end=None,
     contact="hana.sato@lumorahealth.com", company="Lumora Health",
     local="Fri 2026-03-20 15:00", zone="America/New_York",
     note="Interviewer cancels 'our interview on Friday (3pm ET)' (Friday after the Wed 18 March Date = "
          "20 March, EDT) because an internal candidate was chosen; no length in this mail -> end null; "
          "contact = human sender")
def k23_prose_lumora_cancel():
    body = t("""
        Hi Aisha,

        I'm really sorry to do this on short notice, but I need to cancel our interview on Friday (3pm ET). We found out this afternoon that the role is going to an internal candidate, and I didn't want you to spend your Friday prepping for a process that's no longer open.

        Owen from our talent team will follow up to formally close things out, and he'll keep your profile in mind for the analyst openings we expect in the summer.

        Apologies again - I was genuinely looking forward to talking with you.

        Best,
        Hana

        Hana Sato
        Analytics Manager, Lumora Health
        """)
    return message([
        ("Received", received("from mail-qk1-f177.google.com (mail-qk1-f177.google.com [209.85.222.177])",
                              "2026-03-18 18:55:09", "America/New_York", MX, ME)),
        ("From", addr("Hana Sato", "hana.sato@lumorahealth.com")),
        ("To", addr("Aisha Baptiste", ME)),
        ("CC", "Owen Castellanos <owen.castellanos@lumorahealth.com>"),
        ("Subject", "Friday's interview"),
        ("Date", date("2026-03-18 18:55:04", "America/New_York")),
        ("Message-ID", "<CAB2x9Qm0Tv4nH7kR1pW5sZ8dF3L@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


# --------------------------------------------------------------------------- K24 LinkedIn job alert
@reg(family="job_alert", lang="en", interview=False, company=None,
     note="LinkedIn job alert digest; 'Actively recruiting' / 'Be an early applicant' badges, no interview")
def k24_linkedin_job_alert():
    jobs = [
        ("Product Analyst", "Cedarline Insurance", "Toronto, ON (Hybrid)", "Actively recruiting"),
        ("Senior Product Analyst, Growth", "Wavelength Mobile", "Canada (Remote)", "Be an early applicant"),
        ("Product Data Analyst", "Ferncliff Grocers Digital", "Mississauga, ON (On-site)", "Easy Apply"),
        ("Analyst, Digital Product Insights", "Lakeshore Bank", "Toronto, ON (Hybrid)",
         "3 school alumni work here"),
        ("Business & Product Analyst", "Tillbury's", "Toronto, ON", "Actively recruiting"),
    ]
    lines = ["Your job alert for product analyst in Toronto, Ontario, Canada", "",
             "12 new jobs match your preferences.", ""]
    job_ids = ["4381920557", "4379011264", "4380772139", "4382205418", "4378660903"]
    for (title, co, loc, badge), jid in zip(jobs, job_ids, strict=True):
        lines += [title, co, loc, badge, f"View job: https://www.linkedin.com/comm/jobs/view/{jid}/", ""]
    lines += ["See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=product%20analyst", "",
              "Job search smarter with Premium: see how you compare to other applicants.", "",
              "----------------------------------------",
              "This email was intended for Aisha Baptiste (Product Analyst | SQL, Experimentation, Looker)",
              "You are receiving Job Alert emails.",
              "Manage job alerts: https://www.linkedin.com/comm/jobs/alerts",
              "Unsubscribe: https://www.linkedin.com/job-alert-email-unsubscribe?savedSearchId=1744290113",
              "\u00a9 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]
    plain = "\n".join(lines) + "\n"
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/" '
        f'style="font-size:16px;font-weight:600;color:#0a66c2;text-decoration:none">{ti}</a><br>'
        f'<span style="font-size:14px;color:#191919">{co.replace("&", "&amp;")} &middot; {lo}</span><br>'
        f'<span style="font-size:12px;color:#01754f">{ba}</span></td></tr>\n'
        for ti, co, lo, ba in jobs)
    htm = ('<html><body style="background:#f3f2ef;margin:0"><table width="100%" role="presentation"><tr><td align="center">'
           '<table width="512" role="presentation" style="background:#fff;font-family:-apple-system,system-ui,Roboto,Arial,sans-serif;padding:0 24px">\n'
           '<tr><td style="padding:16px 0"><img src="https://static.licdn.com/aero-v1/sc/h/email-logo.png" alt="LinkedIn" width="84"></td></tr>\n'
           '<tr><td style="font-size:20px;font-weight:600;padding-bottom:8px">Your job alert for product analyst in Toronto, Ontario, Canada</td></tr>\n'
           '<tr><td style="font-size:14px;color:#666">12 new jobs match your preferences.</td></tr>\n'
           + rows +
           '<tr><td style="padding:16px 0"><a href="https://www.linkedin.com/comm/jobs/search/?keywords=product%20analyst">See all jobs</a></td></tr>\n'
           '<tr><td style="font-size:12px;color:#666;padding:16px 0">This email was intended for Aisha Baptiste. '
           '<a href="https://www.linkedin.com/job-alert-email-unsubscribe">Unsubscribe</a> &middot; &copy; 2026 LinkedIn Corporation</td></tr>\n'
           '</table></td></tr></table></body></html>\n')
    return message([
        ("Received", received("from mailb-ae.linkedin.com (mailb-ae.linkedin.com [108.174.3.191])",
                              "2026-02-17 08:03:30", "America/Toronto", MX, ME)),
        ("From", addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", enc("\u201cproduct analyst\u201d: Cedarline Insurance - Product Analyst and more")),
        ("Date", date("2026-02-17 13:03:27", "UTC")),
        ("Message-ID", "<2033819514.5120377.1771333407012@ltx1-app0918.prod.linkedin.com>"),
        ("X-LinkedIn-Class", "JOB-ALERT"),
        ("List-Unsubscribe", "<https://www.linkedin.com/job-alert-email-unsubscribe?savedSearchId=1744290113>"),
    ], alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K25 user research session
@reg(family="user_research", lang="en", interview=False, company=None,
     note="Paid user-research 'user interview' session booked through a research panel: confirmed time, "
          "but the candidate is a study participant, not a job candidate", days=(("Thu", "2026-03-12"),))
def k25_user_research():
    plain = t("""
        You're confirmed!

        Hi Aisha,

        Thanks for signing up. Your spot in the following study is confirmed:

        Study: Budgeting app - 60-minute user interview
        Researcher: Fernleaf Money research team
        When: Thu, Mar 12, 2026, 6:00 PM - 7:00 PM ET
        Where: Zoom (link will be shared 24 hours before the session)
        Incentive: $90 CAD Amazon.ca gift card, sent within 5 business days after the session

        What to expect: the researcher will ask about how you track your spending today and show you a few early designs. There are no right or wrong answers, and you don't need to prepare anything.

        Can't make it? Please cancel at least 12 hours in advance from your Panelwise dashboard so another participant can take the spot: https://app.panelwise.io/participant/sessions/7730915

        Thanks,
        The Panelwise team
        """)
    return message([
        ("Received", received("from mta-08.panelwise.io (mta-08.panelwise.io [192.0.2.158])",
                              "2026-03-09 19:26:51", "America/Toronto", MX, ME)),
        ("From", addr("Panelwise", "sessions@panelwise.io")),
        ("To", ME),
        ("Subject", "You're confirmed: 60-min user interview (Budgeting app study) - Thu, Mar 12"),
        ("Date", date("2026-03-09 23:26:48", "UTC")),
        ("Message-ID", "<01000197c1b3e0aa-ea91f0b3-5d7e-4c2a-9f1b-8e3d6c4a2b10-000000@email.amazonses.com>"),
        ("List-Unsubscribe", "<https://app.panelwise.io/unsubscribe?u=7730915>"),
    ], alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K26 ADP application receipt
@reg(family="application_ack", lang="en", interview=False, company="Bowline Energy Retail",
     note="ADP Workforce Now application acknowledgement; 'will contact you to arrange an interview' is "
          "hypothetical")
def k26_adp_ack():
    htm = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d0d0">
        <tr><td style="background:#d0271d;padding:10px 20px;color:#fff;font-size:16px"><b>Bowline Energy Retail</b> &ndash; Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Hi Aisha,</p>
        <p>Thank you for applying for the <b>Customer Insights &amp; Product Analyst</b> position (Calgary, AB &ndash; Hybrid) with Bowline Energy Retail. We have received your application and our recruitment team is reviewing it.</p>
        <p>If your qualifications match the requirements of the role, a member of our team will contact you to arrange an interview. Due to the high volume of applications, only candidates selected for an interview will be contacted.</p>
        <p>You can review your application at any time by signing in to your candidate profile.</p>
        <p>Thanks again for your interest in joining our team!</p>
        <p>Bowline Energy Retail<br>People &amp; Culture</p>
        </td></tr>
        <tr><td style="padding:10px 20px;font-size:11px;color:#888;border-top:1px solid #e0e0e0">Powered by ADP Workforce Now&reg; Recruitment. Please do not reply to this message; this mailbox is not monitored.</td></tr>
        </table></body></html>
        """)
    return message([
        ("Received", received("from mailout3.adp.com (mailout3.adp.com [170.146.1.23])",
                              "2026-02-23 11:47:05", "America/Edmonton", MX, ME)),
        ("From", addr("Bowline Energy Retail", "recruitment_noreply@adp.com")),
        ("To", ME),
        ("Subject", "Thank you for applying to Bowline Energy Retail"),
        ("Date", date("2026-02-23 11:47:02", "America/Edmonton")),
        ("Message-ID", "<20260223184702.3F1A2B9C7E@wfn-recruit-mail02.adp.com>"),
    ], html(htm))


# --------------------------------------------------------------------------- K27 iCIMS application receipt
@reg(family="application_ack", lang="en", interview=False, company="Larkspur Grocers",
     note="iCIMS application receipt that names the weeks when interviews will be held; nothing booked")
def k27_icims_ack():
    plain = t("""
        Dear Aisha,

        Thank you for your interest in Larkspur Grocers! This message confirms that we have received your application for the following position:

        Senior Analyst, Product & Loyalty (Job ID 2026-3381) - Store Support Centre, Brampton, ON

        What happens next?
        Our Talent Acquisition team reviews every application. For this role we expect to hold first interviews during the weeks of March 16 and March 23. If you are selected, a recruiter will reach out to book a time that works for you.

        In the meantime, you can track the status of your application on our career portal: https://careers-larkspurgrocers.icims.com/jobs/candidate

        Thank you,
        Larkspur Grocers Talent Acquisition

        Larkspur Grocers is an equal opportunity employer. Accommodations are available on request for candidates taking part in all aspects of the selection process.
        """)
    return message([
        ("Received", received("from mail05.icims.com (mail05.icims.com [192.0.2.205])",
                              "2026-03-04 09:12:40", "America/Toronto", MX, ME)),
        ("From", addr("Larkspur Grocers Careers", "larkspurgrocers@talent.icims.com")),
        ("To", ME),
        ("Subject", "Thank you for applying: Senior Analyst, Product & Loyalty"),
        ("Date", date("2026-03-04 09:12:37", "America/Toronto")),
        ("Message-ID", "<icims.2026-3381.88412970.1772633557@talent.icims.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K28 Dayforce rejection
@reg(family="rejection", lang="en", interview=False, company="Hearth & Pine Home",
     note="Dayforce rejection after the 1 April video interview; mentions the past interview date only")
def k28_dayforce_rejection():
    plain = t("""
        Hi Aisha,

        Thank you for taking the time to interview with us on April 1 for the Product Analyst, E-commerce position. We enjoyed learning more about your experience.

        After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of the role at this time.

        We appreciate your interest in Hearth & Pine Home and encourage you to apply for future openings that match your skills and interests.

        All the best in your search,

        Hearth & Pine Home Talent Acquisition
        5100 Spectrum Way, Mississauga, ON

        This email was sent via Dayforce. Please do not reply to this message.
        """)
    return message([
        ("Received", received("from smtp-out.dayforcehcm.com (smtp-out.dayforcehcm.com [192.0.2.77])",
                              "2026-04-09 14:33:21", "America/Toronto", MX, ME)),
        ("From", addr("Hearth & Pine Home Careers", "noreply@dayforcehcm.com")),
        ("To", ME),
        ("Subject", "Update on your application - Product Analyst, E-commerce"),
        ("Date", date("2026-04-09 18:33:18", "UTC")),
        ("Message-ID", "<c3f8a0d1-77b4-4e2a-9d65-0b8e1f2a3c4d@dayforcehcm.com>"),
    ], text(plain, cte="quoted-printable"))


# --------------------------------------------------------------------------- K29 Greenhouse rejection
@reg(family="rejection", lang="en", interview=False, company="Parcelbox",
     note="Greenhouse rejection before the interview stage")
def k29_greenhouse_rejection():
    plain = t("""
        Hi Aisha,

        Thank you for applying to the Product Analyst, Merchant Experience role at Parcelbox, and for your patience while we reviewed applications.

        We received a lot of strong interest, and after careful review we've decided not to move forward with your application to the interview stage. This is never an easy message to send, and it isn't a reflection of your potential.

        We'd love to stay in touch - feel free to keep an eye on our careers page at parcelbox.com/careers.

        Best of luck,
        The Parcelbox Recruiting Team
        """)
    return message([
        ("Received", received("from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [192.0.2.83])",
                              "2026-02-26 17:04:55", "America/New_York", MX, ME)),
        ("From", addr("Parcelbox", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Parcelbox Recruiting", "no-reply@us.greenhouse-mail.io")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Your application to Parcelbox"),
        ("Date", date("2026-02-26 22:04:52", "UTC")),
        ("Message-ID", "<b42e9c0f7a18.49931205.gh@us.greenhouse-mail.io>"),
    ], alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K30 offer
@reg(family="offer", lang="en", interview=False, company="Fieldnote Software",
     note="Offer e-mail after the onsite: signing deadline and an optional walk-through call, "
          "no interview", days=(("Wed", "2026-04-15"), ("Fri", "2026-04-10"), ("Mon", "2026-04-13")))
def k30_offer_fieldnote():
    body = t("""
        Hi Aisha,

        I'm so happy to be writing this one: on behalf of the whole team, we'd love for you to join Fieldnote as a Senior Product Analyst! 🎉

        Everyone you met at the onsite on the 5th was really impressed, and your references (thank you for lining those up so quickly) said the same things we saw.

        Headline numbers (full details in the attached letter):
        - Base salary: $112,000 CAD
        - Annual bonus target: 10%
        - 4,000 stock options, 4-year vesting with a 1-year cliff
        - Hybrid, 2 days a week in our Waterloo office (we'll cover a GO train pass)
        - Proposed start date: Monday, May 4, 2026

        The offer letter will arrive separately through DocuSign. Please review and sign by Wednesday, April 15 at 5:00 p.m. ET.

        Happy to hop on a call to walk through anything - I'm free Friday at 11 or anytime Monday morning, just let me know what suits you.

        Congrats!
        Grace

        Grace Kim
        People & Talent Lead, Fieldnote Software
        grace.kim@fieldnote.io | 519-555-0118
        """)
    return message([
        ("Received", received("from mail-pl1-f171.google.com (mail-pl1-f171.google.com [209.85.214.171])",
                              "2026-04-09 15:02:38", "America/Toronto", MX, ME)),
        ("From", addr("Grace Kim", "grace.kim@fieldnote.io")),
        ("To", addr("Aisha Baptiste", ME)),
        ("CC", "Priyanka Shah <priyanka.shah@fieldnote.io>"),
        ("Subject", enc("Offer - Senior Product Analyst, Fieldnote 🎉")),
        ("Date", date("2026-04-09 15:02:34", "America/Toronto")),
        ("Message-ID", "<CAOp2x7Tw3kM9nB1vR5zQ8dL0fH4jY6s@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- K31 agency outreach
@reg(family="recruiter_outreach", lang="en", interview=False, company="Keystone Talent",
     note="Agency cold outreach asking for a quick call 'this week', no time fixed")
def k31_agency_outreach():
    body = t("""
        Hi Aisha,

        Hope you're well! I came across your profile and think you could be a great fit for a Product Analyst contract I'm working on with one of the big five Canadian banks (digital mortgage team).

        - 12-month contract, strong chance of extension
        - $60-70/hr incorporated, hybrid 2 days/week downtown (Bay & King)
        - Looker/Tableau + SQL, A/B testing experience a big plus

        Are you open to a quick 10-15 min call this week to chat about it? Let me know a good time and the best number to reach you, or feel free to call me directly.

        Thanks!

        Mira Castellano
        Senior Recruiter, Technology | Keystone Talent
        d. 416-555-0187 | mira.castellano@keystonetalent.ca
        www.keystonetalent.ca
        """)
    return message([
        ("Received", received("from CAN01-TO1-obe.outbound.protection.outlook.com (mail-to1can01on2119.outbound.protection.outlook.com [40.107.93.119])",
                              "2026-02-18 10:26:52", "America/Toronto", MX, ME)),
        ("From", addr("Mira Castellano", "mira.castellano@keystonetalent.ca")),
        ("To", ME),
        ("Subject", "Product Analyst opportunity - Big 5 bank (12-mo contract)"),
        ("Date", date("2026-02-18 15:26:49", "UTC")),
        ("Message-ID", "<YT1PR01MB3305E2B1D9C04A7F8E6C5B3A2D1F0E9C@YT1PR01MB3305.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(_outlook_html(body))))


# --------------------------------------------------------------------------- K32 Greenhouse availability request
@reg(family="scheduling_link", lang="en", interview=False, company="Orchard Street Analytics",
     note="Greenhouse request to submit availability for a week; nothing booked yet")
def k32_greenhouse_availability():
    plain = t("""
        Hi Aisha,

        Thanks for your interest in the Product Analyst (Remote - US & Canada) role at Orchard Street Analytics! The team would like to move forward with a 45-minute technical interview.

        Please use the link below to let us know your availability between Monday, March 16 and Friday, March 20 (all times will be shown in your local time zone). Once we receive it, we'll send a calendar invitation with the final time.

        Submit your availability:
        https://app.greenhouse.io/availability/request/3c5a8b71e9d04f26

        Thanks!
        Camila Ortiz
        Recruiting, Orchard Street Analytics
        """)
    return message([
        ("Received", received("from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [192.0.2.83])",
                              "2026-03-10 11:42:07", "America/Chicago", MX, ME)),
        ("From", addr("Orchard Street Analytics", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Camila Ortiz", "camila.ortiz@orchardstreet.com")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Orchard Street Analytics - Please share your availability"),
        ("Date", date("2026-03-10 16:42:04", "UTC")),
        ("Message-ID", "<e9d40f263c5a.50118833.gh@us.greenhouse-mail.io>"),
    ], alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K33 "grab a slot on my Calendly"
@reg(family="scheduling_link", lang="en", interview=False, company="Vantage Row",
     note="Montreal hiring manager sends his Calendly link ('anything next week works'); no time chosen")
def k33_calendly_link_human():
    body = t("""
        Hey Aisha,

        Thanks for the note on LinkedIn - your experimentation work at Corbel sounds right up our alley. We're hiring our first product analyst in the Montreal office (remote-friendly for someone in Toronto).

        Easiest is to grab a slot on my calendar: https://calendly.com/sam-okeke-vantagerow/30min - anything next week works on my end.

        Talk soon,
        Sam

        Sam Okeke
        VP Product, Vantage Row
        """)
    return message([
        ("Received", received("from mail-io1-f52.google.com (mail-io1-f52.google.com [209.85.166.52])",
                              "2026-03-25 13:07:44", "America/Toronto", MX, ME)),
        ("From", addr("Sam Okeke", "sam@vantagerow.com")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Re: Product analyst role at Vantage Row"),
        ("Date", date("2026-03-25 13:07:40", "America/Toronto")),
        ("Message-ID", "<CAHx4k9Lm2Rt7Qw0bN5vZ3pD8sF1jC6y@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ7wq2sQ9dF2kV6@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- K34 slot proposal
@reg(family="slot_proposal", lang="en", interview=False, company="Cedarline Insurance",
     note="Recruiter proposes three in-person slots and asks which works; nothing agreed yet",
     days=(("Mon", "2026-04-06"), ("Tue", "2026-04-07"), ("Wed", "2026-04-08")))
def k34_slot_proposal_cedarline():
    body = t("""
        Hi Aisha,

        Great news - the hiring team enjoyed your phone screen and would like to meet you in person at our downtown office for the next round (about an hour, with Rahul Venkatesan and Stephanie Wu from the Claims Experience team).

        Would any of these work for you?

        - Mon., Apr. 6 at 2 p.m.
        - Tue., Apr. 7 at 11 a.m.
        - Wed., Apr. 8 at 9:30 a.m.

        Once you let me know, I'll send a formal invite through SuccessFactors with the address and visitor instructions.

        Thanks,
        Amira

        Amira Haddad
        Senior Talent Acquisition Partner
        Cedarline Insurance | 100 Wellington St W, Toronto
        amira.haddad@cedarlineinsurance.ca | 416-555-0154
        """)
    return message([
        ("Received", received("from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2095.outbound.protection.outlook.com [40.107.115.95])",
                              "2026-03-26 15:48:33", "America/Toronto", MX, ME)),
        ("From", addr("Amira Haddad", "amira.haddad@cedarlineinsurance.ca")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Next steps - Product Analyst, Claims Experience"),
        ("Thread-Topic", "Next steps - Product Analyst, Claims Experience"),
        ("Date", date("2026-03-26 19:48:30", "UTC")),
        ("Message-ID", "<YT2PR01MB4420A9B8C7D6E5F4A3B2C1D0E9F8A7B6@YT2PR01MB4420.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-CA"),
    ], alt(text(body), html(_outlook_html(body))))


# --------------------------------------------------------------------------- K35 French slot proposal, 8bit latin-1
@reg(family="slot_proposal", lang="fr", interview=False, company="Caisse Bor\u00e9ale",
     note="Montreal recruiter proposes two interview slots (iso-8859-1, 8bit) and asks which suits; "
          "not agreed in this mail", days=(("Wed", "2026-03-18"), ("Fri", "2026-03-20")))
def k35_fr_slot_proposal():
    body = t("""
        Bonjour Aisha,

        Merci pour votre candidature au poste d'analyste de produit numérique. Votre profil a retenu notre attention et nous aimerions vous rencontrer en personne à nos bureaux du centre-ville.

        Seriez-vous disponible à l'un des moments suivants ?

          - le mercredi 18 mars à 15 h
          - le vendredi 20 mars à 9 h 30

        L'entrevue durerait environ une heure. Si aucun de ces moments ne vous convient, n'hésitez pas à me proposer d'autres disponibilités pour la semaine du 16 mars.

        Au plaisir de vous lire,

        Étienne Lavoie
        Conseiller, Acquisition de talents
        Caisse Boréale
        514 555-0129
        """)
    return message([
        ("Received", received("from smtp-out2.caisseboreale.coop (smtp-out2.caisseboreale.coop [198.51.100.29])",
                              "2026-03-03 14:31:09", "America/Toronto", MX, ME)),
        ("From", addr("Étienne Lavoie", "etienne.lavoie@caisseboreale.coop", "iso-8859-1")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", enc("Entrevue - poste d'analyste de produit numérique", "iso-8859-1")),
        ("Date", date("2026-03-03 14:31:05", "America/Toronto")),
        ("Message-ID", "<000a01dcab1f$27c4e090$774ea1b0$@caisseboreale.coop>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr-ca"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


# --------------------------------------------------------------------------- K36 take-home deadline
@reg(family="take_home", lang="en", interview=False, company="Stackwise",
     note="Take-home exercise with a submission deadline; the onsite it feeds into is not scheduled here",
     days=(("Tue", "2026-03-17"),))
def k36_take_home_stackwise():
    body = t("""
        Hi Aisha,

        Congrats on moving forward - Marcus really enjoyed your conversation yesterday!

        The next step is a short take-home analysis. You'll find the brief and a sample dataset (subscription events for a fictional SaaS product) here:
        https://stackwise.box.com/s/k3q9v1x7m2t5takehome

        - Please submit your write-up (slides or a doc, plus your SQL/notebook) by Tuesday, March 17 at 11:59 p.m. PT.
        - We suggest spending no more than 3 hours on it.
        - You'll walk us through it during the virtual onsite; I'll reach out separately to find a time for that.

        Let me know if you have any trouble accessing the files.

        Thanks,
        Dana
        """)
    return message([
        ("Received", received("from mail-pj1-f47.google.com (mail-pj1-f47.google.com [209.85.216.47])",
                              "2026-03-13 09:18:26", "America/Los_Angeles", MX, ME)),
        ("From", addr("Dana Whitfield", "dana.whitfield@stackwise.io")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Stackwise - take-home exercise"),
        ("Date", date("2026-03-13 09:18:22", "America/Los_Angeles")),
        ("Message-ID", "<CANz5t2Kq8Lw3Rv0Xm7Yb1Pd4Hs9Fj6@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- K37 online assessment
@reg(family="assessment", lang="en", interview=False, company="Lakeshore Bank",
     note="Online assessment invitation with a completion deadline; not an interview",
     days=(("Fri", "2026-03-06"),))
def k37_assessment_lakeshore():
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2d3d;background:#f5f7fa">
        <table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px auto">
        <tr><td style="padding:20px 28px;background:#12355b;color:#ffffff;font-size:18px">Lakeshore Bank &middot; Online Assessment</td></tr>
        <tr><td style="padding:24px 28px">
        <p>Hello Aisha,</p>
        <p>Thank you for applying to <b>Product Analyst, Digital Channels</b> at Lakeshore Bank. As the next step in our selection process, we invite you to complete a short online assessment.</p>
        <ul>
        <li>Estimated time: about 40 minutes (numerical reasoning + a short SQL section)</li>
        <li>Deadline: <b>Friday, March 6, 2026 at 11:59 PM (ET)</b></li>
        <li>Complete it in one sitting on a laptop or desktop computer</li>
        </ul>
        <p style="text-align:center"><a href="https://assess.skillgauge.com/c/lsb-7f21d9e0" style="background:#12355b;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Start assessment</a></p>
        <p>Candidates who are successful at this stage will be contacted by a member of the Talent Acquisition team.</p>
        <p>Good luck!<br>Lakeshore Bank Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 28px;font-size:11px;color:#8a94a6">Sent on behalf of Lakeshore Bank by Skillgauge. Need help? support@skillgauge.com</td></tr>
        </table></body></html>
        """)
    return message([
        ("Received", received("from mail.skillgauge.com (mail.skillgauge.com [192.0.2.240])",
                              "2026-03-02 10:05:12", "America/Toronto", MX, ME)),
        ("From", addr("Lakeshore Bank via Skillgauge", "no-reply@skillgauge.com")),
        ("To", ME),
        ("Subject", "Lakeshore Bank invites you to complete an online assessment"),
        ("Date", date("2026-03-02 15:05:09", "UTC")),
        ("Message-ID", "<sg.invite.7f21d9e0.1772463909@skillgauge.com>"),
    ], html(htm))


# --------------------------------------------------------------------------- K38 dentist with ICS
@reg(family="non_interview_calendar", lang="en", interview=False, company=None,
     note="Dental cleaning confirmation with ICS; a confirmed time but not an interview",
     days=(("Thu", "2026-03-19"),))
def k38_dentist():
    plain = t("""
        Hi Aisha,

        This is a reminder of your upcoming appointment at Queen West Dental:

        Thursday, March 19, 2026 at 8:00 a.m.
        Hygiene appointment (cleaning + check-up) with Dr. Anika Sandhu
        788 Queen St W, 2nd floor, Toronto

        Please arrive 10 minutes early and bring your insurance card if your coverage has changed. We require 24 hours' notice for cancellations.

        Reply C to confirm or call us at 416-555-0133.

        Queen West Dental
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Dentrix Ascend//Appointment Reminder//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:qwd-appt-553018@queenwestdental.ca
        DTSTAMP:20260316T130015Z
        DTSTART:20260319T120000Z
        DTEND:20260319T130000Z
        SUMMARY:Dental appointment - Queen West Dental
        LOCATION:788 Queen St W\\, 2nd floor\\, Toronto
        DESCRIPTION:Hygiene appointment with Dr. Anika Sandhu
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", received("from mail.queenwestdental.ca (mail.queenwestdental.ca [198.51.100.133])",
                              "2026-03-16 09:00:18", "America/Toronto", MX, ME)),
        ("From", addr("Queen West Dental", "appointments@queenwestdental.ca")),
        ("To", ME),
        ("Subject", "Appointment reminder - Thu, Mar. 19 at 8:00 a.m."),
        ("Date", date("2026-03-16 09:00:15", "America/Toronto")),
        ("Message-ID", "<appt-553018-rem1@queenwestdental.ca>"),
    ], mixed(text(plain), calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


# --------------------------------------------------------------------------- K39 weekly 1:1 with contract lead
@reg(family="non_interview_calendar", lang="en", interview=False, company=None,
     note="Recurring weekly 1:1 with the manager at her current contract (Outlook, Eastern Standard Time); "
          "not an interview", days=(("Fri", "2026-02-27"),))
def k39_one_on_one():
    plain = t("""
        Weekly check-in now that you're on the loyalty dashboard workstream. Let's use the first 10 min for blockers and the rest for whatever's on your mind.

        Starts Friday, Feb 27.

        """) + teams("MmQ1YmQ4NDAtYTE3Ny00ZjFmLWE5NjMtZDk1MzY2MzY3NzI5", "281 406 550 119", "Hk3s9E", "177",
                     "604117285")
    ics = exchange_ics(
        organizer=("Devin Oyelaran", "devin.oyelaran@corbelretail.ca"),
        attendees=[("Aisha Baptiste", ME)],
        summary="Aisha / Devin - weekly 1:1",
        start="20260227T093000", end="20260227T100000", stamp="20260220T164502Z",
        uid="040000008200E00074C5B7101A82E00800000000F0A7C6B5D4A2DC01000000000000000010000000C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9",
        rrule="FREQ=WEEKLY;BYDAY=FR;INTERVAL=1", busy="BUSY")
    return message([
        ("Received", received("from CAN01-TO1-obe.outbound.protection.outlook.com (mail-to1can01on2104.outbound.protection.outlook.com [40.107.93.104])",
                              "2026-02-20 11:45:05", "America/Toronto", MX, ME)),
        ("From", addr("Devin Oyelaran", "devin.oyelaran@corbelretail.ca")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Aisha / Devin - weekly 1:1"),
        ("Thread-Topic", "Aisha / Devin - weekly 1:1"),
        ("Date", date("2026-02-20 16:45:02", "UTC")),
        ("Message-ID", "<YQXPR01MB2288F1E0D9C8B7A6F5E4D3C2B1A0F9E8@YQXPR01MB2288.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ], alt(text(plain), html(_outlook_html(plain)), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- K40 apartment viewing
@reg(family="non_interview_appointment", lang="en", interview=False, company=None,
     note="Property manager confirms an apartment viewing time; not an interview",
     days=(("Sat", "2026-03-14"),))
def k40_apartment_viewing():
    body = t("""
        Hi Aisha,

        Confirming your viewing of unit 404 at 88 Broadview Ave (2 bed, $2,850/mo + hydro) on Saturday March 14 at 11:00 a.m.

        Please buzz 404 when you arrive and I'll come down to meet you. If you'd like to apply on the spot, bring photo ID, an employment letter or two recent pay stubs, and a copy of your credit report.

        Street parking on Broadview is 1 hr max, there's Green P on Queen just south.

        Thanks,
        Teresa Lam
        Leasing, Riverdale Property Management
        647-555-0104
        """)
    return message([
        ("Received", received("from mail-yw1-f169.google.com (mail-yw1-f169.google.com [209.85.128.169])",
                              "2026-03-11 18:22:35", "America/Toronto", MX, ME)),
        ("From", addr("Teresa Lam", "teresa.lam@riverdaleproperties.ca")),
        ("To", ME),
        ("Subject", "Viewing confirmed - 88 Broadview #404, Sat 11am"),
        ("Date", date("2026-03-11 18:22:31", "America/Toronto")),
        ("Message-ID", "<CAK2n8pYv5Rt1Mw3Qz0Lb7Hd9Fs4Jx6c@mail.gmail.com>"),
    ], text(body))


# --------------------------------------------------------------------------- K41 meetup
@reg(family="meetup", lang="en", interview=False, company=None,
     note="Meetup RSVP for a talk titled like an interview ('How we interview product analysts'); "
          "attendee, not a candidate", days=(("Wed", "2026-03-11"),))
def k41_meetup():
    plain = t("""
        You're going!

        How we interview product analysts (and what we get wrong)
        Toronto Product Analytics Meetup

        Wednesday, March 11, 2026
        6:30 PM to 8:30 PM EDT

        MaRS Discovery District, 101 College St, Toronto, ON

        Three hiring managers from Toronto tech companies walk through their analyst interview loops, show real (anonymized) take-home prompts and take questions. Pizza and drinks from 6:30, talks start at 7.

        Add to calendar: https://www.meetup.com/toronto-product-analytics/events/305518827/ics/
        See event: https://www.meetup.com/toronto-product-analytics/events/305518827/

        Can't make it? Update your RSVP so someone on the waitlist can take your spot.

        Meetup, PBC, POB 4668 #37895, New York, NY 10163-4668
        Unsubscribe from RSVP confirmations: https://www.meetup.com/account/comm/
        """)
    return message([
        ("Received", received("from mail132-9.meetup.com (mail132-9.meetup.com [192.0.2.132])",
                              "2026-03-02 12:41:27", "America/Toronto", MX, ME)),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", ME),
        ("Subject", "You're going to \"How we interview product analysts (and what we get wrong)\""),
        ("Date", date("2026-03-02 17:41:24", "UTC")),
        ("Message-ID", "<rsvp.305518827.aisha.1772473284@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ], alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K42 Zoom webinar with ICS
@reg(family="marketing_webinar", lang="en", interview=False, company=None,
     note="Zoom webinar registration 'Behind the Interview: what bank hiring managers look for' with ICS; "
          "a confirmed time but a webinar")
def k42_webinar():
    plain = t("""
        Hi Aisha,

        Thank you for registering for "Behind the Interview: What Bank Hiring Managers Actually Look For".

        Please submit any questions to: events@dataforwardwomen.ca

        Date & Time: Mar 25, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84412097735?tk=pQ3r9sTj0aLw.DQcAAAAUxY

        Add to calendar: Google Calendar / Outlook Calendar (.ics) / Yahoo Calendar

        You can cancel your registration at any time.

        Data Forward Women Network
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20260319T154211Z
        DTSTART:20260325T160000Z
        DTEND:20260325T170000Z
        SUMMARY:Behind the Interview: What Bank Hiring Managers Actually Look For
        UID:20260319T154211Z-84412097735@fe80:0:0:0:b7:3aff:fe41:1c2e%ens5
        DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/84412097735
        LOCATION:https://us06web.zoom.us/w/84412097735
        BEGIN:VALARM
        TRIGGER:-PT10M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", received("from zoom.us (mail-e19.zoom.us [192.0.2.19])",
                              "2026-03-19 11:42:14", "America/Toronto", MX, ME)),
        ("From", addr("Data Forward Women Network", "no-reply@zoom.us")),
        ("Reply-To", "events@dataforwardwomen.ca"),
        ("To", ME),
        ("Subject", "Behind the Interview: What Bank Hiring Managers Actually Look For Confirmation"),
        ("Date", date("2026-03-19 15:42:11", "UTC")),
        ("Message-ID", "<zoom.webinar.84412097735.reg.8a1d0c@zoom.us>"),
    ], mixed(alt(text(plain), html(gmail_html(plain))),
             calendar(ics, method=None, filename="webinar.ics", disposition="attachment")))


# --------------------------------------------------------------------------- K43 mock interview via Calendly
@reg(family="mock_interview", lang="en", interview=False, company=None,
     note="Calendly booking of a mock case interview with a career coach; confirmed time, practice only",
     days=(("Mon", "2026-03-09"),))
def k43_mock_interview():
    plain = t("""
        Hi Aisha Baptiste,

        Your Mock Case Interview (60 min) with Renata Alves at 7:00pm - 8:00pm (Eastern Time - US & Canada) on Monday, March 9, 2026 is scheduled.

        Event Type:
        Mock Case Interview (60 min)

        Location:
        Zoom - link in the calendar invitation

        Description:
        A realistic product/metrics case followed by 15 minutes of feedback. Send me the job description you're preparing for at least 24h before so I can tailor the case. Payment is taken at booking; reschedule free of charge up to 24h before.

        Questions:
        What role are you preparing for?
        Product Analyst - final rounds with two banks and a SaaS company

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3f0b1d77-2c5e-4a8f-b9d6-71e0c4a5f2e3
        Reschedule: https://calendly.com/reschedulings/3f0b1d77-2c5e-4a8f-b9d6-71e0c4a5f2e3

        Powered by Calendly.com
        """)
    return message([
        ("Received", received("from o1.email.calendly.com (o1.email.calendly.com [192.0.2.17])",
                              "2026-03-05 20:14:40", "America/Toronto", MX, ME)),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Renata Alves", "renata@nextrungcareers.ca")),
        ("To", ME),
        ("Subject", "Confirmed: Mock Case Interview (60 min) with Renata Alves on Monday, March 9, 2026"),
        ("Date", date("2026-03-06 01:14:37", "UTC")),
        ("Message-ID", "<20260306011437.7c2e9f0a1b@calendly.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K44 podcast recording
@reg(family="podcast", lang="en", interview=False, company=None,
     note="Podcast host confirms the recording of an interview with the candidate as guest; not a job "
          "interview", days=(("Thu", "2026-04-02"),))
def k44_podcast():
    body = t("""
        Amazing, we're locked in for Thursday, April 2 at 11 a.m. ET for the interview! 🎙️

        Logistics:
        - We record on Riverside: https://riverside.fm/studio/the-data-shift (Chrome works best)
        - Wired headphones if you have them, and a quiet room
        - ~45 min of conversation, we'll edit it down to about 30

        Rough outline: how you got into product analytics from retail ops, the loyalty experimentation project you wrote about, and your advice for people trying to break into analytics in Canada.

        Thanks again for doing this!
        Jonah

        Jonah Feld
        Host, The Data Shift podcast

        On Thu, Mar 26, 2026 at 9:15 PM Aisha Baptiste <aisha.baptiste@example.org> wrote:
        > Hi Jonah, happy to come on the show! Thursday Apr 2 in the morning would work, anytime before noon.
        >
        > Aisha
        """)
    return message([
        ("Received", received("from mail-ot1-f44.google.com (mail-ot1-f44.google.com [209.85.210.44])",
                              "2026-03-27 08:53:11", "America/Toronto", MX, ME)),
        ("From", addr("Jonah Feld", "jonah@thedatashiftpod.com")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Re: The Data Shift - guest interview"),
        ("Date", date("2026-03-27 08:53:07", "America/Toronto")),
        ("Message-ID", "<CAEk3r8Tq1Wm6Lz9Bv0Xp4Nd2Hs7Fy5c@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ7wq2tR4mP8c@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- K45 she interviews someone else
@reg(family="interviewer_invite", lang="en", interview=False, company=None,
     note="Outlook invite for the candidate to sit on a panel interviewing someone else at her current "
          "contract; she is the interviewer", days=(("Thu", "2026-03-26"),))
def k45_interviewer_panel():
    plain = t("""
        Hi Aisha,

        Thanks so much for agreeing to join the panel for our Junior Data Analyst search. Jordan Pike's resume is attached to the invitation in Greenhouse.

        You'll cover the SQL/technical portion (about 20 minutes, question bank is in the shared drive under Hiring > Jr Data Analyst). Please submit your scorecard by end of day Friday.

        Thanks,
        Sabrina

        Sabrina Tse | Talent Acquisition, Corbel Retail Analytics

        """) + teams("YjZlYTFhZmMtMzE5Ny00N2I1LWE4NzAtYjlhZTgyNDZiNWMy", "239 770 584 106", "Ra2w7J", "104",
                     "907361552")
    ics = exchange_ics(
        organizer=("Sabrina Tse", "sabrina.tse@corbelretail.ca"),
        attendees=[("Aisha Baptiste", ME), ("Devin Oyelaran", "devin.oyelaran@corbelretail.ca")],
        summary="Interview - Jordan Pike - Junior Data Analyst (panel)",
        start="20260326T150000", end="20260326T154500", stamp="20260320T140933Z",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5B8DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F")
    return message([
        ("Received", received("from CAN01-TO1-obe.outbound.protection.outlook.com (mail-to1can01on2108.outbound.protection.outlook.com [40.107.93.108])",
                              "2026-03-20 10:09:36", "America/Toronto", MX, ME)),
        ("From", addr("Sabrina Tse", "sabrina.tse@corbelretail.ca")),
        ("To", "Aisha Baptiste <aisha.baptiste@example.org>, Devin Oyelaran <devin.oyelaran@corbelretail.ca>"),
        ("Subject", "Interview - Jordan Pike - Junior Data Analyst (panel)"),
        ("Thread-Topic", "Interview - Jordan Pike - Junior Data Analyst (panel)"),
        ("Date", date("2026-03-20 14:09:33", "UTC")),
        ("Message-ID", "<YQXPR01MB3390C0B1A2D3E4F5A6B7C8D9E0F1A2B3@YQXPR01MB3390.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ], alt(text(plain), html(_outlook_html(plain)), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- K46 reference call heads-up
@reg(family="reference_check", lang="en", interview=False, company=None,
     note="Former manager mentions a reference call booked with her for tomorrow at 3:30; the candidate "
          "is not on that call")
def k46_reference_call():
    body = t("""
        Hey Aisha!

        Just a heads up, Grace from Fieldnote booked a reference call with me for tomorrow at 3:30. Anything you want me to emphasize? I was going to talk about the pricing test rollout and how you handled the ops team when the numbers came in flat.

        Fingers crossed for you!! Let's grab a drink once this is all done.

        L
        """)
    return message([
        ("Received", received("from mail-vs1-f49.google.com (mail-vs1-f49.google.com [209.85.217.49])",
                              "2026-03-30 19:37:02", "America/Toronto", MX, ME)),
        ("From", addr("Lorraine Whitby", "lorraine.whitby@example.net")),
        ("To", ME),
        ("Subject", "reference call tmrw"),
        ("Date", date("2026-03-30 19:36:58", "America/Toronto")),
        ("Message-ID", "<CAPm9w4Ks2Lq7Tz1Rv8Bn3Xd6Hy0Fj5a@mail.gmail.com>"),
    ], text(body, cte="7bit", charset="us-ascii"))


# --------------------------------------------------------------------------- K47 out-of-office auto-reply
@reg(family="auto_reply", lang="en", interview=False, company="Stackwise",
     note="Exchange out-of-office auto-reply from the recruiting coordinator (Auto-Submitted), quoting the "
          "thread subject 'Interview Confirmation'")
def k47_ooo_auto_reply():
    body = t("""
        Hi there,

        Thanks for your email! I'm out of the office on Monday March 9 and Tuesday March 10 with limited access to email, and will respond when I'm back on Wednesday.

        For anything urgent related to interview scheduling, please contact our recruiting team at recruiting@stackwise.io.

        Thanks,
        Dana
        """)
    return message([
        ("Received", received("from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2130.outbound.protection.outlook.com [40.107.94.130])",
                              "2026-03-09 07:31:50", "America/Los_Angeles", MX, ME)),
        ("From", addr("Dana Whitfield", "dana.whitfield@stackwise.io")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Automatic reply: Re: Interview Confirmation: Stackwise - Product Analyst (Remote, North America)"),
        ("Thread-Topic", "Interview Confirmation: Stackwise - Product Analyst (Remote, North America)"),
        ("Date", date("2026-03-09 14:31:47", "UTC")),
        ("Message-ID", "<BY5PR17MB3986AE9F6D2C4B1A0F9E8D7C6B5A4F3E@BY5PR17MB3986.namprd17.prod.outlook.com>"),
        ("In-Reply-To", "<CAJ7wq2uV1bW9z@mail.gmail.com>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "dana.whitfield@stackwise.io"),
        ("Content-Language", "en-US"),
    ], text(body))


# --------------------------------------------------------------------------- K48 bounce of a thank-you note
@reg(family="bounce", lang="en", interview=False, company=None,
     note="Postfix delivery-status notification for a thank-you note to an interviewer (typo in the "
          "domain); the returned message talks about yesterday's onsite")
def k48_bounce():
    original = message([
        ("From", addr("Aisha Baptiste", ME)),
        ("To", addr("Tom\u00e1s Rivera", "tomas.rivera@fieldnote.co")),
        ("Subject", "Thank you - Product Analyst onsite"),
        ("Date", date("2026-03-06 08:47:10", "America/Toronto")),
        ("Message-ID", "<d1f0e2c3-4b5a-4697-8a8b-9c0d1e2f3a4b@example.org>"),
    ], text(t("""
        Hi Tomás,

        Thank you for taking the time to pair with me on the SQL exercise yesterday afternoon. I really enjoyed the conversation about how the team models trial-to-paid conversion, and it made me even more excited about the role.

        Thanks again, and I hope to talk again soon!

        Best,
        Aisha
        """)))
    explanation = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <tomas.rivera@fieldnote.co>: Host or domain name not found. Name service error
            for name=fieldnote.co type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Fq2Xk1bTgz9vN3
        X-Postfix-Sender: rfc822; aisha.baptiste@example.org
        Arrival-Date: Fri,  6 Mar 2026 08:47:11 -0500 (EST)

        Final-Recipient: rfc822; tomas.rivera@fieldnote.co
        Original-Recipient: rfc822;tomas.rivera@fieldnote.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=fieldnote.co type=MX: Host not found, try again
        """)
    body = multipart(
        "report",
        text(explanation, charset="us-ascii", cte="7bit",
             extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        attached_message(original),
        params="report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.\n",
    )
    return message([
        ("Received", "by mail.example.org (Postfix)\r\n id 4Fq2Xk1bTgz9vN4; Fri,  6 Mar 2026 08:47:12 -0500 (EST)"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", "Fri,  6 Mar 2026 08:47:12 -0500 (EST)"),
        ("Message-ID", "<4Fq2Xk1bTgz9vN4@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], body)


# --------------------------------------------------------------------------- K49 newsletter, HTML only
@reg(family="newsletter_tips", lang="en", interview=False, company=None,
     note="Substack newsletter about answering interview questions; live office hours time is a webinar, "
          "nothing about the reader's own interview")
def k49_newsletter():
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>The Analyst's Edge</title></head>
        <body style="margin:0;background:#ffffff">
        <div style="max-width:550px;margin:0 auto;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:26px;color:#363737">
        <p style="font-family:-apple-system,sans-serif;font-size:13px;color:#777"><a href="https://analystsedge.substack.com/p/walk-me-through-a-metric">View in browser</a></p>
        <h1 style="font-size:30px;line-height:36px;color:#111">How to answer &ldquo;walk me through a metric that moved&rdquo; in your next interview</h1>
        <p style="font-family:-apple-system,sans-serif;font-size:14px;color:#777">Nadine Okoro &middot; Mar 15</p>
        <p>If you&rsquo;re interviewing for product analyst roles this spring, you will get some version of this question. Hiring managers love it because it tests three things at once: whether you understand how the metric is built, whether you can separate signal from noise, and whether you can tell a story a PM will act on.</p>
        <h2 style="font-size:22px;color:#111">1. Start with the definition, not the drama</h2>
        <p>Before you explain why weekly active users dropped 8%, say how WAU is counted. Half of the &ldquo;drops&rdquo; I&rsquo;ve seen in interviews were logging changes.</p>
        <h2 style="font-size:22px;color:#111">2. Segment before you speculate</h2>
        <p>Platform, region, new vs. returning, acquisition channel. Say out loud which cut you&rsquo;d check first and why.</p>
        <h2 style="font-size:22px;color:#111">3. End with a decision</h2>
        <p>&ldquo;So I&rsquo;d recommend we roll back the onboarding change for Android and re-test&rdquo; beats &ldquo;so that&rsquo;s what happened.&rdquo;</p>
        <p><b>Live office hours:</b> paid subscribers can bring their own interview questions to this Thursday&rsquo;s session at 12 p.m. ET. The link is in the subscriber chat.</p>
        <p style="text-align:center"><a href="https://analystsedge.substack.com/subscribe" style="background:#ff6719;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;font-family:-apple-system,sans-serif;font-size:15px">Upgrade to paid</a></p>
        <hr style="border:none;border-top:1px solid #e6e6e6">
        <p style="font-family:-apple-system,sans-serif;font-size:12px;color:#777;text-align:center">&copy; 2026 Nadine Okoro<br>548 Market Street PMB 72296, San Francisco, CA 94104<br><a href="https://analystsedge.substack.com/action/disable_email">Unsubscribe</a></p>
        </div></body></html>
        """)
    return message([
        ("Received", received("from mail.substack.com (mail.substack.com [192.0.2.36])",
                              "2026-03-15 07:00:31", "America/Toronto", MX, ME)),
        ("From", addr("The Analyst's Edge", "analystsedge@substack.com")),
        ("To", ME),
        ("Subject", enc("How to answer \u201cwalk me through a metric that moved\u201d in your next interview")),
        ("Date", date("2026-03-15 11:00:28", "UTC")),
        ("Message-ID", "<20260315110028.3.1f2e3d4c5b6a7980@mg1.substack.com>"),
        ("List-Unsubscribe", "<https://analystsedge.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo>, "
                             "<mailto:unsubscribe@substack.com>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], html(htm))


# --------------------------------------------------------------------------- K50 final round, asks for windows
@reg(family="next_round_availability", lang="en", interview=False, company="Northgate Bancorp",
     note="Recruiter invites to a final round and asks for availability windows next week; nothing fixed")
def k50_next_round_availability():
    body = t("""
        Hi Aisha,

        Great news - Raj and the team really enjoyed Monday's conversation and your take on the savings launch case, and we'd like to bring you in for a final round with Diane Rousseau, our VP of Retail Analytics.

        It'll be about 90 minutes in person at our Bay St office (a conversation with Diane, then a coffee with two of the analysts on the team). Could you send me a few windows that work for you next week (Mar. 16-20)? Mornings are generally easiest for Diane.

        Thanks, and congrats on making it this far!

        Kelsey

        Kelsey Marchetti
        Talent Acquisition Partner, Northgate Bancorp
        kelsey.marchetti@northgatebancorp.ca
        """)
    return message([
        ("Received", received("from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2102.outbound.protection.outlook.com [40.107.116.102])",
                              "2026-03-12 11:26:40", "America/Toronto", MX, ME)),
        ("From", addr("Kelsey Marchetti", "kelsey.marchetti@northgatebancorp.ca")),
        ("To", addr("Aisha Baptiste", ME)),
        ("Subject", "Northgate - final round"),
        ("Thread-Topic", "Northgate - final round"),
        ("Date", date("2026-03-12 15:26:37", "UTC")),
        ("Message-ID", "<YT3PR01MB6234F0A1B2C3D4E5F6A7B8C9D0E1F2A3@YT3PR01MB6234.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(_outlook_html(body))))
