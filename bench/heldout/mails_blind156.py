"""blind156: 50 hand-written mails from the inbox of Mathilde Garnier, a pharmaceutical quality
engineer in Tours (Europe/Paris), September to mid-December 2026.

Written blind (without reading the detector, its tests, or the other held-out mails). Keys 1-23 are
positives, 24-50 negatives; file numbers are a fixed shuffle of the writing order (ORDER below).
Build and check: ``python3 bench/heldout/make_blind.py blind156``.
"""

from __future__ import annotations

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

ORDER = random.Random(1560156).sample(range(1, 51), 50)
ME = "mathilde.garnier@example.org"
ME_NAME = "Mathilde Garnier"
TO = addr(ME_NAME, ME)
PARIS = "Europe/Paris"


def N(key: int) -> str:
    return f"blind156_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host})", when, zone, f"mx.example.org with ESMTPS id {ident}",
                                 ME, lag))


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


# =========================================================================== positives


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Lumenvia Biologics",
      start=utc("2026-11-03 11:00", "America/New_York"), end=utc("2026-11-03 11:45", "America/New_York"),
      contact="dana.whitcombe@lumenviabio.com", local="Tue 2026-11-03 11:00", local_end="2026-11-03 11:45",
      zone="America/New_York",
      note="Greenhouse confirmation sent Thu 29 Oct in EDT; the interview (Tue 3 Nov, 11:00-11:45 AM Eastern) "
           "falls after US clocks go back on 1 Nov, so EST (UTC-5) -> 16:00Z; ICS TZID America/New_York agrees. "
           "Contact = human Reply-To recruiter.")
def p01() -> bytes:
    body = t("""
        Hi Mathilde,

        Thanks for making time to speak with us about the Senior QA Validation Engineer (Remote, EU) role.
        Your interview is confirmed:

        Interview: Hiring Manager Interview
        Date: Tuesday, November 3, 2026
        Time: 11:00 AM - 11:45 AM EST (Eastern Time - US & Canada)
        Location: Zoom - https://lumenviabio.zoom.us/j/84120977311

        Interviewer(s):
          Graham Oyelaran - Director, Quality Assurance

        Please note that daylight saving time ends in the US on November 1, so this is 5:00 PM in Paris.

        If you need to reschedule, just reply to this email.

        Best,
        Dana Whitcombe
        Talent Acquisition, Lumenvia Biologics

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Mathilde,</p>
        <p>Thanks for making time to speak with us about the <b>Senior QA Validation Engineer (Remote, EU)</b> role.
        Your interview is confirmed:</p>
        <table cellpadding="4">
        <tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time</b></td><td>11:00 AM - 11:45 AM EST (Eastern Time - US &amp; Canada)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://lumenviabio.zoom.us/j/84120977311">Zoom</a></td></tr>
        </table>
        <p>Interviewer(s):<br>Graham Oyelaran &ndash; Director, Quality Assurance</p>
        <p>Please note that daylight saving time ends in the US on November 1, so this is 5:00 PM in Paris.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Dana Whitcombe<br>Talent Acquisition, Lumenvia Biologics</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = VTZ["America/New_York"]
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{ics}
BEGIN:VEVENT
UID:gh-int-5530918-mgarnier@greenhouse.io
DTSTAMP:20261029T141200Z
DTSTART;TZID=America/New_York:20261103T110000
DTEND;TZID=America/New_York:20261103T114500
SUMMARY:Interview: Mathilde Garnier <> Lumenvia Biologics (Hiring Manager)
LOCATION:https://lumenviabio.zoom.us/j/84120977311
ORGANIZER;CN=Dana Whitcombe:mailto:dana.whitcombe@lumenviabio.com
ATTENDEE;CN=Mathilde Garnier;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("o12.us.greenhouse-mail.io", "2026-10-29 10:12:04", "America/New_York", "gH7qPz01"),
        ("From", addr("Lumenvia Biologics", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitcombe", "dana.whitcombe@lumenviabio.com")),
        ("To", TO),
        ("Subject", "Interview Confirmation: Senior QA Validation Engineer (Remote, EU) - Lumenvia Biologics"),
        ("Date", date("2026-10-29 10:12:04", "America/New_York")),
        ("Message-ID", "<5f2c1a09.gh.8812@us.greenhouse-mail.io>"),
    ], mixed(alt(text(body), html(page)), calendar(cal, filename="invite.ics", disposition="attachment",
                                                   name_param=True)))


@mail(N(2), family="lever", lang="en", interview=True, kind="scheduled", company="Tui Biotech",
      start=utc("2026-12-02 09:00", "Pacific/Auckland"), end=utc("2026-12-02 09:45", "Pacific/Auckland"),
      contact="hannah.ruatapu@tuibiotech.co.nz", local="Wed 2026-12-02 09:00", local_end="2026-12-02 09:45",
      zone="Pacific/Auckland",
      note="Lever confirmation: Wed 2 Dec 9:00-9:45am NZDT (UTC+13) is Tue 1 Dec 20:00Z, the previous day in UTC "
           "(the mail also gives Tue 9:00pm CET). Contact = Reply-To recruiter.")
def p02() -> bytes:
    body = t("""
        Kia ora Mathilde,

        Great news - your video interview for Quality Systems Lead (remote, EMEA hours flexible) is booked in.

        When: Wednesday 2 December 2026, 9:00am - 9:45am NZDT (Auckland)
              That's Tuesday 1 December, 9:00pm - 9:45pm in Tours (CET).
        Where: Google Meet - meet.google.com/xwr-kbna-tpe
        With: Hemi Walker (Head of Quality) and me

        We know evening calls aren't ideal on your side, so thanks for being flexible.

        Nga mihi,
        Hannah Ruatapu
        People & Culture | Tui Biotech
        Auckland, New Zealand
        """)
    return message([
        rcv("mail-out.hire.lever.co", "2026-11-26 14:31:40", "Pacific/Auckland", "Lv88w2aQ"),
        ("From", addr("Hannah Ruatapu", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Hannah Ruatapu", "hannah.ruatapu@tuibiotech.co.nz")),
        ("To", TO),
        ("Subject", "Interview confirmed - Quality Systems Lead, Tui Biotech"),
        ("Date", date("2026-11-26 14:31:40", "Pacific/Auckland")),
        ("Message-ID", "<20261126013140.4b1e7@hire.lever.co>"),
        ("X-Mailer", "Lever"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(3), family="workday", lang="fr", interview=True, kind="scheduled", company="Laboratoires Cerveline",
      start=utc("2026-09-24 09:30", PARIS), end=utc("2026-09-24 10:30", PARIS),
      contact="claire.dumontet@cerveline.fr", local="Thu 2026-09-24 09:30", local_end="2026-09-24 10:30",
      zone=PARIS,
      note="Workday HTML-only mail in French: jeudi 24 septembre 2026, 09:30 - 10:30 (heure de Paris, CEST) "
           "-> 07:30Z-08:30Z. From is a Workday no-reply; contact = recruiter address in the body.")
def p03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;color:#333">
        <div style="max-width:600px;margin:auto">
        <img src="https://cerveline.wd3.myworkdaysite.com/logo.png" alt="Laboratoires Cerveline" height="40">
        <h2 style="color:#005a8c">Confirmation de votre entretien</h2>
        <p>Bonjour Mathilde,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Ingénieur Assurance Qualité Opérationnelle H/F (R-004187)</b> sur notre site de Tours - Saint-Pierre-des-Corps.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px 4px 0">Date</td><td><b>jeudi 24 septembre 2026</b></td></tr>
        <tr><td style="padding:4px 12px 4px 0">Horaire</td><td><b>09:30 - 10:30</b> (heure de Paris)</td></tr>
        <tr><td style="padding:4px 12px 4px 0">Lieu</td><td>12 rue des Ateliers, 37700 Saint-Pierre-des-Corps - accueil bâtiment B</td></tr>
        <tr><td style="padding:4px 12px 4px 0">Interlocuteurs</td><td>Claire Dumontet (RH) et Bruno Lachaume (Responsable AQ)</td></tr>
        </table>
        <p>Merci de vous munir d'une pièce d'identité : un badge visiteur vous sera remis.</p>
        <p>Pour toute question, vous pouvez écrire à Claire Dumontet : <a href="mailto:claire.dumontet@cerveline.fr">claire.dumontet@cerveline.fr</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement - Laboratoires Cerveline</p>
        <hr><p style="font-size:11px;color:#888">Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre.</p>
        </div></body></html>
        """)
    return message([
        rcv("smtp-out3.myworkday.com", "2026-09-17 16:48:22", PARIS, "WdA19c3x"),
        ("From", addr("Laboratoires Cerveline", "cerveline@myworkday.com")),
        ("To", TO),
        ("Subject", enc("Confirmation de votre entretien - Ingénieur Assurance Qualité Opérationnelle H/F")),
        ("Date", date("2026-09-17 16:48:22", PARIS)),
        ("Message-ID", "<1718224.88123.1789656502@wd3-prod-mail>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page))


@mail(N(4), family="google_calendar_allday", lang="fr", interview=True, kind="scheduled", company="Pharmaloire",
      start=utc("2026-10-06 14:30", PARIS), contact="f.brossard@pharmaloire.fr", local="Tue 2026-10-06 14:30",
      zone=PARIS,
      note="Hiring manager's short reply (iso-8859-1, 8bit): 'mardi prochain, 14 h 30' resolved against the Date "
           "(Wed 30 Sep) -> Tue 6 Oct, CEST -> 12:30Z. The attached Google Calendar event is all-day (VALUE=DATE "
           "20261006), the time is only in the text. No length -> end null. Contact = human sender.")
def p04() -> bytes:
    body = t("""
        Bonjour Madame Garnier,

        Merci pour votre retour rapide. C'est noté pour mardi prochain, 14 h 30, dans nos locaux de
        Saint-Avertin (ZA des Granges, bâtiment Loire, 1er étage). Demandez-moi à l'accueil.

        Je vous ai mis un rappel dans l'agenda, l'invitation est sur la journée, ne vous fiez qu'à l'heure
        ci-dessus.

        Nous serons deux : moi-même et Mme Ribot, pharmacien responsable intérimaire.

        Bien cordialement,

        François Brossard
        Responsable Qualité - Pharmaloire
        02 47 00 00 00

        > Le 29/09/2026 à 18:02, Mathilde Garnier a écrit :
        > Bonjour Monsieur Brossard,
        > Mardi 6 après-midi me convient très bien, à partir de 14 h.
        > Bien à vous,
        > Mathilde Garnier
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261006
DTEND;VALUE=DATE:20261007
DTSTAMP:20260930T071544Z
ORGANIZER;CN=François Brossard:mailto:f.brossard@pharmaloire.fr
UID:3k9vq1b7m2s0c4l8d6e5ntr0ap@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Garnier;X-NUM-GUESTS=0:mailto:{ME}
CREATED:20260930T071542Z
DESCRIPTION:Entretien Mme Garnier - poste Ingénieur AQ
LOCATION:Pharmaloire\\, ZA des Granges\\, Saint-Avertin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien M. Garnier
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("smtp.pharmaloire.fr", "2026-09-30 09:15:44", PARIS, "pl0930aa"),
        ("From", addr("François Brossard", "f.brossard@pharmaloire.fr", "iso-8859-1")),
        ("To", TO),
        ("Subject", enc("RE: Candidature Ingénieur AQ - entretien", "iso-8859-1")),
        ("Date", date("2026-09-30 09:15:44", PARIS)),
        ("Message-ID", "<000601dc3112$4fa1b2c0$eee51840$@pharmaloire.fr>"),
        ("In-Reply-To", "<CAF3mg+pQ2Lm0o1@mail.gmail.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], mixed(text(body, charset="iso-8859-1", cte="8bit"),
             calendar(cal, filename="invite.ics", disposition="attachment", cte="8bit")))


@mail(N(5), family="exchange_teams", lang="fr", interview=True, kind="scheduled", company="Biosyne Santé",
      start=utc("2026-10-22 10:00", PARIS), end=utc("2026-10-22 11:00", PARIS),
      contact="armelle.konate@biosyne-sante.fr", local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00",
      zone=PARIS,
      note="Exchange meeting request, TZID 'Romance Standard Time' (Europe/Paris): jeudi 22 octobre 10:00-11:00, "
           "still CEST -> 08:00Z-09:00Z, although the body's zone label shows (UTC+01:00). Contact = organizer.")
def p05() -> bytes:
    body = t("""
        Quand : jeudi 22 octobre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Mathilde,

        Suite à notre échange téléphonique, je vous confirme votre entretien avec Stéphane Mercadier,
        Directeur des Opérations Pharmaceutiques, et moi-même pour le poste d'Ingénieur Validation
        (site de Paris 13e, 2 jours de télétravail).

        Bien cordialement,
        Armelle Konaté
        Chargée de recrutement - Biosyne Santé

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1>
        ID de la réunion : 347 118 902 551
        Code secret : Lx7Ba2
        ________________________________________________________________________________
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Armelle Konaté:mailto:armelle.konate@biosyne-sante.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Garnier:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stéphane Mercadier:mailto:s.mercadier@biosyne-sante.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien Ingénieur Validation - Mathilde Garnier
UID:040000008200E00074C5B7101A82E00800000000F0A11B5C3A5EDC01000000000000000010000000AE81
SUMMARY;LANGUAGE=fr-FR:Entretien - Ingénieur Validation (M. Garnier)
DTSTART;TZID=Romance Standard Time:20261022T100000
DTEND;TZID=Romance Standard Time:20261022T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T091833Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
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
END:VCALENDAR"""
    return message([
        rcv("PAXPR10MB5410.eurprd10.prod.outlook.com", "2026-10-16 11:18:33", PARIS, "Ex16bq77"),
        ("From", addr("Armelle Konaté", "armelle.konate@biosyne-sante.fr")),
        ("To", TO),
        ("Subject", enc("Entretien - Ingénieur Validation (M. Garnier)")),
        ("Date", date("2026-10-16 11:18:33", PARIS)),
        ("Message-ID", "<PAXPR10MB54107D1E2A0C9E1F44B2A1C4E3A92@PAXPR10MB5410.eurprd10.prod.outlook.com>"),
        ("Thread-Topic", "Entretien - =?utf-8?q?Ing=C3=A9nieur?= Validation (M. Garnier)"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), calendar(cal, cte="base64")))


@mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled", company="Askerby Pharma",
      start=utc("2026-10-26 09:00", "Europe/Copenhagen"), end=utc("2026-10-26 09:30", "Europe/Copenhagen"),
      contact="mette.holm@askerby.dk", local="Mon 2026-10-26 09:00", local_end="2026-10-26 09:30",
      zone="Europe/Copenhagen",
      note="Calendly invitee confirmation sent Fri 23 Oct (CEST); the event is Mon 26 Oct 09:00-09:30 Central "
           "European Time, the day after Europe leaves summer time -> UTC+1 -> 08:00Z. Contact = host (Reply-To).")
def p06() -> bytes:
    body = t("""
        Hi Mathilde Garnier,

        A new event has been scheduled.

        Event Type:
        Screening call - QA Specialist, Sterile Manufacturing

        Invitee:
        Mathilde Garnier

        Invitee Email:
        mathilde.garnier@example.org

        Event Date/Time:
        09:00 - 09:30 (Central European Time), Monday, 26 October 2026

        Location:
        Microsoft Teams (a link will follow from the host)

        Host:
        Mette Holm, Talent Partner, Askerby Pharma A/S

        Questions:
        Notice period? 3 months (negotiable)

        Cancel or reschedule: https://calendly.com/cancellations/0b7e94d2-12aa-4c8e-9f31-d3c5aa10f2b7

        Sent from Calendly
        """)
    return message([
        rcv("o3.email.calendly.com", "2026-10-23 15:02:10", PARIS, "Cy2310f0"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Mette Holm", "mette.holm@askerby.dk")),
        ("To", TO),
        ("Subject", "Confirmed: Screening call - QA Specialist, Sterile Manufacturing with Mette Holm on "
                    "Monday, 26 October 2026"),
        ("Date", date("2026-10-23 15:02:10", PARIS)),
        ("Message-ID", "<0100018e.calendly.9a3b12f4@email.calendly.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(7), family="ics_only_time", lang="fr", interview=True, kind="scheduled", company="Vectrys Pharma",
      start=utc("2026-11-12 11:00", PARIS), end=utc("2026-11-12 12:00", PARIS),
      contact="o.lefranc@vectrys-pharma.com", local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00",
      zone=PARIS,
      note="Recruiter prose says only 'notre entretien de jeudi à Orléans' (sent Mon 9 Nov); the time is only in "
           "the attached ICS: DTSTART;TZID=Europe/Paris 20261112T110000 / DTEND 120000 -> 10:00Z-11:00Z (CET). "
           "Contact = human sender / organizer.")
def p07() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Comme convenu au téléphone tout à l'heure, je vous envoie l'invitation pour notre entretien de jeudi
        sur le site d'Orléans (parc technologique de La Source). Vous trouverez le plan d'accès en
        pièce jointe de l'invitation ; le parking visiteurs est à droite après la barrière.

        À jeudi donc !

        Olivier Lefranc
        Talent Acquisition Manager
        Vectrys Pharma - Orléans
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 15.1//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
CREATED:20261109T132500Z
UID:6D1C54B2-8A0F-4F7E-9E11-0B3C2D7AC112
DTSTART;TZID=Europe/Paris:20261112T110000
DTEND;TZID=Europe/Paris:20261112T120000
DTSTAMP:20261109T132512Z
SUMMARY:Entretien Vectrys / Mathilde Garnier
LOCATION:Vectrys Pharma\\, 5 avenue du Parc Floral\\, 45100 Orléans
ORGANIZER;CN="Olivier Lefranc":mailto:o.lefranc@vectrys-pharma.com
ATTENDEE;CN="Mathilde Garnier";PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("smtp.vectrys-pharma.com", "2026-11-09 14:25:19", PARIS, "Vx1109ab"),
        ("From", addr("Olivier Lefranc", "o.lefranc@vectrys-pharma.com")),
        ("To", TO),
        ("Subject", enc("Invitation : Entretien Vectrys / Mathilde Garnier")),
        ("Date", date("2026-11-09 14:25:19", PARIS)),
        ("Message-ID", "<A81E23C4-5F0B-4D12-8E5C-3B7D2F1A0C88@vectrys-pharma.com>"),
        ("X-Mailer", "Apple Mail (2.3826)"),
    ], mixed(text(body, cte="quoted-printable"),
             calendar(cal, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(8), family="personio", lang="fr-CH", interview=True, kind="scheduled", company="Helvapharm SA",
      start=utc("2026-11-18 14:00", "Europe/Zurich"), end=utc("2026-11-18 14:45", "Europe/Zurich"),
      contact="sandrine.favre@helvapharm.ch", local="Wed 2026-11-18 14:00", local_end="2026-11-18 14:45",
      zone="Europe/Zurich",
      note="Personio invitation in Swiss French: mercredi 18 novembre 2026 à 14h00 (heure de Genève), durée "
           "45 minutes -> CET 13:00Z-13:45Z. From is a Personio no-reply; contact = Reply-To recruiter.")
def p08() -> bytes:
    body = t("""
        Bonjour Madame Garnier,

        Nous vous remercions de l'intérêt que vous portez à Helvapharm SA et avons le plaisir de vous
        convier à un entretien vidéo pour le poste de « QA Compliance Specialist (80-100 %) ».

        Date : mercredi 18 novembre 2026
        Heure : 14h00 (heure de Genève)
        Durée : 45 minutes
        Format : Microsoft Teams, le lien vous parviendra séparément

        Vous vous entretiendrez avec Mme Sandrine Favre (Ressources humaines) et M. Reto Aebischer
        (Head of Quality Operations). Prévoyez une nonantaine de secondes pour vous présenter en
        anglais, le site travaille en partie avec Bâle.

        En cas d'empêchement, merci de répondre directement à ce courriel.

        Avec nos meilleures salutations,
        Sandrine Favre
        Helvapharm SA - Route de la Venoge 14 - 1026 Echandens
        """)
    return message([
        rcv("mail-eu.personio.de", "2026-11-10 08:40:55", "Europe/Zurich", "Ps41kk20"),
        ("From", addr("Helvapharm SA", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Sandrine Favre", "sandrine.favre@helvapharm.ch")),
        ("To", TO),
        ("Subject", enc("Invitation à un entretien – QA Compliance Specialist (80-100 %)")),
        ("Date", date("2026-11-10 08:40:55", "Europe/Zurich")),
        ("Message-ID", "<personio.3301882.invite@mail.personio.de>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(9), family="teamtailor", lang="en", interview=True, kind="scheduled", company="Sjöberg Diagnostics",
      start=utc("2026-12-03 15:00", "Europe/Stockholm"), end=utc("2026-12-03 15:45", "Europe/Stockholm"),
      contact="linnea.berg@sjobergdx.se", local="Thu 2026-12-03 15:00", local_end="2026-12-03 15:45",
      zone="Europe/Stockholm",
      note="Teamtailor interview booking: Thursday 3 December, 15:00-15:45 (Stockholm, CET) -> 14:00Z-14:45Z. "
           "From no-reply, Reply-To is a Teamtailor reply relay; contact = the recruiter's address in the signature.")
def p09() -> bytes:
    body = t("""
        Hi Mathilde,

        Thank you for booking a time! Here are the details for your interview for the position
        Quality Engineer, IVD Reagents (Remote within EU).

        Thursday 3 December 2026
        15:00 - 15:45 (Europe/Stockholm)

        Video meeting: https://sjobergdx.teamtailor.com/meetings/7c1f2b0e

        You will meet Johan Ekdahl (QA Manager) and Linnea Berg (Recruiter).

        If anything comes up, reach out to me at linnea.berg@sjobergdx.se.

        Best regards,
        Linnea Berg
        Sjöberg Diagnostics AB
        """)
    page = t("""
        <html><body style="margin:0;background:#f4f4f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;padding:32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <tr><td>
        <p>Hi Mathilde,</p>
        <p>Thank you for booking a time! Here are the details for your interview for the position
        <strong>Quality Engineer, IVD Reagents (Remote within EU)</strong>.</p>
        <p style="background:#f0f3ff;padding:16px;border-radius:8px">
        <strong>Thursday 3 December 2026</strong><br>15:00 - 15:45 (Europe/Stockholm)</p>
        <p><a href="https://sjobergdx.teamtailor.com/meetings/7c1f2b0e" style="background:#3a3aff;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Join video meeting</a></p>
        <p>You will meet Johan Ekdahl (QA Manager) and Linnea Berg (Recruiter).</p>
        <p>If anything comes up, reach out to me at <a href="mailto:linnea.berg@sjobergdx.se">linnea.berg@sjobergdx.se</a>.</p>
        <p>Best regards,<br>Linnea Berg<br>Sjöberg Diagnostics AB</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999">Sent with Teamtailor</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail.teamtailor-mail.com", "2026-11-27 10:05:31", "Europe/Stockholm", "Tt27aa91"),
        ("From", addr("Sjöberg Diagnostics", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c5e81a2f9d@teamtailor-mail.com"),
        ("To", TO),
        ("Subject", "Your interview with Sjoberg Diagnostics is booked"),
        ("Date", date("2026-11-27 10:05:31", "Europe/Stockholm")),
        ("Message-ID", "<6564a1f0c2d5e_4b2a0d3c18820@teamtailor-mail.com>"),
    ], alt(text(body), html(page)))


@mail(N(10), family="smartrecruiters", lang="fr", interview=True, kind="scheduled", company="Groupe Ardanne",
      start=utc("2026-12-11 09:00", PARIS), end=utc("2026-12-11 10:00", PARIS),
      contact="julien.marchais@ardanne-groupe.fr", local="Fri 2026-12-11 09:00", local_end="2026-12-11 10:00",
      zone=PARIS,
      note="SmartRecruiters confirmation (base64 text+html): 'ven. 11 déc. 2026 · 9h00 – 10h00 (CET)' -> "
           "08:00Z-09:00Z. From no-reply; contact = recruiter address in the body.")
def p10() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Votre entretien est confirmé.

        Poste : Responsable Assurance Qualité Fournisseurs - Blois (41)
        Quand : ven. 11 déc. 2026 · 9h00 – 10h00 (CET)
        Où : Groupe Ardanne, 8 rue Denis-Papin, 41000 Blois - salle Chambord
        Avec : Julien Marchais, Talent Acquisition ; Hélène Vasseur, Directrice Qualité

        Ajouter à mon agenda : https://jobs.smartrecruiters.com/calendar/GroupeArdanne/7c2a...

        Une question ? Écrivez à Julien Marchais : julien.marchais@ardanne-groupe.fr

        À bientôt,
        L'équipe recrutement du Groupe Ardanne
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <h3>Votre entretien est confirmé</h3>
        <p>Bonjour Mathilde,</p>
        <p><b>Poste :</b> Responsable Assurance Qualité Fournisseurs - Blois (41)<br>
        <b>Quand :</b> ven. 11 déc. 2026 · 9h00 – 10h00 (CET)<br>
        <b>Où :</b> Groupe Ardanne, 8 rue Denis-Papin, 41000 Blois - salle Chambord<br>
        <b>Avec :</b> Julien Marchais, Talent Acquisition ; Hélène Vasseur, Directrice Qualité</p>
        <p><a href="https://jobs.smartrecruiters.com/calendar/GroupeArdanne/7c2a">Ajouter à mon agenda</a></p>
        <p>Une question ? Écrivez à Julien Marchais : julien.marchais@ardanne-groupe.fr</p>
        <p>À bientôt,<br>L'équipe recrutement du Groupe Ardanne</p>
        <p style="font-size:11px;color:#888">Powered by SmartRecruiters</p>
        </body></html>
        """)
    return message([
        rcv("mail-a.smartrecruiters.com", "2026-12-03 17:20:08", PARIS, "Sr1203kq"),
        ("From", addr("Groupe Ardanne", "noreply@smartrecruiters.com")),
        ("To", TO),
        ("Subject", enc("Confirmation d'entretien : Responsable Assurance Qualité Fournisseurs")),
        ("Date", date("2026-12-03 17:20:08", PARIS)),
        ("Message-ID", "<01070193a8c1.5d7e@eu-west-1.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(11), family="workable", lang="en", interview=True, kind="scheduled", company="Kestrel Bio",
      start=utc("2026-09-10 16:30", "Europe/Dublin"), end=utc("2026-09-10 17:00", "Europe/Dublin"),
      contact="aoife.brennan@kestrelbio.ie", local="Thu 2026-09-10 16:30", local_end="2026-09-10 17:00",
      zone="Europe/Dublin",
      note="Workable: Thursday 10 September, 4:30 PM Dublin time 'IST' = Irish Standard Time (UTC+1 in summer), "
           "not India -> 15:30Z; '30-minute call' is an exact length -> end 16:00Z. Reply-To is a Workable relay; "
           "contact = recruiter address in the body.")
def p11() -> bytes:
    body = t("""
        Hi Mathilde,

        Thanks for picking a slot. Your 30-minute phone screen for the QA Officer - Batch Release role
        (remote, occasional travel to Cork) is confirmed:

          Thursday, September 10, 2026 at 4:30 PM IST (Dublin time)

        Aoife will call you on the number from your application (+33 6 xx xx xx 18).

        If you have any questions before then, you can reach Aoife directly at aoife.brennan@kestrelbio.ie.

        Kind regards,
        The Kestrel Bio hiring team

        --
        Sent via Workable
        """)
    return message([
        rcv("mta-21.workablemail.com", "2026-09-04 11:47:13", "Europe/Dublin", "Wk04ff2c"),
        ("From", addr("Kestrel Bio", "noreply@workablemail.com")),
        ("Reply-To", "kestrel-bio+b7f3e9a2c1@candidates.workablemail.com"),
        ("To", TO),
        ("Subject", "Phone screen confirmed: QA Officer - Batch Release"),
        ("Date", date("2026-09-04 11:47:13", "Europe/Dublin")),
        ("Message-ID", "<a1b2c3d4e5.workable.831@workablemail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(12), family="human_prose", lang="en", interview=True, kind="scheduled",
      company="Prairie Sterile Solutions", start=utc("2026-12-08 08:00", "America/Chicago"),
      contact="khenning@prairiesterile.com", local="Tue 2026-12-08 08:00", zone="America/Chicago",
      note="Hiring manager in Chicago writes Mon 7 Dec 07:32 CST: 'tomorrow at 8 am Central (3pm for you)' -> "
           "Tue 8 Dec 08:00 CST = 14:00Z. 'shouldn't take more than an hour' is not an exact length -> end null. "
           "Contact = human sender.")
def p12() -> bytes:
    body = t("""
        Mathilde -

        Great, lets lock it in: tomorrow at 8 am Central (3pm for you). I'll send a Teams link from my
        calendar later this morning, but if it doesnt show up just call my cell, +1 312 555 0148.

        Shouldn't take more than an hour. I'll want to walk through your EM excursion investigation
        and how you handled the CAPA effectiveness checks.

        Thx
        Kyle

        Kyle Henning | Director, Sterility Assurance
        Prairie Sterile Solutions | Naperville, IL

        On Sun, Dec 6, 2026 at 4:10 PM Mathilde Garnier <mathilde.garnier@example.org> wrote:
        > Hi Kyle,
        > Tuesday works for me, any time in your morning.
        > Best, Mathilde
        """)
    return message([
        rcv("mail-sn1nam02.outbound.protection.outlook.com", "2026-12-07 07:32:50", "America/Chicago", "Ps07cc1a"),
        ("From", addr("Kyle Henning", "khenning@prairiesterile.com")),
        ("To", TO),
        ("Subject", "RE: Sterility assurance role - next step"),
        ("Date", date("2026-12-07 07:32:50", "America/Chicago")),
        ("Message-ID", "<SN6PR02MB4112C1D0E7A8@SN6PR02MB4112.namprd02.prod.outlook.com>"),
        ("In-Reply-To", "<CAM9qk1x0Rr7@mail.gmail.com>"),
    ], text(body, cte="7bit"))


@mail(N(13), family="icims", lang="fr", interview=True, kind="scheduled", company="Halvorsen Therapeutics",
      start=utc("2026-10-15 13:30", PARIS), end=utc("2026-10-15 14:30", PARIS),
      contact="nadia.belkacem@halvorsen-tx.com", local="Thu 2026-10-15 13:30", local_end="2026-10-15 14:30",
      zone=PARIS,
      note="iCIMS confirmation (windows-1252, quoted-printable): 'Date : 15/10/2026' (day/month) 'Heure : 13:30 - "
           "14:30 (Europe/Paris)', CEST -> 11:30Z-12:30Z. Follows the pick-a-slot mail of the same thread. Contact "
           "= recruiter address in the body.")
def p13() -> bytes:
    body = t("""
        Bonjour Mathilde Garnier,

        Merci d'avoir choisi un créneau. Votre entretien est confirmé :

        Poste : Spécialiste Qualité Produit - Paris (req. 2026-4418)
        Date : 15/10/2026
        Heure : 13:30 - 14:30 (Europe/Paris)
        Type : Entretien vidéo (Microsoft Teams)
        Recruteur : Nadia Belkacem - nadia.belkacem@halvorsen-tx.com

        Le lien de connexion figure dans l'invitation envoyée par votre interlocuteur.

        Cordialement,
        Halvorsen Therapeutics - Recrutement

        Cet e-mail a été généré automatiquement, merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:12px">
        <p>Bonjour Mathilde Garnier,</p>
        <p>Merci d'avoir choisi un créneau. Votre entretien est confirmé :</p>
        <table border="0" cellpadding="3">
        <tr><td>Poste :</td><td>Spécialiste Qualité Produit - Paris (req. 2026-4418)</td></tr>
        <tr><td>Date :</td><td>15/10/2026</td></tr>
        <tr><td>Heure :</td><td>13:30 - 14:30 (Europe/Paris)</td></tr>
        <tr><td>Type :</td><td>Entretien vidéo (Microsoft Teams)</td></tr>
        <tr><td>Recruteur :</td><td>Nadia Belkacem - nadia.belkacem@halvorsen-tx.com</td></tr>
        </table>
        <p>Le lien de connexion figure dans l'invitation envoyée par votre interlocuteur.</p>
        <p>Cordialement,<br>Halvorsen Therapeutics - Recrutement</p>
        <p><i>Cet e-mail a été généré automatiquement, merci de ne pas y répondre.</i></p>
        </body></html>
        """)
    return message([
        rcv("mailout2.talent.icims.com", "2026-10-08 09:03:37", PARIS, "Ic08de41"),
        ("From", addr("Halvorsen Therapeutics", "no-reply@talent.icims.com")),
        ("To", TO),
        ("Subject", enc("Confirmation de votre entretien - Spécialiste Qualité Produit", "windows-1252")),
        ("Date", date("2026-10-08 09:03:37", PARIS)),
        ("Message-ID", "<icims.scheduling.98812231.1791443017@talent.icims.com>"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(14), family="zoom", lang="fr-BE", interview=True, kind="scheduled", company="Meuse Biologicals",
      start=utc("2026-12-02 10:00", "Europe/Brussels"), contact="nathalie.lambotte@meusebio.be",
      local="Wed 2026-12-02 10:00", zone="Europe/Brussels",
      note="Belgian HR prose + pasted Zoom invitation: 'mercredi à 10 heures' (sent Fri 27 Nov) and 'Heure : "
           "2 déc. 2026 10:00 AM Bruxelles' -> CET 09:00Z. No length -> end null. Contact = human sender.")
def p14() -> bytes:
    body = t("""
        Bonjour Madame Garnier,

        Comme convenu ce midi au téléphone, voici le lien Zoom pour notre entretien de mercredi à 10 heures.
        Pieter Vandamme, notre QA manager, se joindra à nous. Si vous avez un souci de connexion, vous
        pouvez me joindre sur mon GSM au 0475 00 00 00.

        Je vous souhaite d'ici là une bonne fin de semaine, et à mercredi !

        Nathalie Lambotte
        HR Business Partner
        Meuse Biologicals SA - Parc scientifique, Wavre

        ---

        Nathalie Lambotte vous invite à une réunion Zoom planifiée.

        Sujet : Entretien Mathilde Garnier - QA Validation Engineer
        Heure : 2 déc. 2026 10:00 AM Bruxelles

        Participer à la réunion Zoom
        https://meusebio.zoom.us/j/93302118840?pwd=Qm9vS2x

        ID de réunion : 933 0211 8840
        Code secret : 418229
        """)
    return message([
        rcv("mail-be.meusebio.be", "2026-11-27 13:58:02", "Europe/Brussels", "Mb27e00d"),
        ("From", addr("Nathalie Lambotte", "nathalie.lambotte@meusebio.be")),
        ("To", TO),
        ("Subject", enc("Entretien mercredi - lien Zoom")),
        ("Date", date("2026-11-27 13:58:02", "Europe/Brussels")),
        ("Message-ID", "<AM9PR0202MB7781A2@AM9PR0202MB7781.eurprd02.prod.outlook.com>"),
    ], alt(text(body, charset="iso-8859-15"), html(gmail_html(body))))


@mail(N(15), family="forward_to_self", lang="fr", interview=True, kind="scheduled", company="Sanolis",
      start=utc("2026-10-19 10:30", PARIS), contact="elodie.roux@loire-rh.fr", local="Mon 2026-10-19 10:30",
      zone=PARIS,
      note="Mathilde forwards to herself (example.net -> example.org) a recruitment consultant's confirmation as a "
           "message/rfc822 part: lundi 19 octobre à 10h30 chez Sanolis à Poitiers, CEST -> 08:30Z. Hiring company "
           "= Sanolis (the consultant's firm only recruits for it); contact = consultant in the forwarded mail.")
def p15() -> bytes:
    inner_body = t("""
        Bonjour Mathilde,

        Je vous confirme votre rendez-vous chez notre client Sanolis (Poitiers - Biopôle) :

            lundi 19 octobre à 10h30
            avec M. Thierry Aumont, Directeur industriel, et Mme Pauline Chauvet, RRH
            adresse : 3 allée du Futuroscope, 86360 Chasseneuil-du-Poitou

        Prévoyez environ 1h30 avec la visite de la zone de production (tenue fournie).
        N'hésitez pas à m'appeler avant ou après l'entretien pour le débrief.

        Bien à vous,
        Élodie Roux
        Consultante senior - Loire RH Conseil
        06 00 00 00 00
        """)
    inner = message([
        ("From", addr("Élodie Roux", "elodie.roux@loire-rh.fr")),
        ("To", addr(ME_NAME, "mathilde.garnier@example.net")),
        ("Subject", enc("Confirmation entretien Sanolis - lundi 19/10")),
        ("Date", date("2026-10-12 17:41:09", PARIS)),
        ("Message-ID", "<4c7e2a91-0d3b-4f11-b6a2-2f8e7d1c9a50@loire-rh.fr>"),
    ], text(inner_body, cte="quoted-printable"))
    outer = t("""
        pour l'agenda + adresse

        envoyé depuis mon téléphone
        """)
    return message([
        rcv("smtp.example.net", "2026-10-13 07:52:30", PARIS, "Ex13fw22"),
        ("From", addr(ME_NAME, "mathilde.garnier@example.net")),
        ("To", TO),
        ("Subject", enc("Fwd: Confirmation entretien Sanolis - lundi 19/10")),
        ("Date", date("2026-10-13 07:52:30", PARIS)),
        ("Message-ID", "<m.garnier.fwd.1013@example.net>"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Confirmation entretien Sanolis.eml")))


@mail(N(16), family="phone_reply", lang="fr", interview=True, kind="scheduled", company="Aubépine Labs",
      start=utc("2026-09-17 09:00", PARIS), contact="camille.joubert@aubepine-labs.fr",
      local="Thu 2026-09-17 09:00", zone=PARIS,
      note="Founder's phone reply (tutoiement, typos), sent Mon 14 Sep: 'jeudi 9h c parfait' picking one of the two "
           "slots in the quoted thread -> Thu 17 Sep 09:00 CEST = 07:00Z. No length -> end null. Contact = sender.")
def p16() -> bytes:
    body = t("""
        Hello Mathilde,

        jeudi 9h c parfait ! On se retrouve au Mame, 2e étage (l'ancien bâtiment de l'imprimerie, bd
        Preuilly). Tu demandes Aubépine à l'accueil, je descends te chercher. Il y aura aussi Yanis qui
        gère la prod

        Bonne soirée
        Camille

        Envoyé de mon iPhone

        > Le 14 sept. 2026 à 18:20, Mathilde Garnier <mathilde.garnier@example.org> a écrit :
        >
        > Bonjour Camille,
        > Merci pour ton message ! Je peux jeudi à 9h ou vendredi à 14h, comme tu préfères.
        > Belle soirée,
        > Mathilde
        """)
    return message([
        rcv("mail-ej1-f46.google.com", "2026-09-14 21:47:12", PARIS, "Gm14ab19"),
        ("From", addr("Camille Joubert", "camille.joubert@aubepine-labs.fr")),
        ("To", TO),
        ("Subject", enc("Re: Poste responsable qualité")),
        ("Date", date("2026-09-14 21:47:12", PARIS)),
        ("Message-ID", "<7A2F1C9E-4B8D-4E21-A3C0-91D6F2B7E0AA@aubepine-labs.fr>"),
        ("In-Reply-To", "<CAF3mg+aub0914@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


@mail(N(17), family="ashby", lang="en", interview=True, kind="rescheduled", company="Corvane Health",
      start=utc("2026-11-05 14:00", "Europe/Amsterdam"), end=utc("2026-11-05 14:45", "Europe/Amsterdam"),
      contact="sanne.devries@corvanehealth.com", local="Thu 2026-11-05 14:00", local_end="2026-11-05 14:45",
      zone="Europe/Amsterdam",
      note="Ashby reschedule: old Wed 4 Nov 15:00 CET, new Thu 5 Nov 14:00-14:45 CET -> 13:00Z-13:45Z (the ICS, "
           "SEQUENCE:1, gives UTC). Contact = Reply-To recruiter.")
def p17() -> bytes:
    body = t("""
        Hi Mathilde,

        Your interview with Corvane Health has been rescheduled.

        Previously: Wednesday, November 4, 2026, 3:00 PM - 3:45 PM CET
        New time:   Thursday, November 5, 2026, 2:00 PM - 2:45 PM CET

        Interview: Technical interview - QMS & Deviations
        Interviewers: Bas Hoekstra (Head of QA), Leonie Vos (QA Lead, Sterile)
        Location: Google Meet - meet.google.com/cvh-qmsd-ttr

        Sorry for the shuffle - Bas had a regulatory inspection move onto his calendar.

        Questions? Just reply and it will reach Sanne de Vries.

        Corvane Health Recruiting
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7f3e0c12-9d84-4b7a-a1e5-0c9b2f6d4e11
DTSTAMP:20261102T091411Z
DTSTART:20261105T130000Z
DTEND:20261105T134500Z
SEQUENCE:1
SUMMARY:Corvane Health - Technical interview (QMS & Deviations)
LOCATION:https://meet.google.com/cvh-qmsd-ttr
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@corvanehealth.com
ATTENDEE;CN=Mathilde Garnier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("a27-14.smtp-out.eu-west-1.amazonses.com", "2026-11-02 10:14:11", "Europe/Amsterdam", "As02bb03"),
        ("From", addr("Corvane Health", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Sanne de Vries", "sanne.devries@corvanehealth.com")),
        ("To", TO),
        ("Subject", "Interview rescheduled: Senior QA Engineer at Corvane Health"),
        ("Date", date("2026-11-02 10:14:11", "Europe/Amsterdam")),
        ("Message-ID", "<010201930a2f11c3-ashby-5e1d@eu-west-1.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(cal, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(18), family="human_prose", lang="fr", interview=True, kind="rescheduled", company="Novexa",
      start=utc("2026-11-23 16:00", PARIS), contact="ines.sabatier@novexa.fr", local="Mon 2026-11-23 16:00",
      zone=PARIS,
      note="Parisian recruiter moves the interview (sent Wed 18 Nov): 'lundi 23 novembre, 16 h au lieu de vendredi "
           "20 à 11 h' -> new time Mon 23 Nov 16:00 CET = 15:00Z. No length -> end null. Contact = sender.")
def p18() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Petit changement de programme, désolée : notre DAQ, Laurent, est coincé en audit client vendredi.
        On décale donc votre entretien à lundi 23 novembre, 16 h au lieu de vendredi 20 à 11 h.
        Même adresse (42 rue de la Gare de Reuilly, Paris 12e, 4e étage), même format.

        Je vous renvoie une invitation à jour dans la foulée. Dites-moi si le lundi vous pose problème,
        mais Laurent n'a vraiment pas d'autre créneau avant décembre.

        Très bonne journée,
        Inès

        Inès Sabatier
        Talent Acquisition - Novexa
        01 40 00 00 00
        """)
    return message([
        rcv("smtp-out.novexa.fr", "2026-11-18 10:22:48", PARIS, "Nx18ac02"),
        ("From", addr("Inès Sabatier", "ines.sabatier@novexa.fr", "windows-1252")),
        ("To", TO),
        ("Subject", enc("Report de votre entretien - lundi 23/11 à 16h", "windows-1252")),
        ("Date", date("2026-11-18 10:22:48", PARIS)),
        ("Message-ID", "<PR3P191MB0912E4F1A0@PR3P191MB0912.EURP191.PROD.OUTLOOK.COM>"),
    ], text(body, charset="windows-1252"))


@mail(N(19), family="exchange_update", lang="en", interview=True, kind="rescheduled",
      company="Rheinwerk Pharma GmbH", start=utc("2026-09-29 11:00", "Europe/Berlin"),
      end=utc("2026-09-29 12:00", "Europe/Berlin"), contact="j.kessler@rheinwerk-pharma.de",
      local="Tue 2026-09-29 11:00", local_end="2026-09-29 12:00", zone="Europe/Berlin",
      note="Exchange updated meeting request, TZID 'W. Europe Standard Time' (Europe/Berlin): moved from Mon 28 Sep "
           "to Tue 29 Sep 11:00-12:00, CEST -> 09:00Z-10:00Z, though the body shows '(UTC+01:00)'. Contact = "
           "organizer.")
def p19() -> bytes:
    body = t("""
        When: Tuesday, 29 September 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        Dear Ms Garnier,

        as discussed on the phone, I have moved our interview from Monday 28 September to Tuesday,
        same time (11:00 CEST). Dr. Weiland from our Mannheim site will join as well.

        Kind regards
        Jana Kessler
        HR Business Partner | Rheinwerk Pharma GmbH | Ludwigshafen

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk2>
        Meeting ID: 362 904 117 208
        Passcode: 9bQe4R
        ________________________________________________________________________________
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kessler Jana:mailto:j.kessler@rheinwerk-pharma.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Garnier:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Weiland Dr. Matthias:mailto:m.weiland@rheinwerk-pharma.de
DESCRIPTION;LANGUAGE=en-US:Interview QA Manager Sterile Products - Ms Garnier
UID:040000008200E00074C5B7101A82E00800000000D06A3F2E914ADC0100000000000000001000000092F1
SUMMARY;LANGUAGE=en-US:Interview QA Manager Sterile Products - Ms Garnier
DTSTART;TZID=W. Europe Standard Time:20260929T110000
DTEND;TZID=W. Europe Standard Time:20260929T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T124407Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2118445720
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("FR2P281MB0127.DEUP281.PROD.OUTLOOK.COM", "2026-09-23 14:44:07", "Europe/Berlin", "Rw23ee40"),
        ("From", addr("Kessler Jana", "j.kessler@rheinwerk-pharma.de")),
        ("To", TO),
        ("Subject", "Updated: Interview QA Manager Sterile Products - Ms Garnier"),
        ("Date", date("2026-09-23 14:44:07", "Europe/Berlin")),
        ("Message-ID", "<FR2P281MB01279A3C2D1E@FR2P281MB0127.DEUP281.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", "Interview QA Manager Sterile Products - Ms Garnier"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), html(gmail_html(body)), calendar(cal)))


@mail(N(20), family="goodtime", lang="en", interview=True, kind="rescheduled", company="Bellwether Labs",
      start=utc("2026-10-28 12:00", "America/New_York"), end=utc("2026-10-28 13:00", "America/New_York"),
      contact="rachel.ostrowski@bellwetherlabs.com", local="Wed 2026-10-28 12:00", local_end="2026-10-28 13:00",
      zone="America/New_York",
      note="GoodTime reschedule in the week when Europe is already on CET but the US still on EDT: new time Wed 28 "
           "Oct 12:00-1:00 PM EDT = 5:00-6:00 PM CET -> 16:00Z-17:00Z (old Tue 27 Oct 10:00 AM EDT). Contact = "
           "coordinator address in the body.")
def p20() -> bytes:
    body = t("""
        Hello Mathilde,

        Your interview with Bellwether Labs has been moved to a new time.

        NEW TIME
        Wednesday, October 28, 2026
        12:00 PM - 1:00 PM EDT (5:00 PM - 6:00 PM CET, your time zone)

        Originally scheduled for: Tuesday, October 27, 2026, 10:00 AM EDT

        Panel: Supplier Quality panel (Aaron Liu, Priya Raman)
        Join with Zoom: https://bellwetherlabs.zoom.us/j/71148209931

        Please note: Europe has switched to standard time but the US has not yet, so the gap is 5 hours
        this week only.

        If you have any questions please contact your coordinator, Rachel Ostrowski
        (rachel.ostrowski@bellwetherlabs.com).

        Scheduled with GoodTime
        """)
    return message([
        rcv("o1.mail.goodtime.io", "2026-10-22 16:05:44", "America/New_York", "Gt22bc8e"),
        ("From", addr("Bellwether Labs Recruiting", "scheduling@goodtime.io")),
        ("To", TO),
        ("Subject", "UPDATED: Your interview with Bellwether Labs - Supplier Quality Engineer"),
        ("Date", date("2026-10-22 16:05:44", "America/New_York")),
        ("Message-ID", "<gt.8a8e1d02c4.resched@mail.goodtime.io>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(21), family="google_calendar", lang="fr", interview=True, kind="cancelled", company="Maison Verdelis",
      start=utc("2026-11-10 15:00", PARIS), end=utc("2026-11-10 15:45", PARIS),
      contact="thomas.guerin@verdelis.fr", local="Tue 2026-11-10 15:00", local_end="2026-11-10 15:45",
      zone=PARIS,
      note="Google Calendar cancellation (METHOD:CANCEL) in French: 'mar. 10 nov. 2026 15:00 - 15:45 (CET)' -> "
           "14:00Z-14:45Z, the cancelled slot; no new time. Contact = organizer (From).")
def p21() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien Qualité - Maison Verdelis / M. Garnier
        mardi 10 nov. 2026 ⋅ 15:00 – 15:45 (heure normale d'Europe centrale - Paris)

        Organisateur
        Thomas Guérin
        thomas.guerin@verdelis.fr

        Invités
        Thomas Guérin - organisateur
        mathilde.garnier@example.org

        Message de l'organisateur : « Bonjour Mathilde, le poste est finalement pourvu en interne,
        je suis désolé pour ce contretemps. Nous gardons votre CV. »

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261110T140000Z
DTEND:20261110T144500Z
DTSTAMP:20261105T083112Z
ORGANIZER;CN=Thomas Guérin:mailto:thomas.guerin@verdelis.fr
UID:5n1h2k8cq0vrf7m3b9t4d6a2ls@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathilde Garnier;X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261027T101500Z
LAST-MODIFIED:20261105T083110Z
LOCATION:Maison Verdelis\\, 17 quai du Châtelet\\, Orléans
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entretien Qualité - Maison Verdelis / M. Garnier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-sor-f73.google.com", "2026-11-05 09:31:12", PARIS, "Gc05dd77"),
        ("From", addr("Thomas Guérin", "thomas.guerin@verdelis.fr")),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("To", TO),
        ("Subject", enc("Événement annulé : Entretien Qualité - Maison Verdelis / M. Garnier @ mar. 10 nov. 2026 "
                        "15:00 - 15:45 (CET) (mathilde.garnier@example.org)")),
        ("Date", date("2026-11-05 09:31:12", PARIS)),
        ("Message-ID", "<calendar-5e7d9a31-2b1c-4f08-8c33-aa01b7e2c9f4@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)),
                 calendar(cal, method="CANCEL", cte="8bit")),
             calendar(cal, method="CANCEL", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", charset="utf-8", name_param=True)))


@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled", company="Thamesgate Clinical",
      start=utc("2026-09-25 10:00", "Europe/London"), contact="oliver.pennington@thamesgateclinical.co.uk",
      local="Fri 2026-09-25 10:00", zone="Europe/London",
      note="UK hiring manager cancels 'Friday's interview (25th, 10am UK time)' because the role is on hold; no new "
           "time. BST -> 09:00Z, the cancelled slot. Contact = sender.")
def p22() -> bytes:
    body = t("""
        Dear Mathilde,

        I'm really sorry to do this at short notice, but I have to cancel our interview on Friday
        (the 25th, 10am UK time). We were told yesterday that the QP-support role has been put on hold
        pending the budget review for next year, so it wouldn't be fair to take up your time.

        If the position reopens in the new year I will come back to you first - your profile was one of
        the strongest we saw.

        With apologies and best wishes,

        Oliver Pennington
        Head of Quality, Thamesgate Clinical Ltd
        Reading, UK
        """)
    return message([
        rcv("mail.thamesgateclinical.co.uk", "2026-09-22 08:51:36", "Europe/London", "Tg22ca1f"),
        ("From", addr("Oliver Pennington", "oliver.pennington@thamesgateclinical.co.uk")),
        ("To", TO),
        ("Subject", "Friday's interview - cancellation"),
        ("Date", date("2026-09-22 08:51:36", "Europe/London")),
        ("Message-ID", "<LO2P265MB3301A1E8F0C7@LO2P265MB3301.GBRP265.PROD.OUTLOOK.COM>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(23), family="ms_bookings", lang="fr", interview=True, kind="cancelled",
      company="Laboratoire Delorme", start=utc("2026-12-14 09:30", PARIS), end=utc("2026-12-14 10:15", PARIS),
      contact=None, local="Mon 2026-12-14 09:30", local_end="2026-12-14 10:15", zone=PARIS,
      note="Microsoft Bookings cancellation (HTML only + METHOD:CANCEL, TZID 'Romance Standard Time'): lundi "
           "14 décembre 2026 09:30-10:15, CET -> 08:30Z-09:15Z, the cancelled slot; a link to book again, no new "
           "time. Sender is the Bookings mailbox and the staff member has no address -> contact null.")
def p23() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="max-width:620px">
        <p style="font-size:20px">Votre rendez-vous a été annulé</p>
        <p>Bonjour Mathilde Garnier,</p>
        <p>Votre réservation auprès de <b>Laboratoire Delorme - Recrutement</b> a été annulée.</p>
        <table style="border-left:4px solid #c50f1f;padding-left:12px">
        <tr><td><b>Entretien de recrutement - Ingénieur(e) qualité laboratoire</b></td></tr>
        <tr><td>lundi 14 décembre 2026</td></tr>
        <tr><td>09:30 - 10:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Personnel : Agnès Poirier</td></tr>
        <tr><td>Laboratoire Delorme, 21 rue de la Croix-Blanche, 86000 Poitiers</td></tr>
        </table>
        <p>Motif : indisponibilité du jury.</p>
        <p>Vous pouvez choisir un nouveau créneau à tout moment :
        <a href="https://outlook.office365.com/owa/calendar/RecrutementDelorme@delorme-labo.fr/bookings/">Réserver à nouveau</a></p>
        <p style="color:#605e5c;font-size:12px">Microsoft Bookings</p>
        </div></body></html>
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Laboratoire Delorme - Recrutement:mailto:RecrutementDelorme@delorme-labo.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Mathilde Garnier:mailto:{ME}
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien de recrutement - Ingénieur(e) qualité laboratoire
DTSTART;TZID=Romance Standard Time:20261214T093000
DTEND;TZID=Romance Standard Time:20261214T101500
UID:040000008200E00074C5B7101A82E0080000000050B1E7C3D27ADD0100000000000000001000000033CF
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261207T155902Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Laboratoire Delorme\\, Poitiers
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("PR1P264MB3902.FRAP264.PROD.OUTLOOK.COM", "2026-12-07 16:59:02", PARIS, "Bk07ff31"),
        ("From", addr("Laboratoire Delorme - Recrutement", "RecrutementDelorme@delorme-labo.fr")),
        ("To", TO),
        ("Subject", enc("Rendez-vous annulé : Entretien de recrutement - Ingénieur(e) qualité laboratoire")),
        ("Date", date("2026-12-07 16:59:02", PARIS)),
        ("Message-ID", "<PR1P264MB39024C1B@PR1P264MB3902.FRAP264.PROD.OUTLOOK.COM>"),
    ], mixed(html(page), calendar(cal, method="CANCEL", cte="8bit", filename="cancel.ics",
                                   disposition="attachment")))


# =========================================================================== negatives


@mail(N(24), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Job-centre summons: a fixed time with her employment adviser ('entretien de suivi', jeudi 17 septembre "
           "10h15) - not a job interview.")
def n24() -> bytes:
    body = t("""
        Madame GARNIER Mathilde,
        Identifiant : 4417 228 Y

        Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Nadège Peltier :

            Date : jeudi 17 septembre 2026
            Heure : 10h15
            Lieu : Agence Avenir Emploi Tours-Nord, 9 rue Daniel-Mayer, 37100 Tours

        Pensez à vous munir de votre CV à jour et de votre projet personnalisé d'accès à l'emploi.
        En cas d'empêchement, prévenez-nous depuis votre espace personnel au moins 48 h à l'avance.
        Toute absence non justifiée peut entraîner une radiation.

        Votre agence Avenir Emploi

        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
        """)
    return message([
        rcv("relais-mail.avenir-emploi.fr", "2026-09-10 06:12:40", PARIS, "Ae10c077"),
        ("From", addr("Avenir Emploi", "ne-pas-repondre@avenir-emploi.fr")),
        ("To", "mathilde.garnier@example.org"),
        ("Subject", enc("Convocation : entretien de suivi le 17/09/2026 à 10h15")),
        ("Date", date("2026-09-10 06:12:40", PARIS)),
        ("Message-ID", "<conv.44172280.20260910@avenir-emploi.fr>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-15"))


@mail(N(25), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Local newspaper journalist confirms an interview of Mathilde for an article, jeudi 15 octobre 11h - "
           "press, not a job interview.")
def n25() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Merci encore d'avoir accepté cette interview pour notre dossier du week-end « Les femmes de
        l'industrie pharmaceutique en Touraine ». C'est calé : jeudi 15 octobre à 11h, au café de
        l'Hôtel de Ville (place Jean-Jaurès). Comptez 45 minutes environ, puis quelques photos si
        vous êtes d'accord.

        Je vous enverrai la citation avant publication pour relecture.

        Bien cordialement,
        Martin Quéré
        Journaliste - L'Écho de Touraine
        06 00 00 00 00
        """)
    return message([
        rcv("smtp.echo-touraine.fr", "2026-10-09 16:40:02", PARIS, "Et09f122"),
        ("From", addr("Martin Quéré", "m.quere@echo-touraine.fr")),
        ("To", TO),
        ("Subject", enc("Interview pour L'Écho - jeudi 15/10 à 11h")),
        ("Date", date("2026-10-09 16:40:02", PARIS)),
        ("Message-ID", "<b8e4a1f2-77aa-4d09-9c1e-echo0915@echo-touraine.fr>"),
    ], text(body, cte="8bit"))


@mail(N(26), family="podcast", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Podcast host confirms the recording of an episode where Mathilde is the guest (mardi 3 novembre "
           "18h30) - not a job interview.")
def n26() -> bytes:
    body = t("""
        Salut Mathilde !

        Trop contente que tu viennes dans « Qualité & Cie », le podcast des gens de l'AQ 🎙️

        On enregistre mardi 3 novembre à 18h30, sur Riverside (lien ci-dessous). Prévois un casque et
        une pièce calme ; on en a pour une heure, montage compris pour moi, pas pour toi 😄

        Thème : « Data integrity : ce que les inspecteurs regardent vraiment ».
        Je t'envoie la trame de l'interview la semaine prochaine.

        https://riverside.fm/studio/qualite-et-cie?t=7d1e

        À mardi,
        Chloé
        Qualité & Cie - le podcast
        """)
    return message([
        rcv("mail-wm1-f54.google.com", "2026-10-27 20:11:45", PARIS, "Pc27aa41"),
        ("From", addr("Chloé Barthès", "chloe.barthes@example.com")),
        ("To", TO),
        ("Subject", enc("Enregistrement podcast 🎙️ mardi 3/11")),
        ("Date", date("2026-10-27 20:11:45", PARIS)),
        ("Message-ID", "<CAH7pod+qc1027@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(27), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Executive MBA admission interview (samedi 21 novembre 9h30) - an admission interview at a school, not "
           "a job interview.")
def n27() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1b1b3a">
        <p><img src="https://admissions.escvaldeloire.fr/logo.png" alt="ESC Val de Loire" width="160"></p>
        <p>Madame,</p>
        <p>Nous avons le plaisir de vous informer que votre dossier de candidature à l'<b>Executive MBA - promotion
        2027</b> a été déclaré recevable.</p>
        <p>Vous êtes convoquée à l'<b>entretien d'admission</b> :</p>
        <ul>
        <li>samedi 21 novembre 2026, à 9h30</li>
        <li>Campus de Tours, 2 rue Léo-Delibes - salle B204</li>
        <li>Durée : 45 minutes devant un jury de deux personnes, précédées d'un test d'anglais de 30 minutes</li>
        </ul>
        <p>Merci de confirmer votre présence depuis votre espace candidat.</p>
        <p>Le service des admissions<br>ESC Val de Loire</p>
        </body></html>
        """)
    return message([
        rcv("mailer.escvaldeloire.fr", "2026-11-12 11:05:10", PARIS, "Es12bd90"),
        ("From", addr("ESC Val de Loire - Admissions", "admissions@escvaldeloire.fr")),
        ("To", TO),
        ("Subject", enc("Executive MBA : convocation à l'entretien d'admission")),
        ("Date", date("2026-11-12 11:05:10", PARIS)),
        ("Message-ID", "<adm.emba2027.0981@escvaldeloire.fr>"),
    ], html(page, charset="iso-8859-1"))


@mail(N(28), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Volleyball club invites her to a try-out session (samedi 12 septembre 10h) - not a job interview.")
def n28() -> bytes:
    body = t("""
        Salut Mathilde,

        Suite à ton message sur le site, tu es la bienvenue à la séance d'essai de l'équipe loisirs
        féminine ce samedi 12 septembre à 10h, gymnase Choiseul (entrée côté parking). Viens en tenue, on
        fait 20 min d'échauffement puis du jeu. Le coach verra à quel niveau te placer pour les
        matchs du championnat.

        Pense à apporter un certificat médical si tu en as un, sinon on verra pour la licence après.

        Sportivement,
        Fred - Tours Volley Loisirs
        """)
    return message([
        rcv("smtp.tvl37.fr", "2026-09-07 19:30:21", PARIS, "Tv07aa10"),
        ("From", addr("Tours Volley Loisirs", "contact@tvl37.fr")),
        ("To", TO),
        ("Subject", enc("Séance d'essai samedi")),
        ("Date", date("2026-09-07 19:30:21", PARIS)),
        ("Message-ID", "<tvl.20260907193021.4410@tvl37.fr>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(29), family="car_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Garage workshop appointment confirmed (mardi 20 octobre 8h30) - not a job interview.")
def n29() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <table width="600" style="border:1px solid #ddd"><tr><td style="padding:20px">
        <h3 style="color:#d0021b">Confirmation de votre rendez-vous atelier</h3>
        <p>Bonjour Mme GARNIER,</p>
        <p>Votre rendez-vous est confirmé :</p>
        <p><b>Mardi 20 octobre 2026 à 8h30</b><br>
        Véhicule : Peugeot 308 SW - FZ-418-QK<br>
        Prestation : révision des 60 000 km + contrôle des plaquettes avant<br>
        Durée estimée : 3h. Véhicule de courtoisie réservé.</p>
        <p>Garage des Deux-Lions - 14 avenue Marcel-Dassault, 37200 Tours - 02 47 00 00 00</p>
        <p style="font-size:11px;color:#888">Pour modifier ou annuler : répondez à ce message ou appelez l'atelier.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("smtp.garage-deuxlions.fr", "2026-10-14 15:22:05", PARIS, "Gd14e552"),
        ("From", addr("Garage des Deux-Lions", "atelier@garage-deuxlions.fr")),
        ("To", TO),
        ("Subject", "Confirmation RDV atelier - 20/10/2026 08:30"),
        ("Date", date("2026-10-14 15:22:05", PARIS)),
        ("Message-ID", "<rdv.7781.20261014@garage-deuxlions.fr>"),
    ], html(page, charset="windows-1252"))


@mail(N(30), family="outreach", lang="en", interview=False, company="Brightmoor Life Sciences Search",
      note="Headhunter outreach: 'open to a quick chat sometime next week?' - no fixed time, nothing confirmed.")
def n30() -> bytes:
    body = t("""
        Hi Mathilde,

        I hope you don't mind the direct approach - I came across your profile while searching for QA
        leaders with sterile fill-finish experience in France.

        I'm working on a confidential search for a Head of Quality Operations for a mid-sized CDMO with a
        site about an hour from Tours. The role reports into the Site Director, with a team of 14.

        Would you be open to a quick 20-minute chat sometime next week? Happy to work around your
        schedule - just let me know a couple of times that suit, or grab a slot here:
        https://calendly.com/ed-fairclough/20min

        Best,
        Ed Fairclough
        Principal Consultant, Quality & Regulatory
        Brightmoor Life Sciences Search | London
        """)
    return message([
        rcv("mail.brightmoorsearch.com", "2026-10-05 09:14:33", "Europe/London", "Bm05fa02"),
        ("From", addr("Ed Fairclough", "ed.fairclough@brightmoorsearch.com")),
        ("To", TO),
        ("Subject", "Head of Quality Operations - confidential search (Centre-Val de Loire)"),
        ("Date", date("2026-10-05 09:14:33", "Europe/London")),
        ("Message-ID", "<LO4P265MB66010F@LO4P265MB6601.GBRP265.PROD.OUTLOOK.COM>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(31), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Career coach confirms a mock-interview session (mercredi 4 novembre 18h) and offers a pack of "
           "simulations - coaching, not a job interview.")
def n31() -> bytes:
    body = t("""
        Bonjour Mathilde,

        C'est noté pour notre séance de simulation d'entretien mercredi 4 novembre à 18h, en visio
        (lien Whereby ci-dessous). On partira de l'offre Vectrys que vous m'avez transmise : je jouerai
        la RRH puis le responsable qualité, et on débriefera à chaud les 20 dernières minutes.

        Si la formule vous plaît, je propose aussi un pack de 3 simulations avant vos vrais entretiens
        de novembre (tarif dans la brochure jointe à mon précédent message).

        https://whereby.com/sophie-marchand-coaching

        Belle journée,
        Sophie Marchand
        Coach carrière & reconversion - Tours
        """)
    return message([
        rcv("smtp.sm-coaching.fr", "2026-10-29 12:44:09", PARIS, "Sc29b001"),
        ("From", addr("Sophie Marchand", "sophie@sm-coaching.fr")),
        ("To", TO),
        ("Subject", "Simulation d'entretien - mercredi 4/11 18h"),
        ("Date", date("2026-10-29 12:44:09", PARIS)),
        ("Message-ID", "<20261029124409.sm.5521@sm-coaching.fr>"),
    ], text(body))


@mail(N(32), family="proposal_unconfirmed", lang="en", interview=False, company="Nordvik Medical",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="Recruiter proposes two possible slots ('Would Tuesday 13 Oct at 10:00 or Wednesday at 14:00 CET "
           "work?') - nothing is confirmed yet.")
def n32() -> bytes:
    body = t("""
        Hi Mathilde,

        Thanks for your application for the QA Validation Specialist role in our Oslo team (remote with
        quarterly visits). The hiring manager would like to have a first conversation with you.

        Would Tuesday 13 October at 10:00 CET work for you? If not, Wednesday at 14:00 is also open.
        Once you confirm, I'll send a calendar invitation with the Teams link.

        Looking forward to hearing from you,
        Ingrid Solberg
        Talent Acquisition, Nordvik Medical AS
        """)
    return message([
        rcv("mail.nordvikmedical.no", "2026-10-06 13:37:50", "Europe/Oslo", "Nv06c3d0"),
        ("From", addr("Ingrid Solberg", "ingrid.solberg@nordvikmedical.no")),
        ("To", TO),
        ("Subject", "QA Validation Specialist - first conversation"),
        ("Date", date("2026-10-06 13:37:50", "Europe/Oslo")),
        ("Message-ID", "<HE1PR0702MB3690A7@HE1PR0702MB3690.eurprd07.prod.outlook.com>"),
    ], text(body, cte="7bit"))


@mail(N(33), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Her brother-in-law forwards HIS OWN interview confirmation (jeudi 8 octobre 14h) to ask for advice - "
           "a confirmed job interview, but not hers.")
def n33() -> bytes:
    body = t("""
        Coucou Mathilde,

        Je te transfère la convoc, j'ai enfin décroché un entretien ! Tu pourrais jeter un oeil à ma
        lettre de motiv ce week-end ? Et si t'as des conseils pour l'entretien technique, je prends. Toi
        qui en passes plein en ce moment 😅

        Bises, et dis à Hugo que je lui rends son vélo dimanche
        Karim

        ---------- Forwarded message ---------
        De : Recrutement Usines Ducaret <noreply@ducaret-industrie.fr>
        Date: ven. 2 oct. 2026 à 10:12
        Subject: Confirmation de votre entretien - Technicien de maintenance H/F
        To: <karim.haddou@example.net>

        Bonjour Monsieur Haddou,

        Nous vous confirmons votre entretien pour le poste de Technicien de maintenance H/F (site de
        Vendôme) le jeudi 8 octobre 2026 à 14h00, avec M. Delattre, responsable maintenance.

        Merci de vous présenter 10 minutes en avance à l'accueil.

        Cordialement,
        Le service recrutement
        """)
    return message([
        rcv("mail-pj1-f41.google.com", "2026-10-02 19:05:17", PARIS, "Kh02fe11"),
        ("From", addr("Karim Haddou", "karim.haddou@example.net")),
        ("To", TO),
        ("Subject", enc("Fwd: Confirmation de votre entretien - Technicien de maintenance H/F")),
        ("Date", date("2026-10-02 19:05:17", PARIS)),
        ("Message-ID", "<CAKh+fwd1002x@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(34), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Exchange invite at her current employer: she sits on the panel interviewing a candidate (jeudi 19 "
           "novembre 14:00-15:00) - an interview at a fixed time, but she is the interviewer, not the candidate.")
def n34() -> bytes:
    body = t("""
        Quand : jeudi 19 novembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Vouvray (bât. A, 1er étage)

        Bonjour à tous,

        Vous êtes conviés en tant que membres du jury pour l'entretien de Lucas Perrin, candidat au poste
        de Technicien(ne) contrôle qualité (CDI). Mathilde, merci de préparer les questions techniques
        BPF / OOS ; je m'occupe de la partie RH. CV en pièce jointe du mail précédent.

        Merci,
        Sabrina Leconte
        RH - Laboratoires Sorel, site de Tours
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Leconte Sabrina:mailto:sabrina.leconte@labo-sorel.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Garnier Mathilde:mailto:mathilde.garnier@labo-sorel.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Morin Patrick:mailto:patrick.morin@labo-sorel.fr
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Technicien(ne) CQ - Lucas Perrin
DTSTART;TZID=Romance Standard Time:20261119T140000
DTEND;TZID=Romance Standard Time:20261119T150000
UID:040000008200E00074C5B7101A82E00800000000A1C45D8E1B7ADD01000000000000000010000000F104
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T080521Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Vouvray (bât. A\\, 1er étage)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("PR0P264MB2211.FRAP264.PROD.OUTLOOK.COM", "2026-11-12 09:05:21", PARIS, "So12a821"),
        ("From", addr("Leconte Sabrina", "sabrina.leconte@labo-sorel.fr")),
        ("To", "Garnier Mathilde <mathilde.garnier@labo-sorel.fr>, Morin Patrick <patrick.morin@labo-sorel.fr>"),
        ("Subject", "Entretien candidat - Technicien(ne) CQ - Lucas Perrin"),
        ("Date", date("2026-11-12 09:05:21", PARIS)),
        ("Message-ID", "<PR0P264MB22117E@PR0P264MB2211.FRAP264.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), calendar(cal, cte="base64")))


@mail(N(35), family="recruitee_rejection", lang="fr", interview=False, company="Aubépine Labs",
      days=(("Thu", "2026-09-17"),),
      note="Recruitee rejection after the interview 'du jeudi 17 septembre' (same thread as the Aubépine phone "
           "reply) - refers to a past interview, confirms nothing.")
def n35() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Merci encore pour le temps que tu nous as consacré lors de notre entretien du jeudi 17 septembre,
        et pour ta visite de l'atelier.

        Après beaucoup d'hésitation, nous avons choisi de poursuivre avec une autre candidate dont
        l'expérience en cosmétique bio colle davantage à notre phase actuelle. Ce n'est pas une question
        de compétences : ton regard sur notre dossier ISO 22716 nous a beaucoup appris.

        On garde ton profil en tête pour la suite, Aubépine grandit vite !

        Belle continuation,
        Camille Joubert
        Co-fondatrice, Aubépine Labs

        Envoyé avec Recruitee
        """)
    return message([
        rcv("mail.recruitee.com", "2026-09-25 11:30:45", PARIS, "Rc25c9a0"),
        ("From", addr("Camille Joubert (Aubépine Labs)", "no-reply@recruitee.com")),
        ("Reply-To", addr("Camille Joubert", "camille.joubert@aubepine-labs.fr")),
        ("To", TO),
        ("Subject", enc("Ta candidature chez Aubépine Labs")),
        ("Date", date("2026-09-25 11:30:45", PARIS)),
        ("Message-ID", "<rt.aubepine.88120.0925@mail.recruitee.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(36), family="offer", lang="en", interview=False, company="Corvane Health",
      days=(("Mon", "2027-01-04"), ("Thu", "2026-11-05")),
      note="Offer from Corvane Health (same thread as the Ashby reschedule); mentions the past interview and a "
           "start date - no interview to schedule.")
def n36() -> bytes:
    body = t("""
        Dear Mathilde,

        Following your conversations with Bas and Leonie on Thursday 5 November and with our VP Quality
        last week, I am delighted to offer you the position of Senior QA Engineer at Corvane Health.

        Please find the offer letter attached. Headline terms:
          - Start date: Monday 4 January 2027 (flexible by a month)
          - Fully remote from France, via our French entity, with one week per quarter in Leiden
          - Salary and benefits as discussed, detailed in the letter

        We'd love to have your answer by Friday 27 November. Do call me if you'd like to talk anything
        through - my number is in the letter.

        Warm regards,
        Sanne de Vries
        Senior Recruiter, Corvane Health
        """)
    return message([
        rcv("mail.corvanehealth.com", "2026-11-18 15:50:12", "Europe/Amsterdam", "Cv18aa05"),
        ("From", addr("Sanne de Vries", "sanne.devries@corvanehealth.com")),
        ("To", TO),
        ("Subject", "Your offer from Corvane Health"),
        ("Date", date("2026-11-18 15:50:12", "Europe/Amsterdam")),
        ("Message-ID", "<AM0PR04MB6020CE@AM0PR04MB6020.eurprd04.prod.outlook.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(37), family="taleo_receipt", lang="fr", interview=False, company="Ferrand Pharma",
      note="Taleo application receipt: 'si votre profil est retenu, vous serez contacté(e) pour un entretien' - "
           "no interview yet.")
def n37() -> bytes:
    body = t("""
        Madame Garnier,

        Nous accusons réception de votre candidature au poste de Chef de projet Qualité / Validation
        (réf. 2600812) et vous remercions de l'intérêt que vous portez à Ferrand Pharma.

        Votre dossier va être étudié avec attention par nos équipes. Si votre profil est retenu, vous
        serez contacté(e) pour un premier entretien téléphonique dans un délai de trois semaines.

        Vous pouvez suivre l'état de votre candidature dans votre espace :
        https://ferrandpharma.taleo.net/careersection/ext/mysubmissions.ftl

        Cordialement,
        Direction des Ressources Humaines - Ferrand Pharma

        Ceci est un message automatique. Merci de ne pas répondre.
        """)
    return message([
        rcv("smtp3.taleo.net", "2026-10-21 22:03:59", PARIS, "Tl21ff02"),
        ("From", addr("Ferrand Pharma", "noreply@taleo.net")),
        ("To", TO),
        ("Subject", enc("Ferrand Pharma - Accusé de réception de votre candidature")),
        ("Date", date("2026-10-21 22:03:59", PARIS)),
        ("Message-ID", "<2600812.1792612239.JavaMail.taleo@tlzp3app11>"),
    ], text(body, charset="iso-8859-1"))


@mail(N(38), family="job_alert", lang="fr", interview=False, company=None,
      note="JOIN job alert: list of new quality jobs around Tours, one saying 'entretiens dès la semaine "
           "prochaine' - a platform digest, nothing scheduled.")
def n38() -> bytes:
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;background:#f6f7fb;padding:20px">
        <table width="600" align="center" style="background:#fff;border-radius:10px;padding:24px">
        <tr><td>
        <h2 style="margin-top:0">6 nouveaux jobs pour « Ingénieur qualité » - Tours (30 km)</h2>
        <p><b>Ingénieur Qualité Validation H/F</b><br>Bioclair - Joué-lès-Tours - CDI - 45-52 k€<br>
        <span style="color:#1a7f37">Recrutement rapide : entretiens dès la semaine prochaine</span></p>
        <p><b>Responsable AQ Fournisseurs</b><br>Ardanne - Blois - CDI</p>
        <p><b>Qualiticien(ne) industrie pharmaceutique</b><br>Interim Loire - Chambray-lès-Tours - Intérim 6 mois</p>
        <p><b>QA Officer (anglais courant)</b><br>Lysandre Pharma - Paris 8e / hybride - CDI</p>
        <p><b>Technicien(ne) validation nettoyage</b><br>Pharmaloire - Saint-Avertin - CDD 12 mois</p>
        <p><b>Pharmacien(ne) Assurance Qualité</b><br>Vectrys Pharma - Orléans - CDI</p>
        <p><a href="https://join.com/alerts/edit?id=a81c">Modifier mon alerte</a> ·
        <a href="https://join.com/unsubscribe?id=a81c">Se désabonner</a></p>
        <p style="font-size:11px;color:#999">JOIN Solutions AG · Vous recevez cet e-mail car vous avez créé une alerte emploi.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail.join.com", "2026-10-26 07:00:12", PARIS, "Jn26a701"),
        ("From", addr("JOIN", "alerts@join.com")),
        ("To", TO),
        ("Subject", enc("6 nouveaux jobs : Ingénieur qualité à Tours")),
        ("Date", date("2026-10-26 07:00:12", PARIS)),
        ("Message-ID", "<alert.a81c.20261026@join.com>"),
        ("List-Unsubscribe", "<https://join.com/unsubscribe?id=a81c>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(N(39), family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Career blog newsletter: '7 questions qu'on vous posera en entretien qualité' and a live session "
           "jeudi 12 novembre 12h30 - content about interviews, not an interview.")
def n39() -> bytes:
    body = t("""
        CARRIÈRES PHARMA - la lettre du mardi

        À la une : 7 questions qu'on vous posera forcément en entretien qualité
        (et comment y répondre sans réciter les BPF)

        1. « Racontez-nous une déviation que vous avez gérée de A à Z. »
        2. « Comment avez-vous convaincu la production d'appliquer une CAPA ? »
        3. « Que faites-vous si un lot est conforme mais que votre intuition dit non ? »
        ... lire la suite : https://carrieres-pharma.example.com/blog/7-questions

        EN DIRECT - jeudi 12 novembre à 12h30
        « L'entretien avec le pharmacien responsable : ce qu'il cherche vraiment »
        Inscription gratuite : https://carrieres-pharma.example.com/live

        Vous recevez cette lettre car vous êtes inscrite sur carrieres-pharma.
        Se désinscrire : https://carrieres-pharma.example.com/u/7f21
        """)
    return message([
        rcv("mta5.sendinblue-mail.com", "2026-11-03 08:30:00", PARIS, "Cp03b830"),
        ("From", addr("Carrières Pharma", "lettre@carrieres-pharma.example.com")),
        ("To", TO),
        ("Subject", enc("7 questions qu'on vous posera en entretien qualité")),
        ("Date", date("2026-11-03 08:30:00", PARIS)),
        ("Message-ID", "<nl.20261103.7f21@carrieres-pharma.example.com>"),
        ("List-Unsubscribe", "<https://carrieres-pharma.example.com/u/7f21>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(40), family="pick_a_slot", lang="fr", interview=False, company="Halvorsen Therapeutics",
      days=(("Tue", "2026-10-13"), ("Thu", "2026-10-15"), ("Fri", "2026-10-16")),
      note="iCIMS self-scheduling invitation listing candidate slots (13/10, 15/10, 16/10) - no time chosen yet; "
           "the confirmation comes later in the same thread.")
def n40() -> bytes:
    body = t("""
        Bonjour Mathilde Garnier,

        Suite à l'étude de votre candidature au poste de Spécialiste Qualité Produit - Paris
        (req. 2026-4418), nous souhaitons organiser un entretien vidéo d'une heure.

        Merci de choisir le créneau qui vous convient parmi les disponibilités de notre équipe :

          - mardi 13/10/2026 - 10:00
          - jeudi 15/10/2026 - 13:30
          - vendredi 16/10/2026 - 09:00

        Choisir mon créneau : https://halvorsen-tx.icims.com/jobs/candidate/schedule?token=e91f0b

        Les créneaux sont attribués dans l'ordre des réponses.

        Cordialement,
        Halvorsen Therapeutics - Recrutement
        """)
    return message([
        rcv("mailout2.talent.icims.com", "2026-10-02 10:15:40", PARIS, "Ic02aa15"),
        ("From", addr("Halvorsen Therapeutics", "no-reply@talent.icims.com")),
        ("To", TO),
        ("Subject", enc("Planifiez votre entretien - Spécialiste Qualité Produit")),
        ("Date", date("2026-10-02 10:15:40", PARIS)),
        ("Message-ID", "<icims.scheduling.98812231.1791000940@talent.icims.com>"),
    ], text(body, charset="windows-1252"))


@mail(N(41), family="webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Zoom webinar registration 'Réussir son entretien en visio', jeudi 1er octobre 18h30 - a webinar, not "
           "a job interview.")
def n41() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Merci de vous être inscrite à « Réussir son entretien d'embauche en visio ».

        Date et heure : 1 oct. 2026 06:30 PM Paris

        Rejoindre à partir d'un PC, Mac, iPad, iPhone ou appareil Android :
        https://us06web.zoom.us/w/84661203377?tk=Qm2kL

        Code secret : 221904

        Ajouter à l'agenda : Google Agenda | Outlook (.ics) | Yahoo Agenda

        Vous pouvez annuler votre inscription à tout moment.

        Cadres Avenir Centre - Val de Loire
        """)
    return message([
        rcv("zoom.us", "2026-09-24 12:02:18", PARIS, "Zw24c212"),
        ("From", addr("Cadres Avenir Centre", "no-reply@zoom.us")),
        ("Reply-To", "ateliers@cadres-avenir.fr"),
        ("To", TO),
        ("Subject", enc("Confirmation de l'inscription à Réussir son entretien d'embauche en visio")),
        ("Date", date("2026-09-24 12:02:18", PARIS)),
        ("Message-ID", "<zw.84661203377.reg.3391@zoom.us>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(42), family="auto_reply", lang="fr", interview=False, company="Vectrys Pharma",
      days=(("Thu", "2026-11-12"),),
      note="Out-of-office reply from the Vectrys recruiter to Mathilde's thank-you, quoting her mail about "
           "'notre entretien de jeudi 12 novembre' - auto-reply, nothing scheduled.")
def n42() -> bytes:
    body = t("""
        Bonjour,

        Je suis absent du vendredi 13 au vendredi 20 novembre inclus, sans accès à mes e-mails.
        Pour toute urgence recrutement, merci de contacter recrutement@vectrys-pharma.com.

        Olivier Lefranc

        -----Message d'origine-----
        De : Mathilde Garnier <mathilde.garnier@example.org>
        Envoyé : vendredi 13 novembre 2026 08:40
        À : Olivier Lefranc <o.lefranc@vectrys-pharma.com>
        Objet : Merci pour l'entretien

        Bonjour Olivier,
        Merci encore pour notre entretien de jeudi 12 novembre et pour la visite du site.
        Bien cordialement,
        Mathilde
        """)
    return message([
        rcv("smtp.vectrys-pharma.com", "2026-11-13 08:40:31", PARIS, "Vx13ar01"),
        ("From", addr("Olivier Lefranc", "o.lefranc@vectrys-pharma.com")),
        ("To", TO),
        ("Subject", enc("Réponse automatique : Merci pour l'entretien")),
        ("Date", date("2026-11-13 08:40:31", PARIS)),
        ("Message-ID", "<ooo.7731.20261113@vectrys-pharma.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body))


@mail(N(43), family="bounce", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Delivery failure (multipart/report) of Mathilde's own reply to Pharmaloire ('à mardi 6 octobre à "
           "14 h 30'), sent to a misspelt address - a bounce, not a confirmation.")
def n43() -> bytes:
    original = message([
        ("From", TO),
        ("To", "f.brosard@pharmaloire.fr"),
        ("Subject", enc("Re: RE: Candidature Ingénieur AQ - entretien")),
        ("Date", date("2026-09-30 12:05:11", PARIS)),
        ("Message-ID", "<CAF3mg+ok0930@mail.gmail.com>"),
    ], text(t("""
        Bonjour Monsieur Brossard,

        Parfait, je vous confirme ma présence mardi 6 octobre à 14 h 30 à Saint-Avertin.

        Bien cordialement,
        Mathilde Garnier
        """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <f.brosard@pharmaloire.fr>: host mx1.pharmaloire.fr[203.0.113.25] said:
            550 5.1.1 <f.brosard@pharmaloire.fr>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Fh2Kq1ZxPz9tC
        Arrival-Date: Wed, 30 Sep 2026 10:05:12 +0000 (UTC)

        Final-Recipient: rfc822; f.brosard@pharmaloire.fr
        Original-Recipient: rfc822;f.brosard@pharmaloire.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.pharmaloire.fr
        Diagnostic-Code: smtp; 550 5.1.1 <f.brosard@pharmaloire.fr>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report", text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                            original),
                       params="report-type=delivery-status")
    return message([
        ("Received", "by mx.example.org (Postfix)\r\n id 4Fh2Kq1ZxPz9tC; Wed, 30 Sep 2026 10:05:14 +0000 (UTC)"),
        ("From", "MAILER-DAEMON@mx.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", "Wed, 30 Sep 2026 10:05:14 +0000 (UTC)"),
        ("Message-ID", "<20260930100514.4Fh2Kq1ZxPz9tC@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(N(44), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Post on a quality professionals' mailing list relaying a job ad ('entretiens prévus la semaine du "
           "16 novembre') - list mail, nothing scheduled for her.")
def n44() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        Je relaie pour une collègue : la plateforme de bioproduction de Chambray cherche un(e)
        ingénieur(e) qualification/validation en CDI. Entretiens prévus la semaine du 16 novembre,
        candidatures avant le 10 à l'adresse indiquée dans l'annonce jointe (pas à moi 🙂).

        Par ailleurs, rappel : prochaine réunion du groupe régional le 3 décembre au soir, thème
        « Annexe 1, deux ans après ». Ordre du jour à suivre.

        Bonne semaine,
        Gilles Morvan
        Animateur du groupe Centre-Val de Loire

        --
        Liste qualite-pharma-cvl - pour se désinscrire : qualite-pharma-cvl-leave@listes.example.com
        """)
    return message([
        rcv("listes.example.com", "2026-11-02 18:20:55", PARIS, "Ls02b220"),
        ("From", addr("Gilles Morvan", "gilles.morvan@example.com")),
        ("Sender", "qualite-pharma-cvl-bounces@listes.example.com"),
        ("To", "qualite-pharma-cvl@listes.example.com"),
        ("Subject", enc("[qualite-pharma-cvl] Offre CDI validation Chambray + réunion du 3/12")),
        ("Date", date("2026-11-02 18:20:55", PARIS)),
        ("Message-ID", "<5d1a8e77-list-cvl-1102@example.com>"),
        ("List-Id", "Qualite pharma Centre-Val de Loire <qualite-pharma-cvl.listes.example.com>"),
        ("List-Unsubscribe", "<mailto:qualite-pharma-cvl-leave@listes.example.com>"),
        ("Precedence", "list"),
    ], text(body, cte="8bit"))


@mail(N(45), family="vaccination", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Pharmacy flu-vaccination appointment (lundi 16 novembre 8h45) - a medical appointment, not a job "
           "interview.")
def n45() -> bytes:
    body = t("""
        Bonjour Mathilde GARNIER,

        Votre rendez-vous est confirmé.

        Vaccination antigrippale
        Lundi 16 novembre 2026 à 08:45
        Pharmacie des Halles - 5 place Gaston-Paillhou, 37000 Tours

        Pensez à apporter votre carte Vitale et le bon de prise en charge.
        Pour annuler : https://rdv-sante.example.com/annuler/9k2x

        L'équipe RDV Santé
        """)
    return message([
        rcv("mail.rdv-sante.example.com", "2026-11-09 20:41:03", PARIS, "Rs09e841"),
        ("From", addr("RDV Santé", "no-reply@rdv-sante.example.com")),
        ("To", TO),
        ("Subject", enc("Confirmation : vaccination le lundi 16 novembre à 08:45")),
        ("Date", date("2026-11-09 20:41:03", PARIS)),
        ("Message-ID", "<rdv.9k2x.1109@rdv-sante.example.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(46), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-12-05"),),
      note="Estate agent confirms a flat viewing (samedi 5 décembre 10h) - not a job interview.")
def n46() -> bytes:
    body = t("""
        Bonjour Madame Garnier,

        Je vous confirme la visite du T3 rue Colbert (3e étage avec ascenseur, 68 m², 890 € CC) ce
        samedi 5 décembre à 10h. Rendez-vous devant l'immeuble, au 41. Le dossier locataire est à
        compléter en ligne si l'appartement vous plaît.

        Bien cordialement,
        Aurélien Brisset
        Immo Val de Loire - agence Tours Centre
        """)
    return message([
        rcv("smtp.immovaldeloire.fr", "2026-12-02 17:55:47", PARIS, "Iv02d755"),
        ("From", addr("Aurélien Brisset", "a.brisset@immovaldeloire.fr")),
        ("To", TO),
        ("Subject", enc("Visite T3 rue Colbert - samedi 10h")),
        ("Date", date("2026-12-02 17:55:47", PARIS)),
        ("Message-ID", "<3c7e1f90.ivl.1202@immovaldeloire.fr>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(N(47), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="School parent-teacher meeting slot (mardi 8 décembre 17h40) - not a job interview.")
def n47() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <p><b>Collège Ronsard - Tours</b><br>Rencontres parents-professeurs - classe de 5e B</p>
        <p>Madame GARNIER,</p>
        <p>Votre rendez-vous pour l'élève <b>Hugo GARNIER</b> est confirmé :</p>
        <ul><li>Mme LEROUX (professeure principale, mathématiques) : <b>mardi 08/12/2026 à 17h40</b> - salle 112</li></ul>
        <p>Chaque entretien dure 10 minutes. Merci de respecter l'horaire.</p>
        <p>Message envoyé via l'ENT - ne pas répondre.</p>
        </body></html>
        """)
    return message([
        rcv("ent.example.com", "2026-12-01 12:10:33", PARIS, "En01c210"),
        ("From", addr("ENT Collège Ronsard", "ne-pas-repondre@ent.example.com")),
        ("To", TO),
        ("Subject", enc("Rencontres parents-professeurs : votre rendez-vous")),
        ("Date", date("2026-12-01 12:10:33", PARIS)),
        ("Message-ID", "<ent.rpp.5b.20261201.8812@ent.example.com>"),
    ], html(page, charset="iso-8859-1"))


@mail(N(48), family="annual_review", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Outlook invite from her manager at her CURRENT employer for the 'entretien annuel d'évaluation' "
           "(vendredi 4 décembre 10:00-11:30) - an internal review, not a job interview.")
def n48() -> bytes:
    body = t("""
        Quand : vendredi 4 décembre 2026 10:00-11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Mon bureau (bât. C)

        Mathilde,

        Je te propose ce créneau pour ton entretien annuel d'évaluation. Pense à remplir ton
        auto-évaluation dans le SIRH avant jeudi soir, qu'on puisse en discuter sereinement.

        Patrick
        """)
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Morin Patrick:mailto:patrick.morin@labo-sorel.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Garnier Mathilde:mailto:mathilde.garnier@labo-sorel.fr
SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026 - M. Garnier
DTSTART;TZID=Romance Standard Time:20261204T100000
DTEND;TZID=Romance Standard Time:20261204T113000
UID:040000008200E00074C5B7101A82E00800000000C2D18E4F2B7ADD01000000000000000010000000AA31
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T073002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau P. Morin (bât. C)
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("PR0P264MB1840.FRAP264.PROD.OUTLOOK.COM", "2026-11-25 08:30:02", PARIS, "So25e830"),
        ("From", addr("Morin Patrick", "patrick.morin@labo-sorel.fr")),
        ("To", "Garnier Mathilde <mathilde.garnier@labo-sorel.fr>"),
        ("Subject", enc("Entretien annuel d'évaluation 2026 - M. Garnier")),
        ("Date", date("2026-11-25 08:30:02", PARIS)),
        ("Message-ID", "<PR0P264MB1840B2@PR0P264MB1840.FRAP264.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), calendar(cal, cte="base64")))


@mail(N(49), family="bank_advisor", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-12-09"),),
      note="Bank adviser meeting confirmed (bilan patrimonial, mercredi 9 décembre 12h15) - not a job interview.")
def n49() -> bytes:
    body = t("""
        Madame Garnier,

        Nous vous confirmons votre rendez-vous :

        Objet : Bilan patrimonial annuel / épargne salariale
        Avec : Julie Mercier, votre conseillère
        Le : mercredi 9 décembre 2026 à 12h15
        Où : Agence Tours Jean-Jaurès (ou par téléphone si vous le préférez)

        Pour préparer l'entretien, pensez à vous munir de votre dernier avis d'imposition et de vos
        relevés d'épargne salariale.

        Banque Ligérienne - votre agence Tours Jean-Jaurès
        Message automatique, merci de ne pas répondre.
        """)
    return message([
        rcv("mailing.banque-ligerienne.fr", "2026-12-03 09:00:41", PARIS, "Bl03a900"),
        ("From", addr("Banque Ligérienne", "ne-pas-repondre@banque-ligerienne.fr")),
        ("To", TO),
        ("Subject", enc("Confirmation de votre rendez-vous du 09/12/2026")),
        ("Date", date("2026-12-03 09:00:41", PARIS)),
        ("Message-ID", "<rdv.887120.1203@banque-ligerienne.fr>"),
    ], text(body, charset="iso-8859-1", cte="base64"))


@mail(N(50), family="recruiter_later", lang="fr", interview=False, company="Lysandre Pharma",
      note="Recruiter writes that hiring is frozen until the new year: 'relance-moi début janvier, on calera un "
           "call' - no interview, no time.")
def n50() -> bytes:
    body = t("""
        Hello Mathilde,

        Je reviens vers toi comme promis : mauvaise nouvelle côté budget, la direction a gelé tous les
        recrutements jusqu'à la fin de l'année, y compris le poste QA Officer dont on avait parlé.

        Rien n'est perdu, le poste devrait être rouvert en janvier. Relance-moi début janvier et on
        calera un call avec Marc dans la foulée, promis. D'ici là, passe de bonnes fêtes !

        Bises,
        Léa

        Léa Fontaine
        Talent Acquisition Partner - Lysandre Pharma
        Paris 8e
        """)
    return message([
        rcv("mail-lj1-f177.google.com", "2026-12-10 18:12:27", PARIS, "Ly10f812"),
        ("From", addr("Léa Fontaine", "lea.fontaine@lysandre-pharma.com")),
        ("To", TO),
        ("Subject", "Re: QA Officer - point"),
        ("Date", date("2026-12-10 18:12:27", PARIS)),
        ("Message-ID", "<CAL3y+fr1210@mail.gmail.com>"),
        ("In-Reply-To", "<CAF3mg+lys1126@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))
