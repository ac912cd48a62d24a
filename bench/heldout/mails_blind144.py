"""blind144: 50 hand-written mails from the inbox of Camille Roux, a semiconductor process
engineer in Grenoble (Europe/Paris), September to mid-December 2026.

Written blind (without reading the detector, its tests, or any other held-out set's mails).
Keys 1-23 are positives, 24-50 negatives; file numbers are a fixed shuffle of the writing order.

    python3 bench/heldout/make_blind.py blind144
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

ORDER = random.Random(1440144).sample(range(1, 51), 50)
ME_ADDR = "camille.roux@example.org"
ME = addr("Camille Roux", ME_ADDR)
P = "Europe/Paris"
Z = "Europe/Zurich"


def n(key: int) -> str:
    return f"blind144_{ORDER[key - 1]:03d}"


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME,
         mx: str = "mail.example.org", relay: str = "smtp.example.net", extra: tuple = ()) -> list:
    """Received + From/To/Subject/Date/Message-ID, then any extra headers in order."""
    return [
        ("Return-Path", "<bounce@" + relay + ">"),
        ("Received", received(f"from {relay} ({relay} [192.0.2.{len(mid) % 200 + 20}])",
                              when, zone, f"{mx} with ESMTPS id {mid[:10]}", ME_ADDR)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{mid}>"),
        *extra,
    ]


VTZ_ZURICH = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
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
END:VTIMEZONE"""

VTZ_ROMANCE = """BEGIN:VTIMEZONE
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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", Z), end=utc("2026-09-10 15:00", Z),
      contact="sophie.burnier@lemanix-photonics.ch", company="Lémanix Photonics",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 15:00", zone=Z,
      note="Greenhouse confirmation written in Swiss French by a Geneva company: 'jeudi 10 septembre "
           "2026, 14:00 - 15:00 (heure de Genève)', CEST (UTC+2) -> 12:00-13:00Z; the ICS (TZID "
           "Europe/Zurich) agrees. Sender is a Greenhouse no-reply; contact = the recruiter's Reply-To.")
def m01():
    body = t("""
        Bonjour Camille,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        Ingénieur·e Procédés Dépôt (CVD/ALD) chez Lémanix Photonics.

        Date : jeudi 10 septembre 2026
        Heure : 14:00 - 15:00 (heure de Genève)
        Lieu : Lémanix Photonics SA, Route du Nant-d'Avril 52, 1214 Vernier
        Participants : Sophie Burnier (Talent Acquisition), Dr Reto Hänni (Responsable salle blanche)

        Merci de vous présenter à la réception 10 minutes à l'avance, muni·e d'une pièce
        d'identité. Un badge visiteur vous sera remis.

        Si vous avez une question, répondez simplement à ce message.

        Meilleures salutations,
        L'équipe Recrutement de Lémanix Photonics
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Camille,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        <b>Ingénieur·e Procédés Dépôt (CVD/ALD)</b> chez Lémanix Photonics.</p>
        <table cellpadding="4">
        <tr><td><b>Date</b></td><td>jeudi 10 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>14:00 - 15:00 (heure de Genève)</td></tr>
        <tr><td><b>Lieu</b></td><td>Lémanix Photonics SA, Route du Nant-d'Avril 52, 1214 Vernier</td></tr>
        <tr><td><b>Participants</b></td><td>Sophie Burnier (Talent Acquisition), Dr Reto Hänni (Responsable salle blanche)</td></tr>
        </table>
        <p>Merci de vous présenter à la réception 10 minutes à l'avance, muni·e d'une pièce
        d'identité. Un badge visiteur vous sera remis.</p>
        <p>Si vous avez une question, répondez simplement à ce message.</p>
        <p>Meilleures salutations,<br>L'équipe Recrutement de Lémanix Photonics</p>
        <img src="https://app.greenhouse.io/email/open/8f2c1a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_ZURICH}
BEGIN:VEVENT
UID:gh-interview-5518830-2026@greenhouse.io
DTSTAMP:20260908T141200Z
DTSTART;TZID=Europe/Zurich:20260910T140000
DTEND;TZID=Europe/Zurich:20260910T150000
SUMMARY:Entretien - Ingénieur·e Procédés Dépôt (Lémanix Photonics)
LOCATION:Route du Nant-d'Avril 52, 1214 Vernier
ORGANIZER;CN=Sophie Burnier:mailto:sophie.burnier@lemanix-photonics.ch
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:{ME_ADDR}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Lémanix Photonics", "no-reply@us.greenhouse-mail.io"),
             "Confirmation de votre entretien - Lémanix Photonics", "2026-09-08 16:12", Z,
             "0100019a7c3e5b21-gh-5518830@email.amazonses.com", relay="a8-31.smtp-out.amazonses.com",
             extra=(("Reply-To", addr("Sophie Burnier", "sophie.burnier@lemanix-photonics.ch")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment",
                                     cte="base64")))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-20 10:00", "America/Phoenix"), end=utc("2026-10-20 10:45", "America/Phoenix"),
      contact="dana.whitcomb@saguarothinfilms.com", company="Saguaro Thin Films",
      local="Tue 2026-10-20 10:00", local_end="2026-10-20 10:45", zone="America/Phoenix",
      note="Lever confirmation from an Arizona company: 'Tuesday, October 20, 10:00 - 10:45 AM MST "
           "(Arizona)'; Arizona keeps MST (UTC-7) all year, so 17:00-17:45Z although the rest of the US "
           "is on daylight time; the body's '7:00 PM in Grenoble' (CEST) agrees. Contact = Reply-To.")
def m02():
    body = t("""
        Hi Camille,

        Thanks for making time to talk with us! Your interview is confirmed:

        Process Integration Engineer (Remote - EU) - Technical interview
        Tuesday, October 20, 10:00 - 10:45 AM MST (Arizona)
        That's 7:00 PM in Grenoble.

        Interviewers:
        - Dana Whitcomb, Technical Recruiter
        - Raj Menon, Director of Thin Film Engineering

        Video link: https://meet.google.com/xqv-bkrt-ohp

        If anything changes on your side, just hit reply and Dana will get it.

        Cheers,
        The Saguaro Thin Films Talent Team
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333">
        <p>Hi Camille,</p>
        <p>Thanks for making time to talk with us! Your interview is confirmed:</p>
        <p style="border-left:3px solid #579eff;padding-left:10px">
        <strong>Process Integration Engineer (Remote - EU) - Technical interview</strong><br>
        Tuesday, October 20, 10:00 - 10:45 AM MST (Arizona)<br>
        That's 7:00 PM in Grenoble.</p>
        <p>Interviewers:<br>- Dana Whitcomb, Technical Recruiter<br>- Raj Menon, Director of Thin Film Engineering</p>
        <p>Video link: <a href="https://meet.google.com/xqv-bkrt-ohp">https://meet.google.com/xqv-bkrt-ohp</a></p>
        <p>If anything changes on your side, just hit reply and Dana will get it.</p>
        <p>Cheers,<br>The Saguaro Thin Films Talent Team</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </div>
        """)
    h = hdrs(addr("Saguaro Thin Films", "no-reply@hire.lever.co"),
             "Interview confirmation: Process Integration Engineer (Remote - EU)",
             "2026-10-14 09:40", "America/Phoenix", "lever-3b9e0f7c-1f22-4d6a-a9b0-22c1@hire.lever.co",
             relay="o1.email.lever.co",
             extra=(("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@saguarothinfilms.com")),))
    return message(h, alt(text(body, cte="7bit"), html(page)))


@mail(n(3), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-07 09:30", P), end=utc("2026-10-07 11:00", P),
      contact="marion.chabert@isere-semi.fr", company="Isère Semiconducteurs",
      local="Wed 2026-10-07 09:30", local_end="2026-10-07 11:00", zone=P,
      note="Workday HTML-only (base64) notification: 'mercredi 7 octobre 2026, de 9h30 à 11h00 (heure "
           "de Paris)', CEST -> 07:30-09:00Z. Sender is the tenant's myworkday.com address; contact = "
           "the recruiter's address given in the body.")
def m03():
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Isère Semiconducteurs</title></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <tr><td style="background:#00285a;color:#fff;padding:16px;font-size:18px">Isère Semiconducteurs &ndash; Carrières</td></tr>
        <tr><td style="padding:20px">
        <p>Madame Roux,</p>
        <p>Suite à l'étude de votre candidature au poste <b>Ingénieur Procédés Gravure H/F (R-0042817)</b>,
        nous avons le plaisir de vous convier à un entretien sur notre site de Crolles.</p>
        <p><b>Date&nbsp;:</b> mercredi 7 octobre 2026<br>
        <b>Horaire&nbsp;:</b> de 9h30 à 11h00 (heure de Paris)<br>
        <b>Adresse&nbsp;:</b> 850 rue Jean Monnet, 38920 Crolles &ndash; Bâtiment B, accueil visiteurs</p>
        <p>Vous rencontrerez successivement Mme Marion Chabert (Chargée de recrutement) et
        M. Olivier Bret (Responsable du module Gravure).</p>
        <p>Pour toute question, vous pouvez écrire à Marion Chabert&nbsp;:
        <a href="mailto:marion.chabert@isere-semi.fr">marion.chabert@isere-semi.fr</a>.</p>
        <p>Nous vous prions d'agréer, Madame, nos salutations distinguées.</p>
        <p>La Direction des Ressources Humaines</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#777">Ceci est un message automatique envoyé
        par Workday. Merci de ne pas y répondre. <a href="https://wd3.myworkday.com/isere/d/home.htmld">Accéder
        à mon espace candidat</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    h = hdrs(addr("Isère Semiconducteurs", "isere-semi@myworkday.com"),
             "Invitation à un entretien - Ingénieur Procédés Gravure H/F (R-0042817)",
             "2026-10-02 11:05", P, "1592012848.44731.1790845500122@wd3-prod-mail14.myworkday.com",
             relay="wd3-prod-mail14.myworkday.com")
    return message(h, html(page, cte="base64"))


@mail(n(4), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", P), end=utc("2026-10-26 10:45", P),
      contact="lea.fontaine@confluence-mf.fr", company="Confluence Microfluidique",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 10:45", zone=P,
      note="Teamtailor invitation sent on Thu 22 Oct in CEST (+0200) for 'lundi 26 octobre à 10h00 (45 "
           "min)', the day after France returns to CET (25 Oct): 10:00 CET = 09:00Z, not 08:00Z. ICS "
           "(TZID Europe/Paris) agrees. Contact = the recruiter's Reply-To.")
def m04():
    body = t("""
        Bonjour Camille,

        Merci pour votre intérêt pour Confluence Microfluidique !

        Votre entretien pour le poste « Ingénieur·e procédés microfabrication » est confirmé :

        📅 lundi 26 octobre à 10h00 (45 min)
        📍 Visio — https://meet.teamtailor.com/confluence-mf/8c1e-42aa

        Vous échangerez avec Léa Fontaine (Talent Acquisition) et Bastien Ruiz (Head of Fab).

        Un contretemps ? Répondez à ce mail ou modifiez votre créneau depuis votre espace candidat.

        À lundi,
        Léa — Confluence Microfluidique
        Lyon 7e · confluence-mf.fr
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1d1d1f">
        <p>Bonjour Camille,</p>
        <p>Merci pour votre intérêt pour Confluence Microfluidique&nbsp;!</p>
        <p>Votre entretien pour le poste «&nbsp;Ingénieur·e procédés microfabrication&nbsp;» est confirmé&nbsp;:</p>
        <p>📅 <strong>lundi 26 octobre à 10h00</strong> (45 min)<br>
        📍 Visio — <a href="https://meet.teamtailor.com/confluence-mf/8c1e-42aa">rejoindre la réunion</a></p>
        <p>Vous échangerez avec Léa Fontaine (Talent Acquisition) et Bastien Ruiz (Head of Fab).</p>
        <p>Un contretemps&nbsp;? Répondez à ce mail ou modifiez votre créneau depuis votre espace candidat.</p>
        <p>À lundi,<br>Léa — Confluence Microfluidique<br>Lyon 7e · confluence-mf.fr</p>
        <p style="font-size:11px;color:#888">Powered by Teamtailor</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:tt-interview-771203@teamtailor.com
DTSTAMP:20261022T132000Z
DTSTART;TZID=Europe/Paris:20261026T100000
DTEND;TZID=Europe/Paris:20261026T104500
SUMMARY:Entretien Confluence Microfluidique - Camille Roux
LOCATION:https://meet.teamtailor.com/confluence-mf/8c1e-42aa
ORGANIZER;CN=Léa Fontaine:mailto:lea.fontaine@confluence-mf.fr
ATTENDEE;CN=Camille Roux;PARTSTAT=NEEDS-ACTION:mailto:{ME_ADDR}
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Confluence Microfluidique", "no-reply@teamtailor-mail.com"),
             "Votre entretien avec Confluence Microfluidique est confirmé", "2026-10-22 15:20", P,
             "tt.5f0a9e71c2.771203@teamtailor-mail.com", relay="mail.teamtailor-mail.com",
             extra=(("Reply-To", addr("Léa Fontaine", "lea.fontaine@confluence-mf.fr")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="entretien.ics", disposition="attachment",
                                     cte="quoted-printable")))


@mail(n(5), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 17:15", P), end=None,
      contact="thomas.garnier@alpicell.fr", company="Alpicell",
      local="Thu 2026-09-17 17:15", zone=P,
      note="Phone-written reply in the 'tu' register sent Wed 16 Sep 00:20 +0200 (still Tue 15 Sep in "
           "UTC): 'on dit demain 17h15' resolves against the local date (Wed) -> Thu 17 Sep 17:15 CEST "
           "= 15:15Z. No length given -> end null. Contact = the human sender.")
def m05():
    body = t("""
        Yes parfait ! On dit demain 17h15 alors, dans nos locaux (5 rue des Arts et Métiers, 2e étage, sonne chez Alpicell). Mathilde notre CTO sera là aussi pour l'entretien, prévois de parler un peu de ton expérience ALD et du passage 200->300mm.

        Pas besoin de venir en costard hein 😉

        À demain
        Thomas

        Envoyé de mon iPhone

        > Le 15 sept. 2026 à 22:47, Camille Roux <camille.roux@example.org> a écrit :
        >
        > Salut Thomas,
        > Merci encore pour ton message ! Je suis dispo jeudi en fin de journée ou vendredi matin si ça vous va pour l'entretien.
        > Bises,
        > Camille
        """)
    h = hdrs(addr("Thomas Garnier", "thomas.garnier@alpicell.fr"), "Re: Poste ingé procédés chez Alpicell",
             "2026-09-16 00:20", P, "F3A1B2C4-77D1-4E0B-9C5A-1B2C3D4E5F60@alpicell.fr",
             relay="smtp.alpicell.fr",
             extra=(("In-Reply-To", "<CAM1llE-0915-2247@mail.example.org>"),
                    ("References", "<CAM1llE-0915-2247@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(h, text(body, cte="8bit"))


@mail(n(6), family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-09 14:00", P), end=utc("2026-11-09 15:00", P),
      contact="nicolas.perrin@rhodanie-equipements.fr", company="Rhodanie Équipements",
      local="Mon 2026-11-09 14:00", local_end="2026-11-09 15:00", zone=P,
      note="Exchange meeting request with a Windows zone name (TZID 'Romance Standard Time' = Paris): "
           "'lundi 9 novembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', CET "
           "-> 13:00-14:00Z. Follows the proposal in the thread (a negative). Contact = organizer/sender.")
def m06():
    body = t("""
        Bonjour Camille,

        Comme convenu, je vous envoie l'invitation pour notre entretien. Vous rencontrerez
        également Agnès Thiollier, notre responsable qualité.

        Bien cordialement,
        Nicolas Perrin
        Responsable Industrialisation – Rhodanie Équipements
        Tél. : 04 72 00 00 00

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4>
        ID de la réunion : 371 552 918 04
        Code secret : Hq7Xv2
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Camille,</p>
        <p>Comme convenu, je vous envoie l'invitation pour notre entretien. Vous rencontrerez
        également Agnès Thiollier, notre responsable qualité.</p>
        <p>Bien cordialement,<br>Nicolas Perrin<br>Responsable Industrialisation – Rhodanie Équipements<br>Tél. : 04 72 00 00 00</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:24px;font-weight:600">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4">Cliquez ici pour rejoindre la réunion</a></div>
        <div>ID de la réunion : 371 552 918 04<br>Code secret : Hq7Xv2</div>
        <div>________________________________________________________________________________</div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Nicolas Perrin:mailto:nicolas.perrin@rhodanie-equipements.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:{ME_ADDR}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Agnès Thiollier:mailto:agnes.thiollier@rhodanie-equipements.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille,\\n\\nComme convenu\\, je vous envoie l'invitation pour notre entretien.\\n
UID:040000008200E00074C5B7101A82E0080000000070A4C2D45A4BDC01000000000000000010000000B1E4
SUMMARY;LANGUAGE=fr-FR:Entretien – Ingénieur(e) procédés – Camille Roux
DTSTART;TZID=Romance Standard Time:20261109T140000
DTEND;TZID=Romance Standard Time:20261109T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261103T090200Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    when = "lundi 9 novembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris."
    h = hdrs(addr("Nicolas Perrin", "nicolas.perrin@rhodanie-equipements.fr"),
             "Entretien – Ingénieur(e) procédés – Camille Roux", "2026-11-03 10:02", P,
             "PR2P264MB0412A1C7E39D2B6F0E3AA1C4B7E52@PR2P264MB0412.FRAP264.PROD.OUTLOOK.COM",
             relay="mail-pr2fra01on2101.outbound.protection.outlook.com",
             extra=(("Thread-Topic", enc("Entretien – Ingénieur(e) procédés – Camille Roux")),
                    ("Thread-Index", "AdtPZ3q1m0c9YkL0R6uWc3lq3Q0aFg=="),
                    ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAABwpMLUWkvcAQ==")))
    plain = "Quand : " + when + "\n\n" + body
    return message(h, alt(text(plain), html(page.replace("<p>Bonjour", f"<p>Quand : {when}</p>\n<p>Bonjour", 1)),
                          calendar(ics, cte="base64")))


@mail(n(7), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-15 16:00", P), end=utc("2026-10-15 16:45", P),
      contact="julie.mermillod@aravis-vacuum.fr", company="Aravis Vacuum",
      local="Thu 2026-10-15 16:00", local_end="2026-10-15 16:45", zone=P,
      note="Personio invitation: 'jeudi 15 octobre 2026, 16:00 – 16:45 (Europe/Paris)', CEST -> "
           "14:00-14:45Z. Personio no-reply sender; contact = the HR manager's Reply-To.")
def m07():
    body = t("""
        Bonjour Camille Roux,

        Merci pour votre candidature au poste de Ingénieur Process Vide & Couches Minces (H/F).
        Nous serions ravis de faire votre connaissance et avons réservé le créneau suivant :

        Entretien : Premier entretien (visio)
        Quand : jeudi 15 octobre 2026, 16:00 – 16:45 (Europe/Paris)
        Où : Microsoft Teams – le lien vous sera communiqué par votre interlocutrice
        Avec : Julie Mermillod, Responsable RH

        Vous avez une question ? Répondez directement à cet e-mail.

        Cordialement,
        Julie Mermillod
        Aravis Vacuum SAS · 12 avenue du Pont de Tasset · 74960 Annecy

        --
        Cet e-mail a été envoyé via Personio. Traitement des données : https://aravis-vacuum.jobs.personio.de/privacy-policy
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Bonjour Camille Roux,</p>
        <p>Merci pour votre candidature au poste de <strong>Ingénieur Process Vide &amp; Couches Minces (H/F)</strong>.
        Nous serions ravis de faire votre connaissance et avons réservé le créneau suivant&nbsp;:</p>
        <table style="border:1px solid #ddd;padding:8px">
        <tr><td>Entretien</td><td>Premier entretien (visio)</td></tr>
        <tr><td>Quand</td><td>jeudi 15 octobre 2026, 16:00 – 16:45 (Europe/Paris)</td></tr>
        <tr><td>Où</td><td>Microsoft Teams – le lien vous sera communiqué par votre interlocutrice</td></tr>
        <tr><td>Avec</td><td>Julie Mermillod, Responsable RH</td></tr>
        </table>
        <p>Vous avez une question&nbsp;? Répondez directement à cet e-mail.</p>
        <p>Cordialement,<br>Julie Mermillod<br>Aravis Vacuum SAS · 12 avenue du Pont de Tasset · 74960 Annecy</p>
        <hr><p style="font-size:11px;color:#888">Cet e-mail a été envoyé via Personio.</p>
        </body></html>
        """)
    h = hdrs(addr("Aravis Vacuum", "noreply@mail.personio.de"),
             "Invitation à un entretien – Ingénieur Process Vide & Couches Minces (H/F)",
             "2026-10-09 14:30", P, "personio.0c5d2e.20261009123000@mail.personio.de",
             relay="mail.personio.de",
             extra=(("Reply-To", addr("Julie Mermillod", "julie.mermillod@aravis-vacuum.fr")),
                    ("Auto-Submitted", "auto-generated")))
    return message(h, alt(text(body), html(page)))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:30", "Europe/Vienna"), end=utc("2026-11-10 15:00", "Europe/Vienna"),
      contact="martin.keller@nordkette-metrology.at", company="Nordkette Metrology",
      local="Tue 2026-11-10 14:30", local_end="2026-11-10 15:00", zone="Europe/Vienna",
      note="Calendly invitee confirmation: '14:30 - 15:00, Tuesday, 10 November 2026 (Central European "
           "Time)' -> CET, 13:30-14:00Z. Calendly notifications sender; contact = host's Reply-To.")
def m08():
    body = t("""
        Hi Camille Roux,

        A new event has been scheduled.

        Event Type:
        Technical interview - Senior Process Engineer (30 min)

        Invitee:
        Camille Roux
        camille.roux@example.org

        Event Date/Time:
        14:30 - 15:00, Tuesday, 10 November 2026 (Central European Time)

        Location:
        This is a Microsoft Teams web conference.
        Martin will send the join link.

        Questions:
        Anything you would like us to know?
        Available from January, notice period 3 months.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3f1b2a77-0c9e-4b71-9a84-9d3b0e6f1c22
        Reschedule: https://calendly.com/reschedulings/3f1b2a77-0c9e-4b71-9a84-9d3b0e6f1c22

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <div style="max-width:600px;margin:auto">
        <p>Hi Camille Roux,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Technical interview - Senior Process Engineer (30 min)</p>
        <p><b>Invitee:</b><br>Camille Roux<br><a href="mailto:camille.roux@example.org">camille.roux@example.org</a></p>
        <p><b>Event Date/Time:</b><br>14:30 - 15:00, Tuesday, 10 November 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference.<br>Martin will send the join link.</p>
        <p><b>Questions:</b><br>Anything you would like us to know?<br>Available from January, notice period 3 months.</p>
        <p><a href="https://calendly.com/cancellations/3f1b2a77-0c9e-4b71-9a84-9d3b0e6f1c22">Cancel</a> |
        <a href="https://calendly.com/reschedulings/3f1b2a77-0c9e-4b71-9a84-9d3b0e6f1c22">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Technical interview - Senior Process Engineer with Martin Keller on "
             "Tuesday, 10 November 2026", "2026-11-04 08:15", P,
             "calendly.3f1b2a77.0c9e.4b71@calendly.com", relay="o3.ptr7421.calendly.com",
             extra=(("Reply-To", addr("Martin Keller", "martin.keller@nordkette-metrology.at")),))
    return message(h, alt(text(body, cte="7bit"), html(page)))


NZ = "Pacific/Auckland"


@mail(n(9), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-08 11:00", P), end=utc("2026-12-08 12:00", P),
      contact="pauline.dubois@savoie-lasers.fr", company="Savoie Lasers",
      local="Tue 2026-12-08 11:00", local_end="2026-12-08 12:00", zone=P,
      note="Google Calendar invitation in French: 'mar. 8 déc. 2026 11:00 - 12:00 (CET)' -> "
           "10:00-11:00Z; ICS TZID Europe/Paris agrees. Contact = organizer (the hiring manager).")
def m09():
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien Camille Roux / Savoie Lasers
        Quand
        mar. 8 déc. 2026 11:00 – 12:00 (heure normale d'Europe centrale - Paris)

        Lieu
        Savoie Lasers, 3 rue du Lac Saint-André, 73370 Le Bourget-du-Lac
        Afficher la carte<https://www.google.com/maps/search/Savoie+Lasers+Le+Bourget-du-Lac>

        Invités
        Pauline Dubois-Favre - organisateur
        camille.roux@example.org
        Yann Perroud

        Afficher tous les détails de l'invitation<https://calendar.google.com/calendar/event?action=VIEW&eid=N2Y0Zm>

        Participer ? Oui - Peut-être - Non
        Plus d'options<https://calendar.google.com/calendar/event?action=VIEW&eid=N2Y0Zm>

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        notifications concernant cet événement, refusez-le.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span itemprop="name" content="Entretien Camille Roux / Savoie Lasers"></span></span>
        <div style="font-family:Roboto,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400">Entretien Camille Roux / Savoie Lasers</h2>
        <table>
        <tr><td style="color:#70757a">Quand</td><td>mar. 8 déc. 2026 11:00 – 12:00 (heure normale d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Lieu</td><td>Savoie Lasers, 3 rue du Lac Saint-André, 73370 Le Bourget-du-Lac</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Pauline Dubois-Favre – organisateur<br>camille.roux@example.org<br>Yann Perroud</td></tr>
        </table>
        <p>Participer&nbsp;? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Oui</a>
        - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Peut-être</a>
        - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">Non</a></p>
        <p style="font-size:11px;color:#70757a">Invitation de Google Agenda</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261208T110000
DTEND;TZID=Europe/Paris:20261208T120000
DTSTAMP:20261202T083100Z
ORGANIZER;CN=Pauline Dubois-Favre:mailto:pauline.dubois@savoie-lasers.fr
UID:7f4f1c0b2a9e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roux@example.org;X-NUM-GUESTS=0:mailto:{ME_ADDR}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yann Perroud;X-NUM-GUESTS=0:mailto:yann.perroud@savoie-lasers.fr
CREATED:20261202T083000Z
DESCRIPTION:
LAST-MODIFIED:20261202T083100Z
LOCATION:Savoie Lasers\\, 3 rue du Lac Saint-André\\, 73370 Le Bourget-du-Lac
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Camille Roux / Savoie Lasers
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitation: Entretien Camille Roux / Savoie Lasers @ mar. 8 déc. 2026 11:00 - 12:00 "
               "(CET) (camille.roux@example.org)")
    h = hdrs(addr("Pauline Dubois-Favre", "pauline.dubois@savoie-lasers.fr"), subject,
             "2026-12-02 09:31", P, "calendar-7f4f1c0b-2a9e-4d11-8b6e-5c3a@google.com",
             relay="mail-sor-f73.google.com",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "pauline.dubois@savoie-lasers.fr")))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                                calendar(ics, cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(10), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-11 09:00", NZ), end=utc("2026-12-11 09:45", NZ),
      contact="aroha.ngata@totara-pa.co.nz", company="Totara Process Analytics",
      local="Fri 2026-12-11 09:00", local_end="2026-12-11 09:45", zone=NZ,
      note="Auckland recruiter (NZDT, UTC+13 in December) pastes a Zoom invitation: 'Friday 11 December, "
           "9:00 AM NZDT' for 45 minutes -> Thu 10 Dec 20:00-20:45Z (the body adds 'Thursday 10 "
           "December, 9:00 PM for you in Grenoble', CET). Local date is a day after the UTC date. "
           "Contact = the human sender.")
def m10():
    body = t("""
        Kia ora Camille,

        Lovely to chat on LinkedIn. As agreed, here's the invite for your interview with our
        Head of Fab Analytics, Ben Tipene, and me. It's 45 minutes, on Zoom:

        Friday 11 December, 9:00 AM NZDT (Auckland)
        = Thursday 10 December, 9:00 PM for you in Grenoble

        Sorry for the late hour on your side, and thanks for being flexible!

        ----
        Aroha Ngata is inviting you to a scheduled Zoom meeting.

        Topic: Totara PA - Process Data Engineer interview - Camille Roux
        Time: Dec 11, 2026 09:00 AM Auckland, Wellington

        Join Zoom Meeting
        https://totara-pa.zoom.us/j/84512093377?pwd=Q2xwM1pTRk5ZcU9nR0xzdz09

        Meeting ID: 845 1209 3377
        Passcode: 611420
        ----

        Ngā mihi,
        Aroha Ngata
        Talent Partner | Totara Process Analytics
        Level 4, 12 Wyndham Street, Auckland 1010
        aroha.ngata@totara-pa.co.nz
        """)
    h = hdrs(addr("Aroha Ngata", "aroha.ngata@totara-pa.co.nz"),
             "Interview confirmed - Fri 11 Dec (Thu evening your time)", "2026-12-04 10:20", NZ,
             "SY4P282MB3101B8C2F0D0A4E7F9D0C31AB9E40@SY4P282MB3101.AUSP282.PROD.OUTLOOK.COM",
             relay="mail-sy4aus01on2090.outbound.protection.outlook.com")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(11), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-29 13:00", "Europe/Berlin"), end=utc("2026-09-29 14:00", "Europe/Berlin"),
      contact="katrin.vogt@baltera-semi.de", company="Baltera Semiconductor",
      local="Tue 2026-09-29 13:00", local_end="2026-09-29 14:00", zone="Europe/Berlin",
      note="SmartRecruiters interview confirmation from a Dresden company: 'Date: 29.09.2026  Time: "
           "13:00 - 14:00 (CEST)' in German DD.MM.YYYY order -> 11:00-12:00Z. No-reply sender; contact = "
           "the recruiter's address in the body.")
def m11():
    body = t("""
        Dear Camille,

        Thank you for accepting our invitation. Your interview for the position
        Process Engineer Lithography (m/f/d) - hybrid / remote EU is confirmed.

        Date: 29.09.2026
        Time: 13:00 - 14:00 (CEST)
        Format: Video call (Microsoft Teams)
        Interviewers: Dr. Felix Brandner (Team Lead Lithography), Katrin Vogt (Recruiting)

        The meeting link will be sent to you separately by the interview team.
        If you have questions, please contact your recruiter Katrin Vogt
        (katrin.vogt@baltera-semi.de).

        Kind regards,
        Baltera Semiconductor GmbH - Talent Acquisition

        This e-mail was sent by SmartRecruiters on behalf of Baltera Semiconductor GmbH.
        Please do not reply to this message.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center"><tr><td>
        <p>Dear Camille,</p>
        <p>Thank you for accepting our invitation. Your interview for the position
        <b>Process Engineer Lithography (m/f/d) - hybrid / remote EU</b> is confirmed.</p>
        <p>Date: 29.09.2026<br>Time: 13:00 - 14:00 (CEST)<br>Format: Video call (Microsoft Teams)<br>
        Interviewers: Dr. Felix Brandner (Team Lead Lithography), Katrin Vogt (Recruiting)</p>
        <p>The meeting link will be sent to you separately by the interview team.
        If you have questions, please contact your recruiter Katrin Vogt
        (<a href="mailto:katrin.vogt@baltera-semi.de">katrin.vogt@baltera-semi.de</a>).</p>
        <p>Kind regards,<br>Baltera Semiconductor GmbH - Talent Acquisition</p>
        <p style="font-size:11px;color:#999">This e-mail was sent by SmartRecruiters on behalf of
        Baltera Semiconductor GmbH. Please do not reply to this message.</p>
        </td></tr></table></body></html>
        """)
    h = hdrs(addr("Baltera Semiconductor GmbH", "no-reply@smartrecruiters.com"),
             "Interview confirmed: Process Engineer Lithography (m/f/d)", "2026-09-21 13:10",
             "Europe/Berlin", "sr.2f9d81c4-6b0e-4a3c-8d17-0a5e@smartrecruiters.com",
             relay="mail141-22.smartrecruiters.com")
    return message(h, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(12), family="human_prose", lang="fr-CH", interview=True, kind="scheduled",
      start=utc("2026-10-12 09:15", Z), end=utc("2026-10-12 10:30", Z),
      contact="laurent.chappuis@genfil.ch", company="Genfil Microsystèmes",
      local="Mon 2026-10-12 09:15", local_end="2026-10-12 10:30", zone=Z,
      note="Swiss French prose (iso-8859-1, quoted-printable): 'lundi 12 octobre à 9 h 15 ... comptez "
           "septante-cinq minutes' -> 9:15-10:30 CEST = 07:15-08:30Z. The attached ICS is an all-day "
           "event (VALUE=DATE) on the 12th; the time is only in the text. Contact = sender.")
def m12():
    body = t("""
        Bonjour Madame Roux,

        Suite à notre téléphone de ce matin, je vous confirme volontiers notre entretien le
        lundi 12 octobre à 9 h 15, dans nos locaux de Plan-les-Ouates (chemin du Pré-Fleuri 3,
        2e étage). Comptez septante-cinq minutes : une heure avec M. Favre et moi-même, puis
        un quart d'heure de visite de la salle blanche.

        Le parking visiteurs se trouve derrière le bâtiment ; le tram 15 s'arrête à
        « Pré-Fleuri », à deux minutes à pied. Je vous joins un mémo pour votre agenda.

        Dans l'attente de vous rencontrer, je vous adresse mes meilleures salutations.

        Laurent Chappuis
        Responsable des ressources humaines
        Genfil Microsystèmes SA
        Chemin du Pré-Fleuri 3 | 1228 Plan-les-Ouates | Genève
        +41 22 000 00 00
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9C1D7E2A-4B3F-4F0E-8A61-2D5C7B9E0F13
DTSTAMP:20261006T144800Z
DTSTART;VALUE=DATE:20261012
DTEND;VALUE=DATE:20261013
SUMMARY:Entretien Mme C. Roux - 9h15 - Genfil Plan-les-Ouates
LOCATION:Chemin du Pré-Fleuri 3\\, 1228 Plan-les-Ouates
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Laurent Chappuis", "laurent.chappuis@genfil.ch", "iso-8859-1"),
             "Votre entretien chez Genfil Microsystèmes", "2026-10-06 16:48", Z,
             "5D2A9C71-0B3E-4C8F-9A12-7E6B1D0F4C83@genfil.ch", relay="smtp.genfil.ch",
             extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),))
    h[4] = ("Subject", enc("Votre entretien chez Genfil Microsystèmes", "iso-8859-1"))
    return message(h, mixed(text(body, charset="iso-8859-1"),
                            calendar(ics, method=None, cte="base64", filename="Entretien Roux.ics",
                                     disposition="attachment", name_param=True)))


@mail(n(13), family="recruitee", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 17:15", P), end=utc("2026-11-19 17:45", P),
      contact="antoine.mercier@lutece-nanofab.fr", company="Lutèce Nanofab",
      local="Thu 2026-11-19 17:15", local_end="2026-11-19 17:45", zone=P,
      note="Recruitee mail written by the recruiter: 'jeudi 19 novembre à 17 h 15 ... 30 minutes' -> "
           "CET, 16:15-16:45Z. Reply-To is a Recruitee relay (not a person's mailbox); contact = the "
           "recruiter's address in the signature.")
def m13():
    body = t("""
        Bonjour Camille,

        Merci pour votre disponibilité ! Je vous confirme notre entretien visio
        jeudi 19 novembre à 17 h 15, pour 30 minutes, avec Hélène Saulnier
        (responsable de la salle blanche) et moi-même.

        Lien Google Meet : https://meet.google.com/pzk-ruwd-fta

        N'hésitez pas à revenir vers moi si besoin.

        Belle journée,

        Antoine Mercier
        Talent Acquisition Manager · Lutèce Nanofab
        antoine.mercier@lutece-nanofab.fr · 01 84 00 00 00
        Paris 13e
        """)
    page = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Bonjour Camille,</p>
        <p>Merci pour votre disponibilité&nbsp;! Je vous confirme notre entretien visio
        <b>jeudi 19 novembre à 17&nbsp;h&nbsp;15</b>, pour 30 minutes, avec Hélène Saulnier
        (responsable de la salle blanche) et moi-même.</p>
        <p>Lien Google Meet&nbsp;: <a href="https://meet.google.com/pzk-ruwd-fta">https://meet.google.com/pzk-ruwd-fta</a></p>
        <p>N'hésitez pas à revenir vers moi si besoin.</p>
        <p>Belle journée,</p>
        <p>Antoine Mercier<br>Talent Acquisition Manager · Lutèce Nanofab<br>
        <a href="mailto:antoine.mercier@lutece-nanofab.fr">antoine.mercier@lutece-nanofab.fr</a> · 01 84 00 00 00<br>Paris 13e</p>
        </div>
        """)
    h = hdrs(addr("Antoine Mercier - Lutèce Nanofab", "notifications@recruiteemail.com"),
             "Entretien visio - Lutèce Nanofab", "2026-11-13 11:00", P,
             "recruitee.m.4812209.1f7c0e@recruiteemail.com", relay="mta-12.recruiteemail.com",
             extra=(("Reply-To", "lutecenanofab+c8f14e2a9b@inbound.recruitee.com"),))
    return message(h, alt(text(body), html(page)))


@mail(n(14), family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-01 10:30", Z), end=utc("2026-10-01 11:15", Z),
      contact=None, company="Salève Quantum Devices",
      local="Thu 2026-10-01 10:30", local_end="2026-10-01 11:15", zone=Z,
      note="Microsoft Bookings confirmation; the body's zone label shows the standard offset '(UTC+01:00) "
           "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna' although 1 October is summer time: 10:30 "
           "CEST = 08:30Z (45 min -> 09:15Z); the ICS (W. Europe Standard Time) agrees. Sender is the "
           "Bookings mailbox, staff named without an address -> contact null.")
def m14():
    body = t("""
        Your booking is confirmed

        Salève Quantum Devices - Recruiting

        Service: First interview - Process Engineer (Cleanroom)
        Thursday, October 1, 2026
        10:30 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        45 minutes
        Staff: Nadia Rochat

        Join your appointment online:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5MDc

        Add to calendar | Manage booking: https://outlook.office365.com/owa/calendar/SaleveQuantumRecruiting@salevequantum.ch/bookings/

        Salève Quantum Devices SA, Route de Saint-Julien 150, 1228 Plan-les-Ouates
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif">
        <h2>Your booking is confirmed</h2>
        <p><b>Salève Quantum Devices - Recruiting</b></p>
        <p>First interview - Process Engineer (Cleanroom)<br>
        Thursday, October 1, 2026<br>
        10:30 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna<br>
        45 minutes<br>Staff: Nadia Rochat</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5MDc">Join your appointment online</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/SaleveQuantumRecruiting@salevequantum.ch/bookings/">Manage booking</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Salève Quantum Devices - Recruiting:mailto:SaleveQuantumRecruiting@salevequantum.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Camille Roux:mailto:{ME_ADDR}
SUMMARY;LANGUAGE=en-US:First interview - Process Engineer (Cleanroom)
DTSTART;TZID=W. Europe Standard Time:20261001T103000
DTEND;TZID=W. Europe Standard Time:20261001T111500
UID:040000008200E00074C5B7101A82E00800000000B0F1D7C8E24BDC010000000000000000100000004A2C
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260925T150500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Salève Quantum Devices - Recruiting", "SaleveQuantumRecruiting@salevequantum.ch"),
             "Booking confirmed: First interview - Process Engineer (Cleanroom)", "2026-09-25 17:05", Z,
             "GV0P278MB0719C3A4D2E15F6B9C8A7D3E2F1A0@GV0P278MB0719.CHEP278.PROD.OUTLOOK.COM",
             relay="mail-zr0che01on2113.outbound.protection.outlook.com")
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(15), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-30 14:00", "Europe/London"), end=utc("2026-10-30 14:45", "Europe/London"),
      contact="priya.shah@thamesidephotonics.co.uk", company="Thameside Photonics",
      local="Fri 2026-10-30 14:00", local_end="2026-10-30 14:45", zone="Europe/London",
      note="Ashby confirmation sent Fri 23 Oct in BST (+0100) for 'Friday, October 30, 2026, 2:00 PM - "
           "2:45 PM GMT': the UK is back on GMT from 25 Oct, so 14:00-14:45Z (15:00 in Grenoble, CET). "
           "ICS TZID Europe/London agrees. Follows the self-schedule link (a negative). Contact = Reply-To.")
def m15():
    body = t("""
        Hi Camille,

        Your interview is confirmed. We're looking forward to speaking with you!

        Friday, October 30, 2026, 2:00 PM - 2:45 PM GMT
        Google Meet: https://meet.google.com/hvb-qmzt-wre

        You'll meet with:
          Owen Gallagher - Head of Process Engineering

        Questions? Just reply and it will reach Priya Shah.

        Thanks,
        Thameside Photonics Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Camille,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Friday, October 30, 2026, 2:00 PM - 2:45 PM GMT</b><br>
        Google Meet: <a href="https://meet.google.com/hvb-qmzt-wre">https://meet.google.com/hvb-qmzt-wre</a></p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Owen Gallagher - Head of Process Engineering</p>
        <p>Questions? Just reply and it will reach Priya Shah.</p>
        <p>Thanks,<br>Thameside Photonics Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LONDON}
BEGIN:VEVENT
UID:ashby-5c0e2b91-7d3a-4f6e-b1a2-90c4d8e7f613
DTSTAMP:20261023T110000Z
DTSTART;TZID=Europe/London:20261030T140000
DTEND;TZID=Europe/London:20261030T144500
SEQUENCE:0
SUMMARY:Thameside Photonics - Process Engineer Interview
LOCATION:https://meet.google.com/hvb-qmzt-wre
ORGANIZER;CN=Priya Shah:mailto:priya.shah@thamesidephotonics.co.uk
ATTENDEE;CN=Camille Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_ADDR}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Thameside Photonics", "no-reply@ashbyhq.com"),
             "Interview confirmed: Process Engineer at Thameside Photonics", "2026-10-23 12:00",
             "Europe/London", "010001930b7d2e44-5c0e2b91-7d3a-4f6e-b1a2-000000@email.amazonses.com",
             relay="mail.ashbyhq.com",
             extra=(("Reply-To", addr("Priya Shah", "priya.shah@thamesidephotonics.co.uk")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(16), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-05 14:30", P), end=None,
      contact="s.bouvier@chartreuse-optique.fr", company="Chartreuse Optique",
      local="Mon 2026-10-05 14:30", zone=P,
      note="Camille forwards to herself (example.net -> example.org) a recruiter's confirmation: 'le "
           "lundi 5 octobre à 14h30 à Voiron', CEST -> 12:30Z; no length. The forward's own Date (Tue 29 "
           "Sep) is 6 days before. Contact = the recruiter in the forwarded header (never the candidate).")
def m16():
    body = t("""
        à imprimer + plan d'accès

        ---------- Forwarded message ---------
        De : Sandrine Bouvier <s.bouvier@chartreuse-optique.fr>
        Date: lun. 28 sept. 2026 à 18:05
        Subject: Confirmation entretien - Ingénieur procédés couches optiques
        To: Camille Roux <camille.roux@example.net>


        Madame,

        Comme convenu au téléphone cet après-midi, je vous confirme votre entretien avec
        M. Denis Blanc, directeur de production, et moi-même, le lundi 5 octobre à 14h30
        sur notre site de Voiron (ZI de Centr'Alp, 140 rue du Pré Bénit).

        Merci de vous munir d'une pièce d'identité ; l'accueil vous remettra un badge.

        Je reste à votre disposition pour toute question.

        Bien cordialement,

        Sandrine Bouvier
        Chargée RH
        Chartreuse Optique
        04 76 00 00 00
        """)
    h = hdrs(addr("Camille Roux", "camille.roux@example.net"),
             "Fwd: Confirmation entretien - Ingénieur procédés couches optiques", "2026-09-29 07:45", P,
             "CAHx7r0uF2w+9bq3ZkD5vYpJ1Lm8sTnQe@mail.example.net", relay="mail.example.net")
    return message(h, alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------- rescheduled (keys 17-20)

NY = "America/New_York"


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-15 10:00", NY), end=utc("2026-10-15 11:00", NY),
      contact="megan.oconnell@helixdeposition.com", company="Helix Deposition",
      local="Thu 2026-10-15 10:00", local_end="2026-10-15 11:00", zone=NY,
      note="GoodTime reschedule: old 'Tuesday, October 13, 9:00 AM EDT', new 'Thursday, October 15, "
           "10:00 AM - 11:00 AM EDT' (UTC-4) -> 14:00-15:00Z; the candidate-zone line says 4:00 PM CEST, "
           "and the ICS (America/New_York, SEQUENCE:1) agrees. Contact = coordinator's Reply-To.")
def m17():
    body = t("""
        Hi Camille,

        Your interview with Helix Deposition has been rescheduled.

        PREVIOUSLY: Tuesday, October 13, 2026, 9:00 AM - 10:00 AM EDT  (canceled)
        NEW TIME:   Thursday, October 15, 2026, 10:00 AM - 11:00 AM EDT
                    (4:00 PM - 5:00 PM CEST, your time zone)

        Interview: Senior ALD Process Engineer - Hiring Manager Interview
        Interviewer: Greg Holloway, VP Process Technology
        Location: Zoom - https://helixdeposition.zoom.us/j/93017728814

        An updated calendar invitation is attached. If the new time doesn't work, please reply
        to this email.

        Best,
        Megan O'Connell
        Recruiting Coordinator, Helix Deposition
        """)
    page = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;font-size:14px">
        <p>Hi Camille,</p>
        <p>Your interview with Helix Deposition has been <b>rescheduled</b>.</p>
        <p style="color:#999"><s>Tuesday, October 13, 2026, 9:00 AM - 10:00 AM EDT</s> (canceled)</p>
        <p><b>Thursday, October 15, 2026, 10:00 AM - 11:00 AM EDT</b><br>
        (4:00 PM - 5:00 PM CEST, your time zone)</p>
        <p>Interview: Senior ALD Process Engineer - Hiring Manager Interview<br>
        Interviewer: Greg Holloway, VP Process Technology<br>
        Location: <a href="https://helixdeposition.zoom.us/j/93017728814">Zoom</a></p>
        <p>An updated calendar invitation is attached. If the new time doesn't work, please reply to this email.</p>
        <p>Best,<br>Megan O'Connell<br>Recruiting Coordinator, Helix Deposition</p>
        <p style="font-size:10px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:goodtime-7a1e55c0-helix-31188@goodtime.io
DTSTAMP:20261012T130000Z
DTSTART;TZID=America/New_York:20261015T100000
DTEND;TZID=America/New_York:20261015T110000
SEQUENCE:1
SUMMARY:Helix Deposition - Hiring Manager Interview (Camille Roux)
LOCATION:https://helixdeposition.zoom.us/j/93017728814
ORGANIZER;CN=Megan O'Connell:mailto:megan.oconnell@helixdeposition.com
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:{ME_ADDR}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Helix Deposition Recruiting", "no-reply@goodtime.io"),
             "Rescheduled: Hiring Manager Interview with Helix Deposition", "2026-10-12 09:00", NY,
             "goodtime.resched.7a1e55c0.31188@goodtime.io", relay="o7.mail.goodtime.io",
             extra=(("Reply-To", addr("Megan O'Connell", "megan.oconnell@helixdeposition.com")),))
    return message(h, mixed(alt(text(body, cte="7bit"), html(page)),
                            calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-20 10:00", P), end=None,
      contact="eric.vial@belledonne-robotique.fr", company="Belledonne Robotique",
      local="Fri 2026-11-20 10:00", zone=P,
      note="Hiring manager's prose (windows-1252, quoted-printable) moving the interview from 'jeudi 19 "
           "à 14h' to 'vendredi 20 novembre à 10h', agreed by phone -> CET, 09:00Z; no length. Contact = "
           "sender.")
def m18():
    body = t("""
        Bonjour Camille,

        Suite à notre échange téléphonique de tout à l'heure, je vous confirme que notre entretien
        prévu jeudi 19 à 14h est décalé au vendredi 20 novembre à 10h, même endroit (accueil du
        bâtiment Belledonne, 15 chemin du Vieux Chêne à Meylan).

        Encore désolé pour ce changement de dernière minute, on a un audit client qui est tombé
        jeudi et je ne voulais pas vous recevoir entre deux portes.

        Bonne soirée,
        Éric

        --
        Éric Vial
        Responsable Production – Belledonne Robotique
        06 00 00 00 00
        """)
    page = ("<html><body><div style=\"font-family:Calibri,Arial;font-size:11pt\">"
            + "".join(f"<p>{line}</p>" if line else "" for line in body.split("\n"))
            + "</div></body></html>\n")
    h = hdrs(addr("Éric Vial", "eric.vial@belledonne-robotique.fr", "windows-1252"),
             "Entretien décalé à vendredi", "2026-11-16 18:40", P,
             "000a01dc57e2$4f1c2b30$ed548190$@belledonne-robotique.fr", relay="smtp.belledonne-robotique.fr",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")))
    h[4] = ("Subject", enc("Entretien décalé à vendredi", "windows-1252"))
    return message(h, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(19), family="exchange_outlook", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-24 15:00", "Europe/Berlin"), end=utc("2026-11-24 16:00", "Europe/Berlin"),
      contact="markus.haller@rhonecrystal.ch", company="Rhône Crystal Growth",
      local="Tue 2026-11-24 15:00", local_end="2026-11-24 16:00", zone="Europe/Berlin",
      note="Exchange meeting update (SEQUENCE:1, subject 'Updated:') whose body only says the panel was "
           "moved: the new time is only in the ICS, DTSTART;TZID=W. Europe Standard Time 20261124T150000 "
           "-> CET, 14:00-15:00Z. Contact = organizer/sender.")
def m19():
    body = t("""
        Hi Camille,

        As discussed on the phone, I've moved the panel to next week so that Anja can join.
        Updated invite attached - the Teams link stays the same.

        Best regards,
        Markus

        Markus Haller | Head of Crystal Growth Engineering
        Rhône Crystal Growth SA | Rue de Lyon 118 | 1203 Genève
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzI1Mj>
        Meeting ID: 312 944 118 27
        Passcode: Lb4ePq
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hi Camille,</p>
        <p>As discussed on the phone, I've moved the panel to next week so that Anja can join.
        Updated invite attached - the Teams link stays the same.</p>
        <p>Best regards,<br>Markus</p>
        <p>Markus Haller | Head of Crystal Growth Engineering<br>Rhône Crystal Growth SA | Rue de Lyon 118 | 1203 Genève</p>
        <div>________________________________________________________________________________</div>
        <div><b>Microsoft Teams meeting</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzI1Mj">Click here to join the meeting</a></div>
        <div>Meeting ID: 312 944 118 27<br>Passcode: Lb4ePq</div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Markus Haller:mailto:markus.haller@rhonecrystal.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:{ME_ADDR}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Sutter:mailto:anja.sutter@rhonecrystal.ch
UID:040000008200E00074C5B7101A82E008000000002D5E1A9F7751DC01000000000000000010000000C77B
SUMMARY;LANGUAGE=en-US:Panel interview - Camille Roux - Process Engineer Crystal Growth
DTSTART;TZID=W. Europe Standard Time:20261124T150000
DTEND;TZID=W. Europe Standard Time:20261124T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T081200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2118543019
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    subj = "Updated: Panel interview - Camille Roux - Process Engineer Crystal Growth"
    h = hdrs(addr("Markus Haller", "markus.haller@rhonecrystal.ch"), subj, "2026-11-19 09:12", Z,
             "ZR0P278MB0851E1F2A3B4C5D6E7F8091A2B3C4@ZR0P278MB0851.CHEP278.PROD.OUTLOOK.COM",
             relay="mail-zr0che01on2128.outbound.protection.outlook.com",
             extra=(("Thread-Topic", subj.replace("Updated: ", "")),
                    ("Thread-Index", "AdtZ0m7Rk9Vb4Q2nTy6xLkq8Hw1Pfw=="),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(20), family="workable", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-01 11:00", P), end=utc("2026-12-01 11:30", P),
      contact="hugo.perrier@semnoz-capteurs.fr", company="Semnoz Capteurs",
      local="Tue 2026-12-01 11:00", local_end="2026-12-01 11:30", zone=P,
      note="Workable reschedule: new slot 'mardi 1 décembre 2026, 11:00 – 11:30 CET' (old 'lundi 30 "
           "novembre 2026, 15:00' also written) -> 10:00-10:30Z; ICS Europe/Paris SEQUENCE:2 agrees. "
           "Reply-To is a Workable '+...' relay -> contact = the hiring manager's address in the body.")
def m20():
    body = t("""
        Bonjour Camille,

        Votre entretien pour le poste Ingénieur·e Procédés MEMS chez Semnoz Capteurs a été reprogrammé.

        Nouvelle date : mardi 1 décembre 2026, 11:00 – 11:30 CET
        Ancien créneau : lundi 30 novembre 2026, 15:00 (annulé)

        Type : Entretien téléphonique
        Avec : Hugo Perrier, Responsable R&D procédés
        Nous vous appellerons au numéro indiqué dans votre candidature.

        Pour toute question, écrivez à Hugo Perrier : hugo.perrier@semnoz-capteurs.fr

        Cordialement,
        L'équipe recrutement Semnoz Capteurs

        Propulsé par Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Camille,</p>
        <p>Votre entretien pour le poste <b>Ingénieur·e Procédés MEMS</b> chez Semnoz Capteurs a été reprogrammé.</p>
        <p><b>Nouvelle date&nbsp;:</b> mardi 1 décembre 2026, 11:00 – 11:30 CET<br>
        <span style="color:#999">Ancien créneau&nbsp;: lundi 30 novembre 2026, 15:00 (annulé)</span></p>
        <p>Type&nbsp;: Entretien téléphonique<br>Avec&nbsp;: Hugo Perrier, Responsable R&amp;D procédés<br>
        Nous vous appellerons au numéro indiqué dans votre candidature.</p>
        <p>Pour toute question, écrivez à Hugo Perrier&nbsp;: <a href="mailto:hugo.perrier@semnoz-capteurs.fr">hugo.perrier@semnoz-capteurs.fr</a></p>
        <p>Cordialement,<br>L'équipe recrutement Semnoz Capteurs</p>
        <p style="font-size:11px;color:#aaa">Propulsé par Workable</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Events//EN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:workable-event-2c71e9a4@workable.com
DTSTAMP:20261125T090000Z
SEQUENCE:2
DTSTART;TZID=Europe/Paris:20261201T110000
DTEND;TZID=Europe/Paris:20261201T113000
SUMMARY:Entretien téléphonique - Semnoz Capteurs
ORGANIZER;CN=Semnoz Capteurs:mailto:semnoz-capteurs+b7e21f0c@candidates.workablemail.com
ATTENDEE;CN=Camille Roux:mailto:{ME_ADDR}
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Semnoz Capteurs", "noreply@candidates.workablemail.com"),
             "Entretien reprogrammé – Ingénieur·e Procédés MEMS", "2026-11-25 10:00", P,
             "20261125090000.2c71e9a4.semnoz@workablemail.com", relay="mail.workablemail.com",
             extra=(("Reply-To", "semnoz-capteurs+b7e21f0c@candidates.workablemail.com"),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="quoted-printable",
                                     filename="invitation.ics", disposition="attachment")))


# ----------------------------------------------------------------- cancelled (keys 21-23)


@mail(n(21), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-27 10:00", P), end=utc("2026-11-27 11:00", P),
      contact="claire.jacquier@vercors-instruments.fr", company="Vercors Instruments",
      local="Fri 2026-11-27 10:00", local_end="2026-11-27 11:00", zone=P,
      note="Google Calendar cancellation (METHOD:CANCEL): 'Événement annulé : ... @ ven. 27 nov. 2026 "
           "10:00 - 11:00 (CET)' -> the cancelled slot 09:00-10:00Z. Contact = organizer.")
def m21():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien technique – Camille Roux
        Quand
        ven. 27 nov. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)

        Lieu
        Vercors Instruments – salle Moucherotte, 21 avenue de l'Europe, Sassenage

        Invités
        Claire Jacquier - organisateur
        camille.roux@example.org
        Pierre-Yves Allard

        Message de l'organisateur : désolée Camille, je vous rappelle lundi pour en parler.

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261127T100000
DTEND;TZID=Europe/Paris:20261127T110000
DTSTAMP:20261123T160200Z
ORGANIZER;CN=Claire Jacquier:mailto:claire.jacquier@vercors-instruments.fr
UID:3b9c1e44d0a7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=camille.roux@example.org;X-NUM-GUESTS=0:mailto:{ME_ADDR}
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entretien technique – Camille Roux
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = ("Événement annulé : Entretien technique – Camille Roux @ ven. 27 nov. 2026 10:00 - 11:00 "
            "(CET) (camille.roux@example.org)")
    h = hdrs(addr("Claire Jacquier", "claire.jacquier@vercors-instruments.fr"), subj,
             "2026-11-23 17:02", P, "calendar-3b9c1e44-d0a7-4c55-9e31-aa07@google.com",
             relay="mail-sor-f69.google.com",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "claire.jacquier@vercors-instruments.fr")))
    return message(h, mixed(alt(text(body), html(gmail_html(body)),
                                calendar(ics, method="CANCEL", cte="quoted-printable")),
                            calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


AMS = "Europe/Amsterdam"


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-02 15:00", AMS), end=None,
      contact="joost.vandijk@kestrel-semicon.nl", company="Kestrel Semicon",
      local="Wed 2026-12-02 15:00", zone=AMS,
      note="Hiring manager in Eindhoven cancels 'our call tomorrow at 3pm' (Date Tue 1 Dec 09:10 +0100 -> "
           "Wed 2 Dec 15:00 CET = 14:00Z); the role is on hold, no new time. The quoted original confirms "
           "'Wednesday 2 December at 15:00 CET'. Contact = sender.")
def m22():
    body = t("""
        Hi Camille,

        I'm really sorry, but I have to cancel our call tomorrow at 3pm. We got word last night
        that the process engineering req is on hold until the budget for next year is signed
        off, and I don't want to waste your time with an interview for a role I can't fill.

        I'll reach out as soon as I know more - could be January, could be later.

        Apologies again,
        Joost

        Joost van Dijk
        Engineering Manager, Wafer Processing | Kestrel Semicon B.V.
        High Tech Campus 27, Eindhoven

        On Thu, 26 Nov 2026 at 14:21, Joost van Dijk <joost.vandijk@kestrel-semicon.nl> wrote:
        > Hi Camille,
        >
        > Great, Wednesday 2 December at 15:00 CET works for us. I'll send a Teams link the day before.
        > It will be me and Femke from the litho team, about an hour.
        >
        > Joost
        """)
    h = hdrs(addr("Joost van Dijk", "joost.vandijk@kestrel-semicon.nl"), "Re: Interview Kestrel Semicon",
             "2026-12-01 09:10", AMS, "AM0PR07MB6411F0E2D3C4B5A69788C1D2E3F40@AM0PR07MB6411.eurprd07.prod.outlook.com",
             relay="mail-am6eur05on2071.outbound.protection.outlook.com",
             extra=(("In-Reply-To", "<AM0PR07MB64119A8B7C6D5E4F3A2B1C0D9E8F7@AM0PR07MB6411.eurprd07.prod.outlook.com>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(23), family="exchange_outlook", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-15 09:00", P), end=utc("2026-12-15 10:00", P),
      contact="sebastien.rey@maurienne-alliages.fr", company="Maurienne Alliages",
      local="Tue 2026-12-15 09:00", local_end="2026-12-15 10:00", zone=P,
      note="Exchange cancellation (METHOD:CANCEL, 'Annulé :') of 'mardi 15 décembre 9h00' (ICS Romance "
           "Standard Time 09:00-10:00 -> 08:00-09:00Z). The body floats a new date ('sans doute mercredi 16 "
           "à la même heure') that is not yet sent: labelled cancelled with the cancelled slot. Contact = "
           "organizer.")
def m23():
    body = t("""
        Bonjour Madame Roux,

        Je suis contraint d'annuler notre entretien de mardi 15 décembre 9h00 : deux membres du jury
        sont retenus par un incident sur la ligne d'électrolyse.

        Je vous renverrai une nouvelle invitation dès que le planning sera calé, sans doute mercredi 16
        à la même heure, mais je préfère vous le confirmer par écrit.

        Avec toutes mes excuses,

        Sébastien Rey
        Responsable recrutement technique
        Maurienne Alliages – Saint-Jean-de-Maurienne
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Sébastien Rey:mailto:sebastien.rey@maurienne-alliages.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Camille Roux:mailto:{ME_ADDR}
UID:040000008200E00074C5B7101A82E00800000000E1A2B3C4D56ADC0100000000000000001000000097FE
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien – Ingénieur procédés (C. Roux)
DTSTART;TZID=Romance Standard Time:20261215T090000
DTEND;TZID=Romance Standard Time:20261215T100000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261211T075000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Salle Arvan - bâtiment administratif
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    subj = "Annulé : Entretien – Ingénieur procédés (C. Roux)"
    h = hdrs(addr("Sébastien Rey", "sebastien.rey@maurienne-alliages.fr"), subj, "2026-12-11 08:50", P,
             "PAZP264MB3012D4C5B6A7980F1E2D3C4B5A697@PAZP264MB3012.FRAP264.PROD.OUTLOOK.COM",
             relay="mail-pa2fra01on2055.outbound.protection.outlook.com",
             extra=(("Importance", "high"), ("Content-Language", "fr-FR")))
    return message(h, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="France Travail (job centre) summons: 'jeudi 12 novembre 2026 à 9h40' with a counsellor for "
           "the 'entretien de situation'. A fixed-time appointment called 'entretien', but not a job "
           "interview -> negative.")
def m24():
    body = t("""
        Madame ROUX Camille,

        Identifiant : 4821907K

        Vous êtes convoquée à un entretien de situation avec votre conseillère, Mme Nathalie
        Guillot, le :

            jeudi 12 novembre 2026 à 9h40
            Agence France Travail Grenoble Europole
            4 rue Lavoisier, 38000 Grenoble

        Cet entretien a pour objet de faire le point sur votre projet professionnel et vos
        démarches de recherche d'emploi. Munissez-vous de votre CV à jour.

        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel,
        rubrique « Mes échanges avec France Travail ».

        Attention : toute absence non justifiée peut entraîner une radiation de la liste des
        demandeurs d'emploi.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    page = ("<html><body style=\"font-family:Marianne,Arial,sans-serif\">"
            + "".join(f"<p>{line.strip()}</p>" for line in body.split("\n") if line.strip())
            + "</body></html>\n")
    h = hdrs(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
             "Convocation - Entretien de situation le 12/11/2026", "2026-11-03 06:12", P,
             "20261103051200.FT.4821907K.convoc@francetravail.fr", relay="smtp-out.francetravail.fr")
    return message(h, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(25), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="A journalist confirms an interview of Camille for a regional paper's portrait series ('mercredi "
           "21 octobre à 12h30', by phone, 'une petite demi-heure'). Confirmed time, but the press "
           "interviewing her is not a job interview -> negative.")
def m25():
    body = t("""
        Bonjour Camille,

        Merci d'avoir accepté de participer à notre série « Les femmes de la micro », c'est noté
        pour mercredi 21 octobre à 12h30, par téléphone (je vous appelle au 06 que vous m'avez
        donné). Ça prendra une petite demi-heure.

        Pour rappel, l'idée de l'interview : votre parcours, de la prépa à la salle blanche, et
        ce que vous diriez à une lycéenne qui hésite. Un photographe passera peut-être dans un
        second temps, on en reparle.

        Merci encore et à mercredi !

        Gaëlle Morand
        Journaliste – L'Écho des Alpes, rubrique Éco
        gaelle.morand@echo-des-alpes.fr
        """)
    h = hdrs(addr("Gaëlle Morand", "gaelle.morand@echo-des-alpes.fr"),
             "Interview pour la série « Les femmes de la micro »", "2026-10-16 15:32", P,
             "c1e8a2f0-77b4-4e2e-9bb1-0d3f@echo-des-alpes.fr", relay="smtp.echo-des-alpes.fr")
    return message(h, text(body, cte="8bit"))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Podcast host confirms recording an episode with Camille as guest on 'Tuesday, October 27 at "
           "6:00 PM CET' (Riverside link). A confirmed 'interview' for a podcast -> negative.")
def m26():
    body = t("""
        Hi Camille,

        So glad you said yes! Here are the details for our recording:

        Show: Die & Wafer - conversations from the cleanroom
        Episode: "Atomic layers, human scale" - guest interview with Camille Roux
        When: Tuesday, October 27 at 6:00 PM CET (about 50 minutes)
        Where: Riverside studio link - https://riverside.fm/studio/die-and-wafer?t=c2a91f

        A few tips: wired headphones if you have them, a quiet room, and Chrome. We'll do a
        5-minute soundcheck before we start. I'll send the question outline by Friday.

        Talk soon,
        Priyanka
        Host, Die & Wafer
        """)
    h = hdrs(addr("Priyanka Raman", "priyanka@dieandwafer.fm"),
             "You're booked for Die & Wafer - recording details", "2026-10-19 20:05", "Europe/London",
             "CAPr1y4nk4-dw-0001@mail.gmail.com", relay="mail-wr1-f54.google.com")
    return message(h, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(27), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Executive master's programme admission interview ('entretien d'admission ... jeudi 22 octobre "
           "2026 à 13h30', 30 minutes). Fixed time and called an interview, but for a school, not a job "
           "-> negative.")
def m27():
    body = t("""
        Madame,

        Nous avons bien reçu votre dossier de candidature au Mastère Spécialisé « Management de
        l'innovation industrielle » (promotion 2027, format part-time).

        Votre dossier ayant été retenu par le jury d'admissibilité, nous avons le plaisir de vous
        convoquer à l'entretien d'admission :

            jeudi 22 octobre 2026 à 13h30 (durée : 30 minutes)
            Campus Presqu'île, bâtiment Ampère, salle A-214

        L'entretien se déroule devant un jury de deux personnes (un enseignant-chercheur et un
        professionnel) et porte sur votre projet et votre motivation.

        Le service des admissions
        Institut Polytechnique des Alpes
        """)
    h = hdrs(addr("Admissions IPA", "admissions@ip-alpes.fr"),
             "Convocation à l'entretien d'admission - MS Management de l'innovation industrielle",
             "2026-10-13 10:00", P, "adm.2027.00418@ip-alpes.fr", relay="smtp.ip-alpes.fr")
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(28), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Volleyball club invites Camille (tu) to a try-out session 'samedi 12 septembre à 10h' at a "
           "gym. Fixed time, a selection, but a sports try-out -> negative.")
def m28():
    body = t("""
        Salut Camille !

        Super que tu veuilles rejoindre la N3 féminine. Comme dit au forum des assos, les
        séances d'essai pour le recrutement de la saison, c'est samedi 12 septembre à 10h au
        gymnase Jean Philippe (bd Maréchal Foch). Prévois 2h, des genouillères et de l'eau.

        Le coach (Karim) fera un petit point avec chacune à la fin pour voir où on te place.

        Bisous et à samedi,
        Élodie – Grenoble Volley Université
        """)
    h = hdrs(addr("Élodie GVU", "elodie.gvu@example.net"), "Essais N3 samedi !", "2026-09-06 21:14", P,
             "CAEl0d1eGVU-0912@mail.example.net", relay="mail.example.net")
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(29), family="car_service", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Garage confirms a car service appointment 'jeudi 24 septembre 2026 à 8h00' (révision + "
           "entretien clim). 'Entretien' here means maintenance -> negative.")
def m29():
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <h3>Votre rendez-vous atelier est confirmé</h3>
        <p>Bonjour Mme ROUX,</p>
        <p>Nous vous confirmons votre rendez-vous&nbsp;:</p>
        <ul>
        <li>Date&nbsp;: <b>jeudi 24 septembre 2026 à 8h00</b></li>
        <li>Prestation&nbsp;: Révision constructeur 60&nbsp;000 km + entretien climatisation</li>
        <li>Véhicule&nbsp;: Peugeot 208 – GH-482-KL</li>
        <li>Durée estimée d'immobilisation&nbsp;: 3h</li>
        </ul>
        <p>Garage Dauphiné Autos – 27 avenue de Grugliasco, 38130 Échirolles – 04 76 00 00 00</p>
        <p style="font-size:11px">Pour modifier votre rendez-vous, appelez-nous. Ce mail est envoyé automatiquement.</p>
        </body></html>
        """)
    h = hdrs(addr("Garage Dauphiné Autos", "rdv@dauphine-autos.fr"),
             "Confirmation de votre rendez-vous atelier du 24/09", "2026-09-18 17:40", P,
             "rdvatelier.88120.20260918@dauphine-autos.fr", relay="smtp.dauphine-autos.fr")
    return message(h, html(page, charset="windows-1252", cte="quoted-printable"))


@mail(n(30), family="interview_coaching", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Career coach offers mock interviews ('simulation d'entretien') with a booking link and a free "
           "webinar 'mardi 22 septembre à 12h30'. No job interview, nothing booked for Camille -> negative.")
def m30():
    body = t("""
        Bonjour Camille,

        Suite à notre échange au salon Jobs Tech Alpes, je vous propose, comme évoqué, une
        simulation d'entretien en conditions réelles (45 min + 15 min de débrief filmé).

        Réservez le créneau qui vous convient ici : https://cal.com/isabelle-coach/simulation

        Et si vous voulez un avant-goût, je fais un webinaire gratuit « Réussir son entretien
        technique dans l'industrie » mardi 22 septembre à 12h30 (inscription :
        https://isabelle-coaching.fr/webinaire).

        Au plaisir,
        Isabelle Darmon
        Coach carrière certifiée – Isabelle Darmon Coaching
        """)
    h = hdrs(addr("Isabelle Darmon", "contact@isabelle-coaching.fr"),
             "Simulation d'entretien – comme promis", "2026-09-14 09:20", P,
             "mc.5e1a0b.20260914@isabelle-coaching.fr", relay="mail198.sea21.mcsv.net",
             extra=(("List-Unsubscribe", "<https://isabelle-coaching.fr/unsubscribe?u=5e1a0b>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="recruiter_proposal", lang="fr", interview=False, company="Rhodanie Équipements",
      days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10")),
      note="Recruiter proposes two slots ('lundi 9 novembre à 14h, ou à défaut mardi 10 à 10h') and waits "
           "for Camille's answer; nothing is confirmed yet -> negative. The confirmation follows in the "
           "thread (Exchange invite, a positive).")
def m31():
    body = t("""
        Bonjour Camille,

        Merci pour votre candidature au poste d'ingénieur(e) procédés, votre profil a retenu toute
        notre attention. Je souhaiterais vous rencontrer pour un premier entretien d'une heure en
        visio.

        Seriez-vous disponible lundi 9 novembre à 14h, ou à défaut mardi 10 à 10h ? Si aucun des
        deux ne vous convient, on peut aussi envisager de se voir dans quinze jours sur site à Lyon.

        Dès votre retour je vous envoie l'invitation Teams.

        Bien cordialement,
        Nicolas Perrin
        Responsable Industrialisation – Rhodanie Équipements
        Tél. : 04 72 00 00 00
        """)
    h = hdrs(addr("Nicolas Perrin", "nicolas.perrin@rhodanie-equipements.fr"),
             "Votre candidature – Ingénieur(e) procédés", "2026-11-02 11:47", P,
             "PR2P264MB0412C9B8A7D6E5F4A3B2C1D0E9F8@PR2P264MB0412.FRAP264.PROD.OUTLOOK.COM",
             relay="mail-pr2fra01on2101.outbound.protection.outlook.com",
             extra=(("Content-Language", "fr-FR"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="partner_forward", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Camille's partner forwards (attached message/rfc822) his own interview confirmation at a bank "
           "('mercredi 14 octobre à 11h'). A real job interview at a fixed time, but not Camille's -> "
           "negative.")
def m32():
    inner_body = t("""
        Bonjour Monsieur Morel,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Data Analyst
        Risques le mercredi 14 octobre à 11h, au siège de la Banque Alpine de Crédit
        (12 place Victor Hugo, Grenoble). Présentez-vous à l'accueil.

        Cordialement,
        Coralie Jourdan
        Chargée de recrutement – Banque Alpine de Crédit
        """)
    inner = message([
        ("From", addr("Coralie Jourdan", "coralie.jourdan@banque-alpine-credit.fr")),
        ("To", addr("Julien Morel", "julien.morel@example.net")),
        ("Subject", "Confirmation de votre entretien - Data Analyst Risques"),
        ("Date", date("2026-10-07 10:14", P)),
        ("Message-ID", "<b7c1e3f0.bac.rh.20261007@banque-alpine-credit.fr>"),
    ], text(inner_body))
    body = t("""
        Regarde, c'est calé !! 🎉
        Tu pourras récupérer Léo à la crèche mercredi midi du coup ? Je sais pas à quelle heure je sortirai.

        J.
        """)
    h = hdrs(addr("Julien Morel", "julien.morel@example.net"), "Fwd: Confirmation de votre entretien",
             "2026-10-07 12:30", P, "CAJu1i3nM0r3l-fwd-1007@mail.example.net", relay="mail.example.net")
    return message(h, mixed(text(body, cte="8bit"),
                            attached_message(inner, filename="Confirmation de votre entretien.eml")))


@mail(n(33), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="At her current job, HR invites Camille (Exchange request, Romance Standard Time) to sit on the "
           "panel interviewing a technician candidate 'mercredi 30 septembre 10:00-11:00'. A confirmed "
           "interview, but Camille is the interviewer -> negative.")
def m33():
    body = t("""
        Bonjour Camille,

        Merci d'avoir accepté de faire partie du jury pour le poste de technicien(ne) de
        maintenance équipements (zone implantation). Le candidat retenu pour le 2e tour est
        Yanis Bouchard ; son CV et la grille d'évaluation sont dans le Teams RH > Recrutements.

        Quand : mercredi 30 septembre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : salle Chamrousse, bâtiment 2

        Merci de remplir la grille dans les 24 h suivant l'entretien.

        Amandine Roche
        Chargée RH – Dauphiné Silicium, site de Bernin
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Amandine Roche:mailto:amandine.roche@dauphine-silicium.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:camille.roux@dauphine-silicium.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franck Mollard:mailto:franck.mollard@dauphine-silicium.fr
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E44ADC01000000000000000010000000F0A1
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Technicien(ne) maintenance - Y. Bouchard
DTSTART;TZID=Romance Standard Time:20260930T100000
DTEND;TZID=Romance Standard Time:20260930T110000
DTSTAMP:20260923T133000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Chamrousse - Bât. 2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Amandine Roche", "amandine.roche@dauphine-silicium.fr"),
             "Entretien candidat - Technicien(ne) maintenance - Y. Bouchard", "2026-09-23 15:30", P,
             "PAVP264MB4120B1C2D3E4F5A6B7C8D9E0F1A2B@PAVP264MB4120.FRAP264.PROD.OUTLOOK.COM",
             to=addr("Camille Roux", "camille.roux@dauphine-silicium.fr"),
             relay="mail-pa1fra01on2100.outbound.protection.outlook.com",
             extra=(("Cc", addr("Franck Mollard", "franck.mollard@dauphine-silicium.fr")),
                    ("X-Forwarded-To", ME_ADDR)))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(34), family="softgarden_rejection", lang="fr", interview=False, company="Kessler Vakuumtechnik",
      days=(("Fri", "2026-10-02"),),
      note="softgarden rejection after an interview ('suite à notre entretien du vendredi 2 octobre'); "
           "no upcoming interview -> negative.")
def m34():
    body = t("""
        Bonjour Madame Roux,

        Nous vous remercions de l'intérêt que vous portez à Kessler Vakuumtechnik et du temps
        que vous nous avez consacré lors de notre entretien du vendredi 2 octobre.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre
        candidature, dont le profil correspond plus étroitement aux exigences du poste
        « Ingénieur d'application vide (H/F) – Annecy ».

        Nous conservons volontiers votre dossier dans notre vivier et vous souhaitons plein
        succès dans vos recherches.

        Cordialement,
        Votre équipe Recrutement Kessler Vakuumtechnik

        Cet e-mail a été généré automatiquement via softgarden. Merci de ne pas y répondre.
        """)
    h = hdrs(addr("Kessler Vakuumtechnik GmbH", "noreply@softgarden.io"),
             "Votre candidature : Ingénieur d'application vide (H/F) – Annecy", "2026-10-09 08:02",
             "Europe/Berlin", "sg.0e71c3a2.4411982@softgarden.io", relay="mail.softgarden.io")
    return message(h, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(35), family="offer", lang="fr", interview=False, company="Confluence Microfluidique",
      days=(("Thu", "2026-11-12"), ("Mon", "2026-10-26")),
      note="Job offer after the interviews of 26 October, with a confirmed phone call 'jeudi 12 novembre "
           "à 11h' to discuss the offer. A fixed time, but an offer call, not an interview -> negative.")
def m35():
    body = t("""
        Bonjour Camille,

        Bonne nouvelle : suite à vos entretiens du lundi 26 octobre et à l'échange avec Bastien,
        nous avons le plaisir de vous faire une proposition pour le poste d'Ingénieur·e procédés
        microfabrication (CDI, Lyon 7e). Vous trouverez la lettre d'offre en pièce jointe.

        Comme convenu, je vous appelle jeudi 12 novembre à 11h pour en discuter et répondre à vos
        questions (package, date de démarrage, télétravail).

        À jeudi !
        Léa Fontaine
        Talent Acquisition – Confluence Microfluidique
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Proposition_Camille_Roux.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Proposition_Camille_Roux.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K\n"
                   "ZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    h = hdrs(addr("Léa Fontaine", "lea.fontaine@confluence-mf.fr"),
             "Proposition d'embauche – Confluence Microfluidique", "2026-11-09 17:25", P,
             "CAL3aF0nt41ne-offer-1109@mail.gmail.com", relay="mail-ej1-f45.google.com")
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(n(36), family="application_receipt", lang="en", interview=False, company="Nordlicht Optics",
      note="JOIN application receipt ('we have received your application ... we will get back to you'); "
           "nothing scheduled -> negative.")
def m36():
    body = t("""
        Hi Camille,

        Thank you for applying for the position Process Engineer Optical Coatings (f/m/d) -
        Remote (EU) at Nordlicht Optics GmbH!

        We have received your application and the team will review it carefully. If your
        profile is a match, we will reach out to invite you to a first interview.

        You can track the status of your application at any time:
        https://join.com/candidates/applications/9921835

        Best regards,
        Nordlicht Optics GmbH

        Sent via JOIN - join.com
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;background:#f6f6f6">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px">
        <p>Hi Camille,</p>
        <p>Thank you for applying for the position <b>Process Engineer Optical Coatings (f/m/d) - Remote (EU)</b>
        at Nordlicht Optics GmbH!</p>
        <p>We have received your application and the team will review it carefully. If your profile is a
        match, we will reach out to invite you to a first interview.</p>
        <p><a href="https://join.com/candidates/applications/9921835" style="background:#1e1e1e;color:#fff;padding:10px 16px;text-decoration:none">Track your application</a></p>
        <p>Best regards,<br>Nordlicht Optics GmbH</p>
        <p style="font-size:11px;color:#999">Sent via JOIN</p>
        </div></body></html>
        """)
    h = hdrs(addr("Nordlicht Optics GmbH via JOIN", "no-reply@join.com"),
             "Your application to Nordlicht Optics GmbH", "2026-09-10 10:41", "Europe/Berlin",
             "join.app.9921835.1a2b3c@join.com", relay="mail.join.com")
    return message(h, alt(text(body, cte="7bit"), html(page)))


@mail(n(37), family="job_alert", lang="fr", interview=False, company=None,
      note="Job board alert listing new offers (Grenoble, Crolles, Lyon); no interview -> negative.")
def m37():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2 style="color:#0a6b5a">8 nouvelles offres pour « ingénieur procédés semi-conducteurs »</h2>
        <p>Bonjour Camille, voici les offres publiées depuis votre dernière alerte :</p>
        <ul>
        <li><a href="https://alpes-talents.fr/o/118821">Ingénieur procédés implantation H/F</a> – Crolles (38) – CDI – il y a 2 jours</li>
        <li><a href="https://alpes-talents.fr/o/118790">Ingénieur(e) intégration procédés</a> – Grenoble (38) – CDI – Entretien rapide possible</li>
        <li><a href="https://alpes-talents.fr/o/118744">Process engineer CMP (EN)</a> – Genève (CH) – CDI</li>
        <li><a href="https://alpes-talents.fr/o/118702">Ingénieur méthodes salle blanche</a> – Lyon (69) – CDD 18 mois</li>
        <li><a href="https://alpes-talents.fr/o/118699">Responsable module dépôt</a> – Bernin (38) – CDI</li>
        <li><a href="https://alpes-talents.fr/o/118655">Ingénieur fiabilité composants</a> – Chambéry (73) – CDI</li>
        <li><a href="https://alpes-talents.fr/o/118640">Ingénieur R&amp;D couches minces</a> – Annecy (74) – CDI</li>
        <li><a href="https://alpes-talents.fr/o/118611">Ingénieur procédés – Full remote</a> – Télétravail – Freelance</li>
        </ul>
        <p><a href="https://alpes-talents.fr/alertes">Gérer mes alertes</a> · <a href="https://alpes-talents.fr/unsub?a=5521">Se désabonner</a></p>
        </body></html>
        """)
    h = hdrs(addr("Alpes Talents", "alertes@alpes-talents.fr"),
             "8 nouvelles offres : ingénieur procédés semi-conducteurs", "2026-10-05 07:00", P,
             "alert.5521.20261005@alpes-talents.fr", relay="mta3.alpes-talents.fr",
             extra=(("List-Unsubscribe", "<https://alpes-talents.fr/unsub?a=5521>"),
                    ("Precedence", "bulk")))
    return message(h, html(page))


@mail(n(38), family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Careers newsletter / blog post on technical interviews ('7 questions qu'on vous posera en "
           "entretien'), with a webinar 'jeudi 15 octobre à 12h30'. No interview for Camille -> negative.")
def m38():
    body = t("""
        CARRIÈRES INDUSTRIE – la lettre du mardi

        ▶ Entretien technique : les 7 questions qu'on vous posera (et comment y répondre)

        « Racontez-moi un problème de rendement que vous avez résolu. » Cette question tombe dans
        neuf entretiens sur dix pour un poste d'ingénieur procédés. Notre conseil : préparez un
        exemple chiffré, avec la méthode (8D, plan d'expériences), le résultat et ce que vous
        referiez autrement…

        Lire l'article : https://carrieres-industrie.fr/blog/entretien-technique-7-questions

        ▶ Webinaire gratuit – jeudi 15 octobre à 12h30
        « Négocier son salaire après l'entretien final », avec une DRH de l'industrie.
        Inscription : https://carrieres-industrie.fr/webinaires

        ▶ Le chiffre : 3,4 entretiens en moyenne avant une offre dans la microélectronique.

        Vous recevez cette lettre car vous êtes inscrite sur carrieres-industrie.fr.
        Se désinscrire : https://carrieres-industrie.fr/desinscription
        """)
    page = ("<html><body style=\"font-family:Georgia,serif\">"
            + "".join(f"<p>{line}</p>" for line in body.split("\n") if line.strip())
            + "</body></html>\n")
    h = hdrs(addr("Carrières Industrie", "lettre@carrieres-industrie.fr"),
             "Entretien technique : les 7 questions qu'on vous posera", "2026-10-06 08:00", P,
             "nl.2026-10-06.carrieres-industrie@sendinblue.com", relay="smtp-relay.sendinblue.com",
             extra=(("List-Unsubscribe", "<https://carrieres-industrie.fr/desinscription>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@mail(n(39), family="ashby_selfschedule", lang="en", interview=False, company="Thameside Photonics",
      note="Ashby self-scheduling request: 'please choose a time that works for you' with a link and "
           "availability 'next week'; no time is fixed yet -> negative. The confirmation follows in the "
           "thread (a positive).")
def m39():
    body = t("""
        Hi Camille,

        Great news - the team would like to move forward with a 45-minute interview with
        Owen Gallagher, our Head of Process Engineering.

        Please choose a time that works for you using the link below. Slots are shown in your
        local time zone and are available from Tuesday next week onwards.

        Pick a time: https://jobs.ashbyhq.com/thameside-photonics/interviews/schedule/7d3a4f6e

        If none of the times work, just reply to this email and I'll find something else.

        Thanks,
        Priya Shah
        Talent Partner, Thameside Photonics
        """)
    h = hdrs(addr("Thameside Photonics", "no-reply@ashbyhq.com"),
             "Schedule your interview with Thameside Photonics", "2026-10-20 15:30", "Europe/London",
             "010001930a1c7b52-7d3a4f6e-0000-4a1b-9c2d-000000@email.amazonses.com",
             relay="mail.ashbyhq.com",
             extra=(("Reply-To", addr("Priya Shah", "priya.shah@thamesidephotonics.co.uk")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="meetup", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Meetup registration confirmation: 'Grenoble Semiconductor Meetup #14, jeudi 1er octobre, "
           "18h30', with a talk mentioning recruitment interviews. Confirmed time, not an interview -> "
           "negative.")
def m40():
    body = t("""
        Vous êtes inscrite ! ✅

        Grenoble Semiconductor Meetup #14
        « Du labo à la fab : recruter et se faire recruter en microélectronique »
        jeudi 1er octobre · 18h30 – 21h00
        Maison de la Micro, 17 rue des Martyrs, Grenoble

        Au programme :
        18h30 accueil
        19h00 table ronde avec trois responsables recrutement : ce qu'on regarde vraiment en entretien
        20h00 pizzas & networking

        Ajoutez l'événement à votre agenda : https://meetup-grenoble-semi.fr/evenements/14.ics

        À jeudi,
        L'équipe du meetup
        """)
    h = hdrs(addr("Grenoble Semiconductor Meetup", "noreply@meetup-grenoble-semi.fr"),
             "Inscription confirmée : Grenoble Semiconductor Meetup #14", "2026-09-24 12:03", P,
             "evt14.reg.88201@meetup-grenoble-semi.fr", relay="mail.meetup-grenoble-semi.fr")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="auto_reply", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Out-of-office auto-reply from the Chartreuse Optique recruiter to Camille's thank-you after "
           "the 5 October interview (quoted subject mentions the interview); back 'lundi 12 octobre'. "
           "Nothing scheduled -> negative.")
def m41():
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 12 octobre inclus, avec un accès limité à ma
        messagerie. Pour toute urgence concernant un recrutement, merci de contacter
        rh@chartreuse-optique.fr.

        Cordialement,
        Sandrine Bouvier
        """)
    h = hdrs(addr("Sandrine Bouvier", "s.bouvier@chartreuse-optique.fr"),
             "Réponse automatique : Merci pour l'entretien de lundi", "2026-10-06 19:02", P,
             "AM9P191MB1620OOF0A1B2C3D4E5F6A7B8@AM9P191MB1620.EURP191.PROD.OUTLOOK.COM",
             relay="mail-db8eur05on2044.outbound.protection.outlook.com",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAHx7r0uThanks1006@mail.example.org>")))
    return message(h, text(body, charset="iso-8859-1"))


@mail(n(42), family="bounce", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Mail delivery failure (multipart/report) for Camille's thank-you after the Lémanix interview; "
           "the returned message mentions 'l'entretien de cet après-midi (jeudi 10 septembre, 14h)'. A "
           "bounce of the candidate's own past-tense mail -> negative.")
def m42():
    orig_body = t("""
        Bonjour Sophie,

        Merci encore pour l'entretien de cet après-midi (jeudi 10 septembre, 14h) et pour la visite
        de la salle blanche. Je vous joins comme convenu mes supports sur le procédé ALD.

        Bien cordialement,
        Camille Roux
        """)
    orig = message([
        ("From", ME),
        ("To", "sophie.burnier@lemanix-photonic.ch"),
        ("Subject", "Merci pour l'entretien"),
        ("Date", date("2026-09-10 18:31", P)),
        ("Message-ID", "<CAM1llE-0910-1831@mail.example.org>"),
    ], text(orig_body))
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <sophie.burnier@lemanix-photonic.ch>: Host or domain name not found. Name service
            error for name=lemanix-photonic.ch type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4gK7Zt0xQ2z9sV
        Arrival-Date: Thu, 10 Sep 2026 18:31:02 +0200 (CEST)

        Final-Recipient: rfc822; sophie.burnier@lemanix-photonic.ch
        Original-Recipient: rfc822;sophie.burnier@lemanix-photonic.ch
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=lemanix-photonic.ch type=MX: Host not found
        """)
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    h = hdrs("MAILER-DAEMON@mail.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
             "2026-09-10 18:31", P, "20260910163103.4gK7Zt0xQ2z9sV@mail.example.org",
             relay="mail.example.org", extra=(("Auto-Submitted", "auto-replied"),))
    return message(h, report)


@mail(n(43), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Professional mailing-list post announcing a technical day on vacuum-pump maintenance "
           "('entretien des pompes', 'jeudi 5 novembre, 9h'). 'Entretien' = maintenance; a list post -> "
           "negative.")
def m43():
    body = t("""
        Bonjour à tous,

        Petit rappel : la journée technique du club « Entretien des pompes à vide et des
        lignes d'échappement » aura lieu jeudi 5 novembre, 9h-17h, à l'IUT de Saint-Martin-d'Hères
        (amphi B). Inscription gratuite pour les adhérents, 40 € pour les autres.

        Au menu : retours d'expérience sur l'entretien préventif des pompes sèches en
        environnement CVD, colmatage des lignes TEOS, et un atelier démontage.

        Bonne semaine,
        Gilles Faure
        Animateur du club Vide Alpes

        _______________________________________________
        vide-alpes mailing list
        vide-alpes@lists.vide-alpes.org
        https://lists.vide-alpes.org/mailman/listinfo/vide-alpes
        """)
    h = hdrs(addr("Gilles Faure", "gilles.faure@example.com"),
             "[vide-alpes] Rappel : journée entretien des pompes jeudi 5/11", "2026-10-26 09:14", P,
             "5f7a0c1e-2b3d-4e5f-8a9b-videalpes@example.com", relay="lists.vide-alpes.org",
             to="vide-alpes@lists.vide-alpes.org",
             extra=(("Sender", "vide-alpes <vide-alpes-bounces@lists.vide-alpes.org>"),
                    ("List-Id", "Club Vide Alpes <vide-alpes.lists.vide-alpes.org>"),
                    ("List-Post", "<mailto:vide-alpes@lists.vide-alpes.org>"),
                    ("List-Unsubscribe", "<https://lists.vide-alpes.org/mailman/options/vide-alpes>"),
                    ("Precedence", "list")))
    return message(h, text(body, charset="iso-8859-15", cte="8bit"))


@mail(n(44), family="medical", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Medical booking platform confirms an ophthalmologist appointment 'lundi 2 novembre 2026 à "
           "8h45'. Fixed time, not an interview -> negative.")
def m44():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a2b49">
        <div style="background:#107aca;color:#fff;padding:12px;font-size:18px">MonRDV Santé</div>
        <p>Bonjour Camille ROUX,</p>
        <p>Votre rendez-vous est confirmé.</p>
        <p style="font-size:16px"><b>lundi 2 novembre 2026 à 08:45</b></p>
        <p>Dr Hélène Garcin – Ophtalmologue<br>Centre médical Vercors, 6 avenue Alsace-Lorraine, 38000 Grenoble</p>
        <p>Motif&nbsp;: Consultation de suivi<br>Pensez à apporter votre carte Vitale et vos lunettes actuelles.</p>
        <p><a href="https://monrdv-sante.fr/rdv/77120449/annuler">Annuler ou déplacer le rendez-vous</a></p>
        <p style="font-size:11px;color:#888">En cas d'empêchement, merci d'annuler au moins 24h à l'avance.</p>
        </body></html>
        """)
    h = hdrs(addr("MonRDV Santé", "no-reply@monrdv-sante.fr"),
             "Rendez-vous confirmé : Dr Hélène Garcin, lundi 2 novembre à 08:45", "2026-10-28 21:17", P,
             "rdv.77120449.confirm@monrdv-sante.fr", relay="mail.monrdv-sante.fr")
    return message(h, html(page, cte="base64"))


@mail(n(45), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Estate agent confirms a flat viewing in Lyon 7e 'samedi 14 novembre à 11h' and asks for the "
           "tenant file (dossier). Fixed time, not an interview -> negative.")
def m45():
    body = t("""
        Bonjour Madame Roux,

        Je vous confirme la visite du T3 rue de Marseille (Lyon 7e, 68 m², 1 150 € CC) samedi
        14 novembre à 11h. Rendez-vous devant l'immeuble, au 42.

        Pour que votre candidature soit étudiée rapidement, pensez à préparer votre dossier
        (3 derniers bulletins de salaire ou promesse d'embauche, avis d'imposition, pièce
        d'identité). Il y a beaucoup de demandes sur ce bien.

        Cordialement,
        Mathieu Lenoir
        Immo Rhône Confluence – 04 78 00 00 00
        """)
    h = hdrs(addr("Mathieu Lenoir", "m.lenoir@immo-rhone-confluence.fr"), "Visite T3 rue de Marseille",
             "2026-11-10 12:48", P, "IRC.20261110.1148.m.lenoir@immo-rhone-confluence.fr",
             relay="smtp.immo-rhone-confluence.fr")
    return message(h, text(body, charset="windows-1252"))


@mail(n(46), family="school_meeting", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Primary school (via its online portal) confirms a parent-teacher meeting slot 'mardi 17 "
           "novembre, 16h45' ('rendez-vous individuel'). Fixed time, not an interview -> negative.")
def m46():
    body = t("""
        Madame Roux,

        Suite à votre demande, je vous confirme notre rendez-vous individuel au sujet d'Inès
        (CE2) le mardi 17 novembre, à 16h45, dans la classe (bâtiment B, 1er étage).

        Ce sera l'occasion de faire le point sur le premier trimestre et sur le projet de classe
        de découverte.

        Bien à vous,
        M. Castel, enseignant de CE2
        École élémentaire Jean Jaurès – Grenoble

        --
        Message envoyé depuis l'ENT Éduc'Alpes. Ne répondez pas directement à ce mail, utilisez
        la messagerie de l'ENT.
        """)
    h = hdrs(addr("ENT Éduc'Alpes", "ne-pas-repondre@ent-educalpes.fr"),
             "Nouveau message de M. Castel : rendez-vous parents", "2026-11-12 19:05", P,
             "ent.msg.2026111218050.castel@ent-educalpes.fr", relay="smtp.ent-educalpes.fr")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Bank confirms a meeting with Camille's advisor 'vendredi 4 décembre à 12h15' ('entretien "
           "bilan', by phone). Fixed time and called 'entretien', not a job interview -> negative.")
def m47():
    body = t("""
        Bonjour Madame ROUX,

        Votre rendez-vous avec votre conseillère, Mme Sophie Tardy, est confirmé :

        Objet : entretien bilan - projet immobilier
        Date : vendredi 4 décembre à 12h15
        Modalité : par téléphone (votre conseillère vous appellera au numéro enregistré)

        Pour préparer cet échange, pensez à déposer vos justificatifs de revenus dans votre
        espace client, rubrique « Mes documents ».

        Crédit Savoyard - Agence Grenoble Championnet
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    h = hdrs(addr("Crédit Savoyard", "rendezvous@notifications.credit-savoyard.fr"),
             "Confirmation de votre rendez-vous du 04/12", "2026-11-30 08:30", P,
             "cs.rdv.1130.449182@notifications.credit-savoyard.fr", relay="mx-out.credit-savoyard.fr")
    return message(h, text(body, charset="iso-8859-15"))


@mail(n(48), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Current-employer Exchange invite for a team meeting and leaving drinks ('jeudi 22 octobre "
           "17:30-19:00', Romance Standard Time). Fixed time, not an interview -> negative.")
def m48():
    body = t("""
        Salut l'équipe,

        Franck nous quitte fin octobre pour la Bretagne : on fait un point équipe express
        (planning des arrêts techniques de novembre) suivi de son pot de départ.

        Quand : jeudi 22 octobre 2026 17:30-19:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : cafétéria bâtiment 2

        Cagnotte pour le cadeau chez Amandine.

        Stéphane
        Responsable module Dépôt – Dauphiné Silicium
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Stéphane Vidal:mailto:stephane.vidal@dauphine-silicium.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipe Depot:mailto:equipe.depot@dauphine-silicium.fr
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A74ADC01000000000000000010000000AB12
SUMMARY;LANGUAGE=fr-FR:Point équipe + pot de départ de Franck
DTSTART;TZID=Romance Standard Time:20261022T173000
DTEND;TZID=Romance Standard Time:20261022T190000
DTSTAMP:20261015T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cafétéria bât. 2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Stéphane Vidal", "stephane.vidal@dauphine-silicium.fr"),
             "Point équipe + pot de départ de Franck", "2026-10-15 14:00", P,
             "PAVP264MB4120D5E6F7A8B9C0D1E2F3A4B5C6D@PAVP264MB4120.FRAP264.PROD.OUTLOOK.COM",
             to=addr("Equipe Depot", "equipe.depot@dauphine-silicium.fr"),
             relay="mail-pa1fra01on2100.outbound.protection.outlook.com",
             extra=(("X-Forwarded-To", ME_ADDR),))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(49), family="vet_reschedule", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-12-09"), ("Tue", "2026-12-08")),
      note="Vet clinic moves the cat's appointment from 'mardi 8 décembre 18h' to 'mercredi 9 décembre à "
           "18h30'. A reschedule with old and new times, but not an interview -> negative.")
def m49():
    body = t("""
        Bonjour,

        Le rendez-vous de FILOU (chat, vaccin annuel + rappel typhus) est déplacé :

        Nouveau rendez-vous : mercredi 9 décembre à 18h30 avec le Dr Bérard
        (au lieu de mardi 8 décembre à 18h00)

        En cas d'impossibilité, merci de nous appeler au 04 76 00 00 00.

        Clinique vétérinaire du Vercors - Seyssinet-Pariset
        """)
    h = hdrs(addr("Clinique vétérinaire du Vercors", "rappels@clinique-veto-vercors.fr"),
             "FILOU : votre rendez-vous a été déplacé", "2026-12-03 11:26", P,
             "vetup.rdv.33018.moved@clinique-veto-vercors.fr", relay="smtp.vetup-mail.fr")
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(50), family="recruiter_followup", lang="en", interview=False, company="Baltera Semiconductor",
      days=(("Mon", "2027-01-11"),),
      note="Recruiter says final rounds are paused and she will 'circle back after the holidays', "
           "probably the week of 11 January; nothing scheduled -> negative.")
def m50():
    body = t("""
        Hi Camille,

        Quick update from my side: hiring for the Lithography team is on pause until the new
        year, as most of the panel is out from next week. You are still very much in the
        process - the team liked your technical interview a lot.

        I'll circle back after the holidays, probably the week of 11 January, to set up the
        final round (onsite in Dresden, ideally). Until then, enjoy the break!

        Best,
        Katrin

        Katrin Vogt
        Senior Recruiter | Baltera Semiconductor GmbH
        katrin.vogt@baltera-semi.de
        """)
    h = hdrs(addr("Katrin Vogt", "katrin.vogt@baltera-semi.de"), "Next steps - after the holidays",
             "2026-12-14 16:22", "Europe/Berlin",
             "FR2P281MB2733A1B2C3D4E5F60718293A4B5C6@FR2P281MB2733.DEUP281.PROD.OUTLOOK.COM",
             relay="mail-fr2deu01on2109.outbound.protection.outlook.com")
    return message(h, alt(text(body), html(gmail_html(body))))
