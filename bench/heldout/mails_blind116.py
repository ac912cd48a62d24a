"""blind116: 50 hand-written mails from the inbox of Camille Fabre, an avionics software engineer
in Toulouse (Europe/Paris), September to mid-December 2026.

Written blind (without reading the detector, its tests or any other held-out set). Each function
builds one mail; ``make.py`` does the MIME plumbing and the checks. Keys 1-23 are positives
(1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), keys 24-50 negatives; the file number of the
mail written ``key``-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import base64
import random

from make import (
    VTZ,
    Part,
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

ORDER = random.Random(1160116).sample(range(1, 51), 50)

ME = "camille.fabre@example.org"
ME_NAME = "Camille Fabre"
TO = addr(ME_NAME, ME)
MX = "mx1.example.org (Postfix)"

VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace(
    "TZID:W. Europe Standard Time", "TZID:Romance Standard Time")
VTZ_MADRID = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")


def n(key: int) -> str:
    return f"blind116_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = TO,
         relay: str = "from mail.example.net (mail.example.net [192.0.2.10])",
         extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """Common top headers: Received, From, To, Subject, Date, Message-ID, then extras."""
    return [
        ("Return-Path", "<bounce@example.net>"),
        ("Received", received(relay, when, zone, MX, ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 14:00", "Europe/London"), end=utc("2026-09-15 14:45", "Europe/London"),
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 14:45", zone="Europe/London",
      contact="priya.okafor@helixorbital.co.uk", company="Helix Orbital",
      note="Greenhouse candidate confirmation sent from the no-reply relay; time written as "
           "2:00 PM - 2:45 PM BST (London, UTC+1 in September) -> 13:00-13:45Z; the '3:00 PM in "
           "Paris' aside agrees. Contact = human Reply-To (recruiter).")
def p01() -> bytes:
    body = t("""
        Hi Camille,

        Thanks for confirming your availability. Your interview with Helix Orbital is booked:

        Role: Flight Software Engineer (Remote, Europe)
        Interview: Introductory call with the Flight Software team
        When: Tuesday, September 15, 2026, 2:00 PM - 2:45 PM BST
              (that is 3:00 PM - 3:45 PM in Paris)
        Where: Google Meet - https://meet.google.com/hxo-qpzd-kwr

        You'll be speaking with:
          Graham Doyle - Engineering Manager, Flight Software
          Priya Okafor - Technical Recruiter

        If anything comes up, simply reply to this email and it will reach Priya.

        All the best,
        The Helix Orbital Talent Team

        --
        Helix Orbital Ltd, 40 Leman Street, London E1 8EU
        Sent via Greenhouse. Privacy policy: https://www.helixorbital.co.uk/privacy
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Camille,</p>
        <p>Thanks for confirming your availability. Your interview with Helix Orbital is booked:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Role</b></td><td>Flight Software Engineer (Remote, Europe)</td></tr>
        <tr><td><b>Interview</b></td><td>Introductory call with the Flight Software team</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026, 2:00 PM - 2:45 PM BST<br>
        <span style="color:#666">(that is 3:00 PM - 3:45 PM in Paris)</span></td></tr>
        <tr><td><b>Where</b></td><td>Google Meet - <a href="https://meet.google.com/hxo-qpzd-kwr">meet.google.com/hxo-qpzd-kwr</a></td></tr>
        </table>
        <p>You'll be speaking with:<br>Graham Doyle - Engineering Manager, Flight Software<br>
        Priya Okafor - Technical Recruiter</p>
        <p>If anything comes up, simply reply to this email and it will reach Priya.</p>
        <p>All the best,<br>The Helix Orbital Talent Team</p>
        <p style="font-size:11px;color:#888">Helix Orbital Ltd, 40 Leman Street, London E1 8EU<br>
        Sent via Greenhouse. <a href="https://www.helixorbital.co.uk/privacy">Privacy policy</a></p>
        <img src="https://us.greenhouse-mail.io/o/4bd1f0c2e7.gif" width="1" height="1" alt="">
        </body></html>
    """)
    when = "2026-09-10 16:12"
    hs = head(addr("Helix Orbital", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Flight Software Engineer at Helix Orbital", when, "Europe/London",
              "<0100019cf3a1d2e4-5b1c9a7e-2f40-4c11-9d2e-8a7f6c3b1e90-000000@email.amazonses.com>",
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Priya Okafor", "priya.okafor@helixorbital.co.uk")),
                     ("X-Mailer", "Greenhouse Mailer")))
    return message(hs, alt(text(body), html(page)))


@mail(n(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-24 10:30", "Europe/Paris"), end=utc("2026-09-24 11:30", "Europe/Paris"),
      local="Thu 2026-09-24 10:30", local_end="2026-09-24 11:30", zone="Europe/Paris",
      contact="elodie.marty@garonne-systems.fr", company="Garonne Systems",
      note="Lever confirmation in French: 'jeudi 24 septembre à 10h30', 'durée : 1h' at the Toulouse "
           "office; Paris is CEST (UTC+2) -> 08:30-09:30Z. Contact = Reply-To recruiter.")
def p02() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci pour votre intérêt pour le poste d'Ingénieur·e logiciel embarqué (DO-178C) chez
        Garonne Systems. J'ai le plaisir de vous confirmer votre entretien :

          Date : jeudi 24 septembre 2026
          Heure : 10h30 (heure de Paris) - durée : 1h
          Lieu : Garonne Systems, 18 allée Émile Monso, 31300 Toulouse
                 (accueil au rez-de-chaussée, pensez à une pièce d'identité)
          Avec : Élodie Marty (Talent Acquisition) et Pierre Sanchez (responsable équipe FMS)

        Au programme : présentation de l'équipe, échange sur votre parcours puis une vingtaine de
        minutes sur un cas pratique (lecture d'un extrait de code C et d'une exigence bas niveau).

        En cas d'empêchement, répondez simplement à ce message.

        À très bientôt,
        Élodie Marty
        Talent Acquisition - Garonne Systems
    """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:1.5;color:#20242a">
        <div style="max-width:600px;margin:0 auto">
        <p>Bonjour Camille,</p>
        <p>Merci pour votre intérêt pour le poste d'Ingénieur·e logiciel embarqué (DO-178C) chez
        Garonne Systems. J'ai le plaisir de vous confirmer votre entretien&nbsp;:</p>
        <ul>
        <li><strong>Date&nbsp;:</strong> jeudi 24 septembre 2026</li>
        <li><strong>Heure&nbsp;:</strong> 10h30 (heure de Paris) - durée&nbsp;: 1h</li>
        <li><strong>Lieu&nbsp;:</strong> Garonne Systems, 18 allée Émile Monso, 31300 Toulouse
        (accueil au rez-de-chaussée, pensez à une pièce d'identité)</li>
        <li><strong>Avec&nbsp;:</strong> Élodie Marty (Talent Acquisition) et Pierre Sanchez (responsable équipe FMS)</li>
        </ul>
        <p>Au programme&nbsp;: présentation de l'équipe, échange sur votre parcours puis une vingtaine de
        minutes sur un cas pratique (lecture d'un extrait de code C et d'une exigence bas niveau).</p>
        <p>En cas d'empêchement, répondez simplement à ce message.</p>
        <p>À très bientôt,<br>Élodie Marty<br>Talent Acquisition - Garonne Systems</p>
        <p style="font-size:11px;color:#9aa0a6">Envoyé avec Lever · <a href="https://jobs.lever.co/garonne-systems">jobs.lever.co/garonne-systems</a></p>
        </div></body></html>
    """)
    when = "2026-09-21 09:40"
    hs = head(addr("Élodie Marty (Garonne Systems)", "no-reply@hire.lever.co"),
              "Confirmation de votre entretien – Garonne Systems", when, "Europe/Paris",
              "<lever.7f3c2a91-0b6e-4d8a-a1e5-36c9f0d2b7aa@hire.lever.co>",
              relay="from o7.email.lever.co (o7.email.lever.co [167.89.17.42])",
              extra=(("Reply-To", addr("Élodie Marty", "elodie.marty@garonne-systems.fr")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:00", "Europe/Paris"), end=None,
      local="Thu 2026-10-08 14:00", zone="Europe/Paris",
      contact="mathis@lagune-drones.fr", company="Lagune Drones",
      note="Startup CTO writing 'tu' on a Friday (Fri 2 Oct): 'jeudi prochain 14h' = Thu 8 Oct, "
           "14:00 CEST -> 12:00Z. '1h, 1h15 max' is not an exact length, end null. The attached .ics "
           "is an all-day placeholder on 8 Oct; the time is only in the text. Contact = sender.")
def p03() -> bytes:
    body = t("""
        Salut Camille,

        Top, merci pour ton retour rapide ! On part donc sur jeudi prochain 14h en visio, je
        t'envoie le lien Meet juste avant. On sera deux : moi et Inès, notre lead embarqué
        (elle a bossé sur les autopilotes PX4, ça devrait te parler).

        Compte 1h, 1h15 max. Pas besoin de préparer quoi que ce soit, on veut surtout discuter
        de ce que tu as fait sur le FMS et de comment tu vois la partie certif chez nous.

        Je t'ai mis un bloc dans l'agenda pour ne pas oublier.

        Bon week-end !
        Mathis

        --
        Mathis Roux - CTO, Lagune Drones
        Cap Omega, rond-point Benjamin Franklin, 34000 Montpellier
        06 71 42 88 05

        Le ven. 2 oct. 2026 à 16:31, Camille Fabre <camille.fabre@example.org> a écrit :
        > Bonjour Mathis,
        >
        > Merci pour l'échange de mardi. Pour le deuxième entretien, je suis dispo
        > mercredi après-midi ou jeudi à partir de 13h la semaine prochaine.
        >
        > Bonne fin de journée,
        > Camille
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261008
        DTEND;VALUE=DATE:20261009
        DTSTAMP:20261002T160500Z
        UID:6k9q1c3r8d0m2b4v5s7t@google.com
        SUMMARY:Camille F. x Lagune Drones (visio 14h)
        DESCRIPTION:2e entretien avec Mathis + Inès
        TRANSP:TRANSPARENT
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-10-02 18:05"
    hs = head(addr("Mathis Roux", "mathis@lagune-drones.fr"), "Re: 2e échange Lagune Drones", when,
              "Europe/Paris", "<CAF7s2kQ9mXb1pZ3e8Rr0vY4_oK7hNw5Lt6uD2jE=g@mail.gmail.com>",
              relay="from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
              extra=(("In-Reply-To", "<d41c7e2a-5f0b-4a8e-9c3d-2b6f1e0a7c54@example.org>"),
                     ("References", "<d41c7e2a-5f0b-4a8e-9c3d-2b6f1e0a7c54@example.org>")))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(gmail_html(body))),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics", cte="base64",
                                      disposition="attachment")))


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-12 15:00", "Europe/Paris"), end=utc("2026-10-12 16:00", "Europe/Paris"),
      local="Mon 2026-10-12 15:00", local_end="2026-10-12 16:00", zone="Europe/Paris",
      contact="hugo.lefevre@sequana-aero.fr", company="Sequana Aerospace",
      note="Workday notification (HTML only): 'lundi 12 octobre 2026, 15:00 - 16:00 (heure de Paris)', "
           "CEST -> 13:00-14:00Z. Sender is the Workday tenant mailbox; contact = the coordinator's "
           "address written in the body.")
def p04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7"><tr><td align="center">
        <table width="620" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td><img src="https://www.myworkday.com/sequana/img/logo.png" alt="Sequana Aerospace" height="36"></td></tr>
        <tr><td>
        <p>Bonjour Camille,</p>
        <p>Suite à votre candidature au poste <b>Ingénieur Logiciel Avionique - Commandes de Vol (R-104587)</b>,
        nous avons le plaisir de vous confirmer l'entretien suivant&nbsp;:</p>
        <p><b>Type d'entretien&nbsp;:</b> Entretien technique (Microsoft Teams)<br>
        <b>Date&nbsp;:</b> lundi 12 octobre 2026<br>
        <b>Horaire&nbsp;:</b> 15:00 - 16:00 (heure de Paris)<br>
        <b>Participants&nbsp;:</b> Aurélie Nguyen (Responsable logiciel de vol), Hugo Lefèvre (Chargé de recrutement)</p>
        <p>Le lien Teams vous sera communiqué la veille. Pour toute question, vous pouvez contacter
        Hugo Lefèvre&nbsp;: <a href="mailto:hugo.lefevre@sequana-aero.fr">hugo.lefevre@sequana-aero.fr</a>.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature depuis votre
        <a href="https://wd3.myworkdaysite.com/recruiting/sequana/Sequana_Careers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement Sequana Aerospace</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a8a8a">Ceci est un message automatique, merci de ne pas y répondre.</td></tr>
        </table></td></tr></table></body></html>
    """)
    when = "2026-10-06 11:02"
    hs = head(addr("Sequana Aerospace", "sequana@myworkday.com"),
              "Sequana Aerospace - Confirmation d'entretien", when, "Europe/Paris",
              "<1623890417.88213.1791277320455@wd3-impl-services1.myworkday.com>",
              relay="from wd3-mailout2.myworkday.com (wd3-mailout2.myworkday.com [216.30.24.11])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page))


@mail(n(5), family="outlook_exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", "Europe/Paris"), end=utc("2026-10-26 10:30", "Europe/Paris"),
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone="Europe/Paris",
      contact="sebastien.castan@volantis-avionique.fr", company="Volantis Avionique",
      note="Outlook meeting request from the hiring manager; the body only says 'À lundi !', the time "
           "is in the ICS (Romance Standard Time 09:30-10:30 on Mon 26 Oct). DST edge: sent Thu 22 Oct "
           "in CEST, France returns to CET on Sun 25 Oct, so 09:30 CET -> 08:30Z. Contact = organizer.")
def p05() -> bytes:
    body = t("""
        Bonjour Camille,

        Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien. Nous serons
        trois côté Volantis : Marion Escande (RH), Thibault Vidal (architecte logiciel) et moi-même.
        Merci de prévoir un ordinateur avec une caméra, nous partagerons un petit exercice de revue
        de code.

        À lundi !

        Sébastien Castan
        Responsable d'équipe Logiciel Embarqué - Volantis Avionique
        5 avenue Latécoère, 31700 Blagnac

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzJhMTQ2YmEtZDg3OS00ZTFj%40thread.v2/0?context=%7b%22Tid%22%3a%22c1a2%22%7d>
        ID de la réunion : 381 552 907 214
        Code secret : p7Ff3Q
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("<", "&lt;").replace(">", "&gt;").split("\n")
    ) + "</body></html>\n"
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sébastien Castan:mailto:sebastien.castan@volantis-avionique.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Fabre:mailto:camille.fabre@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marion Escande:mailto:marion.escande@volantis-avionique.fr
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thibault Vidal:mailto:thibault.vidal@volantis-avionique.fr
        DESCRIPTION;LANGUAGE=fr-FR:{desc}
        UID:040000008200E00074C5B7101A82E00800000000B0C7F1A46B62DD01000000000000000010000000A3E94C1D0F7B2A4DB87E3C51A2F96D08
        SUMMARY;LANGUAGE=fr-FR:Entretien Camille Fabre - Ingénieur logiciel embarqué
        DTSTART;TZID=Romance Standard Time:20261026T093000
        DTEND;TZID=Romance Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T152000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121730291
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
    """).replace("{desc}", desc)
    when = "2026-10-22 17:20"
    hs = head(addr("Castan Sébastien", "sebastien.castan@volantis-avionique.fr"),
              "Entretien Camille Fabre - Ingénieur logiciel embarqué", when, "Europe/Paris",
              "<PR3P192MB08742E1A5C0D4B7F9A2C81E3B56A0@PR3P192MB0874.EURP192.PROD.OUTLOOK.COM>",
              relay="from EUR05-DB8-obe.outbound.protection.outlook.com "
                    "(mail-db8eur05on2102.outbound.protection.outlook.com [40.107.20.102])",
              extra=(("Thread-Topic", enc("Entretien Camille Fabre - Ingénieur logiciel embarqué")),
                     ("Thread-Index", "AdtE3kXvYm2cQ1r7TJ6w0b9uZq4h2A=="),
                     ("Accept-Language", "fr-FR, en-US"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-28 16:00", "Europe/Paris"), end=utc("2026-10-28 16:45", "Europe/Paris"),
      local="Wed 2026-10-28 16:00", local_end="2026-10-28 16:45", zone="Europe/Paris",
      contact="dana.whitfield@northpeak.dev", company="Northpeak Flight Software",
      note="Calendly invitee confirmation: '4:00pm - 4:45pm, Wednesday, October 28, 2026 (Central "
           "European Time)'. Sent Fri 23 Oct (CEST); on 28 Oct Paris is already CET (UTC+1) while "
           "New York is still EDT until 1 Nov -> 15:00-15:45Z, ICS in UTC agrees. Contact = host "
           "(Reply-To).")
def p06() -> bytes:
    body = t("""
        Hi Camille Fabre,

        A new event has been scheduled.

        Event Type:
        Flight Software - Intro Call (45 min)

        Invitee:
        Camille Fabre

        Invitee Email:
        camille.fabre@example.org

        Event Date/Time:
        4:00pm - 4:45pm, Wednesday, October 28, 2026 (Central European Time)

        Location:
        This is a Zoom web conference.
        https://northpeak.zoom.us/j/84512096638?pwd=aU9xS1hQbnZ3Y0FvR2tYZz09

        Event Host:
        Dana Whitfield

        Questions:
        Anything you'd like us to know before the call?
        I am based in Toulouse (CET) and currently work on DO-178C Level B software.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1e9a24-35b0-4f0e-8a61-c2d4b97e51f3
        Reschedule: https://calendly.com/reschedulings/7c1e9a24-35b0-4f0e-8a61-c2d4b97e51f3

        Powered by Calendly.com
    """)
    page = t("""
        <html><body style="margin:0;padding:0;background:#ffffff">
        <div style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px;line-height:22px;max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Camille Fabre,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Flight Software - Intro Call (45 min)</p>
        <p><b>Invitee:</b><br>Camille Fabre</p>
        <p><b>Invitee Email:</b><br><a href="mailto:camille.fabre@example.org">camille.fabre@example.org</a></p>
        <p><b>Event Date/Time:</b><br>4:00pm - 4:45pm, Wednesday, October 28, 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://northpeak.zoom.us/j/84512096638?pwd=aU9xS1hQbnZ3Y0FvR2tYZz09">https://northpeak.zoom.us/j/84512096638</a></p>
        <p><b>Event Host:</b><br>Dana Whitfield</p>
        <p><b>Questions:</b><br>Anything you'd like us to know before the call?<br>
        I am based in Toulouse (CET) and currently work on DO-178C Level B software.</p>
        <p><a href="https://calendly.com/cancellations/7c1e9a24-35b0-4f0e-8a61-c2d4b97e51f3">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7c1e9a24-35b0-4f0e-8a61-c2d4b97e51f3">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261023T173004Z
        UID:7c1e9a24-35b0-4f0e-8a61-c2d4b97e51f3@calendly.com
        DTSTART:20261028T150000Z
        DTEND:20261028T154500Z
        SUMMARY:Flight Software - Intro Call (45 min) between Dana Whitfield and Camille Fabre
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@northpeak.dev
        ATTENDEE;CN=Camille Fabre;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:camille.fabre@example.org
        LOCATION:https://northpeak.zoom.us/j/84512096638
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-10-23 19:30"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "New Event: Camille Fabre - 04:00pm Wed, Oct 28, 2026 - Flight Software - Intro Call (45 min)",
              when, "Europe/Paris", "<6f2d0b5e.7a1c.4e39.b84f.0c9de1a7325f@calendly.com>",
              relay="from o1.ptr2417.calendly.com (o1.ptr2417.calendly.com [167.89.60.231])",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@northpeak.dev")),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      ctype="text/calendar", name_param=True)))


@mail(n(7), family="personio", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-05 11:00", "Europe/Madrid"), end=utc("2026-11-05 12:00", "Europe/Madrid"),
      local="Thu 2026-11-05 11:00", local_end="2026-11-05 12:00", zone="Europe/Madrid",
      contact="nuria.vidal@fabricaorbital.es", company="Fàbrica Orbital",
      note="Personio interview invitation in English from a Barcelona company: '05.11.2026, 11:00 - "
           "12:00 (Europe/Madrid)', CET in November -> 10:00-11:00Z; ICS with TZID Europe/Madrid "
           "agrees. Contact = Reply-To recruiter.")
def p07() -> bytes:
    body = t("""
        Hello Camille,

        thank you for your application for the position "Senior Embedded Software Engineer -
        Payload Computers". We would like to get to know you better and are happy to confirm the
        following appointment:

        Interview: Technical interview (on site)
        Date: 05.11.2026
        Time: 11:00 - 12:00 (Europe/Madrid)
        Location: Fàbrica Orbital, Carrer de Pere IV 122, 08005 Barcelona
        Participants: Núria Vidal (People & Talent), Jordi Serra (Head of Avionics)

        Please find the calendar invitation attached. If you need to change the appointment,
        simply reply to this email.

        Best regards
        Núria Vidal
        People & Talent | Fàbrica Orbital S.L.
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//EN
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-appointment-5531872@personio.de
        DTSTAMP:20261102T091500Z
        DTSTART;TZID=Europe/Madrid:20261105T110000
        DTEND;TZID=Europe/Madrid:20261105T120000
        SUMMARY:Technical interview - Camille Fabre - Fàbrica Orbital
        LOCATION:Carrer de Pere IV 122\\, 08005 Barcelona
        ORGANIZER;CN=Núria Vidal:mailto:nuria.vidal@fabricaorbital.es
        ATTENDEE;CN=Camille Fabre;RSVP=TRUE:mailto:camille.fabre@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-11-02 10:15"
    hs = head(addr("Fàbrica Orbital", "no-reply@personio.de"),
              "Interview invitation: Senior Embedded Software Engineer - Payload Computers", when,
              "Europe/Madrid", "<20261102091500.5531872.a7e1@mail.personio.de>",
              relay="from mail.personio.de (mail.personio.de [3.120.98.17])",
              extra=(("Reply-To", addr("Núria Vidal", "nuria.vidal@fabricaorbital.es")),))
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(8), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:30", "Europe/Paris"), end=utc("2026-11-03 11:00", "Europe/Paris"),
      local="Tue 2026-11-03 09:30", local_end="2026-11-03 11:00", zone="Europe/Paris",
      contact="anais.dufour@estuaire-systemes.fr", company="Estuaire Systèmes",
      note="Teamtailor confirmation from a Bordeaux company: 'mar. 3 nov. à 9 h 30', 'durée : 1 h 30' "
           "-> CET (UTC+1) 08:30-10:00Z; ICS with TZID Europe/Paris agrees. Contact = human Reply-To.")
def p08() -> bytes:
    body = t("""
        Bonjour Camille,

        C'est confirmé ! Voici le récapitulatif de votre entretien pour le poste
        « Ingénieur·e Logiciel Temps Réel (H/F) » :

        📅 mar. 3 nov. à 9 h 30 (heure de Paris)
        ⏱ Durée : 1 h 30
        📍 Estuaire Systèmes - 12 quai de Bacalan, 33300 Bordeaux

        Vous rencontrerez Anaïs Dufour (Chargée de recrutement) et Yann Birebent (Tech Lead).
        L'invitation est jointe à ce message pour l'ajouter à votre agenda.

        Besoin de modifier le rendez-vous ? Répondez simplement à cet e-mail.

        À mardi,
        Anaïs
        Estuaire Systèmes
    """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="background:#f6f6f6;margin:0;padding:24px 0">
        <table align="center" width="560" style="background:#fff;border-radius:8px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#1c1c1c">
        <tr><td style="padding:32px">
        <p>Bonjour Camille,</p>
        <p>C'est confirmé&nbsp;! Voici le récapitulatif de votre entretien pour le poste
        «&nbsp;Ingénieur·e Logiciel Temps Réel (H/F)&nbsp;»&nbsp;:</p>
        <p style="background:#f0f4ff;padding:12px;border-radius:6px">
        📅 <b>mar. 3 nov. à 9 h 30</b> (heure de Paris)<br>
        ⏱ Durée&nbsp;: 1 h 30<br>
        📍 Estuaire Systèmes - 12 quai de Bacalan, 33300 Bordeaux</p>
        <p>Vous rencontrerez Anaïs Dufour (Chargée de recrutement) et Yann Birebent (Tech Lead).
        L'invitation est jointe à ce message pour l'ajouter à votre agenda.</p>
        <p>Besoin de modifier le rendez-vous&nbsp;? Répondez simplement à cet e-mail.</p>
        <p>À mardi,<br>Anaïs<br>Estuaire Systèmes</p>
        </td></tr>
        <tr><td style="padding:0 32px 24px;font-size:11px;color:#999">Propulsé par Teamtailor</td></tr>
        </table></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//FR
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-90412377@teamtailor.com
        DTSTAMP:20261027T133000Z
        DTSTART;TZID=Europe/Paris:20261103T093000
        DTEND;TZID=Europe/Paris:20261103T110000
        SUMMARY:Entretien - Estuaire Systèmes
        LOCATION:12 quai de Bacalan\\, 33300 Bordeaux
        ORGANIZER;CN=Anaïs Dufour:mailto:anais.dufour@estuaire-systemes.fr
        ATTENDEE;CN=Camille Fabre;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.fabre@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-10-27 14:30"
    hs = head(addr("Estuaire Systèmes", "no-reply@teamtailor-mail.com"),
              "Votre entretien avec Estuaire Systèmes est confirmé", when, "Europe/Paris",
              "<tt.3e9b7f24c1d8a605.1793107800@teamtailor-mail.com>",
              relay="from mta-241.teamtailor-mail.com (mta-241.teamtailor-mail.com [198.2.133.241])",
              extra=(("Reply-To", addr("Anaïs Dufour", "anais.dufour@estuaire-systemes.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(9), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-17 14:00", "Europe/Paris"), end=utc("2026-11-17 15:00", "Europe/Paris"),
      local="Tue 2026-11-17 14:00", local_end="2026-11-17 15:00", zone="Europe/Paris",
      contact="laure.etcheverry@pyrene-aero.fr", company="Pyrène Aéro",
      note="Google Calendar invitation in French: 'mar. 17 nov. 2026 14:00 - 15:00 (heure normale "
           "d'Europe centrale - Paris)' -> CET (UTC+1) 13:00-14:00Z; ICS TZID Europe/Paris agrees. "
           "Contact = organizer (hiring manager, also the From name).")
def p09() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien technique - Camille Fabre / Pyrène Aéro
        Quand
        mar. 17 nov. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)

        Participer avec Google Meet
        meet.google.com/pyr-tkxw-bqe

        Lieu
        Pyrène Aéro - Technopole Hélioparc, 2 avenue Pierre Angot, 64000 Pau, France

        Invités
        Laure Etcheverry - organisateur
        camille.fabre@example.org
        Julien Lartigau
        Afficher tous les détails de l'invité

        Bonjour Camille, comme convenu : 1 h avec Julien (chef de projet calculateurs) et moi, sur place
        si vous pouvez venir à Pau, sinon via le lien Meet. Bonne route !

        Participer : oui - peut-être - non    Plus d'options
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NmRtM2Z0&rst=1

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        notifications pour cet événement, refusez-le.
    """)
    page = t("""
        <html><body>
        <div itemscope itemtype="http://schema.org/InformAction">
        <table style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043" cellpadding="0" cellspacing="0">
        <tr><td><h2 style="font-size:20px;font-weight:400;color:#202124">Entretien technique - Camille Fabre / Pyrène Aéro</h2></td></tr>
        <tr><td><b>Quand</b><br>mar. 17 nov. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)</td></tr>
        <tr><td><a href="https://meet.google.com/pyr-tkxw-bqe">Participer avec Google Meet</a></td></tr>
        <tr><td><b>Lieu</b><br>Pyrène Aéro - Technopole Hélioparc, 2 avenue Pierre Angot, 64000 Pau, France</td></tr>
        <tr><td><b>Invités</b><br>Laure Etcheverry - organisateur<br>camille.fabre@example.org<br>Julien Lartigau</td></tr>
        <tr><td><p>Bonjour Camille, comme convenu&nbsp;: 1 h avec Julien (chef de projet calculateurs) et moi, sur place
        si vous pouvez venir à Pau, sinon via le lien Meet. Bonne route&nbsp;!</p></td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitation de Google Agenda<br>Vous recevez cet e-mail, car vous êtes invité à cet événement.</td></tr>
        </table></div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261117T140000
        DTEND;TZID=Europe/Paris:20261117T150000
        DTSTAMP:20261109T140000Z
        ORGANIZER;CN=Laure Etcheverry:mailto:laure.etcheverry@pyrene-aero.fr
        UID:3qv8m1t0h6k2c9d4e7b5a1n0p2@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laure Etcheverry;X-NUM-GUESTS=0:mailto:laure.etcheverry@pyrene-aero.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.fabre@example.org;X-NUM-GUESTS=0:mailto:camille.fabre@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julien Lartigau;X-NUM-GUESTS=0:mailto:julien.lartigau@pyrene-aero.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/pyr-tkxw-bqe
        CREATED:20261109T135812Z
        DESCRIPTION:Bonjour Camille\\, comme convenu : 1 h avec Julien (chef de projet calculateurs) et moi\\, sur place si vous pouvez venir à Pau\\, sinon via le lien Meet.
        LAST-MODIFIED:20261109T140000Z
        LOCATION:Pyrène Aéro - Technopole Hélioparc\\, 2 avenue Pierre Angot\\, 64000 Pau\\, France
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien technique - Camille Fabre / Pyrène Aéro
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-11-09 15:00"
    hs = head(addr("Laure Etcheverry", "laure.etcheverry@pyrene-aero.fr"),
              "Invitation: Entretien technique - Camille Fabre / Pyrène Aéro @ mar. 17 nov. 2026 "
              "14:00 - 15:00 (CET) (camille.fabre@example.org)", when, "Europe/Paris",
              "<calendar-6f1b0e93-2d7c-4a58-b1e4-90c3d8a7f215@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", addr("Google Agenda", "calendar-notification@google.com")),
                     ("Reply-To", addr("Laure Etcheverry", "laure.etcheverry@pyrene-aero.fr"))))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64"),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-30 17:30", "Europe/Paris"), end=utc("2026-09-30 18:00", "Europe/Paris"),
      local="Wed 2026-09-30 17:30", local_end="2026-09-30 18:00", zone="Europe/Paris",
      contact="thomas.girard@lumenflight.com", company="Lumen Flight",
      note="SmartRecruiters interview confirmation: 'Wednesday, September 30, 2026 at 5:30 PM CEST', "
           "'Duration: 30 minutes' -> 15:30-16:00Z. Contact = Reply-To recruiter.")
def p10() -> bytes:
    body = t("""
        Dear Camille,

        Your interview has been confirmed. Here are the details:

        Position: Embedded Software Engineer - Flight Controls (Paris)
        Interview type: Video call (Microsoft Teams)
        Date and time: Wednesday, September 30, 2026 at 5:30 PM CEST
        Duration: 30 minutes
        Interviewer: Thomas Girard, Senior Talent Partner

        A Teams link will be sent by the interviewer before the call.

        Good luck!
        Lumen Flight Talent Acquisition

        This email was sent to camille.fabre@example.org by Lumen Flight via SmartRecruiters.
        Manage your notification preferences: https://my.smartrecruiters.com/settings
    """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:600px">
        <p>Dear Camille,</p>
        <p>Your interview has been confirmed. Here are the details:</p>
        <table style="font-size:14px">
        <tr><td style="color:#777">Position</td><td>Embedded Software Engineer - Flight Controls (Paris)</td></tr>
        <tr><td style="color:#777">Interview type</td><td>Video call (Microsoft Teams)</td></tr>
        <tr><td style="color:#777">Date and time</td><td><b>Wednesday, September 30, 2026 at 5:30 PM CEST</b></td></tr>
        <tr><td style="color:#777">Duration</td><td>30 minutes</td></tr>
        <tr><td style="color:#777">Interviewer</td><td>Thomas Girard, Senior Talent Partner</td></tr>
        </table>
        <p>A Teams link will be sent by the interviewer before the call.</p>
        <p>Good luck!<br>Lumen Flight Talent Acquisition</p>
        <p style="font-size:11px;color:#999">This email was sent to camille.fabre@example.org by Lumen Flight via SmartRecruiters.</p>
        </div></body></html>
    """)
    when = "2026-09-28 09:05"
    hs = head(addr("Lumen Flight", "noreply@smartrecruiters.com"),
              "Interview confirmed - Embedded Software Engineer - Flight Controls (Paris)", when,
              "Europe/Paris", "<sr.int.2f9c61d0a8e44b37@smartrecruiters.com>",
              relay="from mail-out-07.smartrecruiters.com (mail-out-07.smartrecruiters.com [52.28.12.201])",
              extra=(("Reply-To", addr("Thomas Girard", "thomas.girard@lumenflight.com")),))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(n(11), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 15:00", "Europe/Paris"), end=utc("2026-11-12 17:30", "Europe/Paris"),
      local="Thu 2026-11-12 15:00", local_end="2026-11-12 17:30", zone="Europe/Paris",
      contact="jenna.morales@brightwateravionics.com", company="Brightwater Avionics",
      note="GoodTime virtual onsite, three sessions shown in the candidate's zone (CET, UTC+1): "
           "3:00 PM first start to 5:30 PM last end -> 14:00-16:30Z; the Eastern times in brackets "
           "(9:00-11:30 AM EST, the US left daylight time on 1 Nov) agree. Contact = Reply-To.")
def p11() -> bytes:
    body = t("""
        Hi Camille,

        Great news - your virtual onsite with Brightwater Avionics is confirmed for
        Thursday, November 12, 2026. All times below are shown in your time zone
        (Central European Time); your interviewers are in Boston (Eastern Time).

        3:00 PM - 3:45 PM CET   (9:00 AM - 9:45 AM EST)
            Systems Design - Marcus Lee, Principal Engineer
        4:00 PM - 4:45 PM CET   (10:00 AM - 10:45 AM EST)
            Embedded Coding (C / RTOS) - Aisha Rahman, Staff Software Engineer
        5:00 PM - 5:30 PM CET   (11:00 AM - 11:30 AM EST)
            Hiring Manager Conversation - Owen Park, Director of Flight Software

        All sessions use the same Zoom room:
        https://brightwateravionics.zoom.us/j/93120558471

        Please make sure you have a quiet space and a working webcam. If you need to
        reschedule, reply to this email and Jenna will help.

        Thanks,
        Jenna Morales
        Recruiting Coordinator, Brightwater Avionics

        Scheduled with GoodTime
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Camille,</p>
        <p>Great news - your virtual onsite with Brightwater Avionics is confirmed for
        <b>Thursday, November 12, 2026</b>. All times below are shown in your time zone
        (Central European Time); your interviewers are in Boston (Eastern Time).</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td>3:00 PM - 3:45 PM CET<br><span style="color:#888">9:00 AM - 9:45 AM EST</span></td><td>Systems Design - Marcus Lee, Principal Engineer</td></tr>
        <tr><td>4:00 PM - 4:45 PM CET<br><span style="color:#888">10:00 AM - 10:45 AM EST</span></td><td>Embedded Coding (C / RTOS) - Aisha Rahman, Staff Software Engineer</td></tr>
        <tr><td>5:00 PM - 5:30 PM CET<br><span style="color:#888">11:00 AM - 11:30 AM EST</span></td><td>Hiring Manager Conversation - Owen Park, Director of Flight Software</td></tr>
        </table>
        <p>All sessions use the same Zoom room:
        <a href="https://brightwateravionics.zoom.us/j/93120558471">https://brightwateravionics.zoom.us/j/93120558471</a></p>
        <p>Please make sure you have a quiet space and a working webcam. If you need to
        reschedule, reply to this email and Jenna will help.</p>
        <p>Thanks,<br>Jenna Morales<br>Recruiting Coordinator, Brightwater Avionics</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
    """)
    when = "2026-11-06 20:10"
    hs = head(addr("Brightwater Avionics Recruiting", "scheduling@goodtime.io"),
              "Your Virtual Onsite with Brightwater Avionics - Thursday, November 12", when, "Europe/Paris",
              "<20261106191012.1f7a3c.goodtime@goodtime.io>",
              relay="from mail-a.goodtime.io (mail-a.goodtime.io [149.72.44.18])",
              extra=(("Reply-To", addr("Jenna Morales", "jenna.morales@brightwateravionics.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(12), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", "Europe/Paris"), end=utc("2026-09-10 14:45", "Europe/Paris"),
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone="Europe/Paris",
      contact=None, company="Occitalis Conseil",
      note="Microsoft Bookings confirmation. The zone label reads '(UTC+01:00) Bruxelles, Copenhague, "
           "Madrid, Paris' (standard offset) but 10 Sep is CEST, so 14:00 -> 12:00Z; 45 min -> 12:45Z; "
           "the ICS (Romance Standard Time) agrees. Only a Bookings mailbox and a staff first name: "
           "contact null.")
def p12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;font-weight:600;padding-bottom:12px">Votre rendez-vous est confirmé</div>
        <div>Bonjour Camille Fabre,</div>
        <div>&nbsp;</div>
        <div>Merci d'avoir réservé un créneau avec Occitalis Conseil. Voici les détails de votre rendez-vous.</div>
        <div>&nbsp;</div>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de recrutement - Ingénieur Systèmes Embarqués</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>jeudi 10 septembre 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>14:00 - 14:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Julie</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Occitalis Conseil, 9 rue Paul Mesplé, 31100 Toulouse</td></tr>
        </table>
        <div>&nbsp;</div>
        <div><a href="https://outlook.office365.com/owa/calendar/RecrutementOccitalis@occitalis-conseil.fr/bookings/">Gérer la réservation</a></div>
        <div>&nbsp;</div>
        <div style="color:#605e5c;font-size:12px">Occitalis Conseil - Ingénierie et conseil aéronautique<br>
        Ce message a été envoyé par Microsoft Bookings.</div>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Occitalis Recrutement:mailto:RecrutementOccitalis@occitalis-conseil.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Fabre:mailto:camille.fabre@example.org
        UID:040000008200E00074C5B7101A82E00800000000D4A91E3F5F3BDD01000000000000000010000000E21B7C40A9D1E24C9A0F6B8E3D7C1A55
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Ingénieur Systèmes Embarqués
        DTSTART;TZID=Romance Standard Time:20260910T140000
        DTEND;TZID=Romance Standard Time:20260910T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260908T093000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Occitalis Conseil\\, 9 rue Paul Mesplé\\, 31100 Toulouse
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:TRUE
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-09-08 11:30"
    hs = head(addr("Occitalis Recrutement", "RecrutementOccitalis@occitalis-conseil.fr"),
              "Réservation confirmée : Entretien de recrutement - Ingénieur Systèmes Embarqués", when,
              "Europe/Paris", "<AM0PR06MB4817C3A9E1F2B04D7A18C2E9B4F70@AM0PR06MB4817.eurprd06.prod.outlook.com>",
              relay="from EUR02-AM0-obe.outbound.protection.outlook.com "
                    "(mail-am0eur02on2071.outbound.protection.outlook.com [40.107.8.71])",
              extra=(("Content-Language", "fr-FR"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 09:00", "Pacific/Auckland"), end=utc("2026-12-01 09:45", "Pacific/Auckland"),
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 09:45", zone="Pacific/Auckland",
      contact="hemi.walker@kowhaiaero.co.nz", company="Kōwhai Aerospace",
      note="Recruiter in Auckland with a pasted Zoom invitation: 'Dec 1, 2026 09:00 AM Auckland, "
           "Wellington' (NZDT, UTC+13) = Mon 30 Nov 20:00Z, i.e. the evening before in UTC and in "
           "Toulouse (21:00 CET, as the mail says). '45 minutes' exact -> 20:45Z. Sent Thu 26 Nov "
           "10:00 NZDT (Wed 25 Nov in UTC). Contact = sender.")
def p13() -> bytes:
    body = t("""
        Kia ora Camille,

        Lovely to chat on LinkedIn. As promised, here are the details for your first interview
        with our Guidance, Navigation & Control software team. We've kept it to 45 minutes given
        the late hour on your side - 9:00am Tuesday here is 9:00pm on Monday evening for you in
        Toulouse. Thanks for being flexible!

        You'll meet Ben Tuhiwai (GNC Software Lead) and me.

        Hemi Walker is inviting you to a scheduled Zoom meeting.

        Topic: Kowhai Aerospace - Camille Fabre - GNC Software Interview
        Time: Dec 1, 2026 09:00 AM Auckland, Wellington

        Join Zoom Meeting
        https://kowhaiaero.zoom.us/j/81734402951?pwd=Rk1JcDhnUXh6dTJ2bVpWQT09

        Meeting ID: 817 3440 2951
        Passcode: 551902

        ---

        One tap mobile
        +6493884778,,81734402951#,,,,*551902# New Zealand
        +33170379729,,81734402951#,,,,*551902# France

        Ngā mihi,
        Hemi Walker
        Talent Partner | Kōwhai Aerospace
        Level 3, 12 Madden Street, Wynyard Quarter, Auckland 1010
        hemi.walker@kowhaiaero.co.nz
    """)
    when = "2026-11-26 10:00"
    hs = head(addr("Hemi Walker", "hemi.walker@kowhaiaero.co.nz"),
              "Interview with Kōwhai Aerospace - Tue 1 Dec (NZ time)", when, "Pacific/Auckland",
              "<SY4P282MB2190B1A7E34C5F8D91A2C4E7D6B30@SY4P282MB2190.AUSP282.PROD.OUTLOOK.COM>",
              relay="from AUS01-SY4-obe.outbound.protection.outlook.com "
                    "(mail-sy4aus01on2113.outbound.protection.outlook.com [40.107.107.113])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(14), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-15 11:00", "Europe/Paris"), end=None,
      local="Thu 2026-10-15 11:00", zone="Europe/Paris",
      contact="o.marchand@vauban-talents.fr", company="Lutèce Navigation",
      note="Agency recruiter replying from her phone at 07:52 on Wed 14 Oct: 'c'est calé pour demain "
           "11h' = Thu 15 Oct 11:00 CEST -> 09:00Z, no length. Company = the client that hires "
           "(Lutèce Navigation), contact = the agency recruiter who sent it.")
def p14() -> bytes:
    body = t("""
        Bonjour Camille,

        Parfait c'est calé pour demain 11h avec M. Besson chez Lutèce Navigation, 47 rue
        Leblanc Paris 15e (métro Balard). Demandez Mme Roussel à l'accueil, elle vous
        accompagnera.
        Je vous appelle après pour le debrief. Bon courage !!

        Olivia Marchand
        Vauban Talents - 06 12 58 40 73

        Envoyé de mon iPhone

        > Le 13 oct. 2026 à 21:18, Camille Fabre <camille.fabre@example.org> a écrit :
        >
        > Bonsoir Olivia,
        > Je confirme ma disponibilité pour jeudi en fin de matinée, j'ai pris mon train
        > pour Paris. Pouvez-vous me redonner l'adresse exacte ?
        > Merci,
        > Camille
    """)
    when = "2026-10-14 07:52"
    hs = head(addr("Olivia Marchand", "o.marchand@vauban-talents.fr"), "Re: Lutèce Navigation - jeudi",
              when, "Europe/Paris", "<4C7E1F0A-93B2-4D6C-8A15-E2F07B9C3D41@vauban-talents.fr>",
              relay="from smtp.vauban-talents.fr (smtp.vauban-talents.fr [198.51.100.44])",
              extra=(("In-Reply-To", "<a0c35e71-2b94-4f18-8e6d-71f94b2c0d33@example.org>"),
                     ("X-Mailer", "iPhone Mail (22H124)")))
    return message(hs, text(body, cte="8bit", params="format=flowed; delsp=yes"))


@mail(n(15), family="forward_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 16:30", "Europe/Paris"), end=None,
      local="Thu 2026-11-19 16:30", zone="Europe/Paris",
      contact="romain.lacoste@medoc-dynamics.fr", company="Médoc Dynamics",
      note="Camille forwards to herself (example.net -> example.org) the hiring manager's mail as an "
           "attached message/rfc822: 'jeudi 19/11 à 16h30' in Mérignac, CET -> 15:30Z. Contact = the "
           "hiring manager in the forwarded message (never the candidate).")
def p15() -> bytes:
    inner_body = t("""
        Bonjour Camille,

        Suite à notre échange téléphonique, je vous confirme notre rendez-vous jeudi 19/11 à 16h30
        dans nos locaux de Mérignac (11 avenue de l'Argonne, bâtiment B, 2e étage). Nous ferons le
        point sur votre expérience DO-178C puis je vous présenterai l'équipe banc d'essais.

        Le parking visiteurs est à droite après la barrière, donnez mon nom à l'interphone.

        Bien cordialement,

        Romain Lacoste
        Responsable Logiciel Bancs & Outils
        Médoc Dynamics
        05 56 12 44 90
    """)
    inner = message([
        ("From", addr("Romain Lacoste", "romain.lacoste@medoc-dynamics.fr", "iso-8859-15")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", enc("Rendez-vous jeudi 19/11 - Médoc Dynamics", "iso-8859-15")),
        ("Date", date("2026-11-13 17:45", "Europe/Paris")),
        ("Message-ID", "<5e1f0a9c-3b7d-4c28-b6e1-0f9a2d84c317@medoc-dynamics.fr>"),
    ], text(inner_body, charset="iso-8859-15"))
    note = t("""
        pour ne pas oublier -> mettre dans l'agenda + imprimer le plan
        penser au dossier de certif (SAS/SCI du projet FMS)
    """)
    when = "2026-11-14 10:12"
    hs = head(addr(ME_NAME, "camille.fabre@example.net"), "Fwd: Rendez-vous jeudi 19/11 - Médoc Dynamics",
              when, "Europe/Paris", "<b71e2c04-8f3a-4d95-a6c1-3e0d9f72b58a@example.net>",
              relay="from smtp.example.net (smtp.example.net [192.0.2.25])",
              extra=(("X-Forwarded-Message-Id", "<5e1f0a9c-3b7d-4c28-b6e1-0f9a2d84c317@medoc-dynamics.fr>"),))
    return message(hs, mixed(text(note, cte="8bit"),
                             attached_message(inner, "Rendez-vous jeudi 19-11 - Medoc Dynamics.eml")))


@mail(n(16), family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-02 10:00", "Europe/Paris"), end=utc("2026-12-02 10:45", "Europe/Paris"),
      local="Wed 2026-12-02 10:00", local_end="2026-12-02 10:45", zone="Europe/Paris",
      contact="claire.bonnet@cevennes-embedded.fr", company="Cévennes Embedded",
      note="Workable interview invitation: 'mercredi 2 décembre à 10h00 (heure de Paris)', 45 minutes "
           "-> CET 09:00-09:45Z; ICS agrees. Reply-To and ORGANIZER are Workable relay addresses, "
           "not a person: contact = the hiring manager's address in the signature.")
def p16() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci d'avoir choisi un créneau. Votre entretien pour le poste « Développeur·se C/C++
        Systèmes Embarqués - Montpellier » est confirmé :

        Quand : mercredi 2 décembre à 10h00 (heure de Paris), 45 minutes
        Où : visioconférence Google Meet - https://meet.google.com/cev-ahqz-rmo

        Vous échangerez avec Claire Bonnet, responsable de l'équipe logiciel. Si vous avez une
        question sur le poste, vous pouvez aussi lui écrire directement :
        claire.bonnet@cevennes-embedded.fr

        Bonne journée,
        L'équipe Cévennes Embedded

        --
        Envoyé via Workable - Vous avez postulé via notre page carrières.
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ev-4f8a1c92e6@workable.com
        DTSTAMP:20261130T092000Z
        DTSTART:20261202T090000Z
        DTEND:20261202T094500Z
        SUMMARY:Entretien : Camille Fabre - Développeur·se C/C++ Systèmes Embarqués
        ORGANIZER;CN=Cévennes Embedded:mailto:cevennes-embedded+e7c1b29a@candidates.workablemail.com
        ATTENDEE;CN=Camille Fabre;RSVP=TRUE:mailto:camille.fabre@example.org
        LOCATION:https://meet.google.com/cev-ahqz-rmo
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-11-30 10:20"
    hs = head(addr("Cévennes Embedded", "noreply@candidates.workablemail.com"),
              "Entretien confirmé : Développeur·se C/C++ Systèmes Embarqués - Montpellier", when,
              "Europe/Paris", "<20261130092003.8a41c9e2@candidates.workablemail.com>",
              relay="from mail193-20.workablemail.com (mail193-20.workablemail.com [198.2.193.20])",
              extra=(("Reply-To", addr("Cévennes Embedded",
                                       "cevennes-embedded+e7c1b29a@candidates.workablemail.com")),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-02 10:00", "Europe/London"), end=utc("2026-10-02 11:30", "Europe/London"),
      local="Fri 2026-10-02 10:00", local_end="2026-10-02 11:30", zone="Europe/London",
      contact="priya.okafor@helixorbital.co.uk", company="Helix Orbital",
      note="Recruiter moves the panel from Thursday 1 October 2pm BST to Friday 2 October 10am BST "
           "(11am Paris), 90 minutes: new time labelled, BST (UTC+1) -> 09:00-10:30Z. Contact = sender. "
           "Same thread as the Greenhouse confirmation of the first call.")
def p17() -> bytes:
    body = t("""
        Hi Camille,

        Apologies for the shuffle - Tom has to fly to our Glasgow site on Thursday, so we need to
        move your panel interview.

        Old slot: Thursday 1 October, 2:00pm BST
        New slot: Friday 2 October, 10:00am - 11:30am BST (11:00am - 12:30pm for you in Toulouse)

        Still 90 minutes on Teams, same link as in the invite you have. Graham and Tom will do the
        first hour on architecture and the last 30 minutes are with our CTO, Fiona.

        I've already moved the calendar invite. Shout if Friday doesn't work.

        Best,
        Priya

        Priya Okafor | Technical Recruiter | Helix Orbital
        +44 20 7946 0831

        -----Original Message-----
        From: Priya Okafor <priya.okafor@helixorbital.co.uk>
        Sent: 22 September 2026 11:05
        To: Camille Fabre <camille.fabre@example.org>
        Subject: Helix Orbital - panel interview

        Hi Camille, great feedback from Graham! We'd love you to come back for the panel on
        Thursday 1 October at 2pm BST. I'll send the Teams invite shortly.
    """)
    when = "2026-09-28 17:40"
    hs = head(addr("Priya Okafor", "priya.okafor@helixorbital.co.uk"),
              "RE: Helix Orbital - panel interview (new time)", when, "Europe/London",
              "<LO2P265MB5311F0A7C9D3E21B64A8F9C07D2E1@LO2P265MB5311.GBRP265.PROD.OUTLOOK.COM>",
              relay="from GBR01-LO2-obe.outbound.protection.outlook.com "
                    "(mail-lo2gbr01on2120.outbound.protection.outlook.com [40.107.10.120])",
              extra=(("Thread-Topic", "Helix Orbital - panel interview"),
                     ("Importance", "high")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(18), family="outlook_exchange", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-25 10:00", "Europe/Paris"), end=utc("2026-11-25 11:00", "Europe/Paris"),
      local="Wed 2026-11-25 10:00", local_end="2026-11-25 11:00", zone="Europe/Paris",
      contact="nadia.benali@sextant-logiciel.fr", company="Sextant Logiciel",
      note="Outlook meeting update (SEQUENCE 1): from 'mardi 24 novembre 14:00' to 'mercredi 25 novembre "
           "2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin...' (W. Europe Standard Time, CET in "
           "November) -> 09:00-10:00Z, ICS agrees. Contact = organizer (recruiter).")
def p18() -> bytes:
    body = t("""
        Quand : mercredi 25 novembre 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Sextant Logiciel - 3 rue Tarfaya, 31400 Toulouse - salle Ader

        *~*~*~*~*~*~*~*~*~*

        Bonjour Camille,

        Un imprévu côté équipe : M. Pujol est en audit client mardi après-midi. Nous déplaçons donc
        votre entretien du mardi 24 novembre 14:00 au mercredi 25 novembre 10:00, même lieu, même
        durée (1 h). Merci d'accepter la nouvelle invitation si cela vous convient.

        Toutes nos excuses pour ce changement.

        Nadia Benali
        Chargée de recrutement - Sextant Logiciel
        05 61 44 27 18
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nadia Benali:mailto:nadia.benali@sextant-logiciel.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Fabre:mailto:camille.fabre@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pujol Laurent:mailto:laurent.pujol@sextant-logiciel.fr
        UID:040000008200E00074C5B7101A82E00800000000F2C8A0E19A7EDD01000000000000000010000000C6B1E92A7D034F4E8B1A0C5F9E2D7B33
        SUMMARY;LANGUAGE=fr-FR:Entretien - Camille Fabre - Ingénieur logiciel embarqué
        DTSTART;TZID=W. Europe Standard Time:20261125T100000
        DTEND;TZID=W. Europe Standard Time:20261125T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261120T081500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Sextant Logiciel - 3 rue Tarfaya\\, 31400 Toulouse - salle Ader
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTSEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-11-20 09:15"
    hs = head(addr("Nadia Benali", "nadia.benali@sextant-logiciel.fr"),
              "Mis à jour : Entretien - Camille Fabre - Ingénieur logiciel embarqué", when, "Europe/Paris",
              "<DB9PR02MB7163A8E0C41F2D95B7E3A16C0F8D2@DB9PR02MB7163.eurprd02.prod.outlook.com>",
              relay="from EUR03-DBA-obe.outbound.protection.outlook.com "
                    "(mail-dbaeur03on2109.outbound.protection.outlook.com [40.107.104.109])",
              extra=(("Thread-Topic", enc("Entretien - Camille Fabre - Ingénieur logiciel embarqué")),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(19), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-07 14:00", "Europe/Paris"), end=utc("2026-12-07 15:00", "Europe/Paris"),
      local="Mon 2026-12-07 14:00", local_end="2026-12-07 15:00", zone="Europe/Paris",
      contact="megan.hart@corvaneaero.com", company="Corvane Aerospace",
      note="iCIMS reschedule notice (windows-1252): previous 'Thursday, December 3, 2026 10:00 AM', "
           "new 'Monday, December 7, 2026, 2:00 PM - 3:00 PM (GMT+01:00) Paris' -> 13:00-14:00Z. "
           "Sender is the iCIMS tenant address; contact = recruiter address in the body.")
def p19() -> bytes:
    body = t("""
        Dear Camille,

        Your interview for Requisition 2026-4471 - Software Verification Engineer (Toulouse) has
        been rescheduled at the request of the hiring team.

        Previous date/time: Thursday, December 3, 2026 10:00 AM (GMT+01:00) Paris
        New date/time:      Monday, December 7, 2026, 2:00 PM – 3:00 PM (GMT+01:00) Paris

        Location: Corvane Aerospace – Toulouse Engineering Center, 1 rue Marcel Doret, 31700 Blagnac
        Interviewers: Stéphane Arnaud (V&V Manager), Li Wei (Senior Verification Engineer)

        Please bring a valid photo ID; you will be escorted from the main lobby.

        If you have any questions, please contact your recruiter, Megan Hart, at
        megan.hart@corvaneaero.com.

        Kind regards,
        Corvane Aerospace Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Camille,</p>
        <p>Your interview for Requisition 2026-4471 - Software Verification Engineer (Toulouse) has
        been rescheduled at the request of the hiring team.</p>
        <p><b>Previous date/time:</b> <s>Thursday, December 3, 2026 10:00 AM (GMT+01:00) Paris</s><br>
        <b>New date/time:</b> Monday, December 7, 2026, 2:00 PM – 3:00 PM (GMT+01:00) Paris</p>
        <p><b>Location:</b> Corvane Aerospace – Toulouse Engineering Center, 1 rue Marcel Doret, 31700 Blagnac<br>
        <b>Interviewers:</b> Stéphane Arnaud (V&amp;V Manager), Li Wei (Senior Verification Engineer)</p>
        <p>Please bring a valid photo ID; you will be escorted from the main lobby.</p>
        <p>If you have any questions, please contact your recruiter, Megan Hart, at
        <a href="mailto:megan.hart@corvaneaero.com">megan.hart@corvaneaero.com</a>.</p>
        <p>Kind regards,<br>Corvane Aerospace Talent Acquisition</p>
        <p style="color:#888;font-size:10px">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
    """)
    when = "2026-12-01 16:00"
    hs = head(addr("Corvane Aerospace", "corvane@talent.icims.com"),
              "Interview Rescheduled - Software Verification Engineer (Toulouse)", when, "Europe/Paris",
              "<1796137200.3318.0.icims.corvane.17f2@talent.icims.com>",
              relay="from mta3.icims.com (mta3.icims.com [64.79.155.203])")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(20), family="human_prose", lang="ca", interview=True, kind="rescheduled",
      start=utc("2026-11-19 16:00", "Europe/Madrid"), end=None,
      local="Thu 2026-11-19 16:00", zone="Europe/Madrid",
      contact="nuria.vidal@fabricaorbital.es", company="Fàbrica Orbital",
      note="Catalan reschedule from the Barcelona recruiter: from 'dimarts 17 a les 10h' to 'dijous 19 "
           "de novembre a les 16h (hora de Barcelona)' -> CET 15:00Z; 'unes dues hores' is approximate, "
           "end null. Contact = sender. Same thread as the Personio invitation.")
def p20() -> bytes:
    body = t("""
        Hola Camille,

        Moltes gràcies per l'entrevista tècnica de dijous passat, en Jordi va sortir molt content!

        T'escric perquè hem de canviar la visita presencial a l'oficina: en lloc de dimarts 17 a
        les 10h, la farem dijous 19 de novembre a les 16h (hora de Barcelona). Hi haurà la Marta
        (CTO) i dos enginyers de l'equip de càrrega útil; durarà unes dues hores, amb un petit
        tast de l'oficina i del laboratori d'integració.

        Si necessites que t'ajudem amb el viatge des de Tolosa, digue'm-ho i ho gestionem.

        Fins aviat,
        Núria

        Núria Vidal
        People & Talent · Fàbrica Orbital
        Carrer de Pere IV 122, 08005 Barcelona
    """)
    when = "2026-11-12 12:30"
    hs = head(addr("Núria Vidal", "nuria.vidal@fabricaorbital.es", "iso-8859-1"),
              "Canvi de data: visita presencial a Fàbrica Orbital", when, "Europe/Madrid",
              "<CAJx8Vt4nN2q-7cR1kLw9mEo3pTz5sHb0fYd6gUa4iXe=Q@mail.gmail.com>",
              relay="from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-04 11:00", "Europe/Paris"), end=utc("2026-12-04 12:00", "Europe/Paris"),
      local="Fri 2026-12-04 11:00", local_end="2026-12-04 12:00", zone="Europe/Paris",
      contact="bastien.labat@aquitaniasat.fr", company="Aquitania Sat",
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'ven. 4 déc. 2026 11:00 - "
           "12:00 (heure normale d'Europe centrale - Paris)' -> cancelled slot 10:00-11:00Z. No new "
           "time. Contact = organizer.")
def p21() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien Camille Fabre - Aquitania Sat
        Quand
        ven. 4 déc. 2026 11:00 – 12:00 (heure normale d'Europe centrale - Paris)

        Invités
        Bastien Labat - organisateur
        camille.fabre@example.org

        Invitation de Google Agenda : https://calendar.google.com/calendar/

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
        DTSTART;TZID=Europe/Paris:20261204T110000
        DTEND;TZID=Europe/Paris:20261204T120000
        DTSTAMP:20261201T172000Z
        ORGANIZER;CN=Bastien Labat:mailto:bastien.labat@aquitaniasat.fr
        UID:0rj5f2h8k1m3n7p9q4s6t8v0w2@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=camille.fabre@example.org;X-NUM-GUESTS=0:mailto:camille.fabre@example.org
        CREATED:20261124T101500Z
        LAST-MODIFIED:20261201T172000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien Camille Fabre - Aquitania Sat
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-12-01 18:20"
    hs = head(addr("Bastien Labat", "bastien.labat@aquitaniasat.fr"),
              "Événement annulé : Entretien Camille Fabre - Aquitania Sat @ ven. 4 déc. 2026 11:00 - 12:00 "
              "(CET) (camille.fabre@example.org)", when, "Europe/Paris",
              "<calendar-b2c94e10-7f3a-4d61-9e08-5a1c3f7d2b96@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Agenda", "calendar-notification@google.com")),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-20 14:00", "Europe/Paris"), end=None,
      local="Tue 2026-10-20 14:00", zone="Europe/Paris",
      contact="hugo.lefevre@sequana-aero.fr", company="Sequana Aerospace",
      note="Recruiter cancels the second interview of 'mardi 20 octobre à 14h' (CEST -> 12:00Z) because "
           "the post was filled internally; no new time. windows-1252 quoted-printable. Contact = sender. "
           "Same company as the Workday confirmation.")
def p22() -> bytes:
    body = t("""
        Bonjour Camille,

        Je reviens vers vous au sujet de votre second entretien prévu mardi 20 octobre à 14h avec
        M. Delmas.

        Je suis au regret de devoir l'annuler : la direction a finalement décidé de pourvoir le
        poste en interne, suite à une réorganisation de l'équipe Commandes de Vol. Cette décision
        ne remet absolument pas en cause la qualité de votre candidature, qui avait été très
        appréciée lors du premier échange.

        Avec votre accord, je conserve votre profil pour les prochaines ouvertures sur le site de
        Toulouse, notamment en V&V.

        Je reste à votre disposition si vous souhaitez en parler par téléphone.

        Bien cordialement,

        Hugo Lefèvre
        Chargé de recrutement - Sequana Aerospace
        01 39 87 52 16
    """)
    when = "2026-10-15 16:40"
    hs = head(addr("Lefèvre Hugo", "hugo.lefevre@sequana-aero.fr", "windows-1252"),
              "Annulation de votre entretien du 20/10", when, "Europe/Paris",
              "<PAXPR08MB6927D1E4B0C83F2A95E71C4D2B0A9@PAXPR08MB6927.eurprd08.prod.outlook.com>",
              relay="from EUR04-VI1-obe.outbound.protection.outlook.com "
                    "(mail-vi1eur04on2088.outbound.protection.outlook.com [40.107.8.88])",
              extra=(("Content-Language", "fr-FR"),))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(23), family="ashby", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-15 11:00", "Europe/Berlin"), end=utc("2026-12-15 12:00", "Europe/Berlin"),
      local="Tue 2026-12-15 11:00", local_end="2026-12-15 12:00", zone="Europe/Berlin",
      contact="lena.hoffmann@kestrel-labs.io", company="Kestrel Labs",
      note="Ashby cancellation of 'Tuesday, December 15, 2026, 11:00 AM - 12:00 PM CET' (CET, UTC+1) "
           "-> cancelled slot 10:00-11:00Z; the recruiter 'will reach out with new times' (none given). "
           "ICS METHOD:CANCEL agrees. Contact = Reply-To recruiter.")
def p23() -> bytes:
    body = t("""
        Hi Camille,

        Unfortunately, your upcoming interview with Kestrel Labs has been cancelled:

        Technical Deep Dive - Embedded Rust
        Tuesday, December 15, 2026, 11:00 AM - 12:00 PM CET
        Interviewers: Jonas Keller, Mira Schulz

        One of the interviewers is unavailable. Lena will reach out with new times shortly.

        If you have questions, just reply to this email and it will reach Lena Hoffmann.

        Thanks,
        Kestrel Labs Recruiting
    """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Camille,</p>
        <p>Unfortunately, your upcoming interview with Kestrel Labs has been cancelled:</p>
        <p><s>Technical Deep Dive - Embedded Rust<br>
        Tuesday, December 15, 2026, 11:00 AM - 12:00 PM CET</s><br>
        Interviewers: Jonas Keller, Mira Schulz</p>
        <p>One of the interviewers is unavailable. Lena will reach out with new times shortly.</p>
        <p>If you have questions, just reply to this email and it will reach Lena Hoffmann.</p>
        <p>Thanks,<br>Kestrel Labs Recruiting</p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:a8e31f07-6c2b-4d94-b5e0-1f9c7a3d2e68
        DTSTAMP:20261210T130500Z
        DTSTART;TZID=Europe/Berlin:20261215T110000
        DTEND;TZID=Europe/Berlin:20261215T120000
        SEQUENCE:1
        SUMMARY:Kestrel Labs - Technical Deep Dive - Embedded Rust
        ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@kestrel-labs.io
        ATTENDEE;CN=Camille Fabre;ROLE=REQ-PARTICIPANT:mailto:camille.fabre@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-12-10 14:05"
    hs = head(addr("Kestrel Labs", "no-reply@ashbyhq.com"),
              "Interview cancelled: Technical Deep Dive - Embedded Rust", when, "Europe/Berlin",
              "<01000193b4f1a2c7-e0d4a6b9-3c15-4f82-a7d0-9b2e61c84f3a-000000@email.amazonses.com>",
              relay="from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              extra=(("Reply-To", addr("Lena Hoffmann", "lena.hoffmann@kestrel-labs.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                      disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="fr", interview=False, company="Nausicaa Robotics",
      note="Recruitee rejection after an interview held 'mardi 29/09'; no upcoming time.",
      days=(("Tue", "2026-09-29"),))
def p24() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci encore pour le temps que vous nous avez accordé lors de votre entretien du mardi 29/09
        avec Florian et Sarah.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre profil,
        dont l'expérience en vision embarquée correspond davantage à nos besoins immédiats sur le
        projet d'inspection sous-marine.

        Ce n'est pas une décision facile : votre rigueur sur les sujets de certification a été
        très appréciée. Nous nous permettrons de revenir vers vous si une opportunité plus proche
        de votre parcours se présente.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Bien à vous,
        L'équipe Talents - Nausicaa Robotics
    """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    when = "2026-10-05 10:48"
    hs = head(addr("Nausicaa Robotics", "nausicaa-robotics@mail.recruitee.com"),
              "Votre candidature chez Nausicaa Robotics", when, "Europe/Paris",
              "<recruitee.mail.7a2c9f1e8b3d4065@mail.recruitee.com>",
              relay="from mail.recruitee.com (mail.recruitee.com [185.48.212.17])",
              extra=(("Reply-To", addr("Nausicaa Robotics", "nausicaa-robotics+c41977@inbound.recruitee.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(25), family="offer", lang="fr", interview=False, company="Garonne Systems",
      note="Offer letter after the Lever interview ('proposition d'embauche', start 'lundi 4 janvier "
           "2027'); the recruiter will call 'demain en fin de journée, vers 17h' - a loose call, "
           "not an interview.",
      days=(("Mon", "2027-01-04"),))
def p25() -> bytes:
    body = t("""
        Bonjour Camille,

        J'ai le grand plaisir de vous adresser, au nom de Garonne Systems, une proposition
        d'embauche pour le poste d'Ingénieure logiciel embarqué (DO-178C) au sein de l'équipe FMS.

        Vous trouverez en pièce jointe la lettre d'offre détaillant la rémunération (52 k€ bruts
        annuels + variable), le statut cadre et une date de démarrage proposée au lundi 4 janvier
        2027, ajustable selon votre préavis.

        Pierre et toute l'équipe ont été enthousiasmés par nos échanges. Je vous appelle demain en
        fin de journée, vers 17h, pour répondre à vos questions - dites-moi si un autre moment
        vous arrange mieux.

        Belle soirée,
        Élodie Marty
        Talent Acquisition - Garonne Systems
    """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
           b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    att = Part([("Content-Type", 'application/pdf; name="Offre_Camille_Fabre.pdf"'),
                ("Content-Disposition", 'attachment; filename="Offre_Camille_Fabre.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    when = "2026-10-01 18:12"
    hs = head(addr("Élodie Marty", "elodie.marty@garonne-systems.fr"),
              "Proposition d'embauche - Ingénieure logiciel embarqué", when, "Europe/Paris",
              "<AS8PR01MB7642E5C1D09A3F7B2E84C6A1D9F30@AS8PR01MB7642.eurprd01.prod.outlook.com>",
              relay="from EUR01-HE1-obe.outbound.protection.outlook.com "
                    "(mail-he1eur01on2115.outbound.protection.outlook.com [40.107.13.115])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(n(26), family="application_receipt", lang="en", interview=False, company="Astraviat Group",
      note="Taleo application acknowledgement; 'a recruiter will contact you to schedule an interview' "
           "- nothing scheduled.")
def p26() -> bytes:
    body = t("""
        Dear Camille Fabre,

        Thank you for applying for the position of Avionics Software Integration Engineer
        (Job Number: 2600871) at Astraviat Group, Paris-Saclay.

        We have successfully received your application. Our recruitment team will review your
        profile carefully. If your qualifications match the requirements of the position, a
        recruiter will contact you to schedule an interview.

        You can follow the status of your application at any time in your candidate space:
        https://astraviat.taleo.net/careersection/2/mysubmissions.ftl

        Sincerely,
        Astraviat Group Talent Acquisition

        This is an automated message. Please do not reply.
    """)
    when = "2026-09-03 22:41"
    hs = head(addr("Astraviat Group Careers", "do-not-reply@tbe.taleo.net"),
              "Astraviat Group - Application received - Avionics Software Integration Engineer (2600871)",
              when, "Europe/Paris", "<1788813660123.JavaMail.taleo@tbe-ps12.taleo.net>",
              relay="from tbe-mta04.taleo.net (tbe-mta04.taleo.net [160.34.12.77])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job board alert for Toulouse embedded-software jobs; one teaser advertises a job dating "
           "'jeudi 8 octobre de 9h à 17h' open to all - an event, not Camille's interview.",
      days=(("Thu", "2026-10-08"),))
def p27() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eef2f6;font-family:Arial,sans-serif">
        <table width="600" align="center" style="background:#fff" cellpadding="16">
        <tr><td style="background:#0b3d91;color:#fff;font-size:18px"><b>Cockpit Emploi</b> · Votre alerte «&nbsp;logiciel embarqué - Toulouse&nbsp;»</td></tr>
        <tr><td>
        <p>Bonjour Camille, <b>12 nouvelles offres</b> correspondent à votre recherche.</p>
        <p><a href="https://www.cockpit-emploi.fr/o/88412"><b>Ingénieur·e Logiciel Avionique H/F</b></a><br>
        Astéria Systèmes · Blagnac (31) · CDI · 45-55 k€<br>
        <span style="color:#555">Entretiens sur place lors de notre job dating, jeudi 8 octobre de 9h à 17h - venez avec votre CV !</span></p>
        <p><a href="https://www.cockpit-emploi.fr/o/88430"><b>Développeur C embarqué - calculateurs de bord</b></a><br>
        Sud Ouest Électronique · Toulouse (31) · CDI<br>
        <span style="color:#555">Process rapide : un entretien RH puis un entretien technique.</span></p>
        <p><a href="https://www.cockpit-emploi.fr/o/88447"><b>Ingénieur V&amp;V DO-178C</b></a><br>
        Capitole Ingénierie · Toulouse (31) · CDI · Télétravail partiel</p>
        <p><a href="https://www.cockpit-emploi.fr/alerte/3315/offres">Voir les 9 autres offres</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur Cockpit Emploi.
        <a href="https://www.cockpit-emploi.fr/alerte/3315/desinscription">Se désabonner</a></td></tr>
        </table></body></html>
    """)
    when = "2026-09-28 07:00"
    hs = head(addr("Cockpit Emploi", "alertes@cockpit-emploi.fr"),
              "12 nouvelles offres : logiciel embarqué - Toulouse", when, "Europe/Paris",
              "<alerte-3315-20260928@cockpit-emploi.fr>",
              relay="from smtp-out.cockpit-emploi.fr (smtp-out.cockpit-emploi.fr [203.0.113.80])",
              extra=(("List-Unsubscribe", "<https://www.cockpit-emploi.fr/alerte/3315/desinscription>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Substack newsletter post about interview preparation ('my 9am panel on a Tuesday', "
           "'confirmed for Thursday at 2pm'): anecdotes, no interview for Camille.")
def p28() -> bytes:
    body = t("""
        THE FLIGHT DECK LETTER - Issue #87
        Careers in safety-critical software

        "Your interview is confirmed for Thursday at 2pm" - now what?

        A reader wrote in last week: her interview at a large airframer was confirmed for Thursday
        at 2pm, and she had four days to prepare. Here is the checklist I send everyone:

        1. Re-read your own certification stories. Interviewers love a concrete DO-178C anecdote:
           the time a structural coverage gap was found two weeks before the SOI-4 audit.
        2. Prepare for the "explain MC/DC to a new hire" question.
        3. Ask about the tool qualification strategy. It tells you how mature the team is.
        4. Time zones! My own 9am panel on a Tuesday was 9am *Eastern* - I logged in six hours
           early from Lyon and had a very quiet hour.

        Next week: negotiating when your offer comes from a subcontractor.

        Thanks for reading,
        Marc

        You're on the free list for The Flight Deck Letter.
        Unsubscribe https://flightdeckletter.substack.com/action/disable_email
    """)
    when = "2026-10-18 08:30"
    hs = head(addr("The Flight Deck Letter", "flightdeckletter@substack.com"),
              "\"Your interview is confirmed for Thursday at 2pm\" - now what?", when, "Europe/Paris",
              "<20261018063000.3.8c2d1e7f0a9b4c36@mg1.substack.com>",
              relay="from mg1.substack.com (mg1.substack.com [198.61.254.21])",
              extra=(("List-Unsubscribe", "<https://flightdeckletter.substack.com/action/disable_email>"),
                     ("List-Id", "<flightdeckletter.substack.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="fr", interview=False, company="Orbitale Sud",
      note="Recruiter sends a Calendly link to pick a 30-minute slot 'entre mardi et jeudi prochains'; "
           "nothing is booked yet.")
def p29() -> bytes:
    body = t("""
        Bonjour Camille,

        Suite à votre candidature pour le poste d'ingénieure logiciel sol/bord chez Orbitale Sud,
        j'aimerais vous proposer un premier échange téléphonique de 30 minutes.

        Le plus simple : réservez directement le créneau qui vous convient ici
        https://calendly.com/lea-fournier-orbitalesud/echange-30min
        (j'ai ouvert des créneaux entre mardi et jeudi prochains, de 9h à 18h).

        Au plaisir d'échanger,

        Léa Fournier
        Responsable recrutement - Orbitale Sud
        Toulouse Montaudran Aerospace
    """)
    when = "2026-11-05 11:25"
    hs = head(addr("Léa Fournier", "lea.fournier@orbitale-sud.fr"),
              "Orbitale Sud - premier échange", when, "Europe/Paris",
              "<CAH3pQ7xK9vR2mN0zL8sT1uB5yW4cE6dF0gJ=a7hQ@mail.gmail.com>",
              relay="from mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="scheduling_link", lang="fr", interview=False, company="Vertige Robotique",
      note="Ashby self-scheduling request in French: choose a slot between 'lundi 23' and 'vendredi "
           "27 novembre'; no time fixed.",
      days=(("Mon", "2026-11-23"), ("Fri", "2026-11-27")))
def p30() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci pour votre intérêt pour Vertige Robotique ! Nous aimerions organiser votre
        entretien technique (60 minutes, en visio) pour le poste d'Ingénieur·e Logiciel Temps Réel.

        Merci de choisir le créneau qui vous convient grâce au lien ci-dessous. Les créneaux
        disponibles vont du lundi 23 au vendredi 27 novembre.

        Planifier mon entretien :
        https://jobs.ashbyhq.com/vertige-robotique/interview/schedule/4d7e1a90-2c3b-4f58-9e61-0b8a7c2d5f14

        Le lien expire dans 5 jours.

        À bientôt,
        L'équipe Recrutement de Vertige Robotique
    """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Camille,</p>
        <p>Merci pour votre intérêt pour Vertige Robotique&nbsp;! Nous aimerions organiser votre
        entretien technique (60 minutes, en visio) pour le poste d'Ingénieur·e Logiciel Temps Réel.</p>
        <p>Merci de choisir le créneau qui vous convient grâce au lien ci-dessous. Les créneaux
        disponibles vont du lundi 23 au vendredi 27 novembre.</p>
        <p><a href="https://jobs.ashbyhq.com/vertige-robotique/interview/schedule/4d7e1a90-2c3b-4f58-9e61-0b8a7c2d5f14"
        style="background:#5b4cf5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Planifier mon entretien</a></p>
        <p style="color:#777">Le lien expire dans 5 jours.</p>
        <p>À bientôt,<br>L'équipe Recrutement de Vertige Robotique</p>
        </body></html>
    """)
    when = "2026-11-19 09:40"
    hs = head(addr("Vertige Robotique", "no-reply@ashbyhq.com"),
              "Planifiez votre entretien avec Vertige Robotique", when, "Europe/Paris",
              "<01000193a2c4e5f6-1b9d7a3e-5c20-4e84-b6f1-2a9c8d0e7b35-000000@email.amazonses.com>",
              relay="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=(("Reply-To", addr("Vertige Robotique Recrutement", "recrutement@vertige-robotique.fr")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(31), family="recruiter_proposal", lang="fr", interview=False, company="Sud Avionique Ingénierie",
      note="Recruiter proposes 'mardi 8 septembre à 10h' or 'mercredi 9 à 15h' and asks which works: "
           "not confirmed yet.",
      days=(("Tue", "2026-09-08"), ("Wed", "2026-09-09")))
def p31() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci pour votre candidature, votre profil nous intéresse beaucoup pour le poste de
        développeuse logiciel embarqué (calculateurs moteur).

        Est-ce que mardi 8 septembre à 10h vous irait pour un premier entretien d'une heure dans
        nos locaux de Colomiers ? Sinon je peux aussi vous proposer mercredi 9 à 15h.

        Dites-moi ce qui vous arrange et je vous envoie l'invitation.

        Cordialement,

        Gaëlle Roques
        Chargée RH - Sud Avionique Ingénierie
        2 rue Jean Mermoz, 31770 Colomiers
    """)
    when = "2026-09-03 14:55"
    hs = head(addr("Gaëlle Roques", "g.roques@sudavionique-ing.fr", "iso-8859-1"),
              "Votre candidature - développeuse logiciel embarqué", when, "Europe/Paris",
              "<000001dcf1a2$7b3c9e40$72b5dac0$@sudavionique-ing.fr>",
              relay="from smtp.sudavionique-ing.fr (smtp.sudavionique-ing.fr [198.51.100.120])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHc8aJ7PJ5ArZq1S0KtV4pQmYzLdA==")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(32), family="recruiter_proposal", lang="es", interview=False, company="Montjuïc Space Systems",
      note="Spanish message from a Barcelona hiring manager proposing 'el miércoles 21 a las 10h' or "
           "'el jueves 22 por la tarde' and asking which suits: not confirmed.",
      days=(("Wed", "2026-10-21"), ("Thu", "2026-10-22")))
def p32() -> bytes:
    body = t("""
        Hola Camille,

        Gracias por tu candidatura para el puesto de Ingeniera de Software de Vuelo. He visto tu
        experiencia con DO-178C y me encantaría que habláramos.

        ¿Te iría bien el miércoles 21 a las 10h por videollamada? Si no, el jueves 22 por la tarde
        también me va bien. Dime qué prefieres y te envío la invitación.

        Un saludo,
        Pau Ferrer
        Head of Flight Software
        Montjuïc Space Systems · Barcelona
    """)
    when = "2026-10-15 13:10"
    hs = head(addr("Pau Ferrer", "pau.ferrer@montjuicspace.com"),
              "Tu candidatura - Ingeniera de Software de Vuelo", when, "Europe/Madrid",
              "<CAM9fT2xL0wQ8nR4kV7pZ1yB3uE6hJ5cD2gS=r8mW@mail.gmail.com>",
              relay="from mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="recruiter_outreach", lang="en", interview=False, company="Skyward Search Partners",
      note="Headhunter outreach for a confidential client ('would you be open to a quick chat "
           "sometime next week?'); no time fixed.")
def p33() -> bytes:
    body = t("""
        Hi Camille,

        I hope you don't mind the direct approach - your talk at the Toulouse Embedded Days on
        partitioned RTOS caught my eye.

        I'm partnering with a well-funded eVTOL company (confidential for now) building their flight
        control team in Toulouse and Munich. They are looking for a Lead Software Engineer with
        DO-178C DAL A experience, hybrid, strong package.

        Would you be open to a quick chat sometime next week? Happy to work around your schedule,
        early morning or evening is fine too.

        Best regards,
        Oliver Grant
        Principal Consultant, Aerospace & Defence
        Skyward Search Partners | London - Munich - Toulouse
        +44 7700 900 412
    """)
    when = "2026-11-24 08:05"
    hs = head(addr("Oliver Grant", "oliver.grant@skywardsearch.co.uk"),
              "Lead Flight Controls Software role - Toulouse (confidential)", when, "Europe/London",
              "<AM6PR10MB2261F9C04A8B3E7D1A9C4E6F2B05@AM6PR10MB2261.EURPRD10.PROD.OUTLOOK.COM>",
              relay="from EUR02-VI1-obe.outbound.protection.outlook.com "
                    "(mail-vi1eur02on2095.outbound.protection.outlook.com [40.107.241.95])")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), cte="7bit",
                                                                         charset="us-ascii")))


@mail(n(34), family="job_centre", lang="fr", interview=False, company=None,
      note="France Travail convocation: 'entretien de suivi' with the job-seeker adviser, 'mardi 6 "
           "octobre 2026 à 9 h 30' - a fixed time, but an unemployment-office appointment, not a job "
           "interview.",
      days=(("Tue", "2026-10-06"),))
def p34() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Marianne,Arial,sans-serif;font-size:14px;color:#1e1e1e">
        <p><b>France Travail</b></p>
        <p>Madame FABRE Camille,</p>
        <p>Vous êtes convoquée à un <b>entretien de suivi</b> avec votre conseillère référente,
        Mme Sabine Castéra, dans le cadre de votre accompagnement.</p>
        <p><b>Date&nbsp;:</b> mardi 6 octobre 2026 à 9 h 30<br>
        <b>Lieu&nbsp;:</b> agence France Travail Toulouse Compans, 12 rue des Jumelles, 31000 Toulouse<br>
        <b>Modalité&nbsp;:</b> rendez-vous physique</p>
        <p>Merci de vous munir de votre CV à jour et de la liste de vos démarches de recherche
        d'emploi (candidatures envoyées, entretiens obtenus).</p>
        <p>En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel, rubrique
        «&nbsp;Mes échanges avec France Travail&nbsp;». Toute absence non justifiée peut entraîner une
        radiation de la liste des demandeurs d'emploi.</p>
        <p>Votre identifiant&nbsp;: 4418207K</p>
        <p style="font-size:11px;color:#666">Ce courriel est envoyé automatiquement, merci de ne pas y répondre.</p>
        </body></html>
    """)
    when = "2026-09-24 06:12"
    hs = head(addr("France Travail", "ne-pas-repondre@francetravail.fr"),
              "Convocation à un entretien - mardi 6 octobre 2026", when, "Europe/Paris",
              "<conv.4418207K.20260924041200@francetravail.fr>",
              relay="from smtp-out3.francetravail.fr (smtp-out3.francetravail.fr [203.0.113.31])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, charset="iso-8859-15"))


@mail(n(35), family="press_interview", lang="fr", interview=False, company=None,
      note="A regional journalist confirms an interview OF Camille for an article ('jeudi 12 novembre "
           "à 15h' at a café): press, not a job interview.",
      days=(("Thu", "2026-11-12"),))
def p35() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci d'avoir accepté de témoigner pour notre dossier « Ingénieures de l'aéronautique :
        elles font décoller l'Occitanie ». Je vous confirme notre interview jeudi 12 novembre à 15h
        au Café des Sports, place Saint-Pierre. Comptez une petite heure, puis notre photographe
        Lucas fera quelques portraits sur les quais si la météo le permet.

        Les questions tourneront autour de votre parcours, de la certification logicielle et de la
        place des femmes dans les équipes techniques. Vous pourrez relire vos citations avant
        publication (parution prévue le dimanche 22 novembre).

        Au plaisir,
        Manon Delpech
        Journaliste - Le Courrier d'Occitanie
        06 33 81 20 57
    """)
    when = "2026-11-06 12:14"
    hs = head(addr("Manon Delpech", "m.delpech@courrier-occitanie.fr"),
              "Interview pour le dossier « Ingénieures de l'aéro » - jeudi 12/11", when, "Europe/Paris",
              "<e83b5c1a-0f47-4d92-a8e6-3c1d9b7f2e05@courrier-occitanie.fr>",
              relay="from mail.courrier-occitanie.fr (mail.courrier-occitanie.fr [198.51.100.61])",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(36), family="podcast", lang="fr", interview=False, company=None,
      note="Podcast host confirms Camille as a guest, recording 'mercredi 25 novembre, 18h30' on "
           "Riverside: a confirmed time, but a podcast, not a job interview.",
      days=(("Wed", "2026-11-25"),))
def p36() -> bytes:
    body = t("""
        Salut Camille !

        Trop contente que tu aies dit oui 🙌 C'est confirmé pour l'enregistrement de l'épisode
        « Du code qui vole : la certif expliquée à ma grand-mère » :

        -> mercredi 25 novembre, 18h30 (heure de Paris), environ 1h
        -> lien Riverside : https://riverside.fm/studio/code-en-vol?t=8f21c7

        Quelques conseils : un casque filaire, une pièce calme, et ferme Slack pendant l'enregistrement.
        Je t'envoie le déroulé des questions la veille.

        À mercredi,
        Inès
        Code en Vol - le podcast des devs de l'aéro
    """)
    when = "2026-11-18 21:03"
    hs = head(addr("Inès Bourdieu", "ines@codeenvol.fm"), "Code en Vol - enregistrement confirmé 🎙️",
              when, "Europe/Paris", "<CAK1rT7bP0nZ4qV9mX2yL6sE8wH3uJ5cG1dF=b2kN@mail.gmail.com>",
              relay="from mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(37), family="admission_interview", lang="fr", interview=False, company=None,
      note="Business-school admission interview for an executive master, 'samedi 10 octobre 2026 à "
           "10h00': school admission, not a job interview.",
      days=(("Sat", "2026-10-10"),))
def p37() -> bytes:
    body = t("""
        Madame,

        Nous avons le plaisir de vous informer que votre dossier de candidature à l'Executive
        Mastère Spécialisé « Management de Programmes Aéronautiques et Spatiaux » (promotion 2027)
        a été retenu pour la phase d'admission.

        Votre entretien d'admission devant le jury aura lieu :
          samedi 10 octobre 2026 à 10h00
          Campus de Toulouse, 20 boulevard Lascrosses (bâtiment C, salle 204)
          Durée : 30 minutes (présentation de votre projet professionnel 10 min + échanges)

        Merci de confirmer votre présence en répondant à ce message.

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        Service des Admissions
        TBAS - Toulouse Business & Aerospace School
    """)
    when = "2026-09-29 15:30"
    hs = head(addr("Admissions TBAS", "admissions@tbas-school.fr"),
              "Convocation - entretien d'admission Executive MS MPAS", when, "Europe/Paris",
              "<5f7c2e19a83b4d06@tbas-school.fr>",
              relay="from smtp.tbas-school.fr (smtp.tbas-school.fr [198.51.100.87])")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(38), family="sports_tryout", lang="fr", interview=False, company=None,
      note="Women's rugby club confirms a try-out session 'mercredi 16 septembre à 19h30': sport, "
           "not a job interview.",
      days=(("Wed", "2026-09-16"),))
def p38() -> bytes:
    body = t("""
        Coucou Camille,

        Super que tu veuilles nous rejoindre ! Comme on t'a dit au forum des assos, la séance
        d'essai c'est mercredi 16 septembre à 19h30 au stade Capitany, terrain 2. Prévois crampons,
        protège-dents si tu en as un, et une gourde. Pas besoin de licence pour les 3 premiers
        entraînements, on s'en occupe après.

        Rdv au club-house 15 min avant pour qu'on te présente le groupe.

        À mercredi !
        Audrey, coach des Aviatrices
        Les Aviatrices de Colomiers - rugby féminin à XV
    """)
    when = "2026-09-11 22:47"
    hs = head(addr("Audrey Pech", "aviatrices.colomiers@example.com"), "Séance d'essai mercredi 🏉",
              when, "Europe/Paris", "<9A41C2F7-0E3B-4F6A-B8D5-1C7E2A90F3B4@example.com>",
              relay="from mail.example.com (mail.example.com [192.0.2.90])",
              extra=(("X-Mailer", "iPhone Mail (22G86)"),))
    return message(hs, text(body, cte="8bit"))


@mail(n(39), family="car_service", lang="fr", interview=False, company=None,
      note="Garage confirms a car service 'vendredi 18 septembre 2026 à 8h15': a fixed-time "
           "appointment, not an interview.",
      days=(("Fri", "2026-09-18"),))
def p39() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="580" cellpadding="10" style="border:1px solid #ccc">
        <tr><td style="background:#c0392b;color:#fff"><b>Garage Occitan Auto - Balma</b></td></tr>
        <tr><td>
        <p>Bonjour Mme Fabre,</p>
        <p>Nous vous confirmons votre rendez-vous atelier&nbsp;:</p>
        <p><b>Prestation&nbsp;:</b> Révision 60 000 km + contrôle freinage<br>
        <b>Véhicule&nbsp;:</b> Peugeot 208 - GH-418-TZ<br>
        <b>Date&nbsp;:</b> vendredi 18 septembre 2026 à 8h15 (dépôt du véhicule)<br>
        <b>Restitution estimée&nbsp;:</b> 17h00</p>
        <p>Un véhicule de courtoisie vous sera prêté sur présentation de votre permis.</p>
        <p>Pour modifier ou annuler&nbsp;: 05 61 24 90 11.</p>
        <p>L'équipe Garage Occitan Auto</p>
        </td></tr></table></body></html>
    """)
    when = "2026-09-14 17:02"
    hs = head(addr("Garage Occitan Auto", "rdv@garage-occitan-auto.fr"),
              "Confirmation de votre rendez-vous atelier du 18/09/2026", when, "Europe/Paris",
              "<rdv-2026-09-14-58812@garage-occitan-auto.fr>",
              relay="from smtp.garage-occitan-auto.fr (smtp.garage-occitan-auto.fr [203.0.113.145])")
    return message(hs, html(page, charset="windows-1252"))


@mail(n(40), family="mock_interview", lang="fr", interview=False, company=None,
      note="Career coach confirms a mock interview ('simulation d'entretien') 'lundi 9 novembre à 18h' "
           "to prepare the Brightwater onsite of 'jeudi 12' - coaching, not a job interview.",
      days=(("Mon", "2026-11-09"), ("Thu", "2026-11-12")))
def p40() -> bytes:
    body = t("""
        Bonjour Camille,

        C'est noté pour notre simulation d'entretien lundi 9 novembre à 18h, en visio (même lien que
        d'habitude : https://whereby.com/sophie-armengaud-coaching).

        On fera les conditions réelles de votre « virtual onsite » de jeudi 12 : 45 min de system
        design en anglais, puis un débrief à chaud. Pensez à m'envoyer l'annonce et le nom de vos
        interlocuteurs si vous les avez.

        La séance est incluse dans votre pack « Rebond » (séance 4/6).

        Belle soirée,
        Sophie Armengaud
        Coach carrière certifiée - Armengaud Coaching
        07 81 45 22 60
    """)
    when = "2026-11-07 19:20"
    hs = head(addr("Sophie Armengaud", "sophie@armengaud-coaching.fr"),
              "Simulation d'entretien lundi 18h", when, "Europe/Paris",
              "<3c1d7e0b-92fa-4b58-a6c4-e51f08d3b7a2@armengaud-coaching.fr>",
              relay="from mail.armengaud-coaching.fr (mail.armengaud-coaching.fr [198.51.100.150])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="forwarded_other", lang="fr", interview=False, company=None,
      note="Camille's partner forwards HIS own Greenhouse confirmation ('mardi 24/11 à 10h', Tuesday, "
           "November 24, 10:00 AM CET) to ask about childcare: someone else's interview.",
      days=(("Tue", "2026-11-24"),))
def p41() -> bytes:
    body = t("""
        Coucou,

        Regarde !! J'ai décroché l'entretien chez Astrid Médical 🎉 C'est mardi 24/11 à 10h à
        Labège. Tu pourrais déposer Léo à l'école ce matin-là ? Je te revaudrai ça.

        Bisous,
        Julien

        ---------- Forwarded message ---------
        De : Astrid Medical <no-reply@us.greenhouse-mail.io>
        Date: mer. 18 nov. 2026 à 14:02
        Subject: Interview Confirmation: Product Manager - Connected Devices
        To: Julien Mercier <julien.mercier@example.net>

        Hi Julien,

        Your interview with Astrid Medical has been scheduled.

        When: Tuesday, November 24, 2026, 10:00 AM - 11:00 AM CET
        Where: Astrid Medical, 8 rue de l'Innovation, 31670 Labège

        Reply to this email with any questions and it will reach Chloé Garnier.

        Best,
        Astrid Medical Recruiting
    """)
    when = "2026-11-18 19:41"
    hs = head(addr("Julien Mercier", "julien.mercier@example.net"),
              "Fwd: Interview Confirmation: Product Manager - Connected Devices", when, "Europe/Paris",
              "<CAN5xW0qT8dB3kL1vZ6mR9pY2uF4sE7hJ0cG=t3aM@mail.gmail.com>",
              relay="from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="interviewer_duty", lang="fr", interview=False, company=None,
      note="Outlook invitation from HR at Camille's CURRENT employer asking her to sit on the panel "
           "interviewing a candidate ('jeudi 10 décembre 14:00-15:00'): she is the interviewer, not the "
           "candidate. Sent to her work address and auto-forwarded.",
      days=(("Thu", "2026-12-10"),))
def p42() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci d'avoir accepté de faire partie du jury pour le poste d'Ingénieur V&V (réf. AS-2026-118).
        Tu trouveras le CV de Lucas Moreau en pièce jointe dans Workplace. Le format : 15 min de
        présentation du candidat, 30 min de questions techniques (tu prends la partie tests
        unitaires / couverture), 15 min de questions du candidat.

        Merci de remplir la grille d'évaluation dans les 24 h suivant l'entretien.

        Karine Sabatier
        Chargée de recrutement - Aéropole Systèmes
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Karine Sabatier:mailto:karine.sabatier@aeropole-systemes.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Fabre:mailto:camille.fabre@aeropole-systemes.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rémi Cazals:mailto:remi.cazals@aeropole-systemes.fr
        UID:040000008200E00074C5B7101A82E008000000004E7A2C9D1A84DD01000000000000000010000000B93F0E2C5A1D7E4F8C62A0D1E9B7F4C1
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Lucas Moreau - Ingénieur V&V (jury)
        DTSTART;TZID=Romance Standard Time:20261210T140000
        DTEND;TZID=Romance Standard Time:20261210T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261203T100500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Concorde (bât. A\\, 2e étage)
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-12-03 11:05"
    hs = head(addr("Sabatier Karine", "karine.sabatier@aeropole-systemes.fr"),
              "Entretien candidat - Lucas Moreau - Ingénieur V&V (jury)", when, "Europe/Paris",
              "<PR0P264MB3390C1E8A7D24F0B95A3E6D7C1B28@PR0P264MB3390.FRAP264.PROD.OUTLOOK.COM>",
              to=addr(ME_NAME, "camille.fabre@aeropole-systemes.fr"),
              relay="from FRA01-PR2-obe.outbound.protection.outlook.com "
                    "(mail-pr2fra01on2130.outbound.protection.outlook.com [40.107.12.130])",
              extra=(("X-Forwarded-To", ME),
                     ("X-Forwarded-For", f"camille.fabre@aeropole-systemes.fr {ME}"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(43), family="bank_appointment", lang="fr", interview=False, company=None,
      note="Bank confirms a mortgage appointment with an adviser 'jeudi 22 octobre à 12h30': fixed "
           "time, not an interview.",
      days=(("Thu", "2026-10-22"),))
def p43() -> bytes:
    body = t("""
        Bonjour Madame Fabre,

        Votre rendez-vous est confirmé.

        Objet : projet immobilier - étude de financement
        Avec : Thomas Rigal, conseiller crédit immobilier
        Le : jeudi 22 octobre à 12h30
        Agence : Crédit Garonnais Toulouse Carmes, 4 place des Carmes

        Documents à apporter : 3 derniers bulletins de salaire, dernier avis d'imposition, relevés
        de compte des 3 derniers mois, compromis de vente si disponible.

        Pour déplacer ce rendez-vous, connectez-vous à votre espace client ou appelez le
        05 34 41 20 00.

        Crédit Garonnais - Ce message est envoyé automatiquement.
    """)
    when = "2026-10-16 09:31"
    hs = head(addr("Crédit Garonnais", "rendez-vous@credit-garonnais.fr"),
              "Confirmation de votre rendez-vous du 22/10", when, "Europe/Paris",
              "<rdv.7719304.1792135860@credit-garonnais.fr>",
              relay="from mailer2.credit-garonnais.fr (mailer2.credit-garonnais.fr [203.0.113.201])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(44), family="occupational_health", lang="fr", interview=False, company=None,
      note="Occupational-health convocation ('visite d'information et de prévention') before starting "
           "at Volantis Avionique, 'lundi 14 décembre 2026 à 8 h 45': medical check, not an interview.",
      days=(("Mon", "2026-12-14"),))
def p44() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p><b>Santé Travail Garonne</b> - Service de prévention et de santé au travail interentreprises</p>
        <p><b>CONVOCATION</b></p>
        <p>Salarié(e)&nbsp;: Mme FABRE Camille<br>
        Entreprise&nbsp;: VOLANTIS AVIONIQUE - Blagnac<br>
        Type de visite&nbsp;: Visite d'Information et de Prévention (embauche)</p>
        <p>Date et heure&nbsp;: <b>lundi 14 décembre 2026 à 8 h 45</b><br>
        Lieu&nbsp;: Centre médical Blagnac Aéroconstellation, 2 rue Georges Guynemer, 31700 Blagnac</p>
        <p>Merci de vous présenter 10 minutes avant avec une pièce d'identité, votre carnet de
        vaccination et vos lunettes ou lentilles si vous en portez.</p>
        <p>Cette visite est obligatoire. En cas d'empêchement, merci de prévenir votre employeur et
        notre secrétariat au 05 62 74 18 30.</p>
        </body></html>
    """)
    when = "2026-12-07 14:22"
    hs = head(addr("Santé Travail Garonne", "convocations@sante-travail-garonne.fr"),
              "Convocation visite médicale - FABRE Camille - 14/12/2026", when, "Europe/Paris",
              "<conv-20261207-0093318@sante-travail-garonne.fr>",
              relay="from smtp.sante-travail-garonne.fr (smtp.sante-travail-garonne.fr [203.0.113.66])")
    return message(hs, html(page))


@mail(n(45), family="flat_viewing", lang="fr", interview=False, company=None,
      note="Estate agent confirms a flat viewing in Bordeaux 'samedi 21 novembre à 11h'.",
      days=(("Sat", "2026-11-21"),))
def p45() -> bytes:
    body = t("""
        Bonjour Madame Fabre,

        Je vous confirme la visite du T3 de la rue Notre-Dame (Chartrons, 68 m², 3e étage sans
        ascenseur, 1 150 € CC) samedi 21 novembre à 11h. Rendez-vous devant le 54, je serai en bas
        de l'immeuble.

        Pensez à préparer votre dossier (3 dernières fiches de paie, contrat de travail ou
        promesse d'embauche, avis d'imposition) : les biens partent très vite en ce moment.

        Cordialement,
        Nicolas Berthomieu
        Immo Chartrons - 05 56 79 33 12
    """)
    when = "2026-11-17 18:36"
    hs = head(addr("Nicolas Berthomieu", "n.berthomieu@immo-chartrons.fr"),
              "Visite T3 rue Notre-Dame - samedi 11h", when, "Europe/Paris",
              "<20261117173601.41d2@immo-chartrons.fr>",
              relay="from smtp.immo-chartrons.fr (smtp.immo-chartrons.fr [198.51.100.177])")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(n(46), family="auto_reply", lang="fr", interview=False, company=None,
      note="Out-of-office reply from the Teamtailor recruiter to Camille's reply on the confirmed "
           "interview; says when she is back ('lundi 2 novembre'); no interview information of its own.",
      days=(("Mon", "2026-11-02"),))
def p46() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du jeudi 29/10 au vendredi 30/10 inclus, sans accès à mes e-mails. Je serai
        de retour le lundi 2 novembre.

        Pour toute demande urgente concernant un recrutement, vous pouvez écrire à
        recrutement@estuaire-systemes.fr.

        Cordialement,
        Anaïs Dufour
    """)
    when = "2026-10-28 21:14"
    hs = head(addr("Anaïs Dufour", "anais.dufour@estuaire-systemes.fr"),
              "Réponse automatique : Re: Votre entretien avec Estuaire Systèmes est confirmé", when,
              "Europe/Paris", "<PA4P189MB1342A7F0D2E9C3B18E6F4A0C9D3E7@PA4P189MB1342.EURP189.PROD.OUTLOOK.COM>",
              relay="from EUR05-AM6-obe.outbound.protection.outlook.com "
                    "(mail-am6eur05on2099.outbound.protection.outlook.com [40.107.22.99])",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<1f0e7c2b-5a43-4d98-9b61-e3c0a8d2f457@example.org>"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure for Camille's own confirmation ('I confirm I will attend the interview on "
           "Thursday 3 December at 10:00') sent to a mistyped address: a bounce, nobody confirmed "
           "anything to her.",
      days=(("Thu", "2026-12-03"),))
def p47() -> bytes:
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <megan.hart@corvaneareo.com>: Host or domain name not found. Name service error
            for name=corvaneareo.com type=MX: Host not found, try again
    """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Qz7Lm2Hk1z9sT
        X-Postfix-Sender: rfc822; camille.fabre@example.org
        Arrival-Date: Fri, 27 Nov 2026 09:12:40 +0100 (CET)

        Final-Recipient: rfc822; megan.hart@corvaneareo.com
        Original-Recipient: rfc822;megan.hart@corvaneareo.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=corvaneareo.com type=MX: Host not found, try again
    """)
    original = message([
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Megan Hart", "megan.hart@corvaneareo.com")),
        ("Subject", "Interview on December 3 - confirmation"),
        ("Date", date("2026-11-27 09:12", "Europe/Paris")),
        ("Message-ID", "<7d2a4f91-0c3e-4b85-a1d6-5e9f2b07c348@example.org>"),
    ], text(t("""
        Dear Megan,

        Thank you for the invitation. I confirm I will attend the interview on Thursday 3 December
        at 10:00 at the Blagnac site. I will bring my ID.

        Best regards,
        Camille Fabre
    """), charset="us-ascii", cte="7bit"))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    when = "2026-11-27 09:12"
    hs = [
        ("Return-Path", "<>"),
        ("Received", received("by smtp.example.org (Postfix)", when, "Europe/Paris", MX, ME, lag=5)),
        ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, "Europe/Paris")),
        ("Message-ID", "<20261127081241.9C2E1A0F3B@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(n(48), family="mailing_list", lang="fr", interview=False, company=None,
      note="Meetup announcement on a local embedded-systems mailing list ('jeudi 1er octobre, 19h'): "
           "an event, not an interview.",
      days=(("Thu", "2026-10-01"),))
def p48() -> bytes:
    body = t("""
        Salut la liste,

        Le meetup #42 aura lieu jeudi 1er octobre, 19h, chez La Cantine (27 rue d'Aubuisson).

        Au programme :
        - 19h15 « Rust sur Cortex-M : retour d'expérience après 2 ans en prod » (Yanis)
        - 20h00 « Faire passer un entretien technique embarqué sans LeetCode » (Claire, qui recrute
          chez Cévennes Embedded et nous racontera comment ils font passer les entretiens)
        - 20h30 pizzas / bières

        Inscription (gratuite mais obligatoire, 60 places) : https://toulouse-embedded.example.com/42

        À jeudi,
        Guilhem pour l'orga

        --
        Vous recevez ce message car vous êtes abonné au groupe « toulouse-embedded ».
        Pour vous désabonner : toulouse-embedded+unsubscribe@googlegroups.com
    """)
    when = "2026-09-22 12:30"
    hs = head(addr("Guilhem Sarda", "guilhem.sarda@example.com"),
              "[toulouse-embedded] Meetup #42 - jeudi 1er octobre : Rust sur Cortex-M", when, "Europe/Paris",
              "<CAP7dX1zR4nV0mT8kL2yQ9sW3bE6uH5cJ1gF=w4pK@mail.gmail.com>",
              to="toulouse-embedded@googlegroups.com",
              relay="from mail-sor-f85.google.com (mail-sor-f85.google.com [209.85.220.85])",
              extra=(("Sender", "toulouse-embedded@googlegroups.com"),
                     ("Reply-To", "toulouse-embedded@googlegroups.com"),
                     ("Mailing-list", "list toulouse-embedded@googlegroups.com; contact "
                                      "toulouse-embedded+owners@googlegroups.com"),
                     ("List-ID", "<toulouse-embedded.googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:toulouse-embedded+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list")))
    return message(hs, text(body))


@mail(n(49), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration for 'Acing the Technical Interview in Aerospace', 'Nov 4, 2026 "
           "06:00 PM Paris', with an .ics: a webinar about interviews, not an interview.",
      days=(("Wed", "2026-11-04"),))
def p49() -> bytes:
    body = t("""
        Hi Camille,

        Thank you for registering for "Acing the Technical Interview in Aerospace - live Q&A with
        hiring managers".

        Date & Time: Nov 4, 2026 06:00 PM Paris

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/87411209935?tk=Xq1bT9mZ0rP4c&uuid=WN_kJ3vB8sLQ2aR1eT7uYw

        Passcode: 730155

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Hosted by Women in Aerospace Engineering - Europe
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261030T112000Z
        DTSTART:20261104T170000Z
        DTEND:20261104T181500Z
        SUMMARY:Acing the Technical Interview in Aerospace - live Q&A with hiring managers
        UID:20261030T112000Z-87411209935@fe80:0:0:0:14f8:aa1:c2d0:9e1b
        DESCRIPTION:Webinar - https://us06web.zoom.us/w/87411209935
        LOCATION:https://us06web.zoom.us/w/87411209935
        END:VEVENT
        END:VCALENDAR
    """)
    when = "2026-10-30 12:20"
    hs = head(addr("Women in Aerospace Engineering - Europe", "no-reply@zoom.us"),
              "Acing the Technical Interview in Aerospace Confirmation", when, "Europe/Paris",
              "<Zoom.Webinar.Registration.87411209935.a1c9e7@zoom.us>",
              relay="from mail-pr.zoom.us (mail-pr.zoom.us [170.114.10.56])",
              extra=(("Reply-To", "no-reply@zoom.us"),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(n(50), family="parent_teacher", lang="fr", interview=False, company=None,
      note="School confirms a parent-teacher meeting 'mardi 1er décembre à 17h15' via the school ENT.",
      days=(("Tue", "2026-12-01"),))
def p50() -> bytes:
    body = t("""
        Madame Fabre,

        Suite à votre demande, je vous confirme notre rencontre mardi 1er décembre à 17h15 dans la
        classe de CE2 (bâtiment B) afin de faire le point sur le premier trimestre de Léo.

        Bien cordialement,
        Mme Garcia, enseignante de CE2
        École élémentaire du Jardin des Plantes

        --
        Message envoyé depuis l'ENT Éclat Occitanie. Ne répondez pas directement à ce message,
        utilisez la messagerie de l'ENT.
    """)
    when = "2026-11-25 16:48"
    hs = head(addr("ENT Éclat Occitanie", "ne-pas-repondre@ent-eclat-occitanie.fr"),
              "Nouveau message de Mme Garcia : Rencontre parents - mardi 1er décembre", when, "Europe/Paris",
              "<ent.msg.5518372.1795621680@ent-eclat-occitanie.fr>",
              relay="from smtp.ent-eclat-occitanie.fr (smtp.ent-eclat-occitanie.fr [203.0.113.12])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(gmail_html(body))))
