"""blind236: a blind 50-mail held-out set -- the inbox of Élodie Marchand, a defence-electronics
test engineer in Bourges (Europe/Paris), September to mid-December 2026.

Written by a helper session that did not read the detector, its tests or the other held-out mails.
Build and check: ``python3 bench/heldout/make_blind.py blind236``.
Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the keys.
"""

from __future__ import annotations

import random
from email.utils import parseaddr

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
    received,
    t,
    text,
    utc,
)

SET = "blind236"
ORDER = random.Random(2360236).sample(range(1, 51), 50)
ME = "elodie.marchand@example.org"
ME_NAME = "Élodie Marchand"
TO = addr(ME_NAME, ME)
PARIS = "Europe/Paris"


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def mail(key: int, **kw):
    return make.mail(name(key), **kw)


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag))


def base(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO,
         host: str = "mail.example.com", ip: str = "192.0.2.10", ident: str = "4Fb2Q1xK9z",
         extra: tuple[tuple[str, str], ...] = (), lag: int = 3, rp: str | None = None) -> list[tuple[str, str]]:
    hs = [("Return-Path", "<" + (rp or parseaddr(frm)[1]) + ">"), ("Delivered-To", ME), rcv(host, ip, when, zone, ident, lag),
          ("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
          ("Message-ID", mid)]
    hs += list(extra)
    return hs


VTZ_ROMANCE = """BEGIN:VTIMEZONE
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

VTZ_LUX = """BEGIN:VTIMEZONE
TZID:Europe/Luxembourg
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

VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
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


# =========================================================================== positives: scheduled


@mail(1, family="greenhouse", lang="en", interview=True, kind="scheduled",
      company="Kestrel Avionics", contact="hannah.okafor@kestrel-avionics.co.uk",
      start=utc("2026-09-15 09:30", "Europe/London"), end=utc("2026-09-15 10:15", "Europe/London"),
      local="Tue 2026-09-15 09:30", local_end="2026-09-15 10:15", zone="Europe/London",
      note="Greenhouse confirmation from a UK remote team: 9:30-10:15 BST (UTC+1) = 08:30-09:15Z; the "
           "body also gives 10:30-11:15 Paris (CEST). Contact = human Reply-To recruiter.")
def p01():
    body = t("""
        Hi Élodie,

        Thanks for sending over your availability. Your interview for Hardware Test Engineer
        (Remote, Europe) at Kestrel Avionics is now scheduled.

        When:      Tuesday, September 15th 2026, 9:30 AM - 10:15 AM British Summer Time
                   (10:30 - 11:15 in Paris)
        Where:     Google Meet - https://meet.google.com/kxr-qwpa-tne
        With:      Hannah Okafor (Talent Partner), Gareth Pryce (Test Lead, Bristol)

        The conversation will cover your HALT/HASS and environmental test experience, and
        Gareth will walk you through our flight-computer qualification campaign.

        If anything changes just reply to this email and it will reach Hannah directly.

        Best,
        The Kestrel Avionics Recruiting Team

        --
        Kestrel Avionics Ltd, Aztec West, Bristol BS32 4TR, United Kingdom
        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Élodie,</p>
        <p>Thanks for sending over your availability. Your interview for <b>Hardware Test Engineer
        (Remote, Europe)</b> at Kestrel Avionics is now scheduled.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When:</b></td><td>Tuesday, September 15th 2026, 9:30 AM - 10:15 AM British Summer Time<br>
        <span style="color:#777">(10:30 - 11:15 in Paris)</span></td></tr>
        <tr><td><b>Where:</b></td><td><a href="https://meet.google.com/kxr-qwpa-tne">Google Meet</a></td></tr>
        <tr><td><b>With:</b></td><td>Hannah Okafor (Talent Partner), Gareth Pryce (Test Lead, Bristol)</td></tr>
        </table>
        <p>The conversation will cover your HALT/HASS and environmental test experience, and
        Gareth will walk you through our flight-computer qualification campaign.</p>
        <p>If anything changes just reply to this email and it will reach Hannah directly.</p>
        <p>Best,<br>The Kestrel Avionics Recruiting Team</p>
        <p style="font-size:11px;color:#999">Kestrel Avionics Ltd, Aztec West, Bristol BS32 4TR, United Kingdom<br>
        Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        <img src="https://app.greenhouse.io/email_tracking/o/8f3c1d2e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = base(addr("Kestrel Avionics", "no-reply@greenhouse.io"),
              "Interview Confirmation: Hardware Test Engineer (Remote, Europe) - Kestrel Avionics",
              "2026-09-09 16:05", "Europe/London",
              "<5f1e8a7c.a92b.4d1e.9c0e.1b7c2d8e0f11@greenhouse.io>",
              host="mail233.sea81.mcsv.net", ip="198.2.133.233", ident="4Hq7Lm2Tcz",
              extra=(("Reply-To", addr("Hannah Okafor", "hannah.okafor@kestrel-avionics.co.uk")),
                     ("X-Mailer", "Greenhouse"),
                     ("List-Unsubscribe", "<mailto:unsubscribe@greenhouse.io>")))
    return message(hs, alt(text(body), html(page)))


@mail(2, family="human_prose", lang="fr", interview=True, kind="scheduled",
      company="Arvéon Défense", contact="bertrand.lacombe@arveon-defense.fr",
      start=utc("2026-09-09 10:15", PARIS), local="Wed 2026-09-09 10:15", zone=PARIS,
      note="Formal French convocation (vous), windows-1252 8bit: 'mercredi 9 septembre à 10h15' in "
           "Bourges, CEST (UTC+2) -> 08:15Z. 'environ 1h30' is approximate -> end null. Contact = the "
           "HR sender.")
def p02():
    body = t("""
        Madame,

        Suite à notre échange téléphonique de ce jour, j'ai le plaisir de vous confirmer votre
        entretien pour le poste d'Ingénieur(e) essais environnementaux H/F (réf. AVD-2026-118).

        Il aura lieu le mercredi 9 septembre à 10h15 sur notre site de Bourges :
            Arvéon Défense - Établissement de Bourges
            Route de Guerry, bâtiment A (accueil principal)
            18000 Bourges

        Vous serez reçue par M. Patrick Delorme, responsable du laboratoire d'essais climatiques
        et vibratoires, et par moi-même. L'entretien durera environ 1h30, visite du laboratoire
        comprise.

        Le site étant soumis à contrôle d'accès, merci de vous présenter à l'accueil un quart
        d'heure avant, muni(e) d'une pièce d'identité en cours de validité (carte d'identité ou
        passeport). Les téléphones portables seront déposés à l'accueil.

        Je reste à votre disposition pour toute question.

        Bien cordialement,

        Bertrand Lacombe
        Chargé de recrutement - Direction des Ressources Humaines
        Arvéon Défense | Établissement de Bourges
        Tél. : 02 48 00 41 27
        bertrand.lacombe@arveon-defense.fr

        Ce message et ses pièces jointes peuvent contenir des informations confidentielles.
        S'il ne vous est pas destiné, merci de le détruire et d'en avertir l'expéditeur.
        """)
    hs = base(addr("LACOMBE Bertrand", "bertrand.lacombe@arveon-defense.fr"),
              "Convocation entretien – Ingénieur(e) essais environnementaux (réf. AVD-2026-118)",
              "2026-09-03 17:42", PARIS, "<AM9P192MB1187E2C0A4B1F09D3E7A11C2B6E20@AM9P192MB1187.EURP192.PROD.OUTLOOK.COM>",
              host="mail-am9eur02.outbound.protection.outlook.com", ip="40.107.8.91", ident="4Hd0Wv3Rmp",
              extra=(("Thread-Topic", enc("Convocation entretien – Ingénieur(e) essais environnementaux")),
                     ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(3, family="workday", lang="fr", interview=True, kind="scheduled",
      company="Sologne Systèmes", contact="agathe.brunel@sologne-systemes.fr",
      start=utc("2026-09-21 14:00", PARIS), end=utc("2026-09-21 15:30", PARIS),
      local="Mon 2026-09-21 14:00", local_end="2026-09-21 15:30", zone=PARIS,
      note="Workday HTML-only (base64) with an ICS in UTC: lundi 21 septembre 14:00-15:30 heure de Paris "
           "(CEST) = 12:00-13:30Z. Sender and ORGANIZER are the Workday tenant mailbox; contact = the "
           "recruiter address written in the body.")
def p03():
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Invitation à un entretien</title></head>
        <body style="margin:0;background:#f2f4f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933">
        <tr><td>
        <img src="https://wd3.myworkday.com/sologne/img/logo-sologne.png" alt="Sologne Systèmes" height="40">
        <p>Bonjour Élodie,</p>
        <p>Nous avons le plaisir de vous inviter à un entretien pour le poste
        <b>Ingénieur(e) Validation Bancs de Test (R-004512)</b>.</p>
        <table cellpadding="6" style="border:1px solid #d9dee5;width:100%">
        <tr><td style="width:35%;color:#52606d">Date</td><td>lundi 21 septembre 2026</td></tr>
        <tr><td style="color:#52606d">Heure</td><td>14:00 - 15:30 (heure de Paris)</td></tr>
        <tr><td style="color:#52606d">Lieu</td><td>Sologne Systèmes, 9 avenue de la République, 18100 Vierzon &ndash; salle Sauldre</td></tr>
        <tr><td style="color:#52606d">Participants</td><td>Agathe Brunel (RH), Fabrice Moulin (Responsable Bancs de Test)</td></tr>
        </table>
        <p>Une invitation de calendrier est jointe à ce message. Pour toute question, vous pouvez
        contacter Agathe Brunel&nbsp;: <a href="mailto:agathe.brunel@sologne-systemes.fr">agathe.brunel@sologne-systemes.fr</a>.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis
        <a href="https://wd3.myworkday.com/sologne/d/home.htmld">votre espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement Sologne Systèmes</p>
        <p style="font-size:11px;color:#9aa5b1">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workday Inc//Workday Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wd-interview-7c2f1e0a9b3d4e55@myworkday.com
        DTSTAMP:20260914T073100Z
        DTSTART:20260921T120000Z
        DTEND:20260921T133000Z
        SUMMARY:Entretien - Ingénieur(e) Validation Bancs de Test (R-004512)
        LOCATION:Sologne Systèmes\\, 9 avenue de la République\\, 18100 Vierzon - salle Sauldre
        ORGANIZER;CN=Sologne Systèmes Recrutement:mailto:sologne@myworkday.com
        ATTENDEE;CN=Élodie Marchand;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Sologne Systèmes", "sologne@myworkday.com"),
              "Invitation à un entretien – Ingénieur(e) Validation Bancs de Test",
              "2026-09-14 09:31", PARIS, "<1587902214.4471.1789371060311@wd3-prod-mail-12>",
              host="mail12.myworkday.com", ip="216.251.12.44", ident="4Hm1Cz8Kqw",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invitation.ics",
                                      disposition="attachment")))


@mail(4, family="human_prose", lang="fr", interview=True, kind="scheduled",
      company="Capteo", contact="maxime@capteo.io",
      start=utc("2026-09-24 15:30", PARIS), end=utc("2026-09-24 16:15", PARIS),
      local="Thu 2026-09-24 15:30", local_end="2026-09-24 16:15", zone=PARIS,
      note="Casual start-up reply (tu) 'Va pour 15h30 jeudi' on top of the candidate's 'On dit 15h30 ?'; "
           "jeudi resolves against the Date (Mon 21 Sep) to Thu 24 Sep, CEST -> 13:30Z; 'ça dure 45 min' "
           "is an exact length -> end 14:15Z. Contact = the founder who sends.")
def p04():
    body = t("""
        Va pour 15h30 jeudi alors 👍

        Je t'envoie l'invit Meet dans l'aprem. On sera deux : moi + Inès (notre lead hardware),
        ça dure 45 min, pas besoin de préparer quoi que ce soit, on parle surtout de tes bancs
        de test et de ce qu'on galère à qualifier en ce moment sur les capteurs.

        À jeudi !
        Max

        --
        Maxime Rigaud - CEO & co-fondateur
        Capteo - capteurs embarqués pour drones, Tours
        06 71 42 88 19

        Le lun. 21 sept. 2026 à 11:02, Élodie Marchand <elodie.marchand@example.org> a écrit :
        > Bonjour Maxime,
        >
        > Merci pour ton message. Jeudi après-midi m'arrange bien. On dit 15h30 ?
        >
        > Élodie
        >
        > Le ven. 18 sept. 2026 à 18:20, Maxime Rigaud <maxime@capteo.io> a écrit :
        >> Salut Élodie,
        >>
        >> Inès m'a transmis ton profil après le salon de Bourges, on cherche justement quelqu'un
        >> pour monter notre labo de qualif. Est-ce que tu aurais un créneau jeudi après-midi
        >> pour un premier échange en visio ?
        >>
        >> Max
        """)
    hs = base(addr("Maxime Rigaud", "maxime@capteo.io"), "Re: Dispo pour un échange cette semaine ?",
              "2026-09-21 12:48", PARIS, "<CAJx8Wq0rT2mZb+Vd9pLkQ4n1s7Yh3eU6fA@mail.gmail.com>",
              host="mail-wr1-f54.google.com", ip="209.85.221.54", ident="4Hn5Dk2Pxa",
              extra=(("In-Reply-To", "<CAE3fQp8Lz1x0v9mK2bN7cR4tY6uW5sA@mail.gmail.com>"),
                     ("References", "<CAJx8Wq0aa1b2c3d4e5f6g7h8@mail.gmail.com> "
                                    "<CAE3fQp8Lz1x0v9mK2bN7cR4tY6uW5sA@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(5, family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      company="Moselle Space Systems", contact="laurent.weber@moselle-space.lu",
      start=utc("2026-10-01 14:00", "Europe/Luxembourg"), end=utc("2026-10-01 15:00", "Europe/Luxembourg"),
      local="Thu 2026-10-01 14:00", local_end="2026-10-01 15:00", zone="Europe/Luxembourg",
      note="SmartRecruiters confirmation from a Luxembourg employer: jeudi 1er octobre 14:00-15:00 heure de "
           "Luxembourg (CEST, UTC+2) = 12:00-13:00Z; ICS with TZID Europe/Luxembourg agrees. Contact = "
           "the human Reply-To.")
def p05():
    body = t("""
        Bonjour Élodie,

        Merci d'avoir choisi un créneau. Votre entretien pour le poste Ingénieur(e) Test Charges
        Utiles (réf. MSS-0931) est confirmé :

          Jeudi 1er octobre 2026 · 14:00 – 15:00 (CEST, heure de Luxembourg)
          Microsoft Teams – le lien figure dans l'invitation jointe
          Avec : Laurent Weber (Talent Acquisition) et Dr. Katrin Hoffmann (Head of Payload AIT)

        L'entretien se déroulera en français, avec une partie technique en anglais.

        Pour toute question, répondez simplement à ce message.

        Cordialement,
        Laurent Weber
        Moselle Space Systems S.A. · 11, rue Pierre Werner · L-6832 Betzdorf · Luxembourg

        ---
        Vous recevez cet e-mail car vous avez postulé via SmartRecruiters.
        Politique de confidentialité : https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <div style="max-width:580px;margin:auto">
        <p>Bonjour Élodie,</p>
        <p>Merci d'avoir choisi un créneau. Votre entretien pour le poste <strong>Ingénieur(e) Test Charges
        Utiles (réf. MSS-0931)</strong> est confirmé&nbsp;:</p>
        <div style="border-left:4px solid #0a7cc1;padding:8px 14px;background:#f4f9fd">
        <div><strong>Jeudi 1er octobre 2026 · 14:00 – 15:00</strong> (CEST, heure de Luxembourg)</div>
        <div>Microsoft Teams – le lien figure dans l'invitation jointe</div>
        <div>Avec&nbsp;: Laurent Weber (Talent Acquisition) et Dr. Katrin Hoffmann (Head of Payload AIT)</div>
        </div>
        <p>L'entretien se déroulera en français, avec une partie technique en anglais.</p>
        <p>Pour toute question, répondez simplement à ce message.</p>
        <p>Cordialement,<br>Laurent Weber<br>
        <span style="color:#888;font-size:12px">Moselle Space Systems S.A. · 11, rue Pierre Werner · L-6832 Betzdorf · Luxembourg</span></p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez postulé via SmartRecruiters.</p>
        </div></body></html>
        """)
    ics = VTZ_LUX + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-66f0a1c2e4b0d31a9c5e7f20@smartrecruiters.com
        DTSTAMP:20260925T081400Z
        DTSTART;TZID=Europe/Luxembourg:20261001T140000
        DTEND;TZID=Europe/Luxembourg:20261001T150000
        SUMMARY:Entretien Moselle Space Systems – Ingénieur(e) Test Charges Utiles
        DESCRIPTION:Rejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmE0ZTQ5
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Laurent Weber:mailto:laurent.weber@moselle-space.lu
        ATTENDEE;CN=Élodie Marchand;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SmartRecruiters//Interview Scheduler//EN\nMETHOD:REQUEST\n" + ics
    hs = base(addr("Moselle Space Systems", "noreply@smartrecruiters.com"),
              "Confirmation de votre entretien – Ingénieur(e) Test Charges Utiles",
              "2026-09-25 10:14", "Europe/Luxembourg", "<0102019a2c8d4f1e-5b7e3c9a-2d41-4f8b-a6e1-9c0d7b2e1f44-000000@eu-west-1.amazonses.com>",
              host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31", ident="4Hs9Pb7Lrt",
              extra=(("Reply-To", addr("Laurent Weber", "laurent.weber@moselle-space.lu")),
                     ("X-SES-Outgoing", "2026.09.25-54.240.8.31")),
              rp="0102019a2c8d4f1e-bounce@eu-west-1.amazonses.com")
    return message(hs, mixed(alt(text(body), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


TEAMS_FR = t("""
    ________________________________________________________________________________
    Réunion Microsoft Teams
    Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
    Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NjQ3>
    ID de la réunion : 341 877 205 613
    Code secret : 7xQ2kP
    Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def exchange_ics(uid: str, start: str, end: str, summary: str, organizer: tuple[str, str],
                 attendees: list[tuple[str, str]], method: str = "REQUEST", seq: int = 0,
                 stamp: str = "20260101T000000Z", location: str = "Réunion Microsoft Teams",
                 rrule: str | None = None) -> str:
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             VTZ_ROMANCE, "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for cn, a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{a}")
    lines += ["DESCRIPTION;LANGUAGE=fr-FR:" + summary, f"UID:{uid}",
              f"SUMMARY;LANGUAGE=fr-FR:{('Annulé : ' if method == 'CANCEL' else '') + summary}",
              f"DTSTART;TZID=Romance Standard Time:{start}", f"DTEND;TZID=Romance Standard Time:{end}"]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status}",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=fr-FR:{location}",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq), "X-MICROSOFT-CDO-BUSYSTATUS:"
              + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if rrule else "0"), "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:" + location,
              "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exchange_html(txt: str) -> str:
    import html as _h
    paras = "".join(f'<div><span style="font-size:11pt">{_h.escape(line) or "&nbsp;"}</span></div>\n'
                    for line in txt.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Exchange Server"></head>\n'
            '<body><div style="font-family:Aptos,Calibri,sans-serif">\n' + paras + "</div></body></html>\n")


@mail(6, family="exchange", lang="fr", interview=True, kind="scheduled",
      company="Groupe Hélivant", contact="sandrine.colas@helivant.com",
      start=utc("2026-10-26 14:00", PARIS), end=utc("2026-10-26 15:00", PARIS),
      local="Mon 2026-10-26 14:00", local_end="2026-10-26 15:00", zone=PARIS,
      note="Exchange/Teams meeting request sent Tue 20 Oct in CEST for Mon 26 Oct, the day after Europe "
           "went back to CET: 14:00-15:00 (UTC+01:00) Romance Standard Time = 13:00-14:00Z. Contact = "
           "the human organizer/sender.")
def p06():
    body = t("""
        Quand : lundi 26 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        Bonjour Élodie,

        Comme convenu par téléphone, voici l'invitation pour votre entretien technique pour le
        poste d'Ingénieur(e) essais radar (site de Bourges). Vous échangerez avec Jérôme Vasseur,
        chef du service Intégration & Essais, et moi-même.

        Attention, nous aurons changé d'heure la veille : l'entretien est bien à 14h heure
        française.

        Bien cordialement,
        Sandrine Colas
        Chargée de recrutement | Groupe Hélivant – Division Systèmes Terrestres
        sandrine.colas@helivant.com | +33 2 48 00 77 12

        """) + TEAMS_FR
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000A0F3C1D2B5E8DC01000000000000000010000000C4E5A7",
                       "20261026T140000", "20261026T150000",
                       "Entretien technique – Ingénieur(e) essais radar – É. Marchand",
                       ("Colas Sandrine", "sandrine.colas@helivant.com"),
                       [("Élodie Marchand", ME), ("Vasseur Jérôme", "jerome.vasseur@helivant.com")],
                       stamp="20261020T132200Z")
    hs = base(addr("Colas Sandrine", "sandrine.colas@helivant.com"),
              "Entretien technique – Ingénieur(e) essais radar – É. Marchand",
              "2026-10-20 15:22", PARIS, "<PR3P251MB0914C5D1E8A2B47F90B3A6C1D8E70@PR3P251MB0914.EURP251.PROD.OUTLOOK.COM>",
              host="mail-pr3eur04.outbound.protection.outlook.com", ip="40.107.14.102", ident="4K0aQx6Vbn",
              extra=(("Thread-Topic", enc("Entretien technique – Ingénieur(e) essais radar – É. Marchand")),
                     ("Thread-Index", "AdtBq3oVZs4mU0ZbS7e2nHk1Xr9yQw=="), ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAACg88HStejcAQAAAAAAAAAAEAAAAMTlpw=="),
                     ("Cc", addr("Vasseur Jérôme", "jerome.vasseur@helivant.com"))))
    return message(hs, alt(text(body), html(exchange_html(body)), calendar(ics, cte="base64")))


@mail(7, family="human_prose", lang="en", interview=True, kind="scheduled",
      company="Bluestem Test Systems", contact="dana.whitfield@bluestemtest.com",
      start=utc("2026-10-29 10:00", "America/New_York"), end=utc("2026-10-29 10:45", "America/New_York"),
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone="America/New_York",
      note="US hiring manager, sent Mon 26 Oct in EDT: 'Thursday at 10am ET' = Thu 29 Oct 10:00 EDT "
           "(UTC-4) = 14:00Z, which is 3pm in Bourges because Europe is already on CET and the US not yet "
           "(the mail says so). 'keep it to 45 minutes' -> end 14:45Z. Contact = sender.")
def p07():
    body = t("""
        Hi Élodie,

        Great, you're confirmed for Thursday at 10am ET with me and Raj Patel (our test
        automation lead). Heads-up since this trips people up every year: Europe changed its
        clocks this past weekend and we don't until Sunday, so that's 3pm for you in Bourges,
        not 4pm.

        We'll keep it to 45 minutes. Raj will probably ask you to sketch how you'd structure a
        HIL rig for an RF front-end, nothing you need to prepare.

        Zoom: https://bluestemtest.zoom.us/j/84213377051?pwd=Qm5xT2hZa1dVRk
        Meeting ID: 842 1337 7051
        Passcode: 551902

        Talk soon,
        Dana

        Dana Whitfield | Director, Test Engineering
        Bluestem Test Systems | Columbus, OH
        dana.whitfield@bluestemtest.com

        -----Original Message-----
        From: Élodie Marchand <elodie.marchand@example.org>
        Sent: Sunday, October 25, 2026 2:12 PM
        To: Dana Whitfield <dana.whitfield@bluestemtest.com>
        Subject: Re: Next step - Senior Test Engineer (Remote EMEA)

        Hi Dana,
        Thursday works well for me, any time between 9am and 12pm your time.
        Best regards,
        Élodie
        """)
    hs = base(addr("Dana Whitfield", "dana.whitfield@bluestemtest.com"),
              "RE: Next step - Senior Test Engineer (Remote EMEA)",
              "2026-10-26 08:14", "America/New_York", "<BN8PR12MB3362A7E0C1D94F2B8E5A0C17DE2B9@BN8PR12MB3362.namprd12.prod.outlook.com>",
              host="mail-bn8nam12.outbound.protection.outlook.com", ip="40.107.237.57", ident="4K1bTn3Wzq",
              extra=(("In-Reply-To", "<DB9P189MB1702B1@example.org>"), ("References", "<DB9P189MB1702B1@example.org>"),
                     ("Thread-Topic", "Next step - Senior Test Engineer (Remote EMEA)"),
                     ("Content-Language", "en-US")))
    return message(hs, text(body, cte="8bit"))


@mail(8, family="google_calendar", lang="fr", interview=True, kind="scheduled",
      company="Ligéris Électronique", contact="julien.ferrand@ligeris.fr",
      start=utc("2026-11-12 09:30", PARIS), local="Thu 2026-11-12 09:30", zone=PARIS,
      note="Google Calendar invitation for an all-day event (DTSTART;VALUE=DATE 20261112); the time is "
           "only in the title/description: 'RDV à 9h30' on Thu 12 Nov, CET (UTC+1) -> 08:30Z. '2 h "
           "d'entretiens + visite' is not a stated end -> null. Contact = human organizer.")
def p08():
    desc = ("Bonjour Élodie, je bloque la journée dans nos agendas pour plus de simplicité : RDV à 9h30 à "
            "l'accueil du site de Saran (2 h d'entretiens avec l'équipe essais, puis visite du labo CEM). "
            "Pensez à votre pièce d'identité pour le badge visiteur. À jeudi ! Julien")
    body = t(f"""
        Julien Ferrand vous a invité à un événement.

        Entretien Élodie Marchand – 9h30 accueil Saran
        Jeudi 12 novembre 2026

        {desc}

        Lieu
        Ligéris Électronique, 240 rue de la Grande Borne, 45770 Saran
        https://maps.google.com/maps?q=Lig%C3%A9ris+%C3%89lectronique+Saran&hl=fr

        Organisateur
        Julien Ferrand
        julien.ferrand@ligeris.fr

        Invités
        Julien Ferrand - organisateur
        elodie.marchand@example.org
        Karima Lahlou

        Afficher tous les détails de l'invité https://calendar.google.com/calendar/event?action=VIEW&eid=NXIwNjB2

        Répondre pour elodie.marchand@example.org
        Oui https://calendar.google.com/calendar/event?action=RESPOND&eid=NXIwNjB2&rst=1
        Non https://calendar.google.com/calendar/event?action=RESPOND&eid=NXIwNjB2&rst=2
        Peut-être https://calendar.google.com/calendar/event?action=RESPOND&eid=NXIwNjB2&rst=3

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité à l'événement. Pour ne plus recevoir de
        notifications pour cet événement, refusez-le. Vous pouvez également créer un compte Google
        Agenda sur https://calendar.google.com/calendar/ pour contrôler vos paramètres de
        notification pour l'ensemble de votre agenda.
        """)
    page = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in body.split("\n\n")) + "</body></html>\n"
    desc_ics = desc.replace(",", "\\,").replace(";", "\\;")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261112
        DTEND;VALUE=DATE:20261113
        DTSTAMP:20261105T102000Z
        ORGANIZER;CN=Julien Ferrand:mailto:julien.ferrand@ligeris.fr
        UID:5r060vq2m1k8dc2fjt7ab3c9e4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julien Ferrand;X-NUM-GUESTS=0:mailto:julien.ferrand@ligeris.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.marchand@example.org;X-NUM-GUESTS=0:mailto:elodie.marchand@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karima Lahlou;X-NUM-GUESTS=0:mailto:karima.lahlou@ligeris.fr
        CREATED:20261105T101800Z
        DESCRIPTION:{desc_ics}
        LAST-MODIFIED:20261105T102000Z
        LOCATION:Ligéris Électronique\\, 240 rue de la Grande Borne\\, 45770 Saran
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Élodie Marchand – 9h30 accueil Saran
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Julien Ferrand", "julien.ferrand@ligeris.fr"),
              "Invitation: Entretien Élodie Marchand – 9h30 accueil Saran @ jeu. 12 nov. 2026 "
              "(elodie.marchand@example.org)",
              "2026-11-05 11:20", PARIS, "<calendar-6b1d0f7e-2c4a-4e9b-b8d1-3f0a7c5e9d22@google.com>",
              host="mail-sor-f73.google.com", ip="209.85.220.73", ident="4K7cVr1Nsd",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", addr("Julien Ferrand", "julien.ferrand@ligeris.fr"))),
              rp="3Jb0rZw0KCR8xyz-calendar-notification@google.com")
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(9, family="calendly", lang="en", interview=True, kind="scheduled",
      company="Polder Signal Labs", contact="sanne@poldersignal.nl",
      start=utc("2026-10-13 16:00", PARIS), end=utc("2026-10-13 16:30", PARIS),
      local="Tue 2026-10-13 16:00", local_end="2026-10-13 16:30", zone=PARIS,
      note="Calendly invitee confirmation, shown in the invitee's zone labelled 'Central European Time' "
           "although 13 Oct is still summer time: 16:00-16:30 CEST = 14:00-14:30Z (ICS in UTC agrees). "
           "Contact = host in Reply-To.")
def p09():
    body = t("""
        Hi Élodie Marchand,

        Your interview with Sanne de Vries is confirmed.

        Event Type:
        Interview - Test Automation Engineer (hiring manager)

        Event Date/Time:
        04:00pm - 04:30pm (Central European Time) Tuesday, October 13, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/pfd-hwzu-ksg

        Invitee:
        Élodie Marchand
        elodie.marchand@example.org

        Questions:
        Please share anything that will help prepare for our meeting.
        I have run production test for RF modules (ATE + custom Python fixtures) for 6 years.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0b7e2f4c-5a1d-4c88-9e63-7f2ad1c0b5e4
        Reschedule: https://calendly.com/reschedulings/0b7e2f4c-5a1d-4c88-9e63-7f2ad1c0b5e4

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Élodie Marchand,</p>
        <p>Your interview with Sanne de Vries is confirmed.</p>
        <p style="margin-bottom:2px"><b>Event Type:</b></p><p style="margin-top:0">Interview - Test Automation Engineer (hiring manager)</p>
        <p style="margin-bottom:2px"><b>Event Date/Time:</b></p><p style="margin-top:0">04:00pm - 04:30pm (Central European Time) Tuesday, October 13, 2026</p>
        <p style="margin-bottom:2px"><b>Location:</b></p><p style="margin-top:0">This is a Google Meet web conference.
        <a href="https://meet.google.com/pfd-hwzu-ksg">Join now</a></p>
        <p style="margin-bottom:2px"><b>Invitee:</b></p><p style="margin-top:0">Élodie Marchand<br>elodie.marchand@example.org</p>
        <p><a href="https://calendly.com/cancellations/0b7e2f4c-5a1d-4c88-9e63-7f2ad1c0b5e4">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/0b7e2f4c-5a1d-4c88-9e63-7f2ad1c0b5e4">Reschedule</a></p>
        <p style="font-size:12px;color:#888">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:0b7e2f4c-5a1d-4c88-9e63-7f2ad1c0b5e4@calendly.com
        DTSTAMP:20261008T070300Z
        DTSTART:20261013T140000Z
        DTEND:20261013T143000Z
        SUMMARY:Interview - Test Automation Engineer (hiring manager) - Sanne de Vries and Élodie Marchand
        LOCATION:https://meet.google.com/pfd-hwzu-ksg
        ORGANIZER;CN=Sanne de Vries:mailto:sanne@poldersignal.nl
        ATTENDEE;CN=Élodie Marchand;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Interview - Test Automation Engineer (hiring manager) with Sanne de Vries on "
              "Tuesday, October 13, 2026",
              "2026-10-08 09:03", PARIS, "<6f5e2d1c0b7a.20261008070300.1b2c@calendly.com>",
              host="o1.email.calendly.com", ip="167.89.12.41", ident="4K2dXw8Cpm",
              extra=(("Reply-To", addr("Sanne de Vries", "sanne@poldersignal.nl")),
                     ("X-Entity-Ref-ID", "0b7e2f4c")),
              rp="bounces+1923455-0a1b-elodie.marchand=example.org@em.calendly.com")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(10, family="teamtailor", lang="fr", interview=True, kind="scheduled",
      company="Orléanis Optronique", contact="camille.besson@orleanis-optronique.fr",
      start=utc("2026-10-09 11:00", PARIS), end=utc("2026-10-09 12:00", PARIS),
      local="Fri 2026-10-09 11:00", local_end="2026-10-09 12:00", zone=PARIS,
      note="Teamtailor confirmation: vendredi 9 octobre 11:00-12:00 (Europe/Paris, CEST) = 09:00-10:00Z; "
           "ICS with TZID Europe/Paris. Contact = human Reply-To.")
def p10():
    body = t("""
        Bonjour Élodie,

        Votre entretien est confirmé !

        Poste : Ingénieur(e) Essais Optroniques
        Date : vendredi 9 octobre 2026
        Heure : 11:00 - 12:00 (Europe/Paris)
        Lieu : Orléanis Optronique, 37 rue du Faubourg Bannier, 45000 Orléans (accueil, 2e étage)
        Participants : Camille Besson, Hugo Lefort

        Vous trouverez une invitation de calendrier en pièce jointe.
        Un empêchement ? Répondez à cet e-mail et nous trouverons un autre moment.

        À très vite,
        Camille Besson
        Talent Acquisition, Orléanis Optronique

        Propulsé par Teamtailor · Gérer mes données : https://orleanis.teamtailor.com/connect/data
        """)
    page = t("""
        <!doctype html><html><body style="margin:0;padding:0;background:#fafafa">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="560" style="background:#fff;border-radius:8px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#222">
        <tr><td style="padding:32px">
        <h2 style="margin-top:0">Votre entretien est confirmé&nbsp;!</h2>
        <p>Bonjour Élodie,</p>
        <p><strong>Poste&nbsp;:</strong> Ingénieur(e) Essais Optroniques<br>
        <strong>Date&nbsp;:</strong> vendredi 9 octobre 2026<br>
        <strong>Heure&nbsp;:</strong> 11:00 - 12:00 (Europe/Paris)<br>
        <strong>Lieu&nbsp;:</strong> Orléanis Optronique, 37 rue du Faubourg Bannier, 45000 Orléans (accueil, 2e étage)<br>
        <strong>Participants&nbsp;:</strong> Camille Besson, Hugo Lefort</p>
        <p>Vous trouverez une invitation de calendrier en pièce jointe. Un empêchement&nbsp;? Répondez à cet e-mail et nous trouverons un autre moment.</p>
        <p>À très vite,<br>Camille Besson<br>Talent Acquisition, Orléanis Optronique</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999;font-family:sans-serif">Propulsé par Teamtailor</p>
        </td></tr></table></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Interview//FR\nMETHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-2291847@teamtailor.com
        DTSTAMP:20261002T124000Z
        DTSTART;TZID=Europe/Paris:20261009T110000
        DTEND;TZID=Europe/Paris:20261009T120000
        SUMMARY:Entretien : Élodie Marchand / Orléanis Optronique
        LOCATION:37 rue du Faubourg Bannier\\, 45000 Orléans
        ORGANIZER;CN=Camille Besson:mailto:camille.besson@orleanis-optronique.fr
        ATTENDEE;CN=Élodie Marchand;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Orléanis Optronique", "no-reply@teamtailor-mail.com"),
              "Votre entretien avec Orléanis Optronique est confirmé",
              "2026-10-02 14:40", PARIS, "<66fd3a8e1c2b4_7a1f3c2d9e8b4@teamtailor-app-7d9f.mail>",
              host="mail-eu.teamtailor-mail.com", ip="159.135.228.14", ident="4K3eYa5Dqn",
              extra=(("Reply-To", addr("Camille Besson", "camille.besson@orleanis-optronique.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="entretien.ics",
                                      disposition="attachment")))


@mail(11, family="ashby", lang="en", interview=True, kind="scheduled",
      company="Kōwhai Radar", contact="aroha.ngata@kowhairadar.co.nz",
      start=utc("2026-09-30 08:30", "Pacific/Auckland"), end=utc("2026-09-30 09:15", "Pacific/Auckland"),
      local="Wed 2026-09-30 08:30", local_end="2026-09-30 09:15", zone="Pacific/Auckland",
      note="Ashby from a New Zealand remote team, sent Thu 24 Sep in NZST (+12) before NZ daylight time "
           "starts on 27 Sep: Wed 30 Sep 8:30-9:15 NZDT (+13) = Tue 29 Sep 19:30-20:15Z, i.e. Tuesday "
           "21:30 in Bourges -- the UTC/Paris date is the day before the Auckland date. Contact = Reply-To.")
def p11():
    body = t("""
        Kia ora Élodie,

        Your interview is confirmed. We're looking forward to talking with you!

        Wednesday, September 30, 2026, 8:30 AM – 9:15 AM NZDT (Auckland)
        = Tuesday, September 29, 9:30 PM – 10:15 PM in Paris

        Note that New Zealand moves to daylight saving time on Sunday 27 September, so the
        gap with France will be 11 hours that week.

        Video call: https://meet.google.com/wgn-tqjz-abm

        You'll meet with:
          Aroha Ngata, Talent Partner
          Ben Whitaker, Principal Test Engineer (Radar Systems)

        Questions? Just reply and it will reach Aroha Ngata.

        Ngā mihi,
        Kōwhai Radar Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Kia ora Élodie,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to talking with you!</p>
        <p><b>Wednesday, September 30, 2026, 8:30 AM – 9:15 AM NZDT (Auckland)</b><br>
        = Tuesday, September 29, 9:30 PM – 10:15 PM in Paris</p>
        <p>Note that New Zealand moves to daylight saving time on Sunday 27 September, so the gap with France will be 11 hours that week.</p>
        <p>Video call: <a href="https://meet.google.com/wgn-tqjz-abm">meet.google.com/wgn-tqjz-abm</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Aroha Ngata, Talent Partner<br>&nbsp;&nbsp;Ben Whitaker, Principal Test Engineer (Radar Systems)</p>
        <p>Questions? Just reply and it will reach Aroha Ngata.</p>
        <p>Ngā mihi,<br>Kōwhai Radar Recruiting</p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:3c9d1e7a-44b2-4f0e-a6c8-1e2f9b7d0a53
        DTSTAMP:20260923T221200Z
        DTSTART;TZID=Pacific/Auckland:20260930T083000
        DTEND;TZID=Pacific/Auckland:20260930T091500
        SEQUENCE:0
        SUMMARY:Kōwhai Radar – Senior Test Engineer (Remote) Interview
        LOCATION:https://meet.google.com/wgn-tqjz-abm
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhairadar.co.nz
        ATTENDEE;CN=Élodie Marchand;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Kōwhai Radar", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Test Engineer (Remote) at Kōwhai Radar",
              "2026-09-24 10:12", "Pacific/Auckland",
              "<0100019227b3c1d2-9f4e7a61-3b2c-4d5e-8f90-a1b2c3d4e5f6-000000@email.amazonses.com>",
              host="a9-12.smtp-out.amazonses.com", ip="54.240.9.12", ident="4Hr3Kc9Mfe",
              extra=(("Reply-To", addr("Aroha Ngata", "aroha.ngata@kowhairadar.co.nz")),),
              rp="0100019227b3c1d2-bounce@amazonses.com")
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(12, family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      company="Berry Essais & Mesures", contact=None,
      start=utc("2026-09-29 09:00", PARIS), end=utc("2026-09-29 09:45", PARIS),
      local="Tue 2026-09-29 09:00", local_end="2026-09-29 09:45", zone=PARIS,
      note="Microsoft Bookings confirmation; the zone label shows the standard offset '(UTC+01:00) "
           "Bruxelles, Copenhague, Madrid, Paris' although 29 Sep is CEST: 09:00-09:45 = 07:00-07:45Z, "
           "which the Romance Standard Time ICS confirms. Only a staff name, no personal address; the "
           "sender is the Bookings mailbox -> contact null.")
def p12():
    body = t("""
        Bonjour Élodie Marchand,

        Votre réservation est confirmée.

        Entretien de recrutement – Ingénieur(e) essais vibrations
        mardi 29 septembre 2026
        09:00 - 09:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        Membre du personnel : Olivier Guérin

        Lieu : Berry Essais & Mesures, 5 rue Maurice Roy, 18000 Bourges

        Ajouter à votre calendrier : ouvrez la pièce jointe.
        Modifier ou annuler votre réservation :
        https://outlook.office365.com/owa/calendar/BerryEssaisMesures@berryessais.onmicrosoft.com/bookings/s/Xk2p0

        Berry Essais & Mesures
        02 48 00 19 66
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130;max-width:600px">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Votre réservation est confirmée</div>
        <p>Bonjour Élodie Marchand,</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de recrutement – Ingénieur(e) essais vibrations</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>mardi 29 septembre 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>09:00 - 09:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Olivier Guérin</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Berry Essais &amp; Mesures, 5 rue Maurice Roy, 18000 Bourges</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/BerryEssaisMesures@berryessais.onmicrosoft.com/bookings/s/Xk2p0">Gérer la réservation</a></p>
        <p style="color:#605e5c">Berry Essais &amp; Mesures · 02 48 00 19 66</p>
        </div></body></html>
        """)
    ics = exchange_ics("BK-7f3a9c21e5d84b0a", "20260929T090000", "20260929T094500",
                       "Entretien de recrutement – Ingénieur(e) essais vibrations",
                       ("Berry Essais & Mesures", "BerryEssaisMesures@berryessais.onmicrosoft.com"),
                       [("Élodie Marchand", ME)], stamp="20260922T064500Z",
                       location="Berry Essais & Mesures\\, 5 rue Maurice Roy\\, 18000 Bourges")
    hs = base(addr("Berry Essais & Mesures", "BerryEssaisMesures@berryessais.onmicrosoft.com"),
              "Rendez-vous confirmé : Entretien de recrutement – Ingénieur(e) essais vibrations",
              "2026-09-22 08:45", PARIS, "<AS8P190MB1543E9F2A1C0B47D3E6F88A1B2C30@AS8P190MB1543.EURP190.PROD.OUTLOOK.COM>",
              host="mail-as8eur05.outbound.protection.outlook.com", ip="40.107.103.66", ident="4Hp6Fd1Rgy",
              extra=(("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Auto-Submitted", "auto-generated")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="reservation.ics", disposition="attachment")))


@mail(13, family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      company="Quadrant Systèmes Embarqués", contact="nadia.benali@quadrant-se.fr",
      start=utc("2026-11-17 14:00", PARIS), end=utc("2026-11-17 15:30", PARIS),
      local="Tue 2026-11-17 14:00", local_end="2026-11-17 15:30", zone=PARIS,
      note="The candidate forwards to herself (example.net -> example.org) the recruiter's confirmation as "
           "an attached message/rfc822: 'mardi 17 novembre à 14 h', 'prévoyez 1 h 30' (exact length), "
           "CET -> 13:00-14:30Z. Outer sender is the candidate; contact = the forwarded mail's sender.")
def p13():
    inner_body = t("""
        Bonjour Élodie,

        Je vous confirme notre rendez-vous le mardi 17 novembre à 14 h dans nos locaux :
        Quadrant Systèmes Embarqués, 12 rue Watt, 75013 Paris (interphone QSE, 4e étage).

        Vous rencontrerez Stéphane Morel, responsable V&V, puis Anaïs Girard de l'équipe
        intégration. Prévoyez 1 h 30 au total, tests pratiques sur banc compris.

        Je vous souhaite un bon retour vers Bourges d'ici là !

        Nadia Benali
        Responsable recrutement - Quadrant Systèmes Embarqués
        01 44 00 23 58 - nadia.benali@quadrant-se.fr
        """)
    inner = message([("From", addr("Nadia Benali", "nadia.benali@quadrant-se.fr")),
                     ("To", addr(ME_NAME, "elodie.marchand@example.net")),
                     ("Subject", enc("Confirmation de votre entretien – Ingénieure V&V")),
                     ("Date", date("2026-11-09 17:30", PARIS)),
                     ("Message-ID", "<a1b2c3d4e5f60718@quadrant-se.fr>")],
                    text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    outer = t("""
        Pour l'agenda (reçu sur l'autre boîte). Prendre le train de 10h42 à Bourges.
        """)
    hs = [("Return-Path", "<elodie.marchand@example.net>"), ("Delivered-To", ME),
          rcv("smtp.example.net", "198.51.100.23", "2026-11-10 21:05", PARIS, "4L0fZb2Ewr"),
          ("From", addr(ME_NAME, "elodie.marchand@example.net")), ("To", TO),
          ("Subject", enc("Fwd: Confirmation de votre entretien – Ingénieure V&V")),
          ("Date", date("2026-11-10 21:05", PARIS)),
          ("Message-ID", "<7c1e9a2b-40d3-4f6a-9b8e-2d5c0f1a3e77@example.net>"),
          ("User-Agent", "Mozilla Thunderbird")]
    return message(hs, mixed(text(outer, cte="8bit"),
                             attached_message(inner, "Confirmation de votre entretien.eml")))


@mail(14, family="workable", lang="fr", interview=True, kind="scheduled",
      company="Nexvolt", contact=None,
      start=utc("2026-12-04 10:00", PARIS), end=utc("2026-12-04 11:00", PARIS),
      local="Fri 2026-12-04 10:00", local_end="2026-12-04 11:00", zone=PARIS,
      note="Workable confirmation: vendredi 4 décembre 10:00-11:00 (Europe/Paris, UTC+01:00) = 09:00-10:00Z. "
           "Reply-To is a Workable relay (+...@candidates.workablemail.com), no human address anywhere "
           "-> contact null.")
def p14():
    body = t("""
        Bonjour Élodie,

        Votre entretien avec Nexvolt est confirmé.

        Poste : Ingénieur(e) Essais Batteries – Vierzon
        Quand : vendredi 4 décembre 2026, 10:00 – 11:00 (Europe/Paris, UTC+01:00)
        Où : Nexvolt, ZI de la Loëre, 18100 Vierzon – bâtiment B

        Vous rencontrerez l'équipe Essais & Qualification.

        Pour toute question, répondez à ce message.

        Cordialement,
        L'équipe de recrutement de Nexvolt

        --
        Envoyé via Workable · https://apply.workable.com/nexvolt/
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Bonjour Élodie,</p>
        <p>Votre entretien avec <b>Nexvolt</b> est confirmé.</p>
        <table cellpadding="3">
        <tr><td><b>Poste</b></td><td>Ingénieur(e) Essais Batteries – Vierzon</td></tr>
        <tr><td><b>Quand</b></td><td>vendredi 4 décembre 2026, 10:00 – 11:00 (Europe/Paris, UTC+01:00)</td></tr>
        <tr><td><b>Où</b></td><td>Nexvolt, ZI de la Loëre, 18100 Vierzon – bâtiment B</td></tr>
        </table>
        <p>Vous rencontrerez l'équipe Essais &amp; Qualification.</p>
        <p>Pour toute question, répondez à ce message.</p>
        <p>Cordialement,<br>L'équipe de recrutement de Nexvolt</p>
        <p style="font-size:11px;color:#8a8a8a">Envoyé via <a href="https://apply.workable.com/nexvolt/">Workable</a></p>
        </body></html>
        """)
    hs = base(addr("Nexvolt", "noreply@candidates.workablemail.com"),
              "Entretien confirmé : Ingénieur(e) Essais Batteries – Nexvolt",
              "2026-11-25 16:02", PARIS, "<6a4f2c1e9d8b7.1764082920@workablemail.com>",
              host="mail-eu1.workablemail.com", ip="185.211.120.9", ident="4M2gAc6Fxs",
              extra=(("Reply-To", "nexvolt+c7f3a1e0b92d@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


@mail(15, family="icims", lang="en", interview=True, kind="scheduled",
      company="Corvane Test Solutions", contact="megan.doyle@corvane.com",
      start=utc("2026-12-08 09:00", PARIS), end=utc("2026-12-08 10:00", PARIS),
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:00", zone=PARIS,
      note="iCIMS mail from a US recruiter (Date in CST) for the company's Orléans-area site: US-style "
           "'12/08/2026' = 8 December (not 12 August), '9:00 AM CET', 'Duration: 60 minutes' -> "
           "08:00-09:00Z. Sender is the iCIMS relay; contact = recruiter address in the body.")
def p15():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Elodie,</p>
        <p>Thank you for your interest in Corvane Test Solutions. We are pleased to confirm your
        interview for the position of <b>Test Engineer II - Defense Programs (Req #4471)</b>.</p>
        <p><b>Date:</b> 12/08/2026<br>
        <b>Time:</b> 9:00 AM CET (Olivet / Orl&eacute;ans, France)<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Location:</b> Corvane Test Solutions France, 210 rue de la Source, 45160 Olivet<br>
        <b>Interviewers:</b> Pierre-Yves Chollet (Site Test Manager), Megan Doyle (Talent Acquisition, by video)</p>
        <p>Please bring a government-issued photo ID. Visitor parking is available in front of building 2.</p>
        <p>Should you have any questions, please contact your recruiter, Megan Doyle, at
        <a href="mailto:megan.doyle@corvane.com">megan.doyle@corvane.com</a>.</p>
        <p>Sincerely,<br>Corvane Test Solutions Talent Acquisition</p>
        <hr>
        <p style="font-size:10px;color:#777">This message was sent via iCIMS on behalf of Corvane Test Solutions.
        Please do not reply to this e-mail; replies to this mailbox are not monitored.</p>
        </body></html>
        """)
    hs = base(addr("Corvane Test Solutions", "corvane+autoreply@talent.icims.com"),
              "Interview Confirmation - Test Engineer II - Defense Programs (Req #4471)",
              "2026-11-30 08:10", "America/Chicago", "<1764511800123.4471.icims.corvane@talent.icims.com>",
              host="mta-out7.icims.com", ip="52.44.181.7", ident="4M5hBd7Gyt",
              extra=(("X-Mailer", "iCIMS Talent Platform"),))
    return message(hs, html(page))


@mail(16, family="zoom", lang="fr", interview=True, kind="scheduled",
      company="Stelvane Défense", contact="r.texier@talentis-ingenierie.fr",
      start=utc("2026-12-01 17:00", PARIS), local="Tue 2026-12-01 17:00", zone=PARIS,
      note="Recruitment-agency consultant confirms the client interview: 'mardi prochain (1er décembre) à "
           "17h' from a Wed 25 Nov Date, with a pasted Zoom invitation 'Heure : 1 déc. 2026 05:00 PM "
           "Paris' -> CET 16:00Z. No duration. Company = the hiring client (Stelvane Défense), contact = "
           "the agency consultant who sends.")
def p16():
    body = t("""
        Bonjour Élodie,

        Bonne nouvelle : c'est calé avec Stelvane ! Vous avez rendez-vous mardi prochain
        (1er décembre) à 17h, en visio, avec M. Parmentier, responsable des moyens d'essais
        du site de Vélizy, et sa RH. Je vous appelle lundi pour le débrief de préparation.

        Voici l'invitation :

        Romain Texier vous invite à une réunion Zoom planifiée.

        Sujet : Stelvane Défense / É. Marchand – entretien Ingénieur essais systèmes
        Heure : 1 déc. 2026 05:00 PM Paris

        Participer à la réunion Zoom
        https://us06web.zoom.us/j/83190274456?pwd=dGxNcW9KcXh6bFhOaFZr

        ID de réunion : 831 9027 4456
        Code secret : 219384

        ---

        Une pression pour rejoindre depuis un mobile
        +33170372246,,83190274456#,,,,*219384# France
        +33186995831,,83190274456#,,,,*219384# France

        Bien à vous,

        Romain Texier
        Consultant senior – Aéronautique & Défense
        Talentis Ingénierie – 84 avenue de la Grande Armée, 75017 Paris
        06 12 48 90 37
        """)
    hs = base(addr("Romain Texier", "r.texier@talentis-ingenierie.fr"),
              "Stelvane – confirmation entretien mardi prochain",
              "2026-11-25 18:40", PARIS, "<1f9a2b3c-d4e5-4f60-8192-a3b4c5d6e7f8@talentis-ingenierie.fr>",
              host="smtp-out.ovh.net", ip="46.105.42.11", ident="4M2gFd4Hwu",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, alt(text(body, charset="windows-1252", cte="quoted-printable"),
                           html("<html><body><pre style=\"font-family:Calibri,sans-serif\">" + body
                                + "</pre></body></html>\n", charset="windows-1252")))


# =========================================================================== positives: rescheduled


@mail(17, family="human_prose", lang="fr", interview=True, kind="rescheduled",
      company="Arvéon Défense", contact="bertrand.lacombe@arveon-defense.fr",
      start=utc("2026-10-07 10:00", PARIS), local="Wed 2026-10-07 10:00", zone=PARIS,
      note="Formal reschedule (vous), iso-8859-15: the second interview 'initialement prévu mardi 6 "
           "octobre à 10h' moves 'au lendemain à la même heure, soit le mercredi 7 octobre à 10h00' -> "
           "CEST 08:00Z. Old and new time both present; label = new. Contact = HR sender.")
def p17():
    body = t("""
        Madame Marchand,

        Un impératif de programme oblige notre directeur technique, M. Hervé Castaing, à se
        rendre à Paris mardi 6 octobre. Je me vois donc contraint de décaler votre second
        entretien, initialement prévu mardi 6 octobre à 10h, au lendemain à la même heure,
        soit le mercredi 7 octobre à 10h00, toujours sur le site de Bourges (bâtiment C,
        salle Avord).

        Le reste du déroulé est inchangé : entretien avec M. Castaing et M. Delorme, puis
        échange avec la DRH. Votre autorisation d'accès a été mise à jour en conséquence.

        Je vous prie de bien vouloir excuser ce changement et vous remercie de me confirmer
        votre disponibilité.

        Bien cordialement,

        Bertrand Lacombe
        Chargé de recrutement - Direction des Ressources Humaines
        Arvéon Défense | Établissement de Bourges
        Tél. : 02 48 00 41 27

        -----Message d'origine-----
        De : LACOMBE Bertrand
        Envoyé : lundi 28 septembre 2026 16:12
        À : Élodie Marchand <elodie.marchand@example.org>
        Objet : Second entretien - Ingénieur(e) essais environnementaux

        Madame,
        Suite à votre premier entretien, nous avons le plaisir de vous convier à un second
        entretien le mardi 6 octobre à 10h sur notre site de Bourges.
        """)
    hs = base(addr("LACOMBE Bertrand", "bertrand.lacombe@arveon-defense.fr"),
              "RE: Second entretien - Ingénieur(e) essais environnementaux - changement de date",
              "2026-10-02 11:05", PARIS, "<AM9P192MB11873B2A9C4D0E1F25A6B7C8D9E01@AM9P192MB1187.EURP192.PROD.OUTLOOK.COM>",
              host="mail-am9eur02.outbound.protection.outlook.com", ip="40.107.8.93", ident="4K4fZc2Rmp",
              extra=(("Thread-Topic", "Second entretien - Ingenieur(e) essais environnementaux"),
                     ("Importance", "high"), ("Content-Language", "fr-FR")))
    page = "<html><body><div style=\"font-family:Arial\">" + body.replace("\n", "<br>\n") + "</div></body></html>\n"
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(18, family="goodtime", lang="en", interview=True, kind="rescheduled",
      company="Halden Systems", contact="ingrid.solberg@haldensystems.no",
      start=utc("2026-11-06 13:30", "Europe/Oslo"), end=utc("2026-11-06 14:30", "Europe/Oslo"),
      local="Fri 2026-11-06 13:30", local_end="2026-11-06 14:30", zone="Europe/Oslo",
      note="GoodTime reschedule listing the previous slot (Thu 5 Nov 3:00 PM CET) and the new one: Fri "
           "6 Nov 1:30-2:30 PM CET (Oslo = Paris offset, UTC+1) -> 12:30-13:30Z; ICS SEQUENCE 1 in UTC. "
           "Contact = coordinator in Reply-To.")
def p18():
    body = t("""
        Hi Élodie,

        Your interview with Halden Systems has been rescheduled.

        PREVIOUS TIME (cancelled)
        Thursday, November 5, 2026 · 3:00 PM – 4:00 PM CET

        NEW TIME
        Friday, November 6, 2026 · 1:30 PM – 2:30 PM CET (Central European Time)

        Role: Senior Verification Engineer – Remote (EU)
        Interviewers: Lars Eide (Engineering Manager), Priya Raman (Staff Engineer)
        Join: https://haldensystems.zoom.us/j/91824407712

        The updated calendar invitation is attached. If the new time doesn't work, reply to this
        email and Ingrid will help.

        Thanks,
        Ingrid Solberg
        Recruiting Coordinator, Halden Systems

        Sent with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Élodie,</p>
        <p>Your interview with Halden Systems has been <b>rescheduled</b>.</p>
        <p style="color:#999"><s>Thursday, November 5, 2026 · 3:00 PM – 4:00 PM CET</s> (previous time)</p>
        <p style="font-size:16px"><b>Friday, November 6, 2026 · 1:30 PM – 2:30 PM CET</b> (Central European Time)</p>
        <p>Role: Senior Verification Engineer – Remote (EU)<br>
        Interviewers: Lars Eide (Engineering Manager), Priya Raman (Staff Engineer)<br>
        Join: <a href="https://haldensystems.zoom.us/j/91824407712">Zoom</a></p>
        <p>The updated calendar invitation is attached. If the new time doesn&#39;t work, reply to this email and Ingrid will help.</p>
        <p>Thanks,<br>Ingrid Solberg<br>Recruiting Coordinator, Halden Systems</p>
        <p style="font-size:11px;color:#aaa">Sent with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-8e1d4a7c-33f0-4b2e-9c5d-0a6b7c8d9e10@goodtime.io
        SEQUENCE:1
        DTSTAMP:20261030T122000Z
        DTSTART:20261106T123000Z
        DTEND:20261106T133000Z
        SUMMARY:Halden Systems – Senior Verification Engineer interview (Élodie Marchand)
        LOCATION:https://haldensystems.zoom.us/j/91824407712
        ORGANIZER;CN=Ingrid Solberg:mailto:ingrid.solberg@haldensystems.no
        ATTENDEE;CN=Élodie Marchand;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Halden Systems Recruiting", "no-reply@goodtime.io"),
              "Rescheduled: Your interview with Halden Systems – now Friday, November 6",
              "2026-10-30 13:20", "Europe/Oslo", "<20261030122000.gt.8e1d4a7c@goodtime.io>",
              host="o2.mail.goodtime.io", ip="149.72.34.90", ident="4L1aCx5Pqr",
              extra=(("Reply-To", addr("Ingrid Solberg", "ingrid.solberg@haldensystems.no")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


def gcal_ics(uid: str, start: str, end: str, summary: str, organizer: tuple[str, str], stamp: str,
             method: str = "REQUEST", seq: int = 0, extra: str = "") -> str:
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    return ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
            f"CALSCALE:GREGORIAN\nMETHOD:{method}\n" + VTZ["Europe/Paris"] + "\nBEGIN:VEVENT\n"
            f"DTSTART;TZID=Europe/Paris:{start}\nDTEND;TZID=Europe/Paris:{end}\nDTSTAMP:{stamp}\n"
            f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\nUID:{uid}\n"
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
            "CN=elodie.marchand@example.org;X-NUM-GUESTS=0:mailto:elodie.marchand@example.org\n"
            + extra + f"SEQUENCE:{seq}\nSTATUS:{status}\nSUMMARY:{summary}\nTRANSP:OPAQUE\n"
            "END:VEVENT\nEND:VCALENDAR")


@mail(19, family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      company="Capteo", contact="maxime@capteo.io",
      start=utc("2026-10-16 14:00", PARIS), end=utc("2026-10-16 15:30", PARIS),
      local="Fri 2026-10-16 14:00", local_end="2026-10-16 15:30", zone=PARIS,
      note="Google Calendar 'Invitation mise à jour' (FR): modified to ven. 16 oct. 14:00-15:30 (heure "
           "d'été d'Europe centrale) from jeu. 15 oct. 10:00-11:30 -> 12:00-13:30Z; ICS SEQUENCE 1. "
           "Contact = human organizer.")
def p19():
    body = t("""
        Cet événement a été modifié.

        Capteo – entretien technique (Élodie)
        Modifié : ven. 16 oct. 2026 14:00 – 15:30 (heure d'été d'Europe centrale - Paris)
        Ancienne date : jeu. 15 oct. 2026 10:00 – 11:30

        Session technique dans nos locaux : démo du banc de calibration, puis échange avec
        Inès et Bastien. On a dû bouger d'un jour à cause d'un vol d'essai, désolé !

        Lieu
        Capteo, 6 rue Émile Zola, 37000 Tours

        Organisateur
        Maxime Rigaud
        maxime@capteo.io

        Invités
        Maxime Rigaud - organisateur
        Inès Royer
        Bastien Moreau
        elodie.marchand@example.org

        Répondre pour elodie.marchand@example.org
        Oui https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Q1ZGhh&rst=1
        Non https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Q1ZGhh&rst=2
        Peut-être https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Q1ZGhh&rst=3

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = gcal_ics("3d5dha8q1v0c2mfk7ot9ne4b6g@google.com", "20261016T140000", "20261016T153000",
                   "Capteo – entretien technique (Élodie)", ("Maxime Rigaud", "maxime@capteo.io"),
                   "20261008T171200Z", seq=1,
                   extra="LOCATION:Capteo\\, 6 rue Émile Zola\\, 37000 Tours\n")
    hs = base(addr("Maxime Rigaud", "maxime@capteo.io"),
              "Invitation mise à jour : Capteo – entretien technique (Élodie) @ ven. 16 oct. 2026 "
              "14:00 - 15:30 (CEST) (elodie.marchand@example.org)",
              "2026-10-08 19:12", PARIS, "<calendar-0c9e7a51-8b3d-4f22-a1e6-5d4c3b2a1f09@google.com>",
              host="mail-sor-f69.google.com", ip="209.85.220.69", ident="4K5gAd3Snt",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),),
              rp="3aB1rZw0KCS9abc-calendar-notification@google.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(20, family="recruitee", lang="fr", interview=True, kind="rescheduled",
      company="Tourelec", contact="emilie.caron@tourelec.fr",
      start=utc("2026-11-26 16:00", PARIS), end=utc("2026-11-26 17:00", PARIS),
      local="Thu 2026-11-26 16:00", local_end="2026-11-26 17:00", zone=PARIS,
      note="Recruitee reschedule: 'prévu le mardi 24 novembre 2026 à 10:00 a été déplacé', 'Nouvelle "
           "date : jeudi 26 novembre 2026, 16:00 – 17:00 (Europe/Paris)' -> CET 15:00-16:00Z. Contact "
           "= human Reply-To.")
def p20():
    body = t("""
        Bonjour Élodie,

        Votre entretien pour le poste « Ingénieur(e) Validation Systèmes » prévu le mardi
        24 novembre 2026 à 10:00 a été déplacé.

        Nouvelle date : jeudi 26 novembre 2026, 16:00 – 17:00 (Europe/Paris)
        Lieu : Tourelec, 18 allée Colette Duval, 37100 Tours
        Avec : Émilie Caron (RH) et Vincent Lamy (Responsable Validation)

        Notre responsable validation est retenu en recette client mardi matin, merci de votre
        compréhension. L'invitation mise à jour est jointe.

        Bien cordialement,
        Émilie Caron
        Tourelec – Ressources Humaines

        ---
        Cet e-mail a été envoyé via Recruitee.
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Recruitee//Events//EN\nMETHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-5519032@recruitee.com
        SEQUENCE:2
        DTSTAMP:20261119T084700Z
        DTSTART;TZID=Europe/Paris:20261126T160000
        DTEND;TZID=Europe/Paris:20261126T170000
        SUMMARY:Entretien Tourelec – Ingénieur(e) Validation Systèmes
        LOCATION:Tourelec\\, 18 allée Colette Duval\\, 37100 Tours
        ORGANIZER;CN=Émilie Caron:mailto:emilie.caron@tourelec.fr
        ATTENDEE;CN=Élodie Marchand;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Émilie Caron (Tourelec)", "noreply@recruitee.com"),
              "Changement d'horaire de votre entretien – Ingénieur(e) Validation Systèmes",
              "2026-11-19 09:47", PARIS, "<recruitee.5519032.1763541620@mailer.recruitee.com>",
              host="mailer.recruitee.com", ip="185.28.196.41", ident="4M0hCe7Lrw",
              extra=(("Reply-To", addr("Émilie Caron", "emilie.caron@tourelec.fr")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")),
                             calendar(ics, cte="quoted-printable", filename="invitation.ics",
                                      disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(21, family="exchange", lang="fr", interview=True, kind="cancelled",
      company="Groupe Hélivant", contact="sandrine.colas@helivant.com",
      start=utc("2026-11-19 10:00", PARIS), end=utc("2026-11-19 12:00", PARIS),
      local="Thu 2026-11-19 10:00", local_end="2026-11-19 12:00", zone=PARIS,
      note="Exchange METHOD:CANCEL 'Annulé : Entretien 2e tour' for jeudi 19 novembre 10:00-12:00 "
           "(UTC+01:00) Romance Standard Time -> 09:00-11:00Z; the post was filled internally, no new "
           "time. Contact = human organizer/sender.")
def p21():
    body = t("""
        Quand : jeudi 19 novembre 2026 10:00-12:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Bourges – site de la Chancellerie, bâtiment 4, salle Cher

        Bonjour Élodie,

        Je suis au regret d'annuler notre entretien de second tour : le poste d'ingénieur(e)
        essais radar vient d'être pourvu par une mobilité interne. Je conserve votre candidature
        et ne manquerai pas de revenir vers vous si un poste équivalent s'ouvre.

        Merci encore pour la qualité de nos échanges.

        Sandrine Colas
        Chargée de recrutement | Groupe Hélivant – Division Systèmes Terrestres
        """)
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000B1A4D2E3C6F9DC01000000000000000010000000D5F6B8",
                       "20261119T100000", "20261119T120000",
                       "Entretien 2e tour – Ingénieur(e) essais radar – É. Marchand",
                       ("Colas Sandrine", "sandrine.colas@helivant.com"), [("Élodie Marchand", ME)],
                       method="CANCEL", seq=1, stamp="20261113T093000Z",
                       location="Bourges – site de la Chancellerie\\, bâtiment 4\\, salle Cher")
    hs = base(addr("Colas Sandrine", "sandrine.colas@helivant.com"),
              "Annulé : Entretien 2e tour – Ingénieur(e) essais radar – É. Marchand",
              "2026-11-13 10:30", PARIS, "<PR3P251MB0914F1E2D3C4B5A69788A7B6C5D40@PR3P251MB0914.EURP251.PROD.OUTLOOK.COM>",
              host="mail-pr3eur04.outbound.protection.outlook.com", ip="40.107.14.99", ident="4L9bHk2Wmq",
              extra=(("Thread-Topic", enc("Entretien 2e tour – Ingénieur(e) essais radar – É. Marchand")),
                     ("Importance", "high"), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body), html(exchange_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@mail(22, family="google_calendar", lang="fr", interview=True, kind="cancelled",
      company="Quadrant Systèmes Embarqués", contact="nadia.benali@quadrant-se.fr",
      start=utc("2026-12-09 10:00", PARIS), end=utc("2026-12-09 11:00", PARIS),
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:00", zone=PARIS,
      note="Google Calendar 'Événement annulé' (FR) for 'mer. 9 déc. 2026 10:00 – 11:00 (heure normale "
           "d'Europe centrale - Paris)' -> 09:00-10:00Z; METHOD:CANCEL, no new time. Contact = human "
           "organizer.")
def p22():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Quadrant – 2e entretien avec le directeur technique (É. Marchand)
        mer. 9 déc. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)

        Message de l'organisateur :
        Bonjour Élodie, M. Lemoine est immobilisé toute la semaine prochaine, je dois annuler ce
        créneau. Je reviens vers vous dès que j'ai de la visibilité sur son agenda. Nadia

        Organisateur
        Nadia Benali
        nadia.benali@quadrant-se.fr

        Invités
        Nadia Benali - organisateur
        Luc Lemoine
        elodie.marchand@example.org

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes un invité à l'événement.
        """)
    ics = gcal_ics("7hq2c5e0m4b1ka9fv3tdl6o8np@google.com", "20261209T100000", "20261209T110000",
                   "Quadrant – 2e entretien avec le directeur technique (É. Marchand)",
                   ("Nadia Benali", "nadia.benali@quadrant-se.fr"), "20261203T075500Z", method="CANCEL", seq=2)
    hs = base(addr("Nadia Benali", "nadia.benali@quadrant-se.fr"),
              "Événement annulé : Quadrant – 2e entretien avec le directeur technique (É. Marchand) @ "
              "mer. 9 déc. 2026 10:00 - 11:00 (CET) (elodie.marchand@example.org)",
              "2026-12-03 08:55", PARIS, "<calendar-4e7d1a90-6c2b-4b3f-9e85-1d0a2f3b4c5d@google.com>",
              host="mail-sor-f72.google.com", ip="209.85.220.72", ident="4M7jDf9Ptz",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),),
              rp="3cD2rZw0KCT0def-calendar-notification@google.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(23, family="human_prose", lang="fr", interview=True, kind="cancelled",
      company="Ondine Robotics", contact="thomas@ondine-robotics.fr",
      start=utc("2026-12-09 14:00", PARIS), local="Wed 2026-12-09 14:00", zone=PARIS,
      note="Phone-written cancellation (tu, 'Envoyé de mon iPhone'): 'je dois annuler notre rdv du 09/12 à "
           "14h' (French DD/MM = 9 December), CET -> 13:00Z; the quoted acceptance repeats 'mercredi 09/12 "
           "à 14h'. Only a vague 'semaine du 14' for a new slot, so cancelled, no new time. Contact = "
           "sender.")
def p23():
    body = t("""
        Bonjour Élodie,

        Désolé de te prévenir si tard mais je dois annuler notre rdv du 09/12 à 14h, on a un
        audit client qui tombe pile ce jour là et je suis le seul à pouvoir le tenir.
        Je reviens vers toi dès que possible pour caler un autre créneau, sans doute la
        semaine du 14.

        Encore désolé,
        Thomas

        Envoyé de mon iPhone

        > Le 2 déc. 2026 à 18:31, Élodie Marchand <elodie.marchand@example.org> a écrit :
        >
        > Bonjour Thomas,
        > Parfait, je note mercredi 09/12 à 14h dans vos locaux à Vierzon. À mercredi !
        > Élodie
        """)
    hs = base(addr("Thomas Keller", "thomas@ondine-robotics.fr"), "Re: Entretien mercredi",
              "2026-12-07 07:52", PARIS, "<5C2E8F1A-7B3D-4E9C-A0D6-2F1B8C7E9A34@ondine-robotics.fr>",
              host="smtp.ondine-robotics.fr", ip="203.0.113.45", ident="4M9kEg1Qva",
              extra=(("In-Reply-To", "<b7e0c2a4-5d91-4f3e@example.org>"),
                     ("References", "<b7e0c2a4-5d91-4f3e@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, params="format=flowed; delsp=yes"))


# =========================================================================== negatives


@mail(24, family="lever_rejection", lang="en", interview=False, company="Arclight Photonics",
      note="Lever rejection after an interview 'last Thursday'; mentions an interview but schedules nothing.")
def n24():
    body = t("""
        Hi Élodie,

        Thank you for taking the time to interview with us last Thursday for the Optical Test
        Engineer role, and for the thoughtful questions you asked the team.

        After a lot of discussion we've decided to move forward with a candidate whose
        experience with fibre-laser burn-in testing more closely matches what we need right now.
        This was a difficult decision, and we'd be glad to stay in touch for future openings.

        We wish you the very best in your search.

        Kind regards,
        Fiona McLeod
        Talent, Arclight Photonics (Edinburgh)
        """)
    hs = base(addr("Arclight Photonics", "no-reply@hire.lever.co"),
              "Your application to Arclight Photonics",
              "2026-09-08 17:30", "Europe/London", "<lever.8a1f0e3c-2b4d-4e6f-9a0b-1c2d3e4f5a6b@hire.lever.co>",
              host="mail.hire.lever.co", ip="50.31.36.201", ident="4Hc8Ud2Lny",
              extra=(("Reply-To", addr("Fiona McLeod", "fiona.mcleod@arclightphotonics.co.uk")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(25, family="offer", lang="fr", interview=False, company="Berry Essais & Mesures",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-10-23")),
      note="Job offer (proposition d'embauche) with a fixed start date and time 'lundi 4 janvier 2027 à "
           "9h00' and a reply deadline; not an interview.")
def n25():
    body = t("""
        Bonjour Élodie,

        Suite à vos entretiens, j'ai le plaisir de vous confirmer notre proposition d'embauche
        pour le poste d'Ingénieure essais vibrations, en CDI, statut cadre :

          - rémunération annuelle brute : 46 500 € sur 12 mois, plus prime de fin d'année ;
          - prise de poste : lundi 4 janvier 2027 à 9h00, à l'accueil du 5 rue Maurice Roy ;
          - période d'essai : 4 mois.

        Vous trouverez la promesse d'embauche en pièce jointe. Je vous remercie de me la
        retourner signée avant le vendredi 23 octobre si elle vous convient.

        Au plaisir de vous compter parmi nous,

        Olivier Guérin
        Responsable du laboratoire vibrations
        Berry Essais & Mesures - 5 rue Maurice Roy, 18000 Bourges
        """)
    pdf = ("JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK"
           "MiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9v"
           "dCAxIDAgUj4+CiUlRU9GCg==\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Promesse_embauche_EMarchand.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Promesse_embauche_EMarchand.pdf"'),
                     ("Content-Transfer-Encoding", "base64")], pdf.replace("\n", "\r\n").encode())
    hs = base(addr("Olivier Guérin", "olivier.guerin@berry-essais.fr"),
              "Proposition d'embauche – Ingénieure essais vibrations",
              "2026-10-12 17:10", PARIS, "<DB8P191MB0612AA10C3F14E2B9A7D5C6E8F90B@DB8P191MB0612.EURP191.PROD.OUTLOOK.COM>",
              host="mail-db8eur05.outbound.protection.outlook.com", ip="40.107.20.64", ident="4K5hBe4Tou")
    return message(hs, mixed(text(body, charset="iso-8859-15"), att))


@mail(26, family="application_receipt", lang="fr", interview=False, company="Kessler Messtechnik",
      note="softgarden application receipt; says an interview may follow, no time.")
def n26():
    body = t("""
        Bonjour Madame Marchand,

        Nous vous remercions pour votre candidature au poste « Ingénieure / Ingénieur d'essais
        (f/m/d) – site de Vierzon » et pour l'intérêt que vous portez à Kessler Messtechnik.

        Votre dossier a bien été reçu et sera étudié avec attention par notre équipe. Si votre
        profil correspond à nos attentes, nous vous contacterons dans les deux prochaines
        semaines pour convenir d'un entretien.

        Vous pouvez consulter l'état de votre candidature à tout moment :
        https://kessler-messtechnik.softgarden.io/fr/applicant/status

        Cordialement,
        Votre équipe Recrutement Kessler Messtechnik GmbH

        Kessler Messtechnik GmbH · Industriestraße 14 · 71229 Leonberg · Allemagne
        """)
    hs = base(addr("Kessler Messtechnik GmbH", "noreply@softgarden.io"),
              "Votre candidature chez Kessler Messtechnik GmbH",
              "2026-09-16 11:02", PARIS, "<sg.4f2a9c0e71b3.candidate.1789549320@softgarden.io>",
              host="mail.softgarden.io", ip="185.17.107.31", ident="4Hh3Wa8Lqz",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(27, family="job_alert", lang="fr", interview=False, company=None,
      note="JOIN job alert for test-engineer roles near Bourges; 'entretiens dès la semaine prochaine' "
           "is marketing copy of one ad.")
def n27():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;background:#f6f7f9">
        <div style="max-width:600px;margin:auto;background:#fff;padding:20px">
        <h2 style="color:#2b2d42">8 nouveaux postes correspondent à votre alerte « ingénieur essais – Bourges (50 km) »</h2>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <b>Ingénieur(e) Qualification Électronique H/F</b><br>Vierzon Électronique SAS · Vierzon · CDI<br>
        <span style="color:#2a9d8f">Entretiens dès la semaine prochaine</span> – <a href="https://join.com/companies/vierzon-electronique/1450032">Voir l'offre</a></div>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <b>Technicien(ne) Essais Climatiques</b><br>Aster Labs · Bourges · CDI<br>
        <a href="https://join.com/companies/aster-labs/1450117">Voir l'offre</a></div>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <b>Test Engineer Embedded (remote FR)</b><br>Kinetra · Télétravail · CDI<br>
        <a href="https://join.com/companies/kinetra/1449985">Voir l'offre</a></div>
        <div style="padding:10px 0"><a href="https://join.com/alerts">Voir les 5 autres offres</a></div>
        <p style="font-size:11px;color:#999">Vous recevez cet e-mail parce que vous avez créé une alerte emploi sur JOIN.
        <a href="https://join.com/alerts/unsubscribe?t=Zk2">Se désabonner</a></p>
        </div></body></html>
        """)
    hs = base(addr("JOIN", "alerts@join.com"),
              "8 nouveaux postes : ingénieur essais près de Bourges",
              "2026-10-14 07:00", PARIS, "<20261014050000.alert.77102@join.com>",
              host="o3.mail.join.com", ip="149.72.210.14", ident="4K6iCf5Upv",
              extra=(("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?t=Zk2>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(28, family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Career-magazine newsletter: 'Votre entretien est confirmé mardi à 14h : et maintenant ?' is an "
           "article headline; the only date is a webinar teaser without a fixed interview.")
def n28():
    body = t("""
        LE MAG CARRIÈRES INDUSTRIE – n° 212

        À la une
        « Votre entretien est confirmé mardi à 14h : et maintenant ? »
        Les 72 heures qui précèdent un entretien dans la défense : habilitation, questions
        piège sur l'ITAR, et comment parler d'un programme classifié sans en dire trop.
        Lire l'article : https://mag-carrieres-industrie.fr/a/entretien-confirme-et-maintenant

        Aussi dans ce numéro
        - Ingénieur essais : les 7 questions techniques qu'on vous posera à coup sûr
        - Salaires 2026 dans l'aéronautique et la défense en Centre-Val de Loire
        - Webinaire gratuit mardi 10 novembre : « Négocier son salaire après l'entretien »

        Vous recevez cette lettre car vous êtes abonnée au Mag Carrières Industrie.
        Se désinscrire : https://mag-carrieres-industrie.fr/desinscription?u=8821
        """)
    hs = base(addr("Le Mag Carrières Industrie", "lettre@mag-carrieres-industrie.fr"),
              "Votre entretien est confirmé mardi à 14h : et maintenant ?",
              "2026-11-03 06:30", PARIS, "<n212.8821.20261103@mag-carrieres-industrie.fr>",
              host="mail2.sendinblue-mx.com", ip="185.107.232.5", ident="4L3dEa9Vqx",
              extra=(("List-Id", "Le Mag Carrieres Industrie <lettre.mag-carrieres-industrie.fr>"),
                     ("List-Unsubscribe", "<https://mag-carrieres-industrie.fr/desinscription?u=8821>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(29, family="scheduling_link", lang="en", interview=False, company="Kestrel Avionics",
      note="Greenhouse self-scheduling request for the second round: pick a slot via a link, no time fixed.")
def n29():
    body = t("""
        Hi Élodie,

        Thanks again for your time last week. The team would love to continue the conversation
        with a 90-minute technical panel.

        Please use the link below to select a time that works for you. Available slots are shown
        in your local time zone and are held for 72 hours.

        https://app.greenhouse.io/scheduling/self_schedule/6Jk2pQ9rT

        If none of the slots work, just reply and we'll find something else.

        Best,
        Hannah Okafor
        Talent Partner, Kestrel Avionics
        """)
    hs = base(addr("Kestrel Avionics", "no-reply@greenhouse.io"),
              "Please select your interview time: Hardware Test Engineer - Kestrel Avionics",
              "2026-09-21 15:10", "Europe/London", "<7a2e9c1d.b83f.4c2e.8d1a.0f9e8d7c6b5a@greenhouse.io>",
              host="mail233.sea81.mcsv.net", ip="198.2.133.233", ident="4Hn7Fb3Qwe",
              extra=(("Reply-To", addr("Hannah Okafor", "hannah.okafor@kestrel-avionics.co.uk")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(30, family="recruiter_outreach", lang="en", interview=False, company="Vantage Orbital",
      note="Cold outreach from an in-house recruiter with a Calendly link; no time fixed.")
def n30():
    body = t("""
        Hi Élodie,

        I came across your profile while looking for test engineers with environmental
        qualification experience (your DO-160 and MIL-STD-810 work stood out). We're building
        out our AIT team for a constellation program and the role is fully remote within the EU.

        Would you be open to a quick 20-minute chat sometime in the next couple of weeks? Feel
        free to grab any slot here: https://calendly.com/marco-vantage/20min

        Cheers,
        Marco Bellini
        Senior Technical Recruiter, Vantage Orbital
        marco.bellini@vantageorbital.com
        """)
    hs = base(addr("Marco Bellini", "marco.bellini@vantageorbital.com"),
              "Test engineering at Vantage Orbital (remote EU)?",
              "2026-10-19 16:48", "Europe/Rome", "<CAH3v0rbT5+Qm1xP8zNw7@mail.gmail.com>",
              host="mail-ej1-f47.google.com", ip="209.85.218.47", ident="4K8aDg6Vrw")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(31, family="proposal_unconfirmed", lang="fr", interview=False, company="Ligéris Électronique",
      days=(("Wed", "2026-12-02"), ("Thu", "2026-12-03")),
      note="Second-round proposal, not confirmed: 'mercredi en quinze (le 2 décembre) à 10h, ou jeudi 3 à "
           "14h ? Dites-moi'. The candidate has to choose; no confirmation in the mail.")
def n31():
    body = t("""
        Bonjour Élodie,

        Merci encore pour jeudi, l'équipe a beaucoup apprécié votre visite du labo.

        Nous aimerions organiser un second entretien avec notre directeur de site, M. Dufresne.
        Je peux vous proposer mercredi en quinze (le 2 décembre) à 10h, ou bien le jeudi 3 à
        14h. Dites-moi ce qui vous arrange le mieux et je vous envoie l'invitation.

        Bien cordialement,
        Julien Ferrand
        Responsable Essais – Ligéris Électronique
        """)
    hs = base(addr("Julien Ferrand", "julien.ferrand@ligeris.fr"), "Suite de notre rencontre – second entretien",
              "2026-11-18 12:05", PARIS, "<CAF0t7Zq9wR2eNb+P4kLm8vXy@mail.gmail.com>",
              host="mail-lj1-f171.google.com", ip="209.85.208.171", ident="4M0iDh8Kpz")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(32, family="proposal_unconfirmed", lang="en", interview=False, company="Bluestem Test Systems",
      note="Follow-up proposing a final round: 'Would Tuesday at 10 work (your time)? If not, send me two "
           "or three slots.' Proposal only, not confirmed.")
def n32():
    body = t("""
        Hi Élodie,

        Thanks for a great conversation last Thursday, Raj was impressed with your HIL sketch.

        We'd like to bring you in (virtually) for a final round with our VP Engineering. Would
        Tuesday at 10 work (your time)? If not, send me two or three slots that suit you next
        week and I'll make it happen.

        Best,
        Dana
        """)
    hs = base(addr("Dana Whitfield", "dana.whitfield@bluestemtest.com"), "Final round?",
              "2026-11-05 09:02", "America/New_York", "<BN8PR12MB33620F1E2D3C4B5A6978B8C7D6E5F@BN8PR12MB3362.namprd12.prod.outlook.com>",
              host="mail-bn8nam12.outbound.protection.outlook.com", ip="40.107.237.58", ident="4L4eFb1Wsy")
    return message(hs, text(body, cte="8bit"))


@mail(33, family="job_centre", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Unemployment-office convocation to an 'entretien de suivi' with an adviser, lundi 16 novembre "
           "à 10h30: a fixed-time 'entretien', but not a job interview.")
def n33():
    body = t("""
        Madame MARCHAND Élodie
        Identifiant : 4821907K

        Objet : Convocation à un entretien de suivi

        Madame,

        Vous êtes convoquée à un entretien de suivi de votre projet professionnel avec votre
        conseillère référente, Mme Perrin :

            le lundi 16 novembre 2026 à 10h30
            Agence Emploi Cher - Bourges Baudens, 12 rue du Pré-Doulet, 18000 Bourges

        Merci de vous munir de votre CV à jour et de la liste de vos candidatures récentes.
        Vous pouvez demander un entretien par téléphone depuis votre espace personnel.

        En cas d'absence non justifiée, votre inscription pourra être réexaminée.

        Votre agence Emploi Cher

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = base(addr("Agence Emploi Cher", "ne-pas-repondre@agence-emploi-cher.fr"),
              "Convocation : entretien de suivi le 16/11/2026",
              "2026-11-04 14:12", PARIS, "<conv.4821907K.20261104131200@agence-emploi-cher.fr>",
              host="smtp-out.agence-emploi-cher.fr", ip="192.0.2.88", ident="4L5fGc2Xtz",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(34, family="press", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Local journalist confirms a phone interview with the user for an article (jeudi 22 octobre à "
           "12h30): a confirmed 'interview', but press, not a job interview.")
def n34():
    body = t("""
        Bonjour Élodie,

        Merci d'avoir accepté de témoigner pour notre dossier « Les femmes ingénieures de
        l'industrie de défense dans le Cher ». C'est noté pour jeudi 22 octobre à 12h30 : je
        vous appellerai sur votre portable, comptez une vingtaine de minutes.

        Si possible, pourriez-vous m'envoyer une photo de vous (hors site, bien sûr) ?

        Merci encore,
        Claire Vidal
        Journaliste – Le Berry Matin, rédaction de Bourges
        07 81 22 40 13
        """)
    hs = base(addr("Claire Vidal", "c.vidal@leberrymatin.fr"), "Interview pour notre dossier – jeudi 12h30",
              "2026-10-19 18:22", PARIS, "<a0c1e2f3-4b5d-6e7f-8091-a2b3c4d5e6f7@leberrymatin.fr>",
              host="smtp.leberrymatin.fr", ip="203.0.113.71", ident="4K8bEh7Wsa")
    return message(hs, text(body, cte="8bit"))


@mail(35, family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast recording confirmed for Tuesday 10 November 6pm CET: a guest interview, not a job "
           "interview.")
def n35():
    body = t("""
        Hi Élodie,

        Brilliant, we're locked in! Recording details for Test Bench Talk, episode 87
        ("Shake, bake and break: life in an environmental test lab"):

          Tuesday, 10 November 2026, 6:00 PM CET (5:00 PM UK)
          Riverside studio: https://riverside.fm/studio/test-bench-talk?t=8e21
          Length: 50 minutes, edited down to ~35

        Please use wired headphones if you can. I'll send a few question prompts on Monday.

        Cheers,
        Owen Harcourt
        Host, Test Bench Talk
        """)
    hs = base(addr("Owen Harcourt", "owen@testbenchtalk.fm"), "Recording confirmed - Test Bench Talk ep. 87",
              "2026-11-02 20:15", "Europe/London", "<CAK9hQ2p+test-bench-87@mail.gmail.com>",
              host="mail-wm1-f50.google.com", ip="209.85.128.50", ident="4L2cDa0Uxb")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(36, family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-11-27"),),
      note="Admission interview for a part-time specialised master's programme, vendredi 27 novembre à "
           "9h40: a school admission interview, not a job interview.")
def n36():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Madame Marchand,</p>
        <p>Votre dossier de candidature au <b>Mastère Spécialisé « Systèmes embarqués critiques »</b>
        (format temps partiel, rentrée mars 2027) a retenu l'attention du jury.</p>
        <p>Nous avons le plaisir de vous convoquer à l'<b>entretien d'admission</b>&nbsp;:</p>
        <p style="margin-left:24px">vendredi 27 novembre 2026 à 9h40<br>
        Campus de Bourges, 88 boulevard Lahitolle, salle B112<br>
        Durée&nbsp;: 30 minutes (présentation de votre projet : 10 minutes)</p>
        <p>Merci de confirmer votre présence via votre espace candidat.</p>
        <p>Le service des admissions<br>
        Institut Supérieur d'Électronique du Val de Loire (ISEVL)</p>
        </body></html>
        """)
    hs = base(addr("ISEVL – Admissions", "admissions@isevl.fr"),
              "Convocation à l'entretien d'admission – MS Systèmes embarqués critiques",
              "2026-11-16 10:00", PARIS, "<adm-2027-0412.isevl@isevl.fr>",
              host="mail.isevl.fr", ip="192.0.2.140", ident="4M0jFi3Lqa")
    return message(hs, html(page, charset="iso-8859-15"))


@mail(37, family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Handball club confirms a try-out session (séance d'essai) mercredi 30 septembre à 19h30 "
           "(tu): fixed time, not a job interview.")
def n37():
    body = t("""
        Salut Élodie,

        Super que tu veuilles nous rejoindre ! Je te confirme ta séance d'essai avec l'équipe
        seniors filles mercredi 30 septembre à 19h30 au gymnase Jean Moulin (entrée côté
        parking). Prends une gourde et des chaussures de salle propres.

        Si ça te plaît, on verra pour la licence après la séance. Le certificat médical peut
        attendre la 2e semaine.

        À mercredi,
        Nico
        Entraîneur seniors F – Bourges Handball Club
        """)
    hs = base(addr("Nicolas Berthier", "nico.berthier@bourges-hbc.fr"), "Séance d'essai mercredi",
              "2026-09-27 21:40", PARIS, "<20260927214000.5a1b@bourges-hbc.fr>",
              host="smtp.free.fr", ip="212.27.42.3", ident="4Hr9Gc1Yua")
    return message(hs, text(body, cte="8bit"))


@mail(38, family="car_service", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Garage appointment confirmation (révision) samedi 10 octobre à 8h30: fixed time, not an "
           "interview.")
def n38():
    body = t("""
        Bonjour Mme Marchand,

        Votre rendez-vous atelier est confirmé.

        Date : samedi 10 octobre 2026
        Heure de dépôt : 8h30
        Véhicule : Peugeot 308 SW – FX-482-KL
        Prestation : révision 60 000 km + contrôle des freins
        Restitution estimée : 12h00

        Garage du Val d'Auron – 41 avenue de Saint-Amand, 18000 Bourges – 02 48 00 55 90

        Pour modifier ou annuler : https://rdv.garage-valdauron.fr/m/8812
        """)
    hs = base(addr("Garage du Val d'Auron", "rdv@garage-valdauron.fr"),
              "Confirmation de votre rendez-vous atelier du 10/10/2026",
              "2026-10-05 09:15", PARIS, "<rdv-8812.20261005@garage-valdauron.fr>",
              host="mail.garage-valdauron.fr", ip="192.0.2.201", ident="4K4gHd8Zvb")
    return message(hs, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(39, family="application_receipt", lang="en", interview=False, company="Valmondis Group",
      note="Taleo application acknowledgement; 'a recruiter will contact you to schedule an interview' "
           "is conditional, no time.")
def n39():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Elodie Marchand,</p>
        <p>Thank you for applying for the position <b>Systems Test Engineer - Electronic Warfare
        (Req ID 26000812)</b> at Valmondis Group.</p>
        <p>We have received your application and our recruitment team is currently reviewing it.
        If your profile matches the requirements of the position, a recruiter will contact you to
        schedule an interview. Due to the security requirements of our programmes, candidates may
        be asked to complete a pre-screening questionnaire.</p>
        <p>You can follow the status of your application in the
        <a href="https://valmondis.taleo.net/careersection/ext/mysubmissions.ftl">Candidate Home</a>.</p>
        <p>Best regards,<br>Valmondis Group Talent Acquisition</p>
        <p style="font-size:10px;color:#888">This is an automated message. Please do not reply.</p>
        </body></html>
        """)
    hs = base(addr("Valmondis Group", "noreply@taleo.net"),
              "Valmondis Group - Thank you for applying (Req ID 26000812)",
              "2026-09-10 13:44", PARIS, "<1789040640455.JavaMail.taleo@tlxprdapp12>",
              host="smtp2.taleo.net", ip="160.34.10.12", ident="4He1Xb5Mrc",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


@mail(40, family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Calendly booking of a paid mock-interview session ('Simulation d'entretien') with a career "
           "coach, jeu. 5 nov. 18:00-19:00: confirmed time, not a job interview.")
def n40():
    body = t("""
        Bonjour Élodie Marchand,

        Un nouvel événement a été planifié.

        Type d'événement :
        Simulation d'entretien – cadres de l'industrie (1 h)

        Date/heure de l'événement :
        18:00 - 19:00 (heure d'Europe centrale) jeudi 5 novembre 2026

        Lieu :
        Zoom – le lien sera envoyé par e-mail

        Invité :
        Élodie Marchand
        elodie.marchand@example.org

        Questions :
        Pour quel poste vous préparez-vous ?
        Ingénieure essais – entretien technique chez un industriel de défense

        Besoin d'apporter des modifications à cet événement ?
        Annuler : https://calendly.com/cancellations/9d2e4f6a-1b3c-4d5e-8f70-a1b2c3d4e5f6
        Reprogrammer : https://calendly.com/reschedulings/9d2e4f6a-1b3c-4d5e-8f70-a1b2c3d4e5f6

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//FR
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:9d2e4f6a-1b3c-4d5e-8f70-a1b2c3d4e5f6@calendly.com
        DTSTAMP:20261101T091000Z
        DTSTART:20261105T170000Z
        DTEND:20261105T180000Z
        SUMMARY:Simulation d'entretien – cadres de l'industrie (1 h) - Sophie Lemaire et Élodie Marchand
        ORGANIZER;CN=Sophie Lemaire:mailto:sophie@lemaire-coaching.fr
        ATTENDEE;CN=Élodie Marchand;RSVP=TRUE:mailto:elodie.marchand@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Simulation d'entretien – cadres de l'industrie (1 h) avec Sophie Lemaire le "
              "jeudi 5 novembre 2026",
              "2026-11-01 10:10", PARIS, "<8a7b6c5d4e3f.20261101091000.9d2e@calendly.com>",
              host="o1.email.calendly.com", ip="167.89.12.41", ident="4L2dEb6Wyc",
              extra=(("Reply-To", addr("Sophie Lemaire", "sophie@lemaire-coaching.fr")),),
              rp="bounces+1923455-9d2e-elodie.marchand=example.org@em.calendly.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(41, family="forwarded_other_person", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="The user's brother forwards his own interview confirmation (lundi 23 novembre à 9h) asking her "
           "to help him rehearse: a confirmed job interview, but for someone else.")
def n41():
    body = t("""
        Salut sœurette,

        Regarde ça !! J'ai décroché un entretien chez Aéroclim. Tu pourrais me faire répéter ce
        week-end ? Tu connais les questions piège mieux que moi 😅

        Lucas

        ---------- Forwarded message ---------
        De : Recrutement Aéroclim <recrutement@aeroclim.fr>
        Date: ven. 20 nov. 2026 à 11:14
        Subject: Confirmation de votre entretien – Technicien de maintenance CVC
        To: <lucas.marchand@example.com>

        Bonjour Lucas,

        Nous vous confirmons votre entretien pour le poste de Technicien de maintenance CVC
        le lundi 23 novembre à 9h dans nos locaux, 3 rue des Tanneurs, 45000 Orléans.

        Cordialement,
        Audrey Martel
        Service recrutement – Aéroclim
        """)
    hs = base(addr("Lucas Marchand", "lucas.marchand@example.com"),
              "Fwd: Confirmation de votre entretien – Technicien de maintenance CVC",
              "2026-11-20 12:31", PARIS, "<CAL8s0Qw2e+Fx9rT4nBv7mKp@mail.gmail.com>",
              host="mail-ed1-f44.google.com", ip="209.85.208.44", ident="4M1kGj0Mrd")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(42, family="auto_reply", lang="fr", interview=False, company="Orléanis Optronique",
      days=(("Mon", "2026-11-02"),),
      note="Out-of-office auto-reply from the Orléanis recruiter to the candidate's thank-you mail; quotes "
           "a return date, schedules nothing. Company = the sender's employer (judgement call).")
def n42():
    body = t("""
        Bonjour,

        Je suis absente du lundi 19 au vendredi 30 octobre inclus, sans accès à mes e-mails.
        Je serai de retour le lundi 2 novembre.

        Pour toute question concernant un entretien ou une candidature en cours, vous pouvez
        écrire à l'équipe RH (rh@orleanis-optronique.fr).

        Bien cordialement,
        Camille Besson
        """)
    hs = base(addr("Camille Besson", "camille.besson@orleanis-optronique.fr"),
              "Réponse automatique : Question sur la suite du processus",
              "2026-10-20 08:03", PARIS, "<f1e2d3c4b5a6.autoreply@orleanis-optronique.fr>",
              host="mail-pa4eur03.outbound.protection.outlook.com", ip="40.107.11.80", ident="4K8cFi4Xtc",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<e0d1c2b3@example.org>")))
    return message(hs, text(body))


@mail(43, family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Delivery-status notification: the candidate's own confirmation ('je vous confirme ma présence "
           "mardi 17 novembre à 14 h') to a mistyped address bounced; the returned message is hers. "
           "Mailer-daemon, not a confirmation from an employer.")
def n43():
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <nadia.benali@quadrant-se.com>: Host or domain name not found. Name service error
            for name=quadrant-se.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4L0fZc3Fxs
        X-Postfix-Sender: rfc822; elodie.marchand@example.org
        Arrival-Date: Tue, 10 Nov 2026 21:12:40 +0100 (CET)

        Final-Recipient: rfc822; nadia.benali@quadrant-se.com
        Original-Recipient: rfc822;nadia.benali@quadrant-se.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=quadrant-se.com type=A: Host not found
        """)
    orig_body = t("""
        Bonjour Nadia,

        Merci pour votre message. Je vous confirme ma présence mardi 17 novembre à 14 h
        dans vos locaux de la rue Watt.

        Bien cordialement,
        Élodie Marchand
        """)
    orig = message([("From", TO), ("To", addr("Nadia Benali", "nadia.benali@quadrant-se.com")),
                    ("Subject", enc("Re: Confirmation de votre entretien – Ingénieure V&V")),
                    ("Date", date("2026-11-10 21:12", PARIS)),
                    ("Message-ID", "<3e9b7a1c-20d4-4b8e-a6f1-8c2d5e0f9a11@example.org>")],
                   text(orig_body, cte="8bit"))
    report = make.multipart("report", text(human, cte="7bit"),
                            make.raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], status),
                            make.Part([("Content-Description", "Undelivered Message"),
                                       ("Content-Type", "message/rfc822")], orig),
                            params="report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("Delivered-To", ME),
          ("Received", "by mx1.example.org (Postfix)\r\n id 4L0fZd1Gyt; " + date("2026-11-10 21:12", PARIS)),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"), ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-11-10 21:12", PARIS)),
          ("Message-ID", "<20261110201241.4L0fZd1Gyt@mx1.example.org>"), ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(44, family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Mailing-list announcement of a test-engineering meetup (jeudi 19 novembre 18h30, Orléans) with "
           "a 'speed-recruiting' corner: fixed time, but an event, not a job interview.")
def n44():
    body = t("""
        Bonjour à toutes et à tous,

        Le meetup #14 « Test & Mesure Centre-Val de Loire » aura lieu :

          jeudi 19 novembre à 18h30
          Le Lab'O, 1 avenue du Champ de Mars, Orléans

        Au programme :
          18h30 - Bancs HIL pour calculateurs embarqués : retours d'expérience (Ligéris)
          19h15 - Automatiser ses essais CEM avec Python et SCPI
          20h00 - Pizzas + coin « job dating » : plusieurs entreprises de la région seront là
                  pour des échanges informels (pas d'entretien programmé, venez avec un CV)

        Inscription (gratuite mais obligatoire) : https://meetup-test-mesure-cvl.fr/14

        À bientôt,
        Guillaume, pour l'équipe d'organisation

        --
        Liste test-mesure-cvl@listes.meetup-test-mesure-cvl.fr
        Pour vous désabonner : test-mesure-cvl-unsubscribe@listes.meetup-test-mesure-cvl.fr
        """)
    hs = base(addr("Guillaume Petit via test-mesure-cvl", "test-mesure-cvl@listes.meetup-test-mesure-cvl.fr"),
              "[test-mesure-cvl] Meetup #14 – Bancs HIL, jeudi 19 novembre 18h30, Orléans",
              "2026-11-09 12:30", PARIS, "<87zf3k2m1q.fsf@meetup-test-mesure-cvl.fr>",
              host="listes.meetup-test-mesure-cvl.fr", ip="192.0.2.54", ident="4L7gHe5Ntd",
              rp="test-mesure-cvl-bounces@listes.meetup-test-mesure-cvl.fr",
              extra=(("List-Id", "Test & Mesure CVL <test-mesure-cvl.listes.meetup-test-mesure-cvl.fr>"),
                     ("List-Post", "<mailto:test-mesure-cvl@listes.meetup-test-mesure-cvl.fr>"),
                     ("List-Unsubscribe", "<mailto:test-mesure-cvl-unsubscribe@listes.meetup-test-mesure-cvl.fr>"),
                     ("Precedence", "list"), ("Sender", "test-mesure-cvl-bounces@listes.meetup-test-mesure-cvl.fr")))
    return message(hs, text(body, cte="8bit"))


@mail(45, family="flat_inspection", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Letting agency confirms the landlord's annual flat inspection (mardi 13 octobre à 14h): fixed "
           "time, not an interview.")
def n45():
    body = t("""
        Madame,

        Conformément à votre bail, nous vous confirmons la visite annuelle de votre logement
        (entretien de la chaudière et état des lieux intermédiaire) :

          mardi 13 octobre 2026 à 14h
          Résidence Les Prébendes, 7 rue Moyenne, apt. 21, 18000 Bourges

        Le technicien de la société Thermi'Cher sera accompagné de M. Aubry, de notre agence.
        Si vous ne pouvez pas être présente, merci de nous laisser un jeu de clés à l'agence.

        Cabinet Moreau Immobilier – Gestion locative
        02 48 00 31 70
        """)
    hs = base(addr("Cabinet Moreau Immobilier", "gestion@moreau-immobilier-bourges.fr"),
              "Visite annuelle de votre logement – mardi 13 octobre",
              "2026-10-06 16:25", PARIS, "<20261006162500.gl.2177@moreau-immobilier-bourges.fr>",
              host="smtp.moreau-immobilier-bourges.fr", ip="192.0.2.77", ident="4K4hIf6Sue")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(46, family="doctor_appointment", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Medical booking platform confirms an ophthalmologist appointment lundi 14 septembre à 08:40: "
           "fixed time, not an interview.")
def n46():
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#18243a">
        <div style="background:#0e5fd8;color:#fff;padding:14px;font-size:18px">Rendez-vous confirmé</div>
        <div style="padding:16px">
        <p>Bonjour Élodie,</p>
        <p>Votre rendez-vous est confirmé&nbsp;:</p>
        <p><b>lundi 14 septembre 2026 à 08:40</b><br>
        Dr Anne Roussel – Ophtalmologue<br>
        Centre médical Avaricum, 22 rue d'Auron, 18000 Bourges</p>
        <p>Motif&nbsp;: consultation de suivi<br>Pensez à apporter votre carte Vitale et vos lunettes actuelles.</p>
        <p><a href="https://www.medirdv.fr/rdv/annuler?id=5528391">Annuler ou déplacer le rendez-vous</a></p>
        <p style="font-size:11px;color:#777">MédiRdv – prise de rendez-vous médicaux en ligne</p>
        </div></body></html>
        """)
    hs = base(addr("MédiRdv", "no-reply@medirdv.fr"), "Votre rendez-vous du 14/09 avec le Dr Anne Roussel",
              "2026-09-07 19:02", PARIS, "<5528391.confirm.20260907@medirdv.fr>",
              host="mail.medirdv.fr", ip="192.0.2.19", ident="4Hb6Tc3Kmf",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


@mail(47, family="relative_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Her sister asks her to drive their nephew to his confirmed apprenticeship interview (mardi 1er "
           "décembre à 8h30): a job interview, but not hers.")
def n47():
    body = t("""
        Coucou,

        Tu pourrais emmener Noé à son entretien au CFA mardi ? C'est confirmé pour le 1er déc. à
        8h30 chez Garage Renaud à Saint-Doulchard (entretien pour l'apprentissage mécanique).
        Moi je suis de garde à l'hôpital et Fabien est en déplacement. Il faudrait passer le
        prendre vers 8h, il aura son CV imprimé 😉

        Merci merci, tu me sauves !!
        Sophie

        Envoyé de mon téléphone Samsung
        """)
    hs = base(addr("Sophie Marchand", "sophie.marchand@example.net"), "Noé mardi matin ??",
              "2026-11-26 22:14", PARIS, "<CAM5v1Zp0qR3+Tx8Lb2wN9kY@mail.gmail.com>",
              host="mail-wr1-f49.google.com", ip="209.85.221.49", ident="4M3iGf2Ove")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(48, family="work_meeting", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-08"),),
      note="Weekly test-review meeting at the user's current employer (Exchange request, recurring every "
           "Tuesday 9:00 from 8 Sep): fixed time, not an interview.")
def n48():
    body = t("""
        Quand : Se produit tous les mardi de 09:00 à 09:30 à compter du 08/09/2026 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Yèvre / Réunion Microsoft Teams

        Bonjour à tous,

        On reprend le point hebdo « revue d'essais » après l'été : avancement des campagnes,
        disponibilité des moyens (pots vibrants, enceintes climatiques), points bloquants.

        Paul

        """) + TEAMS_FR
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000C2B5E3F4D7A0DC01000000000000000010000000E6A7C9",
                       "20260908T090000", "20260908T093000", "Point hebdo – revue d'essais",
                       ("Roche Paul", "paul.roche@nerac-systemes.fr"),
                       [("Marchand Élodie", "elodie.marchand@nerac-systemes.fr"),
                        ("Gaillard Thibault", "thibault.gaillard@nerac-systemes.fr")],
                       stamp="20260904T083000Z", location="Salle Yèvre / Réunion Microsoft Teams",
                       rrule="FREQ=WEEKLY;BYDAY=TU;WKST=MO")
    hs = base(addr("Roche Paul", "paul.roche@nerac-systemes.fr"), "Point hebdo – revue d'essais",
              "2026-09-04 10:30", PARIS, "<PA4P190MB1288C1D2E3F4A5B6978899A0B1C2D@PA4P190MB1288.EURP190.PROD.OUTLOOK.COM>",
              to=addr("Marchand Élodie", "elodie.marchand@nerac-systemes.fr"),
              host="mail-pa4eur03.outbound.protection.outlook.com", ip="40.107.11.81", ident="4Ha5Sb2Jlg",
              extra=(("Resent-To", ME), ("X-MS-Exchange-Redirected", "elodie.marchand@example.org"),
                     ("Thread-Topic", enc("Point hebdo – revue d'essais")), ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), html(exchange_html(body)), calendar(ics, cte="base64")))


@mail(49, family="user_is_interviewer", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Current employer's HR asks the user to sit on the panel interviewing a technician candidate "
           "(Exchange request, mercredi 14 octobre 10:00-11:00): an interview, but she is the interviewer.")
def n49():
    body = t("""
        Quand : mercredi 14 octobre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Bâtiment 2 – salle Auron

        Bonjour Élodie, bonjour Paul,

        Merci d'avoir accepté de faire partie du jury pour le poste de Technicien(ne) essais CEM.
        Vous recevrez le candidat, M. Yanis Haddou, pour un entretien technique d'une heure.
        Son CV et la grille d'évaluation sont sur le SharePoint RH.

        Merci de me faire un retour écrit avant vendredi.

        Mélanie Ferreira
        Chargée RH – Nérac Systèmes, Bourges
        """)
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000D3C6F405E8B1DC01000000000000000010000000F7B8DA",
                       "20261014T100000", "20261014T110000", "Entretien candidat – Technicien(ne) essais CEM (jury)",
                       ("Ferreira Mélanie", "melanie.ferreira@nerac-systemes.fr"),
                       [("Marchand Élodie", "elodie.marchand@nerac-systemes.fr"),
                        ("Roche Paul", "paul.roche@nerac-systemes.fr")],
                       stamp="20261007T121500Z", location="Bâtiment 2 – salle Auron")
    hs = base(addr("Ferreira Mélanie", "melanie.ferreira@nerac-systemes.fr"),
              "Entretien candidat – Technicien(ne) essais CEM (jury)",
              "2026-10-07 14:15", PARIS, "<PA4P190MB1288D2E3F4A5B6C7089900B1C2D3E@PA4P190MB1288.EURP190.PROD.OUTLOOK.COM>",
              to=addr("Marchand Élodie", "elodie.marchand@nerac-systemes.fr"),
              host="mail-pa4eur03.outbound.protection.outlook.com", ip="40.107.11.82", ident="4K5aTc9Mph",
              extra=(("Cc", addr("Roche Paul", "paul.roche@nerac-systemes.fr")),
                     ("X-MS-Exchange-Redirected", "elodie.marchand@example.org"),
                     ("Thread-Topic", enc("Entretien candidat – Technicien(ne) essais CEM (jury)")),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), html(exchange_html(body)), calendar(ics, cte="base64")))


@mail(50, family="webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Zoom webinar registration confirmation ('Réussir son entretien technique dans la défense', "
           "17 sept. 12:30 Paris): fixed time, a webinar, not an interview.")
def n50():
    body = t("""
        Bonjour Élodie,

        Merci de vous être inscrite à « Réussir son entretien technique dans l'industrie de
        défense ».

        Date et heure : 17 sept. 2026 12:30 PM Paris
        Intervenants : Sophie Lemaire (coach carrière), Marc Olivier (ex-responsable
        recrutement, industrie de défense)

        Rejoindre depuis un PC, Mac, iPad ou appareil Android :
        Cliquez ici pour vous joindre : https://us02web.zoom.us/w/86611203344?tk=Qz9x
        Code secret : 771245

        Ajouter à l'agenda : https://us02web.zoom.us/webinar/tZ0kc-ysqjIv/ics

        Vous pouvez annuler votre inscription à tout moment.
        """)
    hs = base(addr("Sophie Lemaire Coaching", "no-reply@zoom.us"),
              "Confirmation Réussir son entretien technique dans l'industrie de défense",
              "2026-09-11 08:20", PARIS, "<zwp.86611203344.reg.7f1e@zoom.us>",
              host="mailout.zoom.us", ip="170.114.52.10", ident="4Hf2Yc7Nqi",
              extra=(("Reply-To", addr("Sophie Lemaire", "sophie@lemaire-coaching.fr")),))
    return message(hs, alt(text(body), html(gmail_html(body))))
