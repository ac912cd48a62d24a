"""blind89: 50 hand-written mails from the inbox of Gabrielle Tremblay, an accountant in Québec City.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind89``.

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind89_{ORDER[key-1]:03d}.eml``. Keys 1-23 are positives, 24-50 negatives.
"""

from __future__ import annotations

import hashlib
import quopri
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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(89089).sample(range(1, 51), 50)

ME = "gabrielle.tremblay@example.org"
TO_ME = addr("Gabrielle Tremblay", ME)
QC = "America/Toronto"  # Québec City keeps Toronto's rules (EST/EDT)
BOS = "America/New_York"
YVR = "America/Vancouver"
PAR = "Europe/Paris"


def N(key: int) -> str:
    return f"blind89_{ORDER[key - 1]:03d}"


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def rcv(host: str, ip: str, when: str, zone: str, lag: int = 4) -> tuple[str, str]:
    """Received: header as the candidate's mail host (Postfix at example.org) writes it."""
    ident = f"mx2.example.org (Postfix) with ESMTPS id 4c{_id(host + when, 10).upper()}"
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, ident, ME, lag))


VTZ_TORONTO = """BEGIN:VTIMEZONE
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

VTZ_VANCOUVER = """BEGIN:VTIMEZONE
TZID:America/Vancouver
X-LIC-LOCATION:America/Vancouver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", QC), end=utc("2026-09-15 11:45", QC),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:45", zone=QC,
      contact="priya.raman@larchmontanalytics.com", company="Larchmont Analytics",
      note="Greenhouse itinerary, two back-to-back sessions 10:00-10:45 and 11:00-11:45 AM "
           "'Eastern Time (US & Canada)' on Tue 15 Sep 2026 (EDT, UTC-4): start = first start 14:00Z, "
           "end = last end 15:45Z. Sender is the Greenhouse no-reply; contact = the recruiter's Reply-To.")
def m01() -> bytes:
    when = "2026-09-09 14:12"
    body = t("""
        Hi Gabrielle,

        Thanks for making time to meet with the Larchmont Analytics team! Below is your interview
        itinerary for the Senior Financial Analyst role.

        Tuesday, September 15, 2026
        All times are Eastern Time (US & Canada)

        10:00 AM - 10:45 AM   Hiring Manager Interview
                              Owen Castellanos, Director, FP&A
        11:00 AM - 11:45 AM   Technical Interview (Excel case study)
                              Mei Takahashi, Senior Manager, Financial Planning

        Location: Google Meet - https://meet.google.com/xqr-tbdn-vke
        Please join a couple of minutes early. The case study will be shared on screen; you don't
        need to prepare anything in advance.

        If anything comes up and you need to reschedule, just reply to this email.

        Best,
        Priya Raman
        Talent Acquisition Partner | Larchmont Analytics
        200 Wellington St W, Toronto ON
        """)
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Gabrielle,</p>
        <p>Thanks for making time to meet with the Larchmont Analytics team! Below is your interview
        itinerary for the <strong>Senior Financial Analyst</strong> role.</p>
        <p><strong>Tuesday, September 15, 2026</strong><br>
        <span style="color:#777">All times are Eastern Time (US &amp; Canada)</span></p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="border-bottom:1px solid #eee">10:00 AM - 10:45 AM</td>
        <td style="border-bottom:1px solid #eee">Hiring Manager Interview<br><span style="color:#777">Owen Castellanos, Director, FP&amp;A</span></td></tr>
        <tr><td style="border-bottom:1px solid #eee">11:00 AM - 11:45 AM</td>
        <td style="border-bottom:1px solid #eee">Technical Interview (Excel case study)<br><span style="color:#777">Mei Takahashi, Senior Manager, Financial Planning</span></td></tr>
        </table>
        <p>Location: Google Meet - <a href="https://meet.google.com/xqr-tbdn-vke">https://meet.google.com/xqr-tbdn-vke</a><br>
        Please join a couple of minutes early. The case study will be shared on screen; you don't
        need to prepare anything in advance.</p>
        <p>If anything comes up and you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Priya Raman<br>Talent Acquisition Partner | Larchmont Analytics<br>200 Wellington St W, Toronto ON</p>
        <img src="https://us.greenhouse-mail.io/wf/open?upn=u001.Pq7Xc0" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        rcv("o3.ptr7781.us.greenhouse-mail.io", "167.89.41.12", when, QC),
        ("From", addr("Priya Raman", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Priya Raman", "priya.raman@larchmontanalytics.com")),
        ("To", TO_ME),
        ("Subject", "Interview Confirmation: Senior Financial Analyst at Larchmont Analytics"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m01', 22)}@geopod-ismtpd-5>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(body_html)))


@mail(N(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:00", QC), end=utc("2026-09-24 14:45", QC),
      local="Thu 2026-09-24 14:00", local_end="2026-09-24 14:45", zone=QC,
      contact="melanie.bouchard@fjordel.ca", company="Fjordel",
      note="Lever (French): 'jeudi 24 septembre 2026, 14 h à 14 h 45 (heure de l'Est)' = EDT (UTC-4) -> "
           "18:00Z-18:45Z; the ICS (TZID America/Toronto) agrees. Contact = Reply-To recruiter, also ORGANIZER.")
def m02() -> bytes:
    when = "2026-09-18 11:03"
    body = t("""
        Bonjour Gabrielle,

        Merci d'avoir choisi une plage horaire. Votre entrevue pour le poste de Comptable principal·e
        est confirmée :

        Date : jeudi 24 septembre 2026
        Heure : 14 h à 14 h 45 (heure de l'Est)
        Format : vidéoconférence Google Meet (le lien se trouve dans l'invitation jointe)
        Avec : Mélanie Bouchard, partenaire d'affaires RH, et Olivier Nadeau, contrôleur

        Si vous devez modifier ce rendez-vous, répondez simplement à ce courriel.

        Au plaisir de vous rencontrer,
        L'équipe Talents de Fjordel

        --
        Fjordel inc. · 1250, rue Peel, bureau 900, Montréal (Québec)
        Envoyé avec Lever
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f6f7f9;font-family:'Helvetica Neue',Arial,sans-serif">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:6px">
        <p>Bonjour Gabrielle,</p>
        <p>Merci d'avoir choisi une plage horaire. Votre entrevue pour le poste de <b>Comptable principal·e</b> est confirmée&nbsp;:</p>
        <p><b>Date&nbsp;:</b> jeudi 24 septembre 2026<br>
        <b>Heure&nbsp;:</b> 14 h à 14 h 45 (heure de l'Est)<br>
        <b>Format&nbsp;:</b> vidéoconférence Google Meet (le lien se trouve dans l'invitation jointe)<br>
        <b>Avec&nbsp;:</b> Mélanie Bouchard, partenaire d'affaires RH, et Olivier Nadeau, contrôleur</p>
        <p>Si vous devez modifier ce rendez-vous, répondez simplement à ce courriel.</p>
        <p>Au plaisir de vous rencontrer,<br>L'équipe Talents de Fjordel</p>
        </div>
        <p style="text-align:center;color:#999;font-size:11px">Fjordel inc. · 1250, rue Peel, bureau 900, Montréal (Québec)<br>Envoyé avec Lever</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Lever//Interview Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_TORONTO,
        "BEGIN:VEVENT",
        f"UID:lever-{_id('m02uid', 24)}@hire.lever.co",
        "DTSTAMP:20260918T150300Z",
        "DTSTART;TZID=America/Toronto:20260924T140000",
        "DTEND;TZID=America/Toronto:20260924T144500",
        "SUMMARY:Entrevue – Gabrielle Tremblay / Fjordel (Comptable principal·e)",
        "LOCATION:Google Meet – https://meet.google.com/pbo-wxyr-hzk",
        "ORGANIZER;CN=Mélanie Bouchard:mailto:melanie.bouchard@fjordel.ca",
        "ATTENDEE;CN=Gabrielle Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabrielle.tremblay@example.org",
        "ATTENDEE;CN=Olivier Nadeau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivier.nadeau@fjordel.ca",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-a12.hire.lever.co", "54.240.27.88", when, QC),
        ("From", addr("Fjordel", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Mélanie Bouchard", "melanie.bouchard@fjordel.ca")),
        ("To", TO_ME),
        ("Subject", enc("Confirmation d'entrevue – Comptable principal·e, Fjordel")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<0100019{_id('m02', 13)}-{_id('m02b', 8)}-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(body_html, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-29 09:30", QC), end=None,
      local="Tue 2026-09-29 09:30", zone=QC,
      contact="klachance@apalaches-assurances.ca", company="Groupe Apalaches Assurances",
      note="Recruiter prose (tu), 'demain (mardi) à 9 h 30' resolved against Date Mon 28 Sep 2026 07:52 EDT "
           "-> Tue 29 Sep 09:30 EDT = 13:30Z. 'environ 1 h' is approximate -> end null. The attached Outlook "
           "event is ALL-DAY (VALUE=DATE 2026-09-29): the time is only in the text. Contact = human sender/ORGANIZER.")
def m03() -> bytes:
    when = "2026-09-28 07:52"
    body = t("""
        Bonjour Gabrielle,

        Tel que discuté vendredi au téléphone, je te confirme ton entrevue demain (mardi) à 9 h 30 à nos
        bureaux de Lévis, 5100 boul. Guillaume-Couture, 3e étage. Tu vas rencontrer Marc-André Dion
        (directeur Finances) et moi. Prévois environ 1 h.

        Je t'ai envoyé un rappel dans le calendrier (pièce jointe). Je l'ai mis sur toute la journée parce
        que la salle n'est pas encore réservée, fie-toi à l'heure dans ce courriel.

        Stationnement gratuit en arrière de l'édifice. Demande-moi à l'acceuil.

        Bonne journée!

        Karine Lachance, CRHA
        Conseillère principale, ressources humaines
        Groupe Apalaches Assurances
        418 555-0147
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Karine Lachance:mailto:klachance@apalaches-assurances.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabrielle Tremblay:mailto:gabrielle.tremblay@example.org",
        "DESCRIPTION;LANGUAGE=fr-CA:Entrevue Gabrielle Tremblay – voir l'heure dans le courriel\\n",
        "UID:040000008200E00074C5B7101A82E00800000000" + _id("m03uid", 32).upper(),
        "SUMMARY;LANGUAGE=fr-CA:Entrevue – G. Tremblay (comptable)",
        "DTSTART;VALUE=DATE:20260929",
        "DTEND;VALUE=DATE:20260930",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260928T115200Z",
        "TRANSP:TRANSPARENT",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:Lévis – 3e étage",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-yt3can01on2101.outbound.protection.outlook.com", "40.107.115.101", when, QC),
        ("From", addr("Karine Lachance", "klachance@apalaches-assurances.ca")),
        ("To", TO_ME),
        ("Subject", "Entrevue demain - Comptable, Groupe Apalaches"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<YT3PR01MB{_id('m03', 4).upper()}{_id('m03x', 20).upper()}@YT3PR01MB9134.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", "Entrevue demain - Comptable, Groupe Apalaches"),
        ("Content-Language", "fr-CA"),
        ("X-MS-Has-Attach", "yes"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, cte="base64", filename="Entrevue.ics", disposition="attachment", name_param=True)))


@mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:00", BOS), end=utc("2026-10-08 15:00", BOS),
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone=BOS,
      contact="dana.whitcomb@halvorsenmarine.com", company="Halvorsen Marine Insurance",
      note="Workday (Boston employer), HTML only, base64. US date '10/08/2026' = 8 October; '2:00 PM - 3:00 PM "
           "Eastern Daylight Time' -> 18:00Z-19:00Z. Sender is the Workday tenant mailbox; contact = the "
           "accounting manager's address in the body.")
def m04() -> bytes:
    when = "2026-10-02 09:15"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px">
        <tr><td style="background:#0b2d4f;padding:14px;color:#fff;font-size:18px">Halvorsen Marine Insurance</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Gabrielle,</p>
        <p>Thank you for your interest in Halvorsen Marine Insurance. We are pleased to confirm your interview for the
        <b>Senior Accountant, Corporate Reporting</b> position (R-10482).</p>
        <p><b>Interview Details</b></p>
        <table cellpadding="3">
        <tr><td>Date:</td><td>10/08/2026</td></tr>
        <tr><td>Time:</td><td>2:00 PM - 3:00 PM Eastern Daylight Time</td></tr>
        <tr><td>Type:</td><td>Video Interview (Microsoft Teams)</td></tr>
        <tr><td>Interviewers:</td><td>Dana Whitcomb, Accounting Manager<br>Luis Ferreira, Assistant Controller</td></tr>
        </table>
        <p>A Microsoft Teams link will be sent separately by the hiring team.</p>
        <p>Should you have any questions, please contact Dana Whitcomb at
        <a href="mailto:dana.whitcomb@halvorsenmarine.com">dana.whitcomb@halvorsenmarine.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Halvorsen Marine Insurance, One Seaport Lane, Boston, MA</p>
        <p style="color:#888;font-size:11px">Please do not reply to this email. This mailbox is not monitored.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail-sj1.myworkday.com", "192.68.16.45", when, BOS),
        ("From", addr("Halvorsen Marine Insurance", "halvorsenmarine@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled: Senior Accountant, Corporate Reporting (R-10482)"),
        ("Date", date(when, BOS)),
        ("Message-ID", f"<{_id('m04', 16)}.{_id('m04b', 6)}.JavaMail.wd@wd5-prod-mta>"),
        ("X-Workday-Tenant", "halvorsenmarine"),
    ], html(body_html, cte="base64"))


@mail(N(5), family="exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-14 10:30", QC), end=utc("2026-10-14 11:30", QC),
      local="Wed 2026-10-14 10:30", local_end="2026-10-14 11:30", zone=QC,
      contact="sgingras@lavoiegingras.ca", company="Cabinet Lavoie Gingras CPA",
      note="Outlook/Exchange meeting request in French. Body shows 'mercredi 14 octobre 2026 10:30-11:30 "
           "(UTC-05:00) Est (États-Unis et Canada)': Windows display name with the STANDARD offset although "
           "14 Oct is EDT (UTC-4) -> 14:30Z-15:30Z; ICS TZID 'Eastern Standard Time' agrees. "
           "Also 'mercredi prochain' from Thu 8 Oct. Contact = ORGANIZER/sender.")
def m05() -> bytes:
    when = "2026-10-08 15:20"
    body = t("""
        Quand : mercredi 14 octobre 2026 10:30-11:30 (UTC-05:00) Est (États-Unis et Canada).
        Où : Cabinet Lavoie Gingras – 1140, Grande Allée Ouest, bureau 300, Québec

        *~*~*~*~*~*~*~*~*~*

        Bonjour Gabrielle,

        Merci de votre intérêt pour le poste de conseillère en fiscalité. Tel que convenu au téléphone,
        voici l'invitation pour l'entrevue de mercredi prochain avec Jacques Lavoie, associé, et moi-même.

        Merci de vous présenter à la réception du 3e étage avec une pièce d'identité.

        Sylvie Gingras, CPA
        Associée | Cabinet Lavoie Gingras CPA
        418 555-0192
        """)
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Exchange Server"></head>
        <body>
        <div>Quand : mercredi 14 octobre 2026 10:30-11:30 (UTC-05:00) Est (États-Unis et Canada).<br>
        Où : Cabinet Lavoie Gingras – 1140, Grande Allée Ouest, bureau 300, Québec<br><br>
        <span style="color:#5A5A5A">*~*~*~*~*~*~*~*~*~*</span><br></div>
        <div class="WordSection1">
        <p class="MsoNormal">Bonjour Gabrielle,<o:p></o:p></p>
        <p class="MsoNormal">Merci de votre intérêt pour le poste de conseillère en fiscalité. Tel que convenu au téléphone,
        voici l'invitation pour l'entrevue de mercredi prochain avec Jacques Lavoie, associé, et moi-même.<o:p></o:p></p>
        <p class="MsoNormal">Merci de vous présenter à la réception du 3<sup>e</sup> étage avec une pièce d'identité.<o:p></o:p></p>
        <p class="MsoNormal"><b>Sylvie Gingras, CPA</b><br>Associée | Cabinet Lavoie Gingras CPA<br>418 555-0192<o:p></o:p></p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Sylvie Gingras:mailto:sgingras@lavoiegingras.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabrielle Tremblay:mailto:gabrielle.tremblay@example.org",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jacques Lavoie:mailto:jlavoie@lavoiegingras.ca",
        "DESCRIPTION;LANGUAGE=fr-CA:Bonjour Gabrielle\\,\\n\\nMerci de votre intérêt pour le poste de conseillère en fiscalité.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000" + _id("m05uid", 32).upper(),
        "SUMMARY;LANGUAGE=fr-CA:Entrevue – Conseillère en fiscalité (Gabrielle Tremblay)",
        "DTSTART;TZID=Eastern Standard Time:20261014T103000",
        "DTEND;TZID=Eastern Standard Time:20261014T113000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261008T192000Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:Cabinet Lavoie Gingras – 1140\\, Grande Allée Ouest\\, bureau 300\\, Québec",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1438201766",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
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
    subject = "Entrevue – Conseillère en fiscalité (Gabrielle Tremblay)"
    return message([
        rcv("mail-qb1can01on2118.outbound.protection.outlook.com", "40.107.66.118", when, QC),
        ("From", addr("Sylvie Gingras", "sgingras@lavoiegingras.ca")),
        ("To", TO_ME),
        ("CC", addr("Jacques Lavoie", "jlavoie@lavoiegingras.ca")),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc(subject)),
        ("Thread-Index", "AdtZr4kq7mW3pQ2sS0eHc1n9vLb+Ug=="),
        ("Date", date(when, QC)),
        ("Message-ID", f"<YQXPR0101MB{_id('m05', 4).upper()}{_id('m05x', 18).upper()}@YQXPR0101MB2214.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "fr-CA, en-US"),
        ("Content-Language", "fr-CA"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(body_html), calendar(ics, cte="base64")))


@mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-21 15:00", QC), end=utc("2026-10-21 15:30", QC),
      local="Wed 2026-10-21 15:00", local_end="2026-10-21 15:30", zone=QC,
      contact="marcus.leung@tidewatercloud.com", company="Tidewater Cloud",
      note="Calendly invitee confirmation. The host is in Vancouver but Calendly shows the invitee's zone: "
           "'03:00pm - 03:30pm, Wednesday, October 21, 2026 (Eastern Time - US & Canada)' = EDT -> "
           "19:00Z-19:30Z (= noon Pacific, mentioned in the description). Contact = Reply-To host.")
def m06() -> bytes:
    when = "2026-10-15 13:02"
    body = t("""
        Hi Gabrielle Tremblay,

        Your Finance Team Interview with Marcus Leung at 03:00pm (Eastern Time - US & Canada) on
        Wednesday, October 21, 2026 is scheduled.

        Event Type:
        Finance Team Interview

        Event Date/Time:
        03:00pm - 03:30pm, Wednesday, October 21, 2026 (Eastern Time - US & Canada)

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/hvt-qzmo-rfa

        Description:
        A 30-minute video chat with Marcus (Controller) about the Senior Accountant role. Our finance
        team sits in Vancouver (that's noon for us) but the role is fully remote.

        Invitee Email:
        gabrielle.tremblay@example.org

        Questions:
        Anything you'd like us to know?
        Happy to walk through my IFRS 16 implementation project.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3b8e1f07-5c2a-4d44-9b1e-1e2f6a77c0d4
        Reschedule: https://calendly.com/reschedulings/3b8e1f07-5c2a-4d44-9b1e-1e2f6a77c0d4

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <div style="max-width:560px;margin:0 auto">
        <p>Hi Gabrielle Tremblay,</p>
        <p>Your Finance Team Interview with Marcus Leung at 03:00pm (Eastern Time - US &amp; Canada) on Wednesday, October 21, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Finance Team Interview</p>
        <p><b>Event Date/Time:</b><br>03:00pm - 03:30pm, Wednesday, October 21, 2026 (Eastern Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/hvt-qzmo-rfa">Join now</a></p>
        <p><b>Description:</b><br>A 30-minute video chat with Marcus (Controller) about the Senior Accountant role. Our finance
        team sits in Vancouver (that's noon for us) but the role is fully remote.</p>
        <p><b>Invitee Email:</b><br><a href="mailto:gabrielle.tremblay@example.org">gabrielle.tremblay@example.org</a></p>
        <p><b>Questions:</b><br>Anything you'd like us to know?<br>Happy to walk through my IFRS 16 implementation project.</p>
        <p><a href="https://calendly.com/cancellations/3b8e1f07-5c2a-4d44-9b1e-1e2f6a77c0d4">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/3b8e1f07-5c2a-4d44-9b1e-1e2f6a77c0d4">Reschedule</a></p>
        <p style="color:#a6a6a6;font-size:12px">Powered by Calendly.com</p>
        </div></body></html>
        """)
    return message([
        rcv("o11.email.calendly.com", "167.89.76.201", when, QC),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Marcus Leung", "marcus.leung@tidewatercloud.com")),
        ("To", ME),
        ("Subject", "Confirmed: Finance Team Interview with Marcus Leung on Wednesday, October 21, 2026"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m06', 20)}@calendly.com>"),
    ], alt(text(body), html(body_html)))


@mail(N(7), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", QC), end=utc("2026-11-03 11:00", QC),
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=QC,
      contact="noemie.girard@studiolumiflex.ca", company="Studio Lumiflex",
      note="Teamtailor (French, tu). DST edge: sent Thu 29 Oct 2026 in EDT, interview 'mardi 3 novembre 2026, "
           "10:00 - 11:00 (America/Toronto)' after the 1 Nov switch -> EST (UTC-5) -> 15:00Z-16:00Z; ICS in UTC "
           "agrees. Reply-To is a Teamtailor relay; contact = the address written in the body.")
def m07() -> bytes:
    when = "2026-10-29 10:41"
    body = t("""
        Salut Gabrielle!

        Ton entrevue pour le poste de Contrôleuse de gestion chez Studio Lumiflex est confirmée.

        Quand : mardi 3 novembre 2026, 10:00 - 11:00 (America/Toronto)
        Où : Microsoft Teams (le lien est dans l'invitation)
        Avec : Noémie Girard, directrice des finances

        Une question? Écris directement à Noémie : noemie.girard@studiolumiflex.ca

        À bientôt!
        L'équipe Studio Lumiflex

        Tu reçois ce courriel parce que tu as postulé chez Studio Lumiflex via Teamtailor.
        """)
    body_html = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#f4f4f5;margin:0;padding:32px 0">
        <table align="center" width="520" style="background:#ffffff;border-radius:12px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#1f1f1f">
        <tr><td style="padding:28px">
        <h2 style="margin-top:0">Salut Gabrielle!</h2>
        <p>Ton entrevue pour le poste de <strong>Contrôleuse de gestion</strong> chez Studio Lumiflex est confirmée.</p>
        <table style="background:#fafafa;border-radius:8px;width:100%" cellpadding="10"><tr><td>
        📅 <strong>mardi 3 novembre 2026, 10:00 - 11:00</strong> (America/Toronto)<br>
        📍 Microsoft Teams (le lien est dans l'invitation)<br>
        👤 Noémie Girard, directrice des finances
        </td></tr></table>
        <p>Une question? Écris directement à Noémie : <a href="mailto:noemie.girard@studiolumiflex.ca">noemie.girard@studiolumiflex.ca</a></p>
        <p>À bientôt!<br>L'équipe Studio Lumiflex</p>
        </td></tr></table>
        <p style="text-align:center;font-size:11px;color:#9a9a9a;font-family:sans-serif">Tu reçois ce courriel parce que tu as postulé chez Studio Lumiflex via Teamtailor.</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Teamtailor//Interviews//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{_id('m07uid', 32)}@teamtailor.com",
        "DTSTAMP:20261029T144100Z",
        "DTSTART:20261103T150000Z",
        "DTEND:20261103T160000Z",
        "SUMMARY:Entrevue avec Studio Lumiflex",
        "LOCATION:Microsoft Teams",
        "DESCRIPTION:Rejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Lumiflex2026",
        "ORGANIZER;CN=Studio Lumiflex:mailto:no-reply@teamtailor-mail.com",
        "ATTENDEE;CN=Gabrielle Tremblay;RSVP=TRUE:mailto:gabrielle.tremblay@example.org",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-41.teamtailor-mail.com", "185.12.6.41", when, QC),
        ("From", addr("Studio Lumiflex", "no-reply@teamtailor-mail.com")),
        ("Reply-To", f"reply+{_id('m07r', 20)}@teamtailor-mail.com"),
        ("To", TO_ME),
        ("Subject", enc("Entrevue confirmée – Contrôleuse de gestion chez Studio Lumiflex")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m07', 24)}@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c0ffee42>"),
    ], mixed(alt(text(body), html(body_html)),
             calendar(ics, cte="7bit", filename="entrevue.ics", disposition="attachment")))


@mail(N(8), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-13 11:00", QC), end=utc("2026-11-13 11:45", QC),
      local="Fri 2026-11-13 11:00", local_end="2026-11-13 11:45", zone=QC,
      contact="tokafor@rideauledger.ca", company="Rideau Ledger Partners",
      note="Hiring manager (Ottawa) moves the interview 'from Thursday, November 12 at 2:00 PM to Friday, "
           "November 13 at 11:00 AM Eastern', 'Same format - 45 minutes' -> new time 16:00Z-16:45Z (EST). "
           "The quoted original confirmation (Thu 12 Nov 2 PM) is the OLD time. Contact = sender.")
def m08() -> bytes:
    when = "2026-11-10 09:22"
    body = t("""
        Hi Gabrielle,

        Thanks for picking up earlier. As discussed, we've moved your interview from Thursday,
        November 12 at 2:00 PM to Friday, November 13 at 11:00 AM Eastern. Same format - 45 minutes
        on Teams with me and Aline Desrochers (our CFO). I'll send the updated invite shortly.

        Sorry again for the shuffle, Aline's board meeting got moved on us.

        Tom

        Tom Okafor | Manager, Finance & Accounting
        Rideau Ledger Partners | 150 Elgin St, Suite 1100, Ottawa ON
        613-555-0133

        On Thu, Nov 5, 2026 at 3:10 PM Tom Okafor <tokafor@rideauledger.ca> wrote:
        > Hi Gabrielle,
        >
        > Great speaking with you on Monday. Confirming your interview for the Senior Accountant
        > role on Thursday, November 12 at 2:00 PM ET (45 minutes, Microsoft Teams). The invite
        > will follow from my calendar.
        >
        > Tom
        """)
    return message([
        rcv("mail-yt4can01on2092.outbound.protection.outlook.com", "40.107.116.92", when, QC),
        ("From", addr("Tom Okafor", "tokafor@rideauledger.ca")),
        ("To", TO_ME),
        ("Subject", "RE: Interview - Senior Accountant, Rideau Ledger Partners"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<YT4PR01MB{_id('m08', 22).upper()}@YT4PR01MB7730.CANPRD01.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", f"<YT4PR01MB{_id('m08p', 22).upper()}@YT4PR01MB7730.CANPRD01.PROD.OUTLOOK.COM>"),
        ("References", f"<YT4PR01MB{_id('m08p', 22).upper()}@YT4PR01MB7730.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", "Interview - Senior Accountant, Rideau Ledger Partners"),
        ("Content-Language", "en-US"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(N(9), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-20 13:30", QC), end=utc("2026-11-20 14:30", QC),
      local="Fri 2026-11-20 13:30", local_end="2026-11-20 14:30", zone=QC,
      contact="jf.ouellet@borealis-energie.ca", company="Boréalis Énergie",
      note="Google Agenda (French) 'Invitation mise à jour', SEQUENCE:1: new time 'ven. 20 nov. 2026 13:30 - 14:30 "
           "(HNE)' = EST -> 18:30Z-19:30Z; the organizer's description names the old slot (mercredi 18 à 10 h). "
           "ICS in the alternative and as invite.ics both say 13:30 America/Toronto. Contact = ORGANIZER.")
def m09() -> bytes:
    when = "2026-11-16 08:05"
    title = "Entrevue – Contrôleuse financière (Boréalis Énergie)"
    note = ("Bonjour Gabrielle, désolé, on doit déplacer l'entrevue de mercredi 18 à 10 h : notre VP Finances "
            "sera en déplacement. Même lien Meet, même équipe. Merci de ta souplesse! – J-F")
    body = t(f"""
        Cet événement a été modifié.

        {title}
        Quand
        Modifié : vendredi 20 nov. 2026 ⋅ 13:30 – 14:30 (heure normale de l’Est - Toronto)

        Participer avec Google Meet
        meet.google.com/wkc-rbsn-tou

        Participer par téléphone
        (CA) +1 647-555-0178 Code : 402 118 973#

        Invités
        Jean-François Ouellet - organisateur
        Nathalie Simard
        gabrielle.tremblay@example.org

        {note}

        Afficher tous les détails de l'invité

        Répondre pour gabrielle.tremblay@example.org
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid=XzZ0MTJh&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&eid=XzZ0MTJh&rst=2
        Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&eid=XzZ0MTJh&rst=3

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        notifications pour cet événement, refusez-le.
        """)
    body_html = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="background:#e8f0fe;padding:8px 12px;border-radius:4px">Cet événement a été modifié.</div>
        <h2 style="font-weight:400;font-size:22px;color:#3c4043">{title}</h2>
        <table><tr><td style="color:#70757a;padding-right:12px">Quand</td>
        <td><span style="background:#fce8b2">Modifié :</span> vendredi 20 nov. 2026 ⋅ 13:30 – 14:30 (heure normale de l’Est - Toronto)</td></tr>
        <tr><td style="color:#70757a;padding-right:12px">Invités</td>
        <td>Jean-François Ouellet - organisateur<br>Nathalie Simard<br>gabrielle.tremblay@example.org</td></tr></table>
        <p><a href="https://meet.google.com/wkc-rbsn-tou" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Participer avec Google Meet</a></p>
        <p>{note}</p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda<br>Vous recevez cet e-mail, car vous êtes invité à cet événement.
        Pour ne plus recevoir de notifications pour cet événement, refusez-le.</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_TORONTO,
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Toronto:20261120T133000",
        "DTEND;TZID=America/Toronto:20261120T143000",
        "DTSTAMP:20261116T130500Z",
        "ORGANIZER;CN=Jean-François Ouellet:mailto:jf.ouellet@borealis-energie.ca",
        f"UID:{_id('m09uid', 26)}@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jean-François Ouellet;X-NUM-GUESTS=0:mailto:jf.ouellet@borealis-energie.ca",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nathalie Simard;X-NUM-GUESTS=0:mailto:nathalie.simard@borealis-energie.ca",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabrielle.tremblay@example.org;X-NUM-GUESTS=0:mailto:gabrielle.tremblay@example.org",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/wkc-rbsn-tou",
        "CREATED:20261109T201144Z",
        "DESCRIPTION:" + note.replace(",", "\\,").replace(";", "\\;"),
        "LAST-MODIFIED:20261116T130500Z",
        "LOCATION:",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "SUMMARY:" + title.replace(",", "\\,"),
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = (f"Invitation mise à jour : {title} @ ven. 20 nov. 2026 13:30 - 14:30 (HNE) "
               "(gabrielle.tremblay@example.org)")
    return message([
        rcv("mail-sor-f73.google.com", "209.85.220.73", when, QC),
        ("From", addr("Jean-François Ouellet", "jf.ouellet@borealis-energie.ca")),
        ("Reply-To", addr("Jean-François Ouellet", "jf.ouellet@borealis-energie.ca")),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, QC)),
        ("Message-ID", f"<calendar-{_id('m09', 8)}-{_id('m09b', 4)}-{_id('m09c', 4)}-{_id('m09d', 12)}@google.com>"),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
    ], mixed(alt(text(body), html(body_html), calendar(ics, cte="base64")),
             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(10), family="smartrecruiters", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-25 15:30", QC), end=utc("2026-11-25 16:15", QC),
      local="Wed 2026-11-25 15:30", local_end="2026-11-25 16:15", zone=QC,
      contact="olivia.brandt@cobaltridgefoods.com", company="Cobalt Ridge Foods",
      note="SmartRecruiters reschedule, HTML only: 'Previous time: Monday, November 23, 2026, 1:00 PM EST' and "
           "'New time: Wednesday, November 25, 2026, 3:30 PM - 4:15 PM EST' -> 20:30Z-21:15Z. No-reply sender; "
           "contact = the recruiter's address in the body.")
def m10() -> bytes:
    when = "2026-11-19 17:40"
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="UTF-8"><title>Interview rescheduled</title></head>
        <body style="margin:0;background:#eef1f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <tr><td style="padding:24px 32px;border-bottom:3px solid #d3541c"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/cobaltridgefoods.png" alt="Cobalt Ridge Foods" height="36"></td></tr>
        <tr><td style="padding:24px 32px">
        <p>Hi Gabrielle,</p>
        <p>Your interview for <strong>Senior Cost Accountant</strong> at Cobalt Ridge Foods has been rescheduled.</p>
        <table cellpadding="6" style="border:1px solid #e3e3e3;width:100%">
        <tr><td style="color:#888;width:140px">Previous time</td><td><s>Monday, November 23, 2026, 1:00 PM EST</s></td></tr>
        <tr><td style="color:#888">New time</td><td><strong>Wednesday, November 25, 2026, 3:30 PM - 4:15 PM EST</strong></td></tr>
        <tr><td style="color:#888">Interviewer</td><td>Rachel Kim, Plant Controller</td></tr>
        <tr><td style="color:#888">Location</td><td>Video call - link below</td></tr>
        </table>
        <p><a href="https://www.smartrecruiters.com/interview/join/7f3e21c9" style="color:#d3541c">Join the video interview</a></p>
        <p>If the new time doesn't work for you, please contact your recruiter, Olivia Brandt, at
        <a href="mailto:olivia.brandt@cobaltridgefoods.com">olivia.brandt@cobaltridgefoods.com</a>.</p>
        <p>Best regards,<br>Cobalt Ridge Foods Hiring Team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#999">This message was sent to gabrielle.tremblay@example.org by SmartRecruiters on behalf of Cobalt Ridge Foods, 4100 Yonge St, Toronto ON. Please do not reply to this email.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        rcv("mta-82.smartrecruiters.com", "198.2.128.82", when, QC),
        ("From", addr("Cobalt Ridge Foods", "no-reply@smartrecruiters.com")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Your interview with Cobalt Ridge Foods has been rescheduled"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m10', 32)}@smartrecruiters.com>"),
        ("X-SR-Message-Type", "INTERVIEW_RESCHEDULED"),
    ], html(body_html))


@mail(N(11), family="microsoft_bookings", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-03 09:00", QC), end=utc("2026-12-03 09:30", QC),
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 09:30", zone=QC,
      contact=None, company="Services financiers Beauport",
      note="Microsoft Bookings (French) 'Votre réservation a été mise à jour': new slot 'jeudi 3 décembre 2026 "
           "09:00 - 09:30 (UTC-05:00) Est (États-Unis et Canada)' (EST, correct offset in December) -> "
           "14:00Z-14:30Z; old slot (mardi 1er décembre 15:00) also shown. Bookings mailbox sender and "
           "ORGANIZER, staff named without an address -> contact null.")
def m11() -> bytes:
    when = "2026-11-27 12:10"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="max-width:620px">
        <div style="font-size:20px;padding:12px 0">Votre réservation a été mise à jour</div>
        <p>Bonjour Gabrielle Tremblay,</p>
        <p>Votre rendez-vous avec <b>Recrutement SFB</b> a été modifié. Voici les nouveaux détails.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Entrevue téléphonique – Analyste, comptabilité</td></tr>
        <tr><td style="color:#605e5c">Nouvelle date</td><td>jeudi 3 décembre 2026 09:00 - 09:30 (UTC-05:00) Est (États-Unis et Canada)</td></tr>
        <tr><td style="color:#605e5c">Ancienne date</td><td><s>mardi 1 décembre 2026 15:00 - 15:30</s></td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Patrice Lemieux</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Nous vous appellerons au numéro indiqué lors de la réservation.</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementSFB@servicesfinanciersbeauport.onmicrosoft.com/bookings/s/mng_7hQ">Gérer la réservation</a></p>
        <p style="color:#605e5c;font-size:12px">Services financiers Beauport · 3333, boulevard du Carrefour, Québec (Québec)</p>
        <p style="color:#a19f9d;font-size:11px">Optimisé par Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Recrutement SFB:mailto:RecrutementSFB@servicesfinanciersbeauport.onmicrosoft.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Gabrielle Tremblay:mailto:gabrielle.tremblay@example.org",
        "DESCRIPTION;LANGUAGE=fr-CA:Entrevue téléphonique – Analyste\\, comptabilité\\nPersonnel : Patrice Lemieux\\n",
        "UID:040000008200E00074C5B7101A82E00800000000" + _id("m11uid", 32).upper(),
        "SUMMARY;LANGUAGE=fr-CA:Entrevue téléphonique – Analyste\\, comptabilité",
        "DTSTART;TZID=Eastern Standard Time:20261203T090000",
        "DTEND;TZID=Eastern Standard Time:20261203T093000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261127T171000Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:2",
        "LOCATION;LANGUAGE=fr-CA:Appel téléphonique",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-yt3can01on2130.outbound.protection.outlook.com", "40.107.115.130", when, QC),
        ("From", addr("Recrutement SFB", "RecrutementSFB@servicesfinanciersbeauport.onmicrosoft.com")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Réservation mise à jour : Entrevue téléphonique – Analyste, comptabilité")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m11', 30).upper()}@YT3PR01MB6115.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CA"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "True"),
    ], mixed(html(body_html), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                       name_param=True)))


@mail(N(12), family="exchange", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-01 13:30", QC), end=utc("2026-10-01 14:30", QC),
      local="Thu 2026-10-01 13:30", local_end="2026-10-01 14:30", zone=QC,
      contact="heather.mcallister@lansdowneactuarial.ca", company="Lansdowne Actuarial Group",
      note="Exchange meeting cancellation (METHOD:CANCEL, STATUS:CANCELLED) from an Ottawa employer: the cancelled "
           "slot 'Thursday, October 1, 2026 1:30 PM-2:30 PM (UTC-05:00) Eastern Time (US & Canada)' = EDT -> "
           "17:30Z-18:30Z (display name shows the standard offset). Position on hold, no new time. "
           "Contact = ORGANIZER/sender.")
def m12() -> bytes:
    when = "2026-09-29 11:48"
    body = t("""
        When: Thursday, October 1, 2026 1:30 PM-2:30 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Gabrielle,

        Unfortunately I have to cancel Thursday's interview. The Financial Reporting Officer position
        has been put on hold pending budget approval for next fiscal year. I'm really sorry for the
        short notice - I'll reach out directly if the role reopens.

        Heather

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRlZjk2>
        Meeting ID: 284 119 503 772
        Passcode: 9sQ4tY
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div>When: Thursday, October 1, 2026 1:30 PM-2:30 PM (UTC-05:00) Eastern Time (US &amp; Canada).<br>
        Where: Microsoft Teams Meeting<br><br><span style="color:#5A5A5A">*~*~*~*~*~*~*~*~*~*</span></div>
        <div><p>Hi Gabrielle,</p>
        <p>Unfortunately I have to cancel Thursday's interview. The Financial Reporting Officer position
        has been put on hold pending budget approval for next fiscal year. I'm really sorry for the
        short notice - I'll reach out directly if the role reopens.</p>
        <p>Heather</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams meeting</span></div>
        <div>Join on your computer, mobile app or room device<br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRlZjk2">Click here to join the meeting</a></div>
        <div>Meeting ID: 284 119 503 772<br>Passcode: 9sQ4tY</div>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:CANCEL",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Heather McAllister:mailto:heather.mcallister@lansdowneactuarial.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabrielle Tremblay:mailto:gabrielle.tremblay@example.org",
        "DESCRIPTION;LANGUAGE=en-US:Hi Gabrielle\\,\\n\\nUnfortunately I have to cancel Thursday's interview.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000" + _id("m12uid", 32).upper(),
        "SUMMARY;LANGUAGE=en-US:Canceled: Interview - Financial Reporting Officer (Gabrielle Tremblay)",
        "DTSTART;TZID=Eastern Standard Time:20261001T133000",
        "DTEND;TZID=Eastern Standard Time:20261001T143000",
        "CLASS:PUBLIC",
        "PRIORITY:1",
        "DTSTAMP:20260929T154800Z",
        "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = "Canceled: Interview - Financial Reporting Officer (Gabrielle Tremblay)"
    return message([
        rcv("mail-yq1can01on2099.outbound.protection.outlook.com", "40.107.117.99", when, QC),
        ("From", addr("Heather McAllister", "heather.mcallister@lansdowneactuarial.ca")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", subject),
        ("Thread-Topic", subject),
        ("Thread-Index", "AQHbMk7sWq1c0oYvE0a3d5G2n+0TQA=="),
        ("Date", date(when, QC)),
        ("Message-ID", f"<YQBPR0101MB{_id('m12', 22).upper()}@YQBPR0101MB5540.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), html(body_html), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(13), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-22 10:00", QC), end=None,
      local="Thu 2026-10-22 10:00", zone=QC,
      contact="vpare@navbellechasse.ca", company="Navigation Bellechasse",
      note="Recruiter prose (tu), windows-1252 8bit: 'je dois annuler notre entrevue de jeudi 10 h'; 'jeudi' "
           "resolved against Date Tue 20 Oct 2026 -> Thu 22 Oct 10:00 EDT = 14:00Z, the cancelled slot. "
           "New times promised later, none given. Contact = sender.")
def m13() -> bytes:
    when = "2026-10-20 13:15"
    body = t("""
        Bonjour Gabrielle,

        Mauvaise nouvelle… je dois annuler notre entrevue de jeudi 10 h. Marie-Ève, la gestionnaire du poste, est absente pour une durée indéterminée et je ne veux pas te faire rencontrer quelqu’un d’autre sans qu’elle soit là.

        Je te reviens dès que j’ai de nouvelles plages, probablement pas avant la mi-novembre. Ta candidature reste évidemment active de notre côté.

        Désolé pour le contretemps!

        Vincent Paré
        Acquisition de talents | Navigation Bellechasse
        Lévis (Québec)
        """)
    return message([
        rcv("smtp.navbellechasse.ca", "206.167.42.18", when, QC),
        ("From", addr("Vincent Paré", "vpare@navbellechasse.ca", charset="iso-8859-1")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Annulation - entrevue de jeudi"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m13', 16)}.{_id('m13b', 8)}@navbellechasse.ca>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252", cte="8bit"))


@mail(N(14), family="ashby", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-07 11:00", BOS), end=utc("2026-12-07 12:00", BOS),
      local="Mon 2026-12-07 11:00", local_end="2026-12-07 12:00", zone=BOS,
      contact="jenna.castellano@quillfeather.com", company="Quillfeather Health",
      note="Ashby cancellation (Boston): 'Monday, December 7, 2026 from 11:00 AM to 12:00 PM EST has been "
           "cancelled' -> 16:00Z-17:00Z; ICS METHOD:CANCEL in UTC agrees. A link to pick a new time is offered "
           "but no new time is fixed -> cancelled. Contact = Reply-To recruiter.")
def m14() -> bytes:
    when = "2026-12-03 16:20"
    body = t("""
        Hi Gabrielle,

        Your interview with Quillfeather Health on Monday, December 7, 2026 from 11:00 AM to 12:00 PM EST
        has been cancelled.

        Our Controller had a conflict come up and we didn't want to rush the conversation. Jenna will
        follow up with new availability, or you can pick a new time that works for you here:
        https://jobs.ashbyhq.com/quillfeather/interviews/reschedule/8c2d91e5-7a44-4f0e-b3b1-92de6f1c4a07

        Questions? Just reply and it will reach Jenna Castellano.

        Thanks,
        Quillfeather Health Recruiting
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Gabrielle,</p>
        <p>Your interview with Quillfeather Health on <b>Monday, December 7, 2026 from 11:00 AM to 12:00 PM EST</b> has been cancelled.</p>
        <p>Our Controller had a conflict come up and we didn&#x27;t want to rush the conversation. Jenna will
        follow up with new availability, or you can <a href="https://jobs.ashbyhq.com/quillfeather/interviews/reschedule/8c2d91e5-7a44-4f0e-b3b1-92de6f1c4a07">pick a new time</a> that works for you.</p>
        <p>Questions? Just reply and it will reach Jenna Castellano.</p>
        <p>Thanks,<br>Quillfeather Health Recruiting</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Ashby//Ashby Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:CANCEL",
        "BEGIN:VEVENT",
        f"UID:{_id('m14uid', 8)}-{_id('m14u2', 4)}-{_id('m14u3', 4)}-{_id('m14u4', 12)}",
        "DTSTAMP:20261203T212000Z",
        "DTSTART:20261207T160000Z",
        "DTEND:20261207T170000Z",
        "SEQUENCE:1",
        "SUMMARY:Quillfeather Health – Revenue Accountant Interview",
        "ORGANIZER;CN=Jenna Castellano:mailto:jenna.castellano@quillfeather.com",
        "ATTENDEE;CN=Gabrielle Tremblay;ROLE=REQ-PARTICIPANT:mailto:gabrielle.tremblay@example.org",
        "STATUS:CANCELLED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", when, BOS),
        ("From", addr("Quillfeather Health", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Jenna Castellano", "jenna.castellano@quillfeather.com")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Interview cancelled: Revenue Accountant at Quillfeather Health"),
        ("Date", date(when, BOS)),
        ("Message-ID", f"<010001{_id('m14', 14)}-{_id('m14b', 8)}-{_id('m14c', 4)}-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(body_html, cte="base64")),
             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment")))


@mail(N(15), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-27 16:00", PAR), end=utc("2026-10-27 17:00", PAR),
      local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone=PAR,
      contact="camille.fournier@verlaine-conseil.fr", company="Maison Verlaine Conseil",
      note="Personio, Paris employer hiring a remote accountant in Québec. DST edge: Europe is back on CET "
           "(UTC+1) from 25 Oct, North America still on EDT until 1 Nov. '16:00 - 17:00 (heure de Paris)' "
           "on Tue 27 Oct -> 15:00Z-16:00Z, and the mail's own conversion '11 h à 12 h, heure de l'Est' agrees "
           "(a 5-hour gap that week). Date header in CEST. Contact = Reply-To recruiter / ORGANIZER.")
def m15() -> bytes:
    when = "2026-10-21 10:30"
    body = t("""
        Bonjour Gabrielle,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Comptable Amérique du
        Nord (télétravail depuis Québec).

        Date : mardi 27 octobre 2026
        Heure : 16:00 – 17:00 (heure de Paris)
        Pour vous au Québec : de 11 h à 12 h, heure de l'Est
        Lieu : Google Meet (lien dans l'invitation)
        Participants : Camille Fournier (Talent Acquisition) et Hugo Marchetti (Directeur administratif et financier)

        Attention : la France passe à l'heure d'hiver le 25 octobre, une semaine avant le Canada, d'où
        le décalage de 5 heures au lieu de 6 cette semaine-là.

        N'hésitez pas à répondre à ce message pour toute question.

        Bien cordialement,
        Camille Fournier
        Maison Verlaine Conseil – 18 rue de la Chaussée-d'Antin, 75009 Paris

        Cet e-mail a été envoyé via Personio.
        """)
    body_html = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Bonjour Gabrielle,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de <strong>Comptable Amérique du Nord</strong> (télétravail depuis Québec).</p>
        <ul>
        <li><strong>Date :</strong> mardi 27 octobre 2026</li>
        <li><strong>Heure :</strong> 16:00 – 17:00 (heure de Paris)</li>
        <li><strong>Pour vous au Québec :</strong> de 11 h à 12 h, heure de l'Est</li>
        <li><strong>Lieu :</strong> Google Meet (lien dans l'invitation)</li>
        <li><strong>Participants :</strong> Camille Fournier (Talent Acquisition) et Hugo Marchetti (Directeur administratif et financier)</li>
        </ul>
        <p>Attention : la France passe à l'heure d'hiver le 25 octobre, une semaine avant le Canada, d'où
        le décalage de 5 heures au lieu de 6 cette semaine-là.</p>
        <p>N'hésitez pas à répondre à ce message pour toute question.</p>
        <p>Bien cordialement,<br>Camille Fournier<br>Maison Verlaine Conseil – 18 rue de la Chaussée-d'Antin, 75009 Paris</p>
        <p style="font-size:11px;color:#8a8a8a">Cet e-mail a été envoyé via Personio.</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Personio GmbH//Personio Recruiting//DE",
        "METHOD:REQUEST",
        VTZ["Europe/Paris"],
        "BEGIN:VEVENT",
        f"UID:personio-{_id('m15uid', 20)}",
        "DTSTAMP:20261021T083000Z",
        "DTSTART;TZID=Europe/Paris:20261027T160000",
        "DTEND;TZID=Europe/Paris:20261027T170000",
        "SUMMARY:Entretien Gabrielle Tremblay – Comptable Amérique du Nord",
        "LOCATION:Google Meet",
        "ORGANIZER;CN=Camille Fournier:mailto:camille.fournier@verlaine-conseil.fr",
        "ATTENDEE;CN=Gabrielle Tremblay;RSVP=TRUE:mailto:gabrielle.tremblay@example.org",
        "ATTENDEE;CN=Hugo Marchetti:mailto:hugo.marchetti@verlaine-conseil.fr",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-out-3.personio.de", "3.120.181.9", when, PAR),
        ("From", addr("Maison Verlaine Conseil", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Camille Fournier", "camille.fournier@verlaine-conseil.fr")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Confirmation de votre entretien – Comptable Amérique du Nord")),
        ("Date", date(when, PAR)),
        ("Message-ID", f"<{_id('m15', 24)}@mail.personio.de>"),
    ], mixed(alt(text(body), html(body_html)),
             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


@mail(N(16), family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-23 09:30", QC), end=utc("2026-11-23 10:15", QC),
      local="Mon 2026-11-23 09:30", local_end="2026-11-23 10:15", zone=QC,
      contact="lea.morindube@epicerienomade.ca", company="Épicerie Nomade",
      note="Workable (French): 'lundi 23 novembre 2026, 9 h 30 (HNE), durée : 45 minutes' -> 14:30Z-15:15Z. "
           "Reply-To is a Workable relay (+...@candidates.workablemail.com), not a person; contact = the CFO's "
           "address written in the body.")
def m16() -> bytes:
    when = "2026-11-17 14:05"
    body = t("""
        Bonjour Gabrielle,

        Merci pour votre intérêt envers Épicerie Nomade! Votre entrevue est confirmée :

        lundi 23 novembre 2026, 9 h 30 (HNE) – durée : 45 minutes
        5445, avenue de Gaspé, 4e étage, Montréal (métro Laurier)

        Vous rencontrerez Léa Morin-Dubé, directrice financière. Si vous avez un empêchement, écrivez-lui
        directement : lea.morindube@epicerienomade.ca

        À lundi!
        L'équipe Épicerie Nomade

        --
        Envoyé par Workable pour le compte d'Épicerie Nomade
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#333">
        <p>Bonjour Gabrielle,</p>
        <p>Merci pour votre intérêt envers Épicerie Nomade! Votre entrevue est confirmée&nbsp;:</p>
        <p style="padding:12px;border-left:4px solid #00756a;background:#f3f8f7">
        <b>lundi 23 novembre 2026, 9&nbsp;h&nbsp;30 (HNE)</b> – durée&nbsp;: 45 minutes<br>
        5445, avenue de Gaspé, 4<sup>e</sup> étage, Montréal (métro Laurier)</p>
        <p>Vous rencontrerez Léa Morin-Dubé, directrice financière. Si vous avez un empêchement, écrivez-lui
        directement&nbsp;: <a href="mailto:lea.morindube@epicerienomade.ca">lea.morindube@epicerienomade.ca</a></p>
        <p>À lundi!<br>L'équipe Épicerie Nomade</p>
        <p style="color:#999;font-size:11px">Envoyé par Workable pour le compte d'Épicerie Nomade</p>
        </body></html>
        """)
    return message([
        rcv("mail-190.workablemail.com", "198.37.147.190", when, QC),
        ("From", addr("Épicerie Nomade", "noreply@candidates.workablemail.com")),
        ("Reply-To", f"epicerie-nomade+c8f2a1e9{_id('m16r', 6)}@candidates.workablemail.com"),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Entrevue confirmée : Analyste financière – Épicerie Nomade")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m16', 24)}@candidates.workablemail.com>"),
    ], alt(text(body), html(body_html)))


@mail(N(17), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 10:00", BOS), end=None,
      local="Tue 2026-12-01 10:00", zone=BOS,
      contact="kevin.doyle@brightwatermutual.com", company="Brightwater Mutual",
      note="iCIMS (Boston), HTML only, iso-8859-1 quoted-printable. 'Tuesday, 12/01/2026 at 10:00 AM EST' (US "
           "date, 1 December) -> 15:00Z. 'approximately 90 minutes' is approximate -> end null. Sender is the "
           "iCIMS tenant address; contact = recruiter's address in the body.")
def m17() -> bytes:
    when = "2026-11-24 11:33"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Gabrielle,</p>
        <p>Thank you for your continued interest in Brightwater Mutual. This email confirms your interview for the position of
        <b>Senior Staff Accountant (Req #2026-4471)</b>.</p>
        <p><b>Date/Time:</b> Tuesday, 12/01/2026 at 10:00 AM EST<br>
        <b>Interview Type:</b> Virtual (Zoom) &middot; the link will come from your interviewer's calendar<br>
        <b>Interview Length:</b> approximately 90 minutes<br>
        <b>Interviewers:</b> Sandra Keough, Assistant Controller; Raj Patel, Manager, General Ledger</p>
        <p>During the interview you will complete a short reconciliation exercise; please have Excel available.
        Our office is closed Thursday and Friday for Thanksgiving - if you need anything before Monday, reach me at
        <a href="mailto:kevin.doyle@brightwatermutual.com">kevin.doyle@brightwatermutual.com</a>.</p>
        <p>Best regards,<br>
        Kevin Doyle<br>Talent Acquisition Specialist<br>Brightwater Mutual &middot; 100 Federal Street, Boston, MA 02110</p>
        <p><font size="1" color="#808080">This email was sent from an unmonitored mailbox via iCIMS. Brightwater Mutual is an Equal Opportunity Employer.</font></p>
        </font></body></html>
        """)
    return message([
        rcv("mx-out-12.icims.com", "66.97.190.12", when, BOS),
        ("From", addr("Brightwater Mutual Talent Acquisition", "brightwatermutual@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation - Senior Staff Accountant (Req #2026-4471)"),
        ("Date", date(when, BOS)),
        ("Message-ID", f"<{_id('m17', 10)}.{_id('m17b', 10)}.JavaMail.icims@talent.icims.com>"),
        ("X-iCIMS-Customer", "brightwatermutual"),
    ], html(body_html, charset="iso-8859-1"))


@mail(N(18), family="taleo", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-09 13:30", QC), end=utc("2026-12-09 14:30", QC),
      local="Wed 2026-12-09 13:30", local_end="2026-12-09 14:30", zone=QC,
      contact="mireille.cote@groupelaurentide.ca", company="Groupe Alimentaire Laurentide",
      note="Taleo convocation (French), text only, iso-8859-15 QP: ISO date '2026-12-09 (mercredi)', '13 h 30 "
           "(heure de l'Est)', 'Durée : 1 heure' -> 18:30Z-19:30Z (EST). No-reply Taleo sender; contact = "
           "the talent-acquisition adviser's address in the body.")
def m18() -> bytes:
    when = "2026-12-01 09:00"
    body = t("""
        Madame Tremblay,

        Nous vous remercions de l'intérêt que vous portez au Groupe Alimentaire Laurentide. Nous avons le
        plaisir de vous convoquer à une entrevue pour le poste d'Analyste financière principale
        (numéro de référence 2600318).

            Date :  2026-12-09 (mercredi)
            Heure : 13 h 30 (heure de l'Est)
            Durée : 1 heure
            Lieu :  2600, boulevard Laurier, bureau 800, Québec (Québec)
            Comité : Mireille Côté, conseillère en acquisition de talents
                     Benoît Lessard, directeur, planification financière

        Une courte mise en situation (environ 20 minutes) fait partie de l'entrevue. Nous mettrons à votre
        disposition un poste de travail; vous n'avez rien à apporter, sinon une pièce d'identité.

        Pour tout empêchement, veuillez communiquer avec Mireille Côté à mireille.cote@groupelaurentide.ca
        ou au 418 555-0166, poste 2231.

        Au plaisir de vous rencontrer,

        Acquisition de talents
        Groupe Alimentaire Laurentide – Nourrir le Québec, une œuvre collective

        Ce courriel a été envoyé par un système automatisé. Merci de ne pas y répondre.
        """)
    return message([
        rcv("epost12.taleo.net", "160.34.8.112", when, QC),
        ("From", addr("Groupe Alimentaire Laurentide - Carrières", "no-reply@taleo.net", charset="iso-8859-15")),
        ("To", ME),
        ("Subject", enc("Convocation à une entrevue - Analyste financière principale (2600318)", "iso-8859-15")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m18', 18)}.TALEO.{_id('m18b', 6)}@taleo.net>"),
    ], text(body.replace("–", "-"), charset="iso-8859-15"))


@mail(N(19), family="recruitee", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-09 13:00", QC), end=utc("2026-10-09 14:00", QC),
      local="Fri 2026-10-09 13:00", local_end="2026-10-09 14:00", zone=QC,
      contact="julie.poirier@nordet.ca", company="Cartographie Nordet",
      note="Recruitee (French): 'vendredi 9 octobre 2026, 13:00–14:00 (EDT)' -> 17:00Z-18:00Z; ICS in UTC "
           "agrees. Contact = Reply-To recruiter (also ORGANIZER).")
def m19() -> bytes:
    when = "2026-10-05 09:47"
    body = t("""
        Bonjour Gabrielle,

        Votre entrevue pour le poste de Comptable – projets internationaux a été planifiée.

        vendredi 9 octobre 2026, 13:00–14:00 (EDT)
        Entrevue en personne
        Cartographie Nordet, 1100, rue Wellington, bureau 210, Montréal (Griffintown)

        Vous rencontrerez Julie Poirier (RH) et Frédéric Langlois (contrôleur).
        L'invitation est jointe; vous pouvez l'ajouter à votre agenda.

        Au plaisir,
        Julie Poirier
        Cartographie Nordet

        Propulsé par Recruitee
        """)
    body_html = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#24292e">
        <p>Bonjour Gabrielle,</p>
        <p>Votre entrevue pour le poste de <b>Comptable – projets internationaux</b> a été planifiée.</p>
        <div style="border:1px solid #dfe3e8;border-radius:4px;padding:12px;margin:12px 0">
        <div style="font-size:16px"><b>vendredi 9 octobre 2026, 13:00–14:00</b> <span style="color:#637381">(EDT)</span></div>
        <div>Entrevue en personne</div>
        <div style="color:#637381">Cartographie Nordet, 1100, rue Wellington, bureau 210, Montréal (Griffintown)</div>
        </div>
        <p>Vous rencontrerez Julie Poirier (RH) et Frédéric Langlois (contrôleur).<br>L'invitation est jointe; vous pouvez l'ajouter à votre agenda.</p>
        <p>Au plaisir,<br>Julie Poirier<br>Cartographie Nordet</p>
        <p style="font-size:11px;color:#919eab">Propulsé par Recruitee</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Recruitee//Interview//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:recruitee-event-{_id('m19uid', 16)}",
        "DTSTAMP:20261005T134700Z",
        "DTSTART:20261009T170000Z",
        "DTEND:20261009T180000Z",
        "SUMMARY:Entrevue – Gabrielle Tremblay (Comptable – projets internationaux)",
        "LOCATION:1100\\, rue Wellington\\, bureau 210\\, Montréal",
        "ORGANIZER;CN=Julie Poirier:mailto:julie.poirier@nordet.ca",
        "ATTENDEE;CN=Gabrielle Tremblay;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabrielle.tremblay@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-eu1.recruiteemail.com", "52.58.94.7", when, QC),
        ("From", addr("Cartographie Nordet", "no-reply@recruiteemail.com")),
        ("Reply-To", addr("Julie Poirier", "julie.poirier@nordet.ca")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Entrevue planifiée – Cartographie Nordet")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m19', 20)}@recruiteemail.com>"),
    ], mixed(alt(text(body), html(body_html)),
             calendar(ics, cte="quoted-printable", filename="entrevue.ics", disposition="attachment")))


@mail(N(20), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-16 09:30", QC), end=utc("2026-10-16 10:30", QC),
      local="Fri 2026-10-16 09:30", local_end="2026-10-16 10:30", zone=QC,
      contact="aisha.mensah@northshoretrust.ca", company="Northshore Trust",
      note="GoodTime confirmation whose text says only 'see the calendar invitation attached': the time is ONLY "
           "in the ICS, DTSTART;TZID=America/Toronto:20261016T093000 to 103000 -> 13:30Z-14:30Z (EDT). "
           "No Reply-To; contact = human ORGANIZER.")
def m20() -> bytes:
    when = "2026-10-13 10:12"
    body = t("""
        Hi Gabrielle,

        Your interview with Northshore Trust for the Fund Accountant role is confirmed. Please find
        the calendar invitation attached - it has the date, time and video link. Accept it so it
        shows up in your calendar.

        You'll be meeting with:
        - Aisha Mensah, Manager, Fund Accounting
        - Derek Lowe, Senior Manager, Investment Operations

        We look forward to speaking with you.

        Northshore Trust Talent Team
        Scheduled with GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Gabrielle,</p>
        <p>Your interview with Northshore Trust for the <b>Fund Accountant</b> role is confirmed. Please find
        the calendar invitation attached - it has the date, time and video link. Accept it so it
        shows up in your calendar.</p>
        <p>You'll be meeting with:</p>
        <ul><li>Aisha Mensah, Manager, Fund Accounting</li><li>Derek Lowe, Senior Manager, Investment Operations</li></ul>
        <p>We look forward to speaking with you.</p>
        <p>Northshore Trust Talent Team</p>
        <p style="font-size:11px;color:#888">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//GoodTime//Interview Scheduling//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        VTZ_TORONTO,
        "BEGIN:VEVENT",
        f"UID:gt-{_id('m20uid', 28)}",
        "DTSTAMP:20261013T141200Z",
        "DTSTART;TZID=America/Toronto:20261016T093000",
        "DTEND;TZID=America/Toronto:20261016T103000",
        "SUMMARY:Interview: Gabrielle Tremblay - Fund Accountant (Northshore Trust)",
        "DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NST88\\n"
        "Interviewers: Aisha Mensah\\, Derek Lowe",
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Aisha Mensah:mailto:aisha.mensah@northshoretrust.ca",
        "ATTENDEE;CN=Gabrielle Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabrielle.tremblay@example.org",
        "ATTENDEE;CN=Derek Lowe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:derek.lowe@northshoretrust.ca",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("o2.mail.goodtime.io", "149.72.33.18", when, QC),
        ("From", addr("Northshore Trust Talent Team", "no-reply@goodtime.io")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Interview Confirmation - Northshore Trust"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m20', 22)}@goodtime.io>"),
    ], mixed(alt(text(body), html(body_html)),
             calendar(ics, cte="7bit", filename="invite.ics", disposition="attachment")))


@mail(N(21), family="forward_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-12 14:30", QC), end=None,
      local="Thu 2026-11-12 14:30", zone=QC,
      contact="smarquis@marquisvezina.ca", company="Les Entreprises Marquis-Vézina",
      note="Forward to self: Gabrielle sends from her old example.net address to example.org, the employer's mail "
           "attached as message/rfc822. Inner text 'le jeudi 12 novembre à 14 h 30' -> 19:30Z (EST); "
           "'durera environ une heure' is approximate -> end null. Contact = the employer in the forwarded "
           "message (never the candidate's own addresses).")
def m21() -> bytes:
    when = "2026-11-07 21:14"
    inner_when = "2026-11-06 16:02"
    inner_body = t("""
        Bonjour Madame Tremblay,

        Suite à notre conversation téléphonique, je vous confirme votre entrevue le jeudi 12 novembre à
        14 h 30, à nos bureaux de Lévis (1850, rue des Riveurs, entrée principale). L'entrevue durera
        environ une heure; vous rencontrerez M. Yves Vézina, président, et moi-même.

        Merci d'apporter une copie de vos relevés de notes et de votre permis d'exercice de l'Ordre.

        Cordialement,

        Stéphanie Marquis, CPA
        Directrice des finances
        Les Entreprises Marquis-Vézina inc.
        418 555-0128
        """)
    inner = message([
        ("From", addr("Stéphanie Marquis", "smarquis@marquisvezina.ca", charset="iso-8859-1")),
        ("To", "gabrielle.tremblay@example.net"),
        ("Subject", enc("Confirmation d'entrevue - Contrôleuse adjointe", "iso-8859-1")),
        ("Date", date(inner_when, QC)),
        ("Message-ID", f"<{_id('m21in', 14)}@marquisvezina.ca>"),
    ], text(inner_body, charset="iso-8859-1"))
    outer = t("""
        à mettre dans l'agenda + imprimer l'itinéraire pour Lévis (rue des Riveurs)

        """)
    return message([
        rcv("smtp.example.net", "198.51.100.23", when, QC),
        ("From", addr("Gabrielle Tremblay", "gabrielle.tremblay@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Confirmation d'entrevue - Contrôleuse adjointe")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m21', 16)}@example.net>"),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, filename="Confirmation d'entrevue.eml")))


@mail(N(22), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-14 14:00", QC), end=None,
      local="Mon 2026-09-14 14:00", zone=QC,
      contact="mbergeron@zephyrassurance.ca", company="Zéphyr Assurance collective",
      note="Hiring manager's reply from an iPhone, 'Parfait pour lundi 14 h!', on top of a quoted thread "
           "(his proposal 'lundi prochain à 14 h ou mardi à 10 h', her acceptance of Monday). 'lundi' from "
           "Date Thu 10 Sep 2026 -> Mon 14 Sep 14:00 EDT = 18:00Z; no length -> end null. Contact = sender.")
def m22() -> bytes:
    when = "2026-09-10 18:32"
    body = t("""
        Parfait pour lundi 14 h! On se voit au bureau, 2e étage, demande Julie à l'accueil. Apporte un CV imprimé svp, ma directrice aime ça le papier 😅

        Mathieu

        Envoyé de mon iPhone

        > Le 10 sept. 2026 à 17:05, Gabrielle Tremblay <gabrielle.tremblay@example.org> a écrit :
        >
        > Bonjour Mathieu,
        >
        > Lundi 14 h me conviendrait parfaitement.
        >
        > Merci!
        > Gabrielle
        >
        >> Le 9 sept. 2026 à 11:20, Mathieu Bergeron <mbergeron@zephyrassurance.ca> a écrit :
        >>
        >> Bonjour Gabrielle,
        >>
        >> Suite à notre appel, seriez-vous disponible lundi prochain à 14 h ou mardi à 10 h pour une entrevue avec notre directrice financière, Hélène Brassard?
        >>
        >> Mathieu Bergeron
        >> Directeur principal, comptabilité | Zéphyr Assurance collective
        >> 625, rue Saint-Amable, Québec
        """)
    return message([
        rcv("mail-yt3can01on2112.outbound.protection.outlook.com", "40.107.115.112", when, QC),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("From", addr("Mathieu Bergeron", "mbergeron@zephyrassurance.ca")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", enc("Re: Entrevue - Zéphyr Assurance collective")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m22', 8).upper()}-{_id('m22b', 4).upper()}-4C1E-9A0B-{_id('m22c', 12).upper()}@zephyrassurance.ca>"),
        ("References", f"<{_id('m22p', 20)}@example.org>"),
        ("In-Reply-To", f"<{_id('m22p', 20)}@example.org>"),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("X-Mailer", "iPhone Mail (23A341)"),
    ], raw_part([("Content-Transfer-Encoding", "quoted-printable")],
                quopri.encodestring(body.encode("utf-8")).decode("ascii")),
        mime_version=False)


@mail(N(23), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 17:30", YVR), end=utc("2026-12-01 18:15", YVR),
      local="Tue 2026-12-01 17:30", local_end="2026-12-01 18:15", zone=YVR,
      contact="daniel.reyes@coastline-analytics.io", company="Coastline Analytics",
      note="Vancouver hiring manager (Gmail), 'next Tuesday at 5:30 pm Pacific (8:30 pm for you in Québec)' from "
           "Date Wed 25 Nov 2026 PST -> Tue 1 Dec 17:30 PST = Wed 2 Dec 01:30Z (another day in UTC); 'keep it "
           "to 45 minutes' -> end 02:15Z. Pasted Zoom block 'Dec 1, 2026 05:30 PM Pacific Time' agrees. "
           "Contact = sender.")
def m23() -> bytes:
    when = "2026-11-25 12:40"
    body = t("""
        Hi Gabrielle,

        Great - confirmed for next Tuesday at 5:30 pm Pacific (8:30 pm for you in Québec, sorry it's late on your end; it's the only slot our CFO has before the holidays). We'll keep it to 45 minutes.

        Zoom details below.

        Daniel

        Daniel Reyes
        Head of Finance, Coastline Analytics
        Vancouver, BC

        ---
        Daniel Reyes is inviting you to a scheduled Zoom meeting.

        Topic: Gabrielle Tremblay <> Coastline Analytics (Finance Manager)
        Time: Dec 1, 2026 05:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/83412290517?pwd=bVZxT2lQa0dHc3JrN0RrZz09

        Meeting ID: 834 1229 0517
        Passcode: 571204

        ---

        One tap mobile
        +16475580588,,83412290517#,,,,*571204# Canada
        +17789072071,,83412290517#,,,,*571204# Canada

        On Tue, Nov 24, 2026 at 1:12 PM Gabrielle Tremblay <gabrielle.tremblay@example.org> wrote:
        > Hi Daniel,
        >
        > Thanks for getting back to me so quickly. Next Tuesday evening works for me - 8:30 pm my time is fine.
        >
        > Gabrielle
        """)
    return message([
        rcv("mail-lf1-f44.google.com", "209.85.167.44", when, YVR),
        ("From", addr("Daniel Reyes", "daniel.reyes@coastline-analytics.io")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Re: Finance Manager - next steps"),
        ("Date", date(when, YVR)),
        ("Message-ID", f"<CA+{_id('m23', 30)}@mail.gmail.com>"),
        ("In-Reply-To", f"<{_id('m23p', 20)}@example.org>"),
        ("References", f"<{_id('m23p0', 28)}@mail.gmail.com> <{_id('m23p', 20)}@example.org>"),
    ], alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="rejection", lang="fr", interview=False, company="Groupe Apalaches Assurances",
      days=(("Tue", "2026-09-29"),),
      note="Rejection after the interview of mardi 29 septembre (thread with the Apalaches confirmation); names "
           "a past interview date, confirms nothing new.")
def m24() -> bytes:
    when = "2026-10-07 10:20"
    body = t("""
        Bonjour Gabrielle,

        Merci encore d'être venue nous rencontrer le mardi 29 septembre. Marc-André et moi avons beaucoup
        apprécié notre échange.

        Après réflexion, nous avons retenu une candidate dont l'expérience en assurance de dommages
        correspond davantage aux besoins immédiats de l'équipe. La décision n'a pas été facile.

        Avec ta permission, je garde ton CV au dossier : un poste d'analyste pourrait s'ouvrir au
        printemps et je penserai à toi.

        Bonne continuité dans tes recherches!

        Karine Lachance, CRHA
        Conseillère principale, ressources humaines
        Groupe Apalaches Assurances
        """)
    body_html = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        rcv("mail-yt3can01on2104.outbound.protection.outlook.com", "40.107.115.104", when, QC),
        ("From", addr("Karine Lachance", "klachance@apalaches-assurances.ca")),
        ("To", TO_ME),
        ("Subject", "Suivi de ta candidature - Comptable, Groupe Apalaches"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<YT3PR01MB{_id('m24', 24).upper()}@YT3PR01MB9134.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CA"),
    ], alt(text(body), html(body_html)))


@mail(N(25), family="offer", lang="en", interview=False, company="Larchmont Analytics",
      days=(("Mon", "2027-01-11"), ("Fri", "2026-10-02")),
      note="Offer (Greenhouse, Toronto): a start date 'Monday, January 11, 2027' with orientation at 9:00 AM and "
           "a signing deadline; fixed times but not an interview.")
def m25() -> bytes:
    when = "2026-09-28 16:05"
    body = t("""
        Hi Gabrielle,

        On behalf of everyone at Larchmont Analytics, I'm delighted to share your offer for the Senior
        Financial Analyst role! The team really enjoyed meeting you on the 15th.

        Your offer letter is ready for review and e-signature here:
        https://app.greenhouse.io/offers/review/5d0c7e41a2

        A few highlights:
        - Base salary: $98,000 CAD, plus a 10% annual target bonus
        - Hybrid: 3 days a week at 200 Wellington St W
        - Start date: Monday, January 11, 2027 - orientation begins at 9:00 AM
        - Relocation support up to $7,500

        We'd appreciate your response by Friday, October 2, 2026. If you'd like to talk anything through,
        Owen is happy to jump on a call - just tell me what suits you.

        Congratulations!
        Priya
        """)
    return message([
        rcv("o3.ptr7781.us.greenhouse-mail.io", "167.89.41.12", when, QC),
        ("From", addr("Priya Raman", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Priya Raman", "priya.raman@larchmontanalytics.com")),
        ("To", TO_ME),
        ("Subject", "Your offer from Larchmont Analytics"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m25', 22)}@geopod-ismtpd-2>"),
    ], text(body))


@mail(N(26), family="application_receipt", lang="fr", interview=False, company="Assurances Cap-Rouge Mutuelle",
      note="Workday application receipt (French): 'nous communiquerons avec vous pour planifier une entrevue' - "
           "future, no time.")
def m26() -> bytes:
    when = "2026-09-03 22:41"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <p>Bonjour Gabrielle,</p>
        <p>Nous avons bien reçu votre candidature pour le poste de <b>Comptable senior, rapports financiers (R0002931)</b>
        et nous vous remercions de l'intérêt que vous portez à Assurances Cap-Rouge Mutuelle.</p>
        <p>Notre équipe d'acquisition de talents analysera votre dossier au cours des prochaines semaines. Si votre profil
        correspond aux exigences du poste, un membre de notre équipe communiquera avec vous pour planifier une entrevue.</p>
        <p>Vous pouvez suivre l'état de votre candidature en tout temps dans votre
        <a href="https://wd3.myworkdaysite.com/fr-CA/recruiting/caprouge/Carrieres/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Talents<br>Assurances Cap-Rouge Mutuelle</p>
        <p style="font-size:11px;color:#888">Ceci est un message automatique. Merci de ne pas y répondre.</p>
        </body></html>
        """)
    return message([
        rcv("mail-ash.myworkday.com", "192.68.16.51", when, QC),
        ("From", addr("Assurances Cap-Rouge Mutuelle", "caprouge@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Nous avons bien reçu votre candidature – Comptable senior, rapports financiers")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m26', 16)}.{_id('m26b', 6)}.JavaMail.wd@wd3-prod-mta>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(body_html))


@mail(N(27), family="job_alert", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Job-board alert (windows-1252 HTML): one listing advertises a walk-in 'journée d'entrevues' on "
           "jeudi 17 septembre, 10 h à 16 h - a fixed time, but an open event, not her interview.")
def m27() -> bytes:
    when = "2026-09-14 06:00"
    jobs = [
        ("Technicien(ne) comptable", "Centre de distribution Lebourgneuf", "Québec",
         "Journée d'entrevues sur place : jeudi 17 septembre, de 10 h à 16 h. Apportez votre CV!"),
        ("Comptable, paie et avantages", "Coopérative forestière des Appalaches", "Lévis",
         "Horaire de jour, 37,5 h/semaine. Entrée en fonction rapide."),
        ("Analyste financier(ère)", "Groupe Alimentaire Laurentide", "Québec",
         "Télétravail 2 jours/semaine. CPA un atout."),
        ("Contrôleur(euse) adjoint(e)", "Studio Lumiflex", "Montréal (hybride)",
         "Rejoins une équipe créative en pleine croissance."),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #ddd"><a href="https://www.emploiscapitale.ca/o/{i}77{i}" '
        f'style="font-size:15px;color:#0a58a6;font-weight:bold">{j}</a><br>{c} &#8211; {v}<br>'
        f'<span style="color:#555">{d}</span></td></tr>'
        for i, (j, c, v, d) in enumerate(jobs, 1))
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Bonjour Gabrielle,</p>
        <p><b>4 nouvelles offres</b> correspondent à votre alerte « comptable – Québec et environs ».</p>
        <table width="580">
        """) + rows + t("""

        </table>
        <p><a href="https://www.emploiscapitale.ca/alertes">Gérer mes alertes</a> · <a href="https://www.emploiscapitale.ca/desabonnement">Se désabonner</a></p>
        <p style="font-size:11px;color:#888">Emplois Capitale – le site d'emploi de la grande région de Québec</p>
        </body></html>
        """)
    return message([
        rcv("out2.emploiscapitale.ca", "192.0.2.77", when, QC),
        ("From", addr("Emplois Capitale", "alertes@emploiscapitale.ca")),
        ("To", ME),
        ("Subject", enc("4 nouvelles offres : comptable – Québec et environs", "windows-1252")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<alerte.{_id('m27', 18)}@emploiscapitale.ca>"),
        ("List-Unsubscribe", "<https://www.emploiscapitale.ca/desabonnement?u=8812>"),
        ("Precedence", "bulk"),
    ], html(body_html, charset="windows-1252"))


@mail(N(28), family="newsletter", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Professional-network newsletter: article on following up after an interview, plus a webinar "
           "'mercredi 14 octobre, 12 h à 13 h (HAE)'. Fixed time, not a job interview.")
def m28() -> bytes:
    when = "2026-10-06 07:30"
    body = t("""
        L'INFOLETTRE DU RÉSEAU COMPTABLE QUÉBEC – octobre 2026

        APRÈS L'ENTREVUE : LE SUIVI QUI FAIT LA DIFFÉRENCE
        Vous sortez d'une entrevue et vous attendez des nouvelles? Un courriel de remerciement dans les
        24 heures, un rappel poli après une semaine... Nos conseils pour relancer sans déranger.
        Lire l'article : https://reseaucomptablequebec.ca/blogue/suivi-entrevue

        MIDI-CONFÉRENCE : NÉGOCIER SON SALAIRE
        Mercredi 14 octobre, 12 h à 13 h (HAE), en ligne. Gratuit pour les membres.
        Inscription : https://reseaucomptablequebec.ca/evenements/negocier

        OFFRES DE LA SEMAINE
        23 nouvelles offres dans notre babillard, dont 9 en télétravail.

        --
        Vous recevez cette infolettre parce que vous êtes membre du Réseau Comptable Québec.
        Se désabonner : https://reseaucomptablequebec.us21.list-manage.com/unsubscribe?u=4f1&id=9ab
        """)
    body_html = t("""
        <html><body style="margin:0;background:#f2f2f2"><table align="center" width="600" style="background:#fff;font-family:Georgia,serif">
        <tr><td style="background:#123b5c;color:#fff;padding:18px;font-size:20px">L'infolettre du Réseau Comptable Québec – octobre 2026</td></tr>
        <tr><td style="padding:18px"><h2>Après l'entrevue : le suivi qui fait la différence</h2>
        <p>Vous sortez d'une entrevue et vous attendez des nouvelles? Un courriel de remerciement dans les 24 heures, un rappel poli après une semaine... Nos conseils pour relancer sans déranger.</p>
        <p><a href="https://reseaucomptablequebec.ca/blogue/suivi-entrevue">Lire l'article</a></p>
        <h2>Midi-conférence : négocier son salaire</h2>
        <p><b>Mercredi 14 octobre, 12 h à 13 h (HAE)</b>, en ligne. Gratuit pour les membres.<br>
        <a href="https://reseaucomptablequebec.ca/evenements/negocier">Inscription</a></p>
        <h2>Offres de la semaine</h2><p>23 nouvelles offres dans notre babillard, dont 9 en télétravail.</p></td></tr>
        <tr><td style="font-size:11px;color:#777;padding:18px">Vous recevez cette infolettre parce que vous êtes membre du Réseau Comptable Québec.
        <a href="https://reseaucomptablequebec.us21.list-manage.com/unsubscribe?u=4f1&amp;id=9ab">Se désabonner</a></td></tr>
        </table></body></html>
        """)
    return message([
        rcv("mail131.atl221.mcsv.net", "198.2.131.21", when, QC),
        ("From", addr("Réseau Comptable Québec", "infolettre@reseaucomptablequebec.ca")),
        ("Reply-To", "infolettre@reseaucomptablequebec.ca"),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Après l'entrevue : le suivi qui fait la différence | Infolettre d'octobre")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m28', 24)}@reseaucomptablequebec.us21.list-manage.com>"),
        ("List-Unsubscribe", "<https://reseaucomptablequebec.us21.list-manage.com/unsubscribe?u=4f1&id=9ab>"),
        ("List-Id", "Reseau Comptable Quebec <4f1.list-id.mcsv.net>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(body_html)))


@mail(N(29), family="self_schedule_link", lang="en", interview=False, company="Quillfeather Health",
      days=(("Mon", "2026-11-30"), ("Fri", "2026-12-11")),
      note="Ashby self-scheduling request (Boston): pick a slot between Monday, November 30 and Friday, "
           "December 11 - no time fixed yet.")
def m29() -> bytes:
    when = "2026-11-25 14:02"
    body = t("""
        Hi Gabrielle,

        Thanks for your interest in the Revenue Accountant role at Quillfeather Health! We'd love to set
        up a 60-minute interview with our Controller, Ben Aldridge.

        Please choose a time that works for you:
        https://jobs.ashbyhq.com/quillfeather/interviews/schedule/2b7e0d3a-91c4-4e35-a6f2-0c8d5e19b7aa

        Available times are shown between Monday, November 30 and Friday, December 11, in your local
        time zone. If none of them work, just reply and we'll find something.

        Best,
        Jenna Castellano
        Recruiting, Quillfeather Health
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Gabrielle,</p>
        <p>Thanks for your interest in the Revenue Accountant role at Quillfeather Health! We&#x27;d love to set
        up a 60-minute interview with our Controller, Ben Aldridge.</p>
        <p><a href="https://jobs.ashbyhq.com/quillfeather/interviews/schedule/2b7e0d3a-91c4-4e35-a6f2-0c8d5e19b7aa"
        style="background:#5b4ef0;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Choose a time</a></p>
        <p>Available times are shown between Monday, November 30 and Friday, December 11, in your local
        time zone. If none of them work, just reply and we&#x27;ll find something.</p>
        <p>Best,<br>Jenna Castellano<br>Recruiting, Quillfeather Health</p>
        </body></html>
        """)
    return message([
        rcv("a48-108.smtp-out.amazonses.com", "54.240.48.108", when, BOS),
        ("From", addr("Quillfeather Health", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Jenna Castellano", "jenna.castellano@quillfeather.com")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Schedule your interview with Quillfeather Health"),
        ("Date", date(when, BOS)),
        ("Message-ID", f"<010001{_id('m29', 14)}-{_id('m29b', 8)}-{_id('m29c', 4)}-000000@email.amazonses.com>"),
    ], alt(text(body), html(body_html)))


@mail(N(30), family="recruiter_outreach", lang="fr", interview=False, company="Boréalis Énergie",
      note="In-house recruiter's first outreach (tu): asks for 20 minutes 'cette semaine ou la semaine "
           "prochaine', no time fixed.")
def m30() -> bytes:
    when = "2026-10-28 09:14"
    body = t("""
        Bonjour Gabrielle,

        Je me permets de t'écrire directement : ton profil sur le babillard du Réseau Comptable a retenu mon attention. Chez Boréalis Énergie, on cherche une contrôleuse financière pour notre division solaire, basée à Québec (hybride).

        Aurais-tu 20 minutes cette semaine ou la semaine prochaine pour un premier appel exploratoire? Dis-moi ce qui t'arrange, je suis assez flexible en fin de journée.

        Au plaisir,

        Jean-François Ouellet
        Partenaire d'affaires, acquisition de talents
        Boréalis Énergie | 418 555-0119
        """)
    return message([
        rcv("mail-sor-f41.google.com", "209.85.220.41", when, QC),
        ("From", addr("Jean-François Ouellet", "jf.ouellet@borealis-energie.ca")),
        ("To", ME),
        ("Subject", enc("Contrôleuse financière – Boréalis Énergie")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<CAF{_id('m30', 34)}@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(31), family="interview_proposal", lang="fr", interview=False, company="Navigation Bellechasse",
      days=(("Thu", "2026-10-22"), ("Fri", "2026-10-23")),
      note="Recruiter PROPOSES two slots ('jeudi prochain (22 oct.) à 10 h' or 'vendredi 23 à 13 h 30') and asks "
           "her to confirm: not yet confirmed. (Thread: the later cancellation mail of the Thursday slot.)")
def m31() -> bytes:
    when = "2026-10-15 11:40"
    body = t("""
        Salut Gabrielle,

        Bonne nouvelle, Marie-Ève aimerait te rencontrer pour le poste de comptable principale!

        Est-ce que jeudi prochain (22 oct.) à 10 h te conviendrait? Sinon, vendredi 23 à 13 h 30 est aussi
        possible. Ce serait à nos bureaux du quai Paquet, à Lévis, pour environ une heure.

        Confirme-moi ce qui te va le mieux et je t'envoie l'invitation.

        Vincent Paré
        Acquisition de talents | Navigation Bellechasse
        Lévis (Québec)
        """)
    return message([
        rcv("smtp.navbellechasse.ca", "206.167.42.18", when, QC),
        ("From", addr("Vincent Paré", "vpare@navbellechasse.ca", charset="iso-8859-1")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Entrevue - comptable principale"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m31', 16)}.{_id('m31b', 8)}@navbellechasse.ca>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(32), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Medical clinic reminder with ICS: 'lundi 19 octobre 2026 à 8 h 40' - confirmed time, not an interview.")
def m32() -> bytes:
    when = "2026-10-16 17:00"
    body = t("""
        Rappel de rendez-vous

        Bonjour Gabrielle Tremblay,

        Nous vous rappelons votre rendez-vous :

        lundi 19 octobre 2026 à 8 h 40
        Dre Nadia Bélanger, médecin de famille
        Clinique médicale du Vieux-Limoilou, 505, 3e Avenue, Québec

        Présentez-vous 10 minutes à l'avance avec votre carte d'assurance maladie. Pour annuler,
        répondez ANNULER ou téléphonez au 418 555-0150 au moins 24 heures à l'avance.

        Ceci est un message automatisé.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Clinique du Vieux-Limoilou//Rappels//FR",
        "METHOD:PUBLISH",
        VTZ_TORONTO,
        "BEGIN:VEVENT",
        f"UID:rdv-{_id('m32uid', 16)}@cliniquevieuxlimoilou.ca",
        "DTSTAMP:20261016T210000Z",
        "DTSTART;TZID=America/Toronto:20261019T084000",
        "DTEND;TZID=America/Toronto:20261019T090000",
        "SUMMARY:Rendez-vous – Dre Nadia Bélanger",
        "LOCATION:505\\, 3e Avenue\\, Québec",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail.cliniquevieuxlimoilou.ca", "192.0.2.150", when, QC),
        ("From", addr("Clinique médicale du Vieux-Limoilou", "rappels@cliniquevieuxlimoilou.ca")),
        ("To", ME),
        ("Subject", enc("Rappel : votre rendez-vous du lundi 19 octobre")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<rappel-{_id('m32', 20)}@cliniquevieuxlimoilou.ca>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                  disposition="attachment")))


@mail(N(33), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Landlord confirms a flat viewing 'samedi 7 novembre à 11 h' where he 'interviews' each applicant "
           "(petite entrevue) - fixed time, not a job interview.")
def m33() -> bytes:
    when = "2026-11-03 20:12"
    body = t("""
        Bonjour Gabrielle,

        Merci pour votre intérêt pour le 4 1/2 sur Saint-Vallier Ouest. Je vous confirme la visite samedi 7 novembre à 11 h.

        Je rencontre chaque candidat une quinzaine de minutes, une petite entrevue pour mieux vous connaître. Apportez une preuve d'emploi ou de revenu et deux références (ancien propriétaire idéalement). Le logement est libre le 1er décembre.

        Sonnez au 2e, la porte de côté.

        Réjean Fortin
        418 555-0181
        """)
    return message([
        rcv("mail-qv1-f54.google.com", "209.85.219.54", when, QC),
        ("From", addr("Réjean Fortin", "rfortin.immeubles@gmail.com")),
        ("To", ME),
        ("Subject", "Re: 4 1/2 St-Vallier - visite"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<CAJ{_id('m33', 34)}@mail.gmail.com>"),
        ("In-Reply-To", f"<{_id('m33p', 20)}@example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(34), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Garage confirmation: winter-tyre fitting 'mardi 10 novembre 2026 à 7 h 30' - car service, not an interview.")
def m34() -> bytes:
    when = "2026-11-05 14:30"
    body_html = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="560" style="border:1px solid #ccc"><tr><td style="background:#b71c1c;color:#fff;padding:12px;font-size:18px">Garage Côté &amp; Fils</td></tr>
        <tr><td style="padding:16px">
        <p>Bonjour Gabrielle Tremblay,</p>
        <p>Votre rendez-vous est <b>confirmé</b>.</p>
        <p><b>Service :</b> Installation des pneus d'hiver + inspection saisonnière<br>
        <b>Date :</b> mardi 10 novembre 2026<br>
        <b>Heure :</b> 7 h 30 (dépôt du véhicule)<br>
        <b>Véhicule :</b> Honda Civic 2019 – plaque F41 KQR<br>
        <b>Durée estimée :</b> 1 h 30 – voiture de courtoisie sur demande</p>
        <p>Rappel : les pneus d'hiver sont obligatoires au Québec à partir du 1<sup>er</sup> décembre.</p>
        <p>Garage Côté &amp; Fils · 2280, boulevard Hamel, Québec · 418 555-0104</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mta.rdvgarage.ca", "192.0.2.34", when, QC),
        ("From", addr("Garage Côté & Fils", "rendezvous@garagecotefils.ca")),
        ("To", ME),
        ("Subject", enc("Confirmation de rendez-vous – mardi 10 novembre, 7 h 30")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m34', 26)}@rdvgarage.ca>"),
    ], html(body_html, cte="base64"))


@mail(N(35), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School portal: parent-teacher meeting 'jeudi 19 novembre, 18 h 45 à 19 h' - fixed time, not an interview.")
def m35() -> bytes:
    when = "2026-11-13 15:45"
    body = t("""
        Bonjour,

        Votre plage de rencontre de parents (1re étape) est confirmée :

        Élève : Léa Tremblay-Roy, 3e année, groupe 301
        Enseignante : Mme Caroline Lapointe
        Date : jeudi 19 novembre
        Heure : 18 h 45 à 19 h
        Lieu : local 112 (entrée par la cour d'école)

        Le bulletin de la 1re étape sera disponible dans le portail le 18 novembre.

        École primaire des Jardins-de-Charlesbourg
        Ce message a été envoyé par le Portail parents. Merci de ne pas y répondre.
        """)
    return message([
        rcv("notif.portailparents.ca", "192.0.2.135", when, QC),
        ("From", addr("Portail parents", "ne-pas-repondre@portailparents.ca")),
        ("To", ME),
        ("Subject", enc("Rencontre de parents – confirmation de votre plage horaire")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m35', 24)}@portailparents.ca>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Agenda invitation from a colleague at her current job: team holiday dinner 'ven. 11 déc. "
           "2026 18:00 - 22:00' with ICS and ORGANIZER - a confirmed event, not an interview.")
def m36() -> bytes:
    when = "2026-11-20 12:31"
    title = "Souper des Fêtes – équipe Morin Pelletier"
    body = t(f"""
        Annie Morin vous a invité à un événement.

        {title}
        Quand
        vendredi 11 déc. 2026 ⋅ 18:00 – 22:00 (heure normale de l’Est - Toronto)
        Où
        Restaurant Le Cochon Sauvage, 620, rue Saint-Joseph Est, Québec

        Invités
        Annie Morin - organisateur
        Luc Pelletier
        gabrielle.tremblay@example.org
        Voir tous les invités

        Échange de cadeaux (20 $ max). Conjoint(e)s bienvenu(e)s! Réponds avant le 4 décembre svp.

        Répondre pour gabrielle.tremblay@example.org
        Oui / Non / Peut-être

        Invitation de Google Agenda
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_TORONTO,
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Toronto:20261211T180000",
        "DTEND;TZID=America/Toronto:20261211T220000",
        "DTSTAMP:20261120T173100Z",
        "ORGANIZER;CN=Annie Morin:mailto:annie.morin.qc@gmail.com",
        f"UID:{_id('m36uid', 26)}@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabrielle.tremblay@example.org;X-NUM-GUESTS=0:mailto:gabrielle.tremblay@example.org",
        "DESCRIPTION:Échange de cadeaux (20 $ max). Conjoint(e)s bienvenu(e)s!",
        "LOCATION:Restaurant Le Cochon Sauvage\\, 620\\, rue Saint-Joseph Est\\, Québec",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:" + title,
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = f"Invitation : {title} @ ven. 11 déc. 2026 18:00 - 22:00 (HNE) (gabrielle.tremblay@example.org)"
    return message([
        rcv("mail-sor-f69.google.com", "209.85.220.69", when, QC),
        ("From", addr("Annie Morin", "annie.morin.qc@gmail.com")),
        ("Reply-To", addr("Annie Morin", "annie.morin.qc@gmail.com")),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, QC)),
        ("Message-ID", f"<calendar-{_id('m36', 8)}-{_id('m36b', 4)}-{_id('m36c', 4)}-{_id('m36d', 12)}@google.com>"),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
    ], mixed(alt(text(body), calendar(ics, cte="base64")),
             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(37), family="webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Zoom webinar registration (French) 'Réussir son entrevue en finance', 22 sept. 2026 12:00 PM "
           "heure de l'Est, with ICS - fixed time, about interviews, not an interview.")
def m37() -> bytes:
    when = "2026-09-17 12:04"
    body = t("""
        Bonjour Gabrielle,

        Merci de vous être inscrit(e) à « Réussir son entrevue en finance : questions comportementales et
        études de cas ».

        Date et heure : 22 sept. 2026 12:00 PM Heure de l'Est (États-Unis et Canada)

        Rejoindre depuis un PC, Mac, iPad ou Android :
        https://us02web.zoom.us/w/86120045531?tk=Qx9fJ2

        Code secret : 418092

        Ajouter au calendrier : https://us02web.zoom.us/webinar/tJ0sdO2/ics

        Vous pouvez annuler votre inscription à tout moment.

        Carrefour Carrières Finance
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//zoom.us//iCalendar Event//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "DTSTAMP:20260917T160400Z",
        "DTSTART:20260922T160000Z",
        "DTEND:20260922T170000Z",
        "SUMMARY:Réussir son entrevue en finance : questions comportementales et études de cas",
        f"UID:ZOOM86120045531-{_id('m37uid', 8)}",
        "TZID:America/Toronto",
        "DESCRIPTION:Rejoindre : https://us02web.zoom.us/w/86120045531?tk=Qx9fJ2",
        "LOCATION:https://us02web.zoom.us/w/86120045531?tk=Qx9fJ2",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("zoom-mail-178.zoom.us", "170.114.10.178", when, QC),
        ("From", addr("Carrefour Carrières Finance", "no-reply@zoom.us")),
        ("Reply-To", "evenements@carrefourcarrieresfinance.ca"),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Confirmation : Réussir son entrevue en finance")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m37', 24)}@zoom.us>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="webinaire.ics",
                                  disposition="attachment")))


@mail(N(38), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Calendly booking (French) with a career coach: 'Simulation d'entrevue' jeudi 1 octobre 2026 "
           "19:00 - 20:00 - a confirmed mock interview, not a job interview.")
def m38() -> bytes:
    when = "2026-09-26 10:18"
    body = t("""
        Bonjour Gabrielle Tremblay,

        Votre Simulation d'entrevue (60 min) avec Isabelle Drouin à 07:00pm (Heure de l'Est - États-Unis et
        Canada) le jeudi 1 octobre 2026 est planifiée.

        Type d'événement :
        Simulation d'entrevue (60 min)

        Date/heure de l'événement :
        07:00pm - 08:00pm, jeudi 1 octobre 2026 (Heure de l'Est - États-Unis et Canada)

        Lieu :
        Zoom - le lien vous sera envoyé la veille.

        Description :
        On pratique ensemble une entrevue complète (questions comportementales + mise en situation),
        puis 15 minutes de rétroaction. Apportez l'offre d'emploi qui vous intéresse!

        Besoin de modifier cet événement?
        Annuler : https://calendly.com/cancellations/9e41c7aa-0b3f-4f51-9c0c-4a1d5e6f7081
        Reprogrammer : https://calendly.com/reschedulings/9e41c7aa-0b3f-4f51-9c0c-4a1d5e6f7081

        Propulsé par Calendly.com
        """)
    return message([
        rcv("o12.email.calendly.com", "167.89.76.202", when, QC),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Isabelle Drouin", "isabelle@drouincoaching.ca")),
        ("To", ME),
        ("Subject", enc("Confirmé : Simulation d'entrevue (60 min) avec Isabelle Drouin le jeudi 1 octobre 2026")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m38', 20)}@calendly.com>"),
    ], text(body, cte="base64"))


@mail(N(39), family="interviewer_at_current_job", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Exchange meeting request from HR at her CURRENT employer (work address, forwarded to this inbox by "
           "an inbox rule): she sits on the panel interviewing a candidate, jeudi 26 novembre 13:30-14:30. "
           "She is the interviewer, not the candidate -> negative.")
def m39() -> bytes:
    when = "2026-11-19 10:05"
    body = t("""
        Quand : jeudi 26 novembre 2026 13:30-14:30 (UTC-05:00) Est (États-Unis et Canada).
        Où : Salle Cap-Diamant (4e)

        *~*~*~*~*~*~*~*~*~*

        Bonjour Gabrielle,

        Merci d'accepter de siéger au comité d'entrevue pour le poste de technicien(ne) comptable. Nous
        rencontrerons Samuel Thibault. Je te transmets son CV et la grille d'évaluation lundi.

        Luc posera les questions techniques; je te laisse la partie mise en situation (rapprochement
        bancaire).

        Josée Gagnon
        Conseillère RH | Morin Pelletier CPA inc.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Josée Gagnon:mailto:jgagnon@morinpelletier.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabrielle Tremblay:mailto:gtremblay@morinpelletier.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luc Pelletier:mailto:lpelletier@morinpelletier.ca",
        "DESCRIPTION;LANGUAGE=fr-CA:Comité d'entrevue – technicien(ne) comptable – candidat : Samuel Thibault\\n",
        "UID:040000008200E00074C5B7101A82E00800000000" + _id("m39uid", 32).upper(),
        "SUMMARY;LANGUAGE=fr-CA:Entrevue – Technicien(ne) comptable – Samuel Thibault",
        "DTSTART;TZID=Eastern Standard Time:20261126T133000",
        "DTEND;TZID=Eastern Standard Time:20261126T143000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261119T150500Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:Salle Cap-Diamant (4e)",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = "Entrevue – Technicien(ne) comptable – Samuel Thibault"
    return message([
        rcv("mail-yt2can01on2125.outbound.protection.outlook.com", "40.107.114.125", when, QC),
        ("From", addr("Josée Gagnon", "jgagnon@morinpelletier.ca")),
        ("To", addr("Gabrielle Tremblay", "gtremblay@morinpelletier.ca")),
        ("CC", addr("Luc Pelletier", "lpelletier@morinpelletier.ca")),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc(subject)),
        ("Date", date(when, QC)),
        ("Message-ID", f"<YT2PR01MB{_id('m39', 22).upper()}@YT2PR01MB4410.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CA"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "gtremblay@morinpelletier.ca"),
        ("X-MS-Exchange-ForwardingLoop", "gtremblay@morinpelletier.ca;a1f4c2d0-6b7e-4e1a-9f3c-5d2e8b7a6c41"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(40), family="auto_reply", lang="en", interview=False, company="Northshore Trust",
      days=(("Mon", "2026-10-26"),),
      note="Out-of-office auto-reply from the Toronto interviewer to Gabrielle's thank-you note after the "
           "interview; dates of absence only.")
def m40() -> bytes:
    when = "2026-10-16 16:40"
    body = t("""
        Thank you for your email. I'm out of the office from October 19 and will return on Monday,
        October 26, with limited access to email.

        For anything urgent regarding recruitment, please contact Derek Lowe
        (derek.lowe@northshoretrust.ca).

        Aisha Mensah
        Manager, Fund Accounting | Northshore Trust
        """)
    return message([
        rcv("mail-yt3can01on2140.outbound.protection.outlook.com", "40.107.115.140", when, QC),
        ("From", addr("Aisha Mensah", "aisha.mensah@northshoretrust.ca")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Automatic reply: Thank you - Fund Accountant interview"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<YT3PR01MB{_id('m40', 22).upper()}@YT3PR01MB5120.CANPRD01.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", f"<{_id('m40p', 20)}@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "aisha.mensah@northshoretrust.ca"),
    ], text(body, cte="7bit", charset="us-ascii"))


@mail(N(41), family="bounce", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="Postfix bounce (multipart/report) of Gabrielle's own reply confirming 'Friday, November 13 at "
           "11:00 AM ET', sent to a mistyped domain. A delivery failure of her own message, not a confirmation "
           "from an employer.")
def m41() -> bytes:
    when = "2026-11-10 09:51"
    orig = message([
        ("From", addr("Gabrielle Tremblay", ME)),
        ("To", addr("Tom Okafor", "tokafor@rideauledgr.ca")),
        ("Subject", "Re: Interview - Senior Accountant, Rideau Ledger Partners"),
        ("Date", date("2026-11-10 09:50", QC)),
        ("Message-ID", f"<{_id('m41o', 20)}@example.org>"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ], text(t("""
        Hi Tom,

        No problem at all - Friday, November 13 at 11:00 AM ET works for me. Looking forward to
        meeting Aline.

        Best,
        Gabrielle
        """), cte="7bit", charset="us-ascii"))
    explanation = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <tokafor@rideauledgr.ca>: Host or domain name not found. Name service error for
            name=rideauledgr.ca type=A: Host not found
        """)
    status = t(f"""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4cB71F2A09
        X-Postfix-Sender: rfc822; gabrielle.tremblay@example.org
        Arrival-Date: {date("2026-11-10 09:50", QC)}

        Final-Recipient: rfc822; tokafor@rideauledgr.ca
        Original-Recipient: rfc822;tokafor@rideauledgr.ca
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=rideauledgr.ca type=A: Host not found
        """)
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                 explanation),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        raw_part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                 orig.decode("ascii").replace("\r\n", "\n")),
        params="report-type=delivery-status",
    )
    return message([
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<20261110145100.{_id('m41', 10).upper()}@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(N(42), family="mailing_list", lang="fr", interview=False, company=None,
      note="Google Groups mailing-list thread among volunteer accountants about technical interview questions; "
           "mentions a member's past interview ('mardi dernier'), nothing scheduled for Gabrielle.")
def m42() -> bytes:
    when = "2026-11-04 21:37"
    body = t("""
        Salut tout le monde,

        Pour répondre à la question de Nadia : oui, on m'a posé une question sur l'IFRS 17 à mon entrevue de mardi dernier (assureur à Montréal, poste de comptable senior). Rien de trop pointu, surtout la logique de la marge sur services contractuels. Je vous conseille de relire le sommaire de l'Ordre, ça m'a sauvé.

        Et pour ceux qui ont des entrevues bientôt : préparez un exemple concret de fermeture mensuelle qui a mal tourné, ils adorent ça.

        Paul-Émile

        Le mer. 4 nov. 2026 à 19:02, Nadia Ferland <nadia.ferland@example.com> a écrit :
        > Est-ce que quelqu'un s'est fait poser des questions techniques IFRS 17 en entrevue récemment?
        > J'en ai une la semaine prochaine et je ne sais pas à quoi m'attendre.

        --
        Vous recevez ce message, car vous êtes abonné au groupe « Comptables bénévoles de la Capitale » de Google Groupes.
        Pour vous désabonner de ce groupe et ne plus recevoir d'e-mails le concernant, envoyez un e-mail à l'adresse cbc-benevoles+unsubscribe@googlegroups.com.
        """)
    return message([
        rcv("mail-ot1-f61.google.com", "209.85.210.61", when, QC),
        ("From", addr("Paul-Émile Gosselin", "pe.gosselin@example.net")),
        ("To", addr("Comptables bénévoles de la Capitale", "cbc-benevoles@googlegroups.com")),
        ("Subject", enc("Re: [CBC] IFRS 17 en entrevue technique?")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<CAP{_id('m42', 34)}@mail.gmail.com>"),
        ("In-Reply-To", f"<CAN{_id('m42p', 34)}@mail.gmail.com>"),
        ("Sender", "cbc-benevoles@googlegroups.com"),
        ("Reply-To", "cbc-benevoles@googlegroups.com"),
        ("Precedence", "list"),
        ("Mailing-list", "list cbc-benevoles@googlegroups.com; contact cbc-benevoles+owners@googlegroups.com"),
        ("List-ID", "<cbc-benevoles.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/cbc-benevoles/post>, <mailto:cbc-benevoles@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+1047+unsubscribe@googlegroups.com>"),
        ("X-Original-Sender", "pe.gosselin@example.net"),
    ], text(body))


@mail(N(43), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Job-centre employment counsellor confirms an appointment 'mardi 6 octobre 2026 à 9 h 30' to review the "
           "job search and prepare for interviews - fixed time, not a job interview.")
def m43() -> bytes:
    when = "2026-09-30 10:02"
    body = t("""
        Bonjour Madame Tremblay,

        Je vous confirme notre rendez-vous de suivi le mardi 6 octobre 2026 à 9 h 30, à nos bureaux
        (1000, 3e Avenue, 2e étage). Durée : environ une heure.

        À l'ordre du jour : bilan de votre recherche d'emploi, mise à jour de votre CV et préparation
        aux entrevues (nous ferons quelques questions types ensemble).

        Si vous devez reporter, merci de m'aviser au moins 24 heures à l'avance.

        Geneviève Caron
        Conseillère en emploi
        Centre d'emploi Limoilou
        418 555-0175, poste 204
        """)
    body_html = "<html><body style=\"font-family:Calibri,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        rcv("smtp.centreemploilimoilou.qc.ca", "192.0.2.43", when, QC),
        ("From", addr("Geneviève Caron", "gcaron@centreemploilimoilou.qc.ca", charset="windows-1252")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Confirmation de rendez-vous – suivi de votre démarche", "windows-1252")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<000001dc{_id('m43', 8)}${_id('m43b', 8)}${_id('m43c', 8)}@centreemploilimoilou.qc.ca>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], alt(text(body, charset="windows-1252"), html(body_html, charset="windows-1252")))


@mail(N(44), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Business school EMBA admissions interview confirmed 'Friday, November 6, 2026 at 12:00 PM ET' with "
           "ICS - an admission interview, not a job interview.")
def m44() -> bytes:
    when = "2026-10-30 14:15"
    body = t("""
        Dear Gabrielle,

        Thank you for your application to the Executive MBA program at the Harbourview School of Business.
        We are pleased to confirm your admissions interview:

        Date: Friday, November 6, 2026
        Time: 12:00 PM - 12:30 PM ET
        Format: Zoom (link in the attached calendar invitation)
        Interviewer: Prof. Alan Whitfield, Academic Director, Executive MBA

        The interview is conversational: expect questions about your career goals, leadership experience
        and why now is the right time for an MBA. No preparation of materials is required.

        Warm regards,
        Executive MBA Admissions
        Harbourview School of Business, Toronto
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Technolutions//Slate//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:slate-{_id('m44uid', 20)}@harbourview.ca",
        "DTSTAMP:20261030T181500Z",
        "DTSTART:20261106T170000Z",
        "DTEND:20261106T173000Z",
        "SUMMARY:EMBA Admissions Interview - Gabrielle Tremblay",
        "LOCATION:Zoom",
        "ORGANIZER;CN=Executive MBA Admissions:mailto:emba.admissions@harbourview.ca",
        "ATTENDEE;CN=Gabrielle Tremblay;RSVP=TRUE:mailto:gabrielle.tremblay@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mx-out.technolutions.net", "192.0.2.144", when, QC),
        ("From", addr("Harbourview EMBA Admissions", "emba.admissions@harbourview.ca")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Admissions Interview Confirmed - Executive MBA"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m44', 24)}@technolutions.net>"),
    ], mixed(text(body), calendar(ics, cte="7bit", filename="interview.ics", disposition="attachment")))


@mail(N(45), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sun", "2026-09-13"),),
      note="Recreational hockey league coach: evaluation camp (try-out) 'dimanche 13 septembre, 20 h 15' - "
           "fixed time, not a job interview.")
def m45() -> bytes:
    when = "2026-09-08 21:05"
    body = t("""
        Salut les filles!

        La saison recommence! Le camp d'évaluation pour la division récréative A aura lieu dimanche
        13 septembre, 20 h 15 à 21 h 45, à l'aréna de Charlesbourg (glace 2). Arrivez 30 min d'avance
        pour vous habiller.

        On évalue tout le monde (patinage, passes, petit match à 3 contre 3), ensuite je vous confirme les
        équipes dans la semaine. Casque avec grille complète obligatoire, pas d'exception cette année.

        Pour les nouvelles : la cotisation (285 $) se paie en ligne avant le 1er octobre.

        Go Harfangs!
        Sophie
        """)
    return message([
        rcv("mail-qk1-f178.google.com", "209.85.222.178", when, QC),
        ("From", addr("Sophie Vachon", "coach.harfangs@gmail.com")),
        ("To", "undisclosed-recipients:;"),
        ("Subject", enc("Camp d'évaluation - dimanche 20 h 15")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<CAH{_id('m45', 34)}@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(N(46), family="microsoft_bookings", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Microsoft Bookings (French) from a bank: meeting with a financial adviser (REER/CELI) 'mercredi 2 "
           "décembre 2026 16:00 - 17:00' with ICS - a Bookings look-alike, not an interview.")
def m46() -> bytes:
    when = "2026-11-26 09:30"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="max-width:620px">
        <div style="font-size:20px;padding:12px 0">Votre réservation est confirmée</div>
        <p>Bonjour Gabrielle Tremblay,</p>
        <p>Merci d'avoir réservé auprès de <b>Banque Fleuve – Succursale Sainte-Foy</b>.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Planification REER et CELI</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>mercredi 2 décembre 2026 16:00 - 17:00 (UTC-05:00) Est (États-Unis et Canada)</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Nadine Fortier, conseillère en planification financière</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>2450, boulevard Laurier, Québec</td></tr>
        </table>
        <p>Apportez votre dernier avis de cotisation et vos relevés de placement.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/SteFoy@banquefleuve.ca/bookings/s/mng_Qc2">Gérer la réservation</a></p>
        <p style="color:#a19f9d;font-size:11px">Optimisé par Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Banque Fleuve - Succursale Sainte-Foy:mailto:SteFoy@banquefleuve.ca",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Gabrielle Tremblay:mailto:gabrielle.tremblay@example.org",
        "DESCRIPTION;LANGUAGE=fr-CA:Planification REER et CELI avec Nadine Fortier\\n",
        "UID:040000008200E00074C5B7101A82E00800000000" + _id("m46uid", 32).upper(),
        "SUMMARY;LANGUAGE=fr-CA:Planification REER et CELI",
        "DTSTART;TZID=Eastern Standard Time:20261202T160000",
        "DTEND;TZID=Eastern Standard Time:20261202T170000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261126T143000Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:2450\\, boulevard Laurier\\, Québec",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-yt3can01on2150.outbound.protection.outlook.com", "40.107.115.150", when, QC),
        ("From", addr("Banque Fleuve - Succursale Sainte-Foy", "SteFoy@banquefleuve.ca")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Réservation confirmée : Planification REER et CELI")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m46', 30).upper()}@YT3PR01MB8870.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CA"),
    ], mixed(html(body_html), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                       name_param=True)))


@mail(N(47), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="A journalist confirms a phone 'entrevue' with Gabrielle for a newspaper feature, 'jeudi 29 octobre "
           "à 15 h' - she is the interviewee of the press, not a job candidate.")
def m47() -> bytes:
    when = "2026-10-26 10:00"
    body = t("""
        Bonjour Gabrielle,

        Merci d'avoir accepté l'entrevue pour notre dossier « Les femmes et la finance à Québec ». Je te
        confirme l'entrevue téléphonique jeudi 29 octobre à 15 h (environ 30 minutes). Je t'appellerai au
        numéro que tu m'as donné.

        Je voudrais surtout t'entendre sur ton parcours, la conciliation travail-famille pendant les
        périodes d'impôts et ce qui a changé depuis tes débuts. Un photographe pourrait passer la semaine
        suivante si tu es d'accord.

        Merci encore!

        Élise Tardif
        Journaliste, section Affaires
        Le Quotidien de la Capitale
        """)
    return message([
        rcv("mail.quotidiencapitale.ca", "192.0.2.47", when, QC),
        ("From", addr("Élise Tardif", "etardif@quotidiencapitale.ca")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Entrevue - dossier « Les femmes et la finance »")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m47', 20)}@quotidiencapitale.ca>"),
    ], alt(text(body, cte="8bit"), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(N(48), family="interview_proposal", lang="en", interview=False, company="Halvorsen Marine Insurance",
      days=(("Tue", "2026-10-20"),),
      note="Boston hiring manager after the first interview: 'Would Tuesday (10/20) at 10 work ... If not, "
           "Wednesday afternoon is open' - a proposal awaiting her answer, not a confirmation.")
def m48() -> bytes:
    when = "2026-10-14 15:20"
    body = t("""
        Hi Gabrielle,

        Thanks again for last Thursday - Luis and I both came away impressed. We'd like you to meet our
        Controller, Marianne Holt, for a second conversation (about an hour, on Teams).

        Would Tuesday (10/20) at 10 work? If not, Wednesday afternoon is open too. Once you confirm I'll
        send the Teams invite.

        Best,
        Dana

        Dana Whitcomb | Accounting Manager
        Halvorsen Marine Insurance | One Seaport Lane, Boston, MA
        """)
    return message([
        rcv("mail-bn8nam12on2101.outbound.protection.outlook.com", "40.107.237.101", when, BOS),
        ("From", addr("Dana Whitcomb", "dana.whitcomb@halvorsenmarine.com")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", "Next step - Senior Accountant, Corporate Reporting"),
        ("Date", date(when, BOS)),
        ("Message-ID", f"<BN8PR12MB{_id('m48', 22).upper()}@BN8PR12MB3308.namprd12.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(N(49), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="A friend forwards HER OWN Greenhouse interview confirmation (Tuesday, October 13, 2026 2:00 PM "
           "Eastern) to Gabrielle for information - someone else's interview -> negative.")
def m49() -> bytes:
    when = "2026-10-10 19:22"
    body = t("""
        Gab!!! Regarde ça, j'ai eu l'entrevue chez Verdant Grid 🎉 Mardi 14 h (heure de Toronto, donc même heure que nous). Tu m'aides à pratiquer demain? Je t'apporte du vin 😇

        Cam

        ---------- Message transféré ---------
        De : Jordan Pike <no-reply@us.greenhouse-mail.io>
        Date : ven. 9 oct. 2026, 16 h 11
        Subject: Interview Confirmation: Junior Accountant at Verdant Grid
        To: <camille.lavoie@example.com>


        Hi Camille,

        Thanks for making time to meet with the Verdant Grid team! Here is your interview itinerary.

        Tuesday, October 13, 2026
        Eastern Time (US & Canada)

        2:00 PM - 3:00 PM   Interview with Jordan Pike, Accounting Manager

        Location: Microsoft Teams (link to follow)

        Best,
        Jordan Pike
        """)
    return message([
        rcv("mail-ed1-f45.google.com", "209.85.208.45", when, QC),
        ("From", addr("Camille Lavoie", "camille.lavoie@example.com")),
        ("To", ME),
        ("Subject", "Fwd: Interview Confirmation: Junior Accountant at Verdant Grid"),
        ("Date", date(when, QC)),
        ("Message-ID", f"<CAK{_id('m49', 34)}@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(50), family="volunteer_intake", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Community kitchen confirms a new-volunteer intake 'entrevue d'accueil' 'mardi 8 décembre à 18 h 30' "
           "(45 minutes) - fixed time, not a job interview.")
def m50() -> bytes:
    when = "2026-12-02 13:10"
    body = t("""
        Bonjour Gabrielle,

        Merci de vouloir donner du temps à La Soupière solidaire! Comme convenu au téléphone, ton entrevue
        d'accueil des nouveaux bénévoles est prévue le mardi 8 décembre à 18 h 30, pour 45 minutes, au
        150, rue Saint-Joseph Est (porte verte, sous-sol).

        On va parler de tes disponibilités (la période des Fêtes est notre plus grosse période) et de la
        formation en hygiène et salubrité. Ton expérience en comptabilité pourrait aussi nous aider pour la
        trésorerie, on en jase sur place!

        Martine Boivin
        Coordonnatrice des bénévoles
        La Soupière solidaire
        """)
    return message([
        rcv("mail.lasoupieresolidaire.org", "192.0.2.150", when, QC),
        ("From", addr("Martine Boivin", "benevoles@lasoupieresolidaire.org")),
        ("To", addr("Gabrielle Tremblay", ME)),
        ("Subject", enc("Entrevue d'accueil - bénévolat")),
        ("Date", date(when, QC)),
        ("Message-ID", f"<{_id('m50', 20)}@lasoupieresolidaire.org>"),
    ], alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))
