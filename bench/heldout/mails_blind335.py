"""blind335: a blind 50-mail held-out set, the inbox of Élise Wendling, wine-tourism events coordinator
in Colmar (Europe/Paris), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the opening and the "Mix" to
"Judgement calls" sections of bench/heldout/README.md, the dev corpus README, dev/labels.json,
dev_002.eml, dev_009.eml and score.py; it did not read the detector, its tests, the other held-out
mails or sets, and never ran the detector. Every mail below is written by hand, one function each;
keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives. Mostly French
(tu and vous, one employer in Luxembourg), some German (Freiburg, Basel) and English (Basel,
Freiburg, New York).

    python3 bench/heldout/make_blind.py blind335
"""

from __future__ import annotations

import hashlib
import random

import make
from make import addr, alt, at, calendar, enc, gmail_html, html, mixed, t, text

ORDER = random.Random(3350335).sample(range(1, 51), 50)
SET = "blind335"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "elise.wendling@example.com"
ME2 = "elise.wendling@example.org"
ELISE = addr("Élise Wendling", ME)
PARIS, BERLIN, ZURICH, LUX, NY = "Europe/Paris", "Europe/Berlin", "Europe/Zurich", "Europe/Luxembourg", "America/New_York"

ROMANCE = make.VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
WEUROPE = make.VTZ["W. Europe Standard Time"]
VPARIS = make.VTZ["Europe/Paris"]
VBERLIN = make.VTZ["Europe/Berlin"]


def _h(seed: str, n: int = 16) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{_h(seed, 24)}@{domain}>"


def head(frm: str, subject: str, when: str, zone: str, relay: str, seed: str, *, to: str = ELISE,
         msgid: str | None = None, extra: tuple[tuple[str, str], ...] = (), rcpt: str = ME) -> list[tuple[str, str]]:
    ip = int(_h(seed + "ip", 2), 16) % 200 + 20
    rcv = make.received(f"from {relay} ({relay} [198.51.100.{ip}])", when, zone,
                        f"mx2.mail.example.com with ESMTPS id {_h(seed + 'rid', 12)}", rcpt)
    domain = relay.split(".", 1)[1] if relay.count(".") > 1 else relay
    if not frm.isascii():
        name, _, address = frm.rpartition(" <")
        frm = addr(name, address.rstrip(">"))
    return [
        ("Delivered-To", rcpt),
        ("Received", rcv),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", make.date(when, zone)),
        ("Message-ID", msgid or mid(seed, domain)),
        *extra,
    ]


def stamp(when: str, zone: str) -> str:
    return at(when, zone).astimezone(make.UTC).strftime("%Y%m%dT%H%M%SZ")


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="fr", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z", contact="camille.roux@vinalia-voyages.fr",
           company="Vinalia Voyages", local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=PARIS,
           note="Greenhouse confirmation in French, 'mardi 15 septembre 2026, 10:00 - 10:45 (heure de Paris)', "
                "CEST (UTC+2) -> 08:00Z; ICS attachment TZID Europe/Paris agrees; contact = Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Bonjour Élise,

        Votre entretien pour le poste de Chargée de projets événementiels (H/F) chez Vinalia Voyages
        est confirmé. Voici le récapitulatif :

        Date : mardi 15 septembre 2026
        Heure : 10:00 - 10:45 (heure de Paris)
        Format : visioconférence Google Meet
        Lien : https://meet.google.com/qzv-hmxr-kta

        Vous échangerez avec :
          - Camille Roux, Talent Acquisition
          - Bastien Lorentz, Responsable des séjours groupes

        Une invitation de calendrier est jointe à ce message. Pour toute question, répondez
        simplement à cet e-mail, il parviendra à Camille.

        À très bientôt,
        L'équipe recrutement de Vinalia Voyages
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Bonjour Élise,</p>
        <p>Votre entretien pour le poste de <strong>Chargée de projets événementiels (H/F)</strong>
        chez Vinalia Voyages est confirmé. Voici le récapitulatif&nbsp;:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>mardi 15 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>10:00 - 10:45 (heure de Paris)</td></tr>
        <tr><td><b>Format</b></td><td>visioconférence Google Meet</td></tr>
        <tr><td><b>Lien</b></td><td><a href="https://meet.google.com/qzv-hmxr-kta">meet.google.com/qzv-hmxr-kta</a></td></tr>
        </table>
        <p>Vous échangerez avec&nbsp;:<br>Camille Roux, Talent Acquisition<br>
        Bastien Lorentz, Responsable des séjours groupes</p>
        <p>Une invitation de calendrier est jointe à ce message. Pour toute question, répondez
        simplement à cet e-mail, il parviendra à Camille.</p>
        <p>À très bientôt,<br>L'équipe recrutement de Vinalia Voyages</p>
        <img src="https://us.greenhouse-mail.io/o/7f3a2c1e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VPARIS}
BEGIN:VEVENT
UID:gh-interview-58213977-vinalia@greenhouse.io
DTSTAMP:{stamp("2026-09-09 16:12", PARIS)}
DTSTART;TZID=Europe/Paris:20260915T100000
DTEND;TZID=Europe/Paris:20260915T104500
SEQUENCE:0
SUMMARY:Entretien - Élise Wendling / Vinalia Voyages
LOCATION:https://meet.google.com/qzv-hmxr-kta
ORGANIZER;CN=Camille Roux:mailto:camille.roux@vinalia-voyages.fr
ATTENDEE;CN=Élise Wendling;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Bastien Lorentz;ROLE=REQ-PARTICIPANT:mailto:bastien.lorentz@vinalia-voyages.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Vinalia Voyages <no-reply@us.greenhouse-mail.io>",
              "Entretien confirmé : Chargée de projets événementiels chez Vinalia Voyages",
              "2026-09-09 16:12", PARIS, "mail.us.greenhouse-mail.io", "b335-01",
              extra=(("Reply-To", "Camille Roux <camille.roux@vinalia-voyages.fr>"),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                           name_param=True)))


@make.mail(N(2), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-24T12:00:00Z", end="2026-09-24T13:00:00Z",
           contact="lena.hofmeister@schwarzwald-genusstouren.de", company="Schwarzwald Genusstouren GmbH",
           local="Thu 2026-09-24 14:00", local_end="2026-09-24 15:00", zone=BERLIN,
           note="Personio invitation in German, 'Donnerstag, 24. September 2026, 14:00 - 15:00 Uhr' Freiburg "
                "(MESZ, UTC+2) -> 12:00Z; no-reply sender, contact = Ansprechpartnerin address in the body; "
                "moved later by another mail of the set")
def m02() -> bytes:
    body = t("""
        Sehr geehrte Frau Wendling,

        vielen Dank für Ihre Bewerbung als Eventmanagerin Weintourismus (m/w/d). Wir freuen uns, Sie
        zu einem ersten Gespräch per Microsoft Teams einzuladen. Der Termin ist wie folgt bestätigt:

        Donnerstag, 24. September 2026
        14:00 - 15:00 Uhr (deutsche Zeit)

        Teams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGT2026/0

        Gesprächspartnerinnen: Lena Hofmeister (HR) und Dr. Ulrike Bader (Geschäftsführung)

        Ihre Ansprechpartnerin bei Rückfragen: Lena Hofmeister, lena.hofmeister@schwarzwald-genusstouren.de,
        Tel. +49 761 555 2840

        Mit freundlichen Grüßen
        Ihr Team von Schwarzwald Genusstouren GmbH

        --
        Schwarzwald Genusstouren GmbH · Kartäuserstraße 41 · 79102 Freiburg im Breisgau
        Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.
        """)
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px">
        <p>Sehr geehrte Frau Wendling,</p>
        <p>vielen Dank für Ihre Bewerbung als Eventmanagerin Weintourismus (m/w/d). Wir freuen uns, Sie zu
        einem ersten Gespräch per Microsoft Teams einzuladen. Der Termin ist wie folgt bestätigt:</p>
        <p style="background:#f2f5f3;padding:12px"><strong>Donnerstag, 24. September 2026</strong><br>
        14:00 - 15:00 Uhr (deutsche Zeit)<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGT2026/0">Zum Teams-Meeting</a></p>
        <p>Gesprächspartnerinnen: Lena Hofmeister (HR) und Dr. Ulrike Bader (Geschäftsführung)</p>
        <p>Ihre Ansprechpartnerin bei Rückfragen: Lena Hofmeister,
        <a href="mailto:lena.hofmeister@schwarzwald-genusstouren.de">lena.hofmeister@schwarzwald-genusstouren.de</a>,
        Tel. +49 761 555 2840</p>
        <p>Mit freundlichen Grüßen<br>Ihr Team von Schwarzwald Genusstouren GmbH</p>
        <p style="font-size:11px;color:#888">Schwarzwald Genusstouren GmbH · Kartäuserstraße 41 · 79102 Freiburg
        im Breisgau<br>Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht direkt auf diese
        Nachricht.</p>
        </body></html>
        """)
    hs = head("Schwarzwald Genusstouren GmbH <no-reply@mail.personio.de>",
              "Einladung zum Gespräch: Eventmanagerin Weintourismus (m/w/d)",
              "2026-09-17 11:05", BERLIN, "out2.mail.personio.de", "b335-02")
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(3), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-10-05T07:30:00Z", end="2026-10-05T08:30:00Z", contact="sophie.obrecht@cremants-obrecht.fr",
           company="Crémants Obrecht & Fils", local="Mon 2026-10-05 09:30", local_end="2026-10-05 10:30", zone=PARIS,
           note="Exchange meeting request, TZID Romance Standard Time; the body shows the standard label "
                "'(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' but 5 October is CEST (UTC+2) -> 07:30Z; "
                "contact = ORGANIZER/sender; moved by a later SEQUENCE:1 update in the set")
def m03() -> bytes:
    body = t("""
        Quand : lundi 5 octobre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Crémants Obrecht & Fils, 8 rue des Remparts, Eguisheim

        *~*~*~*~*~*~*~*~*~*

        Bonjour Élise,

        Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien pour le poste de
        responsable œnotourisme. Nous ferons le tour de la cave et de la salle de réception ensuite si
        vous avez le temps.

        Stationnement possible place du Château.

        Bien cordialement,
        Sophie Obrecht
        Co-gérante
        Crémants Obrecht & Fils
        03 89 55 61 20
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal">Quand&nbsp;: lundi 5 octobre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.<br>
        Où&nbsp;: Crémants Obrecht &amp; Fils, 8 rue des Remparts, Eguisheim</p>
        <p class="MsoNormal">*~*~*~*~*~*~*~*~*~*</p>
        <p class="MsoNormal">Bonjour Élise,</p>
        <p class="MsoNormal">Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien pour le poste
        de responsable œnotourisme. Nous ferons le tour de la cave et de la salle de réception ensuite si vous
        avez le temps.</p>
        <p class="MsoNormal">Stationnement possible place du Château.</p>
        <p class="MsoNormal">Bien cordialement,<br>Sophie Obrecht<br>Co-gérante<br>Crémants Obrecht &amp; Fils<br>
        03 89 55 61 20</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Sophie Obrecht:mailto:sophie.obrecht@cremants-obrecht.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élise Wendling:mailto:{ME}
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Élise\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour notre entretien.\\n
UID:040000008200E00074C5B7101A82E00800000000C0FA61B95F4FDC01000000000000000010000000A1F7D3E2C64B2A47B0D1
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable œnotourisme (Élise Wendling)
DTSTART;TZID=Romance Standard Time:20261005T093000
DTEND;TZID=Romance Standard Time:20261005T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-09-29 17:20", PARIS)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Crémants Obrecht & Fils\\, 8 rue des Remparts\\, Eguisheim
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121938204
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head("Sophie Obrecht <sophie.obrecht@cremants-obrecht.fr>",
              "Entretien – Responsable œnotourisme (Élise Wendling)",
              "2026-09-29 17:20", PARIS, "EUR03-AM5-obe.outbound.protection.outlook.com", "b335-03",
              msgid="<PR3P189MB10214C7E2A9B5E1D0F9C3A21B8E12@PR3P189MB1021.EURP189.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", enc("Entretien – Responsable œnotourisme (Élise Wendling)")),
                     ("Thread-Index", "AdtSg3kQ9xL1m2pCTvO8JkGq4s7b1A=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return make.message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(4), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start="2026-10-01T12:30:00Z", end=None, contact="thomas.gerber@vendanges-rh.fr",
           company="Domaine Haegelin", local="Thu 2026-10-01 14:30", zone=PARIS,
           days=(("Thu", "2026-10-01"),),
           note="Agency recruiter (tu) on top of a quoted thread: 'c'est calé : jeudi à 14h30' resolved "
                "against the Date (Mon 28 Sep 2026) -> Thu 1 Oct, CEST -> 12:30Z; 'compte une petite heure' "
                "is approximate so end null; company = the client estate, contact = the agency recruiter")
def m04() -> bytes:
    body = t("""
        Salut Élise,

        C'est calé avec le client : jeudi à 14h30, directement au domaine à Kaysersberg (Domaine
        Haegelin, 17 route de Lapoutroie). Tu verras Mathilde Haegelin, qui gère la partie accueil et
        événements, et son père pour la fin de l'entretien. Compte une petite heure.

        Ils ont bien aimé ton expérience sur les soirées vendanges, appuie là-dessus. Et prends des
        chaussures correctes, elle fait souvent faire le tour des caves !

        Tiens-moi au courant après.

        Thomas

        --
        Thomas Gerber
        Consultant recrutement – Hôtellerie, tourisme & vins
        Vendanges RH · Mulhouse
        06 71 42 88 19

        Le lun. 28 sept. 2026 à 11:52, Élise Wendling <elise.wendling@example.com> a écrit :
        > Bonjour Thomas,
        >
        > Merci pour ton appel de ce matin. Je suis dispo jeudi ou vendredi après-midi cette semaine,
        > n'importe quand après 14h.
        >
        > Bonne journée,
        > Élise
        """)
    hs = head("Thomas Gerber <thomas.gerber@vendanges-rh.fr>",
              "RE: Poste coordinatrice événements – Domaine Haegelin",
              "2026-09-28 18:05", PARIS, "smtp.vendanges-rh.fr", "b335-04",
              extra=(("In-Reply-To", "<CAF3k9e1b335fw04a@mail.example.com>"),
                     ("References", "<CAF3k9e1b335fw04a@mail.example.com>"),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return make.message(hs, text(body.replace("–", "-"), charset="iso-8859-15", cte="8bit"))


@make.mail(N(5), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-22T13:00:00Z", end="2026-10-22T14:00:00Z", contact="marco.steiner@rhinebend-cruises.ch",
           company="Rhine Bend Cruises AG", local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00", zone=ZURICH,
           note="Basel employer, Outlook/Teams invitation in English; 'When' line shows the standard label "
                "(UTC+01:00) Amsterdam, Berlin, Bern... but 22 October is still CEST (UTC+2) -> 13:00Z; "
                "ICS TZID W. Europe Standard Time agrees; contact = ORGANIZER")
def m05() -> bytes:
    body = t("""
        When: Thursday, 22 October 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        Dear Élise,

        Thank you for your time on the phone. As discussed, here is the invitation for your interview for the
        Onboard Events & Excursions Coordinator position. You will meet me and Priya Nair (Head of Guest
        Experience).

        Kind regards,
        Marco Steiner
        Talent Partner | Rhine Bend Cruises AG
        Aeschengraben 9 | 4051 Basel | Switzerland

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_RBC7781%40thread.v2/0>
        Meeting ID: 381 442 907 215
        Passcode: vR3q8J
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div>
        <p>When: Thursday, 22 October 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.<br>
        Where: Microsoft Teams Meeting</p>
        <p>Dear Élise,</p>
        <p>Thank you for your time on the phone. As discussed, here is the invitation for your interview for the
        Onboard Events &amp; Excursions Coordinator position. You will meet me and Priya Nair (Head of Guest
        Experience).</p>
        <p>Kind regards,<br>Marco Steiner<br>Talent Partner | Rhine Bend Cruises AG<br>Aeschengraben 9 | 4051 Basel |
        Switzerland</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">
        ________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_RBC7781%40thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 381 442 907 215<br>Passcode: vR3q8J</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Marco Steiner:mailto:marco.steiner@rhinebend-cruises.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élise Wendling:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Nair:mailto:priya.nair@rhinebend-cruises.ch
UID:040000008200E00074C5B7101A82E0080000000070D2A4E1C658DC010000000000000000100000005C1E2B9A77E0F54C
SUMMARY;LANGUAGE=en-US:Interview Élise Wendling – Onboard Events & Excursions Coordinator
DTSTART;TZID=W. Europe Standard Time:20261022T150000
DTEND;TZID=W. Europe Standard Time:20261022T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-10-15 10:12", ZURICH)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_RBC7781%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:marco.steiner@rhinebend-cruises.ch\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_RBC7781-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head("Marco Steiner <marco.steiner@rhinebend-cruises.ch>",
              "Interview Élise Wendling – Onboard Events & Excursions Coordinator",
              "2026-10-15 10:12", ZURICH, "CH2P278CU001.outbound.protection.outlook.com", "b335-05",
              msgid="<ZR0P278MB0917A1C44E2D53B09F7E8C3AA1E52@ZR0P278MB0917.CHEP278.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", enc("Interview Élise Wendling – Onboard Events & Excursions Coordinator")),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return make.message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(6), family="calendly", lang="fr", interview=True, kind="scheduled",
           start="2026-10-13T09:00:00Z", end="2026-10-13T09:30:00Z", contact="julien.moreau@routes-cepages.fr",
           company="Routes & Cépages", local="Tue 2026-10-13 11:00", local_end="2026-10-13 11:30", zone=PARIS,
           note="Calendly invitee confirmation in French; the zone label says 'heure d'Europe centrale' but "
                "13 October is CEST (UTC+2) -> 09:00Z, ICS in UTC agrees; contact = Reply-To host")
def m06() -> bytes:
    body = t("""
        Bonjour Élise Wendling,

        Votre événement est programmé.

        Événement :
        Échange RH – Coordinatrice séjours & événements

        Avec :
        Julien Moreau

        Date/Heure de l'événement :
        11:00 - 11:30, mardi 13 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Cet événement est un appel téléphonique. Julien Moreau vous appellera au +33 6 12 40 77 35.

        Questions :
        Pourquoi ce poste vous intéresse-t-il ?
        Mon expérience sur les séjours vendanges et les soirées dégustation.

        Annuler : https://calendly.com/cancellations/6f0b2d9e-7c1a-4e55-9a3b-2d1c8e0f4b71
        Reprogrammer : https://calendly.com/reschedulings/6f0b2d9e-7c1a-4e55-9a3b-2d1c8e0f4b71

        Propulsé par Calendly.com
        """)
    page = t("""
        <html><body style="margin:0;background:#f4f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <tr><td style="padding:24px">
        <p>Bonjour Élise Wendling,</p>
        <p>Votre événement est programmé.</p>
        <p><b>Événement :</b><br>Échange RH – Coordinatrice séjours &amp; événements</p>
        <p><b>Avec :</b><br>Julien Moreau</p>
        <p><b>Date/Heure de l'événement :</b><br>11:00 - 11:30, mardi 13 octobre 2026 (Heure d'Europe centrale)</p>
        <p><b>Lieu :</b><br>Cet événement est un appel téléphonique. Julien Moreau vous appellera au +33 6 12 40 77 35.</p>
        <p><a href="https://calendly.com/cancellations/6f0b2d9e-7c1a-4e55-9a3b-2d1c8e0f4b71">Annuler</a> |
        <a href="https://calendly.com/reschedulings/6f0b2d9e-7c1a-4e55-9a3b-2d1c8e0f4b71">Reprogrammer</a></p>
        <p style="color:#888;font-size:12px">Propulsé par Calendly.com</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:{stamp("2026-10-08 20:41", PARIS)}
UID:BD51E3A7-08F2-4C6B-A0F1-57E3C2D9A418
DTSTART:20261013T090000Z
DTEND:20261013T093000Z
SUMMARY:Échange RH – Coordinatrice séjours & événements
ORGANIZER;CN=Julien Moreau:mailto:julien.moreau@routes-cepages.fr
ATTENDEE;CN=Élise Wendling;PARTSTAT=ACCEPTED:mailto:{ME}
LOCATION:+33 6 12 40 77 35
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmé : Échange RH – Coordinatrice séjours & événements avec Julien Moreau le mardi 13 octobre 2026",
              "2026-10-08 20:41", PARIS, "o7.email.calendly.com", "b335-06",
              extra=(("Reply-To", "Julien Moreau <julien.moreau@routes-cepages.fr>"),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", ctype="application/ics", method=None,
                                           filename="invite.ics", disposition="attachment")))


@make.mail(N(7), family="teamtailor", lang="fr", interview=True, kind="scheduled",
           start="2026-10-26T09:00:00Z", end="2026-10-26T09:45:00Z", contact="manon.lefevre@oterroirs-hotels.fr",
           company="Ô Terroirs Hôtels", local="Mon 2026-10-26 10:00", local_end="2026-10-26 10:45", zone=PARIS,
           note="Teamtailor confirmation sent Thu 22 Oct in CEST for Mon 26 Oct, the day after France returns "
                "to CET: 10:00 Paris = UTC+1 -> 09:00Z (not 08:00Z); '45 minutes' gives the end; ICS agrees; "
                "contact = Reply-To recruiter")
def m07() -> bytes:
    body = t("""
        Bonjour Élise,

        Merci d'avoir choisi un créneau ! Votre entretien pour le poste de Chargé·e d'événements –
        Hôtel & Spa Le Grand Ried est confirmé :

        📅 lundi 26 octobre 2026 à 10:00 (heure de Paris)
        ⏱ 45 minutes
        📍 Hôtel Le Grand Ried, 5 rue du Général Gouraud, 67210 Obernai – demandez Manon à la réception

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.

        À lundi !
        Manon Lefèvre
        Responsable RH, Ô Terroirs Hôtels

        Vous recevez cet e-mail car vous avez postulé chez Ô Terroirs Hôtels via Teamtailor.
        Gérer mes données : https://oterroirs.teamtailor.com/connect/data
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;color:#222">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-oterroirs.png" alt="Ô Terroirs Hôtels" height="40">
        <p>Bonjour Élise,</p>
        <p>Merci d'avoir choisi un créneau ! Votre entretien pour le poste de <b>Chargé·e d'événements – Hôtel &amp; Spa
        Le Grand Ried</b> est confirmé :</p>
        <p>📅 lundi 26 octobre 2026 à 10:00 (heure de Paris)<br>⏱ 45 minutes<br>
        📍 Hôtel Le Grand Ried, 5 rue du Général Gouraud, 67210 Obernai – demandez Manon à la réception</p>
        <p>Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.</p>
        <p>À lundi !<br>Manon Lefèvre<br>Responsable RH, Ô Terroirs Hôtels</p>
        <p style="font-size:12px;color:#999">Vous recevez cet e-mail car vous avez postulé chez Ô Terroirs Hôtels via
        Teamtailor. <a href="https://oterroirs.teamtailor.com/connect/data">Gérer mes données</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VPARIS}
BEGIN:VEVENT
UID:tt-meeting-3390172@teamtailor.com
DTSTAMP:{stamp("2026-10-22 14:30", PARIS)}
DTSTART;TZID=Europe/Paris:20261026T100000
DTEND;TZID=Europe/Paris:20261026T104500
SUMMARY:Entretien Ô Terroirs Hôtels – Élise Wendling
LOCATION:Hôtel Le Grand Ried\\, 5 rue du Général Gouraud\\, 67210 Obernai
ORGANIZER;CN=Manon Lefèvre:mailto:manon.lefevre@oterroirs-hotels.fr
ATTENDEE;CN=Élise Wendling;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Ô Terroirs Hôtels <no-reply@teamtailor-mail.com>",
              "Entretien confirmé – Chargé·e d'événements",
              "2026-10-22 14:30", PARIS, "mta-11.teamtailor-mail.com", "b335-07",
              extra=(("Reply-To", addr("Manon Lefèvre", "manon.lefevre@oterroirs-hotels.fr")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


@make.mail(N(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           start="2026-11-04T15:00:00Z", end="2026-11-04T16:00:00Z", contact="pierre.albrecht@domaine-albrecht-riehl.fr",
           company="Domaine Albrecht-Riehl", local="Wed 2026-11-04 16:00", local_end="2026-11-04 17:00", zone=PARIS,
           note="Google Calendar invitation, French UI, 'mer. 4 nov. 2026 16:00 - 17:00 (CET)' -> 15:00Z; ICS in "
                "UTC agrees; contact = ORGANIZER, the estate's owner")
def m08() -> bytes:
    subj = ("Invitation: Entretien Élise Wendling / Domaine Albrecht-Riehl @ mer. 4 nov. 2026 16:00 - 17:00 (CET) "
            f"({ME})")
    body = t(f"""
        Pierre Albrecht vous a invité à l'événement suivant.

        Entretien Élise Wendling / Domaine Albrecht-Riehl
        Quand
        mercredi 4 nov. 2026 ⋅ 16:00 – 17:00 (heure normale d'Europe centrale - Paris)

        Lieu
        Domaine Albrecht-Riehl, 2 rue des Vignerons, 68750 Bergheim

        Bonjour Élise, on se retrouve au caveau. On parlera du poste de responsable accueil & événements,
        puis je vous montrerai la salle des foudres. Pierre

        Invités
        Pierre Albrecht - organisateur
        {ME}
        Hélène Riehl

        Afficher tous les détails de l'invité : https://calendar.google.com/calendar/event?action=VIEW&eid=NmQ0YjJ1

        Répondre pour {ME}
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid=NmQ0YjJ1&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&eid=NmQ0YjJ1&rst=2
        Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&eid=NmQ0YjJ1&rst=3

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications
        pour cet événement, refusez-le.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Pierre Albrecht vous a invité à l'événement suivant.</p>
        <h2 style="font-size:20px;font-weight:400">Entretien Élise Wendling / Domaine Albrecht-Riehl</h2>
        <table><tr><td style="color:#70757a">Quand</td><td>mercredi 4 nov. 2026 ⋅ 16:00 – 17:00
        (heure normale d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Lieu</td><td>Domaine Albrecht-Riehl, 2 rue des Vignerons, 68750 Bergheim</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Pierre Albrecht - organisateur<br>elise.wendling@example.com<br>
        Hélène Riehl</td></tr></table>
        <p>Bonjour Élise, on se retrouve au caveau. On parlera du poste de responsable accueil &amp; événements,
        puis je vous montrerai la salle des foudres. Pierre</p>
        <p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NmQ0YjJ1&amp;rst=1">Oui</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NmQ0YjJ1&amp;rst=2">Non</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NmQ0YjJ1&amp;rst=3">Peut-être</a></p>
        <p style="font-size:11px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261104T150000Z
DTEND:20261104T160000Z
DTSTAMP:{stamp("2026-10-30 09:14", PARIS)}
ORGANIZER;CN=Pierre Albrecht:mailto:pierre.albrecht@domaine-albrecht-riehl.fr
UID:6d4b2u8k1q0r7s3v5x9z2c4e6g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hélène Riehl;X-NUM-GUESTS=0:mailto:helene.riehl@domaine-albrecht-riehl.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pierre Albrecht;X-NUM-GUESTS=0:mailto:pierre.albrecht@domaine-albrecht-riehl.fr
CREATED:{stamp("2026-10-30 09:13", PARIS)}
DESCRIPTION:Bonjour Élise\\, on se retrouve au caveau. On parlera du poste de responsable accueil & événements\\, puis je vous montrerai la salle des foudres. Pierre
LAST-MODIFIED:{stamp("2026-10-30 09:14", PARIS)}
LOCATION:Domaine Albrecht-Riehl\\, 2 rue des Vignerons\\, 68750 Bergheim
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Élise Wendling / Domaine Albrecht-Riehl
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head("Pierre Albrecht <pierre.albrecht@domaine-albrecht-riehl.fr>", subj,
              "2026-10-30 09:14", PARIS, "mail-sor-f69.google.com", "b335-08",
              msgid="<calendar-7c1e2f4a-5b3d-4e8a-9f60-1d2c3b4a5e6f@google.com>",
              extra=(("Reply-To", "pierre.albrecht@domaine-albrecht-riehl.fr"),
                     ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return make.message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                                  calendar(ics, cte="base64", ctype="application/ics", method=None,
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(9), family="ics_attachment", lang="fr", interview=True, kind="scheduled",
           start="2026-11-10T09:30:00Z", end="2026-11-10T10:30:00Z", contact="anne.schmit@croisieres-moselle.lu",
           company="Croisières de la Moselle S.A.", local="Tue 2026-11-10 10:30", local_end="2026-11-10 11:30",
           zone=LUX,
           note="Luxembourg employer writing in French (vous), 'le mardi 10 novembre de 10h30 à 11h30' "
                "-> CET (UTC+1) 09:30Z; Outlook invite.ics TZID W. Europe Standard Time "
                "agrees; contact = human sender")
def m09() -> bytes:
    body = t("""
        Madame Wendling,

        Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer votre entretien pour le poste
        de Coordinatrice événements à bord, le mardi 10 novembre de 10h30 à 11h30, dans nos bureaux de
        Remich (12, route du Vin, L-5570 Remich – bâtiment de l'embarcadère, 1er étage).

        Vous rencontrerez M. Paul Hoffmann, directeur commercial, et moi-même. Nous vous demanderons de
        présenter en dix minutes un projet d'événement que vous avez organisé.

        Vous trouverez ci-joint l'invitation pour votre agenda. Un parking visiteurs est à votre disposition
        devant le bâtiment.

        Je reste à votre disposition pour toute question.

        Meilleures salutations,

        Anne Schmit
        Ressources humaines
        Croisières de la Moselle S.A.
        Tél. +352 26 66 48 10
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Anne Schmit:mailto:anne.schmit@croisieres-moselle.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élise Wendling:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul Hoffmann:mailto:paul.hoffmann@croisieres-moselle.lu
UID:040000008200E00074C5B7101A82E00800000000E09C5FD3A86EDC01000000000000000010000000BE44F1C0E8D2A94B
SUMMARY;LANGUAGE=fr-FR:Entretien Mme Wendling – Coordinatrice événements à bord
DTSTART;TZID=W. Europe Standard Time:20261110T103000
DTEND;TZID=W. Europe Standard Time:20261110T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-11-03 15:22", LUX)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Remich\\, 12 route du Vin – 1er étage
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head("Anne Schmit <anne.schmit@croisieres-moselle.lu>",
              "Confirmation de votre entretien – Coordinatrice événements à bord",
              "2026-11-03 15:22", LUX, "mail.croisieres-moselle.lu", "b335-09",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-LU")))
    return make.message(hs, mixed(text(body, charset="windows-1252", cte="quoted-printable"),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                           name_param=True)))


@make.mail(N(10), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-04T15:00:00Z", end="2026-11-04T15:45:00Z", contact="jessica.palmer@sommeliertrails.com",
           company="Sommelier Trails Inc.", local="Wed 2026-11-04 10:00", local_end="2026-11-04 10:45", zone=NY,
           note="New York employer, GoodTime confirmation sent Thu 29 Oct in EDT for Wed 4 Nov after the US "
                "change on 1 Nov: 10:00 AM EST (UTC-5) -> 15:00Z; the candidate-zone line says 4:00 PM CET, "
                "which agrees; ICS in UTC; contact = Reply-To coordinator")
def m10() -> bytes:
    body = t("""
        Hi Élise,

        Your interview with Sommelier Trails is confirmed. Here are the details:

        Position: European Events Coordinator (Remote, France)
        Date: Wednesday, November 4, 2026
        Time: 10:00 AM - 10:45 AM Eastern Time (EST)
              4:00 PM - 4:45 PM Central European Time (your time zone)
        Interviewer: Dana Whitfield, Director of Guest Experiences
        Location: Zoom - https://sommeliertrails.zoom.us/j/84129930517?pwd=TmV3WW9yaw

        Please note that clocks in the US go back one hour on Sunday, November 1. The times above already
        take this into account.

        Need to make a change? Reply to this email and Jessica Palmer will help you.

        Best,
        The Sommelier Trails Recruiting Team

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Élise,</p>
        <p>Your interview with Sommelier Trails is confirmed. Here are the details:</p>
        <table style="border:1px solid #ddd;padding:10px">
        <tr><td><b>Position</b></td><td>European Events Coordinator (Remote, France)</td></tr>
        <tr><td><b>Date</b></td><td>Wednesday, November 4, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM Eastern Time (EST)<br>4:00 PM - 4:45 PM Central European Time (your
        time zone)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Dana Whitfield, Director of Guest Experiences</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://sommeliertrails.zoom.us/j/84129930517?pwd=TmV3WW9yaw">Zoom</a></td></tr>
        </table>
        <p>Please note that clocks in the US go back one hour on Sunday, November 1. The times above already take
        this into account.</p>
        <p>Need to make a change? Reply to this email and Jessica Palmer will help you.</p>
        <p>Best,<br>The Sommelier Trails Recruiting Team</p>
        <p style="font-size:11px;color:#999">Powered by GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-5f2e8c71-ab04-4b6e-b1d9-0c7a3e9f2d18@goodtime.io
DTSTAMP:{stamp("2026-10-29 11:20", NY)}
DTSTART:20261104T150000Z
DTEND:20261104T154500Z
SUMMARY:Interview: Élise Wendling <> Sommelier Trails (Dana Whitfield)
LOCATION:https://sommeliertrails.zoom.us/j/84129930517?pwd=TmV3WW9yaw
ORGANIZER;CN=Jessica Palmer:mailto:jessica.palmer@sommeliertrails.com
ATTENDEE;CN=Élise Wendling;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Sommelier Trails Recruiting <no-reply@goodtime.io>",
              "Confirmed: Your interview with Sommelier Trails on Wednesday, November 4",
              "2026-10-29 11:20", NY, "mail.goodtime.io", "b335-10",
              extra=(("Reply-To", "Jessica Palmer <jessica.palmer@sommeliertrails.com>"),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@make.mail(N(11), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
           start="2026-11-12T08:00:00Z", end="2026-11-12T09:30:00Z", contact="jonas.weber@kaiserstuhl-hotels.de",
           company="Kaiserstuhl Hotels GmbH", local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:30",
           zone=BERLIN,
           note="SmartRecruiters, HTML only (base64), German, 'Donnerstag, 12. November 2026, 09:00 - 10:30 Uhr "
                "(MEZ)' Freiburg -> 08:00Z; contact = Reply-To recruiter")
def m11() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="UTF-8"><title>Interview</title></head>
        <body style="margin:0;padding:0;background:#eef1f4">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:20px 30px;border-bottom:3px solid #7a1f2b"><strong>Kaiserstuhl Hotels</strong></td></tr>
        <tr><td style="padding:30px">
        <p>Hallo Élise Wendling,</p>
        <p>wir freuen uns, Ihnen Ihr persönliches Vorstellungsgespräch für die Position
        <strong>Bankett- &amp; Veranstaltungskoordinator (m/w/d)</strong> zu bestätigen.</p>
        <table cellpadding="6" style="background:#f7f7f7;width:100%">
        <tr><td width="140"><b>Datum</b></td><td>Donnerstag, 12. November 2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>09:00 - 10:30 Uhr (MEZ)</td></tr>
        <tr><td><b>Ort</b></td><td>Hotel Kaiserstuhl Panorama, Bahnhofstraße 12, 79235 Vogtsburg im Kaiserstuhl</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Jonas Weber (Recruiting), Sabine Kern (Bankettleitung)</td></tr>
        </table>
        <p>Bitte bringen Sie ein Ausweisdokument mit und melden Sie sich an der Rezeption.
        Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte auf diese E-Mail.</p>
        <p>Freundliche Grüße<br>Jonas Weber<br>Kaiserstuhl Hotels GmbH</p>
        </td></tr>
        <tr><td style="padding:15px 30px;font-size:11px;color:#999">Powered by SmartRecruiters ·
        <a href="https://www.smartrecruiters.com/privacy-policy" style="color:#999">Datenschutz</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("Kaiserstuhl Hotels <noreply@smartrecruiters.com>",
              "Bestätigung Ihres Vorstellungsgesprächs – Bankett- & Veranstaltungskoordinator (m/w/d)",
              "2026-11-04 16:45", BERLIN, "mail7.smartrecruiters.com", "b335-11",
              extra=(("Reply-To", "Jonas Weber <jonas.weber@kaiserstuhl-hotels.de>"),))
    return make.message(hs, html(page, cte="base64"))


@make.mail(N(12), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           start="2026-11-16T13:00:00Z", end=None, contact="claire.dubois@alsace-seminaires.fr",
           company="Alsace Séminaires & Incentives", local="Mon 2026-11-16 14:00", zone=PARIS,
           note="Short recruiter reply (vous) on top of the quoted thread: 'je vous confirme donc lundi 16 "
                "novembre à 14h' -> CET 13:00Z; 'environ une heure' so end null; the quoted part keeps the "
                "second slot the candidate offered (mardi 17 à 9h), not chosen")
def m12() -> bytes:
    body = t("""
        Bonjour Élise,

        C'est parfait, je vous confirme donc lundi 16 novembre à 14h, dans nos locaux du 3 quai des
        Bateliers à Strasbourg (interphone « ASI », 2e étage). Vous rencontrerez Grégoire Wolff, notre
        directeur des opérations, et moi-même. Prévoyez environ une heure.

        Bonne fin de semaine,

        Claire Dubois
        Chargée de recrutement
        Alsace Séminaires & Incentives
        03 88 52 90 14

        -----Message d'origine-----
        De : Élise Wendling <elise.wendling@example.com>
        Envoyé : mercredi 11 novembre 2026 21:37
        À : Claire Dubois <claire.dubois@alsace-seminaires.fr>
        Objet : RE: Candidature – Chef de projet séminaires

        Bonsoir Claire,

        Merci pour votre retour. Je suis disponible lundi 16 à 14h ou mardi 17 à 9h, selon ce qui vous
        arrange le mieux.

        Bien cordialement,
        Élise Wendling

        -----Message d'origine-----
        De : Claire Dubois <claire.dubois@alsace-seminaires.fr>
        Envoyé : lundi 9 novembre 2026 10:02
        À : Élise Wendling <elise.wendling@example.com>
        Objet : Candidature – Chef de projet séminaires

        Bonjour Élise,

        Votre candidature a retenu notre attention. Pourriez-vous me donner vos disponibilités pour un
        entretien la semaine prochaine, idéalement lundi 16 ou mardi 17 novembre ?
        """)
    hs = head("Claire Dubois <claire.dubois@alsace-seminaires.fr>",
              "RE: Candidature – Chef de projet séminaires",
              "2026-11-12 12:08", PARIS, "mo-p00-ob.rzone.example.net", "b335-12",
              extra=(("In-Reply-To", "<AM9P193MB1588B335E12@AM9P193MB1588.example.com>"),
                     ("References", "<PA4P190MB1120B335C30@PA4P190MB1120.alsace-seminaires.fr> "
                                    "<AM9P193MB1588B335E12@AM9P193MB1588.example.com>")))
    return make.message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(13), family="forwarded", lang="fr", interview=True, kind="scheduled",
           start="2026-11-19T09:00:00Z", end="2026-11-19T10:30:00Z", contact="nathalie.kuntz@cave-trois-chateaux.fr",
           company="Cave des Trois Châteaux", local="Thu 2026-11-19 10:00", local_end="2026-11-19 11:30", zone=PARIS,
           note="The candidate forwards to her other address (example.org -> example.com) a cooperative's "
                "confirmation: 'jeudi 19 novembre à 10h00 ... durée 1h30' -> CET 09:00Z to 10:30Z; contact = "
                "the human sender in the forwarded header, never the candidate")
def m13() -> bytes:
    body = t("""
        Pour ne pas oublier : prendre le book photos des soirées + imprimer le planning type des visites.

        ---------- Message transféré ---------
        De : Nathalie Kuntz <nathalie.kuntz@cave-trois-chateaux.fr>
        Date: ven. 13 nov. 2026 à 17:48
        Subject: Votre entretien à la Cave des Trois Châteaux
        To: Élise Wendling <elise.wendling@example.org>


        Bonjour Madame Wendling,

        Je vous confirme votre entretien pour le poste d'animatrice œnotourisme et événements le jeudi
        19 novembre à 10h00, à la cave (1 rue du Schlossberg, 68420 Husseren-les-Châteaux). L'entretien
        durera 1h30 : 45 minutes d'échange avec notre directeur, M. Laurent Gsell, et moi-même, puis une
        mise en situation au caveau de dégustation.

        Merci de me confirmer votre présence par retour de mail.

        Cordialement,

        Nathalie Kuntz
        Assistante de direction
        Cave des Trois Châteaux
        """)
    hs = head(addr("Élise Wendling", ME2), "Fwd: Votre entretien à la Cave des Trois Châteaux",
              "2026-11-13 19:02", PARIS, "mail-wr1-f54.example.org", "b335-13",
              msgid="<CAH7b335kq2Lx0fWd9NQeY1m4v@mail.example.org>")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(14), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-11-24T12:30:00Z", end="2026-11-24T13:30:00Z", contact="nina.brunner@basilea-events.ch",
           company="Basilea Messe & Events AG", local="Tue 2026-11-24 13:30", local_end="2026-11-24 14:30",
           zone=ZURICH,
           note="Workday HTML-only (quoted-printable) from a Basel employer, 'Tuesday, 24 November 2026, "
                "13:30 - 14:30 (Europe/Zurich)' -> CET 12:30Z; no-reply sender, contact = recruiter address "
                "in the body")
def m14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <div style="max-width:640px">
        <p>Dear Élise Wendling,</p>
        <p>Thank you for your interest in the <b>Event Coordinator – Trade Fairs (80-100%)</b> position
        (R-10482) at Basilea Messe &amp; Events AG.</p>
        <p>Your interview has been scheduled:</p>
        <p><b>Date:</b> Tuesday, 24 November 2026<br>
        <b>Time:</b> 13:30 - 14:30 (Europe/Zurich)<br>
        <b>Location:</b> Basilea Messe &amp; Events AG, Messeplatz 21, 4058 Basel, Reception Hall 3<br>
        <b>Interviewers:</b> Nina Brunner (Talent Acquisition), Stefan Meier (Head of Event Operations)</p>
        <p>Please bring a valid ID. Visitor parking is available at the Messe parking garage.</p>
        <p>If you have any questions, please contact your recruiter Nina Brunner at
        <a href="mailto:nina.brunner@basilea-events.ch">nina.brunner@basilea-events.ch</a>.</p>
        <p>Kind regards,<br>Basilea Messe &amp; Events AG – Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This is a system-generated email from Workday. Please do not reply.
        <a href="https://wd3.myworkdaysite.com/recruiting/basilea/careers">Candidate Home</a></p>
        </div></body></html>
        """)
    hs = head("Basilea Messe & Events <basilea@myworkday.com>",
              "Interview Scheduled: Event Coordinator – Trade Fairs (R-10482)",
              "2026-11-16 08:31", ZURICH, "mx-out3.myworkday.com", "b335-14")
    return make.message(hs, html(page))


@make.mail(N(15), family="recruitee", lang="fr", interview=True, kind="scheduled",
           start="2026-12-04T10:00:00Z", end="2026-12-04T10:45:00Z", contact="lucie.martin@escales-gourmandes.fr",
           company="Escales Gourmandes", local="Fri 2026-12-04 11:00", local_end="2026-12-04 11:45", zone=PARIS,
           note="Recruitee confirmation in French (windows-1252, quoted-printable), 'vendredi 4 décembre 2026, "
                "11:00 - 11:45 (Europe/Paris)' -> CET 10:00Z; ICS agrees; contact = Reply-To recruiter")
def m15() -> bytes:
    body = t("""
        Bonjour Élise,

        Votre entretien est confirmé !

        Poste : Coordinatrice événements & œnotourisme (CDI)
        Quand : vendredi 4 décembre 2026, 11:00 - 11:45 (Europe/Paris)
        Où : en visio – https://meet.jit.si/EscalesGourmandes-Entretien-EW
        Avec : Lucie Martin, Responsable RH ; Romain Kieffer, Directeur

        Ajoutez l'entretien à votre agenda grâce au fichier joint.

        Besoin de déplacer le rendez-vous ? Répondez à ce message.

        Cordialement,
        Lucie Martin
        Escales Gourmandes – 12 rue des Marchands, 68000 Colmar
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Events//EN
METHOD:REQUEST
{VPARIS}
BEGIN:VEVENT
UID:recruitee-event-918273@recruitee.com
DTSTAMP:{stamp("2026-11-26 10:10", PARIS)}
DTSTART;TZID=Europe/Paris:20261204T110000
DTEND;TZID=Europe/Paris:20261204T114500
SUMMARY:Entretien – Coordinatrice événements & œnotourisme
LOCATION:https://meet.jit.si/EscalesGourmandes-Entretien-EW
ORGANIZER;CN=Lucie Martin:mailto:lucie.martin@escales-gourmandes.fr
ATTENDEE;CN=Élise Wendling;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Escales Gourmandes <escales-gourmandes@mail.recruitee.com>",
              "Entretien confirmé – Coordinatrice événements & œnotourisme",
              "2026-11-26 10:10", PARIS, "smtp.mail.recruitee.com", "b335-15",
              extra=(("Reply-To", "Lucie Martin <lucie.martin@escales-gourmandes.fr>"),))
    return make.message(hs, mixed(text(body, charset="windows-1252"),
                                  calendar(ics, cte="quoted-printable", filename="entretien.ics",
                                           disposition="attachment")))


@make.mail(N(16), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           start="2026-09-21T12:00:00Z", end="2026-09-21T12:45:00Z", contact="aurelie.schaeffer@talentsvignoble.fr",
           company="Talents du Vignoble", local="Mon 2026-09-21 14:00", local_end="2026-09-21 14:45", zone=PARIS,
           note="Microsoft Bookings from a recruitment agency's shared mailbox; the body's zone label shows the "
                "standard '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' in September (CEST, UTC+2) -> "
                "12:00Z, as the Romance Standard Time ICS says; contact = consultant address in the body; "
                "company = the agency (screening interview, client not named)")
def m16() -> bytes:
    body = t("""
        Bonjour Élise Wendling,

        Merci d'avoir réservé avec Talents du Vignoble. Votre rendez-vous est confirmé.

        Entretien de présélection – 45 minutes
        lundi 21 septembre 2026 14:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Personnel : Aurélie Schaeffer

        Rejoindre la réunion Microsoft Teams :
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_TDV0921%40thread.v2/0

        Pour toute question, écrivez à Aurélie : aurelie.schaeffer@talentsvignoble.fr

        Gérer la réservation : https://outlook.office365.com/owa/calendar/TalentsduVignoble@talentsvignoble.onmicrosoft.com/bookings/
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <p>Bonjour Élise Wendling,</p>
        <p>Merci d'avoir réservé avec Talents du Vignoble. Votre rendez-vous est confirmé.</p>
        <div style="border:1px solid #e1e1e1;padding:16px">
        <div style="font-size:18px">Entretien de présélection – 45 minutes</div>
        <div>lundi 21 septembre 2026 14:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</div>
        <div>Personnel : Aurélie Schaeffer</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_TDV0921%40thread.v2/0">Rejoindre la réunion
        Microsoft Teams</a></div></div>
        <p>Pour toute question, écrivez à Aurélie :
        <a href="mailto:aurelie.schaeffer@talentsvignoble.fr">aurelie.schaeffer@talentsvignoble.fr</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/TalentsduVignoble@talentsvignoble.onmicrosoft.com/bookings/">Gérer
        la réservation</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Talents du Vignoble:mailto:TalentsduVignoble@talentsvignoble.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élise Wendling:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000A3B41EE79D44DC010000000000000000100000007F13B9E0D4C2E54A
SUMMARY;LANGUAGE=fr-FR:Entretien de présélection – 45 minutes
DTSTART;TZID=Romance Standard Time:20260921T140000
DTEND;TZID=Romance Standard Time:20260921T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-09-15 09:02", PARIS)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head("Talents du Vignoble <TalentsduVignoble@talentsvignoble.onmicrosoft.com>",
              "Rendez-vous confirmé avec Talents du Vignoble",
              "2026-09-15 09:02", PARIS, "FR2P281CU004.outbound.protection.outlook.com", "b335-16",
              msgid="<MR1P264MB2980B335A16D8E2F1C0@MR1P264MB2980.FRAP264.PROD.OUTLOOK.COM>",
              extra=(("Content-Language", "fr-FR"),))
    return make.message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-09-25T08:00:00Z", end="2026-09-25T09:00:00Z",
           contact="lena.hofmeister@schwarzwald-genusstouren.de", company="Schwarzwald Genusstouren GmbH",
           local="Fri 2026-09-25 10:00", local_end="2026-09-25 11:00", zone=BERLIN,
           days=(("Thu", "2026-09-24"),),
           note="HR contact moves the Personio interview: old 'Donnerstag, 24.09., 14 Uhr', new 'Freitag, "
                "25. September, 10:00 - 11:00 Uhr' (MESZ, UTC+2) -> 08:00Z; rescheduled, start = new time")
def m17() -> bytes:
    body = t("""
        Sehr geehrte Frau Wendling,

        leider muss unsere Geschäftsführerin am Donnerstag kurzfristig zu einem Kunden nach Stuttgart. Ich
        muss unser Gespräch daher verschieben – statt Donnerstag, 24.09., 14 Uhr sprechen wir nun am

            Freitag, 25. September, 10:00 - 11:00 Uhr

        Der Teams-Link bleibt derselbe. Ich hoffe, das passt Ihnen trotzdem; falls nicht, geben Sie mir
        bitte kurz Bescheid.

        Entschuldigen Sie die Umstände und viele Grüße aus Freiburg

        Lena Hofmeister
        Personal & Organisation
        Schwarzwald Genusstouren GmbH
        Kartäuserstraße 41, 79102 Freiburg im Breisgau
        Tel. +49 761 555 2840
        """)
    hs = head("Lena Hofmeister <lena.hofmeister@schwarzwald-genusstouren.de>",
              "Verschiebung unseres Gesprächs – Eventmanagerin Weintourismus",
              "2026-09-21 09:40", BERLIN, "mout.kundenserver.example.net", "b335-17",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(18), family="outlook_calendar", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-06T12:00:00Z", end="2026-10-06T13:00:00Z", contact="sophie.obrecht@cremants-obrecht.fr",
           company="Crémants Obrecht & Fils", local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone=PARIS,
           days=(("Mon", "2026-10-05"),),
           note="Exchange update (SEQUENCE:1, same UID) with a note on top: moved from Monday 5 Oct 09:30 to "
                "'mardi 6 octobre 2026 14:00-15:00', CEST -> 12:00Z; body label shows UTC+01:00 again")
def m18() -> bytes:
    body = t("""
        Quand : mardi 6 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Crémants Obrecht & Fils, 8 rue des Remparts, Eguisheim

        *~*~*~*~*~*~*~*~*~*

        Bonjour Élise,

        Un groupe de clients belges m'a été confirmé lundi matin, je me permets donc de déplacer notre
        entretien au mardi 6 octobre à 14h. Même lieu. J'espère que cela vous convient.

        Bien cordialement,
        Sophie Obrecht
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Quand&nbsp;: mardi 6 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.<br>
        Où&nbsp;: Crémants Obrecht &amp; Fils, 8 rue des Remparts, Eguisheim</p>
        <p class="MsoNormal">*~*~*~*~*~*~*~*~*~*</p>
        <p class="MsoNormal">Bonjour Élise,</p>
        <p class="MsoNormal">Un groupe de clients belges m'a été confirmé lundi matin, je me permets donc de déplacer
        notre entretien au mardi 6 octobre à 14h. Même lieu. J'espère que cela vous convient.</p>
        <p class="MsoNormal">Bien cordialement,<br>Sophie Obrecht</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Sophie Obrecht:mailto:sophie.obrecht@cremants-obrecht.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élise Wendling:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000C0FA61B95F4FDC01000000000000000010000000A1F7D3E2C64B2A47B0D1
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable œnotourisme (Élise Wendling)
DTSTART;TZID=Romance Standard Time:20261006T140000
DTEND;TZID=Romance Standard Time:20261006T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-10-02 08:50", PARIS)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Crémants Obrecht & Fils\\, 8 rue des Remparts\\, Eguisheim
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2121938204
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head("Sophie Obrecht <sophie.obrecht@cremants-obrecht.fr>",
              "Mis à jour : Entretien – Responsable œnotourisme (Élise Wendling)",
              "2026-10-02 08:50", PARIS, "EUR03-AM5-obe.outbound.protection.outlook.com", "b335-18",
              msgid="<PR3P189MB1021E8A4C7D1B335F0A2C9B8E12@PR3P189MB1021.EURP189.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", enc("Entretien – Responsable œnotourisme (Élise Wendling)")),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return make.message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(19), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           start="2026-10-27T09:00:00Z", end=None, contact="maxime.hertzog@gites-vignoble.fr",
           company="Gîtes & Vignoble", local="Tue 2026-10-27 10:00", zone=PARIS,
           days=(("Fri", "2026-10-23"),),
           note="Founder (tu) moves the interview from 'vendredi' (23 Oct, CEST) to 'mardi 27 octobre, même "
                "heure (10h)' after the change to CET on 25 Oct -> 09:00Z; written firmly, not a proposal; "
                "no duration -> end null")
def m19() -> bytes:
    body = t("""
        Hello Élise,

        Désolé, finalement vendredi ça ne va pas le faire de mon côté : on m'a rajouté un salon à Lyon
        jeudi-vendredi. On décale donc à mardi 27 octobre, même heure (10h), même endroit (le bureau
        au-dessus du gîte, 4 rue de l'Église à Riquewihr). J'ai mis à jour l'invitation dans ton agenda.

        Désolé pour le changement, et à mardi !

        Maxime

        --
        Maxime Hertzog
        Fondateur – Gîtes & Vignoble
        06 88 21 37 50
        """)
    hs = head("Maxime Hertzog <maxime.hertzog@gites-vignoble.fr>",
              "Changement pour notre entretien",
              "2026-10-21 19:15", PARIS, "mail-ej1-f45.google.com", "b335-19",
              msgid="<CAJm3b335X9v0qH1oPbL8wT6eK2r@mail.gmail.com>")
    return make.message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@make.mail(N(20), family="ashby", lang="en", interview=True, kind="rescheduled",
           start="2026-12-07T15:00:00Z", end="2026-12-07T15:45:00Z", contact="hannah.vogt@tannin.co",
           company="Tannin & Co. GmbH", local="Mon 2026-12-07 16:00", local_end="2026-12-07 16:45", zone=BERLIN,
           days=(("Thu", "2026-12-03"),),
           note="Ashby reschedule from a Freiburg wine-tech company in English: 'Previously Thursday, "
                "December 3, 11:00 AM'; new 'Monday, December 7, 2026, 4:00 PM - 4:45 PM CET' -> 15:00Z; "
                "ICS SEQUENCE:1 agrees; contact = Reply-To recruiter")
def m20() -> bytes:
    body = t("""
        Hi Élise,

        Your interview has been rescheduled. Here are the updated details:

        Partner Events Manager – Tannin & Co.
        NEW: Monday, December 7, 2026, 4:00 PM – 4:45 PM CET (Europe/Berlin)
        Previously: Thursday, December 3, 2026, 11:00 AM – 11:45 AM CET
        Google Meet: https://meet.google.com/tnn-wkvx-pqe

        You'll meet with:
          Felix Andersen — Head of Partnerships

        Questions? Just reply and it will reach Hannah Vogt.

        Thanks,
        Tannin & Co. Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Élise,</p>
        <p>Your interview has been rescheduled. Here are the updated details:</p>
        <p><b>Partner Events Manager – Tannin &amp; Co.</b><br>
        <b>NEW:</b> Monday, December 7, 2026, 4:00 PM – 4:45 PM CET (Europe/Berlin)<br>
        <s>Previously: Thursday, December 3, 2026, 11:00 AM – 11:45 AM CET</s><br>
        <a href="https://meet.google.com/tnn-wkvx-pqe">Google Meet</a></p>
        <p>You'll meet with:<br>Felix Andersen — Head of Partnerships</p>
        <p>Questions? Just reply and it will reach Hannah Vogt.</p>
        <p>Thanks,<br>Tannin &amp; Co. Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VBERLIN}
BEGIN:VEVENT
UID:2d7e91c4-5a83-4f0b-b6e2-98c1d0a3f47e
DTSTAMP:{stamp("2026-12-01 13:05", BERLIN)}
DTSTART;TZID=Europe/Berlin:20261207T160000
DTEND;TZID=Europe/Berlin:20261207T164500
SEQUENCE:1
SUMMARY:Tannin & Co. – Partner Events Manager Interview
LOCATION:https://meet.google.com/tnn-wkvx-pqe
ORGANIZER;CN=Hannah Vogt:mailto:hannah.vogt@tannin.co
ATTENDEE;CN=Élise Wendling;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Tannin & Co. <no-reply@ashbyhq.com>",
              "Interview rescheduled: Partner Events Manager at Tannin & Co.",
              "2026-12-01 13:05", BERLIN, "mail.ashbyhq.com", "b335-20",
              msgid="<0100019a7e3b335c-4f1d2e8a-77b1-4c0e-9a3f-b335d20e6c1a-000000@email.amazonses.com>",
              extra=(("Reply-To", "Hannah Vogt <hannah.vogt@tannin.co>"),))
    return make.message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="google_calendar", lang="fr", interview=True, kind="cancelled",
           start="2026-12-03T09:00:00Z", end="2026-12-03T09:45:00Z", contact="sarah.klein@escapades-rhenanes.fr",
           company="Escapades Rhénanes", local="Thu 2026-12-03 10:00", local_end="2026-12-03 10:45", zone=PARIS,
           note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED), French UI, 'jeu. 3 déc. 2026 "
                "10:00 - 10:45 (CET)' -> 09:00Z, the cancelled slot; organizer's note says the post was filled "
                "internally; contact = ORGANIZER")
def m21() -> bytes:
    subj = ("Événement annulé : Entretien – Chargée de projets événementiels @ jeu. 3 déc. 2026 10:00 - 10:45 (CET) "
            f"({ME})")
    body = t(f"""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien – Chargée de projets événementiels
        Quand
        jeudi 3 déc. 2026 ⋅ 10:00 – 10:45 (heure normale d'Europe centrale - Paris)

        Message de l'organisateur :
        Bonjour Élise, je suis désolée, le poste vient d'être pourvu en interne et je dois annuler notre
        entretien de jeudi. Je garde votre candidature pour la saison prochaine. Sarah

        Invités
        Sarah Klein - organisateur
        {ME}

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Cet événement a été annulé et supprimé de votre agenda.</p>
        <h2 style="font-size:20px;font-weight:400;text-decoration:line-through">Entretien – Chargée de projets événementiels</h2>
        <p><span style="color:#70757a">Quand</span><br>jeudi 3 déc. 2026 ⋅ 10:00 – 10:45 (heure normale d'Europe centrale - Paris)</p>
        <p><span style="color:#70757a">Message de l'organisateur :</span><br>Bonjour Élise, je suis désolée, le poste vient
        d'être pourvu en interne et je dois annuler notre entretien de jeudi. Je garde votre candidature pour la saison
        prochaine. Sarah</p>
        <p><span style="color:#70757a">Invités</span><br>Sarah Klein - organisateur<br>elise.wendling@example.com</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261203T090000Z
DTEND:20261203T094500Z
DTSTAMP:{stamp("2026-11-30 17:30", PARIS)}
ORGANIZER;CN=Sarah Klein:mailto:sarah.klein@escapades-rhenanes.fr
UID:1q2w3e4r5t6y7u8i9o0pesc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261124T081500Z
LAST-MODIFIED:{stamp("2026-11-30 17:30", PARIS)}
LOCATION:Escapades Rhénanes\\, 14 rue du Dôme\\, Strasbourg
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entretien – Chargée de projets événementiels
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head("Sarah Klein <sarah.klein@escapades-rhenanes.fr>", subj,
              "2026-11-30 17:30", PARIS, "mail-sor-f73.google.com", "b335-21",
              msgid="<calendar-0b9e8d7c-6f5a-4b3c-2d1e-escapades335@google.com>",
              extra=(("Reply-To", "sarah.klein@escapades-rhenanes.fr"),
                     ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return make.message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                                  calendar(ics, cte="base64", ctype="application/ics", method=None,
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(22), family="human_prose", lang="de", interview=True, kind="cancelled",
           start="2026-11-17T09:00:00Z", end=None, contact="reto.baumann@dreilaender-reisen.ch",
           company="Dreiländer Reisen AG", local="Tue 2026-11-17 10:00", zone=ZURICH,
           note="Basel employer, Swiss German (no ß), cancels 'das für Dienstag, 17. November, 10:00 Uhr "
                "vereinbarte Gespräch' because the post was filled internally -> CET 09:00Z, the cancelled "
                "slot; no new time")
def m22() -> bytes:
    body = t("""
        Grüezi Frau Wendling

        Leider muss ich Ihnen mitteilen, dass wir das für Dienstag, 17. November, 10:00 Uhr vereinbarte
        Gespräch absagen müssen. Die Stelle als Gruppenreisen- und Eventkoordinatorin konnten wir in der
        Zwischenzeit intern besetzen.

        Es tut mir leid, dass Sie sich bereits Zeit dafür reserviert hatten. Gerne behalten wir Ihr Dossier
        für künftige Vakanzen im Auge, sofern Sie einverstanden sind.

        Freundliche Grüsse

        Reto Baumann
        Leiter Personal
        Dreiländer Reisen AG
        St. Johanns-Vorstadt 27, 4056 Basel
        +41 61 555 73 20
        """)
    hs = head("Reto Baumann <reto.baumann@dreilaender-reisen.ch>",
              "Absage Vorstellungsgespräch vom 17. November",
              "2026-11-13 14:20", ZURICH, "mail.dreilaender-reisen.ch", "b335-22",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-CH")))
    return make.message(hs, text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(23), family="workable", lang="fr", interview=True, kind="cancelled",
           start="2026-12-09T14:00:00Z", end="2026-12-09T14:30:00Z", contact="julie.fuchs@cave-buissonniere.fr",
           company="La Cave Buissonnière", local="Wed 2026-12-09 15:00", local_end="2026-12-09 15:30", zone=PARIS,
           note="Workable cancellation with METHOD:CANCEL ICS: 'mercredi 9 décembre 2026 à 15h00 (30 min)' -> CET "
                "14:00Z, the cancelled slot; 'nous reviendrons vers vous' gives no new time; Reply-To is a "
                "Workable relay, contact = the recruiter's address in the signature")
def m23() -> bytes:
    body = t("""
        Bonjour Élise,

        Nous sommes au regret de devoir annuler votre entretien pour le poste de Responsable boutique &
        animations prévu le mercredi 9 décembre 2026 à 15h00 (30 min, par téléphone).

        Notre gérant sera absent plus longtemps que prévu ; nous reviendrons vers vous dès que possible
        pour vous proposer un nouveau créneau.

        Merci de votre compréhension,

        Julie Fuchs
        Assistante RH – La Cave Buissonnière
        julie.fuchs@cave-buissonniere.fr

        --
        Envoyé via Workable
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Calendar//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:workable-event-7d3f1a0b9c@workable.com
DTSTAMP:{stamp("2026-12-03 11:40", PARIS)}
DTSTART:20261209T140000Z
DTEND:20261209T143000Z
SUMMARY:Entretien téléphonique – La Cave Buissonnière
ORGANIZER;CN=Julie Fuchs:mailto:la-cave-buissonniere+a81f2c@candidates.workablemail.com
ATTENDEE;CN=Élise Wendling:mailto:{ME}
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    hs = head("La Cave Buissonnière <noreply@candidates.workablemail.com>",
              "Annulation de votre entretien – Responsable boutique & animations",
              "2026-12-03 11:40", PARIS, "mail.candidates.workablemail.com", "b335-23",
              extra=(("Reply-To", "la-cave-buissonniere+a81f2c@candidates.workablemail.com"),))
    return make.message(hs, mixed(alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div>'))),
                                  calendar(ics, method="CANCEL", cte="base64", filename="invite.ics",
                                           disposition="attachment")))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="fr", interview=False, company="Ô Terroirs Hôtels",
           note="Teamtailor acknowledgement of the application; no interview, no time")
def m24() -> bytes:
    body = t("""
        Bonjour Élise,

        Merci pour votre candidature au poste de Chargé·e d'événements – Hôtel & Spa Le Grand Ried !

        Nous l'avons bien reçue et notre équipe va l'étudier avec attention. Si votre profil correspond à
        nos besoins, nous vous contacterons pour convenir d'un premier échange. Dans le cas contraire,
        nous vous tiendrons également informée.

        À bientôt,
        L'équipe Ô Terroirs Hôtels

        Gérer mes données : https://oterroirs.teamtailor.com/connect/data
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;color:#222">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Bonjour Élise,</p>
        <p>Merci pour votre candidature au poste de <b>Chargé·e d'événements – Hôtel &amp; Spa Le Grand Ried</b> !</p>
        <p>Nous l'avons bien reçue et notre équipe va l'étudier avec attention. Si votre profil correspond à nos besoins,
        nous vous contacterons pour convenir d'un premier échange. Dans le cas contraire, nous vous tiendrons également
        informée.</p>
        <p>À bientôt,<br>L'équipe Ô Terroirs Hôtels</p>
        </div></body></html>
        """)
    hs = head("Ô Terroirs Hôtels <no-reply@teamtailor-mail.com>",
              "Merci pour votre candidature – Chargé·e d'événements",
              "2026-10-02 22:14", PARIS, "mta-07.teamtailor-mail.com", "b335-24")
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(25), family="job_alert", lang="fr", interview=False, company=None,
           note="Job board alert listing new offers near Colmar; dates are publication dates")
def m25() -> bytes:
    body = t("""
        Bonjour Élise,

        6 nouvelles offres correspondent à votre alerte « chargée événementiel œnotourisme » autour de
        Colmar (30 km) :

        • Chargé(e) de réceptifs – Domaine du Clos Saint-Landelin (fictif) · Rouffach · CDI
          Publiée il y a 2 jours
        • Assistant(e) événementiel – Office de tourisme intercommunal · Ribeauvillé · CDD 6 mois
          Publiée il y a 3 jours
        • Guide-animateur(trice) œnotourisme – Maison Fleckstein · Turckheim · Saisonnier
          Publiée hier
        • Chef(fe) de projet séminaires – Alsace Séminaires & Incentives · Strasbourg · CDI
          Publiée aujourd'hui
        • Hôte(sse) de caveau – Cave de la Vallée Noble · Soultzmatt · CDI temps partiel
          Publiée il y a 4 jours
        • Coordinateur(trice) marchés de Noël – Agence Stollen & Co · Kaysersberg · CDD
          Publiée il y a 5 jours

        Voir toutes les offres : https://www.emploivignes.example/alertes/8812
        Modifier ou supprimer cette alerte : https://www.emploivignes.example/compte/alertes

        EmploiVignes – l'emploi de la vigne et du vin
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" if line.strip() else "" for line in body.splitlines()) + "</body></html>\n"
    hs = head("EmploiVignes <alertes@emploivignes.example>",
              "6 nouvelles offres : chargée événementiel œnotourisme – Colmar",
              "2026-11-09 07:02", PARIS, "mailer3.emploivignes.example", "b335-25",
              extra=(("List-Unsubscribe", "<https://www.emploivignes.example/compte/alertes?u=ew335>"),
                     ("Precedence", "bulk")))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(26), family="job_alert", lang="de", interview=False, company=None,
           note="German regional job alert (Freiburg), list of postings; no appointment")
def m26() -> bytes:
    body = t("""
        Hallo Élise Wendling,

        es gibt 4 neue Stellenangebote für Ihren Suchauftrag "Eventmanagement Wein" in Freiburg im
        Breisgau und Umgebung (50 km):

        1. Eventmanager/in Weinerlebnis (m/w/d) – Winzergenossenschaft Markgräfler Hügel – Müllheim
        2. Veranstaltungskauffrau/-mann (m/w/d) – Kongresshaus Breisgau – Freiburg
        3. Gästeführer/in Weinbau (Minijob) – Tourist-Info Kaiserstuhl – Endingen
        4. Bankett- & Veranstaltungskoordinator (m/w/d) – Kaiserstuhl Hotels GmbH – Vogtsburg

        Alle Treffer ansehen: https://www.jobregio-suedbaden.example/suche/ew-2026

        Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei JobRegio Südbaden angelegt haben.
        Abmelden: https://www.jobregio-suedbaden.example/abmelden
        """)
    hs = head("JobRegio Südbaden <suchauftrag@jobregio-suedbaden.example>",
              "4 neue Jobs für \"Eventmanagement Wein\" in Freiburg im Breisgau",
              "2026-10-20 06:30", BERLIN, "out.jobregio-suedbaden.example", "b335-26",
              extra=(("Precedence", "bulk"),))
    return make.message(hs, text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(27), family="rejection", lang="fr", interview=False, company="Crémants Obrecht & Fils",
           days=(("Tue", "2026-10-06"),),
           note="Rejection after the interview of 6 October; the past interview date is not a new appointment")
def m27() -> bytes:
    body = t("""
        Bonjour Élise,

        Je tenais à vous remercier encore pour notre entretien de mardi 6 octobre et pour l'intérêt que
        vous portez à notre maison.

        Après beaucoup d'hésitation, nous avons retenu une candidate qui connaît déjà notre clientèle
        belge et néerlandaise. Ce n'est en rien une remise en cause de vos qualités : votre projet de
        brunchs au vignoble nous a beaucoup plu.

        Je me permettrai de revenir vers vous si un poste s'ouvre pour la saison 2027.

        Bien cordialement,
        Sophie Obrecht
        Crémants Obrecht & Fils
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Élise,</p>
        <p class="MsoNormal">Je tenais à vous remercier encore pour notre entretien de mardi 6 octobre et pour l'intérêt
        que vous portez à notre maison.</p>
        <p class="MsoNormal">Après beaucoup d'hésitation, nous avons retenu une candidate qui connaît déjà notre clientèle
        belge et néerlandaise. Ce n'est en rien une remise en cause de vos qualités : votre projet de brunchs au vignoble
        nous a beaucoup plu.</p>
        <p class="MsoNormal">Je me permettrai de revenir vers vous si un poste s'ouvre pour la saison 2027.</p>
        <p class="MsoNormal">Bien cordialement,<br>Sophie Obrecht<br>Crémants Obrecht &amp; Fils</p>
        </div></body></html>
        """)
    hs = head("Sophie Obrecht <sophie.obrecht@cremants-obrecht.fr>",
              "Votre candidature – Responsable œnotourisme",
              "2026-10-14 18:26", PARIS, "EUR03-AM5-obe.outbound.protection.outlook.com", "b335-27",
              msgid="<PR3P189MB1021B335D27A1F0C9E4@PR3P189MB1021.EURP189.PROD.OUTLOOK.COM>",
              extra=(("Content-Language", "fr-FR"),))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(28), family="rejection", lang="de", interview=False, company="Kaiserstuhl Hotels GmbH",
           note="SmartRecruiters rejection after the on-site interview; no appointment")
def m28() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hallo Élise Wendling,</p>
        <p>vielen Dank für das angenehme Gespräch in unserem Hotel Kaiserstuhl Panorama und Ihr Interesse an der
        Position <strong>Bankett- &amp; Veranstaltungskoordinator (m/w/d)</strong>.</p>
        <p>Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden, deren Erfahrung im
        Bankettbereich noch etwas besser zu unseren aktuellen Anforderungen passt.</p>
        <p>Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.</p>
        <p>Freundliche Grüße<br>Jonas Weber<br>Kaiserstuhl Hotels GmbH</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
        """)
    hs = head("Kaiserstuhl Hotels <noreply@smartrecruiters.com>",
              "Ihre Bewerbung als Bankett- & Veranstaltungskoordinator (m/w/d)",
              "2026-11-25 10:17", BERLIN, "mail7.smartrecruiters.com", "b335-28",
              extra=(("Reply-To", "Jonas Weber <jonas.weber@kaiserstuhl-hotels.de>"),))
    return make.message(hs, html(page, cte="base64"))


@make.mail(N(29), family="rejection", lang="en", interview=False, company="Tri-Border Exhibitions AG",
           note="Greenhouse rejection before any interview, Basel employer, English")
def m29() -> bytes:
    body = t("""
        Dear Élise,

        Thank you for applying for the Visitor Experience Lead role at Tri-Border Exhibitions. We truly
        appreciate the time you took to share your background with us.

        We received a large number of applications, and after careful review we have decided to move
        forward with candidates whose experience more closely matches the requirements of this role,
        in particular fluency in Swiss German.

        We encourage you to keep an eye on our careers page for future opportunities.

        Best regards,
        Talent Acquisition Team
        Tri-Border Exhibitions AG, Basel
        """)
    hs = head("Tri-Border Exhibitions <no-reply@us.greenhouse-mail.io>",
              "Your application to Tri-Border Exhibitions",
              "2026-09-30 16:48", ZURICH, "mail.us.greenhouse-mail.io", "b335-29")
    return make.message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', "<div>"))))


@make.mail(N(30), family="availability_request", lang="fr", interview=False,
           company="Alsace Séminaires & Incentives", days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17")),
           note="Recruiter asks for availability on Monday 16 or Tuesday 17 November; nothing fixed yet (the "
                "confirmation is a later mail of the set)")
def m30() -> bytes:
    body = t("""
        Bonjour Élise,

        Votre candidature au poste de Chef de projet séminaires a retenu notre attention et j'aimerais
        vous proposer un entretien dans nos locaux à Strasbourg.

        Pourriez-vous me donner vos disponibilités pour la semaine prochaine, idéalement lundi 16 ou
        mardi 17 novembre ? Comptez environ une heure.

        Bien cordialement,

        Claire Dubois
        Chargée de recrutement
        Alsace Séminaires & Incentives
        03 88 52 90 14
        """)
    hs = head("Claire Dubois <claire.dubois@alsace-seminaires.fr>",
              "Candidature – Chef de projet séminaires",
              "2026-11-09 10:02", PARIS, "mo-p00-ob.rzone.example.net", "b335-30",
              msgid="<PA4P190MB1120B335C30@PA4P190MB1120.alsace-seminaires.fr>")
    return make.message(hs, text(body.replace("–", "-"), charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(31), family="scheduling_link", lang="en", interview=False, company="Alpine & Rhine Journeys",
           note="Recruiter sends a Calendly link to pick a slot; nothing booked")
def m31() -> bytes:
    body = t("""
        Hi Élise,

        Thanks for your application for our Group Tours Coordinator opening in Basel. Your profile looks
        like a great fit and I'd love to have a first 30-minute chat.

        Could you pick a time that suits you next week using my booking page?
        https://calendly.com/lea-wyss-arj/30min

        If none of the slots work, just reply with a few options and I'll make it happen.

        Best,
        Lea Wyss
        People & Culture | Alpine & Rhine Journeys
        Basel | +41 61 555 18 04
        """)
    hs = head("Lea Wyss <lea.wyss@alpinerhine.ch>",
              "Group Tours Coordinator – next step",
              "2026-10-27 09:44", ZURICH, "mail-lj1-f172.google.com", "b335-31",
              msgid="<CAB335kLw0q9Vx1T3mHnP7r2yZ5c@mail.gmail.com>")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="availability_request", lang="en", interview=False, company="Sommelier Trails Inc.",
           note="GoodTime availability request from a New York employer: pick slots, nothing confirmed")
def m32() -> bytes:
    body = t("""
        Hi Élise,

        Congratulations! The Sommelier Trails team would like to invite you to interview for the
        European Events Coordinator (Remote, France) position.

        Please let us know when you're available by selecting all the times that work for you:
        https://app.goodtime.io/availability/7Hq2pXk9c3

        Interview: 45 minutes with Dana Whitfield, Director of Guest Experiences
        Time zone detected: Europe/Paris – you can change it on the page.

        Once we receive your availability, we'll send you a calendar invitation.

        Best,
        Jessica Palmer
        Recruiting Coordinator, Sommelier Trails

        Powered by GoodTime
        """)
    hs = head("Sommelier Trails Recruiting <no-reply@goodtime.io>",
              "Sommelier Trails – please share your availability",
              "2026-10-23 12:05", NY, "mail.goodtime.io", "b335-32",
              extra=(("Reply-To", "Jessica Palmer <jessica.palmer@sommeliertrails.com>"),))
    return make.message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', "<div>"))))


@make.mail(N(33), family="proposal", lang="de", interview=False, company="Weingut Brennecke-Hauser",
           days=(("Wed", "2026-09-30"), ("Fri", "2026-10-02")),
           note="Winery proposes 'Mittwoch, 30. September, um 11 Uhr' or Friday morning and asks whether it "
                "suits; a proposal awaiting the candidate's answer, not a confirmation")
def m33() -> bytes:
    body = t("""
        Liebe Frau Wendling,

        herzlichen Dank für Ihre Bewerbung als Leitung Weinerlebnis & Veranstaltungen. Ihr Lebenslauf hat
        uns neugierig gemacht, gerade wegen Ihrer Erfahrung mit französischen und deutschen Gruppen.

        Würde Ihnen Mittwoch, 30. September, um 11 Uhr für ein erstes Telefonat (ca. 30 Minuten)
        passen? Alternativ ginge auch Freitag, 2. Oktober, vormittags. Geben Sie mir einfach kurz
        Bescheid, dann schicke ich Ihnen eine Einladung.

        Herzliche Grüße vom Kaiserstuhl

        Katrin Hauser
        Weingut Brennecke-Hauser
        Winzerweg 3, 79241 Ihringen
        """)
    hs = head("Katrin Hauser <katrin.hauser@weingut-brennecke-hauser.de>",
              "Ihre Bewerbung – erstes Telefonat?",
              "2026-09-24 17:31", BERLIN, "smtp.weingut-brennecke-hauser.de", "b335-33",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return make.message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(34), family="offer", lang="fr", interview=False, company="Escales Gourmandes",
           days=(("Fri", "2026-12-04"), ("Fri", "2026-12-18")),
           note="Job offer after the 4 December interview; start date in January 2027 and an answer deadline, "
                "no interview")
def m34() -> bytes:
    body = t("""
        Bonjour Élise,

        Suite à notre entretien du vendredi 4 décembre et à votre rencontre avec Romain, j'ai le plaisir
        de vous proposer le poste de Coordinatrice événements & œnotourisme en CDI.

        Vous trouverez en pièce jointe notre proposition détaillée :
          - rémunération annuelle brute : 31 500 € sur 13 mois,
          - statut agent de maîtrise, forfait 218 jours,
          - date d'entrée souhaitée : lundi 4 janvier 2027.

        Nous vous serions reconnaissants de nous faire part de votre décision d'ici le vendredi
        18 décembre. N'hésitez pas à m'appeler si vous souhaitez en discuter.

        Au plaisir de vous compter parmi nous,

        Lucie Martin
        Responsable RH – Escales Gourmandes
        03 89 20 44 61
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Proposition_Escales_Gourmandes_EWendling.pdf"'),
                     ("Content-Disposition",
                      'attachment; filename="Proposition_Escales_Gourmandes_EWendling.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    __import__("base64").encodebytes(
                        b"%PDF-1.4\n% placeholder offer letter\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
                    .replace(b"\n", b"\r\n"))
    hs = head("Lucie Martin <lucie.martin@escales-gourmandes.fr>",
              "Proposition d'embauche – Coordinatrice événements & œnotourisme",
              "2026-12-10 16:05", PARIS, "smtp.escales-gourmandes.fr", "b335-34")
    return make.message(hs, mixed(text(body, charset="windows-1252"), pdf))


@make.mail(N(35), family="out_of_office", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-11-16"),),
           note="Auto-reply to the candidate's thank-you mail; absence dates only")
def m35() -> bytes:
    body = t("""
        Bonjour,

        Je suis absent du domaine jusqu'au lundi 16 novembre inclus (salon professionnel à Paris) et
        consulte mes messages de façon irrégulière.

        Pour toute réservation de visite ou de dégustation, merci d'écrire à
        caveau@domaine-albrecht-riehl.fr ou d'appeler le 03 89 55 12 08.

        Cordialement,
        Pierre Albrecht
        """)
    hs = head("Pierre Albrecht <pierre.albrecht@domaine-albrecht-riehl.fr>",
              "Réponse automatique : Merci pour l'entretien",
              "2026-11-05 08:12", PARIS, "mail-sor-f41.google.com", "b335-35",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("In-Reply-To", "<CAH7b335thx08@mail.example.com>"),
                     ("X-Autoreply", "yes")))
    return make.message(hs, text(body))


@make.mail(N(36), family="bounce", lang="fr", interview=False, company=None,
           note="DSN bounce of the candidate's thank-you mail (typo in the recruiter's domain); the returned "
                "message thanks for the interview 'de ce matin'")
def m36() -> bytes:
    orig_body = t("""
        Bonjour Manon,

        Merci encore pour l'entretien de ce matin et pour la visite du spa, j'ai beaucoup apprécié
        notre échange. Je reste à votre disposition pour tout complément.

        Bien cordialement,
        Élise Wendling
        """)
    orig = make.message([
        ("From", ELISE),
        ("To", addr("Manon Lefèvre", "manon.lefevre@oterroir-hotels.fr")),
        ("Subject", enc("Merci – entretien Chargé·e d'événements")),
        ("Date", make.date("2026-10-26 13:58", PARIS)),
        ("Message-ID", "<CAH7b335bnc36@mail.example.com>"),
    ], text(orig_body))
    notice = t("""
        Ceci est le système de messagerie de example.com.

        Votre message n'a pas pu être remis à un ou plusieurs destinataires. Cette erreur est
        permanente.

        <manon.lefevre@oterroir-hotels.fr> : le domaine oterroir-hotels.fr n'existe pas
        (Host or domain name not found. Name service error for name=oterroir-hotels.fr type=MX)

        Le message d'origine est joint.
        """)
    status = t(f"""
        Reporting-MTA: dns; smtp-out2.mail.example.com
        X-Postfix-Queue-ID: 4Qb335F1xZz9
        Arrival-Date: {make.date("2026-10-26 13:58", PARIS)}

        Final-Recipient: rfc822; manon.lefevre@oterroir-hotels.fr
        Original-Recipient: rfc822;manon.lefevre@oterroir-hotels.fr
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=oterroir-hotels.fr type=MX: Host not found
        """)
    report = make.multipart("report", text(notice, cte="8bit"),
                            make.raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], status),
                            make.attached_message(orig),
                            params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mail.example.com>",
              "Non remis : Merci – entretien Chargé·e d'événements",
              "2026-10-26 13:58", PARIS, "smtp-out2.mail.example.com", "b335-36",
              extra=(("Auto-Submitted", "auto-replied"),))
    return make.message(hs, report)


@make.mail(N(37), family="newsletter_tips", lang="fr", interview=False, company=None,
           note="Professional newsletter with interview-preparation tips; no appointment")
def m37() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La Lettre Œnotourisme Pro</title></head>
        <body style="margin:0;background:#f5efe6">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Georgia,serif;color:#2b2118">
        <tr><td style="padding:24px;background:#5b1a2a;color:#fff;font-size:22px">La Lettre Œnotourisme Pro · n°112</td></tr>
        <tr><td style="padding:24px">
        <h1 style="font-size:20px">Entretien d'embauche : les 5 questions qu'on vous posera forcément en œnotourisme</h1>
        <p>« Comment accueilleriez-vous un car de 50 personnes arrivé avec une heure de retard ? » Les domaines et
        les caves qui recrutent pour la saison 2027 ont leurs questions fétiches. Nous avons interrogé six
        responsables RH pour vous aider à préparer vos entretiens.</p>
        <ol><li>Racontez-nous une dégustation qui a mal tourné.</li>
        <li>Quelle est votre expérience avec une clientèle étrangère ?</li>
        <li>Comment vendez-vous un coffret sans être insistant ?</li>
        <li>Êtes-vous disponible le week-end pendant les vendanges ?</li>
        <li>Quel événement aimeriez-vous créer chez nous ?</li></ol>
        <p><a href="https://lettre-oenotourisme.example/n112/entretien">Lire l'article complet</a></p>
        <h2 style="font-size:17px">Aussi dans ce numéro</h2>
        <p>Les chiffres de la fréquentation des routes des vins · Portrait : une guide trilingue à Riquewihr ·
        Agenda des salons professionnels de l'automne</p>
        </td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#777">Vous recevez cette lettre car vous y êtes abonnée.
        <a href="https://lettre-oenotourisme.example/desabonnement">Se désabonner</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head("La Lettre Œnotourisme Pro <lettre@lettre-oenotourisme.example>",
              "Entretien d'embauche : les 5 questions qu'on vous posera forcément",
              "2026-09-10 07:30", PARIS, "mta2.sendinblue.example", "b335-37",
              extra=(("List-Unsubscribe", "<https://lettre-oenotourisme.example/desabonnement>"),
                     ("Precedence", "bulk")))
    return make.message(hs, html(page))


@make.mail(N(38), family="webinar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Registration to a webinar 'Réussir ses entretiens d'embauche' with an ICS at a fixed time; "
                "not a job interview")
def m38() -> bytes:
    body = t("""
        Bonjour Élise,

        Votre inscription est confirmée !

        Webinaire « Réussir ses entretiens d'embauche dans le tourisme »
        jeudi 8 octobre 2026, 18h00 – 19h00 (heure de Paris)
        Intervenante : Mélanie Roth, consultante en orientation

        Lien de connexion (personnel) : https://webinaires.reseau-carrieres-ge.example/j/448102?t=ew

        Ajoutez le webinaire à votre agenda grâce au fichier joint.

        L'équipe du Réseau Carrières Grand Est
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Reseau Carrieres Grand Est//Webinaires//FR
METHOD:PUBLISH
{VPARIS}
BEGIN:VEVENT
UID:webinaire-448102-ew@reseau-carrieres-ge.example
DTSTAMP:{stamp("2026-10-01 12:40", PARIS)}
DTSTART;TZID=Europe/Paris:20261008T180000
DTEND;TZID=Europe/Paris:20261008T190000
SUMMARY:Webinaire – Réussir ses entretiens d'embauche dans le tourisme
URL:https://webinaires.reseau-carrieres-ge.example/j/448102?t=ew
END:VEVENT
END:VCALENDAR"""
    hs = head("Réseau Carrières Grand Est <webinaires@reseau-carrieres-ge.example>",
              "Inscription confirmée : Réussir ses entretiens d'embauche dans le tourisme",
              "2026-10-01 12:40", PARIS, "mail.reseau-carrieres-ge.example", "b335-38")
    return make.message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64",
                                                       filename="webinaire.ics", disposition="attachment")))


@make.mail(N(39), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Dentist appointment confirmation from a booking platform; fixed time, not an interview")
def m39() -> bytes:
    body = t("""
        Bonjour Élise Wendling,

        Votre rendez-vous est confirmé.

        Dr Camille Ehrhart – Chirurgien-dentiste
        mardi 13 octobre 2026 à 17:15
        Motif : détartrage
        Cabinet dentaire des Unterlinden, 9 rue des Clefs, 68000 Colmar

        Pensez à apporter votre carte Vitale.
        Empêchement ? Annulez ou déplacez votre rendez-vous au plus tard 24 h avant :
        https://rdvpraticien.example/mes-rendez-vous

        RdvPraticien
        """)
    hs = head("RdvPraticien <ne-pas-repondre@rdvpraticien.example>",
              "Rendez-vous confirmé : Dr Camille Ehrhart, mardi 13 octobre à 17:15",
              "2026-10-05 12:18", PARIS, "mail.rdvpraticien.example", "b335-39")
    return make.message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', "<div>"))))


@make.mail(N(40), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Google Calendar invitation to an association's general meeting; fixed time, not an interview")
def m40() -> bytes:
    subj = f"Invitation: AG des Guides du Vignoble @ jeu. 19 nov. 2026 19:00 - 21:00 (CET) ({ME})"
    body = t(f"""
        Francis Ritter vous a invité à l'événement suivant.

        AG des Guides du Vignoble
        Quand
        jeudi 19 nov. 2026 ⋅ 19:00 – 21:00 (heure normale d'Europe centrale - Paris)

        Lieu
        Salle des fêtes, Ingersheim

        Ordre du jour : bilan de la saison, programme des visites de Noël, renouvellement du bureau.
        Verre de l'amitié à la fin !

        Invités
        Francis Ritter - organisateur
        {ME}
        et 23 autres invités

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261119T180000Z
DTEND:20261119T200000Z
DTSTAMP:{stamp("2026-11-09 20:51", PARIS)}
ORGANIZER;CN=Francis Ritter:mailto:francis.ritter@guides-vignoble.example
UID:0ag2026guidesvignoble7h3k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
LOCATION:Salle des fêtes\\, Ingersheim
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AG des Guides du Vignoble
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head("Francis Ritter <francis.ritter@guides-vignoble.example>", subj,
              "2026-11-09 20:51", PARIS, "mail-sor-f70.google.com", "b335-40",
              msgid="<calendar-ag2026-1f3e5d7c-guides@google.com>",
              extra=(("Reply-To", "francis.ritter@guides-vignoble.example"),
                     ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return make.message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(41), family="personal", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-10-10"),),
           note="A friend's dinner invitation (tu) that mentions the candidate's interviews; not an interview")
def m41() -> bytes:
    body = t("""
        Coucou ma belle,

        On fait un dîner samedi 10 octobre à 20h à la maison avec Hugo et les Schmitt, tu es des nôtres ?
        Tu me raconteras tes entretiens, je veux tout savoir sur la maison de crémant !

        Apporte juste ta bonne humeur (et une bouteille si tu veux, mais pas obligé).

        Bisous,
        Chloé
        """)
    hs = head("Chloé Meyer <chloe.meyer@example.net>", "Dîner samedi ?",
              "2026-10-06 13:04", PARIS, "mail-wm1-f49.example.net", "b335-41")
    return make.message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(42), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-10-12"),),
           note="Employment-service follow-up appointment 'entretien de suivi' with the candidate's adviser: "
                "a fixed time called 'entretien', but not a job interview")
def m42() -> bytes:
    body = t("""
        Madame WENDLING Élise,

        Nous vous confirmons votre entretien de suivi avec votre conseillère, Mme Nadia Benali :

        le lundi 12 octobre 2026 à 09h30
        Maison de l'Emploi Centre-Alsace – 4 avenue de la République, 68000 Colmar

        Merci de vous munir de votre CV à jour et de la liste de vos démarches de recherche d'emploi.
        En cas d'empêchement, prévenez-nous au moins 48 heures à l'avance depuis votre espace personnel.

        Ce message est envoyé automatiquement, merci de ne pas y répondre.

        Maison de l'Emploi Centre-Alsace
        """)
    hs = head("Maison de l'Emploi Centre-Alsace <ne-pas-repondre@mde-centre-alsace.example>",
              "Convocation : entretien de suivi le 12/10/2026",
              "2026-10-05 15:33", PARIS, "relais.mde-centre-alsace.example", "b335-42")
    return make.message(hs, text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(43), family="recruiter_outreach", lang="de", interview=False, company="Personalberatung Breisgau",
           note="Headhunter cold outreach in German, asks for a call, no time fixed")
def m43() -> bytes:
    body = t("""
        Sehr geehrte Frau Wendling,

        ich bin auf Ihr Profil gestoßen und möchte Ihnen eine spannende Position vorstellen: Für ein
        traditionsreiches Weingut im Markgräflerland suche ich eine Leitung Veranstaltungen & Weintourismus
        (Vollzeit, unbefristet). Französischkenntnisse sind ausdrücklich erwünscht, da viele Gäste aus dem
        Elsass kommen.

        Hätten Sie in den nächsten Tagen Zeit für ein kurzes, unverbindliches Telefonat? Nennen Sie mir
        gerne zwei, drei Zeitfenster, die Ihnen passen.

        Beste Grüße
        Tobias Lindner
        Senior Consultant
        Personalberatung Breisgau
        Bertoldstraße 18, 79098 Freiburg
        """)
    hs = head("Tobias Lindner <t.lindner@personalberatung-breisgau.de>",
              "Leitung Veranstaltungen & Weintourismus – Markgräflerland",
              "2026-10-08 11:47", BERLIN, "mail.personalberatung-breisgau.de", "b335-43")
    return make.message(hs, text(body))


@make.mail(N(44), family="application_receipt", lang="de", interview=False,
           company="Schwarzwald Genusstouren GmbH",
           note="Personio acknowledgement (Eingangsbestätigung); no interview")
def m44() -> bytes:
    body = t("""
        Sehr geehrte Frau Wendling,

        vielen Dank für Ihre Bewerbung als Eventmanagerin Weintourismus (m/w/d) und Ihr Interesse an
        Schwarzwald Genusstouren.

        Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und
        melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

        Mit freundlichen Grüßen
        Ihr Team von Schwarzwald Genusstouren GmbH

        --
        Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.
        """)
    hs = head("Schwarzwald Genusstouren GmbH <no-reply@mail.personio.de>",
              "Eingangsbestätigung Ihrer Bewerbung",
              "2026-09-08 14:22", BERLIN, "out2.mail.personio.de", "b335-44")
    return make.message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', "<div>"))))


@make.mail(N(45), family="one_way_video", lang="en", interview=False, company="Lakeside Grand Hotels AG",
           days=(("Fri", "2026-10-16"),),
           note="One-way recorded video interview with a completion deadline; no live meeting, no time")
def m45() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Élise,</p>
        <p>Thank you for applying for <b>Guest Events Coordinator</b> at Lakeside Grand Hotels, Basel.</p>
        <p>The next step is a short on-demand video interview. You will answer 4 questions on camera, in your own
        time. Each answer can last up to 2 minutes, and you get one practice question.</p>
        <p><b>Please complete your video interview by Friday, 16 October 2026, 23:59 (CEST).</b></p>
        <p><a href="https://app.vidscreen.example/i/LGH-2026-EW" style="background:#0b5cab;color:#fff;padding:10px 18px;text-decoration:none">Start my video interview</a></p>
        <p>Good luck!<br>Lakeside Grand Hotels Talent Team</p>
        <p style="font-size:11px;color:#888">Sent via VidScreen on behalf of Lakeside Grand Hotels AG.</p>
        </body></html>
        """)
    hs = head("Lakeside Grand Hotels via VidScreen <invitations@vidscreen.example>",
              "Your video interview for Guest Events Coordinator",
              "2026-10-09 10:00", ZURICH, "send.vidscreen.example", "b335-45")
    return make.message(hs, html(page))


@make.mail(N(46), family="post_interview", lang="fr", interview=False, company="Croisières de la Moselle S.A.",
           note="Thanks after yesterday's interview in Remich, 'nous reviendrons vers vous'; no new appointment")
def m46() -> bytes:
    body = t("""
        Madame Wendling,

        Merci pour votre venue hier à Remich et pour la présentation de votre projet de croisière
        « vendanges tardives », qui a beaucoup plu à M. Hoffmann.

        Nous rencontrons encore deux candidats cette semaine et reviendrons vers vous au plus tard à la
        fin de la semaine prochaine.

        Meilleures salutations,

        Anne Schmit
        Ressources humaines
        Croisières de la Moselle S.A.

        -----Message d'origine-----
        De : Élise Wendling <elise.wendling@example.com>
        Envoyé : mardi 10 novembre 2026 18:12
        À : Anne Schmit <anne.schmit@croisieres-moselle.lu>
        Objet : Merci pour l'entretien

        Madame Schmit,

        Je vous remercie pour l'entretien de ce matin et pour la visite du bateau.
        Bien cordialement,
        Élise Wendling
        """)
    hs = head("Anne Schmit <anne.schmit@croisieres-moselle.lu>", "RE: Merci pour l'entretien",
              "2026-11-11 09:41", LUX, "mail.croisieres-moselle.lu", "b335-46",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(47), family="travel_booking", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Train e-ticket Colmar -> Luxembourg for the interview day; fixed times, not an interview")
def m47() -> bytes:
    body = t("""
        Bonjour Élise,

        Merci pour votre réservation. Voici votre e-billet.

        ALLER – mardi 10 novembre 2026
        Colmar 06:41 → Strasbourg 07:12 – TER 830105
        Strasbourg 07:24 → Luxembourg 09:05 – TER 88704
        Voiture 4, place 36

        RETOUR – mardi 10 novembre 2026
        Luxembourg 14:55 → Strasbourg 16:36 – TER 88717
        Strasbourg 16:48 → Colmar 17:19 – TER 830158

        Référence de dossier : QXKT7B
        Montant payé : 61,40 €

        Présentez votre e-billet (PDF ou application) lors du contrôle.

        RailEst Voyages
        """)
    hs = head("RailEst Voyages <billets@railest-voyages.example>",
              "Votre e-billet Colmar → Luxembourg du 10/11/2026",
              "2026-11-04 21:17", PARIS, "mailing.railest-voyages.example", "b335-47")
    return make.message(hs, text(body, cte="base64"))


@make.mail(N(48), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Outlook meeting request from a freelance client (seminar preparation) with Romance Standard "
                "Time ICS; a business meeting, not a job interview")
def m48() -> bytes:
    body = t("""
        Quand : jeudi 1 octobre 2026 11:00-12:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Domaine Vogt-Laurent, salle des pressoirs

        *~*~*~*~*~*~*~*~*~*

        Bonjour Élise,

        Je vous propose de faire le point sur le séminaire de la société Lumatec (42 personnes, 22-23
        octobre) : menus, navettes depuis la gare et déroulé de la soirée au chai.

        À jeudi,
        Bertrand Vogt
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Bertrand Vogt:mailto:bertrand.vogt@domaine-vogt-laurent.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élise Wendling:mailto:{ME}
UID:040000008200E00074C5B7101A82E008000000004C2D1B8F0E4DDC01000000000000000010000000E2B4A6C8D0F1E3A5
SUMMARY;LANGUAGE=fr-FR:Point séminaire Lumatec
DTSTART;TZID=Romance Standard Time:20261001T110000
DTEND;TZID=Romance Standard Time:20261001T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-09-25 16:40", PARIS)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Domaine Vogt-Laurent\\, salle des pressoirs
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head("Bertrand Vogt <bertrand.vogt@domaine-vogt-laurent.fr>", "Point séminaire Lumatec",
              "2026-09-25 16:40", PARIS, "EUR02-VI1-obe.outbound.protection.outlook.com", "b335-48",
              msgid="<DB9P189MB17726E1B335A48C0F2@DB9P189MB1772.EURP189.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", enc("Point séminaire Lumatec")), ("Content-Language", "fr-FR")))
    return make.message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(49), family="assessment_deadline", lang="en", interview=False, company="Rhine Bend Cruises AG",
           days=(("Thu", "2026-10-22"), ("Mon", "2026-10-19")),
           note="Case-study brief ahead of the Basel interview, due Monday 19 October 12:00; a deadline, "
                "not an appointment (the interview itself is in another mail)")
def m49() -> bytes:
    body = t("""
        Dear Élise,

        Ahead of your interview on Thursday, 22 October, we'd like you to prepare a short case study:

          Plan a two-day "Rhine wine weekend" for 120 passengers between Basel and Breisach: shore
          excursions, one winery partner event on board, budget outline and a rain plan.

        Please send us 5-8 slides (PDF) by Monday, 19 October, 12:00 (Basel time). You will present it
        in 10 minutes at the start of the interview.

        If anything is unclear, just let me know.

        Kind regards,
        Marco Steiner
        Talent Partner | Rhine Bend Cruises AG
        """)
    hs = head("Marco Steiner <marco.steiner@rhinebend-cruises.ch>", "Case study for your interview",
              "2026-10-16 08:55", ZURICH, "CH2P278CU001.outbound.protection.outlook.com", "b335-49",
              msgid="<ZR0P278MB0917B335C49E2D1A@ZR0P278MB0917.CHEP278.PROD.OUTLOOK.COM>",
              extra=(("Content-Language", "en-US"),))
    return make.message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', "<div>"))))


@make.mail(N(50), family="booking_receipt", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Coworking room booking (for the candidate's video interview that afternoon); a room "
                "reservation with fixed times, not an interview")
def m50() -> bytes:
    body = t("""
        Bonjour Élise,

        Votre réservation est confirmée :

        Espace : Bulle 2 (1-2 personnes, insonorisée, écran 27")
        Date : jeudi 22 octobre 2026
        Horaire : 14:30 – 16:30
        Crédits utilisés : 2 h (reste 6 h ce mois-ci)

        Astuce : le Wi-Fi « Fabrique-Pro » est plus stable pour les visioconférences.

        Annuler sans frais jusqu'à 2 h avant : https://lafabrique-coworking.example/reservations/88213

        La Fabrique Coworking · 3 rue de la Semm · Colmar
        """)
    hs = head("La Fabrique Coworking <reservations@lafabrique-coworking.example>",
              "Réservation confirmée – Bulle 2, jeudi 22 octobre",
              "2026-10-19 08:20", PARIS, "mail.lafabrique-coworking.example", "b335-50")
    return make.message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', "<div>"))))
