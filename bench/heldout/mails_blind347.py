"""blind347: a blind 50-mail held-out set, the inbox of Pauline Mazaud, porcelain-workshop production
planner in Limoges (Europe/Paris), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the held-out README's
introduction and its Mix / label conventions / traps / judgement calls sections, the dev corpus README,
dev labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its tests, the
other held-out mails or sets, and never ran the detector nor scored this set.

Every mail below is one function with its own wording; make.py does the MIME plumbing and the checks.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives. File numbers
are a fixed shuffle of the writing order (ORDER).
"""

from __future__ import annotations

import base64
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
    html,
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
    utc,
)
from make import multipart as _multipart

SET = "blind347"
ORDER = random.Random(3470347).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "pauline.mazaud@example.com"
ME2 = "pauline.mazaud@example.org"
ME_NAME = "Pauline Mazaud"
PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
NY = "America/New_York"
BXL = "Europe/Brussels"

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


def hid(seed: str, n: int = 24) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, mx: str, msgid: str, *, to: str | None = None,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Received, From, To, Subject, Date, Message-ID, then the mail's own extra headers."""
    ident = f"mx1.example.com with ESMTPS id {hid(when + subject, 12)}"
    return [
        ("Received", received(f"from {mx} ({mx} [{_ip(mx)}])", when, zone, ident, ME)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def _ip(host: str) -> str:
    h = hashlib.sha256(host.encode(), usedforsecurity=False).digest()
    return f"198.51.100.{h[0] % 250 + 2}"


def pos(key: int, *, family: str, lang: str, kind: str, company: str, contact: str | None, local: str,
        zone: str, local_end: str | None = None, note: str):
    """Register a positive; start/end come from the local time as written (checked again by make)."""
    start = utc(local.split(" ", 1)[1], zone)
    end = utc(local_end, zone) if local_end else None
    return make.mail(N(key), family=family, lang=lang, interview=True, kind=kind, company=company,
                     contact=contact, start=start, end=end, local=local, local_end=local_end, zone=zone,
                     note=note)


def neg(key: int, *, family: str, lang: str, company: str | None, note: str,
        days: tuple[tuple[str, str], ...] = ()):
    return make.mail(N(key), family=family, lang=lang, interview=False, company=company, note=note,
                     days=days)


# =========================================================================== positives


@pos(1, family="teamtailor", lang="fr", kind="scheduled", company="Céramiques Dufaure",
     contact="claire.besson@ceramiques-dufaure.fr", local="Tue 2026-09-15 10:00", zone=PARIS,
     local_end="2026-09-15 10:45",
     note="Teamtailor invitation in French, mardi 15 septembre 10:00-10:45 Paris (CEST, UTC+2) "
          "= 08:00-08:45Z; the .ics says the same; contact = human Reply-To")
def m01() -> bytes:
    body = t("""
        Bonjour Pauline,

        Merci pour votre candidature au poste de Planificateur·rice de production chez
        Céramiques Dufaure. Votre entretien est confirmé :

        Date : mardi 15 septembre 2026
        Heure : 10:00 - 10:45 (heure de Paris)
        Lieu : Céramiques Dufaure, 14 rue des Argiles, 87200 Saint-Junien
        Avec : Claire Besson (RH) et Patrick Nouaille (Responsable de fabrication)

        Merci de vous présenter à l'accueil de l'usine quelques minutes avant l'heure.
        Pensez à vous munir de chaussures fermées : nous ferons un court passage en atelier.

        Vous pouvez répondre directement à ce message pour toute question.

        À très bientôt,
        Claire Besson
        Céramiques Dufaure

        --
        Envoyé via Teamtailor · Se désabonner des e-mails de Céramiques Dufaure
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f5;font-family:Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;padding:32px">
        <tr><td style="font-size:15px;line-height:22px;color:#18181b">
        <p>Bonjour Pauline,</p>
        <p>Merci pour votre candidature au poste de <strong>Planificateur·rice de production</strong>
        chez Céramiques Dufaure. Votre entretien est confirmé&nbsp;:</p>
        <p><strong>Date&nbsp;:</strong> mardi 15 septembre 2026<br>
        <strong>Heure&nbsp;:</strong> 10:00 - 10:45 (heure de Paris)<br>
        <strong>Lieu&nbsp;:</strong> Céramiques Dufaure, 14 rue des Argiles, 87200 Saint-Junien<br>
        <strong>Avec&nbsp;:</strong> Claire Besson (RH) et Patrick Nouaille (Responsable de fabrication)</p>
        <p>Merci de vous présenter à l'accueil de l'usine quelques minutes avant l'heure.
        Pensez à vous munir de chaussures fermées&nbsp;: nous ferons un court passage en atelier.</p>
        <p>Vous pouvez répondre directement à ce message pour toute question.</p>
        <p>À très bientôt,<br>Claire Besson<br>Céramiques Dufaure</p>
        </td></tr></table>
        <p style="font-size:11px;color:#71717a">Envoyé via Teamtailor ·
        <a href="https://ceramiques-dufaure.teamtailor.com/unsubscribe?t=9f3c1a">Se désabonner</a></p>
        </td></tr></table></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//FR
        METHOD:REQUEST
        {VTZ['Europe/Paris']}
        BEGIN:VEVENT
        UID:tt-interview-4471936@teamtailor.com
        DTSTAMP:20260910T141200Z
        DTSTART;TZID=Europe/Paris:20260915T100000
        DTEND;TZID=Europe/Paris:20260915T104500
        SUMMARY:Entretien - Planificateur·rice de production - Céramiques Dufaure
        LOCATION:14 rue des Argiles\\, 87200 Saint-Junien
        ORGANIZER;CN=Claire Besson:mailto:claire.besson@ceramiques-dufaure.fr
        ATTENDEE;CN=Pauline Mazaud;RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Céramiques Dufaure", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé – Planificateur·rice de production", "2026-09-10 16:12", PARIS,
              "mail-eu1.teamtailor-mail.com", "<0102019a7f3e.4471936@eu-west-1.teamtailor-mail.com>",
              extra=(("Reply-To", addr("Claire Besson", "claire.besson@ceramiques-dufaure.fr")),
                     ("X-Teamtailor-Candidate", "8810342")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment",
                                      name_param=True)))


@pos(2, family="human_prose", lang="fr", kind="scheduled", company="Porcelaines de la Vienne",
     contact="odile.faucher@porcelaines-vienne.fr", local="Thu 2026-09-17 14:30", zone=PARIS,
     note="DRH letter (vous, iso-8859-1 QP): jeudi 17 septembre à 14h30 Paris (CEST) = 12:30Z; "
          "'environ une heure' so no end")
def m02() -> bytes:
    body = t("""
        Madame,

        Suite à notre échange téléphonique de vendredi, je vous confirme votre entretien pour le
        poste de planificatrice de production, le jeudi 17 septembre à 14h30, dans nos locaux de
        Saint-Léonard-de-Noblat (3 allée du Moulin-Pinot).

        Vous serez reçue par M. Hervé Lagarde, directeur industriel, et moi-même. L'entretien
        durera environ une heure ; nous vous proposerons ensuite une visite de l'atelier de
        décoration.

        Je reste à votre disposition au 05 55 56 12 40 pour toute question.

        Bien cordialement,

        Odile Faucher
        Directrice des ressources humaines
        Porcelaines de la Vienne
        odile.faucher@porcelaines-vienne.fr
        """)
    hs = head(addr("Odile Faucher", "odile.faucher@porcelaines-vienne.fr"),
              "Confirmation de votre entretien du 17 septembre", "2026-09-14 09:41", PARIS,
              "smtp.porcelaines-vienne.fr", "<5f2a9c71-0b44-4e1e-9a63-d17e0c2f8b10@porcelaines-vienne.fr>",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),), charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@pos(3, family="outlook_calendar", lang="fr", kind="scheduled", company="Groupe Valmier",
     contact="thomas.girard@valmier-group.com", local="Wed 2026-09-23 09:30", zone=PARIS,
     local_end="2026-09-23 10:30",
     note="Exchange meeting request, TZID Romance Standard Time (Europe/Paris, CEST) 09:30-10:30 "
          "= 07:30-08:30Z; contact = human ORGANIZER/sender")
def m03() -> bytes:
    body = t("""
        Bonjour Pauline,

        Comme convenu, je vous envoie l'invitation pour notre entretien (visio Teams). Vous
        échangerez avec moi puis avec Sandrine Morel, responsable supply chain du site de Limoges.

        Bien à vous,
        Thomas Girard
        Chargé de recrutement - Groupe Valmier

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzFhYjM0>
        ID de la réunion : 372 118 904 215
        Code secret : Hq7Kp2
        Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion
        ________________________________________________________________________________
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Thomas Girard:mailto:thomas.girard@valmier-group.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Mazaud:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Morel:mailto:s.morel@valmier-group.com
        DESCRIPTION;LANGUAGE=fr-FR:Entretien Planificatrice de production - site de Limoges\\n
        UID:040000008200E00074C5B7101A82E00800000000A7C31F0B3A47DC01000000000000000010000000C2A9
        SUMMARY;LANGUAGE=fr-FR:Entretien - Pauline Mazaud - Planification production
        DTSTART;TZID=Romance Standard Time:20260923T093000
        DTEND;TZID=Romance Standard Time:20260923T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T092000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
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
    hs = head(addr("Thomas Girard", "thomas.girard@valmier-group.com"),
              "Entretien - Pauline Mazaud - Planification production", "2026-09-18 11:20", PARIS,
              "EUR03-DB5-obe.outbound.protection.outlook.com",
              "<PR3P195MB0741A2C6E1B84F0D9E3B7C21D6A72@PR3P195MB0741.EURP195.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", "Entretien - Pauline Mazaud - Planification production"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    page = make.gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1" lang="FR">')
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@pos(4, family="outlook_calendar", lang="fr", kind="rescheduled", company="Groupe Valmier",
     contact="thomas.girard@valmier-group.com", local="Thu 2026-09-24 15:00", zone=PARIS,
     local_end="2026-09-24 16:00",
     note="Exchange update (SEQUENCE:1, same UID): moved from mer. 23/09 09:30 to jeu. 24/09 15:00-16:00 "
          "Romance Standard Time (CEST) = 13:00-14:00Z; body shows the old and new time")
def m04() -> bytes:
    body = t("""
        Bonjour Pauline,

        Sandrine Morel a un audit fournisseur mercredi matin : je me permets de déplacer notre
        entretien au jeudi 24 septembre, de 15h00 à 16h00 (au lieu de mercredi 23 à 9h30).
        Le lien Teams reste le même. Merci de me confirmer que ce créneau vous convient.

        Bien à vous,
        Thomas

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzFhYjM0>
        ID de la réunion : 372 118 904 215
        Code secret : Hq7Kp2
        ________________________________________________________________________________
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=Thomas Girard:mailto:thomas.girard@valmier-group.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Mazaud:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sandrine Morel:mailto:s.morel@valmier-group.com
        UID:040000008200E00074C5B7101A82E00800000000A7C31F0B3A47DC01000000000000000010000000C2A9
        SUMMARY;LANGUAGE=fr-FR:Entretien - Pauline Mazaud - Planification production
        DTSTART;TZID=Romance Standard Time:20260924T150000
        DTEND;TZID=Romance Standard Time:20260924T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260921T064700Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1287731530
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Thomas Girard", "thomas.girard@valmier-group.com"),
              "Mis à jour : Entretien - Pauline Mazaud - Planification production", "2026-09-21 08:47",
              PARIS, "EUR03-DB5-obe.outbound.protection.outlook.com",
              "<PR3P195MB07419B1F02C34E7A8D6F1E09D6A72@PR3P195MB0741.EURP195.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", "Entretien - Pauline Mazaud - Planification production"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@pos(5, family="google_calendar", lang="fr", kind="scheduled", company="Atelier Kaolin",
     contact="lea@atelier-kaolin.fr", local="Fri 2026-09-25 11:00", zone=PARIS,
     local_end="2026-09-25 11:45",
     note="Google Calendar invitation, French UI: 'ven. 25 sept. 2026 11:00 - 11:45 (UTC+2)' = "
          "09:00-09:45Z; organizer Léa Roussel")
def m05() -> bytes:
    body = t(f"""
        Entretien Pauline Mazaud x Atelier Kaolin
        vendredi 25 sept. 2026 ⋅ 11:00 – 11:45
        Heure d'été d'Europe centrale - Paris

        Participer avec Google Meet
        meet.google.com/wkr-pqaz-fne

        Ou appeler le numéro : (FR) +33 1 87 40 51 22
        Code : 493 118 207#

        Invités
        Léa Roussel - organisateur
        lea@atelier-kaolin.fr
        {ME}

        Pour en savoir plus sur le calendrier, consultez la page https://calendar.google.com

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité de l'événement.
        """)
    page = t(f"""
        <html><body><div itemscope itemtype="http://schema.org/InformAction">
        <table width="100%" style="font-family:Roboto,Arial,sans-serif">
        <tr><td><h2 style="font-size:22px;font-weight:400">Entretien Pauline Mazaud x Atelier Kaolin</h2></td></tr>
        <tr><td style="color:#3c4043">vendredi 25 sept. 2026 ⋅ 11:00 – 11:45<br>
        <span style="color:#70757a">Heure d'été d'Europe centrale - Paris</span></td></tr>
        <tr><td><a href="https://meet.google.com/wkr-pqaz-fne">Participer avec Google Meet</a></td></tr>
        <tr><td><b>Invités</b><br>Léa Roussel - organisateur<br>
        <a href="mailto:lea@atelier-kaolin.fr">lea@atelier-kaolin.fr</a><br>{ME}</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitation de Google Agenda</td></tr>
        </table></div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260925T090000Z
        DTEND:20260925T094500Z
        DTSTAMP:20260921T130331Z
        ORGANIZER;CN=Léa Roussel:mailto:lea@atelier-kaolin.fr
        UID:3n8v1kq0b7o2s9uj6tgm4e5hcd@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
         ;CN=lea@atelier-kaolin.fr;X-NUM-GUESTS=0:mailto:lea@atelier-kaolin.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
         TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        X-GOOGLE-CONFERENCE:https://meet.google.com/wkr-pqaz-fne
        CREATED:20260921T130329Z
        DESCRIPTION:Premier échange sur le poste de responsable planification.
        LAST-MODIFIED:20260921T130329Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Pauline Mazaud x Atelier Kaolin
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("\n ", "")
    hs = head(addr("Léa Roussel", "lea@atelier-kaolin.fr"),
              "Invitation: Entretien Pauline Mazaud x Atelier Kaolin @ ven. 25 sept. 2026 11:00 - 11:45 "
              "(UTC+2) (pauline.mazaud@example.com)", "2026-09-21 15:03", PARIS, "mail-sor-f73.google.com",
              "<calendar-3f1c0a58-2e6d-4b7a-9d0e-61c2b8a47f03@google.com>",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "lea@atelier-kaolin.fr")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(6, family="personio", lang="en", kind="scheduled", company="Hohenfels Porzellan GmbH",
     contact="jana.reuter@hohenfels-porzellan.de", local="Tue 2026-10-20 14:00", zone=BERLIN,
     local_end="2026-10-20 15:00",
     note="Personio invitation in English from a German employer: 20 Oct 14:00-15:00 "
          "Europe/Berlin (CEST, before the 25 Oct change) = 12:00-13:00Z; contact = Reply-To")
def m06() -> bytes:
    body = t("""
        Dear Pauline,

        Thank you for your interest in Hohenfels Porzellan. We are pleased to invite you to an
        interview for the position Production Planner (m/f/d) – Export Collections.

        Date: Tuesday, 20 October 2026
        Time: 14:00 – 15:00 (Europe/Berlin)
        Location: Microsoft Teams (the link follows in a separate calendar invitation)
        Interviewers: Jana Reuter (HR Business Partner), Matthias Kögler (Head of Production Planning)

        The interview will be held in English; a few questions in German are possible but not required.

        If you have any questions, simply reply to this e-mail.

        Kind regards
        Jana Reuter
        Hohenfels Porzellan GmbH · Porzellanstraße 8 · 95100 Selb

        This e-mail was sent via Personio.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Hohenfels Porzellan GmbH", "no-reply@mail.personio.de"),
              "Invitation to interview: Production Planner (m/f/d) – Export Collections", "2026-10-13 09:30",
              BERLIN, "mail.personio.de", "<20261013073012.8c41f9e2a7@mail.personio.de>",
              extra=(("Reply-To", addr("Jana Reuter", "jana.reuter@hohenfels-porzellan.de")),
                     ("X-Personio-Application", "31886214")))
    return message(hs, alt(text(body), html(page)))


@pos(7, family="human_prose", lang="en", kind="rescheduled", company="Hohenfels Porzellan GmbH",
     contact="jana.reuter@hohenfels-porzellan.de", local="Tue 2026-10-27 10:00", zone=BERLIN,
     local_end="2026-10-27 11:00",
     note="Recruiter moves 'tomorrow' (Tue 20 Oct 14:00) to Tue 27 Oct 10:00-11:00 Berlin; by then "
          "CET (clocks go back 25 Oct) = 09:00-10:00Z; windows-1252 QP")
def m07() -> bytes:
    body = t("""
        Dear Pauline,

        I am very sorry to write at such short notice: Matthias has to be at our Arzberg plant
        tomorrow for an urgent kiln issue, so we cannot keep tomorrow's interview (Tuesday,
        20 October, 14:00).

        Could we move it to Tuesday, 27 October, 10:00–11:00 German time? Matthias and I have
        both blocked that slot, and I will send you the new Teams link. Please note that the
        clocks go back this Sunday, so 10:00 here will also be 10:00 for you in Limoges.

        If that does not work for you, just let me know.

        Best regards
        Jana

        Jana Reuter
        HR Business Partner
        Hohenfels Porzellan GmbH
        Porzellanstraße 8 · 95100 Selb · Germany
        T +49 9287 880-214
        jana.reuter@hohenfels-porzellan.de
        """)
    hs = head(addr("Reuter, Jana", "jana.reuter@hohenfels-porzellan.de"),
              "Change of date – your interview with Hohenfels Porzellan", "2026-10-19 17:05", BERLIN,
              "mail02.hohenfels-porzellan.de", "<a81f0c2b7e0d4c3f9b15e2c6d0a47718@EXCH01.hohenfels.local>",
              extra=(("Content-Language", "en-GB"), ("X-Mailer", "Microsoft Outlook 16.0")),
              charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


@pos(8, family="goodtime", lang="en", kind="scheduled", company="Harlow & Finch",
     contact="megan.ortiz@harlowfinch.com", local="Thu 2026-10-29 10:00", zone=NY,
     local_end="2026-10-29 10:45",
     note="GoodTime confirmation, 10:00-10:45 AM EDT (New York still on EDT until 1 Nov) = 14:00-14:45Z; "
          "Paris is already CET, so 3:00 PM there (the body says so); contact = Reply-To recruiter")
def m08() -> bytes:
    body = t("""
        Hi Pauline,

        Your interview with Harlow & Finch is confirmed.

        Operations Planning Manager, Ceramics Sourcing – Recruiter Screen
        Thursday, October 29, 2026
        10:00 AM – 10:45 AM EDT (New York)
        3:00 PM – 3:45 PM CET (your time zone: Europe/Paris)

        Interviewer: Megan Ortiz, Senior Recruiter
        Zoom: https://harlowfinch.zoom.us/j/84120937715?pwd=Qm9qTz
        Meeting ID: 841 2093 7715

        Need to reschedule? Reply to this email and Megan will help.

        Harlow & Finch Talent Team
        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;color:#1f2937">
        <div style="max-width:560px;margin:auto;border:1px solid #e5e7eb;padding:24px">
        <p>Hi Pauline,</p><p>Your interview with <b>Harlow &amp; Finch</b> is confirmed.</p>
        <table cellpadding="6" style="background:#f9fafb;width:100%">
        <tr><td colspan="2"><b>Operations Planning Manager, Ceramics Sourcing – Recruiter Screen</b></td></tr>
        <tr><td>Date</td><td>Thursday, October 29, 2026</td></tr>
        <tr><td>Time</td><td>10:00 AM – 10:45 AM EDT (New York)<br>
        <span style="color:#6b7280">3:00 PM – 3:45 PM CET (your time zone: Europe/Paris)</span></td></tr>
        <tr><td>Interviewer</td><td>Megan Ortiz, Senior Recruiter</td></tr>
        <tr><td>Zoom</td><td><a href="https://harlowfinch.zoom.us/j/84120937715?pwd=Qm9qTz">Join meeting</a></td></tr>
        </table>
        <p>Need to reschedule? Reply to this email and Megan will help.</p>
        <p style="font-size:12px;color:#9ca3af">Harlow &amp; Finch Talent Team · Powered by GoodTime</p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-7c2e91b4-5f0a-4a6e-8f3e-2b9d1e6a0c55@goodtime.io
        DTSTAMP:20261022T161400Z
        DTSTART:20261029T140000Z
        DTEND:20261029T144500Z
        SUMMARY:Harlow & Finch – Recruiter Screen (Pauline Mazaud)
        LOCATION:https://harlowfinch.zoom.us/j/84120937715
        ORGANIZER;CN=Harlow & Finch Talent:mailto:scheduling@harlowfinch.goodtime.io
        ATTENDEE;CN=Pauline Mazaud;RSVP=TRUE:mailto:{ME}
        ATTENDEE;CN=Megan Ortiz:mailto:megan.ortiz@harlowfinch.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Harlow & Finch Talent Team", "no-reply@goodtime.io"),
              "Confirmed: Harlow & Finch interview on Thursday, October 29", "2026-10-22 12:14", NY,
              "o1.ptr4417.goodtime.io", "<gt.20261022161400.d31a7c@goodtime.io>",
              extra=(("Reply-To", addr("Megan Ortiz", "megan.ortiz@harlowfinch.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@pos(9, family="goodtime", lang="en", kind="rescheduled", company="Harlow & Finch",
     contact="megan.ortiz@harlowfinch.com", local="Thu 2026-11-12 11:00", zone=NY,
     local_end="2026-11-12 12:00",
     note="GoodTime reschedule: Tue 10 Nov 9:00 AM -> Thu 12 Nov 11:00 AM-12:00 PM EST (after 1 Nov) "
          "= 16:00-17:00Z; ICS SEQUENCE:1; old and new time in the body")
def m09() -> bytes:
    body = t("""
        Hi Pauline,

        Your interview with Harlow & Finch has been rescheduled.

        NEW TIME
        Hiring Manager Interview – Daniel Brooks
        Thursday, November 12, 2026
        11:00 AM – 12:00 PM EST (New York)
        5:00 PM – 6:00 PM CET (your time zone: Europe/Paris)

        PREVIOUS TIME (cancelled)
        Tuesday, November 10, 2026, 9:00 AM – 10:00 AM EST

        Zoom: https://harlowfinch.zoom.us/j/86650412093?pwd=Yk1sWm
        Meeting ID: 866 5041 2093

        Questions? Reply to this email and Megan Ortiz will get back to you.

        Harlow & Finch Talent Team
        Powered by GoodTime
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-0b8f44d2-91ce-4d27-a3f0-7e6c5d2b9a18@goodtime.io
        DTSTAMP:20261106T150500Z
        DTSTART:20261112T160000Z
        DTEND:20261112T170000Z
        SUMMARY:Harlow & Finch – Hiring Manager Interview (Pauline Mazaud)
        LOCATION:https://harlowfinch.zoom.us/j/86650412093
        ORGANIZER;CN=Harlow & Finch Talent:mailto:scheduling@harlowfinch.goodtime.io
        ATTENDEE;CN=Pauline Mazaud;RSVP=TRUE:mailto:{ME}
        ATTENDEE;CN=Daniel Brooks:mailto:daniel.brooks@harlowfinch.com
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Harlow & Finch Talent Team", "no-reply@goodtime.io"),
              "Rescheduled: Harlow & Finch interview now Thursday, November 12", "2026-11-06 10:05", NY,
              "o1.ptr4417.goodtime.io", "<gt.20261106150500.8e22b0@goodtime.io>",
              extra=(("Reply-To", addr("Megan Ortiz", "megan.ortiz@harlowfinch.com")),))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@pos(10, family="outlook_calendar", lang="en", kind="scheduled", company="Harlow & Finch",
     contact="daniel.brooks@harlowfinch.com", local="Tue 2026-11-10 09:00", zone=NY,
     local_end="2026-11-10 10:00",
     note="Outlook meeting request (Mon 2 Nov, first day of EST) for Tue 10 Nov 9:00-10:00 AM Eastern = "
          "14:00-15:00Z; TZID Eastern Standard Time, body '(UTC-05:00)'; 3:00 PM CET in Paris; "
          "contact = ORGANIZER hiring manager")
def m10() -> bytes:
    body = t("""
        Hi Pauline,

        Megan passed on her notes from Thursday - thanks for making time so late in your day. I'd
        like to go deeper on how you run capacity planning across kilns and decoration lines.
        Invite below; it's 3:00 PM your time.

        Daniel Brooks
        Director, Supply Planning | Harlow & Finch
        (212) 555-0148

        When: Tuesday, November 10, 2026 9:00 AM-10:00 AM. (UTC-05:00) Eastern Time (US & Canada)
        Where: Microsoft Teams Meeting

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4MmQ>
        Meeting ID: 248 611 093 772
        Passcode: 9sTbV4
        ________________________________________________________________________________
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {VTZ['Eastern Standard Time']}
        BEGIN:VEVENT
        ORGANIZER;CN=Daniel Brooks:mailto:daniel.brooks@harlowfinch.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pauline.mazaud@example.com:mailto:{ME}
        UID:040000008200E00074C5B7101A82E00800000000D41A6E2C9B68DC01000000000000000010000000E7F1
        SUMMARY;LANGUAGE=en-US:Pauline Mazaud / Daniel Brooks - Supply Planning
        DTSTART;TZID=Eastern Standard Time:20261110T090000
        DTEND;TZID=Eastern Standard Time:20261110T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261102T141500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Daniel Brooks", "daniel.brooks@harlowfinch.com"),
              "Pauline Mazaud / Daniel Brooks - Supply Planning", "2026-11-02 09:15", NY,
              "NAM12-DM6-obe.outbound.protection.outlook.com",
              "<BN8PR11MB36024C1E7A9B0D58F2E61A3CB4E52@BN8PR11MB3602.namprd11.prod.outlook.com>",
              extra=(("Thread-Topic", "Pauline Mazaud / Daniel Brooks - Supply Planning"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@pos(11, family="recruitee", lang="fr", kind="scheduled", company="Maison Verhaegen",
     contact="sarah.dewulf@maisonverhaegen.be", local="Wed 2026-10-07 13:30", zone=BXL,
     local_end="2026-10-07 14:30",
     note="Recruitee invitation in Belgian French: mercredi 7 octobre 13h30-14h30, Brussels (CEST) "
          "= 11:30-12:30Z; ICS in UTC agrees; contact = Reply-To recruiter")
def m11() -> bytes:
    body = t("""
        Bonjour Pauline,

        Nous avons bien reçu votre candidature pour le poste de Planificatrice de production
        (atelier porcelaine & arts de la table) et nous aimerions faire votre connaissance.

        Votre entretien est fixé au :
          mercredi 7 octobre 2026, de 13h30 à 14h30 (heure de Bruxelles)
          Maison Verhaegen – Rue de l'Aqueduc 112, 1050 Ixelles
          (à 10 minutes à pied de la gare de Bruxelles-Luxembourg)

        Vous rencontrerez Sarah Dewulf (Talent & Culture) et Koen Peeters (directeur des
        opérations). Si vous préférez un entretien en visio, répondez simplement à ce message.

        Au plaisir de vous rencontrer,
        Sarah Dewulf
        Maison Verhaegen
        GSM +32 478 21 90 65
        """)
    page = "<div style=\"font-family:Inter,Arial,sans-serif;font-size:14px;color:#222\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div>\n"
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:recruitee-event-5519027@recruitee.com
        DTSTAMP:20261001T081900Z
        DTSTART:20261007T113000Z
        DTEND:20261007T123000Z
        SUMMARY:Entretien Maison Verhaegen – Pauline Mazaud
        LOCATION:Rue de l'Aqueduc 112\\, 1050 Ixelles
        ORGANIZER;CN=Sarah Dewulf:mailto:sarah.dewulf@maisonverhaegen.be
        ATTENDEE;CN=Pauline Mazaud;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sarah Dewulf via Recruitee", "noreply@recruitee.com"),
              "Invitation à un entretien – Maison Verhaegen", "2026-10-01 10:19", BXL,
              "mail-out3.recruitee.com", "<6d1c2f0e8a.5519027@recruitee.com>",
              extra=(("Reply-To", addr("Sarah Dewulf", "sarah.dewulf@maisonverhaegen.be")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


@pos(12, family="calendly", lang="fr", kind="scheduled", company="Arcadie RH",
     contact="sophie.lemaire@arcadie-rh.fr", local="Mon 2026-10-05 09:30", zone=PARIS,
     local_end="2026-10-05 10:00",
     note="Calendly invitee confirmation in French for a recruitment agency pre-screen: lundi 5 octobre "
          "09:30-10:00 Paris (CEST) = 07:30-08:00Z; contact = Reply-To host")
def m12() -> bytes:
    body = t("""
        Bonjour Pauline Mazaud,

        Votre événement est programmé.

        Événement : Entretien de présélection (30 min)
        Avec : Sophie Lemaire
        Date/heure de l'événement : 09:30 - 10:00, lundi 5 octobre 2026 (Heure d'Europe centrale)
        Lieu : Téléphone. Sophie vous appellera au numéro indiqué.

        Besoin de modifier ? Annuler : https://calendly.com/cancellations/8b1f3e0a-44c2
        Reprogrammer : https://calendly.com/reschedulings/8b1f3e0a-44c2

        Programmé avec Calendly
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Arial,sans-serif;color:#1a1a1a">
        <table width="100%"><tr><td align="center"><table width="520"><tr><td>
        <p>Bonjour Pauline Mazaud,</p>
        <p style="font-size:20px;font-weight:bold">Votre événement est programmé.</p>
        <p><b>Événement :</b><br>Entretien de présélection (30 min)</p>
        <p><b>Avec :</b><br>Sophie Lemaire</p>
        <p><b>Date/heure de l'événement :</b><br>09:30 - 10:00, lundi 5 octobre 2026 (Heure d'Europe centrale)</p>
        <p><b>Lieu :</b><br>Téléphone. Sophie vous appellera au numéro indiqué.</p>
        <p><a href="https://calendly.com/cancellations/8b1f3e0a-44c2">Annuler</a> ·
        <a href="https://calendly.com/reschedulings/8b1f3e0a-44c2">Reprogrammer</a></p>
        <p style="font-size:12px;color:#666">Programmé avec Calendly</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8b1f3e0a-44c2-4d9c-b6a1-2f7e0c3d5a91@calendly.com
        DTSTAMP:20260930T143800Z
        DTSTART:20261005T073000Z
        DTEND:20261005T080000Z
        SUMMARY:Entretien de présélection (30 min) entre Sophie Lemaire et Pauline Mazaud
        ORGANIZER;CN=Sophie Lemaire:mailto:sophie.lemaire@arcadie-rh.fr
        ATTENDEE;CN=Pauline Mazaud;PARTSTAT=ACCEPTED:mailto:{ME}
        LOCATION:Téléphone
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Entretien de présélection (30 min) avec Sophie Lemaire le lundi 5 octobre 2026",
              "2026-09-30 16:38", PARIS, "o7.email.calendly.com",
              "<0100019b2d6e44f1-5a8e1c0b-6f2d-4c19-b8a3-90e1d7c2f4a6-000000@email.amazonses.com>",
              extra=(("Reply-To", addr("Sophie Lemaire", "sophie.lemaire@arcadie-rh.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(13, family="ms_bookings", lang="fr", kind="scheduled", company="Limousin Céramique Industrie",
     contact=None, local="Mon 2026-10-12 14:00", zone=PARIS, local_end="2026-10-12 14:45",
     note="Microsoft Bookings from a shared mailbox; body labels the slot '(UTC+01:00) Bruxelles, "
          "Copenhague, Madrid, Paris' although 12 Oct is CEST: 14:00-14:45 = 12:00-12:45Z (the ICS agrees); "
          "staff name only, no personal address -> contact null")
def m13() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:24px;padding:12px 0">Votre rendez-vous est confirmé</div>
        <div>Bonjour Pauline Mazaud,</div>
        <div>Merci d'avoir réservé auprès de <b>LCI – Recrutement</b>.</div>
        <table style="margin-top:16px">
        <tr><td style="color:#605e5c">Service</td><td>Entretien – Planificateur de production (H/F)</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td>
        <td>lundi 12 octobre 2026 14:00 - 14:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Membre du personnel</td><td>Nadia Benali</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams (le lien est dans l'invitation)</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/LCIRecrutement@limousinceramique.onmicrosoft.com/bookings/">
        Gérer la réservation</a></p>
        <p style="font-size:12px;color:#a19f9d">Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ROMANCE}
        BEGIN:VEVENT
        ORGANIZER;CN=LCI – Recrutement:mailto:LCIRecrutement@limousinceramique.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pauline Mazaud:mailto:{ME}
        UID:040000008200E00074C5B7101A82E008000000006B1E04D7F059DC01000000000000000010000000A913
        SUMMARY;LANGUAGE=fr-FR:Entretien – Planificateur de production (H/F)
        DTSTART;TZID=Romance Standard Time:20261012T140000
        DTEND;TZID=Romance Standard Time:20261012T144500
        DTSTAMP:20261006T081100Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("LCI – Recrutement", "LCIRecrutement@limousinceramique.onmicrosoft.com"),
              "Réservation confirmée : Entretien – Planificateur de production (H/F)", "2026-10-06 10:11",
              PARIS, "EUR05-AM6-obe.outbound.protection.outlook.com",
              "<AM9P194MB1288F3D02C7A41B6E90D2C7FA1B04@AM9P194MB1288.EURP194.PROD.OUTLOOK.COM>",
              extra=(("X-MS-Exchange-Organization-BookingsAppointment", "true"),))
    return message(hs, alt(html(page, cte="base64"), calendar(ics, cte="base64")))


@pos(14, family="forwarded", lang="fr", kind="scheduled", company="Arts du Feu Limousin",
     contact="m.delorme@arts-feu-limousin.fr", local="Tue 2026-11-03 09:00", zone=PARIS,
     local_end="2026-11-03 10:30",
     note="Pauline forwards (Gmail, French 'Message transféré') the recruiter's confirmation to her other "
          "address: mardi 3 novembre 9h-10h30 Paris (CET after 25 Oct) = 08:00-09:30Z; contact = the "
          "human in the forwarded header")
def m14() -> bytes:
    body = t("""
        À imprimer + prendre le portfolio planning (exemples MRP) et les chaussures de sécu.

        ---------- Message transféré ---------
        De : Marc Delorme <m.delorme@arts-feu-limousin.fr>
        Date: ven. 30 oct. 2026 à 11:02
        Subject: Votre entretien chez Arts du Feu Limousin
        To: Pauline Mazaud <pauline.mazaud@example.com>


        Bonjour Madame Mazaud,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste d'ordonnanceur /
        ordonnanceuse – atelier émail, le mardi 3 novembre 2026 de 9h00 à 10h30, sur notre
        site du Palais-sur-Vienne (ZI du Ponteix, bâtiment C).

        Le programme : 30 minutes avec moi, puis un entretien avec Mme Chabrol, responsable
        d'atelier, et une visite des fours.

        Cordialement,

        Marc Delorme
        Responsable recrutement
        Arts du Feu Limousin
        05 55 35 70 18
        """)
    hs = head(addr(ME_NAME, ME), "Fwd: Votre entretien chez Arts du Feu Limousin", "2026-10-30 18:20",
              PARIS, "mail-wm1-f44.google.com",
              "<CAF8q2xN0v7m+Gd1pLrT5kUo3Wq8eYjz4sB2Hc9aXnK@mail.gmail.com>",
              to=addr(ME_NAME, ME2))
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@pos(15, family="reply_quoted", lang="fr", kind="scheduled", company="Manufacture Ravel",
     contact="isabelle.pons@manufacture-ravel.fr", local="Thu 2026-11-19 10:30", zone=PARIS,
     local_end="2026-11-19 11:30",
     note="Recruiter's reply on top of the quoted thread closes the choice: jeudi 19 novembre 10h30-11h30 "
          "Paris (CET) = 09:30-10:30Z; the quoted proposal lists other slots")
def m15() -> bytes:
    body = t("""
        Bonjour Pauline,

        Très bien, c'est noté : je bloque le jeudi 19 novembre de 10h30 à 11h30 avec M. Aubry,
        directeur de production. Rendez-vous à l'accueil de la manufacture, 27 avenue du Général
        Leclerc ; une place visiteur vous sera réservée sur le parking.

        Bonne fin de semaine,

        Isabelle Pons
        Assistante RH – Manufacture Ravel

        -----Message d'origine-----
        De : Pauline Mazaud <pauline.mazaud@example.com>
        Envoyé : jeudi 12 novembre 2026 19:48
        À : Isabelle Pons <isabelle.pons@manufacture-ravel.fr>
        Objet : RE: Poste de planificatrice – proposition de créneaux

        Bonjour Madame Pons,

        Merci pour votre retour. Le jeudi 19 à 10h30 me convient parfaitement.

        Bien cordialement,
        Pauline Mazaud

        -----Message d'origine-----
        De : Isabelle Pons <isabelle.pons@manufacture-ravel.fr>
        Envoyé : jeudi 12 novembre 2026 14:05
        Objet : Poste de planificatrice – proposition de créneaux

        Bonjour Madame Mazaud,

        M. Aubry souhaiterait vous rencontrer. Pourriez-vous m'indiquer lequel de ces créneaux
        vous conviendrait : mercredi 18 novembre à 14h, jeudi 19 novembre à 10h30 ou vendredi
        20 novembre à 9h ?
        """)
    hs = head(addr("Isabelle Pons", "isabelle.pons@manufacture-ravel.fr"),
              "RE: Poste de planificatrice – proposition de créneaux", "2026-11-13 09:12", PARIS,
              "smtp.manufacture-ravel.fr", "<003a01dc7a19$4be0c2f0$e3a248d0$@manufacture-ravel.fr>",
              extra=(("In-Reply-To", "<CAF8q2xP4mR0@mail.gmail.com>"),
                     ("References", "<0021c01dc7a0e$@manufacture-ravel.fr> <CAF8q2xP4mR0@mail.gmail.com>"),
                     ("Thread-Index", "AQHbNx7kPq0Vt2dF"),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, text(body, cte="8bit"))


@pos(16, family="human_prose", lang="fr", kind="rescheduled", company="Atelier Kaolin",
     contact="lea@atelier-kaolin.fr", local="Thu 2026-10-08 15:00", zone=PARIS, local_end="2026-10-08 16:00",
     note="Startup founder (tu) moves the second interview from 'mardi' 6 Oct to 'jeudi' 8 Oct 15h-16h, "
          "Paris (CEST) = 13:00-14:00Z; weekdays resolved against the Date (Thu 1 Oct) and the dates given")
def m16() -> bytes:
    body = t("""
        Hello Pauline,

        Petit changement de programme : Hugo (notre directeur des ops) est coincé chez notre
        fabricant portugais jusqu'à mercredi. On décale donc ton 2e entretien de mardi 6 à
        jeudi 8 octobre, même heure : 15h-16h, à l'atelier (42 rue de Charonne, Paris 11e).

        Dis-moi si c'est ok pour toi, je sais que ça fait un aller-retour depuis Limoges.
        On te rembourse le train bien sûr.

        Belle journée,
        Léa

        --
        Léa Roussel · cofondatrice · Atelier Kaolin
        lea@atelier-kaolin.fr · 06 71 28 44 90
        """)
    hs = head(addr("Léa Roussel", "lea@atelier-kaolin.fr"), "Re: 2e entretien – petit changement",
              "2026-10-01 10:15", PARIS, "mail-ej1-f48.google.com",
              "<CAH7w0tYk3m=QpB8rNf2sX1vJ9cL6dWz0aE4uTg@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAF8q2xM1Qa@mail.gmail.com>"), ("References", "<CAF8q2xM1Qa@mail.gmail.com>")))
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@pos(17, family="google_calendar", lang="fr", kind="cancelled", company="Tablée",
     contact="julien@tablee.co", local="Tue 2026-11-17 16:00", zone=PARIS, local_end="2026-11-17 16:30",
     note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of mar. 17 nov. 16:00-16:30 "
          "(UTC+1) = 15:00-15:30Z; organizer = the recruiter")
def m17() -> bytes:
    body = t(f"""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien Tablée – Pauline Mazaud (Ops & planification)
        mardi 17 nov. 2026 ⋅ 16:00 – 16:30
        Heure normale d'Europe centrale - Paris

        Invités
        Julien Marchetti - organisateur
        julien@tablee.co
        {ME}

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes un invité de l'événement.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261117T150000Z
        DTEND:20261117T153000Z
        DTSTAMP:20261116T080200Z
        ORGANIZER;CN=Julien Marchetti:mailto:julien@tablee.co
        UID:ashby-int-71c0e2a9d4@ashbyhq.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        CREATED:20261110T095512Z
        LAST-MODIFIED:20261116T080200Z
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Entretien Tablée – Pauline Mazaud (Ops & planification)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Julien Marchetti", "julien@tablee.co"),
              "Événement annulé : Entretien Tablée – Pauline Mazaud (Ops & planification) @ mar. 17 nov. 2026 "
              "16:00 - 16:30 (UTC+1) (pauline.mazaud@example.com)", "2026-11-16 09:02", PARIS,
              "mail-sor-f69.google.com", "<calendar-a71e0c94-3b5d-4f2e-8c61-0d9b7e2a4c18@google.com>",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(18, family="human_prose", lang="fr", kind="cancelled", company="Porcelaines de la Vienne",
     contact="odile.faucher@porcelaines-vienne.fr", local="Thu 2026-10-01 10:00", zone=PARIS,
     note="DRH cancels the second interview of jeudi 1er octobre à 10h (Paris, CEST = 08:00Z) because the "
          "post was filled internally; no new time, so cancelled")
def m18() -> bytes:
    body = t("""
        Madame,

        Je reviens vers vous au sujet du second entretien que nous avions fixé au jeudi 1er octobre
        à 10h avec M. Lagarde.

        Je suis au regret de devoir l'annuler : la direction a finalement décidé de confier le
        poste à une collaboratrice de l'atelier de décoration, dans le cadre d'une mobilité
        interne. Je mesure la déception que cette nouvelle peut susciter et vous prie de nous en
        excuser.

        Votre profil a beaucoup plu ; avec votre accord, nous conserverons votre candidature
        pour de futurs besoins.

        Bien cordialement,

        Odile Faucher
        Directrice des ressources humaines
        Porcelaines de la Vienne
        """)
    hs = head(addr("Odile Faucher", "odile.faucher@porcelaines-vienne.fr"),
              "Annulation de l'entretien du 1er octobre", "2026-09-28 11:26", PARIS,
              "smtp.porcelaines-vienne.fr", "<b7e21a40-9c3f-4d58-a0e6-3f4c21d9e857@porcelaines-vienne.fr>",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),), charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@pos(19, family="smartrecruiters", lang="fr", kind="cancelled", company="Groupe Aubier",
     contact="camille.roux@groupe-aubier.com", local="Mon 2026-11-23 14:00", zone=PARIS,
     local_end="2026-11-23 15:00",
     note="SmartRecruiters cancellation with ICS METHOD:CANCEL, lundi 23 novembre 14:00-15:00 Paris (CET) "
          "= 13:00-14:00Z; contact = human ICS ORGANIZER (sender is noreply)")
def m19() -> bytes:
    body = t("""
        Bonjour Pauline,

        Nous vous informons que votre entretien pour le poste de Responsable Planification &
        Ordonnancement – Manufacture de Limoges, prévu le lundi 23 novembre 2026 de 14:00 à 15:00
        (heure de Paris), est annulé.

        Notre équipe de recrutement reviendra vers vous prochainement.

        Cordialement,
        L'équipe Talent Acquisition – Groupe Aubier

        Ce message a été envoyé par SmartRecruiters pour le compte de Groupe Aubier.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:CANCEL
        {VTZ['Europe/Paris']}
        BEGIN:VEVENT
        UID:sr-int-6a0c2e51-8f4b-49d7-b3a0-15c7e9d2f866@smartrecruiters.com
        DTSTAMP:20261118T101500Z
        DTSTART;TZID=Europe/Paris:20261123T140000
        DTEND;TZID=Europe/Paris:20261123T150000
        SUMMARY:Entretien – Responsable Planification & Ordonnancement
        ORGANIZER;CN=Camille Roux:mailto:camille.roux@groupe-aubier.com
        ATTENDEE;CN=Pauline Mazaud:mailto:{ME}
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Groupe Aubier", "noreply@smartrecruiters.com"),
              "Entretien annulé – Responsable Planification & Ordonnancement", "2026-11-18 11:15", PARIS,
              "mail12.smartrecruiters.com", "<sr.0e71c9a24b.20261118101500@smartrecruiters.com>")
    return message(hs, mixed(text(body),
                             calendar(ics, method="CANCEL", cte="base64", filename="annulation.ics",
                                      disposition="attachment", name_param=True)))


@pos(20, family="workable", lang="fr", kind="scheduled", company="Émaux Lacroix",
     contact="b.lacroix@emaux-lacroix.fr", local="Thu 2026-11-26 11:00", zone=PARIS,
     local_end="2026-11-26 12:00",
     note="Workable invitation: jeudi 26 novembre 11h00, 'durée : 1 heure', Paris (CET) = 10:00-11:00Z; "
          "Reply-To is a Workable relay, so contact = the address written in the body")
def m20() -> bytes:
    body = t("""
        Bonjour Pauline,

        Merci pour l'intérêt que vous portez à Émaux Lacroix. Nous souhaitons vous rencontrer
        pour le poste de Planificatrice / Planificateur d'atelier.

        Quand : jeudi 26 novembre 2026 à 11h00 (heure de Paris) – durée : 1 heure
        Où : Émaux Lacroix, 9 rue Raspail, 87000 Limoges

        Vous serez reçue par Bertrand Lacroix, gérant. Pour toute question pratique, vous pouvez
        lui écrire directement : b.lacroix@emaux-lacroix.fr

        À bientôt,
        L'équipe Émaux Lacroix
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + (
        "<p style=\"color:#999;font-size:11px\">Envoyé avec Workable</p></body></html>\n")
    hs = head(addr("Émaux Lacroix", "noreply@candidates.workablemail.com"),
              "Invitation à un entretien – Émaux Lacroix", "2026-11-20 15:40", PARIS,
              "mail-b.workablemail.com", "<20261120144012.4f1c.workable@candidates.workablemail.com>",
              extra=(("Reply-To", "emaux-lacroix+c7e9a2f14d@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


@pos(21, family="ashby", lang="fr", kind="scheduled", company="Tablée",
     contact="julien@tablee.co", local="Tue 2026-11-17 16:00", zone=PARIS, local_end="2026-11-17 16:30",
     note="Ashby confirmation in French: mardi 17 novembre 16:00-16:30 CET = 15:00-15:30Z; Reply-To "
          "recruiter (the same slot is cancelled later in the thread)")
def m21() -> bytes:
    body = t("""
        Bonjour Pauline,

        Votre entretien est confirmé. Nous avons hâte d'échanger avec vous !

        mardi 17 novembre 2026, 16:00 – 16:30 CET
        Google Meet : https://meet.google.com/xjt-bqwe-rku

        Vous échangerez avec :
          Julien Marchetti — Talent Partner

        Une question ? Répondez à cet e-mail, il parviendra à Julien.

        L'équipe Tablée
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Pauline,</p><p>Votre entretien est confirmé. Nous avons hâte d'échanger avec vous&nbsp;!</p>
        <p><b>mardi 17 novembre 2026, 16:00 – 16:30 CET</b><br>
        Google Meet&nbsp;: <a href="https://meet.google.com/xjt-bqwe-rku">meet.google.com/xjt-bqwe-rku</a></p>
        <p>Vous échangerez avec&nbsp;:<br>Julien Marchetti — Talent Partner</p>
        <p>Une question&nbsp;? Répondez à cet e-mail, il parviendra à Julien.</p>
        <p>L'équipe Tablée</p></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-int-71c0e2a9d4@ashbyhq.com
        DTSTAMP:20261110T095512Z
        DTSTART:20261117T150000Z
        DTEND:20261117T153000Z
        SEQUENCE:0
        SUMMARY:Entretien Tablée – Pauline Mazaud (Ops & planification)
        LOCATION:https://meet.google.com/xjt-bqwe-rku
        ORGANIZER;CN=Julien Marchetti:mailto:julien@tablee.co
        ATTENDEE;CN=Pauline Mazaud;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Tablée", "no-reply@ashbyhq.com"), "Entretien confirmé : Ops & planification chez Tablée",
              "2026-11-10 10:55", PARIS, "mail.ashbyhq.com",
              "<010001933c1f7a20-6e2b9d04-1c5a-4f87-a2e3-7b0d91c4e6f2-000000@email.amazonses.com>",
              extra=(("Reply-To", addr("Julien Marchetti", "julien@tablee.co")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@pos(22, family="rfc822_attachment", lang="fr", kind="scheduled", company="Faïenceries Marsac",
     contact="sophie.lemaire@arcadie-rh.fr", local="Mon 2026-12-07 14:00", zone=PARIS,
     note="Agency consultant forwards the client's confirmation as a message/rfc822 attachment: lundi "
          "7 décembre à 14h Paris (CET) = 13:00Z, 'environ 1h30' so no end; contact = the human sender "
          "(rule order), company = the hiring client")
def m22() -> bytes:
    inner_body = t("""
        Bonjour Sophie,

        Suite à votre présentation, nous confirmons l'entretien de Mme Pauline Mazaud pour le poste
        de planificatrice de production le lundi 7 décembre 2026 à 14h, dans nos locaux de
        Bort-les-Orgues (2 route de la Faïencerie). Prévoir environ 1h30 avec visite de l'usine.

        Merci de lui transmettre l'information.

        Cordialement,
        Aurélie Chassaing
        Responsable RH – Faïenceries Marsac
        a.chassaing@faienceries-marsac.fr
        """)
    inner_hs = [
        ("From", addr("Aurélie Chassaing", "a.chassaing@faienceries-marsac.fr")),
        ("To", addr("Sophie Lemaire", "sophie.lemaire@arcadie-rh.fr")),
        ("Subject", enc("Confirmation entretien – P. Mazaud – lundi 7 décembre")),
        ("Date", date("2026-11-30 17:42", PARIS)),
        ("Message-ID", "<8f0e2d41c9a64b1e@faienceries-marsac.fr>"),
    ]
    inner = message(inner_hs, text(inner_body))
    outer = t("""
        Bonjour Pauline,

        Bonne nouvelle : Marsac veut vous rencontrer ! Je vous mets leur confirmation en pièce
        jointe (date, heure et adresse). Je vous appelle jeudi pour vous briefer sur l'équipe.

        Sophie

        Sophie Lemaire
        Consultante senior – Industrie & Supply Chain
        Arcadie RH · Limoges · 05 55 10 42 77
        """)
    hs = head(addr("Sophie Lemaire", "sophie.lemaire@arcadie-rh.fr"),
              "TR: Confirmation entretien – P. Mazaud – lundi 7 décembre", "2026-12-01 09:08", PARIS,
              "smtp.arcadie-rh.fr", "<DB9P193MB14526A0E2F81C9D47B@DB9P193MB1452.EURP193.PROD.OUTLOOK.COM>")
    return message(hs, mixed(text(outer), attached_message(inner, "Confirmation entretien.eml")))


@pos(23, family="zoom", lang="fr", kind="scheduled", company="Porcelaine Garnier & Fils",
     contact="e.garnier@garnier-porcelaine.fr", local="Wed 2026-12-09 09:30", zone=PARIS,
     local_end="2026-12-09 10:15",
     note="Recruiter confirms 'demain mercredi' (Date Tue 8 Dec, 08:05 Paris) 9h30 for 45 minutes, Paris "
          "(CET) = 08:30-09:15Z; pasted Zoom block; iso-8859-15 8bit")
def m23() -> bytes:
    body = t("""
        Bonjour Madame Mazaud,

        Comme convenu hier au téléphone, je vous confirme notre visio de demain, mercredi, à 9h30.
        Nous avons prévu 45 minutes : je serai avec M. Fabre, notre responsable de fabrication.

        Voici le lien de connexion :

        Elodie Garnier vous invite à une réunion Zoom planifiée.
        Sujet : Entretien planification - Porcelaine Garnier & Fils
        Heure : 9 déc. 2026 09:30 AM Paris
        Participer à la réunion Zoom
        https://us06web.zoom.us/j/83317702946?pwd=aGZ0cDNJ
        ID de réunion : 833 1770 2946
        Code secret : 447120

        Bonne journée,

        Elodie Garnier
        Porcelaine Garnier & Fils - Ressources humaines
        """)
    hs = head(addr("Elodie Garnier", "e.garnier@garnier-porcelaine.fr"),
              "Notre visio de demain", "2026-12-08 08:05", PARIS, "smtp.garnier-porcelaine.fr",
              "<20261208070512.3c9b@garnier-porcelaine.fr>",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


# =========================================================================== negatives


@neg(24, family="rejection", lang="fr", company="Céramiques Dufaure",
     note="Teamtailor rejection after the 15 September interview; no time confirmed")
def m24() -> bytes:
    body = t("""
        Bonjour Pauline,

        Merci encore d'être venue nous rencontrer à Saint-Junien la semaine dernière, et pour
        l'intérêt que vous portez à Céramiques Dufaure.

        Après réflexion, nous avons décidé de poursuivre avec une autre candidature, dont
        l'expérience en pilotage de fours tunnel correspond davantage à nos besoins immédiats.
        Cette décision n'a pas été facile : votre approche de la planification a été très appréciée
        par Patrick.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Claire Besson
        Céramiques Dufaure

        --
        Envoyé via Teamtailor · Vos données : https://ceramiques-dufaure.teamtailor.com/privacy
        """)
    hs = head(addr("Céramiques Dufaure", "no-reply@teamtailor-mail.com"),
              "Votre candidature – Planificateur·rice de production", "2026-09-24 17:31", PARIS,
              "mail-eu1.teamtailor-mail.com", "<0102019ab21c.4471936.r@eu-west-1.teamtailor-mail.com>",
              extra=(("Reply-To", addr("Claire Besson", "claire.besson@ceramiques-dufaure.fr")),))
    return message(hs, text(body))


@neg(25, family="rejection", lang="fr", company="Atelier Kaolin",
     note="Founder (tu) declines after the second interview of 8 October; mentions past days only",
     days=(("Thu", "2026-10-08"),))
def m25() -> bytes:
    body = t("""
        Hello Pauline,

        Merci encore d'être montée à Paris jeudi 8, Hugo et moi avons vraiment apprécié
        l'échange (et tes questions sur nos délais de cuisson chez le fabricant !).

        On a pris notre décision et, pour être transparente, on part sur un profil plus junior
        basé à Paris, pour des raisons de budget surtout. Ça ne remet pas du tout en cause ton
        expérience, qui nous a impressionnés.

        Si tu es d'accord, je garde ton contact pour la suite : on prévoit d'ouvrir un poste de
        responsable supply l'an prochain.

        Belle continuation,
        Léa
        """)
    hs = head(addr("Léa Roussel", "lea@atelier-kaolin.fr"), "Suite de ta candidature chez Atelier Kaolin",
              "2026-10-14 18:22", PARIS, "mail-ej1-f48.google.com",
              "<CAH7w0tZ2pLk9v=Xn4qT0mRbE8cYs3dJf1wA6uHg@mail.gmail.com>")
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(26, family="rejection", lang="en", company="Harlow & Finch",
     note="Greenhouse rejection after the hiring-manager interview; no time")
def m26() -> bytes:
    body = t("""
        Hi Pauline,

        Thank you for taking the time to speak with Daniel and the team about the Operations
        Planning Manager, Ceramics Sourcing role. We enjoyed learning about your work in
        Limoges.

        After careful consideration, we have decided to move forward with another candidate
        whose experience is closer to our US distribution network. We know this isn't the news
        you were hoping for.

        We'd be glad to keep in touch about future openings in our European sourcing office.

        Best regards,
        Megan Ortiz
        Senior Recruiter, Harlow & Finch
        """)
    hs = head(addr("Megan Ortiz", "no-reply@us.greenhouse-mail.io"),
              "Your application to Harlow & Finch", "2026-11-20 13:17", NY, "mail.us.greenhouse-mail.io",
              "<5b0c2e81a47d.20261120181702@us.greenhouse-mail.io>",
              extra=(("Reply-To", addr("Megan Ortiz", "megan.ortiz@harlowfinch.com")),))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@neg(27, family="application_receipt", lang="fr", company="Groupe Aubier",
     note="SmartRecruiters acknowledgement of the application; no interview yet")
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center"><tr><td>
        <p>Bonjour Pauline,</p>
        <p>Nous vous remercions pour votre candidature au poste de <b>Responsable Planification &amp;
        Ordonnancement – Manufacture de Limoges</b>.</p>
        <p>Votre dossier a bien été transmis à notre équipe recrutement, qui l'étudiera avec attention.
        Si votre profil correspond à nos attentes, nous reviendrons vers vous dans les prochaines semaines.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre
        <a href="https://jobs.smartrecruiters.com/GroupeAubier/my-applications">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Talent Acquisition – Groupe Aubier</p>
        <p style="font-size:11px;color:#999">Ceci est un message automatique, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Groupe Aubier", "noreply@smartrecruiters.com"),
              "Merci pour votre candidature – Groupe Aubier", "2026-10-28 22:04", PARIS,
              "mail12.smartrecruiters.com", "<sr.9c41d07e2a.20261028210401@smartrecruiters.com>")
    return message(hs, html(page))


@neg(28, family="application_receipt", lang="fr", company="LCT Céramiques Techniques",
     note="Workday receipt for an application to a large group; no interview")
def m28() -> bytes:
    body = t("""
        Bonjour Pauline,

        Nous vous remercions de l'intérêt que vous portez à LCT Céramiques Techniques.

        Nous accusons bonne réception de votre candidature au poste suivant :
        R-0048812 Planificateur Production H/F – Limoges

        Nos équipes vont étudier votre candidature. Vous pouvez à tout moment consulter son statut
        depuis la page Mes candidatures de votre compte candidat.

        Cordialement,
        Le service Recrutement
        LCT Céramiques Techniques

        Merci de ne pas répondre à cet e-mail.
        """)
    hs = head(addr("LCT Recrutement", "lct@myworkday.com"),
              "Nous avons bien reçu votre candidature : Planificateur Production H/F – Limoges",
              "2026-09-08 21:47", PARIS, "mail1.myworkday.com",
              "<1896023871.441907.1788896820311@wd5-prod-mail.myworkday.com>")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@neg(29, family="application_receipt", lang="en", company="Harlow & Finch",
     note="Greenhouse 'thank you for applying'; no interview yet")
def m29() -> bytes:
    body = t("""
        Hi Pauline,

        Thanks for applying to Harlow & Finch! We've received your application for Operations
        Planning Manager, Ceramics Sourcing (Remote - Europe) and our team will review it shortly.

        If your background is a good match, a member of our recruiting team will reach out to
        discuss next steps. In the meantime, you can learn more about us at
        https://www.harlowfinch.com/careers.

        Best,
        The Harlow & Finch Recruiting Team

        **Please note: this inbox is not monitored.**
        """)
    hs = head(addr("Harlow & Finch", "no-reply@us.greenhouse-mail.io"),
              "Thank you for applying to Harlow & Finch", "2026-10-05 08:51", NY, "mail.us.greenhouse-mail.io",
              "<a7e0f213c9b4.20261005125102@us.greenhouse-mail.io>")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@neg(30, family="job_alert", lang="fr", company=None,
     note="Job-board alert (HTML only) listing offers; no time")
def m30() -> bytes:
    offers = [
        ("Planificateur ordonnanceur H/F", "Porcelaines Bellac", "Bellac (87)", "il y a 2 jours"),
        ("Responsable planification industrielle", "Grès du Centre", "Vierzon (18)", "il y a 3 jours"),
        ("Gestionnaire ADV / planning", "Faïence & Tradition", "Limoges (87)", "aujourd'hui"),
        ("Planificatrice production – CDI", "Tuilerie Vernay", "Brive (19)", "il y a 5 jours"),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://www.postulo.fr/offre/{i}'
        f'88213" style="font-weight:bold;color:#0b5394">{o[0]}</a><br>{o[1]} – {o[2]}<br>'
        f'<span style="color:#888;font-size:12px">Publiée {o[3]}</span></td></tr>'
        for i, o in enumerate(offers, 1))
    page = t(f"""
        <html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;font-size:18px">4 nouvelles offres pour votre alerte
        « planification production – Limoges + 80 km »</td></tr>
        {rows}
        <tr><td style="padding:16px;font-size:11px;color:#999">Vous recevez cet e-mail car vous avez créé une
        alerte sur Postulo. <a href="https://www.postulo.fr/alertes/desinscription?u=51f0">Se désinscrire</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("Postulo", "alertes@postulo.fr"), "4 nouvelles offres : planification production – Limoges",
              "2026-09-07 07:02", PARIS, "mta2.postulo.fr", "<alerte.51f0.20260907@postulo.fr>",
              extra=(("List-Unsubscribe", "<https://www.postulo.fr/alertes/desinscription?u=51f0>"),))
    return message(hs, html(page, cte="base64"))


@neg(31, family="job_alert", lang="fr", company=None,
     note="LinkedIn job alert in French; no time")
def m31() -> bytes:
    body = t("""
        Vos offres d'emploi correspondant à « planificateur production »

        Responsable Ordonnancement H/F
        Manufacture Beaulieu · Limoges, Nouvelle-Aquitaine, France
        Candidature simplifiée

        Supply Planner – Tableware (m/f/d)
        Kessler Tischkultur · Selb, Bayern, Deutschland (hybride)

        Planificateur·rice industriel·le
        Cristallerie Saint-Aulaire · Corrèze, France

        Voir toutes les offres : https://www.linkedin.com/comm/jobs/search/?keywords=planificateur

        Vous recevez les e-mails « Alertes emploi ».
        Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation
        """)
    hs = head(addr("Alertes emploi LinkedIn", "jobalerts-noreply@linkedin.com"),
              "« planificateur production » : 3 nouvelles offres", "2026-11-16 06:41", PARIS,
              "mailb-aa.linkedin.com", "<1140782655.8812044.1794807660118@ltx1-app2619.prod.linkedin.com>")
    return message(hs, text(body))


@neg(32, family="newsletter_tips", lang="fr", company=None,
     note="Job-site newsletter with interview tips; no confirmed time")
def m32() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;color:#222;background:#fffaf0">
        <table width="600" align="center"><tr><td>
        <h1 style="font-size:26px">Entretien d'embauche : 7 questions à préparer avant le jour J</h1>
        <p>« Parlez-moi d'un échec », « Où vous voyez-vous dans cinq ans ? »… Les recruteurs ont leurs
        classiques. Notre sélection, avec les réponses qui marchent (et celles à éviter).</p>
        <p><a href="https://www.welcometothejungle.com/fr/articles/questions-entretien">Lire l'article</a></p>
        <h2 style="font-size:20px">Aussi cette semaine</h2>
        <ul><li>Négocier son salaire dans l'industrie : le guide</li>
        <li>Reconversion : ils ont quitté Paris pour une PME en région</li></ul>
        <p style="font-size:11px;color:#888">Vous recevez cette newsletter car vous êtes inscrite sur Welcome to
        the Jungle. <a href="https://www.welcometothejungle.com/fr/unsubscribe">Se désinscrire</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Welcome to the Jungle", "newsletter@welcometothejungle.com"),
              "🗣️ 7 questions à préparer avant votre prochain entretien", "2026-10-10 08:00", PARIS,
              "mail.welcometothejungle.com", "<wttj.nl.20261010.7f33a1@welcometothejungle.com>",
              extra=(("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text("Entretien d'embauche : 7 questions à préparer avant le jour J\n\n"
                                "Lire l'article : https://www.welcometothejungle.com/fr/articles/questions-entretien\n"),
                           html(page)))


@neg(33, family="newsletter", lang="fr", company=None,
     note="Regional ceramics-cluster newsletter listing dated events (fair, open day); none is an interview",
     days=(("Thu", "2026-10-15"), ("Sat", "2026-10-17"), ("Tue", "2026-10-20")))
def m33() -> bytes:
    body = t("""
        LA LETTRE DU PÔLE KAOLIN LIMOUSIN – octobre 2026

        AGENDA
        * Salon des Arts du Feu, Limoges – du jeudi 15 au samedi 17 octobre, Parc des expositions.
          Stand collectif du pôle : hall B.
        * Matinale « Décarboner la cuisson » – mardi 20 octobre, 8h30-10h, CCI de Limoges.
          Inscription : https://www.pole-kaolin.fr/agenda/matinale-cuisson

        EMPLOI ET COMPÉTENCES
        La bourse d'emploi du pôle compte 23 offres ce mois-ci, dont 4 postes en planification et
        méthodes : https://www.pole-kaolin.fr/emplois

        ACTUALITÉ DES ADHÉRENTS
        Émaux Lacroix agrandit son atelier de la rue Raspail ; Porcelaines de la Vienne lance une
        collection en biscuit mat.

        Pour ne plus recevoir cette lettre : https://www.pole-kaolin.fr/desinscription
        """)
    hs = head(addr("Pôle Kaolin Limousin", "lettre@pole-kaolin.fr"),
              "La Lettre du Pôle – octobre 2026", "2026-10-01 12:30", PARIS, "smtp-relay.sendinblue.com",
              "<202610011030.41120357@smtp-relay.sendinblue.com>",
              extra=(("List-Unsubscribe", "<https://www.pole-kaolin.fr/desinscription>"),))
    return message(hs, text(body))


@neg(34, family="recruiter_outreach", lang="fr", company="Arcadie RH",
     note="Agency first approach with a Calendly booking link; nothing booked yet")
def m34() -> bytes:
    body = t("""
        Bonjour Pauline,

        Je suis consultante chez Arcadie RH, cabinet spécialisé dans les métiers de l'industrie en
        Nouvelle-Aquitaine. J'ai vu votre profil sur LinkedIn et votre expérience en planification
        d'atelier porcelaine a retenu mon attention.

        Je travaille actuellement sur deux postes qui pourraient vous intéresser (planificatrice de
        production et responsable ordonnancement), chez des clients que je ne peux pas encore
        nommer.

        Seriez-vous ouverte à un premier échange de 30 minutes ? Vous pouvez choisir le créneau qui
        vous convient ici : https://calendly.com/sophie-lemaire-arcadie/preselection

        Belle journée,

        Sophie Lemaire
        Consultante senior – Industrie & Supply Chain
        Arcadie RH · Limoges · 05 55 10 42 77
        """)
    hs = head(addr("Sophie Lemaire", "sophie.lemaire@arcadie-rh.fr"),
              "Opportunités planification – industrie arts de la table", "2026-09-25 11:47", PARIS,
              "smtp.arcadie-rh.fr", "<DB9P193MB14520C7F3A19E2D85A@DB9P193MB1452.EURP193.PROD.OUTLOOK.COM>")
    return message(hs, text(body))


@neg(35, family="recruiter_outreach", lang="en", company="Hohenfels Porzellan GmbH",
     note="LinkedIn InMail notification from the German recruiter; asks for a call, no time fixed")
def m35() -> bytes:
    body = t("""
        Jana Reuter sent you a new message

        Jana Reuter
        HR Business Partner at Hohenfels Porzellan GmbH

        "Hello Pauline, I came across your profile and your experience planning porcelain
        production in Limoges. We are hiring a Production Planner for our export collections in
        Selb (hybrid, with regular remote work possible). Would you be open to applying? I'm happy
        to answer any questions by message first."

        Reply: https://www.linkedin.com/messaging/thread/2-NjQ3MWUz/

        You are receiving InMail notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = head(addr("Jana Reuter via LinkedIn", "inmail-hit-reply@linkedin.com"),
              "Jana Reuter sent you a message: Production Planner – Hohenfels Porzellan", "2026-09-28 10:14",
              BERLIN, "mailb-ab.linkedin.com", "<1908114762.1102857.1790583240211@ltx1-app3304.prod.linkedin.com>")
    return message(hs, text(body, cte="8bit"))


@neg(36, family="proposal_unconfirmed", lang="fr", company="Manufacture Ravel",
     note="Assistant proposes three slots; nothing confirmed in this mail (confirmed later in the thread)",
     days=(("Wed", "2026-11-18"), ("Thu", "2026-11-19"), ("Fri", "2026-11-20")))
def m36() -> bytes:
    body = t("""
        Bonjour Madame Mazaud,

        Je fais suite à votre candidature au poste de planificatrice de production. M. Aubry,
        notre directeur de production, souhaiterait vous rencontrer.

        Pourriez-vous m'indiquer lequel de ces créneaux vous conviendrait :
        - mercredi 18 novembre à 14h
        - jeudi 19 novembre à 10h30
        - vendredi 20 novembre à 9h

        Dans l'attente de votre retour,
        Bien cordialement,

        Isabelle Pons
        Assistante RH – Manufacture Ravel
        """)
    hs = head(addr("Isabelle Pons", "isabelle.pons@manufacture-ravel.fr"),
              "Poste de planificatrice – proposition de créneaux", "2026-11-12 14:05", PARIS,
              "smtp.manufacture-ravel.fr", "<0021c01dc7a0e$7d20b6c0$776224f0$@manufacture-ravel.fr>",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, cte="8bit"))


@neg(37, family="proposal_unconfirmed", lang="fr", company="Atelier Kaolin",
     note="Founder (tu) offers two options for a first call; nothing confirmed yet",
     days=(("Fri", "2026-09-25"), ("Mon", "2026-09-28")))
def m37() -> bytes:
    body = t("""
        Hello Pauline,

        Merci pour ta candidature, ton parcours chez un porcelainier limougeaud nous parle
        beaucoup !

        Est-ce que tu serais dispo pour un premier appel vidéo de 45 min ? Je te propose vendredi 25
        septembre à 11h ou lundi 28 à 14h. Sinon dis-moi ce qui t'arrange, on s'adapte.

        À très vite,
        Léa

        --
        Léa Roussel · cofondatrice · Atelier Kaolin
        """)
    hs = head(addr("Léa Roussel", "lea@atelier-kaolin.fr"), "Atelier Kaolin – premier échange ?",
              "2026-09-17 19:06", PARIS, "mail-ej1-f48.google.com",
              "<CAH7w0tXq8R1mVb=2kLz7nF0pT4sWc9yD3eJ5hGa@mail.gmail.com>")
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(38, family="scheduling_link", lang="en", company="Harlow & Finch",
     note="GoodTime availability request: candidate picks times; nothing scheduled yet")
def m38() -> bytes:
    body = t("""
        Hi Pauline,

        Great news - the Harlow & Finch team would like to schedule a Recruiter Screen with you
        for the Operations Planning Manager, Ceramics Sourcing role.

        Please share your availability for a 45-minute video call over the next two weeks:
        https://harlowfinch.goodtime.io/availability/5d2e0a71c3

        Times will be shown in your local time zone. Once we receive your availability we will
        confirm a time with you.

        Harlow & Finch Talent Team
        Powered by GoodTime
        """)
    hs = head(addr("Harlow & Finch Talent Team", "no-reply@goodtime.io"),
              "Harlow & Finch: please share your availability", "2026-10-20 11:30", NY, "o1.ptr4417.goodtime.io",
              "<gt.20261020153000.0a5d71@goodtime.io>",
              extra=(("Reply-To", addr("Megan Ortiz", "megan.ortiz@harlowfinch.com")),))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@neg(39, family="scheduling_link", lang="fr", company="Limousin Céramique Industrie",
     note="Invitation to book a slot on a Microsoft Bookings page; nothing booked yet")
def m39() -> bytes:
    body = t("""
        Bonjour Madame Mazaud,

        Votre candidature au poste de Planificateur de production (H/F) a retenu notre attention.
        Nous vous invitons à réserver vous-même un créneau d'entretien de 45 minutes avec notre
        équipe, parmi les disponibilités proposées sur notre page de réservation :

        https://outlook.office365.com/owa/calendar/LCIRecrutement@limousinceramique.onmicrosoft.com/bookings/

        Les créneaux sont ouverts jusqu'au vendredi 16 octobre.

        Cordialement,
        Service Recrutement – Limousin Céramique Industrie
        """)
    hs = head(addr("LCI – Recrutement", "LCIRecrutement@limousinceramique.onmicrosoft.com"),
              "Votre candidature – réservez votre entretien", "2026-10-02 14:22", PARIS,
              "EUR05-AM6-obe.outbound.protection.outlook.com",
              "<AM9P194MB12887E0C41A2D93F06B5E1D8A1B04@AM9P194MB1288.EURP194.PROD.OUTLOOK.COM>")
    return message(hs, text(body))


@neg(40, family="auto_reply", lang="fr", company=None,
     note="Out-of-office auto-reply from the HR director; return date only",
     days=(("Mon", "2026-10-05"),))
def m40() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 5 octobre inclus, avec un accès limité à ma
        messagerie. Pour toute demande urgente, merci de contacter l'accueil au 05 55 56 12 00.

        Cordialement,
        Odile Faucher
        """)
    hs = head(addr("Odile Faucher", "odile.faucher@porcelaines-vienne.fr"),
              "Réponse automatique : Annulation de l'entretien du 1er octobre", "2026-09-29 08:03", PARIS,
              "smtp.porcelaines-vienne.fr", "<f0c8a2e1-5b7d-4a93-9e61-2d40b8c7a315@porcelaines-vienne.fr>",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAF8q2xK7zc@mail.gmail.com>")),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@neg(41, family="auto_reply", lang="en", company=None,
     note="Bilingual (German/English) out-of-office reply from the German recruiter; return date only",
     days=(("Mon", "2026-11-09"),))
def m41() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag, 9. November, nicht im
        Büro. In dringenden Fällen wenden Sie sich bitte an personal@hohenfels-porzellan.de.

        Thank you for your message. I am out of the office until Monday, 9 November. For urgent
        matters please contact personal@hohenfels-porzellan.de.

        Jana Reuter
        """)
    hs = head(addr("Reuter, Jana", "jana.reuter@hohenfels-porzellan.de"),
              "Automatische Antwort: Thank you – interview on 27 October", "2026-11-02 09:12", "Europe/Berlin",
              "mail02.hohenfels-porzellan.de", "<7d0e2b1c9f3a4e85b6a1c2d3e4f50617@EXCH01.hohenfels.local>",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))
    return message(hs, text(body))


@neg(42, family="bounce", lang="en", company=None,
     note="DSN: the candidate's thank-you note to a mistyped address bounced; the quoted note mentions "
          "today's interview, which is not a confirmation")
def m42() -> bytes:
    report = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <danel.brooks@harlowfinch.com>: host harlowfinch-com.mail.protection.outlook.com[52.101.40.12]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4Cq2Lh1sYFz9vQ
        Arrival-Date: Thu, 12 Nov 2026 19:31:02 +0000 (UTC)

        Final-Recipient: rfc822; danel.brooks@harlowfinch.com
        Original-Recipient: rfc822;danel.brooks@harlowfinch.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; harlowfinch-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
        """)
    orig = message([
        ("From", addr(ME_NAME, ME)), ("To", "danel.brooks@harlowfinch.com"),
        ("Subject", "Thank you - Supply Planning conversation"), ("Date", date("2026-11-12 20:31", PARIS)),
        ("Message-ID", "<CAF8q2xT9bn@mail.gmail.com>"),
    ], text(t("""
        Dear Daniel,

        Thank you for the conversation this afternoon (well, morning for you!). I really enjoyed
        discussing how to balance kiln capacity against decoration lead times, and I'd be glad
        to share the S&OP template I mentioned.

        Best regards,
        Pauline
        """), cte="7bit", charset="us-ascii"))
    hs = head("MAILER-DAEMON@mx1.example.com (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-11-12 20:31", PARIS, "mx1.example.com",
              "<20261112193103.5F2A31C0044@mx1.example.com>",
              extra=(("Auto-Submitted", "auto-replied"),))
    body = _multipart("report",
                      text(report, cte="7bit", charset="us-ascii", extra=(("Content-Description", "Notification"),)),
                      raw_part([("Content-Type", "message/delivery-status"),
                                ("Content-Description", "Delivery report")], status),
                      raw_part([("Content-Type", "message/rfc822"),
                                ("Content-Description", "Undelivered Message")], orig.decode("ascii")),
                      params="report-type=delivery-status")
    return message(hs, body)


@neg(43, family="offer", lang="fr", company="Maison Verhaegen",
     note="Belgian employer's job offer with a start date in January 2027; no interview",
     days=(("Mon", "2027-01-04"), ("Fri", "2026-12-11")))
def m43() -> bytes:
    body = t("""
        Chère Pauline,

        Suite à nos échanges et à votre rencontre avec Koen, nous avons le plaisir de vous proposer
        le poste de Planificatrice de production au sein de Maison Verhaegen.

        Vous trouverez en pièce jointe notre proposition détaillée : contrat à durée indéterminée,
        temps plein, rémunération annuelle brute de 48.000 EUR, chèques-repas et voiture de
        société. La date d'entrée en fonction envisagée est le lundi 4 janvier 2027.

        Nous vous saurions gré de nous faire part de votre réponse d'ici le vendredi 11 décembre.
        N'hésitez pas à m'appeler sur mon GSM si vous souhaitez en discuter.

        Bien à vous,
        Sarah Dewulf
        Talent & Culture – Maison Verhaegen
        +32 478 21 90 65
        """)
    pdf = base64.b64encode(b"%PDF-1.4\n% Proposition Maison Verhaegen - P. Mazaud\n%%EOF\n").decode("ascii")
    hs = head(addr("Sarah Dewulf", "sarah.dewulf@maisonverhaegen.be"),
              "Proposition d'engagement – Planificatrice de production", "2026-12-03 16:20", BXL,
              "mail-db8eur05.outbound.protection.outlook.com",
              "<AS8P189MB17430A2D5E6C71B94F@AS8P189MB1743.EURP189.PROD.OUTLOOK.COM>")
    attach = make.Part([("Content-Type", 'application/pdf; name="Proposition_Mazaud.pdf"'),
                        ("Content-Disposition", 'attachment; filename="Proposition_Mazaud.pdf"'),
                        ("Content-Transfer-Encoding", "base64")], (pdf + "\r\n").encode("ascii"))
    return message(hs, mixed(text(body), attach))


@neg(44, family="personal_appointment", lang="fr", company=None,
     note="Online-booking confirmation of a dentist appointment (fixed time, not an interview)",
     days=(("Tue", "2026-10-13"),))
def m44() -> bytes:
    body = t("""
        Votre rendez-vous est confirmé

        Mardi 13 octobre 2026 à 17:15
        Dr Anne Vergnaud – Chirurgien-dentiste
        18 boulevard Gambetta, 87000 Limoges

        Motif : Détartrage

        Pensez à apporter votre carte Vitale.
        En cas d'empêchement, merci d'annuler au moins 48 h à l'avance depuis votre compte.

        Doctolib
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Doctolib", "no-reply@doctolib.fr"), "Votre rendez-vous du mardi 13 octobre est confirmé",
              "2026-10-06 13:48", PARIS, "mail-out.doctolib.fr", "<7b1e0c2a.20261006114812@doctolib.fr>")
    return message(hs, alt(text(body), html(page)))


@neg(45, family="public_employment_service", lang="fr", company=None,
     note="France Travail appointment with the job-seeker's adviser ('entretien de suivi'); fixed time, "
          "but not a job interview",
     days=(("Thu", "2026-09-24"),))
def m45() -> bytes:
    body = t("""
        Madame MAZAUD Pauline,

        Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Karine Peyrat,

        le jeudi 24 septembre 2026 à 10h30
        Agence France Travail Limoges Nord
        12 rue de la Fonderie, 87000 Limoges

        Merci de vous munir de votre curriculum vitae à jour et de la liste de vos démarches.
        Si vous ne pouvez pas vous présenter, prévenez votre conseillère via votre espace personnel.

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
              "Votre rendez-vous du jeudi 24 septembre 2026", "2026-09-16 10:02", PARIS,
              "smtp-out.francetravail.fr", "<RDV.2026091608021.87N0441@francetravail.fr>")
    return message(hs, text(body, charset="iso-8859-1"))


@neg(46, family="travel_ticket", lang="fr", company=None,
     note="Train e-ticket for the trip to the Paris interview (times are departures, not an interview)",
     days=(("Thu", "2026-10-08"),))
def m46() -> bytes:
    body = t("""
        Bonjour Pauline,

        Votre réservation est confirmée. Référence dossier : QXH7LM

        ALLER – jeudi 8 octobre 2026
        06:51 Limoges-Bénédictins → 10:09 Paris-Austerlitz · Intercités 3602 · voiture 14, place 57

        RETOUR – jeudi 8 octobre 2026
        17:32 Paris-Austerlitz → 20:47 Limoges-Bénédictins · Intercités 3615 · voiture 12, place 23

        Total payé : 68,00 EUR

        Votre e-billet est disponible dans l'application Voyago.
        Bon voyage !
        """)
    hs = head(addr("Voyago", "confirmation@voyago.fr"), "Votre e-billet Limoges → Paris du 8 octobre",
              "2026-10-02 21:15", PARIS, "mail.voyago.fr", "<conf.QXH7LM.20261002@voyago.fr>")
    return message(hs, alt(text(body, cte="base64"), html(make.gmail_html(body), cte="base64")))


@neg(47, family="personal_appointment", lang="fr", company=None,
     note="Garage confirms a car service ('entretien du véhicule'); fixed time, not a job interview",
     days=(("Sat", "2026-10-17"),))
def m47() -> bytes:
    body = t("""
        Bonjour Mme Mazaud,

        Nous vous confirmons votre rendez-vous pour l'entretien de votre véhicule
        (Peugeot 208 - GF-418-KT) :

        samedi 17 octobre 2026 à 9h00
        Garage Dumas, 61 avenue Baudin, Limoges

        Prestations : révision 60 000 km + remplacement plaquettes avant.
        Durée estimée : 2 heures. Un véhicule de courtoisie n'est pas disponible ce jour-là.

        Cordialement,
        L'atelier - Garage Dumas
        05 55 77 31 09
        """)
    hs = head(addr("Garage Dumas", "atelier@garage-dumas87.fr"), "Confirmation RDV entretien véhicule",
              "2026-10-12 16:40", PARIS, "smtp.orange-business.fr", "<20261012144011.7A1C@garage-dumas87.fr>")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@neg(48, family="non_interview_calendar", lang="fr", company=None,
     note="Google Calendar invitation from a friend to a ceramics club's general meeting",
     days=(("Sat", "2026-11-21"),))
def m48() -> bytes:
    body = t(f"""
        AG du club Terre & Feu
        samedi 21 nov. 2026 ⋅ 14:00 – 17:00
        Heure normale d'Europe centrale - Paris

        Salle des fêtes de Panazol

        Ordre du jour : bilan de l'année, achat du nouveau four, élection du bureau. Galette offerte !

        Invités
        Martine Cluzeau - organisateur
        {ME}

        Invitation de Google Agenda
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261121T130000Z
        DTEND:20261121T160000Z
        DTSTAMP:20261109T184100Z
        ORGANIZER;CN=Martine Cluzeau:mailto:martine.cluzeau@example.net
        UID:6p2l0mjq9ndh4c1b8e7f3ku5ta@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
        SUMMARY:AG du club Terre & Feu
        LOCATION:Salle des fêtes de Panazol
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Martine Cluzeau", "martine.cluzeau@example.net"),
              "Invitation: AG du club Terre & Feu @ sam. 21 nov. 2026 14:00 - 17:00 (UTC+1) "
              "(pauline.mazaud@example.com)", "2026-11-09 19:41", PARIS, "mail-sor-f69.google.com",
              "<calendar-5c0d9e12-7a4b-4f63-b1e8-93a2c6d7f041@google.com>",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@neg(49, family="assessment_deadline", lang="fr", company="Limousin Céramique Industrie",
     note="Assessment platform asks to complete a questionnaire before a deadline; no interview time",
     days=(("Sun", "2026-10-11"),))
def m49() -> bytes:
    body = t("""
        Bonjour Pauline,

        Dans le cadre de votre candidature chez Limousin Céramique Industrie, nous vous invitons à
        compléter le questionnaire de personnalité professionnelle et le test de raisonnement
        logique (environ 35 minutes au total).

        Date limite : dimanche 11 octobre 2026 à 23h59

        Commencer : https://app.evalio.fr/c/lci/7Tq2Wm9

        Conseil : installez-vous au calme, sur ordinateur, et vérifiez votre connexion.

        L'équipe Evalio, pour le compte de Limousin Céramique Industrie
        """)
    hs = head(addr("Evalio pour LCI", "invitation@evalio.fr"),
              "Votre questionnaire à compléter avant le 11 octobre", "2026-10-07 09:00", PARIS,
              "mail.evalio.fr", "<inv.7Tq2Wm9.20261007@evalio.fr>")
    return message(hs, text(body))


@neg(50, family="post_interview_followup", lang="en", company="Hohenfels Porzellan GmbH",
     note="Recruiter thanks after the 27 October interview and gives a decision window; no new time",
     days=(("Tue", "2026-10-27"),))
def m50() -> bytes:
    body = t("""
        Dear Pauline,

        Thank you again for your time on Tuesday and for your flexibility with the new date.
        Matthias was very impressed by your presentation on batch sequencing for the decoration
        kilns.

        We are meeting two more candidates next week and expect to come back to you with a
        decision by mid-November. Please don't hesitate to write if you have any questions in the
        meantime.

        Best regards
        Jana Reuter
        HR Business Partner
        Hohenfels Porzellan GmbH
        """)
    hs = head(addr("Reuter, Jana", "jana.reuter@hohenfels-porzellan.de"),
              "Thank you – your interview with Hohenfels Porzellan", "2026-10-29 15:48", BERLIN,
              "mail02.hohenfels-porzellan.de", "<c3e81f20a6b94d27b0e5d1f4a9c26e38@EXCH01.hohenfels.local>",
              extra=(("Content-Language", "en-GB"),))
    return message(hs, text(body))
