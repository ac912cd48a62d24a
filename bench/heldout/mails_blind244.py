"""blind244: 50 hand-written mails from the inbox of Matteo Zorzut, a maritime insurance claims
analyst in Trieste (Europe/Rome), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Keys 1-23 are
the positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 the negatives; the file
number of the mail written key-th is ORDER[key - 1].

    python3 bench/heldout/make_blind.py blind244
"""

from __future__ import annotations

import random
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import make
from make import (
    VTZ,
    addr,
    alt,
    at,
    attached_message,
    calendar,
    enc,
    gmail_html,
    html,
    mail,
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2440244).sample(range(1, 51), 50)
make.REGISTRY.setdefault("blind244", [])

ME = "matteo.zorzut@example.org"
ME_TO = addr("Matteo Zorzut", ME)
ROME = "Europe/Rome"
VIENNA = "Europe/Vienna"
ZURICH = "Europe/Zurich"
LJUBLJANA = "Europe/Ljubljana"
MADRID = "Europe/Madrid"
AMSTERDAM = "Europe/Amsterdam"


def N(key: int) -> str:
    return f"blind244_{ORDER[key - 1]:03d}"


def dt(when: str, zone: str, show: str | None = None) -> str:
    """Date header for a local time in zone, optionally shown in another zone (e.g. UTC)."""
    d = at(when, zone)
    if show:
        d = d.astimezone(ZoneInfo(show))
    return format_datetime(d)


def vtz(zone: str) -> str:
    """A Google/Apple-style VTIMEZONE for a zone with the EU rules (CET/CEST)."""
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", zone)


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, via: str, ip: str, qid: str,
         to: str = ME_TO, extra: tuple[tuple[str, str], ...] = (), show: str | None = None,
         lag: int = 4, charset: str = "utf-8") -> list[tuple[str, str]]:
    rcv = received(f"from {via} ({via} [{ip}])", when, zone,
                   f"mx2.example.org (Postfix) with ESMTPS id {qid}", ME, lag=lag)
    return [
        ("Delivered-To", ME),
        ("Received", rcv),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", dt(when, zone, show)),
        ("Message-ID", msgid),
        *extra,
    ]


def esc(s: str) -> str:
    """ICS TEXT escaping."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", VIENNA), end=utc("2026-09-15 10:45", VIENNA),
      contact="katrin.pfeiffer@donauwerk-re.at", company="Donauwerk Re",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=VIENNA,
      note="Greenhouse scheduled notice from no-reply; '10:00 AM - 10:45 AM CEST' on Tue 15 Sep in "
           "Vienna = 08:00-08:45Z (summer time, +02:00); ICS in Europe/Vienna agrees; "
           "contact = Reply-To recruiter (also ICS ORGANIZER)")
def k01() -> bytes:
    body = t("""
        Hi Matteo,

        Thanks for making time to speak with us! Your interview for Claims Analyst - Marine &
        Energy (Vienna or hybrid) has been scheduled.

        Interview details
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CEST
        Location: Microsoft Teams (the link is in the calendar invitation attached)

        You'll be meeting with:
          Katrin Pfeiffer - Talent Acquisition Partner
          Florian Gruber - Head of Marine Claims

        If you have any questions or need to make a change, simply reply to this email and it
        will reach Katrin.

        Best regards,
        Donauwerk Re Talent Acquisition

        --
        Powered by Greenhouse | Privacy Policy
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Matteo,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Claims Analyst - Marine &amp;
        Energy (Vienna or hybrid)</b> has been scheduled.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM CEST</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (the link is in the calendar invitation attached)</td></tr>
        </table>
        <p>You'll be meeting with:<br>Katrin Pfeiffer - Talent Acquisition Partner<br>
        Florian Gruber - Head of Marine Claims</p>
        <p>If you have any questions or need to make a change, simply reply to this email and it will
        reach Katrin.</p>
        <p>Best regards,<br>Donauwerk Re Talent Acquisition</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse | <a href="https://www.greenhouse.io/privacy-policy">Privacy Policy</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz(VIENNA)}
BEGIN:VEVENT
UID:gh-interview-7734120-0391@greenhouse.io
DTSTAMP:20260910T144200Z
DTSTART;TZID=Europe/Vienna:20260915T100000
DTEND;TZID=Europe/Vienna:20260915T104500
SUMMARY:Interview: Matteo Zorzut - Claims Analyst - Marine & Energy (Donauwerk Re)
LOCATION:Microsoft Teams
DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0Zjk2\\nMeeting ID: 384 119 502 77\\nPasscode: Xq7bV2
ORGANIZER;CN=Katrin Pfeiffer:mailto:katrin.pfeiffer@donauwerk-re.at
ATTENDEE;CN=Matteo Zorzut;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT:mailto:florian.gruber@donauwerk-re.at
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Donauwerk Re", "no-reply@us.greenhouse-mail.io"),
              "Interview confirmed: Claims Analyst - Marine & Energy at Donauwerk Re",
              "2026-09-10 16:42", VIENNA, "<gh.7734120.0391.3f2a9c@us.greenhouse-mail.io>",
              via="o12.us.greenhouse-mail.io", ip="167.89.21.14", qid="4Ctw1q0Zr9z1kM", show="UTC",
              extra=(("Reply-To", addr("Katrin Pfeiffer", "katrin.pfeiffer@donauwerk-re.at")),
                     ("X-SG-EID", "u001.hT3cZ0wkq7s8Yw")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(2), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-24 17:00", ROME), end=utc("2026-09-24 17:30", ROME),
      contact="owen.pritchard@tidewater-analytics.co.uk", company="Tidewater Analytics",
      local="Thu 2026-09-24 17:00", local_end="2026-09-24 17:30", zone=ROME,
      note="Calendly invitee confirmation, times shown in the invitee's zone labelled 'Central "
           "European Time' although it is summer: 17:00-17:30 CEST = 15:00-15:30Z; Date in UTC; "
           "no ICS; contact = Reply-To host (London remote team)")
def k02() -> bytes:
    body = t("""
        Hi Matteo Zorzut,

        Your Intro call - Senior Claims Data Analyst (remote) with Owen Pritchard at 17:00 on
        Thursday, 24 September 2026 is scheduled.

        Event Type:
        Intro call - Senior Claims Data Analyst (remote)

        Event Date/Time:
        17:00 - 17:30, Thursday, 24 September 2026 (Central European Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/xvb-qtmw-kpe

        Invitee Time Zone:
        Central European Time

        Questions:
        Anything you'd like us to know before the call?
        I am currently based in Trieste and available from November.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b1e2d44-93a0-4c1f-8d1c-1a2b3c4d5e6f
        Reschedule: https://calendly.com/reschedulings/6b1e2d44-93a0-4c1f-8d1c-1a2b3c4d5e6f

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="background:#f6f8fa;font-family:Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
        <p>Hi Matteo Zorzut,</p>
        <p>Your <b>Intro call - Senior Claims Data Analyst (remote)</b> with <b>Owen Pritchard</b> at
        17:00 on Thursday, 24 September 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Senior Claims Data Analyst (remote)</p>
        <p><b>Event Date/Time:</b><br>17:00 - 17:30, Thursday, 24 September 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.<br>
        <a href="https://meet.google.com/xvb-qtmw-kpe">https://meet.google.com/xvb-qtmw-kpe</a></p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><a href="https://calendly.com/cancellations/6b1e2d44-93a0-4c1f-8d1c-1a2b3c4d5e6f">Cancel</a> |
        <a href="https://calendly.com/reschedulings/6b1e2d44-93a0-4c1f-8d1c-1a2b3c4d5e6f">Reschedule</a></p>
        </div></body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call - Senior Claims Data Analyst (remote) with Owen Pritchard on "
              "Thursday, 24 September 2026",
              "2026-09-21 13:05", ROME, "<calendly.invitee.6b1e2d44.93a0@calendly.com>",
              via="o7.email.calendly.com", ip="149.72.160.33", qid="4CwQ0t1bK2z9Lx", show="UTC",
              extra=(("Reply-To", addr("Owen Pritchard", "owen.pritchard@tidewater-analytics.co.uk")),))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", AMSTERDAM), end=utc("2026-10-26 10:15", AMSTERDAM),
      contact="femke.dewit@keelson.io", company="Keelson",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:15", zone=AMSTERDAM,
      note="Ashby confirmation sent Thu 22 Oct (CEST) for Mon 26 Oct, the day after Europe goes "
           "back to CET: 09:30-10:15 CET = 08:30-09:15Z (not 07:30); ICS in Europe/Amsterdam "
           "agrees; contact = Reply-To recruiter")
def k03() -> bytes:
    body = t("""
        Hi Matteo,

        Your interview with Keelson is confirmed. We're looking forward to speaking with you!

        Monday, October 26, 2026
        9:30 AM - 10:15 AM CET (Central European Time)
        Google Meet: https://meet.google.com/kel-sonq-rtp

        You'll meet with:
          Femke de Wit - Talent Partner
          Joris Bakker - Lead, Claims Analytics

        Heads-up: clocks in Europe go back one hour on Sunday 25 October, so this is the
        first day on winter time.

        Questions? Just reply and it will reach Femke de Wit.

        Thanks,
        Keelson Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Matteo,</p>
        <p>Your interview with Keelson is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Monday, October 26, 2026</strong><br>
        9:30 AM &ndash; 10:15 AM CET (Central European Time)<br>
        Google Meet: <a href="https://meet.google.com/kel-sonq-rtp">meet.google.com/kel-sonq-rtp</a></p>
        <p>You&#x27;ll meet with:<br>Femke de Wit &mdash; Talent Partner<br>Joris Bakker &mdash; Lead, Claims Analytics</p>
        <p><em>Heads-up: clocks in Europe go back one hour on Sunday 25 October, so this is the first day
        on winter time.</em></p>
        <p>Questions? Just reply and it will reach Femke de Wit.</p>
        <p>Thanks,<br>Keelson Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz(AMSTERDAM)}
BEGIN:VEVENT
UID:2f0c7a1e-5b9d-4c22-a0f1-7e3d9b6a1c55
DTSTAMP:20261022T092000Z
DTSTART;TZID=Europe/Amsterdam:20261026T093000
DTEND;TZID=Europe/Amsterdam:20261026T101500
SEQUENCE:0
SUMMARY:Keelson - Claims Data Analyst Interview
LOCATION:https://meet.google.com/kel-sonq-rtp
ORGANIZER;CN=Femke de Wit:mailto:femke.dewit@keelson.io
ATTENDEE;CN=Matteo Zorzut;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Keelson", "no-reply@ashbyhq.com"),
              "Interview confirmed: Claims Data Analyst at Keelson",
              "2026-10-22 11:20", AMSTERDAM,
              "<0100019a0b7c3e21-5d1f8a90-1b2c-4d3e-9f80-aa71c2b3d4e5-000000@email.amazonses.com>",
              via="a8-31.smtp-out.amazonses.com", ip="54.240.8.31", qid="4CyB7n3Qw1z2Tt", show="UTC",
              extra=(("Reply-To", addr("Femke de Wit", "femke.dewit@keelson.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:00", ZURICH), end=utc("2026-11-10 15:00", ZURICH),
      contact="claire.rochat@lemanis-assurances.ch", company="Lemanis Assurances",
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 15:00", zone=ZURICH,
      note="Workday notification in French (HTML only, base64): 'mardi 10 novembre 2026, 14h00 - "
           "15h00 (heure de Suisse)' = CET +01:00 -> 13:00-14:00Z; sender is the Workday tenant "
           "mailbox, contact = recruiter address written in the body")
def k04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600" align="center"><tr><td>
        <img src="https://wd3.myworkday.com/lemanis/img/logo.png" alt="Lemanis Assurances">
        <p>Bonjour Matteo,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        <b>Gestionnaire de sinistres Transport &amp; Maritime (H/F) - REQ-2026-0418</b>.</p>
        <p><b>Date :</b> mardi 10 novembre 2026<br>
        <b>Heure :</b> 14h00 - 15h00 (heure de Suisse)<br>
        <b>Lieu :</b> Microsoft Teams - le lien vous sera envoyé par l'intervenante<br>
        <b>Intervenants :</b> Nathalie Berset, Responsable Sinistres Transport ; Claire Rochat, Talent Acquisition</p>
        <p>Merci de vous munir d'une pièce d'identité et de vérifier votre connexion quelques minutes avant le début.</p>
        <p>Pour toute question, vous pouvez contacter Claire Rochat à l'adresse
        <a href="mailto:claire.rochat@lemanis-assurances.ch">claire.rochat@lemanis-assurances.ch</a>.</p>
        <p>Meilleures salutations,<br>L'équipe Talent Acquisition<br>Lemanis Assurances SA, Avenue de Rhodanie 48, 1007 Lausanne</p>
        <p style="font-size:10px;color:#888">Ceci est un message automatique envoyé par Workday. Merci de ne pas y répondre.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Lemanis Assurances SA", "lemanis@myworkday.com"),
              "Confirmation de votre entretien - Gestionnaire de sinistres Transport & Maritime (H/F)",
              "2026-11-02 09:14", ZURICH, "<1487394411.52771.1793607240117@wd3-prod-notify-07>",
              via="mail-out7.myworkday.com", ip="208.115.228.17", qid="4D0kXb5Hq3z7Mn")
    return message(hs, html(page, cte="base64"))


@mail(N(5), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-04 10:30", VIENNA), contact="sabine.hoelzl@tauernblick.at",
      company="Tauernblick Versicherung", local="Wed 2026-11-04 10:30", zone=VIENNA,
      note="SmartRecruiters invitation in German: 'Mittwoch, 4. November 2026, 10:30 Uhr (MEZ)' = "
           "09:30Z; 'ca. 45 Minuten' is approximate so end null; contact = Reply-To recruiter")
def k05() -> bytes:
    body = t("""
        Sehr geehrter Herr Zorzut,

        vielen Dank für Ihr Interesse an der Position Schadenreferent:in Transport & Kasko
        (Wien). Hiermit bestätigen wir Ihren Interviewtermin:

        Termin:   Mittwoch, 4. November 2026, 10:30 Uhr (MEZ)
        Dauer:    ca. 45 Minuten
        Format:   Videointerview über Microsoft Teams (den Link erhalten Sie am Vortag)
        Gesprächspartner: Mag. Sabine Hölzl (Recruiting) und Thomas Brunner (Teamleitung Schaden)

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte direkt auf diese
        E-Mail.

        Mit freundlichen Grüßen
        Sabine Hölzl
        Tauernblick Versicherung AG | Wiedner Hauptstraße 50 | 1040 Wien

        Diese Nachricht wurde über SmartRecruiters versendet.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Zorzut,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Schadenreferent:in Transport &amp; Kasko (Wien)</b>.
        Hiermit bestätigen wir Ihren Interviewtermin:</p>
        <ul>
        <li><b>Termin:</b> Mittwoch, 4. November 2026, 10:30 Uhr (MEZ)</li>
        <li><b>Dauer:</b> ca. 45 Minuten</li>
        <li><b>Format:</b> Videointerview über Microsoft Teams (den Link erhalten Sie am Vortag)</li>
        <li><b>Gesprächspartner:</b> Mag. Sabine Hölzl (Recruiting) und Thomas Brunner (Teamleitung Schaden)</li>
        </ul>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte direkt auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Sabine Hölzl<br>Tauernblick Versicherung AG | Wiedner Hauptstraße 50 | 1040 Wien</p>
        <p style="font-size:11px;color:#777">Diese Nachricht wurde über SmartRecruiters versendet.</p>
        </body></html>
        """)
    hs = head(addr("Tauernblick Versicherung AG", "noreply@smartrecruiters.com"),
              "Einladung zum Interview: Schadenreferent:in Transport & Kasko (Wien)",
              "2026-10-28 10:05", VIENNA, "<sr.5f3a77c1e4b04d2f9a1c.msg@smartrecruiters.com>",
              via="mta-02.smartrecruiters.com", ip="52.17.88.140", qid="4CzT2m8Xv4z5Pq", show="UTC",
              extra=(("Reply-To", addr("Sabine Hölzl", "sabine.hoelzl@tauernblick.at")),))
    return message(hs, alt(text(body), html(page)))


@mail(N(6), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-17 13:00", VIENNA), end=utc("2026-09-17 14:00", VIENNA),
      contact="jakob.auer@frachtwerk.at", company="Frachtwerk",
      local="Thu 2026-09-17 13:00", local_end="2026-09-17 14:00", zone=VIENNA,
      note="Personio invitation, German, iso-8859-15 body: 'Donnerstag, 17.09.2026, 13:00 - 14:00 "
           "Uhr (Europe/Vienna)' = 11:00-12:00Z; ICS agrees; contact = Reply-To hiring manager")
def k06() -> bytes:
    body = t("""
        Hallo Matteo,

        vielen Dank für Ihre Bewerbung als Claims Specialist Cargo (m/w/d) bei der Frachtwerk
        GmbH. Wir freuen uns, Sie zu einem ersten Kennenlerngespräch einzuladen:

        Datum:    Donnerstag, 17.09.2026
        Uhrzeit:  13:00 - 14:00 Uhr (Europe/Vienna)
        Ort:      Google Meet - https://meet.google.com/frw-kpqa-zus
        Ihr Gesprächspartner: Jakob Auer (Head of Claims)

        Eine Kalendereinladung finden Sie im Anhang. Bei Fragen antworten Sie einfach auf diese
        Nachricht.

        Beste Grüße
        Jakob Auer
        Frachtwerk GmbH · Handelskai 94 · 1200 Wien

        Gesendet mit Personio
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
{vtz(VIENNA)}
BEGIN:VEVENT
UID:personio-recruiting-event-88123-5521@personio.de
DTSTAMP:20260911T123000Z
DTSTART;TZID=Europe/Vienna:20260917T130000
DTEND;TZID=Europe/Vienna:20260917T140000
SUMMARY:Kennenlerngespräch Frachtwerk GmbH - Matteo Zorzut
LOCATION:https://meet.google.com/frw-kpqa-zus
ORGANIZER;CN=Jakob Auer:mailto:jakob.auer@frachtwerk.at
ATTENDEE;CN=Matteo Zorzut;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Frachtwerk GmbH", "noreply@personio.de"),
              "Einladung zum Kennenlerngespräch - Claims Specialist Cargo (m/w/d)",
              "2026-09-11 14:30", VIENNA, "<20260911123000.8f3e1a2b@mail.personio.de>",
              via="mail.personio.de", ip="18.185.22.61", qid="4Cty8r2Gk0z3Hd",
              extra=(("Reply-To", addr("Jakob Auer", "jakob.auer@frachtwerk.at")),))
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             calendar(ics, method=None, ctype="application/ics",
                                      filename="einladung.ics", disposition="attachment",
                                      cte="base64")))


@mail(N(7), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-06 09:00", LJUBLJANA), end=utc("2026-10-06 09:45", LJUBLJANA),
      contact="nina.kranjc@soca-logistics.si", company="Soča Logistics",
      local="Tue 2026-10-06 09:00", local_end="2026-10-06 09:45", zone=LJUBLJANA,
      note="Teamtailor confirmation in English from Ljubljana: 'Tuesday 6 October 2026, 09:00 - "
           "09:45 (CEST)' = 07:00-07:45Z; ICS agrees; Reply-To is a Teamtailor relay and the ICS "
           "ORGANIZER is no-reply, so contact = the recruiter address in the signature")
def k07() -> bytes:
    body = t("""
        Hi Matteo,

        Great, your interview is booked!

        Position: Cargo Claims Analyst
        When: Tuesday 6 October 2026, 09:00 - 09:45 (CEST)
        Where: Microsoft Teams, link in the attached invitation
        With: Nina Kranjc (HR) and Rok Zupančič (Head of Claims)

        We are looking forward to meet you.

        Best regards,
        Nina Kranjc
        HR Business Partner | Soča Logistics d.o.o.
        nina.kranjc@soca-logistics.si | +386 1 600 4417
        """)
    page = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Matteo,</p>
        <p>Great, your interview is booked!</p>
        <p><b>Position:</b> Cargo Claims Analyst<br>
        <b>When:</b> Tuesday 6 October 2026, 09:00 - 09:45 (CEST)<br>
        <b>Where:</b> Microsoft Teams, link in the attached invitation<br>
        <b>With:</b> Nina Kranjc (HR) and Rok Zupančič (Head of Claims)</p>
        <p>We are looking forward to meet you.</p>
        <p>Best regards,<br>Nina Kranjc<br>HR Business Partner | Soča Logistics d.o.o.<br>
        <a href="mailto:nina.kranjc@soca-logistics.si">nina.kranjc@soca-logistics.si</a> | +386 1 600 4417</p>
        <p style="color:#aaa;font-size:11px">Sent with Teamtailor</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
{vtz(LJUBLJANA)}
BEGIN:VEVENT
UID:tt-meeting-3318842@teamtailor.com
DTSTAMP:20260930T081200Z
DTSTART;TZID=Europe/Ljubljana:20261006T090000
DTEND;TZID=Europe/Ljubljana:20261006T094500
SUMMARY:Interview Matteo Zorzut - Cargo Claims Analyst
LOCATION:Microsoft Teams
ORGANIZER;CN=Soča Logistics:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Matteo Zorzut;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Soča Logistics", "no-reply@teamtailor-mail.com"),
              "Interview booked: Cargo Claims Analyst at Soča Logistics",
              "2026-09-30 10:12", LJUBLJANA, "<tt.3318842.a7c2e9@teamtailor-mail.com>",
              via="mail-eu.teamtailor-mail.com", ip="198.2.180.72", qid="4Cx0sJ6Rn9z8Wb", show="UTC",
              extra=(("Reply-To", "reply+c7e21f09a4d3@teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment",
                                      cte="quoted-printable")))


@mail(N(8), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-16 11:30", ROME), end=utc("2026-10-16 12:15", ROME),
      contact=None, company="Navalia Risk", local="Fri 2026-10-16 11:30",
      local_end="2026-10-16 12:15", zone=ROME,
      note="Workable confirmation: 'Fri, Oct 16, 2026 11:30 AM - 12:15 PM CEST' = 09:30-10:15Z; "
           "ICS agrees; Reply-To is a Workable '+' relay, ICS ORGANIZER no-reply, interviewer named "
           "without an address -> contact null")
def k08() -> bytes:
    body = t("""
        Hi Matteo,

        Your interview for the Marine Claims Analyst position at Navalia Risk has been
        confirmed.

        Fri, Oct 16, 2026
        11:30 AM - 12:15 PM CEST (Europe/Rome)

        Video call: https://navalia-risk.workable.com/video/8c31-77ab
        Interviewer: Giulia Ferrante, Claims Manager

        You can reply to this email if you have any questions.

        Good luck!
        Navalia Risk S.r.l. - Via Larga 7, 20122 Milano

        Sent via Workable
        """)
    page = t("""
        <table width="100%" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
        <p>Hi Matteo,</p>
        <p>Your interview for the <b>Marine Claims Analyst</b> position at Navalia Risk has been confirmed.</p>
        <p style="font-size:16px"><b>Fri, Oct 16, 2026</b><br>11:30 AM - 12:15 PM CEST (Europe/Rome)</p>
        <p>Video call: <a href="https://navalia-risk.workable.com/video/8c31-77ab">Join</a><br>
        Interviewer: Giulia Ferrante, Claims Manager</p>
        <p>You can reply to this email if you have any questions.</p>
        <p>Good luck!<br>Navalia Risk S.r.l. - Via Larga 7, 20122 Milano</p>
        <p style="font-size:11px;color:#999">Sent via Workable</p>
        </td></tr></table>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Events//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-event-55c17e0a9b@workable.com
DTSTAMP:20261009T154000Z
DTSTART:20261016T093000Z
DTEND:20261016T101500Z
SUMMARY:Interview with Navalia Risk - Marine Claims Analyst
ORGANIZER;CN=Navalia Risk:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Matteo Zorzut;RSVP=TRUE:mailto:{ME}
LOCATION:https://navalia-risk.workable.com/video/8c31-77ab
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Navalia Risk", "noreply@candidates.workablemail.com"),
              "Interview confirmed - Marine Claims Analyst at Navalia Risk",
              "2026-10-09 17:40", ROME, "<wk.55c17e0a9b.20261009154000@workablemail.com>",
              via="mail-o1.workablemail.com", ip="50.31.36.200", qid="4CxZ4f1Yv0z6Qa", show="UTC",
              extra=(("Reply-To", "navalia-risk+d41f9c2e@candidates.workablemail.com"),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(9), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 10:00", "America/New_York"), end=utc("2026-11-02 11:00", "America/New_York"),
      contact="dana.whitfield@bellwethermarine.com", company="Bellwether Marine Underwriters",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone="America/New_York",
      note="Forward to self (from the candidate's other address) of an iCIMS confirmation attached "
           "as message/rfc822. 'Monday, November 2, 2026 10:00 AM - 11:00 AM Eastern Time' falls "
           "the day after US clocks go back (1 Nov), so EST -05:00 -> 15:00-16:00Z, although the "
           "iCIMS mail itself was sent in EDT (-04:00) and the forward in CET; contact = recruiter "
           "address in the forwarded body")
def k09() -> bytes:
    inner_body = t("""
        Dear Matteo,

        Thank you for your interest in Bellwether Marine Underwriters. We are pleased to confirm
        your interview for the position of Marine Claims Analyst - EMEA (Remote), Job ID 2026-4471.

        Date: Monday, November 2, 2026
        Time: 10:00 AM - 11:00 AM Eastern Time
        Format: Video interview (Microsoft Teams). A link will be sent by your interviewer.
        Interviewers: Dana Whitfield, Senior Recruiter; Paul Okafor, Claims Director EMEA

        If you need to reschedule, please contact Dana Whitfield at
        dana.whitfield@bellwethermarine.com.

        Sincerely,
        Talent Acquisition
        Bellwether Marine Underwriters
        One Battery Park Plaza, New York, NY 10004

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    inner = message([
        ("Return-Path", "<bounce-4471@talent.icims.com>"),
        ("From", addr("Bellwether Marine Underwriters", "bellwethermarine@talent.icims.com")),
        ("To", addr("Matteo Zorzut", "matteo.zorzut@example.net")),
        ("Subject", "Interview Confirmation - Marine Claims Analyst - EMEA (Remote)"),
        ("Date", dt("2026-10-28 09:15", "America/New_York")),
        ("Message-ID", "<icims.2026-4471.983311.1793193300@talent.icims.com>"),
    ], text(inner_body, cte="7bit"))
    note = t("""
        to self - keep this one.
        ATTENTION: US go back to winter time on Sun 1/11, so on Monday it's 16:00 here, not 15:00.

        Matteo
        """)
    hs = head(addr("Matteo Zorzut", "matteo.zorzut@example.net"),
              "Fwd: Interview Confirmation - Marine Claims Analyst - EMEA (Remote)",
              "2026-10-28 18:02", ROME, "<b3c9e0d1-7a2f-4e55-9c1b-0f6a2d8e4411@example.net>",
              via="smtp.example.net", ip="192.0.2.45", qid="4CzW9d0Hh1z4Rm",
              extra=(("X-Mailer", "Thunderbird 128.3.1"),))
    return message(hs, mixed(text(note, cte="8bit"),
                             attached_message(inner, filename="Interview Confirmation.eml")))


@mail(N(10), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-30 14:00", VIENNA), end=utc("2026-09-30 14:45", VIENNA),
      contact=None, company="Praterstern Versicherungsmakler",
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 14:45", zone=VIENNA,
      note="Microsoft Bookings confirmation in German; the zone label '(UTC+01:00) Amsterdam, Berlin, "
           "Bern, Rom, Stockholm, Wien' shows the standard offset but 30 Sep is summer time: "
           "14:00-14:45 CEST = 12:00-12:45Z (ICS in W. Europe Standard Time agrees); the staff "
           "member has no address and the sender is the shared Bookings mailbox -> contact null")
def k10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Ihre Buchung ist bestätigt</p>
        <p>Hallo Matteo Zorzut,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Praterstern Versicherungsmakler GmbH</b>.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c">Dienst</td><td>Bewerbungsgespräch Junior Underwriter Transport</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Mittwoch, 30. September 2026 14:00 - 14:45</td></tr>
        <tr><td style="color:#605e5c">Zeitzone</td><td>(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Lukas Brandstätter</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ2OTU4">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/PratersternRecruiting@praterstern-makler.at/bookings/">Buchung verwalten</a></p>
        <p style="font-size:11px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Praterstern Recruiting:mailto:PratersternRecruiting@praterstern-makler.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matteo Zorzut:mailto:{ME}
DESCRIPTION;LANGUAGE=de-AT:Bewerbungsgespräch Junior Underwriter Transport mit Lukas Brandstätter
UID:040000008200E00074C5B7101A82E00800000000A0C1F6E1B54EDC01000000000000000010000000
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Junior Underwriter Transport
DTSTART;TZID=W. Europe Standard Time:20260930T140000
DTEND;TZID=W. Europe Standard Time:20260930T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T132000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Praterstern Recruiting", "PratersternRecruiting@praterstern-makler.at"),
              "Gebucht: Bewerbungsgespräch Junior Underwriter Transport für Matteo Zorzut",
              "2026-09-23 15:20", VIENNA,
              "<VI1PR08MB5342C1D0B8A2F44E9C7D81A3B70A2@VI1PR08MB5342.eurprd08.prod.outlook.com>",
              via="EUR05-VI1-obe.outbound.protection.outlook.com", ip="40.107.21.82",
              qid="4CwZ1m7Ts5z2Bn",
              extra=(("Content-Language", "de-AT"), ("X-MS-Has-Attach", "yes"),
                     ("X-MS-TNEF-Correlator", "")))
    hs = [h for h in hs if h[1] != ""]
    return message(hs, mixed(alt(html(page), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment")))


@mail(N(11), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 11:00", ROME), contact="chiara.bensa@portofrancosurveys.it",
      company="Porto Franco Surveys", local="Thu 2026-10-08 11:00", zone=ROME,
      note="Google Calendar all-day invitation for Thu 8 Oct (DTSTART;VALUE=DATE); the time is only "
           "in the description: 'we start at 11:00 at our office' in Trieste = 09:00Z (CEST); "
           "'about 1 hour' -> end null; contact = ORGANIZER (hiring manager)")
def k11() -> bytes:
    desc = ("Hi Matteo, as agreed on the phone: we start at 11:00 at our office, Molo VII, "
            "Magazzino 3, 1st floor - ask for me at the reception. Plan about 1 hour, you will "
            "meet me and our technical director Ivan Grgić. Chiara")
    body = t(f"""
        Matteo Zorzut, you have been invited to the following event.

        Interview Matteo Zorzut - Porto Franco Surveys
        When
        Thursday 8 Oct 2026

        Where
        Porto Franco Surveys, Molo VII, Magazzino 3, 34123 Trieste TS, Italy

        Organiser
        Chiara Bensa
        chiara.bensa@portofrancosurveys.it

        Guests
        Chiara Bensa - organiser
        ivan.grgic@portofrancosurveys.it
        {ME}

        {desc}

        Reply for {ME}
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWx0cmhyOGQ&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWx0cmhyOGQ&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWx0cmhyOGQ&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t(f"""
        <html><body>
        <div style="font-family:Roboto,Arial,sans-serif">
        <p style="font-size:12px;color:#5f6368">Matteo Zorzut, you have been invited to the following event.</p>
        <h2 style="font-weight:400">Interview Matteo Zorzut - Porto Franco Surveys</h2>
        <table><tr><td style="color:#5f6368">When</td><td>Thursday 8 Oct 2026</td></tr>
        <tr><td style="color:#5f6368">Where</td><td>Porto Franco Surveys, Molo VII, Magazzino 3, 34123 Trieste TS, Italy</td></tr>
        <tr><td style="color:#5f6368">Organiser</td><td>Chiara Bensa<br>chiara.bensa@portofrancosurveys.it</td></tr>
        <tr><td style="color:#5f6368">Guests</td><td>Chiara Bensa - organiser<br>ivan.grgic@portofrancosurveys.it<br>{ME}</td></tr>
        </table>
        <p>{desc}</p>
        <p>Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261008
DTEND;VALUE=DATE:20261009
DTSTAMP:20261002T103000Z
ORGANIZER;CN=Chiara Bensa:mailto:chiara.bensa@portofrancosurveys.it
UID:5ltrhr8d0q1v2m3n4b5c6x7z8a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chiara Bensa;X-NUM-GUESTS=0:mailto:chiara.bensa@portofrancosurveys.it
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ivan.grgic@portofrancosurveys.it;X-NUM-GUESTS=0:mailto:ivan.grgic@portofrancosurveys.it
CREATED:20261002T102911Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261002T103000Z
LOCATION:Porto Franco Surveys\\, Molo VII\\, Magazzino 3\\, 34123 Trieste TS\\, Italy
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Matteo Zorzut - Porto Franco Surveys
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Chiara Bensa", "chiara.bensa@portofrancosurveys.it"),
              "Invitation: Interview Matteo Zorzut - Porto Franco Surveys @ Thu 8 Oct 2026 "
              f"({ME})",
              "2026-10-02 12:30", ROME, "<calendar-2b7f9c1e-66d4-4c0a-9e11-5d3b8a7f2c90@google.com>",
              via="mail-sor-f73.google.com", ip="209.85.220.73", qid="4Cx1bV3Lp8z1Gk", show="UTC",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "chiara.bensa@portofrancosurveys.it")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="quoted-printable")),
                             calendar(ics, ctype="application/ics", method=None, filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(12), family="exchange", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-23 09:00", ZURICH), end=utc("2026-11-23 10:00", ZURICH),
      contact="reto.gisler@limmatcargo.ch", company="Limmat Cargo Versicherung",
      local="Mon 2026-11-23 09:00", local_end="2026-11-23 10:00", zone=ZURICH,
      note="Outlook/Exchange meeting request (German, Teams); the time is only in the ICS: DTSTART "
           "20261123T090000 in 'W. Europe Standard Time' = CET -> 08:00-09:00Z; body only says "
           "'wie telefonisch besprochen'; contact = organizer/sender")
def k12() -> bytes:
    body = t("""
        Guten Tag Herr Zorzut

        Wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Gespräch zur
        Stelle Schadenspezialist:in Transport. Seitens Limmat Cargo nehmen ausserdem Dr. Andrea
        Meier (Leiterin Schaden Transport) und ich teil.

        Freundliche Grüsse
        Reto Gisler
        HR Business Partner

        Limmat Cargo Versicherung AG
        Talstrasse 83, 8001 Zürich
        T +41 44 555 21 08

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTlmYjM1>
        Besprechungs-ID: 341 228 907 615
        Passcode: 7yTqN4
        Teams herunterladen <https://www.microsoft.com/microsoft-teams/download-app> | Im Web teilnehmen <https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen <https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE-CH"><div class="WordSection1">
        <p class="MsoNormal">Guten Tag Herr Zorzut</p>
        <p class="MsoNormal">Wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Gespräch zur
        Stelle Schadenspezialist:in Transport. Seitens Limmat Cargo nehmen ausserdem Dr. Andrea Meier (Leiterin
        Schaden Transport) und ich teil.</p>
        <p class="MsoNormal">Freundliche Grüsse<br>Reto Gisler<br>HR Business Partner</p>
        <p class="MsoNormal">Limmat Cargo Versicherung AG<br>Talstrasse 83, 8001 Zürich<br>T +41 44 555 21 08</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:18pt">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTlmYjM1">Hier klicken, um an der Besprechung teilzunehmen</a></div>
        <div>Besprechungs-ID: 341 228 907 615<br>Passcode: 7yTqN4</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Gisler Reto:mailto:reto.gisler@limmatcargo.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matteo Zorzut:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Meier Andrea:mailto:andrea.meier@limmatcargo.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Zorzut\\n\\nWie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Gespräch.\\n
UID:040000008200E00074C5B7101A82E0080000000090F3D2A87B5DDC01000000000000000010000000B1
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Matteo Zorzut - Schadenspezialist:in Transport
DTSTART;TZID=W. Europe Standard Time:20261123T090000
DTEND;TZID=W. Europe Standard Time:20261123T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T100200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120458731
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTlmYjM1
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
END:VCALENDAR"""
    hs = head(addr("Gisler Reto", "reto.gisler@limmatcargo.ch"),
              "Vorstellungsgespräch Matteo Zorzut - Schadenspezialist:in Transport",
              "2026-11-16 11:02", ZURICH,
              "<ZR0P278MB0912A4C3E1D2B5F6A7C8D9E0F1A2B3C4@ZR0P278MB0912.CHEP278.PROD.OUTLOOK.COM>",
              via="ZRAP278CU002.outbound.protection.outlook.com", ip="40.93.85.21",
              qid="4D3pTz6Mq2z9Yc",
              extra=(("Thread-Topic", "Vorstellungsgespräch Matteo Zorzut - Schadenspezialist:in Transport"),
                     ("Thread-Index", "AdtYt0k3Hq0Q8c2bT4yJm1v9xQw7Aw=="),
                     ("Accept-Language", "de-CH, en-US"), ("Content-Language", "de-CH"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    hs = [(k, enc(v) if k == "Thread-Topic" else v) for k, v in hs if v != ""]
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-07 15:00", LJUBLJANA), end=utc("2026-12-07 15:45", LJUBLJANA),
      contact="tadej.novak@piranmaritime.si", company="Piran Maritime Data",
      local="Mon 2026-12-07 15:00", local_end="2026-12-07 15:45", zone=LJUBLJANA,
      note="Slovenian hiring manager writing English on Sunday 6 Dec: 'Confirmed: tomorrow (Mon 7/12) "
           "at 15h' (D/M date) with a pasted Zoom block 'Dec 7, 2026 03:00 PM Belgrade, "
           "Bratislava, Ljubljana' = CET -> 14:00Z; '45 min' is an exact length -> end 14:45Z; "
           "contact = sender")
def k13() -> bytes:
    body = t("""
        Hi Matteo,

        sorry to write on Sunday. Confirmed: tomorrow (Mon 7/12) at 15h, on Zoom, details below.
        We will be me and Maja Kos from the claims team, 45 min. No need to prepare slides,
        just we talk about the two cases you mentioned.

        Lp, Tadej

        --
        Tadej Novak
        Head of Data & Claims | Piran Maritime Data d.o.o.
        Dunajska cesta 156, 1000 Ljubljana
        tadej.novak@piranmaritime.si

        Tadej Novak is inviting you to a scheduled Zoom meeting.

        Topic: Piran Maritime Data - interview Matteo Zorzut
        Time: Dec 7, 2026 03:00 PM Belgrade, Bratislava, Ljubljana

        Join Zoom Meeting
        https://us06web.zoom.us/j/83311902264?pwd=bWtQa2x1NnR0dUxyRzM2

        Meeting ID: 833 1190 2264
        Passcode: 611407

        On Thu, 3 Dec 2026 at 09:58, Matteo Zorzut <matteo.zorzut@example.org> wrote:
        > Dear Tadej,
        >
        > thank you for the quick answer. Next Monday the 7th at 15h works for me, also
        > Tuesday morning if it is better for Maja.
        >
        > Best regards,
        > Matteo
        """)
    hs = head(addr("Tadej Novak", "tadej.novak@piranmaritime.si"),
              "Re: Claims Data Analyst - next step",
              "2026-12-06 10:12", LJUBLJANA, "<CAF7x1o9Pq2wK3mR8tZ0vY4nB6cD1eH5gJ7kL9s@mail.gmail.com>",
              via="mail-wr1-f54.google.com", ip="209.85.221.54", qid="4D8sKx2Vn7z3Jp",
              extra=(("In-Reply-To", "<f0a1b2c3-d4e5-4f60-8a9b-0c1d2e3f4a5b@example.org>"),
                     ("References", "<f0a1b2c3-d4e5-4f60-8a9b-0c1d2e3f4a5b@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(14), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 09:00", "Pacific/Auckland"), end=utc("2026-12-09 09:45", "Pacific/Auckland"),
      contact="aroha.tane@kaurimarine.co.nz", company="Kauri Marine Claims",
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 09:45", zone="Pacific/Auckland",
      note="Auckland recruiter (remote role): 'Wednesday 9 December at 9:00am NZDT' = Tue 8 Dec "
           "20:00Z (NZDT +13:00), i.e. the previous day in UTC; the body also gives 'Tuesday 8 "
           "December at 9pm' Trieste time (CET, = 20:00Z); 'for 45 minutes' -> end 20:45Z; Date "
           "header is NZ morning (previous day in UTC); contact = sender")
def k14() -> bytes:
    body = t("""
        Kia ora Matteo,

        Thanks for getting back to me so quickly. I've locked in your first interview:

          Wednesday 9 December at 9:00am NZDT
          (that should be Tuesday 8 December at 9pm for you in Trieste - please double check!)

        It's a video call on Google Meet for 45 minutes with myself and Hemi Walker, our Head of
        Marine Claims. Link: https://meet.google.com/kmc-rzbt-why

        I know it's late evening for you, so thanks heaps for being flexible.

        Ngā mihi,
        Aroha Tane
        Talent Lead | Kauri Marine Claims Ltd
        Level 4, 22 Customs Street East, Auckland 1010
        aroha.tane@kaurimarine.co.nz | +64 9 555 0142
        """)
    hs = head(addr("Aroha Tane", "aroha.tane@kaurimarine.co.nz"),
              "Interview confirmed - Marine Claims Analyst (remote, EMEA hours)",
              "2026-12-04 08:30", "Pacific/Auckland",
              "<SY4P282MB3712F0E1D2C3B4A5968778695A4B3C2D@SY4P282MB3712.AUSP282.PROD.OUTLOOK.COM>",
              via="SYBPR01CU001.outbound.protection.outlook.com", ip="40.107.160.21",
              qid="4D7mQy1Wc3z5Ks", extra=(("Content-Language", "en-NZ"),))
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        "".join(f"<p>{line}</p>" if line else "<p>&nbsp;</p>" for line in body.split("\n")) + \
        "</div></body></html>\n"
    return message(hs, alt(text(body, cte="quoted-printable"), html(page)))


@mail(N(15), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 11:00", ROME), contact="m.scarpa@lagunapi.it",
      company="Laguna P&I Services", local="Thu 2026-11-19 11:00", zone=ROME,
      note="Italian hiring manager's short phone reply 'ok for me, we see on Thursday at 11' sent Mon "
           "16 Nov; the quoted proposal says Thursday 19 November: 11:00 CET in Venice = 10:00Z; no "
           "length -> end null; contact = sender")
def k15() -> bytes:
    body = t("""
        ok for me, we see on Thursday at 11 in our office, San Marco 4412, 2nd floor (bell Laguna
        P&I). Bring an ID for the reception pls.

        Marco

        Inviato da iPhone

        > Il giorno 16 nov 2026, alle ore 18:02, Matteo Zorzut <matteo.zorzut@example.org> ha scritto:
        >
        > Dear Mr Scarpa,
        >
        > thank you for your call today. As proposed I could come to Venice on Thursday 19
        > November in the morning, for example at 11?
        >
        > Kind regards,
        > Matteo Zorzut
        """)
    hs = head(addr("Marco Scarpa", "m.scarpa@lagunapi.it"),
              "Re: Claims Executive position - meeting in Venice",
              "2026-11-16 19:47", ROME, "<8E2C1F0A-4B3D-4E6F-9A1C-7D5B3E2F1A0C@lagunapi.it>",
              via="smtp.lagunapi.it", ip="185.58.102.9", qid="4D3yRm5Hc0z1Fw",
              extra=(("In-Reply-To", "<1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5@example.org>"),
                     ("References", "<1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, charset="us-ascii", cte="7bit", params="format=flowed"))


@mail(N(16), family="recruitee", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-03 16:30", MADRID), end=utc("2026-12-03 17:15", MADRID),
      contact="lucia.benitez@castellar-maritimo.es", company="Grupo Marítimo Castellar",
      local="Thu 2026-12-03 16:30", local_end="2026-12-03 17:15", zone=MADRID,
      note="Recruitee confirmation in Spanish: 'jueves, 3 de diciembre de 2026, de 16:30 a 17:15 "
           "(hora de Madrid)' = CET -> 15:30-16:15Z; ICS agrees; contact = Reply-To recruiter")
def k16() -> bytes:
    body = t("""
        Hola Matteo:

        ¡Gracias por tu interés en Grupo Marítimo Castellar! Te confirmamos la entrevista para la
        posición de Analista de Siniestros Marítimos (remoto / Madrid):

        Fecha: jueves, 3 de diciembre de 2026
        Hora: de 16:30 a 17:15 (hora de Madrid)
        Formato: videollamada por Google Meet - https://meet.google.com/gmc-ykza-pvr
        Entrevistadoras: Lucía Benítez (Talento) y Carmen Iglesias (Directora de Siniestros)

        Adjuntamos la invitación para tu calendario. Si necesitas cambiar la cita, responde a
        este correo.

        Un saludo,
        Lucía Benítez
        Grupo Marítimo Castellar, S.A. · Paseo de la Castellana 141, 28046 Madrid
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hola Matteo:</p>
        <p>¡Gracias por tu interés en Grupo Marítimo Castellar! Te confirmamos la entrevista para la posición de
        <strong>Analista de Siniestros Marítimos (remoto / Madrid)</strong>:</p>
        <p><strong>Fecha:</strong> jueves, 3 de diciembre de 2026<br>
        <strong>Hora:</strong> de 16:30 a 17:15 (hora de Madrid)<br>
        <strong>Formato:</strong> videollamada por Google Meet - <a href="https://meet.google.com/gmc-ykza-pvr">meet.google.com/gmc-ykza-pvr</a><br>
        <strong>Entrevistadoras:</strong> Lucía Benítez (Talento) y Carmen Iglesias (Directora de Siniestros)</p>
        <p>Adjuntamos la invitación para tu calendario. Si necesitas cambiar la cita, responde a este correo.</p>
        <p>Un saludo,<br>Lucía Benítez<br>Grupo Marítimo Castellar, S.A. · Paseo de la Castellana 141, 28046 Madrid</p>
        <p style="font-size:11px;color:#999">Enviado con Recruitee</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview scheduler//ES
METHOD:REQUEST
{vtz(MADRID)}
BEGIN:VEVENT
UID:recruitee-event-918273-castellar@recruitee.com
DTSTAMP:20261125T100000Z
DTSTART;TZID=Europe/Madrid:20261203T163000
DTEND;TZID=Europe/Madrid:20261203T171500
SUMMARY:Entrevista: Analista de Siniestros Marítimos - Matteo Zorzut
LOCATION:https://meet.google.com/gmc-ykza-pvr
ORGANIZER;CN=Lucía Benítez:mailto:lucia.benitez@castellar-maritimo.es
ATTENDEE;CN=Matteo Zorzut;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Grupo Marítimo Castellar", "no-reply@recruitee.com"),
              "Entrevista confirmada: Analista de Siniestros Marítimos",
              "2026-11-25 11:00", MADRID, "<recruitee.msg.918273.5b2c@mailer.recruitee.com>",
              via="mailer.recruitee.com", ip="35.156.87.204", qid="4D5gHz0Pv2z8Nt", show="UTC",
              extra=(("Reply-To", addr("Lucía Benítez", "lucia.benitez@castellar-maritimo.es")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(page)),
                             calendar(ics, cte="quoted-printable", filename="entrevista.ics",
                                      disposition="attachment")))


# =========================================================================== positives: rescheduled


@mail(N(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-09 10:00", VIENNA), end=utc("2026-10-09 11:00", VIENNA),
      contact="katrin.pfeiffer@donauwerk-re.at", company="Donauwerk Re",
      local="Fri 2026-10-09 10:00", local_end="2026-10-09 11:00", zone=VIENNA,
      days=(("Wed", "2026-10-07"),),
      note="GoodTime reschedule (second round, same company as the Greenhouse mail): previous time "
           "Wed 7 Oct 2:00 PM struck out, new time 'Friday, October 9, 2026, 10:00 AM - 11:00 AM "
           "(CEST, Vienna)' = 08:00-09:00Z; ICS SEQUENCE:1 agrees; contact = Reply-To coordinator")
def k17() -> bytes:
    body = t("""
        Hi Matteo,

        Your interview with Donauwerk Re has been rescheduled. Please see the updated details
        below.

        PREVIOUS TIME (cancelled)
        Wednesday, October 7, 2026, 2:00 PM - 3:00 PM (CEST)

        NEW TIME
        Friday, October 9, 2026, 10:00 AM - 11:00 AM (CEST, Vienna)

        Location: Donauwerk Re, Praterstrasse 31, 1020 Vienna - 7th floor reception
        (if you prefer to join remotely, let us know and we will send a Teams link)

        Schedule
          10:00 AM - 10:30 AM  Florian Gruber, Head of Marine Claims
          10:30 AM - 11:00 AM  Ingrid Lechner, Chief Claims Officer

        Your updated calendar invitation is attached. Reply to this email to reach your
        coordinator, Katrin Pfeiffer.

        Sent by GoodTime on behalf of Donauwerk Re
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Matteo,</p>
        <p>Your interview with Donauwerk Re has been <b>rescheduled</b>. Please see the updated details below.</p>
        <p style="color:#9aa5b1"><s>Wednesday, October 7, 2026, 2:00 PM - 3:00 PM (CEST)</s></p>
        <p style="font-size:16px"><b>Friday, October 9, 2026, 10:00 AM - 11:00 AM (CEST, Vienna)</b></p>
        <p>Location: Donauwerk Re, Praterstrasse 31, 1020 Vienna - 7th floor reception<br>
        (if you prefer to join remotely, let us know and we will send a Teams link)</p>
        <table><tr><td>10:00 AM - 10:30 AM</td><td>Florian Gruber, Head of Marine Claims</td></tr>
        <tr><td>10:30 AM - 11:00 AM</td><td>Ingrid Lechner, Chief Claims Officer</td></tr></table>
        <p>Your updated calendar invitation is attached. Reply to this email to reach your coordinator, Katrin Pfeiffer.</p>
        <p style="font-size:11px;color:#9aa5b1">Sent by GoodTime on behalf of Donauwerk Re</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Hire//EN
VERSION:2.0
METHOD:REQUEST
{vtz(VIENNA)}
BEGIN:VEVENT
UID:goodtime-7f1e0c2a-44b9-4d3a-8c55-d9e1f2a3b4c5
DTSTAMP:20261002T081500Z
DTSTART;TZID=Europe/Vienna:20261009T100000
DTEND;TZID=Europe/Vienna:20261009T110000
SEQUENCE:1
SUMMARY:Onsite interview: Matteo Zorzut - Claims Analyst - Marine & Energy
LOCATION:Donauwerk Re\\, Praterstrasse 31\\, 1020 Vienna
ORGANIZER;CN=Katrin Pfeiffer:mailto:katrin.pfeiffer@donauwerk-re.at
ATTENDEE;CN=Matteo Zorzut;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Donauwerk Re via GoodTime", "no-reply@goodtime.io"),
              "Rescheduled: Your interview with Donauwerk Re is now on Friday, October 9",
              "2026-10-02 10:15", VIENNA, "<01020199a3c4d5e6-goodtime-4d3a8c55@email.goodtime.io>",
              via="mail.goodtime.io", ip="54.240.3.12", qid="4Cx2Cz9Pw4z0Hs", show="UTC",
              extra=(("Reply-To", addr("Katrin Pfeiffer", "katrin.pfeiffer@donauwerk-re.at")),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page, cte="7bit")),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-09-25 09:30", VIENNA), contact="jakob.auer@frachtwerk.at",
      company="Frachtwerk", local="Fri 2026-09-25 09:30", zone=VIENNA,
      days=(("Thu", "2026-09-24"),),
      note="Hiring manager's German prose reschedule sent Mon 21 Sep: second interview moved from "
           "'Donnerstag um 14 Uhr' (24 Sep) to 'Freitag, 25.09., 9:30 Uhr' = 07:30Z (CEST); 'wieder "
           "ca. eine Stunde' is approximate -> end null; windows-1252 8bit body; contact = sender")
def k18() -> bytes:
    body = t("""
        Hallo Matteo,

        leider muss ich unser Zweitgespräch am Donnerstag um 14 Uhr verschieben - unsere
        Geschäftsführerin ist diese Woche kurzfristig in Hamburg. Ich habe den Termin auf
        Freitag, 25.09., 9:30 Uhr verlegt, gleicher Meet-Link, wieder ca. eine Stunde. Frau
        Eder ist dann auch dabei.

        Die aktualisierte Kalendereinladung kommt gleich separat. Sorry für das Hin und Her!

        Beste Grüße aus Wien
        Jakob

        --
        Jakob Auer | Head of Claims
        Frachtwerk GmbH · Handelskai 94 · 1200 Wien
        M +43 664 555 7120

        -----Ursprüngliche Nachricht-----
        Von: Jakob Auer <jakob.auer@frachtwerk.at>
        Gesendet: Freitag, 18. September 2026 11:20
        An: Matteo Zorzut <matteo.zorzut@example.org>
        Betreff: Zweitgespräch Frachtwerk

        Hallo Matteo,

        danke nochmal für das gute Gespräch gestern. Wir würden Sie gern zu einem zweiten
        Gespräch mit unserer Geschäftsführerin einladen: Donnerstag, 24.09., 14:00 Uhr, wieder
        per Google Meet.

        Beste Grüße
        Jakob
        """)
    hs = head(addr("Jakob Auer", "jakob.auer@frachtwerk.at"),
              "AW: Zweitgespräch Frachtwerk - neuer Termin Freitag",
              "2026-09-21 08:47", VIENNA,
              "<AM9PR02MB7711E3D2C1B0A9F8E7D6C5B4A3928170@AM9PR02MB7711.eurprd02.prod.outlook.com>",
              via="EUR02-AM0-obe.outbound.protection.outlook.com", ip="40.107.22.118",
              qid="4Cw5Lg3Tb6z2Dk", charset="windows-1252",
              extra=(("In-Reply-To", "<AM9PR02MB7711A1B2C3D4E5F60718293A4B5C6D7E@AM9PR02MB7711.eurprd02.prod.outlook.com>"),
                     ("Content-Language", "de-AT")))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(N(19), family="exchange", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-12 10:00", ZURICH), end=utc("2026-11-12 11:30", ZURICH),
      contact="nathalie.berset@lemanis-assurances.ch", company="Lemanis Assurances",
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:30", zone=ZURICH,
      days=(("Tue", "2026-11-10"),),
      note="Outlook 'Mis à jour' meeting request in French from the hiring manager: moved from "
           "'mardi 10 novembre à 14h' to 'jeudi 12 novembre de 10h00 à 11h30' = CET -> "
           "09:00-10:30Z; ICS SEQUENCE:1 in W. Europe Standard Time agrees; display zone label "
           "'(UTC+01:00) ... Berne ...'; contact = organizer/sender")
def k19() -> bytes:
    body = t("""
        Quand : jeudi 12 novembre 2026 10:00-11:30 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Matteo,

        Suite à un imprévu, je dois déplacer notre entretien du mardi 10 novembre à 14h au
        jeudi 12 novembre de 10h00 à 11h30. Nous serons trois : Mme Rochat, M. Favre
        (Directeur Transport & Maritime) et moi-même. Le lien Teams reste le même.

        Merci de votre compréhension et à jeudi,

        Nathalie Berset
        Responsable Sinistres Transport
        Lemanis Assurances SA | Avenue de Rhodanie 48 | 1007 Lausanne
        + 41 21 555 48 10

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour participer à la réunion <https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ4YzA3>
        ID de la réunion : 362 804 115 927
        Code secret : h3Rk9W
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Berset Nathalie:mailto:nathalie.berset@lemanis-assurances.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matteo Zorzut:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rochat Claire:mailto:claire.rochat@lemanis-assurances.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Favre Olivier:mailto:olivier.favre@lemanis-assurances.ch
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000C7
SUMMARY;LANGUAGE=fr-CH:Entretien Matteo Zorzut - Gestionnaire de sinistres Transport & Maritime
DTSTART;TZID=W. Europe Standard Time:20261112T100000
DTEND;TZID=W. Europe Standard Time:20261112T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261106T153000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1843302211
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Berset Nathalie", "nathalie.berset@lemanis-assurances.ch"),
              "Mis à jour : Entretien Matteo Zorzut - Gestionnaire de sinistres Transport & Maritime",
              "2026-11-06 16:30", ZURICH,
              "<GV0P278MB0433B2C1D0E9F8A7B6C5D4E3F2A1B0C9@GV0P278MB0433.CHEP278.PROD.OUTLOOK.COM>",
              via="GVAP278CU002.outbound.protection.outlook.com", ip="40.93.86.14",
              qid="4D1bNq4Gx8z6Vr", charset="iso-8859-1",
              extra=(("Content-Language", "fr-CH"), ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAADR4vOktcbcAQ==")))
    return message(hs, alt(text(body, charset="iso-8859-1"), calendar(ics, cte="base64")))


@mail(N(20), family="zoom", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-28 10:30", ROME), end=utc("2026-10-28 11:30", ROME),
      contact="giulia.ferrante@navaliarisk.it", company="Navalia Risk",
      local="Wed 2026-10-28 10:30", local_end="2026-10-28 11:30", zone=ROME,
      days=(("Tue", "2026-10-27"),),
      note="Italian claims manager writing English on Fri 23 Oct (CEST): second interview moved from "
           "'Tuesday 27/10 h. 15:00' to 'Wednesday 28/10 h. 10:30', 'it will last 1 hour'; after the "
           "25 Oct switch it is CET -> 09:30-10:30Z; Zoom block repeats 'Oct 28, 2026 10:30 AM "
           "Rome'; contact = sender")
def k20() -> bytes:
    body = t("""
        Dear Matteo,

        sorry for the short notice, I must move our second interview of Tuesday 27/10 h. 15:00
        to Wednesday 28/10 h. 10:30, same Zoom link (updated details below). It will last 1
        hour, with our CFO dott. Sartori and me.

        Please note that on Sunday the clocks go back, so it is 10:30 "winter" time.

        Thank you for the flexibility and have a nice weekend,

        Giulia Ferrante
        Claims Manager - Marine & Transport
        Navalia Risk S.r.l. | Via Larga 7 | 20122 Milano
        tel. +39 02 5550 3318

        ---

        Giulia Ferrante is inviting you to a scheduled Zoom meeting.

        Topic: Navalia Risk - 2nd interview Matteo Zorzut (UPDATED)
        Time: Oct 28, 2026 10:30 AM Rome

        Join Zoom Meeting
        https://navaliarisk.zoom.us/j/91844720113?pwd=NlZJb2pXR0xOa1Y0

        Meeting ID: 918 4472 0113
        Passcode: 220941
        """)
    hs = head(addr("Giulia Ferrante", "giulia.ferrante@navaliarisk.it"),
              "Navalia Risk - 2nd interview moved to Wednesday 28/10",
              "2026-10-23 12:05", ROME, "<trinity-9a1c3e5f-7b2d-4f60-8e1a-2c4d6f8a0b1c@navaliarisk.it>",
              via="smtp-out.navaliarisk.it", ip="212.48.9.66", qid="4CyF0s7Jk1z4Gd",
              extra=(("X-Priority", "1"), ("Importance", "High")))
    page = ("<html><body><p>" + body.replace("&", "&amp;").replace("<", "&lt;")
            .replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p></body></html>\n")
    return message(hs, alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
                           html(page, charset="iso-8859-15")))


# =========================================================================== positives: cancelled


@mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-01 14:00", AMSTERDAM), end=utc("2026-12-01 15:00", AMSTERDAM),
      contact="sanne.vermeulen@harbourline.nl", company="Harbourline Data",
      local="Tue 2026-12-01 14:00", local_end="2026-12-01 15:00", zone=AMSTERDAM,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) with the organizer's note "
           "that the role is on hold, no new time: cancelled slot 'Tue 1 Dec 2026 14:00 - 15:00 "
           "(CET)' = 13:00-14:00Z; contact = ORGANIZER")
def k21() -> bytes:
    body = t(f"""
        This event has been cancelled and removed from your calendar.

        Sanne Vermeulen has cancelled this event with a note:
        "Hi Matteo, I am really sorry - the Claims Analytics role has been put on hold for budget
        reasons until Q2, so we have to cancel Tuesday's technical interview. I will reach out
        as soon as it reopens. Sanne"

        Technical interview - Matteo Zorzut (Harbourline Data)
        When
        Tuesday 1 Dec 2026 14:00 - 15:00 (Central European Time - Amsterdam)

        Organiser
        Sanne Vermeulen
        sanne.vermeulen@harbourline.nl

        Guests
        Sanne Vermeulen - organiser
        pieter.smit@harbourline.nl
        {ME}

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20261201T140000
DTEND;TZID=Europe/Amsterdam:20261201T150000
DTSTAMP:20261126T140300Z
ORGANIZER;CN=Sanne Vermeulen:mailto:sanne.vermeulen@harbourline.nl
UID:3kq9v0b2m1c7x8z5n4l6p2t0r9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=pieter.smit@harbourline.nl;X-NUM-GUESTS=0:mailto:pieter.smit@harbourline.nl
CREATED:20261118T091522Z
DESCRIPTION:Technical interview - case study on a cargo claims dataset.
LAST-MODIFIED:20261126T140300Z
LOCATION:https://meet.google.com/hbl-ukfa-qde
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Technical interview - Matteo Zorzut (Harbourline Data)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Sanne Vermeulen", "sanne.vermeulen@harbourline.nl"),
              "Cancelled event with note: Technical interview - Matteo Zorzut (Harbourline Data) @ "
              f"Tue 1 Dec 2026 14:00 - 15:00 (CET) ({ME})",
              "2026-11-26 15:03", AMSTERDAM, "<calendar-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b@google.com>",
              via="mail-sor-f69.google.com", ip="209.85.220.69", qid="4D5kWq8Rz1z2Lm", show="UTC",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "sanne.vermeulen@harbourline.nl")))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL")),
                             calendar(ics, method=None, ctype="application/ics",
                                      filename="invite.ics", disposition="attachment",
                                      cte="base64", name_param=True)))


@mail(N(22), family="softgarden", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-23 09:00", ZURICH), contact="reto.gisler@limmatcargo.ch",
      company="Limmat Cargo Versicherung", local="Mon 2026-11-23 09:00", zone=ZURICH,
      note="softgarden message in German (Swiss spelling): the interview 'am Montag, 23.11.2026 um "
           "09:00 Uhr' is cancelled because the position was filled internally, no new time; CET -> "
           "cancelled slot 08:00Z; sender is softgarden no-reply with a relay Reply-To, contact = "
           "the HR partner's address in the signature")
def k22() -> bytes:
    body = t("""
        Guten Tag Herr Zorzut

        Wir müssen Ihnen leider mitteilen, dass wir das vereinbarte Vorstellungsgespräch am
        Montag, 23.11.2026 um 09:00 Uhr absagen müssen. Die Stelle «Schadenspezialist:in
        Transport» konnte in der Zwischenzeit intern besetzt werden.

        Wir bedauern die Umstände sehr und danken Ihnen für Ihr Interesse an der Limmat Cargo
        Versicherung AG. Gerne behalten wir Ihr Dossier für künftige Vakanzen im Bereich
        Transport in Evidenz.

        Freundliche Grüsse

        Reto Gisler
        HR Business Partner
        Limmat Cargo Versicherung AG | Talstrasse 83 | 8001 Zürich
        reto.gisler@limmatcargo.ch

        Diese Nachricht wurde über softgarden versendet.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Guten Tag Herr Zorzut</p>
        <p>Wir müssen Ihnen leider mitteilen, dass wir das vereinbarte Vorstellungsgespräch am
        <b>Montag, 23.11.2026 um 09:00 Uhr</b> absagen müssen. Die Stelle «Schadenspezialist:in Transport»
        konnte in der Zwischenzeit intern besetzt werden.</p>
        <p>Wir bedauern die Umstände sehr und danken Ihnen für Ihr Interesse an der Limmat Cargo Versicherung AG.
        Gerne behalten wir Ihr Dossier für künftige Vakanzen im Bereich Transport in Evidenz.</p>
        <p>Freundliche Grüsse</p>
        <p>Reto Gisler<br>HR Business Partner<br>Limmat Cargo Versicherung AG | Talstrasse 83 | 8001 Zürich<br>
        <a href="mailto:reto.gisler@limmatcargo.ch">reto.gisler@limmatcargo.ch</a></p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde über softgarden versendet.</p>
        </body></html>
        """)
    hs = head(addr("Limmat Cargo Versicherung AG", "noreply@softgarden.io"),
              "Absage Ihres Vorstellungsgesprächs vom 23.11.2026",
              "2026-11-18 16:45", ZURICH, "<sg-msg-20261118-4471a9c2e0@softgarden.io>",
              via="mailout02.softgarden.io", ip="185.135.77.41", qid="4D4cVb2Ns9z7Xf",
              extra=(("Reply-To", "m-4471a9c2e0-reply@messages.softgarden.io"),))
    return message(hs, alt(text(body), html(page)))


@mail(N(23), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-03 16:30", MADRID), contact="lucia.benitez@castellar-maritimo.es",
      company="Grupo Marítimo Castellar", local="Thu 2026-12-03 16:30", zone=MADRID,
      days=(("Tue", "2026-12-15"),),
      note="Recruiter's Spanish prose sent Mon 30 Nov cancelling 'la entrevista del jueves 3 de "
           "diciembre a las 16:30' (Madrid, CET -> cancelled slot 15:30Z) and only proposing 'el "
           "martes 15 de diciembre a las 10:00?' as a question -> cancelled, not rescheduled; the "
           "end is not stated in this mail -> null; contact = sender")
def k23() -> bytes:
    body = t("""
        Hola Matteo:

        Te escribo porque, lamentablemente, tenemos que cancelar la entrevista del jueves 3 de
        diciembre a las 16:30. Carmen Iglesias tiene que viajar de urgencia a Algeciras por un
        siniestro y no estará disponible esta semana.

        Lo siento mucho. ¿Te vendría bien el martes 15 de diciembre a las 10:00? Todavía tengo
        que confirmarlo con ella, te digo algo en cuanto lo sepa.

        Un saludo,

        Lucía Benítez
        Talent Acquisition · Grupo Marítimo Castellar, S.A.
        Paseo de la Castellana 141, 28046 Madrid
        lucia.benitez@castellar-maritimo.es · +34 91 555 32 10
        """)
    hs = head(addr("Lucía Benítez", "lucia.benitez@castellar-maritimo.es"),
              "Cancelación entrevista jueves 3/12 - Analista de Siniestros",
              "2026-11-30 09:20", MADRID, "<CAJm2Lp7Rt9vXq1Wk3Zs5Yc8Nd0Bf4Gh6Jk2Lm9@mail.gmail.com>",
              via="mail-ej1-f47.google.com", ip="209.85.218.47", qid="4D6hRt3Kc5z9Pv",
              charset="iso-8859-1")
    return message(hs, alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
                           html(gmail_html(body), charset="iso-8859-1")))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="en", interview=False, company="Ormeggio Insurtech",
      note="Lever rejection after a past interview ('last week'); no upcoming time")
def k24() -> bytes:
    body = t("""
        Hi Matteo,

        Thank you for taking the time to interview with us last week for the Claims Operations
        Analyst role - the team really enjoyed the conversation about parametric cargo cover.

        After careful consideration we have decided to move forward with candidates whose
        experience is closer to our current needs in motor claims automation. We know this is
        not the news you were hoping for.

        We will keep your profile on file, and we'd be happy to talk again if a marine role
        opens in Milan next year.

        All the best,
        Elisa Conti
        People Team, Ormeggio Insurtech
        """)
    page = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Ormeggio", "no-reply@hire.lever.co"),
              "Your application to Ormeggio Insurtech",
              "2026-09-29 15:44", ROME, "<lever.7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f@hire.lever.co>",
              via="o3.hire.lever.co", ip="149.72.134.5", qid="4Cx0a1Lr3z6Bv", show="UTC",
              extra=(("Reply-To", addr("Elisa Conti", "elisa.conti@ormeggio.io")),))
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="7bit")))


@mail(N(25), family="offer", lang="en", interview=False, company="Porto Franco Surveys",
      days=(("Fri", "2026-10-30"), ("Wed", "2026-10-21")),
      note="Job offer after the 8 Oct interview; mentions a deadline (Fri 30 Oct) and an optional "
           "call 'on Wednesday at 17:00' to go through the contract - not an interview")
def k25() -> bytes:
    body = t("""
        Dear Matteo,

        following your interview on 8 October and the meeting with Ivan last Thursday, I am very
        happy to offer you the position of Senior Claims Analyst at Porto Franco Surveys, 12-month
        contract with possibility of renewal, starting 11 January 2027.

        You find the offer letter attached (RAL, benefits and the CCNL commercio level). Please
        let us know your decision by Friday 30 October. If useful I can also have a call with
        you on Wednesday at 17:00 to go through the contract together - just tell me.

        We really hope you will join us at Molo VII!

        Best regards,
        Chiara Bensa
        Operations Director
        Porto Franco Surveys S.r.l. | Molo VII, Magazzino 3 | 34123 Trieste
        """)
    hs = head(addr("Chiara Bensa", "chiara.bensa@portofrancosurveys.it"),
              "Offer - Senior Claims Analyst - Porto Franco Surveys",
              "2026-10-19 17:10", ROME, "<CAHx9Kq2Wm4Rt7Yp1Zc3Vb5Nd8Lf0Gj6Hs2Ka4@mail.gmail.com>",
              via="mail-wm1-f44.google.com", ip="209.85.128.44", qid="4CxY3p0Dk7z5Rr")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             raw_part([("Content-Type", 'application/pdf; name="Offer_Zorzut.pdf"'),
                                       ("Content-Disposition", 'attachment; filename="Offer_Zorzut.pdf"'),
                                       ("Content-Transfer-Encoding", "base64")],
                                      "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8\nPC9Sb290IDEgMCBSPj4KJSVFT0YK\n")))


@mail(N(26), family="application_ack", lang="fr", interview=False, company="Rhodanus Assurances",
      note="Taleo application acknowledgement in French (HTML only, iso-8859-1 QP); 'vous contactera "
           "pour convenir d'un entretien' is hypothetical")
def k26() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,sans-serif;font-size:12px">
        <p>Madame, Monsieur,<br>Cher Matteo Zorzut,</p>
        <p>Nous accusons réception de votre candidature au poste de <b>Spécialiste Sinistres Marine Cargo
        (80-100 %) - Genève</b> (réf. 2600377) et vous remercions de l'intérêt que vous portez à
        Rhodanus Assurances SA.</p>
        <p>Votre dossier sera examiné avec la plus grande attention. Si votre profil correspond à nos
        attentes, un membre de notre équipe Ressources Humaines vous contactera afin de convenir d'un
        entretien. Dans le cas contraire, nous vous en informerons par écrit.</p>
        <p>Vous pouvez suivre l'état de votre candidature à tout moment dans votre
        <a href="https://rhodanus.taleo.net/careersection/ext/mysubmissions.ftl">espace candidat</a>.</p>
        <p>Avec nos meilleures salutations,</p>
        <p>Ressources Humaines<br>Rhodanus Assurances SA<br>Rue du Rhône 110, 1204 Genève</p>
        <p style="font-size:10px">Ce courriel a été généré automatiquement, merci de ne pas y répondre.</p>
        </body></html>
        """)
    hs = head(addr("Rhodanus Assurances - Ressources Humaines", "rhodanus@taleo.net"),
              "Accusé de réception - Spécialiste Sinistres Marine Cargo (réf. 2600377)",
              "2026-09-07 22:31", ZURICH, "<1178422519.337120.1788813060411.JavaMail.taleo@tlo-mta3>",
              via="mta3.taleo.net", ip="148.87.23.50", qid="4Csq2Wm9Bd1z4N", charset="iso-8859-1")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(N(27), family="job_alert", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="JOIN job alert in German; a listing's 'Vorstellungsgespräche ab 2. November' is not a "
           "confirmation")
def k27() -> bytes:
    body = t("""
        Hallo Matteo,

        es gibt 4 neue Jobs für deine Suche „Schadenreferent Transport" in Wien und Umgebung:

        1. Schadenreferent:in Transportversicherung (m/w/d)
           Donauwerk Re · Wien · Vollzeit · Hybrid
           https://join.com/companies/donauwerk-re/1188203

        2. Claims Handler Cargo & Logistics (m/w/d)
           Frachtwerk GmbH · Wien · Vollzeit
           https://join.com/companies/frachtwerk/1190377
           Schnell bewerben - Vorstellungsgespräche ab 2. November!

        3. Sachbearbeiter:in Kasko & Transport
           Alpenländische Assekuranz · Linz · Teilzeit möglich
           https://join.com/companies/alpenlaendische/1190512

        4. Underwriting Assistant Marine (m/w/d)
           Praterstern Versicherungsmakler · Wien
           https://join.com/companies/praterstern/1190644

        Alle Jobs ansehen: https://join.com/jobs?q=Schadenreferent+Transport&l=Wien

        Viel Erfolg bei der Jobsuche!
        Dein JOIN-Team

        Du erhältst diese E-Mail, weil du einen Job-Alert auf JOIN aktiviert hast.
        Job-Alert abbestellen: https://join.com/alerts/unsubscribe?t=6f1a2b3c
        """)
    hs = head(addr("JOIN Job-Alert", "jobalert@join.com"),
              "4 neue Jobs: Schadenreferent Transport in Wien",
              "2026-10-13 07:02", VIENNA, "<20261013050200.6f1a2b3c4d5e@join.com>",
              via="mail7.join.com", ip="35.198.81.14", qid="4CxS4k0Ht2z8Ms",
              extra=(("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?t=6f1a2b3c>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, text(body, cte="base64"))


@mail(N(28), family="newsletter_blog", lang="en", interview=False, company=None,
      note="Substack-style newsletter post about preparing for claims interviews and following up; "
           "quotes example times ('Tuesday at 10') but confirms nothing")
def k28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222">
        <div style="max-width:600px;margin:auto">
        <p style="font-size:13px;color:#777">THE CLAIMS DESK &middot; Issue #58</p>
        <h1 style="font-size:28px">How I prepare for a claims interview - and the one email I always send after</h1>
        <p>Last month a reader wrote: <i>"My interview is confirmed for Tuesday at 10 - what should I actually
        prepare?"</i> Here is my checklist after fifteen years on both sides of the table.</p>
        <h2>1. Bring one claim you are proud of</h2>
        <p>Hull, cargo, P&amp;I - it doesn't matter. Walk them through reserve, coverage position and recovery.</p>
        <h2>2. Know the Hague-Visby limits by heart</h2>
        <p>Someone will ask. Someone always asks.</p>
        <h2>3. Send the follow-up within 24 hours</h2>
        <p>Two lines: thank them, and mention one thing you discussed. If you heard nothing a week later,
        a polite nudge is perfectly fine.</p>
        <p><a href="https://theclaimsdesk.substack.com/p/prepare-claims-interview">Read in browser</a> &middot;
        <a href="https://theclaimsdesk.substack.com/action/disable_email">Unsubscribe</a></p>
        </div></body></html>
        """)
    hs = head(addr("The Claims Desk", "theclaimsdesk@substack.com"),
              "How I prepare for a claims interview - and the one email I always send after",
              "2026-11-08 08:00", "Europe/London", "<20261108080000.3.9a8b7c6d5e4f3a2b@mg1.substack.com>",
              via="mg1.substack.com", ip="159.112.240.22", qid="4D2Gf5Wb0z3Nh", show="UTC",
              extra=(("List-Unsubscribe", "<https://theclaimsdesk.substack.com/action/disable_email>"),
                     ("List-Id", "<theclaimsdesk.substack.com>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(N(29), family="scheduling_link", lang="en", interview=False, company="Keelson",
      days=(("Mon", "2026-10-19"), ("Fri", "2026-10-30")),
      note="Ashby self-scheduling request: pick a slot between Mon 19 and Fri 30 Oct; nothing booked "
           "yet (the booked confirmation is a separate mail)")
def k29() -> bytes:
    body = t("""
        Hi Matteo,

        Thanks for applying to Keelson! We'd love to set up an interview for the Claims Data
        Analyst role.

        Please use the link below to choose a time that works for you. The interview is 45
        minutes with Femke de Wit (Talent Partner) and Joris Bakker (Lead, Claims Analytics).
        Available times are shown between Monday, October 19 and Friday, October 30, in your
        local time zone.

        Choose a time: https://app.ashbyhq.com/interview-scheduling/keelson/3c9f1a2e-8b7d

        Questions? Just reply and it will reach Femke de Wit.

        Thanks,
        Keelson Recruiting
        """)
    hs = head(addr("Keelson", "no-reply@ashbyhq.com"),
              "Schedule your interview with Keelson",
              "2026-10-14 14:02", AMSTERDAM,
              "<0100019a03d2b1c0-8e7f6a5b-4c3d-4e2f-9a10-bb82c3d4e5f6-000000@email.amazonses.com>",
              via="a8-40.smtp-out.amazonses.com", ip="54.240.8.40", qid="4CxT6b1Nm5z0Qc", show="UTC",
              extra=(("Reply-To", addr("Femke de Wit", "femke.dewit@keelson.io")),))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(N(30), family="recruiter_outreach", lang="de", interview=False,
      company="Kettner & Lind Executive Search", days=(("Fri", "2026-09-11"),),
      note="Headhunter outreach in German asking for a 20-minute call 'diese oder nächste Woche', "
           "suggesting 'z. B. Freitag Vormittag'; nothing fixed")
def k30() -> bytes:
    body = t("""
        Sehr geehrter Herr Zorzut,

        ich bin über Ihr LinkedIn-Profil auf Sie aufmerksam geworden. Für einen langjährigen
        Mandanten - einen internationalen Transportversicherer mit Sitz in Wien - suchen wir
        eine:n Senior Claims Manager Marine mit Erfahrung in Ladungs- und Kaskoschäden.

        Hätten Sie diese oder nächste Woche 20 Minuten Zeit für ein vertrauliches Telefonat?
        Mir würde z. B. Freitag Vormittag passen, ich richte mich aber gerne nach Ihnen. Sie
        können auch direkt einen Termin vorschlagen.

        Mit besten Grüßen

        Mag. Verena Lind
        Partnerin
        Kettner & Lind Executive Search GmbH
        Kärntner Ring 5-7, 1010 Wien
        T +43 1 555 90 41 | verena.lind@kettner-lind.at
        """)
    hs = head(addr("Verena Lind", "verena.lind@kettner-lind.at"),
              "Vertrauliche Anfrage - Senior Claims Manager Marine (Wien)",
              "2026-09-08 09:37", VIENNA, "<000f01dc3f2a$8b1c2d30$a1548790$@kettner-lind.at>",
              via="mail.kettner-lind.at", ip="91.114.30.18", qid="4Ctc7Vz2Rk3z1S",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtF0a3bQ2kYc8vNRqW4m1Z7xP0e9g==")))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(31), family="proposed_not_confirmed", lang="en", interview=False, company="Soča Logistics",
      days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07")),
      note="Slovenian recruiter proposes two options ('Tuesday 6/10 at 9h, or else Wednesday 7/10 at "
           "14h?') and will send the invitation once Matteo confirms; not confirmed (the Teamtailor "
           "booking is a separate mail)")
def k31() -> bytes:
    body = t("""
        Dear Matteo,

        thank you for your application for Cargo Claims Analyst, we would like to invite you for
        a first interview with me and our Head of Claims Rok Zupančič.

        Would Tuesday 6/10 at 9h work for you, or else Wednesday 7/10 at 14h? It will be on
        Teams, 45 minutes. As soon as you confirm I will send you the invitation from our
        system.

        Best regards,
        Nina Kranjc
        HR Business Partner | Soča Logistics d.o.o.
        Letališka cesta 29a, 1000 Ljubljana
        nina.kranjc@soca-logistics.si | +386 1 600 4417
        """)
    hs = head(addr("Nina Kranjc", "nina.kranjc@soca-logistics.si"),
              "Cargo Claims Analyst - first interview",
              "2026-09-28 16:05", LJUBLJANA,
              "<VI1P195MB0661D4E3F2A1B0C9D8E7F6A5B4C3D2E1@VI1P195MB0661.EURP195.PROD.OUTLOOK.COM>",
              via="EUR03-VI1-obe.outbound.protection.outlook.com", ip="40.107.103.61",
              qid="4Cwz5Hm8Pt0z2Qy", extra=(("Content-Language", "sl-SI"),))
    return message(hs, alt(text(body, cte="base64"),
                           html("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif\">"
                                + body.replace("\n", "<br>\n") + "</div></body></html>\n",
                                cte="base64")))


@mail(N(32), family="job_centre", lang="it", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Appointment at the public employment office (Centro per l'impiego) for a 'colloquio di "
           "orientamento' on Tue 13 Oct 09:40 - fixed time, but not a job interview")
def k32() -> bytes:
    body = t("""
        Gentile MATTEO ZORZUT,

        Le confermiamo l'appuntamento per il colloquio di orientamento e la sottoscrizione del
        Patto di servizio personalizzato presso:

        Centro per l'impiego di Trieste
        Scala dei Cappuccini 1, piano terra, sportello 4

        Data: martedì 13 ottobre 2026
        Ora: 09:40

        Si ricorda di presentarsi con un documento di identità valido, il codice fiscale e il
        curriculum vitae aggiornato. In caso di impedimento La preghiamo di disdire
        l'appuntamento almeno 24 ore prima tramite il portale o rispondendo a questa e-mail.

        Cordiali saluti
        Agenzia Regionale Lavoro Giuliana - Servizio Politiche Attive

        Messaggio generato automaticamente. Codice prenotazione: TS-2026-118834
        """)
    hs = head(addr("Agenzia Regionale Lavoro Giuliana", "prenotazioni@arlg-lavoro.it"),
              "Conferma appuntamento - Centro per l'impiego di Trieste - 13/10/2026",
              "2026-10-07 11:48", ROME, "<20261007094812.TS-2026-118834@arlg-lavoro.it>",
              via="smtp.arlg-lavoro.it", ip="93.57.244.10", qid="4CxL1r9Bf6z3Vd")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(N(33), family="press_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Trade-press journalist confirming a phone interview with Matteo (as a source) on Thu 12 "
           "Nov 14:00 GMT / 15:00 Trieste - a confirmed time, but not a job interview")
def k33() -> bytes:
    body = t("""
        Dear Matteo,

        Many thanks for agreeing to speak to me for our feature on the Adriatic port congestion
        claims. Just to confirm: our phone interview is on Thursday 12 November at 14:00 GMT
        (15:00 your time), about 30 minutes. I'll call you on the mobile number you gave me.

        As agreed, I will only quote you as "a Trieste-based claims analyst" unless you tell me
        otherwise, and I'll send you the quotes for checking before we go to press.

        Best wishes,
        Rebecca Thornton
        Senior Reporter, Hull & Cargo Weekly
        30 Cannon Street, London EC4M 6XH
        rebecca.thornton@hullcargoweekly.co.uk
        """)
    hs = head(addr("Rebecca Thornton", "rebecca.thornton@hullcargoweekly.co.uk"),
              "Interview confirmed - Thursday 12 Nov, 14:00 GMT",
              "2026-11-09 10:14", "Europe/London",
              "<LO2P265MB5022A3B4C5D6E7F8091A2B3C4D5E6F70@LO2P265MB5022.GBRP265.PROD.OUTLOOK.COM>",
              via="GBR01-LO2-obe.outbound.protection.outlook.com", ip="40.107.20.91",
              qid="4D2Mk0Rz4Tz8Bp", extra=(("Content-Language", "en-GB"),))
    return message(hs, text(body, cte="7bit"))


@mail(N(34), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast guest recording confirmed (Riverside) for Tue 20 Oct 18:00 CEST - Matteo is the "
           "guest being interviewed on a show, not a job interview")
def k34() -> bytes:
    body = t("""
        Hi Matteo,

        You're all set to record an episode of Claims & Consequences!

        Recording: Tuesday, 20 October 2026, 18:00 - 19:00 (CEST)
        Host: Declan Murphy
        Studio link: https://riverside.fm/studio/claims-and-consequences?t=4a1b9c

        A few tips before the recording:
          - use headphones and a wired connection if you can
          - Chrome works best; close other tabs
          - the interview is relaxed - we'll chat about the grain cargo case and how claims
            teams use AIS data

        The episode will go live about three weeks later. Looking forward!

        Declan
        Claims & Consequences - the podcast about what happens after the loss
        """)
    page = "<html><body style=\"font-family:sans-serif\">" + body.replace("\n", "<br>\n") + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Studio//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:rs-claims-and-consequences-ep-61@riverside.fm
DTSTAMP:20261014T120000Z
DTSTART:20261020T160000Z
DTEND:20261020T170000Z
SUMMARY:Podcast recording - Claims & Consequences (guest: Matteo Zorzut)
LOCATION:https://riverside.fm/studio/claims-and-consequences?t=4a1b9c
ORGANIZER;CN=Declan Murphy:mailto:declan@claimsandconsequences.fm
ATTENDEE;CN=Matteo Zorzut:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Declan Murphy (via Riverside)", "noreply@riverside.fm"),
              "You're booked: Claims & Consequences recording on Tue, Oct 20",
              "2026-10-14 13:00", "Europe/Dublin", "<riverside.booking.4a1b9c.ep61@riverside.fm>",
              via="mail.riverside.fm", ip="167.89.97.12", qid="4CxT3q9Mw2z6Lh", show="UTC",
              extra=(("Reply-To", addr("Declan Murphy", "declan@claimsandconsequences.fm")),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page, cte="7bit")),
                             calendar(ics, method="PUBLISH", filename="recording.ics",
                                      disposition="attachment")))


@mail(N(35), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Executive MBA admission interview ('entretien d'admission') confirmed for Fri 20 Nov 17:00 "
           "Lausanne time - a school admission interview, not a job interview")
def k35() -> bytes:
    body = t("""
        Cher Monsieur Zorzut,

        Nous avons bien reçu l'ensemble de votre dossier de candidature à l'Executive MBA
        (rentrée de mars 2027) et avons le plaisir de vous convier à un entretien d'admission.

        Date : vendredi 20 novembre 2026
        Heure : 17h00 (heure de Lausanne)
        Durée : 30 minutes
        Format : visioconférence Zoom - le lien vous parviendra la veille
        Jury : Prof. Hélène Curchod, directrice académique, et un·e alumni du programme

        L'entretien porte sur votre parcours, votre projet professionnel et votre motivation.
        Aucune préparation particulière n'est requise.

        Nous vous prions d'agréer, cher Monsieur, nos salutations distinguées.

        Service des admissions
        Institut Lémanique de Management (ILM)
        Chemin de Bellerive 12, 1007 Lausanne
        """)
    hs = head(addr("ILM - Admissions Executive MBA", "admissions@ilm-lausanne.ch"),
              "Entretien d'admission - Executive MBA - vendredi 20 novembre",
              "2026-11-11 14:20", ZURICH, "<a7b6c5d4-e3f2-4a1b-9c8d-7e6f5a4b3c2d@ilm-lausanne.ch>",
              via="mail.ilm-lausanne.ch", ip="195.176.20.44", qid="4D2Sx5Kb1z4Wn")
    return message(hs, text(body, cte="8bit"))


@mail(N(36), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-03"), ("Sun", "2026-10-11")),
      note="Austrian skipper confirming a crew try-out sail ('Probesegeln') for the Barcolana regatta "
           "on Sat 3 Oct 9:00 at Molo Audace - fixed time, sports try-out, not a job interview")
def k36() -> bytes:
    body = t("""
        Servus Matteo,

        super, dass du dabei sein willst! Dann fix: Probesegeln am Samstag, 3. Oktober, um
        9:00 Uhr am Molo Audace, wir liegen am Steg C (Yacht „Seewolf", blauer Rumpf). Wir
        segeln ca. 3 Stunden, damit wir sehen, wie die Manöver mit der neuen Crew laufen.
        Danach entscheiden wir gemeinsam, wer für die Barcolana am 11.10. an Bord ist.

        Bitte mitbringen: Segelhandschuhe, Ölzeug, Schuhe mit heller Sohle. Jause gibt's an
        Bord.

        Mast- und Schotbruch
        Florian Wieser
        Skipper „Seewolf" - Segelclub Wörthersee Klagenfurt
        +43 676 555 31 22
        """)
    hs = head(addr("Florian Wieser", "florian.wieser@example.com"),
              "Probesegeln Seewolf - Samstag 3.10.",
              "2026-09-27 20:11", VIENNA, "<4f2a1c0e-9b8d-4e7f-a6c5-d4b3a2918070@example.com>",
              via="smtp.example.com", ip="198.51.100.23", qid="4CwY2c7Hm0z1Tg",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="quoted-printable"))


@mail(N(37), family="car_service", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Car service appointment at a Koper dealership (English from Slovenia), Mon 19 Oct 8:30 - "
           "fixed time, not an interview")
def k37() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Mr. Zorzut,</p>
        <p>we confirm your service appointment:</p>
        <table border="0" cellpadding="3">
        <tr><td>Date:</td><td><b>Monday, 19. 10. 2026</b></td></tr>
        <tr><td>Time:</td><td><b>8:30</b> (vehicle drop-off at reception)</td></tr>
        <tr><td>Vehicle:</td><td>Škoda Octavia Combi 2.0 TDI, plate GH 481 TS</td></tr>
        <tr><td>Work:</td><td>Annual service 60.000 km, winter tyres change</td></tr>
        <tr><td>Estimated end:</td><td>around 16:00</td></tr>
        </table>
        <p>A replacement car is reserved for you. Please bring the service book and the wheel lock key.</p>
        <p>Kind regards / Lep pozdrav,<br>Service team<br>AvtoCenter Obala d.o.o., Ankaranska cesta 7, 6000 Koper</p>
        </body></html>
        """)
    hs = head(addr("AvtoCenter Obala - Servis", "servis@avtocenter-obala.si"),
              "Service appointment confirmation - 19.10.2026 8:30",
              "2026-10-12 09:05", LJUBLJANA, "<20261012070500.9981@avtocenter-obala.si>",
              via="mail.avtocenter-obala.si", ip="89.212.77.8", qid="4CxR0t4Nd3z7Kb")
    return message(hs, html(page, charset="windows-1250", cte="quoted-printable"))


@mail(N(38), family="vet_appointment", lang="it", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Vet reminder for the dog's vaccination, Thu 29 Oct 18:15 - fixed time, not an interview")
def k38() -> bytes:
    body = t("""
        Gentile Matteo Zorzut,

        Le ricordiamo l'appuntamento per BORA (cane, meticcio, 4 anni):

        giovedì 29 ottobre 2026 alle ore 18:15
        Motivo: richiamo vaccinale annuale + controllo
        Veterinario: dott.ssa Federica Cossutta

        Clinica Veterinaria San Giusto - Via dell'Istria 71, Trieste - tel. 040 555 2210

        Per disdire o spostare l'appuntamento risponda a questo messaggio o ci chiami.
        A presto!
        """)
    hs = head(addr("Clinica Veterinaria San Giusto", "appuntamenti@vetsangiusto.it"),
              "Promemoria appuntamento - BORA - 29/10 ore 18:15",
              "2026-10-26 10:00", ROME, "<promemoria.55812.20261026@vetsangiusto.it>",
              via="smtp.vetsangiusto.it", ip="151.22.18.40", qid="4CyK9s2Vf7z0Rx")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(39), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Career coach confirming a paid mock-interview session Tue 17 Nov 18:30-19:30 CET on "
           "Zoom - practice, not a real job interview")
def k39() -> bytes:
    body = t("""
        Hi Matteo,

        good to hear from you again! So we confirm our mock interview session on Tuesday 17
        November, 18:30-19:30 CET, on Zoom (same link as last time:
        https://us02web.zoom.us/j/88120043317).

        As you asked, I will play the panel for the Lemanis role - one technical part on a
        cargo claim and one competency part in French. Please send me the job description and
        your CV by Sunday.

        The invoice for the 3-session package follows separately.

        Lep pozdrav,
        Petra Zupan
        Career & Interview Coaching
        petra@zupan-coaching.si | +386 41 555 882
        """)
    hs = head(addr("Petra Zupan", "petra@zupan-coaching.si"),
              "Mock interview Tuesday 17/11",
              "2026-11-12 21:30", LJUBLJANA, "<5c2e8a1f-3b7d-4d90-8e6a-1f2b3c4d5e6f@zupan-coaching.si>",
              via="smtp.zupan-coaching.si", ip="213.250.8.91", qid="4D2Vd8Nw5z2Hm")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(N(40), family="forwarded_other_candidate", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A friend forwards his own Greenhouse confirmation (Donauwerk Re, Thu 22 Oct 11:00) asking "
           "for tips - a confirmed interview, but for someone else, not the inbox owner")
def k40() -> bytes:
    body = t("""
        Matte! look, also I have the interview with Donauwerk, Thursday 22/10 at 11 :)
        You did it in September no? Any tip on Katrin and on the Gruber guy? Beer on me.

        Luca

        ---------- Forwarded message ---------
        From: Donauwerk Re <no-reply@us.greenhouse-mail.io>
        Date: Fri, 16 Oct 2026 at 14:02
        Subject: Interview confirmed: Claims Handler - Cargo at Donauwerk Re
        To: Luca Pertot <luca.pertot@example.com>

        Hi Luca,

        Thanks for making time to speak with us! Your interview for Claims Handler - Cargo
        has been scheduled.

        Date: Thursday, October 22, 2026
        Time: 11:00 AM - 11:45 AM CEST
        Location: Microsoft Teams

        You'll be meeting with:
          Katrin Pfeiffer - Talent Acquisition Partner

        If you have any questions, simply reply to this email and it will reach Katrin.

        Best regards,
        Donauwerk Re Talent Acquisition
        """)
    hs = head(addr("Luca Pertot", "luca.pertot@example.com"),
              "Fwd: Interview confirmed: Claims Handler - Cargo at Donauwerk Re",
              "2026-10-16 19:25", ROME, "<CAE3k9Fq1Ln5Wz7Rt2Yx8Mc4Vb6Nd0Hs1Jp3Kq@mail.gmail.com>",
              via="mail-lf1-f52.google.com", ip="209.85.167.52", qid="4CxV7w1Gp9z5Mt")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(41), family="interviewer_at_current_job", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Outlook invite from HR at Matteo's current employer asking him to sit on the panel "
           "interviewing a candidate (Thu 5 Nov 15:00) - he is the interviewer, not the candidate")
def k41() -> bytes:
    body = t("""
        Hi Matteo,

        as agreed with Paolo, you will be on the panel with me for the Junior Claims Handler
        position. Candidate: Sara Bubnič (CV in the shared folder, HR > Selezioni > 2026-11).
        Please prepare 2-3 technical questions on cargo claims, I take care of the rest.

        Thanks!
        Federica

        Federica Lenarduzzi
        HR & Office Manager
        Giuliana Marine Adjusters S.r.l. | Riva Nazario Sauro 8 | 34124 Trieste
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{tz}
BEGIN:VEVENT
ORGANIZER;CN=Federica Lenarduzzi:mailto:f.lenarduzzi@giulianamarine.it
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matteo Zorzut:mailto:matteo.zorzut@example.net
UID:040000008200E00074C5B7101A82E00800000000F2E3D4C5B6A7DC01000000000000000010000000D2
SUMMARY;LANGUAGE=it-IT:Colloquio candidata Sara Bubnič - Junior Claims Handler (panel)
DTSTART;TZID=W. Europe Standard Time:20261105T150000
DTEND;TZID=W. Europe Standard Time:20261105T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=it-IT:Sala riunioni Lanterna (2° piano)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR""".replace("{tz}", VTZ["W. Europe Standard Time"])
    hs = head(addr("Federica Lenarduzzi", "f.lenarduzzi@giulianamarine.it"),
              "Colloquio candidata Sara Bubnič - Junior Claims Handler (panel)",
              "2026-10-30 10:30", ROME,
              "<DB9PR08MB6714E1F2A3B4C5D6E7F8091A2B3C4D5E@DB9PR08MB6714.eurprd08.prod.outlook.com>",
              via="EUR04-DB3-obe.outbound.protection.outlook.com", ip="40.107.6.55",
              qid="4CzY1n6Ks8z3Dw", to=addr("Matteo Zorzut", "matteo.zorzut@example.net"),
              extra=(("X-Forwarded-To", ME), ("Content-Language", "it-IT")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(42), family="team_event", lang="en", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Christmas dinner at the current employer, Fri 11 Dec h. 20:00, with an ICS - team event, "
           "not an interview")
def k42() -> bytes:
    body = t("""
        Dear all,

        also this year we make the Christmas dinner all together! Friday 11 December h. 20:00
        at Trattoria Al Nostromo, via del Pane Bianco 3 (near Piazza Unità). Partners are
        welcome, please confirm at the latest on Friday 4/12 so I can give the numbers to the
        restaurant.

        Attached the invitation for your calendar.

        Ciao and thanks,
        Federica
        Giuliana Marine Adjusters S.r.l.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Federica Lenarduzzi:mailto:f.lenarduzzi@giulianamarine.it
ATTENDEE;CN=staff-trieste@giulianamarine.it;RSVP=TRUE:mailto:staff-trieste@giulianamarine.it
DTSTART;TZID=W. Europe Standard Time:20261211T200000
DTEND;TZID=W. Europe Standard Time:20261211T233000
SUMMARY:Cena di Natale GMA 2026
LOCATION:Trattoria Al Nostromo\\, via del Pane Bianco 3\\, Trieste
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000E3
DTSTAMP:20261127T080000Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Federica Lenarduzzi", "f.lenarduzzi@giulianamarine.it"),
              "Christmas dinner 2026 - Friday 11/12",
              "2026-11-27 09:00", ROME,
              "<DB9PR08MB6714A0B1C2D3E4F5A6B7C8D9E0F1A2B3@DB9PR08MB6714.eurprd08.prod.outlook.com>",
              via="EUR04-DB3-obe.outbound.protection.outlook.com", ip="40.107.6.57",
              qid="4D5nQw3Ht1z6Fb", to="staff-trieste@giulianamarine.it",
              extra=(("X-Forwarded-To", ME),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, cte="base64", filename="cena_natale.ics",
                                      disposition="attachment")))


@mail(N(43), family="auto_reply", lang="fr", interview=False, company="Lemanis Assurances",
      days=(("Tue", "2026-11-10"), ("Mon", "2026-11-16")),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Lemanis recruiter to "
           "Matteo's question about the 10 November interview; the subject repeats the date but "
           "the mail confirms nothing")
def k43() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 16 novembre inclus, avec un accès limité à
        mes e-mails. Pour toute question urgente concernant un processus de recrutement,
        merci de contacter recrutement@lemanis-assurances.ch.

        Meilleures salutations,
        Claire Rochat

        ---

        Hello, I am out of the office until Monday 16 November with limited access to e-mail.
        For urgent recruitment matters please write to recrutement@lemanis-assurances.ch.
        """)
    hs = head(addr("Rochat Claire", "claire.rochat@lemanis-assurances.ch"),
              "Réponse automatique : Question entretien du mardi 10 novembre",
              "2026-11-07 10:41", ZURICH,
              "<GV0P278MB0433F0E1D2C3B4A5968778695A4B3C2D@GV0P278MB0433.CHEP278.PROD.OUTLOOK.COM>",
              via="GVAP278CU002.outbound.protection.outlook.com", ip="40.93.86.19",
              qid="4D1dFh6Qz2z8Wc",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<6e5d4c3b-2a19-4f08-b7e6-d5c4b3a29180@example.org>"),
                     ("Content-Language", "fr-CH")))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(44), family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Postfix bounce (multipart/report) of Matteo's own reply 'Re: Claims Data Analyst - next "
           "step' to a mistyped address; the returned headers and text mention Monday 7/12 at 15h "
           "but nothing is confirmed by anyone")
def k44() -> bytes:
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <tadej.novak@piranmaritme.si>: Host or domain name not found. Name service error
            for name=piranmaritme.si type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4D8r0W7Tz1z5Cq
        X-Postfix-Sender: rfc822; matteo.zorzut@example.org
        Arrival-Date: Thu,  3 Dec 2026 09:40:12 +0100 (CET)

        Final-Recipient: rfc822; tadej.novak@piranmaritme.si
        Original-Recipient: rfc822;tadej.novak@piranmaritme.si
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=piranmaritme.si type=MX: Host not found, try again
        """)
    returned = t("""
        Received: from [192.168.1.34] (host-79-18-40-2.retail.example.net [79.18.40.2])
        \tby mx2.example.org (Postfix) with ESMTPSA id 4D8r0W7Tz1z5Cq
        \tfor <tadej.novak@piranmaritme.si>; Thu,  3 Dec 2026 09:40:12 +0100 (CET)
        Message-ID: <9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c6d@example.org>
        Date: Thu, 3 Dec 2026 09:40:10 +0100
        From: Matteo Zorzut <matteo.zorzut@example.org>
        To: tadej.novak@piranmaritme.si
        Subject: Re: Claims Data Analyst - next step
        Content-Type: text/plain; charset=UTF-8; format=flowed

        Dear Tadej, thank you for the quick answer. Next Monday the 7th at 15h works for me...
        """)
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", dt("2026-12-03 09:41", ROME)),
        ("Message-ID", "<20261203084113.4D8r0W7Tz1z5Cq@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    report = make.multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"),
                  ("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Description", "Undelivered Message Headers"),
                  ("Content-Type", "text/rfc822-headers")], returned),
        params="report-type=delivery-status")
    return message(hs, report)


@mail(N(45), family="mailing_list", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Mailman digest of a regional claims professionals' list: an 'interview practice evening' "
           "on Thu 15 Oct and job posts; list mail, nothing for Matteo")
def k45() -> bytes:
    body = t("""
        Send Adriatic-claims mailing list submissions to
        \tadriatic-claims@lists.adriaclaims.org

        To subscribe or unsubscribe via the World Wide Web, visit
        \thttps://lists.adriaclaims.org/mailman/listinfo/adriatic-claims

        Today's Topics:

           1. Interview practice evening - Thu 15 Oct, Rijeka (Ana Perić)
           2. Re: GA adjustment software - anyone using it? (Stefano Degrassi)
           3. Job: claims adjuster, Koper (Marko Vrh)

        ----------------------------------------------------------------------

        Message: 1
        Date: Mon, 12 Oct 2026 08:14:02 +0200
        From: Ana Perić <ana.peric@example.net>
        Subject: [Adriatic-claims] Interview practice evening - Thu 15 Oct,
        \tRijeka
        Message-ID: <3e2d1c0b-a9f8-4e7d-86c5-b4a392817060@example.net>

        Hi all,

        for the younger colleagues: on Thursday 15 October at 18:30 we do again the interview
        practice evening at the Maritime Faculty in Rijeka - senior members play the hiring
        managers, 20 minutes each, feedback after. Free, but please register with me.

        Ana

        ------------------------------

        Message: 2
        Date: Mon, 12 Oct 2026 10:02:44 +0200
        From: Stefano Degrassi <s.degrassi@example.com>
        Subject: Re: [Adriatic-claims] GA adjustment software - anyone using
        \tit?

        We tested two last year, happy to share notes off-list.

        ------------------------------

        Message: 3
        Date: Mon, 12 Oct 2026 11:40:19 +0200
        From: Marko Vrh <marko.vrh@example.net>
        Subject: [Adriatic-claims] Job: claims adjuster, Koper

        Our office in Koper is looking for a claims adjuster (cargo, Slovenian or Italian +
        English). Details: https://example.net/jobs/koper-adjuster

        ------------------------------

        End of Adriatic-claims Digest, Vol 14, Issue 9
        **********************************************
        """)
    hs = head("adriatic-claims-request@lists.adriaclaims.org",
              "Adriatic-claims Digest, Vol 14, Issue 9",
              "2026-10-12 12:00", ROME, "<mailman.1182.1792836000.2210.adriatic-claims@lists.adriaclaims.org>",
              via="lists.adriaclaims.org", ip="203.0.113.77", qid="4CxQ8d2Rm6z4Jv",
              to="adriatic-claims@lists.adriaclaims.org",
              extra=(("Reply-To", "adriatic-claims@lists.adriaclaims.org"),
                     ("List-Id", "Adriatic marine claims professionals <adriatic-claims.lists.adriaclaims.org>"),
                     ("List-Unsubscribe", "<https://lists.adriaclaims.org/mailman/options/adriatic-claims>, "
                                          "<mailto:adriatic-claims-request@lists.adriaclaims.org?subject=unsubscribe>"),
                     ("List-Post", "<mailto:adriatic-claims@lists.adriaclaims.org>"),
                     ("Precedence", "list"), ("Sender", "\"Adriatic-claims\" <adriatic-claims-bounces@lists.adriaclaims.org>")))
    return message(hs, text(body, cte="8bit"))


@mail(N(46), family="webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Zoom webinar registration in French ('Réussir son entretien d'embauche en Suisse', Thu 15 "
           "Oct 12h15) with ICS - a webinar about interviews, not an interview")
def k46() -> bytes:
    body = t("""
        Bonjour Matteo,

        Merci de vous être inscrit(e) au webinaire « Réussir son entretien d'embauche en Suisse ».

        Date et heure : 15 oct. 2026 12:15 PM Zurich
        Durée : 45 minutes, suivies de 15 minutes de questions

        Veuillez soumettre toute question à : webinaires@emploileman.ch

        Rejoindre depuis un PC, Mac, iPad ou Android :
        https://us06web.zoom.us/w/87220119934?tk=QbV2r9xk&uuid=WN_h2Lp4

        Code secret : 441208

        Ajouter à l'agenda : voir le fichier joint.

        Vous pouvez annuler votre inscription à tout moment.

        L'équipe EmploiLéman
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261008T090000Z
DTSTART:20261015T101500Z
DTEND:20261015T111500Z
SUMMARY:Webinaire : Réussir son entretien d'embauche en Suisse
UID:20261008T090000Z-87220119934@fe80:0:0:0:4c3:a1ff:fe0e:1b2
TZID:Europe/Zurich
DESCRIPTION:Rejoindre le webinaire : https://us06web.zoom.us/w/87220119934?tk=QbV2r9xk
LOCATION:https://us06web.zoom.us/w/87220119934
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("EmploiLéman Webinaires", "no-reply@zoom.us"),
              "Confirmation d'inscription au webinaire « Réussir son entretien d'embauche en Suisse »",
              "2026-10-08 11:00", ZURICH, "<zoom.webinar.87220119934.reg.4412@zoom.us>",
              via="mail.zoom.us", ip="170.114.52.2", qid="4CxH5n1Ws3z7Pf", show="UTC",
              extra=(("Reply-To", "webinaires@emploileman.ch"),))
    page = "<html><body>" + body.replace("&", "&amp;").replace("«", "&laquo;").replace("»", "&raquo;") \
        .replace("\n", "<br>\n") + "</body></html>\n"
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, ctype="application/ics",
                                      filename="webinaire.ics", disposition="attachment",
                                      cte="base64")))


@mail(N(47), family="parent_teacher", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="School booking system confirming a parent-teacher conference Wed 25 Nov 16:40-16:50 - "
           "fixed time, not an interview")
def k47() -> bytes:
    body = t("""
        Dear Matteo Zorzut,

        Thank you for booking your Parent-Teacher Conference appointment.

        Student: Giulia Zorzut (Year 4 - Class 4B)
        Teacher: Ms. Alison Hartley
        Date: Wednesday 25 November 2026
        Time: 16:40 - 16:50
        Room: 2.14 (Primary building, 2nd floor)

        Appointments are strictly 10 minutes. If you can no longer attend, please cancel via the
        parent portal so another family can use the slot.

        Trieste International Academy
        Via dei Mulini 14, 34141 Trieste

        This is an automated message from SchoolSlots. Please do not reply.
        """)
    hs = head(addr("Trieste International Academy (SchoolSlots)", "noreply@schoolslots.net"),
              "Booking confirmed: Parent-Teacher Conference with Ms. Hartley",
              "2026-11-18 20:12", ROME, "<ss-booking-771204-tia@schoolslots.net>",
              via="out2.schoolslots.net", ip="198.51.100.140", qid="4D4dKz7Vb0z1Nq", show="UTC")
    return message(hs, text(body, cte="7bit"))


@mail(N(48), family="bank_appointment", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Microsoft Bookings confirmation of a mortgage consultation at the bank, Tue 1 Dec 17:30 "
           "- same layout as an interview booking, but a bank appointment")
def k48() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Matteo Zorzut,</p>
        <p>Thanks for booking with <b>Banca Alabarda - Filiale Trieste Centro</b>.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Mortgage consultation (first home)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, December 1, 2026 5:30 PM - 6:30 PM</td></tr>
        <tr><td style="color:#605e5c">Time zone</td><td>(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Roberta Furlan, mortgage advisor</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Corso Italia 9, 34122 Trieste</td></tr>
        </table>
        <p>Please bring your last two pay slips, your last tax return (Modello 730) and an ID.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/MutuiTrieste@bancaalabarda.it/bookings/">Manage booking</a></p>
        <p style="font-size:11px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Mutui Trieste Centro:mailto:MutuiTrieste@bancaalabarda.it
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matteo Zorzut:mailto:{ME}
SUMMARY;LANGUAGE=en-US:Mortgage consultation (first home)
DTSTART;TZID=W. Europe Standard Time:20261201T173000
DTEND;TZID=W. Europe Standard Time:20261201T183000
UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6F7A8DC01000000000000000010000000F4
DTSTAMP:20261124T160000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Corso Italia 9\\, 34122 Trieste
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Mutui Trieste Centro", "MutuiTrieste@bancaalabarda.it"),
              "Booked: Mortgage consultation (first home) for Matteo Zorzut",
              "2026-11-24 17:00", ROME,
              "<AS8PR04MB8210C3D4E5F6A7B8C9D0E1F2A3B4C5D6@AS8PR04MB8210.eurprd04.prod.outlook.com>",
              via="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.107.22.70",
              qid="4D5cTm2Lw8z4Hx")
    return message(hs, alt(html(page), calendar(ics, cte="base64")))


@mail(N(49), family="application_ack", lang="es", interview=False, company="Grupo Marítimo Castellar",
      note="Recruitee application receipt in Spanish; 'te propondremos una entrevista' is conditional")
def k49() -> bytes:
    body = t("""
        Hola Matteo:

        Hemos recibido tu candidatura para la posición de Analista de Siniestros Marítimos
        (remoto / Madrid). ¡Muchas gracias por tu interés en Grupo Marítimo Castellar!

        Nuestro equipo revisará tu perfil en los próximos días. Si encaja con lo que buscamos,
        te propondremos una entrevista por videollamada; en caso contrario también te
        avisaremos.

        Un saludo,
        El equipo de Talento
        Grupo Marítimo Castellar, S.A.

        Este mensaje se ha enviado automáticamente a través de Recruitee.
        """)
    hs = head(addr("Grupo Marítimo Castellar", "no-reply@recruitee.com"),
              "Hemos recibido tu candidatura - Analista de Siniestros Marítimos",
              "2026-11-12 18:33", MADRID, "<recruitee.msg.901244.1a9e@mailer.recruitee.com>",
              via="mailer.recruitee.com", ip="35.156.87.204", qid="4D2Wk4Hb7z9Fs", show="UTC")
    return message(hs, alt(text(body, cte="base64"),
                           html("<html><body>" + body.replace("\n\n", "<br><br>\n") + "</body></html>\n",
                                cte="base64")))


@mail(N(50), family="rejection", lang="de", interview=False, company="Tauernblick Versicherung",
      note="German rejection after the 4 Nov interview (SmartRecruiters); past interview only")
def k50() -> bytes:
    body = t("""
        Sehr geehrter Herr Zorzut,

        nochmals vielen Dank für das angenehme Gespräch am 4. November und Ihr Interesse an der
        Position Schadenreferent:in Transport & Kasko.

        Nach sorgfältiger Abwägung haben wir uns für eine:n Kandidat:in entschieden, deren
        Profil unseren aktuellen Anforderungen - insbesondere der Erfahrung mit dem
        österreichischen Versicherungsvertragsgesetz - noch etwas näher kommt.

        Wir bedanken uns für Ihre Zeit und wünschen Ihnen für Ihren weiteren Weg alles Gute.

        Mit freundlichen Grüßen
        Sabine Hölzl
        Recruiting | Tauernblick Versicherung AG
        """)
    hs = head(addr("Tauernblick Versicherung AG", "noreply@smartrecruiters.com"),
              "Ihre Bewerbung bei der Tauernblick Versicherung AG",
              "2026-11-13 14:26", VIENNA, "<sr.8b2d44e0f1c94a7e9b3d.msg@smartrecruiters.com>",
              via="mta-02.smartrecruiters.com", ip="52.17.88.141", qid="4D2Xn7Qc1z0Bk", show="UTC",
              extra=(("Reply-To", addr("Sabine Hölzl", "sabine.hoelzl@tauernblick.at")),))
    return message(hs, alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n")
                                            + "</body></html>\n")))
