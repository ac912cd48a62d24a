"""blind172: a blind 50-mail held-out set, the inbox of a public-health data analyst in Poitiers.

Every mail is written by hand, one function per mail; ``make.py`` does the MIME plumbing and the
checks. Build and check with ``python3 bench/heldout/make_blind.py blind172``.

Written blind: without reading the detector, its tests, fixtures or any other held-out set.
Inbox owner: Camille Renaud <camille.renaud@example.org> (Europe/Paris), September-December 2026.
File numbers are a fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
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
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1720172).sample(range(1, 51), 50)
ME = "camille.renaud@example.org"
ME_H = addr("Camille Renaud", ME)
PARIS = "Europe/Paris"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind172_{ORDER[key - 1]:03d}"


def mx(src: str, when: str, zone: str, ident: str, to: str = ME, lag: int = 3) -> str:
    return received(f"from {src}", when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", to, lag)


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

NZ_WIN = """BEGIN:VTIMEZONE
TZID:New Zealand Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 14:00", PARIS), end=utc("2026-09-15 14:45", PARIS),
      contact="helene.marchetti@lumenhealthdata.com", company="Lumen Health Data",
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 14:45", zone=PARIS,
      note="Greenhouse confirmation, 'Tuesday, September 15th, 2:00 PM - 2:45 PM CEST' (Paris, "
           "UTC+2 in September) -> 12:00Z-12:45Z; ICS in Europe/Paris agrees; contact = the "
           "recruiter's Reply-To, not the greenhouse-mail.io sender")
def _greenhouse_lumen() -> bytes:
    body = t("""
        Hi Camille,

        Thanks for taking the time to schedule your interview with Lumen Health Data! Here are
        the details:

        Role: Senior Data Analyst, Population Health
        Date: Tuesday, September 15th, 2026
        Time: 2:00 PM - 2:45 PM CEST
        Location: Google Meet - https://meet.google.com/qzv-hmtr-kpa

        Interviewers:
        Hélène Marchetti - Talent Partner
        Baptiste Oyelaran - Head of Analytics

        A calendar invitation is attached. If you need to make any changes, simply reply to this
        email and Hélène will help.

        Best,
        The Lumen Health Data Recruiting Team
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Camille,</p>
        <p>Thanks for taking the time to schedule your interview with Lumen Health Data! Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Role</b></td><td>Senior Data Analyst, Population Health</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15th, 2026</td></tr>
        <tr><td><b>Time</b></td><td>2:00 PM - 2:45 PM CEST</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/qzv-hmtr-kpa">Google Meet</a></td></tr>
        </table>
        <p><b>Interviewers:</b><br>Hélène Marchetti - Talent Partner<br>Baptiste Oyelaran - Head of Analytics</p>
        <p>A calendar invitation is attached. If you need to make any changes, simply reply to this email and Hélène will help.</p>
        <p>Best,<br>The Lumen Health Data Recruiting Team</p>
        <img src="https://us.greenhouse-mail.io/o/5c1e2f/open.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["Europe/Paris"] + "\n"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Greenhouse//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           + ics + t("""
        BEGIN:VEVENT
        UID:gh-interview-88213407@greenhouse.io
        DTSTAMP:20260910T144200Z
        DTSTART;TZID=Europe/Paris:20260915T140000
        DTEND;TZID=Europe/Paris:20260915T144500
        SUMMARY:Interview: Camille Renaud - Senior Data Analyst\\, Population Health (Lumen Health Data)
        LOCATION:https://meet.google.com/qzv-hmtr-kpa
        ORGANIZER;CN=Hélène Marchetti:mailto:helene.marchetti@lumenhealthdata.com
        ATTENDEE;CN=Camille Renaud;RSVP=TRUE:mailto:camille.renaud@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", mx("o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.14])",
                        "2026-09-10 16:42:07", PARIS, "4Q9h2T0xYbz3")),
        ("From", "Lumen Health Data <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", addr("Hélène Marchetti", "helene.marchetti@lumenhealthdata.com")),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Senior Data Analyst, Population Health at Lumen Health Data"),
        ("Date", date("2026-09-10 16:42:07", PARIS)),
        ("Message-ID", "<Cx9d1.2f7a3c0b41e8@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u001.Zk3mQ8rTn2pW5xLc"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 14:15", PARIS), end=None,
      contact="s.guerin@mutuelle-sevres-atlantique.fr", company="Mutuelle Sèvres Atlantique",
      local="Thu 2026-09-17 14:15", zone=PARIS,
      note="Recruiter reply 'je vous confirme notre rendez-vous jeudi 17 à 14 h 15' (Date Mon 14 Sep, "
           "Niort = Paris, CEST) -> 12:15Z; 'une heure environ' is approximate so end null; "
           "windows-1252 8bit, quoted thread")
def _prose_mutuelle() -> bytes:
    body = t("""
        Bonjour Madame Renaud,

        Merci pour votre retour rapide. Je vous confirme donc notre rendez-vous jeudi 17 à 14 h 15,
        dans nos locaux du 8 avenue de Limoges à Niort (accueil au rez-de-chaussée, demandez-moi).

        Vous rencontrerez M. Thierry Vasseur, responsable du pôle Actuariat & Études, et moi-même.
        L'entretien durera une heure environ. Pensez à apporter une pièce d'identité pour le badge
        visiteur.

        Bien cordialement,

        Sandrine Guérin
        Chargée de recrutement – Direction des Ressources Humaines
        Mutuelle Sèvres Atlantique
        05 49 00 17 42

        -----Message d'origine-----
        De : Camille Renaud <camille.renaud@example.org>
        Envoyé : vendredi 11 septembre 2026 18:32
        À : Sandrine Guérin <s.guerin@mutuelle-sevres-atlantique.fr>
        Objet : RE: Candidature – Chargée d'études statistiques (réf. 2026-114)

        Bonjour Madame Guérin,

        Jeudi 17 à 14h15 me convient parfaitement. Merci !

        Camille Renaud
        """)
    return message([
        ("Received", mx("smtp.mutuelle-sevres-atlantique.fr (smtp.mutuelle-sevres-atlantique.fr [194.51.12.77])",
                        "2026-09-14 11:05:40", PARIS, "4Q8rVm2Hk1z9")),
        ("From", addr("Sandrine Guérin", "s.guerin@mutuelle-sevres-atlantique.fr", "iso-8859-1")),
        ("To", ME_H),
        ("Subject", enc("RE: Candidature – Chargée d'études statistiques (réf. 2026-114)")),
        ("Date", date("2026-09-14 11:05:40", PARIS)),
        ("Message-ID", "<PR3P194MB0921A1B7C55E0F2D8C41E6A9D90A2@PR3P194MB0921.EURP194.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAM4r3n-x8Qe1wP@mail.example.org>"),
        ("Thread-Topic", enc("Candidature – Chargée d'études statistiques (réf. 2026-114)")),
        ("Content-Language", "fr-FR"),
    ], text(body, charset="windows-1252", cte="8bit"))


@mail(n(3), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-24 15:00", "Europe/London"), end=utc("2026-09-24 15:45", "Europe/London"),
      contact="tom.ashworth@kestrelbio.co.uk", company="Kestrel Bio",
      local="Thu 2026-09-24 15:00", local_end="2026-09-24 15:45", zone="Europe/London",
      note="Lever confirmation, 'Thursday 24 September, 3:00 PM - 3:45 PM BST' (London, UTC+1) -> "
           "14:00Z-14:45Z; the Paris time 4:00 PM is also given; HTML only, base64; contact = "
           "Reply-To recruiter")
def _lever_kestrel() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:22px;color:#222">
        <p>Hi Camille,</p>
        <p>Your interview with Kestrel Bio is confirmed. We look forward to speaking with you!</p>
        <div style="border:1px solid #e3e5e8;border-radius:4px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Data Analyst &ndash; Real World Evidence</div>
        <div>Thursday 24 September 2026</div>
        <div>3:00 PM &ndash; 3:45 PM BST (London)</div>
        <div style="color:#6b7280">That is 4:00 PM &ndash; 4:45 PM in your time zone (Paris)</div>
        <div>Video call: <a href="https://kestrelbio.zoom.us/j/84120933571">kestrelbio.zoom.us/j/84120933571</a></div>
        </div>
        <p>You'll be speaking with Tom Ashworth (Senior Recruiter) and Dr. Eleanor Pike (RWE Lead).</p>
        <p>Need to reschedule? Just reply to this email.</p>
        <p>Cheers,<br>Kestrel Bio Talent Team</p>
        <p style="font-size:11px;color:#9aa0a6">Sent via Lever &middot; Kestrel Bio Ltd, 21 Granta Park, Cambridge</p>
        </div></body></html>
        """)
    return message([
        ("Received", mx("mail-a42.hire.lever.co (mail-a42.hire.lever.co [198.2.180.42])",
                        "2026-09-21 10:03:18", "Europe/London", "4QB1pD3Wnmz7")),
        ("From", "Kestrel Bio <no-reply@hire.lever.co>"),
        ("Reply-To", "Tom Ashworth <tom.ashworth@kestrelbio.co.uk>"),
        ("To", ME_H),
        ("Subject", "Interview confirmed - Data Analyst, Real World Evidence"),
        ("Date", date("2026-09-21 10:03:18", "Europe/London")),
        ("Message-ID", "<0102019211c7e3a1-5b2e9d1c-7f44-4e0a-a1b6-8d73c2f0e915-000000@eu-west-1.amazonses.com>"),
        ("List-Unsubscribe", "<https://hire.lever.co/unsubscribe/kestrelbio>"),
    ], html(page, cte="base64"))


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 10:00", PARIS), end=utc("2026-10-06 11:00", PARIS),
      contact=None, company="Groupe Hospitalier Littoral Atlantique",
      local="Tue 2026-10-06 10:00", local_end="2026-10-06 11:00", zone=PARIS,
      note="Workday notification 'mardi 6 octobre 2026 de 10h00 à 11h00' (La Rochelle = Paris, CEST) "
           "-> 08:00Z-09:00Z; ICS in UTC agrees; no human address (myworkday.com sender, "
           "recrutement@ role box) -> contact null")
def _workday_ghla() -> bytes:
    body = t("""
        Bonjour Camille Renaud,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :

        Poste : Data analyst – Département d'Information Médicale (R-004187)
        Date : mardi 6 octobre 2026
        Horaire : de 10h00 à 11h00
        Lieu : Site des Minimes, bâtiment B, 2e étage, salle Ré – La Rochelle
        Jury : Dr Nadia Ferreira (médecin DIM), M. Pascal Oudin (DRH adjoint)

        Une invitation est jointe à ce message. Merci de vous présenter à l'accueil du bâtiment B
        dix minutes avant l'heure indiquée.

        Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.
        Pour toute question : recrutement@ghla-sante.fr

        Cordialement,
        La Direction des Ressources Humaines
        Groupe Hospitalier Littoral Atlantique

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600" style="border-top:4px solid #005b8f"><tr><td style="padding:18px">
        <p>Bonjour Camille Renaud,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :</p>
        <p><b>Poste :</b> Data analyst – Département d'Information Médicale (R-004187)<br>
        <b>Date :</b> mardi 6 octobre 2026<br>
        <b>Horaire :</b> de 10h00 à 11h00<br>
        <b>Lieu :</b> Site des Minimes, bâtiment B, 2e étage, salle Ré – La Rochelle<br>
        <b>Jury :</b> Dr Nadia Ferreira (médecin DIM), M. Pascal Oudin (DRH adjoint)</p>
        <p>Une invitation est jointe à ce message. Merci de vous présenter à l'accueil du bâtiment B dix minutes avant l'heure indiquée.</p>
        <p><a href="https://wd3.myworkdaysite.com/recruiting/ghla/Carrieres">Accéder à mon espace candidat</a></p>
        <p>Pour toute question : recrutement@ghla-sante.fr</p>
        <p>Cordialement,<br>La Direction des Ressources Humaines<br>Groupe Hospitalier Littoral Atlantique</p>
        <p style="color:#888;font-size:11px">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workday//Recruiting//FR
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:R-004187-INT-2c91f0a7@myworkday.com
        DTSTAMP:20260929T072000Z
        DTSTART:20261006T080000Z
        DTEND:20261006T090000Z
        SUMMARY:Entretien - Data analyst DIM - GHLA
        LOCATION:Site des Minimes\\, bâtiment B\\, 2e étage\\, salle Ré - La Rochelle
        ORGANIZER;CN=GHLA Recrutement:mailto:ghla@myworkday.com
        ATTENDEE;CN=Camille Renaud;ROLE=REQ-PARTICIPANT:mailto:camille.renaud@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("mta-112.myworkday.com (mta-112.myworkday.com [199.102.236.112])",
                        "2026-09-29 09:20:11", PARIS, "4QHd5s0Rr2z4")),
        ("From", "GHLA Recrutement <ghla@myworkday.com>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", enc("Confirmation de votre entretien – Data analyst (R-004187)")),
        ("Date", date("2026-09-29 09:20:11", PARIS)),
        ("Message-ID", "<1834712093.48811.1790666411093@wd3-prod-mta-112>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="quoted-printable", ctype="application/ics",
                      filename="Entretien.ics", disposition="attachment")))


@mail(n(5), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-23 11:30", PARIS), end=utc("2026-09-23 12:00", PARIS),
      contact="julien.barreau@epidata-conseil.fr", company="Epidata Conseil",
      local="Wed 2026-09-23 11:30", local_end="2026-09-23 12:00", zone=PARIS,
      note="Calendly invitee confirmation (French UI) for an 'Entretien - Data analyst' event, "
           "'11:30 - 12:00, mercredi 23 septembre 2026 (heure d'été d'Europe centrale)' -> "
           "09:30Z-10:00Z; contact = host's Reply-To")
def _calendly_epidata() -> bytes:
    body = t("""
        Bonjour Camille Renaud,

        Votre événement est programmé.

        Nom de l'événement :
        Entretien - Data analyst (Bordeaux / hybride)

        Date/Heure :
        11:30 - 12:00, mercredi 23 septembre 2026 (Heure d'été d'Europe centrale)

        Participants :
        Julien Barreau, Camille Renaud

        Lieu :
        Ce rendez-vous est un appel Microsoft Teams. Les détails de connexion seront fournis par
        l'organisateur.

        Questions :
        Merci d'indiquer un numéro de téléphone au cas où la connexion échoue.
        06 71 32 84 19

        Vous avez besoin de faire des modifications ?
        Annuler : https://calendly.com/cancellations/8c1a77e2-5d3b-4e55-93d0-1f0b2a64c8e1
        Reprogrammer : https://calendly.com/reschedulings/8c1a77e2-5d3b-4e55-93d0-1f0b2a64c8e1

        Propulsé par Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Arial,sans-serif;color:#1a1a1a">
        <h2 style="font-size:20px">Votre événement est programmé.</h2>
        <p><b>Nom de l'événement :</b><br>Entretien - Data analyst (Bordeaux / hybride)</p>
        <p><b>Date/Heure :</b><br>11:30 - 12:00, mercredi 23 septembre 2026 (Heure d'été d'Europe centrale)</p>
        <p><b>Participants :</b><br>Julien Barreau<br>Camille Renaud</p>
        <p><b>Lieu :</b><br>Ce rendez-vous est un appel Microsoft Teams. Les détails de connexion seront fournis par l'organisateur.</p>
        <p><a href="https://calendly.com/cancellations/8c1a77e2-5d3b-4e55-93d0-1f0b2a64c8e1">Annuler</a> &middot;
        <a href="https://calendly.com/reschedulings/8c1a77e2-5d3b-4e55-93d0-1f0b2a64c8e1">Reprogrammer</a></p>
        <p style="font-size:12px;color:#666">Propulsé par Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20260918T155012Z
        UID:8c1a77e2-5d3b-4e55-93d0-1f0b2a64c8e1@calendly.com
        DTSTART:20260923T093000Z
        DTEND:20260923T100000Z
        SUMMARY:Entretien - Data analyst (Bordeaux / hybride) entre Julien Barreau et Camille Renaud
        ORGANIZER;CN=Julien Barreau:mailto:julien.barreau@epidata-conseil.fr
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("o1.calendly.com (o1.calendly.com [149.72.126.143])",
                        "2026-09-18 17:50:12", PARIS, "4Q7kXf1Lcwz2")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Julien Barreau <julien.barreau@epidata-conseil.fr>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", enc("Confirmé : Entretien - Data analyst (Bordeaux / hybride) avec Julien Barreau "
                        "le mercredi 23 septembre 2026")),
        ("Date", date("2026-09-18 17:50:12", PARIS)),
        ("Message-ID", "<calendly.invitee.8c1a77e2.20260918155012@calendly.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="PUBLISH", filename="invite.ics", disposition="attachment")))


@mail(n(6), family="exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:00", PARIS), end=utc("2026-10-27 11:00", PARIS),
      contact="marc-antoine.lefebvre@sante-valdeloire.fr", company="Agence Santé Val de Loire",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=PARIS,
      note="Outlook meeting request sent Mon 19 Oct (CEST) for Tue 27 Oct, two days after the return "
           "to CET: 10:00-11:00 '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' -> 09:00Z-10:00Z; "
           "ICS TZID 'Romance Standard Time' agrees; contact = organizer")
def _exchange_valdeloire() -> bytes:
    body = t("""
        Bonjour Camille,

        Comme convenu au téléphone, voici l'invitation pour votre entretien pour le poste de data
        analyst au sein de la cellule Observation & Études (Tours). Seront présents Mme Agathe
        Noirot (cheffe de cellule) et moi-même.

        Bien à vous,
        Marc-Antoine Lefebvre
        Chargé de mission RH – Agence Santé Val de Loire
        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour participer à la réunion
        ID de la réunion : 372 118 904 516
        Code secret : u7Hq3P
        Télécharger Teams | Rejoindre sur le web
        En savoir plus | Options de réunion
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Camille,</p>
        <p>Comme convenu au téléphone, voici l'invitation pour votre entretien pour le poste de data analyst au sein de la cellule Observation &amp; Études (Tours). Seront présents Mme Agathe Noirot (cheffe de cellule) et moi-même.</p>
        <p>Bien à vous,<br>Marc-Antoine Lefebvre<br>Chargé de mission RH – Agence Santé Val de Loire</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div style="font-size:24px;font-weight:600">Réunion Microsoft Teams</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NjQ4%40thread.v2/0">Cliquez ici pour participer à la réunion</a></div>
        <div>ID de la réunion : 372 118 904 516<br>Code secret : u7Hq3P</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=LEFEBVRE Marc-Antoine:mailto:marc-antoine.lefebvre@sante-valdeloire.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.renaud@example.org:mailto:camille.renaud@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=NOIROT Agathe:mailto:agathe.noirot@sante-valdeloire.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\\,\\n\\nComme convenu au téléphone\\, voici l'invitation pour votre entretien.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A4C2E1F95FDD01000000000000000010000000A1E3C0F7B2D4F04E9A1B6C7D8E9F0A1B
        SUMMARY;LANGUAGE=fr-FR:Entretien Camille Renaud - Data analyst Observation & Études
        DTSTART;TZID=Romance Standard Time:20261027T100000
        DTEND;TZID=Romance Standard Time:20261027T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T131200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:marc-antoine.lefebvre@sante-valdeloire.fr\\;gruu\\;opaque=app:conf:focus:id:ZTk1NjQ4
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Réunion Microsoft Teams","LocationAnnotation":"","LocationSource":0}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """))
    when_line = "Quand : mardi 27 octobre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n"
    return message([
        ("Received", mx("EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound."
                        "protection.outlook.com [40.107.20.101])", "2026-10-19 15:12:02", PARIS, "4QNs9g6Yt8z1")),
        ("From", "LEFEBVRE Marc-Antoine <marc-antoine.lefebvre@sante-valdeloire.fr>"),
        ("To", "\"camille.renaud@example.org\" <camille.renaud@example.org>"),
        ("CC", "NOIROT Agathe <agathe.noirot@sante-valdeloire.fr>"),
        ("Subject", enc("Entretien Camille Renaud - Data analyst Observation & Études")),
        ("Thread-Topic", enc("Entretien Camille Renaud - Data analyst Observation & Études")),
        ("Thread-Index", "AdtBz3kQ9mX1sV0eQpyYw2Y4cA7n5g=="),
        ("Date", date("2026-10-19 15:12:02", PARIS)),
        ("Message-ID", "<PAXP193MB17624E0B1C2D3E4F5A6B7C8D9E0F1A2B@PAXP193MB1762.EURP193.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(when_line + "Où : Réunion Microsoft Teams\n\n" + body),
           html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(7), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-05 10:00", PARIS), end=utc("2026-11-05 10:45", PARIS),
      contact="romain@clairsante.io", company="Clairsanté",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 10:45", zone=PARIS,
      note="Cofounder's phone reply (tu) 'on se cale ça jeudi 10h' sent Mon 2 Nov -> Thu 5 Nov, "
           "10:00 CET -> 09:00Z; 'ça durera 45 min' is an exact length -> end 09:45Z; the quoted "
           "mail offered jeudi 10h or vendredi 14h")
def _prose_clairsante() -> bytes:
    body = t("""
        Hello Camille,

        Top, on se cale ça jeudi 10h alors ! Je t'envoie le lien Meet dans la journée. Ce sera
        avec moi et Inès (notre lead data), ça durera 45 min. On parlera surtout du projet de
        tableau de bord pour les EHPAD, prépare 2-3 exemples de trucs que tu as fait sur des
        données PMSI si tu peux .

        A jeudi !
        Romain

        Envoyé de mon iPhone

        > Le 1 nov. 2026 à 21:14, Camille Renaud <camille.renaud@example.org> a écrit :
        >
        > Salut Romain,
        > Merci pour ton message ! Je suis dispo jeudi 10h ou vendredi 14h, comme tu préfères.
        > Belle soirée,
        > Camille
        """)
    return message([
        ("Received", mx("mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])",
                        "2026-11-02 08:47:29", PARIS, "4QmZ2c7Tf5z6")),
        ("From", "Romain Castex <romain@clairsante.io>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Re: Poste data analyst chez Clairsanté")),
        ("Date", date("2026-11-02 08:47:29", PARIS)),
        ("Message-ID", "<7A2E91C4-3B1D-4F8E-9C05-DD41E2A7B630@clairsante.io>"),
        ("In-Reply-To", "<CAMr3n4ud+Zx81@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, params="format=flowed; delsp=yes", cte="quoted-printable"))


@mail(n(8), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", "America/New_York"), end=utc("2026-11-03 10:45", "America/New_York"),
      contact="dana.whitfield@northbeam.io", company="Northbeam Analytics",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
      note="Ashby confirmation sent Thu 29 Oct in EDT for Tue 3 Nov, after the US return to EST on "
           "1 Nov: 10:00-10:45 AM EST -> 15:00Z-15:45Z (the body's Paris time 4:00 PM agrees, "
           "Paris is already on CET); ICS in America/New_York; contact = Reply-To")
def _ashby_northbeam() -> bytes:
    body = t("""
        Hi Camille,

        Your interview is confirmed. We're looking forward to speaking with you!

        Hiring Manager Interview - Analytics Engineer (Health Outcomes, Remote EU)
        Tuesday, November 3, 2026
        10:00 AM - 10:45 AM EST (4:00 PM - 4:45 PM CET)
        Zoom: https://northbeam.zoom.us/j/96611823040

        You'll meet with:
          Marcus Oyelowo - Director of Analytics

        Note: the US clocks change on November 1, so the gap with Paris is back to six hours.

        Questions? Just reply and it will reach Dana Whitfield.

        Thanks,
        Northbeam Analytics Recruiting
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:5e0c9a11-77d2-4b38-9f7e-2a61c4d8b903
        DTSTAMP:20261029T161500Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T104500
        SEQUENCE:0
        SUMMARY:Northbeam Analytics - Hiring Manager Interview (Camille Renaud)
        LOCATION:https://northbeam.zoom.us/j/96611823040
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@northbeam.io
        ATTENDEE;CN=Camille Renaud;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.renaud@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", mx("a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                        "2026-10-29 12:15:44", "America/New_York", "4QPz1x3Bd0z8")),
        ("From", "Northbeam Analytics <no-reply@ashbyhq.com>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@northbeam.io>"),
        ("To", ME_H),
        ("Subject", "Interview confirmed: Analytics Engineer (Health Outcomes) at Northbeam Analytics"),
        ("Date", date("2026-10-29 12:15:44", "America/New_York")),
        ("Message-ID", "<0100019a2f5c11e2-8d7e6f40-1c2b-4a3d-9e8f-7a6b5c4d3e2f-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(9), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-12 09:30", PARIS), end=utc("2026-10-12 10:00", PARIS),
      contact="lea.fontaine@oxalis-sante.fr", company="Oxalis Santé",
      local="Mon 2026-10-12 09:30", local_end="2026-10-12 10:00", zone=PARIS,
      note="Teamtailor message 'lundi 12 octobre à 9h30 ... 30 minutes' (La Rochelle, CEST) -> "
           "07:30Z-08:00Z; Reply-To is a Teamtailor inbound relay, so contact = the recruiter's "
           "address in the signature")
def _teamtailor_oxalis() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci d'avoir choisi un créneau ! Votre entretien pour le poste de Data Analyst Santé
        (La Rochelle, hybride) est bien confirmé :

        📅 lundi 12 octobre à 9h30
        ⏱ 30 minutes
        📍 Visio – le lien Whereby : https://whereby.com/oxalis-recrutement

        Ce premier échange se fera avec moi ; nous parlerons de votre parcours et de l'équipe.

        À très vite,
        Léa Fontaine
        Talent Acquisition – Oxalis Santé
        lea.fontaine@oxalis-sante.fr

        Oxalis Santé · 14 quai Louis Prunier · 17000 La Rochelle
        Vous recevez ce message car vous avez postulé via notre page carrières.
        """)
    page = t("""
        <html><body style="background:#f6f6f6;margin:0">
        <table align="center" width="560" style="background:#ffffff;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#23262a"><tr><td style="padding:28px">
        <img src="https://img.teamtailor-cdn.com/images/s3/teamtailor-production/logo-oxalis.png" alt="Oxalis Santé" height="32">
        <p>Bonjour Camille,</p>
        <p>Merci d'avoir choisi un créneau ! Votre entretien pour le poste de <b>Data Analyst Santé</b> (La Rochelle, hybride) est bien confirmé :</p>
        <p>📅 lundi 12 octobre à 9h30<br>⏱ 30 minutes<br>📍 Visio – <a href="https://whereby.com/oxalis-recrutement">lien Whereby</a></p>
        <p>Ce premier échange se fera avec moi ; nous parlerons de votre parcours et de l'équipe.</p>
        <p>À très vite,<br>Léa Fontaine<br>Talent Acquisition – Oxalis Santé<br><a href="mailto:lea.fontaine@oxalis-sante.fr">lea.fontaine@oxalis-sante.fr</a></p>
        <p style="font-size:12px;color:#8a8f98">Oxalis Santé · 14 quai Louis Prunier · 17000 La Rochelle<br>Vous recevez ce message car vous avez postulé via notre page carrières.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("mail197-12.suw41.mandrillapp.com (mail197-12.suw41.mandrillapp.com [198.2.197.12])",
                        "2026-10-07 14:30:51", PARIS, "4QK2mN8Sx3z5")),
        ("From", addr("Léa Fontaine (Oxalis Santé)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+3f9a2b7c41d0@inbound.teamtailor-mail.com"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Votre entretien chez Oxalis Santé est confirmé")),
        ("Date", date("2026-10-07 14:30:51", PARIS)),
        ("Message-ID", "<6a1f0c2e.oxalis-sante.20261007123051@teamtailor-mail.com>"),
        ("X-Mailer", "Teamtailor"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(10), family="human_prose", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-10-14 09:30", "Europe/Zurich"), end=None,
      contact="al.rochat@leman-sante-globale.ch", company="Fondation Léman Santé Globale",
      local="Wed 2026-10-14 09:30", zone="Europe/Zurich",
      note="Swiss French mail from Geneva 'mercredi 14 octobre à 9h30 (heure de Genève)', CEST -> "
           "07:30Z; the attached ICS is an all-day event for 14 October (time only in the text); "
           "'trois quarts d'heure environ' is approximate -> end null; iso-8859-1 QP")
def _swiss_leman() -> bytes:
    body = t("""
        Chère Madame,

        Suite à notre échange de mardi, j'ai le plaisir de vous confirmer votre entretien pour le
        poste d'analyste de données (santé publique, 80 %, télétravail partiel depuis la France
        possible).

        Il aura lieu le mercredi 14 octobre à 9h30 (heure de Genève, soit la même heure que chez
        vous à Poitiers), par Webex. Le lien vous parviendra la veille. Nous avons prévu environ
        trois quarts d'heure avec M. Reto Baumgartner, responsable du pôle données, et moi-même.

        Je me réjouis de faire votre connaissance et reste à disposition pour toute question.

        Meilleures salutations,

        Anne-Laure Rochat
        Responsable RH
        Fondation Léman Santé Globale
        Rue de Lausanne 64, 1202 Genève
        +41 22 700 18 34
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.6//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:4C7B1A90-2E3F-4D55-8A61-0F9E2B7C3D11
        DTSTAMP:20261008T142000Z
        DTSTART;VALUE=DATE:20261014
        DTEND;VALUE=DATE:20261015
        SUMMARY:Entretien C. Renaud (Webex)
        DESCRIPTION:9h30 heure de Genève - avec R. Baumgartner
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("mail.leman-sante-globale.ch (mail.leman-sante-globale.ch [195.176.20.61])",
                        "2026-10-08 16:20:33", "Europe/Zurich", "4QL0wV5Gp2z9")),
        ("From", addr("Anne-Laure Rochat", "al.rochat@leman-sante-globale.ch")),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Confirmation entretien - analyste de données", "iso-8859-1")),
        ("Date", date("2026-10-08 16:20:33", "Europe/Zurich")),
        ("Message-ID", "<3D5E7F90-ABCD-4E12-9F01-6C8B2A4D1E33@leman-sante-globale.ch>"),
        ("X-Mailer", "Apple Mail (2.3826.600.51)"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, method=None, cte="quoted-printable", filename="Entretien C. Renaud.ics",
                      disposition="attachment")))


@mail(n(11), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:00", "America/Toronto"), end=utc("2026-11-12 10:00", "America/Toronto"),
      contact="gtremblay@donneesboreales.ca", company="Données Boréales inc.",
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:00", zone="America/Toronto",
      note="Québec French mail 'jeudi 12 novembre à 9 h (heure de l'Est)', Montréal in EST after "
           "1 Nov -> 14:00Z, 'd'une durée d'une heure' -> end 15:00Z; the body's '15 h à Paris' agrees")
def _quebec_boreales() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci pour ton intérêt envers le poste d'analyste en données de santé (télétravail,
        équipe de Montréal). Tel que discuté, je te confirme l'entrevue avec notre équipe le
        jeudi 12 novembre à 9 h (heure de l'Est), soit 15 h à Paris. L'entrevue sera d'une durée
        d'une heure, sur Teams ; tu recevras l'invitation par courriel d'ici demain.

        Tu rencontreras Mathieu Gagnon, directeur Analytique, et moi-même.

        N'hésite pas si tu as des questions d'ici là. Au plaisir de jaser avec toi!

        Bonne fin de semaine,

        Geneviève Tremblay
        Conseillère principale, acquisition de talents
        Données Boréales inc.
        514 555-0142
        """)
    page = ("<html><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</div></body></html>\n")
    return message([
        ("Received", mx("CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2110.outbound."
                        "protection.outlook.com [40.107.115.110])", "2026-11-06 11:40:09",
                        "America/Toronto", "4QnX6b1Kv7z3")),
        ("From", addr("Geneviève Tremblay", "gtremblay@donneesboreales.ca")),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Entrevue – Analyste en données de santé")),
        ("Date", date("2026-11-06 11:40:09", "America/Toronto")),
        ("Message-ID", "<YT3PR01MB6184C2A9E1B5F7D3A0C4B8E2F1D9A6C3@YT3PR01MB6184.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CA"),
    ], alt(text(body), html(page)))


@mail(n(12), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-20 14:00", PARIS), end=utc("2026-10-20 15:00", PARIS),
      contact="olivier.marchand@vienne-biologie.fr", company="Vienne Biologie",
      local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone=PARIS,
      note="SmartRecruiters 'entretien planifié' whose body gives no time ('voir l'invitation "
           "jointe'); the time is only in the ICS: 20261020T140000-150000 Europe/Paris (CEST) -> "
           "12:00Z-13:00Z; contact = the human ICS ORGANIZER")
def _smartrecruiters_vienne() -> bytes:
    body = t("""
        Bonjour Camille,

        Votre entretien avec Vienne Biologie pour le poste « Data analyst qualité & performance
        (Poitiers) » a été planifié.

        Vous trouverez en pièce jointe l'invitation (fichier .ics) avec la date, l'heure et le
        lieu : il vous suffit de l'ajouter à votre agenda.

        Votre interlocuteur : Olivier Marchand, directeur qualité.
        Adresse : 27 rue de la Croix-Blanche, 86000 Poitiers (parking visiteurs à l'arrière).

        Bonne préparation !
        L'équipe recrutement de Vienne Biologie

        Propulsé par SmartRecruiters · Politique de confidentialité
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Bonjour Camille,</p>
        <p>Votre entretien avec <b>Vienne Biologie</b> pour le poste « Data analyst qualité &amp; performance (Poitiers) » a été planifié.</p>
        <p>Vous trouverez en pièce jointe l'invitation (fichier .ics) avec la date, l'heure et le lieu : il vous suffit de l'ajouter à votre agenda.</p>
        <p>Votre interlocuteur : Olivier Marchand, directeur qualité.<br>Adresse : 27 rue de la Croix-Blanche, 86000 Poitiers (parking visiteurs à l'arrière).</p>
        <p>Bonne préparation !<br>L'équipe recrutement de Vienne Biologie</p>
        <p style="font-size:11px;color:#999">Propulsé par SmartRecruiters · <a href="https://www.smartrecruiters.com/privacy-policy/">Politique de confidentialité</a></p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SmartRecruiters//Interview Scheduler//EN\nMETHOD:REQUEST\n"
           + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-6f0e2d91-3a7b-4c58-b1e4-90d2c7a5f318
        DTSTAMP:20261013T080500Z
        DTSTART;TZID=Europe/Paris:20261020T140000
        DTEND;TZID=Europe/Paris:20261020T150000
        SUMMARY:Entretien - Data analyst qualité & performance - Camille Renaud
        LOCATION:27 rue de la Croix-Blanche\\, 86000 Poitiers
        ORGANIZER;CN=Olivier Marchand:mailto:olivier.marchand@vienne-biologie.fr
        ATTENDEE;CN=Camille Renaud;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.renaud@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", mx("mail-out-7.smartrecruiters.com (mail-out-7.smartrecruiters.com [52.29.74.170])",
                        "2026-10-13 10:05:00", PARIS, "4QMb4r7Nh6z2")),
        ("From", "Vienne Biologie <no-reply@smartrecruiters.com>"),
        ("Reply-To", "reply-6f0e2d91@reply.smartrecruiters.com"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Entretien planifié – Data analyst qualité & performance")),
        ("Date", date("2026-10-13 10:05:00", PARIS)),
        ("Message-ID", "<20261013080500.6f0e2d91.interview@smartrecruiters.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="base64", filename="entretien.ics",
                      disposition="attachment", name_param=True)))


@mail(n(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-17 16:30", "Europe/Amsterdam"), end=utc("2026-11-17 17:00", "Europe/Amsterdam"),
      contact="sanne.devries@vondelhealth.nl", company="Vondel Health",
      local="Tue 2026-11-17 16:30", local_end="2026-11-17 17:00", zone="Europe/Amsterdam",
      note="Recruiter mail sent Mon 16 Nov 09:10 CET: 'tomorrow (Tuesday) at 4:30pm CET ... 30 "
           "minutes' -> 15:30Z-16:00Z; the pasted Zoom block says 'Nov 17, 2026 04:30 PM Amsterdam'")
def _zoom_vondel() -> bytes:
    body = t("""
        Hi Camille,

        Great to hear you're available - let's lock it in: tomorrow (Tuesday) at 4:30pm CET,
        30 minutes, with me and Joris from our epidemiology team. Zoom details below.

        Speak soon,
        Sanne

        --
        Sanne de Vries | Recruiter | Vondel Health
        Keizersgracht 412, Amsterdam

        Sanne de Vries is inviting you to a scheduled Zoom meeting.

        Topic: Vondel Health x Camille Renaud - Data Analyst interview
        Time: Nov 17, 2026 04:30 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://vondelhealth.zoom.us/j/81734420957?pwd=Rk5sQ2dNa1Z0eUd0

        Meeting ID: 817 3442 0957
        Passcode: 662013
        """)
    return message([
        ("Received", mx("mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])",
                        "2026-11-16 09:10:27", "Europe/Amsterdam", "4QvF8c2Wm1z4")),
        ("From", "Sanne de Vries <sanne.devries@vondelhealth.nl>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", "Re: Data Analyst role - next step"),
        ("Date", date("2026-11-16 09:10:27", "Europe/Amsterdam")),
        ("Message-ID", "<CAH7vQx2pLm+91kTzW0aRr3eNc@mail.gmail.com>"),
        ("In-Reply-To", "<CAMr3n4ud+Vd55@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(14), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:30", PARIS), end=utc("2026-11-19 10:30", PARIS),
      contact="claire.dubreuil@halvorsen-tx.com", company="Halvorsen Therapeutics",
      local="Thu 2026-11-19 09:30", local_end="2026-11-19 10:30", zone=PARIS,
      note="iCIMS mail with a US-style date '11/19/2026', '9:30 AM (GMT+01:00) Paris', 'Duration: "
           "60 minutes' -> 08:30Z-09:30Z; Date header in EST; contact = coordinator named in the body")
def _icims_halvorsen() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
        <table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#0c2340;padding:14px;color:#fff;font-size:18px">Halvorsen Therapeutics Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Camille,</p>
        <p>Thank you for your interest in Halvorsen Therapeutics. We are pleased to confirm your interview for <b>Data Analyst, Medical Affairs (Req #2026-3381)</b>.</p>
        <table cellpadding="3">
        <tr><td><b>Date:</b></td><td>11/19/2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:30 AM (GMT+01:00) Paris</td></tr>
        <tr><td><b>Duration:</b></td><td>60 minutes</td></tr>
        <tr><td><b>Format:</b></td><td>On site &ndash; Halvorsen France, 11 rue de Lisbonne, 75008 Paris</td></tr>
        <tr><td><b>Interview team:</b></td><td>Dr. Amélie Sorel, Head of Medical Analytics</td></tr>
        </table>
        <p>Your interview coordinator is Claire Dubreuil (<a href="mailto:claire.dubreuil@halvorsen-tx.com">claire.dubreuil@halvorsen-tx.com</a>). Please contact her if you require any accommodation.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Halvorsen Therapeutics</p>
        <p style="font-size:10px;color:#777">This is an automated message sent from iCIMS on behalf of Halvorsen Therapeutics. Please do not reply to this message.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("mta21.talent.icims.com (mta21.talent.icims.com [64.94.164.21])",
                        "2026-11-12 08:02:15", "America/New_York", "4QsT0y5Jb9z1")),
        ("From", "Halvorsen Therapeutics <halvorsen-tx@talent.icims.com>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", "Interview Confirmation - Data Analyst, Medical Affairs (Req #2026-3381)"),
        ("Date", date("2026-11-12 08:02:15", "America/New_York")),
        ("Message-ID", "<1731416535115.8832.halvorsen-tx@talent.icims.com>"),
        ("X-iCIMS-Customer", "halvorsen-tx"),
    ], html(page, cte="quoted-printable"))


@mail(n(15), family="forward_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-04 11:00", PARIS), end=utc("2026-12-04 12:30", PARIS),
      contact="jerome.piaget@orbe-rh.fr", company="IRP Poitou",
      local="Fri 2026-12-04 11:00", local_end="2026-12-04 12:30", zone=PARIS,
      note="Camille forwards to herself (message/rfc822) a recruitment-agency confirmation: "
           "'vendredi 4 décembre à 11h ... durera 1h30' (Poitiers, CET) -> 10:00Z-11:30Z; contact "
           "= the agency recruiter in the forwarded header; company = the hiring client IRP Poitou")
def _forward_orbe() -> bytes:
    inner_body = t("""
        Bonjour Camille,

        Bonne nouvelle : notre client, l'Institut Régional de Prévention (IRP Poitou), souhaite vous
        rencontrer. Je vous confirme l'entretien le vendredi 4 décembre à 11h, dans leurs locaux,
        5 rue Victor-Hugo à Poitiers (2e étage). L'entretien durera 1h30 : 45 minutes d'échange puis
        un petit cas pratique sur un jeu de données de vaccination.

        Vous serez reçue par Mme Hélène Beaufort, directrice des études.

        N'hésitez pas à m'appeler avant pour un dernier point de préparation.

        Bien à vous,

        Jérôme Piaget
        Consultant senior – Orbe RH, cabinet de recrutement
        06 12 48 90 37
        """)
    inner = message([
        ("From", addr("Jérôme Piaget", "jerome.piaget@orbe-rh.fr")),
        ("To", "Camille Renaud <camille.renaud@example.net>"),
        ("Subject", enc("Entretien IRP Poitou – confirmation")),
        ("Date", date("2026-11-27 17:30:12", PARIS)),
        ("Message-ID", "<20261127173012.5a1c@orbe-rh.fr>"),
    ], text(inner_body, cte="8bit"))
    outer = t("""
        à mettre dans l'agenda pro + prévoir de relire le dossier vaccination

        """)
    return message([
        ("Received", mx("smtp.example.net (smtp.example.net [192.0.2.25])", "2026-11-29 20:15:44", PARIS,
                        "4Qz3Hc9Lp4z7")),
        ("From", "Camille Renaud <camille.renaud@example.net>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Fwd: Entretien IRP Poitou – confirmation")),
        ("Date", date("2026-11-29 20:15:44", PARIS)),
        ("Message-ID", "<a81f7c3e-0b2d-4c1e-9f5a-3e7d2b6c1a90@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="8bit", params="format=flowed"), attached_message(inner)))


@mail(n(16), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-29 09:00", "Pacific/Auckland"), end=utc("2026-09-29 09:45", "Pacific/Auckland"),
      contact="aroha.ngata@kowhaihealth.co.nz", company="Kōwhai Health Analytics",
      local="Tue 2026-09-29 09:00", local_end="2026-09-29 09:45", zone="Pacific/Auckland",
      note="Outlook request from Auckland sent Thu 24 Sep (NZST, +12) for Tue 29 Sep after NZ daylight "
           "time began on 27 Sep: 9:00-9:45 a.m. NZDT (+13) -> Mon 28 Sep 20:00Z-20:45Z, the previous "
           "day in UTC (22:00 Monday in Paris, as the body says); Outlook's '(UTC+12:00)' label shows "
           "the standard offset; ICS 'New Zealand Standard Time'")
def _exchange_kowhai() -> bytes:
    body = t("""
        When: Tuesday, 29 September 2026 9:00 a.m.-9:45 a.m. (UTC+12:00) Auckland, Wellington.
        Where: Microsoft Teams Meeting

        Kia ora Camille,

        Thanks for being flexible with the time difference! As discussed, this is the panel
        interview for the Senior Analyst (Population Health) role. Our clocks go forward this
        Sunday, so 9am Tuesday here is 10pm Monday evening for you in Poitiers.

        Ngā mihi,
        Aroha Ngata
        People & Culture Partner | Kōwhai Health Analytics
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 421 907 335 118
        Passcode: Xq7bN2
        ________________________________________________________________________________
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + NZ_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhaihealth.co.nz
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Renaud:mailto:camille.renaud@example.org
        UID:040000008200E00074C5B7101A82E00800000000F1C2A3B4D5E6DD01000000000000000010000000B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2
        SUMMARY;LANGUAGE=en-NZ:Panel interview - Camille Renaud - Senior Analyst (Population Health)
        DTSTART;TZID=New Zealand Standard Time:20260929T090000
        DTEND;TZID=New Zealand Standard Time:20260929T094500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T033000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-NZ:Microsoft Teams Meeting
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
        """))
    return message([
        ("Received", mx("AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2090.outbound."
                        "protection.outlook.com [40.107.107.90])", "2026-09-24 15:30:00",
                        "Pacific/Auckland", "4QG8kS1Dd6z5")),
        ("From", "Aroha Ngata <aroha.ngata@kowhaihealth.co.nz>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", "Panel interview - Camille Renaud - Senior Analyst (Population Health)"),
        ("Thread-Topic", "Panel interview - Camille Renaud - Senior Analyst (Population Health)"),
        ("Date", date("2026-09-24 15:30:00", "Pacific/Auckland")),
        ("Message-ID", "<SY4P282MB3611D7E2A9B0C1F3E5D8A2B4C6E1F0A9@SY4P282MB3611.AUSP282.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-NZ"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-08 14:00", "Europe/London"), end=utc("2026-10-08 15:00", "Europe/London"),
      contact="priya.raman@brackenridge-insights.co.uk", company="Brackenridge Insights",
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone="Europe/London",
      note="GoodTime reschedule stating old (Tue 6 Oct 11:00-12:00 BST) and new time: Thursday, "
           "October 8, 2:00 PM - 3:00 PM BST -> 13:00Z-14:00Z; ICS in UTC, SEQUENCE 1; contact = "
           "coordinator Reply-To")
def _goodtime_brackenridge() -> bytes:
    body = t("""
        Hi Camille,

        Your interview with Brackenridge Insights has been rescheduled.

        PREVIOUS TIME (cancelled)
        Tuesday, October 6, 2026 · 11:00 AM - 12:00 PM BST

        NEW TIME
        Thursday, October 8, 2026 · 2:00 PM - 3:00 PM BST (London)
        3:00 PM - 4:00 PM CEST (Paris)

        Interview: Case study presentation - Health Economics Analyst
        Interviewers: Oliver Grant (Associate Director), Mei Lin Chow (Principal Analyst)
        Join: https://brackenridge.zoom.us/j/93318450216

        An updated calendar invitation is attached. If this time no longer works, reply to this
        email and Priya will find another slot.

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Camille,</p>
        <p>Your interview with <b>Brackenridge Insights</b> has been rescheduled.</p>
        <p style="color:#9aa5b1"><s>Tuesday, October 6, 2026 · 11:00 AM - 12:00 PM BST</s> (cancelled)</p>
        <p style="font-size:16px"><b>Thursday, October 8, 2026 · 2:00 PM - 3:00 PM BST (London)</b><br>3:00 PM - 4:00 PM CEST (Paris)</p>
        <p>Interview: Case study presentation - Health Economics Analyst<br>Interviewers: Oliver Grant (Associate Director), Mei Lin Chow (Principal Analyst)<br>
        <a href="https://brackenridge.zoom.us/j/93318450216">Join Zoom</a></p>
        <p>An updated calendar invitation is attached. If this time no longer works, reply to this email and Priya will find another slot.</p>
        <p style="font-size:11px;color:#7b8794">Powered by GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-7d41e0b9c2a54f38@goodtime.io
        DTSTAMP:20261002T111000Z
        DTSTART:20261008T130000Z
        DTEND:20261008T140000Z
        SEQUENCE:1
        SUMMARY:Brackenridge Insights - Case study presentation (Camille Renaud)
        LOCATION:https://brackenridge.zoom.us/j/93318450216
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@brackenridge-insights.co.uk
        ATTENDEE;CN=Camille Renaud;RSVP=TRUE:mailto:camille.renaud@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("mail.goodtime.io (mail.goodtime.io [50.31.36.210])", "2026-10-02 12:10:00",
                        "Europe/London", "4QJ0aT6Fv2z8")),
        ("From", "Brackenridge Insights <scheduling@goodtime.io>"),
        ("Reply-To", "Priya Raman <priya.raman@brackenridge-insights.co.uk>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", "Rescheduled: Brackenridge Insights interview - now Thursday, October 8"),
        ("Date", date("2026-10-02 12:10:00", "Europe/London")),
        ("Message-ID", "<gt.7d41e0b9c2a54f38.resched.1@goodtime.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-11 14:15", PARIS), end=None,
      contact="f.duvignau@oseg.fr", company="Observatoire Santé Environnement Gironde",
      local="Fri 2026-12-11 14:15", zone=PARIS,
      note="Reschedule agreed by phone: 'initialement prévu mardi 8/12 à 10h est reporté au "
           "vendredi 11/12 à 14 h 15' (subject 'ven. 11 déc.'), Bordeaux = Paris, CET -> 13:15Z; "
           "no length given; iso-8859-15 QP")
def _prose_oseg() -> bytes:
    body = t("""
        Bonjour Camille,

        Comme convenu ce matin au téléphone, notre entretien initialement prévu mardi 8/12 à 10h
        est reporté au vendredi 11/12 à 14 h 15, toujours en visio (même lien Teams que dans
        l'invitation initiale). Encore désolée pour ce changement de dernière minute : le comité
        de pilotage a été avancé.

        Rien ne change pour le reste : Pierre-Yves Lacoste, notre biostatisticien, sera présent
        avec moi.

        Bonne journée et à vendredi,

        Florence Duvignau
        Responsable du pôle Données
        Observatoire Santé Environnement Gironde (OSEG)
        Tél. 05 56 00 41 27
        """)
    page = ("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    return message([
        ("Received", mx("mx.oseg.fr (mx.oseg.fr [185.24.184.10])", "2026-12-07 09:12:40", PARIS,
                        "4R8dW1q5Nt3z")),
        ("From", addr("Florence Duvignau", "f.duvignau@oseg.fr", "iso-8859-15")),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Report entretien : ven. 11 déc. 14h15", "iso-8859-15")),
        ("Date", date("2026-12-07 09:12:40", PARIS)),
        ("Message-ID", "<000601dd6611$a3b4c5d0$eb1e5170$@oseg.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr"),
    ], alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(19), family="exchange", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-23 09:30", PARIS), end=utc("2026-11-23 10:30", PARIS),
      contact="herve.dupuy@csc-poitou.fr", company="Caisse Solidaire Charente-Poitou",
      local="Mon 2026-11-23 09:30", local_end="2026-11-23 10:30", zone=PARIS,
      note="Outlook update (SEQUENCE 2) sent Wed 18 Nov: moved from 'jeudi 19 à 15h' to 'lundi "
           "prochain' = Mon 23 Nov, 09:30-10:30 (UTC+01:00) Paris -> 08:30Z-09:30Z; ICS 'Romance "
           "Standard Time' agrees; contact = organizer")
def _exchange_csc() -> bytes:
    body = t("""
        Quand : lundi 23 novembre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Siège CSC – 40 boulevard du Grand Cerf, Poitiers – salle Clain

        Bonjour Madame Renaud,

        Comme indiqué dans mon message de ce matin, notre DSI ne peut pas être présente jeudi 19
        à 15h. Je vous propose donc de décaler l'entretien à lundi prochain, même salle, de 9h30
        à 10h30 — vous m'avez confirmé par téléphone que cela vous convenait, je mets donc à jour
        l'invitation.

        Cordialement,
        Hervé Dupuy
        Responsable recrutement et mobilité
        Caisse Solidaire Charente-Poitou
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=DUPUY Hervé:mailto:herve.dupuy@csc-poitou.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Renaud:mailto:camille.renaud@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=MOREAU Delphine:mailto:delphine.moreau@csc-poitou.fr
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DD01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
        SUMMARY;LANGUAGE=fr-FR:Entretien data analyst - C. Renaud
        DTSTART;TZID=Romance Standard Time:20261123T093000
        DTEND;TZID=Romance Standard Time:20261123T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261118T154000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-FR:Siège CSC - 40 boulevard du Grand Cerf\\, Poitiers - salle Clain
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:2117654093
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", mx("mail.csc-poitou.fr (mail.csc-poitou.fr [91.208.56.14])", "2026-11-18 16:40:05",
                        PARIS, "4QxL2e8Rg5z6")),
        ("From", addr("DUPUY Hervé", "herve.dupuy@csc-poitou.fr")),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Mis à jour : Entretien data analyst - C. Renaud")),
        ("Thread-Topic", "Entretien data analyst - C. Renaud"),
        ("Date", date("2026-11-18 16:40:05", PARIS)),
        ("Message-ID", "<AM9P193MB1412F0E1D2C3B4A59687706152433241@AM9P193MB1412.EURP193.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(20), family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-24 16:00", PARIS), end=utc("2026-11-24 17:00", PARIS),
      contact="amandine.roy@nubo-sante.fr", company="Nubo Santé",
      local="Tue 2026-11-24 16:00", local_end="2026-11-24 17:00", zone=PARIS,
      note="Recruitee 'entretien déplacé': from 'vendredi 20/11 à 10h00' to 'mardi 24/11 à 16h00 "
           "(durée : 1 heure)', Paris CET -> 15:00Z-16:00Z; ICS in UTC agrees; Reply-To is a "
           "Recruitee relay, contact = the recruiter's address in the signature")
def _recruitee_nubo() -> bytes:
    body = t("""
        Bonjour Camille,

        Votre entretien pour le poste « Data Analyst – Épidémiologie (Paris / remote) » a été
        déplacé.

        Ancien créneau : vendredi 20/11 à 10h00
        Nouveau créneau : mardi 24/11 à 16h00 (durée : 1 heure)
        Lieu : Google Meet – https://meet.google.com/nbs-wqkt-xre

        L'invitation de calendrier a été mise à jour.

        Belle journée,
        Amandine Roy
        Talent Acquisition Manager – Nubo Santé
        amandine.roy@nubo-sante.fr
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:recruitee-event-3318472@recruitee.com
        DTSTAMP:20261119T100000Z
        DTSTART:20261124T150000Z
        DTEND:20261124T160000Z
        SEQUENCE:1
        SUMMARY:Entretien Nubo Santé - Camille Renaud
        LOCATION:https://meet.google.com/nbs-wqkt-xre
        ORGANIZER;CN=Nubo Santé:mailto:nubo-sante@inbound.recruitee.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("mail-out.recruitee.com (mail-out.recruitee.com [185.203.72.33])", "2026-11-19 11:00:00",
                        PARIS, "4QxZ7h0Tc8z2")),
        ("From", addr("Amandine Roy - Nubo Santé", "no-reply@recruitee.com")),
        ("Reply-To", "nubo-sante+c4829e17@inbound.recruitee.com"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Votre entretien a été déplacé – Nubo Santé")),
        ("Date", date("2026-11-19 11:00:00", PARIS)),
        ("Message-ID", "<c4829e17.3318472.rescheduled@recruitee.com>"),
    ], mixed(text(body, charset="utf-8", cte="8bit"),
             calendar(ics, method="REQUEST", cte="quoted-printable", filename="invite.ics",
                      disposition="attachment")))


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-18 11:00", PARIS), end=utc("2026-11-18 12:00", PARIS),
      contact="theo.lambert@mosaiccare.fr", company="Mosaic Care",
      local="Wed 2026-11-18 11:00", local_end="2026-11-18 12:00", zone=PARIS,
      note="Google Calendar cancellation 'Wed Nov 18, 2026 11am - 12pm (Central European Time - "
           "Paris)' -> 10:00Z-11:00Z; METHOD:CANCEL; hiring paused, no new time; contact = organizer")
def _gcal_cancel_mosaic() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Note from organizer:
        Hi Camille, sorry for the short notice - we've paused hiring on this role until the
        budget for 2027 is confirmed. I'll get back to you if it reopens. Theo

        Interview Camille Renaud <> Mosaic Care (Data)
        Wednesday Nov 18, 2026 ⋅ 11am – 12pm
        Central European Time - Paris

        Organizer
        Theo Lambert
        theo.lambert@mosaiccare.fr

        Guests
        Theo Lambert - organizer
        camille.renaud@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:CANCEL\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261118T110000
        DTEND;TZID=Europe/Paris:20261118T120000
        DTSTAMP:20261116T170500Z
        ORGANIZER;CN=Theo Lambert:mailto:theo.lambert@mosaiccare.fr
        UID:3t7qk2v0m9f1d8s5lb4h6c2n0a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=camille.renaud@example.org;X-NUM-GUESTS=0:mailto:camille.renaud@example.org
        CREATED:20261110T091533Z
        LAST-MODIFIED:20261116T170500Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Camille Renaud <> Mosaic Care (Data)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", mx("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        "2026-11-16 18:05:02", PARIS, "4QwB3n6Yk1z9")),
        ("From", "Theo Lambert <theo.lambert@mosaiccare.fr>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Theo Lambert <theo.lambert@mosaiccare.fr>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", "Canceled event with note: Interview Camille Renaud <> Mosaic Care (Data) @ "
                    "Wed Nov 18, 2026 11am - 12pm (CET) (camille.renaud@example.org)"),
        ("Date", date("2026-11-16 18:05:02", PARIS)),
        ("Message-ID", "<calendar-4b1e8c20-9d3f-47a6-b5e2-1f0c7a9d3e68@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)),
                 calendar(ics, method="CANCEL", cte="7bit")),
             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                      filename="invite.ics", disposition="attachment")))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-02 14:00", PARIS), end=None,
      contact="sophie.marin@nexalis.fr", company="Nexalis",
      local="Wed 2026-12-02 14:00", zone=PARIS,
      note="Hiring manager (tu) cancels 'notre entretien de demain 14h' sent Tue 1 Dec 10:30 -> "
           "Wed 2 Dec 14:00 CET -> 13:00Z; position frozen, no new time")
def _prose_nexalis() -> bytes:
    body = t("""
        Salut Camille,

        Je suis vraiment désolée de t'écrire ça : je dois annuler notre entretien de demain 14h.
        On vient d'apprendre ce matin que le poste est gelé jusqu'à nouvel ordre (réorganisation
        côté financeurs…). Je préfère te prévenir tout de suite plutôt que de te faire venir à
        Tours pour rien.

        Si ça se débloque début 2027, tu seras la première que je rappelle, promis.

        Bon courage pour la suite,
        Sophie

        --
        Sophie Marin
        Responsable data – Nexalis
        Tours
        """)
    return message([
        ("Received", mx("mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])",
                        "2026-12-01 10:30:18", PARIS, "4R5nP9c3Hx1z")),
        ("From", "Sophie Marin <sophie.marin@nexalis.fr>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Entretien de demain – annulation")),
        ("Date", date("2026-12-01 10:30:18", PARIS)),
        ("Message-ID", "<CAFp8x2Wm9+Q7vTzk4Ld0Rb1sN3e@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(23), family="workable", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-01 15:00", PARIS), end=None,
      contact=None, company="Ludomed",
      local="Thu 2026-10-01 15:00", zone=PARIS,
      note="Workable cancellation of 'votre entretien prévu le jeudi 1er octobre à 15h' (Bordeaux, "
           "CEST) -> 13:00Z, new slot 'sous quinzaine' (none fixed); ICS METHOD:CANCEL in UTC; "
           "Reply-To is a Workable relay and no human address appears -> contact null")
def _workable_ludomed() -> bytes:
    body = t("""
        Bonjour Camille,

        Nous sommes contraints d'annuler votre entretien prévu le jeudi 1er octobre à 15h pour le
        poste de Data analyst (Bordeaux). Notre responsable data est indisponible cette semaine.

        Un nouveau créneau vous sera proposé sous quinzaine. Nous vous prions de nous excuser pour
        ce contretemps.

        Cordialement,
        L'équipe recrutement Ludomed
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#3d3d3d">
        <p>Bonjour Camille,</p>
        <p>Nous sommes contraints d'annuler votre entretien prévu le <b>jeudi 1er octobre à 15h</b> pour le poste de Data analyst (Bordeaux). Notre responsable data est indisponible cette semaine.</p>
        <p>Un nouveau créneau vous sera proposé sous quinzaine. Nous vous prions de nous excuser pour ce contretemps.</p>
        <p>Cordialement,<br>L'équipe recrutement Ludomed</p>
        <p style="font-size:11px;color:#a0a0a0">Envoyé avec Workable</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Events//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:wk-evt-51b8d3a2e9@workable.com
        DTSTAMP:20260928T152000Z
        DTSTART:20261001T130000Z
        DTEND:20261001T134500Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien - Data analyst - Ludomed
        ORGANIZER;CN=Ludomed:mailto:ludomed+c8f21a@candidates.workablemail.com
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("mail-207-34.workablemail.com (mail-207-34.workablemail.com [167.89.207.34])",
                        "2026-09-28 17:20:40", PARIS, "4QGz0b4Vn2z1")),
        ("From", "Ludomed <noreply@candidates.workablemail.com>"),
        ("Reply-To", "ludomed+c8f21a@candidates.workablemail.com"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Annulation de votre entretien – Data analyst")),
        ("Date", date("2026-09-28 17:20:40", PARIS)),
        ("Message-ID", "<wk.51b8d3a2e9.cancel@workablemail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="fr", interview=False, company="Datavue",
      note="Personio rejection after an application; no interview, no time")
def _personio_reject() -> bytes:
    body = t("""
        Bonjour Camille,

        Nous vous remercions pour l'intérêt que vous portez à Datavue et pour le temps consacré à
        votre candidature au poste de Data Analyst Santé (Paris / télétravail).

        Après une étude attentive de votre profil, nous avons le regret de vous informer que nous
        ne donnerons pas suite à votre candidature, d'autres profils correspondant davantage à nos
        besoins actuels, notamment sur la partie ingénierie de données.

        Nous conservons votre dossier dans notre vivier pour une durée de deux ans, sauf opposition
        de votre part, et nous vous souhaitons pleine réussite dans vos recherches.

        Bien cordialement,
        L'équipe Talent de Datavue

        Cet e-mail a été envoyé via Personio. Merci de ne pas y répondre directement.
        """)
    return message([
        ("Received", mx("mail-eu1.personio.de (mail-eu1.personio.de [18.197.83.201])", "2026-09-08 09:41:17",
                        PARIS, "4Q3f6Zb1Hm0z")),
        ("From", "Datavue <no-reply@mail.personio.de>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Votre candidature chez Datavue – Data Analyst Santé")),
        ("Date", date("2026-09-08 09:41:17", PARIS)),
        ("Message-ID", "<5f3c2b1a0e9d8c7b.datavue@mail.personio.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">'))))


@mail(n(25), family="application_receipt", lang="fr", interview=False, company="Brightwell Labs",
      note="JOIN application receipt; 'retour sous quinzaine', nothing scheduled")
def _join_receipt() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;background:#f7f7f9">
        <table width="580" align="center" style="background:#fff;padding:24px"><tr><td>
        <p><b>Brightwell Labs</b> a bien reçu votre candidature !</p>
        <p>Bonjour Camille,</p>
        <p>Merci pour votre candidature au poste de <b>Analyste de données – santé connectée (Tours)</b>.</p>
        <p>L'équipe de Brightwell Labs va étudier votre profil et reviendra vers vous sous quinzaine. Si votre candidature est retenue, vous serez contactée pour convenir d'un premier entretien.</p>
        <p>Bonne chance !<br>L'équipe JOIN, pour le compte de Brightwell Labs</p>
        <p style="font-size:11px;color:#999">JOIN Solutions AG · Sihlquai 253 · 8005 Zürich · <a href="https://join.com/fr/privacy">Confidentialité</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("mail.join.com (mail.join.com [23.83.209.12])", "2026-09-03 22:14:09", PARIS,
                        "4Q0kM3r9Dq7z")),
        ("From", "Brightwell Labs via JOIN <no-reply@join.com>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", enc("Candidature reçue : Analyste de données – santé connectée")),
        ("Date", date("2026-09-03 22:14:09", PARIS)),
        ("Message-ID", "<01070193a1b2c3d4-join-application-received-88120@join.com>"),
    ], html(page, cte="base64"))


@mail(n(26), family="offer", lang="fr", interview=False, company="Lumen Health Data",
      note="Job offer after the interviews (same company as the Greenhouse confirmation); the "
           "start date 'lundi 4 janvier 2027 à 9h30' and a call 'jeudi 3 décembre à 18h' are fixed "
           "times but neither is a job interview",
      days=(("Mon", "2027-01-04"), ("Thu", "2026-12-03")))
def _offer_lumen() -> bytes:
    body = t("""
        Bonjour Camille,

        J'ai le très grand plaisir de vous confirmer que nous souhaitons vous proposer le poste de
        Senior Data Analyst, Population Health ! Vous trouverez ci-joint la promesse d'embauche
        (CDI, forfait jours, télétravail 3 jours par semaine, 52 k€ bruts annuels).

        Si tout vous convient, la prise de poste pourrait se faire le lundi 4 janvier 2027 à 9h30
        dans nos locaux parisiens pour la journée d'intégration.

        Baptiste vous appellera jeudi 3 décembre à 18h pour répondre à vos questions sur l'équipe ;
        nous aurions besoin de votre réponse d'ici le 10 décembre.

        Très belle soirée,
        Hélène Marchetti
        Talent Partner – Lumen Health Data
        """)
    return message([
        ("Received", mx("mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])",
                        "2026-12-01 18:22:51", PARIS, "4R5v2k8Gs3z0")),
        ("From", addr("Hélène Marchetti", "helene.marchetti@lumenhealthdata.com")),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Proposition d'embauche – Senior Data Analyst")),
        ("Date", date("2026-12-01 18:22:51", PARIS)),
        ("Message-ID", "<CAJx3mH0fQ2+tV9wKp1Lr8Yb7sNd@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             raw_part([("Content-Type", "application/pdf; name=\"Promesse_embauche_CRenaud.pdf\""),
                       ("Content-Disposition", "attachment; filename=\"Promesse_embauche_CRenaud.pdf\""),
                       ("Content-Transfer-Encoding", "base64")],
                      "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK\n"
                      "JSVFT0YK\n")))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert listing three offers; one mentions 'entretiens prévus semaine 42'; "
           "nothing is scheduled for the user")
def _job_alert() -> bytes:
    body = t("""
        Emploi Santé Ouest – Votre alerte « data analyst santé – Poitiers (+50 km) »

        3 nouvelles offres correspondent à votre recherche :

        1. Chargé(e) d'études statistiques – CHU (fictif) de la Vienne – Poitiers – CDD 12 mois
           Publiée il y a 2 jours · Entretiens prévus semaine 42
           https://emploi-sante-ouest.fr/offre/88431

        2. Data analyst – Mutuelle – Niort – CDI
           Publiée hier · Télétravail partiel
           https://emploi-sante-ouest.fr/offre/88502

        3. Biostatisticien(ne) junior – CRO – Tours – CDI
           Publiée aujourd'hui
           https://emploi-sante-ouest.fr/offre/88517

        Modifier mon alerte · Me désabonner
        Vous recevez cet e-mail car vous avez créé une alerte sur emploi-sante-ouest.fr.
        """)
    return message([
        ("Received", mx("mta3.emploi-sante-ouest.fr (mta3.emploi-sante-ouest.fr [51.91.12.203])",
                        "2026-09-29 07:00:04", PARIS, "4QHb0c5Xp8z6")),
        ("From", addr("Emploi Santé Ouest", "alertes@emploi-sante-ouest.fr")),
        ("To", "camille.renaud@example.org"),
        ("Subject", enc("3 nouvelles offres : data analyst santé – Poitiers")),
        ("Date", date("2026-09-29 07:00:04", PARIS)),
        ("Message-ID", "<alert.20260929.77120@emploi-sante-ouest.fr>"),
        ("List-Unsubscribe", "<https://emploi-sante-ouest.fr/alertes/desabonner?u=77120>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter about interviews ('your interview is confirmed for Tuesday at 10am - "
           "now what?'); an article, not an appointment")
def _newsletter_tips() -> bytes:
    body = t("""
        THE ANALYTICS CAREER DIGEST - Issue #87

        "Your interview is confirmed for Tuesday at 10am" - now what?
        ---------------------------------------------------------------
        You've got the confirmation email, the calendar invite is in, and the panel is booked.
        Here's our 48-hour checklist: re-read the job ad, prepare two STAR stories about messy
        data, and test your camera the day before. Read more: https://analyticscareer.news/87/checklist

        Take-home tasks: how long is too long?
        ---------------------------------------
        We surveyed 1,200 analysts. The median take-home took 5.5 hours. Read more.

        Salary corner: public health data roles in Europe
        ---------------------------------------------------
        From Lisbon to Helsinki, what analysts in health agencies really earn.

        You're receiving this because you subscribed at analyticscareer.news.
        Unsubscribe | Manage preferences
        """)
    page = ("<html><body style=\"font-family:Georgia,serif;max-width:620px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    return message([
        ("Received", mx("mail132-5.atl131.mcsv.net (mail132-5.atl131.mcsv.net [198.2.132.5])",
                        "2026-10-15 14:00:22", "America/New_York", "4QMz8d2Kr5z3")),
        ("From", "The Analytics Career Digest <hello@analyticscareer.news>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", "\"Your interview is confirmed for Tuesday at 10am\" - now what?"),
        ("Date", date("2026-10-15 14:00:22", "America/New_York")),
        ("Message-ID", "<87.a1b2c3d4e5@mcsv.net>"),
        ("List-Unsubscribe", "<https://analyticscareer.us21.list-manage.com/unsubscribe?u=9f1e>"),
        ("List-Id", "Analytics Career Digest <9f1e2d3c.list-id.mcsv.net>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Kestrel Bio",
      note="Lever self-scheduling request ('please pick a time') before the confirmation of the "
           "same Kestrel Bio interview; no time fixed yet")
def _lever_pick_slot() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:22px;color:#222">
        <p>Hi Camille,</p>
        <p>Thanks for your interest in the <b>Data Analyst &ndash; Real World Evidence</b> role at Kestrel Bio. We'd love to set up a 45-minute video interview with Tom Ashworth and Dr. Eleanor Pike.</p>
        <p>Please choose a time that works for you in the next week:</p>
        <p><a href="https://hire.lever.co/interviews/schedule/3c1f7a0e-9b52-4d1a-a8e3-52c0fd17b6a4" style="background:#2e6fd8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Pick a time</a></p>
        <p>Available slots are shown in your local time zone. If none of them work, just reply and we'll find another option.</p>
        <p>Cheers,<br>Kestrel Bio Talent Team</p>
        <p style="font-size:11px;color:#9aa0a6">Sent via Lever &middot; Kestrel Bio Ltd, 21 Granta Park, Cambridge</p>
        </div></body></html>
        """)
    return message([
        ("Received", mx("mail-a17.hire.lever.co (mail-a17.hire.lever.co [198.2.180.17])",
                        "2026-09-16 15:47:02", "Europe/London", "4Q6a1s9Jd4z2")),
        ("From", "Kestrel Bio <no-reply@hire.lever.co>"),
        ("Reply-To", "Tom Ashworth <tom.ashworth@kestrelbio.co.uk>"),
        ("To", ME_H),
        ("Subject", "Kestrel Bio - please select your interview time"),
        ("Date", date("2026-09-16 15:47:02", "Europe/London")),
        ("Message-ID", "<0102019201aa17c2-77e0b3f1-2c4d-4a9e-b8f1-03d5c7e9a2b4-000000@eu-west-1.amazonses.com>"),
    ], html(page, cte="quoted-printable"))


@mail(n(30), family="recruiter_proposal", lang="en", interview=False, company="Vondel Health",
      note="Recruiter proposes 'would Tuesday at 10 work? Otherwise Tuesday 4:30pm' and asks to "
           "confirm; not yet confirmed (the confirmation comes in a later mail)",
      days=(("Tue", "2026-11-17"),))
def _vondel_proposal() -> bytes:
    body = t("""
        Hi Camille,

        Thanks for the chat on the phone earlier! Joris would like to meet you next week. Would
        Tuesday (the 17th) at 10 work for you? If not, he could also do Tuesday at 4:30pm CET.
        Just let me know which one suits and I'll send over the Zoom details.

        Best,
        Sanne

        --
        Sanne de Vries | Recruiter | Vondel Health
        Keizersgracht 412, Amsterdam
        """)
    return message([
        ("Received", mx("mail-ed1-f53.google.com (mail-ed1-f53.google.com [209.85.208.53])",
                        "2026-11-12 16:02:11", "Europe/Amsterdam", "4QsY7b4Qc2z8")),
        ("From", "Sanne de Vries <sanne.devries@vondelhealth.nl>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", "Data Analyst role - next step"),
        ("Date", date("2026-11-12 16:02:11", "Europe/Amsterdam")),
        ("Message-ID", "<CAH7vQx0aKd+55pWz1bNt6fRm@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(31), family="recruiter_proposal", lang="fr", interview=False, company="Orbe RH",
      note="Agency recruiter asks 'seriez-vous disponible après-demain en fin de matinée, ou "
           "lundi prochain à 14h ?' - a proposal with no time confirmed (the confirmation for "
           "another date comes later)")
def _orbe_proposal() -> bytes:
    body = t("""
        Bonjour Camille,

        Suite à notre échange, j'ai présenté votre profil à mon client, un institut de prévention
        basé à Poitiers, qui est très intéressé.

        Seriez-vous disponible après-demain en fin de matinée pour un premier échange
        téléphonique avec moi, ou sinon lundi prochain à 14h ? L'entretien avec le client
        viendrait ensuite, probablement début décembre.

        Dites-moi ce qui vous arrange.

        Bien à vous,
        Jérôme Piaget
        Consultant senior - Orbe RH, cabinet de recrutement
        06 12 48 90 37
        """)
    return message([
        ("Received", mx("smtp.orbe-rh.fr (smtp.orbe-rh.fr [213.186.33.40])", "2026-11-17 12:08:33", PARIS,
                        "4Qx0Tn3Vb6z1")),
        ("From", addr("Jérôme Piaget", "jerome.piaget@orbe-rh.fr")),
        ("To", "Camille Renaud <camille.renaud@example.net>"),
        ("Subject", "Votre profil - poste data analyst Poitiers"),
        ("Date", date("2026-11-17 12:08:33", PARIS)),
        ("Message-ID", "<20261117120833.2f9e@orbe-rh.fr>"),
        ("X-Mailer", "Zimbra 10.0.6_GA_4595 (ZimbraWebClient - FF131 (Win)/10.0.6_GA_4595)"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
      note="Job-centre convocation 'entretien de suivi' on mardi 13 octobre 2026 à 10h15 - a fixed "
           "appointment called 'entretien', but with the employment adviser, not a job interview",
      days=(("Tue", "2026-10-13"),))
def _job_centre() -> bytes:
    body = t("""
        Madame RENAUD Camille
        Identifiant : 4418207K

        Objet : Convocation à un entretien de suivi

        Madame,

        Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Isabelle Perrault,
        le :

            mardi 13 octobre 2026 à 10h15
            Agence Emploi & Parcours - Poitiers Sud
            12 rue de la Demi-Lune, 86000 Poitiers

        Cet entretien permettra de faire le point sur votre recherche d'emploi et sur votre projet
        de formation. Munissez-vous de votre CV à jour et de la liste des candidatures envoyées.

        En cas d'empêchement, prévenez-nous au plus tard la veille depuis votre espace personnel.
        Toute absence non justifiée peut entraîner une radiation.

        Votre agence Emploi & Parcours

        Ce message est envoyé automatiquement. Merci de ne pas y répondre.
        """)
    return message([
        ("Received", mx("relais.emploi-parcours.fr (relais.emploi-parcours.fr [185.61.148.30])",
                        "2026-10-02 06:31:00", PARIS, "4QJ3pR0Ht1z6")),
        ("From", "Agence Emploi & Parcours <ne-pas-repondre@emploi-parcours.fr>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", enc("Convocation à un entretien – mardi 13 octobre 2026")),
        ("Date", date("2026-10-02 06:31:00", PARIS)),
        ("Message-ID", "<conv.4418207K.20261002043100@emploi-parcours.fr>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(33), family="press", lang="fr", interview=False, company=None,
      note="Local journalist confirms an interview OF Camille about her vaccination dashboard, jeudi "
           "22 octobre à 15h by phone: a confirmed 'interview' that is press, not a job interview",
      days=(("Thu", "2026-10-22"),))
def _press_gazette() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci d'avoir accepté ! C'est donc noté pour l'interview jeudi 22 octobre à 15h, par
        téléphone (je vous appellerai au 06 71 32 84 19). Comptez une vingtaine de minutes.

        Je voudrais surtout qu'on parle de la carte de couverture vaccinale par commune que vous
        avez publiée en open data, et de la façon dont les mairies du département l'utilisent.
        L'article devrait paraître dans l'édition du week-end.

        Bien cordialement,

        Maëlle Texier
        Journaliste – La Gazette du Clain
        Rédaction de Poitiers
        """)
    return message([
        ("Received", mx("mail.gazetteduclain.fr (mail.gazetteduclain.fr [62.210.16.61])", "2026-10-19 11:47:05",
                        PARIS, "4QNc5f2Dr8z3")),
        ("From", addr("Maëlle Texier", "m.texier@gazetteduclain.fr")),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Re: Interview pour La Gazette du Clain – carte vaccinale")),
        ("Date", date("2026-10-19 11:47:05", PARIS)),
        ("Message-ID", "<2b8e1f0a-44c3-4d71-a9e6-0c5d3f7b2e19@gazetteduclain.fr>"),
        ("In-Reply-To", "<CAMr3n4ud+Gz21@mail.example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, cte="8bit"))


@mail(n(34), family="podcast", lang="fr", interview=False, company=None,
      note="Podcast recording confirmed (Riverside, mardi 10 novembre à 18h): Camille is the guest; "
           "not a job interview",
      days=(("Tue", "2026-11-10"),))
def _podcast() -> bytes:
    body = t("""
        Hello Camille !

        Super, on enregistre donc l'épisode de « Données Vitales » mardi 10 novembre à 18h.
        Voici le lien du studio Riverside : https://riverside.fm/studio/donnees-vitales

        Déroulé : 10 min de réglages son, puis environ 40 min d'interview sur ton parcours
        (de l'épidémio de terrain à la data) et sur les pièges des indicateurs de santé.
        Un micro-casque suffit, évite juste le Wi-Fi si tu peux.

        Merci encore !
        Yanis – Données Vitales, le podcast des gens qui comptent
        """)
    return message([
        ("Received", mx("mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])",
                        "2026-11-03 21:12:40", PARIS, "4QpD9r1Hc5z7")),
        ("From", "Yanis Belkacem <yanis@donneesvitales.fm>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Enregistrement Données Vitales – c'est calé !")),
        ("Date", date("2026-11-03 21:12:40", PARIS)),
        ("Message-ID", "<CAPd7Vx8nRk+3tW1qZe0Lm2Ya@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(35), family="admission_interview", lang="fr", interview=False, company=None,
      note="Admission interview for a part-time specialised master (jeudi 8 octobre 2026 à 16h30) - "
           "a school admission, not a job interview",
      days=(("Thu", "2026-10-08"),))
def _admission() -> bytes:
    body = t("""
        Madame,

        Nous avons le plaisir de vous informer que votre dossier de candidature au Mastère
        spécialisé « Data & Santé publique » (formation continue, rentrée janvier 2027) a été
        déclaré recevable.

        Vous êtes invitée à un entretien d'admission devant le jury le :

        jeudi 8 octobre 2026 à 16h30 (durée : 20 minutes)
        en visioconférence (lien envoyé 48 h avant)

        L'entretien comporte une présentation de votre projet professionnel (5 minutes) suivie
        d'échanges avec le jury.

        Le service des admissions
        Institut Supérieur de Santé Publique de l'Ouest (ISSPO)
        """)
    page = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:12px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    return message([
        ("Received", mx("smtp.isspo.fr (smtp.isspo.fr [193.52.104.18])", "2026-09-30 14:05:51", PARIS,
                        "4QHx3k7Mb9z0")),
        ("From", "ISSPO - Admissions <admissions@isspo.fr>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", enc("Mastère spécialisé Data & Santé publique – convocation à l'entretien d'admission")),
        ("Date", date("2026-09-30 14:05:51", PARIS)),
        ("Message-ID", "<20260930120551.77810@isspo.fr>"),
    ], alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
      note="Ultimate-frisbee club try-out for the regional team, mercredi 16 septembre à 19h; a "
           "fixed-time selection session, not a job interview",
      days=(("Wed", "2026-09-16"),))
def _tryout() -> bytes:
    body = t("""
        Salut à toutes et à tous,

        Comme annoncé à l'AG, les sélections pour l'équipe mixte régionale auront lieu mercredi 16
        septembre à 19h au gymnase de la Ganterie (Poitiers). Prévoyez chaussures propres, gourde
        et tenue claire + tenue foncée.

        Camille, Lucie, Hugo, Samir : vous êtes bien inscrits pour l'essai, on vous attend 15 min
        avant pour l'échauffement.

        Sportivement,
        Bastien, pour le bureau du Disc'Oh Poitiers Ultimate
        """)
    return message([
        ("Received", mx("smtp-out.framalistes.org (smtp-out.framalistes.org [5.196.64.19])",
                        "2026-09-09 22:31:07", PARIS, "4Q4f7g1Rt6z5")),
        ("From", "Bastien - Disc'Oh Poitiers <bureau@discoh-poitiers.fr>"),
        ("To", "membres@discoh-poitiers.fr"),
        ("Subject", enc("[Disc'Oh] Sélections équipe régionale – mercredi 16/09 19h")),
        ("Date", date("2026-09-09 22:31:07", PARIS)),
        ("Message-ID", "<0f3a9c2e-5b11-4e8d-b7c0-9a2d6e1f4b38@discoh-poitiers.fr>"),
        ("List-Id", "Membres Disc'Oh <membres.discoh-poitiers.fr>"),
        ("Precedence", "list"),
    ], text(body, cte="base64"))


@mail(n(37), family="car_service", lang="fr", interview=False, company=None,
      note="Garage confirms a car service ('entretien' = maintenance) samedi 26 septembre à 8h30; "
           "fixed time, not a job interview; iso-8859-1",
      days=(("Sat", "2026-09-26"),))
def _garage() -> bytes:
    body = t("""
        Bonjour Mme RENAUD,

        Nous vous confirmons votre rendez-vous pour l'entretien de votre véhicule :

        Véhicule : Peugeot 208 – FX-318-KR
        Prestation : révision constructeur 60 000 km + contrôle freinage
        Date : samedi 26 septembre à 8h30
        Durée estimée : 2 heures (véhicule de courtoisie réservé)

        Merci de vous présenter à l'accueil atelier avec le carnet d'entretien.

        Garage des Couronneries
        83 avenue de la Libération, 86000 Poitiers
        05 49 00 62 18
        """)
    return message([
        ("Received", mx("smtp.dms-atelier.fr (smtp.dms-atelier.fr [185.42.116.9])", "2026-09-21 17:02:48",
                        PARIS, "4QB5q2Vm7z1y")),
        ("From", "Garage des Couronneries <atelier@garage-couronneries.fr>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", "Confirmation de votre rendez-vous atelier - samedi 26/09 8h30"),
        ("Date", date("2026-09-21 17:02:48", PARIS)),
        ("Message-ID", "<RDV-2026-09-0418.1790004168@garage-couronneries.fr>"),
    ], text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


@mail(n(38), family="post_interview", lang="en", interview=False, company="Kestrel Bio",
      note="Thank-you after the Kestrel Bio interview ('thanks for your time on Thursday ... we'll be "
           "in touch by the end of next week'); no new time")
def _kestrel_after() -> bytes:
    body = t("""
        Hi Camille,

        Thanks again for your time on Thursday - Eleanor and I really enjoyed the conversation,
        especially your take on linking hospital and pharmacy data.

        We're meeting the last two candidates early next week and will be in touch with next
        steps by the end of next week at the latest.

        Have a lovely weekend,
        Tom

        Tom Ashworth
        Senior Recruiter | Kestrel Bio
        """)
    return message([
        ("Received", mx("mail-pj1-f46.google.com (mail-pj1-f46.google.com [209.85.216.46])",
                        "2026-09-25 16:38:12", "Europe/London", "4QC2n8Tx0z4w")),
        ("From", "Tom Ashworth <tom.ashworth@kestrelbio.co.uk>"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", "Thank you - Kestrel Bio"),
        ("Date", date("2026-09-25 16:38:12", "Europe/London")),
        ("Message-ID", "<CAK9tAsh+wQ31pLmZ0rT8vXe@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(39), family="mock_interview", lang="fr", interview=False, company=None,
      note="Calendly confirmation for a career coach's 'Simulation d'entretien d'embauche' (mardi 6 "
           "octobre 2026, 18:00-18:45): a confirmed mock interview, not a job interview",
      days=(("Tue", "2026-10-06"),))
def _calendly_coach() -> bytes:
    body = t("""
        Bonjour Camille Renaud,

        Votre événement est programmé.

        Nom de l'événement :
        Simulation d'entretien d'embauche (45 min)

        Date/Heure :
        18:00 - 18:45, mardi 6 octobre 2026 (Heure d'été d'Europe centrale)

        Participants :
        Nathalie Brunet, Camille Renaud

        Lieu :
        Zoom – le lien vous sera envoyé par Nathalie Brunet.

        Questions :
        Pour quel poste souhaitez-vous vous entraîner ?
        Data analyst en santé publique (entretien réel prévu mi-octobre)

        Vous avez besoin de faire des modifications ?
        Annuler : https://calendly.com/cancellations/0b6e2f19-8a7c-4d31-9e54-c2f1a0d7b8e3
        Reprogrammer : https://calendly.com/reschedulings/0b6e2f19-8a7c-4d31-9e54-c2f1a0d7b8e3

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20260930T181102Z
        UID:0b6e2f19-8a7c-4d31-9e54-c2f1a0d7b8e3@calendly.com
        DTSTART:20261006T160000Z
        DTEND:20261006T164500Z
        SUMMARY:Simulation d'entretien d'embauche (45 min) entre Nathalie Brunet et Camille Renaud
        ORGANIZER;CN=Nathalie Brunet:mailto:nathalie@brunet-coaching.fr
        LOCATION:Zoom
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("o2.calendly.com (o2.calendly.com [149.72.126.144])", "2026-09-30 20:11:02",
                        PARIS, "4QJ1c8Zn2z5x")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Nathalie Brunet <nathalie@brunet-coaching.fr>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", enc("Confirmé : Simulation d'entretien d'embauche (45 min) avec Nathalie Brunet "
                        "le mardi 6 octobre 2026")),
        ("Date", date("2026-09-30 20:11:02", PARIS)),
        ("Message-ID", "<calendly.invitee.0b6e2f19.20260930181102@calendly.com>"),
    ], mixed(text(body),
             calendar(ics, method="PUBLISH", filename="invite.ics", disposition="attachment")))


@mail(n(40), family="forwarded_other", lang="fr", interview=False, company=None,
      note="Camille's brother forwards HIS interview confirmation (lundi 16 novembre à 9h, "
           "Châtellerault) asking her to proofread his cover letter; someone else's interview")
def _brother_fwd() -> bytes:
    body = t("""
        Coucou sœurette,

        Regarde, j'ai décroché un entretien !! Tu pourrais me relire la lettre que je dois
        renvoyer avant ? Je te l'envoie ce soir. Et si t'as 10 min ce week-end pour me faire
        répéter, je prends :)

        Théo

        ---------- Forwarded message ---------
        De : Recrutement Mécaplast <recrutement@mecaplast-industrie.fr>
        Date: mer. 11 nov. 2026 à 14:22
        Subject: Confirmation entretien – Technicien de maintenance
        To: <theo.renaud@example.com>

        Bonjour Monsieur Renaud,

        Nous vous confirmons votre entretien pour le poste de technicien de maintenance le lundi
        16 novembre à 9h sur notre site de Châtellerault (ZI Nord, bâtiment C). Merci de vous
        munir de votre CV et d'une pièce d'identité.

        Cordialement,
        Service Recrutement – Mécaplast Industrie
        """)
    return message([
        ("Received", mx("mail-oi1-f178.google.com (mail-oi1-f178.google.com [209.85.167.178])",
                        "2026-11-11 19:03:26", PARIS, "4QrK1w6Hn3z8")),
        ("From", addr("Théo Renaud", "theo.renaud@example.com")),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Fwd: Confirmation entretien – Technicien de maintenance")),
        ("Date", date("2026-11-11 19:03:26", PARIS)),
        ("Message-ID", "<CAB2thEo+Lr9xW1kQz3Vd8Pn@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(41), family="interviewer_invite", lang="fr", interview=False, company=None,
      note="Outlook invitation from Camille's current employer asking HER to sit on the panel "
           "interviewing an intern candidate (jeudi 15 octobre 2026 14:00-14:45, Romance Standard "
           "Time): she is the interviewer, not the candidate")
def _interviewer_invite() -> bytes:
    body = t("""
        Quand : jeudi 15 octobre 2026 14:00-14:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : ORSP – salle Aliénor (2e étage)

        Bonjour Camille,

        Peux-tu faire partie du jury pour le stage « analyse des données de passages aux urgences » ?
        Le candidat, Lucas Bernard (M2 santé publique), présentera son mémoire 10 min puis
        questions. Je t'ai mis son CV sur le partage, dossier Stages 2027.

        Merci !
        Élodie
        --
        Élodie Garnier
        Directrice adjointe – Observatoire Régional de Santé Poitou (ORSP)
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=GARNIER Elodie:mailto:elodie.garnier@orsp-sante.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=RENAUD Camille:mailto:camille.renaud@example.org
        UID:040000008200E00074C5B7101A82E00800000000E2D3C4B5A697DD01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9
        SUMMARY;LANGUAGE=fr-FR:Jury entretien stage - Lucas Bernard
        DTSTART;TZID=Romance Standard Time:20261015T140000
        DTEND;TZID=Romance Standard Time:20261015T144500
        DTSTAMP:20261007T090400Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:ORSP - salle Aliénor (2e étage)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", mx("EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2072.outbound."
                        "protection.outlook.com [40.107.105.72])", "2026-10-07 11:04:00", PARIS, "4QK0z3Wc6p2y")),
        ("From", "GARNIER Elodie <elodie.garnier@orsp-sante.fr>"),
        ("To", "RENAUD Camille <camille.renaud@example.org>"),
        ("Subject", "Jury entretien stage - Lucas Bernard"),
        ("Thread-Topic", "Jury entretien stage - Lucas Bernard"),
        ("Date", date("2026-10-07 11:04:00", PARIS)),
        ("Message-ID", "<DB9P193MB1530A2B3C4D5E6F7A8B9C0D1E2F3A4B5@DB9P193MB1530.EURP193.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(42), family="reference_call", lang="fr-CH", interview=False, company=None,
      note="Swiss recruiter confirms a reference call with Camille about a former colleague who is "
           "the candidate (jeudi 29 octobre à 11h); Camille vouches, she is not interviewed for a job",
      days=(("Thu", "2026-10-29"),))
def _reference_call() -> bytes:
    body = t("""
        Chère Madame Renaud,

        Je vous remercie vivement d'avoir accepté d'être personne de référence pour Mme Julie Morel,
        qui a postulé chez nous comme cheffe de projet données. Comme convenu, je vous appellerai
        le jeudi 29 octobre à 11h au numéro que vous m'avez indiqué ; l'entretien de référence
        prendra une quinzaine de minutes.

        Je me permettrai de vous poser quelques questions sur votre collaboration à l'ORS entre
        2022 et 2025.

        Avec mes meilleures salutations,

        Nadine Favre
        Consultante RH
        Vaud Santé Conseil SA, Lausanne
        """)
    return message([
        ("Received", mx("mail.vaudsante-conseil.ch (mail.vaudsante-conseil.ch [194.209.44.85])",
                        "2026-10-23 14:55:10", "Europe/Zurich", "4QQa6n1Bw8z4")),
        ("From", addr("Nadine Favre", "nadine.favre@vaudsante-conseil.ch")),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Référence pour Mme Julie Morel - appel du jeudi 29 octobre", "iso-8859-1")),
        ("Date", date("2026-10-23 14:55:10", "Europe/Zurich")),
        ("Message-ID", "<9E21F7A0-3C44-4B0D-8D12-71A5B6C3E9F2@vaudsante-conseil.ch>"),
        ("X-Mailer", "Apple Mail (2.3826.600.51)"),
    ], text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


@mail(n(43), family="auto_reply", lang="fr", interview=False, company=None,
      note="Out-of-office auto-reply from the Oxalis Santé recruiter (absent until Sunday 11 October, "
           "back Monday 12); the subject quotes the interview, but nothing is confirmed here",
      days=(("Sun", "2026-10-11"), ("Mon", "2026-10-12")))
def _auto_reply() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du jeudi 8 au dimanche 11 octobre inclus, avec un accès limité à ma
        messagerie. Je traiterai votre message dès mon retour le lundi 12 octobre.

        Pour toute question urgente concernant une candidature : recrutement@oxalis-sante.fr

        Léa Fontaine
        Talent Acquisition – Oxalis Santé
        """)
    return message([
        ("Received", mx("mail-eopbgr130088.outbound.protection.outlook.com (40.107.13.88)",
                        "2026-10-08 19:41:36", PARIS, "4QL3dT9Kp5z2")),
        ("From", addr("Léa Fontaine", "lea.fontaine@oxalis-sante.fr")),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Réponse automatique : Entretien lundi 12 octobre – question sur le lien Whereby")),
        ("Date", date("2026-10-08 19:41:36", PARIS)),
        ("Message-ID", "<AS8P193MB2011C9D8E7F6A5B4C3D2E1F0A9B8C7D6@AS8P193MB2011.EURP193.PROD.OUTLOOK.COM>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAMr3n4ud+Ox12@mail.example.org>"),
    ], text(body))


@mail(n(44), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (DSN) for Camille's own mail confirming her attendance ('mercredi 23 à "
           "11h30') sent to a mistyped address; a bounce, not a confirmation from the employer",
      days=(("Wed", "2026-09-23"),))
def _bounce() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <j.barreau@epidata-conseil.fr>: host mx.epidata-conseil.fr[51.68.11.240] said:
            550 5.1.1 <j.barreau@epidata-conseil.fr>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Q7mZ0c2Kdz3
        X-Postfix-Sender: rfc822; camille.renaud@example.org
        Arrival-Date: Sat, 19 Sep 2026 10:02:11 +0200 (CEST)

        Final-Recipient: rfc822; j.barreau@epidata-conseil.fr
        Original-Recipient: rfc822;j.barreau@epidata-conseil.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.epidata-conseil.fr
        Diagnostic-Code: smtp; 550 5.1.1 <j.barreau@epidata-conseil.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", "Camille Renaud <camille.renaud@example.org>"),
        ("To", "j.barreau@epidata-conseil.fr"),
        ("Subject", enc("Entretien mercredi 23 – confirmation")),
        ("Date", date("2026-09-19 10:02:09", PARIS)),
        ("Message-ID", "<CAMr3n4ud+Ep23@mail.example.org>"),
    ], text(t("""
        Bonjour Julien,

        Je vous confirme ma présence pour notre entretien mercredi 23 à 11h30 sur Teams.

        Bon week-end,
        Camille Renaud
        """), cte="8bit"))
    report = mixed(text(notice, charset="us-ascii", cte="7bit"),
                   raw_part([("Content-Description", "Delivery report"),
                             ("Content-Type", "message/delivery-status")], status),
                   attached_message(original))
    report.headers = [("Content-Type", report.headers[0][1].replace("multipart/mixed",
                                                                     "multipart/report; report-type=delivery-status"))]
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 4Q7mZ1d3Lfz5; " + date("2026-09-19 10:02:14", PARIS)),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", "camille.renaud@example.org"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-19 10:02:14", PARIS)),
        ("Message-ID", "<20260919080214.4Q7mZ1d3Lfz5@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(45), family="mailing_list", lang="fr", interview=False, company=None,
      note="Professional mailing-list post relaying a job ad whose interviews are 'les 12 et 13 "
           "novembre à Bordeaux'; dates for unnamed future candidates, nothing for Camille",
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")))
def _mailing_list() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        Je relaie cette offre pour une collègue :

        Le Registre des cancers de Gironde (fictif pour cette liste, bien sûr réel pour nous)
        recrute un·e biostatisticien·ne en CDD de 18 mois, basé·e à Bordeaux.
        Candidatures (CV + lettre) avant le 30 octobre à recrutement-registre@u-gironde-sante.fr.
        Les entretiens auront lieu les 12 et 13 novembre à Bordeaux.

        Fiche de poste : https://listes.epi-ouest.org/arc/epi-emploi/2026-10/pj-fiche.pdf

        Bonne journée,
        Karim Haddadi

        _______________________________________________
        epi-emploi mailing list
        epi-emploi@listes.epi-ouest.org
        https://listes.epi-ouest.org/listinfo/epi-emploi
        """)
    return message([
        ("Received", mx("listes.epi-ouest.org (listes.epi-ouest.org [145.239.17.92])", "2026-10-14 09:27:45",
                        PARIS, "4QMg2Xs6Tn1z")),
        ("From", "Karim Haddadi via epi-emploi <epi-emploi@listes.epi-ouest.org>"),
        ("Reply-To", "Karim Haddadi <k.haddadi@epi-ouest.org>"),
        ("To", "epi-emploi@listes.epi-ouest.org"),
        ("Subject", enc("[epi-emploi] Offre CDD biostatisticien·ne – Bordeaux")),
        ("Date", date("2026-10-14 09:27:45", PARIS)),
        ("Message-ID", "<e1c7a2f0-6b39-4d28-a5f1-8c0d3b7e9a14@epi-ouest.org>"),
        ("List-Id", "Offres d'emploi epi-ouest <epi-emploi.listes.epi-ouest.org>"),
        ("List-Post", "<mailto:epi-emploi@listes.epi-ouest.org>"),
        ("List-Unsubscribe", "<https://listes.epi-ouest.org/options/epi-emploi>"),
        ("Precedence", "list"),
        ("X-Mailman-Version", "2.1.39"),
    ], text(body, cte="8bit"))


@mail(n(46), family="webinar", lang="fr", interview=False, company=None,
      note="Zoom webinar registration 'Réussir son entretien d'embauche en visio', 8 oct. 2026 "
           "12:30 Paris: a fixed-time webinar about interviews, not an interview",
      days=(("Thu", "2026-10-08"),))
def _webinar() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci de vous être inscrit(e) à « Réussir son entretien d'embauche en visio ».

        Date et heure : 8 oct. 2026 12:30 PM Paris
        Durée : 1 heure

        Participer à partir d'un PC, Mac, iPad ou appareil Android :
        Cliquez ici pour participer : https://us06web.zoom.us/w/83311920455?tk=Ks81wQ

        Ajouter à l'agenda : Google Agenda | Outlook (.ics) | Yahoo Agenda

        Vous pouvez annuler votre inscription à tout moment.

        Organisé par : Club Emploi Cadres Nouvelle-Aquitaine
        """)
    page = ("<html><body style=\"font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    return message([
        ("Received", mx("zoom.us (mailgw06.zoom.us [170.114.52.6])", "2026-10-01 13:18:20", PARIS,
                        "4QHz5d0Wc7n3")),
        ("From", "Club Emploi Cadres Nouvelle-Aquitaine <no-reply@zoom.us>"),
        ("Reply-To", "contact@clubemploicadres-na.fr"),
        ("To", "Camille Renaud <camille.renaud@example.org>"),
        ("Subject", enc("Confirmation d'inscription au webinar : Réussir son entretien d'embauche en visio")),
        ("Date", date("2026-10-01 13:18:20", PARIS)),
        ("Message-ID", "<zm.webinar.reg.83311920455.1790853500@zoom.us>"),
    ], alt(text(body), html(page)))


@mail(n(47), family="doctor_appointment", lang="fr", interview=False, company=None,
      note="Booking-platform confirmation for a GP appointment, mardi 22 septembre 2026 à 17h40, "
           "with ICS; fixed time, not an interview",
      days=(("Tue", "2026-09-22"),))
def _doctor() -> bytes:
    body = t("""
        Bonjour Camille RENAUD,

        Votre rendez-vous est confirmé.

        Dr Claire Mounier – Médecin généraliste
        mardi 22 septembre 2026 à 17h40
        Cabinet médical des Trois-Cités, 4 place des Templiers, 86000 Poitiers

        Motif : consultation de suivi
        Pensez à votre carte Vitale et à votre carte de mutuelle.

        Vous pouvez déplacer ou annuler ce rendez-vous jusqu'à 24 h avant depuis votre compte.

        L'équipe RdvSanté
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//RdvSante//Agenda//FR\nMETHOD:PUBLISH\n"
           + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:rdv-99120418@rdvsante.fr
        DTSTAMP:20260915T083311Z
        DTSTART;TZID=Europe/Paris:20260922T174000
        DTEND;TZID=Europe/Paris:20260922T180000
        SUMMARY:RDV Dr Claire Mounier (médecin généraliste)
        LOCATION:Cabinet médical des Trois-Cités\\, 4 place des Templiers\\, 86000 Poitiers
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", mx("out-3.rdvsante.fr (out-3.rdvsante.fr [37.59.120.33])", "2026-09-15 10:33:11", PARIS,
                        "4Q5Tb2Lx8m4z")),
        ("From", addr("RdvSanté", "no-reply@rdvsante.fr")),
        ("To", "camille.renaud@example.org"),
        ("Subject", enc("Votre rendez-vous du mardi 22 septembre avec le Dr Claire Mounier est confirmé")),
        ("Date", date("2026-09-15 10:33:11", PARIS)),
        ("Message-ID", "<rdv.99120418.confirm@rdvsante.fr>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="rendez-vous.ics",
                      disposition="attachment")))


@mail(n(48), family="flat_viewing", lang="fr", interview=False, company=None,
      note="Estate agent confirms a flat viewing in Bordeaux, samedi 7 novembre à 10h30; fixed time, "
           "not an interview",
      days=(("Sat", "2026-11-07"),))
def _flat_viewing() -> bytes:
    body = t("""
        Bonjour Madame Renaud,

        Je vous confirme la visite du T2 de la rue Notre-Dame (48 m², 3e étage sans ascenseur,
        820 € CC) samedi 7 novembre à 10h30. Rendez-vous directement devant l'immeuble au 61.

        Si le bien vous plaît, pensez à préparer votre dossier (3 derniers bulletins de salaire ou
        promesse d'embauche, avis d'imposition, pièce d'identité).

        Bien cordialement,
        Grégoire Lasserre
        Chartrons Immobilier – Bordeaux
        06 58 21 77 03

        Envoyé depuis mon mobile
        """)
    return message([
        ("Received", mx("smtp.chartrons-immobilier.fr (smtp.chartrons-immobilier.fr [92.243.9.51])",
                        "2026-11-04 18:26:59", PARIS, "4QqB1n4Sd7z0")),
        ("From", addr("Grégoire Lasserre", "g.lasserre@chartrons-immobilier.fr")),
        ("To", "camille.renaud@example.org"),
        ("Subject", "RE: Visite T2 rue Notre-Dame"),
        ("Date", date("2026-11-04 18:26:59", PARIS)),
        ("Message-ID", "<Sm4rtph0ne.20261104172659.8812@chartrons-immobilier.fr>"),
    ], text(body.replace("–", "-"), charset="windows-1252", cte="quoted-printable"))


@mail(n(49), family="parent_teacher", lang="fr", interview=False, company=None,
      note="School's parent-teacher meeting slot, jeudi 3 décembre à 17h20 with the form tutor; fixed "
           "time, not an interview",
      days=(("Thu", "2026-12-03"),))
def _parent_teacher() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Madame, Monsieur,</p>
        <p>Dans le cadre des rencontres parents-professeurs du 1er trimestre, votre créneau avec
        <b>Mme Lemaire</b>, professeure principale de la classe de 5e B (élève : <b>RENAUD Jade</b>), est fixé au :</p>
        <p style="font-size:15px"><b>jeudi 3 décembre à 17h20</b> (10 minutes) – salle 104</p>
        <p>Les autres professeurs peuvent être rencontrés sans rendez-vous de 17h à 19h30 dans le hall.</p>
        <p>La Vie scolaire<br>Collège des Trois-Cités – Poitiers</p>
        <p style="font-size:11px;color:#777">Message envoyé depuis l'ENT. Ne pas répondre.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("ent-mail.college-troiscites86.fr (ent-mail.college-troiscites86.fr [193.48.201.7])",
                        "2026-11-24 12:15:00", PARIS, "4R1vH6m8Qs2z")),
        ("From", "Vie scolaire - College des Trois-Cites <ne-pas-repondre@college-troiscites86.fr>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", enc("Rencontres parents-professeurs – votre créneau")),
        ("Date", date("2026-11-24 12:15:00", PARIS)),
        ("Message-ID", "<ent.notif.5e.b.20261124111500.341@college-troiscites86.fr>"),
    ], html(page, cte="base64"))


@mail(n(50), family="user_research", lang="en", interview=False, company=None,
      note="Paid user-research session confirmed (Thursday 22 October, 17:00-18:00 CEST, €60 "
           "voucher) - a 'user interview' about dashboards, not a job interview",
      days=(("Thu", "2026-10-22"),))
def _user_research() -> bytes:
    body = t("""
        Hi Camille,

        Your research session is confirmed - thank you for taking part!

        Study: How public health analysts use dashboards
        When: Thursday 22 October, 17:00-18:00 CEST
        Where: Google Meet (link below) - please join from a laptop so you can share your screen
        Incentive: a 60 EUR voucher, sent within 5 working days after the session

        https://meet.google.com/tsr-kxbw-qpa

        During this 1:1 user interview, one of our designers will ask about how you build and read
        dashboards at work. There are no right or wrong answers, and we won't assess you.

        Need to change? Reply to this email at least 24 hours before.

        Thanks,
        Ines at Tessera Research
        """)
    return message([
        ("Received", mx("mail-oo1-f49.google.com (mail-oo1-f49.google.com [209.85.161.49])",
                        "2026-10-16 10:45:30", "Europe/London", "4QNq8z2Vb3x5")),
        ("From", "Ines Carvalho <ines@tesseraresearch.co>"),
        ("To", "camille.renaud@example.org"),
        ("Subject", "Confirmed: your paid research session on Thu 22 Oct"),
        ("Date", date("2026-10-16 10:45:30", "Europe/London")),
        ("Message-ID", "<CAQ4tSr+m8Xk2vLp0Wz7eNd@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))
