"""Blind held-out set blind359: 50 hand-written mails, the inbox of an actuary in Niort.

Written on 2026-11-28 by a helper session (Claude, an AI assistant) without reading the detector,
its tests or the other held-out mails. Keys 1-23 are positives, 24-50 negatives; the file number
of key k is ORDER[k - 1].
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

SET = "blind359"
ORDER = random.Random(3590359).sample(range(1, 51), 50)

ME = "clement.baudouin@example.com"
ME2 = "clement.baudouin@example.org"
OWNER = addr("Clément Baudouin", ME)
PARIS = "Europe/Paris"
LUX = "Europe/Luxembourg"
LONDON = "Europe/London"
BXL = "Europe/Brussels"

VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_BXL = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Brussels")


def name(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def pos(k: int, *, family: str, lang: str, kind: str, local: str, zone: str, contact: str | None,
        company: str, note: str, local_end: str | None = None):
    rest = local.split(" ", 1)[1]
    return mail(name(k), family=family, lang=lang, interview=True, kind=kind, start=utc(rest, zone),
                end=utc(local_end, zone) if local_end else None, contact=contact, company=company,
                note=note, local=local, local_end=local_end, zone=zone)


def neg(k: int, *, family: str, lang: str, company: str | None, note: str,
        days: tuple[tuple[str, str], ...] = ()):
    return mail(name(k), family=family, lang=lang, interview=False, company=company, note=note, days=days)


def head(frm: str, subject: str, when: str, zone: str, mid: str, to: str = OWNER,
         extra: tuple[tuple[str, str], ...] = (), rcv: tuple[str, str] | None = None,
         rcpt: str = ME) -> list[tuple[str, str]]:
    h: list[tuple[str, str]] = []
    if rcv:
        h.append(("Received", received(rcv[0], when, zone, rcv[1], rcpt)))
    h += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
          ("Message-ID", mid)]
    h += list(extra)
    return h


def stamp(when: str, zone: str) -> str:
    return utc(when, zone).replace("-", "").replace(":", "")


def vcal(prodid: str, method: str | None, vtz: str | None, event: str) -> str:
    parts = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        parts.append(f"METHOD:{method}")
    if vtz:
        parts.append(vtz)
    parts += ["BEGIN:VEVENT", t(event).strip("\n"), "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(parts)


MX = "mx1.example.com (Postfix)"

# =========================================================================== positives


@pos(1, family="teamtailor", lang="fr", kind="scheduled", local="Thu 2026-09-10 14:00", zone=PARIS,
     local_end="2026-09-10 14:45", contact="aurelie.fradin@sevre-mutuelle.fr", company="Sèvre Mutuelle",
     note="Teamtailor confirmation in French, 14:00-14:45 heure de Paris (CEST, UTC+2); ICS Europe/Paris; "
          "contact = Reply-To recruiter")
def m01():
    body = t("""
        Bonjour Clément,

        Merci d'avoir choisi un créneau. Votre entretien pour le poste d'Actuaire Provisionnement
        (H/F) – CDI – Niort est confirmé :

        📅 jeudi 10 septembre 2026
        🕑 14:00 – 14:45 (heure de Paris)
        📍 Sèvre Mutuelle, 41 avenue de Limoges, 79000 Niort – accueil du bâtiment B

        Vous rencontrerez Aurélie Fradin (Chargée de recrutement) et Pierre Roussel (Responsable
        du pôle Actuariat technique).

        Pensez à vous munir d'une pièce d'identité pour l'accueil. Si vous avez un empêchement,
        répondez simplement à ce message.

        À très bientôt,
        L'équipe recrutement Sèvre Mutuelle

        --
        Envoyé via Teamtailor · Gérer mes données : https://sevremutuelle.teamtailor.com/fr/connect
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px;color:#1d1d1d">
        <p>Bonjour Clément,</p>
        <p>Merci d'avoir choisi un créneau. Votre entretien pour le poste d'<b>Actuaire Provisionnement
        (H/F) – CDI – Niort</b> est confirmé :</p>
        <table cellpadding="4"><tr><td>📅</td><td>jeudi 10 septembre 2026</td></tr>
        <tr><td>🕑</td><td>14:00 – 14:45 (heure de Paris)</td></tr>
        <tr><td>📍</td><td>Sèvre Mutuelle, 41 avenue de Limoges, 79000 Niort – accueil du bâtiment B</td></tr></table>
        <p>Vous rencontrerez Aurélie Fradin (Chargée de recrutement) et Pierre Roussel (Responsable du pôle
        Actuariat technique).</p>
        <p>Pensez à vous munir d'une pièce d'identité pour l'accueil. Si vous avez un empêchement, répondez
        simplement à ce message.</p>
        <p>À très bientôt,<br>L'équipe recrutement Sèvre Mutuelle</p>
        <p style="color:#999;font-size:11px">Envoyé via Teamtailor</p>
        </body></html>
        """)
    ics = vcal("-//Teamtailor//Interview//FR", "REQUEST", VTZ["Europe/Paris"], """
        UID:tt-interview-58213-44091@teamtailor.com
        DTSTAMP:20260908T071204Z
        DTSTART;TZID=Europe/Paris:20260910T140000
        DTEND;TZID=Europe/Paris:20260910T144500
        SUMMARY:Entretien – Actuaire Provisionnement (H/F) – Sèvre Mutuelle
        LOCATION:Sèvre Mutuelle\\, 41 avenue de Limoges\\, 79000 Niort
        ORGANIZER;CN=Aurélie Fradin:mailto:aurelie.fradin@sevre-mutuelle.fr
        ATTENDEE;CN=Clément Baudouin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:clement.baudouin@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    return message(
        head(addr("Sèvre Mutuelle", "no-reply@teamtailor-mail.com"),
             "Entretien confirmé – Actuaire Provisionnement (H/F)", "2026-09-08 09:12", PARIS,
             "<0102019a3c1f.tt.58213.44091@teamtailor-mail.com>",
             extra=(("Reply-To", addr("Aurélie Fradin", "aurelie.fradin@sevre-mutuelle.fr")),),
             rcv=("from a27-14.smtp-out.eu-west-1.amazonses.com (a27-14.smtp-out.eu-west-1.amazonses.com)",
                  MX)),
        mixed(alt(text(body), html(page)),
              calendar(ics, method="REQUEST", cte="base64", filename="entretien.ics",
                       disposition="attachment")))


@pos(2, family="human_prose", lang="fr", kind="rescheduled", local="Mon 2026-09-14 10:30", zone=PARIS,
     contact="aurelie.fradin@sevre-mutuelle.fr", company="Sèvre Mutuelle",
     note="Recruiter moves tomorrow's 14:00 interview to lundi 14 septembre 10h30 (CEST); old and new time "
          "in the same mail; no duration; iso-8859-1 QP")
def m02():
    body = t("""
        Bonjour Clément,

        Comme évoqué au téléphone tout à l'heure, M. Roussel est retenu demain après-midi par un
        comité qui a été avancé. Je vous confirme donc le report de notre entretien, initialement
        prévu demain jeudi à 14h00 :

        => nouvelle date : lundi 14 septembre à 10h30, même adresse (bâtiment B, 41 avenue de Limoges).

        Je vous prie de nous excuser pour ce changement de dernière minute et vous remercie de votre
        souplesse.

        Bien cordialement,

        Aurélie Fradin
        Chargée de recrutement - Direction des Ressources Humaines
        Sèvre Mutuelle
        05 49 00 00 00

        Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de
        leur destinataire. Si vous avez reçu ce message par erreur, merci d'en avertir
        immédiatement l'expéditeur et de le détruire.
        """)
    return message(
        head(addr("Aurélie Fradin", "aurelie.fradin@sevre-mutuelle.fr", "iso-8859-1"),
             "Entretien de demain - changement d'horaire", "2026-09-09 17:48", PARIS,
             "<AM9P193MB1120D4B8E2C1F0@AM9P193MB1120.EURP193.PROD.OUTLOOK.COM>",
             extra=(("Importance", "high"),)),
        text(body, charset="iso-8859-1"))


def _thames_ics(seq: int, day: str, start: str, end: str, stamp_: str) -> str:
    return vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ["GMT Standard Time"], f"""
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@thamesbridge.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clément Baudouin:mailto:clement.baudouin@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitcombe:mailto:james.whitcombe@thamesbridge.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Clément\\, first-round interview for the Senior Pricing Actuary role. Microsoft Teams link below.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0B5C1E7A53FDC01000000000000000010000000B3F2
        SUMMARY;LANGUAGE=en-GB:Interview: Senior Pricing Actuary – Clément Baudouin
        DTSTART;TZID=GMT Standard Time:{day}T{start}
        DTEND;TZID=GMT Standard Time:{day}T{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp_}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        """)


TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4>
    Meeting ID: 381 552 907 114
    Passcode: k7Vb3Q
    Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options
    ________________________________________________________________________________
    """)


@pos(3, family="outlook_calendar", lang="en", kind="scheduled", local="Tue 2026-09-22 10:00", zone=LONDON,
     local_end="2026-09-22 11:00", contact="priya.natarajan@thamesbridge.co.uk",
     company="Thamesbridge Insurance",
     note="Exchange meeting request, TZID 'GMT Standard Time'; the body's '(UTC+00:00) Dublin, Edinburgh, "
          "Lisbon, London' label shows the standard offset, but 22 Sept is BST, so 10:00 London = 09:00Z")
def m03():
    body = t("""
        When: Tuesday, 22 September 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Clément,

        Thanks for making time for us. As discussed, this first conversation will be with me and
        James Whitcombe (Head of Pricing, Commercial Lines). We'll talk through your experience
        in reserving and pricing at your current mutual and a little about the team here.

        No preparation needed beyond your CV. Do shout if the time stops working for you.

        Kind regards,
        Priya

        Priya Natarajan | Talent Partner, Actuarial & Finance
        Thamesbridge Insurance plc | 20 Fenchurch Walk, London EC3M 4AA

        """) + TEAMS + t("""
        Thamesbridge Insurance plc is authorised by the Prudential Regulation Authority and
        regulated by the Financial Conduct Authority and the PRA. Registered in England No. 0000000.
        """)
    ics = _thames_ics(0, "20260922", "100000", "110000", "20260914T100512Z")
    return message(
        head(addr("Priya Natarajan", "priya.natarajan@thamesbridge.co.uk"),
             "Interview: Senior Pricing Actuary – Clément Baudouin", "2026-09-14 11:05", LONDON,
             "<LO2P265MB5871A0C4E3AF2B1D9A7C2E8BD@LO2P265MB5871.GBRP265.PROD.OUTLOOK.COM>",
             extra=(("Thread-Topic", enc("Interview: Senior Pricing Actuary - Clément Baudouin")),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))),
        alt(text(body, cte="quoted-printable"), calendar(ics, method="REQUEST", cte="base64")))


@pos(4, family="outlook_calendar", lang="en", kind="rescheduled", local="Wed 2026-09-23 14:00", zone=LONDON,
     local_end="2026-09-23 15:00", contact="priya.natarajan@thamesbridge.co.uk",
     company="Thamesbridge Insurance",
     note="Exchange update (same UID, SEQUENCE:1) moving Tuesday 10:00 to Wednesday 14:00-15:00 London "
          "(BST, so 13:00Z); 'Updated:' subject; GMT Standard Time")
def m04():
    body = t("""
        When: Wednesday, 23 September 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Clément,

        Apologies for the shuffle - James is now flying back from Zurich on Tuesday, so I've moved
        us to Wednesday afternoon, 2pm UK time (3pm for you in Niort). Same Teams link.

        Thanks for bearing with us,
        Priya

        """) + TEAMS
    ics = _thames_ics(1, "20260923", "140000", "150000", "20260918T152031Z")
    return message(
        head(addr("Priya Natarajan", "priya.natarajan@thamesbridge.co.uk"),
             "Updated: Interview: Senior Pricing Actuary – Clément Baudouin", "2026-09-18 16:20", LONDON,
             "<LO2P265MB5871B19F0E44C0A67D21FB2CA@LO2P265MB5871.GBRP265.PROD.OUTLOOK.COM>"),
        alt(text(body, cte="quoted-printable"), calendar(ics, method="REQUEST", cte="base64")))


@pos(5, family="workday", lang="fr", kind="scheduled", local="Fri 2026-10-02 09:30", zone=LUX,
     local_end="2026-10-02 10:30", contact="sophie.weis@moselle-life.lu", company="Moselle Life",
     note="Workday confirmation in French from Luxembourg, 09:30-10:30 heure de Luxembourg (CEST) = 07:30Z; "
          "no-reply sender, contact = recruiter address in the body")
def m05():
    body = t("""
        Bonjour Clément Baudouin,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :

        Poste : Actuaire Solvabilité II (R-04418)
        Date : vendredi 2 octobre 2026
        Heure : 09:30 – 10:30 (heure de Luxembourg, CEST)
        Format : visioconférence Microsoft Teams (le lien vous sera envoyé la veille)
        Interlocutrice : Sophie Weis, Talent Acquisition Partner – sophie.weis@moselle-life.lu

        Vous pouvez consulter le statut de votre candidature à tout moment depuis votre espace
        candidat : https://moselle-life.wd3.myworkdayjobs.com/fr-FR/Careers

        Cordialement,
        Moselle Life S.A. – Ressources Humaines
        12, boulevard Royal-Fictif, L-2449 Luxembourg

        Ce message a été généré automatiquement, merci de ne pas y répondre.
        """)
    return message(
        head(addr("Moselle Life", "moselle-life@myworkday.com"),
             "Confirmation de votre entretien – Actuaire Solvabilité II (R-04418)", "2026-09-24 14:30", LUX,
             "<1658437110.28841.1790253000112@wd3-prod-mta-02.myworkday.com>"),
        text(body, cte="base64"))


def _moselle_ics(method: str, seq: int, status: str, stamp_: str) -> str:
    return vcal("Microsoft Exchange Server 2010", method, VTZ["W. Europe Standard Time"], f"""
        ORGANIZER;CN=Marc Hoffmann:mailto:marc.hoffmann@moselle-life.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.baudouin@example.com:mailto:clement.baudouin@example.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Weis:mailto:sophie.weis@moselle-life.lu
        UID:040000008200E00074C5B7101A82E00800000000F1C6A4D2E54BDC01000000000000000010000000A91E
        SUMMARY;LANGUAGE=fr-FR:Entretien technique – Clément Baudouin
        DTSTART;TZID=W. Europe Standard Time:20261020T160000
        DTEND;TZID=W. Europe Standard Time:20261020T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp_}
        TRANSP:OPAQUE
        STATUS:{status}
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=fr-FR:Moselle Life - salle Kirchberg 3.12
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if method == "CANCEL" else "TENTATIVE"}
        X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if method == "CANCEL" else "BUSY"}
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:{"2" if method == "CANCEL" else "1"}
        X-MICROSOFT-CDO-INSTTYPE:0
        """)


@pos(7, family="outlook_calendar", lang="fr", kind="scheduled", local="Tue 2026-10-20 16:00", zone=LUX,
     local_end="2026-10-20 17:00", contact="marc.hoffmann@moselle-life.lu", company="Moselle Life",
     note="Second round as an Exchange invitation, TZID 'W. Europe Standard Time' (same offsets as "
          "Luxembourg), 16:00-17:00 CEST = 14:00Z; organizer is the hiring manager")
def m07():
    body = t("""
        Quand : mardi 20 octobre 2026 16:00-17:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Moselle Life - salle Kirchberg 3.12

        Bonjour Clément,

        Suite à votre échange avec Sophie, je vous propose un entretien technique dans nos locaux.
        Nous aborderons votre pratique de la formule standard et des calculs de Best Estimate,
        puis un petit cas pratique (sans préparation).

        Merci d'accepter l'invitation pour confirmation.

        Bien à vous,

        Marc Hoffmann
        Head of Actuarial Function
        Moselle Life S.A.
        T +352 00 00 00 00
        """)
    ics = _moselle_ics("REQUEST", 0, "CONFIRMED", "20261012T065011Z")
    return message(
        head(addr("Marc Hoffmann", "marc.hoffmann@moselle-life.lu"),
             "Entretien technique – Clément Baudouin", "2026-10-12 08:50", LUX,
             "<DB9PR08MB6617C2A1B0E8F44D1A5A0F3E9@DB9PR08MB6617.eurprd08.prod.outlook.com>",
             extra=(("Cc", addr("Sophie Weis", "sophie.weis@moselle-life.lu")),)),
        alt(text(body), html("<html><body><pre>" + body.replace("&", "&amp;").replace("<", "&lt;")
                             + "</pre></body></html>\n"),
            calendar(ics, method="REQUEST", cte="base64")))


@pos(6, family="outlook_calendar", lang="fr", kind="cancelled", local="Tue 2026-10-20 16:00", zone=LUX,
     local_end="2026-10-20 17:00", contact="marc.hoffmann@moselle-life.lu", company="Moselle Life",
     note="Exchange METHOD:CANCEL for the 20 October 16:00-17:00 (Luxembourg, CEST) technical interview; "
          "recruitment suspended, no new time")
def m06():
    body = t("""
        Quand : mardi 20 octobre 2026 16:00-17:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Moselle Life - salle Kirchberg 3.12

        Bonjour Clément,

        Je suis au regret de devoir annuler notre entretien de mardi. Suite à une réorganisation de
        la fonction actuarielle décidée cette semaine, le recrutement sur ce poste est suspendu
        pour le moment. Sophie reviendra vers vous dès que nous aurons de la visibilité.

        Toutes mes excuses pour ce contretemps.

        Marc Hoffmann
        """)
    ics = _moselle_ics("CANCEL", 1, "CANCELLED", "20261015T160244Z")
    return message(
        head(addr("Marc Hoffmann", "marc.hoffmann@moselle-life.lu"),
             "Annulé : Entretien technique – Clément Baudouin", "2026-10-15 18:02", LUX,
             "<DB9PR08MB66178E0C3D2A9B61F4C2D7A01@DB9PR08MB6617.eurprd08.prod.outlook.com>",
             extra=(("Importance", "high"),)),
        alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@pos(8, family="lever", lang="fr", kind="scheduled", local="Thu 2026-10-08 11:00", zone=PARIS,
     local_end="2026-10-08 12:00", contact="camille.legoff@loire-assurtech.fr", company="Loire Assurtech",
     note="Lever confirmation in French, 11h00-12h00 (CEST) in Nantes = 09:00Z; contact = Reply-To")
def m08():
    body = t("""
        Bonjour Clément,

        Votre entretien avec Loire Assurtech est confirmé.

        Poste : Actuaire Data Scientist
        Quand : jeudi 8 octobre 2026 de 11h00 à 12h00 (heure d'été d'Europe centrale)
        Où : Loire Assurtech, 3 rue de la Tour-Fictive, 44200 Nantes (Île de Nantes), 2e étage

        Participants :
        - Camille Le Goff, Talent Acquisition
        - Yann Prigent, Lead Data Science

        Un souci ? Répondez à cet e-mail, Camille le recevra directement.

        À jeudi,
        L'équipe Loire Assurtech
        """)
    ics = vcal("-//Lever//Lever Hire//EN", "REQUEST", None, """
        UID:lever-7f3e1d2a-9c44-4b1e-8d0b-2f6a91c3e5d7
        DTSTAMP:20261005T131002Z
        DTSTART:20261008T090000Z
        DTEND:20261008T100000Z
        SUMMARY:Entretien Loire Assurtech – Clément Baudouin
        LOCATION:Loire Assurtech\\, 3 rue de la Tour-Fictive\\, 44200 Nantes
        ORGANIZER;CN=Camille Le Goff:mailto:camille.legoff@loire-assurtech.fr
        ATTENDEE;CN=Clément Baudouin;RSVP=TRUE:mailto:clement.baudouin@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    return message(
        head(addr("Loire Assurtech", "no-reply@hire.lever.co"),
             "Entretien confirmé : Actuaire Data Scientist – Loire Assurtech", "2026-10-05 15:10", PARIS,
             "<20261005131002.1.7f3e1d2a9c44@hire.lever.co>",
             extra=(("Reply-To", addr("Camille Le Goff", "camille.legoff@loire-assurtech.fr")),)),
        mixed(text(body, cte="8bit"),
              calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True, cte="base64")))


@pos(9, family="calendly", lang="fr", kind="scheduled", local="Tue 2026-10-27 15:00", zone=PARIS,
     local_end="2026-10-27 15:30", contact="julien.mabire@erdre-actuariat.fr", company="Erdre Actuariat Conseil",
     note="Calendly invitee confirmation in French, sent in CEST on 23 Oct for 27 Oct 15:00 CET (after the "
          "25 Oct change) = 14:00Z; 30 min; ICS in UTC; contact = Reply-To host")
def m09():
    body = t("""
        Bonjour Clément Baudouin,

        Un nouvel événement a été planifié.

        Type d'événement :
        Premier entretien – Actuaire consultant (30 min)

        Organisateur :
        Julien Mabire

        Date/heure de l'événement :
        15:00 - 15:30, mardi 27 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Google Meet – les informations de connexion figurent dans l'invitation.

        Réponses :
        Pourquoi le conseil ? : Envie de varier les sujets après 6 ans en mutuelle.

        Voir l'événement dans Calendly : https://calendly.com/events/8c1d2e0f/invitee
        Annuler | Reprogrammer

        Vous avez reçu cet e-mail car Julien Mabire utilise Calendly.
        """)
    ics = vcal("-//Calendly//Calendly 1.0//EN", "REQUEST", None, """
        UID:8c1d2e0f-41b7-4d83-a6d2-b9e53c17f0aa@calendly.com
        DTSTAMP:20261023T164012Z
        DTSTART:20261027T140000Z
        DTEND:20261027T143000Z
        SUMMARY:Premier entretien – Actuaire consultant entre Julien Mabire et Clément Baudouin
        ORGANIZER;CN=Julien Mabire:mailto:julien.mabire@erdre-actuariat.fr
        ATTENDEE;CN=Clément Baudouin;PARTSTAT=ACCEPTED:mailto:clement.baudouin@example.com
        LOCATION:Google Meet
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    return message(
        head(addr("Calendly", "notifications@calendly.com"),
             "Confirmé : Clément Baudouin et Julien Mabire le mardi 27 octobre 2026", "2026-10-23 18:40", PARIS,
             "<calendly.8c1d2e0f.invitee.created@calendly.com>",
             extra=(("Reply-To", addr("Julien Mabire", "julien.mabire@erdre-actuariat.fr")),)),
        mixed(alt(text(body), html("<html><body>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                                   + "</body></html>\n")),
              calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="quoted-printable")))


@pos(10, family="ms_bookings", lang="fr", kind="scheduled", local="Wed 2026-09-30 09:00", zone=PARIS,
     local_end="2026-09-30 10:00", contact=None, company="Océane Prévoyance",
     note="Microsoft Bookings from a shared mailbox; the zone label '(UTC+01:00) Bruxelles, Copenhague, "
          "Madrid, Paris' shows the standard offset but 30 Sept is CEST, so 07:00Z (ICS Romance Standard "
          "Time agrees); staff name only, no personal address -> contact null")
def m10():
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',sans-serif">
        <h2>Votre rendez-vous est confirmé</h2>
        <p>Bonjour Clément Baudouin,</p>
        <p>Merci d'avoir réservé auprès de <b>Océane Prévoyance – Recrutement</b>.</p>
        <table>
        <tr><td><b>Service</b></td><td>Entretien RH – Actuaire produit (La Rochelle)</td></tr>
        <tr><td><b>Date</b></td><td>mercredi 30 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>09:00 - 10:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td><b>Personnel</b></td><td>Nathalie Giraud</td></tr>
        <tr><td><b>Lieu</b></td><td>Rejoindre la réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/OceanePrevoyanceRecrutement@oceane-prevoyance.fr/bookings/">Gérer la réservation</a></p>
        <p style="font-size:11px;color:#666">Cet e-mail a été envoyé par Microsoft Bookings.</p>
        </body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ_ROMANCE, """
        ORGANIZER;CN=Océane Prévoyance – Recrutement:mailto:OceanePrevoyanceRecrutement@oceane-prevoyance.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clément Baudouin:mailto:clement.baudouin@example.com
        UID:040000008200E00074C5B7101A82E0080000000063A19C0B1E3BDC0100000000000000001000000044C7
        SUMMARY;LANGUAGE=fr-FR:Entretien RH – Actuaire produit (La Rochelle)
        DTSTART;TZID=Romance Standard Time:20260930T090000
        DTEND;TZID=Romance Standard Time:20260930T100000
        DTSTAMP:20260928T090004Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        """)
    return message(
        head(addr("Océane Prévoyance – Recrutement", "OceanePrevoyanceRecrutement@oceane-prevoyance.fr"),
             "Rendez-vous confirmé : Entretien RH – Actuaire produit (La Rochelle)", "2026-09-28 11:00", PARIS,
             "<PR3P191MB1408A56C0E7F3D2B@PR3P191MB1408.EURP191.PROD.OUTLOOK.COM>"),
        alt(html(page), calendar(ics, method="REQUEST", cte="base64")))


@pos(11, family="ashby", lang="en", kind="scheduled", local="Thu 2026-11-05 15:00", zone=LONDON,
     local_end="2026-11-05 15:45", contact="oliver.brennan@kittiwakecover.co.uk", company="Kittiwake Cover",
     note="Ashby confirmation, 3:00-3:45 PM GMT (after 25 Oct, London = UTC); ICS in UTC; contact = Reply-To")
def m11():
    body = t("""
        Hi Clément,

        You're all set! Here are the details of your upcoming interview with Kittiwake Cover.

        Pricing Actuary - Hiring Manager Interview
        Thursday, November 5, 2026
        3:00 PM - 3:45 PM GMT
        Google Meet: https://meet.google.com/kqz-fmtr-wbd

        Interviewer:
          Oliver Brennan - Head of Pricing

        Need to reschedule? Just reply to this email and it'll reach Oliver.

        Cheers,
        The Kittiwake Cover team
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", None, """
        UID:ashby-2b9d7c1e-0f53-4e6a-b4a1-7d2c8e9f0a13
        DTSTAMP:20261102T091501Z
        DTSTART:20261105T150000Z
        DTEND:20261105T154500Z
        SUMMARY:Kittiwake Cover – Pricing Actuary – Hiring Manager Interview
        LOCATION:https://meet.google.com/kqz-fmtr-wbd
        ORGANIZER;CN=Oliver Brennan:mailto:oliver.brennan@kittiwakecover.co.uk
        ATTENDEE;CN=Clément Baudouin;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:clement.baudouin@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    return message(
        head(addr("Kittiwake Cover", "no-reply@ashbyhq.com"),
             "Interview confirmed: Pricing Actuary at Kittiwake Cover", "2026-11-02 09:15", LONDON,
             "<010201933f1e5c0a-5b3e6d21-8a4f-4c5e-9e7b-2d3f4a1b6c9e-000000@eu-west-1.amazonses.com>",
             extra=(("Reply-To", addr("Oliver Brennan", "oliver.brennan@kittiwakecover.co.uk")),)),
        mixed(alt(text(body, cte="base64"),
                  html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n", cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))



@pos(12, family="smartrecruiters", lang="fr", kind="scheduled", local="Mon 2026-11-09 10:00", zone=PARIS,
     contact="helene.carpentier@groupe-vauban.fr", company="Groupe Vauban Assurances",
     note="SmartRecruiters confirmation in French, lundi 9 novembre 10:00 (Europe/Paris, CET) = 09:00Z; "
          "'environ une heure' -> end null; contact = interviewer address in the body")
def m12():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Bonjour Clément,</p>
        <p>Nous vous confirmons votre entretien pour le poste de <b>Actuaire Tarification IARD Senior</b>.</p>
        <p><b>Date :</b> lundi 9 novembre 2026<br>
        <b>Heure :</b> 10:00 (Europe/Paris)<br>
        <b>Durée :</b> environ une heure<br>
        <b>Lieu :</b> Groupe Vauban Assurances, 18 rue de la Victoire-Fictive, 75009 Paris</p>
        <p><b>Vous rencontrerez :</b> Hélène Carpentier, Responsable Tarification
        (<a href="mailto:helene.carpentier@groupe-vauban.fr">helene.carpentier@groupe-vauban.fr</a>)</p>
        <p>Merci de vous présenter à l'accueil 10 minutes avant l'heure prévue.</p>
        <p>Cordialement,<br>L'équipe Recrutement – Groupe Vauban Assurances</p>
        <hr><p style="font-size:11px;color:#888">Powered by SmartRecruiters · Ne pas répondre à cet e-mail</p>
        </body></html>
        """)
    plain = t("""
        Bonjour Clément,

        Nous vous confirmons votre entretien pour le poste de Actuaire Tarification IARD Senior.

        Date : lundi 9 novembre 2026
        Heure : 10:00 (Europe/Paris)
        Durée : environ une heure
        Lieu : Groupe Vauban Assurances, 18 rue de la Victoire-Fictive, 75009 Paris

        Vous rencontrerez : Hélène Carpentier, Responsable Tarification (helene.carpentier@groupe-vauban.fr)

        Merci de vous présenter à l'accueil 10 minutes avant l'heure prévue.

        Cordialement,
        L'équipe Recrutement – Groupe Vauban Assurances
        """)
    return message(
        head(addr("Groupe Vauban Assurances", "noreply@smartrecruiters.com"),
             "Confirmation de votre entretien – Actuaire Tarification IARD Senior", "2026-11-04 10:02", PARIS,
             "<sr.6f1a0c2b.4e7d.interview.confirmed@smartrecruiters.com>"),
        alt(text(plain), html(page)))


@pos(21, family="rfc822_attachment", lang="fr", kind="rescheduled", local="Fri 2026-11-13 09:30", zone=PARIS,
     contact="mathilde.lemarchand@lemarchand-associes.fr", company="Groupe Vauban Assurances",
     note="Headhunter forwards the client's message as a message/rfc822 attachment: Monday 10:00 moved to "
          "vendredi 13 novembre 9h30 (CET) = 08:30Z; contact = the human sender (headhunter) by rule order")
def m21():
    inner = message([
        ("From", addr("Hélène Carpentier", "helene.carpentier@groupe-vauban.fr")),
        ("To", addr("Mathilde Lemarchand", "mathilde.lemarchand@lemarchand-associes.fr")),
        ("Subject", "RE: Candidature C. Baudouin - Actuaire Tarification"),
        ("Date", date("2026-11-06 10:41", PARIS)),
        ("Message-ID", "<PAXPR09MB5530E2F1@PAXPR09MB5530.eurprd09.prod.outlook.com>"),
    ], text(t("""
        Bonjour Mathilde,

        Un comité de tarification a été fixé lundi matin et je ne pourrai pas recevoir M. Baudouin
        à 10h comme prévu. Pourrions-nous décaler au vendredi 13 novembre à 9h30 ? Même adresse.
        Toutes mes excuses auprès de lui.

        Bien cordialement,
        Hélène Carpentier
        Responsable Tarification IARD – Groupe Vauban Assurances
        """)))
    note = t("""
        Bonjour Clément,

        Je vous transfère ci-joint le message d'Hélène Carpentier : votre entretien de lundi chez
        Groupe Vauban est déplacé au vendredi 13 novembre à 9h30, même adresse (rue de la
        Victoire). Comme vous me l'aviez dit ce matin au téléphone, je lui ai confirmé que ce
        créneau vous convenait.

        N'hésitez pas à m'appeler si besoin d'ici là.

        Bien à vous,

        Mathilde Lemarchand
        Associée – Lemarchand & Associés, conseil en recrutement
        06 00 00 00 00
        """)
    return message(
        head(addr("Mathilde Lemarchand", "mathilde.lemarchand@lemarchand-associes.fr"),
             "TR: Candidature C. Baudouin - nouvel horaire Groupe Vauban", "2026-11-06 12:15", PARIS,
             "<b3c2e9d1-77a4-4c0f-9f12-2a7c51e8d0b4@lemarchand-associes.fr>"),
        mixed(text(note), attached_message(inner, "RE Candidature C. Baudouin.eml")))


@pos(13, family="icims", lang="en", kind="cancelled", local="Thu 2026-11-12 14:00", zone=PARIS,
     contact="ines.duarte@halberdre.com", company="Halberd Re",
     note="iCIMS HTML-only cancellation, 'Thursday, November 12, 2026 at 2:00 PM (CET)' Paris = 13:00Z; "
          "no new time; contact = recruiter address in the body")
def m13():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center"><tr><td>
        <p>Dear Clément,</p>
        <p>We're writing to let you know that your interview for <strong>Senior Reserving Actuary
        (Paris)</strong>, scheduled for <strong>Thursday, November 12, 2026 at 2:00 PM (CET)</strong>,
        has been cancelled.</p>
        <p>Your recruiter, Inês Duarte (<a href="mailto:ines.duarte@halberdre.com">ines.duarte@halberdre.com</a>),
        will reach out shortly to discuss next steps.</p>
        <p>We apologize for any inconvenience.</p>
        <p>Sincerely,<br>Halberd Re Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This message was sent from an unmonitored mailbox.
        Halberd Re is an equal opportunity employer.</p>
        </td></tr></table></body></html>
        """)
    return message(
        head(addr("Halberd Re Talent Acquisition", "halberdre@talent.icims.com"),
             "Interview Cancelled - Senior Reserving Actuary (Paris)", "2026-11-09 16:40", PARIS,
             "<20261109154002.6620.118733@talent.icims.com>"),
        html(page))


@pos(14, family="workable", lang="fr", kind="scheduled", local="Tue 2026-11-17 10:00", zone=PARIS,
     local_end="2026-11-17 11:00", contact="bastien.rocher@tontine-numerique.fr", company="Tontine Numérique",
     note="Workable confirmation in French, 10:00-11:00 Europe/Paris (CET) = 09:00Z; Reply-To is a Workable "
          "relay, contact = interviewer address in the body")
def m14():
    body = t("""
        Bonjour Clément,

        Votre entretien avec Tontine Numérique est confirmé.

        Mardi 17 novembre 2026, 10:00 - 11:00 (Europe/Paris)
        Visioconférence : https://meet.google.com/vtr-hqnp-ksx

        Participants :
        Bastien Rocher, CTO (bastien.rocher@tontine-numerique.fr)

        Ajoutez l'événement à votre agenda grâce à la pièce jointe.

        Bonne chance !
        Tontine Numérique

        Envoyé avec Workable
        """)
    ics = vcal("-//Workable//Workable Calendar//EN", "REQUEST", VTZ["Europe/Paris"], """
        UID:wk-evt-3318846@workable.com
        DTSTAMP:20261112T132000Z
        DTSTART;TZID=Europe/Paris:20261117T100000
        DTEND;TZID=Europe/Paris:20261117T110000
        SUMMARY:Entretien avec Tontine Numérique – Actuaire produit épargne
        LOCATION:https://meet.google.com/vtr-hqnp-ksx
        ORGANIZER;CN=Bastien Rocher:mailto:bastien.rocher@tontine-numerique.fr
        ATTENDEE;CN=Clément Baudouin:mailto:clement.baudouin@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        """)
    return message(
        head(addr("Tontine Numérique", "noreply@workablemail.com"),
             "Entretien confirmé – Actuaire produit épargne", "2026-11-12 14:20", PARIS,
             "<wk.3318846.1763123100@workablemail.com>",
             extra=(("Reply-To", "tontine-numerique+c7f2a91e@candidates.workablemail.com"),)),
        mixed(text(body), calendar(ics, method="REQUEST", filename="event.ics", disposition="attachment",
                                           cte="8bit")))


@pos(15, family="personio", lang="fr", kind="scheduled", local="Wed 2026-11-18 14:30", zone=LUX,
     local_end="2026-11-18 15:30", contact="laura.schmit@ardenne-assurances.lu", company="Ardenne Assurances",
     note="Personio confirmation in French from Luxembourg, 14h30 heure de Luxembourg (CET) = 13:30Z, "
          "'Durée : 1 heure' -> end 15:30; contact = Reply-To")
def m15():
    body = t("""
        Bonjour Monsieur Baudouin,

        Merci d'avoir confirmé votre disponibilité. Voici le récapitulatif de votre entretien :

        Poste : Actuaire Réassurance (m/f)
        Date : mercredi 18 novembre 2026
        Heure : 14h30 (heure de Luxembourg)
        Durée : 1 heure
        Lieu : Ardenne Assurances S.A., 5 rue Fictive, L-1855 Luxembourg-Kirchberg
        Interlocuteurs : Laura Schmit (RH) et Tom Kieffer (Chief Actuary)

        Le parking visiteurs se trouve au niveau -1 ; merci de vous annoncer à la réception.

        Meilleures salutations,
        Laura Schmit
        Ardenne Assurances S.A.

        ---
        Cet e-mail a été envoyé via Personio. Politique de confidentialité : https://ardenne-assurances.jobs.personio.de/privacy
        """)
    return message(
        head(addr("Ardenne Assurances S.A.", "no-reply@personio.de"),
             "Votre entretien chez Ardenne Assurances S.A.", "2026-11-16 09:40", LUX,
             "<personio.app.8812.message.50217@personio.de>",
             extra=(("Reply-To", addr("Laura Schmit", "laura.schmit@ardenne-assurances.lu")),)),
        text(body, cte="quoted-printable"))


def _brab_ics() -> str:
    return vcal("-//Recruitee//Events//EN", "REQUEST", VTZ_BXL, """
        UID:recruitee-event-992104@recruitee.com
        DTSTAMP:20261117T080500Z
        DTSTART;TZID=Europe/Brussels:20261120T110000
        SUMMARY:Entretien – Actuaire Réassurance Vie (Paris) – Compagnie Brabançonne de Réassurance
        LOCATION:Visioconférence Teams
        ORGANIZER;CN=Geoffrey Van den Bossche:mailto:geoffrey.vandenbossche@brabanconne-re.be
        ATTENDEE;CN=Clément Baudouin:mailto:clement.baudouin@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        """)


@pos(16, family="recruitee", lang="fr", kind="scheduled", local="Fri 2026-11-20 11:00", zone=BXL,
     contact="geoffrey.vandenbossche@brabanconne-re.be", company="Compagnie Brabançonne de Réassurance",
     note="Recruitee confirmation in Belgian French, vendredi 20 novembre 11:00 (Europe/Brussels, CET) = "
          "10:00Z; no duration; contact = Reply-To / ICS organizer")
def m16():
    body = t("""
        Bonjour Clément,

        Votre entretien est programmé.

        Offre : Actuaire Réassurance Vie – Paris
        Date : vendredi 20 novembre 2026
        Heure : 11:00 (Europe/Brussels)
        Lieu : Visioconférence Teams (lien dans l'invitation ci-jointe)
        Avec : Geoffrey Van den Bossche, Talent Acquisition

        Bien à vous,
        Compagnie Brabançonne de Réassurance
        Rue de la Loi-Fictive 200, 1040 Bruxelles

        Envoyé par Recruitee
        """)
    return message(
        head(addr("Compagnie Brabançonne de Réassurance", "noreply@recruitee.com"),
             "Entretien programmé : Actuaire Réassurance Vie – Paris", "2026-11-17 09:05", BXL,
             "<recruitee.992104.scheduled@mail.recruitee.com>",
             extra=(("Reply-To", addr("Geoffrey Van den Bossche", "geoffrey.vandenbossche@brabanconne-re.be")),)),
        mixed(text(body), calendar(_brab_ics(), method="REQUEST", filename="entretien.ics",
                                   disposition="attachment", cte="base64")))


@pos(23, family="human_prose", lang="fr", kind="cancelled", local="Fri 2026-11-20 11:00", zone=BXL,
     contact="geoffrey.vandenbossche@brabanconne-re.be", company="Compagnie Brabançonne de Réassurance",
     note="Belgian recruiter cancels the vendredi 20 novembre 11h interview (hiring freeze), no new time; "
          "windows-1252 8bit")
def m23():
    body = t("""
        Bonjour Clément,

        Je reviens vers vous avec une moins bonne nouvelle : je suis au regret de devoir annuler
        notre entretien de ce vendredi 20 novembre à 11h. Le comité de direction a décidé ce matin
        de geler les recrutements pour le bureau de Paris jusqu'au printemps.

        Je suis vraiment désolé, votre profil nous intéressait beaucoup. Je me permettrai de vous
        recontacter dès que le poste sera rouvert, si vous êtes toujours à l'écoute à ce moment-là.

        Bien à vous,

        Geoffrey Van den Bossche
        Talent Acquisition – Compagnie Brabançonne de Réassurance
        +32 2 000 00 00
        """)
    return message(
        head(addr("Geoffrey Van den Bossche", "geoffrey.vandenbossche@brabanconne-re.be"),
             "Annulation entretien vendredi - Actuaire Réassurance Vie", "2026-11-18 17:15", BXL,
             "<AS8PR02MB7046F3E1A0D2C5B8@AS8PR02MB7046.eurprd02.prod.outlook.com>"),
        text(body, charset="windows-1252", cte="8bit"))


@pos(17, family="jazzhr", lang="en", kind="scheduled", local="Wed 2026-11-25 09:30", zone=LONDON,
     local_end="2026-11-25 10:15", contact="rebecca.sloane@kestrelanalytics.co.uk", company="Kestrel Analytics",
     note="JazzHR confirmation, 9:30 AM GMT for 45 minutes (London = UTC in November); contact = interviewer "
          "address in the body")
def m17():
    body = t("""
        Hi Clement,

        Thank you for scheduling your interview with Kestrel Analytics. Here are your details:

        Position: Consulting Actuary (Life & Pensions)
        Date: Wednesday, 25 November 2026
        Time: 9:30 AM (GMT) - 45 minutes
        Type: Video call (Zoom) - link: https://zoom.us/j/84120035517
        Interviewer: Rebecca Sloane, Principal (rebecca.sloane@kestrelanalytics.co.uk)

        If you need to make any changes, please contact your interviewer directly.

        Best regards,
        Kestrel Analytics Recruiting

        Powered by JazzHR
        """)
    return message(
        head(addr("Kestrel Analytics", "notifications@applytojob.com"),
             "Interview Scheduled - Consulting Actuary (Life & Pensions)", "2026-11-20 13:00", LONDON,
             "<6f3d2a1c9b8e4f70.jazz.interview@applytojob.com>"),
        text(body, charset="us-ascii", cte="7bit"))


@pos(18, family="goodtime", lang="en", kind="scheduled", local="Thu 2026-10-15 13:00", zone=LONDON,
     local_end="2026-10-15 15:00", contact="priya.natarajan@thamesbridge.co.uk", company="Thamesbridge Insurance",
     note="GoodTime final-round itinerary, two sessions 1:00-2:00 and 2:00-3:00 PM BST in London: start = "
          "first, end = last (12:00Z-14:00Z); contact = Reply-To recruiter")
def m18():
    body = t("""
        Hi Clément,

        Your final round interview with Thamesbridge Insurance is confirmed. Please find your
        itinerary below (all times British Summer Time).

        Thursday, October 15, 2026
        Thamesbridge Insurance plc, 20 Fenchurch Walk, London EC3M 4AA - ask for Priya at reception

        1:00 PM - 2:00 PM   Case study presentation
                            Daniel Okafor, Pricing Manager; James Whitcombe, Head of Pricing
        2:00 PM - 3:00 PM   Conversation with the Chief Actuary
                            Helen Marsh, Chief Actuary

        Please bring photo ID. Travel expenses from Niort will be reimbursed on receipts.

        Questions? Reply to this email to reach Priya Natarajan.

        Thamesbridge Talent Team
        Scheduled with GoodTime
        """)
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (
        ("1:00 PM - 2:00 PM", "Case study presentation – Daniel Okafor, James Whitcombe"),
        ("2:00 PM - 3:00 PM", "Conversation with the Chief Actuary – Helen Marsh")))
    page = ("<html><body><p>Hi Clément,</p><p>Your final round interview with Thamesbridge Insurance is "
            "confirmed (all times British Summer Time).</p><p><b>Thursday, October 15, 2026</b><br>"
            "20 Fenchurch Walk, London EC3M 4AA</p><table>" + rows + "</table>"
            "<p>Questions? Reply to this email to reach Priya Natarajan.</p></body></html>\n")
    return message(
        head(addr("Thamesbridge Talent", "notifications@goodtime.io"),
             "Your final round interview with Thamesbridge Insurance – Thursday, October 15", "2026-10-06 10:00",
             LONDON, "<gt-itinerary-5531207.1@goodtime.io>",
             extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@thamesbridge.co.uk")),)),
        alt(text(body), html(page)))


@pos(19, family="reply_quoted", lang="fr", kind="scheduled", local="Thu 2026-12-10 16:00", zone=PARIS,
     contact="thomas.guerin@maraisdata.fr", company="Marais Data",
     note="Casual 'tu' reply on top of the quoted thread: 'c'est calé pour jeudi 16h', jeudi = 10 décembre "
          "(from the quoted proposal and the Date, Mon 7 Dec) = 15:00Z (CET); no duration")
def m19():
    body = t("""
        Top, c'est calé pour jeudi 16h ! On se retrouve dans nos locaux, 8 rue du Port-Fictif à Niort
        (2e étage, sonne chez Marais Data). Léa sera là aussi, prévois 1h-1h30 à la louche.

        À jeudi,
        Thomas

        Le dim. 6 déc. 2026 à 21:12, Clément Baudouin <clement.baudouin@example.com> a écrit :
        > Salut Thomas,
        >
        > Merci pour ton message ! Jeudi 10 à 16h me va très bien.
        >
        > Clément
        >
        > Le ven. 4 déc. 2026 à 18:30, Thomas Guérin <thomas.guerin@maraisdata.fr> a écrit :
        >> Salut Clément,
        >>
        >> Comme promis, je reviens vers toi pour qu'on se voie avec Léa, notre CTO. Tu serais
        >> dispo jeudi 10 décembre à 16h ou vendredi 11 à 11h ?
        >>
        >> Thomas
        """)
    return message(
        head(addr("Thomas Guérin", "thomas.guerin@maraisdata.fr"),
             "Re: Poste actuaire / data chez Marais Data", "2026-12-07 09:30", PARIS,
             "<CAH7nR2kq9x0Fz1LmVw3pE@mail.gmail.com>",
             extra=(("In-Reply-To", "<CAL3mB8sZt0Kq1@mail.gmail.com>"),
                    ("References", "<CAF9qT1xPw2Dm5@mail.gmail.com> <CAL3mB8sZt0Kq1@mail.gmail.com>"))),
        alt(text(body), html(gmail_html(body))))


@pos(20, family="forwarded", lang="fr", kind="scheduled", local="Mon 2026-12-14 14:00", zone=PARIS,
     contact="sandrine.morel@atlantique-courtage.fr", company="Atlantique Courtage",
     note="Owner forwards to his other address a recruiter's confirmation: lundi 14 décembre 14h00 in La "
          "Rochelle (CET) = 13:00Z; 'environ 1h' -> end null; contact = recruiter in the forwarded header")
def m20():
    body = t("""
        à mettre dans l'agenda + réserver le train/la voiture

        ---------- Forwarded message ---------
        De : Sandrine Morel <sandrine.morel@atlantique-courtage.fr>
        Date: mer. 9 déc. 2026 à 17:02
        Subject: Entretien Actuaire Santé Prévoyance
        To: Clément Baudouin <clement.baudouin@example.org>


        Bonjour Monsieur Baudouin,

        Je vous confirme votre entretien avec M. Arnaud Texier, Directeur technique, le lundi
        14 décembre à 14h00 dans nos locaux, 22 quai de la Chaîne-Fictive à La Rochelle.
        Prévoyez environ 1h.

        Je reste à votre disposition pour toute question.

        Cordialement,

        Sandrine Morel
        Responsable RH
        Atlantique Courtage
        """)
    return message(
        head(addr("Clément Baudouin", ME2),
             "Fwd: Entretien Actuaire Santé Prévoyance", "2026-12-09 20:14", PARIS,
             "<CAD5xGk2a1Y9uQw7@mail.gmail.com>", to=addr("Clément Baudouin", ME)),
        alt(text(body), html(gmail_html(body))))


@pos(22, family="google_calendar", lang="fr", kind="rescheduled", local="Thu 2026-12-03 11:00", zone=PARIS,
     local_end="2026-12-03 12:00", contact="yasmine.belkacem@pastel-assurance.fr", company="Pastel Assurance",
     note="Google Agenda 'Invitation mise à jour' in French: moved from Tue 1 Dec to jeudi 3 déc. 11:00-12:00 "
          "(CET) = 10:00Z; SEQUENCE:1; contact = organizer")
def m22():
    body = t("""
        Cet événement a été modifié.

        Entretien Clément Baudouin / Pastel Assurance
        Modifié : Date
        jeudi 3 déc. 2026 ⋅ 11:00 – 12:00 (heure normale d’Europe centrale - Paris)
        Avant : mardi 1 déc. 2026 ⋅ 11:00 – 12:00

        Participer à Google Meet
        meet.google.com/pzs-wrhk-tqa

        Organisateur
        yasmine.belkacem@pastel-assurance.fr

        Invités
        yasmine.belkacem@pastel-assurance.fr - organisateur
        clement.baudouin@example.com
        hugo.ferrand@pastel-assurance.fr

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        notifications pour cet événement, refusez-le.
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", VTZ["Europe/Paris"], """
        DTSTART;TZID=Europe/Paris:20261203T110000
        DTEND;TZID=Europe/Paris:20261203T120000
        DTSTAMP:20261127T090300Z
        ORGANIZER;CN=Yasmine Belkacem:mailto:yasmine.belkacem@pastel-assurance.fr
        UID:4k2p9v1t0q7m3c8d5e6f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.baudouin@example.com;X-NUM-GUESTS=0:mailto:clement.baudouin@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hugo Ferrand;X-NUM-GUESTS=0:mailto:hugo.ferrand@pastel-assurance.fr
        CREATED:20261120T150211Z
        DESCRIPTION:Entretien avec Hugo Ferrand (Directeur actuariat) et Yasmine (RH).
        LAST-MODIFIED:20261127T090300Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entretien Clément Baudouin / Pastel Assurance
        TRANSP:OPAQUE
        """)
    return message(
        head(addr("Yasmine Belkacem (via Google Agenda)", "calendar-notification@google.com"),
             "Invitation mise à jour : Entretien Clément Baudouin / Pastel Assurance @ jeu. 3 déc. 2026 "
             "11:00 - 12:00 (CET) (clement.baudouin@example.com)", "2026-11-27 10:03", PARIS,
             "<calendar-4k2p9v1t-7e1b-4f2d-a0c9-b8d3e6f5a214@google.com>",
             extra=(("Reply-To", addr("Yasmine Belkacem", "yasmine.belkacem@pastel-assurance.fr")),
                    ("Sender", "Google Agenda <calendar-notification@google.com>"))),
        mixed(alt(text(body), calendar(ics, method="REQUEST", cte="8bit")),
              calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", cte="base64")))



# =========================================================================== negatives


@neg(24, family="rejection", lang="fr", company="Sèvre Mutuelle",
     note="Teamtailor rejection after the interview; no time")
def m24():
    body = t("""
        Bonjour Clément,

        Merci encore pour le temps que vous nous avez consacré lors de notre entretien du
        14 septembre. Après réflexion, nous avons décidé de poursuivre avec un(e) autre candidat(e)
        dont le parcours correspond davantage à nos besoins immédiats en provisionnement non-vie.

        Ce choix a été difficile ; nous conservons votre profil et n'hésiterons pas à revenir vers
        vous si une opportunité se présente.

        Nous vous souhaitons une belle réussite dans vos projets.

        Aurélie Fradin
        Sèvre Mutuelle
        """)
    return message(
        head(addr("Sèvre Mutuelle", "no-reply@teamtailor-mail.com"),
             "Votre candidature – Actuaire Provisionnement (H/F)", "2026-10-01 11:26", PARIS,
             "<0102019a7e22.tt.58213.51870@teamtailor-mail.com>",
             extra=(("Reply-To", addr("Aurélie Fradin", "aurelie.fradin@sevre-mutuelle.fr")),)),
        text(body))


@neg(25, family="offer", lang="en", company="Thamesbridge Insurance",
     note="Written offer after the final round; the only date is a reply deadline",
     days=(("Fri", "2026-11-06"),))
def m25():
    body = t("""
        Dear Clément,

        Following your final round on 15 October, I'm delighted to confirm that Thamesbridge
        Insurance would like to offer you the role of Senior Pricing Actuary, based in our London
        office, with a start date to be agreed.

        Your offer letter and a summary of the relocation package are attached. The headline terms
        are a base salary of £98,000, a 12% target bonus and a 10% employer pension contribution.

        We'd be grateful to hear back by Friday 6 November. If it would help to talk anything
        through - relocation, visa sponsorship, schools - just let me know and I'll set up a call
        with James or with our mobility team.

        Very best wishes,
        Priya

        Priya Natarajan | Talent Partner, Actuarial & Finance
        Thamesbridge Insurance plc
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Offer_Letter_C_Baudouin.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Offer_Letter_C_Baudouin.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message(
        head(addr("Priya Natarajan", "priya.natarajan@thamesbridge.co.uk"),
             "Offer - Senior Pricing Actuary - Thamesbridge Insurance", "2026-10-30 15:45", LONDON,
             "<LO2P265MB58710F2C19A7E3B4D8E61A5CD@LO2P265MB5871.GBRP265.PROD.OUTLOOK.COM>"),
        mixed(text(body), pdf))


@neg(26, family="rejection", lang="fr", company="Moselle Life",
     note="Luxembourg rejection after the cancelled technical interview (post filled internally)")
def m26():
    body = t("""
        Bonjour Clément,

        Je reviens vers vous comme promis concernant le poste d'Actuaire Solvabilité II.
        Suite à la réorganisation de la fonction actuarielle, le poste a finalement été pourvu en
        interne et nous ne pourrons donc pas donner suite à votre candidature.

        Marc et moi avons beaucoup apprécié nos échanges et regrettons que le processus n'ait pas pu
        aller à son terme. Avec votre accord, nous conservons votre dossier pour de futures
        opportunités.

        Bien cordialement,

        Sophie Weis
        Talent Acquisition Partner | Moselle Life S.A.
        """)
    return message(
        head(addr("Sophie Weis", "sophie.weis@moselle-life.lu"),
             "Votre candidature – Actuaire Solvabilité II", "2026-11-10 11:02", LUX,
             "<DB9PR08MB6617A3E0D9C1B27F8E4F6C1B2@DB9PR08MB6617.eurprd08.prod.outlook.com>"),
        text(body, charset="iso-8859-15"))


@neg(27, family="application_receipt", lang="fr", company="Moselle Life",
     note="Workday application acknowledgement; no time")
def m27():
    body = t("""
        Bonjour Clément Baudouin,

        Nous vous remercions de l'intérêt que vous portez à Moselle Life et accusons réception de
        votre candidature au poste d'Actuaire Solvabilité II (R-04418).

        Notre équipe Talent Acquisition étudie actuellement les candidatures reçues. Si votre profil
        correspond à nos attentes, nous vous contacterons pour convenir d'un entretien.

        Cordialement,
        Moselle Life S.A. – Ressources Humaines

        Ce message a été généré automatiquement, merci de ne pas y répondre.
        """)
    return message(
        head(addr("Moselle Life", "moselle-life@myworkday.com"),
             "Nous avons bien reçu votre candidature", "2026-09-17 22:41", LUX,
             "<1658437110.27112.1789677660224@wd3-prod-mta-01.myworkday.com>"),
        text(body, cte="base64"))


@neg(28, family="job_alert", lang="fr", company=None,
     note="Job-board alert listing new actuarial roles; no time")
def m28():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h3>5 nouvelles offres correspondent à votre alerte « actuaire – Nouvelle-Aquitaine / Pays de la Loire »</h3>
        <ul>
        <li><a href="https://www.actuajobs.example/o/88121">Actuaire inventaire (H/F)</a> – Mutuelle des Deux-Rives – Niort – CDI</li>
        <li><a href="https://www.actuajobs.example/o/88140">Chargé d'études actuarielles</a> – Prévoyance de l'Aunis – La Rochelle – CDI</li>
        <li><a href="https://www.actuajobs.example/o/88152">Actuaire Pricing Santé</a> – Cabinet Ouest Actuaires – Nantes – CDI</li>
        <li><a href="https://www.actuajobs.example/o/88166">Actuaire ALM</a> – Groupe Lumen Vie – Paris 8e – CDI</li>
        <li><a href="https://www.actuajobs.example/o/88171">Stage actuariat – modélisation IFRS 17</a> – Niort</li>
        </ul>
        <p><a href="https://www.actuajobs.example/alertes">Gérer mes alertes</a> ·
        <a href="https://www.actuajobs.example/desinscription">Se désinscrire</a></p>
        </body></html>
        """)
    return message(
        head(addr("Actuajobs", "alertes@actuajobs.example"),
             "5 nouvelles offres pour « actuaire »", "2026-10-19 07:00", PARIS,
             "<alert.20261019.55104@actuajobs.example>",
             extra=(("List-Unsubscribe", "<https://www.actuajobs.example/desinscription>"),)),
        html(page))


@neg(29, family="newsletter_tips", lang="fr", company=None,
     note="Careers newsletter with interview-preparation tips; no appointment")
def m29():
    body = t("""
        La Ruche Emploi – la lettre du mardi

        ENTRETIEN D'EMBAUCHE : 5 QUESTIONS À PRÉPARER ABSOLUMENT
        « Parlez-moi de vous », « Pourquoi nous ? », « Un échec dont vous êtes fier »… On vous
        donne la méthode pour y répondre sans réciter votre CV.
        Lire l'article → https://laruche-emploi.example/articles/entretien-5-questions

        NÉGOCIER SON SALAIRE EN 2026
        Les grilles 2026 pour les métiers de la finance et de l'assurance.

        TÉMOIGNAGE
        « J'ai passé mon entretien en visio depuis ma voiture » : les coulisses d'un recrutement
        qui a failli mal tourner.

        Vous recevez cet e-mail car vous êtes inscrit(e) à la newsletter La Ruche Emploi.
        Se désinscrire : https://laruche-emploi.example/unsub?u=c2b8
        """)
    return message(
        head(addr("La Ruche Emploi", "newsletter@laruche-emploi.example"),
             "🐝 5 questions à préparer avant votre prochain entretien", "2026-11-03 08:15", PARIS,
             "<nl-2026-45.c2b8@laruche-emploi.example>",
             extra=(("List-Unsubscribe", "<https://laruche-emploi.example/unsub?u=c2b8>"),
                    ("Precedence", "bulk"))),
        alt(text(body), html("<html><body><pre>" + body + "</pre></body></html>\n")))


@neg(30, family="recruiter_outreach", lang="en", company="Hawthorne Search",
     note="London headhunter outreach asking for a chat 'next week'; no fixed time")
def m30():
    body = t("""
        Hi Clement,

        I hope you don't mind the direct approach - I came across your profile and your work on
        reserving for a French mutual stood out.

        I'm working with a Lloyd's syndicate in the City who are building out their reserving team
        and are open to candidates relocating from Europe (with sponsorship). Would you be open to
        a quick 20-minute chat at some point next week? Happy to work around your schedule.

        Best,
        Tom Ashdown
        Director, Actuarial & Risk | Hawthorne Search
        +44 20 0000 0000
        """)
    return message(
        head(addr("Tom Ashdown", "tom.ashdown@hawthornesearch.co.uk"),
             "Reserving opportunity - Lloyd's syndicate, London", "2026-09-25 12:31", LONDON,
             "<CWLP123MB4410E9C8D2F1@CWLP123MB4410.GBRP123.PROD.OUTLOOK.COM>"),
        text(body, charset="us-ascii", cte="7bit"))


@neg(31, family="scheduling_link", lang="fr", company="Erdre Actuariat Conseil",
     note="Hiring manager sends a Calendly link to pick a slot; nothing booked yet")
def m31():
    body = t("""
        Bonjour Clément,

        Merci pour votre candidature au poste d'actuaire consultant. Votre parcours m'intéresse
        beaucoup et je vous propose un premier échange de 30 minutes en visio.

        Vous pouvez réserver directement le créneau qui vous arrange ici :
        https://calendly.com/julien-mabire-erdre/premier-entretien

        Au plaisir d'échanger,

        Julien Mabire
        Associé – Erdre Actuariat Conseil, Nantes
        """)
    return message(
        head(addr("Julien Mabire", "julien.mabire@erdre-actuariat.fr"),
             "Candidature – Actuaire consultant", "2026-10-20 19:05", PARIS,
             "<5e1c0a77-2b4d-4f8a-9a31-d7e2c6b0f914@erdre-actuariat.fr>"),
        text(body))


@neg(32, family="proposal_unconfirmed", lang="fr", company="Marais Data",
     note="Start-up founder proposes two slots ('tu'); nothing confirmed yet",
     days=(("Thu", "2026-12-10"), ("Fri", "2026-12-11")))
def m32():
    body = t("""
        Salut Clément,

        Comme promis, je reviens vers toi pour qu'on se voie avec Léa, notre CTO. Tu serais
        dispo jeudi 10 décembre à 16h ou vendredi 11 à 11h ? Ce serait chez nous, à deux pas
        du port.

        Dis-moi ce qui t'arrange,
        Thomas

        --
        Thomas Guérin · cofondateur, Marais Data
        """)
    return message(
        head(addr("Thomas Guérin", "thomas.guerin@maraisdata.fr"),
             "Poste actuaire / data chez Marais Data", "2026-12-04 18:30", PARIS,
             "<CAF9qT1xPw2Dm5@mail.gmail.com>"),
        alt(text(body), html(gmail_html(body))))


@neg(33, family="auto_reply", lang="fr", company=None,
     note="Out-of-office reply from the recruiter; only absence dates",
     days=(("Mon", "2026-10-12"),))
def m33():
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au vendredi 9 octobre inclus, avec un accès limité à mes
        e-mails. Je traiterai votre message à mon retour le lundi 12 octobre.

        Pour toute urgence, vous pouvez contacter le service RH au 05 49 00 00 01.

        Cordialement,
        Aurélie Fradin
        """)
    return message(
        head(addr("Aurélie Fradin", "aurelie.fradin@sevre-mutuelle.fr"),
             "Réponse automatique : Suite à notre entretien", "2026-10-02 08:14", PARIS,
             "<AM9P193MB11207A1E0F3C44@AM9P193MB1120.EURP193.PROD.OUTLOOK.COM>",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))),
        text(body))


@neg(34, family="bounce", lang="en", company=None,
     note="DSN: the owner's thank-you to a mistyped interviewer address bounced")
def m34():
    report = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <oliver.brenan@kittiwakecover.co.uk>: host mx.kittiwakecover.co.uk[203.0.113.25]
            said: 550 5.1.1 <oliver.brenan@kittiwakecover.co.uk>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4Rk7Zb3vQkz9sW
        Arrival-Date: Thu,  5 Nov 2026 17:29:51 +0100 (CET)

        Final-Recipient: rfc822; oliver.brenan@kittiwakecover.co.uk
        Original-Recipient: rfc822;oliver.brenan@kittiwakecover.co.uk
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.kittiwakecover.co.uk
        Diagnostic-Code: smtp; 550 5.1.1 <oliver.brenan@kittiwakecover.co.uk>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", OWNER), ("To", "Oliver Brennan <oliver.brenan@kittiwakecover.co.uk>"),
        ("Subject", "Thank you - Pricing Actuary interview"),
        ("Date", date("2026-11-05 17:29", PARIS)),
        ("Message-ID", "<a91f2c3e-11b0-4d7e-8c55-0e3b9d2f6a18@example.com>"),
    ], text(t("""
        Hi Oliver,

        Thank you for the conversation this afternoon - I really enjoyed hearing about how the
        pricing team works with the underwriters. I look forward to hearing about next steps.

        Best regards,
        Clément
        """)))
    return message(
        head("MAILER-DAEMON@mx1.example.com (Mail Delivery System)",
             "Undelivered Mail Returned to Sender", "2026-11-05 17:29", PARIS,
             "<20261105162952.4Rk7Zb3vQkz9sW@mx1.example.com>",
             extra=(("Auto-Submitted", "auto-replied"),)),
        multipart("report",
                  text(report, charset="us-ascii", cte="7bit",
                       extra=(("Content-Description", "Notification"),)),
                  raw_part([("Content-Type", "message/delivery-status"),
                            ("Content-Description", "Delivery report")], status),
                  attached_message(original),
                  params="report-type=delivery-status"))


@neg(35, family="personal_appointment", lang="fr", company=None,
     note="Doctor's appointment confirmation from a booking platform: fixed time, not an interview",
     days=(("Tue", "2026-10-06"),))
def m35():
    body = t("""
        Bonjour Clément Baudouin,

        Votre rendez-vous est confirmé.

        Dr Émilie Vasseur – Médecin généraliste
        mardi 6 octobre 2026 à 08:45
        Cabinet médical du Clou-Bouchet, 10 rue Fictive, 79000 Niort

        Pensez à apporter votre carte Vitale et votre carte de mutuelle.
        En cas d'empêchement, merci d'annuler au moins 24 h à l'avance depuis votre compte.

        L'équipe Santélib
        """)
    return message(
        head(addr("Santélib", "ne-pas-repondre@santelib.example"),
             "Confirmation de votre rendez-vous du mardi 6 octobre", "2026-10-03 10:12", PARIS,
             "<rdv.77120455.confirm@santelib.example>"),
        alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n")))


@neg(36, family="personal_appointment", lang="fr", company=None,
     note="Garage booking for a car service: fixed time, not an interview",
     days=(("Sat", "2026-11-28"),))
def m36():
    body = t("""
        Bonjour M. BAUDOUIN,

        Nous vous confirmons votre rendez-vous atelier :

          Prestation : Révision constructeur + contrôle freinage
          Véhicule  : Peugeot 308 SW - immat. GH-000-XX
          Date      : samedi 28 novembre 2026 à 09h00
          Garage    : Chauray Auto Services, ZA de la Croix-Fictive, 79180 Chauray

        Durée estimée de l'intervention : 2h30. Un véhicule de courtoisie n'est pas prévu.

        Cordialement,
        L'atelier Chauray Auto Services
        05 49 00 00 02
        """)
    return message(
        head(addr("Chauray Auto Services", "atelier@chauray-auto.example"),
             "Confirmation RDV atelier - samedi 28/11", "2026-11-21 16:48", PARIS,
             "<20261121154800.RDV.3382@chauray-auto.example>"),
        text(body, charset="iso-8859-1", cte="quoted-printable"))


@neg(37, family="non_interview_calendar", lang="fr", company=None,
     note="Current employer's Exchange meeting (Romance Standard Time): internal committee, not an interview")
def m37():
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ_ROMANCE, """
        ORGANIZER;CN=Véronique Pelletier:mailto:veronique.pelletier@mca-mutuelle.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clément Baudouin:mailto:clement.baudouin@example.com
        UID:040000008200E00074C5B7101A82E008000000002F7E1B9C0A4ADC0100000000000000001000000077D1
        SUMMARY;LANGUAGE=fr-FR:Comité provisions techniques T3
        DTSTART;TZID=Romance Standard Time:20261014T093000
        DTEND;TZID=Romance Standard Time:20261014T113000
        DTSTAMP:20261009T132200Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Marais Poitevin (RDC)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        """)
    body = t("""
        Quand : mercredi 14 octobre 2026 09:30-11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Marais Poitevin (RDC)

        Bonjour à tous,

        Ordre du jour : revue des provisions T3 (auto, MRH, santé), point boni/mali, préparation
        du rapport ORSA. Clément, merci de présenter les triangles auto mis à jour.

        Véronique
        """)
    return message(
        head(addr("Véronique Pelletier", "veronique.pelletier@mca-mutuelle.fr"),
             "Comité provisions techniques T3", "2026-10-09 15:22", PARIS,
             "<PR1P264MB3902C1D0@PR1P264MB3902.FRAP264.PROD.OUTLOOK.COM>",
             to="Actuariat-Inventaire <actuariat-inventaire@mca-mutuelle.fr>"),
        alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@neg(38, family="travel", lang="fr", company=None,
     note="Train e-ticket to London for the final round; a travel time, not an interview",
     days=(("Wed", "2026-10-14"),))
def m38():
    body = t("""
        Bonjour Clément,

        Merci pour votre réservation. Voici votre e-billet.

        Référence dossier : QZKX7M
        Aller : mercredi 14 octobre 2026
          17:13  Paris Gare du Nord
          18:30  London St Pancras International (heure locale)
          Train 9049 – Voiture 12 – Place 64 – Standard

        Présentez-vous à l'enregistrement au moins 45 minutes avant le départ, muni de votre
        passeport ou de votre carte d'identité.

        Bon voyage,
        Euroligne
        """)
    return message(
        head(addr("Euroligne", "billets@euroligne.example"),
             "Votre e-billet Paris → Londres – QZKX7M", "2026-10-07 21:33", PARIS,
             "<eticket.QZKX7M.20261007@euroligne.example>"),
        alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n")))


@neg(39, family="personal", lang="fr", company=None,
     note="Friend's party invitation ('tu'), fixed time, personal",
     days=(("Sat", "2026-10-03"),))
def m39():
    body = t("""
        Coucou Clém !

        Petit rappel : on fête les 35 ans de Manon samedi 3 octobre, à partir de 19h30 à la maison
        (tu connais l'adresse, le code a changé : 4712B). Ramène juste une bouteille, on s'occupe
        du reste. Et c'est une surprise donc motus !!

        Bises,
        Julie
        """)
    return message(
        head(addr("Julie Moreau", "julie.moreau79@example.net"),
             "samedi soir 🎉", "2026-09-30 13:07", PARIS,
             "<CAJm5Rx0vE1kHz8@mail.gmail.com>", to=addr("Clément Baudouin", ME2), rcpt=ME2),
        alt(text(body), html(gmail_html(body))))


@neg(40, family="event", lang="fr", company=None,
     note="Registration confirmation for a regional actuarial conference; fixed time, not an interview",
     days=(("Thu", "2026-11-26"),))
def m40():
    body = t("""
        Bonjour Clément Baudouin,

        Votre inscription aux Rencontres actuarielles de l'Ouest 2026 est confirmée.

        Jeudi 26 novembre 2026, 9h00 – 17h30
        Cité des Congrès-Fictive, Nantes

        Au programme : IFRS 17 trois ans après, le risque climatique dans l'ORSA, table ronde
        « Recruter et fidéliser les actuaires ». Cette journée compte pour 6 heures de
        formation continue (PPC).

        Votre badge nominatif vous sera remis à l'accueil.

        L'équipe d'organisation
        """)
    return message(
        head(addr("Rencontres actuarielles de l'Ouest", "inscriptions@rao-actuaires.example"),
             "Confirmation d'inscription – Rencontres actuarielles de l'Ouest 2026", "2026-11-06 14:55", PARIS,
             "<reg.2026.0917@rao-actuaires.example>"),
        text(body))


@neg(41, family="mock_interview", lang="fr", company=None,
     note="Careers-service mock interview ('simulation d'entretien') confirmed at a fixed time; not a job "
          "interview", days=(("Tue", "2026-10-13"),))
def m41():
    body = t("""
        Bonjour Monsieur Baudouin,

        Nous vous confirmons votre séance de simulation d'entretien :

        mardi 13 octobre 2026 de 10h00 à 11h00
        avec Corinne Lefebvre, consultante Cap Cadres
        en visio (le lien vous parviendra la veille)

        Pensez à nous transmettre l'annonce du poste visé afin que la simulation soit au plus près
        des conditions réelles.

        Cordialement,
        Cap Cadres - Centre de Niort
        """)
    return message(
        head(addr("Cap Cadres", "niort@capcadres.example"),
             "Votre simulation d'entretien du 13 octobre", "2026-10-08 09:20", PARIS,
             "<capcadres.rdv.41873@capcadres.example>"),
        text(body, charset="iso-8859-1"))


@neg(42, family="assessment", lang="en", company="Kittiwake Cover",
     note="Take-home case study with a submission deadline; no interview time",
     days=(("Wed", "2026-11-11"),))
def m42():
    body = t("""
        Hi Clément,

        Thanks again for your time with Oliver yesterday - the next step is a short take-home case
        study. You'll find the brief and a motor portfolio dataset at the link below.

        https://kittiwakecover.example/case/9f1c2a

        Please submit your notebook and a one-page summary by Wednesday 11 November, 23:59 GMT.
        We expect it to take around 3-4 hours; please don't spend much longer than that.

        Cheers,
        Ellie Marsden
        Talent Coordinator, Kittiwake Cover
        """)
    return message(
        head(addr("Ellie Marsden", "ellie.marsden@kittiwakecover.co.uk"),
             "Next step: take-home case study", "2026-11-06 10:05", LONDON,
             "<CAP3xV1n0mR7@mail.gmail.com>"),
        text(body))


@neg(43, family="availability_request", lang="en", company="Larkspur Mutual",
     note="Greenhouse availability request; no time chosen")
def m43():
    body = t("""
        Hi Clément,

        Thanks for your interest in the Capital Modelling Actuary role at Larkspur Mutual! We'd
        love to set up a first conversation with the hiring team.

        Please let us know your availability for a 45-minute video interview over the next two
        weeks using the link below:

        https://app.greenhouse.io/availability/7c0e91b2f4

        Times are shown in your local time zone. Once we receive your availability, we'll send a
        calendar invitation.

        Best,
        Larkspur Mutual Recruiting
        """)
    return message(
        head(addr("Larkspur Mutual", "no-reply@greenhouse.io"),
             "Please share your availability - Larkspur Mutual", "2026-10-21 14:02", LONDON,
             "<greenhouse.availability.7c0e91b2f4@greenhouse.io>",
             extra=(("Reply-To", addr("Hannah Cole", "hannah.cole@larkspurmutual.co.uk")),)),
        alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n")))


@neg(44, family="webinar", lang="en", company=None,
     note="Webinar registration on technical interviews; fixed time, not a job interview",
     days=(("Wed", "2026-11-18"),))
def m44():
    body = t("""
        You're registered!

        Nailing the technical actuarial interview: reserving, pricing and capital questions
        Wednesday, 18 November 2026, 6:00 PM - 7:00 PM GMT

        Join link: https://webinar.actuarialcareershub.example/j/558812

        Speakers: a panel of hiring managers from London market insurers.

        Add to calendar: Google | Outlook | iCal

        Actuarial Careers Hub
        You are receiving this email because you registered for this event.
        """)
    return message(
        head(addr("Actuarial Careers Hub", "events@actuarialcareershub.example"),
             "Confirmation: Nailing the technical actuarial interview", "2026-11-11 19:40", LONDON,
             "<evt.558812.reg.20411@actuarialcareershub.example>"),
        text(body, charset="us-ascii", cte="7bit"))


@neg(45, family="receipt", lang="fr", company=None,
     note="Payment receipt for an online course; no appointment")
def m45():
    body = t("""
        Merci pour votre achat !

        Reçu n° DC-2026-118273 – 12/09/2026
        Formation : « Python et machine learning pour actuaires » (accès 12 mois)
        Montant HT : 249,17 €
        TVA 20 % : 49,83 €
        Total TTC : 299,00 €
        Moyen de paiement : carte Visa •••• 4417

        Votre facture est disponible dans votre espace : https://datacampus.example/compte/factures

        Datacampus SAS – 10 rue Fictive, 75011 Paris – RCS Paris 000 000 000
        """)
    return message(
        head(addr("Datacampus", "facturation@datacampus.example"),
             "Votre reçu Datacampus – DC-2026-118273", "2026-09-12 18:02", PARIS,
             "<receipt.DC-2026-118273@datacampus.example>", to=addr("Clément Baudouin", ME2), rcpt=ME2),
        html("<html><body><pre style=\"font-family:Arial\">" + body + "</pre></body></html>\n"))


@neg(46, family="rejection", lang="en", company="Kestrel Analytics",
     note="Rejection after the 25 November interview; no time")
def m46():
    body = t("""
        Hi Clément,

        Thank you for taking the time to speak with me last week about the Consulting Actuary role.
        I enjoyed our conversation, but after a lot of deliberation we've decided to move forward
        with a candidate whose UK pensions experience is a closer match for the clients this role
        will support.

        I'd be very happy to stay in touch, and I'll let you know if a role in our life insurance
        practice opens up.

        Kind regards,
        Rebecca Sloane
        Principal, Kestrel Analytics
        """)
    return message(
        head(addr("Rebecca Sloane", "rebecca.sloane@kestrelanalytics.co.uk"),
             "Consulting Actuary - update", "2026-12-04 16:10", LONDON,
             "<LO4P123MB6120F1A2@LO4P123MB6120.GBRP123.PROD.OUTLOOK.COM>"),
        text(body))


@neg(47, family="non_interview_calendar", lang="fr", company=None,
     note="Current employer's 'entretien annuel d'évaluation' Exchange invite: an 'entretien' at a fixed "
          "time but not a job interview")
def m47():
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ_ROMANCE, """
        ORGANIZER;CN=Véronique Pelletier:mailto:veronique.pelletier@mca-mutuelle.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clément Baudouin:mailto:clement.baudouin@example.com
        UID:040000008200E00074C5B7101A82E00800000000B84E2D1F0C5ADC01000000000000000010000000E2A9
        SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026 – Clément Baudouin
        DTSTART;TZID=Romance Standard Time:20261208T140000
        DTEND;TZID=Romance Standard Time:20261208T153000
        DTSTAMP:20261201T081500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Bureau 2.14
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        """)
    body = t("""
        Quand : mardi 8 décembre 2026 14:00-15:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Bureau 2.14

        Bonjour Clément,

        Je te propose ce créneau pour ton entretien annuel. Pense à remplir ton auto-évaluation
        dans l'outil RH avant vendredi.

        Véronique
        """)
    return message(
        head(addr("Véronique Pelletier", "veronique.pelletier@mca-mutuelle.fr"),
             "Entretien annuel d'évaluation 2026", "2026-12-01 09:15", PARIS,
             "<PR1P264MB39025E7B@PR1P264MB3902.FRAP264.PROD.OUTLOOK.COM>"),
        alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@neg(48, family="proposal_unconfirmed", lang="fr", company="Compagnie Brabançonne de Réassurance",
     note="Belgian recruiter offers two slots and asks which suits; not yet confirmed",
     days=(("Tue", "2026-11-17"), ("Fri", "2026-11-20")))
def m48():
    body = t("""
        Bonjour Clément,

        Merci pour votre candidature au poste d'Actuaire Réassurance Vie pour notre bureau de Paris.
        Je serais ravi d'en discuter avec vous lors d'un premier entretien en visio d'une
        quarantaine de minutes.

        Je peux vous proposer mardi 17 novembre à 10h ou vendredi 20 novembre à 11h. Pourriez-vous
        me dire ce qui vous convient le mieux ? Je vous enverrai ensuite l'invitation via notre
        outil.

        Bien à vous,

        Geoffrey Van den Bossche
        Talent Acquisition – Compagnie Brabançonne de Réassurance
        """)
    return message(
        head(addr("Geoffrey Van den Bossche", "geoffrey.vandenbossche@brabanconne-re.be"),
             "Actuaire Réassurance Vie - Paris", "2026-11-12 11:40", BXL,
             "<AS8PR02MB7046A0B3C1@AS8PR02MB7046.eurprd02.prod.outlook.com>"),
        text(body))


@neg(49, family="personal_appointment", lang="fr", company=None,
     note="Bank adviser appointment (mortgage simulation): fixed time, not an interview",
     days=(("Thu", "2026-12-03"),))
def m49():
    body = t("""
        Bonjour Monsieur Baudouin,

        Votre conseiller, Fabien Girard, vous confirme votre rendez-vous :

        jeudi 3 décembre 2026 à 17h30
        Agence de Niort Brèche – 3 place Fictive, 79000 Niort
        Objet : simulation de prêt immobilier

        Pensez à apporter vos trois derniers bulletins de salaire et votre dernier avis d'imposition.

        Crédit Maraîchin – Votre banque régionale
        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    return message(
        head(addr("Crédit Maraîchin", "ne-pas-repondre@credit-maraichin.example"),
             "Confirmation de votre rendez-vous en agence", "2026-11-26 12:00", PARIS,
             "<rdv.agence.6612004@credit-maraichin.example>"),
        text(body, cte="base64"))


@neg(50, family="newsletter_press", lang="en", company=None,
     note="Trade newsletter featuring a press interview with a CRO; no appointment")
def m50():
    body = t("""
        THE ACTUARY WEEKLY - 21 September 2026

        INTERVIEW: "Reserving is a conversation, not a number"
        We sit down with the Chief Risk Officer of a mid-sized London market carrier to talk about
        reserve volatility, the soft market and why she hires actuaries from continental Europe.

        ALSO THIS WEEK
        - IFRS 17: what the third year of disclosures tells us
        - Climate scenarios in the ORSA: a practical checklist
        - Jobs board: 48 new roles in pricing and reserving

        Read online: https://theactuaryweekly.example/issue/2026-38
        Unsubscribe: https://theactuaryweekly.example/unsubscribe
        """)
    return message(
        head(addr("The Actuary Weekly", "newsletter@theactuaryweekly.example"),
             "Interview: \"Reserving is a conversation, not a number\"", "2026-09-21 07:30", LONDON,
             "<taw.2026-38.c1b@theactuaryweekly.example>",
             extra=(("List-Unsubscribe", "<https://theactuaryweekly.example/unsubscribe>"),
                    ("Precedence", "bulk"))),
        alt(text(body, charset="us-ascii", cte="7bit"),
            html("<html><body><pre>" + body.replace("&", "&amp;").replace("<", "&lt;")
                 + "</pre></body></html>\n", charset="us-ascii", cte="7bit")))
