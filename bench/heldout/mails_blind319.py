"""blind319: a blind 50-mail held-out set, the inbox of Adrien Rousseau, a pharmaceutical-packaging
line supervisor in Blois (Europe/Paris), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the general parts of
bench/heldout/README.md (not its score sections), the dev corpus README, dev labels, two dev mails
and score.py; it did not read the detector, its tests, the other held-out mails, or any score, and
never ran the detector. Each mail is written by hand as one function below; keys 1-23 are the
positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 the negatives. File numbers are
a fixed shuffle of the writing order (ORDER). Mostly French (France, tu and vous), some English
from a Swiss employer (Europe/Zurich) and a British one (Europe/London).
"""

from __future__ import annotations

import base64
import hashlib
import random
from email.utils import parseaddr

import make
from make import (
    Part,
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

SET = "blind319"
ORDER = random.Random(3190319).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "adrien.rousseau@example.com"
ME_OLD = "adrien.rousseau@example.org"
ME_NAME = "Adrien Rousseau"
PARIS = "Europe/Paris"
ZURICH = "Europe/Zurich"
LONDON = "Europe/London"
NEWARK = "America/New_York"


def h(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{h(seed, 24)}@{domain}>"


def head(frm: str, subject: str, when: str, zone: str, relay: str, seed: str, msgid_domain: str,
         *, to: str | None = None, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then any extra headers."""
    rcv = received(f"from {relay} ({relay} [198.51.100.{int(h(seed, 2), 16) % 250 + 2}])", when, zone,
                   f"mx1.example.com (Postfix) with ESMTPS id {h(seed + 'q', 10).upper()}", ME)
    if not frm.isascii():
        name, address = parseaddr(frm)
        frm = addr(name, address)
    return [
        ("Delivered-To", ME),
        ("Received", rcv),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid(seed, msgid_domain)),
        *extra,
    ]


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

ZURICH_VTZ = """BEGIN:VTIMEZONE
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

LONDON_VTZ = """BEGIN:VTIMEZONE
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

PARIS_VTZ = make.VTZ["Europe/Paris"]
EASTERN_VTZ = make.VTZ["Eastern Standard Time"]


# =========================================================================== positives


@make.mail(N(1), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-16 10:30", PARIS), end=utc("2026-09-16 11:15", PARIS),
           local="Wed 2026-09-16 10:30", local_end="2026-09-16 11:15", zone=PARIS,
           contact="sophie.marchand@laboratoires-verlaine.fr", company="Laboratoires Verlaine",
           note="Teamtailor confirmation, 'mercredi 16 septembre 2026, 10:30 - 11:15 (heure de Paris)', "
                "CEST (UTC+2) -> 08:30Z-09:15Z; ICS in Europe/Paris agrees; contact = Reply-To recruiter")
def verlaine_confirmed() -> bytes:
    body = t("""
        Bonjour Adrien,

        Votre entretien pour le poste de Superviseur de ligne de conditionnement (H/F) - Tours est
        confirmé.

        Date : mercredi 16 septembre 2026
        Heure : 10:30 - 11:15 (heure de Paris)
        Lieu : Microsoft Teams (le lien figure dans l'invitation jointe)
        Avec : Sophie Marchand, Chargée de recrutement, et Benoît Laval, Responsable de production

        Vous pouvez ajouter l'entretien à votre agenda grâce au fichier joint. Si vous avez un
        empêchement, répondez simplement à cet e-mail.

        À très bientôt,
        L'équipe recrutement de Laboratoires Verlaine

        --
        Envoyé via Teamtailor
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f5;font-family:Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;padding:32px">
        <tr><td style="font-size:15px;color:#1f2937;line-height:1.5">
        <p>Bonjour Adrien,</p>
        <p>Votre entretien pour le poste de <strong>Superviseur de ligne de conditionnement (H/F) - Tours</strong>
        est confirmé.</p>
        <table role="presentation" style="font-size:15px">
        <tr><td style="color:#6b7280;padding-right:12px">Date</td><td>mercredi 16 septembre 2026</td></tr>
        <tr><td style="color:#6b7280;padding-right:12px">Heure</td><td>10:30 - 11:15 (heure de Paris)</td></tr>
        <tr><td style="color:#6b7280;padding-right:12px">Lieu</td><td>Microsoft Teams</td></tr>
        <tr><td style="color:#6b7280;padding-right:12px">Avec</td>
        <td>Sophie Marchand, Chargée de recrutement<br>Benoît Laval, Responsable de production</td></tr>
        </table>
        <p>Si vous avez un empêchement, répondez simplement à cet e-mail.</p>
        <p>À très bientôt,<br>L'équipe recrutement de Laboratoires Verlaine</p>
        </td></tr></table>
        <p style="font-size:11px;color:#9ca3af">Envoyé via Teamtailor</p>
        </td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Teamtailor//Interviews//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + PARIS_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-6c1f0a83-2d9e-4b71-9f0e-5a7d2c11e804@teamtailor.com
        DTSTAMP:20260910T154200Z
        DTSTART;TZID=Europe/Paris:20260916T103000
        DTEND;TZID=Europe/Paris:20260916T111500
        SUMMARY:Entretien - Superviseur de ligne de conditionnement (H/F) - Laboratoires Verlaine
        LOCATION:Microsoft Teams
        DESCRIPTION:Rejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4Yzk1ZTQtYjAwMS00@thread.v2/0
        ORGANIZER;CN=Sophie Marchand:mailto:sophie.marchand@laboratoires-verlaine.fr
        ATTENDEE;CN=Adrien Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:adrien.rousseau@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Laboratoires Verlaine <no-reply@laboratoires-verlaine.teamtailor-mail.com>",
              "Entretien confirmé - Superviseur de ligne de conditionnement (H/F)",
              "2026-09-10 17:42:08", PARIS, "a27-61.smtp-out.eu-west-1.amazonses.com", "b319-01",
              "eu-west-1.amazonses.com",
              extra=(("Reply-To", addr("Sophie Marchand", "sophie.marchand@laboratoires-verlaine.fr")),
                     ("X-Mailer", "Teamtailor")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(2), family="teamtailor", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-09-18 14:00", PARIS), end=utc("2026-09-18 14:45", PARIS),
           local="Fri 2026-09-18 14:00", local_end="2026-09-18 14:45", zone=PARIS,
           contact="sophie.marchand@laboratoires-verlaine.fr", company="Laboratoires Verlaine",
           note="Teamtailor 'entretien déplacé': old slot Wed 16 Sep 10:30 struck out, new slot vendredi 18 "
                "septembre 14:00-14:45 Paris (CEST) -> 12:00Z-12:45Z; ICS SEQUENCE:1 same UID; contact = Reply-To")
def verlaine_moved() -> bytes:
    body = t("""
        Bonjour Adrien,

        À la demande de Benoît Laval, votre entretien pour le poste de Superviseur de ligne de
        conditionnement (H/F) - Tours a été déplacé.

        Ancien créneau : mercredi 16 septembre 2026, 10:30 - 11:15
        Nouveau créneau : vendredi 18 septembre 2026, 14:00 - 14:45 (heure de Paris)

        Le lien Microsoft Teams reste le même. L'invitation mise à jour est jointe à ce message.

        Désolés pour ce changement et merci de votre compréhension,
        L'équipe recrutement de Laboratoires Verlaine
        """)
    page = t("""
        <html lang="fr"><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2937">
        <p>Bonjour Adrien,</p>
        <p>À la demande de Benoît Laval, votre entretien pour le poste de
        <strong>Superviseur de ligne de conditionnement (H/F) - Tours</strong> a été déplacé.</p>
        <p><span style="color:#9ca3af;text-decoration:line-through">mercredi 16 septembre 2026, 10:30 - 11:15</span><br>
        <strong>vendredi 18 septembre 2026, 14:00 - 14:45 (heure de Paris)</strong></p>
        <p>Le lien Microsoft Teams reste le même.</p>
        <p>Désolés pour ce changement et merci de votre compréhension,<br>
        L'équipe recrutement de Laboratoires Verlaine</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Teamtailor//Interviews//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + PARIS_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-6c1f0a83-2d9e-4b71-9f0e-5a7d2c11e804@teamtailor.com
        DTSTAMP:20260914T071500Z
        DTSTART;TZID=Europe/Paris:20260918T140000
        DTEND;TZID=Europe/Paris:20260918T144500
        SUMMARY:Entretien - Superviseur de ligne de conditionnement (H/F) - Laboratoires Verlaine
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Sophie Marchand:mailto:sophie.marchand@laboratoires-verlaine.fr
        ATTENDEE;CN=Adrien Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:adrien.rousseau@example.com
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Laboratoires Verlaine <no-reply@laboratoires-verlaine.teamtailor-mail.com>",
              "Votre entretien a été déplacé - Laboratoires Verlaine",
              "2026-09-14 09:15:31", PARIS, "a27-18.smtp-out.eu-west-1.amazonses.com", "b319-02",
              "eu-west-1.amazonses.com",
              extra=(("Reply-To", addr("Sophie Marchand", "sophie.marchand@laboratoires-verlaine.fr")),
                     ("X-Mailer", "Teamtailor")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-22 09:00", ZURICH), end=utc("2026-09-22 10:00", ZURICH),
           local="Tue 2026-09-22 09:00", local_end="2026-09-22 10:00", zone=ZURICH,
           contact="lena.brunner@rheinhalde-pharma.ch", company="Rheinhalde Pharma",
           note="Workday HTML-only notification, 'Tuesday, 22 September 2026 09:00 - 10:00 (GMT+02:00) "
                "Europe/Zurich' -> 07:00Z-08:00Z; ICS attachment agrees; no Reply-To, contact = human ICS ORGANIZER")
def rheinhalde_workday() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#00457c;padding:18px;color:#ffffff;font-size:18px">Rheinhalde Pharma AG</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Adrien,</p>
        <p>Thank you for your interest in the position <b>Packaging Operations Team Leader (R-10482)</b>.
        We are pleased to confirm your first interview:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Date</b></td><td>Tuesday, 22 September 2026</td></tr>
        <tr><td><b>Time</b></td><td>09:00 - 10:00 (GMT+02:00) Europe/Zurich</td></tr>
        <tr><td><b>Format</b></td><td>Microsoft Teams video call</td></tr>
        <tr><td><b>Interviewers</b></td><td>Lena Brunner (Talent Acquisition), Jonas Keller (Head of Secondary Packaging)</td></tr>
        </table>
        <p>A calendar invitation is attached. Please log in to your candidate home to review the details.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Rheinhalde Pharma AG, Basel</p>
        <p style="font-size:11px;color:#888888">This email was sent from an unmonitored mailbox.
        Powered by Workday.</p>
        </td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workday//Recruiting Interview//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + ZURICH_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:WD-INTERVIEW-7731-0922-a8c4e0@myworkday.com
        DTSTAMP:20260915T142000Z
        DTSTART;TZID=Europe/Zurich:20260922T090000
        DTEND;TZID=Europe/Zurich:20260922T100000
        SUMMARY:Interview: Packaging Operations Team Leader (R-10482)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Lena Brunner:mailto:lena.brunner@rheinhalde-pharma.ch
        ATTENDEE;CN=Adrien Rousseau;RSVP=TRUE:mailto:adrien.rousseau@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Rheinhalde Pharma <rheinhalde@myworkday.com>",
              "Interview Confirmation - Packaging Operations Team Leader",
              "2026-09-15 16:20:44", ZURICH, "mail-out2.myworkday.com", "b319-03", "myworkday.com")
    return message(hs, mixed(html(page),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(4), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-24 14:30", PARIS), end=None,
           local="Thu 2026-09-24 14:30", zone=PARIS,
           contact="n.guerin@helios-rh.fr", company="Atelier Pharmaceutique du Loir",
           note="Agency consultant (vous) confirms 'jeudi à 14h30' at the client's site; 'jeudi' resolved "
                "against Date Mon 21 Sep -> Thu 24 Sep, CEST -> 12:30Z; 'environ une heure' -> end null; "
                "company = the client who hires")
def helios_first_round() -> bytes:
    body = t("""
        Bonjour Monsieur Rousseau,

        Suite à notre échange de vendredi, j'ai le plaisir de vous confirmer votre entretien avec
        l'Atelier Pharmaceutique du Loir pour le poste de Chef d'équipe conditionnement secondaire :

        jeudi à 14h30, sur leur site de Vendôme (ZI Sud, 12 rue des Tanneurs).

        Vous serez reçu par M. François Lambert, responsable de l'atelier conditionnement. Comptez
        environ une heure, visite de la ligne blister comprise. Pensez à prendre une pièce d'identité
        pour l'accueil.

        N'hésitez pas à m'appeler si besoin avant l'entretien.

        Bien cordialement,

        Nathalie Guérin
        Consultante Industrie & Santé
        Hélios RH - Tours
        02 47 00 18 42 / n.guerin@helios-rh.fr
        """)
    hs = head(addr("Nathalie Guérin", "n.guerin@helios-rh.fr"),
              "Confirmation entretien - Atelier Pharmaceutique du Loir",
              "2026-09-21 11:05:12", PARIS, "smtp.helios-rh.fr", "b319-04", "helios-rh.fr",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(5), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-30 10:00", PARIS), end=utc("2026-09-30 11:00", PARIS),
           local="Wed 2026-09-30 10:00", local_end="2026-09-30 11:00", zone=PARIS,
           contact="thierry.lemoine@sologne-cp.fr", company="Sologne Conditionnement Pharma",
           note="Exchange meeting request from the hiring manager, TZID Romance Standard Time "
                "20260930T100000 (CEST) -> 08:00Z-09:00Z; body repeats 'mercredi 30 septembre 10:00-11:00'")
def scp_invite() -> bytes:
    body = t("""
        Bonjour Monsieur Rousseau,

        Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien du mercredi
        30 septembre de 10h00 à 11h00, en visio. Nous parlerons du poste de responsable d'équipe
        conditionnement (lignes flacons et étuis).

        Cordialement,
        Thierry Lemoine
        Responsable de production - Sologne Conditionnement Pharma

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0NjI1YzEtN2Q1@thread.v2/0?context=%7b%22Tid%22%3a%22b1c9%22%7d>
        ID de la réunion : 381 554 290 117
        Code secret : Wq7Xb2
        Pour en savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Monsieur Rousseau,</p>
        <p class="MsoNormal">Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien du
        mercredi 30 septembre de 10h00 à 11h00, en visio. Nous parlerons du poste de responsable d'équipe
        conditionnement (lignes flacons et étuis).</p>
        <p class="MsoNormal">Cordialement,<br>Thierry Lemoine<br>Responsable de production - Sologne Conditionnement Pharma</p>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">____________________________________</div>
        <div><span style="font-size:24px;font-weight:700">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0NjI1YzEtN2Q1@thread.v2/0">Cliquez ici pour participer à la réunion</a></div>
        <div>ID de la réunion : 381 554 290 117<br>Code secret : Wq7Xb2</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Thierry Lemoine:mailto:thierry.lemoine@sologne-cp.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adrien Rousseau:mailto:adrien.rousseau@example.com
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Rousseau\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour notre entretien.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C3D2F4114BDC01000000000000000010000000F1E2D3C4B5A69788
        SUMMARY;LANGUAGE=fr-FR:Entretien - Responsable d'équipe conditionnement / A. Rousseau
        DTSTART;TZID=Romance Standard Time:20260930T100000
        DTEND;TZID=Romance Standard Time:20260930T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260923T121200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119433071
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
    hs = head(addr("Thierry Lemoine", "thierry.lemoine@sologne-cp.fr"),
              "Entretien - Responsable d'équipe conditionnement / A. Rousseau",
              "2026-09-23 14:12:37", PARIS, "mail-am6eur05on2091.outbound.protection.outlook.com", "b319-05",
              "PR1P264MB2148.FRAP264.PROD.OUTLOOK.COM",
              extra=(("Thread-Topic", "Entretien - Responsable d'equipe conditionnement / A. Rousseau"),
                     ("Thread-Index", "AdzLq3bC9kPq1mVfRpe4yH0c2x7Rzg=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(6), family="outlook_calendar", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-10-02 15:00", PARIS), end=utc("2026-10-02 16:00", PARIS),
           local="Fri 2026-10-02 15:00", local_end="2026-10-02 16:00", zone=PARIS,
           contact="thierry.lemoine@sologne-cp.fr", company="Sologne Conditionnement Pharma",
           note="Exchange update of the 30 Sep request (same UID, SEQUENCE:1): moved to vendredi 2 octobre "
                "15h-16h, Romance Standard Time (CEST) -> 13:00Z-14:00Z")
def scp_moved() -> bytes:
    body = t("""
        Bonjour Monsieur Rousseau,

        Un audit client s'est invité mercredi matin, je suis obligé de décaler notre entretien.
        Je vous propose vendredi 2 octobre de 15h à 16h, comme vous me l'avez indiqué possible.
        L'invitation est mise à jour, même lien Teams.

        Merci de votre souplesse,
        Thierry Lemoine

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0NjI1YzEtN2Q1@thread.v2/0?context=%7b%22Tid%22%3a%22b1c9%22%7d>
        ID de la réunion : 381 554 290 117
        Code secret : Wq7Xb2
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Thierry Lemoine:mailto:thierry.lemoine@sologne-cp.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adrien Rousseau:mailto:adrien.rousseau@example.com
        UID:040000008200E00074C5B7101A82E00800000000A0C3D2F4114BDC01000000000000000010000000F1E2D3C4B5A69788
        SUMMARY;LANGUAGE=fr-FR:Entretien - Responsable d'équipe conditionnement / A. Rousseau
        DTSTART;TZID=Romance Standard Time:20261002T150000
        DTEND;TZID=Romance Standard Time:20261002T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260928T064700Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2119433071
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Thierry Lemoine", "thierry.lemoine@sologne-cp.fr"),
              "Mis à jour : Entretien - Responsable d'équipe conditionnement / A. Rousseau",
              "2026-09-28 08:47:02", PARIS, "mail-db8eur05on2113.outbound.protection.outlook.com", "b319-06",
              "PR1P264MB2148.FRAP264.PROD.OUTLOOK.COM",
              extra=(("Thread-Topic", "Entretien - Responsable d'equipe conditionnement / A. Rousseau"),
                     ("Thread-Index", "AdzLq3bC9kPq1mVfRpe4yH0c2x7RzgAT0kxQ"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(7), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-06 09:30", PARIS), end=utc("2026-10-06 11:00", PARIS),
           local="Tue 2026-10-06 09:30", local_end="2026-10-06 11:00", zone=PARIS,
           contact="karine.roux@delmas-sante.fr", company="Groupe Delmas Santé",
           note="SmartRecruiters on-site interview 'mardi 6 octobre 2026, de 09:30 à 11:00 (CEST)' -> "
                "07:30Z-09:00Z; text/calendar part agrees; contact = Reply-To recruiter")
def delmas_sr() -> bytes:
    body = t("""
        Bonjour Adrien,

        Nous avons le plaisir de vous inviter à un entretien sur site pour le poste de
        Superviseur Conditionnement - Équipe de nuit (réf. DS-2026-118).

        Quand : mardi 6 octobre 2026, de 09:30 à 11:00 (CEST)
        Où : Groupe Delmas Santé, 4 allée des Sablons, 45800 Saint-Jean-de-Braye - accueil bâtiment B
        Avec : Karine Roux (RH) et Stéphane Moreau (Directeur de site)

        Merci de vous présenter 10 minutes avant l'heure à l'accueil avec une pièce d'identité.

        Pour toute question, répondez à cet e-mail.

        Cordialement,
        Karine Roux
        Groupe Delmas Santé
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Adrien,</p>
        <p>Nous avons le plaisir de vous inviter à un entretien sur site pour le poste de
        <b>Superviseur Conditionnement - Équipe de nuit</b> (réf. DS-2026-118).</p>
        <p><b>Quand :</b> mardi 6 octobre 2026, de 09:30 à 11:00 (CEST)<br>
        <b>Où :</b> Groupe Delmas Santé, 4 allée des Sablons, 45800 Saint-Jean-de-Braye - accueil bâtiment B<br>
        <b>Avec :</b> Karine Roux (RH) et Stéphane Moreau (Directeur de site)</p>
        <p>Merci de vous présenter 10 minutes avant l'heure à l'accueil avec une pièce d'identité.</p>
        <p>Cordialement,<br>Karine Roux<br>Groupe Delmas Santé</p>
        <p style="color:#999;font-size:11px">Powered by SmartRecruiters</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + PARIS_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-3f0d8a2e-91b6-4c0e-bd6a-0e58a4c7d193
        DTSTAMP:20260930T081100Z
        DTSTART;TZID=Europe/Paris:20261006T093000
        DTEND;TZID=Europe/Paris:20261006T110000
        SUMMARY:Entretien - Superviseur Conditionnement (Groupe Delmas Santé)
        LOCATION:4 allée des Sablons\\, 45800 Saint-Jean-de-Braye
        ORGANIZER;CN=Karine Roux:mailto:karine.roux@delmas-sante.fr
        ATTENDEE;CN=Adrien Rousseau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:adrien.rousseau@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Groupe Delmas Santé", "noreply@smartrecruiters.com"),
              "Invitation à un entretien - Superviseur Conditionnement",
              "2026-09-30 10:11:50", PARIS, "o12.email.smartrecruiters.com", "b319-07", "smartrecruiters.com",
              extra=(("Reply-To", addr("Karine Roux", "karine.roux@delmas-sante.fr")),))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="quoted-printable")))


@make.mail(N(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-08 11:00", PARIS), end=utc("2026-10-08 12:00", PARIS),
           local="Thu 2026-10-08 11:00", local_end="2026-10-08 12:00", zone=PARIS,
           contact="marc.aubert@biofiole.fr", company="Biofiole",
           note="Google Calendar invitation, French UI 'jeu. 8 oct. 2026 11:00 - 12:00 (CEST)' -> 09:00Z-10:00Z; "
                "ICS in UTC agrees; contact = Reply-To/ORGANIZER hiring manager")
def biofiole_gcal() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien Adrien Rousseau / Biofiole - Chef d'équipe conditionnement
        Quand
        jeu. 8 oct. 2026 11:00 - 12:00 (heure d'été d'Europe centrale - Paris)

        Participer avec Google Meet
        https://meet.google.com/xqe-hbtn-wpa

        Invités
        Marc Aubert - organisateur
        adrien.rousseau@example.com
        lucie.henry@biofiole.fr

        Afficher tous les détails de l'invité
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWJ0a2xmNGM

        Répondre pour adrien.rousseau@example.com : Oui - Peut-être - Non
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWJ0a2xmNGM&rst=1

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Vous avez été invité à l'événement suivant.</p>
        <h2 style="font-size:22px;font-weight:400">Entretien Adrien Rousseau / Biofiole - Chef d'équipe conditionnement</h2>
        <table><tr><td style="color:#70757a">Quand</td>
        <td>jeu. 8 oct. 2026 11:00 - 12:00 (heure d'été d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Participer</td><td><a href="https://meet.google.com/xqe-hbtn-wpa">meet.google.com/xqe-hbtn-wpa</a></td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Marc Aubert - organisateur<br>adrien.rousseau@example.com<br>lucie.henry@biofiole.fr</td></tr>
        </table>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261008T090000Z
        DTEND:20261008T100000Z
        DTSTAMP:20261002T083300Z
        ORGANIZER;CN=Marc Aubert:mailto:marc.aubert@biofiole.fr
        UID:5btklf4c0q2r8s9v1k3mdn7e6p@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Aubert;X-NUM-GUESTS=0:mailto:marc.aubert@biofiole.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=adrien.rousseau@example.com;X-NUM-GUESTS=0:mailto:adrien.rousseau@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lucie.henry@biofiole.fr;X-NUM-GUESTS=0:mailto:lucie.henry@biofiole.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/xqe-hbtn-wpa
        CREATED:20261002T083200Z
        DESCRIPTION:Participer à la réunion Google Meet : https://meet.google.com/xqe-hbtn-wpa
        LAST-MODIFIED:20261002T083300Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Adrien Rousseau / Biofiole - Chef d'équipe conditionnement
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitation: Entretien Adrien Rousseau / Biofiole - Chef d'équipe conditionnement "
               "@ jeu. 8 oct. 2026 11:00 - 12:00 (CEST) (adrien.rousseau@example.com)")
    hs = head(addr("Marc Aubert", "marc.aubert@biofiole.fr"), subject,
              "2026-10-02 10:33:19", PARIS, "mail-sor-f73.google.com", "b319-08", "google.com",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "marc.aubert@biofiole.fr")))
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(9), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-10-12 14:00", PARIS), end=utc("2026-10-12 15:00", PARIS),
           local="Mon 2026-10-12 14:00", local_end="2026-10-12 15:00", zone=PARIS,
           contact="elise.fontaine@cosmetiques-chambord.fr", company="Cosmétiques de Chambord",
           note="Google Calendar 'Événement annulé', METHOD:CANCEL STATUS:CANCELLED; cancelled slot lun. 12 oct. "
                "14:00-15:00 (CEST) -> 12:00Z-13:00Z; organizer's note says the post was filled internally")
def chambord_cancel() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien - Responsable conditionnement (Cosmétiques de Chambord)
        Quand
        lun. 12 oct. 2026 14:00 - 15:00 (heure d'été d'Europe centrale - Paris)

        Invités
        Élise Fontaine - organisateur
        adrien.rousseau@example.com

        Message d'Élise Fontaine :
        Bonjour Adrien, le poste vient d'être pourvu en interne, je suis désolée de devoir annuler
        notre rendez-vous. Je garde votre candidature pour nos prochains besoins.

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261012T120000Z
        DTEND:20261012T130000Z
        DTSTAMP:20261008T160200Z
        ORGANIZER;CN=Élise Fontaine:mailto:elise.fontaine@cosmetiques-chambord.fr
        UID:0r7ajq3v5l2c4n8b9m6kd1e0t4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=adrien.rousseau@example.com;X-NUM-GUESTS=0:mailto:adrien.rousseau@example.com
        CREATED:20260929T091500Z
        LAST-MODIFIED:20261008T160200Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien - Responsable conditionnement (Cosmétiques de Chambord)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Événement annulé : Entretien - Responsable conditionnement (Cosmétiques de Chambord) "
               "@ lun. 12 oct. 2026 14:00 - 15:00 (CEST) (adrien.rousseau@example.com)")
    hs = head(addr("Élise Fontaine", "elise.fontaine@cosmetiques-chambord.fr"), subject,
              "2026-10-08 18:02:45", PARIS, "mail-sor-f69.google.com", "b319-09", "google.com",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "elise.fontaine@cosmetiques-chambord.fr")))
    return message(hs, mixed(alt(text(body, cte="base64"), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(10), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-14 11:00", PARIS), end=utc("2026-10-14 11:30", PARIS),
           local="Wed 2026-10-14 11:00", local_end="2026-10-14 11:30", zone=PARIS,
           contact="oliver.pembroke@harwickmedical.co.uk", company="Harwick Medical Packaging",
           note="Calendly invitee confirmation shown in the invitee's zone: '11:00 - 11:30, Wednesday, "
                "October 14, 2026 (Central European Time)' - Paris is on CEST then, so 09:00Z-09:30Z (not 10:00Z); "
                "British employer; contact = Reply-To host")
def harwick_calendly() -> bytes:
    body = t("""
        Hi Adrien,

        A new event has been scheduled.

        Event Type:
        Screening call - Site Packaging Lead, Orléans

        Invitee:
        Adrien Rousseau

        Event Date/Time:
        11:00 - 11:30, Wednesday, October 14, 2026 (Central European Time)

        Location:
        This is a Microsoft Teams web conference.
        Oliver will send the Teams link separately.

        Host:
        Oliver Pembroke, Harwick Medical Packaging

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f2d6e10-bb4c-4bd1-9a38-c1e0d0a4e6b2
        Reschedule: https://calendly.com/reschedulings/7f2d6e10-bb4c-4bd1-9a38-c1e0d0a4e6b2

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:16px">
        <table width="100%" style="max-width:560px"><tr><td>
        <p>Hi Adrien,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Screening call - Site Packaging Lead, Orléans</p>
        <p><b>Invitee:</b><br>Adrien Rousseau</p>
        <p><b>Event Date/Time:</b><br>11:00 - 11:30, Wednesday, October 14, 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference.<br>Oliver will send the Teams link separately.</p>
        <p><b>Host:</b><br>Oliver Pembroke, Harwick Medical Packaging</p>
        <p><a href="https://calendly.com/cancellations/7f2d6e10-bb4c-4bd1-9a38-c1e0d0a4e6b2">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7f2d6e10-bb4c-4bd1-9a38-c1e0d0a4e6b2">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </td></tr></table></body></html>
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Screening call - Site Packaging Lead, Orléans with Oliver Pembroke on Wednesday, "
              "October 14, 2026",
              "2026-10-09 11:20:05", "UTC", "o1.sg.calendly.com", "b319-10", "calendly.com",
              extra=(("Reply-To", addr("Oliver Pembroke", "oliver.pembroke@harwickmedical.co.uk")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(11), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-27 10:00", LONDON), end=utc("2026-10-27 11:30", LONDON),
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:30", zone=LONDON,
           contact="oliver.pembroke@harwickmedical.co.uk", company="Harwick Medical Packaging",
           note="Lever confirmation sent Wed 21 Oct (BST) for Tuesday 27 October 10:00-11:30 London time, "
                "after the 25 Oct change to GMT -> 10:00Z-11:30Z; body also says 11:00 in France (CET); "
                "ICS Europe/London agrees; contact = Reply-To")
def harwick_lever() -> bytes:
    body = t("""
        Hi Adrien,

        Thanks for making time to speak with us again. Your panel interview for Site Packaging Lead,
        Orléans is confirmed:

        Tuesday, 27 October 2026
        10:00 - 11:30 (London time) - that is 11:00 - 12:30 for you in France
        Microsoft Teams (link in the calendar invite)

        You'll meet:
        - Oliver Pembroke, Talent Partner
        - Priya Natarajan, Head of European Operations
        - Tom Ashdown, Quality Lead, Orléans

        Please note the UK clocks go back on Sunday 25 October, so double-check the time in your
        calendar.

        If anything changes, just reply to this email.

        Best,
        Oliver
        Harwick Medical Packaging
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1c1c1c">
        <p>Hi Adrien,</p>
        <p>Thanks for making time to speak with us again. Your panel interview for <b>Site Packaging Lead,
        Orléans</b> is confirmed:</p>
        <p><b>Tuesday, 27 October 2026</b><br>10:00 - 11:30 (London time) - that is 11:00 - 12:30 for you in France<br>
        Microsoft Teams (link in the calendar invite)</p>
        <p>You'll meet:</p>
        <ul><li>Oliver Pembroke, Talent Partner</li><li>Priya Natarajan, Head of European Operations</li>
        <li>Tom Ashdown, Quality Lead, Orléans</li></ul>
        <p>Please note the UK clocks go back on Sunday 25 October, so double-check the time in your calendar.</p>
        <p>Best,<br>Oliver<br>Harwick Medical Packaging</p>
        <p style="font-size:11px;color:#999">Sent with Lever</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + LONDON_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-interview-4c8e2b71-5d0a-4f3b-8a6e-92b1d3f0c7aa
        DTSTAMP:20261021T144000Z
        DTSTART;TZID=Europe/London:20261027T100000
        DTEND;TZID=Europe/London:20261027T113000
        SUMMARY:Adrien Rousseau - Panel interview - Site Packaging Lead\\, Orléans
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Oliver Pembroke:mailto:oliver.pembroke@harwickmedical.co.uk
        ATTENDEE;CN=Adrien Rousseau;RSVP=TRUE:mailto:adrien.rousseau@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Harwick Medical Packaging <no-reply@hire.lever.co>",
              "Interview confirmed: Site Packaging Lead, Orléans",
              "2026-10-21 15:40:26", LONDON, "mail-out.hire.lever.co", "b319-11", "hire.lever.co",
              extra=(("Reply-To", addr("Oliver Pembroke", "oliver.pembroke@harwickmedical.co.uk")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@make.mail(N(12), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-26 09:30", ZURICH), end=utc("2026-10-26 12:00", ZURICH),
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 12:00", zone=ZURICH,
           contact="lena.brunner@rheinhalde-pharma.ch", company="Rheinhalde Pharma",
           note="Swiss recruiter moves the on-site from Thu 22 Oct 14:00 to Monday 26 October 09:30-12:00 "
                "Swiss time; sent in CEST, interview after the 25 Oct change -> CET, 08:30Z-11:00Z")
def rheinhalde_moved() -> bytes:
    body = t("""
        Dear Adrien,

        Thank you for confirming on the phone just now. As discussed, Jonas has to be at our Lyon
        site on Thursday, so your on-site visit moves:

          from: Thursday 22 October, 14:00
          to:   Monday 26 October, 09:30 - 12:00 (Swiss time)

        The programme stays the same: line tour of Building 7 (blister and cartoning), then a
        panel with Jonas Keller and Marta Schneider (QA), and lunch with the shift team if you
        can stay. Reception is at Rheinhalde Pharma AG, Hochbergerstrasse 60, 4057 Basel - ask
        for me at the gate.

        Since you now travel on Sunday, we have booked the Hotel Rheinblick for the night of the
        25th; the confirmation will follow separately. Please keep your train tickets for the
        expense claim.

        Kind regards,
        Lena

        Lena Brunner
        Talent Acquisition Partner
        Rheinhalde Pharma AG | Basel
        +41 61 555 73 20 | lena.brunner@rheinhalde-pharma.ch
        """)
    hs = head(addr("Lena Brunner", "lena.brunner@rheinhalde-pharma.ch"),
              "New date for your on-site visit: Monday 26 October",
              "2026-10-20 10:12:40", ZURICH, "mx-out.rheinhalde-pharma.ch", "b319-12", "rheinhalde-pharma.ch",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(13), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-20 16:00", PARIS), end=utc("2026-10-20 16:45", PARIS),
           local="Tue 2026-10-20 16:00", local_end="2026-10-20 16:45", zone=PARIS,
           contact="camille.tessier@vitalis-conditionnement.fr", company="Vitalis Conditionnement",
           note="Microsoft Bookings confirmation from a shared mailbox; body shows '(UTC+01:00) Bruxelles, "
                "Copenhague, Madrid, Paris' though Paris is on CEST on 20 Oct -> 14:00Z-14:45Z, which the ICS "
                "(Romance Standard Time) confirms; contact = staff address written in the body")
def vitalis_bookings() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Vitalis Conditionnement</div>
        <div style="font-size:16px">Votre rendez-vous est confirmé</div>
        <table cellpadding="6" style="font-size:14px;margin-top:12px">
        <tr><td style="color:#605e5c">Service</td><td>Entretien RH - Chef d'équipe conditionnement (Romorantin)</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>mardi 20 octobre 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>16:00 - 16:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Camille Tessier</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams (lien ci-dessous)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM4ODA2@thread.v2/0">Rejoindre la réunion Teams</a></p>
        <p>Pour toute question sur votre entretien, écrivez à Camille Tessier :
        <a href="mailto:camille.tessier@vitalis-conditionnement.fr">camille.tessier@vitalis-conditionnement.fr</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementVitalis@vitalis-conditionnement.fr/bookings/">Gérer la réservation</a></p>
        <p style="font-size:11px;color:#a19f9d">Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Recrutement Vitalis:mailto:RecrutementVitalis@vitalis-conditionnement.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adrien Rousseau:mailto:adrien.rousseau@example.com
        UID:040000008200E00074C5B7101A82E008000000003B7D91A1F85DDC010000000000000000100000002A4C7E90D1B3F655
        SUMMARY;LANGUAGE=fr-FR:Entretien RH - Chef d'équipe conditionnement (Romorantin)
        DTSTART;TZID=Romance Standard Time:20261020T160000
        DTEND;TZID=Romance Standard Time:20261020T164500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261014T190300Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Recrutement Vitalis <RecrutementVitalis@vitalis-conditionnement.fr>",
              "Rendez-vous confirmé : Entretien RH - Chef d'équipe conditionnement (Romorantin)",
              "2026-10-14 21:03:55", PARIS, "mail-vi1eur04on2077.outbound.protection.outlook.com", "b319-13",
              "PA4P264MB3316.FRAP264.PROD.OUTLOOK.COM",
              extra=(("Content-Language", "fr-FR"), ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, mixed(html(page),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(14), family="personio", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-29 10:00", PARIS), end=utc("2026-10-29 11:30", PARIS),
           local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:30", zone=PARIS,
           contact="aurelie.besson@flacopack.fr", company="Flacopack",
           note="Personio invitation (iso-8859-1) sent Fri 23 Oct in CEST for 'jeudi 29 octobre 2026 à 10h00', "
                "after the 25 Oct change -> CET, 09:00Z; 'durée : 1h30' -> 10:30Z; contact = Reply-To")
def flacopack_personio() -> bytes:
    body = t("""
        Bonjour Monsieur Rousseau,

        Merci pour votre candidature au poste de Responsable d'atelier conditionnement (CDI) à
        Châteaudun. Nous avons le plaisir de vous confirmer un entretien sur site :

        Date : jeudi 29 octobre 2026
        Heure : 10h00 (durée : 1h30)
        Adresse : Flacopack SAS, 7 rue de la Varenne, 28200 Châteaudun
        Interlocuteurs : Aurélie Besson (Ressources humaines), Gilles Mercier (Directeur industriel)

        Le parking visiteurs se trouve à droite après la barrière. Des chaussures de sécurité
        vous seront prêtées pour la visite de l'atelier.

        En cas d'empêchement, merci de répondre directement à ce message.

        Cordialement,
        Aurélie Besson
        Flacopack SAS
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Monsieur Rousseau,</p>
        <p>Merci pour votre candidature au poste de <b>Responsable d'atelier conditionnement (CDI)</b> à
        Châteaudun. Nous avons le plaisir de vous confirmer un entretien sur site :</p>
        <p>Date : <b>jeudi 29 octobre 2026</b><br>Heure : <b>10h00</b> (durée : 1h30)<br>
        Adresse : Flacopack SAS, 7 rue de la Varenne, 28200 Châteaudun<br>
        Interlocuteurs : Aurélie Besson (Ressources humaines), Gilles Mercier (Directeur industriel)</p>
        <p>Le parking visiteurs se trouve à droite après la barrière. Des chaussures de sécurité
        vous seront prêtées pour la visite de l'atelier.</p>
        <p>Cordialement,<br>Aurélie Besson<br>Flacopack SAS</p>
        <p style="font-size:10px;color:#888">Cet e-mail a été envoyé via Personio.</p>
        </body></html>
        """)
    hs = head(addr("Flacopack SAS", "noreply@flacopack.jobs.personio.de"),
              "Invitation à un entretien - Responsable d'atelier conditionnement",
              "2026-10-23 11:30:18", PARIS, "mail.personio.de", "b319-14", "personio.de",
              extra=(("Reply-To", addr("Aurélie Besson", "aurelie.besson@flacopack.fr", charset="iso-8859-1")),))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@make.mail(N(15), family="ics_attachment", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-30 15:00", PARIS), end=utc("2026-10-30 15:45", PARIS),
           local="Fri 2026-10-30 15:00", local_end="2026-10-30 15:45", zone=PARIS,
           contact="dana.whitfield@kessling.com", company="Kessling Packaging France",
           note="French HR mail: 'vendredi 30 octobre à 15h00, heure de Paris (10h00 à Newark)' - Paris already "
                "on CET, New Jersey still on EDT until 1 Nov -> 14:00Z-14:45Z; attached Outlook .ics in "
                "'Eastern Standard Time' 10:00 agrees; contact = human ICS ORGANIZER (the US interviewer), "
                "per the rule order, ahead of the HR sender")
def kessling_ics() -> bytes:
    body = t("""
        Bonjour Adrien,

        Comme convenu, voici l'invitation pour votre entretien avec Dana Whitfield, directrice des
        opérations Europe-Amériques, qui est basée au siège à Newark (New Jersey) :

        vendredi 30 octobre à 15h00, heure de Paris (10h00 à Newark), durée 45 minutes, sur Teams.

        Attention, nous serons déjà passés à l'heure d'hiver en France, mais pas encore aux
        États-Unis (le 1er novembre) : cette semaine-là l'écart n'est que de 5 heures. Le fichier
        joint est dans le fuseau de Dana, votre agenda devrait le convertir tout seul.

        L'entretien se déroulera en anglais. Je reste joignable si vous avez des questions.

        Bonne journée,
        Hélène Carpentier
        Responsable RH - Kessling Packaging France (Vierzon)
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + EASTERN_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@kessling.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adrien Rousseau:mailto:adrien.rousseau@example.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Helene Carpentier:mailto:helene.carpentier@kessling.com
        UID:040000008200E00074C5B7101A82E00800000000D4F0A6C3B966DC01000000000000000010000000E7A21F0C93B64D28
        SUMMARY;LANGUAGE=en-US:Interview - Production Supervisor\\, Vierzon (A. Rousseau)
        DTSTART;TZID=Eastern Standard Time:20261030T100000
        DTEND;TZID=Eastern Standard Time:20261030T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T195500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Hélène Carpentier", "helene.carpentier@kessling.com"),
              "Entretien avec Dana Whitfield - vendredi 30/10",
              "2026-10-26 09:20:07", PARIS, "mail-eopbgr690112.outbound.protection.outlook.com", "b319-15",
              "MN2PR11MB4711.namprd11.prod.outlook.com",
              extra=(("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(text(body),
                             calendar(ics, method=None, cte="base64", filename="Interview - A. Rousseau.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(16), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-03 14:00", PARIS), end=utc("2026-11-03 15:00", PARIS),
           local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=PARIS,
           contact="julien.perrin@ampoules-berry.fr", company="Ampoules du Berry",
           note="Recruitee confirmation after the candidate picked a slot: 'mardi 3 novembre 2026, 14:00 - 15:00 "
                "(Europe/Paris)' CET -> 13:00Z-14:00Z; base64 ICS attachment agrees; contact = Reply-To")
def berry_recruitee() -> bytes:
    body = t("""
        Bonjour Adrien,

        Merci d'avoir choisi un créneau. Votre entretien est confirmé :

        Poste : Chef d'équipe conditionnement - ampoules injectables (Bourges)
        Date : mardi 3 novembre 2026
        Heure : 14:00 - 15:00 (Europe/Paris)
        Type : entretien vidéo (Google Meet) - https://meet.google.com/pfr-kzwa-tud
        Avec : Julien Perrin, Responsable de production

        L'invitation est jointe à cet e-mail.

        À bientôt,
        Ampoules du Berry
        """)
    page = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#0f172a">
        <p>Bonjour Adrien,</p>
        <p>Merci d'avoir choisi un créneau. Votre entretien est confirmé :</p>
        <p><b>Poste :</b> Chef d'équipe conditionnement - ampoules injectables (Bourges)<br>
        <b>Date :</b> mardi 3 novembre 2026<br><b>Heure :</b> 14:00 - 15:00 (Europe/Paris)<br>
        <b>Type :</b> entretien vidéo (Google Meet) - <a href="https://meet.google.com/pfr-kzwa-tud">meet.google.com/pfr-kzwa-tud</a><br>
        <b>Avec :</b> Julien Perrin, Responsable de production</p>
        <p>À bientôt,<br>Ampoules du Berry</p>
        <p style="font-size:11px;color:#94a3b8">Envoyé avec Recruitee</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Recruitee//Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + PARIS_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-88213407@recruitee.com
        DTSTAMP:20261028T103400Z
        DTSTART;TZID=Europe/Paris:20261103T140000
        DTEND;TZID=Europe/Paris:20261103T150000
        SUMMARY:Entretien Adrien Rousseau - Chef d'équipe conditionnement
        LOCATION:https://meet.google.com/pfr-kzwa-tud
        ORGANIZER;CN=Julien Perrin:mailto:julien.perrin@ampoules-berry.fr
        ATTENDEE;CN=Adrien Rousseau;RSVP=TRUE:mailto:adrien.rousseau@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Ampoules du Berry", "no-reply@recruitee.com"),
              "Entretien confirmé : Chef d'équipe conditionnement - Ampoules du Berry",
              "2026-10-28 11:34:52", PARIS, "mail182-9.suw21.mandrillapp.com", "b319-16", "recruitee.com",
              extra=(("Reply-To", addr("Julien Perrin", "julien.perrin@ampoules-berry.fr")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method=None, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(17), family="workable", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-11-05 10:00", PARIS), end=None,
           local="Thu 2026-11-05 10:00", zone=PARIS,
           contact="romain.delaunay@sterilab-centre.fr", company="Stérilab Centre",
           note="Workable mail cancelling 'votre entretien du jeudi 5 novembre à 10h00' (CET -> 09:00Z) because "
                "the post was filled internally; no new time; Reply-To is a Workable relay, contact = address "
                "in the signature")
def sterilab_cancel() -> bytes:
    body = t("""
        Bonjour Adrien,

        Je suis au regret de devoir annuler votre entretien du jeudi 5 novembre à 10h00 pour le
        poste de Superviseur de production - conditionnement aseptique.

        Le poste vient d'être pourvu par une mobilité interne, que nous n'avions pas anticipée au
        moment de vous proposer ce rendez-vous. Je suis sincèrement désolé pour ce contretemps.

        Votre profil nous intéresse et je me permettrai de vous recontacter si un poste similaire
        s'ouvre sur notre site de Fleury-les-Aubrais.

        Bien cordialement,
        Romain Delaunay
        Responsable Ressources Humaines - Stérilab Centre
        romain.delaunay@sterilab-centre.fr
        """)
    paras = body.rstrip("\n").split("\n\n")
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
            + '\n<p style="color:#999;font-size:11px">Sent via Workable</p>\n</body></html>\n')
    hs = head(addr("Stérilab Centre", "noreply@workablemail.com"),
              "Annulation de votre entretien - Superviseur de production",
              "2026-11-02 16:48:03", PARIS, "mail-a12.workablemail.com", "b319-17", "workablemail.com",
              extra=(("Reply-To", "sterilab-centre+c7f1a9d2e4@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(18), family="taleo", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-09 13:30", PARIS), end=utc("2026-11-09 15:30", PARIS),
           local="Mon 2026-11-09 13:30", local_end="2026-11-09 15:30", zone=PARIS,
           contact="claire.vasseur@maubert-sante.fr", company="Groupe Maubert Santé",
           note="Taleo HTML-only (windows-1252) convocation 'lundi 9 novembre 2026 à 13h30, durée 2 heures' "
                "CET -> 12:30Z-14:30Z; from a no-reply address, contact = the recruiter's address in the body")
def maubert_taleo() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Monsieur Adrien Rousseau,</p>
        <p>Suite à l'examen de votre candidature au poste <b>Superviseur Conditionnement H/F (Réf. 2600417)</b>,
        nous avons le plaisir de vous convier à un entretien :</p>
        <p>&bull; Date : <b>lundi 9 novembre 2026</b><br>
        &bull; Heure : <b>13h30</b><br>
        &bull; Durée : 2 heures (entretien avec le responsable de secteur puis test de mise en situation)<br>
        &bull; Lieu : Groupe Maubert Santé - Site de Chartres, 21 avenue Gustave Eiffel, 28000 Chartres</p>
        <p>Votre interlocutrice : Mme Claire Vasseur, Chargée de recrutement -
        <a href="mailto:claire.vasseur@maubert-sante.fr">claire.vasseur@maubert-sante.fr</a></p>
        <p>Nous vous remercions de bien vouloir vous munir d'une pièce d'identité et de vos derniers
        bulletins de salaire.</p>
        <p>Cordialement,<br>La Direction des Ressources Humaines<br>Groupe Maubert Santé</p>
        <p><i>Ce message est généré automatiquement, merci de ne pas y répondre.</i></p>
        </font></body></html>
        """)
    hs = head(addr("Groupe Maubert Santé", "no-reply@maubert.taleo.net", charset="windows-1252"),
              "Convocation à un entretien - Superviseur Conditionnement H/F",
              "2026-11-03 09:02:11", PARIS, "smtp-out3.taleo.net", "b319-18", "taleo.net")
    return message(hs, html(page, charset="windows-1252"))


@make.mail(N(19), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-18 10:00", PARIS), end=None,
           local="Wed 2026-11-18 10:00", zone=PARIS,
           contact="julie.caron@proxim-interim.fr", company="Pharmaloire",
           note="Agency consultant (tu) replies 'c'est calé pour mercredi 10h' on top of the quoted thread "
                "(her two slots, the candidate picks 'mercredi 18 à 10h'); 'mercredi' after Date Fri 13 Nov -> "
                "Wed 18 Nov, CET -> 09:00Z; no length -> end null; company = the client who hires")
def pharmaloire_reply() -> bytes:
    body = t("""
        Top ! C'est calé pour mercredi 10h chez Pharmaloire, je préviens M. Dubreuil tout de suite.
        Présente-toi à l'accueil du bâtiment A (rue de la Pinguenet, La Chaussée-Saint-Victor) et
        demande-le directement. Je t'appelle lundi pour te briefer sur l'équipe.

        Bon week-end,
        Julie

        Julie Caron
        Chargée de recrutement - Proxim Intérim Blois
        06 71 00 42 18

        Le ven. 13 nov. 2026 à 16:41, Adrien Rousseau <adrien.rousseau@example.com> a écrit :
        > Bonjour Julie,
        >
        > Mercredi 18 à 10h me va très bien.
        >
        > Adrien
        >
        > Le ven. 13 nov. 2026 à 11:02, Julie Caron <julie.caron@proxim-interim.fr> a écrit :
        >> Salut Adrien,
        >>
        >> Pharmaloire aimerait te rencontrer pour le poste de chef d'équipe conditionnement
        >> (CDI, 2x8). M. Dubreuil, le responsable de production, propose mercredi 18 à 10h ou
        >> jeudi 19 à 14h. Dis-moi ce qui t'arrange.
        >>
        >> Julie
        """)
    hs = head(addr("Julie Caron", "julie.caron@proxim-interim.fr"),
              "Re: Pharmaloire - entretien chef d'équipe",
              "2026-11-13 17:05:44", PARIS, "mail-wm1-f54.google.com", "b319-19", "mail.gmail.com",
              extra=(("In-Reply-To", "<CAJx8e2Rk9n4QpB1aV0cT3mHw7sLzE5uYf6dN2oG@mail.gmail.com>"),
                     ("References", "<CAM1q7Pz3rT8vW0bX2nS6kD4fJ9hLcY5eA1uG7iQ@mail.gmail.com>\r\n"
                                    " <CAJx8e2Rk9n4QpB1aV0cT3mHw7sLzE5uYf6dN2oG@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@make.mail(N(20), family="outlook_calendar", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-11-19 10:00", PARIS), end=utc("2026-11-19 11:00", PARIS),
           local="Thu 2026-11-19 10:00", local_end="2026-11-19 11:00", zone=PARIS,
           contact="thierry.lemoine@sologne-cp.fr", company="Sologne Conditionnement Pharma",
           note="Exchange 'Annulé :' METHOD:CANCEL for the second interview, Romance Standard Time "
                "20261119T100000 (CET) -> 09:00Z-10:00Z; hiring freeze, no new time")
def scp_cancel() -> bytes:
    body = t("""
        Bonjour Monsieur Rousseau,

        Je suis contraint d'annuler notre second entretien du jeudi 19 novembre : la direction du
        groupe vient de geler les recrutements jusqu'à la fin du premier trimestre. Ce n'est en
        rien lié à votre candidature, que j'ai appréciée.

        Je reviendrai vers vous dès que le poste sera rouvert.

        Cordialement,
        Thierry Lemoine
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Thierry Lemoine:mailto:thierry.lemoine@sologne-cp.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adrien Rousseau:mailto:adrien.rousseau@example.com
        DESCRIPTION;LANGUAGE=fr-FR:Je suis contraint d'annuler notre second entretien du jeudi 19 novembre.\\n
        UID:040000008200E00074C5B7101A82E00800000000B18E6F2C2973DC01000000000000000010000000C0FFEE1234ABCD77
        SUMMARY;LANGUAGE=fr-FR:Annulé : 2e entretien - Responsable d'équipe conditionnement
        DTSTART;TZID=Romance Standard Time:20261119T100000
        DTEND;TZID=Romance Standard Time:20261119T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261116T080500Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-FR:Salle Chambord - SCP Lamotte-Beuvron
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Thierry Lemoine", "thierry.lemoine@sologne-cp.fr"),
              "Annulé : 2e entretien - Responsable d'équipe conditionnement",
              "2026-11-16 09:05:30", PARIS, "mail-am6eur05on2098.outbound.protection.outlook.com", "b319-20",
              "PR1P264MB2148.FRAP264.PROD.OUTLOOK.COM",
              extra=(("Thread-Topic", "2e entretien - Responsable d'equipe conditionnement"),
                     ("Importance", "high"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(21), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-23 09:00", PARIS), end=utc("2026-11-23 10:30", PARIS),
           local="Mon 2026-11-23 09:00", local_end="2026-11-23 10:30", zone=PARIS,
           contact="pauline.girard@labo-cassel.fr", company="Laboratoires Cassel",
           note="The candidate forwards from his old address to himself a confirmation 'lundi 23 novembre à 9h00', "
                "'prévoyez une heure trente' (CET) -> 08:00Z-09:30Z; contact = the recruiter in the forwarded "
                "header, never the candidate")
def cassel_forward() -> bytes:
    body = t("""
        Pour l'agenda.

        ---------- Forwarded message ---------
        De : Pauline Girard <pauline.girard@labo-cassel.fr>
        Date: lun. 16 nov. 2026 à 18:12
        Subject: Votre entretien du 23 novembre - Laboratoires Cassel
        To: Adrien Rousseau <adrien.rousseau@example.org>


        Bonjour Monsieur Rousseau,

        Je vous confirme votre entretien le lundi 23 novembre à 9h00 avec M. Olivier Joly,
        directeur industriel, sur notre site de Saran (1150 rue du Champ Rond). Prévoyez une
        heure trente : l'entretien sera suivi d'une visite de l'unité de conditionnement.

        Merci de vous présenter au poste de garde, votre nom sera communiqué.

        Bien cordialement,
        Pauline Girard
        Chargée RH - Laboratoires Cassel
        02 38 00 71 15
        """)
    hs = head(addr(ME_NAME, ME_OLD), "Fwd: Votre entretien du 23 novembre - Laboratoires Cassel",
              "2026-11-17 07:58:21", PARIS, "mail-ej1-f46.google.com", "b319-21", "mail.gmail.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(22), family="rfc822_attachment", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-12-02 14:00", PARIS), end=None,
           local="Wed 2026-12-02 14:00", zone=PARIS,
           contact="n.guerin@helios-rh.fr", company="Atelier Pharmaceutique du Loir",
           note="Agency consultant confirms the second round moves from mardi 1er décembre 10h to 'mercredi 2 "
                "décembre à 14h00' (CET -> 13:00Z) and attaches the client's request as message/rfc822; "
                "contact = human sender (consultant), ahead of the client in the attachment; no length -> end null")
def helios_moved() -> bytes:
    inner_body = t("""
        Bonjour Nathalie,

        Nous avons un audit ANSM qui tombe mardi 1er décembre, je ne pourrai pas recevoir
        M. Rousseau le matin comme prévu. Pourriez-vous lui proposer mercredi 2 décembre à 14h00 ?
        Même déroulé : entretien avec moi puis rencontre avec Mme Roy, directrice du site.

        Merci et désolé,
        François Lambert
        Responsable atelier conditionnement
        Atelier Pharmaceutique du Loir - Vendôme
        """)
    inner = message([
        ("From", addr("François Lambert", "f.lambert@apl-vendome.fr")),
        ("To", addr("Nathalie Guérin", "n.guerin@helios-rh.fr")),
        ("Subject", enc("2e entretien M. Rousseau - décalage")),
        ("Date", date("2026-11-25 17:40:02", PARIS)),
        ("Message-ID", mid("b319-22-inner", "apl-vendome.fr")),
    ], text(inner_body))
    body = t("""
        Bonjour Monsieur Rousseau,

        Comme je vous l'ai dit au téléphone ce matin, M. Lambert a dû décaler votre second
        entretien (son message est en pièce jointe). Je vous confirme donc le nouveau rendez-vous :

        mercredi 2 décembre à 14h00, au lieu de mardi 1er décembre à 10h00,
        même adresse à Vendôme (ZI Sud, 12 rue des Tanneurs).

        Vous rencontrerez M. Lambert puis Mme Roy, directrice du site.

        Bien cordialement,

        Nathalie Guérin
        Consultante Industrie & Santé
        Hélios RH - Tours
        02 47 00 18 42 / n.guerin@helios-rh.fr
        """)
    hs = head(addr("Nathalie Guérin", "n.guerin@helios-rh.fr"),
              "TR: 2e entretien - Atelier Pharmaceutique du Loir - nouvelle date",
              "2026-11-26 10:14:37", PARIS, "smtp.helios-rh.fr", "b319-22", "helios-rh.fr",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             attached_message(inner, filename="2e entretien M. Rousseau - decalage.eml")))


@make.mail(N(23), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-10 14:00", LONDON), end=utc("2026-12-10 15:00", LONDON),
           local="Thu 2026-12-10 14:00", local_end="2026-12-10 15:00", zone=LONDON,
           contact="oliver.pembroke@harwickmedical.co.uk", company="Harwick Medical Packaging",
           note="British recruiter confirms the final conversation 'Thursday 10 December at 2pm UK time (3pm in "
                "Blois)', '60 minutes', with a pasted Zoom invitation; GMT -> 14:00Z-15:00Z")
def harwick_final() -> bytes:
    body = t("""
        Hi Adrien,

        Great news - Rebecca Hale, our COO, would like to meet you for the final conversation.
        That's now confirmed for Thursday 10 December at 2pm UK time (3pm in Blois), 60 minutes
        on Zoom. Details below.

        It will be a fairly open discussion about how you'd set up the second shift in Orléans
        and your first 90 days. No presentation needed.

        Cheers,
        Oliver

        Oliver Pembroke
        Talent Partner | Harwick Medical Packaging Ltd
        +44 20 7946 0831

        -----
        Oliver Pembroke is inviting you to a scheduled Zoom meeting.

        Topic: Adrien Rousseau / Rebecca Hale - final interview
        Time: Dec 10, 2026 02:00 PM London

        Join Zoom Meeting
        https://harwickmedical.zoom.us/j/84120557391?pwd=Q2xvc2VkRm9yUmV2aWV3

        Meeting ID: 841 2055 7391
        Passcode: 620114
        """)
    hs = head(addr("Oliver Pembroke", "oliver.pembroke@harwickmedical.co.uk"),
              "Final interview with Rebecca - Thursday 10 Dec",
              "2026-12-03 11:05:49", LONDON, "mail-lo2gbr01on2117.outbound.protection.outlook.com", "b319-23",
              "LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM",
              extra=(("Content-Language", "en-GB"),))
    return message(hs, text(body, cte="8bit"))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="fr", interview=False, company="Laboratoires Verlaine",
           note="Teamtailor acknowledgement of the application; no interview, no time")
def verlaine_receipt() -> bytes:
    body = t("""
        Bonjour Adrien,

        Merci pour votre candidature au poste de Superviseur de ligne de conditionnement (H/F) -
        Tours. Nous l'avons bien reçue.

        Notre équipe recrutement l'étudie avec attention et reviendra vers vous dans les
        prochaines semaines, quelle que soit la suite donnée.

        Vous pouvez à tout moment consulter ou supprimer vos données depuis votre espace
        candidat : https://laboratoires-verlaine.teamtailor.com/connect

        Belle journée,
        L'équipe recrutement de Laboratoires Verlaine
        """)
    page = "<html><body><p>" + body.rstrip("\n").replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>\n"
    hs = head("Laboratoires Verlaine <no-reply@laboratoires-verlaine.teamtailor-mail.com>",
              "Merci pour votre candidature !",
              "2026-09-03 21:14:09", PARIS, "a27-44.smtp-out.eu-west-1.amazonses.com", "b319-24",
              "eu-west-1.amazonses.com")
    return message(hs, alt(text(body), html(page)))


@make.mail(N(25), family="job_alert", lang="fr", interview=False, company=None,
           note="Weekly job-board alert listing openings near Blois; no appointment")
def job_alert() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e293b">
        <h2 style="font-size:18px">7 nouvelles offres pour « superviseur conditionnement » autour de Blois (50 km)</h2>
        <table cellpadding="8" width="100%">
        <tr><td><a href="https://www.emploi-industrie-centre.fr/o/88412"><b>Superviseur de ligne de conditionnement H/F</b></a><br>
        Laboratoires Verlaine - Tours (37) - CDI - il y a 2 jours</td></tr>
        <tr><td><a href="https://www.emploi-industrie-centre.fr/o/88377"><b>Chef d'équipe conditionnement secondaire</b></a><br>
        Cabinet Hélios RH pour un client - Vendôme (41) - CDI - il y a 3 jours</td></tr>
        <tr><td><a href="https://www.emploi-industrie-centre.fr/o/88290"><b>Responsable d'atelier conditionnement</b></a><br>
        Flacopack - Châteaudun (28) - CDI - il y a 4 jours</td></tr>
        <tr><td><a href="https://www.emploi-industrie-centre.fr/o/88215"><b>Technicien de maintenance conditionnement (2x8)</b></a><br>
        Biofiole - Orléans (45) - CDI - il y a 5 jours</td></tr>
        <tr><td><a href="https://www.emploi-industrie-centre.fr/o/88140"><b>Conducteur de ligne blister</b></a><br>
        Intérim - Blois (41) - Mission 6 mois - il y a 6 jours</td></tr>
        </table>
        <p><a href="https://www.emploi-industrie-centre.fr/alertes">Voir les 7 offres</a> -
        <a href="https://www.emploi-industrie-centre.fr/alertes/desinscription?u=ar41">Se désabonner</a></p>
        <p style="font-size:11px;color:#94a3b8">Emploi Industrie Centre - vous recevez cette alerte car vous l'avez créée le 28/08/2026.</p>
        </body></html>
        """)
    hs = head("Emploi Industrie Centre <alertes@emploi-industrie-centre.fr>",
              "7 nouvelles offres : superviseur conditionnement - Blois",
              "2026-09-07 07:00:12", PARIS, "mta3.emploi-industrie-centre.fr", "b319-25", "emploi-industrie-centre.fr",
              extra=(("List-Unsubscribe", "<https://www.emploi-industrie-centre.fr/alertes/desinscription?u=ar41>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@make.mail(N(26), family="rejection", lang="fr", interview=False, company="Laboratoires Verlaine",
           note="Teamtailor rejection after the 18 Sep interview; the past interview is mentioned, nothing scheduled")
def verlaine_rejection() -> bytes:
    body = t("""
        Bonjour Adrien,

        Merci encore pour le temps que vous nous avez consacré lors de votre entretien du
        vendredi 18 septembre avec Benoît Laval.

        Après réflexion, nous avons décidé de poursuivre le processus avec un autre candidat,
        dont l'expérience en conditionnement de formes liquides correspond davantage à nos
        besoins immédiats.

        Nous avons apprécié nos échanges et vous souhaitons pleine réussite dans vos recherches.

        Bien cordialement,
        Sophie Marchand
        Laboratoires Verlaine
        """)
    hs = head("Laboratoires Verlaine <no-reply@laboratoires-verlaine.teamtailor-mail.com>",
              "Votre candidature chez Laboratoires Verlaine",
              "2026-10-01 15:37:40", PARIS, "a27-9.smtp-out.eu-west-1.amazonses.com", "b319-26",
              "eu-west-1.amazonses.com",
              extra=(("Reply-To", addr("Sophie Marchand", "sophie.marchand@laboratoires-verlaine.fr")),))
    return message(hs, text(body))


@make.mail(N(27), family="scheduling_link", lang="en", interview=False, company="Harwick Medical Packaging",
           note="British recruiter sends a Calendly link to pick a slot; nothing booked yet")
def harwick_link() -> bytes:
    body = t("""
        Hi Adrien,

        Thanks for applying for the Site Packaging Lead role at our Orléans plant - your
        experience running blister and cartoning lines at scale is exactly what we're after.

        I'd love to have a 30-minute introductory call. Could you grab a slot that suits you
        here? The times should show in your own time zone.

        https://calendly.com/oliver-pembroke-harwick/30min

        We can do it in English or French - my French is rusty but willing.

        Best,
        Oliver

        Oliver Pembroke
        Talent Partner | Harwick Medical Packaging Ltd
        """)
    hs = head(addr("Oliver Pembroke", "oliver.pembroke@harwickmedical.co.uk"),
              "Site Packaging Lead, Orléans - quick intro call?",
              "2026-10-05 12:21:33", LONDON, "mail-lo4gbr01on2101.outbound.protection.outlook.com", "b319-27",
              "LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(28), family="recruiter_outreach", lang="fr", interview=False, company="Argos Recrutement",
           note="Agency cold outreach (vous) asking for a call 'cette semaine'; no time fixed")
def argos_outreach() -> bytes:
    body = t("""
        Bonjour Monsieur Rousseau,

        Je me permets de vous contacter suite à la consultation de votre profil. J'accompagne
        actuellement un laboratoire pharmaceutique du Loiret (400 personnes) qui recherche un
        Superviseur de production - conditionnement (H/F) pour encadrer 3 lignes et 25 opérateurs.

        Rémunération : 45-50 k€ + prime d'équipe, CDI, horaires de journée.

        Seriez-vous ouvert à un premier échange téléphonique de 15 minutes cette semaine ?
        Vous pouvez me répondre directement ou m'indiquer vos disponibilités.

        Bien à vous,
        Camille Bertin
        Consultante Senior - Argos Recrutement
        06 48 00 27 93
        """)
    hs = head(addr("Camille Bertin", "c.bertin@argos-recrutement.fr"),
              "Opportunité - Superviseur de production (H/F) - Loiret",
              "2026-09-08 09:47:15", PARIS, "mail-pr2fra01on2080.outbound.protection.outlook.com", "b319-28",
              "PR2P264MB0921.FRAP264.PROD.OUTLOOK.COM")
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(29), family="availability_request", lang="en", interview=False, company="Rheinhalde Pharma",
           note="Swiss recruiter proposes two on-site slots (Thu 22 Oct 14:00, Fri 23 Oct 10:00 Swiss time) and "
                "asks which works; not confirmed",
           days=(("Thu", "2026-10-22"), ("Fri", "2026-10-23")))
def rheinhalde_proposal() -> bytes:
    body = t("""
        Dear Adrien,

        Jonas enjoyed your conversation and would like to invite you to Basel for a second round
        on site, with a tour of our packaging building.

        Would one of these work for you (Swiss time)?

          - Thursday 22 October, 14:00 - 17:00
          - Friday 23 October, 10:00 - 13:00

        We will of course cover your travel from Blois. Once you let me know, I will send the
        formal confirmation and practical details.

        Kind regards,
        Lena Brunner
        Talent Acquisition Partner
        Rheinhalde Pharma AG | Basel
        """)
    hs = head(addr("Lena Brunner", "lena.brunner@rheinhalde-pharma.ch"),
              "Second round in Basel - your availability",
              "2026-10-09 14:26:03", ZURICH, "mx-out.rheinhalde-pharma.ch", "b319-29", "rheinhalde-pharma.ch")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(30), family="out_of_office", lang="fr", interview=False, company="Sologne Conditionnement Pharma",
           note="Exchange automatic reply from the hiring manager, back 'lundi 12 octobre'; no appointment",
           days=(("Mon", "2026-10-12"),))
def scp_ooo() -> bytes:
    body = t("""
        Bonjour,

        Je suis absent du bureau jusqu'au lundi 12 octobre inclus, avec un accès limité à ma
        messagerie. Pour toute urgence production, merci de contacter Sandrine Morel au
        02 54 00 61 30.

        Cordialement,
        Thierry Lemoine
        """)
    hs = head(addr("Thierry Lemoine", "thierry.lemoine@sologne-cp.fr"),
              "Réponse automatique : Merci pour notre échange de vendredi",
              "2026-10-05 08:12:55", PARIS, "mail-am6eur05on2107.outbound.protection.outlook.com", "b319-30",
              "PR1P264MB2148.FRAP264.PROD.OUTLOOK.COM",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "thierry.lemoine@sologne-cp.fr"),
                     ("In-Reply-To", "<CAP3k9Lq0Wm2xVb8nT1eZ7aR4sY6uH5dJ9cF2gK@mail.gmail.com>")))
    return message(hs, text(body))


@make.mail(N(31), family="bounce", lang="fr", interview=False, company=None,
           note="DSN: the candidate's thank-you to a mistyped address bounced; the returned mail mentions "
                "yesterday's interview, nothing to come")
def biofiole_bounce() -> bytes:
    original = message([
        ("From", addr(ME_NAME, ME)),
        ("To", "marc.aubert@biofile.fr"),
        ("Subject", "Merci pour notre entretien"),
        ("Date", date("2026-10-09 08:31:10", PARIS)),
        ("Message-ID", mid("b319-31-orig", "example.com")),
    ], text(t("""
        Bonjour Monsieur Aubert,

        Merci pour l'entretien d'hier matin et pour la visite de la ligne de remplissage. J'ai
        beaucoup apprécié nos échanges sur le passage en 3x8 et je reste très motivé par le poste.

        Bien cordialement,
        Adrien Rousseau
        """)))
    notice = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <marc.aubert@biofile.fr>: Host or domain name not found. Name service error
            for name=biofile.fr type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4F1C2A81B3
        X-Postfix-Sender: rfc822; adrien.rousseau@example.com
        Arrival-Date: Fri,  9 Oct 2026 08:31:12 +0200 (CEST)

        Final-Recipient: rfc822; marc.aubert@biofile.fr
        Original-Recipient: rfc822;marc.aubert@biofile.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=biofile.fr type=MX: Host not found, try again
        """)
    report = multipart("report",
                       Part([("Content-Description", "Notification"),
                             ("Content-Type", 'text/plain; charset="us-ascii"')],
                            notice.replace("\n", "\r\n").encode()),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       Part([("Content-Description", "Undelivered Message"),
                             ("Content-Type", "message/rfc822")], original),
                       params="report-type=delivery-status")
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.com (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-09 08:31:14", PARIS)),
        ("Message-ID", mid("b319-31", "mx1.example.com")),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@make.mail(N(32), family="offer", lang="fr", interview=False, company="Flacopack",
           note="Written job offer with start date 'lundi 4 janvier 2027' and a reply deadline; no interview",
           days=(("Mon", "2027-01-04"), ("Fri", "2026-11-27")))
def flacopack_offer() -> bytes:
    body = t("""
        Bonjour Adrien,

        Suite à nos échanges et à votre entretien du 29 octobre, j'ai le plaisir de vous adresser
        notre proposition d'embauche pour le poste de Responsable d'atelier conditionnement
        (CDI, statut agent de maîtrise, 44 000 € bruts annuels + prime d'objectifs).

        Vous trouverez le détail en pièce jointe. La prise de poste est envisagée le lundi
        4 janvier 2027 ; nous vous remercions de nous faire part de votre réponse d'ici le
        vendredi 27 novembre.

        Gilles Mercier et moi-même restons à votre disposition pour en discuter.

        Bien cordialement,
        Aurélie Besson
        Ressources humaines - Flacopack SAS
        02 37 00 45 61
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    attachment = Part([("Content-Type", 'application/pdf; name="Proposition_embauche_A_Rousseau.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Proposition_embauche_A_Rousseau.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Aurélie Besson", "aurelie.besson@flacopack.fr"),
              "Proposition d'embauche - Responsable d'atelier conditionnement",
              "2026-11-20 14:03:27", PARIS, "smtp.flacopack.fr", "b319-32", "flacopack.fr")
    return message(hs, mixed(text(body), attachment))


@make.mail(N(33), family="newsletter", lang="fr", interview=False, company=None,
           note="Trade newsletter whose lead article is about interview questions for team leaders; no appointment")
def trade_newsletter() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>La Lettre Conditionnement &amp; Santé</title></head>
        <body style="margin:0;background:#eef2f7;font-family:Georgia,serif">
        <table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="background:#0b3c5d;color:#fff;padding:20px;font-size:22px">La Lettre Conditionnement &amp; Santé - n° 212</td></tr>
        <tr><td style="padding:20px;font-size:15px;line-height:1.55;color:#222">
        <h2 style="font-size:19px">Chef d'équipe : les 7 questions qu'on vous posera en entretien</h2>
        <p>« Racontez-moi une dérive de ligne que vous avez gérée » : les recruteurs du secteur
        partagent les questions qui font la différence, et ce qu'ils attendent vraiment.</p>
        <p><a href="https://www.lettre-conditionnement-sante.fr/articles/7-questions-entretien">Lire l'article</a></p>
        <h3 style="font-size:16px">Aussi cette semaine</h3>
        <ul>
        <li>Sérialisation : le point sur les audits de fin d'année</li>
        <li>Blisters recyclables : deux façonniers du Centre-Val de Loire passent le cap</li>
        <li>Salaires 2026 : la grille des agents de maîtrise en conditionnement</li>
        </ul>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#777">Vous recevez cette lettre car vous êtes abonné.
        <a href="https://www.lettre-conditionnement-sante.fr/desabonnement">Se désabonner</a></td></tr>
        </table></body></html>
        """)
    hs = head("La Lettre Conditionnement & Santé <lettre@lettre-conditionnement-sante.fr>",
              "Chef d'équipe : les 7 questions qu'on vous posera en entretien",
              "2026-10-13 06:30:00", PARIS, "mail12.sendinblue-mta.net", "b319-33", "lettre-conditionnement-sante.fr",
              extra=(("List-Unsubscribe", "<https://www.lettre-conditionnement-sante.fr/desabonnement>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@make.mail(N(34), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Dentist appointment confirmation with ICS (samedi 17 octobre 9h15); a fixed time, not an interview",
           days=(("Sat", "2026-10-17"),))
def dentist() -> bytes:
    body = t("""
        Bonjour Adrien Rousseau,

        Votre rendez-vous est confirmé :

        Dr Agnès Piton - Chirurgien-dentiste
        samedi 17 octobre 2026 à 09:15
        Cabinet dentaire des Lices, 8 place des Lices, 41000 Blois

        Motif : détartrage / contrôle annuel

        En cas d'empêchement, merci d'annuler au moins 24 h à l'avance depuis votre espace patient.

        Cabinet dentaire des Lices
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//RDV Patients//FR
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rdv-20261017-0915-apiton@rdv-patients.fr
        DTSTAMP:20261006T170500Z
        DTSTART:20261017T071500Z
        DTEND:20261017T074500Z
        SUMMARY:Rendez-vous Dr Agnès Piton (dentiste)
        LOCATION:8 place des Lices\\, 41000 Blois
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Cabinet dentaire des Lices <ne-pas-repondre@rdv-patients.fr>",
              "Confirmation de votre rendez-vous du samedi 17 octobre",
              "2026-10-06 19:05:33", PARIS, "smtp2.rdv-patients.fr", "b319-34", "rdv-patients.fr")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                      disposition="attachment")))


@make.mail(N(35), family="non_interview_event", lang="fr", interview=False, company=None,
           note="Co-ownership general meeting notice (mardi 24 novembre 2026 à 18h30); life event, not an interview",
           days=(("Tue", "2026-11-24"),))
def copro_ag() -> bytes:
    body = t("""
        Madame, Monsieur,

        Nous avons l'honneur de vous convoquer à l'assemblée générale ordinaire des copropriétaires
        de la résidence Les Jardins de Vienne, 14 rue de la Vienne à Blois, qui se tiendra le :

        mardi 24 novembre 2026 à 18h30
        Salle municipale Saint-Nicolas, 3 rue Saint-Lubin, Blois

        L'ordre du jour, les comptes de l'exercice et le projet de budget sont joints à la
        convocation papier envoyée par lettre recommandée. Si vous ne pouvez être présent, vous
        pouvez donner pouvoir au copropriétaire de votre choix.

        Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

        Syndic Blésois Gestion
        Service copropriété
        """)
    hs = head("Syndic Blésois Gestion <copropriete@blesois-gestion.fr>",
              "Convocation AG ordinaire - Résidence Les Jardins de Vienne",
              "2026-11-02 11:20:00", PARIS, "smtp.blesois-gestion.fr", "b319-35", "blesois-gestion.fr")
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Google Calendar invitation from the candidate's wife for a family dinner (sam. 7 nov. 19:30); "
                "a personal event")
def family_dinner() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Dîner chez mes parents (anniversaire papa)
        Quand
        sam. 7 nov. 2026 19:30 - 23:00 (heure normale d'Europe centrale - Paris)

        Où
        12 rue des Acacias, 41350 Vineuil

        Invités
        Claire Rousseau - organisateur
        adrien.rousseau@example.com

        Message : n'oublie pas le gâteau chez Guillot, je l'ai commandé pour 17h !

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261107T183000Z
        DTEND:20261107T220000Z
        DTSTAMP:20261101T204400Z
        ORGANIZER;CN=Claire Rousseau:mailto:claire.rousseau@example.org
        UID:3kd8v0bq1n5r7t2m4c6x9z0a1e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=adrien.rousseau@example.com;X-NUM-GUESTS=0:mailto:adrien.rousseau@example.com
        LOCATION:12 rue des Acacias\\, 41350 Vineuil
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Dîner chez mes parents (anniversaire papa)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitation: Dîner chez mes parents (anniversaire papa) @ sam. 7 nov. 2026 19:30 - 23:00 (CET) "
               "(adrien.rousseau@example.com)")
    hs = head(addr("Claire Rousseau", "claire.rousseau@example.org"), subject,
              "2026-11-01 21:44:08", PARIS, "mail-sor-f41.google.com", "b319-36", "google.com",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "claire.rousseau@example.org")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(37), family="application_receipt", lang="fr", interview=False, company="Groupe Delmas Santé",
           note="SmartRecruiters application receipt; no interview")
def delmas_receipt() -> bytes:
    body = t("""
        Bonjour Adrien,

        Nous vous remercions de l'intérêt que vous portez au Groupe Delmas Santé et confirmons la
        bonne réception de votre candidature au poste de Superviseur Conditionnement - Équipe de
        nuit (réf. DS-2026-118).

        Si votre profil correspond à nos attentes, un membre de l'équipe RH prendra contact avec
        vous. Vous pouvez suivre l'avancement de votre candidature depuis votre espace :
        https://jobs.smartrecruiters.com/me

        Cordialement,
        L'équipe Talents - Groupe Delmas Santé
        """)
    hs = head(addr("Groupe Delmas Santé", "noreply@smartrecruiters.com"),
              "Nous avons bien reçu votre candidature",
              "2026-09-16 22:05:47", PARIS, "o7.email.smartrecruiters.com", "b319-37", "smartrecruiters.com")
    return message(hs, alt(text(body), html("<html><body><p>" + body.rstrip("\n").replace("\n\n", "</p><p>")
                                            + "</p></body></html>\n")))


@make.mail(N(38), family="travel", lang="fr", interview=False, company=None,
           note="Train e-ticket Blois -> Basel for dim. 25 oct. 2026 (the eve of the Basel on-site); a fixed time, "
                "not an interview",
           days=(("Sun", "2026-10-25"),))
def train_ticket() -> bytes:
    body = t("""
        Bonjour Adrien,

        Merci pour votre réservation. Voici votre e-billet.

        Aller - dimanche 25 octobre 2026
        Blois-Chambord 12:58 -> Paris Austerlitz 14:35 (TER 14013)
        Paris Gare de Lyon 15:56 -> Bâle SBB 19:04 (TGV Lyria 9219)
        Voiture 14, place 62 - 2de classe

        Référence de dossier : QXT7KM
        Total payé : 112,40 EUR

        Présentez votre e-billet (PDF joint ou application) lors du contrôle.

        Bon voyage !
        Voyages Rail Express
        """)
    hs = head("Voyages Rail Express <billets@voyages-rail-express.fr>",
              "Votre e-billet Blois -> Bâle - dim. 25 oct.",
              "2026-10-21 19:12:40", PARIS, "mta-out2.voyages-rail-express.fr", "b319-38", "voyages-rail-express.fr")
    return message(hs, text(body, cte="8bit"))


@make.mail(N(39), family="assessment", lang="en", interview=False, company="Rheinhalde Pharma",
           note="Workday task: complete an online assessment by Friday 2 October 2026 23:59 CEST; a deadline, "
                "not an interview",
           days=(("Fri", "2026-10-02"),))
def rheinhalde_assessment() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center"><tr><td style="background:#00457c;color:#fff;padding:18px;font-size:18px">Rheinhalde Pharma AG</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Adrien,</p>
        <p>As the next step for <b>Packaging Operations Team Leader (R-10482)</b>, please complete our online
        assessment (situational judgement and basic GMP knowledge, about 35 minutes).</p>
        <p><b>Deadline:</b> Friday, 2 October 2026, 23:59 (CEST)</p>
        <p>You can find the task in your candidate home under "My Tasks".</p>
        <p>Kind regards,<br>Talent Acquisition<br>Rheinhalde Pharma AG</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Powered by Workday.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Rheinhalde Pharma <rheinhalde@myworkday.com>",
              "Action required: complete your assessment",
              "2026-09-25 09:40:18", ZURICH, "mail-out1.myworkday.com", "b319-39", "myworkday.com")
    return message(hs, html(page))


@make.mail(N(40), family="application_receipt", lang="en", interview=False, company="Harwick Medical Packaging",
           note="Lever application receipt from the British employer; no interview")
def harwick_receipt() -> bytes:
    body = t("""
        Hi Adrien,

        Thanks for applying for Site Packaging Lead, Orléans at Harwick Medical Packaging. We've
        received your application and our team will review it shortly.

        If your experience is a match, someone from our talent team will be in touch.

        Best,
        The Harwick Medical Packaging team
        """)
    hs = head("Harwick Medical Packaging <no-reply@hire.lever.co>",
              "Thanks for applying to Harwick Medical Packaging",
              "2026-10-01 18:02:11", LONDON, "mail-out.hire.lever.co", "b319-40", "hire.lever.co")
    return message(hs, alt(text(body),
                           html("<html><body><p>" + body.rstrip("\n").replace("\n\n", "</p><p>")
                                + "</p></body></html>\n")))


@make.mail(N(41), family="job_fair", lang="fr", interview=False, company=None,
           note="Registration confirmation for a regional industry job fair (jeudi 15 octobre 2026, 9h-17h, Orléans); "
                "an event, no interview booked",
           days=(("Thu", "2026-10-15"),))
def job_fair() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2937">
        <h2 style="color:#065f46">Votre inscription est confirmée</h2>
        <p>Bonjour Adrien,</p>
        <p>Nous avons le plaisir de confirmer votre inscription au <b>Forum Industrie &amp; Santé
        Centre-Val de Loire</b>.</p>
        <p><b>Jeudi 15 octobre 2026, de 9h00 à 17h00</b><br>
        Parc des expositions d'Orléans, hall B</p>
        <p>Plus de 40 entreprises (laboratoires, façonniers, sous-traitants) présenteront leurs postes.
        Pensez à apporter plusieurs CV imprimés. Votre badge nominatif (QR code) est en pièce jointe.</p>
        <p>À bientôt,<br>L'équipe du Forum</p>
        </body></html>
        """)
    badge = Part([("Content-Type", 'image/png; name="badge.png"'),
                  ("Content-Disposition", 'attachment; filename="badge.png"'),
                  ("Content-Transfer-Encoding", "base64")],
                 base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(range(64))).replace(b"\n", b"\r\n"))
    hs = head("Forum Industrie & Santé <inscriptions@forum-industrie-sante.fr>",
              "Inscription confirmée - Forum Industrie & Santé, 15 octobre",
              "2026-10-03 10:08:52", PARIS, "mta1.forum-industrie-sante.fr", "b319-41", "forum-industrie-sante.fr")
    return message(hs, mixed(html(page), badge))


@make.mail(N(42), family="availability_request", lang="fr", interview=False, company="Ampoules du Berry",
           note="Recruitee self-scheduling invitation: pick a slot via a link; nothing booked yet")
def berry_pick_slot() -> bytes:
    body = t("""
        Bonjour Adrien,

        Votre candidature au poste de Chef d'équipe conditionnement - ampoules injectables
        (Bourges) a retenu notre attention. Julien Perrin, responsable de production, souhaite
        échanger avec vous en visio pendant une heure.

        Merci de choisir le créneau qui vous convient via le lien ci-dessous (créneaux proposés
        du 2 au 6 novembre) :

        https://app.recruitee.com/s/ampoules-berry/interview/7Hq2xLm9

        Cordialement,
        Ampoules du Berry
        """)
    hs = head(addr("Ampoules du Berry", "no-reply@recruitee.com"),
              "Choisissez un créneau pour votre entretien - Ampoules du Berry",
              "2026-10-22 15:22:09", PARIS, "mail182-3.suw21.mandrillapp.com", "b319-42", "recruitee.com",
              extra=(("Reply-To", addr("Julien Perrin", "julien.perrin@ampoules-berry.fr")),))
    return message(hs, alt(text(body), html("<html><body><p>" + body.rstrip("\n").replace("\n\n", "</p><p>")
                                            + "</p></body></html>\n")))


@make.mail(N(43), family="referral", lang="fr", interview=False, company=None,
           note="A former colleague (tu) tips the candidate off about an opening at Pharmaloire; no appointment")
def colleague_tip() -> bytes:
    body = t("""
        Salut Adrien,

        J'ai croisé Dubreuil (ex-Sanopack, maintenant responsable de prod chez Pharmaloire à
        La Chaussée) au salon de Tours. Ils cherchent un chef d'équipe conditionnement pour
        monter une deuxième équipe, et ils passent par Proxim Intérim pour le recrutement. Je lui
        ai parlé de toi, il avait l'air intéressé.

        Tu devrais appeler Julie Caron chez Proxim de ma part, elle est au courant.

        On se fait une bière un de ces soirs ?

        Mathieu
        """)
    hs = head(addr("Mathieu Perrot", "mathieu.perrot@example.net"), "Poste chez Pharmaloire",
              "2026-11-02 20:31:17", PARIS, "mail-wr1-f45.google.com", "b319-43", "mail.gmail.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="personal_appointment", lang="fr", interview=False, company=None,
           note="Garage service reminder (samedi 28 novembre 2026 à 8h30); life appointment, not an interview",
           days=(("Sat", "2026-11-28"),))
def garage() -> bytes:
    body = t("""
        Bonjour M. Rousseau,

        Nous vous rappelons votre rendez-vous atelier :

        samedi 28 novembre 2026 à 8h30
        Garage du Val de Loire - 45 avenue de Vendôme, 41000 Blois
        Véhicule : Peugeot 308 SW - FG-417-KP
        Prestations : vidange + filtres, montage des pneus hiver

        Durée estimée : 2 heures. Un véhicule de courtoisie peut être mis à votre disposition sur
        demande.

        L'équipe du Garage du Val de Loire
        02 54 00 33 90
        """)
    hs = head("Garage du Val de Loire <atelier@garage-valdeloire.fr>",
              "Rappel : votre rendez-vous atelier du 28/11",
              "2026-11-25 10:00:04", PARIS, "smtp.garage-valdeloire.fr", "b319-44", "garage-valdeloire.fr")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(45), family="webinar", lang="fr", interview=False, company=None,
           note="Zoom webinar registration 'Réussir son entretien d'embauche en visio', jeudi 12 novembre 12h30; "
                "a fixed-time event about interviews, not an interview",
           days=(("Thu", "2026-11-12"),))
def zoom_webinar() -> bytes:
    body = t("""
        Bonjour Adrien Rousseau,

        Merci de vous être inscrit à « Réussir son entretien d'embauche en visio - cadres et
        agents de maîtrise de l'industrie ».

        Date et heure : 12 nov. 2026 12:30 PM Paris

        Rejoindre à partir d'un PC, Mac, iPad, iPhone ou appareil Android :
        https://us06web.zoom.us/w/86311904522?tk=Xb7dKq2_webinar

        Code secret : 442819

        Ajouter à votre agenda : Google Agenda | Outlook (.ics) | Yahoo Calendar

        Vous pouvez annuler votre inscription à tout moment.

        Association Cadres Emploi Centre
        """)
    hs = head("Association Cadres Emploi Centre <no-reply@zoom.us>",
              "Confirmation : Réussir son entretien d'embauche en visio",
              "2026-11-04 13:15:58", PARIS, "mailout-7.zoom.us", "b319-45", "zoom.us",
              extra=(("Reply-To", "contact@cadres-emploi-centre.fr"),))
    return message(hs, text(body))


@make.mail(N(46), family="out_of_office", lang="en", interview=False, company="Harwick Medical Packaging",
           note="British recruiter's automatic reply, back 'Monday 2 November'; no appointment",
           days=(("Mon", "2026-11-02"),))
def harwick_ooo() -> bytes:
    body = t("""
        Thanks for your email. I'm on annual leave and back in the office on Monday 2 November,
        with limited access to email until then.

        For anything urgent about an open role, please contact talent@harwickmedical.co.uk.

        Oliver Pembroke
        Talent Partner | Harwick Medical Packaging Ltd
        """)
    hs = head(addr("Oliver Pembroke", "oliver.pembroke@harwickmedical.co.uk"),
              "Automatic reply: Panel interview - quick question about the case study",
              "2026-10-23 09:14:21", LONDON, "mail-lo4gbr01on2135.outbound.protection.outlook.com", "b319-46",
              "LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(47), family="rejection", lang="fr", interview=False, company="Groupe Delmas Santé",
           note="SmartRecruiters rejection after the 6 Oct on-site interview; nothing scheduled")
def delmas_rejection() -> bytes:
    body = t("""
        Bonjour Adrien,

        Nous vous remercions pour votre venue sur notre site de Saint-Jean-de-Braye et pour la
        qualité de nos échanges.

        Nous sommes toutefois au regret de vous informer que nous avons retenu une autre
        candidature pour le poste de Superviseur Conditionnement - Équipe de nuit.

        Nous conservons votre profil dans notre vivier et ne manquerons pas de revenir vers
        vous si une opportunité correspondant à votre expérience se présente.

        Cordialement,
        Karine Roux
        Groupe Delmas Santé
        """)
    hs = head(addr("Groupe Delmas Santé", "noreply@smartrecruiters.com"),
              "Votre candidature - Superviseur Conditionnement",
              "2026-10-14 17:26:30", PARIS, "o12.email.smartrecruiters.com", "b319-47", "smartrecruiters.com",
              extra=(("Reply-To", addr("Karine Roux", "karine.roux@delmas-sante.fr")),))
    return message(hs, text(body, cte="base64"))


@make.mail(N(48), family="rejection", lang="fr", interview=False, company="Groupe Maubert Santé",
           note="Taleo HTML-only (windows-1252) rejection after the 9 Nov interview; nothing scheduled")
def maubert_rejection() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Monsieur Adrien Rousseau,</p>
        <p>Nous vous remercions de l'intérêt que vous avez porté au Groupe Maubert Santé et du temps
        consacré à votre entretien pour le poste <b>Superviseur Conditionnement H/F (Réf. 2600417)</b>.</p>
        <p>Après examen attentif, nous avons le regret de vous informer que votre candidature n'a pas été
        retenue pour la suite du processus.</p>
        <p>Nous vous souhaitons plein succès dans vos démarches.</p>
        <p>Cordialement,<br>La Direction des Ressources Humaines<br>Groupe Maubert Santé</p>
        <p><i>Ce message est généré automatiquement, merci de ne pas y répondre.</i></p>
        </font></body></html>
        """)
    hs = head(addr("Groupe Maubert Santé", "no-reply@maubert.taleo.net", charset="windows-1252"),
              "Votre candidature - Superviseur Conditionnement H/F",
              "2026-11-24 08:45:19", PARIS, "smtp-out3.taleo.net", "b319-48", "taleo.net")
    return message(hs, html(page, charset="windows-1252"))


@make.mail(N(49), family="post_interview", lang="fr", interview=False, company="Biofiole",
           note="Hiring manager thanks the candidate for yesterday's interview and promises news by end of next "
                "week; no new appointment")
def biofiole_thanks() -> bytes:
    body = t("""
        Bonjour Adrien,

        Merci pour votre venue hier et pour le temps passé sur la ligne de remplissage avec Lucie.
        Nous voyons encore deux candidats la semaine prochaine ; je vous fais un retour d'ici la
        fin de la semaine prochaine, quelle que soit notre décision.

        Bonne fin de semaine,
        Marc Aubert
        Responsable production - Biofiole
        """)
    hs = head(addr("Marc Aubert", "marc.aubert@biofiole.fr"), "Suite à notre entretien",
              "2026-10-09 12:48:36", PARIS, "mail-ua1-f52.google.com", "b319-49", "mail.gmail.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="non_interview_event", lang="fr", interview=False, company=None,
           note="School notification of a parents' evening (jeudi 3 décembre 2026, 17h30-19h30); not an interview",
           days=(("Thu", "2026-12-03"),))
def school_meeting() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p><b>Collège Augustin Thierry - Blois</b></p>
        <p>Madame, Monsieur,</p>
        <p>Les rencontres parents-professeurs de la classe de <b>4e B</b> auront lieu le
        <b>jeudi 3 décembre 2026 de 17h30 à 19h30</b> au collège (bâtiment C).</p>
        <p>Merci de réserver vos créneaux auprès des professeurs via l'ENT avant le 27 novembre.</p>
        <p>La Principale</p>
        <hr><p style="font-size:10px;color:#666">Message envoyé depuis l'ENT - ne pas répondre.</p>
        </body></html>
        """)
    hs = head("ENT Collège Augustin Thierry <ne-pas-repondre@ent-colleges41.fr>",
              "Rencontres parents-professeurs - 4e B",
              "2026-11-20 16:40:12", PARIS, "smtp.ent-colleges41.fr", "b319-50", "ent-colleges41.fr")
    return message(hs, html(page, charset="iso-8859-1"))
