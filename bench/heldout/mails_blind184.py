"""blind184: 50 hand-written mails from the inbox of Léa Mourot, a watchmaking-industry quality
engineer in Besançon (September to mid-December 2026). Written blind: without reading the
detector, its tests, or any other held-out set. Build with ``make_blind.py blind184``.

Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the
writing order (ORDER below).
"""

from __future__ import annotations

import random
from email.utils import parseaddr

import make
from make import (
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
    received,
    t,
    text,
    utc,
)

SET = "blind184"
ORDER = random.Random(1840184).sample(range(1, 51), 50)
LEA = "lea.mourot@example.org"
LEA_TO = addr("Léa Mourot", LEA)
PARIS = "Europe/Paris"
ZRH = "Europe/Zurich"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def _a(value: str, charset: str = "utf-8") -> str:
    """'Name <address>' with a non-ASCII name -> RFC 2047 encoded."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        name, address = parseaddr(value)
        return addr(name, address, charset)


def heads(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = LEA_TO,
          relay: str | None = None, ident: str = "4bQx7K2mZr", extra: tuple = (),
          charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Return-Path", "<bounce@" + (relay or "mail.example.net") + ">")]
    hs.append(("Received", received(f"from {relay or 'mail.example.net'} ({relay or 'mail.example.net'})",
                                    when, zone, f"{MX} {ident}", LEA)))
    hs += [("From", _a(frm, charset)), ("To", _a(to, charset)), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid), *extra]
    return hs


# Europe/Zurich and Windows "Romance Standard Time" blocks, same rules as make.VTZ's Paris/W. Europe
VTZ_ZRH = make.VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Zurich")
VTZ_ROMANCE = make.VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_LONDON = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""


def page(body_html: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{body_html}\n</body></html>\n")


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 15:00", "Europe/Amsterdam"), end=utc("2026-09-10 15:45", "Europe/Amsterdam"),
      contact="sanne.dekker@tempora-labs.com", company="Tempora Labs",
      local="Thu 2026-09-10 15:00", local_end="2026-09-10 15:45", zone="Europe/Amsterdam",
      note="Greenhouse confirmation, '3:00 PM - 3:45 PM (GMT+02:00) Amsterdam' = CEST, 13:00Z-13:45Z; "
           "contact = human Reply-To recruiter")
def p01() -> bytes:
    body = t("""
        Hi Léa,

        Thanks for scheduling time with us! Your interview for Quality Engineer, Hardware (Remote - EU)
        at Tempora Labs is confirmed.

        Thursday, September 10, 2026
        3:00 PM - 3:45 PM (GMT+02:00) Amsterdam

        Interviewer: Ruben Visser, Head of Hardware Quality
        Location: Google Meet - https://meet.google.com/qxa-rtbn-kpe

        If you need to reschedule, simply reply to this email and Sanne will take care of it.

        Best,
        Sanne Dekker
        Talent Partner, Tempora Labs
        """)
    h = page("<p>Hi Léa,</p><p>Thanks for scheduling time with us! Your interview for <b>Quality Engineer, "
             "Hardware (Remote - EU)</b> at Tempora Labs is confirmed.</p>"
             '<table cellpadding="4"><tr><td><b>When</b></td><td>Thursday, September 10, 2026<br>'
             "3:00 PM - 3:45 PM (GMT+02:00) Amsterdam</td></tr>"
             "<tr><td><b>Interviewer</b></td><td>Ruben Visser, Head of Hardware Quality</td></tr>"
             '<tr><td><b>Location</b></td><td><a href="https://meet.google.com/qxa-rtbn-kpe">Google Meet</a>'
             "</td></tr></table><p>If you need to reschedule, simply reply to this email and Sanne will "
             "take care of it.</p><p>Best,<br>Sanne Dekker<br>Talent Partner, Tempora Labs</p>", "en")
    hs = heads("Tempora Labs <no-reply@us.greenhouse-mail.io>",
               "Interview Confirmation: Quality Engineer, Hardware (Remote - EU) at Tempora Labs",
               "2026-09-08 11:32:07", "Europe/Amsterdam",
               "<0100019a1c2f7b3e-5d1e8c4a-7f2b-4c0d-9e61-2a8b3f4c5d6e-000000@email.amazonses.com>",
               relay="a48-30.smtp-out.amazonses.com", ident="4bQzKp1Wc3",
               extra=(("Reply-To", "Sanne Dekker <sanne.dekker@tempora-labs.com>"),
                      ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body), html(h)))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-14 10:00", "Europe/London"), end=utc("2026-09-14 11:00", "Europe/London"),
      contact="hannah.pryce@kestreloptics.co.uk", company="Kestrel Optics",
      local="Mon 2026-09-14 10:00", local_end="2026-09-14 11:00", zone="Europe/London",
      note="Lever, HTML only in base64; '10:00 - 11:00 BST' (11:00 Paris given as a courtesy) = 09:00Z; "
           "contact = Reply-To")
def p02() -> bytes:
    h = page("<p>Hi Léa,</p>"
             "<p>Your interview with <b>Kestrel Optics</b> for the <b>Senior Quality Engineer (Optical "
             "Assemblies)</b> role has been scheduled.</p>"
             '<div style="border:1px solid #e3e3e3;padding:12px;border-radius:6px">'
             "<p style=\"margin:0\"><b>Monday 14 September 2026</b><br>10:00 - 11:00 BST "
             "(11:00 - 12:00 in Paris)</p>"
             "<p style=\"margin:8px 0 0\">Video call (Microsoft Teams) - the link is in the calendar invite "
             "Hannah will send separately.</p>"
             "<p style=\"margin:8px 0 0\">With: Owen Marsh (Quality Manager) and Priya Raman (Process "
             "Engineering)</p></div>"
             "<p>Questions? Reply to this email to reach Hannah Pryce.</p>"
             '<p style="color:#888;font-size:12px">Sent via Lever on behalf of Kestrel Optics Ltd, '
             "Cambridge CB4 0WS, UK.</p>", "en")
    hs = heads("Kestrel Optics <no-reply@hire.lever.co>",
               "Interview scheduled - Kestrel Optics", "2026-09-09 14:05:51", "Europe/London",
               "<5f0c9a7e.1c69fb81.8e2b.3a77SMTPIN_ADDED_MISSING@mx.lever.co>",
               relay="o1.email.lever.co", ident="4bRm2c8TyL",
               extra=(("Reply-To", "Hannah Pryce <hannah.pryce@kestreloptics.co.uk>"),))
    return message(hs, html(h, cte="base64"))


@mail(n(3), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-22 09:30", ZRH), end=utc("2026-09-22 10:30", ZRH),
      contact="sandrine.jeanneret@chaillet-manufacture.ch", company="Manufacture Chaillet SA",
      local="Tue 2026-09-22 09:30", local_end="2026-09-22 10:30", zone=ZRH,
      note="Personio (Neuchâtel), text iso-8859-15 QP + ICS Europe/Zurich 09:30-10:30 CEST = 07:30Z; "
           "Reply-To is a Personio relay, so contact = the human ICS ORGANIZER (HR manager)")
def p03() -> bytes:
    body = t("""
        Madame Mourot,

        Nous vous remercions de l'intérêt que vous portez à la Manufacture Chaillet SA et avons le
        plaisir de vous convier à un entretien pour le poste d'Ingénieure Qualité Produits (H/F).

        Date : mardi 22 septembre 2026
        Heure : de 9h30 à 10h30
        Lieu : Manufacture Chaillet SA, Rue des Draizes 41, 2000 Neuchâtel (réception, 1er étage)

        Vous rencontrerez M. Pascal Humbert-Droz, Responsable Qualité, ainsi que moi-même.
        Un parking visiteurs se trouve devant le bâtiment. Merci de vous munir d'une pièce d'identité.

        Vous trouverez l'invitation en pièce jointe.

        Meilleures salutations,

        Sandrine Jeanneret
        Responsable Ressources Humaines
        Manufacture Chaillet SA
        +41 32 555 18 40
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Personio GmbH//Recruiting//DE
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_ZRH}
        BEGIN:VEVENT
        UID:personio-interview-77104-2281@personio.de
        DTSTAMP:20260915T081244Z
        DTSTART;TZID=Europe/Zurich:20260922T093000
        DTEND;TZID=Europe/Zurich:20260922T103000
        SUMMARY:Entretien - Ingenieure Qualite Produits (Lea Mourot)
        LOCATION:Manufacture Chaillet SA\\, Rue des Draizes 41\\, 2000 Neuchatel
        ORGANIZER;CN=Sandrine Jeanneret:mailto:sandrine.jeanneret@chaillet-manufacture.ch
        ATTENDEE;CN=Lea Mourot;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.mourot@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Manufacture Chaillet SA <no-reply@mail.personio.de>",
               "Invitation à un entretien - Ingénieure Qualité Produits (H/F)",
               "2026-09-15 10:12:44", ZRH, "<20260915081244.77104.2281@mail.personio.de>",
               relay="mail.personio.de", ident="4bV0q3LxNd", charset="iso-8859-15",
               extra=(("Reply-To", "chaillet-4821f0c2@reply.personio.de"),))
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             calendar(ics, filename="invitation.ics", disposition="attachment")))


@mail(n(4), family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-29 14:00", PARIS), end=utc("2026-09-29 15:00", PARIS),
      contact="c.bourgeois@micromeca-jura.fr", company="Microméca Jura",
      local="Tue 2026-09-29 14:00", local_end="2026-09-29 15:00", zone=PARIS,
      note="Outlook meeting request, TZID 'Romance Standard Time' (= Europe/Paris, CEST) 14:00-15:00 "
           "= 12:00Z-13:00Z; 'Durée : 1 heure' also in text; contact = organizer/sender")
def p04() -> bytes:
    body = t("""
        Bonjour Madame Mourot,

        Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien pour le poste
        d'Ingénieur(e) Qualité Fournisseurs :

        mardi 29 septembre à 14h00 (durée : 1 heure)
        Microméca Jura – 18 rue de la Rotonde, 25000 Besançon – bâtiment B, accueil

        Vous serez reçue par M. Olivier Cuenot, Directeur Industriel, et moi-même.

        Bien cordialement,

        Carole Bourgeois
        Chargée de recrutement
        Microméca Jura | 03 81 55 42 10
        """)
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body lang="FR"><div class="WordSection1">'
         + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in body.rstrip("\n").split("\n"))
         + "</div></body></html>\n")
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        {VTZ_ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Carole Bourgeois:mailto:c.bourgeois@micromeca-jura.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Mourot:mailto:lea.mourot@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivier Cuenot:mailto:o.cuenot@micromeca-jura.fr
        DESCRIPTION;LANGUAGE=fr-FR:Entretien poste Ingénieur(e) Qualité Fournisseurs
        UID:040000008200E00074C5B7101A82E00800000000A07C3F1E2B4BDC01000000000000000010000000C4E1F5A2B3
        SUMMARY;LANGUAGE=fr-FR:Entretien – Léa Mourot – Ingénieur(e) Qualité Fournisseurs
        DTSTART;TZID=Romance Standard Time:20260929T140000
        DTEND;TZID=Romance Standard Time:20260929T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T091807Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Microméca Jura - Bât. B accueil
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
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Carole Bourgeois <c.bourgeois@micromeca-jura.fr>",
               "Entretien – Léa Mourot – Ingénieur(e) Qualité Fournisseurs",
               "2026-09-24 11:18:07", PARIS,
               "<PR3P191MB1420A7C3B1E2F4D5A6B7C8D9E0F1A@PR3P191MB1420.EURP191.PROD.OUTLOOK.COM>",
               relay="EUR05-DB8-obe.outbound.protection.outlook.com", ident="4bWd9rT0Hk",
               extra=(("Thread-Topic", enc("Entretien – Léa Mourot – Ingénieur(e) Qualité Fournisseurs")),
                      ("Thread-Index", "AdtOQ2m9wV3lK8bURy2x1y4p3d5Hqw=="),
                      ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                      ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                      ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(hs, alt(text(body), html(h), calendar(ics, cte="base64")))


@mail(n(5), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-01 10:30", PARIS), contact="maxime@fluxeo.io", company="Fluxeo",
      local="Thu 2026-10-01 10:30", zone=PARIS,
      note="Founder's phone reply, tutoiement: 'C'est calé pour demain 10h30' against Date Wed 30 Sep "
           "08:14 +0200 -> Thu 1 Oct 10:30 CEST = 08:30Z; '~45 min' is approximate, end null")
def p05() -> bytes:
    body = t("""
        Hello Léa,

        Top, merci pour ta réactivité ! C'est calé pour demain 10h30 en visio, je t'envoie le lien Meet
        dans la matinée. On sera deux avec Julie (notre CTO), compte ~45 min.

        À demain !
        Maxime

        Envoyé de mon iPhone

        > Le 29 sept. 2026 à 21:47, Léa Mourot <lea.mourot@example.org> a écrit :
        >
        > Bonsoir Maxime,
        > Merci pour votre message. Jeudi matin me convient très bien, 10h30 par exemple ?
        > Bonne soirée,
        > Léa
        """)
    hs = heads("Maxime Taillard <maxime@fluxeo.io>", "Re: Poste Quality Lead – Fluxeo",
               "2026-09-30 08:14:52", PARIS, "<8B1C2E4F-7A3D-4E9B-B5C6-D1E2F3A4B5C6@fluxeo.io>",
               relay="mail-wr1-f54.google.com", ident="4bX3nF6QpZ",
               extra=(("In-Reply-To", "<c3d1f0a2-55e8-4b7e-9c1d-0e2f3a4b5c6d@example.org>"),
                      ("References", "<c3d1f0a2-55e8-4b7e-9c1d-0e2f3a4b5c6d@example.org>"),
                      ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(6), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:00", PARIS), end=utc("2026-10-08 15:30", PARIS),
      contact="margaux.petitjean@saone-implants.fr", company="Saône Implants",
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:30", zone=PARIS,
      note="Teamtailor, 'jeudi 8 octobre à 14 h', 'durée : 1 h 30' -> 12:00Z-13:30Z (CEST); Reply-To is "
           "a Teamtailor relay, contact = the recruiter's address in the signature")
def p06() -> bytes:
    body = t("""
        Bonjour Léa,

        Merci d'avoir choisi un créneau ! Votre entretien pour le poste Ingénieur Qualité Validation –
        Dijon est bien confirmé :

        📅 jeudi 8 octobre à 14 h (durée : 1 h 30)
        📍 Saône Implants, 7 allée Alfred Nobel, 21000 Dijon

        Au programme : échange avec Margaux (RH) et Antoine Mercier (Responsable Qualité), puis visite
        de la salle blanche.

        À très vite,
        Margaux Petitjean
        Talent Acquisition – margaux.petitjean@saone-implants.fr

        --
        Envoyé via Teamtailor. Pour répondre, utilisez simplement la fonction « Répondre ».
        """)
    h = page("<p>Bonjour Léa,</p><p>Merci d'avoir choisi un créneau ! Votre entretien pour le poste "
             "<strong>Ingénieur Qualité Validation – Dijon</strong> est bien confirmé :</p>"
             "<p>📅 jeudi 8 octobre à 14 h (durée : 1 h 30)<br>📍 Saône Implants, 7 allée Alfred Nobel, "
             "21000 Dijon</p><p>Au programme : échange avec Margaux (RH) et Antoine Mercier (Responsable "
             "Qualité), puis visite de la salle blanche.</p><p>À très vite,<br>Margaux Petitjean<br>"
             'Talent Acquisition – <a href="mailto:margaux.petitjean@saone-implants.fr">'
             "margaux.petitjean@saone-implants.fr</a></p>"
             '<p style="font-size:11px;color:#999">Envoyé via Teamtailor</p>')
    hs = heads("Saône Implants <no-reply@teamtailor-mail.com>",
               "Votre entretien chez Saône Implants est confirmé", "2026-10-02 16:41:19", PARIS,
               "<6f1e9b2a4c7d.20261002144119@teamtailor-mail.com>", relay="mta-12.teamtailor-mail.com",
               ident="4bYq8WmR2e",
               extra=(("Reply-To", "reply+a7c3e19f0b2d4e58@teamtailor-mail.com"),
                      ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/a7c3e19f>")))
    return message(hs, alt(text(body), html(h)))


@mail(n(7), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-13 10:00", PARIS), end=utc("2026-10-13 10:30", PARIS),
      contact="thomas.garnier@lumendx.fr", company="Lumen Dx",
      local="Tue 2026-10-13 10:00", local_end="2026-10-13 10:30", zone=PARIS,
      note="Calendly invitee confirmation in French, '10:00 - 10:30, mardi 13 octobre 2026 (heure "
           "d'Europe centrale)' in October = CEST, 08:00Z; ICS in UTC; contact = Reply-To host")
def p07() -> bytes:
    body = t("""
        Bonjour Léa Mourot,

        Votre événement est programmé.

        Événement :
        Échange RH – Ingénieur Qualité (Lyon)

        Nom de l'organisateur :
        Thomas Garnier

        Date/Heure de l'événement :
        10:00 - 10:30, mardi 13 octobre 2026 (heure d'Europe centrale)

        Lieu :
        Appel téléphonique – Thomas vous appellera au +33 6 55 01 23 45.

        Besoin de faire des modifications ?
        Annuler : https://calendly.com/cancellations/3f9a1c2e-7b4d-4e8f-a1b2-c3d4e5f6a7b8
        Reprogrammer : https://calendly.com/reschedulings/3f9a1c2e-7b4d-4e8f-a1b2-c3d4e5f6a7b8

        Propulsé par Calendly.com
        """)
    h = page("<h2 style=\"font-size:18px\">Votre événement est programmé.</h2>"
             "<p><b>Événement :</b><br>Échange RH – Ingénieur Qualité (Lyon)</p>"
             "<p><b>Nom de l'organisateur :</b><br>Thomas Garnier</p>"
             "<p><b>Date/Heure de l'événement :</b><br>10:00 - 10:30, mardi 13 octobre 2026 "
             "(heure d'Europe centrale)</p><p><b>Lieu :</b><br>Appel téléphonique – Thomas vous appellera "
             "au +33 6 55 01 23 45.</p><p><a href=\"https://calendly.com/cancellations/3f9a1c2e\">Annuler"
             "</a> · <a href=\"https://calendly.com/reschedulings/3f9a1c2e\">Reprogrammer</a></p>")
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261009T123311Z
        UID:3f9a1c2e-7b4d-4e8f-a1b2-c3d4e5f6a7b8@calendly.com
        DTSTART:20261013T080000Z
        DTEND:20261013T083000Z
        SUMMARY:Echange RH - Ingenieur Qualite (Lyon) (Thomas Garnier et Lea Mourot)
        ORGANIZER;CN=Thomas Garnier:mailto:thomas.garnier@lumendx.fr
        ATTENDEE;CN=Lea Mourot;PARTSTAT=ACCEPTED:mailto:lea.mourot@example.org
        LOCATION:Appel telephonique
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Calendly <notifications@calendly.com>",
               "Confirmé : Échange RH – Ingénieur Qualité (Lyon) avec Thomas Garnier le mardi 13 octobre 2026",
               "2026-10-09 14:33:11", PARIS, "<3f9a1c2e7b4d.invitee.confirmation@calendly.com>",
               relay="o7.sgmail.calendly.com", ident="4bZ1xT7ncA",
               extra=(("Reply-To", "Thomas Garnier <thomas.garnier@lumendx.fr>"),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(8), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-19 11:00", PARIS), end=utc("2026-10-19 12:00", PARIS),
      contact="ines.ferrand@sablon-medical.com", company="Groupe Sablon Medical",
      local="Mon 2026-10-19 11:00", local_end="2026-10-19 12:00", zone=PARIS,
      note="Workday: the body gives neither date nor time ('voir l'invitation jointe'); the time is only "
           "in the ICS, Europe/Paris 11:00-12:00 CEST = 09:00Z-10:00Z; sender and ORGANIZER are the "
           "Workday tenant mailbox, contact = the coordinator's address in the body")
def p08() -> bytes:
    body = t("""
        Bonjour Léa,

        Nous avons le plaisir de vous inviter à un entretien pour le poste suivant :

        Ingénieur(e) Qualité Système H/F – Lyon Gerland (R-04418)

        Votre entretien a été planifié. La date, l'heure et le lieu figurent dans l'invitation
        jointe à ce message ; merci de l'ajouter à votre agenda.

        Pour toute question, contactez votre interlocutrice :
        Inès Ferrand, Talent Acquisition – ines.ferrand@sablon-medical.com

        Cordialement,
        L'équipe Recrutement Groupe Sablon Medical

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workday//Recruiting Interview//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:Europe/Paris
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        DTSTART:19700329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        DTSTART:19701025T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:WD-INTERVIEW-R04418-000231@myworkday.com
        DTSTAMP:20261013T135502Z
        DTSTART;TZID=Europe/Paris:20261019T110000
        DTEND;TZID=Europe/Paris:20261019T120000
        SUMMARY:Entretien - Ingenieur(e) Qualite Systeme (R-04418)
        LOCATION:Groupe Sablon Medical - 60 avenue Tony Garnier\\, 69007 Lyon - Accueil Bat. C
        ORGANIZER;CN=Groupe Sablon Medical:mailto:sablonmedical@myworkday.com
        ATTENDEE;CN=Lea Mourot;RSVP=TRUE:mailto:lea.mourot@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Groupe Sablon Medical <sablonmedical@myworkday.com>",
               "Invitation à un entretien – Ingénieur(e) Qualité Système (R-04418)",
               "2026-10-13 15:55:02", PARIS, "<1571223344.88812.1792331702000@wd5-prod-mail.myworkday.com>",
               relay="wd5-prod-mail.myworkday.com", ident="4bc6Hn0RkV")
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, filename="Entretien.ics", disposition="attachment", cte="base64")))


@mail(n(9), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-27 09:30", "Europe/Amsterdam"), end=utc("2026-10-27 10:30", "Europe/Amsterdam"),
      contact="ruben.visser@tempora-labs.com", company="Tempora Labs",
      local="Tue 2026-10-27 09:30", local_end="2026-10-27 10:30", zone="Europe/Amsterdam",
      note="Google Calendar 'Updated invitation' moved from Mon 26 Oct 4pm to Tue 27 Oct 9:30am-10:30am "
           "CET (Amsterdam); sent Fri 23 Oct in CEST, interview after the 25 Oct switch, so +01:00 -> "
           "08:30Z; contact = organizer (Reply-To)")
def p09() -> bytes:
    body = t("""
        This event has been changed.

        Tempora Labs - Technical interview (Léa Mourot)

        When
        CHANGED: Tuesday Oct 27, 2026 ⋅ 9:30am – 10:30am (Central European Time - Amsterdam)
        (was: Monday Oct 26, 2026 ⋅ 4pm – 5pm)

        Joining info
        Join with Google Meet
        https://meet.google.com/wmd-ykzp-hto

        Organizer
        ruben.visser@tempora-labs.com

        Guests
        ruben.visser@tempora-labs.com - organizer
        mei.lin@tempora-labs.com
        lea.mourot@example.org

        Note from Ruben: Sorry for the shuffle - Mei is travelling on Monday. Same format, 60 minutes,
        bring one example of a supplier quality issue you drove to closure.

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    h = page("<p>This event has been changed.</p>"
             '<h3 style="font-size:16px">Tempora Labs - Technical interview (Léa Mourot)</h3>'
             '<table><tr><td style="color:#70757a">When</td><td><span style="color:#d93025">CHANGED: '
             "</span>Tuesday Oct 27, 2026 ⋅ 9:30am – 10:30am (Central European Time - Amsterdam)<br>"
             '<s style="color:#70757a">Monday Oct 26, 2026 ⋅ 4pm – 5pm</s></td></tr>'
             '<tr><td style="color:#70757a">Joining info</td><td><a href="https://meet.google.com/wmd-ykzp-hto">'
             "Join with Google Meet</a></td></tr>"
             '<tr><td style="color:#70757a">Organizer</td><td>ruben.visser@tempora-labs.com</td></tr></table>'
             "<p>Note from Ruben: Sorry for the shuffle - Mei is travelling on Monday. Same format, 60 "
             "minutes, bring one example of a supplier quality issue you drove to closure.</p>"
             '<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>', "en")
    vtz = make.VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Amsterdam")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {vtz}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Amsterdam:20261027T093000
        DTEND;TZID=Europe/Amsterdam:20261027T103000
        DTSTAMP:20261023T094512Z
        ORGANIZER;CN=ruben.visser@tempora-labs.com:mailto:ruben.visser@tempora-labs.com
        UID:5q0v2hk8d1c3m7r9t4s6e8a0bn@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mei.lin@tempora-labs.com;X-NUM-GUESTS=0:mailto:mei.lin@tempora-labs.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.mourot@example.org;X-NUM-GUESTS=0:mailto:lea.mourot@example.org
        CREATED:20261019T120233Z
        DESCRIPTION:Technical interview - Quality Engineer\\, Hardware.
        LAST-MODIFIED:20261023T094512Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Tempora Labs - Technical interview (Léa Mourot)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Ruben Visser <ruben.visser@tempora-labs.com>",
               "Updated invitation: Tempora Labs - Technical interview (Léa Mourot) @ Tue Oct 27, 2026 "
               "9:30am - 10:30am (CET) (lea.mourot@example.org)",
               "2026-10-23 11:45:12", "Europe/Amsterdam", "<calendar-6b1d9e27-3c44-4f0a-8a51-7d2e9c0b1f35@google.com>",
               relay="mail-sor-f73.google.com", ident="4bf0Lm3QwS",
               extra=(("Reply-To", "ruben.visser@tempora-labs.com"),
                      ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(h), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(10), family="exchange_outlook", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-05 10:00", ZRH), end=utc("2026-11-05 11:00", ZRH),
      contact="nadia.rochat@lemanic-precision.ch", company="Lemanic Precision SA",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=ZRH,
      note="Outlook cancellation (METHOD:CANCEL, TZID 'W. Europe Standard Time') of Thu 5 Nov 10:00-11:00 "
           "(CET, after the October switch) = 09:00Z; position frozen, no new time; contact = organizer")
def p10() -> bytes:
    body = t("""
        Quand : jeudi 5 novembre 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Lemanic Precision SA, Ch. de la Vuachère 12, 1005 Lausanne / Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Madame Mourot,

        Je suis navrée de devoir annuler notre entretien de jeudi : la direction a décidé vendredi de geler
        le recrutement sur le poste d'Ingénieure Qualité Composants jusqu'à nouvel ordre.

        Je garde précieusement votre dossier et reviendrai vers vous si le poste est rouvert.

        Avec mes meilleures salutations,
        Nadia Rochat
        Talent Acquisition – Lemanic Precision SA
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2019
        VERSION:2.0
        {make.VTZ["W. Europe Standard Time"]}
        BEGIN:VEVENT
        ORGANIZER;CN=Nadia Rochat:mailto:nadia.rochat@lemanic-precision.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Lea Mourot:mailto:lea.mourot@example.org
        UID:040000008200E00074C5B7101A82E0080000000050D3A8E7C84ADC01000000000000000010000000D2F1E0A9B8
        SUMMARY;LANGUAGE=fr-CH:Annulé : Entretien Ingénieure Qualité Composants – L. Mourot
        DTSTART;TZID=W. Europe Standard Time:20261105T100000
        DTEND;TZID=W. Europe Standard Time:20261105T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261102T074733Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-CH:Lemanic Precision SA / Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    subject = "Annulé : Entretien Ingénieure Qualité Composants – L. Mourot"
    hs = heads("Nadia Rochat <nadia.rochat@lemanic-precision.ch>", subject, "2026-11-02 08:47:33", ZRH,
               "<GV0P278MB0718C2D4E6F8A0B1C3D5E7F9A1B2C@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>",
               relay="ZRAP278CU002.outbound.protection.outlook.com", ident="4bh2Tc7VnB",
               extra=(("Thread-Topic", enc(subject)), ("Thread-Index", "AdtMu7Yx2C0qfVQnTI2yA4h1bC9eXg=="),
                      ("Importance", "high"), ("X-Priority", "1"),
                      ("Accept-Language", "fr-CH, en-US"), ("Content-Language", "fr-CH")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(11), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-06 10:30", ZRH), contact="ca.perrenoud@pivot-rubis.ch", company="Pivot & Rubis SA",
      local="Fri 2026-11-06 10:30", zone=ZRH,
      note="Neuchâtel manager, iso-8859-1 QP: moved from mercredi 4 novembre 15h to vendredi 6 novembre "
           "10h30 (CET) = 09:30Z; no length, end null; contact = sender")
def p11() -> bytes:
    body = t("""
        Bonjour Madame Mourot,

        Comme convenu au téléphone ce matin, votre entretien est déplacé du mercredi 4 novembre 15h au
        vendredi 6 novembre à 10h30, toujours chez nous à Neuchâtel (Rue de la Maladière 23, 2e étage).

        Mon collègue M. Jacot, responsable de l'atelier d'assemblage, sera présent également ; vous
        pourrez visiter l'atelier à la suite de l'entretien.

        Je vous remercie de votre souplesse et me réjouis de vous rencontrer.

        Avec mes meilleures salutations

        Claude-Alain Perrenoud
        Directeur Qualité
        Pivot & Rubis SA - Rue de la Maladière 23 - 2000 Neuchâtel
        Tél. +41 32 555 71 02
        """)
    hs = heads("Perrenoud Claude-Alain <ca.perrenoud@pivot-rubis.ch>",
               "Entretien : nouvelle date", "2026-11-02 11:20:05", ZRH,
               "<000a01dc2b8e$4f1e2d30$ed5a8790$@pivot-rubis.ch>", relay="smtp.pivot-rubis.ch",
               ident="4bh5Kd1MzQ", charset="iso-8859-1",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-ch")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(12), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 16:00", "Europe/Berlin"), end=utc("2026-11-12 16:45", "Europe/Berlin"),
      contact="lena.hoffmann@quire-robotics.de", company="Quire Robotics",
      local="Thu 2026-11-12 16:00", local_end="2026-11-12 16:45", zone="Europe/Berlin",
      note="Ashby confirmation, base64 text, '4:00 PM – 4:45 PM CET' = 15:00Z-15:45Z, ICS Europe/Berlin; "
           "contact = Reply-To recruiter")
def p12() -> bytes:
    body = t("""
        Hi Léa,

        Your interview is confirmed – we're looking forward to speaking with you!

        Quality Systems Engineer (Remote, Europe)
        Thursday, November 12, 2026
        4:00 PM – 4:45 PM CET

        Where: Google Meet (link in the calendar invite)
        You'll meet: Jonas Albrecht – VP Operations

        Need to change something? Just reply to this email and it will reach Lena Hoffmann.

        Cheers,
        The Quire Robotics Talent Team
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {make.VTZ["Europe/Berlin"]}
        BEGIN:VEVENT
        UID:a8f3d2c1-4e5b-6a7c-8d9e-0f1a2b3c4d5e
        DTSTAMP:20261109T160312Z
        DTSTART;TZID=Europe/Berlin:20261112T160000
        DTEND;TZID=Europe/Berlin:20261112T164500
        SEQUENCE:0
        SUMMARY:Quire Robotics - Quality Systems Engineer Interview
        LOCATION:Google Meet
        ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@quire-robotics.de
        ATTENDEE;CN=Lea Mourot;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.mourot@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Quire Robotics <no-reply@ashbyhq.com>",
               "Interview confirmed: Quality Systems Engineer (Remote, Europe) at Quire Robotics",
               "2026-11-09 17:03:12", "Europe/Berlin",
               "<0100019b0f3c2d4e-8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d-000000@email.amazonses.com>",
               relay="a8-51.smtp-out.amazonses.com", ident="4bk0Pq8XsE",
               extra=(("Reply-To", "Lena Hoffmann <lena.hoffmann@quire-robotics.de>"),))
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(13), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-13 09:00", PARIS), end=utc("2026-11-13 09:45", PARIS),
      contact="julien.roux@dijon-microtech.fr", company="Dijon Microtech",
      local="Fri 2026-11-13 09:00", local_end="2026-11-13 09:45", zone=PARIS,
      note="SmartRecruiters, HTML only: 'vendredi 13 novembre à 9h', 'Durée : 45 minutes' -> 08:00Z-08:45Z "
           "(CET); no-reply sender, contact = recruiter address in the body")
def p13() -> bytes:
    h = page('<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="padding:20px">'
             '<img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/dijonmicrotech.png" '
             'alt="Dijon Microtech" height="40">'
             "<p>Bonjour Léa,</p>"
             "<p>Merci pour votre candidature au poste de <b>Responsable Assurance Qualité (H/F)</b>. "
             "Nous avons le plaisir de vous confirmer votre entretien :</p>"
             "<ul><li>Date : vendredi 13 novembre</li><li>Heure : 9h</li><li>Durée : 45 minutes</li>"
             "<li>Format : visioconférence Microsoft Teams (lien envoyé la veille)</li>"
             "<li>Avec : Julien Roux (RH) et Émilie Gauthier (Directrice Qualité)</li></ul>"
             "<p>Votre contact : Julien Roux – "
             '<a href="mailto:julien.roux@dijon-microtech.fr">julien.roux@dijon-microtech.fr</a></p>'
             "<p>Cordialement,<br>L'équipe recrutement Dijon Microtech</p>"
             '<p style="font-size:11px;color:#999">Powered by SmartRecruiters · Merci de ne pas répondre à '
             "cet e-mail.</p></td></tr></table>")
    hs = heads("Dijon Microtech <no-reply@smartrecruiters.com>",
               "Confirmation de votre entretien – Responsable Assurance Qualité (H/F)",
               "2026-11-06 10:26:40", PARIS, "<sr.2f4e6a8c0b1d.1762421200@smartrecruiters.com>",
               relay="mail-out-2.smartrecruiters.com", ident="4bj8Rf2LdH")
    return message(hs, html(h))


@mail(n(14), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:00", "America/New_York"), contact="kayla.brennan@brightwelldx.com",
      company="Brightwell Diagnostics", local="Tue 2026-11-03 09:00", zone="America/New_York",
      note="US recruiter sent Thu 29 Oct in EDT (-0400); interview Tue 3 Nov 9:00 AM Eastern after the US "
           "switch on 1 Nov = EST -> 14:00Z (= 15:00 CET, as she writes); pasted Zoom block, no length")
def p14() -> bytes:
    body = t("""
        Hi Léa,

        Great news - the team would love to move forward. You're confirmed for Tuesday, November 3 at
        9:00 AM Eastern with Dr. Alan Whitcomb (Director, Quality & Regulatory). That's 3:00 PM for you
        in Besançon - heads up, our clocks go back this Sunday, so the gap is back to six hours.

        Zoom details below. Let me know if anything comes up!

        Kayla

        -----
        Kayla Brennan is inviting you to a scheduled Zoom meeting.

        Topic: Brightwell Dx - Léa Mourot / Alan Whitcomb
        Time: Nov 3, 2026 09:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://brightwelldx.zoom.us/j/84512093367?pwd=Qm9zdG9uQnJpZ2h0d2VsbA

        Meeting ID: 845 1209 3367
        Passcode: 583021

        ---
        Kayla Brennan | Senior Technical Recruiter
        Brightwell Diagnostics | 200 Pier Four Blvd, Boston, MA
        """)
    hs = heads("Kayla Brennan <kayla.brennan@brightwelldx.com>",
               "Brightwell Dx - interview with Alan confirmed", "2026-10-29 10:42:18", "America/New_York",
               "<CAJ7f2kq9Rv3+Xy1zW0bN8cM5dP4eL6gH2iA3jK7lT9oU@mail.gmail.com>",
               relay="mail-pj1-f47.google.com", ident="4bg9Hs3KrY")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(15), family="icims", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-18 13:30", PARIS), end=utc("2026-11-18 14:30", PARIS),
      contact="camille.vasseur@norvale.com", company="Norvale Medical Devices",
      local="Wed 2026-11-18 13:30", local_end="2026-11-18 14:30", zone=PARIS,
      note="iCIMS in French: 'mercredi 18 novembre 2026, 13h30 – 14h30 (GMT+01:00) Paris' = 12:30Z-13:30Z; "
           "contact = human Reply-To")
def p15() -> bytes:
    body = t("""
        Bonjour Léa,

        Nous vous remercions pour votre intérêt pour Norvale Medical Devices. Votre entretien pour le
        poste « Ingénieur Qualité Fournisseurs – Site de Lyon (Req. 2026-7731) » a été programmé :

        Date : mercredi 18 novembre 2026
        Heure : 13h30 – 14h30 (GMT+01:00) Paris
        Lieu : Norvale Medical Devices, 14 rue Jean Bart, 69100 Villeurbanne
        Interlocuteurs : Camille Vasseur (Talent Acquisition), Hugo Lefèvre (Supplier Quality Manager)

        Pour toute question, répondez simplement à ce message.

        Cordialement,
        Camille Vasseur
        Norvale Medical Devices – Talent Acquisition
        """)
    h = page("<p>Bonjour Léa,</p><p>Nous vous remercions pour votre intérêt pour Norvale Medical Devices. "
             "Votre entretien pour le poste « Ingénieur Qualité Fournisseurs – Site de Lyon (Req. 2026-7731) » "
             "a été programmé :</p><table><tr><td>Date :</td><td>mercredi 18 novembre 2026</td></tr>"
             "<tr><td>Heure :</td><td>13h30 – 14h30 (GMT+01:00) Paris</td></tr><tr><td>Lieu :</td><td>Norvale "
             "Medical Devices, 14 rue Jean Bart, 69100 Villeurbanne</td></tr></table>"
             "<p>Pour toute question, répondez simplement à ce message.</p>"
             "<p>Cordialement,<br>Camille Vasseur<br>Norvale Medical Devices – Talent Acquisition</p>"
             '<img src="https://careers-norvale.icims.com/track/open.gif?e=8812" width="1" height="1">')
    hs = heads("Norvale Medical Devices <norvale+autoreply@talent.icims.com>",
               "Norvale Medical Devices : confirmation de votre entretien", "2026-11-11 09:58:31", PARIS,
               "<1762851511.77310.8812.JavaMail.icims@talent.icims.com>", relay="mta04.icims.com",
               ident="4bm3Vw6PaJ",
               extra=(("Reply-To", "Camille Vasseur <camille.vasseur@norvale.com>"),))
    return message(hs, alt(text(body), html(h)))


@mail(n(16), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-23 08:30", PARIS), contact="bernard.vuillemin@atelier-vuillemin.fr",
      company="Atelier Vuillemin", local="Mon 2026-11-23 08:30", zone=PARIS,
      note="Candidate forwards to herself (message/rfc822, inner windows-1252 QP) the owner's 'lundi 23 "
           "novembre à 8h30' (CET) = 07:30Z; 'une bonne heure' is approximate, end null; contact = the "
           "human sender inside the forwarded message (the candidate is never the contact)")
def p16() -> bytes:
    inner_body = t("""
        Madame,

        Suite à votre appel, je vous confirme notre rendez-vous de lundi 23 novembre à 8h30 à l'atelier,
        5 chemin des Montboucons à Besançon. Comptez une bonne heure : je vous présenterai nos lignes de
        polissage et de contrôle, puis nous parlerons du poste de responsable qualité.

        Bien à vous,

        Bernard Vuillemin
        Gérant – Atelier Vuillemin, boîtes et bracelets de montres
        03 81 55 60 77
        """)
    inner = message([("From", "Bernard Vuillemin <bernard.vuillemin@atelier-vuillemin.fr>"),
                     ("To", LEA_TO), ("Subject", enc("Votre candidature – rendez-vous", "windows-1252")),
                     ("Date", date("2026-11-18 17:30:12", PARIS)),
                     ("Message-ID", "<002301dc5a1f$9b3c4e10$d1b4eb30$@atelier-vuillemin.fr>")],
                    text(inner_body, charset="windows-1252"))
    outer = t("""
        à noter !! + apporter les rapports 8D et le portfolio

        Envoyé de mon téléphone
        """)
    hs = heads(LEA_TO, "Fwd: Votre candidature – rendez-vous", "2026-11-19 21:05:48", PARIS,
               "<f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9@example.org>", relay="smtp.example.org",
               ident="4bn7Xe0TcG")
    return message(hs, mixed(text(outer, cte="8bit"), attached_message(inner, "rendez-vous.eml")))


@mail(n(17), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-26 08:00", "Pacific/Auckland"), end=utc("2026-11-26 09:00", "Pacific/Auckland"),
      contact="aroha.ngata@kowhai-instruments.co.nz", company="Kōwhai Instruments",
      local="Thu 2026-11-26 08:00", local_end="2026-11-26 09:00", zone="Pacific/Auckland",
      note="Workable reschedule from Auckland: new slot Thu 26 Nov 8:00-9:00 AM NZDT (+13) = Wed 25 Nov "
           "19:00Z-20:00Z, i.e. the previous day in UTC (Wed 20:00 Paris, as written); old slot Wed 25 Nov "
           "8:00 AM NZDT also stated; Reply-To is a Workable relay, contact = recruiter address in body")
def p17() -> bytes:
    body = t("""
        Kia ora Léa,

        Your interview for the Remote Quality Engineer (EMEA) position at Kōwhai Instruments has been
        rescheduled.

        Previous time: Wednesday 25 November, 8:00 AM NZDT (Tuesday 24 November, 20:00 in Paris)
        New time: Thursday 26 November, 8:00 AM – 9:00 AM NZDT (Wednesday 25 November, 20:00 – 21:00 in Paris)

        Interviewers: Tama Rewiti (Head of Manufacturing) and Grace Liu (QA Lead)
        Where: Zoom – https://kowhai.zoom.us/j/96120448813

        Apologies for moving things around – Tama is flying back from our Shenzhen supplier that week.
        If the new time doesn't work, email me directly at aroha.ngata@kowhai-instruments.co.nz.

        Ngā mihi,
        Aroha Ngata
        People & Talent, Kōwhai Instruments

        --
        Powered by Workable
        """)
    h = page("<p>Kia ora Léa,</p><p>Your interview for the <b>Remote Quality Engineer (EMEA)</b> position at "
             "Kōwhai Instruments has been rescheduled.</p>"
             '<p style="color:#888"><s>Wednesday 25 November, 8:00 AM NZDT (Tuesday 24 November, 20:00 in '
             "Paris)</s></p><p><b>Thursday 26 November, 8:00 AM – 9:00 AM NZDT</b><br>(Wednesday 25 November, "
             "20:00 – 21:00 in Paris)</p><p>Interviewers: Tama Rewiti (Head of Manufacturing) and Grace Liu "
             "(QA Lead)<br>Where: Zoom</p><p>Apologies for moving things around – Tama is flying back from our "
             "Shenzhen supplier that week. If the new time doesn't work, email me directly at "
             '<a href="mailto:aroha.ngata@kowhai-instruments.co.nz">aroha.ngata@kowhai-instruments.co.nz</a>.'
             "</p><p>Ngā mihi,<br>Aroha Ngata<br>People &amp; Talent, Kōwhai Instruments</p>"
             '<p style="font-size:11px;color:#aaa">Powered by Workable</p>', "en")
    hs = heads("Kōwhai Instruments <noreply@candidates.workablemail.com>",
               "Your interview with Kōwhai Instruments has been rescheduled", "2026-11-23 10:12:40",
               "Pacific/Auckland", "<wk.5c1d9e3f7a2b.interview-rescheduled@workablemail.com>",
               relay="mail12.workablemail.com", ident="4bp1Yg5NuF",
               extra=(("Reply-To", "kowhai-instruments+c7e2a91f@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(h)))


@mail(n(18), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-30 10:00", ZRH), end=utc("2026-11-30 11:45", ZRH),
      contact="elodie.favre@corvane.com", company="Corvane Medical",
      local="Mon 2026-11-30 10:00", local_end="2026-11-30 11:45", zone=ZRH,
      note="GoodTime itinerary, two back-to-back sessions 10:00-10:45 and 11:00-11:45 CET (Lausanne): "
           "first start to last end = 09:00Z-10:45Z; contact = coordinator Reply-To")
def p18() -> bytes:
    body = t("""
        Hi Léa,

        Your onsite interview with Corvane Medical is confirmed. Here is your itinerary:

        Monday, November 30, 2026 (Central European Time – Lausanne)

        10:00 – 10:45   Marc Dubois, Site Quality Manager
        11:00 – 11:45   Dr. Sophie Keller, Director Quality & Regulatory Affairs

        Location: Corvane Medical, Avenue de Sévelin 20, 1004 Lausanne – please check in at reception
        on the ground floor 10 minutes early.

        If you have any questions, reply to this email to reach your coordinator, Elodie Favre.

        Good luck!
        Corvane Medical Recruiting Team
        """)
    h = page("<p>Hi Léa,</p><p>Your onsite interview with <b>Corvane Medical</b> is confirmed. Here is your "
             "itinerary:</p><p><b>Monday, November 30, 2026</b> (Central European Time – Lausanne)</p>"
             '<table cellpadding="6" style="border-collapse:collapse">'
             "<tr><td>10:00 – 10:45</td><td>Marc Dubois, Site Quality Manager</td></tr>"
             "<tr><td>11:00 – 11:45</td><td>Dr. Sophie Keller, Director Quality &amp; Regulatory Affairs</td>"
             "</tr></table><p>Location: Corvane Medical, Avenue de Sévelin 20, 1004 Lausanne</p>"
             "<p>If you have any questions, reply to this email to reach your coordinator, Elodie Favre.</p>"
             '<p style="font-size:11px;color:#999">Scheduled with GoodTime</p>', "en")
    hs = heads("Corvane Medical Recruiting <no-reply@goodtime.io>",
               "Your interview itinerary - Corvane Medical", "2026-11-23 15:08:22", ZRH,
               "<gt-itinerary-4471902.1763906902@goodtime.io>", relay="mail.goodtime.io", ident="4bq6Zh9OvD",
               extra=(("Reply-To", "Elodie Favre <elodie.favre@corvane.com>"),))
    return message(hs, alt(text(body), html(h, cte="base64")))


@mail(n(19), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-03 14:00", "Europe/London"), contact="hannah.pryce@kestreloptics.co.uk",
      company="Kestrel Optics", local="Thu 2026-12-03 14:00", zone="Europe/London",
      note="Recruiter cancels the final interview 'Thursday 3 December at 2pm (UK time)' = GMT = 14:00Z "
           "(15:00 Paris); hiring freeze, no new time; contact = sender")
def p19() -> bytes:
    body = t("""
        Hi Lea,

        I'm really sorry to be writing this. We've just been told that all external hiring is frozen
        until at least Q2, which means I have to cancel your final interview on Thursday 3 December at
        2pm (UK time) with Owen and our COO.

        This isn't a reflection on you at all - the feedback from your first round was excellent and
        I'd love to pick this up again if the role reopens. I'll keep you posted.

        Sorry again,
        Hannah

        Hannah Pryce | Talent Acquisition Partner
        Kestrel Optics Ltd | Cambridge, UK
        """)
    hs = heads("Hannah Pryce <hannah.pryce@kestreloptics.co.uk>",
               "Your final interview on Thursday - cancelled", "2026-11-30 09:15:44", "Europe/London",
               "<LO2P265MB4123E0F1A2B3C4D5E6F7A8B9C0D1E@LO2P265MB4123.GBRP265.PROD.OUTLOOK.COM>",
               relay="GBR01-LO2-obe.outbound.protection.outlook.com", ident="4bq9Ai2QwT",
               extra=(("Importance", "high"), ("Content-Language", "en-GB")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(20), family="recruitee", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-04 11:00", PARIS), end=utc("2026-12-04 11:45", PARIS),
      contact="chloe.martin@biolume.fr", company="Biolume",
      local="Fri 2026-12-04 11:00", local_end="2026-12-04 11:45", zone=PARIS,
      note="Recruitee: 'ven. 4 déc.' / '04/12/2026 de 11h00 à 11h45' (CET) = 10:00Z-10:45Z; Reply-To is "
           "a Recruitee relay, contact = the human ICS ORGANIZER")
def p20() -> bytes:
    body = t("""
        Bonjour Léa,

        C'est confirmé ! Voici le récapitulatif de votre entretien :

        Poste : Ingénieur·e Qualité & Affaires Réglementaires – Lyon
        Date : 04/12/2026 de 11h00 à 11h45
        Type : visioconférence (Google Meet) – https://meet.google.com/bio-lume-qar

        Vous échangerez avec Chloé Martin (Talent Manager) et Yann Olivier (Head of QA/RA).

        À vendredi,
        L'équipe Biolume
        """)
    h = page("<p>Bonjour Léa,</p><p>C'est confirmé ! Voici le récapitulatif de votre entretien :</p>"
             "<p><b>Poste :</b> Ingénieur·e Qualité &amp; Affaires Réglementaires – Lyon<br>"
             "<b>Date :</b> 04/12/2026 de 11h00 à 11h45<br><b>Type :</b> visioconférence (Google Meet)</p>"
             "<p>Vous échangerez avec Chloé Martin (Talent Manager) et Yann Olivier (Head of QA/RA).</p>"
             "<p>À vendredi,<br>L'équipe Biolume</p>"
             '<p style="font-size:10px;color:#aaa">Envoyé avec Recruitee</p>')
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interviews//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:recruitee-event-5512873@recruitee.com
        DTSTAMP:20261130T153005Z
        DTSTART:20261204T100000Z
        DTEND:20261204T104500Z
        SUMMARY:Entretien Biolume - Lea Mourot
        ORGANIZER;CN=Chloé Martin:mailto:chloe.martin@biolume.fr
        ATTENDEE;CN=Léa Mourot;RSVP=TRUE:mailto:lea.mourot@example.org
        LOCATION:https://meet.google.com/bio-lume-qar
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Biolume <no-reply@mail.recruitee.com>",
               "Entretien confirmé – ven. 4 déc. 11:00 – Biolume", "2026-11-30 16:30:05", PARIS,
               "<rt-5512873-a91c.1764516605@mail.recruitee.com>", relay="mail.recruitee.com", ident="4br2Bj6RxU",
               extra=(("Reply-To", "biolume+reply-5512873@inbound.recruitee.com"),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="entretien.ics", disposition="attachment", cte="8bit")))


@mail(n(21), family="calendly", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-08 09:00", PARIS), end=utc("2026-12-08 10:00", PARIS),
      contact="jonas.albrecht@quire-robotics.de", company="Quire Robotics",
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:00", zone=PARIS,
      note="Calendly 'rescheduled': former Mon 7 Dec 4:00pm, updated Tue 8 Dec 9:00am-10:00am Central "
           "European Time (invitee zone, Paris) = 08:00Z-09:00Z; ICS in UTC; contact = Reply-To host")
def p21() -> bytes:
    body = t("""
        Hi Léa Mourot,

        Your event has been rescheduled.

        Event Type:
        Final interview – Quality Systems Engineer

        Invitee:
        Léa Mourot

        Former: 4:00pm - 5:00pm, Monday, December 7, 2026 (Central European Time)
        Updated: 9:00am - 10:00am, Tuesday, December 8, 2026 (Central European Time)

        Reason for rescheduling:
        "Board meeting moved to Monday afternoon - sorry! Tuesday morning works on our side. Jonas"

        Location:
        Google Meet – details in the calendar invite.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9d8c7b6a-5e4f-4a3b-2c1d-0e9f8a7b6c5d
        Reschedule: https://calendly.com/reschedulings/9d8c7b6a-5e4f-4a3b-2c1d-0e9f8a7b6c5d

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261203T104750Z
        UID:9d8c7b6a-5e4f-4a3b-2c1d-0e9f8a7b6c5d@calendly.com
        DTSTART:20261208T080000Z
        DTEND:20261208T090000Z
        SUMMARY:Final interview - Quality Systems Engineer (Jonas Albrecht and Lea Mourot)
        ORGANIZER;CN=Jonas Albrecht:mailto:jonas.albrecht@quire-robotics.de
        ATTENDEE;CN=Lea Mourot;PARTSTAT=ACCEPTED:mailto:lea.mourot@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Calendly <notifications@calendly.com>",
               "Updated: Final interview – Quality Systems Engineer with Jonas Albrecht at 9:00am Tue, Dec 8, 2026",
               "2026-12-03 11:47:50", PARIS, "<9d8c7b6a5e4f.invitee.rescheduled@calendly.com>",
               relay="o7.sgmail.calendly.com", ident="4bs5Ck0SyV",
               extra=(("Reply-To", "Jonas Albrecht <jonas.albrecht@quire-robotics.de>"),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(22), family="allday_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-10 10:00", ZRH), contact="m.sandoz@cadranerie-locle.ch",
      company="Cadranerie du Locle SA", local="Thu 2026-12-10 10:00", zone=ZRH,
      note="Thunderbird all-day event (DTSTART;VALUE=DATE 20261210); the time is only in the text, "
           "'jeudi 10 décembre à 10h' Le Locle (CET) = 09:00Z; no length, end null; contact = sender")
def p22() -> bytes:
    body = t("""
        Bonjour Madame Mourot,

        Comme convenu, je vous confirme votre entretien pour le poste de technicienne-ingénieure qualité
        cadrans : jeudi 10 décembre à 10h, à la réception de la Cadranerie (Rue Girardet 29, Le Locle).
        L'entretien sera suivi d'un petit exercice pratique au poste de contrôle visuel.

        Je vous joins un rappel pour votre agenda. Le parking est derrière le bâtiment ; depuis
        Besançon, prévoyez un peu de marge, la route du Col des Roches peut être enneigée.

        Meilleures salutations,
        Martine Sandoz
        Ressources humaines – Cadranerie du Locle SA
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        CREATED:20261204T130622Z
        LAST-MODIFIED:20261204T130658Z
        DTSTAMP:20261204T130658Z
        UID:8e6a1f02-3b9c-4d57-a0e1-f2c3b4d5e6a7
        SUMMARY:Entretien Cadranerie du Locle - L. Mourot
        ORGANIZER;CN=Martine Sandoz:mailto:m.sandoz@cadranerie-locle.ch
        ATTENDEE;RSVP=TRUE;CN=Lea Mourot;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:lea.mourot@example.org
        DTSTART;VALUE=DATE:20261210
        DTEND;VALUE=DATE:20261211
        TRANSP:TRANSPARENT
        LOCATION:Rue Girardet 29\\, Le Locle
        DESCRIPTION:Reception 10h
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Martine Sandoz <m.sandoz@cadranerie-locle.ch>",
               "Confirmation entretien – jeudi 10 décembre", "2026-12-04 14:07:11", ZRH,
               "<7c2a9e41-0d3b-4f6e-8a5c-1b2d3e4f5a6b@cadranerie-locle.ch>", relay="mail.cadranerie-locle.ch",
               ident="4bs8Dl3TzW",
               extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")))
    return message(hs, mixed(text(body, cte="8bit", params="format=flowed"),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(23), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-15 14:00", PARIS), end=utc("2026-12-15 15:00", PARIS),
      contact="antoine.mercier@saone-implants.fr", company="Saône Implants",
      local="Tue 2026-12-15 14:00", local_end="2026-12-15 15:00", zone=PARIS,
      note="Google Calendar cancellation (METHOD:CANCEL) of 'mar. 15 déc. 2026 14:00 - 15:00 (CET)' = "
           "13:00Z-14:00Z; the note announces a new invitation for 'jeudi 17 à 14 h' in a separate mail, "
           "so this mail is the cancellation of the old slot; contact = organizer")
def p23() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Saône Implants – 2e entretien (Léa Mourot)
        mardi 15 déc. 2026 ⋅ 14:00 – 15:00 (heure normale d'Europe centrale - Paris)

        Note d'Antoine Mercier : Léa, désolé, un audit client tombe mardi après-midi. Je vous renvoie
        tout de suite une invitation pour jeudi 17 à 14 h, même format.

        Organisateur
        antoine.mercier@saone-implants.fr

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous participez à cet événement.
        """)
    h = page("<p>Cet événement a été annulé et supprimé de votre agenda.</p>"
             '<h3 style="font-size:16px"><s>Saône Implants – 2e entretien (Léa Mourot)</s></h3>'
             "<p>mardi 15 déc. 2026 ⋅ 14:00 – 15:00 (heure normale d'Europe centrale - Paris)</p>"
             "<p>Note d'Antoine Mercier : Léa, désolé, un audit client tombe mardi après-midi. Je vous renvoie "
             "tout de suite une invitation pour jeudi 17 à 14 h, même format.</p>"
             '<p style="font-size:11px;color:#70757a">Invitation de Google Agenda</p>')
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        {make.VTZ["Europe/Paris"]}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261215T140000
        DTEND;TZID=Europe/Paris:20261215T150000
        DTSTAMP:20261211T083012Z
        ORGANIZER;CN=antoine.mercier@saone-implants.fr:mailto:antoine.mercier@saone-implants.fr
        UID:1h7k3m5p9r2t4v6x8z0b2d4f6h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lea.mourot@example.org;X-NUM-GUESTS=0:mailto:lea.mourot@example.org
        CREATED:20261208T101500Z
        LAST-MODIFIED:20261211T083012Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Saône Implants – 2e entretien (Léa Mourot)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Antoine Mercier <antoine.mercier@saone-implants.fr>",
               "Événement annulé : Saône Implants – 2e entretien (Léa Mourot) @ mar. 15 déc. 2026 14:00 - "
               "15:00 (CET) (lea.mourot@example.org)", "2026-12-11 09:30:12", PARIS,
               "<calendar-0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f@google.com>", relay="mail-sor-f69.google.com",
               ident="4bt1Em6UaX",
               extra=(("Reply-To", "antoine.mercier@saone-implants.fr"),
                      ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(h), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="en", interview=False, company="Orbis Metrology GmbH",
      note="softgarden rejection after CV screening; mentions an optional feedback call without a time")
def n24() -> bytes:
    body = t("""
        Dear Léa Mourot,

        Thank you for your application as Quality Engineer – Coordinate Metrology (m/f/d) and for the
        interest you have shown in Orbis Metrology.

        We have now reviewed all applications carefully. Unfortunately we have decided to proceed with
        candidates whose profile more closely matches the requirements of this position, in particular
        regarding on-site availability in Stuttgart.

        We would be happy to keep your documents in our talent pool for 12 months. If you would like
        short feedback on your application, you are welcome to reply and we will arrange a call.

        We wish you every success in your job search.

        Kind regards
        Your Orbis Metrology recruiting team

        Orbis Metrology GmbH · Heilbronner Str. 212 · 70191 Stuttgart
        This message was sent via softgarden e-recruiting.
        """)
    hs = heads("Orbis Metrology GmbH <no-reply@mail.softgarden.io>",
               "Your application as Quality Engineer – Coordinate Metrology (m/f/d)", "2026-09-18 14:21:09",
               "Europe/Berlin", "<sg.1758198069.663201.orbis@mail.softgarden.io>", relay="mail.softgarden.io",
               ident="4bV7Mo2KbP")
    return message(hs, alt(text(body), html(page("".join(f"<p>{p}</p>" for p in body.split("\n\n")), "en"))))


@mail(n(25), family="offer", lang="fr", interview=False, company="Atelier Vuillemin",
      days=(("Fri", "2026-12-11"), ("Mon", "2027-01-04")),
      note="Job offer after the 23 Nov interview (thread with the forwarded confirmation); a reply deadline "
           "'vendredi 11 décembre à 12h' and a start date, no interview; iso-8859-15 base64")
def n25() -> bytes:
    body = t("""
        Madame Mourot,

        Suite à nos échanges du 23 novembre et à votre visite de l'atelier, j'ai le plaisir de vous
        proposer le poste de Responsable Qualité au sein de l'Atelier Vuillemin, en CDI, aux conditions
        suivantes :

        - rémunération : 44 000 € bruts annuels sur 13 mois, statut cadre ;
        - prise de poste envisagée le lundi 4 janvier 2027 ;
        - lieu de travail : 5 chemin des Montboucons, Besançon.

        La proposition détaillée est jointe. Je vous remercie de me faire part de votre réponse avant le
        vendredi 11 décembre à 12h. Je reste bien sûr disponible par téléphone si vous avez des questions.

        Bien à vous,

        Bernard Vuillemin
        Gérant, Atelier Vuillemin
        """)
    hs = heads("Bernard Vuillemin <bernard.vuillemin@atelier-vuillemin.fr>",
               "Proposition d'embauche – Responsable Qualité", "2026-12-01 18:02:37", PARIS,
               "<004101dc63a0$2e1f0d90$8a5d28b0$@atelier-vuillemin.fr>", relay="smtp.atelier-vuillemin.fr",
               ident="4br8Fn1VbY", charset="windows-1252",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-15", cte="base64"))


@mail(n(26), family="application_receipt", lang="fr", interview=False, company="Doubs Automation",
      days=(("Fri", "2026-09-25"),),
      note="JOIN application receipt; says the team reviews applications by Friday 25 Sep, no interview")
def n26() -> bytes:
    body = t("""
        Bonjour Léa,

        Merci pour votre candidature au poste « Ingénieur Qualité Process (H/F) – Besançon » chez
        Doubs Automation ! Nous l'avons bien reçue.

        Et maintenant ?
        L'équipe examine toutes les candidatures d'ici le vendredi 25 septembre. Si votre profil
        correspond, nous vous contacterons pour convenir d'un premier entretien.

        Bonne journée,
        L'équipe Doubs Automation

        Vous recevez cet e-mail car vous avez postulé via JOIN. JOIN Solutions AG, Zurich.
        """)
    hs = heads("Doubs Automation via JOIN <noreply@join.com>",
               "Votre candidature chez Doubs Automation", "2026-09-10 08:44:13", PARIS,
               "<20260910064413.3f8a9c1e2b@mail.join.com>", relay="mail.join.com", ident="4bR3Nq5LcQ")
    h = page("<p>Bonjour Léa,</p><p>Merci pour votre candidature au poste « Ingénieur Qualité Process (H/F) – "
             "Besançon » chez Doubs Automation ! Nous l'avons bien reçue.</p><h4>Et maintenant ?</h4><p>L'équipe "
             "examine toutes les candidatures d'ici le vendredi 25 septembre. Si votre profil correspond, nous "
             "vous contacterons pour convenir d'un premier entretien.</p><p>Bonne journée,<br>L'équipe Doubs "
             "Automation</p>")
    return message(hs, alt(text(body), html(h, cte="base64")))


@mail(n(27), family="application_receipt", lang="fr", interview=False, company="Groupe Fercal Industries",
      note="Taleo acknowledgement of an application ('si votre profil est retenu ... un entretien'), no time")
def n27() -> bytes:
    body = t("""
        Madame Mourot,

        Nous accusons réception de votre candidature au poste de :
        Ingénieur Qualité Fournisseurs H/F (réf. 2600417) - Site de Morteau

        Nous l'étudierons avec la plus grande attention. Si votre profil est retenu, notre service
        Recrutement vous contactera afin de convenir d'un entretien.

        Vous pouvez suivre l'avancement de votre candidature à tout moment dans votre espace candidat.

        Nous vous remercions de l'intérêt que vous portez au Groupe Fercal Industries.

        La Direction des Ressources Humaines

        Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
        """)
    hs = heads("Groupe Fercal Industries <fercal@taleo.net>",
               "Accusé de réception - Candidature 2600417 - Ingénieur Qualité Fournisseurs H/F",
               "2026-09-03 23:17:55", PARIS, "<1304528811.2266431.1788476275119.JavaMail.taleo@taleo.net>",
               relay="smtp.taleo.net", ident="4bN1Jp9HaM", charset="iso-8859-1")
    return message(hs, html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n",
                            charset="iso-8859-1"))


@mail(n(28), family="job_alert", lang="fr", interview=False, company=None,
      note="Job board alert listing seven quality roles; no interview")
def n28() -> bytes:
    jobs = [("Ingénieur Qualité Produit H/F", "Cadranerie du Locle SA", "Le Locle (CH)", "il y a 1 jour"),
            ("Quality Engineer – Movements", "Manufacture Chaillet SA", "Neuchâtel (CH)", "il y a 2 jours"),
            ("Ingénieur Qualité Fournisseurs", "Microméca Jura", "Besançon", "il y a 2 jours"),
            ("Responsable Qualité Atelier", "Atelier Vuillemin", "Besançon", "il y a 3 jours"),
            ("Ingénieur·e Méthodes et Qualité", "Précis'Doubs", "Morteau", "il y a 4 jours"),
            ("Technicien·ne Contrôle Réception", "Horlogerie Brenet", "Besançon", "il y a 5 jours"),
            ("Ingénieur Qualité Système", "Groupe Sablon Medical", "Lyon", "il y a 6 jours")]
    lines = "\n\n".join(f"{a}\n{b} – {c}\n{d}" for a, b, c, d in jobs)
    body = ("Bonjour Léa,\n\n7 nouvelles offres correspondent à votre alerte « ingénieur qualité » "
            "(Besançon + 80 km) :\n\n" + lines +
            "\n\nVoir toutes les offres : https://www.horlojobs.ch/alertes/88213\n\n"
            "Modifier ou supprimer cette alerte : https://www.horlojobs.ch/compte/alertes\n")
    rows = "".join(f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><a href="https://www.horlojobs.ch/'
                   f'offre/{i}"><b>{a}</b></a><br>{b} – {c}<br><span style="color:#999">{d}</span></td></tr>'
                   for i, (a, b, c, d) in enumerate(jobs, 1041))
    h = page('<p>Bonjour Léa,</p><p>7 nouvelles offres correspondent à votre alerte « ingénieur qualité » '
             f'(Besançon + 80 km) :</p><table width="100%">{rows}</table>')
    hs = heads("HorloJobs <alertes@horlojobs.ch>", "7 nouvelles offres : ingénieur qualité près de Besançon",
               "2026-10-05 07:00:14", ZRH, "<alert.88213.20261005@horlojobs.ch>", relay="mail.horlojobs.ch",
               ident="4bd2Go7PnU",
               extra=(("List-Unsubscribe", "<https://www.horlojobs.ch/compte/alertes?u=88213>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(h)))


@mail(n(29), family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Career newsletter about interview questions, with a live Q&A 'mardi 20 octobre à 18h30'")
def n29() -> bytes:
    body = t("""
        LE MAG CARRIÈRE INDUSTRIE – n° 142

        Entretien d'embauche : les 7 questions que posent (vraiment) les manufactures horlogères

        « Racontez-nous une non-conformité dont vous êtes fière », « Comment géreriez-vous un fournisseur
        de cadrans en retard ? »... Nous avons interrogé douze responsables RH de l'Arc jurassien.
        Lire l'article : https://mag-carriere-industrie.fr/entretien-horlogerie

        Aussi dans ce numéro :
        – Salaires 2026 des ingénieurs qualité en Suisse romande
        – Frontaliers : ce qui change au 1er janvier

        LIVE Q&A : « Réussir son entretien en Suisse », mardi 20 octobre à 18h30 sur notre chaîne.
        Inscription gratuite : https://mag-carriere-industrie.fr/live

        Vous recevez cette lettre car vous êtes abonnée au Mag Carrière Industrie.
        Se désabonner : https://mag-carriere-industrie.fr/desabonnement
        """)
    h = page('<h1 style="font-size:20px">Entretien d\'embauche : les 7 questions que posent (vraiment) les '
             "manufactures horlogères</h1><p>« Racontez-nous une non-conformité dont vous êtes fière », "
             "« Comment géreriez-vous un fournisseur de cadrans en retard ? »... Nous avons interrogé douze "
             'responsables RH de l\'Arc jurassien. <a href="https://mag-carriere-industrie.fr/entretien-horlogerie">'
             'Lire l\'article</a></p><div style="background:#fff4e0;padding:12px"><b>LIVE Q&amp;A</b> : « Réussir '
             "son entretien en Suisse », mardi 20 octobre à 18h30. "
             '<a href="https://mag-carriere-industrie.fr/live">Inscription gratuite</a></div>')
    hs = heads("Le Mag Carrière Industrie <newsletter@mag-carriere-industrie.fr>",
               "Entretien : les 7 questions que posent les horlogers suisses", "2026-10-15 12:00:03", PARIS,
               "<nl142.a8f3b2c1@mag-carriere-industrie.fr>", relay="mta3.sendinblue.com", ident="4bg3Hp8QoV",
               extra=(("List-Unsubscribe", "<https://mag-carriere-industrie.fr/desabonnement?c=142>"),
                      ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(h)))


@mail(n(30), family="self_schedule_link", lang="fr", interview=False, company="Lemanic Precision SA",
      note="Recruiter asks the candidate to pick a 60-minute slot via a Microsoft Bookings page; nothing fixed")
def n30() -> bytes:
    body = t("""
        Bonjour Madame Mourot,

        Merci pour votre candidature au poste d'Ingénieure Qualité Composants. Votre profil a retenu
        toute notre attention et nous aimerions vous rencontrer.

        Je vous laisse choisir un créneau de 60 minutes qui vous convient, la semaine du 2 novembre de
        préférence, directement dans notre agenda :
        https://outlook.office365.com/book/RecrutementLemanicPrecision@lemanic-precision.ch/

        Vous recevrez automatiquement une confirmation une fois le créneau réservé.

        Avec mes meilleures salutations,
        Nadia Rochat
        Talent Acquisition – Lemanic Precision SA
        Ch. de la Vuachère 12, 1005 Lausanne
        """)
    hs = heads("Nadia Rochat <nadia.rochat@lemanic-precision.ch>",
               "Lemanic Precision – votre candidature (Ingénieure Qualité Composants)", "2026-10-19 16:12:48",
               ZRH, "<GV0P278MB07189A1B2C3D4E5F6A7B8C9D0E1F2@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>",
               relay="ZRAP278CU002.outbound.protection.outlook.com", ident="4be9Jr4SqX",
               extra=(("Content-Language", "fr-CH"),))
    return message(hs, alt(text(body), html(page("".join(f"<p>{p}</p>" for p in body.split("\n\n"))))))


@mail(n(31), family="proposed_times", lang="fr", interview=False, company="Pivot & Rubis SA",
      days=(("Wed", "2026-11-04"), ("Thu", "2026-11-05")),
      note="Manager proposes two slots and asks the candidate to confirm; nothing fixed in this mail "
           "(the later mail in the thread reschedules what was agreed by phone)")
def n31() -> bytes:
    body = t("""
        Bonjour Madame Mourot,

        Merci pour votre dossier, qui m'a été transmis par notre service RH. J'aimerais beaucoup vous
        rencontrer pour le poste d'ingénieure qualité assemblage.

        Est-ce que le mercredi 4 novembre à 15h vous conviendrait ? Sinon, je pourrais aussi le jeudi
        5 novembre à 9h. Merci de me dire ce qui vous arrange le mieux.

        Avec mes meilleures salutations

        Claude-Alain Perrenoud
        Directeur Qualité
        Pivot & Rubis SA - Rue de la Maladière 23 - 2000 Neuchâtel
        """)
    hs = heads("Perrenoud Claude-Alain <ca.perrenoud@pivot-rubis.ch>", "Votre candidature - rencontre",
               "2026-10-27 17:36:02", ZRH, "<000801dc4632$a1b2c3d4$e5f6a7b8$@pivot-rubis.ch>",
               relay="smtp.pivot-rubis.ch", ident="4bf4Ks9TrY", charset="iso-8859-1",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(32), family="recruiter_outreach", lang="en", interview=False, company="Alpine Talent Partners",
      note="Agency cold outreach asking for a call 'sometime next week'; nothing fixed")
def n32() -> bytes:
    body = t("""
        Hi Léa,

        I came across your profile and your work on supplier quality for watch components caught my eye.
        I'm supporting a premium Swiss watch brand (confidential for now) that is building a new quality
        team in the Vallée de Joux - a Senior Supplier Quality Engineer role, hybrid, CHF 115-130k.

        Would you be open to a 20-minute chat sometime next week? Just let me know a couple of times that
        suit you, or grab one directly here: https://calendly.com/marco-bianchi-atp/20min

        Best regards,
        Marco Bianchi
        Senior Consultant - Engineering & Manufacturing
        Alpine Talent Partners SA | Rue du Rhône 65, 1204 Genève
        """)
    hs = heads("Marco Bianchi <marco.bianchi@alpinetalent.ch>", "Senior Supplier Quality role - Swiss watchmaker",
               "2026-09-21 09:03:27", ZRH, "<CAH4x9Tq1r2s3t4u5v6w7x8y9z0A1B2C3D4E5F6G7H8@mail.gmail.com>",
               relay="mail-ej1-f41.google.com", ident="4bW2Lt0UsZ")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Job-centre 'entretien de suivi' with her adviser at a fixed time (mardi 17 novembre à 9h15): "
           "a confirmed appointment, but not a job interview")
def n33() -> bytes:
    body = t("""
        Madame Léa MOUROT,

        Dans le cadre de votre accompagnement, vous êtes convoquée à un entretien de suivi avec votre
        conseillère référente, Mme Nathalie Girard :

        Le mardi 17 novembre 2026 à 9h15
        Espace Emploi Besançon-Planoise, 3 rue Van Gogh, 25000 Besançon (guichet 4)
        Durée prévue : 30 minutes

        Merci de vous munir de votre CV à jour et de la liste de vos candidatures récentes.
        En cas d'empêchement, prévenez-nous au plus tard la veille via votre espace personnel.

        Votre Espace Emploi

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = heads("Espace Emploi Besançon <ne-pas-repondre@espace-emploi-besancon.fr>",
               "Convocation : entretien de suivi le mardi 17 novembre à 9h15", "2026-11-06 14:30:00", PARIS,
               "<conv.25BP.4471823.20261106@espace-emploi-besancon.fr>", relay="relais.espace-emploi-besancon.fr",
               ident="4bj9Lu3VtA")
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html(page("".join(f"<p>{p}</p>" for p in body.split("\n\n"))), charset="utf-8")))


@mail(n(34), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Local journalist confirms a phone interview 'jeudi à 11h' (15 Oct) for an article: fixed time, "
           "but she is the interviewee for the press, not a job candidate")
def n34() -> bytes:
    body = t("""
        Bonjour Léa,

        Merci d'avoir accepté ! C'est noté pour notre interview téléphonique jeudi à 11h, une vingtaine de
        minutes, pour le dossier « Femmes de l'horlogerie » qui paraîtra fin octobre. Je vous appellerai
        sur votre portable.

        Je vous enverrai la citation relue avant publication.

        Bien cordialement,
        Pauline Faivre
        Journaliste – L'Écho du Haut-Doubs
        06 55 48 21 09
        """)
    hs = heads("Pauline Faivre <p.faivre@echo-hautdoubs.fr>", "Re: Dossier « Femmes de l'horlogerie »",
               "2026-10-12 16:48:21", PARIS, "<a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d@echo-hautdoubs.fr>",
               relay="smtp.echo-hautdoubs.fr", ident="4bd5Mv6WuB",
               extra=(("In-Reply-To", "<7e8f9a0b-1c2d-4e3f-a4b5-c6d7e8f9a0b1@example.org>"),))
    return message(hs, text(body))


@mail(n(35), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Executive MBA admission interview confirmed for jeudi 12 novembre à 17h30: a school admission "
           "interview, not a job interview")
def n35() -> bytes:
    body = t("""
        Madame Mourot,

        Suite à l'examen de votre dossier de candidature à l'Executive MBA « Management des opérations
        industrielles » (promotion 2027), nous avons le plaisir de vous confirmer votre entretien
        d'admission :

        jeudi 12 novembre 2026 à 17h30, en visioconférence (45 minutes)
        Jury : Pr. Hélène Marchal, directrice du programme, et M. François Tissot, diplômé 2021

        Le lien de connexion vous sera adressé 24 heures avant. Merci de préparer une courte présentation
        (5 minutes) de votre projet professionnel.

        Bien cordialement,
        Sophie Lanier
        Chargée des admissions – Executive Education
        ESC Vauban – Dijon | Besançon
        """)
    hs = heads("Sophie Lanier <s.lanier@esc-vauban.fr>", "Executive MBA – confirmation de votre entretien d'admission",
               "2026-11-05 11:09:54", PARIS, "<PAZP264MB3310F1E2D3C4B5A6978@PAZP264MB3310.FRAP264.PROD.OUTLOOK.COM>",
               relay="FRA01-PR2-obe.outbound.protection.outlook.com", ident="4bj2Nw7XvC")
    return message(hs, alt(text(body), html(page("".join(f"<p>{p}</p>" for p in body.split("\n\n"))))))


@mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Volleyball club try-out 'mercredi 16 septembre à 19h30', tutoiement; fixed time, not a job")
def n36() -> bytes:
    body = t("""
        Salut Léa,

        Super que tu sois partante ! Les essais pour l'équipe régionale féminine c'est mercredi 16
        septembre à 19h30 au gymnase Diderot (entrée côté parking). Viens en tenue, avec genouillères si
        tu en as, on fait 30 min d'échauffement puis du jeu. Prévois aussi ton certificat médical pour la
        licence.

        À mercredi !
        Coralie
        ASB Volley – coach N3F
        """)
    hs = heads("Coralie Bontemps <coralie.bontemps@example.net>", "Essais équipe régionale 🏐",
               "2026-09-11 22:17:40", PARIS, "<CAK9s8d7f6g5h4j3k2l1mN0bV9cX8zA7sD6fG5hJ4@mail.gmail.com>",
               relay="mail-wm1-f43.google.com", ident="4bS5Ox8YwD")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(37), family="car_service", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Garage booking confirmation 'samedi 10 octobre 2026 à 8h30' (service): fixed time, not an interview")
def n37() -> bytes:
    h = page('<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#0a3d62;'
             'color:#fff;padding:14px;font-size:18px">Garage Comtois Automobiles</td></tr><tr><td style="padding:16px">'
             "<p>Bonjour Madame MOUROT,</p><p>Votre rendez-vous atelier est confirmé.</p>"
             '<table cellpadding="4"><tr><td><b>Date</b></td><td>samedi 10 octobre 2026</td></tr>'
             "<tr><td><b>Heure de dépôt</b></td><td>8h30</td></tr><tr><td><b>Véhicule</b></td><td>Peugeot 208 – "
             "FR-482-KM</td></tr><tr><td><b>Prestation</b></td><td>Révision 60 000 km + contrôle freinage</td></tr>"
             "<tr><td><b>Restitution estimée</b></td><td>le jour même vers 12h</td></tr></table>"
             "<p>Adresse : 14 rue de Vesoul, 25000 Besançon – 03 81 55 90 12</p>"
             '<p style="font-size:11px;color:#888">Pour modifier ou annuler votre rendez-vous, utilisez le lien de '
             "votre espace client. Cet e-mail est envoyé automatiquement.</p></td></tr></table>")
    hs = heads("Garage Comtois Automobiles <rdv@garage-comtois.fr>",
               "Confirmation de votre rendez-vous atelier du 10/10/2026", "2026-10-02 19:31:05", PARIS,
               "<rdv.118842.20261002173105@garage-comtois.fr>", relay="smtp.rdvauto-mailer.com", ident="4bY4Py1ZxE")
    return message(hs, html(h, cte="base64"))


@mail(n(38), family="tax_office", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Tax office phone appointment 'lundi 23 novembre 2026 à 14h00': fixed time, administration, "
           "not an interview (same day as the real interview of the forwarded confirmation, other time)")
def n38() -> bytes:
    body = t("""
        Madame,

        Votre demande de rendez-vous a bien été enregistrée.

        Objet : situation déclarative – changement de situation professionnelle (fin de contrat)
        Type : rendez-vous téléphonique
        Date : lundi 23 novembre 2026 à 14h00
        Service : Service des impôts des particuliers de Besançon

        Un agent vous appellera au numéro que vous avez indiqué (06 •• •• •• 31). En cas d'empêchement,
        merci d'annuler le rendez-vous depuis votre espace particulier.

        Cordialement,
        Votre service des impôts des particuliers

        Ce courriel est envoyé automatiquement : merci de ne pas y répondre.
        """)
    hs = heads("Service des impôts des particuliers <ne-pas-repondre@rdv-sip-besancon.fr>",
               "Confirmation de votre rendez-vous", "2026-11-16 10:02:47", PARIS,
               "<rdv-0078814-20261116100247@rdv-sip-besancon.fr>", relay="smtp.rdv-sip-besancon.fr",
               ident="4bm6Qz4AyF")
    return message(hs, text(body, cte="base64"))


@mail(n(39), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Calendly confirmation of a paid 'Simulation d'entretien' with a career coach, jeudi 15 octobre "
           "18:00-19:00, ICS attached: same shape as a real booking, but a mock interview")
def n39() -> bytes:
    body = t("""
        Bonjour Léa Mourot,

        Votre événement est programmé.

        Événement :
        Simulation d'entretien – cadres industrie (60 min)

        Nom de l'organisateur :
        Isabelle Morel – Coaching carrière

        Date/Heure de l'événement :
        18:00 - 19:00, jeudi 15 octobre 2026 (heure d'Europe centrale)

        Lieu :
        Zoom – le lien vous sera envoyé par e-mail.

        Questions :
        Poste visé : Ingénieure qualité horlogerie, entretien prévu en Suisse

        Besoin de faire des modifications ?
        Annuler : https://calendly.com/cancellations/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e
        Reprogrammer : https://calendly.com/reschedulings/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261008T081512Z
        UID:b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@calendly.com
        DTSTART:20261015T160000Z
        DTEND:20261015T170000Z
        SUMMARY:Simulation d'entretien - cadres industrie (60 min) (Isabelle Morel et Lea Mourot)
        ORGANIZER;CN=Isabelle Morel:mailto:isabelle@morel-coaching.fr
        ATTENDEE;CN=Lea Mourot;PARTSTAT=ACCEPTED:mailto:lea.mourot@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Calendly <notifications@calendly.com>",
               "Confirmé : Simulation d'entretien – cadres industrie (60 min) avec Isabelle Morel – Coaching "
               "carrière le jeudi 15 octobre 2026", "2026-10-08 10:15:12", PARIS,
               "<b1c2d3e4f5a6.invitee.confirmation@calendly.com>", relay="o7.sgmail.calendly.com",
               ident="4bc7Ra5BzG", extra=(("Reply-To", "Isabelle Morel <isabelle@morel-coaching.fr>"),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(40), family="forwarded_other_person", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="A friend forwards his own interview confirmation (mardi 6 octobre à 10h) for advice: a "
           "confirmed interview, but not the inbox owner's")
def n40() -> bytes:
    body = t("""
        Salut Léa,

        Regarde ce que j'ai reçu !! Enfin un entretien chez Brenet, c'est chez toi 😅 Tu pourrais me
        briefer un peu sur l'ambiance et sur le chef d'atelier ? Je t'offre un café cette semaine.

        Kévin

        ---------- Forwarded message ---------
        De : Horlogerie Brenet – Recrutement <recrutement@horlogerie-brenet.fr>
        Date: mer. 30 sept. 2026 à 09:12
        Subject: Confirmation de votre entretien
        To: <kevin.roussel@example.net>

        Bonjour Monsieur Roussel,

        Nous vous confirmons votre entretien pour le poste de Technicien méthodes (H/F) le mardi 6 octobre
        à 10h00, au 22 avenue de Montrapon, Besançon. Merci de vous présenter à l'accueil.

        Cordialement,
        Service Recrutement – Horlogerie Brenet
        """)
    hs = heads("Kévin Roussel <kevin.roussel@example.net>", "Fwd: Confirmation de votre entretien",
               "2026-09-30 12:48:03", PARIS, "<CAL3m4n5o6p7q8r9s0t1u2v3w4x5y6z7A8B9C0D1E2F@mail.gmail.com>",
               relay="mail-lj1-f180.google.com", ident="4bX8Sb6CaH")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Outlook meeting request at her current job (Horlogerie Brenet): she sits on the panel to "
           "interview a candidate, Tue 22 Sep 16:00-16:45; an interview, but she is the interviewer")
def n41() -> bytes:
    body = t("""
        Bonjour à tous,

        Merci de bloquer ce créneau pour l'entretien de M. Yanis Belkacem, candidat au poste de technicien
        contrôle réception (CDI). Léa, tu pourras lui poser les questions techniques (lecture de plans,
        AQL, MSP) ; je m'occupe de la partie RH.

        CV en pièce jointe dans le dossier partagé RH > Recrutements > 2026-031.

        Sophie Vernier
        Ressources Humaines – Horlogerie Brenet
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        {VTZ_ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Sophie Vernier:mailto:s.vernier@horlogerie-brenet.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Mourot:mailto:l.mourot@horlogerie-brenet.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Didier Cattin:mailto:d.cattin@horlogerie-brenet.fr
        UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC01000000000000000010000000A9B8C7D6E5
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Y. Belkacem – Technicien contrôle réception
        DTSTART;TZID=Romance Standard Time:20260922T160000
        DTEND;TZID=Romance Standard Time:20260922T164500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260917T072904Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Jura (1er étage)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = "Entretien candidat – Y. Belkacem – Technicien contrôle réception"
    hs = heads("Sophie Vernier <s.vernier@horlogerie-brenet.fr>", subject, "2026-09-17 09:29:04", PARIS,
               "<PR1P264MB2266D4C3B2A1F0E9D8C7B6A5@PR1P264MB2266.FRAP264.PROD.OUTLOOK.COM>",
               to="Léa Mourot <l.mourot@horlogerie-brenet.fr>, Didier Cattin <d.cattin@horlogerie-brenet.fr>",
               relay="FRA01-MR2-obe.outbound.protection.outlook.com", ident="4bU6Tc7DbI",
               extra=(("Thread-Topic", enc(subject)), ("Thread-Index", "AdtJ8kW2pQ7rS1tUvX3yZ4a5B6c7Dw=="),
                      ("X-Forwarded-To", LEA), ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(42), family="team_event", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Colleague's Outlook invite to her own farewell drink at the current job, jeudi 29 octobre "
           "17h30-19h00: fixed time, not an interview")
def n42() -> bytes:
    body = t("""
        Coucou Léa (et tout le monde),

        Comme ton contrat se termine le 31, on t'organise un petit pot de départ jeudi 29 octobre à
        17h30 à la cafét' du bâtiment A. Chacun apporte quelque chose, Didier s'occupe du crémant 🥂

        Bises,
        Amandine
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        {VTZ_ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Amandine Roy:mailto:a.roy@horlogerie-brenet.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Mourot:mailto:l.mourot@horlogerie-brenet.fr
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Qualité Brenet:mailto:qualite@horlogerie-brenet.fr
        UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000B8C7D6E5F4
        SUMMARY;LANGUAGE=fr-FR:Pot de départ de Léa 🥂
        DTSTART;TZID=Romance Standard Time:20261029T173000
        DTEND;TZID=Romance Standard Time:20261029T190000
        DTSTAMP:20261020T132211Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Cafétéria bât. A
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("Amandine Roy <a.roy@horlogerie-brenet.fr>", "Pot de départ de Léa 🥂", "2026-10-20 15:22:11",
               PARIS, "<PR1P264MB22667A8B9C0D1E2F3A4B5C6D@PR1P264MB2266.FRAP264.PROD.OUTLOOK.COM>",
               to="Léa Mourot <l.mourot@horlogerie-brenet.fr>, Qualité Brenet <qualite@horlogerie-brenet.fr>",
               relay="FRA01-MR2-obe.outbound.protection.outlook.com", ident="4bf1Ud8EcJ",
               extra=(("X-Forwarded-To", LEA),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(43), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Wed", "2027-01-06"),),
      note="Occupational-health pre-hire visit ('visite d'information et de prévention', mercredi 6 janvier "
           "à 9h40) booked after the offer: a medical appointment, not an interview")
def n43() -> bytes:
    body = t("""
        Madame Léa MOUROT,

        Dans le cadre de votre embauche au sein de l'entreprise ATELIER VUILLEMIN, vous êtes convoquée à
        une visite d'information et de prévention :

        mercredi 6 janvier 2027 à 9h40
        Centre de santé au travail, 8 rue Louis Garnier, 25000 Besançon

        Merci de vous présenter 10 minutes avant l'heure, muni(e) de votre carte Vitale et de vos
        lunettes ou lentilles si vous en portez.

        Santé Travail Doubs - Secrétariat médical
        """)
    hs = heads("Santé Travail Doubs <convocations@sante-travail-doubs.fr>",
               "Convocation visite d'information et de prévention", "2026-12-14 08:05:19", PARIS,
               "<conv.2027.00115.ATVUIL@sante-travail-doubs.fr>", relay="smtp.sante-travail-doubs.fr",
               ident="4bu2Ve9FdK", charset="iso-8859-1")
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             make.Part([("Content-Type", 'application/pdf; name="convocation.pdf"'),
                                        ("Content-Disposition", 'attachment; filename="convocation.pdf"'),
                                        ("Content-Transfer-Encoding", "base64")],
                                       b"JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCiUlRU9GCg==\r\n")))


@mail(n(44), family="auto_reply", lang="fr", interview=False, company="Pivot & Rubis SA",
      days=(("Mon", "2026-11-02"),),
      note="Out-of-office auto-reply from the employer's HR assistant ('absente jusqu'au lundi 2 novembre "
           "inclus'); company = the employer whose mailbox answered")
def n44() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente jusqu'au lundi 2 novembre inclus. Pour toute question urgente concernant une
        candidature, vous pouvez joindre M. Claude-Alain Perrenoud (ca.perrenoud@pivot-rubis.ch).

        Meilleures salutations,
        Aline Matthey
        Assistante RH – Pivot & Rubis SA
        """)
    hs = heads("Matthey Aline <a.matthey@pivot-rubis.ch>",
               "Réponse automatique : Re: Votre candidature - rencontre", "2026-10-28 08:01:37", ZRH,
               "<ar-000c01dc4706$7f8e9d0c$1b2a3948$@pivot-rubis.ch>", relay="smtp.pivot-rubis.ch",
               ident="4bg7Wf0GeL",
               extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("Precedence", "auto_reply"),
                      ("In-Reply-To", "<5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f@example.org>")))
    return message(hs, text(body))


@mail(n(45), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure for her own reply about the 13 Nov interview (domain misspelt); the subject "
           "quotes 'vendredi 13 novembre 9h' but the mail is a bounce")
def n45() -> bytes:
    expl = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <julien.roux@dijon-microtec.fr>: Host or domain name not found. Name service
            error for name=dijon-microtec.fr type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4bk3Xg1HfM
        X-Postfix-Sender: rfc822; lea.mourot@example.org
        Arrival-Date: Sat,  7 Nov 2026 10:14:02 +0100 (CET)

        Final-Recipient: rfc822; julien.roux@dijon-microtec.fr
        Original-Recipient: rfc822;julien.roux@dijon-microtec.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=dijon-microtec.fr type=A: Host not found
        """)
    orig = t("""
        From: =?utf-8?q?L=C3=A9a_Mourot?= <lea.mourot@example.org>
        To: julien.roux@dijon-microtec.fr
        Subject: =?utf-8?q?Re=3A_Confirmation_de_votre_entretien_=E2=80=93_vendredi_13_novembre_9h?=
        Date: Sat, 7 Nov 2026 10:14:01 +0100
        Message-ID: <0c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f@example.org>
        """)
    report = make.multipart(
        "report",
        make.Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                  make._lines(expl).encode("ascii")),
        make.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  make._lines(status).encode("ascii")),
        make.Part([("Content-Description", "Undelivered Message Headers"),
                   ("Content-Type", "text/rfc822-headers")], make._lines(orig).encode("ascii")),
        params="report-type=delivery-status")
    hs = [("Return-Path", "<>"),
          ("Received", "by mx1.example.org (Postfix)\r\n id 4bk3Yh2JgN; Sat,  7 Nov 2026 10:14:03 +0100 (CET)"),
          ("Date", date("2026-11-07 10:14:03", PARIS)),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", LEA), ("Auto-Submitted", "auto-replied"),
          ("Message-ID", "<20261107091403.4bk3Yh2JgN@mx1.example.org>")]
    return message(hs, report)


@mail(n(46), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Professional mailing list announcing a quality & metrology meetup 'jeudi 8 octobre, 18h30': "
           "fixed time, not an interview")
def n46() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        Prochaine rencontre du réseau Qualité & Métrologie BFC : jeudi 8 octobre, 18h30, à la Maison des
        Microtechniques (Besançon Temis). Au programme :
          - retour d'expérience sur la certification ISO 13485 d'un sous-traitant horloger,
          - démonstration d'un tomographe industriel,
          - apéro réseau.

        Inscription (gratuite, places limitées) : https://qualite-bfc.org/rencontres/2026-10

        Amicalement,
        Jean-Luc Vernerey, animateur du réseau

        _______________________________________________
        qualite-bfc mailing list
        qualite-bfc@lists.qualite-bfc.org
        https://lists.qualite-bfc.org/mailman/listinfo/qualite-bfc
        """)
    hs = heads("Jean-Luc Vernerey via qualite-bfc <qualite-bfc@lists.qualite-bfc.org>",
               "[qualite-bfc] Rencontre Qualité & Métrologie – jeudi 8 octobre 18h30", "2026-09-28 13:40:26",
               PARIS, "<87a1b2c3d4.fsf@vernerey.example.com>", relay="lists.qualite-bfc.org", ident="4bb4Xi3KhO",
               extra=(("Reply-To", "qualite-bfc@lists.qualite-bfc.org"),
                      ("List-Id", "Reseau Qualite et Metrologie BFC <qualite-bfc.lists.qualite-bfc.org>"),
                      ("List-Post", "<mailto:qualite-bfc@lists.qualite-bfc.org>"),
                      ("List-Unsubscribe", "<https://lists.qualite-bfc.org/mailman/options/qualite-bfc>"),
                      ("Precedence", "list"), ("X-BeenThere", "qualite-bfc@lists.qualite-bfc.org")))
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@mail(n(47), family="webinar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Zoom webinar registration 'Acing the Technical Interview for Quality Engineers', Tue 10 Nov "
           "6:00 PM CET, with an ICS: a webinar about interviews, not an interview")
def n47() -> bytes:
    body = t("""
        Hi Léa,

        Thank you for registering for "Acing the Technical Interview for Quality Engineers".

        Please submit any questions to: academy@qualityhub-academy.com

        Date Time: Nov 10, 2026 06:00 PM Paris

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/89122034451?tk=wXyZ_QualityHub

        Add to calendar: the .ics file is attached.

        You can cancel your registration at any time.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        {make.VTZ["Europe/Paris"]}
        BEGIN:VEVENT
        DTSTAMP:20261102T114530Z
        DTSTART;TZID=Europe/Paris:20261110T180000
        DTEND;TZID=Europe/Paris:20261110T190000
        SUMMARY:Acing the Technical Interview for Quality Engineers
        UID:20261102T114530Z-89122034451@fe80:0:0:0:abcd:ef01:2345:6789
        DESCRIPTION:Webinar - QualityHub Academy
        LOCATION:https://us06web.zoom.us/w/89122034451
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads("QualityHub Academy <no-reply@zoom.us>",
               "Acing the Technical Interview for Quality Engineers Confirmation", "2026-11-02 12:45:30", PARIS,
               "<WBN.89122034451.reg.77014@zoom.us>", relay="sendgrid.zoom.us", ident="4bh8Yj4LiP",
               extra=(("Reply-To", "academy@qualityhub-academy.com"),))
    return message(hs, mixed(alt(text(body), html(page("".join(f"<p>{p}</p>" for p in body.split("\n\n")), "en"))),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(n(48), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Bank 'entretien avec votre conseiller' (vendredi 20 novembre à 12h15): fixed time, an advisor "
           "meeting, not a job interview")
def n48() -> bytes:
    h = page('<div style="max-width:600px;margin:auto"><div style="background:#7a0026;color:#fff;padding:12px">'
             "Banque Comtoise</div><p>Madame Mourot,</p><p>Nous vous confirmons votre <b>entretien avec votre "
             "conseiller</b> :</p><p>📅 vendredi 20 novembre 2026 à 12h15<br>📍 Agence Besançon Granvelle, 6 place "
             "Granvelle<br>👤 Marc Cordier, conseiller patrimonial</p><p>Objet : bilan de situation suite à votre "
             "fin de contrat, épargne salariale.</p><p>Pensez à vous munir de vos trois derniers bulletins de "
             "salaire.</p><p style=\"font-size:11px;color:#888\">Message automatique – ne pas répondre. "
             "Banque Comtoise, société coopérative.</p></div>")
    hs = heads("Banque Comtoise <rendez-vous@banque-comtoise.fr>",
               "Confirmation de votre entretien avec votre conseiller", "2026-11-13 17:22:08", PARIS,
               "<rdv.BCX.99120381.20261113@banque-comtoise.fr>", relay="mailing.banque-comtoise.fr",
               ident="4bm1Zk5MjQ")
    return message(hs, html(h))


@mail(n(49), family="reference_call", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="A recruiter confirms a reference call about her former colleague, Thu 19 Nov 4:30 PM CET: a "
           "fixed call, but she is the referee, not the candidate")
def n49() -> bytes:
    body = t("""
        Hi Léa,

        Thanks for agreeing to act as a reference for Thomas Berger - he speaks very highly of your time
        together at Horlogerie Brenet.

        Confirming our call on Thursday 19 November at 4:30 PM CET (15 minutes at most). I'll call you on
        +33 6 55 12 34 31. I'll mainly ask about his CAPA work and how he handled the 2025 supplier audit.

        Many thanks,
        Freja Lindholm
        Talent Acquisition, Nordlys Medical A/S
        """)
    hs = heads("Freja Lindholm <freja.lindholm@nordlysmedical.dk>", "Reference call for Thomas Berger",
               "2026-11-16 13:55:42", "Europe/Copenhagen",
               "<DB9P189MB1977C1D2E3F4A5B6C7D8E9F0@DB9P189MB1977.EURP189.PROD.OUTLOOK.COM>",
               relay="EUR03-DBA-obe.outbound.protection.outlook.com", ident="4bn4Al6NkR")
    return message(hs, text(body))


@mail(n(50), family="proposed_times", lang="fr", interview=False, company="Lumen Dx",
      days=(("Mon", "2026-10-26"),),
      note="Hiring manager proposes 'lundi matin à la première heure, 8h30' or 'en fin de semaine' and asks "
           "her to confirm; nothing fixed yet (quotes the earlier HR call thread)")
def n50() -> bytes:
    body = t("""
        Bonjour Léa,

        Thomas m'a fait un très bon retour de votre échange de mardi. Je serais ravi de poursuivre avec
        vous : pourriez-vous lundi matin à la première heure, vers 8h30, pour 45 minutes en visio ?
        Sinon, je peux me libérer en fin de semaine prochaine. Dites-moi ce qui vous arrange et je vous
        envoie l'invitation.

        Bien à vous,
        Nicolas Perrin
        Head of Quality – Lumen Dx, Lyon

        > De : Thomas Garnier <thomas.garnier@lumendx.fr>
        > Envoyé : mardi 13 octobre 2026 11:02
        > À : Nicolas Perrin <nicolas.perrin@lumendx.fr>
        > Objet : Candidature Léa Mourot – Ingénieur Qualité
        >
        > Nicolas, très bon échange ce matin avec Léa, je te la passe pour la suite.
        """)
    hs = heads("Nicolas Perrin <nicolas.perrin@lumendx.fr>", "Ingénieur Qualité – prochaine étape",
               "2026-10-22 18:27:33", PARIS,
               "<PAYP264MB4011E7F8A9B0C1D2E3F4@PAYP264MB4011.FRAP264.PROD.OUTLOOK.COM>",
               relay="FRA01-PR2-obe.outbound.protection.outlook.com", ident="4bf6Bm7OlS",
               extra=(("Cc", "Thomas Garnier <thomas.garnier@lumendx.fr>"),))
    return message(hs, alt(text(body), html(page("".join(f"<p>{p}</p>" for p in body.split("\n\n"))))))
