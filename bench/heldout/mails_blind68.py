"""blind68: 50 hand-written mails from the inbox of one job seeker (Merle Kaufmann, UX designer /
frontend developer in Cologne), registered into ``make.REGISTRY["blind68"]``.

    python3 bench/heldout/make_blind.py blind68

Written blind: without reading the detector, its tests and fixtures, the bench scripts or any other
held-out set. Every mail's wording is written by hand, one function per mail; ``make.py`` does the
MIME plumbing and the checks. Keys 1-23 are positives, 24-50 negatives (writing order); the file
number is ``ORDER[key - 1]``, a fixed shuffle.
"""

from __future__ import annotations

import base64
import hashlib
import random

import make
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
)

make.REGISTRY.setdefault("blind68", [])

ORDER = random.Random(68068).sample(range(1, 51), 50)
ME = "merle.kaufmann@example.org"
ME_NAME = "Merle Kaufmann"
TO = addr(ME_NAME, ME)


def N(key: int) -> str:
    return f"blind68_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, lag: int = 2) -> tuple[str, str]:
    """Our MX's Received line for a mail handed over by ``host``."""
    qid = hashlib.sha256(f"{host}|{when}".encode()).hexdigest()[:12].upper()
    ident = f"mx2.mailbox.example.org (Postfix) with ESMTPS id 4d{qid}"
    return ("Received", received(f"from {host}", when, zone, ident, ME, lag))


def delivered() -> tuple[str, str]:
    return ("Delivered-To", ME)


VTZ_AMS = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives, 1-10


@mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-03-10T09:30:00Z", end=None, contact="anke.dahmen@rheinfunk-medien.de",
      company="Rheinfunk Mediengruppe",
      local="Tue 2026-03-10 10:30", zone="Europe/Berlin",
      note="Personio invitation, formal Sie: 'Dienstag, 10. März 2026, 10:30 Uhr' in Cologne, March before the "
           "29 March switch so CET (UTC+1) -> 09:30Z; 'ca. 60 Minuten' is approximate so end null; contact = "
           "human Reply-To (the HR sender signs it)")
def m01() -> bytes:
    when = "2026-03-03 14:12:09"
    body = t("""
        Sehr geehrte Frau Kaufmann,

        vielen Dank für Ihre Bewerbung als Senior UX Designer (m/w/d) Digitale Produkte und Ihr
        Interesse an der Rheinfunk Mediengruppe.

        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen, und bestätigen Ihnen hiermit
        den Termin:

        Datum:              Dienstag, 10. März 2026
        Uhrzeit:            10:30 Uhr
        Ort:                Rheinfunk Mediengruppe, Schanzenstraße 41, 51063 Köln-Mülheim
                            (Empfang Gebäude B, 1. OG)
        Gesprächspartner:   Anke Dahmen (People & Culture)
                            Tobias Reuter (Head of Product Design)
        Dauer:              ca. 60 Minuten

        Bringen Sie gern zwei bis drei Arbeitsproben mit, die Sie uns im Gespräch vorstellen
        möchten. Ein Bildschirm mit HDMI- und USB-C-Anschluss steht im Raum bereit.

        Parkplätze sind auf dem Gelände leider knapp, die KVB-Haltestelle „Keupstraße“ (Linie 4)
        ist drei Gehminuten entfernt.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte kurz auf diese E-Mail.

        Mit freundlichen Grüßen

        Anke Dahmen
        People & Culture
        Rheinfunk Mediengruppe GmbH | Schanzenstraße 41 | 51063 Köln
        Amtsgericht Köln HRB 48213 | Geschäftsführung: Dr. Hildegard Wirtz, Frank Oehmen

        ---
        Diese Nachricht wurde über Personio versendet. Informationen zum Datenschutz finden Sie unter
        https://rheinfunk-medien.jobs.personio.de/privacy-policy
        """)
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Einladung zum Vorstellungsgespräch</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px">
        <tr><td style="padding:24px 32px;border-bottom:3px solid #d7261e"><img src="https://assets.personio.de/logos/rheinfunk-medien/logo.png" alt="Rheinfunk Mediengruppe" height="36"></td></tr>
        <tr><td style="padding:24px 32px;line-height:1.5">
        <p>Sehr geehrte Frau Kaufmann,</p>
        <p>vielen Dank für Ihre Bewerbung als Senior UX Designer (m/w/d) Digitale Produkte und Ihr Interesse an der Rheinfunk Mediengruppe.</p>
        <p>Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen, und bestätigen Ihnen hiermit den Termin:</p>
        <table role="presentation" cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td><b>Datum:</b></td><td>Dienstag, 10. März 2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:30 Uhr</td></tr>
        <tr><td valign="top"><b>Ort:</b></td><td>Rheinfunk Mediengruppe, Schanzenstraße 41, 51063 Köln-Mülheim<br>(Empfang Gebäude B, 1. OG)</td></tr>
        <tr><td valign="top"><b>Gesprächspartner:</b></td><td>Anke Dahmen (People &amp; Culture)<br>Tobias Reuter (Head of Product Design)</td></tr>
        <tr><td><b>Dauer:</b></td><td>ca. 60 Minuten</td></tr>
        </table>
        <p>Bringen Sie gern zwei bis drei Arbeitsproben mit, die Sie uns im Gespräch vorstellen möchten. Ein Bildschirm mit HDMI- und USB-C-Anschluss steht im Raum bereit.</p>
        <p>Parkplätze sind auf dem Gelände leider knapp, die KVB-Haltestelle „Keupstraße“ (Linie 4) ist drei Gehminuten entfernt.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte kurz auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Anke Dahmen<br>People &amp; Culture<br>Rheinfunk Mediengruppe GmbH | Schanzenstraße 41 | 51063 Köln<br>
        <span style="color:#7b8794;font-size:12px">Amtsgericht Köln HRB 48213 | Geschäftsführung: Dr. Hildegard Wirtz, Frank Oehmen</span></p>
        </td></tr>
        <tr><td style="padding:16px 32px;background:#f9fafb;color:#7b8794;font-size:11px">Diese Nachricht wurde über Personio versendet.
        <a href="https://rheinfunk-medien.jobs.personio.de/privacy-policy" style="color:#7b8794">Datenschutz</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = [
        delivered(),
        rcv("mail-eu-central-1b.personio.de (mail-eu-central-1b.personio.de [3.124.18.77])", when, "Europe/Berlin"),
        ("From", addr("Rheinfunk Mediengruppe GmbH", "noreply@personio.de")),
        ("Reply-To", addr("Anke Dahmen", "anke.dahmen@rheinfunk-medien.de")),
        ("To", TO),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Senior UX Designer (m/w/d) Digitale Produkte")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<20260303131209.4c7e02a91f3b.recruiting@personio.de>"),
        ("X-Personio-Company", "rheinfunk-medien"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(N(2), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-04-22T12:00:00Z", end="2026-04-22T13:00:00Z", contact="sabine.kuehl@nordrhein-assekuranz.de",
      company="Nordrhein Assekuranz",
      local="Wed 2026-04-22 14:00", local_end="2026-04-22 15:00", zone="Europe/Berlin",
      note="softgarden 'Terminbestätigung', Sie-form: 'Mittwoch, 22.04.2026, 14:00 - 15:00 Uhr', CEST (UTC+2) -> "
           "12:00Z-13:00Z; sender is softgarden's no-reply, the named contact person's address is in the body")
def m02() -> bytes:
    when = "2026-04-16 09:40:51"
    body = t("""
        Nordrhein Assekuranz AG – Karriere

        Sehr geehrte Frau Kaufmann,

        wir freuen uns, Ihnen Ihren Termin für das Vorstellungsgespräch zu bestätigen.

        Stelle:     UX/UI Designer (w/m/d) Kundenportal
        Termin:     Mittwoch, 22.04.2026, 14:00 - 15:00 Uhr
        Format:     Videointerview über Microsoft Teams (den Link erhalten Sie separat per Kalendereinladung)
        Teilnehmende: Sabine Kühl (Recruiting), Marco Feldhaus (Teamleitung Digitale Kundenservices)

        Bitte planen Sie im Anschluss an das Gespräch ein paar Minuten für Ihre Fragen ein.

        Ihre Ansprechpartnerin bei Rückfragen:
        Sabine Kühl, Recruiting
        Telefon: +49 211 4873-2216
        E-Mail: sabine.kuehl@nordrhein-assekuranz.de

        Wir wünschen Ihnen eine gute Vorbereitung!

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Nordrhein Assekuranz AG

        Termin in Ihren Kalender übernehmen:
        https://nordrhein-assekuranz.softgarden.io/de/candidate/appointment/ical?token=Q2FuZC03NzE5MjA0

        --
        Nordrhein Assekuranz AG · Kaiserswerther Straße 120 · 40474 Düsseldorf
        Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht an diese Adresse.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Source Sans Pro',Arial,sans-serif;font-size:15px;color:#222;background:#eef1f4">
        <div style="max-width:620px;margin:0 auto;background:#fff">
        <div style="background:#004f7c;color:#fff;padding:18px 28px;font-size:18px">Nordrhein Assekuranz AG &ndash; Karriere</div>
        <div style="padding:24px 28px">
        <p>Sehr geehrte Frau Kaufmann,</p>
        <p>wir freuen uns, Ihnen Ihren Termin für das Vorstellungsgespräch zu bestätigen.</p>
        <table style="border-collapse:collapse;margin:12px 0">
        <tr><td style="padding:4px 16px 4px 0;color:#666">Stelle</td><td>UX/UI Designer (w/m/d) Kundenportal</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#666">Termin</td><td><strong>Mittwoch, 22.04.2026, 14:00 - 15:00 Uhr</strong></td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#666">Format</td><td>Videointerview über Microsoft Teams (den Link erhalten Sie separat per Kalendereinladung)</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#666">Teilnehmende</td><td>Sabine Kühl (Recruiting), Marco Feldhaus (Teamleitung Digitale Kundenservices)</td></tr>
        </table>
        <p>Bitte planen Sie im Anschluss an das Gespräch ein paar Minuten für Ihre Fragen ein.</p>
        <p>Ihre Ansprechpartnerin bei Rückfragen:<br>Sabine Kühl, Recruiting<br>Telefon: +49 211 4873-2216<br>
        E-Mail: <a href="mailto:sabine.kuehl@nordrhein-assekuranz.de">sabine.kuehl@nordrhein-assekuranz.de</a></p>
        <p>Wir wünschen Ihnen eine gute Vorbereitung!</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Nordrhein Assekuranz AG</p>
        <p><a href="https://nordrhein-assekuranz.softgarden.io/de/candidate/appointment/ical?token=Q2FuZC03NzE5MjA0" style="display:inline-block;background:#004f7c;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Termin in Ihren Kalender übernehmen</a></p>
        </div>
        <div style="padding:14px 28px;font-size:12px;color:#888;border-top:1px solid #e3e3e3">Nordrhein Assekuranz AG &middot; Kaiserswerther Straße 120 &middot; 40474 Düsseldorf<br>
        Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht an diese Adresse.</div>
        </div></body></html>
        """)
    hs = [
        delivered(),
        rcv("out-14.mailer.softgarden.io (out-14.mailer.softgarden.io [94.130.66.214])", when, "Europe/Berlin"),
        ("From", addr("Nordrhein Assekuranz AG", "no-reply@softgarden.io")),
        ("To", TO),
        ("Subject", enc("Terminbestätigung: Ihr Vorstellungsgespräch bei der Nordrhein Assekuranz AG")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<b71e0f4a-2c95-4d1e-9a0e-53c2f7d81a66@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-03-19T14:00:00Z", end="2026-03-19T14:45:00Z", contact="danielle.ortiz@larkspurvine.com",
      company="Larkspur & Vine",
      local="Thu 2026-03-19 10:00", local_end="2026-03-19 10:45", zone="America/New_York",
      note="Workday HTML-only notice, '10:00 AM - 10:45 AM (EDT)': US daylight time since 8 March -> UTC-4 -> "
           "14:00Z-14:45Z (Cologne still CET, so 15:00 local); recruiter's address only in the body")
def m03() -> bytes:
    when = "2026-03-13 18:05:33"
    page = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;font-family:Roboto,Helvetica,Arial,sans-serif;background-color:#f0f1f2">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f0f1f2"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="margin:20px 0">
        <tr><td style="padding:20px 30px;background:#2e3b4e;color:#ffffff;font-size:20px">Larkspur &amp; Vine Careers</td></tr>
        <tr><td style="padding:30px;font-size:14px;line-height:20px;color:#333333">
        <p>Hi Merle,</p>
        <p>Your interview for <b>Senior Product Designer, Checkout (Remote - EMEA)</b> (R-10482) has been scheduled. Please see the details below.</p>
        <table cellpadding="6" cellspacing="0" border="0" style="border:1px solid #d9d9d9;width:100%;font-size:14px">
        <tr bgcolor="#f7f7f7"><td colspan="2"><b>Interview Details</b></td></tr>
        <tr><td width="140">Date</td><td>Thursday, March 19, 2026</td></tr>
        <tr><td>Time</td><td>10:00 AM - 10:45 AM (EDT)</td></tr>
        <tr><td>Interview Type</td><td>Video - Hiring Manager Interview</td></tr>
        <tr><td>Interviewer(s)</td><td>Russ Whitcombe, Director of Product Design</td></tr>
        <tr><td>Location</td><td>Zoom (link in the calendar invitation you will receive separately)</td></tr>
        </table>
        <p>If you need to make changes to this interview, or have any questions, please contact your recruiter, Danielle Ortiz, at <a href="mailto:danielle.ortiz@larkspurvine.com">danielle.ortiz@larkspurvine.com</a>.</p>
        <p>You can review your application status at any time by signing in to your <a href="https://larkspurvine.wd5.myworkdayjobs.com/en-US/LarkspurCareers/userHome">candidate home</a>.</p>
        <p>Best of luck,<br>Talent Acquisition<br>Larkspur &amp; Vine, Inc.</p>
        </td></tr>
        <tr><td style="padding:15px 30px;font-size:11px;color:#999999;border-top:1px solid #eeeeee">This email was sent from an unmonitored mailbox. Please do not reply. &copy; 2026 Larkspur &amp; Vine, Inc., 200 Varick Street, New York, NY 10014</td></tr>
        </table></td></tr></table>
        </body>
        </html>
        """)
    hs = [
        delivered(),
        rcv("wd5-mta-02.myworkday.com (wd5-mta-02.myworkday.com [209.177.165.61])", when, "America/New_York", lag=4),
        ("From", addr("Larkspur & Vine", "larkspurvine@myworkday.com")),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", "Interview Scheduled: Senior Product Designer, Checkout (Remote - EMEA)"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<1931442087.48811.1773439533412@wd5-prvt-bg-email02.myworkday.com>"),
        ("X-Workday-Tenant", "larkspurvine"),
    ]
    return message(hs, html(page))


@mail(N(4), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T10:00:00Z", end="2026-10-27T11:00:00Z", contact="femke.deruiter@grachtwerk.games",
      company="Grachtwerk Games",
      local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:00", zone="Europe/Amsterdam",
      note="Greenhouse confirmation sent on 21 Oct (CEST), interview Tue 27 Oct 11:00-12:00 Amsterdam: Europe is "
           "back on CET since 25 Oct -> 10:00Z-11:00Z; ICS TZID Europe/Amsterdam agrees; contact = Reply-To "
           "recruiter (also ICS ORGANIZER)")
def m04() -> bytes:
    when = "2026-10-21 16:20:14"
    body = t("""
        Hi Merle,

        Thanks for scheduling your interview with Grachtwerk Games! Here are the details:

        Position: UX Designer (Live Ops UI)
        Date: Tuesday, October 27th, 2026
        Time: 11:00 AM - 12:00 PM CET (Amsterdam)
        Location: Google Meet - https://meet.google.com/rkd-ufwo-zpa

        You'll be meeting with:
        Sander Visser - Lead UX Designer
        Ilse Bakker - Product Owner, Live Ops

        Sander will ask you to walk through one project of your choice (20-25 minutes), the rest of the
        hour is conversation. No need to prepare slides if you'd rather share Figma directly.

        A calendar invitation is attached. If you need to reschedule, just reply to this email.

        Cheers,
        Femke de Ruiter
        Talent Partner, Grachtwerk Games
        """)
    page = "<div style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n" + "\n".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n\n")) + "\n</div>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Greenhouse Software//Greenhouse Interview Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_AMS,
        "BEGIN:VEVENT",
        "UID:gh-interview-48812207-3391@greenhouse.io",
        "DTSTAMP:20261021T142014Z",
        "DTSTART;TZID=Europe/Amsterdam:20261027T110000",
        "DTEND;TZID=Europe/Amsterdam:20261027T120000",
        "SUMMARY:Interview: Merle Kaufmann - UX Designer (Live Ops UI) - Grachtwerk Games",
        "LOCATION:https://meet.google.com/rkd-ufwo-zpa",
        "DESCRIPTION:Interviewers: Sander Visser\\, Ilse Bakker\\nGoogle Meet: https://meet.google.com/rkd-ufwo-zpa",
        "ORGANIZER;CN=Femke de Ruiter:mailto:femke.deruiter@grachtwerk.games",
        "ATTENDEE;CN=Merle Kaufmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:merle.kaufmann@example.org",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = [
        delivered(),
        rcv("o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.104.12])", when, "Europe/Amsterdam"),
        ("From", addr("Grachtwerk Games", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Femke de Ruiter", "femke.deruiter@grachtwerk.games")),
        ("To", TO),
        ("Subject", "Interview Confirmation: UX Designer (Live Ops UI) at Grachtwerk Games"),
        ("Date", date(when, "Europe/Amsterdam")),
        ("Message-ID", "<Vf2sK0cXQlqHj3r8p4Tg1w@geopod-ismtpd-4>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(5), family="recruitee", lang="nl", interview=True, kind="scheduled",
      start="2026-06-04T11:30:00Z", end="2026-06-04T12:15:00Z", contact="joost@spaakwerk.nl",
      company="Spaakwerk",
      local="Thu 2026-06-04 13:30", local_end="2026-06-04 14:15", zone="Europe/Amsterdam",
      note="Recruitee mail in Dutch: 'donderdag 4 juni 2026, 13:30 - 14:15 (Amsterdam)', CEST -> 11:30Z-12:15Z; "
           "Reply-To is a Recruitee relay, contact = recruiter's address in the signature")
def m05() -> bytes:
    when = "2026-05-28 11:02:37"
    body = t("""
        Hoi Merle,

        Leuk dat je met ons in gesprek gaat over de rol van Frontend Developer / UX (32-40 uur)!
        Hierbij de bevestiging van je eerste gesprek:

        Wanneer: donderdag 4 juni 2026, 13:30 - 14:15 (Amsterdam)
        Waar: online via Google Meet - https://meet.google.com/aov-qmxe-hnd
        Met: Maartje Kooistra (Head of Design) en Joost Hendriks (Talent Acquisition)

        We praten over je ervaring, je portfolio en hoe wij bij Spaakwerk werken. Je hoeft niets
        voor te bereiden. We spreken Engels als dat voor jou fijner is - laat het even weten.

        Tot dan!

        Groetjes,
        Joost Hendriks
        Talent Acquisition | Spaakwerk B.V.
        joost@spaakwerk.nl | +31 20 894 1172
        Czaar Peterstraat 213, 1018 PL Amsterdam

        --
        Dit bericht is verstuurd via Recruitee. Reageren op deze e-mail kan gewoon, je antwoord komt
        in je kandidatenprofiel bij Spaakwerk terecht.
        """)
    hs = [
        delivered(),
        rcv("mta-out-7.recruitee.com (mta-out-7.recruitee.com [52.58.201.9])", when, "Europe/Amsterdam"),
        ("From", addr("Joost Hendriks (Spaakwerk)", "notifications@recruitee.com")),
        ("Reply-To", "spaakwerk+c6b81f2a4e@inbound.recruitee.com"),
        ("To", TO),
        ("Subject", "Bevestiging: je gesprek bij Spaakwerk op donderdag 4 juni"),
        ("Date", date(when, "Europe/Amsterdam")),
        ("Message-ID", "<6657ab2d1c0e4_4f1b2a3c98071@recruitee-mailer-7.mail>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(6), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-05-18T14:00:00Z", end="2026-05-18T14:45:00Z", contact="lena@kiezkasse.de",
      company="Kiezkasse",
      local="Mon 2026-05-18 16:00", local_end="2026-05-18 16:45", zone="Europe/Berlin",
      note="JOIN interview notice, du-form, base64: 'Montag, 18. Mai 2026 · 16:00 – 16:45 Uhr (Berlin)', CEST -> "
           "14:00Z-14:45Z; contact = human Reply-To (founder)")
def m06() -> bytes:
    when = "2026-05-12 10:15:02"
    body = t("""
        Hey Merle,

        Lena von Kiezkasse hat einen Interviewtermin mit dir eingetragen.

        📅  Montag, 18. Mai 2026 · 16:00 – 16:45 Uhr (Berlin)
        📍  Google Meet: https://meet.google.com/hyz-rtpw-kbe
        💼  Product Designer (all genders) – Remote oder Berlin-Kreuzberg

        Nachricht von Lena:
        "Hi Merle, freu mich auf unser Gespräch! Wir sind zu dritt: Lena (Gründerin), Okan (CTO) und
        Svenja (Design). Zeig uns gern 1-2 Sachen, auf die du stolz bist – gerne auch was Halbfertiges."

        Du kannst einfach auf diese E-Mail antworten, wenn du Fragen hast oder der Termin doch nicht passt.

        Viel Erfolg!
        Dein JOIN-Team

        JOIN Solutions AG · Sihlquai 253 · 8005 Zürich
        Du erhältst diese E-Mail, weil du dich über JOIN auf eine Stelle bei Kiezkasse beworben hast.
        """)
    hs = [
        delivered(),
        rcv("mail-5.join.com (mail-5.join.com [35.157.44.120])", when, "Europe/Berlin"),
        ("From", addr("Kiezkasse über JOIN", "no-reply@join.com")),
        ("Reply-To", addr("Lena Schubert", "lena@kiezkasse.de")),
        ("To", ME),
        ("Subject", enc("Dein Interview bei Kiezkasse: Mo., 18. Mai um 16:00")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<0107018f6b1c2a4e-7c1b9a55-3e4d-4a1f-bf0e-2c9d8e7f6a51-000000@eu-central-1.amazonses.com>"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(7), family="calendly", lang="de", interview=True, kind="scheduled",
      start="2026-07-08T09:00:00Z", end="2026-07-08T09:45:00Z", contact="lars.petersen@hafenkante-digital.de",
      company="Hafenkante Digital",
      local="Wed 2026-07-08 11:00", local_end="2026-07-08 11:45", zone="Europe/Berlin",
      note="Calendly invitee confirmation in German, '11:00 - 11:45, Mittwoch, 8. Juli 2026 (Mitteleuropäische "
           "Sommerzeit)' -> 09:00Z-09:45Z; ICS in UTC agrees; event answers say it is about her application; "
           "contact = host (Reply-To)")
def m07() -> bytes:
    when = "2026-07-06 15:31:48"
    body = t("""
        Hallo Merle Kaufmann,

        Ihr Termin mit Lars Petersen ist geplant.

        Veranstaltungstyp:
        Kennenlernen Senior UX Designer (45 Min.)

        Gastgeber:
        Lars Petersen

        Datum/Uhrzeit des Termins:
        11:00 - 11:45, Mittwoch, 8. Juli 2026 (Mitteleuropäische Sommerzeit)

        Ort:
        Dieser Termin ist ein Google Meet-Webkonferenztermin.
        Sie können dem Termin zum geplanten Zeitpunkt beitreten.
        https://meet.google.com/ggu-snte-vqi

        Fragen:
        Worum soll es gehen?
        Meine Bewerbung als Senior UX Designer (Job-ID HK-0426) – danke für die Einladung!

        Beschreibung:
        Erstes Kennenlernen mit unserem Design Director. Wir sprechen über dich, dein Portfolio und
        die Agentur. Kein Case, keine Vorbereitung nötig.

        Termin in Ihrem Kalender ansehen: https://calendly.com/events/7f3a10c2-91be-4d0e-8b11-1f2e9f0c5a7d/google

        Stornieren: https://calendly.com/cancellations/1c9e4b7a-2f6d-4e88-a3d0-5b8f9c7e2a11
        Neu planen: https://calendly.com/reschedulings/1c9e4b7a-2f6d-4e88-a3d0-5b8f9c7e2a11

        Unterstützt von Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Calendly//Calendly Invitee//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTAMP:20260706T133148Z",
        "UID:1c9e4b7a-2f6d-4e88-a3d0-5b8f9c7e2a11@calendly.com",
        "DTSTART:20260708T090000Z",
        "DTEND:20260708T094500Z",
        "SUMMARY:Kennenlernen Senior UX Designer (45 Min.) zwischen Lars Petersen und Merle Kaufmann",
        "DESCRIPTION:Termin geplant von Merle Kaufmann. Google Meet: https://meet.google.com/ggu-snte-vqi",
        "LOCATION:https://meet.google.com/ggu-snte-vqi",
        "ORGANIZER;CN=Lars Petersen:mailto:lars.petersen@hafenkante-digital.de",
        "ATTENDEE;CN=Merle Kaufmann;PARTSTAT=ACCEPTED:mailto:merle.kaufmann@example.org",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = [
        delivered(),
        rcv("o1.ptr4127.calendly.com (o1.ptr4127.calendly.com [149.72.163.58])", when, "Europe/Berlin"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Lars Petersen", "lars.petersen@hafenkante-digital.de")),
        ("To", ME),
        ("Subject", enc("Bestätigt: Kennenlernen Senior UX Designer (45 Min.) mit Lars Petersen am Mittwoch, 8. Juli 2026")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<Z3q8fYx1TzKk2bVh0mN7eQ@geopod-ismtpd-11>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(8), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-09-15T07:00:00Z", end="2026-09-15T07:30:00Z", contact=None,
      company="Donauwacht Versicherung",
      local="Tue 2026-09-15 09:00", local_end="2026-09-15 09:30", zone="Europe/Vienna",
      note="Microsoft Bookings confirmation from Vienna; the zone label reads '(UTC+01:00) Amsterdam, Berlin, ... "
           "Wien' although 15 Sep is CEST (UTC+2): 09:00 -> 07:00Z, ICS (W. Europe Standard Time) agrees; sender "
           "is the Bookings mailbox and only the staff member's name appears -> contact null")
def m08() -> bytes:
    when = "2026-09-09 08:47:30"
    body = t("""
        Donauwacht Versicherung AG – Bewerbungsgespräche

        Ihre Buchung wurde bestätigt.

        Hallo Merle Kaufmann,

        vielen Dank für Ihre Buchung. Wir freuen uns auf das Gespräch mit Ihnen.

        Buchungsdetails
        Digitales Erstgespräch – UX Designer:in (Digital Channels)
        Dienstag, 15. September 2026
        09:00 - 09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Mitarbeiter: Katharina Eder

        An Microsoft Teams-Besprechung teilnehmen
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ5ZTJkYjktYzA4NS00MTc0LWJjNjAtMjFmNWQ0ZWU3ZDhj%40thread.v2/0

        Buchung verwalten: https://outlook.office365.com/owa/calendar/BewerbungsgesprcheDonauwacht@donauwacht.at/bookings/s/manage/Xb7t2Q

        Donauwacht Versicherung AG | Praterstraße 62 | 1020 Wien
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#242424">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Donauwacht Versicherung AG – Bewerbungsgespräche</div>
        <div style="font-size:16px;color:#107c10;padding-bottom:12px">&#10004; Ihre Buchung wurde bestätigt.</div>
        <p>Hallo Merle Kaufmann,</p>
        <p>vielen Dank für Ihre Buchung. Wir freuen uns auf das Gespräch mit Ihnen.</p>
        <table style="border-top:1px solid #e1dfdd;padding-top:8px"><tr><td>
        <div style="font-weight:600">Buchungsdetails</div>
        <div>Digitales Erstgespräch – UX Designer:in (Digital Channels)</div>
        <div>Dienstag, 15. September 2026</div>
        <div>09:00 - 09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        <div>Mitarbeiter: Katharina Eder</div>
        </td></tr></table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ5ZTJkYjktYzA4NS00MTc0LWJjNjAtMjFmNWQ0ZWU3ZDhj%40thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/BewerbungsgesprcheDonauwacht@donauwacht.at/bookings/s/manage/Xb7t2Q">Buchung verwalten</a></p>
        <p style="color:#605e5c;font-size:12px">Donauwacht Versicherung AG | Praterstraße 62 | 1020 Wien</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Donauwacht Versicherung AG – Bewerbungsgespräche:mailto:BewerbungsgesprcheDonauwacht@donauwacht.at",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Merle Kaufmann:mailto:merle.kaufmann@example.org",
        "DESCRIPTION;LANGUAGE=de-DE:Digitales Erstgespräch – UX Designer:in (Digital Channels)\\nMitarbeiter: Katharina Eder\\n",
        "UID:040000008200E00074C5B7101A82E00800000000B0C1D5A4D53DDC01000000000000000010000000E2F1A88C5B7D2C4F9E0B61A7D3C4F5E6",
        "SUMMARY;LANGUAGE=de-DE:Digitales Erstgespräch – UX Designer:in (Digital Channels)",
        "DTSTART;TZID=W. Europe Standard Time:20260915T090000",
        "DTEND;TZID=W. Europe Standard Time:20260915T093000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260909T064730Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = [
        delivered(),
        rcv("EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2112.outbound.protection.outlook.com [40.107.21.112])",
            when, "Europe/Vienna"),
        ("From", addr("Donauwacht Versicherung AG – Bewerbungsgespräche", "BewerbungsgesprcheDonauwacht@donauwacht.at")),
        ("To", TO),
        ("Subject", enc("Ihre Buchung wurde bestätigt: Digitales Erstgespräch – UX Designer:in (Digital Channels)")),
        ("Date", date(when, "Europe/Vienna")),
        ("Message-ID", "<VI1PR08MB5326A0B1C2D3E4F5A6B7C8D9E0F1A2B3@VI1PR08MB5326.eurprd08.prod.outlook.com>"),
        ("Thread-Topic", enc("Ihre Buchung wurde bestätigt: Digitales Erstgespräch – UX Designer:in (Digital Channels)")),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64"),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(9), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-11-10T13:00:00Z", end="2026-11-10T14:15:00Z", contact="miriam.achterberg@rheinbogen-verlag.de",
      company="Rheinbogen Verlagsgruppe",
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 15:15", zone="Europe/Berlin",
      note="Outlook/Exchange meeting request with Teams block, TZID 'W. Europe Standard Time' 14:00-15:15 in "
           "November (CET, UTC+1) -> 13:00Z-14:15Z; contact = human organizer/sender")
def m09() -> bytes:
    when = "2026-11-03 15:22:40"
    body = t("""
        Wann: Dienstag, 10. November 2026 14:00-15:15. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Liebe Frau Kaufmann,

        wie eben am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu unserem Gespräch für
        die Position UX Designer (m/w/d) Digitale Abo-Produkte. Mit dabei sind Herr Knops
        (Produktleitung Digital) und Frau Yıldırım (Frontend-Entwicklung).

        Wir würden uns freuen, wenn Sie uns zu Beginn ca. 15 Minuten durch ein Projekt Ihrer Wahl
        führen.

        Herzliche Grüße aus dem Medienhafen
        Miriam Achterberg

        Dr. Miriam Achterberg
        Personalentwicklung & Recruiting
        Rheinbogen Verlagsgruppe GmbH & Co. KG
        Zollhof 11 | 40221 Düsseldorf
        T +49 211 50592-318
        miriam.achterberg@rheinbogen-verlag.de

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1MmI4NjMtOWVlNS00YjRkLWE3ODctNDk0ZjVhMzE2YzI1%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d>
        Besprechungs-ID: 371 552 904 18
        Kennung: tL7qP9
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"DE\">\n" + \
        "\n".join(f"<p class=\"MsoNormal\">{line}</p>" for line in body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n")) + \
        "\n</body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Achterberg, Miriam\":mailto:miriam.achterberg@rheinbogen-verlag.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=merle.kaufmann@example.org:mailto:merle.kaufmann@example.org",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Knops, Bastian\":mailto:bastian.knops@rheinbogen-verlag.de",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Yildirim, Derya\":mailto:derya.yildirim@rheinbogen-verlag.de",
        "DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Kaufmann\\,\\n\\nwie eben am Telefon besprochen\\, sende ich Ihnen hiermit die Einladung zu unserem Gespräch.\\n",
        "UID:040000008200E00074C5B7101A82E0080000000060A2F3C1E66EDC01000000000000000010000000A4B3C2D1E0F9A8B7C6D5E4F3A2B1C0D9",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch UX Designer (m/w/d) – Merle Kaufmann",
        "DTSTART;TZID=W. Europe Standard Time:20261110T140000",
        "DTEND;TZID=W. Europe Standard Time:20261110T151500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261103T142240Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:2117408395",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1MmI4NjMtOWVlNS00YjRkLWE3ODctNDk0ZjVhMzE2YzI1%40thread.v2/0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = [
        delivered(),
        rcv("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2091.outbound.protection.outlook.com [40.107.104.91])",
            when, "Europe/Berlin"),
        ("From", addr("Achterberg, Miriam", "miriam.achterberg@rheinbogen-verlag.de")),
        ("To", addr("merle.kaufmann@example.org", ME)),
        ("CC", ", ".join([addr("Knops, Bastian", "bastian.knops@rheinbogen-verlag.de"),
                          addr("Yildirim, Derya", "derya.yildirim@rheinbogen-verlag.de")])),
        ("Subject", enc("Vorstellungsgespräch UX Designer (m/w/d) – Merle Kaufmann")),
        ("Thread-Topic", enc("Vorstellungsgespräch UX Designer (m/w/d) – Merle Kaufmann")),
        ("Thread-Index", "AdtPC9x3q1Zr8e0WRkK2nA6l9u3xJQ=="),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<FR2P281MB2399C8E5A1D04F7B9E3C2A61D0B7F4E2@FR2P281MB2399.DEUP281.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(10), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-02-12T14:00:00Z", end="2026-02-12T15:00:00Z", contact="jonas.brueckner@pixelhain.de",
      company="Pixelhain Studios",
      local="Thu 2026-02-12 15:00", local_end="2026-02-12 16:00", zone="Europe/Berlin",
      note="German Google Calendar invitation 'Portfolio Review' (an interview stage) 'Do. 12. Feb. 2026 15:00 - "
           "16:00 (MEZ)' -> 14:00Z-15:00Z; ICS in UTC agrees; contact = ORGANIZER (design lead)")
def m10() -> bytes:
    when = "2026-02-05 09:00:41"
    title = "Portfolio Review – Merle Kaufmann / Pixelhain (UI/UX Designer)"
    body = t(f"""
        Sie wurden zu folgendem Termin eingeladen.

        {title}
        Donnerstag, 12. Februar 2026⋅15:00 – 16:00
        Mitteleuropäische Normalzeit - Berlin

        Standort
        Pixelhain Studios, Im Mediapark 6, 50670 Köln (3. OG, Raum „Lummerland“)
        https://www.google.com/maps/search/Pixelhain+Studios,+Im+Mediapark+6,+50670+K%C3%B6ln?hl=de

        Hi Merle,
        wie besprochen: Du stellst uns 2 Projekte vor (gern eins aus dem Games-/Entertainment-Bereich,
        wenn du hast), danach Fragen von uns und von dir. Wir sind zu dritt: ich, Aylin (Art Director)
        und Benni (Frontend). Falls du lieber remote dazukommst, sag Bescheid, dann hänge ich einen
        Meet-Link an.
        Bis Donnerstag!
        Jonas

        Organisator
        Jonas Brückner
        jonas.brueckner@pixelhain.de

        Gäste
        Jonas Brückner - Organisator
        merle.kaufmann@example.org
        aylin.kaya@pixelhain.de
        benjamin.roth@pixelhain.de
        Alle Gäste ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=NnQ1ajFkcmJmMDNsYzNwZm11ZjZyYmtmOWkgbWVybGUua2F1Zm1hbm5AZXhhbXBsZS5vcmc

        Antworten für merle.kaufmann@example.org: Ja https://calendar.google.com/calendar/event?action=RESPOND&eid=NnQ1ajFkcmJmMDNsYzNwZm11ZjZyYmtmOWk&rst=1
        Nein https://calendar.google.com/calendar/event?action=RESPOND&eid=NnQ1ajFkcmJmMDNsYzNwZm11ZjZyYmtmOWk&rst=2
        Vielleicht https://calendar.google.com/calendar/event?action=RESPOND&eid=NnQ1ajFkcmJmMDNsYzNwZm11ZjZyYmtmOWk&rst=3

        Weitere Optionen: https://calendar.google.com/calendar/event?action=VIEW&eid=NnQ1ajFkcmJmMDNsYzNwZm11ZjZyYmtmOWk

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie keine Aktualisierungen
        mehr für diesen Termin erhalten möchten, lehnen Sie ihn ab. Sie können sich auch unter
        https://calendar.google.com/calendar/ für ein Google-Konto registrieren, um Ihren Kalender zu
        verwalten.

        Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger über den Link auf die
        Einladung antworten.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART:20260212T140000Z",
        "DTEND:20260212T150000Z",
        "DTSTAMP:20260205T090041Z",
        "ORGANIZER;CN=Jonas Brückner:mailto:jonas.brueckner@pixelhain.de",
        "UID:6t5j1drbf03lc3pfmuf6rbkf9i@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=merle.kaufmann@example.org;X-NUM-GUESTS=0:mailto:merle.kaufmann@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonas Brückner;X-NUM-GUESTS=0:mailto:jonas.brueckner@pixelhain.de",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=aylin.kaya@pixelhain.de;X-NUM-GUESTS=0:mailto:aylin.kaya@pixelhain.de",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=benjamin.roth@pixelhain.de;X-NUM-GUESTS=0:mailto:benjamin.roth@pixelhain.de",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1804523117",
        "CREATED:20260205T090039Z",
        "DESCRIPTION:Hi Merle\\,\\nwie besprochen: Du stellst uns 2 Projekte vor (gern eins aus dem Games-/Entertainment-Bereich\\, wenn du hast)\\, danach Fragen von uns und von dir.\\nBis Donnerstag!\\nJonas",
        "LAST-MODIFIED:20260205T090040Z",
        "LOCATION:Pixelhain Studios\\, Im Mediapark 6\\, 50670 Köln (3. OG\\, Raum „Lummerland“)",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        f"SUMMARY:{title}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = f"Einladung: {title} @ Do. 12. Feb. 2026 15:00 - 16:00 (MEZ) ({ME})"
    hs = [
        delivered(),
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, "UTC", lag=1),
        ("From", addr("Jonas Brückner", "jonas.brueckner@pixelhain.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Jonas Brückner", "jonas.brueckner@pixelhain.de")),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-3e0c7a51-9b24-4f6d-8c1e-7a9d2b5f0e43@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(body, cte="base64"), html(gmail_html(body), cte="quoted-printable"),
            calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# =========================================================================== positives, 11-20


@mail(N(11), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-06-18T08:30:00Z", end=None, contact="kalle@buedchen-digital.de",
      company="Büdchen Digital",
      local="Thu 2026-06-18 10:30", zone="Europe/Berlin",
      note="Casual Cologne agency reply (Apple Mail, 8bit) on top of her quoted mail: 'Donnerstag um halb elf' "
           "resolved against the Date (Mon 15 Jun) -> Thu 18 Jun 10:30 CEST -> 08:30Z; no length -> end null")
def m11() -> bytes:
    when = "2026-06-15 17:48:22"
    body = t("""
        Hi Merle,

        super, dann machen wir dat so: Donnerstag um halb elf bei uns in der Agentur, Venloer Str. 241,
        2. Etage (Klingel „Büdchen“, wenn keiner aufmacht einfach anrufen: 0176 2248 1907).

        Mit dabei sind Sina (UX Lead) und ich. Bring gern deinen Laptop mit, dann kannste uns 1-2
        Projekte zeigen, Beamer hamwer. Kaffee is jot, versprochen 😉

        Bis Donnerstag!
        Kalle

        --
        Kalle Brenner
        Creative Director | Büdchen Digital GmbH
        Venloer Str. 241 · 50823 Köln-Ehrenfeld
        www.buedchen-digital.de

        > Am 15.06.2026 um 09:12 schrieb Merle Kaufmann <merle.kaufmann@example.org>:
        >
        > Hallo Kalle,
        >
        > danke nochmal für den netten Anruf am Freitag! Wie besprochen hier meine Verfügbarkeit für
        > ein persönliches Kennenlernen diese Woche: Dienstag ab 14 Uhr oder Donnerstag vormittags.
        > Mein Portfolio hast du ja schon: merlekaufmann.design
        >
        > Viele Grüße aus Nippes
        > Merle
        """)
    hs = [
        delivered(),
        rcv("smtp.buedchen-digital.de (smtp.buedchen-digital.de [85.13.142.118])", when, "Europe/Berlin", lag=5),
        ("From", addr("Kalle Brenner", "kalle@buedchen-digital.de")),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "8bit"),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
        ("Subject", "Re: Bewerbung UX / Frontend - Merle Kaufmann"),
        ("Date", date(when, "Europe/Berlin")),
        ("In-Reply-To", "<3F7A9E21-5C0B-4D8E-A1F2-9B6C4D3E2A10@example.org>"),
        ("References", "<3F7A9E21-5C0B-4D8E-A1F2-9B6C4D3E2A10@example.org>"),
        ("To", TO),
        ("Message-ID", "<8D2E4C71-0A9F-4B3E-9C55-71E0F3A6B2D8@buedchen-digital.de>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    head = "".join(make.fold(k, v) + "\r\n" for k, v in hs)
    return head.encode("ascii") + b"\r\n" + body.replace("\n", "\r\n").encode("utf-8")


@mail(N(12), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T13:00:00Z", end="2026-03-31T13:45:00Z", contact="harriet.lomax@thistledownmedia.co.uk",
      company="Thistledown Media",
      local="Tue 2026-03-31 14:00", local_end="2026-03-31 14:45", zone="Europe/London",
      note="UK recruiter (Gmail) writes on 26 Mar in GMT; 'Tuesday 31 March at 2pm UK time' is after the 29 March "
           "switch, so BST (UTC+1) -> 13:00Z, and '3pm for you in Cologne' (CEST) agrees; '45 minutes' is exact "
           "-> end 13:45Z")
def m12() -> bytes:
    when = "2026-03-26 11:15:09"
    body = t("""
        Hi Merle,

        Lovely to chat earlier! As promised, I'm confirming your first-stage interview for the Senior
        Product Designer (Audience Apps) role:

        Tuesday 31 March at 2pm UK time - that's 3pm for you in Cologne (our clocks go forward this
        weekend too, so the one-hour gap stays the same).

        It's a 45 minute video call on Teams with Tom Avery, our Design Lead. Tom will send the
        invite from his calendar later today. He'll want to hear about one or two projects in some
        depth - the BVB fan app you mentioned sounded like a great one to pick.

        Any questions in the meantime, just shout.

        Best wishes,
        Harriet

        --
        Harriet Lomax
        Talent Acquisition Partner
        Thistledown Media | 4 Wharf Road, London N1 7RW
        """)
    hs = [
        delivered(),
        rcv("mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])", when, "Europe/London"),
        ("From", addr("Harriet Lomax", "harriet.lomax@thistledownmedia.co.uk")),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<CAGh7qz=Xe2p9fK1rTb4mV0cN8sLd3Wu6yJqHa5oE7iR2gPk1vA@mail.gmail.com>"),
        ("Subject", "Interview confirmation - Senior Product Designer, Thistledown Media"),
        ("To", TO),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(13), family="human_reply", lang="de", interview=True, kind="scheduled",
      start="2026-08-26T12:00:00Z", end=None, contact="henrik.jansen@elbkind.de",
      company="Elbkind Versand",
      local="Wed 2026-08-26 14:00", zone="Europe/Berlin",
      note="Hiring manager's Outlook reply (windows-1252, QP) on top of a quoted slot exchange; he picks "
           "'Mittwoch 14 Uhr' (Wed 26 Aug, also written '26.8.' in her quoted mail) -> CEST -> 12:00Z; the other "
           "quoted slots are not chosen; contact = human sender")
def m13() -> bytes:
    when = "2026-08-24 12:31:56"
    body = t("""
        Moin Merle,

        Mittwoch 14 Uhr passt super, dann nehmen wir den! Ich schick dir gleich noch die Einladung für Teams hinterher. Mit dabei ist auch Aylin aus unserem Frontend-Team, die hat schon in dein Portfolio geguckt und freut sich drauf.

        Bis Mittwoch
        Henrik

        Henrik Jansen
        Head of UX & Design | Elbkind Versand GmbH
        Große Elbstraße 145 · 22767 Hamburg
        Tel. +49 40 3208 5521

        Von: Merle Kaufmann <merle.kaufmann@example.org>
        Gesendet: Montag, 24. August 2026 10:05
        An: Henrik Jansen <henrik.jansen@elbkind.de>
        Betreff: Re: Kennenlernen Product Designer (m/w/d)

        Hallo Henrik,

        vielen Dank für die schnelle Rückmeldung, ich freue mich sehr! Von deinen Vorschlägen passen mir Mittwoch (26.8.) um 14 Uhr oder Donnerstag (27.8.) um 10 Uhr am besten.

        Viele Grüße
        Merle

        Von: Henrik Jansen <henrik.jansen@elbkind.de>
        Gesendet: Freitag, 21. August 2026 16:40
        An: Merle Kaufmann <merle.kaufmann@example.org>
        Betreff: Kennenlernen Product Designer (m/w/d)

        Hallo Merle,

        danke für deine Bewerbung, die hat uns richtig gut gefallen. Hättest du nächste Woche Zeit für ein erstes Gespräch per Video (ca. eine Stunde)? Ich könnte Mi 14 Uhr, Do 10 Uhr oder Fr 9 Uhr.

        Viele Grüße
        Henrik
        """)
    paras = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n")
    page = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=windows-1252\"></head><body lang=\"DE\" link=\"#0563C1\">"
            "<div class=\"WordSection1\">\n"
            + "\n".join(f"<p class=\"MsoNormal\">{p or '&nbsp;'}</p>" for p in paras)
            + "\n</div></body></html>\n")
    hs = [
        delivered(),
        rcv("EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2107.outbound.protection.outlook.com [40.107.247.107])",
            when, "Europe/Berlin"),
        ("From", addr("Henrik Jansen", "henrik.jansen@elbkind.de")),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", "AW: Kennenlernen Product Designer (m/w/d)"),
        ("Thread-Topic", "Kennenlernen Product Designer (m/w/d)"),
        ("Thread-Index", "AQHbFz0kX1n3lS8a0kO7vUaP2yR4ngAAJ5qAAAFq3HA="),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<AM9PR07MB7185B2E30F4D9A1C6E0B52F7A8D3C1E9@AM9PR07MB7185.eurprd07.prod.outlook.com>"),
        ("In-Reply-To", "<C4D2E1F0-7A3B-4C9E-8D1F-2B6A5E4C3D21@example.org>"),
        ("References", "<AM9PR07MB71852D4C0E1B3A9F8C7E60D5B4A3F2C1@AM9PR07MB7185.eurprd07.prod.outlook.com> "
                       "<C4D2E1F0-7A3B-4C9E-8D1F-2B6A5E4C3D21@example.org>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
    ]
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(14), family="forward_self", lang="de", interview=True, kind="scheduled",
      start="2026-12-08T08:00:00Z", end=None, contact="ute.schallenberg@kessenich-digital.de",
      company="Kessenich Digital",
      local="Tue 2026-12-08 09:00", zone="Europe/Berlin",
      note="Her forward to herself (iso-8859-1, QP) of an HR letter: 'am 08.12.2026 um 09:00 Uhr' in Bonn, CET -> "
           "08:00Z; 'ca. 1,5 Stunden' is approximate -> end null; contact = HR sender in the forwarded header "
           "(the forwarder is the candidate)")
def m14() -> bytes:
    when = "2026-12-01 07:50:12"
    body = t("""
        zur Sicherheit auch hierhin, Di 9 Uhr in Bonn!! Präsentation (15 Min) vorher nochmal durchgehen.

        -------- Weitergeleitete Nachricht --------
        Betreff: 	Ihr Zweitgespräch bei der Kessenich Digital AG
        Datum: 	Mon, 30 Nov 2026 09:14:27 +0100
        Von: 	Schallenberg, Ute <ute.schallenberg@kessenich-digital.de>
        An: 	merle.kaufmann@example.com <merle.kaufmann@example.com>



        Sehr geehrte Frau Kaufmann,

        vielen Dank für das angenehme Erstgespräch in der vergangenen Woche. Gerne bestätigen wir
        Ihnen hiermit den Termin für das Zweitgespräch

        am Dienstag, den 08.12.2026, um 09:00 Uhr

        in unserem Haus in Bonn, Godesberger Allee 139, 53175 Bonn. Bitte melden Sie sich am
        Empfang im Erdgeschoss, Sie werden dort abgeholt.

        Das Gespräch wird ca. 1,5 Stunden dauern. Zu Beginn bitten wir Sie, uns Ihre Lösung der
        Fallstudie in etwa 15 Minuten vorzustellen; anschließend lernen Sie Herrn Dr. Peiffer
        (Bereichsleiter Digitale Services) und zwei Kolleginnen aus dem Produktteam kennen.

        Die Reisekosten erstatten wir Ihnen selbstverständlich gegen Vorlage der Belege.

        Mit freundlichen Grüßen

        i. A. Ute Schallenberg
        Personalreferentin

        Kessenich Digital AG
        Godesberger Allee 139 · 53175 Bonn
        Telefon: 0228 9917-442
        ute.schallenberg@kessenich-digital.de

        Vorstand: Dipl.-Kfm. Rainer Lüttgen (Vors.), Dr. Pia Hoffstadt
        Aufsichtsratsvorsitzender: Ludger Wammers | Sitz der Gesellschaft: Bonn | HRB 21977
        """)
    hs = [
        delivered(),
        rcv("mout.example.com (mout.example.com [198.51.100.23])", when, "Europe/Berlin"),
        ("Message-ID", "<5b1f0c4e-8a37-2d91-c6e0-b7a4f2d93e18@example.com>"),
        ("Date", date(when, "Europe/Berlin")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
        ("To", ME),
        ("From", addr("Merle Kaufmann", "merle.kaufmann@example.com")),
        ("Subject", enc("Fwd: Ihr Zweitgespräch bei der Kessenich Digital AG", "iso-8859-1")),
    ]
    return message(hs, text(body, charset="iso-8859-1"), mime_version=False)


@mail(N(15), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-01-23T09:00:00Z", end="2026-01-23T10:30:00Z", contact="priya@lumenkasten.com",
      company="Lumenkasten",
      local="Fri 2026-01-23 10:00", local_end="2026-01-23 11:30", zone="Europe/Berlin",
      note="Berlin start-up (Google Workspace) confirms a LIVE design challenge (an interview stage, unlike a "
           "take-home) 'Friday 23 January, 10:00-11:30 CET' -> 09:00Z-10:30Z; pasted Zoom block; contact = sender")
def m15() -> bytes:
    when = "2026-01-16 13:02:44"
    body = t("""
        Hi Merle,

        Thanks for picking a slot so quickly - you're all set for the live design challenge:

        Friday 23 January, 10:00-11:30 CET

        How it works:
        - 10 min intro and the brief (a small problem from our checkout, nothing you need to prepare)
        - 60 min working session in FigJam together with Mo (Design Lead) and Clara (PM). Think out
          loud, ask questions, sketch - we care about how you get there, not a polished result.
        - 20 min wrap-up and your questions

        Please join from a laptop with a decent screen, and make sure FigJam runs in your browser.

        Priya Natarajan is inviting you to a scheduled Zoom meeting.

        Topic: Lumenkasten - Live Design Challenge - Merle Kaufmann
        Time: Jan 23, 2026 10:00 AM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://lumenkasten.zoom.us/j/86512039477?pwd=Wk1xR0pQZ3ZtN2RlS2JwTnh1eFZ3UT09

        Meeting ID: 865 1203 9477
        Passcode: 572913

        ---
        One tap mobile
        +493056795800,,86512039477#,,,,*572913# Germany
        +496938079883,,86512039477#,,,,*572913# Germany

        See you next week!
        Priya

        Priya Natarajan
        People & Talent | Lumenkasten GmbH
        Ritterstraße 12, 10969 Berlin
        """)
    hs = [
        delivered(),
        rcv("mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", when, "Europe/Berlin"),
        ("MIME-Version", "1.0"),
        ("From", addr("Priya Natarajan", "priya@lumenkasten.com")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<CAJq3vR8k=tb9uZ0Lw2H5fXyPc1nQe7GmVa4sD6oK3jFh8rT0Uw@mail.gmail.com>"),
        ("Subject", "Your live design challenge - Fri 23 Jan"),
        ("To", TO),
        ("Cc", addr("Mo Haddad", "mo@lumenkasten.com")),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(N(16), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:30:00Z", end="2026-11-03T18:30:00Z", contact="marcus.bell@brightlark.io",
      company="Brightlark Labs",
      local="Tue 2026-11-03 10:30", local_end="2026-11-03 13:30", zone="America/New_York",
      note="US hiring manager (Outlook for Mac) writes on 29 Oct in EDT; final panel 'Tuesday, Nov 3 at 10:30am "
           "ET' is after the 1 Nov fall-back -> EST (UTC-5) -> 15:30Z, his '4:30pm your time' (CET) agrees; four "
           "back-to-back sessions 'wrapping up at 1:30pm ET' -> end 18:30Z")
def m16() -> bytes:
    when = "2026-10-29 15:40:03"
    body = t("""
        Hi Merle,

        Great news - the team loved your portfolio walkthrough and we'd like to move you to the final round!

        I've locked in the panel for Tuesday, Nov 3 at 10:30am ET. Heads up on time zones: we fall back on Sunday, so that's 4:30pm your time in Cologne (not 3:30 like last time).

        It's four back-to-back 45-min conversations on Zoom, wrapping up at 1:30pm ET:
        10:30  Design craft deep-dive - me
        11:15  Frontend pairing (React/TS, bring your own editor) - Keisha Moore
        12:00  Cross-functional collab - Dev Patel (PM)
        12:45  Values & culture - Sam Ruiz (VP Product)

        Zoom: https://brightlark.zoom.us/j/93128840515
        We'll stick to one link for the whole block, the interviewers will just swap in.

        You'll get the calendar invite from our coordinator shortly. If anything comes up, ping me directly.

        Best,
        Marcus

        Marcus Bell | Head of Design, Brightlark Labs
        marcus.bell@brightlark.io
        """)
    paras = body.replace("&", "&amp;").replace("<", "&lt;").split("\n")
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">\n"
            + "\n".join(f"<div>{p or '<br>'}</div>" for p in paras) + "\n</body></html>\n")
    hs = [
        delivered(),
        rcv("NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2133.outbound.protection.outlook.com [40.107.244.133])",
            when, "America/New_York"),
        ("From", addr("Marcus Bell", "marcus.bell@brightlark.io")),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", "Final round - Brightlark Labs"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<MW4PR12MB70933E2A1B8C9D0F4E6A7B5C3D2E1F0A@MW4PR12MB7093.namprd12.prod.outlook.com>"),
        ("Thread-Topic", "Final round - Brightlark Labs"),
        ("Thread-Index", "AQHbKnR2Yc8jD3o0vEySg7cTq1xW1Q=="),
        ("User-Agent", "Microsoft-MacOutlook/16.90.24102712"),
        ("Content-Language", "en-US"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(N(17), family="successfactors", lang="de", interview=True, kind="rescheduled",
      start="2026-03-30T08:00:00Z", end="2026-03-30T09:00:00Z", contact="sandra.wiemers@domhof-versicherung.de",
      company="Domhof Versicherung",
      local="Mon 2026-03-30 10:00", local_end="2026-03-30 11:00", zone="Europe/Berlin",
      days=(("Fri", "2026-03-27"),),
      note="SAP SuccessFactors interview update (ICS SEQUENCE:1, W. Europe Standard Time): old slot Fri 27.03. "
           "10:00 (CET), new 'Montag, 30.03.2026, 10:00 - 11:00 Uhr' is the day after the switch -> CEST -> "
           "08:00Z-09:00Z; sender is a no-reply system address, contact = human ICS ORGANIZER")
def m17() -> bytes:
    when = "2026-03-25 16:30:18"
    body = t("""
        Sehr geehrte Frau Kaufmann,

        leider müssen wir Ihren Termin für das Vorstellungsgespräch am Freitag, 27.03.2026, 10:00 Uhr
        kurzfristig verschieben. Wir bitten dafür um Ihr Verständnis.

        Ihr neuer Termin:

        Stelle:       UX Designer (w/m/d) Digital Sales, Req. 20417
        Datum:        Montag, 30.03.2026
        Uhrzeit:      10:00 - 11:00 Uhr
        Ort:          Domhof Versicherung AG, Konrad-Adenauer-Ufer 9, 50668 Köln, Raum 4.12
        Interviewer:  Sandra Wiemers (HR Business Partner), Dr. Felix Brauckmann (Leiter Digital Sales)

        Die aktualisierte Kalendereinladung finden Sie im Anhang. Bitte nehmen Sie diese an, damit der
        Termin in Ihrem Kalender aktualisiert wird.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Domhof Versicherung AG

        Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n" + "<br>\n".join(
        line.replace("&", "&amp;") for line in body.split("\n")) + "\n</body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//SAP SuccessFactors//Interview Scheduling//DE",
        "VERSION:2.0",
        "METHOD:REQUEST",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "UID:SF-INTSCHED-20417-88310452@successfactors.eu",
        "SEQUENCE:1",
        "DTSTAMP:20260325T153018Z",
        "DTSTART;TZID=\"W. Europe Standard Time\":20260330T100000",
        "DTEND;TZID=\"W. Europe Standard Time\":20260330T110000",
        "SUMMARY:Vorstellungsgespräch Merle Kaufmann - UX Designer (w/m/d) Digital Sales",
        "LOCATION:Domhof Versicherung AG\\, Konrad-Adenauer-Ufer 9\\, 50668 Köln\\, Raum 4.12",
        "ORGANIZER;CN=Sandra Wiemers:mailto:sandra.wiemers@domhof-versicherung.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Merle Kaufmann:mailto:merle.kaufmann@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Felix Brauckmann:mailto:felix.brauckmann@domhof-versicherung.de",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = [
        delivered(),
        rcv("mx-eu10.successfactors.eu (mx-eu10.successfactors.eu [155.56.208.91])", when, "Europe/Berlin"),
        ("From", addr("Domhof Versicherung Karriere", "DoNotReply@successfactors.eu")),
        ("To", ME),
        ("Subject", enc("Terminänderung: Vorstellungsgespräch UX Designer (w/m/d) Digital Sales")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<1711380618021.88310452.JavaMail.sfapp@pc10bsfapi07.eu10.successfactors.eu>"),
    ]
    return message(hs, mixed(alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")),
                             calendar(ics, method="REQUEST", cte="base64", filename="Vorstellungsgespraech.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-06-17T09:30:00Z", end="2026-06-17T10:30:00Z", contact="ola.nowak@tandemly.com",
      company="Tandemly",
      local="Wed 2026-06-17 11:30", local_end="2026-06-17 12:30", zone="Europe/Berlin",
      days=(("Tue", "2026-06-16"),),
      note="Google Calendar 'Updated invitation' (English, SEQUENCE:2): moved from Tue 16 Jun 15:00 to 'Wed 17 Jun "
           "2026 11:30 - 12:30 (CEST)' -> 09:30Z-10:30Z; ICS in UTC agrees; contact = ORGANIZER")
def m18() -> bytes:
    when = "2026-06-15 06:55:10"
    title = "Design Interview: Craft & Collaboration – Merle Kaufmann"
    body = t(f"""
        This event has been updated
        Changed: time

        {title}
        Wednesday 17 June 2026 ⋅ 11:30 – 12:30
        Central European Summer Time - Berlin

        Previously: Tuesday 16 June 2026 ⋅ 15:00 – 16:00

        Join with Google Meet
        https://meet.google.com/wqd-kfpa-oxc

        Hi Merle, sorry for moving this! Ben (our Staff Designer) can only join on Wednesday and I
        really want him in the room. Same format as discussed: 45 min on a case from your portfolio,
        15 min for your questions. – Ola

        Organizer
        Ola Nowak
        ola.nowak@tandemly.com

        Guests
        Ola Nowak - organizer
        ben.achterberg@tandemly.com
        merle.kaufmann@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MnBnN2U5a3QxcmZzb2Q0bGhxMnY4Yzh0cW0

        Reply for merle.kaufmann@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=MnBnN2U5a3QxcmZzb2Q0bGhxMnY4Yzh0cW0&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=MnBnN2U5a3QxcmZzb2Q0bGhxMnY4Yzh0cW0&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=MnBnN2U5a3QxcmZzb2Q0bGhxMnY4Yzh0cW0&rst=3

        More options https://calendar.google.com/calendar/event?action=VIEW&eid=MnBnN2U5a3QxcmZzb2Q0bGhxMnY4Yzh0cW0

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be
        added to the guest list, invite others regardless of their own invitation status, or modify
        your RSVP.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART:20260617T093000Z",
        "DTEND:20260617T103000Z",
        "DTSTAMP:20260615T065510Z",
        "ORGANIZER;CN=Ola Nowak:mailto:ola.nowak@tandemly.com",
        "UID:2pg7e9kt1rfsod4lhq2v8c8tqm@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ola Nowak;X-NUM-GUESTS=0:mailto:ola.nowak@tandemly.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ben.achterberg@tandemly.com;X-NUM-GUESTS=0:mailto:ben.achterberg@tandemly.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=merle.kaufmann@example.org;X-NUM-GUESTS=0:mailto:merle.kaufmann@example.org",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/wqd-kfpa-oxc",
        "CREATED:20260608T121905Z",
        "DESCRIPTION:Hi Merle\\, sorry for moving this! Ben (our Staff Designer) can only join on Wednesday and I really want him in the room. Same format as discussed: 45 min on a case from your portfolio\\, 15 min for your questions. – Ola",
        "LAST-MODIFIED:20260615T065509Z",
        "LOCATION:",
        "SEQUENCE:2",
        "STATUS:CONFIRMED",
        f"SUMMARY:{title}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = f"Updated invitation: {title} @ Wed 17 Jun 2026 11:30 - 12:30 (CEST) ({ME})"
    hs = [
        delivered(),
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, "UTC", lag=1),
        ("From", addr("Ola Nowak", "ola.nowak@tandemly.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Ola Nowak", "ola.nowak@tandemly.com")),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-b41d7c0e-2a6f-4e19-93d8-5c0a8e1f7b62@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-06-05T13:00:00Z", end="2026-06-05T13:45:00Z", contact="joost@spaakwerk.nl",
      company="Spaakwerk",
      local="Fri 2026-06-05 15:00", local_end="2026-06-05 15:45", zone="Europe/Amsterdam",
      note="Amsterdam recruiter (English, Google Workspace) moves the Thursday 13:30 interview to 'Friday 5 June at "
           "15:00' Amsterdam/Cologne time (CEST) -> 13:00Z; 'same 45-minute slot' -> end 13:45Z; contact = sender")
def m19() -> bytes:
    when = "2026-06-02 17:20:55"
    body = t("""
        Hi Merle,

        Apologies for the shuffle! Maartje got pulled into a board meeting on Thursday afternoon, so
        we've moved your interview from Thursday 13:30 to Friday 5 June at 15:00 (Amsterdam time, so
        same as Cologne). Same Google Meet link, same 45-minute slot, and Maartje has already accepted
        the new time. I updated the calendar invite a minute ago.

        If Friday is a real problem for you, let me know and we'll find something else - but we hope
        it works!

        Have a good evening,
        Joost

        --
        Joost Hendriks
        Talent Acquisition | Spaakwerk B.V.
        joost@spaakwerk.nl | +31 20 894 1172
        """)
    hs = [
        delivered(),
        rcv("mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])", when, "Europe/Amsterdam"),
        ("MIME-Version", "1.0"),
        ("References", "<6657ab2d1c0e4_4f1b2a3c98071@recruitee-mailer-7.mail>"),
        ("In-Reply-To", "<6657ab2d1c0e4_4f1b2a3c98071@recruitee-mailer-7.mail>"),
        ("From", addr("Joost Hendriks", "joost@spaakwerk.nl")),
        ("Date", date(when, "Europe/Amsterdam")),
        ("Message-ID", "<CAFr9xLqT2m+Hc0eWk7Vb5zPj1NyRd4uS8gXa3oF6iE0tQm2wYg@mail.gmail.com>"),
        ("Subject", "Re: Bevestiging: je gesprek bij Spaakwerk op donderdag 4 juni"),
        ("To", TO),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(N(20), family="agency_recruiter", lang="de", interview=True, kind="rescheduled",
      start="2026-09-10T08:45:00Z", end=None, contact="n.schmitz@rheinpersonal.de",
      company="Hafenkran Interactive",
      local="Thu 2026-09-10 10:45", zone="Europe/Berlin",
      days=(("Wed", "2026-09-09"),),
      note="Staffing-agency recruiter's short iPhone mail: the client interview moves from Wednesday 14 Uhr to "
           "'Donnerstag (10.09.) um viertel vor elf' -> 10:45 CEST -> 08:45Z; company = the hiring client, "
           "contact = the recruiter who wrote")
def m20() -> bytes:
    when = "2026-09-07 18:02:31"
    body = t("""
        Hallo Frau Kaufmann,

        kurze Info vorab per Mail, ich hatte Sie telefonisch nicht erreicht: Das Gespräch bei Hafenkran Interactive wird verschoben, statt Mittwoch 14 Uhr jetzt Donnerstag (10.09.) um viertel vor elf. Herr Albers hat mir das eben fest zugesagt. Ort bleibt gleich, Speditionstraße 15a im Medienhafen, 4. OG.

        Der Mittwoch ist damit hinfällig. Ich drück Ihnen die Daumen!

        Beste Grüße
        Nadine Schmitz
        Rheinpersonal GmbH

        Von meinem iPhone gesendet
        """)
    hs = [
        delivered(),
        rcv("mo4-p00-ob.smtp.rzone.de (mo4-p00-ob.smtp.rzone.de [81.169.146.162])", when, "Europe/Berlin"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("From", addr("Nadine Schmitz", "n.schmitz@rheinpersonal.de")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date(when, "Europe/Berlin")),
        ("Subject", "Terminverschiebung Hafenkran"),
        ("Message-Id", "<E0B4F2A7-9C13-4D6E-B8A1-3F5C7D9E0A24@rheinpersonal.de>"),
        ("To", addr("Merle Kaufmann", ME)),
        ("X-Mailer", "iPhone Mail (22G86)"),
    ]
    head = "".join(make.fold(k, v) + "\r\n" for k, v in hs)
    return head.encode("ascii") + b"\r\n" + text(body).body


# =========================================================================== positives, 21-23 (cancelled)


@mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-11-05T15:00:00Z", end="2026-11-05T16:00:00Z", contact="tim.ochs@nachtfalter-games.com",
      company="Nachtfalter Games",
      local="Thu 2026-11-05 16:00", local_end="2026-11-05 17:00", zone="Europe/Berlin",
      note="Google Calendar cancellation with a note (METHOD:CANCEL): 'Thu 5 Nov 2026 4pm - 5pm (CET)' -> "
           "15:00Z-16:00Z is the cancelled slot; role on hold, no new time; contact = ORGANIZER")
def m21() -> bytes:
    when = "2026-11-02 08:12:37"
    title = "Technical Interview (Frontend/UI) – Merle Kaufmann"
    body = t(f"""
        This event has been cancelled and removed from your calendar.

        Tim Ochs has cancelled this event and added a note:
        "Sorry Merle, we've had to put the UI Engineer role on hold for now (budget freeze until Q1).
        I'll write you properly later today. Really sorry for the short notice."

        {title}
        Thursday 5 November 2026 ⋅ 16:00 – 17:00
        Central European Time - Berlin

        Organizer
        Tim Ochs
        tim.ochs@nachtfalter-games.com

        Guests
        Tim Ochs - organizer
        greta.lindqvist@nachtfalter-games.com
        merle.kaufmann@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be
        added to the guest list, invite others regardless of their own invitation status, or modify
        your RSVP.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:CANCEL",
        "BEGIN:VEVENT",
        "DTSTART:20261105T150000Z",
        "DTEND:20261105T160000Z",
        "DTSTAMP:20261102T081237Z",
        "ORGANIZER;CN=Tim Ochs:mailto:tim.ochs@nachtfalter-games.com",
        "UID:0r8h3kq9c1vbt5m2n6ej4aslpd@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=merle.kaufmann@example.org;X-NUM-GUESTS=0:mailto:merle.kaufmann@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=greta.lindqvist@nachtfalter-games.com;X-NUM-GUESTS=0:mailto:greta.lindqvist@nachtfalter-games.com",
        "CREATED:20261027T101544Z",
        "DESCRIPTION:Live coding (React/TypeScript) + UI architecture discussion.\\nGoogle Meet: https://meet.google.com/pst-wnzk-ahv",
        "LAST-MODIFIED:20261102T081236Z",
        "LOCATION:",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        f"SUMMARY:{title}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = f"Cancelled event with note: {title} @ Thu 5 Nov 2026 4pm - 5pm (CET) ({ME})"
    hs = [
        delivered(),
        rcv("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", when, "UTC", lag=1),
        ("From", addr("Tim Ochs", "tim.ochs@nachtfalter-games.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Tim Ochs", "tim.ochs@nachtfalter-games.com")),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-5a93e0d2-6c1b-4f78-a2e4-9d0b7c3f1e85@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="8bit")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(N(22), family="exchange", lang="de", interview=True, kind="cancelled",
      start="2026-05-27T11:00:00Z", end="2026-05-27T12:30:00Z", contact="jens-ole.matthiesen@alsterbrueck.de",
      company="Alsterbrück Versicherung",
      local="Wed 2026-05-27 13:00", local_end="2026-05-27 14:30", zone="Europe/Berlin",
      note="Exchange cancellation 'Abgesagt:' (METHOD:CANCEL, W. Europe Standard Time) of the Hamburg second "
           "interview Wed 27 May 13:00-14:30 CEST -> 11:00Z-12:30Z (the 'UTC+01:00' label is the standard offset); "
           "position filled internally; contact = organizer")
def m22() -> bytes:
    when = "2026-05-22 11:08:50"
    body = t("""
        Wann: Mittwoch, 27. Mai 2026 13:00-14:30. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Alsterbrück Versicherung, Ballindamm 27, 20095 Hamburg, Raum Binnenalster (5. OG)

        *~*~*~*~*~*~*~*~*~*

        Liebe Frau Kaufmann,

        wie soeben telefonisch besprochen, sage ich unseren Termin für das Zweitgespräch leider ab:
        Die Position wird kurzfristig intern besetzt. Das tut mir sehr leid, zumal Sie die Anreise aus
        Köln schon geplant hatten. Die Stornokosten für Ihr Bahnticket übernehmen wir selbstverständlich,
        schicken Sie mir dazu einfach die Rechnung.

        Ich würde Ihre Unterlagen gern für zukünftige Positionen in unserem Digital-Team vormerken,
        wenn Sie einverstanden sind.

        Viele Grüße
        Jens-Ole Matthiesen
        Talent Acquisition
        Alsterbrück Versicherung AG | Ballindamm 27 | 20095 Hamburg
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:CANCEL",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Jens-Ole Matthiesen:mailto:jens-ole.matthiesen@alsterbrueck.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Merle Kaufmann:mailto:merle.kaufmann@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Carsten Voß:mailto:carsten.voss@alsterbrueck.de",
        "DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Kaufmann\\,\\n\\nwie soeben telefonisch besprochen\\, sage ich unseren Termin für das Zweitgespräch leider ab.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000D0E4B7A2C1E1DC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
        "SUMMARY;LANGUAGE=de-DE:Abgesagt: Zweitgespräch Merle Kaufmann – UX Designer Schadenportal",
        "DTSTART;TZID=W. Europe Standard Time:20260527T130000",
        "DTEND;TZID=W. Europe Standard Time:20260527T143000",
        "CLASS:PUBLIC",
        "PRIORITY:1",
        "DTSTAMP:20260522T090850Z",
        "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=de-DE:Alsterbrück Versicherung\\, Ballindamm 27\\, 20095 Hamburg\\, Raum Binnenalster (5. OG)",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
        "X-MICROSOFT-CDO-OWNERAPPTID:-906631287",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            + "\n".join(f"<div>{line or '&nbsp;'}</div>" for line in body.replace("&", "&amp;").split("\n"))
            + "\n</body></html>\n")
    hs = [
        delivered(),
        rcv("EUR04-FR6-obe.outbound.protection.outlook.com (mail-fr6eur04on2120.outbound.protection.outlook.com [40.107.5.120])",
            when, "Europe/Berlin"),
        ("From", addr("Jens-Ole Matthiesen", "jens-ole.matthiesen@alsterbrueck.de")),
        ("To", addr("Merle Kaufmann", ME)),
        ("CC", addr("Carsten Voß", "carsten.voss@alsterbrueck.de")),
        ("Subject", enc("Abgesagt: Zweitgespräch Merle Kaufmann – UX Designer Schadenportal")),
        ("Thread-Topic", enc("Zweitgespräch Merle Kaufmann – UX Designer Schadenportal")),
        ("Thread-Index", "AQHawz7nB3y1kR0q6UmX4cZ8d9oT2w=="),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<BE1P281MB1604E7D2C3B4A5968778695A4B3C2D1E@BE1P281MB1604.DEUP281.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(23), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-01-22T16:00:00Z", end=None, contact="olly.barnes@kestrelcrane.co.uk",
      company="Kestrel & Crane",
      local="Thu 2026-01-22 16:00", zone="Europe/London",
      note="London recruiter cancels 'Thursday's call (22 Jan, 4pm GMT)': January, GMT = UTC -> 16:00Z is the "
           "cancelled slot; role paused, no new time; plain text 7bit; contact = sender")
def m23() -> bytes:
    when = "2026-01-19 10:02:16"
    body = t("""
        Hi Merle,

        I'm really sorry to do this at short notice, but we need to cancel Thursday's interview
        (22 Jan, 4pm GMT / 5pm your time) with Hannah and Dev. The Product Designer role has been
        paused while we go through some restructuring on the e-commerce side, and I don't want to
        waste your time with a conversation we can't follow through on right now.

        I genuinely hope it reopens in the spring - if it does, you'll be the first person I call.

        Apologies again, and thanks for being so flexible with the scheduling so far.

        Olly

        Olly Barnes
        Senior Recruiter, Kestrel & Crane
        """)
    hs = [
        delivered(),
        rcv("mail-lo2gbr01on2103.outbound.protection.outlook.com (mail-lo2gbr01on2103.outbound.protection.outlook.com [40.107.10.103])",
            when, "Europe/London"),
        ("From", addr("Olly Barnes", "olly.barnes@kestrelcrane.co.uk")),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", "Thursday - Product Designer interview"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<LO2P123MB6874A1C3E5F7092B4D6E8A0C1B3D5F79@LO2P123MB6874.GBRP123.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ]
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== negatives, 24-30


@mail(N(24), family="job_alert", lang="de", interview=False, company=None,
      note="StepStone job agent digest (HTML only); 'Schnellbewerbung', 'Neu' badges; no appointment")
def m24() -> bytes:
    when = "2026-10-14 07:03:12"
    jobs = [
        ("UX Designer (m/w/d) Streaming-Apps", "Domspitzen Media GmbH", "Köln", "Neu", "Schnellbewerbung", "13370412"),
        ("Senior UI/UX Designer (w/m/d)", "Rheinufer Versicherungsgruppe", "Köln", "Gestern", "", "13368871"),
        ("Frontend Developer / UX Engineer (m/w/d)", "Kranhaus Commerce GmbH", "Köln, Homeoffice möglich", "Neu",
         "Schnellbewerbung", "13370958"),
        ("Product Designer (all genders)", "Lindenthal Labs", "Köln", "vor 2 Tagen", "", "13361207"),
        ("UX/UI Designer*in Digitale Verwaltung", "KommunalDigital NRW", "Düsseldorf", "vor 3 Tagen", "", "13358840"),
        ("Lead UX Designer (m/w/d) Games", "Funkenflug Interactive", "Köln / Remote", "Neu", "Schnellbewerbung",
         "13371163"),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:14px 0;border-bottom:1px solid #e6e6e6">'
        f'<a href="https://www.stepstone.de/stellenangebote--{i}-{j[5]}-inline.html?rltr=jobagent" '
        f'style="font-size:16px;color:#0c2577;font-weight:bold;text-decoration:none">{j[0]}</a><br>'
        f'<span style="color:#333">{j[1]}</span><br><span style="color:#6b6b6b">{j[2]}</span>'
        + (f' &middot; <span style="color:#1a8917;font-weight:bold">{j[3]}</span>' if j[3] == "Neu" else f" &middot; {j[3]}")
        + (f'<br><span style="background:#eef3ff;color:#0c2577;font-size:12px;padding:2px 6px">{j[4]}</span>' if j[4] else "")
        + "</td></tr>"
        for i, j in enumerate(jobs))
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:20px 24px;background:#0c2577"><img src="https://www.stepstone.de/upload_de/logo/stepstone-white.png" alt="StepStone" width="120"></td></tr>
        <tr><td style="padding:24px">
        <p style="font-size:20px;margin:0 0 8px">Hallo Merle,</p>
        <p style="margin:0 0 16px">Ihr Job-Agent <b>„UX Designer“ in Köln (+ 30 km)</b> hat 12 neue Jobs für Sie gefunden. Hier sind die Top-Treffer:</p>
        <table width="100%" cellpadding="0" cellspacing="0">
        ROWS
        </table>
        <p style="margin:24px 0"><a href="https://www.stepstone.de/jobs/ux-designer/in-koeln?radius=30&amp;rltr=jobagent" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Alle 12 Jobs ansehen</a></p>
        <p style="font-size:13px;color:#555">Tipp: Unternehmen, die schnell einladen, antworten im Schnitt innerhalb von 5 Tagen. Mit einem vollständigen Profil werden Sie häufiger zum Vorstellungsgespräch eingeladen.</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#fafafa">Sie erhalten diese E-Mail, weil Sie einen Job-Agenten bei StepStone angelegt haben.
        <a href="https://www.stepstone.de/candidate/jobagent/unsubscribe?id=JA-4471902" style="color:#888">Job-Agent abbestellen</a> | <a href="https://www.stepstone.de/datenschutz" style="color:#888">Datenschutz</a><br>
        StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf</td></tr>
        </table></td></tr></table></body></html>
        """).replace("ROWS", rows)
    hs = [
        delivered(),
        rcv("mta41.mail.stepstone.de (mta41.mail.stepstone.de [185.184.10.41])", when, "Europe/Berlin"),
        ("From", addr("StepStone Job-Agent", "jobagent@stepstone.de")),
        ("To", ME),
        ("Subject", enc("12 neue Jobs für „UX Designer“ in Köln")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<20261014050312.JA-4471902.a71c@mail.stepstone.de>"),
        ("List-Unsubscribe", "<https://www.stepstone.de/candidate/jobagent/unsubscribe?id=JA-4471902>, <mailto:unsubscribe-ja@stepstone.de>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(hs, html(page))


@mail(N(25), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert (base64): 'Actively recruiting', 'Be an early applicant'; nothing scheduled")
def m25() -> bytes:
    when = "2026-09-28 16:41:05"
    body = t("""
        Your job alert for product designer in Cologne, North Rhine-Westphalia, Germany
        8 new jobs match your preferences.

        UX Designer (Live Ops UI)
        Grachtwerk Games
        Amsterdam, North Holland, Netherlands (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4029981137/?trackingId=q8Zr%2BxN5Q1m9vT0kFh3w2A%3D%3D

        Senior Product Designer
        Tandemly
        Berlin, Germany (Remote)
        Be an early applicant
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4031247790/?trackingId=Rk2a0vB8T9e1pL6cYq4s7g%3D%3D

        Product Designer - Checkout
        Kranhaus Commerce GmbH
        Cologne, North Rhine-Westphalia, Germany (On-site)
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4030664512/?trackingId=Wd7c1nF4Q2x8kJ0mTa5v3b%3D%3D

        UI Designer (m/w/d)
        Rheinbogen Verlagsgruppe
        Düsseldorf, North Rhine-Westphalia, Germany (Hybrid)
        Your profile matches this job
        View job: https://www.linkedin.com/comm/jobs/view/4029112078/?trackingId=Ht5s9qB2L0e6rV1xCz7n4k%3D%3D

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1857204411

        ----------------------------------------

        This email was intended for Merle Kaufmann (UX Designer & Frontend Developer)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job Alert emails.
        Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn is a registered
        business name of LinkedIn Ireland Unlimited Company. LinkedIn and the LinkedIn logo are
        registered trademarks of LinkedIn.
        """)
    hs = [
        delivered(),
        rcv("mailb-dc.linkedin.com (mailb-dc.linkedin.com [108.174.3.131])", when, "Europe/Berlin"),
        ("From", addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")),
        ("Reply-To", "jobalerts-noreply@linkedin.com"),
        ("To", TO),
        ("Subject", enc("“product designer”: Grachtwerk Games - UX Designer (Live Ops UI) and more")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<1147620331.2290417.1790606465118@lva1-app31094.prod.linkedin.com>"),
        ("X-LinkedIn-Class", "JOBS-TO-MBR"),
        ("X-LinkedIn-Template", "jobs_jymbii_digest"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert>"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(26), family="application_ack", lang="de", interview=False, company="Rheinfunk Mediengruppe",
      note="Personio receipt ('Eingangsbestätigung'); a future interview is only mentioned as a possibility")
def m26() -> bytes:
    when = "2026-02-16 19:44:51"
    body = t("""
        Sehr geehrte Frau Kaufmann,

        vielen Dank für Ihre Bewerbung als Senior UX Designer (m/w/d) Digitale Produkte und das damit
        verbundene Interesse an der Rheinfunk Mediengruppe.

        Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und
        melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen. Sollten Sie in die engere
        Auswahl kommen, laden wir Sie gern zu einem persönlichen Gespräch ein.

        Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit hier einsehen:
        https://rheinfunk-medien.jobs.personio.de/application/status?token=c2b7f1a0e94d

        Mit freundlichen Grüßen

        Ihr People & Culture Team
        Rheinfunk Mediengruppe GmbH

        ---
        Diese Nachricht wurde über Personio versendet. Informationen zum Datenschutz finden Sie unter
        https://rheinfunk-medien.jobs.personio.de/privacy-policy
        """)
    hs = [
        delivered(),
        rcv("mail-eu-central-1a.personio.de (mail-eu-central-1a.personio.de [3.124.18.76])", when, "Europe/Berlin"),
        ("From", addr("Rheinfunk Mediengruppe GmbH", "noreply@personio.de")),
        ("To", TO),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Senior UX Designer (m/w/d) Digitale Produkte")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<20260216184451.9e21b7c04d6a.recruiting@personio.de>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(27), family="application_ack", lang="en", interview=False, company="Larkspur & Vine",
      note="Workday 'Thank you for applying' receipt; next steps described only in general terms")
def m27() -> bytes:
    when = "2026-02-24 11:30:47"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#333333">
        <table width="600" align="center" cellpadding="0" cellspacing="0" border="0">
        <tr><td style="padding:20px 30px;background:#2e3b4e;color:#ffffff;font-size:20px">Larkspur &amp; Vine Careers</td></tr>
        <tr><td style="padding:30px;line-height:20px">
        <p>Dear Merle,</p>
        <p>Thank you for applying for the <b>Senior Product Designer, Checkout (Remote - EMEA)</b> position (R-10482) at Larkspur &amp; Vine. We have received your application and our Talent Acquisition team is reviewing your qualifications.</p>
        <p>If your background is a fit for the role, a member of our recruiting team will reach out to discuss next steps, which typically include a recruiter screen and interviews with the hiring team. Due to the volume of applications we receive, this may take a few weeks.</p>
        <p>You can check the status of your application by signing in to your <a href="https://larkspurvine.wd5.myworkdayjobs.com/en-US/LarkspurCareers/userHome">candidate home</a>.</p>
        <p>Thank you again for your interest in Larkspur &amp; Vine.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Larkspur &amp; Vine, Inc.</p>
        </td></tr>
        <tr><td style="padding:15px 30px;font-size:11px;color:#999999">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></body></html>
        """)
    hs = [
        delivered(),
        rcv("wd5-mta-01.myworkday.com (wd5-mta-01.myworkday.com [209.177.165.60])", when, "America/New_York", lag=4),
        ("From", addr("Larkspur & Vine", "larkspurvine@myworkday.com")),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", "Thank you for applying to Larkspur & Vine"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<771204958.10233.1771950647902@wd5-prvt-bg-email01.myworkday.com>"),
    ]
    return message(hs, html(page))


@mail(N(28), family="rejection", lang="de", interview=False, company="Nordrhein Assekuranz",
      days=(("Wed", "2026-04-22"),),
      note="softgarden rejection after the interview; names the past interview date only")
def m28() -> bytes:
    when = "2026-05-07 14:05:33"
    body = t("""
        Sehr geehrte Frau Kaufmann,

        nochmals herzlichen Dank für das offene und angenehme Gespräch am Mittwoch, 22.04.2026, und für
        die Zeit, die Sie sich für uns genommen haben.

        Nach sorgfältiger Abwägung haben wir uns entschieden, die Position UX/UI Designer (w/m/d)
        Kundenportal mit einer Kandidatin zu besetzen, deren Erfahrung im Versicherungsumfeld noch
        etwas besser zu den aktuellen Anforderungen passt. Diese Entscheidung ist uns nicht leicht
        gefallen.

        Gern würden wir Ihre Unterlagen für weitere passende Vakanzen in unserem Talentpool
        aufbewahren. Ihre Zustimmung dazu können Sie in Ihrem Kandidatenprofil geben:
        https://nordrhein-assekuranz.softgarden.io/de/candidate/talentpool?token=Q2FuZC03NzE5MjA0

        Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

        Mit freundlichen Grüßen
        Sabine Kühl
        Recruiting
        Nordrhein Assekuranz AG

        --
        Nordrhein Assekuranz AG · Kaiserswerther Straße 120 · 40474 Düsseldorf
        Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht an diese Adresse.
        """)
    hs = [
        delivered(),
        rcv("out-11.mailer.softgarden.io (out-11.mailer.softgarden.io [94.130.66.211])", when, "Europe/Berlin"),
        ("From", addr("Nordrhein Assekuranz AG", "no-reply@softgarden.io")),
        ("To", TO),
        ("Subject", enc("Ihre Bewerbung als UX/UI Designer (w/m/d) Kundenportal")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<3e90c5d1-74ab-4f2e-8b06-a1d9c2e7f453@softgarden.io>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(29), family="offer", lang="de", interview=False, company="Kessenich Digital",
      days=(("Mon", "2026-12-21"),),
      note="Offer letter (Vertragsangebot, PDF attached) with a reply deadline and a start date; no appointment")
def m29() -> bytes:
    when = "2026-12-14 16:20:08"
    body = t("""
        Sehr geehrte Frau Kaufmann,

        wir freuen uns sehr, Ihnen nach den Gesprächen der vergangenen Wochen die Position als
        Senior UX Designerin im Bereich Digitale Services anbieten zu können!

        Anbei erhalten Sie unser Vertragsangebot. Die wichtigsten Eckdaten vorab:

        - Eintritt: 1. März 2027 (früher gern nach Absprache)
        - Arbeitsort: Bonn, mobiles Arbeiten bis zu 60 %
        - Jahresbruttogehalt: 72.000 € zzgl. variabler Vergütung
        - 30 Tage Urlaub, Jobticket, betriebliche Altersvorsorge

        Bitte senden Sie uns ein unterschriebenes Exemplar bis Montag, 21.12.2026, zurück – gern
        vorab als Scan an mich. Wenn Sie vorher noch Fragen haben, rufen Sie mich jederzeit an.

        Herr Dr. Peiffer lässt herzlich grüßen und freut sich schon auf die Zusammenarbeit.

        Mit freundlichen Grüßen

        i. A. Ute Schallenberg
        Personalreferentin

        Kessenich Digital AG
        Godesberger Allee 139 · 53175 Bonn
        Telefon: 0228 9917-442
        """)
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] "
           b"/Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Vertragsangebot_Kaufmann.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Vertragsangebot_Kaufmann.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = [
        delivered(),
        rcv("mailout2.kessenich-digital.de (mailout2.kessenich-digital.de [193.17.244.52])", when, "Europe/Berlin"),
        ("From", addr("Schallenberg, Ute", "ute.schallenberg@kessenich-digital.de")),
        ("To", addr("Merle Kaufmann", "merle.kaufmann@example.com")),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"merle.kaufmann@example.com {ME}"),
        ("Subject", "Ihr Vertragsangebot - Kessenich Digital AG"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<7C2A91E4F03B4D5E8A61C0D2B9E4F7A3@EXCH02.kessenich.local>"),
        ("Importance", "Normal"),
    ]
    return message(hs, mixed(text(body, charset="windows-1252"), att))


@mail(N(30), family="recruiter_outreach", lang="de", interview=False, company="Domblick Personalberatung",
      note="XING message notification: agency recruiter asks when she has time for a call; nothing fixed")
def m30() -> bytes:
    when = "2026-04-28 09:12:40"
    body = t("""
        Hallo Merle Kaufmann,

        Melanie Frings hat Ihnen eine neue Nachricht geschickt:

        „Guten Tag Frau Kaufmann,

        Ihr Profil ist mir bei der Suche nach einer/einem Senior UX Designer:in für einen Kunden
        aufgefallen – ein etabliertes Medienhaus in Köln, das gerade seine Streaming- und
        Nachrichten-Apps neu aufstellt. Festanstellung, hybrid, sehr nettes Team.

        Hätten Sie in den nächsten Tagen Zeit für ein kurzes, unverbindliches Telefonat (ca. 15
        Minuten)? Ich könnte z. B. Donnerstagnachmittag oder Freitagvormittag – sagen Sie mir einfach,
        was Ihnen passt.

        Viele Grüße
        Melanie Frings
        Domblick Personalberatung“

        Nachricht beantworten: https://www.xing.com/chats/5c2e1b7a-90df-4e3a-8f61-d2a7c4b9e018

        Sie erhalten diese E-Mail, weil Sie Benachrichtigungen über neue Nachrichten aktiviert haben.
        Einstellungen ändern: https://www.xing.com/settings/notifications
        New Work SE · Am Strandkai 1 · 20457 Hamburg
        """)
    hs = [
        delivered(),
        rcv("mail-out-3.xing.com (mail-out-3.xing.com [213.61.150.67])", when, "Europe/Berlin"),
        ("From", addr("XING", "mailrobot@mail.xing.com")),
        ("To", TO),
        ("Subject", enc("Melanie Frings hat Ihnen eine Nachricht geschickt")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<msg.notification.5c2e1b7a90df.1777360360@mail.xing.com>"),
        ("X-XING-Mailtype", "message_notification"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives, 31-40


@mail(N(31), family="recruiter_outreach", lang="en", interview=False, company="Copperline Talent",
      note="LinkedIn InMail notification: agency recruiter proposes a chat and links her own Calendly; nothing booked")
def m31() -> bytes:
    when = "2026-07-22 14:27:19"
    body = t("""
        Jordan Whitfield sent you a new message

        Jordan Whitfield
        Senior Talent Partner at Copperline Talent | Design & Product Hiring, EMEA

        Hi Merle - hope you're well! I'm partnering with a fast-growing US e-commerce brand (Series C,
        fully remote, EU contracts possible) on a Senior Product Designer hire, and your checkout and
        design-system work really stood out.

        Would you be open to a quick 20-min intro chat next week? No prep needed. If it's easier, feel
        free to grab any slot that suits you here: https://calendly.com/jwhitfield-copperline/20min

        Cheers,
        Jordan

        Reply: https://www.linkedin.com/comm/messaging/thread/2-ZTkwYzQ3NmEtMmQ5Yy00ZTFh/

        ----------------------------------------
        This email was intended for Merle Kaufmann (UX Designer & Frontend Developer)
        You are receiving InMail notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    hs = [
        delivered(),
        rcv("mailb-ec.linkedin.com (mailb-ec.linkedin.com [108.174.3.140])", when, "Europe/Berlin"),
        ("From", addr("Jordan Whitfield via LinkedIn", "inmail-hit-reply@linkedin.com")),
        ("To", TO),
        ("Subject", "Senior Product Designer (remote, US e-commerce) - quick chat?"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<402118763.3117025.1784723239558@lva1-app48120.prod.linkedin.com>"),
        ("X-LinkedIn-Class", "INMAIL"),
        ("X-LinkedIn-Template", "email_inmail_new_message"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="scheduling_link", lang="en", interview=False, company="Grachtwerk Games",
      days=(("Mon", "2026-10-26"), ("Fri", "2026-10-30")),
      note="Greenhouse self-scheduling request: she still has to pick a time in a window; nothing booked yet")
def m32() -> bytes:
    when = "2026-10-19 10:05:41"
    body = t("""
        Hi Merle,

        Great news - the team would love to meet you for the next step for the UX Designer (Live Ops
        UI) role!

        Please use the link below to select a time for your 60-minute video interview with Sander
        Visser (Lead UX Designer) and Ilse Bakker (Product Owner, Live Ops). Available times are
        between Monday, October 26 and Friday, October 30.

        Select your interview time:
        https://app.greenhouse.io/scheduler/self_schedule/9Xw3Kp7RtYq2mLz8Vb4NcQ

        Once you've picked a slot, you'll receive a confirmation with the calendar invite.

        If none of the times work for you, just reply to this email and we'll figure something out.

        Cheers,
        Femke de Ruiter
        Talent Partner, Grachtwerk Games
        """)
    hs = [
        delivered(),
        rcv("o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.104.12])", when, "Europe/Amsterdam"),
        ("From", addr("Grachtwerk Games", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Femke de Ruiter", "femke.deruiter@grachtwerk.games")),
        ("To", TO),
        ("Subject", "Please select a time for your interview with Grachtwerk Games"),
        ("Date", date(when, "Europe/Amsterdam")),
        ("Message-ID", "<Hq0mT4aRWsu8Lk2cYp9Fzg@geopod-ismtpd-2>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(33), family="slot_proposal", lang="de", interview=False, company="Domhof Versicherung",
      days=(("Wed", "2026-03-25"), ("Fri", "2026-03-27")),
      note="HR proposes three interview slots and asks her to choose; nothing agreed in this mail")
def m33() -> bytes:
    when = "2026-03-19 11:40:26"
    body = t("""
        Sehr geehrte Frau Kaufmann,

        vielen Dank für Ihre Bewerbung als UX Designer (w/m/d) Digital Sales. Ihr Profil hat uns
        überzeugt, und wir würden Sie gern persönlich kennenlernen.

        Für ein etwa einstündiges Gespräch mit Herrn Dr. Brauckmann (Leiter Digital Sales) und mir
        kann ich Ihnen folgende Termine anbieten:

        - Mittwoch, 25.03., 14:00 Uhr
        - Freitag, 27.03., 10:00 Uhr
        - Freitag, 27.03., 13:30 Uhr

        Bitte teilen Sie mir kurz mit, welcher Termin Ihnen am besten passt. Die Einladung erhalten Sie
        anschließend über unser Bewerbermanagementsystem. Sollte keiner der Termine möglich sein,
        finden wir gern eine Alternative.

        Mit freundlichen Grüßen

        Sandra Wiemers
        HR Business Partner
        Domhof Versicherung AG
        Konrad-Adenauer-Ufer 9 | 50668 Köln
        Telefon +49 221 8806-1734
        sandra.wiemers@domhof-versicherung.de
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body lang=\"DE\"><div class=\"WordSection1\">\n"
            + "\n".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>" for line in body.split("\n"))
            + "\n</div></body></html>\n")
    hs = [
        delivered(),
        rcv("EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2095.outbound.protection.outlook.com [40.107.14.95])",
            when, "Europe/Berlin"),
        ("From", addr("Wiemers, Sandra", "sandra.wiemers@domhof-versicherung.de")),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", enc("Ihre Bewerbung als UX Designer (w/m/d) Digital Sales - Terminvorschläge")),
        ("Thread-Topic", enc("Ihre Bewerbung als UX Designer (w/m/d) Digital Sales - Terminvorschläge")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<DB9PR02MB7258F0A1B2C3D4E5F6A7B8C9D0E1F2A3@DB9PR02MB7258.eurprd02.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(N(34), family="take_home", lang="de", interview=False, company="Pixelhain Studios",
      days=(("Mon", "2026-02-23"),),
      note="Take-home design task with a submission deadline; the presentation date is still to be agreed")
def m34() -> bytes:
    when = "2026-02-13 17:15:02"
    body = t("""
        Hi Merle,

        danke nochmal für gestern, das Portfolio Review hat uns allen echt Spaß gemacht! Wie
        angekündigt kommt hier der nächste Schritt: eine kleine Design-Aufgabe.

        Die Aufgabe:
        Gestalte den Onboarding-Flow für unser neues Koop-Spiel „Moorlicht“ (Mobile, Hochformat) –
        vom ersten Start bis zum ersten Match mit Freund:innen. Alles Nötige (Briefing, Personas,
        Screenshots vom aktuellen Stand) liegt im Drive-Ordner:
        https://drive.google.com/drive/folders/1qZp8Ks3VtX0mWb7Lr4Nc2Hy6Dj9Fe5Ga

        Bitte nicht mehr als 6-8 Stunden reinstecken, Skizzen und Wireframes reichen völlig.

        Abgabe bis Montag, 23.02., 12 Uhr – einfach als Link (Figma o. ä.) per Antwort auf diese Mail.

        Danach würden wir dich gern zur Präsentation einladen, den Termin machen wir dann aus.

        Viel Spaß und bei Fragen jederzeit melden!
        Jonas

        --
        Jonas Brückner
        Design Lead | Pixelhain Studios GmbH
        Im Mediapark 6 · 50670 Köln
        """)
    hs = [
        delivered(),
        rcv("mail-wm1-f49.google.com (mail-wm1-f49.google.com [209.85.128.49])", when, "Europe/Berlin"),
        ("MIME-Version", "1.0"),
        ("References", "<calendar-3e0c7a51-9b24-4f6d-8c1e-7a9d2b5f0e43@google.com>"),
        ("From", addr("Jonas Brückner", "jonas.brueckner@pixelhain.de")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<CAN4xP7c=Qe8sW2yHbT0kLr5Vm1Zf9Ja3oGu6dNq2iXp8cR4E7w@mail.gmail.com>"),
        ("Subject", enc("Design-Aufgabe für dich – Pixelhain")),
        ("To", TO),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(N(35), family="assessment", lang="en", interview=False, company="Brightlark Labs",
      note="CodeSignal assessment invitation: an expiry deadline ('Oct 20, 2026 at 11:59 PM EDT'), self-paced, not "
           "an interview")
def m35() -> bytes:
    when = "2026-10-15 09:18:44"
    body = t("""
        Hi Merle,

        Brightlark Labs has invited you to take the following assessment:

        Frontend Engineering Assessment (UI & Accessibility)
        Duration: 90 minutes once started
        Expires: Oct 20, 2026 at 11:59 PM EDT

        This assessment is part of your application for Senior Product Designer (Design Engineering).
        You can take it at any time before it expires. Once you begin, the timer cannot be paused,
        so make sure you have a quiet place and a stable connection.

        Start assessment: https://app.codesignal.com/assessments/invite/kz3N7fQp2WcR8xYv

        Tips:
        - Try the practice question first to get familiar with the IDE.
        - You may use any documentation, but not AI assistants or other people.

        Good luck!
        The CodeSignal team, on behalf of Brightlark Labs

        CodeSignal, Inc. · 548 Market St #45917 · San Francisco, CA 94104
        """)
    hs = [
        delivered(),
        rcv("o7.sg.codesignal.com (o7.sg.codesignal.com [168.245.70.17])", when, "America/New_York", lag=3),
        ("From", addr("CodeSignal", "no-reply@codesignal.com")),
        ("Reply-To", "support@codesignal.com"),
        ("To", ME),
        ("Subject", "Brightlark Labs invited you to take an assessment"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<7Rk0vQwZTy2mXc9bN4sFpA@geopod-ismtpd-15>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(36), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Doctolib dentist appointment confirmation with a fixed time; not an interview")
def m36() -> bytes:
    when = "2026-12-02 08:31:57"
    body = t("""
        Ihr Termin ist bestätigt

        Hallo Merle Kaufmann,

        Ihr Termin wurde erfolgreich gebucht.

        Do., 10.12. um 10:30 Uhr
        Professionelle Zahnreinigung (PZR)
        Zahnarztpraxis Dr. Yilmaz & Kollegen
        Neusser Straße 318, 50733 Köln

        Bitte bringen Sie Ihre Versichertenkarte mit. Die PZR dauert ca. 45 Minuten und ist eine
        Privatleistung.

        Termin zum Kalender hinzufügen: https://www.doctolib.de/appointments/2298471156/ical
        Termin verwalten: https://www.doctolib.de/account/appointments

        Sie können den Termin bis 24 Stunden vorher kostenlos absagen.

        Ihr Doctolib-Team
        Doctolib GmbH, Mehringdamm 51, 10961 Berlin
        """)
    hs = [
        delivered(),
        rcv("mail13.doctolib.de (mail13.doctolib.de [185.48.32.113])", when, "Europe/Berlin"),
        ("From", addr("Doctolib", "no-reply@doctolib.de")),
        ("To", ME),
        ("Subject", enc("Ihr Termin am Do., 10.12. um 10:30 Uhr ist bestätigt")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<656ae0bd3c5f1_2b4f19a8c6e24@doctolib-mailer-5c7d9f.mail>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(37), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Freelance client's recurring Exchange 1:1 / Jour fixe (RRULE weekly); a work meeting, not an interview")
def m37() -> bytes:
    when = "2026-04-02 13:07:15"
    body = t("""
        Wann: Wöchentlich am Dienstag ab 07.04.2026 bis 30.06.2026 09:30-10:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Hi Merle,

        wie besprochen unser wöchentlicher Jour fixe für die Laufzeit deines Auftrags: Sprint-Stand,
        offene Designfragen, Abstimmung mit der IT. Wenn's mal nicht passt, einfach verschieben.

        Grüße
        Tobias

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTdkY2Y0ZmEtMjk1Yi00ZGY2LWE4NTEtNmQxOWYyYmE3YzEw%40thread.v2/0>
        Besprechungs-ID: 329 004 118 725
        Kennung: 8uQe4n
        ________________________________________________________________________________
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Lenzen, Tobias\":mailto:tobias.lenzen@veedel-energie.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Merle Kaufmann (extern):mailto:merle.kaufmann@example.org",
        "DESCRIPTION;LANGUAGE=de-DE:Hi Merle\\,\\n\\nwie besprochen unser wöchentlicher Jour fixe für die Laufzeit deines Auftrags.\\n",
        "RRULE:FREQ=WEEKLY;UNTIL=20260630T073000Z;INTERVAL=1;BYDAY=TU;WKST=MO",
        "UID:040000008200E00074C5B7101A82E00800000000F08E1C4B92C2DC01000000000000000010000000C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5",
        "SUMMARY;LANGUAGE=de-DE:1:1 Merle / Tobias (Jour fixe Kundenportal)",
        "DTSTART;TZID=W. Europe Standard Time:20260407T093000",
        "DTEND;TZID=W. Europe Standard Time:20260407T100000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260402T110715Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:1",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = [
        delivered(),
        rcv("EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2130.outbound.protection.outlook.com [40.107.22.130])",
            when, "Europe/Berlin"),
        ("From", addr("Lenzen, Tobias", "tobias.lenzen@veedel-energie.de")),
        ("To", addr("Merle Kaufmann (extern)", ME)),
        ("Subject", "1:1 Merle / Tobias (Jour fixe Kundenportal)"),
        ("Thread-Topic", "1:1 Merle / Tobias (Jour fixe Kundenportal)"),
        ("Thread-Index", "AdrK7c0oF4tX9jQeT1e4N2pZ5bJ8yg=="),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<AS8PR03MB6920D1E2F3A4B5C6D7E8F9A0B1C2D3E4@AS8PR03MB6920.eurprd03.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(38), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="ImmoScout24 apartment viewing confirmed for a fixed time ('Besichtigungstermin'); not an interview")
def m38() -> bytes:
    when = "2026-09-14 20:13:38"
    body = t("""
        Ihr Besichtigungstermin ist bestätigt

        Hallo Frau Kaufmann,

        der Anbieter hat Ihren Besichtigungstermin bestätigt:

        Samstag, 19.09.2026, 11:30 - 11:45 Uhr
        Helle 2-Zimmer-Altbauwohnung mit Balkon, 58 m²
        Gutenbergstraße 71, 50823 Köln (Ehrenfeld)

        Anbieter: Hausverwaltung Sürth & Söhne GmbH, Ansprechpartner Herr Wallraff
        Hinweis vom Anbieter: „Bitte klingeln Sie bei Wallraff (Hausmeister), 3. OG links. Bitte
        Selbstauskunft und die letzten drei Gehaltsnachweise mitbringen.“

        Termin absagen: https://www.immobilienscout24.de/besichtigung/absagen/148822907
        Zum Exposé: https://www.immobilienscout24.de/expose/148822907

        Viel Erfolg bei der Wohnungssuche!
        Ihr ImmoScout24-Team

        Immobilien Scout GmbH · Invalidenstraße 65 · 10557 Berlin
        """)
    hs = [
        delivered(),
        rcv("mx-out-2.immobilienscout24.de (mx-out-2.immobilienscout24.de [185.5.208.32])", when, "Europe/Berlin"),
        ("From", addr("ImmoScout24", "noreply@immobilienscout24.de")),
        ("To", ME),
        ("Subject", enc("Besichtigungstermin bestätigt: Sa., 19.09., 11:30 Uhr – Gutenbergstraße 71")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<besichtigung.148822907.1789409618@immobilienscout24.de>"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(39), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-05-07"),),
      note="Meetup RSVP for a UX research night titled 'Interviewing users...'; a confirmed event, not a job "
           "interview")
def m39() -> bytes:
    when = "2026-05-05 12:46:09"
    body = t("""
        You're going!

        UX Cologne
        Research Night #31: Interviewing users without leading them

        Thursday, May 7, 2026
        7:00 PM to 9:30 PM CEST

        Startplatz, Im Mediapark 5, Köln

        Three short talks on user interviews in practice (recruiting participants, avoiding leading
        questions, synthesising with your team), then drinks. Hosted by Lumen Research & the UX
        Cologne organisers.

        Add to calendar: https://www.meetup.com/ux-cologne/events/300981276/ics/
        See event: https://www.meetup.com/ux-cologne/events/300981276/

        Can't make it? Update your RSVP so someone on the waitlist can go.

        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        Unsubscribe from RSVP confirmations: https://www.meetup.com/account/comm/
        """)
    hs = [
        delivered(),
        rcv("o2.email.meetup.com (o2.email.meetup.com [167.89.83.101])", when, "America/New_York"),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", ME),
        ("Subject", "You're going to Research Night #31: Interviewing users without leading them"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<UvQ4c8Ztx2kA0rGm7HfPjw@geopod-ismtpd-9>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(40), family="marketing_webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-08-11"),),
      note="Zoom webinar registration 'Das Vorstellungsgespräch meistern' with ICS; a confirmed time but a "
           "webinar, not her interview")
def m40() -> bytes:
    when = "2026-08-07 10:02:55"
    body = t("""
        Hallo Merle,

        vielen Dank für Ihre Anmeldung zum Live-Webinar

        „Das Vorstellungsgespräch meistern – Fragen, Gehalt, Gegenfragen“

        Datum und Uhrzeit: Di., 11.08.2026, 18:00 – 19:00 Uhr (MESZ)
        Referentin: Carolin Esser, Karrierecoach & Recruiterin (15 Jahre HR-Erfahrung)

        Bitte klicken Sie zum Beitreten auf den folgenden Link:
        https://us06web.zoom.us/w/88403311592?tk=Xa8Z1bQy7rNp0c2K

        Passcode: 4411

        Zum Kalender hinzufügen: im Anhang finden Sie eine .ics-Datei.

        Sie können sich hier jederzeit abmelden:
        https://us06web.zoom.us/webinar/cancel?id=88403311592&tk=Xa8Z1bQy7rNp0c2K

        Ihr Team von karriereforum.de
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//zoom.us//iCalendar Event//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "DTSTAMP:20260807T080255Z",
        "DTSTART;TZID=Europe/Berlin:20260811T180000",
        "DTEND;TZID=Europe/Berlin:20260811T190000",
        "SUMMARY:Webinar: Das Vorstellungsgespräch meistern",
        "UID:20260807T080255Z-88403311592@fe80:0:0:0:1c4:5aff:fe2e:7a1%ens5",
        "DESCRIPTION:Live-Webinar mit Carolin Esser\\nBeitreten: https://us06web.zoom.us/w/88403311592?tk=Xa8Z1bQy7rNp0c2K\\nPasscode: 4411",
        "LOCATION:https://us06web.zoom.us/w/88403311592?tk=Xa8Z1bQy7rNp0c2K",
        "BEGIN:VALARM",
        "TRIGGER:-PT10M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = [
        delivered(),
        rcv("mail-out-25.zoom.us (mail-out-25.zoom.us [170.114.52.25])", when, "Europe/Berlin"),
        ("From", addr("karriereforum.de Webinare", "no-reply@zoom.us")),
        ("Reply-To", "webinare@karriereforum.de"),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", enc("Bestätigung: Das Vorstellungsgespräch meistern – Fragen, Gehalt, Gegenfragen")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<1f4e0a7b-c2d9-4e31-8b55-a09d3c7e6f12@zoom.us>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, cte="base64", filename="Webinar.ics",
                                      disposition="attachment", name_param=True)))


# =========================================================================== negatives, 41-50


@mail(N(41), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-03-05"), ("Tue", "2026-03-10")),
      note="Career coach confirms a mock interview (Probeinterview) at a fixed time, to prepare for her real "
           "interview on 10.3. (date only, no time, not a confirmation of it); not a job interview")
def m41() -> bytes:
    when = "2026-03-02 19:26:40"
    body = t("""
        Liebe Frau Kaufmann,

        wie heute am Telefon vereinbart, bestätige ich Ihnen unseren Termin für das Probeinterview:

        Donnerstag, 5. März, 17:00 bis 18:30 Uhr
        per Zoom: https://us02web.zoom.us/j/81207741365 (Kenncode: 050326)

        Wir spielen das Gespräch bei der Rheinfunk Mediengruppe am Dienstag, 10.3. so realistisch wie
        möglich durch: ich übernehme die Rolle der Personalerin, mein Kollege Herr Okafor die des
        Fachbereichs. Danach gibt es ausführliches Feedback, auch zu Ihrer Portfolio-Präsentation.

        Bitte halten Sie die Stellenanzeige und Ihre Präsentation bereit. Die Sitzung ist Teil Ihres
        Coaching-Pakets (Sitzung 3 von 5), es entstehen keine zusätzlichen Kosten.

        Herzliche Grüße
        Birgit Lenz

        Birgit Lenz · Karriere- & Bewerbungscoaching
        Aachener Straße 220 · 50931 Köln
        www.lenz-karrierecoaching.de
        """)
    hs = [
        delivered(),
        rcv("mout-kundenserver.de (mout-kundenserver.de [212.227.126.187])", when, "Europe/Berlin"),
        ("From", addr("Birgit Lenz", "birgit@lenz-karrierecoaching.de")),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", enc("Terminbestätigung Probeinterview am Do., 5.3., 17 Uhr")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<0a91e27c-5d84-3f6b-b2c1-e8f40d7a9c35@lenz-karrierecoaching.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(hs, text(body, cte="8bit"))


@mail(N(42), family="podcast", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Design podcast confirms a recording ('Interview' about accessibility) at a fixed time; press/podcast, "
           "not a job interview")
def m42() -> bytes:
    when = "2026-10-08 21:54:03"
    body = t("""
        Hey Merle,

        mega, dass du Lust hast! Dann steht die Aufnahme: Mi., 14.10., 19 Uhr, remote über Riverside.
        Link: https://riverside.fm/studio/pixel-und-pommes?t=9b3c7e

        Plan fürs Interview (ca. 45 Min, wir schneiden hinterher):
        1. Wie bist du vom Frontend ins UX gekommen?
        2. Barrierefreiheit in Streaming-Apps – was du beim Fan-App-Projekt gelernt hast
        3. Dein Tipp für Leute, die gerade anfangen

        Technik: Kopfhörer + externes Mikro wär super, Laptop-Mikro geht zur Not auch. Riverside läuft
        am besten in Chrome.

        Die Folge erscheint dann voraussichtlich Anfang November.

        Bis Mittwoch & danke dir!
        Timo

        --
        Pixel & Pommes – der Design-Podcast aus dem Rheinland
        https://pixelundpommes.de
        """)
    hs = [
        delivered(),
        rcv("mail-ed1-f53.google.com (mail-ed1-f53.google.com [209.85.208.53])", when, "Europe/Berlin"),
        ("MIME-Version", "1.0"),
        ("From", addr("Timo Hackenberg", "timo@pixelundpommes.de")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<CAB9vT3n=Qp1xK7rWc0eL4mZa8Ys2Hd5uFj6gNo3iVb7tR9sE2q@mail.gmail.com>"),
        ("Subject", "Re: Pixel & Pommes - Interview zu Accessibility?"),
        ("To", TO),
        ("In-Reply-To", "<B7D1F3A9-2E40-4C8B-9F6A-0D5E3C1B7A82@example.org>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(N(43), family="user_research", lang="en", interview=False, company=None,
      days=(("Thu", "2026-07-16"),),
      note="Calendly host notification: a study participant booked a 'User Interview' with her (she is the "
           "researcher); not her job interview")
def m43() -> bytes:
    when = "2026-07-10 11:19:27"
    body = t("""
        Hi Merle Kaufmann,

        A new event has been scheduled.

        Event Type:
        User Interview: Kundenportal (45 min)

        Invitee:
        Anna Meier

        Invitee Email:
        anna.meier84@example.net

        Event Date/Time:
        14:00 - Thursday, 16 July 2026 (Central European Summer Time)

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/84330951216

        Invitee Time Zone:
        Central European Summer Time

        Questions:
        Wie oft nutzen Sie das Kundenportal Ihres Energieversorgers?
        Ein paar Mal im Jahr, meistens wegen der Abschlagszahlung.

        Dürfen wir das Gespräch für interne Auswertungszwecke aufzeichnen?
        Ja

        View event in Calendly: https://calendly.com/scheduled_events/9a2f51c7-84e0-4b3d-a61f-0c7d2e5b8f93

        Pro Tip! Take Calendly anywhere you work with our browser extension.

        Sent from Calendly
        """)
    hs = [
        delivered(),
        rcv("o1.ptr4127.calendly.com (o1.ptr4127.calendly.com [149.72.163.58])", when, "Europe/Berlin"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Anna Meier", "anna.meier84@example.net")),
        ("To", ME),
        ("Subject", "New Event: Anna Meier - 14:00 Thu, 16 Jul 2026 - User Interview: Kundenportal (45 min)"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<c8Lw2pKq0TfYs5vJ7mXa3g@geopod-ismtpd-3>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(44), family="interviewer_side", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Google Calendar invitation 'Interview Junior UX Designer – Jonas Weber': she is asked to sit on the "
           "interviewing side at the agency she now freelances for; not her own job interview")
def m44() -> bytes:
    when = "2026-09-23 14:37:52"
    title = "Interview Junior UX Designer – Jonas Weber"
    body = t(f"""
        Sie wurden zu folgendem Termin eingeladen.

        {title}
        Dienstag, 29. September 2026⋅14:00 – 15:00
        Mitteleuropäische Sommerzeit - Berlin

        Standort
        Büdchen Digital, Venloer Str. 241, 50823 Köln – Besprechungsraum „Kiosk“

        Merle, magst du als zweite Designerin mit reinsetzen? Du übernimmst den Portfolio-Teil
        (ca. 20 Min), ich mach Intro + Fragen zum Team. CV und Mappe von Jonas liegen im Drive unter
        Recruiting/2026/Junior UX. Danke dir! – Sina

        Organisator
        Sina Lorenz
        sina@buedchen-digital.de

        Gäste
        Sina Lorenz - Organisator
        merle.kaufmann@example.org
        kalle@buedchen-digital.de

        Antworten für merle.kaufmann@example.org: Ja https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4bGpxN3Z0ZTB3OGFyNWNoZjFtbjJ4dWs&rst=1
        Nein https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4bGpxN3Z0ZTB3OGFyNWNoZjFtbjJ4dWs&rst=2
        Vielleicht https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4bGpxN3Z0ZTB3OGFyNWNoZjFtbjJ4dWs&rst=3

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie keine Aktualisierungen
        mehr für diesen Termin erhalten möchten, lehnen Sie ihn ab.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART:20260929T120000Z",
        "DTEND:20260929T130000Z",
        "DTSTAMP:20260923T123752Z",
        "ORGANIZER;CN=Sina Lorenz:mailto:sina@buedchen-digital.de",
        "UID:3k8ljq7vte0w8ar5chf1mn2xuk@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sina Lorenz;X-NUM-GUESTS=0:mailto:sina@buedchen-digital.de",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=merle.kaufmann@example.org;X-NUM-GUESTS=0:mailto:merle.kaufmann@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kalle@buedchen-digital.de;X-NUM-GUESTS=0:mailto:kalle@buedchen-digital.de",
        "CREATED:20260923T123750Z",
        "DESCRIPTION:Merle\\, magst du als zweite Designerin mit reinsetzen? Du übernimmst den Portfolio-Teil (ca. 20 Min)\\, ich mach Intro + Fragen zum Team. – Sina",
        "LAST-MODIFIED:20260923T123751Z",
        "LOCATION:Büdchen Digital\\, Venloer Str. 241\\, 50823 Köln – Besprechungsraum „Kiosk“",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        f"SUMMARY:{title}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = f"Einladung: {title} @ Di. 29. Sep. 2026 14:00 - 15:00 (MESZ) ({ME})"
    hs = [
        delivered(),
        rcv("mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])", when, "UTC", lag=1),
        ("From", addr("Sina Lorenz", "sina@buedchen-digital.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Sina Lorenz", "sina@buedchen-digital.de")),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-71c0e5b8-3d2a-4f96-b8e1-6a4c9d0f2e37@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(N(45), family="reference_check", lang="de", interview=False, company=None,
      note="Former boss (ISO-8859-15, 8bit) says he has the reference call with her prospective employer "
           "'morgen um 11'; a reference call about her, not her interview")
def m45() -> bytes:
    when = "2026-11-04 18:31:12"
    body = t("""
        Hi Merle,

        kurze Info: Hab morgen um 11 das Referenzgespräch mit der Femke von Grachtwerk, sie hat mich
        eben angeschrieben. Ich sag natürlich nur Gutes ;-) Gibt's irgendwas, das ich besonders
        betonen soll? Ich dachte an das Relaunch-Projekt für den Zoo und wie du damals das
        Designsystem aufgesetzt hast.

        Drück dir die Daumen, klingt nach einem tollen Laden!

        Achim

        --
        Achim Roggendorf
        Roggendorf Design · Agentur für digitale Produkte
        Zülpicher Str. 58 · 50674 Köln
        """)
    hs = [
        delivered(),
        rcv("smtp.roggendorf-design.de (smtp.roggendorf-design.de [80.237.133.44])", when, "Europe/Berlin"),
        ("From", addr("Achim Roggendorf", "achim@roggendorf-design.de")),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", enc("Referenzgespräch Grachtwerk")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<20261104173112.5e3b0c91@roggendorf-design.de>"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ]
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@mail(N(46), family="auto_reply", lang="de", interview=False, company="Domhof Versicherung",
      days=(("Mon", "2026-03-30"),),
      note="Exchange out-of-office auto-reply (windows-1252) to her reply about the rescheduled interview; subject "
           "quotes the interview, the body only gives the absence")
def m46() -> bytes:
    when = "2026-03-25 17:02:44"
    body = t("""
        Sehr geehrte Damen und Herren,

        vielen Dank für Ihre Nachricht. Ich bin am 26. und 27.03.2026 nicht im Büro und ab Montag,
        30.03., wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an unser Recruiting-Team unter
        recruiting@domhof-versicherung.de oder +49 221 8806-1700.

        Mit freundlichen Grüßen
        Sandra Wiemers
        HR Business Partner – Domhof Versicherung AG
        """)
    hs = [
        delivered(),
        rcv("EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2098.outbound.protection.outlook.com [40.107.14.98])",
            when, "Europe/Berlin"),
        ("From", addr("Wiemers, Sandra", "sandra.wiemers@domhof-versicherung.de")),
        ("To", addr("Merle Kaufmann", ME)),
        ("Subject", enc("Automatische Antwort: AW: Terminänderung: Vorstellungsgespräch UX Designer (w/m/d) Digital Sales")),
        ("Thread-Topic", enc("Terminänderung: Vorstellungsgespräch UX Designer (w/m/d) Digital Sales")),
        ("Thread-Index", "AQHbnl2xM0c4r1T8tUqXo9kz8vG2ZAAAAbcd"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<DB9PR02MB72580B3C5E7F91A2D4C6E8F0A1B3C5D7@DB9PR02MB7258.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", "<9E1C3A57-4B2D-4F60-8A7E-C5D3B1F0E9A2@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "sandra.wiemers@domhof-versicherung.de"),
        ("Content-Language", "de-DE"),
    ]
    return message(hs, text(body, charset="windows-1252"))


@mail(N(47), family="bounce", lang="de", interview=False, company=None,
      note="Delivery failure (multipart/report) of her own thank-you note after the interview, address typo; "
           "the returned message thanks for 'das Gespräch heute'")
def m47() -> bytes:
    when = "2026-11-10 17:44:08"
    sent = "2026-11-10 17:43:51"
    original = message([
        ("From", addr("Merle Kaufmann", ME)),
        ("To", "miriam.achterbreg@rheinbogen-verlag.de"),
        ("Subject", enc("Vielen Dank für das Gespräch")),
        ("Date", date(sent, "Europe/Berlin")),
        ("Message-ID", "<2F8B6D41-7C3E-4A95-B0D2-E1F4A6C8B3D7@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Liebe Frau Achterberg,

        vielen Dank für das angenehme Gespräch heute Nachmittag und die Zeit, die Sie, Herr Knops und
        Frau Yıldırım sich genommen haben. Der Einblick in die Abo-Produkte hat mich sehr neugierig
        gemacht, und ich würde mich freuen, Teil des Teams zu werden.

        Die angesprochenen Case-Study-Unterlagen zum Checkout-Relaunch finden Sie hier:
        https://merlekaufmann.design/cases/checkout

        Herzliche Grüße
        Merle Kaufmann
        """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx2.mailbox.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <miriam.achterbreg@rheinbogen-verlag.de>: host
            rheinbogenverlag-de.mail.protection.outlook.com[52.101.68.14] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            miriam.achterbreg@rheinbogen-verlag.de not found by SMTP address lookup
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.mailbox.example.org
        X-Postfix-Queue-ID: 4dC1A7E93B55F0
        X-Postfix-Sender: rfc822; merle.kaufmann@example.org
        Arrival-Date: Tue, 10 Nov 2026 17:43:52 +0100 (CET)

        Final-Recipient: rfc822; miriam.achterbreg@rheinbogen-verlag.de
        Original-Recipient: rfc822;miriam.achterbreg@rheinbogen-verlag.de
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; rheinbogenverlag-de.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            miriam.achterbreg@rheinbogen-verlag.de not found by SMTP address lookup
        """)
    report = make.multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                      status),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
        params="report-type=delivery-status")
    hs = [
        ("Return-Path", "<>"),
        delivered(),
        ("Received", "by mx2.mailbox.example.org (Postfix)\r\n id 6B0F2E41C7; Tue, 10 Nov 2026 17:44:08 +0100 (CET)"),
        ("Date", date(when, "Europe/Berlin")),
        ("From", "MAILER-DAEMON@mx2.mailbox.example.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", ME),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20261110164408.6B0F2E41C7@mx2.mailbox.example.org>"),
    ]
    return message(hs, report)


@mail(N(48), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Wed", "2026-06-24"),),
      note="Design-career newsletter about portfolio reviews and interviews, announces a live AMA; List-Unsubscribe")
def m48() -> bytes:
    when = "2026-06-20 08:00:00"
    body = t("""
        FORMFUNK KARRIERE-BRIEFING · Ausgabe 112

        Moin Merle,

        diese Woche dreht sich alles um den Moment, vor dem viele am meisten Respekt haben: das
        Vorstellungsgespräch als Designer:in.

        ▸ Portfolio-Review: Die 20-Minuten-Regel
        Warum zwei Cases mit Tiefe besser sind als sechs mit Glanz – und wie du deinen Prozess
        erzählst, ohne dich in Details zu verlieren.
        https://formfunk.de/karriere/portfolio-review-20-minuten?utm_source=briefing112

        ▸ „Haben Sie noch Fragen?“ – 7 Gegenfragen, die im Gespräch wirklich etwas verraten
        https://formfunk.de/karriere/gegenfragen?utm_source=briefing112

        ▸ Live-Design-Challenge vs. Take-Home: Was Unternehmen damit testen
        https://formfunk.de/karriere/design-challenge?utm_source=briefing112

        ▸ LIVE-AMA am Mittwoch, 24. Juni, 18 Uhr: Zwei Design-Leads aus Köln und Hamburg beantworten
        eure Fragen zum Bewerbungsprozess. Anmeldung: https://formfunk.de/ama

        Neue Jobs der Woche: 38 UX-/UI-Stellen im Rheinland → https://formfunk.de/jobs

        Bis nächsten Samstag!
        Dein Formfunk-Team

        Du bekommst diese Mail, weil du das Karriere-Briefing abonniert hast.
        Abmelden: https://formfunk.de/newsletter/abmelden?u=8f21c7a0
        Formfunk Medien UG (haftungsbeschränkt) · Brüsseler Str. 14 · 50674 Köln
        """)
    hs = [
        delivered(),
        rcv("mail183.sea91.mcsv.net (mail183.sea91.mcsv.net [205.201.133.183])", when, "Europe/Berlin", lag=7),
        ("From", addr("Formfunk Karriere-Briefing", "briefing@formfunk.de")),
        ("Reply-To", "redaktion@formfunk.de"),
        ("To", addr("Merle", ME)),
        ("Subject", enc("Portfolio-Review, Gegenfragen & ein Live-AMA – Karriere-Briefing #112")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<b6e1a0d5c9f8a3e27d41.0c2f9b7e18@mail183.sea91.mcsv.net>"),
        ("List-Unsubscribe", "<https://formfunk.de/newsletter/abmelden?u=8f21c7a0>, <mailto:unsubscribe-mc.us21_8f21c7a0@mailchimpapp.net>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", "Formfunk Karriere-Briefing <8f21c7a0d4e6b1.list-id.mcsv.net>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(49), family="interview_invite_no_time", lang="de", interview=False, company="Rheinbogen Verlagsgruppe",
      note="Invitation to a second interview, but the time is still to be arranged by the office manager "
           "('voraussichtlich in der KW 48'); nothing fixed")
def m49() -> bytes:
    when = "2026-11-16 10:22:17"
    body = t("""
        Liebe Frau Kaufmann,

        noch einmal herzlichen Dank für das schöne Gespräch am vergangenen Dienstag – wir haben uns
        im Nachgang sehr ausführlich ausgetauscht und möchten Sie gern zu einem zweiten Gespräch vor
        Ort in Düsseldorf einladen. Dabei lernen Sie auch unsere Geschäftsführerin Frau Dr. Ostendorf
        und das Team der Abo-Produkte kennen.

        Frau Gerdes aus unserem Office-Management meldet sich in den nächsten Tagen bei Ihnen, um
        einen Termin abzustimmen, voraussichtlich in der KW 48. Planen Sie bitte etwa einen halben Tag
        ein.

        Ich freue mich auf das Wiedersehen!

        Herzliche Grüße aus dem Medienhafen
        Miriam Achterberg

        Dr. Miriam Achterberg
        Personalentwicklung & Recruiting
        Rheinbogen Verlagsgruppe GmbH & Co. KG
        Zollhof 11 | 40221 Düsseldorf
        T +49 211 50592-318
        """)
    paras = body.replace("&", "&amp;").split("\n")
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"DE\">"
            "<div class=\"WordSection1\">\n" + "\n".join(f"<p class=\"MsoNormal\">{p or '&nbsp;'}</p>" for p in paras)
            + "\n</div></body></html>\n")
    hs = [
        delivered(),
        rcv("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2093.outbound.protection.outlook.com [40.107.104.93])",
            when, "Europe/Berlin"),
        ("From", addr("Achterberg, Miriam", "miriam.achterberg@rheinbogen-verlag.de")),
        ("To", addr("merle.kaufmann@example.org", ME)),
        ("Subject", enc("Ihre Bewerbung – Einladung zum Zweitgespräch")),
        ("Thread-Topic", enc("Ihre Bewerbung – Einladung zum Zweitgespräch")),
        ("Thread-Index", "AdtYH2c9mLp0e4QhS1KdUu7rT9w5xA=="),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<FR2P281MB23990A7C3E5B1D9F2C4E6A8B0D1F3E5A@FR2P281MB2399.DEUP281.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(N(50), family="post_interview", lang="nl", interview=False, company="Spaakwerk",
      days=(("Fri", "2026-06-19"),),
      note="Dutch post-interview note: thanks for Friday's conversation, decision expected by Friday 19 June; "
           "nothing scheduled")
def m50() -> bytes:
    when = "2026-06-08 09:47:31"
    body = t("""
        Hoi Merle,

        Bedankt voor het fijne gesprek van vrijdag! Maartje was erg enthousiast over je case over het
        checkout-proces, en ook je vragen over ons designsystem vielen goed.

        We spreken deze week nog met twee kandidaten en hakken uiterlijk vrijdag 19 juni de knoop door.
        Ik laat het je zo snel mogelijk weten - hoe dan ook.

        Fijne week!

        Groetjes,
        Joost

        --
        Joost Hendriks
        Talent Acquisition | Spaakwerk B.V.
        joost@spaakwerk.nl | +31 20 894 1172
        """)
    hs = [
        delivered(),
        rcv("mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])", when, "Europe/Amsterdam"),
        ("MIME-Version", "1.0"),
        ("From", addr("Joost Hendriks", "joost@spaakwerk.nl")),
        ("Date", date(when, "Europe/Amsterdam")),
        ("Message-ID", "<CAFr9xLo7Wn2+Ke4pTq0Bv8cYj3MxRa6uS1gZd5oH9iE2tLm4wQ@mail.gmail.com>"),
        ("Subject", "Bedankt voor vrijdag"),
        ("To", TO),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))), mime_version=False)
