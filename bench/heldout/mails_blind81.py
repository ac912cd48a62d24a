"""blind81: 50 hand-written mails from the inbox of Sofia Benali, a logistics analyst in Marseille.

Written blind (without reading the detector, its tests, or the other held-out sets). Build and check:

    python3 bench/heldout/make_blind.py blind81

Keys 1-23 are the positives, 24-50 the negatives; the file number of the mail written ``key``-th is
``ORDER[key - 1]`` (a fixed shuffle of the writing order).
"""

from __future__ import annotations

import base64
import hashlib
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

ORDER = random.Random(81081).sample(range(1, 51), 50)

ME = "sofia.benali@example.org"
SOFIA = addr("Sofia Benali", ME)


def n(key: int) -> str:
    return f"blind81_{ORDER[key - 1]:03d}"


def rcv(src: str, when: str, zone: str, ident: str | None = None, lag: int = 3) -> tuple[str, str]:
    if ident is None:
        qid = hashlib.sha1(f"{src}{when}".encode()).hexdigest()[:10].upper()  # noqa: S324
        ident = f"mx1.example.org (Postfix) with ESMTPS id 4W{qid}"
    return ("Received", received(src, when, zone, ident, ME, lag))


def sig(body: str) -> str:
    """Turn a lone '--' line into the usual '-- ' signature separator."""
    return body.replace("\n--\n", "\n-- \n")


def _vtz(base: str, tzid: str) -> str:
    return VTZ[base].replace(f"TZID:{base}", f"TZID:{tzid}").replace(
        f"X-LIC-LOCATION:{base}", f"X-LIC-LOCATION:{tzid}")


MY_VTZ = {
    "Europe/Amsterdam": _vtz("Europe/Berlin", "Europe/Amsterdam"),
    "Europe/Zurich": _vtz("Europe/Berlin", "Europe/Zurich"),
    "Romance Standard Time": VTZ["W. Europe Standard Time"].replace(
        "TZID:W. Europe Standard Time", "TZID:Romance Standard Time"),
    "Europe/London": """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
}


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 08:30", "Australia/Sydney"), end=utc("2026-11-19 09:15", "Australia/Sydney"),
      local="Thu 2026-11-19 08:30", local_end="2026-11-19 09:15", zone="Australia/Sydney",
      contact="georgia.pell@wattletide.com.au", company="Wattle & Tide Logistics",
      note="Greenhouse confirmation from a Sydney team for a remote EMEA role: Thu 19 Nov 8:30-9:15 AM AEDT "
           "(UTC+11, Sydney summer time) = Wed 18 Nov 21:30-22:15 UTC, i.e. the previous day in UTC "
           "(22:30 CET in Paris, which the mail also states). ICS in UTC agrees. Contact = Reply-To recruiter.")
def p01() -> bytes:
    when, zone = "2026-11-12 14:05:33", "Australia/Sydney"
    body = t("""
        Hi Sofia,

        Thank you for taking the time to speak with us. Please see the details of your upcoming interview below.

        Interview: Operations Analytics Interview
        Date: Thursday, November 19th, 2026
        Time: 8:30 AM - 9:15 AM AEDT (Sydney)
        Your local time: Wednesday, November 18th, 10:30 PM - 11:15 PM CET
        Location: Zoom - https://wattletide.zoom.us/j/84412093317?pwd=QmR0bXlXc2hPa3N6
        Interviewers: Georgia Pell (Talent Partner), Ben Achterberg (Head of Network Planning)

        We know the late hour isn't ideal on your side, thank you for making it work. If anything
        changes, simply reply to this email and it will reach me.

        Best,
        Georgia Pell
        Talent Partner | Wattle & Tide Logistics
        Level 9, 60 Kent Street, Sydney NSW 2000

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Sofia,</p>
        <p>Thank you for taking the time to speak with us. Please see the details of your upcoming interview below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><strong>Interview:</strong></td><td>Operations Analytics Interview</td></tr>
        <tr><td><strong>Date:</strong></td><td>Thursday, November 19th, 2026</td></tr>
        <tr><td><strong>Time:</strong></td><td>8:30 AM - 9:15 AM AEDT (Sydney)</td></tr>
        <tr><td><strong>Your local time:</strong></td><td>Wednesday, November 18th, 10:30 PM - 11:15 PM CET</td></tr>
        <tr><td><strong>Location:</strong></td><td><a href="https://wattletide.zoom.us/j/84412093317?pwd=QmR0bXlXc2hPa3N6">Zoom</a></td></tr>
        <tr><td><strong>Interviewers:</strong></td><td>Georgia Pell (Talent Partner), Ben Achterberg (Head of Network Planning)</td></tr>
        </table>
        <p>We know the late hour isn't ideal on your side, thank you for making it work. If anything changes,
        simply reply to this email and it will reach me.</p>
        <p>Best,<br>Georgia Pell<br>Talent Partner | Wattle &amp; Tide Logistics<br>Level 9, 60 Kent Street, Sydney NSW 2000</p>
        <p style="color:#999;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-51977342@greenhouse.io
DTSTAMP:20261112T030533Z
DTSTART:20261118T213000Z
DTEND:20261118T221500Z
SUMMARY:Operations Analytics Interview - Sofia Benali (Wattle & Tide Logistics)
LOCATION:https://wattletide.zoom.us/j/84412093317?pwd=QmR0bXlXc2hPa3N6
ORGANIZER;CN=Georgia Pell:mailto:georgia.pell@wattletide.com.au
ATTENDEE;CN=Sofia Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sofia.benali@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.33.14])", when, zone),
        ("From", addr("Wattle & Tide Logistics", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Georgia Pell", "georgia.pell@wattletide.com.au")),
        ("To", SOFIA),
        ("Subject", "Interview Confirmation: Logistics Analyst (Remote, EMEA) at Wattle & Tide Logistics"),
        ("Date", date(when, zone)),
        ("Message-ID", "<pA3xNq0eSr2Wq1mYhV7kQw@geopod-ismtpd-4>"),
        ("X-SG-EID", "u001.Hk2dP0rM7aVjQ8xY3nLw=="),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-22 10:00", "Europe/Paris"), end=utc("2026-09-22 10:45", "Europe/Paris"),
      local="Tue 2026-09-22 10:00", local_end="2026-09-22 10:45", zone="Europe/Paris",
      contact="camille.roux@phocea-fret.fr", company="Phocéa Fret",
      note="Lever confirmation in French, base64 text+HTML: mardi 22 septembre 10:00-10:45 heure de Paris "
           "(CEST, UTC+2) = 08:00-08:45 UTC. Contact = Reply-To recruiter. Same thread as the prose "
           "reschedule from Camille Roux and the later offer.")
def p02() -> bytes:
    when, zone = "2026-09-15 10:05:41", "Europe/Paris"
    body = t("""
        Bonjour Sofia,

        Votre entretien pour le poste d'Analyste Supply Chain (H/F) chez Phocéa Fret est confirmé.

        Date : mardi 22 septembre 2026
        Heure : 10:00 - 10:45 (heure de Paris)
        Lieu : Phocéa Fret, 12 quai de la Joliette, 13002 Marseille (accueil au 3e étage)
        Avec : Camille Roux (Chargée de recrutement) et Olivier Santoni (Responsable des opérations)

        Pensez à vous munir d'une pièce d'identité pour l'accueil de l'immeuble.
        Pour toute question, répondez simplement à cet e-mail.

        À bientôt,
        L'équipe Phocéa Fret
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f6f7f9;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:6px">
        <p>Bonjour Sofia,</p>
        <p>Votre entretien pour le poste d'<b>Analyste Supply Chain (H/F)</b> chez Phocéa Fret est confirmé.</p>
        <p><b>Date :</b> mardi 22 septembre 2026<br>
        <b>Heure :</b> 10:00 - 10:45 (heure de Paris)<br>
        <b>Lieu :</b> Phocéa Fret, 12 quai de la Joliette, 13002 Marseille (accueil au 3e étage)<br>
        <b>Avec :</b> Camille Roux (Chargée de recrutement) et Olivier Santoni (Responsable des opérations)</p>
        <p>Pensez à vous munir d'une pièce d'identité pour l'accueil de l'immeuble.<br>
        Pour toute question, répondez simplement à cet e-mail.</p>
        <p>À bientôt,<br>L'équipe Phocéa Fret</p>
        </div>
        <p style="text-align:center;color:#aaa;font-size:11px">Envoyé avec Lever</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail.hire.lever.co (mail.hire.lever.co [52.41.108.77])", when, zone),
        ("From", addr("Phocéa Fret", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Camille Roux", "camille.roux@phocea-fret.fr")),
        ("To", SOFIA),
        ("Subject", enc("Votre entretien avec Phocéa Fret est confirmé")),
        ("Date", date(when, zone)),
        ("Message-ID", "<0100019232d1a7f5-6a1c0b3e-8d2f-4b7e-9c55-2f8e1d0a6b43-000000@email.hire.lever.co>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(3), family="ashby", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-27 15:00", "Europe/Amsterdam"), end=utc("2026-10-27 16:00", "Europe/Amsterdam"),
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone="Europe/Amsterdam",
      contact="priya.nandakumar@tidewaterlabs.io", company="Tidewater Labs",
      note="Ashby reschedule sent Fri 23 Oct in CEST (+02:00); new time Tue 27 Oct 3-4 PM CET, after the "
           "25 Oct change back to winter time, so UTC+1 = 14:00-15:00 UTC (not 13:00). The previous slot "
           "(Mon 26 Oct 10 AM) is also in the mail. ICS TZID=Europe/Amsterdam, SEQUENCE:2, agrees. "
           "Contact = Reply-To / ORGANIZER.")
def p03() -> bytes:
    when, zone = "2026-10-23 17:40:12", "Europe/Amsterdam"
    body = t("""
        Hi Sofia,

        Your interview with Tidewater Labs has been rescheduled. Here are the updated details:

        Tuesday, October 27, 2026
        3:00 PM - 4:00 PM CET
        Google Meet: https://meet.google.com/qvt-hxpe-mzb

        Previously: Monday, October 26, 2026, 10:00 AM - 11:00 AM CET

        You'll meet with:
          Joost van der Berg - Director of Fulfilment Operations
          Priya Nandakumar - Recruiting Lead

        Heads-up: clocks in Europe go back one hour this Sunday (October 25). The times above are
        already in winter time.

        Questions? Just reply and it will reach Priya Nandakumar.

        Thanks,
        Tidewater Labs Recruiting
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Sofia,</p>
        <p>Your interview with Tidewater Labs has been <strong>rescheduled</strong>. Here are the updated details:</p>
        <div style="border:1px solid #d0d7de;border-radius:8px;padding:12px 16px">
        <p style="margin:0;font-size:16px"><strong>Tuesday, October 27, 2026</strong></p>
        <p style="margin:4px 0">3:00 PM &ndash; 4:00 PM CET</p>
        <p style="margin:4px 0"><a href="https://meet.google.com/qvt-hxpe-mzb">Join with Google Meet</a></p>
        <p style="margin:8px 0 0;color:#6e7781"><s>Monday, October 26, 2026, 10:00 AM &ndash; 11:00 AM CET</s></p>
        </div>
        <p>You'll meet with:<br>Joost van der Berg &mdash; Director of Fulfilment Operations<br>
        Priya Nandakumar &mdash; Recruiting Lead</p>
        <p>Heads-up: clocks in Europe go back one hour this Sunday (October 25). The times above are already in winter time.</p>
        <p>Questions? Just reply and it will reach Priya Nandakumar.</p>
        <p>Thanks,<br>Tidewater Labs Recruiting</p>
        <p style="font-size:11px;color:#8c959f">Sent with Ashby</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MY_VTZ["Europe/Amsterdam"]}
BEGIN:VEVENT
UID:9b1f7c0e-55d2-4f0b-a7f3-3c1e6d2a8b90@ashbyhq.com
DTSTAMP:20261023T154012Z
DTSTART;TZID=Europe/Amsterdam:20261027T150000
DTEND;TZID=Europe/Amsterdam:20261027T160000
SEQUENCE:2
SUMMARY:Tidewater Labs - Operations Analyst Interview (Sofia Benali)
LOCATION:https://meet.google.com/qvt-hxpe-mzb
ORGANIZER;CN=Priya Nandakumar:mailto:priya.nandakumar@tidewaterlabs.io
ATTENDEE;CN=Sofia Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sofia.benali@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])", when, zone),
        ("From", addr("Tidewater Labs", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@tidewaterlabs.io")),
        ("To", SOFIA),
        ("Subject", "Updated: your interview with Tidewater Labs has been rescheduled"),
        ("Date", date(when, zone)),
        ("Message-ID", "<010201935f0c2e41-0d7a9c3b-2e5f-4a61-b8d0-71c4e9f2a365-000000@eu-west-1.amazonses.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", "Europe/Paris"), end=utc("2026-10-26 10:30", "Europe/Paris"),
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone="Europe/Paris",
      contact="laetitia.garnier@massilia-distribution.fr", company="Groupe Massilia Distribution",
      note="Workday HTML-only (QP) confirmation sent Wed 21 Oct in CEST; the interview is Mon 26 Oct "
           "09:30-10:30, the day after the switch back to CET, '(GMT+01:00) Europe/Paris' = 08:30-09:30 UTC. "
           "Sender is the Workday tenant mailbox; contact = recruiter address in the body.")
def p04() -> bytes:
    when, zone = "2026-10-21 15:12:08", "Europe/Paris"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#00586f;color:#ffffff;padding:14px 20px;font-size:18px">Groupe Massilia Distribution</td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Sofia Benali,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste <b>Analyste Supply Chain H/F (R-10482)</b>.</p>
        <table cellpadding="3" cellspacing="0" border="0">
        <tr><td><b>Date et heure</b></td><td>lundi 26 octobre 2026 09:30 - 10:30 (GMT+01:00) Europe/Paris</td></tr>
        <tr><td><b>Format</b></td><td>Sur site</td></tr>
        <tr><td><b>Adresse</b></td><td>Groupe Massilia Distribution, 155 rue Albert Einstein, Pôle d'activités d'Aix-en-Provence, 13290 Aix-en-Provence</td></tr>
        <tr><td><b>Participants</b></td><td>Laetitia Garnier (Talent Acquisition), Rémi Costa (Responsable Planification)</td></tr>
        </table>
        <p>Merci de vous présenter à l'accueil du bâtiment B dix minutes avant le début de l'entretien.</p>
        <p>Pour toute question, vous pouvez contacter Laetitia Garnier : <a href="mailto:laetitia.garnier@massilia-distribution.fr">laetitia.garnier@massilia-distribution.fr</a></p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/massilia/Carrieres/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement<br>Groupe Massilia Distribution</p>
        </td></tr>
        <tr><td style="padding:10px 20px;font-size:11px;color:#888888">Ceci est un message automatique, merci de ne pas y répondre.</td></tr>
        </table>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from smtp-out-27.myworkday.com (smtp-out-27.myworkday.com [139.180.16.27])", when, zone),
        ("From", addr("Groupe Massilia Distribution", "massilia@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Confirmation d'entretien – Analyste Supply Chain H/F (R-10482)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<1473921088.58812.1792588328713@wd3-prod-mailer-22.myworkday.com>"),
    ], html(page))


@mail(n(5), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-08 11:00", "Europe/Paris"), end=utc("2026-10-08 12:00", "Europe/Paris"),
      local="Thu 2026-10-08 11:00", local_end="2026-10-08 12:00", zone="Europe/Paris",
      contact="julien.ferrand@azurfroid.fr", company="Azur Froid Logistique",
      note="SmartRecruiters confirmation after the candidate picked a slot: jeudi 8 octobre 11:00-12:00 "
           "Europe/Paris (CEST) = 09:00-10:00 UTC; ICS with TZID=Europe/Paris agrees. Contact = Reply-To "
           "(also ORGANIZER).")
def p05() -> bytes:
    when, zone = "2026-09-30 09:48:26", "Europe/Paris"
    body = t("""
        Bonjour Sofia,

        Merci d'avoir choisi un créneau. Votre entretien est confirmé :

        jeudi 8 octobre 2026
        11:00 - 12:00 (Europe/Paris)
        Microsoft Teams (le lien figure dans l'invitation jointe)

        Participants : Julien Ferrand (Talent Acquisition), Hélène Baptiste (Responsable entrepôt Nice Saint-Isidore)

        Vous pouvez ajouter cet événement à votre agenda grâce au fichier .ics joint.

        Cordialement,
        Julien Ferrand
        Azur Froid Logistique - Nice

        Cet e-mail vous a été envoyé via SmartRecruiters au nom d'Azur Froid Logistique.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#3d3d3d">
        <p>Bonjour Sofia,</p>
        <p>Merci d'avoir choisi un créneau. Votre entretien est confirmé&nbsp;:</p>
        <p style="background:#eef6fb;padding:12px"><b>jeudi 8 octobre 2026</b><br>11:00 - 12:00 (Europe/Paris)<br>
        Microsoft Teams (le lien figure dans l'invitation jointe)</p>
        <p>Participants&nbsp;: Julien Ferrand (Talent Acquisition), Hélène Baptiste (Responsable entrepôt Nice Saint-Isidore)</p>
        <p>Vous pouvez ajouter cet événement à votre agenda grâce au fichier .ics joint.</p>
        <p>Cordialement,<br>Julien Ferrand<br>Azur Froid Logistique - Nice</p>
        <p style="font-size:11px;color:#999">Cet e-mail vous a été envoyé via SmartRecruiters au nom d'Azur Froid Logistique.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:sr-int-7f3b2d10-1c4e-4a9b-8e2f-5d6c7b8a9e01
DTSTAMP:20260930T074826Z
DTSTART;TZID=Europe/Paris:20261008T110000
DTEND;TZID=Europe/Paris:20261008T120000
SUMMARY:Entretien - Analyste Flux Logistiques (Nice) - Sofia Benali
DESCRIPTION:Rejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0YjA2%40thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Julien Ferrand:mailto:julien.ferrand@azurfroid.fr
ATTENDEE;CN=Sofia Benali;RSVP=TRUE:mailto:sofia.benali@example.org
ATTENDEE;CN=Hélène Baptiste:mailto:helene.baptiste@azurfroid.fr
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from mail-out.smartrecruiters.com (mail-out.smartrecruiters.com [185.28.196.54])", when, zone),
        ("From", addr("Julien Ferrand via SmartRecruiters", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Julien Ferrand", "julien.ferrand@azurfroid.fr")),
        ("To", SOFIA),
        ("Subject", enc("Entretien confirmé : Analyste Flux Logistiques (Nice) – Azur Froid Logistique")),
        ("Date", date(when, zone)),
        ("Message-ID", "<sr.8a4f1c2e9b7d.20260930074826@smartrecruiters.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="quoted-printable", filename="entretien.ics", disposition="attachment",
                      name_param=True)))


@mail(n(6), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-13 10:30", "Europe/Madrid"), end=utc("2026-10-13 11:15", "Europe/Madrid"),
      local="Tue 2026-10-13 10:30", local_end="2026-10-13 11:15", zone="Europe/Madrid",
      contact="marta.puig@nautalogistics.es", company="Nauta Logistics",
      note="Spanish Personio confirmation from a Barcelona firm: martes 13 de octubre de 10:30 a 11:15 "
           "hora de Madrid (CEST, UTC+2) = 08:30-09:15 UTC. Contact = Reply-To (People & Talent).")
def p06() -> bytes:
    when, zone = "2026-10-06 12:30:55", "Europe/Madrid"
    body = t("""
        Hola Sofia:

        ¡Gracias por tu interés en Nauta Logistics! Te confirmamos la entrevista para el puesto de
        Analista de Operaciones Logísticas (Barcelona / híbrido).

        Fecha: martes, 13 de octubre de 2026
        Hora: de 10:30 a 11:15 (hora de Madrid)
        Lugar: videollamada en Google Meet - https://meet.google.com/zbn-ktfo-wqa
        Con: Marta Puig (People & Talent) y Jordi Ferrer (Director de Operaciones, Port de Barcelona)

        La entrevista será en castellano y una parte en inglés. Si necesitas cambiar la fecha,
        responde a este correo y te ayudaremos.

        Un saludo,
        Marta Puig
        People & Talent · Nauta Logistics S.L.
        Moll de Barcelona s/n, 08039 Barcelona

        Enviado con Personio
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#222;font-size:14px">
        <p>Hola Sofia:</p>
        <p>¡Gracias por tu interés en Nauta Logistics! Te confirmamos la entrevista para el puesto de
        <strong>Analista de Operaciones Logísticas</strong> (Barcelona / híbrido).</p>
        <ul>
        <li><strong>Fecha:</strong> martes, 13 de octubre de 2026</li>
        <li><strong>Hora:</strong> de 10:30 a 11:15 (hora de Madrid)</li>
        <li><strong>Lugar:</strong> videollamada en <a href="https://meet.google.com/zbn-ktfo-wqa">Google Meet</a></li>
        <li><strong>Con:</strong> Marta Puig (People &amp; Talent) y Jordi Ferrer (Director de Operaciones, Port de Barcelona)</li>
        </ul>
        <p>La entrevista será en castellano y una parte en inglés. Si necesitas cambiar la fecha,
        responde a este correo y te ayudaremos.</p>
        <p>Un saludo,<br>Marta Puig<br>People &amp; Talent · Nauta Logistics S.L.<br>Moll de Barcelona s/n, 08039 Barcelona</p>
        <p style="color:#9aa0a6;font-size:11px">Enviado con Personio</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail-eu1.personio.de (mail-eu1.personio.de [3.120.51.18])", when, zone),
        ("From", addr("Nauta Logistics S.L.", "noreply@personio.de")),
        ("Reply-To", addr("Marta Puig", "marta.puig@nautalogistics.es")),
        ("To", SOFIA),
        ("Subject", enc("Confirmación de tu entrevista – Analista de Operaciones Logísticas")),
        ("Date", date(when, zone)),
        ("Message-ID", "<5f0e9a1c3b2d4e6f8a7b@personio.de>"),
        ("Content-Language", "es"),
    ], alt(text(body), html(page)))


@mail(n(7), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-14 16:00", "Europe/Paris"), end=utc("2026-10-14 16:30", "Europe/Paris"),
      local="Wed 2026-10-14 16:00", local_end="2026-10-14 16:30", zone="Europe/Paris",
      contact="ines.marchetti@rhodanie.io", company="Rhodanie Mobility",
      note="Teamtailor confirmation, tutoiement, emoji subject (RFC 2047): mercredi 14 octobre 16:00-16:30 "
           "heure de Paris (CEST) = 14:00-14:30 UTC. From is a no-reply and Reply-To a Teamtailor relay; "
           "contact = the recruiter's own address written in the body.")
def p07() -> bytes:
    when, zone = "2026-10-09 17:02:19", "Europe/Paris"
    body = t("""
        Hello Sofia,

        Top, c'est noté ! Ton entretien visio avec Rhodanie Mobility est confirmé :

        📅 mercredi 14 octobre 2026
        🕓 16:00 - 16:30 (heure de Paris)
        📍 Google Meet : https://meet.google.com/hye-pqwr-tnc

        Tu échangeras avec Inès Marchetti (Talent) et Hugo Lambert (Head of Ops, Lyon). On prévoit
        30 minutes pile, avec un petit cas pratique sur nos tournées de vélos cargo.

        Une question ? Écris-moi directement : ines.marchetti@rhodanie.io

        À mercredi !
        Inès

        ---
        Rhodanie Mobility · 27 rue de Marseille, 69007 Lyon
        Envoyé via Teamtailor · Gérer mes données : https://rhodanie.teamtailor.com/connect/privacy
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#fafafa;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#111">
        <div style="max-width:520px;margin:0 auto;background:#fff;padding:28px">
        <p>Hello Sofia,</p>
        <p>Top, c'est noté&nbsp;! Ton entretien visio avec Rhodanie Mobility est confirmé&nbsp;:</p>
        <p>📅 <b>mercredi 14 octobre 2026</b><br>🕓 <b>16:00 - 16:30</b> (heure de Paris)<br>
        📍 <a href="https://meet.google.com/hye-pqwr-tnc">Google Meet</a></p>
        <p>Tu échangeras avec Inès Marchetti (Talent) et Hugo Lambert (Head of Ops, Lyon). On prévoit
        30 minutes pile, avec un petit cas pratique sur nos tournées de vélos cargo.</p>
        <p>Une question&nbsp;? Écris-moi directement&nbsp;: <a href="mailto:ines.marchetti@rhodanie.io">ines.marchetti@rhodanie.io</a></p>
        <p>À mercredi&nbsp;!<br>Inès</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#999">Rhodanie Mobility · 27 rue de Marseille, 69007 Lyon<br>
        Envoyé via Teamtailor · <a href="https://rhodanie.teamtailor.com/connect/privacy">Gérer mes données</a></p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail-200.teamtailor-mail.com (mail-200.teamtailor-mail.com [159.112.240.200])", when, zone),
        ("From", addr("Inès de Rhodanie Mobility", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c4f81d2e90a7@inbound.teamtailor-mail.com"),
        ("To", SOFIA),
        ("Subject", enc("C'est confirmé : ton entretien avec Rhodanie Mobility 🚲")),
        ("Date", date(when, zone)),
        ("Message-ID", "<6523c1f0a8e4b_2f1c3a9d88412@teamtailor-mailer-7.mail>"),
    ], alt(text(body, cte="8bit"), html(page)))


@mail(n(8), family="workable", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-05 14:00", "Europe/Zurich"), end=utc("2026-11-05 14:45", "Europe/Zurich"),
      local="Thu 2026-11-05 14:00", local_end="2026-11-05 14:45", zone="Europe/Zurich",
      contact=None, company="Kestrel Trade Analytics",
      note="Workable cancellation (METHOD:CANCEL ICS): the 45-minute interview Thu 5 Nov 14:00 Geneva time "
           "(CET since 25 Oct, UTC+1) = 13:00-13:45 UTC is cancelled; new times only promised, not given. "
           "From and Reply-To are Workable relays and the signature has no address -> contact null.")
def p08() -> bytes:
    when, zone = "2026-11-02 11:20:44", "Europe/Zurich"
    body = t("""
        Hi Sofia,

        Unfortunately, we have to cancel your interview for the Logistics Data Analyst position, which
        was scheduled for Thursday, November 5, 2026 at 14:00 (Europe/Zurich), a 45-minute video call
        with our Head of Operations Analytics.

        He has been called away to our Rotterdam office that week. We're sorry for the short notice;
        we will get back to you with new times as soon as his calendar clears.

        Kind regards,
        Lukas Meier
        Kestrel Trade Analytics
        Rue de Lausanne 15, 1201 Genève

        Sent via Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Sofia,</p>
        <p>Unfortunately, we have to cancel your interview for the <b>Logistics Data Analyst</b> position, which
        was scheduled for <b>Thursday, November 5, 2026 at 14:00 (Europe/Zurich)</b>, a 45-minute video call
        with our Head of Operations Analytics.</p>
        <p>He has been called away to our Rotterdam office that week. We're sorry for the short notice;
        we will get back to you with new times as soon as his calendar clears.</p>
        <p>Kind regards,<br>Lukas Meier<br>Kestrel Trade Analytics<br>Rue de Lausanne 15, 1201 Genève</p>
        <p style="color:#aaa;font-size:11px">Sent via <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:workable-event-3f9a77c2b1@workable.com
DTSTAMP:20261102T102044Z
DTSTART:20261105T130000Z
DTEND:20261105T134500Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: Sofia Benali - Logistics Data Analyst
ORGANIZER;CN=Kestrel Trade Analytics:mailto:kestrel-trade-analytics+c7d91e2a@candidates.workablemail.com
ATTENDEE;CN=Sofia Benali:mailto:sofia.benali@example.org
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from mail.workablemail.com (mail.workablemail.com [198.21.7.140])", when, zone),
        ("From", addr("Kestrel Trade Analytics", "kestrel-trade-analytics@candidates.workablemail.com")),
        ("Reply-To", "kestrel-trade-analytics+c7d91e2a@candidates.workablemail.com"),
        ("To", SOFIA),
        ("Subject", "Interview cancelled: Logistics Data Analyst at Kestrel Trade Analytics"),
        ("Date", date(when, zone)),
        ("Message-ID", "<wk.cancel.3f9a77c2b1.1793614844@workablemail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(9), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 10:00", "Africa/Casablanca"), end=utc("2026-11-18 11:00", "Africa/Casablanca"),
      local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:00", zone="Africa/Casablanca",
      contact="youssef.bennani@atlasmaritime.ma", company="Atlas Maritime Services",
      note="The candidate forwards to herself (example.net -> example.org) an iCIMS confirmation as an "
           "attached message/rfc822. US-style date 11/18/2026 = Wed 18 Nov; 10:00-11:00 AM (GMT+01:00) "
           "Casablanca (Morocco stays at UTC+1 outside Ramadan) = 09:00-10:00 UTC. Contact = the recruiter "
           "address inside the forwarded body (the outer sender is the candidate).")
def p09() -> bytes:
    inner_when, inner_zone = "2026-11-12 16:40:02", "Africa/Casablanca"
    when, zone = "2026-11-13 08:10:37", "Europe/Paris"
    inner_text = t("""
        Dear Sofia,

        Thank you for your interest in Atlas Maritime Services. We are pleased to confirm your interview
        for the position of Logistics Analyst - Port Operations (Req 2026-4471).

        Interview Date: 11/18/2026
        Interview Time: 10:00 AM - 11:00 AM (GMT+01:00) Casablanca
        Interview Type: On-site
        Location: Atlas Maritime Services, Tour Marina, Boulevard Sidi Mohammed Ben Abdallah, Casablanca
        Interviewer(s): Youssef Bennani, Talent Acquisition; Nadia Chraibi, Port Operations Manager

        Please bring a copy of your passport to the reception desk. Should you need to reschedule,
        please contact Youssef Bennani at youssef.bennani@atlasmaritime.ma.

        Regards,
        Talent Acquisition Team
        Atlas Maritime Services

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    inner_page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Sofia,</p>
        <p>Thank you for your interest in Atlas Maritime Services. We are pleased to confirm your interview
        for the position of <b>Logistics Analyst - Port Operations (Req 2026-4471)</b>.</p>
        <table border="0" cellpadding="2">
        <tr><td><b>Interview Date:</b></td><td>11/18/2026</td></tr>
        <tr><td><b>Interview Time:</b></td><td>10:00 AM - 11:00 AM (GMT+01:00) Casablanca</td></tr>
        <tr><td><b>Interview Type:</b></td><td>On-site</td></tr>
        <tr><td><b>Location:</b></td><td>Atlas Maritime Services, Tour Marina, Boulevard Sidi Mohammed Ben Abdallah, Casablanca</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Youssef Bennani, Talent Acquisition; Nadia Chraibi, Port Operations Manager</td></tr>
        </table>
        <p>Please bring a copy of your passport to the reception desk. Should you need to reschedule,
        please contact Youssef Bennani at <a href="mailto:youssef.bennani@atlasmaritime.ma">youssef.bennani@atlasmaritime.ma</a>.</p>
        <p>Regards,<br>Talent Acquisition Team<br>Atlas Maritime Services</p>
        <p><i>This email was sent from an unmonitored mailbox. Please do not reply.</i></p>
        </body></html>
        """)
    inner = message([
        ("Return-Path", "<atlasmaritime-notifications@talent.icims.com>"),
        ("From", addr("Atlas Maritime Services", "atlasmaritime-notifications@talent.icims.com")),
        ("To", addr("Sofia Benali", "sofia.benali@example.net")),
        ("Subject", "Interview Confirmation - Logistics Analyst (Req 2026-4471)"),
        ("Date", date(inner_when, inner_zone)),
        ("Message-ID", "<1793028002.77415.icims.careers-atlasmaritime@talent.icims.com>"),
    ], alt(text(inner_text, charset="us-ascii", cte="7bit"), html(inner_page)))
    note = t("""
        À garder : entretien sur place à Casablanca mercredi matin. Prendre le vol de mardi soir.

        Sofia
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from smtp.example.net (smtp.example.net [203.0.113.25])", when, zone),
        ("From", addr("Sofia Benali", "sofia.benali@example.net")),
        ("To", SOFIA),
        ("Subject", "Fwd: Interview Confirmation - Logistics Analyst (Req 2026-4471)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<b7d0e5f3-22a1-4c8e-9f61-3a0c5e7d9b12@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(note, cte="8bit"),
             attached_message(inner, filename="Interview Confirmation - Logistics Analyst.eml")))


@mail(n(10), family="taleo", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-05 15:00", "Europe/Paris"), end=utc("2026-11-05 16:00", "Europe/Paris"),
      local="Thu 2026-11-05 15:00", local_end="2026-11-05 16:00", zone="Europe/Paris",
      contact="nathalie.orsini@cmt-transit.fr", company="Compagnie Méridionale de Transit",
      note="Taleo text-only iso-8859-1 QP reschedule: from mardi 3 novembre 10h00 to jeudi 5 novembre "
           "15h00 heure de Paris (CET, UTC+1) = 14:00 UTC; 'Durée : 1 heure' -> end 15:00 UTC. "
           "Sender is the Taleo system mailbox; contact = recruiter address in the body.")
def p10() -> bytes:
    when, zone = "2026-11-02 09:15:50", "Europe/Paris"
    body = t("""
        Madame Benali,

        Nous vous informons que votre entretien pour le poste d'Analyste Transport Maritime
        (réf. 2600318), initialement prévu le mardi 3 novembre 2026 à 10h00, est reporté au :

            jeudi 5 novembre 2026 à 15h00 (heure de Paris)

        Lieu : Compagnie Méridionale de Transit, Immeuble Le Sextant, 4 boulevard de Dunkerque,
        13002 Marseille (accueil au rez-de-chaussée).
        Durée : 1 heure.

        Nous vous prions de bien vouloir nous excuser pour ce changement.

        Votre interlocutrice : Mme Nathalie Orsini, Chargée de recrutement
        nathalie.orsini@cmt-transit.fr - 04 91 56 12 30

        Cordialement,

        Le service Recrutement
        Compagnie Méridionale de Transit

        Ce message a été généré automatiquement. Merci de ne pas y répondre.
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mx-out3.taleo.net (mx-out3.taleo.net [160.34.14.83])", when, zone),
        ("From", addr("CMT Recrutement", "cmt@taleo.net")),
        ("To", ME),
        ("Subject", enc("Modification de votre entretien - Analyste Transport Maritime (2600318)", "iso-8859-1")),
        ("Date", date(when, zone)),
        ("Message-ID", "<1793607350147.2600318.JavaMail.taleo@tbe-prod-fr-14>"),
        ("X-Mailer", "Taleo Business Edition"),
    ], text(body, charset="iso-8859-1"))


@mail(n(11), family="recruitee", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-19 10:00", "Europe/Paris"), end=utc("2026-10-19 11:30", "Europe/Paris"),
      local="Mon 2026-10-19 10:00", local_end="2026-10-19 11:30", zone="Europe/Paris",
      contact="thomas.vidal@provpharma.fr", company="Provence Pharma Distribution",
      note="Recruitee invitation, HTML only in base64 plus ICS: lundi 19 octobre 10:00-11:30 Europe/Paris "
           "(CEST) = 08:00-09:30 UTC. From is no-reply, Reply-To a Recruitee inbound relay; contact = the "
           "human ICS ORGANIZER (hiring manager, also named in the body).")
def p11() -> bytes:
    when, zone = "2026-10-13 14:30:12", "Europe/Paris"
    page = t("""
        <!DOCTYPE html><html><head><meta charset="UTF-8"><title>Invitation</title></head>
        <body style="font-family:Roboto,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1c2733">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <img src="https://recruitee-prod.s3.amazonaws.com/logos/ppd.png" alt="Provence Pharma Distribution" width="140">
        <p>Bonjour Sofia,</p>
        <p>Nous avons le plaisir de vous inviter à un entretien pour le poste d'<strong>Analyste Approvisionnement (Montpellier)</strong>.</p>
        <p><strong>Quand :</strong> lundi 19 octobre 2026, 10:00 - 11:30 (Europe/Paris)<br>
        <strong>Où :</strong> Provence Pharma Distribution, 210 rue de la Jasse de Maurin, 34070 Montpellier<br>
        <strong>Organisateur :</strong> Thomas Vidal, Responsable Supply Chain</p>
        <p>L'invitation est jointe à cet e-mail. Merci de l'accepter pour confirmer votre présence.</p>
        <p>Bien cordialement,<br>Thomas Vidal<br>Provence Pharma Distribution</p>
        <hr style="border:none;border-top:1px solid #e3e8ee">
        <p style="font-size:12px;color:#8a96a3">Envoyé via Recruitee &middot; Vous recevez cet e-mail suite à votre candidature.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Events//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:event-1188234@recruitee.com
DTSTAMP:20261013T123012Z
DTSTART;TZID=Europe/Paris:20261019T100000
DTEND;TZID=Europe/Paris:20261019T113000
SUMMARY:Entretien - Analyste Approvisionnement - Sofia Benali
LOCATION:210 rue de la Jasse de Maurin\\, 34070 Montpellier
ORGANIZER;CN=Thomas Vidal:mailto:thomas.vidal@provpharma.fr
ATTENDEE;CN=Sofia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sofia.benali@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from mail.recruitee.com (mail.recruitee.com [136.143.190.44])", when, zone),
        ("From", addr("Provence Pharma Distribution", "no-reply@recruitee.com")),
        ("Reply-To", "ppd-7c1e+c20491@inbound.recruitee.com"),
        ("To", SOFIA),
        ("Subject", enc("Invitation à un entretien – Analyste Approvisionnement (Montpellier)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<recruitee.mail.5f1c9e0b@mail.recruitee.com>"),
    ], mixed(html(page, cte="base64"), calendar(ics, filename="invitation.ics", disposition="attachment")))


@mail(n(12), family="join", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-20 09:15", "Europe/Paris"),
      local="Fri 2026-11-20 09:15", zone="Europe/Paris",
      contact="clara.dumont@lumio-supply.com", company="Lumio Supply",
      note="JOIN confirmation in English for a Lyon start-up: Friday 20 November 09:15 Europe/Paris (CET) "
           "= 08:15 UTC; 'around 40 minutes' is approximate -> end null. Sender is JOIN's no-reply; "
           "contact = recruiter address in the body.")
def p12() -> bytes:
    when, zone = "2026-11-16 10:02:47", "Europe/Paris"
    body = t("""
        Hi Sofia,

        Good news! Clara Dumont from Lumio Supply has confirmed your interview for the position
        Supply Planning Analyst (m/f/d).

        When: Friday, 20 November 2026, 09:15 (Europe/Paris)
        Where: Phone call - Clara will call you on the number in your JOIN profile
        Duration: around 40 minutes

        If you need to reach Clara directly: clara.dumont@lumio-supply.com

        Good luck!
        Your JOIN Team

        You are receiving this email because you applied for a job via JOIN.
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="background:#f3f5f7;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;border-radius:8px">
        <tr><td style="font-size:15px;color:#1d2b36">
        <p>Hi Sofia,</p>
        <p>Good news! <b>Clara Dumont</b> from <b>Lumio Supply</b> has confirmed your interview for the position
        <b>Supply Planning Analyst (m/f/d)</b>.</p>
        <p><b>When:</b> Friday, 20 November 2026, 09:15 (Europe/Paris)<br>
        <b>Where:</b> Phone call - Clara will call you on the number in your JOIN profile<br>
        <b>Duration:</b> around 40 minutes</p>
        <p>If you need to reach Clara directly: <a href="mailto:clara.dumont@lumio-supply.com">clara.dumont@lumio-supply.com</a></p>
        <p>Good luck!<br>Your JOIN Team</p>
        </td></tr></table>
        <p style="font-size:11px;color:#8795a1">You are receiving this email because you applied for a job via JOIN.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail134-16.atl41.mandrillapp.com (mail134-16.atl41.mandrillapp.com [198.2.134.16])", when, zone),
        ("From", addr("Lumio Supply via JOIN", "noreply@join.com")),
        ("To", SOFIA),
        ("Subject", "Your interview with Lumio Supply is confirmed"),
        ("Date", date(when, zone)),
        ("Message-ID", "<a81f3c2d9e4b47f0b6e2.20261116090247@mandrillapp.com>"),
        ("X-MC-User", "3f9b8a1c0d2e4f5a6b7c8d9e0"),
    ], alt(text(body), html(page)))


@mail(n(13), family="softgarden", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-01 13:30", "Europe/Zurich"), end=utc("2026-12-01 15:00", "Europe/Zurich"),
      local="Tue 2026-12-01 13:30", local_end="2026-12-01 15:00", zone="Europe/Zurich",
      contact="sandrine.favre@lemanis.ch", company="Lémanis Trading SA",
      note="softgarden invitation from Geneva in Swiss French ('nonante minutes', 'Meilleures salutations'): "
           "mardi 1er décembre 13h30 Geneva time (CET, UTC+1) = 12:30 UTC; exact length 90 min -> end "
           "14:00 UTC. The attached ICS is an all-day event on 1 Dec: the time is only in the text. "
           "Contact = Reply-To HR.")
def p13() -> bytes:
    when, zone = "2026-11-25 16:45:03", "Europe/Zurich"
    body = t("""
        Madame Benali,

        Nous vous remercions de l'intérêt que vous portez à Lémanis Trading SA et avons le plaisir de
        vous confirmer votre entretien pour le poste d'Analyste Logistique Négoce :

        Date : mardi 1er décembre 2026
        Heure : 13h30
        Durée : nonante minutes (présentation d'un cas pratique incluse)
        Lieu : Lémanis Trading SA, Rue du Rhône 48, 1204 Genève, 4e étage

        Vous trouverez en annexe un fichier calendrier pour votre agenda. Vos frais de déplacement
        depuis Marseille vous seront remboursés sur présentation des justificatifs.

        Nous nous réjouissons de faire votre connaissance.

        Meilleures salutations

        Sandrine Favre
        Responsable RH
        Lémanis Trading SA
        +41 22 318 47 60
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial,sans-serif">')
    ics = """BEGIN:VCALENDAR
PRODID:-//softgarden//Interview//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:sg-appointment-66120471@softgarden.io
DTSTAMP:20261125T154503Z
DTSTART;VALUE=DATE:20261201
DTEND;VALUE=DATE:20261202
SUMMARY:Entretien Lémanis Trading SA (Genève)
LOCATION:Rue du Rhône 48\\, 1204 Genève
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from mail.softgarden.io (mail.softgarden.io [185.61.108.36])", when, zone),
        ("From", addr("Lémanis Trading SA", "noreply@softgarden.io")),
        ("Reply-To", addr("Sandrine Favre", "sandrine.favre@lemanis.ch")),
        ("To", SOFIA),
        ("Subject", enc("Invitation à un entretien – Analyste Logistique Négoce (Genève)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<sg.20261125154503.66120471@softgarden.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="PUBLISH", cte="base64", ctype="application/ics", filename="entretien.ics",
                      disposition="attachment", name_param=True)))


@mail(n(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:00", "America/New_York"), end=utc("2026-10-27 11:45", "America/New_York"),
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:45", zone="America/New_York",
      contact="derek.hall@northbeamlogistics.com", company="Northbeam Logistics",
      note="GoodTime two-session itinerary in New York time: Tue 27 Oct 10:00-10:45 and 11:00-11:45 AM EDT "
           "(US still on daylight time until 1 Nov, UTC-4) -> first start 14:00 UTC, last end 15:45 UTC. "
           "Europe is already on CET that week, so the Paris times stated (3 PM / 4 PM) agree. "
           "Contact = Reply-To coordinator.")
def p14() -> bytes:
    when, zone = "2026-10-22 13:20:31", "America/New_York"
    body = t("""
        Hi Sofia,

        Your interviews with Northbeam Logistics are confirmed. Here is your itinerary.

        Tuesday, October 27, 2026 - Eastern Time (EDT)

          10:00 AM - 10:45 AM   Hiring Manager Conversation - Rachel Okafor, Director, EMEA Network
          11:00 AM - 11:45 AM   Analytics Case Review - Tom Brennan & Aisha Karim

        In your time zone (Europe/Paris): 3:00 PM - 3:45 PM and 4:00 PM - 4:45 PM.

        Join via Zoom (same link for both sessions): https://northbeam.zoom.us/j/91827364501

        A note from Derek: Europe changes its clocks this weekend and the US only on November 1, so
        New York is 5 hours behind Paris that week, not 6. The Paris times above already account for it.

        If you have any questions, reply to this email to reach your coordinator, Derek Hall.

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Sofia,</p>
        <p>Your interviews with Northbeam Logistics are confirmed. Here is your itinerary.</p>
        <h3 style="margin-bottom:4px">Tuesday, October 27, 2026</h3>
        <p style="margin-top:0;color:#666">Eastern Time (EDT)</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td style="border-bottom:1px solid #eee">10:00 AM - 10:45 AM</td><td style="border-bottom:1px solid #eee">Hiring Manager Conversation<br><span style="color:#666">Rachel Okafor, Director, EMEA Network</span></td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Analytics Case Review<br><span style="color:#666">Tom Brennan &amp; Aisha Karim</span></td></tr>
        </table>
        <p>In your time zone (Europe/Paris): 3:00 PM - 3:45 PM and 4:00 PM - 4:45 PM.</p>
        <p><a href="https://northbeam.zoom.us/j/91827364501">Join via Zoom</a> (same link for both sessions)</p>
        <p style="background:#fff8e1;padding:8px"><b>A note from Derek:</b> Europe changes its clocks this weekend and the US only on
        November 1, so New York is 5 hours behind Paris that week, not 6. The Paris times above already account for it.</p>
        <p>If you have any questions, reply to this email to reach your coordinator, Derek Hall.</p>
        <p style="font-size:11px;color:#999">Powered by GoodTime</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail.goodtime.io (mail.goodtime.io [168.245.27.90])", when, zone),
        ("From", addr("Northbeam Logistics Recruiting", "noreply@goodtime.io")),
        ("Reply-To", addr("Derek Hall", "derek.hall@northbeamlogistics.com")),
        ("To", SOFIA),
        ("Subject", "Interview Itinerary: Northbeam Logistics - Supply Chain Analyst (EMEA)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<goodtime.itinerary.0c7e2b9f41d3@goodtime.io>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii")))


@mail(n(15), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-10 09:00", "Europe/Paris"), end=utc("2026-12-10 09:30", "Europe/Paris"),
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 09:30", zone="Europe/Paris",
      contact="bastien.leclerc@vauban-logistique.fr", company="Vauban Logistique",
      note="Calendly invitee confirmation in French: 09:00-09:30, jeudi 10 décembre, heure d'Europe centrale "
           "(CET, UTC+1) = 08:00-08:30 UTC. Follows the Calendly link Bastien sent on 1 Dec. "
           "Contact = Reply-To host.")
def p15() -> bytes:
    when, zone = "2026-12-04 16:31:09", "Europe/Paris"
    body = t("""
        Bonjour Sofia Benali,

        Votre événement a été programmé.

        Nom de l'événement :
        Entretien Analyste Logistique - 30 min

        Date/Heure de l'événement :
        09:00 - 09:30, jeudi 10 décembre 2026 (Heure d'Europe centrale)

        Lieu :
        Cet événement est un appel téléphonique. Bastien Leclerc vous appellera au +33 6 70 00 41 28.

        Invité(e) :
        Bastien Leclerc

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/6b1e0c2f-7d8a-4e91-b3c5-0a9f8e7d6c54
        Reprogrammer : https://calendly.com/reschedulings/6b1e0c2f-7d8a-4e91-b3c5-0a9f8e7d6c54

        Propulsé par Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Proxima Nova',Arial,sans-serif;color:#4d5055;font-size:15px">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="580" cellpadding="20" style="border:1px solid #e7e7e9;border-radius:4px">
        <tr><td>
        <p>Bonjour Sofia Benali,</p>
        <p>Votre événement a été programmé.</p>
        <p><b>Nom de l'événement :</b><br>Entretien Analyste Logistique - 30 min</p>
        <p><b>Date/Heure de l'événement :</b><br>09:00 - 09:30, jeudi 10 décembre 2026 (Heure d'Europe centrale)</p>
        <p><b>Lieu :</b><br>Cet événement est un appel téléphonique. Bastien Leclerc vous appellera au +33 6 70 00 41 28.</p>
        <p><b>Invité(e) :</b><br>Bastien Leclerc</p>
        <p>Besoin d'apporter des modifications à cet événement ?<br>
        <a href="https://calendly.com/cancellations/6b1e0c2f-7d8a-4e91-b3c5-0a9f8e7d6c54">Annuler</a> &nbsp;
        <a href="https://calendly.com/reschedulings/6b1e0c2f-7d8a-4e91-b3c5-0a9f8e7d6c54">Reprogrammer</a></p>
        </td></tr></table>
        <p style="font-size:12px;color:#a6a6a6">Propulsé par <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from o1.email.calendly.com (o1.email.calendly.com [167.89.87.229])", when, zone),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Bastien Leclerc", "bastien.leclerc@vauban-logistique.fr")),
        ("To", SOFIA),
        ("Subject", enc("Confirmé : Entretien Analyste Logistique - 30 min avec Bastien Leclerc le jeudi 10 décembre 2026")),
        ("Date", date(when, zone)),
        ("Message-ID", "<JkP3sT8uQf2x7WcR0aYbNg@geopod-ismtpd-12>"),
    ], alt(text(body), html(page)))


@mail(n(16), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-16 10:00", "Europe/Paris"), end=utc("2026-09-16 10:45", "Europe/Paris"),
      local="Wed 2026-09-16 10:00", local_end="2026-09-16 10:45", zone="Europe/Paris",
      contact="aurelie.mas@corail-shipping.fr", company="Corail Shipping",
      note="Microsoft Bookings confirmation: the zone label reads '(UTC+01:00) Bruxelles, Copenhague, Madrid, "
           "Paris' (the standard offset) but 16 September is summer time, so 10:00-10:45 CEST = "
           "08:00-08:45 UTC, which the ICS (TZID Romance Standard Time) confirms. Sender and ORGANIZER are "
           "the Bookings mailbox; contact = the staff member's address in the body.")
def p16() -> bytes:
    when, zone = "2026-09-10 11:05:22", "Europe/Paris"
    body = t("""
        Bonjour Sofia Benali,

        Merci d'avoir réservé auprès de Corail Shipping. Votre rendez-vous est confirmé.

        Entretien de recrutement - Analyste Opérations (45 minutes)
        mercredi 16 septembre 2026 10:00 - 10:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        Personnel : Aurélie Mas
        Lieu : Corail Shipping, 40 boulevard de Dunkerque, 13002 Marseille

        Une question ? Écrivez à Aurélie Mas : aurelie.mas@corail-shipping.fr

        Ajouter au calendrier | Gérer la réservation

        Corail Shipping
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p>Bonjour Sofia Benali,</p>
        <p>Merci d'avoir réservé auprès de Corail Shipping. Votre rendez-vous est confirmé.</p>
        <table style="border-left:4px solid #0078d4;padding-left:12px">
        <tr><td style="font-size:18px;font-weight:600">Entretien de recrutement - Analyste Opérations (45 minutes)</td></tr>
        <tr><td>mercredi 16 septembre 2026 10:00 - 10:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Personnel : Aurélie Mas</td></tr>
        <tr><td>Lieu : Corail Shipping, 40 boulevard de Dunkerque, 13002 Marseille</td></tr>
        </table>
        <p>Une question ? Écrivez à Aurélie Mas : <a href="mailto:aurelie.mas@corail-shipping.fr">aurelie.mas@corail-shipping.fr</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/CorailShipping@corailshipping.onmicrosoft.com/bookings/">Ajouter au calendrier</a> |
        <a href="https://outlook.office365.com/owa/calendar/CorailShipping@corailshipping.onmicrosoft.com/bookings/manage">Gérer la réservation</a></p>
        <p>Corail Shipping</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{MY_VTZ["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Recrutement Corail Shipping:mailto:RecrutementCorailShipping@corailshipping.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofia Benali:mailto:sofia.benali@example.org
DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement - Analyste Opérations\\nPersonnel : Aurélie Mas\\n
UID:040000008200E00074C5B7101A82E00800000000B1C3E2D5A13DDC01000000000000000010000000F3A1
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Analyste Opérations
DTSTART;TZID=Romance Standard Time:20260916T100000
DTEND;TZID=Romance Standard Time:20260916T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260910T090522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Corail Shipping\\, 40 boulevard de Dunkerque\\, 13002 Marseille
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])", when, zone),
        ("From", addr("Recrutement Corail Shipping", "RecrutementCorailShipping@corailshipping.onmicrosoft.com")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", enc("Réservation confirmée : Entretien de recrutement - Analyste Opérations")),
        ("Date", date(when, zone)),
        ("Message-ID", "<AM6PR05MB6121C4F2D3A1B0E9F8D7C6B5A4E3AM6PR05MB6121.eurprd05.prod.outlook.com>"),
        ("Thread-Topic", enc("Réservation confirmée : Entretien de recrutement - Analyste Opérations")),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Language", "fr-FR"),
    ], mixed(alt(text(body), html(page)), calendar(ics, cte="base64", charset="utf-8")))


@mail(n(17), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-30 16:00", "Europe/London"), end=utc("2026-11-30 17:00", "Europe/London"),
      local="Mon 2026-11-30 16:00", local_end="2026-11-30 17:00", zone="Europe/London",
      contact="oliver.grant@helixfreight.co.uk", company="Helix Freight Tech",
      note="Google Calendar 'Updated invitation' (SEQUENCE:1): the interview moves to Mon 30 Nov 16:00-17:00 "
           "Greenwich Mean Time - London (UTC+0 in winter) = 16:00-17:00 UTC; the old slot (Friday 27th at "
           "2pm) is only in the organiser's description. ICS in UTC agrees. Contact = ORGANIZER / sender.")
def p17() -> bytes:
    when, zone = "2026-11-25 10:14:36", "Europe/London"
    body = t("""
        This event has been updated
        Changed: time

        Interview: Sofia Benali <> Helix Freight Tech (Ops Data Analyst)
        Monday 30 Nov 2026 ⋅ 16:00 – 17:00 (Greenwich Mean Time - London)

        Moving us to Monday as discussed - Fatima couldn't make Friday 27th at 2pm. Same Meet link.

        Join with Google Meet
        https://meet.google.com/xkd-vbnr-qpe

        Join by phone
        (GB) +44 20 3956 0418 PIN: 519 772 304#

        Organiser
        Oliver Grant - organiser
        oliver.grant@helixfreight.co.uk

        Guests
        Oliver Grant - organiser
        Fatima Rahman
        sofia.benali@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NmJ0cTZk&tok=MjYj&ctz=Europe%2FLondon&hl=en_GB

        Reply for sofia.benali@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NmJ0cTZk&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NmJ0cTZk&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NmJ0cTZk&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be
        added to the guest list, invite others regardless of their own invitation status or modify your RSVP.
        """)
    page = t("""
        <!doctype html><html><head><meta charset="UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px;color:#d93025">This event has been updated</div>
        <div style="font-size:12px;color:#70757a">Changed: time</div>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Interview: Sofia Benali &lt;&gt; Helix Freight Tech (Ops Data Analyst)</h2>
        <div style="font-size:14px"><span style="background:#fce8b2">Monday 30 Nov 2026 ⋅ 16:00 – 17:00</span> (Greenwich Mean Time - London)</div>
        <p style="font-size:14px">Moving us to Monday as discussed - Fatima couldn't make Friday 27th at 2pm. Same Meet link.</p>
        <p><a href="https://meet.google.com/xkd-vbnr-qpe" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p style="font-size:14px">Organiser<br>Oliver Grant - organiser<br>oliver.grant@helixfreight.co.uk</p>
        <p style="font-size:14px">Guests<br>Oliver Grant - organiser<br>Fatima Rahman<br>sofia.benali@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261130T160000Z
DTEND:20261130T170000Z
DTSTAMP:20261125T101436Z
ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@helixfreight.co.uk
UID:6btq6d1p8c4k0bb5e9m3r2vq7s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oliver Grant;X-NUM-GUESTS=0:mailto:oliver.grant@helixfreight.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fatima Rahman;X-NUM-GUESTS=0:mailto:fatima.rahman@helixfreight.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.benali@example.org;X-NUM-GUESTS=0:mailto:sofia.benali@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/xkd-vbnr-qpe
CREATED:20261117T141108Z
DESCRIPTION:Moving us to Monday as discussed - Fatima couldn't make Friday 27th at 2pm. Same Meet link.
LAST-MODIFIED:20261125T101435Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview: Sofia Benali <> Helix Freight Tech (Ops Data Analyst)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Updated invitation: Interview: Sofia Benali <> Helix Freight Tech (Ops Data Analyst) "
               "@ Mon 30 Nov 2026 16:00 - 17:00 (GMT) (sofia.benali@example.org)")
    return message([
        ("Delivered-To", ME),
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, zone),
        ("From", addr("Oliver Grant", "oliver.grant@helixfreight.co.uk")),
        ("Reply-To", addr("Oliver Grant", "oliver.grant@helixfreight.co.uk")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", subject),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendar-5e1f0a7c-93b2-4d6e-8a14-c2f7e9b0d351@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="7bit")),
             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(18), family="exchange", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-09 11:00", "Europe/Paris"), end=utc("2026-12-09 12:00", "Europe/Paris"),
      local="Wed 2026-12-09 11:00", local_end="2026-12-09 12:00", zone="Europe/Paris",
      contact="franck.albertini@sudcargo-aero.fr", company="Sud Cargo Aéroportuaire",
      note="Outlook/Exchange cancellation (METHOD:CANCEL, TZID Romance Standard Time): the interview of "
           "mercredi 9 décembre 11h00-12h00 (CET, UTC+1) = 10:00-11:00 UTC is cancelled because the post was "
           "filled internally; no new time. End from the ICS DTEND. Contact = organiser / sender.")
def p18() -> bytes:
    when, zone = "2026-12-03 14:22:57", "Europe/Paris"
    body = t("""
        Bonjour Madame Benali,

        Je suis au regret de vous informer que le poste d'analyste flux fret a été pourvu en interne.
        Nous sommes donc contraints d'annuler notre entretien du mercredi 9 décembre à 11h00.

        Je vous remercie sincèrement pour l'intérêt que vous avez porté à Sud Cargo Aéroportuaire et ne
        manquerai pas de revenir vers vous si une autre opportunité se présente.

        Bien cordialement,

        Franck Albertini
        Responsable Exploitation Fret
        Sud Cargo Aéroportuaire - Aéroport Marseille Provence, 13700 Marignane
        Tél. : 04 42 14 77 09
        """)
    page = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Madame Benali,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Je suis au regret de vous informer que le poste d’analyste flux fret a été pourvu en interne.
        Nous sommes donc contraints d’annuler notre entretien du mercredi 9 décembre à 11h00.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Je vous remercie sincèrement pour l’intérêt que vous avez porté à Sud Cargo Aéroportuaire et ne
        manquerai pas de revenir vers vous si une autre opportunité se présente.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
        <p class="MsoNormal"><b>Franck Albertini</b><br>Responsable Exploitation Fret<br>
        Sud Cargo Aéroportuaire – Aéroport Marseille Provence, 13700 Marignane<br>Tél. : 04 42 14 77 09<o:p></o:p></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{MY_VTZ["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Franck Albertini:mailto:franck.albertini@sudcargo-aero.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofia Benali:mailto:sofia.benali@example.org
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Benali\\,\\n\\nJe suis au regret de vous informer que le poste d'analyste flux fret a été pourvu en interne.\\n
UID:040000008200E00074C5B7101A82E0080000000030F5A2C18E7EDC01000000000000000010000000A9D4
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien Sofia Benali - Analyste Flux Fret
DTSTART;TZID=Romance Standard Time:20261209T110000
DTEND;TZID=Romance Standard Time:20261209T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261203T132257Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Aéroport Marseille Provence - Bâtiment Fret 3\\, salle Calanque
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2121847503
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    subject = "Annulé : Entretien Sofia Benali – Analyste Flux Fret"
    return message([
        ("Delivered-To", ME),
        rcv("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2118.outbound.protection.outlook.com [40.107.104.118])", when, zone),
        ("From", addr("Franck Albertini", "franck.albertini@sudcargo-aero.fr")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc("Entretien Sofia Benali – Analyste Flux Fret")),
        ("Thread-Index", "AdtkR2xQ7mZ0c1bTSVWm3fN8yJq4Pw=="),
        ("Date", date(when, zone)),
        ("Message-ID", "<DB9PR03MB7412A0C93E5F18D2B6C44E71A8B42@DB9PR03MB7412.eurprd03.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, cte="base64"), html(page, cte="base64"),
           calendar(ics, method="CANCEL", cte="base64")))


@mail(n(19), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-15 09:00", "Europe/Zurich"), end=utc("2026-10-15 10:00", "Europe/Zurich"),
      local="Thu 2026-10-15 09:00", local_end="2026-10-15 10:00", zone="Europe/Zurich",
      contact="markus.keller@alpinecommodities.ch", company="Alpine Commodities SA",
      note="Outlook/Teams meeting request from a Geneva trader whose body carries no date or time: the time "
           "is only in the ICS, DTSTART;TZID=W. Europe Standard Time 20261015T090000 (CEST, UTC+2) = 07:00 UTC, "
           "DTEND 10:00 -> 08:00 UTC. Contact = organiser / sender.")
def p19() -> bytes:
    when, zone = "2026-10-09 15:48:10", "Europe/Zurich"
    body = t("""
        Hi Sofia,

        As discussed on the phone, here is the invite for your interview with me and our Head of
        Logistics, Beatrice Rossi. We'll do it on Teams, link below. Looking forward to it!

        Best regards,
        Markus

        Markus Keller
        Senior Manager Operations | Alpine Commodities SA
        Quai du Mont-Blanc 7, 1201 Geneva | +41 22 592 30 14

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTFkMjMtYjQ2%40thread.v2/0?context=%7b%22Tid%22%3a%22c1a7%22%7d>
        Meeting ID: 348 221 907 455
        Passcode: Xk7Qp2
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=7d2e&tenantId=c1a7&threadId=19_meeting_NzQ1ZTFkMjMtYjQ2@thread.v2&messageId=0&language=en-US>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Sofia,</p>
        <p>As discussed on the phone, here is the invite for your interview with me and our Head of
        Logistics, Beatrice Rossi. We'll do it on Teams, link below. Looking forward to it!</p>
        <p>Best regards,<br>Markus</p>
        <p style="color:#1f3864"><b>Markus Keller</b><br>Senior Manager Operations | Alpine Commodities SA<br>
        Quai du Mont-Blanc 7, 1201 Geneva | +41 22 592 30 14</p>
        </div>
        <div style="width:100%">
        <span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">
        <span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams meeting</span></div>
        <div style="margin-bottom:6px"><span style="font-size:14px;font-weight:600">Join on your computer, mobile app or room device</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTFkMjMtYjQ2%40thread.v2/0?context=%7b%22Tid%22%3a%22c1a7%22%7d" style="font-size:14px;color:#6264A7">Click here to join the meeting</a></div>
        <div style="margin:6px 0 24px"><span style="font-size:14px;color:#252424">Meeting ID: <span style="font-size:16px">348 221 907 455</span></span><br>
        <span style="font-size:14px;color:#252424">Passcode: <span style="font-size:16px">Xk7Qp2</span></span></div>
        <div><a href="https://aka.ms/JoinTeamsMeeting" style="font-size:12px;color:#6264A7">Learn More</a> |
        <a href="https://teams.microsoft.com/meetingOptions/?organizerId=7d2e&amp;tenantId=c1a7" style="font-size:12px;color:#6264A7">Meeting options</a></div>
        <span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Markus Keller:mailto:markus.keller@alpinecommodities.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofia Benali:mailto:sofia.benali@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Beatrice Rossi:mailto:beatrice.rossi@alpinecommodities.ch
DESCRIPTION;LANGUAGE=en-US:Hi Sofia\\,\\n\\nAs discussed on the phone\\, here is the invite for your interview with me and our Head of Logistics\\, Beatrice Rossi.\\n
UID:040000008200E00074C5B7101A82E00800000000E05C8A2B4E5BDC01000000000000000010000000C51F
SUMMARY;LANGUAGE=en-US:Interview - Logistics Analyst (Geneva) - Sofia Benali
DTSTART;TZID=W. Europe Standard Time:20261015T090000
DTEND;TZID=W. Europe Standard Time:20261015T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T134810Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121593388
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTFkMjMtYjQ2%40thread.v2/0?context=%7b%22Tid%22%3a%22c1a7%22%7d
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:markus.keller@alpinecommodities.ch\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzQ1ZTFkMjMtYjQ2-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from CHE01-GV0-obe.outbound.protection.outlook.com (mail-gv0che01on2090.outbound.protection.outlook.com [40.107.23.90])", when, zone),
        ("From", addr("Markus Keller", "markus.keller@alpinecommodities.ch")),
        ("To", addr("Sofia Benali", ME)),
        ("CC", addr("Beatrice Rossi", "beatrice.rossi@alpinecommodities.ch")),
        ("Subject", "Interview - Logistics Analyst (Geneva) - Sofia Benali"),
        ("Thread-Topic", "Interview - Logistics Analyst (Geneva) - Sofia Benali"),
        ("Thread-Index", "AdtaF3k9yQ2mR0tVQb6Y1Jv0wE7x2A=="),
        ("Date", date(when, zone)),
        ("Message-ID", "<GV0P278MB0719E3B5C2A1D4F6E8B93C27D1E84@GV0P278MB0719.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(20), family="zoom", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-07 11:00", "Africa/Casablanca"),
      local="Mon 2026-12-07 11:00", zone="Africa/Casablanca",
      contact="s.elidrissi@mli-group.ma", company="Maghreb Logistique Intégrée",
      note="Moroccan recruiter (formal register, windows-1252 QP) confirms after a phone call: lundi 7 décembre "
           "11h00 heure de Casablanca (GMT+1) = 10:00 UTC, also 11h00 in Paris in December; 'durée d'environ une "
           "heure' -> end null. Zoom block repeats '7 déc. 2026 11:00 AM Casablanca'. Thread: her proposal of "
           "26 Nov and the bounce of the candidate's reply. Contact = sender.")
def p20() -> bytes:
    when, zone = "2026-12-01 10:12:40", "Africa/Casablanca"
    body = t("""
        Bonjour Madame Benali,

        Suite à notre échange téléphonique de ce matin, j'ai le plaisir de vous confirmer votre entretien avec
        M. Hicham Tazi, Directeur Supply Chain, le lundi 7 décembre 2026 à 11h00 (heure de Casablanca, GMT+1),
        soit 11h00 heure de Paris.

        L'entretien se déroulera par visioconférence Zoom, pour une durée d'environ une heure. Vous trouverez
        ci-dessous les informations de connexion.

        Par ailleurs, votre message du 27 novembre ne nous est pas parvenu : je vous remercie de bien noter mon
        adresse ci-dessous.

        Merci de bien vouloir accuser réception de ce message.

        Veuillez agréer, Madame, l'expression de mes salutations distinguées.

        Salma El Idrissi
        Chargée de Recrutement
        Maghreb Logistique Intégrée (MLI)
        Zone Industrielle Aïn Sebaâ, Casablanca
        Tél : +212 522 34 18 90

        ----
        Salma El Idrissi vous invite à une réunion Zoom planifiée.

        Sujet : Entretien - Analyste Logistique - S. Benali
        Heure : 7 déc. 2026 11:00 AM Casablanca

        Participer à la réunion Zoom
        https://mli-group.zoom.us/j/86311450297?pwd=dE9rS1ZkUm5qT0xh

        ID de réunion : 863 1145 0297
        Code secret : 471209
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Madame Benali,</p>
        <p>Suite à notre échange téléphonique de ce matin, j’ai le plaisir de vous confirmer votre entretien avec
        M. Hicham Tazi, Directeur Supply Chain, le <b>lundi 7 décembre 2026 à 11h00 (heure de Casablanca, GMT+1)</b>,
        soit 11h00 heure de Paris.</p>
        <p>L’entretien se déroulera par visioconférence Zoom, pour une durée d’environ une heure. Vous trouverez
        ci-dessous les informations de connexion.</p>
        <p>Par ailleurs, votre message du 27 novembre ne nous est pas parvenu : je vous remercie de bien noter mon
        adresse ci-dessous.</p>
        <p>Merci de bien vouloir accuser réception de ce message.</p>
        <p>Veuillez agréer, Madame, l’expression de mes salutations distinguées.</p>
        <p><b>Salma El Idrissi</b><br>Chargée de Recrutement<br>Maghreb Logistique Intégrée (MLI)<br>
        Zone Industrielle Aïn Sebaâ, Casablanca<br>Tél : +212 522 34 18 90</p>
        <hr>
        <p>Salma El Idrissi vous invite à une réunion Zoom planifiée.</p>
        <p>Sujet : Entretien - Analyste Logistique - S. Benali<br>Heure : 7 déc. 2026 11:00 AM Casablanca</p>
        <p><a href="https://mli-group.zoom.us/j/86311450297?pwd=dE9rS1ZkUm5qT0xh">Participer à la réunion Zoom</a></p>
        <p>ID de réunion : 863 1145 0297<br>Code secret : 471209</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail.mli-group.ma (mail.mli-group.ma [196.200.142.17])", when, zone),
        ("From", addr("Salma El Idrissi", "s.elidrissi@mli-group.ma")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", enc("Confirmation entretien - Poste Analyste Logistique - Mme Sofia Benali", "windows-1252")),
        ("Date", date(when, zone)),
        ("Message-ID", "<000a01dc61f3$8b2c4e10$a184ea30$@mli-group.ma>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(21), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:30", "Europe/Paris"),
      local="Tue 2026-09-22 14:30", zone="Europe/Paris",
      contact="nadia.ferhat@transports-giraud.fr", company="Transports Giraud",
      note="Phone-written reply, tutoiement, text only 8bit: 'demain 14h30' resolved against the Date "
           "(Mon 21 Sep 11:20 +0200) = Tue 22 Sep 14:30 CEST = 12:30 UTC; 'une petite heure' is approximate "
           "-> end null. The candidate's availability is quoted below. Contact = sender.")
def p21() -> bytes:
    when, zone = "2026-09-21 11:20:05", "Europe/Paris"
    body = t("""
        Salut Sofia,

        C'est calé pour demain 14h30 avec Karim et moi, au dépôt de Vitrolles (ZI des Estroublans, bâtiment C, demande moi à l'accueil). Prévois une petite heure, on te fera visiter le quai.

        A demain !
        Nadia

        Envoyé de mon iPhone

        > Le 20 sept. 2026 à 19:02, Sofia Benali <sofia.benali@example.org> a écrit :
        >
        > Bonjour Nadia,
        >
        > Merci pour ton appel de vendredi. Je suis dispo mardi après-midi ou mercredi matin pour passer vous voir, comme ça t'arrange.
        >
        > Bonne soirée,
        > Sofia
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from smtp-out.transports-giraud.fr (smtp-out.transports-giraud.fr [185.22.108.61])", when, zone),
        ("From", addr("Nadia Ferhat", "nadia.ferhat@transports-giraud.fr")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", "Re: Poste analyste exploitation"),
        ("Date", date(when, zone)),
        ("Message-ID", "<3E1B7C90-4A2D-4F8B-9E61-0C5D2A7F13B8@transports-giraud.fr>"),
        ("In-Reply-To", "<CAJv9mQp4Xe2bR0d8sT1nL6uYw3kZ7fH5gA2cV0oM9iN4jE8qB@mail.example.org>"),
        ("References", "<CAJv9mQp4Xe2bR0d8sT1nL6uYw3kZ7fH5gA2cV0oM9iN4jE8qB@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-09-24 16:00", "Europe/Paris"), end=utc("2026-09-24 16:45", "Europe/Paris"),
      local="Thu 2026-09-24 16:00", local_end="2026-09-24 16:45", zone="Europe/Paris",
      contact="camille.roux@phocea-fret.fr", company="Phocéa Fret",
      note="Recruiter prose reschedule after a phone call: moved to jeudi 24 septembre 16h00 (au lieu du mardi "
           "22 à 10h00), still 45 minutes; CEST (UTC+2) -> 14:00-14:45 UTC. Same thread as the Lever "
           "confirmation. Contact = sender.")
def p22() -> bytes:
    when, zone = "2026-09-18 16:05:33", "Europe/Paris"
    body = t("""
        Bonjour Sofia,

        Comme convenu tout à l'heure au téléphone, je vous confirme que votre entretien est déplacé au
        jeudi 24 septembre à 16h00 (au lieu du mardi 22 à 10h00) : Olivier Santoni a un déplacement
        imprévu à Fos mardi.

        Rien ne change par ailleurs : même adresse (12 quai de la Joliette, 3e étage), toujours
        45 minutes. Vous recevrez aussi l'invitation mise à jour par notre outil ; vous pouvez ignorer
        l'ancienne.

        Bon week-end,

        Camille Roux
        Chargée de recrutement - Phocéa Fret
        12 quai de la Joliette, 13002 Marseille
        06 71 22 48 09
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;color:#000">
        <p>Bonjour Sofia,</p>
        <p>Comme convenu tout à l’heure au téléphone, je vous confirme que votre entretien est déplacé au
        <b>jeudi 24 septembre à 16h00</b> (au lieu du mardi 22 à 10h00) : Olivier Santoni a un déplacement
        imprévu à Fos mardi.</p>
        <p>Rien ne change par ailleurs : même adresse (12 quai de la Joliette, 3e étage), toujours
        45 minutes. Vous recevrez aussi l’invitation mise à jour par notre outil ; vous pouvez ignorer
        l’ancienne.</p>
        <p>Bon week-end,</p>
        <p><b>Camille Roux</b><br>Chargée de recrutement – Phocéa Fret<br>12 quai de la Joliette, 13002 Marseille<br>06 71 22 48 09</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2097.outbound.protection.outlook.com [40.107.241.97])", when, zone),
        ("From", addr("Camille Roux", "camille.roux@phocea-fret.fr")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", enc("Entretien Phocéa Fret – changement d'horaire")),
        ("Thread-Topic", enc("Entretien Phocéa Fret – changement d'horaire")),
        ("Date", date(when, zone)),
        ("Message-ID", "<PR3P191MB1302B4D07A9C21E8F5D6E3A9C4B71@PR3P191MB1302.EURP191.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), html(page)))


@mail(n(23), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 09:30", "America/New_York"),
      local="Thu 2026-12-10 09:30", zone="America/New_York",
      contact="dana.whitfield@harborline.io", company="Harborline Analytics",
      note="Recruiter cancels 'our interview tomorrow (Thursday) at 9:30am ET'; Date Wed 9 Dec 08:15 EST -> "
           "Thu 10 Dec 9:30 EST (UTC-5) = 14:30 UTC. Two alternative slots are only proposed, not fixed, so "
           "cancelled (not rescheduled). The quoted original confirmation repeats the old slot. "
           "Contact = sender.",
      days=(("Mon", "2026-12-14"), ("Tue", "2026-12-15"), ("Thu", "2026-12-10"), ("Thu", "2026-12-03")))
def p23() -> bytes:
    when, zone = "2026-12-09 08:15:27", "America/New_York"
    body = sig(t("""
        Hi Sofia,

        I'm really sorry to do this on short notice, but I need to cancel our interview tomorrow (Thursday)
        at 9:30am ET. Our VP pulled the whole team into a planning offsite and I wouldn't be able to give
        you my full attention.

        Could you do Monday the 14th at 10am ET or Tuesday the 15th at 11am ET instead? Let me know what
        works and I'll send a fresh invite.

        Apologies again,
        Dana

        --
        Dana Whitfield | Talent Acquisition
        Harborline Analytics | 55 Water St, New York, NY 10041
        dana.whitfield@harborline.io

        On Thu, Dec 3, 2026 at 11:02 AM Dana Whitfield <dana.whitfield@harborline.io> wrote:
        > Hi Sofia,
        >
        > Great speaking with you! You're confirmed for Thursday, December 10 at 9:30am ET (3:30pm
        > your time) with me and Luis from our freight analytics team. Invite to follow.
        >
        > Best,
        > Dana
        """))
    return message([
        ("Delivered-To", ME),
        rcv("from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])", when, zone),
        ("From", addr("Dana Whitfield", "dana.whitfield@harborline.io")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", "Re: Interview - Freight Analytics role"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAF7hQm2kR9vX0pL3eT8wN1yB5dS6uJ4cG0aZ2qH7mK9nV3xE1w@mail.gmail.com>"),
        ("In-Reply-To", "<CAF7hQm0tP4eW8sY2nD6vB1zX9kL3qR5uH0jM7cA4gT2fN8iE6o@mail.gmail.com>"),
        ("References", "<CAF7hQm0tP4eW8sY2nD6vB1zX9kL3qR5uH0jM7cA4gT2fN8iE6o@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives (keys 24-50)

FAKE_PDF = base64.encodebytes(
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n").decode("ascii")


def pdf(filename: str) -> Part:
    return raw_part([("Content-Type", f'application/pdf; name="{filename}"'),
                     ("Content-Disposition", f'attachment; filename="{filename}"'),
                     ("Content-Transfer-Encoding", "base64")], FAKE_PDF)


@mail(n(24), family="rejection", lang="fr", interview=False, company="Rhodanie Mobility",
      note="Teamtailor rejection after the interview (tutoiement); offers an optional 15-minute feedback call "
           "with no time fixed. Nothing scheduled.")
def n24() -> bytes:
    when, zone = "2026-10-22 10:40:51", "Europe/Paris"
    body = t("""
        Hello Sofia,

        Merci encore pour ton temps mercredi dernier avec Hugo et moi, on a vraiment apprécié ton cas
        pratique sur les tournées.

        Après pas mal d'hésitation, on a décidé de poursuivre avec une autre personne dont le profil colle
        un peu plus à nos besoins immédiats sur Lyon. Ce n'est pas une décision facile et on garde ton
        profil sous le coude : on ouvre un poste à Marseille au printemps.

        Si tu veux un retour plus détaillé, on peut en parler 15 minutes au téléphone, dis-moi quand ça
        t'arrange.

        Belle suite à toi,
        Inès
        Rhodanie Mobility

        ---
        Rhodanie Mobility · 27 rue de Marseille, 69007 Lyon
        Envoyé via Teamtailor · Gérer mes données : https://rhodanie.teamtailor.com/connect/privacy
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#fafafa;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#111">
        <div style="max-width:520px;margin:0 auto;background:#fff;padding:28px">
        <p>Hello Sofia,</p>
        <p>Merci encore pour ton temps mercredi dernier avec Hugo et moi, on a vraiment apprécié ton cas
        pratique sur les tournées.</p>
        <p>Après pas mal d'hésitation, on a décidé de poursuivre avec une autre personne dont le profil colle
        un peu plus à nos besoins immédiats sur Lyon. Ce n'est pas une décision facile et on garde ton
        profil sous le coude&nbsp;: on ouvre un poste à Marseille au printemps.</p>
        <p>Si tu veux un retour plus détaillé, on peut en parler 15 minutes au téléphone, dis-moi quand ça t'arrange.</p>
        <p>Belle suite à toi,<br>Inès<br>Rhodanie Mobility</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#999">Rhodanie Mobility · 27 rue de Marseille, 69007 Lyon<br>
        Envoyé via Teamtailor · <a href="https://rhodanie.teamtailor.com/connect/privacy">Gérer mes données</a></p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail-201.teamtailor-mail.com (mail-201.teamtailor-mail.com [159.112.240.201])", when, zone),
        ("From", addr("Inès de Rhodanie Mobility", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c4f81d2e90a7@inbound.teamtailor-mail.com"),
        ("To", SOFIA),
        ("Subject", "Ta candidature chez Rhodanie Mobility"),
        ("Date", date(when, zone)),
        ("Message-ID", "<6537a2c91f0d3_2f1c3a9d99871@teamtailor-mailer-3.mail>"),
    ], alt(text(body, cte="8bit"), html(page)))


@mail(n(25), family="offer", lang="fr", interview=False, company="Phocéa Fret",
      note="Job offer after the interviews (same thread as the Lever confirmation and the reschedule), with a "
           "proposed meeting to discuss and sign (vendredi 9 octobre 11h) and a reply deadline: a fixed "
           "appointment, but not an interview.",
      days=(("Fri", "2026-10-09"), ("Wed", "2026-10-07"), ("Mon", "2026-11-02")))
def n25() -> bytes:
    when, zone = "2026-10-02 17:48:02", "Europe/Paris"
    body = t("""
        Bonjour Sofia,

        Suite à vos entretiens avec Olivier Santoni et moi-même, j'ai le grand plaisir de vous proposer le
        poste d'Analyste Supply Chain en CDI, basé à Marseille (Joliette).

        Vous trouverez en pièce jointe notre proposition détaillée : rémunération annuelle brute de
        42 000 €, 13e mois, télétravail deux jours par semaine, prise de poste souhaitée le lundi
        2 novembre 2026.

        Nous vous proposons de passer nous voir le vendredi 9 octobre à 11h00 pour en discuter et, si tout
        vous convient, signer le contrat. Merci de nous faire part de votre réponse d'ici le mercredi
        7 octobre.

        Au plaisir de vous compter parmi nous,

        Camille Roux
        Chargée de recrutement - Phocéa Fret
        12 quai de la Joliette, 13002 Marseille
        06 71 22 48 09
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;color:#000">
        <p>Bonjour Sofia,</p>
        <p>Suite à vos entretiens avec Olivier Santoni et moi-même, j’ai le grand plaisir de vous proposer le
        poste d’<b>Analyste Supply Chain en CDI</b>, basé à Marseille (Joliette).</p>
        <p>Vous trouverez en pièce jointe notre proposition détaillée : rémunération annuelle brute de
        42&nbsp;000&nbsp;€, 13e mois, télétravail deux jours par semaine, prise de poste souhaitée le lundi
        2 novembre 2026.</p>
        <p>Nous vous proposons de passer nous voir le vendredi 9 octobre à 11h00 pour en discuter et, si tout
        vous convient, signer le contrat. Merci de nous faire part de votre réponse d’ici le mercredi 7 octobre.</p>
        <p>Au plaisir de vous compter parmi nous,</p>
        <p><b>Camille Roux</b><br>Chargée de recrutement – Phocéa Fret<br>12 quai de la Joliette, 13002 Marseille<br>06 71 22 48 09</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2103.outbound.protection.outlook.com [40.107.241.103])", when, zone),
        ("From", addr("Camille Roux", "camille.roux@phocea-fret.fr")),
        ("To", addr("Sofia Benali", ME)),
        ("CC", addr("Olivier Santoni", "olivier.santoni@phocea-fret.fr")),
        ("Subject", enc("Proposition d'embauche – Analyste Supply Chain")),
        ("Date", date(when, zone)),
        ("Message-ID", "<PR3P191MB1302F1A9C8D2E4B7A6C05D3E8F214@PR3P191MB1302.EURP191.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], mixed(alt(text(body), html(page)), pdf("Proposition_Phocea_Fret_S_Benali.pdf")))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Kestrel Trade Analytics",
      note="Workable application receipt; 'we'll get in touch to schedule a first interview' is hypothetical.")
def n26() -> bytes:
    when, zone = "2026-09-28 09:03:12", "Europe/Zurich"
    body = t("""
        Hi Sofia,

        Thank you for applying for the Logistics Data Analyst position at Kestrel Trade Analytics. We've
        received your application and our team will review it over the coming days.

        If your experience matches what we're looking for, we'll get in touch to schedule a first
        interview with our Head of Operations Analytics. In the meantime, you can learn more about us at
        https://kestrel-ta.ch.

        Kind regards,
        The Kestrel Trade Analytics hiring team

        Sent via Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Sofia,</p>
        <p>Thank you for applying for the <b>Logistics Data Analyst</b> position at Kestrel Trade Analytics. We've
        received your application and our team will review it over the coming days.</p>
        <p>If your experience matches what we're looking for, we'll get in touch to schedule a first
        interview with our Head of Operations Analytics. In the meantime, you can learn more about us at
        <a href="https://kestrel-ta.ch">kestrel-ta.ch</a>.</p>
        <p>Kind regards,<br>The Kestrel Trade Analytics hiring team</p>
        <p style="color:#aaa;font-size:11px">Sent via <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail.workablemail.com (mail.workablemail.com [198.21.7.141])", when, zone),
        ("From", addr("Kestrel Trade Analytics", "kestrel-trade-analytics@candidates.workablemail.com")),
        ("Reply-To", "kestrel-trade-analytics+c7d91e2a@candidates.workablemail.com"),
        ("To", SOFIA),
        ("Subject", "Thanks for applying to Kestrel Trade Analytics"),
        ("Date", date(when, zone)),
        ("Message-ID", "<wk.applied.3f9a77c2b1.1790578992@workablemail.com>"),
    ], alt(text(body), html(page)))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board digest (HTML only) with badges 'Entretiens cette semaine' and a job-dating event "
           "(jeudi 17 septembre 9h-13h, open to all); confirms nothing for the candidate.",
      days=(("Thu", "2026-09-17"),))
def n27() -> bytes:
    when, zone = "2026-09-07 07:30:00", "Europe/Paris"
    page = t("""
        <html><head><meta charset="utf-8"><title>Jobinsud</title></head>
        <body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="background:#ff6b35;padding:16px;color:#fff;font-size:20px;font-weight:bold">Jobinsud</td></tr>
        <tr><td style="padding:16px">
        <p>Bonjour Sofia,</p>
        <p>12 nouvelles offres correspondent à votre alerte <b>« analyste logistique »</b> autour de Marseille (30 km).</p>
        <hr>
        <p><a href="https://www.jobinsud.fr/offre/884120"><b>Analyste Flux Logistiques H/F</b></a><br>
        Provence Distribution Services · Vitrolles (13) · CDI<br>
        <span style="background:#e3f5e9;color:#1b7a3d;padding:2px 6px;font-size:12px">Entretiens cette semaine</span>
        <span style="background:#eef;color:#334;padding:2px 6px;font-size:12px">Candidature simplifiée</span></p>
        <p><a href="https://www.jobinsud.fr/offre/884377"><b>Data Analyst Supply Chain</b></a><br>
        Méditerranée Retail Logistique · Marseille 14e · CDI · Hybride<br>
        <span style="background:#fff3e0;color:#a35200;padding:2px 6px;font-size:12px">Recrute activement</span></p>
        <p><a href="https://www.jobinsud.fr/offre/883905"><b>Chargé(e) d'ordonnancement transport</b></a><br>
        Transalp Messagerie · Aix-en-Provence · CDD 9 mois<br>
        <span style="background:#e3f5e9;color:#1b7a3d;padding:2px 6px;font-size:12px">Entretien sous 48 h</span></p>
        <p><a href="https://www.jobinsud.fr/offres?alerte=analyste-logistique">Voir les 9 autres offres</a></p>
        <hr>
        <p style="background:#fff8e1;padding:10px"><b>Job dating Logistique &amp; Transport</b> - jeudi 17 septembre, 9h-13h,
        Parc Chanot, Marseille. Venez avec votre CV, des entretiens express de 10 minutes avec 25 recruteurs.
        Entrée libre. <a href="https://www.jobinsud.fr/evenements/job-dating-logistique">En savoir plus</a></p>
        </td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur Jobinsud.
        <a href="https://www.jobinsud.fr/alertes/desabonnement?u=5b2e">Se désabonner</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mta12.mail.jobinsud.fr (mta12.mail.jobinsud.fr [185.41.28.112])", when, zone),
        ("From", addr("Jobinsud", "alertes@mail.jobinsud.fr")),
        ("To", ME),
        ("Subject", enc("12 nouvelles offres pour « analyste logistique » autour de Marseille")),
        ("Date", date(when, zone)),
        ("Message-ID", "<alert.20260907053000.5b2e91@mail.jobinsud.fr>"),
        ("List-Unsubscribe", "<https://www.jobinsud.fr/alertes/desabonnement?u=5b2e>, <mailto:unsubscribe@mail.jobinsud.fr?subject=5b2e>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Newsletter about case interviews for logistics analysts; its sample line 'Your interview is "
           "confirmed for Tuesday at 10:00' is an example, and it announces a live Q&A (Thursday 22 October "
           "6pm CET). Nothing for the candidate.",
      days=(("Thu", "2026-10-22"),))
def n28() -> bytes:
    when, zone = "2026-10-20 06:00:00", "Europe/London"
    body = t("""
        Freight Careers Weekly - Issue #87

        HOW TO PREP FOR A LOGISTICS ANALYST CASE INTERVIEW

        "Your interview is confirmed for Tuesday at 10:00." Great - now what? Here is the 48-hour
        checklist our readers swear by:

        1. Rebuild the company's network on one page: DCs, ports, carriers, lead times.
        2. Prepare one story about a forecast you got wrong and what you changed.
        3. Rehearse a 5-minute walk-through of a cost-to-serve model.
        4. Send a short thank-you note within 24 hours.

        THIS WEEK'S INTERVIEW
        We talked to the COO of a mid-sized 3PL about what she looks for in junior analysts
        ("curiosity beats Python, but Python helps").

        LIVE Q&A
        Join us on Thursday 22 October at 6pm CET for a live Q&A on salary negotiation.
        Register: https://freightcareers.substack.com/p/live-qa-october

        You're receiving this because you subscribed to Freight Careers Weekly.
        Unsubscribe: https://freightcareers.substack.com/action/disable_email?token=eyJ1c2VyX2lk
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222">
        <div style="max-width:600px;margin:0 auto">
        <p style="font-family:Arial,sans-serif;font-size:13px;color:#888">Freight Careers Weekly - Issue #87</p>
        <h1 style="font-size:28px">How to prep for a logistics analyst case interview</h1>
        <p><i>"Your interview is confirmed for Tuesday at 10:00."</i> Great - now what? Here is the 48-hour
        checklist our readers swear by:</p>
        <ol><li>Rebuild the company's network on one page: DCs, ports, carriers, lead times.</li>
        <li>Prepare one story about a forecast you got wrong and what you changed.</li>
        <li>Rehearse a 5-minute walk-through of a cost-to-serve model.</li>
        <li>Send a short thank-you note within 24 hours.</li></ol>
        <h2>This week's interview</h2>
        <p>We talked to the COO of a mid-sized 3PL about what she looks for in junior analysts
        ("curiosity beats Python, but Python helps").</p>
        <h2>Live Q&amp;A</h2>
        <p>Join us on <b>Thursday 22 October at 6pm CET</b> for a live Q&amp;A on salary negotiation.
        <a href="https://freightcareers.substack.com/p/live-qa-october">Register</a></p>
        <p style="font-family:Arial,sans-serif;font-size:12px;color:#888">You're receiving this because you subscribed to Freight Careers Weekly.
        <a href="https://freightcareers.substack.com/action/disable_email?token=eyJ1c2VyX2lk">Unsubscribe</a></p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail-a.substack.com (mail-a.substack.com [192.254.112.44])", when, zone),
        ("From", addr("Freight Careers Weekly", "freightcareers@substack.com")),
        ("To", ME),
        ("Subject", "How to prep for a logistics analyst case interview (+ this week's interview with a 3PL COO)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<20261020060000.3.8c1f0e9d7b6a5432@substack.com>"),
        ("List-Id", "<freightcareers.substack.com>"),
        ("List-Unsubscribe", "<https://freightcareers.substack.com/action/disable_email?token=eyJ1c2VyX2lk>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page)))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Northbeam Logistics",
      note="GoodTime availability request before the itinerary: asks the candidate to pick times between "
           "Monday 26 and Friday 30 October; nothing is booked yet.",
      days=(("Mon", "2026-10-26"), ("Fri", "2026-10-30")))
def n29() -> bytes:
    when, zone = "2026-10-19 15:05:44", "America/New_York"
    body = t("""
        Hi Sofia,

        Congratulations on moving forward in the process for Supply Chain Analyst (EMEA) at Northbeam
        Logistics! The next step is a set of two back-to-back interviews (about 1 hour 45 minutes in total).

        Please select the times that work for you using the link below. Available times are shown between
        Monday, October 26 and Friday, October 30, in your local time zone.

        Select your availability: https://app.goodtime.io/availability/9f3c2e71-b0d4-4a8e-91c2-6d5e4f3a2b10

        Once you submit, we'll confirm your itinerary within one business day.

        Thanks,
        Derek Hall
        Recruiting Coordinator, Northbeam Logistics

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Sofia,</p>
        <p>Congratulations on moving forward in the process for <b>Supply Chain Analyst (EMEA)</b> at Northbeam
        Logistics! The next step is a set of two back-to-back interviews (about 1 hour 45 minutes in total).</p>
        <p>Please select the times that work for you using the button below. Available times are shown between
        Monday, October 26 and Friday, October 30, in your local time zone.</p>
        <p><a href="https://app.goodtime.io/availability/9f3c2e71-b0d4-4a8e-91c2-6d5e4f3a2b10"
        style="background:#3d5afe;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Select your availability</a></p>
        <p>Once you submit, we'll confirm your itinerary within one business day.</p>
        <p>Thanks,<br>Derek Hall<br>Recruiting Coordinator, Northbeam Logistics</p>
        <p style="font-size:11px;color:#999">Powered by GoodTime</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail.goodtime.io (mail.goodtime.io [168.245.27.91])", when, zone),
        ("From", addr("Northbeam Logistics Recruiting", "noreply@goodtime.io")),
        ("Reply-To", addr("Derek Hall", "derek.hall@northbeamlogistics.com")),
        ("To", SOFIA),
        ("Subject", "Northbeam Logistics - Please share your availability"),
        ("Date", date(when, zone)),
        ("Message-ID", "<goodtime.availability.7a2d9c1e05f8@goodtime.io>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii")))


@mail(n(30), family="scheduling_link", lang="fr", interview=False, company="Vauban Logistique",
      note="Recruiter sends his Calendly link for a 30-minute call; no slot chosen yet (the Calendly "
           "confirmation comes later as a separate mail).")
def n30() -> bytes:
    when, zone = "2026-12-01 12:47:19", "Europe/Paris"
    body = t("""
        Bonjour Sofia,

        Merci pour votre candidature, votre parcours chez un commissionnaire de transport nous intéresse
        beaucoup.

        Je vous propose un premier échange téléphonique de 30 minutes. Vous pouvez réserver directement le
        créneau qui vous convient dans mon agenda :
        https://calendly.com/bastien-leclerc-vauban/entretien-analyste

        Je suis plutôt disponible en matinée la semaine prochaine.

        Bien à vous,
        Bastien Leclerc
        Responsable Supply Chain - Vauban Logistique
        ZI Toulon Est, 83130 La Garde

        Le 29/11/2026 à 21:14, Sofia Benali a écrit :
        > Bonjour Monsieur Leclerc,
        >
        > Je me permets de vous adresser ma candidature au poste d'analyste logistique publié sur votre
        > site. Vous trouverez mon CV en pièce jointe.
        >
        > Bien cordialement,
        > Sofia Benali
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from smtp.vauban-logistique.fr (smtp.vauban-logistique.fr [91.121.44.210])", when, zone),
        ("From", addr("Bastien Leclerc", "bastien.leclerc@vauban-logistique.fr")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", enc("Re: Candidature Analyste Logistique – Vauban Logistique")),
        ("Date", date(when, zone)),
        ("Message-ID", "<7c2e9a14-5b3d-4f01-a8e6-0d9c1b2f3e47@vauban-logistique.fr>"),
        ("In-Reply-To", "<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@example.org>"),
        ("References", "<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr"),
    ], text(body, params="format=flowed", cte="8bit"))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Dunecrest Freight",
      note="Cold outreach from a Dubai recruiter asking for a 20-minute call 'sometime next week'; only his "
           "usual availability is given, nothing is fixed.")
def n31() -> bytes:
    when, zone = "2026-09-14 11:32:08", "Asia/Dubai"
    body = t("""
        Hi Sofia,

        I came across your profile while looking for logistics analysts with Mediterranean port experience.
        Dunecrest Freight is building a network planning team in Jebel Ali and I think your background at
        Fos would be a strong fit.

        Would you be open to a 20-minute call sometime next week? I'm usually free between 10am and 1pm
        Dubai time (UTC+4), so early morning to late morning for you. Just reply with a couple of times that
        work and I'll send an invite.

        Best,
        Rashid Al Falasi
        Senior Talent Partner | Dunecrest Freight LLC
        Jebel Ali Free Zone, Dubai
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail-eopbgr70088.outbound.protection.outlook.com (mail-eopbgr70088.outbound.protection.outlook.com [40.107.7.88])", when, zone),
        ("From", addr("Rashid Al Falasi", "rashid.alfalasi@dunecrestfreight.ae")),
        ("To", ME),
        ("Subject", "Logistics Analyst opportunity in Dubai - open to a chat?"),
        ("Date", date(when, zone)),
        ("Message-ID", "<DXBP281MB0144C2E9A1F3B5D7E60918A4C3B27@DXBP281MB0144.ARE.PROD.OUTLOOK.COM>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), charset="us-ascii")))


@mail(n(32), family="interview_proposal", lang="fr", interview=False, company="Maghreb Logistique Intégrée",
      note="Moroccan recruiter proposes two interview slots (lundi 7 décembre 11h00 or mardi 8 décembre 15h00, "
           "heure de Casablanca) and asks which suits: proposed, not confirmed. The confirmation comes on 1 Dec.",
      days=(("Mon", "2026-12-07"), ("Tue", "2026-12-08")))
def n32() -> bytes:
    when, zone = "2026-11-26 15:26:33", "Africa/Casablanca"
    body = t("""
        Bonjour Madame Benali,

        Nous avons bien reçu votre candidature au poste d'Analyste Logistique et nous vous en remercions.

        Votre profil a retenu l'attention de notre Direction Supply Chain. À cet effet, nous souhaiterions
        convenir d'un entretien par visioconférence avec M. Hicham Tazi, Directeur Supply Chain.

        Je vous propose les créneaux suivants (heure de Casablanca, GMT+1) :
          - lundi 7 décembre 2026 à 11h00
          - mardi 8 décembre 2026 à 15h00

        Merci de bien vouloir nous faire part de votre disponibilité par retour de mail, afin que nous
        puissions vous adresser le lien de connexion.

        Dans l'attente de votre retour, veuillez agréer, Madame, l'expression de nos salutations distinguées.

        Salma El Idrissi
        Chargée de Recrutement
        Maghreb Logistique Intégrée (MLI)
        Zone Industrielle Aïn Sebaâ, Casablanca
        Tél : +212 522 34 18 90
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail.mli-group.ma (mail.mli-group.ma [196.200.142.17])", when, zone),
        ("From", addr("Salma El Idrissi", "s.elidrissi@mli-group.ma")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", enc("Candidature au poste d'Analyste Logistique - Proposition d'entretien", "windows-1252")),
        ("Date", date(when, zone)),
        ("Message-ID", "<000301dc5dc4$2f81a9e0$8e84fda0$@mli-group.ma>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr"),
    ], text(body, charset="windows-1252"))


@mail(n(33), family="medical_appointment", lang="fr", interview=False, company=None,
      note="Booking-platform confirmation of a GP appointment (jeudi 1er octobre 08:45) with an ICS: a fixed, "
           "confirmed time, but not an interview.",
      days=(("Thu", "2026-10-01"),))
def n33() -> bytes:
    when, zone = "2026-09-25 18:02:40", "Europe/Paris"
    body = t("""
        Bonjour Sofia BENALI,

        Votre rendez-vous est confirmé.

        Jeudi 1er octobre 2026 à 08:45
        Dr Anne Lefort - Médecin généraliste
        Cabinet médical Périer, 112 avenue du Prado, 13008 Marseille

        Motif : Consultation de suivi
        Pensez à apporter votre carte Vitale.

        En cas d'empêchement, merci d'annuler votre rendez-vous au moins 24h à l'avance :
        https://www.rdvsante.fr/compte/rendez-vous

        L'équipe RDVsanté
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f2f6fa">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
        <p style="color:#107aca;font-size:20px;font-weight:bold">RDVsanté</p>
        <p>Bonjour Sofia BENALI,</p>
        <p style="font-size:18px"><b>Votre rendez-vous est confirmé.</b></p>
        <p style="background:#eaf4fc;padding:12px">Jeudi 1er octobre 2026 à 08:45<br>
        <b>Dr Anne Lefort</b> - Médecin généraliste<br>Cabinet médical Périer, 112 avenue du Prado, 13008 Marseille</p>
        <p>Motif : Consultation de suivi<br>Pensez à apporter votre carte Vitale.</p>
        <p>En cas d'empêchement, merci d'<a href="https://www.rdvsante.fr/compte/rendez-vous">annuler votre rendez-vous</a>
        au moins 24h à l'avance.</p>
        <p>L'équipe RDVsanté</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//RDVsante//Agenda patient//FR
VERSION:2.0
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:rdv-90412877@rdvsante.fr
DTSTAMP:20260925T160240Z
DTSTART;TZID=Europe/Paris:20261001T084500
DTEND;TZID=Europe/Paris:20261001T090000
SUMMARY:RDV Dr Anne Lefort - Médecin généraliste
LOCATION:112 avenue du Prado\\, 13008 Marseille
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from mail-out2.rdvsante.fr (mail-out2.rdvsante.fr [51.159.68.12])", when, zone),
        ("From", addr("RDVsanté", "no-reply@rdvsante.fr")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre rendez-vous du jeudi 1er octobre 2026")),
        ("Date", date(when, zone)),
        ("Message-ID", "<rdv-90412877.confirm.1790352160@rdvsante.fr>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="rendez-vous.ics",
                      disposition="attachment")))


@mail(n(34), family="property_viewing", lang="fr", interview=False, company=None,
      note="Estate agent confirms a flat viewing in Lyon (samedi 10 octobre 11h00); asks for a 'promesse "
           "d'embauche' in the file. Fixed time, not an interview.",
      days=(("Sat", "2026-10-10"),))
def n34() -> bytes:
    when, zone = "2026-10-05 12:14:26", "Europe/Paris"
    body = t("""
        Bonjour Madame Benali,

        Je vous confirme la visite de l'appartement T3 situé 14 rue d'Austerlitz, 69004 Lyon (réf. LY-4471),
        le samedi 10 octobre à 11h00. Rendez-vous directement devant l'immeuble, je serai là avec les clés.

        Pour constituer votre dossier, merci de prévoir : pièce d'identité, trois derniers bulletins de
        salaire, dernier avis d'imposition et, le cas échéant, votre promesse d'embauche.

        Bonne journée,

        Julie Perrin
        Conseillère location - Saône Immobilier
        52 boulevard de la Croix-Rousse, 69001 Lyon
        04 78 29 61 35
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from smtp.saone-immobilier.fr (smtp.saone-immobilier.fr [212.27.48.9])", when, zone),
        ("From", addr("Julie Perrin - Saône Immobilier", "j.perrin@saone-immobilier.fr")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", enc("Visite T3 Croix-Rousse – samedi 10 octobre 11h")),
        ("Date", date(when, zone)),
        ("Message-ID", "<20261005101426.4F2A1C0B8D@smtp.saone-immobilier.fr>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Verdana">'),
                                        cte="base64")))


@mail(n(35), family="car_service", lang="fr", interview=False, company=None,
      note="Garage confirms a workshop booking (lundi 16 novembre, drop-off 8h00); iso-8859-15 with a euro "
           "sign. Not an interview.",
      days=(("Mon", "2026-11-16"),))
def n35() -> bytes:
    when, zone = "2026-11-12 16:55:03", "Europe/Paris"
    body = t("""
        Madame Benali,

        Nous vous confirmons votre rendez-vous à l'atelier :

        Date : lundi 16 novembre 2026
        Heure de dépôt : 8h00
        Véhicule : FG-482-KT
        Prestations : révision des 60 000 km + remplacement des pneus avant
        Devis estimatif : 389,00 € TTC

        Restitution prévue le jour même à partir de 17h00. Un véhicule de courtoisie peut vous être prêté
        sur simple demande.

        Cordialement,
        L'atelier Castellane Auto
        14 rue de Rome, 13006 Marseille - 04 91 47 20 83
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from smtp.castellane-auto.fr (smtp.castellane-auto.fr [62.210.16.61])", when, zone),
        ("From", addr("Atelier Castellane Auto", "atelier@castellane-auto.fr")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre rendez-vous atelier - lundi 16 novembre 8h00")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CA.20261112165503.0417@castellane-auto.fr>"),
        ("X-Mailer", "GarageManager 7.2"),
    ], text(body, charset="iso-8859-15"))


@mail(n(36), family="school_meeting", lang="fr", interview=False, company=None,
      note="School platform confirms a parent-teacher slot (jeudi 19 novembre 17h45-18h00). Not an interview.",
      days=(("Thu", "2026-11-19"),))
def n36() -> bytes:
    when, zone = "2026-11-13 20:31:15", "Europe/Paris"
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <table width="600" cellpadding="16" style="border:1px solid #d6dde6"><tr><td>
        <p style="color:#3a6ea5;font-weight:bold">ENT ÉcoleConnect - Rencontres parents-enseignants</p>
        <p>Madame Benali,</p>
        <p>Votre créneau de rencontre avec Mme Castel, enseignante de la classe de CM1 de votre enfant Yanis, est confirmé :</p>
        <p style="font-size:16px"><b>Jeudi 19 novembre 2026 de 17h45 à 18h00</b><br>École élémentaire Les Platanes, salle 12</p>
        <p>Merci de respecter l'horaire afin de ne pas retarder les familles suivantes.</p>
        <p style="font-size:11px;color:#888">Ce message vous est adressé automatiquement par l'ENT ÉcoleConnect. Merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail.ecoleconnect.fr (mail.ecoleconnect.fr [193.49.200.14])", when, zone),
        ("From", addr("ENT ÉcoleConnect", "ne-pas-repondre@ecoleconnect.fr")),
        ("To", ME),
        ("Subject", enc("Rencontre parents-enseignants : votre créneau est confirmé")),
        ("Date", date(when, zone)),
        ("Message-ID", "<ecoleconnect.rdv.118273.20261113193115@ecoleconnect.fr>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page))


@mail(n(37), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Outlook invite from the candidate's current manager: the daily ops stand-up moves to 08:45 from "
           "Monday 7 September (recurring, Romance Standard Time). A work meeting, not an interview.",
      days=(("Mon", "2026-09-07"),))
def n37() -> bytes:
    when, zone = "2026-09-04 17:10:49", "Europe/Paris"
    body = t("""
        Hi all,

        From Monday the daily ops stand-up moves to 08:45 so that the night shift can hand over before
        leaving. 15 minutes max, in the ops room or on Teams.

        Sofia, sending this to your personal address as well since your mailbox is still being migrated.

        Thanks,
        Hendrik

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE0NzE5%40thread.v2/0>
        Meeting ID: 372 118 604 219
        Passcode: r8Tq3L
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{MY_VTZ["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Hendrik Vos:mailto:hendrik.vos@fosterminal.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ops Marseille-Fos:mailto:ops-fos@fosterminal.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofia Benali:mailto:sofia.benali@example.org
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO
UID:040000008200E00074C5B7101A82E0080000000070A9D8E15B3CDC01000000000000000010000000D7E2
SUMMARY;LANGUAGE=en-US:Daily ops stand-up
DTSTART;TZID=Romance Standard Time:20260907T084500
DTEND;TZID=Romance Standard Time:20260907T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260904T151049Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:3
LOCATION;LANGUAGE=en-US:Ops room B2 / Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2061.outbound.protection.outlook.com [40.107.6.61])", when, zone),
        ("From", addr("Hendrik Vos", "hendrik.vos@fosterminal.com")),
        ("To", "Ops Marseille-Fos <ops-fos@fosterminal.com>, " + SOFIA),
        ("Subject", "Daily ops stand-up (new time from Monday)"),
        ("Thread-Topic", "Daily ops stand-up (new time from Monday)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<DB8PR04MB6810B3C27E1A9F4D5C6E8A2B7D903@DB8PR04MB6810.eurprd04.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), calendar(ics)))


@mail(n(38), family="bank_appointment", lang="fr", interview=False, company=None,
      note="Bank confirms an 'entretien' with the customer's adviser (mardi 27 octobre 17h30, agency); "
           "iso-8859-1 8bit. A confirmed appointment called entretien, but not a job interview.",
      days=(("Tue", "2026-10-27"),))
def n38() -> bytes:
    when, zone = "2026-10-20 09:41:37", "Europe/Paris"
    body = t("""
        Madame,

        Nous vous confirmons votre entretien avec votre conseillère, Mme Karine Olivieri, le mardi
        27 octobre 2026 à 17h30, en agence Marseille Castellane (2 place Castellane, 13006 Marseille).

        Objet du rendez-vous : bilan épargne et projet immobilier.

        Pensez à vous munir de vos trois derniers bulletins de salaire et de votre dernier avis
        d'imposition.

        Pour modifier ou annuler ce rendez-vous, connectez-vous à votre espace client ou appelez votre
        agence au 04 91 78 02 60.

        Banque des Calanques
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mailer.e.banquedescalanques.fr (mailer.e.banquedescalanques.fr [194.51.33.140])", when, zone),
        ("From", addr("Banque des Calanques", "rendez-vous@e.banquedescalanques.fr")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre entretien avec votre conseillère", "iso-8859-1")),
        ("Date", date(when, zone)),
        ("Message-ID", "<RDV.AG0412.20261020.094137.77120@e.banquedescalanques.fr>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(39), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Webinar registration 'Ace the video interview' (Wednesday 4 November, 6-7 PM CET) with an ICS; "
           "a confirmed time about interviews, but not a job interview.",
      days=(("Wed", "2026-11-04"),))
def n39() -> bytes:
    when, zone = "2026-11-02 08:00:12", "Europe/Paris"
    body = t("""
        Hi Sofia,

        You're registered! Here are your details:

        Ace the video interview: logistics & supply chain edition
        Wednesday, November 4, 2026 | 6:00 PM - 7:00 PM CET

        Join link: https://routeway-academy.zoom.us/w/98120455721?tk=rA9kQ3
        Add to calendar: see the attached invite.

        What we'll cover: lighting and sound, answering the "walk me through your network" question, and a
        live mock interview with a volunteer from the audience.

        See you there,
        The Routeway Academy team

        Unsubscribe: https://routeway-academy.com/email/unsubscribe?u=7f3a
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hi Sofia,</p>
        <p><b>You're registered!</b> Here are your details:</p>
        <p style="border:1px solid #ddd;padding:12px"><b>Ace the video interview: logistics &amp; supply chain edition</b><br>
        Wednesday, November 4, 2026 | 6:00 PM - 7:00 PM CET<br>
        <a href="https://routeway-academy.zoom.us/w/98120455721?tk=rA9kQ3">Join the webinar</a></p>
        <p>What we'll cover: lighting and sound, answering the "walk me through your network" question, and a
        live mock interview with a volunteer from the audience.</p>
        <p>See you there,<br>The Routeway Academy team</p>
        <p style="font-size:11px;color:#999"><a href="https://routeway-academy.com/email/unsubscribe?u=7f3a">Unsubscribe</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Zoom Video Communications//Zoom Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoom-webinar-98120455721@zoom.us
DTSTAMP:20261102T070012Z
DTSTART:20261104T170000Z
DTEND:20261104T180000Z
SUMMARY:Webinar: Ace the video interview (logistics & supply chain edition)
LOCATION:https://routeway-academy.zoom.us/w/98120455721?tk=rA9kQ3
ORGANIZER;CN=Routeway Academy:mailto:events@routeway-academy.com
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from o2.ptr4412.routeway-academy.com (o2.ptr4412.routeway-academy.com [149.72.61.204])", when, zone),
        ("From", addr("Routeway Academy", "events@routeway-academy.com")),
        ("To", ME),
        ("Subject", "You're registered: Ace the video interview - logistics & supply chain edition"),
        ("Date", date(when, zone)),
        ("Message-ID", "<reg.98120455721.5d1e7a@routeway-academy.com>"),
        ("List-Unsubscribe", "<https://routeway-academy.com/email/unsubscribe?u=7f3a>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(n(40), family="meetup", lang="fr", interview=False, company=None,
      note="Meetup RSVP confirmation for a local supply-chain meetup (jeudi 8 octobre 19h00-21h30). "
           "Not an interview.",
      days=(("Thu", "2026-10-08"),))
def n40() -> bytes:
    when, zone = "2026-10-03 10:22:51", "Europe/Paris"
    body = t("""
        Vous participez !

        Supply Chain & Data Marseille #14 : réduire les kilomètres à vide
        jeudi 8 octobre 2026, 19:00 à 21:30 CEST
        Le Hangar 21, 21 rue de la République, 13002 Marseille

        Au programme :
        - 19h15 : « Comment on a réduit de 30 % les km à vide sur nos tournées régionales »
        - 20h00 : table ronde sur la mutualisation du transport
        - 20h45 : apéro réseau

        Vous ne pouvez plus venir ? Modifiez votre réponse pour libérer votre place :
        https://www.meetup.com/fr-FR/supply-chain-data-marseille/events/303118822/

        Meetup, 632 Broadway, New York, NY 10012
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Graphik,Arial,sans-serif;color:#212121">
        <h2>Vous participez !</h2>
        <p><b>Supply Chain &amp; Data Marseille #14 : réduire les kilomètres à vide</b><br>
        jeudi 8 octobre 2026, 19:00 à 21:30 CEST<br>Le Hangar 21, 21 rue de la République, 13002 Marseille</p>
        <p>Au programme :<br>- 19h15 : « Comment on a réduit de 30 % les km à vide sur nos tournées régionales »<br>
        - 20h00 : table ronde sur la mutualisation du transport<br>- 20h45 : apéro réseau</p>
        <p>Vous ne pouvez plus venir ? <a href="https://www.meetup.com/fr-FR/supply-chain-data-marseille/events/303118822/">Modifiez votre réponse</a> pour libérer votre place.</p>
        <p style="font-size:11px;color:#757575">Meetup, 632 Broadway, New York, NY 10012</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail187-3.suw11.mandrillapp.com (mail187-3.suw11.mandrillapp.com [198.2.187.3])", when, zone),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", ME),
        ("Subject", enc("Vous participez : Supply Chain & Data Marseille #14 – jeudi 8 octobre")),
        ("Date", date(when, zone)),
        ("Message-ID", "<rsvp.303118822.9a1f2c@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/fr-FR/account/comm/unsub/?t=9a1f2c>"),
    ], alt(text(body), html(page)))


@mail(n(41), family="press_interview", lang="fr", interview=False, company=None,
      note="A journalist confirms a phone 'interview' with the candidate (mardi 10 novembre 10h, about 30 min) "
           "for a magazine feature. The candidate is interviewed, but not for a job.",
      days=(("Tue", "2026-11-10"),))
def n41() -> bytes:
    when, zone = "2026-11-05 13:08:44", "Europe/Paris"
    body = t("""
        Bonjour Sofia,

        Merci d'avoir accepté de répondre à mes questions ! Je vous confirme notre interview téléphonique
        mardi 10 novembre à 10h, pour une trentaine de minutes. Je vous appellerai au numéro que vous m'avez
        indiqué.

        L'article paraîtra dans notre numéro de décembre, dans le dossier « Femmes de la logistique en
        Provence ». Je vous enverrai vos citations pour relecture avant publication.

        Bien cordialement,

        Élodie Marchand
        Journaliste - La Gazette des Docks
        06 48 27 13 90
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])", when, zone),
        ("From", addr("Élodie Marchand", "elodie.marchand@gazettedesdocks.fr")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", enc("Interview pour notre dossier « Femmes de la logistique »")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAH4qR8m1Fz0pWx6sL3dT9nB2eY7kV5uJ0cQ4aG8hM6iN1oE3r@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(42), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a recorded 'interview' with the candidate as guest (Thursday 3 December, "
           "5pm GMT = 6pm Paris). Fixed time, but she is a guest, not a job candidate.",
      days=(("Thu", "2026-12-03"),))
def n42() -> bytes:
    when, zone = "2026-11-27 14:36:20", "Europe/London"
    body = t("""
        Hi Sofia,

        Brilliant, thanks for saying yes! Locking it in: we'll record your interview for Last Mile Talks on
        Thursday 3 December at 5pm GMT (6pm your time). Plan for about 45 minutes of conversation; we edit
        it down to 30.

        Studio link (Riverside, works in Chrome, no install): https://riverside.fm/studio/last-mile-talks?t=8c2f1a
        A wired headset helps a lot. Topics as discussed: empty-running, port congestion at Fos, and how
        you got into logistics analytics.

        Cheers,
        Tom Ridley
        Host, Last Mile Talks
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])", when, zone),
        ("From", addr("Tom Ridley", "tom@lastmiletalks.fm")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", "Re: Guest slot on Last Mile Talks"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAN2x8Ff0Wq4kD1mP7sR3vL9tB6yH2zE5uA0cJ8gK4nQ1oT7iM@mail.gmail.com>"),
        ("In-Reply-To", "<a3c9e1f7-0b2d-4e68-9f15-7d2c8b4a6e01@example.org>"),
        ("References", "<a3c9e1f7-0b2d-4e68-9f15-7d2c8b4a6e01@example.org>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), charset="us-ascii")))


@mail(n(43), family="coaching_session", lang="fr", interview=False, company=None,
      note="Calendly confirmation of a paid interview-preparation session with a career coach ('Préparation "
           "entretien d'embauche (60 min)', jeudi 15 octobre 18:00-19:00): a Calendly booking about interviews, "
           "not a job interview.",
      days=(("Thu", "2026-10-15"),))
def n43() -> bytes:
    when, zone = "2026-10-09 21:05:33", "Europe/Paris"
    body = t("""
        Bonjour Sofia Benali,

        Votre événement a été programmé.

        Nom de l'événement :
        Préparation entretien d'embauche (60 min)

        Date/Heure de l'événement :
        18:00 - 19:00, jeudi 15 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Google Meet (les informations de connexion vous seront envoyées)

        Invité(e) :
        Isabelle Roche

        Questions :
        Pour quel poste vous préparez-vous ?
        Analyste logistique, entretien avec un manager opérationnel

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/0c9d8e7f-1a2b-4c3d-9e8f-7a6b5c4d3e2f
        Reprogrammer : https://calendly.com/reschedulings/0c9d8e7f-1a2b-4c3d-9e8f-7a6b5c4d3e2f

        Propulsé par Calendly.com
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from o1.email.calendly.com (o1.email.calendly.com [167.89.87.229])", when, zone),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Isabelle Roche", "isabelle@roche-coaching.fr")),
        ("To", SOFIA),
        ("Subject", enc("Confirmé : Préparation entretien d'embauche (60 min) avec Isabelle Roche le jeudi 15 octobre 2026")),
        ("Date", date(when, zone)),
        ("Message-ID", "<Vt9Qe2LrX0aB7nKc4sWd1A@geopod-ismtpd-7>"),
    ], text(body))


@mail(n(44), family="volunteer_intake", lang="fr", interview=False, company=None,
      note="A food-bank association confirms a volunteer intake 'entretien d'accueil' (mercredi 30 septembre "
           "18h, about 20 minutes), tutoiement. Volunteering, not a job interview.",
      days=(("Wed", "2026-09-30"),))
def n44() -> bytes:
    when, zone = "2026-09-24 19:47:02", "Europe/Paris"
    body = t("""
        Coucou Sofia,

        Super que tu veuilles nous rejoindre ! On te confirme ton entretien d'accueil bénévole mercredi
        30 septembre à 18h au local (8 rue Loubon, 13003 Marseille, sonner à "Paniers"). Ça dure une
        vingtaine de minutes : on t'explique comment marchent les distributions et on regarde ensemble tes
        dispos (le samedi matin c'est là qu'on a le plus besoin de monde, et d'une tête logistique pour le
        planning des tournées 😉).

        À mercredi,
        Maëlle, pour l'équipe des Paniers Solidaires
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from mail-ej1-f42.google.com (mail-ej1-f42.google.com [209.85.218.42])", when, zone),
        ("From", addr("Les Paniers Solidaires", "lespanierssolidaires13@gmail.com")),
        ("To", ME),
        ("Subject", enc("Ton entretien d'accueil bénévole ✔")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAK1pZq7nE3vR8xM0tL5wB2dY9sH4uF6cA1gJ7kQ3oN8iT2eW0@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(45), family="interviewer_request", lang="fr", interview=False, company=None,
      note="HR at the candidate's current employer invites her to sit on a panel interviewing an apprentice "
           "candidate (mercredi 18 novembre 14h00-14h45, Romance Standard Time ICS); work mail auto-forwarded "
           "to the personal address. She is the interviewer, not the candidate.",
      days=(("Wed", "2026-11-18"),))
def n45() -> bytes:
    when, zone = "2026-11-10 11:18:29", "Europe/Paris"
    body = t("""
        Bonjour Sofia,

        Comme évoqué avec Hendrik, je te propose de faire partie du jury pour le recrutement de notre
        alternant(e) Supply Chain. Premier candidat : Lucas Moreau (Master 2 Logistique, Aix-Marseille).

        Entretien candidat : mercredi 18 novembre, 14h00 - 14h45, salle Frioul (bâtiment A).

        Tu trouveras son CV et la grille d'évaluation en pièces jointes. Merci de préparer deux ou trois
        questions sur l'analyse de données (Excel / Power BI).

        Merci !
        Céline Bouvier
        Chargée RH - Fos Terminal Services
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{MY_VTZ["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Céline Bouvier:mailto:celine.bouvier@fosterminal.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofia Benali:mailto:sofia.benali@fosterminal.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hendrik Vos:mailto:hendrik.vos@fosterminal.com
UID:040000008200E00074C5B7101A82E00800000000D0E48F2A7B71DD01000000000000000010000000B3C8
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Alternant(e) Supply Chain - Lucas Moreau
DTSTART;TZID=Romance Standard Time:20261118T140000
DTEND;TZID=Romance Standard Time:20261118T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T101829Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Frioul (bâtiment A)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"sofia.benali@fosterminal.com {ME}"),
        rcv("from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2077.outbound.protection.outlook.com [40.107.6.77])", when, zone),
        ("From", addr("Céline Bouvier", "celine.bouvier@fosterminal.com")),
        ("To", addr("Sofia Benali", "sofia.benali@fosterminal.com")),
        ("CC", addr("Hendrik Vos", "hendrik.vos@fosterminal.com")),
        ("Subject", "Entretien candidat - Alternant(e) Supply Chain - Lucas Moreau"),
        ("Thread-Topic", "Entretien candidat - Alternant(e) Supply Chain - Lucas Moreau"),
        ("Date", date(when, zone)),
        ("Message-ID", "<DB8PR04MB6810E2D94A7C1B3F5E8D6C0A2B917@DB8PR04MB6810.eurprd04.prod.outlook.com>"),
        ("Content-Language", "fr-FR"),
    ], mixed(alt(text(body), calendar(ics, cte="base64")),
             pdf("CV_Lucas_Moreau.pdf"), pdf("Grille_evaluation_alternance.pdf")))


@mail(n(46), family="auto_reply", lang="fr", interview=False, company="Groupe Massilia Distribution",
      note="Out-of-office reply (Auto-Submitted: auto-replied) from the recruiter of the 26 October interview, "
           "absent 2-6 November; bilingual. Nothing scheduled.",
      days=(("Mon", "2026-11-02"), ("Fri", "2026-11-06"), ("Mon", "2026-10-26")))
def n46() -> bytes:
    when, zone = "2026-11-02 08:03:17", "Europe/Paris"
    body = t("""
        Bonjour,

        Je suis absente du lundi 2 au vendredi 6 novembre inclus, avec un accès limité à mes e-mails.
        Je traiterai votre message à mon retour. Pour toute urgence concernant un recrutement, vous pouvez
        contacter l'équipe Talent Acquisition au 04 42 90 51 00.

        I am out of the office from 2 to 6 November with limited access to email.

        Laetitia Garnier
        Talent Acquisition - Groupe Massilia Distribution
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2084.outbound.protection.outlook.com [40.107.22.84])", when, zone),
        ("From", addr("Laetitia Garnier", "laetitia.garnier@massilia-distribution.fr")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", enc("Réponse automatique : Relance – suite à notre entretien du 26 octobre")),
        ("Date", date(when, zone)),
        ("Message-ID", "<AM9PR05MB8472C05F3E1D2A9B7C4E6F8D1A325@AM9PR05MB8472.eurprd05.prod.outlook.com>"),
        ("In-Reply-To", "<5d8e2f10-7c3b-4a96-b1e4-9f0a2c6d8e73@example.org>"),
        ("References", "<5d8e2f10-7c3b-4a96-b1e4-9f0a2c6d8e73@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "fr-FR"),
    ], text(body))


@mail(n(47), family="bounce", lang="fr", interview=False, company=None,
      note="Postfix bounce (multipart/report) of the candidate's own reply accepting 'lundi 7 décembre à "
           "11h00', sent to a mistyped address; the recruiter never got it (she confirms by phone on 1 Dec). "
           "A delivery failure, not a confirmation.",
      days=(("Mon", "2026-12-07"), ("Tue", "2026-12-08")))
def n47() -> bytes:
    when, zone = "2026-11-27 09:14:38", "Europe/Paris"
    original = message([
        ("From", SOFIA),
        ("To", addr("Salma El Idrissi", "s.elidrisi@mli-group.ma")),
        ("Subject", enc("Re: Candidature au poste d'Analyste Logistique - Proposition d'entretien")),
        ("Date", date("2026-11-27 09:14:31", zone)),
        ("Message-ID", "<e4b1c7a2-9d30-4f58-8c26-1a7e5b9d3f04@example.org>"),
        ("In-Reply-To", "<000301dc5dc4$2f81a9e0$8e84fda0$@mli-group.ma>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Bonjour Madame El Idrissi,

        Merci pour votre message. Je vous confirme ma disponibilité pour le lundi 7 décembre à 11h00
        (heure de Casablanca) pour l'entretien avec M. Tazi.

        Bien cordialement,
        Sofia Benali

        Le 26/11/2026 à 15:26, Salma El Idrissi a écrit :
        > Je vous propose les créneaux suivants (heure de Casablanca, GMT+1) :
        >   - lundi 7 décembre 2026 à 11h00
        >   - mardi 8 décembre 2026 à 15h00
        """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <s.elidrisi@mli-group.ma>: host mail.mli-group.ma[196.200.142.17] said: 550
            5.1.1 <s.elidrisi@mli-group.ma>: Recipient address rejected: User unknown
            in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4W8C2D1E0F9A
        X-Postfix-Sender: rfc822; sofia.benali@example.org
        Arrival-Date: Fri, 27 Nov 2026 09:14:32 +0100 (CET)

        Final-Recipient: rfc822; s.elidrisi@mli-group.ma
        Original-Recipient: rfc822;s.elidrisi@mli-group.ma
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.mli-group.ma
        Diagnostic-Code: smtp; 550 5.1.1 <s.elidrisi@mli-group.ma>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    notice_part = text(notice, charset="us-ascii", cte="7bit",
                       extra=(("Content-Description", "Notification"),))
    status_part = raw_part([("Content-Description", "Delivery report"),
                            ("Content-Type", "message/delivery-status")], status)
    returned = attached_message(original)
    returned.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return message([
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("Received", "by mx1.example.org (Postfix)\r\n id 4W8C2D1F7B20; " + date(when, zone)),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, zone)),
        ("Message-ID", "<20261127081438.4W8C2D1F7B20@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", notice_part, status_part, returned, params="report-type=delivery-status"))


@mail(n(48), family="mailing_list", lang="fr", interview=False, company=None,
      note="Alumni mailing-list post (Sympa headers, Precedence: list) by a hiring manager collecting CVs; "
           "'entretiens la semaine du 28 septembre' is a plan for whoever applies, nothing is fixed for the "
           "candidate. company null as list mail.",
      days=(("Mon", "2026-09-28"), ("Fri", "2026-09-18")))
def n48() -> bytes:
    when, zone = "2026-09-16 22:09:51", "Europe/Paris"
    body = t("""
        Bonsoir à toutes et à tous,

        Chez Transmed Sud (Fos-sur-Mer) nous recrutons deux analystes transport en CDI, idéalement avec
        2 à 5 ans d'expérience en commission de transport ou en terminal.

        Je fais passer les entretiens la semaine du 28 septembre : envoyez-moi vos CV (ou ceux de vos
        contacts) avant vendredi 18 septembre à g.ferraro@transmed-sud.fr.

        Merci pour vos partages et au plaisir de vous croiser au prochain afterwork !

        Guillaume Ferraro (promo 2014)
        Responsable Exploitation - Transmed Sud

        ---
        Vous êtes abonné(e) à la liste alumni-logistique@listes.eslm-alumni.fr
        Pour vous désabonner : https://listes.eslm-alumni.fr/sympa/signoff/alumni-logistique
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from listes.eslm-alumni.fr (listes.eslm-alumni.fr [51.91.22.140])", when, zone, lag=41),
        ("From", addr("Guillaume Ferraro", "g.ferraro@transmed-sud.fr")),
        ("Sender", "alumni-logistique-request@listes.eslm-alumni.fr"),
        ("Reply-To", "alumni-logistique@listes.eslm-alumni.fr"),
        ("To", "alumni-logistique@listes.eslm-alumni.fr"),
        ("Subject", enc("[Alumni ESLM Logistique] Je recrute : 2 analystes transport à Fos – entretiens semaine du 28/09")),
        ("Date", date(when, zone)),
        ("Message-ID", "<8f3e1a2b-c4d5-4e6f-9a0b-1c2d3e4f5a6b@transmed-sud.fr>"),
        ("List-Id", "<alumni-logistique.listes.eslm-alumni.fr>"),
        ("List-Post", "<mailto:alumni-logistique@listes.eslm-alumni.fr>"),
        ("List-Unsubscribe", "<https://listes.eslm-alumni.fr/sympa/signoff/alumni-logistique>"),
        ("List-Archive", "<https://listes.eslm-alumni.fr/sympa/arc/alumni-logistique>"),
        ("Precedence", "list"),
        ("X-Loop", "alumni-logistique@listes.eslm-alumni.fr"),
        ("X-Sympa-To", "alumni-logistique@listes.eslm-alumni.fr"),
    ], text(body, charset="iso-8859-1"))


@mail(n(49), family="job_centre_appointment", lang="fr", interview=False, company=None,
      note="The public employment service confirms a compulsory 'entretien de suivi' with the job seeker's "
           "adviser (mardi 6 octobre 2026 à 9h30, agency). A confirmed appointment called entretien, about the "
           "job search, but not a job interview.",
      days=(("Tue", "2026-10-06"),))
def n49() -> bytes:
    when, zone = "2026-09-30 07:12:04", "Europe/Paris"
    body = t("""
        Madame Sofia BENALI,

        Votre conseiller, M. Patrick Giordano, vous attend pour un entretien de suivi :

        le mardi 6 octobre 2026 à 9h30
        Agence Marseille Joliette - 20 rue Mazenod, 13002 Marseille

        Cet entretien est l'occasion de faire le point sur vos démarches de recherche d'emploi et sur vos
        candidatures en cours. Merci de vous munir de votre CV à jour.

        Important : ce rendez-vous est obligatoire. En cas d'empêchement, prévenez votre conseiller depuis
        votre espace personnel, rubrique « Mes échanges avec France Travail ».

        Cordialement,
        Votre agence France Travail

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Marianne,Arial,sans-serif;font-size:14px;color:#161616">
        <table width="600" cellpadding="20" style="border-top:4px solid #000091"><tr><td>
        <p>Madame Sofia BENALI,</p>
        <p>Votre conseiller, M. Patrick Giordano, vous attend pour un <b>entretien de suivi</b> :</p>
        <p style="background:#f5f5fe;padding:12px"><b>le mardi 6 octobre 2026 à 9h30</b><br>
        Agence Marseille Joliette - 20 rue Mazenod, 13002 Marseille</p>
        <p>Cet entretien est l'occasion de faire le point sur vos démarches de recherche d'emploi et sur vos
        candidatures en cours. Merci de vous munir de votre CV à jour.</p>
        <p><b>Important :</b> ce rendez-vous est obligatoire. En cas d'empêchement, prévenez votre conseiller depuis
        votre espace personnel, rubrique « Mes échanges avec France Travail ».</p>
        <p>Cordialement,<br>Votre agence France Travail</p>
        <p style="font-size:11px;color:#666">Ceci est un message automatique, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("from smtp-out.francetravail.fr (smtp-out.francetravail.fr [185.15.80.12])", when, zone),
        ("From", addr("France Travail", "ne-pas-repondre@francetravail.fr")),
        ("To", ME),
        ("Subject", "Convocation : entretien avec votre conseiller le 06/10/2026"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CONV.20260930.071204.883120@francetravail.fr>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(50), family="admission_interview", lang="en", interview=False, company=None,
      note="Business school confirms an Executive MBA admissions interview (Friday 13 November, 10:00 CET, "
           "45 minutes on Zoom) with an ICS: a confirmed interview at a fixed time, but for a study programme, "
           "not a job.",
      days=(("Fri", "2026-11-13"),))
def n50() -> bytes:
    when, zone = "2026-11-05 16:20:45", "Europe/Paris"
    body = t("""
        Dear Sofia,

        Thank you for completing your application to the Executive MBA (part-time, Aix-en-Provence campus,
        January 2027 intake). We are pleased to confirm your admissions interview:

        Date: Friday 13 November 2026
        Time: 10:00 - 10:45 CET
        Format: Zoom (link in the attached invitation)
        Panel: Prof. Laurent Achard (Academic Director) and Ms Hélène Vidal (EMBA alumna, class of 2021)

        The interview covers your professional project, your leadership experience and your motivation for
        the programme. No preparation is required beyond your application essay.

        Kind regards,
        Claire Dubreuil
        Admissions Manager - Executive Education
        Sainte-Victoire Business School
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Sainte-Victoire Business School//Admissions//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:emba-adm-2027-0318@sv-bs.fr
DTSTAMP:20261105T152045Z
DTSTART:20261113T090000Z
DTEND:20261113T094500Z
SUMMARY:EMBA admissions interview - Sofia Benali
LOCATION:https://svbs.zoom.us/j/81537220946
ORGANIZER;CN=Claire Dubreuil:mailto:claire.dubreuil@sv-bs.fr
ATTENDEE;CN=Sofia Benali;RSVP=TRUE:mailto:sofia.benali@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        rcv("from mail.sv-bs.fr (mail.sv-bs.fr [193.52.211.30])", when, zone),
        ("From", addr("Claire Dubreuil", "claire.dubreuil@sv-bs.fr")),
        ("To", addr("Sofia Benali", ME)),
        ("Subject", "Executive MBA - your admissions interview is confirmed"),
        ("Date", date(when, zone)),
        ("Message-ID", "<5a7c0e31-9b84-4f2d-a6e1-2c3d4e5f6071@sv-bs.fr>"),
    ], mixed(text(body), calendar(ics, filename="EMBA_interview.ics", disposition="attachment")))
