"""blind224: a blind 50-mail held-out set, a realistic inbox (Mathilde Roux, Nîmes, Sept-Dec 2026).

Every mail is written by hand, one function each; ``make.py`` does the MIME plumbing and checks.
Build and check: ``python3 bench/heldout/make_blind.py blind224``.
Keys 1-23 are positives (1-11 and 19-23 scheduled, 12-15 rescheduled, 16-18 cancelled),
keys 24-50 negatives. File numbers are a fixed shuffle of the writing order (ORDER below).
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

SET = "blind224"
ORDER = random.Random(2240224).sample(range(1, 51), 50)
ME = "mathilde.roux@example.org"
ME_H = addr("Mathilde Roux", ME)
PAR = "Europe/Paris"


def n(key: int) -> str:
    """File stem of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx2.example.org (Postfix) with ESMTPS id {ident}", ME, lag))


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


# =========================================================================== positives


# --- 1: Greenhouse, English, remote EU team, CEST ---------------------------------------------
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", PAR), end=utc("2026-09-15 10:45", PAR),
      contact="femke.devries@solvane.energy", company="Solvane Energy",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=PAR,
      note="Greenhouse confirmation, '10:00 AM - 10:45 AM CEST' on Tue 15 Sep (Paris summer time, "
           "UTC+2) -> 08:00Z-08:45Z; ICS in UTC agrees; contact = human Reply-To (sender is no-reply)")
def g01() -> bytes:
    body = t("""
        Hi Mathilde,

        Thank you for your interest in the Project Controller (Remote, EU) role at Solvane Energy!
        We're pleased to confirm your upcoming interview:

        Interview: Hiring Manager Interview
        Date: Tuesday, September 15th, 2026
        Time: 10:00 AM - 10:45 AM CEST
        Location: Google Meet - https://meet.google.com/xqv-hfto-kpa
        Interviewer(s): Pieter Jansen (Head of Finance Operations)

        A calendar invitation is attached. If you need to reschedule, simply reply to this email
        and I'll find another slot with Pieter.

        Best,
        Femke de Vries
        Talent Partner | Solvane Energy

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Mathilde,</p>
        <p>Thank you for your interest in the <b>Project Controller (Remote, EU)</b> role at Solvane Energy!
        We're pleased to confirm your upcoming interview:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15th, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM CEST</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/xqv-hfto-kpa">Google Meet</a></td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Pieter Jansen (Head of Finance Operations)</td></tr>
        </table>
        <p>A calendar invitation is attached. If you need to reschedule, simply reply to this email
        and I'll find another slot with Pieter.</p>
        <p>Best,<br>Femke de Vries<br>Talent Partner | Solvane Energy</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-7710452-3@greenhouse.io
        DTSTAMP:20260909T141200Z
        DTSTART:20260915T080000Z
        DTEND:20260915T084500Z
        SUMMARY:Interview: Mathilde Roux <> Solvane Energy (Hiring Manager Interview)
        LOCATION:https://meet.google.com/xqv-hfto-kpa
        ORGANIZER;CN=Femke de Vries:mailto:femke.devries@solvane.energy
        ATTENDEE;CN=Mathilde Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathilde.roux@example.org
        ATTENDEE;CN=Pieter Jansen;ROLE=REQ-PARTICIPANT:mailto:pieter.jansen@solvane.energy
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("o7.sg.greenhouse-mail.io", "167.89.101.7", "2026-09-09 14:12", "UTC", "4KbQ2x1fZcz9sT"),
        ("From", addr("Solvane Energy", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Femke de Vries", "femke.devries@solvane.energy")),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Project Controller (Remote, EU) at Solvane Energy"),
        ("Date", date("2026-09-09 14:12", "UTC")),
        ("Message-ID", "<66e2a0c41b3d7_2f1a3c8e91024@greenhouse-app-7c9d.mail>"),
        ("X-SG-EID", "u001.Qk2vX8b3bZ1nq0Yx7w"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# --- 2: Lever, French, Montpellier, HTML only (base64) ---------------------------------------
@mail(n(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:30", PAR), end=utc("2026-09-22 15:15", PAR),
      contact="camille.berthier@helioparc.fr", company="Hélioparc",
      local="Tue 2026-09-22 14:30", local_end="2026-09-22 15:15", zone=PAR,
      note="Lever, HTML only: 'mardi 22 septembre 2026, 14h30 – 15h15 (heure de Paris)', CEST UTC+2 "
           "-> 12:30Z-13:15Z; contact = human Reply-To")
def g02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#2b2b2b">
        <p>Bonjour Mathilde,</p>
        <p>Merci pour votre candidature au poste de <strong>Contrôleuse / Contrôleur de gestion projets</strong>.
        Nous avons le plaisir de vous confirmer votre entretien&nbsp;:</p>
        <div style="border-left:3px solid #3a7bd5;padding:8px 14px;background:#f7f9fc">
        <strong>Mardi 22 septembre 2026</strong><br>
        14h30 – 15h15 (heure de Paris)<br>
        Hélioparc – 1140 avenue Albert Einstein, 34000 Montpellier (accueil, bâtiment B)<br>
        Avec&nbsp;: Yannick Roche, Directeur administratif et financier
        </div>
        <p>Pensez à vous munir d'une pièce d'identité pour l'accueil. Pour toute question, répondez
        simplement à ce message.</p>
        <p>À très bientôt,<br>Camille Berthier<br>Talent Acquisition – Hélioparc</p>
        <p style="font-size:11px;color:#9aa0a6">Envoyé via Lever · <a href="https://jobs.lever.co/helioparc" style="color:#9aa0a6">jobs.lever.co/helioparc</a></p>
        </div></body></html>
        """)
    hs = [
        rcv("mail-a12.hire.lever.co", "198.2.178.12", "2026-09-17 09:05", "UTC", "4Kc7Tg0mYqz3pL"),
        ("From", addr("Hélioparc", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Camille Berthier", "camille.berthier@helioparc.fr")),
        ("To", ME_H),
        ("Subject", enc("Confirmation de votre entretien avec Hélioparc")),
        ("Date", date("2026-09-17 09:05", "UTC")),
        ("Message-ID", "<20260917090512.6b1f0d2e9a@hire.lever.co>"),
        ("List-Unsubscribe", "<mailto:unsubscribe@hire.lever.co?subject=unsub-7f3a>"),
    ]
    return message(hs, html(page, cte="base64"))


# --- 3: hiring manager, tu, from his phone, 'après-demain vers 11h' --------------------------
@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-30 11:00", PAR), end=None,
      contact="julien.fabre@ventdoc-energies.fr", company="Vent d'Oc Énergies",
      local="Wed 2026-09-30 11:00", zone=PAR,
      note="Phone reply sent Mon 28 Sep 18:47 +0200: 'après-demain vers 11h' = Wed 30 Sep 11:00 CEST "
           "-> 09:00Z ('vers' read as the agreed hour); 'une petite heure' is approximate so end null")
def g03() -> bytes:
    body = t("""
        Super Mathilde, ça marche !
        Du coup on se dit après-demain vers 11h au bureau, 4 rue de la Cité Foulc, 2e étage (l'interphone marche une fois sur deux, appelle moi si besoin 06 71 42 18 90).
        Je serai avec Aurélie qui gère l'exploitation des parcs. Compte une petite heure, on fera ça simple.

        A mercredi
        Julien

        Envoyé de mon iPhone

        > Le 28 sept. 2026 à 17:32, Mathilde Roux <mathilde.roux@example.org> a écrit :
        >
        > Salut Julien,
        > Merci pour ton appel de ce matin, ça m'a fait plaisir d'en savoir plus sur le poste.
        > Je suis dispo mercredi en fin de matinée si ça t'arrange toujours, sinon jeudi toute la journée.
        > Bonne soirée,
        > Mathilde
        """)
    hs = [
        rcv("mail-ej1-f54.google.com", "209.85.218.54", "2026-09-28 18:47", PAR, "4KdZ0s6Wb1z8qR"),
        ("From", addr("Julien Fabre", "julien.fabre@ventdoc-energies.fr")),
        ("To", ME_H),
        ("Subject", enc("Re: Poste contrôleur·se de gestion")),
        ("Date", date("2026-09-28 18:47", PAR)),
        ("Message-ID", "<5B0E1C77-3F1D-4F2A-9C84-0E7D9B1A2C63@ventdoc-energies.fr>"),
        ("In-Reply-To", "<CAM9xQ1b7t+Uv2mRk=Lz0pW4e@mail.gmail.com>"),
        ("References", "<CAM9xQ1b7t+Uv2mRk=Lz0pW4e@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(hs, text(body, params="format=flowed; delsp=yes"))


# --- 4: Workday, English, Lyon office, Workday sender in Pacific time --------------------------
@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-01 09:00", PAR), end=utc("2026-10-01 10:00", PAR),
      contact="sarah.lindqvist@ventispower.com", company="Ventis Power",
      local="Thu 2026-10-01 09:00", local_end="2026-10-01 10:00", zone=PAR,
      note="Workday 'Interview Scheduled': Thursday, October 1, 2026 9:00 AM - 10:00 AM (CEST) -> "
           "07:00Z-08:00Z; the Date header is in US Pacific time (Wed 23 Sep evening) which does not "
           "matter since the date is absolute; sender is the tenant address, contact = recruiter in body")
def g04() -> bytes:
    body = t("""
        Dear Mathilde,

        Your interview for Project Controller - Onshore Wind (R-10482) has been scheduled.

        Interview Details
        Date: Thursday, October 1, 2026
        Time: 9:00 AM - 10:00 AM (CEST) Central European Summer Time
        Format: On-site
        Location: Ventis Power France, 28 quai Perrache, 69002 Lyon - 4th floor reception
        Interviewers: Marc Delorme (Finance Director France), Ines Vidal (Project Manager)

        Please arrive 10 minutes early and bring a photo ID.

        If you have any questions, please contact your recruiter,
        Sarah Lindqvist (sarah.lindqvist@ventispower.com).

        To view your application, sign in to the Ventis Power Careers site:
        https://ventispower.wd3.myworkdayjobs.com/en-US/Careers/userHome

        Kind regards,
        Ventis Power Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><body><div style="font-family:Arial;font-size:13px">
        <p>Dear Mathilde,</p>
        <p>Your interview for <b>Project Controller - Onshore Wind (R-10482)</b> has been scheduled.</p>
        <p><b>Interview Details</b><br>
        Date: Thursday, October 1, 2026<br>
        Time: 9:00 AM - 10:00 AM (CEST) Central European Summer Time<br>
        Format: On-site<br>
        Location: Ventis Power France, 28 quai Perrache, 69002 Lyon - 4th floor reception<br>
        Interviewers: Marc Delorme (Finance Director France), Ines Vidal (Project Manager)</p>
        <p>Please arrive 10 minutes early and bring a photo ID.</p>
        <p>If you have any questions, please contact your recruiter,<br>
        Sarah Lindqvist (<a href="mailto:sarah.lindqvist@ventispower.com">sarah.lindqvist@ventispower.com</a>).</p>
        <p>To view your application, sign in to the <a href="https://ventispower.wd3.myworkdayjobs.com/en-US/Careers/userHome">Ventis Power Careers site</a>.</p>
        <p>Kind regards,<br>Ventis Power Talent Acquisition</p>
        <p style="color:#777;font-size:11px">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </div></body></html>
        """)
    hs = [
        rcv("wd3-mta-02.myworkday.com", "216.21.164.2", "2026-09-23 22:31", "America/Los_Angeles",
            "4KfY1n2Hs8z5vD"),
        ("From", addr("Ventis Power", "ventispower@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Project Controller - Onshore Wind (R-10482)"),
        ("Date", date("2026-09-23 22:31", "America/Los_Angeles")),
        ("Message-ID", "<1164358823.2217843.1790227860412@wd3-prod-app42.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(page)))


# --- 5: Exchange meeting request, Romance Standard Time, time only in the ICS ------------------
@mail(n(5), family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 14:00", PAR), end=utc("2026-10-06 15:00", PAR),
      contact="helene.garcia@massilia-reseaux.fr", company="Massilia Réseaux",
      local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone=PAR,
      note="Outlook meeting request, body has no time at all; ICS DTSTART;TZID=Romance Standard Time "
           "20261006T140000 (Paris, CEST) -> 12:00Z, DTEND 15:00 -> 13:00Z; organizer = sender, HR person")
def g05() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Comme convenu au téléphone, je vous envoie l'invitation pour votre entretien avec Pierre Lambert (directeur administratif et financier). Il se fera sur Teams, pensez à tester votre micro avant.

        Bien cordialement,

        Hélène Garcia
        Chargée de recrutement
        Massilia Réseaux – 14 boulevard de Dunkerque, 13002 Marseille
        04 91 55 20 10

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM4NTk2YzEtOGQ1Zi00%40thread.v2/0?context=%7b%22Tid%22%3a%22b41e%22%7d>
        ID de la réunion : 318 552 904 117
        Code secret : 7hQp3X
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Mathilde,<o:p></o:p></p>
        <p class="MsoNormal">Comme convenu au téléphone, je vous envoie l'invitation pour votre entretien avec Pierre Lambert (directeur administratif et financier). Il se fera sur Teams, pensez à tester votre micro avant.<o:p></o:p></p>
        <p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
        <p class="MsoNormal"><b>Hélène Garcia</b><br>Chargée de recrutement<br>Massilia Réseaux – 14 boulevard de Dunkerque, 13002 Marseille<br>04 91 55 20 10<o:p></o:p></p>
        <div style="max-width:1024px">
        <p>________________________________________________________________________________</p>
        <p><span style="font-size:18pt;font-family:'Segoe UI'">Réunion Microsoft Teams</span></p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM4NTk2YzEtOGQ1Zi00%40thread.v2/0">Cliquez ici pour participer à la réunion</a></p>
        <p>ID de la réunion : 318 552 904 117<br>Code secret : 7hQp3X</p>
        <p>________________________________________________________________________________</p>
        </div></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hélène Garcia:mailto:helene.garcia@massilia-reseaux.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Roux:mailto:mathilde.roux@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pierre Lambert:mailto:pierre.lambert@massilia-reseaux.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Mathilde\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour votre entretien avec Pierre Lambert.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0B6C2E1A54FDC01000000000000000010000000C52E6E4B1D7F8A4C9A0D2F3B6E1C4A77
        SUMMARY;LANGUAGE=fr-FR:Entretien Mathilde Roux / Massilia Réseaux
        DTSTART;TZID=Romance Standard Time:20261006T140000
        DTEND;TZID=Romance Standard Time:20261006T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260930T152000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118837761
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
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
        """)
    hs = [
        rcv("PAVPR01MB6431.eurprd01.prod.exchangelabs.com", "40.107.22.91", "2026-09-30 17:20", PAR,
            "4KgB7r0cM2z1xJ"),
        ("From", addr("Hélène Garcia", "helene.garcia@massilia-reseaux.fr")),
        ("To", ME_H),
        ("CC", addr("Pierre Lambert", "pierre.lambert@massilia-reseaux.fr")),
        ("Subject", enc("Entretien Mathilde Roux / Massilia Réseaux")),
        ("Thread-Topic", enc("Entretien Mathilde Roux / Massilia Réseaux")),
        ("Thread-Index", "AdtS4b7f0K1mQe3xTZ+9gYw2p8vE1Q=="),
        ("Date", date("2026-09-30 17:20", PAR)),
        ("Message-ID", "<PAVPR01MB64318C2F4A9D1E0B7C3A55E1D92A0@PAVPR01MB6431.eurprd01.prod.exchangelabs.com>"),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return message(hs, alt(text(body), html(page),
                           calendar(ics, cte="base64")))


# --- 6: Personio, Swiss employer in Geneva, 'nonante minutes' ---------------------------------
@mail(n(6), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:00", "Europe/Zurich"), end=utc("2026-10-08 15:30", "Europe/Zurich"),
      contact="nadia.perret@lemanergie.ch", company="Lémanergie SA",
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:30", zone="Europe/Zurich",
      note="Personio invitation from a Geneva employer: 'jeudi 8 octobre 2026 à 14h00 (heure de "
           "Genève)', 'nonante minutes' = exact 90 min -> 12:00Z-13:30Z (CEST); ICS TZID Europe/Zurich "
           "agrees; contact = human Reply-To")
def g06() -> bytes:
    body = t("""
        Bonjour Madame Roux,

        Nous vous remercions de l'intérêt que vous portez à Lémanergie SA et avons le plaisir de vous inviter à un entretien pour le poste de Contrôleuse de gestion projets (80-100 %).

        Date : jeudi 8 octobre 2026
        Heure : 14h00 (heure de Genève)
        Durée : nonante minutes (entretien puis étude de cas)
        Lieu : Lémanergie SA, Rue des Pâquis 17, 1201 Genève – 3e étage
        Vos interlocuteurs : Nadia Perret (RH) et Laurent Chappuis (CFO)

        Depuis la gare Cornavin, comptez cinq minutes à pied. Les frais de déplacement depuis Nîmes vous seront remboursés sur présentation des justificatifs.

        Vous trouverez l'invitation en pièce jointe. En cas d'empêchement, merci de répondre directement à ce message.

        Meilleures salutations

        Nadia Perret
        Responsable Ressources Humaines
        Lémanergie SA

        --
        Cet e-mail a été envoyé via Personio.
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        """) + VTZ_ZURICH + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-event-5f2c19a7-1d1b-4d52-9a8e-30c6fae0a912
        DTSTAMP:20261001T081400Z
        DTSTART;TZID=Europe/Zurich:20261008T140000
        DTEND;TZID=Europe/Zurich:20261008T153000
        SUMMARY:Entretien – Contrôleuse de gestion projets – Lémanergie SA
        LOCATION:Rue des Pâquis 17\\, 1201 Genève
        ORGANIZER;CN=Nadia Perret:mailto:nadia.perret@lemanergie.ch
        ATTENDEE;CN=Mathilde Roux;RSVP=TRUE:mailto:mathilde.roux@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("mail-eu.personio.de", "3.120.58.14", "2026-10-01 10:14", PAR, "4KhC2d5Rk9z4wN"),
        ("From", addr("Lémanergie SA", "noreply@mail.personio.de")),
        ("Reply-To", addr("Nadia Perret", "nadia.perret@lemanergie.ch")),
        ("To", ME_H),
        ("Subject", enc("Invitation à un entretien – Contrôleuse de gestion projets (80-100 %)")),
        ("Date", date("2026-10-01 10:14", PAR)),
        ("Message-ID", "<0102019a3f7c2e1d-6e1b8a52-77c4-4f10-b2d3-5a9c1e0f4b28-000000@eu-central-1.amazonses.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


# --- 7: Calendly invitee confirmation, English, Dublin-based remote team -----------------------
@mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-13 09:30", PAR), end=utc("2026-10-13 10:00", PAR),
      contact="aoife.byrne@brightfieldgrid.ie", company="Brightfield Grid",
      local="Tue 2026-10-13 09:30", local_end="2026-10-13 10:00", zone=PAR,
      note="Calendly invitee confirmation shown in the invitee's zone: '09:30 - 10:00, Tuesday, "
           "October 13, 2026 (Central European Time)' - Paris is on summer time until 25 Oct, so "
           "07:30Z-08:00Z; the ICS in UTC agrees; contact = human Reply-To (the recruiter)")
def g07() -> bytes:
    body = t("""
        Hi Mathilde Roux,

        Your event has been scheduled.

        Event Type:
        Intro call - Project Controller (Remote)

        With:
        Aoife Byrne

        Event Date/Time:
        09:30 - 10:00, Tuesday, October 13, 2026 (Central European Time)

        Location:
        This is a Zoom web conference. Join from https://brightfieldgrid.zoom.us/j/84120553917

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7d1e0c4a-2b9f-4c55-8f3e-1a6b0d9c2e74
        Reschedule: https://calendly.com/reschedulings/7d1e0c4a-2b9f-4c55-8f3e-1a6b0d9c2e74

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial;color:#1a1a1a">
        <p>Hi Mathilde Roux,</p><p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Project Controller (Remote)</p>
        <p><b>With:</b><br>Aoife Byrne</p>
        <p><b>Event Date/Time:</b><br>09:30 - 10:00, Tuesday, October 13, 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Zoom web conference. <a href="https://brightfieldgrid.zoom.us/j/84120553917">Join</a></p>
        <p><a href="https://calendly.com/cancellations/7d1e0c4a-2b9f-4c55-8f3e-1a6b0d9c2e74">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7d1e0c4a-2b9f-4c55-8f3e-1a6b0d9c2e74">Reschedule</a></p>
        <p style="font-size:11px;color:#888">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7d1e0c4a-2b9f-4c55-8f3e-1a6b0d9c2e74@calendly.com
        DTSTAMP:20261006T134200Z
        DTSTART:20261013T073000Z
        DTEND:20261013T080000Z
        SUMMARY:Intro call - Project Controller (Remote) between Aoife Byrne and Mathilde Roux
        LOCATION:https://brightfieldgrid.zoom.us/j/84120553917
        ORGANIZER;CN=Aoife Byrne:mailto:aoife.byrne@brightfieldgrid.ie
        ATTENDEE;CN=Mathilde Roux;PARTSTAT=ACCEPTED:mailto:mathilde.roux@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("o1.email.calendly.com", "167.89.115.23", "2026-10-06 13:42", "UTC", "4KjD8f1Tq3z6yB"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Aoife Byrne", "aoife.byrne@brightfieldgrid.ie")),
        ("To", ME),
        ("Subject", "Confirmed: Intro call - Project Controller (Remote) with Aoife Byrne on "
                    "Tuesday, October 13, 2026"),
        ("Date", date("2026-10-06 13:42", "UTC")),
        ("Message-ID", "<6702932a1c2e3_5f9b2b3e8c14102@calendly-mailer-64d8.mail>"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# --- 8: Teamtailor, French, Avignon, 45 minutes -----------------------------------------------
@mail(n(8), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-19 09:30", PAR), end=utc("2026-10-19 10:15", PAR),
      contact="lea.martin@rhodanie-solaire.fr", company="Rhodanie Solaire",
      local="Mon 2026-10-19 09:30", local_end="2026-10-19 10:15", zone=PAR,
      note="Teamtailor: 'lundi 19 octobre à 9h30', 'durée : 45 minutes' -> 07:30Z-08:15Z (still CEST, "
           "the change is on the 25th); no-reply sender, contact = recruiter address in body")
def g08() -> bytes:
    body = t("""
        Bonjour Mathilde,

        C'est confirmé ! Votre entretien pour le poste de Contrôleuse de gestion – Centrales solaires aura lieu :

        📅 lundi 19 octobre à 9h30
        ⏱ durée : 45 minutes
        📍 Rhodanie Solaire, Agroparc – 150 rue Pierre Bayle, 84140 Avignon-Montfavet

        Vous rencontrerez Bastien Coulomb, responsable financier, et moi-même.

        Un souci ? Écrivez-moi directement : Léa Martin, lea.martin@rhodanie-solaire.fr

        À lundi,
        L'équipe recrutement de Rhodanie Solaire

        Vous recevez cet e-mail car vous avez postulé chez Rhodanie Solaire via Teamtailor.
        Gérer mes données : https://rhodanie-solaire.teamtailor.com/connect/privacy
        """)
    page = t("""
        <html><body style="background:#fafafa"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#333;padding:32px">
        <tr><td>
        <p>Bonjour Mathilde,</p>
        <p>C'est confirmé ! Votre entretien pour le poste de <strong>Contrôleuse de gestion – Centrales solaires</strong> aura lieu :</p>
        <p>📅 <strong>lundi 19 octobre à 9h30</strong><br>⏱ durée : 45 minutes<br>📍 Rhodanie Solaire, Agroparc – 150 rue Pierre Bayle, 84140 Avignon-Montfavet</p>
        <p>Vous rencontrerez Bastien Coulomb, responsable financier, et moi-même.</p>
        <p>Un souci ? Écrivez-moi directement : Léa Martin, <a href="mailto:lea.martin@rhodanie-solaire.fr">lea.martin@rhodanie-solaire.fr</a></p>
        <p>À lundi,<br>L'équipe recrutement de Rhodanie Solaire</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez postulé chez Rhodanie Solaire via Teamtailor.</p>
        </td></tr></table></body></html>
        """)
    hs = [
        rcv("mta-out-3.teamtailor-mail.com", "185.107.232.19", "2026-10-12 16:03", PAR, "4KkF3h7Vs0z2aM"),
        ("From", addr("Rhodanie Solaire", "no-reply@teamtailor-mail.com")),
        ("To", ME_H),
        ("Subject", enc("Votre entretien chez Rhodanie Solaire est confirmé")),
        ("Date", date("2026-10-12 16:03", PAR)),
        ("Message-ID", "<6a0b1c2d3e4f.20261012140300@teamtailor-mail.com>"),
        ("X-Mailer", "Teamtailor"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(page)))


# --- 9: Google Calendar (French), DST edge: sent in CEST, interview the day after the change -----
@mail(n(9), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", PAR), end=utc("2026-10-26 11:00", PAR),
      contact="thomas.girard@lugdunum-hydro.fr", company="Lugdunum Hydro",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PAR,
      note="Google Agenda invitation sent Thu 22 Oct (+0200, CEST) for 'lun. 26 oct. 2026 10:00 - "
           "11:00 (CET)': Europe goes back to CET on Sun 25 Oct, so 09:00Z-10:00Z, not 08:00Z; ICS "
           "TZID Europe/Paris agrees; contact = organizer (From/Reply-To)")
def g09() -> bytes:
    body = t("""
        Vous avez été invité(e) à l'événement suivant.

        Titre : Entretien – Contrôleuse de gestion projets (Mathilde Roux)
        Mathilde, voici l'invitation pour notre échange de lundi. Nous serons deux : Corinne Vasseur (DAF) et moi. Le lien Meet est ci-dessous.
        Thomas
        Date : lundi 26 oct. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)

        Participer avec Google Meet : https://meet.google.com/ryd-kwhu-nbe
        Participer par téléphone : (FR) +33 1 87 40 26 81 PIN : 511 803 447#

        Agenda : mathilde.roux@example.org
        Organisateur : thomas.girard@lugdunum-hydro.fr
        Invités :
        thomas.girard@lugdunum-hydro.fr - organisateur
        corinne.vasseur@lugdunum-hydro.fr
        mathilde.roux@example.org

        Afficher tous les détails de l'événement : https://calendar.google.com/calendar/event?action=VIEW&eid=NWJ0cDRhMmtqM2xvYzFz

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail à l'adresse mathilde.roux@example.org, car vous êtes invité à cet événement.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><div style="font-family:Roboto,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400">Entretien – Contrôleuse de gestion projets (Mathilde Roux)</h2>
        <p>Mathilde, voici l'invitation pour notre échange de lundi. Nous serons deux : Corinne Vasseur (DAF) et moi. Le lien Meet est ci-dessous.<br>Thomas</p>
        <table><tr><td style="color:#70757a">Date</td><td>lundi 26 oct. 2026 ⋅ 10:00 – 11:00 (heure normale d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Participer</td><td><a href="https://meet.google.com/ryd-kwhu-nbe">meet.google.com/ryd-kwhu-nbe</a></td></tr>
        <tr><td style="color:#70757a">Invités</td><td>thomas.girard@lugdunum-hydro.fr – organisateur<br>corinne.vasseur@lugdunum-hydro.fr<br>mathilde.roux@example.org</td></tr></table>
        <p style="font-size:11px;color:#70757a">Invitation de Google Agenda</p>
        </div></span>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[PAR] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261026T100000
        DTEND;TZID=Europe/Paris:20261026T110000
        DTSTAMP:20261022T092500Z
        ORGANIZER;CN=thomas.girard@lugdunum-hydro.fr:mailto:thomas.girard@lugdunum-hydro.fr
        UID:5btp4a2kj3loc1s0e8q1v7m2dg@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=thomas.girard@lugdunum-hydro.fr;X-NUM-GUESTS=0:mailto:thomas.girard@lugdunum-hydro.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=corinne.vasseur@lugdunum-hydro.fr;X-NUM-GUESTS=0:mailto:corinne.vasseur@lugdunum-hydro.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathilde.roux@example.org;X-NUM-GUESTS=0:mailto:mathilde.roux@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/ryd-kwhu-nbe
        CREATED:20261022T092439Z
        DESCRIPTION:Mathilde\\, voici l'invitation pour notre échange de lundi.
        LAST-MODIFIED:20261022T092500Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien – Contrôleuse de gestion projets (Mathilde Roux)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-10-22 11:25", PAR, "4KmG5j9Xu2z7bP"),
        ("Reply-To", "thomas.girard@lugdunum-hydro.fr"),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("From", addr("Thomas Girard", "thomas.girard@lugdunum-hydro.fr")),
        ("To", ME),
        ("Subject", enc("Invitation: Entretien – Contrôleuse de gestion projets (Mathilde Roux) @ "
                        "lun. 26 oct. 2026 10:00 - 11:00 (CET) (mathilde.roux@example.org)")),
        ("Date", date("2026-10-22 11:25", PAR)),
        ("Message-ID", "<calendar-8c1d0f3e-2a5b-4e71-9d60-7b3f2c1a0e95@google.com>"),
    ]
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --- 10: Microsoft Bookings (French), zone label shows the winter offset in summer ------------
@mail(n(10), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-20 15:00", PAR), end=utc("2026-10-20 15:30", PAR),
      contact=None, company="Azur Éolien",
      local="Tue 2026-10-20 15:00", local_end="2026-10-20 15:30", zone=PAR,
      note="Bookings: 'mardi 20 octobre 2026 15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', "
           "the label is the zone's standard offset; on 20 Oct Paris is CEST so 13:00Z-13:30Z (30 "
           "minutes), ICS Romance Standard Time agrees; only a Bookings mailbox and a staff name, "
           "no personal address -> contact null")
def g10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#252423">
        <div style="font-size:24px;font-weight:600">Votre rendez-vous a été réservé</div>
        <p>Bonjour Mathilde Roux,</p>
        <p>Merci d'avoir réservé un créneau avec Azur Éolien – Recrutement. Voici le récapitulatif :</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de préqualification – Contrôle de gestion (30 minutes)</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td><td>mardi 20 octobre 2026 15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Membre du personnel</td><td>Sophie Blanc</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams (lien ci-dessous)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE0Yzk5%40thread.v2/0">Rejoindre la réunion Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/AzurEolienRecrutement@azureolien.onmicrosoft.com/bookings/">Gérer la réservation</a> · Ajouter à votre calendrier (pièce jointe)</p>
        <p style="font-size:11px;color:#8a8886">Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Azur Éolien – Recrutement:mailto:RecrutementAzurEolien@azureolien.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Roux:mailto:mathilde.roux@example.org
        SUMMARY;LANGUAGE=fr-FR:Entretien de préqualification – Contrôle de gestion
        DTSTART;TZID=Romance Standard Time:20261020T150000
        DTEND;TZID=Romance Standard Time:20261020T153000
        UID:040000008200E00074C5B7101A82E008000000002F1C7A0E6B5FDC0100000000000000001000000061A2F3C4B5D6E7F8091A2B3C4D5E6F70
        DTSTAMP:20261013T074700Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("PR3P192MB0714.EURP192.PROD.OUTLOOK.COM", "40.107.20.44", "2026-10-13 09:47", PAR,
            "4KnH6k0Yv3z8cQ"),
        ("From", addr("Azur Éolien – Recrutement", "RecrutementAzurEolien@azureolien.onmicrosoft.com")),
        ("To", ME_H),
        ("Subject", enc("Réservation confirmée : Entretien de préqualification – Contrôle de gestion "
                        "avec Azur Éolien – Recrutement")),
        ("Date", date("2026-10-13 09:47", PAR)),
        ("Message-ID", "<PR3P192MB07147A1C3E9F0B2D4E6A8C0F1B3D5E7@PR3P192MB0714.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ]
    return message(hs, mixed(html(page),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --- 11: US recruiter with a pasted Zoom block, US DST ends between Date and interview -----------
@mail(n(11), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:00", "America/Chicago"), end=utc("2026-11-03 09:45", "America/Chicago"),
      contact="dana.kowalski@prairiecurrent.com", company="Prairie Current",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45", zone="America/Chicago",
      note="Sent Thu 29 Oct in CDT (-0500); 'Tuesday, November 3 at 9:00 AM CT' falls after the US "
           "change on 1 Nov, so CST -0600 -> 15:00Z (the mail's own '4 PM your time in Nîmes' = "
           "16:00 CET agrees); 'will run 45 minutes' -> end 15:45Z")
def g11() -> bytes:
    body = t("""
        Hi Mathilde,

        Great talking with you on Monday! As promised, here's the confirmation for your panel with our finance team:

        Tuesday, November 3 at 9:00 AM CT (that should be 4 PM for you in Nîmes, once both of our clocks have gone back). It will run 45 minutes: 15 with me, then 30 with Greg Nolan (VP Finance) and Tamsin Reyes (FP&A lead).

        Dana Kowalski is inviting you to a scheduled Zoom meeting.

        Topic: Prairie Current | Mathilde Roux - Project Controller panel
        Time: Nov 3, 2026 09:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://prairiecurrent.zoom.us/j/93177402281?pwd=bXFLa0dZc2VxR1N2c1FyV1N4Zz09

        Meeting ID: 931 7740 2281
        Passcode: 557102

        One tap mobile
        +13126266799,,93177402281#,,,,*557102# US (Chicago)

        Let me know if anything comes up.

        Thanks,
        Dana

        Dana Kowalski
        Senior Technical Recruiter | Prairie Current
        Chicago, IL | remote-first
        """)
    hs = [
        rcv("mail-yw1-f171.google.com", "209.85.128.171", "2026-10-29 10:12", "America/Chicago",
            "4KpJ7m1Zw4z9dR"),
        ("From", addr("Dana Kowalski", "dana.kowalski@prairiecurrent.com")),
        ("To", ME_H),
        ("Subject", "Confirmed: panel interview Tue Nov 3"),
        ("Date", date("2026-10-29 10:12", "America/Chicago")),
        ("Message-ID", "<CAF7kq2x0R8mLpV3=nD1sT9wYcQeH4uJ6b@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 12: Ashby reschedule, English, old and new times ----------------------------------------
@mail(n(12), family="ashby", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-05 15:00", PAR), end=utc("2026-11-05 15:45", PAR),
      contact="rory.sinclair@kelpierenewables.co.uk", company="Kelpie Renewables",
      local="Thu 2026-11-05 15:00", local_end="2026-11-05 15:45", zone=PAR,
      note="Ashby reschedule: old 'Wednesday, November 4, 11:00 AM - 11:45 AM CET' struck, new "
           "'Thursday, November 5, 2026, 3:00 PM - 3:45 PM CET' -> 14:00Z-14:45Z; ICS SEQUENCE:1 in UTC "
           "agrees; contact = human Reply-To")
def g12() -> bytes:
    body = t("""
        Hi Mathilde,

        Your interview with Kelpie Renewables has been rescheduled.

        Previously: Wednesday, November 4, 2026, 11:00 AM - 11:45 AM CET
        New time:   Thursday, November 5, 2026, 3:00 PM - 3:45 PM CET

        Interview: Finance Business Partner conversation
        Interviewer: Morag Campbell, Head of Project Finance
        Location: Google Meet (link in the calendar invite)

        Sorry for the shuffle - Morag is now travelling on the 4th. Just reply to this email if the new slot doesn't work, it'll reach Rory Sinclair.

        Thanks,
        Kelpie Renewables Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Mathilde,</p>
        <p>Your interview with Kelpie Renewables has been <b>rescheduled</b>.</p>
        <p><s>Wednesday, November 4, 2026, 11:00 AM - 11:45 AM CET</s><br>
        <b>Thursday, November 5, 2026, 3:00 PM - 3:45 PM CET</b></p>
        <p>Interview: Finance Business Partner conversation<br>Interviewer: Morag Campbell, Head of Project Finance<br>Location: Google Meet (link in the calendar invite)</p>
        <p>Sorry for the shuffle - Morag is now travelling on the 4th. Just reply to this email if the new slot doesn't work, it'll reach Rory Sinclair.</p>
        <p>Thanks,<br>Kelpie Renewables Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3f0c9b7e-81d2-4a6c-b1e5-6d2a9f4c7e10
        DTSTAMP:20261102T164000Z
        DTSTART:20261105T140000Z
        DTEND:20261105T144500Z
        SEQUENCE:1
        SUMMARY:Kelpie Renewables - Finance Business Partner conversation
        LOCATION:https://meet.google.com/pzt-hqmw-yxa
        ORGANIZER;CN=Rory Sinclair:mailto:rory.sinclair@kelpierenewables.co.uk
        ATTENDEE;CN=Mathilde Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathilde.roux@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("mail.ashbyhq.com", "54.240.3.18", "2026-11-02 16:40", "UTC", "4KqK8n2Ax5z0eS"),
        ("From", addr("Kelpie Renewables", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Rory Sinclair", "rory.sinclair@kelpierenewables.co.uk")),
        ("To", ME_H),
        ("Subject", "Interview rescheduled: Finance Business Partner at Kelpie Renewables"),
        ("Date", date("2026-11-02 16:40", "UTC")),
        ("Message-ID", "<010201935a7c1e2f-4b3d6a8e-0c1f-4e29-9b7a-2d5e8f1c3a60-000000@eu-west-1.amazonses.com>"),
    ]
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --- 13: recruiter prose, vous, 'le jeudi 3 à 10h' instead of 'mardi 1er à 14h' ----------------
@mail(n(13), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-03 10:00", PAR), end=None,
      contact="s.causse@garrigue-bois-energie.fr", company="Garrigue Bois Énergie",
      local="Thu 2026-12-03 10:00", zone=PAR,
      note="Reply sent Fri 27 Nov: 'au lieu du mardi 1er décembre à 14h, on se voit le jeudi 3 à 10h, "
           "même endroit' -> Thu 3 Dec 10:00 CET = 09:00Z; the quoted confirmation has the old slot; "
           "no length -> end null; contact = sender")
def g13() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Petit contretemps de notre côté : notre directeur sera au conseil d'administration mardi. Au lieu du mardi 1er décembre à 14h, on se voit donc le jeudi 3 à 10h, même endroit (zone de Croupillac à Alès, le portail bleu). Je vous ai mis M. Rouvière en copie.

        Désolée pour ce changement, et à jeudi !

        Sylvie Causse
        Assistante de direction – Garrigue Bois Énergie
        04 66 52 71 30

        Le ven. 20 nov. 2026 à 09:14, Sylvie Causse <s.causse@garrigue-bois-energie.fr> a écrit :
        > Bonjour Mathilde,
        > Suite à votre échange avec M. Rouvière, je vous confirme votre entretien le mardi 1er décembre à 14h dans nos locaux d'Alès.
        > Bien cordialement,
        > Sylvie Causse
        """)
    hs = [
        rcv("mail-wm1-f41.google.com", "209.85.128.41", "2026-11-27 12:05", PAR, "4KrL9p3By6z1fT"),
        ("From", addr("Sylvie Causse", "s.causse@garrigue-bois-energie.fr")),
        ("To", ME_H),
        ("CC", addr("Didier Rouvière", "d.rouviere@garrigue-bois-energie.fr")),
        ("Subject", enc("Re: Entretien – poste de contrôleuse de gestion")),
        ("Date", date("2026-11-27 12:05", PAR)),
        ("Message-ID", "<CAHx3Lm0qW7eK9rT2vYb5nF8sJ1cD4gA6zP@mail.gmail.com>"),
        ("In-Reply-To", "<CAHx3Lm0c1B2n3M4v5C6x7Z8a9S0d1F2g3H@mail.gmail.com>"),
        ("References", "<CAHx3Lm0c1B2n3M4v5C6x7Z8a9S0d1F2g3H@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 14: Exchange update, W. Europe Standard Time, old time named in body ------------------------
@mail(n(14), family="exchange_outlook", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-18 16:00", PAR), end=utc("2026-11-18 17:00", PAR),
      contact="antoine.perrin@confluence-watt.fr", company="Confluence Watt",
      local="Wed 2026-11-18 16:00", local_end="2026-11-18 17:00", zone=PAR,
      note="Outlook update (SEQUENCE:2) 'Quand : mercredi 18 novembre 2026 16:00-17:00 (UTC+01:00) "
           "Amsterdam, Berlin...', the old 'mardi 17 novembre à 11h' only in prose; CET -> 15:00Z-16:00Z; "
           "ICS TZID W. Europe Standard Time agrees; organizer = sender")
def g14() -> bytes:
    body = t("""
        Quand : mercredi 18 novembre 2026 16:00-17:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Confluence Watt – 52 cours Charlemagne, 69002 Lyon, salle Saône

        *~*~*~*~*~*~*~*~*~*

        Bonjour Mathilde,

        Comme évoqué ce matin, je décale notre second entretien, initialement prévu le mardi 17 novembre à 11h, au mercredi 18 en fin d'après-midi. Vous verrez Marion Teste (directrice des opérations) en plus de moi.

        Cordialement,
        Antoine Perrin
        Responsable contrôle de gestion – Confluence Watt
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Antoine Perrin:mailto:antoine.perrin@confluence-watt.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Roux:mailto:mathilde.roux@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marion Teste:mailto:marion.teste@confluence-watt.fr
        UID:040000008200E00074C5B7101A82E00800000000D4E9A1B0C67BDC01000000000000000010000000AF30B91E5C2D4A47B86E1D0C9F7A3B52
        SUMMARY;LANGUAGE=fr-FR:Entretien (2e tour) – Contrôle de gestion – Mathilde Roux
        DTSTART;TZID=W. Europe Standard Time:20261118T160000
        DTEND;TZID=W. Europe Standard Time:20261118T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261112T131800Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-FR:Confluence Watt – 52 cours Charlemagne\\, 69002 Lyon\\, salle Saône
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1893312055
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("AM9PR02MB7390.eurprd02.prod.outlook.com", "40.107.21.63", "2026-11-12 14:18", PAR,
            "4KsM0q4Cz7z2gV"),
        ("From", addr("Antoine Perrin", "antoine.perrin@confluence-watt.fr")),
        ("To", ME_H),
        ("Subject", enc("Mis à jour : Entretien (2e tour) – Contrôle de gestion – Mathilde Roux")),
        ("Thread-Topic", enc("Entretien (2e tour) – Contrôle de gestion – Mathilde Roux")),
        ("Thread-Index", "AdtUx2Zq9b3mK0dYQeS7v1xW4n8pRA=="),
        ("Date", date("2026-11-12 14:18", PAR)),
        ("Message-ID", "<AM9PR02MB73901F0E2D3C4B5A69788796A5B4C3D2@AM9PR02MB7390.eurprd02.prod.outlook.com>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hs, alt(text(body, charset="windows-1252"), calendar(ics, cte="base64")))


# --- 15: GoodTime reschedule, English, London (GMT) --------------------------------------------
@mail(n(15), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-24 14:00", "Europe/London"), end=utc("2026-11-24 15:00", "Europe/London"),
      contact="hannah.okafor@greywaterstorage.co.uk", company="Greywater Storage",
      local="Tue 2026-11-24 14:00", local_end="2026-11-24 15:00", zone="Europe/London",
      note="GoodTime reschedule: old 'Friday, 20 November, 11:00 AM GMT', new 'Tuesday, 24 November "
           "2026, 2:00 PM - 3:00 PM GMT' (also shown as 3-4 PM CET) -> 14:00Z-15:00Z; ICS in UTC agrees; "
           "contact = human Reply-To")
def g15() -> bytes:
    body = t("""
        Hi Mathilde,

        Your interview with Greywater Storage has been rescheduled. Here are the updated details:

        NEW TIME
        Tuesday, 24 November 2026
        2:00 PM - 3:00 PM GMT (3:00 PM - 4:00 PM CET)

        Previously scheduled for: Friday, 20 November 2026, 11:00 AM - 12:00 PM GMT

        Interview: Commercial Finance - Case Study Panel
        Panel: Oliver Hart (Finance Director), Priya Raman (Senior Analyst)
        Join: https://greywaterstorage.zoom.us/j/88210447613

        An updated calendar invitation is attached.

        Questions? Reply to this email to reach Hannah Okafor, Talent Acquisition.

        Greywater Storage Ltd - 7 Wharf Road, London N1 7GR
        Scheduled with GoodTime
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Hire//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-9a41c7e2-5b0d-4e38-8f16-c2d7a0b93e55@goodtime.io
        DTSTAMP:20261118T100200Z
        DTSTART:20261124T140000Z
        DTEND:20261124T150000Z
        SEQUENCE:1
        SUMMARY:Greywater Storage | Commercial Finance - Case Study Panel | Mathilde Roux
        LOCATION:https://greywaterstorage.zoom.us/j/88210447613
        ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@greywaterstorage.co.uk
        ATTENDEE;CN=Mathilde Roux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathilde.roux@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("mail.goodtime.io", "149.72.201.88", "2026-11-18 10:02", "Europe/London", "4KtN1r5Da8z3hW"),
        ("From", addr("Greywater Storage", "no-reply@goodtime.io")),
        ("Reply-To", addr("Hannah Okafor", "hannah.okafor@greywaterstorage.co.uk")),
        ("To", ME),
        ("Subject", "Rescheduled: Interview with Greywater Storage - Tue, Nov 24"),
        ("Date", date("2026-11-18 10:02", "Europe/London")),
        ("Message-ID", "<gt.mail.20261118100201.4f2e9c@goodtime.io>"),
    ]
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# --- 16: Google Calendar cancellation (French), METHOD:CANCEL ----------------------------------
@mail(n(16), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-13 11:00", PAR), end=utc("2026-11-13 12:00", PAR),
      contact="florian.arnaud@provence-biogaz.fr", company="Provence Biogaz",
      local="Fri 2026-11-13 11:00", local_end="2026-11-13 12:00", zone=PAR,
      note="Google Agenda 'Événement annulé' for 'ven. 13 nov. 2026 11:00 - 12:00 (CET)' -> cancelled "
           "slot 10:00Z-11:00Z; METHOD:CANCEL / STATUS:CANCELLED; organizer note gives no new time")
def g16() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Titre : Entretien Mathilde Roux – Provence Biogaz
        Bonjour Mathilde, je dois malheureusement annuler notre entretien : le recrutement est suspendu en attendant le budget 2027. Je reviens vers vous dès que j'ai du nouveau. Florian
        Date : vendredi 13 nov. 2026 11:00 – 12:00 (heure normale d'Europe centrale - Paris)

        Agenda : mathilde.roux@example.org
        Organisateur : florian.arnaud@provence-biogaz.fr
        Invités :
        florian.arnaud@provence-biogaz.fr - organisateur
        mathilde.roux@example.org

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ[PAR] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261113T110000
        DTEND;TZID=Europe/Paris:20261113T120000
        DTSTAMP:20261109T075100Z
        ORGANIZER;CN=florian.arnaud@provence-biogaz.fr:mailto:florian.arnaud@provence-biogaz.fr
        UID:0q8v3n6c1m2b4k7j9h5g1f3d2s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=mathilde.roux@example.org;X-NUM-GUESTS=0:mailto:mathilde.roux@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien Mathilde Roux – Provence Biogaz
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-11-09 08:51", PAR, "4KvP2s6Eb9z4jX"),
        ("Reply-To", "florian.arnaud@provence-biogaz.fr"),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("From", addr("Florian Arnaud", "florian.arnaud@provence-biogaz.fr")),
        ("To", ME),
        ("Subject", enc("Événement annulé : Entretien Mathilde Roux – Provence Biogaz @ ven. 13 nov. "
                        "2026 11:00 - 12:00 (CET) (mathilde.roux@example.org)")),
        ("Date", date("2026-11-09 08:51", PAR)),
        ("Message-ID", "<calendar-3e7a91c4-0b2d-4f58-a6e1-9c8d7b6a5f40@google.com>"),
    ]
    return message(hs, mixed(alt(text(body, cte="base64"), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --- 17: cancellation in prose, no new time, iso-8859-15 ---------------------------------------
@mail(n(17), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-10 15:00", PAR), end=None,
      contact="m.bonnafoux@cevennes-hydro.fr", company="Cévennes Hydro",
      local="Thu 2026-12-10 15:00", zone=PAR,
      note="Sent Mon 7 Dec: 'annuler notre entretien prévu ce jeudi 10 décembre à 15h', the post is "
           "frozen, no new time -> cancelled, slot Thu 10 Dec 15:00 CET = 14:00Z; contact = sender")
def g17() -> bytes:
    body = t("""
        Bonjour Madame Roux,

        Je suis au regret de devoir annuler notre entretien prévu ce jeudi 10 décembre à 15h.
        Notre actionnaire vient de geler les recrutements sur le périmètre finance jusqu'au
        prochain exercice, et je ne veux pas vous faire faire le trajet jusqu'à Alès pour rien.

        Votre profil nous intéresse sincèrement : je me permettrai de revenir vers vous si le
        poste est rouvert au printemps.

        Avec mes excuses pour ce contretemps, et mes meilleurs vœux de réussite,

        Marc Bonnafoux
        Directeur administratif et financier
        Cévennes Hydro SAS - 8 avenue Jules Guesde, 30100 Alès
        """)
    hs = [
        rcv("smtp.cevennes-hydro.fr", "91.121.44.207", "2026-12-07 08:40", PAR, "4KwQ3t7Fc0z5kY"),
        ("From", addr("Marc Bonnafoux", "m.bonnafoux@cevennes-hydro.fr", "iso-8859-15")),
        ("To", addr("Mathilde Roux", ME)),
        ("Subject", enc("Annulation de notre entretien de jeudi", "iso-8859-15")),
        ("Date", date("2026-12-07 08:40", PAR)),
        ("Message-ID", "<3b9f1c0e-7a2d-4e58-b6c1-0d9e8f7a6b54@cevennes-hydro.fr>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
        ("Content-Language", "fr"),
    ]
    return message(hs, text(body, charset="iso-8859-15", params="format=flowed"))


# --- 18: Workable cancellation, English, a possible new slot not yet fixed ----------------------
@mail(n(18), family="workable", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-02 11:00", "Europe/Madrid"), end=utc("2026-12-02 11:45", "Europe/Madrid"),
      contact="nora.vidal@sunreachlabs.com", company="Sunreach Labs",
      local="Wed 2026-12-02 11:00", local_end="2026-12-02 11:45", zone="Europe/Madrid",
      note="Workable: interview 'Wed, Dec 02, 2026 11:00 AM - 11:45 AM CET' cancelled -> 10:00Z-10:45Z "
           "(Madrid = Paris time); 'maybe Friday afternoon' is only a suggestion, so cancelled not "
           "rescheduled; Reply-To is a Workable +relay, contact = Nora's address in the body")
def g18() -> bytes:
    body = t("""
        Hi Mathilde,

        Unfortunately, your interview for the Project Controller role at Sunreach Labs has been cancelled.

        Cancelled interview
        Wed, Dec 02, 2026, 11:00 AM - 11:45 AM CET
        Video call with Nora Vidal

        Message from Nora:
        "So sorry Mathilde - our CFO called an all-hands for Wednesday morning and I can't move it. I'd love to find another slot, maybe Friday afternoon? I'll send you a new invite once I've checked with Jordi. You can also write to me directly at nora.vidal@sunreachlabs.com."

        Best regards,
        The Sunreach Labs hiring team

        --
        Sent via Workable. You received this email because you applied for a job at Sunreach Labs.
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:wk-interview-58a1f3c2d7@workable.com
        DTSTAMP:20261130T091500Z
        DTSTART:20261202T100000Z
        DTEND:20261202T104500Z
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Interview: Mathilde Roux - Project Controller (Sunreach Labs)
        ORGANIZER;CN=Sunreach Labs:mailto:sunreach-labs+a7c2f1@candidates.workablemail.com
        ATTENDEE;CN=Mathilde Roux:mailto:mathilde.roux@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("mail-out.workablemail.com", "50.31.63.12", "2026-11-30 09:15", "UTC", "4KxR4v8Gd1z6mZ"),
        ("From", addr("Sunreach Labs", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Sunreach Labs", "sunreach-labs+a7c2f1@candidates.workablemail.com")),
        ("To", ME),
        ("Subject", "Interview cancelled: Project Controller at Sunreach Labs"),
        ("Date", date("2026-11-30 09:15", "UTC")),
        ("Message-ID", "<wk.58a1f3c2d7.cancel.20261130@workablemail.com>"),
    ]
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# --- 19: forward to self, the confirmation attached as message/rfc822 (iso-8859-1 inside) ------
@mail(n(19), family="forwarded_confirmation", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-09 16:00", PAR), end=None,
      contact="karima.benali@occitanie-flux.fr", company="Occitanie Flux",
      local="Wed 2026-12-09 16:00", zone=PAR,
      note="Mathilde forwards (from example.net to example.org, Fri 4 Dec) the recruiter's mail as an "
           "attached message: 'le mercredi 09/12 à 16 h' -> 15:00Z (CET); '1h15 environ' is approximate "
           "so end null; contact = recruiter in the attached message (never the candidate)")
def g19() -> bytes:
    inner_body = t("""
        Bonjour Mathilde,

        Suite à notre échange téléphonique, je vous confirme notre rendez-vous le mercredi 09/12 à 16 h
        dans nos bureaux de Port Marianne (Le Triangle, 35 rue de la Haye, 34000 Montpellier).
        Vous rencontrerez Sébastien Roques, directeur financier, puis moi-même. Prévoyez 1h15 environ.

        Cordialement,

        Karima Benali
        Chargée de recrutement - Occitanie Flux
        """)
    inner = message([
        ("From", addr("Karima Benali", "karima.benali@occitanie-flux.fr")),
        ("To", addr("Mathilde Roux", "mathilde.roux@example.net")),
        ("Subject", enc("Confirmation entretien - Occitanie Flux", "iso-8859-1")),
        ("Date", date("2026-12-03 17:48", PAR)),
        ("Message-ID", "<a1e2c3d4-0f9b-4a8c-8e7d-6b5a4c3d2e1f@occitanie-flux.fr>"),
    ], text(inner_body, charset="iso-8859-1", cte="8bit"))
    outer = t("""
        pour le garder dans ma boîte perso, à mettre dans l'agenda !!
        """)
    hs = [
        rcv("smtp.example.net", "192.0.2.41", "2026-12-04 07:58", PAR, "4KyS5w9He2z7nA"),
        ("From", addr("Mathilde Roux", "mathilde.roux@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Confirmation entretien - Occitanie Flux"),
        ("Date", date("2026-12-04 07:58", PAR)),
        ("Message-ID", "<9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(hs, mixed(text(outer, cte="8bit"),
                             attached_message(inner, "Confirmation entretien - Occitanie Flux.eml")))


# --- 20: hiring manager's all-day calendar event, the time only in the text --------------------
@mail(n(20), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:30", PAR), end=utc("2026-11-12 10:30", PAR),
      contact="vincent.aubert@salicorne-energies.fr", company="Salicorne Énergies",
      local="Thu 2026-11-12 09:30", local_end="2026-11-12 10:30", zone=PAR,
      note="Hiring manager sends an all-day event (DTSTART;VALUE=DATE 20261112) and writes the time "
           "only in the text: 'jeudi 12 à 9h30 ... pour une heure' -> 08:30Z-09:30Z (CET); contact = sender")
def g20() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Je vous confirme notre entretien jeudi 12 à 9h30, pour une heure, à nos bureaux de Lattes (ZAC de l'Aéroport, bâtiment Les Salins, 1er étage). Je vous ai envoyé l'invitation sur la journée pour que ça bloque votre agenda, l'heure c'est bien 9h30.

        Venez avec vos questions sur le reporting projets, on parlera surtout de nos parcs agrivoltaïques.

        Bonne fin de semaine,
        Vincent Aubert
        Directeur financier – Salicorne Énergies
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        CREATED:20261105T170800Z
        LAST-MODIFIED:20261105T170900Z
        DTSTAMP:20261105T170900Z
        UID:c7b9a1e2-3d4f-4a5b-8c6d-7e8f9a0b1c2d
        SUMMARY:Entretien Mathilde Roux (9h30)
        ORGANIZER;CN=Vincent Aubert:mailto:vincent.aubert@salicorne-energies.fr
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Mathilde Roux:mailto:mathilde.roux@example.org
        DTSTART;VALUE=DATE:20261112
        DTEND;VALUE=DATE:20261113
        TRANSP:TRANSPARENT
        LOCATION:Salicorne Énergies\\, Lattes
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("smtp.salicorne-energies.fr", "51.38.112.9", "2026-11-05 18:10", PAR, "4KzT6x0If3z8pB"),
        ("From", addr("Vincent Aubert", "vincent.aubert@salicorne-energies.fr")),
        ("To", ME_H),
        ("Subject", "Invitation: Entretien Mathilde Roux (9h30) @ jeu. 12 nov. 2026"),
        ("Date", date("2026-11-05 18:10", PAR)),
        ("Message-ID", "<4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8@salicorne-energies.fr>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment")))


# --- 21: JOIN, English, Berlin-based remote team --------------------------------------------------
@mail(n(21), family="join", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-16 11:00", "Europe/Berlin"), end=utc("2026-10-16 11:30", "Europe/Berlin"),
      contact="jonas.weber@kilowatt-kollektiv.de", company="Kilowatt Kollektiv",
      local="Fri 2026-10-16 11:00", local_end="2026-10-16 11:30", zone="Europe/Berlin",
      note="JOIN: 'Friday, 16 October 2026, 11:00 - 11:30 (Europe/Berlin)' -> CEST, 09:00Z-09:30Z; "
           "no-reply sender, contact = the person named with an address in the body")
def g21() -> bytes:
    body = t("""
        Hi Mathilde,

        Good news - your interview with Kilowatt Kollektiv is confirmed.

        Job: Project Controller (remote, EU time zones)
        When: Friday, 16 October 2026, 11:00 - 11:30 (Europe/Berlin)
        Where: Video call - https://meet.jit.si/kilowatt-kollektiv-mroux
        Your contact: Jonas Weber, Co-founder & CFO - jonas.weber@kilowatt-kollektiv.de

        Tip: test your camera and microphone before the call.

        Good luck!
        Your JOIN team, on behalf of Kilowatt Kollektiv

        JOIN Solutions AG - you are receiving this message because you applied via JOIN.
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <p>Hi Mathilde,</p>
        <p>Good news - your interview with <b>Kilowatt Kollektiv</b> is confirmed.</p>
        <table style="border:1px solid #e3e3e3;border-radius:8px" cellpadding="8">
        <tr><td>Job</td><td>Project Controller (remote, EU time zones)</td></tr>
        <tr><td>When</td><td>Friday, 16 October 2026, 11:00 - 11:30 (Europe/Berlin)</td></tr>
        <tr><td>Where</td><td><a href="https://meet.jit.si/kilowatt-kollektiv-mroux">Video call</a></td></tr>
        <tr><td>Your contact</td><td>Jonas Weber, Co-founder &amp; CFO - <a href="mailto:jonas.weber@kilowatt-kollektiv.de">jonas.weber@kilowatt-kollektiv.de</a></td></tr>
        </table>
        <p>Tip: test your camera and microphone before the call.</p>
        <p>Good luck!<br>Your JOIN team, on behalf of Kilowatt Kollektiv</p>
        </body></html>
        """)
    hs = [
        rcv("mail.join.com", "52.29.114.201", "2026-10-09 12:30", "Europe/Berlin", "4L0V7y1Jg4z9qC"),
        ("From", addr("Kilowatt Kollektiv via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: Project Controller at Kilowatt Kollektiv"),
        ("Date", date("2026-10-09 12:30", "Europe/Berlin")),
        ("Message-ID", "<20261009103001.7c1d2e3f4a5b@join.com>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(page)))


# --- 22: Taleo convocation, iso-8859-1, 1h30 ----------------------------------------------------
@mail(n(22), family="taleo", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-07 10:30", PAR), end=utc("2026-12-07 12:00", PAR),
      contact="isabelle.moreau@energeia-groupe.fr", company="Groupe Énergéia",
      local="Mon 2026-12-07 10:30", local_end="2026-12-07 12:00", zone=PAR,
      note="Taleo convocation in iso-8859-1 QP: 'le lundi 7 décembre 2026 à 10h30', 'durée prévue : "
           "1h30' -> 09:30Z-11:00Z (CET); no-reply sender, contact = recruiter in body")
def g22() -> bytes:
    body = t("""
        Madame,

        Nous avons le plaisir de vous convier à un entretien dans le cadre de votre candidature au
        poste de Contrôleur de gestion projets H/F (réf. 26-0713), basé à Lyon.

        Date : le lundi 7 décembre 2026 à 10h30
        Durée prévue : 1h30 (entretien RH puis entretien technique)
        Lieu : Groupe Énergéia - Tour Incity, 116 cours Lafayette, 69003 Lyon - accueil 22e étage
        Interlocuteurs : Isabelle Moreau, chargée de recrutement, et Frédéric Dumas, responsable
        contrôle de gestion Renouvelables

        Merci de vous présenter à l'accueil muni(e) d'une pièce d'identité. Pour toute question,
        vous pouvez contacter Isabelle Moreau (isabelle.moreau@energeia-groupe.fr).

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        La Direction des Ressources Humaines
        Groupe Énergéia

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = [
        rcv("mx-out2.taleo.net", "160.34.8.45", "2026-11-30 10:02", PAR, "4L1W8z2Kh5z0rD"),
        ("From", addr("Groupe Énergéia", "no-reply@taleo.net", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Convocation à un entretien - Réf. 26-0713", "iso-8859-1")),
        ("Date", date("2026-11-30 10:02", PAR)),
        ("Message-ID", "<1564402187.88213.1796029320117.JavaMail.taleo@tlo-prod-mail04>"),
    ]
    return message(hs, text(body, charset="iso-8859-1"))


# --- 23: remote team in Auckland, local date is the previous day in UTC -------------------------
@mail(n(23), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 09:00", "Pacific/Auckland"), end=utc("2026-12-09 09:45", "Pacific/Auckland"),
      contact="mereana.walker@tuigrid.co.nz", company="Tui Grid Analytics",
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 09:45", zone="Pacific/Auckland",
      note="Sent Thu 3 Dec 10:15 +1300: 'Wednesday 9 December, 9:00am NZDT' (+13) = Tue 8 Dec 20:00Z, "
           "the mail's own 'Tuesday 9pm for you in Nîmes' agrees; 'keep it to 45 minutes' -> end 20:45Z")
def g23() -> bytes:
    body = t("""
        Kia ora Mathilde,

        Lovely to chat yesterday - the team was keen, so let's lock in the next step.

        Your interview with me and Ben Fletcher (our CFO) is booked for Wednesday 9 December, 9:00am NZDT. That's Tuesday 9pm for you in Nîmes, I know it's late, thanks for being flexible! We'll keep it to 45 minutes.

        Google Meet: https://meet.google.com/wkf-pbnq-tzs

        Ngā mihi,
        Mereana Walker
        People & Culture Lead | Tui Grid Analytics
        Level 3, 12 Viaduct Harbour Ave, Auckland
        """)
    hs = [
        rcv("mail-pj1-f47.google.com", "209.85.216.47", "2026-12-03 10:15", "Pacific/Auckland",
            "4L2X9a3Li6z1sE"),
        ("From", addr("Mereana Walker", "mereana.walker@tuigrid.co.nz")),
        ("To", ME_H),
        ("Subject", "Interview booked - Wed 9 Dec (NZ time)"),
        ("Date", date("2026-12-03 10:15", "Pacific/Auckland")),
        ("Message-ID", "<CAJp4Kz0wQ2e-8Hn1mVbT3yR5sLcX7dF9gA@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


# --- 24: job-centre appointment with a fixed time ('entretien de suivi') ------------------------
@mail(n(24), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="France Travail convocation to a follow-up meeting ('entretien de suivi') on jeudi 17 "
           "septembre 2026 à 9h30: a fixed time but the unemployment office, not a job interview")
def g24() -> bytes:
    body = t("""
        Madame ROUX Mathilde,

        Vous êtes convoquée à un entretien de suivi de votre recherche d'emploi :

        le jeudi 17 septembre 2026 à 09h30
        Agence France Travail de Nîmes Courbessac - 210 chemin du Mas de Vignolles, 30000 Nîmes
        avec votre conseillère, Mme Delphine SAUSSINE

        Cet entretien fait le point sur votre projet professionnel et les offres de contrôleur de gestion
        qui vous ont été transmises. Merci de vous munir de votre CV à jour.

        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel
        (rubrique « Mes échanges avec France Travail »). Toute absence non justifiée peut entraîner
        une radiation de la liste des demandeurs d'emploi.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = [
        rcv("smtp-out.francetravail.fr", "185.24.186.33", "2026-09-09 06:02", PAR, "4L3Y0b4Mj7z2tF"),
        ("From", addr("France Travail", "ne-pas-repondre@francetravail.fr")),
        ("To", ME),
        ("Subject", enc("Convocation : entretien de suivi le 17/09/2026 à 09h30")),
        ("Date", date("2026-09-09 06:02", PAR)),
        ("Message-ID", "<20260909060201.CONV.7718342@francetravail.fr>"),
    ]
    return message(hs, text(body, charset="iso-8859-15"))


# --- 25: a local journalist interviewing her (confirmed time) ----------------------------------
@mail(n(25), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-09-25"),),
      note="Reporter confirms a phone interview ('notre entretien téléphonique vendredi 25 septembre "
           "à 16 h') for an article: fixed time, but Mathilde is the interviewee for the press, not a job")
def g25() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Merci d'avoir accepté de témoigner pour notre dossier « Les femmes de la transition énergétique dans le Gard ». Je vous confirme notre entretien téléphonique vendredi 25 septembre à 16 h, je vous appellerai au 06 12 48 77 30. Comptez une vingtaine de minutes.

        On parlera de votre parcours, du métier de contrôleuse de gestion dans les projets solaires et éoliens, et de ce qui pourrait attirer plus de jeunes femmes vers la filière. Un photographe pourra passer la semaine suivante si vous êtes d'accord.

        Bien à vous,

        Élodie Chabert
        Journaliste – La Gazette des Garrigues, rédaction de Nîmes
        """)
    hs = [
        rcv("smtp.gazette-garrigues.fr", "62.210.16.61", "2026-09-21 11:37", PAR, "4L4Z1c5Nk8z3vG"),
        ("From", addr("Élodie Chabert", "e.chabert@gazette-garrigues.fr")),
        ("To", ME_H),
        ("Subject", enc("Entretien pour notre dossier transition énergétique – vendredi 16 h")),
        ("Date", date("2026-09-21 11:37", PAR)),
        ("Message-ID", "<8f2a6c41-0b7d-4d39-a5e1-c2f9d7b3a8e0@gazette-garrigues.fr>"),
    ]
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


# --- 26: podcast recording, she is the guest ---------------------------------------------------
@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Podcast host confirms the recording 'Thursday, October 22 at 5:00 PM CEST' on Riverside, "
           "Mathilde as guest: a confirmed 'interview' time, but not a job interview")
def g26() -> bytes:
    body = t("""
        Hi Mathilde,

        Thrilled you said yes! Locking it in:

        Grid Talk, episode 84 - "Where the money goes in a solar project"
        Recording: Thursday, October 22 at 5:00 PM CEST (60 minutes, we usually edit down to 40)
        Studio link: https://riverside.fm/studio/grid-talk-ep84

        The interview is conversational, no need to prepare slides. I'll send a rough outline of questions on Monday. Headphones are a must, and a quiet room helps a lot.

        Cheers,
        Sam Whitaker
        Host, Grid Talk podcast
        """)
    hs = [
        rcv("mail-oi1-f176.google.com", "209.85.167.176", "2026-10-15 19:05", "Europe/London", "4L5A2d6Pl9z4wH"),
        ("From", addr("Sam Whitaker", "sam@gridtalkpodcast.com")),
        ("To", ME),
        ("Subject", "Grid Talk recording confirmed - Thu Oct 22"),
        ("Date", date("2026-10-15 19:05", "Europe/London")),
        ("Message-ID", "<CAB2nQy7Hx3-pL9eW0sK4rT6mZ1vF8cD5jA@mail.gmail.com>"),
    ]
    return message(hs, text(body, cte="7bit"))


# --- 27: Executive MBA admission interview ------------------------------------------------------
@mail(n(27), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Business-school admission jury ('entretien d'admission ... mercredi 21 octobre 2026 à "
           "14h00'): a confirmed interview time, but for a degree programme, not a job")
def g27() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1d2b3a">
        <p><img src="https://www.eml-littoral.example.com/logo.png" alt="École de Management du Littoral" width="180"></p>
        <p>Madame Roux,</p>
        <p>Votre dossier de candidature à l'<strong>Executive MBA – Management de la transition énergétique</strong> (promotion 2027) a été retenu par la commission d'admissibilité.</p>
        <p>Nous avons le plaisir de vous convoquer à votre <strong>entretien d'admission</strong> :</p>
        <ul><li>mercredi 21 octobre 2026 à 14h00</li><li>durée : 40 minutes (présentation de votre projet, 10 min, puis échange avec le jury)</li><li>Campus de Montpellier, 2300 avenue des Moulins, salle du conseil</li></ul>
        <p>Les résultats d'admission vous seront communiqués sous quinze jours.</p>
        <p>Le service des admissions<br>École de Management du Littoral</p>
        </body></html>
        """)
    hs = [
        rcv("mailer.eml-littoral.example.com", "203.0.113.45", "2026-10-08 15:20", PAR, "4L6B3e7Qm0z5xJ"),
        ("From", addr("EML – Admissions Executive", "admissions-executive@eml-littoral.example.com")),
        ("To", ME),
        ("Subject", enc("Executive MBA : convocation à l'entretien d'admission")),
        ("Date", date("2026-10-08 15:20", PAR)),
        ("Message-ID", "<adm.2027.EMBA.00412@eml-littoral.example.com>"),
    ]
    return message(hs, html(page, charset="windows-1252"))


# --- 28: handball club try-out ('détection'), tu -------------------------------------------------
@mail(n(28), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Club coach confirms a try-out ('séance de détection samedi 10 octobre à 10h'): fixed "
           "time, not a job interview")
def g28() -> bytes:
    body = t("""
        Salut Mathilde !

        C'est validé pour la détection de l'équipe seniors filles : samedi 10 octobre à 10h au gymnase du Mas de Mingue. Viens 15 min avant pour t'échauffer, prends tes baskets de salle et une gourde, on fournit les chasubles.

        On fera un peu de physique puis un match, à la fin je te dirai si on te garde pour la N3 ou la pré-nat.
        Si tu as une licence d'un autre club ramène le numéro, on s'occupe de la mutation.

        A samedi !
        Nico
        Entraîneur seniors F - Nîmes Garrigues Handball
        """)
    hs = [
        rcv("mail-sl1-f44.google.com", "209.85.215.44", "2026-10-06 21:48", PAR, "4L7C4f8Rn1z6yK"),
        ("From", addr("Nicolas Pujol", "nico.pujol.hand@example.com")),
        ("To", ME),
        ("Subject", enc("Détection samedi 🤾‍♀️")),
        ("Date", date("2026-10-06 21:48", PAR)),
        ("Message-ID", "<CAKf8Wd2Ls5-nQ0hR7xY3tJ1vB9mE4cG6pZ@mail.gmail.com>"),
    ]
    return message(hs, text(body, cte="8bit"))


# --- 29: car service appointment ---------------------------------------------------------------
@mail(n(29), family="car_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Garage confirms a service ('rendez-vous confirmé : mardi 27 octobre 2026 à 08h00'): fixed "
           "time, personal appointment")
def g29() -> bytes:
    body = t("""
        GARAGE DES COSTIÈRES - Confirmation de rendez-vous

        Bonjour Mme ROUX,

        Votre rendez-vous atelier est confirmé :
        Date : mardi 27 octobre 2026 à 08h00
        Véhicule : Peugeot 208 - GH-418-RT
        Prestation : révision 60 000 km + contrôle des freins
        Durée estimée : 3h (véhicule de prêt réservé)

        Merci de déposer votre véhicule à l'accueil atelier, 1450 route de Saint-Gilles, 30900 Nîmes.

        Pour modifier ou annuler : répondez à ce SMS/e-mail ou appelez le 04 66 29 14 02.
        """)
    page = "<html><body><pre style=\"font-family:Arial\">" + body + "</pre></body></html>\n"
    hs = [
        rcv("mail.atelier-rdv.example.com", "198.51.100.17", "2026-10-20 17:31", PAR, "4L8D5g9So2z7zL"),
        ("From", addr("Garage des Costières", "rdv@garage-costieres.example.com")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre rendez-vous atelier du 27/10/2026")),
        ("Date", date("2026-10-20 17:31", PAR)),
        ("Message-ID", "<rdv-20261027-0800-GH418RT@garage-costieres.example.com>"),
    ]
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


# --- 30: softgarden rejection after an interview, English -------------------------------------
@mail(n(30), family="rejection", lang="en", interview=False, company="Nordwind Projekt GmbH",
      note="softgarden rejection after a past interview ('thank you for the interview on 29 September'): "
           "no upcoming interview")
def g30() -> bytes:
    body = t("""
        Dear Ms Roux,

        Thank you very much for your interest in Nordwind Projekt and for the time you took for the interview on 29 September with Mr. Hoffmann and Ms. Lenz.

        After careful consideration, we have decided to continue the process with other candidates whose experience with German grid-connection contracts is a closer match for the Project Controller (m/f/d) position in our Lyon office.

        We would be happy to keep your profile in our talent pool. You can manage your data at any time here:
        https://nordwind-projekt.softgarden.io/en/candidate/data

        We wish you every success in your career.

        Kind regards
        Anja Becker
        HR Business Partner
        Nordwind Projekt GmbH

        This message was sent via softgarden.
        """)
    hs = [
        rcv("mail.softgarden.io", "18.184.203.40", "2026-10-07 14:55", "Europe/Berlin", "4L9E6h0Tp3z8AM"),
        ("From", addr("Nordwind Projekt GmbH", "noreply@softgarden.io")),
        ("Reply-To", addr("Anja Becker", "anja.becker@nordwind-projekt.de")),
        ("To", ME),
        ("Subject", "Your application as Project Controller (m/f/d) - Lyon"),
        ("Date", date("2026-10-07 14:55", "Europe/Berlin")),
        ("Message-ID", "<sg.1790.845210.rej@softgarden.io>"),
    ]
    return message(hs, text(body, cte="7bit"))


# --- 31: career coach confirms a mock-interview session ---------------------------------------
@mail(n(31), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Coach confirms a mock interview ('simulation d'entretien jeudi 26 novembre à 18h, 1h en "
           "visio'): fixed time, but a paid preparation session, not a job interview")
def g31() -> bytes:
    body = t("""
        Coucou Mathilde,

        Je te confirme notre séance de simulation d'entretien jeudi 26 novembre à 18h, en visio (1h). Je jouerai le DAF de Groupe Énergéia, on travaillera surtout les questions sur tes écarts budget/réel et ta motivation pour Lyon.

        Lien : https://whereby.com/severine-pages-coaching

        Envoie-moi l'annonce et ton CV à jour d'ici mardi si tu peux.

        Belle journée,
        Séverine
        --
        Séverine Pagès – Coach carrière & bilan de compétences
        Nîmes · 06 33 91 27 45
        """)
    hs = [
        rcv("smtp.ovh.net", "51.91.88.24", "2026-11-20 09:12", PAR, "4LAF7i1Uq4z9BN"),
        ("From", addr("Séverine Pagès Coaching", "contact@severinepages-coaching.example.com")),
        ("To", ME),
        ("Subject", enc("Simulation d'entretien jeudi 18h ✔")),
        ("Date", date("2026-11-20 09:12", PAR)),
        ("Message-ID", "<b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@severinepages-coaching.example.com>"),
    ]
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


# --- 32: English recruiter proposing a time, not yet confirmed ---------------------------------
@mail(n(32), family="recruiter_proposal", lang="en", interview=False, company="Linden Wind",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
      note="Recruiter asks 'would Tuesday at 10 work? Otherwise Wednesday 2pm' (10/11 Nov): times only "
           "proposed, nothing confirmed")
def g32() -> bytes:
    body = t("""
        Hi Mathilde,

        Thanks for sending over your CV - Lars and I had a look and we'd love to set up a first call about the Project Controller opening on our Nordic-French portfolio team.

        Would Tuesday (Nov 10) at 10:00 your time work? If not, Wednesday at 2pm could also be an option. Once you confirm I'll send a Teams invite.

        Best,
        Freja Madsen
        Talent Acquisition Partner
        Linden Wind A/S - Copenhagen
        """)
    hs = [
        rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.120", "2026-11-05 13:27",
            "Europe/Copenhagen", "4LBG8j2Vr5z0CP"),
        ("From", addr("Freja Madsen", "frma@lindenwind.dk")),
        ("To", ME_H),
        ("Subject", "Project Controller - first call?"),
        ("Date", date("2026-11-05 13:27", "Europe/Copenhagen")),
        ("Message-ID", "<DB9PR07MB8834E2A1B3C4D5E6F7A8B9C0D1E2F3A4@DB9PR07MB8834.eurprd07.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ]
    return message(hs, alt(text(body), html("<html><body><div style=\"font-family:Calibri\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n")))


# --- 33: French recruiter proposing two slots, nothing agreed yet ------------------------------
@mail(n(33), family="recruiter_proposal", lang="fr", interview=False, company="Durance Photovoltaïque",
      days=(("Thu", "2026-12-03"), ("Fri", "2026-12-04")),
      note="Recruiter proposes 'jeudi 3 décembre à 10h ou vendredi 4 à 14h ... le 3 à 10h, ça vous "
           "irait ?' and waits for an answer: not confirmed")
def g33() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Merci pour votre candidature au poste de contrôleuse de gestion, votre parcours chez un développeur solaire a beaucoup plu à notre DAF.

        Pour un premier entretien dans nos locaux d'Avignon, je vous propose jeudi 3 décembre à 10h ou vendredi 4 à 14h. Le 3 à 10h, ça vous irait ? Sinon dites-moi ce qui vous arrange la semaine suivante, on s'adaptera.

        Dès que j'ai votre retour, je vous envoie l'invitation avec l'adresse et le plan.

        Belle journée,
        Aurélie Fabre
        Responsable RH – Durance Photovoltaïque
        """)
    hs = [
        rcv("smtp.durance-pv.fr", "37.187.12.88", "2026-11-26 10:44", PAR, "4LCH9k3Ws6z1DQ"),
        ("From", addr("Aurélie Fabre", "a.fabre@durance-pv.fr")),
        ("To", ME_H),
        ("Subject", enc("Votre candidature – premier entretien ?")),
        ("Date", date("2026-11-26 10:44", PAR)),
        ("Message-ID", "<1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b@durance-pv.fr>"),
    ]
    return message(hs, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


# --- 34: a friend forwards her own confirmed interview, asking for tips ------------------------
@mail(n(34), family="forwarded_other_person", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="A friend forwards inline HER OWN interview confirmation ('lundi 14 décembre 2026 à 11h00') "
           "to ask for advice: a confirmed interview, but not Mathilde's")
def g34() -> bytes:
    body = t("""
        Coucou ma belle,

        Tu connais cette boîte ? Je passe chez eux lundi 🙈 Si t'as des tuyaux sur les questions qu'ils posent en contrôle de gestion, je prends !! On se fait un apéro après pour débriefer ?

        Bises
        Chloé

        ---------- Forwarded message ---------
        De : Gaëlle Rey <gaelle.rey@biterre-solaire.example.com>
        Date: mer. 9 déc. 2026 à 10:21
        Subject: Confirmation de votre entretien
        To: <chloe.vidal@example.net>

        Bonjour Chloé,

        Je vous confirme votre entretien le lundi 14 décembre 2026 à 11h00 dans nos locaux de Béziers (12 avenue Clemenceau) avec notre responsable financier.

        Cordialement,
        Gaëlle Rey
        Biterre Solaire
        """)
    hs = [
        rcv("mail-ed1-f52.google.com", "209.85.208.52", "2026-12-09 12:03", PAR, "4LDJ0m4Xt7z2ER"),
        ("From", addr("Chloé Vidal", "chloe.vidal@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Confirmation de votre entretien"),
        ("Date", date("2026-12-09 12:03", PAR)),
        ("Message-ID", "<CAPz7Lm1Rt4-qN8eX2sW5vJ0bH3cK9fD6gB@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 35: at her current job, asked to sit on an interview panel for a candidate ---------------
@mail(n(35), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Outlook invite from HR at her current employer: she is on the panel interviewing a "
           "candidate (Wed 16 Sep 14:00, ICS Romance Standard Time); a job interview, but not hers")
def g35() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Comme Thierry est en congé, peux-tu faire partie du jury pour ce candidat en alternance ? Tu trouveras son CV dans le dossier partagé RH > Alternance 2026. Grille d'évaluation en pièce jointe du précédent mail.

        Merci !
        Nathalie Jourdan
        Ressources humaines – Soleia Développement
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nathalie Jourdan:mailto:n.jourdan@soleia-dev.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Roux:mailto:mathilde.roux@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kévin Brun:mailto:kevin.brun@example.com
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Assistant contrôle de gestion (alternance) – Kévin Brun
        DTSTART;TZID=Romance Standard Time:20260916T140000
        DTEND;TZID=Romance Standard Time:20260916T150000
        UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC0100000000000000001000000077C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2
        DTSTAMP:20260910T083000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Camargue (RDC)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("PR1P264MB1882.FRAP264.PROD.OUTLOOK.COM", "40.107.12.71", "2026-09-10 10:30", PAR, "4LEK1n5Yu8z3FS"),
        ("From", addr("Nathalie Jourdan", "n.jourdan@soleia-dev.fr")),
        ("To", ME_H),
        ("Subject", enc("Entretien candidat – Assistant contrôle de gestion (alternance) – Kévin Brun")),
        ("Date", date("2026-09-10 10:30", PAR)),
        ("Message-ID", "<PR1P264MB1882A0B1C2D3E4F5061728394A5B6C7D@PR1P264MB1882.FRAP264.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --- 36: iCIMS application receipt, English ---------------------------------------------------
@mail(n(36), family="application_receipt", lang="en", interview=False, company="Northgate Renewables",
      note="iCIMS acknowledgement of an application; 'if selected for an interview, a recruiter will "
           "contact you' - nothing scheduled")
def g36() -> bytes:
    body = t("""
        Dear Mathilde,

        Thank you for applying for the Project Controller - Montpellier (Req ID 2026-4471) position at Northgate Renewables. We have received your application and our Talent Acquisition team is reviewing your qualifications.

        If your background is a match, a recruiter will contact you to schedule an interview. You can check the status of your application at any time by logging in to our career portal:
        https://careers-northgaterenewables.icims.com/jobs/login

        Thank you again for your interest.

        Sincerely,
        Northgate Renewables Talent Acquisition

        *** This is an automated message. Please do not reply. ***
        """)
    hs = [
        rcv("mail15.talent.icims.com", "67.99.117.15", "2026-09-14 08:19", "America/New_York", "4LFL2o6Zv9z4GT"),
        ("From", addr("Northgate Renewables", "northgaterenewables@talent.icims.com")),
        ("To", ME),
        ("Subject", "Thank you for applying to Northgate Renewables"),
        ("Date", date("2026-09-14 08:19", "America/New_York")),
        ("Message-ID", "<1794400740.44710.JavaMail.icims@app41.icims.com>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 37: job offer in prose, tu (follows the mail written 3rd) ----------------------------------
@mail(n(37), family="offer", lang="fr", interview=False, company="Vent d'Oc Énergies",
      note="Hiring manager makes an offer after the interviews ('suite à l'entretien de mercredi'), "
           "asks her to call or drop by whenever: no interview ahead, no fixed time")
def g37() -> bytes:
    body = t("""
        Salut Mathilde,

        Bonne nouvelle : suite à l'entretien de mercredi et à ton échange avec Aurélie vendredi, on a décidé de te proposer le poste !
        CDI, contrôleuse de gestion projets, 46 k€ brut annuel + variable, 2 jours de télétravail, démarrage idéalement début janvier.

        Je te prépare la promesse d'embauche cette semaine, on pourrait la signer lundi en huit si ça te va. Appelle-moi quand tu veux pour en parler, ou passe au bureau, je suis là toute la semaine sauf jeudi.

        Julien

        --
        Julien Fabre
        Directeur général - Vent d'Oc Énergies
        4 rue de la Cité Foulc, 30000 Nîmes
        """)
    hs = [
        rcv("mail-ej1-f45.google.com", "209.85.218.45", "2026-10-06 08:52", PAR, "4LGM3p7Aw0z5HU"),
        ("From", addr("Julien Fabre", "julien.fabre@ventdoc-energies.fr")),
        ("To", ME_H),
        ("Subject", "Proposition !"),
        ("Date", date("2026-10-06 08:52", PAR)),
        ("Message-ID", "<CAM9xQ1c2D8wU+Tn4mHv0Lr5e@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, charset="iso-8859-15"), html(gmail_html(body), charset="iso-8859-15")))


# --- 38: Recruitee application receipt (same company as the mail written 33rd) ----------------
@mail(n(38), family="application_receipt", lang="fr", interview=False, company="Durance Photovoltaïque",
      note="Recruitee acknowledgement ('nous avons bien reçu votre candidature'), nothing scheduled")
def g38() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Mathilde,</p>
        <p>Merci pour votre candidature au poste de <b>Contrôleur / Contrôleuse de gestion</b> chez Durance Photovoltaïque. Nous l'avons bien reçue !</p>
        <p>Notre équipe l'étudie avec attention et reviendra vers vous d'ici deux semaines. Si votre profil correspond, nous vous proposerons un entretien.</p>
        <p>À bientôt,<br>L'équipe Durance Photovoltaïque</p>
        <p style="font-size:11px;color:#888">Propulsé par Recruitee · <a href="https://durancepv.recruitee.com">durancepv.recruitee.com</a></p>
        </body></html>
        """)
    hs = [
        rcv("mail.recruitee.com", "35.157.41.204", "2026-11-18 22:07", PAR, "4LHN4q8Bx1z6JV"),
        ("From", addr("Durance Photovoltaïque", "durancepv@mail.recruitee.com")),
        ("To", ME),
        ("Subject", enc("Nous avons bien reçu votre candidature – Contrôleur / Contrôleuse de gestion")),
        ("Date", date("2026-11-18 22:07", PAR)),
        ("Message-ID", "<rt.app.2417785.ack@mail.recruitee.com>"),
    ]
    return message(hs, html(page, cte="base64"))


# --- 39: job alert with an interview-tips block ------------------------------------------------
@mail(n(39), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert (new postings) plus a 'préparer son entretien' tips block: no interview")
def g39() -> bytes:
    body = t("""
        EmploiSud - Votre alerte « contrôleur de gestion » - Montpellier (30 km)

        8 nouvelles offres correspondent à votre recherche :

        - Contrôleur de gestion projets H/F - Solaris Méditerranée - Montpellier - CDI
        - Contrôleuse de gestion industrielle - Agrimer - Sète - CDI
        - Business Analyst Finance - Oxalis Énergie - Lattes - CDI - télétravail partiel
        - Contrôleur de gestion junior - Clinique des Oliviers - Castelnau-le-Lez - CDD 12 mois
        - ... et 4 autres offres : https://www.emploisud.example.com/alertes/8841

        CONSEIL DE LA SEMAINE
        Entretien d'embauche : 7 questions pièges et comment y répondre
        « Quel est votre plus grand défaut ? », « Où vous voyez-vous dans 5 ans ? »... Nos recruteurs partenaires décryptent les questions qui déstabilisent, et vous donnent une méthode pour préparer votre entretien en 30 minutes chrono.
        Lire l'article : https://www.emploisud.example.com/conseils/questions-pieges-entretien

        Vous recevez cet e-mail car vous avez créé une alerte sur EmploiSud. Se désabonner : https://www.emploisud.example.com/alertes/stop/8841
        """)
    page = "<html><body style=\"font-family:Verdana;font-size:13px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = [
        rcv("mta12.emploisud.example.com", "198.51.100.112", "2026-10-27 07:00", PAR, "4LJP5r9Cy2z7KW"),
        ("From", addr("EmploiSud Alertes", "alertes@emploisud.example.com")),
        ("To", ME),
        ("Subject", enc("8 nouvelles offres : contrôleur de gestion – Montpellier")),
        ("Date", date("2026-10-27 07:00", PAR)),
        ("Message-ID", "<alert.8841.20261027070000@emploisud.example.com>"),
        ("List-Unsubscribe", "<https://www.emploisud.example.com/alertes/stop/8841>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(body), html(page)))


# --- 40: mailing-list post from another member about her own interview -------------------------
@mail(n(40), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Sympa list post: another member says 'j'ai mon entretien jeudi à 14h' and asks for advice; "
           "someone else's interview, list mail")
def g40() -> bytes:
    body = t("""
        Bonjour à toutes et tous,

        Petite question à la liste : j'ai mon entretien jeudi à 14h chez un IPP à Montpellier pour un poste de contrôleur de gestion "asset management". Quelqu'un a déjà eu affaire à leur étude de cas (modèle de P&L d'un parc éolien, paraît-il) ? Tous les conseils sont bienvenus.

        Et si des membres cherchent, ils recrutent aussi un analyste financier junior.

        Merci d'avance,
        Romain Teissier

        _______________________________________________
        enr-occitanie mailing list
        enr-occitanie@listes.reseau-enr.example.org
        https://listes.reseau-enr.example.org/sympa/info/enr-occitanie
        """)
    hs = [
        rcv("listes.reseau-enr.example.org", "203.0.113.80", "2026-11-16 18:22", PAR, "4LKQ6s0Dz3z8LX"),
        ("From", addr("Romain Teissier", "romain.teissier@example.com")),
        ("Reply-To", "enr-occitanie@listes.reseau-enr.example.org"),
        ("To", "enr-occitanie@listes.reseau-enr.example.org"),
        ("Subject", enc("[enr-occitanie] Étude de cas en entretien – retours ?")),
        ("Date", date("2026-11-16 18:22", PAR)),
        ("Message-ID", "<c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f@example.com>"),
        ("List-Id", "<enr-occitanie.listes.reseau-enr.example.org>"),
        ("List-Unsubscribe", "<mailto:sympa@listes.reseau-enr.example.org?subject=unsubscribe%20enr-occitanie>"),
        ("Precedence", "list"),
    ]
    return message(hs, text(body, cte="8bit"))


# --- 41: SmartRecruiters 'pick a slot' link, no fixed time -------------------------------------
@mail(n(41), family="self_schedule_link", lang="fr", interview=False, company="Cap Mistral Énergie",
      days=(("Tue", "2026-10-13"), ("Thu", "2026-10-15")),
      note="SmartRecruiters self-scheduling: lists open slots (mar. 13 oct. 10:00/11:30, jeu. 15 oct. "
           "14:00) and asks her to choose; nothing booked")
def g41() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Bonne nouvelle : Cap Mistral Énergie souhaite vous rencontrer pour le poste de Contrôleur de gestion Projets (H/F) – Marseille.

        Merci de choisir un créneau pour votre entretien (45 minutes, visio) :
        • mar. 13 oct. – 10:00
        • mar. 13 oct. – 11:30
        • jeu. 15 oct. – 14:00
        (heure de Paris)

        Choisir mon créneau : https://jobs.smartrecruiters.com/self-schedule/CapMistralEnergie/9f1e2d3c-4b5a

        Les créneaux sont attribués au fur et à mesure : réservez rapidement.

        L'équipe recrutement Cap Mistral Énergie
        """)
    hs = [
        rcv("mail.smartrecruiters.com", "54.93.12.167", "2026-10-09 15:40", PAR, "4LLR7t1Ea4z9MY"),
        ("From", addr("Cap Mistral Énergie", "noreply@smartrecruiters.com")),
        ("To", ME),
        ("Subject", enc("Choisissez votre créneau d'entretien – Cap Mistral Énergie")),
        ("Date", date("2026-10-09 15:40", PAR)),
        ("Message-ID", "<sr.selfsched.9f1e2d3c4b5a@smartrecruiters.com>"),
    ]
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 42: doctor's appointment reminder ----------------------------------------------------------
@mail(n(42), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Booking-platform reminder for a GP appointment 'lundi 9 novembre 2026 à 17h45': fixed time, "
           "personal appointment")
def g42() -> bytes:
    body = t("""
        Rappel de votre rendez-vous

        Mathilde ROUX, votre rendez-vous est confirmé :

        lundi 9 novembre 2026 à 17:45
        Dr Anne ROUSTAN - Médecin généraliste
        Cabinet médical des Arènes, 6 boulevard des Arènes, 30000 Nîmes

        Motif : consultation de suivi
        Pensez à votre carte Vitale.

        Empêchement ? Annulez au moins 24 h à l'avance : https://www.medirdv.example.com/rdv/77120458

        MédiRDV - la prise de rendez-vous médicale en ligne
        """)
    hs = [
        rcv("mail.medirdv.example.com", "198.51.100.54", "2026-11-06 18:00", PAR, "4LMS8u2Fb5z0NZ"),
        ("From", addr("MédiRDV", "no-reply@medirdv.example.com")),
        ("To", ME),
        ("Subject", enc("Rappel : RDV lundi 9 novembre à 17:45 avec Dr Anne ROUSTAN")),
        ("Date", date("2026-11-06 18:00", PAR)),
        ("Message-ID", "<rdv.77120458.reminder@medirdv.example.com>"),
    ]
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 43: flat viewing and tenant interview with the landlord ----------------------------------
@mail(n(43), family="tenant_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Letting agent confirms a viewing plus a meeting with the landlord ('samedi 21 novembre à "
           "11h'); a tenant interview, not a job interview")
def g43() -> bytes:
    body = t("""
        Bonjour Madame Roux,

        Suite à votre appel, je vous confirme la visite du T3 rue de l'Aiguillerie (Écusson, 3e étage sans ascenseur) samedi 21 novembre à 11h. La propriétaire sera présente et souhaite rencontrer les candidats locataires : prévoyez un petit entretien d'un quart d'heure après la visite.

        Merci d'apporter votre dossier complet (pièce d'identité, trois derniers bulletins de salaire ou attestation France Travail, avis d'imposition, garant éventuel).

        Rendez-vous devant le 14.

        Cordialement,
        Kevin Marty
        Agence Immo Écusson – 2 place Jean-Jaurès, 34000 Montpellier
        """)
    hs = [
        rcv("smtp.immo-ecusson.example.com", "203.0.113.19", "2026-11-17 16:48", PAR, "4LNT9v3Gc6z1PA"),
        ("From", addr("Immo Écusson – Kevin Marty", "k.marty@immo-ecusson.example.com")),
        ("To", ME),
        ("Subject", enc("Visite T3 rue de l'Aiguillerie – samedi 11h")),
        ("Date", date("2026-11-17 16:48", PAR)),
        ("Message-ID", "<5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9@immo-ecusson.example.com>"),
    ]
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


# --- 44: parent-teacher meeting slot ------------------------------------------------------------
@mail(n(44), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School platform confirms a parent-teacher meeting 'jeudi 19 novembre à 17h20': fixed time, "
           "not a job interview")
def g44() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:14px">
        <p><b>ENT Gard - Rencontres parents-enseignants</b></p>
        <p>Madame Roux,</p>
        <p>Votre rendez-vous pour <b>Lucas ROUX (CE2 B)</b> est confirmé :</p>
        <p>jeudi 19 novembre 2026 - 17h20 à 17h35<br>avec Mme Bérard, professeure des écoles<br>École élémentaire Jean-Jaurès, salle 12</p>
        <p>Merci de respecter l'horaire, les rendez-vous s'enchaînent toutes les 15 minutes.</p>
        <p style="color:#777;font-size:11px">Message envoyé automatiquement par l'ENT, ne pas répondre.</p>
        </body></html>
        """)
    hs = [
        rcv("ent-mail.gard.example.org", "192.0.2.88", "2026-11-16 12:10", PAR, "4LPU0w4Hd7z2QB"),
        ("From", addr("ENT Gard", "ne-pas-repondre@ent-gard.example.org")),
        ("To", ME),
        ("Subject", enc("Rencontre parents-enseignants : rendez-vous confirmé")),
        ("Date", date("2026-11-16 12:10", PAR)),
        ("Message-ID", "<ent.rdv.2026.11.16.4471@ent-gard.example.org>"),
    ]
    return message(hs, html(page, charset="iso-8859-1"))


# --- 45: weekly team meeting at her current job (Google Calendar, recurring) -------------------
@mail(n(45), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Recurring team meeting at her current employer ('Point hebdo contrôle de gestion', Mondays "
           "9:00 from lun. 5 oct., RRULE): a calendar invitation with a fixed time, not an interview")
def g45() -> bytes:
    body = t("""
        Vous avez été invité(e) à l'événement suivant.

        Titre : Point hebdo contrôle de gestion
        Tour de table des projets en construction, écarts budget, points bloquants.
        Date : Hebdomadaire le lundi de 09:00 à 09:30 (heure d'été d'Europe centrale - Paris), à partir du lun. 5 oct. 2026
        Lieu : Salle Camargue / Meet

        Organisateur : b.servel@soleia-dev.fr
        Invités :
        b.servel@soleia-dev.fr - organisateur
        mathilde.roux@example.org
        equipe-cdg@soleia-dev.fr

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[PAR] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261005T090000
        DTEND;TZID=Europe/Paris:20261005T093000
        RRULE:FREQ=WEEKLY;BYDAY=MO
        DTSTAMP:20260930T140500Z
        ORGANIZER;CN=b.servel@soleia-dev.fr:mailto:b.servel@soleia-dev.fr
        UID:1k2j3h4g5f6d7s8a9p0o1i2u3y@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathilde.roux@example.org:mailto:mathilde.roux@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Point hebdo contrôle de gestion
        LOCATION:Salle Camargue / Meet
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("mail-sor-f71.google.com", "209.85.220.71", "2026-09-30 16:05", PAR, "4LQV1x5Je8z3RC"),
        ("Reply-To", "b.servel@soleia-dev.fr"),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("From", addr("Bruno Servel", "b.servel@soleia-dev.fr")),
        ("To", ME),
        ("Subject", enc("Invitation: Point hebdo contrôle de gestion @ Hebdomadaire le lundi de 09:00 à "
                        "09:30 (CEST) (mathilde.roux@example.org)")),
        ("Date", date("2026-09-30 16:05", PAR)),
        ("Message-ID", "<calendar-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@google.com>"),
    ]
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --- 46: webinar registration about job interviews ---------------------------------------------
@mail(n(46), family="webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Webinar registration 'Réussir ses entretiens d'embauche dans les EnR', mardi 1er décembre "
           "12h30-13h30, with an ICS: fixed time, but a webinar")
def g46() -> bytes:
    body = t("""
        Vous êtes inscrit(e) !

        Réussir ses entretiens d'embauche dans les énergies renouvelables
        mardi 1er décembre 2026, 12h30 – 13h30 (heure de Paris)
        Organisé par le réseau Femmes & Énergies Sud

        Au programme : ce que les DAF attendent vraiment en entretien, l'étude de cas financière, négocier son package. Questions en direct avec deux recruteuses du secteur.

        Rejoindre le webinaire : https://app.livestorm.co/femmes-energies-sud/entretiens-enr
        Ajoutez l'événement à votre agenda avec la pièce jointe.

        Livestorm
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Livestorm//Events//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:ls-3c9e0a1b-entretiens-enr@livestorm.co
        DTSTAMP:20261124T083000Z
        DTSTART:20261201T113000Z
        DTEND:20261201T123000Z
        SUMMARY:Webinaire - Réussir ses entretiens d'embauche dans les EnR
        LOCATION:https://app.livestorm.co/femmes-energies-sud/entretiens-enr
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("mail.livestorm.co", "159.135.228.10", "2026-11-24 09:30", PAR, "4LRW2y6Kf9z4SD"),
        ("From", addr("Femmes & Énergies Sud via Livestorm", "no-reply@livestorm.co")),
        ("To", ME),
        ("Subject", enc("Confirmation d'inscription : Réussir ses entretiens d'embauche dans les EnR")),
        ("Date", date("2026-11-24 09:30", PAR)),
        ("Message-ID", "<ls.reg.3c9e0a1b.88120@livestorm.co>"),
    ]
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="8bit", filename="webinaire.ics",
                                      disposition="attachment")))


# --- 47: recruiter's out-of-office reply ---------------------------------------------------------
@mail(n(47), family="auto_reply", lang="fr", interview=False, company="Rhodanie Solaire",
      note="Out-of-office auto-reply from the recruiter of the mail written 8th, mentions 'les "
           "entretiens prévus' during her absence: no time for Mathilde")
def g47() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du 20 au 30 octobre inclus, sans accès à mes e-mails.
        Pour les entretiens prévus pendant cette période, merci de contacter Bastien Coulomb (bastien.coulomb@rhodanie-solaire.fr) ; pour toute autre demande, recrutement@rhodanie-solaire.fr.

        Bien à vous,
        Léa Martin
        """)
    hs = [
        rcv("mail.rhodanie-solaire.fr", "46.105.121.3", "2026-10-20 08:14", PAR, "4LSX3z7Lg0z5TE"),
        ("From", addr("Léa Martin", "lea.martin@rhodanie-solaire.fr")),
        ("To", ME_H),
        ("Subject", enc("Réponse automatique : Merci pour l'entretien d'hier")),
        ("Date", date("2026-10-20 08:14", PAR)),
        ("Message-ID", "<PAXP190MB1744C1D2E3F4A5B6C7D8E9F0A1B2C3D4@PAXP190MB1744.EURP190.PROD.OUTLOOK.COM>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d@example.org>"),
    ]
    return message(hs, text(body))


# --- 48: bounce of her own confirmation e-mail -----------------------------------------------------
@mail(n(48), family="bounce", lang="fr", interview=False, company=None,
      note="Delivery-status bounce of Mathilde's own mail confirming an interview (mistyped address); "
           "the returned message is hers, the bounce confirms nothing")
def g48() -> bytes:
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <s.causse@garrigue-boisenergie.fr>: Host or domain name not found. Name
            service error for name=garrigue-boisenergie.fr type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4LTY4a8Mh1z6UF
        Arrival-Date: Sat, 21 Nov 2026 10:02:11 +0100 (CET)

        Final-Recipient: rfc822; s.causse@garrigue-boisenergie.fr
        Original-Recipient: rfc822;s.causse@garrigue-boisenergie.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=garrigue-boisenergie.fr type=MX: Host not found
        """)
    orig = message([
        ("From", ME_H),
        ("To", "s.causse@garrigue-boisenergie.fr"),
        ("Subject", enc("Re: Entretien – poste de contrôleuse de gestion")),
        ("Date", date("2026-11-21 10:02", PAR)),
        ("Message-ID", "<7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f@example.org>"),
    ], text(t("""
        Bonjour Madame Causse,

        Je vous confirme ma présence à l'entretien du mardi 1er décembre à 14h à Alès.

        Bien cordialement,
        Mathilde Roux
        """)))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = [
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-21 10:02", PAR)),
        ("Message-ID", "<20261121090212.4LTY4a8Mh1z6UF@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


# --- 49: mortgage adviser appointment ------------------------------------------------------------
@mail(n(49), family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Bank confirms a mortgage 'entretien conseil' on 'mardi 8 décembre 2026 à 12h15': fixed "
           "time, a bank appointment, not a job interview")
def g49() -> bytes:
    body = t("""
        Madame Mathilde ROUX,

        Nous avons le plaisir de vous confirmer votre rendez-vous :

        Objet : entretien conseil - projet d'acquisition résidence principale
        Date : mardi 8 décembre 2026 à 12h15 (durée 1 heure)
        Conseiller : Fabien MAZEL, conseiller crédit immobilier
        Lieu : agence Nîmes Jean-Jaurès, 22 avenue Jean-Jaurès, 30900 Nîmes

        Pièces à apporter : trois derniers bulletins de salaire, deux derniers avis d'imposition, relevés de comptes des trois derniers mois, compromis de vente si disponible.

        Crédit Cévenol - Banque coopérative
        Ce message vous est adressé automatiquement, merci de ne pas y répondre.
        """)
    hs = [
        rcv("smtp-out.credit-cevenol.example.com", "198.51.100.201", "2026-12-01 11:25", PAR, "4LUZ5b9Ni2z7VG"),
        ("From", addr("Crédit Cévenol", "rendezvous@credit-cevenol.example.com")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre rendez-vous du 08/12/2026")),
        ("Date", date("2026-12-01 11:25", PAR)),
        ("Message-ID", "<rdv.20261208.1215.FM@credit-cevenol.example.com>"),
    ]
    return message(hs, text(body, charset="iso-8859-15", cte="base64"))


# --- 50: paid user-research session ('user interview'), English ------------------------------------
@mail(n(50), family="user_research", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Research panel confirms a paid 'user interview' session, Thursday, December 10, 2026, "
           "3:00 PM CET, with an ICS: fixed time, but a product-research session, not a job interview")
def g50() -> bytes:
    body = t("""
        Hi Mathilde,

        You're confirmed! Thanks for signing up for this study.

        Study: How project controllers track renewable-asset budgets
        Researcher: Voltaic Labs product team
        Session: 1:1 user interview, 45 minutes
        When: Thursday, December 10, 2026, 3:00 PM - 3:45 PM CET
        Where: Zoom (link in the calendar invite)
        Incentive: EUR 60 gift card, sent within 5 business days after the session

        Please join from a laptop so you can share your screen.

        Need to cancel? Let us know at least 24 hours before: https://panelwise.example.com/p/s/66120

        The Panelwise team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Panelwise//Sessions//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:pw-session-66120@panelwise.example.com
        DTSTAMP:20261203T151000Z
        DTSTART:20261210T140000Z
        DTEND:20261210T144500Z
        SUMMARY:User interview - Voltaic Labs (Panelwise)
        LOCATION:https://zoom.us/j/97730214455
        ORGANIZER;CN=Panelwise:mailto:sessions@panelwise.example.com
        ATTENDEE;CN=Mathilde Roux;RSVP=TRUE:mailto:mathilde.roux@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("mail.panelwise.example.com", "203.0.113.150", "2026-12-03 15:10", "UTC", "4LVA6c0Pj3z8WH"),
        ("From", addr("Panelwise", "sessions@panelwise.example.com")),
        ("To", ME),
        ("Subject", "Confirmed: your user interview on Dec 10 (Voltaic Labs)"),
        ("Date", date("2026-12-03 15:10", "UTC")),
        ("Message-ID", "<pw.confirm.66120@panelwise.example.com>"),
    ]
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="session.ics", disposition="attachment")))
