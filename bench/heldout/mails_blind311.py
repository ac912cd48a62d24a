"""blind311: a blind 50-mail held-out set, the inbox of Élodie Chazal, HR assistant at a textile mill in
Roanne (Europe/Paris), September to December 2026.

Written by hand, one function per mail, by a helper session that read only make.py, make_blind.py,
the introduction and the Mix / Label conventions / Traps / Judgement calls sections of
bench/heldout/README.md, and the dev corpus README, labels.json, dev_002, dev_009 and score.py. It
did not read the detector, its tests and fixtures, or any other held-out set, and never ran the
detector. Mostly French from France (tu and vous), some English (a Belgian employer in
Europe/Brussels and an American one in America/Chicago). Keys 1-23 are positives, 24-50 negatives;
file numbers are a fixed shuffle of the writing order.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import addr, alt, calendar, date, enc, gmail_html, html, mixed, received, t, text

ORDER = random.Random(3110311).sample(range(1, 51), 50)
SET = "blind311"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


PAR = "Europe/Paris"
BRU = "Europe/Brussels"
CHI = "America/Chicago"
ME = "elodie.chazal@example.com"
ME_ADDR = addr("Élodie Chazal", ME)
MX = "mx1.mail.example.com (Postfix) with ESMTPS id"


def mid(key: str, domain: str) -> str:
    h = hashlib.sha1(f"blind311-{key}".encode(), usedforsecurity=False).hexdigest()
    return f"<{h[:24]}@{domain}>"


def rcv(host: str, when: str, zone: str, key: str, lag: int = 4) -> str:
    ident = f"{MX} {hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()[:12].upper()}"
    return received(f"from {host}", when, zone, ident, ME, lag)


def base(key: str, host: str, frm: str, subject: str, when: str, zone: str, domain: str,
         to: str = ME_ADDR, extra: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    hs = [("Return-Path", f"<bounce-{key}@{host}>"), ("Received", rcv(host, when, zone, key)),
          ("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
          ("Message-ID", mid(key, domain))]
    return hs + (extra or [])


def vevent(uid: str, start: str, end: str | None, tzid: str, summary: str, organizer: str | None,
           seq: int = 0, status: str = "CONFIRMED", location: str = "", desc: str = "",
           stamp: str = "20260901T080000Z", attendee: str = "Élodie Chazal") -> str:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART;TZID={tzid}:{start}"]
    if end:
        lines.append(f"DTEND;TZID={tzid}:{end}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if desc:
        lines.append(f"DESCRIPTION:{desc}")
    if organizer:
        lines.append(f"ORGANIZER;{organizer}")
    lines.append(f"ATTENDEE;CN={attendee};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}")
    lines.append("END:VEVENT")
    return "\n".join(lines)


def vcal(prodid: str, method: str, vtz: str, event: str) -> str:
    return "\n".join(["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
                      f"METHOD:{method}", vtz, event, "END:VCALENDAR"])


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

BRUSSELS = """BEGIN:VTIMEZONE
TZID:Europe/Brussels
X-LIC-LOCATION:Europe/Brussels
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

# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z", contact="camille.perrin@lumitex-industries.fr",
           company="Lumitex Industries", local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=PAR,
           note="Greenhouse confirmation in French, 'mardi 15 septembre 2026, 10:00 - 10:45 (heure de Paris)', "
                "CEST so UTC+2; contact = human Reply-To (the sender is no-reply)")
def m01():
    body = t("""
        Bonjour Élodie,

        Merci d'avoir pris le temps de choisir un créneau. Votre entretien pour le poste de
        Chargée de recrutement (H/F) – site de Villeurbanne est confirmé :

        Date : mardi 15 septembre 2026
        Heure : 10:00 - 10:45 (heure de Paris)
        Format : visioconférence Google Meet
        Lien : https://meet.google.com/kqe-xwpa-fhn

        Vous échangerez avec :
          Camille Perrin – Responsable recrutement
          Olivier Sarda – Directeur des ressources humaines

        Un empêchement ? Répondez simplement à cet e-mail, il parviendra à Camille.

        À bientôt,
        L'équipe recrutement Lumitex Industries
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Élodie,</p>
        <p>Merci d'avoir pris le temps de choisir un créneau. Votre entretien pour le poste de
        <b>Chargée de recrutement (H/F) – site de Villeurbanne</b> est confirmé&nbsp;:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#888">Date</td><td>mardi 15 septembre 2026</td></tr>
        <tr><td style="color:#888">Heure</td><td>10:00 - 10:45 (heure de Paris)</td></tr>
        <tr><td style="color:#888">Format</td><td>visioconférence Google Meet</td></tr>
        <tr><td style="color:#888">Lien</td><td><a href="https://meet.google.com/kqe-xwpa-fhn">meet.google.com/kqe-xwpa-fhn</a></td></tr>
        </table>
        <p>Vous échangerez avec&nbsp;:<br>Camille Perrin – Responsable recrutement<br>
        Olivier Sarda – Directeur des ressources humaines</p>
        <p>Un empêchement&nbsp;? Répondez simplement à cet e-mail, il parviendra à Camille.</p>
        <p>À bientôt,<br>L'équipe recrutement Lumitex Industries</p>
        <img src="https://us.greenhouse-mail.io/o/eJx1jk0OgjAQhe_2" width="1" height="1" alt="">
        </body></html>
        """)
    hs = base("m01", "o1.us.greenhouse-mail.io", addr("Lumitex Industries", "no-reply@us.greenhouse-mail.io"),
              "Entretien confirmé : Chargée de recrutement (H/F) chez Lumitex Industries",
              "2026-09-09 16:20", PAR, "us.greenhouse-mail.io",
              extra=[("Reply-To", addr("Camille Perrin", "camille.perrin@lumitex-industries.fr"))])
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="workday", lang="fr", interview=True, kind="scheduled",
           start="2026-10-01T12:30:00Z", end="2026-10-01T13:30:00Z", contact=None,
           company="Groupe Vellard", local="Thu 2026-10-01 14:30", local_end="2026-10-01 15:30", zone=PAR,
           note="Workday HTML-only (base64) with an invite.ics attachment, 'jeudi 1 octobre 2026 de 14h30 à "
                "15h30 (heure de Paris)', CEST; ORGANIZER is the Workday mailbox, no human address -> contact null")
def m02():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="600" align="center" style="background:#ffffff;font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <tr><td style="padding:24px;border-top:4px solid #005cb9">
        <p>Bonjour Élodie Chazal,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour l'offre
        <b>R-004217 Gestionnaire paie et administration du personnel (F/H) – Saint-Chamond</b>.</p>
        <p><b>Date&nbsp;:</b> jeudi 1 octobre 2026<br>
        <b>Horaire&nbsp;:</b> de 14h30 à 15h30 (heure de Paris)<br>
        <b>Lieu&nbsp;:</b> Groupe Vellard, 12 rue de la Forge, 42400 Saint-Chamond – accueil bâtiment B</p>
        <p>Merci de vous présenter dix minutes à l'avance muni(e) d'une pièce d'identité.
        Une invitation de calendrier est jointe à ce message.</p>
        <p>Pour consulter votre candidature, connectez-vous à votre
        <a href="https://wd3.myworkdayjobs.com/fr-FR/Vellard_Careers/login">compte candidat</a>.</p>
        <p>Cordialement,<br>Le service Recrutement du Groupe Vellard</p>
        <p style="font-size:11px;color:#888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    ics = vcal("-//Workday Inc.//Recruiting//FR", "REQUEST", make.VTZ["Europe/Paris"],
               vevent("wd-int-7f31c2a0-004217@myworkday.com", "20261001T143000", "20261001T153000", "Europe/Paris",
                      "Entretien - Gestionnaire paie et administration du personnel (F/H)",
                      "CN=Groupe Vellard Recrutement:mailto:groupevellard@myworkday.com",
                      location="Groupe Vellard\\, 12 rue de la Forge\\, 42400 Saint-Chamond",
                      stamp="20260925T090200Z"))
    hs = base("m02", "smtp-out.myworkday.com", addr("Groupe Vellard", "groupevellard@myworkday.com"),
              "Confirmation de votre entretien – Gestionnaire paie (F/H)", "2026-09-25 11:02", PAR, "myworkday.com")
    body = mixed(html(page, cte="base64"),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return make.message(hs, body)


@make.mail(N(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-09-24T09:00:00Z", end=None, contact="julien.mercier@orvalis-conseil.fr",
           company="Manufacture Berthollet", local="Thu 2026-09-24 11:00", zone=PAR, days=(("Mon", "2026-09-21"),),
           note="Agency recruiter (tu) confirms 'jeudi à 11h' with the client, sent Monday 21 September -> Thursday "
                "24 September 11:00 CEST; no length stated; company = the hiring client, not the agency; iso-8859-1")
def m03():
    body = t("""
        Salut Élodie,

        Bonne nouvelle : j'ai eu Mme Berthollet au téléphone ce midi, elle veut te rencontrer
        pour le poste d'assistante RH. C'est calé : jeudi à 11h, directement à la Manufacture
        (18 chemin des Tisserands, Riorges), tu demandes Mme Berthollet à l'accueil.

        Elle a bien aimé ton expérience sur la paie et les plannings de production, appuie
        là-dessus. Prévois aussi un mot sur la gestion des intérimaires, c'est leur gros sujet
        en ce moment.

        Appelle-moi après pour me raconter !

        Julien
        --
        Julien Mercier
        Consultant recrutement - Orvalis Conseil, agence de Roanne
        04 77 71 28 40 - julien.mercier@orvalis-conseil.fr
        """)
    hs = base("m03", "smtp.orvalis-conseil.fr", addr("Julien Mercier", "julien.mercier@orvalis-conseil.fr"),
              "Manufacture Berthollet - c'est calé !", "2026-09-21 18:05", PAR, "orvalis-conseil.fr",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return make.message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(4), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-26T08:30:00Z", end="2026-10-26T09:30:00Z", contact="b.lacroix@fromageries-forez.fr",
           company="Fromageries du Forez", local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=PAR,
           note="Exchange meeting request (TZID Romance Standard Time) sent Thursday 22 October in CEST for Monday "
                "26 October 09:30, the day after Europe's return to CET, so UTC+1; contact = human organizer; "
                "windows-1252 body")
def m04():
    body = t("""
        Quand : lundi 26 octobre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        Bonjour Madame Chazal,

        Comme convenu lors de notre échange téléphonique, je vous adresse l'invitation pour
        notre entretien concernant le poste de Responsable administration du personnel.
        Seront présents Mme Anne Rochette (DRH) et moi-même.

        Bien cordialement,
        Bertrand Lacroix
        Responsable Ressources Humaines – Fromageries du Forez
        Tél. 04 77 58 12 90

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTg3>
        ID de la réunion : 384 201 955 617
        Code secret : Qv7mT2
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", ROMANCE,
               vevent("040000008200E00074C5B7101A82E00800000000B0C4F2A1E25ADC01000000000000000010000000", "20261026T093000",
                      "20261026T103000", "Romance Standard Time", "Entretien - Responsable administration du personnel",
                      "CN=Bertrand Lacroix:mailto:b.lacroix@fromageries-forez.fr", location="Réunion Microsoft Teams",
                      stamp="20261022T140500Z", attendee="Elodie Chazal"))
    hs = base("m04", "EUR03-DB5-obe.outbound.protection.outlook.com",
              addr("Bertrand Lacroix", "b.lacroix@fromageries-forez.fr"),
              "Entretien - Responsable administration du personnel", "2026-10-22 16:05", PAR,
              "PAXPR07MB8815.eurprd07.prod.outlook.com",
              extra=[("Thread-Topic", enc("Entretien - Responsable administration du personnel")),
                     ("Content-class", "urn:content-classes:calendarmessage"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MICROSOFT-CDO-BUSYSTATUS", "TENTATIVE")])
    return make.message(hs, alt(text(body, charset="windows-1252"), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(5), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-09-30T13:00:00Z", end="2026-09-30T13:45:00Z", contact="sofie.claes@verhaegen-packaging.be",
           company="Verhaegen Packaging", local="Wed 2026-09-30 15:00", local_end="2026-09-30 15:45", zone=BRU,
           note="Belgian employer, Outlook/Teams meeting request in English, '(UTC+01:00) Brussels, Copenhagen, "
                "Madrid, Paris' label but 30 September is CEST (UTC+2), TZID Romance Standard Time; organizer human")
def m05():
    body = t("""
        When: Wednesday, 30 September 2026 15:00-15:45 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
        Where: Microsoft Teams Meeting

        Dear Élodie,

        Thank you for your application for the HR Officer position at our new plant in
        Villefranche-sur-Saône. As discussed on the phone, here is the invitation for a first
        conversation with me. We will speak in English for the first half, as the role reports
        to our group HR team in Brussels.

        Kind regards,
        Sofie Claes
        HR Business Partner | Verhaegen Packaging NV
        Industrieweg 41, 1800 Vilvoorde, Belgium

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWFkYjE4>
        Meeting ID: 318 554 097 220
        Passcode: 8cPxR4
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", ROMANCE,
               vevent("040000008200E00074C5B7101A82E00800000000D1A04E5C1D4DDC01000000000000000010000000", "20260930T150000",
                      "20260930T154500", "Romance Standard Time", "Verhaegen Packaging - HR Officer - first interview",
                      "CN=Sofie Claes:mailto:sofie.claes@verhaegen-packaging.be", location="Microsoft Teams Meeting",
                      stamp="20260924T084000Z"))
    hs = base("m05", "EUR02-AM0-obe.outbound.protection.outlook.com",
              addr("Sofie Claes", "sofie.claes@verhaegen-packaging.be"),
              "Verhaegen Packaging - HR Officer - first interview", "2026-09-24 10:40", BRU,
              "AM9PR02MB7310.eurprd02.prod.outlook.com",
              extra=[("Content-class", "urn:content-classes:calendarmessage"),
                     ("X-MICROSOFT-CDO-BUSYSTATUS", "TENTATIVE")])
    return make.message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(6), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T14:30:00Z", contact="dana.whitfield@kesslermills.com",
           company="Kessler Mills", local="Thu 2026-10-29 09:00", local_end="2026-10-29 09:30", zone=CHI,
           days=(("Mon", "2026-10-26"),),
           note="American recruiter, 'Thursday at 9:00 AM Central' sent Monday 26 October -> 29 October, Chicago "
                "still on CDT (UTC-5) until 1 November while Paris is already on CET, so 15:00 for the candidate "
                "as the mail says; '30-minute' fixes the end; Zoom")
def m06():
    body = t("""
        Hi Élodie,

        Great speaking with you on Friday. As promised, I'm confirming our 30-minute screening
        call for the HR Coordinator, EMEA role on Thursday at 9:00 AM Central. Heads-up: our
        clocks don't fall back until November 1st, so that's 3:00 PM for you in Roanne, not 4.

        Zoom: https://kesslermills.zoom.us/j/84120639755?pwd=VnB3cU1xd2tL
        Meeting ID: 841 2063 9755 / Passcode: 552019

        I'll walk you through the Roanne site integration and what the first year would look
        like. Feel free to bring any questions.

        Best,
        Dana

        Dana Whitfield | Senior Talent Acquisition Partner
        Kessler Mills, Inc. | 401 N. Wells St, Chicago, IL 60654
        dana.whitfield@kesslermills.com | (312) 555-0148
        """)
    hs = base("m06", "mail-sor-f41.google.com", addr("Dana Whitfield", "dana.whitfield@kesslermills.com"),
              "Confirming Thursday - HR Coordinator, EMEA", "2026-10-26 09:12", CHI,
              "mail.gmail.com")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(7), family="calendly", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T14:00:00Z", end="2026-11-03T14:45:00Z", contact="greg.olsen@kesslermills.com",
           company="Kessler Mills", local="Tue 2026-11-03 08:00", local_end="2026-11-03 08:45", zone=CHI,
           note="Calendly 'Event rescheduled' for the Kessler hiring manager: new time 8:00am - 8:45am Tuesday, "
                "November 3, 2026 (Central Time - US & Canada), two days after US DST ended, so CST (UTC-6); the "
                "former Monday slot is struck; contact = host in Reply-To")
def m07():
    body = t("""
        Hi Élodie Chazal,

        Your event has been rescheduled.

        Event Type:
        Hiring Manager Interview - HR Coordinator, EMEA

        Invitee:
        Élodie Chazal

        Invitee Email:
        elodie.chazal@example.com

        Event Date/Time:
        8:00am - 8:45am (Central Time - US & Canada) on Tuesday, November 3, 2026

        Former: 10:00am - 10:45am Monday, November 2, 2026 (Central Time - US & Canada)

        Location:
        This is a Zoom web conference. Join URL: https://kesslermills.zoom.us/j/89077214503

        Reason for rescheduling:
        "Sorry, plant visit moved to Monday. Tuesday early works better so it's not too late for you. - Greg"

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8e51c9d2-3f41-4b8c-9d6a-0a2e77b1f9c3
        Reschedule: https://calendly.com/reschedulings/8e51c9d2-3f41-4b8c-9d6a-0a2e77b1f9c3

        Powered by Calendly.com
        """)
    hs = base("m07", "o7.email.calendly.com", addr("Calendly", "notifications@calendly.com"),
              "Updated: Hiring Manager Interview - HR Coordinator, EMEA with Greg Olsen on Tuesday, November 3, 2026",
              "2026-10-30 13:05", CHI, "calendly.com",
              extra=[("Reply-To", addr("Greg Olsen", "greg.olsen@kesslermills.com"))])
    return make.message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@make.mail(N(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-06T09:00:00Z", end="2026-10-06T10:00:00Z", contact="marc.arnaud@coutellerie-arnaud.fr",
           company="Coutellerie Arnaud & Fils", local="Tue 2026-10-06 11:00", local_end="2026-10-06 12:00", zone=PAR,
           note="Google Agenda invitation, French UI: 'mar. 6 oct. 2026 11:00 - 12:00 (CEST)', ICS Europe/Paris; "
                "contact = organizer (also Reply-To)")
def m08():
    body = t("""
        Vous avez reçu une invitation à l'événement suivant.

        Entretien RH – Élodie Chazal
        Quand
        mar. 6 oct. 2026 11:00 – 12:00 (CEST)

        Lieu
        Coutellerie Arnaud & Fils, 7 rue du Pirou, 63300 Thiers
        Afficher la carte <https://www.google.com/maps/search/7+rue+du+Pirou+63300+Thiers>

        Invités
        Marc Arnaud - organisateur
        Élodie Chazal
        Sylvie Arnaud

        Entretien pour le poste de responsable RH (temps partiel possible). Visite de l'atelier
        après l'entretien.

        Afficher tous les détails de l'événement <https://calendar.google.com/calendar/event?action=VIEW&eid=NWs4ZzJxcjd2>

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", make.VTZ["Europe/Paris"],
               vevent("5k8g2qr7v1u0c4m9h3e6t@google.com", "20261006T110000", "20261006T120000", "Europe/Paris",
                      "Entretien RH – Élodie Chazal", "CN=Marc Arnaud:mailto:marc.arnaud@coutellerie-arnaud.fr",
                      location="Coutellerie Arnaud & Fils\\, 7 rue du Pirou\\, 63300 Thiers",
                      stamp="20260930T153000Z"))
    hs = base("m08", "mail-yw1-f200.google.com", addr("Marc Arnaud", "marc.arnaud@coutellerie-arnaud.fr"),
              "Invitation: Entretien RH – Élodie Chazal @ mar. 6 oct. 2026 11:00 - 12:00 (CEST) (elodie.chazal@example.com)",
              "2026-09-30 17:30", PAR, "google.com",
              extra=[("Sender", addr("Google Agenda", "calendar-notification@google.com")),
                     ("Reply-To", addr("Marc Arnaud", "marc.arnaud@coutellerie-arnaud.fr"))])
    return make.message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="8bit")),
                                  calendar(ics, method=None, ctype="application/ics", cte="base64",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(9), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-10-09T08:00:00Z", end="2026-10-09T09:00:00Z", contact="claire.fontaine@ateliers-morel.fr",
           company="Ateliers Morel", local="Fri 2026-10-09 10:00", local_end="2026-10-09 11:00", zone=PAR,
           note="Teamtailor confirmation 'vendredi 9 octobre 2026, 10:00 - 11:00 (Europe/Paris)' with an ICS part; "
                "the sender is no-reply, contact = human ICS ORGANIZER")
def m09():
    body = t("""
        Bonjour Élodie,

        Votre entretien est réservé !

        Poste : Assistante ressources humaines (CDI) – Saint-Étienne
        Date : vendredi 9 octobre 2026
        Heure : 10:00 - 11:00 (Europe/Paris)
        Lieu : Ateliers Morel, 3 allée des Passementiers, 42000 Saint-Étienne

        Vous rencontrerez Claire Fontaine, responsable RH.

        Ajoutez l'entretien à votre agenda grâce à l'invitation jointe.

        À très vite,
        Ateliers Morel

        Vous avez reçu cet e-mail suite à votre candidature via la page carrière des Ateliers Morel.
        Gérer mes données : https://ateliersmorel.teamtailor.com/connect/consents
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Helvetica,Arial;max-width:560px">')
    ics = vcal("-//Teamtailor//Interview//EN", "REQUEST", make.VTZ["Europe/Paris"],
               vevent("tt-interview-3310947@teamtailor.com", "20261009T100000", "20261009T110000", "Europe/Paris",
                      "Entretien – Assistante ressources humaines – Ateliers Morel",
                      "CN=Claire Fontaine:mailto:claire.fontaine@ateliers-morel.fr",
                      location="3 allée des Passementiers\\, 42000 Saint-Étienne", stamp="20261002T120000Z"))
    hs = base("m09", "o3.sg.teamtailor-mail.com", addr("Ateliers Morel", "no-reply@teamtailor-mail.com"),
              "Votre entretien avec Ateliers Morel est confirmé", "2026-10-02 14:00", PAR, "teamtailor-mail.com")
    return make.message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="quoted-printable")))


@make.mail(N(10), family="smartrecruiters", lang="fr", interview=True, kind="cancelled",
           start="2026-11-18T13:00:00Z", end="2026-11-18T14:00:00Z", contact="p.garnier@groupe-saint-aubin.fr",
           company="Groupe Saint-Aubin", local="Wed 2026-11-18 14:00", local_end="2026-11-18 15:00", zone=PAR,
           note="SmartRecruiters cancellation with METHOD:CANCEL ICS for 'mercredi 18 novembre 2026 de 14:00 à 15:00 "
                "(CET)'; the cancelled slot is labelled; sender no-reply, contact = human ICS ORGANIZER")
def m10():
    body = t("""
        Bonjour Élodie,

        Nous vous informons que l'entretien prévu le mercredi 18 novembre 2026 de 14:00 à 15:00 (CET)
        pour le poste de Chargée de développement RH (F/H) a été annulé par Paul Garnier.

        Notre équipe reviendra vers vous prochainement si un nouveau créneau doit être proposé.

        Cordialement,
        Groupe Saint-Aubin – Recrutement

        Powered by SmartRecruiters
        """)
    ics = vcal("-//SmartRecruiters//Interview Scheduler//EN", "CANCEL", make.VTZ["Europe/Paris"],
               vevent("sr-int-6a9e21f0-77c4-4d0e-a1b3@smartrecruiters.com", "20261118T140000", "20261118T150000",
                      "Europe/Paris", "Annulé : Entretien – Chargée de développement RH (F/H)",
                      "CN=Paul Garnier:mailto:p.garnier@groupe-saint-aubin.fr", seq=1, status="CANCELLED",
                      stamp="20261112T090000Z"))
    hs = base("m10", "mta-03.smartrecruiters.com", addr("Groupe Saint-Aubin", "noreply@smartrecruiters.com"),
              "Entretien annulé – Chargée de développement RH (F/H)", "2026-11-12 10:00", PAR, "smartrecruiters.com")
    page = gmail_html(body)
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, method="CANCEL", filename="annulation.ics", disposition="attachment",
                                           cte="base64")))


@make.mail(N(11), family="personio", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z", contact="nathalie.girard@bonneterie-vial.fr",
           company="Bonneterie Vial", local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone=PAR,
           note="Personio reschedule sent Tuesday 20 October (CEST): old 'jeudi 22 octobre à 15h00' struck, new 'mardi "
                "27 octobre 2026, 15h00 - 16h00', after the 25 October change, so CET (UTC+1); contact = recruiter "
                "address in the signature (sender no-reply)")
def m11():
    body = t("""
        Bonjour Élodie,

        Suite à un imprévu de notre directeur de site, nous devons déplacer votre entretien
        pour le poste de Responsable RH de proximité.

        Ancien créneau : jeudi 22 octobre 2026, 15h00 - 16h00
        Nouveau créneau : mardi 27 octobre 2026, 15h00 - 16h00
        Lieu : Bonneterie Vial, 54 avenue de Paris, 42300 Roanne (inchangé)

        Le nouveau créneau est confirmé dans votre espace candidat ; vous n'avez rien à faire.
        Toutes nos excuses pour ce changement.

        Bien à vous,
        Nathalie Girard
        Chargée RH – Bonneterie Vial
        nathalie.girard@bonneterie-vial.fr

        Cet e-mail a été envoyé via Personio. Merci de ne pas répondre directement.
        """)
    hs = base("m11", "mail.personio.de", addr("Bonneterie Vial", "noreply@personio.de"),
              "Modification de votre entretien – Responsable RH de proximité", "2026-10-20 09:40", PAR, "personio.de")
    return make.message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(12), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start="2026-10-12T14:00:00Z", end="2026-10-12T14:45:00Z", contact="emilie.garcia@lyonnaise-emballages.fr",
           company="Lyonnaise des Emballages", local="Mon 2026-10-12 16:00", local_end="2026-10-12 16:45", zone=PAR,
           note="Recruitee confirmation, on-site in Lyon, 'lundi 12 octobre 2026 de 16h00 à 16h45', CEST; contact = "
                "human Reply-To")
def m12():
    body = t("""
        Bonjour Élodie,

        Merci pour votre disponibilité ! Nous vous confirmons votre entretien pour le poste
        d'Assistante RH – relations écoles et alternance :

        📅 lundi 12 octobre 2026 de 16h00 à 16h45
        📍 Lyonnaise des Emballages, 27 rue de Gerland, 69007 Lyon (3e étage)

        Vous serez reçue par Émilie Garcia (Talent Acquisition) et Rachid Benali (Responsable RH).

        En cas d'empêchement, répondez à ce message.

        Belle journée,
        Émilie
        """)
    hs = base("m12", "mailer.recruitee.com", addr("Lyonnaise des Emballages", "notifications@mail.recruitee.com"),
              "Confirmation d'entretien – Lyonnaise des Emballages", "2026-10-06 10:30", PAR, "mail.recruitee.com",
              extra=[("Reply-To", addr("Émilie Garcia", "emilie.garcia@lyonnaise-emballages.fr"))])
    return make.message(hs, html(gmail_html(body)))


@make.mail(N(13), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-10T15:00:00Z", end="2026-11-10T16:30:00Z", contact="dana.whitfield@kesslermills.com",
           company="Kessler Mills", local="Tue 2026-11-10 09:00", local_end="2026-11-10 10:30", zone=CHI,
           note="Exchange panel invitation, TZID Central Standard Time, 'Tuesday, November 10, 2026 9:00 AM-10:30 AM "
                "(UTC-06:00) Central Time', CST after 1 November; the body also says 4:00 PM in France; organizer "
                "human")
def m13():
    body = t("""
        When: Tuesday, November 10, 2026 9:00 AM-10:30 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Élodie,

        Congratulations on moving to the final round! This is the panel for the HR Coordinator,
        EMEA role: Greg Olsen (Plant HR Director), Priya Raman (HRIS) and Luc Ferrand, who runs
        the Roanne site. Both our clocks are on winter time now, so it's 4:00 PM on your side.

        Please reply if you need anything before then.

        Dana

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc2MjA1>
        Meeting ID: 246 908 113 472
        Passcode: Ja93Ux
        Dial in by phone
        +1 312-555-0190,,784512233# United States, Chicago
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", make.VTZ["Central Standard Time"],
               vevent("040000008200E00074C5B7101A82E00800000000F03B7A1B8F6EDC01000000000000000010000000", "20261110T090000",
                      "20261110T103000", "Central Standard Time", "Kessler Mills - Final panel - Élodie Chazal",
                      "CN=Dana Whitfield:mailto:dana.whitfield@kesslermills.com", location="Microsoft Teams Meeting",
                      stamp="20261104T173000Z"))
    hs = base("m13", "NAM12-BN8-obe.outbound.protection.outlook.com",
              addr("Dana Whitfield", "dana.whitfield@kesslermills.com"),
              "Kessler Mills - Final panel - Élodie Chazal", "2026-11-04 11:30", CHI,
              "SA1PR12MB6620.namprd12.prod.outlook.com",
              extra=[("Content-class", "urn:content-classes:calendarmessage"),
                     ("X-MICROSOFT-CDO-BUSYSTATUS", "TENTATIVE")])
    return make.message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(14), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-10-02T07:00:00Z", end="2026-10-02T07:30:00Z", contact=None,
           company="Interima Loire", local="Fri 2026-10-02 09:00", local_end="2026-10-02 09:30", zone=PAR,
           note="Microsoft Bookings confirmation from a shared mailbox; the body shows '(UTC+01:00) Bruxelles, "
                "Copenhague, Madrid, Paris' but 2 October is CEST, the ICS (Romance Standard Time) confirms 07:00Z; "
                "staff name only, no personal address -> contact null")
def m14():
    body = t("""
        Bonjour Élodie Chazal,

        Votre rendez-vous est confirmé.

        Entretien de recrutement – Chargé(e) de recrutement intérim
        vendredi 2 octobre 2026
        09:00 - 09:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        Personnel : Manon Lefèvre
        Lieu : Agence Interima Loire, 5 place des Promenades, 42300 Roanne

        Besoin de modifier ou d'annuler ? https://outlook.office365.com/owa/calendar/InterimaLoire@interima-loire.fr/bookings/
        Ajoutez-le à votre calendrier : invitation jointe.

        Interima Loire
        04 77 23 41 00
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", ROMANCE,
               vevent("040000008200E00074C5B7101A82E008000000004E1C2D3B7A4ADC01000000000000000010000000", "20261002T090000",
                      "20261002T093000", "Romance Standard Time",
                      "Entretien de recrutement – Chargé(e) de recrutement intérim",
                      "CN=Interima Loire:mailto:InterimaLoire@interima-loire.fr",
                      location="Agence Interima Loire\\, 5 place des Promenades\\, 42300 Roanne",
                      stamp="20260928T071400Z"))
    hs = base("m14", "EUR05-VI1-obe.outbound.protection.outlook.com",
              addr("Interima Loire", "InterimaLoire@interima-loire.fr"),
              "Rendez-vous confirmé : Entretien de recrutement – Chargé(e) de recrutement intérim",
              "2026-09-28 09:14", PAR, "DB9PR05MB8421.eurprd05.prod.outlook.com")
    return make.message(hs, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                           disposition="attachment")))


@make.mail(N(15), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start="2026-11-05T09:30:00Z", end=None, contact="s.noel@cartonnerie-rivoire.fr",
           company="Cartonnerie Rivoire", local="Thu 2026-11-05 10:30", zone=PAR,
           note="The candidate forwards (Gmail 'Fwd:') to herself the recruiter's mail 'jeudi 5 novembre à 10h30', "
                "CET; no length; contact = the recruiter in the forwarded header")
def m15():
    body = t("""
        Pour ne pas oublier, prendre le dossier paie + les attestations formation.

        ---------- Forwarded message ---------
        De : Sandrine Noël <s.noel@cartonnerie-rivoire.fr>
        Date: ven. 30 oct. 2026 à 17:48
        Subject: Votre candidature - Assistante RH polyvalente
        To: Élodie Chazal <elodie.chazal@example.org>


        Bonjour Madame Chazal,

        Suite à notre entretien téléphonique de ce jour, je vous confirme votre entretien
        le jeudi 5 novembre à 10h30 dans nos locaux de Feurs (ZI du Forum, rue Jean Moulin).
        Vous rencontrerez M. Rivoire, directeur général, et moi-même.

        Je vous remercie de vous munir de votre CV et de vos derniers bulletins de salaire.

        Cordialement,

        Sandrine Noël
        Responsable administrative et RH
        Cartonnerie Rivoire – 42110 Feurs
        """)
    hs = base("m15", "mail-wr1-f54.google.com", addr("Élodie Chazal", "elodie.chazal@example.org"),
              "Fwd: Votre candidature - Assistante RH polyvalente", "2026-10-31 10:15", PAR, "mail.gmail.com")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start="2026-10-29T13:00:00Z", end=None, contact="aurelie.besson@maison-dufour.fr",
           company="Maison Dufour", local="Thu 2026-10-29 14:00", zone=PAR,
           note="Recruiter's short reply 'Parfait, c'est noté pour jeudi 29 octobre à 14h' on top of the candidate's "
                "acceptance and the earlier two-slot proposal; 29 October is CET; the unchosen Wednesday slot is a "
                "distractor; 8bit")
def m16():
    body = t("""
        Bonjour Élodie,

        Parfait, c'est noté pour jeudi 29 octobre à 14h. Je vous attendrai à l'accueil de la
        Maison Dufour, 9 rue des Soyeux à Charlieu. Comptez environ une heure.

        Bonne journée,
        Aurélie

        Le lun. 19 oct. 2026 à 21:32, Élodie Chazal <elodie.chazal@example.com> a écrit :
        > Bonjour Madame Besson,
        >
        > Merci pour votre retour. Le jeudi 29 octobre à 14h me convient très bien.
        >
        > Bien cordialement,
        > Élodie Chazal
        >
        > Le lun. 19 oct. 2026 à 11:00, Aurélie Besson <aurelie.besson@maison-dufour.fr> a écrit :
        >> Bonjour Madame Chazal,
        >>
        >> Votre profil a retenu notre attention pour le poste d'assistante RH et paie.
        >> Seriez-vous disponible le mercredi 28 octobre à 10h ou le jeudi 29 octobre à 14h ?
        >>
        >> Aurélie Besson
        >> Responsable RH – Maison Dufour, soieries depuis 1897
        """)
    hs = base("m16", "smtp.maison-dufour.fr", addr("Aurélie Besson", "aurelie.besson@maison-dufour.fr"),
              "RE: Candidature assistante RH et paie", "2026-10-20 08:50", PAR, "maison-dufour.fr",
              extra=[("In-Reply-To", mid("m16-q", "example.com")), ("References", mid("m30", "maison-dufour.fr")
                                                                     + " " + mid("m16-q", "example.com"))])
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(17), family="rfc822_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-16T08:00:00Z", end="2026-11-16T09:00:00Z", contact="k.dubois@mutuelle-forezienne.fr",
           company="Mutuelle Forézienne", local="Mon 2026-11-16 09:00", local_end="2026-11-16 10:00", zone=PAR,
           note="Candidate forwards (Thunderbird, as attachment) from her other address the mutual insurer's mail "
                "'lundi 16 novembre 2026 à 9h00, d'une durée d'une heure', CET; contact = the recruiter inside the "
                "message/rfc822 part; inner body iso-8859-15")
def m17():
    inner_body = t("""
        Madame,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste de Gestionnaire
        ressources humaines (CDD 12 mois), le lundi 16 novembre 2026 à 9h00, d'une durée d'une
        heure, au siège de la Mutuelle Forézienne, 2 boulevard Jules Janin, 42000 Saint-Étienne.

        Merci de vous présenter à l'accueil du rez-de-chaussée.

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        Karine Dubois
        Chargée de recrutement
        Mutuelle Forézienne
        k.dubois@mutuelle-forezienne.fr
        """)
    inner = make.message([("From", addr("Karine Dubois", "k.dubois@mutuelle-forezienne.fr")),
                          ("To", addr("Élodie Chazal", "elodie.chazal@example.org")),
                          ("Subject", "Confirmation de votre entretien"),
                          ("Date", date("2026-11-09 14:30", PAR)),
                          ("Message-ID", mid("m17-inner", "mutuelle-forezienne.fr"))],
                         text(inner_body, charset="iso-8859-15"))
    note = t("""
        Entretien Mutuelle, à mettre dans l'agenda.
        """)
    hs = base("m17", "smtp.example.org", addr("Élodie Chazal", "elodie.chazal@example.org"),
              "Fwd: Confirmation de votre entretien", "2026-11-09 21:05", PAR, "example.org",
              extra=[("User-Agent", "Mozilla Thunderbird")])
    return make.message(hs, mixed(text(note, cte="8bit"),
                                  make.attached_message(inner, "Confirmation de votre entretien.eml")))


@make.mail(N(18), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T11:00:00Z", end="2026-10-15T13:00:00Z", contact="lotte.peeters@verhaegen-packaging.be",
           company="Verhaegen Packaging", local="Thu 2026-10-15 13:00", local_end="2026-10-15 15:00", zone=BRU,
           note="GoodTime itinerary, three back-to-back sessions Thursday 15 October 2026 1:00 PM - 3:00 PM CEST "
                "(Brussels); start = first session, end = last; contact = coordinator in Reply-To")
def m18():
    body = t("""
        Hi Élodie,

        Your interview with Verhaegen Packaging is confirmed. Here is your schedule
        (all times Central European Summer Time, Brussels):

        Thursday, October 15, 2026

        1:00 PM - 1:45 PM   Sofie Claes, HR Business Partner
        1:45 PM - 2:30 PM   Wim De Smet, Plant Manager Villefranche
        2:30 PM - 3:00 PM   Ann Maes, Group HR Director

        Location: Microsoft Teams (link in the calendar invitation sent separately)

        If you have any questions, reply to this email and Lotte Peeters, our recruiting
        coordinator, will get back to you.

        Good luck!
        Verhaegen Packaging Talent Team

        Sent via GoodTime
        """)
    hs = base("m18", "mail.goodtime.io", addr("Verhaegen Packaging", "no-reply@goodtime.io"),
              "Your interview schedule with Verhaegen Packaging", "2026-10-07 16:10", BRU, "goodtime.io",
              extra=[("Reply-To", addr("Lotte Peeters", "lotte.peeters@verhaegen-packaging.be"))])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(19), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-11-24T14:30:00Z", end="2026-11-24T15:15:00Z", contact="lucie.vernet@cheminees-vernet.fr",
           company="Cheminées Vernet", local="Tue 2026-11-24 15:30", local_end="2026-11-24 16:15", zone=PAR,
           note="Google Agenda cancellation, French UI, 'mar. 24 nov. 2026 15:30 – 16:15 (CET)', METHOD:CANCEL; "
                "contact = organizer")
def m19():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien – Assistante RH (Élodie Chazal)
        Quand
        mar. 24 nov. 2026 15:30 – 16:15 (CET)

        Participer avec Google Meet
        meet.google.com/vtr-hwzq-ope

        Invités
        Lucie Vernet - organisateur
        Élodie Chazal

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", make.VTZ["Europe/Paris"],
               vevent("3q1fd8hk0v9p6rjm2s4b7c@google.com", "20261124T153000", "20261124T161500", "Europe/Paris",
                      "Entretien – Assistante RH (Élodie Chazal)",
                      "CN=Lucie Vernet:mailto:lucie.vernet@cheminees-vernet.fr", seq=1, status="CANCELLED",
                      stamp="20261120T074500Z"))
    hs = base("m19", "mail-qt1-f199.google.com", addr("Lucie Vernet", "lucie.vernet@cheminees-vernet.fr"),
              "Événement annulé : Entretien – Assistante RH (Élodie Chazal) @ mar. 24 nov. 2026 15:30 - 16:15 (CET)",
              "2026-11-20 08:45", PAR, "google.com",
              extra=[("Sender", addr("Google Agenda", "calendar-notification@google.com"))])
    return make.message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="8bit")))


@make.mail(N(20), family="human_prose", lang="fr", interview=True, kind="cancelled",
           start="2026-11-19T13:00:00Z", end=None, contact="julien.mercier@orvalis-conseil.fr",
           company="Tissages Perrin", local="Thu 2026-11-19 14:00", zone=PAR, days=(("Mon", "2026-11-16"),),
           note="Agency recruiter (tu) cancels 'ton entretien de jeudi 14h' with the client, sent Monday 16 November "
                "-> Thursday 19 November 14:00 CET; cancelled slot labelled; company = the hiring client")
def m20():
    body = t("""
        Élodie,

        Mauvaise nouvelle, désolé de te l'annoncer par mail mais je n'arrive pas à te joindre :
        les Tissages Perrin viennent de geler le recrutement (gros client perdu la semaine
        dernière). Du coup je dois annuler ton entretien de jeudi 14h avec leur DRH.

        Ils m'ont dit que ton profil les intéressait vraiment, je te tiens au courant si le
        poste est rouvert en janvier. Et de mon côté je continue à chercher, j'ai deux pistes
        sur Roanne.

        Bon courage,
        Julien

        --
        Julien Mercier
        Consultant recrutement – Orvalis Conseil, agence de Roanne
        04 77 71 28 40
        """)
    hs = base("m20", "smtp.orvalis-conseil.fr", addr("Julien Mercier", "julien.mercier@orvalis-conseil.fr"),
              "Tissages Perrin - annulation jeudi", "2026-11-16 19:40", PAR, "orvalis-conseil.fr",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return make.message(hs, text(body))


@make.mail(N(21), family="lever", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-14T12:00:00Z", end="2026-10-14T12:45:00Z", contact="ines.haddad@solvea-sante.fr",
           company="Solvéa Santé", local="Wed 2026-10-14 14:00", local_end="2026-10-14 14:45", zone=PAR,
           note="Lever update: old 'mardi 13 octobre à 10h00' replaced by 'mercredi 14 octobre 2026, 14h00 - 14h45 "
                "(heure de Paris)', ICS SEQUENCE:1, CEST; contact = human Reply-To / ORGANIZER")
def m21():
    body = t("""
        Bonjour Élodie,

        Votre entretien avec Solvéa Santé a été déplacé.

        Nouveau créneau : mercredi 14 octobre 2026, 14h00 - 14h45 (heure de Paris)
        (auparavant : mardi 13 octobre 2026, 10h00 - 10h45)

        Poste : Chargée RH – établissements Loire Nord
        Avec : Inès Haddad, Responsable RH régionale
        Visio : https://meet.google.com/pbd-cuzx-nqa

        Une invitation mise à jour est jointe. Pour toute question, répondez à ce message.

        Cordialement,
        Solvéa Santé
        """)
    ics = vcal("-//Lever//Lever Interview Scheduling//EN", "REQUEST", make.VTZ["Europe/Paris"],
               vevent("lever-iv-0c4d92e1-5b7a-4f68-8d11-2a9e3f7c6b05", "20261014T140000", "20261014T144500", "Europe/Paris",
                      "Entretien Solvéa Santé – Chargée RH", "CN=Inès Haddad:mailto:ines.haddad@solvea-sante.fr",
                      seq=1, location="https://meet.google.com/pbd-cuzx-nqa", stamp="20261009T102000Z"))
    hs = base("m21", "mail.hire.lever.co", addr("Solvéa Santé", "no-reply@hire.lever.co"),
              "Mise à jour : entretien Solvéa Santé déplacé au mercredi 14 octobre", "2026-10-09 12:20", PAR,
              "hire.lever.co", extra=[("Reply-To", addr("Inès Haddad", "ines.haddad@solvea-sante.fr"))])
    return make.message(hs, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(N(22), family="ics_attachment", lang="fr", interview=True, kind="rescheduled",
           start="2026-11-06T07:30:00Z", end="2026-11-06T08:15:00Z", contact="hugo.blanchard@transports-blanchard.fr",
           company="Transports Blanchard", local="Fri 2026-11-06 08:30", local_end="2026-11-06 09:15", zone=PAR,
           note="Human mail 'comme convenu au téléphone, je décale notre entretien', the new time only in the "
                "attached Thunderbird ICS (SEQUENCE:1, Europe/Paris, Friday 6 November 08:30-09:15 CET)")
def m22():
    body = t("""
        Bonsoir Madame Chazal,

        Comme convenu au téléphone tout à l'heure, je décale notre entretien : vous trouverez
        ci-joint la nouvelle invitation, qui remplace la précédente. Même adresse, au dépôt
        de Mably, bureau à l'étage.

        Merci encore pour votre souplesse.

        Hugo Blanchard
        Directeur d'exploitation
        Transports Blanchard – Mably
        """)
    ics = vcal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "REQUEST", make.VTZ["Europe/Paris"],
               vevent("7e2f0a4c-19b3-4d55-a0c1-b6e93d71f208", "20261106T083000", "20261106T091500", "Europe/Paris",
                      "Entretien Élodie Chazal – Assistante RH",
                      "CN=Hugo Blanchard:mailto:hugo.blanchard@transports-blanchard.fr", seq=1,
                      location="Transports Blanchard\\, dépôt de Mably", stamp="20261102T172000Z"))
    hs = base("m22", "smtp.transports-blanchard.fr", addr("Hugo Blanchard", "hugo.blanchard@transports-blanchard.fr"),
              "Entretien - nouvelle date", "2026-11-02 18:20", PAR, "transports-blanchard.fr",
              extra=[("User-Agent", "Mozilla Thunderbird")])
    return make.message(hs, mixed(text(body, cte="8bit"),
                                  calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                           name_param=True, cte="8bit")))


@make.mail(N(23), family="workable", lang="fr", interview=True, kind="scheduled",
           start="2026-12-01T08:30:00Z", end=None, contact="mathilde.roux@tanneries-dumas.fr",
           company="Tanneries Dumas", local="Tue 2026-12-01 09:30", zone=PAR,
           note="Workable confirmation 'mardi 1 décembre 2026 à 09:30 (Europe/Paris)', CET; 'environ 45 minutes' -> "
                "end null; Reply-To is a Workable relay, contact = recruiter address written in the body")
def m23():
    body = t("""
        Bonjour Élodie,

        Votre entretien pour le poste de Responsable paie et ADP (CDI) est confirmé.

        Date : mardi 1 décembre 2026 à 09:30 (Europe/Paris)
        Durée : environ 45 minutes
        Lieu : Tanneries Dumas, 14 quai de la Cance, 07100 Annonay

        Pour toute question, vous pouvez contacter Mathilde Roux : mathilde.roux@tanneries-dumas.fr

        Cordialement,
        L'équipe recrutement Tanneries Dumas

        Envoyé via Workable
        """)
    hs = base("m23", "mail.workablemail.com", addr("Tanneries Dumas", "noreply@workablemail.com"),
              "Entretien confirmé – Responsable paie et ADP", "2026-11-25 15:45", PAR, "workablemail.com",
              extra=[("Reply-To", "tanneries-dumas+c7f21a9e@candidates.workablemail.com")])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="fr", interview=False, company="Nordtex",
           note="Ashby application receipt; no interview, no time")
def m24():
    body = t("""
        Bonjour Élodie,

        Merci pour votre candidature au poste de Responsable RH adjointe chez Nordtex !

        Notre équipe étudie chaque candidature avec attention. Si votre profil correspond à nos
        besoins, nous reviendrons vers vous dans les trois semaines pour convenir d'un premier
        échange.

        L'équipe Talent de Nordtex
        """)
    hs = base("m24", "mail.ashbyhq.com", addr("Nordtex", "no-reply@ashbyhq.com"),
              "Merci pour votre candidature chez Nordtex", "2026-09-03 14:22", PAR, "email.amazonses.com")
    return make.message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(25), family="rejection_after_interview", lang="en", interview=False, company="Verhaegen Packaging",
           days=(("Thu", "2026-10-15"),),
           note="Belgian employer's rejection after the 15 October panel; mentions the past interview date only")
def m25():
    body = t("""
        Dear Élodie,

        Thank you again for the time you gave us on Thursday 15 October and for your thoughtful
        answers to the panel. It was a difficult decision, but we have decided to move forward
        with a candidate who has more experience with Belgian and French payroll at the same time.

        We were genuinely impressed by your knowledge of the Roanne industrial area and would
        like to keep your details for future openings at Villefranche, if you agree.

        With kind regards,
        Sofie Claes
        HR Business Partner | Verhaegen Packaging NV
        """)
    hs = base("m25", "EUR02-AM0-obe.outbound.protection.outlook.com",
              addr("Sofie Claes", "sofie.claes@verhaegen-packaging.be"),
              "Your application - HR Officer Villefranche", "2026-10-27 11:20", BRU,
              "AM9PR02MB7310.eurprd02.prod.outlook.com")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(26), family="job_alert", lang="fr", interview=False, company=None,
           note="Job board alert with five offers around Roanne; no interview")
def m26():
    body = t("""
        5 nouvelles offres correspondent à votre alerte « Assistant RH – Roanne (30 km) »

        Assistant(e) ressources humaines – Riorges – CDI
        Industrie agroalimentaire · publiée il y a 2 jours
        https://www.emploi-loire.example.net/offre/218874

        Gestionnaire paie (H/F) – Roanne – CDD 6 mois
        Cabinet d'expertise comptable · publiée hier
        https://www.emploi-loire.example.net/offre/218903

        Chargé(e) de recrutement – Le Coteau – Intérim
        Agence d'emploi · publiée aujourd'hui
        https://www.emploi-loire.example.net/offre/218911

        Assistante RH et formation – Charlieu – CDI
        Textile · publiée il y a 3 jours
        https://www.emploi-loire.example.net/offre/218820

        Responsable RH de site – Mably – CDI
        Logistique · publiée aujourd'hui
        https://www.emploi-loire.example.net/offre/218915

        Modifier mon alerte · Se désabonner
        Emploi Loire – le site de l'emploi en Loire et Rhône
        """)
    hs = base("m26", "mta12.emploi-loire.example.net", addr("Emploi Loire Alertes", "alertes@emploi-loire.example.net"),
              "5 nouvelles offres : Assistant RH – Roanne (30 km)", "2026-09-07 07:02", PAR, "emploi-loire.example.net",
              extra=[("List-Unsubscribe", "<https://www.emploi-loire.example.net/desabonnement?u=77120>")])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(27), family="newsletter_tips", lang="fr", interview=False, company=None,
           note="HR newsletter: 'les 5 questions pièges en entretien'; generic advice, no appointment")
def m27():
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
        <h1 style="color:#7a1f2b">RH Hebdo</h1>
        <p style="color:#888">N° 412 – mardi 22 septembre 2026</p>
        <h2>Entretien d'embauche : les 5 questions pièges (et comment y répondre)</h2>
        <p>« Parlez-moi de vos défauts », « Pourquoi avez-vous quitté votre dernier poste ? »…
        Nos conseils pour garder la main pendant l'entretien, qu'il soit en visio ou en présentiel.</p>
        <p><a href="https://rh-hebdo.example.net/a/412-questions-pieges">Lire l'article</a></p>
        <h2>Paie : ce qui change au 1er janvier 2027</h2>
        <p>Plafond de la Sécurité sociale, taux de cotisations, titres-restaurant : le point complet.</p>
        <h2>Agenda</h2>
        <p>Matinale RH de Lyon – jeudi 8 octobre, 8h30, CCI Lyon Métropole.</p>
        <p style="font-size:11px;color:#999">Vous recevez cette lettre car vous êtes abonnée à RH Hebdo.
        <a href="https://rh-hebdo.example.net/desinscription">Se désinscrire</a></p>
        </body></html>
        """)
    hs = base("m27", "news.rh-hebdo.example.net", addr("RH Hebdo", "lettre@rh-hebdo.example.net"),
              "Entretien d'embauche : les 5 questions pièges", "2026-09-22 06:30", PAR, "rh-hebdo.example.net",
              extra=[("List-Unsubscribe", "<mailto:unsubscribe@rh-hebdo.example.net>"), ("Precedence", "bulk")])
    return make.message(hs, html(page))


@make.mail(N(28), family="recruiter_outreach", lang="fr", interview=False, company="Lefort & Associés",
           note="Headhunter outreach asking for a phone call 'cette semaine'; nothing fixed")
def m28():
    body = t("""
        Bonjour Élodie,

        Je suis consultante chez Lefort & Associés, cabinet de recrutement spécialisé dans les
        fonctions support de l'industrie. J'accompagne actuellement un groupe familial de la
        plasturgie (Loire, 350 salariés) qui recherche un(e) Responsable RH de site.

        Votre parcours dans le textile m'a paru très pertinent. Seriez-vous ouverte à un premier
        échange téléphonique de 20 minutes cette semaine ou la semaine prochaine ? Dites-moi ce
        qui vous arrange.

        Bien à vous,
        Hélène Vidal
        Consultante senior – Lefort & Associés, Lyon
        06 12 48 73 05
        """)
    hs = base("m28", "smtp.lefort-associes.fr", addr("Hélène Vidal", "h.vidal@lefort-associes.fr"),
              "Responsable RH de site – groupe industriel (Loire)", "2026-10-08 09:50", PAR, "lefort-associes.fr")
    return make.message(hs, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@make.mail(N(29), family="scheduling_link", lang="fr", interview=False, company="Lumitex Industries",
           note="Recruiter sends a Calendly link to book a second interview; no time chosen yet")
def m29():
    body = t("""
        Bonjour Élodie,

        Suite à notre échange de mardi, nous souhaitons vous faire rencontrer notre DRH pour un
        second entretien. Je vous laisse choisir le créneau qui vous convient directement dans
        son agenda :

        https://calendly.com/olivier-sarda-lumitex/entretien-45-min

        Les créneaux sont ouverts jusqu'au 2 octobre.

        Belle fin de semaine,
        Camille Perrin
        Responsable recrutement – Lumitex Industries
        """)
    hs = base("m29", "mail-ej1-f48.google.com", addr("Camille Perrin", "camille.perrin@lumitex-industries.fr"),
              "Second entretien – choix du créneau", "2026-09-18 11:40", PAR, "lumitex-industries.fr")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(30), family="proposal", lang="fr", interview=False, company="Maison Dufour",
           days=(("Wed", "2026-10-28"), ("Thu", "2026-10-29")),
           note="Recruiter proposes two slots (mercredi 28 / jeudi 29 octobre); nothing confirmed yet; the "
                "confirmation arrives later in the same thread")
def m30():
    body = t("""
        Bonjour Madame Chazal,

        Votre profil a retenu notre attention pour le poste d'assistante RH et paie.
        Seriez-vous disponible le mercredi 28 octobre à 10h ou le jeudi 29 octobre à 14h ?

        Aurélie Besson
        Responsable RH - Maison Dufour, soieries depuis 1897
        """)
    hs = base("m30", "smtp.maison-dufour.fr", addr("Aurélie Besson", "aurelie.besson@maison-dufour.fr"),
              "Candidature assistante RH et paie", "2026-10-19 11:00", PAR, "maison-dufour.fr")
    return make.message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(31), family="auto_reply", lang="fr", interview=False, company=None,
           note="Out-of-office reply to the candidate's thank-you; return date only")
def m31():
    body = t("""
        Bonjour,

        Je suis absent jusqu'au lundi 19 octobre inclus. Pour toute urgence, merci de contacter
        l'atelier au 04 73 80 11 62.

        Marc Arnaud
        """)
    hs = base("m31", "smtp.coutellerie-arnaud.fr", addr("Marc Arnaud", "marc.arnaud@coutellerie-arnaud.fr"),
              "Réponse automatique : Merci pour l'entretien", "2026-10-07 08:12", PAR, "coutellerie-arnaud.fr",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return make.message(hs, text(body))


@make.mail(N(32), family="bounce", lang="en", interview=False, company=None,
           note="DSN for the candidate's thank-you mail sent to a mistyped address; the quoted headers are hers")
def m32():
    human = t("""
        This is the mail system at host mx1.mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <claire.fontaine@atelier-morel.fr>: Host or domain name not found. Name service
            error for name=atelier-morel.fr type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.mail.example.com
        X-Postfix-Queue-ID: 4Bq7xK2mZ9z1Y
        Arrival-Date: Fri,  9 Oct 2026 18:01:55 +0200 (CEST)

        Final-Recipient: rfc822; claire.fontaine@atelier-morel.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=atelier-morel.fr type=A: Host not found
        """)
    headers = t("""
        From: =?utf-8?q?=C3=89lodie_Chazal?= <elodie.chazal@example.com>
        To: Claire Fontaine <claire.fontaine@atelier-morel.fr>
        Subject: Merci pour notre entretien
        Date: Fri, 9 Oct 2026 18:01:52 +0200
        Message-ID: <8d0f2e71-b5aa-4c1e@example.com>
        """)
    report = make.multipart("report", text(human, charset="us-ascii", cte="7bit"),
                            make.raw_part([("Content-Type", "message/delivery-status")], status),
                            make.raw_part([("Content-Type", "text/rfc822-headers")], headers),
                            params="report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx1.mail.example.com (Mail Delivery System)"),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-10-09 18:02", PAR)),
          ("Message-ID", mid("m32", "mx1.mail.example.com")), ("Auto-Submitted", "auto-replied")]
    return make.message(hs, report)


@make.mail(N(33), family="offer", lang="fr", interview=False, company="Fromageries du Forez",
           days=(("Mon", "2027-01-04"),),
           note="Offer (promesse d'embauche) with a start date and hour; not an interview")
def m33():
    body = t("""
        Madame,

        Suite à nos entretiens, j'ai le plaisir de vous confirmer notre proposition d'embauche
        au poste de Responsable administration du personnel, en CDI, statut agent de maîtrise.

        Votre prise de poste est prévue le lundi 4 janvier 2027 à 8h30 sur notre site de
        Montbrison. Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération
        et les avantages ; merci de nous la retourner signée avant le 11 décembre.

        Nous nous réjouissons de vous accueillir.

        Bertrand Lacroix
        Responsable Ressources Humaines – Fromageries du Forez
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Promesse_embauche_Chazal.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Promesse_embauche_Chazal.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK\r\n")
    hs = base("m33", "EUR03-DB5-obe.outbound.protection.outlook.com",
              addr("Bertrand Lacroix", "b.lacroix@fromageries-forez.fr"),
              "Proposition d'embauche – Responsable administration du personnel", "2026-12-03 17:10", PAR,
              "PAXPR07MB8815.eurprd07.prod.outlook.com")
    return make.message(hs, mixed(text(body, charset="windows-1252"), pdf))


@make.mail(N(34), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Dentist appointment confirmation with ICS; a confirmed time, but not a job interview")
def m34():
    body = t("""
        Bonjour Élodie Chazal,

        Votre rendez-vous est confirmé :

        Dr Pascale Méry – Chirurgien-dentiste
        mardi 20 octobre 2026 à 17h15
        Cabinet dentaire des Promenades, 11 rue Jean Jaurès, 42300 Roanne

        Motif : détartrage

        En cas d'empêchement, merci d'annuler au moins 24 h à l'avance depuis votre espace patient.

        RdvSanté
        """)
    ics = vcal("-//RdvSante//Agenda//FR", "PUBLISH", make.VTZ["Europe/Paris"],
               vevent("rdv-5530218@rdvsante.example.net", "20261020T171500", "20261020T174500", "Europe/Paris",
                      "RDV Dr Pascale Méry", None, location="11 rue Jean Jaurès\\, 42300 Roanne",
                      stamp="20261013T151000Z"))
    hs = base("m34", "mailer.rdvsante.example.net", addr("RdvSanté", "ne-pas-repondre@rdvsante.example.net"),
              "Confirmation de votre rendez-vous du mardi 20 octobre", "2026-10-13 17:10", PAR,
              "rdvsante.example.net")
    return make.message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="rdv.ics",
                                                       disposition="attachment", cte="8bit")))


@make.mail(N(35), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="Job-centre 'convocation' to a follow-up meeting with the adviser: an 'entretien' at a fixed time, "
                "but not with an employer, so not a job interview")
def m35():
    body = t("""
        Madame CHAZAL Élodie,

        Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Fabienne Roche :

        le jeudi 17 septembre 2026 à 10h00
        Agence Emploi Loire de Roanne, 30 rue Mulsant, 42300 Roanne

        Cet entretien fait le point sur votre recherche d'emploi et votre projet de formation.
        Merci de vous munir de votre CV à jour. En cas d'empêchement, prévenez votre conseillère
        depuis votre espace personnel.

        Votre agence Emploi Loire
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = base("m35", "smtp.agence-emploi-loire.example.net",
              addr("Agence Emploi Loire", "ne-pas-repondre@agence-emploi-loire.example.net"),
              "Convocation à un entretien de suivi", "2026-09-09 07:45", PAR, "agence-emploi-loire.example.net")
    return make.message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(36), family="application_receipt", lang="en", interview=False, company="Kessler Mills",
           note="iCIMS application receipt from the American employer; no time")
def m36():
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Dear Élodie,</p>
        <p>Thank you for your interest in <b>Kessler Mills</b> and for applying to
        <b>HR Coordinator, EMEA (Req #2026-3381)</b>.</p>
        <p>Our talent acquisition team will review your qualifications. If your background is a
        match, a recruiter will contact you to discuss next steps.</p>
        <p>You can check the status of your application at any time in the
        <a href="https://careers-kesslermills.icims.com/jobs/login">Candidate Portal</a>.</p>
        <p>Sincerely,<br>Kessler Mills Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message; this mailbox is not monitored.</p>
        </body></html>
        """)
    hs = base("m36", "mail.talent.icims.com", addr("Kessler Mills", "kesslermills@talent.icims.com"),
              "Thank you for applying to Kessler Mills", "2026-10-14 10:22", CHI, "talent.icims.com")
    return make.message(hs, html(page))


@make.mail(N(37), family="one_way_video", lang="fr", interview=False, company="Solvéa Santé",
           days=(("Sun", "2026-10-04"),),
           note="Recorded (one-way) video interview to complete before a deadline; no live interview, no slot")
def m37():
    body = t("""
        Bonjour Élodie,

        Solvéa Santé vous invite à réaliser un entretien vidéo différé pour le poste de Chargée RH.

        Vous répondrez à 4 questions, à votre rythme, depuis votre ordinateur ou votre téléphone.
        Comptez 20 minutes. Date limite : dimanche 4 octobre 2026 à 23h59.

        Commencer mon entretien : https://app.vidrecrut.example.net/i/9QX2-MB7L

        Bonne chance !
        L'équipe VidRecrut, pour Solvéa Santé
        """)
    hs = base("m37", "mail.vidrecrut.example.net", addr("Solvéa Santé via VidRecrut", "invitations@vidrecrut.example.net"),
              "Votre entretien vidéo différé – Solvéa Santé", "2026-09-28 09:00", PAR, "vidrecrut.example.net")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(38), family="assessment", lang="fr", interview=False, company="Groupe Saint-Aubin",
           days=(("Mon", "2026-11-09"),),
           note="Online personality questionnaire before the interview, deadline only")
def m38():
    body = t("""
        Bonjour Élodie,

        Dans le cadre de votre candidature au poste de Chargée de développement RH (F/H), nous vous
        invitons à compléter un questionnaire de personnalité en ligne (30 minutes environ).

        Merci de le compléter avant le lundi 9 novembre 2026 : https://assess.example.net/gsa/r/88f1c0

        Cordialement,
        Groupe Saint-Aubin – Recrutement
        """)
    hs = base("m38", "mta-01.smartrecruiters.com", addr("Groupe Saint-Aubin", "noreply@smartrecruiters.com"),
              "Questionnaire en ligne – Chargée de développement RH (F/H)", "2026-11-03 10:30", PAR,
              "smartrecruiters.com")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(39), family="job_fair", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Local job fair announcement, open hours; no individual interview")
def m39():
    body = t("""
        Forum de l'emploi du Roannais – 12e édition

        Jeudi 8 octobre 2026, de 9h à 17h
        Espace Congrès, Roanne – entrée libre

        Plus de 60 entreprises du territoire (industrie, textile, logistique, santé) et des
        ateliers CV et entretien toute la journée. Pensez à apporter plusieurs exemplaires de
        votre CV !

        Programme complet : https://www.roannais-emploi.example.net/forum2026

        Roannais Agglomération – service Emploi
        Pour ne plus recevoir nos informations : répondez STOP.
        """)
    hs = base("m39", "mail.roannais-emploi.example.net", addr("Roannais Emploi", "info@roannais-emploi.example.net"),
              "Forum de l'emploi du Roannais : jeudi 8 octobre", "2026-09-24 12:00", PAR,
              "roannais-emploi.example.net", extra=[("Precedence", "bulk")])
    return make.message(hs, text(body))


@make.mail(N(40), family="webinar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Webinar registration 'Réussir son entretien en visio', Zoom; a fixed time, not a job interview")
def m40():
    body = t("""
        Bonjour Élodie,

        Merci de votre inscription au webinaire « Réussir son entretien d'embauche en visio ».

        Date : mardi 13 octobre 2026
        Heure : 12h30 – 13h30 (Paris)
        Intervenante : Corinne Baud, coach carrière

        Rejoindre le webinaire : https://us06web.zoom.us/w/87612093344?tk=pQx1
        Code secret : 662180

        Ajoutez-le à votre agenda : https://us06web.zoom.us/webinar/tZAr/ics

        Réseau Cadres Loire
        """)
    hs = base("m40", "zoom.us", addr("Réseau Cadres Loire", "no-reply@zoom.us"),
              "Confirmation : Réussir son entretien d'embauche en visio", "2026-10-06 13:05", PAR, "zoom.us")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(41), family="post_interview", lang="fr", interview=False, company="Lumitex Industries",
           note="Thank-you after the 15 September interview, 'nous revenons vers vous'; no new time")
def m41():
    body = t("""
        Bonjour Élodie,

        Merci pour votre temps mardi matin, Olivier et moi avons beaucoup apprécié l'échange.
        Nous terminons les premiers entretiens cette semaine et revenons vers vous très vite
        pour la suite.

        Bonne journée,
        Camille

        Le mar. 15 sept. 2026 à 12:10, Élodie Chazal <elodie.chazal@example.com> a écrit :
        > Bonjour Madame Perrin,
        >
        > Merci encore pour l'entretien de ce matin, et pour la présentation du site de Villeurbanne.
        >
        > Bien cordialement,
        > Élodie Chazal
        """)
    hs = base("m41", "mail-ej1-f48.google.com", addr("Camille Perrin", "camille.perrin@lumitex-industries.fr"),
              "Re: Merci pour l'entretien", "2026-09-16 09:05", PAR, "lumitex-industries.fr")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Google Agenda invitation from her sister for a family birthday lunch")
def m42():
    body = t("""
        Vous avez reçu une invitation à l'événement suivant.

        Anniversaire Mamie 🎂 (90 ans !)
        Quand
        sam. 14 nov. 2026 12:00 – 16:00 (CET)

        Lieu
        Chez Papa et Maman, Ambierle

        Invités
        Margaux Chazal - organisateur
        Élodie Chazal
        Thomas Chazal

        Chacun apporte un dessert, et on fait la cagnotte pour le voyage !

        Invitation de Google Agenda
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", make.VTZ["Europe/Paris"],
               vevent("1c7ab9e0fq3m2k8d5t4h@google.com", "20261114T120000", "20261114T160000", "Europe/Paris",
                      "Anniversaire Mamie 🎂 (90 ans !)", "CN=Margaux Chazal:mailto:margaux.chazal@example.net",
                      location="Ambierle", stamp="20261101T184000Z"))
    hs = base("m42", "mail-yb1-f198.google.com", addr("Margaux Chazal", "margaux.chazal@example.net"),
              "Invitation: Anniversaire Mamie 🎂 (90 ans !) @ sam. 14 nov. 2026 12:00 - 16:00 (CET)",
              "2026-11-01 19:40", PAR, "google.com",
              extra=[("Sender", addr("Google Agenda", "calendar-notification@google.com"))])
    return make.message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="8bit")))


@make.mail(N(43), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-10-30"),),
           note="Bank adviser appointment confirmation; a fixed time, not an interview")
def m43():
    body = t("""
        Bonjour Madame Chazal,

        Nous vous confirmons votre rendez-vous avec votre conseiller, M. Fabrice Dury :

        vendredi 30 octobre 2026 à 11h30
        Agence Crédit Forézien Roanne Centre, 2 rue Charles de Gaulle

        Objet : point budget et épargne

        Pour modifier ce rendez-vous, connectez-vous à votre espace client.

        Crédit Forézien
        """)
    hs = base("m43", "mail.credit-forezien.example.net", addr("Crédit Forézien", "rendezvous@credit-forezien.example.net"),
              "Confirmation de votre rendez-vous", "2026-10-26 10:05", PAR, "credit-forezien.example.net")
    return make.message(hs, html(gmail_html(body), charset="iso-8859-1"))


@make.mail(N(44), family="travel", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-10-12"),),
           note="Train e-ticket Roanne - Lyon Part-Dieu for the day of the Lyon interview; times of a train, not "
                "of an interview")
def m44():
    body = t("""
        Votre e-billet

        Référence de dossier : QKT8ZL
        Passagère : Élodie CHAZAL

        ALLER – lundi 12 octobre 2026
        Roanne 13:02 → Lyon Part-Dieu 14:16
        TER 17815 – voiture 2 – place libre

        RETOUR – lundi 12 octobre 2026
        Lyon Part-Dieu 18:44 → Roanne 19:58
        TER 17830 – place libre

        Prix total : 27,60 €

        Présentez ce billet (papier ou mobile) lors du contrôle.
        Rail&Go
        """)
    hs = base("m44", "mail.railandgo.example.net", addr("Rail&Go", "billets@railandgo.example.net"),
              "Votre e-billet Roanne - Lyon Part-Dieu du 12/10", "2026-10-07 20:14", PAR, "railandgo.example.net")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(45), family="rejection", lang="fr", interview=False, company="Groupe Monterrat",
           note="Taleo rejection without interview; iso-8859-1")
def m45():
    body = t("""
        Madame Chazal,

        Nous vous remercions de l'intérêt que vous portez au Groupe Monterrat et de votre
        candidature au poste de Chargée de relations sociales (réf. 2600817).

        Après étude attentive de votre dossier, nous sommes au regret de vous informer que
        celui-ci n'a pas été retenu. Nous conservons vos coordonnées dans notre base et ne
        manquerons pas de revenir vers vous si une opportunité correspondant à votre profil
        se présentait.

        Nous vous souhaitons pleine réussite dans vos recherches.

        La Direction des Ressources Humaines
        Groupe Monterrat
        """)
    hs = base("m45", "taleo.net", addr("Groupe Monterrat", "groupemonterrat@taleo.net"),
              "Votre candidature - Chargée de relations sociales", "2026-12-01 08:15", PAR, "taleo.net")
    return make.message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(46), family="availability_request", lang="en", interview=False, company="Verhaegen Packaging",
           days=(("Wed", "2026-10-14"), ("Fri", "2026-10-16")),
           note="GoodTime availability request for the panel; a window to choose from, nothing confirmed")
def m46():
    body = t("""
        Hi Élodie,

        Congratulations, the team would like to invite you to a panel interview for the HR
        Officer role (about two hours, on Teams).

        Please share your availability between Wednesday, October 14 and Friday, October 16
        using the link below. We will confirm the exact time once all interviewers are booked.

        Share my availability: https://app.goodtime.io/availability/vp/7QmX2kR9

        Thanks,
        Verhaegen Packaging Talent Team
        """)
    hs = base("m46", "mail.goodtime.io", addr("Verhaegen Packaging", "no-reply@goodtime.io"),
              "Verhaegen Packaging: please share your availability", "2026-10-02 11:00", BRU, "goodtime.io",
              extra=[("Reply-To", addr("Lotte Peeters", "lotte.peeters@verhaegen-packaging.be"))])
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="newsletter", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="Textile trade association newsletter with an agenda (general assembly); not an interview")
def m47():
    body = t("""
        La lettre de l'Union Textile Loire – novembre 2026

        • Assemblée générale : jeudi 26 novembre à 18h, salle des fêtes de Riorges, suivie d'un
          buffet. Inscription obligatoire.
        • Formation « Manager une équipe en 2x8 » : nouvelles sessions en janvier.
        • Chiffres du trimestre : la maille roannaise résiste, +2 % à l'export.
        • Offres d'emploi des adhérents : 14 postes ouverts, dont 3 en ressources humaines.

        Union Textile Loire – 15 rue de la Sous-Préfecture, 42300 Roanne
        Se désabonner : https://union-textile-loire.example.net/desabo
        """)
    hs = base("m47", "mail.union-textile-loire.example.net",
              addr("Union Textile Loire", "lettre@union-textile-loire.example.net"),
              "La lettre de l'Union Textile Loire – novembre 2026", "2026-11-12 08:00", PAR,
              "union-textile-loire.example.net", extra=[("Precedence", "bulk")])
    return make.message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(48), family="survey", lang="en", interview=False, company="Kessler Mills",
           note="Candidate-experience survey after the final panel; no time")
def m48():
    body = t("""
        Hi Élodie,

        Thank you for interviewing with Kessler Mills. We'd love to hear about your experience,
        whatever the outcome. The survey takes about 3 minutes and is anonymous.

        Take the survey: https://careers-kesslermills.icims.com/survey/cx?id=5518

        Thank you,
        Kessler Mills Talent Acquisition
        """)
    hs = base("m48", "mail.talent.icims.com", addr("Kessler Mills", "kesslermills@talent.icims.com"),
              "How was your interview with Kessler Mills?", "2026-11-12 09:00", CHI, "talent.icims.com")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="reference_check", lang="fr", interview=False, company="Bonneterie Vial",
           note="Request for two referees after the interview; no appointment")
def m49():
    body = t("""
        Bonjour Élodie,

        Merci encore pour l'entretien de mardi dernier ; M. Vial a été convaincu. Avant de vous
        faire une proposition, pourriez-vous nous transmettre les coordonnées de deux personnes
        pouvant témoigner de votre travail (un ancien responsable au minimum) ?

        Nous les contacterons cette semaine, avec votre accord.

        Bien à vous,
        Nathalie Girard
        Chargée RH – Bonneterie Vial
        """)
    hs = base("m49", "smtp.bonneterie-vial.fr", addr("Nathalie Girard", "nathalie.girard@bonneterie-vial.fr"),
              "Références", "2026-11-02 14:35", PAR, "bonneterie-vial.fr")
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(50), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Wed", "2026-12-09"),),
           note="Garage workshop appointment confirmation; a fixed time, not an interview")
def m50():
    body = t("""
        Bonjour Madame Chazal,

        Votre rendez-vous atelier est confirmé.

        Date : mercredi 9 décembre 2026 à 8h00
        Véhicule : Peugeot 208 – GH-418-PX
        Prestation : vidange + contrôle pneus hiver

        Merci de déposer le véhicule à l'heure ; un véhicule de courtoisie n'est pas prévu.

        Garage du Coteau – 68 avenue de la Libération, 42120 Le Coteau
        04 77 67 30 21
        """)
    hs = base("m50", "smtp.garage-du-coteau.example.net",
              addr("Garage du Coteau", "atelier@garage-du-coteau.example.net"),
              "Confirmation rendez-vous atelier", "2026-12-04 16:30", PAR, "garage-du-coteau.example.net")
    return make.message(hs, text(body))
