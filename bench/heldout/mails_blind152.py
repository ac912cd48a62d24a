"""blind152: 50 hand-written mails from the inbox of Louise Lefebvre, a naval-energy project engineer
in Caen (Europe/Paris), September to mid-December 2026.

Written blind (without reading the detector, its tests, or the other held-out mails). One function per
mail; ``make.py`` does the MIME plumbing and the checks. File numbers are a fixed shuffle of the writing
order: the mail written ``key``-th is ``blind152_{ORDER[key-1]:03d}.eml``; keys 1-23 are the positives.
"""

from __future__ import annotations

import random

import make
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
    message,
    mixed,
    received,
    t,
    text,
    utc,
)

SET = "blind152"
ORDER = random.Random(1520152).sample(range(1, 51), 50)
ME = "louise.lefebvre@example.org"
ME_H = addr("Louise Lefebvre", ME)
PAR = "Europe/Paris"
MX = "mx1.example.org (Postfix)"

VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_OSLO = VTZ["Europe/Stockholm"].replace("Europe/Stockholm", "Europe/Oslo")


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, to: str = ME_H,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Received + the usual header block; ``when`` is the sender's local time in ``zone``."""
    return [
        ("Received", received(f"from {relay}", when, zone, MX, ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def page(body: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">\n'
            f"{body}\n</body></html>\n")


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-10 14:30", PAR), end=utc("2026-09-10 15:15", PAR),
           contact="camille.roussel@hydrelis.fr", company="Hydrelis",
           local="Thu 2026-09-10 14:30", local_end="2026-09-10 15:15", zone=PAR,
           note="Greenhouse confirmation in French, 'Jeudi 10 septembre 2026, 14:30 - 15:15 (heure de Paris, "
                "CEST)' = UTC+2 -> 12:30-13:15Z; the ICS has the same instants in UTC. Contact = Reply-To recruiter.")
def m01() -> bytes:
    body = t("""
        Bonjour Louise,

        Merci pour l'intérêt que vous portez à Hydrelis. Votre entretien pour le poste
        d'Ingénieure Projet Énergies Marines (H/F) est confirmé :

        Entretien avec le responsable technique
        Jeudi 10 septembre 2026
        14:30 - 15:15 (heure de Paris, CEST)
        Visioconférence Google Meet : https://meet.google.com/kqe-vhbz-wtr

        Participants :
          - Étienne Marchal, Responsable technique
          - Camille Roussel, Talent Acquisition

        Pour modifier ce créneau, répondez simplement à cet e-mail.

        À jeudi,
        Camille Roussel
        Talent Acquisition · Hydrelis
        """)
    h = page(t("""
        <p>Bonjour Louise,</p>
        <p>Merci pour l'intérêt que vous portez à Hydrelis. Votre entretien pour le poste
        d'<b>Ingénieure Projet Énergies Marines (H/F)</b> est confirmé :</p>
        <table cellpadding="4" style="border:1px solid #d9e2ec;border-collapse:collapse">
        <tr><td><b>Entretien avec le responsable technique</b></td></tr>
        <tr><td>Jeudi 10 septembre 2026<br>14:30 - 15:15 (heure de Paris, CEST)</td></tr>
        <tr><td>Visioconférence Google Meet : <a href="https://meet.google.com/kqe-vhbz-wtr">meet.google.com/kqe-vhbz-wtr</a></td></tr>
        </table>
        <p>Participants :<br>Étienne Marchal, Responsable technique<br>Camille Roussel, Talent Acquisition</p>
        <p>Pour modifier ce créneau, répondez simplement à cet e-mail.</p>
        <p>À jeudi,<br>Camille Roussel<br>Talent Acquisition · Hydrelis</p>
        <img src="https://eu.greenhouse-mail.io/o/eJxNj0EOgjAQRe_.gif" width="1" height="1" alt="">
        """))
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Greenhouse//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-int-7731904-4412093@greenhouse.io
        DTSTAMP:20260908T081200Z
        DTSTART:20260910T123000Z
        DTEND:20260910T131500Z
        SUMMARY:Entretien - Louise Lefebvre / Hydrelis (Ingénieure Projet Énergies Marines)
        LOCATION:https://meet.google.com/kqe-vhbz-wtr
        ORGANIZER;CN=Camille Roussel:mailto:camille.roussel@hydrelis.fr
        ATTENDEE;CN=Louise Lefebvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:louise.lefebvre@example.org
        ATTENDEE;CN=Étienne Marchal;ROLE=REQ-PARTICIPANT:mailto:etienne.marchal@hydrelis.fr
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Camille Roussel", "no-reply@eu.greenhouse-mail.io"),
        "Confirmation de votre entretien – Hydrelis", "2026-09-08 10:12", PAR,
        "<gh.20260908081204.7731904.a1f3@eu.greenhouse-mail.io>", relay="o3.eu.greenhouse-mail.io",
        extra=(("Reply-To", addr("Camille Roussel", "camille.roussel@hydrelis.fr")),
               ("X-Mailer", "Greenhouse"))),
        mixed(alt(text(body), html(h)), calendar(ics, cte="base64", filename="invite.ics",
                                                 disposition="attachment")))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-17 14:00", "Europe/London"), end=utc("2026-09-17 15:00", "Europe/London"),
           contact="oliver.pennock@tidewright-marine.co.uk", company="Tidewright Marine",
           local="Thu 2026-09-17 14:00", local_end="2026-09-17 15:00", zone="Europe/London",
           note="Lever confirmation, '2:00 PM - 3:00 PM BST (UTC+01:00)' on Thu 17 Sep -> 13:00-14:00Z "
                "(3 pm in Caen). No ICS. Contact = Reply-To recruiter, not the Lever no-reply sender.")
def m02() -> bytes:
    body = t("""
        Hi Louise,

        You're all set! Here are the details for your upcoming interview with
        Tidewright Marine for the Project Engineer - Tidal Energy role.

        When:  Thursday, September 17, 2026
        Time:  2:00 PM - 3:00 PM BST (UTC+01:00)
        Where: Microsoft Teams (the link will follow in a calendar invitation)
        With:  Oliver Pennock (Engineering Lead), Rhiannon Dale (Senior Recruiter)

        Need to make a change? Just reply to this email and it will reach Oliver.

        Best of luck,
        The Tidewright Marine Talent Team

        --
        Sent via Lever
        """)
    h = page(t("""
        <div style="max-width:560px;margin:0 auto">
        <p>Hi Louise,</p>
        <p>You're all set! Here are the details for your upcoming interview with Tidewright Marine for the
        <strong>Project Engineer - Tidal Energy</strong> role.</p>
        <p><strong>When:</strong> Thursday, September 17, 2026<br>
        <strong>Time:</strong> 2:00 PM - 3:00 PM BST (UTC+01:00)<br>
        <strong>Where:</strong> Microsoft Teams (the link will follow in a calendar invitation)<br>
        <strong>With:</strong> Oliver Pennock (Engineering Lead), Rhiannon Dale (Senior Recruiter)</p>
        <p>Need to make a change? Just reply to this email and it will reach Oliver.</p>
        <p>Best of luck,<br>The Tidewright Marine Talent Team</p>
        <p style="color:#8a94a6;font-size:11px">Sent via Lever</p>
        </div>
        """), "en")
    return message(head(
        addr("Tidewright Marine", "no-reply@hire.lever.co"),
        "Your interview with Tidewright Marine is confirmed", "2026-09-14 16:40", "Europe/London",
        "<0102019a3e77c1d2-6b1f2e1c-3d55-4c0e-9a0b-7c3f1a2b9e44-000000@email.lever.co>",
        relay="a27-18.smtp-out.eu-west-1.amazonses.com",
        extra=(("Reply-To", addr("Oliver Pennock", "oliver.pennock@tidewright-marine.co.uk")),)),
        alt(text(body, cte="quoted-printable"), html(h)))


@make.mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-22 11:00", PAR), end=utc("2026-09-22 11:45", PAR),
           contact="mael@kelpwise.io", company="Kelpwise",
           local="Tue 2026-09-22 11:00", local_end="2026-09-22 11:45", zone=PAR,
           note="Ashby confirmation (base64 bodies), 'Tuesday, September 22, 2026 11:00 AM - 11:45 AM Central "
                "European Summer Time' = UTC+2 -> 09:00-09:45Z; ICS TZID=Europe/Paris agrees. Date header is "
                "+0000. Contact = Reply-To recruiter.")
def m03() -> bytes:
    body = t("""
        Hi Louise,

        Your interview is confirmed. We're looking forward to speaking with you!

        Kelpwise - Senior Energy Systems Engineer
        Tuesday, September 22, 2026
        11:00 AM - 11:45 AM Central European Summer Time
        Google Meet: https://meet.google.com/pzt-ruoq-xna

        You'll meet with:
          Yannick Le Bihan - CTO

        Questions? Just reply and it will reach Maël Guivarc'h.

        Thanks,
        Kelpwise Recruiting
        """)
    h = page(t("""
        <p>Hi Louise,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Kelpwise - Senior Energy Systems Engineer</b><br>
        Tuesday, September 22, 2026<br>11:00 AM - 11:45 AM Central European Summer Time<br>
        Google Meet: <a href="https://meet.google.com/pzt-ruoq-xna">https://meet.google.com/pzt-ruoq-xna</a></p>
        <p>You'll meet with:<br>Yannick Le Bihan - CTO</p>
        <p>Questions? Just reply and it will reach Maël Guivarc'h.</p>
        <p>Thanks,<br>Kelpwise Recruiting</p>
        """), "en")
    ics = VTZ["Europe/Paris"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ics + t("""
        BEGIN:VEVENT
        UID:2b7c9e41-5d0a-4f6e-8c13-a9e0f4d21b77
        DTSTAMP:20260918T090514Z
        DTSTART;TZID=Europe/Paris:20260922T110000
        DTEND;TZID=Europe/Paris:20260922T114500
        SEQUENCE:0
        SUMMARY:Kelpwise - Senior Energy Systems Engineer Interview
        LOCATION:https://meet.google.com/pzt-ruoq-xna
        ORGANIZER;CN=Maël Guivarc'h:mailto:mael@kelpwise.io
        ATTENDEE;CN=Louise Lefebvre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:louise.lefebvre@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Kelpwise", "no-reply@ashbyhq.com"),
        "Interview confirmed: Senior Energy Systems Engineer at Kelpwise", "2026-09-18 09:05", "UTC",
        "<010201a0b4c3d2e1-8f7e6d5c-4b3a-4921-8f0e-1d2c3b4a5968-000000@email.amazonses.com>",
        relay="mail.ashbyhq.com",
        extra=(("Reply-To", addr("Maël Guivarc'h", "mael@kelpwise.io")),)),
        mixed(alt(text(body, cte="base64"), html(h, cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(4), family="workday", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-28 09:30", PAR), end=None,
           contact="margaux.leroy@navalis-groupe.fr", company="Groupe Navalis",
           local="Mon 2026-09-28 09:30", zone=PAR,
           note="Workday HTML-only (base64) on-site invitation, 'lundi 28 septembre 2026 à 9 h 30 (heure de "
                "Paris)' = CEST -> 07:30Z; 'environ 2 heures' is approximate so end null. Sender is the "
                "Workday tenant address; contact = recruiter address in the body. Thread: same requisition "
                "as the Navalis application receipt.")
def m04() -> bytes:
    h = page(t("""
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#003b5c;padding:16px">
        <span style="color:#fff;font-size:18px">Groupe Navalis</span></td></tr></table>
        <p>Bonjour Louise Lefebvre,</p>
        <p>Suite à l'étude de votre candidature au poste <b>Ingénieur(e) Projet Propulsion Hybride (R-0042187)</b>,
        nous avons le plaisir de vous convier à un entretien sur site.</p>
        <p><b>Date :</b> lundi 28 septembre 2026<br>
        <b>Heure :</b> 9 h 30 (heure de Paris)<br>
        <b>Lieu :</b> Site de Cherbourg-en-Cotentin, 14 quai de la Saline, bâtiment administratif, accueil visiteurs<br>
        <b>Durée :</b> environ 2 heures (entretien avec le manager, puis visite de l'atelier)</p>
        <p>L'accès au site est contrôlé : merci de vous munir d'une pièce d'identité en cours de validité et
        de prévoir des chaussures fermées pour la visite.</p>
        <p>Pour toute question, votre contact est Margaux Leroy, Chargée de recrutement :
        <a href="mailto:margaux.leroy@navalis-groupe.fr">margaux.leroy@navalis-groupe.fr</a> - 02 33 10 47 82.</p>
        <p>Vous pouvez également consulter le statut de votre candidature dans votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/navalis/Carrieres">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement<br>Groupe Navalis</p>
        <p style="font-size:11px;color:#777">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        """))
    return message(head(
        addr("Groupe Navalis", "navalis@myworkday.com"),
        "Groupe Navalis - Invitation à un entretien - Ingénieur(e) Projet Propulsion Hybride",
        "2026-09-21 17:30", PAR, "<1718553219.88412.1790005800433@wd3-prod-notif-11.myworkday.com>",
        relay="wd3-smtp-out.myworkday.com"),
        html(h, cte="base64"))


@make.mail(N(5), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-06 10:15", PAR), end=utc("2026-10-06 11:00", PAR),
           contact="julien.hebert@portea-logistique.fr", company="Portéa Logistique",
           local="Tue 2026-10-06 10:15", local_end="2026-10-06 11:00", zone=PAR,
           note="SmartRecruiters confirmation (windows-1252, quoted-printable), 'mar. 6 oct. 2026, 10:15 - "
                "11:00 (UTC+02:00) Paris' -> 08:15-09:00Z. Contact = Reply-To hiring manager.")
def m05() -> bytes:
    body = t("""
        Bonjour Louise,

        Votre entretien avec Portéa Logistique est confirmé.

        Poste : Chef de projet Électrification des quais (H/F) - Le Havre
        Date : mar. 6 oct. 2026
        Heure : 10:15 - 11:00 (UTC+02:00) Paris
        Lieu : Terminal de l'Europe, bâtiment B, 2e étage - Le Havre
        Interlocuteur : Julien Hébert, Responsable Infrastructures

        Ajouter à mon agenda : https://jobs.smartrecruiters.com/interview/calendar/9f3e1c0b

        Un empêchement ? Répondez à ce message, il sera transmis à Julien Hébert.

        Cordialement,
        Portéa Logistique
        Propulsé par SmartRecruiters
        """)
    h = page(t("""
        <p>Bonjour Louise,</p>
        <p>Votre entretien avec <b>Portéa Logistique</b> est confirmé.</p>
        <table cellpadding="3">
        <tr><td style="color:#666">Poste</td><td>Chef de projet Électrification des quais (H/F) - Le Havre</td></tr>
        <tr><td style="color:#666">Date</td><td>mar. 6 oct. 2026</td></tr>
        <tr><td style="color:#666">Heure</td><td>10:15 - 11:00 (UTC+02:00) Paris</td></tr>
        <tr><td style="color:#666">Lieu</td><td>Terminal de l'Europe, bâtiment B, 2e étage - Le Havre</td></tr>
        <tr><td style="color:#666">Interlocuteur</td><td>Julien Hébert, Responsable Infrastructures</td></tr>
        </table>
        <p><a href="https://jobs.smartrecruiters.com/interview/calendar/9f3e1c0b">Ajouter à mon agenda</a></p>
        <p>Un empêchement ? Répondez à ce message, il sera transmis à Julien Hébert.</p>
        <p>Cordialement,<br>Portéa Logistique</p>
        <p style="font-size:11px;color:#999">Propulsé par SmartRecruiters</p>
        """))
    return message(head(
        addr("Portéa Logistique", "no-reply@smartrecruiters.com"),
        "Confirmation de votre entretien - Chef de projet Électrification des quais",
        "2026-10-01 11:20", PAR, "<20261001092003.51c0e2a7d9@smtp.smartrecruiters.com>",
        relay="smtp2.smartrecruiters.com", charset="windows-1252",
        extra=(("Reply-To", addr("Julien Hébert", "julien.hebert@portea-logistique.fr", "windows-1252")),)),
        alt(text(body, charset="windows-1252"), html(h, charset="windows-1252")))


@make.mail(N(6), family="personio", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-10-12 11:00", PAR), end=utc("2026-10-12 11:45", PAR),
           contact="hugo.marchand@seinergie.fr", company="Seinergie",
           local="Mon 2026-10-12 11:00", local_end="2026-10-12 11:45", zone=PAR,
           note="Personio reschedule: old slot 'jeudi 8 octobre à 16h00', new 'lundi 12 octobre 2026, 11h00 - "
                "11h45 (heure de Paris)' = CEST -> 09:00-09:45Z; ICS SEQUENCE:1 agrees. Label = new time. "
                "Contact = Reply-To hiring manager.")
def m06() -> bytes:
    body = t("""
        Bonjour Louise,

        Hugo Marchand a modifié votre entretien pour le poste « Ingénieur·e Stockage
        d'énergie » chez Seinergie.

        Ancien créneau : jeudi 8 octobre 2026 à 16h00
        Nouveau créneau : lundi 12 octobre 2026, 11h00 - 11h45 (heure de Paris)

        Lieu : Seinergie, 27 quai du Havre, 76000 Rouen (sonner à l'interphone « Seinergie - 3e »)

        Le fichier joint met à jour l'événement dans votre agenda. Pour toute question,
        répondez à cet e-mail.

        Bonne journée,
        L'équipe Seinergie

        Cet e-mail a été envoyé via Personio.
        """)
    h = page(t("""
        <p>Bonjour Louise,</p>
        <p>Hugo Marchand a modifié votre entretien pour le poste « Ingénieur·e Stockage d'énergie » chez Seinergie.</p>
        <p><span style="text-decoration:line-through;color:#999">Ancien créneau : jeudi 8 octobre 2026 à 16h00</span><br>
        <b>Nouveau créneau : lundi 12 octobre 2026, 11h00 - 11h45 (heure de Paris)</b></p>
        <p>Lieu : Seinergie, 27 quai du Havre, 76000 Rouen (sonner à l'interphone « Seinergie - 3e »)</p>
        <p>Le fichier joint met à jour l'événement dans votre agenda. Pour toute question, répondez à cet e-mail.</p>
        <p>Bonne journée,<br>L'équipe Seinergie</p>
        <p style="font-size:11px;color:#9aa5b1">Cet e-mail a été envoyé via Personio.</p>
        """))
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-5519023@personio.de
        DTSTAMP:20261007T074012Z
        SEQUENCE:1
        DTSTART;TZID=Europe/Paris:20261012T110000
        DTEND;TZID=Europe/Paris:20261012T114500
        SUMMARY:Entretien Seinergie - Louise Lefebvre
        LOCATION:Seinergie, 27 quai du Havre, 76000 Rouen
        ORGANIZER;CN=Hugo Marchand:mailto:hugo.marchand@seinergie.fr
        ATTENDEE;CN=Louise Lefebvre;RSVP=TRUE:mailto:louise.lefebvre@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Seinergie", "no-reply@mail.personio.de"),
        "Modification de votre entretien chez Seinergie", "2026-10-07 09:40", PAR,
        "<0100019b1c2d3e4f-aa01bb02-cc03-dd04-ee05-ff0611223344-000000@eu-central-1.amazonses.com>",
        relay="b224-12.smtp-out.eu-central-1.amazonses.com",
        extra=(("Reply-To", addr("Hugo Marchand", "hugo.marchand@seinergie.fr")),)),
        mixed(alt(text(body), html(h)),
              calendar(ics, cte="quoted-printable", filename="entretien.ics", disposition="attachment")))


@make.mail(N(7), family="teamtailor", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-10-16 10:30", PAR), end=utc("2026-10-16 11:30", PAR),
           contact="anaelle.tanguy@brisant-energies.fr", company="Brisant Énergies",
           local="Fri 2026-10-16 10:30", local_end="2026-10-16 11:30", zone=PAR,
           note="Teamtailor reschedule: old 'jeudi 15 octobre à 14:00', new 'vendredi 16 octobre 2026, 10:30 - "
                "11:30 (Europe/Paris)' = CEST -> 08:30-09:30Z, ICS agrees. Reply-To is a Teamtailor relay "
                "(reply+...@), so contact = the recruiter's address in the signature.")
def m07() -> bytes:
    body = t("""
        Bonjour Louise,

        Suite à un imprévu côté équipe, nous avons dû décaler votre entretien pour le poste
        Ingénieure Raccordement Éolien en Mer.

        Ancien créneau : jeudi 15 octobre 2026 à 14:00
        Nouveau créneau : vendredi 16 octobre 2026, 10:30 - 11:30 (Europe/Paris)
        Lieu : Microsoft Teams (lien dans l'invitation jointe)

        Toutes nos excuses pour ce changement, et à vendredi !

        Anaëlle Tanguy
        Talent Acquisition - Brisant Énergies, Rennes
        anaelle.tanguy@brisant-energies.fr
        """)
    h = page(t("""
        <div style="max-width:600px;margin:auto;border-top:4px solid #0a6e7f;padding:18px">
        <p>Bonjour Louise,</p>
        <p>Suite à un imprévu côté équipe, nous avons dû décaler votre entretien pour le poste
        <b>Ingénieure Raccordement Éolien en Mer</b>.</p>
        <p><s>Ancien créneau : jeudi 15 octobre 2026 à 14:00</s><br>
        <b>Nouveau créneau : vendredi 16 octobre 2026, 10:30 - 11:30 (Europe/Paris)</b><br>
        Lieu : Microsoft Teams (lien dans l'invitation jointe)</p>
        <p>Toutes nos excuses pour ce changement, et à vendredi !</p>
        <p>Anaëlle Tanguy<br>Talent Acquisition - Brisant Énergies, Rennes<br>
        <a href="mailto:anaelle.tanguy@brisant-energies.fr">anaelle.tanguy@brisant-energies.fr</a></p>
        <p style="font-size:11px;color:#888">Envoyé avec Teamtailor</p>
        </div>
        """))
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-81f0a2c4-3b1e@teamtailor.com
        DTSTAMP:20261013T150512Z
        SEQUENCE:2
        DTSTART;TZID=Europe/Paris:20261016T103000
        DTEND;TZID=Europe/Paris:20261016T113000
        SUMMARY:Entretien : Louise Lefebvre x Brisant Énergies
        DESCRIPTION:Rejoindre la réunion Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc4YjE
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Anaëlle Tanguy:mailto:anaelle.tanguy@brisant-energies.fr
        ATTENDEE;CN=Louise Lefebvre;RSVP=TRUE:mailto:louise.lefebvre@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Brisant Énergies", "no-reply@teamtailor-mail.com"),
        "Votre entretien a été déplacé - Brisant Énergies", "2026-10-13 17:05", PAR,
        "<tt-2f9c41e7b0d84a6e@teamtailor-mail.com>", relay="mail-eu.teamtailor-mail.com",
        extra=(("Reply-To", "reply+a7c31f09e2d44b18@reply.teamtailor-mail.com"),)),
        mixed(alt(text(body), html(h)), calendar(ics, filename="invite.ics", disposition="attachment",
                                                 cte="8bit")))


@make.mail(N(8), family="workable", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-22 08:00", "Pacific/Auckland"), end=utc("2026-10-22 08:45", "Pacific/Auckland"),
           contact="tamsin.reid@fathomgrid.co.nz", company="Fathom Grid",
           local="Thu 2026-10-22 08:00", local_end="2026-10-22 08:45", zone="Pacific/Auckland",
           note="Workable, recruiter in Wellington: 'Thursday 22 October at 8:00 AM NZDT' (UTC+13, NZ daylight "
                "time since 27 Sep) -> Wed 21 Oct 19:00Z, the previous day in UTC; the body also gives 'Wednesday "
                "21 October, 9:00 PM' Caen time (CEST, UTC+2) = 19:00Z. 45 minutes stated -> end 19:45Z. "
                "Reply-To is a Workable relay, so contact = address in the body.")
def m08() -> bytes:
    body = t("""
        Hi Louise,

        Thanks for making time across the hemispheres!

        Confirming your video interview with Aroha Ngata (Head of Engineering) on
        Thursday 22 October at 8:00 AM NZDT - that's Wednesday 21 October, 9:00 PM
        for you in Caen. We've blocked 45 minutes.

        Join here: https://fathomgrid.zoom.us/j/84120937715

        If anything changes, email me directly at tamsin.reid@fathomgrid.co.nz rather
        than replying here, Workable's inbox is a bit slow on our side.

        Ngā mihi,
        Tamsin Reid
        People & Talent, Fathom Grid
        Wellington, New Zealand
        """)
    h = page(t("""
        <p>Hi Louise,</p>
        <p>Thanks for making time across the hemispheres!</p>
        <p>Confirming your video interview with Aroha Ngata (Head of Engineering) on
        <b>Thursday 22 October at 8:00 AM NZDT</b> - that's Wednesday 21 October, 9:00 PM for you in Caen.
        We've blocked 45 minutes.</p>
        <p>Join here: <a href="https://fathomgrid.zoom.us/j/84120937715">https://fathomgrid.zoom.us/j/84120937715</a></p>
        <p>If anything changes, email me directly at
        <a href="mailto:tamsin.reid@fathomgrid.co.nz">tamsin.reid@fathomgrid.co.nz</a> rather than replying here,
        Workable's inbox is a bit slow on our side.</p>
        <p>Ngā mihi,<br>Tamsin Reid<br>People &amp; Talent, Fathom Grid<br>Wellington, New Zealand</p>
        <p style="font-size:11px;color:#aaa">Sent with Workable</p>
        """), "en")
    return message(head(
        addr("Tamsin Reid - Fathom Grid", "noreply@candidates.workablemail.com"),
        "Interview confirmed: Marine Energy Project Engineer (Remote)", "2026-10-19 14:10",
        "Pacific/Auckland", "<5f0e3a2b9c7d4e18a6b1@candidates.workablemail.com>",
        relay="o1.candidates.workablemail.com",
        extra=(("Reply-To", "fathom-grid+c9d2e7a14b@candidates.workablemail.com"),)),
        alt(text(body), html(h)))


@make.mail(N(9), family="icims", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-04 10:00", "America/New_York"), end=utc("2026-11-04 11:00", "America/New_York"),
           contact="dana.whitcomb@brightlineoffshore.com", company="Brightline Offshore",
           local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone="America/New_York",
           note="iCIMS, Boston: sent Wed 28 Oct in EDT (-0400), interview 'Wednesday, November 4, 2026 at 10:00 "
                "AM Eastern Time' after the US return to EST on 1 Nov -> UTC-5 -> 15:00Z; the body's '4:00 PM "
                "Paris time' (CET since 25 Oct) agrees, ICS too. 60 minutes stated -> end 16:00Z. "
                "Contact = Reply-To recruiter.")
def m09() -> bytes:
    body = t("""
        Dear Louise,

        Thank you for your interest in the Offshore Wind Electrical Package Manager
        (Req #2026-4471) position with Brightline Offshore.

        This message confirms your interview:

          Date:      Wednesday, November 4, 2026
          Time:      10:00 AM Eastern Time (4:00 PM Paris time)
          Length:    60 minutes
          Format:    Video (Microsoft Teams - link in the attached invitation)
          Panel:     Dana Whitcomb (Talent Acquisition), Greg Oyelaran (Director, Grid Connections)

        Please note that the US switches back to standard time on November 1, so the
        gap with France will be six hours again that week.

        If you need to reschedule, please contact Dana Whitcomb at
        dana.whitcomb@brightlineoffshore.com.

        Sincerely,
        Brightline Offshore Talent Acquisition

        This email was sent from an unmonitored mailbox.
        """)
    h = page(t("""
        <p>Dear Louise,</p>
        <p>Thank you for your interest in the <b>Offshore Wind Electrical Package Manager (Req #2026-4471)</b>
        position with Brightline Offshore.</p>
        <p>This message confirms your interview:</p>
        <table cellpadding="2">
        <tr><td>Date:</td><td>Wednesday, November 4, 2026</td></tr>
        <tr><td>Time:</td><td>10:00 AM Eastern Time (4:00 PM Paris time)</td></tr>
        <tr><td>Length:</td><td>60 minutes</td></tr>
        <tr><td>Format:</td><td>Video (Microsoft Teams - link in the attached invitation)</td></tr>
        <tr><td>Panel:</td><td>Dana Whitcomb (Talent Acquisition), Greg Oyelaran (Director, Grid Connections)</td></tr>
        </table>
        <p>Please note that the US switches back to standard time on November 1, so the gap with France will be
        six hours again that week.</p>
        <p>If you need to reschedule, please contact Dana Whitcomb at
        <a href="mailto:dana.whitcomb@brightlineoffshore.com">dana.whitcomb@brightlineoffshore.com</a>.</p>
        <p>Sincerely,<br>Brightline Offshore Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This email was sent from an unmonitored mailbox.</p>
        """), "en")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Talent Platform//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-iv-20261104-99187@icims.com
        DTSTAMP:20261028T140200Z
        DTSTART;TZID=America/New_York:20261104T100000
        DTEND;TZID=America/New_York:20261104T110000
        SUMMARY:Interview: Louise Lefebvre - Offshore Wind Electrical Package Manager
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@brightlineoffshore.com
        ATTENDEE;CN=Louise Lefebvre;RSVP=TRUE:mailto:louise.lefebvre@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Brightline Offshore", "brightlineoffshore@talent.icims.com"),
        "Interview Confirmation - Offshore Wind Electrical Package Manager", "2026-10-28 10:02",
        "America/New_York", "<1403588211.5521.1793196120771@talent.icims.com>", relay="mta12.icims.com",
        extra=(("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@brightlineoffshore.com")),)),
        mixed(alt(text(body, cte="7bit"), html(h)),
              calendar(ics, filename="Interview.ics", disposition="attachment", cte="base64")))


@make.mail(N(10), family="taleo", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-11-05 15:00", PAR), end=None, contact=None, company="Thalassa Énergie",
           local="Thu 2026-11-05 15:00", zone=PAR,
           note="Taleo cancellation (iso-8859-15): the interview of 'jeudi 5 novembre 2026 à 15h00' (CET since 25 "
                "Oct, UTC+1 -> 14:00Z) is cancelled, no new time ('nous reviendrons vers vous'). Only a Taleo "
                "no-reply sender and a recruiter's name without address -> contact null.")
def m10() -> bytes:
    body = t("""
        Madame,

        Nous sommes au regret de vous informer que l'entretien prévu le jeudi 5 novembre 2026
        à 15h00 dans nos locaux de La Défense, pour le poste de Responsable de lot
        Sous-stations en mer (réf. 26-0917), est annulé.

        Le processus de recrutement pour ce poste est temporairement suspendu. Nous
        reviendrons vers vous dès que nous aurons davantage de visibilité.

        Nous vous prions de nous excuser pour ce contretemps.

        Sophie Garnier
        Chargée de recrutement
        Thalassa Énergie - Direction des Ressources Humaines

        Merci de ne pas répondre directement à ce courriel.
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body><font face="Verdana" size="2">
        Madame,<br><br>
        Nous sommes au regret de vous informer que l'entretien prévu le <b>jeudi 5 novembre 2026 à 15h00</b>
        dans nos locaux de La Défense, pour le poste de Responsable de lot Sous-stations en mer (réf. 26-0917),
        est annulé.<br><br>
        Le processus de recrutement pour ce poste est temporairement suspendu. Nous reviendrons vers vous dès
        que nous aurons davantage de visibilité.<br><br>
        Nous vous prions de nous excuser pour ce contretemps.<br><br>
        Sophie Garnier<br>Chargée de recrutement<br>Thalassa Énergie - Direction des Ressources Humaines<br><br>
        <i>Merci de ne pas répondre directement à ce courriel.</i>
        </font></body></html>
        """)
    return message(head(
        addr("Thalassa Énergie", "thalassa@taleo.net", "iso-8859-15"),
        "Annulation de votre entretien - Réf. 26-0917", "2026-11-02 16:20", PAR,
        "<1606293.1130.1793632800211.JavaMail.taleo@ptl4pm3.taleo.net>", relay="ptl4pm3.taleo.net",
        charset="iso-8859-15"),
        alt(text(body, charset="iso-8859-15"), html(h, charset="iso-8859-15")))


@make.mail(N(11), family="recruitee", lang="fr-BE", interview=True, kind="scheduled",
           start=utc("2026-10-14 10:00", "Europe/Brussels"), end=utc("2026-10-14 11:00", "Europe/Brussels"),
           contact="nathalie.vandenbossche@ostreablue.be", company="Ostrea Blue",
           local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:00", zone="Europe/Brussels",
           note="Recruitee, Belgian recruiter: 'mercredi 14 octobre à 10h00 (heure de Bruxelles)', 'durée : une "
                "heure' -> CEST 08:00-09:00Z. Closes the thread opened by her proposal of two slots (the Ostrea "
                "Blue negative). Reply-To is a Recruitee inbound relay; contact = address in the signature.")
def m11() -> bytes:
    body = t("""
        Bonjour Madame Lefebvre,

        Comme convenu ce matin par téléphone, je vous confirme votre entretien pour le poste
        d'Ingénieure de projet - Aquaculture offshore & énergie :

        Mercredi 14 octobre à 10h00 (heure de Bruxelles, donc la même qu'à Caen)
        Durée : une heure
        En visio, via le lien Google Meet : https://meet.google.com/oyb-kfxh-dwe

        Vous rencontrerez Pieter Claes, notre directeur technique, et moi-même. Il se peut
        que Pieter passe au néerlandais par réflexe, n'hésitez pas à le recadrer :-)

        Je vous souhaite une bonne fin de journée,

        Nathalie Vandenbossche
        Talent & Culture - Ostrea Blue
        Avenue du Port 86C, 1000 Bruxelles
        nathalie.vandenbossche@ostreablue.be - GSM +32 476 58 21 09
        """)
    h = page(t("""
        <p>Bonjour Madame Lefebvre,</p>
        <p>Comme convenu ce matin par téléphone, je vous confirme votre entretien pour le poste
        d'Ingénieure de projet - Aquaculture offshore &amp; énergie :</p>
        <p><b>Mercredi 14 octobre à 10h00</b> (heure de Bruxelles, donc la même qu'à Caen)<br>
        Durée : une heure<br>
        En visio, via le lien Google Meet : <a href="https://meet.google.com/oyb-kfxh-dwe">https://meet.google.com/oyb-kfxh-dwe</a></p>
        <p>Vous rencontrerez Pieter Claes, notre directeur technique, et moi-même. Il se peut que Pieter passe au
        néerlandais par réflexe, n'hésitez pas à le recadrer :-)</p>
        <p>Je vous souhaite une bonne fin de journée,</p>
        <p>Nathalie Vandenbossche<br>Talent &amp; Culture - Ostrea Blue<br>Avenue du Port 86C, 1000 Bruxelles<br>
        <a href="mailto:nathalie.vandenbossche@ostreablue.be">nathalie.vandenbossche@ostreablue.be</a> - GSM +32 476 58 21 09</p>
        <p style="color:#aaa;font-size:11px">Envoyé via Recruitee</p>
        """))
    return message(head(
        addr("Nathalie Vandenbossche (Ostrea Blue)", "no-reply@recruitee.com"),
        "Confirmation entretien - Ingénieure de projet Aquaculture offshore & énergie",
        "2026-10-07 14:22", "Europe/Brussels", "<c3d6e1f2a4b5@mailer.recruitee.com>",
        relay="mailer.recruitee.com",
        extra=(("Reply-To", "ostrea-blue.c-88124@inbound.recruitee.com"),
               ("In-Reply-To", "<CAFx8kq2Lm0Wd@mail.gmail.com>"))),
        alt(text(body, cte="8bit"), html(h, cte="8bit")))


@make.mail(N(12), family="join", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-19 14:00", PAR), end=None,
           contact="pierre.coquelle@atelier-coquelle.fr", company="Atelier Coquelle",
           local="Mon 2026-10-19 14:00", zone=PAR, days=(("Fri", "2026-10-16"),),
           note="JOIN message relay: sent Fri 16 Oct 18:05, 'lundi à 14h' resolves to Mon 19 Oct 14:00 CEST -> "
                "12:00Z. No duration. Sender is JOIN's no-reply; contact = the manager's address in his "
                "signature.")
def m12() -> bytes:
    body = t("""
        Atelier Coquelle vous a envoyé un message concernant votre candidature
        « Ingénieur(e) d'études - Structures navales » :

        ------------------------------------------------------------
        Bonjour Louise,

        Merci pour votre retour rapide. C'est bon pour nous : on vous attend lundi à 14h
        dans nos locaux, 8 rue Alfred Kastler à Hérouville-Saint-Clair (parking visiteurs
        devant le bâtiment, sonnez à « Atelier Coquelle »).

        On sera deux : moi et Sandrine, qui gère le bureau d'études. Comptez le temps qu'il
        faut, on vous fera faire le tour de l'atelier.

        Bon week-end,
        Pierre Coquelle
        Gérant - Atelier Coquelle
        pierre.coquelle@atelier-coquelle.fr - 02 31 47 90 12
        ------------------------------------------------------------

        Répondre sur JOIN : https://join.com/candidate/messages/7718209

        Vous recevez cet e-mail car vous avez postulé via JOIN.
        """)
    h = page(t("""
        <p style="color:#555">Atelier Coquelle vous a envoyé un message concernant votre candidature
        « Ingénieur(e) d'études - Structures navales » :</p>
        <div style="border-left:3px solid #2a6df4;padding-left:12px">
        <p>Bonjour Louise,</p>
        <p>Merci pour votre retour rapide. C'est bon pour nous : on vous attend lundi à 14h dans nos locaux,
        8 rue Alfred Kastler à Hérouville-Saint-Clair (parking visiteurs devant le bâtiment, sonnez à « Atelier Coquelle »).</p>
        <p>On sera deux : moi et Sandrine, qui gère le bureau d'études. Comptez le temps qu'il faut, on vous fera
        faire le tour de l'atelier.</p>
        <p>Bon week-end,<br>Pierre Coquelle<br>Gérant - Atelier Coquelle<br>
        pierre.coquelle@atelier-coquelle.fr - 02 31 47 90 12</p>
        </div>
        <p><a href="https://join.com/candidate/messages/7718209" style="background:#2a6df4;color:#fff;padding:8px 14px;text-decoration:none">Répondre sur JOIN</a></p>
        <p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez postulé via JOIN.</p>
        """))
    return message(head(
        addr("Atelier Coquelle via JOIN", "noreply@join.com"),
        "Nouveau message de Atelier Coquelle", "2026-10-16 18:05", PAR,
        "<20261016160512.3f7a9c1e2b@mail.join.com>", relay="mail.join.com"),
        alt(text(body), html(h)))


@make.mail(N(13), family="softgarden", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-17 10:00", "Europe/Berlin"), end=utc("2026-11-17 11:00", "Europe/Berlin"),
           contact="jana.petersen@hansekraft-marine.de", company="Hansekraft Marine",
           local="Tue 2026-11-17 10:00", local_end="2026-11-17 11:00", zone="Europe/Berlin",
           note="softgarden cancellation in English from Hamburg: 'Tuesday, 17 November 2026, 10:00 - 11:00 CET' "
                "-> 09:00-10:00Z, ICS METHOD:CANCEL agrees. 'We will get back to you with a new date' = no new "
                "time, so cancelled. Contact = recruiter address in the body.")
def m13() -> bytes:
    body = t("""
        Dear Ms Lefebvre,

        Unfortunately we have to cancel your interview for the position "Project Engineer
        Hybrid Propulsion (m/f/d)" planned for

            Tuesday, 17 November 2026, 10:00 - 11:00 CET (video call)

        Our hiring manager is unexpectedly unavailable that week. We will get back to you
        with a new date as soon as possible - please excuse the inconvenience.

        If you have any questions, please contact Jana Petersen
        (jana.petersen@hansekraft-marine.de).

        Kind regards
        Your Hansekraft Marine recruiting team

        Hansekraft Marine GmbH - Am Sandtorkai 41 - 20457 Hamburg
        This message was sent via softgarden. Replies to this address are not read.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//softgarden//e-recruiting//EN
        METHOD:CANCEL
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:sg-appointment-3318842@softgarden.io
        DTSTAMP:20261112T103000Z
        SEQUENCE:1
        DTSTART;TZID=Europe/Berlin:20261117T100000
        DTEND;TZID=Europe/Berlin:20261117T110000
        SUMMARY:Interview Hansekraft Marine GmbH
        ORGANIZER;CN=Jana Petersen:mailto:jana.petersen@hansekraft-marine.de
        ATTENDEE;CN=Louise Lefebvre:mailto:louise.lefebvre@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Hansekraft Marine GmbH", "noreply@softgarden.io"),
        "Cancellation of your interview - Project Engineer Hybrid Propulsion", "2026-11-12 11:30",
        "Europe/Berlin", "<sg.1793359800.81944@mail.softgarden.io>", relay="mail.softgarden.io"),
        mixed(text(body, charset="iso-8859-1"), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                          disposition="attachment")))


@make.mail(N(14), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-26 10:00", PAR), end=utc("2026-11-26 14:15", PAR),
           contact="priya.raman@veridiantidal.com", company="Veridian Tidal",
           local="Thu 2026-11-26 10:00", local_end="2026-11-26 14:15", zone=PAR,
           note="GoodTime itinerary, three sessions on Thu 26 Nov, 10:00-10:45, 11:00-11:45, 13:30-14:15 "
                "'Central European Time' (UTC+1) -> first start 09:00Z to last end 13:15Z. Contact = Reply-To "
                "coordinator. No ICS in this mail (one invite per session follows).")
def m14() -> bytes:
    body = t("""
        Hi Louise,

        Great news - your onsite interview loop with Veridian Tidal is booked. All times
        are Central European Time (Paris).

        Thursday, November 26, 2026
        Veridian Tidal, 19 rue de la Pépinière, 75008 Paris - 4th floor

          10:00 - 10:45   Systems design          Hélène Dufresne, Principal Engineer
          11:00 - 11:45   Project delivery        Marcus Feld, Head of Projects
          11:45 - 13:30   Lunch with the team (optional)
          13:30 - 14:15   Values & motivation     Priya Raman, Recruiting

        Separate calendar invites will follow for each session. Please bring an ID for
        building security.

        Any questions, just reply - this comes straight to me.

        Cheers,
        Priya Raman
        Recruiting Coordinator, Veridian Tidal

        Scheduled with GoodTime
        """)
    h = page(t("""
        <p>Hi Louise,</p>
        <p>Great news - your onsite interview loop with Veridian Tidal is booked. All times are
        <b>Central European Time (Paris)</b>.</p>
        <p><b>Thursday, November 26, 2026</b><br>Veridian Tidal, 19 rue de la Pépinière, 75008 Paris - 4th floor</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td>10:00 - 10:45</td><td>Systems design</td><td>Hélène Dufresne, Principal Engineer</td></tr>
        <tr><td>11:00 - 11:45</td><td>Project delivery</td><td>Marcus Feld, Head of Projects</td></tr>
        <tr><td>11:45 - 13:30</td><td>Lunch with the team (optional)</td><td></td></tr>
        <tr><td>13:30 - 14:15</td><td>Values &amp; motivation</td><td>Priya Raman, Recruiting</td></tr>
        </table>
        <p>Separate calendar invites will follow for each session. Please bring an ID for building security.</p>
        <p>Any questions, just reply - this comes straight to me.</p>
        <p>Cheers,<br>Priya Raman<br>Recruiting Coordinator, Veridian Tidal</p>
        <p style="font-size:10px;color:#9e9e9e">Scheduled with GoodTime</p>
        """), "en")
    return message(head(
        addr("Priya Raman", "notifications@goodtime.io"),
        "Your interview itinerary - Veridian Tidal (Thu, Nov 26)", "2026-11-20 15:00", PAR,
        "<gt-itinerary-6b2d90f1a3c4@goodtime.io>", relay="o7.email.goodtime.io",
        extra=(("Reply-To", addr("Priya Raman", "priya.raman@veridiantidal.com")),)),
        alt(text(body), html(h)))


@make.mail(N(15), family="calendly", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-11-24 09:00", PAR), end=utc("2026-11-24 09:30", PAR),
           contact="antoine.vasseur@marlin-systemes.fr", company="Marlin Systèmes",
           local="Tue 2026-11-24 09:00", local_end="2026-11-24 09:30", zone=PAR,
           note="Calendly cancellation by the host: '09:00 - 09:30, mardi 24 novembre 2026 (Heure d'Europe "
                "centrale)' -> 08:00-08:30Z; ICS METHOD:CANCEL agrees. The host's reason promises to come back "
                "later, no new time. Contact = Reply-To host.")
def m15() -> bytes:
    body = t("""
        Bonjour Louise Lefebvre,

        Antoine Vasseur a annulé l'événement ci-dessous.

        Motif de l'annulation :
        « Désolé Louise, le recrutement est mis en pause suite à une réorganisation
        de l'équipe. Je reviens vers vous dès que j'ai de la visibilité. »

        Type d'événement :
        Entretien 30 min - Ingénieur(e) Intégration Systèmes

        Date/heure de l'événement :
        09:00 - 09:30, mardi 24 novembre 2026 (Heure d'Europe centrale)

        Lieu :
        Google Meet

        Programmez un nouvel événement avec Antoine Vasseur :
        https://calendly.com/antoine-vasseur-marlin

        Powered by Calendly.com
        """)
    h = page(t("""
        <p>Bonjour Louise Lefebvre,</p>
        <p>Antoine Vasseur a annulé l'événement ci-dessous.</p>
        <p><b>Motif de l'annulation :</b><br>« Désolé Louise, le recrutement est mis en pause suite à une
        réorganisation de l'équipe. Je reviens vers vous dès que j'ai de la visibilité. »</p>
        <p><b>Type d'événement :</b><br>Entretien 30 min - Ingénieur(e) Intégration Systèmes</p>
        <p><b>Date/heure de l'événement :</b><br><s>09:00 - 09:30, mardi 24 novembre 2026 (Heure d'Europe centrale)</s></p>
        <p><b>Lieu :</b><br>Google Meet</p>
        <p><a href="https://calendly.com/antoine-vasseur-marlin">Programmez un nouvel événement avec Antoine Vasseur</a></p>
        <p style="font-size:11px;color:#999">Powered by Calendly.com</p>
        """))
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:BDGF4K2ZQXW7NHPA
        DTSTAMP:20261122T181400Z
        SEQUENCE:1
        DTSTART:20261124T080000Z
        DTEND:20261124T083000Z
        SUMMARY:Entretien 30 min - Ingénieur(e) Intégration Systèmes
        ORGANIZER;CN=Antoine Vasseur:mailto:antoine.vasseur@marlin-systemes.fr
        ATTENDEE;CN=Louise Lefebvre:mailto:louise.lefebvre@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Calendly", "notifications@calendly.com"),
        "Annulé : Entretien 30 min avec Antoine Vasseur le mar. 24 nov. 2026", "2026-11-22 19:14", PAR,
        "<calendly.cancel.BDGF4K2ZQXW7NHPA@calendly.com>", relay="mail181-3.suw21.mandrillapp.com",
        extra=(("Reply-To", addr("Antoine Vasseur", "antoine.vasseur@marlin-systemes.fr")),)),
        mixed(alt(text(body), html(h)), calendar(ics, method="CANCEL", filename="invite.ics",
                                                 disposition="attachment", cte="8bit")))


@make.mail(N(16), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-26 10:00", PAR), end=utc("2026-11-26 10:45", PAR), contact=None,
           company="Hélio Normandie", local="Thu 2026-11-26 10:00", local_end="2026-11-26 10:45", zone=PAR,
           note="Microsoft Bookings (French UI): 'jeudi 26 novembre 2026 10:00 - 10:45 (UTC+01:00) Bruxelles, "
                "Copenhague, Madrid, Paris' -> 09:00-09:45Z; ICS in 'Romance Standard Time' agrees. Sender is the "
                "Bookings shared mailbox and staff is named without an address -> contact null.")
def m16() -> bytes:
    h = page(t("""
        <div style="font-family:'Segoe UI',sans-serif">
        <p style="font-size:20px">Votre rendez-vous est confirmé</p>
        <p>Bonjour Louise Lefebvre,</p>
        <p>Merci d'avoir réservé un créneau avec Hélio Normandie - Recrutement.</p>
        <table cellpadding="3">
        <tr><td><b>Service</b></td><td>Entretien de recrutement - Chargé(e) d'affaires Énergies renouvelables</td></tr>
        <tr><td><b>Date et heure</b></td><td>jeudi 26 novembre 2026 10:00 - 10:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td><b>Personnel</b></td><td>Bérénice Caron</td></tr>
        <tr><td><b>Lieu</b></td><td>Hélio Normandie, 3 rue Jean Lecanuet, 76000 Rouen</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementHelioNormandie@helionormandie.onmicrosoft.com/bookings/s/K3rZ8Qmx/manage">Gérer la réservation</a>
        &nbsp;|&nbsp;
        <a href="https://outlook.office365.com/owa/calendar/RecrutementHelioNormandie@helionormandie.onmicrosoft.com/bookings/s/K3rZ8Qmx/cancel">Annuler la réservation</a></p>
        <p style="font-size:11px;color:#666">Microsoft Bookings</p>
        </div>
        """))
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Recrutement Hélio Normandie:mailto:RecrutementHelioNormandie@helionormandie.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Louise Lefebvre:mailto:louise.lefebvre@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement - Chargé(e) d'affaires Énergies renouvelables\\nPersonnel : Bérénice Caron
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6D701000000000000000010000000F3E2D1C0B0A09080
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Hélio Normandie
        DTSTART;TZID=Romance Standard Time:20261126T100000
        DTEND;TZID=Romance Standard Time:20261126T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261123T070200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Hélio Normandie, 3 rue Jean Lecanuet, 76000 Rouen
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Recrutement Hélio Normandie", "RecrutementHelioNormandie@helionormandie.onmicrosoft.com"),
        "Réservation confirmée : Entretien de recrutement le jeudi 26 novembre 2026", "2026-11-23 08:02",
        PAR, "<PAXP193MB1844A1C2E3F4@PAXP193MB1844.EURP193.PROD.OUTLOOK.COM>",
        relay="EUR05-AM6-obe.outbound.protection.outlook.com",
        extra=(("Thread-Topic", enc("Réservation confirmée : Entretien de recrutement")),
               ("X-MS-Has-Attach", "yes"))),
        mixed(html(h), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(17), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-12-04 14:00", PAR), end=utc("2026-12-04 15:00", PAR),
           contact="gwenaelle.legoff@vague-numerique.fr", company="Vague Numérique",
           local="Fri 2026-12-04 14:00", local_end="2026-12-04 15:00", zone=PAR,
           note="Google Calendar 'Invitation mise à jour' in French: moved from 'mer. 2 déc. 2026 10:00' to 'ven. "
                "4 déc. 2026 14:00 - 15:00 (heure normale d'Europe centrale - Paris)' -> 13:00-14:00Z; both ICS "
                "copies (SEQUENCE:1) agree. Contact = organizer (sender).")
def m17() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Entretien technique - Louise Lefebvre / Vague Numérique
        Modifié : ven. 4 déc. 2026 14:00 - 15:00 (heure normale d'Europe centrale - Paris)
        (auparavant : mer. 2 déc. 2026 10:00 - 11:00)

        Rejoindre avec Google Meet
        https://meet.google.com/hyx-qwpm-vzt

        Participer par téléphone
        (FR) +33 1 87 40 42 17 PIN : 517 443 902#

        Bonjour Louise, je décale à vendredi après-midi, Erwan ne pourra pas être là
        mercredi matin. Merci de ta souplesse ! Gwenaëlle

        Organisateur
        Gwenaëlle Le Goff
        gwenaelle.legoff@vague-numerique.fr

        Invités
        Gwenaëlle Le Goff - organisateur
        Erwan Kerbrat
        louise.lefebvre@example.org

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=N2E4ZjFj

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus
        recevoir d'informations sur cet événement, refusez-le.
        """)
    h = t("""
        <div style="font-family:Roboto,Arial,sans-serif">
        <p style="color:#d93025">Cet événement a été modifié.</p>
        <h2 style="font-weight:400">Entretien technique - Louise Lefebvre / Vague Numérique</h2>
        <table><tr><td style="color:#70757a">Quand</td><td><b>Modifié :</b> ven. 4 déc. 2026 14:00 - 15:00 (heure normale d'Europe centrale - Paris)<br>
        <s style="color:#70757a">mer. 2 déc. 2026 10:00 - 11:00</s></td></tr>
        <tr><td style="color:#70757a">Rejoindre</td><td><a href="https://meet.google.com/hyx-qwpm-vzt">meet.google.com/hyx-qwpm-vzt</a></td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Gwenaëlle Le Goff - organisateur<br>Erwan Kerbrat<br>louise.lefebvre@example.org</td></tr>
        </table>
        <p>Bonjour Louise, je décale à vendredi après-midi, Erwan ne pourra pas être là mercredi matin.
        Merci de ta souplesse ! Gwenaëlle</p>
        <p style="font-size:11px;color:#70757a">Invitation de Google Agenda. Vous recevez cet e-mail, car vous êtes invité à cet événement.</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261204T140000
        DTEND;TZID=Europe/Paris:20261204T150000
        DTSTAMP:20261201T104700Z
        ORGANIZER;CN=Gwenaëlle Le Goff:mailto:gwenaelle.legoff@vague-numerique.fr
        UID:7a8f1c3e9b2d4f60@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gwenaëlle Le Goff;X-NUM-GUESTS=0:mailto:gwenaelle.legoff@vague-numerique.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erwan Kerbrat;X-NUM-GUESTS=0:mailto:erwan.kerbrat@vague-numerique.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=louise.lefebvre@example.org;X-NUM-GUESTS=0:mailto:louise.lefebvre@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hyx-qwpm-vzt
        CREATED:20261124T091500Z
        DESCRIPTION:Bonjour Louise\\, je décale à vendredi après-midi\\, Erwan ne pourra pas être là mercredi matin.
        LAST-MODIFIED:20261201T104700Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entretien technique - Louise Lefebvre / Vague Numérique
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Gwenaëlle Le Goff", "gwenaelle.legoff@vague-numerique.fr"),
        "Invitation mise à jour : Entretien technique - Louise Lefebvre / Vague Numérique @ ven. 4 déc. 2026 "
        "14:00 - 15:00 (CET) (louise.lefebvre@example.org)", "2026-12-01 11:47", PAR,
        "<calendar-0b7e2c9d-51f4-4a8e-9c3d-7e6f5a4b3c21@google.com>", relay="mail-sor-f69.google.com",
        extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
               ("Reply-To", addr("Gwenaëlle Le Goff", "gwenaelle.legoff@vague-numerique.fr")))),
        mixed(alt(text(body, cte="base64"), html(h, cte="quoted-printable"),
                  calendar(ics, cte="base64")),
              calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(18), family="exchange", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-26 09:00", PAR), end=utc("2026-10-26 10:00", PAR),
           contact="xavier.lemonnier@cns-naval.fr", company="Cotentin Naval Systèmes",
           local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=PAR,
           note="Exchange meeting request sent Thu 22 Oct (+0200, CEST) for 'lundi 26 octobre 2026 09:00-10:00 "
                "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris': Europe went back to CET on Sun 25 Oct, so "
                "UTC+1 -> 08:00-09:00Z (not 07:00Z); ICS 'Romance Standard Time' agrees. Contact = organizer.")
def m18() -> bytes:
    body = t("""
        Bonjour Louise,

        Comme convenu au téléphone, je vous envoie l'invitation pour l'entretien de lundi
        matin avec Delphine Hamel (directrice de programme) et moi-même.

        Attention : on passe à l'heure d'hiver dimanche, ne vous faites pas avoir !

        Présentez-vous au poste de garde du site, votre badge visiteur sera prêt.

        Bien cordialement,

        Xavier Lemonnier
        Responsable Ingénierie Systèmes
        Cotentin Naval Systèmes - 50100 Cherbourg-en-Cotentin
        Tél. 02 33 88 41 70

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE0ZDk1>
        ID de la réunion : 341 772 905 118
        Code secret : Vq7Zn3
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Xavier Lemonnier:mailto:xavier.lemonnier@cns-naval.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Louise Lefebvre:mailto:louise.lefebvre@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Delphine Hamel:mailto:delphine.hamel@cns-naval.fr
        DESCRIPTION;LANGUAGE=fr-FR:Comme convenu au téléphone\\, je vous envoie l'invitation pour l'entretien de lundi matin.
        UID:040000008200E00074C5B7101A82E0080000000090B1C3A46E62DD01000000000000000010000000C1D2E3F4A5B6C7D8
        SUMMARY;LANGUAGE=fr-FR:Entretien Louise Lefebvre - Ingénieure Systèmes
        DTSTART;TZID=Romance Standard Time:20261026T090000
        DTEND;TZID=Romance Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T131200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Cotentin (bât. A) / Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2120849213
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Xavier Lemonnier", "xavier.lemonnier@cns-naval.fr"),
        "Entretien Louise Lefebvre - Ingénieure Systèmes", "2026-10-22 15:12", PAR,
        "<PR3P192MB0719C5E2A9D4B7E16F0A2C3D9PR3P192MB0719@PR3P192MB0719.EURP192.PROD.OUTLOOK.COM>",
        relay="EUR03-DBA-obe.outbound.protection.outlook.com",
        extra=(("Thread-Topic", enc("Entretien Louise Lefebvre - Ingénieure Systèmes")),
               ("Thread-Index", "AdtkR2c1q8W0a9xPT0yKw3d1fV7mGg=="),
               ("Content-Language", "fr-FR"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""))),
        alt(text(body, charset="utf-8", cte="quoted-printable"),
            html(page(gmail_html(body)), cte="quoted-printable"),
            calendar(ics, cte="base64")))


@make.mail(N(19), family="ics_only", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-08 09:30", "Europe/Oslo"), end=utc("2026-12-08 10:30", "Europe/Oslo"),
           contact="sigrid.haugen@seastack.no", company="Seastack Robotics",
           local="Tue 2026-12-08 09:30", local_end="2026-12-08 10:30", zone="Europe/Oslo",
           note="Short recruiter note from Oslo ('your interview with Ingrid on Tuesday, details in the "
                "attachment'); the time is only in the attached .ics: DTSTART;TZID=Europe/Oslo 09:30-10:30 on "
                "Tue 8 Dec (CET, UTC+1) -> 08:30-09:30Z. Contact = sender.")
def m19() -> bytes:
    body = t("""
        Hi Louise,

        Lovely talking to you earlier. As promised, here's the calendar invite for
        your interview with Ingrid on Tuesday - everything (time, Zoom link, dial-in)
        is in the attachment, just add it to your calendar.

        Ingrid will mostly want to dig into the mooring-load work you did at your
        current job, so have a couple of numbers ready.

        Speak soon,
        Sigrid

        --
        Sigrid Haugen | Talent Partner | Seastack Robotics AS
        Sandakerveien 24, 0473 Oslo | +47 412 88 305
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.1//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        """) + VTZ_OSLO + "\n" + t("""
        BEGIN:VEVENT
        UID:E3B1C2D4-6A7F-4F10-9C2B-3D8E1A5F7B90
        DTSTAMP:20261203T122000Z
        DTSTART;TZID=Europe/Oslo:20261208T093000
        DTEND;TZID=Europe/Oslo:20261208T103000
        SUMMARY:Interview: Louise Lefebvre <> Ingrid Solberg (Seastack)
        DESCRIPTION:Join Zoom Meeting\\nhttps://seastack.zoom.us/j/93318820465?pwd=bE9xQ\\nMeeting ID: 933 1882 0465\\nPasscode: 662014
        LOCATION:Zoom
        ORGANIZER;CN=Sigrid Haugen:mailto:sigrid.haugen@seastack.no
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Sigrid Haugen", "sigrid.haugen@seastack.no"),
        "Invite for Tuesday", "2026-12-03 13:20", "Europe/Oslo",
        "<A1F0E5C2-77B3-4C9E-8D11-52B4E0C3A9F7@seastack.no>", relay="smtp.seastack.no",
        extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),)),
        mixed(text(body, charset="us-ascii", cte="7bit"),
              calendar(ics, method=None, filename="Interview Louise Lefebvre.ics", disposition="attachment",
                       cte="quoted-printable")))


@make.mail(N(20), family="teams_outlook", lang="fr-CA", interview=True, kind="scheduled",
           start=utc("2026-11-19 09:00", "America/Toronto"), end=utc("2026-11-19 09:45", "America/Toronto"),
           contact="marie-eve.gagnon@borealismarine.ca", company="Boréalis Marine",
           local="Thu 2026-11-19 09:00", local_end="2026-11-19 09:45", zone="America/Toronto",
           note="Montréal recruiter (Québécois register: entrevue, courriel): 'jeudi 19 novembre à 9 h (heure de "
                "l'Est)' = EST (UTC-5, after 1 Nov) -> 14:00Z, '45 minutes' -> 14:45Z; body also says '15 h à "
                "Caen' (CET) and the ICS in 'Eastern Standard Time' agrees. Contact = sender/organizer.")
def m20() -> bytes:
    body = t("""
        Bonjour Louise,

        Tel que discuté, je vous confirme votre entrevue pour le poste d'ingénieure de
        projet, propulsion électrique, avec Jean-François Tremblay, directeur de
        l'ingénierie :

        jeudi 19 novembre à 9 h (heure de l'Est), soit 15 h à Caen
        durée : 45 minutes, sur Teams

        N'hésitez pas à m'écrire par courriel si vous avez la moindre question d'ici là.

        Au plaisir,

        Marie-Ève Gagnon
        Conseillère principale, acquisition de talents
        Boréalis Marine inc. - Montréal (Québec)
        514 555-0186

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Participer à partir de votre ordinateur, d'une application mobile ou d'un appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg1MWM>
        ID de réunion : 229 604 118 37
        Code secret : 8xLpQa
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Marie-Ève Gagnon:mailto:marie-eve.gagnon@borealismarine.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Louise Lefebvre:mailto:louise.lefebvre@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jean-François Tremblay:mailto:jf.tremblay@borealismarine.ca
        UID:040000008200E00074C5B7101A82E008000000005E8C2F1B8A75DD01000000000000000010000000A9B8C7D6E5F40312
        SUMMARY;LANGUAGE=fr-CA:Entrevue - Louise Lefebvre - Ingénieure de projet\\, propulsion électrique
        DTSTART;TZID=Eastern Standard Time:20261119T090000
        DTEND;TZID=Eastern Standard Time:20261119T094500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T151500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Marie-Ève Gagnon", "marie-eve.gagnon@borealismarine.ca"),
        "Entrevue - Ingénieure de projet, propulsion électrique", "2026-11-13 10:15", "America/Toronto",
        "<YT3PR01MB91420B7D1C6E5F4A3B2C1D0E9YT3PR01MB9142@YT3PR01MB9142.CANPRD01.PROD.OUTLOOK.COM>",
        relay="CAN01-YT3-obe.outbound.protection.outlook.com",
        extra=(("Thread-Topic", enc("Entrevue - Ingénieure de projet, propulsion électrique")),
               ("Content-Language", "fr-CA"))),
        alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(21), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-12-03 15:00", PAR), end=None,
           contact="yann.lecarpentier@cotentin-hydrolienne.fr", company="Cotentin Hydrolienne",
           local="Thu 2026-12-03 15:00", zone=PAR, days=(("Mon", "2026-11-30"),),
           note="Phone-written reply in 'tu' on Mon 30 Nov 21:47: 'Nickel pour jeudi 15h alors' closes the quoted "
                "exchange -> Thu 3 Dec 15:00 CET -> 14:00Z. 'Prévois une bonne heure' is approximate, end null. "
                "Contact = sender.")
def m21() -> bytes:
    body = t("""
        Salut Louise,

        Nickel pour jeudi 15h alors. Passe a l'accueil du site de Tourlaville et demande moi,
        je descendrai te chercher. Prevois une bonne heure, je te presenterai aussi Manon du BE.

        A jeudi !
        Yann

        Envoyé de mon iPhone

        > Le 30 nov. 2026 à 18:02, Louise Lefebvre <louise.lefebvre@example.org> a écrit :
        >
        > Bonjour Yann,
        >
        > Merci beaucoup pour ton appel tout à l'heure, et merci à Clément de nous avoir mis
        > en contact. Jeudi en début d'après-midi ça me va très bien, par exemple 15h si c'est
        > bon pour toi ?
        >
        > Bonne soirée,
        > Louise
        """)
    return message(head(
        addr("Yann Lecarpentier", "yann.lecarpentier@cotentin-hydrolienne.fr"),
        "Re: Poste ingé projet - Cotentin Hydrolienne", "2026-11-30 21:47", PAR,
        "<7C2F9E10-44AB-4D8E-B1F3-0A9D6C5E2B71@cotentin-hydrolienne.fr>",
        relay="smtp.cotentin-hydrolienne.fr",
        extra=(("In-Reply-To", "<b81e2f04-1c9a-4e5f-a7d2-66c0e8f31a9d@example.org>"),
               ("References", "<b81e2f04-1c9a-4e5f-a7d2-66c0e8f31a9d@example.org>"),
               ("X-Mailer", "iPhone Mail (22B91)"))),
        text(body, cte="8bit"))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-10 11:00", "Europe/London"), end=None,
           contact="oliver.pennock@tidewright-marine.co.uk", company="Tidewright Marine",
           local="Thu 2026-12-10 11:00", zone="Europe/London", days=(("Wed", "2026-12-09"),),
           note="Hiring manager's reschedule, sent Tue 8 Dec 17:45 GMT: moved from 'tomorrow (Wed) 11:00' to "
                "'Thursday 10 Dec, same time - 11:00 UK / 12:00 Paris' -> GMT = UTC -> 11:00Z. No duration. "
                "Second round of the Tidewright thread (the Lever mail). Contact = sender.")
def m22() -> bytes:
    body = t("""
        Hi Louise,

        Sorry to do this at short notice - Rhiannon's been pulled into a tender review
        tomorrow, so I've moved our final-round chat from tomorrow (Wed) 11:00 to
        Thursday 10 Dec, same time: 11:00 UK / 12:00 Paris. Same Teams link, updated
        invite is on its way.

        If Thursday is genuinely impossible for you let me know, but we'd love to keep
        it this week.

        Cheers,
        Oliver

        Oliver Pennock
        Engineering Lead, Tidal Energy
        Tidewright Marine Ltd | Ocean Village, Southampton SO14 3TL

        From: Louise Lefebvre <louise.lefebvre@example.org>
        Sent: 02 December 2026 09:14
        To: Oliver Pennock <oliver.pennock@tidewright-marine.co.uk>
        Subject: Re: Final round - Tidewright Marine

        Hi Oliver,
        Wednesday 9th at 11:00 your time works perfectly, thank you. Looking forward to it!
        Louise
        """)
    return message(head(
        addr("Oliver Pennock", "oliver.pennock@tidewright-marine.co.uk"),
        "RE: Final round - Tidewright Marine", "2026-12-08 17:45", "Europe/London",
        "<LO2P265MB5127E1D0C9B8A7F6E5D4C3B2A1LO2P265MB5127@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM>",
        relay="GBR01-LO2-obe.outbound.protection.outlook.com",
        extra=(("In-Reply-To", "<3c5f7a91-0e2d-4b86-9f1a-2d7e8c6b4a05@example.org>"),
               ("Thread-Topic", "Final round - Tidewright Marine"))),
        text(body, charset="us-ascii", cte="7bit"))


def _rade_inner() -> bytes:
    body = t("""
        Madame Lefebvre,

        Je vous confirme notre rendez-vous le mar. 15 déc. à 10 h 15, dans nos locaux du
        Havre (Rade Énergie, 41 quai Frissard, 2e étage). Vous rencontrerez Mme Agnès Poulain,
        directrice des opérations, et moi-même.

        Je vous ai joint un rappel pour votre agenda. Le parking visiteurs est accessible
        par la rue Marceau.

        Bien à vous,

        Sébastien Duval
        Responsable RH - Rade Énergie
        sebastien.duval@rade-energie.fr
        02 35 19 64 27
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Rade Energie//Agenda RH//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rh-2026-1215-lefebvre@rade-energie.fr
        DTSTAMP:20261209T153000Z
        DTSTART;VALUE=DATE:20261215
        DTEND;VALUE=DATE:20261216
        SUMMARY:Entretien Rade Énergie (10h15 - 41 quai Frissard\\, Le Havre)
        ORGANIZER;CN=Sébastien Duval:mailto:sebastien.duval@rade-energie.fr
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("From", addr("Sébastien Duval", "sebastien.duval@rade-energie.fr")),
        ("To", ME_H),
        ("Subject", enc("Votre entretien chez Rade Énergie")),
        ("Date", date("2026-12-09 16:30", PAR)),
        ("Message-ID", "<2b9d0f7e-5a31-4c8b-9e62-f0d1a3c7b845@rade-energie.fr>"),
    ], mixed(text(body, charset="iso-8859-15", cte="quoted-printable"),
             calendar(ics, method=None, filename="rendez-vous.ics", disposition="attachment", cte="8bit")))


@make.mail(N(23), family="forward_self", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-12-15 10:15", PAR), end=None,
           contact="sebastien.duval@rade-energie.fr", company="Rade Énergie",
           local="Tue 2026-12-15 10:15", zone=PAR,
           note="Louise forwards to herself (from her phone) the HR manager's confirmation as an attached "
                "message/rfc822: 'le mar. 15 déc. à 10 h 15' (CET) -> 09:15Z. The inner .ics is an all-day "
                "event (VALUE=DATE 20261215) with the time only in its summary/the text. No duration. Contact = "
                "the HR manager in the forwarded message, never Louise.")
def m23() -> bytes:
    outer = t("""
        À mettre dans l'agenda !! + imprimer le plan et relire la fiche de poste

        Envoyé depuis mon mobile
        """)
    return message(head(
        ME_H, "Fwd: Votre entretien chez Rade Énergie", "2026-12-10 07:58", PAR,
        "<a4e6c8d0-2f13-4b57-8c9a-1e3d5f7b9c02@example.org>", relay="smtp.example.org", to=ME_H),
        mixed(text(outer, cte="8bit"), attached_message(_rade_inner())))


# =========================================================================== negatives


def neg(key: int, family: str, lang: str, company: str | None, note: str,
        days: tuple[tuple[str, str], ...] = ()):
    return make.mail(N(key), family=family, lang=lang, interview=False, company=company, note=note, days=days)


@neg(24, "rejection", "fr-CA", "Maréo Solutions",
     "Rejection from a Québec employer after an interview that already happened ('mardi dernier'); no "
     "future time. Company = sender employer.", days=(("Tue", "2026-09-22"),))
def m24() -> bytes:
    body = t("""
        Bonjour Louise,

        Merci d'avoir pris le temps de nous rencontrer en entrevue mardi dernier (le 22
        septembre) pour le poste de chargée de projet, énergies marines.

        Nous avons eu des échanges très intéressants avec plusieurs personnes candidates
        et, après mûre réflexion, nous avons retenu une candidature dont le profil
        correspond davantage à nos besoins actuels, notamment pour la connaissance des
        normes canadiennes.

        Nous conserverons votre dossier dans notre banque de candidatures et nous ne
        manquerons pas de communiquer avec vous si un poste correspondant s'ouvre.

        Bonne continuation dans vos démarches,

        L'équipe Talent - Maréo Solutions inc.
        Québec (Québec)
        """)
    return message(head(
        addr("Maréo Solutions - Carrières", "carrieres@mareo-solutions.ca"),
        "Votre candidature - Chargée de projet, énergies marines", "2026-09-25 11:40", "America/Toronto",
        "<CAM0x9pQ1mB3r@mareo-solutions.ca>", relay="mail.mareo-solutions.ca"),
        alt(text(body), html(page(gmail_html(body)))))


@neg(25, "offer", "en", "Veridian Tidal",
     "Job offer after the onsite loop (the GoodTime itinerary): mentions a start date 'Monday 4 January 2027 "
     "at 9:00' and a signing deadline 'Friday 11 December, 5 pm', neither is an interview. Company = employer.",
     days=(("Fri", "2026-12-11"), ("Mon", "2027-01-04")))
def m25() -> bytes:
    body = t("""
        Hi Louise,

        Thank you again for spending the day with us last Thursday - the whole panel came
        away impressed. I'm delighted to tell you that we'd like to offer you the role of
        Senior Project Engineer, Tidal Arrays, based in our Paris office with two days a
        week remote.

        The formal offer letter is attached (gross annual salary, bonus, relocation
        support if you want it). The proposed start date is Monday 4 January 2027 at
        9:00, when Marcus will walk you through onboarding.

        Could you let us know your decision, or any questions, by Friday 11 December,
        5 pm? Happy to set up a call with Marcus if you'd like to talk anything through.

        Warmly,
        Priya

        Priya Raman
        Recruiting Coordinator, Veridian Tidal
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Veridian_Tidal_Offer_L_Lefebvre.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Veridian_Tidal_Offer_L_Lefebvre.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK\r\n"
                    b"dHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")
    return message(head(
        addr("Priya Raman", "priya.raman@veridiantidal.com"),
        "Offer - Senior Project Engineer, Tidal Arrays", "2026-12-04 16:05", PAR,
        "<CAH7vT2s9Kq1x@mail.gmail.com>", relay="mail-wr1-f54.google.com"),
        mixed(alt(text(body), html(gmail_html(body))), pdf))


@neg(26, "application_receipt", "fr", "Groupe Navalis",
     "Workday application receipt ('Nous avons bien reçu votre candidature'), no interview. Same requisition "
     "as the later Navalis on-site invitation.")
def m26() -> bytes:
    h = page(t("""
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#003b5c;padding:16px">
        <span style="color:#fff;font-size:18px">Groupe Navalis</span></td></tr></table>
        <p>Bonjour Louise Lefebvre,</p>
        <p>Nous avons bien reçu votre candidature au poste <b>Ingénieur(e) Projet Propulsion Hybride (R-0042187)</b>
        et vous remercions de l'intérêt que vous portez au Groupe Navalis.</p>
        <p>Nos équipes vont étudier votre profil avec attention. Si votre candidature est retenue, un membre de
        l'équipe Recrutement vous contactera pour convenir d'un entretien.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/navalis/Carrieres">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement<br>Groupe Navalis</p>
        <p style="font-size:11px;color:#777">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        """))
    return message(head(
        addr("Groupe Navalis", "navalis@myworkday.com"),
        "Groupe Navalis - Confirmation de candidature - Ingénieur(e) Projet Propulsion Hybride",
        "2026-09-09 22:14", PAR, "<1203447781.21977.1789071240012@wd3-prod-notif-04.myworkday.com>",
        relay="wd3-smtp-out.myworkday.com"),
        html(h, cte="base64"))


@neg(27, "job_alert", "fr", None,
     "Job-board alert: twelve new offers, one of them 'Technicien(ne) d'entretien naval' ('entretien' = "
     "maintenance) and a 'date limite'; no interview.", days=(("Fri", "2026-10-30"),))
def m27() -> bytes:
    body = t("""
        Bonjour Louise,

        12 nouvelles offres correspondent à votre alerte « ingénieur projet naval -
        Normandie » :

        - Ingénieur(e) Projet Éolien Flottant - Cherbourg-en-Cotentin (CDI)
        - Technicien(ne) d'entretien naval - Caen (CDI) - entretien des coques et moteurs
        - Chef de projet Hydrogène portuaire - Le Havre (CDI)
        - Ingénieur(e) Méthodes Chaudronnerie - Saint-Nazaire (CDI)
        - Responsable de lot Électricité - Rouen (CDD 18 mois)
        - ... et 7 autres offres

        Candidatez vite : date limite de dépôt pour l'offre Éolien Flottant le vendredi
        30 octobre.

        Voir toutes les offres : https://www.emploi-mer-normandie.fr/alertes/88213

        Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Mer Normandie.
        Se désabonner : https://www.emploi-mer-normandie.fr/alertes/88213/stop
        """)
    return message(head(
        addr("Emploi Mer Normandie", "alertes@emploi-mer-normandie.fr"),
        "12 nouvelles offres pour « ingénieur projet naval - Normandie »", "2026-10-20 07:00", PAR,
        "<alert-88213-20261020@emploi-mer-normandie.fr>", relay="mta3.emploi-mer-normandie.fr",
        extra=(("List-Unsubscribe", "<https://www.emploi-mer-normandie.fr/alertes/88213/stop>"),
               ("Precedence", "bulk"))),
        alt(text(body), html(page(gmail_html(body)))))


@neg(28, "newsletter_tips", "en", None,
     "Career newsletter article about interviews ('If your interview is on a Thursday at 10am...'), generic "
     "advice, no appointment.")
def m28() -> bytes:
    body = t("""
        THE OFFSHORE CAREER DIGEST - Issue #87

        This week: how to prepare for a panel interview

        1. Ask who is on the panel. A confirmation email usually lists names: look them up.
        2. Plan the logistics. If your interview is on a Thursday at 10am, block the whole
           morning - panels overrun, and a rushed candidate shows it.
        3. Prepare three stories (a delivery you rescued, a conflict, a technical call you
           got wrong) and reuse them.
        4. Send a short thank-you note the same day.

        Also in this issue:
          - Floating wind: who is hiring in Brittany and Normandy this winter
          - Salary survey 2026: project engineers in marine renewables
          - Reader question: "Should I accept a second interview on a Saturday?"

        Read online: https://offshorecareerdigest.com/issues/87

        You are receiving this because you subscribed at offshorecareerdigest.com.
        Unsubscribe: https://offshorecareerdigest.com/u/3b7c1e
        """)
    h = page(t("""
        <h1 style="font-size:22px">The Offshore Career Digest - Issue #87</h1>
        <h2 style="font-size:18px">This week: how to prepare for a panel interview</h2>
        <ol>
        <li>Ask who is on the panel. A confirmation email usually lists names: look them up.</li>
        <li>Plan the logistics. If your interview is on a Thursday at 10am, block the whole morning - panels
        overrun, and a rushed candidate shows it.</li>
        <li>Prepare three stories (a delivery you rescued, a conflict, a technical call you got wrong) and reuse them.</li>
        <li>Send a short thank-you note the same day.</li>
        </ol>
        <p><b>Also in this issue:</b> Floating wind: who is hiring in Brittany and Normandy this winter ·
        Salary survey 2026 · Reader question: "Should I accept a second interview on a Saturday?"</p>
        <p style="font-size:11px;color:#888"><a href="https://offshorecareerdigest.com/u/3b7c1e">Unsubscribe</a></p>
        """), "en")
    return message(head(
        addr("The Offshore Career Digest", "digest@offshorecareerdigest.com"),
        "Panel interviews: the logistics nobody tells you about", "2026-11-05 06:30", "Europe/London",
        "<20261105063000.87.digest@mail.offshorecareerdigest.com>", relay="mail.offshorecareerdigest.com",
        extra=(("List-Unsubscribe", "<https://offshorecareerdigest.com/u/3b7c1e>"),
               ("List-Id", "Offshore Career Digest <digest.offshorecareerdigest.com>"))),
        alt(text(body), html(h)))


@neg(29, "scheduling_link", "fr", "Marlin Systèmes",
     "Hiring manager sends a Calendly link to pick a 30-minute slot 'la semaine prochaine': no fixed time. "
     "Start of the Marlin Systèmes thread (the slot booked later is cancelled in the Calendly mail).")
def m29() -> bytes:
    body = t("""
        Bonjour Louise,

        Merci pour votre candidature au poste d'ingénieur(e) intégration systèmes, votre
        parcours chez votre employeur actuel nous intéresse beaucoup.

        Je vous propose un premier échange de 30 minutes la semaine prochaine. Le plus
        simple est de réserver directement un créneau qui vous convient dans mon agenda :

        https://calendly.com/antoine-vasseur-marlin/entretien-30min

        Si aucun créneau ne vous convient, dites-le-moi et on trouvera autre chose.

        Bien à vous,

        Antoine Vasseur
        Responsable d'équipe Intégration - Marlin Systèmes
        Paris 13e
        """)
    return message(head(
        addr("Antoine Vasseur", "antoine.vasseur@marlin-systemes.fr"),
        "Candidature ingénieur(e) intégration systèmes - prochaine étape", "2026-11-16 09:35", PAR,
        "<PAVP195MB2041D0C1B2A3948576@PAVP195MB2041.EURP195.PROD.OUTLOOK.COM>",
        relay="EUR02-VI1-obe.outbound.protection.outlook.com"),
        alt(text(body, charset="iso-8859-1"), html(page(gmail_html(body)), charset="iso-8859-1")))


@neg(30, "proposal_unconfirmed", "fr-BE", "Ostrea Blue",
     "Belgian recruiter proposes two slots ('mardi 13 octobre à 14h ou mercredi 14 à 10h ?'): a question, "
     "not a confirmation. The confirmation of the Wednesday slot is the Recruitee mail a day later.",
     days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")))
def m30() -> bytes:
    body = t("""
        Bonjour Madame Lefebvre,

        J'ai bien lu votre candidature pour le poste d'Ingénieure de projet - Aquaculture
        offshore & énergie, et j'aimerais organiser un premier entretien en visio avec notre
        directeur technique.

        Seriez-vous disponible le mardi 13 octobre à 14h, ou le mercredi 14 à 10h ? Sinon,
        proposez-moi deux ou trois moments qui vous arrangent la semaine prochaine, on
        s'adaptera.

        Je reste joignable sur mon GSM si c'est plus simple.

        Belle journée,

        Nathalie Vandenbossche
        Talent & Culture - Ostrea Blue
        Avenue du Port 86C, 1000 Bruxelles
        GSM +32 476 58 21 09
        """)
    return message(head(
        addr("Nathalie Vandenbossche", "nathalie.vandenbossche@ostreablue.be"),
        "Votre candidature chez Ostrea Blue", "2026-10-06 16:48", "Europe/Brussels",
        "<CAFx8kq2Lm0Wd@mail.gmail.com>", relay="mail-ej1-f42.google.com"),
        alt(text(body), html(gmail_html(body))))


@neg(31, "job_centre", "fr", None,
     "Job-centre (unemployment office) appointment with a fixed time ('entretien de suivi' with her "
     "adviser, mardi 20 octobre 2026 à 10h30): a confirmed appointment, not a job interview.",
     days=(("Tue", "2026-10-20"),))
def m31() -> bytes:
    body = t("""
        Madame LEFEBVRE Louise,

        Vous êtes convoquée à un entretien de suivi avec votre conseillère référente,
        Mme Isabelle Gosselin :

            le mardi 20 octobre 2026 à 10h30
            Agence Emploi Calvados - Caen Côte de Nacre
            12 avenue de la Côte de Nacre, 14000 Caen

        Objet : point d'étape sur votre projet professionnel et vos candidatures.

        Pensez à apporter votre CV à jour et la liste de vos démarches. En cas
        d'empêchement, prévenez votre conseillère depuis votre espace personnel au plus
        tard la veille.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    return message(head(
        addr("Agence Emploi Calvados", "ne-pas-repondre@agence-emploi-calvados.fr"),
        "Convocation : entretien de suivi le 20/10 à 10h30", "2026-10-08 14:03", PAR,
        "<conv.20261008.5519883@agence-emploi-calvados.fr>", relay="smtp-out.agence-emploi-calvados.fr",
        charset="iso-8859-1"),
        text(body, charset="iso-8859-1", cte="quoted-printable"))


@neg(32, "press", "fr", None,
     "A journalist confirms an interview OF Louise for a newspaper feature ('notre interview jeudi 12 "
     "novembre à 11h'): press, not a job interview.", days=(("Thu", "2026-11-12"),))
def m32() -> bytes:
    body = t("""
        Bonjour Louise,

        Merci d'avoir accepté ! Je vous confirme notre interview jeudi 12 novembre à 11h,
        par téléphone (je vous appelle au 06 que vous m'avez donné). Comptez une petite
        demi-heure.

        C'est pour notre dossier du week-end sur les femmes ingénieures dans l'éolien en
        mer et l'hydrolien, entre Cherbourg et Le Havre. Je vous enverrai les citations
        avant publication.

        Bien cordialement,

        Claire Hamon
        Journaliste - Ouest Littoral, rédaction de Caen
        """)
    return message(head(
        addr("Claire Hamon", "c.hamon@ouest-littoral.fr"),
        "Interview pour Ouest Littoral - dossier ingénieures", "2026-11-06 12:20", PAR,
        "<8d1c3e5f-7a9b-4c2d-8e0f-1a2b3c4d5e6f@ouest-littoral.fr>", relay="smtp.ouest-littoral.fr"),
        text(body, cte="8bit"))


@neg(33, "podcast", "en", None,
     "Podcast guest slot confirmed for 'Tuesday 1 December, 4:00 pm CET' (recording, Riverside link): a "
     "confirmed time, but Louise is the guest of a podcast, not a job candidate.", days=(("Tue", "2026-12-01"),))
def m33() -> bytes:
    body = t("""
        Hi Louise,

        Brilliant - you're booked in as our guest for episode 64 of Tidal Talk!

        Recording: Tuesday 1 December, 4:00 pm CET (3:00 pm UK)
        Where: Riverside studio - https://riverside.fm/studio/tidal-talk-ep64
        Length: about 45 minutes, edited down to ~30

        Topic: "From shipyards to tidal farms - a project engineer's view of the French
        marine energy scene". I'll send the question outline a week before. Please use
        headphones and, if you can, a wired connection.

        Thanks again,
        Eilidh Munro
        Host & producer, Tidal Talk
        """)
    return message(head(
        addr("Eilidh Munro", "eilidh@tidaltalkpod.co.uk"),
        "Tidal Talk ep. 64 - you're booked!", "2026-11-19 10:10", "Europe/London",
        "<CAGk2r7z4x1Pq8@mail.gmail.com>", relay="mail-lf1-f47.google.com"),
        alt(text(body), html(gmail_html(body))))


@neg(34, "admission_interview", "fr", None,
     "Executive master's admission interview ('entretien d'admission', vendredi 6 novembre 2026 à 14h30, "
     "jury): a school admission interview, not a job interview.", days=(("Fri", "2026-11-06"),))
def m34() -> bytes:
    body = t("""
        Madame,

        Suite à l'examen de votre dossier de candidature à l'Executive Master « Management
        des projets maritimes et portuaires » (promotion 2027), nous avons le plaisir de
        vous convoquer à un entretien d'admission :

            Vendredi 6 novembre 2026 à 14h30
            ISMM - Campus du Havre, 30 rue Richelieu, salle du jury (2e étage)
            Durée : 30 minutes (présentation de votre projet : 10 minutes, échange : 20 minutes)

        Le jury sera composé du directeur du programme et d'un professionnel du secteur.
        Merci de confirmer votre présence en répondant à ce message.

        Le service des admissions
        Institut Supérieur de Management Maritime
        """)
    h = page(t("""
        <p>Madame,</p>
        <p>Suite à l'examen de votre dossier de candidature à l'Executive Master « Management des projets
        maritimes et portuaires » (promotion 2027), nous avons le plaisir de vous convoquer à un
        <b>entretien d'admission</b> :</p>
        <p style="margin-left:20px">Vendredi 6 novembre 2026 à 14h30<br>ISMM - Campus du Havre, 30 rue Richelieu,
        salle du jury (2e étage)<br>Durée : 30 minutes (présentation de votre projet : 10 minutes, échange : 20 minutes)</p>
        <p>Le jury sera composé du directeur du programme et d'un professionnel du secteur.
        Merci de confirmer votre présence en répondant à ce message.</p>
        <p>Le service des admissions<br>Institut Supérieur de Management Maritime</p>
        """))
    return message(head(
        addr("ISMM - Admissions", "admissions@ismm-lehavre.fr"),
        "Convocation à l'entretien d'admission - Executive Master", "2026-10-27 09:15", PAR,
        "<5e0c1d2a-admissions-20261027@ismm-lehavre.fr>", relay="smtp.ismm-lehavre.fr"),
        alt(text(body, charset="iso-8859-15"), html(h, charset="iso-8859-15")))


@neg(35, "sports_tryout", "fr", None,
     "Rugby club try-out session, 'samedi à 10h' (tutoiement, club coach): fixed time, not a job interview.",
     days=(("Sat", "2026-09-12"),))
def m35() -> bytes:
    body = t("""
        Salut Louise,

        Super que tu veuilles essayer le rugby à 5 ! On t'attend samedi à 10h au stade
        de la Haie Vigné pour ta séance d'essai (terrain 2, derrière les vestiaires).

        Prends des baskets ou des crampons moulés, une gourde et une tenue de sport. Pas
        besoin de licence pour l'essai, on verra ça après si ça te plaît.

        A samedi !
        Sophie
        Coach section féminine loisir - Rugby Club Côte de Nacre
        """)
    return message(head(
        addr("Sophie Vautier", "sophie.vautier@rccn-rugby.fr"),
        "Séance d'essai samedi", "2026-09-09 20:31", PAR,
        "<9a7c5e3b-1d2f-4a6b-8c0d-2e4f6a8b0c1d@rccn-rugby.fr>", relay="smtp.rccn-rugby.fr"),
        text(body, cte="8bit"))


@neg(36, "car_service", "fr", None,
     "Garage booking: 'mardi en quinze, soit le mardi 22 septembre à 8h30' for a service and contrôle "
     "technique; fixed time, not an interview.", days=(("Tue", "2026-09-22"), ("Mon", "2026-09-07")))
def m36() -> bytes:
    body = t("""
        Bonjour Mme Lefebvre,

        Suite à votre appel de ce matin, nous vous confirmons votre rendez-vous atelier
        mardi en quinze, soit le mardi 22 septembre à 8h30, pour :

          - Révision 60 000 km (vidange, filtres, plaquettes AV à contrôler)
          - Pré-contrôle technique

        Véhicule : Peugeot 2008 - immatriculation GE-418-QK
        Durée d'immobilisation estimée : la journée. Un véhicule de prêt peut vous être
        proposé sur demande.

        Cordialement,
        L'accueil atelier
        Garage Normand Auto - 112 route de Paris, 14120 Mondeville
        02 31 35 22 80
        """)
    return message(head(
        addr("Garage Normand Auto", "atelier@garage-normand-auto.fr"),
        "Confirmation de votre rendez-vous atelier", "2026-09-07 11:02", PAR,
        "<000001dc3e2f$8a7b6c5d$9f8e7d6c$@garage-normand-auto.fr>", relay="smtp.orange-business.fr",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        text(body, charset="windows-1252", cte="quoted-printable"))


@neg(37, "bank_advisor", "fr", None,
     "Bank adviser appointment ('rendez-vous avec votre conseiller', jeudi 24 septembre à 17h45, projet "
     "immobilier) with an ICS: fixed time, not a job interview.", days=(("Thu", "2026-09-24"),))
def m37() -> bytes:
    h = page(t("""
        <p>Madame Louise Lefebvre,</p>
        <p>Nous vous confirmons votre rendez-vous avec votre conseiller, <b>M. Thibault Leroux</b> :</p>
        <p><b>jeudi 24 septembre 2026 à 17h45</b><br>
        Agence Caen Saint-Sauveur - 9 place Saint-Sauveur, 14000 Caen<br>
        Objet : projet immobilier / simulation de prêt</p>
        <p>Pièces à apporter : trois derniers bulletins de salaire, dernier avis d'imposition, relevés de compte.</p>
        <p>Ajoutez ce rendez-vous à votre agenda grâce au fichier joint.</p>
        <p>Banque Côtière de Normandie<br><span style="font-size:11px;color:#777">Message automatique, merci de ne pas répondre.</span></p>
        """))
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Banque Cotiere de Normandie//RDV//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rdv-88120447@banque-cotiere.fr
        DTSTAMP:20260918T093000Z
        DTSTART:20260924T154500Z
        DTEND:20260924T164500Z
        SUMMARY:RDV conseiller - Banque Cotiere de Normandie
        LOCATION:Agence Caen Saint-Sauveur
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Banque Côtière de Normandie", "rdv-noreply@banque-cotiere.fr"),
        "Confirmation de votre rendez-vous du 24/09", "2026-09-18 11:30", PAR,
        "<rdv.88120447.20260918@banque-cotiere.fr>", relay="mailer.banque-cotiere.fr"),
        mixed(html(h), calendar(ics, method="PUBLISH", filename="rendez-vous.ics", disposition="attachment")))


@neg(38, "mock_interview", "fr", None,
     "Career coach confirms a mock-interview session ('simulation d'entretien', jeudi 8 octobre à 18h) and "
     "offers a package of interview-preparation sessions: coaching, not a job interview.",
     days=(("Thu", "2026-10-08"),))
def m38() -> bytes:
    body = t("""
        Hello Louise,

        C'est noté pour notre séance de simulation d'entretien jeudi 8 octobre à 18h, en
        visio (même lien que la dernière fois : https://meet.jit.si/elodie-coaching-louise).

        On partira de l'offre Seinergie que tu m'as envoyée : je jouerai le manager, puis
        on débriefe ton pitch et tes réponses sur les échecs de projet. Prévois 1h15.

        Et comme promis, si tu veux enchaîner avant tes prochains entretiens, j'ai un
        forfait « 3 séances préparation entretien » à 210 € : dis-moi.

        Belle semaine,
        Élodie

        Élodie Marie - Coach carrière & reconversion
        Caen / visio - 06 71 22 48 90
        """)
    return message(head(
        addr("Élodie Marie Coaching", "contact@elodiemarie-coaching.fr"),
        "Re: séance de jeudi", "2026-10-04 19:12", PAR,
        "<20261004171204.GA11873@elodiemarie-coaching.fr>", relay="smtp.ionos.fr",
        extra=(("In-Reply-To", "<c0ffee12-3456-4789-abcd-ef0123456789@example.org>"),)),
        alt(text(body), html(gmail_html(body))))


@neg(39, "forward_other", "fr", None,
     "Louise's cousin forwards HIS OWN confirmed interview ('lundi 9 novembre à 9h00', Aéro Seine) and asks "
     "for advice: a confirmed interview, but for someone else; the inner To is Thomas, not Louise.",
     days=(("Mon", "2026-11-09"),))
def m39() -> bytes:
    body = t("""
        Coucou cousine,

        Regarde ça !! J'ai enfin décroché un entretien. Tu pourrais m'appeler ce week-end
        pour me donner deux-trois conseils ? Toi tu en as fait plein ces temps-ci...

        Bises,
        Thomas

        -------- Message transféré --------
        Sujet : Confirmation de votre entretien - Technicien de maintenance aéronautique
        Date : Wed, 4 Nov 2026 10:41:07 +0100
        De : Aéro Seine Recrutement <recrutement@aeroseine.fr>
        Pour : Thomas Lefebvre <thomas.lefebvre@example.net>

        Bonjour Monsieur Lefebvre,

        Nous vous confirmons votre entretien le lundi 9 novembre à 9h00 sur notre site de
        Vernon (27200), bâtiment 4, avec M. Rodrigue Lenoir, responsable de production.

        Merci de vous présenter 10 minutes en avance muni d'une pièce d'identité.

        Cordialement,
        Le service Recrutement - Aéro Seine
        """)
    return message(head(
        addr("Thomas Lefebvre", "thomas.lefebvre@example.net"),
        "Fwd: Confirmation de votre entretien - Technicien de maintenance aéronautique",
        "2026-11-04 21:05", PAR, "<4b8e1f0a-9c72-4d35-b6e1-0f2a8c7d9e31@example.net>",
        relay="smtp.example.net"),
        text(body, cte="quoted-printable"))


@neg(40, "interviewer_current_job", "fr", "Océalis Ingénierie",
     "Exchange invitation from HR at Louise's current employer asking her to sit on the panel interviewing a "
     "candidate ('Entretien candidat : Kévin Marie', mardi 17 novembre 14:00-15:00, Romance Standard Time): "
     "she is the interviewer, not the candidate. Company = the (current) employer sending it.",
     days=(("Tue", "2026-11-17"),))
def m40() -> bytes:
    body = t("""
        Bonjour Louise,

        Comme évoqué en réunion d'équipe, peux-tu faire partie du jury pour le poste de
        technicien essais ? Le candidat, Kévin Marie, sera reçu mardi 17 novembre de 14h à
        15h, salle Orne. Tu trouveras son CV et la grille d'évaluation sur le SharePoint RH.

        Merci d'avance !
        Nadia

        Nadia Benali
        Chargée RH - Océalis Ingénierie
        Parc Athéna, 14000 Caen
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nadia Benali:mailto:nadia.benali@ocealis-ingenierie.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Louise Lefebvre:mailto:louise.lefebvre@ocealis-ingenierie.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bruno Lemarchand:mailto:bruno.lemarchand@ocealis-ingenierie.fr
        UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DD01000000000000000010000000B1C2D3E4F5061728
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat : Kévin Marie - Technicien essais
        DTSTART;TZID=Romance Standard Time:20261117T140000
        DTEND;TZID=Romance Standard Time:20261117T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261110T081500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Orne
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Nadia Benali", "nadia.benali@ocealis-ingenierie.fr"),
        "Entretien candidat : Kévin Marie - Technicien essais", "2026-11-10 09:15", PAR,
        "<PR1P191MB2234F0E1D2C3B4A59687@PR1P191MB2234.EURP191.PROD.OUTLOOK.COM>",
        relay="EUR01-HE1-obe.outbound.protection.outlook.com",
        to=addr("Louise Lefebvre", "louise.lefebvre@ocealis-ingenierie.fr"),
        extra=(("Cc", addr("Bruno Lemarchand", "bruno.lemarchand@ocealis-ingenierie.fr")),
               ("Delivered-To", ME),
               ("X-Forwarded-For", f"louise.lefebvre@ocealis-ingenierie.fr {ME}"))),
        alt(text(body), calendar(ics, cte="base64")))


@neg(41, "medical", "fr", None,
     "Doctor's appointment reminder ('lundi 2 nov. à 8h40', GP): fixed time, not an interview.",
     days=(("Mon", "2026-11-02"),))
def m41() -> bytes:
    body = t("""
        Rappel de votre rendez-vous

        Dr Anne Lebrun - Médecin généraliste
        lundi 2 nov. à 8h40
        Cabinet médical du Jardin des Plantes, 5 rue Desmoueux, 14000 Caen

        Motif : consultation

        Si vous ne pouvez pas vous rendre à ce rendez-vous, pensez à l'annuler depuis
        l'application MédiRDV afin de libérer le créneau pour un autre patient.

        L'équipe MédiRDV
        """)
    return message(head(
        addr("MédiRDV", "no-reply@medirdv.fr"),
        "Rappel : RDV lundi 2 nov. à 8h40 avec Dr Anne Lebrun", "2026-10-30 18:00", PAR,
        "<reminder-7710293-20261030@medirdv.fr>", relay="o12.mailer.medirdv.fr"),
        alt(text(body), html(page(gmail_html(body)))))


@neg(42, "flat_viewing", "fr", None,
     "Estate agency confirms a flat viewing in Rennes ('samedi 24 octobre à 11h'): fixed time, not an "
     "interview.", days=(("Sat", "2026-10-24"),))
def m42() -> bytes:
    body = t("""
        Bonjour Madame Lefebvre,

        Je vous confirme la visite de l'appartement T3 de la rue de Saint-Malo (3e étage
        avec ascenseur, 68 m², loyer 890 € CC) le samedi 24 octobre à 11h. Rendez-vous
        devant l'immeuble, au 47.

        Pensez à préparer votre dossier (pièce d'identité, trois derniers bulletins de
        salaire ou promesse d'embauche, avis d'imposition) : les dossiers complets sont
        étudiés en priorité.

        Cordialement,

        Gaëlle Rouxel
        Immo Vilaine - Location
        18 quai Lamartine, 35000 Rennes
        """)
    return message(head(
        addr("Gaëlle Rouxel - Immo Vilaine", "g.rouxel@immo-vilaine.fr"),
        "Visite T3 rue de Saint-Malo - samedi 24/10 11h", "2026-10-20 17:26", PAR,
        "<01a2b3c4d5e6f7a8@immo-vilaine.fr>", relay="smtp.immo-vilaine.fr"),
        text(body, charset="iso-8859-15", cte="8bit"))


@neg(43, "parent_teacher", "fr", None,
     "School parent-teacher meeting through the school ENT ('rendez-vous avec l'enseignante de Jules, jeudi "
     "19 novembre à 16h45'): fixed time, not a job interview.", days=(("Thu", "2026-11-19"),))
def m43() -> bytes:
    h = page(t("""
        <p><b>ENT Écoles de Caen</b> - Nouveau message</p>
        <p>De : Mme Carole Jeanne (enseignante CE2 - École élémentaire Jean-Rostand)</p>
        <hr>
        <p>Bonjour Madame Lefebvre,</p>
        <p>Je vous confirme notre rendez-vous pour faire le point sur le premier trimestre de Jules :
        <b>jeudi 19 novembre à 16h45</b>, dans la classe (bâtiment B, 1er étage). Nous aurons une vingtaine de
        minutes.</p>
        <p>Bien cordialement,<br>Carole Jeanne</p>
        <hr>
        <p style="font-size:11px;color:#777">Pour répondre, connectez-vous à l'ENT. Cet e-mail est une notification automatique.</p>
        """))
    return message(head(
        addr("ENT Écoles de Caen", "notifications@ent-ecoles-caen.fr"),
        "[ENT] Nouveau message : Rendez-vous parents - Jules", "2026-11-16 12:05", PAR,
        "<ent-msg-4471928@ent-ecoles-caen.fr>", relay="mx-out.ent-ecoles-caen.fr"),
        html(h, cte="quoted-printable"))


@neg(44, "team_event", "fr", "Océalis Ingénierie",
     "Google Calendar invitation from a colleague at her current job: end-of-year team seminar and bowling, "
     "'ven. 11 déc. 2026 14:00 - 22:00' with ICS; a team event, not an interview.",
     days=(("Fri", "2026-12-11"),))
def m44() -> bytes:
    body = t("""
        Invitation : Séminaire de fin d'année Océalis + bowling 🎳
        ven. 11 déc. 2026 14:00 - 22:00 (heure normale d'Europe centrale - Paris)

        Après-midi : bilan 2026 et feuille de route 2027 (salle Orne).
        18h30 : bowling à Mondeville puis dîner. Inscription au dîner sur le tableau avant le 4/12 !

        Organisateur
        Mathilde Guérin
        mathilde.guerin@ocealis-ingenierie.fr

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261211T130000Z
        DTEND:20261211T210000Z
        DTSTAMP:20261124T140000Z
        ORGANIZER;CN=Mathilde Guérin:mailto:mathilde.guerin@ocealis-ingenierie.fr
        UID:5c1e9a7b3d2f@google.com
        ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=equipe-caen@ocealis-ingenierie.fr:mailto:equipe-caen@ocealis-ingenierie.fr
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Séminaire de fin d'année Océalis + bowling 🎳
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Mathilde Guérin", "mathilde.guerin@ocealis-ingenierie.fr"),
        "Invitation : Séminaire de fin d'année Océalis + bowling 🎳 @ ven. 11 déc. 2026 14:00 - 22:00 (CET)",
        "2026-11-24 15:00", PAR, "<calendar-5c1e9a7b-3d2f-4e10-a8b9-0c1d2e3f4a5b@google.com>",
        relay="mail-sor-f41.google.com",
        to="equipe-caen@ocealis-ingenierie.fr",
        extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
               ("Delivered-To", ME))),
        mixed(alt(text(body), calendar(ics, cte="base64")),
              calendar(ics, ctype="application/ics", filename="invite.ics", disposition="attachment",
                       cte="base64", name_param=True)))


@neg(45, "webinar", "en", None,
     "Zoom webinar registration 'Offshore Wind Careers Live: acing the technical interview' (Nov 10, 2026 "
     "06:00 PM Paris): a confirmed time for a webinar about interviews, not an interview.",
     days=(("Tue", "2026-11-10"),))
def m45() -> bytes:
    body = t("""
        Hi Louise,

        Thank you for registering for "Offshore Wind Careers Live: acing the technical
        interview".

        Date & Time: Nov 10, 2026 06:00 PM Paris

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86177203318?tk=Xk3fQp0

        Passcode: 441902

        Add to Calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Hosted by Offshore Careers Network
        """)
    return message(head(
        addr("Offshore Careers Network", "no-reply@zoom.us"),
        "Offshore Wind Careers Live: acing the technical interview Confirmation", "2026-11-03 08:44", "UTC",
        "<zoom.webinar.86177203318.reg.5521@zoom.us>", relay="mta-out-27.zoom.us",
        extra=(("Reply-To", "events@offshorecareers.network"),)),
        alt(text(body), html(page(gmail_html(body), "en"))))


@neg(46, "auto_reply", "fr", None,
     "Out-of-office auto-reply from a recruiter to Louise's application ('absente jusqu'au lundi 2 novembre "
     "inclus'), points to a shared mailbox; no interview.", days=(("Mon", "2026-11-02"),))
def m46() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 2 novembre inclus, avec un accès limité à
        mes e-mails. Votre message sera traité à mon retour.

        Pour toute question urgente concernant un entretien ou une candidature, vous pouvez
        écrire à recrutement@rade-energie.fr.

        Cordialement,
        Sébastien Duval
        Responsable RH - Rade Énergie
        """)
    return message(head(
        addr("Sébastien Duval", "sebastien.duval@rade-energie.fr"),
        "Réponse automatique : Candidature - Chargée d'affaires énergie - Louise Lefebvre",
        "2026-10-26 09:03", PAR, "<AM9P193MB1520A6B7C8D9E0F1@AM9P193MB1520.EURP193.PROD.OUTLOOK.COM>",
        relay="EUR04-DB3-obe.outbound.protection.outlook.com",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("In-Reply-To", "<e7d5c3b1-a9f8-4e6d-8c4b-2a0f1e3d5c7b@example.org>"))),
        text(body))


@neg(47, "bounce", "fr", None,
     "MAILER-DAEMON bounce (multipart/report) of Louise's own thank-you note after an interview 'ce matin "
     "à 10h'; the mail is a delivery failure, it confirms nothing.")
def m47() -> bytes:
    orig = message([
        ("From", ME_H),
        ("To", addr("Mathieu Grandin", "m.grandin@portea-logistque.fr")),
        ("Subject", "Merci pour l'entretien"),
        ("Date", date("2026-10-06 14:32", PAR)),
        ("Message-ID", "<f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9@example.org>"),
    ], text(t("""
        Bonjour Monsieur Grandin,

        Merci encore pour l'entretien de ce matin à 10h15 et pour la visite du terminal.
        Le projet d'électrification des quais me motive vraiment, et j'ai apprécié nos
        échanges sur le phasage des travaux.

        Je reste à votre disposition pour toute information complémentaire.

        Bien cordialement,
        Louise Lefebvre
        """), cte="8bit"))
    explain = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <m.grandin@portea-logistque.fr>: Host or domain name not found. Name service
            error for name=portea-logistque.fr type=MX: Host not found, try again
        """)
    status = make.raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Kq9Zt2m1Fz7Rw
        Arrival-Date: Tue,  6 Oct 2026 14:32:09 +0200 (CEST)

        Final-Recipient: rfc822; m.grandin@portea-logistque.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=portea-logistque.fr type=MX: Host not found, try again
        """))
    return message(head(
        addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.org"),
        "Undelivered Mail Returned to Sender", "2026-10-06 14:32", PAR,
        "<20261006123211.9C1E32A0F7@smtp.example.org>", relay="smtp.example.org",
        extra=(("Auto-Submitted", "auto-replied"),)),
        make.multipart("report", text(explain, charset="us-ascii", cte="7bit"), status,
                       attached_message(orig), params="report-type=delivery-status"))


@neg(48, "choir_audition", "fr", None,
     "Choir audition confirmed ('audition mercredi 16 septembre à 20h', Ensemble vocal): fixed time, not a "
     "job interview.", days=(("Wed", "2026-09-16"),))
def m48() -> bytes:
    body = t("""
        Bonjour Louise,

        Merci pour votre intérêt pour l'Ensemble vocal Sainte-Paix ! Comme nous manquons
        cruellement d'altos, nous serions ravis de vous entendre.

        Votre audition est fixée au mercredi 16 septembre à 20h, avant la répétition, à la
        salle paroissiale (3 rue de l'Oratoire, Caen). Rien de terrible : une vocalise, un
        court extrait de votre choix et un peu de déchiffrage. Comptez un quart d'heure.

        Musicalement,
        Hervé Desfontaines
        Chef de chœur - Ensemble vocal Sainte-Paix
        """)
    return message(head(
        addr("Hervé Desfontaines", "herve.desfontaines@example.com"),
        "Audition pour l'Ensemble vocal", "2026-09-10 22:18", PAR,
        "<trinity-7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d-1789071480000@3c-app-mailcom-bs08>",
        relay="mout.example.com"),
        text(body, charset="iso-8859-15", cte="quoted-printable"))


@neg(49, "reconnect_later", "en", "Northsea Search Partners",
     "Headhunter outreach: role on hold, 'let's reconnect after the new year, I'll ping you the week of 11 "
     "January to set up a call': no fixed time. Company = the search firm that writes.",
     days=(("Mon", "2027-01-11"),))
def m49() -> bytes:
    body = t("""
        Hi Louise,

        Quick update from my side: our client (a floating-wind developer, Rennes/Paris)
        has frozen the Package Manager search until their FID slips are sorted out, so
        there's nothing to schedule before Christmas, sadly.

        Your profile is still top of my list for them, so let's reconnect after the new
        year - I'll ping you the week of 11 January to set up a proper call, and we can
        take it from there.

        Have a lovely end of year,

        Callum Fraser
        Principal Consultant - Renewables
        Northsea Search Partners | Aberdeen - London - Paris
        """)
    return message(head(
        addr("Callum Fraser", "callum.fraser@northseasearch.com"),
        "Package Manager role - on hold until January", "2026-12-11 16:20", "Europe/London",
        "<DB9PR02MB7344C1D2E3F4A5B6@DB9PR02MB7344.eurprd02.prod.outlook.com>",
        relay="EUR02-AM0-obe.outbound.protection.outlook.com"),
        alt(text(body, charset="us-ascii", cte="7bit"), html(page(gmail_html(body), "en"))))


@neg(50, "rejection", "en", "Kelpwise",
     "Ashby rejection after the interview of 'Tuesday, September 22' (the Kelpwise confirmation): past "
     "interview, no new time. Company = employer.", days=(("Tue", "2026-09-22"),))
def m50() -> bytes:
    body = t("""
        Hi Louise,

        Thank you for taking the time to interview with Yannick on Tuesday, September 22
        for the Senior Energy Systems Engineer role. We really enjoyed the conversation.

        After a lot of discussion we've decided to move forward with another candidate
        whose experience is closer to our current battery-storage roadmap. This was a
        close call, and we'd genuinely like to stay in touch for future roles.

        Wishing you all the best,
        Maël Guivarc'h
        Kelpwise Recruiting
        """)
    return message(head(
        addr("Kelpwise", "no-reply@ashbyhq.com"),
        "Update on your application at Kelpwise", "2026-10-02 15:10", "UTC",
        "<010201a2c8d7e6f5-1a2b3c4d-5e6f-4789-8a9b-0c1d2e3f4a5b-000000@email.amazonses.com>",
        relay="mail.ashbyhq.com",
        extra=(("Reply-To", addr("Maël Guivarc'h", "mael@kelpwise.io")),)),
        alt(text(body, cte="base64"), html(page(gmail_html(body), "en"), cte="base64")))
