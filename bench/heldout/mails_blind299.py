"""blind299: a blind 50-mail held-out set, the inbox of Théo Lambert, packaging-plant maintenance
technician in Périgueux (Europe/Paris), September to December 2026.

How it was written: by a helper session that read only make.py, make_blind.py, the general parts of
bench/heldout/README.md (how it was made, mix, label conventions, traps, judgement calls) and the
dev corpus README, labels, dev_002, dev_009 and score.py. It did not read the detector, its tests,
the other held-out mails or sets, and never ran the detector. Every mail below is written by hand,
one function per mail; keys 1-23 are positives, 24-50 negatives. File numbers are a fixed shuffle
of the writing order (ORDER). Mostly French from France (tu and vous), some English (a British
employer in Europe/London, a Spanish one in Europe/Madrid).
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

SET = "blind299"
ORDER = random.Random(2990299).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


PARIS = "Europe/Paris"
LONDON = "Europe/London"
MADRID = "Europe/Madrid"
ME = "theo.lambert@example.com"
PHONE = "theo.lambert@example.org"
ME_H = addr("Théo Lambert", ME)

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


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(f"{SET}-{seed}".encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{_h(seed)}@{domain}>"


def stamp(when: str, zone: str) -> str:
    return make.utc(when, zone).replace("-", "").replace(":", "")


def head(frm: str, subject: str, when: str, zone: str, seed: str, domain: str, relay: str, *,
         to: str = ME_H, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         rcpt: str = ME) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    ident = f"mx1.example.com (Postfix) with ESMTPS id {_h(seed + 'rcv', 10).upper()}"
    return [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {relay}", when, zone, ident, rcpt)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid(seed, domain)),
        *extra,
    ]


def ics(body: str, *, prodid: str, method: str | None = "REQUEST", tz: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(tz)
    lines.append(body.strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


# =========================================================================== positives


@make.mail(N(1), family="workday", lang="fr", interview=True, kind="scheduled", company="Norvia Packaging",
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z", contact="camille.roussel@norvia-packaging.com",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=PARIS,
           note="Workday confirmation from a no-reply address; 'mardi 15 septembre 2026 à 10h00 (heure de Paris)', "
                "'durée : 45 minutes' -> 08:00-08:45Z (CEST, UTC+2); contact = recruiter address written in the body")
def m1() -> bytes:
    body = t("""
        Bonjour Théo,

        Merci pour l'intérêt que vous portez à Norvia Packaging.

        Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :
        Technicien de maintenance H/F - Site de Bassens (Réf. R-04417)

        Date : mardi 15 septembre 2026
        Heure : 10h00 (heure de Paris)
        Durée : 45 minutes
        Format : entretien téléphonique. Votre interlocutrice vous appellera au numéro
        indiqué dans votre candidature.

        Vous échangerez avec Camille Roussel, Chargée de recrutement.
        Pour toute question, vous pouvez la contacter directement :
        camille.roussel@norvia-packaging.com

        Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat :
        https://norvia.wd3.myworkdayjobs.com/fr-FR/Norvia_Careers/userHome

        Cordialement,
        L'équipe Recrutement Norvia Packaging

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#0b3d62;padding:18px"><img src="https://norvia.wd3.myworkdayjobs.com/wday/cxs/norvia/logo.png" alt="Norvia Packaging" height="32"></td></tr>
        <tr><td style="padding:24px">
        <p>Bonjour Théo,</p>
        <p>Merci pour l'intérêt que vous portez à Norvia Packaging.</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste suivant :<br>
        <b>Technicien de maintenance H/F - Site de Bassens (Réf. R-04417)</b></p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Date</b></td><td>mardi 15 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>10h00 (heure de Paris)</td></tr>
        <tr><td><b>Durée</b></td><td>45 minutes</td></tr>
        <tr><td><b>Format</b></td><td>entretien téléphonique. Votre interlocutrice vous appellera au numéro indiqué dans votre candidature.</td></tr>
        </table>
        <p>Vous échangerez avec Camille Roussel, Chargée de recrutement.<br>
        Pour toute question, vous pouvez la contacter directement :
        <a href="mailto:camille.roussel@norvia-packaging.com">camille.roussel@norvia-packaging.com</a></p>
        <p><a href="https://norvia.wd3.myworkdayjobs.com/fr-FR/Norvia_Careers/userHome" style="background:#0b3d62;color:#ffffff;padding:10px 18px;text-decoration:none">Accéder à mon espace candidat</a></p>
        <p>Cordialement,<br>L'équipe Recrutement Norvia Packaging</p>
        <p style="font-size:11px;color:#888888">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Norvia Packaging", "norvia@myworkday.com"),
              "Confirmation de votre entretien - Technicien de maintenance H/F", "2026-09-09 16:12:40", PARIS,
              "m1", "myworkday.com", "mail-out3.myworkday.com (mail-out3.myworkday.com [198.51.100.23])")
    return message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
           company="Cartonnerie de l'Isle", start="2026-09-17T12:00:00Z", end="2026-09-17T13:00:00Z",
           contact="michel.faure@cartonnerie-isle.fr", local="Thu 2026-09-17 14:00",
           local_end="2026-09-17 15:00", zone=PARIS,
           note="Maintenance manager's own mail (vous), iso-8859-1 QP: 'jeudi 17 septembre à 14h', "
                "'l'entretien durera une heure' -> 12:00-13:00Z (CEST); contact = human sender")
def m2() -> bytes:
    body = t("""
        Bonjour Monsieur Lambert,

        Suite à notre échange téléphonique de ce matin, je vous confirme notre rendez-vous
        pour un entretien le jeudi 17 septembre à 14h, dans nos locaux de Boulazac
        (ZI de Landry, 12 rue des Papetiers). L'entretien durera une heure : une présentation
        du poste et de l'équipe, puis un tour des lignes d'onduleuse et de découpe.

        Pensez à prendre des chaussures de sécurité, on passera dans l'atelier.
        Présentez-vous à l'accueil et demandez-moi.

        Bien cordialement,

        Michel Faure
        Responsable maintenance
        Cartonnerie de l'Isle
        05 53 00 41 27
        """)
    hs = head(addr("Michel Faure", "michel.faure@cartonnerie-isle.fr"), "Entretien jeudi 17/09",
              "2026-09-14 11:05:18", PARIS, "m2", "cartonnerie-isle.fr",
              "smtp.cartonnerie-isle.fr (smtp.cartonnerie-isle.fr [203.0.113.41])",
              to=addr("Theo Lambert", ME), extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(3), family="teamtailor", lang="fr", interview=True, kind="scheduled", company="Biscuiterie Garrigou",
           start="2026-09-22T07:30:00Z", end="2026-09-22T08:30:00Z", contact="elodie.marty@garrigou-biscuits.fr",
           local="Tue 2026-09-22 09:30", local_end="2026-09-22 10:30", zone=PARIS,
           note="Teamtailor invitation with a text/calendar part (TZID Europe/Paris): mardi 22 septembre "
                "09:30-10:30 CEST -> 07:30-08:30Z; contact = human Reply-To (also ORGANIZER)")
def m3() -> bytes:
    body = t("""
        Bonjour Théo,

        Votre entretien pour le poste de Technicien de maintenance - lignes de conditionnement
        chez Biscuiterie Garrigou est confirmé.

        Quand : mardi 22 septembre 2026, 09:30 - 10:30 (Europe/Paris)
        Où : Biscuiterie Garrigou, route de Vitrac, 24200 Sarlat-la-Canéda
        Avec : Élodie Marty (Ressources humaines), Bruno Lafon (Responsable technique)

        Ajoutez l'entretien à votre agenda avec l'invitation jointe.
        Si vous avez un empêchement, répondez simplement à ce message.

        À bientôt,
        Élodie Marty
        Biscuiterie Garrigou

        Envoyé avec Teamtailor
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f6f6;font-family:-apple-system,Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:32px">
        <p>Bonjour Théo,</p>
        <p>Votre entretien pour le poste de <strong>Technicien de maintenance - lignes de conditionnement</strong>
        chez Biscuiterie Garrigou est confirmé.</p>
        <p><strong>Quand :</strong> mardi 22 septembre 2026, 09:30 - 10:30 (Europe/Paris)<br>
        <strong>Où :</strong> Biscuiterie Garrigou, route de Vitrac, 24200 Sarlat-la-Canéda<br>
        <strong>Avec :</strong> Élodie Marty (Ressources humaines), Bruno Lafon (Responsable technique)</p>
        <p>Ajoutez l'entretien à votre agenda avec l'invitation jointe.
        Si vous avez un empêchement, répondez simplement à ce message.</p>
        <p>À bientôt,<br>Élodie Marty<br>Biscuiterie Garrigou</p>
        <p style="color:#999999;font-size:12px">Envoyé avec <a href="https://www.teamtailor.com" style="color:#999999">Teamtailor</a></p>
        </div></body></html>
        """)
    cal = ics(t(f"""
        BEGIN:VEVENT
        UID:tt-interview-{_h('m3uid', 16)}@teamtailor.com
        DTSTAMP:{stamp('2026-09-18 09:40:00', PARIS)}
        DTSTART;TZID=Europe/Paris:20260922T093000
        DTEND;TZID=Europe/Paris:20260922T103000
        SUMMARY:Entretien - Technicien de maintenance (Biscuiterie Garrigou)
        LOCATION:Biscuiterie Garrigou\\, route de Vitrac\\, 24200 Sarlat-la-Canéda
        ORGANIZER;CN=Élodie Marty:mailto:elodie.marty@garrigou-biscuits.fr
        ATTENDEE;CN=Théo Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """), prodid="-//Teamtailor//Interview//FR", tz=VTZ["Europe/Paris"])
    hs = head(addr("Biscuiterie Garrigou", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé : Technicien de maintenance - lignes de conditionnement",
              "2026-09-18 09:40:05", PARIS, "m3", "teamtailor-mail.com",
              "a12-87.smtp-out.teamtailor-mail.com (a12-87.smtp-out.teamtailor-mail.com [192.0.2.87])",
              extra=(("Reply-To", addr("Élodie Marty", "elodie.marty@garrigou-biscuits.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, cte="base64", filename="invitation.ics", disposition="attachment")))


@make.mail(N(4), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           company="Harrowgate Packaging", start="2026-10-01T09:00:00Z", end="2026-10-01T10:00:00Z",
           contact="hannah.whitworth@harrowgate-packaging.co.uk", local="Thu 2026-10-01 10:00",
           local_end="2026-10-01 11:00", zone=LONDON,
           note="Exchange meeting request, TZID 'GMT Standard Time' (Europe/London, BST in October before the "
                "25th): 10:00-11:00 UK = 09:00-10:00Z (11:00 in France, as the body says); contact = ORGANIZER")
def m4() -> bytes:
    body = t("""
        Hi Théo,

        Thanks for sending over your availability. As discussed, this is your first-round interview
        for the Multi-skilled Maintenance Technician (Continental Projects) role, with myself and
        Oliver Pratt, our Engineering Manager at the Hull site.

        Thursday 1 October, 10:00-11:00 UK time (11:00-12:00 for you in France).

        We'll do it on Teams - the link is below. We'll mainly talk about your experience on
        form-fill-seal and palletising lines, and how you'd feel about regular trips to our site
        in Bayonne.

        Kind regards,
        Hannah

        Hannah Whitworth
        Talent Partner | Harrowgate Packaging Ltd
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Njk0ZTk2YjQtOGQ1Ny00Yjk5LWE1ZTQtMDI4ZGQ2NWQ1ZTFk%40thread.v2/0>
        Meeting ID: 382 417 905 226
        Passcode: Yq7fB3
        Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Théo,</p>
        <p class="MsoNormal">Thanks for sending over your availability. As discussed, this is your first-round interview
        for the Multi-skilled Maintenance Technician (Continental Projects) role, with myself and Oliver Pratt, our
        Engineering Manager at the Hull site.</p>
        <p class="MsoNormal"><b>Thursday 1 October, 10:00-11:00 UK time</b> (11:00-12:00 for you in France).</p>
        <p class="MsoNormal">We'll do it on Teams - the link is below. We'll mainly talk about your experience on
        form-fill-seal and palletising lines, and how you'd feel about regular trips to our site in Bayonne.</p>
        <p class="MsoNormal">Kind regards,<br>Hannah</p>
        <p class="MsoNormal"><b>Hannah Whitworth</b><br>Talent Partner | Harrowgate Packaging Ltd</p>
        <div style="width:100%">________________________________________________________________________________
        <div><span style="font-size:24px;font-weight:600">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Njk0ZTk2YjQtOGQ1Ny00Yjk5LWE1ZTQtMDI4ZGQ2NWQ1ZTFk%40thread.v2/0">Click here to join the meeting</a>
        <div>Meeting ID: 382 417 905 226<br>Passcode: Yq7fB3</div>
        </div></div></body></html>
        """)
    cal = ics(t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Hannah Whitworth:mailto:hannah.whitworth@harrowgate-packaging.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Théo Lambert:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Pratt:mailto:oliver.pratt@harrowgate-packaging.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Théo\\, first-round interview for the Multi-skilled Maintenance Technician role. Microsoft Teams meeting - Meeting ID: 382 417 905 226
        UID:040000008200E00074C5B7101A82E0080000000070A3C2F1D34EDD01000000000000000010000000{_h('m4uid', 32).upper()}
        SUMMARY;LANGUAGE=en-GB:Théo Lambert - first interview - Maintenance Technician
        DTSTART;TZID=GMT Standard Time:20261001T100000
        DTEND;TZID=GMT Standard Time:20261001T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp('2026-09-25 14:20:00', LONDON)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
        """), prodid="Microsoft Exchange Server 2010", tz=VTZ["GMT Standard Time"])
    hs = head(addr("Hannah Whitworth", "hannah.whitworth@harrowgate-packaging.co.uk"),
              "Théo Lambert - first interview - Maintenance Technician", "2026-09-25 14:20:31", LONDON,
              "m4", "LO2P265MB0417.GBRP265.PROD.OUTLOOK.COM",
              "LO2P265CU001.outbound.protection.outlook.com (mail-uksouthazon11021100.outbound.protection.outlook.com [40.107.0.100])",
              extra=(("Thread-Topic", "Théo Lambert - first interview - Maintenance Technician".replace("é", "e")),
                     ("Thread-Index", "AdtNQ2yYv0nH8a1kTwKx5E1eQqz7Ag=="),
                     ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body), html(page), calendar(cal, cte="base64")))


@make.mail(N(5), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           company="Harrowgate Packaging", start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
           contact="hannah.whitworth@harrowgate-packaging.co.uk", local="Tue 2026-10-27 14:00",
           local_end="2026-10-27 15:00", zone=LONDON, days=(("Thu", "2026-10-22"),),
           note="Exchange update (SEQUENCE:1, 'GMT Standard Time'): second interview moved from Thu 22 Oct 15:00 "
                "to Tue 27 Oct 14:00-15:00 UK time; mail sent in BST, new slot after the 25 Oct change, so GMT = UTC "
                "-> 14:00-15:00Z (15:00 in Paris, CET); contact = ORGANIZER")
def m5() -> bytes:
    body = t("""
        Hi Théo,

        Apologies for the change - Oliver has to be at our Bayonne site on Thursday for an
        installation, so we've had to move your second interview.

        It was: Thursday 22 October, 15:00-16:00 UK time
        Now: Tuesday 27 October, 14:00-15:00 UK time

        Careful with the hour: the clocks go back here and in France on Sunday 25th, so it is
        still 15:00-16:00 your time. Same Teams link as before. Please accept the updated invite if
        it works for you.

        Best,
        Hannah

        Hannah Whitworth
        Talent Partner | Harrowgate Packaging Ltd
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDc3MGE1N2EtMzk0Zi00ZjFkLWI2MWEtYjBlOTU1YjVhNzQx%40thread.v2/0>
        Meeting ID: 355 902 118 437
        Passcode: 8hTz2K
        ________________________________________________________________________________
        """)
    cal = ics(t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Hannah Whitworth:mailto:hannah.whitworth@harrowgate-packaging.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Théo Lambert:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oliver Pratt:mailto:oliver.pratt@harrowgate-packaging.co.uk
        UID:040000008200E00074C5B7101A82E00800000000D1F0A27C5A5DDD01000000000000000010000000{_h('m5uid', 32).upper()}
        SUMMARY;LANGUAGE=en-GB:Théo Lambert - second interview - Maintenance Technician
        DTSTART;TZID=GMT Standard Time:20261027T140000
        DTEND;TZID=GMT Standard Time:20261027T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp('2026-10-19 16:02:00', LONDON)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2117904153
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """), prodid="Microsoft Exchange Server 2010", tz=VTZ["GMT Standard Time"])
    hs = head(addr("Hannah Whitworth", "hannah.whitworth@harrowgate-packaging.co.uk"),
              "Updated: Théo Lambert - second interview - Maintenance Technician", "2026-10-19 16:02:47", LONDON,
              "m5", "LO2P265MB0417.GBRP265.PROD.OUTLOOK.COM",
              "LO2P265CU001.outbound.protection.outlook.com (mail-uksouthazon11021101.outbound.protection.outlook.com [40.107.0.101])",
              extra=(("Thread-Topic", "Theo Lambert - second interview - Maintenance Technician"),
                     ("Thread-Index", "AdtNQ2yYv0nH8a1kTwKx5E1eQqz7AgAJKp0w"),
                     ("Content-Language", "en-GB"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@make.mail(N(6), family="smartrecruiters", lang="en", interview=True, kind="scheduled", company="Envases Ribera",
           start="2026-10-07T14:00:00Z", end="2026-10-07T14:45:00Z", contact="lucia.ortega@envasesribera.es",
           local="Wed 2026-10-07 16:00", local_end="2026-10-07 16:45", zone=MADRID,
           note="SmartRecruiters confirmation in English from a Spanish employer: 'Wednesday, 7 October 2026, "
                "16:00 - 16:45 (CEST, Madrid)' -> 14:00-14:45Z; contact = human Reply-To")
def m6() -> bytes:
    body = t("""
        Dear Théo,

        Your interview has been scheduled.

        Position: Maintenance Technician - Canning Lines (French-speaking)
        Company: Envases Ribera S.L.

        Wednesday, 7 October 2026
        16:00 - 16:45 (CEST, Madrid)
        Video call - Google Meet: https://meet.google.com/qzt-hrwp-kvd

        Interviewers:
        Lucía Ortega - Talent Acquisition
        Iñaki Sáenz - Maintenance Manager, Logroño plant

        If you need to change the time, please reply to this email.

        Best regards,
        Lucía Ortega
        Envases Ribera

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:600px;margin:auto">
        <p>Dear Théo,</p>
        <p>Your interview has been scheduled.</p>
        <p><b>Position:</b> Maintenance Technician - Canning Lines (French-speaking)<br>
        <b>Company:</b> Envases Ribera S.L.</p>
        <div style="border:1px solid #dddddd;padding:12px;margin:12px 0">
        <div style="font-size:16px;font-weight:bold">Wednesday, 7 October 2026</div>
        <div>16:00 - 16:45 (CEST, Madrid)</div>
        <div>Video call - Google Meet: <a href="https://meet.google.com/qzt-hrwp-kvd">meet.google.com/qzt-hrwp-kvd</a></div>
        </div>
        <p><b>Interviewers:</b><br>Lucía Ortega - Talent Acquisition<br>Iñaki Sáenz - Maintenance Manager, Logroño plant</p>
        <p>If you need to change the time, please reply to this email.</p>
        <p>Best regards,<br>Lucía Ortega<br>Envases Ribera</p>
        <p style="font-size:11px;color:#888888">Powered by SmartRecruiters</p>
        </div></body></html>
        """)
    hs = head(addr("Lucía Ortega (Envases Ribera)", "noreply@smartrecruiters.com"),
              "Interview scheduled: Maintenance Technician - Canning Lines", "2026-10-01 12:03:11", MADRID,
              "m6", "smartrecruiters.com", "mta-22.smartrecruiters.com (mta-22.smartrecruiters.com [198.51.100.122])",
              extra=(("Reply-To", addr("Lucía Ortega", "lucia.ortega@envasesribera.es")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(N(7), family="calendly", lang="fr", interview=True, kind="scheduled", company="Bouyssou Plasturgie",
           start="2026-10-02T09:00:00Z", end="2026-10-02T09:30:00Z", contact="sandrine.vidal@metis-rh.fr",
           local="Fri 2026-10-02 11:00", local_end="2026-10-02 11:30", zone=PARIS,
           note="Calendly booking confirmation (candidate booked the agency's link): 'vendredi 2 octobre 2026, "
                "11:00 - 11:30 (heure d'Europe centrale)' -> 09:00-09:30Z (CEST); screening interview run by the "
                "Cabinet Métis RH consultant for the client Bouyssou Plasturgie; contact = Reply-To")
def m7() -> bytes:
    body = t("""
        Bonjour Théo Lambert,

        Votre rendez-vous avec Sandrine Vidal est programmé.

        Type d'événement :
        Entretien de présélection - Technicien de maintenance (Bouyssou Plasturgie)

        Date et heure :
        11:00 - 11:30, vendredi 2 octobre 2026 (heure d'Europe centrale)

        Lieu :
        Sandrine Vidal vous appellera au 06 12 34 56 78.

        Un événement d'invitation a été ajouté à votre agenda.

        Besoin de modifier ? Reprogrammer : https://calendly.com/reschedulings/3f1c9a2e-8d7b-4c55-a1e0-6b2f9d4e7c10
        Annuler : https://calendly.com/cancellations/3f1c9a2e-8d7b-4c55-a1e0-6b2f9d4e7c10

        Optimisé par Calendly.com
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <table width="100%" style="max-width:600px"><tr><td>
        <p>Bonjour Théo Lambert,</p>
        <p>Votre rendez-vous avec <b>Sandrine Vidal</b> est programmé.</p>
        <p><b>Type d'événement :</b><br>Entretien de présélection - Technicien de maintenance (Bouyssou Plasturgie)</p>
        <p><b>Date et heure :</b><br>11:00 - 11:30, vendredi 2 octobre 2026 (heure d'Europe centrale)</p>
        <p><b>Lieu :</b><br>Sandrine Vidal vous appellera au 06 12 34 56 78.</p>
        <p>Un événement d'invitation a été ajouté à votre agenda.</p>
        <p><a href="https://calendly.com/reschedulings/3f1c9a2e-8d7b-4c55-a1e0-6b2f9d4e7c10">Reprogrammer</a> |
        <a href="https://calendly.com/cancellations/3f1c9a2e-8d7b-4c55-a1e0-6b2f9d4e7c10">Annuler</a></p>
        <p style="color:#888888;font-size:12px">Optimisé par Calendly.com</p>
        </td></tr></table></body></html>
        """)
    cal = ics(t(f"""
        BEGIN:VEVENT
        DTSTAMP:{stamp('2026-09-29 18:47:00', PARIS)}
        DTSTART:20261002T090000Z
        DTEND:20261002T093000Z
        UID:{_h('m7uid', 8)}-8d7b-4c55-a1e0-6b2f9d4e7c10
        SUMMARY:Entretien de présélection - Technicien de maintenance (Bouyssou Plasturgie)
        ORGANIZER;CN=Sandrine Vidal:mailto:sandrine.vidal@metis-rh.fr
        ATTENDEE;CN=Théo Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
        LOCATION:Sandrine Vidal vous appellera au 06 12 34 56 78.
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """), prodid="-//Calendly//EN")
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Entretien de présélection - Technicien de maintenance (Bouyssou Plasturgie) avec "
              "Sandrine Vidal le vendredi 2 octobre 2026", "2026-09-29 18:47:22", PARIS, "m7", "calendly.com",
              "o1.email.calendly.com (o1.email.calendly.com [167.89.0.14])",
              extra=(("Reply-To", addr("Sandrine Vidal", "sandrine.vidal@metis-rh.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method=None, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           company="Thermoformage Dordogne", start="2026-10-08T08:00:00Z", end="2026-10-08T09:00:00Z",
           contact="julien.chassaing@thermoformage-dordogne.fr", local="Thu 2026-10-08 10:00",
           local_end="2026-10-08 11:00", zone=PARIS,
           note="Google Calendar invitation (French UI), jeu. 8 oct. 2026 10:00-11:00 heure d'été d'Europe "
                "centrale -> 08:00-09:00Z; follows the two-slot proposal; contact = ORGANIZER/sender")
def m8() -> bytes:
    body = t(f"""
        Vous avez été invité à l'événement suivant.

        Titre : Entretien Théo Lambert - Technicien de maintenance
        Entretien sur site, bâtiment B (maintenance). Se présenter à l'accueil.
        Quand : jeu. 8 oct. 2026 10:00 – 11:00 Heure d'été d'Europe centrale - Paris
        Où : Thermoformage Dordogne, 4 avenue de l'Industrie, 24750 Trélissac (carte : https://www.google.com/maps/search/4+avenue+de+l%27Industrie+24750+Tr%C3%A9lissac)
        Agenda : {ME}
        Participants :
        * julien.chassaing@thermoformage-dordogne.fr - organisateur
        * {ME}

        Afficher tous les détails de l'événement : https://calendar.google.com/calendar/event?action=VIEW&eid=NjRiMTRhMmI3ZTFjX3Rob3Jtb2Zvcm1hZ2U

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail à l'adresse {ME}, car vous êtes invité à cet événement.
        """)
    page = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div itemscope itemtype="http://schema.org/Event"><meta itemprop="eventStatus" content="http://schema.org/EventScheduled">
        <table cellspacing="0" cellpadding="8" border="0" style="width:100%;font-family:Arial,Sans-serif"><tr><td>
        <h2 style="font-size:18px;font-weight:normal">Entretien Théo Lambert - Technicien de maintenance</h2>
        <p>Entretien sur site, bâtiment B (maintenance). Se présenter à l'accueil.</p>
        <table><tr><td style="color:#888">Quand</td><td>jeudi 8 oct. 2026 ⋅ 10:00 – 11:00 (Heure d'été d'Europe centrale - Paris)</td></tr>
        <tr><td style="color:#888">Où</td><td>Thermoformage Dordogne, 4 avenue de l'Industrie, 24750 Trélissac</td></tr>
        <tr><td style="color:#888">Participants</td><td>julien.chassaing@thermoformage-dordogne.fr – organisateur<br>{ME}</td></tr></table>
        <p>Participer ? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Oui</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Peut-être</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">Non</a></p>
        <p style="color:#888;font-size:11px">Invitation de Google Agenda. Vous recevez cet e-mail à l'adresse {ME}, car vous êtes invité à cet événement.</p>
        </td></tr></table></div></body></html>
        """)
    cal = ics(t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261008T100000
        DTEND;TZID=Europe/Paris:20261008T110000
        DTSTAMP:{stamp('2026-10-06 10:14:00', PARIS)}
        ORGANIZER;CN=julien.chassaing@thermoformage-dordogne.fr:mailto:julien.chassaing@thermoformage-dordogne.fr
        UID:64b14a2b7e1c{_h('m8uid', 14)}@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=julien.chassaing@thermoformage-dordogne.fr;X-NUM-GUESTS=0:mailto:julien.chassaing@thermoformage-dordogne.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        X-MICROSOFT-CDO-OWNERAPPTID:-1187325529
        CREATED:{stamp('2026-10-06 10:13:00', PARIS)}
        DESCRIPTION:Entretien sur site\\, bâtiment B (maintenance). Se présenter à l'accueil.
        LAST-MODIFIED:{stamp('2026-10-06 10:14:00', PARIS)}
        LOCATION:Thermoformage Dordogne\\, 4 avenue de l'Industrie\\, 24750 Trélissac
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Théo Lambert - Technicien de maintenance
        TRANSP:OPAQUE
        END:VEVENT
        """), prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=VTZ["Europe/Paris"])
    hs = head(addr("Julien Chassaing", "julien.chassaing@thermoformage-dordogne.fr"),
              f"Invitation: Entretien Théo Lambert - Technicien de maintenance @ jeu. 8 oct. 2026 10:00 - 11:00 "
              f"(CEST) ({ME})", "2026-10-06 10:14:09", PARIS, "m8", "google.com",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", "julien.chassaing@thermoformage-dordogne.fr"),
                     ("Sender", "Google Agenda <calendar-notification@google.com>")))
    cal_part = calendar(cal, cte="base64")
    att = calendar(cal, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(hs, mixed(alt(text(body, cte="base64"), html(page), cal_part), att))


@make.mail(N(9), family="google_calendar", lang="fr", interview=True, kind="cancelled", company="Papeteries Vézère",
           start="2026-10-15T12:00:00Z", end="2026-10-15T13:00:00Z", contact="nathalie.besse@papeteries-vezere.fr",
           local="Thu 2026-10-15 14:00", local_end="2026-10-15 15:00", zone=PARIS,
           note="Google Calendar 'Événement annulé' with METHOD:CANCEL: jeu. 15 oct. 2026 14:00-15:00 CEST "
                "-> 12:00-13:00Z (the cancelled slot); organiser's note says she will come back with a new date; "
                "contact = ORGANIZER")
def m9() -> bytes:
    body = t(f"""
        Cet événement a été annulé et supprimé de votre agenda.

        Note de l'organisateur :
        Bonjour Théo, je dois annuler notre entretien de jeudi : arrêt machine sur la PM2, toute l'équipe
        est mobilisée. Je reviens vers vous dès que possible pour une nouvelle date. Nathalie

        Titre : Entretien - Technicien de maintenance (Théo Lambert)
        Quand : jeu. 15 oct. 2026 14:00 – 15:00 Heure d'été d'Europe centrale - Paris
        Où : Papeteries Vézère, usine du Lardin-Saint-Lazare
        Agenda : {ME}
        Participants :
        * nathalie.besse@papeteries-vezere.fr - organisateur
        * {ME}

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail à l'adresse {ME}, car vous êtes invité à cet événement.
        """)
    cal = ics(t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261015T140000
        DTEND;TZID=Europe/Paris:20261015T150000
        DTSTAMP:{stamp('2026-10-12 17:30:00', PARIS)}
        ORGANIZER;CN=nathalie.besse@papeteries-vezere.fr:mailto:nathalie.besse@papeteries-vezere.fr
        UID:1f9c0e77a2{_h('m9uid', 16)}@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        CREATED:{stamp('2026-10-07 09:02:00', PARIS)}
        LAST-MODIFIED:{stamp('2026-10-12 17:30:00', PARIS)}
        LOCATION:Papeteries Vézère\\, usine du Lardin-Saint-Lazare
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien - Technicien de maintenance (Théo Lambert)
        TRANSP:OPAQUE
        END:VEVENT
        """), prodid="-//Google Inc//Google Calendar 70.9054//EN", method="CANCEL", tz=VTZ["Europe/Paris"])
    hs = head(addr("Nathalie Besse", "nathalie.besse@papeteries-vezere.fr"),
              f"Événement annulé avec note : Entretien - Technicien de maintenance (Théo Lambert) @ jeu. 15 oct. "
              f"2026 14:00 - 15:00 (CEST) ({ME})", "2026-10-12 17:30:44", PARIS, "m9", "google.com",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(cal, method="CANCEL", cte="base64")),
                             calendar(cal, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(10), family="human_prose", lang="fr", interview=True, kind="scheduled",
           company="Aquitaine Flexibles", start="2026-10-13T08:00:00Z", end=None,
           contact="kevin.delmas@trajectoire-interim.fr", local="Tue 2026-10-13 10:00", zone=PARIS,
           note="Temp-agency recruiter (tu), Friday 9 Oct: 'mardi à 10h' = Tue 13 Oct 10:00 CEST -> 08:00Z; "
                "'be there 5 minutes early' is not the start; no length; hiring company = the agency's client; "
                "contact = human sender")
def m10() -> bytes:
    body = t("""
        Salut Théo,

        Bonne nouvelle, Aquitaine Flexibles veut te voir pour le poste de technicien de maintenance
        en 2x8 (mission de 6 mois avec possibilité d'embauche derrière).

        C'est calé : mardi à 10h, avec M. Roche le responsable de prod, directement à l'usine de
        Coulounieix-Chamiers (zone de la Rampinsolle). Présente-toi à l'accueil 5 minutes avant,
        avec une pièce d'identité et ton CV à jour.

        Ils cherchent surtout quelqu'un à l'aise en mécanique sur les extrudeuses et les
        imprimeuses flexo, donc parle bien de ce que tu as fait sur la ligne 3 chez SFP.

        Appelle-moi après pour me faire un retour !

        Kévin
        --
        Kévin Delmas
        Chargé de recrutement - Trajectoire Intérim Périgueux
        05 53 00 88 14 / 06 98 76 54 32
        kevin.delmas@trajectoire-interim.fr
        """)
    hs = head(addr("Kévin Delmas", "kevin.delmas@trajectoire-interim.fr"), "Entretien Aquitaine Flexibles mardi",
              "2026-10-09 17:48:02", PARIS, "m10", "trajectoire-interim.fr",
              "mail.trajectoire-interim.fr (mail.trajectoire-interim.fr [192.0.2.54])",
              to=addr("Théo LAMBERT", ME), extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, cte="8bit"))


@make.mail(N(11), family="human_prose", lang="fr", interview=True, kind="rescheduled",
           company="Conserverie Fontanel", start="2026-10-26T09:00:00Z", end="2026-10-26T10:30:00Z",
           contact="agnes.lacoste@conserves-fontanel.fr", local="Mon 2026-10-26 10:00",
           local_end="2026-10-26 11:30", zone=PARIS, days=(("Thu", "2026-10-22"),),
           note="HR assistant (vous) moves the interview from jeudi 22 octobre 10h to lundi 26 octobre 10h, "
                "'durée 1h30'; sent in CEST, new day after the 25 Oct change -> CET, 09:00-10:30Z; "
                "contact = human sender")
def m11() -> bytes:
    body = t("""
        Bonjour Monsieur Lambert,

        M. Delpech, notre directeur technique, sera retenu jeudi par un audit client et ne pourra
        pas vous recevoir comme prévu le jeudi 22 octobre à 10h.

        Nous vous proposons de décaler l'entretien au lundi 26 octobre à 10h, au même endroit
        (site de production, route de Souillac, Sarlat). Durée : 1h30, visite de l'atelier
        d'autoclaves et de la ligne de sertissage comprise.

        Sauf message contraire de votre part, nous considérons ce nouveau créneau comme retenu.
        Veuillez nous excuser pour ce changement.

        Bien cordialement,

        Agnès Lacoste
        Assistante ressources humaines
        Conserverie Fontanel
        Tél. 05 53 00 27 60
        """)
    hs = head(addr("Agnès Lacoste", "agnes.lacoste@conserves-fontanel.fr"),
              "Report de votre entretien du 22 octobre", "2026-10-20 09:12:55", PARIS, "m11",
              "conserves-fontanel.fr", "smtp-out.conserves-fontanel.fr (smtp-out.conserves-fontanel.fr [203.0.113.77])",
              to=addr("Théo Lambert", ME),
              extra=(("Cc", addr("Francis Delpech", "francis.delpech@conserves-fontanel.fr")),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, text(body, charset="windows-1252"))


def _exchange_fr(seed: str, organizer: tuple[str, str], summary: str, start: str, end: str, sent: str,
                 *, seq: int = 0, method: str = "REQUEST", status: str = "CONFIRMED", location: str = "",
                 extra_attendees: tuple[tuple[str, str], ...] = ()) -> str:
    """An Exchange VEVENT in 'Romance Standard Time' (Paris)."""
    att = "\n".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}"
                    for n, a in ((("Théo Lambert", ME),) + extra_attendees))
    return ics(t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
        {{ATT}}
        UID:040000008200E00074C5B7101A82E00800000000{_h(seed + 'uid', 40).upper()}
        SUMMARY;LANGUAGE=fr-FR:{summary}
        DTSTART;TZID=Romance Standard Time:{start}
        DTEND;TZID=Romance Standard Time:{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp(sent, PARIS)}
        TRANSP:OPAQUE
        STATUS:{status}
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=fr-FR:{location}
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}
        X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        """).replace("{ATT}", att), prodid="Microsoft Exchange Server 2010", method=method, tz=ROMANCE)


TEAMS_FR = t("""
    ________________________________________________________________________________
    Réunion Microsoft Teams
    Rejoindre sur votre ordinateur, application mobile ou appareil de salle
    Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{ID}%40thread.v2/0>
    ID de réunion : {NUM}
    Code secret : {PASS}
    Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@make.mail(N(12), family="outlook_calendar", lang="fr", interview=True, kind="scheduled", company="Aquitaine Verre",
           start="2026-10-28T13:00:00Z", end="2026-10-28T14:00:00Z", contact="fabrice.nadeau@aquitaine-verre.fr",
           local="Wed 2026-10-28 14:00", local_end="2026-10-28 15:00", zone=PARIS,
           note="Exchange Teams invitation, TZID 'Romance Standard Time' (Paris): mercredi 28 octobre 14:00-15:00; "
                "sent Thu 22 Oct in CEST, interview after the 25 Oct change -> CET, 13:00-14:00Z; "
                "contact = ORGANIZER")
def m12() -> bytes:
    teams = TEAMS_FR.replace("{ID}", "MmU4ZjA3YjItNWQ0Yy00NzFhLTg1YzMtZTE2YjcwYjA2ZDI4").replace(
        "{NUM}", "371 884 206 519").replace("{PASS}", "Rq4sW9")
    body = t("""
        Bonjour Monsieur Lambert,

        Suite à l'étude de votre candidature au poste de Technicien de maintenance électromécanique
        (secteur IS / four 2), je vous propose un premier entretien en visio le mercredi 28 octobre
        de 14h00 à 15h00, avec moi-même et Mme Girard (RH).

        Merci d'accepter l'invitation pour confirmer votre présence.

        Cordialement,

        Fabrice Nadeau
        Responsable maintenance - Aquitaine Verre, usine de Châteaubernard
        """) + "\n" + teams
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div class=\"WordSection1\">"
            + "".join(f"<p class=\"MsoNormal\">{line}</p>" if line else "<p class=\"MsoNormal\">&nbsp;</p>"
                      for line in body.replace("<", "&lt;").replace(">", "&gt;").split("\n"))
            + "</div></body></html>\n")
    cal = _exchange_fr("m12", ("Fabrice Nadeau", "fabrice.nadeau@aquitaine-verre.fr"),
                       "Entretien M. Lambert - Technicien de maintenance électromécanique",
                       "20261028T140000", "20261028T150000", "2026-10-22 11:30:00",
                       location="Réunion Microsoft Teams",
                       extra_attendees=(("Karine Girard", "karine.girard@aquitaine-verre.fr"),))
    hs = head(addr("Fabrice Nadeau", "fabrice.nadeau@aquitaine-verre.fr"),
              "Entretien M. Lambert - Technicien de maintenance électromécanique", "2026-10-22 11:30:12", PARIS,
              "m12", "PR1P264MB2231.FRAP264.PROD.OUTLOOK.COM",
              "PR0P264CU002.outbound.protection.outlook.com (mail-francecentralazon11022109.outbound.protection.outlook.com [40.107.161.109])",
              to=addr("Théo Lambert", ME),
              extra=(("Cc", addr("Karine Girard", "karine.girard@aquitaine-verre.fr")),
                     ("Thread-Topic", "Entretien M. Lambert - Technicien de maintenance electromecanique"),
                     ("Thread-Index", "AdtkJ9yGz3bUq1hmSHe8E0ut8rF2tw=="),
                     ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body), html(page), calendar(cal, cte="base64")))


@make.mail(N(13), family="personio", lang="fr", interview=True, kind="scheduled",
           company="Krämer Verpackung France", start="2026-11-03T09:00:00Z", end="2026-11-03T10:00:00Z",
           contact="sabine.keller@kraemer-verpackung.fr", local="Tue 2026-11-03 10:00",
           local_end="2026-11-03 11:00", zone=PARIS,
           note="Personio invitation, HTML only in base64: 'mardi 3 novembre 2026, de 10:00 à 11:00 (CET)' "
                "-> 09:00-10:00Z; no-reply sender; contact = interlocutor's address in the body")
def m13() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="background:#f4f5f7;margin:0;padding:0">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#1d1d1f">
        <tr><td style="padding:28px 32px 8px"><img src="https://kraemer-verpackung.jobs.personio.de/logo.png" alt="Krämer Verpackung" height="36"></td></tr>
        <tr><td style="padding:8px 32px">
        <p>Bonjour Théo Lambert,</p>
        <p>Nous vous remercions pour votre candidature au poste de <strong>Technicien de maintenance (H/F) - usine de Bergerac</strong>
        et avons le plaisir de vous inviter à un entretien.</p>
        <table role="presentation" cellpadding="6" cellspacing="0" style="background:#f4f5f7;width:100%">
        <tr><td width="30%"><strong>Date</strong></td><td>mardi 3 novembre 2026</td></tr>
        <tr><td><strong>Horaire</strong></td><td>de 10:00 à 11:00 (CET)</td></tr>
        <tr><td><strong>Lieu</strong></td><td>Krämer Verpackung France, 18 rue Denis Papin, 24100 Bergerac</td></tr>
        <tr><td><strong>Participants</strong></td><td>Sabine Keller (Responsable RH), Thomas Vidal (Chef d'équipe maintenance)</td></tr>
        </table>
        <p>Pour toute question, votre interlocutrice est Sabine Keller :
        <a href="mailto:sabine.keller@kraemer-verpackung.fr">sabine.keller@kraemer-verpackung.fr</a>.</p>
        <p>Nous nous réjouissons de faire votre connaissance.</p>
        <p>Cordialement,<br>L'équipe RH de Krämer Verpackung France</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#8a8a8a">Cet e-mail a été envoyé via Personio. Merci de ne pas répondre directement à ce message.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Krämer Verpackung France", "no-reply@personio.de"),
              "Invitation à un entretien - Technicien de maintenance (H/F) - usine de Bergerac",
              "2026-10-28 15:00:37", PARIS, "m13", "personio.de",
              "mail-eu1.personio.de (mail-eu1.personio.de [198.51.100.200])")
    return message(hs, html(page, cte="base64"))


@make.mail(N(14), family="reply_quoted", lang="fr", interview=True, kind="scheduled",
           company="Sud-Ouest Étiquettes", start="2026-11-05T14:00:00Z", end=None,
           contact="laure.pinsolle@so-etiquettes.fr", local="Thu 2026-11-05 15:00", zone=PARIS,
           note="Short HR reply on top of the quoted thread: 'C'est noté pour jeudi 15h'; the quoted candidate "
                "mail accepts 'jeudi 5 novembre à 15h' -> CET 14:00Z; no length; contact = human sender")
def m14() -> bytes:
    body = t("""
        Bonjour Théo,

        Parfait, c'est noté pour jeudi 15h. Demandez Laure à l'accueil, je viendrai vous chercher.
        Le parking visiteurs est juste devant le bâtiment administratif.

        Bonne soirée,
        Laure

        Laure Pinsolle
        Chargée RH - Sud-Ouest Étiquettes
        Tél. : 05 53 00 63 12

        De : Théo Lambert <theo.lambert@example.com>
        Envoyé : lundi 2 novembre 2026 17:51
        À : Laure Pinsolle <laure.pinsolle@so-etiquettes.fr>
        Objet : RE: Candidature technicien de maintenance

        Bonjour Madame Pinsolle,

        Merci pour votre retour. Jeudi 5 novembre à 15h me convient parfaitement.

        Bien cordialement,
        Théo Lambert

        De : Laure Pinsolle <laure.pinsolle@so-etiquettes.fr>
        Envoyé : lundi 2 novembre 2026 11:20
        À : Théo Lambert <theo.lambert@example.com>
        Objet : Candidature technicien de maintenance

        Bonjour Monsieur Lambert,

        Votre profil a retenu notre attention. Seriez-vous disponible pour un entretien
        sur notre site de Marsac-sur-l'Isle jeudi 5 novembre à 15h, ou à défaut vendredi 6 à 9h ?

        Cordialement,
        Laure Pinsolle
        """)
    hs = head(addr("Laure Pinsolle", "laure.pinsolle@so-etiquettes.fr"),
              "RE: Candidature technicien de maintenance", "2026-11-02 18:20:06", PARIS, "m14",
              "so-etiquettes.fr", "mail.so-etiquettes.fr (mail.so-etiquettes.fr [203.0.113.160])",
              to=addr("Théo Lambert", ME),
              extra=(("In-Reply-To", mid("m14-prev", "example.com")),
                     ("References", f"{mid('m14-first', 'so-etiquettes.fr')} {mid('m14-prev', 'example.com')}"),
                     ("Thread-Topic", "Candidature technicien de maintenance")))
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(15), family="forwarded", lang="fr", interview=True, kind="scheduled",
           company="Coopérative laitière du Haut-Périgord", start="2026-11-09T12:30:00Z", end=None,
           contact="pierre.maury@laiterie-hautperigord.fr", local="Mon 2026-11-09 13:30", zone=PARIS,
           note="Candidate forwards a Recruitee confirmation from his phone address to himself: "
                "'lundi 9 novembre 2026 à 13h30 (heure de Paris)' -> CET 12:30Z; no length stated; "
                "contact = the interlocutor named with his address in the forwarded body (not the candidate, "
                "not the Recruitee no-reply)")
def m15() -> bytes:
    body = t("""
        Pour l'agenda

        Envoyé de mon iPhone

        Début du message réexpédié :

        > De: Coopérative laitière du Haut-Périgord <no-reply@recruitee.com>
        > Date: 4 novembre 2026 à 08:41:12 UTC+1
        > À: theo.lambert@example.org
        > Objet: Confirmation de votre entretien - Technicien de maintenance conditionnement
        >
        > Bonjour Théo,
        >
        > Nous vous confirmons votre entretien pour le poste de Technicien de maintenance
        > conditionnement (lignes briques et bouteilles).
        >
        > Date : lundi 9 novembre 2026 à 13h30 (heure de Paris)
        > Lieu : Laiterie de Thiviers, 2 route de Nantheuil, 24800 Thiviers
        > Votre interlocuteur : Pierre Maury, responsable maintenance (pierre.maury@laiterie-hautperigord.fr)
        >
        > Merci de vous munir d'une pièce d'identité. Une tenue d'hygiène vous sera fournie pour
        > la visite des ateliers.
        >
        > Cordialement,
        > L'équipe recrutement
        > Coopérative laitière du Haut-Périgord
        """)
    hs = [
        ("Delivered-To", ME),
        ("Received", received("from mail-out.example.org (mail-out.example.org [192.0.2.10])", "2026-11-04 08:55:30",
                              PARIS, "mx1.example.com (Postfix) with ESMTPS id 7HQ2KC01ZR", ME)),
        ("From", addr("Théo Lambert", PHONE)),
        ("To", ME),
        ("Subject", enc("Fwd: Confirmation de votre entretien - Technicien de maintenance conditionnement")),
        ("Date", date("2026-11-04 08:55:27", PARIS)),
        ("Message-ID", mid("m15", "example.org")),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="workable", lang="fr", interview=True, kind="cancelled", company="Soufflage Nontronnais",
           start="2026-11-12T10:00:00Z", end=None, contact=None, local="Thu 2026-11-12 11:00", zone=PARIS,
           note="Workable cancellation: 'jeudi 12 novembre à 11h00' (CET) -> 10:00Z is the cancelled slot, the post "
                "was filled internally; Reply-To is a Workable relay and the signature has only a phone number, "
                "so contact null")
def m16() -> bytes:
    body = t("""
        Bonjour Théo,

        Nous sommes au regret de devoir annuler votre entretien prévu le jeudi 12 novembre à 11h00
        pour le poste de Technicien de maintenance - soufflage PET.

        Le poste vient d'être pourvu en interne et le recrutement est clôturé. Nous conservons votre
        candidature et ne manquerons pas de revenir vers vous si une opportunité se présente.

        Merci pour votre compréhension et bonne continuation dans vos recherches.

        Marion Tessier
        Responsable RH, Soufflage Nontronnais
        05 53 00 19 45
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    relay = "soufflage-nontronnais+c9f4e71b2d@candidates.workablemail.com"
    hs = head(addr("Soufflage Nontronnais", "noreply@candidates.workablemail.com"),
              "Annulation de votre entretien - Technicien de maintenance - soufflage PET",
              "2026-11-09 10:00:51", PARIS, "m16", "workablemail.com",
              "mail3.workablemail.com (mail3.workablemail.com [198.51.100.31])",
              extra=(("Reply-To", addr("Soufflage Nontronnais", relay)),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(17), family="human_prose", lang="en", interview=True, kind="scheduled", company="Envases Ribera",
           start="2026-11-16T08:30:00Z", end=None, contact="lucia.ortega@envasesribera.es",
           local="Mon 2026-11-16 09:30", zone=MADRID,
           note="Spanish recruiter writing in English on Thu 12 Nov: 'see you on Monday at 9:30' at the Logroño "
                "plant (Madrid time, CET) -> Mon 16 Nov 08:30Z; 'the morning' is no exact length; "
                "contact = human sender")
def m17() -> bytes:
    body = t("""
        Hi Théo,

        Great news - Iñaki would like to meet you in person for the final round, at the plant here in
        Logroño. I've booked it for Monday at 9:30, you'll spend the morning with him and the shift
        leaders on the seaming and palletising lines, then lunch with the team.

        We'll reimburse your travel: the easiest is probably the train to Bordeaux and the bus
        from there on Sunday, or you can drive (about 4 hours). Keep the receipts and send them
        to me afterwards. I've booked you a room at Hotel Ciudad de Logroño for Sunday night.

        Address: Envases Ribera, Polígono Cantabria II, calle Las Cañas 14, Logroño.
        Ask for me at the security gate.

        See you on Monday!
        Lucía

        Lucía Ortega
        Talent Acquisition | Envases Ribera S.L.
        +34 941 00 23 58
        """)
    hs = head(addr("Lucía Ortega", "lucia.ortega@envasesribera.es"), "Final interview in Logroño",
              "2026-11-12 13:05:40", MADRID, "m17", "envasesribera.es",
              "mail-eopbgr80052.outbound.protection.outlook.com (mail-eopbgr80052.outbound.protection.outlook.com [40.107.8.52])",
              to=addr("Théo Lambert", ME), extra=(("Content-Language", "en-US"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(18), family="ms_bookings", lang="fr", interview=True, kind="rescheduled", company="Norvia Packaging",
           start="2026-11-17T13:00:00Z", end="2026-11-17T14:00:00Z", contact="camille.roussel@norvia-packaging.com",
           local="Tue 2026-11-17 14:00", local_end="2026-11-17 15:00", zone=PARIS, days=(("Fri", "2026-11-13"),),
           note="Microsoft Bookings 'rendez-vous mis à jour' from a shared Bookings mailbox: mardi 17 novembre "
                "14:00-15:00 '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' (November, so CET is right) "
                "-> 13:00-14:00Z (old slot vendredi 13 novembre also shown); contact = recruiter address in the body, "
                "not the Bookings mailbox")
def m18() -> bytes:
    body = t("""
        Rendez-vous mis à jour

        Bonjour Théo Lambert,

        Votre rendez-vous avec Norvia Packaging - Recrutement Bassens a été modifié.

        Entretien technique - Technicien de maintenance
        mardi 17 novembre 2026
        14:00 - 15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        (Ancienne date : vendredi 13 novembre 2026, 10:00 - 11:00)

        Personnel : Camille Roussel, Stéphane Bru
        Lieu : Norvia Packaging, site de Bassens - Quai Carriet, 33530 Bassens

        Pour toute question, contactez Camille Roussel : camille.roussel@norvia-packaging.com

        Gérer le rendez-vous : https://outlook.office365.com/owa/calendar/NorviaRecrutementBassens@norvia-packaging.com/bookings/
        """)
    cal = _exchange_fr("m18", ("Norvia Packaging - Recrutement Bassens",
                               "NorviaRecrutementBassens@norvia-packaging.com"),
                       "Entretien technique - Technicien de maintenance", "20261117T140000", "20261117T150000",
                       "2026-11-12 09:00:00", seq=1,
                       location="Norvia Packaging\\, site de Bassens - Quai Carriet\\, 33530 Bassens")
    hs = head(addr("Norvia Packaging - Recrutement Bassens", "NorviaRecrutementBassens@norvia-packaging.com"),
              "Rendez-vous mis à jour : Entretien technique - Technicien de maintenance", "2026-11-12 09:00:18",
              PARIS, "m18", "AM0PR02MB5617.eurprd02.prod.outlook.com",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2061.outbound.protection.outlook.com [40.107.22.61])",
              extra=(("Content-class", "urn:content-classes:calendarmessage"),))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@make.mail(N(19), family="rfc822_attachment", lang="fr", interview=True, kind="scheduled",
           company="Bouyssou Plasturgie", start="2026-11-19T13:00:00Z", end="2026-11-19T14:30:00Z",
           contact="sandrine.vidal@metis-rh.fr", local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:30",
           zone=PARIS,
           note="Agency consultant forwards the client's confirmation as a message/rfc822 attachment: "
                "'jeudi 19 novembre de 14h à 15h30' (CET) -> 13:00-14:30Z; no Reply-To or ICS, so contact = "
                "the human sender (the consultant), ahead of the client's address inside the attachment")
def m19() -> bytes:
    inner_body = t("""
        Bonjour Sandrine,

        Suite à votre présentation, nous souhaitons rencontrer M. Lambert. Je vous confirme
        l'entretien le jeudi 19 novembre de 14h à 15h30 sur notre site de Saint-Astier
        (entretien avec M. Bouyssou puis visite des presses à injecter).

        Merci de lui transmettre.

        Cordialement,
        Isabelle Cros
        Assistante de direction - Bouyssou Plasturgie
        """)
    inner = message([
        ("From", addr("Isabelle Cros", "isabelle.cros@bouyssou-plasturgie.fr")),
        ("To", addr("Sandrine Vidal", "sandrine.vidal@metis-rh.fr")),
        ("Subject", "Entretien M. Lambert"),
        ("Date", date("2026-11-13 10:02:33", PARIS)),
        ("Message-ID", mid("m19-inner", "bouyssou-plasturgie.fr")),
    ], text(inner_body))
    body = t("""
        Bonjour Théo,

        Excellente nouvelle : Bouyssou Plasturgie souhaite vous rencontrer ! Vous trouverez ci-joint
        le message de confirmation de leur assistante. C'est bien jeudi 19 novembre à 14h, à
        Saint-Astier, prévoyez 1h30.

        Je vous appelle mercredi pour le préparer ensemble.

        Belle journée,
        Sandrine Vidal
        Consultante recrutement industrie - Cabinet Métis RH
        06 45 00 12 98
        """)
    hs = head(addr("Sandrine Vidal", "sandrine.vidal@metis-rh.fr"), "TR: Entretien M. Lambert",
              "2026-11-13 11:20:09", PARIS, "m19", "metis-rh.fr",
              "smtp.metis-rh.fr (smtp.metis-rh.fr [203.0.113.99])", to=addr("Théo Lambert", ME))
    return message(hs, mixed(text(body), attached_message(inner, "Entretien M. Lambert.eml")))


@make.mail(N(20), family="ics_attachment", lang="fr", interview=True, kind="scheduled", company="Papeteries Vézère",
           start="2026-11-24T08:30:00Z", end="2026-11-24T09:30:00Z", contact="nathalie.besse@papeteries-vezere.fr",
           local="Tue 2026-11-24 09:30", local_end="2026-11-24 10:30", zone=PARIS,
           note="Thunderbird mail with invitation.ics attached; the time is only in the ICS (DTSTART;TZID=Europe/Paris "
                "20261124T093000, CET) -> 08:30-09:30Z; new invitation after the October cancellation, a fresh "
                "event, so 'scheduled'; contact = human sender / ORGANIZER")
def m20() -> bytes:
    body = t("""
        Bonjour Théo,

        Comme convenu au téléphone tout à l'heure, je vous envoie l'invitation pour notre entretien
        (enfin !). Encore désolée pour le report d'octobre.

        Vous serez reçu par moi-même et par Didier Sarlandie, responsable du service entretien.

        À bientôt,
        Nathalie Besse
        Ressources humaines - Papeteries Vézère
        """)
    cal = ics(t(f"""
        BEGIN:VEVENT
        CREATED:{stamp('2026-11-18 15:40:00', PARIS)}
        LAST-MODIFIED:{stamp('2026-11-18 15:41:00', PARIS)}
        DTSTAMP:{stamp('2026-11-18 15:41:00', PARIS)}
        UID:{_h('m20uid', 8)}-3c1e-4b0a-9f7d-{_h('m20uid2', 12)}
        SUMMARY:Entretien Théo Lambert - technicien de maintenance
        ORGANIZER;CN=Nathalie Besse:mailto:nathalie.besse@papeteries-vezere.fr
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Théo Lambert:mailto:{ME}
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Didier Sarlandie:mailto:didier.sarlandie@papeteries-vezere.fr
        DTSTART;TZID=Europe/Paris:20261124T093000
        DTEND;TZID=Europe/Paris:20261124T103000
        LOCATION:Papeteries Vézère - usine du Lardin-Saint-Lazare\\, accueil
        SEQUENCE:0
        TRANSP:OPAQUE
        END:VEVENT
        """), prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", tz=VTZ["Europe/Paris"])
    hs = head(addr("Nathalie Besse", "nathalie.besse@papeteries-vezere.fr"), "Invitation : entretien le 24/11",
              "2026-11-18 15:41:27", PARIS, "m20", "papeteries-vezere.fr",
              "mail.papeteries-vezere.fr (mail.papeteries-vezere.fr [203.0.113.132])",
              to=addr("Théo Lambert", ME),
              extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")))
    return message(hs, mixed(text(body, params="format=flowed", cte="8bit"),
                             calendar(cal, cte="8bit", filename="invitation.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(21), family="outlook_calendar", lang="fr", interview=True, kind="cancelled", company="Aquitaine Verre",
           start="2026-12-02T13:00:00Z", end="2026-12-02T14:30:00Z", contact="fabrice.nadeau@aquitaine-verre.fr",
           local="Wed 2026-12-02 14:00", local_end="2026-12-02 15:30", zone=PARIS,
           note="Exchange METHOD:CANCEL ('Annulé :'), TZID 'Romance Standard Time': second interview mercredi "
                "2 décembre 14:00-15:30 CET -> 13:00-14:30Z (the cancelled slot), post frozen; contact = ORGANIZER")
def m21() -> bytes:
    body = t("""
        Bonjour Monsieur Lambert,

        Je suis au regret d'annuler notre second entretien prévu le mercredi 2 décembre à 14h00 sur le
        site de Châteaubernard. La direction vient de geler le recrutement sur ce poste jusqu'à
        l'arrêt annuel du four 2. Mme Girard reviendra vers vous dès que le poste sera rouvert.

        Toutes mes excuses pour ce contretemps.

        Cordialement,
        Fabrice Nadeau
        """)
    cal = _exchange_fr("m21", ("Fabrice Nadeau", "fabrice.nadeau@aquitaine-verre.fr"),
                       "Annulé : Second entretien M. Lambert - visite usine",
                       "20261202T140000", "20261202T153000", "2026-11-27 16:40:00", seq=1, method="CANCEL",
                       status="CANCELLED", location="Aquitaine Verre - Châteaubernard\\, salle Cognac",
                       extra_attendees=(("Karine Girard", "karine.girard@aquitaine-verre.fr"),))
    hs = head(addr("Fabrice Nadeau", "fabrice.nadeau@aquitaine-verre.fr"),
              "Annulé : Second entretien M. Lambert - visite usine", "2026-11-27 16:40:25", PARIS, "m21",
              "PR1P264MB2231.FRAP264.PROD.OUTLOOK.COM",
              "PR0P264CU002.outbound.protection.outlook.com (mail-francecentralazon11022110.outbound.protection.outlook.com [40.107.161.110])",
              to=addr("Théo Lambert", ME),
              extra=(("Thread-Topic", "Second entretien M. Lambert - visite usine"),
                     ("Thread-Index", "AdtkJ9yGz3bUq1hmSHe8E0ut8rF2twAWp1Ax"),
                     ("Importance", "high"), ("Content-Language", "fr-FR"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body), calendar(cal, method="CANCEL", cte="base64")))


@make.mail(N(22), family="teamtailor", lang="fr", interview=True, kind="rescheduled",
           company="Biscuiterie Garrigou", start="2026-11-30T13:00:00Z", end="2026-11-30T14:00:00Z",
           contact="elodie.marty@garrigou-biscuits.fr", local="Mon 2026-11-30 14:00", local_end="2026-11-30 15:00", days=(("Thu", "2026-11-26"),),
           zone=PARIS,
           note="Teamtailor 'entretien déplacé' with an updated ICS (SEQUENCE:1): lundi 30 novembre 14:00-15:00 "
                "Europe/Paris (CET) -> 13:00-14:00Z, old time (jeudi 26 novembre 9:30) also in the mail; "
                "contact = human Reply-To / ORGANIZER")
def m22() -> bytes:
    body = t("""
        Bonjour Théo,

        Votre entretien pour le poste de Technicien de maintenance - lignes de conditionnement a été
        déplacé.

        Nouvelle date : lundi 30 novembre 2026, 14:00 - 15:00 (Europe/Paris)
        Ancienne date : jeudi 26 novembre 2026, 09:30 - 10:30
        Où : Biscuiterie Garrigou, route de Vitrac, 24200 Sarlat-la-Canéda
        Avec : Bruno Lafon (Responsable technique), Hélène Garrigou (Directrice de site)

        L'invitation jointe remplace la précédente.

        À bientôt,
        Élodie Marty
        Biscuiterie Garrigou

        Envoyé avec Teamtailor
        """)
    cal = ics(t(f"""
        BEGIN:VEVENT
        UID:tt-interview-{_h('m22uid', 16)}@teamtailor.com
        DTSTAMP:{stamp('2026-11-23 10:05:00', PARIS)}
        DTSTART;TZID=Europe/Paris:20261130T140000
        DTEND;TZID=Europe/Paris:20261130T150000
        SUMMARY:Entretien (2e tour) - Technicien de maintenance (Biscuiterie Garrigou)
        LOCATION:Biscuiterie Garrigou\\, route de Vitrac\\, 24200 Sarlat-la-Canéda
        ORGANIZER;CN=Élodie Marty:mailto:elodie.marty@garrigou-biscuits.fr
        ATTENDEE;CN=Théo Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        """), prodid="-//Teamtailor//Interview//FR", tz=VTZ["Europe/Paris"])
    hs = head(addr("Biscuiterie Garrigou", "no-reply@teamtailor-mail.com"),
              "Entretien déplacé : Technicien de maintenance - lignes de conditionnement", "2026-11-23 10:05:14",
              PARIS, "m22", "teamtailor-mail.com",
              "a12-91.smtp-out.teamtailor-mail.com (a12-91.smtp-out.teamtailor-mail.com [192.0.2.91])",
              extra=(("Reply-To", addr("Élodie Marty", "elodie.marty@garrigou-biscuits.fr")),))
    return message(hs, mixed(text(body),
                             calendar(cal, cte="base64", filename="invitation.ics", disposition="attachment")))


@make.mail(N(23), family="human_prose", lang="fr", interview=True, kind="scheduled",
           company="Thermoformage Dordogne", start="2026-12-08T07:00:00Z", end="2026-12-08T09:00:00Z",
           contact="julien.chassaing@thermoformage-dordogne.fr", local="Tue 2026-12-08 08:00",
           local_end="2026-12-08 10:00", zone=PARIS,
           note="Maintenance manager (vous) fixes the final interview with the plant director: 'mardi 8 décembre, "
                "de 8h à 10h' (CET) -> 07:00-09:00Z; windows-1252 QP; contact = human sender")
def m23() -> bytes:
    body = t("""
        Bonjour Théo,

        Comme annoncé au téléphone, M. Pouget, notre directeur d'usine, souhaite vous rencontrer avant
        que nous vous fassions une proposition.

        Rendez-vous le mardi 8 décembre, de 8h à 10h : on commencera par la réunion de prise de poste
        avec l'équipe du matin, puis entretien avec M. Pouget dans son bureau.

        Même adresse que la dernière fois, bâtiment A cette fois-ci.

        Cordialement,

        Julien Chassaing
        Responsable maintenance
        Thermoformage Dordogne - Trélissac
        """)
    hs = head(addr("Julien Chassaing", "julien.chassaing@thermoformage-dordogne.fr"),
              "Entretien avec M. Pouget - mardi 8 décembre", "2026-12-02 17:15:03", PARIS, "m23",
              "thermoformage-dordogne.fr", "mail.thermoformage-dordogne.fr (mail.thermoformage-dordogne.fr [203.0.113.18])",
              to=addr("Théo Lambert", ME), extra=(("X-Mailer", "Microsoft Outlook 16.0"),),
              charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="fr", interview=False, company="Cartonnerie de l'Isle",
           note="Rejection after the 17 September interview; no time")
def m24() -> bytes:
    body = t("""
        Bonjour Monsieur Lambert,

        Je tiens encore à vous remercier pour le temps que vous nous avez consacré la semaine dernière
        et pour la qualité de nos échanges.

        Après réflexion, nous avons retenu un candidat qui connaît déjà nos machines Bobst, ce qui
        était un point important pour nous compte tenu des arrêts prévus cet hiver.

        Votre profil reste très intéressant et je conserve vos coordonnées pour de futurs besoins.

        Bonne continuation,

        Michel Faure
        Responsable maintenance
        Cartonnerie de l'Isle
        """)
    hs = head(addr("Michel Faure", "michel.faure@cartonnerie-isle.fr"), "Votre candidature",
              "2026-09-24 16:32:10", PARIS, "m24", "cartonnerie-isle.fr",
              "smtp.cartonnerie-isle.fr (smtp.cartonnerie-isle.fr [203.0.113.41])", to=addr("Theo Lambert", ME),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),), charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(25), family="application_receipt", lang="fr", interview=False, company="Biscuiterie Garrigou",
           note="Teamtailor application receipt; no time")
def m25() -> bytes:
    body = t("""
        Bonjour Théo,

        Merci pour votre candidature au poste de Technicien de maintenance - lignes de conditionnement
        chez Biscuiterie Garrigou !

        Nous l'avons bien reçue et notre équipe va l'étudier avec attention. Nous revenons vers vous
        dans les deux semaines, quelle que soit la réponse.

        En attendant, découvrez nos métiers et la vie à la biscuiterie : https://garrigou-biscuits.teamtailor.com

        Belle journée,
        L'équipe RH de Biscuiterie Garrigou

        Envoyé avec Teamtailor
        """)
    hs = head(addr("Biscuiterie Garrigou", "no-reply@teamtailor-mail.com"),
              "Merci pour votre candidature, Théo !", "2026-09-03 21:14:55", PARIS, "m25", "teamtailor-mail.com",
              "a12-80.smtp-out.teamtailor-mail.com (a12-80.smtp-out.teamtailor-mail.com [192.0.2.80])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(26), family="job_alert", lang="fr", interview=False, company=None,
           note="Job-board alert listing new maintenance offers around Périgueux; no time")
def m26() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#eef2f5">
        <table width="600" align="center" style="background:#ffffff" cellpadding="16"><tr><td>
        <h1 style="font-size:20px;color:#d2461e">IndusJob</h1>
        <p>Bonjour Théo,</p>
        <p><b>7 nouvelles offres</b> correspondent à votre alerte « technicien de maintenance - Périgueux (50 km) »</p>
        <hr>
        <p><a href="https://www.indusjob.example/offre/88412"><b>Technicien de maintenance industrielle H/F</b></a><br>
        Agroalimentaire - Marsac-sur-l'Isle (24) - CDI - 2x8<br>Publiée il y a 1 jour</p>
        <p><a href="https://www.indusjob.example/offre/88377"><b>Électromécanicien de maintenance H/F</b></a><br>
        Emballage carton - Ribérac (24) - CDI<br>Publiée il y a 2 jours</p>
        <p><a href="https://www.indusjob.example/offre/88301"><b>Technicien de maintenance polyvalent - équipe de nuit</b></a><br>
        Plasturgie - Saint-Astier (24) - Intérim 6 mois<br>Publiée il y a 2 jours</p>
        <p><a href="https://www.indusjob.example/offre/88290"><b>Technicien automaticien H/F</b></a><br>
        Papeterie - Condat-sur-Vézère (24) - CDI<br>Publiée il y a 3 jours</p>
        <p><a href="https://www.indusjob.example/alertes"><b>Voir les 3 autres offres</b></a></p>
        <hr>
        <p style="font-size:11px;color:#888888">Vous recevez cet e-mail car vous avez créé une alerte sur IndusJob.
        <a href="https://www.indusjob.example/alertes/desabonnement">Se désabonner</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("IndusJob", "alertes@indusjob.example"),
              "7 nouvelles offres : technicien de maintenance - Périgueux", "2026-09-07 07:02:00", PARIS, "m26",
              "indusjob.example", "mta5.indusjob.example (mta5.indusjob.example [198.51.100.5])",
              extra=(("List-Unsubscribe", "<https://www.indusjob.example/alertes/desabonnement>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@make.mail(N(27), family="newsletter_tips", lang="fr", interview=False, company=None,
           note="Job-board newsletter with interview tips; no appointment")
def m27() -> bytes:
    body = t("""
        LA LETTRE INDUSJOB - octobre 2026

        Entretien d'embauche en maintenance : 5 questions qu'on vous posera forcément
        1. « Racontez-nous une panne que vous avez résolue. » Préparez un exemple précis : symptôme,
           diagnostic, action, résultat, et ce que vous avez mis en place pour que ça ne revienne pas.
        2. « Quelle est votre expérience en GMAO ? » Citez les logiciels et ce que vous y faisiez.
        3. « Êtes-vous habilité électrique ? » Ayez vos titres et leurs dates de validité.
        4. « Pourquoi le travail posté ? » Soyez honnête sur vos contraintes.
        5. « Où vous voyez-vous dans 5 ans ? » Parlez des compétences que vous voulez acquérir.

        À lire aussi : Salaires 2026 des techniciens de maintenance en Nouvelle-Aquitaine
        https://www.indusjob.example/conseils/salaires-maintenance-2026

        Vous recevez cette lettre car vous êtes inscrit sur IndusJob.
        Se désabonner : https://www.indusjob.example/newsletter/desabonnement
        """)
    hs = head(addr("IndusJob", "newsletter@indusjob.example"),
              "Entretien en maintenance : les 5 questions incontournables", "2026-10-06 10:30:00", PARIS, "m27",
              "indusjob.example", "mta2.indusjob.example (mta2.indusjob.example [198.51.100.2])",
              extra=(("List-Unsubscribe", "<https://www.indusjob.example/newsletter/desabonnement>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(28), family="recruiter_outreach", lang="fr", interview=False, company="Cabinet Ferrand Industrie",
           note="Recruitment-firm cold outreach for a job in Angoulême; asks for a call, nothing fixed")
def m28() -> bytes:
    body = t("""
        Bonjour Théo,

        Je me permets de vous contacter car votre profil sur IndusJob correspond à une mission que je
        mène pour un fabricant d'emballages métalliques près d'Angoulême : technicien de maintenance
        en horaires de journée, CDI, 32-36 k€ selon expérience.

        Seriez-vous ouvert à un échange téléphonique de 15 minutes cette semaine ou la suivante ?
        Dites-moi simplement vos disponibilités.

        Bien à vous,
        Arnaud Ferrand
        Cabinet Ferrand Industrie - recrutement technique
        06 21 00 47 83
        """)
    hs = head(addr("Arnaud Ferrand", "a.ferrand@ferrand-industrie.fr"),
              "Opportunité technicien de maintenance - Charente", "2026-09-08 09:15:47", PARIS, "m28",
              "ferrand-industrie.fr", "mail.ferrand-industrie.fr (mail.ferrand-industrie.fr [203.0.113.201])",
              to=addr("Théo Lambert", ME))
    return message(hs, text(body))


@make.mail(N(29), family="scheduling_link", lang="fr", interview=False, company="Cabinet Métis RH",
           note="Agency consultant sends her Calendly link to book a screening call; no time chosen yet")
def m29() -> bytes:
    body = t("""
        Bonjour Théo,

        Merci pour votre candidature au poste de technicien de maintenance que nous recrutons pour
        notre client Bouyssou Plasturgie (Saint-Astier).

        Je vous propose un premier échange téléphonique d'une demi-heure. Vous pouvez choisir
        directement le créneau qui vous arrange dans mon agenda :
        https://calendly.com/sandrine-vidal-metis/entretien-preselection

        Bien cordialement,
        Sandrine Vidal
        Consultante recrutement industrie - Cabinet Métis RH
        06 45 00 12 98
        """)
    hs = head(addr("Sandrine Vidal", "sandrine.vidal@metis-rh.fr"),
              "Votre candidature - technicien de maintenance (Saint-Astier)", "2026-09-28 14:03:52", PARIS, "m29",
              "metis-rh.fr", "smtp.metis-rh.fr (smtp.metis-rh.fr [203.0.113.99])", to=addr("Théo Lambert", ME))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False, company="Harrowgate Packaging",
           note="GoodTime availability request from the UK employer: asks the candidate to pick slots, nothing "
                "fixed", days=(("Wed", "2026-09-30"), ("Fri", "2026-10-02")))
def m30() -> bytes:
    body = t("""
        Hi Théo,

        Harrowgate Packaging would like to schedule your first-round interview for the
        Multi-skilled Maintenance Technician (Continental Projects) role.

        Please share your availability for a 60-minute video call between Wed 30 September and
        Fri 2 October. Times are shown in your time zone (Europe/Paris) when you open the link.

        Share availability: https://app.goodtime.io/availability/9c2b71e4-55a0-4f31-b8d6-3e7a0c1f2d48

        If you have any questions, reply to this email and it will reach Hannah Whitworth.

        Thanks,
        Harrowgate Packaging Talent Team
        Sent via GoodTime
        """)
    hs = head(addr("Harrowgate Packaging", "no-reply@goodtime.io"),
              "Please share your availability - Harrowgate Packaging", "2026-09-21 10:44:03", LONDON, "m30",
              "goodtime.io", "o7.ptr2291.goodtime.io (o7.ptr2291.goodtime.io [149.72.0.7])",
              extra=(("Reply-To", addr("Hannah Whitworth", "hannah.whitworth@harrowgate-packaging.co.uk")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="availability_proposal", lang="fr", interview=False, company="Thermoformage Dordogne",
           note="Two slots proposed (jeudi 8 octobre 10h or vendredi 9 octobre 14h), none chosen yet; "
                "the invitation for the chosen slot comes later", days=(("Thu", "2026-10-08"), ("Fri", "2026-10-09")))
def m31() -> bytes:
    body = t("""
        Bonjour Théo,

        Merci pour votre candidature spontanée, votre expérience sur les lignes de thermoformage
        nous intéresse.

        Je vous propose de venir nous rencontrer à Trélissac, au choix :
        - jeudi 8 octobre à 10h
        - vendredi 9 octobre à 14h

        Dites-moi ce qui vous convient le mieux et je vous envoie une invitation.

        Cordialement,
        Julien Chassaing
        Responsable maintenance
        Thermoformage Dordogne
        """)
    hs = head(addr("Julien Chassaing", "julien.chassaing@thermoformage-dordogne.fr"),
              "Rencontre - poste de technicien de maintenance", "2026-10-05 08:47:29", PARIS, "m31",
              "thermoformage-dordogne.fr", "mail.thermoformage-dordogne.fr (mail.thermoformage-dordogne.fr [203.0.113.18])",
              to=addr("Théo Lambert", ME), extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(32), family="auto_reply", lang="fr", interview=False, company=None,
           note="Out-of-office auto-reply from the paper mill's HR contact, with return date only",
           days=(("Mon", "2026-11-02"), ("Fri", "2026-11-06"), ("Mon", "2026-11-09")))
def m32() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du lundi 2 au vendredi 6 novembre inclus, sans accès à ma messagerie.
        Je traiterai votre message à mon retour le lundi 9 novembre.

        Pour toute urgence, merci de contacter l'accueil au 05 53 00 70 00.

        Nathalie Besse
        Ressources humaines - Papeteries Vézère
        """)
    hs = head(addr("Nathalie Besse", "nathalie.besse@papeteries-vezere.fr"),
              "Réponse automatique : Suite entretien", "2026-11-02 08:03:11", PARIS, "m32", "papeteries-vezere.fr",
              "mail.papeteries-vezere.fr (mail.papeteries-vezere.fr [203.0.113.132])", to=addr("Théo Lambert", ME),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", mid("m32-orig", "example.com"))))
    return message(hs, text(body))


@make.mail(N(33), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the candidate's thank-you mail sent to a mistyped domain; no appointment")
def m33() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <julien.chassaing@thermoformage-dordogne.com>: Host or domain name not found.
            Name service error for name=thermoformage-dordogne.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4F2A11C0B2
        X-Postfix-Sender: rfc822; theo.lambert@example.com
        Arrival-Date: Thu,  8 Oct 2026 18:31:02 +0200 (CEST)

        Final-Recipient: rfc822; julien.chassaing@thermoformage-dordogne.com
        Original-Recipient: rfc822;julien.chassaing@thermoformage-dordogne.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=thermoformage-dordogne.com type=A: Host not found
        """)
    orig_headers = t(f"""
        From: Théo Lambert <{ME}>
        To: julien.chassaing@thermoformage-dordogne.com
        Subject: Merci pour l'entretien
        Date: Thu, 08 Oct 2026 18:31:00 +0200
        Message-ID: {mid('m33-orig', 'example.com')}
        """).replace("Théo", "=?utf-8?q?Th=C3=A9o?=")
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], human),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Description", "Undelivered Message Headers"),
                  ("Content-Type", "text/rfc822-headers")], orig_headers),
        params="report-type=delivery-status")
    hs = [
        ("Delivered-To", ME),
        ("Received", "by mx1.example.com (Postfix)\r\n id 4F2A11C0B2; " + date("2026-10-08 18:31:04", PARIS)),
        ("From", "MAILER-DAEMON@mx1.example.com (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-08 18:31:04", PARIS)),
        ("Message-ID", "<20261008163104.4F2A11C0B2@mx1.example.com>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@make.mail(N(34), family="offer", lang="fr", interview=False, company="Thermoformage Dordogne",
           note="Job offer after the final interview; start date 4 January 2027, no interview",
           days=(("Fri", "2026-12-18"),))
def m34() -> bytes:
    body = t("""
        Bonjour Théo,

        Suite à votre rencontre avec M. Pouget mardi, j'ai le plaisir de vous confirmer que nous
        souhaitons vous embaucher au poste de technicien de maintenance, en CDI.

        Vous trouverez en pièce jointe notre proposition : prise de poste le lundi 4 janvier 2027,
        horaires en 2x8 avec astreintes une semaine sur cinq, rémunération et avantages détaillés
        dans le document.

        Merci de nous faire part de votre réponse d'ici le vendredi 18 décembre.

        Au plaisir de vous compter parmi nous,

        Julien Chassaing
        Responsable maintenance
        Thermoformage Dordogne
        """)
    pdf = base64.b64encode(b"%PDF-1.4\n% proposition d'embauche (placeholder)\n%%EOF\n").decode()
    pdf_part = raw_part([("Content-Type", 'application/pdf; name="Proposition_embauche_T_Lambert.pdf"'),
                         ("Content-Disposition", 'attachment; filename="Proposition_embauche_T_Lambert.pdf"'),
                         ("Content-Transfer-Encoding", "base64")], pdf + "\n")
    hs = head(addr("Julien Chassaing", "julien.chassaing@thermoformage-dordogne.fr"),
              "Proposition d'embauche - technicien de maintenance", "2026-12-10 11:02:41", PARIS, "m34",
              "thermoformage-dordogne.fr", "mail.thermoformage-dordogne.fr (mail.thermoformage-dordogne.fr [203.0.113.18])",
              to=addr("Théo Lambert", ME),
              extra=(("Cc", addr("Service RH", "rh@thermoformage-dordogne.fr")),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, mixed(text(body, charset="windows-1252"), pdf_part))


@make.mail(N(35), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Medical appointment confirmation from a booking platform (mardi 20 octobre 17h15): a fixed time, "
                "not an interview", days=(("Tue", "2026-10-20"),))
def m35() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#13294b">
        <table width="560" align="center" cellpadding="14"><tr><td>
        <p style="font-size:18px"><b>Votre rendez-vous est confirmé</b></p>
        <p>Bonjour Théo LAMBERT,</p>
        <p>Votre rendez-vous est confirmé :</p>
        <p><b>mardi 20 octobre 2026 à 17:15</b><br>
        Dr Hélène Marcillac - Médecin généraliste<br>
        Cabinet médical des Mondoux, 9 rue du Professeur Pozzi, 24000 Périgueux</p>
        <p>Motif : Consultation de suivi</p>
        <p>Pensez à apporter votre carte Vitale. En cas d'empêchement, merci d'annuler au moins 24h à l'avance.</p>
        <p><a href="https://www.monrdvsante.example/mes-rendez-vous">Gérer mon rendez-vous</a></p>
        <p style="font-size:11px;color:#777777">MonRDVsanté - ceci est un e-mail automatique.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("MonRDVsanté", "no-reply@monrdvsante.example"),
              "Rendez-vous confirmé avec Dr Hélène Marcillac", "2026-10-14 12:26:40", PARIS, "m35",
              "monrdvsante.example", "smtp1.monrdvsante.example (smtp1.monrdvsante.example [198.51.100.61])")
    return message(hs, html(page, cte="base64"))


@make.mail(N(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
           note="Current employer's Exchange meeting request (preparation of a line shutdown), TZID Romance Standard "
                "Time, lundi 19 octobre 13:30: a work meeting, not an interview",
           days=(("Mon", "2026-10-19"), ("Sat", "2026-10-31")))
def m36() -> bytes:
    body = t("""
        Bonjour à tous,

        Réunion de préparation de l'arrêt technique de la ligne 3 (extrudeuse + soudeuse-découpeuse)
        prévu du samedi 31 octobre au 8 novembre.

        Ordre du jour : planning des interventions, pièces à commander, consignations, sous-traitants.
        Merci de venir avec vos listes de travaux.

        Gilles Peyrat
        Responsable technique - SFP Sacs et Films du Périgord
        """)
    cal = _exchange_fr("m36", ("Gilles Peyrat", "gilles.peyrat@sfp-emballages.fr"),
                       "Préparation arrêt technique L3", "20261019T133000", "20261019T150000",
                       "2026-10-14 08:10:00", location="Salle de réunion atelier",
                       extra_attendees=(("Yannick Mazeau", "yannick.mazeau@sfp-emballages.fr"),
                                        ("Sonia Brachet", "sonia.brachet@sfp-emballages.fr")))
    hs = head(addr("Gilles Peyrat", "gilles.peyrat@sfp-emballages.fr"), "Préparation arrêt technique L3",
              "2026-10-14 08:10:37", PARIS, "m36", "sfp-emballages.fr",
              "mail.sfp-emballages.fr (mail.sfp-emballages.fr [203.0.113.220])",
              to=", ".join([addr("Théo Lambert", ME), addr("Yannick Mazeau", "yannick.mazeau@sfp-emballages.fr"),
                            addr("Sonia Brachet", "sonia.brachet@sfp-emballages.fr")]),
              extra=(("Content-class", "urn:content-classes:calendarmessage"),
                     ("Thread-Topic", "Preparation arret technique L3")))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@make.mail(N(37), family="appointment", lang="fr", interview=False, company=None,
           note="Car MOT (contrôle technique) booking confirmation, samedi 7 novembre 9h00; not an interview",
           days=(("Sat", "2026-11-07"),))
def m37() -> bytes:
    body = t("""
        Bonjour M. LAMBERT,

        Nous vous confirmons votre rendez-vous de contrôle technique :

        Date : samedi 7 novembre 2026 à 09h00
        Véhicule : Renault Clio IV - immatriculation FX-482-KD
        Centre : Contrôle Auto Boulazac, 41 avenue Jean Moulin, 24750 Boulazac Isle Manoire
        Prix : 78,00 EUR TTC (à régler sur place)

        Merci de vous présenter 10 minutes avant avec la carte grise du véhicule.

        Contrôle Auto Boulazac
        05 53 00 55 21
        """)
    hs = head(addr("Contrôle Auto Boulazac", "rdv@controleauto-boulazac.example"),
              "Confirmation de votre rendez-vous du 07/11/2026", "2026-11-03 19:22:08", PARIS, "m37",
              "controleauto-boulazac.example",
              "smtp.controleauto-boulazac.example (smtp.controleauto-boulazac.example [198.51.100.90])",
              charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(38), family="event_ticket", lang="fr", interview=False, company=None,
           note="Concert e-ticket, samedi 21 novembre 20h30; a fixed-time event, not an interview",
           days=(("Sat", "2026-11-21"),))
def m38() -> bytes:
    body = t("""
        Merci pour votre commande, Théo !

        Commande n° 2026-581204
        Les Tontons Lâcheurs + 1re partie
        samedi 21 novembre 2026 - ouverture des portes 19h30, concert 20h30
        La Filature, 3 quai de l'Isle, 24000 Périgueux

        2 x Placement libre debout - 24,00 EUR
        Total : 48,00 EUR

        Vos billets sont en pièce jointe (PDF) et dans votre espace client. Présentez-les à l'entrée,
        imprimés ou sur votre téléphone.

        La Filature - salle de concerts
        """)
    pdf = base64.b64encode(b"%PDF-1.4\n% e-billets (placeholder)\n%%EOF\n").decode()
    pdf_part = raw_part([("Content-Type", 'application/pdf; name="billets_2026-581204.pdf"'),
                         ("Content-Disposition", 'attachment; filename="billets_2026-581204.pdf"'),
                         ("Content-Transfer-Encoding", "base64")], pdf + "\n")
    hs = head(addr("La Filature", "billetterie@lafilature-perigueux.example"),
              "Vos billets : Les Tontons Lâcheurs - samedi 21 novembre", "2026-10-30 22:41:19", PARIS, "m38",
              "lafilature-perigueux.example",
              "mail.lafilature-perigueux.example (mail.lafilature-perigueux.example [198.51.100.140])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf_part))


@make.mail(N(39), family="job_fair", lang="fr", interview=False, company=None,
           note="Invitation to an industry job fair (jeudi 15 octobre, 9h-17h, Boulazac); no interview booked",
           days=(("Thu", "2026-10-15"),))
def m39() -> bytes:
    body = t("""
        Forum de l'emploi industriel du Grand Périgueux

        Jeudi 15 octobre 2026, de 9h à 17h
        Parc des expositions de Marsac-sur-l'Isle - entrée libre

        Plus de 40 entreprises de la Dordogne recrutent : agroalimentaire, papeterie, emballage,
        plasturgie, mécanique. Venez avec plusieurs CV ! Des ateliers CV et simulations d'entretien
        sont proposés toute la journée, sans inscription.

        Liste des exposants et offres : https://forum-industrie-perigueux.example/exposants

        Organisé par le Club des entreprises industrielles du Périgord.
        Pour ne plus recevoir nos informations : https://forum-industrie-perigueux.example/desinscription
        """)
    hs = head(addr("Forum emploi industrie Périgueux", "contact@forum-industrie-perigueux.example"),
              "Jeudi 15 octobre : 40 entreprises industrielles recrutent à Marsac", "2026-10-01 09:00:00", PARIS,
              "m39", "forum-industrie-perigueux.example", "mta.sendinblue.example (mta.sendinblue.example [198.51.100.77])",
              extra=(("Precedence", "bulk"),
                     ("List-Unsubscribe", "<https://forum-industrie-perigueux.example/desinscription>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(40), family="application_receipt", lang="en", interview=False, company="Envases Ribera",
           note="SmartRecruiters application receipt in English from the Spanish employer; no time")
def m40() -> bytes:
    body = t("""
        Dear Théo,

        Thank you for applying for the position of Maintenance Technician - Canning Lines
        (French-speaking) at Envases Ribera.

        We have received your application and our team will review it shortly. If your profile
        matches what we are looking for, we will contact you to arrange the next steps.

        Kind regards,
        Envases Ribera Talent Acquisition

        Powered by SmartRecruiters
        """)
    hs = head(addr("Envases Ribera", "noreply@smartrecruiters.com"),
              "Thank you for your application to Envases Ribera", "2026-09-16 20:18:33", MADRID, "m40",
              "smartrecruiters.com", "mta-21.smartrecruiters.com (mta-21.smartrecruiters.com [198.51.100.121])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(41), family="rejection", lang="en", interview=False, company="Harrowgate Packaging",
           note="Lever rejection from the UK employer after the second interview; no time")
def m41() -> bytes:
    body = t("""
        Hi Théo,

        Thank you for taking the time to speak with Oliver and me last week, and for your interest in
        the Multi-skilled Maintenance Technician (Continental Projects) role.

        It was a close decision, but we have decided to move forward with another candidate who is
        based closer to our Bayonne site. We really appreciated your openness about your experience
        and hope our paths cross again.

        All the best with your search,
        Hannah Whitworth
        Harrowgate Packaging
        """)
    hs = head(addr("Hannah Whitworth", "no-reply@hire.lever.co"),
              "Your application to Harrowgate Packaging", "2026-11-04 15:27:50", LONDON, "m41", "hire.lever.co",
              "mail-a7.hire.lever.co (mail-a7.hire.lever.co [198.51.100.177])",
              extra=(("Reply-To", addr("Hannah Whitworth", "hannah.whitworth@harrowgate-packaging.co.uk")),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(42), family="post_interview", lang="en", interview=False, company="Envases Ribera",
           note="Thank-you after the on-site final round in Logroño; 'we will come back to you by the end of next "
                "week' fixes no appointment")
def m42() -> bytes:
    body = t("""
        Hi Théo,

        Thanks again for making the trip to Logroño on Monday. Iñaki and the shift leaders were very
        positive about the morning on the lines.

        We still have one candidate to meet, and we will come back to you by the end of next week.
        Please send me your travel receipts when you can so that we can reimburse you.

        Best,
        Lucía

        Lucía Ortega
        Talent Acquisition | Envases Ribera S.L.
        """)
    hs = head(addr("Lucía Ortega", "lucia.ortega@envasesribera.es"), "Thank you for coming to Logroño",
              "2026-11-18 17:40:12", MADRID, "m42", "envasesribera.es",
              "mail-eopbgr80053.outbound.protection.outlook.com (mail-eopbgr80053.outbound.protection.outlook.com [40.107.8.53])",
              to=addr("Théo Lambert", ME))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="assessment", lang="fr", interview=False, company="Norvia Packaging",
           note="Workday online technical test to complete before a deadline (vendredi 11 septembre 23h59); "
                "a deadline, not an interview", days=(("Fri", "2026-09-11"),))
def m43() -> bytes:
    body = t("""
        Bonjour Théo,

        Dans le cadre de votre candidature au poste de Technicien de maintenance H/F - Site de Bassens
        (Réf. R-04417), nous vous invitons à réaliser une évaluation technique en ligne
        (mécanique, électricité, lecture de schémas pneumatiques).

        Durée : environ 40 minutes, en une seule fois.
        À compléter avant le vendredi 11 septembre 2026 à 23h59.

        Accéder à l'évaluation : https://norvia.wd3.myworkdayjobs.com/fr-FR/Norvia_Careers/assessment/R-04417

        Cordialement,
        L'équipe Recrutement Norvia Packaging

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("Norvia Packaging", "norvia@myworkday.com"),
              "Action requise : évaluation technique en ligne", "2026-09-07 14:38:02", PARIS, "m43",
              "myworkday.com", "mail-out2.myworkday.com (mail-out2.myworkday.com [198.51.100.22])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="training", lang="fr", interview=False, company=None,
           note="Convocation to an electrical-clearance refresher course (23-24 novembre, 8h30) sent for the "
                "current employer; a training session, not an interview",
           days=(("Mon", "2026-11-23"), ("Tue", "2026-11-24")))
def m44() -> bytes:
    body = t("""
        CONVOCATION

        Stagiaire : M. Théo LAMBERT
        Entreprise : SFP Sacs et Films du Périgord

        Formation : Recyclage habilitation électrique BR - B2V - BC - H0V
        Dates : lundi 23 et mardi 24 novembre 2026
        Horaires : 8h30 - 12h00 / 13h30 - 17h00
        Lieu : Form'Industrie Aquitaine, 7 rue Gutenberg, 24660 Coulounieix-Chamiers

        Prévoir : EPI (chaussures de sécurité), stylo, titre d'habilitation actuel.
        Repas pris en charge par l'entreprise.

        Form'Industrie Aquitaine - service formation
        05 53 00 30 72
        """)
    hs = head(addr("Form'Industrie Aquitaine", "formation@formindustrie-aquitaine.example"),
              "Convocation - Recyclage habilitation électrique - 23 et 24/11/2026", "2026-11-05 10:12:44", PARIS,
              "m44", "formindustrie-aquitaine.example",
              "smtp.formindustrie-aquitaine.example (smtp.formindustrie-aquitaine.example [198.51.100.150])",
              extra=(("Cc", addr("Gilles Peyrat", "gilles.peyrat@sfp-emballages.fr")),))
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(45), family="payslip_notice", lang="fr", interview=False, company=None,
           note="Current employer's HR portal: payslip available; no time")
def m45() -> bytes:
    body = t("""
        Bonjour Théo LAMBERT,

        Votre bulletin de paie de septembre 2026 est disponible dans votre coffre-fort numérique.

        Consultez-le : https://sfp-emballages.mon-espace-rh.example/bulletins

        Ceci est un message automatique, merci de ne pas y répondre.
        SFP Sacs et Films du Périgord - Service du personnel
        """)
    hs = head(addr("SFP - Espace RH", "ne-pas-repondre@mon-espace-rh.example"),
              "Votre bulletin de paie est disponible", "2026-09-30 06:00:12", PARIS, "m45", "mon-espace-rh.example",
              "out.mon-espace-rh.example (out.mon-espace-rh.example [198.51.100.66])")
    return message(hs, text(body))


@make.mail(N(46), family="bill", lang="fr", interview=False, company=None,
           note="Energy bill notice with a direct-debit date; no appointment", days=(("Tue", "2026-10-27"),))
def m46() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Bonjour Théo LAMBERT,</p>
        <p>Votre facture d'électricité n° FE26-1004587 est disponible dans votre espace client.</p>
        <table cellpadding="4">
        <tr><td>Montant</td><td><b>64,18 €</b></td></tr>
        <tr><td>Période</td><td>du 12/08/2026 au 11/10/2026</td></tr>
        <tr><td>Prélèvement</td><td>le mardi 27 octobre 2026</td></tr>
        </table>
        <p><a href="https://espace-client.energies-perigord.example">Accéder à mon espace client</a></p>
        <p style="font-size:10px;color:#777">Énergies du Périgord - ne pas répondre à cet e-mail.</p>
        </body></html>
        """)
    hs = head(addr("Énergies du Périgord", "facture@energies-perigord.example"),
              "Votre facture d'électricité est disponible", "2026-10-12 05:41:00", PARIS, "m46",
              "energies-perigord.example", "mta3.energies-perigord.example (mta3.energies-perigord.example [198.51.100.33])")
    return message(hs, html(page))


@make.mail(N(47), family="personal", lang="fr", interview=False, company=None,
           note="Sister's mail (tu) about a family lunch on Sunday 13 December at noon; personal",
           days=(("Sun", "2026-12-13"),))
def m47() -> bytes:
    body = t("""
        Coucou frérot,

        Maman veut qu'on fasse le repas d'anniversaire de papa le dimanche 13 décembre à midi, chez
        eux à Chancelade. Tu peux apporter le dessert ? Et dis-moi si tu viens avec Jade.

        Au fait, ça a donné quoi ton entretien à Trélissac ? Tiens-moi au courant !

        Bisous
        Manon
        """)
    hs = head(addr("Manon Lambert", "manon.lambert82@example.org"), "Repas dimanche 13",
              "2026-12-07 20:14:33", PARIS, "m47", "mail.gmail.com",
              "mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])", to=ME)
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(48), family="application_receipt", lang="fr", interview=False, company="Aquitaine Verre",
           note="Taleo application acknowledgement; no time")
def m48() -> bytes:
    body = t("""
        Bonjour Théo Lambert,

        Nous accusons réception de votre candidature pour le poste :
        Technicien de maintenance électromécanique H/F (Réf. 2600873) - Châteaubernard

        Votre candidature sera étudiée avec attention. Si votre profil correspond à nos attentes,
        nous prendrons contact avec vous.

        Vous pouvez à tout moment consulter le statut de votre candidature dans la section
        « Mes candidatures » : https://aquitaineverre.taleo.net/careersection/ext/mysubmissions.ftl

        Cordialement,
        Le service Recrutement - Aquitaine Verre

        Ce courriel est généré automatiquement. Merci de ne pas y répondre.
        """)
    hs = head(addr("Aquitaine Verre", "aquitaineverre@taleo.net"),
              "Accusé de réception de votre candidature - Réf. 2600873", "2026-10-12 14:55:20", PARIS, "m48",
              "taleo.net", "smtp-out.taleo.net (smtp-out.taleo.net [198.51.100.251])")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(49), family="network_notification", lang="fr", interview=False, company=None,
           note="Professional-network notification (profile views, suggested jobs); no time")
def m49() -> bytes:
    body = t("""
        Théo, votre profil attire l'attention

        3 recruteurs ont consulté votre profil cette semaine, dont un recruteur de Bergerac.

        Offres pour vous :
        - Technicien de maintenance H/F - Agroalimentaire - Périgueux
        - Technicien méthodes maintenance - Emballage - Bordeaux
        - Électromécanicien - Papeterie - Brive-la-Gaillarde

        Voir qui a consulté votre profil : https://www.prolink.example/me/profile-views

        Vous recevez cet e-mail de ProLink. Gérer vos préférences : https://www.prolink.example/settings/emails
        """)
    hs = head(addr("ProLink", "notifications@prolink.example"), "Théo, 3 recruteurs ont consulté votre profil",
              "2026-11-20 08:15:00", PARIS, "m49", "prolink.example",
              "mailout-11.prolink.example (mailout-11.prolink.example [198.51.100.11])",
              extra=(("Precedence", "bulk"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="note_to_self", lang="fr", interview=False, company=None,
           note="The candidate mails himself a job ad link from his phone to apply later; no time")
def m50() -> bytes:
    body = t("""
        À faire ce soir : postuler, adapter la lettre (GMAO + habilitation)

        https://www.indusjob.example/offre/88290
        Technicien automaticien H/F - Papeterie - Condat-sur-Vézère - CDI

        Envoyé de mon iPhone
        """)
    hs = [
        ("Delivered-To", ME),
        ("Received", received("from mail-out.example.org (mail-out.example.org [192.0.2.10])", "2026-09-10 12:48:02",
                              PARIS, "mx1.example.com (Postfix) with ESMTPS id 2KD81PZ0QW", ME)),
        ("From", addr("Théo Lambert", PHONE)),
        ("To", ME),
        ("Subject", "Annonce Condat"),
        ("Date", date("2026-09-10 12:47:58", PARIS)),
        ("Message-ID", mid("m50", "example.org")),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(hs, text(body, cte="quoted-printable"))
