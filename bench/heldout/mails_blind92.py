"""blind92: 50 hand-written mails from the inbox of Lukas Pichler, a mechanical engineer in Graz.

Written blind (without reading the detector, its tests or the other held-out mails). Build and
check with ``python3 bench/heldout/make_blind.py blind92``. Keys 1-23 are the positives (1-16
scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 the negatives; the file number of the mail
written ``key``-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import base64
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
)

ORDER = random.Random(92092).sample(range(1, 51), 50)

ME = "lukas.pichler@example.org"
LUKAS = "Lukas Pichler <lukas.pichler@example.org>"
VIE = "Europe/Vienna"
BER = "Europe/Berlin"


def name(key: int) -> str:
    return f"blind92_{ORDER[key - 1]:03d}"


def mx(src: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    """Received: header of the candidate's own mail server (a small hosted Postfix)."""
    return received(src, when, zone, f"mx2.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


def raw_body(part: Part) -> Part:
    """A single-part body whose Content-Type/-Transfer-Encoding are already in the message headers."""
    return Part([], part.body)


def vtz(zone: str) -> str:
    """An IANA-named VTIMEZONE for a CET/CEST zone (same rules as Europe/Berlin)."""
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", zone)


# =========================================================================== positives: scheduled


@mail(name(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
      contact="sophie.brandl@kestrel-drivetrain.de", company="Kestrel Drivetrain",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BER,
      note="Greenhouse confirmation, 'Tuesday, September 15, 2026, 10:00 AM - 11:00 AM CEST "
           "(Europe/Berlin)' = 08:00-09:00Z; the ICS (TZID Europe/Berlin) agrees. From is a "
           "no-reply relay; contact = the human Reply-To (also the ICS ORGANIZER).")
def m01() -> bytes:
    when = "2026-09-09 14:22:41"
    body = t("""
        Hi Lukas,

        Thanks for making time to speak with us about the Senior Design Engineer - Transmission
        Housings role. Your video interview is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 11:00 AM CEST (Europe/Berlin)

        Interviewers:
          Matthias Köhler, Head of Mechanical Design
          Sophie Brandl, Talent Acquisition Partner

        Location: Microsoft Teams - you'll find the join link in the attached calendar invite.

        We'd like to walk through one or two of your past projects, so feel free to have a few
        drawings or screenshots ready to share (nothing confidential, of course).

        If anything comes up and you need to reschedule, just reply to this email.

        Best regards,
        Sophie

        --
        Kestrel Drivetrain GmbH | Lilienthalallee 12 | 80939 München
        Powered by Greenhouse
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Lukas,</p>
        <p>Thanks for making time to speak with us about the <b>Senior Design Engineer - Transmission
        Housings</b> role. Your video interview is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#6b6b6b">When</td><td><b>Tuesday, September 15, 2026</b><br>
        10:00 AM - 11:00 AM CEST (Europe/Berlin)</td></tr>
        <tr><td style="color:#6b6b6b">Interviewers</td><td>Matthias K&ouml;hler, Head of Mechanical Design<br>
        Sophie Brandl, Talent Acquisition Partner</td></tr>
        <tr><td style="color:#6b6b6b">Where</td><td>Microsoft Teams - the join link is in the attached
        calendar invite</td></tr>
        </table>
        <p>We'd like to walk through one or two of your past projects, so feel free to have a few
        drawings or screenshots ready to share (nothing confidential, of course).</p>
        <p>If anything comes up and you need to reschedule, just reply to this email.</p>
        <p>Best regards,<br>Sophie</p>
        <p style="font-size:11px;color:#9a9a9a">Kestrel Drivetrain GmbH | Lilienthalallee 12 | 80939
        M&uuml;nchen<br>Powered by Greenhouse</p>
        </body></html>
    """)
    ics = VTZ["Europe/Berlin"].join(["""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:gh-interview-5528810044@greenhouse.io
DTSTAMP:20260909T122241Z
DTSTART;TZID=Europe/Berlin:20260915T100000
DTEND;TZID=Europe/Berlin:20260915T110000
SEQUENCE:0
SUMMARY:Interview: Lukas Pichler <> Kestrel Drivetrain (Senior Design Engineer)
LOCATION:Microsoft Teams
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Kx7Q
 2mZ%40thread.v2/0\\nInterviewers: Matthias Köhler\\, Sophie Brandl
ORGANIZER;CN=Sophie Brandl:mailto:sophie.brandl@kestrel-drivetrain.de
ATTENDEE;CN=Lukas Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.pichler@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Return-Path", "<bounces+3318862-c0de@us.greenhouse-mail.io>"),
        ("Received", mx("from o21.us.greenhouse-mail.io (o21.us.greenhouse-mail.io [167.89.44.21])",
                        when, BER, "4Mq8ZC1w7Vz9sT")),
        ("From", "Kestrel Drivetrain <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Sophie Brandl <sophie.brandl@kestrel-drivetrain.de>"),
        ("To", LUKAS),
        ("Subject", "Interview confirmed: Senior Design Engineer - Transmission Housings"),
        ("Date", date(when, BER)),
        ("Message-ID", "<65f0e1c2a9d34.7f3b1c@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u7Gk2pQm0xV1bN3rT8yW4zA6cD9eF2hJ5kL8nP1qS4tU7wX0"),
    ]
    body_part = mixed(
        alt(text(body), html(page)),
        calendar(ics, cte="base64", ctype="text/calendar", filename="invite.ics",
                 disposition="attachment"),
    )
    return message(headers, body_part)


@mail(name(2), family="personio", lang="de-AT", interview=True, kind="scheduled",
      start="2026-09-17T07:30:00Z", contact="verena.strohmaier@murtal-anlagenbau.at",
      company="Murtal Anlagenbau", local="Thu 2026-09-17 09:30", zone=VIE,
      note="Personio invitation: 'Donnerstag, 17.09.2026, 09:30 Uhr' in Graz (CEST, UTC+2) = 07:30Z. "
           "'Dauer: ca. 1 Stunde' is approximate, so no end. Reply-To is a Personio relay; "
           "contact = the HR partner's address written in the body.")
def m02() -> bytes:
    when = "2026-09-11 10:05:12"
    body = t("""
        Sehr geehrter Herr Pichler,

        vielen Dank für Ihre Bewerbung als Konstrukteur Anlagenbau (m/w/d) und für das angenehme
        Telefonat am Dienstag.

        Wie besprochen bestätigen wir Ihnen hiermit den Termin für das persönliche
        Vorstellungsgespräch:

        Datum:              Donnerstag, 17.09.2026
        Uhrzeit:            09:30 Uhr
        Ort:                Murtal Anlagenbau GmbH, Standort Graz
                            Puchstraße 41, 8020 Graz (Empfang im Erdgeschoß)
        Gesprächspartner:   DI Herbert Lanz (Leitung Konstruktion)
                            Mag. Verena Strohmaier (HR Business Partner)
        Dauer:              ca. 1 Stunde

        Bitte bringen Sie einen Lichtbildausweis mit. Besucherparkplätze finden Sie direkt vor dem
        Gebäude.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid -
        per E-Mail an verena.strohmaier@murtal-anlagenbau.at oder telefonisch unter
        +43 316 271840-210.

        Wir freuen uns auf das Kennenlernen!

        Mit freundlichen Grüßen

        Mag. Verena Strohmaier
        HR Business Partner
        Murtal Anlagenbau GmbH | Puchstraße 41 | 8020 Graz
        FN 218877 k | Landesgericht für ZRS Graz

        Diese Nachricht wurde über Personio versendet.
    """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#222">
        <tr><td>
        <p>Sehr geehrter Herr Pichler,</p>
        <p>vielen Dank für Ihre Bewerbung als Konstrukteur Anlagenbau (m/w/d) und für das angenehme
        Telefonat am Dienstag.</p>
        <p>Wie besprochen bestätigen wir Ihnen hiermit den Termin für das persönliche Vorstellungsgespräch:</p>
        <table cellpadding="2">
        <tr><td><b>Datum:</b></td><td>Donnerstag, 17.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>09:30 Uhr</td></tr>
        <tr><td valign="top"><b>Ort:</b></td><td>Murtal Anlagenbau GmbH, Standort Graz<br>Puchstraße 41, 8020 Graz (Empfang im Erdgeschoß)</td></tr>
        <tr><td valign="top"><b>Gesprächspartner:</b></td><td>DI Herbert Lanz (Leitung Konstruktion)<br>Mag. Verena Strohmaier (HR Business Partner)</td></tr>
        <tr><td><b>Dauer:</b></td><td>ca. 1 Stunde</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit. Besucherparkplätze finden Sie direkt vor dem Gebäude.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid -
        per E-Mail an <a href="mailto:verena.strohmaier@murtal-anlagenbau.at">verena.strohmaier@murtal-anlagenbau.at</a>
        oder telefonisch unter +43 316 271840-210.</p>
        <p>Wir freuen uns auf das Kennenlernen!</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Mag. Verena Strohmaier<br>HR Business Partner<br>Murtal Anlagenbau GmbH | Puchstraße 41 | 8020 Graz<br>
        FN 218877 k | Landesgericht für ZRS Graz</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a8f98">Diese Nachricht wurde über Personio versendet.</td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    headers = [
        ("Return-Path", "<bounce-7781c@mail.personio.de>"),
        ("Received", mx("from mail.personio.de (mail.personio.de [185.12.6.44])", when, VIE, "4Mr1bT3Kq2z7pL")),
        ("From", "Murtal Anlagenbau GmbH <no-reply@mail.personio.de>"),
        ("Reply-To", "<murtal-anlagenbau-c-8812455@applications.personio.de>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Konstrukteur Anlagenbau (m/w/d)")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<0102019a3f7c1e44-9b1f0c3e-2d5a-4b8e-a1c7-5e9d2f4b6a01-000000@eu-central-1.amazonses.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(name(3), family="human_prose", lang="de-AT", interview=True, kind="scheduled",
      start="2026-09-22T12:00:00Z", contact="stefan@fluxwerk.at", company="Fluxwerk",
      local="Tue 2026-09-22 14:00", zone=VIE,
      note="Phone-written du reply: 'morgen um 14 Uhr' against Date Mon 21 Sep 2026 (Vienna) = Tue "
           "22 Sep 14:00 CEST = 12:00Z. '1-1,5 Stunden' is not an exact length, so no end. "
           "Contact = the human sender.")
def m03() -> bytes:
    when = "2026-09-21 09:12:37"
    body = t("""
        Hi Lukas,

        super, danke für die schnelle Rückmeldung! Dann passt morgen um 14 Uhr bei uns im Büro (Reininghausstraße 13, 2. Stock, einfach bei Fluxwerk anläuten). Sind dann der Martin (CTO) und ich, rechne so mit 1-1,5 Stunden, wir zeigen dir auch gleich die Werkstatt und den Prüfstand.

        Bis morgen!
        Stefan

        Von meinem iPhone gesendet

        > Am 21.09.2026 um 08:41 schrieb Lukas Pichler <lukas.pichler@example.org>:
        >
        > Hallo Stefan,
        >
        > danke für die Nachricht. Morgen Nachmittag würde bei mir gut gehen, ab 13 Uhr bin ich flexibel.
        >
        > LG Lukas
    """)
    headers = [
        ("Return-Path", "<stefan@fluxwerk.at>"),
        ("Received", mx("from smtp.world4you.example (smtp.world4you.example [81.19.145.70])",
                        when, VIE, "4Mx0vK7Dn1z3fR")),
        ("Content-Type", 'text/plain; charset=utf-8'),
        ("From", "Stefan Gruber <stefan@fluxwerk.at>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Re: Bewerbung Produktentwicklung"),
        ("Date", date(when, VIE)),
        ("Message-Id", "<4E2B0F57-1C9A-4E8D-9A27-6B3F5C0D81E2@fluxwerk.at>"),
        ("References", "<a41c09d2-77b0-4f3e-b8b2-ef0d1c3a5e66@example.org>"),
        ("In-Reply-To", "<a41c09d2-77b0-4f3e-b8b2-ef0d1c3a5e66@example.org>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    part = text(body)
    return message(headers, raw_body(part), mime_version=False)


@mail(name(4), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-09-30T12:00:00Z", end="2026-09-30T12:45:00Z",
      contact="ingrid.solheim@nordvikmarine.no", company="Nordvik Marine",
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 14:45", zone=VIE,
      note="Calendly invitee confirmation in the invitee's zone: '2:00pm - 2:45pm (Central European "
           "Time), Wednesday, September 30, 2026'; in September that is CEST (UTC+2) = 12:00-12:45Z; "
           "the ICS has the same instants in UTC. Contact = host via Reply-To.")
def m04() -> bytes:
    when = "2026-09-26 09:37:05"
    body = t("""
        Hi Lukas Pichler,

        Your event has been scheduled.

        Event Type:
        Technical screen - Mechanical (45 min)

        Event Date/Time:
        02:00pm - 02:45pm (Central European Time), Wednesday, September 30, 2026

        Invitee:
        Lukas Pichler
        lukas.pichler@example.org

        Host:
        Ingrid Solheim

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/vqp-hzrk-dwe

        Questions:
        Anything you'd like us to know before the call?
        I'm currently in my notice period (3 months, ending 31 December).

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0b6a7d51-4fd4-4c3e-8a11-6e0f3c9d2b77
        Reschedule: https://calendly.com/reschedulings/0b6a7d51-4fd4-4c3e-8a11-6e0f3c9d2b77

        Powered by Calendly.com
    """)
    page = t("""
        <html><body style="font-family:'Proxima Nova',Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Lukas Pichler,</p>
        <p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Technical screen - Mechanical (45 min)</p>
        <p><b>Event Date/Time:</b><br>02:00pm - 02:45pm (Central European Time), Wednesday, September 30, 2026</p>
        <p><b>Invitee:</b><br>Lukas Pichler<br><a href="mailto:lukas.pichler@example.org">lukas.pichler@example.org</a></p>
        <p><b>Host:</b><br>Ingrid Solheim</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.<br>
        <a href="https://meet.google.com/vqp-hzrk-dwe">https://meet.google.com/vqp-hzrk-dwe</a></p>
        <p><b>Questions:</b><br>Anything you'd like us to know before the call?<br>
        I'm currently in my notice period (3 months, ending 31 December).</p>
        <p><a href="https://calendly.com/cancellations/0b6a7d51-4fd4-4c3e-8a11-6e0f3c9d2b77">Cancel</a> |
        <a href="https://calendly.com/reschedulings/0b6a7d51-4fd4-4c3e-8a11-6e0f3c9d2b77">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0b6a7d51-4fd4-4c3e-8a11-6e0f3c9d2b77@calendly.com
DTSTAMP:20260926T093705Z
DTSTART:20260930T120000Z
DTEND:20260930T124500Z
SUMMARY:Technical screen - Mechanical (45 min) between Ingrid Solheim and Lukas Pichler
LOCATION:https://meet.google.com/vqp-hzrk-dwe
ORGANIZER;CN=Ingrid Solheim:mailto:ingrid.solheim@nordvikmarine.no
ATTENDEE;CN=Lukas Pichler;PARTSTAT=ACCEPTED:mailto:lukas.pichler@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Return-Path", "<bounces+1198432-6e2f@em.calendly.com>"),
        ("Received", mx("from o3.em.calendly.com (o3.em.calendly.com [167.89.101.3])", when, "UTC", "4MzK1s0gQpz5vB")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Ingrid Solheim <ingrid.solheim@nordvikmarine.no>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", "New Event: Lukas Pichler - 02:00pm Wed, Sep 30, 2026 - Technical screen - Mechanical (45 min)"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<8d1e2f63a4b5c6d7e8f90a1b2c3d4e5f@calendly.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


LJU = "Europe/Ljubljana"


@mail(name(5), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-10-08T11:00:00Z", end="2026-10-08T12:00:00Z",
      contact="nejc.kovacic@drava-mechatronics.si", company="Drava Mechatronics",
      local="Thu 2026-10-08 13:00", local_end="2026-10-08 14:00", zone=LJU,
      note="Google Calendar invitation from Maribor: 'Thu Oct 8, 2026 1pm - 2pm (CEST)' = "
           "11:00-12:00Z; ICS TZID Europe/Ljubljana agrees. Contact = organizer.")
def m05() -> bytes:
    when = "2026-10-02 09:14:50"
    body = t("""
        Hi Lukas, as promised on the phone - first round with our mechanical lead. Looking forward to it!
        Nejc

        Interview Lukas Pichler – Design Engineer (Drava Mechatronics)
        Thursday Oct 8, 2026 ⋅ 1pm – 2pm
        Central European Time - Ljubljana

        Join with Google Meet
        https://meet.google.com/rte-kmwa-xqp

        Join by phone
        (AT) +43 1 2062 43148 PIN: 884 551 902#

        Organizer
        Nejc Kovačič
        nejc.kovacic@drava-mechatronics.si

        Guests
        Nejc Kovačič - organizer
        Tina Horvat
        lukas.pichler@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWdrM2Jx

        Reply for lukas.pichler@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWdrM2Jx&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWdrM2Jx&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWdrM2Jx&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
    """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Interview Lukas Pichler"/></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Hi Lukas, as promised on the phone - first round with our mechanical lead. Looking forward to it!<br>Nejc</p>
        <h2 style="font-size:22px;font-weight:400">Interview Lukas Pichler – Design Engineer (Drava Mechatronics)</h2>
        <p><span>Thursday Oct 8, 2026 ⋅ 1pm – 2pm</span><br><span style="color:#70757a">Central European Time - Ljubljana</span></p>
        <p><a href="https://meet.google.com/rte-kmwa-xqp" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p><b>Organizer</b><br>Nejc Kovačič<br><a href="mailto:nejc.kovacic@drava-mechatronics.si">nejc.kovacic@drava-mechatronics.si</a></p>
        <p><b>Guests</b><br>Nejc Kovačič - organizer<br>Tina Horvat<br>lukas.pichler@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
    """)
    ics = vtz(LJU).join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=Europe/Ljubljana:20261008T130000
DTEND;TZID=Europe/Ljubljana:20261008T140000
DTSTAMP:20261002T071450Z
ORGANIZER;CN=Nejc Kovačič:mailto:nejc.kovacic@drava-mechatronics.si
UID:5gk3bq0v1a8s2m7e9r4t6u0w1y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.pichler@example.org;X-NUM-GUESTS=0:mailto:lukas.pichler@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tina Horvat;X-NUM-GUESTS=0:mailto:tina.horvat@drava-mechatronics.si
X-GOOGLE-CONFERENCE:https://meet.google.com/rte-kmwa-xqp
CREATED:20261002T071449Z
DESCRIPTION:Hi Lukas\\, as promised on the phone - first round with our mech
 anical lead. Looking forward to it!\\nNejc
LAST-MODIFIED:20261002T071449Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Lukas Pichler – Design Engineer (Drava Mechatronics)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    cal = calendar(ics, cte="quoted-printable")
    headers = [
        ("Return-Path", "<3Yj4aZxkKCfQmyzqj-vyeqtjr.lxjsmk.gsvssv.Rxfsikh.qmkivwtexvsrmgw.wm@calendar-server.bounces.google.com>"),
        ("Received", mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, LJU, "4N0Rm8cZ5kz2xW")),
        ("From", addr("Nejc Kovačič", "nejc.kovacic@drava-mechatronics.si")),
        ("To", "lukas.pichler@example.org"),
        ("Subject", enc("Invitation: Interview Lukas Pichler – Design Engineer (Drava Mechatronics) "
                        "@ Thu Oct 8, 2026 1pm - 2pm (CEST) (lukas.pichler@example.org)")),
        ("Date", date(when, LJU)),
        ("Message-ID", "<calendar-6f1b2c0e-8a3d-4e59-b7c1-2d9e0f4a6b13@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "nejc.kovacic@drava-mechatronics.si"),
    ]
    inv = calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(headers, mixed(alt(text(body), html(page), cal), inv))


@mail(name(6), family="smartrecruiters", lang="de-AT", interview=True, kind="scheduled",
      start="2026-10-21T08:00:00Z", end="2026-10-21T10:00:00Z",
      contact="carina.wutte@karawanken-hydro.at", company="Karawanken Hydro",
      local="Wed 2026-10-21 10:00", local_end="2026-10-21 12:00", zone=VIE,
      note="SmartRecruiters invitation to an on-site interview in Klagenfurt, 'Mittwoch, 21.10.2026, "
           "10:00 - 12:00 Uhr (MEZ)'. On 21 October Klagenfurt is still on summer time, so the "
           "loosely written 'MEZ' means local wall-clock time: CEST (UTC+2) = 08:00-10:00Z. "
           "From is no-reply; contact = the recruiter's address in the body.")
def m06() -> bytes:
    when = "2026-10-13 15:40:09"
    body = t("""
        Sehr geehrter Herr Pichler,

        herzlichen Dank für Ihr Interesse an der Position

            Maschinenbauingenieur Turbinen & Generatoren (m/w/d)
            Referenznummer 7436618-KH

        Wir freuen uns, Sie zu einem persönlichen Gespräch an unserem Standort in Klagenfurt
        einzuladen, und bestätigen folgenden Termin:

            Mittwoch, 21.10.2026
            10:00 - 12:00 Uhr (MEZ)
            Karawanken Hydro AG, Südring 240, 9020 Klagenfurt am Wörthersee

        Ablauf: Fachgespräch mit Ing. Patrick Ogris (Teamleiter Konstruktion) und mir, anschließend
        eine kurze Führung durch die Turbinenfertigung. Bitte denken Sie an festes Schuhwerk.

        Die Reisekosten (Bahnticket 2. Klasse ab Graz) übernehmen wir gerne.

        Falls Sie Fragen haben, erreichen Sie mich unter carina.wutte@karawanken-hydro.at
        oder +43 463 50 48 11-37.

        Freundliche Grüße

        Carina Wutte
        Talent Acquisition
        Karawanken Hydro AG

        ---
        Diese E-Mail wurde über SmartRecruiters gesendet. Bitte antworten Sie nicht direkt auf
        diese Nachricht.
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <div style="max-width:640px;margin:0 auto">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f2a9b/huge?r=s3-eu-central-1" alt="Karawanken Hydro AG" height="40">
        <p>Sehr geehrter Herr Pichler,</p>
        <p>herzlichen Dank für Ihr Interesse an der Position<br>
        <strong>Maschinenbauingenieur Turbinen &amp; Generatoren (m/w/d)</strong><br>
        Referenznummer 7436618-KH</p>
        <p>Wir freuen uns, Sie zu einem persönlichen Gespräch an unserem Standort in Klagenfurt
        einzuladen, und bestätigen folgenden Termin:</p>
        <p style="background:#f2f6fa;padding:12px"><strong>Mittwoch, 21.10.2026</strong><br>
        10:00 - 12:00 Uhr (MEZ)<br>
        Karawanken Hydro AG, Südring 240, 9020 Klagenfurt am Wörthersee</p>
        <p>Ablauf: Fachgespräch mit Ing. Patrick Ogris (Teamleiter Konstruktion) und mir, anschließend
        eine kurze Führung durch die Turbinenfertigung. Bitte denken Sie an festes Schuhwerk.</p>
        <p>Die Reisekosten (Bahnticket 2. Klasse ab Graz) übernehmen wir gerne.</p>
        <p>Falls Sie Fragen haben, erreichen Sie mich unter
        <a href="mailto:carina.wutte@karawanken-hydro.at">carina.wutte@karawanken-hydro.at</a>
        oder +43 463 50 48 11-37.</p>
        <p>Freundliche Grüße</p>
        <p>Carina Wutte<br>Talent Acquisition<br>Karawanken Hydro AG</p>
        <hr><p style="font-size:11px;color:#888">Diese E-Mail wurde über SmartRecruiters gesendet.
        Bitte antworten Sie nicht direkt auf diese Nachricht.</p>
        </div></body></html>
    """)
    headers = [
        ("Return-Path", "<bounce-md_30581272.6a2b1c@mandrill.smartrecruiters.com>"),
        ("Received", mx("from mail136-21.atl41.mandrillapp.com (mail136-21.atl41.mandrillapp.com [198.2.136.21])",
                        when, VIE, "4N9gX2m1Lkz6hD")),
        ("From", "Karawanken Hydro AG <noreply@smartrecruiters.com>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Ihr Vorstellungsgespräch bei Karawanken Hydro AG am 21.10.2026")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<30581272.20261013134009.6a2b1c5d9e@mandrill.smartrecruiters.com>"),
        ("X-Mailer", "SmartRecruiters Mailer"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(page, cte="base64")))


WEST = VTZ["W. Europe Standard Time"]


@mail(name(7), family="exchange", lang="de-AT", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
      contact="andrea.hofbauer@traunstahl.at", company="Traunstahl Engineering",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=VIE,
      note="Outlook/Teams meeting request from Linz; the time is ONLY in the ICS: DTSTART;TZID=W. "
           "Europe Standard Time:20261026T100000. The mail is sent on Thu 22 Oct in summer time "
           "(+0200) but Europe returns to CET on Sun 25 Oct, so 10:00 on Mon 26 Oct = 09:00Z "
           "(not 08:00Z). Contact = organizer (also the sender).")
def m07() -> bytes:
    when = "2026-10-22 11:03:27"
    body = t("""
        Sehr geehrter Herr Pichler,

        wie heute telefonisch vereinbart, erhalten Sie anbei die Einladung zu unserem ersten
        Gespräch über Microsoft Teams. Seitens Traunstahl nehmen Herr DI Brandstätter
        (Bereichsleitung Stahlbau) und ich teil.

        Bitte nehmen Sie die Einladung kurz an, damit wir den Termin im System fixieren können.

        Mit freundlichen Grüßen

        Andrea Hofbauer
        Human Resources
        Traunstahl Engineering GmbH
        Lunzerstraße 64 | 4030 Linz
        T +43 732 6985-4412

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ0NjE4YjQtYzE3%40thread.v2/0?context=%7b%22Tid%22%3a%22b1d7%22%7d>
        Besprechungs-ID: 376 112 584 902
        Kennung: Tg7xP4
        Teams herunterladen<https://www.microsoft.com/de-at/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/?organizerId=7c1e>
        ________________________________________________________________________________
    """)
    page = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE-AT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
        <div class="WordSection1">
        <p class="MsoNormal">Sehr geehrter Herr Pichler,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">wie heute telefonisch vereinbart, erhalten Sie anbei die Einladung zu unserem ersten Gespräch über Microsoft Teams. Seitens Traunstahl nehmen Herr DI Brandstätter (Bereichsleitung Stahlbau) und ich teil.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Bitte nehmen Sie die Einladung kurz an, damit wir den Termin im System fixieren können.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
        <p class="MsoNormal"><b>Andrea Hofbauer</b><br>Human Resources<br>Traunstahl Engineering GmbH<br>Lunzerstraße 64 | 4030 Linz<br>T +43 732 6985-4412<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil</span></div>
        <a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;text-decoration:underline;color:#6264a7" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ0NjE4YjQtYzE3%40thread.v2/0?context=%7b%22Tid%22%3a%22b1d7%22%7d" target="_blank" rel="noreferrer noopener">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div style="margin-bottom:20px;margin-top:20px"><span style="font-size:14px;color:#252424">Besprechungs-ID: </span><span style="font-size:16px;color:#252424">376 112 584 902</span><br><span style="font-size:14px;color:#252424">Kennung: </span><span style="font-size:16px;color:#252424">Tg7xP4</span></div>
        </div>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        </div></body></html>
    """)
    ics = WEST.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Andrea Hofbauer:mailto:andrea.hofbauer@traunstahl.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Pichler:mailto:lukas.pichler@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandstätter Wolfgang:mailto:wolfgang.brandstaetter@traunstahl.at
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Pichler\\,\\n\\nwie heute telefonisch
  vereinbart\\, erhalten Sie anbei die Einladung zu unserem ersten Gespräch ü
 ber Microsoft Teams.\\n
UID:040000008200E00074C5B7101A82E008000000004A9F1C6B1F62DD01000000000000000010000000B3E5C1A7D4F2B84C9E1D6A0F7C3B2E51
SUMMARY;LANGUAGE=de-DE:Erstgespräch Lukas Pichler - Konstrukteur Stahlbau (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20261026T100000
DTEND;TZID=W. Europe Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T090327Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121554871
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ0NjE4YjQtYzE3%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Received", mx("from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2112.outbound.protection.outlook.com [40.107.21.112])",
                        when, VIE, "4NGk0s5Wqtz8cM")),
        ("From", "Andrea Hofbauer <andrea.hofbauer@traunstahl.at>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("CC", enc("Brandstätter Wolfgang <wolfgang.brandstaetter@traunstahl.at>")),
        ("Subject", enc("Erstgespräch Lukas Pichler - Konstrukteur Stahlbau (m/w/d)")),
        ("Thread-Topic", enc("Erstgespräch Lukas Pichler - Konstrukteur Stahlbau (m/w/d)")),
        ("Thread-Index", "AdxCHq5mN0f9kT2bQ6y3vW1zR8aXpg=="),
        ("Date", date(when, VIE)),
        ("Message-ID", "<AM9PR06MB7745E1C2B0A3F4D5E6B7C8D9A0B1@AM9PR06MB7745.eurprd06.prod.outlook.com>"),
        ("Accept-Language", "de-AT, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return message(headers, alt(text(body), html(page),
                                calendar(ics, cte="base64")))


NYC = "America/New_York"


@mail(name(8), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T13:00:00Z", end="2026-10-29T14:00:00Z",
      contact="megan.castellano@ridgelinethermal.com", company="Ridgeline Thermal",
      local="Thu 2026-10-29 09:00", local_end="2026-10-29 10:00", zone=NYC,
      note="Lever confirmation: '9:00 AM - 10:00 AM EDT' on Thu 29 Oct = 13:00-14:00Z. In the week "
           "between the European (25 Oct) and US (1 Nov) clock changes New York is 5 h behind Graz, "
           "so the body's '2:00 PM - 3:00 PM in Graz (CET)' agrees. ICS TZID America/New_York. "
           "Contact = Reply-To recruiter (also ICS ORGANIZER).")
def m08() -> bytes:
    when = "2026-10-23 10:15:44"
    body = t("""
        Hi Lukas,

        Thanks again for your time so far - this email confirms your next interview with Ridgeline
        Thermal.

        Position:      Mechanical Engineer, Heat Exchangers (Remote - EU)
        Date:          Thursday, October 29, 2026
        Time:          9:00 AM - 10:00 AM EDT (America/New_York)
                       2:00 PM - 3:00 PM in Graz (CET)
        Interviewers:  Dana Whitfield, Engineering Manager
                       Raj Patel, Staff Thermal Engineer
        Video call:    https://ridgelinethermal.zoom.us/j/93017745210

        The conversation will focus on brazed plate heat exchanger design and how you approach
        tolerance stack-ups. No preparation needed beyond that.

        Please reply to this email if you have any questions or need to make a change.

        Best,
        Megan Castellano
        Senior Technical Recruiter, Ridgeline Thermal

        Sent via Lever
    """)
    page = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:14px;line-height:1.5;color:#333">
        <p>Hi Lukas,</p>
        <p>Thanks again for your time so far - this email confirms your next interview with Ridgeline Thermal.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:2px 12px 2px 0;color:#777">Position</td><td>Mechanical Engineer, Heat Exchangers (Remote - EU)</td></tr>
        <tr><td style="padding:2px 12px 2px 0;color:#777">Date</td><td>Thursday, October 29, 2026</td></tr>
        <tr><td style="padding:2px 12px 2px 0;color:#777">Time</td><td>9:00 AM - 10:00 AM EDT (America/New_York)<br>2:00 PM - 3:00 PM in Graz (CET)</td></tr>
        <tr><td style="padding:2px 12px 2px 0;color:#777">Interviewers</td><td>Dana Whitfield, Engineering Manager<br>Raj Patel, Staff Thermal Engineer</td></tr>
        <tr><td style="padding:2px 12px 2px 0;color:#777">Video call</td><td><a href="https://ridgelinethermal.zoom.us/j/93017745210">https://ridgelinethermal.zoom.us/j/93017745210</a></td></tr>
        </table>
        <p>The conversation will focus on brazed plate heat exchanger design and how you approach tolerance stack-ups. No preparation needed beyond that.</p>
        <p>Please reply to this email if you have any questions or need to make a change.</p>
        <p>Best,<br>Megan Castellano<br>Senior Technical Recruiter, Ridgeline Thermal</p>
        <p style="color:#aaa;font-size:11px">Sent via Lever</p>
        </div>
    """)
    ics = VTZ[NYC].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:lever-ivw-9c2d4e7f-1a3b-4c5d-8e9f-0a1b2c3d4e5f
DTSTAMP:20261023T141544Z
DTSTART;TZID=America/New_York:20261029T090000
DTEND;TZID=America/New_York:20261029T100000
SUMMARY:Ridgeline Thermal - Interview with Lukas Pichler
LOCATION:https://ridgelinethermal.zoom.us/j/93017745210
ORGANIZER;CN=Megan Castellano:mailto:megan.castellano@ridgelinethermal.com
ATTENDEE;CN=Lukas Pichler;RSVP=TRUE:mailto:lukas.pichler@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Return-Path", "<bounces+20931-8812@hire.lever.co>"),
        ("Received", mx("from mail-a.hire.lever.co (mail-a.hire.lever.co [198.21.3.77])", when, NYC, "4NHw2R6p0Tz4Kd")),
        ("From", "Megan Castellano <no-reply@hire.lever.co>"),
        ("Reply-To", "Megan Castellano <megan.castellano@ridgelinethermal.com>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", "Interview confirmation: Ridgeline Thermal - Mechanical Engineer, Heat Exchangers"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<lever.9c2d4e7f1a3b.1761228944@hire.lever.co>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="7bit"), html(page, cte="7bit")),
        calendar(ics, cte="base64", filename="interview.ics", disposition="attachment"),
    ))


@mail(name(9), family="ms_bookings", lang="de-AT", interview=True, kind="scheduled",
      start="2026-10-23T09:00:00Z", end="2026-10-23T09:45:00Z", contact=None,
      company="Grazer Verkehrstechnik", local="Fri 2026-10-23 11:00", local_end="2026-10-23 11:45",
      zone=VIE,
      note="Microsoft Bookings confirmation (HTML only): 'Freitag, 23. Oktober 2026, 11:00 - 11:45 "
           "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien' - the label shows the "
           "standard offset, but on 23 Oct Vienna is on CEST (UTC+2): 09:00-09:45Z, as the ICS "
           "(W. Europe Standard Time) confirms. Sender is a Bookings mailbox, staff named without an "
           "address: contact null.")
def m09() -> bytes:
    when = "2026-10-19 08:31:02"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#323130;font-size:14px">
        <table width="100%" cellpadding="0" cellspacing="0" style="max-width:600px">
        <tr><td style="padding:20px 0"><span style="font-size:20px;font-weight:600">Grazer Verkehrstechnik GmbH</span></td></tr>
        <tr><td style="padding-bottom:16px"><span style="font-size:24px">Ihre Buchung wurde bestätigt</span></td></tr>
        <tr><td style="padding-bottom:8px">Hallo Lukas Pichler,</td></tr>
        <tr><td style="padding-bottom:16px">vielen Dank für Ihre Buchung. Wir freuen uns auf das Gespräch!</td></tr>
        <tr><td style="border-top:1px solid #edebe9;padding-top:16px">
        <div style="font-weight:600">Vorstellungsgespräch Fahrzeugtechnik (45 Min.)</div>
        <div>Freitag, 23. Oktober 2026</div>
        <div>11:00 - 11:45</div>
        <div style="color:#605e5c">(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        </td></tr>
        <tr><td style="padding-top:12px"><span style="color:#605e5c">Mitarbeiter:</span> Daniela Reisinger</td></tr>
        <tr><td style="padding-top:4px"><span style="color:#605e5c">Ort:</span> Grazer Verkehrstechnik GmbH, Waagner-Biro-Straße 98, 8020 Graz, 3. OG</td></tr>
        <tr><td style="padding-top:16px"><a href="https://outlook.office365.com/owa/calendar/GrazerVerkehrstechnikBewerbungen@grazerverkehrstechnik.onmicrosoft.com/bookings/manage/8f1c2d3e" style="color:#0078d4">Buchung verwalten</a>
        &nbsp;|&nbsp; <a href="https://outlook.office365.com/owa/calendar/GrazerVerkehrstechnikBewerbungen@grazerverkehrstechnik.onmicrosoft.com/bookings/cancel/8f1c2d3e" style="color:#0078d4">Stornieren</a></td></tr>
        <tr><td style="padding-top:24px;font-size:12px;color:#a19f9d">Bitte antworten Sie nicht auf diese E-Mail. Mit Microsoft Bookings erstellt.</td></tr>
        </table></body></html>
    """)
    ics = WEST.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Grazer Verkehrstechnik - Bewerbungen:mailto:GrazerVerkehrstechnikBewerbungen@grazerverkehrstechnik.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Pichler:mailto:lukas.pichler@example.org
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Fahrzeugtechnik (45 Min.)
DTSTART;TZID=W. Europe Standard Time:20261023T110000
DTEND;TZID=W. Europe Standard Time:20261023T114500
UID:040000008200E00074C5B7101A82E00800000000C17E2AAB8E5EDD01000000000000000010000000F0A1B2C3D4E5F60718293A4B5C6D7E8F
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T063102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Grazer Verkehrstechnik GmbH\\, Waagner-Biro-Straße 98\\, 8020 Graz
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Received", mx("from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2093.outbound.protection.outlook.com [40.107.105.93])",
                        when, VIE, "4NDsL1yq9Vz0bX")),
        ("From", "Grazer Verkehrstechnik - Bewerbungen <GrazerVerkehrstechnikBewerbungen@grazerverkehrstechnik.onmicrosoft.com>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Gebucht: Vorstellungsgespräch Fahrzeugtechnik (45 Min.) für Lukas Pichler")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<DB9PR03MB8311A7C3E0F1D2B3C4A5E6F7B8C9@DB9PR03MB8311.eurprd03.prod.outlook.com>"),
        ("Content-Language", "de-AT"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]
    return message(headers, mixed(
        html(page, cte="base64"),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True),
    ))


@mail(name(10), family="human_prose", lang="de-DE", interview=True, kind="scheduled",
      start="2026-11-04T14:00:00Z", contact="johanna.seidl@isarwerk-robotics.de",
      company="Isarwerk Robotics", local="Wed 2026-11-04 15:00", zone=BER,
      note="Recruiter from Munich: 'am Mittwoch um 15 Uhr' against Date Fri 30 Oct 2026 = Wed 4 Nov, "
           "15:00 CET (UTC+1) = 14:00Z. The attached Outlook entry is an ALL-DAY event "
           "(DTSTART;VALUE=DATE:20261104), so the time is only in the text. 'ca. 2 Stunden' -> no end. "
           "Contact = sender (also ORGANIZER).")
def m10() -> bytes:
    when = "2026-10-30 16:20:13"
    body = t("""
        Hallo Lukas,

        schön, dass es so schnell geklappt hat! Wie eben am Telefon besprochen sehen wir uns am
        Mittwoch um 15 Uhr bei uns in Garching (Lichtenbergstraße 8, Empfang Gebäude B). Mit dabei
        sind Markus Brandl (Teamlead Kinematik) und ich. Plan mal ca. 2 Stunden ein, danach zeigen
        wir dir noch unsere Roboterzelle.

        Ich hab dir den Termin als Kalendereintrag angehängt.

        Viele Grüße aus München
        Johanna

        --
        Johanna Seidl
        People & Talent
        Isarwerk Robotics GmbH | Lichtenbergstraße 8 | 85748 Garching b. München
        Tel. +49 89 4161 902-15
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN="Lukas Pichler";RSVP=TRUE:mailto:lukas.pichler@example.org
CLASS:PUBLIC
CREATED:20261030T152013Z
DTEND;VALUE=DATE:20261105
DTSTAMP:20261030T152013Z
DTSTART;VALUE=DATE:20261104
LAST-MODIFIED:20261030T152013Z
LOCATION:Isarwerk Robotics\\, Garching\\, Gebäude B
ORGANIZER;CN="Johanna Seidl":mailto:johanna.seidl@isarwerk-robotics.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Lukas Pichler (15 Uhr\\, Markus + Johanna)
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000E0C6F2D4A168DD01000000000000000010000000
 7A1B3C5D7E9F0A2B4C6D8E0F1A3B5C7D
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", mx("from mout.kundenserver.example (mout.kundenserver.example [212.227.17.10])", when, BER, "4NKc7pF3wNz2Rj")),
        ("From", "Johanna Seidl <johanna.seidl@isarwerk-robotics.de>"),
        ("To", "'Lukas Pichler' <lukas.pichler@example.org>"),
        ("Subject", enc("Unser Gespräch am Mittwoch – Isarwerk Robotics")),
        ("Date", date(when, BER)),
        ("Message-ID", "<003201dc4879$a1b2c3d0$e4f5a6b7$@isarwerk-robotics.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdxIeaGywNDk9aa3Qm2T0g6PvX1s8Q=="),
        ("Content-Language", "de"),
    ]
    return message(headers, mixed(
        text(body, charset="iso-8859-15"),
        calendar(ics, method="REQUEST", cte="quoted-printable", filename="Vorstellungsgespraech.ics", disposition="attachment"),
    ))


@mail(name(11), family="workday", lang="de-DE", interview=True, kind="scheduled",
      start="2026-11-11T08:30:00Z", end="2026-11-11T09:30:00Z", contact="selin.aydin@schwabentech.de",
      company="Schwabentech Automotive", local="Wed 2026-11-11 09:30", local_end="2026-11-11 10:30",
      zone=BER,
      note="Workday notification in German: '11.11.2026, 09:30 - 10:30 (GMT+01:00) "
           "Mitteleuropäische Normalzeit (Berlin)' = 08:30-09:30Z. Sender is the tenant's myworkday "
           "mailbox; contact = recruiter address in the body.")
def m11() -> bytes:
    when = "2026-11-03 09:02:51"
    body = t("""
        Hallo Lukas Pichler,

        für Ihre Bewerbung auf die Stelle Entwicklungsingenieur Bremssysteme (m/w/d) - R-2026-04417
        wurde ein Interview geplant.

        Interviewdetails
        Datum: 11.11.2026
        Uhrzeit: 09:30 - 10:30 (GMT+01:00) Mitteleuropäische Normalzeit (Berlin)
        Art: Vor Ort
        Ort: Schwabentech Campus Feuerbach, Gebäude 7, Raum 7.204, Wernerstraße 51, 70469 Stuttgart
        Interviewer: Dr. Jens Haberle; Selin Aydın

        Bitte melden Sie sich 15 Minuten vor Beginn an der Pforte Tor 2 mit einem gültigen
        Ausweisdokument.

        Bei Fragen zu Ihrem Termin wenden Sie sich bitte an Ihre Recruiterin Selin Aydın
        (selin.aydin@schwabentech.de).

        Sie können den Status Ihrer Bewerbung jederzeit in Ihrem Kandidatenkonto einsehen:
        https://schwabentech.wd3.myworkdayjobs.com/de-DE/Careers/userHome

        Mit freundlichen Grüßen
        Ihr Talent-Acquisition-Team
        Schwabentech Automotive SE

        Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
    """)
    page = t("""
        <html><body><div style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <p>Hallo Lukas Pichler,</p>
        <p>für Ihre Bewerbung auf die Stelle <b>Entwicklungsingenieur Bremssysteme (m/w/d) - R-2026-04417</b> wurde ein Interview geplant.</p>
        <p><b>Interviewdetails</b><br>
        Datum: 11.11.2026<br>
        Uhrzeit: 09:30 - 10:30 (GMT+01:00) Mitteleuropäische Normalzeit (Berlin)<br>
        Art: Vor Ort<br>
        Ort: Schwabentech Campus Feuerbach, Gebäude 7, Raum 7.204, Wernerstraße 51, 70469 Stuttgart<br>
        Interviewer: Dr. Jens Haberle; Selin Aydın</p>
        <p>Bitte melden Sie sich 15 Minuten vor Beginn an der Pforte Tor 2 mit einem gültigen Ausweisdokument.</p>
        <p>Bei Fragen zu Ihrem Termin wenden Sie sich bitte an Ihre Recruiterin Selin Aydın (<a href="mailto:selin.aydin@schwabentech.de">selin.aydin@schwabentech.de</a>).</p>
        <p>Sie können den Status Ihrer Bewerbung jederzeit in Ihrem <a href="https://schwabentech.wd3.myworkdayjobs.com/de-DE/Careers/userHome">Kandidatenkonto</a> einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Schwabentech Automotive SE</p>
        <p style="font-size:11px;color:#777">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </div></body></html>
    """)
    headers = [
        ("Return-Path", "<schwabentech@myworkday.com>"),
        ("Received", mx("from wd3-mta-03.myworkday.com (wd3-mta-03.myworkday.com [216.6.33.145])", when, BER, "4NPq3Xk8cBz1mW")),
        ("Date", date(when, BER)),
        ("From", "Schwabentech Automotive <schwabentech@myworkday.com>"),
        ("To", "lukas.pichler@example.org"),
        ("Message-ID", "<1466203871.88412.1762156971412@wd3-prod-ptimp-07.myworkday.com>"),
        ("Subject", enc("Ihr Interview wurde geplant: Entwicklungsingenieur Bremssysteme (m/w/d)")),
    ]
    return message(headers, alt(text(body, cte="quoted-printable"), html(page, cte="quoted-printable")))


@mail(name(12), family="zoom", lang="de-AT", interview=True, kind="scheduled",
      start="2026-11-12T15:30:00Z", contact="t.reiter@alpenlicht-optics.at", company="Alpenlicht Optics",
      local="Thu 2026-11-12 16:30", zone=VIE,
      note="Hiring manager pastes a German Zoom invitation: 'Donnerstag, 12.11. um 16:30 Uhr' and "
           "Zoom's 'Uhrzeit: 12.Nov..2026 04:30 PM Amsterdam, Berlin, Rom, Stockholm, Wien' = "
           "15:30Z (CET). 'eine gute Stunde' is approximate -> no end. windows-1252 QP. Contact = sender.")
def m12() -> bytes:
    when = "2026-11-06 13:45:30"
    body = t("""
        Lieber Herr Pichler,

        danke nochmals für das nette Telefonat gestern. Wie besprochen hier die Einwahldaten für
        unser Gespräch am Donnerstag, 12.11. um 16:30 Uhr. Von unserer Seite ist auch Frau
        DI Eder aus der Optomechanik dabei; wir planen eine gute Stunde ein.

        Falls Sie vorab Unterlagen (z. B. eine Projektliste) schicken möchten, gerne direkt an mich.

        Beste Grüße aus Wien
        Thomas Reiter

        Dr. Thomas Reiter
        Head of Optomechanical Engineering
        Alpenlicht Optics GmbH | Muthgasse 26 | 1190 Wien
        +43 1 3700 512-40 | www.alpenlicht-optics.at

        --------------------------------------------------------------------------------
        Thomas Reiter lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Gespräch Lukas Pichler – Optomechanik
        Uhrzeit: 12.Nov..2026 04:30 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://alpenlicht.zoom.us/j/84512093321?pwd=bE1qV0tQZ2Ztd3FhS1N6UT09

        Meeting-ID: 845 1209 3321
        Kenncode: 730215

        ---

        Schnelleinwahl mobil
        +4312535501,,84512093321#,,,,*730215# Österreich
        +4312535502,,84512093321#,,,,*730215# Österreich
        --------------------------------------------------------------------------------
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="DE-AT"><div class="WordSection1">
        <p class="MsoNormal">Lieber Herr Pichler,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">danke nochmals für das nette Telefonat gestern. Wie besprochen hier die Einwahldaten für unser Gespräch am <b>Donnerstag, 12.11. um 16:30 Uhr</b>. Von unserer Seite ist auch Frau DI Eder aus der Optomechanik dabei; wir planen eine gute Stunde ein.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Falls Sie vorab Unterlagen (z. B. eine Projektliste) schicken möchten, gerne direkt an mich.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Beste Grüße aus Wien<br>Thomas Reiter</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><span style="font-size:9pt;color:gray">Dr. Thomas Reiter<br>Head of Optomechanical Engineering<br>Alpenlicht Optics GmbH | Muthgasse 26 | 1190 Wien<br>+43 1 3700 512-40 | www.alpenlicht-optics.at</span></p>
        <p class="MsoNormal">--------------------------------------------------------------------------------<br>
        Thomas Reiter lädt Sie zu einem geplanten Zoom-Meeting ein.<br><br>
        Thema: Gespräch Lukas Pichler – Optomechanik<br>
        Uhrzeit: 12.Nov..2026 04:30 PM Amsterdam, Berlin, Rom, Stockholm, Wien<br><br>
        Zoom-Meeting beitreten<br>
        <a href="https://alpenlicht.zoom.us/j/84512093321?pwd=bE1qV0tQZ2Ztd3FhS1N6UT09">https://alpenlicht.zoom.us/j/84512093321?pwd=bE1qV0tQZ2Ztd3FhS1N6UT09</a><br><br>
        Meeting-ID: 845 1209 3321<br>Kenncode: 730215<br>
        --------------------------------------------------------------------------------</p>
        </div></body></html>
    """)
    headers = [
        ("Received", mx("from mail.alpenlicht-optics.at (mail.alpenlicht-optics.at [91.114.38.20])", when, VIE, "4NR2vM9hJ3z7Qs")),
        ("From", "Thomas Reiter <t.reiter@alpenlicht-optics.at>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Unser Gespräch am Donnerstag – Zoom-Einwahl", "windows-1252")),
        ("Thread-Topic", enc("Unser Gespräch am Donnerstag – Zoom-Einwahl", "windows-1252")),
        ("Thread-Index", "AdxP1dQm8rN2pVz4R0yF6kCw3hS9Tg=="),
        ("Date", date(when, VIE)),
        ("Message-ID", "<6f2c91a0e8b4413d9c7a5b2e1f0d3c84@alpenlicht-optics.at>"),
        ("Accept-Language", "de-AT, en-US"),
        ("Content-Language", "de-AT"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


AKL = "Pacific/Auckland"


@mail(name(13), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T19:00:00Z", end="2026-11-16T19:45:00Z", contact="aroha.tane@kahurobotics.co.nz",
      company="Kahu Robotics", local="Tue 2026-11-17 08:00", local_end="2026-11-17 08:45", zone=AKL,
      note="Recruiter in Christchurch: 'Tuesday 17 November at 8:00am NZDT' (UTC+13) = Mon 16 Nov "
           "19:00Z - a local date that is the previous day in UTC; the body also gives 'Monday 16 "
           "November at 8:00pm for you in Graz' (CET) = 19:00Z. 'booked for 45 minutes' -> end "
           "19:45Z. The Date (Wed 11 Nov 09:12 +1300) is itself Tue 10 Nov in UTC. Contact = sender.")
def m13() -> bytes:
    when = "2026-11-11 09:12:20"
    body = t("""
        Kia ora Lukas,

        Lovely to hear back from you, and thanks for being so flexible with the time difference!

        Let's lock it in: Tuesday 17 November at 8:00am NZDT. If my maths is right that's Monday
        16 November at 8:00pm for you in Graz. It'll be me and Sam Whitcombe (our lead mechanical
        engineer), booked for 45 minutes, on Google Meet:
        https://meet.google.com/kwp-ttzd-hbn

        Sam will mostly want to hear about the gripper housings you did for the palletising cells.

        Ngā mihi,
        Aroha

        Aroha Tane | Talent Partner
        Kahu Robotics Ltd | Ōtautahi Christchurch, New Zealand

        On Wed, 11 Nov 2026 at 07:05, Lukas Pichler <lukas.pichler@example.org> wrote:
        > Hi Aroha,
        >
        > thanks for getting back to me. Early mornings your time work best for me, any day
        > next week.
        >
        > Best,
        > Lukas
    """)
    headers = [
        ("Received", mx("from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])", when, AKL, "4NS9kW2qXbz5nF")),
        ("MIME-Version", "1.0"),
        ("References", "<CAF3x9Lq2vYb@mail.example.org> <CAJ8k2WpR1cT0e=Vn7q4Hs@mail.gmail.com>"),
        ("In-Reply-To", "<CAF3x9Lq2vYb@mail.example.org>"),
        ("From", "Aroha Tane <aroha.tane@kahurobotics.co.nz>"),
        ("Date", date(when, AKL)),
        ("Message-ID", "<CAJ8k2WqT4m0h+Kx5b1sNcV9e@mail.gmail.com>"),
        ("Subject", "Re: Mechanical Design Engineer (remote) - next step"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(name(14), family="softgarden", lang="de-DE", interview=True, kind="scheduled",
      start="2026-11-18T10:00:00Z", end="2026-11-18T11:30:00Z",
      contact="tobias.ruckaberle@neckartal-fluid.de", company="Neckartal Fluidtechnik",
      local="Wed 2026-11-18 11:00", local_end="2026-11-18 12:30", zone=BER,
      note="softgarden confirmation after the candidate picked a slot: 'Mittwoch, 18. November 2026, "
           "11:00 bis 12:30 Uhr' in Esslingen (CET) = 10:00-11:30Z. ISO-8859-1 QP. No-reply sender; "
           "contact = the HR officer's address in the body.")
def m14() -> bytes:
    when = "2026-11-10 14:11:38"
    body = t("""
        Sehr geehrter Herr Pichler,

        vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die
        Position "Konstrukteur Hydraulikkomponenten (m/w/d)":

        Termin:   Mittwoch, 18. November 2026, 11:00 bis 12:30 Uhr
        Ort:      Neckartal Fluidtechnik GmbH, Plochinger Straße 112, 73730 Esslingen am Neckar,
                  Gebäude 3, Besprechungsraum "Neckar"
        Ihre Gesprächspartner:
                  Dr.-Ing. Frieder Haug (Leiter Entwicklung)
                  Tobias Ruckaberle (Personalreferent)

        Anfahrt: Mit der S-Bahn (S1) bis Esslingen (Neckar), von dort ca. 10 Minuten zu Fuß.
        Besucherparkplätze stehen vor Gebäude 1 zur Verfügung.

        Bei Rückfragen erreichen Sie Herrn Ruckaberle unter +49 711 3105-224 oder per E-Mail an
        tobias.ruckaberle@neckartal-fluid.de.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Neckartal Fluidtechnik GmbH

        Diese E-Mail wurde automatisch über softgarden versendet. Antworten an diese Adresse
        können nicht bearbeitet werden.
    """)
    page = t("""
        <html><head><meta http-equiv="content-type" content="text/html; charset=ISO-8859-1"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Pichler,</p>
        <p>vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die
        Position "Konstrukteur Hydraulikkomponenten (m/w/d)":</p>
        <table><tr><td valign="top"><b>Termin:</b></td><td>Mittwoch, 18. November 2026, 11:00 bis 12:30 Uhr</td></tr>
        <tr><td valign="top"><b>Ort:</b></td><td>Neckartal Fluidtechnik GmbH, Plochinger Straße 112, 73730 Esslingen am Neckar,<br>Gebäude 3, Besprechungsraum "Neckar"</td></tr>
        <tr><td valign="top"><b>Ihre Gesprächspartner:</b></td><td>Dr.-Ing. Frieder Haug (Leiter Entwicklung)<br>Tobias Ruckaberle (Personalreferent)</td></tr></table>
        <p>Anfahrt: Mit der S-Bahn (S1) bis Esslingen (Neckar), von dort ca. 10 Minuten zu Fuß.
        Besucherparkplätze stehen vor Gebäude 1 zur Verfügung.</p>
        <p>Bei Rückfragen erreichen Sie Herrn Ruckaberle unter +49 711 3105-224 oder per E-Mail an
        <a href="mailto:tobias.ruckaberle@neckartal-fluid.de">tobias.ruckaberle@neckartal-fluid.de</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Neckartal Fluidtechnik GmbH</p>
        <p style="font-size:10px;color:#999">Diese E-Mail wurde automatisch über softgarden versendet.
        Antworten an diese Adresse können nicht bearbeitet werden.</p>
        </body></html>
    """)
    headers = [
        ("Return-Path", "<bounce@mail.softgarden.io>"),
        ("Received", mx("from mail.softgarden.io (mail.softgarden.io [185.191.172.18])", when, BER, "4NRx5Lc0pHz9Wq")),
        ("From", "Neckartal Fluidtechnik GmbH <noreply@softgarden.io>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs am 18.11.2026", "iso-8859-1")),
        ("Date", date(when, BER)),
        ("Message-ID", "<sg.1762780298.4471.c2b91e@mail.softgarden.io>"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(name(15), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-24T12:00:00Z", end="2026-11-24T14:00:00Z", contact="lea.vogt@brennerline.com",
      company="Brennerline Mobility", local="Tue 2026-11-24 13:00", local_end="2026-11-24 15:00",
      zone=BER,
      note="GoodTime itinerary, two sessions on Tue 24 Nov, 1:00-1:45 PM and 2:00-3:00 PM Central "
           "European Time (UTC+01:00): start = first session 12:00Z, end = last session end 14:00Z. "
           "Contact = coordinator via Reply-To.")
def m15() -> bytes:
    when = "2026-11-18 17:05:09"
    body = t("""
        Hi Lukas,

        Your interview with Brennerline Mobility is confirmed. Here is your itinerary.

        Tuesday, November 24, 2026
        All times are shown in Central European Time (UTC+01:00)

        1:00 PM - 1:45 PM   Technical deep dive: suspension kinematics
                            with Florian Egger, Lead Chassis Engineer
        2:00 PM - 3:00 PM   Design case & team conversation
                            with Anja Mayr, Head of Vehicle Engineering
                            and Jonas Kühn, Senior CAE Engineer

        Each session has its own Google Meet link; you will receive a separate calendar invitation
        for each of them.

        Questions? Just reply to this email and it will reach Lea Vogt, your recruiting coordinator.

        Good luck!
        The Brennerline Mobility Talent Team

        Powered by GoodTime
    """)
    page = t("""
        <html><body style="background:#f6f7f9;font-family:Inter,Arial,sans-serif;color:#1f2933">
        <table align="center" width="560" style="background:#fff;padding:28px;border-radius:6px">
        <tr><td>
        <p>Hi Lukas,</p>
        <p>Your interview with <b>Brennerline Mobility</b> is confirmed. Here is your itinerary.</p>
        <p style="font-size:16px;font-weight:600;margin-bottom:2px">Tuesday, November 24, 2026</p>
        <p style="color:#616e7c;margin-top:0">All times are shown in Central European Time (UTC+01:00)</p>
        <table cellpadding="6" style="border-top:1px solid #e4e7eb">
        <tr><td valign="top" style="white-space:nowrap">1:00 PM - 1:45 PM</td><td><b>Technical deep dive: suspension kinematics</b><br>with Florian Egger, Lead Chassis Engineer</td></tr>
        <tr><td valign="top" style="white-space:nowrap">2:00 PM - 3:00 PM</td><td><b>Design case &amp; team conversation</b><br>with Anja Mayr, Head of Vehicle Engineering<br>and Jonas Kühn, Senior CAE Engineer</td></tr>
        </table>
        <p>Each session has its own Google Meet link; you will receive a separate calendar invitation for each of them.</p>
        <p>Questions? Just reply to this email and it will reach Lea Vogt, your recruiting coordinator.</p>
        <p>Good luck!<br>The Brennerline Mobility Talent Team</p>
        <p style="font-size:11px;color:#9aa5b1">Powered by GoodTime</p>
        </td></tr></table></body></html>
    """)
    headers = [
        ("Return-Path", "<bounces+7712094-a1f0@mail.goodtime.io>"),
        ("Received", mx("from o7.mail.goodtime.io (o7.mail.goodtime.io [149.72.150.7])", when, BER, "4NWb8Gq1yTz3kP")),
        ("From", "Brennerline Mobility Talent <no-reply@goodtime.io>"),
        ("Reply-To", "Lea Vogt <lea.vogt@brennerline.com>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", "Your interview itinerary - Brennerline Mobility, Tuesday, November 24"),
        ("Date", date(when, BER)),
        ("Message-ID", "<gt-itinerary-3f8a1d92c7e04b65@mail.goodtime.io>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(name(16), family="forward_self", lang="de-AT", interview=True, kind="scheduled",
      start="2026-12-01T12:30:00Z", contact="katharina.moser@donauplan.at", company="Donauplan Ingenieure",
      local="Tue 2026-12-01 13:30", zone=VIE,
      note="The candidate forwards (as an attached message/rfc822) a confirmation from his other "
           "address to this one: 'Dienstag, 1. Dezember 2026, um 13:30 Uhr' in Vienna (CET) = "
           "12:30Z; 'rund eine Stunde' -> no end. His own note adds a train time (10:33), which is "
           "not the interview. Contact = the engineer in the forwarded From (never the candidate).",
      days=(("Tue", "2026-12-01"),))
def m16() -> bytes:
    inner_when = "2026-11-26 10:31:55"
    when = "2026-11-27 07:55:02"
    inner_body = t("""
        Sehr geehrter Herr Pichler,

        vielen Dank für Ihre rasche Rückmeldung. Gerne bestätige ich Ihnen den Termin für das
        Vorstellungsgespräch am

            Dienstag, 1. Dezember 2026, um 13:30 Uhr

        in unserem Büro, Landstraßer Hauptstraße 71, 1030 Wien, 4. Stock (bitte bei "Donauplan"
        läuten). Das Gespräch führen Herr DI Feichtinger (Geschäftsführung) und ich; es dauert
        rund eine Stunde.

        Mit freundlichen Grüßen

        DI Katharina Moser
        Projektleitung Tragwerksplanung
        Donauplan Ingenieure ZT GmbH
        Landstraßer Hauptstraße 71 | 1030 Wien
        T +43 1 712 44 08-23 | katharina.moser@donauplan.at
    """)
    inner = message([
        ("Return-Path", "<katharina.moser@donauplan.at>"),
        ("From", "DI Katharina Moser <katharina.moser@donauplan.at>"),
        ("To", "Lukas Pichler <lukas.pichler@example.net>"),
        ("Subject", enc("Bestätigung Vorstellungsgespräch")),
        ("Date", date(inner_when, VIE)),
        ("Message-ID", "<8a1d3f5e-2b4c-4d6e-9f0a-1b2c3d4e5f60@donauplan.at>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-AT"),
    ], text(inner_body, cte="8bit"))
    outer_body = t("""
        zur Sicherheit auch hierher.
        Zug 10:33 ab Graz Hbf nehmen, Ankunft Wien Hbf 13:10 - knapp, lieber den früheren!
    """)
    headers = [
        ("Received", mx("from mail.example.net (mail.example.net [198.51.100.25])", when, VIE, "4NYh1Vb6rLz0sC")),
        ("From", "Lukas Pichler <lukas.pichler@example.net>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", enc("Fwd: Bestätigung Vorstellungsgespräch")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<c41f7b2e-90d5-4a3e-8e61-5f2a9d0c7b18@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-AT"),
    ]
    return message(headers, mixed(text(outer_body, cte="8bit", params="format=flowed"),
                                  attached_message(inner, "Bestaetigung Vorstellungsgespraech.eml")))


# =========================================================================== positives: rescheduled


@mail(name(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-10-02T11:00:00Z", end="2026-10-02T14:00:00Z",
      contact="sophie.brandl@kestrel-drivetrain.de", company="Kestrel Drivetrain",
      local="Fri 2026-10-02 13:00", local_end="2026-10-02 16:00", zone=BER,
      note="Greenhouse reschedule of the on-site round in Munich: previously Thu 1 Oct 10:00 AM - "
           "1:00 PM, now Fri 2 Oct 1:00 PM - 4:00 PM CEST = 11:00-14:00Z (the new time); ICS "
           "SEQUENCE:1 agrees. Same thread as the first-round confirmation. Contact = Reply-To.",
      days=(("Thu", "2026-10-01"),))
def m17() -> bytes:
    when = "2026-09-28 10:40:18"
    body = t("""
        Hi Lukas,

        As discussed with Sophie, your on-site interview with Kestrel Drivetrain has been
        rescheduled. Please see the updated details below.

        NEW TIME
        Friday, October 2, 2026
        1:00 PM - 4:00 PM CEST (Europe/Berlin)

        Previously: Thursday, October 1, 2026, 10:00 AM - 1:00 PM CEST

        Location: Kestrel Drivetrain GmbH, Lilienthalallee 12, 80939 München - please ask for
        Sophie Brandl at reception (building A).

        Schedule:
          1:00 PM  Welcome & plant tour (Sophie Brandl)
          1:45 PM  Technical interview (Matthias Köhler, Elena Vasić)
          3:15 PM  Conversation with the VP Engineering (Dr. Ulrich Steiner)

        We will reimburse your train ticket from Graz; just keep the receipt.

        If you have any questions, reply to this email.

        Best regards,
        Kestrel Drivetrain Talent Acquisition

        --
        Powered by Greenhouse
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Lukas,</p>
        <p>As discussed with Sophie, your on-site interview with Kestrel Drivetrain has been <b>rescheduled</b>. Please see the updated details below.</p>
        <div style="border-left:4px solid #24a47f;padding:8px 12px;margin:12px 0">
        <div style="font-size:12px;color:#24a47f;font-weight:bold">NEW TIME</div>
        <div><b>Friday, October 2, 2026</b></div><div>1:00 PM - 4:00 PM CEST (Europe/Berlin)</div></div>
        <p style="color:#888"><s>Thursday, October 1, 2026, 10:00 AM - 1:00 PM CEST</s></p>
        <p><b>Location:</b> Kestrel Drivetrain GmbH, Lilienthalallee 12, 80939 M&uuml;nchen - please ask for Sophie Brandl at reception (building A).</p>
        <p><b>Schedule:</b><br>1:00 PM Welcome &amp; plant tour (Sophie Brandl)<br>1:45 PM Technical interview (Matthias K&ouml;hler, Elena Vasi&#263;)<br>3:15 PM Conversation with the VP Engineering (Dr. Ulrich Steiner)</p>
        <p>We will reimburse your train ticket from Graz; just keep the receipt.</p>
        <p>If you have any questions, reply to this email.</p>
        <p>Best regards,<br>Kestrel Drivetrain Talent Acquisition</p>
        <p style="font-size:11px;color:#9a9a9a">Powered by Greenhouse</p>
        </body></html>
    """)
    ics = VTZ["Europe/Berlin"].join(["""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:gh-interview-5528810912@greenhouse.io
DTSTAMP:20260928T084018Z
DTSTART;TZID=Europe/Berlin:20261002T130000
DTEND;TZID=Europe/Berlin:20261002T160000
SEQUENCE:1
SUMMARY:Onsite: Lukas Pichler <> Kestrel Drivetrain (Senior Design Engineer)
LOCATION:Kestrel Drivetrain GmbH\\, Lilienthalallee 12\\, 80939 München
ORGANIZER;CN=Sophie Brandl:mailto:sophie.brandl@kestrel-drivetrain.de
ATTENDEE;CN=Lukas Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.pichler@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Return-Path", "<bounces+3318862-9a41@us.greenhouse-mail.io>"),
        ("Received", mx("from o22.us.greenhouse-mail.io (o22.us.greenhouse-mail.io [167.89.44.22])",
                        when, BER, "4N3Lp7sT2Wz6yM")),
        ("From", "Kestrel Drivetrain <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Sophie Brandl <sophie.brandl@kestrel-drivetrain.de>"),
        ("To", LUKAS),
        ("Subject", "Updated: your onsite interview with Kestrel Drivetrain has been rescheduled"),
        ("Date", date(when, BER)),
        ("Message-ID", "<6610a7d3e2b45.9c4d2e@us.greenhouse-mail.io>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@mail(name(18), family="exchange", lang="de-AT", interview=True, kind="rescheduled",
      start="2026-11-06T08:00:00Z", end="2026-11-06T09:00:00Z", contact="s.leitgeb@poeltl-kaelte.at",
      company="Pöltl Kältetechnik", local="Fri 2026-11-06 09:00", local_end="2026-11-06 10:00", zone=VIE,
      note="Outlook meeting update from Vienna: moved from 'Donnerstag, 5.11., 14:00 Uhr' to "
           "'Freitag, 6.11., 9:00 Uhr' (CET) = 08:00Z; ICS SEQUENCE:2, W. Europe Standard Time, "
           "DTEND 10:00 -> 09:00Z. Start = the new time. Contact = organizer/sender.",
      days=(("Thu", "2026-11-05"),))
def m18() -> bytes:
    when = "2026-11-02 14:12:40"
    body = t("""
        Sehr geehrter Herr Pichler,

        wie eben telefonisch besprochen verschiebe ich unser Gespräch von Donnerstag, 5.11.,
        14:00 Uhr auf Freitag, 6.11., 9:00 Uhr. Ort bleibt unverändert (Perfektastraße 88,
        1230 Wien, Besprechungsraum EG). Die aktualisierte Einladung finden Sie anbei - bitte
        kurz annehmen.

        Danke für Ihre Flexibilität!

        Freundliche Grüße
        Sandra Leitgeb
        Personalentwicklung

        Pöltl Kältetechnik GmbH
        Perfektastraße 88, 1230 Wien
        Tel.: +43 1 869 22 10-31
        s.leitgeb@poeltl-kaelte.at | www.poeltl-kaelte.at
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE-AT"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrter Herr Pichler,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">wie eben telefonisch besprochen verschiebe ich unser Gespräch von <s>Donnerstag, 5.11., 14:00 Uhr</s> auf <b>Freitag, 6.11., 9:00 Uhr</b>. Ort bleibt unverändert (Perfektastraße 88, 1230 Wien, Besprechungsraum EG). Die aktualisierte Einladung finden Sie anbei - bitte kurz annehmen.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Danke für Ihre Flexibilität!</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Freundliche Grüße<br>Sandra Leitgeb<br>Personalentwicklung</p>
        <p class="MsoNormal"><span style="font-size:8pt;color:#1F4E79">Pöltl Kältetechnik GmbH<br>Perfektastraße 88, 1230 Wien<br>Tel.: +43 1 869 22 10-31<br>s.leitgeb@poeltl-kaelte.at | www.poeltl-kaelte.at</span></p>
        </div></body></html>
    """)
    ics = WEST.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Sandra Leitgeb:mailto:s.leitgeb@poeltl-kaelte.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Pichler:mailto:lukas.pichler@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ing. Robert Pöltl:mailto:r.poeltl@poeltl-kaelte.at
DESCRIPTION;LANGUAGE=de-AT:Gespräch Konstrukteur Kälteanlagen (m/w/d)\\n
UID:040000008200E00074C5B7101A82E00800000000D4A0B2E9C96ADD01000000000000000010000000A4F2E7C91B3D5F608192A3B4C5D6E7F8
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Lukas Pichler - Konstrukteur Kälteanlagen
DTSTART;TZID=W. Europe Standard Time:20261106T090000
DTEND;TZID=W. Europe Standard Time:20261106T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T131240Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-AT:Pöltl Kältetechnik\\, Perfektastraße 88\\, 1230 Wien\\, Besprechungsraum EG
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1873340211
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
END:VCALENDAR"""])
    headers = [
        ("Received", mx("from mail.poeltl-kaelte.at (mail.poeltl-kaelte.at [193.81.40.117])", when, VIE, "4NMq6Tr0dFz8Lv")),
        ("From", enc("Sandra Leitgeb <s.leitgeb@poeltl-kaelte.at>")),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Vorstellungsgespräch Lukas Pichler - Konstrukteur Kälteanlagen")),
        ("Thread-Topic", enc("Vorstellungsgespräch Lukas Pichler - Konstrukteur Kälteanlagen")),
        ("Thread-Index", "AdxMy3F0q2bX1aWkT4m8eR6cV9n0Zg=="),
        ("Date", date(when, VIE)),
        ("Message-ID", "<4b7e2a91c3d84f56a0e1b2c3d4e5f607@EXCH01.poeltl-kaelte.local>"),
        ("Accept-Language", "de-AT, en-US"),
        ("Content-Language", "de-AT"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(name(19), family="human_prose", lang="de-AT", interview=True, kind="rescheduled",
      start="2026-10-09T08:00:00Z", contact="stefan@fluxwerk.at", company="Fluxwerk",
      local="Fri 2026-10-09 10:00", zone=VIE,
      note="Startup founder (same thread as the first interview) moves the second interview: "
           "'Statt Do., 8.10. um 15 Uhr machen wir's jetzt am Freitag, 9.10., um 10 Uhr' and says "
           "it is already fixed; 10:00 CEST = 08:00Z (new time). No length. Contact = sender.",
      days=(("Thu", "2026-10-08"),))
def m19() -> bytes:
    when = "2026-10-06 08:15:33"
    body = t("""
        Servus Lukas,

        blöde Sache: der Martin muss am Donnerstag spontan zu einem Kunden nach Linz, daher müssen wir das zweite Gespräch mit unserer Geschäftsführerin verschieben.

        Statt Do., 8.10. um 15 Uhr machen wir's jetzt am Freitag, 9.10., um 10 Uhr - du hast ja gestern gesagt, Freitag Vormittag geht bei dir auch. Gabi hat sich das schon fix eingetragen. Ort wie gehabt (Reininghausstraße 13, 2. Stock).

        Sorry fürs Hin und Her!

        LG
        Stefan

        --
        Stefan Gruber
        Co-Founder & Head of Engineering
        Fluxwerk GmbH | Reininghausstraße 13 | 8020 Graz
        +43 664 215 80 47
    """)
    headers = [
        ("Received", mx("from smtp.world4you.example (smtp.world4you.example [81.19.145.70])", when, VIE, "4N5tY3mQ1Bz2vH")),
        ("From", "Stefan Gruber <stefan@fluxwerk.at>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Zweitgespräch verschieben")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<e2c7d9a4-3f18-4b60-a5d2-91c8e7f0b364@fluxwerk.at>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-AT"),
    ]
    return message(headers, text(body, cte="8bit", params="format=flowed"))


STO = "Europe/Stockholm"


@mail(name(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start="2026-12-08T09:00:00Z", end="2026-12-08T10:00:00Z", contact="elin.berg@lindqvistwind.se",
      company="Lindqvist Wind", local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=STO,
      note="Recruitee reschedule, old 'Monday, 7 December 2026, 14:00-15:00 (CET)' and new "
           "'Tuesday, 8 December 2026, 10:00-11:00 (CET)' = 09:00-10:00Z (new time); ICS TZID "
           "Europe/Stockholm. Contact = recruiter via Reply-To.",
      days=(("Mon", "2026-12-07"),))
def m20() -> bytes:
    when = "2026-12-02 13:20:47"
    body = t("""
        Hi Lukas,

        Your interview for Mechanical Engineer - Nacelle Structures (Remote, EU) at Lindqvist Wind has
        been rescheduled.

        New date and time
        Tuesday, 8 December 2026, 10:00 - 11:00 (CET)

        Original date and time
        Monday, 7 December 2026, 14:00 - 15:00 (CET)

        Interviewers: Elin Berg, Oskar Nyström
        Location: Microsoft Teams (link in the calendar invite)

        Sorry for the change - Oskar is travelling to our test site in Gotland on Monday.

        Kind regards,
        Elin Berg
        Talent Acquisition, Lindqvist Wind AB

        This message was sent via Recruitee. Replies go directly to Elin Berg.
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1a2b3c">
        <p>Hi Lukas,</p>
        <p>Your interview for <strong>Mechanical Engineer - Nacelle Structures (Remote, EU)</strong> at Lindqvist Wind has been rescheduled.</p>
        <table cellpadding="6" style="border:1px solid #dde3ea;border-radius:4px">
        <tr><td style="color:#5b6b7b">New date and time</td><td><strong>Tuesday, 8 December 2026, 10:00 - 11:00 (CET)</strong></td></tr>
        <tr><td style="color:#5b6b7b">Original date and time</td><td><span style="text-decoration:line-through">Monday, 7 December 2026, 14:00 - 15:00 (CET)</span></td></tr>
        <tr><td style="color:#5b6b7b">Interviewers</td><td>Elin Berg, Oskar Nyström</td></tr>
        <tr><td style="color:#5b6b7b">Location</td><td>Microsoft Teams (link in the calendar invite)</td></tr>
        </table>
        <p>Sorry for the change - Oskar is travelling to our test site in Gotland on Monday.</p>
        <p>Kind regards,<br>Elin Berg<br>Talent Acquisition, Lindqvist Wind AB</p>
        <p style="font-size:11px;color:#8899aa">This message was sent via Recruitee. Replies go directly to Elin Berg.</p>
        </body></html>
    """)
    ics = VTZ[STO].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Events//EN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:recruitee-event-4418820@recruitee.com
DTSTAMP:20261202T122047Z
DTSTART;TZID=Europe/Stockholm:20261208T100000
DTEND;TZID=Europe/Stockholm:20261208T110000
SEQUENCE:1
SUMMARY:Interview Lukas Pichler - Mechanical Engineer - Nacelle Structures
LOCATION:Microsoft Teams
DESCRIPTION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQxZmI4
ORGANIZER;CN=Elin Berg:mailto:elin.berg@lindqvistwind.se
ATTENDEE;CN=Lukas Pichler;RSVP=TRUE:mailto:lukas.pichler@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Return-Path", "<bounce+lindqvistwind.7c1@mg.recruitee.com>"),
        ("Received", mx("from mg-out-21.recruitee.com (mg-out-21.recruitee.com [159.135.140.21])", when, STO, "4Nh0sR5fKcz3Tb")),
        ("From", "Lindqvist Wind <lindqvistwind@recruiteemail.com>"),
        ("Reply-To", "Elin Berg <elin.berg@lindqvistwind.se>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", "Interview rescheduled: Mechanical Engineer - Nacelle Structures"),
        ("Date", date(when, STO)),
        ("Message-ID", "<20261202122047.7c1e4d.4418820@mg.recruitee.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, cte="quoted-printable", filename="interview.ics", disposition="attachment"),
    ))


# =========================================================================== positives: cancelled


@mail(name(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-10-20T08:00:00Z", end="2026-10-20T09:00:00Z",
      contact="nejc.kovacic@drava-mechatronics.si", company="Drava Mechatronics",
      local="Tue 2026-10-20 10:00", local_end="2026-10-20 11:00", zone=LJU,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the second round, "
           "'Tue Oct 20, 2026 10am - 11am (CEST)' = 08:00-09:00Z, the cancelled slot; the "
           "organizer's note puts the role on hold, no new time. Contact = organizer.")
def m21() -> bytes:
    when = "2026-10-15 08:02:11"
    body = t("""
        Hi Lukas, I'm really sorry - we have to put the position on hold until the new budget year, so
        I'm cancelling our second round for now. I'll get back to you as soon as I know more.
        Nejc

        Interview round 2 - Lukas Pichler (Drava Mechatronics) has been canceled.

        Interview round 2 - Lukas Pichler (Drava Mechatronics)
        Tuesday Oct 20, 2026 ⋅ 10am – 11am
        Central European Time - Ljubljana

        Organizer
        Nejc Kovačič
        nejc.kovacic@drava-mechatronics.si

        Guests
        Nejc Kovačič - organizer
        Tina Horvat
        Marko Zupan
        lukas.pichler@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
    """)
    ics = vtz(LJU).join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""", """
BEGIN:VEVENT
DTSTART;TZID=Europe/Ljubljana:20261020T100000
DTEND;TZID=Europe/Ljubljana:20261020T110000
DTSTAMP:20261015T060211Z
ORGANIZER;CN=Nejc Kovačič:mailto:nejc.kovacic@drava-mechatronics.si
UID:1pq8rz2c4e6g8i0k2m4o6s8u0w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lukas.pichler@example.org;X-NUM-GUESTS=0:mailto:lukas.pichler@example.org
CREATED:20261009T121502Z
DESCRIPTION:Hi Lukas\\, I'm really sorry - we have to put the position on hol
 d until the new budget year\\, so I'm cancelling our second round for now.
LAST-MODIFIED:20261015T060210Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview round 2 - Lukas Pichler (Drava Mechatronics)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Return-Path", "<3cj5bZxkKCmwrdevo-0dj1vyw.qcoxrp.lxaxxa.Wcxkxnpm.vrpnabyijcaxwrlb.br@calendar-server.bounces.google.com>"),
        ("Received", mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, LJU, "4NBq2Hz7mXz1cR")),
        ("From", addr("Nejc Kovačič", "nejc.kovacic@drava-mechatronics.si")),
        ("To", "lukas.pichler@example.org"),
        ("Subject", "Canceled event: Interview round 2 - Lukas Pichler (Drava Mechatronics) @ Tue Oct 20, "
                    "2026 10am - 11am (CEST) (lukas.pichler@example.org)"),
        ("Date", date(when, LJU)),
        ("Message-ID", "<calendar-b83e5f1a-0c2d-4e7b-9a61-3d5f7c9e1b24@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "nejc.kovacic@drava-mechatronics.si"),
    ]
    return message(headers, mixed(
        alt(text(body), calendar(ics, method="CANCEL", cte="quoted-printable")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(name(22), family="human_prose", lang="de-AT", interview=True, kind="cancelled",
      start="2026-12-02T12:30:00Z", contact="gernot.pucher@ost-gusswerke.at",
      company="Obersteirische Gusswerke", local="Wed 2026-12-02 13:30", zone=VIE,
      note="Plain prose cancellation with no new time: the interview 'für Mittwoch, 2.12.2026, "
           "13:30 Uhr MEZ vereinbarte Vorstellungsgespräch' is cancelled (position filled "
           "internally); start = the cancelled slot, 12:30Z. windows-1252 QP, text only. "
           "Contact = sender.")
def m22() -> bytes:
    when = "2026-11-26 16:48:05"
    body = t("""
        Sehr geehrter Herr Pichler,

        leider muss ich Ihnen mitteilen, dass wir das für Mittwoch, 2.12.2026, 13:30 Uhr MEZ
        vereinbarte Vorstellungsgespräch absagen müssen. Die Position "Konstrukteur Formenbau"
        wurde kurzfristig intern nachbesetzt, wir haben davon selbst erst heute erfahren.

        Ich bedaure das sehr, zumal Sie die Anreise nach Leoben schon eingeplant hatten. Ihre
        Unterlagen würden wir - Ihr Einverständnis vorausgesetzt - gerne in Evidenz halten; heuer
        sind noch zwei weitere Stellen in der Konstruktion geplant, für die Sie gut passen könnten.

        Mit freundlichen Grüßen

        Ing. Gernot Pucher
        Leiter Konstruktion
        Obersteirische Gusswerke GmbH
        Kerpelystraße 110, 8700 Leoben
        Tel. +43 3842 45 0 88-410
    """)
    headers = [
        ("Received", mx("from mx.ost-gusswerke.at (mx.ost-gusswerke.at [212.183.52.9])", when, VIE, "4NZ8fQ2xLtz6Wn")),
        ("From", "Gernot Pucher <gernot.pucher@ost-gusswerke.at>"),
        ("To", "<lukas.pichler@example.org>"),
        ("Subject", enc("Absage Vorstellungsgespräch 2.12.", "windows-1252")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<000f01dc5fa1$7c2e8b40$748ba1c0$@ost-gusswerke.at>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdxfoXi1mJ2yFqAtQmKw7R0b8nC3Zw=="),
        ("Content-Language", "de-at"),
    ]
    return message(headers, text(body, charset="windows-1252"))


@mail(name(23), family="exchange", lang="de-AT", interview=True, kind="cancelled",
      start="2026-12-09T13:00:00Z", end="2026-12-09T15:00:00Z", contact="andrea.hofbauer@traunstahl.at",
      company="Traunstahl Engineering", local="Wed 2026-12-09 14:00", local_end="2026-12-09 16:00",
      zone=VIE,
      note="Outlook cancellation (METHOD:CANCEL) of the second interview in Linz on 'Mittwoch, 9.12., "
           "um 14:00 Uhr' (CET) = 13:00Z, DTEND 16:00 -> 15:00Z; the body announces a new "
           "invitation for Fri 11.12., 10:00 to follow separately, but this mail only cancels: "
           "kind cancelled, start = the cancelled slot. Contact = organizer.",
      days=(("Fri", "2026-12-11"),))
def m23() -> bytes:
    when = "2026-12-04 10:30:19"
    body = t("""
        Sehr geehrter Herr Pichler,

        wie telefonisch besprochen muss das Zweitgespräch am Mittwoch, 9.12., um 14:00 Uhr leider
        entfallen, da Herr DI Brandstätter kurzfristig zu einer Baustellenabnahme nach Rotterdam
        muss. Eine neue Einladung für Freitag, 11.12., 10:00 Uhr schicke ich Ihnen gleich separat.

        Mit freundlichen Grüßen

        Andrea Hofbauer
        Human Resources
        Traunstahl Engineering GmbH
        Lunzerstraße 64 | 4030 Linz
        T +43 732 6985-4412
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE-AT"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrter Herr Pichler,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">wie telefonisch besprochen muss das Zweitgespräch am Mittwoch, 9.12., um 14:00 Uhr leider entfallen, da Herr DI Brandstätter kurzfristig zu einer Baustellenabnahme nach Rotterdam muss. Eine neue Einladung für Freitag, 11.12., 10:00 Uhr schicke ich Ihnen gleich separat.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Mit freundlichen Grüßen</p>
        <p class="MsoNormal"><b>Andrea Hofbauer</b><br>Human Resources<br>Traunstahl Engineering GmbH<br>Lunzerstraße 64 | 4030 Linz<br>T +43 732 6985-4412</p>
        </div></body></html>
    """)
    ics = WEST.join(["""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Andrea Hofbauer:mailto:andrea.hofbauer@traunstahl.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Pichler:mailto:lukas.pichler@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandstätter Wolfgang:mailto:wolfgang.brandstaetter@traunstahl.at
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DD01000000000000000010000000C0FFEE1234567890ABCDEF0123456789
SUMMARY;LANGUAGE=de-DE:Abgesagt: Zweitgespräch Lukas Pichler - Konstrukteur Stahlbau (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20261209T140000
DTEND;TZID=W. Europe Standard Time:20261209T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261204T093019Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Traunstahl Linz\\, Besprechungsraum Pöstlingberg
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2121831006
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Received", mx("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2103.outbound.protection.outlook.com [40.107.22.103])",
                        when, VIE, "4Nf3Kd8wRpz5Gm")),
        ("From", "Andrea Hofbauer <andrea.hofbauer@traunstahl.at>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("CC", enc("Brandstätter Wolfgang <wolfgang.brandstaetter@traunstahl.at>")),
        ("Subject", enc("Abgesagt: Zweitgespräch Lukas Pichler - Konstrukteur Stahlbau (m/w/d)")),
        ("Thread-Topic", enc("Zweitgespräch Lukas Pichler - Konstrukteur Stahlbau (m/w/d)")),
        ("Thread-Index", "AdxCHq5mN0f9kT2bQ6y3vW1zR8aXpgAH3kLm"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<AM9PR06MB7745F0A1B2C3D4E5F6A7B8C9D0E1@AM9PR06MB7745.eurprd06.prod.outlook.com>"),
        ("Accept-Language", "de-AT, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Importance", "high"),
    ]
    return message(headers, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(name(24), family="rejection", lang="en", interview=False, company="Harzfeld Kinematics",
      note="Workable rejection after an interview that already took place ('on Monday'); no "
           "upcoming interview.")
def m24() -> bytes:
    when = "2026-09-17 15:02:44"
    body = t("""
        Hi Lukas,

        Thank you for taking the time to interview with us on Monday for the Mechanical Design
        Engineer - Linear Actuators position, and for the thoughtful questions you asked the team.

        After careful consideration, we have decided to move forward with another candidate whose
        experience with cleanroom automation more closely matches our immediate needs.

        We were genuinely impressed by your work on the conveyor modules and would be happy to keep
        your application on file for future openings. We wish you all the best in your search.

        Kind regards,
        Theresa Wallner
        People Team, Harzfeld Kinematics GmbH

        --
        Sent with Workable
    """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial,sans-serif">')
    headers = [
        ("Return-Path", "<bounces+harzfeld-kinematics@mail.workablemail.com>"),
        ("Received", mx("from mail.workablemail.com (mail.workablemail.com [54.240.7.19])", when, VIE, "4Mt5Jp2Nc7z8Dk")),
        ("From", "Harzfeld Kinematics <noreply@candidates.workablemail.com>"),
        ("Reply-To", "harzfeld-kinematics+a7c3e1f2@candidates.workablemail.com"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", "Your application to Harzfeld Kinematics"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<0102019a4c2b7f3e-5e1f9a27-c4d8-4b03-9e6a-7f0d2c8b1a53-000000@eu-west-1.amazonses.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(name(25), family="offer", lang="de-AT", interview=False, company="Murtal Anlagenbau",
      note="Job offer after the interviews (same company as an earlier confirmation): start date "
           "'1. Jänner 2027', reply deadline Fri 16.10., and a PROPOSED phone call 'Montag, 12.10., "
           "um 16 Uhr - passt Ihnen das?' that is not confirmed and is not an interview.",
      days=(("Fri", "2026-10-16"), ("Mon", "2026-10-12")))
def m25() -> bytes:
    when = "2026-10-08 11:20:37"
    body = t("""
        Sehr geehrter Herr Pichler,

        vielen Dank für die beiden sehr angenehmen Gespräche mit Herrn DI Lanz und mir. Wir freuen
        uns, Ihnen heute die Position als Konstrukteur Anlagenbau (m/w/d) an unserem Standort Graz
        anbieten zu dürfen.

        Die Eckpunkte:
        - Eintritt: 1. Jänner 2027 (oder nach Vereinbarung)
        - Bruttomonatsgehalt: EUR 4.380,- (14 x jährlich), Einstufung nach KV Metallindustrie,
          Verwendungsgruppe G
        - Gleitzeit mit Kernzeit 9 - 14 Uhr, bis zu 2 Tage Homeoffice pro Woche
        - Klimaticket Steiermark wird übernommen

        Den Dienstvertragsentwurf finden Sie im Anhang. Wir würden uns über Ihre Rückmeldung bis
        Freitag, 16.10.2026 freuen.

        Für offene Fragen können wir gerne kurz telefonieren - z. B. am Montag, 12.10., um 16 Uhr?
        Passt Ihnen das, oder schlagen Sie gerne einen anderen Zeitpunkt vor.

        Mit freundlichen Grüßen

        Mag. Verena Strohmaier
        HR Business Partner
        Murtal Anlagenbau GmbH | Puchstraße 41 | 8020 Graz
    """)
    pdf = Part(
        [("Content-Type", 'application/pdf; name="Dienstvertrag_Entwurf_Pichler.pdf"'),
         ("Content-Disposition", 'attachment; filename="Dienstvertrag_Entwurf_Pichler.pdf"'),
         ("Content-Transfer-Encoding", "base64")],
        base64.encodebytes(b"%PDF-1.4\n% Dienstvertrag (Entwurf)\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
        .replace(b"\n", b"\r\n"),
    )
    headers = [
        ("Received", mx("from mail.murtal-anlagenbau.at (mail.murtal-anlagenbau.at [91.112.163.40])", when, VIE, "4N6rS9cX3Gz1mK")),
        ("From", "Verena Strohmaier <verena.strohmaier@murtal-anlagenbau.at>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Ihr Angebot – Konstrukteur Anlagenbau (m/w/d)")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<AS8PR02MB9120C4D7A6E1B3F2C5D8E9A0B1C2@AS8PR02MB9120.eurprd02.prod.outlook.com>"),
        ("Content-Language", "de-AT"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(headers, mixed(text(body), pdf))


@mail(name(26), family="application_ack", lang="de-AT", interview=False, company="Schöckl Metallbau",
      note="JOIN application receipt; 'melden wir uns, um ein Kennenlerngespräch zu vereinbaren' is "
           "conditional, nothing scheduled.")
def m26() -> bytes:
    when = "2026-09-03 19:44:10"
    body = t("""
        Hallo Lukas,

        danke für deine Bewerbung als CAD-Konstrukteur Stahl- & Metallbau (m/w/d) bei der Schöckl
        Metallbau GmbH! Deine Unterlagen sind gut bei uns angekommen.

        Wie geht es weiter?
        1. Wir sehen uns deine Bewerbung in den nächsten Tagen genau an.
        2. Wenn dein Profil passt, melden wir uns telefonisch oder per E-Mail, um ein
           Kennenlerngespräch zu vereinbaren.
        3. Beim Kennenlernen zeigen wir dir auch gleich die Werkstatt in Weinitzen.

        Den Status deiner Bewerbung kannst du jederzeit hier einsehen:
        https://join.com/candidates/applications/91824473

        Viele Grüße
        Dein Team der Schöckl Metallbau GmbH

        Diese E-Mail wurde über JOIN versendet. JOIN Solutions AG, Zürich.
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;background:#f7f7f9;padding:20px">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:8px">
        <p>Hallo Lukas,</p>
        <p>danke für deine Bewerbung als <b>CAD-Konstrukteur Stahl- &amp; Metallbau (m/w/d)</b> bei der Schöckl Metallbau GmbH! Deine Unterlagen sind gut bei uns angekommen.</p>
        <p><b>Wie geht es weiter?</b></p>
        <ol><li>Wir sehen uns deine Bewerbung in den nächsten Tagen genau an.</li>
        <li>Wenn dein Profil passt, melden wir uns telefonisch oder per E-Mail, um ein Kennenlerngespräch zu vereinbaren.</li>
        <li>Beim Kennenlernen zeigen wir dir auch gleich die Werkstatt in Weinitzen.</li></ol>
        <p><a href="https://join.com/candidates/applications/91824473" style="background:#1e6ef5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Bewerbungsstatus ansehen</a></p>
        <p>Viele Grüße<br>Dein Team der Schöckl Metallbau GmbH</p>
        <p style="font-size:11px;color:#999">Diese E-Mail wurde über JOIN versendet. JOIN Solutions AG, Zürich.</p>
        </div></body></html>
    """)
    headers = [
        ("Return-Path", "<bounce-9182@mail.join.com>"),
        ("Received", mx("from mail.join.com (mail.join.com [185.241.20.63])", when, VIE, "4MmX2rB7tQz4Hc")),
        ("From", addr("Schöckl Metallbau GmbH via JOIN", "noreply@join.com")),
        ("To", "lukas.pichler@example.org"),
        ("Subject", enc("Deine Bewerbung bei Schöckl Metallbau GmbH")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<join.application.91824473.1788457450@mail.join.com>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(name(27), family="application_ack", lang="de-DE", interview=False, company="Oberland Aggregatebau",
      note="Taleo application receipt; 'um ein Interview zu vereinbaren' is conditional.")
def m27() -> bytes:
    when = "2026-09-08 10:17:02"
    body = t("""
        Sehr geehrter Herr Pichler,

        vielen Dank für Ihre Bewerbung auf die Stelle

            Senior Konstrukteur Prüfstände (m/w/d) - Anforderungsnummer 26000HQ1187

        bei der Oberland Aggregatebau AG. Wir haben Ihre Unterlagen erhalten und werden diese
        sorgfältig prüfen.

        Sollte Ihr Profil unseren Anforderungen entsprechen, wird sich ein Recruiter mit Ihnen in
        Verbindung setzen, um ein Interview zu vereinbaren. Bitte haben Sie Verständnis dafür, dass
        dies bis zu drei Wochen dauern kann.

        Den Status Ihrer Bewerbung können Sie jederzeit im Karriereportal unter "Mein Konto"
        einsehen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Oberland Aggregatebau AG, Penzberg

        Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
    """)
    headers = [
        ("Return-Path", "<oberland@taleo.net>"),
        ("Received", mx("from smtp1.taleo.net (smtp1.taleo.net [199.58.208.41])", when, BER, "4Mq1aN8kDvz2Tx")),
        ("From", "Oberland Aggregatebau AG <oberland@taleo.net>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Senior Konstrukteur Prüfstände (m/w/d)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<1427638811.2291.1788862622048.JavaMail.taleo@tbe-prod-em14>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(28), family="job_alert", lang="de-AT", interview=False, company=None,
      note="Job-board alert (fictional platform) with 'Interview-Tag am Do., 22.10.2026, 9-16 Uhr' "
           "and 'Vorstellungsgespräch innerhalb von 48 h' badges; an open recruiting event, nothing "
           "confirmed for the candidate.",
      days=(("Thu", "2026-10-22"),))
def m28() -> bytes:
    when = "2026-10-13 06:30:00"
    body = t("""
        JobKompass - Dein Job-Alarm "Konstrukteur Maschinenbau" in Graz und Umgebung

        Hallo Lukas, heute gibt es 9 neue Jobs für dich:

        1) Konstrukteur:in Sondermaschinenbau - Raaba-Grambach
           Lechner Automationstechnik GmbH | ab EUR 3.900 brutto/Monat
           * Schnelle Rückmeldung: Vorstellungsgespräch innerhalb von 48 h

        2) Entwicklungsingenieur:in Getriebe - Graz
           Steirische Antriebe GmbH | Gleitzeit, Homeoffice
           * Interview-Tag am Do., 22.10.2026, 9-16 Uhr: Kommen, bewerben, Gespräch am selben Tag!

        3) Technische:r Zeichner:in (Teilzeit) - Gleisdorf
           Ostwind Kunststofftechnik GmbH

        4) CAE Engineer Crash (w/m/d) - Graz
           über Personalservice Murtal

        ... und 5 weitere Jobs: https://www.jobkompass.example/alarm/7712/ergebnisse

        Du erhältst diese E-Mail, weil du einen Job-Alarm angelegt hast.
        Job-Alarm bearbeiten oder abbestellen: https://www.jobkompass.example/alarm/7712/einstellungen
    """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#222;background:#eef1f4">
        <table width="600" align="center" style="background:#fff" cellpadding="16"><tr><td>
        <h2 style="color:#0b6e4f;margin:0">JobKompass</h2>
        <p>Hallo Lukas, heute gibt es <b>9 neue Jobs</b> für deinen Job-Alarm "Konstrukteur Maschinenbau" in Graz und Umgebung:</p>
        <p><a href="https://www.jobkompass.example/job/44871"><b>Konstrukteur:in Sondermaschinenbau</b></a> - Raaba-Grambach<br>Lechner Automationstechnik GmbH | ab EUR 3.900 brutto/Monat<br>
        <span style="background:#fff3c4;padding:2px 6px;font-size:12px">Schnelle Rückmeldung: Vorstellungsgespräch innerhalb von 48 h</span></p>
        <p><a href="https://www.jobkompass.example/job/44902"><b>Entwicklungsingenieur:in Getriebe</b></a> - Graz<br>Steirische Antriebe GmbH | Gleitzeit, Homeoffice<br>
        <span style="background:#dff5e8;padding:2px 6px;font-size:12px">Interview-Tag am Do., 22.10.2026, 9-16 Uhr: Kommen, bewerben, Gespräch am selben Tag!</span></p>
        <p><a href="https://www.jobkompass.example/job/44915"><b>Technische:r Zeichner:in (Teilzeit)</b></a> - Gleisdorf<br>Ostwind Kunststofftechnik GmbH</p>
        <p><a href="https://www.jobkompass.example/job/44930"><b>CAE Engineer Crash (w/m/d)</b></a> - Graz<br>über Personalservice Murtal</p>
        <p><a href="https://www.jobkompass.example/alarm/7712/ergebnisse">... und 5 weitere Jobs</a></p>
        <p style="font-size:11px;color:#888">Du erhältst diese E-Mail, weil du einen Job-Alarm angelegt hast. <a href="https://www.jobkompass.example/alarm/7712/einstellungen">Job-Alarm bearbeiten oder abbestellen</a></p>
        </td></tr></table></body></html>
    """)
    headers = [
        ("Return-Path", "<bounce-alarm-7712@news.jobkompass.example>"),
        ("Received", mx("from out-4.news.jobkompass.example (out-4.news.jobkompass.example [203.0.113.84])", when, VIE, "4N9b0Vx5Jqz7Rd")),
        ("From", "JobKompass Job-Alarm <alarm@news.jobkompass.example>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", enc("9 neue Jobs für „Konstrukteur Maschinenbau“ in Graz")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<alarm-7712-20261013@news.jobkompass.example>"),
        ("List-Unsubscribe", "<https://www.jobkompass.example/alarm/7712/abbestellen>, <mailto:unsubscribe-7712@news.jobkompass.example>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(name(29), family="newsletter_blog", lang="en", interview=False, company=None,
      note="Substack newsletter post about design-engineering interviews, with a live Q&A on 'Thursday, "
           "November 19 at 6pm CET'; not the candidate's interview.",
      days=(("Thu", "2026-11-19"),))
def m29() -> bytes:
    when = "2026-11-15 09:00:12"
    body = t("""
        The Tolerance Stack - Issue #47

        What I ask in every mechanical design interview (and what I'm really listening for)

        I've sat on roughly 200 interview panels for design engineers. Here are the five questions I
        keep coming back to - "Walk me through a part that failed", "Where did your tolerance
        analysis go wrong?", and three more - plus what a strong answer sounds like.

        1. Walk me through a part that failed.
        Nobody cares that it failed. I want to hear how you found out, and how fast...

        [...]

        Live Q&A: I'm running a free live session for paid and free subscribers on Thursday,
        November 19 at 6pm CET - bring your interview questions. Sign up here:
        https://thetolerancestack.substack.com/p/live-qa-november

        Thanks for reading The Tolerance Stack! Subscribe for free to receive new posts.

        (c) 2026 Hanna Lindgren
        Unsubscribe https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly90aGV0b2xlcmFuY2U
    """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737">
        <div style="max-width:550px;margin:auto">
        <p style="font-family:Arial,sans-serif;font-size:13px;color:#777">The Tolerance Stack - Issue #47</p>
        <h1 style="font-size:30px;line-height:1.2">What I ask in every mechanical design interview (and what I'm really listening for)</h1>
        <p>I've sat on roughly 200 interview panels for design engineers. Here are the five questions I keep coming back to - "Walk me through a part that failed", "Where did your tolerance analysis go wrong?", and three more - plus what a strong answer sounds like.</p>
        <h3>1. Walk me through a part that failed.</h3>
        <p>Nobody cares that it failed. I want to hear how you found out, and how fast...</p>
        <p>[...]</p>
        <p style="background:#f3f0ea;padding:12px"><b>Live Q&amp;A:</b> I'm running a free live session for paid and free subscribers on Thursday, November 19 at 6pm CET - bring your interview questions. <a href="https://thetolerancestack.substack.com/p/live-qa-november">Sign up here</a>.</p>
        <p style="font-family:Arial,sans-serif;font-size:12px;color:#999">&copy; 2026 Hanna Lindgren<br><a href="https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly90aGV0b2xlcmFuY2U">Unsubscribe</a></p>
        </div></body></html>
    """)
    headers = [
        ("Return-Path", "<bounce-a1b2c3@mg2.substack.com>"),
        ("Received", mx("from mg2.substack.com (mg2.substack.com [159.112.242.12])", when, "UTC", "4NV2cF7hPmz8Yb")),
        ("From", "The Tolerance Stack <thetolerancestack@substack.com>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", "What I ask in every mechanical design interview"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<20261115090012.3.a7f2c1d9e8b6@mg2.substack.com>"),
        ("List-Id", "<thetolerancestack.substack.com>"),
        ("List-Unsubscribe", "<https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly90aGV0b2xlcmFuY2U>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(name(30), family="scheduling_link", lang="en", interview=False, company="Quellwerk Energy",
      note="Ashby self-scheduling request listing open slots (Mon 23, Tue 24, Thu 26 Nov); the "
           "candidate has not chosen one, so nothing is confirmed.",
      days=(("Mon", "2026-11-23"), ("Tue", "2026-11-24"), ("Thu", "2026-11-26")))
def m30() -> bytes:
    when = "2026-11-16 11:48:29"
    body = t("""
        Hi Lukas,

        Great news - the team would love to continue the conversation! Please pick a time for your
        45-minute technical interview with Jakob Wimmer (Lead Mechanical Engineer, Heat Pumps).

        Available times (Central European Time):
          Mon, Nov 23   10:00, 11:30, 16:00
          Tue, Nov 24   14:00, 15:30
          Thu, Nov 26   09:00, 13:00

        Choose your time: https://jobs.ashbyhq.com/quellwerk/interviews/self-schedule/6c0e9a52-1f7b-4d2e-8a35-b9c4f0e1d7a6

        Once you pick a slot you'll receive a calendar invite with the video link. If none of these
        work, just reply and we'll find something else.

        Thanks,
        Mira Lechner
        Talent Partner, Quellwerk Energy
    """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Lukas,</p>
        <p>Great news - the team would love to continue the conversation! Please pick a time for your 45-minute technical interview with Jakob Wimmer (Lead Mechanical Engineer, Heat Pumps).</p>
        <p><b>Available times (Central European Time):</b><br>
        Mon, Nov 23 &nbsp; 10:00, 11:30, 16:00<br>Tue, Nov 24 &nbsp; 14:00, 15:30<br>Thu, Nov 26 &nbsp; 09:00, 13:00</p>
        <p><a href="https://jobs.ashbyhq.com/quellwerk/interviews/self-schedule/6c0e9a52-1f7b-4d2e-8a35-b9c4f0e1d7a6" style="background:#4b3fe0;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Choose your time</a></p>
        <p>Once you pick a slot you'll receive a calendar invite with the video link. If none of these work, just reply and we'll find something else.</p>
        <p>Thanks,<br>Mira Lechner<br>Talent Partner, Quellwerk Energy</p>
        </body></html>
    """)
    headers = [
        ("Return-Path", "<010701928c7d@ses.ashbyhq.com>"),
        ("Received", mx("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])", when, VIE, "4NV9tE3sLwz0Ck")),
        ("From", "Quellwerk Energy <no-reply@ashbyhq.com>"),
        ("Reply-To", "Mira Lechner <mira.lechner@quellwerk.energy>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", "Quellwerk Energy: please choose a time for your technical interview"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<010701928c7d4e1f-b2a9c8d7-6e5f-4a3b-9c1d-0e2f4a6b8c0d-000000@email.amazonses.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(name(31), family="scheduling_link", lang="de-AT", interview=False, company="Gösting Automation",
      note="Teamtailor 'Termin auswählen' invitation for a 30-minute Kennenlernen in the week of "
           "5-9 Oct; no time chosen yet.",
      days=(("Mon", "2026-10-05"), ("Fri", "2026-10-09")))
def m31() -> bytes:
    when = "2026-09-30 14:05:51"
    body = t("""
        Hallo Lukas,

        danke nochmal für deine Bewerbung als Mechanical Engineer Robotik bei Gösting Automation -
        wir würden dich gern kennenlernen!

        Bitte such dir über den Link unten einen passenden Termin für ein 30-minütiges Video-Gespräch
        mit Lisa Kogler (Engineering Lead) aus. Freie Zeiten gibt es von Mo., 5.10. bis Fr., 9.10.

        Termin auswählen: https://goesting-automation.teamtailor.com/meetings/book/7f3a9c21

        Bis bald!
        Sarah Pock
        Recruiting, Gösting Automation GmbH
    """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <div style="max-width:580px;margin:auto;padding:24px">
        <p>Hallo Lukas,</p>
        <p>danke nochmal für deine Bewerbung als <b>Mechanical Engineer Robotik</b> bei Gösting Automation - wir würden dich gern kennenlernen!</p>
        <p>Bitte such dir über den Link unten einen passenden Termin für ein 30-minütiges Video-Gespräch mit Lisa Kogler (Engineering Lead) aus. Freie Zeiten gibt es von Mo., 5.10. bis Fr., 9.10.</p>
        <p><a href="https://goesting-automation.teamtailor.com/meetings/book/7f3a9c21" style="background:#f43f5e;color:#fff;padding:12px 20px;border-radius:24px;text-decoration:none">Termin auswählen</a></p>
        <p>Bis bald!<br>Sarah Pock<br>Recruiting, Gösting Automation GmbH</p>
        <p style="font-size:11px;color:#999">Gesendet mit Teamtailor</p>
        </div></body></html>
    """)
    headers = [
        ("Return-Path", "<bounces@teamtailor-mail.com>"),
        ("Received", mx("from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [185.250.239.18])", when, VIE, "4N4Gh8kW0Zz1Fs")),
        ("From", addr("Sarah Pock | Gösting Automation", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c9e2a7f14b@inbound.teamtailor-mail.com"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Such dir einen Termin aus – Gösting Automation")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<teamtailor.meeting-invite.7f3a9c21@teamtailor-mail.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(name(32), family="proposed_times", lang="de-DE", interview=False, company="Filderwerk Antriebstechnik",
      note="Agency recruiter in Stuttgart PROPOSES 'Dienstag, 10.11., um 10 Uhr' or 'Mittwoch, "
           "11.11., um 14 Uhr' and will confirm with the client once the candidate answers: not "
           "confirmed. Company = the named hiring client.",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")))
def m32() -> bytes:
    when = "2026-11-04 17:26:03"
    body = t("""
        Sehr geehrter Herr Pichler,

        gute Nachrichten: Die Filderwerk Antriebstechnik GmbH möchte Sie gerne persönlich
        kennenlernen! Herr Dr. Maier (Leiter Konstruktion Planetengetriebe) hätte folgende Termine
        für ein Gespräch in Filderstadt vorgeschlagen:

          - Dienstag, 10.11., um 10 Uhr
          - alternativ Mittwoch, 11.11., um 14 Uhr

        Würde Ihnen einer der beiden Termine passen? Sobald ich von Ihnen höre, bestätige ich den
        Termin beim Kunden und schicke Ihnen alle Details (Adresse, Ansprechpartner, Ablauf).

        Die Reisekosten ab Graz übernimmt der Kunde.

        Beste Grüße
        Daniel Kessler

        Kessler & Partner Personalberatung GmbH
        Königstraße 28 | 70173 Stuttgart
        Tel. +49 711 2290 41-0 | d.kessler@kessler-partner.example
    """)
    headers = [
        ("Received", mx("from mail.kessler-partner.example (mail.kessler-partner.example [203.0.113.140])", when, BER, "4NPx0Wd3Rtz6Ln")),
        ("From", "Daniel Kessler <d.kessler@kessler-partner.example>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Filderwerk Antriebstechnik – Terminvorschlag für ein persönliches Gespräch")),
        ("Date", date(when, BER)),
        ("Message-ID", "<5e1d0c7b-a2f3-4e98-b6c1-d0e2f4a6b8c1@kessler-partner.example>"),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(name(33), family="recruiter_outreach", lang="de-AT", interview=False, company="Velden Aerospace",
      note="In-house recruiter's cold outreach with a Bookings self-booking link ('suchen Sie sich "
           "einen Slot aus'); nothing fixed.")
def m33() -> bytes:
    when = "2026-09-07 08:52:16"
    body = t("""
        Guten Morgen Herr Pichler,

        ich bin über Ihr Profil auf LinkedIn gestoßen - Ihre Erfahrung mit Leichtbau-Strukturen und
        Fördertechnik passt sehr gut zu einer neuen Stelle in unserem Team in Velden am Wörthersee:
        Design Engineer Cabin Interiors (m/w/d).

        Hätten Sie Lust auf ein unverbindliches, ca. 20-minütiges Telefonat? Sie können sich gerne
        direkt einen passenden Slot in meinem Kalender aussuchen:
        https://outlook.office365.com/book/TalentVeldenAerospace@veldenaerospace.onmicrosoft.com/

        Freundliche Grüße aus Kärnten
        Marlene Koschat
        Talent Acquisition
        Velden Aerospace GmbH
        marlene.koschat@velden-aerospace.at | +43 4274 511 06-12
    """)
    headers = [
        ("Received", mx("from EUR02-VE1-obe.outbound.protection.outlook.com (mail-ve1eur02on2120.outbound.protection.outlook.com [40.107.2.120])",
                        when, VIE, "4Mp3Zv1Hqnz7Gf")),
        ("From", "Marlene Koschat <marlene.koschat@velden-aerospace.at>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", "Design Engineer Cabin Interiors - Velden Aerospace"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<VI1PR04MB6927A1B2C3D4E5F6A7B8C9D0E1F2@VI1PR04MB6927.eurprd04.prod.outlook.com>"),
        ("Content-Language", "de-AT"),
    ]
    return message(headers, text(body, charset="iso-8859-15"))


@mail(name(34), family="job_centre", lang="de-AT", interview=False, company=None,
      note="Public employment service (AMS) appointment with a fixed time, 'Mo., 14.9.2026 um 08:30 "
           "Uhr', for a counselling interview as a registered job seeker; not a job interview.",
      days=(("Mon", "2026-09-14"),))
def m34() -> bytes:
    when = "2026-09-08 13:10:00"
    body = t("""
        Sehr geehrter Herr Pichler,

        Sie haben eine neue Nachricht in Ihrem eAMS-Konto.

        Betreff: Einladung zu einem Beratungsgespräch

        Wir laden Sie zu einem persönlichen Gespräch mit Ihrer Beraterin ein:

            Termin:   Mo., 14.9.2026 um 08:30 Uhr
            Ort:      AMS Graz West und Umgebung, 2. Stock, Zimmer 2.14
            Beraterin: Frau Mag. Sabine Url

        Inhalt des Gesprächs: Abschluss Ihrer Betreuungsvereinbarung, Besprechung von
        Vermittlungsvorschlägen und möglichen Vorstellungsgesprächen.

        Bitte bringen Sie einen amtlichen Lichtbildausweis, Ihren aktuellen Lebenslauf und Ihre
        Kündigungsbestätigung mit.

        Hinweis: Können Sie den Termin aus einem wichtigen Grund nicht wahrnehmen, teilen Sie uns
        das bitte vorab über Ihr eAMS-Konto mit.

        Mit freundlichen Grüßen
        Ihr AMS

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
        Die vollständige Nachricht finden Sie in Ihrem eAMS-Konto: https://www.e-ams.at
    """)
    headers = [
        ("Received", mx("from mailout.ams.at (mailout.ams.at [193.170.114.25])", when, VIE, "4Mr0kZ6Gpfz3Yq")),
        ("From", "eAMS-Konto <noreply@ams.at>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", "Neue Nachricht in Ihrem eAMS-Konto: Einladung zu einem Beratungsgespraech"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<eams.20260908.131000.7781224@ams.at>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


@mail(name(35), family="press_interview", lang="de-AT", interview=False, company=None,
      note="A local weekly's journalist confirms an interview WITH the candidate about his cargo-bike "
           "side project, 'Donnerstag, 19.11., um 16 Uhr': press, not a job interview.",
      days=(("Thu", "2026-11-19"),))
def m35() -> bytes:
    when = "2026-11-13 12:04:41"
    body = t("""
        Lieber Herr Pichler,

        danke für Ihre Zusage, ich freu mich sehr! Dann treffen wir uns wie besprochen am Donnerstag,
        19.11., um 16 Uhr im Café am Lendplatz für das Interview zu unserer Serie "Tüftler:innen aus
        der Steiermark". Ich rechne mit ca. 45 Minuten; unser Fotograf Martin kommt um 16:45 dazu
        und würde Sie gern mit dem Lastenrad fotografieren - wenn es das Wetter zulässt, draußen am
        Markt.

        Das Porträt erscheint voraussichtlich in der Ausgabe vom 3. Dezember.

        Herzliche Grüße
        Nina Posch
        Redaktion Grazer Wochenblick
        +43 316 808 41-72
    """)
    headers = [
        ("Received", mx("from mail.wochenblick-graz.example (mail.wochenblick-graz.example [203.0.113.61])", when, VIE, "4NT4wB1mXcz9Jr")),
        ("From", "Nina Posch <n.posch@wochenblick-graz.example>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", "Re: Interview Lastenrad-Projekt"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<b7a9c3e1-0d2f-4b68-8e5a-1c3d5e7f9a0b@wochenblick-graz.example>"),
        ("In-Reply-To", "<3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8c0e1b@example.org>"),
        ("References", "<f0e2d4c6-a8b0-4c2e-9f1a-3b5d7f9a1c3e@wochenblick-graz.example> <3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8c0e1b@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(name(36), family="podcast", lang="de-AT", interview=False, company=None,
      note="Podcast recording ('Interview mit Lukas Pichler') confirmed for 'Mi., 14.10.2026, "
           "18:00-19:00 Uhr' with an ICS; the candidate is the guest, not a job interview.",
      days=(("Wed", "2026-10-14"),))
def m36() -> bytes:
    when = "2026-10-07 21:15:30"
    body = t("""
        Hallo Lukas,

        super, dass du dabei bist! Hiermit ist unser Aufnahmetermin fix:

            Maschinenraum - Folge 58: "Vom Schweißtisch zum CAD"
            Interview mit Lukas Pichler
            Mi., 14.10.2026, 18:00-19:00 Uhr
            Aufnahme remote über Riverside: https://riverside.fm/studio/maschinenraum-58

        Bitte nimm wenn möglich ein Headset oder ein USB-Mikro und setz dich in einen Raum mit wenig
        Hall. Die Kalendereinladung hängt dran.

        Bis Mittwoch!
        Bernhard

        --
        Maschinenraum - der Podcast über Technik aus Österreich
        https://maschinenraum-podcast.example
    """)
    ics = vtz(VIE).join(["""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 15.1//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:8F2C1A7E-5B3D-4E90-A6C1-0D2E4F6A8B0C
DTSTAMP:20261007T191530Z
DTSTART;TZID=Europe/Vienna:20261014T180000
DTEND;TZID=Europe/Vienna:20261014T190000
SUMMARY:Maschinenraum #58 - Aufnahme Interview Lukas Pichler
LOCATION:https://riverside.fm/studio/maschinenraum-58
ORGANIZER;CN=Bernhard Url:mailto:bernhard@maschinenraum-podcast.example
ATTENDEE;CN=Lukas Pichler;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lukas.pichler@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Received", mx("from mail.maschinenraum-podcast.example (mail.maschinenraum-podcast.example [203.0.113.17])", when, VIE, "4N6Bv0Lq8Wz4Kp")),
        ("From", "Bernhard Url <bernhard@maschinenraum-podcast.example>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Podcast-Interview: Aufnahme am 14.10. ist fix")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<A1B2C3D4-E5F6-4789-9ABC-DEF012345678@maschinenraum-podcast.example>"),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, cte="quoted-printable", filename="Maschinenraum58.ics", disposition="attachment"),
    ))


@mail(name(37), family="admission_interview", lang="en", interview=False, company=None,
      note="Executive MBA admission interview confirmed for 'Tuesday, 10 November 2026, 17:00-17:45 "
           "CET': a school admission interview, not a job interview.",
      days=(("Tue", "2026-11-10"),))
def m37() -> bytes:
    when = "2026-11-03 16:40:08"
    body = t("""
        Dear Lukas,

        Thank you for your application to the Executive MBA in Engineering Leadership (intake March
        2027). We are pleased to confirm your admission interview:

            Date:         Tuesday, 10 November 2026
            Time:         17:00 - 17:45 CET (Vienna)
            Format:       Online (Zoom) - the link will be sent 24 hours in advance
            Interviewer:  Prof. Dr. Claudia Wiesinger, Academic Director

        The interview is a conversation about your professional experience, your motivation and
        your leadership goals. No preparation is required, but please have your GMAT waiver form
        ready if you have not submitted it yet.

        Kind regards,
        Admissions Office
        Alpine School of Management, Vienna
    """)
    page = t("""
        <html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
        <img src="https://www.alpine-som.example/img/logo.png" alt="Alpine School of Management" height="48">
        <p>Dear Lukas,</p>
        <p>Thank you for your application to the <b>Executive MBA in Engineering Leadership</b> (intake March 2027). We are pleased to confirm your admission interview:</p>
        <table cellpadding="3">
        <tr><td>Date:</td><td><b>Tuesday, 10 November 2026</b></td></tr>
        <tr><td>Time:</td><td><b>17:00 - 17:45 CET (Vienna)</b></td></tr>
        <tr><td>Format:</td><td>Online (Zoom) - the link will be sent 24 hours in advance</td></tr>
        <tr><td>Interviewer:</td><td>Prof. Dr. Claudia Wiesinger, Academic Director</td></tr></table>
        <p>The interview is a conversation about your professional experience, your motivation and your leadership goals. No preparation is required, but please have your GMAT waiver form ready if you have not submitted it yet.</p>
        <p>Kind regards,<br>Admissions Office<br>Alpine School of Management, Vienna</p>
        </body></html>
    """)
    headers = [
        ("Received", mx("from mail.alpine-som.example (mail.alpine-som.example [203.0.113.210])", when, VIE, "4NPz8Qj2Nmz1Vs")),
        ("From", "Alpine School of Management - Admissions <admissions@alpine-som.example>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", "Your EMBA admission interview - confirmation"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<20261103154008.11982.admissions@alpine-som.example>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(name(38), family="sports_tryout", lang="de-AT", interview=False, company=None,
      note="Volleyball club try-out ('Probetraining am Donnerstag um 19:30'); the coach 'schaut sich "
           "die Neuen an' - a selection, but not a job interview.")
def m38() -> bytes:
    when = "2026-09-28 20:41:17"
    body = t("""
        Hi Lukas,

        passt, komm einfach am Donnerstag um 19:30 zum Probetraining in die Sporthalle der HTL
        Bulme (Halle 2). Der Trainer schaut sich an dem Abend alle Neuen an und entscheidet dann,
        wer für die Landesliga-Mannschaft in Frage kommt. Hallenschuhe mitnehmen, Duschen gibt's.

        lg
        Flo
        SV Grazer Löwen - Volleyball
    """)
    headers = [
        ("Received", mx("from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])", when, VIE, "4N3Xp0Hk2Dz7Wm")),
        ("From", "Florian Wurzinger <flo.wurzinger@example.com>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", "Re: Probetraining Herren"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<CAH7y+Qp3xRm9bV2sT0wZ4eK1nL8cF6gJ5hD@mail.gmail.com>"),
        ("In-Reply-To", "<7d1f3b5a-9c2e-4f60-b8a4-e6c0d2f4a6b8@example.org>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(name(39), family="car_service", lang="de-AT", interview=False, company=None,
      note="Car dealership workshop appointment 'Dienstag, 20.10.2026, 07:30 Uhr' (tyre change and "
           "'Pickerl' inspection) with an ICS; a fixed time, not an interview.",
      days=(("Tue", "2026-10-20"),))
def m39() -> bytes:
    when = "2026-10-14 09:05:44"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" cellpadding="12" style="border:1px solid #ddd"><tr><td style="background:#00305e;color:#fff;font-size:18px">Autohaus Kainz - Service</td></tr>
        <tr><td>
        <p>Sehr geehrter Herr Pichler,</p>
        <p>vielen Dank für Ihre Terminbuchung. Wir bestätigen Ihren Werkstatttermin:</p>
        <p><b>Dienstag, 20.10.2026, 07:30 Uhr</b><br>
        Fahrzeug: Škoda Octavia Combi, G-418 LP<br>
        Leistungen: Räderwechsel Sommer/Winter inkl. Einlagerung, §57a-Begutachtung ("Pickerl")<br>
        Voraussichtliche Fertigstellung: ca. 11:00 Uhr</p>
        <p>Gerne stellen wir Ihnen einen Ersatzwagen zur Verfügung - bitte geben Sie uns bis Montag Bescheid.</p>
        <p>Ihr Serviceberater: Manfred Zach, +43 316 48 11 90-33</p>
        <p>Mit freundlichen Grüßen<br>Ihr Autohaus Kainz Team<br>Weblinger Gürtel 41, 8054 Graz</p>
        </td></tr></table></body></html>
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Autohaus Kainz//Online-Terminbuchung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:werkstatt-2026-104417@autohaus-kainz.example
DTSTAMP:20261014T070544Z
DTSTART:20261020T053000Z
DTEND:20261020T090000Z
SUMMARY:Werkstatttermin Autohaus Kainz (Räderwechsel + Pickerl)
LOCATION:Autohaus Kainz\\, Weblinger Gürtel 41\\, 8054 Graz
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Received", mx("from mail.autohaus-kainz.example (mail.autohaus-kainz.example [203.0.113.99])", when, VIE, "4NB0Tr6Mxcz2Hk")),
        ("From", "Autohaus Kainz Service <service@autohaus-kainz.example>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", enc("Terminbestätigung Werkstatt – Di., 20.10.2026, 07:30 Uhr")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<termin-104417.1792055144@autohaus-kainz.example>"),
    ]
    return message(headers, mixed(
        html(page, charset="iso-8859-15"),
        calendar(ics, method="PUBLISH", cte="base64", filename="werkstatttermin.ics", disposition="attachment"),
    ))


@mail(name(40), family="mock_interview", lang="de-AT", interview=False, company=None,
      note="Calendly confirmation (German UI) for a paid 'Mock-Interview & Feedback' with a career "
           "coach, Fri 16 Oct 2026 17:00-18:00 (MESZ); a practice session, not a job interview.",
      days=(("Fri", "2026-10-16"),))
def m40() -> bytes:
    when = "2026-10-10 08:22:19"
    body = t("""
        Hallo Lukas Pichler,

        Ihr Termin wurde geplant.

        Ereignistyp:
        Mock-Interview & Feedback (60 Min.)

        Datum/Uhrzeit des Ereignisses:
        17:00 - 18:00 (Mitteleuropäische Zeit), Freitag, 16. Oktober 2026

        Gastgeberin:
        Birgit Hochreiter

        Ort:
        Zoom - Details folgen per E-Mail.

        Fragen:
        Wofür möchten Sie üben?
        Vorstellungsgespräche als Konstrukteur, v. a. Fragen zu Gehalt und Kündigungsfrist.

        Änderungen an diesem Termin?
        Absagen: https://calendly.com/cancellations/5a2d8e40-7b1c-4f93-9e6d-2c0a4b8f1e37
        Neu planen: https://calendly.com/reschedulings/5a2d8e40-7b1c-4f93-9e6d-2c0a4b8f1e37

        Bereitgestellt von Calendly.com
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:5a2d8e40-7b1c-4f93-9e6d-2c0a4b8f1e37@calendly.com
DTSTAMP:20261010T062219Z
DTSTART:20261016T150000Z
DTEND:20261016T160000Z
SUMMARY:Mock-Interview & Feedback (60 Min.) zwischen Birgit Hochreiter und Lukas Pichler
LOCATION:Zoom
ORGANIZER;CN=Birgit Hochreiter:mailto:birgit@hochreiter-coaching.example
ATTENDEE;CN=Lukas Pichler;PARTSTAT=ACCEPTED:mailto:lukas.pichler@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Return-Path", "<bounces+1198432-77ab@em.calendly.com>"),
        ("Received", mx("from o3.em.calendly.com (o3.em.calendly.com [167.89.101.3])", when, VIE, "4N7Lc5Vr1Pz8Qd")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Birgit Hochreiter <birgit@hochreiter-coaching.example>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", enc("Neues Ereignis: Lukas Pichler - 17:00 Fr., 16. Okt. 2026 - Mock-Interview & Feedback (60 Min.)")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<c4e1f7a2b9d3e6f8a0b1c2d3e4f5a6b7@calendly.com>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(name(41), family="forwarded_other", lang="de-AT", interview=False, company=None,
      note="A friend forwards HIS OWN Greenhouse interview confirmation (attached message/rfc822 with "
           "an ICS for Thu 22 Oct 11:00 CEST) asking for tips: someone else's interview.",
      days=(("Thu", "2026-10-22"),))
def m41() -> bytes:
    inner_when = "2026-10-12 16:31:09"
    when = "2026-10-13 19:02:55"
    inner_body = t("""
        Hi Jakob,

        Thanks for your time on the phone last week. Your on-site interview is confirmed:

        Thursday, October 22, 2026
        11:00 AM - 1:00 PM CEST
        Pannonia Rail Systems, Werk Graz, Eggenberger Allee 90, 8020 Graz

        You'll meet Eszter Varga (Talent Acquisition) and Gábor Kiss (Head of Bogie Engineering).

        Best regards,
        Eszter
        Powered by Greenhouse
    """)
    ics = vtz(VIE).join(["""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:gh-interview-7714002231@greenhouse.io
DTSTAMP:20261012T143109Z
DTSTART;TZID=Europe/Vienna:20261022T110000
DTEND;TZID=Europe/Vienna:20261022T130000
SUMMARY:Onsite: Jakob Lechner <> Pannonia Rail Systems
ORGANIZER;CN=Eszter Varga:mailto:eszter.varga@pannonia-rail.example
ATTENDEE;CN=Jakob Lechner;RSVP=TRUE:mailto:jakob.lechner@example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    inner = message([
        ("From", "Pannonia Rail Systems <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Eszter Varga <eszter.varga@pannonia-rail.example>"),
        ("To", "Jakob Lechner <jakob.lechner@example.com>"),
        ("Subject", "Interview confirmed: Design Engineer Bogies - Pannonia Rail Systems"),
        ("Date", date(inner_when, VIE)),
        ("Message-ID", "<7714002231.a1c9e3@us.greenhouse-mail.io>"),
    ], mixed(text(inner_body), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))
    outer = t("""
        Servus Lukas!

        Schau, ich hab's tatsächlich in die nächste Runde bei Pannonia Rail geschafft 🎉
        Du warst ja letztes Jahr auch bei so einem Greenhouse-Onsite - hast du Tipps, was die da
        fragen? Und soll ich Zeichnungen mitnehmen oder eher nicht?

        Bier geht auf mich, wenn's klappt.

        lg Jakob
    """)
    headers = [
        ("Received", mx("from mail.example.com (mail.example.com [198.51.100.77])", when, VIE, "4N9pF2Kw8Hz3Nb")),
        ("From", "Jakob Lechner <jakob.lechner@example.com>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", "Fwd: Interview confirmed: Design Engineer Bogies - Pannonia Rail Systems"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<0d7e9f1a-3b5c-4d7e-8f9a-1b3c5d7e9f0a@example.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, mixed(text(outer, cte="8bit"), attached_message(inner, "Interview confirmed.eml")))


@mail(name(42), family="current_job_panel", lang="de-AT", interview=False, company=None,
      note="Outlook invitation from HR at the candidate's CURRENT employer asking him to sit on the "
           "interview panel for his own successor, Tue 17 Nov 10:00-11:00 (W. Europe Standard "
           "Time); he interviews someone else, so not his job interview. Work mail forwarded to "
           "the private inbox.")
def m42() -> bytes:
    when = "2026-11-10 13:37:50"
    body = t("""
        Hallo Lukas,

        wie mit Gerald besprochen, bist du beim Gespräch mit Frau Novak (Bewerbung Konstrukteurin
        Fördertechnik - Nachbesetzung deiner Stelle) als Fachinterviewer dabei. Lebenslauf und
        Zeugnisse liegen im Bewerbermanagement; bitte schau sie dir vorher kurz an und überleg dir
        zwei, drei Fachfragen zu Stetigförderern.

        Danke dir!
        Claudia

        Claudia Fink
        Personal & Organisation
        Hartberger Fördertechnik GmbH | Am Innovationspark 5 | 8020 Graz
    """)
    ics = WEST.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Claudia Fink:mailto:claudia.fink@hartberger-foerdertechnik.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pichler Lukas:mailto:l.pichler@hartberger-foerdertechnik.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stiegler Gerald:mailto:g.stiegler@hartberger-foerdertechnik.at
UID:040000008200E00074C5B7101A82E0080000000071A3C5E7094FDD01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F1A
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Fr. Novak - Konstrukteurin Fördertechnik (Panel)
DTSTART;TZID=W. Europe Standard Time:20261117T100000
DTEND;TZID=W. Europe Standard Time:20261117T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T123750Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Besprechungsraum Schöckl (1. OG)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Received", mx("from mail.hartberger-foerdertechnik.at (mail.hartberger-foerdertechnik.at [91.118.7.230])", when, VIE, "4NR5nG7Dqkz4Cw")),
        ("X-Forwarded-To", "lukas.pichler@example.org"),
        ("X-Forwarded-For", "l.pichler@hartberger-foerdertechnik.at lukas.pichler@example.org"),
        ("From", "Claudia Fink <claudia.fink@hartberger-foerdertechnik.at>"),
        ("To", "Pichler Lukas <l.pichler@hartberger-foerdertechnik.at>"),
        ("CC", "Stiegler Gerald <g.stiegler@hartberger-foerdertechnik.at>"),
        ("Subject", enc("Bewerbungsgespräch Fr. Novak - Konstrukteurin Fördertechnik (Panel)")),
        ("Thread-Topic", enc("Bewerbungsgespräch Fr. Novak - Konstrukteurin Fördertechnik (Panel)")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<8c2e4a6b0d1f4e3a9b7c5d3e1f0a2b4c@EXCH02.hartberger.local>"),
        ("Content-Language", "de-AT"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), calendar(ics, cte="base64")))


@mail(name(43), family="ms_bookings", lang="de-AT", interview=False, company=None,
      note="Microsoft Bookings confirmation from a bank: 'Beratungsgespräch Wohnbaufinanzierung', "
           "Di., 27. Oktober 2026, 16:00-17:00 with the '(UTC+01:00) ... Wien' label; a fixed "
           "advisory appointment, not a job interview.",
      days=(("Tue", "2026-10-27"),))
def m43() -> bytes:
    when = "2026-10-21 12:14:33"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#323130;font-size:14px">
        <table width="100%" cellpadding="0" cellspacing="0" style="max-width:600px">
        <tr><td style="padding:20px 0"><span style="font-size:20px;font-weight:600">Bank Grazer Land AG - Filiale Lend</span></td></tr>
        <tr><td style="padding-bottom:16px"><span style="font-size:24px">Ihre Buchung wurde bestätigt</span></td></tr>
        <tr><td style="padding-bottom:8px">Hallo Lukas Pichler,</td></tr>
        <tr><td style="padding-bottom:16px">vielen Dank für Ihre Terminbuchung. Bitte bringen Sie Ihre letzten drei Gehaltszettel und einen Lichtbildausweis mit.</td></tr>
        <tr><td style="border-top:1px solid #edebe9;padding-top:16px">
        <div style="font-weight:600">Beratungsgespräch Wohnbaufinanzierung (60 Min.)</div>
        <div>Dienstag, 27. Oktober 2026</div>
        <div>16:00 - 17:00</div>
        <div style="color:#605e5c">(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        </td></tr>
        <tr><td style="padding-top:12px"><span style="color:#605e5c">Mitarbeiter:</span> Mag. (FH) Patrick Leitner, Wohnbauberater</td></tr>
        <tr><td style="padding-top:4px"><span style="color:#605e5c">Ort:</span> Filiale Lend, Lendplatz 12, 8020 Graz</td></tr>
        <tr><td style="padding-top:16px"><a href="https://outlook.office365.com/owa/calendar/FilialeLend@bankgrazerland.onmicrosoft.com/bookings/manage/a71e" style="color:#0078d4">Buchung verwalten</a></td></tr>
        <tr><td style="padding-top:24px;font-size:12px;color:#a19f9d">Bitte antworten Sie nicht auf diese E-Mail. Mit Microsoft Bookings erstellt.</td></tr>
        </table></body></html>
    """)
    ics = WEST.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Bank Grazer Land - Filiale Lend:mailto:FilialeLend@bankgrazerland.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Pichler:mailto:lukas.pichler@example.org
SUMMARY;LANGUAGE=de-AT:Beratungsgespräch Wohnbaufinanzierung (60 Min.)
DTSTART;TZID=W. Europe Standard Time:20261027T160000
DTEND;TZID=W. Europe Standard Time:20261027T170000
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DD0100000000000000001000000011223344556677889900AABBCCDDEEFF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T101433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Filiale Lend\\, Lendplatz 12\\, 8020 Graz
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Received", mx("from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2131.outbound.protection.outlook.com [40.107.15.131])",
                        when, VIE, "4NFk3Wc9Ltz6Bm")),
        ("From", "Bank Grazer Land - Filiale Lend <FilialeLend@bankgrazerland.onmicrosoft.com>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Gebucht: Beratungsgespräch Wohnbaufinanzierung (60 Min.) für Lukas Pichler")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<VI1PR09MB4412B3C4D5E6F7A8B9C0D1E2F3A4@VI1PR09MB4412.eurprd09.prod.outlook.com>"),
        ("Content-Language", "de-AT"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]
    return message(headers, mixed(
        html(page, cte="base64"),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True),
    ))


@mail(name(44), family="flat_viewing", lang="de-AT", interview=False, company=None,
      note="Private landlord in Vienna confirms a flat viewing 'Sa., 17.10. um 11:00 Uhr' followed by "
           "a short 'Bewerbungsgespräch' with each prospective tenant; a viewing, not a job interview.",
      days=(("Sat", "2026-10-17"),))
def m44() -> bytes:
    when = "2026-10-12 18:55:20"
    body = t("""
        Sehr geehrter Herr Pichler,

        danke für Ihr Interesse an der Wohnung in der Kaiserstraße (1070 Wien, 2 Zimmer, 58 m²).
        Gerne bestätige ich Ihnen den Besichtigungstermin am Sa., 17.10. um 11:00 Uhr.

        Ich mache im Anschluss mit allen Interessentinnen und Interessenten ein kurzes Gespräch -
        quasi ein kleines Bewerbungsgespräch, damit ich mir ein Bild machen kann. Bitte bringen Sie
        nach Möglichkeit die letzten drei Lohnzettel bzw. Ihren neuen Dienstvertrag mit.

        Die Haustür ist offen, Wohnung Top 14, 3. Stock (leider ohne Lift).

        Mit freundlichen Grüßen
        Elisabeth Stadler
    """)
    headers = [
        ("Received", mx("from mail.example.net (mail.example.net [198.51.100.31])", when, VIE, "4N8tH6Ry0Lz5Pc")),
        ("From", "Elisabeth Stadler <e.stadler@example.net>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", "Re: Wohnung Kaiserstrasse - Besichtigung"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<1a3c5e7f-9b0d-4f2a-8c6e-0f2a4c6e8a0b@example.net>"),
        ("In-Reply-To", "<9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a@example.org>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


@mail(name(45), family="webinar", lang="de-DE", interview=False, company=None,
      note="Registration confirmation for a webinar 'Das Vorstellungsgespräch für Ingenieur:innen' "
           "on 'Do., 26.11.2026, 18:00-19:30 Uhr' with an ICS; not a job interview.",
      days=(("Thu", "2026-11-26"),))
def m45() -> bytes:
    when = "2026-11-20 10:03:41"
    body = t("""
        Hallo Lukas Pichler,

        vielen Dank für Ihre Anmeldung zu:

            Karriere-Webinar: Das Vorstellungsgespräch für Ingenieur:innen -
            Gehalt verhandeln, Fachfragen souverän beantworten

            Do., 26.11.2026, 18:00 - 19:30 Uhr (MEZ)

        Teilnehmen: https://attendee.gotowebinar.com/join/8812447019033716494/774120391

        Referentin: Dipl.-Ing. Katrin Bäuerle, Karriereberaterin

        Fügen Sie den Termin Ihrem Kalender hinzu (ICS im Anhang). Sie erhalten eine Stunde vor
        Beginn eine Erinnerung.

        Ingenieurnetz Süd e.V. | Karriereservice
        Abmelden: https://www.ingenieurnetz-sued.example/webinare/abmelden
    """)
    ics = VTZ["Europe/Berlin"].join(["""BEGIN:VCALENDAR
PRODID:-//GoTo//GoToWebinar//EN
VERSION:2.0
METHOD:PUBLISH
""", """
BEGIN:VEVENT
UID:8812447019033716494-774120391@gotowebinar.com
DTSTAMP:20261120T090341Z
DTSTART;TZID=Europe/Berlin:20261126T180000
DTEND;TZID=Europe/Berlin:20261126T193000
SUMMARY:Karriere-Webinar: Das Vorstellungsgespräch für Ingenieur:innen
LOCATION:https://attendee.gotowebinar.com/join/8812447019033716494/774120391
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Received", mx("from mail.gotowebinar.com (mail.gotowebinar.com [216.115.208.230])", when, BER, "4NWx1Vd4Tqz8Hf")),
        ("From", "Ingenieurnetz Sued e.V. <customercare@gotowebinar.com>"),
        ("Reply-To", "karriere@ingenieurnetz-sued.example"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", enc("Anmeldebestätigung: Das Vorstellungsgespräch für Ingenieur:innen")),
        ("Date", date(when, BER)),
        ("Message-ID", "<webinar.8812447019033716494.774120391@gotowebinar.com>"),
    ]
    return message(headers, mixed(
        text(body, cte="base64"),
        calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics", disposition="attachment"),
    ))


@mail(name(46), family="auto_reply", lang="de-AT", interview=False, company="Karawanken Hydro",
      note="Out-of-office auto reply (Auto-Submitted: auto-replied) from the recruiter of an "
           "earlier interview, back on 'Montag, 2.11.2026'; no interview time.",
      days=(("Mon", "2026-11-02"),))
def m46() -> bytes:
    when = "2026-10-22 08:14:06"
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 2.11.2026 auf Urlaub und habe in dieser Zeit keinen
        Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen zu laufenden Bewerbungsverfahren wenden Sie sich bitte an
        recruiting@karawanken-hydro.at oder +43 463 50 48 11-0.

        Freundliche Grüße
        Carina Wutte
        Karawanken Hydro AG
    """)
    headers = [
        ("Received", mx("from mail.karawanken-hydro.at (mail.karawanken-hydro.at [91.115.92.18])", when, VIE, "4NFz0Pq5Kbz2Vt")),
        ("From", "Carina Wutte <carina.wutte@karawanken-hydro.at>"),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", enc("Automatische Antwort: Danke für das Gespräch gestern")),
        ("Thread-Topic", enc("Danke für das Gespräch gestern")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<2f4a6c8e0b1d43f5a7c9e1b3d5f7a9c1@EXCH.karawanken-hydro.local>"),
        ("In-Reply-To", "<c8a6e4f2-0b1d-4c3e-9a5f-7b9d1f3a5c7e@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "de-AT"),
    ]
    return message(headers, text(body))


@mail(name(47), family="bounce", lang="de-AT", interview=False, company=None,
      note="Delivery-failure report (multipart/report) for the candidate's own reply accepting "
           "'Donnerstag, 10.12. um 10 Uhr'; the recruiter never received it and nothing is "
           "confirmed by anyone else.",
      days=(("Thu", "2026-12-10"),))
def m47() -> bytes:
    when = "2026-12-07 09:41:18"
    orig_when = "2026-12-07 09:41:12"
    orig = message([
        ("From", LUKAS),
        ("To", "Martina Kern <martina.kern@lendkai-engineering.at>"),
        ("Subject", enc("Re: Terminvorschlag Vorstellungsgespräch")),
        ("Date", date(orig_when, VIE)),
        ("Message-ID", "<5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Sehr geehrte Frau Kern,

        vielen Dank für die Einladung. Donnerstag, 10.12. um 10 Uhr passt mir sehr gut - ich
        bestätige den Termin gerne und freue mich auf das Gespräch.

        Mit freundlichen Grüßen
        Lukas Pichler

        Am 04.12.2026 um 15:22 schrieb Martina Kern:
        > Würde Ihnen Donnerstag, 10.12. um 10 Uhr oder Freitag, 11.12. um 13 Uhr passen?
    """), cte="8bit"))
    explanation = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <martina.kern@lendkai-engineering.at>: host mx.lendkai-engineering.at[203.0.113.45]
            said: 550 5.1.1 <martina.kern@lendkai-engineering.at>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Ng2Lw7Rk1z9Xp
        X-Postfix-Sender: rfc822; lukas.pichler@example.org
        Arrival-Date: Mon,  7 Dec 2026 09:41:13 +0100 (CET)

        Final-Recipient: rfc822; martina.kern@lendkai-engineering.at
        Original-Recipient: rfc822;martina.kern@lendkai-engineering.at
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.lendkai-engineering.at
        Diagnostic-Code: smtp; 550 5.1.1 <martina.kern@lendkai-engineering.at>:
            Recipient address rejected: User unknown in virtual mailbox table
    """)
    headers = [
        ("Return-Path", "<>"),
        ("Received", "by mx2.example.org (Postfix)\r\n id 4Ng2Lx0Bq3z1Rs; " + date(when, VIE)),
        ("Date", date(when, VIE)),
        ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", "lukas.pichler@example.org"),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20261207084118.4Ng2Lx0Bq3z1Rs@mx2.example.org>"),
    ]
    report = multipart(
        "report",
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
             explanation.replace("\n", "\r\n").encode("ascii")),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        attached_message(orig),
        params="report-type=delivery-status",
    )
    return message(headers, report)


@mail(name(48), family="team_event", lang="de-AT", interview=False, company=None,
      note="Google Calendar invitation from a colleague at the current job for the team's "
           "Christmas dinner, Fri 11 Dec 2026 18:30; a social event.",
      days=(("Fri", "2026-12-11"),))
def m48() -> bytes:
    when = "2026-11-30 12:20:05"
    body = t("""
        Weihnachtsfeier Konstruktion 🎄 - Gasthaus Pfeifer
        Freitag 11. Dez. 2026 ⋅ 18:30 – 23:00
        Mitteleuropäische Normalzeit - Wien

        Ort
        Gasthaus Pfeifer, Plabutscher Straße 61, 8051 Graz

        Servus miteinander, heuer wieder beim Pfeifer! Tisch ist reserviert, Schrottwichteln
        (max. 10 Euro) wie immer. Bitte bis Freitag zu-/absagen.
        Gerald

        Organisator
        Gerald Stiegler
        gerald.stiegler@example.com

        Gäste
        Gerald Stiegler - Organisator
        lukas.pichler@example.org
        sandra.maier@example.net
        + 9 weitere Gäste

        Einladung von Google Kalender
    """)
    ics = vtz(VIE).join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261211T183000
DTEND;TZID=Europe/Vienna:20261211T230000
DTSTAMP:20261130T112005Z
ORGANIZER;CN=Gerald Stiegler:mailto:gerald.stiegler@example.com
UID:3t7v9x1z3b5d7f9h1j3l5n7p9r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.pichler@example.org;X-NUM-GUESTS=0:mailto:lukas.pichler@example.org
DESCRIPTION:Servus miteinander\\, heuer wieder beim Pfeifer! Tisch ist reserv
 iert\\, Schrottwichteln (max. 10 Euro) wie immer.
LOCATION:Gasthaus Pfeifer\\, Plabutscher Straße 61\\, 8051 Graz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Weihnachtsfeier Konstruktion 🎄
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    headers = [
        ("Received", mx("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", when, VIE, "4Nc6Hq0Vmwz3Ty")),
        ("From", "Gerald Stiegler <gerald.stiegler@example.com>"),
        ("To", "lukas.pichler@example.org"),
        ("Subject", enc("Einladung: Weihnachtsfeier Konstruktion 🎄 @ Fr. 11. Dez. 2026 18:30 - 23:00 (MEZ) "
                        "(lukas.pichler@example.org)")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<calendar-4d6f8a0c-2e4a-4c6e-8a0c-2e4a6c8e0a2c@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "gerald.stiegler@example.com"),
    ]
    return message(headers, mixed(
        alt(text(body), calendar(ics, cte="base64")),
        calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics", disposition="attachment",
                 name_param=True),
    ))


@mail(name(49), family="mailing_list", lang="de-AT", interview=False, company=None,
      note="Alumni mailing-list post (List-Id, Mailman footer): another member mentions his own "
           "'Zweitgespräch am Dienstag, 8.12., um 9 Uhr' at a company; not the candidate's interview.",
      days=(("Tue", "2026-12-08"),))
def m49() -> bytes:
    when = "2026-12-03 21:07:44"
    body = t("""
        Hi zusammen,

        > Hat wer Erfahrungen mit Vorstellungsgesprächen bei Traunstahl in Linz? Wie läuft das
        > Zweitgespräch ab, gibt's da eine Konstruktionsaufgabe?

        ja, ich. Erstgespräch war per Teams, sehr angenehm, hauptsächlich Lebenslauf und ein paar
        Fragen zu Schweißkonstruktionen. Ich hab dort am Dienstag, 8.12., um 9 Uhr mein
        Zweitgespräch vor Ort, da gibt's angeblich eine kleine Aufgabe am Whiteboard (Knotenblech
        dimensionieren oder so). Ich kann danach gern berichten.

        lg
        Thomas (Jg. 2019)

        _______________________________________________
        mb-absolventen mailing list
        mb-absolventen@lists.fh-alumni.example
        https://lists.fh-alumni.example/mailman/listinfo/mb-absolventen
    """)
    headers = [
        ("Received", mx("from lists.fh-alumni.example (lists.fh-alumni.example [203.0.113.5])", when, VIE, "4Nf0Zb3Kxqz7Mh")),
        ("From", "Thomas Hiebler <thomas.hiebler@example.net>"),
        ("To", "mb-absolventen@lists.fh-alumni.example"),
        ("Subject", enc("Re: [mb-absolventen] Erfahrungen Vorstellungsgespräch bei Traunstahl?")),
        ("Date", date(when, VIE)),
        ("Message-ID", "<e3c1a9f7-5d3b-41f9-a7c5-e3b1d9f7a5c3@example.net>"),
        ("In-Reply-To", "<1f3e5d7c-9b0a-4826-b4d2-f0e8c6a4b2d0@example.org>"),
        ("List-Id", "Maschinenbau-Absolvent:innen <mb-absolventen.lists.fh-alumni.example>"),
        ("List-Unsubscribe", "<https://lists.fh-alumni.example/mailman/options/mb-absolventen>, "
                             "<mailto:mb-absolventen-request@lists.fh-alumni.example?subject=unsubscribe>"),
        ("List-Post", "<mailto:mb-absolventen@lists.fh-alumni.example>"),
        ("Precedence", "list"),
        ("Sender", '"mb-absolventen" <mb-absolventen-bounces@lists.fh-alumni.example>'),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(name(50), family="volunteer_intake", lang="de-AT", interview=False, company=None,
      note="Volunteering intake ('Erstgespräch für neue Ehrenamtliche am Mittwoch, 9.9., um 18 Uhr') "
           "at a tutoring association; a fixed time but not a job interview.",
      days=(("Wed", "2026-09-09"),))
def m50() -> bytes:
    when = "2026-09-03 11:26:58"
    body = t("""
        Lieber Lukas,

        schön, dass du dich bei uns als ehrenamtlicher Lernbegleiter für Mathe und Physik
        engagieren möchtest!

        Wir laden dich herzlich zu unserem Erstgespräch für neue Ehrenamtliche ein:
        Mittwoch, 9.9., um 18 Uhr, in unserem Lernraum in der Annenstraße 28 (Hof, 1. Stock).

        Wir erzählen dir, wie die Lernbetreuung abläuft, und du lernst das Team kennen. Bitte bring
        für die Vereinbarung eine Strafregisterbescheinigung (Kinder- und Jugendfürsorge) mit -
        falls du sie noch nicht hast, kannst du sie auch nachreichen.

        Liebe Grüße
        Hannah Weiß
        Koordination Ehrenamt
        Verein Lernhilfe Graz
    """)
    headers = [
        ("Received", mx("from mail.lernhilfe-graz.example (mail.lernhilfe-graz.example [203.0.113.150])", when, VIE, "4MmQ7Bc2Vhz0Zs")),
        ("From", addr("Hannah Weiß", "ehrenamt@lernhilfe-graz.example")),
        ("To", "Lukas Pichler <lukas.pichler@example.org>"),
        ("Subject", "Einladung zum Erstgespraech - Lernhilfe Graz"),
        ("Date", date(when, VIE)),
        ("Message-ID", "<a2b4c6d8-e0f2-4a4c-8e0a-2c4e6a8c0e2a@lernhilfe-graz.example>"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))
