"""blind73: a blind 50-mail held-out set, the inbox of a product designer in Bordeaux.

Inbox owner: Mathis Lacoste <mathis.lacoste@example.org>, product designer in Bordeaux
(Europe/Paris), looking at roles in Bordeaux, Toulouse, Paris, Nantes, Brussels, Geneva, Montreal
and remote teams in London; the inbox runs from early September to mid-December 2026.

Every mail is written by hand, one function per mail, registered with ``make.mail`` under the set
name ``blind73``. Writing order: keys 1-23 are the positives, 24-50 the negatives; the file number
of the mail written ``key``-th is ``ORDER[key - 1]``.

Build and check:  python3 bench/heldout/make_blind.py blind73

Written blind (without reading the detector, its tests, or any other held-out mails). All
companies and people are fictional.
"""

from __future__ import annotations

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

SET = "blind73"
ORDER = random.Random(73073).sample(range(1, 51), 50)

ME = "mathis.lacoste@example.org"
ME_TO = "Mathis Lacoste <mathis.lacoste@example.org>"
PARIS = "Europe/Paris"
LONDON = "Europe/London"
ZURICH = "Europe/Zurich"
BRUSSELS = "Europe/Brussels"
MONTREAL = "America/Toronto"


def n(key: int) -> str:
    """File stem of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    """Received: header as the inbox's own MX writes it."""
    return received(f"from {host}", when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}",
                    ME, lag)


# Extra VTIMEZONE blocks (make.VTZ holds the others).
VTZ73 = {
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
    "Europe/Zurich": """BEGIN:VTIMEZONE
TZID:Europe/Zurich
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
END:VTIMEZONE""",
    "Romance Standard Time": """BEGIN:VTIMEZONE
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
}


# =============================================================================== positives
# ---------------------------------------------------------------- 1: Greenhouse, Paris, EN


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-16 15:00", PARIS), end=utc("2026-09-16 15:45", PARIS),
      contact="chloe.marchetti@halyard-analytics.com", company="Halyard Analytics",
      local="Wed 2026-09-16 15:00", local_end="2026-09-16 15:45", zone=PARIS,
      note="Greenhouse interview confirmation from a no-reply greenhouse-mail.io sender; "
           "'3:00 PM - 3:45 PM CEST (Europe/Paris)' on Wed 16 Sep = 13:00-13:45Z, the ICS "
           "(TZID Europe/Paris) agrees; contact = human Reply-To (also ICS ORGANIZER)")
def g01() -> bytes:
    body = t("""
        Hi Mathis,

        Thank you for your interest in the Senior Product Designer role at Halyard Analytics.
        We're happy to confirm the details of your interview below.

        Interview: Portfolio Review
        Date: Wednesday, September 16, 2026
        Time: 3:00 PM - 3:45 PM CEST (Europe/Paris)
        Location: Google Meet - https://meet.google.com/xqv-ptne-hzr

        You'll be meeting with:
          Chloé Marchetti - Talent Partner
          Arnaud Vidal - Design Director

        Please plan to walk us through one or two case studies of your choice (about 25 minutes),
        leaving time for questions on both sides. No need to prepare slides specifically for us.

        If you need to reschedule, just reply to this email and Chloé will help.

        Best regards,
        Chloé Marchetti
        Talent Partner | Halyard Analytics
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Mathis,</p>
        <p>Thank you for your interest in the Senior Product Designer role at Halyard Analytics.
        We&#39;re happy to confirm the details of your interview below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Portfolio Review</td></tr>
        <tr><td><b>Date:</b></td><td>Wednesday, September 16, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>3:00 PM - 3:45 PM CEST (Europe/Paris)</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/xqv-ptne-hzr">Google Meet</a></td></tr>
        </table>
        <p>You&#39;ll be meeting with:<br>Chloé Marchetti - Talent Partner<br>Arnaud Vidal - Design Director</p>
        <p>Please plan to walk us through one or two case studies of your choice (about 25 minutes),
        leaving time for questions on both sides. No need to prepare slides specifically for us.</p>
        <p>If you need to reschedule, just reply to this email and Chloé will help.</p>
        <p>Best regards,<br>Chloé Marchetti<br>Talent Partner | Halyard Analytics</p>
        <img src="https://app.greenhouse.io/email_open/8c1f0a2e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:gh-interview-61874503-2026@greenhouse.io
DTSTAMP:20260910T152409Z
DTSTART;TZID=Europe/Paris:20260916T150000
DTEND;TZID=Europe/Paris:20260916T154500
SUMMARY:Portfolio Review - Mathis Lacoste (Senior Product Designer)
LOCATION:https://meet.google.com/xqv-ptne-hzr
ORGANIZER;CN=Chloe Marchetti:mailto:chloe.marchetti@halyard-analytics.com
ATTENDEE;CN=Mathis Lacoste;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Arnaud Vidal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:arnaud.vidal@halyard-analytics.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("o4.ptr3381.greenhouse-mail.io (o4.ptr3381.greenhouse-mail.io [149.72.118.4])",
                         "2026-09-10 17:24:09", PARIS, "4hB7x2Qm1Kz")),
        ("From", "Halyard Analytics <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", addr("Chloé Marchetti", "chloe.marchetti@halyard-analytics.com")),
        ("To", ME_TO),
        ("Subject", "Interview Confirmation: Senior Product Designer at Halyard Analytics"),
        ("Date", date("2026-09-10 15:24:09", "UTC")),
        ("Message-ID", "<hT3kVw9ZQ6uYc2Lr8pNq1A@geopod-ismtpd-7>"),
        ("X-SG-EID", "u001.Yc8pQ2rB7vK1mN4sW0xZtA"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics",
                                           disposition="attachment")))


# ---------------------------------------------------------------- 2: Lever, London remote, EN


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-22 11:30", LONDON), end=utc("2026-09-22 12:15", LONDON),
      contact="priya.nandakumar@tidewell.co.uk", company="Tidewell",
      local="Tue 2026-09-22 11:30", local_end="2026-09-22 12:15", zone=LONDON,
      note="Lever confirmation, no ICS; '11:30am - 12:15pm BST' on Tue 22 Sep = 10:30-11:15Z "
           "(the 'that's 12:30 for you in France' aside agrees); contact = Reply-To recruiter")
def g02() -> bytes:
    body = t("""
        Hi Mathis,

        Thanks for confirming your availability! Your interview with Tidewell is booked:

        Design Manager screen - Senior Product Designer (Remote, UK/EU)
        Tuesday, September 22nd, 11:30am - 12:15pm BST (British Summer Time)
        Video call: https://tidewell.zoom.us/j/84120937755

        You'll be speaking with Rosie Lambert, Design Manager. As you're based in France, that's
        12:30 your time.

        If anything changes, reply to this email and it will come straight to me.

        Cheers,
        Priya Nandakumar
        Talent Acquisition, Tidewell

        --
        Sent via Lever. Tidewell Ltd, 2nd floor, 41 Clerkenwell Road, London.
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Mathis,</p>
        <p>Thanks for confirming your availability! Your interview with Tidewell is booked:</p>
        <div style="border:1px solid #e3e6ea;border-radius:4px;padding:12px 16px">
        <div style="font-weight:600">Design Manager screen - Senior Product Designer (Remote, UK/EU)</div>
        <div>Tuesday, September 22nd, 11:30am - 12:15pm BST (British Summer Time)</div>
        <div>Video call: <a href="https://tidewell.zoom.us/j/84120937755">https://tidewell.zoom.us/j/84120937755</a></div>
        </div>
        <p>You&#39;ll be speaking with Rosie Lambert, Design Manager. As you&#39;re based in France,
        that&#39;s 12:30 your time.</p>
        <p>If anything changes, reply to this email and it will come straight to me.</p>
        <p>Cheers,<br>Priya Nandakumar<br>Talent Acquisition, Tidewell</p>
        <p style="color:#8a8f98;font-size:12px">Sent via Lever. Tidewell Ltd, 2nd floor, 41 Clerkenwell Road, London.</p>
        </div>
        """)
    headers = [
        ("Received", rcv("a27-41.smtp-out.eu-west-1.amazonses.com (a27-41.smtp-out.eu-west-1.amazonses.com [54.240.27.41])",
                         "2026-09-14 09:02:51", "UTC", "Qp2Lr8vN3dB")),
        ("From", "Tidewell <no-reply@hire.lever.co>"),
        ("Reply-To", "Priya Nandakumar <priya.nandakumar@tidewell.co.uk>"),
        ("To", ME_TO),
        ("Subject", "Your interview with Tidewell is confirmed"),
        ("Date", date("2026-09-14 09:02:51", "UTC")),
        ("Message-ID", "<0102019a3f6b2c11-6e0d8f52-1b7a-4c3e-9d21-7f40b8a61e2c-000000@eu-west-1.amazonses.com>"),
        ("X-Lever-Message-Type", "interview-confirmation"),
    ]
    return message(headers, alt(text(body, cte="7bit"), html(page)))


# ---------------------------------------------------------------- 3: Ashby, Brussels, EN, ICS in UTC


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-01 10:00", BRUSSELS), end=utc("2026-10-01 11:00", BRUSSELS),
      contact="ines.vandamme@quillbrook.eu", company="Quillbrook",
      local="Thu 2026-10-01 10:00", local_end="2026-10-01 11:00", zone=BRUSSELS,
      note="Ashby confirmation, no Reply-To; '10:00 AM - 11:00 AM CEST' Thu 1 Oct (Brussels) = "
           "08:00-09:00Z, ICS DTSTART/DTEND in UTC agree; contact = human ICS ORGANIZER")
def g03() -> bytes:
    body = t("""
        Hi Mathis,

        Your interview is confirmed. We're looking forward to speaking with you!

        Product Design Challenge Debrief
        Thursday, October 1, 2026
        10:00 AM - 11:00 AM CEST
        Google Meet: https://meet.google.com/bfr-kcwq-uzn

        You'll meet with:
          Inès Vandamme - Recruiting Lead
          Pieter Goossens - Principal Designer
          Maud Lefèvre - Product Manager, Payments

        Questions? Get in touch with Inès at ines.vandamme@quillbrook.eu.

        Thanks,
        Quillbrook Recruiting

        Powered by Ashby
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Mathis,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Product Design Challenge Debrief</strong><br>
        Thursday, October 1, 2026<br>10:00 AM &ndash; 11:00 AM CEST<br>
        <a href="https://meet.google.com/bfr-kcwq-uzn">Google Meet</a></p>
        <p>You&#x27;ll meet with:</p>
        <ul><li>In&egrave;s Vandamme &mdash; Recruiting Lead</li>
        <li>Pieter Goossens &mdash; Principal Designer</li>
        <li>Maud Lef&egrave;vre &mdash; Product Manager, Payments</li></ul>
        <p>Questions? Get in touch with In&egrave;s at
        <a href="mailto:ines.vandamme@quillbrook.eu">ines.vandamme@quillbrook.eu</a>.</p>
        <p>Thanks,<br>Quillbrook Recruiting</p>
        <p style="color:#8c959f;font-size:12px">Powered by Ashby</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:3f9b1e24-7c52-4d0a-a8e6-52c1f0d94b7e
DTSTAMP:20260925T124117Z
DTSTART:20261001T080000Z
DTEND:20261001T090000Z
SEQUENCE:0
SUMMARY:Quillbrook - Product Design Challenge Debrief (Mathis Lacoste)
LOCATION:https://meet.google.com/bfr-kcwq-uzn
ORGANIZER;CN=Ines Vandamme:mailto:ines.vandamme@quillbrook.eu
ATTENDEE;CN=Mathis Lacoste;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("a9-112.smtp-out.amazonses.com (a9-112.smtp-out.amazonses.com [54.240.9.112])",
                         "2026-09-25 12:41:17", "UTC", "Zr5Tn0cW7aH")),
        ("From", "Quillbrook <no-reply@ashbyhq.com>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", "Interview confirmed: Senior Product Designer at Quillbrook"),
        ("Date", date("2026-09-25 12:41:17", "UTC")),
        ("Message-ID", "<010001928f3ab7c4-92d1e0a7-5b3c-4f61-8e2a-0c7d9b41f6a3-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                                  calendar(ics, filename="invite.ics", disposition="attachment",
                                           cte="base64")))


# ---------------------------------------------------------------- 4: Workday, Toulouse, FR, HTML only


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 10:00", PARIS), end=utc("2026-10-06 11:30", PARIS),
      contact="sandrine.puech@aerolithe-systemes.fr", company="Aérolithe Systèmes",
      local="Tue 2026-10-06 10:00", local_end="2026-10-06 11:30", zone=PARIS,
      note="Workday invitation, HTML only (base64), Date header in Pacific time (-0700, 09:13 "
           "in Paris); 'mardi 6 octobre 2026, 10:00 - 11:30 (heure de Paris)' = 08:00-09:30Z; "
           "system sender, contact = recruiter address in the body")
def g04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
        <style>td{font-family:Arial,sans-serif;font-size:13px}</style></head>
        <body>
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#0b2545;color:#fff;padding:14px;font-size:18px">Aérolithe Systèmes</td></tr>
        <tr><td style="padding:18px">
        <p>Bonjour Mathis,</p>
        <p>Nous vous remercions pour l'intérêt que vous portez à Aérolithe Systèmes et avons le plaisir
        de vous confirmer votre entretien pour le poste de <b>Designer UX/UI Senior – Outils sol
        (R-0042871)</b>.</p>
        <table cellpadding="3">
        <tr><td><b>Date&nbsp;:</b></td><td>mardi 6 octobre 2026</td></tr>
        <tr><td><b>Horaire&nbsp;:</b></td><td>10:00 – 11:30 (heure de Paris)</td></tr>
        <tr><td><b>Lieu&nbsp;:</b></td><td>Bâtiment Hélios, 4 allée des Cosmonautes, 31700 Blagnac – accueil du bâtiment B</td></tr>
        <tr><td><b>Vos interlocuteurs&nbsp;:</b></td><td>Sandrine Puech (Chargée de recrutement), Olivier Cazeneuve (Responsable Design)</td></tr>
        </table>
        <p>Merci de vous munir d'une pièce d'identité : l'accès au site est contrôlé. Un badge visiteur
        vous sera remis à l'accueil.</p>
        <p>Pour toute question, vous pouvez contacter Sandrine Puech à l'adresse
        <a href="mailto:sandrine.puech@aerolithe-systemes.fr">sandrine.puech@aerolithe-systemes.fr</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement<br>Aérolithe Systèmes</p>
        <p style="font-size:11px;color:#777">Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        Pour consulter votre candidature, connectez-vous à votre <a href="https://aerolithe.wd3.myworkdayjobs.com/fr-FR/Carrieres/userHome">espace candidat</a>.</p>
        </td></tr></table>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mx0a-00218b01.pphosted.com (mx0a-00218b01.pphosted.com [205.220.161.88])",
                         "2026-09-29 00:13:45", "America/Los_Angeles", "Xc3Wq9rP2mL")),
        ("From", enc("Aérolithe Systèmes") + " <aerolithe@myworkday.com>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("Invitation à un entretien – Designer UX/UI Senior (R-0042871)")),
        ("Date", date("2026-09-29 00:13:45", "America/Los_Angeles")),
        ("Message-ID", "<1327411093.88214.1790666025117@wd3-impl-dmz-msg03.myworkday.com>"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(headers, html(page, cte="base64"))


# ---------------------------------------------------------------- 5: SmartRecruiters, Nantes, FR


@mail(n(5), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-12 14:30", PARIS), end=utc("2026-10-12 15:30", PARIS),
      contact="gaelle.lebihan@oceanide.fr", company="Océanide",
      local="Mon 2026-10-12 14:30", local_end="2026-10-12 15:30", zone=PARIS,
      note="SmartRecruiters confirmation; 'lundi 12 octobre 2026 de 14h30 à 15h30 (heure de "
           "Paris)' = 12:30-13:30Z, ICS (TZID Europe/Paris) agrees; contact = human Reply-To")
def g05() -> bytes:
    body = t("""
        Bonjour Mathis,

        Merci d'avoir choisi un créneau. Votre entretien pour le poste de Product Designer
        (F/H) – CDI – Nantes est confirmé :

          Date : lundi 12 octobre 2026
          Heure : de 14h30 à 15h30 (heure de Paris)
          Lieu : Océanide, 18 quai de la Fosse, 44000 Nantes (3e étage)
          Avec : Gaëlle Le Bihan (Talent Acquisition) et Yann Kerjean (Head of Product)

        Si vous venez en train, la station Chantiers Navals est à deux minutes à pied.
        Pour modifier ce rendez-vous, répondez simplement à ce message.

        À très bientôt,
        Gaëlle Le Bihan
        Océanide – Talent Acquisition
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Bonjour Mathis,</p>
        <p>Merci d'avoir choisi un créneau. Votre entretien pour le poste de <strong>Product Designer
        (F/H) – CDI – Nantes</strong> est confirmé&nbsp;:</p>
        <ul>
        <li>Date&nbsp;: lundi 12 octobre 2026</li>
        <li>Heure&nbsp;: de 14h30 à 15h30 (heure de Paris)</li>
        <li>Lieu&nbsp;: Océanide, 18 quai de la Fosse, 44000 Nantes (3e étage)</li>
        <li>Avec&nbsp;: Gaëlle Le Bihan (Talent Acquisition) et Yann Kerjean (Head of Product)</li>
        </ul>
        <p>Si vous venez en train, la station Chantiers Navals est à deux minutes à pied.<br>
        Pour modifier ce rendez-vous, répondez simplement à ce message.</p>
        <p>À très bientôt,<br>Gaëlle Le Bihan<br>Océanide – Talent Acquisition</p>
        <p style="font-size:11px;color:#999">Propulsé par SmartRecruiters</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:sr-int-5d0c1a77e9b34f2a@smartrecruiters.com
DTSTAMP:20261005T110214Z
DTSTART;TZID=Europe/Paris:20261012T143000
DTEND;TZID=Europe/Paris:20261012T153000
SUMMARY:Entretien Océanide - Product Designer (F/H)
LOCATION:Océanide\\, 18 quai de la Fosse\\, 44000 Nantes
ORGANIZER;CN=Gaëlle Le Bihan:mailto:gaelle.lebihan@oceanide.fr
ATTENDEE;CN=Mathis Lacoste;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("mail-out-eu1.smartrecruiters.com (mail-out-eu1.smartrecruiters.com [185.52.32.17])",
                         "2026-10-05 11:02:14", "UTC", "Ln6Hb1xV4sE")),
        ("From", enc("Océanide") + " <noreply@smartrecruiters.com>"),
        ("Reply-To", addr("Gaëlle Le Bihan", "gaelle.lebihan@oceanide.fr")),
        ("To", ME_TO),
        ("Subject", enc("Confirmation de votre entretien – Product Designer (F/H) – Océanide")),
        ("Date", date("2026-10-05 11:02:14", "UTC")),
        ("Message-ID", "<5d0c1a77e9b34f2a.1791198134@smartrecruiters.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="quoted-printable", filename="entretien.ics",
                                           disposition="attachment")))


# ---------------------------------------------------------------- 6: Personio, Geneva, EN


@mail(n(6), family="personio", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-21 09:00", ZURICH), end=utc("2026-10-21 10:00", ZURICH),
      contact="lukas.meier@cervin-health.ch", company="Cervin Health",
      local="Wed 2026-10-21 09:00", local_end="2026-10-21 10:00", zone=ZURICH,
      note="Personio invitation from a no-reply sender, no Reply-To; 'Wednesday, 21 October "
           "2026, 09:00 - 10:00 (Europe/Zurich)' = 07:00-08:00Z (still CEST), ICS agrees; "
           "contact = human ICS ORGANIZER (the hiring manager), not the recruiter who signs")
def g06() -> bytes:
    body = t("""
        Dear Mathis,

        Thank you for your application for the position of Product Designer (80-100%) in Geneva.
        We are pleased to invite you to an interview:

        Date:      Wednesday, 21 October 2026
        Time:      09:00 - 10:00 (Europe/Zurich)
        Location:  Cervin Health SA, Rue de Lausanne 52, 1202 Geneva - 4th floor reception
        Attendees: Lukas Meier (Head of Product Design), Anna Keller (Talent Acquisition)

        A calendar invitation is attached. If you are travelling from Bordeaux, please let us
        know: we reimburse a second-class return train ticket.

        Kind regards,
        Anna Keller
        Talent Acquisition
        Cervin Health SA

        This e-mail was sent via Personio. Please do not reply to this address.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ73["Europe/Zurich"]}
BEGIN:VEVENT
UID:personio-event-2b7e91c4-0d3f-4a85-b9e2-61f3c07a5d18
DTSTAMP:20261014T083355Z
DTSTART;TZID=Europe/Zurich:20261021T090000
DTEND;TZID=Europe/Zurich:20261021T100000
SUMMARY:Interview Mathis Lacoste - Product Designer (80-100%)
LOCATION:Cervin Health SA\\, Rue de Lausanne 52\\, 1202 Geneva
ORGANIZER;CN=Lukas Meier:mailto:lukas.meier@cervin-health.ch
ATTENDEE;CN=Mathis Lacoste;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Anna Keller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anna.keller@cervin-health.ch
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("mail-eu-central-1b.personio.de (mail-eu-central-1b.personio.de [3.120.181.74])",
                         "2026-10-14 10:33:55", ZURICH, "Pw8Jt4nC6gR")),
        ("From", "Cervin Health SA <noreply@personio.de>"),
        ("To", ME_TO),
        ("Subject", "Invitation to interview - Product Designer (80-100%) - Cervin Health"),
        ("Date", date("2026-10-14 10:33:55", ZURICH)),
        ("Message-ID", "<b7e1f0a2c9d84e33a61f2c0d95e7b418@personio.de>"),
    ]
    return message(headers, mixed(text(body, cte="7bit"),
                                  calendar(ics, filename="invite.ics", disposition="attachment")))


# ---------------------------------------------------------------- 7: Teamtailor, Brussels, fr-BE


@mail(n(7), family="teamtailor", lang="fr-BE", interview=True, kind="scheduled",
      start=utc("2026-10-15 09:30", BRUSSELS), end=None,
      contact="nora.dewit@studiobrume.be", company="Studio Brume",
      local="Thu 2026-10-15 09:30", zone=BRUSSELS,
      note="Teamtailor confirmation (Brussels, CEST): 'jeudi 15 octobre 2026 à 9h30' = 07:30Z; "
           "'comptez environ une heure et demie' is approximate -> end null; the 'Ajouter à "
           "Google Agenda' link is an all-day event (dates=20261015/20261016), the time is only "
           "in the text; Reply-To is a Teamtailor reply+ relay, contact = the designer's address "
           "in the signature")
def g07() -> bytes:
    body = t("""
        Bonjour Mathis,

        Merci encore pour votre candidature au poste de Senior Product Designer chez Studio Brume.
        Nous avons le plaisir de vous confirmer votre entretien :

        📅 jeudi 15 octobre 2026 à 9h30
        📍 Studio Brume, Rue de Flandre 74, 1000 Bruxelles (sonnez chez « Brume », 2e étage)

        Vous rencontrerez Nora De Wit (Lead Design) et Wouter Claes (CTO). Comptez environ une heure
        et demie : une présentation de votre portfolio, puis un échange sur notre façon de
        travailler. Si vous arrivez en train, la gare du Midi est à un quart d'heure en tram.

        Ajouter à Google Agenda :
        https://calendar.google.com/calendar/render?action=TEMPLATE&text=Entretien%20Studio%20Brume&dates=20261015/20261016

        Au plaisir de vous rencontrer !

        Nora De Wit
        Lead Design – Studio Brume
        nora.dewit@studiobrume.be – +32 2 555 01 74

        --
        Cet e-mail a été envoyé via Teamtailor. Vous pouvez répondre directement à ce message.
        Gérer vos données : https://studiobrume.teamtailor.com/connect/privacy
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f6f4">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#232323">
        <tr><td style="padding:28px">
        <p>Bonjour Mathis,</p>
        <p>Merci encore pour votre candidature au poste de Senior Product Designer chez Studio Brume.
        Nous avons le plaisir de vous confirmer votre entretien&nbsp;:</p>
        <p>📅 <b>jeudi 15 octobre 2026 à 9h30</b><br>
        📍 Studio Brume, Rue de Flandre 74, 1000 Bruxelles (sonnez chez «&nbsp;Brume&nbsp;», 2e étage)</p>
        <p>Vous rencontrerez Nora De Wit (Lead Design) et Wouter Claes (CTO). Comptez environ une heure
        et demie&nbsp;: une présentation de votre portfolio, puis un échange sur notre façon de
        travailler. Si vous arrivez en train, la gare du Midi est à un quart d'heure en tram.</p>
        <p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Entretien%20Studio%20Brume&amp;dates=20261015/20261016"
        style="background:#232323;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">Ajouter à Google Agenda</a></p>
        <p>Au plaisir de vous rencontrer&nbsp;!</p>
        <p>Nora De Wit<br>Lead Design – Studio Brume<br>
        <a href="mailto:nora.dewit@studiobrume.be">nora.dewit@studiobrume.be</a> – +32 2 555 01 74</p>
        </td></tr>
        <tr><td style="padding:12px 28px;font-size:11px;color:#999">Cet e-mail a été envoyé via Teamtailor.
        Vous pouvez répondre directement à ce message.
        <a href="https://studiobrume.teamtailor.com/connect/privacy">Gérer vos données</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [159.135.224.18])",
                         "2026-10-08 14:47:30", BRUSSELS, "Kd2Mv7sQ9aW")),
        ("From", "Studio Brume <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "Studio Brume <reply+c7e1d2f8a94b@teamtailor-mail.com>"),
        ("To", ME_TO),
        ("Subject", enc("Votre entretien chez Studio Brume – jeudi 15 octobre")),
        ("Date", date("2026-10-08 14:47:30", BRUSSELS)),
        ("Message-ID", "<6f2a8c1e4b7d@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://studiobrume.teamtailor.com/connect/unsubscribe/c7e1d2f8a94b>"),
    ]
    return message(headers, alt(text(body), html(page)))


# ---------------------------------------------------------------- 8: Workable, Paris, FR


@mail(n(8), family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-23 11:00", PARIS), end=utc("2026-10-23 11:45", PARIS),
      contact="julien.ferrand@cassiopee-mobilite.fr", company="Cassiopée Mobilité",
      local="Fri 2026-10-23 11:00", local_end="2026-10-23 11:45", zone=PARIS,
      note="Workable confirmation; 'vendredi 23 octobre 2026, 11:00 - 11:45 (CEST, heure de "
           "Paris)' = 09:00-09:45Z, ICS agrees (last week before the switch to CET); Reply-To "
           "and ICS ORGANIZER are the Workable +relay address, contact = interviewer's address "
           "in the body")
def g08() -> bytes:
    body = t("""
        Bonjour Mathis,

        Votre entretien pour le poste de Product Designer Senior chez Cassiopée Mobilité est
        confirmé.

        Quand : vendredi 23 octobre 2026, 11:00 - 11:45 (CEST, heure de Paris)
        Type : entretien vidéo (Google Meet)
        Lien : https://meet.google.com/hwd-qmzx-rte
        Avec : Julien Ferrand, Head of Product

        Julien souhaite revenir avec vous sur l'exercice que vous avez rendu la semaine dernière.
        Vous pouvez lui écrire directement : julien.ferrand@cassiopee-mobilite.fr

        Bonne journée,
        L'équipe Cassiopée Mobilité

        ---
        Envoyé avec Workable
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Mathis,</p>
        <p>Votre entretien pour le poste de <b>Product Designer Senior</b> chez Cassiopée Mobilité est confirmé.</p>
        <table style="border-left:3px solid #00a0d2;padding-left:10px">
        <tr><td>Quand&nbsp;:</td><td>vendredi 23 octobre 2026, 11:00 - 11:45 (CEST, heure de Paris)</td></tr>
        <tr><td>Type&nbsp;:</td><td>entretien vidéo (Google Meet)</td></tr>
        <tr><td>Lien&nbsp;:</td><td><a href="https://meet.google.com/hwd-qmzx-rte">meet.google.com/hwd-qmzx-rte</a></td></tr>
        <tr><td>Avec&nbsp;:</td><td>Julien Ferrand, Head of Product</td></tr>
        </table>
        <p>Julien souhaite revenir avec vous sur l'exercice que vous avez rendu la semaine dernière.
        Vous pouvez lui écrire directement&nbsp;: <a href="mailto:julien.ferrand@cassiopee-mobilite.fr">julien.ferrand@cassiopee-mobilite.fr</a></p>
        <p>Bonne journée,<br>L'équipe Cassiopée Mobilité</p>
        <p style="color:#aaa;font-size:11px">Envoyé avec Workable</p>
        </body></html>
        """)
    relay = "cassiopee-mobilite+5f2a1c9e7b@candidates.workablemail.com"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261023T110000
DTEND;TZID=Europe/Paris:20261023T114500
DTSTAMP:20261016T133108Z
UID:wkbl-ev-9a41c7f2e05d@workable.com
ORGANIZER;CN=Cassiopée Mobilité:mailto:{relay}
ATTENDEE;CN=Mathis Lacoste;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
SUMMARY:Entretien vidéo - Product Designer Senior - Cassiopée Mobilité
LOCATION:https://meet.google.com/hwd-qmzx-rte
DESCRIPTION:Entretien avec Julien Ferrand (Head of Product)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("mail-eu-west.workablemail.com (mail-eu-west.workablemail.com [18.203.14.77])",
                         "2026-10-16 15:31:08", PARIS, "Tg5Rf1yK8oN")),
        ("From", enc("Cassiopée Mobilité") + " <noreply@candidates.workablemail.com>"),
        ("Reply-To", enc("Cassiopée Mobilité") + f" <{relay}>"),
        ("To", ME_TO),
        ("Subject", enc("Entretien confirmé : Product Designer Senior – Cassiopée Mobilité")),
        ("Date", date("2026-10-16 13:31:08", "UTC")),
        ("Message-ID", "<wkbl.9a41c7f2e05d.1792157468@workablemail.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics",
                                           disposition="attachment")))


# ---------------------------------------------------------------- 9: Calendly, Nantes, FR


@mail(n(9), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-05 10:00", PARIS), end=utc("2026-11-05 10:45", PARIS),
      contact="maelle.guerin@atelier-grandlarge.fr", company="Atelier Grand Large",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 10:45", zone=PARIS,
      note="Calendly invitee confirmation in French, no ICS; '10:00 - 10:45 (heure normale "
           "d'Europe centrale), jeudi 5 novembre 2026' = 09:00-09:45Z (CET, after 25 Oct); "
           "contact = host via Reply-To")
def g09() -> bytes:
    body = t("""
        Bonjour Mathis Lacoste,

        Votre Entretien Product Designer avec Maëlle Guérin à 10:00 le jeudi 5 novembre 2026 est
        programmé.

        Événement :
        Entretien Product Designer

        Date/heure de l'événement :
        10:00 - 10:45 (heure normale d'Europe centrale), jeudi 5 novembre 2026

        Lieu :
        Cet événement est un appel vidéo Google Meet.
        https://meet.google.com/pzu-nqeb-fkt

        Questions :
        Lien vers votre portfolio ?
        https://mathislacoste.example.net/portfolio

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/5c2e9f41-0b7a-4d3e-8a61-e27f30d1c9b8
        Reprogrammer : https://calendly.com/reschedulings/5c2e9f41-0b7a-4d3e-8a61-e27f30d1c9b8

        Optimisé par Calendly.com
        """)
    page = t("""
        <html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Bonjour Mathis Lacoste,</p>
        <p>Votre Entretien Product Designer avec Maëlle Guérin à 10:00 le jeudi 5 novembre 2026 est programmé.</p>
        <p><b>Événement&nbsp;:</b><br>Entretien Product Designer</p>
        <p><b>Date/heure de l'événement&nbsp;:</b><br>10:00 - 10:45 (heure normale d'Europe centrale), jeudi 5 novembre 2026</p>
        <p><b>Lieu&nbsp;:</b><br>Cet événement est un appel vidéo Google Meet.<br>
        <a href="https://meet.google.com/pzu-nqeb-fkt">https://meet.google.com/pzu-nqeb-fkt</a></p>
        <p><b>Questions&nbsp;:</b><br>Lien vers votre portfolio&nbsp;?<br>https://mathislacoste.example.net/portfolio</p>
        <p>Besoin d'apporter des modifications à cet événement&nbsp;?<br>
        <a href="https://calendly.com/cancellations/5c2e9f41-0b7a-4d3e-8a61-e27f30d1c9b8">Annuler</a> &middot;
        <a href="https://calendly.com/reschedulings/5c2e9f41-0b7a-4d3e-8a61-e27f30d1c9b8">Reprogrammer</a></p>
        <p style="color:#888;font-size:12px">Optimisé par <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("o1.email.calendly.com (o1.email.calendly.com [167.89.100.219])",
                         "2026-10-29 16:20:37", "UTC", "Fs7Yc2vB0dJ")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Maëlle Guérin", "maelle.guerin@atelier-grandlarge.fr")),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("Confirmé : Entretien Product Designer avec Maëlle Guérin le jeudi 5 "
                        "novembre 2026")),
        ("Date", date("2026-10-29 16:20:37", "UTC")),
        ("Message-ID", "<Qe3mWb7nRzS4xK1d_fT0Ag@geopod-ismtpd-3-2>"),
    ]
    return message(headers, alt(text(body), html(page)))


# ---------------------------------------------------------------- 10: Microsoft Bookings, Toulouse, FR


@mail(n(10), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-30 14:00", PARIS), end=utc("2026-09-30 15:00", PARIS),
      contact=None, company="Volantis",
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 15:00", zone=PARIS,
      note="Microsoft Bookings confirmation: body shows '14:00 (UTC+01:00) Bruxelles, "
           "Copenhague, Madrid, Paris' (the zone's standard-offset display name) but 30 Sep is "
           "CEST, so 12:00Z; service '(1 heure)' gives the length -> end 13:00Z; ICS with "
           "TZID Romance Standard Time agrees; sender and ORGANIZER are the Bookings mailbox, "
           "staff named without an address -> contact null")
def g10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:560px">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Recrutement Volantis</div>
        <div style="font-size:16px;padding-bottom:12px">Votre réservation a bien été effectuée</div>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Entretien Product Designer (1 heure)</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>mercredi 30 septembre 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>14:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Hugo Castex</td></tr>
        <tr><td style="color:#605e5c">Emplacement</td><td>Volantis – 27 chemin de la Flânerie, 31200 Toulouse</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementVolantis@volantis.fr/bookings/s/Vq3kXw8dT0q2/cancel">Annuler la réservation</a>
        &nbsp;|&nbsp;<a href="https://outlook.office365.com/owa/calendar/RecrutementVolantis@volantis.fr/bookings/s/Vq3kXw8dT0q2/reschedule">Modifier</a></p>
        <p>Merci de vous présenter à l'accueil dix minutes avant l'heure du rendez-vous.</p>
        <p style="color:#a19f9d;font-size:12px">Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ73["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Recrutement Volantis:mailto:RecrutementVolantis@volantis.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathis Lacoste:mailto:{ME}
DESCRIPTION;LANGUAGE=fr-FR:Entretien Product Designer (1 heure)\\nPersonnel : Hugo Castex\\n
UID:040000008200E00074C5B7101A82E00800000000B0C3F1D8A64BDD01000000000000000010000000E26F2B1C7A4D3E4F9B1A0C2D3E4F5061
SUMMARY;LANGUAGE=fr-FR:Entretien Product Designer
DTSTART;TZID=Romance Standard Time:20260930T140000
DTEND;TZID=Romance Standard Time:20260930T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T094112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Volantis - 27 chemin de la Flanerie\\, 31200 Toulouse
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
                         "2026-09-23 09:41:12", "UTC", "Wm4Hq8tZ1eC")),
        ("From", "Recrutement Volantis <RecrutementVolantis@volantis.fr>"),
        ("To", ME_TO),
        ("Subject", enc("Réservation confirmée : Entretien Product Designer")),
        ("Date", "Wed, 23 Sep 2026 09:41:12 +0000"),
        ("Message-ID", "<PR3P193MB0871C2E4A1B7F09D3E5C8A41B6D92@PR3P193MB0871.EURP193.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", "Entretien Product Designer"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]
    return message(headers, mixed(html(page),
                                  calendar(ics, cte="base64", filename="invite.ics",
                                           disposition="attachment")))


# ---------------------------------------------------------------- 11: Google Calendar, London, EN


@mail(n(11), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:00", LONDON), end=utc("2026-10-27 10:45", LONDON),
      contact="tom.ashworth@northlight.studio", company="Northlight Studio",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45", zone=LONDON,
      note="Google Calendar invitation sent Thu 22 Oct while the UK is on BST; the event is "
           "Tue 27 Oct '10am - 10:45am (Greenwich Mean Time)', after the 25 Oct switch, so "
           "10:00-10:45Z (description: '11am in Bordeaux'); ICS in UTC agrees; contact = "
           "organiser")
def g11() -> bytes:
    body = t("""
        You have been invited to the following event.

        Northlight x Mathis - design interview
        Tuesday 27 Oct 2026 ⋅ 10am – 10:45am
        Greenwich Mean Time - London

        Joining info
        Join with Google Meet
        meet.google.com/ove-rtdq-kpa

        Join by phone
        (GB) +44 20 3957 1873 PIN: 518 204 377#

        Hi Mathis - as discussed, 45 minutes with me and Jess (Head of Design). We'll go through
        the Atlas case study and then talk about the team. Heads up: the clocks go back on Sunday,
        so 10am London is 11am in Bordeaux.

        Organiser
        Tom Ashworth
        tom.ashworth@northlight.studio

        Guests
        Tom Ashworth - organiser
        jess.okonkwo@northlight.studio
        mathis.lacoste@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NmFvMmNh

        Reply for mathis.lacoste@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NmFvMmNh&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NmFvMmNh&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NmFvMmNh&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser,
        be added to the guest list, invite others regardless of their own invitation status or
        modify your RSVP.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Event"><meta itemprop="description" content="Northlight x Mathis - design interview"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px">You have been invited to the following event.</div>
        <h2 style="font-size:20px;font-weight:400;color:#3c4043">Northlight x Mathis - design interview</h2>
        <div style="font-size:14px">Tuesday 27 Oct 2026 ⋅ 10am – 10:45am<br>Greenwich Mean Time - London</div>
        <div style="padding-top:12px"><a href="https://meet.google.com/ove-rtdq-kpa" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a><br>meet.google.com/ove-rtdq-kpa</div>
        <div style="padding-top:12px">Join by phone<br>(GB) +44 20 3957 1873 PIN: 518 204 377#</div>
        <div style="padding-top:12px;white-space:pre-wrap">Hi Mathis - as discussed, 45 minutes with me and Jess (Head of Design). We&#39;ll go through the Atlas case study and then talk about the team. Heads up: the clocks go back on Sunday, so 10am London is 11am in Bordeaux.</div>
        <div style="padding-top:12px"><b>Organiser</b><br>Tom Ashworth<br><a href="mailto:tom.ashworth@northlight.studio">tom.ashworth@northlight.studio</a></div>
        <div style="padding-top:12px"><b>Guests</b><br>Tom Ashworth - organiser<br>jess.okonkwo@northlight.studio<br>mathis.lacoste@example.org</div>
        <div style="padding-top:16px;font-size:12px;color:#70757a">Invitation from Google Calendar</div>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261027T100000Z
DTEND:20261027T104500Z
DTSTAMP:20261022T150544Z
ORGANIZER;CN=Tom Ashworth:mailto:tom.ashworth@northlight.studio
UID:6ao2cah1m8p3f0d7kq4tbs9r2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Ashworth;X-NUM-GUESTS=0:mailto:tom.ashworth@northlight.studio
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jess.okonkwo@northlight.studio;X-NUM-GUESTS=0:mailto:jess.okonkwo@northlight.studio
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/ove-rtdq-kpa
CREATED:20261022T150412Z
DESCRIPTION:Hi Mathis - as discussed\\, 45 minutes with me and Jess (Head of Design). We'll go through the Atlas case study and then talk about the team. Heads up: the clocks go back on Sunday\\, so 10am London is 11am in Bordeaux.
LAST-MODIFIED:20261022T150543Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Northlight x Mathis - design interview
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                         "2026-10-22 15:05:44", "UTC", "Bx0Nd5kF3pU")),
        ("Reply-To", "tom.ashworth@northlight.studio"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", "<calendar-5f1e0c2a-7b93-4d81-a6c4-0e9f3b2d8a71@google.com>"),
        ("Date", "Thu, 22 Oct 2026 15:05:44 +0000"),
        ("Subject", enc("Invitation: Northlight x Mathis - design interview @ Tue 27 Oct 2026 "
                        "10am - 10:45am (GMT) (mathis.lacoste@example.org)")),
        ("From", "Tom Ashworth <tom.ashworth@northlight.studio>"),
        ("To", "mathis.lacoste@example.org"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="quoted-printable"), html(page),
            calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# ---------------------------------------------------------------- 12: Exchange + Teams, Paris, FR


@mail(n(12), family="exchange_teams", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", PARIS), end=utc("2026-10-26 10:30", PARIS),
      contact="camille.roux@maison-verlaine.fr", company="Maison Verlaine",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=PARIS,
      note="Outlook meeting request sent Wed 21 Oct (CEST); the body holds only a short note "
           "and the Teams block, the time is only in the ICS: TZID Romance Standard Time "
           "20261026T093000-103000, the Monday after the switch to CET, so 08:30-09:30Z (not "
           "07:30Z); end from DTEND; contact = sender and ORGANIZER")
def g12() -> bytes:
    body = t("""
        Bonjour Mathis,

        Comme convenu au téléphone, je vous envoie l'invitation pour votre entretien avec Léo
        Marchand, notre directeur produit digital. Il aura parcouru votre portfolio en amont.

        Bien à vous,
        Camille

        Camille Roux
        Chargée de recrutement – Maison Verlaine
        +33 1 84 60 22 17

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzFkYjU0ZTItY2I4Zi00YjQ1LWE2NWUtODc3ZjE0MjNhYjI5%40thread.v2/0?context=%7b%22Tid%22%3a%22b3f1c2d4%22%7d>
        ID de la réunion : 372 118 904 562
        Code secret : q7XbWk
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Mathis,<o:p></o:p></p>
        <p class="MsoNormal">Comme convenu au téléphone, je vous envoie l’invitation pour votre entretien avec Léo
        Marchand, notre directeur produit digital. Il aura parcouru votre portfolio en amont.<o:p></o:p></p>
        <p class="MsoNormal">Bien à vous,<br>Camille<o:p></o:p></p>
        <p class="MsoNormal"><b>Camille Roux</b><br>Chargée de recrutement – Maison Verlaine<br>+33 1 84 60 22 17<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700;color:#252424">Réunion Microsoft Teams</span></div>
        <div><span style="font-size:14px;font-weight:700">Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzFkYjU0ZTItY2I4Zi00YjQ1LWE2NWUtODc3ZjE0MjNhYjI5%40thread.v2/0?context=%7b%22Tid%22%3a%22b3f1c2d4%22%7d" style="font-size:14px;font-weight:700;color:#6264A7">Cliquez ici pour rejoindre la réunion</a></div>
        <div style="margin-top:8px"><span style="font-size:14px;color:#252424">ID de la réunion : 372 118 904 562<br>Code secret : q7XbWk</span></div>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ73["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Camille Roux:mailto:camille.roux@maison-verlaine.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathis Lacoste:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léo Marchand:mailto:leo.marchand@maison-verlaine.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Mathis\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour votre entretien avec Léo Marchand\\, notre directeur produit digital.\\n\\nBien à vous\\,\\nCamille\\n
UID:040000008200E00074C5B7101A82E0080000000070A6E3C15B61DD01000000000000000010000000D8C41F0E9B2A5C4E8F7D6A3B2C1E0F94
SUMMARY;LANGUAGE=fr-FR:Entretien Product Designer – Mathis Lacoste
DTSTART;TZID=Romance Standard Time:20261026T093000
DTEND;TZID=Romance Standard Time:20261026T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T141203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121893704
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:camille.roux@maison-verlaine.fr\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzFkYjU0ZTItY2I4Zi00YjQ1LWE2NWUtODc3ZjE0MjNhYjI5-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Réunion Microsoft Teams
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com [40.107.104.112])",
                         "2026-10-21 16:12:03", PARIS, "Hn2Rk6wD8sY")),
        ("From", "Camille Roux <camille.roux@maison-verlaine.fr>"),
        ("To", ME_TO),
        ("CC", addr("Léo Marchand", "leo.marchand@maison-verlaine.fr")),
        ("Subject", enc("Entretien Product Designer – Mathis Lacoste")),
        ("Thread-Topic", enc("Entretien Product Designer – Mathis Lacoste")),
        ("Thread-Index", "AdtDa7r1m0Yw2kq8QoS3x9Zt0p4F1A=="),
        ("Date", "Wed, 21 Oct 2026 14:12:03 +0000"),
        ("Message-ID", "<AM9P192MB1268F0C3A2B1D4E5F6A7B8C9D0E1F2A3@AM9P192MB1268.EURP192.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(page),
                                calendar(ics, method="REQUEST", cte="base64")))


# ---------------------------------------------------------------- 13: GoodTime itinerary, Paris, EN


@mail(n(13), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 14:00", PARIS), end=utc("2026-11-12 16:30", PARIS),
      contact="amelia.chen@brightmoor.io", company="Brightmoor",
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 16:30", zone=PARIS,
      note="GoodTime final-round itinerary, three sessions 2:00 PM - 4:30 PM Central European "
           "Time (Paris) on Thu 12 Nov = 13:00Z to 15:30Z (first start to last end); Date header "
           "in US Pacific standard time (-0800); contact = Reply-To coordinator")
def g13() -> bytes:
    body = t("""
        Hi Mathis,

        We're excited to host you for your final-round interviews with Brightmoor! Here is your
        itinerary. All times are shown in Central European Time (Paris).

        Thursday, November 12, 2026

          2:00 PM - 2:45 PM   Portfolio presentation
                              Daniel Osei, VP Design
          3:00 PM - 3:45 PM   Design exercise debrief
                              Sarah Lindqvist, Staff Product Designer
          4:00 PM - 4:30 PM   Values conversation
                              Karim Haddad, Co-founder

        Location: Brightmoor HQ, 27 rue de Paradis, 75010 Paris - ask for Amelia at reception.
        There is a 15-minute break between sessions; water and coffee will be available.

        Separate calendar invitations will follow for each session.

        Need to reschedule? Reply to this email and Amelia Chen, your recruiting coordinator,
        will help.

        Good luck!
        The Brightmoor Recruiting Team

        Powered by GoodTime
        """)
    rows = "".join(
        f'<tr><td style="padding:6px 12px;white-space:nowrap">{a}</td><td style="padding:6px 12px">'
        f'<b>{b}</b><br><span style="color:#666">{c}</span></td></tr>\n'
        for a, b, c in [("2:00 PM – 2:45 PM", "Portfolio presentation", "Daniel Osei, VP Design"),
                        ("3:00 PM – 3:45 PM", "Design exercise debrief",
                         "Sarah Lindqvist, Staff Product Designer"),
                        ("4:00 PM – 4:30 PM", "Values conversation", "Karim Haddad, Co-founder")])
    page = (
        '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#202124">\n'
        "<p>Hi Mathis,</p>\n"
        "<p>We&#39;re excited to host you for your final-round interviews with Brightmoor! Here is "
        "your itinerary. All times are shown in <b>Central European Time (Paris)</b>.</p>\n"
        '<h3 style="margin-bottom:4px">Thursday, November 12, 2026</h3>\n'
        f'<table style="border-collapse:collapse;border:1px solid #ddd">\n{rows}</table>\n'
        "<p>Location: Brightmoor HQ, 27 rue de Paradis, 75010 Paris – ask for Amelia at reception.<br>"
        "There is a 15-minute break between sessions; water and coffee will be available.</p>\n"
        "<p>Separate calendar invitations will follow for each session.</p>\n"
        "<p>Need to reschedule? Reply to this email and Amelia Chen, your recruiting coordinator, "
        "will help.</p>\n"
        "<p>Good luck!<br>The Brightmoor Recruiting Team</p>\n"
        '<p style="font-size:11px;color:#999">Powered by GoodTime</p>\n'
        "</body></html>\n")
    headers = [
        ("Received", rcv("mail-208.goodtime.io (mail-208.goodtime.io [198.21.6.208])",
                         "2026-11-04 01:20:19", "America/Los_Angeles", "Ea9Uv3mL6tQ")),
        ("From", "Brightmoor Recruiting <no-reply@goodtime.io>"),
        ("Reply-To", "Amelia Chen <amelia.chen@brightmoor.io>"),
        ("To", ME_TO),
        ("Subject", "Your interview schedule with Brightmoor - Thursday, November 12"),
        ("Date", date("2026-11-04 01:20:19", "America/Los_Angeles")),
        ("Message-ID", "<itinerary.8f3c2a71d9e4.1793784019@goodtime.io>"),
    ]
    return message(headers, alt(text(body), html(page)))


# ---------------------------------------------------------------- 14: recruiter prose + Zoom, Geneva, fr-CH


@mail(n(14), family="zoom", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-11-19 14:00", ZURICH), end=utc("2026-11-19 15:00", ZURICH),
      contact="sophie.perrin@helvaria.ch", company="Helvaria SA",
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone=ZURICH,
      note="Swiss recruiter prose (iso-8859-1, quoted-printable) with a pasted Zoom block; 'jeudi "
           "19 novembre 2026 à 14h00 (heure suisse)' = 13:00Z (CET), Zoom 'Heure : 19 nov. 2026 "
           "02:00 PM Zurich' agrees; 'L'entretien durera une heure' -> end 14:00Z; contact = "
           "sender")
def g14() -> bytes:
    body = t("""
        Bonjour Monsieur Lacoste,

        Suite à notre échange téléphonique de ce matin, je me réjouis de vous confirmer votre
        deuxième entretien, qui aura lieu par Zoom le jeudi 19 novembre 2026 à 14h00 (heure suisse,
        soit la même heure qu'à Bordeaux). L'entretien durera une heure; vous y rencontrerez
        M. Raphaël Berset, responsable de l'expérience utilisateur, ainsi que moi-même.

        Nous vous demanderons de présenter en vingt minutes un projet dont vous êtes
        particulièrement fier, puis nous échangerons sur le poste.

        Meilleures salutations,

        Sophie Perrin
        Spécialiste en acquisition de talents
        Helvaria SA | Route des Acacias 45 | 1227 Carouge GE
        T +41 22 555 48 10

        -----
        Sophie Perrin vous invite à une réunion Zoom planifiée.

        Sujet : Entretien M. Lacoste - Product Designer
        Heure : 19 nov. 2026 02:00 PM Zurich

        Participer à la réunion Zoom
        https://helvaria.zoom.us/j/93817264051?pwd=Vk9xQmR0bEZ2cE1hT3dJcUNzYlBqZz09

        ID de réunion: 938 1726 4051
        Code secret: 481920
        """)
    headers = [
        ("Received", rcv("mail.helvaria.ch (mail.helvaria.ch [194.158.33.21])",
                         "2026-11-10 08:52:41", ZURICH, "Jc1Sx5nB9vK")),
        ("From", "Sophie Perrin <sophie.perrin@helvaria.ch>"),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", enc("Confirmation de votre 2e entretien - Helvaria SA", "iso-8859-1")),
        ("Date", date("2026-11-10 08:52:41", ZURICH)),
        ("Message-ID", "<8C2F1E04B7A9D34E91F0C5A6E2B7D1F3@mail.helvaria.ch>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Importance", "Normal"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="quoted-printable"))


# ---------------------------------------------------------------- 15: recruiter prose, Montreal, fr-CA


@mail(n(15), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", MONTREAL), end=None,
      contact="genevieve.tremblay@erable-interactif.ca", company="Érable Interactif",
      local="Tue 2026-11-03 10:00", zone=MONTREAL,
      note="Québec recruiter reply sent Sun 1 Nov 20:10 EST (-0500, the evening of the "
           "North-American switch back; that is already Mon 2 Nov 01:10 in UTC); 'après-demain, "
           "mardi 3 novembre, à 10 h (heure de Montréal)' resolved against the sender's local date "
           "= 15:00Z ('16 h pour toi à Bordeaux' agrees); 'une quarantaine de minutes' -> end "
           "null; contact = sender")
def g15() -> bytes:
    body = t("""
        Bonsoir Mathis,

        Désolée pour le courriel du dimanche soir! Je viens d'avoir la confirmation de
        Marc-André : c'est confirmé pour après-demain, mardi 3 novembre, à 10 h (heure de
        Montréal). On a reculé l'heure cette nuit ici, donc ça fait 16 h pour toi à Bordeaux
        (l'écart est revenu à six heures).

        On se rejoint sur Teams, je t'envoie le lien dans une invitation séparée demain matin.
        Prévois une quarantaine de minutes : Marc-André va surtout vouloir parler de ton projet
        de billettique et de ta façon de travailler avec les devs.

        Au plaisir,
        Geneviève

        --
        Geneviève Tremblay | Acquisition de talents
        Érable Interactif | Montréal
        514 555-0142

        Le ven. 30 oct. 2026, à 04 h 12, Mathis Lacoste <mathis.lacoste@example.org> a écrit :
        > Bonjour Geneviève,
        >
        > Merci pour votre retour. Mardi 3 novembre à 10 h (heure de Montréal) me convient
        > très bien, ou mercredi à la même heure si c'est plus simple pour Marc-André.
        >
        > Bonne journée,
        > Mathis
        """)
    headers = [
        ("Received", rcv("mail-yw1-f169.google.com (mail-yw1-f169.google.com [209.85.128.169])",
                         "2026-11-01 20:10:26", MONTREAL, "Ud4Gp7cR2wM")),
        ("From", addr("Geneviève Tremblay", "genevieve.tremblay@erable-interactif.ca")),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", enc("Re: Entretien Product Designer – Érable Interactif")),
        ("Date", date("2026-11-01 20:10:26", MONTREAL)),
        ("Message-ID", "<CAJ7mQx0r2Vt9bN4kE1sHp8fW3yLz6cD5gA0uT@mail.gmail.com>"),
        ("In-Reply-To", "<0F3E9A21-7C4B-4D1E-B8A6-2E5F7C9D0B13@example.org>"),
        ("References", "<CAJ7mQx2Lk8Rz0tYb5vN1dP4sW9eF3gH6jA7cU@mail.gmail.com> "
                       "<0F3E9A21-7C4B-4D1E-B8A6-2E5F7C9D0B13@example.org>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# ---------------------------------------------------------------- 16: founder reply from a phone, Bordeaux, FR (tutoiement)


@mail(n(16), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-01 14:30", PARIS), end=None,
      contact="baptiste@pampa.app", company="Pampa",
      local="Tue 2026-12-01 14:30", zone=PARIS,
      note="Founder's reply written on a phone (tutoiement, typos), sent Thu 26 Nov; 'mardi "
           "prochain à 14h30' = Tue 1 Dec 14:30 CET = 13:30Z; 'prévois environ 1h' -> end null; "
           "contact = sender")
def g16() -> bytes:
    body = t("""
        Hello Mathis,

        Top merci pour ton retour rapide ! On se cale donc mardi prochain à 14h30 dans nos locaux :
        quai des chartrons, 2e étage (interphone Pampa, c'est au dessus de la boulangerie). Tu
        verras Lou (notre dev front) et moi. Prévois environ 1h, on te feras tester la nouvelle
        version de l'app avant qu'on en parle.

        À mardi !
        Baptiste

        Envoyé de mon iPhone

        > Le 26 nov. 2026 à 17:41, Mathis Lacoste <mathis.lacoste@example.org> a écrit :
        >
        > Bonjour Baptiste,
        >
        > Merci pour ton message, ravi que mon profil vous intéresse. Mardi après-midi
        > m'arrangerait, à partir de 14h si possible.
        >
        > Bonne soirée,
        > Mathis
        """)
    headers = [
        ("Received", rcv("mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])",
                         "2026-11-26 18:52:07", PARIS, "Ak8Wm1tC5rZ")),
        ("From", "Baptiste Dufour <baptiste@pampa.app>"),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", "Re: Candidature Product Designer"),
        ("Date", date("2026-11-26 18:52:07", PARIS)),
        ("Message-ID", "<4B7E2D91-3A0C-4F58-9E61-C2D8B5A4F037@pampa.app>"),
        ("In-Reply-To", "<CAH3vB9k1mXz0Qp7rT2sN8dW5eL4yG6fJ3uC@mail.example.org>"),
        ("References", "<A1E5C8F2-6D3B-4A97-8C04-B7E1F2D9A638@pampa.app> "
                       "<CAH3vB9k1mXz0Qp7rT2sN8dW5eL4yG6fJ3uC@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    return message(headers, text(body, cte="8bit"))


# ---------------------------------------------------------------- 17: iCIMS reschedule, Paris, EN


@mail(n(17), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-18 15:00", PARIS), end=utc("2026-11-18 16:00", PARIS),
      contact="bastien.morel@corvane.com", company="Corvane Group",
      local="Wed 2026-11-18 15:00", local_end="2026-11-18 16:00", zone=PARIS,
      note="iCIMS reschedule notice (windows-1252, Date in US Eastern -0500) stating both times: "
           "previous Mon 16 Nov 10:00, new 'Wednesday, November 18, 2026 3:00 PM (GMT+01:00) "
           "Paris', 'Duration: 60 minutes' -> 14:00-15:00Z; unmonitored sender, contact = "
           "recruiter address in the body (the interviewer has no address)")
def g17() -> bytes:
    body = t("""
        Dear Mathis,

        Please note that your interview for the Senior UX Designer - Paris position
        (Requisition 2026-4471) has been rescheduled.

        Previous date/time:  Monday, November 16, 2026 10:00 AM (GMT+01:00) Paris
        New date/time:       Wednesday, November 18, 2026 3:00 PM (GMT+01:00) Paris
        Duration:            60 minutes
        Format:              Microsoft Teams (the link will be sent by the interviewer)
        Interviewer(s):      Renée Okafor, Design Lead

        We apologise for any inconvenience. If the new time does not suit you, please contact
        your recruiter, Bastien Morel, at bastien.morel@corvane.com.

        Kind regards,
        Corvane Group Talent Acquisition

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Mathis,</p>
        <p>Please note that your interview for the <b>Senior UX Designer - Paris</b> position
        (Requisition 2026-4471) has been rescheduled.</p>
        <table border="0" cellpadding="3">
        <tr><td>Previous date/time:</td><td><s>Monday, November 16, 2026 10:00 AM (GMT+01:00) Paris</s></td></tr>
        <tr><td>New date/time:</td><td><b>Wednesday, November 18, 2026 3:00 PM (GMT+01:00) Paris</b></td></tr>
        <tr><td>Duration:</td><td>60 minutes</td></tr>
        <tr><td>Format:</td><td>Microsoft Teams (the link will be sent by the interviewer)</td></tr>
        <tr><td>Interviewer(s):</td><td>Renée Okafor, Design Lead</td></tr>
        </table>
        <p>We apologise for any inconvenience. If the new time does not suit you, please contact
        your recruiter, Bastien Morel, at <a href="mailto:bastien.morel@corvane.com">bastien.morel@corvane.com</a>.</p>
        <p>Kind regards,<br>Corvane Group Talent Acquisition</p>
        <p><font size="1" color="#808080">This message was sent from an unmonitored mailbox. Please do not reply.</font></p>
        </font></body></html>
        """)
    headers = [
        ("Received", rcv("mailout4.icims.com (mailout4.icims.com [52.1.147.203])",
                         "2026-11-12 09:47:55", "America/New_York", "Rv6Kp0zT3cH")),
        ("From", "Corvane Group Careers <corvane@talent.icims.com>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", "Interview Rescheduled: Senior UX Designer - Paris (Req #2026-4471)"),
        ("Date", date("2026-11-12 09:47:55", "America/New_York")),
        ("Message-ID", "<1793976475921.4471.corvane@talent.icims.com>"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"),
                                html(page, charset="windows-1252")))


# ---------------------------------------------------------------- 18: recruiter prose from a phone, "demain matin", Toulouse, FR


@mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-08 09:30", PARIS), end=None,
      contact="marion.lafitte@alize-mobility.fr", company="Alizé Mobility",
      local="Tue 2026-12-08 09:30", zone=PARIS,
      note="Recruiter mail from Outlook mobile, sent Mon 7 Dec 08:40 CET: the interview "
           "'initialement prévu cet après-midi à 16h' (Mon 15:00Z) moves to 'demain matin, 9h30' "
           "resolved against the Date = Tue 8 Dec 08:30Z; no length -> end null; contact = "
           "sender")
def g18() -> bytes:
    body = t("""
        Bonjour Mathis,

        Suite à notre échange téléphonique de vendredi, je vous confirme que notre entretien
        initialement prévu cet après-midi à 16h est décalé à demain matin, 9h30. Le lien Teams
        reste le même, et Thomas (notre lead designer) sera bien présent.

        Encore désolée pour ce changement de dernière minute et merci pour votre souplesse.

        Bonne journée,
        Marion Lafitte
        Chargée de recrutement – Alizé Mobility

        Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>
        """)
    headers = [
        ("Received", rcv("EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2093.outbound.protection.outlook.com [40.107.241.93])",
                         "2026-12-07 08:40:16", PARIS, "Gt3Ns8qV1kX")),
        ("From", addr("Marion Lafitte", "marion.lafitte@alize-mobility.fr")),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", enc("Décalage de notre entretien", "windows-1252")),
        ("Date", "Mon, 7 Dec 2026 07:40:16 +0000"),
        ("Message-ID", "<DB8P194MB0583A1C2D3E4F5A6B7C8D9E0F1A2B3C4@DB8P194MB0583.EURP194.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", enc("Décalage de notre entretien", "windows-1252")),
        ("Content-Language", "fr-FR"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"),
                                html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                                     "charset=windows-1252\"></head><body><div dir=\"auto\">"
                                     + body.replace("\n\n", "</div><div dir=\"auto\"><br></div><div dir=\"auto\">")
                                           .replace("\n", "<br>")
                                           .replace("Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>",
                                                    "<a href=\"https://aka.ms/AAb9ysg\">Obtenir Outlook pour Android</a>")
                                     + "</div></body></html>\n", charset="windows-1252")))


# ---------------------------------------------------------------- 19: Exchange update, Brussels, fr-BE


@mail(n(19), family="exchange", lang="fr-BE", interview=True, kind="rescheduled",
      start=utc("2026-11-20 10:30", BRUSSELS), end=utc("2026-11-20 11:30", BRUSSELS),
      contact="an.peeters@belvue.be", company="Belvue Assurances",
      local="Fri 2026-11-20 10:30", local_end="2026-11-20 11:30", zone=BRUSSELS,
      note="Outlook meeting update (SEQUENCE:1) from an organizer whose Outlook is set to W. "
           "Europe Standard Time: 'vendredi 20 novembre 2026 10:30-11:30 (UTC+01:00) Amsterdam, "
           "Berlin...' = 09:30-10:30Z, moved forward from 11:30 (old time stated in the note); "
           "ICS agrees; contact = sender and ORGANIZER")
def g19() -> bytes:
    body = t("""
        Quand : vendredi 20 novembre 2026 10:30-11:30 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Belvue Assurances – Boulevard du Régent 37, 1000 Bruxelles (salle Horta, 5e étage)

        *~*~*~*~*~*~*~*~*~*

        Bonjour Mathis,

        Petit changement : nous avons dû avancer votre deuxième entretien d'une heure (il était
        initialement prévu à 11h30, mais Els doit être à Liège pour midi). Il aura donc lieu de
        10h30 à 11h30. N'hésitez pas à me dire si cela vous pose souci.

        Bien à vous,

        An Peeters
        Talent Acquisition – Belvue Assurances
        +32 2 555 37 90
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div>
        <p style="font-family:Calibri,sans-serif;font-size:11pt">Quand : vendredi 20 novembre 2026 10:30-11:30 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.<br>
        Où : Belvue Assurances – Boulevard du Régent 37, 1000 Bruxelles (salle Horta, 5e étage)</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Bonjour Mathis,</p>
        <p>Petit changement : nous avons dû avancer votre deuxième entretien d’une heure (il était
        initialement prévu à 11h30, mais Els doit être à Liège pour midi). Il aura donc lieu de
        10h30 à 11h30. N’hésitez pas à me dire si cela vous pose souci.</p>
        <p>Bien à vous,</p>
        <p>An Peeters<br>Talent Acquisition – Belvue Assurances<br>+32 2 555 37 90</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=An Peeters:mailto:an.peeters@belvue.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathis Lacoste:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Els Janssens:mailto:els.janssens@belvue.be
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Mathis\\,\\n\\nPetit changement : nous avons dû avancer votre deuxième entretien d'une heure (il était initialement prévu à 11h30).\\n\\nBien à vous\\,\\nAn\\n
UID:040000008200E00074C5B7101A82E00800000000A3F2C81D7E5FDD01000000000000000010000000B1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
SUMMARY;LANGUAGE=fr-BE:Entretien – Product Designer (2e tour)
DTSTART;TZID=W. Europe Standard Time:20261120T103000
DTEND;TZID=W. Europe Standard Time:20261120T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T100512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-BE:Belvue Assurances – Boulevard du Régent 37\\, 1000 Bruxelles (salle Horta\\, 5e étage)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1842270116
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("mail-be.belvue.be (mail-be.belvue.be [91.183.40.12])",
                         "2026-11-13 11:05:12", BRUSSELS, "Wd7Hq2pS5mB")),
        ("From", "An Peeters <an.peeters@belvue.be>"),
        ("To", ME_TO),
        ("Subject", enc("Mis à jour : Entretien – Product Designer (2e tour)")),
        ("Thread-Topic", enc("Entretien – Product Designer (2e tour)")),
        ("Thread-Index", "AdtVx1k9e3HqJ0aZT5m2cP8wR4yL7A=="),
        ("Date", "Fri, 13 Nov 2026 10:05:12 +0000"),
        ("Message-ID", "<VI1PR07MB5120B2E1C8D94F3A6E7D0C5B9A8F1E2D@VI1PR07MB5120.eurprd07.prod.outlook.com>"),
        ("Content-Language", "fr-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(page),
                                calendar(ics, method="REQUEST", cte="base64")))


# ---------------------------------------------------------------- 20: reschedule forwarded to self (message/rfc822), London, EN


@mail(n(20), family="forward_self", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-29 15:00", LONDON), end=utc("2026-10-29 15:45", LONDON),
      contact="hannah.ogilvy@kestrelmaps.co.uk", company="Kestrel Maps",
      local="Thu 2026-10-29 15:00", local_end="2026-10-29 15:45", zone=LONDON,
      note="The candidate forwards to himself (from his example.net address, French one-liner) a "
           "London recruiter's reschedule attached as message/rfc822: Tuesday 2pm moves to "
           "'Thursday 29 October at 3pm UK time', after both countries' switch on 25 Oct, so "
           "GMT = 15:00Z (16h in France, as the forward note says); 'still 45 minutes' -> end "
           "15:45Z; contact = the recruiter in the forwarded message, never the candidate")
def g20() -> bytes:
    inner_body = t("""
        Hi Mathis,

        Apologies for the shuffle - Owen has been pulled into a client workshop on Tuesday, so we
        need to move your second interview. We've now booked Thursday 29 October at 3pm UK time
        instead (still an hour behind you - we both change clocks this weekend, so nothing
        changes there). It's still 45 minutes, on the same Teams link as before, with Owen and
        Fatima from the research team.

        The Tuesday 2pm slot has been released, so please ignore the old invite.

        Have a lovely weekend,
        Hannah

        Hannah Ogilvy | People Partner | Kestrel Maps
        kestrelmaps.co.uk
        """)
    inner = message([
        ("Received", "from mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])\r\n"
                     " by mx.example.net with ESMTPS id 7q2Lb9; Fri, 23 Oct 2026 16:48:33 +0000"),
        ("From", "Hannah Ogilvy <hannah.ogilvy@kestrelmaps.co.uk>"),
        ("To", "Mathis Lacoste <mathis.l@example.net>"),
        ("Subject", "Change of time - second interview (Kestrel Maps)"),
        ("Date", date("2026-10-23 17:48:30", LONDON)),
        ("Message-ID", "<CAGk3nR8vZ1xQ7pT0mW4bY2sL9eD6fH5jK3uA@mail.gmail.com>"),
    ], text(inner_body, cte="7bit"))
    outer = t("""
        à mettre dans l'agenda !! jeudi 16h heure FR

        Envoyé de mon téléphone
        """)
    headers = [
        ("Received", rcv("smtp.example.net (smtp.example.net [203.0.113.25])",
                         "2026-10-24 09:10:44", PARIS, "Mc5Tw9xR2hN")),
        ("From", "Mathis Lacoste <mathis.l@example.net>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", "Fwd: Change of time - second interview (Kestrel Maps)"),
        ("Date", date("2026-10-24 09:10:44", PARIS)),
        ("Message-ID", "<a81f3c02-5d7e-4b96-9e24-0c1d7f8b3e55@example.net>"),
    ]
    return message(headers, mixed(text(outer, cte="8bit"),
                                  attached_message(inner, "Change of time - second interview.eml")))


# ---------------------------------------------------------------- 21: Google Calendar cancellation, Paris, EN


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-16 16:00", PARIS), end=utc("2026-11-16 17:00", PARIS),
      contact="lena.kowalski@orsaypay.com", company="Orsay Pay",
      local="Mon 2026-11-16 16:00", local_end="2026-11-16 17:00", zone=PARIS,
      note="Google Calendar 'Cancelled event with note' (METHOD:CANCEL, STATUS:CANCELLED): the "
           "cancelled slot Mon 16 Nov 4pm-5pm Central European Time = 15:00-16:00Z; the note "
           "floats Thursday 4pm as a possible new time, not booked -> still 'cancelled' with "
           "the old slot; contact = organiser")
def g21() -> bytes:
    note_text = ("Hi Mathis, really sorry - I have to be in Warsaw on Monday after all. Could we do "
                 "Thursday 19th at 4pm instead? If that works I'll send a fresh invite. Lena")
    body = t(f"""
        This event has been cancelled with a note:
        "{note_text}"

        Orsay Pay - Product Designer interview
        Monday 16 Nov 2026 ⋅ 4pm – 5pm
        Central European Time - Paris

        Organiser
        Lena Kowalski
        lena.kowalski@orsaypay.com

        Guests
        Lena Kowalski - organiser
        mathis.lacoste@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    page = t(f"""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px">This event has been cancelled with a note:</div>
        <div style="padding:8px 0;font-style:italic">&quot;{note_text.replace("'", "&#39;")}&quot;</div>
        <h2 style="font-size:20px;font-weight:400;text-decoration:line-through">Orsay Pay - Product Designer interview</h2>
        <div style="font-size:14px">Monday 16 Nov 2026 ⋅ 4pm – 5pm<br>Central European Time - Paris</div>
        <div style="padding-top:12px"><b>Organiser</b><br>Lena Kowalski<br>lena.kowalski@orsaypay.com</div>
        <div style="padding-top:12px"><b>Guests</b><br>Lena Kowalski - organiser<br>mathis.lacoste@example.org</div>
        <div style="padding-top:16px;font-size:12px;color:#70757a">Invitation from Google Calendar</div>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261116T150000Z
DTEND:20261116T160000Z
DTSTAMP:20261113T083127Z
ORGANIZER;CN=Lena Kowalski:mailto:lena.kowalski@orsaypay.com
UID:1k9f4q0t7c2bm8h3r5s6vd2p1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261105T101412Z
DESCRIPTION:
LAST-MODIFIED:20261113T083126Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Orsay Pay - Product Designer interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                         "2026-11-13 08:31:27", "UTC", "Pf2Xk7bJ4nD")),
        ("Reply-To", "lena.kowalski@orsaypay.com"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", "<calendar-c3a9e017-4f2b-4d8c-b61e-7a0d5f93e2b4@google.com>"),
        ("Date", "Fri, 13 Nov 2026 08:31:27 +0000"),
        ("Subject", enc("Cancelled event with note: Orsay Pay - Product Designer interview @ Mon 16 "
                        "Nov 2026 4pm - 5pm (CET) (mathis.lacoste@example.org)")),
        ("From", "Lena Kowalski <lena.kowalski@orsaypay.com>"),
        ("To", "mathis.lacoste@example.org"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# ---------------------------------------------------------------- 22: prose cancellation, Bordeaux, FR (Thunderbird, iso-8859-15)


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-07 11:00", PARIS), end=None,
      contact="aurelie.dufau@vinotrace.fr", company="Vinotrace",
      local="Mon 2026-12-07 11:00", zone=PARIS,
      note="HR manager's cancellation, no new time (hiring frozen): 'notre entretien de lundi 7 "
           "décembre à 11h' = 10:00Z (CET); no length -> end null; iso-8859-15 quoted-printable, "
           "format=flowed; contact = sender")
def g22() -> bytes:
    body = t("""
        Bonjour Mathis,

        Je suis vraiment désolée de devoir vous annoncer cette nouvelle : nous devons annuler
        notre entretien de lundi 7 décembre à 11h. La direction vient de geler le recrutement
        sur le poste de Product Designer jusqu'à nouvel ordre (arbitrages budgétaires de fin
        d'année, vous vous en doutez).

        Je garde évidemment votre candidature de côté et je reviendrai vers vous si le poste
        est rouvert début 2027. Votre étude de cas sur l'œnotourisme nous avait beaucoup plu.

        Bien cordialement,

        --
        Aurélie Dufau
        Responsable RH - Vinotrace
        05 56 55 21 08
        """)
    headers = [
        ("Received", rcv("smtp.vinotrace.fr (smtp.vinotrace.fr [195.154.87.140])",
                         "2026-12-02 17:25:48", PARIS, "Hy4Cv0mQ8tF")),
        ("From", addr("Aurélie Dufau", "aurelie.dufau@vinotrace.fr", "iso-8859-15")),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", enc("Annulation de notre entretien de lundi", "iso-8859-15")),
        ("Date", date("2026-12-02 17:25:48", PARIS)),
        ("Message-ID", "<3e8b1f2a-7c94-4d05-a1e6-b2c9f0d8e371@vinotrace.fr>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr"),
    ]
    return message(headers, text(body, charset="iso-8859-15", params="format=flowed"))


# ---------------------------------------------------------------- 23: Recruitee cancellation, London remote, EN


@mail(n(23), family="recruitee", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-09 11:00", LONDON), end=utc("2026-12-09 11:45", LONDON),
      contact="olivia.bramwell@kettleandkiln.co.uk", company="Kettle & Kiln",
      local="Wed 2026-12-09 11:00", local_end="2026-12-09 11:45", zone=LONDON,
      note="Recruitee cancellation without a new time (role paused); cancelled slot 'Wednesday, "
           "9 December 2026, 11:00 - 11:45 (GMT, London)' = 11:00-11:45Z; ICS METHOD:CANCEL with "
           "TZID Europe/London agrees; contact = human Reply-To")
def g23() -> bytes:
    body = t("""
        Hi Mathis,

        Unfortunately we have to cancel your upcoming interview for the Product Designer
        (Remote, UK/EU) position at Kettle & Kiln.

        Cancelled interview
        Wednesday, 9 December 2026, 11:00 - 11:45 (GMT, London)
        Video call with Olivia Bramwell and Sam Whitfield

        We've had to put this role on hold until the new year while we review our product
        roadmap. We're sorry for the short notice, and we'll get in touch if it reopens.

        Best wishes,
        Olivia Bramwell
        Head of People, Kettle & Kiln
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Mathis,</p>
        <p>Unfortunately we have to cancel your upcoming interview for the <b>Product Designer
        (Remote, UK/EU)</b> position at Kettle &amp; Kiln.</p>
        <div style="background:#fdf2f2;border-left:4px solid #d64545;padding:10px">
        <b>Cancelled interview</b><br>Wednesday, 9 December 2026, 11:00 - 11:45 (GMT, London)<br>
        Video call with Olivia Bramwell and Sam Whitfield</div>
        <p>We&#39;ve had to put this role on hold until the new year while we review our product
        roadmap. We&#39;re sorry for the short notice, and we&#39;ll get in touch if it reopens.</p>
        <p>Best wishes,<br>Olivia Bramwell<br>Head of People, Kettle &amp; Kiln</p>
        <p style="font-size:11px;color:#999">Sent with Recruitee</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview//EN
METHOD:CANCEL
{VTZ73["Europe/London"]}
BEGIN:VEVENT
UID:recruitee-event-88214975@recruitee.com
DTSTAMP:20261203T140215Z
DTSTART;TZID=Europe/London:20261209T110000
DTEND;TZID=Europe/London:20261209T114500
SUMMARY:Interview: Product Designer (Remote\\, UK/EU) - Kettle & Kiln
ORGANIZER;CN=Olivia Bramwell:mailto:olivia.bramwell@kettleandkiln.co.uk
ATTENDEE;CN=Mathis Lacoste:mailto:{ME}
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("mta-eu2.recruitee.com (mta-eu2.recruitee.com [185.94.76.33])",
                         "2026-12-03 14:02:15", "UTC", "Ls1Dz6wK9qE")),
        ("From", "Kettle & Kiln <noreply@mail.recruitee.com>"),
        ("Reply-To", "Olivia Bramwell <olivia.bramwell@kettleandkiln.co.uk>"),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", "Interview cancelled: Product Designer (Remote, UK/EU)"),
        ("Date", date("2026-12-03 14:02:15", "UTC")),
        ("Message-ID", "<recruitee.88214975.cancel.1796306535@mail.recruitee.com>"),
    ]
    return message(headers, mixed(alt(text(body, cte="7bit"), html(page, cte="7bit")),
                                  calendar(ics, method="CANCEL", filename="cancel.ics",
                                           disposition="attachment")))


# =============================================================================== negatives
# ---------------------------------------------------------------- 24: SmartRecruiters rejection after the interview (thread of key 5), FR


@mail(n(24), family="rejection", lang="fr", interview=False, company="Océanide",
      days=(("Mon", "2026-10-12"),),
      note="SmartRecruiters rejection after the 12 Oct interview (same company as the key-5 "
           "confirmation); mentions the past interview date, confirms nothing")
def g24() -> bytes:
    body = t("""
        Bonjour Mathis,

        Merci encore pour le temps que vous nous avez consacré lors de votre entretien du lundi
        12 octobre avec Yann et moi-même.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre profil,
        dont l'expérience dans le secteur maritime correspond de plus près à nos besoins
        immédiats. Ce choix a été difficile : votre présentation sur le tableau de bord de suivi
        de flotte a beaucoup plu à l'équipe.

        Nous conservons votre candidature et n'hésiterons pas à revenir vers vous si un poste
        correspondant à votre profil venait à s'ouvrir.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Bien cordialement,
        Gaëlle Le Bihan
        Océanide – Talent Acquisition
        """)
    headers = [
        ("Received", rcv("mail-out-eu1.smartrecruiters.com (mail-out-eu1.smartrecruiters.com [185.52.32.17])",
                         "2026-10-20 09:14:02", "UTC", "Nb4Ft8zX1wQ")),
        ("From", enc("Océanide") + " <noreply@smartrecruiters.com>"),
        ("Reply-To", addr("Gaëlle Le Bihan", "gaelle.lebihan@oceanide.fr")),
        ("To", ME_TO),
        ("Subject", enc("Votre candidature – Product Designer (F/H) – Océanide")),
        ("Date", date("2026-10-20 09:14:02", "UTC")),
        ("Message-ID", "<a93e1b0c4d7f2e58.1791796442@smartrecruiters.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body).replace('dir="ltr"', 'style="font-family:Helvetica,Arial,sans-serif"'))))


# ---------------------------------------------------------------- 25: job offer with a fixed-time call, Brussels, fr-BE


@mail(n(25), family="offer", lang="fr-BE", interview=False, company="Studio Brume",
      days=(("Thu", "2026-10-15"), ("Thu", "2026-10-29"), ("Mon", "2026-11-09"),
            ("Fri", "2026-11-13"), ("Mon", "2027-01-04")),
      note="Job offer after two interviews (same company as key 7); it fixes a phone call "
           "'lundi 9 novembre à 10h' to answer questions and a reply deadline, neither is an "
           "interview")
def g25() -> bytes:
    body = t("""
        Bonjour Mathis,

        Suite à vos entretiens des 15 et 29 octobre, c'est avec un grand plaisir que nous vous
        proposons de rejoindre Studio Brume en tant que Senior Product Designer !

        Vous trouverez en pièce jointe notre proposition détaillée : contrat à durée
        indéterminée, temps plein, avec deux jours de télétravail par semaine et une date de
        début souhaitée le lundi 4 janvier 2027. Nous prendrons aussi en charge vos
        déplacements depuis Bordeaux pendant les premiers mois.

        Wouter vous appellera ce lundi 9 novembre à 10h pour répondre à toutes vos questions
        (salaire, statut, déménagement éventuel). Nous aimerions recevoir votre réponse d'ici
        le vendredi 13 novembre à 17h.

        Toute l'équipe croise les doigts !

        Nora De Wit
        Lead Design – Studio Brume
        +32 2 555 01 74
        """)
    pdf = ("JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K\n"
           "ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFtdIC9Db3VudCAwID4+CmVuZG9i\n"
           "agp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==\n")
    headers = [
        ("Received", rcv("mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])",
                         "2026-11-06 16:03:27", BRUSSELS, "Vq7Lm2cN5dS")),
        ("From", "Nora De Wit <nora.dewit@studiobrume.be>"),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Cc", "Wouter Claes <wouter.claes@studiobrume.be>"),
        ("Subject", enc("Proposition d'engagement – Senior Product Designer")),
        ("Date", date("2026-11-06 16:03:27", BRUSSELS)),
        ("Message-ID", "<CAOq8rT2nVx5kP1mZ9bW0sY3eL7dF4gJ6hA2cQ@mail.gmail.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body))),
        raw_part([("Content-Type", 'application/pdf; name="Proposition_StudioBrume_MLacoste.pdf"'),
                  ("Content-Disposition", 'attachment; filename="Proposition_StudioBrume_MLacoste.pdf"'),
                  ("Content-Transfer-Encoding", "base64")], pdf)))


# ---------------------------------------------------------------- 26: Taleo application receipt, EN


@mail(n(26), family="application_ack", lang="en", interview=False, company="Veridian Rail",
      note="Oracle Taleo application acknowledgement; 'a member of our team will contact you to "
           "schedule an interview' is conditional, nothing scheduled")
def g26() -> bytes:
    body = t("""
        Dear Mathis Lacoste,

        Thank you for your interest in Veridian Rail.

        We have received your application for the position of Lead Product Designer - Digital
        Passenger Services (Job Number: 2600318), Paris, France.

        Our recruitment team will now review your application. If your qualifications match the
        requirements of the position, a member of our team will contact you to schedule an
        interview. Due to the high number of applications, we are unable to respond individually
        to each candidate.

        You can track the status of your application at any time by logging in to our career
        section: https://veridianrail.taleo.net/careersection/ext/mysubmissions.ftl

        Sincerely,
        Veridian Rail Talent Acquisition

        ***This is an automated message. Please do not reply.***
        """)
    headers = [
        ("Received", rcv("mta02.taleo.net (mta02.taleo.net [160.34.2.122])",
                         "2026-09-08 06:31:18", "America/New_York", "Tc9Wr3kB6mJ")),
        ("From", "Veridian Rail Careers <noreply@taleo.net>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", "Veridian Rail - Application Received - Lead Product Designer (Job Number: 2600318)"),
        ("Date", date("2026-09-08 06:31:18", "America/New_York")),
        ("Message-ID", "<1004381147.5821733.1788863478210.JavaMail.taleo@tlsmtp02>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="7bit"))


# ---------------------------------------------------------------- 27: job board alert, FR


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert (fictional board Tremplin Design); badges 'Entretiens en cours' and "
           "'Entretien sous 48h' are marketing, nothing is scheduled")
def g27() -> bytes:
    offers = [
        ("Product Designer Senior", "Cassiopée Mobilité", "Paris · Hybride", "Entretiens en cours"),
        ("UX/UI Designer", "Les Chais Numériques", "Bordeaux · Sur site", "Nouveau"),
        ("Lead Product Designer", "Veridian Rail", "Paris · Hybride", "Entretien sous 48h"),
        ("Product Designer (F/H)", "Océanide", "Nantes · Hybride", "Entretiens en cours"),
        ("Designer Produit – Santé", "Mediloop", "Télétravail · France", "Nouveau"),
    ]
    lines = "\n".join(f"• {a} – {b}\n  {c} · {d}" for a, b, c, d in offers)
    body = ("Bonjour Mathis,\n\n12 nouvelles offres correspondent à votre alerte « Product Designer – "
            "Bordeaux, télétravail ».\n\n" + lines + "\n\n"
            "Voir les 12 offres : https://tremplin-design.fr/alertes/4821?utm_source=alerte\n\n"
            "Astuce de la semaine : préparez trois questions à poser en fin d'entretien.\n\n"
            "Vous recevez cet e-mail car vous avez créé une alerte sur Tremplin Design.\n"
            "Se désabonner : https://tremplin-design.fr/alertes/4821/stop\n")
    cards = "".join(
        f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><b>{a}</b><br>{b}<br>'
        f'<span style="color:#666">{c}</span> <span style="background:#e8f5e9;color:#2e7d32;'
        f'padding:2px 6px;border-radius:8px;font-size:12px">{d}</span></td></tr>\n'
        for a, b, c, d in offers)
    page = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            "<p>Bonjour Mathis,</p>\n<p>12 nouvelles offres correspondent à votre alerte "
            "«&nbsp;Product Designer – Bordeaux, télétravail&nbsp;».</p>\n"
            f'<table width="100%" cellspacing="0">\n{cards}</table>\n'
            '<p><a href="https://tremplin-design.fr/alertes/4821?utm_source=alerte">Voir les 12 offres</a></p>\n'
            "<p><i>Astuce de la semaine : préparez trois questions à poser en fin d'entretien.</i></p>\n"
            '<p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez créé une alerte '
            'sur Tremplin Design. <a href="https://tremplin-design.fr/alertes/4821/stop">Se désabonner</a></p>\n'
            "</body></html>\n")
    headers = [
        ("Received", rcv("mail193.tremplin-design.fr (mail193.tremplin-design.fr [185.41.28.193])",
                         "2026-09-14 07:02:11", PARIS, "Ke2Pz7vW4cT")),
        ("From", "Tremplin Design <alertes@tremplin-design.fr>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("12 nouvelles offres : Product Designer – Bordeaux, télétravail")),
        ("Date", date("2026-09-14 07:02:11", PARIS)),
        ("Message-ID", "<alerte-4821-20260914@tremplin-design.fr>"),
        ("List-Unsubscribe", "<https://tremplin-design.fr/alertes/4821/stop>, <mailto:stop-4821@tremplin-design.fr>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(page)))


# ---------------------------------------------------------------- 28: softgarden application receipt, Geneva, FR


@mail(n(28), family="application_ack", lang="fr", interview=False, company="Kronhaus Logistik",
      note="softgarden application receipt (HTML only, quoted-printable); interview slots are "
           "promised 'si votre profil est retenu', nothing fixed")
def g28() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Kronhaus Logistik</title></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333;background:#f2f2f2">
        <table align="center" width="600" style="background:#fff" cellpadding="20"><tr><td>
        <img src="https://static.softgarden.io/kronhaus/logo.png" alt="Kronhaus Logistik" width="160">
        <p>Bonjour Monsieur Lacoste,</p>
        <p>Nous vous remercions de l'intérêt que vous portez à Kronhaus Logistik et avons bien reçu
        votre candidature pour le poste <b>UX/UI Designer (H/F) – Genève</b>.</p>
        <p>Nos équipes examinent actuellement votre dossier et reviendront vers vous dans les deux
        prochaines semaines. Si votre profil est retenu, nous vous proposerons des créneaux
        d'entretien directement via notre plateforme de candidature.</p>
        <p>Vous pouvez à tout moment consulter l'état de votre candidature dans votre
        <a href="https://kronhaus.softgarden.io/fr/applicant/overview">espace candidat</a>.</p>
        <p>Cordialement,<br>Votre équipe Recrutement<br>Kronhaus Logistik SA, Genève</p>
        <p style="font-size:10px;color:#999">Ce message a été généré automatiquement par softgarden e-recruiting GmbH
        pour le compte de Kronhaus Logistik SA.</p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Received", rcv("mailout2.softgarden.io (mailout2.softgarden.io [185.199.220.42])",
                         "2026-09-16 13:55:40", ZURICH, "Qm6Sd1xH8rV")),
        ("From", "Kronhaus Logistik <noreply@softgarden.io>"),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", enc("Votre candidature : UX/UI Designer (H/F) – Genève")),
        ("Date", date("2026-09-16 13:55:40", ZURICH)),
        ("Message-ID", "<sg.7a21f9c0-3b58-4e6d-92a1-c4e0b7d83f15@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, html(page))


# ---------------------------------------------------------------- 29: JOIN job recommendations, FR (tutoiement)


@mail(n(29), family="job_alert", lang="fr", interview=False, company=None,
      note="JOIN job recommendations (tutoiement); 'Entretiens rapides' is a job badge, nothing "
           "scheduled")
def g29() -> bytes:
    body = t("""
        Salut Mathis,

        On a trouvé 4 nouveaux jobs qui pourraient te plaire :

        Product Designer (m/w/d) – Lumaflow GmbH – Remote (EU)
        Senior UX Designer – Parcelle – Toulouse – Entretiens rapides ⚡
        Product Designer B2B – Fretwise – Bruxelles / hybride
        UI Designer – Garonne Games – Bordeaux

        Postule en un clic avec ton profil JOIN : https://join.com/dashboard/recommendations

        À bientôt,
        L'équipe JOIN

        Tu reçois cet e-mail parce que tu as activé les recommandations de jobs.
        Gérer mes notifications : https://join.com/settings/notifications
        """)
    headers = [
        ("Received", rcv("mail-eu.join.com (mail-eu.join.com [52.29.118.6])",
                         "2026-10-05 10:30:00", PARIS, "Ww3Ck9nL2pG")),
        ("From", "JOIN <noreply@join.com>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", "4 nouveaux jobs pour toi : Product Designer"),
        ("Date", date("2026-10-05 10:30:00", PARIS)),
        ("Message-ID", "<20261005083000.4f7c1a.recommendations@join.com>"),
        ("List-Unsubscribe", "<https://join.com/settings/notifications>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, text(body, cte="base64"))


# ---------------------------------------------------------------- 30: newsletter with a webinar time, FR


@mail(n(30), family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Design newsletter about job interviews; announces a webinar 'jeudi 22 octobre à "
           "12h30' on portfolio interviews: a fixed time, but not the reader's interview")
def g30() -> bytes:
    body = t("""
        LA LETTRE DU DESIGN PRODUIT – n° 87

        Bonjour Mathis,

        ▸ À LA UNE
        Entretien de Product Designer : les 7 questions qu'on vous posera (et comment y répondre)
        « Parlez-moi d'un projet qui a échoué », « Comment priorisez-vous ? »… Nous avons demandé à
        douze responsables design ce qu'ils attendent vraiment d'un entretien.
        Lire l'article : https://lettredudesignproduit.fr/n87/questions-entretien

        ▸ WEBINAR
        « Réussir son entretien portfolio », jeudi 22 octobre à 12h30, en direct avec Claire
        Mounier (Head of Design). Gratuit, 45 minutes, replay disponible.
        S'inscrire : https://lettredudesignproduit.fr/webinar/portfolio

        ▸ EN BREF
        – Le salaire médian d'un Product Designer senior à Bordeaux : 52 k€ (étude 2026).
        – Faut-il encore un PDF de portfolio ? Notre sondage.

        À la semaine prochaine,
        L'équipe de la Lettre

        Se désinscrire : https://lettredudesignproduit.fr/desinscription?u=mlacoste
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Georgia,serif;max-width:600px">')
    headers = [
        ("Received", rcv("o12.mailer.lettredudesignproduit.fr (o12.mailer.lettredudesignproduit.fr [178.33.220.12])",
                         "2026-10-13 07:30:05", PARIS, "Jd8Hy4mR0vB")),
        ("From", "La Lettre du Design Produit <bonjour@lettredudesignproduit.fr>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("Entretien de Product Designer : les 7 questions qu'on vous posera")),
        ("Date", date("2026-10-13 07:30:05", PARIS)),
        ("Message-ID", "<n87.mlacoste.20261013@lettredudesignproduit.fr>"),
        ("List-Id", "La Lettre du Design Produit <lettre.lettredudesignproduit.fr>"),
        ("List-Unsubscribe", "<https://lettredudesignproduit.fr/desinscription?u=mlacoste>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body, charset="utf-8"), html(page)))


# ---------------------------------------------------------------- 31: blog digest about interviews, EN


@mail(n(31), family="newsletter_blog", lang="en", interview=False, company=None,
      note="Design blog digest; headlines like 'Your interview is confirmed. Now what?' are "
           "article titles, nothing is scheduled for the reader")
def g31() -> bytes:
    body = t("""
        PIXEL NOTES - Weekly digest, 24 October 2026

        Your interview is confirmed. Now what?
        A 5-day plan for the week before a design interview: research, story bank, and the one
        case study you should rehearse out loud.
        Read more -> https://pixelnotes.io/p/interview-confirmed-now-what

        I've sat on 200 design interview panels. Here's what actually matters.
        Spoiler: it's not the polish of your slides.
        Read more -> https://pixelnotes.io/p/200-panels

        How to follow up after an interview (with templates)
        When to send the thank-you note, and what to write if you've heard nothing after a week.
        Read more -> https://pixelnotes.io/p/follow-up-templates

        You're receiving this because you subscribed to Pixel Notes.
        Unsubscribe: https://pixelnotes.io/unsubscribe?e=bWF0aGlz
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#111;max-width:620px;margin:auto">
        <p style="font-family:Arial;font-size:12px;color:#888">PIXEL NOTES &middot; Weekly digest, 24 October 2026</p>
        <h2><a href="https://pixelnotes.io/p/interview-confirmed-now-what" style="color:#111">Your interview is confirmed. Now what?</a></h2>
        <p>A 5-day plan for the week before a design interview: research, story bank, and the one case study you should rehearse out loud.</p>
        <h2><a href="https://pixelnotes.io/p/200-panels" style="color:#111">I&#39;ve sat on 200 design interview panels. Here&#39;s what actually matters.</a></h2>
        <p>Spoiler: it&#39;s not the polish of your slides.</p>
        <h2><a href="https://pixelnotes.io/p/follow-up-templates" style="color:#111">How to follow up after an interview (with templates)</a></h2>
        <p>When to send the thank-you note, and what to write if you&#39;ve heard nothing after a week.</p>
        <p style="font-family:Arial;font-size:11px;color:#aaa">You&#39;re receiving this because you subscribed to Pixel Notes.
        <a href="https://pixelnotes.io/unsubscribe?e=bWF0aGlz">Unsubscribe</a></p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mta-191.pixelnotes.io (mta-191.pixelnotes.io [159.112.241.191])",
                         "2026-10-24 13:00:09", "UTC", "Ax5Mn1bZ7kY")),
        ("From", "Pixel Notes <digest@pixelnotes.io>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", "Your interview is confirmed. Now what? + 2 more stories"),
        ("Date", date("2026-10-24 13:00:09", "UTC")),
        ("Message-ID", "<20261024130009.digest.8812@pixelnotes.io>"),
        ("List-Unsubscribe", "<https://pixelnotes.io/unsubscribe?e=bWF0aGlz>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body, cte="7bit"), html(page, cte="7bit")))


# ---------------------------------------------------------------- 32: Calendly "pick a slot" link (thread of key 2), EN


@mail(n(32), family="scheduling_link", lang="en", interview=False, company="Tidewell",
      note="Recruiter asks the candidate to book the next round via her Calendly link (same "
           "company as key 2); a window of days and hours, no time chosen yet")
def g32() -> bytes:
    body = t("""
        Hi Mathis,

        Great news - Rosie really enjoyed your conversation on Tuesday and would like you to meet
        the wider team for a 60-minute design exercise.

        Could you pick a slot that suits you here?
        https://calendly.com/priya-tidewell/design-exercise-60

        Slots are open next Tuesday to Thursday, between 10am and 4pm UK time. Once you've
        booked, you'll get a calendar invite with the video link and a short brief.

        Speak soon,
        Priya

        Priya Nandakumar | Talent Acquisition | Tidewell
        """)
    headers = [
        ("Received", rcv("mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])",
                         "2026-09-24 12:18:40", LONDON, "Fz0Qb6tW3jN")),
        ("From", "Priya Nandakumar <priya.nandakumar@tidewell.co.uk>"),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", "Next step: design exercise with the Tidewell team"),
        ("Date", date("2026-09-24 12:18:40", LONDON)),
        ("Message-ID", "<CAPv2kZ7wN0qX4rB8mT1sY5dL3eF9gH2jK6uC@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


# ---------------------------------------------------------------- 33: recruiter outreach, Montreal (thread of key 15), fr-CA


@mail(n(33), family="recruiter_outreach", lang="fr-CA", interview=False, company="Érable Interactif",
      days=(("Mon", "2026-10-26"),),
      note="First outreach from the Montreal recruiter of key 15: asks for a first call 'la "
           "semaine prochaine', mornings Eastern time, and notes the five-hour gap the week of "
           "26 Oct; nothing fixed")
def g33() -> bytes:
    body = t("""
        Bonjour Mathis,

        Je me présente : Geneviève Tremblay, responsable de l'acquisition de talents chez Érable
        Interactif, un studio de produits numériques basé à Montréal (une soixantaine de
        personnes, surtout du transport et de la culture).

        Votre portfolio a beaucoup circulé dans l'équipe design cette semaine! Nous ouvrons un
        poste de designer produit senior, en télétravail depuis la France possible, et j'aimerais
        beaucoup vous en parler.

        Seriez-vous disponible pour un premier appel d'une trentaine de minutes la semaine
        prochaine? Je suis assez flexible en matinée (heure de l'Est), ce qui tombe en début
        d'après-midi chez vous. Petit rappel : la semaine du lundi 26 octobre, l'écart ne sera
        que de cinq heures, puisque la France recule l'heure une semaine avant nous.

        Au plaisir de vous lire,

        Geneviève Tremblay | Acquisition de talents
        Érable Interactif | Montréal
        514 555-0142
        """)
    headers = [
        ("Received", rcv("mail-yw1-f176.google.com (mail-yw1-f176.google.com [209.85.128.176])",
                         "2026-10-20 10:05:51", MONTREAL, "Hc8Tn2wM6bF")),
        ("From", addr("Geneviève Tremblay", "genevieve.tremblay@erable-interactif.ca")),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("Designer produit senior – Érable Interactif (Montréal / télétravail)")),
        ("Date", date("2026-10-20 10:05:51", MONTREAL)),
        ("Message-ID", "<CAJ7mQx2Lk8Rz0tYb5vN1dP4sW9eF3gH6jA7cU@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# ---------------------------------------------------------------- 34: interview proposed, not yet confirmed, Bordeaux, FR


@mail(n(34), family="interview_proposed", lang="fr", interview=False, company="Lagune Studio",
      days=(("Thu", "2026-11-26"), ("Fri", "2026-11-27")),
      note="Studio proposes two alternative slots (Thu 26 Nov 10h or Fri 27 Nov 15h) and waits "
           "for the candidate's choice; not confirmed")
def g34() -> bytes:
    body = t("""
        Bonjour Mathis,

        Merci pour votre candidature au poste de Product Designer, votre parcours nous intéresse
        beaucoup.

        Je vous propose un entretien d'une heure dans nos locaux à Bègles, au choix :
          - jeudi 26 novembre à 10h,
          - ou vendredi 27 novembre à 15h.

        Dites-moi ce qui vous arrange et je vous enverrai une invitation dans la foulée. Si aucun
        des deux ne convient, proposez-moi d'autres créneaux en début de semaine suivante.

        Belle journée,

        Clément Arrieta
        Co-fondateur - Lagune Studio
        06 55 48 21 90
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Bonjour Mathis,</p>
        <p>Merci pour votre candidature au poste de Product Designer, votre parcours nous intéresse beaucoup.</p>
        <p>Je vous propose un entretien d'une heure dans nos locaux à Bègles, au choix&nbsp;:</p>
        <ul><li>jeudi 26 novembre à 10h,</li><li>ou vendredi 27 novembre à 15h.</li></ul>
        <p>Dites-moi ce qui vous arrange et je vous enverrai une invitation dans la foulée. Si aucun
        des deux ne convient, proposez-moi d'autres créneaux en début de semaine suivante.</p>
        <p>Belle journée,</p>
        <p>Clément Arrieta<br>Co-fondateur - Lagune Studio<br>06 55 48 21 90</p>
        </div>
        """)
    headers = [
        ("Received", rcv("mail.lagune-studio.fr (mail.lagune-studio.fr [51.91.128.77])",
                         "2026-11-20 11:42:30", PARIS, "Lr5Xb9kD1sW")),
        ("From", addr("Clément Arrieta", "clement.arrieta@lagune-studio.fr")),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", "Entretien Product Designer - Lagune Studio"),
        ("Date", date("2026-11-20 11:42:30", PARIS)),
        ("Message-ID", "<5a3f9e1c-b7d2-4c80-8e64-f21a0d9c7b35@lagune-studio.fr>"),
        ("User-Agent", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


# ---------------------------------------------------------------- 35: GoodTime availability request (thread of key 13), EN


@mail(n(35), family="scheduling_link", lang="en", interview=False, company="Brightmoor",
      days=(("Mon", "2026-11-09"), ("Fri", "2026-11-13")),
      note="GoodTime availability request before the key-13 itinerary: the candidate is asked to "
           "select times between Mon 9 and Fri 13 Nov; nothing booked")
def g35() -> bytes:
    body = t("""
        Hi Mathis,

        Congratulations on moving forward to the final round with Brightmoor!

        To schedule your onsite interviews (about 2.5 hours in our Paris office), please share
        your availability. Select all the times that work for you between Monday, November 9 and
        Friday, November 13:

        Share my availability: https://app.goodtime.io/availability/brightmoor/c4f81e2b-9a37

        Once we've found a time that works for everyone, you'll receive a confirmation with your
        full itinerary.

        Thanks,
        Amelia Chen
        Recruiting Coordinator, Brightmoor

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Mathis,</p>
        <p>Congratulations on moving forward to the final round with Brightmoor!</p>
        <p>To schedule your onsite interviews (about 2.5 hours in our Paris office), please share
        your availability. Select all the times that work for you between <b>Monday, November 9</b>
        and <b>Friday, November 13</b>:</p>
        <p><a href="https://app.goodtime.io/availability/brightmoor/c4f81e2b-9a37"
        style="background:#4b3fe4;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Share my availability</a></p>
        <p>Once we&#39;ve found a time that works for everyone, you&#39;ll receive a confirmation with
        your full itinerary.</p>
        <p>Thanks,<br>Amelia Chen<br>Recruiting Coordinator, Brightmoor</p>
        <p style="font-size:11px;color:#999">Powered by GoodTime</p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mail-208.goodtime.io (mail-208.goodtime.io [198.21.6.208])",
                         "2026-10-27 07:58:12", "America/Los_Angeles", "Sg1Vm4pK8xC")),
        ("From", "Brightmoor Recruiting <no-reply@goodtime.io>"),
        ("Reply-To", "Amelia Chen <amelia.chen@brightmoor.io>"),
        ("To", ME_TO),
        ("Subject", "Brightmoor: please share your availability for final-round interviews"),
        ("Date", date("2026-10-27 07:58:12", "America/Los_Angeles")),
        ("Message-ID", "<availability.c4f81e2b9a37.1793113092@goodtime.io>"),
    ]
    return message(headers, alt(text(body, cte="7bit"), html(page, cte="7bit")))


# ---------------------------------------------------------------- 36: doctor's appointment with ICS, FR


@mail(n(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Medical appointment booking confirmation (fictional platform Santélib) with a "
           "PUBLISH ICS: a confirmed time, not a job interview")
def g36() -> bytes:
    body = t("""
        Bonjour Mathis LACOSTE,

        Votre rendez-vous est confirmé.

        Mardi 13 octobre 2026 à 08:45
        Dr Élise Barthe – Médecin généraliste
        Cabinet médical des Chartrons, 31 cours de Verdun, 33000 Bordeaux

        Motif : Consultation de suivi

        Pensez à apporter votre carte Vitale et votre carte de mutuelle.
        En cas d'empêchement, merci d'annuler au moins 24 h à l'avance depuis votre compte :
        https://www.santelib.fr/compte/rendez-vous

        L'équipe Santélib
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Santelib//Rendez-vous//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:rdv-7719204-santelib
DTSTAMP:20261008T181522Z
DTSTART;TZID=Europe/Paris:20261013T084500
DTEND;TZID=Europe/Paris:20261013T090000
SUMMARY:RDV Dr Élise Barthe - Médecin généraliste
LOCATION:31 cours de Verdun\\, 33000 Bordeaux
DESCRIPTION:Consultation de suivi
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("smtp-out.santelib.fr (smtp-out.santelib.fr [80.247.7.54])",
                         "2026-10-08 20:15:22", PARIS, "Yv7Pt3nQ0dR")),
        ("From", enc("Santélib") + " <ne-pas-repondre@santelib.fr>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("Rendez-vous confirmé avec Dr Élise Barthe le 13/10/2026 à 08:45")),
        ("Date", date("2026-10-08 20:15:22", PARIS)),
        ("Message-ID", "<rdv-7719204.confirm@santelib.fr>"),
    ]
    return message(headers, mixed(text(body),
                                  calendar(ics, method="PUBLISH", cte="quoted-printable",
                                           filename="rendez-vous.ics", disposition="attachment")))


# ---------------------------------------------------------------- 37: flat viewing, Bordeaux, FR


@mail(n(37), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Estate agent confirms a flat viewing 'samedi 17 octobre à 10h30' and asks for the "
           "rental file: fixed time, personal appointment, not an interview")
def g37() -> bytes:
    body = t("""
        Bonjour Monsieur Lacoste,

        Je vous confirme la visite de l'appartement T3 situé rue Camille-Godard (réf. GI-2291)
        samedi 17 octobre à 10h30. Je vous attendrai devant l'immeuble.

        Pour que votre dossier soit étudié rapidement, merci de vous munir des pièces suivantes :
        pièce d'identité, trois derniers bulletins de salaire, dernier avis d'imposition et
        justificatif de domicile. Si vous êtes en période d'essai ou en recherche d'emploi, un
        garant sera demandé.

        Cordialement,

        Karine Lalanne
        Conseillère location - Garonne Immobilier
        05 56 55 90 12
        """)
    headers = [
        ("Received", rcv("smtp.garonne-immobilier.fr (smtp.garonne-immobilier.fr [62.210.16.55])",
                         "2026-10-14 18:03:44", PARIS, "Bd2Km8vS5yT")),
        ("From", "Karine Lalanne <k.lalanne@garonne-immobilier.fr>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("Confirmation visite T3 Camille-Godard - samedi 10h30", "iso-8859-1")),
        ("Date", date("2026-10-14 18:03:44", PARIS)),
        ("Message-ID", "<000a01dc3d4f$7e2b1c90$7a815530$@garonne-immobilier.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


# ---------------------------------------------------------------- 38: car service booking, Mérignac, FR


@mail(n(38), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Garage workshop booking 'jeudi 5 novembre 2026 à 8h00' (HTML only, iso-8859-1): "
           "fixed time, not an interview")
def g38() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <h3 style="color:#c0392b">Atelier Auto Mérignac</h3>
        <p>Bonjour M. Lacoste,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><td>Date</td><td><b>jeudi 5 novembre 2026 à 8h00</b> (dépôt du véhicule)</td></tr>
        <tr><td>Véhicule</td><td>Peugeot 208 - GX-318-KL</td></tr>
        <tr><td>Prestations</td><td>Révision constructeur + remplacement 2 pneus avant</td></tr>
        <tr><td>Restitution prévue</td><td>le jour même, à partir de 17h00</td></tr>
        <tr><td>Montant estimé</td><td>389,00 € TTC</td></tr>
        </table>
        <p>Un véhicule de courtoisie n'est pas prévu pour cette intervention.</p>
        <p>À bientôt,<br>L'équipe Atelier Auto Mérignac<br>05 56 55 73 40</p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mail.atelier-auto-merignac.fr (mail.atelier-auto-merignac.fr [92.243.5.19])",
                         "2026-10-30 11:26:08", PARIS, "Ck4Wn9rL2vJ")),
        ("From", "Atelier Auto Merignac <rdv@atelier-auto-merignac.fr>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("Confirmation de votre rendez-vous atelier du 05/11/2026", "iso-8859-1")),
        ("Date", date("2026-10-30 11:26:08", PARIS)),
        ("Message-ID", "<rdv.20261105.0800.gx318kl@atelier-auto-merignac.fr>"),
    ]
    return message(headers, html(page, charset="iso-8859-15"))


# ---------------------------------------------------------------- 39: parent-teacher meeting ("entretien individuel"), FR


@mail(n(39), family="non_interview_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="School notice: 'entretien individuel' with the child's teacher 'mardi 17 novembre à "
           "17h15' (15 minutes); the French word 'entretien' and a fixed time, but a "
           "parent-teacher meeting, not a job interview")
def g39() -> bytes:
    body = t("""
        Madame, Monsieur,

        Dans le cadre des rencontres parents-enseignants du premier trimestre, votre entretien
        individuel avec Mme Castaing, enseignante de CE2, est fixé au :

            mardi 17 novembre à 17h15 (durée : 15 minutes)
            salle 4, rez-de-chaussée

        Cet entretien portera sur le bilan de début d'année de votre enfant, Louise LACOSTE.
        Si ce créneau ne vous convient pas, merci de le signaler via le cahier de liaison.

        La directrice,
        Mme N. Etchepare

        École élémentaire des Lilas – Bordeaux
        Message envoyé depuis l'espace numérique de travail. Merci de ne pas répondre.
        """)
    headers = [
        ("Received", rcv("ent-mail.ecoles-gironde.example.net (ent-mail.ecoles-gironde.example.net [198.51.100.40])",
                         "2026-11-09 16:40:02", PARIS, "Mw6Jr1tB9cH")),
        ("From", "ENT Ecoles <ne-pas-repondre@ent.ecoles-gironde.example.net>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("Rencontres parents-enseignants – votre rendez-vous")),
        ("Date", date("2026-11-09 16:40:02", PARIS)),
        ("Message-ID", "<ent.msg.55821094@ent.ecoles-gironde.example.net>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body, cte="base64"))


# ---------------------------------------------------------------- 40: team retro at the current job (Exchange), FR


@mail(n(40), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Outlook meeting request from the candidate's current employer (team retrospective, "
           "Romance Standard Time ICS): a confirmed internal meeting, not an interview")
def g40() -> bytes:
    body = t("""
        Hello l'équipe,

        On se bloque l'après-midi pour la rétro du trimestre : ce qui a marché, ce qui a coincé
        sur les refontes clients, et les sujets Design Ops pour 2027. Goûter prévu :)

        Sarah
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hello l’équipe,</p>
        <p>On se bloque l’après-midi pour la rétro du trimestre : ce qui a marché, ce qui a coincé
        sur les refontes clients, et les sujets Design Ops pour 2027. Goûter prévu :)</p>
        <p>Sarah</p></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ73["Romance Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Sarah Benali:mailto:sarah.benali@atelier-cobalt.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipe Design:mailto:design@atelier-cobalt.fr
DESCRIPTION;LANGUAGE=fr-FR:Hello l'équipe\\,\\n\\nOn se bloque l'après-midi pour la rétro du trimestre.\\n\\nSarah\\n
UID:040000008200E00074C5B7101A82E00800000000E1A2B3C4D5E6DD01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=fr-FR:Rétro trimestrielle – équipe design
DTSTART;TZID=Romance Standard Time:20261210T140000
DTEND;TZID=Romance Standard Time:20261210T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261130T091817Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Garonne (3e)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2066.outbound.protection.outlook.com [40.107.13.66])",
                         "2026-11-30 10:18:17", PARIS, "Tq9Fz3xN6wB")),
        ("From", "Sarah Benali <sarah.benali@atelier-cobalt.fr>"),
        ("To", enc("Équipe Design") + " <design@atelier-cobalt.fr>"),
        ("Subject", enc("Rétro trimestrielle – équipe design")),
        ("Thread-Topic", enc("Rétro trimestrielle – équipe design")),
        ("Date", "Mon, 30 Nov 2026 09:18:17 +0000"),
        ("Message-ID", "<PAXP193MB2046E5F4A3B2C1D0E9F8A7B6C5D4E3F2@PAXP193MB2046.EURP193.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


# ---------------------------------------------------------------- 41: webinar registration with ICS, EN


@mail(n(41), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Webinar registration ('Portfolio teardown live: what hiring managers look for', Wed "
           "25 Nov 6:00 PM CET) with an ICS: confirmed time, not the candidate's interview")
def g41() -> bytes:
    body = t("""
        You're registered!

        Portfolio teardown live: what hiring managers look for
        Wednesday, November 25, 2026 - 6:00 PM CET (60 min)

        Three design leads review real portfolios live and explain what makes them shortlist -
        or skip - a candidate before the first interview.

        Join link (unique to you): https://live.frameacademy.io/w/ptl-1125?k=9f2c71

        Add to calendar: the invite is attached.

        See you there,
        Frame Academy

        You received this email because you registered for a Frame Academy event.
        Unsubscribe from event emails: https://frameacademy.io/prefs
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Frame Academy//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ptl-1125-9f2c71@frameacademy.io
DTSTAMP:20261118T171100Z
DTSTART:20261125T170000Z
DTEND:20261125T180000Z
SUMMARY:Portfolio teardown live: what hiring managers look for
URL:https://live.frameacademy.io/w/ptl-1125?k=9f2c71
ORGANIZER;CN=Frame Academy:mailto:events@frameacademy.io
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("mail-out.frameacademy.io (mail-out.frameacademy.io [134.209.96.15])",
                         "2026-11-18 17:11:00", "UTC", "Ej5Rc0mH7pX")),
        ("From", "Frame Academy <events@frameacademy.io>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", "You're registered: Portfolio teardown live (Nov 25)"),
        ("Date", date("2026-11-18 17:11:00", "UTC")),
        ("Message-ID", "<reg.ptl-1125.9f2c71@frameacademy.io>"),
        ("List-Unsubscribe", "<https://frameacademy.io/prefs>"),
    ]
    return message(headers, mixed(text(body, cte="7bit"),
                                  calendar(ics, method="PUBLISH", filename="webinar.ics",
                                           disposition="attachment")))


# ---------------------------------------------------------------- 42: meetup registration, Bordeaux, FR


@mail(n(42), family="meetup", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Meetup registration 'jeudi 8 octobre 2026, 19h00' on hiring designers, with a live "
           "mock interview on stage: fixed time, not the candidate's interview")
def g42() -> bytes:
    body = t("""
        Bonjour Mathis,

        Votre inscription est confirmée ! 🎉

        Meetup UX Bordeaux #37
        « Recruter des designers en 2026 : le point de vue des hiring managers »
        jeudi 8 octobre 2026, 19h00 – 21h30
        L'Entrepôt Bastide, quai de Queyries, Bordeaux

        Au programme :
          19h00  Accueil
          19h30  Table ronde avec trois responsables design bordelais
          20h15  Simulation d'entretien en live (un volontaire du public, on vous prévient !)
          21h00  Apéro

        Vous ne pouvez plus venir ? Libérez votre place pour la liste d'attente :
        https://meetup-ux-bordeaux.fr/evenements/37/desinscription

        À jeudi,
        L'équipe des bénévoles du Meetup UX Bordeaux
        """)
    headers = [
        ("Received", rcv("mail.meetup-ux-bordeaux.fr (mail.meetup-ux-bordeaux.fr [51.15.204.7])",
                         "2026-10-01 12:10:33", PARIS, "Pn3Gw8dT5kM")),
        ("From", "Meetup UX Bordeaux <bonjour@meetup-ux-bordeaux.fr>"),
        ("To", "mathis.lacoste@example.org"),
        ("Subject", enc("Inscription confirmée : Meetup UX Bordeaux #37 – jeudi 8 octobre")),
        ("Date", date("2026-10-01 12:10:33", PARIS)),
        ("Message-ID", "<evt37.reg.0192@meetup-ux-bordeaux.fr>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 43: podcast recording ("interview"), FR, tutoiement


@mail(n(43), family="podcast", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Podcast host confirms the recording of an 'interview' with the candidate, 'mercredi "
           "2 décembre à 18h': fixed time, but a podcast, not a job interview")
def g43() -> bytes:
    body = t("""
        Salut Mathis,

        Super, c'est calé ! Je te confirme l'enregistrement de ton interview pour l'épisode
        « Faire du design produit depuis Bordeaux » : mercredi 2 décembre à 18h, au studio
        (cours de l'Argonne, sonne à « Pixels & Pinard »). Compte 1h30 avec l'installation.

        Je t'envoie la trame des questions d'ici la fin de semaine. Pas besoin de préparer quoi
        que ce soit, on reste sur un ton de discussion.

        À mercredi,
        Julie

        --
        Julie Marty – Pixels & Pinard, le podcast du numérique bordelais
        """)
    headers = [
        ("Received", rcv("mail-ot1-f44.google.com (mail-ot1-f44.google.com [209.85.210.44])",
                         "2026-11-24 21:47:19", PARIS, "Vt6Mb1xQ9sL")),
        ("From", "Julie Marty <julie@pixelsetpinard.fr>"),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", "Re: Enregistrement Pixels & Pinard"),
        ("Date", date("2026-11-24 21:47:19", PARIS)),
        ("Message-ID", "<CAM4kW9xR2vN7qT0bZ5sY8dL1eF3gH6jP4uB@mail.gmail.com>"),
        ("In-Reply-To", "<D7E2F9A1-5C3B-4E08-A6D4-91B0C2E7F853@example.org>"),
    ]
    return message(headers, text(body, cte="8bit"))


# ---------------------------------------------------------------- 44: mock interview with a career coach (Zoom), FR


@mail(n(44), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Career coach confirms a 'simulation d'entretien' Wed 18 Nov 10h-11h with a Zoom "
           "block: fixed time, a practice session, not a job interview")
def g44() -> bytes:
    body = t("""
        Bonjour Mathis,

        Je vous confirme notre séance de simulation d'entretien mercredi 18 novembre de 10h à 11h,
        en visio. Nous jouerons un entretien final de Product Designer (mise en situation avec un
        « jury » de deux personnes), puis nous prendrons vingt minutes de débrief.

        Pensez à avoir votre portfolio ouvert et partageable à l'écran.

        Belle journée,
        Hélène Garat
        Coach carrière – Atelier Rebond
        Séance prise en charge dans le cadre de votre accompagnement

        ---
        Hélène Garat vous invite à une réunion Zoom planifiée.

        Sujet : Simulation d'entretien – M. Lacoste
        Heure : 18 nov. 2026 10:00 AM Paris

        Participer à la réunion Zoom
        https://us06web.zoom.us/j/81526390417?pwd=QmV0ZXJhUkZ0aXJ3Z2d0cA

        ID de réunion: 815 2639 0417
        Code secret: 204816
        """)
    headers = [
        ("Received", rcv("smtp.atelier-rebond.fr (smtp.atelier-rebond.fr [91.134.66.210])",
                         "2026-11-16 14:22:50", PARIS, "Ry2Hc7nW4tD")),
        ("From", addr("Hélène Garat", "helene.garat@atelier-rebond.fr")),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", enc("Confirmation : simulation d'entretien mercredi 18/11 à 10h")),
        ("Date", date("2026-11-16 14:22:50", PARIS)),
        ("Message-ID", "<0c7f2e9a-41b6-4d3a-b85e-a29d1f0c6e47@atelier-rebond.fr>"),
    ]
    return message(headers, text(body, cte="quoted-printable"))


# ---------------------------------------------------------------- 45: interviewer training at the current employer (Exchange, GMT), EN


@mail(n(45), family="interviewer_training", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Group L&D invites the candidate, as a current employee, to interviewer training "
           "(Exchange request, GMT Standard Time ICS, Tue 1 Dec 10:00-11:30): about interviews, "
           "with a fixed time, but not his job interview")
def g45() -> bytes:
    body = t("""
        When: Tuesday, 1 December 2026 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi all,

        As we ramp up design hiring across the group in Q1, everyone who will sit on an interview
        panel needs to complete this session on structured interviewing: writing a scorecard,
        avoiding bias, and running a portfolio review that is fair to every candidate.

        Please accept to confirm your seat. Bordeaux colleagues: that's 11:00 your time.

        Thanks,
        Megan Fairhurst
        Learning & Development, Cobalt Group

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE2ZTA4ZDEtNGM3Mi00N2E1LTg5YjQtMDFmNmQ3NWE5ZWQz%40thread.v2/0>
        Meeting ID: 341 906 275 118
        Passcode: Xm4q9R
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Megan Fairhurst:mailto:megan.fairhurst@cobalt-group.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathis Lacoste:mailto:mathis.lacoste@atelier-cobalt.fr
DESCRIPTION;LANGUAGE=en-GB:Structured interviewing for design panels.\\n
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DD010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=en-GB:Interviewer training: structured interviews for design hiring
DTSTART;TZID=GMT Standard Time:20261201T100000
DTEND;TZID=GMT Standard Time:20261201T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T113402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    headers = [
        ("Received", rcv("EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2059.outbound.protection.outlook.com [40.107.8.59])",
                         "2026-11-19 11:34:02", LONDON, "Kx8Dm3rF1cV")),
        ("From", "Megan Fairhurst <megan.fairhurst@cobalt-group.co.uk>"),
        ("To", "Design Panel Interviewers <design-interviewers@cobalt-group.co.uk>"),
        ("Subject", "Interviewer training: structured interviews for design hiring"),
        ("Thread-Topic", "Interviewer training: structured interviews for design hiring"),
        ("Date", "Thu, 19 Nov 2026 11:34:02 +0000"),
        ("Message-ID", "<LO2P265MB4417A9B8C7D6E5F4A3B2C1D0E9F8A7B6@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(text(body, cte="7bit"), calendar(ics, method="REQUEST", cte="base64")))


# ---------------------------------------------------------------- 46: out-of-office auto-reply (company of key 5), FR


@mail(n(46), family="auto_reply", lang="fr", interview=False, company="Océanide",
      days=(("Mon", "2026-10-19"),),
      note="Exchange out-of-office reply (Auto-Submitted: auto-replied) to the candidate's "
           "thank-you note after the key-5 interview; a return date, nothing scheduled")
def g46() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 19 octobre inclus, avec un accès limité à mes
        e-mails. Je vous répondrai dès mon retour.

        Pour toute question urgente concernant un recrutement en cours, vous pouvez écrire à
        l'équipe : recrutement@oceanide.fr

        Bien cordialement,
        Gaëlle Le Bihan
        Océanide – Talent Acquisition
        """)
    headers = [
        ("Received", rcv("EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2102.outbound.protection.outlook.com [40.107.247.102])",
                         "2026-10-13 08:05:41", PARIS, "Zc0Tv5mK2hP")),
        ("From", addr("Gaëlle Le Bihan", "gaelle.lebihan@oceanide.fr")),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", enc("Réponse automatique : Merci pour l'entretien d'hier")),
        ("Thread-Topic", enc("Merci pour l'entretien d'hier")),
        ("Date", "Tue, 13 Oct 2026 06:05:41 +0000"),
        ("Message-ID", "<AS8P190MB1172D1E0F9A8B7C6D5E4F3A2B1C0D9E8@AS8P190MB1172.EURP190.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<7C1A0E3F-2B94-4D6E-8F51-A3C9D0B7E214@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "gaelle.lebihan@oceanide.fr"),
        ("Content-Language", "fr-FR"),
    ]
    return message(headers, text(body, cte="base64"))


def returned_part(msg: bytes):
    """The returned message as a message/rfc822 part with a description, as Postfix writes it."""
    part = attached_message(msg)
    part.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return part


# ---------------------------------------------------------------- 47: bounce of the candidate's own confirmation (typo in address), EN/FR


@mail(n(47), family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-26"),),
      note="Postfix delivery-status notification: the candidate's own reply ('je vous confirme "
           "ma présence lundi 26 octobre à 9h30') to a mistyped address bounced; the returned "
           "message holds a time, but the mail is a bounce, not a confirmation from the company")
def g47() -> bytes:
    explain = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <camile.roux@maison-verlaine.fr>: host
            maison-verlaine-fr.mail.protection.outlook.com[52.101.68.9] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient camile.roux@maison-verlaine.fr not
            found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Hb9Lq2XkTz
        X-Postfix-Sender: rfc822; mathis.lacoste@example.org
        Arrival-Date: Thu, 22 Oct 2026 09:14:02 +0200 (CEST)

        Final-Recipient: rfc822; camile.roux@maison-verlaine.fr
        Original-Recipient: rfc822;camile.roux@maison-verlaine.fr
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; maison-verlaine-fr.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            camile.roux@maison-verlaine.fr not found by SMTP address lookup
        """)
    original_body = t("""
        Bonjour Camille,

        Merci pour l'invitation. Je vous confirme ma présence lundi 26 octobre à 9h30 pour
        l'entretien avec Léo Marchand.

        Bien à vous,
        Mathis Lacoste
        """)
    original = message([
        ("From", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("To", "Camille Roux <camile.roux@maison-verlaine.fr>"),
        ("Subject", enc("Re: Entretien Product Designer – Mathis Lacoste")),
        ("Date", date("2026-10-22 09:13:58", PARIS)),
        ("Message-ID", "<E3B7C1A9-0D52-4F86-9A2E-6C4F8B1D7E05@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(original_body, cte="8bit", params="format=flowed"))
    report = multipart(
        "report",
        text(explain, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        returned_part(original),
        params="report-type=delivery-status")
    headers = [
        ("Return-Path", "<>"),
        ("Received", "by mx1.example.org (Postfix)\r\n id 5Kc0Mr3YlUa; Thu, 22 Oct 2026 07:14:05 +0000 (UTC)"),
        ("Date", "Thu, 22 Oct 2026 09:14:05 +0200 (CEST)"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", "mathis.lacoste@example.org"),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<20261022071405.5Kc0Mr3YlUa@mx1.example.org>"),
    ]
    return message(headers, report)



# ---------------------------------------------------------------- 48: mailing-list post about someone else's interviews, FR


@mail(n(48), family="mailing_list", lang="fr", interview=False, company=None,
      note="Post on a local designers' mailing list (List-Id, Sympa footer) where another member "
           "recounts past interviews and mentions 'mardi 10h' for his next one: not the inbox "
           "owner's interview")
def g48() -> bytes:
    body = t("""
        Salut la liste,

        Petit retour d'expérience comme promis au dernier apéro : trois entretiens en deux
        semaines, pour des postes de product designer senior.

        1. Une scale-up parisienne : entretien final jeudi dernier à 14h30, trois sessions
           d'affilée (portfolio, exercice, "culture fit"). Éprouvant mais très bien organisé,
           avec un planning envoyé une semaine avant.
        2. Une agence nantaise : un seul entretien d'une heure, très humain, réponse en 48h.
        3. Une boîte de Montréal en full remote : je les vois mardi à 10h (heure de chez eux,
           donc 16h pour nous), je vous raconterai.

        Mon conseil : demandez toujours à l'avance qui sera dans la pièce et combien de temps
        dure chaque partie. Ça change tout pour préparer.

        Romain

        _______________________________________________
        designers-bx -- Liste des designers de Bordeaux
        Pour vous désabonner : https://listes.designers-bx.org/sympa/signoff/designers-bx
        """)
    headers = [
        ("Received", rcv("listes.designers-bx.org (listes.designers-bx.org [37.187.11.203])",
                         "2026-11-15 19:32:11", PARIS, "Wg4Nr8bX0qC")),
        ("From", "Romain Espagnet <romain@espagnet-design.fr>"),
        ("To", "designers-bx@listes.designers-bx.org"),
        ("Subject", enc("[designers-bx] Retour d'expérience : 3 entretiens en 2 semaines")),
        ("Date", date("2026-11-15 19:32:07", PARIS)),
        ("Message-ID", "<9f14c2e7-3a8b-4d05-b6e1-0c7d2f5a8e93@espagnet-design.fr>"),
        ("List-Id", "Liste des designers de Bordeaux <designers-bx.listes.designers-bx.org>"),
        ("List-Unsubscribe", "<https://listes.designers-bx.org/sympa/signoff/designers-bx>"),
        ("List-Post", "<mailto:designers-bx@listes.designers-bx.org>"),
        ("List-Archive", "<https://listes.designers-bx.org/sympa/arc/designers-bx>"),
        ("Precedence", "list"),
        ("Sender", "designers-bx-request@listes.designers-bx.org"),
        ("X-Loop", "designers-bx@listes.designers-bx.org"),
    ]
    return message(headers, text(body, cte="8bit"))


# ---------------------------------------------------------------- 49: post-interview reply (thread of key 1), EN


@mail(n(49), family="post_interview", lang="en", interview=False, company="Halyard Analytics",
      days=(("Fri", "2026-09-25"),),
      note="Recruiter's reply to the candidate's thank-you after the key-1 interview: 'we'll "
           "come back to you by Friday 25 September', a deadline, no interview fixed")
def g49() -> bytes:
    body = t("""
        Hi Mathis,

        Thanks so much for your note, and for your time yesterday - Arnaud and I really enjoyed
        the portfolio review, especially the onboarding redesign.

        We're meeting the last few candidates this week and will come back to you by Friday
        25 September at the latest with next steps.

        Best,
        Chloé

        On Wed, Sep 16, 2026 at 6:02 PM Mathis Lacoste <mathis.lacoste@example.org> wrote:
        > Hi Chloé,
        >
        > Thank you for today's conversation, it was great to learn more about the team and
        > the roadmap for the analytics builder.
        >
        > Best regards,
        > Mathis
        """)
    headers = [
        ("Received", rcv("mail-qk1-f178.google.com (mail-qk1-f178.google.com [209.85.222.178])",
                         "2026-09-17 10:26:48", PARIS, "Bt7Qc2wN9mF")),
        ("From", addr("Chloé Marchetti", "chloe.marchetti@halyard-analytics.com")),
        ("To", "Mathis Lacoste <mathis.lacoste@example.org>"),
        ("Subject", "Re: Thank you - Portfolio Review"),
        ("Date", date("2026-09-17 10:26:48", PARIS)),
        ("Message-ID", "<CAF9rT3xW1vQ7nB2mZ0kY5sL8dE4gH6jP2uA@mail.gmail.com>"),
        ("In-Reply-To", "<B2D4F6A8-1C3E-4A5B-9D7F-0E2C4A6B8D1F@example.org>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 50: Greenhouse candidate survey (company of key 1), FR


@mail(n(50), family="candidate_survey", lang="fr", interview=False, company="Halyard Analytics",
      days=(("Wed", "2026-09-16"),),
      note="Greenhouse candidate-experience survey about the past interview of Wed 16 Sep; no "
           "time fixed")
def g50() -> bytes:
    body = t("""
        Bonjour Mathis,

        Merci d'avoir participé à notre processus de recrutement pour le poste de Senior Product
        Designer. Votre entretien du mercredi 16 septembre s'est-il bien passé ?

        Votre avis nous aide à améliorer l'expérience de nos candidats. Le questionnaire est
        anonyme et prend moins de deux minutes :
        https://app.greenhouse.io/survey/candidate/7b2f91e0c4

        Vos réponses n'ont aucune incidence sur la suite de votre candidature.

        Merci,
        L'équipe Recrutement de Halyard Analytics
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Mathis,</p>
        <p>Merci d'avoir participé à notre processus de recrutement pour le poste de Senior Product
        Designer. Votre entretien du mercredi 16 septembre s'est-il bien passé&nbsp;?</p>
        <p>Votre avis nous aide à améliorer l'expérience de nos candidats. Le questionnaire est
        anonyme et prend moins de deux minutes&nbsp;:</p>
        <p><a href="https://app.greenhouse.io/survey/candidate/7b2f91e0c4"
        style="background:#24a47f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Répondre au questionnaire</a></p>
        <p>Vos réponses n'ont aucune incidence sur la suite de votre candidature.</p>
        <p>Merci,<br>L'équipe Recrutement de Halyard Analytics</p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("o4.ptr3381.greenhouse-mail.io (o4.ptr3381.greenhouse-mail.io [149.72.118.4])",
                         "2026-09-21 14:00:12", "UTC", "Dm9Kw4tR1xS")),
        ("From", "Halyard Analytics <no-reply@us.greenhouse-mail.io>"),
        ("To", ME_TO),
        ("Subject", enc("Comment s'est passé votre entretien avec Halyard Analytics ?")),
        ("Date", date("2026-09-21 14:00:12", "UTC")),
        ("Message-ID", "<Nf8pQz1rT4uVw7xY0aBcDe@geopod-ismtpd-11>"),
    ]
    return message(headers, alt(text(body), html(page)))
