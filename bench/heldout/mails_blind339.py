"""blind339: a blind 50-mail held-out set, the inbox of Baptiste Moreau, a horticulture-nursery
logistics manager in Angers (Europe/Paris), September to December 2026.

Written by a helper session (Claude) that read only make.py, make_blind.py, the non-score parts of
the held-out README, the dev corpus README, dev labels, dev_002, dev_009 and score.py; it did not
read the detector, its tests, the other held-out mails or sets, and never ran the detector. Each
mail is written by hand as one function below (keys 1-23 positives, 24-50 negatives); file numbers
are a fixed shuffle of the writing order. Mostly French from France (tu and vous), some English (a
Dutch employer in Europe/Amsterdam, a British one in Europe/London) and Quebec French from Montreal
(America/Toronto). All companies and people are fictional.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import addr, alt, calendar, enc, html, mixed, t, text

ORDER = random.Random(3390339).sample(range(1, 51), 50)
SET = "blind339"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "baptiste.moreau@example.com"
ME_H = addr("Baptiste Moreau", ME)
ME_ALT = "baptiste.moreau@example.org"


def mid(seed: str, domain: str, fmt: str = "{h}@{d}") -> str:
    h = hashlib.sha1(f"{SET}-{seed}".encode(), usedforsecurity=False).hexdigest()
    return "<" + fmt.format(h=h[:24], H=h[:24].upper(), d=domain, a=h[:8], b=h[8:12], c=h[12:16], e=h[16:28]) + ">"


def rcv(host: str, ip: str, when: str, zone: str, seed: str, lag: int = 4) -> tuple[str, str]:
    ident = hashlib.sha1(f"rcv-{seed}".encode(), usedforsecurity=False).hexdigest()[:12].upper()
    return ("Received", make.received(f"from {host} ({host} [{ip}])", when, zone,
                                      f"mx1.example.com (Postfix) with ESMTPS id {ident}", ME, lag))


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_H,
         received: tuple[str, str] | None = None, charset: str = "utf-8",
         extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if received:
        hs.append(received)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)),
           ("Date", make.date(when, zone)), ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def page(inner: str, lang: str = "fr", charset: str = "utf-8") -> str:
    return t(f"""
        <!DOCTYPE html>
        <html lang="{lang}"><head><meta charset="{charset}"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933;margin:0;padding:0">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td>
        {inner}
        </td></tr></table>
        </td></tr></table>
        </body></html>
    """)


# --------------------------------------------------------------------------- time zones for ICS

ROMANCE = make.VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
AMSTERDAM = make.VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Amsterdam")
PARIS = make.VTZ["Europe/Paris"]
TORONTO = make.VTZ["America/New_York"].replace("America/New_York", "America/Toronto")
GMT_WIN = make.VTZ["GMT Standard Time"]


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-10-01T12:00:00Z", end="2026-10-01T12:45:00Z",
           contact="sanne.deruiter@vandermolenplants.nl", company="Vandermolen Plant Logistics",
           local="Thu 2026-10-01 14:00", local_end="2026-10-01 14:45", zone="Europe/Amsterdam",
           note="Greenhouse confirmation from a Dutch employer: Thursday 1 October 14:00-14:45 CEST "
                "(Amsterdam, same offset as Angers) = 12:00-12:45 UTC; ICS TZID Europe/Amsterdam agrees; "
                "contact = Reply-To recruiter (sender is no-reply@greenhouse.io)")
def p01() -> bytes:
    when, zone = "2026-09-28 10:12", "Europe/Amsterdam"
    body = t("""
        Hi Baptiste,

        Thank you for scheduling time with Vandermolen Plant Logistics. Your video interview for
        Supply Chain Coordinator Europe is confirmed:

        Thursday, October 1, 2026
        14:00 - 14:45 CEST (Amsterdam)

        Interviewers:
          Sanne de Ruiter - Talent Acquisition Partner
          Maarten Bosch - Head of Distribution, Aalsmeer hub

        Location: Microsoft Teams (the link is in the attached calendar invitation)

        If you need to change the time, just reply to this email and it will reach Sanne.

        Best regards,
        The Vandermolen Recruiting Team

        Vandermolen Plant Logistics B.V. | Legmeerdijk 281 | 1431 GB Aalsmeer | Netherlands
        Powered by Greenhouse
    """)
    hbody = page(t("""
        <p>Hi Baptiste,</p>
        <p>Thank you for scheduling time with Vandermolen Plant Logistics. Your video interview for
        <strong>Supply Chain Coordinator Europe</strong> is confirmed:</p>
        <p style="font-size:16px"><strong>Thursday, October 1, 2026<br>14:00 - 14:45 CEST (Amsterdam)</strong></p>
        <p>Interviewers:<br>Sanne de Ruiter - Talent Acquisition Partner<br>Maarten Bosch - Head of Distribution, Aalsmeer hub</p>
        <p>Location: Microsoft Teams (the link is in the attached calendar invitation)</p>
        <p>If you need to change the time, just reply to this email and it will reach Sanne.</p>
        <p>Best regards,<br>The Vandermolen Recruiting Team</p>
        <p style="color:#8a94a6;font-size:11px">Vandermolen Plant Logistics B.V. | Legmeerdijk 281 | 1431 GB Aalsmeer | Netherlands<br>Powered by Greenhouse</p>
    """), "en")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {AMSTERDAM.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        UID:gh-interview-88213407-vandermolen@greenhouse.io
        DTSTAMP:20260928T081200Z
        DTSTART;TZID=Europe/Amsterdam:20261001T140000
        DTEND;TZID=Europe/Amsterdam:20261001T144500
        SEQUENCE:0
        SUMMARY:Interview: Baptiste Moreau - Supply Chain Coordinator Europe
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZmRh%40thread.v2/0
        ORGANIZER;CN=Sanne de Ruiter:mailto:sanne.deruiter@vandermolenplants.nl
        ATTENDEE;CN=Baptiste Moreau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:baptiste.moreau@example.com
        ATTENDEE;CN=Maarten Bosch;ROLE=REQ-PARTICIPANT:mailto:maarten.bosch@vandermolenplants.nl
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Vandermolen Plant Logistics", "no-reply@greenhouse.io"),
              "Interview confirmed: Supply Chain Coordinator Europe at Vandermolen Plant Logistics",
              when, zone, mid("p01", "greenhouse.io", "0100{h}-000000@email.amazonses.com"),
              received=rcv("a8-33.smtp-out.amazonses.com", "54.240.8.33", when, zone, "p01"),
              extra=(("Reply-To", addr("Sanne de Ruiter", "sanne.deruiter@vandermolenplants.nl")),))
    return make.message(hs, mixed(alt(text(body), html(hbody)),
                                  calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                           disposition="attachment")))


@make.mail(N(2), family="lever", lang="fr", interview=True, kind="scheduled",
           start="2026-09-14T08:30:00Z", end="2026-09-14T09:15:00Z",
           contact="camille.fougere@plantanet.fr", company="Plantanet",
           local="Mon 2026-09-14 10:30", local_end="2026-09-14 11:15", zone="Europe/Paris",
           note="Lever confirmation in French: lundi 14 septembre 10h30, 45 minutes, heure de Paris "
                "(CEST, UTC+2) = 08:30-09:15 UTC; contact = Reply-To recruiter")
def p02() -> bytes:
    when, zone = "2026-09-08 16:40", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Merci d'avoir choisi un créneau ! Votre entretien pour le poste de Responsable logistique
        entrepôt (H/F) – Carquefou est confirmé :

        Date : lundi 14 septembre 2026
        Heure : 10h30 – 11h15 (heure de Paris)
        Format : visioconférence Google Meet – https://meet.google.com/rvk-qzpd-hta
        Avec : Camille Fougère (Talent Acquisition) et Yann Le Gall (Directeur des opérations)

        L'entretien durera 45 minutes. Pour toute question ou si vous avez un empêchement, répondez
        simplement à ce message.

        À très vite,
        L'équipe recrutement Plantanet

        --
        Envoyé via Lever pour le compte de Plantanet
    """)
    hbody = page(t("""
        <p>Bonjour Baptiste,</p>
        <p>Merci d'avoir choisi un créneau&nbsp;! Votre entretien pour le poste de <b>Responsable logistique entrepôt (H/F) – Carquefou</b> est confirmé&nbsp;:</p>
        <ul>
        <li>Date&nbsp;: lundi 14 septembre 2026</li>
        <li>Heure&nbsp;: 10h30 – 11h15 (heure de Paris)</li>
        <li>Format&nbsp;: visioconférence Google Meet – <a href="https://meet.google.com/rvk-qzpd-hta">meet.google.com/rvk-qzpd-hta</a></li>
        <li>Avec&nbsp;: Camille Fougère (Talent Acquisition) et Yann Le Gall (Directeur des opérations)</li>
        </ul>
        <p>L'entretien durera 45 minutes. Pour toute question ou si vous avez un empêchement, répondez simplement à ce message.</p>
        <p>À très vite,<br>L'équipe recrutement Plantanet</p>
        <p style="font-size:11px;color:#999">Envoyé via Lever pour le compte de Plantanet</p>
    """))
    hs = head(addr("Plantanet", "no-reply@hire.lever.co"),
              "Entretien confirmé – Responsable logistique entrepôt (H/F) chez Plantanet",
              when, zone, mid("p02", "hire.lever.co"),
              received=rcv("o7.email.lever.co", "167.89.101.7", when, zone, "p02"),
              extra=(("Reply-To", addr("Camille Fougère", "camille.fougere@plantanet.fr")),))
    return make.message(hs, alt(text(body), html(hbody)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T11:00:00Z", end="2026-10-27T12:00:00Z",
           contact="oliver.pembroke@hartwellgarden.co.uk", company="Hartwell Garden Supplies",
           local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:00", zone="Europe/London",
           note="Workday HTML-only (base64) mail sent Thursday 22 October in BST; the interview on "
                "Tuesday 27 October 11:00-12:00 UK time falls after the clocks go back on 25 October, "
                "so GMT = 11:00-12:00 UTC (12:00 in Angers); sender is a Workday notification "
                "address, contact = the recruiter's address in the body")
def p03() -> bytes:
    when, zone = "2026-10-22 09:05", "Europe/London"
    hbody = page(t("""
        <div style="border-bottom:3px solid #2e6b3a;padding-bottom:8px"><img src="https://hartwell.wd3.myworkdaysite.com/logo.png" alt="Hartwell Garden Supplies" width="160"></div>
        <p>Dear Baptiste,</p>
        <p>Thank you for your application for the role of <b>European Logistics Manager (REQ-04471)</b>.
        We are pleased to confirm your first-stage interview.</p>
        <table cellpadding="4" style="border-collapse:collapse;font-size:14px">
        <tr><td style="color:#666">Date</td><td>Tuesday 27 October 2026</td></tr>
        <tr><td style="color:#666">Time</td><td>11:00 – 12:00 (UK time)</td></tr>
        <tr><td style="color:#666">Format</td><td>Microsoft Teams video call</td></tr>
        <tr><td style="color:#666">Panel</td><td>Oliver Pembroke (Talent Partner), Rachel Inskip (Head of Supply Chain)</td></tr>
        </table>
        <p>Please note the UK clocks go back on Sunday 25 October. A Teams link will be sent separately by the panel.</p>
        <p>If you have any questions, please contact Oliver Pembroke at
        <a href="mailto:oliver.pembroke@hartwellgarden.co.uk">oliver.pembroke@hartwellgarden.co.uk</a>.</p>
        <p>You can review your application at any time in the <a href="https://hartwell.wd3.myworkdayjobs.com/Careers">Candidate Home</a>.</p>
        <p>Kind regards,<br>Hartwell Talent Acquisition</p>
        <p style="font-size:11px;color:#888">Hartwell Garden Supplies Ltd, Vale Road, Evesham WR11 1TD. This email was sent from an unmonitored address.</p>
    """), "en")
    hs = head(addr("Hartwell Garden Supplies", "hartwell@myworkday.com"),
              "Interview Confirmation - European Logistics Manager (REQ-04471)",
              when, zone, mid("p03", "myworkday.com", "{a}.{b}{c}.JavaMail.wdprod@wd3-prod-mail"),
              received=rcv("mail-out3.myworkday.com", "198.51.100.23", when, zone, "p03"))
    return make.message(hs, html(hbody, cte="base64"))


@make.mail(N(4), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start="2026-09-22T07:00:00Z", end="2026-09-22T08:00:00Z",
           contact="lea.chauvin@verdalis.fr", company="Groupe Verdalis",
           local="Tue 2026-09-22 09:00", local_end="2026-09-22 10:00", zone="Europe/Paris",
           note="SmartRecruiters on-site interview, mardi 22 septembre 9h00-10h00 heure de Paris "
                "(CEST) = 07:00-08:00 UTC, ICS in the alternative agrees; contact = human ICS ORGANIZER")
def p04() -> bytes:
    when, zone = "2026-09-16 11:20", "Europe/Paris"
    body = t("""
        Bonjour Baptiste Moreau,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Chef de quai –
        Plateforme végétale (CDI) :

        mardi 22 septembre 2026, de 9h00 à 10h00
        Groupe Verdalis – Plateforme logistique, 14 rue du Bois-Rinier, 49124 Saint-Barthélemy-d'Anjou
        Interlocutrice : Léa Chauvin, chargée de recrutement

        Merci de vous présenter à l'accueil du bâtiment B dix minutes avant l'heure prévue, muni
        d'une pièce d'identité (accès site sécurisé).

        Cordialement,
        Léa Chauvin
        Groupe Verdalis – Ressources humaines
    """)
    hbody = page(t("""
        <p>Bonjour Baptiste Moreau,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de <b>Chef de quai – Plateforme végétale (CDI)</b>&nbsp;:</p>
        <p><b>mardi 22 septembre 2026, de 9h00 à 10h00</b><br>
        Groupe Verdalis – Plateforme logistique, 14 rue du Bois-Rinier, 49124 Saint-Barthélemy-d'Anjou<br>
        Interlocutrice&nbsp;: Léa Chauvin, chargée de recrutement</p>
        <p>Merci de vous présenter à l'accueil du bâtiment B dix minutes avant l'heure prévue, muni d'une pièce d'identité (accès site sécurisé).</p>
        <p>Cordialement,<br>Léa Chauvin<br>Groupe Verdalis – Ressources humaines</p>
        <p style="font-size:11px;color:#999">Ce message vous a été envoyé via SmartRecruiters.</p>
    """))
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduling//FR
        METHOD:REQUEST
        {PARIS.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        UID:sr-3f1c9a0e-7b2d-4c55-9e1a-verdalis-int
        DTSTAMP:20260916T092000Z
        DTSTART;TZID=Europe/Paris:20260922T090000
        DTEND;TZID=Europe/Paris:20260922T100000
        SUMMARY:Entretien - Chef de quai - Plateforme végétale - Baptiste Moreau
        LOCATION:14 rue du Bois-Rinier\\, 49124 Saint-Barthélemy-d'Anjou
        ORGANIZER;CN=Léa Chauvin:mailto:lea.chauvin@verdalis.fr
        ATTENDEE;CN=Baptiste Moreau;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:baptiste.moreau@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Groupe Verdalis", "no-reply@smartrecruiters.com"),
              "Confirmation de votre entretien – Chef de quai – Plateforme végétale",
              when, zone, mid("p04", "smartrecruiters.com"),
              received=rcv("mail4.smartrecruiters.com", "185.12.80.44", when, zone, "p04"))
    return make.message(hs, alt(text(body), html(hbody), calendar(ics, cte="quoted-printable")))


@make.mail(N(5), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-10-08T12:30:00Z", end=None,
           contact="hugo.menard@botanica-jardins.fr", company="Botanica Jardins",
           local="Thu 2026-10-08 14:30", zone="Europe/Paris",
           note="Teamtailor in-person interview in Nantes, jeudi 8 octobre 14h30 (CEST) = 12:30 UTC; "
                "'environ 1h' is approximate so end null; contact = Reply-To hiring manager")
def p05() -> bytes:
    when, zone = "2026-10-02 14:03", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        C'est confirmé ! Nous vous attendons pour un entretien sur le poste de Responsable
        approvisionnement & logistique magasins :

        📅 jeudi 8 octobre 2026 à 14h30
        📍 Botanica Jardins – siège, 7 boulevard des Pas Enchantés, 44230 Saint-Sébastien-sur-Loire
        👤 Hugo Ménard, Directeur supply chain

        Prévoyez environ 1h d'échange, suivi d'une courte visite de la plateforme.
        Le parking visiteurs se trouve à droite de l'entrée principale.

        Une question ? Répondez directement à cet e-mail.

        Belle journée,
        L'équipe Botanica Jardins

        Gérer mes données : https://botanica-jardins.teamtailor.com/connect
    """)
    hbody = page(t("""
        <h2 style="color:#2f5d3a;font-weight:600">C'est confirmé&nbsp;!</h2>
        <p>Bonjour Baptiste,</p>
        <p>Nous vous attendons pour un entretien sur le poste de <b>Responsable approvisionnement &amp; logistique magasins</b>&nbsp;:</p>
        <p>📅 jeudi 8 octobre 2026 à 14h30<br>
        📍 Botanica Jardins – siège, 7 boulevard des Pas Enchantés, 44230 Saint-Sébastien-sur-Loire<br>
        👤 Hugo Ménard, Directeur supply chain</p>
        <p>Prévoyez environ 1h d'échange, suivi d'une courte visite de la plateforme. Le parking visiteurs se trouve à droite de l'entrée principale.</p>
        <p>Une question&nbsp;? Répondez directement à cet e-mail.</p>
        <p>Belle journée,<br>L'équipe Botanica Jardins</p>
        <p style="font-size:11px;color:#999"><a href="https://botanica-jardins.teamtailor.com/connect">Gérer mes données</a> · Propulsé par Teamtailor</p>
    """))
    hs = head(addr("Botanica Jardins", "no-reply@teamtailor-mail.com"),
              "Votre entretien chez Botanica Jardins est confirmé",
              when, zone, mid("p05", "teamtailor-mail.com"),
              received=rcv("mail-eu.teamtailor-mail.com", "159.135.224.18", when, zone, "p05"),
              extra=(("Reply-To", addr("Hugo Ménard", "hugo.menard@botanica-jardins.fr")),))
    return make.message(hs, alt(text(body), html(hbody)))


@make.mail(N(6), family="personio", lang="fr", interview=True, kind="scheduled",
           start="2026-10-16T13:00:00Z", end="2026-10-16T14:00:00Z",
           contact="nadia.bertrand@agrilog-ouest.fr", company="Agrilog Ouest",
           local="Fri 2026-10-16 15:00", local_end="2026-10-16 16:00", zone="Europe/Paris",
           note="Personio HTML-only invitation: vendredi 16 octobre 15:00-16:00 (Europe/Paris, CEST "
                "before the 25 October change) = 13:00-14:00 UTC; contact = HR address in the body")
def p06() -> bytes:
    when, zone = "2026-10-12 08:47", "Europe/Paris"
    hbody = page(t("""
        <p>Bonjour Baptiste Moreau,</p>
        <p>Suite à l'étude de votre candidature au poste de <strong>Responsable des flux – plateforme de Beaupréau</strong>, nous avons le plaisir de vous inviter à un entretien.</p>
        <table cellpadding="6" style="background:#f4f6f8;border-radius:6px">
        <tr><td><strong>Date</strong></td><td>vendredi 16 octobre 2026</td></tr>
        <tr><td><strong>Horaire</strong></td><td>15:00 - 16:00 (Europe/Paris)</td></tr>
        <tr><td><strong>Lieu</strong></td><td>Microsoft Teams – le lien vous sera transmis la veille</td></tr>
        <tr><td><strong>Participants</strong></td><td>Nadia Bertrand (RRH), Franck Olivier (Directeur des opérations)</td></tr>
        </table>
        <p>Pour toute question, vous pouvez contacter Nadia Bertrand&nbsp;: <a href="mailto:nadia.bertrand@agrilog-ouest.fr">nadia.bertrand@agrilog-ouest.fr</a>.</p>
        <p>Bien cordialement,<br>Agrilog Ouest – Ressources humaines</p>
        <p style="font-size:11px;color:#98a2b3">Cet e-mail a été envoyé automatiquement par Personio. Merci de ne pas y répondre.</p>
    """))
    hs = head(addr("Agrilog Ouest", "noreply@personio.de"),
              "Invitation à un entretien – Responsable des flux",
              when, zone, mid("p06", "personio.de"),
              received=rcv("mta-eu1.personio.de", "3.120.44.91", when, zone, "p06"))
    return make.message(hs, html(hbody, cte="8bit"))


@make.mail(N(7), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start="2026-11-10T09:00:00Z", end="2026-11-10T10:00:00Z",
           contact="julien.pasquier@semences-bocage.fr", company="Semences du Bocage",
           local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone="Europe/Paris",
           note="Recruitee confirmation, mardi 10 novembre 10:00-11:00 heure de Paris, now CET "
                "(UTC+1) = 09:00-10:00 UTC; contact = Reply-To hiring manager")
def p07() -> bytes:
    when, zone = "2026-11-04 17:12", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Votre entretien a bien été planifié.

        Poste : Responsable logistique & expéditions (Cholet)
        Quand : mardi 10 novembre 2026, 10:00 - 11:00 (heure de Paris)
        Où : Semences du Bocage, ZI du Cormier, 49300 Cholet – salle Chanvre
        Avec : Julien Pasquier, directeur industriel

        Vous pouvez ajouter cet entretien à votre agenda depuis votre espace candidat.
        Si vous avez la moindre question, répondez simplement à cet e-mail.

        À bientôt,
        Semences du Bocage
    """)
    hbody = page(t("""
        <p>Bonjour Baptiste,</p>
        <p>Votre entretien a bien été planifié.</p>
        <p><b>Poste&nbsp;:</b> Responsable logistique &amp; expéditions (Cholet)<br>
        <b>Quand&nbsp;:</b> mardi 10 novembre 2026, 10:00 - 11:00 (heure de Paris)<br>
        <b>Où&nbsp;:</b> Semences du Bocage, ZI du Cormier, 49300 Cholet – salle Chanvre<br>
        <b>Avec&nbsp;:</b> Julien Pasquier, directeur industriel</p>
        <p>Vous pouvez ajouter cet entretien à votre agenda depuis votre espace candidat. Si vous avez la moindre question, répondez simplement à cet e-mail.</p>
        <p>À bientôt,<br>Semences du Bocage</p>
    """))
    hs = head(addr("Semences du Bocage", "semencesdubocage@recruiteemail.com"),
              "Entretien planifié : Responsable logistique & expéditions",
              when, zone, mid("p07", "recruiteemail.com"),
              received=rcv("smtp.recruiteemail.com", "185.250.239.12", when, zone, "p07"),
              extra=(("Reply-To", addr("Julien Pasquier", "julien.pasquier@semences-bocage.fr")),))
    return make.message(hs, alt(text(body), html(hbody)))


@make.mail(N(8), family="calendly", lang="fr", interview=True, kind="scheduled",
           start="2026-09-24T09:00:00Z", end="2026-09-24T09:30:00Z",
           contact="mathilde.roux@captalents-agri.fr", company="Cap Talents Agri",
           local="Thu 2026-09-24 11:00", local_end="2026-09-24 11:30", zone="Europe/Paris",
           note="Calendly invitee confirmation (French UI) for a 30-minute phone interview with an "
                "agency consultant: jeudi 24 septembre 11:00-11:30 heure d'été d'Europe centrale = "
                "09:00-09:30 UTC; client not named, company = the agency; contact = Reply-To consultant")
def p08() -> bytes:
    when, zone = "2026-09-18 18:31", "Europe/Paris"
    body = t("""
        Bonjour Baptiste Moreau,

        Un nouvel événement a été programmé.

        Type d'événement :
        Entretien téléphonique – 30 min

        Organisateur :
        Mathilde Roux

        Date/heure de l'événement :
        11:00 - 11:30, jeudi 24 septembre 2026 (heure d'été d'Europe centrale)

        Lieu :
        Mathilde vous appellera au +33 6 12 48 90 37

        Questions :
        Poste visé : Responsable logistique (client confidentiel, Maine-et-Loire)

        Besoin de modifier ? Annuler : https://calendly.com/cancellations/9c1f0e5a-2b7d
        Reprogrammer : https://calendly.com/reschedulings/9c1f0e5a-2b7d

        Propulsé par Calendly
    """)
    hbody = page(t("""
        <p>Bonjour Baptiste Moreau,</p>
        <p>Un nouvel événement a été programmé.</p>
        <p><b>Type d'événement&nbsp;:</b><br>Entretien téléphonique – 30 min</p>
        <p><b>Organisateur&nbsp;:</b><br>Mathilde Roux</p>
        <p><b>Date/heure de l'événement&nbsp;:</b><br>11:00 - 11:30, jeudi 24 septembre 2026 (heure d'été d'Europe centrale)</p>
        <p><b>Lieu&nbsp;:</b><br>Mathilde vous appellera au +33 6 12 48 90 37</p>
        <p><b>Questions&nbsp;:</b><br>Poste visé&nbsp;: Responsable logistique (client confidentiel, Maine-et-Loire)</p>
        <p><a href="https://calendly.com/cancellations/9c1f0e5a-2b7d">Annuler</a> · <a href="https://calendly.com/reschedulings/9c1f0e5a-2b7d">Reprogrammer</a></p>
        <p style="font-size:11px;color:#999">Propulsé par Calendly</p>
    """))
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:9c1f0e5a-2b7d-4f11-8d0e-cf51a2b9e7d4@calendly.com
        DTSTAMP:20260918T163100Z
        DTSTART:20260924T090000Z
        DTEND:20260924T093000Z
        SUMMARY:Entretien téléphonique – 30 min entre Mathilde Roux et Baptiste Moreau
        LOCATION:+33 6 12 48 90 37
        ORGANIZER;CN=Mathilde Roux:mailto:mathilde.roux@captalents-agri.fr
        ATTENDEE;CN=Baptiste Moreau;PARTSTAT=ACCEPTED:mailto:baptiste.moreau@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Nouvel événement : Baptiste Moreau – 11:00 jeu. 24 sept. 2026 – Entretien téléphonique – 30 min",
              when, zone, mid("p08", "calendly.com"),
              received=rcv("o1.ptr2351.calendly.com", "149.72.163.9", when, zone, "p08"),
              extra=(("Reply-To", addr("Mathilde Roux", "mathilde.roux@captalents-agri.fr")),))
    return make.message(hs, mixed(alt(text(body), html(hbody)),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                           ctype="application/ics", method=None)))


@make.mail(N(9), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-10-06T07:30:00Z", end="2026-10-06T08:30:00Z",
           contact=None, company="Coopérative Horticole du Val de Loire",
           local="Tue 2026-10-06 09:30", local_end="2026-10-06 10:30", zone="Europe/Paris",
           note="Microsoft Bookings from a shared recruiting mailbox; the body labels the time "
                "'(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' (the standard offset) but on 6 "
                "October Paris is on CEST, so 09:30-10:30 = 07:30-08:30 UTC, as the ICS (Romance "
                "Standard Time) confirms; staff name only, no personal address -> contact null")
def p09() -> bytes:
    when, zone = "2026-10-01 13:05", "Europe/Paris"
    hbody = page(t("""
        <div style="font-size:20px;color:#0f6cbd">Votre réservation est confirmée</div>
        <p>Bonjour Baptiste Moreau,</p>
        <p>Merci d'avoir réservé auprès de Coopérative Horticole du Val de Loire. Voici le récapitulatif de votre rendez-vous.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#616161">Service</td><td>Entretien de recrutement – Responsable logistique expéditions</td></tr>
        <tr><td style="color:#616161">Date</td><td>mardi 6 octobre 2026</td></tr>
        <tr><td style="color:#616161">Heure</td><td>09:30 - 10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#616161">Personnel</td><td>Éric Gautier</td></tr>
        <tr><td style="color:#616161">Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2YjFm%40thread.v2/0">Rejoindre la réunion Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementCHVL@coop-hvl.fr/bookings/">Gérer la réservation</a></p>
        <p style="color:#616161;font-size:12px">Coopérative Horticole du Val de Loire · 3 route de Montsoreau · 49400 Saumur</p>
    """))
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        ORGANIZER;CN=Recrutement CHVL:mailto:RecrutementCHVL@coop-hvl.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Baptiste Moreau:mailto:baptiste.moreau@example.com
        DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement – Responsable logistique expéditions
        UID:040000008200E00074C5B7101A82E0080000000062A8D4B7F94FDB01000000000000000010000000C1E2F3A4
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Responsable logistique expéditions
        DTSTART;TZID=Romance Standard Time:20261006T093000
        DTEND;TZID=Romance Standard Time:20261006T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T110500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Recrutement CHVL", "RecrutementCHVL@coop-hvl.fr"),
              "Réservation confirmée : Entretien de recrutement – Responsable logistique expéditions",
              when, zone, mid("p09", "PR3P192MB0711.EURP192.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-pr3eur02on2071.outbound.protection.outlook.com", "40.107.22.71", when, zone, "p09"))
    return make.message(hs, mixed(html(hbody, cte="base64"),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                           name_param=True)))


@make.mail(N(10), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-26T13:00:00Z", end="2026-10-26T14:00:00Z",
           contact="s.delaunay@pepinieres-delaunay.fr", company="Pépinières Delaunay",
           local="Mon 2026-10-26 14:00", local_end="2026-10-26 15:00", zone="Europe/Paris",
           note="Exchange meeting request (TZID Romance Standard Time) sent Monday 19 October in CEST "
                "for Monday 26 October 14:00-15:00, the day after France goes back to CET: 13:00-14:00 "
                "UTC; contact = organizer/sender")
def p10() -> bytes:
    when, zone = "2026-10-19 10:22", "Europe/Paris"
    body = t("""
        Bonjour Monsieur Moreau,

        Comme convenu par téléphone, je vous envoie l'invitation pour notre entretien du lundi
        26 octobre de 14h00 à 15h00, au siège des Pépinières à Doué-en-Anjou. Mon mari, Gérard
        Delaunay, se joindra à nous pour la visite des serres d'expédition.

        Bien cordialement,
        Sophie Delaunay
        Directrice générale – Pépinières Delaunay
        02 41 59 xx xx

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Vous pouvez aussi rejoindre depuis votre ordinateur ou l'application mobile
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA1NTc3%40thread.v2/0>
        ID de la réunion : 384 120 557 903
        Code secret : Qh7Tx2
        ________________________________________________________________________________
    """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        ORGANIZER;CN=Sophie Delaunay:mailto:s.delaunay@pepinieres-delaunay.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Baptiste Moreau:mailto:baptiste.moreau@example.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gérard Delaunay:mailto:g.delaunay@pepinieres-delaunay.fr
        UID:040000008200E00074C5B7101A82E00800000000D0C3B2A1F55EDB01000000000000000010000000A9B8C7D6
        SUMMARY;LANGUAGE=fr-FR:Entretien Baptiste Moreau – Responsable expéditions
        DTSTART;TZID=Romance Standard Time:20261026T140000
        DTEND;TZID=Romance Standard Time:20261026T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T082200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Pépinières Delaunay\\, salle de réunion / Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121840133
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
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
        END:VCALENDAR
    """)
    hs = head(addr("Sophie Delaunay", "s.delaunay@pepinieres-delaunay.fr"),
              "Entretien Baptiste Moreau – Responsable expéditions",
              when, zone, mid("p10", "AM9P192MB1267.EURP192.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-am6eur05on2102.outbound.protection.outlook.com", "40.107.22.102", when, zone, "p10"),
              extra=(("Thread-Topic", enc("Entretien Baptiste Moreau – Responsable expéditions")),
                     ("Content-Language", "fr-FR")))
    return make.message(hs, alt(text(body, cte="quoted-printable"),
                                html(make.gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">')),
                                calendar(ics, cte="base64")))


@make.mail(N(11), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-29T13:30:00Z", end="2026-10-29T14:15:00Z",
           contact="genevieve.tremblay@serresboreales.ca", company="Serres Boréales",
           local="Thu 2026-10-29 09:30", local_end="2026-10-29 10:15", zone="America/Toronto",
           note="Google Calendar invitation (French UI) from Montreal: jeudi 29 octobre 9 h 30-10 h 15 "
                "heure de l'Est; Montreal is still on EDT (UTC-4) until 1 November while France went "
                "back to CET on 25 October, so the gap is 5 h: 13:30-14:15 UTC = 14 h 30 in Angers, as "
                "the description says; ICS TZID America/Toronto; contact = organizer")
def p11() -> bytes:
    when, zone = "2026-10-23 16:05", "America/Toronto"
    desc = t("""
        Bonjour Baptiste,

        Tel que convenu au téléphone, voici l'invitation pour votre entrevue pour le poste de
        directeur logistique et distribution. L'entrevue durera 45 minutes, sur Teams.
        Attention : 9 h 30 heure de Montréal, ça donne 14 h 30 chez vous cette semaine-là (l'écart
        n'est que de 5 h entre le 25 octobre et le 1er novembre).

        Au plaisir,
        Geneviève Tremblay
        Conseillère principale, acquisition de talents – Serres Boréales inc.
    """)
    body = t("""
        Vous avez été invité à l'événement suivant.

        Titre : Entrevue – Directeur logistique et distribution (Baptiste Moreau)
        Date : jeu. 29 oct. 2026 09:30 – 10:15 (heure avancée de l’Est - Toronto)
        Participer à la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzRhZTc2%40thread.v2/0

    """) + desc + t("""

        Participants
        * genevieve.tremblay@serresboreales.ca - organisateur
        * baptiste.moreau@example.com
        * luc.bergeron@serresboreales.ca

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=NWJmNTJ

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
    """)
    ics_desc = desc.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {TORONTO.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        DTSTART;TZID=America/Toronto:20261029T093000
        DTEND;TZID=America/Toronto:20261029T101500
        DTSTAMP:20261023T200500Z
        ORGANIZER;CN=Geneviève Tremblay:mailto:genevieve.tremblay@serresboreales.ca
        UID:5bf52e0c8a1d4c6fb0e41c77@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=baptiste.moreau@example.com;X-NUM-GUESTS=0:mailto:baptiste.moreau@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Luc Bergeron;X-NUM-GUESTS=0:mailto:luc.bergeron@serresboreales.ca
        CREATED:20261023T200458Z
        DESCRIPTION:{ics_desc}
        LAST-MODIFIED:20261023T200500Z
        LOCATION:Microsoft Teams
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevue – Directeur logistique et distribution (Baptiste Moreau)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Geneviève Tremblay", "genevieve.tremblay@serresboreales.ca"),
              "Invitation: Entrevue – Directeur logistique et distribution (Baptiste Moreau) @ "
              "jeu. 29 oct. 2026 09:30 - 10:15 (HAE) (baptiste.moreau@example.com)",
              when, zone, mid("p11", "google.com", "calendar-{a}-{b}{c}-{e}@{d}"),
              received=rcv("mail-sor-f69.google.com", "209.85.220.69", when, zone, "p11"),
              extra=(("Reply-To", addr("Geneviève Tremblay", "genevieve.tremblay@serresboreales.ca")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body)),
                                      calendar(ics, cte="base64")),
                                  calendar(ics, cte="base64", ctype="application/ics", method=None,
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(12), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-11-12T13:30:00Z", end=None,
           contact="aurelie.gasnier@vegetal-loire.fr", company="Végétal Loire Distribution",
           local="Thu 2026-11-12 14:30", zone="Europe/Paris",
           note="Informal tu mail from a former colleague now at the hiring company, sent Monday 9 "
                "November: 'jeudi à 14h30' resolves to Thursday 12 November, CET = 13:30 UTC; 'une "
                "heure, une heure et demie' is not an exact length -> end null; iso-8859-1 QP")
def p12() -> bytes:
    when, zone = "2026-11-09 19:42", "Europe/Paris"
    body = t("""
        Salut Baptiste,

        Bon, c'est calé avec Thierry : il te reçoit jeudi à 14h30 à l'entrepôt de Beaucouzé (le
        bâtiment au fond, pas les bureaux de la rue). Prévois une heure, une heure et demie, il
        voudra sûrement te faire faire le tour des quais.

        Il a ton CV, je lui ai dit que tu avais monté le WMS chez Layon. Ne sois pas surpris s'il
        te parle tout de suite des pics de la Toussaint, c'est son sujet du moment :)

        Tiens-moi au courant !
        Aurélie

        --
        Aurélie Gasnier
        Responsable ADV - Végétal Loire Distribution
        ZA du Landreau - 49070 Beaucouzé
    """)
    hs = head(addr("Aurélie Gasnier", "aurelie.gasnier@vegetal-loire.fr", "iso-8859-1"),
              "Re: poste logistique chez nous", when, zone,
              mid("p12", "vegetal-loire.fr", "{a}-{b}{c}-{e}@{d}"),
              received=rcv("smtp.vegetal-loire.fr", "92.154.18.201", when, zone, "p12"),
              extra=(("In-Reply-To", mid("n33-reply", "example.com")),
                     ("References", mid("n33", "vegetal-loire.fr", "{a}-{b}{c}-{e}@{d}") + " "
                      + mid("n33-reply", "example.com")),
                     ("User-Agent", "Mozilla Thunderbird")))
    return make.message(hs, text(body, charset="iso-8859-1", cte="quoted-printable",
                                 params="format=flowed"))


@make.mail(N(13), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-11-18T08:00:00Z", end=None,
           contact="olivier.marchand@alpharh-ouest.fr", company="Transports Grelier",
           local="Wed 2026-11-18 09:00", zone="Europe/Paris",
           note="Agency consultant confirms an on-site interview at the client: mercredi 18 novembre "
                "à 9h00 (CET) = 08:00 UTC; no length stated; company = the hiring client, contact = "
                "the consultant who sent it; windows-1252 text + HTML")
def p13() -> bytes:
    when, zone = "2026-11-12 12:10", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Suite à notre échange de lundi, j'ai le plaisir de vous confirmer votre entretien avec
        M. Pierre Grelier, dirigeant des Transports Grelier, et Mme Stéphanie Hamon, responsable
        d'exploitation :

        mercredi 18 novembre 2026 à 9h00
        Transports Grelier – 12 rue de l'Aubinière, 49300 Cholet

        Je vous joins la fiche de poste mise à jour (Responsable logistique froid & végétal). Pensez
        à demander Mme Hamon à l'accueil. Je vous appelle dans la foulée pour un débrief.

        Bonne préparation et à très bientôt,

        Olivier Marchand
        Consultant Senior – Supply Chain & Transport
        Alpha RH Ouest – 5 place du Ralliement – 49100 Angers
        Tél. 02 41 xx xx xx – olivier.marchand@alpharh-ouest.fr
    """)
    import html as _h
    hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
             '<body lang="FR"><div class="WordSection1">'
             + "".join(f'<p class="MsoNormal">{_h.escape(line) or "&nbsp;"}</p>\n' for line in body.split("\n"))
             + "</div></body></html>\n")
    hs = head(addr("Olivier Marchand", "olivier.marchand@alpharh-ouest.fr", "windows-1252"),
              "Confirmation entretien – Transports Grelier – mercredi 18/11 à 9h",
              when, zone, mid("p13", "PA4P190MB1093.EURP190.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-pa4fra01on2110.outbound.protection.outlook.com", "40.107.24.110", when, zone, "p13"),
              charset="windows-1252",
              extra=(("Content-Language", "fr-FR"),))
    return make.message(hs, alt(text(body, charset="windows-1252"), html(hbody, charset="windows-1252")))


@make.mail(N(14), family="rfc822_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-30T10:00:00Z", end="2026-11-30T11:00:00Z",
           contact="claire.lheureux@maison-lheureux.fr", company="Maison Lheureux",
           local="Mon 2026-11-30 11:00", local_end="2026-11-30 12:00", zone="Europe/Paris",
           note="Candidate forwards the confirmation from his personal address to himself as a "
                "message/rfc822 attachment: lundi 30 novembre 11h, 'd'une heure' -> 10:00-11:00 UTC "
                "(CET); the candidate is never the contact, so contact = the sender of the attached mail")
def p14() -> bytes:
    when, zone = "2026-11-24 21:15", "Europe/Paris"
    inner_body = t("""
        Bonjour Monsieur Moreau,

        Je vous remercie pour votre retour rapide. Je vous confirme donc notre rendez-vous le
        lundi 30 novembre à 11h, à nos entrepôts de Saint-Pierre-des-Corps (23 rue des Grands
        Mortiers). L'entretien, d'une heure, se fera avec moi-même et notre chef de dépôt, Karim
        Benali.

        Pour information, la gare de Saint-Pierre-des-Corps est à dix minutes à pied.

        Bien à vous,

        Claire Lheureux
        Co-gérante – Maison Lheureux, grossiste fleurs & plantes
        Saint-Pierre-des-Corps (37)
    """)
    inner = make.message(
        [("From", addr("Claire Lheureux", "claire.lheureux@maison-lheureux.fr")),
         ("To", ME_H), ("Subject", enc("Rendez-vous du lundi 30 novembre")),
         ("Date", make.date("2026-11-24 14:02", zone)),
         ("Message-ID", mid("p14-inner", "maison-lheureux.fr", "{a}.{b}{c}@{d}"))],
        text(inner_body, cte="8bit"))
    body = t("""
        à garder – Tours lundi, train de 8h40

    """)
    hs = head(addr("Baptiste Moreau", ME_ALT), "Fwd: Rendez-vous du lundi 30 novembre",
              when, zone, mid("p14", "example.org", "{a}-{b}-{c}@{d}"),
              received=rcv("smtp.example.org", "203.0.113.45", when, zone, "p14"),
              extra=(("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),))
    return make.message(hs, mixed(text(body, cte="8bit"),
                                  make.attached_message(inner, "Rendez-vous du lundi 30 novembre.eml")))


@make.mail(N(15), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start="2026-12-01T09:00:00Z", end=None,
           contact="marion.leduc@serresdelamaine.fr", company="Serres de la Maine",
           local="Tue 2026-12-01 10:00", zone="Europe/Paris",
           note="Short reply 'Parfait, c'est noté, à mardi 10h' on top of the quoted thread (her two "
                "proposed slots, his choice of mardi 1er décembre 10h); the recruiter closes it -> "
                "scheduled, 09:00 UTC (CET); no length")
def p15() -> bytes:
    when, zone = "2026-11-26 09:12", "Europe/Paris"
    body = t("""
        Parfait, c'est noté ! Je vous attends donc mardi à 10h à l'accueil des serres (route de
        Briollay). Je préviens Benoît, notre responsable de production.

        Bonne fin de semaine,

        Marion Leduc
        Responsable RH – Serres de la Maine
        Tél. : 02 41 xx xx xx

        De : Baptiste Moreau <baptiste.moreau@example.com>
        Envoyé : mercredi 25 novembre 2026 18:47
        À : Marion Leduc <marion.leduc@serresdelamaine.fr>
        Objet : RE: Votre candidature – Responsable logistique

        Bonjour Madame Leduc,

        Merci pour votre message. Le mardi 1er décembre à 10h me convient très bien.

        Bien cordialement,
        Baptiste Moreau

        De : Marion Leduc <marion.leduc@serresdelamaine.fr>
        Envoyé : mardi 24 novembre 2026 11:05
        À : Baptiste Moreau <baptiste.moreau@example.com>
        Objet : Votre candidature – Responsable logistique

        Bonjour Monsieur Moreau,

        Votre profil a retenu notre attention pour le poste de Responsable logistique. Seriez-vous
        disponible pour un premier entretien sur site, mardi 1er décembre à 10h ou mercredi 2
        décembre à 15h ?

        Bien cordialement,
        Marion Leduc
    """)
    hs = head(addr("Marion Leduc", "marion.leduc@serresdelamaine.fr"),
              "RE: Votre candidature – Responsable logistique", when, zone,
              mid("p15", "DB9P190MB1522.EURP190.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-db9eur03on2098.outbound.protection.outlook.com", "40.107.103.98", when, zone, "p15"),
              extra=(("In-Reply-To", mid("p15-b", "example.com")),
                     ("References", mid("n32", "DB9P190MB1522.EURP190.PROD.OUTLOOK.COM", "{H}@{d}") + " "
                      + mid("p15-b", "example.com")),
                     ("Thread-Topic", enc("Votre candidature – Responsable logistique"))))
    return make.message(hs, text(body, cte="quoted-printable"))


@make.mail(N(16), family="workable", lang="fr", interview=True, kind="scheduled",
           start="2026-12-10T15:00:00Z", end="2026-12-10T15:45:00Z",
           contact="thomas.rigaud@fleurelia.fr", company="Fleurélia",
           local="Thu 2026-12-10 16:00", local_end="2026-12-10 16:45", zone="Europe/Paris",
           note="Workable confirmation in French: jeudi 10 décembre 16:00-16:45 (Europe/Paris, CET) = "
                "15:00-15:45 UTC; Reply-To is a Workable relay address, not a person, so contact = the "
                "hiring manager's address in the body")
def p16() -> bytes:
    when, zone = "2026-12-07 11:00", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Votre entretien pour le poste de Responsable logistique – MIN de Rungis est confirmé.

        jeudi 10 décembre 2026
        16:00 - 16:45 (Europe/Paris)
        Google Meet : https://meet.google.com/wfx-ubtk-mzd

        Vous rencontrerez Thomas Rigaud, directeur des opérations (thomas.rigaud@fleurelia.fr).

        Cordialement,
        L'équipe de recrutement de Fleurélia

        Vous pouvez répondre à ce message pour contacter l'équipe de recrutement.
    """)
    hbody = page(t("""
        <p>Bonjour Baptiste,</p>
        <p>Votre entretien pour le poste de <strong>Responsable logistique – MIN de Rungis</strong> est confirmé.</p>
        <div style="border:1px solid #e3e8ee;border-radius:4px;padding:12px">
        <div style="font-size:16px"><strong>jeudi 10 décembre 2026</strong></div>
        <div>16:00 - 16:45 (Europe/Paris)</div>
        <div>Google Meet&nbsp;: <a href="https://meet.google.com/wfx-ubtk-mzd">meet.google.com/wfx-ubtk-mzd</a></div>
        </div>
        <p>Vous rencontrerez Thomas Rigaud, directeur des opérations (<a href="mailto:thomas.rigaud@fleurelia.fr">thomas.rigaud@fleurelia.fr</a>).</p>
        <p>Cordialement,<br>L'équipe de recrutement de Fleurélia</p>
        <p style="font-size:11px;color:#9aa5b1">Vous pouvez répondre à ce message pour contacter l'équipe de recrutement. Propulsé par Workable</p>
    """))
    hs = head(addr("Fleurélia", "noreply@candidates.workablemail.com"),
              "Entretien confirmé : Responsable logistique – MIN de Rungis",
              when, zone, mid("p16", "workablemail.com"),
              received=rcv("mail1.workablemail.com", "50.31.38.12", when, zone, "p16"),
              extra=(("Reply-To", "fleurelia+c7f3a90b21@candidates.workablemail.com"),))
    return make.message(hs, alt(text(body), html(hbody)))


@make.mail(N(17), family="outlook_calendar", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z",
           contact="isabelle.perrin@coop-hvl.fr", company="Coopérative Horticole du Val de Loire",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone="Europe/Paris",
           note="Exchange meeting update (SEQUENCE:1, Romance Standard Time) moving the second-round "
                "interview from jeudi 22 octobre 14h to mardi 27 octobre 10h-11h; sent on 20 October "
                "in CEST, new slot after the 25 October change = CET, 09:00-10:00 UTC; label = new "
                "time; contact = organizer")
def p17() -> bytes:
    when, zone = "2026-10-20 17:30", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Un imprévu (audit qualité avancé à jeudi) m'oblige à déplacer notre second entretien,
        initialement prévu le jeudi 22 octobre à 14h. Je vous propose le mardi 27 octobre de 10h à
        11h, toujours à Saumur, avec Éric Gautier. Je vous ai envoyé la mise à jour de
        l'invitation ; n'hésitez pas à me dire si cela vous pose problème.

        Toutes mes excuses pour ce changement.

        Isabelle Perrin
        Directrice logistique – Coopérative Horticole du Val de Loire
    """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        ORGANIZER;CN=Isabelle Perrin:mailto:isabelle.perrin@coop-hvl.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Baptiste Moreau:mailto:baptiste.moreau@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Éric Gautier:mailto:eric.gautier@coop-hvl.fr
        UID:040000008200E00074C5B7101A82E00800000000F1A0B9C8E05FDB01000000000000000010000000E4D3C2B1
        SUMMARY;LANGUAGE=fr-FR:2e entretien – Responsable logistique expéditions (B. Moreau)
        DTSTART;TZID=Romance Standard Time:20261027T100000
        DTEND;TZID=Romance Standard Time:20261027T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020T153000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Saumur – siège\\, salle Loire
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1893307712
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Isabelle Perrin", "isabelle.perrin@coop-hvl.fr"),
              "Mis à jour : 2e entretien – Responsable logistique expéditions (B. Moreau)",
              when, zone, mid("p17", "PR3P192MB0711.EURP192.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-pr3eur02on2044.outbound.protection.outlook.com", "40.107.22.44", when, zone, "p17"),
              extra=(("Content-Language", "fr-FR"),))
    return make.message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-11-06T08:30:00Z", end=None,
           contact="franck.olivier@agrilog-ouest.fr", company="Agrilog Ouest",
           local="Fri 2026-11-06 09:30", zone="Europe/Paris",
           note="Operations director moves the on-site second interview from jeudi 5 novembre 14h to "
                "vendredi 6 novembre 9h30 (both times in the mail; label = the new one), CET = 08:30 UTC; "
                "contact = human sender (HR cc'd)")
def p18() -> bytes:
    when, zone = "2026-11-02 11:48", "Europe/Paris"
    body = t("""
        Bonjour Monsieur Moreau,

        Je dois malheureusement décaler notre rendez-vous de jeudi 5 novembre 14h : je serai
        retenu sur notre site de Cholet toute la journée. Je vous propose à la place le vendredi
        6 novembre à 9h30, sur la plateforme de Beaupréau. Nadia, en copie, vous confirmera
        l'accès visiteurs.

        Si le vendredi ne vous convenait pas, dites-le-moi et nous trouverons autre chose.

        Bien cordialement,

        Franck Olivier
        Directeur des opérations
        Agrilog Ouest – Plateforme de Beaupréau
    """)
    hs = head(addr("Franck Olivier", "franck.olivier@agrilog-ouest.fr"),
              "Décalage de notre entretien – vendredi 6/11 à 9h30",
              when, zone, mid("p18", "agrilog-ouest.fr", "{a}{b}.{c}@{d}"),
              received=rcv("smtp.agrilog-ouest.fr", "81.250.112.9", when, zone, "p18"),
              extra=(("Cc", addr("Nadia Bertrand", "nadia.bertrand@agrilog-ouest.fr")),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return make.message(hs, alt(text(body, cte="8bit"),
                                html(make.gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">'),
                                     cte="8bit")))


@make.mail(N(19), family="calendly", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-14T06:30:00Z", end="2026-10-14T07:00:00Z",
           contact="mathilde.roux@captalents-agri.fr", company="Cap Talents Agri",
           local="Wed 2026-10-14 08:30", local_end="2026-10-14 09:00", zone="Europe/Paris",
           note="Calendly reschedule (French UI) of the agency's second phone interview: former mardi 13 "
                "octobre 17:00 struck through, new "
                "mercredi 14 octobre 08:30-09:00 heure d'été d'Europe centrale = 06:30-07:00 UTC; "
                "contact = Reply-To consultant")
def p19() -> bytes:
    when, zone = "2026-10-12 08:15", "Europe/Paris"
    body = t("""
        Bonjour Baptiste Moreau,

        Votre événement a été reprogrammé.

        Type d'événement :
        Entretien téléphonique n°2 – 30 min

        Organisateur :
        Mathilde Roux

        Ancien horaire (annulé) :
        17:00 - 17:30, mardi 13 octobre 2026 (heure d'été d'Europe centrale)

        Nouvel horaire :
        08:30 - 09:00, mercredi 14 octobre 2026 (heure d'été d'Europe centrale)

        Motif du changement :
        « Désolée Baptiste, je suis retenue chez le client mardi en fin de journée. On garde ce
        second entretien pour approfondir votre expérience WMS avant de vous présenter au client ? »

        Lieu :
        Mathilde vous appellera au +33 6 12 48 90 37

        Annuler : https://calendly.com/cancellations/0de7b5c4-91aa
        Reprogrammer : https://calendly.com/reschedulings/0de7b5c4-91aa

        Propulsé par Calendly
    """)
    hbody = page(t("""
        <p>Bonjour Baptiste Moreau,</p>
        <p>Votre événement a été reprogrammé.</p>
        <p><b>Type d'événement&nbsp;:</b><br>Entretien téléphonique n°2 – 30 min</p>
        <p><b>Organisateur&nbsp;:</b><br>Mathilde Roux</p>
        <p><b>Ancien horaire (annulé)&nbsp;:</b><br><s>17:00 - 17:30, mardi 13 octobre 2026 (heure d'été d'Europe centrale)</s></p>
        <p><b>Nouvel horaire&nbsp;:</b><br>08:30 - 09:00, mercredi 14 octobre 2026 (heure d'été d'Europe centrale)</p>
        <p><b>Motif du changement&nbsp;:</b><br>« Désolée Baptiste, je suis retenue chez le client mardi en fin de journée. On garde ce second entretien pour approfondir votre expérience WMS avant de vous présenter au client&nbsp;? »</p>
        <p><b>Lieu&nbsp;:</b><br>Mathilde vous appellera au +33 6 12 48 90 37</p>
        <p><a href="https://calendly.com/cancellations/0de7b5c4-91aa">Annuler</a> · <a href="https://calendly.com/reschedulings/0de7b5c4-91aa">Reprogrammer</a></p>
        <p style="font-size:11px;color:#999">Propulsé par Calendly</p>
    """))
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Reprogrammé : Baptiste Moreau – 08:30 mer. 14 oct. 2026 – Entretien téléphonique n°2 – 30 min",
              when, zone, mid("p19", "calendly.com"),
              received=rcv("o1.ptr2351.calendly.com", "149.72.163.9", when, zone, "p19"),
              extra=(("Reply-To", addr("Mathilde Roux", "mathilde.roux@captalents-agri.fr")),))
    return make.message(hs, alt(text(body), html(hbody)))


@make.mail(N(20), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start="2026-11-09T08:30:00Z", end="2026-11-09T09:30:00Z",
           contact="sanne.deruiter@vandermolenplants.nl", company="Vandermolen Plant Logistics",
           local="Mon 2026-11-09 09:30", local_end="2026-11-09 10:30", zone="Europe/Amsterdam",
           note="Greenhouse reschedule of the final round: old Thursday 5 November 15:00 CET, new "
                "Monday 9 November 09:30-10:30 CET (Amsterdam, UTC+1 after 25 October) = 08:30-09:30 "
                "UTC; ICS SEQUENCE:2 with the new time; contact = Reply-To recruiter")
def p20() -> bytes:
    when, zone = "2026-11-03 13:40", "Europe/Amsterdam"
    body = t("""
        Hi Baptiste,

        Your final interview for Supply Chain Coordinator Europe has been rescheduled.

        Previously: Thursday, November 5, 2026, 15:00 - 16:00 CET
        New time:   Monday, November 9, 2026, 09:30 - 10:30 CET (Amsterdam)

        Location: Vandermolen Plant Logistics, Legmeerdijk 281, Aalsmeer - reception building C
        Interviewers: Maarten Bosch (Head of Distribution), Femke Jansen (COO)

        Maarten is travelling on the 5th, sorry for the change. We will of course reimburse your
        train tickets as agreed; please keep the receipts.

        Reply to this email if the new time does not work for you.

        Best,
        Sanne de Ruiter
        Talent Acquisition Partner, Vandermolen Plant Logistics
    """)
    hbody = page(t("""
        <p>Hi Baptiste,</p>
        <p>Your final interview for <strong>Supply Chain Coordinator Europe</strong> has been rescheduled.</p>
        <p style="color:#8a94a6"><s>Thursday, November 5, 2026, 15:00 - 16:00 CET</s></p>
        <p style="font-size:16px"><strong>Monday, November 9, 2026<br>09:30 - 10:30 CET (Amsterdam)</strong></p>
        <p>Location: Vandermolen Plant Logistics, Legmeerdijk 281, Aalsmeer - reception building C<br>
        Interviewers: Maarten Bosch (Head of Distribution), Femke Jansen (COO)</p>
        <p>Maarten is travelling on the 5th, sorry for the change. We will of course reimburse your train tickets as agreed; please keep the receipts.</p>
        <p>Reply to this email if the new time does not work for you.</p>
        <p>Best,<br>Sanne de Ruiter<br>Talent Acquisition Partner, Vandermolen Plant Logistics</p>
        <p style="color:#8a94a6;font-size:11px">Powered by Greenhouse</p>
    """), "en")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {AMSTERDAM.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        UID:gh-interview-88960112-vandermolen@greenhouse.io
        DTSTAMP:20261103T124000Z
        DTSTART;TZID=Europe/Amsterdam:20261109T093000
        DTEND;TZID=Europe/Amsterdam:20261109T103000
        SEQUENCE:2
        SUMMARY:Final interview: Baptiste Moreau - Supply Chain Coordinator Europe
        LOCATION:Legmeerdijk 281\\, Aalsmeer - reception building C
        ORGANIZER;CN=Sanne de Ruiter:mailto:sanne.deruiter@vandermolenplants.nl
        ATTENDEE;CN=Baptiste Moreau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:baptiste.moreau@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Vandermolen Plant Logistics", "no-reply@greenhouse.io"),
              "Interview rescheduled: Supply Chain Coordinator Europe at Vandermolen Plant Logistics",
              when, zone, mid("p20", "greenhouse.io", "0100{h}-000000@email.amazonses.com"),
              received=rcv("a8-41.smtp-out.amazonses.com", "54.240.8.41", when, zone, "p20"),
              extra=(("Reply-To", addr("Sanne de Ruiter", "sanne.deruiter@vandermolenplants.nl")),))
    return make.message(hs, mixed(alt(text(body), html(hbody)),
                                  calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                           disposition="attachment")))


@make.mail(N(21), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-09-25T12:00:00Z", end="2026-09-25T13:00:00Z",
           contact="camille.fougere@plantanet.fr", company="Plantanet",
           local="Fri 2026-09-25 14:00", local_end="2026-09-25 15:00", zone="Europe/Paris",
           note="Google Calendar cancellation (French UI, METHOD:CANCEL) of the second interview, "
                "ven. 25 sept. 14:00-15:00 (CEST) = 12:00-13:00 UTC; label = the cancelled slot; "
                "contact = organizer")
def p21() -> bytes:
    when, zone = "2026-09-21 18:02", "Europe/Paris"
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Titre : Entretien n°2 – Responsable logistique entrepôt (Baptiste Moreau)
        Date : ven. 25 sept. 2026 14:00 – 15:00 (heure d’été d’Europe centrale - Paris)

        Message de l'organisateur :
        Bonjour Baptiste, je suis désolée : le recrutement est mis en pause suite à une
        réorganisation interne, je suis obligée d'annuler notre second entretien. Je reviens vers
        vous dès que j'en sais plus. Camille

        Participants
        * camille.fougere@plantanet.fr - organisateur
        * yann.legall@plantanet.fr
        * baptiste.moreau@example.com

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
    """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        {PARIS.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260925T140000
        DTEND;TZID=Europe/Paris:20260925T150000
        DTSTAMP:20260921T160200Z
        ORGANIZER;CN=Camille Fougère:mailto:camille.fougere@plantanet.fr
        UID:1d7e6c3a90b24f8ea5f0b3e2@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=baptiste.moreau@example.com;X-NUM-GUESTS=0:mailto:baptiste.moreau@example.com
        CREATED:20260915T091130Z
        LAST-MODIFIED:20260921T160200Z
        LOCATION:Google Meet
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien n°2 – Responsable logistique entrepôt (Baptiste Moreau)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Camille Fougère", "camille.fougere@plantanet.fr"),
              "Événement annulé : Entretien n°2 – Responsable logistique entrepôt (Baptiste Moreau) @ "
              "ven. 25 sept. 2026 14:00 - 15:00 (CEST) (baptiste.moreau@example.com)",
              when, zone, mid("p21", "google.com", "calendar-{a}-{b}{c}-{e}@{d}"),
              received=rcv("mail-sor-f41.google.com", "209.85.220.41", when, zone, "p21"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body)),
                                      calendar(ics, method="CANCEL", cte="base64")),
                                  calendar(ics, method=None, cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(22), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-11T14:00:00Z", end="2026-11-11T15:00:00Z",
           contact="oliver.pembroke@hartwellgarden.co.uk", company="Hartwell Garden Supplies",
           local="Wed 2026-11-11 14:00", local_end="2026-11-11 15:00", zone="Europe/London",
           note="Exchange METHOD:CANCEL (TZID GMT Standard Time) for the second interview, Wednesday "
                "11 November 14:00-15:00 UK time, GMT in November = 14:00-15:00 UTC (15:00 in Angers); "
                "role put on hold; label = cancelled slot; contact = organizer")
def p22() -> bytes:
    when, zone = "2026-11-05 10:30", "Europe/London"
    body = t("""
        Hi Baptiste,

        I'm very sorry to cancel our second interview on Wednesday 11 November at 14:00 (UK time).
        Following this week's budget review, the European Logistics Manager role has been put on
        hold until the new financial year. I'll be in touch if and when it reopens, and I'm
        happy to give you feedback from the first stage in the meantime.

        Kind regards,
        Oliver

        Oliver Pembroke
        Talent Partner | Hartwell Garden Supplies Ltd
    """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {GMT_WIN.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        ORGANIZER;CN=Oliver Pembroke:mailto:oliver.pembroke@hartwellgarden.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Baptiste Moreau:mailto:baptiste.moreau@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel Inskip:mailto:rachel.inskip@hartwellgarden.co.uk
        UID:040000008200E00074C5B7101A82E00800000000A7B6C5D4E36ADB01000000000000000010000000F0E1D2C3
        SUMMARY;LANGUAGE=en-GB:Canceled: Hartwell - second interview (Baptiste Moreau)
        DTSTART;TZID=GMT Standard Time:20261111T140000
        DTEND;TZID=GMT Standard Time:20261111T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261105T103000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2117360931
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Oliver Pembroke", "oliver.pembroke@hartwellgarden.co.uk"),
              "Canceled: Hartwell - second interview (Baptiste Moreau)",
              when, zone, mid("p22", "LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-lo2gbr01on2131.outbound.protection.outlook.com", "40.107.10.131", when, zone, "p22"),
              extra=(("Importance", "high"), ("Content-Language", "en-GB")))
    return make.message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(23), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-11-10T09:00:00Z", end=None,
           contact="julien.pasquier@semences-bocage.fr", company="Semences du Bocage",
           local="Tue 2026-11-10 10:00", zone="Europe/Paris",
           note="Hiring manager cancels 'notre entretien de mardi 10 novembre à 10h' because the post "
                "was filled internally; no new time; cancelled slot = 09:00 UTC (CET); contact = sender")
def p23() -> bytes:
    when, zone = "2026-11-06 16:20", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Je suis au regret de devoir annuler notre entretien de mardi 10 novembre à 10h. Nous
        venons de décider de confier le poste à un collaborateur de l'équipe expéditions, qui
        assurait l'intérim depuis l'été.

        Votre parcours m'a vraiment intéressé et je garde votre candidature en tête pour la
        création du poste de coordinateur transport prévue au printemps.

        Avec toutes mes excuses pour ce contretemps,

        Julien Pasquier
        Directeur industriel – Semences du Bocage
    """)
    hs = head(addr("Julien Pasquier", "julien.pasquier@semences-bocage.fr"),
              "Annulation de notre entretien de mardi", when, zone,
              mid("p23", "semences-bocage.fr", "{a}.{b}{c}@{d}"),
              received=rcv("mx.semences-bocage.fr", "62.210.44.17", when, zone, "p23"),
              extra=(("X-Mailer", "Apple Mail (2.3774.600.62)"),))
    return make.message(hs, alt(text(body, cte="quoted-printable"), html(make.gmail_html(body))))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="fr", interview=False, company="Pépinières Delaunay",
           note="Rejection after the 26 October interview; mentions the past interview only")
def n24() -> bytes:
    when, zone = "2026-11-05 17:54", "Europe/Paris"
    body = t("""
        Bonjour Monsieur Moreau,

        Merci encore pour le temps que vous nous avez accordé lors de notre entretien du 26
        octobre et pour la visite des serres. Après réflexion, nous avons retenu un candidat dont
        l'expérience en transport frigorifique correspond davantage à nos besoins immédiats.

        Cette décision n'a pas été facile. Nous vous souhaitons pleine réussite dans vos
        recherches.

        Bien cordialement,
        Sophie Delaunay
        Directrice générale – Pépinières Delaunay
    """)
    hs = head(addr("Sophie Delaunay", "s.delaunay@pepinieres-delaunay.fr"),
              "Votre candidature – Responsable expéditions", when, zone,
              mid("n24", "AM9P192MB1267.EURP192.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-am6eur05on2119.outbound.protection.outlook.com", "40.107.22.119", when, zone, "n24"))
    return make.message(hs, text(body))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Vandermolen Plant Logistics",
           note="Greenhouse rejection after the final round (9 November); no new time")
def n25() -> bytes:
    when, zone = "2026-11-17 15:20", "Europe/Amsterdam"
    body = t("""
        Dear Baptiste,

        Thank you for the time you invested in our process for Supply Chain Coordinator Europe, and
        for travelling to Aalsmeer for the final interview on November 9.

        After careful consideration we have decided to move forward with another candidate whose
        experience with Dutch customs brokers was a closer match. This was a close decision and the
        panel appreciated your work on the cross-dock case.

        We will keep your details on file and hope our paths cross again.

        Kind regards,
        Sanne de Ruiter
        Talent Acquisition Partner, Vandermolen Plant Logistics
    """)
    hs = head(addr("Vandermolen Plant Logistics", "no-reply@greenhouse.io"),
              "Your application to Vandermolen Plant Logistics", when, zone,
              mid("n25", "greenhouse.io", "0100{h}-000000@email.amazonses.com"),
              received=rcv("a8-33.smtp-out.amazonses.com", "54.240.8.33", when, zone, "n25"),
              extra=(("Reply-To", addr("Sanne de Ruiter", "sanne.deruiter@vandermolenplants.nl")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(26), family="application_receipt", lang="fr", interview=False, company="Florimond Distribution",
           note="Taleo acknowledgement of an application; nothing scheduled")
def n26() -> bytes:
    when, zone = "2026-09-03 22:41", "Europe/Paris"
    hbody = page(t("""
        <p>Bonjour Baptiste Moreau,</p>
        <p>Nous accusons réception de votre candidature au poste <b>Responsable d'entrepôt - Plateforme Ouest (Réf. 2600871)</b> et vous remercions de l'intérêt que vous portez à Florimond Distribution.</p>
        <p>Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos attentes, nous vous contacterons afin de convenir d'un premier entretien. Dans le cas contraire, nous vous informerons de notre décision.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.</p>
        <p>Cordialement,<br>La Direction des Ressources Humaines<br>Florimond Distribution</p>
        <p style="font-size:11px;color:#777">Merci de ne pas répondre à ce message généré automatiquement.</p>
    """), charset="iso-8859-1")
    hs = head(addr("Florimond Distribution", "florimond@invalidemail.taleo.net"),
              "Accusé de réception de votre candidature - Réf. 2600871", when, zone,
              mid("n26", "taleo.net", "{a}.{b}{c}.JavaMail.taleo@{d}"),
              received=rcv("smtp1.taleo.net", "144.24.9.200", when, zone, "n26"))
    return make.message(hs, html(hbody, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(27), family="application_receipt", lang="fr", interview=False, company="Botanica Jardins",
           note="Teamtailor receipt for the Botanica application (before the 8 October interview)")
def n27() -> bytes:
    when, zone = "2026-09-24 07:58", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Merci pour votre candidature au poste de Responsable approvisionnement & logistique
        magasins ! Nous l'avons bien reçue.

        Notre équipe revient vers vous sous deux semaines environ, quelle que soit la réponse.
        En attendant, découvrez nos coulisses : https://botanica-jardins.teamtailor.com/

        L'équipe Botanica Jardins
    """)
    hs = head(addr("Botanica Jardins", "no-reply@teamtailor-mail.com"),
              "Merci pour votre candidature, Baptiste !", when, zone,
              mid("n27", "teamtailor-mail.com"),
              received=rcv("mail-eu.teamtailor-mail.com", "159.135.224.18", when, zone, "n27"))
    return make.message(hs, alt(text(body), html(page(make.gmail_html(body)))))


@make.mail(N(28), family="job_alert", lang="fr", interview=False, company=None,
           note="Job-board alert listing offers; no appointment")
def n28() -> bytes:
    when, zone = "2026-10-07 06:30", "Europe/Paris"
    body = t("""
        HortiJobs – Votre alerte « responsable logistique » – Pays de la Loire

        7 nouvelles offres correspondent à votre recherche :

        • Responsable logistique H/F – Pépinière (Doué-en-Anjou) – CDI – 42-48 k€
        • Chef d'équipe expédition – Producteur de plants (Saumur) – CDI
        • Supply chain manager – Semencier (Angers) – CDI – 50-55 k€
        • Responsable entrepôt – Jardinerie (Nantes) – CDI
        • Coordinateur transport – Coopérative fruitière (Beaufort-en-Anjou) – CDD 12 mois
        • Responsable ADV & logistique – Fleurs coupées (Rungis) – CDI
        • Gestionnaire de stocks – Horticulture (Cholet) – Intérim

        Voir toutes les offres : https://www.hortijobs.example.net/alertes/8812

        Vous recevez cet e-mail car vous avez créé une alerte sur HortiJobs.
        Se désabonner : https://www.hortijobs.example.net/desabonnement?u=baptiste
    """)
    hs = head(addr("HortiJobs", "alertes@hortijobs.example.net"),
              "7 nouvelles offres : responsable logistique – Pays de la Loire", when, zone,
              mid("n28", "hortijobs.example.net"),
              received=rcv("mta2.hortijobs.example.net", "192.0.2.80", when, zone, "n28"),
              extra=(("List-Unsubscribe", "<https://www.hortijobs.example.net/desabonnement?u=baptiste>"),))
    return make.message(hs, alt(text(body), html(page(make.gmail_html(body)))))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="English job alert from a European agri-jobs board")
def n29() -> bytes:
    when, zone = "2026-10-20 05:00", "Europe/London"
    body = t("""
        EuroAgriJobs weekly digest

        New roles matching "logistics manager horticulture":

        - Logistics Manager, Flower Auction Hub - Naaldwijk, NL - posted 2 days ago
        - Supply Planner (French speaker) - Venlo, NL - posted 3 days ago
        - Distribution Lead, Plants & Bulbs - Spalding, UK - posted 5 days ago
        - Warehouse Operations Manager - Lisse, NL - posted 6 days ago

        Update your preferences: https://euroagrijobs.example.net/prefs
        You are receiving this because you subscribed to job alerts.
    """)
    hs = head(addr("EuroAgriJobs", "digest@euroagrijobs.example.net"),
              "4 new jobs for you: logistics manager horticulture", when, zone,
              mid("n29", "euroagrijobs.example.net"),
              received=rcv("out.euroagrijobs.example.net", "192.0.2.91", when, zone, "n29"),
              extra=(("List-Unsubscribe", "<https://euroagrijobs.example.net/prefs>"),))
    return make.message(hs, alt(text(body, cte="7bit", charset="us-ascii"),
                                html(page(make.gmail_html(body), "en"))))


@make.mail(N(30), family="newsletter_tips", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Career newsletter with interview tips and a webinar date (jeudi 22 octobre 12h30); "
                "not an interview")
def n30() -> bytes:
    when, zone = "2026-10-13 08:00", "Europe/Paris"
    hbody = page(t("""
        <h1 style="font-size:22px;color:#1b3a57">Le Mag Cadres &amp; Carrières – n°142</h1>
        <h2 style="font-size:17px">Entretien d'embauche : les 5 questions pièges de 2026</h2>
        <p>« Parlez-moi d'un échec », « Pourquoi quitter votre poste actuel ? »… Nos recruteurs vous
        expliquent comment préparer votre prochain entretien et éviter les réponses toutes faites.</p>
        <p><a href="https://lemagcadres.example.net/articles/questions-pieges">Lire l'article</a></p>
        <h2 style="font-size:17px">Webinaire : négocier son salaire</h2>
        <p>Jeudi 22 octobre à 12h30, 45 minutes en direct avec une consultante en rémunération. Gratuit pour les abonnés.</p>
        <p><a href="https://lemagcadres.example.net/webinaires/salaire">Je m'inscris</a></p>
        <p style="font-size:11px;color:#888">Vous recevez cette lettre car vous êtes abonné au Mag Cadres &amp; Carrières. <a href="https://lemagcadres.example.net/desinscription">Se désinscrire</a></p>
    """))
    hs = head(addr("Le Mag Cadres & Carrières", "newsletter@lemagcadres.example.net"),
              "Entretien : les 5 questions pièges (et comment y répondre)", when, zone,
              mid("n30", "lemagcadres.example.net"),
              received=rcv("news.lemagcadres.example.net", "192.0.2.17", when, zone, "n30"),
              extra=(("List-Unsubscribe", "<https://lemagcadres.example.net/desinscription>"),
                     ("Precedence", "bulk")))
    return make.message(hs, html(hbody))


@make.mail(N(31), family="recruiter_outreach", lang="fr", interview=False, company="Alpha RH Ouest",
           note="Agency consultant's first approach asking for a phone call 'cette semaine'; no time fixed")
def n31() -> bytes:
    when, zone = "2026-10-29 09:37", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Je me permets de vous contacter suite à la lecture de votre profil. J'accompagne
        actuellement un transporteur choletais, spécialisé dans le froid et le végétal, qui
        recrute son/sa Responsable logistique (CDI, 48-52 k€ + véhicule).

        Votre expérience en pépinière et la mise en place de votre WMS me semblent très
        pertinentes. Seriez-vous disponible pour un échange téléphonique d'une vingtaine de
        minutes cette semaine ou en début de semaine prochaine ? Indiquez-moi simplement vos
        disponibilités.

        Bien cordialement,

        Olivier Marchand
        Consultant Senior – Supply Chain & Transport
        Alpha RH Ouest – 5 place du Ralliement – 49100 Angers
    """)
    hs = head(addr("Olivier Marchand", "olivier.marchand@alpharh-ouest.fr", "windows-1252"),
              "Opportunité Responsable logistique – Cholet", when, zone,
              mid("n31", "PA4P190MB1093.EURP190.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-pa4fra01on2093.outbound.protection.outlook.com", "40.107.24.93", when, zone, "n31"),
              charset="windows-1252")
    return make.message(hs, text(body, charset="windows-1252"))


@make.mail(N(32), family="proposal_pending", lang="fr", interview=False, company="Serres de la Maine",
           days=(("Tue", "2026-12-01"), ("Wed", "2026-12-02")),
           note="Recruiter proposes two slots (mardi 1er décembre 10h or mercredi 2 décembre 15h); "
                "nothing confirmed yet (the confirmation comes later in the thread)")
def n32() -> bytes:
    when, zone = "2026-11-24 11:05", "Europe/Paris"
    body = t("""
        Bonjour Monsieur Moreau,

        Votre profil a retenu notre attention pour le poste de Responsable logistique. Seriez-vous
        disponible pour un premier entretien sur site, mardi 1er décembre à 10h ou mercredi 2
        décembre à 15h ?

        Dans l'attente de votre retour,
        Bien cordialement,

        Marion Leduc
        Responsable RH – Serres de la Maine
        Tél. : 02 41 xx xx xx
    """)
    hs = head(addr("Marion Leduc", "marion.leduc@serresdelamaine.fr"),
              "Votre candidature – Responsable logistique", when, zone,
              mid("n32", "DB9P190MB1522.EURP190.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-db9eur03on2071.outbound.protection.outlook.com", "40.107.103.71", when, zone, "n32"),
              extra=(("Thread-Topic", enc("Votre candidature – Responsable logistique")),))
    return make.message(hs, text(body, cte="quoted-printable"))


@make.mail(N(33), family="proposal_pending", lang="fr", interview=False, company="Végétal Loire Distribution",
           note="Former colleague (tu): she will ask the manager and come back about 'jeudi ou vendredi'; "
                "no time fixed")
def n33() -> bytes:
    when, zone = "2026-11-06 12:51", "Europe/Paris"
    body = t("""
        Hello Baptiste,

        Super nouvelle que tu sois partant ! J'ai transmis ton CV à Thierry (notre directeur
        logistique) ce matin. Il est en salon jusqu'à mercredi, mais il m'a dit qu'il pourrait te
        voir jeudi ou vendredi prochain. Je te redis dès que j'ai un créneau précis.

        Bises,
        Aurélie

        Le 05/11/2026 à 21:18, Baptiste Moreau a écrit :
        > Salut Aurélie,
        > Oui, le poste m'intéresse vraiment, tu peux transmettre mon CV à ton directeur.
        > Merci !
        > Baptiste
    """)
    hs = head(addr("Aurélie Gasnier", "aurelie.gasnier@vegetal-loire.fr", "iso-8859-1"),
              "Re: poste logistique chez nous", when, zone,
              mid("n33", "vegetal-loire.fr", "{a}-{b}{c}-{e}@{d}"),
              received=rcv("smtp.vegetal-loire.fr", "92.154.18.201", when, zone, "n33"),
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return make.message(hs, text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@make.mail(N(34), family="scheduling_link", lang="fr", interview=False, company="Cap Talents Agri",
           note="Agency consultant sends a Calendly link to choose a slot; nothing booked yet")
def n34() -> bytes:
    when, zone = "2026-09-15 14:22", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Merci pour votre candidature sur l'annonce « Responsable logistique – Maine-et-Loire ».
        Je serais ravie d'en discuter avec vous lors d'un premier échange téléphonique de 30
        minutes.

        Vous pouvez réserver directement le créneau qui vous arrange ici :
        https://calendly.com/mathilde-roux-captalents/entretien-telephonique-30min

        À très vite,

        Mathilde Roux
        Consultante recrutement – Cap Talents Agri
        mathilde.roux@captalents-agri.fr
    """)
    hs = head(addr("Mathilde Roux", "mathilde.roux@captalents-agri.fr"),
              "Votre candidature – Responsable logistique (49)", when, zone,
              mid("n34", "mail.gmail.com", "CA+{H}@{d}"),
              received=rcv("mail-wr1-f54.google.com", "209.85.221.54", when, zone, "n34"))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(35), family="availability_request", lang="en", interview=False,
           company="Vandermolen Plant Logistics",
           note="GoodTime availability request for the final round; the candidate must still pick times")
def n35() -> bytes:
    when, zone = "2026-10-22 11:02", "Europe/Amsterdam"
    body = t("""
        Hi Baptiste,

        Congratulations on moving forward to the final round for Supply Chain Coordinator Europe!

        Please share your availability for a 60-minute on-site interview in Aalsmeer during the
        weeks of November 2 and November 9. Select all the times that work for you; we will
        confirm one of them within two business days.

        Share my availability:
        https://app.goodtime.io/availability/vandermolen/8c21e7d0b5

        Times are shown in your local time zone.

        Thanks,
        Sanne de Ruiter on behalf of Vandermolen Plant Logistics
        Sent with GoodTime
    """)
    hs = head(addr("Sanne de Ruiter via GoodTime", "scheduling@goodtime.io"),
              "Vandermolen Plant Logistics: please share your availability", when, zone,
              mid("n35", "goodtime.io"),
              received=rcv("o3.email.goodtime.io", "167.89.22.108", when, zone, "n35"),
              extra=(("Reply-To", addr("Sanne de Ruiter", "sanne.deruiter@vandermolenplants.nl")),))
    return make.message(hs, alt(text(body), html(page(make.gmail_html(body), "en"))))


@make.mail(N(36), family="auto_reply", lang="fr", interview=False, company="Plantanet",
           days=(("Mon", "2026-09-28"),),
           note="Out-of-office auto-reply from the Plantanet recruiter (back lundi 28 septembre)")
def n36() -> bytes:
    when, zone = "2026-09-22 08:14", "Europe/Paris"
    body = t("""
        Bonjour,

        Je suis absente du bureau et serai de retour le lundi 28 septembre. Je n'aurai qu'un accès
        limité à mes e-mails.

        Pour toute demande urgente concernant un recrutement en cours, merci de contacter
        recrutement@plantanet.fr.

        Camille Fougère
        Talent Acquisition – Plantanet
    """)
    hs = head(addr("Camille Fougère", "camille.fougere@plantanet.fr"),
              "Réponse automatique : Re: Entretien n°2", when, zone,
              mid("n36", "mail.gmail.com", "CA+{H}@{d}"),
              received=rcv("mail-ej1-f46.google.com", "209.85.218.46", when, zone, "n36"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                     ("In-Reply-To", mid("n36-orig", "example.com"))))
    return make.message(hs, text(body))


@make.mail(N(37), family="bounce", lang="en", interview=False, company=None,
           note="DSN: the candidate's thank-you mail after the Hartwell interview bounced (typo in the "
                "address); the quoted original mentions the interview only in the past")
def n37() -> bytes:
    when, zone = "2026-10-27 15:48", "Europe/Paris"
    human = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <oliver.pembrooke@hartwellgarden.co.uk>: host
            hartwellgarden-co-uk.mail.protection.outlook.com[52.101.73.4] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
            (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4Rk2Lp0Xq1z9sVb
        X-Postfix-Sender: rfc822; baptiste.moreau@example.com
        Arrival-Date: Tue, 27 Oct 2026 15:48:02 +0100 (CET)

        Final-Recipient: rfc822; oliver.pembrooke@hartwellgarden.co.uk
        Original-Recipient: rfc822;oliver.pembrooke@hartwellgarden.co.uk
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; hartwellgarden-co-uk.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
    """)
    orig = make.message(
        [("From", ME_H), ("To", "oliver.pembrooke@hartwellgarden.co.uk"),
         ("Subject", "Thank you - European Logistics Manager interview"),
         ("Date", make.date("2026-10-27 15:47", zone)),
         ("Message-ID", mid("n37-orig", "example.com"))],
        text(t("""
            Dear Oliver,

            Thank you for this morning's interview, and please pass my thanks to Rachel as well. I
            enjoyed hearing about the Evesham distribution centre project and would be delighted to
            take the next step.

            Best regards,
            Baptiste Moreau
        """), charset="us-ascii", cte="7bit"))
    report = make.multipart(
        "report",
        text(human, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"),
                       ("Content-Type", "message/delivery-status")], status),
        make.attached_message(orig),
        params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.com"),
              "Undelivered Mail Returned to Sender", when, zone,
              mid("n37", "mx1.example.com", "20261027144803.4Rk2Lp0Xq1z9sVb@{d}"),
              extra=(("Auto-Submitted", "auto-replied"),))
    return make.message(hs, report)


@make.mail(N(38), family="offer", lang="fr", interview=False, company="Végétal Loire Distribution",
           days=(("Fri", "2026-12-11"), ("Mon", "2027-01-04")),
           note="Written job offer (proposition d'embauche) with a reply deadline and a start date; "
                "no interview")
def n38() -> bytes:
    when, zone = "2026-12-03 16:30", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Suite à vos entretiens avec Thierry Chevalier et moi-même, j'ai le plaisir de vous
        adresser en pièce jointe notre proposition d'embauche pour le poste de Responsable
        logistique (CDI, statut cadre) :

        - rémunération annuelle brute : 47 000 €, 13e mois inclus ;
        - véhicule de service, mutuelle prise en charge à 60 % ;
        - prise de poste souhaitée : lundi 4 janvier 2027, à Beaucouzé.

        Nous vous remercions de nous faire part de votre réponse avant le vendredi 11 décembre.
        Je reste à votre disposition pour en parler, par téléphone ou de vive voix.

        Bien cordialement,

        Hélène Poirier
        Responsable RH – Végétal Loire Distribution
    """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Proposition_embauche_B_Moreau.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Proposition_embauche_B_Moreau.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjcKJcK1wrYKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0NvdW50IDAvS2lkc1tdPj4KZW5kb2JqCnRyYWlsZXIK\r\n"
                    b"PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\r\n")
    hs = head(addr("Hélène Poirier", "helene.poirier@vegetal-loire.fr"),
              "Proposition d'embauche – Responsable logistique", when, zone,
              mid("n38", "vegetal-loire.fr", "{a}-{b}{c}-{e}@{d}"),
              received=rcv("smtp.vegetal-loire.fr", "92.154.18.201", when, zone, "n38"),
              extra=(("Cc", addr("Aurélie Gasnier", "aurelie.gasnier@vegetal-loire.fr")),))
    return make.message(hs, mixed(text(body), pdf))


@make.mail(N(39), family="post_interview", lang="fr", interview=False, company="Agrilog Ouest",
           note="Post-interview thanks: 'nous revenons vers vous d'ici dix jours'; nothing scheduled")
def n39() -> bytes:
    when, zone = "2026-10-19 09:03", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Merci encore pour notre échange de vendredi, Franck et moi avons beaucoup apprécié votre
        présentation du projet de réimplantation de votre entrepôt.

        Nous rencontrons encore deux candidats cette semaine et nous revenons vers vous d'ici dix
        jours pour la suite du processus.

        Belle semaine,
        Nadia Bertrand
        RRH – Agrilog Ouest
    """)
    hs = head(addr("Nadia Bertrand", "nadia.bertrand@agrilog-ouest.fr"),
              "Suite à notre entretien", when, zone,
              mid("n39", "agrilog-ouest.fr", "{a}{b}.{c}@{d}"),
              received=rcv("smtp.agrilog-ouest.fr", "81.250.112.9", when, zone, "n39"))
    return make.message(hs, text(body, cte="base64"))


@make.mail(N(40), family="assessment_deadline", lang="fr", interview=False, company="Groupe Verdalis",
           days=(("Mon", "2026-09-28"),),
           note="Case study to return before lundi 28 septembre 12h (a deadline, not an interview)")
def n40() -> bytes:
    when, zone = "2026-09-23 10:45", "Europe/Paris"
    hbody = page(t("""
        <p>Bonjour Baptiste,</p>
        <p>Merci pour notre entretien d'hier. Comme évoqué, nous vous proposons une courte étude de cas&nbsp;: réorganiser le plan de chargement de la plateforme pour le pic de plantations d'automne (données jointes dans votre espace candidat).</p>
        <p>Merci de nous renvoyer votre proposition (5 pages maximum) <b>avant le lundi 28 septembre à 12h</b>, via le lien ci-dessous.</p>
        <p><a href="https://jobs.smartrecruiters.com/verdalis/assessment/7d1e">Déposer mon étude de cas</a></p>
        <p>Bon courage,<br>Léa Chauvin<br>Groupe Verdalis – Ressources humaines</p>
        <p style="font-size:11px;color:#999">Ce message vous a été envoyé via SmartRecruiters.</p>
    """))
    hs = head(addr("Groupe Verdalis", "no-reply@smartrecruiters.com"),
              "Étude de cas – Chef de quai – Plateforme végétale", when, zone,
              mid("n40", "smartrecruiters.com"),
              received=rcv("mail4.smartrecruiters.com", "185.12.80.44", when, zone, "n40"))
    return make.message(hs, html(hbody))


@make.mail(N(41), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Doctor's appointment confirmation with an ICS (jeudi 15 octobre 17h40); personal, "
                "not an interview")
def n41() -> bytes:
    when, zone = "2026-10-09 19:12", "Europe/Paris"
    body = t("""
        Bonjour Baptiste Moreau,

        Votre rendez-vous est confirmé :

        Dr Anne Lebrun – Médecin généraliste
        jeudi 15 octobre 2026 à 17h40
        Cabinet médical des Justices, 18 rue des Justices, 49000 Angers

        Pensez à apporter votre carte Vitale. En cas d'empêchement, merci d'annuler votre
        rendez-vous au moins 24 h à l'avance depuis votre compte.

        L'équipe MonRDV Santé
    """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//MonRDV Sante//Agenda//FR
        METHOD:PUBLISH
        {PARIS.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        UID:rdv-55120987@monrdv-sante.example.net
        DTSTAMP:20261009T171200Z
        DTSTART;TZID=Europe/Paris:20261015T174000
        DTEND;TZID=Europe/Paris:20261015T180000
        SUMMARY:RDV Dr Anne Lebrun - Médecin généraliste
        LOCATION:18 rue des Justices\\, 49000 Angers
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("MonRDV Santé", "no-reply@monrdv-sante.example.net"),
              "Confirmation de votre rendez-vous du jeudi 15 octobre", when, zone,
              mid("n41", "monrdv-sante.example.net"),
              received=rcv("mail.monrdv-sante.example.net", "192.0.2.140", when, zone, "n41"))
    return make.message(hs, mixed(alt(text(body), html(page(make.gmail_html(body)))),
                                  calendar(ics, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                           disposition="attachment")))


@make.mail(N(42), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-07"),),
           note="Garage service appointment (samedi 7 novembre 8h30); iso-8859-15 body")
def n42() -> bytes:
    when, zone = "2026-11-02 10:26", "Europe/Paris"
    body = t("""
        Bonjour M. Moreau,

        Nous vous confirmons votre rendez-vous à l'atelier :

        Véhicule : Peugeot 308 SW - FG-318-KL
        Prestation : révision 60 000 km + contrôle freinage
        Date : samedi 7 novembre 2026 à 8h30
        Durée estimée : une demi-journée (véhicule de courtoisie réservé)

        Montant estimé : 289,00 € TTC

        Garage Besnard - 42 route de Paris - 49800 Trélazé
        Tél. 02 41 xx xx xx
    """)
    hs = head(addr("Garage Besnard", "atelier@garage-besnard.example.net"),
              "Confirmation de rendez-vous atelier - samedi 7 novembre", when, zone,
              mid("n42", "garage-besnard.example.net"),
              received=rcv("smtp.garage-besnard.example.net", "192.0.2.201", when, zone, "n42"),
              charset="iso-8859-15")
    return make.message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(43), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-12-07"),),
           note="Current employer's Outlook invitation to the annual review ('entretien annuel "
                "d'évaluation', lundi 7 décembre 14h) with his own manager: not a job interview")
def n43() -> bytes:
    when, zone = "2026-11-27 09:10", "Europe/Paris"
    body = t("""
        Bonjour Baptiste,

        Comme chaque année, je te propose de faire ton entretien annuel d'évaluation le lundi 7
        décembre de 14h00 à 15h30, dans mon bureau. Pense à remplir ta fiche d'auto-évaluation
        sur l'intranet avant le 4.

        Martine
    """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        ORGANIZER;CN=Martine Cesbron:mailto:m.cesbron@pepinieres-layon.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Baptiste Moreau:mailto:b.moreau@pepinieres-layon.fr
        UID:040000008200E00074C5B7101A82E00800000000B3C2D1E0F47BDB01000000000000000010000000D5C4B3A2
        SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026 – Baptiste
        DTSTART;TZID=Romance Standard Time:20261207T140000
        DTEND;TZID=Romance Standard Time:20261207T153000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261127T081000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Bureau direction – Martigné-Briand
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Martine Cesbron", "m.cesbron@pepinieres-layon.fr"),
              "Entretien annuel d'évaluation 2026 – Baptiste", when, zone,
              mid("n43", "PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM", "{H}@{d}"),
              to=addr("Baptiste Moreau", "b.moreau@pepinieres-layon.fr"),
              received=rcv("mail-pr1fra01on2088.outbound.protection.outlook.com", "40.107.12.88", when, zone, "n43"),
              extra=(("Content-Language", "fr-FR"),))
    return make.message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(44), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Google Calendar invitation from a colleague at his current job (inventory meeting, "
                "mar. 20 oct. 08:00); not an interview")
def n44() -> bytes:
    when, zone = "2026-10-15 16:44", "Europe/Paris"
    body = t("""
        Vous avez été invité à l'événement suivant.

        Titre : Point inventaire avant Toussaint – quais 1 à 4
        Date : mar. 20 oct. 2026 08:00 – 09:00 (heure d’été d’Europe centrale - Paris)
        Lieu : Pépinières du Layon, bureau logistique

        On fait le point sur les chrysanthèmes et les commandes GMS avant le rush. Apportez vos
        états de stock. – Kévin

        Participants
        * kevin.brault@pepinieres-layon.fr - organisateur
        * b.moreau@pepinieres-layon.fr
        * l.pineau@pepinieres-layon.fr

        Invitation de Google Agenda
    """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {PARIS.replace(chr(10), chr(10) + '        ')}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261020T080000
        DTEND;TZID=Europe/Paris:20261020T090000
        DTSTAMP:20261015T144400Z
        ORGANIZER;CN=Kévin Brault:mailto:kevin.brault@pepinieres-layon.fr
        UID:7ac1b0e2f9d34e61a8c5@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:b.moreau@pepinieres-layon.fr
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Point inventaire avant Toussaint – quais 1 à 4
        LOCATION:Pépinières du Layon\\, bureau logistique
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Kévin Brault", "kevin.brault@pepinieres-layon.fr"),
              "Invitation: Point inventaire avant Toussaint – quais 1 à 4 @ mar. 20 oct. 2026 08:00 - 09:00 "
              "(CEST) (b.moreau@pepinieres-layon.fr)", when, zone,
              mid("n44", "google.com", "calendar-{a}-{b}{c}-{e}@{d}"),
              to=addr("Baptiste Moreau", "b.moreau@pepinieres-layon.fr"),
              received=rcv("mail-sor-f73.google.com", "209.85.220.73", when, zone, "n44"))
    return make.message(hs, alt(text(body), html(make.gmail_html(body)), calendar(ics, cte="base64")))


@make.mail(N(45), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="School notification: parent-teacher meeting jeudi 17 septembre 18h; personal")
def n45() -> bytes:
    when, zone = "2026-09-10 12:05", "Europe/Paris"
    body = t("""
        Madame, Monsieur,

        Nous avons le plaisir de vous convier à la réunion de rentrée des parents d'élèves de la
        classe de 5e B, qui se tiendra le jeudi 17 septembre 2026 à 18h00 en salle polyvalente.

        Au programme : présentation de l'équipe pédagogique, projets de l'année et élection des
        représentants de parents.

        Le professeur principal, M. Tessier

        --
        Message envoyé depuis l'ENT e-lyco par le Collège des Tilleuls, Angers.
        Ne pas répondre à ce message.
    """)
    hs = head(addr("ENT – Collège des Tilleuls", "ne-pas-repondre@ent-college.example.net"),
              "[5e B] Réunion parents-professeurs – jeudi 17 septembre", when, zone,
              mid("n45", "ent-college.example.net"),
              received=rcv("relay.ent-college.example.net", "192.0.2.55", when, zone, "n45"))
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(46), family="travel_ticket", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Train e-ticket Angers-Nantes for the day of the Botanica interview (jeudi 8 octobre, "
                "départ 12:58): a fixed time, but a journey, not the interview")
def n46() -> bytes:
    when, zone = "2026-10-03 20:11", "Europe/Paris"
    hbody = page(t("""
        <h2 style="color:#8a1538">Votre e-billet</h2>
        <p>Bonjour Baptiste,</p>
        <p>Merci pour votre réservation. Référence de dossier&nbsp;: <b>QX7T2P</b></p>
        <table cellpadding="5" style="border:1px solid #ddd">
        <tr><td><b>Aller</b></td><td>jeudi 8 octobre 2026</td></tr>
        <tr><td>Angers Saint-Laud → Nantes</td><td>départ 12:58 – arrivée 13:37</td></tr>
        <tr><td>Train TER 858114</td><td>voiture 2 – place libre</td></tr>
        <tr><td><b>Retour</b></td><td>jeudi 8 octobre 2026</td></tr>
        <tr><td>Nantes → Angers Saint-Laud</td><td>départ 17:22 – arrivée 18:01</td></tr>
        </table>
        <p>Prix total&nbsp;: 28,40 €</p>
        <p>Présentez votre e-billet (QR code) à bord sur votre smartphone.</p>
        <p style="font-size:11px;color:#777">Ouest Rail Voyages – ne pas répondre à cet e-mail.</p>
    """))
    hs = head(addr("Ouest Rail Voyages", "e-billet@ouestrail.example.net"),
              "Votre e-billet Angers Saint-Laud – Nantes du 08/10/2026", when, zone,
              mid("n46", "ouestrail.example.net"),
              received=rcv("mailer.ouestrail.example.net", "192.0.2.66", when, zone, "n46"))
    return make.message(hs, html(hbody, cte="base64"))


@make.mail(N(47), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-09-29"),),
           note="Public employment agency: follow-up appointment with his adviser ('entretien de "
                "suivi', mardi 29 septembre 10h15); not a job interview with an employer")
def n47() -> bytes:
    when, zone = "2026-09-21 07:45", "Europe/Paris"
    body = t("""
        Bonjour Monsieur MOREAU Baptiste,

        Vous êtes convoqué à un entretien de suivi de votre recherche d'emploi :

        le mardi 29 septembre 2026 à 10h15
        avec Mme Delphine Aubry, votre conseillère
        Agence Emploi Cadres Anjou – 26 boulevard Foch – 49100 Angers

        Merci de vous munir de votre CV à jour et de la liste de vos candidatures en cours.
        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel.

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
    """)
    hs = head(addr("Agence Emploi Cadres Anjou", "ne-pas-repondre@emploi-cadres-anjou.example.net"),
              "Convocation – entretien de suivi le 29/09/2026", when, zone,
              mid("n47", "emploi-cadres-anjou.example.net"),
              received=rcv("smtp.emploi-cadres-anjou.example.net", "192.0.2.77", when, zone, "n47"))
    return make.message(hs, text(body))


@make.mail(N(48), family="event_registration", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Job-fair registration (salon de l'emploi du végétal, jeudi 15 octobre 9h-17h); an "
                "event, no interview booked")
def n48() -> bytes:
    when, zone = "2026-10-05 11:30", "Europe/Paris"
    hbody = page(t("""
        <h2 style="color:#3d7a3a">Salon de l'emploi du végétal – Angers</h2>
        <p>Bonjour Baptiste,</p>
        <p>Votre inscription est confirmée. Voici votre badge visiteur, à présenter à l'entrée.</p>
        <p><b>Jeudi 15 octobre 2026, de 9h à 17h</b><br>Parc des expositions d'Angers – Hall B</p>
        <p>Plus de 60 entreprises de la filière (producteurs, pépinières, semenciers, jardineries, logistique) vous attendent. Pensez à apporter plusieurs exemplaires de votre CV.</p>
        <p>Badge n° VG-2026-04418</p>
        <p style="font-size:11px;color:#777">Salon organisé par l'Interprofession du végétal des Pays de la Loire.</p>
    """))
    hs = head(addr("Salon Emploi Végétal", "inscriptions@salon-vegetal.example.net"),
              "Votre badge – Salon de l'emploi du végétal, 15 octobre", when, zone,
              mid("n48", "salon-vegetal.example.net"),
              received=rcv("mta.salon-vegetal.example.net", "192.0.2.99", when, zone, "n48"))
    return make.message(hs, html(hbody))


@make.mail(N(49), family="reference_request", lang="en", interview=False, company="Hartwell Garden Supplies",
           note="After the first interview Hartwell asks for two referees; nothing scheduled")
def n49() -> bytes:
    when, zone = "2026-10-29 14:12", "Europe/London"
    body = t("""
        Hi Baptiste,

        Thanks again for Tuesday - Rachel was impressed, and we'd like to invite you to a second
        stage; I'll send some times shortly.

        In the meantime, could you send me the details of two professional referees (name, role,
        email and phone), ideally including your current line manager? We will only contact them
        with your agreement, and not before an offer stage.

        Many thanks,
        Oliver

        Oliver Pembroke
        Talent Partner | Hartwell Garden Supplies Ltd
        Vale Road, Evesham WR11 1TD
    """)
    hs = head(addr("Oliver Pembroke", "oliver.pembroke@hartwellgarden.co.uk"),
              "Next steps and references", when, zone,
              mid("n49", "LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM", "{H}@{d}"),
              received=rcv("mail-lo2gbr01on2117.outbound.protection.outlook.com", "40.107.10.117", when, zone, "n49"),
              extra=(("Content-Language", "en-GB"),))
    return make.message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(make.gmail_html(body))))


@make.mail(N(50), family="platform_notification", lang="fr", interview=False, company=None,
           note="Professional-network notification (profile views, a recruiter message preview); "
                "nothing scheduled")
def n50() -> bytes:
    when, zone = "2026-11-16 07:20", "Europe/Paris"
    body = t("""
        Baptiste, votre profil a été consulté 14 fois cette semaine.

        Parmi les visiteurs :
        - une chargée de recrutement chez un grossiste en fleurs (Tours)
        - un responsable supply chain dans une coopérative (Saumur)

        Nouveau message de Claire L. : « Bonjour Baptiste, votre parcours en pépinière
        m'intéresse, auriez-vous un moment pour échanger ? »

        Voir les visiteurs : https://www.prolink.example.net/me/visiteurs
        Répondre : https://www.prolink.example.net/messagerie

        Prolink – Gérer mes notifications : https://www.prolink.example.net/parametres
    """)
    hs = head(addr("Prolink", "notifications@prolink.example.net"),
              "Baptiste, 14 personnes ont consulté votre profil", when, zone,
              mid("n50", "prolink.example.net"),
              received=rcv("out-07.prolink.example.net", "192.0.2.121", when, zone, "n50"),
              extra=(("List-Unsubscribe", "<https://www.prolink.example.net/parametres>"),))
    return make.message(hs, alt(text(body), html(page(make.gmail_html(body)))))
