"""blind303: a blind 50-mail held-out set, the inbox of Aurélie Bernard, wine-trade export assistant in
Mâcon (Europe/Paris), September to December 2026.

Written on 2026-11-26 by a helper session that read only ``make.py``, ``make_blind.py``, the
non-score parts of ``bench/heldout/README.md`` (the top, "Mix", "Label conventions", "Traps",
"Judgement calls") and, from the shared dev corpus, its README, ``labels.json``, ``dev_002.eml``,
``dev_009.eml`` and ``score.py``. It did not read the detector, its tests or fixtures, any other
held-out set or its mails, and never ran the detector. Every mail below is written by hand, one
function per mail, in the shapes the sending systems produce (Teamtailor, Workable,
SmartRecruiters, Personio, Recruitee, Workday, Taleo, Lever, Ashby, GoodTime, Calendly, Microsoft
Bookings, Exchange/Outlook and Google Calendar invitations, people writing from Gmail and Outlook).
Mostly French (tu and vous), some English (an American employer in New York, an Australian one in
Sydney). All companies and people are fictional.

Keys 1-24 are positives (17 scheduled, 4 rescheduled, 3 cancelled), 25-50 negatives. File numbers
are a fixed shuffle of the writing order (``ORDER`` below).
"""

from __future__ import annotations

import hashlib
import random

import make
from make import addr, alt, calendar, enc, html, mixed, t, text

SET = "blind303"
ORDER = random.Random(3030303).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


OWNER = "Aurélie Bernard"
ME = "aurelie.bernard@example.com"
ME2 = "aurelie.bernard@example.org"
PARIS = "Europe/Paris"
NY = "America/New_York"
SYD = "Australia/Sydney"

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


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, to: str | None = None,
         rcpt: str = ME, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Headers as the owner's mailbox stores them: Delivered-To, Received, then the sender's own."""
    ident = f"mx2.example.com with ESMTPS id {_id(mid)}"
    return [
        ("Delivered-To", rcpt),
        ("Received", make.received(f"from {relay}", when, zone, ident, rcpt)),
        ("From", frm),
        ("To", to or addr(OWNER, rcpt)),
        ("Subject", enc(subject, charset)),
        ("Date", make.date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def pos(key: int, *, family: str, lang: str, company: str, contact: str | None, kind: str, local: str,
        note: str, zone: str = PARIS, local_end: str | None = None, days: tuple = ()):
    rest = local.split(" ", 1)[1]
    return make.mail(N(key), family=family, lang=lang, interview=True, company=company, note=note, kind=kind,
                     start=make.utc(rest, zone), end=make.utc(local_end, zone) if local_end else None,
                     contact=contact, local=local, local_end=local_end, zone=zone, days=days)


def neg(key: int, *, family: str, lang: str, company: str | None, note: str, days: tuple = ()):
    return make.mail(N(key), family=family, lang=lang, interview=False, company=company, note=note, days=days)


# =========================================================================== positives: scheduled


@pos(1, family="teamtailor", lang="fr", company="Maison Lardière-Chauvet",
     contact="claire.jobard@lardiere-chauvet.fr", kind="scheduled", local="Tue 2026-09-15 10:00",
     local_end="2026-09-15 11:00",
     note="Teamtailor invitation in French, 'mardi 15 septembre 2026, 10:00 - 11:00' in Beaune (CEST, "
          "UTC+2) -> 08:00Z-09:00Z; ICS Europe/Paris agrees; contact = Reply-To recruiter")
def m01():
    mid = "<tt-7f3a1c2e9b.interview.8841@teamtailor-mail.com>"
    body = t("""
        Bonjour Aurélie,

        Merci pour votre candidature au poste d'Assistant(e) export – Asie & Amériques. Nous avons
        le plaisir de vous inviter à un entretien.

        Date : mardi 15 septembre 2026
        Heure : 10:00 - 11:00 (heure de Paris)
        Lieu : Maison Lardière-Chauvet, 14 rue des Tonneliers, 21200 Beaune
        Avec : Claire Jobard (Talent & RH) et Guillaume Petit (Directeur export)

        L'invitation est jointe à ce message pour votre agenda. Si vous avez un empêchement,
        répondez simplement à cet e-mail.

        À très bientôt,
        Claire Jobard
        Maison Lardière-Chauvet

        --
        Envoyé avec Teamtailor · Gérer mes données : https://lardiere-chauvet.teamtailor.com/connect/privacy
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#1b1b1b">
        <p>Bonjour Aurélie,</p>
        <p>Merci pour votre candidature au poste d'<b>Assistant(e) export – Asie &amp; Amériques</b>.
        Nous avons le plaisir de vous inviter à un entretien.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#777">Date</td><td>mardi 15 septembre 2026</td></tr>
        <tr><td style="color:#777">Heure</td><td>10:00 - 11:00 (heure de Paris)</td></tr>
        <tr><td style="color:#777">Lieu</td><td>Maison Lardière-Chauvet, 14 rue des Tonneliers, 21200 Beaune</td></tr>
        <tr><td style="color:#777">Avec</td><td>Claire Jobard (Talent &amp; RH) et Guillaume Petit (Directeur export)</td></tr>
        </table>
        <p>L'invitation est jointe à ce message pour votre agenda. Si vous avez un empêchement,
        répondez simplement à cet e-mail.</p>
        <p>À très bientôt,<br>Claire Jobard<br>Maison Lardière-Chauvet</p>
        <p style="font-size:11px;color:#999">Envoyé avec Teamtailor</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Interviews//FR
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:interview-5521907@teamtailor.com
DTSTAMP:20260909T144210Z
DTSTART;TZID=Europe/Paris:20260915T100000
DTEND;TZID=Europe/Paris:20260915T110000
SUMMARY:Entretien – Assistant(e) export – Maison Lardière-Chauvet
LOCATION:14 rue des Tonneliers\\, 21200 Beaune
ORGANIZER;CN=Claire Jobard:mailto:claire.jobard@lardiere-chauvet.fr
ATTENDEE;CN=Aurélie Bernard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    body_part = mixed(alt(text(body), html(page)),
                      calendar(ics, cte="base64", filename="invitation.ics", disposition="attachment"))
    hs = head(addr("Maison Lardière-Chauvet", "no-reply@teamtailor-mail.com"),
              "Invitation à un entretien – Assistant(e) export – Maison Lardière-Chauvet",
              "2026-09-09 16:42", PARIS, mid, relay="o12.teamtailor-mail.com (o12.teamtailor-mail.com [149.72.9.12])",
              extra=(("Reply-To", addr("Claire Jobard", "claire.jobard@lardiere-chauvet.fr")),))
    return make.message(hs, body_part)


@pos(2, family="workable", lang="fr", company="Domaines Vérac & Fils",
     contact="thomas.lafargue@domaines-verac.fr", kind="scheduled", local="Thu 2026-09-17 14:00",
     local_end="2026-09-17 14:45",
     note="Workable, French: 'jeudi 17 septembre 2026 à 14h00 (heure de Paris)', 45 minutes -> 12:00Z-12:45Z "
          "(CEST); Reply-To is a Workable relay, so contact = the manager's address in the body")
def m02():
    mid = "<0102019b8e2f1c4a-77a3d5e0-4c1b-4f5e-9e2d-3b8a1f6c0d11-000000@candidates.workablemail.com>"
    body = t("""
        Bonjour Aurélie,

        Suite à notre échange téléphonique, je vous confirme notre entretien en visio pour le poste
        de Coordinatrice export (H/F) :

        Jeudi 17 septembre 2026 à 14h00 (heure de Paris), durée 45 minutes
        Google Meet : https://meet.google.com/qvd-hxnt-pwa

        Vous échangerez avec Thomas Lafargue, responsable des ventes export. Pour toute question
        pratique, vous pouvez lui écrire directement : thomas.lafargue@domaines-verac.fr

        Cordialement,
        L'équipe recrutement – Domaines Vérac & Fils

        Ce message vous a été envoyé par Domaines Vérac & Fils via Workable.
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Bonjour Aurélie,</p>
        <p>Suite à notre échange téléphonique, je vous confirme notre entretien en visio pour le poste
        de <strong>Coordinatrice export (H/F)</strong> :</p>
        <p><strong>Jeudi 17 septembre 2026 à 14h00 (heure de Paris)</strong>, durée 45 minutes<br>
        Google Meet : <a href="https://meet.google.com/qvd-hxnt-pwa">meet.google.com/qvd-hxnt-pwa</a></p>
        <p>Vous échangerez avec Thomas Lafargue, responsable des ventes export. Pour toute question
        pratique, vous pouvez lui écrire directement :
        <a href="mailto:thomas.lafargue@domaines-verac.fr">thomas.lafargue@domaines-verac.fr</a></p>
        <p>Cordialement,<br>L'équipe recrutement – Domaines Vérac &amp; Fils</p>
        <p style="color:#8a8a8a;font-size:11px">Ce message vous a été envoyé par Domaines Vérac &amp; Fils via Workable.</p>
        </div>
        """)
    hs = head(addr("Domaines Vérac & Fils", "noreply@candidates.workablemail.com"),
              "Entretien confirmé – Coordinatrice export (H/F)", "2026-09-11 10:17", PARIS, mid,
              relay="a27-84.smtp-out.eu-west-1.amazonses.com (a27-84.smtp-out.eu-west-1.amazonses.com [54.240.27.84])",
              extra=(("Reply-To", "domaines-verac-fils+c8e1f07a2b@candidates.workablemail.com"),))
    return make.message(hs, alt(text(body), html(page)))


@pos(3, family="human_prose", lang="fr", company="Vignerons de la Grisière",
     contact="s.mercier@vignerons-grisiere.fr", kind="scheduled", local="Thu 2026-09-24 14:30",
     note="Tutoiement, 'jeudi à 14h30' resolved against the Date (Mon 21 Sep 2026, Paris) -> Thu 24 Sep, "
          "CEST -> 12:30Z; 'une petite heure' is approximate so end null",
     days=(("Mon", "2026-09-21"),))
def m03():
    mid = "<9b1e5f0a-33c2-4d7e-a8a1-5e0c2f4b9d73@vignerons-grisiere.fr>"
    body = t("""
        Salut Aurélie,

        Super, merci pour ton CV, Bernard l'a lu ce week-end et il est partant pour te rencontrer.
        Je te confirme jeudi à 14h30 à la cave (route de Lugny, tu te gares devant le caveau).
        On sera tous les deux, compte une petite heure, on te fera goûter les 2025 au passage.

        Si jamais tu as un souci d'ici là, appelle-moi au 06 71 24 38 90.

        Bises et à jeudi,
        Sophie

        --
        Sophie Mercier
        Responsable commerciale – Vignerons de la Grisière
        71260 Lugny

        Le dim. 20 sept. 2026 à 21:48, Aurélie Bernard <aurelie.bernard@example.com> a écrit :
        > Bonsoir Sophie,
        >
        > Comme promis au salon, voici mon CV pour le poste à l'export. Je suis dispo
        > quasiment tous les après-midis la semaine prochaine.
        >
        > Belle soirée,
        > Aurélie
        """)
    hs = head(addr("Sophie Mercier", "s.mercier@vignerons-grisiere.fr"), "Re: CV poste export",
              "2026-09-21 18:05", PARIS, mid,
              relay="smtp.vignerons-grisiere.fr (smtp.vignerons-grisiere.fr [185.31.40.77])",
              extra=(("In-Reply-To", "<CAH4k2pXq9e7Lr@mail.example.com>"),
                     ("References", "<CAH4k2pXq9e7Lr@mail.example.com>"),
                     ("User-Agent", "Mozilla Thunderbird")))
    return make.message(hs, text(body, cte="8bit", params="format=flowed"))


@pos(4, family="smartrecruiters", lang="fr", company="Saône Logistique",
     contact="julien.perrin@saone-logistique.fr", kind="scheduled", local="Tue 2026-10-06 09:30",
     local_end="2026-10-06 10:30",
     note="SmartRecruiters, HTML only (base64): 'mardi 6 octobre 2026 de 9h30 à 10h30' on site in "
          "Chalon (CEST) -> 07:30Z-08:30Z; contact = recruiter mailto in the body")
def m04():
    mid = "<SR.1c7d0b6e3a.1727@smartrecruiters.com>"
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Invitation à un entretien</title></head>
        <body style="margin:0;background:#f4f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
        <tr><td>
        <img src="https://c.smartrecruiters.com/sr-company-logo/saone-logistique.png" alt="Saône Logistique" height="40">
        <h2 style="font-weight:normal">Invitation à un entretien</h2>
        <p>Bonjour Aurélie Bernard,</p>
        <p>Votre candidature au poste de <b>Assistante transit &amp; export vins (CDI) – Chalon-sur-Saône</b>
        a retenu notre attention. Vous êtes attendue pour un entretien :</p>
        <p style="background:#eef3f8;padding:12px">
        <b>mardi 6 octobre 2026</b><br>
        de 9h30 à 10h30 (heure de Paris)<br>
        Saône Logistique – Port Nord, 12 quai de la Navigation, 71100 Chalon-sur-Saône<br>
        Accueil : demandez Julien Perrin</p>
        <p>Merci de vous munir d'une pièce d'identité pour l'accès au site.</p>
        <p>Une question ? Contactez Julien Perrin, chargé de recrutement :
        <a href="mailto:julien.perrin@saone-logistique.fr">julien.perrin@saone-logistique.fr</a></p>
        <p>Cordialement,<br>L'équipe Talent Acquisition<br>Saône Logistique</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Propulsé par SmartRecruiters · Ne répondez pas à ce message.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Saône Logistique", "no-reply@smartrecruiters.com"),
              "Invitation à un entretien – Assistante transit & export vins (CDI)", "2026-09-30 11:26", PARIS, mid,
              relay="mail-eu1.smartrecruiters.com (mail-eu1.smartrecruiters.com [52.28.116.40])")
    return make.message(hs, html(page, cte="base64"))


@pos(5, family="personio", lang="fr", company="Liège & Bouchage Moreau",
     contact="n.girard@liege-moreau.fr", kind="scheduled", local="Mon 2026-10-26 09:30",
     local_end="2026-10-26 10:15",
     note="Personio, French, sent Thu 22 Oct in CEST for 'lundi 26 octobre 2026, 09:30 - 10:15', the day after "
          "Europe returns to CET (UTC+1) -> 08:30Z-09:15Z; ICS Europe/Paris agrees; contact = Reply-To")
def m05():
    mid = "<personio.application.4417283.event.99120@mail.personio.de>"
    body = t("""
        Bonjour Aurélie Bernard,

        Nous vous remercions pour votre candidature au poste « Assistante commerciale export
        (H/F) » et avons le plaisir de vous confirmer votre rendez-vous :

        Type : Entretien (1er tour)
        Date : lundi 26 octobre 2026
        Horaire : 09:30 - 10:15
        Lieu : Liège & Bouchage Moreau, ZI Les Varennes, 71150 Chagny
        Interlocutrices : Nathalie Girard (RH), Marion Leclerc (ADV export)

        Vous trouverez en pièce jointe un fichier calendrier. Pour toute question, répondez à ce
        message : il sera transmis à Nathalie Girard.

        Cordialement,
        Liège & Bouchage Moreau

        Cette notification a été générée par Personio.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:personio-event-99120@personio.de
DTSTAMP:20261022T092002Z
DTSTART;TZID=Europe/Paris:20261026T093000
DTEND;TZID=Europe/Paris:20261026T101500
SUMMARY:Entretien : Aurélie Bernard – Assistante commerciale export (H/F)
LOCATION:ZI Les Varennes\\, 71150 Chagny
ORGANIZER;CN=Nathalie Girard:mailto:n.girard@liege-moreau.fr
ATTENDEE;CN=Aurélie Bernard;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Liège & Bouchage Moreau", "no-reply@mail.personio.de"),
              "Votre entretien chez Liège & Bouchage Moreau", "2026-10-22 11:20", PARIS, mid,
              relay="mail.personio.de (mail.personio.de [3.120.81.14])",
              extra=(("Reply-To", addr("Nathalie Girard", "n.girard@liege-moreau.fr")),))
    return make.message(hs, mixed(text(body), calendar(ics, filename="entretien.ics", disposition="attachment",
                                                         ctype="application/ics", method=None, cte="base64")))


@pos(6, family="outlook_calendar", lang="fr", company="Ducros Transit International",
     contact="karine.vallet@ducros-transit.fr", kind="scheduled", local="Tue 2026-09-29 15:00",
     local_end="2026-09-29 15:45",
     note="Exchange meeting request; the short note says only 'notre entretien Teams de mardi', the time is "
          "only in the ICS: TZID Romance Standard Time 20260929T150000-154500 (CEST) -> 13:00Z-13:45Z; "
          "contact = organizer/sender")
def m06():
    mid = "<PR3P193MB0871C2D4A5E61B0F9A7D3E21C4A12@PR3P193MB0871.EURP193.PROD.OUTLOOK.COM>"
    body = t("""
        Bonjour Aurélie,

        Comme convenu au téléphone, voici l'invitation pour notre entretien Teams de mardi. Olivier
        Brun, notre directeur export, se joindra à nous en fin d'échange.

        Bonne journée,
        Karine Vallet
        Chargée RH – Ducros Transit International
        04 72 18 55 40

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ1NjE4@thread.v2/0>
        ID de la réunion : 341 882 907 511
        Code secret : 7Xp3Ry
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Aurélie,</p>
        <p>Comme convenu au téléphone, voici l'invitation pour notre entretien Teams de mardi. Olivier Brun,
        notre directeur export, se joindra à nous en fin d'échange.</p>
        <p>Bonne journée,<br>Karine Vallet<br>Chargée RH – Ducros Transit International<br>04 72 18 55 40</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:18pt">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ1NjE4@thread.v2/0">Cliquez ici pour participer à la réunion</a></div>
        <div>ID de la réunion : 341 882 907 511<br>Code secret : 7Xp3Ry</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Karine Vallet:mailto:karine.vallet@ducros-transit.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aurélie Bernard:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivier Brun:mailto:olivier.brun@ducros-transit.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Aurélie\\,\\n\\nComme convenu au téléphone\\, voici l'invitation pour notre entretien Teams de mardi.\\n
UID:040000008200E00074C5B7101A82E0080000000010C7A15E2F4BDC01000000000000000010000000A7F3C92D81E44B43
SUMMARY;LANGUAGE=fr-FR:Entretien – Assistante export – Aurélie Bernard
DTSTART;TZID=Romance Standard Time:20260929T150000
DTEND;TZID=Romance Standard Time:20260929T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T081144Z
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
END:VCALENDAR
"""
    hs = head(addr("Karine Vallet", "karine.vallet@ducros-transit.fr"),
              "Entretien – Assistante export – Aurélie Bernard", "2026-09-23 10:11", PARIS, mid,
              relay="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2112.outbound.protection.outlook.com [40.107.22.112])",
              extra=(("Thread-Topic", enc("Entretien – Assistante export – Aurélie Bernard")),
                     ("Thread-Index", "AdtLIvK2p8vQbWm4SGeXr1N0qYc3Bw=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return make.message(hs, alt(text(body), html(page),
                                calendar(ics, cte="base64", name_param=True, filename="invite.ics")))


@pos(7, family="google_calendar", lang="fr", company="Château de Montcharvet",
     contact="helene.roussel@chateau-montcharvet.fr", kind="scheduled", local="Fri 2026-10-09 11:00",
     local_end="2026-10-09 12:00",
     note="Google Calendar invitation, French UI: 'ven. 9 oct. 2026 11:00 - 12:00 (CEST)' -> 09:00Z-10:00Z; "
          "ICS Europe/Paris agrees; contact = organizer")
def m07():
    mid = "<calendar-8b2e61d4-0f5a-4c3b-9d7e-11a4c2f8e590@google.com>"
    org = "helene.roussel@chateau-montcharvet.fr"
    body = t(f"""
        Hélène Roussel vous a invité à un événement Google Agenda.

        Entretien Aurélie Bernard – Responsable ADV export
        ven. 9 oct. 2026 11:00 - 12:00 (CEST)

        Au château, bureau du premier étage. Parking dans la cour.

        Lieu
        Château de Montcharvet, 71960 Pierreclos
        https://www.google.com/maps/search/Ch%C3%A2teau+de+Montcharvet

        Organisateur
        Hélène Roussel
        {org}

        Invités
        Hélène Roussel - organisateur
        {ME}
        Bertrand de Montcharvet

        Voir tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=MmYxYzBhOTM

        Répondre pour {ME} : Oui (https://calendar.google.com/calendar/event?action=RESPOND&rst=1)
        Non (https://calendar.google.com/calendar/event?action=RESPOND&rst=2) Peut-être

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité de cet événement.
        """)
    page = t(f"""
        <html><body>
        <div style="font-family:Roboto,Arial,sans-serif">
        <p>Hélène Roussel vous a invité à un événement Google Agenda.</p>
        <h2 style="font-weight:400;font-size:20px">Entretien Aurélie Bernard – Responsable ADV export</h2>
        <p><b>Date et heure</b><br>ven. 9 oct. 2026 11:00 - 12:00 (CEST)</p>
        <p>Au château, bureau du premier étage. Parking dans la cour.</p>
        <p><b>Lieu</b><br>Château de Montcharvet, 71960 Pierreclos</p>
        <p><b>Organisateur</b><br>Hélène Roussel<br>{org}</p>
        <p><b>Invités</b><br>Hélène Roussel - organisateur<br>{ME}<br>Bertrand de Montcharvet</p>
        <p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=MmYxYzBhOTM">Voir tous les détails</a></p>
        <p style="font-size:11px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261009T110000
DTEND;TZID=Europe/Paris:20261009T120000
DTSTAMP:20261002T133025Z
ORGANIZER;CN=Hélène Roussel:mailto:{org}
UID:2f1c0a93e5bd4c2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hélène Roussel;X-NUM-GUESTS=0:mailto:{org}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bertrand de Montcharvet;X-NUM-GUESTS=0:mailto:bertrand@chateau-montcharvet.fr
CREATED:20261002T132958Z
DESCRIPTION:Au château\\, bureau du premier étage. Parking dans la cour.
LAST-MODIFIED:20261002T133025Z
LOCATION:Château de Montcharvet\\, 71960 Pierreclos
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Aurélie Bernard – Responsable ADV export
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    inner = alt(text(body), html(page), calendar(ics, cte="base64"))
    hs = head(addr("Hélène Roussel", org),
              f"Invitation: Entretien Aurélie Bernard – Responsable ADV export @ ven. 9 oct. 2026 11:00 - 12:00 (CEST) ({ME})",
              "2026-10-02 15:30", PARIS, mid,
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", addr("Google Agenda", "calendar-notification@google.com")),
                     ("Reply-To", addr("Hélène Roussel", org))))
    return make.message(hs, mixed(inner, calendar(ics, method=None, ctype="application/ics", cte="base64",
                                                  filename="invite.ics", disposition="attachment", name_param=True)))


@pos(8, family="lever", lang="en", company="Kestrel Hill Imports",
     contact="megan.orourke@kestrelhillimports.com", kind="scheduled", local="Thu 2026-10-29 10:00",
     local_end="2026-10-29 10:30", zone=NY,
     note="Lever, English, New York employer: 'Thursday, October 29, 2026, 10:00 AM - 10:30 AM EDT' -> "
          "14:00Z-14:30Z (New York still on EDT until 1 Nov, while Mâcon is on CET since 25 Oct: 15:00 "
          "for the candidate); contact = Reply-To recruiter")
def m08():
    mid = "<20261023184105.5e2c7a1f0b9d@hire.lever.co>"
    body = t("""
        Hi Aurélie,

        Thanks for scheduling time with Kestrel Hill Imports! Here are the details of your
        upcoming interview for Export Sales Coordinator (Burgundy & Beaujolais portfolio):

        When: Thursday, October 29, 2026, 10:00 AM - 10:30 AM EDT
        Where: Zoom - https://kestrelhill.zoom.us/j/84120597733
        Who: Megan O'Rourke, Talent Partner

        If you need to make a change, just reply to this email.

        Best,
        Megan O'Rourke
        Kestrel Hill Imports
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Aurélie,</p>
        <p>Thanks for scheduling time with Kestrel Hill Imports! Here are the details of your upcoming interview for
        <b>Export Sales Coordinator (Burgundy &amp; Beaujolais portfolio)</b>:</p>
        <p><b>When:</b> Thursday, October 29, 2026, 10:00 AM - 10:30 AM EDT<br>
        <b>Where:</b> Zoom - <a href="https://kestrelhill.zoom.us/j/84120597733">https://kestrelhill.zoom.us/j/84120597733</a><br>
        <b>Who:</b> Megan O'Rourke, Talent Partner</p>
        <p>If you need to make a change, just reply to this email.</p>
        <p>Best,<br>Megan O'Rourke<br>Kestrel Hill Imports</p>
        <p style="color:#999;font-size:12px">Sent via Lever</p>
        </div>
        """)
    hs = head(addr("Megan O'Rourke", "no-reply@hire.lever.co"),
              "Your interview with Kestrel Hill Imports", "2026-10-23 14:41", NY, mid,
              relay="mail-out.lever.co (mail-out.lever.co [198.2.180.41])",
              extra=(("Reply-To", addr("Megan O'Rourke", "megan.orourke@kestrelhillimports.com")),))
    return make.message(hs, alt(text(body), html(page)))


@pos(9, family="goodtime", lang="en", company="Kestrel Hill Imports",
     contact="priya.natarajan@kestrelhillimports.com", kind="scheduled", local="Mon 2026-11-09 09:00",
     local_end="2026-11-09 11:30", zone=NY,
     note="GoodTime virtual onsite, three sessions 9:00-9:45, 10:00-10:45, 11:00-11:30 AM EST on Mon 9 Nov; "
          "mail sent Fri 30 Oct still in EDT, the interview is after the 1 Nov change -> EST (UTC-5): "
          "14:00Z to 16:30Z (first start, last end); contact = Reply-To coordinator")
def m09():
    mid = "<goodtime.itinerary.6f0e2d8c71@mail.goodtime.io>"
    body = t("""
        Hi Aurélie,

        Your final-round interviews with Kestrel Hill Imports are confirmed. All times are shown in
        Eastern Time (EST, UTC-5).

        Monday, November 9, 2026

          9:00 AM - 9:45 AM    Daniel Ruiz, VP Sales - Portfolio & pricing conversation
          10:00 AM - 10:45 AM  Ashley Brennan, Logistics Manager - Import operations case
          11:00 AM - 11:30 AM  Robert Kessler, Founder & CEO

        Each session has its own Zoom link in the calendar invitations you will receive
        separately from each interviewer.

        Questions about your schedule? Reply to this email to reach Priya Natarajan, Recruiting
        Coordinator.

        Good luck!
        Kestrel Hill Imports Recruiting
        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#24292f">
        <p>Hi Aurélie,</p>
        <p>Your final-round interviews with Kestrel Hill Imports are confirmed. All times are shown in
        Eastern Time (EST, UTC-5).</p>
        <h3>Monday, November 9, 2026</h3>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td>9:00 AM - 9:45 AM</td><td>Daniel Ruiz, VP Sales</td><td>Portfolio &amp; pricing conversation</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Ashley Brennan, Logistics Manager</td><td>Import operations case</td></tr>
        <tr><td>11:00 AM - 11:30 AM</td><td>Robert Kessler, Founder &amp; CEO</td><td></td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you will receive separately from each interviewer.</p>
        <p>Questions about your schedule? Reply to this email to reach Priya Natarajan, Recruiting Coordinator.</p>
        <p>Good luck!<br>Kestrel Hill Imports Recruiting</p>
        <p style="font-size:11px;color:#8c959f">Powered by GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Kestrel Hill Imports Recruiting", "no-reply@goodtime.io"),
              "Your interview schedule with Kestrel Hill Imports - Monday, November 9", "2026-10-30 16:05", NY, mid,
              relay="o1.mail.goodtime.io (o1.mail.goodtime.io [167.89.47.102])",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@kestrelhillimports.com")),))
    return make.message(hs, alt(text(body, cte="8bit"), html(page)))


@pos(10, family="calendly", lang="en", company="Harbourline Wine Co.",
     contact="tom@harbourlinewine.com.au", kind="scheduled", local="Wed 2026-11-18 08:00",
     local_end="2026-11-18 08:30",
     note="Calendly invitee confirmation shown in the invitee's zone: '8:00am - 8:30am (Central European "
          "Time)' Wed 18 Nov -> 07:00Z-07:30Z (18:00 in Sydney for the host); ICS in UTC agrees; "
          "contact = host (Reply-To)")
def m10():
    mid = "<calendly.invitee.3b9f1d52-7c0e-4a8b-b1e6-0d2c5a7e4f93@calendly.com>"
    body = t("""
        Hi Aurélie Bernard,

        A new event has been scheduled.

        Event Type:
        Intro call - Export Coordinator (Europe)

        Invitee:
        Aurélie Bernard

        Invitee Email:
        aurelie.bernard@example.com

        Event Date/Time:
        8:00am - 8:30am (Central European Time), Wednesday, November 18, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/bzx-kqta-ruv

        Host:
        Tom Whitaker

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3b9f1d52
        Reschedule: https://calendly.com/reschedulings/3b9f1d52

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:3b9f1d52-7c0e-4a8b-b1e6-0d2c5a7e4f93@calendly.com
DTSTAMP:20261112T093312Z
DTSTART:20261118T070000Z
DTEND:20261118T073000Z
SUMMARY:Intro call - Export Coordinator (Europe) between Tom Whitaker and Aurélie Bernard
LOCATION:https://meet.google.com/bzx-kqta-ruv
ORGANIZER;CN=Tom Whitaker:mailto:tom@harbourlinewine.com.au
ATTENDEE;CN=Aurélie Bernard;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call - Export Coordinator (Europe) with Tom Whitaker on Wednesday, November 18, 2026",
              "2026-11-12 09:33", "UTC", mid,
              relay="o7.email.calendly.com (o7.email.calendly.com [167.89.62.5])",
              extra=(("Reply-To", addr("Tom Whitaker", "tom@harbourlinewine.com.au")),))
    return make.message(hs, mixed(text(body, cte="quoted-printable"),
                                  calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@pos(11, family="human_prose", lang="en", company="Harbourline Wine Co.",
     contact="tom@harbourlinewine.com.au", kind="scheduled", local="Thu 2026-11-26 18:00", zone=SYD,
     note="Australian English: 'Thursday 26 November at 6pm Sydney time' (AEDT, UTC+11) -> 07:00Z, which he "
          "also gives as '8am for you in Mâcon' (CET); sent Fri 20 Nov 09:14 in Sydney, Thu 19 Nov in UTC; "
          "'about 45 mins' -> end null")
def m11():
    mid = "<SY4P282MB31045E0B7A9C2D1F6E8B40A2C93E1@SY4P282MB3104.AUSP282.PROD.OUTLOOK.COM>"
    body = t("""
        Hi Aurélie,

        Great chatting on Wednesday - thanks for being up so early. Jess and I compared notes and
        we'd love you to meet her properly.

        Let's lock in Thursday 26 November at 6pm Sydney time. By my maths that's 8am for you in
        Mâcon (we're on daylight saving, you're not any more - shout if I've got that wrong). Jess
        runs our ops and shipping, so expect questions on EU excise paperwork, pallets and
        container consolidation. Should take about 45 mins.

        I'll send a Teams link on the day.

        Cheers,
        Tom

        Tom Whitaker
        Head of Export | Harbourline Wine Co.
        Level 3, 88 Cumberland Street, The Rocks NSW 2000
        +61 2 9251 4480
        """)
    hs = head(addr("Tom Whitaker", "tom@harbourlinewine.com.au"), "Next step - chat with Jess",
              "2026-11-20 09:14", SYD, mid,
              relay="AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2090.outbound.protection.outlook.com [40.107.107.90])",
              extra=(("Content-Language", "en-AU"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body).replace('dir="ltr"', 'class="WordSection1"'))))


@pos(12, family="workday", lang="fr", company="Groupe Castelvin",
     contact="amandine.roche@castelvin-groupe.fr", kind="scheduled", local="Mon 2026-11-16 14:00",
     local_end="2026-11-16 15:00",
     note="Workday system mailbox, French: 'lundi 16 novembre 2026, 14h00 - 15h00 (heure de Paris)' -> "
          "13:00Z-14:00Z (CET); contact = recruiter address in the body")
def m12():
    mid = "<1790662881.48213.1762853104511@wd3-prod-eu.myworkday.com>"
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Bonjour Aurélie,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>R0048217 Assistant(e) Export Asie-Pacifique</b>.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Date :</b></td><td>lundi 16 novembre 2026</td></tr>
        <tr><td><b>Heure :</b></td><td>14h00 - 15h00 (heure de Paris)</td></tr>
        <tr><td><b>Lieu :</b></td><td>Groupe Castelvin – Siège, 3 boulevard de la Trémouille, 21000 Dijon</td></tr>
        <tr><td><b>Interlocuteur :</b></td><td>Marc Delorme, Responsable export Asie</td></tr>
        </table>
        <p>Pour toute question, contactez Amandine Roche, Chargée de recrutement :
        amandine.roche@castelvin-groupe.fr</p>
        <p>Vous pouvez suivre votre candidature depuis votre
        <a href="https://wd3.myworkdayjobs.com/fr-FR/Castelvin/login">espace candidat</a>.</p>
        <p>Cordialement,<br>Direction des Ressources Humaines – Groupe Castelvin</p>
        <p style="font-size:10px;color:#666">Ce message a été envoyé automatiquement. Merci de ne pas y répondre.</p>
        </body></html>
        """)
    plain = t("""
        Bonjour Aurélie,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste R0048217 Assistant(e)
        Export Asie-Pacifique.

        Date : lundi 16 novembre 2026
        Heure : 14h00 - 15h00 (heure de Paris)
        Lieu : Groupe Castelvin – Siège, 3 boulevard de la Trémouille, 21000 Dijon
        Interlocuteur : Marc Delorme, Responsable export Asie

        Pour toute question, contactez Amandine Roche, Chargée de recrutement :
        amandine.roche@castelvin-groupe.fr

        Cordialement,
        Direction des Ressources Humaines – Groupe Castelvin

        Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
        """)
    hs = head(addr("Groupe Castelvin", "castelvin@myworkday.com"),
              "Confirmation de votre entretien – Assistant(e) Export Asie-Pacifique", "2026-11-10 10:25", PARIS, mid,
              relay="wd3-prod-eu.myworkday.com (wd3-prod-eu.myworkday.com [185.30.186.27])")
    return make.message(hs, alt(text(plain, cte="base64"), html(page, cte="base64")))


@pos(13, family="taleo", lang="fr", company="Verrerie Saint-Ambroise",
     contact="isabelle.fournier@verrerie-st-ambroise.fr", kind="scheduled", local="Thu 2026-12-03 10:30",
     local_end="2026-12-03 12:00",
     note="Taleo, plain text in iso-8859-1 (QP): 'jeudi 3 décembre 2026 à 10h30', 'Durée prévue : 1h30' -> "
          "09:30Z-11:00Z (CET); contact = the HR address written in the body")
def m13():
    mid = "<1123456789.2291.1764069381000.JavaMail.taleo@tbe1p.taleo.net>"
    body = t("""
        Madame,

        Suite à l'examen de votre candidature au poste de Gestionnaire ADV Export (réf. 2600412),
        nous avons le plaisir de vous convier à un entretien :

            le jeudi 3 décembre 2026 à 10h30
            Verrerie Saint-Ambroise - Direction Commerciale
            Route de Cluny, 71250 Saint-Ambroise-sur-Grosne
            Durée prévue : 1h30 (entretien et visite du site)

        Vous serez reçue par Mme Isabelle Fournier, Responsable Ressources Humaines, et
        M. Hervé Lacoste, Responsable Administration des Ventes.

        Pour toute demande, merci d'écrire à isabelle.fournier@verrerie-st-ambroise.fr en
        rappelant la référence du poste.

        Nous vous prions d'agréer, Madame, nos salutations distinguées.

        Le service Recrutement
        Verrerie Saint-Ambroise

        Ce courriel est généré automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("Verrerie Saint-Ambroise", "noreply@tbe.taleo.net", charset="iso-8859-1"),
              "Convocation à un entretien - Gestionnaire ADV Export (2600412)", "2026-11-25 12:16", PARIS, mid,
              relay="tbe1p.taleo.net (tbe1p.taleo.net [160.34.10.22])", charset="iso-8859-1")
    return make.message(hs, text(body, charset="iso-8859-1"))


@pos(14, family="ashby", lang="en", company="Cuvéo",
     contact="lea.marchand@cuveo.io", kind="scheduled", local="Wed 2026-10-14 16:30",
     local_end="2026-10-14 17:15",
     note="Ashby, English from a Paris start-up: 'Wednesday, October 14, 2026, 4:30 PM - 5:15 PM CEST' -> "
          "14:30Z-15:15Z; ICS Europe/Paris agrees; contact = Reply-To / ORGANIZER recruiter")
def m14():
    mid = "<0100019a3c1b7e52-4ad1c0e8-93f2-4b6d-8e1a-7c5d2f0b9a36-000000@email.amazonses.com>"
    body = t("""
        Hi Aurélie,

        Your interview is confirmed. We're looking forward to speaking with you!

        Export Partnerships Associate - Video call with the hiring manager
        Wednesday, October 14, 2026, 4:30 PM - 5:15 PM CEST
        Google Meet: https://meet.google.com/woq-pzbe-kfd

        You'll meet with:
          Antoine Vasseur - Head of Partnerships

        Questions? Just reply and it will reach Léa Marchand.

        Thanks,
        Cuvéo Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a2e">
        <p>Hi Aurélie,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Export Partnerships Associate - Video call with the hiring manager</b><br>
        Wednesday, October 14, 2026, 4:30 PM - 5:15 PM CEST<br>
        Google Meet: <a href="https://meet.google.com/woq-pzbe-kfd">meet.google.com/woq-pzbe-kfd</a></p>
        <p>You'll meet with:<br>Antoine Vasseur - Head of Partnerships</p>
        <p>Questions? Just reply and it will reach Léa Marchand.</p>
        <p>Thanks,<br>Cuvéo Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:a8d41e06-2b9c-4f73-9a5e-6c0d1b7e3f28
DTSTAMP:20261008T095402Z
DTSTART;TZID=Europe/Paris:20261014T163000
DTEND;TZID=Europe/Paris:20261014T171500
SEQUENCE:0
SUMMARY:Cuvéo - Export Partnerships Associate Interview
LOCATION:https://meet.google.com/woq-pzbe-kfd
ORGANIZER;CN=Léa Marchand:mailto:lea.marchand@cuveo.io
ATTENDEE;CN=Aurélie Bernard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Cuvéo", "no-reply@ashbyhq.com"),
              "Interview confirmed: Export Partnerships Associate at Cuvéo", "2026-10-08 11:54", PARIS, mid,
              relay="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Léa Marchand", "lea.marchand@cuveo.io")),))
    return make.message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                                  calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@pos(15, family="ms_bookings", lang="fr", company="Maison Thévenet-Roux",
     contact="celine.aubry@thevenet-roux.fr", kind="scheduled", local="Tue 2026-12-01 11:00",
     local_end="2026-12-01 11:30",
     note="Microsoft Bookings from a shared mailbox: 'mardi 1 décembre 2026 11:00 - 11:30 (UTC+01:00) "
          "Bruxelles, Copenhague, Madrid, Paris' -> 10:00Z-10:30Z; ICS TZID Romance Standard Time agrees; "
          "the mailbox is not a person, contact = staff member's address in the body")
def m15():
    mid = "<AM9P193MB15926E1D0C7B84A2F95E3C71B8D42@AM9P193MB1592.EURP193.PROD.OUTLOOK.COM>"
    box = "RecrutementThevenetRoux@thevenet-roux.fr"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Réservation confirmée</div>
        <p>Bonjour Aurélie Bernard,</p>
        <p>Merci d'avoir réservé un créneau avec Maison Thévenet-Roux. Voici le récapitulatif :</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de préqualification – Assistant(e) export</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td><td>mardi 1 décembre 2026 11:00 - 11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Céline Aubry</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTc3Yjk2@thread.v2/0">Rejoindre la réunion Teams</a></p>
        <p>Une question ? Écrivez à Céline Aubry : <a href="mailto:celine.aubry@thevenet-roux.fr">celine.aubry@thevenet-roux.fr</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementThevenetRoux@thevenet-roux.fr/bookings/">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#a19f9d">Réservé avec Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Recrutement Thévenet-Roux:mailto:{box}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aurélie Bernard:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000A0C14B62E85DDC01000000000000000010000000
SUMMARY;LANGUAGE=fr-FR:Entretien de préqualification – Assistant(e) export
DTSTART;TZID=Romance Standard Time:20261201T110000
DTEND;TZID=Romance Standard Time:20261201T113000
DTSTAMP:20261125T151903Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Recrutement Thévenet-Roux", box),
              "Réservation confirmée : Entretien de préqualification – Assistant(e) export",
              "2026-11-25 16:19", PARIS, mid,
              relay="EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2105.outbound.protection.outlook.com [40.107.104.105])",
              extra=(("Content-Language", "fr-FR"),))
    return make.message(hs, alt(html(page), calendar(ics, cte="base64")))


@pos(16, family="forwarded", lang="fr", company="Domaine de la Roche-Guichard",
     contact="romain.lefevre@vinea-recrutement.fr", kind="scheduled", local="Wed 2026-10-21 09:00",
     note="Owner forwards to herself (example.org -> example.com, Gmail 'Message transféré') an agency "
          "consultant's confirmation: 'mercredi 21 octobre à 9h00' at the client's in Cluny (CEST) -> 07:00Z; "
          "company = the client who hires; contact = the consultant in the forwarded header; no length -> end null")
def m16():
    mid = "<CAGb7Fq1xR3mWk0u9v+T2hLq@mail.gmail.com>"
    body = t("""
        Pour l'agenda !

        ---------- Message transféré ---------
        De : Romain Lefèvre <romain.lefevre@vinea-recrutement.fr>
        Date: mer. 14 oct. 2026 à 17:32
        Subject: Confirmation entretien – Domaine de la Roche-Guichard
        To: Aurélie Bernard <aurelie.bernard@example.org>


        Bonjour Aurélie,

        Je reviens vers vous avec une bonne nouvelle : M. Pascal Thivent, directeur commercial du
        Domaine de la Roche-Guichard, souhaite vous rencontrer pour le poste d'assistante export
        (CDI, 35 h).

        Je vous confirme donc l'entretien le mercredi 21 octobre à 9h00, dans leurs bureaux :
        Domaine de la Roche-Guichard, 4 chemin des Grangettes, 71250 Cluny.

        Pensez à apporter une copie de vos diplômes. N'hésitez pas à m'appeler après l'entretien
        pour me faire un retour.

        Bien cordialement,

        Romain Lefèvre
        Consultant recrutement – Vins & Spiritueux
        Vinéa Recrutement | 22 rue Carnot, 71000 Mâcon
        03 85 21 47 60
        """)
    hs = head(addr(OWNER, ME2), "Fwd: Confirmation entretien – Domaine de la Roche-Guichard",
              "2026-10-15 08:02", PARIS, mid,
              relay="mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])",
              extra=(("In-Reply-To", "<DB9P192MB1433A1F0@DB9P192MB1433.EURP192.PROD.OUTLOOK.COM>"),
                     ("References", "<DB9P192MB1433A1F0@DB9P192MB1433.EURP192.PROD.OUTLOOK.COM>")))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@pos(17, family="reply_quoted", lang="fr", company="Distillerie Perrault-Anselme",
     contact="vincent.anselme@perrault-anselme.fr", kind="scheduled", local="Tue 2026-12-08 11:00",
     note="Short reply on top of the quoted thread: 'je vous confirme donc mardi 8 décembre à 11h' (the "
          "quoted proposal offered that slot or Thu 10 Dec 16h, the candidate chose the first) -> CET "
          "10:00Z; no length -> end null; contact = human sender",
     days=(("Thu", "2026-12-10"),))
def m17():
    mid = "<5a6d2c1e-8f4b-4a39-b0d7-e3c91f2a6b58@perrault-anselme.fr>"
    body = t("""
        Bonjour Aurélie,

        C'est parfait, je vous confirme donc mardi 8 décembre à 11h à la distillerie. Je vous ferai
        visiter la chaîne d'embouteillage avant de parler du poste, prévoyez des chaussures fermées.

        Bien à vous,
        Vincent Anselme
        Directeur général – Distillerie Perrault-Anselme
        Nuits-Saint-Georges

        Le 2 déc. 2026 à 19:12, Aurélie Bernard <aurelie.bernard@example.com> a écrit :
        > Bonsoir Monsieur Anselme,
        >
        > Merci beaucoup pour votre retour. Le mardi 8 décembre à 11h me conviendrait très bien.
        >
        > Bien cordialement,
        > Aurélie Bernard
        >
        > Le 2 déc. 2026 à 10:40, Vincent Anselme <vincent.anselme@perrault-anselme.fr> a écrit :
        >> Bonjour Madame Bernard,
        >>
        >> Votre candidature pour le poste d'assistante export nous intéresse. Je vous propose de
        >> nous rencontrer à la distillerie le mardi 8 décembre à 11h ou le jeudi 10 décembre à 16h.
        >> Dites-moi ce qui vous arrange.
        >>
        >> Cordialement,
        >> Vincent Anselme
        """)
    hs = head(addr("Vincent Anselme", "vincent.anselme@perrault-anselme.fr"),
              "Re: Candidature assistante export", "2026-12-03 08:47", PARIS, mid,
              relay="smtp-out.ovh.net (mo4-p01-ob.smtp.ovh.net [87.98.184.141])",
              extra=(("In-Reply-To", "<B71E5F0C-2A44-4D19-8E6B-0C3F9A7D21E4@example.com>"),
                     ("References", "<3f7e2b1a@perrault-anselme.fr> <B71E5F0C-2A44-4D19-8E6B-0C3F9A7D21E4@example.com>"),
                     ("X-Mailer", "Apple Mail (2.3826.500.181)")))
    return make.message(hs, text(body, cte="quoted-printable"))


# =========================================================================== positives: rescheduled


@pos(18, family="outlook_calendar", lang="fr", company="Ducros Transit International",
     contact="karine.vallet@ducros-transit.fr", kind="rescheduled", local="Fri 2026-10-16 14:00",
     local_end="2026-10-16 15:00",
     note="Exchange update (SEQUENCE:1, subject 'Mis à jour'): second round moved from jeudi 15 octobre 10:00 "
          "to 'vendredi 16 octobre 2026 14:00-15:00' (Outlook label '(UTC+01:00) Bruxelles...' although it is "
          "CEST) -> 12:00Z-13:00Z; ICS Romance Standard Time agrees; start = new time",
     days=(("Thu", "2026-10-15"),))
def m18():
    mid = "<PR3P193MB08717A0E2C4B19D3F6A8E05B2C7D1@PR3P193MB0871.EURP193.PROD.OUTLOOK.COM>"
    body = t("""
        Quand : vendredi 16 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Ducros Transit International, 9 rue de Gerland, 69007 Lyon

        *~*~*~*~*~*~*~*~*~*

        Bonjour Aurélie,

        Olivier a un déplacement au Havre jeudi : je déplace notre 2e entretien au vendredi
        16 octobre, de 14h à 15h, toujours dans nos locaux de Gerland. Merci d'accepter la mise à
        jour si cela vous convient.

        Karine Vallet
        Chargée RH – Ducros Transit International
        04 72 18 55 40
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Karine Vallet:mailto:karine.vallet@ducros-transit.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aurélie Bernard:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Olivier Brun:mailto:olivier.brun@ducros-transit.fr
DESCRIPTION;LANGUAGE=fr-FR:Olivier a un déplacement au Havre jeudi : je déplace notre 2e entretien au vendredi 16 octobre\\, de 14h à 15h.\\n
UID:040000008200E00074C5B7101A82E00800000000F0A2D9134A57DC01000000000000000010000000C3E0B4F1A9D64F12
SUMMARY;LANGUAGE=fr-FR:2e entretien – Assistante export – Aurélie Bernard
DTSTART;TZID=Romance Standard Time:20261016T140000
DTEND;TZID=Romance Standard Time:20261016T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T135830Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Ducros Transit International\\, 9 rue de Gerland\\, 69007 Lyon
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1907235512
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    subject = "Mis à jour : 2e entretien – Assistante export – Aurélie Bernard"
    hs = head(addr("Karine Vallet", "karine.vallet@ducros-transit.fr"), subject, "2026-10-12 15:58", PARIS, mid,
              relay="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2109.outbound.protection.outlook.com [40.107.22.109])",
              extra=(("Thread-Topic", enc("2e entretien – Assistante export – Aurélie Bernard")),
                     ("Thread-Index", "AdtLIvK2p8vQbWm4SGeXr1N0qYc3BwAKc7Fp"),
                     ("Content-Language", "fr-FR")))
    return make.message(hs, alt(text(body), calendar(ics, cte="base64")))


@pos(19, family="human_prose", lang="fr", company="Vignerons de la Grisière",
     contact="s.mercier@vignerons-grisiere.fr", kind="rescheduled", local="Fri 2026-10-02 16:00",
     note="Tutoiement: the meeting with the president moves from 'jeudi 1er octobre à 10h' to 'vendredi "
          "2 octobre à 16h' (CEST) -> 14:00Z; old and new time in the same mail; start = new time",
     days=(("Thu", "2026-10-01"),))
def m19():
    mid = "<c41f0e7a-9d2b-4e85-a3c6-2b8f1d5e7a90@vignerons-grisiere.fr>"
    body = t("""
        Coucou Aurélie,

        Petit changement de programme pour ton rendez-vous avec le président : Jean-Claude est
        réquisitionné pour les vendanges tardives jeudi 1er octobre au matin, donc on décale au
        vendredi 2 octobre à 16h. C'est calé dans son agenda, toujours au caveau de Lugny.

        Désolée pour le jonglage, c'est la saison !

        Sophie
        """)
    hs = head(addr("Sophie Mercier", "s.mercier@vignerons-grisiere.fr"),
              "Changement d'horaire pour ton RDV avec le président", "2026-09-28 08:31", PARIS, mid,
              relay="smtp.vignerons-grisiere.fr (smtp.vignerons-grisiere.fr [185.31.40.77])",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return make.message(hs, text(body, cte="8bit", params="format=flowed"))


@pos(20, family="recruitee", lang="fr", company="Comptoir des Grands Crus",
     contact="emilie.garnier@comptoir-grandscrus.fr", kind="rescheduled", local="Thu 2026-11-19 15:00",
     local_end="2026-11-19 15:45",
     note="Recruitee reschedule: 'initialement prévu le mardi 17 novembre à 10h00' moved to 'jeudi "
          "19 novembre 2026 à 15h00 (heure de Paris), durée 45 min' -> CET 14:00Z-14:45Z; ICS SEQUENCE:1 "
          "agrees; contact = Reply-To recruiter",
     days=(("Tue", "2026-11-17"),))
def m20():
    mid = "<recruitee.interview.2093381.reschedule@mailer.recruitee.com>"
    body = t("""
        Bonjour Aurélie,

        Votre entretien pour le poste « Assistante export & logistique – Tournus » a été déplacé.

        Ancien créneau : mardi 17 novembre 2026 à 10h00
        Nouveau créneau : jeudi 19 novembre 2026 à 15h00 (heure de Paris), durée 45 min
        Lieu : Comptoir des Grands Crus, 5 quai du Midi, 71700 Tournus

        Une invitation mise à jour est jointe à ce message. Pour toute question, répondez
        directement à cet e-mail.

        À bientôt,
        Émilie Garnier
        Comptoir des Grands Crus
        """)
    page = t("""
        <table style="font-family:Arial,sans-serif;font-size:14px" width="560"><tr><td>
        <p>Bonjour Aurélie,</p>
        <p>Votre entretien pour le poste « Assistante export &amp; logistique – Tournus » a été déplacé.</p>
        <p><s>mardi 17 novembre 2026 à 10h00</s><br>
        <b>jeudi 19 novembre 2026 à 15h00 (heure de Paris)</b>, durée 45 min<br>
        Comptoir des Grands Crus, 5 quai du Midi, 71700 Tournus</p>
        <p>Une invitation mise à jour est jointe à ce message. Pour toute question, répondez directement à cet e-mail.</p>
        <p>À bientôt,<br>Émilie Garnier<br>Comptoir des Grands Crus</p>
        </td></tr></table>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview scheduler//EN
METHOD:REQUEST
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:recruitee-event-2093381@recruitee.com
DTSTAMP:20261113T091547Z
DTSTART;TZID=Europe/Paris:20261119T150000
DTEND;TZID=Europe/Paris:20261119T154500
SEQUENCE:1
SUMMARY:Entretien – Assistante export & logistique – Comptoir des Grands Crus
LOCATION:5 quai du Midi\\, 71700 Tournus
ORGANIZER;CN=Émilie Garnier:mailto:emilie.garnier@comptoir-grandscrus.fr
ATTENDEE;CN=Aurélie Bernard;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Émilie Garnier (Comptoir des Grands Crus)", "no-reply@mailer.recruitee.com"),
              "Votre entretien a été déplacé – Assistante export & logistique", "2026-11-13 10:15", PARIS, mid,
              relay="mailer.recruitee.com (mailer.recruitee.com [18.185.60.12])",
              extra=(("Reply-To", addr("Émilie Garnier", "emilie.garnier@comptoir-grandscrus.fr")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, filename="entretien.ics", disposition="attachment", cte="base64")))


@pos(21, family="reply_quoted", lang="en", company="Kestrel Hill Imports",
     contact="megan.orourke@kestrelhillimports.com", kind="rescheduled", local="Fri 2026-10-30 09:30",
     local_end="2026-10-30 10:00", zone=NY,
     note="Recruiter reply on top of the quoted Lever thread: the Thu 29 Oct call moves to 'Friday, October 30 "
          "at 9:30 AM ET', 'still 30 minutes'; New York is on EDT until 1 Nov -> 13:30Z-14:00Z (she gives "
          "'2:30 PM in Mâcon', CET); start = new time")
def m21():
    mid = "<CAJx5Pq0mD7n2Lc9+Kw4hYzR1s@mail.gmail.com>"
    body = t("""
        Hi Aurélie,

        Great question - the role would be remote from France for the first year, with a trip to
        New York every quarter, and then we'd talk about relocating if it works for both sides.

        One heads-up: Daniel got pulled into a distributor visit in Boston on Thursday, so I've
        moved our call to Friday, October 30 at 9:30 AM ET, still 30 minutes, same Zoom link.
        That's 2:30 PM in Mâcon - your clocks went back last weekend, ours don't until this one!
        You'll get an updated invite from Lever shortly.

        Best,
        Megan

        Megan O'Rourke | Talent Partner
        Kestrel Hill Imports | 215 West 28th Street, New York, NY 10001

        On Mon, Oct 26, 2026 at 4:02 AM Aurélie Bernard <aurelie.bernard@example.com> wrote:
        > Hi Megan,
        >
        > Thank you for the invitation, I'm looking forward to Thursday. Quick question before
        > we speak: would the position be based in New York or remote from France?
        >
        > Kind regards,
        > Aurélie
        >
        > On Fri, Oct 23, 2026 at 8:41 PM Megan O'Rourke <no-reply@hire.lever.co> wrote:
        >> Hi Aurélie,
        >>
        >> Thanks for scheduling time with Kestrel Hill Imports! Here are the details of your
        >> upcoming interview for Export Sales Coordinator (Burgundy & Beaujolais portfolio):
        >>
        >> When: Thursday, October 29, 2026, 10:00 AM - 10:30 AM EDT
        >> Where: Zoom - https://kestrelhill.zoom.us/j/84120597733
        """)
    hs = head(addr("Megan O'Rourke", "megan.orourke@kestrelhillimports.com"),
              "Re: Your interview with Kestrel Hill Imports", "2026-10-27 09:12", NY, mid,
              relay="mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])",
              extra=(("In-Reply-To", "<E3A0F1B2-7C44-4E0A-9D58-21B6C3F7A9E0@example.com>"),
                     ("References", "<20261023184105.5e2c7a1f0b9d@hire.lever.co> "
                                    "<E3A0F1B2-7C44-4E0A-9D58-21B6C3F7A9E0@example.com>")))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


# =========================================================================== positives: cancelled


@pos(22, family="google_calendar", lang="fr", company="Château de Montcharvet",
     contact="helene.roussel@chateau-montcharvet.fr", kind="cancelled", local="Thu 2026-10-22 17:00",
     local_end="2026-10-22 18:00",
     note="Google Calendar cancellation, French UI (METHOD:CANCEL, STATUS:CANCELLED): 'jeu. 22 oct. 2026 "
          "17:00 - 18:00 (CEST)' -> 15:00Z-16:00Z, the cancelled slot; contact = organizer")
def m22():
    mid = "<calendar-c7d30e9a-51f2-4b86-a0e4-93b8f1c2d657@google.com>"
    org = "helene.roussel@chateau-montcharvet.fr"
    body = t(f"""
        Cet événement a été annulé et supprimé de votre agenda.

        2e entretien – Aurélie Bernard avec Bertrand de Montcharvet
        jeu. 22 oct. 2026 17:00 - 18:00 (CEST)

        Organisateur
        Hélène Roussel
        {org}

        Invités
        Hélène Roussel - organisateur
        Bertrand de Montcharvet
        {ME}

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité de cet événement.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261022T170000
DTEND;TZID=Europe/Paris:20261022T180000
DTSTAMP:20261020T081204Z
ORGANIZER;CN=Hélène Roussel:mailto:{org}
UID:6e0b2c41d9a8f357@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261013T140511Z
LAST-MODIFIED:20261020T081204Z
LOCATION:Château de Montcharvet\\, 71960 Pierreclos
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:2e entretien – Aurélie Bernard avec Bertrand de Montcharvet
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Hélène Roussel", org),
              f"Événement annulé : 2e entretien – Aurélie Bernard avec Bertrand de Montcharvet @ jeu. 22 oct. 2026 17:00 - 18:00 (CEST) ({ME})",
              "2026-10-20 10:12", PARIS, mid,
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", addr("Google Agenda", "calendar-notification@google.com")),
                     ("Reply-To", addr("Hélène Roussel", org))))
    inner = alt(text(body), html(make.gmail_html(body)), calendar(ics, method="CANCEL", cte="quoted-printable"))
    return make.message(hs, mixed(inner, calendar(ics, method=None, ctype="application/ics", cte="base64",
                                                  filename="invite.ics", disposition="attachment", name_param=True)))


@pos(23, family="human_prose", lang="fr", company="Saône Logistique",
     contact="julien.perrin@saone-logistique.fr", kind="cancelled", local="Thu 2026-10-15 14:00",
     note="Outlook prose in windows-1252: cancels 'notre second entretien de demain, jeudi 15 octobre à 14h' "
          "(position filled internally); 'demain' resolved against the Date (Wed 14 Oct, Paris), CEST -> "
          "12:00Z, the cancelled slot; no new time")
def m23():
    mid = "<DB8P191MB0944C1E7A3F25B6D08E91A4F3C2B0@DB8P191MB0944.EURP191.PROD.OUTLOOK.COM>"
    body = t("""
        Bonjour Madame Bernard,

        Je suis au regret de vous informer que nous annulons notre second entretien de demain,
        jeudi 15 octobre à 14h. La direction a finalement décidé de pourvoir le poste en interne,
        par la mobilité d’une collaboratrice de notre agence de Mâcon.

        Cette décision n’enlève rien à la qualité de votre parcours ; avec votre accord, je
        conserve votre dossier pour nos prochains recrutements à l’export.

        Je vous prie d’accepter nos excuses pour ce changement tardif.

        Bien cordialement,

        Julien Perrin
        Chargé de recrutement
        Saône Logistique – Port Nord, 71100 Chalon-sur-Saône
        Tél. 03 85 46 12 90
        """)
    hs = head(addr("Julien Perrin", "julien.perrin@saone-logistique.fr"),
              "Annulation de notre entretien de demain", "2026-10-14 09:48", PARIS, mid,
              relay="EUR02-DB8-obe.outbound.protection.outlook.com (mail-db8eur02on2097.outbound.protection.outlook.com [40.107.249.97])",
              extra=(("Content-Language", "fr-FR"), ("Importance", "high")))
    return make.message(hs, text(body, charset="windows-1252"))


@pos(24, family="ashby", lang="en", company="Cuvéo",
     contact="lea.marchand@cuveo.io", kind="cancelled", local="Thu 2026-10-22 11:00",
     local_end="2026-10-22 12:00",
     note="Ashby cancellation with METHOD:CANCEL ICS: 'Thursday, October 22, 2026, 11:00 AM - 12:00 PM CEST' -> "
          "09:00Z-10:00Z, the cancelled slot (role put on hold); contact = Reply-To / ORGANIZER recruiter")
def m24():
    mid = "<0100019a6e5d2c81-b3f0a1d4-5e27-4c98-a6b3-1f0e9d8c7b25-000000@email.amazonses.com>"
    body = t("""
        Hi Aurélie,

        Unfortunately we need to cancel your upcoming interview:

        Export Partnerships Associate - Case study with the team
        Thursday, October 22, 2026, 11:00 AM - 12:00 PM CEST

        We've decided to put this role on hold while we finalise our 2027 budget. We're really sorry
        for the late notice, and Léa will reach out personally if the position reopens.

        Questions? Just reply and it will reach Léa Marchand.

        Thanks,
        Cuvéo Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:f25c7e19-8d3a-4b60-9e1f-0a7b4c2d6e83
DTSTAMP:20261019T143011Z
DTSTART;TZID=Europe/Paris:20261022T110000
DTEND;TZID=Europe/Paris:20261022T120000
SEQUENCE:1
SUMMARY:Cuvéo - Export Partnerships Associate Case study
ORGANIZER;CN=Léa Marchand:mailto:lea.marchand@cuveo.io
ATTENDEE;CN=Aurélie Bernard;ROLE=REQ-PARTICIPANT:mailto:{ME}
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Cuvéo", "no-reply@ashbyhq.com"),
              "Interview canceled: Export Partnerships Associate at Cuvéo", "2026-10-19 16:30", PARIS, mid,
              relay="a48-117.smtp-out.amazonses.com (a48-117.smtp-out.amazonses.com [54.240.48.117])",
              extra=(("Reply-To", addr("Léa Marchand", "lea.marchand@cuveo.io")),))
    return make.message(hs, mixed(text(body, cte="base64"),
                                  calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment",
                                           cte="base64")))


# =========================================================================== negatives


@neg(25, family="rejection", lang="fr", company="Maison Lardière-Chauvet",
     note="Teamtailor rejection after the 15 Sep interview; mentions the past interview only")
def m25():
    mid = "<tt-4c1e8a7d20.rejection.8841@teamtailor-mail.com>"
    body = t("""
        Bonjour Aurélie,

        Merci encore d'être venue jusqu'à Beaune pour votre entretien du 15 septembre et pour le
        temps que vous nous avez consacré.

        Après mûre réflexion, nous avons choisi de poursuivre avec une autre candidate dont
        l'expérience du marché japonais correspond davantage à nos besoins immédiats.

        Nous conservons votre candidature dans notre vivier et ne manquerons pas de revenir vers
        vous si une opportunité se présente.

        Très cordialement,
        Claire Jobard
        Maison Lardière-Chauvet

        --
        Envoyé avec Teamtailor · Gérer mes données : https://lardiere-chauvet.teamtailor.com/connect/privacy
        """)
    hs = head(addr("Maison Lardière-Chauvet", "no-reply@teamtailor-mail.com"),
              "Votre candidature – Assistant(e) export – Maison Lardière-Chauvet", "2026-09-24 09:05", PARIS, mid,
              relay="o12.teamtailor-mail.com (o12.teamtailor-mail.com [149.72.9.12])",
              extra=(("Reply-To", addr("Claire Jobard", "claire.jobard@lardiere-chauvet.fr")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(26, family="application_ack", lang="fr", company="Caves Rabourdin",
     note="Workable application receipt: nothing scheduled")
def m26():
    mid = "<0102019b2a71d5e3-f1c8b0a6-2d94-4e7b-8a3c-5f9e1d0b7c24-000000@candidates.workablemail.com>"
    body = t("""
        Bonjour Aurélie,

        Merci pour votre candidature au poste d'Assistante ADV Export (H/F) chez Caves Rabourdin.

        Nous l'avons bien reçue et notre équipe l'étudie avec attention. Si votre profil correspond
        à nos besoins, nous reviendrons vers vous dans les prochaines semaines pour convenir d'un
        premier échange.

        Bien cordialement,
        Caves Rabourdin

        Ce message vous a été envoyé par Caves Rabourdin via Workable.
        """)
    hs = head(addr("Caves Rabourdin", "noreply@candidates.workablemail.com"),
              "Merci pour votre candidature – Assistante ADV Export (H/F)", "2026-09-03 19:22", PARIS, mid,
              relay="a27-91.smtp-out.eu-west-1.amazonses.com (a27-91.smtp-out.eu-west-1.amazonses.com [54.240.27.91])",
              extra=(("Reply-To", "caves-rabourdin+a02b9e41f7@candidates.workablemail.com"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(27, family="job_alert", lang="fr", company=None,
     note="Job-board alert listing several export assistant offers; nothing scheduled")
def m27():
    mid = "<alerte.20260908.77120@news.vinojob.fr>"
    page = t("""
        <html><body style="font-family:Georgia,serif;background:#faf7f2">
        <table width="600" align="center" cellpadding="12" style="background:#fff">
        <tr><td style="background:#7b1e3a;color:#fff;font-size:20px">VinoJob – votre alerte « assistant export »</td></tr>
        <tr><td>
        <p>Bonjour Aurélie, 6 nouvelles offres correspondent à votre recherche (Bourgogne, Rhône, Jura) :</p>
        <p><b>Assistante export Asie (H/F)</b> – Groupe Castelvin – Dijon – CDI<br>Publiée il y a 2 jours</p>
        <p><b>Assistant(e) commercial(e) export</b> – Liège &amp; Bouchage Moreau – Chagny – CDI<br>Publiée hier</p>
        <p><b>ADV export bilingue anglais</b> – Caves Rabourdin – Villefranche-sur-Saône – CDD 12 mois</p>
        <p><b>Coordinatrice logistique vins</b> – Saône Logistique – Chalon-sur-Saône – CDI</p>
        <p><b>Assistante export Amériques</b> – Domaine confidentiel – Beaune – CDI · Entretiens en cours</p>
        <p><b>Chargé(e) de clientèle export</b> – Comptoir des Grands Crus – Tournus – CDI</p>
        <p><a href="https://www.vinojob.fr/alertes/77120">Voir toutes les offres</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur VinoJob.
        <a href="https://www.vinojob.fr/alertes/77120/desabonnement">Se désabonner</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("VinoJob", "alertes@news.vinojob.fr"), "6 nouvelles offres : assistant export",
              "2026-09-08 07:00", PARIS, mid, relay="mta12.news.vinojob.fr (mta12.news.vinojob.fr [91.134.22.12])",
              extra=(("List-Unsubscribe", "<https://www.vinojob.fr/alertes/77120/desabonnement>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return make.message(hs, html(page))


@neg(28, family="newsletter", lang="fr", company=None,
     note="Trade newsletter (export wine & spirits) with a trade-fair date and a webinar; nothing for the "
          "candidate", days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17")))
def m28():
    mid = "<lettre-export-2026-40.a91c@lettre-export-vins.fr>"
    body = t("""
        LA LETTRE DE L'EXPORT VINS & SPIRITUEUX – n° 40 – octobre 2026

        À LA UNE
        Droits de douane américains : ce que change l'accord d'octobre pour les vins tranquilles.

        MARCHÉS
        - Chine : les importateurs reconstituent leurs stocks avant le Nouvel An lunaire.
        - Australie : la demande de blancs de Bourgogne progresse de 9 % sur un an.

        AGENDA
        - Rencontres Export Bourgogne-Rhône, Lyon, lundi 16 et mardi 17 novembre 2026.
        - Webinaire « Incoterms 2020 : les pièges en vins et spiritueux », jeudi 5 novembre, 11h.

        EMPLOI
        Les offres de la semaine sur notre site : assistante export, ADV bilingue, chargé de
        clientèle Amériques...

        Pour vous désinscrire : https://www.lettre-export-vins.fr/desinscription
        """)
    hs = head(addr("La Lettre de l'Export", "lettre@lettre-export-vins.fr"),
              "La Lettre de l'Export n° 40 : droits de douane US, agenda de novembre", "2026-10-13 08:30", PARIS, mid,
              relay="mail.sendinblue.example.net (mail.sendinblue.example.net [185.107.232.40])",
              extra=(("List-Unsubscribe", "<https://www.lettre-export-vins.fr/desinscription>"),
                     ("Precedence", "bulk")))
    return make.message(hs, text(body))


@neg(29, family="recruiter_outreach", lang="en", company="Cellar Door Talent",
     note="London agency cold outreach asking for availability 'next week'; nothing fixed")
def m29():
    mid = "<LO2P265MB5710B3E9D0A14C7F2E18A6B9C40D2@LO2P265MB5710.GBRP265.PROD.OUTLOOK.COM>"
    body = t("""
        Hi Aurélie,

        I came across your profile and your export experience with Asian importers caught my eye.
        I'm working with a family-owned Burgundy négociant that is building a small London office
        to handle UK and Scandinavian accounts, and they're keen on someone bilingual who knows
        the Mâconnais.

        Would you be open to a 20-minute call next week? Let me know a couple of times that suit
        you and I'll work around them.

        Best wishes,
        Isabel Hart
        Senior Consultant, Wine & Spirits
        Cellar Door Talent | 41 Borough High Street, London SE1 1LZ
        """)
    hs = head(addr("Isabel Hart", "isabel.hart@cellardoortalent.co.uk"),
              "Bilingual export role - Burgundy house, London office", "2026-10-06 11:40", "Europe/London", mid,
              relay="EUR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2130.outbound.protection.outlook.com [40.107.10.130])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(30, family="scheduling_proposal", lang="fr", company="Groupe Castelvin",
     note="Recruiter proposes two slots and asks which suits; nothing confirmed yet (the Workday confirmation "
          "follows in another mail)", days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17")))
def m30():
    mid = "<AS8P191MB1702A4F5C61E0B9D2A7E3C1F40B58@AS8P191MB1702.EURP191.PROD.OUTLOOK.COM>"
    body = t("""
        Bonjour Aurélie,

        Suite à notre échange téléphonique, Marc Delorme, responsable export Asie, souhaite vous
        rencontrer à Dijon. Il me propose deux créneaux :

        - lundi 16 novembre à 14h
        - mardi 17 novembre à 10h

        Pourriez-vous m'indiquer celui qui vous convient le mieux ? Je vous enverrai ensuite la
        convocation officielle via notre outil de recrutement.

        Bien cordialement,

        Amandine Roche
        Chargée de recrutement – Groupe Castelvin
        03 80 44 91 27
        """)
    hs = head(addr("Amandine Roche", "amandine.roche@castelvin-groupe.fr"),
              "Entretien – Assistant(e) Export Asie-Pacifique : vos disponibilités", "2026-11-05 15:22", PARIS, mid,
              relay="EUR03-AS8-obe.outbound.protection.outlook.com (mail-as8eur03on2118.outbound.protection.outlook.com [40.107.103.118])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(31, family="scheduling_link", lang="en", company="Harbourline Wine Co.",
     note="Australian hiring manager sends a Calendly link to pick a slot; no time chosen yet")
def m31():
    mid = "<SY4P282MB3104D2C8E1F0A7B5963E4A1D72C05@SY4P282MB3104.AUSP282.PROD.OUTLOOK.COM>"
    body = t("""
        Hi Aurélie,

        Thanks for applying for our Export Coordinator (Europe) role - lovely to see someone from
        the Mâconnais in the pile! I'd like to have a quick intro chat.

        Sydney-Paris hours are a bit brutal, so I've opened some early-morning slots on your side.
        Grab whatever works here: https://calendly.com/tom-harbourline/intro-call

        Cheers,
        Tom

        Tom Whitaker
        Head of Export | Harbourline Wine Co.
        """)
    hs = head(addr("Tom Whitaker", "tom@harbourlinewine.com.au"), "Export Coordinator (Europe) - intro chat",
              "2026-11-10 19:47", SYD, mid,
              relay="AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2091.outbound.protection.outlook.com [40.107.107.91])",
              extra=(("Content-Language", "en-AU"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(32, family="out_of_office", lang="fr", company="Verrerie Saint-Ambroise",
     note="HR auto-reply (out of office until 30 Nov) to the candidate's acknowledgement",
     days=(("Mon", "2026-11-30"),))
def m32():
    mid = "<b2e91f04c7a84d3e9f6a0c5d1e7b2f48@verrerie-st-ambroise.fr>"
    body = t("""
        Bonjour,

        Je suis absente du jeudi 26 au lundi 30 novembre inclus, sans accès à ma messagerie.
        Pour toute urgence, merci de contacter le standard au 03 85 59 20 00.

        Cordialement,
        Isabelle Fournier
        Responsable Ressources Humaines - Verrerie Saint-Ambroise
        """)
    hs = head(addr("Isabelle Fournier", "isabelle.fournier@verrerie-st-ambroise.fr"),
              "Réponse automatique : Convocation à un entretien - Gestionnaire ADV Export (2600412)",
              "2026-11-26 09:14", PARIS, mid,
              relay="mail.verrerie-st-ambroise.fr (mail.verrerie-st-ambroise.fr [62.210.18.44])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<7D2A9C41-5E18-4B0F-A3D6-E1F20C9B84A7@example.com>")))
    return make.message(hs, text(body, charset="iso-8859-1"))


@neg(33, family="bounce", lang="en", company=None,
     note="DSN: the candidate's thank-you to the VP (misspelt domain) bounced; the returned message "
          "mentions the interview that already took place")
def m33():
    mid = "<20261109213502.8C1F42E0A7@mx.example.com>"
    orig = make.message([
        ("From", addr(OWNER, ME)),
        ("To", addr("Daniel Ruiz", "daniel.ruiz@kestrelhilimports.com")),
        ("Subject", "Thank you for today"),
        ("Date", make.date("2026-11-09 22:34", PARIS)),
        ("Message-ID", "<4F0B1C2D-9E7A-4C35-B812-6D3A0E9F5C71@example.com>"),
    ], text(t("""
        Dear Daniel,

        Thank you for taking the time to speak with me this morning (well, afternoon for me!). I
        really enjoyed our conversation about the Beaujolais portfolio and the pricing questions.

        Kind regards,
        Aurélie Bernard
        """)))
    report = t("""
        This is the mail system at host mx.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <daniel.ruiz@kestrelhilimports.com>: Host or domain name not found. Name service
            error for name=kestrelhilimports.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.com
        X-Postfix-Queue-ID: 8C1F42E0A7
        Arrival-Date: Mon,  9 Nov 2026 22:34:58 +0100 (CET)

        Final-Recipient: rfc822; daniel.ruiz@kestrelhilimports.com
        Original-Recipient: rfc822;daniel.ruiz@kestrelhilimports.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=kestrelhilimports.com type=A: Host not found
        """)
    body = make.multipart("report", text(report, charset="us-ascii", cte="7bit"),
                          make.raw_part([("Content-Description", "Delivery report"),
                                         ("Content-Type", "message/delivery-status")], status),
                          make.attached_message(orig), params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx.example.com (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-11-09 22:35", PARIS, mid, relay="localhost (localhost [127.0.0.1])",
              extra=(("Auto-Submitted", "auto-replied"),))
    return make.message(hs, body)


@neg(34, family="offer", lang="fr", company="Comptoir des Grands Crus",
     note="Job offer after the interviews, with an answer deadline; no meeting time",
     days=(("Fri", "2026-12-04"), ("Mon", "2027-01-04")))
def m34():
    mid = "<CWLP265MB2219F3E8A0B1C74D5E92A6F0B31C7@CWLP265MB2219.GBRP265.PROD.OUTLOOK.COM>"
    body = t("""
        Bonjour Aurélie,

        Suite à nos entretiens, j'ai le plaisir de vous proposer le poste d'Assistante export &
        logistique en CDI, basé à Tournus, avec une prise de poste souhaitée le lundi 4 janvier
        2027.

        Vous trouverez en pièce jointe notre proposition détaillée (rémunération, mutuelle,
        tickets restaurant, 13e mois). Pourriez-vous nous faire part de votre réponse d'ici le
        vendredi 4 décembre ?

        Toute l'équipe se réjouit à l'idée de vous accueillir.

        Bien cordialement,
        Émilie Garnier
        Responsable RH – Comptoir des Grands Crus
        """)
    hs = head(addr("Émilie Garnier", "emilie.garnier@comptoir-grandscrus.fr"),
              "Proposition d'embauche – Assistante export & logistique", "2026-11-27 17:05", PARIS, mid,
              relay="smtp.comptoir-grandscrus.fr (smtp.comptoir-grandscrus.fr [51.91.40.33])")
    pdf = make.Part([("Content-Type", 'application/pdf; name="Proposition_AB.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Proposition_AB.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")
    return make.message(hs, mixed(text(body), pdf))


@neg(35, family="medical_appointment", lang="fr", company=None,
     note="Dentist appointment confirmation from a booking platform (HTML only): a fixed time, not an "
          "interview", days=(("Thu", "2026-10-08"),))
def m35():
    mid = "<rdv.9f3b71c2.confirmation@notifications.medirdv.fr>"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0b2540">
        <div style="background:#107aca;color:#fff;padding:14px;font-size:18px">MédiRDV</div>
        <p>Bonjour Aurélie,</p>
        <p>Votre rendez-vous est confirmé :</p>
        <p style="border-left:4px solid #107aca;padding-left:10px">
        <b>Dr Anne Chabert – Chirurgien-dentiste</b><br>
        jeudi 8 octobre 2026 à 17:45<br>
        Consultation de contrôle<br>
        12 rue Dombey, 71000 Mâcon</p>
        <p>Pensez à apporter votre carte Vitale. En cas d'empêchement, merci d'annuler au moins
        24 h à l'avance depuis votre espace.</p>
        <p><a href="https://www.medirdv.fr/compte/rendez-vous">Gérer mon rendez-vous</a></p>
        <p style="font-size:11px;color:#6b7c93">Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.</p>
        </body></html>
        """)
    hs = head(addr("MédiRDV", "no-reply@notifications.medirdv.fr"),
              "Rendez-vous confirmé avec Dr Anne Chabert le jeudi 8 octobre", "2026-10-01 12:40", PARIS, mid,
              relay="out-22.notifications.medirdv.fr (out-22.notifications.medirdv.fr [185.56.12.22])")
    return make.message(hs, html(page, cte="base64"))


@neg(36, family="non_interview_calendar", lang="fr", company=None,
     note="Bank adviser appointment with an ICS (Europe/Paris): fixed time, not a job interview",
     days=(("Wed", "2026-11-04"),))
def m36():
    mid = "<rdv-conseiller-58120@notifications.bmb-banque.fr>"
    body = t("""
        Madame Bernard,

        Nous vous confirmons votre rendez-vous avec votre conseillère, Mme Laure Vernay :

        Mercredi 4 novembre 2026 à 12h15
        Agence Mâcon Centre – 8 place aux Herbes, 71000 Mâcon
        Objet : point épargne et assurance emprunteur

        Un fichier à ajouter à votre agenda est joint à ce message.

        Banque Mutuelle de Bourgogne
        Message automatique, merci de ne pas répondre.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BMB//Prise de rendez-vous//FR
METHOD:PUBLISH
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:rdv-58120@bmb-banque.fr
DTSTAMP:20261028T100412Z
DTSTART;TZID=Europe/Paris:20261104T121500
DTEND;TZID=Europe/Paris:20261104T130000
SUMMARY:RDV Banque Mutuelle de Bourgogne – Mme Vernay
LOCATION:8 place aux Herbes\\, 71000 Mâcon
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Banque Mutuelle de Bourgogne", "ne-pas-repondre@notifications.bmb-banque.fr"),
              "Confirmation de votre rendez-vous du 4 novembre", "2026-10-28 11:04", PARIS, mid,
              relay="mx-out.bmb-banque.fr (mx-out.bmb-banque.fr [194.2.166.30])")
    return make.message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="rendez-vous.ics", cte="base64",
                                                       disposition="attachment")))


@neg(37, family="non_interview_calendar", lang="fr", company=None,
     note="Exchange meeting request from the current employer's manager (export review, Romance Standard Time) "
          "sent to the owner's other address; a work meeting, not an interview", days=(("Thu", "2026-10-01"),))
def m37():
    mid = "<PAXP193MB1871E0C9A4B72F1D36A85E2B0C94F@PAXP193MB1871.EURP193.PROD.OUTLOOK.COM>"
    body = t("""
        Quand : jeudi 1 octobre 2026 09:00-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Pouilly – Maison Dufresne-Lacombe

        *~*~*~*~*~*~*~*~*~*

        Bonjour à tous,

        Point mensuel export : commandes Chine / Hong Kong pour les fêtes, état des agréments
        douaniers et planning des conteneurs d'octobre. Merci d'apporter vos tableaux de suivi.

        Patrick
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Patrick Dufresne:mailto:p.dufresne@dufresne-lacombe.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aurélie Bernard:mailto:{ME2}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Mathieu:mailto:l.mathieu@dufresne-lacombe.fr
UID:040000008200E00074C5B7101A82E008000000005E71A09C2B41DC01000000000000000010000000B0E6D2A1
SUMMARY;LANGUAGE=fr-FR:Point export mensuel – Chine / HK
DTSTART;TZID=Romance Standard Time:20261001T090000
DTEND;TZID=Romance Standard Time:20261001T103000
DTSTAMP:20260925T161230Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Pouilly
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Patrick Dufresne", "p.dufresne@dufresne-lacombe.fr"),
              "Point export mensuel – Chine / HK", "2026-09-25 18:12", PARIS, mid, rcpt=ME2,
              to=f"{addr(OWNER, ME2)}, {addr('Lucas Mathieu', 'l.mathieu@dufresne-lacombe.fr')}",
              relay="EUR05-PAX-obe.outbound.protection.outlook.com (mail-paxeur05on2121.outbound.protection.outlook.com [40.107.21.121])",
              extra=(("Content-Language", "fr-FR"),))
    return make.message(hs, alt(text(body), calendar(ics, cte="base64")))


@neg(38, family="event_registration", lang="fr", company=None,
     note="Trade-fair badge / registration confirmation with opening time; not an interview",
     days=(("Mon", "2026-11-16"),))
def m38():
    mid = "<badge-RE26-004417@inscriptions.rencontres-export.fr>"
    body = t("""
        Bonjour Aurélie Bernard,

        Votre inscription aux Rencontres Export Bourgogne-Rhône 2026 est confirmée.

        Lundi 16 novembre 2026 – ouverture des portes à 8h30
        Centre de congrès de Lyon, 50 quai Charles de Gaulle, 69006 Lyon
        Badge visiteur n° RE26-004417 (à imprimer ou présenter sur smartphone)

        Au programme : rendez-vous d'affaires importateurs, table ronde « recruter à l'export »,
        dégustation des appellations du Mâconnais.

        L'équipe des Rencontres Export
        """)
    hs = head(addr("Rencontres Export", "inscriptions@rencontres-export.fr"),
              "Votre badge – Rencontres Export Bourgogne-Rhône 2026", "2026-10-20 14:02", PARIS, mid,
              relay="smtp.rencontres-export.fr (smtp.rencontres-export.fr [51.68.11.2])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(39, family="personal", lang="fr", company=None,
     note="Sports-club mail (season restart, fixed weekly time); ordinary life mail",
     days=(("Tue", "2026-09-08"),))
def m39():
    mid = "<5e2d1a7c.club@badminton-macon.fr>"
    body = t("""
        Salut à tous,

        La reprise, c'est mardi 8 septembre à 20h au gymnase Jean-Moulin ! Pensez à ramener votre
        certificat médical et le bulletin d'adhésion (tarif inchangé : 95 €).

        Les créneaux du jeudi redémarrent la semaine suivante.

        Sportivement,
        Nico, pour le bureau du Volant Mâconnais
        """)
    hs = head(addr("Volant Mâconnais", "bureau@badminton-macon.fr"), "Reprise de la saison !",
              "2026-09-02 21:10", PARIS, mid, relay="smtp.badminton-macon.fr (ssl0.ovh.net [193.70.18.144])",
              to="undisclosed-recipients:;")
    return make.message(hs, text(body, cte="8bit"))


@neg(40, family="assessment", lang="fr", company="Saône Logistique",
     note="SmartRecruiters online English test to complete before a deadline; no meeting",
     days=(("Fri", "2026-10-02"),))
def m40():
    mid = "<SR.8a02f5c1d7.1727@smartrecruiters.com>"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Aurélie Bernard,</p>
        <p>Dans le cadre de votre candidature au poste <b>Assistante transit &amp; export vins (CDI)</b>,
        nous vous invitons à passer un test d'anglais professionnel en ligne (environ 30 minutes).</p>
        <p>Merci de le compléter avant le <b>vendredi 2 octobre 2026 à 23h59</b>.</p>
        <p><a href="https://assessments.smartrecruiters.com/t/8a02f5c1d7">Commencer le test</a></p>
        <p>Cordialement,<br>L'équipe Talent Acquisition – Saône Logistique</p>
        <p style="font-size:11px;color:#888">Propulsé par SmartRecruiters · Ne répondez pas à ce message.</p>
        </body></html>
        """)
    hs = head(addr("Saône Logistique", "no-reply@smartrecruiters.com"),
              "Test en ligne à compléter – Assistante transit & export vins", "2026-09-28 14:10", PARIS, mid,
              relay="mail-eu1.smartrecruiters.com (mail-eu1.smartrecruiters.com [52.28.116.40])")
    return make.message(hs, html(page))


@neg(41, family="post_interview", lang="en", company="Kestrel Hill Imports",
     note="Recruiter thanks the candidate after the final round; next steps vague, no time")
def m41():
    mid = "<CAJx5Pq3tVb9kRe1+Hn6mWsQ8a@mail.gmail.com>"
    body = t("""
        Hi Aurélie,

        Thank you for spending your afternoon with us today! Daniel, Ashley and Robert all really
        enjoyed the conversations - Ashley especially liked your take on consolidating the
        Mâconnais pick-ups.

        We're meeting as a team on Thursday and I'll be in touch with next steps early next week.

        Have a great evening,
        Megan
        """)
    hs = head(addr("Megan O'Rourke", "megan.orourke@kestrelhillimports.com"), "Thank you!",
              "2026-11-09 13:05", NY, mid,
              relay="mail-yw1-f174.google.com (mail-yw1-f174.google.com [209.85.128.174])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(42, family="rejection", lang="en", company="Harbourline Wine Co.",
     note="Australian rejection after the second interview")
def m42():
    mid = "<SY4P282MB3104F1A7C3E2D0B9485A6E7C1D0B3@SY4P282MB3104.AUSP282.PROD.OUTLOOK.COM>"
    body = t("""
        Hi Aurélie,

        Thanks again for getting up at the crack of dawn for both of our chats. It was a genuinely
        tough call, but we've decided to go with a candidate already based in Sydney, as the
        time difference would make the day-to-day with our warehouse too hard for now.

        I'd love to keep in touch - if we open a European office (it's on the cards for 2028),
        you'll be one of my first calls.

        All the best,
        Tom
        """)
    hs = head(addr("Tom Whitaker", "tom@harbourlinewine.com.au"), "Export Coordinator (Europe) - update",
              "2026-12-02 16:20", SYD, mid,
              relay="AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2092.outbound.protection.outlook.com [40.107.107.92])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(43, family="newsletter_tips", lang="fr", company=None,
     note="Job-platform newsletter with interview tips; confirms nothing")
def m43():
    mid = "<mag-2026-11-03.b71e@news.vinojob.fr>"
    page = t("""
        <html><body style="font-family:Georgia,serif">
        <h1 style="color:#7b1e3a">Le Mag VinoJob</h1>
        <h2>Entretien d'embauche : 7 questions pièges à l'export (et comment y répondre)</h2>
        <p>« Parlez-moi d'une expédition qui a mal tourné », « Combien vaut un Incoterm ? »...
        Nos conseils pour préparer votre prochain entretien, avec trois recruteurs de maisons de
        Bourgogne.</p>
        <h2>Salaires 2026 : combien gagne une assistante export ?</h2>
        <p>Notre baromètre annuel, région par région.</p>
        <p style="font-size:11px;color:#888"><a href="https://www.vinojob.fr/newsletter/desabonnement">Se désabonner</a></p>
        </body></html>
        """)
    hs = head(addr("Le Mag VinoJob", "mag@news.vinojob.fr"),
              "7 questions pièges en entretien export 🍷", "2026-11-03 07:30", PARIS, mid,
              relay="mta12.news.vinojob.fr (mta12.news.vinojob.fr [91.134.22.12])",
              extra=(("List-Unsubscribe", "<https://www.vinojob.fr/newsletter/desabonnement>"),
                     ("Precedence", "bulk")))
    return make.message(hs, html(page))


@neg(44, family="personal", lang="fr", company=None,
     note="Family mail (tu): Sunday lunch at grandma's; ordinary life mail with a time",
     days=(("Sun", "2026-10-11"),))
def m44():
    mid = "<CAF3y8kL2pQw7Zt+Rb0nVs4Hm@mail.gmail.com>"
    body = t("""
        Ma chérie,

        Mamie fête ses 90 ans dimanche 11 octobre, on déjeune chez elle à Cluny à midi. Ton frère
        apporte le gâteau, est-ce que tu peux t'occuper du vin ? (Pas du Mâcon-Villages de ta boîte,
        elle dit qu'elle en a assez !)

        Et tiens-nous au courant pour tes entretiens, on croise les doigts.

        Bisous,
        Maman
        """)
    hs = head(addr("Martine Bernard", "martine.bernard71@example.net"), "Dimanche chez Mamie",
              "2026-10-04 10:26", PARIS, mid,
              relay="mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(45, family="travel_ticket", lang="fr", company=None,
     note="Train e-ticket to Beaune (for the 15 Sep interview); a fixed departure time, not an interview",
     days=(("Tue", "2026-09-15"),))
def m45():
    mid = "<eticket.QXR7HP.20260910@railvoyage.fr>"
    body = t("""
        Bonjour Aurélie,

        Merci pour votre achat. Voici votre e-billet.

        Aller – mardi 15 septembre 2026
        08:12  Mâcon-Ville
        09:04  Beaune
        TER 891506 – Voiture 2 – Place 47

        Retour – mardi 15 septembre 2026
        12:58  Beaune
        13:51  Mâcon-Ville
        TER 891517

        Référence dossier : QXR7HP
        Total payé : 28,40 €

        Bon voyage !
        RailVoyage
        """)
    hs = head(addr("RailVoyage", "billets@railvoyage.fr"), "Votre e-billet Mâcon-Ville → Beaune (QXR7HP)",
              "2026-09-10 20:48", PARIS, mid, relay="mailout.railvoyage.fr (mailout.railvoyage.fr [92.243.7.18])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(46, family="agency_registration", lang="fr", company="Vinéa Recrutement",
     note="Recruitment agency confirms the CV was added to its talent pool; nothing scheduled")
def m46():
    mid = "<DB9P192MB14339C2A0E@DB9P192MB1433.EURP192.PROD.OUTLOOK.COM>"
    body = t("""
        Bonjour Aurélie,

        Merci pour notre échange de ce matin. Votre profil est désormais enregistré dans notre
        vivier « Export & ADV – Vins et Spiritueux ».

        Je reviens vers vous dès qu'une mission correspond à vos attentes (Mâconnais, Beaujolais,
        Côte chalonnaise, CDI, 35 h). N'hésitez pas à me signaler tout changement de situation.

        Bien cordialement,
        Romain Lefèvre
        Consultant recrutement – Vinéa Recrutement
        03 85 21 47 60
        """)
    hs = head(addr("Romain Lefèvre", "romain.lefevre@vinea-recrutement.fr"),
              "Votre inscription chez Vinéa Recrutement", "2026-09-14 15:37", PARIS, mid, rcpt=ME2,
              relay="EUR02-DB9-obe.outbound.protection.outlook.com (mail-db9eur02on2131.outbound.protection.outlook.com [40.107.249.131])")
    return make.message(hs, alt(text(body, charset="windows-1252"), html(make.gmail_html(body), charset="windows-1252")))


@neg(47, family="personal", lang="fr", company=None,
     note="Garage service appointment confirmation (iso-8859-15); fixed time, not an interview",
     days=(("Sat", "2026-10-10"),))
def m47():
    mid = "<20261005091512.41877@garage-central-macon.fr>"
    body = t("""
        Bonjour Mme Bernard,

        Nous vous confirmons votre rendez-vous atelier :

        Samedi 10 octobre 2026 à 9h00
        Révision des 60 000 km + contrôle des freins - Peugeot 208 (FG-418-RK)
        Forfait estimé : 219 EUR TTC

        Merci de déposer le véhicule 10 minutes avant l'heure prévue.

        Garage Central Mâcon
        45 avenue Édouard-Herriot, 71000 Mâcon
        """)
    hs = head(addr("Garage Central Mâcon", "atelier@garage-central-macon.fr", charset="iso-8859-15"),
              "Confirmation rendez-vous atelier", "2026-10-05 09:15", PARIS, mid,
              relay="smtp.garage-central-macon.fr (smtp.garage-central-macon.fr [80.12.66.41])")
    return make.message(hs, text(body, charset="iso-8859-15"))


@neg(48, family="candidate_account", lang="fr", company="Groupe Castelvin",
     note="Workday candidate-account creation and application receipt; nothing scheduled")
def m48():
    mid = "<1790662881.47702.1762082410983@wd3-prod-eu.myworkday.com>"
    body = t("""
        Bonjour Aurélie,

        Votre compte candidat Groupe Castelvin a bien été créé et votre candidature au poste
        R0048217 Assistant(e) Export Asie-Pacifique a été transmise à notre équipe.

        Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace :
        https://wd3.myworkdayjobs.com/fr-FR/Castelvin/login

        Cordialement,
        Direction des Ressources Humaines – Groupe Castelvin

        Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
        """)
    hs = head(addr("Groupe Castelvin", "castelvin@myworkday.com"),
              "Candidature reçue – Assistant(e) Export Asie-Pacifique", "2026-11-02 12:20", PARIS, mid,
              relay="wd3-prod-eu.myworkday.com (wd3-prod-eu.myworkday.com [185.30.186.27])")
    return make.message(hs, text(body, cte="base64"))


@neg(49, family="webinar", lang="fr", company=None,
     note="Zoom webinar registration (trade club, US market); a fixed time but not an interview",
     days=(("Thu", "2026-11-19"),))
def m49():
    mid = "<zoom.webinar.reg.84203317561.a1b2@zoom.us>"
    body = t("""
        Bonjour Aurélie,

        Merci de votre inscription à « Marchés US 2027 : droits de douane et three-tier system ».

        Date et heure : 19 nov. 2026 06:00 PM Paris

        Rejoindre depuis un PC, Mac, iPad ou Android :
        https://us06web.zoom.us/w/84203317561?tk=Xq7pLm

        ID du webinaire : 842 0331 7561

        Export Vins Club
        """)
    hs = head(addr("Export Vins Club", "no-reply@zoom.us"),
              "Confirmation de l'inscription à Marchés US 2027 : droits de douane et three-tier system",
              "2026-11-06 13:02", PARIS, mid, relay="zoom-mail-out.zoom.us (zoom-mail-out.zoom.us [170.114.10.82])",
              extra=(("Reply-To", "contact@exportvinsclub.fr"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(50, family="forwarded", lang="fr", company=None,
     note="Owner forwards a job ad a friend sent her to her own address, as a reminder to apply; no time")
def m50():
    mid = "<CAGb7Fq9nW2eLp4+Xs1jUk8Dc@mail.gmail.com>"
    body = t("""
        à postuler avant vendredi !!

        ---------- Message transféré ---------
        De : Camille Perret <camille.perret@example.net>
        Date: dim. 1 nov. 2026 à 20:14
        Subject: offre pour toi ?
        To: Aurélie Bernard <aurelie.bernard@example.com>


        Coucou, j'ai vu passer ça sur LinkedIn, ça te ressemble trop :

        « Assistante ADV export (H/F) – Caves Rabourdin – Villefranche-sur-Saône – CDI.
        Anglais courant, mandarin apprécié. Candidature via notre page carrières. »

        Bises
        Cam
        """)
    hs = head(addr(OWNER, ME), "Fwd: offre pour toi ?", "2026-11-02 07:41", PARIS, mid, rcpt=ME2,
              relay="mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))
