"""blind283: a blind 50-mail held-out set, the inbox of Yann Le Gall <yann.legall@example.com>, a
boat-building production planner in Vannes (Europe/Paris), September to December 2026.

Written blind: every mail below is written by hand as one function (keys 1-23 are the positives,
24-50 the negatives), from make.py / make_blind.py (the MIME plumbing and the checks), the intro,
mix, label-convention, traps and judgement-call sections of bench/heldout/README.md, and the dev
corpus README, labels, two dev mails and score.py. The detector, its tests, the other held-out mails
and the other sets were not read, and the detector was never run on these mails.

Mostly French from France (tu and vous); some English from a British employer (Europe/London)
and a Dutch one (Europe/Amsterdam). All companies and people are fictional.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import addr, alt, calendar, date, enc, html, message, mixed, received, t, text, utc

SET = "blind283"
ORDER = random.Random(2830283).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "yann.legall@example.com"
ME_NAME = "Yann Le Gall"
TO = addr(ME_NAME, ME)
PARIS = "Europe/Paris"
LONDON = "Europe/London"
AMS = "Europe/Amsterdam"
MX = "mx1.example.com (Postfix)"

ROMANCE_VTZ = make.VTZ["W. Europe Standard Time"].replace(
    "TZID:W. Europe Standard Time", "TZID:Romance Standard Time")


def base(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, *,
         to: str = TO, extra: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """The usual header block: Received, From, To, Subject, Date, Message-ID, then extras."""
    ident = hashlib.sha1(msgid.encode(), usedforsecurity=False).hexdigest()[:12].upper()
    hs = [
        ("Received", received(f"from {relay}", when, zone, f"{MX} with ESMTPS id {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
    ]
    return hs + (extra or [])


def html_page(inner: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width"></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b">\n'
            f"{inner}\n</body></html>\n")


def paras(body: str) -> str:
    """Plain text -> simple HTML paragraphs (what most ATS templates send as the HTML twin)."""
    import html as _h

    out = []
    for block in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_h.escape(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


# =========================================================================== positives


@make.mail(N(1), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", PARIS), end=utc("2026-09-15 11:00", PARIS),
           contact="gaelle.morvan@chantiers-kerbihan.fr", company="Chantiers Kerbihan",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=PARIS,
           note="Teamtailor confirmation in French from a no-reply sender, 'mardi 15 septembre 2026, "
                "10:00 - 11:00' Paris (CEST, UTC+2); .ics attached; contact = the human ICS ORGANIZER "
                "(the recruiter who signs).")
def m01() -> bytes:
    body = t("""
        Bonjour Yann,

        Merci pour votre intérêt pour le poste de Planificateur de production (H/F) chez Chantiers
        Kerbihan. Votre entretien est confirmé :

        Date : mardi 15 septembre 2026
        Heure : 10:00 - 11:00 (Europe/Paris)
        Lieu : Chantiers Kerbihan, 3 rue des Terre-Neuvas, 56100 Lorient
        Avec : Gaëlle Morvan (Chargée de recrutement) et Hervé Caradec (Directeur de production)

        Présentez-vous à l'accueil du bâtiment B, un badge visiteur vous sera remis. Vous trouverez
        l'invitation en pièce jointe pour l'ajouter à votre agenda.

        En cas d'empêchement, répondez simplement à Gaëlle.

        À très bientôt,
        L'équipe recrutement de Chantiers Kerbihan

        --
        Envoyé via Teamtailor. Gérer vos données : https://chantiers-kerbihan.teamtailor.com/connect
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:interview-48213-7a1c@teamtailor.com
        DTSTAMP:20260908T121204Z
        DTSTART;TZID=Europe/Paris:20260915T100000
        DTEND;TZID=Europe/Paris:20260915T110000
        SUMMARY:Entretien - Planificateur de production (H/F) - Chantiers Kerbihan
        LOCATION:Chantiers Kerbihan\\, 3 rue des Terre-Neuvas\\, 56100 Lorient
        ORGANIZER;CN=Gaëlle Morvan:mailto:gaelle.morvan@chantiers-kerbihan.fr
        ATTENDEE;CN=Yann Le Gall;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yann.legall@example.com
        ATTENDEE;CN=Hervé Caradec;ROLE=REQ-PARTICIPANT:mailto:herve.caradec@chantiers-kerbihan.fr
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    ics = ics.replace("METHOD:REQUEST\n", "METHOD:REQUEST\n" + make.VTZ["Europe/Paris"] + "\n")
    hs = base(addr("Chantiers Kerbihan", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé – Planificateur de production (H/F)", "2026-09-08 14:12", PARIS,
              "<0102019f2b7c41d2-5c1e8a77-20ab-4f1e-9c3d-7e1b2a5f0c11-000000@eu-west-1.amazonses.com>",
              "a48-112.smtp-out.eu-west-1.amazonses.com (a48-112.smtp-out.eu-west-1.amazonses.com [54.240.48.112])",
              extra=[("X-Mailer", "Teamtailor")])
    return message(hs, mixed(alt(text(body), html(html_page(paras(body)))),
                             calendar(ics, cte="base64", filename="invitation.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(2), family="workday", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-22 10:00", PARIS), end=utc("2026-09-22 11:00", PARIS),
           contact="claire.fontaine@nautilia-yachts.fr", company="Nautilia Yachts",
           local="Tue 2026-09-22 10:00", local_end="2026-09-22 11:00", zone=PARIS,
           note="Workday notification (myworkday.com system sender), 'mardi 22 septembre 2026, 10:00 - "
                "11:00 (heure de Paris)', CEST; the recruiter's address is only in the body.")
def m02() -> bytes:
    body = t("""
        Bonjour Yann Le Gall,

        Nous avons le plaisir de vous convier à un entretien pour le poste suivant :
        R-00417 Responsable Planification Production (CDI) - La Rochelle

        Date : mardi 22 septembre 2026
        Heure : 10:00 - 11:00 (heure de Paris)
        Lieu : Nautilia Yachts - Site des Minimes, 12 quai Georges Simenon, 17000 La Rochelle
        Interlocuteurs : Claire Fontaine (Ressources Humaines), Didier Rambaud (Directeur de production)

        Merci de vous munir d'une pièce d'identité. Pour toute question concernant cet entretien,
        vous pouvez contacter Claire Fontaine à l'adresse claire.fontaine@nautilia-yachts.fr.

        Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

        Cordialement,
        Nautilia Yachts - Talent Acquisition

        Ce message a été généré automatiquement, merci de ne pas y répondre.
        """)
    inner = ('<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3c5d;'
             'padding:16px;color:#fff;font-size:18px">Nautilia Yachts</td></tr><tr><td style="padding:16px">'
             + paras(body) + "</td></tr></table>")
    hs = base(addr("Nautilia Yachts", "nautilia@myworkday.com"),
              "Invitation à un entretien - R-00417 Responsable Planification Production",
              "2026-09-14 09:41", PARIS, "<1930492817.88213.1789371660514@wd5-prod-mailer-03.myworkday.com>",
              "wd5-smtp-out-07.myworkday.com (wd5-smtp-out-07.myworkday.com [216.69.12.37])",
              extra=[("Auto-Submitted", "auto-generated")])
    return message(hs, alt(text(body), html(html_page(inner))))


@make.mail(N(3), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-09-24 14:30", PARIS), end=utc("2026-09-24 15:30", PARIS),
           contact="claire.fontaine@nautilia-yachts.fr", company="Nautilia Yachts",
           local="Thu 2026-09-24 14:30", local_end="2026-09-24 15:30", zone=PARIS,
           days=(("Tue", "2026-09-22"),),
           note="The recruiter confirms in writing a move agreed by phone: from 'mardi 22 septembre à 10h' "
                "to 'jeudi 24 septembre à 14h30', 'durée inchangée, une heure' -> end; Paris CEST; "
                "iso-8859-1 quoted-printable.")
def m03() -> bytes:
    body = t("""
        Bonjour Monsieur Le Gall,

        Suite à notre appel de ce matin, je vous confirme par écrit le changement : Didier Rambaud
        étant retenu par un essai en mer, votre entretien initialement prévu le mardi 22 septembre à
        10h est déplacé au jeudi 24 septembre à 14h30.

        Le lieu ne change pas (site des Minimes, accueil du bâtiment Atelier 2) et la durée reste
        la même, une heure. Nous vous remercions de votre souplesse.

        Bien cordialement,

        Claire Fontaine
        Chargée de recrutement
        Nautilia Yachts
        12 quai Georges Simenon - 17000 La Rochelle
        Tél. 05 46 00 00 00
        """)
    hs = base(addr("Claire Fontaine", "claire.fontaine@nautilia-yachts.fr", "iso-8859-1"),
              "Votre entretien chez Nautilia Yachts - nouvel horaire", "2026-09-17 11:05", PARIS,
              "<PA4P190MB1178A2C1E5D0F36B8E12D4C7A93C2@PA4P190MB1178.EURP190.PROD.OUTLOOK.COM>",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
              extra=[("Thread-Topic", enc("Votre entretien chez Nautilia Yachts - nouvel horaire", "iso-8859-1")),
                     ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")])
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(4), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-17 09:30", PARIS), end=None,
           contact="ronan.lebihan@acb-composite.fr", company="Atelier Composite de Bretagne",
           local="Thu 2026-09-17 09:30", zone=PARIS,
           note="Informal 'tu' mail from a former colleague, now workshop manager: 'jeudi prochain (le 17) "
                "à 9h30' resolved against the Date (Thu 10 Sep); 'compte une bonne heure' is approximate "
                "-> end null; Paris CEST; 8bit utf-8.")
def m04() -> bytes:
    body = t("""
        Salut Yann,

        Comme on s'est dit au tél, on se cale jeudi prochain (le 17) à 9h30 à l'atelier, à
        Concarneau. Tu verras Hélène, notre DG, et moi : c'est un vrai entretien, hein, pas juste un
        café, elle veut voir comment tu organiserais le planning des coques pour 2027. Compte une
        bonne heure.

        Gare-toi sur le parking du port de pêche, l'entrée de l'atelier est au fond à gauche
        (bâtiment bleu). Si tu as un souci sur la route, mon portable : 06 00 00 00 00.

        À jeudi !
        Ronan

        --
        Ronan Le Bihan
        Responsable d'atelier - Atelier Composite de Bretagne
        ZI du Moros, 29900 Concarneau
        """)
    hs = base(addr("Ronan Le Bihan", "ronan.lebihan@acb-composite.fr"), "Jeudi prochain", "2026-09-10 18:22",
              PARIS, "<CAGx7Lk0pQ2nYy1s9hW4oVz3mTq8fR6eB1dJcU5aK2wX0iN4=7g@mail.gmail.com>",
              "mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])",
              extra=[("X-Mailer", "iPhone Mail (21H16)")])
    return message(hs, text(body, cte="8bit"))


def oceanis_ics(method: str, seq: int, status: str) -> str:
    return t(f"""
        BEGIN:VCALENDAR
        METHOD:{method}
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Sandrine Baudry:mailto:s.baudry@oceanis-marine.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yann Le Gall:mailto:yann.legall@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Patrick Jourdain:mailto:p.jourdain@oceanis-marine.fr
        DESCRIPTION;LANGUAGE=fr-FR:Entretien pour le poste de Responsable planification industrielle.\\n
        UID:040000008200E00074C5B7101A82E008000000004A7F1C9B3D54DC01000000000000000010000000D2C19A3F
        SUMMARY;LANGUAGE=fr-FR:{'Annulé : ' if method == 'CANCEL' else ''}Entretien – Responsable planification (Yann Le Gall)
        DTSTART;TZID=Romance Standard Time:20261012T140000
        DTEND;TZID=Romance Standard Time:20261012T150000
        CLASS:PUBLIC
        PRIORITY:{1 if method == 'CANCEL' else 5}
        DTSTAMP:20261005T081400Z
        TRANSP:OPAQUE
        STATUS:{status}
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}
        X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:{2 if method == 'CANCEL' else 1}
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)


@make.mail(N(5), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-12 14:00", PARIS), end=utc("2026-10-12 15:00", PARIS),
           contact="s.baudry@oceanis-marine.fr", company="Groupe Océanis Marine",
           local="Mon 2026-10-12 14:00", local_end="2026-10-12 15:00", zone=PARIS,
           note="Exchange/Teams meeting request from the HR manager; body 'lundi 12 octobre 2026 14:00-15:00 "
                "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' shows the standard offset although Paris is "
                "on CEST (UTC+2) that day; ICS TZID 'Romance Standard Time' confirms 12:00Z.")
def m05() -> bytes:
    body = t("""
        Bonjour Monsieur Le Gall,

        Comme convenu par téléphone, je vous adresse l'invitation pour notre entretien en visio
        avec Patrick Jourdain, directeur industriel du site des Sables-d'Olonne.

        Bien cordialement,
        Sandrine Baudry
        Responsable Ressources Humaines - Groupe Océanis Marine

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ1ZTk2NjQtOGQ0Mi00ZjA1LWE3MTAtNTZmMzU0NjFhYmM0%40thread.v2/0>
        ID de la réunion : 381 552 907 214
        Code secret : 7hQk2P
        Télécharger Teams <https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web <https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus <https://aka.ms/JoinTeamsMeeting> | Options de réunion <https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    when = "Quand : lundi 12 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n" \
           "Où : Réunion Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    hs = base(addr("Sandrine Baudry", "s.baudry@oceanis-marine.fr"),
              "Entretien – Responsable planification (Yann Le Gall)", "2026-10-05 10:14", PARIS,
              "<DB9P192MB1644E07C9A41B3F27D0C5A1BC8E12@DB9P192MB1644.EURP192.PROD.OUTLOOK.COM>",
              "EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2088.outbound.protection.outlook.com [40.107.104.88])",
              to=f"{TO}, {addr('Patrick Jourdain', 'p.jourdain@oceanis-marine.fr')}",
              extra=[("Thread-Topic", enc("Entretien – Responsable planification (Yann Le Gall)")),
                     ("Thread-Index", "AdtW3kq1oYc0m1lQTUq8ZfHk9x3m2A=="), ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(when + body), html(html_page(paras(when + body))),
                           calendar(oceanis_ics("REQUEST", 0, "CONFIRMED"), cte="base64")))


@make.mail(N(6), family="outlook_calendar", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-10-12 14:00", PARIS), end=utc("2026-10-12 15:00", PARIS),
           contact="s.baudry@oceanis-marine.fr", company="Groupe Océanis Marine",
           local="Mon 2026-10-12 14:00", local_end="2026-10-12 15:00", zone=PARIS,
           note="Exchange cancellation 'Annulé :' of the 12 October meeting (METHOD:CANCEL, STATUS:CANCELLED, "
                "SEQUENCE:1, Romance Standard Time); the cancelled slot is 12:00Z (CEST); contact = organizer.")
def m06() -> bytes:
    body = t("""
        Quand : lundi 12 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Monsieur Le Gall,

        Je suis au regret de devoir annuler notre entretien de lundi : Patrick Jourdain est appelé en
        urgence sur notre site de Pornic toute la semaine prochaine. Le poste reste bien ouvert et je
        reviens vers vous dès que possible pour convenir d'une nouvelle date.

        Avec toutes mes excuses,
        Sandrine Baudry
        """)
    hs = base(addr("Sandrine Baudry", "s.baudry@oceanis-marine.fr"),
              "Annulé : Entretien – Responsable planification (Yann Le Gall)", "2026-10-08 17:50", PARIS,
              "<DB9P192MB16441F5A0C2E84B9D7E3A6C0F4B21@DB9P192MB1644.EURP192.PROD.OUTLOOK.COM>",
              "EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2071.outbound.protection.outlook.com [40.107.104.71])",
              to=f"{TO}, {addr('Patrick Jourdain', 'p.jourdain@oceanis-marine.fr')}",
              extra=[("Thread-Topic", enc("Entretien – Responsable planification (Yann Le Gall)")),
                     ("Thread-Index", "AdtW3kq1oYc0m1lQTUq8ZfHk9x3m2AAHd1Qw"), ("Importance", "high"),
                     ("X-Priority", "1"), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")])
    return message(hs, alt(text(body), html(html_page(paras(body))),
                           calendar(oceanis_ics("CANCEL", 1, "CANCELLED"), method="CANCEL", cte="base64")))


@make.mail(N(7), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-02 11:00", PARIS), end=utc("2026-11-02 12:00", PARIS),
           contact="loic.tanguy@amarris-catamarans.fr", company="Amarris Catamarans",
           local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone=PARIS,
           note="Google Calendar invitation, French UI, sent Fri 23 Oct while Paris is on CEST for an interview "
                "on Mon 2 Nov after the 25 October change: '11:00 – 12:00 Heure normale d'Europe centrale' = "
                "UTC+1 -> 10:00Z; ICS DTSTART TZID Europe/Paris agrees; contact = organizer.")
def m07() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien Yann Le Gall – Responsable planification, Amarris Catamarans
        Quand : lundi 2 nov. 2026 11:00 – 12:00 Heure normale d’Europe centrale - Paris
        Où : Amarris Catamarans, 8 quai Bernard Moitessier, 56640 Arzon (carte : https://www.google.com/maps/search/Amarris+Catamarans+Arzon)
        Participants :
        * loic.tanguy@amarris-catamarans.fr - organisateur
        * anne-sophie.rio@amarris-catamarans.fr
        * yann.legall@example.com

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=M2E0Y2Q5NzFmNmI0&ctz=Europe/Paris&hl=fr

        Bonjour Yann, je vous attends à l'accueil du chantier ; nous ferons l'entretien avec
        Anne-Sophie (RH) puis un tour de la ligne de production. Loïc

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité de l'événement. Pour ne plus recevoir de
        notifications pour cet événement, refusez-le. Transférer cette invitation peut permettre à
        n'importe quel destinataire d'envoyer une réponse à l'organisateur.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + make.VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261102T110000
        DTEND;TZID=Europe/Paris:20261102T120000
        DTSTAMP:20261023T143305Z
        ORGANIZER;CN=Loïc Tanguy:mailto:loic.tanguy@amarris-catamarans.fr
        UID:3a4cd971f6b44f0e8a2d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yann.legall@example.com;X-NUM-GUESTS=0:mailto:yann.legall@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Loïc Tanguy;X-NUM-GUESTS=0:mailto:loic.tanguy@amarris-catamarans.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=anne-sophie.rio@amarris-catamarans.fr;X-NUM-GUESTS=0:mailto:anne-sophie.rio@amarris-catamarans.fr
        CREATED:20261023T143218Z
        DESCRIPTION:Bonjour Yann\\, je vous attends à l'accueil du chantier ; nous ferons l'entretien avec Anne-Sophie (RH) puis un tour de la ligne de production. Loïc
        LAST-MODIFIED:20261023T143304Z
        LOCATION:Amarris Catamarans\\, 8 quai Bernard Moitessier\\, 56640 Arzon
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Yann Le Gall – Responsable planification\\, Amarris Catamarans
        TRANSP:OPAQUE
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:This is an event reminder
        TRIGGER:-P0DT0H30M0S
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitation: Entretien Yann Le Gall – Responsable planification, Amarris Catamarans "
               "@ lun. 2 nov. 2026 11:00 - 12:00 (CET) (yann.legall@example.com)")
    hs = base(addr("Loïc Tanguy", "loic.tanguy@amarris-catamarans.fr"), subject, "2026-10-23 16:33", PARIS,
              "<calendar-5b8e0f42-19c7-4a61-9e2b-d3f07a1c6e55@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=[("Reply-To", addr("Loïc Tanguy", "loic.tanguy@amarris-catamarans.fr")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(html_page(paras(body))),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(8), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-06 14:00", PARIS), end=utc("2026-11-06 15:00", PARIS),
           contact=None, company="Brittany Propulsion",
           local="Fri 2026-11-06 14:00", local_end="2026-11-06 15:00", zone=PARIS,
           note="SmartRecruiters HTML-only (base64) confirmation from noreply@; 'vendredi 6 novembre 2026 à "
                "14h00 (heure de Paris), durée : 1 heure', CET (UTC+1); the interviewer is named but no "
                "human address appears -> contact null.")
def m08() -> bytes:
    inner = t("""
        <table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3">
        <tr><td style="padding:24px;border-bottom:3px solid #00477f"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f1a2b3c/brittany-propulsion.png" alt="Brittany Propulsion" height="40"></td></tr>
        <tr><td style="padding:24px">
        <p>Bonjour Yann,</p>
        <p>Nous vous confirmons votre entretien pour le poste de <b>Planificateur / Ordonnanceur Production (H/F)</b>.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#666">Date</td><td><b>vendredi 6 novembre 2026</b></td></tr>
        <tr><td style="color:#666">Heure</td><td><b>14h00 (heure de Paris)</b></td></tr>
        <tr><td style="color:#666">Durée</td><td>1 heure</td></tr>
        <tr><td style="color:#666">Lieu</td><td>Brittany Propulsion, 21 route de Bénodet, 29000 Quimper</td></tr>
        <tr><td style="color:#666">Votre interlocuteur</td><td>Erwan Guillou, Directeur industriel</td></tr>
        </table>
        <p>Si vous avez besoin de modifier ce rendez-vous, utilisez le lien ci-dessous.</p>
        <p><a href="https://jobs.smartrecruiters.com/candidate/interviews/7f3e2a1b-6c0d" style="background:#00477f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Gérer mon entretien</a></p>
        <p>Cordialement,<br>L'équipe Recrutement de Brittany Propulsion</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999">Ce message vous est envoyé par SmartRecruiters pour le compte de Brittany Propulsion. Merci de ne pas répondre à cet e-mail.</td></tr>
        </table>
        """)
    hs = base(addr("Brittany Propulsion", "noreply@smartrecruiters.com"),
              "Confirmation de votre entretien - Planificateur / Ordonnanceur Production (H/F)",
              "2026-10-30 15:27", PARIS, "<0100019a3d61f0e7-9b2c4e11-8f6a-4d3b-b7e0-2c9a1f5d8e43-000000@email.amazonses.com>",
              "a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])")
    return message(hs, html(html_page(inner), cte="base64"))


@make.mail(N(9), family="agency_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-04 10:00", PARIS), end=None,
           contact="isabelle.quere@hommesetmer-conseil.fr", company="Voiles d'Iroise",
           local="Wed 2026-11-04 10:00", zone=PARIS,
           note="Recruitment-agency consultant confirms the client interview 'mercredi 4 novembre à 10h00' in "
                "Brest (CET, UTC+1); 'environ 1h30' -> end null; company = the hiring client, contact = the "
                "consultant (human sender).")
def m09() -> bytes:
    body = t("""
        Bonjour Yann,

        Bonne nouvelle : Voiles d'Iroise souhaite vous rencontrer. C'est confirmé avec M. Kerhervé,
        directeur du site, pour le mercredi 4 novembre à 10h00 dans leurs locaux (14 rue de la
        Corderie, 29200 Brest - parking visiteurs devant la voilerie).

        Prévoyez environ 1h30 : une présentation de l'entreprise, l'entretien, puis un passage à
        l'atelier de coupe. Comme convenu, pensez à apporter un exemple de planning de charge que
        vous avez construit (anonymisé bien sûr).

        Je vous appelle lundi pour un dernier point de préparation. N'hésitez pas à me joindre d'ici
        là.

        Très bonne journée,

        Isabelle Quéré
        Consultante senior - Industrie & Nautisme
        Hommes & Mer Conseil - Brest | Lorient | Nantes
        isabelle.quere@hommesetmer-conseil.fr - 02 98 00 00 00
        """)
    hs = base(addr("Isabelle Quéré", "isabelle.quere@hommesetmer-conseil.fr"),
              "Confirmation entretien Voiles d'Iroise - mercredi 4 novembre", "2026-10-27 12:18", PARIS,
              "<006e01dd4a2b$7c1e9f40$745bddc0$@hommesetmer-conseil.fr>",
              "smtp.hommesetmer-conseil.fr (ns3001234.ip-51-68-12.eu [51.68.12.44])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")])
    return message(hs, alt(text(body, charset="windows-1252"), html(html_page(paras(body)), charset="windows-1252")))


@make.mail(N(10), family="ics_attachment", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-09 11:00", PARIS), end=utc("2026-10-09 12:00", PARIS),
           contact="mathilde.rolland@aluboat-industrie.fr", company="Aluboat Industrie",
           local="Fri 2026-10-09 11:00", local_end="2026-10-09 12:00", zone=PARIS,
           note="Short human mail 'notre entretien en visio de vendredi' with the time only in the attached "
                "invite.ics (DTSTART;TZID=Europe/Paris 11:00-12:00 on Fri 9 Oct, CEST) -> 09:00Z; contact = "
                "sender / ICS organizer.")
def m10() -> bytes:
    body = t("""
        Bonjour Monsieur Le Gall,

        Suite à notre échange téléphonique de ce matin, je vous adresse ci-joint l'invitation pour
        notre entretien en visio de vendredi, avec Bruno Lemaître, notre responsable de production.
        Le lien Teams se trouve dans l'invitation.

        Bien cordialement,

        Mathilde Rolland
        Assistante RH - Aluboat Industrie
        Zone portuaire du Naye, 35400 Saint-Malo
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + make.VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        CREATED:20261005T091912Z
        LAST-MODIFIED:20261005T092240Z
        DTSTAMP:20261005T092240Z
        UID:5d0f3b8e-2a61-4c7a-9e41-aluboat-77c1
        SUMMARY:Entretien visio Yann Le Gall / Aluboat Industrie
        ORGANIZER;CN=Mathilde Rolland:mailto:mathilde.rolland@aluboat-industrie.fr
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Yann Le Gall:mailto:yann.legall@example.com
        ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Bruno Lemaître:mailto:bruno.lemaitre@aluboat-industrie.fr
        DTSTART;TZID=Europe/Paris:20261009T110000
        DTEND;TZID=Europe/Paris:20261009T120000
        LOCATION:Microsoft Teams
        DESCRIPTION:Rejoindre la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE5MzBiZjEtYWx1Ym9hdA%40thread.v2/0
        SEQUENCE:0
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Mathilde Rolland", "mathilde.rolland@aluboat-industrie.fr"), "Invitation entretien visio",
              "2026-10-05 11:23", PARIS, "<8b1f2c4e-6d3a-47f0-a9c2-1e5b7d0f3a68@aluboat-industrie.fr>",
              "mail.aluboat-industrie.fr (mail.aluboat-industrie.fr [62.210.33.18])",
              extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")])
    return message(hs, mixed(text(body, cte="8bit", params="format=flowed"),
                             calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(11), family="recruitee", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-15 10:00", AMS), end=utc("2026-10-15 10:45", AMS),
           contact="marieke.devries@zuiderzee-jachtbouw.nl", company="Zuiderzee Jachtbouw",
           local="Thu 2026-10-15 10:00", local_end="2026-10-15 10:45", zone=AMS,
           note="Recruitee confirmation in English from a Dutch yard: 'Thursday 15 October 2026, 10:00 - 10:45 "
                "(CEST, Amsterdam time)' -> 08:00Z; Reply-To is a Recruitee relay (not a person); contact = "
                "the human ICS ORGANIZER, also written in the signature.")
def m11() -> bytes:
    body = t("""
        Hi Yann,

        Thanks for booking a slot - your interview for Production Planner (m/f/x) is confirmed.

        When: Thursday 15 October 2026, 10:00 - 10:45 (CEST, Amsterdam time - the same as yours in Vannes)
        Where: Microsoft Teams (link in the calendar invite)
        With: Marieke de Vries (Talent Acquisition) and Jeroen Bakker (Head of Operations)

        We'll talk about your planning experience on series production and about how we build our
        48-62 ft sailing yachts in Makkum. English is fine, and so is a bit of French - Jeroen
        worked in La Rochelle for three years.

        If anything changes, just reply to this email.

        Kind regards,
        Marieke de Vries
        Talent Acquisition | Zuiderzee Jachtbouw B.V.
        marieke.devries@zuiderzee-jachtbouw.nl
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:rec-evt-90817263@recruitee.com
        DTSTAMP:20261012T073011Z
        DTSTART:20261015T080000Z
        DTEND:20261015T084500Z
        SUMMARY:Interview: Yann Le Gall - Production Planner (m/f/x)
        DESCRIPTION:Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZnVpZGVyemVl%40thread.v2/0
        ORGANIZER;CN=Marieke de Vries:mailto:marieke.devries@zuiderzee-jachtbouw.nl
        ATTENDEE;CN=Yann Le Gall;RSVP=TRUE:mailto:yann.legall@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Marieke de Vries | Zuiderzee Jachtbouw", "no-reply@recruitee.com"),
              "Interview confirmed: Production Planner (m/f/x) at Zuiderzee Jachtbouw", "2026-10-12 09:30", AMS,
              "<6f2d0c9a81b4e.1791790211@mailer.recruitee.com>",
              "o7.ptr3291.recruitee.com (o7.ptr3291.recruitee.com [149.72.180.61])",
              extra=[("Reply-To", "zuiderzee-jachtbouw+c9f1a27e44@inbound.recruitee.com")])
    return message(hs, mixed(alt(text(body), html(html_page(paras(body), "en"))),
                             calendar(ics, cte="7bit", filename="interview.ics", disposition="attachment")))


@make.mail(N(12), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-27 14:00", AMS), end=utc("2026-10-27 15:00", AMS),
           contact="jeroen.bakker@zuiderzee-jachtbouw.nl", company="Zuiderzee Jachtbouw",
           local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=AMS,
           days=(("Thu", "2026-10-22"),),
           note="Exchange update (SEQUENCE:1, 'Updated:') moving the second interview from Thu 22 Oct to Tue 27 "
                "Oct 'same time', 14:00-15:00 W. Europe Standard Time; sent on CEST, the new day is after the "
                "25 October change -> 13:00Z (not 12:00Z).")
def m12() -> bytes:
    body = t("""
        When: Tuesday, 27 October 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Yann,

        As discussed on the phone, I'm moving our second conversation from Thursday 22 October to
        Tuesday 27 October, same time. Sorry for the shuffle - the board meeting moved.

        Best,
        Jeroen

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE0ZjY2MzItMmQ1YS00%40thread.v2/0>
        Meeting ID: 349 807 115 662
        Passcode: Xb4qT9
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Jeroen Bakker:mailto:jeroen.bakker@zuiderzee-jachtbouw.nl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yann Le Gall:mailto:yann.legall@example.com
        DESCRIPTION;LANGUAGE=en-US:Second interview - Production Planner\\n
        UID:040000008200E00074C5B7101A82E00800000000B1D3F0AA9C55DC0100000000000000001000000071C5E0A4
        SUMMARY;LANGUAGE=en-US:Second interview – Production Planner (Yann Le Gall)
        DTSTART;TZID=W. Europe Standard Time:20261027T140000
        DTEND;TZID=W. Europe Standard Time:20261027T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T130412Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2117943280
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
    hs = base(addr("Jeroen Bakker", "jeroen.bakker@zuiderzee-jachtbouw.nl"),
              "Updated: Second interview – Production Planner (Yann Le Gall)", "2026-10-19 15:04", AMS,
              "<AM9P193MB1702C4E1F0B83A62D5E9C7B14A0D3@AM9P193MB1702.EURP193.PROD.OUTLOOK.COM>",
              "EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2119.outbound.protection.outlook.com [40.107.8.119])",
              extra=[("Thread-Topic", enc("Second interview – Production Planner (Yann Le Gall)")),
                     ("Thread-Index", "AdtfBq2kZ7yXq0b8Rkq1vE3nDd9xWgAAK3pA"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(html_page(paras(body), "en")), calendar(ics, cte="base64")))


@make.mail(N(13), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-30 10:30", LONDON), end=utc("2026-09-30 11:30", LONDON),
           contact="harriet.cole@solentmarineworks.co.uk", company="Solent Marine Works",
           local="Wed 2026-09-30 10:30", local_end="2026-09-30 11:30", zone=LONDON,
           note="Greenhouse confirmation from a British yard: 'Wednesday, September 30, 2026, 10:30 AM - 11:30 "
                "AM BST' -> 09:30Z (11:30 in Vannes); ICS in UTC agrees; contact = human Reply-To.")
def m13() -> bytes:
    body = t("""
        Hi Yann,

        Thank you for your interest in Solent Marine Works! This email confirms your interview for
        the Production Planning Lead role.

        Wednesday, September 30, 2026
        10:30 AM - 11:30 AM BST
        Video interview (Microsoft Teams): https://teams.microsoft.com/l/meetup-join/19%3ameeting_c29sZW50%40thread.v2/0

        You will be meeting with:
          Harriet Cole - Talent Partner
          Gareth Hughes - Operations Director

        A calendar invitation is attached. If you need to make any changes, please reply to this
        email and Harriet will help.

        Best regards,
        The Solent Marine Works Talent Team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-2261873004@greenhouse.io
        DTSTAMP:20260922T145112Z
        DTSTART:20260930T093000Z
        DTEND:20260930T103000Z
        SUMMARY:Interview with Solent Marine Works - Production Planning Lead
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@solentmarineworks.co.uk
        ATTENDEE;CN=Yann Le Gall;RSVP=TRUE:mailto:yann.legall@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Solent Marine Works", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Production Planning Lead at Solent Marine Works", "2026-09-22 15:51",
              LONDON, "<ghm.6a1e93c0f2b84d57.1790088671@us.greenhouse-mail.io>",
              "o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.101.62])",
              extra=[("Reply-To", addr("Harriet Cole", "harriet.cole@solentmarineworks.co.uk"))])
    return message(hs, mixed(alt(text(body, charset="us-ascii", cte="7bit"), html(html_page(paras(body), "en"))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(14), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-28 11:00", LONDON), end=None,
           contact="harriet.cole@solentmarineworks.co.uk", company="Solent Marine Works",
           local="Wed 2026-10-28 11:00", zone=LONDON, days=(("Thu", "2026-10-22"),),
           note="British recruiter moves the final interview from 'Thursday 22 October at 3pm' to 'Wednesday 28 "
                "October at 11am UK time (12pm in France)'; sent on BST, but the new day is after the UK and "
                "France go back on 25 October -> GMT, 11:00Z; the old time is also in the quote.")
def m14() -> bytes:
    body = t("""
        Hi Yann,

        I'm really sorry, but Gareth has been pulled into sea trials in Cowes on Thursday, so we need
        to move your final interview. We've now got you in for Wednesday 28 October at 11am UK time
        (12pm in France), still on Teams with Gareth and our MD, Fiona Pryce. I'll send the updated
        invite shortly, but please hold the time.

        Thanks for being flexible!

        Harriet

        Harriet Cole | Talent Partner
        Solent Marine Works | Ocean Village, Southampton SO14 3JF
        harriet.cole@solentmarineworks.co.uk

        -----Original Message-----
        From: Harriet Cole <harriet.cole@solentmarineworks.co.uk>
        Sent: 13 October 2026 16:02
        To: Yann Le Gall <yann.legall@example.com>
        Subject: Final interview - Solent Marine Works

        Hi Yann,

        Great news - Gareth would like you to meet our MD for a final interview. Would Thursday
        22 October at 3pm UK time (4pm for you) work? It will be 45 minutes on Teams.

        Harriet
        """)
    hs = base(addr("Harriet Cole", "harriet.cole@solentmarineworks.co.uk"),
              "RE: Final interview - Solent Marine Works", "2026-10-20 09:47", LONDON,
              "<LO2P265MB3981D7E0A1C4F29B6E5D8A0C71F4B@LO2P265MB3981.GBRP265.PROD.OUTLOOK.COM>",
              "GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2113.outbound.protection.outlook.com [40.107.10.113])",
              extra=[("In-Reply-To", "<LO2P265MB398197A3E01C5D4B8F2E6A9D03C1E@LO2P265MB3981.GBRP265.PROD.OUTLOOK.COM>"),
                     ("References", "<LO2P265MB398197A3E01C5D4B8F2E6A9D03C1E@LO2P265MB3981.GBRP265.PROD.OUTLOOK.COM>"),
                     ("Thread-Topic", "Final interview - Solent Marine Works"), ("Content-Language", "en-GB")])
    return message(hs, alt(text(body), html(html_page(paras(body), "en"))))


@make.mail(N(15), family="calendly", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-11-10 17:30", PARIS), end=utc("2026-11-10 18:00", PARIS),
           contact="sophie.guegan@kerlann-marine.fr", company="Kerlann Marine",
           local="Tue 2026-11-10 17:30", local_end="2026-11-10 18:00", zone=PARIS,
           note="Calendly 'Événement reprogrammé' (French UI): old 'lundi 9 novembre 12:30 - 13:00' and new "
                "'mardi 10 novembre 2026, 17:30 - 18:00, Heure d'Europe centrale' (CET) -> 16:30Z; contact = "
                "host via Reply-To / ICS organizer; a recruiter's phone screen, labelled an interview.")
def m15() -> bytes:
    body = t("""
        Bonjour Yann Le Gall,

        Votre événement avec Sophie Guégan a été reprogrammé.

        Type d'événement :
        Échange téléphonique - 30 min (Planificateur de production)

        Ancien horaire (annulé) :
        12:30 - 13:00, lundi 9 novembre 2026

        Nouvel horaire :
        17:30 - 18:00, mardi 10 novembre 2026 (Heure d'Europe centrale)

        Lieu :
        Sophie vous appellera au +33 6 00 00 00 00.

        Motif du changement :
        "Réunion de production déplacée à midi, désolée ! Sophie"

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/7e1c9a4b-kerlann
        Reprogrammer : https://calendly.com/reschedulings/7e1c9a4b-kerlann

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7e1c9a4b-0d2f-4a8e-b51c-kerlann@calendly.com
        DTSTAMP:20261105T103815Z
        DTSTART:20261110T163000Z
        DTEND:20261110T170000Z
        SUMMARY:Échange téléphonique - 30 min entre Sophie Guégan et Yann Le Gall
        ORGANIZER;CN=Sophie Guégan:mailto:sophie.guegan@kerlann-marine.fr
        ATTENDEE;CN=Yann Le Gall;RSVP=TRUE:mailto:yann.legall@example.com
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Calendly", "notifications@calendly.com"),
              "Mis à jour : Yann Le Gall et Sophie Guégan le mardi 10 novembre 2026", "2026-11-05 11:38", PARIS,
              "<20261105103815.7e1c9a4b0d2f4a8e@calendly.com>",
              "o1.mail.calendly.com (o1.mail.calendly.com [167.89.45.220])",
              extra=[("Reply-To", addr("Sophie Guégan", "sophie.guegan@kerlann-marine.fr"))])
    return message(hs, mixed(alt(text(body), html(html_page(paras(body)))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(16), family="zoom", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-29 15:00", PARIS), end=utc("2026-10-29 15:45", PARIS),
           contact="aurelie.jaouen@kervoile-composites.fr", company="Kervoile Composites",
           local="Thu 2026-10-29 15:00", local_end="2026-10-29 15:45", zone=PARIS,
           note="Recruiter mail with pasted Zoom block for an interview with the Montreal-based COO: 'jeudi 29 "
                "octobre à 15h00 heure de Paris (10h00 à Montréal)', in the week when France is on CET (after "
                "25 Oct) and Montreal still on EDT (until 1 Nov) -> 14:00Z; 'Durée : 45 minutes' -> end.")
def m16() -> bytes:
    body = t("""
        Bonjour Yann,

        Je vous confirme votre entretien avec Marc-André Gagnon, directeur des opérations du groupe,
        le jeudi 29 octobre à 15h00 heure de Paris (10h00 à Montréal : attention, cette semaine-là
        l'écart n'est que de 5 heures, le Canada ne change d'heure que le 1er novembre).
        Durée : 45 minutes. Je serai également connectée.

        Aurélie Jaouen vous invite à une réunion Zoom planifiée.

        Sujet : Entretien Yann Le Gall - Kervoile Composites
        Heure : 29 oct. 2026 03:00 PM Paris

        Participer à la réunion Zoom
        https://kervoile.zoom.us/j/84512093377?pwd=bGxzY1ZrdW5xQ2VoS0F4dz09

        ID de réunion : 845 1209 3377
        Code secret : 612904

        Bien à vous,

        Aurélie Jaouen
        Responsable RH - Kervoile Composites
        Port de Keroman, 56100 Lorient
        aurelie.jaouen@kervoile-composites.fr
        """)
    hs = base(addr("Aurélie Jaouen", "aurelie.jaouen@kervoile-composites.fr"),
              "Entretien avec Marc-André Gagnon - jeudi 29 octobre", "2026-10-21 17:06", PARIS,
              "<PR1P190MB0952B1E6D3A07C4F29E8D5A6B0C71@PR1P190MB0952.EURP190.PROD.OUTLOOK.COM>",
              "EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2075.outbound.protection.outlook.com [40.107.241.75])",
              extra=[("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(17), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-09-28 09:30", PARIS), end=utc("2026-09-28 10:15", PARIS),
           contact="anne.lefloch@armor-naval.fr", company="Armor Naval Systèmes",
           local="Mon 2026-09-28 09:30", local_end="2026-09-28 10:15", zone=PARIS,
           note="Microsoft Bookings confirmation from a shared Bookings mailbox; body 'lundi 28 septembre 2026 "
                "09:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', 45 minutes: the label is the "
                "standard offset but the date is in CEST -> 07:30Z, as the ICS (Romance Standard Time) says; "
                "contact = the staff member's address in the body.")
def m17() -> bytes:
    body = t("""
        Réservation confirmée

        Bonjour Yann Le Gall,

        Merci d'avoir réservé un créneau avec Armor Naval Systèmes - Recrutement.

        Entretien de préqualification - Planification industrielle
        lundi 28 septembre 2026 09:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        45 minutes
        Personnel : Anne Le Floch

        Rejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXJtb3JuYXZhbA%40thread.v2/0

        Pour toute question, contactez Anne Le Floch : anne.lefloch@armor-naval.fr

        Gérer la réservation : https://outlook.office365.com/owa/calendar/RecrutementArmorNaval@armor-naval.fr/bookings/s/6Kq2vXc0a0u8Yb3
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Armor Naval Systèmes - Recrutement:mailto:RecrutementArmorNaval@armor-naval.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yann Le Gall:mailto:yann.legall@example.com
        UID:040000008200E00074C5B7101A82E0080000000061F2B0E4D745DC01000000000000000010000000AB09C3E1
        SUMMARY;LANGUAGE=fr-FR:Entretien de préqualification - Planification industrielle
        DTSTART;TZID=Romance Standard Time:20260928T093000
        DTEND;TZID=Romance Standard Time:20260928T101500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T085512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Armor Naval Systèmes - Recrutement", "RecrutementArmorNaval@armor-naval.fr"),
              "Réservation confirmée : Entretien de préqualification avec Armor Naval Systèmes",
              "2026-09-18 10:55", PARIS,
              "<PAXP193MB2147F0E3C1B9A4D82E6C5B7A9D0E1@PAXP193MB2147.EURP193.PROD.OUTLOOK.COM>",
              "EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2102.outbound.protection.outlook.com [40.107.13.102])",
              extra=[("Content-Language", "fr-FR"), ("X-MS-Exchange-Organization-AuthAs", "Internal")])
    return message(hs, alt(html(html_page(paras(body))), calendar(ics, cte="base64")))


@make.mail(N(18), family="ashby", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-20 16:00", PARIS), end=utc("2026-10-20 16:45", PARIS),
           contact="camille@foilcraft.fr", company="Foilcraft",
           local="Tue 2026-10-20 16:00", local_end="2026-10-20 16:45", zone=PARIS,
           note="Ashby confirmation (French template) from no-reply@ashbyhq.com: 'mardi 20 octobre 2026, "
                "16:00 – 16:45 CEST' -> 14:00Z; base64 ICS with TZID Europe/Paris; contact = Reply-To.")
def m18() -> bytes:
    body = t("""
        Bonjour Yann,

        Votre entretien est confirmé. Toute l'équipe a hâte d'échanger avec vous !

        mardi 20 octobre 2026, 16:00 – 16:45 CEST
        Google Meet : https://meet.google.com/fqc-rwpt-xan

        Vous rencontrerez :
          Camille Perrot — Head of Operations
          Théo Daniel — Responsable bureau d'études

        Une question ? Répondez simplement à ce message, il arrivera à Camille.

        À bientôt,
        Foilcraft — La Trinité-sur-Mer
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + make.VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:a7f03c2e-5b91-4d08-8e6c-0f2d1b9a4c35
        DTSTAMP:20261014T094205Z
        DTSTART;TZID=Europe/Paris:20261020T160000
        DTEND;TZID=Europe/Paris:20261020T164500
        SEQUENCE:0
        SUMMARY:Foilcraft – Entretien Responsable Ops & Planification
        LOCATION:https://meet.google.com/fqc-rwpt-xan
        ORGANIZER;CN=Camille Perrot:mailto:camille@foilcraft.fr
        ATTENDEE;CN=Yann Le Gall;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yann.legall@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Foilcraft", "no-reply@ashbyhq.com"),
              "Entretien confirmé : Responsable Ops & Planification chez Foilcraft", "2026-10-14 11:42", PARIS,
              "<0100019a0c2e71b4-3f8d9a21-6c5e-4b70-a1e2-7d9c0b4f5e62-000000@email.amazonses.com>",
              "a8-97.smtp-out.amazonses.com (a8-97.smtp-out.amazonses.com [54.240.8.97])",
              extra=[("Reply-To", addr("Camille Perrot", "camille@foilcraft.fr"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(html_page(paras(body)), cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(19), family="goodtime", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-14 09:30", PARIS), end=utc("2026-10-14 12:30", PARIS),
           contact="nathalie.bourgeois@jeanvier-nautique.fr", company="Groupe Jeanvier Nautique",
           local="Wed 2026-10-14 09:30", local_end="2026-10-14 12:30", zone=PARIS,
           note="GoodTime on-site itinerary (French): three sessions on Wed 14 Oct, 09:30-10:15, 10:30-11:30, "
                "11:45-12:30 (Paris, CEST) -> start = first session 07:30Z, end = last session end 10:30Z; "
                "contact = coordinator Reply-To.")
def m19() -> bytes:
    body = t("""
        Bonjour Yann,

        Voici le programme de votre journée d'entretiens sur notre site de Saint-Gilles-Croix-de-Vie,
        le mercredi 14 octobre 2026 (heure de Paris) :

        09:30 - 10:15   Thomas Mercier, Directeur d'usine
        10:30 - 11:30   Julie Pacaud, Responsable supply chain - mise en situation planning
        11:45 - 12:30   Nathalie Bourgeois, Responsable RH

        Adresse : Groupe Jeanvier Nautique, usine du Soleil Levant, 25 boulevard de l'Egalité,
        85800 Saint-Gilles-Croix-de-Vie. Présentez-vous au poste de garde à 09:20 ; chaussures de
        sécurité fournies pour la visite.

        Pour toute question, répondez à ce message.

        Nathalie Bourgeois
        Coordination recrutement - Groupe Jeanvier Nautique

        Planifié avec GoodTime
        """)
    hs = base(addr("Groupe Jeanvier Nautique", "scheduling@goodtime.io"),
              "Votre programme d'entretiens - mercredi 14 octobre", "2026-10-07 16:20", PARIS,
              "<20261007142003.92b7f1c4a0e3@goodtime.io>",
              "o2.mail.goodtime.io (o2.mail.goodtime.io [168.245.33.12])",
              extra=[("Reply-To", addr("Nathalie Bourgeois", "nathalie.bourgeois@jeanvier-nautique.fr"))])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(20), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-11-16 08:30", PARIS), end=None,
           contact="gildas@chantier-bono.fr", company="Chantier Naval du Bono",
           local="Mon 2026-11-16 08:30", zone=PARIS,
           note="Yann forwards to himself ('Pour mémoire') the yard owner's mail 'lundi 16 novembre à 8h30 au "
                "chantier' (CET) -> 07:30Z; contact = the original sender in the forwarded header, never the "
                "candidate.")
def m20() -> bytes:
    body = t("""
        Pour mémoire

        ---------- Forwarded message ---------
        De : Gildas Le Port <gildas@chantier-bono.fr>
        Date: dim. 8 nov. 2026 à 19:42
        Subject: Rendez-vous au chantier
        To: Yann Le Gall <yann.legall@example.com>


        Bonsoir Yann,

        Merci pour votre appel de vendredi. Je vous propose qu'on se voie pour l'entretien, avec mon
        associé Yves, lundi 16 novembre à 8h30 au chantier (route du Vieux Pont, Le Bono). On vous
        montrera les deux unités en cours et on parlera du poste de planification / chef d'atelier.
        C'est noté de notre côté, pas besoin de confirmer.

        Bonne soirée,
        Gildas Le Port
        Chantier Naval du Bono
        """)
    hs = base(TO, "Fwd: Rendez-vous au chantier", "2026-11-09 07:15", PARIS,
              "<CAJt3mW9xV0c+Hq5bRp2oY7sLk1nD8fE4gA6zU0iP3rTw9Qe1yA@mail.gmail.com>",
              "mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])")
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(21), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-06 14:00", PARIS), end=utc("2026-10-06 15:30", PARIS),
           contact="morgane.leroux@tyglaz-catamarans.fr", company="Catamarans Ty Glaz",
           local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:30", zone=PARIS,
           days=(("Wed", "2026-10-07"),),
           note="Short reply on top of the quoted thread: 'c'est noté pour mardi 14h' resolved against the Date "
                "(Thu 1 Oct) -> Tue 6 Oct, the slot Yann chose in the quote (the other proposal, Wed 7 Oct "
                "10h, was not kept); 'Prévoyez 1h30' -> end; Paris CEST.")
def m21() -> bytes:
    body = t("""
        Bonjour Yann,

        Parfait, c'est noté pour mardi 14h. Prévoyez 1h30 : entretien avec Pierre Le Gouic, notre
        directeur technique, puis visite de l'atelier. Nous sommes au 5 rue du Commandant Charcot,
        ZA du Prat, Vannes - sonnez à la porte vitrée.

        Bonne fin de semaine,
        Morgane

        Morgane Le Roux
        Assistante de direction - Catamarans Ty Glaz
        02 97 00 00 00

        De : Yann Le Gall <yann.legall@example.com>
        Envoyé : mercredi 30 septembre 2026 21:04
        À : Morgane Le Roux <morgane.leroux@tyglaz-catamarans.fr>
        Objet : Re: Entretien - Planificateur de production

        Bonjour Morgane,

        Merci pour votre retour. Le mardi 6 octobre à 14h me convient très bien.

        Cordialement,
        Yann Le Gall

        Le ven. 25 sept. 2026 à 10:12, Morgane Le Roux <morgane.leroux@tyglaz-catamarans.fr> a écrit :
        > Bonjour Monsieur Le Gall,
        >
        > Votre candidature a retenu toute notre attention. Pierre Le Gouic, notre directeur
        > technique, souhaiterait vous rencontrer. Seriez-vous disponible le mardi 6 octobre à 14h
        > ou le mercredi 7 octobre à 10h ?
        >
        > Bien cordialement,
        > Morgane Le Roux
        """)
    hs = base(addr("Morgane Le Roux", "morgane.leroux@tyglaz-catamarans.fr"),
              "RE: Entretien - Planificateur de production", "2026-10-01 09:12", PARIS,
              "<AS8P190MB14520D7E2B9F1C3A64E0D5B2C9E18@AS8P190MB1452.EURP190.PROD.OUTLOOK.COM>",
              "EUR05-AS8-obe.outbound.protection.outlook.com (mail-as8eur05on2060.outbound.protection.outlook.com [40.107.12.60])",
              extra=[("In-Reply-To", "<CAK9pQ2rT0e+W1sN7mXv3yB5cL8dF4hG6jZ0aU2iO9qRt5Ey7wA@mail.gmail.com>"),
                     ("References", "<AS8P190MB1452A9C3E71F0B2D58C4E6A0D1F73@AS8P190MB1452.EURP190.PROD.OUTLOOK.COM>\r\n"
                                    " <CAK9pQ2rT0e+W1sN7mXv3yB5cL8dF4hG6jZ0aU2iO9qRt5Ey7wA@mail.gmail.com>"),
                     ("Thread-Topic", "Entretien - Planificateur de production"), ("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-11-19 10:00", PARIS), end=None,
           contact="sophie.guegan@kerlann-marine.fr", company="Kerlann Marine",
           local="Thu 2026-11-19 10:00", zone=PARIS,
           note="Recruiter cancels 'l'entretien sur site prévu le jeudi 19 novembre à 10h00' because the hiring "
                "is frozen; cancelled slot in CET -> 09:00Z; no length stated -> end null.")
def m22() -> bytes:
    body = t("""
        Bonjour Yann,

        Je reviens vers vous avec une nouvelle que j'aurais préféré ne pas avoir à vous annoncer : la
        direction a décidé hier de geler le recrutement sur le poste de planificateur jusqu'au
        printemps, le temps d'y voir plus clair sur le carnet de commandes 2027.

        Je suis donc au regret d'annuler l'entretien sur site prévu le jeudi 19 novembre à 10h00 avec
        Jean-Marc. Votre profil nous plaît beaucoup et je me permettrai de vous recontacter si le
        poste est rouvert.

        Merci encore pour votre disponibilité, et désolée pour ce contretemps.

        Sophie Guégan
        Responsable RH - Kerlann Marine
        sophie.guegan@kerlann-marine.fr
        """)
    hs = base(addr("Sophie Guégan", "sophie.guegan@kerlann-marine.fr"),
              "Annulation de l'entretien du 19 novembre", "2026-11-13 14:36", PARIS,
              "<b2c9e4f1-7a0d-4e36-8c15-3f9d2a6e0b47@kerlann-marine.fr>",
              "smtp-out.kerlann-marine.fr (smtp-out.kerlann-marine.fr [185.31.40.22])",
              extra=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF132 (Win)/9.0.0_GA_4546)")])
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@make.mail(N(23), family="workable", lang="fr", interview=True, kind="cancelled",
           start=utc("2026-11-20 10:00", PARIS), end=utc("2026-11-20 11:00", PARIS),
           contact="julien.carre@ouest-nautisme.fr", company="Ouest Nautisme Services",
           local="Fri 2026-11-20 10:00", local_end="2026-11-20 11:00", zone=PARIS,
           note="Workable cancellation with a METHOD:CANCEL .ics: 'vendredi 20 novembre 2026, 10:00 - 11:00 "
                "(CET)' -> 09:00Z; Reply-To is the Workable +relay (not a person); contact = the hiring "
                "manager, ICS organizer and address in the quoted note.")
def m23() -> bytes:
    body = t("""
        Bonjour Yann,

        Votre entretien pour le poste de Planificateur·rice de production chez Ouest Nautisme
        Services, prévu le vendredi 20 novembre 2026, 10:00 - 11:00 (CET), a été annulé.

        Message de Julien Carré :
        "Bonjour Yann, un imprévu chez un client m'oblige à annuler vendredi. Je reviens vers vous
        la semaine prochaine avec d'autres créneaux. Julien (julien.carre@ouest-nautisme.fr)"

        L'invitation de votre agenda a été mise à jour.

        Ouest Nautisme Services
        Propulsé par Workable
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Events//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:wk-event-5c1f0a9e3b@workable.com
        DTSTAMP:20261116T081244Z
        DTSTART:20261120T090000Z
        DTEND:20261120T100000Z
        SUMMARY:Entretien : Yann Le Gall (Planificateur·rice de production)
        ORGANIZER;CN=Julien Carré:mailto:julien.carre@ouest-nautisme.fr
        ATTENDEE;CN=Yann Le Gall:mailto:yann.legall@example.com
        STATUS:CANCELLED
        SEQUENCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Ouest Nautisme Services", "noreply@workablemail.com"),
              "Entretien annulé : Planificateur·rice de production", "2026-11-16 09:12", PARIS,
              "<5c1f0a9e3b.cancel.20261116081244@workablemail.com>",
              "o11.workablemail.com (o11.workablemail.com [149.72.201.14])",
              extra=[("Reply-To", "ouest-nautisme-services+e3b71f0c2a@candidates.workablemail.com")])
    return message(hs, mixed(alt(text(body), html(html_page(paras(body)))),
                             calendar(ics, method="CANCEL", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# =========================================================================== negatives


@make.mail(N(24), family="job_alert", lang="fr", interview=False, company=None,
           note="Welcome to the Jungle job alert digest: offers and 'entretien' words, nothing scheduled.")
def m24() -> bytes:
    body = t("""
        Bonjour Yann,

        5 nouvelles offres correspondent à votre alerte « Planification production - Bretagne » :

        Planificateur de production H/F - Chantiers Kerbihan - Lorient - CDI
        Ordonnanceur / Planificateur - Brittany Propulsion - Quimper - CDI
        Responsable ADV et planification - Voilerie Cap Sizun - Douarnenez - CDI
        Gestionnaire de flux industriels - Armor Naval Systèmes - Brest - CDI
        Chef de projet industrialisation - Foilcraft - La Trinité-sur-Mer - CDI

        Conseil de la semaine : avant un entretien, relisez l'offre et préparez trois exemples
        concrets de problèmes que vous avez résolus.

        Voir toutes les offres : https://www.welcometothejungle.com/fr/me/alerts/8213

        Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner :
        https://www.welcometothejungle.com/fr/unsubscribe?token=c2VjcmV0
        """)
    hs = base(addr("Welcome to the Jungle", "alertes@welcometothejungle.com"),
              "5 nouvelles offres pour « Planification production - Bretagne »", "2026-09-03 07:02", PARIS,
              "<20260903050201.8f3a1c2e9b7d@welcometothejungle.com>",
              "o4.sendgrid.welcometothejungle.com (o4.sendgrid.welcometothejungle.com [149.72.133.9])",
              extra=[("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/unsubscribe?token=c2VjcmV0>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(25), family="job_alert", lang="fr", interview=False, company=None,
           note="LinkedIn job alert ('Recrutement actif', 'candidature simplifiée'); no interview.")
def m25() -> bytes:
    inner = t("""
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="padding:16px 24px"><b>Yann</b>, vos offres d'emploi du jour pour <b>planificateur de production</b> à Vannes et alentours</td></tr>
        <tr><td style="padding:8px 24px"><a href="https://www.linkedin.com/comm/jobs/view/4102938475">Planificateur production naval (H/F)</a><br>Groupe Naval Atlantique · Saint-Nazaire<br><span style="color:#057642">Recrutement actif</span></td></tr>
        <tr><td style="padding:8px 24px"><a href="https://www.linkedin.com/comm/jobs/view/4102977130">Supply Chain &amp; Planning Manager</a><br>Marlin Boat Group France · Cholet<br>Candidature simplifiée</td></tr>
        <tr><td style="padding:8px 24px"><a href="https://www.linkedin.com/comm/jobs/view/4103011562">Production Planner (Marine)</a><br>Solent Marine Works · Southampton, Royaume-Uni (hybride)<br>Il y a 2 jours · 38 candidats</td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#666">Vous recevez des e-mails d'alertes emploi. <a href="https://www.linkedin.com/comm/jobs/alerts">Gérer les alertes</a> · <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a><br>© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
        </table>
        """)
    hs = base(addr("Alertes emploi LinkedIn", "jobalerts-noreply@linkedin.com"),
              "« planificateur de production » : Groupe Naval Atlantique et 7 autres recrutent", "2026-09-21 06:31",
              PARIS, "<1468213905.2188740.1790051460118@ltx1-app7717.prod.linkedin.com>",
              "mailb-ag.linkedin.com (mailb-ag.linkedin.com [108.174.3.171])",
              extra=[("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),
                     ("X-LinkedIn-Class", "JOBS-ALERT")])
    return message(hs, html(html_page(inner), cte="quoted-printable"))


@make.mail(N(26), family="application_ack", lang="fr", interview=False, company="Groupe Naval Atlantique",
           note="Taleo application receipt, HTML only in iso-8859-1; says an interview may follow, nothing fixed.")
def m26() -> bytes:
    inner = t("""
        <p>Bonjour Yann Le Gall,</p>
        <p>Nous accusons réception de votre candidature au poste <b>Planificateur production naval (H/F) - 2600318</b>
        et vous remercions de l'intérêt que vous portez au Groupe Naval Atlantique.</p>
        <p>Votre dossier va être étudié avec attention. Si votre profil correspond à nos besoins, un membre
        de l'équipe recrutement prendra contact avec vous afin de convenir d'un entretien. Sans réponse de
        notre part dans un délai de six semaines, vous pourrez considérer que nous ne sommes pas en mesure
        de donner une suite favorable à votre candidature.</p>
        <p>Vous pouvez consulter l'état de votre candidature à tout moment dans votre espace candidat.</p>
        <p>Cordialement,<br>La Direction des Ressources Humaines<br>Groupe Naval Atlantique</p>
        <p style="font-size:10px">Ce courriel est envoyé automatiquement, merci de ne pas y répondre.</p>
        """)
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body style="font-family:Verdana;font-size:12px">\n' + inner + "</body></html>\n")
    hs = base(addr("Groupe Naval Atlantique", "gna-recrutement@taleo.net"),
              "Accusé de réception de votre candidature - 2600318", "2026-09-04 10:18", PARIS,
              "<1135428771.1789.1788509880425.JavaMail.taleo@phx-tms-07.taleo.net>",
              "phx-smtp-02.taleo.net (phx-smtp-02.taleo.net [160.34.12.52])")
    return message(hs, html(page, charset="iso-8859-1"))


@make.mail(N(27), family="application_ack", lang="fr", interview=False, company="Aluboat Industrie",
           note="Personio application receipt (French); 'nous reviendrons vers vous', nothing scheduled.")
def m27() -> bytes:
    body = t("""
        Bonjour Yann,

        Merci pour votre candidature au poste de Planificateur de production (H/F) chez Aluboat
        Industrie ! Nous l'avons bien reçue.

        Notre équipe va l'examiner dans les prochains jours et nous reviendrons vers vous dans tous
        les cas, que ce soit pour vous proposer un premier échange ou pour vous informer de notre
        décision.

        Belle journée,
        L'équipe RH d'Aluboat Industrie

        Informations sur la protection des données : https://aluboat-industrie.jobs.personio.de/privacy-policy
        """)
    hs = base(addr("Aluboat Industrie", "no-reply@mail.personio.de"),
              "Votre candidature chez Aluboat Industrie", "2026-09-24 13:47", PARIS,
              "<a1f09c3b7e2d4f6a8b0c@mail.personio.de>",
              "mail-out-3.personio.de (mail-out-3.personio.de [3.121.48.211])")
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(28), family="rejection", lang="fr", interview=False, company="Nautilia Yachts",
           days=(("Thu", "2026-09-24"),),
           note="Workday rejection after the interview of Thu 24 Sep (mentioned); no new appointment.")
def m28() -> bytes:
    body = t("""
        Bonjour Yann Le Gall,

        Nous vous remercions pour le temps que vous nous avez consacré lors de votre entretien du
        jeudi 24 septembre pour le poste R-00417 Responsable Planification Production.

        Après une étude attentive de l'ensemble des candidatures, nous avons le regret de vous
        informer que nous avons retenu un autre profil, dont l'expérience sur la fabrication
        composite en grande série correspond davantage à nos besoins immédiats.

        Nous conservons votre dossier et ne manquerons pas de revenir vers vous si une opportunité
        correspondant à votre profil se présentait.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Nautilia Yachts - Talent Acquisition
        """)
    hs = base(addr("Nautilia Yachts", "nautilia@myworkday.com"),
              "Votre candidature - R-00417 Responsable Planification Production", "2026-09-29 17:03", PARIS,
              "<802377145.91022.1790694180233@wd5-prod-mailer-01.myworkday.com>",
              "wd5-smtp-out-03.myworkday.com (wd5-smtp-out-03.myworkday.com [216.69.12.33])",
              extra=[("Auto-Submitted", "auto-generated")])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(29), family="rejection", lang="en", interview=False, company="Solent Marine Works",
           note="British recruiter's rejection after the final interview; 'keep in touch', nothing fixed.")
def m29() -> bytes:
    body = t("""
        Hi Yann,

        Thank you again for your time last Wednesday - Gareth and Fiona both enjoyed meeting you.

        I'm sorry to say that we've decided to offer the Production Planning Lead role to another
        candidate, who has a bit more experience with UK supply chains and our MRP system. It was a
        genuinely close call, and they were very impressed by how you approached the capacity
        planning case.

        If you'd be happy for me to, I'll keep your details on file for future roles - we're
        expecting to open a planning position at our Plymouth yard next spring.

        All the best,
        Harriet

        Harriet Cole | Talent Partner
        Solent Marine Works
        """)
    hs = base(addr("Harriet Cole", "harriet.cole@solentmarineworks.co.uk"),
              "Production Planning Lead - update", "2026-11-04 16:25", LONDON,
              "<LO2P265MB3981F2A07C9D1E45B3C8E6D0A9B27@LO2P265MB3981.GBRP265.PROD.OUTLOOK.COM>",
              "GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2104.outbound.protection.outlook.com [40.107.10.104])",
              extra=[("Content-Language", "en-GB")])
    return message(hs, alt(text(body), html(html_page(paras(body), "en"))))


@make.mail(N(30), family="rejection", lang="fr", interview=False, company="Foilcraft",
           note="Ashby rejection after the video interview; no date.")
def m30() -> bytes:
    body = t("""
        Bonjour Yann,

        Merci beaucoup pour le temps passé avec nous lors de vos échanges avec Camille et Théo.

        Après réflexion, nous avons décidé de ne pas poursuivre avec votre candidature pour le poste
        de Responsable Ops & Planification. Nous cherchons finalement un profil plus orienté
        industrialisation de prototypes, ce qui n'enlève rien à la qualité de votre parcours.

        Nous vous souhaitons bon vent pour la suite !

        L'équipe Foilcraft
        """)
    hs = base(addr("Foilcraft", "no-reply@ashbyhq.com"),
              "Votre candidature chez Foilcraft", "2026-11-12 10:08", PARIS,
              "<0100019a77b21c04-6e0f3a98-2d1b-4c7e-9a05-8b3f1e7c2d64-000000@email.amazonses.com>",
              "a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])",
              extra=[("Reply-To", addr("Camille Perrot", "camille@foilcraft.fr"))])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(31), family="scheduling_link", lang="en", interview=False, company="Zuiderzee Jachtbouw",
           note="Recruitee self-scheduling invitation: pick a slot via a link; no time chosen yet.")
def m31() -> bytes:
    body = t("""
        Hi Yann,

        Thank you for applying for the Production Planner (m/f/x) position at Zuiderzee Jachtbouw.
        We'd like to get to know you better in a first 45-minute video interview.

        Please choose a time that suits you using the link below. Slots are shown in your own time
        zone and are available until Friday 16 October.

        Pick a time: https://app.recruitee.com/s/zuiderzee-jachtbouw/interview/4e7b21c9

        Looking forward to speaking with you,
        Marieke de Vries
        Talent Acquisition | Zuiderzee Jachtbouw B.V.
        """)
    hs = base(addr("Marieke de Vries | Zuiderzee Jachtbouw", "no-reply@recruitee.com"),
              "Zuiderzee Jachtbouw: please pick a time for your interview", "2026-10-06 14:12", AMS,
              "<6f2d0b71c34a9.1791289920@mailer.recruitee.com>",
              "o7.ptr3291.recruitee.com (o7.ptr3291.recruitee.com [149.72.180.61])",
              extra=[("Reply-To", "zuiderzee-jachtbouw+c9f1a27e44@inbound.recruitee.com")])
    return message(hs, alt(text(body), html(html_page(paras(body), "en"))))


@make.mail(N(32), family="availability_request", lang="fr", interview=False, company="Catamarans Ty Glaz",
           days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07")),
           note="Assistant proposes two slots (mardi 6 octobre 14h or mercredi 7 octobre 10h) and asks which "
                "suits: a proposal, not yet a confirmation (confirmed later in the thread).")
def m32() -> bytes:
    body = t("""
        Bonjour Monsieur Le Gall,

        Votre candidature a retenu toute notre attention. Pierre Le Gouic, notre directeur
        technique, souhaiterait vous rencontrer. Seriez-vous disponible le mardi 6 octobre à 14h
        ou le mercredi 7 octobre à 10h ?

        Bien cordialement,
        Morgane Le Roux
        Assistante de direction - Catamarans Ty Glaz
        5 rue du Commandant Charcot, ZA du Prat, 56000 Vannes
        """)
    hs = base(addr("Morgane Le Roux", "morgane.leroux@tyglaz-catamarans.fr"),
              "Entretien - Planificateur de production", "2026-09-25 10:12", PARIS,
              "<AS8P190MB1452A9C3E71F0B2D58C4E6A0D1F73@AS8P190MB1452.EURP190.PROD.OUTLOOK.COM>",
              "EUR05-AS8-obe.outbound.protection.outlook.com (mail-as8eur05on2047.outbound.protection.outlook.com [40.107.12.47])",
              extra=[("Thread-Topic", "Entretien - Planificateur de production"), ("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(33), family="scheduling_link", lang="fr", interview=False, company="Atlantique Talents",
           note="Agency consultant sends her Calendly link for a first call; nothing booked.")
def m33() -> bytes:
    body = t("""
        Bonjour Yann,

        J'ai bien reçu votre CV via notre site, merci. J'accompagne en ce moment deux chantiers de la
        côte atlantique qui cherchent un planificateur confirmé, et votre parcours m'intéresse.

        Je vous propose un premier échange téléphonique de 20 minutes. Vous pouvez réserver le
        créneau qui vous arrange directement dans mon agenda :
        https://calendly.com/lea-marchand-atlantique-talents/20min

        À très vite,
        Léa Marchand
        Chargée de recrutement - Atlantique Talents (Nantes)
        lea.marchand@atlantique-talents.fr
        """)
    hs = base(addr("Léa Marchand", "lea.marchand@atlantique-talents.fr"),
              "Votre candidature - premier échange ?", "2026-11-06 09:51", PARIS,
              "<CAFr2pL8uY1+mN0qB7tXz4cV6dK9sH3jE5aW2oR0gT8iQ1nU7Zw@mail.gmail.com>",
              "mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])")
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(34), family="auto_reply", lang="fr", interview=False, company="Groupe Océanis Marine",
           days=(("Mon", "2026-10-19"),),
           note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to Yann's answer to the cancellation; "
                "'absente jusqu'au lundi 19 octobre' is not an appointment.")
def m34() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 19 octobre inclus, avec un accès limité à ma
        messagerie. Pour toute question urgente concernant le recrutement, merci de contacter
        Karine Moreau au 02 51 00 00 00.

        Cordialement,
        Sandrine Baudry
        Responsable Ressources Humaines - Groupe Océanis Marine
        """)
    hs = base(addr("Sandrine Baudry", "s.baudry@oceanis-marine.fr"),
              "Réponse automatique : Entretien – Responsable planification (Yann Le Gall)", "2026-10-09 08:02",
              PARIS, "<DB9P192MB16448C0E2A7F19D3B5E6C4A0F1D92@DB9P192MB1644.EURP192.PROD.OUTLOOK.COM>",
              "EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2062.outbound.protection.outlook.com [40.107.104.62])",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("Thread-Topic", enc("Entretien – Responsable planification (Yann Le Gall)")),
                     ("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="Postfix DSN (multipart/report) for Yann's thank-you note with a mistyped address; the "
                "returned message/rfc822 mentions 'yesterday's interview', nothing is scheduled.")
def m35() -> bytes:
    orig_body = t("""
        Dear Marieke,

        Thank you for yesterday's interview with you and Jeroen. I really enjoyed learning about how
        you plan the hull and deck lines in Makkum, and I am even more motivated to join the team.

        Please don't hesitate to contact me if you need anything else.

        Best regards,
        Yann Le Gall
        """)
    orig = message([
        ("From", TO), ("To", "marike.devries@zuiderzee-jachtbouw.nl"),
        ("Subject", "Thank you - Production Planner interview"),
        ("Date", date("2026-10-16 09:40", PARIS)),
        ("Message-ID", "<CAGn4rT1qW8+zX2cV0bN6mL3kJ9hF5dS7aP1oI4uY0eR2wQ8tEw@mail.gmail.com>"),
    ], text(orig_body, charset="us-ascii", cte="7bit"))
    notice = t("""
        This is the mail system at host smtp.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <marike.devries@zuiderzee-jachtbouw.nl>: host
            zuiderzeejachtbouw-nl.mail.protection.outlook.com[52.101.68.14] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.com
        X-Postfix-Queue-ID: 4Bq7Zx1Kk2z9tR
        Arrival-Date: Fri, 16 Oct 2026 07:40:03 +0000 (UTC)

        Final-Recipient: rfc822; marike.devries@zuiderzee-jachtbouw.nl
        Original-Recipient: rfc822;marike.devries@zuiderzee-jachtbouw.nl
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; zuiderzeejachtbouw-nl.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    report = make.multipart(
        "report",
        make.Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                  make._encode(notice, "us-ascii", "7bit")),
        make.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  make._encode(status, "us-ascii", "7bit")),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status")
    hs = base(addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.com"),
              "Undelivered Mail Returned to Sender", "2026-10-16 09:40", PARIS,
              "<20261016074004.4Bq7Zx1Kk2z9tR@smtp.example.com>", "smtp.example.com (smtp.example.com [192.0.2.25])",
              extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, report)


@make.mail(N(36), family="offer", lang="fr", interview=False, company="Amarris Catamarans",
           days=(("Fri", "2026-12-11"),),
           note="Job offer after the interviews, with a reply deadline ('vendredi 11 décembre'); no interview.")
def m36() -> bytes:
    body = t("""
        Bonjour Yann,

        Suite à nos différents échanges, et notamment à votre entretien avec Anne-Sophie et moi-même,
        j'ai le plaisir de vous proposer le poste de Responsable planification chez Amarris
        Catamarans, en CDI, basé à Arzon.

        Vous trouverez en pièce jointe notre proposition détaillée (rémunération, statut cadre,
        date d'entrée souhaitée au 4 janvier 2027). Nous vous serions reconnaissants de nous faire
        part de votre réponse d'ici le vendredi 11 décembre.

        Je reste bien sûr disponible pour en discuter par téléphone.

        Bien cordialement,
        Loïc Tanguy
        Directeur industriel - Amarris Catamarans
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Proposition_Amarris_YLeGall.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Proposition_Amarris_YLeGall.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    make._encode("%PDF-1.4\n% proposition d'embauche (extrait)\n%%EOF\n", "ascii", "base64"))
    hs = base(addr("Loïc Tanguy", "loic.tanguy@amarris-catamarans.fr"),
              "Proposition d'embauche - Responsable planification", "2026-12-01 18:10", PARIS,
              "<CAH8vN2kP0d+R7sX1mQ4wZ9cB3yL6fT5gJ0eA2uI8oK4rV1nD7s@mail.gmail.com>",
              "mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])")
    return message(hs, mixed(alt(text(body), html(make.gmail_html(body))), pdf))


@make.mail(N(37), family="recruiter_outreach", lang="fr", interview=False, company="Talentis Industrie",
           note="Headhunter's cold outreach asking for availability 'cette semaine ou la suivante'; nothing fixed.")
def m37() -> bytes:
    body = t("""
        Bonjour Yann,

        Je me permets de vous contacter suite à la lecture de votre profil. Je recrute pour un client,
        ETI industrielle du nautisme en Pays de la Loire, un Responsable Planification & Ordonnancement
        (encadrement de 3 personnes, ERP en cours de migration).

        Votre expérience de planification sur des lignes de coques me semble tout à fait pertinente.
        Seriez-vous ouvert à un échange de 15 minutes cette semaine ou la suivante ? Dites-moi ce qui
        vous arrange.

        Bien à vous,
        Thibault Roux
        Manager - Talentis Industrie
        thibault.roux@talentis-industrie.fr | 06 00 00 00 00
        """)
    hs = base(addr("Thibault Roux", "thibault.roux@talentis-industrie.fr"),
              "Opportunité - Responsable Planification (nautisme)", "2026-10-26 08:44", PARIS,
              "<0f7a1c9e-3b2d-4e85-9c60-talentis-5d21@talentis-industrie.fr>",
              "smtp.talentis-industrie.fr (mail-relay.ovh.net [54.36.141.20])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, text(body, cte="quoted-printable"))


@make.mail(N(38), family="newsletter_tips", lang="fr", interview=False, company=None,
           note="APEC newsletter with interview tips and a webinar mention; List-Unsubscribe; confirms nothing.")
def m38() -> bytes:
    body = t("""
        La lettre Apec des cadres - novembre 2026

        ENTRETIEN D'EMBAUCHE : LES 7 QUESTIONS QUI FONT LA DIFFÉRENCE
        « Parlez-moi d'un échec », « Pourquoi vous ? »... Nos consultants décryptent ce que le
        recruteur cherche vraiment et comment préparer vos réponses.
        Lire l'article : https://www.apec.fr/candidat/actualites/entretien-7-questions.html

        APRÈS L'ENTRETIEN : FAUT-IL RELANCER ?
        Un message de remerciement dans les 24 heures, puis une relance au bout d'une semaine :
        le bon tempo pour rester dans la course.

        BAROMÈTRE : L'industrie recrute toujours
        Les fonctions supply chain et planification restent parmi les plus recherchées en 2026.

        Webinaire « Négocier son salaire », chaque mardi à 12h30 - inscription sur apec.fr.

        Vous recevez cette lettre car vous êtes inscrit sur apec.fr.
        Se désinscrire : https://www.apec.fr/desinscription?u=7f3a91
        """)
    hs = base(addr("Apec", "newsletter@info.apec.fr"),
              "Entretien : les 7 questions qui font la différence", "2026-11-23 07:30", PARIS,
              "<nl-2026-11-23.7f3a91.1795415400@info.apec.fr>",
              "mta12.info.apec.fr (mta12.info.apec.fr [185.183.17.12])",
              extra=[("List-Unsubscribe", "<https://www.apec.fr/desinscription?u=7f3a91>"),
                     ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(39), family="public_employment_appointment", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="France Travail notice of a follow-up appointment with the job-seeker's own adviser ('entretien "
                "de suivi', mardi 10 novembre à 9h15): a fixed appointment, not a job interview with an employer.")
def m39() -> bytes:
    body = t("""
        Bonjour Monsieur LE GALL,

        Vous êtes convoqué à un entretien de suivi avec votre conseiller France Travail :

        Date : mardi 10 novembre 2026
        Heure : 09h15
        Lieu : France Travail Vannes, 4 rue Jean Jaurès, 56000 Vannes
        Conseiller : M. Guillaume Pédron

        Munissez-vous de votre CV à jour et de la liste de vos candidatures récentes.
        En cas d'empêchement, prévenez-nous depuis votre espace personnel sur francetravail.fr
        (rubrique « Mes rendez-vous ») ou au 3949.

        Cordialement,
        Votre agence France Travail

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = base(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
              "Votre rendez-vous du mardi 10 novembre 2026", "2026-11-02 12:05", PARIS,
              "<20261102110501.5c7e@courriel.francetravail.fr>",
              "mx-out2.francetravail.fr (mx-out2.francetravail.fr [185.24.186.42])")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(40), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Doctolib medical appointment confirmation with time; not an interview.")
def m40() -> bytes:
    body = t("""
        Votre rendez-vous est confirmé

        Bonjour Yann LE GALL,

        Mardi 13 octobre 2026 à 17:45
        Dr Nolwenn Tréguier - Masseur-kinésithérapeute
        Cabinet de kinésithérapie du Port, 12 rue du Port, 56000 Vannes

        Motif : Séance de kinésithérapie (suivi)

        En cas d'empêchement, pensez à annuler votre rendez-vous au moins 24h à l'avance :
        https://www.doctolib.fr/account/appointments

        L'équipe Doctolib
        """)
    hs = base(addr("Doctolib", "no-reply@doctolib.fr"),
              "Confirmation de votre rendez-vous avec Dr Nolwenn Tréguier", "2026-09-30 20:14", PARIS,
              "<66fa9e2b8c4d1_7a3f2c1e9b@doctolib-mailer-5.mail>",
              "mail-out.doctolib.fr (mail-out.doctolib.fr [91.208.18.24])")
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(41), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Garage service appointment (windows-1252 QP); fixed time, not an interview.")
def m41() -> bytes:
    body = t("""
        Bonjour M. Le Gall,

        Nous vous confirmons votre rendez-vous pour la révision des 60 000 km de votre véhicule
        (Peugeot 308 SW, immatriculation GH-512-KL) :

        mardi 24 novembre 2026 à 8h30

        Merci de déposer le véhicule à l'accueil atelier. Un véhicule de prêt est réservé pour la
        journée. Durée estimée de l'intervention : environ 3 heures.

        Garage Le Goff - Agent Peugeot
        ZA de Laroiseau, 56000 Vannes - 02 97 00 00 00
        """)
    hs = base(addr("Garage Le Goff", "atelier@garage-legoff56.fr"),
              "Confirmation de votre rendez-vous atelier", "2026-11-20 15:32", PARIS,
              "<000a01dd5b1c$9e4f3a20$dadeae60$@garage-legoff56.fr>",
              "smtp.orange.fr (smtp13.smtpout.orange.fr [80.12.242.13])",
              extra=[("X-Mailer", "Microsoft Outlook 14.0")])
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(42), family="event", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Sailing club's general-assembly notice (samedi 14 novembre, 10h); a fixed-time event, not an "
                "interview.")
def m42() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        L'assemblée générale annuelle du Club Nautique de Séné aura lieu le samedi 14 novembre à 10h
        au club-house (cale de Port-Anna). Ordre du jour : rapport moral et financier, programme des
        régates 2027, renouvellement du bureau, questions diverses. Un pot clôturera la matinée.

        Si vous ne pouvez pas venir, pensez à donner votre pouvoir à un autre adhérent (formulaire
        joint au site).

        Bon vent,
        Le bureau du CNS
        """)
    hs = base(addr("Club Nautique de Séné", "bureau.cns56@example.org"),
              "Convocation AG du samedi 14 novembre", "2026-10-19 21:10", PARIS,
              "<b71e0f3a-9c42-4d18-a5e6-cns56@example.org>",
              "smtp.example.org (smtp.example.org [192.0.2.80])",
              to=addr("Adhérents CNS", "adherents-cns@example.org"),
              extra=[("List-Id", "<adherents-cns.example.org>"), ("Precedence", "list")])
    return message(hs, text(body, cte="8bit"))


@make.mail(N(43), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-28"),),
           note="Google Calendar invitation from a friend (dinner, sam. 28 nov. 20:00) with ICS; personal "
                "event, not an interview.")
def m43() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Dîner chez Maël et Soizic 🍷
        Quand : samedi 28 nov. 2026 20:00 – 23:30 Heure normale d’Europe centrale - Paris
        Où : 17 chemin de Kerbiscont, 56860 Séné
        Participants :
        * mael.jegou@example.org - organisateur
        * yann.legall@example.com

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261128T190000Z
        DTEND:20261128T223000Z
        DTSTAMP:20261125T181522Z
        ORGANIZER;CN=Maël Jégou:mailto:mael.jegou@example.org
        UID:0c7f2e91a4b34d5e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yann.legall@example.com:mailto:yann.legall@example.com
        SUMMARY:Dîner chez Maël et Soizic 🍷
        LOCATION:17 chemin de Kerbiscont\\, 56860 Séné
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Maël Jégou", "mael.jegou@example.org"),
              "Invitation: Dîner chez Maël et Soizic 🍷 @ sam. 28 nov. 2026 20:00 - 23:30 (CET) (yann.legall@example.com)",
              "2026-11-25 19:15", PARIS, "<calendar-0c7f2e91-a4b3-4d5e-8f60-71c2b9e4d013@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(html_page(paras(body))), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(44), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="School parent-teacher meeting notice (iso-8859-15, 8bit), 'jeudi 5 novembre à 17h30'; not an "
                "interview.")
def m44() -> bytes:
    body = t("""
        Madame, Monsieur,

        Les rencontres parents-professeurs de la classe de 5e B auront lieu le jeudi 5 novembre à
        partir de 17h30. Votre créneau avec Mme Le Cam (professeure principale) : 17h50 - 18h00,
        salle 112.

        Merci de vous présenter quelques minutes avant l'heure prévue.

        Cordialement,
        La vie scolaire
        Collège Jules Simon - Vannes

        Message envoyé depuis l'ENT Toutatice. Ne pas répondre.
        """)
    hs = base(addr("ENT Toutatice - Collège Jules Simon", "ne-pas-repondre@toutatice.fr"),
              "Rencontres parents-professeurs - 5e B", "2026-10-13 16:45", PARIS,
              "<1602689100.4421.ent@toutatice.fr>", "smtp.toutatice.fr (smtp.toutatice.fr [194.167.110.30])")
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@make.mail(N(45), family="assessment", lang="fr", interview=False, company="Groupe Jeanvier Nautique",
           days=(("Fri", "2026-10-02"),),
           note="Online assessment invitation with a completion deadline ('avant le vendredi 2 octobre "
                "à 23h59'); a deadline, not an interview.")
def m45() -> bytes:
    body = t("""
        Bonjour Yann,

        Dans le cadre de votre candidature au poste de Planificateur de production, nous vous
        invitons à compléter notre questionnaire en ligne (raisonnement logique et préférences
        comportementales, environ 35 minutes).

        Merci de le compléter avant le vendredi 2 octobre à 23h59 :
        https://app.assessfirst.com/fr/invitations/9c2e71b4

        À l'issue de cette étape, nous reviendrons vers vous pour la suite du processus.

        Nathalie Bourgeois
        Coordination recrutement - Groupe Jeanvier Nautique
        """)
    hs = base(addr("Groupe Jeanvier Nautique", "no-reply@assessfirst.com"),
              "Groupe Jeanvier Nautique vous invite à compléter un questionnaire", "2026-09-23 11:20", PARIS,
              "<9c2e71b4.20260923092001@assessfirst.com>",
              "mail.assessfirst.com (mail.assessfirst.com [15.236.122.9])",
              extra=[("Reply-To", addr("Nathalie Bourgeois", "nathalie.bourgeois@jeanvier-nautique.fr"))])
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(46), family="travel", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-09-24"),),
           note="SNCF e-ticket for the trip to La Rochelle on the interview day (departure 09h12); a train "
                "time, not the interview, which is in the Nautilia mails.")
def m46() -> bytes:
    body = t("""
        Bonjour Yann,

        Votre commande est confirmée. Voici votre e-billet.

        ALLER - jeudi 24 septembre 2026
        09h12  Vannes  ->  10h23  Nantes          TER 856712
        10h49  Nantes  ->  12h52  La Rochelle Ville   TER 863014
        1 passager - Carte Avantage Adulte

        RETOUR - jeudi 24 septembre 2026
        17h07  La Rochelle Ville  ->  19h08  Nantes   TER 863027
        19h38  Nantes  ->  20h49  Vannes          TER 856745

        Référence de dossier : QZK7PL
        Montant total : 71,40 EUR

        Retrouvez vos billets dans l'application SNCF Connect.

        Bon voyage !
        SNCF Connect
        """)
    hs = base(addr("SNCF Connect", "confirmation@sncf-connect.com"),
              "Confirmation de votre commande - Vannes > La Rochelle Ville", "2026-09-18 13:26", PARIS,
              "<20260918112604.QZK7PL.2f91@sncf-connect.com>",
              "mta-out5.sncf-connect.com (mta-out5.sncf-connect.com [185.41.32.75])")
    return message(hs, alt(text(body), html(html_page(paras(body)))))


@make.mail(N(47), family="post_interview", lang="fr", interview=False, company="Chantiers Kerbihan",
           note="Recruiter thanks Yann after yesterday's interview; 'retour d'ici la fin du mois', no new slot.")
def m47() -> bytes:
    body = t("""
        Bonjour Yann,

        Merci encore pour votre venue hier et pour la qualité de nos échanges, Hervé a beaucoup
        apprécié votre vision du planning atelier.

        Nous rencontrons encore deux candidats cette semaine et reviendrons vers vous d'ici la fin
        du mois, quelle que soit notre décision.

        Belle journée,
        Gaëlle Morvan
        Chargée de recrutement - Chantiers Kerbihan
        """)
    hs = base(addr("Gaëlle Morvan", "gaelle.morvan@chantiers-kerbihan.fr"), "Suite à notre entretien",
              "2026-09-16 12:02", PARIS, "<f0b9c2a7-41e3-4d6f-8a25-kerbihan-19c3@chantiers-kerbihan.fr>",
              "mail.chantiers-kerbihan.fr (mail.chantiers-kerbihan.fr [51.91.77.140])")
    return message(hs, text(body))


@make.mail(N(48), family="application_status", lang="fr", interview=False, company="Marlin Boat Group France",
           note="iCIMS status update ('transmise au responsable du recrutement'); nothing scheduled.")
def m48() -> bytes:
    body = t("""
        Bonjour Yann,

        Nous souhaitions vous informer que votre candidature au poste de Supply Chain & Planning
        Manager (Réf. 2026-4471) a été transmise au responsable du recrutement pour examen.

        Si votre profil est retenu, vous serez contacté(e) pour convenir d'un premier entretien.
        Vous pouvez suivre votre candidature depuis votre portail candidat.

        Cordialement,
        Marlin Boat Group France - Talent Acquisition
        """)
    hs = base(addr("Marlin Boat Group France", "marlinboatgroup@talent.icims.com"),
              "Mise à jour de votre candidature - Supply Chain & Planning Manager", "2026-11-18 15:41", PARIS,
              "<1795452060.7734129.icims@talent.icims.com>",
              "smtp02.icims.com (smtp02.icims.com [204.8.212.62])")
    return message(hs, html(html_page(paras(body)), cte="quoted-printable"))


@make.mail(N(49), family="candidate_survey", lang="en", interview=False, company="Solent Marine Works",
           note="Greenhouse candidate-experience survey after the process ended; no time.")
def m49() -> bytes:
    body = t("""
        Hi Yann,

        Thank you for interviewing with Solent Marine Works. We'd love to hear about your experience
        so we can keep improving how we hire. The survey takes about two minutes and your answers
        are anonymous.

        Take the survey: https://app.greenhouse.io/candidate_surveys/8f1c2a90e4

        Thanks,
        The Solent Marine Works Talent Team
        """)
    hs = base(addr("Solent Marine Works", "no-reply@us.greenhouse-mail.io"),
              "How was your interview experience with Solent Marine Works?", "2026-11-05 14:00", LONDON,
              "<ghm.8f1c2a90e4b71d36.1793973600@us.greenhouse-mail.io>",
              "o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.101.62])")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(html_page(paras(body), "en"))))


@make.mail(N(50), family="admin_reminder", lang="fr", interview=False, company=None,
           days=(("Sun", "2026-11-15"),),
           note="France Travail monthly 'actualisation' reminder with a deadline; not an appointment.")
def m50() -> bytes:
    body = t("""
        Bonjour,

        Pensez à vous actualiser pour le mois d'octobre 2026, entre le 28 octobre et le
        dimanche 15 novembre, sur francetravail.fr ou l'application « Mon espace ».

        Sans actualisation, votre inscription pourrait être interrompue et vos allocations
        suspendues.

        Votre agence France Travail
        """)
    hs = base(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
              "Rappel : actualisez votre situation", "2026-10-28 08:00", PARIS,
              "<20261028070002.81ad@courriel.francetravail.fr>",
              "mx-out1.francetravail.fr (mx-out1.francetravail.fr [185.24.186.41])")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))
