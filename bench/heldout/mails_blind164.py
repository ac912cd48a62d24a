"""blind164: a blind 50-mail held-out set (realistic inbox of a job seeker in Annecy).

Inbox owner: Pauline Besson <pauline.besson@example.org>, outdoor-equipment product engineer,
Annecy (Europe/Paris), September to mid-December 2026. Every mail is written by hand below, one
function per mail; ``make.py`` does the MIME plumbing and the label checks.

Written blind: without reading the detector, its tests, or any other held-out set.

    python3 bench/heldout/make_blind.py blind164
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

ORDER = random.Random(1640164).sample(range(1, 51), 50)

ME = "pauline.besson@example.org"
ME_H = addr("Pauline Besson", ME)
PARIS = "Europe/Paris"
ZURICH = "Europe/Zurich"


def n(key: int) -> str:
    """The file name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"blind164_{ORDER[key - 1]:03d}"


def rcv(frm: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(frm, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


def ics(prodid: str, method: str | None, *blocks: str) -> str:
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    return "\n".join(head + [b.strip("\n") for b in blocks] + ["END:VCALENDAR"]) + "\n"


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 14:00", PARIS), end=utc("2026-09-17 15:00", PARIS),
      local="Thu 2026-09-17 14:00", local_end="2026-09-17 15:00", zone=PARIS,
      contact="camille.roux@rhodanie-outdoor.fr", company="Rhodanie Outdoor",
      note="Greenhouse confirmation in French, 'jeudi 17 septembre 2026, 14:00 - 15:00 (heure de Paris)', "
           "CEST (UTC+2) -> 12:00-13:00Z; ICS Europe/Paris agrees; contact = human Reply-To (also ORGANIZER)")
def p01() -> bytes:
    when = "2026-09-14 10:12"
    body = t("""
        Bonjour Pauline,

        Merci pour votre intérêt pour le poste d'Ingénieur(e) Produit – Sacs & Portage chez
        Rhodanie Outdoor. Votre entretien est confirmé :

        Date : jeudi 17 septembre 2026
        Heure : 14:00 - 15:00 (heure de Paris)
        Lieu : Rhodanie Outdoor, 42 rue de Gerland, 69007 Lyon – 3e étage, demandez l'accueil
        Avec : Camille Roux (Talent Acquisition) et Bastien Morel (Responsable R&D Portage)

        Pensez à apporter quelques pièces de votre portfolio (prototypes, planches, fiches
        techniques) : Bastien aime bien en discuter pendant l'entretien.

        Pour toute question, répondez simplement à ce message.

        À jeudi,
        Camille Roux
        Rhodanie Outdoor

        --
        Envoyé via Greenhouse. Vous recevez cet e-mail car vous avez postulé chez Rhodanie Outdoor.
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Bonjour Pauline,</p>
        <p>Merci pour votre intérêt pour le poste d'<b>Ingénieur(e) Produit – Sacs &amp; Portage</b> chez
        Rhodanie Outdoor. Votre entretien est confirmé&nbsp;:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#777">Date</td><td>jeudi 17 septembre 2026</td></tr>
        <tr><td style="color:#777">Heure</td><td>14:00 - 15:00 (heure de Paris)</td></tr>
        <tr><td style="color:#777">Lieu</td><td>Rhodanie Outdoor, 42 rue de Gerland, 69007 Lyon – 3e étage</td></tr>
        <tr><td style="color:#777">Avec</td><td>Camille Roux (Talent Acquisition), Bastien Morel (Responsable R&amp;D Portage)</td></tr>
        </table>
        <p>Pensez à apporter quelques pièces de votre portfolio (prototypes, planches, fiches techniques)&nbsp;:
        Bastien aime bien en discuter pendant l'entretien.</p>
        <p>Pour toute question, répondez simplement à ce message.</p>
        <p>À jeudi,<br>Camille Roux<br>Rhodanie Outdoor</p>
        <p style="font-size:11px;color:#999">Envoyé via Greenhouse. Vous recevez cet e-mail car vous avez
        postulé chez Rhodanie Outdoor.</p>
        <img src="https://u1234567.ct.sendgrid.net/wf/open?upn=rh0d4n1e" width="1" height="1" alt="">
        </body></html>
    """)
    cal = ics("-//Greenhouse Software//Greenhouse//EN", "REQUEST", VTZ[PARIS], """
BEGIN:VEVENT
UID:gh-interview-88410267-rhodanie@greenhouse.io
DTSTAMP:20260914T081200Z
DTSTART;TZID=Europe/Paris:20260917T140000
DTEND;TZID=Europe/Paris:20260917T150000
SUMMARY:Entretien - Pauline Besson - Ingénieur(e) Produit Sacs & Portage
LOCATION:Rhodanie Outdoor\\, 42 rue de Gerland\\, 69007 Lyon
ORGANIZER;CN=Camille Roux:mailto:camille.roux@rhodanie-outdoor.fr
ATTENDEE;CN=Pauline Besson;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pauline.besson@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""")
    hs = [
        ("Received", rcv("from o3.greenhouse-mail.io (o3.greenhouse-mail.io [198.51.100.31])", when, PARIS,
                         "4gN7Qw2zZ1")),
        ("From", "Rhodanie Outdoor <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Camille Roux <camille.roux@rhodanie-outdoor.fr>"),
        ("To", ME_H),
        ("Subject", enc("Entretien confirmé – Rhodanie Outdoor")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<gh.88410267.1789373520@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, cte="8bit", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-09-28 09:00", ZURICH), end=utc("2026-09-28 09:45", ZURICH),
      local="Mon 2026-09-28 09:00", local_end="2026-09-28 09:45", zone=ZURICH,
      contact="sandrine.favre@saleve-optique.ch", company="Salève Optique SA",
      note="Lever, HTML only, Swiss French: 'lundi 28 septembre à 9h00 précises', 'durée : 45 minutes' (exact) "
           "-> Europe/Zurich CEST 07:00-07:45Z; contact = human Reply-To")
def p02() -> bytes:
    when = "2026-09-23 16:40"
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f4f5f7;font-family:'Helvetica Neue',Arial,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border-radius:4px">
        <p>Bonjour Madame Besson,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        <strong>Ingénieure Produit – Montures et protections</strong>.</p>
        <p style="padding:12px 16px;background:#f0f4ff;border-left:3px solid #3a5bd9">
        <strong>Lundi 28 septembre 2026, à 9h00 précises</strong><br>
        Durée&nbsp;: 45 minutes<br>
        Salève Optique SA, Chemin du Pont-du-Centenaire 110, 1228 Plan-les-Ouates (GE)</p>
        <p>Merci de vous annoncer à la réception dix minutes avant l'heure. Un parking visiteurs est à
        disposition (places 70 à 74, niveau -1). Pour les personnes venant de France, comptez le passage
        de la douane de Bardonnex aux heures de pointe.</p>
        <p>Vous rencontrerez Mme Sandrine Favre (RH) et M. Olivier Rochat (chef de projet R&amp;D).</p>
        <p>Nous nous réjouissons de faire votre connaissance.</p>
        <p>Meilleures salutations,<br>Sandrine Favre<br>Ressources humaines<br>Salève Optique SA</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#8a8f98">Sent with Lever ·
        <a href="https://jobs.lever.co/saleve-optique">jobs.lever.co/saleve-optique</a></p>
        </body></html>
    """)
    hs = [
        ("Received", rcv("from mail-a.hire.lever.co (mail-a.hire.lever.co [203.0.113.44])", when, ZURICH,
                         "8sd0Lk1PaQ")),
        ("From", enc("Salève Optique SA") + " <no-reply@hire.lever.co>"),
        ("Reply-To", "Sandrine Favre <sandrine.favre@saleve-optique.ch>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Confirmation de votre entretien – Salève Optique SA")),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<0102019a1c2e7f55-5d1b3e0a-lever-saleve@email.amazonses.com>"),
    ]
    return message(hs, html(page))


@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 10:15", PARIS), local="Tue 2026-10-06 10:15", zone=PARIS,
      contact="julien.pollet@tournette-gear.fr", company="Tournette Gear",
      note="Phone-written reply, tutoiement: 'ça marche pour mardi qui vient, 10h15' sent Thu 1 Oct -> "
           "Tue 6 Oct, CEST -> 08:15Z; 'une petite heure' is approximate so end null; contact = human sender")
def p03() -> bytes:
    when = "2026-10-01 21:47"
    body = t("""
        Salut Pauline,

        Ça marche pour mardi qui vient, 10h15 à l'atelier à Seynod (ZA de Vovray, le bâtiment avec les
        kayaks devant). Tu demandes Manon à l'accueil, je descends te chercher. On en a pour une petite
        heure, je te ferai voir les protos de la nouvelle frontale.

        Pas besoin de préparer un truc spécial, ramène juste 2-3 projets dont t'es fière.

        A mardi !
        Julien

        Envoyé de mon iPhone

        > Le 1 oct. 2026 à 18:02, Pauline Besson <pauline.besson@example.org> a écrit :
        >
        > Bonjour Julien,
        >
        > Merci pour ton appel de ce matin. Je suis dispo mardi 6 en matinée ou jeudi 8 toute la
        > journée, comme ça t'arrange.
        >
        > Bonne soirée,
        > Pauline
    """)
    hs = [
        ("Received", rcv("from smtp.tournette-gear.fr (smtp.tournette-gear.fr [192.0.2.87])", when, PARIS,
                         "2kF9xx0Pmt")),
        ("From", "Julien Pollet <julien.pollet@tournette-gear.fr>"),
        ("To", ME_H),
        ("Subject", enc("Re: Candidature ingénieure produit – Tournette Gear")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<5C2E1A7B-0F3D-4B8E-9A61-7E2D3C4B5A69@tournette-gear.fr>"),
        ("In-Reply-To", "<f1d2a3b4-pb-20261001@example.org>"),
        ("References", "<f1d2a3b4-pb-20261001@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(hs, text(body, cte="8bit", params="format=flowed; delsp=yes"))


@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-13 14:30", PARIS), end=utc("2026-10-13 16:00", PARIS),
      local="Tue 2026-10-13 14:30", local_end="2026-10-13 16:00", zone=PARIS,
      contact="elodie.martin@belledonne-systems.com", company="Belledonne Systems",
      note="Workday HTML-only base64 from a system mailbox; '2:30 PM - 4:00 PM (GMT+02:00) Central European "
           "Summer Time' -> 12:30-14:00Z; recruiter address only in the body -> contact")
def p04() -> bytes:
    when = "2026-10-06 09:03"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:13px">
        <table width="100%" style="background:#0875e1;color:#ffffff"><tr><td style="padding:10px 16px">
        <b>Belledonne Systems</b> &nbsp;|&nbsp; Careers</td></tr></table>
        <p>Dear Pauline Besson,</p>
        <p>Thank you for your continued interest in the <b>Senior Product Engineer – Wearable Safety</b>
        position (R-0042187) at Belledonne Systems.</p>
        <p>We are pleased to confirm your interview as follows:</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Interview Type:</b></td><td>Panel Interview (onsite)</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, October 13, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>2:30 PM - 4:00 PM (GMT+02:00) Central European Summer Time</td></tr>
        <tr><td><b>Location:</b></td><td>Belledonne Systems, 12 chemin du Vieux Chêne, 38240 Meylan, France</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Romain Giraud, Hardware Lead; Inès Bouvier, Quality Manager</td></tr>
        </table>
        <p>Please bring a valid photo ID for the visitor badge. If you need to make any change, contact
        your recruiter Elodie Martin at
        <a href="mailto:elodie.martin@belledonne-systems.com">elodie.martin@belledonne-systems.com</a>.</p>
        <p>Kind regards,<br>Talent Acquisition Team<br>Belledonne Systems</p>
        <p style="font-size:10px;color:#666">This email was sent from an unmonitored mailbox. Please do not
        reply to this message. To view your application status, sign in to our
        <a href="https://belledonne.wd3.myworkdayjobs.com/en-US/Careers/login">Candidate Home</a>.</p>
        </div></body></html>
    """)
    hs = [
        ("Received", rcv("from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com [198.51.100.140])", when,
                         PARIS, "Qa71mB0Vze")),
        ("From", "Belledonne Systems <belledonne@myworkday.com>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Interview Confirmation - Senior Product Engineer - Wearable Safety (R-0042187)"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<1317284061.2204.1791270180431@wd3-prod-cmp-34>"),
        ("X-Workday-Tenant", "belledonne"),
    ]
    return message(hs, html(page, cte="base64"))


@mail(n(5), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-23 10:00", PARIS), end=utc("2026-10-23 11:30", PARIS),
      local="Fri 2026-10-23 10:00", local_end="2026-10-23 11:30", zone=PARIS,
      contact="lucie.girard@nivolet-sports.fr", company="Nivolet Sports",
      note="Teamtailor FR, 'vendredi 23 octobre 2026 de 10:00 à 11:30 (heure de Paris)', still CEST "
           "(DST ends on the 25th) -> 08:00-09:30Z; contact = human Reply-To")
def p05() -> bytes:
    when = "2026-10-16 11:20"
    body = t("""
        Bonjour Pauline,

        Bonne nouvelle : votre entretien avec Nivolet Sports est planifié.

        Poste : Ingénieure conception – Gamme ski de randonnée
        Quand : vendredi 23 octobre 2026 de 10:00 à 11:30 (heure de Paris)
        Où : Nivolet Sports, 230 avenue du Grand Ariétaz, 73000 Chambéry
        Participants : Lucie Girard, Arnaud Perrier

        Au programme : 30 minutes de présentation de votre parcours, puis un cas pratique sur une
        fixation (pas besoin d'ordinateur, on vous fournit tout).

        Ajouter à mon agenda : https://nivolet-sports.teamtailor.com/fr/meetings/7f3a9c21/ics
        Besoin de changer ? Répondez à cet e-mail.

        À bientôt,
        Lucie Girard – Chargée de recrutement, Nivolet Sports
    """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#222;max-width:600px">
        <img src="https://assets.teamtailor-cdn.com/nivolet/logo.png" alt="Nivolet Sports" height="36">
        <h2 style="font-weight:600">Votre entretien est planifié</h2>
        <p>Bonjour Pauline,</p>
        <p>Bonne nouvelle&nbsp;: votre entretien avec Nivolet Sports est planifié.</p>
        <ul style="list-style:none;padding:0">
        <li><b>Poste&nbsp;:</b> Ingénieure conception – Gamme ski de randonnée</li>
        <li><b>Quand&nbsp;:</b> vendredi 23 octobre 2026 de 10:00 à 11:30 (heure de Paris)</li>
        <li><b>Où&nbsp;:</b> Nivolet Sports, 230 avenue du Grand Ariétaz, 73000 Chambéry</li>
        <li><b>Participants&nbsp;:</b> Lucie Girard, Arnaud Perrier</li>
        </ul>
        <p>Au programme&nbsp;: 30 minutes de présentation de votre parcours, puis un cas pratique sur une
        fixation (pas besoin d'ordinateur, on vous fournit tout).</p>
        <p><a href="https://nivolet-sports.teamtailor.com/fr/meetings/7f3a9c21/ics"
        style="background:#111;color:#fff;padding:8px 14px;border-radius:6px;text-decoration:none">Ajouter à mon agenda</a></p>
        <p>Besoin de changer&nbsp;? Répondez à cet e-mail.</p>
        <p>À bientôt,<br>Lucie Girard – Chargée de recrutement, Nivolet Sports</p>
        <p style="font-size:11px;color:#999">Propulsé par Teamtailor</p>
        </div>
    """)
    hs = [
        ("Received", rcv("from mail.teamtailor-mail.com (mail.teamtailor-mail.com [203.0.113.9])", when, PARIS,
                         "Tt5bcQ99aL")),
        ("From", "Nivolet Sports <noreply@teamtailor-mail.com>"),
        ("Reply-To", "Lucie Girard <lucie.girard@nivolet-sports.fr>"),
        ("To", ME_H),
        ("Subject", enc("Votre entretien avec Nivolet Sports est planifié")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<6a0e2f1c9b7d4_3c1a2b@teamtailor-mail.com>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(6), family="personio", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 11:00", "Europe/Berlin"), end=utc("2026-10-27 11:45", "Europe/Berlin"),
      local="Tue 2026-10-27 11:00", local_end="2026-10-27 11:45", zone="Europe/Berlin",
      contact="jana.boehm@kletterwerk.de", company="Kletterwerk GmbH",
      note="Personio, DST edge: sent Thu 22 Oct in CEST, interview Tue 27 Oct after Europe's switch back, "
           "'11:00 - 11:45 CET (Berlin)' -> 10:00-10:45Z; ICS Europe/Berlin agrees; contact = Reply-To")
def p06() -> bytes:
    when = "2026-10-22 14:05"
    body = t("""
        Hi Pauline,

        Thank you for your application as Product Engineer Climbing Hardware (remote, EU).
        We are happy to invite you to a first video interview:

          Tuesday, 27 October 2026
          11:00 - 11:45 CET (Berlin time)
          Google Meet: https://meet.google.com/kwx-pqrs-tuv

        Please note that clocks go back on Sunday 25 October, so this is 11:00 in Annecy too.

        You will talk to Jana Böhm (People & Culture) and Felix Brandl (Head of Engineering).
        If the time does not suit you after all, just reply to this e-mail.

        Best regards
        Jana Böhm
        People & Culture
        Kletterwerk GmbH · Landsberger Str. 155 · 80687 München
        Amtsgericht München HRB 241873 · Geschäftsführer: Korbinian Hartl
    """)
    cal = ics("-//Personio GmbH//Personio Recruiting//EN", "REQUEST", VTZ["Europe/Berlin"], """
BEGIN:VEVENT
UID:personio-event-4419021@kletterwerk.jobs.personio.de
DTSTAMP:20261022T120500Z
DTSTART;TZID=Europe/Berlin:20261027T110000
DTEND;TZID=Europe/Berlin:20261027T114500
SUMMARY:Interview Pauline Besson - Product Engineer Climbing Hardware
DESCRIPTION:Google Meet: https://meet.google.com/kwx-pqrs-tuv
LOCATION:https://meet.google.com/kwx-pqrs-tuv
ORGANIZER;CN=Jana Böhm:mailto:jana.boehm@kletterwerk.de
ATTENDEE;CN=Pauline Besson;RSVP=TRUE:mailto:pauline.besson@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""")
    hs = [
        ("Received", rcv("from mail.personio.de (mail.personio.de [198.51.100.77])", when, "Europe/Berlin",
                         "pX0Rr2mNqe")),
        ("From", "Kletterwerk GmbH <noreply@personio.de>"),
        ("Reply-To", addr("Jana Böhm", "jana.boehm@kletterwerk.de")),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", "Interview invitation: Product Engineer Climbing Hardware"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<20261022120500.4419021.kletterwerk@personio.de>"),
    ]
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(cal, cte="base64", filename="interview.ics", disposition="attachment",
                                      ctype="application/ics")))


@mail(n(7), family="exchange_outlook", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-11-05 08:00", ZURICH), end=utc("2026-11-05 09:30", ZURICH),
      local="Thu 2026-11-05 08:00", local_end="2026-11-05 09:30", zone=ZURICH,
      contact="nicolas.berset@arve-protection.ch", company="Arve Protection SA",
      note="Exchange meeting request, Swiss French 'jeudi 5 novembre, 8h00 précises', TZID 'W. Europe Standard "
           "Time' (CET in November) -> 07:00-08:30Z; closes the thread of the proposal in the same set; "
           "contact = human sender / ORGANIZER")
def p07() -> bytes:
    when = "2026-11-02 08:12"
    body = t("""
        Bonjour Madame Besson,

        Merci pour votre retour rapide. Je vous confirme donc notre entretien le jeudi 5 novembre à
        8h00 précises, dans nos locaux de Carouge (route des Jeunes 59, 1227 Carouge, 2e étage).
        Nous avons réservé une heure et demie : présentation de l'équipe, puis visite de l'atelier
        d'essais avec M. Dubosson.

        Vous trouverez l'invitation ci-jointe. En cas d'empêchement, vous pouvez me joindre au
        +41 22 300 17 70.

        Avec mes meilleures salutations,

        Nicolas Berset
        Responsable RH
        Arve Protection SA
        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_arve5nov>
        ID de la réunion : 318 442 907 615
        Code secret : Vb7xQ2
        ________________________________________________________________________________
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Exchange Server"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Madame Besson,</p>
        <p>Merci pour votre retour rapide. Je vous confirme donc notre entretien le <b>jeudi 5 novembre à 8h00
        précises</b>, dans nos locaux de Carouge (route des Jeunes 59, 1227 Carouge, 2e étage). Nous avons
        réservé une heure et demie&nbsp;: présentation de l'équipe, puis visite de l'atelier d'essais avec
        M. Dubosson.</p>
        <p>Vous trouverez l'invitation ci-jointe. En cas d'empêchement, vous pouvez me joindre au +41 22 300 17 70.</p>
        <p>Avec mes meilleures salutations,</p>
        <p>Nicolas Berset<br>Responsable RH<br>Arve Protection SA</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_arve5nov">Cliquez ici pour rejoindre la réunion</a></div>
        <div>ID de la réunion&nbsp;: 318 442 907 615<br>Code secret&nbsp;: Vb7xQ2</div>
        </div></body></html>
    """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", VTZ["W. Europe Standard Time"], """
BEGIN:VEVENT
ORGANIZER;CN=Nicolas Berset:mailto:nicolas.berset@arve-protection.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Besson:mailto:pauline.besson@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yves Dubosson:mailto:yves.dubosson@arve-protection.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Madame Besson\\,\\n\\nMerci pour votre retour rapide. Je vous confirme donc notre entretien le jeudi 5 novembre à 8h00 précises.\\n
UID:040000008200E00074C5B7101A82E00800000000C0D9A6B56B4EDD01000000000000000010000000A4C3D1E2F5
SUMMARY;LANGUAGE=fr-CH:Entretien – Ingénieure produit EPI / Pauline Besson
DTSTART;TZID=W. Europe Standard Time:20261105T080000
DTEND;TZID=W. Europe Standard Time:20261105T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T071200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Arve Protection SA\\, route des Jeunes 59\\, 1227 Carouge
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT""")
    hs = [
        ("Received", rcv("from GV0P278MB0123.CHEP278.PROD.OUTLOOK.COM (2603:10a6:710:2a::9)", when, ZURICH,
                         "Ex8uY3wWq1")),
        ("From", "Nicolas Berset <nicolas.berset@arve-protection.ch>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Entretien – Ingénieure produit EPI / Pauline Besson")),
        ("Thread-Topic", enc("Entretien – Ingénieure produit EPI / Pauline Besson")),
        ("Thread-Index", "AdtM4kq7rT0hx1b9QyW3vHnE8a2F9Q=="),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<GV0P278MB01234A7C2D1E9F8B3A6C55D1B2E30@GV0P278MB0123.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CH"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hs, alt(text(body), html(page), calendar(cal, cte="base64")))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-11 10:30", PARIS), end=utc("2026-11-11 11:00", PARIS),
      local="Wed 2026-11-11 10:30", local_end="2026-11-11 11:00", zone=PARIS,
      contact="rita.almeida@nevelabs.io", company="Névé Labs",
      note="Calendly invitee confirmation, '10:30am - 11:00am, Wednesday, November 11, 2026 (Central European "
           "Time)' -> 09:30-10:00Z; host in Lisbon but the invitee's zone is shown; contact = host (Reply-To, "
           "ORGANIZER)")
def p08() -> bytes:
    when = "2026-11-09 14:20"
    body = t("""
        Hi Pauline Besson,

        Your interview is scheduled.

        Event Type:
        First interview - Product Engineer (30 min)

        Event Date/Time:
        10:30am - 11:00am, Wednesday, November 11, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/nvl-bxqa-kzt

        Invitee Time Zone:
        Central European Time

        Questions:
        Anything you would like Rita to know before the call?
        I would like to hear about the field-testing setup for the avalanche beacon line.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9d3b1c2e-7a4f-4b8e-a1d2-5f6e7c8b9a01
        Reschedule: https://calendly.com/reschedulings/9d3b1c2e-7a4f-4b8e-a1d2-5f6e7c8b9a01

        Powered by Calendly.com
    """)
    page = t("""
        <table width="100%" cellpadding="0" cellspacing="0" style="font-family:Proxima Nova,Arial,sans-serif">
        <tr><td style="padding:24px">
        <p>Hi Pauline Besson,</p>
        <p>Your interview is scheduled.</p>
        <p><b>Event Type:</b><br>First interview - Product Engineer (30 min)</p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:00am, Wednesday, November 11, 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.
        <a href="https://meet.google.com/nvl-bxqa-kzt">Join now</a></p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>Questions:</b><br>Anything you would like Rita to know before the call?<br>
        I would like to hear about the field-testing setup for the avalanche beacon line.</p>
        <p><a href="https://calendly.com/cancellations/9d3b1c2e-7a4f-4b8e-a1d2-5f6e7c8b9a01">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/9d3b1c2e-7a4f-4b8e-a1d2-5f6e7c8b9a01">Reschedule</a></p>
        <p style="color:#888;font-size:12px">Powered by Calendly.com</p>
        </td></tr></table>
    """)
    cal = ics("-//Calendly//Calendly Scheduling//EN", "REQUEST", """
BEGIN:VEVENT
UID:9d3b1c2e-7a4f-4b8e-a1d2-5f6e7c8b9a01@calendly.com
DTSTAMP:20261109T132000Z
DTSTART:20261111T093000Z
DTEND:20261111T100000Z
SUMMARY:First interview - Product Engineer (30 min) between Rita Almeida and Pauline Besson
LOCATION:https://meet.google.com/nvl-bxqa-kzt
ORGANIZER;CN=Rita Almeida:mailto:rita.almeida@nevelabs.io
ATTENDEE;CN=Pauline Besson;PARTSTAT=ACCEPTED:mailto:pauline.besson@example.org
STATUS:CONFIRMED
END:VEVENT""")
    hs = [
        ("Received", rcv("from mail.calendly.com (mail.calendly.com [198.51.100.201])", when, PARIS, "Cy2mZ9d0Ab")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Rita Almeida <rita.almeida@nevelabs.io>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Confirmed: First interview - Product Engineer (30 min) with Rita Almeida on Wednesday, "
                    "November 11, 2026"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<calendly.9d3b1c2e.invitee.confirmation@calendly.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method=None, filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(9), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-17 14:00", PARIS), end=utc("2026-11-17 15:00", PARIS),
      local="Tue 2026-11-17 14:00", local_end="2026-11-17 15:00", zone=PARIS,
      contact="thomas.chevalier@gones-mobility.fr", company="Gones Mobility",
      note="Google Calendar invitation in French, 'mar. 17 nov. 2026 14:00 - 15:00 (CET)' -> 13:00-14:00Z; "
           "ICS in UTC agrees; contact = ORGANIZER (the hiring manager); later moved (see the update mail)")
def p09() -> bytes:
    when = "2026-11-12 16:48"
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien technique – Pauline Besson
        Quand
        mardi 17 nov. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)

        Participer avec Google Meet
        meet.google.com/gmo-hzrt-pwe

        Participer par téléphone
        (FR) +33 1 87 40 44 17 PIN : 559 204 118#

        Invités
        Thomas Chevalier - organisateur
        thomas.chevalier@gones-mobility.fr
        Sarah Nguyen
        pauline.besson@example.org

        Description :
        Bonjour Pauline, comme convenu au téléphone : entretien technique d'une heure avec Sarah
        (mécanique) et moi. On partira de ton projet de porte-bagages, prépare 2-3 slides si tu peux.
        Thomas

        Afficher tous les détails de l'événement
        https://calendar.google.com/calendar/event?action=VIEW&eid=M2Y0ZGdvbmVz

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir
        d'informations sur cet événement, refusez-le.
    """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Vous avez été invité à l'événement suivant.</p>
        <h2 style="font-size:20px;font-weight:400;color:#202124">Entretien technique – Pauline Besson</h2>
        <table><tr><td style="color:#70757a;padding-right:12px">Quand</td>
        <td>mardi 17 nov. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a;padding-right:12px">Participer avec Google Meet</td>
        <td><a href="https://meet.google.com/gmo-hzrt-pwe">meet.google.com/gmo-hzrt-pwe</a></td></tr>
        <tr><td style="color:#70757a;padding-right:12px">Invités</td>
        <td>Thomas Chevalier - organisateur<br>Sarah Nguyen<br>pauline.besson@example.org</td></tr></table>
        <p>Bonjour Pauline, comme convenu au téléphone&nbsp;: entretien technique d'une heure avec Sarah
        (mécanique) et moi. On partira de ton projet de porte-bagages, prépare 2-3 slides si tu peux.<br>Thomas</p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div>
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
BEGIN:VEVENT
DTSTART:20261117T130000Z
DTEND:20261117T140000Z
DTSTAMP:20261112T154800Z
ORGANIZER;CN=Thomas Chevalier:mailto:thomas.chevalier@gones-mobility.fr
UID:3f4dgonesmob1117@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Chevalier;X-NUM-GUESTS=0:mailto:thomas.chevalier@gones-mobility.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pauline.besson@example.org;X-NUM-GUESTS=0:mailto:pauline.besson@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sarah Nguyen;X-NUM-GUESTS=0:mailto:sarah.nguyen@gones-mobility.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/gmo-hzrt-pwe
CREATED:20261112T154700Z
DESCRIPTION:Bonjour Pauline\\, comme convenu au téléphone : entretien technique d'une heure avec Sarah (mécanique) et moi.
LAST-MODIFIED:20261112T154800Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien technique – Pauline Besson
TRANSP:OPAQUE
END:VEVENT""")
    hs = [
        ("Received", rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, PARIS,
                         "Gc1aQ0v7Mn")),
        ("From", "Thomas Chevalier <thomas.chevalier@gones-mobility.fr>"),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Reply-To", "thomas.chevalier@gones-mobility.fr"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Invitation: Entretien technique – Pauline Besson @ mar. 17 nov. 2026 14:00 - 15:00 "
                        "(CET) (pauline.besson@example.org)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<calendar-5b1e07c2-9d8a-4f63-b2e1-1a7c3d9e0f44@google.com>"),
    ]
    return message(hs, mixed(alt(text(body, params="format=flowed; delsp=yes"), html(page),
                                 calendar(cal, cte="base64")),
                             calendar(cal, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 08:00", "Pacific/Auckland"), end=utc("2026-11-10 09:00", "Pacific/Auckland"),
      local="Tue 2026-11-10 08:00", local_end="2026-11-10 09:00", zone="Pacific/Auckland",
      contact="hemi.walker@tussockgear.co.nz", company="Tussock Gear Ltd",
      note="SmartRecruiters from New Zealand: 'Tuesday 10 November 2026, 8:00 AM - 9:00 AM NZDT' (UTC+13) "
           "-> Mon 9 Nov 19:00-20:00Z, a different day in UTC; body also gives Monday 8:00 PM CET for "
           "Annecy; contact = human Reply-To")
def p10() -> bytes:
    when = "2026-11-03 10:15"
    nz = "Pacific/Auckland"
    body = t("""
        Kia ora Pauline,

        Great news - we'd love to keep talking. Your video interview for Senior Product Engineer -
        Softgoods (Remote, Europe) is confirmed:

        When: Tuesday 10 November 2026, 8:00 AM - 9:00 AM NZDT (Christchurch)
              That is Monday 9 November, 8:00 PM - 9:00 PM CET for you in Annecy.
        Where: Microsoft Teams - the link will be in the calendar invite from Hemi.
        Who: Hemi Walker (Talent Partner) and Aroha Tane (Design Director)

        We know it's an evening slot on your side - thanks for being flexible with the time
        difference!

        If anything changes, reply to this email and it goes straight to Hemi.

        Nga mihi,
        Hemi Walker
        Talent Partner | Tussock Gear Ltd
        Christchurch, New Zealand
    """)
    page = t("""
        <html><body style="font-family:Open Sans,Arial,sans-serif;font-size:14px;color:#333">
        <p>Kia ora Pauline,</p>
        <p>Great news - we'd love to keep talking. Your video interview for <strong>Senior Product Engineer -
        Softgoods (Remote, Europe)</strong> is confirmed:</p>
        <p><strong>When:</strong> Tuesday 10 November 2026, 8:00 AM - 9:00 AM NZDT (Christchurch)<br>
        <span style="color:#666">That is Monday 9 November, 8:00 PM - 9:00 PM CET for you in Annecy.</span><br>
        <strong>Where:</strong> Microsoft Teams - the link will be in the calendar invite from Hemi.<br>
        <strong>Who:</strong> Hemi Walker (Talent Partner) and Aroha Tane (Design Director)</p>
        <p>We know it's an evening slot on your side - thanks for being flexible with the time difference!</p>
        <p>If anything changes, reply to this email and it goes straight to Hemi.</p>
        <p>Nga mihi,<br>Hemi Walker<br>Talent Partner | Tussock Gear Ltd</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Sent via SmartRecruiters on behalf of Tussock Gear Ltd.
        <a href="https://jobs.smartrecruiters.com/TussockGear/privacy">Privacy policy</a></p>
        </body></html>
    """)
    hs = [
        ("Received", rcv("from mta-2.smartrecruiters.com (mta-2.smartrecruiters.com [203.0.113.150])", when, nz,
                         "SRx4k2Lp0q")),
        ("From", "Tussock Gear Ltd <noreply@smartrecruiters.com>"),
        ("Reply-To", "Hemi Walker <hemi.walker@tussockgear.co.nz>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", "Interview confirmed - Senior Product Engineer - Softgoods (Remote, Europe)"),
        ("Date", date(when, nz)),
        ("Message-ID", "<b61e2f9a-0c3d-4e5f-9a8b-7c6d5e4f3a21@smartrecruiters.com>"),
        ("List-Unsubscribe", "<https://www.smartrecruiters.com/unsubscribe?c=tussockgear>"),
    ]
    return message(hs, alt(text(body), html(page)))


DENVER_VTZ = """BEGIN:VTIMEZONE
TZID:America/Denver
X-LIC-LOCATION:America/Denver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
TZNAME:MDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


@mail(n(11), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 08:00", "America/Denver"), end=utc("2026-11-03 09:00", "America/Denver"),
      local="Tue 2026-11-03 08:00", local_end="2026-11-03 09:00", zone="America/Denver",
      contact="dana.whitfield@switchbackrobotics.com", company="Switchback Robotics",
      note="Ashby, US DST edge: sent Thu 29 Oct in MDT, interview Tue 3 Nov after the US switch (1 Nov), "
           "'8:00 AM - 9:00 AM MST' -> 15:00-16:00Z (4-5 PM CET, as the mail says); ICS America/Denver "
           "agrees; contact = human Reply-To")
def p11() -> bytes:
    when = "2026-10-29 10:02"
    den = "America/Denver"
    body = t("""
        Hi Pauline,

        You're all set! Here are the details for your upcoming interview with Switchback Robotics.

        Hardware Deep Dive - Product Engineer, Field Systems
        Tuesday, November 3, 2026
        8:00 AM - 9:00 AM MST (4:00 PM - 5:00 PM CET)

        Interviewers
          Marcus Ng - Staff Mechanical Engineer
          Priya Shah - Engineering Manager

        Location
          Zoom: https://switchbackrobotics.zoom.us/j/84412093357

        Heads up: daylight saving time ends in the US on November 1, so we're only 7 hours
        apart for a few more days - the time above is already adjusted.

        Questions? Just reply to this email to reach Dana Whitfield.

        Thanks,
        Switchback Robotics Recruiting
    """)
    cal = ics("-//Ashby//Ashby Scheduling//EN", "REQUEST", DENVER_VTZ, """
BEGIN:VEVENT
UID:ashby-7c2f19d0-44b1-4f0e-8e3a-switchback
DTSTAMP:20261029T160200Z
DTSTART;TZID=America/Denver:20261103T080000
DTEND;TZID=America/Denver:20261103T090000
SEQUENCE:0
SUMMARY:Switchback Robotics - Hardware Deep Dive (Pauline Besson)
LOCATION:https://switchbackrobotics.zoom.us/j/84412093357
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@switchbackrobotics.com
ATTENDEE;CN=Pauline Besson;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pauline.besson@example.org
STATUS:CONFIRMED
END:VEVENT""")
    hs = [
        ("Received", rcv("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                         when, den, "Ah5bT7nQ2c")),
        ("From", "Switchback Robotics <no-reply@ashbyhq.com>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@switchbackrobotics.com>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", "Interview confirmed: Product Engineer, Field Systems at Switchback Robotics"),
        ("Date", date(when, den)),
        ("Message-ID", "<0100019a2c81f6e4-2b7c1d3e-ashby-switchback-000000@email.amazonses.com>"),
    ]
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(cal, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(12), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 09:00", ZURICH), end=utc("2026-11-18 11:30", ZURICH),
      local="Wed 2026-11-18 09:00", local_end="2026-11-18 11:30", zone=ZURICH,
      contact="chloe.perret@helvetic-ascent.ch", company="Helvetic Ascent SA",
      note="GoodTime onsite itinerary in Geneva, three sessions 09:00-09:45, 10:00-10:45, 11:00-11:30 CET "
           "-> first start 08:00Z to last end 10:30Z; no ICS; contact = coordinator Reply-To")
def p12() -> bytes:
    when = "2026-11-10 15:30"
    body = t("""
        Hello Pauline,

        Your onsite interview with Helvetic Ascent SA is confirmed. Please find your itinerary below.
        All times are shown in Central European Time (Geneva).

        Wednesday, November 18, 2026
        Helvetic Ascent SA - Rue de Lyon 87, 1203 Geneve - Reception, ground floor

        09:00 - 09:45   Welcome & hiring manager conversation
                        Laurent Dufaux, Head of Product (Hardware)
        10:00 - 10:45   Technical review: carabiner gate redesign case
                        Noemie Jaquet, Senior Mechanical Engineer
                        Stefan Imhof, Test Lab Lead
        11:00 - 11:30   Culture conversation
                        Chloe Perret, Recruiting Coordinator

        Please arrive ten minutes early and bring an ID; the building has a visitor badge system.
        Public transport: tram 14/18, stop "Servette".

        Questions or changes? Reply to this email and Chloe will help.

        Best,
        Helvetic Ascent Talent Team
    """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hello Pauline,</p>
        <p>Your onsite interview with <b>Helvetic Ascent SA</b> is confirmed. Please find your itinerary below.
        All times are shown in <b>Central European Time (Geneva)</b>.</p>
        <h3 style="margin-bottom:4px">Wednesday, November 18, 2026</h3>
        <p style="margin-top:0;color:#52606d">Helvetic Ascent SA - Rue de Lyon 87, 1203 Gen&egrave;ve - Reception, ground floor</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e4e7eb">
        <tr><td><b>09:00 - 09:45</b></td><td>Welcome &amp; hiring manager conversation<br><span style="color:#7b8794">Laurent Dufaux, Head of Product (Hardware)</span></td></tr>
        <tr><td><b>10:00 - 10:45</b></td><td>Technical review: carabiner gate redesign case<br><span style="color:#7b8794">No&eacute;mie Jaquet, Senior Mechanical Engineer; Stefan Imhof, Test Lab Lead</span></td></tr>
        <tr><td><b>11:00 - 11:30</b></td><td>Culture conversation<br><span style="color:#7b8794">Chlo&eacute; Perret, Recruiting Coordinator</span></td></tr>
        </table>
        <p>Please arrive ten minutes early and bring an ID; the building has a visitor badge system.
        Public transport: tram 14/18, stop &laquo;Servette&raquo;.</p>
        <p>Questions or changes? Reply to this email and Chlo&eacute; will help.</p>
        <p>Best,<br>Helvetic Ascent Talent Team</p>
        <p style="font-size:11px;color:#9aa5b1">Scheduled with GoodTime</p>
        </body></html>
    """)
    hs = [
        ("Received", rcv("from o1.email.goodtime.io (o1.email.goodtime.io [198.51.100.93])", when, ZURICH,
                         "Gt9pW1xK3s")),
        ("From", "Helvetic Ascent Talent Team <no-reply@goodtime.io>"),
        ("Reply-To", addr("Chloé Perret", "chloe.perret@helvetic-ascent.ch")),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Your interview itinerary - Helvetic Ascent SA - Wed, Nov 18"),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<itinerary.5f0c2a.helvetic-ascent@goodtime.io>"),
    ]
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(page, cte="7bit", charset="us-ascii")))


ROMANCE_VTZ = """BEGIN:VTIMEZONE
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


@mail(n(13), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-21 11:00", PARIS), end=utc("2026-09-21 11:45", PARIS),
      local="Mon 2026-09-21 11:00", local_end="2026-09-21 11:45", zone=PARIS,
      contact=None, company="Groupe Fier Industrie",
      note="Microsoft Bookings confirmation: body zone label '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' "
           "shows the standard offset, but 21 Sep is CEST -> 09:00-09:45Z, which the 'Romance Standard Time' "
           "ICS confirms; sent from the Bookings mailbox, staff named without an address -> contact null")
def p13() -> bytes:
    when = "2026-09-16 17:45"
    body = t("""
        Rendez-vous confirmé

        Bonjour Pauline Besson,

        Merci d'avoir réservé avec Groupe Fier Industrie – Recrutement. Votre rendez-vous est confirmé.

        Entretien RH – Ingénieur(e) produit (45 minutes)
        lundi 21 septembre 2026
        11:00 - 11:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Personnel : Aurélie Dumont

        Adresse : Groupe Fier Industrie, 8 avenue de l'Industrie, 74150 Rumilly
        Rejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_fier0921

        Gérer la réservation : https://outlook.office365.com/owa/calendar/RecrutementFierIndustrie@fier-industrie.fr/bookings/
        Vous ne pouvez pas répondre à ce message. Pour modifier votre rendez-vous, utilisez le lien ci-dessus.
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div style="font-family:'Segoe UI',sans-serif;color:#323130;max-width:520px">
        <div style="font-size:24px;font-weight:600;padding:16px 0">Rendez-vous confirmé</div>
        <p>Bonjour Pauline Besson,</p>
        <p>Merci d'avoir réservé avec Groupe Fier Industrie – Recrutement. Votre rendez-vous est confirmé.</p>
        <div style="border:1px solid #edebe9;padding:12px">
        <div style="font-weight:600">Entretien RH – Ingénieur(e) produit (45 minutes)</div>
        <div>lundi 21 septembre 2026</div>
        <div>11:00 - 11:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</div>
        <div>Personnel&nbsp;: Aurélie Dumont</div>
        </div>
        <p>Adresse&nbsp;: Groupe Fier Industrie, 8 avenue de l'Industrie, 74150 Rumilly<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_fier0921">Rejoindre la réunion Microsoft Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementFierIndustrie@fier-industrie.fr/bookings/">Gérer la réservation</a></p>
        <p style="font-size:11px;color:#605e5c">Vous ne pouvez pas répondre à ce message. Pour modifier votre
        rendez-vous, utilisez le lien ci-dessus.</p>
        </div></body></html>
    """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", ROMANCE_VTZ, """
BEGIN:VEVENT
ORGANIZER;CN=Groupe Fier Industrie - Recrutement:mailto:RecrutementFierIndustrie@fier-industrie.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Pauline Besson:mailto:pauline.besson@example.org
UID:040000008200E00074C5B7101A82E0080000000011AA9F2CBE3EDD01000000000000000010000000B7E1C0
SUMMARY;LANGUAGE=fr-FR:Entretien RH – Ingénieur(e) produit
DTSTART;TZID=Romance Standard Time:20260921T110000
DTEND;TZID=Romance Standard Time:20260921T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260916T154500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Groupe Fier Industrie\\, 8 avenue de l'Industrie\\, 74150 Rumilly
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT""")
    hs = [
        ("Received", rcv("from PR3P193MB0788.EURP193.PROD.OUTLOOK.COM (2603:10a6:102:b8::14)", when, PARIS,
                         "Bk3rA7fYs2")),
        ("From", enc("Groupe Fier Industrie – Recrutement")
         + " <RecrutementFierIndustrie@fier-industrie.fr>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Rendez-vous confirmé : Entretien RH – Ingénieur(e) produit")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<PR3P193MB07881F2A9C4B3E2D7A0F1C@PR3P193MB0788.EURP193.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-BookingsMessage", "true"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(14), family="recruitee", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-04 17:00", PARIS), end=utc("2026-11-04 18:00", PARIS),
      local="Wed 2026-11-04 17:00", local_end="2026-11-04 18:00", zone=PARIS,
      contact="karim.benali@croixrousse-cycles.fr", company="Croix-Rousse Cycles",
      note="Recruitee, iso-8859-1 quoted-printable: 'mercredi 4 novembre à 17 h (durée : 1 heure)' -> CET "
           "16:00-17:00Z; contact = human Reply-To; cancelled later in the set")
def p14() -> bytes:
    when = "2026-10-28 09:40"
    body = t("""
        Bonjour Pauline,

        Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste
        d'Ingénieure produit vélo cargo :

        le mercredi 4 novembre à 17 h (durée : 1 heure)
        à l'atelier, 14 rue d'Austerlitz, 69004 Lyon (sonnette "Croix-Rousse Cycles")

        Vous rencontrerez Karim Benali (cofondateur) et Élise Marchetti (bureau d'études).
        Si vous venez en voiture, le stationnement est très compliqué sur le plateau : préférez
        le métro C, arrêt Croix-Rousse.

        Bien cordialement,

        Karim Benali
        Croix-Rousse Cycles

        --
        Cet e-mail a été envoyé via Recruitee.
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Georgia,serif;font-size:15px">
        <p>Bonjour Pauline,</p>
        <p>Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste
        d'Ingénieure produit vélo cargo&nbsp;:</p>
        <p style="margin-left:20px"><b>le mercredi 4 novembre à 17 h (durée&nbsp;: 1 heure)</b><br>
        à l'atelier, 14 rue d'Austerlitz, 69004 Lyon (sonnette «&nbsp;Croix-Rousse Cycles&nbsp;»)</p>
        <p>Vous rencontrerez Karim Benali (cofondateur) et Élise Marchetti (bureau d'études).
        Si vous venez en voiture, le stationnement est très compliqué sur le plateau&nbsp;: préférez
        le métro C, arrêt Croix-Rousse.</p>
        <p>Bien cordialement,</p>
        <p>Karim Benali<br>Croix-Rousse Cycles</p>
        <p style="font-size:11px;color:#888">Cet e-mail a été envoyé via Recruitee.</p>
        </body></html>
    """)
    hs = [
        ("Received", rcv("from mailer.recruitee.com (mailer.recruitee.com [198.51.100.58])", when, PARIS,
                         "Rc0vZ8pLm4")),
        ("From", "Croix-Rousse Cycles <noreply@recruitee.com>"),
        ("Reply-To", "Karim Benali <karim.benali@croixrousse-cycles.fr>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Invitation à un entretien - Ingénieure produit vélo cargo", "iso-8859-1")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<recruitee.offer-118204.candidate-9920417.1793176800@recruitee.com>"),
    ]
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(15), family="join", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-26 15:30", ZURICH), end=utc("2026-11-26 16:15", ZURICH),
      local="Thu 2026-11-26 15:30", local_end="2026-11-26 16:15", zone=ZURICH,
      contact="mirjam.keller@gletscher-textil.ch", company="Gletscher Textil AG",
      note="JOIN (Zurich company, French template): 'jeudi 26 novembre 2026, 15:30 – 16:15 (CET)' -> "
           "14:30-15:15Z; sender no-reply, recruiter address only in the body -> contact")
def p15() -> bytes:
    when = "2026-11-20 13:10"
    body = t("""
        Bonjour Pauline,

        Gletscher Textil AG a planifié un entretien avec vous.

        Poste : Ingénieure produit – Vestes techniques (télétravail, CH/FR)
        Date : jeudi 26 novembre 2026
        Heure : 15:30 – 16:15 (CET)
        Type : appel vidéo (le lien vous sera envoyé par l'entreprise)

        Message de Mirjam Keller :
        « Bonjour Madame Besson, je me réjouis de notre échange. Nous parlerons en français, mon
        collègue Beat Zürcher nous rejoindra peut-être pour la partie matériaux. Pour toute
        question : mirjam.keller@gletscher-textil.ch. Meilleures salutations, Mirjam Keller »

        Voir votre candidature : https://join.com/candidate/applications/8830172

        Bonne chance !
        L'équipe JOIN

        Ne répondez pas à cet e-mail, il a été envoyé depuis une adresse qui n'accepte pas les réponses.
    """)
    page = t("""
        <html><body style="background:#f7f7f9;font-family:Helvetica,Arial,sans-serif">
        <table align="center" width="560" style="background:#fff;padding:24px">
        <tr><td>
        <p style="font-size:20px;font-weight:bold">Gletscher Textil AG a planifié un entretien avec vous</p>
        <p>Bonjour Pauline,</p>
        <table cellpadding="4">
        <tr><td style="color:#888">Poste</td><td>Ingénieure produit – Vestes techniques (télétravail, CH/FR)</td></tr>
        <tr><td style="color:#888">Date</td><td>jeudi 26 novembre 2026</td></tr>
        <tr><td style="color:#888">Heure</td><td>15:30 – 16:15 (CET)</td></tr>
        <tr><td style="color:#888">Type</td><td>appel vidéo (le lien vous sera envoyé par l'entreprise)</td></tr>
        </table>
        <p style="background:#f1f3ff;padding:12px"><i>Message de Mirjam Keller&nbsp;:</i><br>
        «&nbsp;Bonjour Madame Besson, je me réjouis de notre échange. Nous parlerons en français, mon
        collègue Beat Zürcher nous rejoindra peut-être pour la partie matériaux. Pour toute question&nbsp;:
        <a href="mailto:mirjam.keller@gletscher-textil.ch">mirjam.keller@gletscher-textil.ch</a>.
        Meilleures salutations, Mirjam Keller&nbsp;»</p>
        <p><a href="https://join.com/candidate/applications/8830172">Voir votre candidature</a></p>
        <p>Bonne chance&nbsp;!<br>L'équipe JOIN</p>
        </td></tr></table>
        </body></html>
    """)
    hs = [
        ("Received", rcv("from mail.join.com (mail.join.com [203.0.113.212])", when, ZURICH, "Jn2cR5tV8w")),
        ("From", "Gletscher Textil AG via JOIN <no-reply@join.com>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Entretien planifié : Ingénieure produit – Vestes techniques")),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<01070193a8b2c4d5-join-interview-8830172@eu-central-1.amazonses.com>"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(16), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-08 11:00", PARIS), local="Tue 2026-12-08 11:00", zone=PARIS,
      contact="hugo.marchand@aravis-rh.fr", company="Mont-Joly Équipement",
      note="Pauline forwards to herself (example.net -> example.org, message/rfc822) an agency recruiter's "
           "Zoom confirmation: 'mardi 8 décembre à 11h', Zoom 'Heure : 8 déc. 2026 11:00 AM Paris' -> CET "
           "10:00Z; no length -> end null; company = the hiring client, contact = the recruiter in the "
           "forwarded header (never the candidate)")
def p16() -> bytes:
    orig_when = "2026-12-01 17:02"
    when = "2026-12-01 22:10"
    inner_body = t("""
        Bonjour Pauline,

        Excellente nouvelle : Mont-Joly Équipement souhaite vous rencontrer pour le poste de
        Responsable produit Protection (CDI, Passy). Comme convenu, l'entretien aura lieu en visio
        le mardi 8 décembre à 11h, avec Mme Claire Tissot (directrice R&D) et moi-même.

        Voici le lien Zoom :

        Hugo Marchand vous invite à une réunion Zoom planifiée.

        Sujet : Entretien Pauline Besson – Mont-Joly Équipement
        Heure : 8 déc. 2026 11:00 AM Paris

        Rejoindre la réunion Zoom
        https://us06web.zoom.us/j/81532907714?pwd=aRvS2kT9mJ0bQ

        ID de réunion : 815 3290 7714
        Code secret : 441207

        N'hésitez pas à m'appeler d'ici là si vous avez des questions sur le poste.

        Bien à vous,

        Hugo Marchand
        Consultant recrutement – Industrie & Sport
        Aravis RH Conseil | 06 71 22 48 90
    """)
    inner = message([
        ("From", "Hugo Marchand <hugo.marchand@aravis-rh.fr>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Entretien Mont-Joly Équipement – confirmation")),
        ("Date", date(orig_when, PARIS)),
        ("Message-ID", "<8f2b9a17-4e0c-2d13-aravis@aravis-rh.fr>"),
    ], text(inner_body, cte="quoted-printable"))
    note = t("""
        à mettre dans l'agenda + relire la fiche de poste avant (PDF dans le mail d'Hugo du 24/11).
        prévoir le portfolio casques.
    """)
    hs = [
        ("Received", rcv("from smtp.example.net (smtp.example.net [192.0.2.10])", when, PARIS, "Fw7dS3xQ1a")),
        ("From", "Pauline Besson <pauline.besson@example.net>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Fwd: Entretien Mont-Joly Équipement – confirmation")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<4b1e7d20-pb-fwd-1201@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(hs, mixed(text(note, cte="8bit"), attached_message(inner)))


# =========================================================================== positives: rescheduled


@mail(n(17), family="workable", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-02 10:30", PARIS), end=utc("2026-10-02 11:30", PARIS),
      local="Fri 2026-10-02 10:30", local_end="2026-10-02 11:30", zone=PARIS,
      contact="marion.guillot@bauges-composites.fr", company="Bauges Composites",
      days=(("Wed", "2026-09-30"),),
      note="Workable reschedule: old 'mercredi 30 septembre à 14h', new 'vendredi 2 octobre à 10h30' for "
           "'1 heure' -> CEST 08:30-09:30Z (new time); ICS SEQUENCE:1 agrees; Reply-To is a Workable relay, "
           "contact = the recruiter's address in the signature")
def p17() -> bytes:
    when = "2026-09-28 11:05"
    body = t("""
        Bonjour Pauline,

        Un imprévu côté atelier nous oblige à déplacer votre entretien pour le poste d'Ingénieur(e)
        R&D Composites.

        Ancien créneau : mercredi 30 septembre à 14h
        Nouveau créneau : vendredi 2 octobre à 10h30 (1 heure)
        Lieu : inchangé – Bauges Composites, 115 rue Denis Papin, 73290 La Motte-Servolex

        L'invitation mise à jour est jointe. Merci de nous excuser pour ce changement et à vendredi !

        Marion Guillot
        Responsable RH – Bauges Composites
        marion.guillot@bauges-composites.fr · 04 79 25 61 30
    """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Bonjour Pauline,</p>
        <p>Un imprévu côté atelier nous oblige à déplacer votre entretien pour le poste d'Ingénieur(e)
        R&amp;D Composites.</p>
        <p><span style="text-decoration:line-through;color:#999">Ancien créneau&nbsp;: mercredi 30 septembre à 14h</span><br>
        <b>Nouveau créneau&nbsp;: vendredi 2 octobre à 10h30 (1 heure)</b><br>
        Lieu&nbsp;: inchangé – Bauges Composites, 115 rue Denis Papin, 73290 La Motte-Servolex</p>
        <p>L'invitation mise à jour est jointe. Merci de nous excuser pour ce changement et à vendredi&nbsp;!</p>
        <p>Marion Guillot<br>Responsable RH – Bauges Composites<br>
        <a href="mailto:marion.guillot@bauges-composites.fr">marion.guillot@bauges-composites.fr</a> · 04 79 25 61 30</p>
        <p style="font-size:11px;color:#aaa">Powered by Workable</p>
        </div>
    """)
    cal = ics("-//Workable//Workable Calendar//EN", "REQUEST", VTZ[PARIS], """
BEGIN:VEVENT
UID:workable-event-5521807@workable.com
DTSTAMP:20260928T090500Z
DTSTART;TZID=Europe/Paris:20261002T103000
DTEND;TZID=Europe/Paris:20261002T113000
SEQUENCE:1
SUMMARY:Entretien : Pauline Besson - Ingénieur(e) R&D Composites
LOCATION:Bauges Composites\\, 115 rue Denis Papin\\, 73290 La Motte-Servolex
ORGANIZER;CN=Bauges Composites:mailto:bauges-composites+c4f81a2e@candidates.workablemail.com
ATTENDEE;CN=Pauline Besson;RSVP=TRUE:mailto:pauline.besson@example.org
STATUS:CONFIRMED
END:VEVENT""")
    hs = [
        ("Received", rcv("from mail.workablemail.com (mail.workablemail.com [198.51.100.166])", when, PARIS,
                         "Wk6hN0cE9r")),
        ("From", "Bauges Composites <noreply@candidates.workablemail.com>"),
        ("Reply-To", "Bauges Composites <bauges-composites+c4f81a2e@candidates.workablemail.com>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Entretien déplacé – Ingénieur(e) R&D Composites")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<5521807.reschedule.c4f81a2e@workablemail.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, cte="quoted-printable", filename="invitation.ics",
                                      disposition="attachment")))


@mail(n(18), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-09 09:30", PARIS), end=utc("2026-12-09 10:30", PARIS),
      local="Wed 2026-12-09 09:30", local_end="2026-12-09 10:30", zone=PARIS,
      contact="adrien.lambert@vercors-dynamics.com", company="Vercors Dynamics",
      days=(("Fri", "2026-12-04"),),
      note="iCIMS reschedule where the new time is only in the ICS (Europe/Paris 09:30-10:30 on Wed 9 Dec, "
           "CET -> 08:30-09:30Z); the body names only the withdrawn Friday; contact = human ICS ORGANIZER")
def p18() -> bytes:
    when = "2026-12-03 16:22"
    body = t("""
        Dear Pauline,

        Your interview for the position of Senior Product Engineer (Req #2026-4471) at Vercors Dynamics
        has been rescheduled. Your previous invitation for Friday, December 4 has been withdrawn.

        The updated date and time are in the calendar invitation attached to this message. Please
        open it and accept it so that your interviewers know you will attend.

        If you have questions, please contact the hiring team through your candidate portal:
        https://careers-vercorsdynamics.icims.com/jobs/candidate

        Regards,

        Vercors Dynamics Talent Acquisition

        This is an automated message. Replies to this address are not monitored.
    """)
    page = t("""
        <html><body><font face="Arial" size="2">
        <p>Dear Pauline,</p>
        <p>Your interview for the position of <b>Senior Product Engineer (Req #2026-4471)</b> at Vercors
        Dynamics has been rescheduled. Your previous invitation for Friday, December 4 has been withdrawn.</p>
        <p>The updated date and time are in the calendar invitation attached to this message. Please open it
        and accept it so that your interviewers know you will attend.</p>
        <p>If you have questions, please contact the hiring team through your
        <a href="https://careers-vercorsdynamics.icims.com/jobs/candidate">candidate portal</a>.</p>
        <p>Regards,<br><br>Vercors Dynamics Talent Acquisition</p>
        <p><i>This is an automated message. Replies to this address are not monitored.</i></p>
        </font></body></html>
    """)
    cal = ics("-//iCIMS//iCIMS Talent Platform//EN", "REQUEST", VTZ[PARIS], """
BEGIN:VEVENT
UID:icims-int-2026-4471-88120@icims.com
DTSTAMP:20261203T152200Z
DTSTART;TZID=Europe/Paris:20261209T093000
DTEND;TZID=Europe/Paris:20261209T103000
SEQUENCE:2
SUMMARY:Interview: Pauline Besson - Senior Product Engineer
LOCATION:Vercors Dynamics\\, 5 rue Général Mangin\\, 38000 Grenoble - Room Moucherotte
DESCRIPTION:Interview with Adrien Lambert (Engineering Director) and Julie Fabre (Recruiter).
ORGANIZER;CN=Adrien Lambert:mailto:adrien.lambert@vercors-dynamics.com
ATTENDEE;CN=Pauline Besson;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pauline.besson@example.org
STATUS:CONFIRMED
END:VEVENT""")
    hs = [
        ("Received", rcv("from smtp2.talent.icims.com (smtp2.talent.icims.com [203.0.113.71])", when, PARIS,
                         "Ic4mJ2yD6b")),
        ("From", "Vercors Dynamics <vercorsdynamics+autoreply@talent.icims.com>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Interview Rescheduled: Senior Product Engineer"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<icims.4471.88120.resched.1796311320@talent.icims.com>"),
    ]
    return message(hs, mixed(alt(text(body, charset="us-ascii", cte="7bit"), html(page)),
                             calendar(cal, cte="base64", filename="Interview.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(19), family="exchange_outlook", lang="fr-CH", interview=True, kind="rescheduled",
      start=utc("2026-10-15 16:00", ZURICH), end=utc("2026-10-15 17:15", ZURICH),
      local="Thu 2026-10-15 16:00", local_end="2026-10-15 17:15", zone=ZURICH,
      contact="olivier.rochat@saleve-optique.ch", company="Salève Optique SA",
      days=(("Tue", "2026-10-13"),),
      note="Exchange meeting update (SEQUENCE:1), Swiss French: second interview moved from 'mardi 13 octobre "
           "à 14h00' to 'jeudi 15 octobre à 16h00', 'septante-cinq minutes' (exact) -> CEST 14:00-15:15Z; "
           "TZID 'W. Europe Standard Time'; contact = human sender / ORGANIZER")
def p19() -> bytes:
    when = "2026-10-09 10:20"
    body = t("""
        Bonjour Madame Besson,

        Suite à un déplacement imprévu chez un fournisseur, je dois malheureusement décaler notre
        deuxième entretien, initialement prévu le mardi 13 octobre à 14h00.

        Je vous propose de le tenir le jeudi 15 octobre à 16h00, toujours à Plan-les-Ouates ; comme
        vous me l'avez confirmé ce matin par téléphone, je vous envoie l'invitation mise à jour.
        Nous avons prévu septante-cinq minutes : une présentation de votre étude de cas (20 min),
        puis les questions de l'équipe.

        Merci de votre compréhension et meilleures salutations,

        Olivier Rochat
        Chef de projet R&D
        Salève Optique SA
        Tél. +41 22 706 18 90
    """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", VTZ["W. Europe Standard Time"], """
BEGIN:VEVENT
ORGANIZER;CN=Olivier Rochat:mailto:olivier.rochat@saleve-optique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Besson:mailto:pauline.besson@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Favre:mailto:sandrine.favre@saleve-optique.ch
UID:040000008200E00074C5B7101A82E00800000000F1B2C3D4E5ADDC01000000000000000010000000C9D8E7F6A5
SUMMARY;LANGUAGE=fr-CH:2e entretien – Pauline Besson
DTSTART;TZID=W. Europe Standard Time:20261015T160000
DTEND;TZID=W. Europe Standard Time:20261015T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T082000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CH:Salève Optique SA\\, salle Voirons
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2117804391
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT""")
    hs = [
        ("Received", rcv("from ZR0P278MB0901.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:1c::5)", when, ZURICH,
                         "Ex2pL9vTr6")),
        ("From", "Olivier Rochat <olivier.rochat@saleve-optique.ch>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("CC", "Sandrine Favre <sandrine.favre@saleve-optique.ch>"),
        ("Subject", enc("Mis à jour : 2e entretien – Pauline Besson")),
        ("Thread-Topic", enc("2e entretien – Pauline Besson")),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<ZR0P278MB0901C3B2A1D0E9F8A7B6C5D4E3F2@ZR0P278MB0901.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CH"),
    ]
    return message(hs, alt(text(body, charset="iso-8859-1"), calendar(cal, cte="base64")))


@mail(n(20), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-19 16:30", PARIS), end=utc("2026-11-19 17:30", PARIS),
      local="Thu 2026-11-19 16:30", local_end="2026-11-19 17:30", zone=PARIS,
      contact="thomas.chevalier@gones-mobility.fr", company="Gones Mobility",
      days=(("Tue", "2026-11-17"),),
      note="Google Calendar 'Invitation mise à jour', HTML only + ICS: new 'jeu. 19 nov. 2026 16:30 - 17:30 "
           "(CET)' -> 15:30-16:30Z, old Tuesday 14:00 struck through; same UID, SEQUENCE:1; contact = "
           "ORGANIZER")
def p20() -> bytes:
    when = "2026-11-16 09:05"
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Cet événement a été modifié.</p>
        <h2 style="font-size:20px;font-weight:400;color:#202124">Entretien technique – Pauline Besson</h2>
        <table>
        <tr><td style="color:#70757a;padding-right:12px">Quand</td>
        <td><span style="color:#d93025">Modifié&nbsp;:</span> jeudi 19 nov. 2026 16:30 – 17:30 (heure normale d'Europe centrale - Paris)<br>
        <span style="text-decoration:line-through;color:#70757a">mardi 17 nov. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)</span></td></tr>
        <tr><td style="color:#70757a;padding-right:12px">Participer avec Google Meet</td>
        <td><a href="https://meet.google.com/gmo-hzrt-pwe">meet.google.com/gmo-hzrt-pwe</a></td></tr>
        <tr><td style="color:#70757a;padding-right:12px">Invités</td>
        <td>Thomas Chevalier - organisateur<br>Sarah Nguyen<br>pauline.besson@example.org</td></tr>
        </table>
        <p>Bonjour Pauline, Sarah est en salon mardi, on décale à jeudi en fin de journée comme vu par SMS.
        Même lien Meet. Thomas</p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda&nbsp;: vous recevez cet e-mail, car vous
        êtes invité à cet événement.</p>
        </div>
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
BEGIN:VEVENT
DTSTART:20261119T153000Z
DTEND:20261119T163000Z
DTSTAMP:20261116T080500Z
ORGANIZER;CN=Thomas Chevalier:mailto:thomas.chevalier@gones-mobility.fr
UID:3f4dgonesmob1117@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Chevalier;X-NUM-GUESTS=0:mailto:thomas.chevalier@gones-mobility.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=pauline.besson@example.org;X-NUM-GUESTS=0:mailto:pauline.besson@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sarah Nguyen;X-NUM-GUESTS=0:mailto:sarah.nguyen@gones-mobility.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/gmo-hzrt-pwe
CREATED:20261112T154700Z
DESCRIPTION:Sarah est en salon mardi\\, on décale à jeudi en fin de journée.
LAST-MODIFIED:20261116T080500Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretien technique – Pauline Besson
TRANSP:OPAQUE
END:VEVENT""")
    hs = [
        ("Received", rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, PARIS,
                         "Gc8uP3qJ5z")),
        ("From", "Thomas Chevalier <thomas.chevalier@gones-mobility.fr>"),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Reply-To", "thomas.chevalier@gones-mobility.fr"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Invitation mise à jour : Entretien technique – Pauline Besson @ jeu. 19 nov. 2026 "
                        "16:30 - 17:30 (CET) (pauline.besson@example.org)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<calendar-a07d3e91-2c5b-4e8f-9b10-6d4c2e1f8a37@google.com>"),
    ]
    return message(hs, alt(html(page), calendar(cal, cte="base64")))


# =========================================================================== positives: cancelled


@mail(n(21), family="exchange_outlook", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 14:00", "Europe/London"), end=utc("2026-12-10 15:00", "Europe/London"),
      local="Thu 2026-12-10 14:00", local_end="2026-12-10 15:00", zone="Europe/London",
      contact="fiona.baird@cairnwearables.co.uk", company="Cairn Wearables Ltd",
      note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'Thursday 10 December, 14:00-15:00 "
           "(UK time)', TZID 'GMT Standard Time' in December = UTC -> 14:00-15:00Z (15:00 in Annecy); no new "
           "time; contact = human sender / ORGANIZER")
def p21() -> bytes:
    when = "2026-12-07 09:14"
    lon = "Europe/London"
    body = t("""
        Hi Pauline,

        Apologies for the short notice - Callum, our hiring manager, is off sick for the rest of the
        week, so I'm cancelling our interview on Thursday 10 December, 14:00-15:00 (UK time). I'll
        come back to you with new times as soon as he's back, hopefully before the Christmas break.

        Sorry again, and thanks for your patience.

        Fiona

        Fiona Baird | Talent Partner
        Cairn Wearables Ltd | Edinburgh
    """)
    cal = ics("Microsoft Exchange Server 2010", "CANCEL", VTZ["GMT Standard Time"], """
BEGIN:VEVENT
ORGANIZER;CN=Fiona Baird:mailto:fiona.baird@cairnwearables.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Pauline Besson:mailto:pauline.besson@example.org
DESCRIPTION;LANGUAGE=en-GB:Hi Pauline\\,\\n\\nApologies for the short notice - Callum\\, our hiring manager\\, is off sick for the rest of the week.\\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E45ADD01000000000000000010000000E1F2A3B4C5
SUMMARY;LANGUAGE=en-GB:Canceled: Interview - Pauline Besson / Product Engineer
DTSTART;TZID=GMT Standard Time:20261210T140000
DTEND;TZID=GMT Standard Time:20261210T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261207T091400Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT""")
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" \
        + "".join(f"<div>{line or '&nbsp;'}</div>\n" for line in body.split("\n")) + "</body></html>\n"
    hs = [
        ("Received", rcv("from LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1f6::11)", when, lon,
                         "Cx1nV4sWp8")),
        ("From", "Fiona Baird <fiona.baird@cairnwearables.co.uk>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", "Canceled: Interview - Pauline Besson / Product Engineer"),
        ("Thread-Topic", "Interview - Pauline Besson / Product Engineer"),
        ("Date", date(when, lon)),
        ("Message-ID", "<LO2P265MB51209E8D7C6B5A4F3E2D1C0B@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "en-GB"),
    ]
    return message(hs, alt(text(body), html(page), calendar(cal, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-04 17:00", PARIS), local="Wed 2026-11-04 17:00", zone=PARIS,
      contact="karim.benali@croixrousse-cycles.fr", company="Croix-Rousse Cycles",
      note="Gmail reply cancelling 'l'entretien de mercredi 17 h' (sent Mon 2 Nov -> Wed 4 Nov, CET 16:00Z), "
           "position filled internally, no new time; this mail states no length -> end null; contact = "
           "human sender")
def p22() -> bytes:
    when = "2026-11-02 18:31"
    body = t("""
        Bonjour Pauline,

        Je suis vraiment désolé de vous l'annoncer si tard : nous devons annuler l'entretien de
        mercredi 17 h. Un de nos monteurs a finalement postulé en interne et nous avons décidé de
        lui confier le poste, ce qui était la solution la plus simple pour l'équipe.

        Votre profil nous a beaucoup plu et je garde votre CV de côté pour le bureau d'études
        l'an prochain, si vous êtes d'accord.

        Encore toutes mes excuses,
        Karim

        --
        Karim Benali
        Cofondateur – Croix-Rousse Cycles
        14 rue d'Austerlitz, 69004 Lyon
    """)
    hs = [
        ("Received", rcv("from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])", when, PARIS,
                         "Gm5xB7kRa0")),
        ("From", "Karim Benali <karim.benali@croixrousse-cycles.fr>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Annulation entretien mercredi – Croix-Rousse Cycles")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<CAH7x2kq9Zr1sYp3bW0mLdE8vT6uNfA4oGc5QJ=Rj2Xw@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(23), family="taleo", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-14 10:00", PARIS), local="Mon 2026-12-14 10:00", zone=PARIS,
      contact="sophie.carrel@verdon-industries.com", company="Verdon Industries",
      days=(("Wed", "2026-12-16"),),
      note="Taleo (windows-1252 QP) cancels 'lundi 14 décembre 2026 à 10h00' (CET -> 09:00Z) and only "
           "suggests 'mercredi 16/12 à 9h30' to be confirmed -> cancelled, start = the cancelled slot; contact "
           "= recruiter address in the body")
def p23() -> bytes:
    when = "2026-12-09 11:30"
    body = t("""
        Madame,

        Nous sommes au regret de devoir annuler votre entretien pour le poste de Chef de projet
        produit – Équipements de protection (réf. 2600318), prévu le lundi 14 décembre 2026 à 10h00
        dans nos locaux de Saint-Égrève.

        Votre chargée de recrutement, Mme Sophie Carrel (sophie.carrel@verdon-industries.com),
        reviendra vers vous pour convenir d'un nouveau rendez-vous. À titre indicatif, le mercredi
        16/12 à 9h30 pourrait convenir au jury : merci de lui indiquer si ce créneau vous est possible.

        Nous vous prions de nous excuser pour ce contretemps et vous prions d'agréer, Madame,
        l'expression de nos salutations distinguées.

        Direction des Ressources Humaines
        Verdon Industries

        Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
    """)
    hs = [
        ("Received", rcv("from mail.taleo.net (mail.taleo.net [198.51.100.25])", when, PARIS, "Tl3kQ8wZm1")),
        ("From", "Verdon Industries <verdon-industries@mail.taleo.net>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Annulation de votre entretien - Chef de projet produit (2600318)", "windows-1252")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<1796819400123.2600318.JavaMail.taleo@tlo-prd-mail04>"),
    ]
    return message(hs, text(body, charset="windows-1252"))


# =========================================================================== negatives


@mail(n(24), family="job_centre_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Employment-office 'entretien de suivi' with a fixed time (jeudi 10 septembre à 9h30): a confirmed "
           "appointment, but with the job seeker's adviser, not a job interview")
def n24() -> bytes:
    when = "2026-09-04 08:31"
    body = t("""
        Madame BESSON Pauline,

        Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Nathalie GROS.

        Date : jeudi 10 septembre 2026
        Heure : 9h30
        Lieu : Maison de l'Emploi du Bassin Annécien, 7 rue de la Gare, 74000 Annecy (guichet 3)

        Merci de vous munir de votre pièce d'identité, de votre CV à jour et de la liste de vos
        démarches de recherche d'emploi depuis notre dernier rendez-vous (candidatures envoyées,
        entretiens d'embauche passés ou à venir).

        En cas d'empêchement, prévenez-nous au moins 48 h à l'avance depuis votre espace
        personnel. Une absence non justifiée peut entraîner une radiation de la liste des
        demandeurs d'emploi.

        Ceci est un message automatique, merci de ne pas y répondre.
    """)
    hs = [
        ("Received", rcv("from relay.mde-bassin-annecien.fr (relay.mde-bassin-annecien.fr [192.0.2.140])", when,
                         PARIS, "Me1aD4gHj7")),
        ("From", enc("Maison de l'Emploi du Bassin Annécien") + " <ne-pas-repondre@mde-bassin-annecien.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Convocation : entretien de suivi le 10/09/2026 à 09:30")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<convoc.20260904063100.DE-4471902@mde-bassin-annecien.fr>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@mail(n(25), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A local journalist confirms her interview of Pauline (portrait for a newspaper series) on jeudi 8 "
           "octobre à 11h: a confirmed 'interview' at a fixed time, but press, not a job interview")
def n25() -> bytes:
    when = "2026-10-05 15:12"
    body = t("""
        Bonjour Pauline,

        Merci d'avoir accepté de participer à notre série « Elles inventent en Haute-Savoie » !
        Je vous confirme notre interview jeudi 8 octobre à 11h au Café des Arts (rue Perrière, à
        côté du pont des Amours). Comptez trois quarts d'heure environ ; Lucas, notre photographe,
        nous rejoindra vers 11h45 pour deux ou trois portraits au bord du Thiou.

        On parlera de votre parcours, du prototype de sac d'alpinisme recyclé qui a été primé à
        l'OutDoor Lab, et de la place des femmes dans les bureaux d'études du secteur.

        L'article devrait paraître dans l'édition du week-end du 17-18 octobre.

        Belle journée,

        Maëlle Perrin
        Journaliste – L'Écho des Aravis
        06 58 14 77 03
    """)
    hs = [
        ("Received", rcv("from mail.echo-aravis.fr (mail.echo-aravis.fr [192.0.2.61])", when, PARIS, "Pr3sS9eIj0")),
        ("From", addr("Maëlle Perrin", "maelle.perrin@echo-aravis.fr")),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Interview pour « Elles inventent en Haute-Savoie » – jeudi 11h")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<a91c3e27-5b04-8d16-echo@echo-aravis.fr>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast recording confirmed for Tuesday 20 October, 6:00 PM CEST, with an ICS: Pauline is the "
           "guest of an episode, not a job candidate")
def n26() -> bytes:
    when = "2026-10-14 19:40"
    lon = "Europe/London"
    body = t("""
        Hi Pauline,

        Brilliant, you're booked! Here are the details for your episode of Trailhead Talks:

        Recording: Tuesday 20 October 2026, 6:00 PM CEST (5:00 PM for me in Bristol)
        Studio link: https://riverside.fm/studio/trailhead-talks?t=pb2026
        Length: we record about an hour and cut it down to 40 minutes

        Topics we'll cover:
        - how you got from mechanical engineering school to designing packs
        - the repairability scoring you built at your current job
        - your advice for listeners preparing a portfolio for a product-design interview

        Use headphones and a wired connection if you can. I've attached a calendar invite.

        Cheers,
        Ben Carver
        Host, Trailhead Talks - conversations with the people who make outdoor gear
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
BEGIN:VEVENT
DTSTART:20261020T160000Z
DTEND:20261020T170000Z
DTSTAMP:20261014T184000Z
ORGANIZER;CN=Ben Carver:mailto:ben@trailheadtalks.fm
UID:7rk2thtalks20261020@google.com
ATTENDEE;CN=Pauline Besson;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pauline.besson@example.org
SUMMARY:Trailhead Talks recording - Pauline Besson
LOCATION:https://riverside.fm/studio/trailhead-talks
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""")
    hs = [
        ("Received", rcv("from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])", when, lon,
                         "Pd0cS1tTk3")),
        ("From", "Ben Carver <ben@trailheadtalks.fm>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "You're on Trailhead Talks - recording Tue 20 Oct"),
        ("Date", date(when, lon)),
        ("Message-ID", "<CAJ5m8fQ2Lh0pThtk7Rz1vWn9sXbYd3eKc6A@mail.gmail.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(cal, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(27), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Executive MBA admission interview (samedi 21 novembre à 9h30, ICS attached): a confirmed "
           "'entretien' with a jury, but for a school, not a job")
def n27() -> bytes:
    when = "2026-11-13 10:00"
    body = t("""
        Madame Besson,

        Votre dossier de candidature à l'Executive MBA « Management de l'innovation – Industries du
        sport » (promotion 2027) a été déclaré recevable.

        Nous avons le plaisir de vous convoquer à l'entretien d'admission :

            samedi 21 novembre 2026 à 9h30
            Campus de Chambéry – bâtiment B, salle B204
            Durée : 45 minutes (présentation de votre projet professionnel 10 min, échange avec le jury)

        Le jury sera composé d'un enseignant-chercheur et d'un dirigeant d'entreprise partenaire.
        Les résultats d'admission vous seront communiqués sous dix jours.

        Vous trouverez ci-joint un fichier à ajouter à votre agenda.

        Le service des admissions
        ESMA – École Supérieure de Management Alpin
    """)
    cal = ics("-//ESMA//Admissions//FR", "PUBLISH", VTZ[PARIS], """
BEGIN:VEVENT
UID:adm-emba-2027-0412@esma-alpin.fr
DTSTAMP:20261113T090000Z
DTSTART;TZID=Europe/Paris:20261121T093000
DTEND;TZID=Europe/Paris:20261121T101500
SUMMARY:Entretien d'admission Executive MBA - ESMA
LOCATION:Campus de Chambéry\\, bâtiment B\\, salle B204
END:VEVENT""")
    hs = [
        ("Received", rcv("from smtp.esma-alpin.fr (smtp.esma-alpin.fr [192.0.2.201])", when, PARIS, "Ad7mN2sSn4")),
        ("From", "ESMA Admissions <admissions@esma-alpin.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Convocation à l'entretien d'admission – Executive MBA")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<emba2027-0412-convocation@esma-alpin.fr>"),
    ]
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(cal, method="PUBLISH", cte="8bit", filename="entretien-admission.ics",
                                      disposition="attachment")))


@mail(n(28), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-09-11"),),
      note="Trail club coach confirms a selection test (vendredi 11 septembre, 18h30): a fixed-time try-out "
           "for a sports team, not a job interview")
def n28() -> bytes:
    when = "2026-09-07 21:15"
    body = t("""
        Salut Pauline,

        Bonne nouvelle, ta candidature pour le groupe élite est retenue pour les tests !
        Rendez-vous vendredi 11 septembre à 18h30 au stade du Parmelan (entrée côté piste).
        Au programme : test VMA sur piste, puis montée chrono du Mont Veyrier pour celles et ceux
        qui sont encore debout :)

        Prends tes chaussures de trail ET des pointes si t'en as, une frontale, de l'eau.
        On fait le point sur la sélection autour d'une bière au club après.

        Sportivement,
        Seb
        Coach – Annecy Trail Club
    """)
    hs = [
        ("Received", rcv("from smtp.annecy-trail-club.fr (smtp.annecy-trail-club.fr [192.0.2.33])", when, PARIS,
                         "Sp5tR3aIl2")),
        ("From", "Sebastien Dupraz <seb.dupraz@annecy-trail-club.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Tests groupe élite – vendredi 18h30")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20260907191500.8842@annecy-trail-club.fr>"),
        ("X-Mailer", "Roundcube Webmail/1.6.9"),
    ]
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@mail(n(29), family="car_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Garage workshop appointment (mardi 29 septembre à 8h00) with an ICS: confirmed time, not an "
           "interview")
def n29() -> bytes:
    when = "2026-09-22 17:58"
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h3 style="color:#c8102e">Garage du Semnoz – Confirmation de rendez-vous atelier</h3>
        <p>Bonjour Mme BESSON,</p>
        <p>Nous vous confirmons votre rendez-vous&nbsp;:</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><td>Date</td><td>mardi 29 septembre 2026</td></tr>
        <tr><td>Heure de dépôt</td><td>8h00</td></tr>
        <tr><td>Véhicule</td><td>Dacia Duster – GH-412-RT</td></tr>
        <tr><td>Prestations</td><td>Révision 60&nbsp;000 km, montage pneus hiver</td></tr>
        <tr><td>Restitution estimée</td><td>17h00</td></tr>
        </table>
        <p>Un véhicule de prêt est réservé à votre nom. Pensez à apporter votre carnet d'entretien.</p>
        <p>Garage du Semnoz – 41 route des Creuses, 74600 Seynod – 04 50 69 12 88</p>
        </body></html>
    """)
    cal = ics("-//Garage du Semnoz//Planning atelier//FR", "PUBLISH", VTZ[PARIS], """
BEGIN:VEVENT
UID:atelier-20260929-0800-GH412RT@garage-du-semnoz.fr
DTSTAMP:20260922T155800Z
DTSTART;TZID=Europe/Paris:20260929T080000
DTEND;TZID=Europe/Paris:20260929T083000
SUMMARY:Dépôt véhicule - Garage du Semnoz
LOCATION:41 route des Creuses\\, 74600 Seynod
END:VEVENT""")
    hs = [
        ("Received", rcv("from mail.garage-du-semnoz.fr (mail.garage-du-semnoz.fr [192.0.2.97])", when, PARIS,
                         "Gr4gE1sMn5")),
        ("From", "Garage du Semnoz <atelier@garage-du-semnoz.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Votre rendez-vous atelier du 29/09/2026 à 08h00")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<rdv-atelier-558120@garage-du-semnoz.fr>"),
    ]
    return message(hs, mixed(html(page, charset="windows-1252"),
                             calendar(cal, method="PUBLISH", cte="quoted-printable", filename="rendez-vous.ics",
                                      disposition="attachment")))


@mail(n(30), family="tax_office_appointment", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Tax-office phone appointment (lundi 12 octobre, 14h00-14h30): fixed time, public service, not an "
           "interview")
def n30() -> bytes:
    when = "2026-10-06 12:04"
    body = t("""
        Madame Pauline BESSON,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des impôts des particuliers d'Annecy
        Objet : Question sur le prélèvement à la source (changement de situation professionnelle)
        Type de rendez-vous : téléphonique
        Date : lundi 12 octobre 2026
        Créneau : entre 14h00 et 14h30
        Numéro auquel vous serez appelée : 06 ** ** ** 41

        Un agent vous appellera pendant ce créneau. Préparez votre numéro fiscal et votre dernier
        avis d'impôt.

        Pour annuler ce rendez-vous, rendez-vous dans votre espace particulier, rubrique
        « Mes rendez-vous ».

        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
    """)
    hs = [
        ("Received", rcv("from smtp.rdv-finances-publiques.fr (smtp.rdv-finances-publiques.fr [192.0.2.180])",
                         when, PARIS, "Tx9oF2fIc3")),
        ("From", enc("Finances publiques – Prise de rendez-vous") + " <ne-pas-repondre@rdv-finances-publiques.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Confirmation de votre rendez-vous"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<rdv.20261006100400.SIP7401.882014@rdv-finances-publiques.fr>"),
    ]
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(31), family="mock_interview_coaching", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Calendly confirmation (French) of a paid mock interview with a career coach, jeudi 1 octobre "
           "18:00, ICS attached: same layout as a real Calendly interview, but coaching, not a job interview")
def n31() -> bytes:
    when = "2026-09-28 08:44"
    body = t("""
        Bonjour Pauline Besson,

        Votre événement est planifié.

        Type d'événement :
        Simulation d'entretien d'embauche (60 min)

        Date/heure de l'événement :
        18:00 - 19:00, jeudi 1 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Zoom – le lien vous sera envoyé la veille.

        Questions :
        Pour quel poste souhaitez-vous vous entraîner ?
        Ingénieure produit chez un équipementier outdoor (entretien technique + RH).

        Besoin de modifier cet événement ?
        Annuler : https://calendly.com/cancellations/1e77a9c0-cv-2026
        Replanifier : https://calendly.com/reschedulings/1e77a9c0-cv-2026

        Propulsé par Calendly.com
    """)
    cal = ics("-//Calendly//Calendly Scheduling//EN", "REQUEST", """
BEGIN:VEVENT
UID:1e77a9c0-cv-2026@calendly.com
DTSTAMP:20260928T064400Z
DTSTART:20261001T160000Z
DTEND:20261001T170000Z
SUMMARY:Simulation d'entretien d'embauche (60 min) entre Claire Vidal et Pauline Besson
ORGANIZER;CN=Claire Vidal:mailto:claire@vidal-coaching.fr
ATTENDEE;CN=Pauline Besson;PARTSTAT=ACCEPTED:mailto:pauline.besson@example.org
STATUS:CONFIRMED
END:VEVENT""")
    hs = [
        ("Received", rcv("from mail.calendly.com (mail.calendly.com [198.51.100.202])", when, PARIS, "Cy7rV3cD1e")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Claire Vidal <claire@vidal-coaching.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Confirmé : Simulation d'entretien d'embauche (60 min) avec Claire Vidal le jeudi 1 "
                        "octobre 2026")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<calendly.1e77a9c0.invitee.confirmation@calendly.com>"),
    ]
    return message(hs, mixed(text(body), calendar(cal, method=None, filename="invite.ics",
                                                  disposition="attachment", name_param=True)))


@mail(n(32), family="proposed_not_confirmed", lang="en", interview=False, company="Fernpeak Outdoors",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18"), ("Thu", "2026-11-19")),
      note="Recruiter proposes slots ('Would Tuesday at 10 work?', or Wednesday / Thursday) and will send an "
           "invite once Pauline picks one: nothing confirmed yet")
def n32() -> bytes:
    when = "2026-11-12 17:26"
    la = "America/Los_Angeles"
    body = t("""
        Hi Pauline,

        Thanks for the great chat on Monday! The team would love to move you forward to a call with
        our VP of Product, Gwen.

        Would Tuesday (Nov 17) at 10am your time work? If not, Gwen also has Wednesday at 3pm or
        Thursday at 9am (all Central European Time). Once you confirm, I'll send over a calendar
        invite with the Zoom link.

        Talk soon,
        Kyle

        Kyle Brennan | Senior Technical Recruiter
        Fernpeak Outdoors | Portland, OR
    """)
    hs = [
        ("Received", rcv("from mail-pj1-f48.google.com (mail-pj1-f48.google.com [209.85.216.48])", when, la,
                         "Fp2kB8rNn6")),
        ("From", "Kyle Brennan <kyle.brennan@fernpeakoutdoors.com>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", "Next step: call with our VP of Product?"),
        ("Date", date(when, la)),
        ("Message-ID", "<CAF9xT2k7Lm0nFrnpk4Qw8Ez1vYbRc6Sd3J@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="forwarded_other_person", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Pauline's cousin forwards HIS OWN interview confirmation (jeudi 26 novembre 14h) to ask for advice: "
           "a real confirmed interview, but not the inbox owner's")
def n33() -> bytes:
    when = "2026-11-21 11:08"
    body = t("""
        Salut cousine !

        Regarde ce que j'ai reçu hier, enfin un entretien !! Tu pourrais me donner 2-3 conseils ? Toi
        qui enchaînes les entretiens en ce moment tu dois être rodée. Surtout pour la partie
        "étude de cas", j'ai jamais fait ça.

        Je t'appelle demain soir si t'es dispo.
        Bises, Théo

        ---------- Forwarded message ---------
        De : Lyon Rail Services <no-reply@us.greenhouse-mail.io>
        Date: ven. 20 nov. 2026 à 16:40
        Subject: Entretien confirmé – Lyon Rail Services
        To: <theo.besson@example.com>

        Bonjour Théo,

        Votre entretien pour le poste de Data Analyst Junior est confirmé :

        Date : jeudi 26 novembre 2026
        Heure : 14:00 - 15:00 (heure de Paris)
        Lieu : Lyon Rail Services, 8 place Charles Béraudier, 69003 Lyon
        Avec : Amandine Roche (Talent Acquisition)

        À jeudi,
        Amandine Roche
        Lyon Rail Services
    """)
    hs = [
        ("Received", rcv("from mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])", when, PARIS,
                         "Fc6sN4tHe8")),
        ("From", addr("Théo Besson", "theo.besson@example.com")),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Fwd: Entretien confirmé – Lyon Rail Services")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<CAB4tHe0-cousin-fwd-2026112110@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="interviewer_at_current_job", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Teamtailor notification at Pauline's CURRENT employer (work address auto-forwarded): she is on the "
           "panel interviewing a candidate on mardi 8 décembre 14:00 - an interview at a fixed time, but she "
           "is the interviewer")
def n34() -> bytes:
    when = "2026-12-03 10:41"
    body = t("""
        Bonjour Pauline,

        Vous avez été ajoutée comme intervieweuse à un entretien.

        Candidat : Lucas Meynet
        Poste : Technicien(ne) prototypes – Atelier textile
        Quand : mardi 8 décembre 2026, 14:00 – 15:00 (heure de Paris)
        Où : Alpitex, salle Tournette (bâtiment 2)
        Autres intervieweurs : Grégory Balmat (Responsable atelier)

        Kit d'entretien et grille d'évaluation :
        https://alpitex.teamtailor.com/app/jobs/41187/candidates/902214/interview-kit

        Merci de remplir votre évaluation dans les 24 h suivant l'entretien.

        Teamtailor – Alpitex
    """)
    hs = [
        ("Delivered-To", ME),
        ("Received", rcv("from mail.alpitex.fr (mail.alpitex.fr [192.0.2.118])", when, PARIS, "Ap1tX5wKr9")),
        ("X-Forwarded-For", "pauline.besson@alpitex.fr pauline.besson@example.org"),
        ("From", "Alpitex <noreply@teamtailor-mail.com>"),
        ("To", "pauline.besson@alpitex.fr"),
        ("Subject", enc("Vous êtes intervieweuse : Lucas Meynet – Technicien(ne) prototypes")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<7c2a0e9f1b3d5_4e1f@teamtailor-mail.com>"),
    ]
    return message(hs, text(body))


@mail(n(35), family="rejection", lang="fr", interview=False, company="Bergwerk Alpin GmbH",
      days=(("Tue", "2026-09-22"),),
      note="softgarden rejection after an interview 'du mardi 22 septembre': no interview ahead")
def n35() -> bytes:
    when = "2026-10-02 14:17"
    body = t("""
        Bonjour Madame Besson,

        Nous vous remercions encore pour le temps que vous nous avez consacré lors de votre entretien
        du mardi 22 septembre pour le poste d'Ingénieure produit – Cordes et sangles (Annecy).

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre candidate
        dont l'expérience en textile technique correspond plus étroitement à nos besoins actuels.
        Cette décision ne remet pas en cause la qualité de votre parcours.

        Avec votre accord, nous conserverons votre dossier dans notre vivier de talents pendant
        24 mois. Vous pouvez retirer ce consentement à tout moment depuis votre espace candidat.

        Nous vous souhaitons plein succès dans vos recherches.

        Cordialement,
        L'équipe recrutement
        Bergwerk Alpin GmbH – Filiale France, Annecy
    """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + \
        "<p style=\"font-size:11px;color:#999\">powered by softgarden</p></body></html>\n"
    hs = [
        ("Received", rcv("from mx-out.softgarden.io (mx-out.softgarden.io [203.0.113.120])", when, PARIS,
                         "Sg3rD7nEj4")),
        ("From", "Bergwerk Alpin GmbH <noreply@softgarden.io>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Votre candidature chez Bergwerk Alpin GmbH"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<sg-2291740-reject-8f1e3c@softgarden.io>"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(36), family="offer", lang="en", interview=False, company="Belledonne Systems",
      days=(("Fri", "2026-10-30"),),
      note="Job offer after the panel interview; proposes a call 'Friday at 11:00' to go through it - an offer "
           "call, not an interview")
def n36() -> bytes:
    when = "2026-10-26 17:52"
    body = t("""
        Dear Pauline,

        It is my great pleasure to let you know that, following your panel interview on 13 October,
        Belledonne Systems would like to offer you the position of Senior Product Engineer -
        Wearable Safety, based in Meylan.

        You will find the offer letter attached (gross annual salary of EUR 58,000, 13th month,
        2 remote days per week, start date to be agreed). Please take the time you need to read it;
        we would appreciate your answer by Friday 6 November.

        I've kept Friday at 11:00 free in case you'd like to go through the details with me and
        Romain on a call - just let me know if that suits you.

        Congratulations again, the whole panel was very impressed.

        Best regards,
        Elodie Martin
        Talent Acquisition Partner
        Belledonne Systems
    """)
    letter = t("""
        OFFER LETTER - CONFIDENTIAL

        Candidate: Pauline Besson
        Position: Senior Product Engineer - Wearable Safety
        Location: Meylan (38), France - hybrid
        Gross annual salary: EUR 58,000 paid over 13 months
        Contract: CDI, statut cadre, forfait jours
        Start date: to be agreed, no later than 1 February 2027
    """)
    hs = [
        ("Received", rcv("from mail.belledonne-systems.com (mail.belledonne-systems.com [192.0.2.150])", when,
                         PARIS, "Of5fR2eLt8")),
        ("From", "Elodie Martin <elodie.martin@belledonne-systems.com>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", "Your offer - Senior Product Engineer, Belledonne Systems"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<DB9PR02MB7310A1B2C3D4E5F6@DB9PR02MB7310.eurprd02.prod.outlook.com>"),
    ]
    return message(hs, mixed(text(body), text(letter, cte="base64", extra=(
        ("Content-Disposition", 'attachment; filename="Offer_Pauline_Besson.txt"'),))))


@mail(n(37), family="application_ack", lang="en", interview=False, company="Vercors Dynamics",
      note="iCIMS application receipt; 'contact you to schedule an interview' is hypothetical")
def n37() -> bytes:
    when = "2026-11-16 21:09"
    body = t("""
        Dear Pauline,

        Thank you for applying for the Senior Product Engineer position (Req #2026-4471) at Vercors
        Dynamics. We have received your application and our team is reviewing it.

        If your qualifications match the requirements of the role, a member of our Talent
        Acquisition team will contact you to schedule an interview. Due to the volume of
        applications, we may not be able to respond to each candidate individually.

        You can check the status of your application at any time:
        https://careers-vercorsdynamics.icims.com/jobs/candidate

        Thank you for your interest in Vercors Dynamics.

        Vercors Dynamics Talent Acquisition
    """)
    hs = [
        ("Received", rcv("from smtp1.talent.icims.com (smtp1.talent.icims.com [203.0.113.70])", when, PARIS,
                         "Ic8aK1cKn2")),
        ("From", "Vercors Dynamics <vercorsdynamics+autoreply@talent.icims.com>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Thank you for applying to Vercors Dynamics"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<icims.4471.88120.ack.1794946140@talent.icims.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(38), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board digest; badges like 'Entretien sous 7 jours' are marketing, nothing is scheduled")
def n38() -> bytes:
    when = "2026-09-15 07:00"
    page = t("""
        <html><body style="margin:0;background:#eef2f0;font-family:Arial,sans-serif">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="background:#1f5f4a;color:#fff;padding:14px 20px;font-size:18px"><b>AlpJobs</b> – vos offres du jour</td></tr>
        <tr><td style="padding:16px 20px">
        <p>Bonjour Pauline, 12 nouvelles offres correspondent à votre alerte
        «&nbsp;ingénieur produit outdoor – Annecy + 60 km&nbsp;».</p>
        <hr>
        <p><b>Ingénieur(e) conception sacs à dos</b> – Aravis Packs, Thônes<br>
        CDI · 45-52 k€ · <span style="background:#e3f4ec;color:#1f5f4a;padding:2px 6px">Entretien sous 7 jours</span></p>
        <p><b>Chef de projet produit ski</b> – Nivolet Sports, Chambéry<br>
        CDI · 50-58 k€ · <span style="background:#fff1d6;padding:2px 6px">Recrute activement</span></p>
        <p><b>Product Engineer – Climbing hardware (remote)</b> – Kletterwerk GmbH<br>
        CDI · télétravail · <span style="background:#e3f4ec;color:#1f5f4a;padding:2px 6px">Réponse en 48 h</span></p>
        <p><b>Ingénieure essais mécaniques</b> – Verdon Industries, Saint-Égrève<br>CDI · 42-48 k€</p>
        <p><a href="https://www.alpjobs.example.com/alertes/88130?utm_source=email">Voir les 8 autres offres</a></p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur AlpJobs.
        <a href="https://www.alpjobs.example.com/alertes/88130/stop">Se désabonner</a></td></tr>
        </table></body></html>
    """)
    hs = [
        ("Received", rcv("from mta12.alpjobs-mail.com (mta12.alpjobs-mail.com [198.51.100.12])", when, PARIS,
                         "Aj9bS0lRt1")),
        ("From", "AlpJobs <alertes@alpjobs-mail.com>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("12 nouvelles offres : ingénieur produit outdoor – Annecy")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<alert.88130.20260915@alpjobs-mail.com>"),
        ("List-Unsubscribe", "<https://www.alpjobs.example.com/alertes/88130/stop>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(hs, html(page))


@mail(n(39), family="newsletter_blog", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Career blog newsletter about interview trick questions, with a webinar on 'jeudi 12 novembre à "
           "12h30': mailing-list content, nothing confirmed for Pauline")
def n39() -> bytes:
    when = "2026-11-03 06:30"
    body = t("""
        LE BLOG CADREALPIN – n°84

        7 questions pièges en entretien d'embauche (et comment y répondre)

        « Parlez-moi de votre plus grand échec. » « Où vous voyez-vous dans cinq ans ? »
        Votre recruteur ne cherche pas la réponse parfaite, mais la façon dont vous construisez
        votre raisonnement. Notre conseil : préparez trois histoires (méthode STAR) que vous
        pourrez adapter à presque toutes les questions comportementales.

        Lire l'article : https://blog.cadrealpin.example.com/questions-pieges-entretien

        WEBINAIRE GRATUIT
        « Négocier son salaire après l'entretien final »
        jeudi 12 novembre à 12h30 – 45 minutes, en direct sur YouTube
        Inscription : https://blog.cadrealpin.example.com/webinaire-salaire

        À lire aussi :
        - Entretien en visio : 5 erreurs de cadrage à éviter
        - Relancer un recruteur après un entretien : quand et comment ?

        Vous recevez cette lettre car vous êtes inscrit(e) sur CadreAlpin.
        Se désabonner : https://blog.cadrealpin.example.com/desabonnement?u=pb
    """)
    hs = [
        ("Received", rcv("from mail197.sea51.mcsv.net (mail197.sea51.mcsv.net [198.51.100.197])", when, PARIS,
                         "Nl4sL2tRb8")),
        ("From", "Le blog CadreAlpin <lettre@cadrealpin-news.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("7 questions pièges en entretien (+ webinaire jeudi)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<84.cadrealpin.20261103@mail197.sea51.mcsv.net>"),
        ("List-Id", "Le blog CadreAlpin <84a1c2.list-id.mcsv.net>"),
        ("List-Unsubscribe", "<https://blog.cadrealpin.example.com/desabonnement?u=pb>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, text(body, cte="base64"))


@mail(n(40), family="scheduling_link", lang="fr", interview=False, company="Rhodanie Outdoor",
      days=(("Thu", "2026-09-17"), ("Mon", "2026-10-05"), ("Fri", "2026-10-09")),
      note="Greenhouse availability request for a second round ('indiquez vos disponibilités' between 5 and 9 "
           "October): nothing booked yet")
def n40() -> bytes:
    when = "2026-09-29 15:33"
    body = t("""
        Bonjour Pauline,

        Merci encore pour votre venue jeudi 17 ! L'équipe souhaite vous revoir pour un deuxième
        entretien avec Héloïse Bret, notre directrice produit.

        Pourriez-vous nous indiquer vos disponibilités entre le lundi 5 et le vendredi 9 octobre ?
        Il vous suffit de cocher les créneaux qui vous conviennent via le lien ci-dessous ; nous vous
        enverrons ensuite une confirmation avec l'horaire retenu.

        Indiquer mes disponibilités :
        https://app.greenhouse.io/availability/rhodanie-outdoor/c1b5e07a

        Merci,
        Camille Roux
        Rhodanie Outdoor
    """)
    hs = [
        ("Received", rcv("from o3.greenhouse-mail.io (o3.greenhouse-mail.io [198.51.100.31])", when, PARIS,
                         "4gQ2Lw7aV5")),
        ("From", "Rhodanie Outdoor <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Camille Roux <camille.roux@rhodanie-outdoor.fr>"),
        ("To", ME_H),
        ("Subject", enc("Vos disponibilités pour un 2e entretien – Rhodanie Outdoor")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<gh.88410267.1790775180@us.greenhouse-mail.io>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="recruiter_outreach", lang="en", interview=False, company="Summit Search Partners",
      note="Headhunter outreach: the role opens in January, 'let's touch base in Q1' - no time fixed")
def n41() -> bytes:
    when = "2026-12-09 16:48"
    body = t("""
        Hi Pauline,

        I hope you're well. I'm retained by a fast-growing Swiss outdoor brand (ski touring and
        mountaineering) that will open a Lead Product Engineer role in Geneva early next year.
        Your work on recycled technical packs came up twice when I asked around - congratulations.

        The brief won't be signed off before the holidays, so no rush at all: let's touch base in Q1.
        If you're open to it, reply with a couple of times that could suit you in the second half of
        January and I'll send an invite.

        Enjoy the first snow,

        Mathias Roten
        Partner | Summit Search Partners
        Geneva - Zurich
    """)
    hs = [
        ("Received", rcv("from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])", when, ZURICH,
                         "Ss7pH3rTn0")),
        ("From", "Mathias Roten <mathias.roten@summitsearch.ch>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Lead Product Engineer - Geneva (Q1 2027)"),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<CAM4r0tEn-q1-touchbase-2026@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="auto_reply", lang="fr", interview=False, company="Nivolet Sports",
      days=(("Mon", "2026-10-19"), ("Wed", "2026-10-21"), ("Thu", "2026-10-22")),
      note="Out-of-office auto-reply from the recruiter to Pauline's message about her interview; no time "
           "confirmed in it")
def n42() -> bytes:
    when = "2026-10-19 08:02"
    body = t("""
        Bonjour,

        Je suis absente du lundi 19 au mercredi 21 octobre inclus, en salon ISPO, avec un accès
        limité à mes e-mails. Je vous répondrai dès mon retour jeudi 22.

        Pour les entretiens prévus cette semaine, vous pouvez contacter Arnaud Perrier.

        Cordialement,
        Lucie Girard
        Chargée de recrutement – Nivolet Sports
    """)
    hs = [
        ("Received", rcv("from mail.nivolet-sports.fr (mail.nivolet-sports.fr [192.0.2.74])", when, PARIS,
                         "Oo1fF9iCe3")),
        ("From", "Lucie Girard <lucie.girard@nivolet-sports.fr>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Réponse automatique : Re: Votre entretien avec Nivolet Sports est planifié")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<autoreply-7a1c@nivolet-sports.fr>"),
        ("In-Reply-To", "<f8e2d1c0-pb-20261019@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(hs, text(body, charset="windows-1252"))


@mail(n(43), family="bounce", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Mailer-daemon bounce of Pauline's own reply confirming 'mardi 6 à 10h15' (sent to a mistyped "
           ".com address): the quoted text confirms a time, but the mail is a delivery failure")
def n43() -> bytes:
    when = "2026-10-02 07:31"
    orig_when = "2026-10-02 07:30"
    explanation = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <julien.pollet@tournette-gear.com>: Host or domain name not found. Name service
            error for name=tournette-gear.com type=A: Host not found
    """)
    dsn = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Tg0Bn7dZ2
        X-Postfix-Sender: rfc822; pauline.besson@example.org
        Arrival-Date: Fri,  2 Oct 2026 07:30:58 +0200 (CEST)

        Final-Recipient: rfc822; julien.pollet@tournette-gear.com
        Original-Recipient: rfc822;julien.pollet@tournette-gear.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=tournette-gear.com type=A: Host not found
    """)
    orig_body = t("""
        Super, merci Julien ! Je confirme mardi 6 à 10h15 à l'atelier de Seynod, je demanderai Manon.
        J'apporterai le proto du sac 28 L.

        Bonne journée,
        Pauline
    """)
    orig = message([
        ("From", "Pauline Besson <pauline.besson@example.org>"),
        ("To", "Julien Pollet <julien.pollet@tournette-gear.com>"),
        ("Subject", enc("Re: Candidature ingénieure produit – Tournette Gear")),
        ("Date", date(orig_when, PARIS)),
        ("Message-ID", "<0c9d8e7f-pb-20261002@example.org>"),
        ("In-Reply-To", "<5C2E1A7B-0F3D-4B8E-9A61-7E2D3C4B5A69@tournette-gear.fr>"),
    ], text(orig_body, cte="8bit"))
    report = multipart("report",
                       text(explanation, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], dsn),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = [
        ("Received", "by mx1.example.org (Postfix)\r\n id 4Tg0Bp1aK9; " + date("2026-10-02 07:31:02", PARIS)),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20261002053102.4Tg0Bp1aK9@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(n(44), family="parent_teacher_meeting", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="School parent-teacher meeting booked for lundi 16 novembre à 17h15: fixed time, not an interview")
def n44() -> bytes:
    when = "2026-11-11 19:20"
    body = t("""
        Bonjour Madame Besson,

        Votre créneau pour la rencontre parents-enseignante est confirmé :

        Élève : Léo BESSON, CE2 (classe de Mme Chappaz)
        Date : lundi 16 novembre 2026
        Heure : 17h15 - 17h30
        Lieu : École élémentaire des Fins, salle 4 (1er étage)

        Nous ferons le point sur le premier trimestre. Si vous ne pouvez pas venir, merci de libérer
        votre créneau sur l'ENT pour qu'une autre famille puisse en profiter.

        Cordialement,
        La direction de l'école

        -- Message envoyé depuis l'ENT Éduc'Horizon. Ne pas répondre à ce message.
    """)
    hs = [
        ("Received", rcv("from notif.educhorizon-ent.fr (notif.educhorizon-ent.fr [192.0.2.222])", when, PARIS,
                         "Ec2hZ6nTd1")),
        ("From", enc("ENT Éduc'Horizon") + " <notifications@educhorizon-ent.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Rencontre parents-enseignante : créneau confirmé (lundi 16/11 17h15)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<notif-rdvparents-44190-20261111@educhorizon-ent.fr>"),
    ]
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(45), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"), ("Fri", "2026-11-20")),
      note="Dentist appointment moved (old jeudi 19 novembre 9h00, new vendredi 20 novembre 8h30) with an ICS "
           "SEQUENCE:1: a 'reschedule' with old and new times, but medical, not an interview")
def n45() -> bytes:
    when = "2026-11-16 12:10"
    body = t("""
        Bonjour Pauline BESSON,

        Votre rendez-vous a été déplacé par le cabinet.

        Ancien rendez-vous : jeudi 19 novembre 2026 à 09:00
        Nouveau rendez-vous : vendredi 20 novembre 2026 à 08:30

        Dr Anne Morel – Chirurgien-dentiste
        Motif : Détartrage et contrôle
        Adresse : 3 avenue de Chevêne, 74000 Annecy

        Ce nouvel horaire ne vous convient pas ? Vous pouvez le modifier ou l'annuler depuis votre
        compte MédiRDV jusqu'à 24 h avant le rendez-vous.

        L'équipe MédiRDV
    """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    cal = ics("-//MediRDV//Agenda patient//FR", "REQUEST", VTZ[PARIS], """
BEGIN:VEVENT
UID:medirdv-apt-77120934@medirdv.fr
DTSTAMP:20261116T111000Z
DTSTART;TZID=Europe/Paris:20261120T083000
DTEND;TZID=Europe/Paris:20261120T090000
SEQUENCE:1
SUMMARY:RDV Dr Anne Morel - Chirurgien-dentiste
LOCATION:3 avenue de Chevêne\\, 74000 Annecy
STATUS:CONFIRMED
END:VEVENT""")
    hs = [
        ("Received", rcv("from mail.medirdv.fr (mail.medirdv.fr [198.51.100.88])", when, PARIS, "Md4rV8dTl5")),
        ("From", enc("MédiRDV") + " <no-reply@medirdv.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Votre rendez-vous du 19/11 a été déplacé")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<apt-77120934-moved@medirdv.fr>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, cte="base64", filename="rdv.ics", disposition="attachment")))


@mail(n(46), family="user_research_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="A gear brand's UX researcher confirms a paid customer interview (Thursday 3 December, 17:00 CET, "
           "Zoom): Pauline is interviewed as a customer, not for a job")
def n46() -> bytes:
    when = "2026-11-27 10:37"
    body = t("""
        Hi Pauline,

        Thanks for signing up to help us improve our packs! Your customer interview is confirmed:

        Thursday 3 December 2026, 17:00-17:45 CET
        Zoom (link below) - camera optional

        We'll chat about how you use your Kestrel 38 on multi-day trips, what you'd change about
        the hip belt, and show you two early prototypes. As a thank-you you'll receive a EUR 50
        gift card after the session.

        Amy Hollis is inviting you to a scheduled Zoom meeting.

        Topic: Kestrel customer interview - P. Besson
        Time: Dec 3, 2026 05:00 PM Paris

        Join Zoom Meeting
        https://kestrelpacks.zoom.us/j/92044718530

        Thanks again,
        Amy Hollis
        UX Researcher, Kestrel Packs
    """)
    hs = [
        ("Received", rcv("from mail.kestrelpacks.com (mail.kestrelpacks.com [192.0.2.164])", when, PARIS,
                         "Ks6tR4lUx7")),
        ("From", "Amy Hollis <amy.hollis@kestrelpacks.com>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", "Your Kestrel customer interview - Thu 3 Dec, 17:00 CET"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20261127093700.kestrel.research.5521@kestrelpacks.com>"),
    ]
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(47), family="work_meeting", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-09-07"),),
      note="Recurring weekly R&D stand-up at the current employer (lundis 9h00, from 7 September), Exchange "
           "meeting request: fixed time, not an interview")
def n47() -> bytes:
    when = "2026-09-04 16:12"
    body = t("""
        Bonjour à tous,

        À partir de lundi 7 septembre, on remet en place le point R&D hebdo : 20 minutes debout dans
        l'atelier, chacun donne l'avancement de ses projets et ses points bloquants.

        Merci d'être à l'heure, on démarre à 9h00 pile.

        Grégory
    """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", ROMANCE_VTZ, """
BEGIN:VEVENT
ORGANIZER;CN=Grégory Balmat:mailto:gregory.balmat@alpitex.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Besson:mailto:pauline.besson@alpitex.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Équipe R&D:mailto:rd@alpitex.fr
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261221T080000Z
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C0DC01000000000000000010000000FF11EE22
SUMMARY;LANGUAGE=fr-FR:Point R&D hebdo
DTSTART;TZID=Romance Standard Time:20260907T090000
DTEND;TZID=Romance Standard Time:20260907T092000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260904T141200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Atelier prototypes
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT""")
    hs = [
        ("Delivered-To", ME),
        ("Received", rcv("from mail.alpitex.fr (mail.alpitex.fr [192.0.2.118])", when, PARIS, "Ap7wK2hBd4")),
        ("From", addr("Grégory Balmat", "gregory.balmat@alpitex.fr")),
        ("To", addr("Équipe R&D", "rd@alpitex.fr")),
        ("Subject", enc("Point R&D hebdo")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<PAXPR02MB7724E1D2C3B4A596@PAXPR02MB7724.eurprd02.prod.outlook.com>"),
        ("Content-Language", "fr-FR"),
    ]
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@mail(n(48), family="meetup", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Meetup RSVP confirmation for a tech meetup (mercredi 14 octobre, 19:00): event, not an interview")
def n48() -> bytes:
    when = "2026-10-08 12:15"
    body = t("""
        Vous participez !

        Outdoor Tech Annecy #14 – Capteurs & textiles connectés
        mercredi 14 octobre 2026, 19:00 – 21:30 CEST
        Le Totem, 4 rue de la Cité, 74000 Annecy

        Au programme : retour d'expérience sur une veste chauffante connectée, un talk sur la
        recyclabilité des capteurs, puis apéro et networking (les entreprises présentes recrutent !).

        62 participants · 8 places restantes

        Voir l'événement : https://www.meetup.com/outdoor-tech-annecy/events/304118772/
        Vous ne pouvez plus venir ? Modifiez votre réponse pour libérer votre place.

        Meetup, 632 Broadway, New York, NY 10012
        Se désabonner de ce type d'e-mail : https://www.meetup.com/account/comm/
    """)
    hs = [
        ("Received", rcv("from mail-out.meetup.com (mail-out.meetup.com [198.51.100.250])", when, PARIS,
                         "Mu3pA1eTx6")),
        ("From", "Meetup <info@meetup.com>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Vous participez : Outdoor Tech Annecy #14 – Capteurs & textiles connectés")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<rsvp.304118772.pb@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ]
    return message(hs, text(body, cte="base64"))


@mail(n(49), family="proposed_not_confirmed", lang="fr-CH", interview=False, company="Arve Protection SA",
      days=(("Thu", "2026-11-05"), ("Fri", "2026-11-06")),
      note="Swiss HR manager proposes two slots (jeudi 5 novembre 8h00 or vendredi 6 novembre 14h00) and asks "
           "which suits: not confirmed (the confirmation is a later mail in the set)")
def n49() -> bytes:
    when = "2026-10-29 16:05"
    body = t("""
        Bonjour Madame Besson,

        Je vous remercie de votre dossier, qui a retenu toute notre attention. Nous aimerions vous
        rencontrer pour un entretien dans nos locaux de Carouge.

        Seriez-vous disponible le jeudi 5 novembre à 8h00 ou le vendredi 6 novembre à 14h00 ?
        Il faut compter environ nonante minutes, visite de l'atelier d'essais comprise.

        Merci de me faire savoir ce qui vous convient le mieux ; je vous enverrai ensuite une
        invitation.

        Avec mes meilleures salutations,

        Nicolas Berset
        Responsable RH
        Arve Protection SA
        Route des Jeunes 59 – 1227 Carouge
    """)
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    hs = [
        ("Received", rcv("from GV0P278MB0123.CHEP278.PROD.OUTLOOK.COM (2603:10a6:710:2a::9)", when, ZURICH,
                         "Ex5qZ0wNr2")),
        ("From", "Nicolas Berset <nicolas.berset@arve-protection.ch>"),
        ("To", "Pauline Besson <pauline.besson@example.org>"),
        ("Subject", enc("Votre candidature – Ingénieure produit EPI")),
        ("Thread-Topic", enc("Votre candidature – Ingénieure produit EPI")),
        ("Date", date(when, ZURICH)),
        ("Message-ID", "<GV0P278MB0123F0E1D2C3B4A5968778695A4B@GV0P278MB0123.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-CH"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(50), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Bank adviser appointment confirmed for mardi 1er décembre à 12h15: fixed time, not an interview")
def n50() -> bytes:
    when = "2026-11-25 09:48"
    page = t("""
        <html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#233">
        <table width="600" style="border-top:4px solid #004b87"><tr><td style="padding:16px">
        <p><b>Crédit Alpin</b> &middot; Confirmation de rendez-vous</p>
        <p>Bonjour Madame Besson,</p>
        <p>Votre rendez-vous avec votre conseillère est confirmé&nbsp;:</p>
        <p><b>mardi 1<sup>er</sup> décembre 2026 à 12h15</b><br>
        Avec&nbsp;: Mme Sandra Lefort, conseillère clientèle<br>
        Agence Annecy-Bonlieu, 2 rue Sommeiller, 74000 Annecy<br>
        Objet&nbsp;: changement d'employeur, épargne salariale et assurance emprunteur</p>
        <p>Pensez à vous munir de vos trois derniers bulletins de salaire.</p>
        <p style="font-size:11px;color:#777">Ce message vous est adressé automatiquement ; merci de ne pas y répondre.
        Crédit Alpin ne vous demandera jamais vos codes d'accès par e-mail.</p>
        </td></tr></table></body></html>
    """)
    hs = [
        ("Received", rcv("from out.credit-alpin.fr (out.credit-alpin.fr [192.0.2.30])", when, PARIS, "Ca8lP1nBk9")),
        ("From", enc("Crédit Alpin") + " <rendezvous@notif.credit-alpin.fr>"),
        ("To", "pauline.besson@example.org"),
        ("Subject", enc("Votre rendez-vous du mardi 1er décembre à 12h15")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<rdv.88120.20261125094800@credit-alpin.fr>"),
    ]
    return message(hs, html(page, charset="iso-8859-15"))
