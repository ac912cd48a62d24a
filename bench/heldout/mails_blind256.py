"""blind256: a blind 50-mail held-out set, the inbox of a job seeker in Avignon.

Camille Roux <camille.roux@example.org>, festival production manager in Avignon (Europe/Paris),
looking at roles in Avignon, Marseille, Montpellier, Lyon, Nimes and with remote teams,
September to mid-December 2026. Every mail is written by hand, one function per mail; make.py does
the MIME plumbing and the checks. Written blind: without reading the detector, its tests, or any
other held-out mails. Build and check with ``python3 bench/heldout/make_blind.py blind256``.
"""

from __future__ import annotations

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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2560256).sample(range(1, 51), 50)
SET = "blind256"
ME = "camille.roux@example.org"
ME_NAME = "Camille Roux"
PARIS = "Europe/Paris"


def name(key: int) -> str:
    """The mail written key-th is blind256_{ORDER[key-1]:03d}."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def mail(key: int, **kw):
    return make.mail(name(key), **kw)


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str | None = None,
         relay: str = "mail.example.net", extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay} ({relay} [203.0.113.{(len(msgid) * 7) % 250 + 2}])",
                              when, zone, "mx1.example.org with ESMTPS id " + msgid[1:9], ME)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


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


# =========================================================================== positives: scheduled


@mail(1, family="greenhouse", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:30", PARIS), end=utc("2026-09-10 15:15", PARIS),
      contact="ines.carpentier@lumenscene.fr", company="Lumen Scène",
      local="Thu 2026-09-10 14:30", local_end="2026-09-10 15:15", zone=PARIS,
      note="Greenhouse confirmation in French, 'jeudi 10 septembre 2026, 14:30 - 15:15 (heure de Paris)', "
           "CEST = UTC+2; ICS Europe/Paris agrees; contact = Reply-To recruiter (also ORGANIZER)")
def gh_lumen():
    body = t("""
        Bonjour Camille,

        Merci pour votre candidature au poste de Chargé·e de production (CDI, Lyon).
        Votre entretien est confirmé :

        Date : jeudi 10 septembre 2026
        Heure : 14:30 - 15:15 (heure de Paris)
        Lieu : Google Meet - https://meet.google.com/xkp-rwea-fto

        Vous rencontrerez :
          Inès Carpentier - Responsable recrutement
          Olivier Sarrazin - Directeur de production

        Pour toute question, répondez simplement à ce message.

        À très vite,
        L'équipe Lumen Scène
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Camille,</p>
        <p>Merci pour votre candidature au poste de <b>Chargé·e de production (CDI, Lyon)</b>.<br>
        Votre entretien est confirmé&nbsp;:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Date</b></td><td>jeudi 10 septembre 2026</td></tr>
        <tr><td><b>Heure</b></td><td>14:30 - 15:15 (heure de Paris)</td></tr>
        <tr><td><b>Lieu</b></td><td><a href="https://meet.google.com/xkp-rwea-fto">Google Meet</a></td></tr>
        </table>
        <p>Vous rencontrerez&nbsp;:<br>Inès Carpentier - Responsable recrutement<br>
        Olivier Sarrazin - Directeur de production</p>
        <p>Pour toute question, répondez simplement à ce message.</p>
        <p>À très vite,<br>L'équipe Lumen Scène</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8c1f0e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["Europe/Paris"] + "\n"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Greenhouse//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           + ics + t("""
        BEGIN:VEVENT
        UID:gh-interview-55012873@greenhouse.io
        DTSTAMP:20260908T141200Z
        DTSTART;TZID=Europe/Paris:20260910T143000
        DTEND;TZID=Europe/Paris:20260910T151500
        SUMMARY:Entretien - Chargé·e de production - Lumen Scène
        LOCATION:https://meet.google.com/xkp-rwea-fto
        ORGANIZER;CN=Inès Carpentier:mailto:ines.carpentier@lumenscene.fr
        ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Lumen Scène", "no-reply@us.greenhouse-mail.io"),
              "Entretien confirmé : Chargé·e de production chez Lumen Scène",
              "2026-09-08 16:12:07", PARIS, "<gh.55012873.a81f2@us.greenhouse-mail.io>",
              relay="o3.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Inès Carpentier", "ines.carpentier@lumenscene.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@mail(2, family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 11:00", PARIS), end=None,
      contact="malik@vieuxquai-theatre.fr", company="Théâtre du Vieux-Quai",
      local="Thu 2026-09-17 11:00", zone=PARIS,
      note="Phone reply in tu: 'on se cale jeudi à 11h au théâtre' sent Mon 14 Sep 2026 -> Thu 17 Sep, "
           "CEST = UTC+2; no length given -> end null; contact = the sender (director)")
def prose_vieuxquai():
    body = t("""
        Top ! On se cale jeudi à 11h au théatre alors, 14 rue de la Loge. Tu demandes Malik à l'acceuil, je descends.
        Prends ton book de prod si tu l'as sous la main, on parlera de la saison et du festival de juin.

        A jeudi
        Malik

        Envoyé de mon iPhone

        > Le 14 sept. 2026 à 18:31, Camille Roux <camille.roux@example.org> a écrit :
        >
        > Bonjour Malik,
        > Merci pour ton retour ! Je suis dispo jeudi ou vendredi matin cette semaine, comme ça t'arrange.
        > Belle soirée,
        > Camille
        """)
    hs = head(addr("Malik Benali", "malik@vieuxquai-theatre.fr"), "Re: Candidature régie générale",
              "2026-09-14 19:47:52", PARIS, "<6B1D0C2E-88A4-4F0B-9C41-0E5A2E9F7731@vieuxquai-theatre.fr>",
              relay="smtp.vieuxquai-theatre.fr",
              extra=(("In-Reply-To", "<c0a1f2e3-7c55-4a7e-9e6b-24d1b8f0c9aa@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(3, family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-22T15:00:00Z", end="2026-09-22T15:45:00Z",
      contact="priya.n@hollowtreelive.co.uk", company="Hollowtree Live",
      local="Tue 2026-09-22 16:00", local_end="2026-09-22 16:45", zone="Europe/London",
      note="Lever confirmation, '4:00 PM - 4:45 PM (GMT+01:00) London' = BST, UTC+1; ICS in UTC agrees; "
           "contact = Reply-To recruiter")
def lever_hollowtree():
    body = t("""
        Hi Camille,

        Thanks for making time to speak with us! Here are the details for your upcoming interview
        for Senior Event Producer (Remote, Europe) at Hollowtree Live.

        When: Tuesday, September 22, 2026, 4:00 PM - 4:45 PM (GMT+01:00) London
        Where: Video call - https://hollowtreelive.zoom.us/j/84120093317
        With: Priya Nandakumar (Talent Partner), Rhys Morgan (Head of Live Ops)

        If you need to reschedule, just reply to this email and Priya will help.

        Best,
        The Hollowtree Live team

        --
        Sent via Lever
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3f1c9e0a-2b77-4c43-9d2f-lever-9f81
        DTSTAMP:20260916T090512Z
        DTSTART:20260922T150000Z
        DTEND:20260922T154500Z
        SUMMARY:Interview: Camille Roux <> Hollowtree Live
        LOCATION:https://hollowtreelive.zoom.us/j/84120093317
        ORGANIZER;CN=Priya Nandakumar:mailto:priya.n@hollowtreelive.co.uk
        ATTENDEE;CN=Camille Roux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Hollowtree Live", "no-reply@hire.lever.co"),
              "Interview confirmed: Senior Event Producer at Hollowtree Live",
              "2026-09-16 10:05:12", "Europe/London", "<0100018f2a.lever.8c2e4d1b@email.amazonses.com>",
              relay="a48-112.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Priya Nandakumar", "priya.n@hollowtreelive.co.uk")),))
    return message(hs, mixed(text(body, cte="7bit"), calendar(ics, filename="interview.ics",
                                                              disposition="attachment")))


@mail(4, family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-29 10:00", PARIS), end=utc("2026-09-29 10:30", PARIS),
      contact="jonas.reuter@stagegrid.io", company="StageGrid",
      local="Tue 2026-09-29 10:00", local_end="2026-09-29 10:30", zone=PARIS,
      note="Calendly invitee confirmation '10:00am - 10:30am, Tuesday, September 29, 2026 (Central European "
           "Time)': Calendly's label for Europe/Paris, in summer CEST = UTC+2; no ICS; contact = Reply-To host")
def calendly_stagegrid():
    body = t("""
        Hi Camille Roux,

        A new event has been scheduled.

        Event Type:
        Interview - Production Lead (30 min)

        Invitee:
        Camille Roux

        Invitee Email:
        camille.roux@example.org

        Event Date/Time:
        10:00am - 10:30am, Tuesday, September 29, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference. https://meet.google.com/qsd-twmk-jae

        Host:
        Jonas Reuter

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b2a1d0e-7d4b
        Reschedule: https://calendly.com/reschedulings/5b2a1d0e-7d4b

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,sans-serif">
        <p>Hi Camille Roux,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Interview - Production Lead (30 min)</p>
        <p><b>Invitee:</b><br>Camille Roux</p>
        <p><b>Invitee Email:</b><br><a href="mailto:camille.roux@example.org">camille.roux@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am, Tuesday, September 29, 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.
        <a href="https://meet.google.com/qsd-twmk-jae">Join now</a></p>
        <p><b>Host:</b><br>Jonas Reuter</p>
        <p><a href="https://calendly.com/cancellations/5b2a1d0e-7d4b">Cancel</a> |
        <a href="https://calendly.com/reschedulings/5b2a1d0e-7d4b">Reschedule</a></p>
        <p style="color:#999">Powered by Calendly.com</p>
        </body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "New Event: Camille Roux - 10:00am Tue, Sep 29, 2026 - Interview - Production Lead (30 min)",
              "2026-09-24 21:10:33", PARIS, "<calendly.5b2a1d0e7d4b.1790280633@calendly.com>",
              relay="o1.ptr7131.calendly.com",
              extra=(("Reply-To", addr("Jonas Reuter", "jonas.reuter@stagegrid.io")),))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(5, family="exchange", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", PARIS), end=utc("2026-10-26 11:00", PARIS),
      contact="s.valette@osn-montpellier.fr", company="Occitanie Scènes Numériques",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PARIS,
      note="Outlook meeting request sent Thu 22 Oct in CEST for Mon 26 Oct, the day after France goes back to "
           "CET: 10:00 Paris = 09:00Z (not 08:00Z); ICS TZID 'Romance Standard Time'; contact = ORGANIZER")
def exchange_osn():
    body = t("""
        Quand : lundi 26 octobre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : OSN - 3 rue du Faubourg Boutonnet, Montpellier (salle Gaston) / Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Camille,

        Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien (poste de responsable
        de production, festival Nuits Numériques). Vous rencontrerez également Thierry Aubert, notre
        directeur technique.

        Si vous ne pouvez pas venir sur place, le lien Teams ci-dessous fonctionne aussi.

        Bien cordialement,
        Sandrine Valette
        Responsable RH - Occitanie Scènes Numériques
        04 67 00 00 41

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2>
        ID de la réunion : 318 447 902 115
        Code secret : 9pQx3B
        ________________________________________________________________________________
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sandrine Valette:mailto:s.valette@osn-montpellier.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:camille.roux@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thierry Aubert:mailto:t.aubert@osn-montpellier.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\\, comme convenu au téléphone...
        UID:040000008200E00074C5B7101A82E00800000000D0A6B2E1F35EDD01000000000000000010000000F1E2
        SUMMARY;LANGUAGE=fr-FR:Entretien Camille Roux - Responsable de production
        DTSTART;TZID=Romance Standard Time:20261026T100000
        DTEND;TZID=Romance Standard Time:20261026T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T133004Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:OSN - salle Gaston / Réunion Microsoft Teams
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
        END:VCALENDAR
        """))
    hs = head(addr("Sandrine Valette", "s.valette@osn-montpellier.fr"),
              "Entretien Camille Roux - Responsable de production",
              "2026-10-22 15:30:04", PARIS,
              "<PR3P192MB0844A1C9E2D34F1B8B9C1E2AD9F32@PR3P192MB0844.EURP192.PROD.OUTLOOK.COM>",
              relay="EUR05-AM6-obe.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Entretien Camille Roux - Responsable de production"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(6, family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 16:00", "Europe/Madrid"), end=None,
      contact="nuria.ferrer@mariones.cat", company="Mar i Ones Produccions",
      local="Tue 2026-10-06 16:00", zone="Europe/Madrid",
      note="Barcelona employer writing French: 'mardi 6 octobre à 16h00 (heure de Barcelone)', Madrid zone "
           "CEST = UTC+2; 'environ 45 minutes' -> end null; all-day ICS (VALUE=DATE) only carries the day; "
           "windows-1252 quoted-printable; contact = sender")
def prose_mariones():
    body = t("""
        Bonjour Camille,

        Je vous écris de la part de Mar i Ones Produccions, à Barcelone. Suite à notre échange de la semaine
        passée, nous avons le plaisir de vous confirmer l'entrevue pour le poste de coordinatrice de
        production (tournées France - Espagne) :

           - mardi 6 octobre à 16h00 (heure de Barcelone, c'est la même que chez vous en France)
           - par vidéoconférence, sur Google Meet : https://meet.google.com/bcn-mion-ftv
           - durée : environ 45 minutes

        Seront présents Pau Sabaté, notre directeur, et moi-même. Je vous mets aussi un rappel dans
        l'agenda (pièce jointe), excusez-moi il n'a que le jour, pas l'heure.

        N'hésitez pas si vous avez une question. Merci beaucoup et à mardi !

        Salutations cordiales,

        Núria Ferrer i Vila
        Recursos Humans / Ressources humaines
        Mar i Ones Produccions S.L.
        C/ de la Marina 118, 08005 Barcelona
        +34 932 00 00 77
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.6//EN
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        UID:8E0F3C55-1B2A-4D7E-A0B9-6F1D9E2C4B70
        DTSTAMP:20260930T104000Z
        DTSTART;VALUE=DATE:20261006
        DTEND;VALUE=DATE:20261007
        SUMMARY:Entrevista Camille Roux (coordinació producció)
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Núria Ferrer", "nuria.ferrer@mariones.cat", "iso-8859-1"),
              "Confirmation entrevue - Mar i Ones Produccions", "2026-09-30 12:40:18", "Europe/Madrid",
              "<a1b2c3d4-2e7f-4c1a-b9d0-mariones-0930@mariones.cat>", relay="smtp.mariones.cat",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-ES")))
    return message(hs, mixed(text(body, charset="windows-1252"),
                             calendar(ics, method=None, filename="Entrevista.ics",
                                      disposition="attachment", cte="quoted-printable")))


@mail(7, family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-16 09:30", PARIS), end=utc("2026-10-16 10:30", PARIS),
      contact="aurelie.mangin@confluences-events.fr", company="Groupe Confluences Événements",
      local="Fri 2026-10-16 09:30", local_end="2026-10-16 10:30", zone=PARIS,
      note="Workday HTML-only (base64) notification '16/10/2026 09:30 - 10:30 (GMT+02:00) Paris' = CEST; "
           "sent from the tenant mailbox @myworkday.com; contact = recruiter address in the body")
def workday_confluences():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="600" align="center" style="background:#fff;font-family:Roboto,Arial,sans-serif;font-size:14px">
        <tr><td style="padding:20px;background:#0a3d62;color:#fff;font-size:18px">Groupe Confluences Événements</td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour Camille,</p>
        <p>Nous avons le plaisir de vous inviter à un entretien pour le poste
        <b>Responsable de production événementielle (R-04417)</b>.</p>
        <table style="font-size:14px">
        <tr><td style="color:#666">Date et heure</td><td>16/10/2026 09:30 - 10:30 (GMT+02:00) Paris</td></tr>
        <tr><td style="color:#666">Type</td><td>Entretien en présentiel</td></tr>
        <tr><td style="color:#666">Adresse</td><td>24 quai Rambaud, 69002 Lyon - accueil 3e étage</td></tr>
        <tr><td style="color:#666">Interlocutrice</td><td>Aurélie Mangin
        (<a href="mailto:aurelie.mangin@confluences-events.fr">aurelie.mangin@confluences-events.fr</a>)</td></tr>
        </table>
        <p>Merci de vous munir d'une pièce d'identité.</p>
        <p>Vous pouvez consulter votre candidature à tout moment depuis votre
        <a href="https://wd3.myworkdaysite.com/recruiting/gce/Careers">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#999">Ce message a été envoyé automatiquement,
        merci de ne pas y répondre. Powered by Workday</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Groupe Confluences Événements", "gce@myworkday.com"),
              "Invitation à un entretien - Responsable de production événementielle",
              "2026-10-09 09:02:44", PARIS, "<1791450164528.48.JavaMail.wdprod@wd3-prod-mailer-14>",
              relay="wd3-smtp.myworkday.com")
    return message(hs, html(page, cte="base64"))


@mail(8, family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:00", PARIS), end=utc("2026-12-08 11:00", PARIS),
      contact="benoit.aubanel@areneslive.fr", company="Arènes Live",
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=PARIS,
      note="Teamtailor 'mar. 8 déc. 2026 · 10:00 – 11:00 (heure de Paris)', CET = UTC+1; "
           "contact = Reply-To hiring manager")
def teamtailor_arenes():
    body = t("""
        Bonjour Camille,

        C'est confirmé ! Voici les détails de votre entretien avec Arènes Live :

        Régisseur·se générale - saison 2027
        mar. 8 déc. 2026 · 10:00 – 11:00 (heure de Paris)
        Lieu : Arènes Live, 4 boulevard des Arènes, 30000 Nîmes

        Participants : Benoît Aubanel, Manon Rey

        Ajouter à Google Agenda : https://areneslive.teamtailor.com/meetings/7f3a9e/google
        Ajouter à Outlook / iCal : https://areneslive.teamtailor.com/meetings/7f3a9e.ics

        Besoin de modifier le créneau ? Répondez à cet e-mail.

        Benoît Aubanel
        Arènes Live
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#222">
        <div style="max-width:560px;margin:auto">
        <p>Bonjour Camille,</p>
        <p>C'est confirmé&nbsp;! Voici les détails de votre entretien avec Arènes Live&nbsp;:</p>
        <div style="border-radius:8px;background:#f5f3ff;padding:16px">
        <div style="font-weight:600">Régisseur·se générale - saison 2027</div>
        <div>mar. 8 déc. 2026 · 10:00 – 11:00 (heure de Paris)</div>
        <div>Arènes Live, 4 boulevard des Arènes, 30000 Nîmes</div>
        <div style="color:#666">Participants&nbsp;: Benoît Aubanel, Manon Rey</div>
        </div>
        <p><a href="https://areneslive.teamtailor.com/meetings/7f3a9e/google">Ajouter à Google Agenda</a> ·
        <a href="https://areneslive.teamtailor.com/meetings/7f3a9e.ics">Outlook / iCal</a></p>
        <p>Besoin de modifier le créneau&nbsp;? Répondez à cet e-mail.</p>
        <p>Benoît Aubanel<br>Arènes Live</p>
        <p style="font-size:11px;color:#aaa">Envoyé avec Teamtailor</p>
        </div></body></html>
        """)
    hs = head(addr("Benoît Aubanel via Teamtailor", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé – Arènes Live", "2026-12-02 17:20:09", PARIS,
              "<7f3a9e51c2d04b6e@teamtailor-mail.com>", relay="mail-a.teamtailor-mail.com",
              extra=(("Reply-To", addr("Benoît Aubanel", "benoit.aubanel@areneslive.fr")),))
    return message(hs, alt(text(body), html(page)))


@mail(9, family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T15:00:00Z", end="2026-10-29T15:45:00Z",
      contact="dana@brightlinetouring.com", company="Brightline Touring",
      local="Thu 2026-10-29 16:00", local_end="2026-10-29 16:45", zone=PARIS,
      note="Google Calendar invite shown in the guest's zone 'Thu Oct 29, 2026 4pm – 4:45pm (Central European "
           "Time - Paris)': Paris is back on CET (UTC+1) since 25 Oct while New York is still on EDT until "
           "1 Nov, so 11am EDT = 16:00 CET = 15:00Z; ICS TZID America/New_York agrees; contact = ORGANIZER")
def gcal_brightline():
    body = t("""
        You have been invited to the following event.

        Brightline Touring - Interview with Camille Roux (Tour Production Manager, EU)
        When
        Thursday Oct 29, 2026 ⋅ 4pm – 4:45pm (Central European Time - Paris)

        Joining info
        Join with Google Meet
        meet.google.com/vbt-qhzk-wno

        Calendar
        camille.roux@example.org

        Who
        Dana Whitfield - organizer
        Marcus Bell
        camille.roux@example.org

        Hi Camille - this is the conversation with Marcus (our VP Touring). It's 11am on our side in NYC.
        Looking forward! Dana

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MnRoZmQ4

        Reply for camille.roux@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=MnRoZmQ4&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=MnRoZmQ4&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=MnRoZmQ4&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400">Brightline Touring - Interview with Camille Roux (Tour Production Manager, EU)</h2>
        <table><tr><td style="color:#70757a">When</td>
        <td>Thursday Oct 29, 2026 ⋅ 4pm – 4:45pm (Central European Time - Paris)</td></tr>
        <tr><td style="color:#70757a">Joining info</td><td><a href="https://meet.google.com/vbt-qhzk-wno">Join with Google Meet</a></td></tr>
        <tr><td style="color:#70757a">Who</td><td>Dana Whitfield - organizer<br>Marcus Bell<br>camille.roux@example.org</td></tr>
        </table>
        <p>Hi Camille - this is the conversation with Marcus (our VP Touring). It's 11am on our side in NYC.
        Looking forward! Dana</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261029T110000
        DTEND;TZID=America/New_York:20261029T114500
        DTSTAMP:20261026T180512Z
        ORGANIZER;CN=Dana Whitfield:mailto:dana@brightlinetouring.com
        UID:2thfd8q0o7kd3m1j9v5s6c4b2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana@brightlinetouring.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Bell;X-NUM-GUESTS=0:mailto:marcus.bell@brightlinetouring.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roux@example.org;X-NUM-GUESTS=0:mailto:camille.roux@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/vbt-qhzk-wno
        CREATED:20261026T180511Z
        DESCRIPTION:Hi Camille - this is the conversation with Marcus (our VP Touring). It's 11am on our side in NYC.
        LAST-MODIFIED:20261026T180511Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Brightline Touring - Interview with Camille Roux (Tour Production Manager, EU)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Dana Whitfield (Google Calendar)", "calendar-notification@google.com"),
              "Invitation: Brightline Touring - Interview with Camille Roux (Tour Production Manager, EU) "
              "@ Thu Oct 29, 2026 4pm - 4:45pm (CET) (camille.roux@example.org)",
              "2026-10-26 14:05:12", "America/New_York", "<calendar-2thfd8q0-ab41-4c3e-9f0e-77aa@google.com>",
              relay="mail-sor-f69.google.com",
              extra=(("Reply-To", addr("Dana Whitfield", "dana@brightlinetouring.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="7bit")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(10, family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T09:00:00Z", end="2026-11-10T10:00:00Z",
      contact="ines.rocha@mareaudio.pt", company="Maré Audio",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone=PARIS,
      note="Ashby confirmation '10:00 AM – 11:00 AM CET (9:00 AM – 10:00 AM Lisbon time)'; CET = UTC+1 and "
           "Lisbon WET = UTC+0 give the same 09:00Z; ICS in UTC; contact = Reply-To recruiter")
def ashby_mare():
    body = t("""
        Hi Camille,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, November 10, 2026
        10:00 AM – 11:00 AM CET (9:00 AM – 10:00 AM Lisbon time)
        Google Meet: https://meet.google.com/mar-eaud-ioo

        You'll meet with:
          Inês Rocha — People & Talent
          Duarte Alves — Head of Festival Partnerships

        Questions? Just reply and it will reach Inês Rocha.

        Thanks,
        Maré Audio Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:9b3e0d1c-0f4a-48e2-a0b7-ashby-mare-1110
        DTSTAMP:20261104T113022Z
        DTSTART:20261110T090000Z
        DTEND:20261110T100000Z
        SEQUENCE:0
        SUMMARY:Maré Audio – Festival Partnerships Producer Interview
        LOCATION:https://meet.google.com/mar-eaud-ioo
        ORGANIZER;CN=Inês Rocha:mailto:ines.rocha@mareaudio.pt
        ATTENDEE;CN=Camille Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Maré Audio", "no-reply@ashbyhq.com"),
              "Interview confirmed: Festival Partnerships Producer at Maré Audio",
              "2026-11-04 11:30:22", "Europe/Lisbon",
              "<0100019a4e3b2c11-7e1a0c55-2b3d-4e6f-a1b2-c3d4e5f60718-000000@email.amazonses.com>",
              relay="a8-33.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Inês Rocha", "ines.rocha@mareaudio.pt")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(11, family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:30", PARIS), end=None,
      contact="helene.brunet@croixpaquet-theatre.fr", company="Théâtre de la Croix-Paquet",
      local="Tue 2026-11-10 14:30", zone=PARIS,
      note="'demain à 14 h 30' in a mail dated Mon 9 Nov 2026 11:20 Paris -> Tue 10 Nov, CET = UTC+1; "
           "'une heure environ' -> end null; iso-8859-15 quoted-printable; contact = sender")
def prose_croixpaquet():
    body = t("""
        Bonjour Camille,

        Je vous confirme notre rendez-vous de demain à 14 h 30 au théâtre (entrée des artistes, 3 montée
        de la Grande-Côte, Lyon 1er) pour l'entretien sur le poste d'administratrice de production.
        Nous serons trois : Gilles Perret (direction), Amandine Roche (administration) et moi-même.
        Comptez une heure environ.

        Le code de la porte est le 4512A ; si vous êtes en avance il y a un café juste en face.

        Bien à vous,

        Hélène Brunet
        Secrétaire générale
        Théâtre de la Croix-Paquet
        04 78 00 00 19
        """)
    hs = head(addr("Hélène Brunet", "helene.brunet@croixpaquet-theatre.fr", "iso-8859-15"),
              "Entretien demain", "2026-11-09 11:20:41", PARIS,
              "<5f2c1a9e-3b7d-4e80-bb21-0d9e7c6a5f14@croixpaquet-theatre.fr>",
              relay="smtp.croixpaquet-theatre.fr",
              extra=(("User-Agent", "Mozilla Thunderbird 128.4.0"),))
    return message(hs, text(body, charset="iso-8859-15", params="format=flowed"))


@mail(12, family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-18 11:00", PARIS), end=utc("2026-11-18 11:45", PARIS),
      contact=None, company="Port Culture Marseille",
      local="Wed 2026-11-18 11:00", local_end="2026-11-18 11:45", zone=PARIS,
      note="Microsoft Bookings 'mercredi 18 novembre 2026 11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, "
           "Paris', 'Durée : 45 minutes' -> end; ICS 'Romance Standard Time'; sender is a Bookings mailbox "
           "and the staff member is named without an address -> contact null")
def bookings_portculture():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <p>Bonjour Camille Roux,</p>
        <p>Merci d'avoir réservé votre rendez-vous avec <b>Port Culture Marseille - Recrutement</b>.
        Votre réservation est confirmée.</p>
        <table>
        <tr><td>Service</td><td>Entretien - Chef·fe de projet événementiel</td></tr>
        <tr><td>Date</td><td>mercredi 18 novembre 2026 11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Durée</td><td>45 minutes</td></tr>
        <tr><td>Membre du personnel</td><td>Yann Ferrand</td></tr>
        <tr><td>Lieu</td><td>Réunion Microsoft Teams (le lien figure dans l'invitation)</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/PortCultureRecrutement@portculture-marseille.fr/bookings/s/Xq2">Gérer la réservation</a></p>
        <p style="color:#888;font-size:12px">Ce message a été envoyé par Microsoft Bookings.</p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Port Culture Marseille - Recrutement:mailto:PortCultureRecrutement@portculture-marseille.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:camille.roux@example.org
        UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DD01000000000000000010000000A9B8
        SUMMARY;LANGUAGE=fr-FR:Entretien - Chef·fe de projet événementiel
        DTSTART;TZID=Romance Standard Time:20261118T110000
        DTEND;TZID=Romance Standard Time:20261118T114500
        DTSTAMP:20261112T091500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Port Culture Marseille - Recrutement", "PortCultureRecrutement@portculture-marseille.fr"),
              "Réservation confirmée : Entretien - Chef·fe de projet événementiel",
              "2026-11-12 10:15:33", PARIS,
              "<DB9P192MB1530C3B2E0F44A2E9C1D5A77B8E21@DB9P192MB1530.EURP192.PROD.OUTLOOK.COM>",
              relay="EUR02-VI1-obe.outbound.protection.outlook.com",
              extra=(("X-MS-Exchange-Organization-BookingsType", "Booking"),))
    return message(hs, mixed(html(page), calendar(ics, cte="base64", filename="invite.ics",
                                                    disposition="attachment")))


@mail(13, family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 15:00", PARIS), end=utc("2026-11-19 16:00", PARIS),
      contact="laure.giordano@mistral-evenements.fr", company="Mistral Événements",
      local="Thu 2026-11-19 15:00", local_end="2026-11-19 16:00", zone=PARIS,
      note="SmartRecruiters 'jeudi 19 novembre 2026 de 15h00 à 16h00 (heure de Paris)', CET = UTC+1; "
           "no-reply sender; contact = recruiter address in the signature")
def smartr_mistral():
    body = t("""
        Bonjour Camille,

        Merci d'avoir confirmé votre disponibilité. Votre entretien pour le poste de Cheffe de projet
        production - Congrès & salons (Marseille) est programmé :

        jeudi 19 novembre 2026 de 15h00 à 16h00 (heure de Paris)
        Mistral Événements - 18 boulevard de Dunkerque, 13002 Marseille (Les Docks, bât. C)

        Vous serez reçue par Laure Giordano et Karim Saïdi, directeur des opérations.

        En cas d'empêchement, merci de prévenir au plus tôt :
        Laure Giordano - Talent Acquisition - laure.giordano@mistral-evenements.fr - 04 91 00 00 62

        Bien cordialement,
        Mistral Événements

        Cet e-mail a été envoyé via SmartRecruiters. Merci de ne pas répondre directement.
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Mistral Événements", "noreply@smartrecruiters.com"),
              "Votre entretien avec Mistral Événements", "2026-11-13 14:44:02", PARIS,
              "<20261113134402.7c1e.9f2a@smartrecruiters.com>", relay="mail2.smartrecruiters.com")
    return message(hs, alt(text(body), html(page)))


@mail(14, family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-24T21:30:00Z", end=None,
      contact="tom.kavanagh@yarrastagecraft.com.au", company="Yarra Stagecraft",
      local="Wed 2026-11-25 08:30", zone="Australia/Melbourne",
      note="Melbourne recruiter: 'Wednesday 25 November, 8:30am Melbourne time' = AEDT (UTC+11) -> "
           "Tue 24 Nov 21:30Z, a different UTC day; the text also gives 10:30pm Tuesday Avignon time (CET); "
           "Zoom block has no duration -> end null; contact = sender")
def zoom_yarra():
    body = t("""
        Hi Camille,

        Great chatting on Tuesday. As promised, here's the invite for your interview with Nadia (our
        Head of Touring Operations) for the European Tour Manager role:

        Wednesday 25 November, 8:30am Melbourne time - which I make 10:30pm on Tuesday 24th for you in
        Avignon. Sorry about the late hour on your end, and thanks for being flexible!

        Tom Kavanagh is inviting you to a scheduled Zoom meeting.

        Topic: Yarra Stagecraft - Camille Roux / Nadia Okafor
        Time: Nov 25, 2026 08:30 AM Canberra, Melbourne, Sydney

        Join Zoom Meeting
        https://yarrastagecraft.zoom.us/j/82215590431?pwd=Qm9rZ3hWb0FLR2tH

        Meeting ID: 822 1559 0431
        Passcode: 771203

        Cheers,
        Tom

        Tom Kavanagh | Talent Lead
        Yarra Stagecraft | 112 Sturt St, Southbank VIC 3006
        +61 3 9000 0412
        """)
    hs = head(addr("Tom Kavanagh", "tom.kavanagh@yarrastagecraft.com.au"),
              "Interview invite - European Tour Manager (Zoom)", "2026-11-20 16:40:15", "Australia/Melbourne",
              "<SY4P282MB3011A2C4E9D1F0B7E2A9C33D1@SY4P282MB3011.AUSP282.PROD.OUTLOOK.COM>",
              relay="AUS01-SY4-obe.outbound.protection.outlook.com",
              extra=(("Content-Language", "en-AU"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(15, family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-30 10:00", PARIS), end=utc("2026-11-30 10:45", PARIS),
      contact="sophie.lambert@klangwerk.de", company="Klangwerk Bühnentechnik",
      local="Mon 2026-11-30 10:00", local_end="2026-11-30 10:45", zone=PARIS,
      note="Personio invitation (German company, French text) 'lundi 30 novembre 2026, 10:00 – 10:45 (CET)' "
           "= UTC+1; ICS Europe/Berlin (same offset); Date header in Berlin time; contact = Reply-To")
def personio_klangwerk():
    body = t("""
        Bonjour Camille Roux,

        Nous vous remercions pour votre candidature au poste de Responsable de projets France
        (bureau de Lyon) et nous réjouissons de faire votre connaissance.

        Votre entretien :
        lundi 30 novembre 2026, 10:00 – 10:45 (CET)
        En ligne via Microsoft Teams (le lien se trouve dans l'invitation jointe)

        Interlocutrices : Sophie Lambert (RH), Anja Vogt (Direction des projets)

        Cordialement,
        Sophie Lambert
        Klangwerk Bühnentechnik GmbH

        ---
        Cette e-mail a été envoyée via Personio.
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio//Recruiting//DE\nMETHOD:REQUEST\n"
           + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-20261130-44810@personio.de
        DTSTAMP:20261124T075500Z
        DTSTART;TZID=Europe/Berlin:20261130T100000
        DTEND;TZID=Europe/Berlin:20261130T104500
        SUMMARY:Entretien Camille Roux – Klangwerk Bühnentechnik
        ORGANIZER;CN=Sophie Lambert:mailto:sophie.lambert@klangwerk.de
        ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Klangwerk Bühnentechnik GmbH", "no-reply@mail.personio.de"),
              "Invitation à un entretien – Klangwerk Bühnentechnik", "2026-11-24 08:55:10", "Europe/Berlin",
              "<20261124075510.8a1f3c2e@mail.personio.de>", relay="mail.personio.de",
              extra=(("Reply-To", addr("Sophie Lambert", "sophie.lambert@klangwerk.de")),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, filename="entretien.ics", disposition="attachment",
                                      cte="quoted-printable")))


@mail(16, family="forward_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-13 09:30", PARIS), end=None,
      contact="marion.teissier@festival-garrigues.fr", company="Festival des Garrigues",
      local="Tue 2026-10-13 09:30", zone=PARIS,
      note="Candidate forwards to herself (example.net -> example.org) the recruiter's confirmation as a "
           "message/rfc822 part: 'mardi 13 octobre à 9h30', CEST = UTC+2; candidate is never the contact, "
           "contact = the recruiter in the forwarded From")
def fwd_garrigues():
    inner_body = t("""
        Bonjour Camille,

        Je vous confirme notre entretien mardi 13 octobre à 9h30 dans nos bureaux, 12 rue de
        l'Aiguillerie à Montpellier (2e étage, sonnez "FDG"). Nous parlerons du poste de coordinatrice
        générale pour l'édition 2027.

        Belle fin de semaine,

        Marion Teissier
        Administratrice - Festival des Garrigues
        """)
    inner = message([
        ("From", addr("Marion Teissier", "marion.teissier@festival-garrigues.fr")),
        ("To", addr(ME_NAME, "camille.roux@example.net")),
        ("Subject", "Entretien mardi"),
        ("Date", date("2026-10-09 17:02:11", PARIS)),
        ("Message-ID", "<a7e1c3b9-55d0-4a2f-8e61-fdg-1009@festival-garrigues.fr>"),
    ], text(inner_body))
    outer = t("""
        à mettre dans l'agenda !!
        (et penser à réimprimer le dossier de l'édition 2025)
        """)
    hs = head(addr(ME_NAME, "camille.roux@example.net"), "Fwd: Entretien mardi", "2026-10-09 22:10:40",
              PARIS, "<e2b1f9c4-0a7d-4c8e-9b23-self-1009@example.net>", relay="smtp.example.net")
    return message(hs, mixed(text(outer, cte="8bit"),
                             attached_message(inner, filename="Entretien mardi.eml")))


# =========================================================================== positives: rescheduled


@mail(17, family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-21 15:00", PARIS), end=utc("2026-10-21 16:00", PARIS),
      contact="grace.obi@northlightticketing.com", company="Northlight Ticketing",
      local="Wed 2026-10-21 15:00", local_end="2026-10-21 16:00", zone=PARIS,
      note="GoodTime reschedule: new 'Wednesday, October 21, 2026, 3:00 PM – 4:00 PM CEST' (UTC+2), old "
           "Tuesday 20 Oct 10:00 AM also written; ICS SEQUENCE:1 Europe/Paris; Date in London BST; "
           "contact = Reply-To coordinator")
def goodtime_northlight():
    body = t("""
        Hi Camille,

        Your interview with Northlight Ticketing has been rescheduled. Please see the updated details below.

        NEW TIME
        Wednesday, October 21, 2026, 3:00 PM – 4:00 PM CEST

        PREVIOUS TIME (cancelled)
        Tuesday, October 20, 2026, 10:00 AM – 11:00 AM CEST

        Role: Live Events Partnerships Manager (Southern Europe)
        Format: Panel, Microsoft Teams (link in the calendar invitation)
        Panel: Oliver Hughes (Director, Partnerships), Sara Lindqvist (Client Success Lead)

        Your coordinator is Grace Obi. Reply to this email if anything changes on your side.

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px">
        <p>Hi Camille,</p>
        <p>Your interview with Northlight Ticketing has been <b>rescheduled</b>. Please see the updated details below.</p>
        <p style="font-size:12px;color:#0b7">NEW TIME</p>
        <p><b>Wednesday, October 21, 2026, 3:00 PM – 4:00 PM CEST</b></p>
        <p style="font-size:12px;color:#b00">PREVIOUS TIME (cancelled)</p>
        <p><s>Tuesday, October 20, 2026, 10:00 AM – 11:00 AM CEST</s></p>
        <p>Role: Live Events Partnerships Manager (Southern Europe)<br>
        Format: Panel, Microsoft Teams (link in the calendar invitation)<br>
        Panel: Oliver Hughes (Director, Partnerships), Sara Lindqvist (Client Success Lead)</p>
        <p>Your coordinator is Grace Obi. Reply to this email if anything changes on your side.</p>
        <p style="color:#aaa;font-size:11px">Powered by GoodTime</p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//GoodTime.io//Hire//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-7c9d1e2f-northlight-roux@goodtime.io
        DTSTAMP:20261015T120005Z
        DTSTART;TZID=Europe/Paris:20261021T150000
        DTEND;TZID=Europe/Paris:20261021T160000
        SEQUENCE:1
        SUMMARY:Northlight Ticketing – Panel Interview – Camille Roux
        ORGANIZER;CN=Grace Obi:mailto:grace.obi@northlightticketing.com
        ATTENDEE;CN=Camille Roux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Northlight Ticketing", "scheduling@goodtime.io"),
              "Updated: Your interview with Northlight Ticketing has been rescheduled",
              "2026-10-15 13:00:05", "Europe/London", "<gt.resched.7c9d1e2f.1760529605@goodtime.io>",
              relay="o7.email.goodtime.io",
              extra=(("Reply-To", addr("Grace Obi", "grace.obi@northlightticketing.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(18, family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-20 14:00", PARIS), end=None,
      contact="julien@feriaprod.fr", company="Féria Prod",
      local="Fri 2026-11-20 14:00", zone=PARIS,
      note="Reply in tu, sent Mon 16 Nov: 'on décale à vendredi même heure'; the quoted thread fixes the old "
           "slot 'mercredi 18 à 14h' -> new Fri 20 Nov 14:00 CET = 13:00Z; contact = sender")
def prose_feria():
    body = t("""
        Salut Camille,

        Petit imprévu mercredi, je me retrouve convoqué à la mairie pour le dossier des arènes (classique).
        Du coup on décale à vendredi même heure, c'est calé avec Jeanne, je t'ai bloqué le créneau.
        Même endroit, au bureau rue de l'Horloge.

        Désolé pour le changement !
        Julien

        Le jeu. 12 nov. 2026 à 21:03, Camille Roux <camille.roux@example.org> a écrit :
        > Parfait, mercredi 18 à 14h ça me va très bien. A mercredi !
        > Camille
        >
        > Le jeu. 12 nov. 2026 à 17:40, Julien Escoffier <julien@feriaprod.fr> a écrit :
        >> Salut Camille, merci pour ton CV. Tu pourrais passer mercredi 18 à 14h au bureau pour qu'on
        >> en parle avec Jeanne (notre admin) ? C'est pour la prod de la féria de Pentecôte.
        >> Julien
        """)
    hs = head(addr("Julien Escoffier", "julien@feriaprod.fr"), "Re: Candidature - production féria 2027",
              "2026-11-16 09:12:30", PARIS, "<CAH7x9Kq2mW1d=feriaprod-rs-1116@mail.gmail.com>",
              relay="mail-wm1-f52.google.com",
              extra=(("In-Reply-To", "<5e1a3c9b-7d21-4f0a-b6c8-roux-1112@example.org>"),
                     ("References", "<CAH7x9Kq2mW1d=feriaprod-1112@mail.gmail.com> "
                                    "<5e1a3c9b-7d21-4f0a-b6c8-roux-1112@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(19, family="exchange", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-27 10:00", PARIS), end=utc("2026-10-27 11:00", PARIS),
      contact="cedric.morel@rhone-live.fr", company="Rhône Live",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=PARIS,
      note="Outlook update sent Wed 21 Oct (CEST): moved from Fri 23 Oct 10:00 (CEST) to Tue 27 Oct "
           "10:00-11:00, after the switch to CET -> 09:00Z; ICS 'W. Europe Standard Time' SEQUENCE:2; "
           "contact = ORGANIZER/sender")
def exchange_rhonelive():
    body = t("""
        Quand : mardi 27 octobre 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Camille,

        Comme évoqué ce matin au téléphone, je déplace notre entretien initialement prévu le vendredi
        23 octobre à 10h au mardi 27 octobre, même heure (notre directrice est en déplacement vendredi).
        Désolé pour ce changement.

        Cordialement,
        Cédric Morel
        Directeur de production - Rhône Live
        06 00 00 00 83

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Rl9x>
        ID de la réunion : 377 210 558 904
        Code secret : kT7e2N
        ________________________________________________________________________________
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Cédric Morel:mailto:cedric.morel@rhone-live.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:camille.roux@example.org
        UID:040000008200E00074C5B7101A82E0080000000070F1E2D3C4B5DD01000000000000000010000000C0DE
        SUMMARY;LANGUAGE=fr-FR:Entretien Camille Roux / Rhône Live
        DTSTART;TZID=W. Europe Standard Time:20261027T100000
        DTEND;TZID=W. Europe Standard Time:20261027T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T094000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1180412
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Cédric Morel", "cedric.morel@rhone-live.fr"),
              "Mise à jour : Entretien Camille Roux / Rhône Live",
              "2026-10-21 11:40:00", PARIS,
              "<AM9P192MB1290F0E1D2C3B4A5968778695A4B3@AM9P192MB1290.EURP192.PROD.OUTLOOK.COM>",
              relay="EUR03-AM7-obe.outbound.protection.outlook.com",
              extra=(("Thread-Topic", enc("Entretien Camille Roux / Rhône Live")), ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body, charset="windows-1252"), calendar(ics, cte="base64")))


@mail(20, family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-12 14:00", PARIS), end=utc("2026-11-12 14:30", PARIS),
      contact="kari.lunde@fjordsound.no", company="Fjord Sound Labs",
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 14:30", zone=PARIS,
      note="Workable reschedule: new 'Thursday 12 November 2026, 14:00–14:30 CET' (UTC+1), old Tue 10 Nov "
           "13:00 also written; Date in Oslo time; Reply-To is a Workable relay, so contact = the hiring "
           "manager's address in the body")
def workable_fjord():
    body = t("""
        Hi Camille,

        Kari Lunde has changed the time of your interview for Festival Partnerships Manager (Remote - EU).

        New time: Thursday 12 November 2026, 14:00–14:30 CET
        (was: Tuesday 10 November 2026, 13:00–13:30 CET)

        Video call: https://meet.google.com/fjo-rdso-und

        If the new time doesn't work for you, reply to this email or write to Kari directly at
        kari.lunde@fjordsound.no.

        Kind regards,
        Fjord Sound Labs

        --
        This email was sent via Workable on behalf of Fjord Sound Labs.
        """)
    hs = head(addr("Fjord Sound Labs", "noreply@candidates.workablemail.com"),
              "Your interview with Fjord Sound Labs has been rescheduled", "2026-11-09 15:20:44", "Europe/Oslo",
              "<0102019a0f5e4c21-workable-resched-88a1@eu-west-1.amazonses.com>",
              relay="b224-12.smtp-out.eu-west-1.amazonses.com",
              extra=(("Reply-To", "fjord-sound-labs+2f8c1a9e4b@candidates.workablemail.com"),))
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Hi Camille,</p>
        <p>Kari Lunde has changed the time of your interview for <b>Festival Partnerships Manager (Remote - EU)</b>.</p>
        <p><b>New time:</b> Thursday 12 November 2026, 14:00–14:30 CET<br>
        <span style="color:#888">(was: Tuesday 10 November 2026, 13:00–13:30 CET)</span></p>
        <p>Video call: <a href="https://meet.google.com/fjo-rdso-und">meet.google.com/fjo-rdso-und</a></p>
        <p>If the new time doesn't work for you, reply to this email or write to Kari directly at
        <a href="mailto:kari.lunde@fjordsound.no">kari.lunde@fjordsound.no</a>.</p>
        <p>Kind regards,<br>Fjord Sound Labs</p>
        <p style="font-size:11px;color:#999">This email was sent via Workable on behalf of Fjord Sound Labs.</p>
        </body></html>
        """)
    return message(hs, alt(text(body), html(page)))


# =========================================================================== positives: cancelled


@mail(21, family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-01 10:00", PARIS), end=utc("2026-10-01 11:00", PARIS),
      contact="aicha.haddou@lesenvolees.fr", company="Compagnie Les Envolées",
      local="Thu 2026-10-01 10:00", local_end="2026-10-01 11:00", zone=PARIS,
      note="Google Calendar cancellation in French, 'jeu. 1 oct. 2026 10:00 - 11:00 (heure d'été d'Europe "
           "centrale - Paris)' = UTC+2; METHOD:CANCEL; no new time; contact = ORGANIZER")
def gcal_cancel_envolees():
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien - Chargée de diffusion / Compagnie Les Envolées
        Quand
        jeu. 1 oct. 2026 10:00 - 11:00 (heure d'été d'Europe centrale - Paris)

        Organisateur
        Aïcha Haddou
        aicha.haddou@lesenvolees.fr

        Invités
        Aïcha Haddou - organisateur
        camille.roux@example.org

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à l'événement.
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:CANCEL\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261001T100000
        DTEND;TZID=Europe/Paris:20261001T110000
        DTSTAMP:20260928T064500Z
        ORGANIZER;CN=Aïcha Haddou:mailto:aicha.haddou@lesenvolees.fr
        UID:6qk1d0c9e8b7a6f5e4d3c2b1a0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=camille.roux@example.org;X-NUM-GUESTS=0:mailto:camille.roux@example.org
        CREATED:20260921T151020Z
        LAST-MODIFIED:20260928T064500Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien - Chargée de diffusion / Compagnie Les Envolées
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Aïcha Haddou (Google Agenda)", "calendar-notification@google.com"),
              "Événement annulé : Entretien - Chargée de diffusion / Compagnie Les Envolées "
              "@ jeu. 1 oct. 2026 10:00 - 11:00 (CEST) (camille.roux@example.org)",
              "2026-09-28 08:45:00", PARIS, "<calendar-6qk1d0c9-cancel-0928@google.com>",
              relay="mail-sor-f73.google.com",
              extra=(("Reply-To", addr("Aïcha Haddou", "aicha.haddou@lesenvolees.fr")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="8bit")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(22, family="taleo", lang="en", interview=True, kind="cancelled",
      start="2026-11-27T14:00:00Z", end=None,
      contact="siobhan.kelly@meridianvenues.ie", company="Meridian Venues Group",
      local="Fri 2026-11-27 14:00", zone="Europe/Dublin",
      note="Taleo cancellation, 'Friday, November 27, 2026 at 2:00 PM (GMT) Dublin' -> winter time in "
           "Ireland = UTC+0; position on hold, no new time; contact = recruiter address in the body")
def taleo_meridian():
    body = t("""
        Dear Camille Roux,

        We regret to inform you that your interview for the position of Events Operations Manager,
        Continental Europe (Requisition 26-0712), scheduled for Friday, November 27, 2026 at 2:00 PM (GMT)
        Dublin, has been cancelled, as the position has been put on hold.

        Your application remains in our system. Should the position re-open, a member of our team will
        contact you.

        If you have any questions, please contact Siobhan Kelly, Talent Acquisition,
        at siobhan.kelly@meridianvenues.ie.

        Sincerely,
        Meridian Venues Group - Talent Acquisition

        *** This is an automated message, please do not reply. ***
        """)
    hs = head(addr("Meridian Venues Group", "noreply@taleo.net"),
              "Interview Cancellation - Events Operations Manager, Continental Europe",
              "2026-11-23 16:05:19", "Europe/Dublin", "<1832045119.77104.1795968319220.JavaMail.taleo@tlo-mail-07>",
              relay="smtp01.taleo.net")
    return message(hs, text(body, charset="iso-8859-1", cte="7bit"))


@mail(23, family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-10 10:00", PARIS), end=None,
      contact="p.girard@manufacture-rhone.fr", company="La Manufacture du Rhône",
      local="Thu 2026-12-10 10:00", zone=PARIS,
      note="Outlook prose cancellation sent Mon 7 Dec: 'annuler notre entretien de jeudi 10 décembre à 10h' "
           "(CET = UTC+1); new days only proposed ('mardi 15 ou mercredi 16'), nothing fixed -> cancelled, "
           "start = the cancelled slot; contact = sender")
def prose_manufacture_cancel():
    body = t("""
        Bonjour Camille,

        Je suis au regret de devoir annuler notre entretien de jeudi 10 décembre à 10h : notre conseil
        d'administration a été avancé au même moment et je ne peux pas m'y soustraire.

        Je tiens beaucoup à vous rencontrer. Je vous propose mardi 15 ou mercredi 16 décembre en fin de
        matinée, dites-moi ce qui vous arrange et je vous renvoie une invitation.

        Avec toutes mes excuses,

        Pascale Girard
        Directrice déléguée
        La Manufacture du Rhône - Avignon
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Camille,</p>
        <p class="MsoNormal">Je suis au regret de devoir annuler notre entretien de <b>jeudi 10 décembre à 10h</b>&nbsp;:
        notre conseil d'administration a été avancé au même moment et je ne peux pas m'y soustraire.</p>
        <p class="MsoNormal">Je tiens beaucoup à vous rencontrer. Je vous propose mardi 15 ou mercredi 16 décembre
        en fin de matinée, dites-moi ce qui vous arrange et je vous renvoie une invitation.</p>
        <p class="MsoNormal">Avec toutes mes excuses,</p>
        <p class="MsoNormal">Pascale Girard<br>Directrice déléguée<br>La Manufacture du Rhône - Avignon</p>
        </div></body></html>
        """)
    hs = head(addr("Pascale Girard", "p.girard@manufacture-rhone.fr"), "Annulation entretien de jeudi",
              "2026-12-07 10:30:12", PARIS,
              "<PAVP192MB2270D1E2F3A4B5C6D7E8F9A0B1C2@PAVP192MB2270.EURP192.PROD.OUTLOOK.COM>",
              relay="EUR04-PA2-obe.outbound.protection.outlook.com",
              extra=(("Importance", "high"), ("Content-Language", "fr-FR")),
              charset="windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


# =========================================================================== negatives


@mail(24, family="rejection", lang="fr", interview=False, company="Lichtspiel Events",
      days=(("Thu", "2026-09-17"),),
      note="softgarden rejection after an interview ('notre entretien du jeudi 17 septembre'); past date, "
           "nothing scheduled")
def softgarden_reject():
    body = t("""
        Bonjour Madame Roux,

        Nous vous remercions encore pour le temps que vous nous avez consacré lors de notre entretien du
        jeudi 17 septembre, ainsi que pour l'intérêt porté à Lichtspiel Events.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre candidate dont
        le profil correspond plus étroitement à nos besoins actuels pour le poste de Chef de projet
        événementiel (Lyon).

        Nous conservons votre dossier et nous permettrons de vous recontacter si une opportunité
        correspondant à votre profil se présente.

        Nous vous souhaitons plein succès dans vos recherches.

        Cordialement,
        L'équipe RH de Lichtspiel Events

        Cet e-mail a été généré automatiquement via softgarden. Merci de ne pas y répondre.
        """)
    hs = head(addr("Lichtspiel Events", "noreply@softgarden.io"),
              "Votre candidature chez Lichtspiel Events", "2026-09-25 10:14:55", "Europe/Berlin",
              "<sg.8841023.reject.20260925@softgarden.io>", relay="mx-out2.softgarden.io")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(25, family="offer", lang="en", interview=False, company="StageGrid",
      days=(("Fri", "2026-10-16"), ("Tue", "2026-09-29"), ("Wed", "2026-10-07")),
      note="Job offer in prose; mentions the past interviews (Tue 29 Sep, Wed 7 Oct) and a call 'if useful', "
           "and a reply deadline Friday 16 October 6pm CEST; no interview scheduled")
def offer_stagegrid():
    body = t("""
        Hi Camille,

        I'm delighted to tell you that we'd like to offer you the role of Production Lead at StageGrid!
        Everyone you met - from our first chat on Tuesday 29 September to the panel on Wednesday 7
        October - came away really impressed.

        The offer letter is attached, with the details we discussed: full-time, remote from Avignon with
        a trip to Berlin about once a month, starting 4 January 2027.

        Could you let us know by Friday 16 October, 6pm CEST? If it helps to talk anything through, I'm
        happy to jump on a call any time this week - just send me a couple of slots.

        Really hoping you'll join us,
        Jonas

        Jonas Reuter
        Head of People, StageGrid
        """)
    hs = head(addr("Jonas Reuter", "jonas.reuter@stagegrid.io"), "Your offer from StageGrid 🎉",
              "2026-10-12 17:31:08", "Europe/Berlin", "<CAJr5vT0q8wz+offer-stagegrid-1012@mail.gmail.com>",
              relay="mail-ej1-f44.google.com")
    offer = t("""
        %PDF-1.4 (placeholder: offer letter, 2 pages)
        """)
    att = make.Part([("Content-Type", 'application/pdf; name="StageGrid_Offer_Camille_Roux.pdf"'),
                     ("Content-Disposition", 'attachment; filename="StageGrid_Offer_Camille_Roux.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    make.base64.encodebytes(offer.encode()).replace(b"\n", b"\r\n"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(26, family="application_ack", lang="fr", interview=False, company="Vaucluse Tourisme & Congrès",
      note="iCIMS application receipt in French; 'si votre profil est retenu, nous vous contacterons pour "
           "convenir d'un entretien' is hypothetical")
def icims_ack():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Bonjour Camille,</p>
        <p>Nous vous remercions pour votre candidature au poste <b>Responsable logistique congrès (H/F) -
        Avignon</b> (réf. 2026-1184).</p>
        <p>Notre équipe va étudier votre dossier avec attention. Si votre profil est retenu, nous vous
        contacterons pour convenir d'un entretien. Dans le cas contraire, nous vous en informerons par
        e-mail dans un délai de quatre semaines.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature dans votre
        <a href="https://careers-vtc.icims.com/jobs/candidate/dashboard">espace candidat</a>.</p>
        <p>Cordialement,<br>Vaucluse Tourisme &amp; Congrès - Ressources humaines</p>
        <p style="font-size:11px;color:#888">Merci de ne pas répondre à cet e-mail.</p>
        </body></html>
        """)
    hs = head(addr("Vaucluse Tourisme & Congrès", "careers-vtc@talent.icims.com"),
              "Nous avons bien reçu votre candidature - Responsable logistique congrès",
              "2026-09-09 08:12:40", PARIS, "<icims.20260909061240.118403@talent.icims.com>",
              relay="smtp3.talent.icims.com")
    return message(hs, html(page))


@mail(27, family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board digest; 'Entretiens en cours' and 'Recrute activement' badges confirm nothing")
def alert_scenejobs():
    body = t("""
        ScèneJobs - vos alertes du jour
        Alerte : "production" - Avignon + 100 km

        Chargé·e de production - Compagnie Vent du Sud (Marseille)
        CDD 10 mois · Publiée il y a 2 jours · Entretiens en cours
        https://www.scenejobs.example.com/offre/88123

        Directeur·rice de production - Festival Les Nuits de Nîmes (Nîmes)
        CDI · Recrute activement · Entretiens prévus début novembre
        https://www.scenejobs.example.com/offre/88140

        Régisseur·se général·e - Scène conventionnée (Arles)
        CDDU · Publiée aujourd'hui
        https://www.scenejobs.example.com/offre/88152

        Voir toutes les offres : https://www.scenejobs.example.com/alertes/22731

        Vous recevez cet e-mail car vous avez créé une alerte sur ScèneJobs.
        Se désabonner : https://www.scenejobs.example.com/alertes/22731/stop
        """)
    hs = head(addr("ScèneJobs", "alertes@scenejobs.example.com"),
              "3 nouvelles offres pour « production » près d'Avignon", "2026-10-20 07:02:11", PARIS,
              "<alert.22731.20261020@scenejobs.example.com>", relay="mta2.scenejobs.example.com",
              extra=(("List-Unsubscribe", "<https://www.scenejobs.example.com/alertes/22731/stop>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(28, family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Newsletter / blog post about job interviews in the culture sector with a live Q&A on Thu 5 Nov "
           "at 18h; confirms no interview")
def newsletter_coulisses():
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:600px;margin:auto">
        <h1 style="font-size:22px">Coulisses Emploi - la lettre #58</h1>
        <h2>Entretien d'embauche dans le spectacle vivant : les 7 questions qu'on vous posera (vraiment)</h2>
        <p>« Parlez-moi d'une crise que vous avez gérée en plein festival. » Si vous postulez en production,
        vous y aurez droit. Notre rédaction a interrogé douze directeurs et directrices de production sur ce
        qu'ils attendent en entretien...</p>
        <p><a href="https://coulisses-emploi.example.com/blog/entretien-7-questions">Lire l'article</a></p>
        <h3>Live de la rédaction</h3>
        <p>Jeudi 5 novembre à 18h, on répond en direct à vos questions sur l'entretien d'embauche (et la
        négociation du salaire). Inscription gratuite sur le site.</p>
        <hr>
        <p style="font-size:11px;color:#888">Vous recevez cette lettre car vous êtes abonné·e à Coulisses Emploi.
        <a href="https://coulisses-emploi.example.com/desabonnement?u=cr88">Se désabonner</a></p>
        </body></html>
        """)
    hs = head(addr("Coulisses Emploi", "lettre@coulisses-emploi.example.com"),
              "Entretien : les 7 questions qu'on vous posera (vraiment)", "2026-10-29 08:30:00", PARIS,
              "<lettre58.cr88@coulisses-emploi.example.com>", relay="mail.sendinblue.example.com",
              extra=(("List-Unsubscribe", "<https://coulisses-emploi.example.com/desabonnement?u=cr88>"),
                     ("List-Id", "Coulisses Emploi <lettre.coulisses-emploi.example.com>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@mail(29, family="scheduling_link", lang="en", interview=False, company="Hollowtree Live",
      note="Recruiter asks the candidate to pick a slot on a Calendly link for the next round; nothing booked")
def link_hollowtree():
    body = t("""
        Hi Camille,

        Thanks again for your time with Rhys on Tuesday - great news, we'd love to move you forward to
        the final round with our COO!

        Please grab a 60-minute slot that suits you here:
        https://calendly.com/hollowtree-talent/final-round-60

        Slots are open next week (w/c 5 October); if nothing works, let me know and I'll find another
        way.

        Best,
        Priya

        Priya Nandakumar
        Talent Partner, Hollowtree Live
        """)
    hs = head(addr("Priya Nandakumar", "priya.n@hollowtreelive.co.uk"),
              "Next steps - final round at Hollowtree Live", "2026-09-24 12:18:40", "Europe/London",
              "<DB7PR02MB4432A0B1C2D3E4F5@DB7PR02MB4432.eurprd02.prod.outlook.com>",
              relay="EUR01-DB5-obe.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(30, family="proposed_times", lang="fr", interview=False, company="Théâtre du Chêne Noir",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Recruiter proposes two slots ('mardi 20 octobre à 10h ou mercredi 21 à 15h ?') and asks to "
           "confirm; not yet agreed -> negative")
def proposed_chene():
    body = t("""
        Bonjour Madame Roux,

        Votre candidature pour le poste d'administratrice de production a retenu toute notre attention
        et nous aimerions vous rencontrer.

        Seriez-vous disponible mardi 20 octobre à 10h ou mercredi 21 à 15h, au théâtre ? Merci de me dire
        ce qui vous convient le mieux et je vous confirmerai le rendez-vous.

        Bien cordialement,

        Florence Amiel
        Administration - Théâtre du Chêne Noir
        8 bis rue Sainte-Catherine, Avignon
        """)
    hs = head(addr("Florence Amiel", "administration@chenenoir-theatre.fr"),
              "Votre candidature - administration de production", "2026-10-14 11:05:27", PARIS,
              "<002a01dc3b11$4e2f1c90$ea8d55b0$@chenenoir-theatre.fr>", relay="smtp.chenenoir-theatre.fr",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(31, family="recruiter_outreach", lang="en", interview=False, company="Cobalt Talent Partners",
      note="Agency outreach; 'a quick call sometime next week?' with no day or time fixed")
def outreach_cobalt():
    body = t("""
        Hi Camille,

        I came across your profile and your work on the Remparts festival - very impressive production
        numbers for a team that size.

        I'm recruiting for a confidential client, a fast-growing festival group with sites in Marseille
        and Montpellier, who are looking for a Head of Production. Package is strong and the role is
        hybrid.

        Would you be open to a quick call sometime next week? Let me know a couple of times that suit and
        I'll send an invite.

        Best regards,
        Aaron Pike
        Senior Consultant - Live Entertainment
        Cobalt Talent Partners | London - Paris
        """)
    hs = head(addr("Aaron Pike", "aaron.pike@cobalttalent.co.uk"), "Head of Production - South of France",
              "2026-11-02 09:47:03", "Europe/London", "<CAKa8fP2x1mN-cobalt-outreach@mail.gmail.com>",
              relay="mail-lf1-f50.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(32, family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="A friend forwards HIS OWN confirmed interview (jeudi 26 novembre à 15h, Teamtailor) to ask for "
           "advice; the interview is not Camille's -> negative")
def fwd_friend_lucas():
    inner_body = t("""
        Bonjour Lucas,

        C'est confirmé ! Voici les détails de votre entretien avec Sud Lumière :

        Régisseur lumière - tournée 2027
        jeu. 26 nov. 2026 · 15:00 – 16:00 (heure de Paris)
        Lieu : Sud Lumière, 9 avenue de la Gare, 84000 Avignon

        Amandine Rigal
        Sud Lumière
        """)
    inner = message([
        ("From", addr("Amandine Rigal via Teamtailor", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Amandine Rigal", "amandine.rigal@sudlumiere.fr")),
        ("To", addr("Lucas Mercier", "lucas.mercier@example.com")),
        ("Subject", enc("Entretien confirmé – Sud Lumière")),
        ("Date", date("2026-11-19 16:02:00", PARIS)),
        ("Message-ID", "<9c1e2a7b3d4f5061@teamtailor-mail.com>"),
    ], text(inner_body))
    body = t("""
        Coucou Camille,

        Bon ben ça y est, j'ai mon entretien chez Sud Lumière jeudi 26 à 15h !! Tu les connais un peu
        non ? Si t'as 10 min cette semaine pour me donner 2-3 conseils je te paye un café.

        Lucas
        """)
    hs = head(addr("Lucas Mercier", "lucas.mercier@example.com"), "Fwd: Entretien confirmé – Sud Lumière",
              "2026-11-19 19:44:10", PARIS, "<CAL0uc4s+fwd-sudlumiere@mail.gmail.com>",
              relay="mail-wr1-f41.google.com")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner)))


@mail(33, family="job_centre", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Job-centre summons 'entretien de suivi' with a fixed time (lundi 5 octobre à 9h15) - a public "
           "employment appointment, not a job interview")
def jobcentre():
    body = t("""
        Madame Camille ROUX,
        Identifiant : 0448213K

        Vous êtes convoquée à un entretien de suivi avec votre conseillère :

        Date : lundi 5 octobre 2026
        Heure : 09h15
        Lieu : Emploi Vaucluse - Agence Avignon Courtine, 80 avenue de la Croix-Rouge, 84000 Avignon
        Conseillère : Mme Nadia Belkacem

        Merci de vous munir de votre pièce d'identité et de votre CV à jour.
        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel.

        Attention : toute absence non justifiée peut entraîner une radiation de la liste des demandeurs
        d'emploi.

        Emploi Vaucluse - Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head(addr("Emploi Vaucluse", "ne-pas-repondre@emploi-vaucluse.example.fr"),
              "Convocation - entretien de suivi du 05/10/2026", "2026-09-28 06:30:12", PARIS,
              "<conv.0448213K.20260928@emploi-vaucluse.example.fr>", relay="smtp.emploi-vaucluse.example.fr")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(34, family="press", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A journalist confirms an interview OF Camille for a newspaper article (jeudi 8 octobre à 10h, by "
           "phone): fixed time, 'interview', but not a job interview")
def press_courrier():
    body = t("""
        Bonjour Camille,

        Merci d'avoir accepté ! Je vous confirme donc notre interview jeudi 8 octobre à 10h, par téléphone
        (je vous appelle au 06 que vous m'avez laissé). Ça durera une vingtaine de minutes.

        L'article portera sur le bilan de l'édition 2026 du festival et sur les coulisses de la
        production : jauges, bénévoles, canicule de juillet... Un photographe pourra passer la semaine
        suivante si vous êtes d'accord.

        Bien à vous,

        Romain Castel
        Journaliste - service Culture
        Le Courrier du Vaucluse
        """)
    hs = head(addr("Romain Castel", "r.castel@courrier-vaucluse.example.fr"),
              "Interview jeudi - bilan du festival", "2026-10-05 16:22:48", PARIS,
              "<3e9f1c0a-ccv-interview-1005@courrier-vaucluse.example.fr>",
              relay="smtp.courrier-vaucluse.example.fr")
    return message(hs, text(body))


@mail(35, family="podcast", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Podcast recording booked with a fixed time and an ICS (mercredi 4 novembre 14h30-15h30); Camille "
           "is the guest - not a job interview")
def podcast_off():
    body = t("""
        Salut Camille,

        Trop contente que tu viennes parler régie et production dans « Les Coulisses du Off » ! On enregistre
        mercredi 4 novembre de 14h30 à 15h30 au studio de l'asso (22 rue des Teinturiers). Je t'ai mis
        l'invitation en pièce jointe.

        Le thème de l'épisode : « Produire un festival avec trois bouts de ficelle ». Pas de préparation,
        on discute tranquillement. Ça sort en ligne fin novembre.

        Bises,
        Léa

        Léa Fabre - Les Coulisses du Off (podcast)
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nMETHOD:REQUEST\n"
           + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261104T143000
        DTEND;TZID=Europe/Paris:20261104T153000
        DTSTAMP:20261029T101200Z
        ORGANIZER;CN=Léa Fabre:mailto:lea.fabre@coulissesduoff.example.org
        UID:podcast-ep42-roux@google.com
        ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux@example.org
        SUMMARY:Enregistrement podcast - Les Coulisses du Off #42 (Camille Roux)
        LOCATION:Studio, 22 rue des Teinturiers, Avignon
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Léa Fabre", "lea.fabre@coulissesduoff.example.org"), "Enregistrement épisode 42 🎙️",
              "2026-10-29 11:12:00", PARIS, "<CAPd4st-ep42-roux-1029@mail.gmail.com>",
              relay="mail-qt1-f48.google.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(36, family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="Executive master's admission interview with a fixed time (Friday 13 November, 11:00-11:30 CET) "
           "and an ICS: a school admission, not a job interview")
def admission_rbs():
    body = t("""
        Dear Camille,

        Thank you for your application to the Executive Master in Cultural & Events Management (part-time,
        Lyon campus, intake January 2027).

        We are pleased to confirm your admission interview:

        Date: Friday 13 November 2026
        Time: 11:00 - 11:30 (Paris time, CET)
        Format: Zoom - https://rbs-admissions.zoom.us/j/91240018834
        Panel: Prof. Hélène Vidal (Academic Director), Mr. Samuel Ortiz (Admissions)

        The interview is in English. Please have your ID ready.

        Kind regards,
        Admissions Office
        Rhône Business School
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Rhône Business School//Admissions//EN\nMETHOD:REQUEST\n"
           + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:adm-2027-0441@rbs-admissions.example.edu
        DTSTAMP:20261105T090000Z
        DTSTART;TZID=Europe/Paris:20261113T110000
        DTEND;TZID=Europe/Paris:20261113T113000
        SUMMARY:Admission interview - Executive Master in Cultural & Events Management
        ORGANIZER;CN=RBS Admissions:mailto:admissions@rbs-admissions.example.edu
        ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux@example.org
        LOCATION:Zoom
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("RBS Admissions", "admissions@rbs-admissions.example.edu"),
              "Admission interview confirmed - Executive Master in Cultural & Events Management",
              "2026-11-05 10:00:00", PARIS, "<adm.2027.0441.1105@rbs-admissions.example.edu>",
              relay="mail.rbs-admissions.example.edu")
    return message(hs, mixed(text(body), calendar(ics, filename="interview.ics", disposition="attachment",
                                                  cte="quoted-printable")))


@mail(37, family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Rugby club try-out ('séance de détection samedi 19 septembre à 10h'): fixed time, selection, "
           "but sport, not a job interview")
def rugby_tryout():
    body = t("""
        Bonjour à toutes,

        Suite à vos inscriptions, on vous attend pour la séance de détection de l'équipe féminine
        (Fédérale 2) samedi 19 septembre à 10h au stade de la Barthelasse, terrain 2.

        Prévoir : crampons, protège-dents, gourde, certificat médical si pas encore donné.
        Ça dure environ 2h, puis pot au club-house.

        Sportivement,
        Sandrine - Racing Avignon Rugby Féminin
        """)
    hs = head(addr("Racing Avignon Rugby Féminin", "feminines@racing-avignon-rugby.example.fr"),
              "Séance de détection - samedi 19/09", "2026-09-14 20:31:00", PARIS,
              "<detection-0919-feminines@racing-avignon-rugby.example.fr>",
              relay="smtp.racing-avignon-rugby.example.fr",
              to="undisclosed-recipients:;")
    return message(hs, text(body, cte="8bit"))


@mail(38, family="car_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Garage appointment confirmation ('mar. 13 oct. à 8h30', vidange + révision); fixed time, not an "
           "interview")
def garage():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2 style="color:#c00">Votre rendez-vous atelier est confirmé</h2>
        <p>Bonjour Camille ROUX,</p>
        <p>Nous avons le plaisir de vous confirmer votre rendez-vous :</p>
        <ul>
        <li>Date : <b>mar. 13 oct. 2026 à 8h30</b></li>
        <li>Centre : AutoPlus Avignon Nord, route de Lyon, 84000 Avignon</li>
        <li>Véhicule : Renault Kangoo - GA-218-QK</li>
        <li>Prestations : révision constructeur, vidange, contrôle des freins</li>
        </ul>
        <p>Durée estimée : 2h. Un véhicule de courtoisie n'est pas inclus.</p>
        <p>Pour modifier ou annuler : <a href="https://www.autoplus.example.fr/rdv/77301">mon espace</a></p>
        <p>À bientôt chez AutoPlus !</p>
        </body></html>
        """)
    hs = head(addr("AutoPlus Avignon Nord", "rdv@autoplus.example.fr"),
              "Confirmation de votre rendez-vous atelier du 13/10", "2026-10-07 14:10:51", PARIS,
              "<rdv.77301.20261007@autoplus.example.fr>", relay="mta.autoplus.example.fr")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(39, family="tax_office", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Tax office appointment ('jeudi 26 novembre 2026 à 14 h 30', by phone); fixed time, not an "
           "interview")
def tax_office():
    body = t("""
        Madame ROUX Camille,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des impôts des particuliers d'Avignon
        Objet : Prélèvement à la source - changement de situation
        Date : jeudi 26 novembre 2026 à 14 h 30
        Modalité : rendez-vous téléphonique (un agent vous appellera au numéro indiqué)

        Pensez à vous munir de votre numéro fiscal et de votre dernier avis d'imposition.

        Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.
        """)
    hs = head(addr("Finances publiques - rendez-vous", "ne-pas-repondre@rdv.impots.example.gouv.fr"),
              "Confirmation de votre rendez-vous", "2026-11-18 09:41:37", PARIS,
              "<rdv-sip-avignon-558201@rdv.impots.example.gouv.fr>", relay="smtp.rdv.impots.example.gouv.fr")
    return message(hs, text(body, charset="iso-8859-15", cte="base64"))


@mail(40, family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="Calendly confirmation of a paid mock interview / coaching session ('Simulation d'entretien - "
           "90 min', ven. 23 oct. 17:00): same family and layout as a real booking, but coaching -> negative")
def coach_calendly():
    body = t("""
        Bonjour Camille Roux,

        Un nouvel événement a été programmé.

        Type d'événement :
        Simulation d'entretien - 90 min

        Invité :
        Camille Roux

        Date/heure de l'événement :
        17:00 - 18:30, vendredi 23 octobre 2026 (Heure d'Europe centrale)

        Lieu :
        Cabinet Cap Carrière, 5 place Pie, Avignon

        Hôte :
        Élodie Marchand - coach carrière

        Questions :
        Poste visé : directrice de production. Entretien réel prévu la semaine suivante.

        Propulsé par Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Nouvel événement : Camille Roux - 17:00 ven. 23 oct. 2026 - Simulation d'entretien - 90 min",
              "2026-10-18 13:05:44", PARIS, "<calendly.c4pc4r.1792321544@calendly.com>",
              relay="o1.ptr7131.calendly.com",
              extra=(("Reply-To", addr("Élodie Marchand", "elodie@capcarriere.example.fr")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(41, family="exit_interview", lang="fr", interview=False, company="Festival des Remparts",
      days=(("Fri", "2026-12-11"),),
      note="Outlook invite from HR at the current employer for an 'entretien de sortie' (ven. 11 déc. 2026 "
           "11:00-11:45, Romance Standard Time): a fixed-time 'entretien', but not a job interview")
def exit_interview():
    body = t("""
        Quand : vendredi 11 décembre 2026 11:00-11:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Bureau RH, 1er étage

        *~*~*~*~*~*~*~*~*~*

        Bonjour Camille,

        Comme ton contrat se termine le 18 décembre, je te propose notre entretien de sortie vendredi
        11 décembre à 11h. C'est l'occasion de faire le bilan de la saison et de récupérer tes retours
        sur l'organisation. On fera aussi le point sur ton solde de tout compte.

        Belle journée,
        Christine Oliveira
        Ressources humaines - Festival des Remparts
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Christine Oliveira:mailto:c.oliveira@remparts-festival.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:camille.roux@example.org
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DD01000000000000000010000000E417
        SUMMARY;LANGUAGE=fr-FR:Entretien de sortie - Camille Roux
        DTSTART;TZID=Romance Standard Time:20261211T110000
        DTEND;TZID=Romance Standard Time:20261211T114500
        DTSTAMP:20261203T081500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Bureau RH\\, 1er étage
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Christine Oliveira", "c.oliveira@remparts-festival.fr"),
              "Entretien de sortie - Camille Roux", "2026-12-03 09:15:00", PARIS,
              "<PR1P192MB0771E5D4C3B2A1908F7E6D5C4B3A@PR1P192MB0771.EURP192.PROD.OUTLOOK.COM>",
              relay="EUR05-VI1-obe.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Entretien de sortie - Camille Roux"), ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(42, family="interviewer_invite", lang="fr", interview=False, company="Festival des Remparts",
      days=(("Tue", "2026-09-15"),),
      note="Teams invite at the current job asking Camille to sit on the panel interviewing a candidate for "
           "her replacement (mar. 15 sept. 14:00-15:00): she is the interviewer -> negative")
def interviewer_panel():
    body = t("""
        Quand : mardi 15 septembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour à tous,

        Entretien de Mme Clara Dumas, candidate au poste d'assistante de production (CDD saison 2027).
        Camille, je compte sur toi pour les questions techniques (planning, fiches techniques, accueil
        des compagnies). Son CV est dans le Teams RH > Recrutement.

        Merci,
        Christine

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2xh>
        ID de la réunion : 360 114 275 881
        Code secret : Uy4pL9
        ________________________________________________________________________________
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Christine Oliveira:mailto:c.oliveira@remparts-festival.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:camille.roux@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bruno Vial:mailto:b.vial@remparts-festival.fr
        UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DD01000000000000000010000000D915
        SUMMARY;LANGUAGE=fr-FR:Entretien candidate - Clara Dumas (assistante de production)
        DTSTART;TZID=Romance Standard Time:20260915T140000
        DTEND;TZID=Romance Standard Time:20260915T150000
        DTSTAMP:20260909T143000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Christine Oliveira", "c.oliveira@remparts-festival.fr"),
              "Entretien candidate - Clara Dumas (assistante de production)", "2026-09-09 16:30:00", PARIS,
              "<PR1P192MB0771A9B8C7D6E5F40312@PR1P192MB0771.EURP192.PROD.OUTLOOK.COM>",
              relay="EUR05-VI1-obe.outbound.protection.outlook.com",
              to=", ".join([addr(ME_NAME, ME), addr("Bruno Vial", "b.vial@remparts-festival.fr")]),
              extra=(("Content-Language", "fr-FR"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(43, family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Physiotherapy assessment booked online ('mer. 23 sept. à 14 h 30', bilan kiné): fixed time, not "
           "an interview")
def physio():
    body = t("""
        Rendez-vous confirmé

        Bonjour Camille,

        Votre rendez-vous est confirmé :
        mer. 23 sept. 2026 à 14 h 30
        Cabinet de kinésithérapie des Carmes - M. Pierre Aubert
        Motif : bilan kinésithérapique (première consultation)
        12 place des Carmes, 84000 Avignon

        Pensez à apporter votre ordonnance et vos derniers examens.
        Annulation possible jusqu'à 24 h avant le rendez-vous.

        SantéRDV
        """)
    hs = head(addr("SantéRDV", "no-reply@santerdv.example.fr"),
              "Votre rendez-vous du mer. 23 sept. à 14:30 est confirmé", "2026-09-16 21:18:09", PARIS,
              "<santerdv.confirm.99231844@santerdv.example.fr>", relay="mailer.santerdv.example.fr")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(44, family="housing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Estate agent confirms a flat viewing in Lyon ('samedi 10 octobre à 11h', Croix-Rousse): fixed "
           "time, not an interview")
def flat_viewing():
    body = t("""
        Bonjour Madame Roux,

        Suite à notre échange téléphonique, je vous confirme la visite de l'appartement T2 rue d'Austerlitz
        (Lyon 4e, 780 € CC) samedi 10 octobre à 11h. Rendez-vous devant l'immeuble, au n° 17.

        Pensez à préparer votre dossier (3 derniers bulletins de salaire ou promesse d'embauche, avis
        d'imposition, pièce d'identité) : les bons biens partent vite en ce moment.

        Cordialement,
        Thibault Renard
        Agence Croix-Rousse Immobilier
        04 72 00 00 35
        """)
    hs = head(addr("Thibault Renard", "t.renard@croixrousse-immo.example.fr"),
              "Visite T2 rue d'Austerlitz - samedi 11h", "2026-10-06 18:02:25", PARIS,
              "<20261006160225.4f1a@croixrousse-immo.example.fr>", relay="smtp.croixrousse-immo.example.fr")
    return message(hs, text(body, charset="windows-1252"))


@mail(45, family="bank_appointment", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Bank adviser meeting ('lundi 16 novembre 2026 à 17h30', entretien conseil épargne): called an "
           "'entretien', fixed time, not a job interview")
def bank():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Madame Camille Roux,</p>
        <p>Votre conseillère vous confirme votre rendez-vous :</p>
        <p><b>Entretien conseil - épargne et prévoyance</b><br>
        le lundi 16 novembre 2026 à 17h30<br>
        Agence Avignon République, 34 rue de la République</p>
        <p>Votre conseillère : Mme Sophie Martinez</p>
        <p>Pour préparer cet entretien, pensez à vous munir de vos derniers relevés et de votre attestation
        de fin de contrat le cas échéant.</p>
        <p>Banque Provençale - Ceci est un message automatique.</p>
        </body></html>
        """)
    hs = head(addr("Banque Provençale", "rendezvous@banque-provencale.example.fr"),
              "Confirmation de votre rendez-vous en agence", "2026-11-10 12:00:03", PARIS,
              "<bp.rdv.20261110.771204@banque-provencale.example.fr>", relay="out.banque-provencale.example.fr")
    return message(hs, html(page, cte="base64"))


@mail(46, family="auto_reply", lang="en", interview=False, company="Brightline Touring",
      days=(("Mon", "2026-11-02"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the recruiter; mentions interviews "
           "being scheduled after her return on Monday 2 November; nothing fixed")
def ooo_brightline():
    body = t("""
        Thanks for your message! I'm out of the office until Monday, November 2 with limited access to
        email.

        If your note is about interview scheduling, our recruiting coordinator will get back to you, and
        I'll confirm any next steps when I'm back.

        Dana Whitfield
        Talent, Brightline Touring
        """)
    hs = head(addr("Dana Whitfield", "dana@brightlinetouring.com"),
              "Automatic reply: Thank you - interview follow-up", "2026-10-30 05:12:40", "America/New_York",
              "<ooo-dana-1030-7f2e@brightlinetouring.com>", relay="mail-yw1-f43.google.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                     ("In-Reply-To", "<d41a9c3e-ty-brightline@example.org>")))
    return message(hs, text(body, cte="7bit"))


@mail(47, family="bounce", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-17"),),
      note="Delivery failure (DSN) returning Camille's own message that accepts an interview 'jeudi 17 "
           "décembre à 10h'; a bounce of her own mail, not a confirmation from an employer")
def bounce():
    report = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <recrutement@atelier-lumen.example.fr>: host mx.atelier-lumen.example.fr[198.51.100.23]
            said: 550 5.1.1 <recrutement@atelier-lumen.example.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    dsn = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Q8xYz2Kp1z9s
        Arrival-Date: Fri, 11 Dec 2026 08:40:02 +0100 (CET)

        Final-Recipient: rfc822; recrutement@atelier-lumen.example.fr
        Original-Recipient: rfc822;recrutement@atelier-lumen.example.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.atelier-lumen.example.fr
        Diagnostic-Code: smtp; 550 5.1.1 <recrutement@atelier-lumen.example.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Bonjour,

        Je vous confirme ma présence pour l'entretien de jeudi 17 décembre à 10h à l'atelier.
        Au plaisir de vous rencontrer,

        Camille Roux
        """)
    orig = message([
        ("From", addr(ME_NAME, ME)),
        ("To", "recrutement@atelier-lumen.example.fr"),
        ("Subject", "Re: Entretien jeudi 17/12"),
        ("Date", date("2026-12-11 08:40:00", PARIS)),
        ("Message-ID", "<b7c2e1a0-roux-1211@example.org>"),
    ], text(orig_body))
    report_part = make.Part([("Content-Description", "Notification"),
                             ("Content-Type", "text/plain; charset=us-ascii")],
                            report.replace("\n", "\r\n").encode("ascii"))
    dsn_part = make.Part([("Content-Description", "Delivery report"),
                          ("Content-Type", "message/delivery-status")],
                         dsn.replace("\n", "\r\n").encode("ascii"))
    orig_part = make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                          orig)
    hs = head("MAILER-DAEMON@smtp.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-12-11 08:40:05", PARIS, "<20261211074005.9A1B22C0F1@smtp.example.org>",
              relay="smtp.example.org", extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, make.multipart("report", report_part, dsn_part, orig_part,
                                      params="report-type=delivery-status"))


@mail(48, family="school_meeting", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Parent-teacher meeting slot confirmed through the school's ENT ('mardi 17 novembre à 17h45'); "
           "fixed time, not an interview")
def parents_profs():
    body = t("""
        Collège Joseph Vernet - Rencontres parents-professeurs

        Madame Roux,

        Votre créneau de rencontre avec Mme Lopez, professeure principale de la classe de 4e B
        (élève : Jules Roux), est confirmé :

        mardi 17 novembre à 17h45 (10 minutes) - salle 104, bâtiment B

        Merci de vous présenter quelques minutes à l'avance.

        Message envoyé depuis l'ENT du collège. Ne pas répondre.
        """)
    hs = head(addr("ENT Collège Joseph Vernet", "ne-pas-repondre@ent-vernet.example.fr"),
              "Rencontre parents-professeurs : créneau confirmé", "2026-11-09 19:33:00", PARIS,
              "<ent.rdv.4b.roux.1109@ent-vernet.example.fr>", relay="smtp.ent-vernet.example.fr")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(49, family="non_interview_calendar", lang="fr", interview=False, company="Festival des Remparts",
      days=(("Mon", "2026-09-07"),),
      note="Google Calendar invite for the weekly production meeting at the current job (recurring Mondays "
           "9h30 from Mon 7 Sep): a team meeting, not an interview")
def gcal_weekly_prod():
    body = t("""
        Vous avez été invité à l'événement suivant.

        Point prod hebdo - saison 2027
        Quand
        Hebdomadaire le lundi de 09:30 à 10:15 (heure d'été d'Europe centrale - Paris)
        à partir du lun. 7 sept. 2026

        Organisateur
        Bruno Vial
        b.vial@remparts-festival.fr

        Invités
        Bruno Vial - organisateur
        camille.roux@example.org
        c.oliveira@remparts-festival.fr

        Ordre du jour permanent : planning techniques, budgets, accueil compagnies.

        Invitation de Google Agenda
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260907T093000
        DTEND;TZID=Europe/Paris:20260907T101500
        RRULE:FREQ=WEEKLY;BYDAY=MO
        DTSTAMP:20260903T150000Z
        ORGANIZER;CN=Bruno Vial:mailto:b.vial@remparts-festival.fr
        UID:7pq2hebdo9remparts@google.com
        ATTENDEE;CN=camille.roux@example.org;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux@example.org
        SUMMARY:Point prod hebdo - saison 2027
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Bruno Vial (Google Agenda)", "calendar-notification@google.com"),
              "Invitation: Point prod hebdo - saison 2027 @ Hebdomadaire le lundi de 09:30 à 10:15 (CEST)",
              "2026-09-03 17:00:00", PARIS, "<calendar-7pq2hebdo-0903@google.com>", relay="mail-sor-f41.google.com",
              extra=(("Reply-To", addr("Bruno Vial", "b.vial@remparts-festival.fr")),))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="8bit")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(50, family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Professional mailing-list message: another member says she has an interview 'jeudi 3 décembre à "
           "10h' at a Montpellier venue and asks for tips; list mail, not Camille's interview")
def mailing_list():
    body = t("""
        Bonjour la liste,

        J'ai un entretien pour le poste de directrice technique au Zénith Sud jeudi 3 décembre à 10h
        (oui, jeudi !). Quelqu'un a déjà passé un entretien là-bas ? Ils demandent une mise en situation
        sur un planning de montage, je me demande à quoi m'attendre.

        Merci d'avance, et bonne fin de saison à toutes et tous.

        Audrey (régie, Montpellier)

        --
        Liste regie-spectacle-sud - https://listes.regie-sud.example.org/info/regie-spectacle-sud
        Pour se désinscrire : regie-spectacle-sud-leave@listes.regie-sud.example.org
        """)
    hs = head(addr("Audrey Pons", "audrey.pons@example.net"),
              "[regie-sud] Entretien au Zénith Sud - des retours ?", "2026-11-30 22:14:51", PARIS,
              "<f1e2d3c4-regie-sud-1130@example.net>", relay="listes.regie-sud.example.org",
              to="regie-spectacle-sud@listes.regie-sud.example.org",
              extra=(("List-Id", "<regie-spectacle-sud.listes.regie-sud.example.org>"),
                     ("List-Unsubscribe", "<mailto:regie-spectacle-sud-leave@listes.regie-sud.example.org>"),
                     ("List-Post", "<mailto:regie-spectacle-sud@listes.regie-sud.example.org>"),
                     ("Precedence", "list"),
                     ("Sender", "regie-spectacle-sud-bounces@listes.regie-sud.example.org")))
    return message(hs, text(body, cte="quoted-printable"))
