"""blind272: a blind 50-mail held-out set, the inbox of a supply-chain analyst job seeker in Tours.

Every mail is written by hand below (one function per mail) and registered with ``make.mail``;
``make_blind.py blind272`` writes ``blind272/*.eml`` + ``labels.json`` and checks them. Written
blind: without reading the detector, its tests, the other held-out mails or any score.

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind272_{ORDER[key-1]:03d}``. Keys 1-23 are the positives, 24-50 the negatives.
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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2720272).sample(range(1, 51), 50)
PARIS = "Europe/Paris"
ME = "hugo.lefevre@example.org"
HUGO = addr("Hugo Lefèvre", ME)


def name(key: int) -> str:
    return f"blind272_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, to: str = ME, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, f"mx1.example.org with ESMTPS id {ident}",
                                 to, lag))


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = HUGO,
         before: tuple[tuple[str, str], ...] = (), after: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [*before, ("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
            ("Message-ID", msgid), *after]


# =========================================================================== positives


# --- 1. Greenhouse (EN), remote team in Amsterdam, CEST, ICS in UTC
@make.mail(name(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-15 15:00", PARIS), end=utc("2026-09-15 15:45", PARIS),
           contact="femke.dewit@pharmalink-systems.com", company="Pharmalink Systems",
           local="Tue 2026-09-15 15:00", local_end="2026-09-15 15:45", zone=PARIS,
           note="Greenhouse 'interview confirmed': Tue 15 Sep 2026 3:00-3:45 PM CEST (UTC+2) -> 13:00-13:45Z; "
                "ICS in UTC agrees; contact = Reply-To recruiter (also ORGANIZER)")
def p01() -> bytes:
    when = "2026-09-10 14:12"
    body = t("""
        Hi Hugo,

        Thanks for making time to speak with us! Your interview for Supply Chain Data Analyst (Remote, EU)
        at Pharmalink Systems is confirmed.

        When: Tuesday, September 15, 2026
              3:00 PM - 3:45 PM CEST
        Where: Google Meet - https://meet.google.com/pqx-hnrt-kza
        Interviewer(s): Joost Verbeek (Head of Planning Analytics)

        A calendar invitation is attached. If you need to make a change, just reply to this email and it
        will go straight to Femke.

        Best,
        Femke de Wit
        Talent Partner, Pharmalink Systems
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Hugo,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Supply Chain Data Analyst (Remote, EU)</b>
        at Pharmalink Systems is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026<br>3:00 PM - 3:45 PM CEST</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/pqx-hnrt-kza">Google Meet</a></td></tr>
        <tr><td><b>Interviewer(s)</b></td><td>Joost Verbeek (Head of Planning Analytics)</td></tr>
        </table>
        <p>A calendar invitation is attached. If you need to make a change, just reply to this email and it
        will go straight to Femke.</p>
        <p>Best,<br>Femke de Wit<br>Talent Partner, Pharmalink Systems</p>
        <img src="https://app.greenhouse.io/email_open/3fd82a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88123904-5521@greenhouse.io
        DTSTAMP:20260910T121200Z
        DTSTART:20260915T130000Z
        DTEND:20260915T134500Z
        SUMMARY:Interview: Hugo Lefèvre <> Pharmalink Systems (Supply Chain Data Analyst)
        LOCATION:https://meet.google.com/pqx-hnrt-kza
        ORGANIZER;CN=Femke de Wit:mailto:femke.dewit@pharmalink-systems.com
        ATTENDEE;CN=Hugo Lefèvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hugo.lefevre@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Pharmalink Systems", "no-reply@greenhouse.io"),
              "Interview confirmed: Supply Chain Data Analyst at Pharmalink Systems", when, PARIS,
              "<0100019f2b7c1a2e-5b8d1c44-77a2-4e0a-9a61-2d0c7f1e93aa-000000@email.amazonses.com>",
              before=(rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", when, PARIS, "g7HqK2"),),
              after=(("Reply-To", addr("Femke de Wit", "femke.dewit@pharmalink-systems.com")),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --- 2. Workday (FR), Tours, HTML only base64, recruiter address only in the body
@make.mail(name(2), family="workday", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-17 10:00", PARIS), end=utc("2026-09-17 11:00", PARIS),
           contact="claire.baudin@vernay-labs.fr", company="Laboratoires Vernay",
           local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=PARIS,
           note="Workday, HTML only: 'jeudi 17 septembre 2026 à 10h00 (heure de Paris)', 'durée : 1 heure' -> "
                "08:00-09:00Z (CEST); sender is the tenant mailbox, contact = recruiter address in the body")
def p02() -> bytes:
    when = "2026-09-11 09:40"
    hbody = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f3f4f6">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:24px"><img src="https://wd3.myworkdaysite.com/vernay/logo.png" alt="Laboratoires Vernay" height="36"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Bonjour Hugo,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        d'<b>Analyste Supply Chain (H/F) – Chambray-lès-Tours</b> (réf. R-2026-0714).</p>
        <p><b>Date :</b> jeudi 17 septembre 2026<br>
        <b>Heure :</b> 10h00 (heure de Paris)<br>
        <b>Durée :</b> 1 heure<br>
        <b>Lieu :</b> Laboratoires Vernay, 14 avenue du Grand Sud, 37170 Chambray-lès-Tours – accueil bâtiment B</p>
        <p>Vous rencontrerez Claire Baudin (Chargée de recrutement) et Olivier Renaud (Responsable Planification).</p>
        <p>Merci de vous munir d'une pièce d'identité. Pour toute question, vous pouvez écrire à
        <a href="mailto:claire.baudin@vernay-labs.fr">claire.baudin@vernay-labs.fr</a>.</p>
        <p>Vous pouvez également consulter votre candidature depuis votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/vernay/Carrieres">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement – Laboratoires Vernay</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Laboratoires Vernay", "vernay@myworkday.com"),
              "Confirmation de votre entretien – Analyste Supply Chain (H/F)", when, PARIS,
              "<1469573120.88412.1789112400117@wd3-prod-mail-14.myworkday.com>",
              before=(rcv("mail-out-14.myworkday.com", "65.19.60.14", when, PARIS, "Lw4ZbP"),),
              after=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(hbody, cte="base64"))


# --- 3. Hiring manager's phone reply (FR, tu): "on part sur jeudi 11h", resolved against the Date
@make.mail(name(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-24 11:00", PARIS), contact="julien.marchal@galenix.fr", company="Galenix",
           local="Thu 2026-09-24 11:00", zone=PARIS,
           note="Phone reply sent Mon 21 Sep 2026: 'on part sur jeudi 11h' = Thu 24 Sep 11:00 CEST -> 09:00Z; "
                "no length stated -> end null; contact = human sender")
def p03() -> bytes:
    when = "2026-09-21 18:47"
    body = t("""
        Salut Hugo,

        Ok pour moi, on part sur jeudi 11h dans nos locaux à Orléans (3 rue des Hallebardiers, 2e étage). Tu demandes Julien à l'accueil, Sarah de l'équipe achats sera là aussi.

        A jeudi !
        Julien

        Envoyé de mon iPhone

        > Le 21 sept. 2026 à 17:02, Hugo Lefèvre <hugo.lefevre@example.org> a écrit :
        >
        > Bonjour Julien,
        >
        > Merci pour ton appel de ce matin. Je peux venir jeudi à 11h ou vendredi après-midi, comme tu préfères.
        >
        > Bonne soirée,
        > Hugo
        """)
    hs = head(addr("Julien Marchal", "julien.marchal@galenix.fr"), "Re: Poste analyste supply chain - Galenix",
              when, PARIS, "<6C1D2F7E-55B0-4A8E-9D1A-0B3E7C2F4A19@galenix.fr>",
              before=(rcv("mail-eopbgr90081.outbound.protection.outlook.com", "40.107.9.81", when, PARIS,
                          "q2Jr8A"),),
              after=(("In-Reply-To", "<CAH7pLq2m0Xk8nB4v@mail.example.org>"),
                     ("References", "<CAH7pLq2m0Xk8nB4v@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (21G93)")))
    return message(hs, text(body, cte="8bit"))


# --- 4. Teamtailor (FR), Nantes, Teams visio, '14 h 15 – 15 h 15'
@make.mail(name(4), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-01 14:15", PARIS), end=utc("2026-10-01 15:15", PARIS),
           contact="maelle.guerin@bioceane.fr", company="Biocéane",
           local="Thu 2026-10-01 14:15", local_end="2026-10-01 15:15", zone=PARIS,
           note="Teamtailor: 'jeudi 1 octobre 2026, 14 h 15 – 15 h 15 (heure de Paris)' CEST -> 12:15-13:15Z; "
                "contact = Reply-To recruiter")
def p04() -> bytes:
    when = "2026-09-25 11:05"
    body = t("""
        Bonjour Hugo,

        Votre entretien avec Biocéane est confirmé.

        Poste : Analyste Supply Chain – Distribution pharmaceutique (Nantes)
        Date : jeudi 1 octobre 2026
        Horaire : 14 h 15 – 15 h 15 (heure de Paris)
        Format : visio Microsoft Teams
        Lien : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2NjA4%40thread.v2/0

        Participants : Maëlle Guérin (Talent Acquisition), Yann Le Goff (Directeur Logistique)

        Vous pouvez répondre directement à ce message si vous avez la moindre question.

        À très vite,
        Maëlle
        Biocéane – Talent Acquisition

        --
        Envoyé via Teamtailor · Gérer mes données : https://bioceane.teamtailor.com/connect/privacy
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1f2937">
        <div style="max-width:560px;margin:0 auto">
        <p>Bonjour Hugo,</p>
        <p>Votre entretien avec <strong>Biocéane</strong> est confirmé.</p>
        <div style="border:1px solid #e5e7eb;border-radius:8px;padding:16px">
        <p style="margin:0"><strong>Analyste Supply Chain – Distribution pharmaceutique (Nantes)</strong></p>
        <p style="margin:8px 0 0">📅 jeudi 1 octobre 2026<br>🕑 14 h 15 – 15 h 15 (heure de Paris)<br>
        💻 visio Microsoft Teams – <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2NjA4%40thread.v2/0">Rejoindre la réunion</a></p>
        </div>
        <p>Participants : Maëlle Guérin (Talent Acquisition), Yann Le Goff (Directeur Logistique)</p>
        <p>Vous pouvez répondre directement à ce message si vous avez la moindre question.</p>
        <p>À très vite,<br>Maëlle<br>Biocéane – Talent Acquisition</p>
        <p style="font-size:11px;color:#9ca3af">Envoyé via Teamtailor · <a href="https://bioceane.teamtailor.com/connect/privacy">Gérer mes données</a></p>
        </div></body></html>
        """)
    hs = head(addr("Biocéane", "no-reply@teamtailor-mail.com"), "Entretien confirmé – Biocéane", when, PARIS,
              "<6a3f1c0e-2b7d-4f51-8e0c-5d9a4b2e7f10@teamtailor-mail.com>",
              before=(rcv("mail-200.teamtailor-mail.com", "185.58.84.200", when, PARIS, "Tt5mNc"),),
              after=(("Reply-To", addr("Maëlle Guérin", "maelle.guerin@bioceane.fr")),))
    return message(hs, alt(text(body), html(hbody)))


# --- 5. Microsoft Bookings (FR), Orléans: the zone label shows +01:00 in summer; staff name only
@make.mail(name(5), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-02 10:30", PARIS), end=utc("2026-10-02 11:15", PARIS),
           contact=None, company="Prévalis",
           local="Fri 2026-10-02 10:30", local_end="2026-10-02 11:15", zone=PARIS,
           note="Bookings: 'vendredi 2 octobre 2026 10:30 - 11:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' "
                "is the Windows display name; on 2 Oct Paris is CEST -> 08:30-09:15Z (ICS Romance Standard Time "
                "agrees); Bookings mailbox sender, staff named without address -> contact null")
def p05() -> bytes:
    when = "2026-09-28 16:20"
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <h2 style="font-weight:600">Votre rendez-vous est confirmé</h2>
        <p>Bonjour Hugo Lefèvre,</p>
        <p>Merci d'avoir réservé un créneau avec Prévalis – Recrutement. Voici le récapitulatif :</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c;padding-right:16px">Service</td><td>Entretien de recrutement – Analyste Supply Chain (Orléans)</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Date et heure</td><td>vendredi 2 octobre 2026 10:30 - 11:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Membre du personnel</td><td>Nadia Cherif</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Lieu</td><td>Prévalis, 210 rue de la Juine, 45770 Saran</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/PrevalisRecrutement@prevalis.fr/bookings/s/mNq0">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#605e5c">Cet e-mail a été envoyé par Microsoft Bookings pour le compte de Prévalis.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time") + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Prévalis – Recrutement:mailto:PrevalisRecrutement@prevalis.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefèvre:mailto:hugo.lefevre@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement – Analyste Supply Chain (Orléans) avec Nadia Cherif
        UID:040000008200E00074C5B7101A82E0080000000010B4A1B9E6D6DC01000000000000000010000000C3A9E2
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Analyste Supply Chain (Orléans)
        DTSTART;TZID=Romance Standard Time:20261002T103000
        DTEND;TZID=Romance Standard Time:20261002T111500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260928T142000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Prévalis, 210 rue de la Juine, 45770 Saran
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Prévalis – Recrutement", "PrevalisRecrutement@prevalis.fr"),
              "Réservation confirmée : Entretien de recrutement – Analyste Supply Chain (Orléans)", when, PARIS,
              "<AM9P195MB1234A1B2C3D4E5F60718293A4B5CAM9P195MB1234@AM9P195MB1234.EURP195.PROD.OUTLOOK.COM>",
              before=(rcv("mail-am6eur05on2101.outbound.protection.outlook.com", "40.107.22.101", when, PARIS,
                          "Bk9xQe"),))
    return message(hs, mixed(html(hbody, cte="base64"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64",
                                      name_param=True)))


# --- 6. Lever (EN), London: BST in the text, CEST given as a courtesy
@make.mail(name(6), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-07 14:00", "Europe/London"), end=utc("2026-10-07 14:45", "Europe/London"),
           contact="tom.ashdown@quaysidetx.co.uk", company="Quayside Therapeutics",
           local="Wed 2026-10-07 14:00", local_end="2026-10-07 14:45", zone="Europe/London",
           note="Lever: 'Wednesday 7 October, 2:00pm - 2:45pm BST (3:00pm - 3:45pm CEST for you)' -> 13:00-13:45Z; "
                "ICS in UTC agrees; contact = Reply-To recruiter")
def p06() -> bytes:
    when = "2026-10-01 16:30"
    body = t("""
        Hi Hugo,

        Great news - your video interview for the Clinical Supply Planner (EMEA, remote) role at Quayside
        Therapeutics has been scheduled.

        Date: Wednesday 7 October 2026
        Time: 2:00pm - 2:45pm BST (3:00pm - 3:45pm CEST for you)
        Interviewers: Priya Nandakumar, Clinical Supply Lead; Tom Ashdown, Talent Acquisition
        Video link: https://quaysidetx.zoom.us/j/84120577316

        If anything changes on your side, reply to this email and I'll sort it out.

        Cheers,
        Tom

        --
        Sent by Lever on behalf of Quayside Therapeutics
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5d1e7a90-3c44-4b8f-9a0e-lever-b1c2d3
        DTSTAMP:20261001T153000Z
        DTSTART:20261007T130000Z
        DTEND:20261007T134500Z
        SUMMARY:Quayside Therapeutics - Interview with Hugo Lefèvre
        LOCATION:https://quaysidetx.zoom.us/j/84120577316
        ORGANIZER;CN=Tom Ashdown:mailto:tom.ashdown@quaysidetx.co.uk
        ATTENDEE;CN=Hugo Lefèvre;RSVP=TRUE:mailto:hugo.lefevre@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Quayside Therapeutics", "no-reply@hire.lever.co"),
              "Your interview with Quayside Therapeutics", when, "Europe/London",
              "<20261001153000.7f3a2c1d9e@hire.lever.co>",
              before=(rcv("o12.email.lever.co", "167.89.12.44", when, "Europe/London", "Lv3pRt"),),
              after=(("Reply-To", addr("Tom Ashdown", "tom.ashdown@quaysidetx.co.uk")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="quoted-printable")))


# --- 7. Human invite with an all-day calendar event; the time is only in the text
@make.mail(name(7), family="human_calendar_allday", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-13 14:30", PARIS), contact="s.oury@arvelle-labo.fr", company="Laboratoires Arvelle",
           local="Tue 2026-10-13 14:30", zone=PARIS,
           note="HR sends an all-day event (VALUE=DATE 13 Oct) and writes 'rendez-vous à 14h30' in the text: "
                "Tue 13 Oct 14:30 CEST -> 12:30Z; no length -> end null; contact = human sender / ORGANIZER")
def p07() -> bytes:
    when = "2026-10-07 09:12"
    body = t("""
        Bonjour Monsieur Lefèvre,

        Suite à notre conversation téléphonique, je vous confirme votre entretien pour le poste de
        gestionnaire approvisionnements le mardi 13 octobre. Le rendez-vous est à 14h30, à l'accueil
        du site de Saint-Avertin (ZA des Granges, 37550 Saint-Avertin).

        Je vous ai mis la journée du 13 dans l'invitation jointe pour que vous l'ayez dans votre agenda.
        Vous rencontrerez M. Dufresne, directeur des opérations, puis moi-même.

        Bien cordialement,

        Sandrine Oury
        Responsable Ressources Humaines
        Laboratoires Arvelle
        02 47 00 00 00
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.6//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8E4B1F3A-2C6D-4E8F-A1B2-C3D4E5F6A7B8
        DTSTAMP:20261007T071200Z
        DTSTART;VALUE=DATE:20261013
        DTEND;VALUE=DATE:20261014
        SUMMARY:Entretien H. Lefèvre - gestionnaire appros (14h30)
        LOCATION:Laboratoires Arvelle\\, ZA des Granges\\, Saint-Avertin
        ORGANIZER;CN="Sandrine Oury":mailto:s.oury@arvelle-labo.fr
        ATTENDEE;CN="Hugo Lefèvre";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hugo.lefevre@example.org
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sandrine Oury", "s.oury@arvelle-labo.fr"), "Entretien - Laboratoires Arvelle", when, PARIS,
              "<A3C52E19-7D44-4B1B-8F2A-91E0C6D7B5F4@arvelle-labo.fr>",
              before=(rcv("smtp.arvelle-labo.fr", "80.67.176.21", when, PARIS, "Ar1vLl"),),
              after=(("X-Mailer", "Apple Mail (2.3826.600.51)"),))
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(ics, filename="Entretien.ics", disposition="attachment", cte="base64",
                                      name_param=True)))


# --- 8. Taleo confirmation forwarded to self as message/rfc822 ('15/10/2026 à 9h30, durée : 1 h 30')
@make.mail(name(8), family="taleo_forwarded", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-15 09:30", PARIS), end=utc("2026-10-15 11:00", PARIS),
           contact="helene.vasseur@orvalis-sante.fr", company="Orvalis Santé",
           local="Thu 2026-10-15 09:30", local_end="2026-10-15 11:00", zone=PARIS,
           note="Hugo forwards a Taleo mail from his other address: '15/10/2026 à 9h30', 'durée : 1 h 30' -> "
                "07:30-09:00Z (CEST); contact = recruiter named with her address in the forwarded body")
def p08() -> bytes:
    inner_when = "2026-10-09 17:02"
    inner_body = t("""
        Bonjour Hugo Lefèvre,

        Suite à l'étude de votre candidature au poste de Demand Planner (réf. 2600417), nous avons le
        plaisir de vous convier à un entretien :

          Date : 15/10/2026 à 9h30
          Durée : 1 h 30 (entretien RH puis entretien métier)
          Lieu : Orvalis Santé – 52 quai de la Rapée, 75012 Paris, 4e étage

        Votre contact : Hélène Vasseur, Chargée de recrutement – helene.vasseur@orvalis-sante.fr

        Nous vous remercions de confirmer votre présence depuis votre espace candidat.

        Cordialement,
        La Direction des Ressources Humaines
        Orvalis Santé

        Ce courriel a été généré automatiquement. Merci de ne pas y répondre.
        """)
    inner = message(
        [("Return-Path", "<orvalis@taleo.net>"), ("From", addr("Orvalis Santé", "orvalis@taleo.net")),
         ("To", addr("Hugo Lefèvre", "hugo.lefevre@example.net")),
         ("Subject", enc("Convocation à un entretien - Demand Planner (2600417)")),
         ("Date", date(inner_when, PARIS)), ("Message-ID", "<1082347.4471.1791644520311.JavaMail.taleo@p2-taleo-mail03>")],
        text(inner_body, charset="windows-1252"))
    outer = t("""
        Pour l'avoir dans la bonne boîte.

        ---------- Forwarded message ---------
        De : Orvalis Santé <orvalis@taleo.net>
        Date: ven. 9 oct. 2026 à 17:02
        Subject: Convocation à un entretien - Demand Planner (2600417)
        To: Hugo Lefèvre <hugo.lefevre@example.net>
        """)
    when = "2026-10-10 08:15"
    hs = head(addr("Hugo Lefèvre", "hugo.lefevre@example.net"),
              "Fwd: Convocation à un entretien - Demand Planner (2600417)", when, PARIS,
              "<CAJ9yU3s+Fw0RtT1kQ@mail.example.net>",
              before=(rcv("mail-sor-f41.example.net", "192.0.2.41", when, PARIS, "Fw8sLf"),))
    return message(hs, mixed(text(outer), attached_message(inner, "Convocation.eml")))


ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


# --- 9. Exchange meeting request (FR), Orléans: sent in CEST, interview the day after the switch to CET;
#        the time is only in the ICS
@make.mail(name(9), family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-26 09:30", PARIS), end=utc("2026-10-26 10:30", PARIS),
           contact="aurelie.ponsard@santelia.fr", company="Santelia Distribution",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=PARIS,
           note="Outlook meeting request sent Thu 22 Oct (CEST); the text gives no time, the ICS has "
                "DTSTART;TZID=Romance Standard Time:20261026T093000 = Mon 26 Oct 09:30 CET (day after the switch) "
                "-> 08:30-09:30Z; contact = ORGANIZER / human sender")
def p09() -> bytes:
    when = "2026-10-22 10:04"
    body = t("""
        Bonjour Hugo,

        Comme convenu par téléphone, voici l'invitation pour notre premier entretien, avec Marc Delorme
        (responsable supply chain) et moi-même. L'entretien se fera en visio sur Teams.

        Bien cordialement,

        Aurélie Ponsard
        Chargée RH – Santelia Distribution
        Parc d'activités des Portes du Loiret, 45770 Saran

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQxZDk2%40thread.v2/0>
        ID de la réunion : 371 884 215 906
        Code secret : Wq7bXk
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Bonjour Hugo,</p>
        <p>Comme convenu par téléphone, voici l'invitation pour notre premier entretien, avec Marc Delorme
        (responsable supply chain) et moi-même. L'entretien se fera en visio sur Teams.</p>
        <p>Bien cordialement,</p>
        <p>Aurélie Ponsard<br>Chargée RH – Santelia Distribution<br>Parc d'activités des Portes du Loiret, 45770 Saran</p>
        <div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQxZDk2%40thread.v2/0">Cliquez ici pour rejoindre la réunion</a></div>
        <div>ID de la réunion : 371 884 215 906<br>Code secret : Wq7bXk</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Aurélie Ponsard:mailto:aurelie.ponsard@santelia.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefèvre:mailto:hugo.lefevre@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Delorme:mailto:marc.delorme@santelia.fr
        UID:040000008200E00074C5B7101A82E00800000000F0C1D2E3A864DC010000000000000000100000004F2A
        SUMMARY;LANGUAGE=fr-FR:Entretien Hugo Lefèvre / Santelia - Analyste supply chain
        DTSTART;TZID=Romance Standard Time:20261026T093000
        DTEND;TZID=Romance Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T080400Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121873190
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:aurelie.ponsard@santelia.fr\\;gruu\\;opaque=app:conf:focus:id:teams
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
    hs = head(addr("Aurélie Ponsard", "aurelie.ponsard@santelia.fr"),
              "Entretien Hugo Lefèvre / Santelia - Analyste supply chain", when, PARIS,
              "<PAXPR09MB7321E4C1A0B2D3F4A5B6C7D8E9F0A1B2@PAXPR09MB7321.eurprd09.prod.outlook.com>",
              before=(rcv("mail-pr3eur02on2070.outbound.protection.outlook.com", "40.107.21.70", when, PARIS,
                          "Ex2kWq"),),
              after=(("Thread-Topic", enc("Entretien Hugo Lefèvre / Santelia - Analyste supply chain")),
                     ("Thread-Index", "AdtEj1v2Qk8xYb3mR5a0nC7wZp4Lsg=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(hbody), calendar(ics, cte="base64")))


# --- 10. Calendly (EN), New York team, booked in the week when Paris is on CET but New York still on EDT
@make.mail(name(10), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-29 16:00", PARIS), end=utc("2026-10-29 16:30", PARIS),
           contact="dana.whitfield@northvale-logistics.com", company="Northvale Logistics",
           local="Thu 2026-10-29 16:00", local_end="2026-10-29 16:30", zone=PARIS,
           note="Calendly invitee mail in the invitee's zone: '16:00 - 16:30, Thursday, October 29, 2026 (Central "
                "European Time)' -> 15:00-15:30Z (= 11:00 EDT: New York stays on EDT until 1 Nov); "
                "contact = Reply-To host")
def p10() -> bytes:
    when = "2026-10-26 14:40"
    body = t("""
        Hi Hugo Lefèvre,

        A new event has been scheduled.

        Event Type:
        Intro call - Supply Chain Analyst, EMEA (remote)

        Invitee:
        Hugo Lefèvre

        Invitee Email:
        hugo.lefevre@example.org

        Event Date/Time:
        16:00 - 16:30, Thursday, October 29, 2026 (Central European Time)

        Location:
        This is a Zoom web conference. Join: https://northvale.zoom.us/j/93017742250

        Host:
        Dana Whitfield (Director, Network Planning)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4c1e9a52-7b1d
        Reschedule: https://calendly.com/reschedulings/4c1e9a52-7b1d

        Powered by Calendly.com
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hi Hugo Lefèvre,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Supply Chain Analyst, EMEA (remote)</p>
        <p><b>Invitee:</b><br>Hugo Lefèvre</p>
        <p><b>Invitee Email:</b><br><a href="mailto:hugo.lefevre@example.org">hugo.lefevre@example.org</a></p>
        <p><b>Event Date/Time:</b><br>16:00 - 16:30, Thursday, October 29, 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Zoom web conference. <a href="https://northvale.zoom.us/j/93017742250">Join</a></p>
        <p><b>Host:</b><br>Dana Whitfield (Director, Network Planning)</p>
        <p><a href="https://calendly.com/cancellations/4c1e9a52-7b1d">Cancel</a> |
        <a href="https://calendly.com/reschedulings/4c1e9a52-7b1d">Reschedule</a></p>
        <p style="color:#666;font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call - Supply Chain Analyst, EMEA (remote) with Dana Whitfield on Thursday, "
              "October 29, 2026", when, "UTC",
              "<4c1e9a52-7b1d-4f3e-8d2a-6b0c91e7f5a3@calendly.com>",
              before=(rcv("o1.email.calendly.com", "149.72.131.7", when, "UTC", "Cy6nDk"),),
              after=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@northvale-logistics.com")),))
    return message(hs, alt(text(body, cte="8bit"), html(hbody)))


# --- 11. Google Calendar invitation (FR), Poitiers
@make.mail(name(11), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-10 10:00", PARIS), end=utc("2026-11-10 11:00", PARIS),
           contact="pauline.texier@atlantique-pharma.fr", company="Atlantique Pharma Services",
           local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone=PARIS,
           note="Google Agenda invitation: 'mar. 10 nov. 2026 10:00 - 11:00 (CET)' -> 09:00-10:00Z; ICS TZID "
                "Europe/Paris agrees; contact = ORGANIZER (recruiter)")
def p11() -> bytes:
    when = "2026-11-04 14:20"
    summary = "Entretien Hugo Lefèvre – Analyste supply chain (Poitiers)"
    body = t(f"""
        Vous avez été invité à l'événement suivant.

        {summary}
        Quand
        mar. 10 nov. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)

        Lieu
        Atlantique Pharma Services, 8 rue Albin Haller, 86000 Poitiers

        Invités
        Pauline Texier - organisateur
        hugo.lefevre@example.org
        stephane.maury@atlantique-pharma.fr

        Bonjour Hugo, je vous confirme notre rendez-vous : entretien avec Stéphane Maury (responsable
        logistique) et moi. Parking visiteurs à droite de l'entrée. Pauline

        Afficher tous les détails de l'événement
        https://calendar.google.com/calendar/event?action=VIEW&eid=M2J0aGQ1Zm

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité de l'événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261110T100000
        DTEND;TZID=Europe/Paris:20261110T110000
        DTSTAMP:20261104T132000Z
        ORGANIZER;CN=Pauline Texier:mailto:pauline.texier@atlantique-pharma.fr
        UID:3bthd5fk0q9r7c2a1m6v8n4s2e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pauline Texier;X-NUM-GUESTS=0:mailto:pauline.texier@atlantique-pharma.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hugo.lefevre@example.org;X-NUM-GUESTS=0:mailto:hugo.lefevre@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=stephane.maury@atlantique-pharma.fr;X-NUM-GUESTS=0:mailto:stephane.maury@atlantique-pharma.fr
        CREATED:20261104T131845Z
        DESCRIPTION:Bonjour Hugo\\, je vous confirme notre rendez-vous : entretien avec Stéphane Maury (responsable logistique) et moi. Parking visiteurs à droite de l'entrée. Pauline
        LAST-MODIFIED:20261104T132000Z
        LOCATION:Atlantique Pharma Services\\, 8 rue Albin Haller\\, 86000 Poitiers
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:{summary}
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Pauline Texier", "pauline.texier@atlantique-pharma.fr"),
              f"Invitation: {summary} @ mar. 10 nov. 2026 10:00 - 11:00 (CET) (hugo.lefevre@example.org)",
              when, PARIS, "<calendar-7f2c4e19-3a8b-4d61-b0e5-9c1a2f3d4e5b@google.com>",
              before=(rcv("mail-sor-f69.google.com", "209.85.220.69", when, PARIS, "Gc4lNv"),),
              after=(("Sender", addr("Google Agenda", "calendar-notification@google.com")),
                     ("Reply-To", addr("Pauline Texier", "pauline.texier@atlantique-pharma.fr"))))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="quoted-printable")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# --- 12. Hiring manager in Lisbon moves the call to "tomorrow at 10:00 Lisbon time" (EN)
@make.mail(name(12), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-13 10:00", "Europe/Lisbon"), contact="rui.matos@kestrelbio.pt", company="Kestrel Bio",
           local="Fri 2026-11-13 10:00", zone="Europe/Lisbon",
           note="Sent Thu 12 Nov 08:10 Lisbon (WET = UTC): the 3pm call today moves to 'tomorrow at 10:00 Lisbon "
                "time (11:00 for you)' = Fri 13 Nov 10:00 WET -> 10:00Z; Hugo already agreed in the quoted "
                "thread; no length -> end null; contact = human sender")
def p12() -> bytes:
    when = "2026-11-12 08:10"
    body = t("""
        Hi Hugo,

        Thanks a lot for being flexible. So we're moving from today at 3pm to tomorrow (Friday) at 10:00
        Lisbon time, 11:00 for you in Tours. Same Google Meet link as before:
        https://meet.google.com/kbq-rwzt-mhe

        Ines from our QA team will join too.

        Talk tomorrow,
        Rui

        --
        Rui Matos
        Head of Supply Operations | Kestrel Bio
        Av. da Liberdade 110, 1250-146 Lisboa

        On Wed, 11 Nov 2026 at 19:32, Hugo Lefèvre <hugo.lefevre@example.org> wrote:
        > Hi Rui,
        >
        > No problem at all, tomorrow morning works for me. 10:00 your time would be perfect.
        >
        > Best,
        > Hugo
        >
        > On Wed, 11 Nov 2026 at 17:05, Rui Matos <rui.matos@kestrelbio.pt> wrote:
        >> Hi Hugo, I'm really sorry but I have a production issue at the Alverca site tomorrow
        >> afternoon. Could we do Friday morning instead of Thursday 3pm?
        """)
    hs = head(addr("Rui Matos", "rui.matos@kestrelbio.pt"), "Re: Supply Operations Analyst - call on Thursday",
              when, "Europe/Lisbon", "<CAN5qVt0y1Hk3wPz-9sTq+aJ@mail.gmail.com>",
              before=(rcv("mail-wm1-f45.google.com", "209.85.128.45", when, "Europe/Lisbon", "Lx7pRm"),),
              after=(("In-Reply-To", "<CAH7pLq9Rk2aV@mail.example.org>"),
                     ("References", "<CAN5qVt0a8Gm1@mail.gmail.com> <CAH7pLq9Rk2aV@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 13. GoodTime itinerary (EN), Berlin team, three sessions on one morning
@make.mail(name(13), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-18 10:00", "Europe/Berlin"), end=utc("2026-11-18 12:15", "Europe/Berlin"),
           contact="lena.brandt@kinetica-health.de", company="Kinetica Health",
           local="Wed 2026-11-18 10:00", local_end="2026-11-18 12:15", zone="Europe/Berlin",
           note="GoodTime virtual onsite, all times CET: 10:00-10:45, 10:45-11:30, 11:45-12:15 -> first start to "
                "last end 09:00-11:15Z; contact = Reply-To coordinator")
def p13() -> bytes:
    when = "2026-11-12 13:00"
    body = t("""
        Hi Hugo,

        Your virtual onsite with Kinetica Health is confirmed. Here is your itinerary for
        Wednesday, November 18, 2026 (all times Central European Time, CET):

          10:00 - 10:45   Hiring manager conversation - Katrin Vogt, Director Supply Planning
          10:45 - 11:30   Case study: S&OP for a cold-chain portfolio - Felix Hartmann, Senior Analyst
          11:30 - 11:45   Break
          11:45 - 12:15   Meet the team - Amira Haddad, Demand Planning Lead

        All sessions use the same Microsoft Teams link:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_KINETICA77%40thread.v2/0

        Individual calendar invites will follow from each interviewer. If you have any questions,
        reply here and it will reach me.

        Viel Erfolg!
        Lena Brandt
        Recruiting Coordinator, Kinetica Health

        Scheduled with GoodTime
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Hugo,</p>
        <p>Your virtual onsite with Kinetica Health is confirmed. Here is your itinerary for
        <b>Wednesday, November 18, 2026</b> (all times Central European Time, CET):</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#ddd">
        <tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>
        <tr><td>10:00 - 10:45</td><td>Hiring manager conversation</td><td>Katrin Vogt, Director Supply Planning</td></tr>
        <tr><td>10:45 - 11:30</td><td>Case study: S&amp;OP for a cold-chain portfolio</td><td>Felix Hartmann, Senior Analyst</td></tr>
        <tr><td>11:30 - 11:45</td><td><i>Break</i></td><td></td></tr>
        <tr><td>11:45 - 12:15</td><td>Meet the team</td><td>Amira Haddad, Demand Planning Lead</td></tr>
        </table>
        <p>All sessions use the same <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_KINETICA77%40thread.v2/0">Microsoft Teams link</a>.</p>
        <p>Individual calendar invites will follow from each interviewer. If you have any questions,
        reply here and it will reach me.</p>
        <p>Viel Erfolg!<br>Lena Brandt<br>Recruiting Coordinator, Kinetica Health</p>
        <p style="color:#999;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Kinetica Health Recruiting", "no-reply@goodtime.io"),
              "Your interview itinerary - Kinetica Health (Wed, Nov 18)", when, "Europe/Berlin",
              "<01000192c4f7a6b3-e2d1c0b9-goodtime-4a5b-9c8d-7e6f5a4b3c2d-000000@email.goodtime.io>",
              before=(rcv("a27-33.smtp-out.us-west-2.amazonses.com", "54.240.27.33", when, "Europe/Berlin",
                          "Gt2mHs"),),
              after=(("Reply-To", addr("Lena Brandt", "lena.brandt@kinetica-health.de")),))
    return message(hs, alt(text(body, cte="8bit"), html(hbody)))


# --- 14. SmartRecruiters (FR), Paris, 'mar. 8 déc. à 15h00, 45 minutes'
@make.mail(name(14), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-12-08 15:00", PARIS), end=utc("2026-12-08 15:45", PARIS),
           contact="ines.roche@hospidis.fr", company="Groupe Hospidis",
           local="Tue 2026-12-08 15:00", local_end="2026-12-08 15:45", zone=PARIS,
           note="SmartRecruiters: 'mar. 8 déc. à 15h00 (heure de Paris)', '45 minutes' -> 14:00-14:45Z (CET); "
                "contact = Reply-To recruiter")
def p14() -> bytes:
    when = "2026-12-01 10:15"
    body = t("""
        Bonjour Hugo,

        Merci d'avoir confirmé votre disponibilité. Votre entretien pour le poste de Responsable
        Planification Approvisionnements est programmé :

        📅 mar. 8 déc. à 15h00 (heure de Paris) – 45 minutes
        📍 Groupe Hospidis, 27 rue de Cîteaux, 75012 Paris (3e étage, demandez Inès Roche)

        Vous rencontrerez Inès Roche (Talent Acquisition) et Bertrand Caillaud (Directeur Supply Chain).

        À mardi,
        Inès Roche
        Groupe Hospidis

        Propulsé par SmartRecruiters
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Hugo,</p>
        <p>Merci d'avoir confirmé votre disponibilité. Votre entretien pour le poste de <b>Responsable
        Planification Approvisionnements</b> est programmé :</p>
        <p>📅 <b>mar. 8 déc. à 15h00</b> (heure de Paris) – 45 minutes<br>
        📍 Groupe Hospidis, 27 rue de Cîteaux, 75012 Paris (3e étage, demandez Inès Roche)</p>
        <p>Vous rencontrerez Inès Roche (Talent Acquisition) et Bertrand Caillaud (Directeur Supply Chain).</p>
        <p>À mardi,<br>Inès Roche<br>Groupe Hospidis</p>
        <p style="font-size:11px;color:#888">Propulsé par <a href="https://www.smartrecruiters.com">SmartRecruiters</a></p>
        </body></html>
        """)
    hs = head(addr("Inès Roche (Groupe Hospidis)", "noreply@smartrecruiters.com"),
              "Votre entretien avec Groupe Hospidis – mar. 8 déc.", when, PARIS,
              "<sr.7e4d2a19c0b8.20261201091500@smartrecruiters.com>",
              before=(rcv("mta-41.smartrecruiters.com", "198.21.5.41", when, PARIS, "Sr5cTq"),),
              after=(("Reply-To", addr("Inès Roche", "ines.roche@hospidis.fr")),))
    return message(hs, alt(text(body), html(hbody)))


# --- 15. Personio (FR), Nantes, ICS in UTC
@make.mail(name(15), family="personio", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-12-02 14:00", PARIS), end=utc("2026-12-02 15:00", PARIS),
           contact="thomas.leclerc@medixa.fr", company="Medixa",
           local="Wed 2026-12-02 14:00", local_end="2026-12-02 15:00", zone=PARIS,
           note="Personio: 'mercredi 2 décembre 2026, 14:00 - 15:00 (Europe/Paris)' -> 13:00-14:00Z; ICS in UTC "
                "agrees; contact = Reply-To hiring manager")
def p15() -> bytes:
    when = "2026-11-26 11:30"
    body = t("""
        Bonjour Hugo Lefèvre,

        Nous vous confirmons votre entretien pour le poste « Analyste Supply Chain & S&OP (CDI) ».

        Date : mercredi 2 décembre 2026, 14:00 - 15:00 (Europe/Paris)
        Lieu : Medixa, 5 boulevard Vincent Gâche, 44200 Nantes
        Interlocuteur : Thomas Leclerc, Head of Operations

        Vous trouverez l'invitation en pièce jointe. Pour toute question, répondez simplement à cet e-mail.

        Cordialement,
        L'équipe Medixa

        --
        Cet e-mail a été envoyé via Personio.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:personio-recruiting-event-2219874@personio.de
        DTSTAMP:20261126T103000Z
        DTSTART:20261202T130000Z
        DTEND:20261202T140000Z
        SUMMARY:Entretien : Analyste Supply Chain & S&OP (CDI) - Hugo Lefèvre
        LOCATION:Medixa\\, 5 boulevard Vincent Gâche\\, 44200 Nantes
        ORGANIZER;CN=Thomas Leclerc:mailto:thomas.leclerc@medixa.fr
        ATTENDEE;CN=Hugo Lefèvre;RSVP=TRUE:mailto:hugo.lefevre@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Medixa", "no-reply@personio.de"), "Invitation à un entretien – Medixa", when, PARIS,
              "<20261126103000.d41a7c2e9b@mail.personio.de>",
              before=(rcv("mail.personio.de", "18.196.44.12", when, PARIS, "Ps8wXy"),),
              after=(("Reply-To", addr("Thomas Leclerc", "thomas.leclerc@medixa.fr")),))
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, filename="entretien.ics", disposition="attachment", cte="base64")))


# --- 16. Recruitment agency consultant (FR, vous), iso-8859-15: 'mardi 8 au matin, à 9h15'
@make.mail(name(16), family="agency_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-12-08 09:15", PARIS), contact="camille.royer@talentis-conseil.fr",
           company="Laboratoires Delmotte",
           local="Tue 2026-12-08 09:15", zone=PARIS,
           note="Agency consultant, sent Wed 2 Dec: 'mardi 8 au matin, à 9h15' = Tue 8 Dec 09:15 CET -> 08:15Z; "
                "'environ une heure' -> end null; company = the client who hires; contact = consultant (sender)")
def p16() -> bytes:
    when = "2026-12-02 17:45"
    body = t("""
        Bonjour Hugo,

        Bonne nouvelle : les Laboratoires Delmotte souhaitent vous rencontrer ! Je vous confirme le
        rendez-vous mardi 8 au matin, à 9h15, sur leur site de Tours Nord (avenue du Danemark).
        Vous serez reçu par Mme Garnier, directrice supply chain, et par le DRH. Prévoyez environ une heure.

        Pensez à apporter deux exemplaires de votre CV. Je vous appelle lundi en fin de journée pour
        faire un dernier point avant l'entretien.

        Très bonne soirée,

        Camille Royer
        Consultante senior – Supply Chain & Achats
        Talentis Conseil – 12 rue Nationale, 37000 Tours
        06 00 00 00 00
        """)
    hs = head(addr("Camille Royer", "camille.royer@talentis-conseil.fr"),
              "Votre candidature – Laboratoires Delmotte : entretien confirmé", when, PARIS,
              "<000f01dc62a4$8c3b1e20$a4b15a60$@talentis-conseil.fr>",
              before=(rcv("smtp.talentis-conseil.fr", "93.184.216.9", when, PARIS, "Tc1oRy"),),
              after=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-15"))


# --- 17. Recruiter in Auckland with a pasted Zoom invitation (EN): Thursday morning NZDT is Wednesday in UTC
@make.mail(name(17), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-10 08:30", "Pacific/Auckland"), end=utc("2026-12-10 09:15", "Pacific/Auckland"),
           contact="aroha.ngata@tarawera-pl.co.nz", company="Tarawera Pharma Logistics",
           local="Thu 2026-12-10 08:30", local_end="2026-12-10 09:15", zone="Pacific/Auckland",
           note="Sent Mon 7 Dec 11:00 NZDT (Sun 6 Dec 22:00Z): 'Thursday 10 December, 8:30am NZDT', '45 minutes' "
                "-> Wed 9 Dec 19:30-20:15Z (8:30pm Wednesday in France, as the mail says); contact = sender")
def p17() -> bytes:
    when = "2026-12-07 11:00"
    body = t("""
        Kia ora Hugo,

        Lovely to chat last week. As promised, here are the details for your interview with our
        Director of Operations, Wiremu Tane, for the Remote Supply Planning Analyst role.

        It's locked in for Thursday 10 December at 8:30am NZDT - which I make 8:30pm on Wednesday
        evening for you in France. It will be 45 minutes.

        Aroha Ngata is inviting you to a scheduled Zoom meeting.

        Topic: Tarawera PL - Interview Hugo Lefevre
        Time: Dec 10, 2026 08:30 AM Auckland, Wellington

        Join Zoom Meeting
        https://tarawera-pl.zoom.us/j/81533920744?pwd=bXlxR2ZkT3dQ

        Meeting ID: 815 3392 0744
        Passcode: 410526

        Ngā mihi,
        Aroha

        Aroha Ngata | Talent Partner
        Tarawera Pharma Logistics | Penrose, Auckland
        """)
    hs = head(addr("Aroha Ngata", "aroha.ngata@tarawera-pl.co.nz"),
              "Interview confirmed - Remote Supply Planning Analyst", when, "Pacific/Auckland",
              "<SY4P282MB3771B0C1D2E3F4A5B6C7D8E9F0A1B2C3@SY4P282MB3771.AUSP282.PROD.OUTLOOK.COM>",
              before=(rcv("mail-sy4aus01on2131.outbound.protection.outlook.com", "40.107.107.131", when,
                          "Pacific/Auckland", "Nz3aRh"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 18. Workable reschedule (EN): relay Reply-To, interviewer's address in the body, old and new time
@make.mail(name(18), family="workable", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-16 15:30", PARIS), end=utc("2026-10-16 16:00", PARIS),
           contact="sophie.klein@lumora-dx.com", company="Lumora Diagnostics",
           local="Fri 2026-10-16 15:30", local_end="2026-10-16 16:00", zone=PARIS,
           note="Workable reschedule: previous Thu 15 Oct 10:00 CEST, new 'Fri, Oct 16, 2026 3:30 PM - 4:00 PM "
                "(Europe/Paris)' -> 13:30-14:00Z; Reply-To is a Workable relay -> contact = interviewer's address "
                "in the body")
def p18() -> bytes:
    when = "2026-10-12 09:30"
    body = t("""
        Hi Hugo,

        Your interview for the Inventory & Logistics Analyst position at Lumora Diagnostics has been
        rescheduled.

        Previous time: Thu, Oct 15, 2026 10:00 AM - 10:30 AM (Europe/Paris)
        New time:      Fri, Oct 16, 2026 3:30 PM - 4:00 PM (Europe/Paris)

        Type: Video call (link in the calendar invitation)
        Interviewer: Sophie Klein, Operations Manager (sophie.klein@lumora-dx.com)

        Sophie had a conflict on Thursday morning - sorry for the change, and thanks for your flexibility.

        Best regards,
        Lumora Diagnostics Hiring Team

        --
        You received this email because you applied for a job at Lumora Diagnostics.
        Powered by Workable
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Hugo,</p>
        <p>Your interview for the <b>Inventory &amp; Logistics Analyst</b> position at Lumora Diagnostics has been
        rescheduled.</p>
        <p style="color:#999"><s>Thu, Oct 15, 2026 10:00 AM - 10:30 AM (Europe/Paris)</s></p>
        <p><b>Fri, Oct 16, 2026 3:30 PM - 4:00 PM (Europe/Paris)</b></p>
        <p>Type: Video call (link in the calendar invitation)<br>
        Interviewer: Sophie Klein, Operations Manager (<a href="mailto:sophie.klein@lumora-dx.com">sophie.klein@lumora-dx.com</a>)</p>
        <p>Sophie had a conflict on Thursday morning - sorry for the change, and thanks for your flexibility.</p>
        <p>Best regards,<br>Lumora Diagnostics Hiring Team</p>
        <p style="font-size:11px;color:#aaa">Powered by Workable</p>
        </body></html>
        """)
    hs = head(addr("Lumora Diagnostics", "noreply@candidates.workablemail.com"),
              "Interview rescheduled - Inventory & Logistics Analyst at Lumora Diagnostics", when, PARIS,
              "<wk.5f9c2e71a4b3.1760254200@candidates.workablemail.com>",
              before=(rcv("mail-182.workablemail.com", "198.37.151.182", when, PARIS, "Wk4bLe"),),
              after=(("Reply-To", addr("Lumora Diagnostics",
                                       "lumora-diagnostics+c7e2a91f3b@candidates.workablemail.com")),))
    return message(hs, alt(text(body, cte="7bit"), html(hbody)))


# --- 19. Galenix again (FR, tu): second interview moved, "jeudi 14 h 15 au lieu de mercredi 10h"
@make.mail(name(19), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-11-19 14:15", PARIS), contact="julien.marchal@galenix.fr", company="Galenix",
           local="Thu 2026-11-19 14:15", zone=PARIS,
           note="Sent Mon 16 Nov: 'on décale à jeudi 14 h 15 au lieu de mercredi 10h', already agreed by phone "
                "('c'est calé') -> Thu 19 Nov 14:15 CET -> 13:15Z; no length -> end null; contact = sender")
def p19() -> bytes:
    when = "2026-11-16 12:30"
    body = t("""
        Hello Hugo,

        Comme dit au tel tout à l'heure, petit changement pour le 2e entretien avec Sarah et notre DG :
        on décale à jeudi 14 h 15 au lieu de mercredi 10h (Sarah est en déplacement chez un fournisseur
        mercredi). Tu m'as dit que ça te convenait donc c'est calé.

        Même adresse qu'en septembre, 3 rue des Hallebardiers. Prévois ta présentation du cas
        (15 min max), on a un vidéoprojecteur.

        A jeudi,
        Julien

        --
        Julien Marchal
        Responsable Opérations – Galenix
        06 00 00 00 00
        """)
    hs = head(addr("Julien Marchal", "julien.marchal@galenix.fr"), "2e entretien - changement d'horaire",
              when, PARIS, "<PR0P264MB2210C9A8B7E6D5F4A3B2C1D0E9F8A7B6@PR0P264MB2210.FRAP264.PROD.OUTLOOK.COM>",
              before=(rcv("mail-pr0fra01on2060.outbound.protection.outlook.com", "40.107.12.60", when, PARIS,
                          "Gx9kPl"),))
    return message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" '
                                                                      'style="font-family:Aptos,sans-serif">'))))


# --- 20. iCIMS reschedule (EN) from a US sender: MM/DD dates, old and new time, zone written as GMT+01:00
@make.mail(name(20), family="icims", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-01 15:00", PARIS), end=utc("2026-12-01 16:00", PARIS),
           contact="marcus.bell@carrowmorebio.com", company="Carrowmore Biologics",
           local="Tue 2026-12-01 15:00", local_end="2026-12-01 16:00", zone=PARIS,
           note="iCIMS, sent Wed 25 Nov 19:10 EST: new '12/01/2026 3:00 PM (GMT+01:00) Paris', '60 minutes' "
                "(US MM/DD = 1 Dec, not 12 Jan) -> 14:00-15:00Z; old 11/30 10:00 AM; contact = recruiter in body")
def p20() -> bytes:
    when = "2026-11-25 19:10"
    body = t("""
        Dear Hugo,

        Your interview for Supply Chain Analyst - EMEA (Req #4471), Paris, has been rescheduled.

        NEW DATE/TIME
        Date: 12/01/2026
        Time: 3:00 PM (GMT+01:00) Paris
        Duration: 60 minutes
        Format: Microsoft Teams (link to follow from the hiring manager's calendar)

        PREVIOUSLY SCHEDULED
        Date: 11/30/2026
        Time: 10:00 AM (GMT+01:00) Paris

        Interviewers: Marcus Bell (Talent Acquisition), Odile Ferrand (EMEA Logistics Manager)

        If you have questions please contact Marcus Bell at marcus.bell@carrowmorebio.com.

        Sincerely,
        Carrowmore Biologics Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    hbody = "<html><body style=\"font-family:Verdana,sans-serif;font-size:12px\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Carrowmore Biologics", "carrowmore@talent.icims.com"),
              "Interview Rescheduled: Supply Chain Analyst - EMEA (Req #4471)", when, "America/New_York",
              "<1764115800112.88214.carrowmore@talent.icims.com>",
              before=(rcv("mta2.talent.icims.com", "64.186.92.12", when, "America/New_York", "Ic2mBc"),))
    return message(hs, alt(text(body, cte="7bit"), html(hbody, cte="7bit")))


# --- 21. Exchange cancellation (FR), Santelia second round: the slot is cancelled, a new invite will follow
@make.mail(name(21), family="exchange_outlook", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-12-07 14:00", PARIS), end=utc("2026-12-07 15:00", PARIS),
           contact="aurelie.ponsard@santelia.fr", company="Santelia Distribution",
           local="Mon 2026-12-07 14:00", local_end="2026-12-07 15:00", zone=PARIS,
           note="Outlook METHOD:CANCEL for Mon 7 Dec 14:00-15:00 Romance Standard Time (CET) -> 13:00-14:00Z; the "
                "text announces a new invitation for 'jeudi 10 à 14h' that is not in this mail -> kind cancelled, "
                "start = cancelled slot; contact = ORGANIZER / sender")
def p21() -> bytes:
    when = "2026-12-03 09:20"
    body = t("""
        Quand : lundi 7 décembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Santelia Distribution – Saran, salle Loire

        Bonjour Hugo,

        Notre directeur général ne sera finalement pas disponible lundi : j'annule ce créneau et je vous
        renvoie dans la journée une nouvelle invitation pour le jeudi 10 à 14h, si cela vous convient
        toujours. Toutes mes excuses pour ce changement.

        Bien cordialement,
        Aurélie Ponsard
        Chargée RH – Santelia Distribution
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Aurélie Ponsard:mailto:aurelie.ponsard@santelia.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefèvre:mailto:hugo.lefevre@example.org
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000007C3D
        SUMMARY;LANGUAGE=fr-FR:Annulé : 2e entretien Hugo Lefèvre / Santelia
        DTSTART;TZID=Romance Standard Time:20261207T140000
        DTEND;TZID=Romance Standard Time:20261207T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261203T082000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Santelia Distribution – Saran\\, salle Loire
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Aurélie Ponsard", "aurelie.ponsard@santelia.fr"),
              "Annulé : 2e entretien Hugo Lefèvre / Santelia", when, PARIS,
              "<PAXPR09MB73218C7D6E5F4A3B2C1D0E9F8A7B6C5D@PAXPR09MB7321.eurprd09.prod.outlook.com>",
              before=(rcv("mail-pr3eur02on2049.outbound.protection.outlook.com", "40.107.21.49", when, PARIS,
                          "Ex7cNl"),),
              after=(("Thread-Topic", enc("2e entretien Hugo Lefèvre / Santelia")),
                     ("Importance", "high"), ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# --- 22. Google Calendar cancellation (FR), Tours, CEST
@make.mail(name(22), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-10-22 15:00", PARIS), end=utc("2026-10-22 16:00", PARIS),
           contact="antoine.guillot@loirexpress.fr", company="Loirexpress Pharma",
           local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00", zone=PARIS,
           note="Google Agenda 'Événement annulé' (METHOD:CANCEL): 'jeu. 22 oct. 2026 15:00 - 16:00 (CEST)' -> "
                "13:00-14:00Z; no new time; contact = ORGANIZER")
def p22() -> bytes:
    when = "2026-10-20 08:30"
    summary = "Entretien – Approvisionneur pharma (H. Lefèvre)"
    body = t(f"""
        Cet événement a été annulé et supprimé de votre agenda.

        {summary}
        Quand
        jeu. 22 oct. 2026 15:00 – 16:00 (heure d'été d'Europe centrale - Paris)

        Lieu
        Loirexpress Pharma, 40 rue Édouard Vaillant, 37000 Tours

        Invités
        Antoine Guillot - organisateur
        hugo.lefevre@example.org

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité de l'événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Europe/Paris"] + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261022T150000
        DTEND;TZID=Europe/Paris:20261022T160000
        DTSTAMP:20261020T063000Z
        ORGANIZER;CN=Antoine Guillot:mailto:antoine.guillot@loirexpress.fr
        UID:6lq0m2v9k3r8s1t7u4w5x0y2z9@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=hugo.lefevre@example.org;X-NUM-GUESTS=0:mailto:hugo.lefevre@example.org
        CREATED:20261014T091511Z
        LAST-MODIFIED:20261020T063000Z
        LOCATION:Loirexpress Pharma\\, 40 rue Édouard Vaillant\\, 37000 Tours
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:{summary}
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Antoine Guillot", "antoine.guillot@loirexpress.fr"),
              f"Événement annulé : {summary} @ jeu. 22 oct. 2026 15:00 - 16:00 (CEST) (hugo.lefevre@example.org)",
              when, PARIS, "<calendar-b91e3d20-6f4a-4c8e-a7d2-3e5f60718293@google.com>",
              before=(rcv("mail-sor-f73.google.com", "209.85.220.73", when, PARIS, "Gc8cXl"),),
              after=(("Sender", addr("Google Agenda", "calendar-notification@google.com")),
                     ("Reply-To", addr("Antoine Guillot", "antoine.guillot@loirexpress.fr"))))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                 calendar(ics, method="CANCEL", cte="quoted-printable")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# --- 23. Hiring manager in Dublin cancels "next Thursday's call" (EN), role filled internally, no new time
@make.mail(name(23), family="human_prose", lang="en", interview=True, kind="cancelled",
           start=utc("2026-12-03 14:00", "Europe/Dublin"), contact="niamh.kavanagh@brightmoorhealth.ie",
           company="Brightmoor Health", local="Thu 2026-12-03 14:00", zone="Europe/Dublin",
           note="Sent Fri 27 Nov: cancels 'next Thursday's call (2pm Irish time, 3pm yours)' = Thu 3 Dec 14:00 GMT "
                "-> 14:00Z; role filled internally, no new time; contact = sender")
def p23() -> bytes:
    when = "2026-11-27 16:10"
    body = t("""
        Hi Hugo,

        I'm sorry to be the bearer of bad news. I'm afraid we need to cancel next Thursday's call
        (2pm Irish time, 3pm yours) - we've decided to fill the Logistics Planning Analyst role
        internally, so we won't be progressing any external candidates.

        I really enjoyed our first conversation and I'll keep your details on file for anything in
        the new year.

        Kind regards,
        Niamh

        Niamh Kavanagh
        People & Talent Lead
        Brightmoor Health | Sandyford, Dublin 18
        """)
    hs = head(addr("Niamh Kavanagh", "niamh.kavanagh@brightmoorhealth.ie"),
              "Thursday's call - Logistics Planning Analyst", when, "Europe/Dublin",
              "<DB9PR10MB6012A3B4C5D6E7F8091A2B3C4D5E6F70@DB9PR10MB6012.EURPRD10.PROD.OUTLOOK.COM>",
              before=(rcv("mail-db8eur05on2112.outbound.protection.outlook.com", "40.107.20.112", when,
                          "Europe/Dublin", "Ie5nKv"),))
    return message(hs, text(body, charset="windows-1252"))


# =========================================================================== negatives


def neg(key: int, family: str, lang: str, company: str | None, note: str, days: tuple[tuple[str, str], ...] = ()):
    return make.mail(name(key), family=family, lang=lang, interview=False, company=company, note=note, days=days)


# --- 24. Recruitee rejection after an interview (FR)
@neg(24, "rejection", "fr", "Officéa", "Recruitee rejection after the interview of Tue 29 Sep; no time to come",
     days=(("Tue", "2026-09-29"),))
def n24() -> bytes:
    when = "2026-10-05 15:42"
    body = t("""
        Bonjour Hugo,

        Merci encore pour le temps que vous nous avez consacré lors de notre entretien du mardi 29 septembre.

        Après réflexion, nous avons décidé de poursuivre le processus avec un autre candidat dont le
        profil correspond davantage à nos besoins immédiats sur le poste de Coordinateur Logistique
        Officines (Poitiers).

        Nous avons apprécié nos échanges et nous nous permettrons de revenir vers vous si une
        opportunité se présente.

        Nous vous souhaitons une belle réussite dans vos projets.

        Lucie Barbier
        Responsable RH – Officéa
        """)
    hbody = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) \
        + '<p style="font-size:11px;color:#999">Envoyé avec Recruitee</p></body></html>\n'
    hs = head(addr("Officéa", "no-reply@recruitee.com"), "Votre candidature chez Officéa", when, PARIS,
              "<0102019a5e1f7c3d-officea-rej-8842@eu-west-1.recruitee.com>",
              before=(rcv("mail-eu.recruitee.com", "52.31.77.140", when, PARIS, "Rc3jNo"),),
              after=(("Reply-To", addr("Lucie Barbier", "lucie.barbier@officea.fr")),))
    return message(hs, alt(text(body), html(hbody)))


# --- 25. softgarden application receipt (EN)
@neg(25, "application_ack", "en", "Rheinfarma Logistik",
     "softgarden application receipt; an interview is only a possibility ('should your profile match')")
def n25() -> bytes:
    when = "2026-09-08 20:14"
    body = t("""
        Dear Mr Lefèvre,

        Thank you for your application as Supply Chain Analyst (m/f/d) - remote within the EU.

        We have received your documents and will review them carefully. Should your profile match the
        requirements, we will contact you to arrange a first interview. Please understand that this may
        take two to three weeks.

        You can check the status of your application at any time in your candidate account:
        https://rheinfarma.softgarden.io/en/candidate/applications

        Kind regards
        Your Rheinfarma Logistik GmbH recruiting team

        This is an automatically generated message - please do not reply.
        """)
    hs = head(addr("Rheinfarma Logistik GmbH", "no-reply@softgarden.io"),
              "Your application as Supply Chain Analyst (m/f/d)", when, "Europe/Berlin",
              "<sg.1789035240.a7c3e9@softgarden.io>",
              before=(rcv("mail.softgarden.io", "185.46.212.33", when, "Europe/Berlin", "Sg6aPq"),))
    return message(hs, text(body, cte="base64"))


# --- 26. JOIN application sent (FR)
@neg(26, "application_ack", "fr", "Pharmadis Ouest", "JOIN 'candidature envoyée' receipt; no interview")
def n26() -> bytes:
    when = "2026-09-14 21:03"
    hbody = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;background:#f7f7f9">
        <table width="100%"><tr><td align="center"><table width="560" style="background:#fff;padding:24px">
        <tr><td>
        <h2 style="margin:0 0 12px">Ta candidature a bien été envoyée 🎉</h2>
        <p>Bonjour Hugo,</p>
        <p>Ta candidature pour le poste <b>Analyste Flux &amp; Stocks (H/F)</b> chez <b>Pharmadis Ouest</b> (Nantes)
        a bien été transmise à l'entreprise.</p>
        <p>Et maintenant ? L'équipe de recrutement examine ton profil. Si ta candidature est retenue, elle te
        contactera directement pour un premier entretien.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#1f2bff;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Suivre ma candidature</a></p>
        <p style="font-size:12px;color:#777">JOIN Solutions AG · Tu reçois cet e-mail car tu as postulé via JOIN.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("JOIN", "noreply@join.com"), "Ta candidature chez Pharmadis Ouest a bien été envoyée", when,
              PARIS, "<20260914190300.4f2a8b1c@join.com>",
              before=(rcv("mail.join.com", "159.135.228.10", when, PARIS, "Jn2cAk"),))
    return message(hs, html(hbody))


# --- 27. Job alert with 'entretiens en cours' badges (FR)
@neg(27, "job_alert", "fr", None, "Job-board alert; 'entretiens en cours' / 'entretien sous 48 h' are badges")
def n27() -> bytes:
    when = "2026-10-19 07:02"
    body = t("""
        Bonjour Hugo,

        6 nouvelles offres correspondent à votre alerte « analyste supply chain – Tours (50 km) ».

        Analyste Supply Chain H/F – Laboratoire pharmaceutique
        Joué-lès-Tours · CDI · 38-44 k€
        ⚡ Recrutement rapide : entretien sous 48 h

        Gestionnaire Approvisionnements – Dispositifs médicaux
        Tours Nord · CDI · 35-40 k€
        👥 Entretiens en cours

        Demand Planner (H/F)
        Orléans · CDI · télétravail partiel
        Publiée il y a 2 jours

        Voir les 3 autres offres : https://www.talentpulse.example/alertes/8812

        Vous recevez cet e-mail car vous avez créé une alerte sur TalentPulse.
        Se désabonner : https://www.talentpulse.example/unsubscribe?u=8812
        """)
    hs = head(addr("TalentPulse Alertes", "alertes@talentpulse.example"),
              "6 nouvelles offres : analyste supply chain – Tours", when, PARIS,
              "<alert.8812.20261019050200@talentpulse.example>",
              before=(rcv("out-7.talentpulse.example", "203.0.113.7", when, PARIS, "Tp1aLr"),),
              after=(("List-Unsubscribe", "<https://www.talentpulse.example/unsubscribe?u=8812>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 28. Blog newsletter about interview questions, with a live session time (FR)
@neg(28, "newsletter_tips", "fr", None,
     "Supply-chain blog newsletter on interview questions; the 'live jeudi 8 octobre à 12h30' is a webinar",
     days=(("Thu", "2026-10-08"),))
def n28() -> bytes:
    when = "2026-10-05 06:30"
    hbody = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:620px;margin:auto">
        <p style="font-size:12px;color:#888">Le Blog Supply — la newsletter du lundi</p>
        <h1>Entretien d'embauche en supply chain : les 7 questions piège</h1>
        <p>« Parlez-moi d'une rupture de stock que vous avez gérée. » Si cette question vous fait transpirer,
        cet article est pour vous. On a interrogé 12 recruteurs du secteur pharmaceutique sur ce qu'ils
        attendent vraiment en entretien.</p>
        <ol><li>Le calcul du stock de sécurité au tableau</li><li>Le S&amp;OP expliqué à un commercial</li>
        <li>« Et si votre fournisseur principal ferme demain ? »</li></ol>
        <p><a href="https://leblogsupply.example/entretien-7-questions">Lire l'article complet →</a></p>
        <h2>🎙️ Live : préparer son entretien</h2>
        <p>Rejoignez-nous jeudi 8 octobre à 12h30 pour un live de 45 minutes avec une recruteuse spécialisée.
        Inscription gratuite : <a href="https://leblogsupply.example/live">leblogsupply.example/live</a></p>
        <p style="font-size:12px;color:#888">Vous recevez cette newsletter car vous êtes abonné au Blog Supply.
        <a href="https://leblogsupply.example/desabonnement">Se désabonner</a></p>
        </body></html>
        """)
    hs = head(addr("Le Blog Supply", "newsletter@leblogsupply.example"),
              "Entretien d'embauche : les 7 questions piège (+ live jeudi)", when, PARIS,
              "<nl-2026-10-05.3319@leblogsupply.example>",
              before=(rcv("mta.sendinblue-relay.example", "203.0.113.44", when, PARIS, "Bs7nWs"),),
              after=(("List-Unsubscribe", "<https://leblogsupply.example/desabonnement>"), ("Precedence", "bulk")))
    return message(hs, html(hbody, cte="base64"))


# --- 29. Ashby self-scheduling request (EN): a link, no time chosen
@neg(29, "scheduling_link", "en", "Orbis Pharma",
     "Ashby 'pick a time' request; slots offered over a week, nothing booked",
     days=(("Mon", "2026-10-19"), ("Fri", "2026-10-23")))
def n29() -> bytes:
    when = "2026-10-14 10:48"
    body = t("""
        Hi Hugo,

        Thanks for your interest in the Global Supply Planner role at Orbis Pharma! We'd love to set up a
        45-minute video interview with our planning team.

        Please choose a time that works for you using the link below. Slots are available between
        Monday, October 19 and Friday, October 23.

        Choose a time: https://jobs.ashbyhq.com/orbis-pharma/interview/schedule/7b2e4c1a-9d3f

        Once you've picked a slot, you'll receive a calendar invitation.

        Best,
        Maya Lindqvist
        Recruiter, Orbis Pharma
        """)
    hs = head(addr("Orbis Pharma", "no-reply@ashbyhq.com"), "Schedule your interview with Orbis Pharma", when,
              PARIS, "<0100019a1c3e5f7b-2d4c6e8a-ashby-4b1d-9e3f-1a2b3c4d5e6f-000000@email.amazonses.com>",
              before=(rcv("a8-60.smtp-out.amazonses.com", "54.240.8.60", when, PARIS, "As4hBy"),),
              after=(("Reply-To", addr("Maya Lindqvist", "maya.lindqvist@orbispharma.com")),))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --- 30. Agency recruiter sends her booking link (FR)
@neg(30, "scheduling_link", "fr", "Ligeris RH",
     "Agency recruiter sends a booking link for 'la semaine prochaine'; nothing fixed")
def n30() -> bytes:
    when = "2026-11-05 18:22"
    body = t("""
        Bonjour Hugo,

        Merci pour votre retour ! Pour faire connaissance et vous présenter plus en détail le poste de
        Supply Planner chez notre client (industrie pharmaceutique, région d'Orléans), je vous propose un
        premier échange de 30 minutes la semaine prochaine.

        Vous pouvez choisir directement le créneau qui vous arrange ici :
        https://calendly.com/clemence-roux-ligeris/30min

        Au plaisir d'échanger,

        Clémence Roux
        Consultante recrutement – Ligeris RH
        """)
    hs = head(addr("Clémence Roux", "clemence.roux@ligeris-rh.fr"), "Re: Opportunité Supply Planner – Orléans",
              when, PARIS, "<CAF8mL2q7nR3@mail.ligeris-rh.fr>",
              before=(rcv("mail-lj1-f170.google.com", "209.85.208.170", when, PARIS, "Lg2rCx"),),
              after=(("In-Reply-To", "<CAH7pLq3Vx1@mail.example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 31. In-house recruiter outreach (FR), no time
@neg(31, "recruiter_outreach", "fr", "Solvane Pharma", "Cold outreach asking for availability; nothing fixed")
def n31() -> bytes:
    when = "2026-09-16 11:37"
    body = t("""
        Bonjour Hugo,

        Je suis chargé de recrutement chez Solvane Pharma (site de production d'Orléans-La Source).
        Votre profil a retenu mon attention : nous ouvrons un poste d'Analyste Performance Supply Chain
        et votre expérience en distribution pharmaceutique correspond bien.

        Seriez-vous ouvert à un premier échange téléphonique dans les prochains jours ? Dites-moi ce qui
        vous arrange.

        Bien à vous,
        Romain Delaunay
        Talent Acquisition – Solvane Pharma
        """)
    hs = head(addr("Romain Delaunay", "romain.delaunay@solvane-pharma.fr"),
              "Analyste Performance Supply Chain – Solvane Pharma", when, PARIS,
              "<AM0PR07MB4411D2E3F4A5B6C7D8E9F0A1B2C3D4E5@AM0PR07MB4411.eurprd07.prod.outlook.com>",
              before=(rcv("mail-am0eur02on2098.outbound.protection.outlook.com", "40.107.13.98", when, PARIS,
                          "Sv3dRl"),))
    return message(hs, text(body, charset="windows-1252"))


# --- 32. Hiring manager proposes a time, not yet confirmed (EN): "would Tuesday at 10 work?"
@neg(32, "proposed_not_confirmed", "en", "Vantaro Health",
     "Hiring manager proposes 'Tuesday at 10' (24 Nov) or Wednesday afternoon and waits for Hugo's answer; "
     "nothing confirmed", days=(("Tue", "2026-11-24"),))
def n32() -> bytes:
    when = "2026-11-19 17:55"
    body = t("""
        Hi Hugo,

        Thanks for sending over your CV - the cold-chain work at your current company is exactly what
        we need on the team. I'd like to set up a first conversation.

        Would Tuesday at 10 work (CET, so 24 November)? If not, Wednesday afternoon is pretty open too.
        Let me know and I'll send over an invite.

        Cheers,
        Daan

        Daan Bakker
        Head of Distribution, Vantaro Health (remote-first, Utrecht)
        """)
    hs = head(addr("Daan Bakker", "daan.bakker@vantarohealth.nl"), "Re: Distribution Analyst role", when,
              "Europe/Amsterdam", "<CABx7Yq1o2pR9@mail.gmail.com>",
              before=(rcv("mail-ej1-f52.google.com", "209.85.218.52", when, "Europe/Amsterdam", "Vt8hNl"),),
              after=(("In-Reply-To", "<CAH7pLq5Tn2@mail.example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 33. A friend forwards her own confirmed interview for advice (FR)
@neg(33, "forwarded_other_person", "fr", None,
     "Friend forwards HER confirmed interview (jeudi 12 novembre 2026 à 14h00) for advice; not Hugo's "
     "interview", days=(("Thu", "2026-11-12"),))
def n33() -> bytes:
    inner_when = "2026-11-06 10:12"
    inner_body = t("""
        Bonjour Léa,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Chargée de
        planification chez Pharmalis :

        Date : jeudi 12 novembre 2026 à 14h00
        Durée : 1 heure
        Lieu : Pharmalis, 9 rue Gustave Eiffel, 37000 Tours

        Cordialement,
        Émilie Brunet
        Ressources Humaines – Pharmalis
        """)
    inner = message([("From", addr("Émilie Brunet", "emilie.brunet@pharmalis.fr")),
                     ("To", addr("Léa Morin", "lea.morin@example.net")),
                     ("Subject", enc("Confirmation de votre entretien – Pharmalis")),
                     ("Date", date(inner_when, PARIS)), ("Message-ID", "<a81c77e2-4f10@pharmalis.fr>")],
                    text(inner_body))
    body = t("""
        Coucou Hugo !

        Regarde, j'ai enfin décroché un entretien 😅 c'est jeudi prochain chez Pharmalis. Toi qui en
        enchaînes en ce moment, tu aurais 10 min ce week-end pour me donner tes conseils ? Je te transfère
        la convoc.

        Bises,
        Léa
        """)
    when = "2026-11-06 19:40"
    hs = head(addr("Léa Morin", "lea.morin@example.net"), "Fwd: Confirmation de votre entretien – Pharmalis",
              when, PARIS, "<8f2d1c9a-77b0-4e1a@example.net>",
              before=(rcv("smtp.example.net", "192.0.2.88", when, PARIS, "Lm4oRn"),))
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner)))


# --- 34. Job-centre follow-up appointment with a fixed time (FR): "entretien de suivi"
@neg(34, "job_centre", "fr", None,
     "Job-centre 'entretien de suivi' with his adviser, jeudi 17 septembre 2026 à 14h00; not a job interview",
     days=(("Thu", "2026-09-17"),))
def n34() -> bytes:
    when = "2026-09-09 08:05"
    body = t("""
        Monsieur Hugo LEFEVRE,

        Vous êtes convoqué à un entretien de suivi de votre recherche d'emploi :

          le jeudi 17 septembre 2026 à 14h00
          avec Mme Perrin, votre conseillère référente
          Maison de l'Emploi de Touraine – site Tours Deux-Lions, 5 rue Jacques-Marie Rougé, 37200 Tours

        Merci de vous munir de votre CV à jour et de la liste de vos démarches.
        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel.

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = head(addr("Maison de l'Emploi de Touraine", "ne-pas-repondre@mde-touraine.fr"),
              "Convocation : entretien de suivi le 17/09/2026", when, PARIS,
              "<conv.2026.09.09.771204@mde-touraine.fr>",
              before=(rcv("smtp.mde-touraine.fr", "194.2.0.20", when, PARIS, "Me5tTr"),),
              after=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-1"))


# --- 35. A journalist confirms a phone interview with Hugo (FR)
@neg(35, "press_interview", "fr", None,
     "Journalist confirms a phone interview with Hugo for an article, jeudi 15 octobre à 17h30; Hugo is the "
     "interviewee of the press, not a job interview", days=(("Thu", "2026-10-15"),))
def n35() -> bytes:
    when = "2026-10-12 12:14"
    body = t("""
        Bonjour Hugo,

        Merci d'avoir accepté de répondre à mes questions pour notre dossier sur les pénuries de
        médicaments en Centre-Val de Loire. Je vous confirme notre entretien téléphonique jeudi 15 octobre
        à 17h30, une vingtaine de minutes. Je vous appellerai au numéro que vous m'avez donné.

        Bonne journée,
        Mathilde Caron
        Journaliste – La Gazette de Touraine
        """)
    hs = head(addr("Mathilde Caron", "m.caron@gazette-touraine.fr"), "Interview pénuries de médicaments - jeudi",
              when, PARIS, "<5e9a1b7c-2d3f-41c8@gazette-touraine.fr>",
              before=(rcv("smtp.gazette-touraine.fr", "91.198.174.12", when, PARIS, "Gz2tMc"),))
    return message(hs, text(body))


# --- 36. Podcast recording confirmed, with an ICS (EN)
@neg(36, "podcast", "en", None,
     "Podcast recording confirmed for Tue 3 Nov 17:00 CET with ICS; Hugo is the guest, not a job interview",
     days=(("Tue", "2026-11-03"),))
def n36() -> bytes:
    when = "2026-10-28 09:10"
    body = t("""
        Hey Hugo,

        Awesome, we're all set! Our interview for Supply Chain Shorts is booked for Tuesday, November 3
        at 17:00 CET (45 minutes). We'll record on Riverside - link in the invite attached.

        Topics: serialization in pharma distribution, your lessons from the 2025 amoxicillin shortage,
        and one tool you can't live without.

        Thanks again for coming on the show!
        Ben

        Ben Carter
        Host, Supply Chain Shorts
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261103T160000Z
        DTEND:20261103T164500Z
        DTSTAMP:20261028T081000Z
        ORGANIZER;CN=Ben Carter:mailto:ben@supplychainshorts.fm
        UID:0p4c2s9r1e7c8o3r5d@google.com
        ATTENDEE;CN=Hugo Lefevre;RSVP=TRUE:mailto:hugo.lefevre@example.org
        SUMMARY:Supply Chain Shorts - interview recording with Hugo Lefevre
        LOCATION:https://riverside.fm/studio/supply-chain-shorts
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Ben Carter", "ben@supplychainshorts.fm"), "Podcast interview - we're booked!", when, PARIS,
              "<CAPd3kR9z2Lq@mail.gmail.com>",
              before=(rcv("mail-qv1-f41.google.com", "209.85.219.41", when, PARIS, "Pc6bCr"),))
    return message(hs, mixed(text(body, cte="7bit"), calendar(ics, filename="invite.ics",
                                                                disposition="attachment")))


# --- 37. Executive master admission interview (FR)
@neg(37, "admission_interview", "fr", None,
     "Business-school admission interview, samedi 21 novembre 2026 à 9h30; not a job interview",
     days=(("Sat", "2026-11-21"),))
def n37() -> bytes:
    when = "2026-11-10 16:00"
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Monsieur Lefèvre,</p>
        <p>Votre dossier de candidature à l'<b>Executive Master Supply Chain &amp; Achats</b> (rentrée mars 2027)
        a été déclaré admissible.</p>
        <p>Nous avons le plaisir de vous convoquer à l'<b>entretien d'admission</b> :</p>
        <ul><li><b>samedi 21 novembre 2026 à 9h30</b></li>
        <li>Campus de Tours, 2 rue Léonard de Vinci, salle B204</li>
        <li>Durée : 30 minutes devant un jury de deux enseignants</li></ul>
        <p>Merci de confirmer votre présence en répondant à ce message.</p>
        <p>Le service des admissions<br>École de Management du Val de Loire</p>
        </body></html>
        """)
    hs = head(addr("Admissions EMVL", "admissions@emvl.fr"),
              "Convocation à l'entretien d'admission – Executive Master Supply Chain", when, PARIS,
              "<adm.2026.1110.44812@emvl.fr>",
              before=(rcv("smtp.emvl.fr", "195.83.24.10", when, PARIS, "Em3aDm"),))
    return message(hs, html(hbody))


# --- 38. Volleyball club try-out session (FR)
@neg(38, "sports_tryout", "fr", None,
     "Sports-club 'séance d'essai' mercredi 30 septembre à 20h; not a job interview",
     days=(("Wed", "2026-09-30"),))
def n38() -> bytes:
    when = "2026-09-24 21:16"
    body = t("""
        Salut Hugo,

        Merci pour ton message ! Pas de souci pour venir faire un essai avec l'équipe loisirs mixte :
        on t'attend mercredi 30 septembre à 20h au gymnase Engerand (rue du Petit Bois). Prends des
        chaussures de salle et une gourde, on joue jusqu'à 22h.

        Si ça te plaît, on verra pour la licence ensuite.

        Sportivement,
        Karim
        Responsable section loisirs – AS Saint-Cyr Volley
        """)
    hs = head(addr("Karim Benali", "karim.benali.volley@example.com"), "Re: Essai équipe loisirs", when, PARIS,
              "<CAKb0nVq4Z1s@mail.gmail.com>",
              before=(rcv("mail-wr1-f48.google.com", "209.85.221.48", when, PARIS, "Vb1kBn"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 39. Car service appointment (FR), '03/11/2026 à 8h30'
@neg(39, "car_service", "fr", None, "Garage appointment confirmation 03/11/2026 à 8h30; not an interview",
     days=(("Tue", "2026-11-03"),))
def n39() -> bytes:
    when = "2026-10-27 14:30"
    body = t("""
        Bonjour M. LEFEVRE,

        Nous vous confirmons votre rendez-vous atelier :

        Date : mardi 03/11/2026 à 8h30
        Véhicule : Peugeot 308 - immatriculation FG-000-XX
        Prestations : révision des 60 000 km + remplacement plaquettes avant
        Durée estimée d'immobilisation : journée

        Un véhicule de courtoisie vous sera prêté. Merci de vous présenter à l'accueil atelier.

        Garage Rabelais - 118 avenue de Grammont, 37000 Tours - 02 47 00 00 00
        """)
    hs = head(addr("Garage Rabelais", "atelier@garage-rabelais.fr"), "Confirmation de votre rendez-vous atelier",
              when, PARIS, "<rdv-atelier-55120@garage-rabelais.fr>",
              before=(rcv("smtp.garage-rabelais.fr", "62.210.16.61", when, PARIS, "Gr4bLs"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


# --- 40. Bank adviser meeting with an ICS (FR)
@neg(40, "bank_appointment", "fr", None,
     "Bank adviser appointment mardi 20 octobre 2026 à 17h30 with ICS; not an interview",
     days=(("Tue", "2026-10-20"),))
def n40() -> bytes:
    when = "2026-10-14 10:02"
    body = t("""
        Bonjour Monsieur Lefèvre,

        Votre rendez-vous avec votre conseiller est confirmé.

        Objet : point sur votre épargne et simulation de prêt immobilier
        Date : mardi 20 octobre 2026 à 17h30
        Conseiller : Julien Perrot
        Agence : Tours Jean-Jaurès, 3 place Jean-Jaurès, 37000 Tours

        Vous pouvez ajouter ce rendez-vous à votre agenda grâce au fichier joint.

        Banque Ligérienne
        Ce message vous est envoyé automatiquement, merci de ne pas y répondre.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Banque Ligerienne//RDV//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rdv-20261020-1730-88412@banque-ligerienne.fr
        DTSTAMP:20261014T080200Z
        DTSTART:20261020T153000Z
        DTEND:20261020T161500Z
        SUMMARY:RDV conseiller - Banque Ligerienne
        LOCATION:Agence Tours Jean-Jaures
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Banque Ligérienne", "ne-pas-repondre@banque-ligerienne.fr"),
              "Confirmation de votre rendez-vous du 20/10/2026", when, PARIS,
              "<rdv.88412.20261014@banque-ligerienne.fr>",
              before=(rcv("mx-out.banque-ligerienne.fr", "185.24.8.12", when, PARIS, "Bl7gRv"),))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="rendez-vous.ics",
                                                   disposition="attachment")))


# --- 41. Career coach confirms a mock-interview session (FR)
@neg(41, "mock_interview", "fr", None,
     "Career coach confirms a 'simulation d'entretien' jeudi 12 novembre à 18h; practice, not a job interview",
     days=(("Thu", "2026-11-12"),))
def n41() -> bytes:
    when = "2026-11-06 09:45"
    body = t("""
        Bonjour Hugo,

        C'est noté pour notre séance de simulation d'entretien jeudi 12 novembre à 18h, en visio (1 h 30).
        Je jouerai le rôle de la directrice supply d'un laboratoire ; envoyez-moi d'ici mardi l'annonce du
        poste qui vous intéresse le plus, je préparerai les questions à partir de celle-ci.

        On fera un débrief filmé à la fin.

        À jeudi,
        Isabelle Fournier
        Coach carrière certifiée – Cap Rebond
        """)
    hs = head(addr("Isabelle Fournier", "isabelle@caprebond-coaching.fr"),
              "Simulation d'entretien jeudi", when, PARIS, "<7d1e0a55-cap-rebond-3391@caprebond-coaching.fr>",
              before=(rcv("smtp.caprebond-coaching.fr", "213.186.33.5", when, PARIS, "Cr9fIs"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 42. Doctor's appointment booked online (FR)
@neg(42, "medical_appointment", "fr", None, "Online doctor booking, lun. 14 sept. 2026 à 08:45; not an interview",
     days=(("Mon", "2026-09-14"),))
def n42() -> bytes:
    when = "2026-09-10 22:31"
    hbody = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;color:#107aca">
        <div style="max-width:520px;margin:auto;color:#0b2a4a">
        <h2>Votre rendez-vous est confirmé</h2>
        <p><b>lun. 14 sept. 2026 à 08:45</b></p>
        <p>Dr Anne Lebrun – Médecin généraliste<br>Cabinet médical des Prébendes, 12 rue Roger Salengro, 37000 Tours</p>
        <p>Motif : consultation de suivi</p>
        <p>Pensez à apporter votre carte Vitale. En cas d'empêchement, annulez au moins 24 h à l'avance.</p>
        <p style="font-size:12px;color:#6b7a8c">MédiRDV – prise de rendez-vous en ligne</p>
        </div></body></html>
        """)
    hs = head(addr("MédiRDV", "no-reply@medirdv.example"), "Votre rendez-vous du lun. 14 sept. est confirmé",
              when, PARIS, "<rdv-confirm-99410221@medirdv.example>",
              before=(rcv("mail.medirdv.example", "203.0.113.91", when, PARIS, "Md1rVd"),))
    return message(hs, html(hbody))


# --- 43. Flat viewing in Orléans (FR)
@neg(43, "flat_viewing", "fr", None, "Estate agent confirms a flat viewing samedi 7 novembre à 10h",
     days=(("Sat", "2026-11-07"),))
def n43() -> bytes:
    when = "2026-11-03 13:12"
    body = t("""
        Bonjour Monsieur Lefèvre,

        Je vous confirme la visite du T3 rue de Bourgogne (réf. 45-1187) samedi 7 novembre à 10h.
        Rendez-vous directement devant l'immeuble, au 64. Pensez à apporter vos trois derniers bulletins
        de salaire si vous souhaitez déposer un dossier dans la foulée.

        Cordialement,
        Nicolas Vidal
        Orléans Immo Centre - 02 38 00 00 00
        """)
    hs = head(addr("Nicolas Vidal", "n.vidal@orleans-immo-centre.fr"), "Visite T3 rue de Bourgogne - samedi 10h",
              when, PARIS, "<20261103121200.NV4518@orleans-immo-centre.fr>",
              before=(rcv("smtp.orleans-immo-centre.fr", "178.32.10.77", when, PARIS, "Oi2vNd"),))
    return message(hs, text(body, charset="iso-8859-15"))


# --- 44. Parent-teacher meeting via the school's portal (FR)
@neg(44, "parent_teacher", "fr", None, "School portal: parent-teacher meeting jeudi 5 novembre à 17h15",
     days=(("Thu", "2026-11-05"),))
def n44() -> bytes:
    when = "2026-10-30 18:00"
    body = t("""
        Bonjour,

        Votre rendez-vous de la rencontre parents-enseignants est confirmé :

        Élève : Jules LEFEVRE (CE2 B)
        Enseignante : Mme Moreau
        Date : jeudi 5 novembre 2026 à 17h15 (10 minutes)
        Lieu : école élémentaire Paul-Bert, salle 6

        L'équipe pédagogique

        --
        Message envoyé depuis l'ENT Écoles Touraine. Ne pas répondre.
        """)
    hs = head(addr("ENT Écoles Touraine", "ne-pas-repondre@ent-ecoles-touraine.fr"),
              "Rencontre parents-enseignants : rendez-vous confirmé", when, PARIS,
              "<ent.rdv.6621904@ent-ecoles-touraine.fr>",
              before=(rcv("mail.ent-ecoles-touraine.fr", "193.49.48.20", when, PARIS, "En4tPb"),))
    return message(hs, text(body))


# --- 45. Team event at the current job: Outlook meeting request (FR)
@neg(45, "work_meeting", "fr", None,
     "Outlook meeting request from his current manager: team S&OP review + lunch, ven. 18 sept. 9h30; "
     "not a job interview", days=(("Fri", "2026-09-18"),))
def n45() -> bytes:
    when = "2026-09-07 08:41"
    body = t("""
        Quand : vendredi 18 septembre 2026 09:30-12:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Chenonceau, bâtiment A

        Bonjour à tous,

        Comme chaque trimestre, revue S&OP de l'équipe suivie d'un déjeuner ensemble au restaurant d'entreprise.
        Merci de préparer vos indicateurs (taux de service, couverture, ruptures) pour vos familles produits.

        Stéphanie
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Stéphanie Girard:mailto:stephanie.girard@valdoria-pharma.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefèvre:mailto:hugo.lefevre@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Équipe Supply Tours:mailto:supply-tours@valdoria-pharma.fr
        UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000AA01
        SUMMARY;LANGUAGE=fr-FR:Revue S&OP trimestrielle + déjeuner d'équipe
        DTSTART;TZID=Romance Standard Time:20260918T093000
        DTEND;TZID=Romance Standard Time:20260918T120000
        DTSTAMP:20260907T064100Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Chenonceau\\, bâtiment A
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Stéphanie Girard", "stephanie.girard@valdoria-pharma.fr"),
              "Revue S&OP trimestrielle + déjeuner d'équipe", when, PARIS,
              "<PR1P264MB3102A0B1C2D3E4F5A6B7C8D9E0F1A2B3@PR1P264MB3102.FRAP264.PROD.OUTLOOK.COM>",
              to=addr("Hugo Lefèvre", "hugo.lefevre@example.com"),
              before=(rcv("mail-pr1fra01on2050.outbound.protection.outlook.com", "40.107.12.50", when, PARIS,
                          "Vd1sOp", to="hugo.lefevre@example.com"),),
              after=(("Content-Language", "fr-FR"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --- 46. Hugo asked to sit on an interview panel for a candidate at his current job (FR)
@neg(46, "interviewer_invite", "fr", None,
     "HR at his current employer invites Hugo to interview a candidate (mar. 17 nov. 10:00, ICS): Hugo is the "
     "interviewer, not the candidate", days=(("Tue", "2026-11-17"),))
def n46() -> bytes:
    when = "2026-11-09 15:20"
    body = t("""
        Quand : mardi 17 novembre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Azay, bâtiment A

        Bonjour Hugo,

        Comme évoqué avec Stéphanie, je te propose de faire partie du jury pour l'entretien de Chloé Besnard,
        candidate au poste d'approvisionneur (CDD 6 mois). Tu trouveras son CV en pièce jointe sur le Teams RH.
        Tu pourrais prendre la partie cas pratique (calcul de point de commande) ?

        Merci !
        Anaïs Leroy
        RH – Valdoria Pharma, site de Tours
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Anaïs Leroy:mailto:anais.leroy@valdoria-pharma.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lefèvre:mailto:hugo.lefevre@example.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stéphanie Girard:mailto:stephanie.girard@valdoria-pharma.fr
        UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000BB02
        SUMMARY;LANGUAGE=fr-FR:Entretien candidate - Approvisionneur CDD (C. Besnard)
        DTSTART;TZID=Romance Standard Time:20261117T100000
        DTEND;TZID=Romance Standard Time:20261117T110000
        DTSTAMP:20261109T142000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Azay\\, bâtiment A
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Anaïs Leroy", "anais.leroy@valdoria-pharma.fr"),
              "Entretien candidate - Approvisionneur CDD (C. Besnard)", when, PARIS,
              "<PR1P264MB3102B1C2D3E4F5A6B7C8D9E0F1A2B3C4@PR1P264MB3102.FRAP264.PROD.OUTLOOK.COM>",
              to=addr("Hugo Lefèvre", "hugo.lefevre@example.com"),
              before=(rcv("mail-pr1fra01on2061.outbound.protection.outlook.com", "40.107.12.61", when, PARIS,
                          "Vd2iNv", to="hugo.lefevre@example.com"),),
              after=(("Content-Language", "fr-FR"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --- 47. Out-of-office reply from a recruiter (FR + EN)
@neg(47, "auto_reply", "fr", "Biocéane",
     "Out-of-office auto-reply (Auto-Submitted: auto-replied) to Hugo's thank-you note; dates of absence only",
     days=(("Mon", "2026-10-19"),))
def n47() -> bytes:
    when = "2026-10-02 08:03"
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 19 octobre inclus, avec un accès limité à mes e-mails.
        Pour toute question urgente concernant un recrutement, merci d'écrire à recrutement@bioceane.fr.

        Hello, I am out of the office until Monday 19 October with limited access to email.
        For urgent recruiting matters, please contact recrutement@bioceane.fr.

        Maëlle Guérin
        """)
    hs = head(addr("Maëlle Guérin", "maelle.guerin@bioceane.fr"),
              "Réponse automatique : Merci pour l'entretien d'hier", when, PARIS,
              "<AS8PR04MB8120OOF5D6E7F8A9B0C1D2E3F4A5B6C7@AS8PR04MB8120.eurprd04.prod.outlook.com>",
              before=(rcv("mail-as8eur04on2082.outbound.protection.outlook.com", "40.107.7.82", when, PARIS,
                          "Oo1fBc"),),
              after=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAH7pLq8Mc4@mail.example.org>")))
    return message(hs, text(body))


# --- 48. Bounce of Hugo's own reply confirming an interview (FR subject, DSN)
@neg(48, "bounce", "fr", None,
     "Delivery failure report for Hugo's own reply 'Re: Entretien jeudi 10h'; the quoted headers and text "
     "mention the interview, but the mail is a bounce", days=(("Thu", "2026-11-26"),))
def n48() -> bytes:
    when = "2026-11-23 19:05"
    human = t("""
        Ceci est un message automatique du serveur de messagerie example.org.

        Votre message n'a pas pu être remis à un ou plusieurs destinataires :

          nathalie.morel@medixa.fr.com
          Raison : le domaine medixa.fr.com n'existe pas (NXDOMAIN).

        Objet du message : Re: Entretien jeudi 10h
        Envoyé le : lun. 23 nov. 2026 19:04

        Extrait du message :
        > Bonjour Nathalie, c'est parfait pour jeudi 26 novembre à 10h, à bientôt. Hugo
        """)
    dsn = t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: Mon, 23 Nov 2026 19:04:58 +0100

        Final-Recipient: rfc822; nathalie.morel@medixa.fr.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; 550 5.1.2 Host unknown (Name server: medixa.fr.com: host not found)
        """)
    orig_headers = t("""
        From: =?utf-8?q?Hugo_Lef=C3=A8vre?= <hugo.lefevre@example.org>
        To: Nathalie Morel <nathalie.morel@medixa.fr.com>
        Subject: Re: Entretien jeudi 10h
        Date: Mon, 23 Nov 2026 19:04:51 +0100
        Message-ID: <CAH7pLq7Bx9@mail.example.org>
        """)
    report = multipart("report", text(human), raw_part([("Content-Type", "message/delivery-status")], dsn),
                       raw_part([("Content-Type", "text/rfc822-headers")], orig_headers),
                       params="report-type=delivery-status")
    hs = [rcv("mx1.example.org", "192.0.2.1", when, PARIS, "Bn0uNc"),
          ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")), ("To", HUGO),
          ("Subject", enc("Non remis : Re: Entretien jeudi 10h")), ("Date", date(when, PARIS)),
          ("Message-ID", "<20261123180505.5A1C2B3D4E@mx1.example.org>"), ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


# --- 49. Job offer after the second interview (FR)
@neg(49, "offer", "fr", "Galenix",
     "Written offer after the interviews; only a reply deadline (vendredi 4 décembre, 12h)",
     days=(("Fri", "2026-12-04"),))
def n49() -> bytes:
    when = "2026-11-26 18:20"
    body = t("""
        Bonjour Hugo,

        Suite à nos deux entretiens, j'ai le plaisir de te transmettre notre proposition pour le poste
        d'Analyste Supply Chain chez Galenix (CDI, Orléans, 2 jours de télétravail par semaine) :

        - rémunération fixe : 46 k€ bruts annuels + variable jusqu'à 8 %
        - prise de poste souhaitée : lundi 4 janvier 2027
        - mutuelle prise en charge à 70 %, tickets restaurant

        La promesse d'embauche est en pièce jointe sur notre outil de signature. Peux-tu nous donner ta
        réponse d'ici le vendredi 4 décembre, 12h ? N'hésite pas à m'appeler si tu as des questions.

        Toute l'équipe a vraiment hâte de travailler avec toi !

        Julien
        """)
    hs = head(addr("Julien Marchal", "julien.marchal@galenix.fr"), "Proposition d'embauche - Galenix", when,
              PARIS, "<PR0P264MB2210D1E2F3A4B5C6D7E8F9A0B1C2D3E4@PR0P264MB2210.FRAP264.PROD.OUTLOOK.COM>",
              before=(rcv("mail-pr0fra01on2071.outbound.protection.outlook.com", "40.107.12.71", when, PARIS,
                          "Gx3oFr"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 50. Mailing-list meetup announcement (FR)
@neg(50, "meetup_mailing_list", "fr", None,
     "Mailing-list meetup announcement (List-Id), jeudi 8 octobre à 18h30; not an interview",
     days=(("Thu", "2026-10-08"),))
def n50() -> bytes:
    when = "2026-09-29 12:40"
    body = t("""
        Bonjour à toutes et à tous,

        Prochain afterwork du groupe jeudi 8 octobre à 18h30, au Tiers-Lieu Mame (49 boulevard Preuilly, Tours).

        Au programme : « Chaîne du froid pharma : ce que la sérialisation a changé », retour d'expérience
        de deux responsables logistiques, puis questions et apéro. Entrée libre, inscription conseillée :
        https://framaforms.example/afterwork-sc-vdl-octobre

        Vincent, pour l'asso Supply Chain Val de Loire

        --
        Vous recevez ce message car vous êtes abonné au groupe « supplychain-vdl ».
        Pour vous désabonner : supplychain-vdl+unsubscribe@googlegroups.com
        """)
    hs = head(addr("Vincent Aubry", "vincent.aubry@example.net"),
              "[supplychain-vdl] Afterwork jeudi 8 octobre : chaîne du froid pharma", when, PARIS,
              "<CAMv9Bx1r0Hq@mail.gmail.com>",
              to="supplychain-vdl@googlegroups.com",
              before=(rcv("mail-sor-f65.google.com", "209.85.220.65", when, PARIS, "Gg5mSc"),),
              after=(("Reply-To", "supplychain-vdl@googlegroups.com"),
                     ("List-Id", "<supplychain-vdl.googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:supplychain-vdl+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list"), ("Mailing-list", "list supplychain-vdl@googlegroups.com")))
    return message(hs, text(body))
