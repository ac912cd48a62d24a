"""Blind held-out set blind351: a realistic 50-mail inbox (Mathis Leroux, supply-chain planner, Tours).

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing and the
checks. Written on 2026-11-28 by a helper session that did not read the detector, its tests, its
fixtures or the other held-out mails. Keys 1-23 are positives, 24-50 negatives; the file number of
key k is ORDER[k - 1].
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
)

SET = "blind351"
ORDER = random.Random(3510351).sample(range(1, 51), 50)

ME = "mathis.leroux@example.com"
ME2 = "mathis.leroux@example.org"
ME_NAME = "Mathis Leroux"
PA, ZH, TO, LDN, NY = "Europe/Paris", "Europe/Zurich", "America/Toronto", "Europe/London", "America/New_York"


def n(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *extra: tuple[str, str],
        to: str | None = None, rcv: str | None = None, rcv_to: str = ME) -> list[tuple[str, str]]:
    """Headers in the order a mailbox shows them: Received, From, To, Subject, Date, Message-ID, extras."""
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", received(rcv, when, zone, "mx1.example.com with ESMTPS id " + mid[:10].strip("<"),
                                        rcv_to)))
    hs.append(("From", frm))
    hs.append(("To", to or addr(ME_NAME, ME)))
    hs.append(("Subject", enc(subject)))
    hs.append(("Date", date(when, zone)))
    hs.append(("Message-ID", mid))
    hs.extend(extra)
    return hs


def p2html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain body as the simple paragraph HTML most senders attach to it."""
    import html as _h

    paras = body.strip("\n").split("\n\n")
    inner = "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="fr", interview=True, kind="scheduled", company="Boréalis Distribution",
      start="2026-09-15T14:00:00Z", end="2026-09-15T14:45:00Z", contact="sophie.gagnon@borealisdistribution.ca",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=TO,
      note="Greenhouse (Québec French), 'mardi 15 septembre, 10 h 00 à 10 h 45 (heure de l'Est)' = EDT "
           "(UTC-4); Paris time 16 h given too; contact = Reply-To recruiter")
def k01():
    body = t("""
        Bonjour Mathis,

        Merci d'avoir pris le temps de choisir une plage horaire. Votre entrevue est confirmée :

        Poste : Planificateur(trice) principal(e), chaîne d'approvisionnement
        Date : mardi 15 septembre 2026
        Heure : 10 h 00 à 10 h 45 (heure de l'Est, Montréal)
                soit 16 h 00 à 16 h 45, heure de Paris
        Format : vidéoconférence Microsoft Teams (le lien vous sera transmis la veille)

        Vous rencontrerez :
          Sophie Gagnon, conseillère principale en acquisition de talents

        Si vous devez modifier ce rendez-vous, il suffit de répondre à ce courriel.

        Au plaisir,
        L'équipe Talents de Boréalis Distribution

        --
        Ce message a été envoyé par Greenhouse pour le compte de Boréalis Distribution.
        Politique de confidentialité : https://www.borealisdistribution.ca/confidentialite
        """)
    hs = hdr(addr("Boréalis Distribution", "no-reply@greenhouse.io"),
             "Confirmation d'entrevue – Boréalis Distribution", "2026-09-08 14:12", TO,
             "<0100019b3c2e71f4-6a2e1f55-3d1c-4b8e-9b7a-51e0c3a9d2f1-000000@email.amazonses.com>",
             ("Reply-To", addr("Sophie Gagnon", "sophie.gagnon@borealisdistribution.ca")),
             rcv="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(2), family="workday", lang="fr", interview=True, kind="scheduled", company="Loirexpress Logistique",
      start="2026-09-22T12:00:00Z", end="2026-09-22T13:00:00Z", contact="camille.roussel@loirexpress.fr",
      local="Tue 2026-09-22 14:00", local_end="2026-09-22 15:00", zone=PA,
      note="Workday HTML-only invitation, 'mardi 22 septembre 2026 à 14h00, durée : 1 heure' in Paris (CEST); "
           "sender is the tenant address, contact = the recruiter address in the body")
def k02():
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:13px">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
        <tr><td style="background:#0b3d6b;color:#fff;padding:12px;font-size:16px">Loirexpress Logistique &ndash; Recrutement</td></tr>
        <tr><td style="padding:16px">
        <p>Bonjour Mathis Leroux,</p>
        <p>Suite &agrave; l'&eacute;tude de votre candidature au poste de <b>Planificateur Supply Chain H/F (R-10482)</b>,
        nous avons le plaisir de vous convier &agrave; un entretien.</p>
        <p><b>Date :</b> mardi 22 septembre 2026<br>
        <b>Heure :</b> 14h00 (heure de Paris)<br>
        <b>Dur&eacute;e :</b> 1 heure<br>
        <b>Lieu :</b> Loirexpress Logistique, 14 rue des Docks, 37700 Saint-Pierre-des-Corps &ndash; accueil b&acirc;timent B</p>
        <p>Vous serez re&ccedil;u(e) par Camille Roussel (Charg&eacute;e de recrutement) et Julien Ferrand (Responsable Planification).</p>
        <p>Merci de vous munir d'une pi&egrave;ce d'identit&eacute;. Pour toute question, vous pouvez &eacute;crire &agrave;
        <a href="mailto:camille.roussel@loirexpress.fr">camille.roussel@loirexpress.fr</a>.</p>
        <p>Cordialement,<br>L'&eacute;quipe Recrutement Loirexpress</p>
        </td></tr>
        <tr><td style="padding:10px;font-size:11px;color:#888">Ce message a &eacute;t&eacute; g&eacute;n&eacute;r&eacute; automatiquement, merci de ne pas y r&eacute;pondre.
        Acc&eacute;der &agrave; votre espace candidat : https://loirexpress.wd3.myworkdayjobs.com/fr-FR/Careers</td></tr>
        </table>
        </body></html>
        """)
    hs = hdr(addr("Loirexpress Logistique", "loirexpress@myworkday.com"),
             "Invitation à un entretien - Planificateur Supply Chain H/F (R-10482)", "2026-09-15 09:41", PA,
             "<1872366291.84120.1789458060112@wd3-prod-mailer-7.myworkday.com>",
             rcv="from wd3-smtp-2.myworkday.com (wd3-smtp-2.myworkday.com [198.51.100.61])")
    return message(hs, html(body))


@mail(n(3), family="teamtailor", lang="fr", interview=True, kind="scheduled", company="Maison Castaing",
      start="2026-09-30T09:00:00Z", end="2026-09-30T10:00:00Z", contact="aurelie.vasseur@maisoncastaing.fr",
      local="Wed 2026-09-30 11:00", local_end="2026-09-30 12:00", zone=PA,
      note="Teamtailor confirmation with invite.ics (TZID Europe/Paris), 11:00-12:00 CEST; contact = Reply-To and "
           "ICS ORGANIZER")
def k03():
    body = t("""
        Bonjour Mathis,

        C'est confirmé ! Voici le récapitulatif de votre entretien pour le poste de Responsable Approvisionnements (Orléans) :

        📅 Mercredi 30 septembre 2026
        🕚 11:00 - 12:00 (Europe/Paris)
        📍 Maison Castaing – 3 allée des Tanneurs, 45000 Orléans

        Vous rencontrerez Aurélie Vasseur, Talent Acquisition, et Bruno Lhomme, Directeur des Opérations.

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.

        À très vite,
        Aurélie

        Maison Castaing · Cosmétiques depuis 1921
        Propulsé par Teamtailor · Gérer mes données : https://maisoncastaing.teamtailor.com/connect
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        METHOD:REQUEST
        {VTZ["Europe/Paris"]}
        BEGIN:VEVENT
        UID:tt-interview-5581204@teamtailor.com
        DTSTAMP:20260923T140500Z
        DTSTART;TZID=Europe/Paris:20260930T110000
        DTEND;TZID=Europe/Paris:20260930T120000
        SUMMARY:Entretien Maison Castaing - Mathis Leroux
        LOCATION:Maison Castaing\\, 3 allée des Tanneurs\\, 45000 Orléans
        ORGANIZER;CN=Aurélie Vasseur:mailto:aurelie.vasseur@maisoncastaing.fr
        ATTENDEE;CN=Mathis Leroux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathis.leroux@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Maison Castaing", "no-reply@teamtailor-mail.com"),
             "Votre entretien chez Maison Castaing est confirmé", "2026-09-23 16:05", PA,
             "<64f1c2a9e0b3d_1f2a3b4c5d6e@teamtailor-mail.com>",
             ("Reply-To", addr("Aurélie Vasseur", "aurelie.vasseur@maisoncastaing.fr")),
             rcv="from mail-a12.teamtailor-mail.com (mail-a12.teamtailor-mail.com [203.0.113.12])")
    return message(hs, mixed(alt(text(body), html(p2html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(4), family="smartrecruiters", lang="fr", interview=True, kind="scheduled", company="Pharmacentre",
      start="2026-10-06T08:30:00Z", end=None, contact="thomas.berthier@pharmacentre.fr",
      local="Tue 2026-10-06 10:30", zone=PA,
      note="SmartRecruiters plain text (base64): 'mardi 6 octobre à 10h30', 'environ 45 minutes' so end null; "
           "contact = Reply-To hiring manager")
def k04():
    body = t("""
        Bonjour Mathis,

        Nous vous remercions pour l'intérêt que vous portez à Pharmacentre.

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Demand Planner (CDI) - Chartres :

        Date et heure : mardi 6 octobre 2026 à 10h30
        Lieu : Pharmacentre, 22 avenue Jean Mermoz, 28000 Chartres (parking visiteurs à gauche de l'entrée)
        Durée : environ 45 minutes
        Interlocuteur : Thomas Berthier, Responsable Supply Chain

        En cas d'empêchement, merci de prévenir Thomas directement en répondant à ce message.

        Bien cordialement,

        Service Recrutement Pharmacentre

        Cet e-mail vous a été envoyé via SmartRecruiters. Pour ne plus recevoir de communications de Pharmacentre,
        rendez-vous dans vos préférences candidat.
        """)
    hs = hdr(addr("Pharmacentre", "noreply@smartrecruiters.com"),
             "Confirmation de votre entretien - Demand Planner (CDI) - Chartres", "2026-09-28 10:20", PA,
             "<sr.7c1d0f9e.4a62.4f0b.8c2e.1b9f3e6d2a70@smartrecruiters.com>",
             ("Reply-To", addr("Thomas Berthier", "thomas.berthier@pharmacentre.fr")),
             rcv="from mta-14.smartrecruiters.com (mta-14.smartrecruiters.com [198.51.100.140])")
    return message(hs, text(body, cte="base64"))


@mail(n(5), family="lever", lang="fr", interview=True, kind="scheduled", company="Atlantique Frais",
      start="2026-10-14T13:00:00Z", end="2026-10-14T14:00:00Z", contact="nolwenn.legall@atlantiquefrais.fr",
      local="Wed 2026-10-14 15:00", local_end="2026-10-14 16:00", zone=PA,
      note="Lever confirmation with inline text/calendar (UTC times), 15:00-16:00 Paris CEST; contact = Reply-To")
def k05():
    body = t("""
        Bonjour Mathis,

        Votre entretien avec Atlantique Frais est programmé.

        Poste : Planificateur flux / S&OP - Nantes (Rezé)
        Quand : mercredi 14 octobre 2026, 15:00 - 16:00 (heure de Paris)
        Où : sur site, 8 boulevard du Général de Gaulle, 44400 Rezé
        Avec : Nolwenn Le Gall (Talent Acquisition), Yann Guillou (Responsable Supply Chain)

        Une invitation d'agenda est jointe à ce message.

        Pour toute question ou si cet horaire ne vous convient plus, répondez simplement à cet e-mail.

        Bonne journée,
        Nolwenn Le Gall
        Atlantique Frais
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-interview-3f0b71a2-99c4-4d61-a3e8-0b5c6e2d4a18
        DTSTAMP:20261007T090200Z
        DTSTART:20261014T130000Z
        DTEND:20261014T140000Z
        SEQUENCE:0
        SUMMARY:Entretien - Planificateur flux / S&OP - Atlantique Frais
        LOCATION:8 boulevard du Général de Gaulle\\, 44400 Rezé
        ORGANIZER;CN=Nolwenn Le Gall:mailto:nolwenn.legall@atlantiquefrais.fr
        ATTENDEE;CN=Mathis Leroux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathis.leroux@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Atlantique Frais", "no-reply@hire.lever.co"),
             "Entretien confirmé : Atlantique Frais - Planificateur flux / S&OP", "2026-10-07 11:02", PA,
             "<20261007090200.1.9a7e3c0b2d4f6a81@hire.lever.co>",
             ("Reply-To", addr("Nolwenn Le Gall", "nolwenn.legall@atlantiquefrais.fr")),
             rcv="from mail-sor-f69.lever.co (mail-sor-f69.lever.co [198.51.100.69])")
    return message(hs, alt(text(body), html(p2html(body)), calendar(ics, method="REQUEST", cte="quoted-printable")))


@mail(n(6), family="human_prose", lang="fr", interview=True, kind="scheduled", company="Loirexpress Logistique",
      start="2026-10-08T07:00:00Z", end=None, contact="julien.ferrand@loirexpress.fr",
      local="Thu 2026-10-08 09:00", zone=PA,
      note="Hiring manager writes in 'tu' (second round at the depot): 'jeudi 8 octobre à 9h', Paris CEST; "
           "'prévois la matinée' is no exact length so end null")
def k06():
    body = t("""
        Salut Mathis,

        Comme promis au téléphone tout à l'heure, je te confirme le deuxième entretien : jeudi 8 octobre à 9h, au dépôt de Saint-Pierre-des-Corps (même adresse que la dernière fois, mais cette fois-ci c'est l'entrée côté quai, bâtiment C).

        On commencera par une visite de l'entrepôt avec Sandrine (chef d'équipe réception), puis on fera un cas pratique sur le PDP avec moi et Karim du contrôle de gestion. Prévois la matinée, et des chaussures fermées pour la visite :)

        Si jamais tu as un souci d'ici là, appelle-moi directement au 06 71 42 88 19.

        A jeudi !
        Julien

        --
        Julien Ferrand
        Responsable Planification
        Loirexpress Logistique – 14 rue des Docks – 37700 Saint-Pierre-des-Corps
        """)
    hs = hdr(addr("Julien Ferrand", "julien.ferrand@loirexpress.fr"),
             "2ème entretien jeudi", "2026-10-01 18:47", PA,
             "<PR3P192MB0714D2E0A6C94F3B1E8A2C51D9A42@PR3P192MB0714.EURP192.PROD.OUTLOOK.COM>",
             ("Cc", addr("Camille Roussel", "camille.roussel@loirexpress.fr")),
             ("Content-Language", "fr-FR"),
             rcv="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2119.outbound.protection.outlook.com [203.0.113.119])")
    return message(hs, alt(text(body), html(p2html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(n(7), family="personio", lang="fr", interview=True, kind="scheduled", company="Fret Léman SA",
      start="2026-10-22T07:30:00Z", end="2026-10-22T08:15:00Z", contact="valerie.chappuis@fretleman.ch",
      local="Thu 2026-10-22 09:30", local_end="2026-10-22 10:15", zone=ZH,
      note="Personio invitation in Swiss French, 'jeudi 22 octobre 2026, 09h30 – 10h15' Lausanne time (CEST, "
           "before the 25 October change); contact = Reply-To recruiter")
def k07():
    body = t("""
        Bonjour Monsieur Leroux,

        Nous vous remercions pour votre candidature au poste de Supply Chain Planner (80-100 %) et avons le plaisir de vous inviter à un premier entretien.

        Date : jeudi 22 octobre 2026
        Heure : 09h30 – 10h15 (heure de Lausanne)
        Lieu : entretien vidéo – Google Meet : https://meet.google.com/qra-vbnx-ted
        Participants : Valérie Chappuis (Ressources humaines), Nicolas Rochat (Head of Logistics Planning)

        Nous vous saurions gré de nous confirmer votre présence en répondant à ce courriel.

        Avec nos meilleures salutations

        Valérie Chappuis
        Spécialiste RH
        Fret Léman SA | Chemin du Closel 5 | 1020 Renens VD | +41 21 634 72 90

        ---
        Vous recevez ce message car vous avez postulé via le portail carrière de Fret Léman SA (Personio).
        """)
    hs = hdr(addr("Fret Léman SA", "noreply@mail.personio.de"),
             "Invitation à un entretien – Supply Chain Planner (80-100 %)", "2026-10-15 08:30", ZH,
             "<5f0e2d1c.personio.7741.recruiting@mail.personio.de>",
             ("Reply-To", addr("Valérie Chappuis", "valerie.chappuis@fretleman.ch")),
             rcv="from mail.personio.de (mail.personio.de [198.51.100.201])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(8), family="outlook_calendar", lang="en", interview=True, kind="scheduled", company="Brennwald Pharma AG",
      start="2026-10-27T13:00:00Z", end="2026-10-27T14:00:00Z", contact="katrin.vogt@brennwald-pharma.ch",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=ZH,
      note="Exchange meeting request TZID 'W. Europe Standard Time', sent 21 Oct in CEST for Tue 27 Oct, after the "
           "25 October change: 14:00 CET = 13:00Z; organizer = recruiter")
def k08():
    body = t("""
        Dear Mathis,

        Thank you for completing the online assessment. As discussed, please find below the invitation for your interview with our Basel supply planning team (Senior Supply Planner, ref. BP-2026-318). We will meet on Microsoft Teams.

        Kind regards,
        Katrin Vogt
        Talent Acquisition Partner | Brennwald Pharma AG | Klybeckstrasse 141, 4057 Basel

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk2ZWMtYjQ0Ni00>
        Meeting ID: 381 552 907 114
        Passcode: 7hQk2c
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________

        This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.
        """)
    htmlbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Dear Mathis,</p>
        <p>Thank you for completing the online assessment. As discussed, please find below the invitation for your interview with our Basel supply planning team (Senior Supply Planner, ref. BP-2026-318). We will meet on Microsoft Teams.</p>
        <p>Kind regards,<br>Katrin Vogt<br>Talent Acquisition Partner | Brennwald Pharma AG | Klybeckstrasse 141, 4057 Basel</p>
        <div style="width:100%">________________________________________________________________________________<br>
        <span style="font-size:24px;font-weight:600">Microsoft Teams meeting</span><br>
        <b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk2ZWMtYjQ0Ni00">Click here to join the meeting</a><br>
        Meeting ID: 381 552 907 114<br>Passcode: 7hQk2c<br>
        ________________________________________________________________________________</div>
        <p style="font-size:8pt;color:#777">This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.</p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ["W. Europe Standard Time"]}
        BEGIN:VEVENT
        ORGANIZER;CN=Vogt Katrin:mailto:katrin.vogt@brennwald-pharma.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathis.leroux@example.com:mailto:mathis.leroux@example.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Imhof Daniel:mailto:daniel.imhof@brennwald-pharma.ch
        DESCRIPTION;LANGUAGE=en-US:Dear Mathis\\,\\n\\nThank you for completing the online assessment. Microsoft Teams meeting - Meeting ID: 381 552 907 114\\n
        UID:040000008200E00074C5B7101A82E00800000000F0A8C1D25E61DD01000000000000000010000000B7E34C0B3A8D5147A1E3B0F0D9C6E2A4
        SUMMARY;LANGUAGE=en-US:Interview Mathis Leroux - Senior Supply Planner (BP-2026-318)
        DTSTART;TZID=W. Europe Standard Time:20261027T140000
        DTEND;TZID=W. Europe Standard Time:20261027T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T115500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121907446
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
    hs = hdr(addr("Vogt Katrin", "katrin.vogt@brennwald-pharma.ch"),
             "Interview Mathis Leroux - Senior Supply Planner (BP-2026-318)", "2026-10-21 13:55", ZH,
             "<GV0P278MB07184A2C1E5B9D3F0C7E8A11B2C4D@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>",
             ("Thread-Topic", "Interview Mathis Leroux - Senior Supply Planner (BP-2026-318)"),
             ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""),
             rcv="from CHE01-GV0-obe.outbound.protection.outlook.com (mail-gv0che01on2102.outbound.protection.outlook.com [203.0.113.102])")
    return message(hs, alt(text(body, cte="quoted-printable"), html(htmlbody),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(9), family="ashby", lang="en", interview=True, kind="scheduled", company="Quaiside Foods",
      start="2026-11-04T15:00:00Z", end="2026-11-04T15:45:00Z", contact="priya.raman@quaisidefoods.com",
      local="Wed 2026-11-04 16:00", local_end="2026-11-04 16:45", zone=PA,
      note="Ashby confirmation, 'Wednesday, November 4, 2026, 4:00 PM - 4:45 PM CET' with invite.ics in Europe/Paris; "
           "contact = Reply-To recruiter")
def k09():
    body = t("""
        Hi Mathis,

        Thanks for sharing your availability! Your interview is confirmed.

        Wednesday, November 4, 2026
        4:00 PM – 4:45 PM CET (Paris)
        Google Meet: https://meet.google.com/wdk-pmzu-hcq

        You'll meet with:
          • Elliot Marchetti — Head of Supply Planning
          • Priya Raman — Recruiter

        Questions? Just reply to this email and it will reach Priya.

        Quaiside Foods Recruiting
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ["Europe/Paris"]}
        BEGIN:VEVENT
        UID:ashby-8e41c0d7-2b5a-47f9-9d13-6c0aa2f5e7b3
        DTSTAMP:20261030T162000Z
        DTSTART;TZID=Europe/Paris:20261104T160000
        DTEND;TZID=Europe/Paris:20261104T164500
        SEQUENCE:0
        SUMMARY:Quaiside Foods – Supply Planning Manager Interview
        LOCATION:https://meet.google.com/wdk-pmzu-hcq
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@quaisidefoods.com
        ATTENDEE;CN=Mathis Leroux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathis.leroux@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Quaiside Foods", "no-reply@ashbyhq.com"),
             "Interview confirmed: Supply Planning Manager at Quaiside Foods", "2026-10-30 17:20", PA,
             "<010001930e4c5a88-3c7d1e2b-a4f6-4d21-8b0e-7f9a1c3e5d20-000000@email.amazonses.com>",
             ("Reply-To", addr("Priya Raman", "priya.raman@quaisidefoods.com")),
             rcv="from a27-31.smtp-out.amazonses.com (a27-31.smtp-out.amazonses.com [54.240.27.31])")
    return message(hs, mixed(alt(text(body, cte="base64"), html(p2html(body), cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(n(10), family="outlook_calendar", lang="fr", interview=True, kind="scheduled", company="Boréalis Distribution",
      start="2026-11-02T15:00:00Z", end="2026-11-02T16:30:00Z", contact="marc-andre.tremblay@borealisdistribution.ca",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:30", zone=TO,
      note="French Exchange request, TZID 'Eastern Standard Time', sent Thu 29 Oct in EDT for Mon 2 Nov, the day "
           "after Canada returns to EST: 10:00 EST = 15:00Z (16 h in Paris, CET); organizer = hiring manager")
def k10():
    body = t("""
        Bonjour Mathis,

        Suite à votre entrevue avec Sophie, j'ai le plaisir de vous inviter à la ronde finale avec notre comité (Isabelle Côté, VP Opérations, et moi-même). Nous prévoyons 90 minutes, dont une courte présentation de votre part sur un cas de planification S&OP (15 minutes maximum).

        Attention : nous reculons l'heure ce dimanche au Québec, l'entrevue est donc à 10 h (heure de l'Est), ce qui fera 16 h chez vous à Tours.

        Au plaisir de vous revoir lundi,

        Marc-André Tremblay
        Directeur, Planification de la demande
        Boréalis Distribution inc. | 1200, rue Bridge, Montréal (Québec) H3K 2C8

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM2OGQ1NmEtZDk4Ny00>
        ID de la réunion : 248 117 630 952
        Code secret : Pz3nV8
        ________________________________________________________________________________

        AVIS DE CONFIDENTIALITÉ : Ce courriel est destiné exclusivement au destinataire mentionné ci-dessus.
        """)
    quand = t("""
        Quand : lundi 2 novembre 2026 10:00-11:30. (UTC-05:00) Est (États-Unis et Canada)
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ["Eastern Standard Time"]}
        BEGIN:VEVENT
        ORGANIZER;CN=Marc-André Tremblay:mailto:marc-andre.tremblay@borealisdistribution.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathis Leroux:mailto:mathis.leroux@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Isabelle Côté:mailto:isabelle.cote@borealisdistribution.ca
        UID:040000008200E00074C5B7101A82E008000000003C9E1B7A4F66DD01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
        SUMMARY;LANGUAGE=fr-CA:Entrevue finale – Mathis Leroux (Planificateur principal)
        DTSTART;TZID=Eastern Standard Time:20261102T100000
        DTEND;TZID=Eastern Standard Time:20261102T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T193000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
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
        """)
    hs = hdr(addr("Marc-André Tremblay", "marc-andre.tremblay@borealisdistribution.ca"),
             "Entrevue finale – Mathis Leroux (Planificateur principal)", "2026-10-29 15:30", TO,
             "<YT3PR01MB64217F0A9C2B4E1D8A7C3B2E91F0A@YT3PR01MB6421.CANPRD01.PROD.OUTLOOK.COM>",
             ("Cc", addr("Sophie Gagnon", "sophie.gagnon@borealisdistribution.ca")),
             ("Content-Language", "fr-CA"),
             rcv="from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2131.outbound.protection.outlook.com [203.0.113.131])")
    return message(hs, alt(text(quand + body, cte="quoted-printable"), html(p2html(quand + body)),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(11), family="icims", lang="en", interview=True, kind="scheduled", company="Neuvic Industries",
      start="2026-11-10T09:00:00Z", end="2026-11-10T10:00:00Z", contact="jennifer.holt@neuvic-industries.com",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone=PA,
      note="iCIMS plain text (7bit) from the US parent, Date in UTC; '11/10/2026 at 10:00 AM CET (Paris)' is a US "
           "MM/DD date (weekday given); 60 minutes so end = +1h; contact = recruiter address in the body")
def k11():
    body = t("""
        Dear Mathis,

        Thank you for your interest in the Materials Planning Lead position (Req #2026-4471) at our Vierzon, France site.

        We are pleased to confirm your interview as follows:

          Date:      Tuesday, 11/10/2026
          Time:      10:00 AM CET (Paris)
          Length:    60 minutes
          Format:    Video interview (Webex) - link below
          Interviewers: Jennifer Holt (Talent Acquisition, EMEA), Didier Marchand (Plant Manager, Vierzon)

          Webex: https://neuvic.webex.com/meet/j.holt

        If you need to reschedule, please contact Jennifer Holt at jennifer.holt@neuvic-industries.com at least 24 hours in advance.

        Sincerely,

        Neuvic Industries Talent Acquisition

        ** This is an automated message sent from our applicant tracking system. Replies to this address are not monitored. **
        Neuvic Industries is an Equal Opportunity Employer.
        """)
    hs = hdr(addr("Neuvic Industries Careers", "careers-noreply@talent.icims.com"),
             "Interview Confirmation - Materials Planning Lead (Req #2026-4471)", "2026-11-03 15:10", "UTC",
             "<1762182600512.44718.icims.neuvic.ats@talent.icims.com>",
             rcv="from smtp07.icims.com (smtp07.icims.com [198.51.100.7])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(12), family="ms_bookings", lang="fr", interview=True, kind="scheduled", company="Fromageries Lorand",
      start="2026-11-17T13:30:00Z", end="2026-11-17T14:15:00Z", contact=None,
      local="Tue 2026-11-17 14:30", local_end="2026-11-17 15:15", zone=PA,
      note="Microsoft Bookings from a shared mailbox, '17/11/2026 14:30 - 15:15 (UTC+01:00) Bruxelles, Copenhague, "
           "Madrid, Paris' (CET, matches); staff name only, no personal address, contact null")
def k12():
    body = t("""
        Bonjour Mathis Leroux,

        Votre rendez-vous est confirmé.

        Entretien de recrutement – Planificateur industriel
        mardi 17 novembre 2026
        14:30 - 15:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        Membre du personnel : Hélène Brossard
        Lieu : Fromageries Lorand – Site de Blois, 45 route de Chambord, 41000 Blois

        Ajouter à votre calendrier : le fichier joint.

        Besoin de modifier ou d'annuler ? Gérer la réservation :
        https://outlook.office365.com/owa/calendar/RecrutementLorand@fromagerieslorand.onmicrosoft.com/bookings/

        Fromageries Lorand – Recrutement
        02 54 78 31 00
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Fromageries Lorand – Recrutement:mailto:RecrutementLorand@fromagerieslorand.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathis Leroux:mailto:mathis.leroux@example.com
        UID:040000008200E00074C5B7101A82E008000000002A7F3E9C4D75DD0100000000000000001000000077A1B2C3D4E5F60718293A4B5C6D7E8F
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Planificateur industriel
        DTSTART;TZID=Romance Standard Time:20261117T143000
        DTEND;TZID=Romance Standard Time:20261117T151500
        DTSTAMP:20261110T104800Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Fromageries Lorand – Site de Blois\\, 45 route de Chambord\\, 41000 Blois
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Fromageries Lorand – Recrutement", "RecrutementLorand@fromagerieslorand.onmicrosoft.com"),
             "Rendez-vous confirmé : Entretien de recrutement – Planificateur industriel", "2026-11-10 11:48", PA,
             "<PAXP193MB1622E1B0D7F54C2A9E3B8D71A6C0F@PAXP193MB1622.EURP193.PROD.OUTLOOK.COM>",
             rcv="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2070.outbound.protection.outlook.com [203.0.113.70])")
    return message(hs, mixed(alt(text(body), html(p2html(body, "font-family:Segoe UI,sans-serif;font-size:14px"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(13), family="reply_quoted", lang="fr", interview=True, kind="scheduled", company="Fret Léman SA",
      start="2026-11-12T12:30:00Z", end=None, contact="nicolas.rochat@fretleman.ch",
      local="Thu 2026-11-12 13:30", zone=ZH,
      note="Hiring manager's short reply on top of the quoted thread (proposal of two slots + candidate's choice of "
           "Thursday 12 Nov 13h30); Lausanne CET; 'deux bonnes heures' not exact so end null; contact = human "
           "sender, not the cc'd HR specialist", days=(("Fri", "2026-11-13"),))
def k13():
    body = t("""
        Bonjour Monsieur Leroux,

        Parfait, c'est réservé de notre côté : je vous attends donc jeudi 12 novembre à 13h30 à notre siège de Renens (Chemin du Closel 5, 2e étage, sonnez chez « Fret Léman – Direction »). Depuis la gare de Renens c'est à huit minutes à pied.

        Comptez deux bonnes heures : entretien avec moi et notre directeur des opérations, puis visite de la plateforme de Crissier.

        Bon voyage et à jeudi,

        Nicolas Rochat
        Head of Logistics Planning
        Fret Léman SA
        +41 21 634 72 11

        Le mer. 4 nov. 2026 à 21:17, Mathis Leroux <mathis.leroux@example.com> a écrit :
        > Bonjour Madame Chappuis,
        >
        > Merci pour ce retour. Le jeudi 12 novembre à 13h30 me convient très bien, je viendrai sur place.
        >
        > Bien cordialement,
        > Mathis Leroux
        >
        > Le mar. 3 nov. 2026 à 10:04, Valérie Chappuis <valerie.chappuis@fretleman.ch> a écrit :
        >> Bonjour Monsieur Leroux,
        >>
        >> Suite à votre premier entretien, Monsieur Rochat souhaiterait vous rencontrer dans nos locaux à Renens.
        >> Nous pouvons vous proposer les créneaux suivants :
        >> - jeudi 12 novembre à 13h30
        >> - vendredi 13 novembre à 10h00
        >>
        >> Merci de nous indiquer celui qui vous convient le mieux.
        >>
        >> Avec nos meilleures salutations
        >> Valérie Chappuis
        """)
    hs = hdr(addr("Nicolas Rochat", "nicolas.rochat@fretleman.ch"),
             "RE: Fret Léman SA – deuxième entretien à Renens", "2026-11-05 17:03", ZH,
             "<ZR0P278MB09213C4B7E1A2D5F60B9C8E7A3D21@ZR0P278MB0921.CHEP278.PROD.OUTLOOK.COM>",
             ("Cc", addr("Valérie Chappuis", "valerie.chappuis@fretleman.ch")),
             ("In-Reply-To", "<CAN8xW2q7Pm3Lk0ZtGfE1r4Vb9Yc6Hd5Js@mail.gmail.com>"),
             ("References", "<ZR0P278MB0921AA11B2C3D4E5F60718293A4B5@ZR0P278MB0921.CHEP278.PROD.OUTLOOK.COM>\r\n"
                            " <CAN8xW2q7Pm3Lk0ZtGfE1r4Vb9Yc6Hd5Js@mail.gmail.com>"),
             rcv="from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2091.outbound.protection.outlook.com [203.0.113.91])")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(14), family="forwarded", lang="fr", interview=True, kind="scheduled", company="Solenne Mobilier",
      start="2026-11-24T09:00:00Z", end="2026-11-24T10:00:00Z", contact="gwenaelle.tanguy@solennemobilier.fr",
      local="Tue 2026-11-24 10:00", local_end="2026-11-24 11:00", zone=PA,
      note="Owner forwards a Recruitee confirmation from his .com to his .org address; '24 novembre 2026, de 10h00 "
           "à 11h00' Paris CET; the forwarded sender is a no-reply, contact = recruiter address in the signature")
def k14():
    body = t("""
        pour l'agenda du boulot (ne pas oublier de poser la matinée)

        ---------- Forwarded message ---------
        De : Solenne Mobilier <no-reply@recruitee.com>
        Date: lun. 16 nov. 2026 à 15:32
        Subject: Votre entretien chez Solenne Mobilier
        To: <mathis.leroux@example.com>


        Bonjour Mathis,

        Merci d'avoir réservé un créneau ! Votre entretien pour le poste de Responsable Planification & Ordonnancement est confirmé :

        Mardi 24 novembre 2026, de 10h00 à 11h00 (heure de Paris)
        Lieu : Solenne Mobilier, 12 rue de la Garenne, 44980 Sainte-Luce-sur-Loire
        Interlocutrices : Gwenaëlle Tanguy (Talent Acquisition) et Maud Pellerin (Directrice Industrielle)

        Si vous avez la moindre question, écrivez-moi à gwenaelle.tanguy@solennemobilier.fr.

        À bientôt,
        Gwenaëlle Tanguy
        Talent Acquisition – Solenne Mobilier

        Envoyé avec Recruitee
        """)
    hs = hdr(addr(ME_NAME, ME), "Fwd: Votre entretien chez Solenne Mobilier", "2026-11-17 20:14", PA,
             "<CAJq4nT9vX2k8WmR7c0LpE3sYh1Fz6Ub5Dg@mail.gmail.com>",
             to=addr(ME_NAME, ME2),
             rcv="from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])", rcv_to=ME2)
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(15), family="rfc822_attachment", lang="en", interview=True, kind="scheduled", company="Kiwano Retail",
      start="2026-12-02T10:00:00Z", end="2026-12-02T10:45:00Z", contact="oliver.whitcombe@harbourfinch.co.uk",
      local="Wed 2026-12-02 11:00", local_end="2026-12-02 11:45", zone=PA,
      note="London agency consultant forwards the client's JazzHR confirmation as a message/rfc822 attachment; "
           "'Wednesday, December 2, 2026 11:00 AM - 11:45 AM (Paris time)' = 10:00Z; contact = the consultant (human "
           "sender), the attached mail is from a no-reply")
def k15():
    inner_body = t("""
        Hi Mathis,

        Thanks for your interest in Kiwano Retail! Your interview for Inventory & Replenishment Manager (Paris) has been scheduled.

        Interview details
        Date & time: Wednesday, December 2, 2026 11:00 AM - 11:45 AM (Paris time)
        Type: Video call
        Interviewer: Chloé Besnard, Operations Director
        Meeting link: https://kiwano.whereby.com/ops-hiring

        We look forward to speaking with you.

        The Kiwano Retail Hiring Team

        Powered by JazzHR
        """)
    inner = message([("From", addr("Kiwano Retail", "no-reply@applytojob.com")),
                     ("To", addr(ME_NAME, ME)),
                     ("Subject", "Interview scheduled: Inventory & Replenishment Manager"),
                     ("Date", date("2026-11-24 17:40", PA)),
                     ("Message-ID", "<20261124164012.7a3c1e9b54d2@applytojob.com>")],
                    alt(text(inner_body), html(p2html(inner_body))))
    body = t("""
        Hi Mathis,

        Good news - Kiwano's hiring team have booked you in with Chloé next Wednesday. Their system sent the confirmation to me as well as to you (I think), but just in case it ended up in your spam, I've attached it here.

        Quick prep call on Monday? I'll ring you around 6pm your time unless you tell me otherwise. Chloé is very data-driven, so have a couple of numbers ready on the forecast accuracy work you did at Vallorex.

        Best,
        Oliver

        Oliver Whitcombe
        Senior Consultant, Supply Chain & Procurement
        Harbour & Finch Talent | 20 Fenchurch Street, London EC3M 3BY
        +44 20 7946 0381

        Harbour & Finch Talent Ltd is registered in England and Wales (No. 09876543). This email and any attachments are confidential.
        """)
    hs = hdr(addr("Oliver Whitcombe", "oliver.whitcombe@harbourfinch.co.uk"),
             "FW: Interview scheduled: Inventory & Replenishment Manager", "2026-11-25 09:12", LDN,
             "<LO2P265MB5391A0C7E8F14B2D3C9E6A1B7D8F2@LO2P265MB5391.GBRP265.PROD.OUTLOOK.COM>",
             rcv="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2115.outbound.protection.outlook.com [203.0.113.115])")
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="quoted-printable"),
                             attached_message(inner, "Interview scheduled.eml")))


@mail(n(16), family="workable", lang="fr", interview=True, kind="scheduled", company="Beauce Céréales",
      start="2026-12-08T08:00:00Z", end=None, contact="m.perrot@beaucecereales.fr",
      local="Tue 2026-12-08 09:00", zone=PA,
      note="Workable, Reply-To is the Workable relay (not a person); 'mardi 8 décembre 2026 à 9h00', 'environ 1h30' "
           "so end null; contact = the recruiter address in the signature")
def k16():
    body = t("""
        Bonjour Mathis,

        Merci pour votre candidature au poste de Responsable Supply Chain (H/F) – Châteaudun.

        Nous avons le plaisir de vous confirmer un entretien le mardi 8 décembre 2026 à 9h00 dans nos bureaux :
        Coopérative Beauce Céréales
        Zone d'activités du Gault, 28200 Châteaudun

        L'entretien durera environ 1h30 et se déroulera en deux temps : un échange avec moi-même, puis avec Philippe Garnier, Directeur Logistique et Silos.

        Pour toute question, n'hésitez pas à me contacter : m.perrot@beaucecereales.fr ou 02 37 45 12 80.

        Cordialement,

        Mélanie Perrot
        Chargée RH
        Coopérative Beauce Céréales
        """)
    hs = hdr(addr("Beauce Céréales", "noreply@candidates.workablemail.com"),
             "Entretien – Responsable Supply Chain (H/F) – Châteaudun", "2026-12-01 14:22", PA,
             "<7e3b9a2c-51d0-4f86-a9c1-0d2e4b6f8a13@candidates.workablemail.com>",
             ("Reply-To", "beauce-cereales+c7f1e2a94b@candidates.workablemail.com"),
             rcv="from mail-out3.workablemail.com (mail-out3.workablemail.com [198.51.100.33])")
    return message(hs, alt(text(body, cte="8bit"), html(p2html(body), cte="8bit")))


@mail(n(17), family="human_prose", lang="fr", interview=True, kind="rescheduled", company="Boréalis Distribution",
      start="2026-09-17T13:30:00Z", end="2026-09-17T14:15:00Z", contact="sophie.gagnon@borealisdistribution.ca",
      local="Thu 2026-09-17 09:30", local_end="2026-09-17 10:15", zone=TO,
      note="Québec recruiter moves Tue 15 Sep 10 h to 'jeudi 17 septembre à 9 h 30 (heure de Montréal)', same 45 "
           "minutes; EDT = UTC-4; both old and new times in the mail", days=(("Tue", "2026-09-15"),))
def k17():
    body = t("""
        Bonjour Mathis,

        Je suis désolée de vous faire ça à si courte échéance, mais j'ai un conflit d'horaire mardi matin. Serait-il possible de déplacer notre entrevue du mardi 15 septembre (10 h) au jeudi 17 septembre à 9 h 30, heure de Montréal ? Ça donnerait 15 h 30 pour vous.

        Vous m'avez indiqué au téléphone que vos jeudis après-midi étaient libres, je me suis donc permis de réserver ce créneau : même durée (45 minutes), même lien Teams. Si jamais ça ne fonctionne pas, faites-moi signe et on trouvera autre chose.

        Merci de votre compréhension et bonne fin de semaine !

        Sophie Gagnon, CRHA
        Conseillère principale, acquisition de talents
        Boréalis Distribution inc.
        514 555-0148
        """)
    hs = hdr(addr("Sophie Gagnon", "sophie.gagnon@borealisdistribution.ca"),
             "Changement d'heure – entrevue Boréalis", "2026-09-11 08:55", TO,
             "<YT2PR01MB8834C0E1F9A7B3D24E5C6A8F0B1D9@YT2PR01MB8834.CANPRD01.PROD.OUTLOOK.COM>",
             ("Content-Language", "fr-CA"),
             rcv="from CAN01-YT2-obe.outbound.protection.outlook.com (mail-yt2can01on2099.outbound.protection.outlook.com [203.0.113.99])")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(18), family="lever", lang="fr", interview=True, kind="rescheduled", company="Atlantique Frais",
      start="2026-10-16T12:00:00Z", end="2026-10-16T13:00:00Z", contact="nolwenn.legall@atlantiquefrais.fr",
      local="Fri 2026-10-16 14:00", local_end="2026-10-16 15:00", zone=PA,
      note="Lever update: moved from Wed 14 Oct 15:00 to Fri 16 Oct 14:00-15:00 Paris (CEST); ICS SEQUENCE:1 with "
           "the same UID; contact = Reply-To", days=(("Wed", "2026-10-14"),))
def k18():
    body = t("""
        Bonjour Mathis,

        Votre entretien avec Atlantique Frais a été déplacé.

        Ancien horaire : mercredi 14 octobre 2026, 15:00 - 16:00
        Nouvel horaire : vendredi 16 octobre 2026, 14:00 - 15:00 (heure de Paris)

        Où : sur site, 8 boulevard du Général de Gaulle, 44400 Rezé
        Avec : Nolwenn Le Gall, Yann Guillou

        Yann a dû se rendre sur notre entrepôt de Cholet mercredi, merci pour votre souplesse !

        L'invitation d'agenda mise à jour est jointe.

        Nolwenn Le Gall
        Atlantique Frais
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-interview-3f0b71a2-99c4-4d61-a3e8-0b5c6e2d4a18
        DTSTAMP:20261012T071500Z
        DTSTART:20261016T120000Z
        DTEND:20261016T130000Z
        SEQUENCE:1
        SUMMARY:Entretien - Planificateur flux / S&OP - Atlantique Frais
        LOCATION:8 boulevard du Général de Gaulle\\, 44400 Rezé
        ORGANIZER;CN=Nolwenn Le Gall:mailto:nolwenn.legall@atlantiquefrais.fr
        ATTENDEE;CN=Mathis Leroux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathis.leroux@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Atlantique Frais", "no-reply@hire.lever.co"),
             "Entretien déplacé : Atlantique Frais - Planificateur flux / S&OP", "2026-10-12 09:15", PA,
             "<20261012071500.1.c4d8e2f0a9b7136e@hire.lever.co>",
             ("Reply-To", addr("Nolwenn Le Gall", "nolwenn.legall@atlantiquefrais.fr")),
             rcv="from mail-sor-f69.lever.co (mail-sor-f69.lever.co [198.51.100.69])")
    return message(hs, alt(text(body), html(p2html(body)), calendar(ics, method="REQUEST", cte="quoted-printable")))


@mail(n(19), family="calendly", lang="fr", interview=True, kind="rescheduled", company="Ardoise RH",
      start="2026-11-18T16:30:00Z", end="2026-11-18T17:00:00Z", contact="claire.dumoulin@ardoise-rh.fr",
      local="Wed 2026-11-18 17:30", local_end="2026-11-18 18:00", zone=PA,
      note="Calendly invitee notice (French UI): event rescheduled from Mon 16 Nov 12:30 to 'mercredi 18 novembre "
           "2026 17:30 - 18:00 (heure d'Europe centrale)'; agency screening for an undisclosed client, company = "
           "the agency; contact = Reply-To host", days=(("Mon", "2026-11-16"),))
def k19():
    body = t("""
        Bonjour Mathis Leroux,

        Votre événement a été reprogrammé.

        Type d'événement :
        Entretien de qualification – Responsable Supply Chain (client agroalimentaire)

        Nouvelle date :
        17:30 - 18:00, mercredi 18 novembre 2026 (heure d'Europe centrale)

        Date précédente :
        12:30 - 13:00, lundi 16 novembre 2026

        Motif du changement :
        "Désolée Mathis, un imprévu lundi midi – mercredi en fin de journée, ça vous va ? Claire"

        Lieu :
        Claire vous appellera au numéro que vous avez indiqué.

        Organisateur :
        Claire Dumoulin

        Annuler ou reprogrammer : https://calendly.com/cancellations/4b1f0e9c-8d2a-4a77-b3c5-91e6d0f2a7c8

        Propulsé par Calendly.com
        """)
    hs = hdr(addr("Calendly", "notifications@calendly.com"),
             "Mis à jour : Entretien de qualification – Responsable Supply Chain (client agroalimentaire) avec Claire Dumoulin le mercredi 18 novembre 2026",
             "2026-11-13 12:40", PA,
             "<calendly.4b1f0e9c8d2a.reschedule.1789@calendly.com>",
             ("Reply-To", addr("Claire Dumoulin", "claire.dumoulin@ardoise-rh.fr")),
             rcv="from o1.email.calendly.com (o1.email.calendly.com [198.51.100.150])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(20), family="google_calendar", lang="fr", interview=True, kind="rescheduled", company="Flotte.io",
      start="2026-12-10T14:00:00Z", end="2026-12-10T15:00:00Z", contact="leo.marchal@flotte.io",
      local="Thu 2026-12-10 15:00", local_end="2026-12-10 16:00", zone=PA,
      note="Google Calendar 'Invitation mise à jour' (French UI), SEQUENCE:2, moved from jeu. 3 déc. to 'jeudi 10 "
           "déc. 2026 15:00 – 16:00 (heure normale d'Europe centrale - Paris)'; organizer = cofounder",
      days=(("Thu", "2026-12-03"),))
def k20():
    body = t("""
        Cet événement a été modifié.

        Entretien Ops Planning Lead – Mathis Leroux / Léo (Flotte.io)
        Heure modifiée : jeudi 10 déc. 2026 15:00 – 16:00 (heure normale d'Europe centrale - Paris)
        (précédemment : jeudi 3 déc. 2026 15:00 – 16:00)

        Rejoindre avec Google Meet
        https://meet.google.com/fxs-ohtb-qwe

        Participer par téléphone
        (FR) +33 1 70 38 12 44 PIN : 602 118 477#

        Organisateur
        leo.marchal@flotte.io

        Invités
        leo.marchal@flotte.io - organisateur
        mathis.leroux@example.com
        ines.barkat@flotte.io

        Voir tous les détails de l'invité : https://calendar.google.com/calendar/event?action=VIEW&eid=NXQ4cm1h

        Participer ? Oui - Peut-être - Non

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité de l'événement. Pour ne plus recevoir de notifications de mise à jour de cet événement, refusez-le.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ["Europe/Paris"]}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261210T150000
        DTEND;TZID=Europe/Paris:20261210T160000
        DTSTAMP:20261204T090500Z
        ORGANIZER;CN=leo.marchal@flotte.io:mailto:leo.marchal@flotte.io
        UID:5t8rmahq2k1v0c9d3e7f6g4b2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=leo.marchal@flotte.io;X-NUM-GUESTS=0:mailto:leo.marchal@flotte.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathis.leroux@example.com;X-NUM-GUESTS=0:mailto:mathis.leroux@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=ines.barkat@flotte.io;X-NUM-GUESTS=0:mailto:ines.barkat@flotte.io
        CREATED:20261126T101500Z
        DESCRIPTION:Rejoindre avec Google Meet : https://meet.google.com/fxs-ohtb-qwe
        LAST-MODIFIED:20261204T090500Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Entretien Ops Planning Lead – Mathis Leroux / Léo (Flotte.io)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Léo Marchal", "leo.marchal@flotte.io"),
             "Invitation mise à jour : Entretien Ops Planning Lead – Mathis Leroux / Léo (Flotte.io) @ jeu. 10 déc. 2026 15:00 - 16:00 (CET) (mathis.leroux@example.com)",
             "2026-12-04 10:05", PA, "<calendar-3e1f9a70-6c2b-4d58-b0e7-a9d41c8f2e65@google.com>",
             ("Sender", "Google Agenda <calendar-notification@google.com>"),
             ("Reply-To", "leo.marchal@flotte.io"),
             rcv="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])")
    return message(hs, mixed(alt(text(body), html(p2html(body)), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(21), family="smartrecruiters", lang="fr", interview=True, kind="cancelled", company="Pharmacentre",
      start="2026-10-06T08:30:00Z", end="2026-10-06T09:15:00Z", contact="thomas.berthier@pharmacentre.fr",
      local="Tue 2026-10-06 10:30", local_end="2026-10-06 11:15", zone=PA,
      note="SmartRecruiters cancellation (recruitment frozen) of 'mardi 6 octobre 2026, 10:30 - 11:15' with "
           "METHOD:CANCEL ICS in UTC; contact = Reply-To")
def k21():
    body = t("""
        Bonjour Mathis,

        Nous sommes au regret de devoir annuler l'entretien prévu le mardi 6 octobre 2026, 10:30 - 11:15, pour le poste de Demand Planner (CDI) - Chartres.

        Suite à une réorganisation interne, le recrutement sur ce poste est suspendu jusqu'à nouvel ordre. Cette décision n'est en aucun cas liée à votre profil, et nous reviendrons vers vous si le poste est rouvert.

        Toutes nos excuses pour ce contretemps.

        Bien cordialement,

        Thomas Berthier
        Responsable Supply Chain – Pharmacentre
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:sr-interview-91c4e7a2-0d3b-46f8-b1a5-7e2c9d0f4b68
        DTSTAMP:20261002T143000Z
        DTSTART:20261006T083000Z
        DTEND:20261006T091500Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:ANNULÉ : Entretien Demand Planner (CDI) - Pharmacentre
        ORGANIZER;CN=Thomas Berthier:mailto:thomas.berthier@pharmacentre.fr
        ATTENDEE;CN=Mathis Leroux:mailto:mathis.leroux@example.com
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Pharmacentre", "noreply@smartrecruiters.com"),
             "Annulation de votre entretien - Demand Planner (CDI) - Chartres", "2026-10-02 16:30", PA,
             "<sr.2e8b4c1a.77d0.4c39.a61e.5f0d9b3c7e24@smartrecruiters.com>",
             ("Reply-To", addr("Thomas Berthier", "thomas.berthier@pharmacentre.fr")),
             rcv="from mta-14.smartrecruiters.com (mta-14.smartrecruiters.com [198.51.100.140])")
    return message(hs, mixed(text(body),
                             calendar(ics, method="CANCEL", cte="base64", filename="annulation.ics",
                                      disposition="attachment")))


@mail(n(22), family="goodtime", lang="en", interview=True, kind="cancelled", company="Vervent Cosmetics",
      start="2026-11-26T09:00:00Z", end="2026-11-26T10:00:00Z", contact="hannah.okafor@verventcosmetics.com",
      local="Thu 2026-11-26 10:00", local_end="2026-11-26 11:00", zone=PA,
      note="GoodTime cancellation of 'Thursday, November 26, 10:00 AM - 11:00 AM CET' (role put on hold), no ICS; "
           "contact = Reply-To coordinator")
def k22():
    body = t("""
        Hi Mathis,

        Unfortunately, we need to cancel your upcoming interview:

        Demand & Supply Planning Manager – Vervent Cosmetics
        Thursday, November 26, 10:00 AM - 11:00 AM CET (Paris)
        Panel: Margaux Delcourt, Sanjay Mehta

        The hiring team has decided to put this role on hold while our 2027 budget is finalised. We're sorry for the short notice, and we'll reach out if the position reopens.

        If you have any questions, please reply to this email.

        Best regards,
        Hannah Okafor
        Recruiting Coordinator, Vervent Cosmetics

        Sent via GoodTime
        """)
    hs = hdr(addr("Vervent Cosmetics Recruiting", "no-reply@goodtime.io"),
             "Cancelled: Interview with Vervent Cosmetics on Thursday, November 26", "2026-11-20 15:45", PA,
             "<gt-cancel.6a1c0e9f4b2d.20261120@goodtime.io>",
             ("Reply-To", addr("Hannah Okafor", "hannah.okafor@verventcosmetics.com")),
             rcv="from mail.goodtime.io (mail.goodtime.io [198.51.100.180])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(23), family="human_prose", lang="fr", interview=True, kind="cancelled", company="Trajectoires Vélo",
      start="2026-12-04T10:00:00Z", end=None, contact="baptiste@trajectoires-velo.fr",
      local="Fri 2026-12-04 11:00", zone=PA,
      note="Founder of a Tours start-up cancels, in 'tu', 'notre entretien de vendredi 11h' (Date Wed 2 Dec -> Fri 4 "
           "Dec, CET); no new time offered")
def k23():
    body = t("""
        Salut Mathis,

        Mauvaise nouvelle, je vais devoir annuler notre entretien de vendredi 11h au local. On vient d'apprendre que notre levée de fonds est décalée au printemps, et du coup on gèle toutes les embauches d'ici là, y compris le poste de resp. logistique :(

        Je suis vraiment désolé, surtout que ton profil collait super bien. Je te recontacte dès que ça se débloque, promis.

        Bonne journée quand même,
        Baptiste

        Baptiste Morin – cofondateur
        Trajectoires Vélo · livraison à vélo-cargo · 37000 Tours
        Envoyé de mon iPhone
        """)
    hs = hdr(addr("Baptiste Morin", "baptiste@trajectoires-velo.fr"),
             "Vendredi", "2026-12-02 08:12", PA,
             "<6F1E3A2B-9C0D-4E58-B7A1-2D3C4E5F6A7B@trajectoires-velo.fr>",
             ("X-Mailer", "iPhone Mail (22B91)"),
             rcv="from smtp.trajectoires-velo.fr (smtp.trajectoires-velo.fr [203.0.113.44])")
    return message(hs, text(body, cte="quoted-printable", params="format=flowed"))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="application_receipt", lang="fr", interview=False, company="Loirexpress Logistique",
      note="Workday acknowledgement of the application, no interview")
def k24():
    body = t("""
        Bonjour Mathis,

        Nous vous remercions pour votre candidature au poste de Planificateur Supply Chain H/F (R-10482) au sein de Loirexpress Logistique.

        Votre dossier a bien été transmis à notre équipe recrutement, qui l'étudiera avec attention. Si votre profil correspond à nos attentes, nous reviendrons vers vous afin de convenir d'un entretien.

        Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.

        Cordialement,
        L'équipe Recrutement Loirexpress

        Ce message a été généré automatiquement, merci de ne pas y répondre.
        """)
    hs = hdr(addr("Loirexpress Logistique", "loirexpress@myworkday.com"),
             "Nous avons bien reçu votre candidature - Planificateur Supply Chain H/F", "2026-09-03 22:17", PA,
             "<1766120934.11203.1788466620931@wd3-prod-mailer-2.myworkday.com>",
             rcv="from wd3-smtp-2.myworkday.com (wd3-smtp-2.myworkday.com [198.51.100.61])")
    return message(hs, html(p2html(body)))


@mail(n(25), family="job_alert", lang="fr", interview=False, company=None,
      note="Job board alert listing offers (Tours, Orléans, Blois), nothing scheduled")
def k25():
    body = t("""
        Bonjour Mathis,

        8 nouvelles offres correspondent à votre alerte « planificateur supply chain – Centre-Val de Loire » :

        • Planificateur(trice) de production H/F – Vallée Plastiques – Amboise (37) – CDI – 38-42 k€
        • Approvisionneur / Planificateur – Fromageries Lorand – Blois (41) – CDI
        • Demand Planner – Pharmacentre – Chartres (28) – CDI – 45 k€
        • Responsable Ordonnancement – Neuvic Industries – Vierzon (18) – CDI
        • Gestionnaire flux logistiques – Loirexpress Logistique – Saint-Pierre-des-Corps (37) – CDD 6 mois
        • Supply Planner junior – GalvaLoire – Orléans (45) – CDI
        • Planificateur industriel – Ateliers Brisson – Châtellerault (86) – Intérim
        • Chef de projet S&OP – Groupe Maraval – Tours (37) – CDI – 50-55 k€

        Voir toutes les offres : https://www.talentloire.fr/alertes/48213

        Bonne recherche !
        L'équipe TalentLoire

        Vous recevez cet e-mail car vous avez créé une alerte sur TalentLoire. Se désabonner : https://www.talentloire.fr/desabonnement
        """)
    hs = hdr(addr("TalentLoire", "alertes@talentloire.fr"),
             "8 nouvelles offres pour « planificateur supply chain »", "2026-09-07 07:02", PA,
             "<alerte-48213-20260907@talentloire.fr>",
             ("List-Unsubscribe", "<https://www.talentloire.fr/desabonnement?u=48213>"),
             rcv="from mta2.talentloire.fr (mta2.talentloire.fr [203.0.113.25])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(26), family="recruiter_outreach", lang="fr", interview=False, company="Ardoise RH",
      note="Agency consultant's first approach, asks if he'd have 20 minutes 'la semaine prochaine', nothing fixed")
def k26():
    body = t("""
        Bonjour Mathis,

        Je me permets de vous contacter suite à la consultation de votre profil. Je suis consultante chez Ardoise RH, cabinet spécialisé dans le recrutement de cadres supply chain et achats dans l'Ouest et le Centre.

        J'accompagne actuellement une ETI de l'agroalimentaire (environ 600 personnes, sites en Indre-et-Loire et Loir-et-Cher) dans le recrutement de son futur Responsable Supply Chain. Votre expérience en planification chez Vallorex me semble très pertinente.

        Seriez-vous ouvert à un premier échange téléphonique de 20 minutes la semaine prochaine ? N'hésitez pas à m'indiquer vos disponibilités.

        Bien à vous,

        Claire Dumoulin
        Consultante Senior - Supply Chain & Achats
        Ardoise RH - 5 place Jean Jaurès, 37000 Tours
        06 12 48 90 33
        """)
    hs = hdr(addr("Claire Dumoulin", "claire.dumoulin@ardoise-rh.fr"),
             "Opportunité Responsable Supply Chain – ETI agroalimentaire", "2026-09-09 11:26", PA,
             "<AM9P193MB1458B2C4E7F0A19D3E6B8C5F2A1D0@AM9P193MB1458.EURP193.PROD.OUTLOOK.COM>",
             rcv="from EUR02-AM9-obe.outbound.protection.outlook.com (mail-am9eur02on2105.outbound.protection.outlook.com [203.0.113.105])")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(27), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Career newsletter about interview questions; 'entretien' everywhere, no appointment")
def k27():
    body = t("""
        <html><body style="margin:0;background:#f4f1ec">
        <table align="center" width="600" style="background:#fff;font-family:Georgia,serif;color:#2b2b2b">
        <tr><td style="padding:24px 32px">
        <p style="font-size:12px;color:#999">Carrières &amp; Co – la lettre du dimanche · n°212</p>
        <h1 style="font-size:24px">Entretien d'embauche : les 7 questions pièges (et comment y répondre)</h1>
        <p>« Quel est votre plus grand défaut ? », « Où vous voyez-vous dans cinq ans ? »… Ces questions reviennent dans presque tous les entretiens. Nos recruteurs partenaires décryptent ce qu'elles cachent vraiment.</p>
        <p><a href="https://www.carrieres-et-co.fr/articles/questions-pieges">Lire l'article →</a></p>
        <h2 style="font-size:18px">Aussi cette semaine</h2>
        <ul>
        <li>Négocier son salaire en 2026 : les fourchettes par métier</li>
        <li>Supply chain : les 10 compétences les plus recherchées</li>
        <li>Entretien en visio : 5 erreurs à éviter</li>
        </ul>
        <p style="font-size:11px;color:#999">Vous recevez cette lettre car vous êtes inscrit sur carrieres-et-co.fr.
        <a href="https://www.carrieres-et-co.fr/desinscription">Se désinscrire</a></p>
        </td></tr></table>
        </body></html>
        """)
    hs = hdr(addr("Carrières & Co", "lettre@carrieres-et-co.fr"),
             "Les 7 questions pièges de l'entretien d'embauche 🎯", "2026-09-20 08:00", PA,
             "<nl212.20260920080000.5521@news.carrieres-et-co.fr>",
             ("List-Unsubscribe", "<mailto:unsubscribe@carrieres-et-co.fr>"),
             ("Precedence", "bulk"),
             rcv="from news.carrieres-et-co.fr (news.carrieres-et-co.fr [203.0.113.57])")
    return message(hs, html(body))


@mail(n(28), family="auto_reply", lang="fr", interview=False, company=None,
      note="Out-of-office from the Loirexpress recruiter in reply to his thank-you note (away Wed 23 Sep - Fri 2 Oct, "
           "back Monday 5 October)", days=(("Wed", "2026-09-23"), ("Fri", "2026-10-02"), ("Mon", "2026-10-05")))
def k28():
    body = t("""
        Bonjour,

        Je suis absente du bureau du mercredi 23 septembre au vendredi 2 octobre inclus, avec un accès limité à ma messagerie. Je serai de retour le lundi 5 octobre.

        Pour toute urgence concernant un recrutement en cours, vous pouvez contacter Julien Ferrand (julien.ferrand@loirexpress.fr).

        Cordialement,
        Camille Roussel
        Chargée de recrutement – Loirexpress Logistique
        """)
    hs = hdr(addr("Camille Roussel", "camille.roussel@loirexpress.fr"),
             "Réponse automatique : Merci pour l'entretien", "2026-09-23 08:14", PA,
             "<PR3P192MB0714AB12CD34EF5678901A2B3C4D5@PR3P192MB0714.EURP192.PROD.OUTLOOK.COM>",
             ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"),
             ("In-Reply-To", "<CAJq4nT0bW8e5Rk2pZ7c1LmQ3sYv9Fx4Nd@mail.gmail.com>"),
             rcv="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2119.outbound.protection.outlook.com [203.0.113.119])")
    return message(hs, text(body))


@mail(n(29), family="application_receipt", lang="fr", interview=False, company="Fret Léman SA",
      note="Personio acknowledgement (Swiss French), 'nous reviendrons vers vous d'ici deux semaines'")
def k29():
    body = t("""
        Bonjour Monsieur Leroux,

        Nous accusons bonne réception de votre dossier de candidature pour le poste de Supply Chain Planner (80-100 %) et vous en remercions.

        Notre équipe l'examinera avec attention et nous reviendrons vers vous d'ici deux semaines environ. Nous vous remercions de votre patience.

        Avec nos meilleures salutations

        Ressources humaines
        Fret Léman SA | Chemin du Closel 5 | 1020 Renens VD
        """)
    hs = hdr(addr("Fret Léman SA", "noreply@mail.personio.de"),
             "Votre candidature chez Fret Léman SA", "2026-10-05 14:48", ZH,
             "<3a1b7c0e.personio.7741.application@mail.personio.de>",
             rcv="from mail.personio.de (mail.personio.de [198.51.100.201])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(30), family="mock_interview", lang="fr", interview=False, company=None,
      note="Career-coaching workshop confirms a mock interview ('simulation d'entretien') on Tue 6 Oct 14h: a "
           "fixed time but not a job interview", days=(("Tue", "2026-10-06"),))
def k30():
    body = t("""
        Bonjour Mathis Leroux,

        Votre inscription à l'atelier « Simulation d'entretien de recrutement » est confirmée.

        Date : mardi 6 octobre 2026
        Horaire : 14h00 - 16h30
        Lieu : Atelier Trajectoire Cadres, 18 boulevard Heurteloup, 37000 Tours - salle 2

        Au programme : mise en situation filmée face à un jury de deux recruteurs bénévoles, puis débriefing collectif. Pensez à apporter votre CV et une offre d'emploi qui vous intéresse.

        En cas d'empêchement, merci de vous désinscrire pour libérer la place.

        L'équipe Atelier Trajectoire Cadres
        """)
    hs = hdr(addr("Atelier Trajectoire Cadres", "ateliers@trajectoire-cadres.fr"),
             "Confirmation d'inscription – Simulation d'entretien du 6 octobre", "2026-09-29 09:30", PA,
             "<insc-5521-20260929093012@trajectoire-cadres.fr>",
             rcv="from smtp.trajectoire-cadres.fr (smtp.trajectoire-cadres.fr [203.0.113.88])")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(31), family="assessment", lang="en", interview=False, company="Brennwald Pharma AG",
      note="Online assessment invitation with a deadline (Friday 16 October, 23:59 CEST), not an interview",
      days=(("Fri", "2026-10-16"),))
def k31():
    body = t("""
        Dear Mathis,

        Thank you for your application for the position of Senior Supply Planner (BP-2026-318).

        As the next step in our selection process, we invite you to complete an online assessment (numerical reasoning and a short supply planning case). It takes approximately 50 minutes and can be completed at any time before:

            Friday, 16 October 2026, 23:59 (CEST)

        Start your assessment: https://assess.brennwald-pharma.ch/c/7Kq2mXo9

        Please use a laptop or desktop computer and make sure you will not be interrupted.

        Kind regards,
        Talent Acquisition
        Brennwald Pharma AG
        """)
    hs = hdr(addr("Brennwald Pharma Talent Acquisition", "talent@brennwald-pharma.ch"),
             "Next step: online assessment - Senior Supply Planner (BP-2026-318)", "2026-10-09 10:14", ZH,
             "<assess-7Kq2mXo9.20261009@brennwald-pharma.ch>",
             rcv="from mail.brennwald-pharma.ch (mail.brennwald-pharma.ch [203.0.113.141])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(32), family="rejection", lang="fr", interview=False, company="Maison Castaing",
      note="Teamtailor rejection after the 30 September interview")
def k32():
    body = t("""
        Bonjour Mathis,

        Merci encore pour le temps que vous nous avez consacré lors de votre entretien pour le poste de Responsable Approvisionnements.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre candidat, dont l'expérience dans le secteur cosmétique correspond davantage à nos besoins actuels.

        Nous avons beaucoup apprécié nos échanges et conservons votre candidature pour de futures opportunités.

        Nous vous souhaitons une belle réussite dans vos recherches.

        Aurélie Vasseur
        Talent Acquisition – Maison Castaing
        """)
    hs = hdr(addr("Maison Castaing", "no-reply@teamtailor-mail.com"),
             "Votre candidature chez Maison Castaing", "2026-10-09 17:31", PA,
             "<65a2d3e4f5b6c_7a8b9c0d1e2f@teamtailor-mail.com>",
             ("Reply-To", addr("Aurélie Vasseur", "aurelie.vasseur@maisoncastaing.fr")),
             rcv="from mail-a12.teamtailor-mail.com (mail-a12.teamtailor-mail.com [203.0.113.12])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(33), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Medical appointment confirmation (Tue 13 Oct 18:15), personal", days=(("Tue", "2026-10-13"),))
def k33():
    body = t("""
        Bonjour Mathis LEROUX,

        Votre rendez-vous est confirmé :

        Dr Élodie Vernier – Médecin généraliste
        Mardi 13 octobre 2026 à 18h15
        Cabinet médical des Prébendes, 41 rue Roger Salengro, 37000 Tours

        Motif : Consultation de suivi

        Pensez à vous munir de votre carte Vitale.
        Si vous ne pouvez pas vous rendre à ce rendez-vous, merci de l'annuler au moins 24 heures à l'avance afin de libérer le créneau pour un autre patient.

        Gérer mon rendez-vous : https://www.medirdv.fr/rdv/8821547

        MédiRDV
        """)
    hs = hdr(addr("MédiRDV", "no-reply@medirdv.fr"),
             "Rendez-vous confirmé avec Dr Élodie Vernier le mardi 13 octobre", "2026-10-07 12:41", PA,
             "<rdv-8821547-confirm@medirdv.fr>",
             rcv="from out-3.medirdv.fr (out-3.medirdv.fr [203.0.113.203])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(34), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Garage appointment (car service, Sat 17 Oct 8h30), personal", days=(("Sat", "2026-10-17"),))
def k34():
    body = t("""
        Bonjour M. Leroux,

        Nous vous confirmons votre rendez-vous atelier :

        Véhicule : Peugeot 308 SW – immatriculation GK-418-PT
        Prestation : révision 60 000 km + remplacement plaquettes avant
        Date : samedi 17 octobre 2026 à 8h30
        Garage du Cher – 112 avenue de Grammont, 37000 Tours

        Merci de déposer le véhicule à l'accueil atelier. Durée estimée de l'intervention : 3h. Un véhicule de courtoisie peut être mis à disposition sur demande.

        À samedi,
        L'équipe Garage du Cher
        02 47 05 61 12
        """)
    hs = hdr(addr("Garage du Cher", "atelier@garageducher.fr"),
             "Confirmation RDV atelier - samedi 17/10 8h30", "2026-10-12 16:54", PA,
             "<20261012145417.3F2A1C0B@garageducher.fr>",
             rcv="from smtp.garageducher.fr (smtp.garageducher.fr [203.0.113.161])")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(n(35), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Current employer's monthly S&OP meeting, Exchange request (Romance Standard Time), Wed 21 Oct 10:00: a "
           "fixed time, not an interview", days=(("Wed", "2026-10-21"),))
def k35():
    body = t("""
        When: Wednesday, October 21, 2026 10:00 AM-12:00 PM. (UTC+01:00) Brussels, Copenhagen, Madrid, Paris
        Where: Salle Loire (Tours HQ) / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hi all,

        Monthly S&OP review for the Packaging BU. Agenda:
        1. Demand review (Sales) – 30 min
        2. Supply review & capacity constraints (Mathis) – 30 min
        3. Inventory KPIs & obsolescence – 20 min
        4. Decisions / escalations to executive S&OP – 40 min

        Please send your slides by Tuesday noon.

        Thanks,
        Agnès

        Agnès Fournel
        S&OP Manager – Vallorex Emballages
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Fournel Agnès:mailto:agnes.fournel@vallorex.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leroux Mathis:mailto:mathis.leroux@example.com
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
        SUMMARY;LANGUAGE=en-US:S&OP monthly review – Packaging BU (October)
        DTSTART;TZID=Romance Standard Time:20261021T100000
        DTEND;TZID=Romance Standard Time:20261021T120000
        DTSTAMP:20261015T133000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Salle Loire (Tours HQ) / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Fournel Agnès", "agnes.fournel@vallorex.com"),
             "S&OP monthly review – Packaging BU (October)", "2026-10-15 15:30", PA,
             "<DB9P191MB1733F2E1D0C9B8A7F6E5D4C3B2A10@DB9P191MB1733.EURP191.PROD.OUTLOOK.COM>",
             to=addr("Leroux Mathis", ME),
             rcv="from EUR01-DB9-obe.outbound.protection.outlook.com (mail-db9eur01on2088.outbound.protection.outlook.com [203.0.113.88])")
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(36), family="availability_request", lang="en", interview=False, company="Quaiside Foods",
      note="Ashby availability request (pick times by Friday), nothing fixed yet", days=(("Fri", "2026-10-30"),))
def k36():
    body = t("""
        Hi Mathis,

        Great news — the team would like to move forward with a 45-minute interview with Elliot Marchetti, our Head of Supply Planning.

        Please let us know when you're available over the next two weeks by selecting times here:
        https://app.ashbyhq.com/availability/5c2e9a1f-03b7-4d84-8e6c-b1f7a0d93e42

        It would be great to get your availability by Friday, October 30.

        Thanks!
        Priya Raman
        Recruiter, Quaiside Foods
        """)
    hs = hdr(addr("Quaiside Foods", "no-reply@ashbyhq.com"),
             "Quaiside Foods: please share your availability", "2026-10-28 11:06", PA,
             "<010001930a2b7c44-91d0e3f5-2c6a-4b8e-a7d1-3e5f0b9c2a61-000000@email.amazonses.com>",
             ("Reply-To", addr("Priya Raman", "priya.raman@quaisidefoods.com")),
             rcv="from a27-31.smtp-out.amazonses.com (a27-31.smtp-out.amazonses.com [54.240.27.31])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(37), family="proposal_unconfirmed", lang="fr", interview=False, company="Fret Léman SA",
      note="Swiss HR proposes two slots (Thu 12 Nov 13h30 or Fri 13 Nov 10h00) and asks which one suits: not yet "
           "confirmed (the confirmation is a later mail)", days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")))
def k37():
    body = t("""
        Bonjour Monsieur Leroux,

        Suite à votre premier entretien, Monsieur Rochat souhaiterait vous rencontrer dans nos locaux à Renens.
        Nous pouvons vous proposer les créneaux suivants :
        - jeudi 12 novembre à 13h30
        - vendredi 13 novembre à 10h00

        Merci de nous indiquer celui qui vous convient le mieux.

        Avec nos meilleures salutations
        Valérie Chappuis

        Valérie Chappuis
        Spécialiste RH
        Fret Léman SA | Chemin du Closel 5 | 1020 Renens VD | +41 21 634 72 90
        """)
    hs = hdr(addr("Valérie Chappuis", "valerie.chappuis@fretleman.ch"),
             "Fret Léman SA – deuxième entretien à Renens", "2026-11-03 10:04", ZH,
             "<ZR0P278MB0921AA11B2C3D4E5F60718293A4B5@ZR0P278MB0921.CHEP278.PROD.OUTLOOK.COM>",
             rcv="from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2091.outbound.protection.outlook.com [203.0.113.91])")
    return message(hs, alt(text(body), html(p2html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(n(38), family="travel", lang="fr", interview=False, company=None,
      note="Train e-ticket Tours -> Renens for Thu 12 Nov (the trip to the onsite interview): fixed times, not an "
           "interview", days=(("Thu", "2026-11-12"),))
def k38():
    body = t("""
        Bonjour Mathis,

        Merci pour votre réservation. Voici votre e-billet.

        Référence dossier : QXRT7L
        Passager : Mathis LEROUX – Carte Avantage Adulte

        ALLER – jeudi 12 novembre 2026
        06:41  Tours → 07:52 Paris Montparnasse        TGV INOUI 8302   voiture 14, place 63
        (correspondance Paris Gare de Lyon)
        08:22  Paris Gare de Lyon → 12:07 Lausanne     TGV 9765   voiture 3, place 41
        12:16  Lausanne → 12:21 Renens VD              R 12

        RETOUR – jeudi 12 novembre 2026
        17:23  Lausanne → 21:08 Paris Gare de Lyon     TGV 9778   voiture 5, place 22
        21:56  Paris Montparnasse → 23:04 Tours        TGV INOUI 8393

        Total payé : 187,40 €

        Bon voyage !
        Voyages Rail+
        """)
    hs = hdr(addr("Voyages Rail+", "confirmation@voyages-railplus.fr"),
             "Votre e-billet – Tours → Renens VD – jeudi 12 novembre", "2026-11-06 22:38", PA,
             "<QXRT7L.20261106213812@voyages-railplus.fr>",
             rcv="from mailer.voyages-railplus.fr (mailer.voyages-railplus.fr [203.0.113.177])")
    return message(hs, alt(text(body), html(p2html(body, "font-family:Courier New,monospace;font-size:13px"))))


@mail(n(39), family="rejection", lang="en", interview=False, company="Brennwald Pharma AG",
      note="Rejection after the 27 October interview")
def k39():
    body = t("""
        Dear Mathis,

        Thank you very much for taking the time to interview with us for the Senior Supply Planner role, and for your thoughtful answers during the conversation with Daniel and me.

        After careful consideration, we have decided to move forward with a candidate whose experience with GMP batch release planning is closer to what the team needs right now. This was not an easy decision.

        We'd be glad to keep your details on file, and I hope our paths cross again.

        With best wishes,
        Katrin Vogt
        Talent Acquisition Partner | Brennwald Pharma AG
        """)
    hs = hdr(addr("Vogt Katrin", "katrin.vogt@brennwald-pharma.ch"),
             "Your application - Senior Supply Planner (BP-2026-318)", "2026-11-09 16:20", ZH,
             "<GV0P278MB0718C1D2E3F4A5B6C7D8E9F0A1B2C@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>",
             rcv="from CHE01-GV0-obe.outbound.protection.outlook.com (mail-gv0che01on2102.outbound.protection.outlook.com [203.0.113.102])")
    return message(hs, alt(text(body), html(p2html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"))))


@mail(n(40), family="scheduling_link", lang="fr", interview=False, company="Ardoise RH",
      note="Consultant sends her Calendly link to book a qualification call; nothing booked yet")
def k40():
    body = t("""
        Bonjour Mathis,

        Merci pour votre retour ! Le poste dont je vous parlais en septembre vient d'être rouvert par notre client, et je serais ravie d'en discuter avec vous.

        Vous pouvez réserver directement un créneau de 30 minutes dans mon agenda via ce lien :
        https://calendly.com/claire-dumoulin-ardoise/qualification-30min

        Je vous appellerai au numéro de votre choix.

        Belle journée,
        Claire

        Claire Dumoulin
        Consultante Senior – Supply Chain & Achats
        Ardoise RH
        """)
    hs = hdr(addr("Claire Dumoulin", "claire.dumoulin@ardoise-rh.fr"),
             "RE: Opportunité Responsable Supply Chain – ETI agroalimentaire", "2026-11-09 09:47", PA,
             "<AM9P193MB14580A1B2C3D4E5F6A7B8C9D0E1F2@AM9P193MB1458.EURP193.PROD.OUTLOOK.COM>",
             ("In-Reply-To", "<CAJq4nT4hP1z8Wn3vKc6Lt0YqB2Xe5Rm7Fs@mail.gmail.com>"),
             rcv="from EUR02-AM9-obe.outbound.protection.outlook.com (mail-am9eur02on2105.outbound.protection.outlook.com [203.0.113.105])")
    return message(hs, alt(text(body), html(p2html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(n(41), family="followup_thanks", lang="en", interview=False, company="Neuvic Industries",
      note="Recruiter thanks him for 'yesterday's' interview and says next steps will follow; past event, nothing "
           "scheduled")
def k41():
    body = t("""
        Hi Mathis,

        Thanks again for your time yesterday - Didier and I both enjoyed the conversation, especially your walkthrough of the MRP clean-up project.

        We still have two more interviews to run this week, so you should hear from us by the end of next week at the latest.

        Best regards,
        Jennifer

        Jennifer Holt
        Talent Acquisition Partner, EMEA | Neuvic Industries
        """)
    hs = hdr(addr("Jennifer Holt", "jennifer.holt@neuvic-industries.com"),
             "Re: Thank you - Materials Planning Lead", "2026-11-11 14:02", PA,
             "<BN8PR12MB3267F0E1D2C3B4A5968778695A4B3@BN8PR12MB3267.namprd12.prod.outlook.com>",
             ("In-Reply-To", "<CAJq4nT2rB6d0Xn5Mw8Ls3Qe1Vc7Ty9Pk@mail.gmail.com>"),
             rcv="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2046.outbound.protection.outlook.com [203.0.113.46])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(42), family="rejection", lang="fr", interview=False, company="Boréalis Distribution",
      note="Québec rejection after the final round of 2 November")
def k42():
    body = t("""
        Bonjour Mathis,

        Je tenais à vous remercier personnellement pour votre participation à notre processus de sélection, et en particulier pour votre présentation lors de l'entrevue finale. Le comité a été impressionné par votre rigueur.

        Après délibération, nous avons toutefois retenu une candidature interne pour le poste de planificateur principal. Je sais que ce n'est pas la nouvelle que vous espériez.

        Nous garderons votre dossier actif pour nos futurs affichages, notamment en lien avec notre projet d'entrepôt à Lévis prévu en 2027.

        Je vous souhaite bon succès dans vos démarches,

        Sophie Gagnon, CRHA
        Conseillère principale, acquisition de talents
        Boréalis Distribution inc.
        """)
    hs = hdr(addr("Sophie Gagnon", "sophie.gagnon@borealisdistribution.ca"),
             "Suivi de votre candidature – Boréalis Distribution", "2026-11-13 11:20", TO,
             "<YT2PR01MB8834A9B8C7D6E5F4A3B2C1D0E9F8A@YT2PR01MB8834.CANPRD01.PROD.OUTLOOK.COM>",
             rcv="from CAN01-YT2-obe.outbound.protection.outlook.com (mail-yt2can01on2099.outbound.protection.outlook.com [203.0.113.99])")
    return message(hs, text(body, cte="base64"))


@mail(n(43), family="personal", lang="fr", interview=False, company=None,
      note="Friend in 'tu' proposes squash Sunday 10h and asks how the Lausanne interview went: past interview, "
           "personal plan", days=(("Sun", "2026-11-15"),))
def k43():
    body = t("""
        Yo Mathis,

        Squash dimanche 10h au Tours Squash Club, ça te dit ? J'ai réservé le terrain 3 au cas où, dis moi vite sinon je le file à Romain.

        Et alors, ton entretien à Lausanne jeudi, ça a donné quoi ?? Raconte !! T'as vu le lac au moins ?

        Bise,
        Thomas

        PS : Julie organise un apéro le samedi 28 pour son anniv, tu seras là ?
        """)
    hs = hdr(addr("Thomas Aubry", "thomas.aubry@example.net"), "squash dimanche ?", "2026-11-14 11:37", PA,
             "<CAH5rP2kN8wQ1Zm7Yc3Vb0Lt6Xs4Jd9Gf@mail.gmail.com>",
             rcv="from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(44), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Current employer's annual review ('entretien annuel d'évaluation'), Exchange request Tue 1 Dec 14:00: an "
           "'entretien' at a fixed time, but not a job interview", days=(("Tue", "2026-12-01"),))
def k44():
    body = t("""
        Quand : mardi 1 décembre 2026 14:00-15:30. (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Où : Bureau 2.14 – Vallorex Emballages, Tours

        *~*~*~*~*~*~*~*~*~*

        Bonjour Mathis,

        Je te propose ce créneau pour ton entretien annuel d'évaluation 2026. Pense à remplir ton auto-évaluation dans l'outil RH avant le 27/11 ; on fera aussi le point sur tes objectifs 2027 et tes souhaits de formation.

        Bonne journée,
        Stéphane

        Stéphane Giraud
        Directeur Supply Chain – Vallorex Emballages
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ_ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Giraud Stéphane:mailto:stephane.giraud@vallorex.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leroux Mathis:mailto:mathis.leroux@example.com
        UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DD01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
        SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026 – Mathis Leroux
        DTSTART;TZID=Romance Standard Time:20261201T140000
        DTEND;TZID=Romance Standard Time:20261201T153000
        DTSTAMP:20261116T082000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Bureau 2.14 – Vallorex Emballages\\, Tours
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Giraud Stéphane", "stephane.giraud@vallorex.com"),
             "Entretien annuel d'évaluation 2026 – Mathis Leroux", "2026-11-16 09:20", PA,
             "<DB9P191MB1733A0B1C2D3E4F5A6B7C8D9E0F1A@DB9P191MB1733.EURP191.PROD.OUTLOOK.COM>",
             to=addr("Leroux Mathis", ME),
             rcv="from EUR01-DB9-obe.outbound.protection.outlook.com (mail-db9eur01on2088.outbound.protection.outlook.com [203.0.113.88])")
    return message(hs, alt(text(body), html(p2html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(45), family="webinar", lang="en", interview=False, company=None,
      note="Webinar registration ('Interviewing for S&OP roles'), Thu 19 Nov 18:00 CET: a fixed time, not an interview",
      days=(("Thu", "2026-11-19"),))
def k45():
    body = t("""
        Hi Mathis,

        You're registered for:

        Interviewing for S&OP and Demand Planning roles: what hiring managers really ask
        Thursday, November 19, 2026 · 6:00 PM – 7:00 PM CET

        Join from your computer or phone:
        https://us06web.zoom.us/w/84419027755?tk=Xq1b7

        Speakers: Rachel Dunmore (VP Planning, ex-consumer goods), Kwame Asante (executive recruiter)

        Add to calendar: Google | Outlook | iCal

        A recording will be sent to all registrants after the session.

        Supply Chain Pros Network
        You are receiving this email because you registered for a Supply Chain Pros Network event.
        """)
    hs = hdr(addr("Supply Chain Pros Network", "events@scpros.net"),
             "Registration confirmed: Interviewing for S&OP and Demand Planning roles", "2026-11-17 19:12", PA,
             "<reg-84419027755-5531.20261117@scpros.net>",
             rcv="from mail.scpros.net (mail.scpros.net [203.0.113.222])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(46), family="bounce", lang="en", interview=False, company=None,
      note="DSN: the owner's thank-you note to a mistyped recruiter address bounced")
def k46():
    explanation = t("""
        ** Address not found **

        Your message wasn't delivered to jennifer.hott@neuvic-industries.com because the address couldn't be found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 <jennifer.hott@neuvic-industries.com>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        Arrival-Date: Tue, 10 Nov 2026 18:40:51 +0100

        Final-Recipient: rfc822; jennifer.hott@neuvic-industries.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.neuvic-industries.com
        Diagnostic-Code: smtp; 550 5.1.1 <jennifer.hott@neuvic-industries.com>: Recipient address rejected: User unknown in virtual mailbox table
        Last-Attempt-Date: Tue, 10 Nov 2026 18:40:53 +0100
        """)
    original = t("""
        From: Mathis Leroux <mathis.leroux@example.com>
        To: jennifer.hott@neuvic-industries.com
        Subject: Thank you - Materials Planning Lead
        Date: Tue, 10 Nov 2026 18:40:49 +0100
        Message-ID: <CAJq4nT7mZ1c4Vb8Lk2Pq6Ws0Xe3Rn5Ty@mail.gmail.com>
        """)
    hs = hdr(addr("Mail Delivery Subsystem", "mailer-daemon@example.com"),
             "Delivery Status Notification (Failure)", "2026-11-10 18:40", PA,
             "<dsn-5f3a1b2c.20261110174053@mx1.example.com>",
             ("Auto-Submitted", "auto-replied"))
    report = multipart("report",
                       text(explanation, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Type", "text/rfc822-headers")], original),
                       params="report-type=delivery-status")
    return message(hs, report)


@mail(n(47), family="offer", lang="fr", interview=False, company="Fret Léman SA",
      note="Swiss job offer after the onsite ('proposition d'engagement'), answer requested by 4 December",
      days=(("Fri", "2026-12-04"),))
def k47():
    body = t("""
        Monsieur Leroux,

        Suite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de Supply Chain Planner (100 %) au sein de Fret Léman SA, à Renens.

        Vous trouverez ci-joint notre proposition d'engagement : salaire annuel brut de CHF 104'000.–, versé en 13 mensualités, entrée en fonction le 1er mars 2027 ou à convenir, 25 jours de vacances. Nous vous accompagnerons également pour les démarches liées au permis de travail (permis B).

        Nous vous serions reconnaissants de bien vouloir nous faire part de votre décision d'ici au vendredi 4 décembre 2026. Monsieur Rochat se tient volontiers à votre disposition pour toute question.

        Dans l'attente de votre réponse, nous vous adressons, Monsieur Leroux, nos salutations les meilleures.

        Valérie Chappuis
        Spécialiste RH
        Fret Léman SA
        """)
    hs = hdr(addr("Valérie Chappuis", "valerie.chappuis@fretleman.ch"),
             "Proposition d'engagement – Supply Chain Planner", "2026-11-25 14:05", ZH,
             "<ZR0P278MB0921F1E2D3C4B5A69788796A5B4C3@ZR0P278MB0921.CHEP278.PROD.OUTLOOK.COM>",
             rcv="from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2091.outbound.protection.outlook.com [203.0.113.91])")
    pdf = raw_part([("Content-Type", 'application/pdf; name="Proposition_engagement_Leroux.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Proposition_engagement_Leroux.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\nYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    return message(hs, mixed(text(body), pdf))


@mail(n(48), family="job_alert", lang="en", interview=False, company=None,
      note="Swiss job board alert in English (Basel, Zurich, Lausanne), nothing scheduled")
def k48():
    body = t("""
        New jobs matching "supply planner" in Switzerland

        Senior Supply Planner (80-100%) - Rheintal Medical AG - Basel - posted 2 days ago
        Supply Chain Planner EMEA - Lindqvist Instruments - Zug - posted today
        Demand Planner (French/English) - Fret Leman SA - Renens VD - posted 5 days ago
        S&OP Lead - Alpen Confiserie AG - Zurich - posted 1 day ago
        Materials Planner - Valtronic Precision SA - Yverdon-les-Bains - posted 3 days ago

        See all 14 new jobs: https://www.swissjobhub.ch/alerts/ml-20931

        You receive this alert daily. Change frequency or unsubscribe: https://www.swissjobhub.ch/alerts/settings
        SwissJobHub AG, Zurich
        """)
    hs = hdr(addr("SwissJobHub", "alerts@swissjobhub.ch"),
             "14 new jobs for \"supply planner\" in Switzerland", "2026-11-30 06:30", ZH,
             "<alert-ml-20931-20261130@swissjobhub.ch>",
             ("List-Unsubscribe", "<https://www.swissjobhub.ch/alerts/settings>"),
             rcv="from out.swissjobhub.ch (out.swissjobhub.ch [203.0.113.199])")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(p2html(body))))


@mail(n(49), family="newsletter", lang="en", interview=False, company=None,
      note="Industry newsletter with an 'interview' with a planning director; no appointment")
def k49():
    body = t("""
        THE PLANNER'S DIGEST — Issue #148 — 3 December 2026

        In this issue
        -------------
        1. Interview: how Margit Solberg rebuilt S&OP at a Nordic dairy group
        2. Safety stock in an era of 40-day lead times
        3. Tool watch: three new demand sensing start-ups
        4. Jobs board: 23 planning roles across Europe

        INTERVIEW
        "We stopped debating the forecast and started debating decisions." Margit Solberg, Planning Director, tells us how her team cut forecast bias by half in 18 months.
        Read more: https://plannersdigest.com/148/solberg

        ---
        You're receiving this because you subscribed at plannersdigest.com. Unsubscribe: https://plannersdigest.com/u/9ffa1
        """)
    hs = hdr(addr("The Planner's Digest", "digest@plannersdigest.com"),
             "Planner's Digest #148: Interview with Margit Solberg", "2026-12-03 07:15", LDN,
             "<digest148.mathis.leroux@plannersdigest.com>",
             ("List-Unsubscribe", "<https://plannersdigest.com/u/9ffa1>"),
             ("Precedence", "bulk"),
             rcv="from mail.plannersdigest.com (mail.plannersdigest.com [203.0.113.148])")
    return message(hs, alt(text(body), html(p2html(body))))


@mail(n(50), family="event", lang="fr", interview=False, company=None,
      note="Ticket for a regional supply-chain conference (Thu 1 Oct, Orléans), fixed time but not an interview",
      days=(("Thu", "2026-10-01"),))
def k50():
    body = t("""
        Bonjour Mathis,

        Votre inscription aux Rencontres Supply Chain Val de Loire 2026 est confirmée !

        📅 Jeudi 1er octobre 2026, de 8h30 à 17h30
        📍 Centre de conférences d'Orléans, place du 6 juin 1944, 45000 Orléans

        Au programme : plénière « Relocalisation et résilience des chaînes logistiques », ateliers S&OP, speed-meetings recruteurs (espace emploi, sans rendez-vous) et cocktail de clôture.

        Votre badge nominatif est joint à ce message (à imprimer ou présenter sur smartphone).

        À très bientôt,
        L'équipe des Rencontres Supply Chain Val de Loire
        """)
    hs = hdr(addr("Rencontres Supply Chain Val de Loire", "inscriptions@rencontres-scvl.fr"),
             "Votre billet – Rencontres Supply Chain Val de Loire 2026", "2026-09-18 13:05", PA,
             "<billet-4471-20260918@rencontres-scvl.fr>",
             rcv="from smtp.rencontres-scvl.fr (smtp.rencontres-scvl.fr [203.0.113.76])")
    return message(hs, alt(text(body), html(p2html(body))))
