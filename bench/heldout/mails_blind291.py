"""blind291: a blind 50-mail held-out set, the inbox of Pauline Cabrol, quality assistant at an
aerospace subcontractor in Albi (Europe/Paris), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the intro,
"How it was made", "Mix", "Label conventions", "Traps" and "Judgement calls" sections of
bench/heldout/README.md, the dev corpus README, dev labels, dev_002, dev_009 and score.py. It did
not read the detector, its tests, fuzz.py, other held-out mails or the git history, and never ran
the detector. Each mail is written by hand as one function; keys 1-23 are positives (16 scheduled,
4 rescheduled, 3 cancelled), 24-50 negatives. File numbers are a fixed shuffle of the keys.
Mostly French (tu and vous); English from a German employer (Europe/Berlin) and an American one
(America/New_York). All companies and people are fictional.
"""

from __future__ import annotations

import base64
import hashlib
import random

import make
from make import addr, alt, calendar, date, enc, gmail_html, html, mixed, multipart, raw_part, t, text

ORDER = random.Random(2910291).sample(range(1, 51), 50)
SET = "blind291"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "pauline.cabrol@example.com"
ME_NAME = "Pauline Cabrol"
PAR, BER, NYC = "Europe/Paris", "Europe/Berlin", "America/New_York"

ROMANCE = make.VTZ["W. Europe Standard Time"].replace("W. Europe", "Romance")


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def head(frm, subject, when, zone, mid, *, mx, to=None, cc=None, reply_to=None, extra=(),
         charset="utf-8"):
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, Reply-To, extras."""
    hs = [
        ("Delivered-To", ME),
        ("Received", make.received(mx, when, zone, f"mx1.mail.example.com with ESMTPS id {_id(mid).upper()}", ME)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
    ]
    if cc:
        hs.append(("Cc", cc))
    hs += [
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
    ]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += list(extra)
    return hs


def ics(*, prodid, uid, stamp, start, end, summary, organizer, tzid=None, vtz=None, method="REQUEST",
        sequence=0, status="CONFIRMED", location="", description="", attendees=(), extra=()):
    """A VCALENDAR with one VEVENT; start/end 'YYYYMMDDTHHMMSS' in tzid, or ending in Z."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if vtz:
        lines.append(vtz)
    lines.append("BEGIN:VEVENT")
    if tzid:
        lines += [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    else:
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;{organizer}", f"UID:{uid}"]
    for a in attendees:
        lines.append(f"ATTENDEE;{a}")
    lines += [f"SEQUENCE:{sequence}", f"STATUS:{status}", f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines += list(extra)
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def page(body_html: str, font: str = "Arial,Helvetica,sans-serif") -> str:
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body style="font-family:{font};font-size:14px;color:#222">\n{body_html}\n</body></html>\n')


def paras(body: str) -> str:
    """Plain text -> <p> paragraphs (line breaks kept as <br>)."""
    import html as _h

    out = []
    for block in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_h.escape(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


# =========================================================================== positives


@make.mail(N(1), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-09-17T07:30:00Z", end="2026-09-17T08:30:00Z",
           contact="claire.vidalenc@aerostructures-garonne.fr", company="Aérostructures Garonne",
           local="Thu 2026-09-17 09:30", local_end="2026-09-17 10:30", zone=PAR,
           note="Workday FR confirmation from the tenant's notification address; 'jeudi 17 septembre "
                "2026, 09:30 - 10:30 (heure de Paris)', CEST = UTC+2; contact = recruiter address in the body")
def m01():
    body = t("""
        Bonjour Pauline,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        Technicienne Qualité Fournisseurs (H/F) - R-004817.

        Date : jeudi 17 septembre 2026
        Horaire : 09:30 - 10:30 (heure de Paris)
        Type : entretien sur site
        Lieu : Aérostructures Garonne, 14 chemin de la Crabe, 31700 Blagnac - accueil bâtiment B
        Vous rencontrerez : Claire Vidalenc (Chargée de recrutement) et Olivier Carayon (Responsable Qualité Achats)

        Merci de vous présenter à l'accueil 10 minutes avant l'heure prévue, muni(e) d'une pièce d'identité
        (site soumis à contrôle d'accès).

        Pour toute question, vous pouvez contacter Claire Vidalenc : claire.vidalenc@aerostructures-garonne.fr

        Vous pouvez consulter votre candidature à tout moment depuis votre espace candidat :
        https://aerogaronne.wd3.myworkdayjobs.com/fr-FR/Carrieres/userHome

        Cordialement,
        L'équipe Recrutement Aérostructures Garonne

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    h = page(t("""
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#0b3d6e;color:#ffffff;font-size:18px">Aérostructures Garonne</td></tr>
        <tr><td>
        <p>Bonjour Pauline,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de <b>Technicienne Qualité Fournisseurs (H/F) - R-004817</b>.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>jeudi 17 septembre 2026</td></tr>
        <tr><td><b>Horaire</b></td><td>09:30 - 10:30 (heure de Paris)</td></tr>
        <tr><td><b>Type</b></td><td>entretien sur site</td></tr>
        <tr><td><b>Lieu</b></td><td>Aérostructures Garonne, 14 chemin de la Crabe, 31700 Blagnac - accueil bâtiment B</td></tr>
        <tr><td><b>Vous rencontrerez</b></td><td>Claire Vidalenc (Chargée de recrutement) et Olivier Carayon (Responsable Qualité Achats)</td></tr>
        </table>
        <p>Merci de vous présenter à l'accueil 10 minutes avant l'heure prévue, muni(e) d'une pièce d'identité (site soumis à contrôle d'accès).</p>
        <p>Pour toute question, vous pouvez contacter Claire Vidalenc : <a href="mailto:claire.vidalenc@aerostructures-garonne.fr">claire.vidalenc@aerostructures-garonne.fr</a></p>
        <p><a href="https://aerogaronne.wd3.myworkdayjobs.com/fr-FR/Carrieres/userHome">Accéder à mon espace candidat</a></p>
        <p>Cordialement,<br>L'équipe Recrutement Aérostructures Garonne</p>
        <p style="font-size:11px;color:#888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></td></tr></table>"""))
    hs = head(addr("Aérostructures Garonne", "aerogaronne@myworkday.com"),
              "Confirmation de votre entretien - Technicienne Qualité Fournisseurs (H/F)",
              "2026-09-08 14:12:41", PAR, "<1803228845.41907.1788869561094@wd3-impl-mailer.myworkday.com>",
              mx="from wd3-impl-mailer.myworkday.com (wd3-impl-mailer.myworkday.com [198.51.100.23])")
    return make.message(hs, alt(text(body), html(h)))


@make.mail(N(2), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-09-22T12:00:00Z", end="2026-09-22T13:00:00Z",
           contact="lucie.fabre@sotrac-composites.fr", company="Sotrac Composites",
           local="Tue 2026-09-22 14:00", local_end="2026-09-22 15:00", zone=PAR,
           note="Teamtailor FR with invite.ics (TZID Europe/Paris); 'mardi 22 septembre, 14:00 - 15:00' "
                "CEST = UTC+2; contact = Reply-To recruiter (also ICS ORGANIZER)")
def m02():
    body = t("""
        Bonjour Pauline,

        Merci pour votre candidature au poste d'Assistante Qualité Production chez Sotrac Composites.
        Votre entretien est confirmé :

        mardi 22 septembre 2026
        14:00 - 15:00 (Europe/Paris)
        Sotrac Composites - 3 avenue du Sidobre, 81100 Castres

        Avec : Lucie Fabre, Chargée RH, et Jérôme Nègre, Responsable Qualité

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.
        Si vous avez un empêchement, répondez simplement à cet e-mail.

        À très bientôt,
        Lucie Fabre
        Sotrac Composites

        --
        Envoyé avec Teamtailor
        """)
    h = page(t("""
        <div style="max-width:560px;margin:0 auto">
        <p>Bonjour Pauline,</p>
        <p>Merci pour votre candidature au poste d'<b>Assistante Qualité Production</b> chez Sotrac Composites. Votre entretien est confirmé :</p>
        <div style="border:1px solid #e2e2e2;border-radius:8px;padding:16px">
        <div style="font-size:16px;font-weight:bold">mardi 22 septembre 2026</div>
        <div>14:00 - 15:00 (Europe/Paris)</div>
        <div>Sotrac Composites - 3 avenue du Sidobre, 81100 Castres</div>
        </div>
        <p>Avec : Lucie Fabre, Chargée RH, et Jérôme Nègre, Responsable Qualité</p>
        <p>Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda. Si vous avez un empêchement, répondez simplement à cet e-mail.</p>
        <p>À très bientôt,<br>Lucie Fabre<br>Sotrac Composites</p>
        <p style="color:#999;font-size:12px">Envoyé avec Teamtailor</p>
        </div>"""))
    cal = ics(prodid="-//Teamtailor//Interviews//FR", uid="tt-interview-5f3c2a91@teamtailor.com",
              stamp="20260914T080512Z", start="20260922T140000", end="20260922T150000", tzid=PAR,
              vtz=make.VTZ[PAR], summary="Entretien - Assistante Qualité Production (Pauline Cabrol)",
              organizer="CN=Lucie Fabre:mailto:lucie.fabre@sotrac-composites.fr",
              attendees=["CN=Pauline Cabrol;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
                         "pauline.cabrol@example.com"],
              location="Sotrac Composites\\, 3 avenue du Sidobre\\, 81100 Castres")
    hs = head(addr("Sotrac Composites", "no-reply@teamtailor-mail.com"),
              "Votre entretien chez Sotrac Composites est confirmé",
              "2026-09-14 10:05:12", PAR, "<a1b9e0c4-77d2-4f0e-9c51-2d7a6f3e8b10@teamtailor-mail.com>",
              mx="from mail-out-3.teamtailor-mail.com (mail-out-3.teamtailor-mail.com [203.0.113.41])",
              reply_to=addr("Lucie Fabre", "lucie.fabre@sotrac-composites.fr"))
    return make.message(hs, mixed(alt(text(body), html(h)),
                                  calendar(cal, filename="invite.ics", disposition="attachment", name_param=True,
                                           cte="quoted-printable")))


@make.mail(N(3), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start="2026-09-18T09:00:00Z", end="2026-09-18T09:30:00Z",
           contact="thomas.bessiere@valmeyre-industries.fr", company="Valmeyre Industries",
           local="Fri 2026-09-18 11:00", local_end="2026-09-18 11:30", zone=PAR,
           note="SmartRecruiters FR, HTML only in base64; phone interview 'vendredi 18 septembre 2026 à 11:00 "
                "(heure de Paris)', 30 minutes; CEST = UTC+2; contact = hiring manager's address in the body")
def m03():
    h = page(t("""
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" cellspacing="0" style="border:1px solid #ddd">
        <tr><td><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/valmeyre.png" alt="Valmeyre Industries" height="40"></td></tr>
        <tr><td>
        <p>Bonjour Pauline,</p>
        <p>Votre entretien téléphonique pour le poste <b>Assistant(e) Qualité - Usinage (CDI)</b> a bien été planifié.</p>
        <p><b>Quand :</b> vendredi 18 septembre 2026 à 11:00 (heure de Paris)<br>
        <b>Durée :</b> 30 minutes<br>
        <b>Format :</b> appel téléphonique - Thomas Bessière vous appellera au numéro indiqué dans votre candidature (06 12 48 93 41)</p>
        <p>Thomas Bessière, Responsable Qualité, reste à votre disposition : <a href="mailto:thomas.bessiere@valmeyre-industries.fr">thomas.bessiere@valmeyre-industries.fr</a></p>
        <p>Bonne préparation,<br>L'équipe recrutement Valmeyre Industries</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Valmeyre Industries utilise SmartRecruiters pour gérer ses recrutements. <a href="https://www.smartrecruiters.com/privacy-policy">Politique de confidentialité</a></td></tr>
        </table></td></tr></table>"""))
    hs = head(addr("Valmeyre Industries", "no-reply@smartrecruiters.com"),
              "Entretien planifié : Assistant(e) Qualité - Usinage (CDI)",
              "2026-09-14 16:40:03", PAR, "<0102018fe7c3a1d2-5b8e1c9a-33f0-4d7e-a1b2-7c9d0e1f2a3b-000000@eu-west-1.amazonses.com>",
              mx="from a48-112.smtp-out.eu-west-1.amazonses.com (a48-112.smtp-out.eu-west-1.amazonses.com [198.51.100.112])")
    return make.message(hs, html(h, cte="base64"))


@make.mail(N(4), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start="2026-10-01T08:00:00Z", end=None,
           contact="s.maury@lauragais-avionique.fr", company="Lauragais Avionique",
           local="Thu 2026-10-01 10:00", zone=PAR,
           note="Recruitee FR; 'jeudi 1er octobre 2026 à 10h00', CEST = UTC+2; 'environ 1h30' is approximate "
                "so end null; contact = human Reply-To")
def m04():
    body = t("""
        Bonjour Pauline,

        Suite à notre échange, j'ai le plaisir de vous confirmer votre entretien pour le poste
        de Contrôleuse Qualité Réception :

        Le jeudi 1er octobre 2026 à 10h00
        Lauragais Avionique - ZI de la Prade, 11400 Castelnaudary
        Durée : environ 1h30 (entretien avec le responsable qualité puis visite de l'atelier)

        Pensez à prendre des chaussures fermées pour la visite. Un badge visiteur vous sera remis
        à l'accueil.

        Au plaisir de vous rencontrer,

        Sandrine Maury
        Responsable Ressources Humaines
        Lauragais Avionique
        """)
    hs = head(addr("Sandrine Maury - Lauragais Avionique", "notifications@recruiteemail.com"),
              "Confirmation d'entretien - Contrôleuse Qualité Réception",
              "2026-09-23 09:20:47", PAR, "<6f1e0d2c.3b4a.4c5d.8e9f.0a1b2c3d4e5f@recruiteemail.com>",
              mx="from o12.recruiteemail.com (o12.recruiteemail.com [192.0.2.77])",
              reply_to=addr("Sandrine Maury", "s.maury@lauragais-avionique.fr"))
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(5), family="personio", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T13:00:00Z", end="2026-10-06T14:00:00Z",
           contact="jana.oltmanns@hellweg-lt.de", company="Hellweg Luftfahrttechnik",
           local="Tue 2026-10-06 15:00", local_end="2026-10-06 16:00", zone=BER,
           note="Personio, German employer writing in English; 'Tuesday, 6 October 2026, 15:00 - 16:00 (Berlin "
                "time, CEST)' = UTC+2, same as Albi; ICS TZID Europe/Berlin; contact = Reply-To recruiter")
def m05():
    body = t("""
        Dear Pauline,

        Thank you for your application as Supplier Quality Engineer (m/f/d) for our Toulouse office.
        We are pleased to invite you to a first interview via Microsoft Teams:

        Date: Tuesday, 6 October 2026
        Time: 15:00 - 16:00 (Berlin time, CEST)
        Participants: Jana Oltmanns (Talent Acquisition), Florian Siebert (Head of Supplier Quality)

        The Teams link is included in the calendar invitation attached to this e-mail.
        The interview will be held in English; a few questions may be in French, as the role works
        closely with our suppliers in Occitanie.

        If you have any questions, simply reply to this e-mail.

        Kind regards
        Jana Oltmanns
        Talent Acquisition Partner

        Hellweg Luftfahrttechnik GmbH | Hanna-Reitsch-Str. 9 | 21129 Hamburg
        Registered office: Hamburg | Commercial register: HRB 000000 (fictitious)
        """)
    cal = ics(prodid="-//Personio GmbH//Personio Recruiting//EN", uid="personio-ev-8841923@personio.de",
              stamp="20260928T090200Z", start="20261006T150000", end="20261006T160000", tzid=BER,
              vtz=make.VTZ[BER], summary="Interview: Supplier Quality Engineer (m/f/d) - Pauline Cabrol",
              organizer="CN=Jana Oltmanns:mailto:jana.oltmanns@hellweg-lt.de",
              attendees=["CN=Pauline Cabrol;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
                         "pauline.cabrol@example.com",
                         "CN=Florian Siebert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:florian.siebert@hellweg-lt.de"],
              location="Microsoft Teams",
              description="Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                          "Hw7Kp2LqYz%40thread.v2/0")
    hs = head(addr("Hellweg Luftfahrttechnik GmbH", "hellweg-luftfahrttechnik@mail.personio.de"),
              "Interview invitation: Supplier Quality Engineer (m/f/d)",
              "2026-09-28 11:02:19", BER, "<e7c1a39b52f04d0e9a6b@mail.personio.de>",
              mx="from mail.personio.de (mail.personio.de [198.51.100.150])",
              reply_to=addr("Jana Oltmanns", "jana.oltmanns@hellweg-lt.de"))
    return make.message(hs, mixed(alt(text(body), html(page(paras(body)))),
                                  calendar(cal, filename="interview.ics", disposition="attachment")))


@make.mail(N(6), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T14:00:00Z", end="2026-10-08T14:30:00Z",
           contact="megan.sorensen@brightwaterpc.com", company="Brightwater Precision Components",
           local="Thu 2026-10-08 10:00", local_end="2026-10-08 10:30", zone=NYC,
           note="Greenhouse, American employer; 'Thursday, October 8, 2026 10:00 AM - 10:30 AM EDT' = UTC-4 "
                "(body also shows 4:00 PM CEST for the candidate); ICS TZID America/New_York; contact = Reply-To")
def m06():
    body = t("""
        Hi Pauline,

        Thanks for making time to speak with us! Your phone screen for the Supplier Quality
        Specialist - European Programs role is confirmed.

        Thursday, October 8, 2026
        10:00 AM - 10:30 AM EDT (4:00 PM - 4:30 PM CEST, your time)

        Interviewer: Megan Sorensen, Senior Recruiter
        Location: Phone call - Megan will call you at +33 6 12 48 93 41

        Need to reschedule? Just reply to this email and let us know.

        Best,
        Brightwater Precision Components Recruiting Team
        """)
    h = page(t("""
        <p>Hi Pauline,</p>
        <p>Thanks for making time to speak with us! Your phone screen for the <strong>Supplier Quality Specialist - European Programs</strong> role is confirmed.</p>
        <p><strong>Thursday, October 8, 2026</strong><br>10:00 AM - 10:30 AM EDT (4:00 PM - 4:30 PM CEST, your time)</p>
        <p>Interviewer: Megan Sorensen, Senior Recruiter<br>Location: Phone call - Megan will call you at +33 6 12 48 93 41</p>
        <p>Need to reschedule? Just reply to this email and let us know.</p>
        <p>Best,<br>Brightwater Precision Components Recruiting Team</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8d1f3c.gif" width="1" height="1" alt="">"""),
        font="Helvetica,Arial,sans-serif")
    cal = ics(prodid="-//Greenhouse Software//Greenhouse//EN", uid="greenhouse-interview-31877520@greenhouse.io",
              stamp="20261002T131500Z", start="20261008T100000", end="20261008T103000", tzid=NYC,
              vtz=make.VTZ[NYC], summary="Phone Screen: Pauline Cabrol / Brightwater Precision Components",
              organizer="CN=Megan Sorensen:mailto:megan.sorensen@brightwaterpc.com",
              attendees=["CN=Pauline Cabrol;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
                         "pauline.cabrol@example.com"],
              location="Phone call")
    hs = head(addr("Brightwater Precision Components", "no-reply@us.greenhouse-mail.io"),
              "Your phone screen with Brightwater Precision Components is confirmed",
              "2026-10-02 09:15:33", NYC, "<5f7e2c1a9b.31877520@us.greenhouse-mail.io>",
              mx="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [198.51.100.9])",
              reply_to=addr("Megan Sorensen", "megan.sorensen@brightwaterpc.com"))
    return make.message(hs, mixed(alt(text(body), html(h)),
                                  calendar(cal, filename="invite.ics", disposition="attachment")))


@make.mail(N(7), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
           contact="s.roucayrol@mas-segala.fr", company="Mécanique Aéronautique du Ségala",
           local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PAR,
           note="Exchange meeting request (FR Outlook, Teams) sent Thu 22 Oct in CEST for Mon 26 Oct, the day "
                "after Europe returns to CET: 10:00 CET = 09:00Z; TZID Romance Standard Time; contact = organizer")
def m07():
    body = t("""
        Bonjour Madame Cabrol,

        Comme convenu par téléphone, je vous adresse l'invitation pour notre entretien en visioconférence
        (poste d'Assistante Qualité Système EN 9100). Vous échangerez avec moi-même et avec
        Mme Delpech, responsable qualité du site de Carmaux.

        Bien cordialement,

        Stéphane Roucayrol
        Responsable Ressources Humaines
        Mécanique Aéronautique du Ségala
        Tél. 05 63 76 41 20

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou l'appareil de la salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2%40thread.v2/0?context=%7b%22Tid%22%3a%22c0ffee00%22%7d>
        ID de la réunion : 384 271 905 116
        Code secret : Rw3Tq9
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    h = page(t("""
        <div class="WordSection1">
        <p class="MsoNormal">Bonjour Madame Cabrol,</p>
        <p class="MsoNormal">Comme convenu par téléphone, je vous adresse l'invitation pour notre entretien en visioconférence (poste d'Assistante Qualité Système EN 9100). Vous échangerez avec moi-même et avec Mme Delpech, responsable qualité du site de Carmaux.</p>
        <p class="MsoNormal">Bien cordialement,</p>
        <p class="MsoNormal">Stéphane Roucayrol<br>Responsable Ressources Humaines<br>Mécanique Aéronautique du Ségala<br>Tél. 05 63 76 41 20</p>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap;">________________________________________________________________________________</div>
        <div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2%40thread.v2/0?context=%7b%22Tid%22%3a%22c0ffee00%22%7d">Cliquez ici pour rejoindre la réunion</a></div>
        <div>ID de la réunion : 384 271 905 116<br>Code secret : Rw3Tq9</div>
        </div>"""), font="Aptos,Calibri,sans-serif")
    desc = ("Bonjour Madame Cabrol\\,\\n\\nComme convenu par téléphone\\, je vous adresse l'invitation pour notre "
            "entretien en visioconférence (poste d'Assistante Qualité Système EN 9100).\\n\\nStéphane Roucayrol\\n"
            "Réunion Microsoft Teams\\nID de la réunion : 384 271 905 116\\nCode secret : Rw3Tq9\\n")
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000B0C4F2A1D743DD01000000000000000010000000A4C9F1E2B3D4",
              stamp="20261022T154800Z", start="20261026T100000", end="20261026T110000",
              tzid="Romance Standard Time", vtz=ROMANCE,
              summary="Entretien Pauline Cabrol - Assistante Qualité Système",
              organizer="CN=Stéphane Roucayrol:mailto:s.roucayrol@mas-segala.fr",
              attendees=["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Cabrol:mailto:"
                         "pauline.cabrol@example.com",
                         "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nathalie Delpech:mailto:"
                         "n.delpech@mas-segala.fr"],
              location="Réunion Microsoft Teams", description=desc,
              extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                     "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                     "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                     "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                     "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                     "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                     "END:VALARM"])
    hs = head(addr("Stéphane Roucayrol", "s.roucayrol@mas-segala.fr"),
              "Entretien Pauline Cabrol - Assistante Qualité Système",
              "2026-10-22 17:48:06", PAR, "<PR3P192MB0876A1B2C3D4E5F6A7B8C9D0E1F2A@PR3P192MB0876.EURP192.PROD.OUTLOOK.COM>",
              mx="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [203.0.113.101])",
              extra=[("Thread-Topic", enc("Entretien Pauline Cabrol - Assistante Qualité Système")),
                     ("Thread-Index", "AdtkZ2VtbGFzZGZqa2xhc2RmamtsYQ=="),
                     ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")])
    return make.message(hs, alt(text(body), html(h), calendar(cal, cte="base64")))


@make.mail(N(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-13T12:30:00Z", end="2026-10-13T13:30:00Z",
           contact="marion.estrade@pyrenees-usinage.fr", company="Pyrénées Usinage",
           local="Tue 2026-10-13 14:30", local_end="2026-10-13 15:30", zone=PAR,
           note="Google Calendar invitation, French UI: 'mar. 13 oct. 2026 14:30 - 15:30 (heure d'été d'Europe "
                "centrale)' = UTC+2; ICS TZID Europe/Paris; contact = organizer (sender)")
def m08():
    body = t("""
        Marion Estrade vous a invité à un événement.

        Entretien - Assistante Qualité / Pyrénées Usinage
        mardi 13 octobre 2026 ⋅ 14:30 – 15:30
        Heure d'été d'Europe centrale - Paris

        Participer avec Google Meet
        meet.google.com/vqe-hbxk-twn

        Lieu
        Pyrénées Usinage, 2 rue des Forges, 65000 Tarbes

        Bonjour Pauline, voici l'invitation pour notre entretien. Vous rencontrerez aussi Patrick, notre
        responsable de production. En cas de souci le jour même : 05 62 34 58 17. Marion

        Invités
        Marion Estrade - organisateur
        Pauline Cabrol
        Patrick Lacaze

        Afficher tous les détails de l'invitation
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWZ0bjNpZ2Q4cmF2

        Répondre pour pauline.cabrol@example.com
        Oui ‒ Peut-être ‒ Non
        Plus d'options https://calendar.google.com/calendar/event?action=VIEW&eid=NWZ0bjNpZ2Q4cmF2

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de mises à jour
        concernant cet événement, refusez-le.
        Transférer cette invitation peut permettre à tout destinataire d'envoyer une réponse à l'organisateur.
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="5ftn3igd8rav0l4q2k6ucs1h7e@google.com",
              stamp="20261006T073100Z", start="20261013T143000", end="20261013T153000", tzid=PAR,
              vtz=make.VTZ[PAR], summary="Entretien - Assistante Qualité / Pyrénées Usinage",
              organizer="CN=Marion Estrade:mailto:marion.estrade@pyrenees-usinage.fr",
              attendees=["CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pauline.cabrol"
                         "@example.com;X-NUM-GUESTS=0:mailto:pauline.cabrol@example.com",
                         "CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marion Estrade;"
                         "X-NUM-GUESTS=0:mailto:marion.estrade@pyrenees-usinage.fr",
                         "CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Patrick Lacaze;"
                         "X-NUM-GUESTS=0:mailto:patrick.lacaze@pyrenees-usinage.fr"],
              location="Pyrénées Usinage\\, 2 rue des Forges\\, 65000 Tarbes",
              description="Bonjour Pauline\\, voici l'invitation pour notre entretien. Vous rencontrerez aussi "
                          "Patrick\\, notre responsable de production.\\n\\nRejoindre avec Google Meet : "
                          "https://meet.google.com/vqe-hbxk-twn",
              extra=["CREATED:20261006T073058Z", "LAST-MODIFIED:20261006T073100Z"])
    h = page(paras(body), font="Roboto,Arial,sans-serif")
    hs = head(addr("Marion Estrade", "marion.estrade@pyrenees-usinage.fr"),
              "Invitation: Entretien - Assistante Qualité / Pyrénées Usinage @ mar. 13 oct. 2026 14:30 - 15:30 (CEST) "
              "(pauline.cabrol@example.com)",
              "2026-10-06 09:31:00", PAR, "<calendar-7a4e1b2c-9d3f-4e5a-b6c7-d8e9f0a1b2c3@google.com>",
              mx="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              reply_to=addr("Marion Estrade", "marion.estrade@pyrenees-usinage.fr"),
              extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
    return make.message(hs, mixed(alt(text(body), html(h), calendar(cal, cte="base64")),
                                  calendar(cal, ctype="application/ics", method=None, filename="invite.ics",
                                           disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(9), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-10-15T12:00:00Z", end=None,
           contact="julien.marty@ateliers-lapeyre.fr", company="Ateliers Lapeyre",
           local="Thu 2026-10-15 14:00", zone=PAR,
           note="Ex-colleague, now the hiring manager, in tu: 'on te reçoit jeudi à 14h' resolved against the Date "
                "(Mon 12 Oct) = Thu 15 Oct, CEST = UTC+2; '1h, 1h30' is not a fixed length so end null; "
                "8bit text; contact = sender")
def m09():
    body = t("""
        Salut Pauline,

        Bonne nouvelle, c'est calé avec Sophie (notre DRH) : on te reçoit jeudi à 14h à l'usine,
        ZA de Bourran, 12000 Rodez. Tu demandes Sophie Baldit à l'accueil, je vous rejoins après.

        Compte 1h, 1h30 : un entretien classique avec elle et moi, puis je te fais faire le tour de
        l'atelier traitement thermique (oui, tu vas retrouver des fours... et des dossiers NADCAP).

        Si jamais tu as un imprévu, appelle-moi directement au 06 71 23 90 88.

        À jeudi !
        Julien

        --
        Julien Marty
        Responsable Qualité
        Ateliers Lapeyre - Traitements thermiques & contrôles
        """)
    hs = head(addr("Julien Marty", "julien.marty@ateliers-lapeyre.fr"),
              "Entretien jeudi",
              "2026-10-12 19:14:52", PAR, "<7d3f6c2e-91ab-4c1d-bb21-9a8e0c6f5d44@ateliers-lapeyre.fr>",
              mx="from smtp.ateliers-lapeyre.fr (smtp.ateliers-lapeyre.fr [192.0.2.18])",
              extra=[("User-Agent", "Mozilla Thunderbird")])
    return make.message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(10), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-10-20T07:00:00Z", end=None,
           contact="nadege.carriere@orvalis-rh.fr", company="Thermolaq Aviation",
           local="Tue 2026-10-20 09:00", zone=PAR,
           note="Recruitment agency (vous) confirms the client interview 'le mardi 20 octobre à 9h00', CEST = "
                "UTC+2; iso-8859-1 QP; company = the client; contact = the agent who sent it")
def m10():
    body = t("""
        Bonjour Pauline,

        Je reviens vers vous comme promis : notre client Thermolaq Aviation souhaite vous rencontrer pour
        le poste d'Assistante Qualité (CDI, Colomiers).

        Je vous confirme donc votre entretien le mardi 20 octobre à 9h00, dans leurs locaux :
        Thermolaq Aviation, 45 avenue Édouard Serres, 31770 Colomiers.
        Vous serez reçue par M. Bardou, directeur qualité, et Mme Sicard, responsable RH. Je ne serai pas
        présente mais je vous appellerai dans l'après-midi pour un débrief.

        Quelques conseils : revoyez bien vos exemples de traitement de non-conformités et de 8D, ils
        travaillent beaucoup avec des donneurs d'ordre exigeants sur ce point.

        Belle journée,

        Nadège Carrière
        Consultante Recrutement - Industrie & Aéronautique
        Cabinet Orvalis Recrutement - Toulouse
        05 61 47 20 32
        """)
    h = page(paras(body), font="Calibri,Arial,sans-serif").replace("utf-8", "iso-8859-1")
    hs = head(addr("Nadège Carrière", "nadege.carriere@orvalis-rh.fr", "iso-8859-1"),
              "Votre entretien chez Thermolaq Aviation - mardi 20/10",
              "2026-10-14 11:26:09", PAR, "<AM8P190MB0995C4A1E2F3B4D5@AM8P190MB0995.EURP190.PROD.OUTLOOK.COM>",
              mx="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2110.outbound.protection.outlook.com [203.0.113.110])",
              charset="iso-8859-1", extra=[("Content-Language", "fr-FR")])
    return make.message(hs, alt(text(body, charset="iso-8859-1"), html(h, charset="iso-8859-1")))


@make.mail(N(11), family="calendly", lang="fr", interview=True, kind="scheduled",
           start="2026-10-21T09:00:00Z", end="2026-10-21T09:30:00Z",
           contact="elodie.rigal@quercy-aero.fr", company="Quercy Aéro Services",
           local="Wed 2026-10-21 11:00", local_end="2026-10-21 11:30", zone=PAR,
           note="Calendly invitee confirmation in French; '11:00 - 11:30, mercredi 21 octobre 2026 (heure "
                "d'Europe centrale)' while Paris is still on CEST (UTC+2); ICS in UTC; contact = Reply-To (host)")
def m11():
    body = t("""
        Bonjour Pauline Cabrol,

        Votre événement Entretien téléphonique - Assistante Qualité avec Élodie Rigal est programmé.

        Événement :
        Entretien téléphonique - Assistante Qualité

        Date et heure :
        11:00 - 11:30, mercredi 21 octobre 2026 (heure d'Europe centrale)

        Lieu :
        Élodie Rigal vous appellera au +33 6 12 48 93 41

        Fuseau horaire de l'invité :
        Europe/Paris

        Questions :
        Merci de préciser vos disponibilités pour une prise de poste
        Préavis d'un mois

        Reprogrammer : https://calendly.com/reschedulings/b7e2c9d4-1f3a-4e8b-9c0d
        Annuler : https://calendly.com/cancellations/b7e2c9d4-1f3a-4e8b-9c0d

        Optimisé par Calendly.com
        """)
    cal = ics(prodid="-//Calendly//Calendly//EN", uid="b7e2c9d4-1f3a-4e8b-9c0d-calendly", method="REQUEST",
              stamp="20261016T110500Z", start="20261021T090000Z", end="20261021T093000Z",
              summary="Entretien téléphonique - Assistante Qualité (Élodie Rigal et Pauline Cabrol)",
              organizer="CN=Élodie Rigal:mailto:elodie.rigal@quercy-aero.fr",
              attendees=["CN=Pauline Cabrol;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pauline.cabrol@example.com"],
              location="Élodie Rigal vous appellera au +33 6 12 48 93 41")
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Entretien téléphonique - Assistante Qualité avec Élodie Rigal le mercredi 21 octobre 2026",
              "2026-10-16 13:05:44", PAR, "<0100019a2b3c4d5e-6f7a8b9c-calendly-000000@email.calendly.com>",
              mx="from o1.email.calendly.com (o1.email.calendly.com [198.51.100.201])",
              reply_to=addr("Élodie Rigal", "elodie.rigal@quercy-aero.fr"))
    return make.message(hs, mixed(alt(text(body), html(page(paras(body)))),
                                  calendar(cal, filename="invite.ics", disposition="attachment", cte="8bit")))


@make.mail(N(12), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-10-02T11:30:00Z", end="2026-10-02T12:15:00Z",
           contact=None, company="Occitanie Traitements de Surface",
           local="Fri 2026-10-02 13:30", local_end="2026-10-02 14:15", zone=PAR,
           note="Microsoft Bookings from a shared mailbox; body shows the Windows label '(UTC+01:00) Bruxelles, "
                "Copenhague, Madrid, Paris' in summer: 13:30 CEST = 11:30Z (ICS confirms); 45 minutes; "
                "staff name only, no personal address -> contact null")
def m12():
    body = t("""
        Bonjour Pauline Cabrol,

        Votre rendez-vous est confirmé.

        Entretien de recrutement - Assistant(e) Qualité
        vendredi 2 octobre 2026
        13:30 - 14:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Durée : 45 minutes
        Avec : Karine Alibert

        Lieu : OTS - 8 rue Paule Raymondis, 31200 Toulouse (accueil principal)

        Ajouter à votre calendrier
        Gérer la réservation : https://outlook.office365.com/book/RecrutementOTS@ots-aero.fr/

        Occitanie Traitements de Surface
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E0080000000071B3A0C5E1D3DD010000000000000000100000009F2E",
              stamp="20260928T065000Z", start="20261002T133000", end="20261002T141500",
              tzid="Romance Standard Time", vtz=ROMANCE,
              summary="Entretien de recrutement - Assistant(e) Qualité",
              organizer="CN=Recrutement OTS:mailto:RecrutementOTS@ots-aero.fr",
              attendees=["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Pauline Cabrol:mailto:"
                         "pauline.cabrol@example.com"],
              location="OTS - 8 rue Paule Raymondis\\, 31200 Toulouse",
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    hs = head(addr("Recrutement OTS", "RecrutementOTS@ots-aero.fr"),
              "Réservation confirmée : Entretien de recrutement - Assistant(e) Qualité",
              "2026-09-28 08:50:27", PAR, "<DB9P190MB1452E0D1C2B3A4F5@DB9P190MB1452.EURP190.PROD.OUTLOOK.COM>",
              mx="from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2095.outbound.protection.outlook.com [203.0.113.95])")
    h = page(paras(body), font="Segoe UI,sans-serif")
    return make.message(hs, alt(text(body), html(h), calendar(cal, cte="base64")))


@make.mail(N(13), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start="2026-11-09T15:30:00Z", end=None,
           contact="romain.teulier@albatech-controle.fr", company="Albatech Contrôle",
           local="Mon 2026-11-09 16:30", zone=PAR,
           note="Candidate forwards the recruiter's confirmation to herself (Gmail FR); 'lundi 9 novembre à 16h30', "
                "CET = UTC+1; contact = recruiter in the forwarded header")
def m13():
    body = t("""
        à imprimer avec le plan d'accès + prendre le portfolio des rapports d'audit

        ---------- Forwarded message ---------
        De : Romain Teulier <romain.teulier@albatech-controle.fr>
        Date: mar. 3 nov. 2026 à 10:12
        Subject: Confirmation de votre entretien - Technicienne Contrôle Qualité
        To: Pauline Cabrol <pauline.cabrol@example.com>


        Bonjour Madame Cabrol,

        Suite à notre échange téléphonique de ce matin, je vous confirme notre rendez-vous le
        lundi 9 novembre à 16h30 dans nos locaux : Albatech Contrôle, 21 rue de la Mouline,
        81000 Albi (parking visiteurs devant le bâtiment).

        Vous rencontrerez M. Cros, responsable du laboratoire CND, et moi-même.

        Bien cordialement,

        Romain Teulier
        Responsable RH
        Albatech Contrôle
        """)
    hs = [
        ("Delivered-To", ME),
        ("Received", make.received("by 2002:a05:6a10:8c1f:b0:5e2:1a4b:7c3d with SMTP id h31csp2291847pxb",
                                   "2026-11-03 21:40:18", PAR, "mx1.mail.example.com with LMTP id 9F2C7A", ME, lag=1)),
        ("From", addr(ME_NAME, ME)),
        ("To", addr(ME_NAME, ME)),
        ("Subject", enc("Fwd: Confirmation de votre entretien - Technicienne Contrôle Qualité")),
        ("Date", date("2026-11-03 21:40:18", PAR)),
        ("Message-ID", "<CAHx7fQ1p9k2Lr+5dGvZ8wq3TnB4mYc6eXa0uJ1sKo2Vb7nRz9Q@mail.gmail.com>"),
        ("In-Reply-To", "<MR1P190MB0441A9B8C7D6E5F4@MR1P190MB0441.EURP190.PROD.OUTLOOK.COM>"),
        ("References", "<MR1P190MB0441A9B8C7D6E5F4@MR1P190MB0441.EURP190.PROD.OUTLOOK.COM>"),
    ]
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(14), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start="2026-11-12T08:00:00Z", end=None,
           contact="anais.duclos@figarol-hydraulique.fr", company="Hydrauliques Figarol",
           local="Thu 2026-11-12 09:00", zone=PAR, days=(("Tue", "2026-11-10"), ("Thu", "2026-11-05")),
           note="Recruiter's short 'Parfait, c'est noté' on top of the quoted thread where the candidate accepts "
                "'le jeudi 12 novembre à 9h'; CET = UTC+1; contact = sender")
def m14():
    body = t("""
        Bonjour Pauline,

        Parfait, c'est noté pour jeudi 9h ! Je vous attendrai à l'accueil du site, 7 route de Lourdes à
        Tarbes. Prévoyez environ une heure.

        Bonne fin de semaine,

        Anaïs Duclos
        Chargée de recrutement
        Hydrauliques Figarol

        -----Message d'origine-----
        De : Pauline Cabrol <pauline.cabrol@example.com>
        Envoyé : vendredi 6 novembre 2026 08:41
        À : Anaïs Duclos <anais.duclos@figarol-hydraulique.fr>
        Objet : Re: Poste Assistante Qualité Fournisseurs - proposition d'entretien

        Bonjour Madame Duclos,

        Merci pour votre retour. Le jeudi 12 novembre à 9h me convient parfaitement.

        Bien cordialement,
        Pauline Cabrol

        -----Message d'origine-----
        De : Anaïs Duclos <anais.duclos@figarol-hydraulique.fr>
        Envoyé : jeudi 5 novembre 2026 17:20
        À : Pauline Cabrol <pauline.cabrol@example.com>
        Objet : Poste Assistante Qualité Fournisseurs - proposition d'entretien

        Bonjour Madame Cabrol,

        Votre profil a retenu notre attention. Seriez-vous disponible pour un entretien sur site le
        mardi 10 novembre à 14h ou le jeudi 12 novembre à 9h ?

        Cordialement,
        Anaïs Duclos
        """)
    hs = head(addr("Anaïs Duclos", "anais.duclos@figarol-hydraulique.fr"),
              "RE: Poste Assistante Qualité Fournisseurs - proposition d'entretien",
              "2026-11-06 09:02:37", PAR, "<PAXP190MB17F0B2C3D4E5F6A7@PAXP190MB17F0.EURP190.PROD.OUTLOOK.COM>",
              mx="from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2087.outbound.protection.outlook.com [203.0.113.87])",
              extra=[("In-Reply-To", "<CAHx7fQ0aPc4Lm9@mail.gmail.com>"),
                     ("References", "<PAXP190MB17F0A1A1@PAXP190MB17F0.EURP190.PROD.OUTLOOK.COM> <CAHx7fQ0aPc4Lm9@mail.gmail.com>")])
    return make.message(hs, text(body, charset="windows-1252"))


@make.mail(N(15), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T14:00:00Z", end="2026-11-03T16:00:00Z",
           contact="megan.sorensen@brightwaterpc.com", company="Brightwater Precision Components",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 11:00", zone=NYC,
           note="GoodTime virtual panel itinerary sent Mon 26 Oct in EDT for Tue 3 Nov, after the US switch to "
                "EST: 9:00 AM-11:00 AM ET = 14:00Z-16:00Z (first session start, last session end); "
                "contact = Reply-To coordinator")
def m15():
    body = t("""
        Hi Pauline,

        Your virtual panel interview for Supplier Quality Specialist - European Programs at Brightwater
        Precision Components is confirmed. Here is your schedule:

        Tuesday, November 3, 2026 (Eastern Time - ET)
        Your local time: 3:00 PM - 5:00 PM (Central European Time)

        9:00 AM - 9:45 AM   Dana Whitfield, Quality Manager
        9:45 AM - 10:30 AM  Rob Castellano, Director of Supply Chain
        10:30 AM - 11:00 AM Megan Sorensen, Senior Recruiter (wrap-up)

        All sessions use the same Zoom link:
        https://brightwaterpc.zoom.us/j/86420975310?pwd=Q2xOa1lWc3BnMWZ0
        Meeting ID: 864 2097 5310

        Questions or conflicts? Reply to this email to reach Megan Sorensen.

        Good luck!
        Brightwater Precision Components

        Scheduled with GoodTime
        """)
    h = page(t("""
        <p>Hi Pauline,</p>
        <p>Your virtual panel interview for <b>Supplier Quality Specialist - European Programs</b> at Brightwater Precision Components is confirmed. Here is your schedule:</p>
        <p><b>Tuesday, November 3, 2026 (Eastern Time - ET)</b><br>Your local time: 3:00 PM - 5:00 PM (Central European Time)</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td>9:00 AM - 9:45 AM</td><td>Dana Whitfield, Quality Manager</td></tr>
        <tr><td>9:45 AM - 10:30 AM</td><td>Rob Castellano, Director of Supply Chain</td></tr>
        <tr><td>10:30 AM - 11:00 AM</td><td>Megan Sorensen, Senior Recruiter (wrap-up)</td></tr>
        </table>
        <p>All sessions use the same Zoom link: <a href="https://brightwaterpc.zoom.us/j/86420975310?pwd=Q2xOa1lWc3BnMWZ0">https://brightwaterpc.zoom.us/j/86420975310</a><br>Meeting ID: 864 2097 5310</p>
        <p>Questions or conflicts? Reply to this email to reach Megan Sorensen.</p>
        <p>Good luck!<br>Brightwater Precision Components</p>
        <p style="color:#aaa;font-size:11px">Scheduled with GoodTime</p>"""))
    hs = head(addr("Brightwater Precision Components", "scheduling@goodtime.io"),
              "Your interview schedule: Supplier Quality Specialist - European Programs",
              "2026-10-26 14:20:55", NYC, "<20261026182055.1.7c2e9a@mg.goodtime.io>",
              mx="from m42-19.mailgun.net (m42-19.mailgun.net [198.51.100.42])",
              reply_to=addr("Megan Sorensen", "megan.sorensen@brightwaterpc.com"))
    return make.message(hs, alt(text(body), html(h)))


@make.mail(N(16), family="ics_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-19T09:00:00Z", end="2026-11-19T10:00:00Z",
           contact="helene.garrigues@mecaflux.fr", company="Mécaflux Industrie",
           local="Thu 2026-11-19 10:00", local_end="2026-11-19 11:00", zone=PAR,
           note="Human mail says only 'notre entretien de la semaine prochaine'; the time is only in the attached "
                "Thunderbird invite.ics (TZID Europe/Paris, 10:00-11:00 CET = UTC+1); contact = sender/organizer")
def m16():
    body = t("""
        Bonjour Pauline,

        Comme convenu au téléphone, voici l'invitation pour notre entretien de la semaine prochaine
        (poste d'Assistante Qualité, atelier de Graulhet). Elle devrait s'ajouter directement à votre
        agenda.

        L'entretien aura lieu dans la salle de réunion du premier étage ; sonnez à l'interphone
        « Administration » en arrivant.

        Cordialement,

        Hélène Garrigues
        Assistante de direction - RH
        Mécaflux Industrie
        Chemin de la Mégisserie, 81300 Graulhet
        """)
    cal = ics(prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", uid="3b9f2d1e-6c4a-4e7b-8f0d-5a1c2e3f4b6d",
              stamp="20261112T160500Z", start="20261119T100000", end="20261119T110000", tzid=PAR,
              vtz=make.VTZ[PAR], summary="Entretien Pauline Cabrol - Assistante Qualité",
              organizer="CN=Hélène Garrigues:mailto:helene.garrigues@mecaflux.fr",
              attendees=["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Cabrol:mailto:"
                         "pauline.cabrol@example.com"],
              location="Mécaflux Industrie - salle de réunion 1er étage\\, Graulhet",
              extra=["CREATED:20261112T160300Z", "LAST-MODIFIED:20261112T160500Z"])
    hs = head(addr("Hélène Garrigues", "helene.garrigues@mecaflux.fr"),
              "Invitation entretien - Mécaflux",
              "2026-11-12 17:05:31", PAR, "<c41e7a2b-5d8f-4f21-9b3c-6e0a1d2f3b4c@mecaflux.fr>",
              mx="from smtp.mecaflux.fr (smtp.mecaflux.fr [192.0.2.61])",
              extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")])
    return make.message(hs, mixed(text(body, cte="8bit"),
                                  calendar(cal, filename="invite.ics", disposition="attachment", cte="8bit",
                                           name_param=True)))


# --------------------------------------------------------------------------- rescheduled


@make.mail(N(17), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-08T08:00:00Z", end="2026-10-08T09:00:00Z",
           contact="jana.oltmanns@hellweg-lt.de", company="Hellweg Luftfahrttechnik",
           local="Thu 2026-10-08 10:00", local_end="2026-10-08 11:00", zone=BER,
           note="Exchange update (SEQUENCE:1) moving the Personio interview from Tue 6 Oct 15:00 to Thu 8 Oct "
                "10:00-11:00; body label '(UTC+01:00) Amsterdam, Berlin...' shows the standard offset but Berlin "
                "is on CEST (UTC+2) -> 08:00Z, which the ICS confirms; contact = organizer")
def m17():
    body = t("""
        When: Thursday, October 8, 2026 10:00 AM-11:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Dear Pauline,

        Florian has to attend a supplier audit on Tuesday afternoon, so I have moved our interview to
        Thursday morning, 8 October, 10:00-11:00. The Teams link stays the same. Sorry for the
        change, and thank you for your flexibility!

        Best regards
        Jana

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Hw7Kp2LqYz%40thread.v2/0>
        Meeting ID: 319 604 227 845
        Passcode: 7pXs2K
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        ________________________________________________________________________________
        """)
    h = page(paras(body), font="Aptos,Calibri,sans-serif")
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000E5A1B2C3D4E5DC01000000000000000010000000F1E2D3C4B5A6",
              stamp="20261001T143000Z", start="20261008T100000", end="20261008T110000",
              tzid="W. Europe Standard Time", vtz=make.VTZ["W. Europe Standard Time"], sequence=1,
              summary="Interview Pauline Cabrol - Supplier Quality Engineer",
              organizer="CN=Jana Oltmanns:mailto:jana.oltmanns@hellweg-lt.de",
              attendees=["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Cabrol:mailto:"
                         "pauline.cabrol@example.com",
                         "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Siebert:mailto:"
                         "florian.siebert@hellweg-lt.de"],
              location="Microsoft Teams Meeting",
              description="Dear Pauline\\,\\nFlorian has to attend a supplier audit on Tuesday afternoon\\, so I "
                          "have moved our interview to Thursday morning\\, 8 October\\, 10:00-11:00.\\n",
              extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-OWNERAPPTID:2117483647",
                     "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                     "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                     "X-MICROSOFT-CDO-INSTTYPE:0"])
    hs = head(addr("Jana Oltmanns", "jana.oltmanns@hellweg-lt.de"),
              "Updated: Interview Pauline Cabrol - Supplier Quality Engineer",
              "2026-10-01 16:30:12", BER, "<FR2P281MB0123D4E5F6A7B8C9@FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM>",
              mx="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2131.outbound.protection.outlook.com [203.0.113.131])",
              extra=[("Thread-Topic", "Interview Pauline Cabrol - Supplier Quality Engineer"),
                     ("Content-Language", "en-US")])
    return make.message(hs, alt(text(body), html(h), calendar(cal, cte="base64")))


@make.mail(N(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-02T08:30:00Z", end=None,
           contact="claire.vidalenc@aerostructures-garonne.fr", company="Aérostructures Garonne",
           local="Fri 2026-10-02 10:30", zone=PAR,
           note="Recruiter (vous) moves the second interview from 'mardi 29 septembre à 14h' to 'vendredi 2 octobre "
                "à 10h30'; old and new times in the same mail; CEST = UTC+2; contact = sender")
def m18():
    body = t("""
        Bonjour Madame Cabrol,

        M. Carayon ayant un déplacement imprévu chez un fournisseur en fin de semaine prochaine, nous
        sommes contraints de décaler votre second entretien, initialement prévu le mardi 29 septembre
        à 14h.

        Nous l'avons reporté au vendredi 2 octobre à 10h30, au même endroit (accueil bâtiment B,
        Blagnac). M. Carayon et Mme Rouquette, notre directrice industrielle, vous recevront.

        Je vous prie de nous excuser pour ce changement et reste à votre disposition si ce nouveau
        créneau posait la moindre difficulté.

        Bien cordialement,

        Claire Vidalenc
        Chargée de recrutement
        Aérostructures Garonne
        """)
    h = page(paras(body), font="Calibri,Arial,sans-serif")
    hs = head(addr("Claire Vidalenc", "claire.vidalenc@aerostructures-garonne.fr"),
              "Report de votre second entretien",
              "2026-09-25 15:10:44", PAR, "<VI1P190MB0733F1E2D3C4B5A6@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM>",
              mx="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2118.outbound.protection.outlook.com [203.0.113.118])",
              extra=[("Content-Language", "fr-FR")])
    return make.message(hs, alt(text(body), html(h)))


@make.mail(N(19), family="calendly", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-27T10:30:00Z", end="2026-10-27T11:00:00Z",
           contact="elodie.rigal@quercy-aero.fr", company="Quercy Aéro Services",
           local="Tue 2026-10-27 11:30", local_end="2026-10-27 12:00", zone=PAR,
           note="Calendly FR 'Mis à jour' sent in CEST (Mon 19 Oct): moved from Wed 21 Oct 11:00 to 'mardi 27 "
                "octobre 2026, 11:30 - 12:00', after Europe's return to CET (UTC+1) -> 10:30Z; ICS in UTC; "
                "contact = Reply-To host")
def m19():
    body = t("""
        Bonjour Pauline Cabrol,

        Élodie Rigal a reprogrammé votre événement.

        Raison : « Désolée, je suis en formation mercredi toute la journée. Je vous appelle le mardi
        suivant, même numéro. »

        Ancien horaire (annulé) :
        11:00 - 11:30, mercredi 21 octobre 2026

        Nouvel horaire :
        11:30 - 12:00, mardi 27 octobre 2026 (heure d'Europe centrale)

        Événement :
        Entretien téléphonique - Assistante Qualité

        Lieu :
        Élodie Rigal vous appellera au +33 6 12 48 93 41

        Reprogrammer : https://calendly.com/reschedulings/e4a1c7b2-9d0f-4c3e-8b1a
        Annuler : https://calendly.com/cancellations/e4a1c7b2-9d0f-4c3e-8b1a

        Optimisé par Calendly.com
        """)
    cal = ics(prodid="-//Calendly//Calendly//EN", uid="b7e2c9d4-1f3a-4e8b-9c0d-calendly", sequence=1,
              stamp="20261019T162200Z", start="20261027T103000Z", end="20261027T110000Z",
              summary="Entretien téléphonique - Assistante Qualité (Élodie Rigal et Pauline Cabrol)",
              organizer="CN=Élodie Rigal:mailto:elodie.rigal@quercy-aero.fr",
              attendees=["CN=Pauline Cabrol;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pauline.cabrol@example.com"],
              location="Élodie Rigal vous appellera au +33 6 12 48 93 41")
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Mis à jour : Entretien téléphonique - Assistante Qualité avec Élodie Rigal le mardi 27 octobre 2026",
              "2026-10-19 18:22:10", PAR, "<0100019a4f5e6d7c-8b9a0f1e-calendly-000000@email.calendly.com>",
              mx="from o1.email.calendly.com (o1.email.calendly.com [198.51.100.201])",
              reply_to=addr("Élodie Rigal", "elodie.rigal@quercy-aero.fr"))
    return make.message(hs, mixed(alt(text(body), html(page(paras(body)))),
                                  calendar(cal, filename="invite.ics", disposition="attachment", cte="8bit")))


@make.mail(N(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-05T14:00:00Z", end="2026-11-05T16:00:00Z",
           contact="megan.sorensen@brightwaterpc.com", company="Brightwater Precision Components",
           local="Thu 2026-11-05 09:00", local_end="2026-11-05 11:00", zone=NYC,
           note="American recruiter moves the panel from Tue Nov 3 to 'Thursday, November 5, 9:00-11:00 AM ET'; "
                "Date is Fri 30 Oct in EDT, the interview after the US switch to EST (UTC-5) -> 14:00Z; body "
                "also gives 3:00-5:00 PM for Albi (CET); contact = sender")
def m20():
    body = t("""
        Hi Pauline,

        Quick update on your panel: Dana has been called to our Wichita plant for a customer escalation
        next week, so we've moved everything by two days. Your new schedule is Thursday, November 5,
        9:00 - 11:00 AM ET (3:00 - 5:00 PM your time in Albi) - same order of sessions, same Zoom
        link. Updated calendar invites are on their way from GoodTime.

        Really sorry for the shuffle, and thanks for being flexible. Let me know if anything about
        Thursday doesn't work.

        Best,
        Megan

        Megan Sorensen | Senior Recruiter
        Brightwater Precision Components | Hartford, CT
        """)
    hs = head(addr("Megan Sorensen", "megan.sorensen@brightwaterpc.com"),
              "Panel moved to Thursday 11/5",
              "2026-10-30 11:05:27", NYC, "<BN8PR12MB3427C1D2E3F4A5B6@BN8PR12MB3427.namprd12.prod.outlook.com>",
              mx="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2099.outbound.protection.outlook.com [203.0.113.99])",
              extra=[("Content-Language", "en-US")])
    return make.message(hs, alt(text(body), html(page(paras(body), font="Calibri,Arial,sans-serif"))))


# --------------------------------------------------------------------------- cancelled


@make.mail(N(21), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-10-13T12:30:00Z", end="2026-10-13T13:30:00Z",
           contact="marion.estrade@pyrenees-usinage.fr", company="Pyrénées Usinage",
           local="Tue 2026-10-13 14:30", local_end="2026-10-13 15:30", zone=PAR,
           note="Google Calendar cancellation (FR UI, METHOD:CANCEL) of the Pyrénées Usinage interview, cancelled "
                "slot mar. 13 oct. 2026 14:30-15:30 CEST = 12:30Z-13:30Z; contact = organizer")
def m21():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien - Assistante Qualité / Pyrénées Usinage
        mardi 13 octobre 2026 ⋅ 14:30 – 15:30
        Heure d'été d'Europe centrale - Paris

        Message de Marion Estrade :
        « Bonjour Pauline, le recrutement est malheureusement suspendu par la direction (gel des
        embauches jusqu'à la fin de l'année). Je suis vraiment désolée, je reviendrai vers vous dès
        que le poste sera rouvert. Marion »

        Organisateur
        Marion Estrade
        marion.estrade@pyrenees-usinage.fr

        Invités
        Marion Estrade - organisateur
        Pauline Cabrol
        Patrick Lacaze

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="5ftn3igd8rav0l4q2k6ucs1h7e@google.com",
              method="CANCEL", status="CANCELLED", sequence=1,
              stamp="20261009T064700Z", start="20261013T143000", end="20261013T153000", tzid=PAR,
              vtz=make.VTZ[PAR], summary="Entretien - Assistante Qualité / Pyrénées Usinage",
              organizer="CN=Marion Estrade:mailto:marion.estrade@pyrenees-usinage.fr",
              attendees=["CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=pauline.cabrol@example.com;"
                         "X-NUM-GUESTS=0:mailto:pauline.cabrol@example.com"],
              location="Pyrénées Usinage\\, 2 rue des Forges\\, 65000 Tarbes")
    hs = head(addr("Marion Estrade", "marion.estrade@pyrenees-usinage.fr"),
              "Événement annulé : Entretien - Assistante Qualité / Pyrénées Usinage @ mar. 13 oct. 2026 14:30 - 15:30 "
              "(CEST) (pauline.cabrol@example.com)",
              "2026-10-09 08:47:02", PAR, "<calendar-0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b@google.com>",
              mx="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              reply_to=addr("Marion Estrade", "marion.estrade@pyrenees-usinage.fr"),
              extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
    return make.message(hs, mixed(alt(text(body), html(page(paras(body), font="Roboto,Arial,sans-serif")),
                                      calendar(cal, method="CANCEL", cte="base64")),
                                  calendar(cal, ctype="application/ics", method=None, filename="invite.ics",
                                           disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-11-19T09:00:00Z", end=None,
           contact="helene.garrigues@mecaflux.fr", company="Mécaflux Industrie",
           local="Thu 2026-11-19 10:00", zone=PAR,
           note="Mécaflux cancels 'notre entretien du jeudi 19 novembre à 10h' (post filled internally), no new "
                "time; CET = UTC+1 -> 09:00Z; no range in this mail so end null; 8bit; contact = sender")
def m22():
    body = t("""
        Bonjour Pauline,

        Je suis au regret de devoir annuler notre entretien du jeudi 19 novembre à 10h : la direction a
        finalement décidé de pourvoir le poste d'Assistante Qualité en interne, par la mutation d'une
        collaboratrice de notre site de Mazamet.

        Je suis sincèrement désolée de vous prévenir si tard et vous remercie pour l'intérêt que vous
        avez porté à Mécaflux. Nous conservons votre candidature et ne manquerons pas de revenir vers
        vous si un poste similaire s'ouvre.

        Cordialement,

        Hélène Garrigues
        Assistante de direction - RH
        Mécaflux Industrie
        """)
    hs = head(addr("Hélène Garrigues", "helene.garrigues@mecaflux.fr"),
              "Annulation entretien du 19/11",
              "2026-11-16 12:03:48", PAR, "<8a2d4f6e-1b3c-4d5e-9f0a-2b4c6d8e0f1a@mecaflux.fr>",
              mx="from smtp.mecaflux.fr (smtp.mecaflux.fr [192.0.2.61])",
              extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")])
    return make.message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(23), family="workable", lang="fr", interview=True, kind="cancelled",
           start="2026-12-02T14:00:00Z", end=None,
           contact=None, company="Soleia Aéro Maintenance",
           local="Wed 2026-12-02 15:00", zone=PAR,
           note="Workable FR: interview 'mercredi 2 décembre 2026 à 15h00' cancelled, a new date to come; CET = "
                "UTC+1; Reply-To is a Workable relay and the HR signature has no address -> contact null")
def m23():
    body = t("""
        Bonjour Pauline,

        Nous sommes contraints d'annuler votre entretien pour le poste de Technicienne Qualité Aéronautique
        (Part 145), prévu le mercredi 2 décembre 2026 à 15h00 dans nos locaux de Montauban.

        Notre responsable qualité sera mobilisé par un audit de la DSAC cette semaine-là. Nous reviendrons
        vers vous très prochainement pour convenir d'une nouvelle date.

        Merci de votre compréhension.

        Mathilde Sabatier
        Responsable RH
        Soleia Aéro Maintenance
        """)
    h = page(paras(body) + '\n<p style="font-size:11px;color:#999">Envoyé via Workable</p>')
    hs = head(addr("Soleia Aéro Maintenance", "noreply@candidates.workablemail.com"),
              "Annulation de votre entretien - Technicienne Qualité Aéronautique (Part 145)",
              "2026-11-26 10:40:15", PAR, "<8d7c6b5a49384f2e.wk.4417093@candidates.workablemail.com>",
              mx="from mail-a.workablemail.com (mail-a.workablemail.com [198.51.100.77])",
              reply_to="soleia-aero-maintenance+c7f2a91e8b@candidates.workablemail.com")
    return make.message(hs, alt(text(body), html(h)))


# =========================================================================== negatives


@make.mail(N(24), family="application_ack", lang="en", interview=False, company="Brightwater Precision Components",
           note="Greenhouse application receipt from the American employer; no interview")
def m24():
    body = t("""
        Hi Pauline,

        Thank you for your interest in Brightwater Precision Components! We have received your
        application for Supplier Quality Specialist - European Programs (Remote - France).

        Our team is reviewing applications and will reach out if your background is a match for the
        role. Due to the volume of applications, we may not be able to respond to every candidate
        individually.

        Regards,
        Brightwater Precision Components Talent Acquisition

        This inbox is not monitored.
        """)
    hs = head(addr("Brightwater Precision Components", "no-reply@us.greenhouse-mail.io"),
              "Thank you for applying to Brightwater Precision Components",
              "2026-09-15 13:02:11", NYC, "<2c9e4a7b1d.29914077@us.greenhouse-mail.io>",
              mx="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [198.51.100.9])")
    return make.message(hs, alt(text(body), html(page(paras(body), font="Helvetica,Arial,sans-serif"))))


@make.mail(N(25), family="scheduling_link", lang="en", interview=False, company="Brightwater Precision Components",
           note="Greenhouse availability request: asks for windows for a phone screen, nothing fixed yet")
def m25():
    body = t("""
        Hi Pauline,

        Thanks again for applying for the Supplier Quality Specialist - European Programs role. I'd love
        to set up a 30-minute phone screen with you.

        Please use the link below to let me know when you're available over the next two weeks. Our
        team is in Hartford (Eastern Time), so mornings on our side / afternoons in France tend to work
        best.

        Submit your availability:
        https://app.greenhouse.io/candidate_availability/4f8b21c7e9a0d3

        Looking forward to chatting,
        Megan

        Megan Sorensen
        Senior Recruiter, Brightwater Precision Components
        """)
    hs = head(addr("Megan Sorensen", "no-reply@us.greenhouse-mail.io"),
              "Brightwater Precision Components - share your availability",
              "2026-09-28 10:44:02", NYC, "<7ab31e0c4f.30511296@us.greenhouse-mail.io>",
              mx="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [198.51.100.9])",
              reply_to=addr("Megan Sorensen", "megan.sorensen@brightwaterpc.com"))
    return make.message(hs, alt(text(body), html(page(paras(body), font="Helvetica,Arial,sans-serif"))))


@make.mail(N(26), family="application_ack", lang="fr", interview=False, company="Avialis Systèmes",
           note="Taleo application receipt (FR), iso-8859-1; no interview")
def m26():
    body = t("""
        Madame Pauline Cabrol,

        Nous accusons réception de votre candidature au poste Assistant(e) Qualité Programme H/F
        (réf. 2600318) et vous remercions de l'intérêt que vous portez à Avialis Systèmes.

        Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos
        attentes, nous prendrons contact avec vous dans les prochaines semaines.

        Vous pouvez suivre l'avancement de votre candidature dans la rubrique « Mes candidatures » de
        notre site carrières.

        Cordialement,

        Le service Recrutement
        Avialis Systèmes

        Merci de ne pas répondre à ce courriel.
        """)
    hs = head(addr("Avialis Systèmes Recrutement", "avialis@invalidemail.taleo.net", "iso-8859-1"),
              "Accusé de réception de votre candidature - Assistant(e) Qualité Programme H/F",
              "2026-09-06 22:18:37", PAR, "<1193847562.6613.1788725917042.JavaMail.taleo@tlmail01.taleo.net>",
              mx="from tlmail01.taleo.net (tlmail01.taleo.net [198.51.100.61])", charset="iso-8859-1")
    return make.message(hs, html(page(paras(body)).replace("utf-8", "iso-8859-1"), charset="iso-8859-1"))


@make.mail(N(27), family="rejection", lang="fr", interview=False, company="Avialis Systèmes",
           note="Taleo rejection before any interview")
def m27():
    body = t("""
        Madame,

        Nous vous remercions de l'intérêt que vous avez manifesté pour le poste Assistant(e) Qualité
        Programme H/F (réf. 2600318).

        Après une étude attentive de votre candidature, nous sommes au regret de vous informer que nous
        ne pouvons pas y donner une suite favorable. Nous avons en effet retenu des profils dont
        l'expérience correspond plus précisément aux besoins du poste.

        Nous conservons vos coordonnées et ne manquerons pas de vous recontacter si une opportunité
        correspondant à votre profil se présentait.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Le service Recrutement
        Avialis Systèmes
        """)
    hs = head(addr("Avialis Systèmes Recrutement", "avialis@invalidemail.taleo.net", "iso-8859-1"),
              "Votre candidature - Assistant(e) Qualité Programme H/F",
              "2026-10-20 07:03:12", PAR, "<1202283311.7740.1792472592118.JavaMail.taleo@tlmail02.taleo.net>",
              mx="from tlmail02.taleo.net (tlmail02.taleo.net [198.51.100.62])", charset="iso-8859-1")
    return make.message(hs, html(page(paras(body)).replace("utf-8", "iso-8859-1"), charset="iso-8859-1"))


@make.mail(N(28), family="application_ack", lang="fr", interview=False, company="Dutertre Aerospace",
           note="iCIMS application receipt (FR) from a French subsidiary; no interview")
def m28():
    body = t("""
        Bonjour Pauline,

        Merci d'avoir postulé au poste « Inspectrice Qualité Produit - Figeac » chez Dutertre Aerospace
        France. Votre candidature a bien été transmise à notre équipe de recrutement.

        Prochaines étapes : si votre profil est retenu, vous recevrez un e-mail vous invitant à passer un
        court test en ligne, puis un recruteur vous contactera.

        Connectez-vous à votre portail candidat pour suivre votre candidature :
        https://careers-dutertre.icims.com/jobs/login

        Cordialement,
        Talent Acquisition - Dutertre Aerospace France
        """)
    hs = head(addr("Dutertre Aerospace", "dutertre@talent.icims.com"),
              "Dutertre Aerospace - Nous avons bien reçu votre candidature",
              "2026-10-05 15:27:49", PAR, "<1790086069.31.iCIMS.2419@talent.icims.com>",
              mx="from smtp-out-07.icims.com (smtp-out-07.icims.com [198.51.100.107])")
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(29), family="rejection", lang="fr", interview=False, company="Sotrac Composites",
           note="Teamtailor rejection after the 22 September interview (same thread as the Sotrac confirmation)")
def m29():
    body = t("""
        Bonjour Pauline,

        Merci encore d'être venue nous rencontrer à Castres pour le poste d'Assistante Qualité Production.
        Nous avons apprécié la qualité de nos échanges.

        Après mûre réflexion, nous avons choisi de poursuivre avec une autre candidate dont l'expérience
        en drapage composite est plus proche de nos besoins immédiats. Cette décision n'a pas été facile.

        Nous vous souhaitons le meilleur pour la suite et n'hésitez pas à postuler à nos prochaines
        offres.

        Bien cordialement,
        Lucie Fabre
        Sotrac Composites
        """)
    hs = head(addr("Sotrac Composites", "no-reply@teamtailor-mail.com"),
              "Votre candidature chez Sotrac Composites",
              "2026-10-02 16:55:30", PAR, "<c93f1a2e-4b6d-4e8f-a0c1-3d5e7f9a1b2c@teamtailor-mail.com>",
              mx="from mail-out-3.teamtailor-mail.com (mail-out-3.teamtailor-mail.com [203.0.113.41])",
              reply_to=addr("Lucie Fabre", "lucie.fabre@sotrac-composites.fr"))
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(30), family="rejection", lang="en", interview=False, company="Hellweg Luftfahrttechnik",
           note="Personio rejection after the 8 October interview (German employer, English)")
def m30():
    body = t("""
        Dear Pauline,

        Thank you very much for the time you took to speak with Florian and me on 8 October, and for
        your interest in the Supplier Quality Engineer (m/f/d) position.

        After careful consideration we have decided to move forward with a candidate who already has
        hands-on experience with our main supplier base in Germany. This was a close decision, and we
        were impressed by your knowledge of EN 9100 and of the supplier landscape in Occitanie.

        With your consent we would like to keep your profile in our talent pool for future openings in
        Toulouse. You can withdraw your consent at any time via the link below.

        Kind regards
        Jana Oltmanns
        Talent Acquisition Partner
        Hellweg Luftfahrttechnik GmbH

        Manage my data: https://hellweg-luftfahrttechnik.jobs.personio.de/privacy
        """)
    hs = head(addr("Hellweg Luftfahrttechnik GmbH", "hellweg-luftfahrttechnik@mail.personio.de"),
              "Your application as Supplier Quality Engineer (m/f/d)",
              "2026-10-22 10:12:44", BER, "<a93c07e1d5b24f6e8c0d@mail.personio.de>",
              mx="from mail.personio.de (mail.personio.de [198.51.100.150])",
              reply_to=addr("Jana Oltmanns", "jana.oltmanns@hellweg-lt.de"))
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(31), family="job_alert", lang="fr", interview=False, company=None,
           note="Job board alert listing new offers; no interview")
def m31():
    body = t("""
        Bonjour Pauline,

        7 nouvelles offres correspondent à votre alerte « assistant qualité aéronautique - Albi + 80 km ».

        Technicien(ne) Qualité Fournisseurs H/F - Sud Câblage Aéro - Tarbes (65) - CDI
        Publiée il y a 2 jours

        Assistant(e) Qualité Système EN 9100 - Mécanique Aéronautique du Ségala - Carmaux (81) - CDI
        Publiée hier

        Contrôleur(se) Qualité Réception - intérim 6 mois - Toulouse (31)
        Publiée aujourd'hui

        Inspecteur(trice) CND niveau 2 - Albatech Contrôle - Albi (81) - CDI
        Publiée il y a 3 jours

        Voir les 3 autres offres : https://www.aerojobs-sudouest.fr/alertes/8812/offres

        Gérer mes alertes | Se désabonner
        AéroJobs Sud-Ouest - l'emploi aéronautique en Occitanie et Nouvelle-Aquitaine
        """)
    hs = head(addr("AéroJobs Sud-Ouest", "alertes@aerojobs-sudouest.fr"),
              "7 nouvelles offres pour « assistant qualité aéronautique »",
              "2026-10-19 07:30:05", PAR, "<alerte-8812-20261019@aerojobs-sudouest.fr>",
              mx="from mta12.aerojobs-sudouest.fr (mta12.aerojobs-sudouest.fr [192.0.2.112])",
              extra=[("List-Unsubscribe", "<https://www.aerojobs-sudouest.fr/alertes/unsubscribe?u=8812>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(32), family="newsletter", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-15"), ("Tue", "2026-11-17")),
           note="Regional quality association newsletter with its events (a breakfast, a webinar); not an interview")
def m32():
    body = t("""
        LA LETTRE QUALITÉ OCCITANIE - n° 87 - octobre 2026

        À la une
        Révision de la norme EN 9100 : où en est-on ? Le point avec notre groupe de travail.

        Agenda
        - Matinale qualité à Toulouse : jeudi 15 octobre, 8h30-10h, « Facteurs humains et non-conformités
          en production » - inscription gratuite pour les adhérents.
        - Webinaire : mardi 17 novembre, 12h30, « Réussir son audit de surveillance EN 9100 ».

        Emploi
        Nos entreprises adhérentes recrutent : retrouvez les offres sur notre bourse à l'emploi.

        Vie de l'association
        Bienvenue aux 6 nouvelles entreprises adhérentes du Tarn et de l'Aveyron !

        Association Qualité Occitanie - 12 allée des Sciences, 31400 Toulouse
        Vous recevez cette lettre car vous êtes adhérente. Se désinscrire : https://aq-occitanie.fr/desinscription
        """)
    hs = head(addr("Association Qualité Occitanie", "lettre@aq-occitanie.fr"),
              "La Lettre Qualité Occitanie n° 87 - EN 9100, agenda de l'automne",
              "2026-10-07 12:00:00", PAR, "<newsletter-87.3301@aq-occitanie.fr>",
              mx="from mail186.sendinblue-relay.example (mail186.sendinblue-relay.example [192.0.2.186])",
              extra=[("List-Unsubscribe", "<https://aq-occitanie.fr/desinscription>"), ("Precedence", "bulk")])
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(33), family="recruiter_outreach", lang="fr", interview=False, company="Cabinet Orvalis Recrutement",
           note="Agency's first approach: presents a client role and asks for a call, nothing fixed")
def m33():
    body = t("""
        Bonjour Pauline,

        Je suis consultante au sein du Cabinet Orvalis Recrutement, spécialisé dans l'industrie
        aéronautique en Occitanie. J'ai découvert votre profil sur ProLien et je pense qu'il pourrait
        correspondre à une mission que nous a confiée l'un de nos clients, un spécialiste des traitements
        de surface basé à Colomiers, qui recherche une Assistante Qualité en CDI.

        Seriez-vous disponible cette semaine ou la suivante pour un premier échange téléphonique d'une
        vingtaine de minutes ? Dites-moi les moments qui vous arrangent.

        Belle journée,

        Nadège Carrière
        Consultante Recrutement - Industrie & Aéronautique
        Cabinet Orvalis Recrutement - Toulouse
        05 61 47 20 32
        """)
    hs = head(addr("Nadège Carrière", "nadege.carriere@orvalis-rh.fr", "iso-8859-1"),
              "Opportunité Assistante Qualité - Colomiers",
              "2026-09-29 14:48:22", PAR, "<AM8P190MB0995A0B1C2D3E4F5@AM8P190MB0995.EURP190.PROD.OUTLOOK.COM>",
              mx="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2110.outbound.protection.outlook.com [203.0.113.110])",
              charset="iso-8859-1")
    return make.message(hs, alt(text(body, charset="iso-8859-1"),
                                html(page(paras(body), font="Calibri,Arial,sans-serif").replace("utf-8", "iso-8859-1"),
                                     charset="iso-8859-1")))


@make.mail(N(34), family="proposal", lang="fr", interview=False, company="Sud Câblage Aéro",
           days=(("Thu", "2026-11-05"), ("Fri", "2026-11-06")),
           note="Recruiter proposes two slots and asks the candidate to choose; not confirmed")
def m34():
    body = t("""
        Bonjour Madame Cabrol,

        Nous avons bien reçu votre candidature pour le poste de Technicienne Qualité Fournisseurs et
        souhaiterions vous rencontrer.

        Je peux vous proposer les créneaux suivants, dans nos locaux de Tarbes :
        - jeudi 5 novembre à 10h00
        - vendredi 6 novembre à 14h00

        Merci de m'indiquer celui qui vous convient le mieux ; je vous enverrai ensuite une confirmation
        avec le plan d'accès.

        Cordialement,

        Bertrand Lagarde
        Responsable Qualité
        Sud Câblage Aéro
        """)
    hs = head(addr("Bertrand Lagarde", "b.lagarde@sudcablage-aero.fr"),
              "Candidature Technicienne Qualité Fournisseurs - proposition de rendez-vous",
              "2026-10-30 11:37:19", PAR, "<000a01dc4a2b$3c4d5e60$b5e71a20$@sudcablage-aero.fr>",
              mx="from smtp.sudcablage-aero.fr (smtp.sudcablage-aero.fr [192.0.2.133])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")])
    return make.message(hs, alt(text(body), html(page(paras(body), font="Calibri,Arial,sans-serif"))))


@make.mail(N(35), family="scheduling_link", lang="fr", interview=False, company="Quercy Aéro Services",
           note="Recruiter sends her Calendly link to book a phone interview; nothing fixed yet")
def m35():
    body = t("""
        Bonjour Pauline,

        Merci pour votre candidature au poste d'Assistante Qualité chez Quercy Aéro Services, elle a retenu
        toute mon attention.

        Pour un premier entretien téléphonique de 30 minutes, je vous laisse choisir le créneau qui vous
        convient directement dans mon agenda :
        https://calendly.com/elodie-rigal-qas/entretien-telephonique

        À bientôt,

        Élodie Rigal
        Chargée de recrutement
        Quercy Aéro Services - Cahors
        """)
    hs = head(addr("Élodie Rigal", "elodie.rigal@quercy-aero.fr"),
              "Votre candidature - Assistante Qualité",
              "2026-10-14 09:58:41", PAR, "<CAJp4rQ2w8uN0xYtLm3VzA7bK1dE6fH9gS5qC0oP2iR4@mail.gmail.com>",
              mx="from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(36), family="out_of_office", lang="fr", interview=False, company="Aérostructures Garonne",
           days=(("Mon", "2026-10-12"),),
           note="Recruiter's automatic out-of-office reply to the candidate's thank-you mail")
def m36():
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 12 octobre inclus, avec un accès limité à ma messagerie.
        Je traiterai votre message à mon retour.

        Pour toute demande urgente concernant un recrutement, vous pouvez écrire à
        recrutement@aerostructures-garonne.fr.

        Cordialement,
        Claire Vidalenc
        """)
    hs = head(addr("Claire Vidalenc", "claire.vidalenc@aerostructures-garonne.fr"),
              "Réponse automatique : Merci pour l'entretien de vendredi",
              "2026-10-05 18:21:07", PAR, "<VI1P190MB07330A9B8C7D6E5F@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM>",
              mx="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2118.outbound.protection.outlook.com [203.0.113.118])",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAHx7fQ3mD5sK8@mail.gmail.com>")])
    return make.message(hs, text(body))


@make.mail(N(37), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the candidate's English thank-you to a misspelt recruiter address; "
                "multipart/report with the original as message/rfc822")
def m37():
    orig_body = t("""
        Dear Jana,

        Thank you for this morning's interview, and please pass my thanks on to Florian as well. I
        enjoyed learning more about how Hellweg works with its suppliers in Occitanie, and I am very
        motivated by the role.

        I look forward to hearing from you.

        Kind regards,
        Pauline Cabrol
        """)
    orig = make.message([
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Jana Oltmanns", "jana.oltmans@hellweg-lt.de")),
        ("Subject", "Thank you - Supplier Quality Engineer interview"),
        ("Date", date("2026-10-08 13:05:12", PAR)),
        ("Message-ID", "<CAHx7fQ4tY2wB6@mail.gmail.com>"),
    ], text(orig_body))
    expl = t("""
        This is the mail system at host mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <jana.oltmans@hellweg-lt.de>: host mx.hellweg-lt.de[192.0.2.201] said: 550 5.1.1
            <jana.oltmans@hellweg-lt.de>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.com
        X-Postfix-Queue-ID: 4Tq9Lz2Hx5z9vBk
        X-Postfix-Sender: rfc822; pauline.cabrol@example.com
        Arrival-Date: Thu,  8 Oct 2026 13:05:13 +0200 (CEST)

        Final-Recipient: rfc822; jana.oltmans@hellweg-lt.de
        Original-Recipient: rfc822;jana.oltmans@hellweg-lt.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.hellweg-lt.de
        Diagnostic-Code: smtp; 550 5.1.1 <jana.oltmans@hellweg-lt.de>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report", text(expl, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       make.Part([("Content-Description", "Undelivered Message"),
                                  ("Content-Type", "message/rfc822")], orig),
                       params="report-type=delivery-status")
    hs = [
        ("Delivered-To", ME),
        ("Received", make.received("by mail.example.com (Postfix)", "2026-10-08 13:05:14", PAR,
                                   "mx1.mail.example.com with LMTP id 4Tq9M0", ME, lag=0)),
        ("From", "MAIL-DAEMON@mail.example.com (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-08 13:05:14", PAR)),
        ("Message-ID", "<20261008110514.4Tq9M0Jb7Xz9vBm@mail.example.com>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return make.message(hs, report)


@make.mail(N(38), family="offer", lang="fr", interview=False, company="Aérostructures Garonne",
           days=(("Mon", "2027-01-04"), ("Fri", "2026-12-11")),
           note="Job offer (promesse d'embauche) after the interviews, with a start date and a reply deadline")
def m38():
    body = t("""
        Bonjour Pauline,

        Suite à vos entretiens avec M. Carayon et Mme Rouquette, j'ai le grand plaisir de vous confirmer
        que nous souhaitons vous proposer le poste de Technicienne Qualité Fournisseurs en CDI, au sein
        du service Qualité Achats de notre site de Blagnac.

        Vous trouverez ci-joint votre promesse d'embauche précisant les conditions de l'offre :
        rémunération annuelle brute de 34 500 €, statut ETAM, prise de poste envisagée le lundi 4 janvier
        2027.

        Nous vous remercions de bien vouloir nous retourner le document signé avant le vendredi
        11 décembre. N'hésitez pas à m'appeler si vous avez la moindre question.

        Toute l'équipe se réjouit de vous accueillir !

        Bien cordialement,

        Claire Vidalenc
        Chargée de recrutement
        Aérostructures Garonne
        """)
    pdf = base64.b64encode(b"%PDF-1.4\n% promesse d'embauche - document fictif\n%%EOF\n").decode()
    hs = head(addr("Claire Vidalenc", "claire.vidalenc@aerostructures-garonne.fr"),
              "Proposition d'embauche - Technicienne Qualité Fournisseurs",
              "2026-12-01 11:15:36", PAR, "<VI1P190MB07335F4E3D2C1B0A@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM>",
              mx="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2118.outbound.protection.outlook.com [203.0.113.118])",
              extra=[("Content-Language", "fr-FR")])
    att = make.Part([("Content-Type", 'application/pdf; name="Promesse_embauche_P_Cabrol.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Promesse_embauche_P_Cabrol.pdf"'),
                     ("Content-Transfer-Encoding", "base64")], (pdf + "\r\n").encode())
    return make.message(hs, mixed(alt(text(body), html(page(paras(body), font="Calibri,Arial,sans-serif"))), att))


@make.mail(N(39), family="medical_appointment", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-09-30"),),
           note="Online booking platform confirms an ophthalmologist appointment; fixed time, not an interview")
def m39():
    body = t("""
        Bonjour Pauline,

        Votre rendez-vous est confirmé.

        Dr Anne Puech - Ophtalmologue
        mercredi 30 septembre 2026 à 17:15
        Cabinet d'ophtalmologie des Lices, 9 boulevard Sibille, 81000 Albi

        Motif : Consultation de contrôle
        Pensez à apporter votre carte Vitale et vos lunettes actuelles.

        En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance depuis votre compte.

        L'équipe RDVSanté
        """)
    hs = head(addr("RDVSanté", "ne-pas-repondre@rdvsante.fr"),
              "Confirmation de votre rendez-vous du 30 septembre avec Dr Anne Puech",
              "2026-09-21 20:47:13", PAR, "<rdv-7741029.confirm@rdvsante.fr>",
              mx="from out-4.rdvsante.fr (out-4.rdvsante.fr [192.0.2.44])")
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(40), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Exchange meeting request (Romance Standard Time) for a working-group meeting of the quality "
                "association; a fixed time, not an interview")
def m40():
    body = t("""
        Quand : jeudi 5 novembre 2026 17:30-19:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle du CETIM Occitanie, Albi / Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour à toutes et à tous,

        Voici l'invitation pour la réunion n° 4 du groupe de travail « Maîtrise des fournisseurs EN 9100 ».
        Ordre du jour : retours d'expérience sur les audits fournisseurs, FAI (EN 9102), point sur la
        grille d'évaluation commune.

        Bonne journée,
        Gilles Vergnes
        Animateur du GT - Association Qualité Occitanie
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000003C4D5E",
              stamp="20261020T081500Z", start="20261105T173000", end="20261105T190000",
              tzid="Romance Standard Time", vtz=ROMANCE,
              summary="GT Maîtrise des fournisseurs EN 9100 - réunion n° 4",
              organizer="CN=Gilles Vergnes:mailto:g.vergnes@aq-occitanie.fr",
              attendees=["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Cabrol:mailto:"
                         "pauline.cabrol@example.com"],
              location="Salle du CETIM Occitanie\\, Albi / Teams",
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    hs = head(addr("Gilles Vergnes", "g.vergnes@aq-occitanie.fr"),
              "GT Maîtrise des fournisseurs EN 9100 - réunion n° 4",
              "2026-10-20 10:15:00", PAR, "<PR1P190MB0214B1C2D3E4F5A6@PR1P190MB0214.EURP190.PROD.OUTLOOK.COM>",
              mx="from EUR05-PR1-obe.outbound.protection.outlook.com (mail-pr1eur05on2071.outbound.protection.outlook.com [203.0.113.71])")
    return make.message(hs, alt(text(body), html(page(paras(body), font="Aptos,Calibri,sans-serif")),
                                calendar(cal, cte="base64")))


@make.mail(N(41), family="personal_appointment", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Garage confirms a car service appointment; iso-8859-1 8bit; not an interview")
def m41():
    body = t("""
        Bonjour Madame Cabrol,

        Nous vous confirmons votre rendez-vous à l'atelier pour la révision des 60 000 km de votre
        véhicule (Peugeot 208 immatriculée FX-•••-KL) :

        samedi 17 octobre à 8h30

        Merci de déposer le véhicule à l'heure indiquée ; prévoyez la matinée. Un véhicule de courtoisie
        peut être mis à votre disposition sur demande.

        Cordialement,
        L'atelier - Garage Rességuier
        Route de Castres, 81000 Albi
        """).replace("FX-•••-KL", "FX-482-KL")
    hs = head(addr("Garage Rességuier", "atelier@garage-resseguier.fr", "iso-8859-1"),
              "Confirmation rendez-vous atelier",
              "2026-10-12 17:58:40", PAR, "<20261012175840.7F3A1@garage-resseguier.fr>",
              mx="from smtp.garage-resseguier.fr (smtp.garage-resseguier.fr [192.0.2.90])", charset="iso-8859-1")
    return make.message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(42), family="personal", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Friend (tu) invites to a birthday dinner; a fixed time, nothing to do with work")
def m42():
    body = t("""
        Coucou Pauline,

        On fête les 40 ans de Léo samedi 14 novembre, à partir de 20h à la maison. Rien de guindé :
        apéro, aligot (évidemment) et gâteau. Tu peux venir avec qui tu veux !

        Dis-moi juste si tu viens pour que je prévoie assez de saucisses.

        Bisous,
        Camille

        PS : et raconte-moi où tu en es de tes recherches, ça fait une éternité qu'on ne s'est pas vues !
        """)
    hs = head(addr("Camille Bories", "camille.bories81@example.org"),
              "Samedi 14 !",
              "2026-11-04 21:12:09", PAR, "<CAF3mW9xQ7vR2nL0pT8sYc1K6dJ4hB5gE3aU9oZ2iN7@mail.gmail.com>",
              mx="from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="training", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-24"), ("Thu", "2026-11-26")),
           note="Training body confirms registration to an internal-auditor course (Zoom); not an interview")
def m43():
    body = t("""
        Madame Cabrol,

        Nous avons le plaisir de vous confirmer votre inscription à la formation :

        Auditeur interne EN 9100 - session à distance
        du mardi 24 au jeudi 26 novembre 2026, de 9h00 à 17h00
        Formatrice : Isabelle Fontanier

        La formation se déroulera sur Zoom :
        https://us06web.zoom.us/j/81234567890?pwd=Rm9ybWFTdWQ
        ID de réunion : 812 3456 7890 - Code : 529174

        Votre convocation et le support de cours vous seront envoyés une semaine avant le début de la
        session. Une attestation de formation vous sera remise à l'issue de l'évaluation finale.

        Cordialement,
        Le service inscriptions
        Forma'Sud Qualité - Organisme de formation
        """)
    hs = head(addr("Forma'Sud Qualité", "inscriptions@formasud-qualite.fr"),
              "Confirmation d'inscription - Auditeur interne EN 9100 (24-26/11/2026)",
              "2026-10-28 14:32:51", PAR, "<inscr-2026-1147@formasud-qualite.fr>",
              mx="from smtp.formasud-qualite.fr (smtp.formasud-qualite.fr [192.0.2.147])")
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(44), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Sun", "2026-12-06"),),
           note="Google Calendar invitation from the candidate's sister for a family lunch; not an interview")
def m44():
    body = t("""
        Aurélie Cabrol vous a invité à un événement.

        Repas anniversaire Mamie
        dimanche 6 décembre 2026 ⋅ 12:00 – 16:00
        Heure normale d'Europe centrale - Paris

        Lieu
        Chez Mamie, Lescure-d'Albigeois

        Chacun apporte quelque chose, je m'occupe du gâteau. Pauline : le vin ?

        Invités
        Aurélie Cabrol - organisateur
        Pauline Cabrol
        Thomas Cabrol

        Répondre pour pauline.cabrol@example.com
        Oui ‒ Peut-être ‒ Non

        Invitation de Google Agenda
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="2k8d0vq5m1h3n7p9r4t6x0z2b4@google.com",
              stamp="20261122T183000Z", start="20261206T120000", end="20261206T160000", tzid=PAR,
              vtz=make.VTZ[PAR], summary="Repas anniversaire Mamie",
              organizer="CN=Aurélie Cabrol:mailto:aurelie.cabrol@example.org",
              attendees=["CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
                         "CN=pauline.cabrol@example.com;X-NUM-GUESTS=0:mailto:pauline.cabrol@example.com"],
              location="Chez Mamie\\, Lescure-d'Albigeois")
    hs = head(addr("Aurélie Cabrol", "aurelie.cabrol@example.org"),
              "Invitation: Repas anniversaire Mamie @ dim. 6 déc. 2026 12:00 - 16:00 (CET) (pauline.cabrol@example.com)",
              "2026-11-22 19:30:00", PAR, "<calendar-4d3c2b1a-0f9e-4d8c-7b6a-5f4e3d2c1b0a@google.com>",
              mx="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              reply_to=addr("Aurélie Cabrol", "aurelie.cabrol@example.org"),
              extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
    return make.message(hs, alt(text(body), html(page(paras(body), font="Roboto,Arial,sans-serif")),
                                calendar(cal, cte="base64")))


@make.mail(N(45), family="assessment", lang="fr", interview=False, company="Dutertre Aerospace",
           days=(("Sun", "2026-10-18"),),
           note="Online aptitude test to complete before a deadline; no interview time")
def m45():
    body = t("""
        Bonjour Pauline,

        Dans le cadre de votre candidature au poste « Inspectrice Qualité Produit - Figeac », Dutertre
        Aerospace France vous invite à passer une évaluation en ligne (raisonnement logique et attention
        aux détails, environ 35 minutes).

        Date limite : dimanche 18 octobre 2026 à 23h59 (heure de Paris)

        Commencer l'évaluation : https://app.evalua-talent.fr/c/7Qm2Xr9T

        Conseil : installez-vous au calme, avec une connexion stable. Une fois commencée, l'évaluation ne
        peut pas être interrompue.

        L'équipe Évalua, pour Dutertre Aerospace France
        """)
    hs = head(addr("Évalua pour Dutertre Aerospace", "no-reply@evalua-talent.fr"),
              "Dutertre Aerospace - votre évaluation en ligne",
              "2026-10-12 09:04:26", PAR, "<evalua-inv-7Qm2Xr9T@evalua-talent.fr>",
              mx="from mailer.evalua-talent.fr (mailer.evalua-talent.fr [192.0.2.170])")
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(46), family="post_interview", lang="fr", interview=False, company="Ateliers Lapeyre",
           note="Hiring manager (tu) after the Thursday interview: thanks and 'je te tiens au courant'; nothing scheduled")
def m46():
    body = t("""
        Salut Pauline,

        Merci d'être venue hier, Sophie a beaucoup apprécié ton approche sur le traitement des
        non-conformités (et moi aussi, mais je ne suis pas objectif !).

        On termine les entretiens la semaine prochaine avec deux autres candidats, puis on se réunit pour
        décider. Je te tiens au courant dès que j'en sais plus.

        Bon week-end,
        Julien
        """)
    hs = head(addr("Julien Marty", "julien.marty@ateliers-lapeyre.fr"),
              "Re: Entretien jeudi",
              "2026-10-16 18:40:33", PAR, "<0c8a5e2f-3d71-4b9a-a6e4-2f1b7c9d8e30@ateliers-lapeyre.fr>",
              mx="from smtp.ateliers-lapeyre.fr (smtp.ateliers-lapeyre.fr [192.0.2.18])",
              extra=[("In-Reply-To", "<7d3f6c2e-91ab-4c1d-bb21-9a8e0c6f5d44@ateliers-lapeyre.fr>"),
                     ("References", "<7d3f6c2e-91ab-4c1d-bb21-9a8e0c6f5d44@ateliers-lapeyre.fr>"),
                     ("User-Agent", "Mozilla Thunderbird")])
    return make.message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(47), family="travel", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Train ticket confirmation for the day of the Colomiers interview; HTML only, base64")
def m47():
    h = page(t("""
        <table width="600" cellpadding="16" cellspacing="0" style="border:1px solid #ddd">
        <tr><td style="background:#6b1e5a;color:#fff;font-size:18px">Ferrovia Occitane - Confirmation de commande</td></tr>
        <tr><td>
        <p>Bonjour Pauline,</p>
        <p>Merci pour votre achat. Voici le récapitulatif de votre voyage.</p>
        <p><b>Aller - mardi 20 octobre 2026</b><br>
        Albi-Ville 06:52 → Toulouse-Matabiau 08:00<br>
        Train TER 873412 - voiture 2 - place libre</p>
        <p><b>Retour - mardi 20 octobre 2026</b><br>
        Toulouse-Matabiau 17:34 → Albi-Ville 18:39</p>
        <p>Montant total : 27,40 € - Référence de commande : QZ7K4M</p>
        <p>Votre e-billet est disponible dans l'application. Présentez-le au contrôleur.</p>
        </td></tr></table>"""))
    hs = head(addr("Ferrovia Occitane", "confirmation@ferrovia-occitane.fr"),
              "Votre e-billet Albi-Ville → Toulouse-Matabiau - mar. 20 oct.",
              "2026-10-15 21:09:57", PAR, "<cmd-QZ7K4M-20261015@ferrovia-occitane.fr>",
              mx="from mta3.ferrovia-occitane.fr (mta3.ferrovia-occitane.fr [192.0.2.203])")
    return make.message(hs, html(h, cte="base64"))


@make.mail(N(48), family="job_fair", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Job fair registration confirmation; fixed day, not an interview")
def m48():
    body = t("""
        Bonjour Pauline,

        Votre inscription au Forum Emploi Aéro Tarn est confirmée !

        jeudi 19 novembre 2026, de 9h30 à 17h00
        Parc des expositions d'Albi - Hall 2

        Plus de 40 entreprises de la filière aéronautique et spatiale seront présentes. Pensez à
        apporter plusieurs exemplaires de votre CV. Des ateliers « pitch en 3 minutes » sont proposés
        toute la journée sans inscription.

        Votre badge nominatif : https://forum-aero-tarn.fr/badge/PC-0419

        À bientôt,
        L'équipe du Forum Emploi Aéro Tarn
        """)
    hs = head(addr("Forum Emploi Aéro Tarn", "contact@forum-aero-tarn.fr"),
              "Inscription confirmée - Forum Emploi Aéro Tarn du 19 novembre",
              "2026-11-09 10:26:14", PAR, "<reg-PC-0419@forum-aero-tarn.fr>",
              mx="from smtp.forum-aero-tarn.fr (smtp.forum-aero-tarn.fr [192.0.2.219])")
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(49), family="network_notification", lang="fr", interview=False, company=None,
           note="Professional network digest (profile views, suggested jobs); nothing scheduled")
def m49():
    body = t("""
        Pauline, votre profil a été consulté 12 fois cette semaine.

        Parmi les personnes qui ont consulté votre profil :
        - une personne travaillant chez Brightwater Precision Components
        - Responsable Qualité chez Hydrauliques Figarol
        - Chargée de recrutement chez Cabinet Orvalis Recrutement

        Offres suggérées pour vous :
        - Assistante Qualité Fournisseurs - Hydrauliques Figarol - Tarbes
        - Quality Inspector - Brightwater Precision Components - Hybride

        Voir qui a consulté votre profil : https://www.prolien.fr/me/profile-views

        Vous recevez cet e-mail car vous êtes membre de ProLien. Se désabonner
        """)
    hs = head(addr("ProLien", "notifications@prolien.fr"),
              "Pauline, votre profil a été consulté 12 fois cette semaine",
              "2026-11-02 08:15:40", PAR, "<digest-8831-20261102@prolien.fr>",
              mx="from mailout-17.prolien.fr (mailout-17.prolien.fr [192.0.2.17])",
              extra=[("List-Unsubscribe", "<https://www.prolien.fr/unsubscribe?d=8831>"), ("Precedence", "bulk")])
    return make.message(hs, alt(text(body), html(page(paras(body)))))


@make.mail(N(50), family="personal_appointment", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-12-07"),),
           note="Bank confirms a phone appointment with the candidate's adviser; not an interview")
def m50():
    body = t("""
        Madame Cabrol,

        Nous vous confirmons votre rendez-vous téléphonique avec votre conseillère, Mme Sandrine Pradal :

        lundi 7 décembre 2026 à 11h00
        Objet : point épargne et assurance emprunteur

        Votre conseillère vous appellera au numéro enregistré dans votre espace client. Pour modifier ou
        annuler ce rendez-vous, rendez-vous dans la rubrique « Mes rendez-vous ».

        Caisse Albigeoise de Crédit - Agence Albi Vigan

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("Caisse Albigeoise de Crédit", "ne-pas-repondre@caisse-albigeoise.fr"),
              "Confirmation de votre rendez-vous du 07/12/2026",
              "2026-11-30 16:02:19", PAR, "<rdv-20261130-5520173@caisse-albigeoise.fr>",
              mx="from mailing.caisse-albigeoise.fr (mailing.caisse-albigeoise.fr [192.0.2.235])")
    return make.message(hs, alt(text(body), html(page(paras(body)))))
