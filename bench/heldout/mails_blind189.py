"""blind189: a blind 50-mail held-out set, the inbox of a job seeker in Trier (Europe/Berlin).

Inbox owner: Katharina Weyand <katharina.weyand@example.org>, logistics software analyst, looking at
roles in Trier, Luxembourg, Saarbrücken, Koblenz, Mainz, Cologne and remote teams, September to
December 2026. One function per mail, wording written by hand; MIME plumbing and checks are make.py's.

    python3 bench/heldout/make_blind.py blind189

File numbers are a fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
Written by a helper session that had not read the detector, its tests, or any other held-out mails.
"""

from __future__ import annotations

import base64 as b64
import random

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
    utc,
)

ORDER = random.Random(1890189).sample(range(1, 51), 50)

ME = "katharina.weyand@example.org"
KW = addr("Katharina Weyand", ME)
B = "Europe/Berlin"
LU = "Europe/Luxembourg"


def n(key: int) -> str:
    """File name of the mail written key-th."""
    return f"blind189_{ORDER[key - 1]:03d}"


def rcv(frm: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(frm, when, zone, f"mx2.example.org (Postfix) with ESMTPS id {ident}", ME, lag))


ROMANCE = """BEGIN:VTIMEZONE
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

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Besprechungs-ID: {bid}
Passcode: {pc}
Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Lumera Payments S.A.",
      start=utc("2026-09-15 10:00", LU), end=utc("2026-09-15 10:45", LU),
      contact="sophie.muller@lumera-payments.lu", local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45",
      zone=LU,
      note="Greenhouse confirmation; 'Tuesday, September 15th, 2026 10:00 AM - 10:45 AM CEST' Luxembourg = "
           "08:00-08:45Z (CEST, UTC+2); contact = human Reply-To recruiter, From is no-reply")
def lumera_greenhouse() -> bytes:
    body = t("""
        Hi Katharina,

        Thank you for scheduling time with Lumera Payments. Your interview for the
        Logistics Data Analyst position has been confirmed:

        Tuesday, September 15th, 2026
        10:00 AM - 10:45 AM CEST (Europe/Luxembourg)

        Interviewers:
          Sophie Muller - Talent Partner
          Ben Kayser - Head of Operations Analytics

        Location: Microsoft Teams (you will receive a separate calendar invitation
        with the join link)

        If you need to reschedule, simply reply to this email and it will reach Sophie.

        Best regards,
        Lumera Payments Recruiting

        Powered by Greenhouse
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a37">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Hi Katharina,</p>
        <p>Thank you for scheduling time with Lumera Payments. Your interview for the
        <b>Logistics Data Analyst</b> position has been confirmed:</p>
        <table style="border:1px solid #e5e7eb;border-radius:6px;padding:12px">
        <tr><td><b>Tuesday, September 15th, 2026</b></td></tr>
        <tr><td>10:00 AM - 10:45 AM CEST (Europe/Luxembourg)</td></tr>
        </table>
        <p><b>Interviewers:</b><br>Sophie Muller &ndash; Talent Partner<br>
        Ben Kayser &ndash; Head of Operations Analytics</p>
        <p><b>Location:</b> Microsoft Teams (you will receive a separate calendar invitation
        with the join link)</p>
        <p>If you need to reschedule, simply reply to this email and it will reach Sophie.</p>
        <p>Best regards,<br>Lumera Payments Recruiting</p>
        <p style="color:#9ca3af;font-size:11px">Powered by Greenhouse</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("from o4.ptr2291.us.greenhouse-mail.io (o4.ptr2291.us.greenhouse-mail.io [167.89.12.44])",
            "2026-09-09 14:12:31", LU, "4Gk2Lq0hPzz1"),
        ("From", addr("Lumera Payments Recruiting", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sophie Muller", "sophie.muller@lumera-payments.lu")),
        ("To", KW),
        ("Subject", "Interview Confirmation: Logistics Data Analyst at Lumera Payments"),
        ("Date", date("2026-09-09 14:12:27", LU)),
        ("Message-ID", "<8f3c1a2e.61d0.4b7e.9c55.2f0e6d1a7b30@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u001.Qw7kz3mFv0bq1GJ2dH9Wcw"),
    ], alt(text(body), html(page)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled", company="Porta Logistik GmbH",
      start=utc("2026-09-24 10:15", B), end=utc("2026-09-24 11:15", B),
      contact="jana.schmitt@porta-logistik.de", local="Thu 2026-09-24 10:15", local_end="2026-09-24 11:15",
      zone=B,
      note="Personio invitation, HTML only in iso-8859-15: 'Donnerstag, 24.09.2026, 10:15 – 11:15 Uhr' in Trier "
           "(CEST) = 08:15-09:15Z; contact = Reply-To recruiter")
def porta_personio() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="iso-8859-15"><title>Einladung</title></head>
        <body style="margin:0;background:#f4f4f6;font-family:'Helvetica Neue',Arial,sans-serif">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px">
        <img src="https://porta-logistik.jobs.personio.de/logo.png" alt="Porta Logistik" width="140">
        <p>Sehr geehrte Frau Weyand,</p>
        <p>vielen Dank für Ihre Bewerbung als <strong>Logistics Software Analyst (m/w/d)</strong>.
        Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.</p>
        <p>Hiermit laden wir Sie zu einem Vorstellungsgespräch ein:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><strong>Datum:</strong></td><td>Donnerstag, 24.09.2026</td></tr>
        <tr><td><strong>Uhrzeit:</strong></td><td>10:15 &ndash; 11:15 Uhr</td></tr>
        <tr><td><strong>Ort:</strong></td><td>Porta Logistik GmbH, Paulinstraße 112, 54292 Trier<br>
        (2. OG, bitte melden Sie sich am Empfang)</td></tr>
        <tr><td><strong>Gesprächspartner:</strong></td><td>Jana Schmitt (HR), Dr. Peter Linden (Leitung IT-Logistik)</td></tr>
        </table>
        <p>Der Termin ist für Sie reserviert. Sollte er wider Erwarten nicht passen, antworten Sie
        einfach auf diese E-Mail. Die Fahrtkosten übernehmen wir nach Ihrem Besuch (bis 50 &euro;).</p>
        <p>Wir freuen uns auf Sie!</p>
        <p>Mit freundlichen Grüßen<br>Jana Schmitt<br>Personal &amp; Recruiting</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#888">Porta Logistik GmbH &middot; Paulinstraße 112 &middot; 54292 Trier &middot;
        Amtsgericht Wittlich HRB 40871 &middot; Geschäftsführer: Rainer Kettern<br>
        Diese E-Mail wurde über Personio versendet.</p>
        </div></body></html>
        """)
    return message([
        rcv("from mail-eu1.personio.de (mail-eu1.personio.de [52.58.201.17])", "2026-09-14 11:03:08", B,
            "4Gp8Vn1kT2z7"),
        ("From", addr("Porta Logistik GmbH", "noreply@personio.de")),
        ("Reply-To", addr("Jana Schmitt", "jana.schmitt@porta-logistik.de")),
        ("To", KW),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Logistics Software Analyst (m/w/d)")),
        ("Date", date("2026-09-14 11:03:05", B)),
        ("Message-ID", "<0102018f9a3bd1c4-5d81a2e7-3b0c-4f7d-a8e1-6f2c9b1d0e44-000000@eu-central-1.amazonses.com>"),
    ], html(page, charset="iso-8859-15"))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled", company="Frachtwerk Labs GmbH",
      start=utc("2026-09-18 11:15", B), contact="timo@frachtwerk-labs.de", local="Fri 2026-09-18 11:15", zone=B,
      note="Co-founder's du-reply 'morgen um Viertel nach elf', Date Thu 17 Sep 08:52 CEST -> Fri 18 Sep 11:15 "
           "CEST = 09:15Z; 'so ne Stunde, eher weniger' is approximate, end null")
def frachtwerk_prose() -> bytes:
    body = t("""
        Hi Katharina,

        super, dann sehen wir uns wie besprochen morgen um Viertel nach elf bei uns
        im Büro (Mainzer Str. 31, Saarbrücken, 3. Stock, klingeln bei Frachtwerk).
        Parken ist hier ne Katastrophe, am besten ins Parkhaus am Rathaus.

        Mit dabei ist noch Elif aus dem Produktteam. Plan mal so ne Stunde ein,
        eher weniger. Laptop brauchst du nicht, wir wollen eher quatschen als
        Live-Coding machen :)

        Bis morgen!
        Timo

        --
        Timo Recktenwald
        Co-Founder & CTO | Frachtwerk Labs GmbH
        Mainzer Str. 31, 66111 Saarbrücken
        +49 681 555 0142

        Am Mi., 16. Sept. 2026 um 19:02 Uhr schrieb Katharina Weyand <katharina.weyand@example.org>:
        > Hallo Timo,
        >
        > danke für den netten Anruf heute! Freitag Vormittag passt mir gut, ich
        > nehme mir frei. Sag mir einfach, wann ich da sein soll.
        >
        > Viele Grüße
        > Katharina
        """)
    return message([
        rcv("from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])", "2026-09-17 08:52:40", B,
            "4Gr1Xc6mQ9z3"),
        ("From", addr("Timo Recktenwald", "timo@frachtwerk-labs.de")),
        ("To", KW),
        ("Subject", "Re: Bewerbung Product Analyst"),
        ("Date", date("2026-09-17 08:52:36", B)),
        ("Message-ID", "<CAH7d1pQ3v2kR9x_6TmWfYJb0s+Lq8eN4zA1o@mail.gmail.com>"),
        ("In-Reply-To", "<CAKw8fR1z0pL7m2Yq9dN3bVxG5u@mail.gmail.com>"),
        ("References", "<CAKw8fR1z0pL7m2Yq9dN3bVxG5u@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(n(4), family="exchange_teams", lang="de", interview=True, kind="scheduled", company="Rheinkai Systems AG",
      start=utc("2026-10-06 14:00", B), end=utc("2026-10-06 15:00", B),
      contact="m.hoffmann@rheinkai-systems.de", local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00",
      zone=B,
      note="Exchange meeting request with Teams boilerplate; the time is only in the ICS "
           "(TZID 'W. Europe Standard Time' 20261006T140000-150000, CEST) = 12:00-13:00Z; contact = sender/ORGANIZER")
def rheinkai_exchange() -> bytes:
    body = t("""
        Hallo Frau Weyand,

        wie telefonisch besprochen anbei die Einladung zu unserem Gespräch per Teams.
        Teilnehmen werden Markus Hoffmann (Teamleiter TMS) und Carina Wolf (HR).
        Falls es technische Probleme gibt, erreichen Sie mich unter 0261 555 3870.

        Viele Grüße
        Markus Hoffmann

        """) + TEAMS_DE.format(mid="NzQ1ZGU3YjQtMDk2Ny00ZTRkLTk1NjAtYzU3MzE2ZDA4N2Fm", bid="372 118 904 556",
                               pc="uQ7bX3")
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Hallo Frau Weyand,</p>
        <p class="MsoNormal">wie telefonisch besprochen anbei die Einladung zu unserem Gespräch per Teams.
        Teilnehmen werden Markus Hoffmann (Teamleiter TMS) und Carina Wolf (HR).
        Falls es technische Probleme gibt, erreichen Sie mich unter 0261 555 3870.</p>
        <p class="MsoNormal">Viele Grüße<br>Markus Hoffmann</p>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">________________________________________________________________________________</div>
        <div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</span></div>
        <div style="margin-bottom:6px">Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGU3YjQtMDk2Ny00ZTRkLTk1NjAtYzU3MzE2ZDA4N2Fm%40thread.v2/0">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div style="margin-top:12px">Besprechungs-ID: 372 118 904 556<br>Passcode: uQ7bX3</div>
        <div style="margin-top:24px;overflow:hidden;white-space:nowrap">________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Markus Hoffmann:mailto:m.hoffmann@rheinkai-systems.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katharina Weyand:mailto:" + ME,
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carina Wolf:mailto:c.wolf@rheinkai-systems.de",
        "DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Weyand,\\n\\nwie telefonisch besprochen anbei die Einladung zu "
        "unserem Gespräch per Teams.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000A04C6B8F0B4FDC01000000000000000010000000C3E0A5A1D2B8F44DA1E3",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Katharina Weyand – Business Analyst TMS",
        "DTSTART;TZID=W. Europe Standard Time:20261006T140000",
        "DTEND;TZID=W. Europe Standard Time:20261006T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260929T142011Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2120843118",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null,\"OnlineMeetingProvider\":3}",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2117.outbound.protection.outlook.com"
            " [40.107.104.117])", "2026-09-29 16:20:14", B, "4Gx0Tb3sLmz5"),
        ("From", addr("Markus Hoffmann", "m.hoffmann@rheinkai-systems.de")),
        ("To", KW),
        ("CC", addr("Carina Wolf", "c.wolf@rheinkai-systems.de")),
        ("Subject", enc("Vorstellungsgespräch Katharina Weyand – Business Analyst TMS")),
        ("Thread-Topic", enc("Vorstellungsgespräch Katharina Weyand – Business Analyst TMS")),
        ("Thread-Index", "AdpS1h0r8xYq4nQeT0WmWcCq2Xg9Aw=="),
        ("Date", date("2026-09-29 16:20:09", B)),
        ("Message-ID", "<AM9PR04MB8451C2F3D0A1E7B95D4C6E10B1A92@AM9PR04MB8451.eurprd04.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(5), family="workday", lang="en", interview=True, kind="scheduled", company="Domhafen Logistics SE",
      start=utc("2026-10-26 09:00", B), end=utc("2026-10-26 10:30", B),
      contact="lena.brueck@domhafen-logistics.com", local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:30",
      zone=B,
      note="Workday notification sent Thu 22 Oct in CEST for Mon 26 Oct, the day after Europe goes back to CET: "
           "9:00-10:30 AM (GMT+01:00) Cologne = 08:00-09:30Z; From is the tenant's Workday mailbox, contact = "
           "recruiter address in the body")
def domhafen_workday() -> bytes:
    body = t("""
        Dear Katharina,

        We are pleased to confirm your interview for the position
        Senior Analyst, Transport Systems (R-0042817) at Domhafen Logistics SE.

        Date: Monday, 26 October 2026
        Time: 9:00 AM - 10:30 AM (GMT+01:00) Central European Time (Europe/Berlin)
        Format: On-site
        Address: Domhafen Logistics SE, Rheinuferstraße 8, 50668 Köln - Building B, reception
        Interviewers: Lena Brück (Talent Acquisition), Tobias Haan (Director Transport Systems)

        Please bring a valid photo ID for the visitor badge.

        Should you have any questions, please contact Lena Brück at
        lena.brueck@domhafen-logistics.com.

        Kind regards,
        Domhafen Logistics Talent Acquisition

        This email was sent from a notification-only address that cannot accept incoming email.
        Please do not reply to this message.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
        <p>Dear Katharina,</p>
        <p>We are pleased to confirm your interview for the position<br>
        <b>Senior Analyst, Transport Systems (R-0042817)</b> at Domhafen Logistics SE.</p>
        <p><b>Date:</b> Monday, 26 October 2026<br>
        <b>Time:</b> 9:00 AM - 10:30 AM (GMT+01:00) Central European Time (Europe/Berlin)<br>
        <b>Format:</b> On-site<br>
        <b>Address:</b> Domhafen Logistics SE, Rheinuferstraße 8, 50668 Köln - Building B, reception<br>
        <b>Interviewers:</b> Lena Brück (Talent Acquisition), Tobias Haan (Director Transport Systems)</p>
        <p>Please bring a valid photo ID for the visitor badge.</p>
        <p>Should you have any questions, please contact Lena Brück at
        <a href="mailto:lena.brueck@domhafen-logistics.com">lena.brueck@domhafen-logistics.com</a>.</p>
        <p>Kind regards,<br>Domhafen Logistics Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This email was sent from a notification-only address that cannot
        accept incoming email. Please do not reply to this message.</p>
        </div></body></html>
        """)
    return message([
        rcv("from wd5-smtp-out3.myworkday.com (wd5-smtp-out3.myworkday.com [198.185.16.52])",
            "2026-10-22 17:40:51", B, "4HBd7Lw2Rkz9"),
        ("From", addr("Domhafen Logistics", "domhafen@myworkday.com")),
        ("To", KW),
        ("Subject", "Interview Scheduled - Senior Analyst, Transport Systems (R-0042817)"),
        ("Date", date("2026-10-22 17:40:47", B)),
        ("Message-ID", "<1184920377.3301842.1792683647112@wd5-prod-notif-2.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(page, cte="base64")))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled", company="Nordlicht Routing GmbH",
      start=utc("2026-10-13 14:30", B), end=utc("2026-10-13 15:00", B),
      contact="ole.jansen@nordlicht-routing.de", local="Tue 2026-10-13 14:30", local_end="2026-10-13 15:00",
      zone=B,
      note="Calendly invitee confirmation, Date in +0000; '02:30pm - 03:00pm (Central European Time)' on 13 Oct "
           "is CEST in fact = 12:30-13:00Z, as the ICS (UTC) says; contact = host via Reply-To")
def nordlicht_calendly() -> bytes:
    body = t("""
        Hi Katharina Weyand,

        Your Erstgespräch Product Analyst (Remote) with Ole Jansen at 02:30pm (Central European
        Time) on Tuesday, October 13, 2026 is scheduled.

        Event Type:
        Erstgespräch Product Analyst (Remote)

        Invitee:
        Katharina Weyand

        Invitee Email:
        katharina.weyand@example.org

        Event Date/Time:
        02:30pm - 03:00pm (Central European Time) - Tuesday, October 13, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/xkq-rvbt-doa

        Questions:
        Was interessiert dich an Nordlicht Routing?
        Remote-first team, routing problems close to my TMS work.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5c1e0a7d-23f4-4e6b-9a0d-8b2f71c4e913
        Reschedule: https://calendly.com/reschedulings/5c1e0a7d-23f4-4e6b-9a0d-8b2f71c4e913

        Powered by Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        "DTSTAMP:20261009T170544Z", "UID:5c1e0a7d-23f4-4e6b-9a0d-8b2f71c4e913@calendly.com",
        "DTSTART:20261013T123000Z", "DTEND:20261013T130000Z",
        "SUMMARY:Erstgespräch Product Analyst (Remote) - Katharina Weyand",
        "ORGANIZER;CN=Ole Jansen:mailto:ole.jansen@nordlicht-routing.de",
        "ATTENDEE;CN=Katharina Weyand;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:" + ME,
        "LOCATION:https://meet.google.com/xkq-rvbt-doa", "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from o1.email.calendly.com (o1.email.calendly.com [167.89.31.203])", "2026-10-09 17:05:44", "UTC",
            "4H1Jq5v8Mbz2"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Ole Jansen", "ole.jansen@nordlicht-routing.de")),
        ("To", KW),
        ("Subject", enc("Confirmed: Erstgespräch Product Analyst (Remote) with Ole Jansen on Tuesday, October 13, 2026")),
        ("Date", date("2026-10-09 17:05:44", "UTC")),
        ("Message-ID", "<calendly.invitee.5c1e0a7d23f4@calendly.com>"),
    ], mixed(text(body), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                  disposition="attachment", name_param=True)))


@mail(n(7), family="google_calendar", lang="de", interview=True, kind="scheduled",
      company="Gutenberg Freight Solutions GmbH", start=utc("2026-11-04 14:00", B), end=utc("2026-11-04 14:45", B),
      contact="aylin.demir@gutenberg-freight.de", local="Wed 2026-11-04 14:00", local_end="2026-11-04 14:45",
      zone=B,
      note="German Google Calendar invitation 'Mi. 4. Nov. 2026 14:00 – 14:45 (MEZ)' = 13:00-13:45Z (CET, after "
           "25 Oct); ICS TZID Europe/Berlin agrees; contact = organizer (Reply-To)")
def gutenberg_gcal() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vorstellungsgespräch Katharina Weyand – Data Analyst Fracht
        Wann
        Mittwoch, 4. Nov. 2026 14:00 – 14:45 (Mitteleuropäische Normalzeit - Berlin)

        Teilnehmen mit Google Meet
        meet.google.com/pzu-hwfk-qnm

        Telefonisch teilnehmen
        (DE) +49 30 300195 512  PIN: 418 227 903#

        Kalender
        katharina.weyand@example.org

        Wer
        • Aylin Demir - Organisator
        • Felix Brandt
        • katharina.weyand@example.org

        Hallo Katharina, wie besprochen das Gespräch mit Felix (Teamlead Data). Bis dann! Aylin

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail unter katharina.weyand@example.org, da Sie Gast bei diesem Termin sind.

        Wenn Sie die Einladung ablehnen möchten, melden Sie sich bei Google Kalender an.
        Weitere Informationen unter https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Sie wurden zu folgendem Termin eingeladen.</p>
        <h2 style="font-size:22px;font-weight:400">Vorstellungsgespräch Katharina Weyand – Data Analyst Fracht</h2>
        <table><tr><td style="color:#70757a">Wann</td></tr>
        <tr><td>Mittwoch, 4. Nov. 2026 14:00 – 14:45 (Mitteleuropäische Normalzeit - Berlin)</td></tr>
        <tr><td style="color:#70757a">Teilnehmen mit Google Meet</td></tr>
        <tr><td><a href="https://meet.google.com/pzu-hwfk-qnm">meet.google.com/pzu-hwfk-qnm</a></td></tr>
        <tr><td style="color:#70757a">Wer</td></tr>
        <tr><td>Aylin Demir - Organisator<br>Felix Brandt<br>katharina.weyand@example.org</td></tr></table>
        <p>Hallo Katharina, wie besprochen das Gespräch mit Felix (Teamlead Data). Bis dann! Aylin</p>
        <p style="font-size:11px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20261104T140000", "DTEND;TZID=Europe/Berlin:20261104T144500",
        "DTSTAMP:20261029T091100Z", "ORGANIZER;CN=Aylin Demir:mailto:aylin.demir@gutenberg-freight.de",
        "UID:6v3k1e9q0ab2mnr4o8d5t7c1hs@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aylin Demir;"
        "X-NUM-GUESTS=0:mailto:aylin.demir@gutenberg-freight.de",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Brandt;"
        "X-NUM-GUESTS=0:mailto:felix.brandt@gutenberg-freight.de",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=" + ME + ";"
        "X-NUM-GUESTS=0:mailto:" + ME,
        "X-GOOGLE-CONFERENCE:https://meet.google.com/pzu-hwfk-qnm",
        "CREATED:20261029T091046Z",
        "DESCRIPTION:Hallo Katharina\\, wie besprochen das Gespräch mit Felix (Teamlead Data). Bis dann! Aylin",
        "LAST-MODIFIED:20261029T091100Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Vorstellungsgespräch Katharina Weyand – Data Analyst Fracht", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-10-29 10:11:02", B,
            "4HGm2Zr7Pdz4"),
        ("From", addr("Aylin Demir", "aylin.demir@gutenberg-freight.de")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Aylin Demir", "aylin.demir@gutenberg-freight.de")),
        ("To", ME),
        ("Subject", enc("Einladung: Vorstellungsgespräch Katharina Weyand – Data Analyst Fracht @ Mi. 4. Nov. 2026 "
                        "14:00 - 14:45 (MEZ) (katharina.weyand@example.org)")),
        ("Date", date("2026-10-29 10:11:00", B)),
        ("Message-ID", "<calendar-7f4b2c1e-9d3a-4e8b-b6a1-0c5d2e9f8a31@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(8), family="lever", lang="en", interview=True, kind="scheduled", company="Kōwhai Freight Tech Ltd",
      start=utc("2026-12-01 09:00", "Pacific/Auckland"), end=utc("2026-12-01 09:45", "Pacific/Auckland"),
      contact="mere.parata@kowhaifreight.co.nz", local="Tue 2026-12-01 09:00", local_end="2026-12-01 09:45",
      zone="Pacific/Auckland",
      note="Lever confirmation from an Auckland team: Tuesday 1 December 9:00-9:45 am NZDT (UTC+13) = Monday 30 "
           "November 20:00-20:45Z (21:00 CET for the candidate, as the body says): the local date is the next day "
           "in UTC; ICS TZID Pacific/Auckland agrees; contact = Reply-To")
def kowhai_lever() -> bytes:
    body = t("""
        Kia ora Katharina,

        Thanks for picking a time - your video interview with our Head of Data,
        Tom Whitaker, is confirmed:

            Tuesday 1 December 2026, 9:00 am - 9:45 am NZDT (Auckland)
            For you in Trier that is Monday 30 November, 9:00 pm - 9:45 pm CET.

        Join on Zoom: https://kowhaifreight.zoom.us/j/84219350172?pwd=bWZ2cGx0T0
        Meeting ID: 842 1935 0172

        We know the evening slot is not ideal on your side - thanks for making it work.
        If anything changes just reply here.

        Ngā mihi,
        Mere Parata
        Talent Partner, Kōwhai Freight Tech
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Interview Scheduling//EN", "METHOD:REQUEST",
        VTZ["Pacific/Auckland"],
        "BEGIN:VEVENT", "UID:lever-iv-2b7f10c4-8e5d-4a61-93f0-d1c7a2e4b588",
        "DTSTAMP:20261124T213012Z",
        "DTSTART;TZID=Pacific/Auckland:20261201T090000", "DTEND;TZID=Pacific/Auckland:20261201T094500",
        "SUMMARY:Interview: Katharina Weyand <> Kōwhai Freight Tech (Tom Whitaker)",
        "ORGANIZER;CN=Mere Parata:mailto:mere.parata@kowhaifreight.co.nz",
        "ATTENDEE;CN=Katharina Weyand;RSVP=TRUE:mailto:" + ME,
        "LOCATION:https://kowhaifreight.zoom.us/j/84219350172", "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from mail-a12.hire.lever.co (mail-a12.hire.lever.co [54.240.27.12])", "2026-11-25 10:30:16",
            "Pacific/Auckland", "4Hd3Wq8Ncz6"),
        ("From", addr("Mere Parata", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Mere Parata", "mere.parata@kowhaifreight.co.nz")),
        ("To", KW),
        ("Subject", enc("Interview confirmed: Kōwhai Freight Tech – Senior Logistics Analyst (Remote, EU)")),
        ("Date", date("2026-11-25 10:30:12", "Pacific/Auckland")),
        ("Message-ID", "<0100019b5a4e2f17-3c8a61d2-77e0-4b5f-a2c9-0e1d8f3b6c44-000000@email.amazonses.com>"),
    ], mixed(text(body), calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(9), family="ashby", lang="en", interview=True, kind="scheduled", company="Tideline Analytics Ltd",
      start=utc("2026-10-08 15:00", "Europe/London"), end=utc("2026-10-08 15:45", "Europe/London"),
      contact="priya@tidelineanalytics.co.uk", local="Thu 2026-10-08 15:00", local_end="2026-10-08 15:45",
      zone="Europe/London",
      note="Ashby confirmation, HTML only in base64: 'Thursday, October 8, 2026, 3:00 PM – 3:45 PM BST' London "
           "(UTC+1) = 14:00-14:45Z (16:00 in Trier); contact = Reply-To recruiter")
def tideline_ashby() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Katharina,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><strong>Technical Interview &ndash; Analytics Engineer (Logistics, Remote EU)</strong><br>
        Thursday, October 8, 2026, 3:00 PM &ndash; 3:45 PM BST<br>
        Zoom: <a href="https://tidelineanalytics.zoom.us/j/91847302216">https://tidelineanalytics.zoom.us/j/91847302216</a></p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Gareth Lowe &mdash; Staff Analytics Engineer<br>
        &nbsp;&nbsp;Hannah Osei &mdash; Data Platform Lead</p>
        <p>We'll share a small dataset on screen; no preparation needed beyond a working microphone.</p>
        <p>Questions? Just reply and it will reach Priya Natarajan.</p>
        <p>Thanks,<br>Tideline Analytics Recruiting</p>
        <p style="font-size:11px;color:#999">Sent with Ashby</p>
        </body></html>
        """)
    return message([
        rcv("from a48-112.smtp-out.eu-west-1.amazonses.com (a48-112.smtp-out.eu-west-1.amazonses.com "
            "[54.240.48.112])", "2026-10-02 16:20:33", "Europe/London", "4H5Cr2x7Ffz1"),
        ("From", addr("Tideline Analytics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Natarajan", "priya@tidelineanalytics.co.uk")),
        ("To", KW),
        ("Subject", "Interview confirmed: Analytics Engineer (Logistics, Remote EU) at Tideline Analytics"),
        ("Date", date("2026-10-02 16:20:30", "Europe/London")),
        ("Message-ID", "<0102019c11f0a8e3-8d2e5f7a-1b3c-4a6d-9e0f-2c4b6d8e0a13-000000@eu-west-1.amazonses.com>"),
    ], html(page, cte="base64"))


@mail(n(10), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      company="Banque de l'Alzette S.A.", start=utc("2026-10-13 14:30", LU), end=utc("2026-10-13 15:30", LU),
      contact="camille.schmit@banque-alzette.lu", local="Tue 2026-10-13 14:30", local_end="2026-10-13 15:30",
      zone=LU,
      note="SmartRecruiters, French, iso-8859-1: 'mardi 13 octobre 2026 de 14h30 à 15h30 (heure de Luxembourg)' "
           "= 12:30-13:30Z (CEST); contact = Reply-To recruiter")
def alzette_smartrecruiters() -> bytes:
    body = t("""
        Bonjour Katharina,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste
        d'Analyste Processus & Systèmes Logistiques (H/F) :

          Date : mardi 13 octobre 2026
          Horaire : de 14h30 à 15h30 (heure de Luxembourg)
          Lieu : Banque de l'Alzette, 14 boulevard Royal, L-2449 Luxembourg
                 (accueil au rez-de-chaussée, merci de vous présenter 10 minutes avant)
          Avec : Camille Schmit (Talent Acquisition) et Luc Weber (Responsable Opérations)

        Merci de vous munir d'une pièce d'identité.

        Pour toute question, vous pouvez répondre directement à ce message.

        Bien cordialement,
        Camille Schmit
        Talent Acquisition - Banque de l'Alzette S.A.

        --
        Ce message vous a été envoyé via SmartRecruiters.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Bonjour Katharina,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        d'<b>Analyste Processus &amp; Systèmes Logistiques (H/F)</b>&nbsp;:</p>
        <ul>
        <li><b>Date</b>&nbsp;: mardi 13 octobre 2026</li>
        <li><b>Horaire</b>&nbsp;: de 14h30 à 15h30 (heure de Luxembourg)</li>
        <li><b>Lieu</b>&nbsp;: Banque de l'Alzette, 14 boulevard Royal, L-2449 Luxembourg
        (accueil au rez-de-chaussée, merci de vous présenter 10 minutes avant)</li>
        <li><b>Avec</b>&nbsp;: Camille Schmit (Talent Acquisition) et Luc Weber (Responsable Opérations)</li>
        </ul>
        <p>Merci de vous munir d'une pièce d'identité.</p>
        <p>Pour toute question, vous pouvez répondre directement à ce message.</p>
        <p>Bien cordialement,<br>Camille Schmit<br>Talent Acquisition - Banque de l'Alzette S.A.</p>
        <p style="font-size:10px;color:#888">Ce message vous a été envoyé via SmartRecruiters.</p>
        </body></html>
        """)
    return message([
        rcv("from mail1.smartrecruiters.com (mail1.smartrecruiters.com [185.46.10.21])", "2026-10-07 09:40:19", LU,
            "4H8Nk0d3Ybz8"),
        ("From", addr("Banque de l'Alzette", "no-reply@smartrecruiters.com")),
        ("Reply-To", addr("Camille Schmit", "camille.schmit@banque-alzette.lu")),
        ("To", KW),
        ("Subject", enc("Confirmation de votre entretien - Analyste Processus & Systèmes Logistiques", "iso-8859-1")),
        ("Date", date("2026-10-07 09:40:15", LU)),
        ("Message-ID", "<sr.msg.6a91c2d4e0f3.20261007074015@smartrecruiters.com>"),
    ], alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(11), family="teamtailor", lang="de", interview=True, kind="scheduled", company="Rheinhessen Mobility GmbH",
      start=utc("2026-12-01 13:30", B), end=utc("2026-12-01 14:30", B),
      contact="lukas.becker@rheinhessen-mobility.de", local="Tue 2026-12-01 13:30", local_end="2026-12-01 14:30",
      zone=B,
      note="Teamtailor, du-form: 'Di., 1.12. um 13:30 Uhr (60 Min.)' in Mainz (CET) = 12:30-13:30Z; year from the "
           "Date (25 Nov 2026); contact = Reply-To recruiter")
def rheinhessen_teamtailor() -> bytes:
    body = t("""
        Hallo Katharina,

        schön, dass es geklappt hat! Dein Interview für die Stelle
        "Analyst Disposition & Flottensteuerung (m/w/d)" ist bestätigt:

        Wann: Di., 1.12. um 13:30 Uhr (60 Min.)
        Wo: Rheinhessen Mobility, Zollhafen 7, 55118 Mainz - Empfang im EG
        Mit: Lukas Becker (Recruiting) und Svenja Roth (Leitung Disposition)

        Den Termin findest du auch jederzeit in deinem Kandidatenprofil.
        Wenn etwas dazwischenkommt, antworte einfach auf diese Mail.

        Bis bald!
        Lukas von Rheinhessen Mobility

        Rheinhessen Mobility GmbH · Zollhafen 7 · 55118 Mainz
        Datenschutz: https://rheinhessen-mobility.teamtailor.com/privacy
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="background:#f7f7f8;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:28px">
        <p>Hallo Katharina,</p>
        <p>schön, dass es geklappt hat! Dein Interview für die Stelle
        <strong>Analyst Disposition &amp; Flottensteuerung (m/w/d)</strong> ist bestätigt:</p>
        <div style="background:#f0f4ff;border-radius:6px;padding:14px">
        <div><strong>Wann:</strong> Di., 1.12. um 13:30 Uhr (60 Min.)</div>
        <div><strong>Wo:</strong> Rheinhessen Mobility, Zollhafen 7, 55118 Mainz &ndash; Empfang im EG</div>
        <div><strong>Mit:</strong> Lukas Becker (Recruiting) und Svenja Roth (Leitung Disposition)</div>
        </div>
        <p>Den Termin findest du auch jederzeit in deinem Kandidatenprofil.
        Wenn etwas dazwischenkommt, antworte einfach auf diese Mail.</p>
        <p>Bis bald!<br>Lukas von Rheinhessen Mobility</p>
        <p style="font-size:11px;color:#999">Rheinhessen Mobility GmbH &middot; Zollhafen 7 &middot; 55118 Mainz</p>
        </div></body></html>
        """)
    return message([
        rcv("from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [18.157.90.41])", "2026-11-25 15:02:27",
            B, "4Hd9Pm1Wrz3"),
        ("From", addr("Rheinhessen Mobility", "no-reply@rheinhessen-mobility.teamtailor-mail.com")),
        ("Reply-To", addr("Lukas Becker", "lukas.becker@rheinhessen-mobility.de")),
        ("To", KW),
        ("Subject", enc("Dein Interview bei Rheinhessen Mobility ist bestätigt 🎉")),
        ("Date", date("2026-11-25 15:02:24", B)),
        ("Message-ID", "<6741c2f0a9b3e_3f1a2b8c9d0e4@teamtailor-mailer-7c9f.mail>"),
    ], alt(text(body), html(page)))


@mail(n(12), family="outlook_allday", lang="de", interview=True, kind="scheduled", company="Eckhaus Logistik IT GmbH",
      start=utc("2026-11-10 09:30", B), contact="stefan.kreuzberg@eckhaus-it.de", local="Tue 2026-11-10 09:30",
      zone=B, days=(("Tue", "2026-11-10"),),
      note="Hiring manager's Outlook invitation as an all-day event (DTSTART;VALUE=DATE 20261110); the time is only "
           "in the text: 'am kommenden Dienstag (10.11.) ... Wir starten um 9.30 Uhr', Date Wed 4 Nov -> Tue 10 Nov "
           "09:30 CET = 08:30Z; 'bis ca. 13 Uhr' is approximate, end null; contact = sender/ORGANIZER")
def eckhaus_allday() -> bytes:
    body = t("""
        Hallo Frau Weyand,

        wie heute Mittag am Telefon besprochen, schicke ich Ihnen hier den Termin für
        unseren Kennenlerntag am kommenden Dienstag (10.11.). Ich habe ihn als
        ganztägigen Termin eingetragen, damit Sie sich den Tag freihalten - wir starten
        um 9.30 Uhr mit dem Gespräch bei mir (Fachbereich Lager-IT), danach stellt
        Ihnen Herr Auler das Team vor, und gegen Mittag gehen wir zusammen essen.
        Ende ist bis ca. 13 Uhr.

        Adresse: Eckhaus Logistik IT GmbH, Moselweißer Str. 40, 56073 Koblenz.
        Besucherparkplätze gibt es direkt vor dem Gebäude.

        Mit freundlichen Grüßen

        Stefan Kreuzberg
        Bereichsleiter Lager-IT
        Eckhaus Logistik IT GmbH
        Tel. +49 261 555 2214
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Stefan Kreuzberg:mailto:stefan.kreuzberg@eckhaus-it.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katharina Weyand:mailto:" + ME,
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rolf Auler:mailto:rolf.auler@eckhaus-it.de",
        "UID:040000008200E00074C5B7101A82E0080000000090E1A2C4B46EDC01000000000000000010000000F1A9C3D7E0B24A7E8D0C",
        "SUMMARY;LANGUAGE=de-DE:Kennenlerntag Katharina Weyand (Lager-IT)",
        "DTSTART;VALUE=DATE:20261110", "DTEND;VALUE=DATE:20261111",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261104T162512Z", "TRANSP:TRANSPARENT", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Koblenz\\, Moselweißer Str. 40",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2090.outbound.protection.outlook.com"
            " [40.107.22.90])", "2026-11-04 17:25:40", B, "4HL3Cv9Gkz0"),
        ("From", addr("Stefan Kreuzberg", "stefan.kreuzberg@eckhaus-it.de")),
        ("To", KW),
        ("Subject", "Kennenlerntag Katharina Weyand (Lager-IT)"),
        ("Thread-Topic", "Kennenlerntag Katharina Weyand (Lager-IT)"),
        ("Date", date("2026-11-04 17:25:36", B)),
        ("Message-ID", "<DB9PR06MB7290E1A4C3F0B2D85E6F1A77C9D12@DB9PR06MB7290.eurprd06.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body, charset="iso-8859-1"), calendar(ics, cte="quoted-printable")))


@mail(n(13), family="human_reply_thread", lang="en", interview=True, kind="scheduled",
      company="Ardenne Logistics S.A.", start=utc("2026-11-18 16:00", LU),
      contact="marc.reuter@ardenne-logistics.lu", local="Wed 2026-11-18 16:00", zone=LU,
      note="Hiring manager's short reply on top of the quoted thread: the recruiter proposed Tue 17 Nov 10:00 or "
           "Wed 18 Nov 16:00, the candidate picked Wednesday, he confirms 'Wednesday at 16:00 is perfect' = 15:00Z "
           "(CET); contact = the human sender (not the cc'd recruiter); no duration")
def ardenne_reply() -> bytes:
    body = t("""
        Hi Katharina,

        Wednesday at 16:00 is perfect - I'll send you a Teams link later today.
        Looking forward to it.

        Marc

        Marc Reuter | Head of Analytics
        Ardenne Logistics S.A. | 5, rue de Bitbourg | L-1273 Luxembourg

        -----Original Message-----
        From: Katharina Weyand <katharina.weyand@example.org>
        Sent: Wednesday, November 11, 2026 9:47 PM
        To: Claire Wagner <claire.wagner@ardenne-logistics.lu>
        Cc: Marc Reuter <marc.reuter@ardenne-logistics.lu>
        Subject: Re: Ardenne Logistics - first conversation

        Hi Claire, hi Marc,

        thank you! Wednesday, 18 November at 16:00 works well for me.

        Best regards,
        Katharina

        -----Original Message-----
        From: Claire Wagner <claire.wagner@ardenne-logistics.lu>
        Sent: Tuesday, November 10, 2026 10:05 AM
        Subject: Ardenne Logistics - first conversation

        Would Tuesday 17 November at 10:00 or Wednesday 18 November at 16:00 work
        for a first call with Marc Reuter, our Head of Analytics?
        """)
    return message([
        rcv("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2101.outbound.protection.outlook.com"
            " [40.107.3.101])", "2026-11-12 08:14:22", LU, "4HQ7Lk2Dmz4"),
        ("From", addr("Marc Reuter", "marc.reuter@ardenne-logistics.lu")),
        ("To", KW),
        ("CC", addr("Claire Wagner", "claire.wagner@ardenne-logistics.lu")),
        ("Subject", "RE: Ardenne Logistics - first conversation"),
        ("Date", date("2026-11-12 08:14:18", LU)),
        ("Message-ID", "<PA4PR08MB6014B3C2A1D0E9F87A6B5C4D3E2F1@PA4PR08MB6014.eurprd08.prod.outlook.com>"),
        ("In-Reply-To", "<CAKw8fR9mZx1@mail.example.org>"),
        ("References", "<PA4PR08MB6014A0B1C2D3E4F5@PA4PR08MB6014.eurprd08.prod.outlook.com> <CAKw8fR9mZx1@mail.example.org>"),
        ("Thread-Topic", "Ardenne Logistics - first conversation"),
    ], text(body, charset="windows-1252"))


@mail(n(14), family="forward_to_self", lang="de", interview=True, kind="scheduled",
      company="Saarland Cargo Digital GmbH", start=utc("2026-10-22 10:30", B), end=utc("2026-10-22 11:15", B),
      contact="jonas.feller@saarland-cargo-digital.de", local="Thu 2026-10-22 10:30", local_end="2026-10-22 11:15",
      zone=B,
      note="The candidate forwards a recruiter's Zoom invitation from her second address to herself (attached "
           "message/rfc822): 'Donnerstag, den 22. Oktober 2026, um 10.30 Uhr', 'Dauer: 45 Minuten' = 08:30-09:15Z "
           "(CEST); contact = the recruiter in the forwarded header, never the candidate's own addresses")
def saarcargo_forward() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Weyand,

        vielen Dank für das angenehme Telefonat. Wie vereinbart bestätige ich Ihnen
        das Interview mit unserem Head of Operations, Herrn Dr. Bernd Weiland:

        Donnerstag, den 22. Oktober 2026, um 10.30 Uhr
        Dauer: 45 Minuten
        per Zoom

        Zoom-Meeting beitreten
        https://saarland-cargo.zoom.us/j/67203918845?pwd=Q2hVdFpLdkJ6eXo

        Meeting-ID: 672 0391 8845
        Kenncode: 558203

        Schnelleinwahl mobil
        +496938079883,,67203918845#,,,,*558203# Deutschland

        Mit freundlichen Grüßen
        Jonas Feller
        Recruiting | Saarland Cargo Digital GmbH
        Am Halberg 3 | 66121 Saarbrücken
        """)
    inner = message([
        ("From", addr("Jonas Feller", "jonas.feller@saarland-cargo-digital.de")),
        ("To", addr("Katharina Weyand", "k.weyand@example.net")),
        ("Subject", "Ihr Interview bei Saarland Cargo Digital"),
        ("Date", date("2026-10-16 14:05:11", B)),
        ("Message-ID", "<4f2a9c1e-8d3b-4b7a-9e60-1c2d3e4f5a6b@saarland-cargo-digital.de>"),
    ], text(inner_body))
    outer = t("""
        fürs Laptop-Postfach, damit ich den Zoom-Link griffbereit habe.
        Unterlagen: Präsentation TMS-Migration mitnehmen!

        K.
        """)
    return message([
        rcv("from mout.example.net (mout.example.net [212.227.15.19])", "2026-10-16 21:30:48", B, "4H9Tz1Bnz7"),
        ("From", addr("Katharina Weyand", "k.weyand@example.net")),
        ("To", KW),
        ("Subject", "Fwd: Ihr Interview bei Saarland Cargo Digital"),
        ("Date", date("2026-10-16 21:30:44", B)),
        ("Message-ID", "<a5e1b7c2-90d4-4f8e-b3a6-7c1d2e9f0b48@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Ihr Interview bei Saarland Cargo Digital.eml")))


@mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled", company="Harborlight Supply Chain Inc.",
      start=utc("2026-10-28 10:00", "America/New_York"), end=utc("2026-10-28 11:45", "America/New_York"),
      contact="megan.orourke@harborlightsc.com", local="Wed 2026-10-28 10:00", local_end="2026-10-28 11:45",
      zone="America/New_York",
      note="GoodTime itinerary, two sessions 10:00-10:45 and 11:00-11:45 AM EDT on Wed 28 Oct: first start to last "
           "end = 14:00-15:45Z; DST edge: Europe is already on CET, the US still on EDT, so the candidate's slot is "
           "3:00-4:45 PM CET (one hour earlier than usual), as the body shows; contact = Reply-To coordinator")
def harborlight_goodtime() -> bytes:
    body = t("""
        Hi Katharina,

        Your interview with Harborlight Supply Chain is confirmed. Here is your itinerary.

        Wednesday, October 28, 2026

        Your time zone (Central European Time):   3:00 PM - 4:45 PM
        Interviewer time zone (Eastern Time):     10:00 AM - 11:45 AM EDT

          10:00 AM - 10:45 AM EDT   Systems Design: Yard & Dock Scheduling
                                    with Raj Malhotra, Principal Engineer
          11:00 AM - 11:45 AM EDT   Hiring Manager Conversation
                                    with Erin Castellano, Director, Logistics Platforms

        All sessions take place in the same Zoom room:
        https://harborlightsc.zoom.us/j/95533018274

        Heads-up: the US changes its clocks one week after Europe, so the usual
        6-hour difference to Boston is only 5 hours this week.

        If you need to make any changes, reply to this email and Megan O'Rourke
        (Recruiting Coordinator) will help.

        Harborlight Supply Chain Recruiting
        Scheduled with GoodTime
        """)
    return message([
        rcv("from mta-12.goodtime.io (mta-12.goodtime.io [149.72.44.130])", "2026-10-22 11:15:40",
            "America/New_York", "4HBq0Mz5Wdz2"),
        ("From", addr("Harborlight Supply Chain", "notifications@goodtime.io")),
        ("Reply-To", addr("Megan O'Rourke", "megan.orourke@harborlightsc.com")),
        ("To", KW),
        ("Subject", "Interview Confirmation - Harborlight Supply Chain - Senior Logistics Systems Analyst"),
        ("Date", date("2026-10-22 11:15:36", "America/New_York")),
        ("Message-ID", "<gt-itin.7b51e0a2c8f94d3e@goodtime.io>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(16), family="softgarden", lang="de", interview=True, kind="scheduled",
      company="Rheinauhafen Analytics GmbH", start=utc("2026-11-19 11:00", B),
      contact="nina.esser@rheinauhafen-analytics.de", local="Thu 2026-11-19 11:00", zone=B,
      note="softgarden invitation in windows-1252: 'am Donnerstag, den 19.11.2026, um 11:00 Uhr' Cologne (CET) "
           "= 10:00Z; 'ca. eine Stunde' approximate, end null; Reply-To is the shared bewerbung@ mailbox, contact = "
           "recruiter address in the signature")
def rheinauhafen_softgarden() -> bytes:
    body = t("""
        Sehr geehrte Frau Weyand,

        vielen Dank für Ihr Interesse an der Position "Supply Chain Data Analyst (w/m/d)".
        Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen:

        am Donnerstag, den 19.11.2026, um 11:00 Uhr
        Rheinauhafen Analytics GmbH, Agrippinawerft 22, 50678 Köln, 4. Etage

        Für das Gespräch planen wir ca. eine Stunde ein. Ihre Gesprächspartner sind
        Frau Nina Esser (Recruiting) und Herr Kai Lindlar (Teamleitung Analytics).

        Reisekosten erstatten wir Ihnen gerne gegen Beleg (Bahn 2. Klasse).

        Bei Rückfragen erreichen Sie mich unter nina.esser@rheinauhafen-analytics.de
        oder telefonisch unter 0221 555 6730.

        Mit freundlichen Grüßen

        Nina Esser
        Recruiting
        Rheinauhafen Analytics GmbH

        --
        Diese Nachricht wurde über softgarden e-recruiting versendet.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Sehr geehrte Frau Weyand,</p>
        <p>vielen Dank für Ihr Interesse an der Position &bdquo;Supply Chain Data Analyst (w/m/d)&ldquo;.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen:</p>
        <p><b>am Donnerstag, den 19.11.2026, um 11:00 Uhr</b><br>
        Rheinauhafen Analytics GmbH, Agrippinawerft 22, 50678 Köln, 4. Etage</p>
        <p>Für das Gespräch planen wir ca. eine Stunde ein. Ihre Gesprächspartner sind
        Frau Nina Esser (Recruiting) und Herr Kai Lindlar (Teamleitung Analytics).</p>
        <p>Reisekosten erstatten wir Ihnen gerne gegen Beleg (Bahn 2. Klasse).</p>
        <p>Bei Rückfragen erreichen Sie mich unter
        <a href="mailto:nina.esser@rheinauhafen-analytics.de">nina.esser@rheinauhafen-analytics.de</a>
        oder telefonisch unter 0221 555 6730.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Nina Esser<br>Recruiting<br>Rheinauhafen Analytics GmbH</p>
        <p style="font-size:10px;color:#999">Diese Nachricht wurde über softgarden e-recruiting versendet.</p>
        </body></html>
        """)
    return message([
        rcv("from mx-out2.softgarden.io (mx-out2.softgarden.io [185.17.132.66])", "2026-11-13 10:20:09", B,
            "4HR2Ww6Jqz5"),
        ("From", addr("Rheinauhafen Analytics GmbH", "no-reply@mail.softgarden.io")),
        ("Reply-To", "bewerbung@rheinauhafen-analytics.de"),
        ("To", KW),
        ("Subject", enc("Einladung zum Vorstellungsgespräch: Supply Chain Data Analyst (w/m/d)", "windows-1252")),
        ("Date", date("2026-11-13 10:20:05", B)),
        ("Message-ID", "<sg.5f0c3b2a1e9d.1763025605@mail.softgarden.io>"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="workable", lang="en", interview=True, kind="rescheduled", company="Atlântico Route Labs, Lda.",
      start=utc("2026-09-25 14:00", "Europe/Lisbon"), end=utc("2026-09-25 14:45", "Europe/Lisbon"),
      contact="ines.carvalho@atlanticoroute.pt", local="Fri 2026-09-25 14:00", local_end="2026-09-25 14:45",
      zone="Europe/Lisbon", days=(("Thu", "2026-09-24"),),
      note="Workable reschedule from a Lisbon team: moved from Thu 24 Sep 11:00 WEST to Fri 25 Sep 2:00-2:45 PM "
           "WEST (UTC+1) = 13:00-13:45Z (3 PM in Trier, as written); From and Reply-To are Workable relays, contact = "
           "the recruiter's own address in the body")
def atlantico_workable() -> bytes:
    body = t("""
        Hi Katharina,

        Unfortunately our Head of Product had to fly to Porto on Thursday, so we need to
        move your interview.

        Previous time: Thursday, September 24, 11:00 AM (Lisbon, WEST)
        New time:      Friday, September 25, 2:00 PM - 2:45 PM (Lisbon, WEST)
                       = 3:00 PM - 3:45 PM in Trier

        The Google Meet link stays the same: https://meet.google.com/bgs-ftwq-ruk

        Sorry for the shuffle! If Friday does not work, email me directly at
        ines.carvalho@atlanticoroute.pt and we'll find something else.

        Obrigada,
        Inês Carvalho
        People Partner, Atlântico Route Labs

        ---
        Reply to this email to respond to Inês. Sent via Workable.
        """)
    page = "".join(f"<p>{p}</p>\n" for p in body.replace("\n\n", "\x00").replace("\n", "<br>\n").split("\x00"))
    page = f'<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n{page}</body></html>\n'
    return message([
        rcv("from mail-out-43.workablemail.com (mail-out-43.workablemail.com [185.16.205.43])",
            "2026-09-21 12:44:52", "Europe/Lisbon", "4Gv1Nq3Hcz9"),
        ("From", addr("Inês Carvalho (Atlântico Route Labs)", "atlantico-route-labs@candidates.workablemail.com")),
        ("Reply-To", "atlantico-route-labs+f3c91e27a0@candidates.workablemail.com"),
        ("To", KW),
        ("Subject", enc("Interview rescheduled – Product Analyst (Logistics) at Atlântico Route Labs")),
        ("Date", date("2026-09-21 12:44:49", "Europe/Lisbon")),
        ("Message-ID", "<wk-msg-20260921114449-8a1c3e5f@workablemail.com>"),
    ], alt(text(body), html(page)))


@mail(n(18), family="exchange_update", lang="fr", interview=True, kind="rescheduled",
      company="Findel Cargo Services S.A.", start=utc("2026-10-30 09:30", LU), end=utc("2026-10-30 10:30", LU),
      contact="julien.hoffmann@findel-cargo.lu", local="Fri 2026-10-30 09:30", local_end="2026-10-30 10:30",
      zone=LU, days=(("Thu", "2026-10-29"),),
      note="Outlook meeting update in French (SEQUENCE:1, TZID 'Romance Standard Time'): moved from jeudi 29 "
           "octobre 10h00 to vendredi 30 octobre 9h30-10h30 (CET) = 08:30-09:30Z; contact = sender/ORGANIZER")
def findel_exchange_update() -> bytes:
    body = t("""
        Bonjour Madame Weyand,

        Suite à un conflit d'agenda de notre directeur des opérations, je me permets de
        déplacer notre entretien initialement prévu le jeudi 29 octobre à 10h00.

        Nouvelle date : vendredi 30 octobre, de 9h30 à 10h30, dans nos bureaux
        (Findel Cargo Services, Cargo Center Est, L-1360 Findel, bâtiment C, 2e étage).

        Merci de bien vouloir accepter la mise à jour dans votre agenda.

        Cordialement,

        Julien Hoffmann
        Responsable Recrutement
        Findel Cargo Services S.A.
        T +352 4798 5512
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Madame Weyand,</p>
        <p class="MsoNormal">Suite à un conflit d'agenda de notre directeur des opérations, je me permets de
        déplacer notre entretien initialement prévu le jeudi 29 octobre à 10h00.</p>
        <p class="MsoNormal"><b>Nouvelle date&nbsp;: vendredi 30 octobre, de 9h30 à 10h30</b>, dans nos bureaux
        (Findel Cargo Services, Cargo Center Est, L-1360 Findel, bâtiment C, 2e étage).</p>
        <p class="MsoNormal">Merci de bien vouloir accepter la mise à jour dans votre agenda.</p>
        <p class="MsoNormal">Cordialement,</p>
        <p class="MsoNormal">Julien Hoffmann<br>Responsable Recrutement<br>Findel Cargo Services S.A.<br>
        T +352 4798 5512</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Julien Hoffmann:mailto:julien.hoffmann@findel-cargo.lu",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katharina Weyand:mailto:" + ME,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul Majerus:mailto:"
        "paul.majerus@findel-cargo.lu",
        "UID:040000008200E00074C5B7101A82E00800000000D0C8F2E6A361DC01000000000000000010000000A4B1C2D3E4F5061728394A",
        "SUMMARY;LANGUAGE=fr-FR:Entretien – Analyste logiciel logistique (K. Weyand)",
        "DTSTART;TZID=Romance Standard Time:20261030T093000",
        "DTEND;TZID=Romance Standard Time:20261030T103000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261026T131002Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=fr-FR:Findel - Cargo Center Est\\, bât. C",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-OWNERAPPTID:-1190553217",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2110.outbound.protection.outlook.com"
            " [40.107.7.110])", "2026-10-26 14:10:07", LU, "4HDs5Ya1Vz6"),
        ("From", addr("Julien Hoffmann", "julien.hoffmann@findel-cargo.lu")),
        ("To", KW),
        ("Subject", enc("Mis à jour : Entretien – Analyste logiciel logistique (K. Weyand)")),
        ("Thread-Topic", enc("Entretien – Analyste logiciel logistique (K. Weyand)")),
        ("Date", date("2026-10-26 14:10:02", LU)),
        ("Message-ID", "<VI1PR02MB5920F0E1D2C3B4A5968778695A4B3@VI1PR02MB5920.eurprd02.prod.outlook.com>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(19), family="recruitee", lang="de", interview=True, kind="rescheduled", company="Trevera Logistik GmbH",
      start=utc("2026-12-07 09:30", B), end=utc("2026-12-07 10:30", B),
      contact="sabine.kroeber@trevera.de", local="Mon 2026-12-07 09:30", local_end="2026-12-07 10:30", zone=B,
      days=(("Fri", "2026-12-04"),),
      note="Recruitee reschedule: 'Neuer Termin: Mo., 7.12.2026, 9:30–10:30 Uhr (bisher: Fr., 4.12.2026, 11:00 "
           "Uhr)' Trier (CET) = 08:30-09:30Z; Reply-To is a Recruitee relay, contact = recruiter in the signature")
def trevera_recruitee() -> bytes:
    body = t("""
        Guten Tag Frau Weyand,

        leider müssen wir Ihren Gesprächstermin verschieben - unser Abteilungsleiter
        ist am Freitag kurzfristig auf einer Kundenveranstaltung.

        Neuer Termin: Mo., 7.12.2026, 9:30–10:30 Uhr
        (bisher: Fr., 4.12.2026, 11:00 Uhr)

        Ort bleibt unverändert: Trevera Logistik GmbH, Zurmaiener Str. 96, 54292 Trier,
        Besprechungsraum "Mosel" im Erdgeschoss.

        Wir bitten um Ihr Verständnis und freuen uns auf das Gespräch.

        Freundliche Grüße
        Sabine Kröber
        Personalreferentin
        sabine.kroeber@trevera.de | 0651 555 9120
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Guten Tag Frau Weyand,</p>
        <p>leider müssen wir Ihren Gesprächstermin verschieben &ndash; unser Abteilungsleiter
        ist am Freitag kurzfristig auf einer Kundenveranstaltung.</p>
        <p><strong>Neuer Termin: Mo., 7.12.2026, 9:30–10:30 Uhr</strong><br>
        <span style="color:#888"><s>bisher: Fr., 4.12.2026, 11:00 Uhr</s></span></p>
        <p>Ort bleibt unverändert: Trevera Logistik GmbH, Zurmaiener Str. 96, 54292 Trier,
        Besprechungsraum &bdquo;Mosel&ldquo; im Erdgeschoss.</p>
        <p>Wir bitten um Ihr Verständnis und freuen uns auf das Gespräch.</p>
        <p>Freundliche Grüße<br>Sabine Kröber<br>Personalreferentin<br>
        sabine.kroeber@trevera.de | 0651 555 9120</p>
        <p style="font-size:11px;color:#aaa">Gesendet mit Recruitee</p>
        </body></html>
        """)
    return message([
        rcv("from mail.recruitee.com (mail.recruitee.com [159.135.224.18])", "2026-12-02 16:45:21", B,
            "4Hk0Fs8Tbz1"),
        ("From", addr("Trevera Logistik GmbH", "no-reply@recruitee.com")),
        ("Reply-To", "trevera+cand-a81f3c2d@inbound.recruitee.com"),
        ("To", KW),
        ("Subject", enc("Terminänderung: Ihr Vorstellungsgespräch bei Trevera Logistik")),
        ("Date", date("2026-12-02 16:45:18", B)),
        ("Message-ID", "<rt-4b91f0e2c7a3d8e5@mail.recruitee.com>"),
    ], alt(text(body), html(page, cte="base64")))


@mail(n(20), family="ms_bookings", lang="en", interview=True, kind="rescheduled", company="Grund Advisory S.à r.l.",
      start=utc("2026-09-17 11:00", LU), end=utc("2026-09-17 11:30", LU), contact=None,
      local="Thu 2026-09-17 11:00", local_end="2026-09-17 11:30", zone=LU, days=(("Wed", "2026-09-16"),),
      note="Microsoft Bookings 'booking updated': Thursday 17 Sep 11:00-11:30 labelled '(UTC+01:00) Amsterdam, "
           "Berlin, ...' (the standard offset) but it is CEST in September = 09:00-09:30Z, as the ICS "
           "(W. Europe Standard Time) confirms; old slot Wed 16 Sep 15:00; only a Bookings mailbox and a staff name, "
           "contact null")
def grund_bookings() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <h2 style="font-weight:600">Your booking has been updated</h2>
        <p>Hi Katharina Weyand,</p>
        <p>Your booking with Grund Advisory Interviews has been rescheduled.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Second round interview &ndash; Operations Systems Analyst (45 min slot, 30 min interview)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Nadia Kremer</td></tr>
        <tr><td style="color:#605e5c">New time</td><td>Thursday, September 17, 2026 11:00 AM - 11:30 AM
        (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</td></tr>
        <tr><td style="color:#605e5c">Previous time</td><td><s>Wednesday, September 16, 2026 3:00 PM</s></td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Grund Advisory, 12 rue Eugène Ruppert, L-2453 Luxembourg</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/GrundAdvisoryInterviews@grundadvisory.lu/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Grund Advisory Interviews<br>+352 26 55 71 00</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Grund Advisory Interviews:mailto:GrundAdvisoryInterviews@grundadvisory.lu",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katharina Weyand:mailto:" + ME,
        "UID:040000008200E00074C5B7101A82E00800000000F0B2A1C3D9E4DC01000000000000000010000000B7C6D5E4F3A2B1C0",
        "SUMMARY;LANGUAGE=en-US:Second round interview - Operations Systems Analyst",
        "DTSTART;TZID=W. Europe Standard Time:20260917T110000",
        "DTEND;TZID=W. Europe Standard Time:20260917T113000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260911T070204Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:2", "LOCATION;LANGUAGE=en-US:Grund Advisory\\, 12 rue Eugène Ruppert\\, L-2453 Luxembourg",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:2", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2123.outbound.protection.outlook.com"
            " [40.107.15.123])", "2026-09-11 09:02:09", LU, "4Gm7Sx0Ktz2"),
        ("From", addr("Grund Advisory Interviews", "GrundAdvisoryInterviews@grundadvisory.lu")),
        ("To", KW),
        ("Subject", "Updated booking with Grund Advisory Interviews"),
        ("Date", date("2026-09-11 09:02:04", LU)),
        ("Message-ID", "<AS8PR09MB5476E3F2A1B0C9D8E7F6A5B4C3D21@AS8PR09MB5476.eurprd09.prod.outlook.com>"),
        ("X-MS-Exchange-Bookings", "1"),
    ], alt(html(page), calendar(ics, cte="base64")))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled", company="Prairie Linehaul Inc.",
      start=utc("2026-10-27 10:00", "America/Chicago"), end=utc("2026-10-27 10:45", "America/Chicago"),
      contact="dana.kowalski@prairielinehaul.com", local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45",
      zone="America/Chicago",
      note="Google Calendar cancellation (METHOD:CANCEL): 'Tue Oct 27, 2026 10am - 10:45am (CDT)' Chicago = "
           "15:00-15:45Z, the cancelled slot; US still on daylight time while Europe is on CET; no new time; "
           "contact = organizer")
def prairie_gcal_cancel() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Interview: Katharina Weyand / Prairie Linehaul (Data Analyst, EMEA Ops)
        When
        Tuesday Oct 27, 2026 10am – 10:45am (Central Time - Chicago)

        Guests
        Dana Kowalski - organizer
        Luis Ortega
        katharina.weyand@example.org

        Sorry Katharina - the EMEA req was put on hold this morning. I'll reach out
        as soon as it reopens. Dana

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>This event has been canceled and removed from your calendar.</p>
        <h2 style="font-weight:400;text-decoration:line-through">Interview: Katharina Weyand / Prairie Linehaul (Data Analyst, EMEA Ops)</h2>
        <div style="color:#70757a">When</div>
        <div>Tuesday Oct 27, 2026 10am – 10:45am (Central Time - Chicago)</div>
        <div style="color:#70757a">Guests</div>
        <div>Dana Kowalski - organizer<br>Luis Ortega<br>katharina.weyand@example.org</div>
        <p>Sorry Katharina - the EMEA req was put on hold this morning. I'll reach out
        as soon as it reopens. Dana</p>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL", VTZ["America/Chicago"],
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Chicago:20261027T100000", "DTEND;TZID=America/Chicago:20261027T104500",
        "DTSTAMP:20261022T143012Z", "ORGANIZER;CN=Dana Kowalski:mailto:dana.kowalski@prairielinehaul.com",
        "UID:0q8r2c5m1v7b3k9d4e6f1a2s0t@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=" + ME + ";"
        "X-NUM-GUESTS=0:mailto:" + ME,
        "CREATED:20261016T190744Z",
        "DESCRIPTION:Sorry Katharina - the EMEA req was put on hold this morning. I'll reach out as soon as it "
        "reopens. Dana",
        "LAST-MODIFIED:20261022T143012Z", "LOCATION:", "SEQUENCE:1", "STATUS:CANCELLED",
        "SUMMARY:Interview: Katharina Weyand / Prairie Linehaul (Data Analyst\\, EMEA Ops)", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-10-22 09:30:14",
            "America/Chicago", "4HBx2Qd8Lmz0"),
        ("From", addr("Dana Kowalski", "dana.kowalski@prairielinehaul.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Dana Kowalski", "dana.kowalski@prairielinehaul.com")),
        ("To", ME),
        ("Subject", "Canceled event: Interview: Katharina Weyand / Prairie Linehaul (Data Analyst, EMEA Ops) @ "
                    "Tue Oct 27, 2026 10am - 10:45am (CDT) (katharina.weyand@example.org)"),
        ("Date", date("2026-10-22 09:30:12", "America/Chicago")),
        ("Message-ID", "<calendar-3e9a1f7c-52b0-4d6e-8c14-a7b9e0d2f615@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(22), family="icims", lang="en", interview=True, kind="cancelled", company="Vantry Logistics Group",
      start=utc("2026-10-16 10:00", LU), contact="rachel.oduya@vantrylogistics.com",
      local="Fri 2026-10-16 10:00", zone=LU,
      note="iCIMS cancellation, HTML only: 'Friday, October 16, 2026 at 10:00 AM CEST' (Luxembourg office) = "
           "08:00Z, the cancelled slot; position filled, no new time; contact = recruiter address in the signature")
def vantry_icims_cancel() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
        <img src="https://careers-vantrylogistics.icims.com/images/logo.png" alt="Vantry Logistics Group" width="180">
        <p>Dear Katharina,</p>
        <p>We regret to inform you that your interview for <b>Solutions Analyst - Warehouse Systems
        (Luxembourg)</b>, Job ID 2026-18344, scheduled for <b>Friday, October 16, 2026 at 10:00 AM CEST</b>,
        has been cancelled.</p>
        <p>The position has been filled through an internal transfer. We are sorry for the short notice
        and appreciate the time you invested in our process. Your profile remains in our talent
        community, and we will contact you if a comparable role opens.</p>
        <p>Kind regards,</p>
        <p>Rachel Oduya<br>Talent Acquisition Partner, EMEA<br>
        <a href="mailto:rachel.oduya@vantrylogistics.com">rachel.oduya@vantrylogistics.com</a></p>
        <p style="font-size:10px;color:#888">This message was sent via iCIMS on behalf of Vantry Logistics Group.
        Please do not reply directly to this email.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("from mail2.icims.com (mail2.icims.com [64.74.137.22])", "2026-10-13 15:20:33", LU, "4H8Zq1Kf7z4"),
        ("From", addr("Vantry Logistics Group", "vantry@talent.icims.com")),
        ("To", KW),
        ("Subject", "Interview Cancelled: Solutions Analyst - Warehouse Systems (Luxembourg)"),
        ("Date", date("2026-10-13 15:20:29", LU)),
        ("Message-ID", "<1760361629422.7718.icims@talent.icims.com>"),
    ], html(page))


@mail(n(23), family="human_phone", lang="de", interview=True, kind="cancelled", company="Hafen Trier Umschlag GmbH",
      start=utc("2026-11-24 07:30", B), contact="j.thielen@hafen-trier.de", local="Tue 2026-11-24 07:30", zone=B,
      note="Phone-written cancellation Mon 23 Nov 06:41: 'unseren Termin morgen in aller Frühe (7.30 Uhr)' = Tue 24 "
           "Nov 07:30 CET = 06:30Z (the quoted confirmation says 'Dienstag, 24.11., um 7.30 Uhr'); no new time yet; "
           "contact = the human sender")
def hafen_phone_cancel() -> bytes:
    body = t("""
        Guten Morgen Frau Weyand,

        leider muss ich unseren Termin morgen in aller Frühe (7.30 Uhr) absagen, wir
        haben seit heute Nacht einen Kranausfall am Terminal und ich steh die ganze
        Woche im Hafen. Tut mir sehr leid, ich melde mich nächste Woche mit einem
        neuen Termin!

        Beste Grüße
        Jörg Thielen

        Von meinem iPhone gesendet

        > Am 18.11.2026 um 16:12 schrieb Jörg Thielen <j.thielen@hafen-trier.de>:
        >
        > Sehr geehrte Frau Weyand,
        >
        > gerne bestätige ich Ihnen unser Gespräch am Dienstag, 24.11., um 7.30 Uhr
        > bei uns im Verwaltungsgebäude (Am Moselhafen 1, Trier-Ehrang). Ich weiß,
        > das ist früh, aber danach bin ich den ganzen Tag am Terminal.
        >
        > Mit freundlichen Grüßen
        > Jörg Thielen
        > Leiter IT & Prozesse, Hafen Trier Umschlag GmbH
        """)
    return message([
        rcv("from mail.hafen-trier.de (mail.hafen-trier.de [85.214.60.118])", "2026-11-23 06:41:50", B,
            "4HZ6Jp4Wsz8"),
        ("From", addr("Jörg Thielen", "j.thielen@hafen-trier.de")),
        ("To", KW),
        ("Subject", enc("Re: Ihr Gespräch bei der Hafen Trier Umschlag GmbH")),
        ("Date", date("2026-11-23 06:41:47", B)),
        ("Message-ID", "<7C1E2B90-4A3D-4F6E-9B8C-0D1E2F3A4B5C@hafen-trier.de>"),
        ("In-Reply-To", "<5A0F1E2D-3C4B-4A59-8877-66554433AA11@hafen-trier.de>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, params="format=flowed; delsp=yes"))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="de", interview=False, company="Rheinstrom Versicherung AG",
      days=(("Fri", "2026-10-02"),),
      note="Taleo rejection after an interview held on Fri 2 Oct; mentions a past interview date, confirms nothing")
def rheinstrom_taleo_rejection() -> bytes:
    body = t("""
        Sehr geehrte Frau Weyand,

        vielen Dank für Ihr Interesse an der Position "IT-Business-Analystin Schaden-
        logistik (w/m/d)" (Req. 26-0815) und für das angenehme Gespräch am 2. Oktober.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren
        Profil noch etwas genauer zu den Anforderungen passt. Diese Entscheidung ist uns
        nicht leichtgefallen.

        Ihre Unterlagen löschen wir gemäß unseren Datenschutzhinweisen nach sechs
        Monaten. Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Rheinstrom Versicherung AG

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
        """)
    return message([
        rcv("from smtp-eu3.taleo.net (smtp-eu3.taleo.net [160.34.18.77])", "2026-10-09 14:33:12", B, "4H7Ad9Rz1z2"),
        ("From", addr("Rheinstrom Versicherung AG", "rheinstrom@taleo.net")),
        ("To", KW),
        ("Subject", "Ihre Bewerbung bei der Rheinstrom Versicherung AG (Req. 26-0815)"),
        ("Date", date("2026-10-09 14:33:08", B)),
        ("Message-ID", "<1278845520.2211.1791555188@tbe-eu3-mail.taleo.net>"),
    ], text(body, charset="iso-8859-1"))


@mail(n(25), family="offer", lang="de", interview=False, company="Frachtwerk Labs GmbH",
      days=(("Fri", "2026-10-16"),),
      note="Offer from the Saarbrücken startup interviewed on 18 Sep (thread with the 'Viertel nach elf' mail); "
           "'ruf mich gern an, ich bin morgen ab 9 erreichbar' is no appointment")
def frachtwerk_offer() -> bytes:
    body = t("""
        Hi Katharina,

        ich hab gute Nachrichten: Wir würden dich sehr gerne als Product Analyst bei
        Frachtwerk an Bord holen! Im Anhang findest du unser Angebot (62.000 € fix
        + 10 % Bonus, 30 Tage Urlaub, 2 Tage Homeoffice pro Woche, Start 1.1.2027).

        Lass dir in Ruhe Zeit und gib mir bis Fr., 16.10. Bescheid. Wenn du Fragen
        hast, ruf mich gern an - ich bin morgen ab 9 erreichbar.

        Wir freuen uns riesig!
        Timo

        --
        Timo Recktenwald
        Co-Founder & CTO | Frachtwerk Labs GmbH
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    att = Part([("Content-Type", 'application/pdf; name="Angebot_Frachtwerk_Weyand.pdf"'),
                ("Content-Disposition", 'attachment; filename="Angebot_Frachtwerk_Weyand.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               b64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    return message([
        rcv("from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])", "2026-10-06 18:20:33", B,
            "4H5Xn0Pcvz6"),
        ("From", addr("Timo Recktenwald", "timo@frachtwerk-labs.de")),
        ("To", KW),
        ("Subject", "Angebot Product Analyst :)"),
        ("Date", date("2026-10-06 18:20:29", B)),
        ("Message-ID", "<CAH7d1pRk2w8Zq1_vB3nXy0p+Mc5dT9eJ7aF2@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), att))


@mail(n(26), family="application_receipt", lang="de", interview=False, company="Viehmarkt Software GmbH",
      note="JOIN application receipt; lists a phone interview as a future step, no time")
def viehmarkt_join_receipt() -> bytes:
    body = t("""
        Hallo Katharina,

        vielen Dank für deine Bewerbung als "Business Analyst Lagerverwaltung (m/w/d)"
        bei Viehmarkt Software GmbH! Wir haben deine Unterlagen erhalten.

        So geht es weiter:
          1. Wir sichten deine Bewerbung innerhalb von 10 Tagen.
          2. Passt es, laden wir dich zu einem kurzen Telefoninterview (ca. 30 Min.) ein.
          3. Danach lernst du das Team bei uns am Viehmarkt persönlich kennen.

        Den Status deiner Bewerbung siehst du jederzeit in deinem JOIN-Profil.

        Viele Grüße
        Dein Team von Viehmarkt Software

        ---
        Diese Nachricht wurde über JOIN versendet. JOIN Solutions AG, Zürich.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p}</p>" for p in body.split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"
    return message([
        rcv("from mail.join.com (mail.join.com [35.156.81.40])", "2026-09-03 20:14:55", B, "4Gf1Mz7Ynz3"),
        ("From", addr("Viehmarkt Software GmbH via JOIN", "no-reply@join.com")),
        ("To", KW),
        ("Subject", "Deine Bewerbung als Business Analyst Lagerverwaltung (m/w/d)"),
        ("Date", date("2026-09-03 20:14:51", B)),
        ("Message-ID", "<join.appl.3f8e2a91c4d7@join.com>"),
    ], alt(text(body), html(page)))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None, days=(("Tue", "2026-11-24"),),
      note="Job-board alert; one listing advertises a recruiting day 'Di., 24.11., 10-16 Uhr' with "
           "'Vorstellungsgespräch direkt vor Ort' - an open event, not her interview")
def jobmosaik_alert() -> bytes:
    body = t("""
        Hallo Katharina,

        wir haben 5 neue Jobs für deinen Suchauftrag "Logistik Analyst" im Umkreis von
        50 km um Trier gefunden:

        1) IT-Analyst Transportmanagement (m/w/d) - Spedition Ruwertal GmbH, Trier
           Vollzeit · Hybrid · vor 1 Tag
        2) Data Analyst Supply Chain (w/m/d) - Kelberg Fresh Foods, Wittlich
           Vollzeit · vor Ort · vor 2 Tagen
           ★ Schnelle Rückmeldung: Vorstellungsgespräch innerhalb von 48 Std.
        3) Consultant SAP EWM (m/w/d) - Saar Consult Partners, Saarbrücken
           Vollzeit · Remote möglich · vor 3 Tagen
        4) Analyste Supply Chain (H/F) - Mersch Distribution S.A., Luxembourg
           CDI · vor 3 Tagen
        5) Prozessmanager Lager (m/w/d) - Bitburger Logistikpark, Bitburg
           Recruiting-Day am Di., 24.11., 10-16 Uhr: Vorstellungsgespräch direkt vor Ort,
           ohne Anmeldung!

        Alle Jobs ansehen: https://www.jobmosaik.de/suche?alert=8841203

        Suchauftrag bearbeiten oder abbestellen:
        https://www.jobmosaik.de/alerts/8841203/settings

        Dein Jobmosaik-Team
        """)
    return message([
        rcv("from mailout7.jobmosaik.de (mailout7.jobmosaik.de [195.201.44.17])", "2026-11-16 07:05:30", B,
            "4HVv3Rk9Gz1"),
        ("From", addr("Jobmosaik Jobalarm", "jobalarm@jobmosaik.de")),
        ("To", ME),
        ("Subject", enc("5 neue Jobs für „Logistik Analyst“ in Trier und Umgebung")),
        ("Date", date("2026-11-16 07:05:27", B)),
        ("Message-ID", "<alert-8841203-20261116@jobmosaik.de>"),
        ("List-Unsubscribe", "<https://www.jobmosaik.de/alerts/8841203/unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], text(body, cte="base64"))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None, days=(("Thu", "2026-10-08"),),
      note="Career newsletter with interview tips ('Your interview is confirmed - now what?') and a live Q&A on "
           "Thu 8 Oct 5 PM CEST: a webinar announcement, no interview of hers")
def digest_newsletter() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Supply Chain Careers Digest</title></head>
        <body style="margin:0;background:#eef2f5;font-family:Georgia,serif">
        <table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:24px;background:#0b3d5c;color:#fff;font-size:22px">Supply Chain Careers Digest &middot; Issue #142</td></tr>
        <tr><td style="padding:24px;font-size:15px;line-height:1.5">
        <h2>Your interview is confirmed &mdash; now what?</h2>
        <p>You just got the email: <em>&ldquo;Your interview is scheduled for Tuesday at 10:00 AM.&rdquo;</em>
        Here is our 48-hour checklist: research the network, rehearse one WMS war story, and prepare
        two questions about how the team measures on-time-in-full.</p>
        <h2>How to answer &ldquo;Tell me about yourself&rdquo;</h2>
        <p>Keep it to ninety seconds: present, past, future. Recruiters at three European 3PLs told us
        what they want to hear.</p>
        <h2>Live Q&amp;A: Thursday, October 8 at 5:00 PM CEST</h2>
        <p>Join recruiter Marta Lindqvist for 45 minutes of questions on interviewing for analytics roles
        in logistics. Free for subscribers &mdash; <a href="https://scdigest.example.com/live">save your seat</a>.</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#777">You are receiving this because you subscribed at
        scdigest.example.com. <a href="https://scdigest.example.com/unsubscribe?u=kw8812">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    return message([
        rcv("from mail181-7.suw41.mandrillapp.com (mail181-7.suw41.mandrillapp.com [198.2.181.7])",
            "2026-10-01 08:00:09", "UTC", "4H3Yw2Mpdz8"),
        ("From", addr("Supply Chain Careers Digest", "digest@scdigest.example.com")),
        ("To", ME),
        ("Subject", "Your interview is confirmed - now what? | Digest #142"),
        ("Date", date("2026-10-01 08:00:05", "UTC")),
        ("Message-ID", "<20261001080005.142.kw8812@scdigest.example.com>"),
        ("List-Unsubscribe", "<https://scdigest.example.com/unsubscribe?u=kw8812>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(29), family="self_schedule_link", lang="de", interview=False, company="Moguntia Transport Solutions GmbH",
      days=(("Mon", "2026-11-23"), ("Fri", "2026-11-27")),
      note="Recruiter asks the candidate to pick a slot via a Microsoft Bookings page between Mo., 23.11. and "
           "Fr., 27.11.; no time fixed yet")
def moguntia_pick_slot() -> bytes:
    body = t("""
        Sehr geehrte Frau Weyand,

        vielen Dank für Ihre Bewerbung als "Systemanalystin Transportlogistik (m/w/d)".
        Wir würden Sie gerne in einem ersten Video-Interview (30 Minuten) kennenlernen.

        Bitte wählen Sie über folgenden Link einen passenden Termin zwischen Mo., 23.11.
        und Fr., 27.11. aus - die freien Zeiten liegen jeweils zwischen 9 und 16 Uhr:

        https://outlook.office365.com/owa/calendar/Recruiting@moguntia-ts.de/bookings/s/Interview30

        Nach der Buchung erhalten Sie automatisch eine Bestätigung mit Teams-Link.

        Mit freundlichen Grüßen
        Hannah Vogt
        Talent Acquisition
        Moguntia Transport Solutions GmbH | Rheinallee 88 | 55120 Mainz
        """)
    return message([
        rcv("from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2134.outbound.protection.outlook.com"
            " [40.107.21.134])", "2026-11-16 11:30:44", B, "4HVz8Pq2Kz5"),
        ("From", addr("Hannah Vogt", "hannah.vogt@moguntia-ts.de")),
        ("To", KW),
        ("Subject", "Ihre Bewerbung - Terminwahl Video-Interview"),
        ("Date", date("2026-11-16 11:30:40", B)),
        ("Message-ID", "<FR3P281MB1733D2E1C0B9A8F7E6D5C4B3A2918@FR3P281MB1733.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(30), family="outreach", lang="fr", interview=False, company="Oberweis Executive Search S.à r.l.",
      note="Headhunter outreach in French asking for a call 'la semaine prochaine, mardi ou jeudi après-midi par "
           "exemple': no fixed time; company = the agency (the client is not named)")
def oberweis_outreach() -> bytes:
    body = t("""
        Bonjour Madame Weyand,

        Je me permets de vous contacter suite à la lecture de votre profil. Nous
        accompagnons actuellement un acteur majeur de la logistique au Luxembourg dans
        le recrutement d'un(e) Lead Analyst Systèmes de Transport (CDI, Luxembourg-Ville,
        2 jours de télétravail).

        Votre expérience sur les TMS et la migration de données me semble
        particulièrement pertinente. Seriez-vous disponible pour un échange
        téléphonique d'une vingtaine de minutes la semaine prochaine ? Je suis assez
        flexible, mardi ou jeudi après-midi par exemple.

        Au plaisir de vous lire,

        Thierry Oberweis
        Managing Partner
        Oberweis Executive Search S.à r.l.
        +352 621 555 804
        """)
    return message([
        rcv("from smtp.oberweis-search.lu (smtp.oberweis-search.lu [158.64.22.19])", "2026-09-08 10:12:37", LU,
            "4Gj6Bd2Wmz0"),
        ("From", addr("Thierry Oberweis", "t.oberweis@oberweis-search.lu")),
        ("To", KW),
        ("Subject", enc("Opportunité – Lead Analyst Systèmes de Transport (Luxembourg)")),
        ("Date", date("2026-09-08 10:12:33", LU)),
        ("Message-ID", "<e81b7a22-5c0d-4d9e-a1f3-0b6c7d8e9f10@oberweis-search.lu>"),
    ], text(body, charset="iso-8859-15"))


@mail(n(31), family="proposed_times", lang="en", interview=False, company="Ardenne Logistics S.A.",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Recruiter proposes two slots ('Would Tuesday 17 November at 10:00 or Wednesday 18 November at 16:00 "
           "work?'): nothing confirmed yet; the manager confirms Wednesday in a later mail")
def ardenne_proposal() -> bytes:
    body = t("""
        Dear Katharina,

        Thank you for your application for the Senior Transport Analytics role at Ardenne
        Logistics. We would be glad to get to know you in a first conversation
        (about 45 minutes, on Teams).

        Would Tuesday 17 November at 10:00 or Wednesday 18 November at 16:00 work
        for a first call with Marc Reuter, our Head of Analytics? If neither suits you,
        please suggest two or three alternatives.

        Kind regards,

        Claire Wagner
        Talent Acquisition Specialist
        Ardenne Logistics S.A. | 5, rue de Bitbourg | L-1273 Luxembourg
        """)
    return message([
        rcv("from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2119.outbound.protection.outlook.com"
            " [40.107.12.119])", "2026-11-10 10:05:21", LU, "4HN9Ys1Cvz7"),
        ("From", addr("Claire Wagner", "claire.wagner@ardenne-logistics.lu")),
        ("To", KW),
        ("CC", addr("Marc Reuter", "marc.reuter@ardenne-logistics.lu")),
        ("Subject", "Ardenne Logistics - first conversation"),
        ("Date", date("2026-11-10 10:05:17", LU)),
        ("Message-ID", "<PA4PR08MB6014A0B1C2D3E4F5@PA4PR08MB6014.eurprd08.prod.outlook.com>"),
        ("Thread-Topic", "Ardenne Logistics - first conversation"),
    ], alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(n(32), family="doctor_appointment", lang="de", interview=False, company=None, days=(("Wed", "2026-09-23"),),
      note="GP appointment booked on a booking platform with ICS (Mi., 23.09.2026, 08:40 Uhr): fixed time, not an "
           "interview")
def doctor_booking() -> bytes:
    body = t("""
        Terminbestätigung

        Guten Tag Katharina Weyand,

        Ihr Termin ist bestätigt:

        Hausarztpraxis Dr. med. Anne Lorig
        Mi., 23.09.2026, 08:40 Uhr
        Grund: Check-up / Gesundheitsuntersuchung
        Saarstraße 41, 54290 Trier

        Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).
        Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens
        24 Stunden vorher ab: https://www.termed.example.com/termine

        Ihr Termed-Team
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Termed//Terminbuchung//DE", "METHOD:PUBLISH",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT", "UID:termed-991827364@termed.example.com", "DTSTAMP:20260918T154400Z",
        "DTSTART;TZID=Europe/Berlin:20260923T084000", "DTEND;TZID=Europe/Berlin:20260923T090000",
        "SUMMARY:Termin Hausarztpraxis Dr. med. Anne Lorig", "LOCATION:Saarstraße 41\\, 54290 Trier",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from mail.termed.example.com (mail.termed.example.com [93.184.216.34])", "2026-09-18 17:44:20", B,
            "4Gt2Fb5Nkz4"),
        ("From", addr("Termed", "noreply@termed.example.com")),
        ("To", KW),
        ("Subject", enc("Terminbestätigung: Hausarztpraxis Dr. med. Anne Lorig am 23.09.2026")),
        ("Date", date("2026-09-18 17:44:16", B)),
        ("Message-ID", "<termed-991827364-confirm@termed.example.com>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                  disposition="attachment")))


@mail(n(33), family="flat_viewing", lang="fr", interview=False, company=None, days=(("Sat", "2026-10-03"),),
      note="Estate agent confirms a flat viewing in Luxembourg-Bonnevoie, samedi 3 octobre à 11h30: fixed time, "
           "not an interview")
def flat_viewing_lu() -> bytes:
    body = t("""
        Bonjour Madame Weyand,

        Je vous confirme la visite de l'appartement 2 chambres, 78 m², rue de Bonnevoie 112,
        L-1261 Luxembourg (réf. IP-2026-447) :

            samedi 3 octobre 2026 à 11h30

        Rendez-vous devant l'entrée de la résidence. Merci de prévoir une copie de votre
        pièce d'identité, vos trois dernières fiches de salaire et votre contrat de travail
        si vous souhaitez déposer un dossier le jour même.

        Bien à vous,

        Sandrine Kieffer
        Agent immobilier - Immo Pétrusse
        +352 691 555 318
        """)
    return message([
        rcv("from smtp.immo-petrusse.lu (smtp.immo-petrusse.lu [94.252.64.10])", "2026-09-30 18:02:11", LU,
            "4H2Qc7Tw3z9"),
        ("From", addr("Sandrine Kieffer", "s.kieffer@immo-petrusse.lu")),
        ("To", KW),
        ("Subject", enc("Confirmation de visite – appartement Bonnevoie (réf. IP-2026-447)")),
        ("Date", date("2026-09-30 18:02:07", LU)),
        ("Message-ID", "<3b7a1c9e-8f2d-4e60-b5a4-1d2c3e4f5a6b@immo-petrusse.lu>"),
    ], text(body, cte="8bit"))


@mail(n(34), family="car_service", lang="de", interview=False, company=None, days=(("Tue", "2026-11-17"),),
      note="Car-dealer workshop appointment 'Di., 17.11.2026 um 7:30 Uhr' (inspection and tyre change): fixed time, "
           "not an interview")
def car_service() -> bytes:
    body = t("""
        Sehr geehrte Frau Weyand,

        vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihren Werkstatttermin:

        Termin: Di., 17.11.2026 um 7:30 Uhr (Fahrzeugannahme)
        Fahrzeug: VW Golf, TR-KW 412
        Leistungen: Inspektion nach Herstellervorgabe, Räderwechsel auf Winterreifen
        Voraussichtliche Abholung: ab 16:00 Uhr

        Ein Ersatzfahrzeug ist für Sie reserviert. Bitte bringen Sie Ihre Winterräder
        sowie das Serviceheft mit.

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Zewen GmbH & Co. KG
        Kenner Weg 12 · 54294 Trier · Tel. 0651 555 880
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Sehr geehrte Frau Weyand,</p>
        <p>vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihren Werkstatttermin:</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Termin:</b></td><td>Di., 17.11.2026 um 7:30 Uhr (Fahrzeugannahme)</td></tr>
        <tr><td><b>Fahrzeug:</b></td><td>VW Golf, TR-KW 412</td></tr>
        <tr><td><b>Leistungen:</b></td><td>Inspektion nach Herstellervorgabe, Räderwechsel auf Winterreifen</td></tr>
        <tr><td><b>Voraussichtliche Abholung:</b></td><td>ab 16:00 Uhr</td></tr>
        </table>
        <p>Ein Ersatzfahrzeug ist für Sie reserviert. Bitte bringen Sie Ihre Winterräder
        sowie das Serviceheft mit.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Serviceteam<br>Autohaus Zewen GmbH &amp; Co. KG<br>
        Kenner Weg 12 &middot; 54294 Trier &middot; Tel. 0651 555 880</p>
        </body></html>
        """)
    return message([
        rcv("from mail.autohaus-zewen.de (mail.autohaus-zewen.de [81.169.145.90])", "2026-11-12 09:47:02", B,
            "4HQc1Vg8Rz2"),
        ("From", addr("Autohaus Zewen Service", "service@autohaus-zewen.de")),
        ("To", KW),
        ("Subject", enc("Terminbestätigung Werkstatt – Di., 17.11.2026, 7:30 Uhr")),
        ("Date", date("2026-11-12 09:47:00", B)),
        ("Message-ID", "<20261112094700.51A2C3@autohaus-zewen.de>"),
    ], alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(35), family="parent_teacher", lang="de", interview=False, company=None, days=(("Thu", "2026-11-19"),),
      note="School portal confirms a parent-teacher slot at the Elternsprechtag (Do., 19.11., 17:40-17:50 Uhr): "
           "fixed time, not an interview")
def elternsprechtag() -> bytes:
    body = t("""
        Sehr geehrte Frau Weyand,

        Ihre Anmeldung zum Elternsprechtag am Do., 19.11.2026 wurde gespeichert.

        Ihre Gesprächstermine:
          17:40 - 17:50 Uhr   Frau Hansen (Mathematik)       Raum B 104
          18:10 - 18:20 Uhr   Herr Dr. Pütz (Englisch)        Raum A 012

        Schüler: Jonas Weyand, Klasse 8b

        Bitte beachten Sie, dass die Gespräche pünktlich beginnen und enden, da
        nachfolgende Eltern warten.

        Gymnasium am Petrisberg Trier
        - automatisch erstellte Nachricht des Elternsprechtag-Planers -
        """)
    return message([
        rcv("from portal.gymnasium-petrisberg.de (portal.gymnasium-petrisberg.de [188.68.47.201])",
            "2026-11-13 21:18:40", B, "4HRp6Xb0Tz6"),
        ("From", addr("Elternsprechtag-Planer GaP", "noreply@gymnasium-petrisberg.de")),
        ("To", ME),
        ("Subject", "Ihre Termine zum Elternsprechtag am 19.11.2026"),
        ("Date", date("2026-11-13 21:18:38", B)),
        ("Message-ID", "<est-2026-11-8b-4471@gymnasium-petrisberg.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(36), family="current_job_event", lang="de", interview=False, company=None, days=(("Thu", "2026-12-10"),),
      note="Outlook invitation at her current employer (Sprint Review + team Christmas dinner, Do., 10.12., "
           "15:00-18:00 Uhr, ICS W. Europe Standard Time): a work meeting, not a job interview")
def current_job_review() -> bytes:
    body = t("""
        Hallo zusammen,

        zum Jahresabschluss legen wir Sprint Review und Weihnachtsessen zusammen:
        erst Review der TMS-Schnittstellen im großen Besprechungsraum, ab ca. 18 Uhr
        geht's dann rüber ins Restaurant "Zur Glocke" (Tisch ist reserviert).

        Bitte kurz zu- oder absagen, damit ich die Personenzahl durchgeben kann.

        Viele Grüße
        Andrea

        Andrea Pfeiffer
        Teamleitung Produktentwicklung
        Mosel Cargo Systems GmbH
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Andrea Pfeiffer:mailto:andrea.pfeiffer@mosel-cargo.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team Produktentwicklung:mailto:"
        "team-pe@mosel-cargo.de",
        "UID:040000008200E00074C5B7101A82E008000000007A1B2C3D4E65DC01000000000000000010000000E9D8C7B6A5948372",
        "SUMMARY;LANGUAGE=de-DE:Sprint Review Q4 + Weihnachtsessen",
        "DTSTART;TZID=W. Europe Standard Time:20261210T150000",
        "DTEND;TZID=W. Europe Standard Time:20261210T180000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261201T091522Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Besprechungsraum Porta (3.OG)",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2097.outbound.protection.outlook.com"
            " [40.107.14.97])", "2026-12-01 10:15:30", B, "4Hj2Wn7Dqz8"),
        ("From", addr("Andrea Pfeiffer", "andrea.pfeiffer@mosel-cargo.de")),
        ("To", addr("Team Produktentwicklung", "team-pe@mosel-cargo.de")),
        ("Subject", "Sprint Review Q4 + Weihnachtsessen"),
        ("Date", date("2026-12-01 10:15:26", B)),
        ("Message-ID", "<VI1PR03MB4461C0D9E8F7A6B5C4D3E2F1A0B98@VI1PR03MB4461.eurprd03.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(37), family="webinar", lang="de", interview=False, company=None, days=(("Wed", "2026-10-21"),),
      note="Zoom webinar registration (cross-border workers' association: applying in Luxembourg, interviews, "
           "salary) on Oct 21, 2026 06:00 PM Berlin, with ICS: fixed time, not an interview")
def grenzgaenger_webinar() -> bytes:
    body = t("""
        Hallo Katharina,

        Thank you for registering for "Bewerben in Luxemburg: Vorstellungsgespräch, Gehalt, Steuern".

        Please submit any questions to: info@grenzgaenger-slr.de

        Date & Time: Oct 21, 2026 06:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/81733920446?tk=Xq2wYbH7

        Passcode: 551920

        Add to calendar: the attached .ics file

        You can cancel your registration at any time.

        Grenzgänger-Netzwerk Saar-Lor-Lux e.V.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT", "DTSTAMP:20261014T120210Z",
        "DTSTART;TZID=Europe/Berlin:20261021T180000", "DTEND;TZID=Europe/Berlin:20261021T193000",
        "SUMMARY:Bewerben in Luxemburg: Vorstellungsgespräch\\, Gehalt\\, Steuern",
        "UID:ZOOM81733920446@zoom.us", "LOCATION:https://us06web.zoom.us/w/81733920446?tk=Xq2wYbH7",
        "ORGANIZER;CN=Grenzgänger-Netzwerk:mailto:no-reply@zoom.us",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from mailout-194.zoom.us (mailout-194.zoom.us [170.114.52.194])", "2026-10-14 14:02:14", B,
            "4H9Fw4Sz0z3"),
        ("From", addr("Grenzgänger-Netzwerk Saar-Lor-Lux e.V.", "no-reply@zoom.us")),
        ("Reply-To", "info@grenzgaenger-slr.de"),
        ("To", KW),
        ("Subject", enc("Bewerben in Luxemburg: Vorstellungsgespräch, Gehalt, Steuern Confirmation")),
        ("Date", date("2026-10-14 14:02:10", B)),
        ("Message-ID", "<ZOOM.81733920446.reg.7f21c0@zoom.us>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                  disposition="attachment")))


@mail(n(38), family="mock_interview", lang="de", interview=False, company=None, days=(("Wed", "2026-10-07"),),
      note="Career coach confirms a paid mock interview (Probeinterview) Mi., 7.10., 18:00-19:00 Uhr on Zoom: a "
           "fixed time that is interview practice, not a job interview")
def coach_mock() -> bytes:
    body = t("""
        Liebe Frau Weyand,

        schön, dass Sie dabei sind! Hiermit bestätige ich Ihnen unser Probeinterview
        (Mock-Interview) am Mi., 7.10., von 18:00 bis 19:00 Uhr per Zoom:
        https://zoom.us/j/6638201945

        Ich übernehme die Rolle der Recruiterin einer Luxemburger Bank, danach
        besprechen wir Ihre Antworten und Ihre Körpersprache. Schicken Sie mir bitte
        vorab eine Stellenanzeige, die Ihnen gefällt - dann wird es realistischer.

        Die Rechnung (Paket "Interview-Fit", 2 Sitzungen) kommt nach der zweiten Sitzung.

        Herzliche Grüße
        Bettina Kirsch
        Karrierecoaching & Bewerbungstraining
        www.kirsch-coaching.de · 0651 555 7714
        """)
    return message([
        rcv("from mout.kundenserver.de (mout.kundenserver.de [212.227.126.131])", "2026-10-01 12:31:55", B,
            "4H3d0Lz6Hz1"),
        ("From", addr("Bettina Kirsch", "bettina@kirsch-coaching.de")),
        ("To", KW),
        ("Subject", "Ihr Probeinterview am 7.10."),
        ("Date", date("2026-10-01 12:31:52", B)),
        ("Message-ID", "<0a1b2c3d-4e5f-6a7b-8c9d-kirsch20261001@kirsch-coaching.de>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(39), family="interviewer_invite", lang="de", interview=False, company=None, days=(("Thu", "2026-10-15"),),
      note="HR at her current employer invites her as the interviewer of a candidate (Do., 15.10., 10:00-11:00, "
           "ICS W. Europe Standard Time): an interview at a fixed time, but she is not the candidate")
def current_job_interviewer() -> bytes:
    body = t("""
        Hallo Katharina,

        wie mit Andrea abgestimmt: kannst du bei dem Gespräch mit Jonas Mertes
        (Junior Data Engineer) die Fachfragen übernehmen? Thomas Roos ist als
        Teamleiter dabei, ich moderiere.

        Lebenslauf und Anschreiben liegen im Bewerbungsordner auf dem Teams-Kanal
        "Recruiting PE". Bitte vorab einen kurzen Blick drauf werfen und 3-4 Fragen
        zu SQL / ETL vorbereiten.

        Danke dir!
        Silke

        Silke Barth
        HR Business Partner
        Mosel Cargo Systems GmbH
        """) + TEAMS_DE.format(mid="OGY3ZjEyYTgtZTQxNi00ZjU3LWJjYTItN2MwOGQ2ZTNhMTk0", bid="391 552 017 330",
                               pc="Kp4nR2")
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Silke Barth:mailto:silke.barth@mosel-cargo.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katharina Weyand:mailto:"
        "katharina.weyand@mosel-cargo.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Roos:mailto:thomas.roos@mosel-cargo.de",
        "UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A556DC01000000000000000010000000D4C3B2A1F0E9D8C7",
        "SUMMARY;LANGUAGE=de-DE:Interview Jonas Mertes (Junior Data Engineer) - Panel K. Weyand / T. Roos",
        "DTSTART;TZID=W. Europe Standard Time:20261015T100000",
        "DTEND;TZID=W. Europe Standard Time:20261015T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261008T081744Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2101.outbound.protection.outlook.com"
            " [40.107.14.101])", "2026-10-08 10:17:48", B, "4H6Ks9Cm1z5"),
        ("From", addr("Silke Barth", "silke.barth@mosel-cargo.de")),
        ("To", addr("Katharina Weyand", "katharina.weyand@mosel-cargo.de")),
        ("CC", addr("Thomas Roos", "thomas.roos@mosel-cargo.de")),
        ("Subject", "Interview Jonas Mertes (Junior Data Engineer) - Panel K. Weyand / T. Roos"),
        ("Date", date("2026-10-08 10:17:44", B)),
        ("Message-ID", "<VI1PR03MB4461A9B8C7D6E5F4A3B2C1D0E9F87@VI1PR03MB4461.eurprd03.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
        ("X-Forwarded-To", ME),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(40), family="auto_reply", lang="de", interview=False, company="Porta Logistik GmbH",
      days=(("Fri", "2026-09-18"),),
      note="Out-of-office reply from the Porta Logistik recruiter (thread with the Personio invitation); the "
           "subject quotes 'Gespräch am 24.09.' but the auto-reply confirms nothing")
def porta_ooo() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 18.09.2026, nicht im Büro und habe nur
        eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich
        bitte an personal@porta-logistik.de oder 0651 555 4400.

        Mit freundlichen Grüßen
        Jana Schmitt
        Porta Logistik GmbH
        """)
    return message([
        rcv("from mail.porta-logistik.de (mail.porta-logistik.de [80.153.82.14])", "2026-09-15 08:12:21", B,
            "4Gp9Qt0Xbz2"),
        ("From", addr("Jana Schmitt", "jana.schmitt@porta-logistik.de")),
        ("To", KW),
        ("Subject", enc("Automatische Antwort: Rückfrage Parkmöglichkeit – Gespräch am 24.09.")),
        ("Date", date("2026-09-15 08:12:19", B)),
        ("Message-ID", "<c7e1a9d2f0b34e5a8d6c4b2a1f0e9d8c@porta-logistik.de>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAKw8fR7pQx0@mail.example.org>"),
    ], text(body, charset="iso-8859-1"))


@mail(n(41), family="bounce", lang="de", interview=False, company=None, days=(("Tue", "2026-10-06"),),
      note="Bounce of the candidate's own acceptance ('den Termin am Dienstag, 6.10., um 14 Uhr nehme ich gerne "
           "an') sent to a mistyped address: a delivery failure from her mail server, not a confirmation from the "
           "employer (the real invitation is the Exchange mail)")
def bounce_rheinkai() -> bytes:
    original = message([
        ("From", KW),
        ("To", addr("Markus Hoffmann", "m.hofman@rheinkai-systems.de")),
        ("Subject", enc("Re: Vorstellungsgespräch Katharina Weyand – Business Analyst TMS")),
        ("Date", date("2026-09-29 18:01:52", B)),
        ("Message-ID", "<CAKw8fR3bN5q@mail.example.org>"),
    ], text(t("""
        Sehr geehrter Herr Hoffmann,

        vielen Dank für die Einladung - den Termin am Dienstag, 6.10., um 14 Uhr nehme
        ich gerne an. Ich freue mich auf das Gespräch mit Ihnen und Frau Wolf.

        Mit freundlichen Grüßen
        Katharina Weyand
        """)))
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <m.hofman@rheinkai-systems.de>: host
            rheinkai-systems-de.mail.protection.outlook.com[52.101.68.4] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient m.hofman@rheinkai-systems.de not found
            by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Gx3Hc5Lqz
        Arrival-Date: Tue, 29 Sep 2026 18:01:53 +0200 (CEST)

        Final-Recipient: rfc822; m.hofman@rheinkai-systems.de
        Original-Recipient: rfc822;m.hofman@rheinkai-systems.de
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; rheinkai-systems-de.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            m.hofman@rheinkai-systems.de not found by SMTP address lookup
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    return message([
        ("Received", "by mx2.example.org (Postfix)\r\n id 4Gx3Hf0Tnz; Tue, 29 Sep 2026 18:02:03 +0200 (CEST)"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-29 18:02:03", B)),
        ("Message-ID", "<20260929160203.4Gx3Hf0Tnz@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(42), family="mailing_list", lang="de", interview=False, company=None, days=(("Thu", "2026-10-08"),),
      note="Local dev meetup mailing-list post: next meeting Do., 8.10., 19 Uhr, talk on technical interviews from "
           "the interviewer's side; a meetup, not an interview")
def meetup_list() -> bytes:
    body = t("""
        Hallo zusammen,

        das nächste Treffen steht: Do., 8.10., ab 19 Uhr im Coworking "Tufa-Werk"
        (Wechselstr. 4, Trier). Pizza sponsert diesmal die Sparte IT vom Hafen :)

        Programm:
          19:15  Miriam Schaaf - "Technische Interviews von der anderen Seite:
                 was wir als Interviewer wirklich wissen wollen"
          20:00  Lightning Talks (noch 2 Slots frei, einfach auf die Liste antworten)

        Anmeldung wie immer über das Pad, damit wir genug Stühle haben:
        https://pad.trier-dev.example.org/p/treffen-oktober

        Bis dann
        Felix

        --
        trier-dev mailing list
        trier-dev@lists.example.org
        https://lists.example.org/mailman/listinfo/trier-dev
        """)
    return message([
        rcv("from lists.example.org (lists.example.org [192.0.2.25])", "2026-10-01 21:10:38", B, "4H3t5Nw7Fz9"),
        ("From", addr("Felix Nau", "felix@nau-consulting.de")),
        ("Sender", "trier-dev-bounces@lists.example.org"),
        ("To", "trier-dev@lists.example.org"),
        ("Subject", enc("[trier-dev] Nächstes Treffen: Do., 8.10., 19 Uhr – Technische Interviews")),
        ("Date", date("2026-10-01 21:10:33", B)),
        ("Message-ID", "<b1f4e0c2-7a3d-4c6b-9e8f-1a2b3c4d5e6f@nau-consulting.de>"),
        ("List-Id", "Entwicklerinnen und Entwickler in Trier <trier-dev.lists.example.org>"),
        ("List-Post", "<mailto:trier-dev@lists.example.org>"),
        ("List-Unsubscribe", "<https://lists.example.org/mailman/options/trier-dev>"),
        ("Precedence", "list"),
    ], text(body))


@mail(n(43), family="job_centre", lang="de", interview=False, company=None, days=(("Mon", "2026-10-05"),),
      note="Employment-agency invitation to a counselling appointment (Mo., 5.10.2026, 9:15 Uhr) after she "
           "registered as job-seeking; fixed time, not a job interview")
def arbeitsagentur() -> bytes:
    body = t("""
        Sehr geehrte Frau Weyand,

        Sie haben sich bei uns arbeitsuchend gemeldet, weil Ihr befristeter Vertrag zum
        31.12.2026 endet. Ich lade Sie hiermit zu einem persönlichen Beratungsgespräch ein:

        Termin:        Montag, 05.10.2026, 09:15 Uhr
        Ort:           Agentur für Arbeit Trier, Dasbachstraße 9, 54292 Trier
                       Eingangszone, anschließend Zimmer 214
        Ihre Beraterin: Frau Görgen

        Bitte bringen Sie mit: Personalausweis, Lebenslauf, Arbeitsvertrag, Ihre letzten
        Bewerbungen (soweit vorhanden).

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte rechtzeitig
        mit. Beachten Sie die Rechtsfolgenbelehrung auf der Rückseite des Schreibens, das
        Sie zusätzlich per Post erhalten.

        Mit freundlichen Grüßen
        Im Auftrag
        Görgen
        Agentur für Arbeit Trier

        Diese Nachricht wurde aus dem BA-Postfach versendet. Antworten auf diese E-Mail
        werden nicht gelesen.
        """)
    return message([
        rcv("from mx-out.arbeitsagentur.example.de (mx-out.arbeitsagentur.example.de [192.0.2.80])",
            "2026-09-21 13:25:05", B, "4Gv3Mw1Rnz4"),
        ("From", addr("Agentur für Arbeit Trier", "noreply@arbeitsagentur.example.de")),
        ("To", KW),
        ("Subject", enc("Einladung zu einem Beratungsgespräch am 05.10.2026")),
        ("Date", date("2026-09-21 13:25:01", B)),
        ("Message-ID", "<BA.Postfach.20260921132501.318842@arbeitsagentur.example.de>"),
    ], text(body, charset="iso-8859-15"))


@mail(n(44), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Business school confirms an Executive MBA admission interview (Thursday, 3 December 2026, 18:30-19:00 "
           "CET, online, ICS): a fixed-time interview, but for a study programme, not a job")
def mba_admission() -> bytes:
    body = t("""
        Dear Ms Weyand,

        Thank you for your application to the Part-time Executive MBA (Intake 2027).
        We are pleased to confirm your admission interview:

          Date:   Thursday, 3 December 2026
          Time:   18:30 - 19:00 CET
          Format: online (Microsoft Teams - link in the attached invitation)
          Panel:  Prof. Dr. Anne-Marie Thill (Academic Director),
                  Yves Schroeder (Alumni representative)

        The interview covers your motivation, professional experience and how you plan
        to combine your studies with work. Please have your ID ready for verification.

        Kind regards,
        Admissions Office
        Alzette Graduate School of Management
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Alzette GSM//Admissions//EN", "METHOD:REQUEST",
        VTZ["Europe/Paris"],
        "BEGIN:VEVENT", "UID:agsm-adm-2027-0412@alzette-gsm.lu", "DTSTAMP:20261125T151004Z",
        "DTSTART;TZID=Europe/Paris:20261203T183000", "DTEND;TZID=Europe/Paris:20261203T190000",
        "SUMMARY:EMBA admission interview - Katharina Weyand",
        "ORGANIZER;CN=Admissions Office:mailto:admissions@alzette-gsm.lu",
        "ATTENDEE;CN=Katharina Weyand;RSVP=TRUE:mailto:" + ME,
        "LOCATION:Microsoft Teams", "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from mail.alzette-gsm.lu (mail.alzette-gsm.lu [158.64.77.12])", "2026-11-25 16:10:09", LU,
            "4Hd8Sx2Fpz7"),
        ("From", addr("AGSM Admissions", "admissions@alzette-gsm.lu")),
        ("To", KW),
        ("Subject", "Your admission interview - Executive MBA Intake 2027"),
        ("Date", date("2026-11-25 16:10:05", LU)),
        ("Message-ID", "<adm-0412-20261125@alzette-gsm.lu>"),
    ], mixed(text(body), calendar(ics, cte="7bit", filename="admission-interview.ics", disposition="attachment")))


@mail(n(45), family="press_interview", lang="de", interview=False, company=None, days=(("Wed", "2026-10-28"),),
      note="A local newspaper reporter confirms a phone interview with her (Mi., 28.10., 11 Uhr) for a series on "
           "women in logistics IT: she is the interviewee of the press, not a job candidate")
def press_interview() -> bytes:
    body = t("""
        Liebe Frau Weyand,

        herzlichen Dank für Ihre Zusage! Dann telefonieren wir wie besprochen am Mittwoch,
        28.10., um 11 Uhr - ich rufe Sie auf Ihrem Handy an. Wir brauchen ca. 30 Minuten.

        Für unsere Serie "Frauen in der Logistik-IT" interessiert mich vor allem, wie Sie
        zur Software für Speditionen gekommen sind und was sich durch die Digitalisierung
        am Hafen verändert hat. Ein Foto würden wir gerne in der Woche darauf machen.

        Viele Grüße
        Lea Hammes
        Redaktion Wirtschaft · Moselkurier
        0651 555 2031
        """)
    return message([
        rcv("from mail.moselkurier.de (mail.moselkurier.de [217.160.0.77])", "2026-10-23 15:48:22", B,
            "4HC4Tv9Lbz0"),
        ("From", addr("Lea Hammes", "l.hammes@moselkurier.de")),
        ("To", KW),
        ("Subject", "Re: Interview-Anfrage Serie \"Frauen in der Logistik-IT\""),
        ("Date", date("2026-10-23 15:48:18", B)),
        ("Message-ID", "<5e2d9a1c-0b7f-4c83-a6e4-moselkurier2310@moselkurier.de>"),
        ("In-Reply-To", "<CAKw8fR5tYh2@mail.example.org>"),
    ], text(body, cte="8bit"))


@mail(n(46), family="sports_tryout", lang="de", interview=False, company=None, days=(("Thu", "2026-09-17"),),
      note="Volleyball club confirms a try-out training (Probetraining) Do., 17.9., 19:30 Uhr: fixed time, not an "
           "interview")
def volleyball_tryout() -> bytes:
    body = t("""
        Hi Katharina,

        cool, dass du Lust auf Volleyball hast! Komm gerne am Do., 17.9., um 19:30 Uhr
        zum Probetraining in die Sporthalle Olewig (Eingang über den Schulhof).
        Wir spielen Mixed, Hobbyliga, Niveau ist bunt gemischt.

        Bring Hallenschuhe und was zu trinken mit. Die ersten drei Trainings sind
        kostenlos, danach schauen wir, ob's passt, und dann kommt der Mitgliedsantrag.

        Sportliche Grüße
        Nils
        (Abteilungsleiter Volleyball, TV Trier-Olewig 1896 e.V.)

        Gesendet von meinem Fairphone
        """)
    return message([
        rcv("from mail-ej1-f42.google.com (mail-ej1-f42.google.com [209.85.218.42])", "2026-09-14 22:05:31", B,
            "4Gp1Kd6Vcz3"),
        ("From", addr("Nils Kettenhofen", "nils.kettenhofen@tv-olewig.de")),
        ("To", KW),
        ("Subject", "Re: Probetraining Volleyball"),
        ("Date", date("2026-09-14 22:05:28", B)),
        ("Message-ID", "<CAJf0v9Lq1x7Y8nR-olewig-vb@mail.gmail.com>"),
    ], text(body, cte="base64"))


@mail(n(47), family="bank_advisor", lang="de", interview=False, company=None, days=(("Fri", "2026-12-04"),),
      note="Bank confirms an advisory appointment (Fr., 4.12.2026, 16:00-17:00 Uhr, ICS): fixed time, not an "
           "interview")
def bank_advisor() -> bytes:
    body = t("""
        Sehr geehrte Frau Weyand,

        vielen Dank für Ihre Terminvereinbarung. Gerne bestätigen wir Ihr
        Beratungsgespräch:

        Thema:     Baufinanzierung / Anschlussfinanzierung
        Termin:    Fr., 4.12.2026, 16:00 - 17:00 Uhr
        Ort:       Volksbank Moseltal eG, Filiale Trier-Süd, Saarstraße 7
        Berater:   Thomas Kettern

        Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und den aktuellen
        Darlehensvertrag mit.

        Freundliche Grüße
        Ihre Volksbank Moseltal eG
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Volksbank Moseltal//Terminvereinbarung//DE", "METHOD:PUBLISH",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT", "UID:vbm-2026-12-04-1600-kettern@vb-moseltal.de", "DTSTAMP:20261130T084511Z",
        "DTSTART;TZID=Europe/Berlin:20261204T160000", "DTEND;TZID=Europe/Berlin:20261204T170000",
        "SUMMARY:Beratungsgespräch Volksbank Moseltal (Thomas Kettern)",
        "LOCATION:Filiale Trier-Süd\\, Saarstraße 7", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        rcv("from mx.vb-moseltal.de (mx.vb-moseltal.de [195.145.88.21])", "2026-11-30 09:45:15", B, "4Hh7Dn3Zqz6"),
        ("From", addr("Volksbank Moseltal eG", "termine@vb-moseltal.de")),
        ("To", KW),
        ("Subject", enc("Terminbestätigung: Ihr Beratungsgespräch am 04.12.2026")),
        ("Date", date("2026-11-30 09:45:11", B)),
        ("Message-ID", "<vbm.termin.20261130094511.77120@vb-moseltal.de>"),
    ], mixed(alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")),
             calendar(ics, method="PUBLISH", cte="base64", filename="Termin.ics", disposition="attachment")))


@mail(n(48), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Her brother forwards his own interview invitation (Montag, 14.12.2026, 10:00 Uhr, Eifel Distribution) "
           "asking for preparation tips: a confirmed interview, but not hers")
def brother_forward() -> bytes:
    body = t("""
        Hi Kathi,

        schau mal, es hat geklappt! Kannst du mir helfen, mich vorzubereiten? Du kennst
        dich mit dem Lagerkram ja viel besser aus. Hast du Sonntag Nachmittag Zeit?

        Daniel

        ---------- Forwarded message ---------
        Von: Marion Schoden <m.schoden@eifel-distribution.de>
        Date: Di., 8. Dez. 2026 um 14:22 Uhr
        Subject: Einladung zum Vorstellungsgespräch - Teamleitung Lagerlogistik
        To: Daniel Weyand <daniel.weyand@example.net>


        Sehr geehrter Herr Weyand,

        wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen:

        am Montag, 14.12.2026, um 10:00 Uhr
        Eifel Distribution GmbH, Industriestraße 20, 54634 Bitburg

        Mit freundlichen Grüßen
        Marion Schoden
        Personalabteilung
        """)
    return message([
        rcv("from mail-lf1-f50.google.com (mail-lf1-f50.google.com [209.85.167.50])", "2026-12-08 20:15:09", B,
            "4Hm5Ty1Jkz2"),
        ("From", addr("Daniel Weyand", "daniel.weyand@example.net")),
        ("To", KW),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch - Teamleitung Lagerlogistik")),
        ("Date", date("2026-12-08 20:15:05", B)),
        ("Message-ID", "<CAD0wYx8s2Fq-bruder-fwd@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(49), family="personal_coffee", lang="de", interview=False, company=None, days=(("Thu", "2026-12-03"),),
      note="Former manager, now at another company, confirms a coffee 'Do. um 12.30' in Trier, explicitly without "
           "any job topic: fixed time, not an interview")
def former_manager_coffee() -> bytes:
    body = t("""
        Hey Katharina,

        klar, Donnerstag (3.12.) um 12.30 im Café am Kornmarkt passt mir super. Ich bin
        eh wegen eines Kundentermins in Trier. Ganz ohne Jobthema übrigens, versprochen -
        ich will einfach hören, wie's dir und den Kids geht :)

        Bis Donnerstag
        Andreas

        --
        Andreas Klein
        Leiter Digitalisierung | Saarfracht GmbH
        """)
    return message([
        rcv("from mail.saarfracht.de (mail.saarfracht.de [85.13.150.3])", "2026-11-30 19:30:47", B, "4Hh9Wr4Mvz1"),
        ("From", addr("Andreas Klein", "andreas.klein@saarfracht.de")),
        ("To", KW),
        ("Subject", "Re: Kaffee, wenn du in Trier bist?"),
        ("Date", date("2026-11-30 19:30:44", B)),
        ("Message-ID", "<9f1e2d3c-4b5a-6978-8a9b-saarfracht1130@saarfracht.de>"),
    ], text(body, charset="windows-1252"))


@mail(n(50), family="post_interview", lang="en", interview=False, company="Lumera Payments S.A.",
      note="Post-interview note after the Greenhouse interview of Tue 15 Sep ('thanks for your time yesterday'); "
           "next steps promised, nothing scheduled")
def lumera_thanks() -> bytes:
    body = t("""
        Hi Katharina,

        Thanks again for your time yesterday - Ben and I really enjoyed the conversation,
        especially your story about the carrier-rate migration.

        We are meeting two more candidates this week and will come back to you by the end
        of next week with next steps.

        Best,
        Sophie

        Sophie Muller | Talent Partner | Lumera Payments S.A.
        """)
    return message([
        rcv("from mail-lu1.lumera-payments.lu (mail-lu1.lumera-payments.lu [158.64.120.33])",
            "2026-09-16 17:30:12", LU, "4Gr0Qb7Xwz5"),
        ("From", addr("Sophie Muller", "sophie.muller@lumera-payments.lu")),
        ("To", KW),
        ("Subject", "Thank you - Lumera Payments"),
        ("Date", date("2026-09-16 17:30:08", LU)),
        ("Message-ID", "<DU2PR10MB7710A1B2C3D4E5F6A7B8C9D0E1F23@DU2PR10MB7710.eurprd10.prod.outlook.com>"),
    ], alt(text(body), html(gmail_html(body))))
