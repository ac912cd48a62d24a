"""blind279: a blind 50-mail held-out set, the inbox of Clémence Royer, purchasing assistant
(assistante achats) in the textile industry in Troyes (Europe/Paris), September to December 2026.

Written by hand, one function per mail, by a helper session that read only make.py,
make_blind.py, the intro and the conventions sections of bench/heldout/README.md, the dev corpus
README, dev labels, two dev mails and score.py; it never read the detector, its tests, the other
held-out mails, and never ran the detector. Keys 1-23 are positives (16 scheduled, 4 rescheduled,
3 cancelled), 24-50 negatives. File numbers are a fixed shuffle of the writing order (ORDER).
Mostly French from France (tu and vous), some English, a few from Belgium and Switzerland.
"""

from __future__ import annotations

import hashlib
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
)

SET = "blind279"
ORDER = random.Random(2790279).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "clemence.royer@example.com"
ME_NAME = "Clémence Royer"
TO = addr(ME_NAME, ME)
PARIS = "Europe/Paris"


def rcv(host: str, ip: str, when: str, zone: str, lag: int = 4) -> str:
    ident = "mx1.example.com (Postfix) with ESMTPS id " + hashlib.sha1(
        f"{host}{when}".encode(), usedforsecurity=False).hexdigest()[:11].upper()
    return received(f"from {host} ({host} [{ip}])", when, zone, ident, ME, lag)


def head(frm: str, subject: str, when: str, zone: str, mid: str, host: str, ip: str,
         to: str = TO, extra: tuple = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    return [("Received", rcv(host, ip, when, zone)), ("From", frm), ("To", to),
            ("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid),
            *extra]


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

OSLO = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Oslo")
ZURICH = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Zurich")


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
           start="2026-09-17T08:00:00Z", end="2026-09-17T09:00:00Z",
           contact="julie.marchetti@maisonvauclair.fr", company="Maison Vauclair",
           local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=PARIS,
           note="Greenhouse confirmation in French; 'de 10h00 à 11h00 (heure de Paris)' in September "
                "= CEST (UTC+2) -> 08:00-09:00Z; contact = human Reply-To (recruiter)")
def m01() -> bytes:
    body = t("""
        Bonjour Clémence,

        Merci d'avoir pris le temps d'échanger avec nous. Votre entretien pour le poste
        d'Acheteur·se junior matières (CDI, Paris 3e) est confirmé :

        Date : jeudi 17 septembre 2026
        Heure : de 10h00 à 11h00 (heure de Paris)
        Format : visioconférence Google Meet
        Lien : https://meet.google.com/vqx-hzpe-tra

        Vous rencontrerez :
          - Julie Marchetti, Chargée de recrutement
          - Antoine Ferrand, Responsable achats matières

        Pour toute question, répondez simplement à ce message.

        À très bientôt,
        L'équipe Talents de Maison Vauclair
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
        <p>Bonjour Clémence,</p>
        <p>Merci d'avoir pris le temps d'échanger avec nous. Votre entretien pour le poste
        d'<strong>Acheteur·se junior matières</strong> (CDI, Paris 3e) est confirmé&nbsp;:</p>
        <table cellpadding="4" style="border:1px solid #e5e0da">
        <tr><td><b>Date</b></td><td>jeudi 17 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>de 10h00 à 11h00 (heure de Paris)</td></tr>
        <tr><td><b>Format</b></td><td>visioconférence Google Meet</td></tr>
        <tr><td><b>Lien</b></td><td><a href="https://meet.google.com/vqx-hzpe-tra">meet.google.com/vqx-hzpe-tra</a></td></tr>
        </table>
        <p>Vous rencontrerez&nbsp;:<br>Julie Marchetti, Chargée de recrutement<br>
        Antoine Ferrand, Responsable achats matières</p>
        <p>Pour toute question, répondez simplement à ce message.</p>
        <p>À très bientôt,<br>L'équipe Talents de Maison Vauclair</p>
        </td></tr></table>
        <img src="https://us.greenhouse-mail.io/o/eJx1jk0OgjAQha_ST6.gif" width="1" height="1" alt="">
        </body></html>
        """)
    h = head(addr("Maison Vauclair", "no-reply@us.greenhouse-mail.io"),
             "Entretien confirmé – Acheteur·se junior matières chez Maison Vauclair",
             "2026-09-11 16:12:07", PARIS,
             "<0100019a3c7e5b21-7f3c2d1e-5a44-4b8e-9c1a-2e6f0d9b7c41-000000@email.amazonses.com>",
             "a48-93.smtp-out.amazonses.com", "54.240.48.93",
             extra=(("Reply-To", addr("Julie Marchetti", "julie.marchetti@maisonvauclair.fr")),))
    return message(h, alt(text(body), html(page)))


@make.mail(N(2), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-26T13:00:00Z", end="2026-10-26T14:00:00Z",
           contact="marc.lefebvre@delacourt-textiles.fr", company="Delacourt Textiles",
           local="Mon 2026-10-26 14:00", local_end="2026-10-26 15:00", zone=PARIS,
           note="Exchange meeting request, TZID Romance Standard Time; sent Thu 22 Oct in CEST but the "
                "interview is Mon 26 Oct, the day after Europe's return to CET -> 14:00 = 13:00Z; "
                "contact = ORGANIZER / sender (hiring manager)")
def m02() -> bytes:
    body = t("""
        Bonjour Madame Royer,

        Suite à notre échange téléphonique, je vous confirme notre entretien sur notre site de
        Roubaix (12 rue de l'Épeule), en présence de Mme Nadège Carpentier, DRH.
        Merci de vous présenter à l'accueil du bâtiment B quelques minutes avant.

        Si vous avez un empêchement, vous pouvez aussi nous rejoindre sur Teams (lien ci-dessous).

        Bien cordialement,
        Marc Lefebvre
        Responsable Achats – Delacourt Textiles
        +33 3 20 55 41 08

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1YjRkZGEtNDI1Zi00ZTBiLWI3NjgtNjE2YzE5ZWE0YjM2%40thread.v2/0>
        ID de la réunion : 391 448 226 117
        Code secret : 7kQ2vD
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Madame Royer,<o:p></o:p></p>
        <p class="MsoNormal">Suite à notre échange téléphonique, je vous confirme notre entretien sur notre site de
        Roubaix (12 rue de l'Épeule), en présence de Mme Nadège Carpentier, DRH.
        Merci de vous présenter à l'accueil du bâtiment B quelques minutes avant.<o:p></o:p></p>
        <p class="MsoNormal">Si vous avez un empêchement, vous pouvez aussi nous rejoindre sur Teams (lien ci-dessous).<o:p></o:p></p>
        <p class="MsoNormal">Bien cordialement,<br>Marc Lefebvre<br>Responsable Achats – Delacourt Textiles<br>+33 3 20 55 41 08<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="fr-FR" style="color:#252424;font-family:'Segoe UI',sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Réunion Microsoft Teams</span></div>
        <div style="margin-bottom:20px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1YjRkZGEtNDI1Zi00ZTBiLWI3NjgtNjE2YzE5ZWE0YjM2%40thread.v2/0" style="font-size:14px;color:#6264a7">Cliquez ici pour rejoindre la réunion</a></div>
        <div><span style="font-size:14px;color:#252424">ID de la réunion : 391 448 226 117<br>Code secret : 7kQ2vD</span></div>
        </div></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Marc Lefebvre:mailto:marc.lefebvre@delacourt-textiles.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clémence Royer:mailto:clemence.royer@example.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadège Carpentier:mailto:nadege.carpentier@delacourt-textiles.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Royer\\,\\n\\nSuite à notre échange téléphonique\\, je vous confirme notre entretien sur notre site de Roubaix.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C1D3E27F5DDC01000000000000000010000000E3A1B2C4D5E6F708192A3B4C5D6E7F80
        SUMMARY;LANGUAGE=fr-FR:Entretien Assistant(e) Achats - Clémence Royer
        DTSTART;TZID=Romance Standard Time:20261026T140000
        DTEND;TZID=Romance Standard Time:20261026T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T074112Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Delacourt Textiles - 12 rue de l'Épeule\\, Roubaix / Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119873401
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
    h = head(addr("Marc Lefebvre", "marc.lefebvre@delacourt-textiles.fr"),
             "Entretien Assistant(e) Achats - Clémence Royer", "2026-10-22 09:41:12", PARIS,
             "<PR3P192MB08474B2C1D9E6A3F7C0B5E22D1A42@PR3P192MB0847.EURP192.PROD.OUTLOOK.COM>",
             "EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.97",
             extra=(("Thread-Topic", enc("Entretien Assistant(e) Achats - Clémence Royer")),
                    ("Thread-Index", "AdlGp3kQm0T5Yv2aR0WcZ1hU4N8e3A=="),
                    ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("Content-class", "urn:content-classes:calendarmessage")))
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(3), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-06T09:00:00Z", end="2026-10-06T10:00:00Z",
           contact="helene.forgeat@atelier-forgeat.fr", company="Atelier Forgeat",
           local="Tue 2026-10-06 11:00", local_end="2026-10-06 12:00", zone=PARIS,
           note="Google Calendar invitation, French UI: 'mar. 6 oct. 2026 11:00 - 12:00 (heure d'été "
                "d'Europe centrale)' = CEST -> 09:00-10:00Z; ICS TZID Europe/Paris agrees; contact = "
                "ORGANIZER (co-founder)")
def m03() -> bytes:
    body = t("""
        Hélène Forgeat vous a invité à un événement.

        Entretien Clémence Royer / Atelier Forgeat – Acheteuse matières
        Quand : mardi 6 oct. 2026 11:00 – 12:00 (heure d'été d'Europe centrale - Paris)

        Participer avec Google Meet
        https://meet.google.com/dkr-mwfa-pqe

        Participer par téléphone
        (FR) +33 1 87 40 44 12 PIN : 318 550 927#

        Organisateur
        Hélène Forgeat - helene.forgeat@atelier-forgeat.fr

        Invités
        Hélène Forgeat - organisateur
        clemence.royer@example.com
        Yanis Forgeat

        Afficher tous les détails de l'invité
        https://calendar.google.com/calendar/event?action=VIEW&eid=NnNvMmRtZ3A0M2Y

        Répondre pour clemence.royer@example.com : Oui (https://calendar.google.com/calendar/event?action=RESPOND&rst=1) Non (https://calendar.google.com/calendar/event?action=RESPOND&rst=2) Peut-être (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        notifications concernant cet événement, refusez-le. Le transfert de cette invitation
        permet à tout destinataire d'envoyer une réponse à l'organisateur.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation de Hélène Forgeat"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Entretien Clémence Royer / Atelier Forgeat – Acheteuse matières</h2>
        <div><b>Quand</b><br>mardi 6 oct. 2026 11:00 – 12:00 (heure d'été d'Europe centrale - Paris)</div>
        <div><a href="https://meet.google.com/dkr-mwfa-pqe">Participer avec Google Meet</a></div>
        <div><b>Organisateur</b><br>Hélène Forgeat - helene.forgeat@atelier-forgeat.fr</div>
        <div><b>Invités</b><br>Hélène Forgeat - organisateur<br>clemence.royer@example.com<br>Yanis Forgeat</div>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
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
        DTSTART;TZID=Europe/Paris:20261006T110000
        DTEND;TZID=Europe/Paris:20261006T120000
        DTSTAMP:20260930T134512Z
        ORGANIZER;CN=Hélène Forgeat:mailto:helene.forgeat@atelier-forgeat.fr
        UID:6so2dmgp43f7k1e9b8vqj5t0ro@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hélène Forgeat;X-NUM-GUESTS=0:mailto:helene.forgeat@atelier-forgeat.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.royer@example.com;X-NUM-GUESTS=0:mailto:clemence.royer@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yanis Forgeat;X-NUM-GUESTS=0:mailto:yanis@atelier-forgeat.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/dkr-mwfa-pqe
        CREATED:20260930T134511Z
        DESCRIPTION:Premier entretien pour le poste d'acheteuse matières (tissus\\, fils\\, fournitures).
        LAST-MODIFIED:20260930T134511Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Clémence Royer / Atelier Forgeat – Acheteuse matières
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Hélène Forgeat", "helene.forgeat@atelier-forgeat.fr"),
             "Invitation: Entretien Clémence Royer / Atelier Forgeat – Acheteuse matières @ "
             "mar. 6 oct. 2026 11:00 - 12:00 (CEST) (clemence.royer@example.com)",
             "2026-09-30 15:45:12", PARIS, "<calendar-7c1b0e52-3a9f-4d61-8c2e-95b7f1a04d38@google.com>",
             "mail-sor-f69.google.com", "209.85.220.69",
             extra=(("Reply-To", addr("Hélène Forgeat", "helene.forgeat@atelier-forgeat.fr")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    inner = alt(text(body), html(page), calendar(ics, cte="base64"))
    return message(h, mixed(inner, calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                            filename="invite.ics", disposition="attachment",
                                            name_param=True)))


@make.mail(N(4), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-11-12T13:30:00Z", end=None,
           contact="thomas.giraud@cap-recrutement.fr", company="Bonneterie Lemaire",
           local="Thu 2026-11-12 14:30", zone=PARIS,
           note="Agency recruiter, tu-form: 'c'est calé pour jeudi à 14h30' resolved against the Date "
                "(Mon 9 Nov) -> Thu 12 Nov, CET -> 13:30Z; 'compte une heure environ' is approximate, "
                "end null; the hiring company is the client (Bonneterie Lemaire), contact = the "
                "consultant who sent it")
def m04() -> bytes:
    body = t("""
        Salut Clémence,

        Bonne nouvelle : c'est calé pour jeudi à 14h30 chez Bonneterie Lemaire, à Romilly
        (ZI des Grèves, 4 rue Gustave Eiffel). Tu verras Sylvie Lemaire (directrice générale)
        et Fabrice Oudin, le responsable appro. Compte une heure environ, visite de l'atelier
        comprise.

        Quelques conseils : ils sont très attachés au "made in France" et à la maille, donc
        n'hésite pas à parler de ton expérience avec les filateurs italiens et de la
        négociation des MOQ. Prends aussi tes tableaux de suivi fournisseurs si tu peux les
        montrer (anonymisés).

        Appelle-moi après l'entretien pour me faire ton retour !

        Thomas
        --
        Thomas Giraud
        Consultant Achats & Supply Chain
        Cap Recrutement – Reims / Troyes
        06 71 22 48 90
        """)
    h = head(addr("Thomas Giraud", "thomas.giraud@cap-recrutement.fr"),
             "Entretien Bonneterie Lemaire jeudi", "2026-11-09 18:05:33", PARIS,
             "<CAF3r7wz9Lq0Hk2Nx4bEo8mV5Tc1sYpQj6uG@mail.gmail.com>",
             "mail-wm1-f53.google.com", "209.85.128.53")
    return message(h, text(body, cte="8bit"))


@make.mail(N(5), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-12-02T10:00:00Z", end="2026-12-02T10:45:00Z",
           contact="priya.nair@hartwellapparel.co.uk", company="Hartwell Apparel Group",
           local="Wed 2026-12-02 10:00", local_end="2026-12-02 10:45", zone="Europe/London",
           note="Workday HTML-only notification from a UK employer: '10:00 AM - 10:45 AM GMT' in "
                "December = UTC (11:00 in Troyes); sender is the Workday no-reply; contact = the "
                "recruiter's address written in the body")
def m05() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;border-top:4px solid #00205b">
        <tr><td style="padding:24px;font-size:14px;line-height:20px;color:#333">
        <p>Dear Clémence,</p>
        <p>Thank you for your interest in the <b>Sourcing Coordinator – Knitwear (R-0048213)</b> position
        at Hartwell Apparel Group. We are pleased to confirm your interview:</p>
        <p><b>Interview:</b> Hiring Manager Interview<br>
        <b>Date:</b> Wednesday, 2 December 2026<br>
        <b>Time:</b> 10:00 AM - 10:45 AM GMT<br>
        <b>Location:</b> Microsoft Teams (a link will be sent by the interviewer)<br>
        <b>Interviewer:</b> Oliver Grant, Head of Sourcing Europe</p>
        <p>If you have any questions or need to make a change, please contact your recruiter,
        Priya Nair, at <a href="mailto:priya.nair@hartwellapparel.co.uk">priya.nair@hartwellapparel.co.uk</a>.</p>
        <p>You can review your application at any time in the
        <a href="https://wd3.myworkdayjobs.com/en-GB/Hartwell_Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Hartwell Apparel Group</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">This email was sent from an
        unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table></body></html>
        """)
    h = head(addr("Hartwell Apparel Group", "hartwell@myworkday.com"),
             "Interview Scheduled: Sourcing Coordinator – Knitwear", "2026-11-24 09:17:40",
             "Europe/London", "<1869340577.4471.1795943860122@wd3-prod-ps-wf-07.myworkday.com>",
             "wd3-smtp-out-11.myworkday.com", "198.135.124.11")
    return message(h, html(page))


@make.mail(N(6), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-09-21T07:30:00Z", end="2026-09-21T08:15:00Z",
           contact="camille.besson@filariane.fr", company="Fil d'Ariane",
           local="Mon 2026-09-21 09:30", local_end="2026-09-21 10:15", zone=PARIS,
           note="Teamtailor invitation in French with invite.ics (TZID Europe/Paris): 9h30-10h15 CEST -> "
                "07:30-08:15Z; contact = ICS ORGANIZER (recruiter), ahead of the address in the signature")
def m06() -> bytes:
    body = t("""
        Bonjour Clémence,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste d'Assistante
        approvisionnement (H/F) chez Fil d'Ariane.

        Quand : lundi 21 septembre 2026, 09:30 – 10:15 (Europe/Paris)
        Où : Visio – https://filariane.teamtailor.com/meetings/8f2c1d6e
        Avec : Camille Besson, Talent Acquisition, et Bastien Rey, Responsable supply

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.

        À lundi !
        Camille Besson
        Talent Acquisition – Fil d'Ariane
        camille.besson@filariane.fr
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Inter,Arial">')
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-meeting-8f2c1d6e-41a3@teamtailor.com
        DTSTAMP:20260915T121904Z
        DTSTART;TZID=Europe/Paris:20260921T093000
        DTEND;TZID=Europe/Paris:20260921T101500
        SUMMARY:Entretien – Assistante approvisionnement (Fil d'Ariane)
        LOCATION:https://filariane.teamtailor.com/meetings/8f2c1d6e
        ORGANIZER;CN=Camille Besson:mailto:camille.besson@filariane.fr
        ATTENDEE;CN=Clémence Royer;RSVP=TRUE:mailto:clemence.royer@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Camille Besson – Fil d'Ariane", "no-reply@teamtailor-mail.com"),
             "Votre entretien avec Fil d'Ariane", "2026-09-15 14:19:04", PARIS,
             "<9e1b7a3c5d2f4e60.1789474744@teamtailor-mail.com>",
             "o12.mail.teamtailor-mail.com", "167.89.55.12")
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@make.mail(N(7), family="calendly", lang="fr", interview=True, kind="scheduled",
           start="2026-10-14T08:00:00Z", end="2026-10-14T08:30:00Z",
           contact="nadia.benali@lin-chanvre-normandie.fr", company="Lin & Chanvre de Normandie",
           local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:30", zone=PARIS,
           note="Calendly invitee confirmation in French: 10:00 - 10:30, 'Heure d'Europe centrale' shown "
                "for Paris, October before the 25th = CEST -> 08:00-08:30Z; ICS in UTC; from "
                "notifications@, contact = Reply-To (the recruiter who sent the link in an earlier mail)")
def m07() -> bytes:
    body = t("""
        Bonjour Clémence Royer,

        Un nouvel événement a été programmé.

        Type d'événement :
        Entretien téléphonique – Assistante achats (30 min)

        Invité :
        Nadia Benali

        Date/heure de l'événement :
        10:00 - 10:30, mercredi 14 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Nadia vous appellera au +33 6 12 84 37 70

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/5b0c3f1e-8d71-4a52-9e13-2f7c6a40d9b8
        Reprogrammer : https://calendly.com/reschedulings/5b0c3f1e-8d71-4a52-9e13-2f7c6a40d9b8

        Propulsé par Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Proxima Nova',Arial,sans-serif;color:#1a1a1a">
        <p>Bonjour Clémence Royer,</p><p>Un nouvel événement a été programmé.</p>
        <p><b>Type d'événement :</b><br>Entretien téléphonique – Assistante achats (30 min)</p>
        <p><b>Invité :</b><br>Nadia Benali</p>
        <p><b>Date/heure de l'événement :</b><br>10:00 - 10:30, mercredi 14 octobre 2026 (Heure d'Europe centrale)</p>
        <p><b>Lieu :</b><br>Nadia vous appellera au +33 6 12 84 37 70</p>
        <p><a href="https://calendly.com/cancellations/5b0c3f1e-8d71-4a52-9e13-2f7c6a40d9b8">Annuler</a> |
        <a href="https://calendly.com/reschedulings/5b0c3f1e-8d71-4a52-9e13-2f7c6a40d9b8">Reprogrammer</a></p>
        <p style="font-size:12px;color:#666">Propulsé par Calendly.com</p></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5b0c3f1e-8d71-4a52-9e13-2f7c6a40d9b8@calendly.com
        DTSTAMP:20261009T071533Z
        DTSTART:20261014T080000Z
        DTEND:20261014T083000Z
        SUMMARY:Entretien téléphonique – Assistante achats entre Nadia Benali et Clémence Royer
        ORGANIZER;CN=Nadia Benali:mailto:nadia.benali@lin-chanvre-normandie.fr
        ATTENDEE;CN=Clémence Royer;PARTSTAT=ACCEPTED:mailto:clemence.royer@example.com
        LOCATION:+33 6 12 84 37 70
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Confirmé : Entretien téléphonique – Assistante achats avec Nadia Benali le mercredi "
             "14 octobre 2026", "2026-10-09 09:15:33", PARIS,
             "<20261009071533.1.5b0c3f1e8d71@calendly.com>", "o4.email.calendly.com", "167.89.101.4",
             extra=(("Reply-To", addr("Nadia Benali", "nadia.benali@lin-chanvre-normandie.fr")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, method="REQUEST", cte="quoted-printable", filename="invite.ics",
                                     disposition="attachment")))


@make.mail(N(8), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T12:00:00Z", end="2026-09-24T12:45:00Z",
           contact="lukas.meier@bergmann-textil.ch", company="Bergmann Textil AG",
           local="Thu 2026-09-24 14:00", local_end="2026-09-24 14:45", zone="Europe/Zurich",
           note="Microsoft Bookings (Swiss employer, English): body label '(UTC+01:00) Amsterdam, Berlin, "
                "Bern...' shows the standard offset but on 24 Sep Zurich is CEST -> 12:00Z, which the ICS "
                "(W. Europe Standard Time) confirms; ORGANIZER is the Bookings mailbox, contact = the "
                "staff member's address in the body")
def m08() -> bytes:
    body = t("""
        Hello Clémence Royer,

        Your booking with Bergmann Textil AG – Recruiting is confirmed.

        Service: Video interview – Purchasing Assistant (45 minutes)
        Staff: Lukas Meier
        Thursday, 24 September 2026
        14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

        Join your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVyZ21hbm4tYm9va2luZ3M%40thread.v2/0

        If you need to reschedule, please use the link below or write to
        lukas.meier@bergmann-textil.ch.

        Manage booking: https://outlook.office365.com/owa/calendar/BergmannTextilRecruiting@bergmanntextil.onmicrosoft.com/bookings/
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
        <div>Hello Clémence Royer,</div><br>
        <div>Your booking with <b>Bergmann Textil AG – Recruiting</b> is confirmed.</div><br>
        <table style="border-collapse:collapse">
        <tr><td style="color:#666;padding-right:12px">Service</td><td>Video interview – Purchasing Assistant (45 minutes)</td></tr>
        <tr><td style="color:#666;padding-right:12px">Staff</td><td>Lukas Meier</td></tr>
        <tr><td style="color:#666;padding-right:12px">When</td><td>Thursday, 24 September 2026<br>14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</td></tr>
        </table><br>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVyZ21hbm4tYm9va2luZ3M%40thread.v2/0">Join your appointment</a></div><br>
        <div>If you need to reschedule, please use the link below or write to
        <a href="mailto:lukas.meier@bergmann-textil.ch">lukas.meier@bergmann-textil.ch</a>.</div>
        <div><a href="https://outlook.office365.com/owa/calendar/BergmannTextilRecruiting@bergmanntextil.onmicrosoft.com/bookings/">Manage booking</a></div>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Bergmann Textil AG - Recruiting:mailto:BergmannTextilRecruiting@bergmanntextil.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clémence Royer:mailto:clemence.royer@example.com
        SUMMARY;LANGUAGE=en-US:Video interview – Purchasing Assistant
        DTSTART;TZID=W. Europe Standard Time:20260924T140000
        DTEND;TZID=W. Europe Standard Time:20260924T144500
        UID:040000008200E00074C5B7101A82E0080000000062B3F11C3A4BDC010000000000000000100000004F9E2A7C1B3D5E6F8091A2B3C4D5E6F7
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T081102Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Bergmann Textil AG - Recruiting", "BergmannTextilRecruiting@bergmanntextil.onmicrosoft.com"),
             "Booking confirmed: Video interview – Purchasing Assistant", "2026-09-18 10:11:02",
             "Europe/Zurich", "<ZR0P278MB0611C3D9A7B24E1F55A8C0D6F93E1@ZR0P278MB0611.CHEP278.PROD.OUTLOOK.COM>",
             "CHE01-ZR0-obe.outbound.protection.outlook.com", "40.107.23.62",
             extra=(("Content-Language", "en-US"),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(9), family="human_prose", lang="fr-BE", interview=True, kind="scheduled",
           start="2026-10-13T07:30:00Z", end="2026-10-13T09:00:00Z",
           contact="v.dethier@filatures-dethier.be", company="Filatures Dethier",
           local="Tue 2026-10-13 09:30", local_end="2026-10-13 11:00", zone="Europe/Brussels",
           note="Belgian employer (Verviers), vous-form, iso-8859-1 8bit: 'mardi 13 octobre de 9h30 à 11h' "
                "in Brussels, CEST -> 07:30-09:00Z; contact = human sender")
def m09() -> bytes:
    body = t("""
        Madame,

        Je fais suite à notre conversation téléphonique de ce midi et vous confirme votre
        entretien pour le poste d'assistante achats le mardi 13 octobre de 9h30 à 11h, dans
        nos bureaux de Verviers (rue de Limbourg 118, 4800 Verviers). Vous rencontrerez
        Monsieur Jean-Luc Dethier, administrateur délégué, et moi-même.

        Le parking visiteurs se trouve à l'arrière du bâtiment ; sonnez à l'accueil
        « Administration ». Pour le trajet depuis Troyes, comptez un peu plus de quatre heures
        de route : si vous préférez arriver la veille, l'hôtel du Théâtre à Verviers est à
        deux pas.

        Au plaisir de vous rencontrer,

        Véronique Dethier
        Ressources humaines
        Filatures Dethier SA
        Tél. +32 87 33 41 20
        """)
    h = head(addr("Véronique Dethier", "v.dethier@filatures-dethier.be", "iso-8859-1"),
             "Confirmation de votre entretien du 13 octobre", "2026-10-07 13:52:18", "Europe/Brussels",
             "<000a01dd5a2f$7c41e3b0$74c5ab10$@filatures-dethier.be>", "smtp-out.skynet.be", "195.238.6.51",
             charset="iso-8859-1",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdlY2f7cQ0H5kB3eRlyY0T1dZ2xN9w==")))
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(10), family="zoom", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T14:30:00Z",
           contact="dana.whitfield@carolinaloomworks.com", company="Carolina Loom Works",
           local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:30", zone="America/New_York",
           note="US employer (Greensboro NC), 'Thursday, October 29 at 10:00 AM Eastern' = still EDT "
                "(US changes on 1 Nov) -> 14:00Z; the recruiter's '3:00 PM your time' is right because "
                "France is already on CET; 30 minutes stated -> end 14:30Z; contact = human sender")
def m10() -> bytes:
    body = t("""
        Hi Clémence,

        Great speaking with you on Friday. As promised, here are the details for your interview
        with our sourcing director for the European Sourcing Associate role:

        Thursday, October 29 at 10:00 AM Eastern (3:00 PM your time in France), 30 minutes
        With: Greg Hollis, Director of Global Sourcing

        Join Zoom Meeting
        https://carolinaloomworks.zoom.us/j/84417302265?pwd=Q3NlbEt2bVh4a2ZtN0p1Y0RzUT09

        Meeting ID: 844 1730 2265
        Passcode: 551903

        Greg will mostly want to hear about your supplier follow-up in Portugal and Turkey and how
        you handle lab dips and approvals. No need to prepare slides.

        Best,
        Dana

        Dana Whitfield | Talent Acquisition Partner
        Carolina Loom Works, Inc. | Greensboro, NC
        dana.whitfield@carolinaloomworks.com | +1 (336) 555-0148
        """)
    h = head(addr("Dana Whitfield", "dana.whitfield@carolinaloomworks.com"),
             "Interview with Greg Hollis - Thursday 10/29", "2026-10-26 08:47:55", "America/New_York",
             "<BN8PR11MB3620B1C74E0A9F2D63C5A17EF9A22@BN8PR11MB3620.namprd11.prod.outlook.com>",
             "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.90",
             extra=(("Content-Language", "en-US"),))
    page = gmail_html(body)
    return message(h, alt(text(body), html(page)))


@make.mail(N(11), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-11-10T12:00:00Z", end="2026-11-10T13:00:00Z",
           contact="ingrid.solberg@nordstrand.no", company="Nordstrand Outdoor",
           local="Tue 2026-11-10 13:00", local_end="2026-11-10 14:00", zone="Europe/Oslo",
           note="Lever reschedule with SEQUENCE:1 ICS (TZID Europe/Oslo): old Thu 5 Nov 15:00 shown "
                "struck, new Tue 10 Nov 13:00-14:00 CET -> 12:00-13:00Z; contact = Reply-To recruiter")
def m11() -> bytes:
    body = t("""
        Hi Clémence,

        Your interview for Materials Buyer (Textiles) at Nordstrand Outdoor has been rescheduled.

        NEW TIME
        Tuesday, November 10, 2026
        1:00 PM - 2:00 PM CET (Europe/Oslo)

        Previously: Thursday, November 5, 2026, 3:00 PM - 4:00 PM CET

        Interviewers: Ingrid Solberg (Talent Partner), Erik Haugen (Head of Materials)
        Location: Google Meet - https://meet.google.com/nsh-qpxc-ywe

        An updated calendar invitation is attached. If this time doesn't work, reply to this email.

        Thanks,
        Ingrid Solberg
        Nordstrand Outdoor
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <p>Hi Clémence,</p>
        <p>Your interview for <b>Materials Buyer (Textiles)</b> at Nordstrand Outdoor has been rescheduled.</p>
        <p style="background:#f2f7f2;padding:10px"><b>NEW TIME</b><br>Tuesday, November 10, 2026<br>1:00 PM - 2:00 PM CET (Europe/Oslo)</p>
        <p style="color:#999"><s>Thursday, November 5, 2026, 3:00 PM - 4:00 PM CET</s></p>
        <p>Interviewers: Ingrid Solberg (Talent Partner), Erik Haugen (Head of Materials)<br>
        Location: <a href="https://meet.google.com/nsh-qpxc-ywe">Google Meet</a></p>
        <p>An updated calendar invitation is attached. If this time doesn't work, reply to this email.</p>
        <p>Thanks,<br>Ingrid Solberg<br>Nordstrand Outdoor</p></div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Hire//EN
        METHOD:REQUEST
        """) + OSLO + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-iv-3f7a91c2-6b0e-4d1f-a8e5-0c2d94b7e613
        DTSTAMP:20261104T091230Z
        DTSTART;TZID=Europe/Oslo:20261110T130000
        DTEND;TZID=Europe/Oslo:20261110T140000
        SEQUENCE:1
        SUMMARY:Interview: Clémence Royer - Materials Buyer (Textiles)
        ORGANIZER;CN=Ingrid Solberg:mailto:ingrid.solberg@nordstrand.no
        ATTENDEE;CN=Clémence Royer;RSVP=TRUE:mailto:clemence.royer@example.com
        LOCATION:https://meet.google.com/nsh-qpxc-ywe
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Nordstrand Outdoor", "no-reply@hire.lever.co"),
             "Updated: Your interview with Nordstrand Outdoor", "2026-11-04 10:12:30", "Europe/Oslo",
             "<20261104091230.3f7a91c2.lever@hire.lever.co>", "mail-207.hire.lever.co", "198.2.180.207",
             extra=(("Reply-To", addr("Ingrid Solberg", "ingrid.solberg@nordstrand.no")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="interview.ics", disposition="attachment",
                                     name_param=True)))


@make.mail(N(12), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start="2026-10-02T13:00:00Z", end="2026-10-02T14:00:00Z",
           contact="aurelie.coste@tissus-morvan.fr", company="Tissus Morvan",
           local="Fri 2026-10-02 15:00", local_end="2026-10-02 16:00", zone=PARIS,
           note="SmartRecruiters HTML-only base64, French: 'vendredi 2 octobre 2026 à 15h00, durée : 1 heure' "
                "on site in Troyes, CEST -> 13:00-14:00Z (exact length stated); contact = address of the "
                "named interlocutor in the body")
def m12() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;background:#f7f7f7;margin:0">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:28px">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-dc5/tissusmorvan/logo.png" alt="Tissus Morvan" height="40">
        <h1 style="font-size:20px;color:#0b3b5b">Confirmation de votre entretien</h1>
        <p>Bonjour Clémence,</p>
        <p>Nous vous confirmons votre entretien pour le poste <b>Assistant(e) Achats Textile – CDI</b>.</p>
        <ul>
        <li><b>Date :</b> vendredi 2 octobre 2026</li>
        <li><b>Heure :</b> 15h00</li>
        <li><b>Durée :</b> 1 heure</li>
        <li><b>Lieu :</b> Tissus Morvan, 27 avenue des Lombards, 10000 Troyes</li>
        </ul>
        <p>Votre interlocutrice : Aurélie Coste, Responsable RH –
        <a href="mailto:aurelie.coste@tissus-morvan.fr">aurelie.coste@tissus-morvan.fr</a></p>
        <p>Merci de vous munir d'une pièce d'identité pour l'accès au site.</p>
        <p>Cordialement,<br>L'équipe recrutement Tissus Morvan</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Cet e-mail a été envoyé via SmartRecruiters. Merci de ne pas y répondre.</p>
        </div></body></html>
        """)
    h = head(addr("Tissus Morvan", "noreply@smartrecruiters.com"),
             "Confirmation de votre entretien – Assistant(e) Achats Textile", "2026-09-28 11:03:47", PARIS,
             "<5f8e2c1a.7b3d4e90.sr-mail@smartrecruiters.com>", "mta-82.smartrecruiters.com", "35.190.247.82")
    return message(h, html(page, cte="base64"))


@make.mail(N(13), family="personio", lang="fr-CH", interview=True, kind="scheduled",
           start="2026-11-18T15:00:00Z", end="2026-11-18T16:00:00Z",
           contact="laurence.pittet@tissages-leman.ch", company="Tissages du Léman SA",
           local="Wed 2026-11-18 16:00", local_end="2026-11-18 17:00", zone="Europe/Zurich",
           note="Personio invitation in Swiss French (Lausanne): '16:00 - 17:00 (Europe/Zurich)' in "
                "November = CET -> 15:00-16:00Z; ICS TZID Europe/Zurich; contact = Reply-To recruiter")
def m13() -> bytes:
    body = t("""
        Bonjour Madame Royer,

        Nous vous remercions de l'intérêt que vous portez à Tissages du Léman SA et avons le
        plaisir de vous inviter à un entretien pour le poste de Responsable approvisionnement
        (80-100 %).

        Date : mercredi 18 novembre 2026
        Heure : 16:00 - 17:00 (Europe/Zurich)
        Lieu : entretien vidéo – https://meet.personio.de/tissages-leman/7c2e91
        Participants : Laurence Pittet (RH), Daniel Rochat (Directeur des opérations)

        Vous trouverez l'invitation de calendrier en annexe. Nous nous réjouissons de faire votre
        connaissance.

        Avec nos meilleures salutations,
        Laurence Pittet
        Ressources humaines
        Tissages du Léman SA, Chemin du Closel 5, 1020 Renens
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        """) + ZURICH + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-event-2a61f0c7d4@personio.de
        DTSTAMP:20261112T140622Z
        DTSTART;TZID=Europe/Zurich:20261118T160000
        DTEND;TZID=Europe/Zurich:20261118T170000
        SUMMARY:Entretien Clémence Royer – Responsable approvisionnement
        LOCATION:https://meet.personio.de/tissages-leman/7c2e91
        ORGANIZER;CN=Laurence Pittet:mailto:laurence.pittet@tissages-leman.ch
        ATTENDEE;CN=Clémence Royer;RSVP=TRUE:mailto:clemence.royer@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Tissages du Léman SA", "no-reply@personio.de"),
             "Invitation à un entretien – Responsable approvisionnement", "2026-11-12 15:06:22",
             "Europe/Zurich", "<0102019b1e7f3c2a-4d8e9b10-personio-6f2a@eu-central-1.amazonses.com>",
             "b224-3.smtp-out.eu-central-1.amazonses.com", "69.169.224.3",
             extra=(("Reply-To", addr("Laurence Pittet", "laurence.pittet@tissages-leman.ch")),))
    return message(h, mixed(text(body), calendar(ics, cte="base64", filename="einladung.ics",
                                                 disposition="attachment")))


@make.mail(N(14), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start="2026-09-24T12:00:00Z", end=None,
           contact="sandrine.baudoin@tissages-champagne.fr", company="Tissages de Champagne",
           local="Thu 2026-09-24 14:00", zone=PARIS,
           note="Short reply on top of the quoted thread (slots proposed, candidate picks Thursday): 'je vous "
                "confirme donc jeudi 24 septembre à 14h', CEST -> 12:00Z; no length -> end null; "
                "contact = human sender")
def m14() -> bytes:
    body = t("""
        Bonjour Clémence,

        Parfait, je vous confirme donc jeudi 24 septembre à 14h dans nos locaux (15 rue de la
        Paix, Sainte-Savine), avec M. Pradier, directeur des achats. Demandez-moi à l'accueil.

        Bonne fin de journée,
        Sandrine

        Sandrine Baudoin
        Chargée RH – Tissages de Champagne
        03 25 71 06 44

        -----Message d'origine-----
        De : Clémence Royer <clemence.royer@example.com>
        Envoyé : jeudi 17 septembre 2026 08:12
        À : Sandrine Baudoin <sandrine.baudoin@tissages-champagne.fr>
        Objet : Re: Votre candidature – Assistante achats

        Bonjour Madame Baudoin,

        Merci pour votre retour. Le jeudi 24 septembre à 14h me convient parfaitement.

        Bien cordialement,
        Clémence Royer

        -----Message d'origine-----
        De : Sandrine Baudoin <sandrine.baudoin@tissages-champagne.fr>
        Envoyé : mercredi 16 septembre 2026 17:40
        À : Clémence Royer <clemence.royer@example.com>
        Objet : Votre candidature – Assistante achats

        Bonjour Madame Royer,

        Votre candidature a retenu notre attention. Seriez-vous disponible pour un entretien
        le mardi 22 septembre à 10h ou le jeudi 24 septembre à 14h ?

        Cordialement,
        Sandrine Baudoin
        """)
    h = head(addr("Sandrine Baudoin", "sandrine.baudoin@tissages-champagne.fr"),
             "RE: Votre candidature – Assistante achats", "2026-09-17 11:26:40", PARIS,
             "<AM9P195MB1432E0C58A1B4F6D27E3F09AC1B47@AM9P195MB1432.EURP195.PROD.OUTLOOK.COM>",
             "EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.51",
             extra=(("In-Reply-To", "<2f1c7b3e-5d9a-4c12-b8e0-clemence@example.com>"),
                    ("References", "<AM9P195MB1432D17E4B2C90A5F3E6B18AC1A22@AM9P195MB1432.EURP195.PROD.OUTLOOK.COM>"
                                   "\r\n <2f1c7b3e-5d9a-4c12-b8e0-clemence@example.com>"),
                    ("Thread-Topic", enc("Votre candidature – Assistante achats")),
                    ("Content-Language", "fr-FR")))
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(15), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start="2026-12-07T09:30:00Z", end=None,
           contact="p.vasseur@manufacture-vasseur.fr", company="Manufacture Vasseur",
           local="Mon 2026-12-07 10:30", zone=PARIS,
           note="Candidate forwards the convocation from her other address to herself (Gmail 'Message "
                "transféré'): 'lundi 7 décembre 2026 à 10h30', CET -> 09:30Z; contact = the sender in the "
                "forwarded header (never the candidate)")
def m15() -> bytes:
    body = t("""
        à imprimer + prévoir le train de 7h32

        ---------- Message transféré ---------
        De : Patrick Vasseur <p.vasseur@manufacture-vasseur.fr>
        Date : lun. 30 nov. 2026 à 17:58
        Subject: Convocation à un entretien – Acheteur textile H/F
        To: <clemence.royer@example.org>

        Madame,

        Suite à votre candidature au poste d'Acheteur textile H/F, nous avons le plaisir de vous
        convier à un entretien le lundi 7 décembre 2026 à 10h30, dans nos locaux :

        Manufacture Vasseur
        8 quai du Moulin, 77130 Montereau-Fault-Yonne

        Vous serez reçue par moi-même et par Mme Isabelle Garnier, responsable de production.

        Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

        Patrick Vasseur
        Directeur administratif et financier
        """)
    h = head(addr(ME_NAME, "clemence.royer@example.org"),
             "Fwd: Convocation à un entretien – Acheteur textile H/F", "2026-12-02 07:41:09", PARIS,
             "<CAH8kz2Nq4YbT0wGvE7r1uLmJ5xFd9pC3sA6@mail.gmail.com>", "mail-ej1-f45.google.com",
             "209.85.218.45")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="rfc822_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-20T10:00:00Z", end="2026-11-20T11:30:00Z",
           contact="mathilde.roux@talentex-conseil.fr", company="Filtex Industries",
           local="Fri 2026-11-20 11:00", local_end="2026-11-20 12:30", zone=PARIS,
           note="Agency consultant forwards the client's confirmation as a message/rfc822 attachment: "
                "'vendredi 20 novembre de 11h à 12h30', CET -> 10:00-11:30Z; contact = human sender "
                "(consultant) before the client's address inside the attachment")
def m16() -> bytes:
    inner_body = t("""
        Bonjour Mathilde,

        Je vous confirme que nous recevrons Mme Clémence Royer le vendredi 20 novembre de 11h à
        12h30 sur notre site de Mulhouse (entretien avec moi-même puis avec Christophe Weber,
        acheteur senior). Elle peut se garer sur le parking P2.

        Bien à vous,
        Anne-Sophie Kieffer
        Responsable des achats – Filtex Industries
        """)
    inner_h = [("From", addr("Anne-Sophie Kieffer", "as.kieffer@filtex-industries.fr")),
               ("To", addr("Mathilde Roux", "mathilde.roux@talentex-conseil.fr")),
               ("Subject", "Candidature C. Royer - confirmation RDV"),
               ("Date", date("2026-11-13 16:22:05", PARIS)),
               ("Message-ID", "<3b7e0c91a2d64f58@filtex-industries.fr>")]
    inner = message(inner_h, text(inner_body, cte="quoted-printable"))
    body = t("""
        Bonjour Clémence,

        Je vous transfère la confirmation de Filtex Industries pour vendredi (voir pièce jointe).
        L'entretien durera 1h30, en deux parties. Pensez à relire la fiche de poste que je vous
        ai envoyée : ils insisteront sur les achats de non-tissés et le suivi des certifications
        OEKO-TEX.

        Je reste joignable au 06 58 14 92 03 si besoin.

        Belle journée,
        Mathilde Roux
        Consultante senior – Talentex Conseil
        """)
    h = head(addr("Mathilde Roux", "mathilde.roux@talentex-conseil.fr"),
             "TR: Candidature C. Royer - confirmation RDV", "2026-11-16 09:04:51", PARIS,
             "<7d91a4e2-0c3b-4f7e-9a15-talentex-2611@talentex-conseil.fr>", "smtp.talentex-conseil.fr",
             "91.121.78.14", extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(h, mixed(text(body, cte="8bit"),
                            attached_message(inner, "Candidature C. Royer - confirmation RDV.eml")))


@make.mail(N(17), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-12-08T14:00:00Z", end="2026-12-08T15:00:00Z",
           contact="kevin.tran@ridgewayfibers.com", company="Ridgeway Fibers",
           local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:00", zone="America/New_York",
           note="iCIMS mail whose body gives no time: the time is only in the attached .ics (TZID "
                "Eastern Standard Time, 09:00-10:00 EST in December -> 14:00-15:00Z); contact = ICS "
                "ORGANIZER (hiring manager)")
def m17() -> bytes:
    body = t("""
        Dear Clémence,

        Thank you for your continued interest in the Global Sourcing Analyst (Req #2026-4471)
        position at Ridgeway Fibers.

        We are pleased to invite you to a video interview with our Global Sourcing team. Please
        find the calendar invitation attached to this email with the date, time and Teams link.
        Kindly accept the invitation so that we know you will attend.

        Best regards,
        Ridgeway Fibers Talent Acquisition

        This message was sent via iCIMS. Please do not reply to this email.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Talent Platform//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-int-2026-4471-88214@ridgewayfibers.icims.com
        DTSTAMP:20261202T153012Z
        DTSTART;TZID=Eastern Standard Time:20261208T090000
        DTEND;TZID=Eastern Standard Time:20261208T100000
        SUMMARY:Interview: Clémence Royer - Global Sourcing Analyst
        DESCRIPTION:Microsoft Teams meeting\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_cmlkZ2V3YXk%40thread.v2/0
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN=Kevin Tran:mailto:kevin.tran@ridgewayfibers.com
        ATTENDEE;CN=Clémence Royer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clemence.royer@example.com
        ATTENDEE;CN=Laura Bishop;ROLE=REQ-PARTICIPANT:mailto:laura.bishop@ridgewayfibers.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Ridgeway Fibers", "ridgewayfibers@talent.icims.com"),
             "Interview Invitation - Global Sourcing Analyst", "2026-12-02 10:30:12", "America/New_York",
             "<1764689412.88214.icims-mailer-04@talent.icims.com>", "mailer04.talent.icims.com",
             "64.237.144.40")
    return message(h, mixed(text(body),
                            calendar(ics, cte="base64", filename="Interview.ics",
                                     disposition="attachment", name_param=True)))


@make.mail(N(18), family="workable", lang="fr", interview=True, kind="rescheduled",
           start="2026-11-04T15:00:00Z", end="2026-11-04T15:45:00Z",
           contact="elodie.garnier@maille-co.fr", company="Maille & Co",
           local="Wed 2026-11-04 16:00", local_end="2026-11-04 16:45", zone=PARIS,
           note="Workable reschedule in French: new 'mercredi 4 novembre, 16h00 – 16h45 (heure de Paris)', "
                "CET -> 15:00-15:45Z (old time Tuesday 11h also written); Reply-To is a Workable relay, "
                "contact = the recruiter's address in the body")
def m18() -> bytes:
    body = t("""
        Bonjour Clémence,

        Votre entretien pour le poste d'Assistante achats & développement produit a été
        déplacé à la demande de notre équipe.

        Nouvel horaire : mercredi 4 novembre 2026, 16h00 – 16h45 (heure de Paris)
        (au lieu du mardi 3 novembre à 11h00)

        Type : entretien vidéo – le lien reste le même : https://maille-co.workable.com/video/4b1d7e
        Interlocutrice : Élodie Garnier (elodie.garnier@maille-co.fr)

        Merci de votre compréhension et à mercredi !

        Élodie Garnier
        Maille & Co
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Clémence,</p>
        <p>Votre entretien pour le poste d'<b>Assistante achats &amp; développement produit</b> a été déplacé à la demande de notre équipe.</p>
        <p><b>Nouvel horaire :</b> mercredi 4 novembre 2026, 16h00 – 16h45 (heure de Paris)<br>
        <span style="color:#888">(au lieu du mardi 3 novembre à 11h00)</span></p>
        <p>Type : entretien vidéo – le lien reste le même : <a href="https://maille-co.workable.com/video/4b1d7e">rejoindre</a><br>
        Interlocutrice : Élodie Garnier (<a href="mailto:elodie.garnier@maille-co.fr">elodie.garnier@maille-co.fr</a>)</p>
        <p>Merci de votre compréhension et à mercredi !</p>
        <p>Élodie Garnier<br>Maille &amp; Co</p>
        <p style="font-size:11px;color:#aaa">Envoyé avec Workable</p></div>
        """)
    h = head(addr("Maille & Co", "noreply@candidates.workablemail.com"),
             "Entretien déplacé – Assistante achats & développement produit", "2026-10-30 17:22:45", PARIS,
             "<wk.4b1d7e.20261030162245.91f3@workablemail.com>", "mail-a32.workablemail.com", "52.5.108.32",
             extra=(("Reply-To", "maille-co+c81f0a2e4b@candidates.workablemail.com"),))
    return message(h, alt(text(body), html(page)))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-16T11:00:00Z", end="2026-11-16T11:45:00Z",
           contact="james.holloway@ashcombereid.co.uk", company="Ashcombe & Reid",
           local="Mon 2026-11-16 11:00", local_end="2026-11-16 11:45", zone="Europe/London",
           note="UK employer moves Friday's call: 'Monday 16 November, 11:00-11:45 UK time (12:00-12:45 "
                "for you)' - GMT in November = UTC -> 11:00-11:45Z; contact = human sender")
def m19() -> bytes:
    body = t("""
        Hi Clémence,

        Thanks for being so flexible on the phone just now. As agreed, we've moved your interview
        from this Friday to Monday 16 November, 11:00-11:45 UK time (12:00-12:45 for you in Troyes).
        Same Teams link as before; I'll resend the invite from my calendar this afternoon.

        Sarah Whitcombe (our Merchandising Director) will join us for the second half.

        Apologies again for the shuffle, and have a good weekend when it comes.

        Best wishes,
        James

        James Holloway
        Fabric Sourcing Manager
        Ashcombe & Reid Ltd, Manchester
        +44 161 555 0192
        """)
    h = head(addr("James Holloway", "james.holloway@ashcombereid.co.uk"),
             "Moving our interview to Monday", "2026-11-12 13:38:02", "Europe/London",
             "<LO2P265MB51874C7A0E2D93B16F48A2C5BA04@LO2P265MB5187.GBRP265.PROD.OUTLOOK.COM>",
             "GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.20.118",
             extra=(("Content-Language", "en-GB"),))
    return message(h, text(body, cte="8bit"))


@make.mail(N(20), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
           contact="megan.kowalski@prairiethreads.com", company="Prairie Threads",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone="America/Chicago",
           note="GoodTime reschedule from Chicago, sent Fri 30 Oct in CDT; new slot Tue 3 Nov 9:00-10:00 AM "
                "CST (US back to standard time on 1 Nov) -> 15:00-16:00Z, i.e. 4-5 PM in Troyes as the "
                "mail says; ICS SEQUENCE:2 America/Chicago; contact = ORGANIZER (recruiter)")
def m20() -> bytes:
    body = t("""
        Hi Clémence,

        Your interview with Prairie Threads has been rescheduled. Here are the updated details:

        Global Sourcing Coordinator - Interview Loop (Round 2)
        Tuesday, November 3, 2026
        9:00 AM - 10:00 AM CST (America/Chicago)
        Your time zone: 4:00 PM - 5:00 PM CET (Europe/Paris)

        Interviewer: Aaron Pike, Sr. Manager, Vendor Development
        Video: https://prairiethreads.zoom.us/j/93017264408

        Questions? Contact Megan Kowalski.

        Sent by GoodTime on behalf of Prairie Threads
        """)
    page = t("""
        <table width="100%" style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d"><tr><td>
        <p>Hi Clémence,</p>
        <p>Your interview with Prairie Threads has been <b>rescheduled</b>. Here are the updated details:</p>
        <table style="border:1px solid #ddd;padding:12px">
        <tr><td><b>Global Sourcing Coordinator - Interview Loop (Round 2)</b></td></tr>
        <tr><td>Tuesday, November 3, 2026<br>9:00 AM - 10:00 AM CST (America/Chicago)</td></tr>
        <tr><td style="color:#666">Your time zone: 4:00 PM - 5:00 PM CET (Europe/Paris)</td></tr>
        <tr><td>Interviewer: Aaron Pike, Sr. Manager, Vendor Development</td></tr>
        <tr><td>Video: <a href="https://prairiethreads.zoom.us/j/93017264408">Join Zoom</a></td></tr>
        </table>
        <p>Questions? Contact Megan Kowalski.</p>
        <p style="font-size:11px;color:#999">Sent by GoodTime on behalf of Prairie Threads</p>
        </td></tr></table>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-8c41e7f0-2b9d-4a63-b5e1-7d0f3a92c6b4
        DTSTAMP:20261030T162011Z
        DTSTART;TZID=America/Chicago:20261103T090000
        DTEND;TZID=America/Chicago:20261103T100000
        SEQUENCE:2
        SUMMARY:Prairie Threads Interview: Clémence Royer / Aaron Pike
        LOCATION:https://prairiethreads.zoom.us/j/93017264408
        ORGANIZER;CN=Megan Kowalski:mailto:megan.kowalski@prairiethreads.com
        ATTENDEE;CN=Clémence Royer;RSVP=TRUE:mailto:clemence.royer@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Prairie Threads Recruiting", "scheduling@goodtime.io"),
             "Rescheduled: Prairie Threads Interview - Tuesday, November 3", "2026-10-30 11:20:11",
             "America/Chicago", "<gt.8c41e7f0.1793384411@mail.goodtime.io>", "o7.mail.goodtime.io",
             "149.72.34.7")
    return message(h, alt(text(body), html(page), calendar(ics, cte="quoted-printable")))


@make.mail(N(21), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-10-15T12:00:00Z", end="2026-10-15T13:00:00Z",
           contact="helene.forgeat@atelier-forgeat.fr", company="Atelier Forgeat",
           local="Thu 2026-10-15 14:00", local_end="2026-10-15 15:00", zone=PARIS,
           note="Google Calendar cancellation (French UI, METHOD:CANCEL) of the second-round interview, "
                "'jeu. 15 oct. 2026 14:00 - 15:00 (CEST)' -> 12:00-13:00Z; contact = ORGANIZER")
def m21() -> bytes:
    body = t("""
        Cet événement a été annulé.

        Entretien 2e tour – Clémence Royer / Atelier Forgeat
        Quand : jeudi 15 oct. 2026 14:00 – 15:00 (heure d'été d'Europe centrale - Paris)

        Organisateur
        Hélène Forgeat - helene.forgeat@atelier-forgeat.fr

        Invités
        Hélène Forgeat - organisateur
        clemence.royer@example.com
        Yanis Forgeat

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261015T140000
        DTEND;TZID=Europe/Paris:20261015T150000
        DTSTAMP:20261012T160244Z
        ORGANIZER;CN=Hélène Forgeat:mailto:helene.forgeat@atelier-forgeat.fr
        UID:1k7v3qpe0c9t2b8m4hd6r5sj0n@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=clemence.royer@example.com;X-NUM-GUESTS=0:mailto:clemence.royer@example.com
        CREATED:20261007T091502Z
        LAST-MODIFIED:20261012T160243Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien 2e tour – Clémence Royer / Atelier Forgeat
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Hélène Forgeat", "helene.forgeat@atelier-forgeat.fr"),
             "Événement annulé : Entretien 2e tour – Clémence Royer / Atelier Forgeat @ "
             "jeu. 15 oct. 2026 14:00 - 15:00 (CEST) (clemence.royer@example.com)",
             "2026-10-12 18:02:44", PARIS, "<calendar-0e4d92b1-77c3-4a8e-b1f5-3d6c0a9e8f27@google.com>",
             "mail-sor-f73.google.com", "209.85.220.73",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-12-04T09:00:00Z", end=None,
           contact="margaux@fibre-circulaire.fr", company="Fibre Circulaire",
           local="Fri 2026-12-04 10:00", zone=PARIS,
           note="Startup founder, tu-form: cancels 'notre entretien de vendredi 10h' (role filled "
                "internally), resolved against the Date (Tue 1 Dec) -> Fri 4 Dec 10:00 CET = 09:00Z; no "
                "new time; contact = human sender")
def m22() -> bytes:
    body = t("""
        Hello Clémence,

        Je suis vraiment désolée, mais je dois annuler notre entretien de vendredi 10h. On a
        finalement décidé de confier le poste à Léa, qui faisait déjà l'interim sur les achats
        depuis septembre, et je préfère te le dire franchement plutôt que de te faire venir
        pour rien.

        Ton profil nous a beaucoup plu, et on va sûrement ouvrir un poste d'acheteuse
        recyclage au printemps : je me permettrai de revenir vers toi à ce moment-là si tu es
        d'accord.

        Encore pardon, et bonne continuation dans tes recherches !

        Margaux
        --
        Margaux Lenoir · cofondatrice
        Fibre Circulaire – le recyclage textile made in Aube
        """)
    h = head(addr("Margaux Lenoir", "margaux@fibre-circulaire.fr"),
             "Notre entretien de vendredi", "2026-12-01 19:14:27", PARIS,
             "<A3C1E7F2-5B8D-4E0A-9C61-2F4D7B0E8A13@fibre-circulaire.fr>", "smtp-relay.mailo.fr",
             "213.182.54.9", extra=(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),))
    return message(h, text(body, cte="quoted-printable", params="format=flowed"))


@make.mail(N(23), family="recruitee", lang="fr-BE", interview=True, kind="cancelled",
           start="2026-11-19T09:00:00Z", end=None,
           contact="nathalie.dubois@lainieres-sambre.be", company="Lainières de Sambre",
           local="Thu 2026-11-19 10:00", zone="Europe/Brussels",
           note="Recruitee cancellation from a Belgian employer (Charleroi): 'votre entretien du jeudi 19 "
                "novembre 2026 à 10h00' cancelled (recruitment suspended), CET -> 09:00Z; sender and "
                "Reply-To are Recruitee addresses, contact = the HR address in the body")
def m23() -> bytes:
    body = t("""
        Chère Madame Royer,

        Nous sommes au regret de devoir annuler votre entretien du jeudi 19 novembre 2026 à
        10h00 pour le poste d'Assistante achats (m/f/x).

        Suite à une réorganisation interne, le recrutement pour ce poste est suspendu jusqu'à
        nouvel ordre. Nous conservons votre candidature et ne manquerons pas de vous recontacter
        si le poste venait à être rouvert.

        Pour toute question, vous pouvez contacter Nathalie Dubois
        (nathalie.dubois@lainieres-sambre.be).

        Avec nos sincères excuses pour ce contretemps,

        L'équipe RH
        Lainières de Sambre SA – Charleroi
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Chère Madame Royer,</p>
        <p>Nous sommes au regret de devoir annuler votre entretien du <b>jeudi 19 novembre 2026 à 10h00</b>
        pour le poste d'Assistante achats (m/f/x).</p>
        <p>Suite à une réorganisation interne, le recrutement pour ce poste est suspendu jusqu'à nouvel ordre.
        Nous conservons votre candidature et ne manquerons pas de vous recontacter si le poste venait à être rouvert.</p>
        <p>Pour toute question, vous pouvez contacter Nathalie Dubois
        (<a href="mailto:nathalie.dubois@lainieres-sambre.be">nathalie.dubois@lainieres-sambre.be</a>).</p>
        <p>Avec nos sincères excuses pour ce contretemps,</p>
        <p>L'équipe RH<br>Lainières de Sambre SA – Charleroi</p>
        <p style="font-size:11px;color:#aaa">Powered by Recruitee</p></body></html>
        """)
    h = head(addr("Lainières de Sambre", "no-reply@recruitee.com"),
             "Annulation de votre entretien – Assistante achats", "2026-11-16 14:48:30", "Europe/Brussels",
             "<recruitee.7a2f0c41e9.20261116134830@mg.recruitee.com>", "m42-114.mailgun.net",
             "159.135.228.114",
             extra=(("Reply-To", "lainieres-sambre+8812043@inbox.recruitee.com"),))
    return message(h, alt(text(body), html(page)))


# =========================================================================== negatives


@make.mail(N(24), family="proposal", lang="fr", interview=False, company="Tissages de Champagne",
           days=(("Tue", "2026-09-22"), ("Thu", "2026-09-24")),
           note="Recruiter proposes two slots (mardi 22 à 10h or jeudi 24 à 14h) and asks which suits: "
                "nothing fixed yet; the confirmation comes in a later reply")
def m24() -> bytes:
    body = t("""
        Bonjour Madame Royer,

        Votre candidature au poste d'assistante achats a retenu notre attention et nous
        souhaiterions vous rencontrer.

        Seriez-vous disponible pour un entretien dans nos locaux de Sainte-Savine le mardi
        22 septembre à 10h ou le jeudi 24 septembre à 14h ? Merci de me préciser le créneau qui
        vous convient le mieux.

        Cordialement,

        Sandrine Baudoin
        Chargée RH – Tissages de Champagne
        03 25 71 06 44
        """)
    h = head(addr("Sandrine Baudoin", "sandrine.baudoin@tissages-champagne.fr"),
             "Votre candidature – Assistante achats", "2026-09-16 17:40:15", PARIS,
             "<AM9P195MB1432D17E4B2C90A5F3E6B18AC1A22@AM9P195MB1432.EURP195.PROD.OUTLOOK.COM>",
             "EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.55",
             extra=(("Content-Language", "fr-FR"),))
    return message(h, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@make.mail(N(25), family="rejection", lang="fr", interview=False, company="Tissages de Champagne",
           note="Rejection after the on-site interview of 24 September (same thread as the confirmation)")
def m25() -> bytes:
    body = t("""
        Bonjour Madame Royer,

        Nous vous remercions pour le temps que vous nous avez consacré lors de notre entretien
        du 24 septembre ainsi que pour l'intérêt que vous portez à notre entreprise.

        Après mûre réflexion, nous avons retenu une candidature dont l'expérience correspond
        plus précisément aux besoins actuels du poste. Cette décision ne remet nullement en
        cause vos qualités, que M. Pradier a particulièrement appréciées.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Cordialement,
        Sandrine Baudoin
        Chargée RH – Tissages de Champagne
        """)
    h = head(addr("Sandrine Baudoin", "sandrine.baudoin@tissages-champagne.fr"),
             "Suite à votre entretien – Assistante achats", "2026-10-09 10:05:51", PARIS,
             "<AM9P195MB14320A4F7C2E91B53D86E27AC1F03@AM9P195MB1432.EURP195.PROD.OUTLOOK.COM>",
             "EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.58")
    return message(h, text(body, charset="windows-1252"))


@make.mail(N(26), family="travel_booking", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-10-26"),),
           note="Train e-ticket Troyes -> Roubaix for the day of the Delacourt interview: a fixed time, "
                "but a travel booking, not an interview")
def m26() -> bytes:
    body = t("""
        Bonjour Clémence,

        Votre réservation est confirmée. Référence dossier : QKZ7RM

        ALLER – lundi 26 octobre 2026
          06:48  Troyes                 →  08:19  Paris Est          TER 839004
          (correspondance à pied Paris Est → Paris Nord, 10 min)
          08:46  Paris Nord             →  09:53  Roubaix            TGV INOUI 7215  Voiture 14, place 63

        RETOUR – lundi 26 octobre 2026
          17:34  Roubaix                →  18:41  Paris Nord         TGV INOUI 7240  Voiture 3, place 22
          19:12  Paris Est              →  20:42  Troyes             TER 839021

        Passager : Clémence ROYER – Carte Avantage Adulte
        Montant payé : 118,40 €

        Votre e-billet est disponible dans l'application Railo et en pièce jointe.
        Bon voyage !

        Railo – billets de train en ligne
        """)
    h = head(addr("Railo", "confirmation@railo.fr"), "Votre e-billet – Troyes → Roubaix – 26/10/2026",
             "2026-10-22 20:15:33", PARIS, "<20261022181533.QKZ7RM.8841@mail.railo.fr>",
             "mail2.railo.fr", "185.94.212.30")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(27), family="bounce", lang="en", interview=False, company=None,
           note="Postfix DSN: the candidate's thank-you to Carolina Loom Works bounced (typo in the "
                "recipient address); the quoted original mentions the interview that already took place")
def m27() -> bytes:
    orig_h = [("From", TO), ("To", addr("Dana Whitfield", "dana.whitfeld@carolinaloomworks.com")),
              ("Subject", "Thank you - European Sourcing Associate"),
              ("Date", date("2026-10-29 17:02:11", PARIS)),
              ("Message-ID", "<b7c1e0a4-93d2-4f1e-8e5a-clemence-1029@example.com>")]
    orig_body = t("""
        Hi Dana,

        Thank you for arranging today's interview with Greg. I enjoyed our conversation about the
        Portuguese and Turkish mills and I'm very motivated by the role.

        Best regards,
        Clémence
        """)
    orig = message(orig_h, text(orig_body))
    notice = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <dana.whitfeld@carolinaloomworks.com>: host
            carolinaloomworks-com.mail.protection.outlook.com[52.101.41.7] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            dana.whitfeld@carolinaloomworks.com not found by SMTP address lookup (in
            reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4Q7Kf21XyZz9tD
        X-Postfix-Sender: rfc822; clemence.royer@example.com
        Arrival-Date: Thu, 29 Oct 2026 17:02:13 +0100 (CET)

        Final-Recipient: rfc822; dana.whitfeld@carolinaloomworks.com
        Original-Recipient: rfc822;dana.whitfeld@carolinaloomworks.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; carolinaloomworks-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            dana.whitfeld@carolinaloomworks.com not found by SMTP address lookup
        """)
    report = multipart("report",
                       make.Part(
                           [("Content-Description", "Notification"),
                            ("Content-Type", 'text/plain; charset="us-ascii"')],
                           notice.replace("\n", "\r\n").encode()),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    h = [("Received", "by mx1.example.com (Postfix)\r\n id 4Q7Kf23AbCz9tF; "
          + date("2026-10-29 17:02:15", PARIS)),
         ("From", "MAILER-DAEMON@mx1.example.com (Mail Delivery System)"), ("To", ME),
         ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-10-29 17:02:15", PARIS)),
         ("Message-ID", "<20261029160215.4Q7Kf23AbCz9tF@mx1.example.com>"),
         ("Auto-Submitted", "auto-replied")]
    return message(h, report)


@make.mail(N(28), family="application_receipt", lang="fr", interview=False, company="Groupe Valmont Textile",
           note="Taleo acknowledgement of an application; no interview")
def m28() -> bytes:
    body = t("""
        Madame Royer,

        Nous accusons bonne réception de votre candidature au poste suivant :
        Acheteur/Acheteuse Matières H/F - Réf. 2600412 - Troyes (10)

        Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond
        à nos attentes, nous reviendrons vers vous dans les prochaines semaines. Dans le cas
        contraire, nous vous en informerons par e-mail.

        Vous pouvez suivre l'avancement de votre candidature dans votre espace candidat :
        https://valmont.taleo.net/careersection/ext/mysubmissions.ftl?lang=fr_FR

        Nous vous remercions de l'intérêt que vous portez au Groupe Valmont Textile.

        La Direction des Ressources Humaines

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    h = head(addr("Groupe Valmont Textile", "notification@careers.taleo.net"),
             "Accusé de réception de votre candidature - Acheteur/Acheteuse Matières H/F (2600412)",
             "2026-09-08 22:41:03", PARIS, "<1915384626.118804.1788899263401.JavaMail.taleo@tlxphapp14>",
             "smtp-out-ph14.taleo.net", "160.34.13.14", charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(29), family="application_receipt", lang="en", interview=False, company="Loopwear",
           note="Ashby 'thanks for applying' receipt from a Berlin start-up; no interview")
def m29() -> bytes:
    body = t("""
        Hi Clémence,

        Thanks for applying to the Junior Sourcing Manager (Recycled Materials) role at Loopwear!
        We've received your application and our team will review it over the next two weeks.

        In the meantime, feel free to read about how we work: https://loopwear.com/how-we-work

        Cheers,
        The Loopwear Talent Team
        """)
    page = t("""
        <div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#111">
        <p>Hi Clémence,</p>
        <p>Thanks for applying to the <b>Junior Sourcing Manager (Recycled Materials)</b> role at Loopwear!
        We've received your application and our team will review it over the next two weeks.</p>
        <p>In the meantime, feel free to read about <a href="https://loopwear.com/how-we-work">how we work</a>.</p>
        <p>Cheers,<br>The Loopwear Talent Team</p></div>
        """)
    h = head(addr("Loopwear", "no-reply@ashbyhq.com"), "Thanks for applying to Loopwear",
             "2026-09-23 12:07:48", "Europe/Berlin",
             "<0100019a1f4b7c3e-52e1a0d8-9b6f-4c27-8e3a-1d5f7b9c2e40-000000@email.amazonses.com>",
             "a48-110.smtp-out.amazonses.com", "54.240.48.110")
    return message(h, alt(text(body, charset="utf-8", cte="base64"), html(page, cte="base64")))


@make.mail(N(30), family="job_alert", lang="fr", interview=False, company=None,
           note="Job-board alert listing new purchasing offers in the Grand Est")
def m30() -> bytes:
    body = t("""
        Bonjour Clémence,

        12 nouvelles offres correspondent à votre alerte « acheteur textile – Grand Est » :

        • Assistant(e) achats – Textile technique – Saint-Dizier (52) – CDI
        • Acheteur(se) matières premières – Troyes (10) – CDI – 32-38 k€
        • Approvisionneur(se) – Bonneterie – Romilly-sur-Seine (10) – CDD 8 mois
        • Assistant(e) ADV / achats – Reims (51) – CDI
        • Acheteur(se) junior – Linge de maison – Épinal (88) – CDI

        Voir les 12 offres : https://www.emploimode.fr/alertes/8812044?utm_source=alerte

        Conseil de la semaine : relancez une candidature 10 jours après l'envoi.

        Vous recevez cet e-mail car vous avez créé une alerte sur EmploiMode.
        Gérer mes alertes : https://www.emploimode.fr/compte/alertes
        """)
    page = t("""
        <html><body style="margin:0;background:#f3f1ee;font-family:Arial,sans-serif">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
        <p>Bonjour Clémence,</p>
        <p><b>12 nouvelles offres</b> correspondent à votre alerte « acheteur textile – Grand Est » :</p>
        <ul>
        <li>Assistant(e) achats – Textile technique – Saint-Dizier (52) – CDI</li>
        <li>Acheteur(se) matières premières – Troyes (10) – CDI – 32-38 k€</li>
        <li>Approvisionneur(se) – Bonneterie – Romilly-sur-Seine (10) – CDD 8 mois</li>
        <li>Assistant(e) ADV / achats – Reims (51) – CDI</li>
        <li>Acheteur(se) junior – Linge de maison – Épinal (88) – CDI</li>
        </ul>
        <p><a href="https://www.emploimode.fr/alertes/8812044?utm_source=alerte" style="background:#c2410c;color:#fff;padding:10px 18px;text-decoration:none">Voir les 12 offres</a></p>
        <p style="font-size:12px;color:#777">Conseil de la semaine : relancez une candidature 10 jours après l'envoi.</p>
        <p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez créé une alerte sur EmploiMode.
        <a href="https://www.emploimode.fr/compte/alertes">Gérer mes alertes</a></p>
        </td></tr></table></body></html>
        """)
    h = head(addr("EmploiMode", "alertes@emploimode.fr"),
             "12 nouvelles offres : acheteur textile – Grand Est", "2026-10-05 07:02:00", PARIS,
             "<alert.8812044.20261005.0502@emploimode.fr>", "mta3.emploimode.fr", "178.33.104.23",
             extra=(("List-Unsubscribe", "<https://www.emploimode.fr/desinscription?a=8812044>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@make.mail(N(31), family="job_alert", lang="en", interview=False, company=None,
           note="Professional-network job alert in English")
def m31() -> bytes:
    page = t("""
        <html><body style="font-family:-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f1f1f">
        <h2 style="font-size:18px">Purchasing Assistant: 8 new jobs in Troyes, Grand Est and remote</h2>
        <p><b>Sourcing Assistant</b> – Hartwell Apparel Group – Remote (Europe)<br><span style="color:#666">Actively recruiting · 2 days ago</span></p>
        <p><b>Assistant Acheteur Textile</b> – Maison Vauclair – Paris<br><span style="color:#666">Easy Apply · 5 days ago</span></p>
        <p><b>Procurement Assistant</b> – Verdane Composites – Reims<br><span style="color:#666">Be an early applicant</span></p>
        <p><a href="https://www.linkfolio.example/jobs/search?keywords=purchasing%20assistant&amp;location=Troyes">See all jobs</a></p>
        <p style="font-size:11px;color:#888">You are receiving Job Alert emails. Unsubscribe · Help<br>
        Linkfolio Ltd., Dublin 2, Ireland</p>
        </body></html>
        """)
    h = head(addr("Linkfolio Job Alerts", "jobalerts-noreply@linkfolio.example"),
             "“Purchasing Assistant”: Hartwell Apparel Group and 7 more", "2026-11-02 08:31:10",
             "Europe/Dublin", "<1138452271.2814407.1793608270004@ltx1-app2201.prod.linkfolio.example>",
             "mailb-ab.linkfolio.example", "108.174.6.171", extra=(("Precedence", "bulk"),))
    return message(h, html(page))


@make.mail(N(32), family="newsletter_tips", lang="fr", interview=False, company=None,
           note="Career newsletter with interview tips for buyers; no appointment")
def m32() -> bytes:
    body = t("""
        CADRES & CARRIÈRES – La lettre du jeudi

        1. Achats : les 5 questions pièges de l'entretien (et comment y répondre)
           « Parlez-moi d'une négociation qui a échoué » : la question qui fait peur, mais qui
           permet de montrer votre méthode. Nos conseils avec deux recruteuses spécialisées.

        2. Salaires 2026 : combien gagne un acheteur textile en région ?
           Notre baromètre : de 31 k€ (junior, Grand Est) à 52 k€ (confirmé, Île-de-France).

        3. Reconversion : passer de l'assistanat achats à la supply chain

        Lire la lettre en ligne : https://www.cadres-carrieres.fr/lettre/2026-10-15

        Vous recevez cette lettre parce que vous êtes inscrite sur cadres-carrieres.fr.
        Se désinscrire : https://www.cadres-carrieres.fr/desinscription
        """)
    h = head(addr("Cadres & Carrières", "lettre@cadres-carrieres.fr"),
             "Entretien achats : les 5 questions pièges", "2026-10-15 06:30:00", PARIS,
             "<lettre-2026-10-15.4417.clemence.royer@cadres-carrieres.fr>", "news.cadres-carrieres.fr",
             "5.39.86.142", extra=(("List-Unsubscribe", "<https://www.cadres-carrieres.fr/desinscription>"),
                                   ("Precedence", "bulk")))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="recruiter_outreach", lang="en", interview=False,
           company="Meridian Sourcing Talent",
           note="Cold outreach from a UK agency asking for a 'quick chat next week'; nothing fixed")
def m33() -> bytes:
    body = t("""
        Hi Clémence,

        I came across your profile and was impressed by your experience coordinating yarn and
        fabric suppliers across Italy and Portugal. I'm currently working with a premium
        outerwear brand that is building a small sourcing team in Lyon and Porto.

        Would you be open to a quick 15-minute chat next week? I'm fairly flexible, so just let me
        know a couple of times that suit you.

        Kind regards,
        Hannah Price
        Senior Consultant, Meridian Sourcing Talent
        hannah.price@meridiansourcing.co.uk | +44 20 7946 0731
        """)
    h = head(addr("Hannah Price", "hannah.price@meridiansourcing.co.uk"),
             "Sourcing opportunity - premium outerwear (Lyon/Porto)", "2026-10-20 10:12:47",
             "Europe/London", "<CAJw3Ls0m+8QeV1fZkR2Yt4NbU7oD9gP5xH6@mail.gmail.com>",
             "mail-lf1-f50.google.com", "209.85.167.50")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="scheduling_link", lang="fr", interview=False,
           company="Lin & Chanvre de Normandie",
           note="Recruiter sends a Calendly link to book a 30-minute call: no time fixed (the booking "
                "confirmation is a separate mail)")
def m34() -> bytes:
    body = t("""
        Bonjour Clémence,

        Merci pour votre candidature au poste d'assistante achats. Je serais ravie d'en discuter
        avec vous lors d'un premier échange téléphonique d'une trentaine de minutes.

        Vous pouvez réserver directement le créneau qui vous arrange via mon agenda :
        https://calendly.com/nadia-benali-lcn/entretien-telephonique

        À très bientôt,

        Nadia Benali
        Responsable recrutement – Lin & Chanvre de Normandie
        nadia.benali@lin-chanvre-normandie.fr
        """)
    h = head(addr("Nadia Benali", "nadia.benali@lin-chanvre-normandie.fr"),
             "Votre candidature – Assistante achats", "2026-10-06 16:27:09", PARIS,
             "<DB9PR04MB8107E2A1F05C3D94B68E7A21C2F11@DB9PR04MB8107.eurprd04.prod.outlook.com>",
             "EUR02-DB5-obe.outbound.protection.outlook.com", "40.107.249.70")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(35), family="availability_request", lang="en", interview=False, company="Prairie Threads",
           note="GoodTime availability request from Chicago: asks the candidate to pick times; nothing "
                "fixed")
def m35() -> bytes:
    body = t("""
        Hi Clémence,

        Congratulations on moving forward in the process for Global Sourcing Coordinator at
        Prairie Threads! We'd like to schedule a 60-minute interview with our Vendor Development
        team.

        Please share your availability for the next two weeks using the link below. Times are
        shown in your local time zone.

        Share your availability: https://app.goodtime.io/availability/7Hf2kQ9zLm

        Thank you,
        Megan Kowalski
        Recruiting Coordinator, Prairie Threads

        Sent by GoodTime on behalf of Prairie Threads
        """)
    h = head(addr("Prairie Threads Recruiting", "scheduling@goodtime.io"),
             "Prairie Threads - Please share your availability", "2026-10-20 14:03:55", "America/Chicago",
             "<gt.7Hf2kQ9zLm.1792522235@mail.goodtime.io>", "o7.mail.goodtime.io", "149.72.34.7",
             extra=(("Reply-To", addr("Megan Kowalski", "megan.kowalski@prairiethreads.com")),))
    return message(h, text(body))


@make.mail(N(36), family="out_of_office", lang="fr", interview=False, company="Maison Vauclair",
           days=(("Mon", "2026-09-28"),),
           note="Auto-reply of the Maison Vauclair recruiter to the candidate's thank-you after the "
                "interview: away until lundi 28 septembre; no appointment")
def m36() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 28 septembre inclus, avec un accès limité à mes
        e-mails. Pour toute urgence concernant un recrutement en cours, vous pouvez contacter
        recrutement@maisonvauclair.fr.

        Bien à vous,
        Julie Marchetti
        """)
    h = head(addr("Julie Marchetti", "julie.marchetti@maisonvauclair.fr"),
             "Réponse automatique : Merci pour l'entretien", "2026-09-18 09:12:30", PARIS,
             "<PAXP193MB2215A7D04E1C3B98F2F5A6E1B8C07@PAXP193MB2215.EURP193.PROD.OUTLOOK.COM>",
             "EUR01-PAX-obe.outbound.protection.outlook.com", "40.107.14.45",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<5e2d9a10-clemence-merci@example.com>")))
    return message(h, text(body))


@make.mail(N(37), family="offer", lang="fr", interview=False, company="Bonneterie Lemaire",
           days=(("Mon", "2027-01-04"),),
           note="Written job offer (promesse d'embauche) with a start date; not an interview")
def m37() -> bytes:
    body = t("""
        Madame,

        Suite à nos entretiens, nous avons le plaisir de vous confirmer notre proposition
        d'embauche au poste d'Assistante achats et approvisionnements, en contrat à durée
        indéterminée, statut agent de maîtrise.

        - Prise de poste : lundi 4 janvier 2027
        - Lieu de travail : Romilly-sur-Seine (10)
        - Rémunération annuelle brute : 31 500 €, sur 13 mois
        - Période d'essai : 3 mois, renouvelable une fois

        Vous trouverez la promesse d'embauche détaillée en pièce jointe. Nous vous remercions de
        nous la retourner signée avant le 4 décembre.

        Dans l'attente de vous accueillir, je vous prie d'agréer, Madame, l'expression de mes
        salutations distinguées.

        Sylvie Lemaire
        Directrice générale - Bonneterie Lemaire
        """)
    h = head(addr("Sylvie Lemaire", "s.lemaire@bonneterie-lemaire.fr"),
             "Proposition d'embauche - Assistante achats", "2026-11-26 11:44:02", PARIS,
             "<000601dd5f8a$2e9b4c70$8bd1e550$@bonneterie-lemaire.fr>", "smtp.orange-business.fr",
             "80.12.66.40", extra=(("Cc", addr("Thomas Giraud", "thomas.giraud@cap-recrutement.fr")),))
    pdf = make.Part([("Content-Type", 'application/pdf; name="Promesse_embauche_C_Royer.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Promesse_embauche_C_Royer.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")
    return message(h, mixed(text(body, charset="iso-8859-15"), pdf))


@make.mail(N(38), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Dentist appointment confirmation from a booking platform, with ICS: confirmed time, "
                "not an interview")
def m38() -> bytes:
    body = t("""
        Bonjour Clémence ROYER,

        Votre rendez-vous est confirmé.

        Dr Caroline Hubert – Chirurgien-dentiste
        Mardi 20 octobre 2026 à 17h15
        Motif : Détartrage
        Cabinet dentaire du Vauluisant, 14 rue Général Saussier, 10000 Troyes

        En cas d'empêchement, merci d'annuler au moins 48 h à l'avance :
        https://www.monrdvsante.fr/compte/rendez-vous

        L'équipe MonRdvSanté
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//MonRdvSante//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rdv-99120437@monrdvsante.fr
        DTSTAMP:20261012T091500Z
        DTSTART;TZID=Europe/Paris:20261020T171500
        DTEND;TZID=Europe/Paris:20261020T174500
        SUMMARY:RDV Dr Caroline Hubert - Détartrage
        LOCATION:14 rue Général Saussier\\, 10000 Troyes
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("MonRdvSanté", "ne-pas-repondre@monrdvsante.fr"),
             "Confirmation de votre rendez-vous du 20/10/2026", "2026-10-12 11:15:00", PARIS,
             "<rdv-99120437.confirm@monrdvsante.fr>", "smtp.monrdvsante.fr", "51.77.42.18")
    return message(h, mixed(text(body), calendar(ics, method="PUBLISH", cte="quoted-printable",
                                                 filename="rendez-vous.ics", disposition="attachment")))


@make.mail(N(39), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-11-25"),),
           note="Outlook meeting request (Romance Standard Time) for a volunteers' meeting at the "
                "local food bank: a fixed-time invitation, not an interview")
def m39() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        Pour préparer la collecte nationale et le planning des distributions de décembre, je vous
        propose une réunion des bénévoles le mercredi 25 novembre à 18h30 au local (salle du
        fond). Il y aura de la galette... non, pas encore, mais du café !

        Merci de répondre à l'invitation pour que je sache combien nous serons.

        Martine Collet
        Coordinatrice – Épicerie solidaire des Chartreux
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Martine Collet:mailto:martine.collet@epicerie-chartreux.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.royer@example.com:mailto:clemence.royer@example.com
        SUMMARY;LANGUAGE=fr-FR:Réunion bénévoles - collecte et planning décembre
        DTSTART;TZID=Romance Standard Time:20261125T183000
        DTEND;TZID=Romance Standard Time:20261125T200000
        UID:040000008200E00074C5B7101A82E00800000000D0E5A7B21E6ADC01000000000000000010000000A7F3C2B1D4E5F60718293A4B5C6D7E8F
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116T192201Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Local de l'épicerie - 5 rue des Chartreux\\, Troyes
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Martine Collet", "martine.collet@epicerie-chartreux.org"),
             "Réunion bénévoles - collecte et planning décembre", "2026-11-16 20:22:01", PARIS,
             "<PR1P264MB3904F1A2C7E5B64D09E8C7A3D1B05@PR1P264MB3904.FRAP264.PROD.OUTLOOK.COM>",
             "FRA01-PR2-obe.outbound.protection.outlook.com", "40.107.12.88",
             to="benevoles@epicerie-chartreux.org",
             extra=(("Content-class", "urn:content-classes:calendarmessage"),))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(40), family="personal_appointment", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Condominium general-meeting notice from the building manager: a fixed date and time, "
                "ordinary life mail, not an interview")
def m40() -> bytes:
    body = t("""
        Madame Royer,

        Nous vous informons que l'assemblée générale ordinaire des copropriétaires de la
        résidence « Les Jardins de la Vienne », 22 rue de la Vienne à Troyes, se tiendra le :

        jeudi 19 novembre 2026 à 18h30
        Salle municipale Jean-Moulin, 3 place Jean-Moulin, Troyes

        La convocation officielle, l'ordre du jour et les documents comptables vous ont été
        adressés par lettre recommandée. Si vous ne pouvez pas être présente, vous pouvez donner
        pouvoir au mandataire de votre choix (formulaire joint à la convocation).

        Votre gestionnaire,
        Frédéric Bonnot
        Cabinet Aubois de Gestion Immobilière - Syndic
        """)
    h = head(addr("Cabinet Aubois de Gestion Immobilière", "syndic@cagi-troyes.fr", "iso-8859-15"),
             "Assemblée générale des copropriétaires - 19 novembre 2026", "2026-10-28 15:02:40", PARIS,
             "<20261028140240.7721.syndic@cagi-troyes.fr>", "smtp.cagi-troyes.fr", "92.243.14.207",
             charset="iso-8859-15")
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(41), family="delivery", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Parcel delivery window (jeudi 8 octobre, 9h-13h); not an interview")
def m41() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <div style="background:#ffd400;padding:12px"><b>Colirapide</b></div>
        <p>Bonjour,</p>
        <p>Votre colis n° <b>6A21483907718</b> expédié par <b>Bureau Pratique</b> sera livré :</p>
        <p style="font-size:18px"><b>jeudi 8 octobre</b> entre <b>9h00 et 13h00</b></p>
        <p>Adresse : Clémence Royer, 22 rue de la Vienne, 10000 Troyes</p>
        <p>Vous ne serez pas là ? <a href="https://www.colirapide.fr/suivi/6A21483907718">Choisissez une autre date ou un point relais</a>.</p>
        <p style="font-size:11px;color:#888">Ceci est un message automatique.</p>
        </body></html>
        """)
    h = head(addr("Colirapide", "suivi@notif.colirapide.fr"), "Votre colis arrive jeudi 8 octobre",
             "2026-10-07 06:55:12", PARIS, "<6A21483907718.20261007.notif@colirapide.fr>",
             "notif.colirapide.fr", "185.163.44.21")
    return message(h, html(page, cte="base64"))


@make.mail(N(42), family="personal", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-07"),),
           note="A friend confirms Saturday dinner and wishes good luck for 'ton entretien' (no time, "
                "not from an employer): personal mail")
def m42() -> bytes:
    body = t("""
        Coucou ma belle,

        C'est bon pour samedi soir, on vous attend vers 20h avec Antoine ! Pas besoin d'apporter
        quoi que ce soit, Julien fait sa fameuse tarte au maroilles (oui, encore).

        Et tiens-moi au courant pour Romilly, je croise les doigts pour ton entretien, ils
        seraient fous de ne pas te prendre.

        Bisous,
        Léonie
        """)
    h = head(addr("Léonie Martel", "leonie.martel@example.org"), "Re: samedi ?", "2026-11-05 21:37:14",
             PARIS, "<CAN9x7pQ2wRk0Lm4Tz8Yv1Bh5Jc3Fd6Gs0Ea@mail.gmail.com>", "mail-qk1-f176.google.com",
             "209.85.222.176", extra=(("In-Reply-To", "<a91f2c7e-clemence-samedi@example.com>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="post_interview", lang="en", interview=False, company="Ashcombe & Reid",
           note="Thank-you reply after the interview of Monday 16 November: 'we'll come back to you', "
                "no new appointment")
def m43() -> bytes:
    body = t("""
        Hi Clémence,

        Thanks for your note, and thanks again for your time yesterday - Sarah and I both enjoyed
        the conversation, especially your take on consolidating the trims suppliers.

        We have two more candidates to see this week and aim to come back to everyone by the end
        of next week.

        Best wishes,
        James

        > On 16 Nov 2026, at 18:04, Clémence Royer <clemence.royer@example.com> wrote:
        >
        > Dear James,
        >
        > Thank you very much for today's interview. It was a pleasure to meet you and Sarah.
        >
        > Kind regards,
        > Clémence
        """)
    h = head(addr("James Holloway", "james.holloway@ashcombereid.co.uk"),
             "Re: Thank you - Fabric Sourcing Assistant", "2026-11-17 09:26:31", "Europe/London",
             "<LO2P265MB5187E2D7A04C91F3B68D5C2ABA11@LO2P265MB5187.GBRP265.PROD.OUTLOOK.COM>",
             "GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.20.120")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="assessment", lang="en", interview=False, company="Hartwell Apparel Group",
           days=(("Sun", "2026-11-22"),),
           note="Online assessment invitation with a deadline (complete by Sunday 22 November, 23:59 GMT): "
                "a deadline, not an interview slot")
def m44() -> bytes:
    body = t("""
        Dear Clémence,

        As part of your application for Sourcing Coordinator – Knitwear at Hartwell Apparel Group,
        you are invited to complete two short online assessments:

          1. Numerical Reasoning (approx. 18 minutes)
          2. Work Style Questionnaire (approx. 20 minutes, untimed)

        Please complete both by Sunday 22 November 2026, 23:59 GMT.

        Start your assessment: https://assess.testwise.example/c/HAG-7731-KX92

        Use a laptop or desktop computer with a stable internet connection. If you need
        adjustments, contact support@testwise.example.

        Good luck!
        Testwise Assessments on behalf of Hartwell Apparel Group
        """)
    h = head(addr("Testwise on behalf of Hartwell Apparel Group", "invitations@testwise.example"),
             "Hartwell Apparel Group – your online assessment", "2026-11-16 10:00:21", "Europe/London",
             "<inv.HAG-7731-KX92.20261116@testwise.example>", "mx-out2.testwise.example", "52.213.77.40")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(45), family="one_way_video", lang="fr", interview=False, company="Groupe Valmont Textile",
           days=(("Fri", "2026-10-16"),),
           note="Asynchronous ('différé') video interview to record before a deadline: no live slot")
def m45() -> bytes:
    body = t("""
        Bonjour Clémence,

        Le Groupe Valmont Textile vous invite à passer un entretien vidéo différé pour le poste
        d'Acheteur/Acheteuse Matières H/F.

        Vous répondrez en vidéo à 4 questions, à votre rythme, depuis votre ordinateur ou votre
        smartphone. Comptez environ 20 minutes.

        Date limite : vendredi 16 octobre 2026 à 23h59

        Commencer : https://app.videorecrut.fr/i/valmont/Q8mT2zLc

        Bonne chance !
        L'équipe VidéoRecrut pour Groupe Valmont Textile
        """)
    h = head(addr("Groupe Valmont Textile via VidéoRecrut", "invitation@videorecrut.fr"),
             "Votre entretien vidéo différé – Groupe Valmont Textile", "2026-10-09 14:31:08", PARIS,
             "<vr-Q8mT2zLc-20261009@videorecrut.fr>", "mail.videorecrut.fr", "94.23.160.77")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="rejection", lang="en", interview=False, company="Hartwell Apparel Group",
           note="Workday rejection after the hiring-manager interview of 2 December")
def m46() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Clémence,</p>
        <p>Thank you for taking the time to interview for the <b>Sourcing Coordinator – Knitwear</b> position.
        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs.</p>
        <p>We appreciate your interest in Hartwell Apparel Group and encourage you to apply for future
        opportunities that match your skills.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Hartwell Apparel Group</p>
        </body></html>
        """)
    h = head(addr("Hartwell Apparel Group", "hartwell@myworkday.com"),
             "Update on your application – Sourcing Coordinator – Knitwear", "2026-12-09 15:40:02",
             "Europe/London", "<402219853.9921.1796830802771@wd3-prod-ps-wf-02.myworkday.com>",
             "wd3-smtp-out-09.myworkday.com", "198.135.124.9")
    return message(h, html(page))


@make.mail(N(47), family="workshop", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Registration confirmed for a job-centre workshop on preparing interviews (jeudi 1er "
                "octobre, 9h30-12h): a fixed time, but a workshop, not a job interview")
def m47() -> bytes:
    body = t("""
        Bonjour Madame Royer,

        Votre inscription à l'atelier suivant est confirmée :

        « Préparer ses entretiens de recrutement »
        jeudi 1er octobre 2026, de 9h30 à 12h00
        Maison de l'Emploi du Grand Troyes – 1 boulevard Gambetta, salle 2

        Pensez à apporter votre CV et une offre d'emploi qui vous intéresse : nous ferons des
        mises en situation par binômes.

        En cas d'empêchement, merci de prévenir au 03 25 40 18 60.

        L'équipe Ateliers
        Maison de l'Emploi du Grand Troyes
        """)
    h = head(addr("Maison de l'Emploi du Grand Troyes", "ateliers@mde-grandtroyes.fr"),
             "Confirmation d'inscription – Atelier entretiens du 1er octobre", "2026-09-24 10:17:44", PARIS,
             "<ateliers.20260924081744.2251@mde-grandtroyes.fr>", "smtp.mde-grandtroyes.fr", "193.252.22.60")
    return message(h, text(body, cte="base64"))


@make.mail(N(48), family="personal_appointment", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-09-14"),),
           note="Bank appointment reminder with an adviser (lundi 14 septembre, 12h15): personal "
                "appointment, not an interview")
def m48() -> bytes:
    body = t("""
        Madame Royer,

        Nous vous rappelons votre rendez-vous avec votre conseillère, Mme Agnès Perrot :

        lundi 14 septembre 2026 à 12h15
        Agence Troyes Centre – 41 rue Émile Zola, 10000 Troyes
        Objet : point sur votre épargne

        Si vous souhaitez modifier ce rendez-vous, contactez votre agence ou rendez-vous dans
        votre espace client.

        Banque Champenoise
        Ce message vous est envoyé automatiquement, merci de ne pas y répondre.
        """)
    h = head(addr("Banque Champenoise", "ne-pas-repondre@banque-champenoise.fr"),
             "Rappel : votre rendez-vous du 14/09/2026", "2026-09-10 08:00:05", PARIS,
             "<rappel-rdv.88412093@banque-champenoise.fr>", "mailing.banque-champenoise.fr", "81.252.137.9")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="newsletter", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-11"),),
           note="Trade newsletter (textile sourcing) listing a webinar date; nothing for the candidate "
                "to attend as an interview")
def m49() -> bytes:
    body = t("""
        TEXTILE SOURCING WEEKLY - Issue 412

        This week
        - Cotton prices ease as Indian arrivals pick up
        - EU Digital Product Passport: what buyers need to prepare for 2027
        - Portugal's knitting mills report full order books until February

        Webinar: "Traceability for mid-size brands" - Wednesday 11 November, 14:00 GMT
        Register: https://textilesourcingweekly.example/webinars/traceability

        Jobs board: 37 new sourcing and buying roles this week
        https://textilesourcingweekly.example/jobs

        You are receiving this newsletter because you subscribed at textilesourcingweekly.example.
        Unsubscribe: https://textilesourcingweekly.example/unsubscribe
        """)
    h = head(addr("Textile Sourcing Weekly", "newsletter@textilesourcingweekly.example"),
             "Cotton eases, DPP checklist, Portugal's full order books", "2026-11-04 07:00:00",
             "Europe/London", "<tsw-412.20261104.clemence@textilesourcingweekly.example>",
             "send.textilesourcingweekly.example", "198.2.140.33",
             extra=(("List-Unsubscribe", "<https://textilesourcingweekly.example/unsubscribe>"),
                    ("Precedence", "bulk")))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(50), family="availability_request", lang="en", interview=False, company="Nordstrand Outdoor",
           days=(("Thu", "2026-11-05"), ("Fri", "2026-11-06")),
           note="Lever interview request: the candidate is asked to pick one of several proposed slots; "
                "nothing confirmed in this mail")
def m50() -> bytes:
    body = t("""
        Hi Clémence,

        Ingrid Solberg from Nordstrand Outdoor would like to schedule a 60-minute interview with
        you for the Materials Buyer (Textiles) role.

        Please choose one of the following times (Europe/Oslo):
          - Thursday, November 5, 3:00 PM - 4:00 PM CET
          - Friday, November 6, 10:00 AM - 11:00 AM CET
          - Friday, November 6, 2:00 PM - 3:00 PM CET

        Pick a time: https://hire.lever.co/interviews/schedule/3f7a91c2-6b0e-4d1f

        None of these work? Reply to this email and Ingrid will get back to you.

        Nordstrand Outdoor
        """)
    h = head(addr("Nordstrand Outdoor", "no-reply@hire.lever.co"),
             "Schedule your interview with Nordstrand Outdoor", "2026-10-27 16:50:19", "Europe/Oslo",
             "<20261027155019.3f7a91c2.req@hire.lever.co>", "mail-207.hire.lever.co", "198.2.180.207",
             extra=(("Reply-To", addr("Ingrid Solberg", "ingrid.solberg@nordstrand.no")),))
    return message(h, alt(text(body), html(gmail_html(body))))
