# ruff: noqa: E501
"""blind13: 50 hand-written mails, the inbox of Camille Lefèvre, a UX researcher in Paris.

Written blind (without reading the detector, its tests or fixtures, or any other held-out set's
mails). Keys 1-50 are the writing order (23 positives first, then 27 negatives); the file number is
a fixed shuffle of the key. Build with ``python3 bench/heldout/make_blind.py blind13``.
"""

from __future__ import annotations

import base64
import html as _html
import random
import re

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
    mail,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind13"
ORDER = random.Random(13013).sample(range(1, 51), 50)

ME = "camille.lefevre@example.org"
ME_NAME = "Camille Lefèvre"
WORK = "camille.lefevre@octant-mobilites.fr"
PARIS = "Europe/Paris"
UTC_ = "UTC"

make.WINDOWS_ZONES.setdefault("Romance Standard Time", "Europe/Paris")

ROMANCE = VTZ["W. Europe Standard Time"].replace("TZID:W. Europe Standard Time", "TZID:Romance Standard Time")
LUXEMBOURG = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Luxembourg")


def nm(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def me(charset: str = "utf-8") -> str:
    return addr(ME_NAME, ME, charset)


def head(frm: str, to: str, subject: str, when: str, zone: str, mid: str, *, cs: str = "utf-8",
         rcv: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         delivered: str = ME) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", delivered)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], delivered)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, cs)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def to_html(body: str, lang: str = "fr", charset: str = "utf-8",
            style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2328") -> str:
    """A plain HTML twin: one <p> per paragraph, links made clickable."""
    out = []
    for para in body.strip("\n").split("\n\n"):
        lines = [_html.escape(x, quote=False) for x in para.split("\n")]
        lines = [re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', x) for x in lines]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta http-equiv="Content-Type" '
            f'content="text/html; charset={charset}"></head>\n<body style="{style}">\n'
            + "\n".join(out) + "\n</body>\n</html>\n")


def pdf(filename: str, title: str) -> make.Part:
    raw = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
           b"% " + title.encode("ascii", "replace") + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    return make.Part([("Content-Type", f'application/pdf; name="{filename}"'),
                      ("Content-Disposition", f'attachment; filename="{filename}"'),
                      ("Content-Transfer-Encoding", "base64")], body)


def gcal_parts(plain: str, ics: str, method: str = "REQUEST") -> make.Part:
    """Google Calendar's shape: mixed(alternative(plain, html, calendar), invite.ics)."""
    return mixed(
        alt(text(plain), html(to_html(plain, style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043")),
            calendar(ics, method=method, cte="8bit")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                 disposition="attachment", cte="base64", name_param=True),
    )


TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{ten}%22%7d>
ID de la réunion : {mid}
Code secret : {code}
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def outlook_headers(index: str, topic: str) -> tuple[tuple[str, str], ...]:
    return (("Thread-Topic", enc(topic)), ("Thread-Index", index), ("Accept-Language", "fr-FR, en-US"),
            ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))


# =========================================================================== positives


@mail(nm(1), family="welcome_to_the_jungle", lang="fr", interview=True, kind="scheduled",
      start="2026-01-20T09:30:00Z", end="2026-01-20T10:15:00Z", contact="sarah.benali@atelier-borely.fr",
      company="Atelier Borély", local="Tue 2026-01-20 10:30", local_end="2026-01-20 11:15", zone=PARIS,
      note="Welcome to the Jungle (Welcomekit) interview confirmation from a no-reply address; 'mardi 20 janvier 2026, 10:30 – 11:15 (heure de Paris)', January so CET = UTC+1; range stated -> end; contact = human Reply-To (the recruiter).")
def p_wttj():
    body = t("""
        Bonjour Camille,

        Sarah Benali, d'Atelier Borély, a planifié un entretien avec vous pour le poste
        UX Researcher (CDI – Paris 10e).

        📅 Mardi 20 janvier 2026
        🕥 10:30 – 11:15 (heure de Paris)
        📍 Atelier Borély – 14 rue des Petites-Écuries, 75010 Paris
        👥 Avec Sarah Benali (Talent Acquisition) et Romain Chassaing (Lead Product Designer)

        Le mot de Sarah :
        « Bonjour Camille, ravie de vous rencontrer ! Nous vous proposerons de présenter en
        10 minutes une étude dont vous êtes particulièrement fière, sans support obligatoire.
        L'interphone est au nom de Borély, 2e étage. À mardi ! »

        Ajouter à mon agenda : https://www.welcometothejungle.com/fr/me/applications/8f3c1e2a/calendar.ics

        Pour toute question, répondez simplement à cet e-mail : votre message sera transmis à Sarah.

        Bonne préparation,
        L'équipe Welcome to the Jungle

        Vous recevez cet e-mail car vous avez postulé via Welcome to the Jungle.
        Gérer mes notifications : https://www.welcometothejungle.com/fr/me/settings/notifications
        """)
    hs = head(addr("Atelier Borély via Welcome to the Jungle", "no-reply@welcometothejungle.com"), me(),
              "Votre entretien avec Atelier Borély est confirmé", "2026-01-13 16:21", PARIS,
              "<0102019bb8d47e21-6f1c2e44-91d2-4c1a-a7b0-3c2e8e5d9f10-000000@eu-west-1.amazonses.com>",
              rcv=("from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com [54.240.7.12])", "mx.example.org with ESMTPS id 4dKq1h0Zr2z9"),
              extra=(("Reply-To", addr("Sarah Benali", "sarah.benali@atelier-borely.fr")),
                     ("X-Mailer", "Welcomekit"),))
    return message(hs, alt(text(body), html(to_html(body))))


@mail(nm(2), family="taleez", lang="fr", interview=True, kind="scheduled",
      start="2026-03-16T08:30:00Z", end="2026-03-16T09:30:00Z", contact="gaelle.morvan@groupe-oceane.fr",
      company="Groupe Océane", local="Mon 2026-03-16 09:30", local_end="2026-03-16 10:30", zone=PARIS,
      note="Taleez confirmation from a no-reply address, Teams visio 'lundi 16 mars 2026, 09h30 – 10h30'; before the 29 March change so CET = UTC+1; contact = the recruiter's address written in the body (no Reply-To).")
def p_taleez():
    body = t("""
        Bonjour Camille Lefèvre,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste « UX Researcher H/F »
        (CDI – Nantes, télétravail partiel).

        Date : lundi 16 mars 2026
        Horaire : 09h30 – 10h30
        Format : visioconférence (Microsoft Teams)
        Lien de connexion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZjUxOWUtYzQ0%40thread.v2/0
        Vos interlocutrices : Gaëlle Morvan, chargée de recrutement, et Anne-Sophie Le Goff,
        responsable Design & Recherche utilisateur

        En cas d'empêchement, merci de prévenir Gaëlle Morvan au plus tôt par e-mail
        (gaelle.morvan@groupe-oceane.fr) ou au 02 40 00 18 52.

        Nous vous souhaitons une bonne préparation.

        L'équipe Recrutement
        Groupe Océane

        ---
        Ce message vous a été envoyé via Taleez. Merci de ne pas y répondre directement.
        """)
    hs = head(addr("Groupe Océane", "noreply@taleez.com"), me(),
              "Groupe Océane – Confirmation de votre entretien", "2026-03-10 11:02", PARIS,
              "<20260310100214.1a7f3c9e0b2d@taleez.com>",
              rcv=("from mail.taleez.com (mail.taleez.com [51.91.22.140])", "mx.example.org with ESMTPS id 4fR2kL1mQ8z3"))
    return message(hs, alt(text(body), html(to_html(body, style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2d42"))))


@mail(nm(3), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-04-01T13:00:00Z", end="2026-04-01T14:00:00Z", contact="thomas.roux@kelvin-sante.fr",
      company="Kelvin Santé", local="Wed 2026-04-01 15:00", local_end="2026-04-01 16:00", zone=PARIS,
      note="Google Calendar invitation in the French UI, sent 25 March (CET) for 1 April after the 29 March change: 15:00–16:00 CEST = 13:00–14:00Z; ICS Europe/Paris agrees; contact = organizer (Reply-To).")
def p_gcal_kelvin():
    plain = t("""
        Vous avez été invité à l'événement suivant.

        Entretien UX Researcher – Camille Lefèvre
        Échange avec Thomas Roux (Head of Product Design) et Anaïs Girard (UX Lead).
        30 min sur votre parcours, puis 30 min de mise en situation sur un de nos parcours patients.

        Quand
        mercredi 1 avr. 2026 ⋅ 15:00 – 16:00 (heure d’été d’Europe centrale - Paris)

        Participer avec Google Meet
        https://meet.google.com/kvs-qpne-tah

        Calendrier
        camille.lefevre@example.org

        Invités
        Thomas Roux - organisateur
        anais.girard@kelvin-sante.fr
        camille.lefevre@example.org

        Afficher tous les détails de l'invité https://calendar.google.com/calendar/event?action=VIEW&eid=NWtxYzNhMjE4dmV0

        Répondre pour camille.lefevre@example.org
        Oui
        Non
        Peut-être
        Plus d'options https://calendar.google.com/calendar/event?action=VIEW&eid=NWtxYzNhMjE4dmV0

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir les
        mises à jour de cet événement, refusez-le.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260401T150000
        DTEND;TZID=Europe/Paris:20260401T160000
        DTSTAMP:20260325T131240Z
        ORGANIZER;CN=Thomas Roux:mailto:thomas.roux@kelvin-sante.fr
        UID:5kqc3a218vetb7m0a1e9n4d2jh@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas Roux;X-NUM-GUESTS=0:mailto:thomas.roux@kelvin-sante.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anais.girard@kelvin-sante.fr;X-NUM-GUESTS=0:mailto:anais.girard@kelvin-sante.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.lefevre@example.org;X-NUM-GUESTS=0:mailto:camille.lefevre@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/kvs-qpne-tah
        CREATED:20260325T130958Z
        DESCRIPTION:Échange avec Thomas Roux (Head of Product Design) et Anaïs Girard (UX Lead).\\n30 min sur votre parcours\\, puis 30 min de mise en situation sur un de nos parcours patients.
        LAST-MODIFIED:20260325T131240Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien UX Researcher – Camille Lefèvre
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Thomas Roux", "thomas.roux@kelvin-sante.fr"), me(),
              "Invitation: Entretien UX Researcher – Camille Lefèvre @ mer. 1 avr. 2026 15:00 - 16:00 (CEST) (camille.lefevre@example.org)",
              "2026-03-25 13:12", UTC_, "<calendar-6b1f0e3a-2c4d-4f7e-9a1b-7d3e5c2f8a90@google.com>",
              rcv=("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", "mx.example.org with ESMTPS id 4fX9pT0kHnz7"),
              extra=(("Reply-To", addr("Thomas Roux", "thomas.roux@kelvin-sante.fr")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com"))))
    return message(hs, gcal_parts(plain, ics))


@mail(nm(4), family="exchange", lang="fr", interview=True, kind="scheduled",
      start="2026-01-27T13:00:00Z", end="2026-01-27T14:00:00Z", contact="sophie.vandenberghe@brabant-mobility.be",
      company="Brabant Mobility", local="Tue 2026-01-27 14:00", local_end="2026-01-27 15:00", zone="Europe/Brussels",
      note="Outlook/Exchange meeting request in French from a Brussels recruiter: 'mardi 27 janvier 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', ICS TZID 'Romance Standard Time'; winter so UTC+1; 'mardi prochain' in the note agrees; contact = sender/organizer.")
def p_exchange_brabant():
    teams = TEAMS_FR.format(tid="MmE3ZDQ1YjEtOGY2Zi00", ten="6c1e7b3a-2d44-4f0e-9b1a-0f3e2d1c5b77",
                            mid="384 117 920 554", code="q7BxT2")
    plain = t("""
        Bonjour Camille,

        Comme convenu par téléphone, voici l'invitation pour notre entretien de mardi prochain,
        avec Pieter Claes (Product Director) et moi-même. Nous commencerons par une présentation
        de l'équipe Produit, puis nous aimerions parler de votre expérience en recherche
        quantitative et qualitative.

        À mardi,
        Sophie

        Sophie Vandenberghe
        Talent Acquisition Specialist
        Brabant Mobility SA – Rue de la Loi 81, 1040 Bruxelles
        +32 2 555 48 10

        """) + teams
    when_line = "Quand : mardi 27 janvier 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\nOù : Réunion Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    plain = when_line + plain
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sophie Vandenberghe:mailto:sophie.vandenberghe@brabant-mobility.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Lefèvre:mailto:camille.lefevre@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pieter Claes:mailto:pieter.claes@brabant-mobility.be
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\\,\\n\\nComme convenu par téléphone\\, voici l'invitation pour notre entretien de mardi prochain.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0D3F1C2E78ADC01000000000000000010000000B3E1B2D0F46C2A4F9D7E21C5A6B0E4F2
        SUMMARY;LANGUAGE=fr-FR:Entretien – Camille Lefèvre (UX Researcher)
        DTSTART;TZID=Romance Standard Time:20260127T140000
        DTEND;TZID=Romance Standard Time:20260127T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260121T090512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2120864315
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Réunion Microsoft Teams"\\,"LocationAnnotation":""\\,"LocationUri":""\\,"LocationStreet":""\\,"LocationCity":""\\,"LocationState":""\\,"LocationCountry":""\\,"LocationPostalCode":""\\,"LocationFullAddress":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sophie Vandenberghe", "sophie.vandenberghe@brabant-mobility.be"), me(),
              "Entretien – Camille Lefèvre (UX Researcher)", "2026-01-21 10:05", "Europe/Brussels",
              "<AM9P193MB14563C0E2B7A4F1D8E9C0B1A2D3E4F5A@AM9P193MB1456.EURP193.PROD.OUTLOOK.COM>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])", "mx.example.org with ESMTPS id 4dQ7vB2sLcz1"),
              extra=outlook_headers("AdyKoPx3Nq1rT9c0S+y6m1Jc2v0h8w==", "Entretien – Camille Lefèvre (UX Researcher)"))
    return message(hs, alt(text(plain), html(to_html(plain, style="font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(nm(5), family="calendly", lang="fr", interview=True, kind="scheduled",
      start="2026-03-10T14:00:00Z", end="2026-03-10T14:30:00Z", contact="julie.gagnon@borealislabs.ca",
      company="Boréalis Labs", local="Tue 2026-03-10 15:00", local_end="2026-03-10 15:30", zone=PARIS,
      note="Calendly invitee confirmation (French UI) for a Montréal company: 15:00–15:30 'Heure normale d’Europe centrale' = 14:00–14:30Z; the host's description says 10 h in Montréal, which is EDT (UTC-4) since 8 March and agrees; ICS in UTC; contact = host (Reply-To / ORGANIZER).")
def p_calendly_borealis():
    body = t("""
        Bonjour Camille Lefèvre,

        Votre événement Premier échange – Boréalis Labs avec Julie Gagnon à 15:00 le mardi
        10 mars 2026 (Heure normale d’Europe centrale) est programmé.

        Type d'événement :
        Premier échange – Boréalis Labs

        Date/heure de l'événement :
        15:00 - 15:30, mardi 10 mars 2026 (Heure normale d’Europe centrale)

        Lieu :
        Cet événement est une réunion Google Meet.
        https://meet.google.com/bzr-hmwx-ofa

        Description :
        Un premier appel de 30 minutes pour faire connaissance, te présenter l'équipe et le poste
        de chercheuse UX. Petit rappel : de mon côté, à Montréal, il sera 10 h du matin, donc café
        en main! - Julie

        Invité(e)s :
        Julie Gagnon

        Besoin de modifier l'événement ?
        Reprogrammer : https://calendly.com/reschedulings/7f2d9c4e-31ab-4b0e-8e55-2a6c1f0d9b13
        Annuler : https://calendly.com/cancellations/7f2d9c4e-31ab-4b0e-8e55-2a6c1f0d9b13

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7f2d9c4e-31ab-4b0e-8e55-2a6c1f0d9b13@calendly.com
        DTSTAMP:20260304T154118Z
        DTSTART:20260310T140000Z
        DTEND:20260310T143000Z
        SUMMARY:Premier échange – Boréalis Labs (Julie Gagnon et Camille Lefèvre)
        LOCATION:https://meet.google.com/bzr-hmwx-ofa
        ORGANIZER;CN=Julie Gagnon:mailto:julie.gagnon@borealislabs.ca
        ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.lefevre@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"), me(),
              "Confirmé : Premier échange – Boréalis Labs avec Julie Gagnon le mardi 10 mars 2026",
              "2026-03-04 15:41", UTC_, "<01000196e3b5c0d2-4a8f1b2e-6c7d-4e9f-a0b1-c2d3e4f5a6b7-000000@email.amazonses.com>",
              extra=(("Reply-To", addr("Julie Gagnon", "julie.gagnon@borealislabs.ca")),))
    return message(hs, mixed(alt(text(body), html(to_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(nm(6), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-06-11T09:00:00Z", end="2026-06-11T09:45:00Z", contact=None,
      company="Lémanis Assurances", local="Thu 2026-06-11 11:00", local_end="2026-06-11 11:45", zone="Europe/Zurich",
      note="Microsoft Bookings confirmation (French) from a Geneva company's booking mailbox; the body labels the time '(UTC+01:00) Amsterdam, Berlin, Berne…' although June is CEST (UTC+2): 11:00–11:45 Geneva = 09:00–09:45Z, which the ICS ('W. Europe Standard Time') confirms; only a staff name, no personal address -> contact null.")
def p_bookings_lemanis():
    body = t("""
        Bonjour Camille Lefèvre,

        Votre rendez-vous est confirmé.

        Lémanis Assurances – Recrutement
        Entretien de recrutement – UX Researcher (80-100 %)

        jeudi 11 juin 2026 11:00 - 11:45
        (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne

        Membre du personnel : Nathalie Rochat

        Adresse : Lémanis Assurances, Route de Frontenex 41, 1207 Genève – réception au rez-de-chaussée

        Informations complémentaires :
        Merci de vous munir d'une pièce d'identité et de vous présenter à la réception dix minutes
        avant l'heure du rendez-vous.

        Ajouter à votre calendrier
        Gérer la réservation : https://outlook.office365.com/owa/calendar/RecrutementLemanis@lemanis.ch/bookings/s/Xk3pQ0b9Tn2wV7rA/manage

        Ce message a été envoyé par Microsoft Bookings. Merci de ne pas y répondre.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lémanis Assurances – Recrutement:mailto:RecrutementLemanis@lemanis.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Camille Lefèvre:mailto:camille.lefevre@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement – UX Researcher (80-100 %)\\nMembre du personnel : Nathalie Rochat\\n
        UID:040000008200E00074C5B7101A82E008000000004E6B1C7A0F3EDC01000000000000000010000000C2A9F18D3B7E5F4A8C1D0E2F3A4B5C6D
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – UX Researcher (80-100 %)
        DTSTART;TZID=W. Europe Standard Time:20260611T110000
        DTEND;TZID=W. Europe Standard Time:20260611T114500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260602T071903Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Route de Frontenex 41\\, 1207 Genève
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lémanis Assurances – Recrutement", "RecrutementLemanis@lemanis.ch"), me(),
              "Rendez-vous confirmé : Entretien de recrutement – UX Researcher (80-100 %)",
              "2026-06-02 07:19", UTC_, "<ZR0P278MB0921B6C4D1E2F3A4B5C6D7E8F9A0B1C2@ZR0P278MB0921.CHEP278.PROD.OUTLOOK.COM>",
              extra=(("Content-Language", "fr-FR"), ("X-MS-Exchange-Organization-AuthAs", "Internal")))
    return message(hs, mixed(alt(text(body), html(to_html(body, style="font-family:'Segoe UI',sans-serif;font-size:14px"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="Rendez-vous.ics", disposition="attachment", name_param=True)))


@mail(nm(7), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-04-23T13:00:00Z", end="2026-04-23T13:45:00Z", contact="ciara.nolan@liffeyanalytics.ie",
      company="Liffey Analytics", local="Thu 2026-04-23 14:00", local_end="2026-04-23 14:45", zone="Europe/Dublin",
      note="Teamtailor booking confirmation from a Dublin company: 'Thursday 23 April 2026, 14:00 – 14:45 (Irish time, GMT+1)' = 13:00–13:45Z, also restated as 15:00–15:45 in Paris; contact = Reply-To (the talent partner).")
def p_teamtailor_liffey():
    body = t("""
        Hi Camille,

        Thanks for picking a time – your interview for Senior UX Researcher at Liffey Analytics is
        booked.

        When: Thursday 23 April 2026, 14:00 – 14:45 (Irish time, GMT+1)
        That's 15:00 – 15:45 for you in Paris.
        Where: Microsoft Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1ZTdhMGQtMzE2%40thread.v2/0
        Who: Ciara Nolan (Talent Partner) and Declan Moran (Research Manager)

        It's a conversational first interview – no preparation needed beyond having a think about
        a piece of research you're proud of.

        If anything changes, just reply to this email and it will reach Ciara.

        Kind regards,
        Liffey Analytics

        Sent with Teamtailor · Privacy policy: https://liffeyanalytics.teamtailor.com/privacy
        """)
    hs = head(addr("Liffey Analytics", "no-reply@teamtailor-mail.com"), me(),
              "Your interview with Liffey Analytics is booked", "2026-04-17 10:48", "Europe/Dublin",
              "<6628a1f0c4b2e_3a1f2b7c9d41@teamtailor-mail.com>",
              rcv=("from o12.teamtailor-mail.com (o12.teamtailor-mail.com [167.89.101.12])", "mx.example.org with ESMTPS id 4gB3nW9xYtz2"),
              extra=(("Reply-To", addr("Ciara Nolan", "ciara.nolan@liffeyanalytics.ie")),))
    return message(hs, alt(text(body), html(to_html(body, lang="en"))))


@mail(nm(8), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-05-12T09:00:00Z", end="2026-05-12T10:00:00Z", contact="lena.hartmann@kranich-mobility.de",
      company="Kranich Mobility GmbH", local="Tue 2026-05-12 11:00", local_end="2026-05-12 12:00", zone="Europe/Berlin",
      note="Personio invitation, HTML only (quoted-printable), German, Sie-form: 'Dienstag, 12. Mai 2026, 11:00–12:00 Uhr (MESZ)' = 09:00–10:00Z; contact = human Reply-To.")
def p_personio_kranich():
    body = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <tr><td>
        <p>Guten Tag Frau Lefèvre,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>UX Researcher (m/w/d)</b> und Ihr Interesse an Kranich Mobility.
        Wir freuen uns, Sie zu einem ersten Gespräch per Video einzuladen:</p>
        <table role="presentation" cellpadding="4" cellspacing="0" style="font-size:15px">
        <tr><td><b>Termin</b></td><td>Dienstag, 12. Mai 2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>11:00&nbsp;–&nbsp;12:00 Uhr (MESZ, Berliner Zeit)</td></tr>
        <tr><td><b>Ort</b></td><td>Google Meet: <a href="https://meet.google.com/hkr-wzup-maz">meet.google.com/hkr-wzup-maz</a></td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Lena Hartmann (People &amp; Culture), Dr. Felix Brandauer (Head of UX)</td></tr>
        </table>
        <p>Den Termin haben wir für Sie reserviert. Sollten Sie verhindert sein, antworten Sie bitte
        einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Mit freundlichen Grüßen<br>Lena Hartmann<br>People &amp; Culture · Kranich Mobility GmbH<br>
        Schlesische Straße 28, 10997 Berlin</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet. Informationen zum Datenschutz finden Sie
        <a href="https://kranich-mobility.jobs.personio.de/privacy-policy">hier</a>.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Kranich Mobility GmbH", "no-reply@personio.de"), me(),
              "Einladung zum Vorstellungsgespräch – UX Researcher (m/w/d)", "2026-05-05 10:14", "Europe/Berlin",
              "<d41e9b7a52c8f0e3a16b@mail.personio.de>",
              rcv=("from mail.personio.de (mail.personio.de [185.12.176.44])", "mx.example.org with ESMTPS id 4hM0cR5wPkz6"),
              extra=(("Reply-To", addr("Lena Hartmann", "lena.hartmann@kranich-mobility.de")),))
    return message(hs, html(body))


@mail(nm(9), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-06-03T14:30:00Z", end=None, contact="marta.quintana@alboradadigital.es",
      company="Alborada Digital", local="Wed 2026-06-03 16:30", zone="Europe/Madrid",
      note="Spanish recruiter prose, iso-8859-15 8bit: 'el miércoles 3 de junio a las 16:30, hora de Madrid' (CEST) = 14:30Z; 'una hora aproximadamente' -> end null; contact = sender.")
def p_spanish_alborada():
    body = t("""
        Hola Camille:

        ¡Genial! Te confirmo la entrevista con Íñigo Arrieta (Head of Product) y conmigo el
        miércoles 3 de junio a las 16:30, hora de Madrid (la misma que en París, así que sin líos).

        Será por Google Meet: https://meet.google.com/ayd-rqtc-nve

        Durará una hora aproximadamente: primero te contamos el proyecto de la nueva app de
        reservas y después nos encantaría que nos explicaras cómo planteaste el estudio de
        diario del que hablamos por teléfono.

        Si te surge cualquier cosa, escríbeme por aquí o llámame al +34 611 48 22 90.

        Un saludo,

        Marta Quintana
        Talent Acquisition · Alborada Digital
        Calle de Fuencarral 121, 28010 Madrid
        """)
    hs = head(addr("Marta Quintana", "marta.quintana@alboradadigital.es", "iso-8859-15"), me("iso-8859-15"),
              "Entrevista UX Research - confirmación miércoles 3/6", "2026-05-28 18:40", "Europe/Madrid",
              "<CAJq7w2Fm0nXr4pB1tYh8s3dK9vLcE6uGzA5oN2iWqQ@mail.gmail.com>", cs="iso-8859-15",
              rcv=("from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])", "mx.example.org with ESMTPS id 4jT6fD8rQwz4"))
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@mail(nm(10), family="human_prose", lang="it", interview=True, kind="scheduled",
      start="2026-06-18T08:00:00Z", end=None, contact="giulia.ferraris@navigli-designlab.it",
      company="Navigli Design Lab", local="Thu 2026-06-18 10:00", zone="Europe/Rome",
      note="Italian hiring manager, HTML-only base64 body: 'giovedì 18 giugno alle ore 10:00 (ora italiana)' = 08:00Z (CEST); 'circa 45 minuti' -> end null; contact = sender.")
def p_italian_navigli():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Gentile Camille,</p>
        <p>La ringrazio per la disponibilità e per la bella chiacchierata telefonica di martedì.</p>
        <p>Le confermo il colloquio di <b>giovedì 18 giugno alle ore 10:00</b> (ora italiana), in
        videochiamata su Google Meet: <a href="https://meet.google.com/nvg-tzko-pwe">https://meet.google.com/nvg-tzko-pwe</a>.</p>
        <p>Il colloquio durerà circa 45 minuti. Saremo io e Paolo Bellini, il nostro Research Ops;
        Le chiederemo di raccontarci un progetto di ricerca dall'inizio alla fine, con le difficoltà
        incontrate.</p>
        <p>Per qualsiasi necessità può scrivermi a questo indirizzo.</p>
        <p>Cordiali saluti,</p>
        <p>Giulia Ferraris<br>
        Design Director<br>
        Navigli Design Lab s.r.l. – Via Vigevano 18, 20144 Milano<br>
        tel. +39 02 4947 1180</p>
        </div></body></html>
        """)
    hs = head(addr("Giulia Ferraris", "giulia.ferraris@navigli-designlab.it"), me(),
              "Colloquio UX Researcher – conferma", "2026-06-12 15:20", "Europe/Rome",
              "<VI1PR09MB4127E5A0C3B9D8F1A2E3@VI1PR09MB4127.eurprd09.prod.outlook.com>",
              rcv=("from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2112.outbound.protection.outlook.com [40.107.103.112])", "mx.example.org with ESMTPS id 4kP1sG3vUmz8"),
              extra=(("Content-Language", "it-IT"),))
    return message(hs, html(body, cte="base64"))


@mail(nm(11), family="recruiter_agency", lang="fr", interview=True, kind="scheduled",
      start="2026-04-14T08:30:00Z", end="2026-04-14T09:30:00Z", contact="p.garnier@altair-conseil.fr",
      company="Mistral Pay", local="Tue 2026-04-14 10:30", local_end="2026-04-14 11:30", zone=PARIS,
      note="Recruitment-agency consultant confirms a meeting at her client Mistral Pay, windows-1252 quoted-printable body + .ics attachment exported from Outlook (METHOD:PUBLISH, 'Romance Standard Time'): 'mardi 14 avril 2026, de 10h30 à 11h30' = 08:30–09:30Z (CEST); company = the client, contact = the consultant (sender/ORGANIZER).")
def p_agency_altair():
    body = t("""
        Bonjour Camille,

        Suite à notre échange de ce matin, j’ai le plaisir de vous confirmer votre rendez-vous chez
        Mistral Pay :

        - Date : mardi 14 avril 2026, de 10h30 à 11h30
        - Lieu : Mistral Pay, 48 rue de la Chaussée-d’Antin, 75009 Paris (accueil au RDC)
        - Interlocutrice : Clémence Aubry, Head of Design

        Je vous joins l’invitation au format .ics pour votre agenda. Pensez à apporter deux ou trois
        exemples de livrables (synthèses, personas, restitution d’un test), Clémence aime beaucoup
        parler méthodo.

        N’hésitez pas à m’appeler juste après le RDV pour me faire un retour à chaud.

        Bien à vous,

        Pauline Garnier
        Consultante senior – Digital & Produit
        Altair Conseil | 17 rue de Turbigo, 75002 Paris | 06 12 84 37 50
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        X-MS-OLK-FORCEINSPECTOROPEN:TRUE
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20260407T154012Z
        DESCRIPTION:Entretien avec Clémence Aubry (Head of Design) – candidat présenté par Altair Conseil.\\n
        DTEND;TZID=Romance Standard Time:20260414T113000
        DTSTAMP:20260407T154012Z
        DTSTART;TZID=Romance Standard Time:20260414T103000
        LAST-MODIFIED:20260407T154012Z
        LOCATION:Mistral Pay\\, 48 rue de la Chaussée-d'Antin\\, 75009 Paris
        ORGANIZER;CN="Pauline Garnier":mailto:p.garnier@altair-conseil.fr
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=fr:RDV Mistral Pay – Clémence Aubry
        TRANSP:OPAQUE
        UID:040000008200E00074C5B7101A82E00800000000D07A1E9B7FC6DC010000000000000000100000005F1B8E3D2C0A4B6E9A7D3C1B0E2F4A6C
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Pauline Garnier", "p.garnier@altair-conseil.fr", "windows-1252"), me("windows-1252"),
              "Confirmation RDV Mistral Pay – mardi 14/04 10h30", "2026-04-07 17:45", PARIS,
              "<PR1P264MB2211F0A7E6C5B4D3C2B1A0F9E8D7@PR1P264MB2211.FRAP264.PROD.OUTLOOK.COM>", cs="windows-1252",
              rcv=("from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2045.outbound.protection.outlook.com [40.107.12.45])", "mx.example.org with ESMTPS id 4fH8dK2bNxz5"),
              extra=outlook_headers("AQHcxk2VbR0Tq7uFYUyKp3Zq1e8Xw==", "Confirmation RDV Mistral Pay – mardi 14/04 10h30"))
    return message(hs, mixed(text(body, charset="windows-1252"),
                             calendar(ics, method=None, ctype="text/calendar", filename="RDV Mistral Pay.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(nm(12), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-09-10T12:00:00Z", end="2026-09-10T13:00:00Z", contact="antoine@nuageclair.io",
      company="Nuage Clair", local="Thu 2026-09-10 14:00", local_end="2026-09-10 15:00", zone=PARIS,
      days=(("Wed", "2026-09-02"), ("Tue", "2026-09-01"), ("Tue", "2026-09-08")),
      note="Founder's reply on top of a quoted thread, tutoiement, 8bit UTF-8 with a Gmail HTML twin: 'jeudi prochain … 14h-15h au bureau', Date Fri 4 Sept -> Thu 10 Sept (the quoted proposal says 'jeudi 10'); CEST so 12:00–13:00Z; contact = sender.")
def p_founder_nuage():
    body = t("""
        Hello Camille,

        Top, jeudi prochain ça marche pour nous ! On dit 14h-15h au bureau, comme ça tu rencontres
        aussi Yasmine (notre PM) et tu vois à quoi ressemble l'équipe en vrai.

        C'est au 23 rue du Faubourg-Saint-Denis, 3e étage, interphone « Nuage Clair ». Si tu te
        perds, appelle-moi au 06 71 20 94 38.

        À jeudi,
        Antoine

        --
        Antoine Mercier · CEO & co-fondateur · Nuage Clair
        https://nuageclair.io

        Le mer. 2 sept. 2026 à 18:37, Camille Lefèvre <camille.lefevre@example.org> a écrit :
        > Bonjour Antoine,
        >
        > Merci pour votre retour rapide ! Je suis disponible mardi 8 septembre dans l'après-midi,
        > ou jeudi 10 toute la journée.
        >
        > Belle soirée,
        > Camille
        >
        > Le mar. 1 sept. 2026 à 11:02, Antoine Mercier <antoine@nuageclair.io> a écrit :
        >> Bonjour Camille,
        >>
        >> Merci pour ta candidature, ton portfolio nous a beaucoup plu. On aimerait te rencontrer,
        >> tu aurais des dispos la semaine prochaine ?
        >>
        >> Antoine
        """)
    hs = head(addr("Antoine Mercier", "antoine@nuageclair.io"), me(),
              "Re: Candidature UX Researcher – Camille Lefèvre", "2026-09-04 09:12", PARIS,
              "<CAPx3v9Lq8hWm2Tz0yBn5KdR7cJf4sAeUo1GiNt6Zw@mail.gmail.com>",
              rcv=("from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])", "mx.example.org with ESMTPS id 4mC5xV7hJsz3"),
              extra=(("In-Reply-To", "<CAE8rT5pWk2Jm9Xq3hLz0NbV7yCs4dFg1QaUe6Ro2Mi@mail.gmail.com>"),
                     ("References", "<CAPx3v9Lq1aZ0rRk8dHn2EwT5uJb7mCy3SgVo4Fi9Xp@mail.gmail.com> <CAE8rT5pWk2Jm9Xq3hLz0NbV7yCs4dFg1QaUe6Ro2Mi@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(nm(13), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-11-17T08:30:00Z", end=None, contact="a.roussel@editions-passerelle.fr",
      company="Éditions Passerelle", local="Tue 2026-11-17 09:30", zone=PARIS,
      note="French 'chargée de recrutement' confirms 'notre entretien de demain à 9h30' in an iso-8859-1 quoted-printable mail dated Mon 16 Nov 08:05 (Paris) -> Tue 17 Nov 09:30 CET = 08:30Z; 'environ une heure' -> end null; contact = sender.")
def p_demain_passerelle():
    body = t("""
        Bonjour Madame Lefèvre,

        Je me permets de vous confirmer notre entretien de demain à 9h30, en visioconférence, pour
        le poste de chargée de recherche utilisateur. Vous échangerez avec moi-même ainsi qu'avec
        Bertrand Lacombe, directeur du numérique.

        Lien de connexion (Microsoft Teams) :
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ3M2Y1NTgtNDk1%40thread.v2/0

        L'entretien durera environ une heure. Nous vous demanderons notamment de nous présenter
        une étude menée auprès de lecteurs ou d'usagers d'un service culturel, si vous en avez une.

        Je reste à votre disposition pour toute question d'ici là.

        Bien cordialement,

        Amandine Roussel
        Chargée de recrutement
        Éditions Passerelle - 9 rue Jacob, 75006 Paris
        Tél. : 01 44 41 39 70
        """)
    hs = head(addr("Amandine Roussel", "a.roussel@editions-passerelle.fr", "iso-8859-1"), me("iso-8859-1"),
              "Notre entretien de demain", "2026-11-16 08:05", PARIS,
              "<5f2c0b1a-7e3d-4a9b-8c6e-1d2f3a4b5c6d@editions-passerelle.fr>", cs="iso-8859-1",
              rcv=("from smtp.editions-passerelle.fr (smtp.editions-passerelle.fr [91.121.40.17])", "mx.example.org with ESMTPS id 4pW2hN6kTfz9"),
              extra=(("X-Mailer", "Zimbra 10.0.6_GA_4653 (ZimbraWebClient - FF132 (Win)/10.0.6_GA_4653)"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(nm(14), family="forward", lang="fr", interview=True, kind="scheduled",
      start="2026-07-22T12:00:00Z", end="2026-07-22T13:30:00Z", contact="melanie.favre@vaudoise-robotique.ch",
      company="Vaudoise Robotique SA", local="Wed 2026-07-22 14:00", local_end="2026-07-22 15:30", zone="Europe/Zurich",
      days=(("Wed", "2026-07-15"),),
      note="Forward-to-self from the candidate's phone of a Swiss HR confirmation: 'mercredi 22 juillet à 14h00 dans nos locaux de Renens', 'L'entretien durera 1h30' -> end; CEST so 12:00–13:30Z; contact = the HR address in the forwarded header (never the candidate).")
def p_forward_vaudoise():
    body = t("""
        À garder. Penser à réserver le Lyria la veille.

        Envoyé de mon iPhone

        ---------- Message transféré ---------
        De : Mélanie Favre <melanie.favre@vaudoise-robotique.ch>
        Date : mer. 15 juil. 2026 à 16:31
        Objet : Re: Entretien – UX Researcher (Renens)
        À : Camille Lefèvre <camille.lefevre@example.org>

        Bonjour Madame Lefèvre,

        Parfait, c'est noté pour le mercredi 22 juillet à 14h00 dans nos locaux de Renens
        (Avenue du Silo 9, 1020 Renens, à cinq minutes à pied de la gare).

        L'entretien durera 1h30 : une heure avec notre équipe produit, puis trente minutes avec
        notre directeur général, M. Olivier Baud.

        Nous prenons en charge vos frais de déplacement sur présentation des justificatifs.

        Avec nos meilleures salutations,

        Mélanie Favre
        Responsable RH
        Vaudoise Robotique SA
        +41 21 555 62 30
        """)
    hs = head(me(), me(), "Fwd: Re: Entretien – UX Researcher (Renens)", "2026-07-16 07:52", PARIS,
              "<A3C9E1F2-7B4D-4E8A-9F0C-2D6B1E5A8C73@example.org>",
              extra=(("X-Mailer", "iPhone Mail (23A341)"),))
    return message(hs, text(body, cte="quoted-printable"))


@mail(nm(15), family="recruiter_agency", lang="en", interview=True, kind="scheduled",
      start="2026-09-08T10:00:00Z", end="2026-09-08T11:00:00Z", contact="james.okafor@harrowvale.co.uk",
      company="Northgate Health", local="Tue 2026-09-08 11:00", local_end="2026-09-08 12:00", zone="Europe/London",
      note="UK agency consultant passes on the client's Greenhouse confirmation as a message/rfc822 attachment: 'Tuesday, September 8th, 2026 11:00 AM - 12:00 PM BST' = 10:00–11:00Z (also '12:00–13:00 for you in Paris'); company = the client; contact = the consultant (human sender; the Greenhouse mail is from no-reply).")
def p_agency_northgate():
    inner_body = t("""
        Hi James,

        The following interview has been confirmed for your candidate Camille Lefèvre
        (UX Researcher, job ID 4817203):

        Tuesday, September 8th, 2026
        11:00 AM - 12:00 PM BST (London)

        Interviewers:
          Priya Shah - Head of Research
          Tom Ellery - Senior Product Designer

        Location: Zoom - https://northgatehealth.zoom.us/j/83920475516?pwd=bGt0N2ZqWUpVa1NrQ
        Meeting ID: 839 2047 5516

        Please share these details with your candidate.

        Thanks,
        Northgate Health Talent Team

        Powered by Greenhouse
        """)
    inner = message([
        ("From", addr("Northgate Health", "no-reply@us.greenhouse-mail.io")),
        ("To", addr("James Okafor", "james.okafor@harrowvale.co.uk")),
        ("Subject", enc("Interview Confirmation: Camille Lefèvre – UX Researcher")),
        ("Date", date("2026-09-01 14:48", "UTC")),
        ("Message-ID", "<66d47f1a2b3c_9e1d4a7f3c2b@greenhouse-mail.io>"),
    ], text(inner_body))
    body = t("""
        Hi Camille,

        Good news – Northgate Health have confirmed your first-stage interview. Their Greenhouse
        confirmation is attached so you have everything in one place, but in short:

        Tuesday 8 September, 11:00–12:00 UK time (so 12:00–13:00 for you in Paris), on Zoom, with
        Priya Shah (Head of Research) and Tom Ellery (Senior Product Designer).

        Priya will want to hear about a study where the findings changed the roadmap – the driver
        app project you told me about would be perfect.

        Give me a ring afterwards and let me know how it went.

        Best,
        James

        James Okafor
        Senior Consultant, Product & Design
        Harrow & Vale Talent | 30 Eastcheap, London EC3M 1HD
        +44 20 7946 0381
        """)
    hs = head(addr("James Okafor", "james.okafor@harrowvale.co.uk"), me(),
              "Northgate Health – interview confirmed (Tue 8 Sept)", "2026-09-01 16:05", "Europe/London",
              "<LO2P265MB5512A1B2C3D4E5F6A7B8C9D0E1F2@LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM>",
              rcv=("from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2101.outbound.protection.outlook.com [40.107.10.101])", "mx.example.org with ESMTPS id 4lZ8rC1yVbz2"),
              extra=(("Content-Language", "en-GB"),))
    return message(hs, mixed(text(body), attached_message(inner, "Interview Confirmation - Northgate Health.eml")))


@mail(nm(16), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T14:00:00Z", end="2026-11-02T14:45:00Z", contact="megan.castillo@vantorhealth.com",
      company="Vantor Health", local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45", zone="America/New_York",
      note="Workday 'Interview Scheduled' (base64 text + HTML) for a US-remote role, sent 28 Oct in EDT: 'Monday, November 2, 2026, 9:00 AM - 9:45 AM Eastern Time (EST)'; US back on EST since 1 Nov -> 14:00–14:45Z = 15:00 CET as the mail says; contact = the recruiter's address in the body (sender is a Workday system mailbox).")
def p_workday_vantor():
    body = t("""
        Hello Camille,

        Your interview for the UX Researcher (Remote - Europe) position (R-24117) has been scheduled.

        Interview Details
        Date: Monday, November 2, 2026
        Time: 9:00 AM - 9:45 AM Eastern Time (EST)
        Location: Microsoft Teams (your interviewer will send the link)
        Interviewer: Megan Castillo, Senior Talent Acquisition Partner

        Please note: clocks in the US go back on Sunday, November 1. For you in Paris the
        interview is at 3:00 PM (Central European Time).

        If you need to reschedule, please contact Megan Castillo at megan.castillo@vantorhealth.com.

        You can review your application at any time in your candidate home:
        https://vantorhealth.wd5.myworkdayjobs.com/en-US/careers/userHome

        Thank you,
        Vantor Health Talent Acquisition
        """)
    hs = head(addr("Vantor Health", "vantorhealth@myworkday.com"), me(),
              "Interview Scheduled: UX Researcher (Remote - Europe)", "2026-10-28 13:22", "America/New_York",
              "<1409482217.88123.1792862520114@wd5-prod-mail.myworkday.com>",
              rcv=("from wd5-mail.myworkday.com (wd5-mail.myworkday.com [209.177.165.22])", "mx.example.org with ESMTPS id 4rL6tH9mBcz1"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, cte="base64"), html(to_html(body, lang="en"), cte="base64")))


@mail(nm(17), family="smartrecruiters", lang="en", interview=True, kind="rescheduled",
      start="2026-04-16T12:30:00Z", end="2026-04-16T13:30:00Z", contact="laura.schmit@mosellepayments.lu",
      company="Moselle Payments", local="Thu 2026-04-16 14:30", local_end="2026-04-16 15:30", zone="Europe/Luxembourg",
      days=(("Wed", "2026-04-15"),),
      note="SmartRecruiters reschedule for a Luxembourg company: NEW 'Thursday, 16 April 2026, 14:30 – 15:30 (CEST, Luxembourg)' = 12:30–13:30Z, PREVIOUS Wed 15 April 10:00 also shown; ICS SEQUENCE:1 Europe/Luxembourg; contact = human Reply-To.")
def p_smartrecruiters_moselle():
    body = t("""
        Dear Camille,

        Your interview for Product Researcher (f/m/x) at Moselle Payments has been moved to a new
        time.

        NEW TIME
        Thursday, 16 April 2026, 14:30 – 15:30 (CEST, Luxembourg time)

        Previously: Wednesday, 15 April 2026, 10:00 – 11:00

        Location: Moselle Payments S.A., 12 rue Eugène Ruppert, 2453 Luxembourg – 4th floor reception
        Interviewers: Laura Schmit (Talent Acquisition), Marc Weber (Head of Customer Experience)

        We apologise for the change. An updated calendar invitation is attached; your earlier
        invitation is no longer valid.

        If you have any questions, reply to this message and Laura will get back to you.

        Kind regards,
        Moselle Payments Recruiting Team

        This email was sent via SmartRecruiters on behalf of Moselle Payments.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + LUXEMBOURG + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-interview-3f9a1c7e-52d0-4b8e-a6f1-0c2d9e8b7a41
        SEQUENCE:1
        DTSTAMP:20260409T074012Z
        DTSTART;TZID=Europe/Luxembourg:20260416T143000
        DTEND;TZID=Europe/Luxembourg:20260416T153000
        SUMMARY:Interview: Camille Lefèvre – Product Researcher (f/m/x)
        LOCATION:Moselle Payments S.A.\\, 12 rue Eugène Ruppert\\, 2453 Luxembourg
        ORGANIZER;CN=Laura Schmit:mailto:laura.schmit@mosellepayments.lu
        ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.lefevre@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Moselle Payments", "noreply@smartrecruiters.com"), me(),
              "Updated interview time – Product Researcher (f/m/x) at Moselle Payments", "2026-04-09 09:40", "Europe/Luxembourg",
              "<0100019d6a1c4e7f-2b9c8d1e-4f3a-4b6c-9d0e-1f2a3b4c5d6e-000000@email.smartrecruiters.com>",
              rcv=("from email.smartrecruiters.com (email.smartrecruiters.com [23.251.226.14])", "mx.example.org with ESMTPS id 4fK1wQ3pRdz7"),
              extra=(("Reply-To", addr("Laura Schmit", "laura.schmit@mosellepayments.lu")),))
    return message(hs, mixed(alt(text(body), html(to_html(body, lang="en"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment", name_param=True)))


@mail(nm(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-06-04T12:30:00Z", end="2026-06-04T13:30:00Z", contact="helene.baptiste@banque-rhodanienne.fr",
      company="Banque Rhodanienne", local="Thu 2026-06-04 14:30", local_end="2026-06-04 15:30", zone=PARIS,
      days=(("Mon", "2026-06-01"),),
      note="French HR reschedule, windows-1252 quoted-printable: 'initialement prévu le lundi 1er juin à 11h est donc décalé au jeudi 4 juin à 14h30 … toujours pour une heure' -> new time 12:30Z (CEST), exact length -> end 13:30Z; contact = sender.")
def p_reschedule_rhodanienne():
    body = t("""
        Bonjour Camille,

        Je suis désolée de devoir modifier notre rendez-vous si tard : Émilie Perrin, responsable
        de l’équipe UX, sera finalement en déplacement à Paris lundi.

        Votre entretien initialement prévu le lundi 1er juin à 11h est donc décalé au jeudi 4 juin
        à 14h30, toujours en visio sur Teams (le lien reste le même) et toujours pour une heure.

        Si ce nouveau créneau vous pose problème, dites-le-moi et nous trouverons une autre
        solution.

        Merci pour votre compréhension, et à la semaine prochaine !

        Hélène Baptiste
        Chargée de recrutement
        Banque Rhodanienne – Direction des Ressources Humaines
        8 quai Jules Courmont, 69002 Lyon – 04 72 10 56 88
        """)
    hs = head(addr("Hélène Baptiste", "helene.baptiste@banque-rhodanienne.fr", "windows-1252"), me("windows-1252"),
              "Report de votre entretien – UX Researcher", "2026-05-27 14:10", PARIS,
              "<DB9PR03MB7345C1D2E3F4A5B6C7D8E9F0A1B2@DB9PR03MB7345.eurprd03.prod.outlook.com>", cs="windows-1252",
              rcv=("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2090.outbound.protection.outlook.com [40.107.249.90])", "mx.example.org with ESMTPS id 4jQ9vR2nGtz6"),
              extra=outlook_headers("AQHc7b1kP8xR2sT9u0Vw3XyZaBcDeF==", "Report de votre entretien – UX Researcher")
              + (("In-Reply-To", "<DB9PR03MB73459A8B7C6D5E4F3A2B1C0D9E8F@DB9PR03MB7345.eurprd03.prod.outlook.com>"),))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(to_html(body, charset="windows-1252", style="font-family:Calibri,sans-serif;font-size:11pt"), charset="windows-1252")))


@mail(nm(19), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z", contact="lucas.fabre@garonne-studio.fr",
      company="Garonne Studio", local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PARIS,
      days=(("Fri", "2026-10-23"),),
      note="Google Calendar 'Invitation mise à jour' (French UI) sent 20 Oct in CEST, new time 'lundi 26 oct. 2026 10:00 – 11:00 (heure normale d’Europe centrale)' = the day after the 25 Oct change, CET -> 09:00–10:00Z; the old slot (Fri 23 Oct 14:00 CEST) is also shown; ICS SEQUENCE:2; contact = organizer.")
def p_gcal_update_garonne():
    plain = t("""
        Cet événement a été modifié.

        Entretien Camille Lefèvre – Garonne Studio
        On décale à lundi, désolé pour le changement de dernière minute ! Même lien. Lucas

        Quand
        Modifié : lundi 26 oct. 2026 ⋅ 10:00 – 11:00 (heure normale d’Europe centrale - Paris)
        Ancienne date : vendredi 23 oct. 2026 ⋅ 14:00 – 15:00 (heure d’été d’Europe centrale - Paris)

        Participer avec Google Meet
        https://meet.google.com/gar-xqbn-wfe

        Calendrier
        camille.lefevre@example.org

        Invités
        Lucas Fabre - organisateur
        manon.delmas@garonne-studio.fr
        camille.lefevre@example.org

        Répondre pour camille.lefevre@example.org
        Oui
        Non
        Peut-être
        Plus d'options https://calendar.google.com/calendar/event?action=VIEW&eid=M2djYTk0OGJmN2Zz

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir les
        mises à jour de cet événement, refusez-le.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261026T100000
        DTEND;TZID=Europe/Paris:20261026T110000
        DTSTAMP:20261020T063114Z
        ORGANIZER;CN=Lucas Fabre:mailto:lucas.fabre@garonne-studio.fr
        UID:3gca948bf7fs0q2n6e1t5m8k4d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucas Fabre;X-NUM-GUESTS=0:mailto:lucas.fabre@garonne-studio.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=manon.delmas@garonne-studio.fr;X-NUM-GUESTS=0:mailto:manon.delmas@garonne-studio.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.lefevre@example.org;X-NUM-GUESTS=0:mailto:camille.lefevre@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/gar-xqbn-wfe
        CREATED:20261012T142207Z
        DESCRIPTION:On décale à lundi\\, désolé pour le changement de dernière minute ! Même lien. Lucas
        LAST-MODIFIED:20261020T063114Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Entretien Camille Lefèvre – Garonne Studio
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lucas Fabre", "lucas.fabre@garonne-studio.fr"), me(),
              "Invitation mise à jour: Entretien Camille Lefèvre – Garonne Studio @ lun. 26 oct. 2026 10:00 - 11:00 (CET) (camille.lefevre@example.org)",
              "2026-10-20 06:31", UTC_, "<calendar-9e4b2d17-6a3f-4c8e-b1d0-5f7a2c9e3b68@google.com>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "mx.example.org with ESMTPS id 4vN3kP8sWqz4"),
              extra=(("Reply-To", addr("Lucas Fabre", "lucas.fabre@garonne-studio.fr")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com"))))
    return message(hs, gcal_parts(plain, ics))


@mail(nm(20), family="ashby", lang="en", interview=True, kind="rescheduled",
      start="2026-03-27T15:00:00Z", end="2026-03-27T15:45:00Z", contact="devon.price@cobaltloop.com",
      company="Cobalt Loop", local="Fri 2026-03-27 11:00", local_end="2026-03-27 11:45", zone="America/New_York",
      days=(("Thu", "2026-03-26"),),
      note="Ashby reschedule for a New York company, 27 March: US already on EDT (since 8 March) but Europe still on CET, so 11:00 AM EDT = 15:00Z = 4:00 PM CET (a 5-hour gap, as the mail states); old Thu 26 March time also shown; ICS SEQUENCE:1; contact = Reply-To.")
def p_ashby_cobalt():
    body = t("""
        Hi Camille,

        Your interview with Cobalt Loop has been rescheduled. Here are the updated details:

        Research Deep-Dive with Devon Price
        Friday, March 27, 2026
        11:00 AM – 11:45 AM EDT (4:00 PM – 4:45 PM CET)

        This replaces your previous time on Thursday, March 26, 2026 at 10:00 AM EDT.

        Format: Google Meet – https://meet.google.com/cbl-ptwr-xka
        You'll meet with: Devon Price, Research Lead

        Need to make a change? Just reply to this email.

        Best,
        Cobalt Loop Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:0c7e5a2b-91d4-4f36-b8e0-3a2d6c1f9b57
        DTSTAMP:20260323T141502Z
        DTSTART;TZID=America/New_York:20260327T110000
        DTEND;TZID=America/New_York:20260327T114500
        SEQUENCE:1
        SUMMARY:Cobalt Loop – Research Deep-Dive (Camille Lefèvre)
        LOCATION:https://meet.google.com/cbl-ptwr-xka
        ORGANIZER;CN=Devon Price:mailto:devon.price@cobaltloop.com
        ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.lefevre@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Cobalt Loop", "no-reply@ashbyhq.com"), me(),
              "Rescheduled: your interview with Cobalt Loop", "2026-03-23 10:15", "America/New_York",
              "<0100019d1b7e3a44-7c2e9f1a-3b5d-4e8c-a1f0-9d2c6b4e8a17-000000@email.amazonses.com>",
              rcv=("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", "mx.example.org with ESMTPS id 4fP7qS1tYnz5"),
              extra=(("Reply-To", addr("Devon Price", "devon.price@cobaltloop.com")),))
    return message(hs, mixed(alt(text(body), html(to_html(body, lang="en"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(nm(21), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start="2026-05-12T14:00:00Z", end="2026-05-12T15:00:00Z", contact="marc.delaunay@helio-energie.fr",
      company="Hélio Énergie", local="Tue 2026-05-12 16:00", local_end="2026-05-12 17:00", zone=PARIS,
      note="Google Calendar 'Événement annulé' (French UI) with METHOD:CANCEL / STATUS:CANCELLED and a note from the organizer (recruitment on hold): cancelled slot mardi 12 mai 16:00–17:00 CEST = 14:00–15:00Z; contact = organizer.")
def p_gcal_cancel_helio():
    plain = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien Camille Lefèvre – Hélio Énergie

        Message de l'organisateur :
        « Désolé Camille, le recrutement est suspendu jusqu'à la rentrée, je dois annuler notre
        rendez-vous. Je reviens vers toi dès que ça bouge. Marc »

        Quand
        mardi 12 mai 2026 ⋅ 16:00 – 17:00 (heure d’été d’Europe centrale - Paris)

        Calendrier
        camille.lefevre@example.org

        Invités
        Marc Delaunay - organisateur
        camille.lefevre@example.org

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
        DTSTART;TZID=Europe/Paris:20260512T160000
        DTEND;TZID=Europe/Paris:20260512T170000
        DTSTAMP:20260506T160214Z
        ORGANIZER;CN=Marc Delaunay:mailto:marc.delaunay@helio-energie.fr
        UID:1h7eno3rg2b8c5k0q4d9s6vt2m@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=camille.lefevre@example.org;X-NUM-GUESTS=0:mailto:camille.lefevre@example.org
        CREATED:20260428T091544Z
        DESCRIPTION:
        LAST-MODIFIED:20260506T160214Z
        LOCATION:Hélio Énergie\\, 52 quai Rambaud\\, 69002 Lyon
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien Camille Lefèvre – Hélio Énergie
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Marc Delaunay", "marc.delaunay@helio-energie.fr"), me(),
              "Événement annulé : Entretien Camille Lefèvre – Hélio Énergie @ mar. 12 mai 2026 16:00 - 17:00 (CEST) (camille.lefevre@example.org)",
              "2026-05-06 16:02", UTC_, "<calendar-2f8d1c6e-0b4a-4e7d-9c35-a61b8e2f4d90@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "mx.example.org with ESMTPS id 4gW5mJ0cXrz8"),
              extra=(("Reply-To", addr("Marc Delaunay", "marc.delaunay@helio-energie.fr")),
                     ("Sender", addr("Google Agenda", "calendar-notification@google.com"))))
    return message(hs, gcal_parts(plain, ics, method="CANCEL"))


@mail(nm(22), family="recruitee", lang="de", interview=True, kind="cancelled",
      start="2026-07-07T13:00:00Z", end=None, contact="jonas.petersen@hafenlicht.de",
      company="Hafenlicht GmbH", local="Tue 2026-07-07 15:00", zone="Europe/Berlin",
      note="Recruitee cancellation in German, no ICS: 'unser Gespräch am Dienstag, 7. Juli 2026 um 15:00 Uhr absagen', position frozen, no new time; CEST -> 13:00Z; no length stated -> end null; contact = human Reply-To.")
def p_recruitee_hafenlicht():
    body = t("""
        Hallo Frau Lefèvre,

        leider muss ich Ihnen mitteilen, dass wir unser Gespräch am Dienstag, 7. Juli 2026 um
        15:00 Uhr absagen müssen. Die Position „UX Researcher (m/w/d)“ wird vorerst nicht besetzt –
        das Budget wurde kurzfristig eingefroren.

        Das tut mir sehr leid, zumal Ihr Profil sehr gut zu uns gepasst hätte. Sobald die Stelle
        wieder freigegeben wird, melde ich mich gern als Erster bei Ihnen.

        Viele Grüße aus Hamburg
        Jonas Petersen
        Recruiting · Hafenlicht GmbH
        Große Elbstraße 145, 22767 Hamburg

        Diese Nachricht wurde über Recruitee versendet.
        """)
    hs = head(addr("Hafenlicht GmbH", "hafenlicht@mail.recruitee.com"), me(),
              "Absage unseres Gesprächstermins am 7. Juli", "2026-07-01 11:30", "Europe/Berlin",
              "<5e8c1a3f-2d7b-4c90-8e16-b4a9f0d3c2e7@mail.recruitee.com>",
              rcv=("from mail.recruitee.com (mail.recruitee.com [159.135.140.21])", "mx.example.org with ESMTPS id 4kT2nV6zHpz1"),
              extra=(("Reply-To", addr("Jonas Petersen", "jonas.petersen@hafenlicht.de")),))
    return message(hs, alt(text(body), html(to_html(body, lang="de"))))


@mail(nm(23), family="exchange", lang="fr", interview=True, kind="cancelled",
      start="2026-09-18T09:00:00Z", end="2026-09-18T10:00:00Z", contact="nadia.haddou@tisserands.fr",
      company="Compagnie des Tisserands", local="Fri 2026-09-18 11:00", local_end="2026-09-18 12:00", zone=PARIS,
      note="Outlook/Exchange 'Annulé :' meeting cancellation in French (METHOD:CANCEL, 'Romance Standard Time'): 'vendredi 18 septembre 2026 11:00-12:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' – the label shows the standard offset but September is CEST -> 09:00–10:00Z; position frozen; contact = sender/organizer.")
def p_exchange_cancel_tisserands():
    plain = t("""
        Quand : vendredi 18 septembre 2026 11:00-12:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Camille,

        Je suis navrée : le poste vient d’être gelé en interne et je dois annuler notre entretien
        de vendredi. Je reviens vers vous dès que le recrutement est relancé.

        Bien à vous,
        Nadia Haddou
        Responsable recrutement – Compagnie des Tisserands
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nadia Haddou:mailto:nadia.haddou@tisserands.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Camille Lefèvre:mailto:camille.lefevre@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\\,\\n\\nJe suis navrée : le poste vient d’être gelé en interne et je dois annuler notre entretien de vendredi.\\n
        UID:040000008200E00074C5B7101A82E00800000000F1A3C5E7092BDD01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
        SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien UX Researcher – Camille Lefèvre
        DTSTART;TZID=Romance Standard Time:20260918T110000
        DTEND;TZID=Romance Standard Time:20260918T120000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260914T162040Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1802213377
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Nadia Haddou", "nadia.haddou@tisserands.fr"), me(),
              "Annulé : Entretien UX Researcher – Camille Lefèvre", "2026-09-14 18:20", PARIS,
              "<PAYP264MB3381D4E5F6A7B8C9D0E1F2A3B4C5@PAYP264MB3381.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2070.outbound.protection.outlook.com [40.107.9.70])", "mx.example.org with ESMTPS id 4tB8cF3dLmz2"),
              extra=outlook_headers("AdwmR5Y8c3kT1q0XTe2bA9fJ4u7PhA==", "Entretien UX Researcher – Camille Lefèvre")
              + (("Importance", "high"),))
    return message(hs, alt(text(plain), html(to_html(plain, style="font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(nm(24), family="application_ack", lang="fr", interview=False, company="Atelier Borély",
      note="Welcome to the Jungle application receipt ('Votre candidature a bien été envoyée'); mentions a possible 'premier échange' but fixes nothing. Start of the Atelier Borély thread.")
def n_wttj_receipt():
    body = t("""
        Bonjour Camille,

        Votre candidature au poste UX Researcher chez Atelier Borély a bien été envoyée. 🎉

        Et maintenant ?
        L'équipe d'Atelier Borély va étudier votre profil. Si votre candidature retient son
        attention, elle vous contactera directement via Welcome to the Jungle pour organiser un
        premier échange.

        Vous pouvez suivre l'avancement de toutes vos candidatures depuis votre espace :
        https://www.welcometothejungle.com/fr/me/applications

        En attendant, découvrez les coulisses d'Atelier Borély :
        https://www.welcometothejungle.com/fr/companies/atelier-borely

        Bonne chance !
        L'équipe Welcome to the Jungle
        """)
    hs = head(addr("Welcome to the Jungle", "no-reply@welcometothejungle.com"), me(),
              "Votre candidature chez Atelier Borély a bien été envoyée", "2026-01-05 21:47", PARIS,
              "<0102019b8f20a1c3-5e7d9b2a-8c4f-4a1e-b3d6-7f0e2c9a1b54-000000@eu-west-1.amazonses.com>",
              rcv=("from a7-20.smtp-out.eu-west-1.amazonses.com (a7-20.smtp-out.eu-west-1.amazonses.com [54.240.7.20])", "mx.example.org with ESMTPS id 4d2Lm8QvXcz6"),
              extra=(("X-Mailer", "Welcomekit"),))
    return message(hs, alt(text(body), html(to_html(body))))


@mail(nm(25), family="application_ack", lang="fr", interview=False, company="Maison Verdier",
      note="Flatchr auto-acknowledgement ('Nous avons bien reçu votre candidature'), promises an answer within 15 days; no meeting.")
def n_flatchr_receipt():
    body = t("""
        Bonjour Camille,

        Nous avons bien reçu votre candidature pour le poste de Chargé(e) d'études UX – CDI Lyon
        et vous remercions de l'intérêt que vous portez à Maison Verdier.

        Notre équipe l'étudie avec attention et reviendra vers vous sous 15 jours, que la réponse
        soit positive ou non.

        À très bientôt,
        L'équipe Talents de Maison Verdier

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = head(addr("Maison Verdier", "no-reply@flatchr.io"), me(),
              "Nous avons bien reçu votre candidature", "2026-02-02 09:31", PARIS,
              "<20260202083112.66a1f3c0d2e4@flatchr.io>",
              rcv=("from smtp.flatchr.io (smtp.flatchr.io [35.180.12.77])", "mx.example.org with ESMTPS id 4dY1pW4kRtz3"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(to_html(body, style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#333"))))


@mail(nm(26), family="take_home", lang="fr", interview=False, company="Maison Verdier",
      days=(("Mon", "2026-02-23"),),
      note="Take-home 'cas pratique' with a deadline ('au plus tard le lundi 23 février à 12h00') and a PDF; the restitution interview is only announced for 'la semaine du 2 mars', not fixed.")
def n_cas_pratique_verdier():
    body = t("""
        Bonjour Camille,

        Merci encore pour notre échange téléphonique de jeudi. Comme convenu, vous trouverez
        ci-joint le cas pratique pour la suite du processus.

        Le sujet : la refonte du parcours de réservation d'atelier en boutique. Nous attendons un
        plan d'étude (objectifs, méthodes, recrutement des participants, planning) sur 5 pages
        maximum. Comptez trois à quatre heures de travail, pas plus : nous ne cherchons pas un
        rendu parfait.

        Merci de nous le renvoyer au plus tard le lundi 23 février à 12h00.

        Si votre proposition est retenue, nous vous proposerons un entretien de restitution d'une
        heure avec l'équipe Produit, a priori la semaine du 2 mars.

        Bon courage !

        Claire Martineau
        Responsable Talents & Culture
        Maison Verdier – 6 rue Grenette, 69002 Lyon
        """)
    hs = head(addr("Claire Martineau", "claire.martineau@maison-verdier.fr"), me(),
              "Cas pratique – Chargé(e) d'études UX", "2026-02-16 10:12", PARIS,
              "<CAKd2Pq9Rf7sXw1Tm4Yb8Hn0JcL3vGeA6uZo5iNk@mail.gmail.com>",
              rcv=("from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])", "mx.example.org with ESMTPS id 4dZ7hT2mQkz1"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf("Cas_pratique_UX_Maison_Verdier.pdf", "Cas pratique UX")))


@mail(nm(27), family="rejection", lang="fr", interview=False, company="Groupe Océane",
      days=(("Mon", "2026-03-16"),),
      note="Taleez rejection after the 16 March interview ('nous ne donnerons pas suite'); the past interview date is mentioned only.")
def n_taleez_rejection():
    body = t("""
        Bonjour Camille,

        Nous vous remercions pour le temps que vous nous avez consacré lors de notre entretien du
        lundi 16 mars, ainsi que pour la qualité de nos échanges.

        Après une analyse attentive de l'ensemble des candidatures, nous sommes au regret de vous
        informer que nous ne donnerons pas suite à votre candidature pour le poste « UX Researcher
        H/F ». Le profil retenu présente une expérience plus directement liée au secteur maritime.

        Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une
        opportunité correspondant à votre profil se présentait.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Gaëlle Morvan
        Chargée de recrutement – Groupe Océane

        ---
        Ce message vous a été envoyé via Taleez.
        """)
    hs = head(addr("Groupe Océane", "noreply@taleez.com"), me(),
              "Votre candidature – UX Researcher H/F", "2026-03-26 17:08", PARIS,
              "<20260326160834.7c2e9b1f4a3d@taleez.com>",
              rcv=("from mail.taleez.com (mail.taleez.com [51.91.22.140])", "mx.example.org with ESMTPS id 4fZ3bK7nWpz2"),
              extra=(("Reply-To", addr("Gaëlle Morvan", "gaelle.morvan@groupe-oceane.fr")),))
    return message(hs, alt(text(body), html(to_html(body, style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2d42"))))


@mail(nm(28), family="auto_reply", lang="fr", interview=False, company="Kelvin Santé",
      days=(("Thu", "2026-03-26"), ("Tue", "2026-03-31")),
      note="Out-of-office auto-reply of the Kelvin Santé recruiter (Auto-Submitted: auto-replied) to the candidate's question about the 1 April interview; 'absente du jeudi 26 au mardi 31 mars'; no meeting confirmed.")
def n_ooo_kelvin():
    body = t("""
        Bonjour,

        Je suis absente du jeudi 26 au mardi 31 mars inclus, sans accès à mes e-mails.

        Pour toute demande urgente liée à un recrutement, vous pouvez écrire à
        recrutement@kelvin-sante.fr ; je traiterai votre message à mon retour.

        Bien cordialement,

        Inès Caradec
        Chargée de recrutement – Kelvin Santé
        """)
    hs = head(addr("Inès Caradec", "ines.caradec@kelvin-sante.fr"), me(),
              "Réponse automatique : Entretien du 1er avril – question sur le format", "2026-03-26 20:14", PARIS,
              "<MR1P264MB2674B3C4D5E6F7A8B9C0D1E2F3A4@MR1P264MB2674.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2052.outbound.protection.outlook.com [40.107.9.52])", "mx.example.org with ESMTPS id 4fZ5cM1qTrz7"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<3F1E2D0C-9B8A-4C7D-8E6F-5A4B3C2D1E0F@example.org>"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), html(to_html(body, style="font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(nm(29), family="offer", lang="fr", interview=False, company="Kelvin Santé",
      days=(("Mon", "2026-06-01"), ("Fri", "2026-04-24")),
      note="Offer: 'promesse d'embauche' (HTML only + PDF) after the interviews; start date 'lundi 1er juin 2026' and a signature deadline, no interview.")
def n_offer_kelvin():
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Bonjour Camille,</p>
        <p>Suite à vos entretiens avec Thomas et Anaïs, j'ai le très grand plaisir de vous adresser
        ci-joint votre <b>promesse d'embauche</b> pour le poste de UX Researcher.</p>
        <ul>
        <li>Contrat : CDI, statut cadre, forfait jours</li>
        <li>Rémunération : 52&nbsp;000&nbsp;€ bruts annuels + prime sur objectifs</li>
        <li>Lieu : Bordeaux (Euratlantique), deux jours de télétravail par semaine</li>
        <li>Prise de poste : le lundi 1er juin 2026</li>
        </ul>
        <p>Merci de nous retourner le document signé au plus tard le <b>vendredi 24 avril</b>. Je reste
        bien sûr disponible pour en parler par téléphone si vous avez la moindre question.</p>
        <p>Toute l'équipe se réjouit de vous accueillir !</p>
        <p>Inès Caradec<br>Chargée de recrutement<br>Kelvin Santé – 12 quai de Paludate, 33800 Bordeaux</p>
        </body></html>
        """)
    hs = head(addr("Inès Caradec", "ines.caradec@kelvin-sante.fr"), me(),
              "Votre promesse d'embauche – UX Researcher", "2026-04-17 11:26", PARIS,
              "<MR1P264MB2674F9E8D7C6B5A4F3E2D1C0B9A8@MR1P264MB2674.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2060.outbound.protection.outlook.com [40.107.9.60])", "mx.example.org with ESMTPS id 4hA2dP6rLsz9"),
              extra=(("Content-Language", "fr-FR"),))
    return message(hs, mixed(html(body), pdf("Promesse_embauche_C_Lefevre.pdf", "Promesse d'embauche")))


@mail(nm(30), family="job_alert", lang="fr", interview=False, company=None,
      note="APEC daily job alert (bulk, List-Unsubscribe); job ads only.")
def n_apec_alert():
    body = t("""
        Bonjour Camille,

        4 nouvelles offres correspondent à votre alerte « UX Researcher – Île-de-France ».

        UX Researcher confirmé H/F
        Groupe Hexagone Retail – Paris 8e – CDI – 48 à 55 k€ brut annuel
        https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178342551W

        Chercheur / Chercheuse en expérience utilisateur
        Caisse Nationale des Mutuelles Associées – Montreuil (93) – CDI – Selon profil
        https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178340917W

        Lead UX Research H/F
        Ondaline – Paris 2e – CDI – 60 à 68 k€ brut annuel
        https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178339082W

        Consultant(e) UX – études utilisateurs
        Pixelune Conseil – La Défense (92) – CDI – 42 à 50 k€ brut annuel
        https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178336644W

        Voir toutes les offres : https://www.apec.fr/candidat/mon-espace/mes-alertes.html

        Vous recevez cet e-mail car vous avez créé une alerte sur apec.fr.
        Se désabonner : https://www.apec.fr/desabonnement?a=9f12c7
        """)
    hs = head(addr("Apec", "alertes@mail.apec.fr"), me(),
              "4 nouvelles offres pour votre alerte « UX Researcher – Île-de-France »", "2026-02-09 07:02", PARIS,
              "<alert.9f12c7.20260209070200@mail.apec.fr>",
              extra=(("List-Unsubscribe", "<https://www.apec.fr/desabonnement?a=9f12c7>, <mailto:desabonnement@mail.apec.fr?subject=9f12c7>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(to_html(body, style="font-family:Arial,sans-serif;font-size:14px;color:#0c2340"))))


@mail(nm(31), family="job_alert", lang="it", interview=False, company=None,
      note="Indeed job alert in Italian for Milan; 'Colloqui in corso' is a listing badge, not a confirmation.")
def n_indeed_it():
    body = t("""
        Nuove offerte di lavoro per: UX Researcher – Milano, Lombardia

        UX Researcher Senior
        Fiordaliso Digital S.p.A. – Milano
        Da 42.000 € a 50.000 € all'anno · Ibrido
        Colloqui in corso
        https://it.indeed.com/viewjob?jk=7a1f3c9e2b4d6058

        User Researcher (contratto a tempo determinato 12 mesi)
        Officine Brera – Milano
        Candidatura semplice
        https://it.indeed.com/viewjob?jk=3c8e1b7f5a2d9046

        Service Designer & Researcher
        Lanterna Studio – Monza (MB)
        Pubblicato 3 giorni fa
        https://it.indeed.com/viewjob?jk=9e4d2a6c1f8b3075

        Vedi tutte le offerte: https://it.indeed.com/jobs?q=UX+Researcher&l=Milano

        Ricevi questa e-mail perché hai attivato un avviso di lavoro su Indeed.
        Annulla l'iscrizione: https://it.indeed.com/alert/unsubscribe?id=b7e2c91f
        """)
    hs = head(addr("Indeed", "alert@indeed.com"), me(),
              "UX Researcher a Milano: 3 nuove offerte", "2026-06-09 06:45", "Europe/Rome",
              "<0100019eaa3f7c21-b7e2c91f-1d4a-4c6e-8f3b-2a9d5e7c1f40-000000@email.amazonses.com>",
              extra=(("List-Unsubscribe", "<https://it.indeed.com/alert/unsubscribe?id=b7e2c91f>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(to_html(body, lang="it"))))


@mail(nm(32), family="job_alert", lang="fr", interview=False, company=None,
      note="LinkedIn job alert (French UI) with 'Recrute activement' badges; no interview.")
def n_linkedin_alert():
    body = t("""
        Votre alerte emploi pour « UX Researcher » à Paris et périphérie

        14 nouvelles offres correspondent à vos préférences.

        Senior UX Researcher
        Quartz Mobilité · Paris (hybride)
        Recrute activement · 2 relations travaillent ici
        https://www.linkedin.com/comm/jobs/view/4108827731/

        UX Researcher – Produits B2B
        Sémaphore Logiciels · Paris 9e (sur site)
        Candidature simplifiée
        https://www.linkedin.com/comm/jobs/view/4108826120/

        Research Lead, Design
        Orée Paiements · Paris (télétravail)
        Il y a 1 jour · 38 candidats
        https://www.linkedin.com/comm/jobs/view/4108821095/

        Voir toutes les offres : https://www.linkedin.com/comm/jobs/search/?savedSearchId=1834472

        Vous recevez des alertes emploi. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe?type=jobAlert
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    hs = head(addr("Alertes emploi LinkedIn", "jobalerts-noreply@linkedin.com"), me(),
              "« UX Researcher » : 14 nouvelles offres à Paris", "2026-08-27 18:30", PARIS,
              "<1834472.20260827163000.9a3c@linkedin.com>",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?type=jobAlert>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                     ("X-LinkedIn-Class", "JOBS-ALERT")))
    return message(hs, alt(text(body), html(to_html(body))))


@mail(nm(33), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Welcome to the Jungle newsletter about job interviews ('Entretien d'embauche : les 7 questions…'); editorial content only.")
def n_wttj_newsletter():
    body = t("""
        Le Lab de Welcome to the Jungle – édition du dimanche

        Entretien d'embauche : les 7 questions qu'on vous posera (presque) toujours
        « Parlez-moi de vous », « Pourquoi nous ? », « Votre plus grand échec ? »… On a demandé à
        douze recruteurs ce qu'ils attendent vraiment derrière ces classiques, et comment y
        répondre sans réciter.
        Lire l'article : https://www.welcometothejungle.com/fr/articles/questions-entretien-embauche

        Après l'entretien : faut-il relancer, et quand ?
        Trois jours, une semaine, jamais ? Notre guide pour relancer sans paraître insistant.
        https://www.welcometothejungle.com/fr/articles/relancer-apres-entretien

        Salaire : comment négocier quand on change de secteur
        https://www.welcometothejungle.com/fr/articles/negocier-salaire-reconversion

        Bonne semaine,
        La rédaction

        Vous recevez cette newsletter car vous êtes inscrite sur Welcome to the Jungle.
        Se désinscrire : https://www.welcometothejungle.com/fr/newsletter/unsubscribe?u=c4f1a7
        """)
    hs = head(addr("Welcome to the Jungle", "newsletter@welcometothejungle.com"), me(),
              "Entretien d'embauche : les 7 questions qu'on vous posera (presque) toujours", "2026-04-12 09:00", PARIS,
              "<20260412070000.c4f1a7.lab@welcometothejungle.com>",
              extra=(("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/newsletter/unsubscribe?u=c4f1a7>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(to_html(body, style="font-family:Georgia,serif;font-size:16px;color:#111"))))


@mail(nm(34), family="recruiter_outreach", lang="es", interview=False, company="Marea Labs",
      note="Spanish in-house recruiter outreach asking for a 20-minute call 'esta semana o la que viene'; availability request, nothing fixed.")
def n_outreach_marea():
    body = t("""
        Hola Camille:

        Soy Nuria, del equipo de Talento de Marea Labs (Barcelona). He visto tu perfil y tu charla
        sobre estudios longitudinales en el ParisWeb del año pasado, ¡me encantó!

        Estamos buscando una UX Researcher senior para nuestro equipo de producto. El puesto es
        remoto desde cualquier punto de la UE, con un viaje a Barcelona al mes.

        ¿Te apetecería que habláramos 20 minutos esta semana o la que viene? Si me dices qué huecos
        tienes, te envío una invitación.

        Un abrazo,

        Nuria Vidal
        Talent Partner · Marea Labs
        Carrer de Pujades 77, 08005 Barcelona
        """)
    hs = head(addr("Nuria Vidal", "nuria.vidal@marealabs.es"), me(),
              "UX Research en Marea Labs (Barcelona/remoto) – ¿hablamos?", "2026-05-19 12:03", "Europe/Madrid",
              "<CAF5sLq0Wd8rPm3Tz7Yh2Kb9NvC4xJe1GuA6oRi@mail.gmail.com>",
              rcv=("from mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])", "mx.example.org with ESMTPS id 4jK4rW8pDvz5"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(35), family="availability_request", lang="fr", interview=False, company="Vaudoise Robotique SA",
      days=(("Tue", "2026-07-21"), ("Wed", "2026-07-22")),
      note="Swiss HR asks 'Quelles seraient vos disponibilités ?' and proposes two slots (mardi 21 juillet 10h00 / mercredi 22 juillet 14h00); nothing chosen yet. The confirmation comes later (forwarded).")
def n_dispos_vaudoise():
    body = t("""
        Bonjour Madame Lefèvre,

        Nous vous remercions pour votre candidature au poste de UX Researcher, qui a retenu toute
        notre attention. Nous aimerions vous rencontrer dans nos locaux de Renens.

        Quelles seraient vos disponibilités la semaine prochaine ? Nous pourrions vous proposer
        l'un des créneaux suivants :
        - mardi 21 juillet à 10h00
        - mercredi 22 juillet à 14h00

        Si aucun ne vous convient, n'hésitez pas à nous en proposer d'autres.

        Avec nos meilleures salutations,

        Mélanie Favre
        Responsable RH
        Vaudoise Robotique SA
        Avenue du Silo 9, 1020 Renens
        +41 21 555 62 30
        """)
    hs = head(addr("Mélanie Favre", "melanie.favre@vaudoise-robotique.ch"), me(),
              "Entretien – UX Researcher (Renens)", "2026-07-13 14:22", "Europe/Zurich",
              "<GVAP278MB0183E2D1C0B9A8F7E6D5C4B3A2F1@GVAP278MB0183.CHEP278.PROD.OUTLOOK.COM>",
              rcv=("from CHE01-GV0-obe.outbound.protection.outlook.com (mail-gv0che01on2118.outbound.protection.outlook.com [40.107.23.118])", "mx.example.org with ESMTPS id 4kX0sB5nMqz3"),
              extra=(("Content-Language", "fr-CH"),))
    return message(hs, alt(text(body), html(to_html(body, style="font-family:Arial,sans-serif;font-size:10pt"))))


@mail(nm(36), family="scheduling_link", lang="en", interview=False, company="Cobalt Loop",
      note="Ashby self-schedule request ('Please choose a time'); no time booked yet.")
def n_ashby_selfschedule():
    body = t("""
        Hi Camille,

        Thanks for your interest in the Senior UX Researcher role at Cobalt Loop! Devon Price,
        our Research Lead, would like to set up a 45-minute Research Deep-Dive with you.

        Please choose a time that works for you:
        https://app.ashbyhq.com/interview-scheduling/cobaltloop/3b7e1d90-5c2a-4f8e-a6b1-2d9c0e4f7a38

        Available times are shown in your local time zone. If none of them work, reply to this
        email and we'll find another option.

        Best,
        Cobalt Loop Recruiting
        """)
    hs = head(addr("Cobalt Loop", "no-reply@ashbyhq.com"), me(),
              "Schedule your interview with Cobalt Loop", "2026-03-17 11:40", "America/New_York",
              "<0100019cf9a24b18-1e5c7a3d-9f2b-4c8d-b0e6-4a7f1c3d9e25-000000@email.amazonses.com>",
              rcv=("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", "mx.example.org with ESMTPS id 4fM2wN6vQbz8"),
              extra=(("Reply-To", addr("Devon Price", "devon.price@cobaltloop.com")),))
    return message(hs, alt(text(body), html(to_html(body, lang="en"))))


@mail(nm(37), family="one_way_video", lang="fr", interview=False, company="Banque Rhodanienne",
      days=(("Thu", "2026-03-12"),),
      note="One-way (deferred) video interview invitation via a recording platform: record answers before 'jeudi 12 mars 2026 à 23h59'; a deadline, no meeting with anyone.")
def n_video_differe():
    body = t("""
        Bonjour Camille,

        Banque Rhodanienne vous invite à passer un entretien vidéo différé pour le poste de
        UX Researcher (CDI – Lyon).

        Comment ça marche ?
        • 4 questions s'afficheront l'une après l'autre.
        • Vous disposez de 30 secondes de réflexion puis de 2 minutes pour répondre à chacune.
        • Vous pouvez faire un essai avant de commencer ; une seule prise par question ensuite.

        Vous avez jusqu'au jeudi 12 mars 2026 à 23h59 pour enregistrer vos réponses, au moment qui
        vous convient : https://app.vidmatch.io/i/br-7c3e91/candidat/5a2f8d

        Conseil : installez-vous au calme, avec une bonne lumière et une connexion stable.

        Bonne chance !
        L'équipe Recrutement de Banque Rhodanienne, via Vidmatch
        """)
    hs = head(addr("Banque Rhodanienne via Vidmatch", "invitations@vidmatch.io"), me(),
              "Votre entretien vidéo différé – UX Researcher", "2026-03-05 09:15", PARIS,
              "<ev.5a2f8d.20260305081500@vidmatch.io>",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(to_html(body))))


@mail(nm(38), family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-02-09"),),
      note="Gmail delivery-failure bounce (multipart/report) of the candidate's own follow-up to a recruiting address; the returned message is a polite chaser with no meeting.")
def n_bounce():
    original = message([
        ("From", me()),
        ("To", "recrutement@atelier-sable.fr"),
        ("Subject", enc("Relance – candidature UX Researcher")),
        ("Date", date("2026-02-25 10:14", PARIS)),
        ("Message-ID", "<CAGm4Rz1Lp7Wx2Tq9Yd3Kf8NbH0sVc5JeA6uQo@mail.gmail.com>"),
    ], text(t("""
        Bonjour,

        Je me permets de revenir vers vous au sujet de ma candidature au poste de UX Researcher,
        envoyée le lundi 9 février via votre site carrières.

        Le poste m'intéresse beaucoup et je serais ravie d'en discuter avec vous.

        Bien cordialement,
        Camille Lefèvre
        06 48 27 91 03
        """)))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to recrutement@atelier-sable.fr because the address couldn't
        be found, or is unable to receive mail.

        Learn more here: https://support.google.com/mail/?p=NoSuchUser

        The response was:

        550 5.1.1 <recrutement@atelier-sable.fr>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; camille.lefevre@example.org
        Arrival-Date: Wed, 25 Feb 2026 01:14:07 -0800 (PST)
        X-Original-Message-ID: <CAGm4Rz1Lp7Wx2Tq9Yd3Kf8NbH0sVc5JeA6uQo@mail.gmail.com>

        Final-Recipient: rfc822; recrutement@atelier-sable.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.atelier-sable.fr. (212.27.48.4, the server for the domain atelier-sable.fr.)
        Diagnostic-Code: smtp; 550 5.1.1 <recrutement@atelier-sable.fr>: Recipient address rejected: User unknown in virtual mailbox table
        Last-Attempt-Date: Wed, 25 Feb 2026 01:14:09 -0800 (PST)
        """)
    hs = head(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
              "Delivery Status Notification (Failure)", "2026-02-25 01:14", "America/Los_Angeles",
              "<67ddf0a1.050a0220.3b9e1c.4d2fSMTPIN_ADDED_MISSING@mx.google.com>",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("References", "<CAGm4Rz1Lp7Wx2Tq9Yd3Kf8NbH0sVc5JeA6uQo@mail.gmail.com>"),
                     ("In-Reply-To", "<CAGm4Rz1Lp7Wx2Tq9Yd3Kf8NbH0sVc5JeA6uQo@mail.gmail.com>"),
                     ("X-Failed-Recipients", "recrutement@atelier-sable.fr")))
    report = multipart("report", text(notice, cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    return message(hs, report)


@mail(nm(39), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-03-19"),),
      note="Work meeting at her current employer (Exchange invite in French, 'Romance Standard Time'): user-test debrief; not an interview.")
def n_work_meeting():
    teams = TEAMS_FR.format(tid="OWQ0ZTE3YzAtNmIy", ten="0a7f3e2d-1c9b-4e8a-b6d5-3f2e1d0c9b8a",
                            mid="319 902 447 618", code="Zp4Nw8")
    plain = t("""
        Quand : jeudi 19 mars 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Seine (4e) / Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hello à tous,

        Camille nous présente les résultats des tests utilisateurs de l'appli conducteurs
        (sprint 14) : 8 sessions, principaux irritants sur la prise de course et le paiement.
        Venez avec vos questions, on priorise les correctifs à la fin.

        Julien

        """) + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Julien Barbier:mailto:julien.barbier@octant-mobilites.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Lefèvre:mailto:camille.lefevre@octant-mobilites.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Équipe Produit Conducteurs:mailto:produit-conducteurs@octant-mobilites.fr
        UID:040000008200E00074C5B7101A82E00800000000B4C1E3D7A2B5DC01000000000000000010000000E7D6C5B4A3F2E1D0C9B8A7F6E5D4C3B2
        SUMMARY;LANGUAGE=fr-FR:Restitution tests utilisateurs – appli conducteurs (sprint 14)
        DTSTART;TZID=Romance Standard Time:20260319T140000
        DTEND;TZID=Romance Standard Time:20260319T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260313T101744Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Seine (4e) / Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Julien Barbier", "julien.barbier@octant-mobilites.fr"),
              addr("Équipe Produit Conducteurs", "produit-conducteurs@octant-mobilites.fr") + ", " + addr(ME_NAME, WORK),
              "Restitution tests utilisateurs – appli conducteurs (sprint 14)", "2026-03-13 11:17", PARIS,
              "<PR0P264MB3152A7B6C5D4E3F2A1B0C9D8E7F6@PR0P264MB3152.FRAP264.PROD.OUTLOOK.COM>",
              extra=outlook_headers("AdyzS0cJ1pQ8rT4uVw6XyZ7aBcD9eF==", "Restitution tests utilisateurs – appli conducteurs (sprint 14)")
              + (("X-Forwarded-For", f"{WORK} {ME}"),))
    return message(hs, alt(text(plain), html(to_html(plain, style="font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(nm(40), family="user_research", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-06-25"),),
      note="Calendly host notification on her own research calendar: a participant booked an 'Entretien utilisateur' (45 min) on Thu 25 June 10:00; she is the interviewer of a user, not a job candidate.")
def n_user_interview_calendly():
    body = t("""
        Bonjour Camille Lefèvre,

        Un nouvel événement a été programmé.

        Type d'événement :
        Entretien utilisateur (45 min) – appli Octant Drive

        Invité :
        Karim Belkacem
        karim.belkacem@example.net

        Date/heure de l'événement :
        10:00 - 10:45, jeudi 25 juin 2026 (Heure d’été d’Europe centrale)

        Lieu :
        Google Meet – https://meet.google.com/oct-usrx-kbm

        Questions de l'invité :
        À quelle fréquence utilisez-vous l'application Octant Drive ?
        Tous les jours, je suis chauffeur VTC depuis 3 ans.

        Acceptez-vous que la session soit enregistrée ?
        Oui

        Voir l'événement dans Calendly : https://calendly.com/app/scheduled_events/user/me

        Envoyé depuis Calendly
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"), addr(ME_NAME, WORK),
              "Nouvel événement : Karim Belkacem – 10:00 jeu. 25 juin 2026 – Entretien utilisateur (45 min) – appli Octant Drive",
              "2026-06-22 19:48", UTC_, "<01000197a2f4c3b1-6d8e2a1f-7c3b-4e9d-a5f0-1b2c3d4e5f60-000000@email.amazonses.com>",
              extra=(("Reply-To", addr("Karim Belkacem", "karim.belkacem@example.net")),))
    return message(hs, alt(text(body), html(to_html(body))))


@mail(nm(41), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-04-10"),),
      note="Exchange invite from her employer's HR: she is on the panel interviewing an intern candidate ('Entretien candidat – Hugo Marchand'); a confirmed interview, but not hers as a job seeker.")
def n_interviewer_panel():
    teams = TEAMS_FR.format(tid="NjFhOGQyYjItYzMw", ten="0a7f3e2d-1c9b-4e8a-b6d5-3f2e1d0c9b8a",
                            mid="356 281 774 903", code="kR9vB3")
    plain = t("""
        Quand : vendredi 10 avril 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Canal (3e) / Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Camille, bonjour Julien,

        Voici le créneau du second entretien d'Hugo Marchand, candidat au stage UX Research
        (6 mois à partir de septembre). Camille, tu peux lui faire passer l'exercice d'analyse
        d'entretiens comme pour les autres candidats ; son CV et sa lettre sont dans Teamtailor.

        Merci à vous deux,
        Sandrine

        Sandrine Collet
        Talent Acquisition – Octant Mobilités

        """) + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sandrine Collet:mailto:sandrine.collet@octant-mobilites.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Lefèvre:mailto:camille.lefevre@octant-mobilites.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Barbier:mailto:julien.barbier@octant-mobilites.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Marchand:mailto:hugo.marchand@example.com
        UID:040000008200E00074C5B7101A82E00800000000C8E2A4B6D1C3DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Hugo Marchand (stage UX Research)
        DTSTART;TZID=Romance Standard Time:20260410T100000
        DTEND;TZID=Romance Standard Time:20260410T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260403T083022Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Canal (3e) / Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sandrine Collet", "sandrine.collet@octant-mobilites.fr"),
              addr(ME_NAME, WORK) + ", " + addr("Julien Barbier", "julien.barbier@octant-mobilites.fr"),
              "Entretien candidat – Hugo Marchand (stage UX Research)", "2026-04-03 10:30", PARIS,
              "<PR0P264MB4410B8C7D6E5F4A3B2C1D0E9F8A7@PR0P264MB4410.FRAP264.PROD.OUTLOOK.COM>",
              extra=outlook_headers("AdzD3fKq8Rr1sT5uVw9XyZ2aBcE4gH==", "Entretien candidat – Hugo Marchand (stage UX Research)")
              + (("X-Forwarded-For", f"{WORK} {ME}"),))
    return message(hs, alt(text(plain), html(to_html(plain, style="font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(nm(42), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-02-10"),),
      note="Doctor's appointment booked on a medical booking site (Doctolib-style), with ICS: a confirmed time, not an interview.")
def n_doctor():
    body = t("""
        Bonjour Camille LEFÈVRE,

        Votre rendez-vous est confirmé.

        Dr Élise Marchal – Dermatologue
        mardi 10 février 2026 à 18h15
        Cabinet médical Voltaire, 27 boulevard Voltaire, 75011 Paris
        Motif : Première consultation

        À prévoir : votre carte Vitale et, le cas échéant, votre ordonnance.

        Un empêchement ? Merci d'annuler votre rendez-vous au moins 24 heures à l'avance pour
        libérer le créneau pour un autre patient :
        https://www.rdvsante.fr/account/appointments/82734519

        L'équipe RdvSanté
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//RdvSante//Agenda patient//FR
        METHOD:PUBLISH
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:rdv-82734519@rdvsante.fr
        DTSTAMP:20260204T173309Z
        DTSTART;TZID=Europe/Paris:20260210T181500
        DTEND;TZID=Europe/Paris:20260210T183000
        SUMMARY:RDV Dr Élise Marchal (Dermatologue)
        LOCATION:27 boulevard Voltaire\\, 75011 Paris
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("RdvSanté", "ne-pas-repondre@rdvsante.fr"), me(),
              "Confirmation de votre rendez-vous du mardi 10 février", "2026-02-04 18:33", PARIS,
              "<rdv-82734519.confirmation@rdvsante.fr>",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, mixed(alt(text(body), html(to_html(body))),
                             calendar(ics, method=None, ctype="application/ics", filename="rdv.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(nm(43), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Préfecture appointment confirmation (administrative booking), a confirmed time but not an interview.")
def n_prefecture():
    body = t("""
        PRÉFECTURE DE POLICE
        Prise de rendez-vous en ligne

        Madame LEFÈVRE Camille,

        Votre rendez-vous a bien été enregistré.

        Démarche : Permis de conduire - dépôt de dossier (permis international)
        Date : lundi 19 octobre 2026
        Heure : 09h10
        Lieu : Centre de réception, 1 bis rue de Lutèce, 75004 Paris - guichet 7
        Numéro de réservation : PP-2026-10-4471925

        Présentez-vous 10 minutes avant l'heure de votre rendez-vous, muni(e) de cette
        convocation imprimée ou sur votre téléphone, et des pièces justificatives demandées.
        Tout retard de plus de 15 minutes pourra entraîner l'annulation du rendez-vous.

        Pour annuler : https://rdv.prefecture-police.example/annulation?ref=PP-2026-10-4471925

        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("Préfecture de police – Rendez-vous", "ne-pas-repondre@rdv.prefecture-police.example"), me(),
              "Confirmation de votre rendez-vous – Réf. PP-2026-10-4471925", "2026-10-12 13:57", PARIS,
              "<PP-2026-10-4471925.1760270220@rdv.prefecture-police.example>",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(nm(44), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-06-06"),),
      note="Apple Calendar invitation from a friend (birthday drinks, Saturday 6 June 19:30) with an Apple-produced ICS; social, not an interview.")
def n_apple_social():
    body = t("""
        Léa Martin vous a invité(e) à « Apéro pour mes 35 ans 🎉 ».

        Quand : samedi 6 juin 2026 de 19:30 à 23:30 (UTC+2)
        Où : Le Perchoir Ménilmontant, 14 rue Crespin du Gast, 75011 Paris

        Notes : On se retrouve sur la terrasse, venez comme vous êtes ! Pas de cadeau, juste vous 🥂

        Accepter · Peut-être · Refuser
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        VERSION:2.0
        PRODID:-//Apple Inc.//iOS 26.4//EN
        CALSCALE:GREGORIAN
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        TRANSP:OPAQUE
        DTEND;TZID=Europe/Paris:20260606T233000
        ORGANIZER;CN="Léa Martin";EMAIL="lea.martin@example.net":mailto:lea.martin@example.net
        UID:6B0E7C3A-1F2D-4E5B-9A8C-7D6E5F4A3B2C
        DTSTAMP:20260531T095514Z
        LOCATION:Le Perchoir Ménilmontant\\n14 rue Crespin du Gast\\, 75011 Paris
        DESCRIPTION:On se retrouve sur la terrasse\\, venez comme vous êtes ! Pas de cadeau\\, juste vous 🥂
        URL;VALUE=URI:
        SEQUENCE:0
        SUMMARY:Apéro pour mes 35 ans 🎉
        LAST-MODIFIED:20260531T095514Z
        CREATED:20260531T095108Z
        DTSTART;TZID=Europe/Paris:20260606T193000
        ATTENDEE;CN="Camille Lefèvre";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE;EMAIL="camille.lefevre@example.org":mailto:camille.lefevre@example.org
        ATTENDEE;CN="Léa Martin";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:lea.martin@example.net
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Léa Martin", "lea.martin@example.net"), me(),
              "Invitation : Apéro pour mes 35 ans 🎉 (sam. 6 juin 2026 19:30)", "2026-05-31 11:55", PARIS,
              "<6B0E7C3A-1F2D-4E5B-9A8C-7D6E5F4A3B2C@example.net>",
              extra=(("X-Mailer", "iPhone Mail (23E246)"),))
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", cte="quoted-printable", filename="iCal-20260531-095514.ics",
                                      disposition="attachment", name_param=True)))


@mail(nm(45), family="podcast", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Podcast host confirms a recording ('interview d'environ 45 minutes', mardi 15 septembre 18h); a confirmed 'interview' but not a job interview.")
def n_podcast():
    body = t("""
        Salut Camille,

        Merci mille fois d'avoir accepté l'invitation ! Je te confirme l'enregistrement de
        l'épisode mardi 15 septembre à 18h, au studio de La Ruche Audio (84 quai de Jemmapes,
        Paris 10e).

        Le format : une interview d'environ 45 minutes sur la recherche terrain dans la mobilité,
        ton parcours depuis Montréal, et les erreurs de débutant que tu aurais aimé éviter. Je
        t'envoie la trame des questions d'ici vendredi, rien à préparer d'autre.

        Diffusion prévue début octobre, je te tiens au courant.

        À mardi !
        Romain

        --
        Romain Lebrun – « Terrain », le podcast des gens qui font de la recherche utilisateur
        https://podcast-terrain.fr
        """)
    hs = head(addr("Romain Lebrun", "romain@podcast-terrain.fr"), me(),
              "Enregistrement « Terrain » – c'est calé pour le 15/09 !", "2026-09-08 22:41", PARIS,
              "<8d3a0f41-2c7e-49b5-a1d6-93e0b7f2c5a8@podcast-terrain.fr>",
              rcv=("from mail.podcast-terrain.fr (mail.podcast-terrain.fr [185.230.63.107])", "mx.example.org with ESMTPS id 4mN7qR2tWfz6"),
              extra=(("X-Mailer", "Mozilla Thunderbird 140.2.0"),))
    return message(hs, text(body, cte="8bit"))


@mail(nm(46), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Alumni association confirms a mock interview ('simulation d'entretien', jeudi 24 septembre 18h30–19h15) with a volunteer mentor: practice, not a job interview.")
def n_mock_interview():
    body = t("""
        Bonjour Camille,

        Votre simulation d'entretien est confirmée !

        Mentor : Mathilde Rousseau, Lead UX Researcher (promo 2014)
        Date : jeudi 24 septembre 2026, 18h30 – 19h15
        Format : visio – https://meet.jit.si/alumni-ergo-simulation-0924-rousseau

        Rappel du principe : Mathilde jouera le rôle d'une recruteuse pendant 30 minutes, sur la
        base de l'offre que vous nous avez transmise, puis vous fera un retour détaillé pendant
        15 minutes. Ce n'est pas un entretien réel : profitez-en pour tester vos réponses !

        Si vous ne pouvez plus venir, prévenez-nous pour libérer le créneau d'un(e) autre
        adhérent(e).

        Belle préparation,
        Le pôle Mentorat
        Association des Alumni du Master Ergonomie & UX – Université Rennes 2
        """)
    hs = head(addr("Alumni Ergonomie & UX Rennes 2", "mentorat@alumni-ergo-rennes.fr"), me(),
              "Votre simulation d'entretien est confirmée – jeudi 24 septembre", "2026-09-17 12:10", PARIS,
              "<20260917101002.4e7c1a@alumni-ergo-rennes.fr>",
              extra=(("List-Unsubscribe", "<mailto:mentorat@alumni-ergo-rennes.fr?subject=desinscription>"),))
    return message(hs, alt(text(body), html(to_html(body))))


@mail(nm(47), family="marketing_webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-02-19"),),
      note="Marketing webinar registration ('Réussir son entretien d'embauche en UX research', jeudi 19 février 12h30) with an ICS attached; not a job interview.")
def n_webinar():
    body = t("""
        Bonjour Camille,

        Votre inscription est confirmée !

        Webinar : Réussir son entretien d'embauche en UX research
        Jeudi 19 février 2026, de 12h30 à 13h30 (heure de Paris)
        Lien de connexion : https://live.uxcellence-academy.fr/w/entretien-ux-0219

        Au programme :
        – les 5 questions pièges des entretiens en UX research
        – comment présenter une étude en 10 minutes
        – questions / réponses avec deux recruteuses

        Ajoutez l'événement à votre agenda grâce au fichier joint.

        À jeudi,
        L'équipe UXcellence Academy

        Vous recevez cet e-mail suite à votre inscription. Se désinscrire :
        https://uxcellence-academy.fr/unsubscribe?e=camille.lefevre%40example.org
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//UXcellence Academy//Webinars//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-entretien-ux-20260219@uxcellence-academy.fr
        DTSTAMP:20260212T090000Z
        DTSTART:20260219T113000Z
        DTEND:20260219T123000Z
        SUMMARY:Webinar – Réussir son entretien d'embauche en UX research
        LOCATION:https://live.uxcellence-academy.fr/w/entretien-ux-0219
        ORGANIZER;CN=UXcellence Academy:mailto:events@uxcellence-academy.fr
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("UXcellence Academy", "events@uxcellence-academy.fr"), me(),
              "[Inscription confirmée] Réussir son entretien d'embauche en UX research – jeudi 19 février, 12h30",
              "2026-02-12 10:00", PARIS, "<20260212090000.webinar-0219.3c81@uxcellence-academy.fr>",
              extra=(("List-Unsubscribe", "<https://uxcellence-academy.fr/unsubscribe?e=camille.lefevre%40example.org>"),
                     ("Precedence", "bulk")))
    return message(hs, mixed(alt(text(body), html(to_html(body))),
                             calendar(ics, method=None, ctype="text/calendar", filename="webinar.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(nm(48), family="rejection", lang="en", interview=False, company="Liffey Analytics",
      days=(("Thu", "2026-04-23"),),
      note="Teamtailor rejection after the 23 April interview; past date only.")
def n_teamtailor_rejection():
    body = t("""
        Hi Camille,

        Thank you for taking the time to speak with Declan and me on Thursday 23 April, and for
        the thoughtful examples you shared.

        After a lot of discussion we've decided to move forward with another candidate whose
        experience with B2B analytics products is a closer match for where the team is right now.
        This was a genuinely difficult decision.

        We'd be glad to keep your details on file for future research roles, and I hope our paths
        cross again.

        Best wishes,
        Ciara Nolan
        Talent Partner, Liffey Analytics

        Sent with Teamtailor
        """)
    hs = head(addr("Liffey Analytics", "no-reply@teamtailor-mail.com"), me(),
              "Your application for Senior UX Researcher at Liffey Analytics", "2026-05-06 15:02", "Europe/Dublin",
              "<663b2f1ad4e7a_5c2e9f1b8a30@teamtailor-mail.com>",
              rcv=("from o12.teamtailor-mail.com (o12.teamtailor-mail.com [167.89.101.12])", "mx.example.org with ESMTPS id 4hF6pX0wJyz4"),
              extra=(("Reply-To", addr("Ciara Nolan", "ciara.nolan@liffeyanalytics.ie")),))
    return message(hs, alt(text(body), html(to_html(body, lang="en"))))


@mail(nm(49), family="application_ack", lang="en", interview=False, company="Vantor Health",
      note="Workday application receipt ('Thank you for applying'); no interview yet.")
def n_workday_receipt():
    body = t("""
        Dear Camille,

        Thank you for applying to the UX Researcher (Remote - Europe) position (R-24117) at
        Vantor Health. We have received your application.

        Our Talent Acquisition team will review your qualifications. If your experience matches
        our needs, a member of the team will contact you about next steps.

        You can check the status of your application at any time in your candidate home:
        https://vantorhealth.wd5.myworkdayjobs.com/en-US/careers/userHome

        Sincerely,
        Vantor Health Talent Acquisition

        This is an automated message; please do not reply.
        """)
    hs = head(addr("Vantor Health", "vantorhealth@myworkday.com"), me(),
              "Thank you for applying to Vantor Health", "2026-10-07 09:48", "America/New_York",
              "<889244173.41872.1791380880553@wd5-prod-mail.myworkday.com>",
              rcv=("from wd5-mail.myworkday.com (wd5-mail.myworkday.com [209.177.165.22])", "mx.example.org with ESMTPS id 4qD1bS7nFhz9"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(to_html(body, lang="en"))))


@mail(nm(50), family="post_interview", lang="fr", interview=False, company="Boréalis Labs",
      days=(("Fri", "2026-03-20"),),
      note="Québec recruiter's thank-you after the first call ('merci pour la jasette de mardi'), promises news by Friday 20 March; nothing scheduled.")
def n_borealis_followup():
    body = t("""
        Salut Camille!

        Merci encore pour la belle jasette de mardi, l'équipe a vraiment apprécié ton approche
        des entrevues contextuelles.

        On fait le point à l'interne en début de semaine prochaine et je te reviens au plus tard
        vendredi prochain (le 20 mars) avec la suite des choses.

        Bonne fin de semaine!

        Julie Gagnon
        Acquisition de talents · Boréalis Labs
        5445 avenue de Gaspé, bureau 310, Montréal (Québec) H2T 3B2
        """)
    hs = head(addr("Julie Gagnon", "julie.gagnon@borealislabs.ca"), me(),
              "Merci pour l'échange!", "2026-03-13 15:26", "America/Toronto",
              "<CAHt7Qm2Vs9Xk4Lp1Yz8Rb3NcW6dJf0GuE5oAi@mail.gmail.com>",
              rcv=("from mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])", "mx.example.org with ESMTPS id 4fL9xB2rCkz7"))
    return message(hs, alt(text(body), html(gmail_html(body))))
