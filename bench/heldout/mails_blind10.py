# ruff: noqa: E501
"""blind10: 50 hand-written mails for the inbox of Kwame Mensah <kwame.mensah@example.org>, a mobile
developer in Toronto (America/Toronto) whose employer, Ossington Digital, forwards his work calendar
mail to this inbox. A realistic job seeker's inbox, not an adversarial one.

Written blind (without reading the detector, its tests and fixtures, or any other held-out set's
mails). Keys 1-23 are the positives, 24-50 the negatives, in writing order; the file number is a
fixed shuffle of the key. Built by ``python3 bench/heldout/make_blind.py blind10``.
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
    mail,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind10"
ORDER = random.Random(10010).sample(range(1, 51), 50)

ME = "kwame.mensah@example.org"
TO = addr("Kwame Mensah", ME)
WORK = "kwame.mensah@ossingtondigital.com"

make.WINDOWS_ZONES.setdefault("Pacific Standard Time", "America/Los_Angeles")

TZ_PACIFIC_WIN = """BEGIN:VTIMEZONE
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

TZ_LAGOS = """BEGIN:VTIMEZONE
TZID:Africa/Lagos
X-LIC-LOCATION:Africa/Lagos
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0100
TZNAME:WAT
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_ACCRA = """BEGIN:VTIMEZONE
TZID:Africa/Accra
BEGIN:STANDARD
TZOFFSETFROM:+0000
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_TORONTO = """BEGIN:VTIMEZONE
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


def reg(key: int, **kw):
    """Register mail number ``key`` (writing order) under its shuffled file number."""
    return mail(f"{SET}_{ORDER[key - 1]:03d}", **kw)


def hdr(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = TO, cc: str | None = None,
        reply_to: str | None = None, sender: str | None = None, hop: tuple[str, str, str] | None = None,
        extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
        delivered: str = ME) -> list[tuple[str, str]]:
    """Top-level headers in the order a receiving MTA leaves them."""
    hs: list[tuple[str, str]] = [("Delivered-To", delivered)]
    if hop:
        host, ip, ident = hop
        hs.append(("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                        f"mx2.example.org with ESMTPS id {ident}", delivered)))
    hs.append(("From", frm))
    if sender:
        hs.append(("Sender", sender))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", msgid)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += list(extra)
    return hs


# =========================================================================== positives


# --------------------------------------------------------------------------- 1 Greenhouse, London
@reg(1, family="greenhouse", lang="en", interview=True, kind="scheduled",
     start="2026-03-31T14:00:00Z", end="2026-03-31T14:45:00Z",
     contact="fenella.ward@halyardmaps.co.uk", company="Halyard Maps",
     local="Tue 2026-03-31 15:00", local_end="2026-03-31 15:45", zone="Europe/London",
     days=(("Sun", "2026-03-29"), ("Tue", "2026-03-31")),
     note="Greenhouse confirmation sent Thu 26 Mar (London still on GMT) for Tue 31 Mar 15:00-15:45 BST, i.e. after the UK change on 29 Mar: 14:00-14:45Z (also written as 10:00-10:45 EDT for Toronto). ICS in UTC agrees. Contact = human Reply-To (talent partner), sender is no-reply.")
def _m01() -> bytes:
    body = t("""
        Hi Kwame,

        Thanks for making time to speak with us. Your interview for the Senior Mobile
        Engineer role at Halyard Maps is confirmed - the details are below.

        Date:     Tuesday, 31 March 2026
        Time:     15:00 - 15:45 BST (London)
                  10:00 - 10:45 EDT (Toronto)
        Format:   Video call (Google Meet) - https://meet.google.com/hmp-qzrt-ouv
        You'll meet:
          - Ravi Chandran, Engineering Manager, Mobile Platform
          - Ottilie Marsh, Senior iOS Engineer

        A quick heads-up: UK clocks go forward on Sunday 29 March, so by the time we
        speak we'll be five hours ahead of you rather than four. The times above
        already take that into account.

        This one is a technical conversation. Expect to walk us through an app you've
        shipped and to talk about how you'd approach offline caching of map tiles.
        There's no live coding.

        If anything changes on your side, just reply to this email.

        All the best,
        Fenella Ward
        Talent Partner, Halyard Maps
        halyardmaps.co.uk
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Kwame,</p>
        <p>Thanks for making time to speak with us. Your interview for the <b>Senior Mobile Engineer</b>
        role at Halyard Maps is confirmed - the details are below.</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, 31 March 2026</td></tr>
        <tr><td><b>Time</b></td><td>15:00 - 15:45 BST (London)<br>10:00 - 10:45 EDT (Toronto)</td></tr>
        <tr><td><b>Format</b></td><td>Video call (Google Meet) - <a href="https://meet.google.com/hmp-qzrt-ouv">meet.google.com/hmp-qzrt-ouv</a></td></tr>
        <tr><td><b>You'll meet</b></td><td>Ravi Chandran, Engineering Manager, Mobile Platform<br>Ottilie Marsh, Senior iOS Engineer</td></tr>
        </table>
        <p>A quick heads-up: UK clocks go forward on Sunday 29 March, so by the time we speak we'll be
        five hours ahead of you rather than four. The times above already take that into account.</p>
        <p>This one is a technical conversation. Expect to walk us through an app you've shipped and to
        talk about how you'd approach offline caching of map tiles. There's no live coding.</p>
        <p>If anything changes on your side, just reply to this email.</p>
        <p>All the best,<br>Fenella Ward<br>Talent Partner, Halyard Maps</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-7730152-halyardmaps@greenhouse.io
        DTSTAMP:20260326T141200Z
        DTSTART:20260331T140000Z
        DTEND:20260331T144500Z
        SUMMARY:Interview: Kwame Mensah - Senior Mobile Engineer (Halyard Maps)
        LOCATION:https://meet.google.com/hmp-qzrt-ouv
        ORGANIZER;CN=Fenella Ward:mailto:fenella.ward@halyardmaps.co.uk
        ATTENDEE;CN=Kwame Mensah;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kwame.mensah@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Halyard Maps <no-reply@us.greenhouse-mail.io>",
             "Interview confirmed: Senior Mobile Engineer at Halyard Maps",
             "2026-03-26 14:12:41", "Europe/London",
             "<0100018e2c7b1a4f-3c1d9a2e-77b4-4f0e-a1c2-6e5f0d9b8a11-000000@email.greenhouse-mail.io>",
             reply_to="Fenella Ward <fenella.ward@halyardmaps.co.uk>",
             hop=("a48-117.smtp-out.greenhouse-mail.io", "54.240.48.117", "q7KfR2mXa0Lp"),
             extra=(("X-Mailer", "Greenhouse"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 2 Lever, forwarded to self
@reg(2, family="forward", lang="en", interview=True, kind="scheduled",
     start="2026-03-10T18:00:00Z", end="2026-03-10T18:45:00Z",
     contact="dana.whitfield@evergreenrelay.com", company="Evergreen Relay",
     local="Tue 2026-03-10 11:00", local_end="2026-03-10 11:45", zone="America/Los_Angeles",
     days=(("Wed", "2026-03-04"),),
     note="Kwame forwards a Lever confirmation from his old address to this inbox (Gmail inline forward). Tue 10 Mar 11:00-11:45am PDT: the US changed on 8 Mar, so 18:00-18:45Z (his note: 2pm Toronto, also EDT). Forward Date Thu 5 Mar. Contact = recruiter address in the Lever body (forwarded From is no-reply; never the candidate's own address).")
def _m02() -> bytes:
    body = t("""
        Moving this over to my main inbox. 11 PDT = 2pm here (clocks change on Sunday
        both sides, so still 3h difference).

        ---------- Forwarded message ---------
        From: Evergreen Relay <no-reply@hire.lever.co>
        Date: Wed, Mar 4, 2026 at 1:41 PM
        Subject: Your interview with Evergreen Relay is confirmed
        To: <kwame.mensah.dev@example.net>


        Hi Kwame,

        You're all set! Here are the details for your upcoming conversation with
        Evergreen Relay.

        Senior Mobile Engineer (React Native) - Phone Screen
        Tuesday, March 10th, 2026
        11:00am - 11:45am PDT (Pacific Time)

        Interviewer: Dana Whitfield, Technical Recruiter
        Location: Dana will call you on the number from your application
        (+1 416-555-0142).

        Need to make a change? Reach Dana directly at
        dana.whitfield@evergreenrelay.com and she'll sort it out.

        Thanks,
        The Evergreen Relay Team

        --
        Sent with Lever
        """)
    hs = hdr(addr("Kwame Mensah", "kwame.mensah.dev@example.net"),
             "Fwd: Your interview with Evergreen Relay is confirmed",
             "2026-03-05 08:15:09", "America/Toronto",
             "<CAH4p9vQ1xz8Ry3w_kT0fEwM2u5bqL7nVd0=Xq5sPz1o4@mail.gmail.com>",
             hop=("mail-yw1-f176.google.com", "209.85.128.176", "t3LmQw9Ae2Zs"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 3 Ashby, HTML-only base64
@reg(3, family="ashby", lang="en", interview=True, kind="scheduled",
     start="2026-11-02T18:00:00Z", end="2026-11-02T19:00:00Z",
     contact="marisol@lanternfish.dev", company="Lanternfish",
     local="Mon 2026-11-02 13:00", local_end="2026-11-02 14:00", zone="America/Toronto",
     days=(("Sun", "2026-11-01"), ("Mon", "2026-11-02")),
     note="Ashby HTML-only (base64) confirmation, shown in the candidate's zone: Mon 2 Nov 1:00-2:00 PM EST (GMT-5), the day after the North American change; the mail is sent Wed 28 Oct in EDT. 18:00-19:00Z. Contact = human Reply-To (recruiter).")
def _m03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Confirmed</title></head>
        <body style="margin:0;background:#f4f4f7;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;border-radius:8px;margin:24px 0">
        <tr><td>
        <img src="https://app.ashbyhq.com/api/images/org-theme-logo/lanternfish.png" alt="Lanternfish" height="28">
        <h2 style="font-weight:600;color:#111">Your interview is confirmed</h2>
        <p>Hi Kwame,</p>
        <p>Thanks for sending in the take-home! We're excited to keep talking. Here are the details for your
        <b>Virtual Onsite</b> for the <b>Senior Mobile Engineer</b> role.</p>
        <table cellpadding="6" style="border:1px solid #e5e7eb;border-radius:6px;width:100%">
        <tr><td style="color:#6b7280">When</td><td>Monday, November 2, 2026<br>1:00 PM &ndash; 2:00 PM EST (GMT-5)</td></tr>
        <tr><td style="color:#6b7280">Time zone</td><td>Eastern Time (America/Toronto)</td></tr>
        <tr><td style="color:#6b7280">Where</td><td><a href="https://lanternfish.zoom.us/j/91826354470">Zoom</a></td></tr>
        <tr><td style="color:#6b7280">Interviewers</td><td>Theo Park, Staff Engineer<br>Ines Okonkwo, Engineering Manager</td></tr>
        </table>
        <p>We'll spend the first half walking through your take-home together, then talk about how you'd
        evolve it for a team of five.</p>
        <p style="background:#fff7e6;padding:10px;border-radius:6px">Heads up: daylight saving time ends on
        Sunday, November 1. The time above is already shown in standard time.</p>
        <p>Need to reschedule? Just reply to this email and Marisol will help.</p>
        <p style="color:#6b7280;font-size:12px">Sent by Lanternfish via Ashby</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = hdr("Lanternfish <no-reply@ashbyhq.com>",
             "Interview Confirmed: Lanternfish \u2014 Virtual Onsite, Senior Mobile Engineer",
             "2026-10-28 16:20:05", "America/Toronto",
             "<20261028202005.5f2b.4a1e9c@ashbyhq.com>",
             reply_to="Marisol Vega <marisol@lanternfish.dev>",
             hop=("o7.email.ashbyhq.com", "149.72.131.8", "w0PzE4sNd1Kr"))
    return message(hs, html(page, cte="base64"))


# --------------------------------------------------------------------------- 4 Workday, Toronto in person
@reg(4, family="workday", lang="en", interview=True, kind="scheduled",
     start="2026-01-22T15:30:00Z", end=None,
     contact="priyanka.sethi@dominionridge.ca", company="Dominion Ridge Financial",
     local="Thu 2026-01-22 10:30", zone="America/Toronto",
     note="Workday notification from the tenant mailbox; in-person panel Thu 22 Jan 10:30 AM Eastern (EST) = 15:30Z. 'approximately 90 minutes' -> end null. Contact = the recruiter's address written in the body.")
def _m04() -> bytes:
    body = t("""
        Hello Kwame,

        We are pleased to confirm your interview for the position of Senior Mobile
        Developer (Job Requisition R-0048812).

        Interview type: In-person panel
        Date: Thursday, January 22, 2026
        Time: 10:30 AM Eastern Time
        Expected duration: approximately 90 minutes
        Location: Dominion Ridge Financial, 100 Wellington Street West, 14th Floor,
        Toronto, ON M5K 1A1. Please check in with security in the main lobby and
        bring government-issued photo ID.

        Your panel: Priyanka Sethi (Talent Acquisition), Graham Oduya (Director,
        Digital Channels) and Sophie Lam (Lead Android Developer).

        If you require an accommodation at any stage of the recruitment process, or
        have questions about your interview, please contact Priyanka Sethi at
        priyanka.sethi@dominionridge.ca.

        You can review your application at any time in Candidate Home:
        https://dominionridge.wd3.myworkdayjobs.com/en-US/DRF_Careers/userHome

        Kind regards,
        Talent Acquisition
        Dominion Ridge Financial

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = "<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.replace("\n\n", "\x00").replace("\n", " ").split("\x00")) + "</body></html>\n"
    hs = hdr("Dominion Ridge Financial <dominionridge@myworkday.com>",
             "Interview Scheduled - Senior Mobile Developer (R-0048812)",
             "2026-01-19 11:02:37", "America/Toronto",
             "<1471937244.88213.1768838557123@wd3-prod-notify-04.myworkday.com>",
             hop=("mta-wd3-17.myworkday.com", "216.52.170.17", "c1RmV8kTq5Ye"))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 5 iCIMS reschedule, Chicago
@reg(5, family="icims", lang="en", interview=True, kind="rescheduled",
     start="2026-04-16T14:30:00Z", end="2026-04-16T15:30:00Z",
     contact="tlindqvist@northfieldmutual.com", company="Northfield Mutual",
     local="Thu 2026-04-16 09:30", local_end="2026-04-16 10:30", zone="America/Chicago",
     days=(("Tue", "2026-04-14"), ("Thu", "2026-04-16")),
     note="iCIMS reschedule with US dates: previous 04/14/2026 2:00 PM CT, updated 04/16/2026 9:30 AM CT (CDT) for 60 minutes = 14:30-15:30Z. ICS SEQUENCE:1 in America/Chicago agrees. Contact = human Reply-To (recruiter).")
def _m05() -> bytes:
    body = t("""
        Dear Kwame Mensah,

        Your interview for the Senior iOS Engineer position (Req #2026-1187) has been
        rescheduled at the request of the hiring team. Please note the updated details
        below.

          Previous:   04/14/2026 2:00 PM CT
          Updated:    04/16/2026 9:30 AM CT (Thursday)
          Duration:   60 minutes
          Format:     Microsoft Teams (link in the attached calendar invitation)
          Interviewers: Trevor Lindqvist, Sr. Technical Recruiter
                        Kayla Brandt, Manager, Mobile Engineering

        Please accept the updated calendar invitation. If the new time does not work
        for you, reply to this message and we will find an alternative.

        Sincerely,

        Northfield Mutual Talent Acquisition
        200 N. LaSalle Street, Chicago, IL 60601

        Northfield Mutual is an Equal Opportunity Employer. All qualified applicants
        will receive consideration for employment without regard to race, color,
        religion, sex, sexual orientation, gender identity, national origin,
        disability, or veteran status.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-int-2026-1187-55130@northfieldmutual.icims.com
        SEQUENCE:1
        DTSTAMP:20260410T204700Z
        DTSTART;TZID=America/Chicago:20260416T093000
        DTEND;TZID=America/Chicago:20260416T103000
        SUMMARY:Interview - Senior iOS Engineer - Kwame Mensah
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3
        ORGANIZER;CN=Trevor Lindqvist:mailto:tlindqvist@northfieldmutual.com
        ATTENDEE;CN=Kwame Mensah;RSVP=TRUE:mailto:kwame.mensah@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Northfield Mutual Careers <northfieldmutual@talent.icims.com>",
             "UPDATED: Interview for Senior iOS Engineer (Req #2026-1187)",
             "2026-04-10 15:47:22", "America/Chicago",
             "<icims.1712781642.30415.candidate@talent.icims.com>",
             reply_to="Trevor Lindqvist <tlindqvist@northfieldmutual.com>",
             hop=("smtp-out-3.icims.com", "63.150.54.203", "n2WqA7cLv8Ex"))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 6 SmartRecruiters, Madrid (es)
@reg(6, family="smartrecruiters", lang="es", interview=True, kind="scheduled",
     start="2026-02-25T15:00:00Z", end="2026-02-25T15:45:00Z",
     contact="lucia.ferrer@almendramovil.es", company="Almendra M\u00f3vil",
     local="Wed 2026-02-25 16:00", local_end="2026-02-25 16:45", zone="Europe/Madrid",
     note="SmartRecruiters confirmation in Spanish: mi\u00e9rcoles 25 de febrero, 16:00-16:45 hora peninsular (CET) = 15:00-15:45Z (also written as 10:00-10:45 EST Toronto). Duraci\u00f3n 45 minutos. Sender no-reply; contact = recruiter address in the body.")
def _m06() -> bytes:
    body = t("""
        Hola Kwame:

        ¡Gracias por tu interés en Almendra Móvil! Te confirmamos la entrevista técnica
        para la posición de Desarrollador/a Mobile Senior (Flutter).

        Fecha: miércoles, 25 de febrero de 2026
        Hora: 16:00 – 16:45 (hora peninsular española, CET)
        Para ti en Toronto: 10:00 – 10:45 (EST)
        Duración: 45 minutos
        Lugar: Google Meet – https://meet.google.com/alm-veqc-rty

        Te entrevistarán:
        · Lucía Ferrer, Talent Acquisition
        · Iñaki Berasategui, Tech Lead Mobile

        Hablaremos de tu experiencia con Flutter y de cómo organizarías la capa de
        sincronización de una app de pedidos. No hace falta preparar nada más.

        Si necesitas cambiar la fecha, escribe a Lucía (lucia.ferrer@almendramovil.es)
        con al menos 24 horas de antelación.

        Un saludo,
        Equipo de Talento de Almendra Móvil
        Calle de Alcalá 120, Madrid

        Este mensaje se ha enviado a través de SmartRecruiters.
        """)
    hs = hdr(addr("Almendra Móvil", "noreply@smartrecruiters.com"),
             "Confirmación de entrevista: Desarrollador/a Mobile Senior (Flutter)",
             "2026-02-19 12:30:18", "Europe/Madrid",
             "<em.8d21f0c4-9a7e-4e3b-b1c2-55aa01f3c7de@smartrecruiters.com>",
             hop=("mail-out-12.smartrecruiters.com", "185.41.28.112", "h5TyB0uQm3Jw"))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 7 Workable, Nairobi
@reg(7, family="workable", lang="en", interview=True, kind="scheduled",
     start="2026-06-11T13:00:00Z", end="2026-06-11T13:30:00Z",
     contact="wanjiru.kamau@mvuahealth.co.ke", company="Mvua Health",
     local="Thu 2026-06-11 16:00", local_end="2026-06-11 16:30", zone="Africa/Nairobi",
     note="Workable confirmation from a Nairobi company (Kenyan English): Thursday 11th June, 4:00-4:30 PM EAT (UTC+3) = 13:00-13:30Z, also written as 9:00 AM Toronto. Reply-To is a Workable relay (not a human mailbox) -> contact = the hiring manager's address in the body.")
def _m07() -> bytes:
    body = t("""
        Dear Kwame,

        Thank you for picking a slot. This is to confirm your interview with Mvua
        Health for the Senior Mobile Engineer (Android) role.

        Date: Thursday, 11th June 2026
        Time: 4:00 PM - 4:30 PM East Africa Time (9:00 AM - 9:30 AM in Toronto)
        Duration: 30 minutes
        Platform: Google Meet - https://meet.google.com/mvu-kzhp-rta
        Interviewer: Wanjiru Kamau, Head of Engineering

        Kindly ensure you are in a quiet place with a stable connection. We will
        discuss your work on low-bandwidth apps and how you would approach our
        community health worker app, which runs mostly offline in the field.

        Should you need to reach Wanjiru before the interview, her email is
        wanjiru.kamau@mvuahealth.co.ke.

        Warm regards,
        Mvua Health Hiring Team
        Westlands, Nairobi

        Powered by Workable
        """)
    page = "<div style=\"font-family:Helvetica,Arial,sans-serif\">" + body.replace("\n", "<br>\n") + "</div>\n"
    hs = hdr("Mvua Health <noreply@candidates.workablemail.com>",
             "Interview confirmed - Senior Mobile Engineer (Android), Mvua Health",
             "2026-06-08 10:14:51", "Africa/Nairobi",
             "<6a1f2c3e.7b8d.4e11.9f20.b1c2d3e4f5a6@workablemail.com>",
             reply_to="Mvua Health <mvua-health+c7k29q4x@candidates.workablemail.com>",
             hop=("mail-160-12.workablemail.com", "198.2.160.12", "f8ZnC1oPr6Dk"))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 8 Teamtailor, Berlin (de)
@reg(8, family="teamtailor", lang="de", interview=True, kind="scheduled",
     start="2026-03-30T15:00:00Z", end="2026-03-30T16:00:00Z",
     contact="jana.krueger@kiezkompass.de", company="Kiezkompass",
     local="Mon 2026-03-30 17:00", local_end="2026-03-30 18:00", zone="Europe/Berlin",
     days=(("Sun", "2026-03-29"), ("Mon", "2026-03-30")),
     note="Teamtailor confirmation (de) sent Wed 25 Mar in CET for Mon 30 Mar 17:00-18:00 MESZ, the day after the EU change: 15:00-16:00Z (written as 11:00-12:00 Toronto). interview.ics in Europe/Berlin agrees. Reply-To is a Teamtailor relay -> contact = the human ICS ORGANIZER.")
def _m08() -> bytes:
    body = t("""
        Hallo Kwame,

        schön, dass es geklappt hat! Hiermit bestätigen wir dein Interview für die
        Stelle „Senior Mobile Developer (iOS/Android)“.

        Wann: Montag, 30. März 2026, 17:00–18:00 Uhr (Berliner Zeit, MESZ)
        Für dich in Toronto: 11:00–12:00 Uhr
        Wo: Google Meet – https://meet.google.com/kzk-pwfo-dne
        Mit: Jana Krüger (Talent) und Mehmet Aydın (CTO)

        Kleiner Hinweis: Bei uns wird am Sonntag, 29. März, auf Sommerzeit umgestellt.
        Die Uhrzeiten oben gelten schon nach der Umstellung.

        Die Kalendereinladung hängt an dieser Mail (interview.ics).

        Bis bald
        Jana

        Kiezkompass GmbH · Oranienstraße 185 · 10999 Berlin
        Diese Nachricht wurde über Teamtailor verschickt.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//DE
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-4471928@teamtailor.com
        DTSTAMP:20260325T102000Z
        DTSTART;TZID=Europe/Berlin:20260330T170000
        DTEND;TZID=Europe/Berlin:20260330T180000
        SUMMARY:Interview Kiezkompass – Kwame Mensah (Senior Mobile Developer)
        LOCATION:https://meet.google.com/kzk-pwfo-dne
        ORGANIZER;CN=Jana Krüger:mailto:jana.krueger@kiezkompass.de
        ATTENDEE;CN=Kwame Mensah;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:kwame.mensah@example.org
        ATTENDEE;CN=Mehmet Aydın;PARTSTAT=ACCEPTED:mailto:mehmet.aydin@kiezkompass.de
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Kiezkompass <no-reply@teamtailor-mail.com>",
             "Bestätigung: Dein Interview bei Kiezkompass am 30. März",
             "2026-03-25 11:20:33", "Europe/Berlin",
             "<tt.0c9e71d2.20260325102033@teamtailor-mail.com>",
             reply_to="Kiezkompass <reply+3f9c1e7a0b@kiezkompass.teamtailor-mail.com>",
             hop=("m42-88.mailgun.teamtailor-mail.com", "159.135.42.88", "r4DxK9hWs2Gn"))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 9 Recruitee cancellation (nl)
@reg(9, family="recruitee", lang="nl", interview=True, kind="cancelled",
     start="2026-05-13T13:30:00Z", end=None,
     contact="sanne.devries@dijkstroom.nl", company="Dijkstroom",
     local="Wed 2026-05-13 15:30", zone="Europe/Amsterdam",
     days=(("Wed", "2026-05-13"),),
     note="Recruitee mail in Dutch cancelling the interview of woensdag 13 mei 15:30 Nederlandse tijd (CEST) = 13:30Z, vacancy put on hold; no new time, no ICS, no length stated. Sender is a Recruitee mailbox; contact = the recruiter's address in the body.")
def _m09() -> bytes:
    body = t("""
        Hoi Kwame,

        Vervelend nieuws: we moeten je gesprek van woensdag 13 mei om 15:30
        (Nederlandse tijd) helaas annuleren. Vrijdag hebben we besloten de vacature
        voor Mobile Developer voorlopig on hold te zetten, omdat de roadmap voor de
        tweede helft van het jaar opnieuw wordt bekeken.

        Dat ligt dus echt niet aan jou, we vonden je profiel erg sterk. Gaat de
        vacature weer open, dan neem ik als eerste contact met je op. Heb je in de
        tussentijd vragen, mail me dan gerust op sanne.devries@dijkstroom.nl.

        Sorry voor het ongemak, en nogmaals dank voor je tijd.

        Hartelijke groet,

        Sanne de Vries
        Recruiter | Dijkstroom
        Catharijnesingel 58, 3511 GC Utrecht

        Verzonden via Recruitee
        """)
    hs = hdr("Sanne de Vries | Dijkstroom <dijkstroom@mail.recruitee.com>",
             "Je gesprek op woensdag 13 mei gaat helaas niet door",
             "2026-05-11 09:40:12", "Europe/Amsterdam",
             "<20260511074012.1.7d3a0f2b19c4e8a1@mail.recruitee.com>",
             hop=("o3.mail.recruitee.com", "167.89.101.3", "m1VsJ6eYt0Qb"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 10 Calendly, Vancouver founder
@reg(10, family="calendly", lang="en", interview=True, kind="scheduled",
     start="2026-05-20T14:00:00Z", end="2026-05-20T14:30:00Z",
     contact="owen@tidepoolrobotics.ca", company="Tidepool Robotics",
     local="Wed 2026-05-20 10:00", local_end="2026-05-20 10:30", zone="America/Toronto",
     note="Calendly invitee confirmation of a booked 30-minute intro call for the Mobile Lead role with the co-founder/CTO: 10:00am-10:30am Eastern (EDT) Wed 20 May = 14:00-14:30Z (7am for the host in Vancouver). Contact = host's Reply-To; the company is named in the event description.")
def _m10() -> bytes:
    body = t("""
        Hi Kwame Mensah,

        Your event is confirmed.

        Event Type:
        Mobile Lead - intro call

        With:
        Owen Tsang

        Event Date/Time:
        10:00am - 10:30am (Eastern Time - US & Canada) on Wednesday, May 20, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/tdp-xkwa-zlm

        Description:
        Thanks for applying to Tidepool Robotics! This is a 30-minute first
        conversation with Owen (co-founder & CTO) about the Mobile Lead role. We're
        in Vancouver, so this one is at 7am for Owen - coffee will be involved.

        Questions:
        Anything you'd like us to know beforehand?
        I've shipped two React Native apps at Ossington Digital; keen to hear how
        operators use your fleet app in the field.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b3e2f10-8a7c-4d1e-b0a9-d2c4e6f8a013
        Reschedule: https://calendly.com/reschedulings/5b3e2f10-8a7c-4d1e-b0a9-d2c4e6f8a013

        Powered by Calendly.com
        """)
    hs = hdr("Calendly <notifications@calendly.com>",
             "Confirmed: Mobile Lead - intro call with Owen Tsang on Wednesday, May 20, 2026",
             "2026-05-18 12:03:44", "America/Toronto",
             "<0100018f8c2d7e61-b3e1a0c4-3f7d-4b2a-9e1c-7a5d2f0e8b64-000000@email.amazonses.com>",
             reply_to="Owen Tsang <owen@tidepoolrobotics.ca>",
             hop=("a8-31.smtp-out.amazonses.com", "54.240.8.31", "k6HbN3rWd9Fm"))
    return message(hs, text(body, cte="7bit"))


# --------------------------------------------------------------------------- 11 Microsoft Bookings, Vancouver
@reg(11, family="ms_bookings", lang="en", interview=True, kind="scheduled",
     start="2026-06-17T17:00:00Z", end="2026-06-17T17:45:00Z",
     contact=None, company="Cedarline Credit Union",
     local="Wed 2026-06-17 10:00", local_end="2026-06-17 10:45", zone="America/Vancouver",
     note="Microsoft Bookings confirmation: Wed 17 Jun 10:00 AM labelled '(UTC-08:00) Pacific Time (US & Canada)', the standard-offset display name; in June that is PDT (UTC-7), so 17:00Z, 45 minutes -> 17:45Z. ICS with TZID Pacific Standard Time agrees. Sender and ORGANIZER are the Bookings mailbox; the staff member is named without an address -> contact null.")
def _m11() -> bytes:
    body = t("""
        Cedarline Credit Union

        Hi Kwame Mensah,

        Your booking is confirmed.

        Mobile Developer - Technical Interview
        Wednesday, June 17, 2026
        10:00 AM (UTC-08:00) Pacific Time (US & Canada)
        45 minutes

        Staff: Harjit Sandhu

        Join your appointment
        Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2VkYXJsaW5l

        Add to calendar

        Change booking | Cancel booking

        Please join a few minutes early and have your portfolio ready to share.

        This email was sent from an unmonitored mailbox.
        Cedarline Credit Union, 1055 West Georgia Street, Vancouver, BC
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif">
        <div style="font-size:20px;font-weight:600">Cedarline Credit Union</div>
        <p>Hi Kwame Mensah,</p><p>Your booking is confirmed.</p>
        <div style="border-left:4px solid #0b6a5a;padding-left:12px">
        <div style="font-weight:600">Mobile Developer - Technical Interview</div>
        <div>Wednesday, June 17, 2026</div>
        <div>10:00 AM (UTC-08:00) Pacific Time (US &amp; Canada)</div>
        <div>45 minutes</div>
        <div>Staff: Harjit Sandhu</div>
        </div>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2VkYXJsaW5l">Join your appointment</a></p>
        <p><a href="https://outlook.office.com/bookwithme/">Change booking</a> | <a href="https://outlook.office.com/bookwithme/">Cancel booking</a></p>
        <p>Please join a few minutes early and have your portfolio ready to share.</p>
        <p style="color:#666;font-size:12px">This email was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + TZ_PACIFIC_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Cedarline Tech Hiring:mailto:TechHiring@cedarline.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kwame Mensah:mailto:kwame.mensah@example.org
        DESCRIPTION;LANGUAGE=en-US:Mobile Developer - Technical Interview with Harjit Sandhu
        UID:040000008200E00074C5B7101A82E00800000000F0A1C39D2DF9DC01000000000000000010000000
        SUMMARY;LANGUAGE=en-US:Mobile Developer - Technical Interview
        DTSTART;TZID=Pacific Standard Time:20260617T100000
        DTEND;TZID=Pacific Standard Time:20260617T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260611T212200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Cedarline Tech Hiring <TechHiring@cedarline.ca>",
             "Booking confirmed: Mobile Developer - Technical Interview with Cedarline Credit Union",
             "2026-06-11 14:22:10", "America/Vancouver",
             "<YT3PR01MB6128D4E2A1B09F7C3E5AD8C1E19A2@YT3PR01MB6128.CANPRD01.PROD.OUTLOOK.COM>",
             hop=("CAN01-YT3-obe.outbound.protection.outlook.com", "40.107.193.52", "b9QeT4uLz7Ca"),
             extra=(("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 12 Indian agency, client mail attached
@reg(12, family="agency_recruiter", lang="en", interview=True, kind="scheduled",
     start="2026-07-07T14:00:00Z", end="2026-07-07T15:00:00Z",
     contact="sneha.kulkarni@vistaratalent.in", company="Orbitra Software",
     local="Tue 2026-07-07 19:30", local_end="2026-07-07 20:30", zone="Asia/Kolkata",
     note="Pune agency recruiter (Indian English) confirms the client's first technical round and attaches the client's own mail as message/rfc822: Tuesday 7th July, 7:30-8:30 PM IST = 14:00-15:00Z (written as 10:00-11:00 AM EDT). Contact = the agency recruiter (human sender); company = the client, Orbitra Software.")
def _m12() -> bytes:
    inner_body = t("""
        Hi Sneha,

        Confirming Kwame for Tuesday 7 July, 7:30-8:30 pm IST. Deepa and I will take
        the round - mostly Kotlin/Swift fundamentals and a discussion on offline sync.

        Meet link: https://meet.google.com/orb-tfhk-wpd

        Please share the link with him and request him to keep his camera on.

        Regards,
        Rahul Menon
        Engineering Manager, Orbitra Software
        Koramangala, Bengaluru
        """)
    inner = message([
        ("From", "Rahul Menon <rahul.menon@orbitrasoftware.com>"),
        ("To", "Sneha Kulkarni <sneha.kulkarni@vistaratalent.in>"),
        ("Subject", "RE: Kwame Mensah - Senior Mobile Engineer - interview slot"),
        ("Date", date("2026-07-02 16:02:55", "Asia/Kolkata")),
        ("Message-ID", "<PN3PR01MB8842A1C0E7F2D4B9@PN3PR01MB8842.INDPRD01.PROD.OUTLOOK.COM>"),
    ], text(inner_body, cte="7bit"))
    body = t("""
        Dear Kwame,

        Greetings from Vistara Talent Solutions!

        As discussed over call, I am happy to inform you that your profile has been
        shortlisted by our client Orbitra Software and the first technical round is
        confirmed. PFA the confirmation mail received from the client side for your
        reference.

        Please find the details below:

        Date  : Tuesday, 7th July 2026
        Time  : 7:30 PM - 8:30 PM IST (i.e. 10:00 AM - 11:00 AM EDT, Toronto)
        Mode  : Google Meet (link in the attached mail)
        Panel : Rahul Menon (Engineering Manager) and Deepa Iyer (Principal
                Engineer, Mobile)

        Kindly join 5 minutes before time and keep your headphones ready. Request you
        to please acknowledge this mail at the earliest.

        Do let me know in case of any queries.

        Thanks & Regards,
        Sneha Kulkarni
        Senior Talent Acquisition Consultant
        Vistara Talent Solutions Pvt. Ltd. | Baner, Pune 411045
        M: +91 90000 41527 | www.vistaratalent.in
        """)
    hs = hdr("Sneha Kulkarni <sneha.kulkarni@vistaratalent.in>",
             "Interview Confirmation | Orbitra Software | Senior Mobile Engineer (Remote) | 7th July",
             "2026-07-02 18:45:30", "Asia/Kolkata",
             "<PN2PR01MB6107C3D5A8E14F20@PN2PR01MB6107.INDPRD01.PROD.OUTLOOK.COM>",
             hop=("IND01-MA1-obe.outbound.protection.outlook.com", "40.107.138.61", "p3FsY8aMk1Rv"),
             extra=(("Importance", "high"),))
    return message(hs, mixed(text(body),
                             attached_message(inner, "RE Kwame Mensah - Senior Mobile Engineer - interview slot.eml")))


# --------------------------------------------------------------------------- 13 Google Calendar, Lagos
@reg(13, family="google_calendar", lang="en", interview=True, kind="scheduled",
     start="2026-07-16T14:00:00Z", end="2026-07-16T15:00:00Z",
     contact="tolulope.adebayo@kestrelpay.ng", company="Kestrel Pay",
     local="Thu 2026-07-16 15:00", local_end="2026-07-16 16:00", zone="Africa/Lagos",
     note="Google Calendar invitation from a Lagos recruiter: Thu Jul 16 3pm-4pm West Africa Standard Time (UTC+1, no DST) = 14:00-15:00Z; the description also says 10am Toronto. ICS in Africa/Lagos agrees. Contact = the organizer (From / ORGANIZER).")
def _m13() -> bytes:
    body = t("""
        You have been invited to the following event.

        Kestrel Pay - Senior Android Engineer: Technical Interview (Kwame Mensah)
        When
        Thursday Jul 16, 2026 ⋅ 3pm – 4pm (West Africa Standard Time - Lagos)

        Joining info
        Join with Google Meet
        meet.google.com/kpy-hsnd-tox

        Join by phone
        (NG) +234 1 000 5521 PIN: 448 219 337#

        Calendar
        kwame.mensah@example.org

        Who
        • Tolulope Adebayo - organizer
        • Emeka Nwosu
        • kwame.mensah@example.org

        Hi Kwame, as discussed on the phone, this is the technical round with Emeka
        (our Android lead) and myself. We will go through a small Kotlin exercise
        together, so nothing to prepare. It is 10am your time in Toronto.

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=a3B5aW50ZXJ2aWV3MTYwNw

        Reply for kwame.mensah@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To
        stop receiving future updates for this event, decline this event.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Arial,sans-serif">
        <h2 style="font-weight:400">Kestrel Pay - Senior Android Engineer: Technical Interview (Kwame Mensah)</h2>
        <table><tr><td style="color:#70757a">When</td><td>Thursday Jul 16, 2026 &#8901; 3pm &ndash; 4pm (West Africa Standard Time - Lagos)</td></tr>
        <tr><td style="color:#70757a">Joining info</td><td><a href="https://meet.google.com/kpy-hsnd-tox">meet.google.com/kpy-hsnd-tox</a></td></tr>
        <tr><td style="color:#70757a">Who</td><td>Tolulope Adebayo - organizer<br>Emeka Nwosu<br>kwame.mensah@example.org</td></tr></table>
        <p>Hi Kwame, as discussed on the phone, this is the technical round with Emeka (our Android lead) and
        myself. We will go through a small Kotlin exercise together, so nothing to prepare. It is 10am your time in Toronto.</p>
        <p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_LAGOS + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=Africa/Lagos:20260716T150000
        DTEND;TZID=Africa/Lagos:20260716T160000
        DTSTAMP:20260710T093004Z
        ORGANIZER;CN=Tolulope Adebayo:mailto:tolulope.adebayo@kestrelpay.ng
        UID:4k7q2ns1v0e9bdl3c8m5rj6a1t@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tolulope Adebayo;X-NUM-GUESTS=0:mailto:tolulope.adebayo@kestrelpay.ng
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emeka Nwosu;X-NUM-GUESTS=0:mailto:emeka.nwosu@kestrelpay.ng
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kwame.mensah@example.org;X-NUM-GUESTS=0:mailto:kwame.mensah@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/kpy-hsnd-tox
        CREATED:20260710T092951Z
        DESCRIPTION:Hi Kwame\, as discussed on the phone\, this is the technical round with Emeka (our Android lead) and myself. We will go through a small Kotlin exercise together\, so nothing to prepare. It is 10am your time in Toronto.
        LAST-MODIFIED:20260710T093004Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Kestrel Pay - Senior Android Engineer: Technical Interview (Kwame Mensah)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Tolulope Adebayo <tolulope.adebayo@kestrelpay.ng>",
             "Invitation: Kestrel Pay - Senior Android Engineer: Technical Interview (Kwame Mensah) @ Thu Jul 16, 2026 3pm - 4pm (WAT) (kwame.mensah@example.org)",
             "2026-07-10 10:30:04", "Africa/Lagos",
             "<calendar-2b91c7e4-58f0-4d3a-9e6b-1f0a7c3d5e82@google.com>",
             sender="Google Calendar <calendar-notification@google.com>",
             reply_to="tolulope.adebayo@kestrelpay.ng",
             hop=("mail-sor-f73.google.com", "209.85.220.73", "y2MhG5vXc8Nt"))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 14 Accra founder, "tomorrow", Apple ICS
@reg(14, family="human_prose", lang="en", interview=True, kind="scheduled",
     start="2026-08-19T14:00:00Z", end="2026-08-19T15:00:00Z",
     contact="efua@nkwalogistics.com.gh", company="Nkwa Logistics",
     local="Wed 2026-08-19 14:00", local_end="2026-08-19 15:00", zone="Africa/Accra",
     note="Accra founder (Ghanaian English), Subject 'Chat tomorrow', Date Tue 18 Aug 09:12 GMT: 'tomorrow at 2pm Accra time' = Wed 19 Aug 14:00 GMT = 14:00Z (she adds 10am Toronto); 'we've blocked an hour' and the attached Apple Calendar ICS (Africa/Accra, 14:00-15:00) give the end. Contact = sender.")
def _m14() -> bytes:
    body = t("""
        Hi Kwame,

        Thanks for getting back to me so quickly yesterday. Let's do tomorrow at 2pm
        Accra time - that should be 10am for you in Toronto if I've done my sums
        right. It will be me and Kojo, our lead dev, and we've blocked an hour.

        We'll mostly talk about the rider app (Flutter, lots of patchy-network
        wahala on the Tema-Accra corridor) and what you would do in your first 90
        days. No whiteboard stuff, I promise.

        I've sent a calendar invite as well, please just use the Meet link in there.

        Speak tomorrow,
        Efua

        --
        Efua Asante
        Co-founder & CEO, Nkwa Logistics
        East Legon, Accra
        +233 20 000 4417
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.6//EN
        CALSCALE:GREGORIAN
        """) + TZ_ACCRA + "\n" + t("""
        BEGIN:VEVENT
        CREATED:20260818T090844Z
        UID:6C1E8F2A-93B4-4D7E-A0C5-2B9F71D3E4A8
        DTEND;TZID=Africa/Accra:20260819T150000
        TRANSP:OPAQUE
        X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
        SUMMARY:Kwame / Nkwa Logistics - chat
        LAST-MODIFIED:20260818T091102Z
        DTSTAMP:20260818T091102Z
        DTSTART;TZID=Africa/Accra:20260819T140000
        LOCATION:https://meet.google.com/nkw-rxtb-ghq
        SEQUENCE:0
        ORGANIZER;CN="Efua Asante":mailto:efua@nkwalogistics.com.gh
        ATTENDEE;CN="Efua Asante";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:efua@nkwalogistics.com.gh
        ATTENDEE;CN="Kojo Amponsah";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kojo@nkwalogistics.com.gh
        ATTENDEE;CN="Kwame Mensah";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kwame.mensah@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Efua Asante <efua@nkwalogistics.com.gh>", "Chat tomorrow",
             "2026-08-18 09:12:27", "Africa/Accra",
             "<A3F19C6E-7D24-4B8A-9E51-0C2D8F4B6A17@nkwalogistics.com.gh>",
             hop=("mail.nkwalogistics.com.gh", "196.49.7.38", "s6PbW1eXf4Jh"),
             extra=(("X-Mailer", "Apple Mail (2.3826.500.181)"),))
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(ics, filename="iCal-20260818-091102.ics", disposition="attachment",
                                      name_param=True)))


# --------------------------------------------------------------------------- 15 GoodTime, Vancouver virtual onsite
@reg(15, family="goodtime", lang="en", interview=True, kind="scheduled",
     start="2026-09-15T17:00:00Z", end="2026-09-15T20:30:00Z",
     contact="gurpreet.dhillon@borealishealth.ca", company="Borealis Health",
     local="Tue 2026-09-15 13:00", local_end="2026-09-15 16:30", zone="America/Toronto",
     note="GoodTime virtual-onsite itinerary, times shown in the candidate's zone (EDT): three sessions Tue 15 Sep 1:00 PM to 4:30 PM EDT -> start first session 17:00Z, end last session 20:30Z (interviewers in Vancouver, 10:00-13:30 PDT). Follows the availability request of 2 Sep. Contact = human Reply-To coordinator.")
def _m15() -> bytes:
    body = t("""
        Hi Kwame,

        Great news - your virtual onsite for Senior Mobile Engineer is confirmed!
        All times below are in your time zone (Eastern Time - Toronto). Your
        interviewers are in Vancouver, three hours behind you.

        Tuesday, September 15, 2026

          1:00 PM - 1:45 PM EDT   Mobile architecture deep dive
                                  Lina Haddad, Staff Engineer
          2:00 PM - 2:45 PM EDT   Pair programming (Kotlin)
                                  Marco Bianchi, Senior Android Engineer
          3:30 PM - 4:30 PM EDT   Conversation with the hiring manager
                                  Ayesha Qureshi, Engineering Manager

        Each session has its own Zoom link; you'll find them in the calendar
        invitations we've sent separately. There's a 45-minute break before the
        last conversation - grab something to eat.

        If you need to reschedule or have any questions, just reply to this email
        and Gurpreet will help.

        See you soon,
        Borealis Health Talent Team

        Sent with GoodTime
        """)
    hs = hdr("Borealis Health Talent <no-reply@goodtime.io>",
             "Your virtual onsite with Borealis Health is confirmed - Tue, Sep 15",
             "2026-09-09 13:05:48", "America/Vancouver",
             "<01010192a3e4c5f6-7a8b9c0d-1e2f-4a3b-8c9d-0e1f2a3b4c5d-000000@us-west-2.amazonses.com>",
             reply_to="Gurpreet Dhillon <gurpreet.dhillon@borealishealth.ca>",
             hop=("a27-14.smtp-out.us-west-2.amazonses.com", "54.240.27.14", "g0LrD3nQj7Tw"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 16 Zoho Recruit, Lagos reschedule (HTML only)
@reg(16, family="zoho_recruit", lang="en", interview=True, kind="rescheduled",
     start="2026-09-23T13:00:00Z", end="2026-09-23T14:00:00Z",
     contact="chiamaka.obi@danforides.com", company="Danfo Rides",
     local="Wed 2026-09-23 14:00", local_end="2026-09-23 15:00", zone="Africa/Lagos",
     days=(("Mon", "2026-09-21"), ("Wed", "2026-09-23")),
     note="Zoho Recruit HTML-only mail from a Lagos company (Nigerian English): interview 'earlier scheduled for Monday, 21st September by 11:00am' moved to 'Wednesday, 23rd September 2026 by 2:00pm (WAT)', 2:00-3:00pm = 13:00-14:00Z (9-10am Toronto). Sender is the shared recruitment mailbox; contact = HR officer's address in the signature.")
def _m16() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
        <p><img src="https://recruit.zoho.com/recruit/viewCareerImage.do?digest=danfo-logo" alt="Danfo Rides" width="120"></p>
        <p>Dear Kwame Mensah,</p>
        <p>Trust this mail finds you well.</p>
        <p>Kindly note that your interview earlier scheduled for <b>Monday, 21st September 2026 by 11:00am</b>
        has been rescheduled to <b>Wednesday, 23rd September 2026 by 2:00pm (WAT)</b> due to a clash with our
        board meeting. We sincerely apologise for any inconvenience this may cause.</p>
        <p>Please find the updated details below:</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
        <tr><td>Position</td><td>Mobile Engineer (Flutter)</td></tr>
        <tr><td>New date</td><td>Wednesday, 23rd September 2026</td></tr>
        <tr><td>Time</td><td>2:00pm &ndash; 3:00pm WAT (9:00am &ndash; 10:00am Toronto)</td></tr>
        <tr><td>Duration</td><td>1 hour</td></tr>
        <tr><td>Venue</td><td>Zoom &ndash; Meeting ID 841 2290 6617, Passcode: danfo23</td></tr>
        <tr><td>Panel</td><td>Engr. Babatunde Ogunleye (CTO), Chiamaka Obi (HR)</td></tr>
        </table>
        <p>Kindly confirm your availability by replying to this mail.</p>
        <p>Best regards,<br><b>Chiamaka Obi</b><br>HR Officer, Danfo Rides Ltd<br>
        <a href="mailto:chiamaka.obi@danforides.com">chiamaka.obi@danforides.com</a> | +234 803 000 1188<br>
        12 Admiralty Way, Lekki Phase 1, Lagos</p>
        <p style="font-size:10px;color:#888">This email was sent using Zoho Recruit.</p>
        </div></body></html>
        """)
    hs = hdr("Danfo Rides Recruitment <recruitment@danforides.com>",
             "Re-scheduled: Interview for Mobile Engineer (Flutter) - Danfo Rides Ltd",
             "2026-09-17 16:10:02", "Africa/Lagos",
             "<1789657802155.4406221.recruit.1735582000000412@zohorecruit.com>",
             hop=("sender4-op-o12.zoho.com", "136.143.188.12", "u5NkS2cVb6Pe"),
             extra=(("X-Mailer", "Zoho Recruit"),))
    return message(hs, html(page))


# --------------------------------------------------------------------------- 17 Québec recruiter, reply on quoted thread (windows-1252)
@reg(17, family="human_prose", lang="fr", interview=True, kind="scheduled",
     start="2026-10-08T17:30:00Z", end=None,
     contact="genevieve.tremblay@studiobouleau.ca", company="Studio Bouleau",
     local="Thu 2026-10-08 13:30", zone="America/Toronto",
     days=(("Fri", "2026-10-02"), ("Tue", "2026-10-06"), ("Thu", "2026-10-08")),
     note="Montr\u00e9al recruiter (Qu\u00e9bec French, Outlook, windows-1252 QP) replies on top of the quoted thread: 'c'est confirm\u00e9 pour jeudi, le 8 octobre \u00e0 13 h 30' in the Mile-End office; Montr\u00e9al time = America/Toronto, EDT -> 17:30Z. 'Pr\u00e9vois environ une heure' is approximate -> end null. The quoted proposal also has mardi 6 octobre 10 h (not chosen). Contact = sender.")
def _m17() -> bytes:
    body = t("""
        Bonjour Kwame,

        Parfait, c’est confirmé pour jeudi, le 8 octobre à 13 h 30 à nos bureaux du
        Mile-End (5445, avenue de Gaspé, bureau 610). Tu vas rencontrer Mathieu,
        notre directeur technique, et Anne-Sophie de l’équipe produit. Prévois
        environ une heure.

        Présente-toi à la réception du 6e étage; s’il y a quoi que ce soit le jour
        même, mon cell est le 514 555-0187.

        Au plaisir de te rencontrer en personne!

        Geneviève

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Studio Bouleau | studiobouleau.ca

        De : Kwame Mensah <kwame.mensah@example.org>
        Envoyé : 2 octobre 2026 17:12
        À : Geneviève Tremblay <genevieve.tremblay@studiobouleau.ca>
        Objet : Re: Entrevue – Développeur mobile principal

        Bonjour Geneviève,

        Merci beaucoup! Le jeudi à 13 h 30 me convient parfaitement. Je prendrai le
        train de Toronto la veille.

        Au plaisir,
        Kwame

        De : Geneviève Tremblay <genevieve.tremblay@studiobouleau.ca>
        Envoyé : 2 octobre 2026 10:05
        À : Kwame Mensah <kwame.mensah@example.org>
        Objet : Entrevue – Développeur mobile principal

        Bonjour Kwame,

        Merci pour ton appel de la semaine dernière! L’équipe aimerait te rencontrer
        en personne à Montréal. Est-ce qu’une de ces plages te conviendrait?

          - mardi 6 octobre à 10 h
          - jeudi 8 octobre à 13 h 30

        On rembourse le train (VIA Rail) et une nuit d’hôtel si tu en as besoin.

        Geneviève
        """)
    hs = hdr(addr("Geneviève Tremblay", "genevieve.tremblay@studiobouleau.ca", "windows-1252"),
             "RE: Entrevue – Développeur mobile principal",
             "2026-10-05 09:48:16", "America/Toronto",
             "<YQXPR01MB57310F2E9A8C4D1B@YQXPR01MB5731.CANPRD01.PROD.OUTLOOK.COM>",
             hop=("CAN01-YQX-obe.outbound.protection.outlook.com", "40.107.192.95", "a7JcX0tMh5Wu"),
             charset="windows-1252",
             extra=(("In-Reply-To", "<CAK3m7Ld0Pq9Hv2x=Rm5TbW8nEe4yFj1Qa6uZo3sGi7Hk@mail.gmail.com>"),
                    ("References", "<YQXPR01MB5731A9D4C2E8B71F@YQXPR01MB5731.CANPRD01.PROD.OUTLOOK.COM> <CAK3m7Ld0Pq9Hv2x=Rm5TbW8nEe4yFj1Qa6uZo3sGi7Hk@mail.gmail.com>"),
                    ("Thread-Topic", "Entrevue - Developpeur mobile principal"),
                    ("Content-Language", "fr-CA")))
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 18 HubSpot Meetings, Paris (fr)
@reg(18, family="hubspot_meetings", lang="fr", interview=True, kind="scheduled",
     start="2026-03-24T15:00:00Z", end="2026-03-24T15:45:00Z",
     contact="claire.dubois@maisoncerise.fr", company="Maison Cerise",
     local="Tue 2026-03-24 16:00", local_end="2026-03-24 16:45", zone="Europe/Paris",
     days=(("Sun", "2026-03-29"),),
     note="HubSpot Meetings confirmation in French: mardi 24 mars 16:00-16:45 'heure normale d'Europe centrale' (Paris, still CET, UTC+1) = 15:00-15:45Z. Toronto is already on EDT since 8 March, so the host notes it is 11 h in Toronto. Sent via HubSpot from the host's own address -> contact = sender.")
def _m18() -> bytes:
    body = t("""
        Bonjour Kwame,

        Votre rendez-vous avec Claire Dubois est confirmé.

        Entretien visio – Développeur·se mobile senior
        mardi 24 mars 2026
        16:00 – 16:45 (heure normale d’Europe centrale – Paris)

        Lien de la visioconférence : https://meet.google.com/mcr-bdqe-xtz

        Message de Claire :
        « Au plaisir d’échanger avec vous ! Petite précision : chez nous le
        changement d’heure n’a lieu que le dimanche 29 mars, le créneau correspond
        donc bien à 11 h à Toronto. Nous parlerons de votre parcours et de notre app
        de retrait en boutique (Swift/SwiftUI). »

        Une invitation a été ajoutée à votre agenda.
        Besoin de changer quelque chose ? Reprogrammer : https://meetings.hubspot.com/claire-dubois/reschedule?token=7Qm2
        Annuler : https://meetings.hubspot.com/claire-dubois/cancel?token=7Qm2

        Maison Cerise · 48 rue de Turbigo · 75003 Paris
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.split("\n\n")) + "</body></html>\n"
    hs = hdr("Claire Dubois <claire.dubois@maisoncerise.fr>",
             "Confirmé : Entretien visio – Développeur·se mobile senior (Maison Cerise)",
             "2026-03-19 17:40:26", "Europe/Paris",
             "<1773938426117.f3a1c0d2-6b7e-4a59-8c31-0d9e2f4a7b65@bf05x.hubspotemail.net>",
             sender="claire.dubois=maisoncerise.fr@bf05x.hubspotemail.net",
             hop=("bf05x.hubspotemail.net", "158.247.16.5", "e9MwR4pHs2Ly"),
             extra=(("X-HubSpot-Meetings", "confirmation"),))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 19 Exchange request, Dublin
@reg(19, family="exchange", lang="en", interview=True, kind="scheduled",
     start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
     contact="niamh.gallagher@tolkasystems.ie", company="Tolka Systems",
     local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone="Europe/Dublin",
     days=(("Mon", "2026-10-19"), ("Sun", "2026-10-25")),
     note="Outlook meeting request from a Dublin recruiter (Irish English), sent Wed 21 Oct in IST (UTC+1): Tue 27 Oct 14:00-15:00 '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', after Ireland's change on 25 Oct, so GMT = 14:00-15:00Z; Toronto still on EDT until 1 Nov, 10am (she says so). ICS TZID GMT Standard Time agrees. Contact = sender/ORGANIZER.")
def _m19() -> bytes:
    body = t("""
        When: Tuesday, 27 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Kwame,

        Great to chat on Monday. As promised, here's the invite for the second round
        with Declan (Head of Mobile) and Aoife from our platform team. It's an hour;
        Declan will want to go through the architecture of the banking app you
        mentioned, at whatever level of detail you're comfortable sharing.

        Just to flag: our clocks go back this Sunday but yours don't until the 1st,
        so 2pm here will be 10am for you. Shout if that's a problem.

        Cheers,
        Niamh

        Niamh Gallagher | Talent Acquisition Lead | Tolka Systems
        Grand Canal Quay, Dublin 2, D02 XY00 | +353 1 555 0139

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_dG9sa2Ez>
        Meeting ID: 318 552 901 774
        Passcode: Qf7sLw
        Download Teams | Join on the web
        Learn More | Meeting options
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-IE"><div class="WordSection1">
        <p class="MsoNormal">Hi Kwame,</p>
        <p class="MsoNormal">Great to chat on Monday. As promised, here's the invite for the second round with Declan
        (Head of Mobile) and Aoife from our platform team. It's an hour; Declan will want to go through the
        architecture of the banking app you mentioned, at whatever level of detail you're comfortable sharing.</p>
        <p class="MsoNormal">Just to flag: our clocks go back this Sunday but yours don't until the 1st, so 2pm here
        will be 10am for you. Shout if that's a problem.</p>
        <p class="MsoNormal">Cheers,<br>Niamh</p>
        <p class="MsoNormal">Niamh Gallagher | Talent Acquisition Lead | Tolka Systems</p>
        <div>________________________________________________________________________________</div>
        <div><b>Microsoft Teams meeting</b><br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_dG9sa2Ez">Click here to join the meeting</a><br>
        Meeting ID: 318 552 901 774<br>Passcode: Qf7sLw</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Niamh Gallagher:mailto:niamh.gallagher@tolkasystems.ie
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kwame Mensah:mailto:kwame.mensah@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Declan Byrne:mailto:declan.byrne@tolkasystems.ie
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Kinsella:mailto:aoife.kinsella@tolkasystems.ie
        DESCRIPTION;LANGUAGE=en-IE:Hi Kwame\,\n\nGreat to chat on Monday. As promised\, here's the invite for the second round with Declan (Head of Mobile) and Aoife.\n
        UID:040000008200E00074C5B7101A82E008000000004B7E93A1B25FDC01000000000000000010000000A4C1F3E7D92B5648B1E0C7A9F6D2E3B1
        SUMMARY;LANGUAGE=en-IE:Kwame Mensah - Senior Mobile Engineer - 2nd interview
        DTSTART;TZID=GMT Standard Time:20261027T140000
        DTEND;TZID=GMT Standard Time:20261027T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T140200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118430917
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Niamh Gallagher <niamh.gallagher@tolkasystems.ie>",
             "Kwame Mensah - Senior Mobile Engineer - 2nd interview",
             "2026-10-21 15:02:19", "Europe/Dublin",
             "<DB9PR02MB7314E1A6C0F84B2D9F37E5C2A18B4@DB9PR02MB7314.eurprd02.prod.outlook.com>",
             hop=("EUR02-DB5-obe.outbound.protection.outlook.com", "40.107.24.119", "l1CfH8wZk3Ux"),
             extra=(("Thread-Topic", "Kwame Mensah - Senior Mobile Engineer - 2nd interview"),
                    ("Thread-Index", "AdtjXkq3Yw1B2Vn8RCa0mZ9pLh4t6w=="),
                    ("Content-Language", "en-IE"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 20 Exchange cancellation, Hamburg (de)
@reg(20, family="exchange", lang="de", interview=True, kind="cancelled",
     start="2026-04-02T14:00:00Z", end="2026-04-02T15:00:00Z",
     contact="lars.petersen@hafenblick-logistik.de", company="Hafenblick Logistik",
     local="Thu 2026-04-02 16:00", local_end="2026-04-02 17:00", zone="Europe/Berlin",
     note="Outlook cancellation (de, 'Abgesagt:') with METHOD:CANCEL / STATUS:CANCELLED: Donnerstag 2. April 16:00-17:00 '(UTC+01:00) Amsterdam, Berlin, ...' (standard-offset display name; in April that is CEST, UTC+2) = 14:00-15:00Z. The position is filled internally, no new time. ICS TZID W. Europe Standard Time agrees. Contact = sender/ORGANIZER (hiring team lead).")
def _m20() -> bytes:
    body = t("""
        Wann: Donnerstag, 2. April 2026 16:00-17:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        Hallo Herr Mensah,

        leider muss ich unser Gespräch am Donnerstag absagen. Wir haben uns
        entschieden, die Position intern zu besetzen: Eine Kollegin aus unserem
        Android-Team wechselt zum 1. Mai ins iOS-Team. Das kam auch für uns sehr
        kurzfristig.

        Es tut mir leid, dass Sie sich den Termin schon freigehalten haben. Wenn Sie
        einverstanden sind, würden wir Ihre Unterlagen gern für künftige Stellen in
        unserem Talent-Pool behalten.

        Mit freundlichen Grüßen
        Lars Petersen
        Teamleiter Mobile Development
        Hafenblick Logistik GmbH | Am Sandtorkai 44 | 20457 Hamburg
        """)
    page = "<html><body lang=\"DE\"><div class=\"WordSection1\">" + "".join(
        f"<p class=\"MsoNormal\">{para.replace(chr(10), ' ')}</p>" for para in body.split("\n\n")) + "</div></body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lars Petersen:mailto:lars.petersen@hafenblick-logistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kwame Mensah:mailto:kwame.mensah@example.org
        DESCRIPTION;LANGUAGE=de-DE:Leider muss ich unser Gespräch am Donnerstag absagen.
        UID:040000008200E00074C5B7101A82E00800000000D1A6F0B384BCDC0100000000000000001000000033C8E0F1A2B4D6479E51C3A8F7B2D9E4
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Interview Kwame Mensah – Senior iOS Developer
        DTSTART;TZID=W. Europe Standard Time:20260402T160000
        DTEND;TZID=W. Europe Standard Time:20260402T170000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260330T065500Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Lars Petersen <lars.petersen@hafenblick-logistik.de>",
             "Abgesagt: Interview Kwame Mensah – Senior iOS Developer",
             "2026-03-30 08:55:40", "Europe/Berlin",
             "<AM9PR07MB7410B2C91E4F6A3D8C05E7F1B9A2@AM9PR07MB7410.eurprd07.prod.outlook.com>",
             hop=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.87", "v8GdM2kPq6Zr"),
             extra=(("Importance", "high"), ("X-Priority", "1"),
                    ("Thread-Topic", "Interview Kwame Mensah - Senior iOS Developer"),
                    ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# --------------------------------------------------------------------------- 21 Rotterdam hiring manager reschedule (nl, 8bit)
@reg(21, family="human_prose", lang="nl", interview=True, kind="rescheduled",
     start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
     contact="joris@polderbyte.nl", company="Polderbyte",
     local="Thu 2026-10-29 15:00", local_end="2026-10-29 16:00", zone="Europe/Amsterdam",
     days=(("Wed", "2026-10-28"), ("Thu", "2026-10-29")),
     note="Dutch hiring manager (8bit UTF-8) moves the second interview from woensdag 28 oktober 11:00 to donderdag 29 oktober 15:00-16:00 Nederlandse tijd. Sent Fri 23 Oct in CEST; the Netherlands are on CET from 25 Oct, so 14:00-15:00Z, while Toronto is still EDT (he writes 10:00 for Toronto). 'Laat je even weten of dat lukt?' asks for a nod, the move itself is done. Contact = sender.")
def _m21() -> bytes:
    body = t("""
        Hoi Kwame,

        Ik moet ons tweede gesprek van woensdag 28 oktober om 11:00 helaas
        verzetten: die ochtend zit ik onverwacht bij een klant in Eindhoven. En ik
        besefte pas later dat 11:00 bij ons voor jou 6 uur 's ochtends is, niet echt
        handig dus.

        Ik heb het daarom verplaatst naar donderdag 29 oktober, 15:00-16:00
        Nederlandse tijd. Let op: hier gaat de klok komend weekend een uur terug en
        bij jullie pas een week later, dus dat wordt 10:00 bij jou in Toronto. Floor,
        onze lead designer, schuift ook aan. De Teams-link blijft hetzelfde.

        Laat je even weten of dat lukt?

        Groet,
        Joris

        --
        Joris van Dam
        Engineering Manager · Polderbyte
        Wilhelminakade 91, Rotterdam
        """)
    hs = hdr("Joris van Dam <joris@polderbyte.nl>", "Ons tweede gesprek: nieuw tijdstip",
             "2026-10-23 16:31:08", "Europe/Amsterdam",
             "<e4b7c1a0-3f92-4d85-b6e0-9a2c7d1f5e38@polderbyte.nl>",
             hop=("mail-gw2.polderbyte.nl", "185.107.56.21", "i4XsB9oLw1Mc"),
             extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "nl")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


# --------------------------------------------------------------------------- 22 JazzHR reschedule, Atlanta
@reg(22, family="jazzhr", lang="en", interview=True, kind="rescheduled",
     start="2026-11-05T20:00:00Z", end="2026-11-05T20:30:00Z",
     contact="dcarter@peachtreekitchens.com", company="Peachtree Kitchens",
     local="Thu 2026-11-05 15:00", local_end="2026-11-05 15:30", zone="America/New_York",
     days=(("Sun", "2026-11-01"), ("Wed", "2026-11-04"), ("Thu", "2026-11-05")),
     note="JazzHR reschedule sent Fri 30 Oct in EDT: original Wed 4 Nov 2:00 PM ET, new Thu 5 Nov 3:00 PM ET (30 minutes), both after DST ends on 1 Nov, so EST: 20:00-20:30Z. Contact = human Reply-To (talent partner).")
def _m22() -> bytes:
    body = t("""
        Hi Kwame,

        We need to move your interview with our team - apologies for the shuffle.
        Our Head of Product got pulled into a launch on Wednesday.

        Original time: Wednesday, November 4, 2026 at 2:00 PM ET
        New time:      Thursday, November 5, 2026 at 3:00 PM ET (30 minutes)

        Format: Video call on Zoom - https://peachtreekitchens.zoom.us/j/86120934471
        You'll meet: Denise Carter (Talent Partner) and Luis Romero (Head of Product)

        Reminder: daylight saving time ends this Sunday, November 1. Both times
        above are Eastern Standard Time.

        If the new time doesn't work, just reply to this email and I'll find another
        slot.

        Thanks,
        Denise Carter
        Talent Partner | Peachtree Kitchens
        Atlanta, GA

        --
        This message was sent via JazzHR.
        """)
    hs = hdr("Peachtree Kitchens <noreply@applytojob.com>",
             "Updated interview time - Mobile Developer (iOS)",
             "2026-10-30 14:05:57", "America/New_York",
             "<20261030180557.7c41e2.jazzhr@applytojob.com>",
             reply_to="Denise Carter <dcarter@peachtreekitchens.com>",
             hop=("mail-out-7.applytojob.com", "52.45.118.7", "j7QbV3yNe0Hs"))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 23 Cal.com cancellation
@reg(23, family="cal_com", lang="en", interview=True, kind="cancelled",
     start="2026-12-08T16:00:00Z", end="2026-12-08T16:45:00Z",
     contact="mateo@brightkettle.io", company="Brightkettle",
     local="Tue 2026-12-08 11:00", local_end="2026-12-08 11:45", zone="America/Toronto",
     note="Cal.com cancellation with METHOD:CANCEL ICS (UTC): Tue 8 Dec 11:00am-11:45am America/Toronto (EST) = 16:00-16:45Z; hiring frozen, no new time. Contact = host's Reply-To.")
def _m23() -> bytes:
    body = t("""
        Your event has been cancelled

        We've let everyone know that this event has been cancelled.

        What
        Technical chat - Senior React Native Engineer between Mateo Schulz and Kwame Mensah

        When
        Tuesday, December 8, 2026 | 11:00am - 11:45am (America/Toronto)

        Who
        Mateo Schulz - Organizer
        mateo@brightkettle.io
        Kwame Mensah
        kwame.mensah@example.org

        Where
        Cal Video

        Reason for cancellation
        Hi Kwame, really sorry to do this. We've just frozen hiring for this role
        until Q1 after a budget review. I'll reach out in January if it reopens.
        - Mateo

        Need to book something else? https://cal.com/mateo-brightkettle
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Cal.com Inc.//Cal.com Event//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:cal-8f3d2a71-4c5e-4b9a-a1d0-e7b6c5f4a3b2
        DTSTAMP:20261203T141000Z
        DTSTART:20261208T160000Z
        DTEND:20261208T164500Z
        SUMMARY:Technical chat - Senior React Native Engineer between Mateo Schulz and Kwame Mensah
        ORGANIZER;CN=Mateo Schulz:mailto:mateo@brightkettle.io
        ATTENDEE;CN=Kwame Mensah;PARTSTAT=ACCEPTED:mailto:kwame.mensah@example.org
        LOCATION:Cal Video
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Cal.com <noreply@cal.com>",
             "Cancelled: Technical chat - Senior React Native Engineer between Mateo Schulz and Kwame Mensah",
             "2026-12-03 09:10:33", "America/Toronto",
             "<ca1c0m.0a8e7b2f9d3c@cal.com>",
             reply_to="Mateo Schulz <mateo@brightkettle.io>",
             hop=("o1.ptr4172.cal.com", "168.245.41.72", "d2RkF6jTv9Ba"))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
                             calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# =========================================================================== negatives


# --------------------------------------------------------------------------- 24 Breezy HR receipt (Kestrel Pay)
@reg(24, family="application_ack", lang="en", interview=False, company="Kestrel Pay",
     note="Breezy HR application receipt from Kestrel Pay (Lagos); 'if selected for an interview, we will reach out' is hypothetical. Start of the Kestrel Pay thread (interview 16 Jul, rejection 23 Jul).")
def _m24() -> bytes:
    body = t("""
        Hi Kwame,

        Thanks for applying for the Senior Android Engineer position at Kestrel Pay!

        We've received your application and our team is reviewing it. If your
        experience is a good match, someone from the team will reach out to set up
        an interview. Because of the number of applications we get, this can take
        two to three weeks.

        In the meantime, you can read about how we build at https://kestrelpay.ng/engineering.

        Thanks again,
        Kestrel Pay People Team

        Powered by Breezy HR
        """)
    hs = hdr("Kestrel Pay <notifications@app.breezy.hr>",
             "Thanks for applying to Kestrel Pay!",
             "2026-06-22 11:20:48", "Africa/Lagos",
             "<0102019063f1a2b3-c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f-000000@email.breezy.hr>",
             hop=("mail-a-77.breezy.hr", "54.240.61.77", "z3PkW8cQd5Uy"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 25 Kestrel Pay rejection (Nigerian English)
@reg(25, family="rejection", lang="en", interview=False, company="Kestrel Pay",
     days=(("Thu", "2026-07-16"),),
     note="Rejection after the 16 Jul technical interview, written by the recruiter; refers to the past interview date only.")
def _m25() -> bytes:
    body = t("""
        Dear Kwame,

        Thank you once again for the time you spent with Emeka and I on Thursday,
        16th July. We truly enjoyed the conversation, especially your walkthrough
        of the offline payments queue.

        After careful consideration, we have decided to proceed with another
        candidate whose experience with POS terminal integrations is closer to what
        the team needs at this time. This was not an easy decision.

        We will keep your details on file, and please do not hesitate to apply for
        future roles with us. I wish you all the best in your search.

        Kind regards,
        Tolulope Adebayo
        Talent Acquisition Lead, Kestrel Pay
        Plot 9, Adeola Odeku Street, Victoria Island, Lagos
        """)
    hs = hdr("Tolulope Adebayo <tolulope.adebayo@kestrelpay.ng>",
             "Re: Kestrel Pay - Senior Android Engineer",
             "2026-07-23 17:45:12", "Africa/Lagos",
             "<CAF8nQ2x7Lw5Tm1=pRz4cVb9KjH3uYe6aSd0oGf2Nq8Wt@mail.gmail.com>",
             hop=("mail-lf1-f52.google.com", "209.85.167.52", "x5NdT2hRm8Qe"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 26 Out-of-office (Halyard Maps)
@reg(26, family="auto_reply", lang="en", interview=False, company="Halyard Maps",
     days=(("Wed", "2026-04-01"),),
     note="Out-of-office auto-reply (Auto-Submitted: auto-replied) of the Halyard Maps talent partner to Kwame's reply on the 31 Mar confirmation; says interviews this week go ahead as planned but states no time of its own.")
def _m26() -> bytes:
    body = t("""
        Thanks for your email.

        I'm out of the office until Wednesday 1 April with only occasional access to
        email. If you're interviewing with us this week, nothing changes - your
        interview will go ahead as planned and all the details are in your calendar
        invite.

        For anything urgent, please contact the talent team at
        talent@halyardmaps.co.uk.

        Fenella
        """)
    hs = hdr("Fenella Ward <fenella.ward@halyardmaps.co.uk>",
             "Automatic reply: Re: Interview confirmed: Senior Mobile Engineer at Halyard Maps",
             "2026-03-30 14:20:03", "Europe/London",
             "<LO2P265MB4927F0A3C1B9E8D2A6F4C7E1B3D5@LO2P265MB4927.GBRP265.PROD.OUTLOOK.COM>",
             hop=("GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.20.50", "w6YbJ1nUc4Lk"),
             extra=(("In-Reply-To", "<CAK3m7Lb2Wq0Hx5z=Tn8RcV1mFe7yGj4Pa9uXo6sKi3Dl@mail.gmail.com>"),
                    ("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "fenella.ward@halyardmaps.co.uk")))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 27 GoodTime availability request (Borealis Health)
@reg(27, family="availability_request", lang="en", interview=False, company="Borealis Health",
     days=(("Mon", "2026-09-14"), ("Fri", "2026-09-18"), ("Fri", "2026-09-04")),
     note="GoodTime availability request for a virtual onsite 'between Monday, September 14 and Friday, September 18': no time fixed yet. Has a human Reply-To but is negative, so contact null. The confirmation follows on 9 Sep.")
def _m27() -> bytes:
    body = t("""
        Hi Kwame,

        Congratulations on moving forward with Borealis Health! The next step is a
        virtual onsite for the Senior Mobile Engineer role: three conversations,
        about three hours in total, with a break in between.

        Please let us know when you're available between Monday, September 14 and
        Friday, September 18. Select as many times as you can - it helps us line up
        the whole panel on the same day.

        Share your availability:
        https://borealishealth.goodtime.io/availability/8a2c4e6f1b3d5a7c

        Times are shown in your local time zone. We'd appreciate your response by
        Friday, September 4.

        Thanks,
        Borealis Health Talent Team

        Sent with GoodTime
        """)
    hs = hdr("Borealis Health Talent <no-reply@goodtime.io>",
             "Borealis Health: please share your availability for your virtual onsite",
             "2026-09-02 11:40:29", "America/Vancouver",
             "<01010192b1c2d3e4-f5a6b7c8-d9e0-4f1a-2b3c-4d5e6f7a8b9c-000000@us-west-2.amazonses.com>",
             reply_to="Gurpreet Dhillon <gurpreet.dhillon@borealishealth.ca>",
             hop=("a27-22.smtp-out.us-west-2.amazonses.com", "54.240.27.22", "h3KsV7bWp0Ny"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 28 Studio Bouleau receipt (fr-CA)
@reg(28, family="application_ack", lang="fr", interview=False, company="Studio Bouleau",
     note="Accus\u00e9 de r\u00e9ception in Qu\u00e9bec French (base64); 'te contactera ... pour planifier un premier appel' is a promise, no time. Start of the Studio Bouleau thread.")
def _m28() -> bytes:
    body = t("""
        Salut Kwame,

        Merci d’avoir postulé au poste de Développeur·euse mobile principal·e chez
        Studio Bouleau!

        On lit chaque candidature (oui, pour vrai). Si ton profil correspond à ce
        qu’on cherche, Geneviève de notre équipe talents te contactera d’ici deux
        semaines pour planifier un premier appel.

        En attendant, tu peux jeter un œil à nos derniers projets :
        https://studiobouleau.ca/projets

        À bientôt peut-être,
        L’équipe de Studio Bouleau
        5445, avenue de Gaspé, Montréal (Québec)

        Ce courriel a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = hdr(addr("Studio Bouleau – Carrières", "carrieres@studiobouleau.ca"),
             "Nous avons bien reçu ta candidature!",
             "2026-09-22 08:03:51", "America/Toronto",
             "<20260922120351.3a9f.carrieres@studiobouleau.ca>",
             hop=("smtp.studiobouleau.ca", "142.44.136.20", "c8TqN5mXa2Fv"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, cte="base64"))


# --------------------------------------------------------------------------- 29 Polderbyte offer (nl)
@reg(29, family="offer", lang="nl", interview=False, company="Polderbyte",
     days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")),
     note="Job offer in Dutch after the 29 Oct interview; proposes a call 'maandag 16 november om 16:00' to go through the offer (not an interview) and a reply deadline.")
def _m29() -> bytes:
    body = t("""
        Hoi Kwame,

        Namens het hele team: we willen je heel graag aannemen als Senior Mobile
        Engineer bij Polderbyte!

        In de bijlage vind je het voorstel. De belangrijkste punten:
        - bruto maandsalaris € 6.250 (op basis van 40 uur), plus 8% vakantiegeld;
        - 27 vakantiedagen en een opleidingsbudget van € 2.000 per jaar;
        - we regelen je verblijfsvergunning via de kennismigrantenregeling en
          vergoeden de verhuizing naar Rotterdam tot € 5.000;
        - startdatum in overleg, wij dachten aan begin februari.

        Joris belt je graag maandag 16 november om 16:00 (10:00 bij jou) om je
        vragen door te nemen. Past dat niet, stel dan gerust een ander moment voor.
        We horen graag uiterlijk vrijdag 20 november of je het aanbod aanneemt.

        We hopen echt dat je ja zegt!

        Hartelijke groet,
        Maaike Hoekstra
        People & Culture · Polderbyte
        maaike.hoekstra@polderbyte.nl
        """)
    hs = hdr("Maaike Hoekstra <maaike.hoekstra@polderbyte.nl>",
             "Aanbod: Senior Mobile Engineer bij Polderbyte 🎉",
             "2026-11-12 14:10:35", "Europe/Amsterdam",
             "<b91f3e0a-6d28-47c5-8a14-2e7c9d0b3f61@polderbyte.nl>",
             cc="Joris van Dam <joris@polderbyte.nl>",
             hop=("mail-gw1.polderbyte.nl", "185.107.56.20", "o9GwE2tYb6Rk"))
    pdf = raw_part([("Content-Type", 'application/pdf; name="Aanbod_Kwame_Mensah.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Aanbod_Kwame_Mensah.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K\nZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message(hs, mixed(text(body), pdf))


# --------------------------------------------------------------------------- 30 LinkedIn job alert
@reg(30, family="job_alert", lang="en", interview=False, company=None,
     note="LinkedIn job-alert digest for Toronto; 'Actively recruiting' / 'Be an early applicant' badges confirm nothing.")
def _m30() -> bytes:
    body = t("""
        Your job alert for senior mobile developer in Greater Toronto Area
        12 new jobs match your preferences.

        Senior Mobile Developer (iOS)
        Stackhouse Bank
        Toronto, ON (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4012870011/

        Android Engineer II
        Pinecone Transit
        Mississauga, ON (On-site)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4012870245/

        Staff Mobile Engineer, React Native
        Northbeam Insurance
        Toronto, ON (Remote)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4012871930/

        Mobile Developer - Flutter
        Bramble Health
        Waterloo, ON (Hybrid)
        Promoted
        View job: https://www.linkedin.com/comm/jobs/view/4012872268/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1739044

        You're receiving job alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/job-alerts
        This email was intended for Kwame Mensah (Mobile Developer at Ossington Digital).
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    page = "<html><body style=\"font-family:-apple-system,system-ui,sans-serif\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.split("\n\n")) + "</body></html>\n"
    hs = hdr("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
             "“senior mobile developer”: 12 new jobs in Greater Toronto Area",
             "2026-04-14 07:05:12", "America/Toronto",
             "<1583204617.2215731.1776164712104@ltx1-app3871.prod.linkedin.com>",
             hop=("mailb-dc.linkedin.com", "108.174.0.216", "q1ZcL4vNf8Ws"),
             extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/job-alerts?lipi=urn%3Ali>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("X-LinkedIn-Class", "JOB-ALERT"),
                    ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 31 Gem outreach
@reg(31, family="recruiter_outreach", lang="en", interview=False, company="Copperline Health",
     note="Cold outreach sent through Gem (tracking pixel, Gem scheduling link); asks for a chat 'sometime next week', nothing fixed.")
def _m31() -> bytes:
    body = t("""
        Hi Kwame,

        I came across your talk on offline-first React Native from Toronto Mobile
        Devs last fall - the bit about conflict resolution on flaky clinic Wi-Fi
        stuck with me.

        I lead technical recruiting at Copperline Health. We're hiring a Staff
        Mobile Engineer to own our patient app (React Native, ~400k MAU). The role
        is remote, and we can hire in Canada through our Toronto entity.

        Would you be open to a 20-minute intro chat sometime next week? If it's
        easier, you can grab a time here: https://copperlinehealth.gem.com/schedule/hannah-brooks

        Best,
        Hannah

        Hannah Brooks
        Lead Technical Recruiter, Copperline Health
        Boston, MA
        """)
    page = ("<div dir=\"ltr\">" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", " ")
            + "</div><img src=\"https://t.gem.com/o/3c7a9e1f2b\" width=\"1\" height=\"1\" alt=\"\">\n")
    hs = hdr("Hannah Brooks <hannah.brooks@copperlinehealth.com>",
             "Kwame - mobile at Copperline?",
             "2026-02-03 10:12:40", "America/New_York",
             "<CAMx2Wq7Lz1Rk4=tN9pBv3cYe8Hj5uFs0aGd6oQm2Xw@mail.gmail.com>",
             hop=("mail-qk1-f181.google.com", "209.85.222.181", "n7VcS1gKw4Ph"),
             extra=(("X-Gem-Sequence", "staff-mobile-q1"),))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 32 German headhunter (de)
@reg(32, family="recruiter_outreach", lang="de", interview=False, company="Isarkopf Personalberatung",
     note="Headhunter outreach in formal German for an unnamed Munich client; asks for two or three time windows for a call. Company = the agency (client unnamed).")
def _m32() -> bytes:
    body = t("""
        Sehr geehrter Herr Mensah,

        über Ihr Profil auf LinkedIn bin ich auf Sie aufmerksam geworden. Im Auftrag
        eines etablierten Mobilitätsanbieters aus München suche ich einen Lead Mobile
        Engineer (m/w/d), der ein Team von sechs Entwicklerinnen und Entwicklern
        fachlich führt (Kotlin Multiplatform, Swift).

        Unser Mandant unterstützt bei Umzug und Blue Card; Englisch ist
        Arbeitssprache, Deutschkenntnisse sind willkommen, aber keine Voraussetzung.

        Hätten Sie in den kommenden Tagen Zeit für ein erstes, unverbindliches
        Telefonat von etwa 20 Minuten? Nennen Sie mir gern zwei oder drei
        Zeitfenster, die Ihnen passen – die Zeitverschiebung ist kein Problem.

        Mit freundlichen Grüßen

        Dr. Friederike Oswald
        Partnerin
        Isarkopf Personalberatung GmbH
        Maximilianstraße 31 · 80539 München
        Tel. +49 89 0000 4412
        """)
    hs = hdr(addr("Dr. Friederike Oswald", "f.oswald@isarkopf-personal.de"),
             "Vertrauliche Anfrage: Lead Mobile Engineer (m/w/d) – München",
             "2026-06-08 09:30:14", "Europe/Berlin",
             "<5e2c9a71-0b4f-4d3e-8a61-c7f2e9b0d4a3@isarkopf-personal.de>",
             hop=("mx-out.isarkopf-personal.de", "81.169.145.96", "k2BwR8uXm5Tz"))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 33 Newsletter about interviews (HTML only)
@reg(33, family="newsletter_tips", lang="en", interview=False, company=None,
     days=(("Thu", "2026-01-29"),),
     note="Substack-style newsletter about the mobile system-design interview (HTML only, List-Unsubscribe); mentions a live AMA Thursday 29 Jan 12:00 PM ET, which is not his interview.")
def _m33() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;max-width:600px;margin:auto;color:#222">
        <h1 style="font-size:26px">The mobile system-design interview, decoded</h1>
        <p style="color:#777">Issue #48 of The Mobile Hiring Brief</p>
        <p>Hi friends,</p>
        <p>Last week I asked twelve hiring managers what separates a pass from a strong pass in the mobile
        system-design round. The short version: they care less about your box diagram and more about what
        happens when the network disappears halfway through a write.</p>
        <h3>Three things they all mentioned</h3>
        <ol>
        <li><b>State ownership.</b> Say out loud which layer owns which data, and why.</li>
        <li><b>Failure first.</b> Walk through offline, retry and conflict before you draw the happy path.</li>
        <li><b>Release reality.</b> Mention feature flags, staged rollouts and the app-store review lag.</li>
        </ol>
        <p>Plenty of readers are interviewing right now, so I'll do a <b>live AMA on Thursday, January 29 at
        12:00 PM ET</b> - bring your questions about take-homes vs. live coding. The link goes out to
        paid subscribers an hour before.</p>
        <p>Good luck out there,<br>Rosa</p>
        <hr>
        <p style="font-size:12px;color:#999">You're on the free list for The Mobile Hiring Brief.
        <a href="https://mobilehiringbrief.substack.com/action/disable_email">Unsubscribe</a></p>
        </body></html>
        """)
    hs = hdr("The Mobile Hiring Brief <mobilehiringbrief@substack.com>",
             "Issue #48: The mobile system-design interview, decoded",
             "2026-01-26 06:00:07", "America/New_York",
             "<20260126110007.3.9d2f7a1c4b8e0a63@mg2.substack.com>",
             hop=("mg-d0-f5.mailgun.substack.com", "198.61.254.5", "f4JmX9pQr2Sd"),
             extra=(("List-Unsubscribe", "<https://mobilehiringbrief.substack.com/action/disable_email?token=eyJ1>"),
                    ("List-Id", "<mobilehiringbrief.substack.com>"),
                    ("Precedence", "bulk")))
    return message(hs, html(page))


# --------------------------------------------------------------------------- 34 Dover self-schedule link
@reg(34, family="scheduling_link", lang="en", interview=False, company="Glimmerlake",
     note="Recruiter mail sent through Dover with a self-scheduling link for a 45-minute call with the CTO; no slot chosen yet.")
def _m34() -> bytes:
    body = t("""
        Hi Kwame,

        Thanks for the great chat on Monday! The team loved hearing about your
        Android widget work.

        Next up is a 45-minute technical conversation with Sid, our CTO. Please pick
        whatever time works best for you here:

        https://app.dover.com/scheduling/glimmerlake/sid-technical-45

        The slots are shown in your time zone. If nothing fits, reply and I'll
        open up more.

        Cheers,
        Avery Kim
        Recruiting, Glimmerlake
        (sent via Dover)
        """)
    hs = hdr("Avery Kim <avery@glimmerlake.com>",
             "Next step with Glimmerlake - pick a time with our CTO",
             "2026-07-15 13:20:58", "America/Los_Angeles",
             "<CAJ7vR2pWz4Lk9=mT1xNb6cQe3Hy8uGs5aFd0oKq7Vw@mail.gmail.com>",
             hop=("mail-pf1-f170.google.com", "209.85.210.170", "u8DkP3wLm6Yc"),
             extra=(("X-Dover-Campaign", "glimmerlake-mobile-eng"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 35 Mexico City slot proposal (es)
@reg(35, family="slot_proposal", lang="es", interview=False, company="Nopalito Labs",
     days=(("Thu", "2026-08-06"), ("Fri", "2026-08-07")),
     note="Mexican recruiter proposes two slots (jueves 6 de agosto 11:00 or viernes 7 de agosto 9:30, hora del centro de M\u00e9xico) and will send the invite once he picks: nothing confirmed.")
def _m35() -> bytes:
    body = t("""
        Hola Kwame, ¿qué tal?

        Al equipo le encantó tu prueba técnica, así que nos gustaría agendar una
        entrevista de una hora con Rodrigo (líder de Mobile) y conmigo.

        ¿Cuál de estas opciones te acomoda mejor?

          • jueves 6 de agosto, de 11:00 a 12:00 (hora del centro de México), o sea
            13:00 en Toronto
          • viernes 7 de agosto, de 9:30 a 10:30 (11:30 en Toronto)

        En cuanto me confirmes, te mando la invitación con la liga de Zoom.

        ¡Saludos!
        Ximena Ruiz
        Talent Partner · Nopalito Labs
        Av. Álvaro Obregón 160, Roma Norte, CDMX
        """)
    hs = hdr(addr("Ximena Ruiz", "ximena.ruiz@nopalitolabs.mx"),
             "Siguiente paso: entrevista con el equipo de producto",
             "2026-08-03 10:05:43", "America/Mexico_City",
             "<CAH1tW9pMz3Lq7=vR2xBc5nYe0Kj4uFs8aGd6oPm1Zw@mail.gmail.com>",
             hop=("mail-oi1-f169.google.com", "209.85.167.169", "r5HnC2xTq9Bf"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 36 Lanternfish take-home deadline
@reg(36, family="assessment_deadline", lang="en", interview=False, company="Lanternfish",
     days=(("Fri", "2026-10-23"),),
     note="Take-home exercise with a submission deadline (Friday, October 23, 11:59 PM ET); the onsite is only announced for later. Precedes the Ashby confirmation of 28 Oct.")
def _m36() -> bytes:
    body = t("""
        Hi Kwame,

        As promised, here's the take-home we talked about on Thursday.

        The repo is a small Kotlin Multiplatform app that syncs a to-do list with a
        deliberately unreliable API. Your task is to make the sync robust: retries,
        conflict handling, and a clear story for what the user sees while offline.
        Details are in the README: https://github.com/lanternfish-hiring/offline-sync-exercise

        Please plan for 3-4 hours and don't go beyond that - we care more about your
        reasoning than polish. Send me a link to your fork by Friday, October 23 at
        11:59 PM ET.

        Once we've reviewed it, Marisol will set up a virtual onsite where we walk
        through it together.

        Have fun with it,
        Theo Park
        Staff Engineer, Lanternfish
        """)
    hs = hdr("Theo Park <theo@lanternfish.dev>",
             "Lanternfish take-home: offline sync exercise",
             "2026-10-19 11:30:22", "America/New_York",
             "<CAP5kQ8rXz2Wm6=nT4yLv1cBe9Hj3uGs7aFd0oRq5Nw@mail.gmail.com>",
             hop=("mail-ej1-f41.google.com", "209.85.218.41", "e1LwG6vRk3Pn"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 37 HireVue one-way video
@reg(37, family="one_way_video", lang="en", interview=False, company="Redwater Energy",
     days=(("Mon", "2026-03-09"),),
     note="HireVue on-demand (one-way) video interview to complete by a deadline (Monday, March 9, 11:59 PM Mountain); no meeting time.")
def _m37() -> bytes:
    body = t("""
        Hi Kwame,

        Thank you for your interest in the Mobile Application Developer role at
        Redwater Energy.

        The next step is an On Demand video interview. You'll record answers to
        five questions on your own schedule; it takes about 20 minutes, and you can
        practise as often as you like before you start.

        Please complete your interview by Monday, March 9, 2026 at 11:59 PM
        Mountain Time.

        Start your interview: https://app.hirevue.com/interviews/redwaterenergy/7b3d9f21

        Tip: find a quiet, well-lit spot and use a laptop if you can.

        Best regards,
        Redwater Energy Talent Acquisition
        Calgary, Alberta

        This message was sent by HireVue on behalf of Redwater Energy.
        """)
    hs = hdr("Redwater Energy <noreply@hirevue.com>",
             "Redwater Energy: Complete your On Demand Interview",
             "2026-03-04 09:15:36", "America/Edmonton",
             "<0100018e0a7b3c4d-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@email.hirevue.com>",
             hop=("a9-14.smtp-out.amazonses.com", "54.240.9.14", "t2QmF8kXc5Vd"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 38 Jobvite rejection
@reg(38, family="rejection", lang="en", interview=False, company="Bluegill Media",
     note="Jobvite rejection after a conversation with the team; no time.")
def _m38() -> bytes:
    body = t("""
        Dear Kwame,

        Thank you for your interest in the Senior iOS Engineer position at Bluegill
        Media, and for taking the time to speak with our team.

        After careful review, we have decided to move forward with candidates whose
        experience more closely matches the needs of the role at this time.

        We appreciate your interest in Bluegill Media and will keep your information
        on file for future openings that may be a fit.

        Best wishes in your search,
        Bluegill Media Talent Team
        """)
    hs = hdr("Bluegill Media Talent Team <no-reply@jobvite.com>",
             "Your application to Bluegill Media",
             "2026-05-29 16:02:11", "America/New_York",
             "<jv.5c2a8e1f.20260529200211@jobvite.com>",
             hop=("mta-out-5.jobvite.com", "64.18.214.5", "a4NpT7cWz1Ke"))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 39 Kiezkompass rejection (de, iso-8859-1)
@reg(39, family="rejection", lang="de", interview=False, company="Kiezkompass",
     days=(("Mon", "2026-03-30"),),
     note="Rejection in German (iso-8859-1, QP) after the 30 Mar interview; offers a feedback call with no time. End of the Kiezkompass thread.")
def _m39() -> bytes:
    body = t("""
        Hallo Kwame,

        vielen Dank noch mal für das offene Gespräch am 30. März mit Mehmet und mir.

        Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns
        für eine Person entschieden, die schon in Berlin lebt und sofort starten
        kann. Das hat weniger mit deinen Fähigkeiten zu tun als mit unserem
        Zeitplan: Wir sind ein kleines Team, und ein Umzug aus Kanada hätte uns
        mehrere Monate gekostet.

        Wenn du magst, gebe ich dir gern in einem kurzen Call ausführlicheres
        Feedback. Schreib mir einfach.

        Alles Gute für die weitere Suche!
        Jana

        Jana Krüger
        Talent & People, Kiezkompass GmbH
        """)
    hs = hdr(addr("Jana Krüger", "jana.krueger@kiezkompass.de", "iso-8859-1"),
             "Deine Bewerbung bei Kiezkompass",
             "2026-04-09 15:40:50", "Europe/Berlin",
             "<3f8d1a2c-7e60-4b95-a0c4-d9e12b7f5a38@kiezkompass.de>",
             hop=("mail-out.kiezkompass.de", "88.99.120.14", "g9RtB4mYw2Hj"),
             extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 40 Rippling receipt
@reg(40, family="application_ack", lang="en", interview=False, company="Fieldnote",
     note="Rippling ATS application receipt; describes the process in general terms, no time.")
def _m40() -> bytes:
    body = t("""
        Hi Kwame,

        Thanks for applying to the Senior Mobile Engineer role at Fieldnote. We've
        received your application.

        What happens next: a member of our team reviews every application. If
        there's a fit, we'll invite you to a 30-minute call with our recruiter,
        followed by a technical interview and a conversation with the founders.

        You can check the status of your application here:
        https://ats.rippling.com/fieldnote/jobs/application-status

        Thank you,
        Fieldnote Recruiting
        """)
    hs = hdr("Fieldnote Recruiting <no-reply@rippling.com>",
             "Application received: Senior Mobile Engineer at Fieldnote",
             "2026-02-17 14:22:05", "America/Los_Angeles",
             "<rippling-ats.8a1f2c3d4e5b@rippling.com>",
             hop=("o2.email.rippling.com", "168.245.93.2", "p6WcK1hSv8Mt"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 41 BambooHR receipt
@reg(41, family="application_ack", lang="en", interview=False, company="Switchback Labs",
     note="BambooHR application receipt; the listed interview steps (30-minute phone screen etc.) are a description of the process, nothing scheduled.")
def _m41() -> bytes:
    body = t("""
        Hi Kwame,

        Thanks for applying for our Mobile Engineer (React Native) position! We're a
        small team in Denver building trail maps for mountain bikers, so every
        application gets read by an actual human.

        If we'd like to move forward, we'll be in touch within 10 business days to
        set up a phone screen. Here's what our process usually looks like:

          1. 30-minute phone screen with Jess
          2. 60-minute technical interview (pairing, your language of choice)
          3. Meet the team over video

        Thanks for your interest,
        The Switchback Labs Team
        """)
    hs = hdr("Switchback Labs <notifications@app.bamboohr.com>",
             "Thanks for applying to Switchback Labs",
             "2026-05-06 10:02:44", "America/Denver",
             "<bhr.app.6d4e2f1a9c7b@app.bamboohr.com>",
             hop=("smtp-out-12.bamboohr.com", "199.255.192.12", "s3LzQ9nVd7Fx"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, cte="7bit"))


# --------------------------------------------------------------------------- 42 Bounce of his confirmation reply
@reg(42, family="bounce", lang="en", interview=False, company=None,
     days=(("Mon", "2026-11-02"),),
     note="Gmail delivery failure (multipart/report) for Kwame's own reply to the Lanternfish confirmation, sent to a misspelt domain; the returned message repeats 'Monday, November 2 at 1:00 PM ET' but it is a bounce of the candidate's mail, not a confirmation.")
def _m42() -> bytes:
    original = message([
        ("From", "Kwame Mensah <kwame.mensah@example.org>"),
        ("To", "Marisol Vega <marisol@lanternfsh.dev>"),
        ("Subject", "Re: Interview Confirmed: Lanternfish - Virtual Onsite, Senior Mobile Engineer"),
        ("Date", date("2026-10-28 16:47:30", "America/Toronto")),
        ("Message-ID", "<CAK3m7Lf5Rp2Hw8z=Yq4TbN7mDe1xGk9Pa3uVo0sJi6Cm@mail.gmail.com>"),
    ], text(t("""
        Hi Marisol,

        Thanks - confirmed for Monday, November 2 at 1:00 PM ET. Looking forward to
        walking Theo and Ines through the sync engine.

        Best,
        Kwame
        """), cte="7bit"))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to marisol@lanternfsh.dev because the domain
        lanternfsh.dev couldn't be found. Check for typos or unnecessary spaces and
        try again.

        The response was:

        DNS Error: DNS type 'mx' lookup of lanternfsh.dev responded with code
        NXDOMAIN Domain name not found: lanternfsh.dev
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Wed, 28 Oct 2026 13:47:31 -0700 (PDT)
        X-Original-Message-ID: <CAK3m7Lf5Rp2Hw8z=Yq4TbN7mDe1xGk9Pa3uVo0sJi6Cm@mail.gmail.com>

        Final-Recipient: rfc822; marisol@lanternfsh.dev
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: Domain name not found
        Last-Attempt-Date: Wed, 28 Oct 2026 13:47:32 -0700 (PDT)
        """)
    report = multipart("report", text(notice, cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = hdr("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
             "Delivery Status Notification (Failure)",
             "2026-10-28 16:47:32", "America/Toronto",
             "<6721f0a4.050a0220.1d3e.9f2bSMTPIN_ADDED_MISSING@mx.google.com>",
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


# --------------------------------------------------------------------------- 43 Employer's Exchange meeting
@reg(43, family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Thu", "2026-02-26"),),
     note="Outlook meeting request from his current employer (Ossington Digital), forwarded from the work mailbox: release go/no-go, Eastern Standard Time. Not an interview; company null as for the dev set's employer invites.")
def _m43() -> bytes:
    body = t("""
        When: Thursday, February 26, 2026 2:00 PM-2:30 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting / 5th floor - Bathurst room

        Hi all,

        Go/no-go for the 4.12 release of the member app. Please come with the crash-
        free rate for your platform and any open P1s. If we're green we submit to
        both stores Friday morning.

        Marcus

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_b3NzaW5ndG9u>
        Meeting ID: 227 904 118 350
        Passcode: 7hNw2q
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@ossingtondigital.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kwame Mensah:mailto:kwame.mensah@ossingtondigital.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leila Haddadi:mailto:leila.haddadi@ossingtondigital.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=QA Guild:mailto:qa-guild@ossingtondigital.com
        UID:040000008200E00074C5B7101A82E00800000000A2F4C6E81EA3DC010000000000000000100000008E1D5B3C7A9F2E4BB6C0D1E2F3A4B5C6
        SUMMARY;LANGUAGE=en-US:Release 4.12 go/no-go
        DTSTART;TZID=Eastern Standard Time:20260226T140000
        DTEND;TZID=Eastern Standard Time:20260226T143000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260223T211000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting / 5th floor - Bathurst room
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Marcus Bell <marcus.bell@ossingtondigital.com>", "Release 4.12 go/no-go",
             "2026-02-23 16:10:27", "America/Toronto",
             "<YT2PR01MB8830C1A5E7D94F2B3C6A0E8D1F7B@YT2PR01MB8830.CANPRD01.PROD.OUTLOOK.COM>",
             to="Kwame Mensah <kwame.mensah@ossingtondigital.com>",
             cc="Leila Haddadi <leila.haddadi@ossingtondigital.com>, QA Guild <qa-guild@ossingtondigital.com>",
             hop=("CAN01-YT2-obe.outbound.protection.outlook.com", "40.107.191.33", "m5BxS8qWt1Gc"),
             extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"{WORK} {ME}"),
                    ("Thread-Topic", "Release 4.12 go/no-go"), ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 44 Doctor appointment
@reg(44, family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Thu", "2026-04-23"),),
     note="Family-doctor appointment confirmation (annual physical) with a fixed time and an ICS; personal, not an interview.")
def _m44() -> bytes:
    body = t("""
        Hi Kwame,

        Your appointment is confirmed.

        Annual physical with Dr. Anita Ramsaran
        Thursday, April 23, 2026 at 8:40 AM
        Bloor West Family Health, 2290 Bloor Street West, Suite 204, Toronto

        Please arrive 10 minutes early and bring your Ontario health card. If you
        need to cancel, let us know at least 24 hours ahead to avoid a missed
        appointment fee.

        Bloor West Family Health
        416-555-0199
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ClinicFlow//Appointments//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-55812093@clinicflow.ca
        DTSTAMP:20260417T171200Z
        DTSTART:20260423T124000Z
        DTEND:20260423T131000Z
        SUMMARY:Annual physical - Dr. Anita Ramsaran
        LOCATION:Bloor West Family Health - 2290 Bloor Street West Suite 204 Toronto
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Bloor West Family Health <no-reply@clinicflow.ca>",
             "Appointment confirmed - Thu, Apr 23 at 8:40 AM",
             "2026-04-17 13:12:09", "America/Toronto",
             "<cf-appt-55812093.1776445929@clinicflow.ca>",
             hop=("mail.clinicflow.ca", "142.4.210.77", "y1TdH5vQk9Nb"))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 45 Friend's Google Calendar invite
@reg(45, family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Sat", "2026-11-21"),),
     note="Google Calendar invitation from a friend (jollof cook-off and a Raptors game); social, not an interview.")
def _m45() -> bytes:
    body = t("""
        You have been invited to the following event.

        Jollof showdown + Raptors game
        When
        Saturday Nov 21, 2026 ⋅ 6pm – 11pm (Eastern Time - Toronto)

        Where
        Kojo's place, 88 Dufferin Park Ave (map)

        Calendar
        kwame.mensah@example.org

        Who
        • Kojo Boateng - organizer
        • Ama Owusu
        • Chidi Eze
        • kwame.mensah@example.org

        Bring your best jollof. Ghana vs Nigeria, final answer this time. Chidi is
        judging (he claims to be neutral, we know he isn't). Tip-off at 7:30.

        Reply for kwame.mensah@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=VIEW

        Invitation from Google Calendar
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_TORONTO + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Toronto:20261121T180000
        DTEND;TZID=America/Toronto:20261121T230000
        DTSTAMP:20261109T013055Z
        ORGANIZER;CN=Kojo Boateng:mailto:kojo.boateng@example.net
        UID:7m2p9ks4f1v8c0n3b6h5q7r2t1@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kwame.mensah@example.org;X-NUM-GUESTS=0:mailto:kwame.mensah@example.org
        DESCRIPTION:Bring your best jollof. Ghana vs Nigeria\, final answer this time. Tip-off at 7:30.
        LOCATION:Kojo's place\, 88 Dufferin Park Ave
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Jollof showdown + Raptors game
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Kojo Boateng <kojo.boateng@example.net>",
             "Invitation: Jollof showdown + Raptors game @ Sat Nov 21, 2026 6pm - 11pm (EST) (kwame.mensah@example.org)",
             "2026-11-08 20:30:55", "America/Toronto",
             "<calendar-9e4c1b7a-2d3f-4a58-b6e0-c1d2e3f4a5b6@google.com>",
             sender="Google Calendar <calendar-notification@google.com>",
             reply_to="kojo.boateng@example.net",
             hop=("mail-sor-f69.google.com", "209.85.220.69", "b6GkW3pYs0Lr"))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 46 He interviews a candidate for his employer
@reg(46, family="interviewer_invite", lang="en", interview=False, company=None,
     days=(("Wed", "2026-06-24"),),
     note="Greenhouse interviewer notification from his current employer: Kwame is the interviewer (Priya Natarajan is the candidate). A fixed time, but not his job interview; company null as for employer mail.")
def _m46() -> bytes:
    body = t("""
        Hi Kwame,

        You've been scheduled to interview Priya Natarajan for Mobile Engineer II.

        When: Wednesday, June 24, 2026, 2:00 PM - 3:00 PM EDT
        Interview: Technical - Android (pairing)
        Location: Zoom - https://ossingtondigital.zoom.us/j/92018374655
        Other interviewers: Leila Haddadi

        Interview kit (questions, rubric and the candidate's resume):
        https://app.greenhouse.io/guides/4419207/people/83320117?application_id=99120445

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Ossington Digital Recruiting
        """)
    hs = hdr("Ossington Digital <no-reply@us.greenhouse-mail.io>",
             "Interview scheduled: Priya Natarajan for Mobile Engineer II",
             "2026-06-18 10:05:17", "America/Toronto",
             "<0100019024a1b2c3-d4e5f6a7-b8c9-4d0e-a1f2-b3c4d5e6f7a8-000000@email.greenhouse-mail.io>",
             to="Kwame Mensah <kwame.mensah@ossingtondigital.com>",
             hop=("a48-120.smtp-out.greenhouse-mail.io", "54.240.48.120", "o2VnR6tLx4Dq"),
             extra=(("X-Forwarded-To", ME), ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 47 Podcast recording
@reg(47, family="podcast", lang="en", interview=False, company=None,
     days=(("Thu", "2026-08-27"),),
     note="Podcast host confirms a recording slot (Thursday, August 27, 1:00 PM ET) for an episode about interviewing for mobile roles; he is a guest, not a job candidate.")
def _m47() -> bytes:
    body = t("""
        Hey Kwame!

        Thrilled you said yes. We're locked in for Thursday, August 27 at 1:00 PM
        ET. We'll record for about an hour and cut it down to ~40 minutes.

        The theme of the episode is "interviewing for mobile roles in 2026". I'd
        love to hear about your experience on both sides of the table - as a
        candidate this year and as an interviewer at Ossington. No need to name any
        companies, obviously.

        Recording link (Riverside): https://riverside.fm/studio/cross-platform-cast?t=9c4e
        Please use headphones and, if you have one, a proper mic. Chrome works best.

        See you on the 27th,
        Lindsay

        Lindsay Chu
        Host, Cross-Platform Cast
        """)
    hs = hdr("Lindsay Chu <lindsay@crossplatformcast.com>",
             "You're booked: Cross-Platform Cast recording, Thu Aug 27",
             "2026-08-21 12:00:48", "America/Toronto",
             "<CAL2nX8wRz5Qp1=kT7yMv4cBe0Hj6uGs3aFd9oWq2Lm@mail.gmail.com>",
             hop=("mail-wr1-f44.google.com", "209.85.221.44", "c3PkN9wXm7Ty"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 48 Mock interview booked via Calendly
@reg(48, family="mock_interview", lang="en", interview=False, company=None,
     days=(("Sat", "2026-02-14"),),
     note="Calendly confirmation of a free mock interview with a community mentor (Saturday, February 14, 11:00am Eastern); practice, not a job interview.")
def _m48() -> bytes:
    body = t("""
        Hi Kwame Mensah,

        Your event is confirmed.

        Event Type:
        Mock interview - mobile system design (AfroTech North mentorship)

        With:
        Adebola Shittu

        Event Date/Time:
        11:00am - 12:00pm (Eastern Time - US & Canada) on Saturday, February 14, 2026

        Location:
        Google Meet: https://meet.google.com/afn-mock-wdx

        Description:
        Free practice interviews for AfroTech North members. I'll play the
        interviewer for a 45-minute mobile system-design round, then we'll spend 15
        minutes on feedback. This is practice only - nothing is shared with any
        employer.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0c7d2e9a-41b3-4f86-a5d0-3e8b1c6f9a27
        Reschedule: https://calendly.com/reschedulings/0c7d2e9a-41b3-4f86-a5d0-3e8b1c6f9a27

        Powered by Calendly.com
        """)
    hs = hdr("Calendly <notifications@calendly.com>",
             "Confirmed: Mock interview - mobile system design (AfroTech North mentorship) with Adebola Shittu on Saturday, February 14, 2026",
             "2026-02-09 19:22:31", "America/Toronto",
             "<0100019d5c3e8f71-a4b2c0d1-6e7f-4a8b-9c0d-1e2f3a4b5c6d-000000@email.amazonses.com>",
             reply_to="Adebola Shittu <adebola.shittu@example.com>",
             hop=("a8-44.smtp-out.amazonses.com", "54.240.8.44", "v9LsD1hQn4Wb"))
    return message(hs, text(body, cte="7bit"))


# --------------------------------------------------------------------------- 49 Webinar (fr, France)
@reg(49, family="marketing_webinar", lang="fr", interview=False, company=None,
     days=(("Thu", "2026-09-10"),),
     note="Job-board webinar registration in French (jeudi 10 septembre, 18 h heure de Paris) about succeeding in tech interviews from abroad; marketing, not an interview.")
def _m49() -> bytes:
    body = t("""
        Bonjour Kwame,

        Votre place est réservée !

        Webinaire : réussir ses entretiens tech en France quand on vit à l’étranger
        Jeudi 10 septembre 2026, de 18 h à 19 h (heure de Paris) – soit 12 h à Toronto
        En ligne, lien envoyé le jour J

        Au programme :
        – ce que les recruteurs français attendent d’un entretien technique ;
        – visa « Talent » et calendrier réaliste d’une embauche depuis le Canada ;
        – questions-réponses avec deux développeurs installés à Lyon et à Nantes.

        Ajoutez-le à votre agenda : https://talentsducanal.fr/webinaires/entretiens-tech/ics

        À jeudi !
        L’équipe Talents du Canal

        Vous recevez cet e-mail car vous vous êtes inscrit à un webinaire.
        Se désinscrire : https://talentsducanal.fr/desinscription
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.split("\n\n")) + "</body></html>\n"
    hs = hdr("Talents du Canal <webinaires@talentsducanal.fr>",
             "Votre place est réservée : réussir ses entretiens tech en France – jeudi 10 septembre",
             "2026-09-01 10:00:12", "Europe/Paris",
             "<20260901080012.9a3c.webinaires@news.talentsducanal.fr>",
             hop=("news.talentsducanal.fr", "91.134.78.15", "x0QcJ5mWr8Pv"),
             extra=(("List-Unsubscribe", "<https://talentsducanal.fr/desinscription?u=8c1e>"),
                    ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 50 Wellfound message notification
@reg(50, family="recruiter_outreach", lang="en", interview=False, company="Quayside Robotics",
     note="Wellfound notification that a startup's head of engineering messaged him and wants to chat; no time. Company = the startup.")
def _m50() -> bytes:
    body = t("""
        Nadia from Quayside Robotics wants to chat

        Nadia Farouk, Head of Engineering at Quayside Robotics, sent you a message:

          "Hi Kwame - loved your Flutter work on the transit app. We're hiring a
          founding mobile engineer (Halifax or remote in Canada), building the app
          our harbour crews use to steer autonomous tugs. Up for a quick chat?"

        Reply to Nadia: https://wellfound.com/messages/7714021

        Quayside Robotics · Seed · 11-50 employees · Halifax, NS
        Founding Mobile Engineer · CA$150k - CA$175k · 0.5% - 1.0%

        You're receiving this because you're open to new roles on Wellfound.
        Manage notifications: https://wellfound.com/settings/notifications
        """)
    hs = hdr("Wellfound <team@hi.wellfound.com>",
             "Nadia from Quayside Robotics wants to chat",
             "2026-05-12 15:30:40", "America/Toronto",
             "<20260512193040.1.5f0e2d7c9a4b3e81@hi.wellfound.com>",
             hop=("m228-4.mailgun.net", "159.135.228.4", "n4RbT2kYp6Hd"),
             extra=(("List-Unsubscribe", "<https://wellfound.com/settings/notifications>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))
