"""blind208: 50 hand-written mails from the inbox of Gwenaëlle Le Goff, a naval-systems test engineer
in Lorient (Europe/Paris), September to mid-December 2026.

Written blind by a helper session: the detector, its tests and the other held-out mails were not
read. Built and checked by ``python3 bench/heldout/make_blind.py blind208``.
"""

from __future__ import annotations

import random

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
    utc,
)

ORDER = random.Random(2080208).sample(range(1, 51), 50)
ME = "gwenaelle.legoff@example.org"
ME_NAME = "Gwenaëlle Le Goff"
TO = addr(ME_NAME, ME)
PARIS = "Europe/Paris"


def N(key: int) -> str:
    """File name of the mail written key-th."""
    return f"blind208_{ORDER[key - 1]:03d}"


def rcv(frm: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(frm, when, zone, f"mx.example.org with ESMTPS id {ident}", ME, lag))


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

OSLO = VTZ["Europe/Stockholm"].replace("Europe/Stockholm", "Europe/Oslo")


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 14:00", PARIS), end=utc("2026-09-15 14:45", PARIS),
      contact="claire.dumontyates@hydrolis-marine.com", company="Hydrolis Marine",
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 14:45", zone=PARIS,
      note="Greenhouse confirmation from a greenhouse-mail.io no-reply; 2:00-2:45 PM CEST on Tue 15 Sep "
           "(Paris summer time, UTC+2) -> 12:00-12:45Z; ICS in Europe/Paris agrees; contact = human "
           "Reply-To recruiter (also ORGANIZER)")
def p01():
    when = "2026-09-09 16:12"
    body = t("""
        Hi Gwenaëlle,

        Thanks for making time to speak with us! Your interview for Systems Test Engineer - Underwater
        Drones (Hybrid, Paris or Remote France) has been confirmed. Please see the details below.

        Interview: Technical Screen with Engineering
        When: Tuesday, September 15th, 2026
        2:00 PM - 2:45 PM CEST (Europe/Paris)
        Where: Google Meet - https://meet.google.com/hyd-rmqx-tpe

        Interviewers:
        Olivier Ndiaye, Test & Validation Lead

        If you need to reschedule, reply to this email and Claire will help.

        Best,
        Claire Dumont-Yates
        Talent Partner, Hydrolis Marine

        Powered by Greenhouse
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Gwenaëlle,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Systems Test Engineer - Underwater
        Drones (Hybrid, Paris or Remote France)</b> has been confirmed. Please see the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Screen with Engineering</td></tr>
        <tr><td><b>When:</b></td><td>Tuesday, September 15th, 2026<br>2:00 PM - 2:45 PM CEST (Europe/Paris)</td></tr>
        <tr><td><b>Where:</b></td><td><a href="https://meet.google.com/hyd-rmqx-tpe">Google Meet</a></td></tr>
        <tr><td><b>Interviewers:</b></td><td>Olivier Ndiaye, Test &amp; Validation Lead</td></tr>
        </table>
        <p>If you need to reschedule, reply to this email and Claire will help.</p>
        <p>Best,<br>Claire Dumont-Yates<br>Talent Partner, Hydrolis Marine</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:gh-interview-8812345-hydrolis@greenhouse.io
DTSTAMP:20260909T141200Z
DTSTART;TZID=Europe/Paris:20260915T140000
DTEND;TZID=Europe/Paris:20260915T144500
SUMMARY:Technical Screen - Gwenaëlle Le Goff (Hydrolis Marine)
LOCATION:https://meet.google.com/hyd-rmqx-tpe
ORGANIZER;CN=Claire Dumont-Yates:mailto:claire.dumontyates@hydrolis-marine.com
ATTENDEE;CN=Gwenaëlle Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from o3.greenhouse-mail.io (o3.greenhouse-mail.io [167.89.12.44])", when, PARIS, "gh81Kq2"),
        ("From", "Hydrolis Marine <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Claire Dumont-Yates <claire.dumontyates@hydrolis-marine.com>"),
        ("To", TO),
        ("Subject", "Interview Confirmation: Systems Test Engineer - Underwater Drones at Hydrolis Marine"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<gh.8812345.c5b1e0f2a7@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-24 09:30", PARIS), end=utc("2026-09-24 10:30", PARIS),
      contact="maelys.kerbrat@armor-subsea.fr", company="Armor Subsea",
      local="Thu 2026-09-24 09:30", local_end="2026-09-24 10:30", zone=PARIS,
      note="Lever (hire.lever.co no-reply) in French: 'jeudi 24 septembre à 9h30', 'durée : 1 heure' -> "
           "end 10h30; Brest in summer time UTC+2 -> 07:30-08:30Z; contact = Reply-To recruiter")
def p02():
    when = "2026-09-18 10:05"
    body = t("""
        Bonjour Gwenaëlle,

        Merci pour votre candidature au poste d'Ingénieur(e) Essais Mer - Drones Sous-Marins (H/F).
        Nous avons le plaisir de vous confirmer votre entretien :

        Date : jeudi 24 septembre 2026
        Heure : 9h30 (heure de Paris)
        Durée : 1 heure
        Lieu : Armor Subsea, 12 rue de l'Elorn, 29200 Brest - accueil bâtiment A
        Vous rencontrerez : Maëlys Kerbrat (Chargée de recrutement) et Pierre-Yves Cadiou (Responsable essais)

        Merci de vous munir d'une pièce d'identité, le site est soumis à un contrôle d'accès.
        Pour toute question, répondez simplement à ce message.

        À très bientôt,
        L'équipe recrutement Armor Subsea

        --
        Envoyé via Lever
        """)
    hbody = t("""
        <div style="font-family:Helvetica,Arial,sans-serif">
        <p>Bonjour Gwenaëlle,</p>
        <p>Merci pour votre candidature au poste d'Ingénieur(e) Essais Mer - Drones Sous-Marins (H/F).
        Nous avons le plaisir de vous confirmer votre entretien :</p>
        <ul>
        <li><b>Date :</b> jeudi 24 septembre 2026</li>
        <li><b>Heure :</b> 9h30 (heure de Paris)</li>
        <li><b>Durée :</b> 1 heure</li>
        <li><b>Lieu :</b> Armor Subsea, 12 rue de l'Elorn, 29200 Brest - accueil bâtiment A</li>
        <li><b>Vous rencontrerez :</b> Maëlys Kerbrat (Chargée de recrutement) et Pierre-Yves Cadiou (Responsable essais)</li>
        </ul>
        <p>Merci de vous munir d'une pièce d'identité, le site est soumis à un contrôle d'accès.<br>
        Pour toute question, répondez simplement à ce message.</p>
        <p>À très bientôt,<br>L'équipe recrutement Armor Subsea</p>
        <p style="font-size:11px;color:#888">Envoyé via Lever</p>
        </div>
        """)
    return message([
        rcv("from mail-a12.hire.lever.co (mail-a12.hire.lever.co [52.10.77.201])", when, PARIS, "lv4Pq9"),
        ("From", "Armor Subsea <no-reply@hire.lever.co>"),
        ("Reply-To", addr("Maëlys Kerbrat", "maelys.kerbrat@armor-subsea.fr")),
        ("To", TO),
        ("Subject", enc("Confirmation de votre entretien - Armor Subsea")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<01000192b7e1.lever.3f9a2c@hire.lever.co>"),
    ], alt(text(body), html(hbody)))


@mail(N(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 08:45", PARIS), end=None,
      contact="yannick@kerlann-nautisme.bzh", company="Kerlann Nautisme",
      local="Tue 2026-10-06 08:45", zone=PARIS,
      note="Breton boatyard owner, informal 'tu', written on a phone: 'mardi prochain à 8h45' from Date "
           "Thu 1 Oct -> Tue 6 Oct, Paris summer time UTC+2 -> 06:45Z; no length; contact = human sender")
def p03():
    when = "2026-10-01 21:47"
    body = t("""
        Salut Gwenaëlle,

        Ok pour moi, on se voit mardi prochain à 8h45 au chantier (Kergroise, hangar 3). Tu demandes Soazig à l'accueil elle te fera monter.
        Prévois des chaussures de sécu, on ira faire un tour sur la vedette d'essai après qu'on ait discuté du poste. Si ça caille pas trop on sort dans la rade.

        Kenavo,
        Yannick

        Envoyé de mon iPhone

        > Le 1 oct. 2026 à 18:12, Gwenaëlle Le Goff <gwenaelle.legoff@example.org> a écrit :
        >
        > Bonjour Yannick,
        >
        > Merci pour votre appel de ce midi. Je suis dispo mardi ou mercredi matin pour venir vous rencontrer au chantier, comme vous préférez.
        >
        > Bonne soirée,
        > Gwenaëlle
        """)
    return message([
        rcv("from smtp.kerlann-nautisme.bzh (smtp.kerlann-nautisme.bzh [91.121.48.7])", when, PARIS, "kn1Aa0"),
        ("From", "Yannick Kerlann <yannick@kerlann-nautisme.bzh>"),
        ("To", TO),
        ("Subject", enc("Re: Poste technicien/ingé essais")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<7C1E2F0A-44B1-4D7A-9E1B-0A6F3C2D8E11@kerlann-nautisme.bzh>"),
        ("In-Reply-To", "<b5e0c9d2-1f3a-4c2e-9d7a-3e8f1a2b4c6d@example.org>"),
        ("References", "<b5e0c9d2-1f3a-4c2e-9d7a-3e8f1a2b4c6d@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


@mail(N(4), family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-19 10:00", PARIS), end=utc("2026-10-19 11:30", PARIS),
      contact="herve.lebihan@thalassa-ds.fr", company="Thalassa Défense Systèmes",
      local="Mon 2026-10-19 10:00", local_end="2026-10-19 11:30", zone=PARIS,
      note="Exchange meeting request, TZID 'Romance Standard Time' (= Europe/Paris); the Outlook 'Quand' "
           "line shows the standard label (UTC+01:00) but 19 Oct is still summer time UTC+2 -> "
           "08:00-09:30Z; contact = human organizer/sender")
def p04():
    when = "2026-10-12 09:31"
    body = t("""
        Bonjour Gwenaëlle,

        Comme convenu par téléphone, je vous confirme l'entretien technique pour le poste d'ingénieure essais systèmes de combat (CDI, Brest).
        Nous serons trois : moi-même, Katell Morvan (RH) et Julien Abgrall (architecte intégration).
        Pensez à apporter une pièce d'identité pour le badge visiteur.

        Cordialement,
        Hervé Le Bihan
        Responsable Intégration & Essais - Thalassa Défense Systèmes
        Tél. : 02 98 00 00 00

        Quand : lundi 19 octobre 2026 10:00-11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Site de Brest - bâtiment B2, salle Ouessant ; Réunion Microsoft Teams

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_TDS41>
        ID de réunion : 372 118 904 556
        Code secret : Xr7bQ2
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR">
        <div class="WordSection1">
        <p class="MsoNormal">Bonjour Gwenaëlle,</p>
        <p class="MsoNormal">Comme convenu par téléphone, je vous confirme l'entretien technique pour le poste d'ingénieure essais systèmes de combat (CDI, Brest).<br>
        Nous serons trois : moi-même, Katell Morvan (RH) et Julien Abgrall (architecte intégration).<br>
        Pensez à apporter une pièce d'identité pour le badge visiteur.</p>
        <p class="MsoNormal">Cordialement,<br>Hervé Le Bihan<br>Responsable Intégration &amp; Essais - Thalassa Défense Systèmes<br>Tél. : 02 98 00 00 00</p>
        <div style="border-top:solid #ccc 1pt"><p class="MsoNormal"><b>Réunion Microsoft Teams</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_TDS41">Cliquez ici pour rejoindre la réunion</a><br>
        ID de réunion : 372 118 904 556<br>Code secret : Xr7bQ2</p></div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Hervé Le Bihan:mailto:herve.lebihan@thalassa-ds.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle Le Goff:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katell Morvan:mailto:katell.morvan@thalassa-ds.fr
DESCRIPTION;LANGUAGE=fr-FR:Comme convenu par téléphone\\, je vous confirme l'entretien technique.\\n
UID:040000008200E00074C5B7101A82E0080000000010F3B2A41C5ADD01000000000000000010000000C1A2B3
SUMMARY;LANGUAGE=fr-FR:Entretien - G. Le Goff - Ingénieure essais systèmes
DTSTART;TZID=Romance Standard Time:20261019T100000
DTEND;TZID=Romance Standard Time:20261019T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T073100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Site de Brest - bâtiment B2\\, salle Ouessant
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121738041
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
    return message([
        rcv("from EUR03-AM5-obe.outbound.protection.outlook.com (40.107.0.99)", when, PARIS, "ex4Tt7"),
        ("From", addr("Hervé Le Bihan", "herve.lebihan@thalassa-ds.fr")),
        ("To", TO),
        ("CC", "Katell Morvan <katell.morvan@thalassa-ds.fr>"),
        ("Subject", enc("Entretien - G. Le Goff - Ingénieure essais systèmes")),
        ("Thread-Topic", enc("Entretien - G. Le Goff - Ingénieure essais systèmes")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<PR3P192MB0712A1C4E2B1F0D9@PR3P192MB0712.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(hbody), calendar(ics, cte="base64")))


@mail(N(5), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", PARIS), end=utc("2026-10-26 10:00", PARIS),
      contact="anne-sophie.riou@cormoran-systemes.fr", company="Cormoran Systèmes",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=PARIS,
      note="Workday notification (tenant@myworkday.com), HTML only; DST edge: sent Thu 22 Oct in CEST "
           "(+02:00), interview Mon 26 Oct 09:00-10:00 Paris, after the switch to CET on Sun 25 Oct -> "
           "08:00-09:00Z; contact = recruiter address in the body")
def p05():
    when = "2026-10-22 17:20"
    hbody = t("""
        <!DOCTYPE html>
        <html><body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:24px"><img src="https://wd3.myworkdaycdn.com/cormoran/logo.png" alt="Cormoran Systèmes"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Bonjour Gwenaëlle,</p>
        <p>Votre entretien pour l'offre <b>R-10427 Ingénieur Validation Systèmes Embarqués (F/H) - Rennes</b> est planifié.</p>
        <p><b>Date et heure :</b> lundi 26 octobre 2026, 09:00 - 10:00 (heure de Paris)<br>
        <b>Format :</b> visioconférence (le lien vous sera envoyé par votre interlocutrice)<br>
        <b>Interlocutrice :</b> Anne-Sophie Riou, Talent Acquisition - <a href="mailto:anne-sophie.riou@cormoran-systemes.fr">anne-sophie.riou@cormoran-systemes.fr</a></p>
        <p>Vous pouvez consulter le détail de votre candidature à tout moment depuis votre <a href="https://wd3.myworkdaysite.com/fr-FR/cormoran/login">espace candidat</a>.</p>
        <p>Cordialement,<br>Cormoran Systèmes - Recrutement</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#888">Ceci est un message automatique, merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        rcv("from smtp-out-fr.myworkday.com (smtp-out-fr.myworkday.com [159.92.34.18])", when, PARIS, "wd2Hh6"),
        ("From", addr("Cormoran Systèmes", "cormoran@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Votre entretien est planifié - R-10427 Ingénieur Validation Systèmes Embarqués")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<1544726418.2219.1792682400123@wd3-prod-fr-mail-02>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(hbody))


@mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 16:00", PARIS), end=utc("2026-11-03 16:30", PARIS),
      contact="dana@bathyscope.io", company="Bathyscope",
      local="Tue 2026-11-03 16:00", local_end="2026-11-03 16:30", zone=PARIS,
      note="Calendly invitee confirmation shown in the invitee's zone (Central European Time): "
           "4:00pm-4:30pm Tue 3 Nov, CET (UTC+1) -> 15:00-15:30Z; the host's note says 10am Eastern, "
           "EST after 1 Nov, also 15:00Z; mail sent in EDT (-0400); contact = Reply-To host")
def p06():
    when = "2026-10-29 11:03"
    ny = "America/New_York"
    body = t("""
        Hi Gwenaëlle Le Goff,

        A new event has been scheduled.

        Event Type:
        Intro call - Field Test Engineer (Remote, EU)

        Invitee:
        Gwenaëlle Le Goff

        Invitee Email:
        gwenaelle.legoff@example.org

        Event Date/Time:
        4:00pm - 4:30pm, Tuesday, November 3, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/bat-hysc-ope

        Note from Dana:
        Looking forward to it - that's 10am for me in Boston (our clocks change on Sunday, yours already did!).

        View event in Calendly: https://calendly.com/events/8d2c1e0f-b7a4/google_meet

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8d2c1e0f-b7a4
        Reschedule: https://calendly.com/reschedulings/8d2c1e0f-b7a4

        Powered by Calendly.com
        """)
    return message([
        rcv("from o1.email.calendly.com (o1.email.calendly.com [167.89.90.17])", when, ny, "cl9Zz3"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Dana Whitcombe <dana@bathyscope.io>"),
        ("To", TO),
        ("Subject", enc("New Event: Gwenaëlle Le Goff - 04:00pm Tue, Nov 3, 2026 - Intro call - Field Test Engineer (Remote, EU)")),
        ("Date", date(when, ny)),
        ("Message-ID", "<f2c9a1b0-6e3d-4a8b-bc1e-90d7a5e3c214@calendly.com>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(N(7), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-07 13:30", PARIS), end=None,
      contact="lenaig.guillou@morbihan-robotique.fr", company="Morbihan Robotique",
      local="Mon 2026-12-07 13:30", zone=PARIS,
      note="Teamtailor, HTML only, base64: 'lundi 7 décembre à 13 h 30' in Vannes, CET (UTC+1) -> "
           "12:30Z; 'environ 1 h' is approximate so end null; From is a Teamtailor notification "
           "address, contact = recruiter address in the signature")
def p07():
    when = "2026-12-01 14:40"
    hbody = t("""
        <!doctype html>
        <html lang="fr"><head><meta charset="utf-8"><title>Entretien</title></head>
        <body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;background:#fafafa">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:8px">
        <p>Bonjour Gwenaëlle,</p>
        <p>C'est noté de notre côté ! Votre entretien pour le poste <strong>Ingénieur·e Tests &amp; Intégration - drones de surface</strong>
        aura lieu le <strong>lundi 7 décembre à 13 h 30</strong>, dans nos locaux :</p>
        <p style="padding-left:12px;border-left:3px solid #1c6e8c">Morbihan Robotique<br>4 allée du Golfe, Parc d'activités du Prat<br>56000 Vannes</p>
        <p>Comptez environ 1 h : un échange avec l'équipe puis une démo au bassin d'essai.</p>
        <p>Un empêchement ? Répondez-moi directement.</p>
        <p>À lundi,<br>
        Lénaïg Guillou<br>
        Responsable RH · Morbihan Robotique<br>
        <a href="mailto:lenaig.guillou@morbihan-robotique.fr">lenaig.guillou@morbihan-robotique.fr</a></p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Envoyé avec <a href="https://www.teamtailor.com">Teamtailor</a> ·
        <a href="https://morbihan-robotique.teamtailor.com/connect/privacy">Politique de confidentialité</a></p>
        </div></body></html>
        """)
    return message([
        rcv("from mail189-4.teamtailor-mail.com (mail189-4.teamtailor-mail.com [198.2.189.4])", when, PARIS,
            "tt3Mm1"),
        ("From", addr("Lénaïg Guillou (Morbihan Robotique)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "no-reply@teamtailor-mail.com"),
        ("To", TO),
        ("Subject", enc("Votre entretien chez Morbihan Robotique - lundi 7 déc.")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<6769a1f0c2d3e_8a2b1c4d5e@teamtailor-mail.com>"),
    ], html(hbody, cte="base64"))


@mail(N(8), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 11:00", "Europe/Oslo"), end=utc("2026-11-12 12:00", "Europe/Oslo"),
      contact="ingrid.saether@fjordline-sensors.no", company="Fjordline Sensors",
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00", zone="Europe/Oslo",
      note="Google Calendar invitation; 11am-12pm Thu 12 Nov in Oslo, CET (UTC+1) -> 10:00-11:00Z "
           "(same wall time in Lorient); ICS TZID Europe/Oslo; contact = organizer")
def p08():
    when = "2026-11-04 13:15"
    body = t("""
        Ingrid Sæther has invited you to an event

        Fjordline Sensors - Technical interview (Gwenaëlle Le Goff)
        Thursday Nov 12, 2026 ⋅ 11am – 12pm
        Central European Time - Oslo

        Join with Google Meet
        meet.google.com/fjo-rdln-sns

        Hi Gwenaëlle, this is the technical round with Magnus (sonar hardware) and me. We'll go through one
        of your sea-trial campaigns, so feel free to bring a few slides. 60 minutes.

        Organizer
        Ingrid Sæther
        ingrid.saether@fjordline-sensors.no

        Guests
        Ingrid Sæther - organizer
        Magnus Holm
        gwenaelle.legoff@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=Zmpvcmxu

        Reply for gwenaelle.legoff@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=RESPOND&eid=Zmpvcmxu

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{OSLO}
BEGIN:VEVENT
DTSTART;TZID=Europe/Oslo:20261112T110000
DTEND;TZID=Europe/Oslo:20261112T120000
DTSTAMP:20261104T121500Z
ORGANIZER;CN=Ingrid Sæther:mailto:ingrid.saether@fjordline-sensors.no
UID:3k9v2b7q1m0c8f5r4t6y2u1i0o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ingrid Sæther;X-NUM-GUESTS=0:mailto:ingrid.saether@fjordline-sensors.no
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Magnus Holm;X-NUM-GUESTS=0:mailto:magnus.holm@fjordline-sensors.no
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/fjo-rdln-sns
CREATED:20261104T121408Z
DESCRIPTION:Hi Gwenaëlle\\, this is the technical round with Magnus (sonar hardware) and me.
LAST-MODIFIED:20261104T121500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fjordline Sensors - Technical interview (Gwenaëlle Le Goff)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, PARIS, "gc7Rr5"),
        ("From", addr("Ingrid Sæther", "ingrid.saether@fjordline-sensors.no")),
        ("Reply-To", "ingrid.saether@fjordline-sensors.no"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitation: Fjordline Sensors - Technical interview (Gwenaëlle Le Goff) @ Thu Nov 12, "
                        "2026 11am - 12pm (CET) (gwenaelle.legoff@example.org)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<calendar-5d0f2a8e-41c7-4b29-a3d6-0c8e7f1b2a94@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(9), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-14 11:00", PARIS), end=None,
      contact="tanguy.leroux@celtic-sonar.fr", company="Celtic Sonar",
      local="Wed 2026-10-14 11:00", zone=PARIS,
      note="The candidate forwards from her personal example.net address to herself; the attached "
           "message/rfc822 (iso-8859-1 QP) from the recruiter confirms 'mercredi 14 octobre à 11h' in "
           "Rennes, CEST (UTC+2) -> 09:00Z; the candidate is never the contact, so contact = the "
           "recruiter in the forwarded headers")
def p09():
    when = "2026-10-09 19:02"
    inner_when = "2026-10-09 17:48"
    inner_body = t("""
        Bonjour Madame Le Goff,

        Suite à notre échange téléphonique de ce jour, je vous confirme votre entretien pour le poste
        d'Ingénieur(e) Intégration Sonar le mercredi 14 octobre à 11h, dans nos locaux :

        Celtic Sonar
        Immeuble Le Quadri, 3 rue de la Frébardière
        35510 Cesson-Sévigné (Rennes)

        Vous serez reçue par M. Gaël Rolland, chef du service essais, et moi-même.

        Bien cordialement,

        Tanguy Le Roux
        Chargé de recrutement
        Celtic Sonar - 02 99 00 00 00
        """)
    inner = message([
        ("From", "Tanguy Le Roux <tanguy.leroux@celtic-sonar.fr>"),
        ("To", addr(ME_NAME, "gwenaelle.legoff@example.net")),
        ("Subject", enc("Confirmation entretien - Ingénieur(e) Intégration Sonar", "iso-8859-1")),
        ("Date", date(inner_when, PARIS)),
        ("Message-ID", "<001a01dc5a3b$7e2f4c10$7a8de430$@celtic-sonar.fr>"),
    ], text(inner_body, charset="iso-8859-1"))
    outer = t("""
        pour l'avoir aussi sur la boîte pro

        Envoyé depuis mon téléphone
        """)
    return message([
        rcv("from mail.example.net (mail.example.net [203.0.113.25])", when, PARIS, "fw0Ss2"),
        ("From", addr(ME_NAME, "gwenaelle.legoff@example.net")),
        ("To", TO),
        ("Subject", enc("Fwd: Confirmation entretien - Ingénieur(e) Intégration Sonar")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<a7c3e1f0-2b4d-4e6a-8c9b-1d0f2e3a4b5c@example.net>"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Confirmation entretien.eml")))


@mail(N(10), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-25 08:00", "Pacific/Auckland"), end=utc("2026-11-25 09:00", "Pacific/Auckland"),
      contact="aroha.ngata@tasmanhydro.co.nz", company="Tasman Hydro Robotics",
      local="Wed 2026-11-25 08:00", local_end="2026-11-25 09:00", zone="Pacific/Auckland",
      note="Ashby confirmation from an Auckland team hiring remotely: Wed 25 Nov 8:00-9:00 AM NZDT "
           "(UTC+13) -> Tue 24 Nov 19:00-20:00Z, a different day in UTC (and 8pm Tuesday in Paris, as "
           "the mail also says); ICS in Pacific/Auckland; contact = Reply-To recruiter")
def p10():
    when = "2026-11-18 09:20"
    body = t("""
        Kia ora Gwenaëlle,

        Your interview with Tasman Hydro Robotics is confirmed. We're looking forward to speaking with you!

        Hiring Manager Interview - Remote Test Engineer (EU time zones)
        Wednesday, November 25, 2026, 8:00 AM - 9:00 AM NZDT
        (Tuesday, November 24, 8:00 PM - 9:00 PM in Paris)
        Microsoft Teams - link in the calendar invite

        You'll meet with:
          Hemi Walker - Head of Autonomy
          Aroha Ngata - Talent Acquisition

        Questions? Just reply and it will reach Aroha Ngata.

        Thanks,
        Tasman Hydro Robotics Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
UID:0b3f6c2e-9a1d-4e57-b8c0-2f7e1d4a9c63
DTSTAMP:20261118T082000Z
DTSTART;TZID=Pacific/Auckland:20261125T080000
DTEND;TZID=Pacific/Auckland:20261125T090000
SEQUENCE:0
SUMMARY:Tasman Hydro Robotics - Hiring Manager Interview (Gwenaëlle Le Goff)
LOCATION:Microsoft Teams
ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@tasmanhydro.co.nz
ATTENDEE;CN=Gwenaëlle Le Goff;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])", when,
            "UTC", "as5Vv8"),
        ("From", "Tasman Hydro Robotics <no-reply@ashbyhq.com>"),
        ("Reply-To", "Aroha Ngata <aroha.ngata@tasmanhydro.co.nz>"),
        ("To", TO),
        ("Subject", "Interview confirmed: Remote Test Engineer (EU time zones) at Tasman Hydro Robotics"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<0100019a3c7e2b11-5f0e3c2a-8d71-4b6e-a0f9-3c2d1e0b9a87-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(11), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-07 10:00", PARIS), end=utc("2026-12-07 10:45", PARIS),
      contact="solenn.prigent@iroise-em.fr", company="Iroise Énergies Marines",
      local="Mon 2026-12-07 10:00", local_end="2026-12-07 10:45", zone=PARIS,
      note="Personio, iso-8859-15 QP text plus an all-day ICS (DTSTART;VALUE=DATE 7 Dec, no time): the "
           "time is only in the text, 'le 07/12 à 10h00' (DD/MM, Brest), 'durée : 45 minutes'; CET "
           "(UTC+1) -> 09:00-09:45Z; contact = recruiter address in the body")
def p11():
    when = "2026-11-30 11:45"
    body = t("""
        Bonjour Gwenaëlle Le Goff,

        Nous vous remercions pour l'intérêt que vous portez à Iroise Énergies Marines.

        Nous avons le plaisir de vous inviter à un entretien pour le poste « Ingénieur·e Essais
        Hydroliennes (CDI) » :

          Le 07/12 à 10h00
          Durée : 45 minutes
          Lieu : Technopôle Brest-Iroise, 40 rue Jim Sévellec, 29200 Brest (salle Molène)

        Votre interlocutrice : Solenn Prigent - solenn.prigent@iroise-em.fr - 02 98 00 00 01

        Si ce créneau ne vous convient plus, merci de prévenir Solenn au plus tôt.

        Cordialement,
        L'équipe RH d'Iroise Énergies Marines

        --
        Ce message a été envoyé via Personio. Merci de ne pas répondre directement à cet e-mail.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-recruiting-4471902-event@personio.de
DTSTAMP:20261130T104500Z
DTSTART;VALUE=DATE:20261207
DTEND;VALUE=DATE:20261208
SUMMARY:Entretien - Iroise Énergies Marines
DESCRIPTION:Voir l'e-mail d'invitation pour l'heure et le lieu.
ORGANIZER;CN=Iroise Énergies Marines:mailto:no-reply@personio.de
ATTENDEE;CN=Gwenaëlle Le Goff;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from mail-eu.personio.de (mail-eu.personio.de [185.12.81.20])", when, PARIS, "pe6Ww4"),
        ("From", addr("Iroise Énergies Marines", "no-reply@personio.de", "iso-8859-15")),
        ("To", addr(ME_NAME, ME, "iso-8859-15")),
        ("Subject", enc("Invitation à un entretien - Ingénieur·e Essais Hydroliennes (CDI)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<recruiting.4471902.c0e1a9@personio.de>"),
    ], mixed(text(body, charset="iso-8859-15"),
             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


@mail(N(12), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 15:00", PARIS), end=utc("2026-09-17 15:30", PARIS),
      contact=None, company="Lannvec Ingénierie",
      local="Thu 2026-09-17 15:00", local_end="2026-09-17 15:30", zone=PARIS,
      note="Microsoft Bookings confirmation from the company's Bookings mailbox; body shows '15:00 "
           "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' but 17 Sep is summer time UTC+2 -> "
           "13:00-13:30Z, as the ICS (Romance Standard Time) confirms; only a staff name, no personal "
           "address -> contact null")
def p12():
    when = "2026-09-11 08:52"
    body = t("""
        Lannvec Ingénierie

        Votre rendez-vous est confirmé

        Bonjour Gwenaëlle Le Goff,

        Merci d'avoir pris rendez-vous avec Lannvec Ingénierie. Voici le détail :

        Service : Premier entretien - Ingénieur(e) essais et mise en service navale
        jeudi 17 septembre 2026 15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
        Durée : 30 minutes
        Avec : Romain Ollivier
        Rejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_LNV88

        Gérer la réservation : https://outlook.office365.com/owa/calendar/LannvecRecrutement@lannvec.fr/bookings/

        Lannvec Ingénierie
        2 quai Ernest Renaud, 44100 Nantes
        """)
    hbody = t("""
        <html><body style="font-family:'Segoe UI',sans-serif">
        <h2 style="color:#0f6cbd">Lannvec Ingénierie</h2>
        <h3>Votre rendez-vous est confirmé</h3>
        <p>Bonjour Gwenaëlle Le Goff,</p>
        <p>Merci d'avoir pris rendez-vous avec Lannvec Ingénierie. Voici le détail :</p>
        <table>
        <tr><td>Service</td><td>Premier entretien - Ingénieur(e) essais et mise en service navale</td></tr>
        <tr><td>Date</td><td>jeudi 17 septembre 2026 15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td>Durée</td><td>30 minutes</td></tr>
        <tr><td>Avec</td><td>Romain Ollivier</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_LNV88">Rejoindre la réunion Microsoft Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/LannvecRecrutement@lannvec.fr/bookings/">Gérer la réservation</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Lannvec Recrutement:mailto:LannvecRecrutement@lannvec.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle Le Goff:mailto:{ME}
SUMMARY;LANGUAGE=fr-FR:Premier entretien - Ingénieur(e) essais et mise en service navale
DTSTART;TZID=Romance Standard Time:20260917T150000
DTEND;TZID=Romance Standard Time:20260917T153000
UID:040000008200E00074C5B7101A82E00800000000B1C9D3E2A041DD01000000000000000010000000F0E1D2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260911T065200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from PAXP193MB1644.EURP193.PROD.OUTLOOK.COM (2603:10a6:102:1f2::9)", when, PARIS, "bk2Nn6"),
        ("From", "Lannvec Recrutement <LannvecRecrutement@lannvec.fr>"),
        ("To", TO),
        ("Subject", enc("Réservation confirmée : Premier entretien - Ingénieur(e) essais et mise en service navale")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<PAXP193MB1644B0E2C1D9A8F7@PAXP193MB1644.EURP193.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:30", "Europe/London"), end=None,
      contact="harriet.lowe@meridianacoustics.co.uk", company="Meridian Acoustics",
      local="Thu 2026-10-08 14:30", zone="Europe/London",
      note="Recruiter prose with a pasted Zoom invitation 'Oct 8, 2026 02:30 PM London'; BST (UTC+1) -> "
           "13:30Z (3:30pm in Lorient, as she writes); 'should take about 45 minutes' is approximate "
           "-> end null; contact = human sender")
def p13():
    when = "2026-10-01 15:40"
    lon = "Europe/London"
    body = t("""
        Hi Gwenaëlle,

        Lovely to speak earlier. As promised, here's the Zoom for your call with Tom Barraclough (our
        Principal Test Engineer) next Thursday, 8 October, at 2:30pm UK time - that's 3:30pm for you in
        Lorient. It should take about 45 minutes; Tom will want to hear about the towed-array trials.

        Any problems, just drop me a line.

        Best wishes,
        Harriet

        Harriet Lowe | Senior Recruiter
        Meridian Acoustics Ltd | Portsmouth, UK
        harriet.lowe@meridianacoustics.co.uk

        -----
        Harriet Lowe is inviting you to a scheduled Zoom meeting.

        Topic: Meridian Acoustics - Gwenaëlle Le Goff / Tom Barraclough
        Time: Oct 8, 2026 02:30 PM London

        Join Zoom Meeting
        https://meridianacoustics.zoom.us/j/84120937756?pwd=Qm1xT0ZkR3RzV2p0

        Meeting ID: 841 2093 7756
        Passcode: 552817
        -----
        """)
    return message([
        rcv("from EUR01-DB5-obe.outbound.protection.outlook.com (40.107.15.103)", when, lon, "zm8Kk0"),
        ("From", "Harriet Lowe <harriet.lowe@meridianacoustics.co.uk>"),
        ("To", TO),
        ("Subject", "Zoom details - Thursday 8 Oct"),
        ("Date", date(when, lon)),
        ("Message-ID", "<LO2P265MB3412E7D0A1B2C3D4@LO2P265MB3412.GBRP265.PROD.OUTLOOK.COM>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(14), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-05 10:00", PARIS), end=None,
      contact="benedicte.guerin@lingenav.fr", company="Ligérienne d'Ingénierie Navale",
      local="Thu 2026-11-05 10:00", zone=PARIS,
      note="Hiring manager's short reply on top of a quoted thread: 'jeudi 5 novembre dans la matinée, "
           "disons 10h' at the Nantes office, CET (UTC+1) -> 09:00Z; windows-1252 QP; contact = "
           "human sender")
def p14():
    when = "2026-10-30 12:10"
    body = t("""
        Bonjour Gwenaëlle,

        Parfait, on part donc sur jeudi 5 novembre dans la matinée, disons 10h, chez nous au 18 bd de la Prairie-au-Duc (2e étage, sonnez à « LINGENAV »).
        Je bloque aussi Mathieu, notre responsable méthodes, pour la deuxième partie.

        Bon week-end de Toussaint,
        Bénédicte

        --
        Bénédicte Guérin
        Directrice technique - Ligérienne d'Ingénierie Navale
        benedicte.guerin@lingenav.fr

        -----Message d'origine-----
        De : Gwenaëlle Le Goff <gwenaelle.legoff@example.org>
        Envoyé : jeudi 29 octobre 2026 18:34
        À : Bénédicte Guérin <benedicte.guerin@lingenav.fr>
        Objet : RE: Candidature - ingénieure essais

        Bonjour Bénédicte,

        Jeudi de la semaine prochaine me conviendrait très bien, plutôt le matin si possible (je viens de Lorient en train).

        Bien à vous,
        Gwenaëlle
        """)
    return message([
        rcv("from mail.lingenav.fr (mail.lingenav.fr [80.12.40.66])", when, PARIS, "lg4Bb9"),
        ("From", addr("Bénédicte Guérin", "benedicte.guerin@lingenav.fr", "windows-1252")),
        ("To", TO),
        ("Subject", "RE: Candidature - ingenieure essais"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<000001dd4a6c$2b3e8f70$81bbae50$@lingenav.fr>"),
        ("In-Reply-To", "<c81f0b2e-77a0-4a51-9bd3-0e4f5a6b7c8d@example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHaMi9xZ8tQbX7sREuJc2vW1kYfPQ=="),
    ], text(body, charset="windows-1252"))


@mail(N(15), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 16:00", PARIS), end=utc("2026-12-08 16:45", PARIS),
      contact="emeric.bozec@ushantdata.io", company="Ushant Data",
      local="Tue 2026-12-08 16:00", local_end="2026-12-08 16:45", zone=PARIS,
      note="Workable confirmation; 'Tuesday, December 8 at 4:00 PM (Europe/Paris) for 45 minutes', CET "
           "(UTC+1) -> 15:00-15:45Z; Reply-To is a Workable candidates relay (not a human mailbox), "
           "contact = the hiring manager's address in the body")
def p15():
    when = "2026-12-02 10:26"
    body = t("""
        Hi Gwenaëlle,

        Thank you for choosing a time. Your interview for the Data Acquisition & Test Engineer (Remote -
        France) position at Ushant Data is confirmed:

        Tuesday, December 8 at 4:00 PM (Europe/Paris) for 45 minutes
        Video call: https://whereby.com/ushantdata-interviews

        You'll be talking to Emeric Bozec, Engineering Manager. If anything comes up, you can write to him
        directly at emeric.bozec@ushantdata.io or reply to this email.

        Kind regards,
        The Ushant Data hiring team

        Sent via Workable
        """)
    hbody = t("""
        <div style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222">
        <p>Hi Gwenaëlle,</p>
        <p>Thank you for choosing a time. Your interview for the <b>Data Acquisition &amp; Test Engineer (Remote - France)</b>
        position at Ushant Data is confirmed:</p>
        <p style="background:#f5f7fa;padding:12px"><b>Tuesday, December 8 at 4:00 PM (Europe/Paris) for 45 minutes</b><br>
        Video call: <a href="https://whereby.com/ushantdata-interviews">whereby.com/ushantdata-interviews</a></p>
        <p>You'll be talking to Emeric Bozec, Engineering Manager. If anything comes up, you can write to him
        directly at <a href="mailto:emeric.bozec@ushantdata.io">emeric.bozec@ushantdata.io</a> or reply to this email.</p>
        <p>Kind regards,<br>The Ushant Data hiring team</p>
        <p style="font-size:12px;color:#999">Sent via <a href="https://www.workable.com">Workable</a></p>
        </div>
        """)
    return message([
        rcv("from mail-out-12.workablemail.com (mail-out-12.workablemail.com [52.214.66.12])", when, PARIS,
            "wk1Cc3"),
        ("From", "Ushant Data <noreply@workablemail.com>"),
        ("Reply-To", "ushant-data+c8f21ab3e9@candidates.workablemail.com"),
        ("To", TO),
        ("Subject", "Interview confirmed - Data Acquisition & Test Engineer (Remote - France)"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20261202092600.7d3e1f9a0b2c@workablemail.com>"),
    ], alt(text(body), html(hbody)))


@mail(N(16), family="recruitee", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-14 14:00", PARIS), end=utc("2026-09-14 15:00", PARIS),
      contact="jeanne.halgand@sillon-naval.fr", company="Sillon Naval",
      local="Mon 2026-09-14 14:00", local_end="2026-09-14 15:00", zone=PARIS,
      note="Recruitee: the body only says the interview is confirmed and points to the invitation; "
           "the time is only in the ICS, Mon 14 Sep 14:00-15:00 Europe/Paris (CEST, UTC+2) -> "
           "12:00-13:00Z; contact = human ICS organizer")
def p16():
    when = "2026-09-10 10:04"
    body = t("""
        Bonjour Gwenaëlle,

        Bonne nouvelle : votre entretien pour le poste « Ingénieur·e Essais Propulsion - Saint-Nazaire »
        est confirmé.

        Vous trouverez ci-joint l'invitation (date, heure et lien de visioconférence) à ajouter à votre
        agenda.

        À bientôt,
        Sillon Naval

        ---
        Cet e-mail a été envoyé depuis Recruitee.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:recruitee-interview-2219876@recruitee.com
DTSTAMP:20260910T080400Z
DTSTART;TZID=Europe/Paris:20260914T140000
DTEND;TZID=Europe/Paris:20260914T150000
SUMMARY:Entretien Sillon Naval - Gwenaëlle Le Goff
DESCRIPTION:Lien visio : https://meet.jit.si/sillon-naval-entretien-2219876
ORGANIZER;CN=Jeanne Halgand:mailto:jeanne.halgand@sillon-naval.fr
ATTENDEE;CN=Gwenaëlle Le Goff;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from mail.recruitee.com (mail.recruitee.com [149.72.139.21])", when, PARIS, "rc9Dd1"),
        ("From", "Sillon Naval <noreply@recruitee.com>"),
        ("To", TO),
        ("Subject", enc("Entretien confirmé - Ingénieur·e Essais Propulsion")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<5f3b2a91e07c4d8b@recruitee.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="quoted-printable", filename="entretien.ics", disposition="attachment")))


@mail(N(17), family="softgarden", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-15 16:30", PARIS), end=utc("2026-10-15 17:30", PARIS),
      contact="erwan.texier@vilaine-instruments.fr", company="Vilaine Instruments",
      local="Thu 2026-10-15 16:30", local_end="2026-10-15 17:30", zone=PARIS,
      note="softgarden reschedule: old 'mardi 13 octobre à 14h', new 'jeudi 15 octobre de 16h30 à "
           "17h30', CEST (UTC+2) -> 14:30-15:30Z; start = the new time; contact = recruiter in body")
def p17():
    when = "2026-10-09 15:30"
    body = t("""
        Bonjour Madame Le Goff,

        Votre entretien pour le poste « Ingénieur(e) Test & Qualification Capteurs (H/F) » a été déplacé.

        Ancien créneau : mardi 13 octobre 2026 à 14h00
        Nouveau créneau : jeudi 15 octobre 2026 de 16h30 à 17h30

        Lieu inchangé : Vilaine Instruments, 7 rue du Bignon, 35000 Rennes.

        Pour toute question, contactez Erwan Texier (erwan.texier@vilaine-instruments.fr).

        Cordialement,
        Votre équipe recrutement Vilaine Instruments

        Ce message a été généré automatiquement par softgarden. Merci de ne pas y répondre.
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Bonjour Madame Le Goff,</p>
        <p>Votre entretien pour le poste « Ingénieur(e) Test &amp; Qualification Capteurs (H/F) » a été déplacé.</p>
        <table>
        <tr><td style="color:#888"><s>Ancien créneau : mardi 13 octobre 2026 à 14h00</s></td></tr>
        <tr><td><b>Nouveau créneau : jeudi 15 octobre 2026 de 16h30 à 17h30</b></td></tr>
        </table>
        <p>Lieu inchangé : Vilaine Instruments, 7 rue du Bignon, 35000 Rennes.</p>
        <p>Pour toute question, contactez Erwan Texier (<a href="mailto:erwan.texier@vilaine-instruments.fr">erwan.texier@vilaine-instruments.fr</a>).</p>
        <p>Cordialement,<br>Votre équipe recrutement Vilaine Instruments</p>
        <p style="font-size:11px;color:#999">Ce message a été généré automatiquement par softgarden. Merci de ne pas y répondre.</p>
        </body></html>
        """)
    return message([
        rcv("from mx-out.softgarden.io (mx-out.softgarden.io [185.58.44.70])", when, PARIS, "sg2Ee5"),
        ("From", "Vilaine Instruments <no-reply@softgarden.io>"),
        ("To", ME),
        ("Subject", enc("Modification de votre rendez-vous d'entretien - Vilaine Instruments")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<sg.8b1d0c2e.20261009133000@softgarden.io>"),
    ], alt(text(body, charset="iso-8859-1"), html(hbody, charset="iso-8859-1")))


@mail(N(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-20 13:30", PARIS), end=None,
      contact="loic.jegat@qme-electronique.fr", company="Quiberon Marine Électronique",
      local="Fri 2026-11-20 13:30", zone=PARIS,
      note="Phone-written reschedule with typos, sent Tue 17 Nov: 'de jeudi 10h à vendredi 13 h 30' -> "
           "Fri 20 Nov 13:30 CET (UTC+1) = 12:30Z; the old Thursday slot is not the start; contact "
           "= human sender")
def p18():
    when = "2026-11-17 07:52"
    body = t("""
        Bonjour Mme Le Goff

        Désolé pour le contretemps, j'ai un client qui me tombe dessus jeudi matin. Je dois donc décaler notre entretien de jeudi 10h à vendredi 13 h 30, même endroit (atelier de Plouharnel, zone de Kerhellegant). C'est noté de mon coté, pas besoin de me reconfirmer sauf si ca vous pose probleme.

        Bien cordialement
        Loïc Jégat
        Gérant QME

        Envoyé depuis mon smartphone Samsung Galaxy.
        """)
    return message([
        rcv("from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", when, PARIS, "qm6Ff2"),
        ("From", addr("Loïc Jégat", "loic.jegat@qme-electronique.fr")),
        ("To", ME),
        ("Subject", "Entretien jeudi -> vendredi"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<CAJx8pQ3vTq9=r1kLmN0bW2+yZ5cD@mail.gmail.com>"),
    ], text(body, cte="base64"))


@mail(N(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-10 15:00", PARIS), end=utc("2026-12-10 17:00", PARIS),
      contact="marcus.feld@bathyscope.io", company="Bathyscope",
      local="Thu 2026-12-10 15:00", local_end="2026-12-10 17:00", zone=PARIS,
      note="GoodTime rescheduled itinerary (second round after the Calendly intro call): sessions "
           "3:00-4:00 PM and 4:15-5:00 PM CET on Thu 10 Dec (9am-11am Eastern) -> 14:00-16:00Z, first "
           "start to last end; previous date Tue 8 Dec also shown; ICS SEQUENCE:1 covers the block; "
           "contact = Reply-To coordinator")
def p19():
    when = "2026-12-03 10:05"
    ny = "America/New_York"
    body = t("""
        Hi Gwenaëlle,

        Your interview with Bathyscope has been rescheduled. Here is your updated itinerary.

        UPDATED - Virtual Onsite: Field Test Engineer (Remote, EU)
        Thursday, December 10, 2026 (times shown in Central European Time)

          3:00 PM - 4:00 PM   Test strategy deep-dive with Priya Natarajan
          4:15 PM - 5:00 PM   Hiring manager conversation with Dana Whitcombe

        Previously scheduled for: Tuesday, December 8, 2026, 3:00 PM - 5:00 PM CET

        Join: https://bathyscope.zoom.us/j/93011827465

        If you have any questions, reply to this email to reach your coordinator, Marcus Feld.

        Bathyscope Recruiting
        Scheduled with GoodTime
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7c1d93f2-bathyscope-onsite
DTSTAMP:20261203T150500Z
DTSTART:20261210T140000Z
DTEND:20261210T160000Z
SEQUENCE:1
SUMMARY:Bathyscope - Virtual Onsite (Gwenaëlle Le Goff)
LOCATION:https://bathyscope.zoom.us/j/93011827465
ORGANIZER;CN=Marcus Feld:mailto:marcus.feld@bathyscope.io
ATTENDEE;CN=Gwenaëlle Le Goff;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from o2.goodtime.io (o2.goodtime.io [168.245.12.88])", when, ny, "gt3Gg7"),
        ("From", "Bathyscope Recruiting <no-reply@goodtime.io>"),
        ("Reply-To", "Marcus Feld <marcus.feld@bathyscope.io>"),
        ("To", TO),
        ("Subject", "Rescheduled: Your Virtual Onsite with Bathyscope - Thu, Dec 10"),
        ("Date", date(when, ny)),
        ("Message-ID", "<gt-2e8f1c7a-93b0-4d6e-b2a1-0f9e8d7c6b5a@goodtime.io>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="8bit", filename="interview.ics", disposition="attachment")))


@mail(N(20), family="exchange_outlook", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-21 14:00", PARIS), end=utc("2026-10-21 15:30", PARIS),
      contact="herve.lebihan@thalassa-ds.fr", company="Thalassa Défense Systèmes",
      local="Wed 2026-10-21 14:00", local_end="2026-10-21 15:30", zone=PARIS,
      note="Exchange update of the same meeting (same UID, SEQUENCE:1): moved from lundi 19 octobre 10h "
           "to mercredi 21 octobre 14:00-15:30, Romance Standard Time, still CEST (UTC+2) -> "
           "12:00-13:30Z; contact = organizer/sender")
def p20():
    when = "2026-10-15 14:02"
    body = t("""
        Bonjour Gwenaëlle,

        Nos essais à la mer ont été avancés et je serai embarqué lundi. Je dois donc déplacer notre entretien du lundi 19 octobre 10h au mercredi 21 octobre à 14h (même durée, même lieu). Katell et Julien sont disponibles.
        Toutes mes excuses pour ce changement.

        Cordialement,
        Hervé Le Bihan

        Quand : mercredi 21 octobre 2026 14:00-15:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Site de Brest - bâtiment B2, salle Ouessant ; Réunion Microsoft Teams
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Hervé Le Bihan:mailto:herve.lebihan@thalassa-ds.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle Le Goff:mailto:{ME}
UID:040000008200E00074C5B7101A82E0080000000010F3B2A41C5ADD01000000000000000010000000C1A2B3
SUMMARY;LANGUAGE=fr-FR:Entretien - G. Le Goff - Ingénieure essais systèmes
DTSTART;TZID=Romance Standard Time:20261021T140000
DTEND;TZID=Romance Standard Time:20261021T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261015T120200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Site de Brest - bâtiment B2\\, salle Ouessant
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2121738041
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from EUR03-AM5-obe.outbound.protection.outlook.com (40.107.0.99)", when, PARIS, "ex5Uu8"),
        ("From", addr("Hervé Le Bihan", "herve.lebihan@thalassa-ds.fr")),
        ("To", TO),
        ("CC", "Katell Morvan <katell.morvan@thalassa-ds.fr>"),
        ("Subject", enc("Entretien - G. Le Goff - Ingénieure essais systèmes")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<PR3P192MB0712F3D2E1C0B9A8@PR3P192MB0712.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(21), family="greenhouse", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-01 10:00", PARIS), end=utc("2026-10-01 11:00", PARIS),
      contact="claire.dumontyates@hydrolis-marine.com", company="Hydrolis Marine",
      local="Thu 2026-10-01 10:00", local_end="2026-10-01 11:00", zone=PARIS,
      note="Greenhouse cancellation (METHOD:CANCEL) of the second-round panel, Thu 1 Oct 10:00-11:00 AM "
           "CEST (UTC+2) -> 08:00-09:00Z; hiring paused, no new time; contact = Reply-To recruiter")
def p21():
    when = "2026-09-28 09:14"
    body = t("""
        Hi Gwenaëlle,

        I'm sorry to let you know that we need to cancel your upcoming interview:

        Panel Interview - Systems Test Engineer - Underwater Drones
        Thursday, October 1st, 2026, 10:00 AM - 11:00 AM CEST

        We've had to put this role on hold while our Q4 programme plans are reviewed. I'll reach out as soon
        as I know more - I genuinely hope we can pick this up again.

        Best,
        Claire Dumont-Yates
        Talent Partner, Hydrolis Marine
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:gh-interview-8849012-hydrolis@greenhouse.io
DTSTAMP:20260928T071400Z
DTSTART;TZID=Europe/Paris:20261001T100000
DTEND;TZID=Europe/Paris:20261001T110000
SUMMARY:Panel Interview - Gwenaëlle Le Goff (Hydrolis Marine)
ORGANIZER;CN=Claire Dumont-Yates:mailto:claire.dumontyates@hydrolis-marine.com
ATTENDEE;CN=Gwenaëlle Le Goff:mailto:{ME}
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from o3.greenhouse-mail.io (o3.greenhouse-mail.io [167.89.12.44])", when, PARIS, "gh9Hh4"),
        ("From", "Hydrolis Marine <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Claire Dumont-Yates <claire.dumontyates@hydrolis-marine.com>"),
        ("To", TO),
        ("Subject", "Interview Cancelled: Systems Test Engineer - Underwater Drones at Hydrolis Marine"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<gh.8849012.a0d3f7e21c@us.greenhouse-mail.io>"),
    ], mixed(text(body), calendar(ics, method="CANCEL", cte="quoted-printable", filename="cancel.ics",
                                        disposition="attachment")))


@mail(N(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-16 15:00", PARIS), end=None,
      contact="morgane.lefloch@portlouis-composites.fr", company="Port-Louis Composites",
      local="Mon 2026-11-16 15:00", zone=PARIS,
      note="Prose cancellation, role filled internally: 'l'entretien prévu lundi 16 novembre à 15h', "
           "CET (UTC+1) -> 14:00Z = the cancelled slot; no new time; contact = human sender")
def p22():
    when = "2026-11-12 18:20"
    body = t("""
        Bonjour Gwenaëlle,

        Je suis vraiment désolée de vous écrire si tard : nous devons malheureusement annuler l'entretien prévu lundi 16 novembre à 15h. La direction a décidé hier de pourvoir le poste en interne.

        Votre profil nous a beaucoup plu et je me permets de le garder en tête pour le poste de responsable qualité qui devrait ouvrir au printemps.

        Bien à vous,

        Morgane Le Floch
        Ressources humaines - Port-Louis Composites
        Tél. 02 97 00 00 02
        """)
    hbody = "<div>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("\n", "<br>\n").split("<br>\n<br>\n")
    ) + "</div>\n"
    return message([
        rcv("from smtp.portlouis-composites.fr (smtp.portlouis-composites.fr [62.210.16.33])", when, PARIS,
            "pl7Ii1"),
        ("From", "Morgane Le Floch <morgane.lefloch@portlouis-composites.fr>"),
        ("To", TO),
        ("Subject", enc("Annulation de notre entretien de lundi")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<4e2a9b1c-6d3f-4e8a-a7b0-c1d2e3f4a5b6@portlouis-composites.fr>"),
    ], alt(text(body), html(hbody)))


@mail(N(23), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-08 09:30", PARIS), end=None,
      contact="kelsey.marchand@sextantmaritime.com", company="Sextant Maritime Systems",
      local="Tue 2026-12-08 09:30", zone=PARIS,
      note="iCIMS cancellation of 'Tuesday, December 8 at 9:30 AM Paris time' (CET, UTC+1 -> 08:30Z); "
           "the mail suggests Friday 11 December at 10:00 but only as a proposal awaiting her reply, "
           "so cancelled with start = the cancelled slot; ICS METHOD:CANCEL in UTC; contact = "
           "recruiter address in the body")
def p23():
    when = "2026-12-03 17:45"
    body = t("""
        Dear Gwenaëlle,

        Unfortunately our hiring manager, Ben Okafor, has been called to a customer site and we have to
        cancel your interview on Tuesday, December 8 at 9:30 AM Paris time for the Test Engineer -
        Sonar Systems (Brest) requisition (2026-4418).

        We would still very much like to speak with you. Would Friday, December 11 at 10:00 AM work
        instead? If so, please reply to Kelsey Marchand (kelsey.marchand@sextantmaritime.com) and we will
        send a new invitation.

        Apologies for the inconvenience.

        Sextant Maritime Systems Talent Acquisition

        This email was sent from an unmonitored mailbox.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:icims-2026-4418-int-55102@sextantmaritime.icims.com
DTSTAMP:20261203T164500Z
DTSTART:20261208T083000Z
DTEND:20261208T093000Z
SUMMARY:Interview - Test Engineer - Sonar Systems
ORGANIZER;CN=Sextant Maritime Systems:mailto:sextantmaritime@talent.icims.com
ATTENDEE;CN=Gwenaëlle Le Goff:mailto:{ME}
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from mta-09.icims.com (mta-09.icims.com [64.79.150.9])", when, PARIS, "ic4Jj6"),
        ("From", "Sextant Maritime Systems <sextantmaritime@talent.icims.com>"),
        ("To", TO),
        ("Subject", "Interview Cancellation - Test Engineer - Sonar Systems (2026-4418)"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<icims.55102.1796316300@talent.icims.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="France Travail convocation to an 'entretien' with her job-centre adviser on jeudi 24 "
           "septembre à 14h15: a fixed time, but an unemployment-office appointment, not a job "
           "interview; public agency -> company null")
def n24():
    when = "2026-09-16 06:03"
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <table width="600" align="center"><tr><td>
        <p style="font-size:18px;color:#2d2a85"><b>France Travail</b></p>
        <p>Madame LE GOFF Gwenaëlle<br>Identifiant : 4417288B</p>
        <p>Bonjour,</p>
        <p>Vous êtes convoquée à un <b>entretien de suivi</b> avec votre conseiller, dans le cadre de votre
        accompagnement.</p>
        <p><b>Date :</b> jeudi 24 septembre 2026 à 14h15<br>
        <b>Lieu :</b> Agence France Travail Lorient Centre, 11 rue de Carnel, 56100 Lorient<br>
        <b>Conseiller :</b> M. Le Dréau</p>
        <p>Merci de vous munir de votre CV à jour et de la liste de vos candidatures en cours.</p>
        <p>En cas d'empêchement, prévenez votre conseiller depuis votre espace personnel, rubrique
        « Mes échanges ». Toute absence non justifiée peut entraîner une radiation.</p>
        <p>Cordialement,<br>Votre agence France Travail</p>
        <p style="font-size:11px;color:#777">Ce courriel est envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("from mta12.info.francetravail.fr (mta12.info.francetravail.fr [185.41.29.12])", when, PARIS,
            "ft1Kk2"),
        ("From", "France Travail <ne-pas-repondre@info.francetravail.fr>"),
        ("To", ME),
        ("Subject", enc("Convocation à un entretien avec votre conseiller")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20260916040312.4417288B.conv@info.francetravail.fr>"),
    ], html(hbody, charset="iso-8859-1"))


@mail(N(25), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="A local journalist confirms an interview with her (for an article on women engineers in "
           "the naval industry) on mardi 13 octobre à 12h30: confirmed time, but she is the "
           "interviewee of a press piece, not a job candidate")
def n25():
    when = "2026-10-07 11:18"
    body = t("""
        Bonjour Gwenaëlle,

        Merci d'avoir accepté ! Je vous confirme notre interview mardi 13 octobre à 12h30 au Café de l'Arsenal (quai des Indes), ça nous laissera une petite heure avant votre reprise. Un photographe passera vers 13h15 pour deux ou trois portraits sur le quai, si vous êtes d'accord.

        Le papier paraîtra dans notre dossier « Elles font la Navale » du 24 octobre.

        À mardi,
        Armelle Jaouen
        Journaliste - Le Courrier du Blavet
        06 00 00 00 03
        """)
    return message([
        rcv("from smtp.courrierdublavet.fr (smtp.courrierdublavet.fr [51.91.7.140])", when, PARIS, "cb2Ll3"),
        ("From", "Armelle Jaouen <a.jaouen@courrierdublavet.fr>"),
        ("To", TO),
        ("Subject", "Interview pour le dossier Elles font la Navale"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<e91c0b7a-3f2d-41aa-9b6e-57c8d0a1f2e3@courrierdublavet.fr>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Podcast recording session confirmed with an ICS (Thu 19 Nov, 6:00 PM CET): a fixed time, but "
           "she is the guest of a podcast 'interview', not a job candidate")
def n26():
    when = "2026-11-10 20:30"
    body = t("""
        Hi Gwenaëlle,

        You're all set for your recording of Hull & Hydrophones - the podcast about the people who test
        what goes under water.

        Episode: "Sea trials, seasickness and sonar: a test engineer's life"
        Recording: Thursday, November 19, 2026 - 6:00 PM CET (5:00 PM GMT)
        Studio link: https://riverside.fm/studio/hull-and-hydrophones
        Host: Callum Reid

        Tips: use headphones, find a quiet room, and plug in if you can. The interview runs about an hour
        and we edit it down to 40 minutes.

        Cheers,
        Callum

        Hull & Hydrophones | Episode 87 | Unsubscribe from guest reminders
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-hh87@riverside.fm
DTSTAMP:20261110T193000Z
DTSTART:20261119T170000Z
DTEND:20261119T180000Z
SUMMARY:Hull & Hydrophones - recording with Gwenaëlle Le Goff
ORGANIZER;CN=Callum Reid:mailto:callum@hullandhydrophones.fm
ATTENDEE;CN=Gwenaëlle Le Goff;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from mail.riverside.fm (mail.riverside.fm [104.18.22.31])", when, "Europe/London", "rv8Mm4"),
        ("From", "Callum Reid via Riverside <noreply@riverside.fm>"),
        ("Reply-To", "Callum Reid <callum@hullandhydrophones.fm>"),
        ("To", TO),
        ("Subject", "Confirmed: your Hull & Hydrophones interview recording, Thu 19 Nov"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<rv.hh87.guest.2b9e0c@riverside.fm>"),
    ], mixed(text(body, cte="8bit"),
             calendar(ics, cte="base64", filename="recording.ics", disposition="attachment")))


@mail(N(27), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Admission interview for a part-time specialised master's (mercredi 4 novembre à 10h30): a "
           "fixed 'entretien' but a school admission, not a job interview")
def n27():
    when = "2026-10-27 16:05"
    body = t("""
        Madame,

        Nous avons le plaisir de vous informer que votre dossier de candidature au Mastère Spécialisé
        « Cybersécurité des systèmes navals et maritimes » (formation continue, rentrée janvier 2027) a
        été retenu pour la phase d'admission.

        Votre entretien d'admission aura lieu :
        - le mercredi 4 novembre 2026 à 10h30
        - durée : 30 minutes (présentation de votre projet professionnel, 10 min, puis échange avec le jury)
        - en visioconférence, le lien vous sera envoyé la veille

        Le jury rendra sa décision sous quinze jours.

        Le service des admissions
        Institut Supérieur des Technologies Marines - Brest
        admissions@istm-brest.fr
        """)
    return message([
        rcv("from smtp.istm-brest.fr (smtp.istm-brest.fr [193.52.45.18])", when, PARIS, "is3Nn5"),
        ("From", "ISTM Admissions <admissions@istm-brest.fr>"),
        ("To", TO),
        ("Subject", enc("Convocation entretien d'admission - MS Cybersécurité des systèmes navals")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20261027150500.31a9@istm-brest.fr>"),
    ], text(body, charset="iso-8859-15", cte="8bit"))


@mail(N(28), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Women's rugby club confirms a try-out ('séance d'essai') samedi 19 septembre à 10h, "
           "informal 'tu': a fixed appointment, not a job interview")
def n28():
    when = "2026-09-14 22:11"
    body = t("""
        Salut Gwenaëlle !

        Trop bien que tu veuilles essayer ! C'est calé pour la séance d'essai samedi 19 à 10h au stade du Moustoir annexe (terrain synthétique, derrière la tribune). Viens avec crampons moulés, protège-dents si t'as, et une gourde. On fait un peu de physique puis un toucher, rien de méchant 😉

        Si ça te plaît on verra pour la licence la semaine d'après.

        Bises,
        Typhaine, capitaine des Mouettes du Scorff
        """)
    return message([
        rcv("from mail-wr1-f51.google.com (mail-wr1-f51.google.com [209.85.221.51])", when, PARIS, "rg4Oo6"),
        ("From", "Typhaine Le Bras <typhaine.lebras.rugby@gmail.com>"),
        ("To", ME),
        ("Subject", "Re: Essai samedi ?"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<CAH7q2rTn5+Vw0xK3bP1jZ9mL4cD8sQeR2@mail.gmail.com>"),
        ("In-Reply-To", "<4a1d7e2c-9b3f-4c50-8e6a-1f2d3c4b5a69@example.org>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(N(29), family="car_service", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Garage booking confirmation for a car service (samedi 10 octobre à 8h45) with an ICS: a "
           "confirmed time, not an interview")
def n29():
    when = "2026-10-05 12:40"
    hbody = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h3 style="color:#c1121f">Garage Kerfichant Automobiles</h3>
        <p>Bonjour Mme LE GOFF,</p>
        <p>Votre rendez-vous atelier est confirmé :</p>
        <ul>
        <li>Véhicule : Peugeot 2008 - GH-418-QT</li>
        <li>Prestation : révision constructeur 60 000 km + contrôle freinage</li>
        <li>Dépôt du véhicule : <b>samedi 10 octobre 2026 à 8h45</b></li>
        <li>Restitution estimée : samedi à partir de 12h</li>
        </ul>
        <p>Un véhicule de courtoisie est réservé à votre nom.</p>
        <p>Garage Kerfichant Automobiles - 150 rue de Kerfichant, 56100 Lorient - 02 97 00 00 04</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AtelierPlanning//RDV//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:rdv-88412-kerfichant@atelierplanning.fr
DTSTAMP:20261005T104000Z
DTSTART;TZID=Europe/Paris:20261010T084500
DTEND;TZID=Europe/Paris:20261010T120000
SUMMARY:Révision Peugeot 2008 - Garage Kerfichant
LOCATION:150 rue de Kerfichant\\, 56100 Lorient
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from smtp.atelierplanning.fr (smtp.atelierplanning.fr [92.243.6.18])", when, PARIS, "ga5Pp7"),
        ("From", "Garage Kerfichant Automobiles <rdv@atelierplanning.fr>"),
        ("To", ME),
        ("Subject", "Confirmation de votre rendez-vous atelier du 10/10"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<rdv-88412.1791110400@atelierplanning.fr>"),
    ], mixed(html(hbody),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="rdv.ics",
                      disposition="attachment")))


@mail(N(30), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Career coach confirms a mock interview ('simulation d'entretien') jeudi 26 novembre à 18h "
           "to prepare for the Bathyscope/Iroise processes: a fixed time, but coaching, not a job "
           "interview")
def n30():
    when = "2026-11-20 09:47"
    body = t("""
        Hello Gwenaëlle,

        Je te confirme notre simulation d'entretien jeudi 26 novembre à 18h en visio (même lien que d'habitude : https://meet.jit.si/capcarriere-nolwenn).
        Je jouerai une DRH un peu sèche puis un manager technique anglophone, comme ça tu t'entraînes pour tes deux process en cours. Prévois 1h15 avec le débrief.

        D'ici là, relis ta fiche « 3 réussites / 1 échec » !

        Nolwenn
        --
        Nolwenn Cadoret - Cap Carrière Bretagne
        Coaching & bilan de compétences, Lorient
        """)
    return message([
        rcv("from smtp.capcarriere-bretagne.fr (smtp.capcarriere-bretagne.fr [5.39.90.77])", when, PARIS,
            "cc6Qq8"),
        ("From", "Nolwenn Cadoret <nolwenn@capcarriere-bretagne.fr>"),
        ("To", TO),
        ("Subject", enc("Simulation d'entretien jeudi 18h")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<0f3e7a21-c4b8-4d9e-a1f0-6b5c4d3e2f10@capcarriere-bretagne.fr>"),
    ], text(body))


@mail(N(31), family="proposed_times", lang="en", interview=False, company="Tidewater Autonomy",
      note="Recruiter proposes 'Would Tuesday at 10 work? If not, Wednesday afternoon' and will send an "
           "invite once she replies: nothing is confirmed yet")
def n31():
    when = "2026-11-26 16:22"
    body = t("""
        Hi Gwenaëlle,

        Thanks for the quick reply - great to hear you're open to a chat about the Validation Engineer role
        in our Nantes office.

        Would Tuesday at 10 work for a first 30-minute call with our CTO? If not, Wednesday afternoon is
        also fairly open on our side. Let me know what suits and I'll send a calendar invite.

        Best,
        Sophie Marsh
        Talent Lead, Tidewater Autonomy
        """)
    return message([
        rcv("from mail-pf1-f170.google.com (mail-pf1-f170.google.com [209.85.210.170])", when, PARIS,
            "tw7Rr9"),
        ("From", "Sophie Marsh <sophie.marsh@tidewater-autonomy.com>"),
        ("To", TO),
        ("Subject", "Re: Validation Engineer - Nantes"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<CAF3k9vXq2+Lm8nB7cT0pY4wS1zR6dE5@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(32), family="forwarded_other_person", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Her partner forwards his own interview confirmation (jeudi 29 octobre à 9h, for a different "
           "company, addressed to him) so she can plan the school run: a real confirmed interview, "
           "but not hers; sender is a person -> company null")
def n32():
    when = "2026-10-23 20:14"
    inner = t("""
        ---------- Forwarded message ---------
        De : Recrutement Atlantique Fibre Optique <recrutement@atlantique-fibre.fr>
        Date: ven. 23 oct. 2026 à 17:02
        Subject: Confirmation de votre entretien
        To: <yann.kervella@example.com>

        Bonjour Monsieur Kervella,

        Nous vous confirmons votre entretien pour le poste de technicien fibre optique le jeudi 29 octobre
        à 9h, dans nos locaux de Lanester (ZA de Kerpont). Merci de vous présenter 10 minutes en avance.

        Cordialement,
        Le service recrutement
        """)
    body = "Pour info, c'est jeudi matin, tu pourras déposer les petits à l'école ? Je pars vers 8h15.\n" \
           "Bisous\nYann\n\n" + inner
    return message([
        rcv("from mail-lj1-f174.google.com (mail-lj1-f174.google.com [209.85.208.174])", when, PARIS,
            "yk8Ss0"),
        ("From", "Yann Kervella <yann.kervella@example.com>"),
        ("To", TO),
        ("Subject", "Fwd: Confirmation de votre entretien"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<CAKf2yQw9+Tn3bV0cX7mL1pR5sE8dA4@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(33), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Exchange meeting request at her current employer: she is on the panel interviewing a "
           "technician candidate (mardi 29 septembre 14:00-15:00, Romance Standard Time): a job "
           "interview at a fixed time, but she is the interviewer, not the candidate")
def n33():
    when = "2026-09-22 11:37"
    body = t("""
        Bonjour Gwenaëlle,

        Peux-tu te joindre à nous pour l'entretien de Baptiste Rolland (candidat technicien essais, CV en PJ dans le dossier RH) ? J'aimerais ton avis sur la partie instrumentation / acquisition.
        On fait 20 min de présentation, 30 min de questions techniques, 10 min d'échange.

        Merci,
        Gaëtan

        Quand : mardi 29 septembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : KTM Lorient - salle Keroman 2
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Gaëtan Moisan:mailto:gaetan.moisan@keroman-tm.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle Le Goff:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Nicol:mailto:sandrine.nicol@keroman-tm.fr
SUMMARY;LANGUAGE=fr-FR:Entretien candidat - Technicien essais (B. Rolland)
DTSTART;TZID=Romance Standard Time:20260929T140000
DTEND;TZID=Romance Standard Time:20260929T150000
UID:040000008200E00074C5B7101A82E00800000000D2E4F6A8B04FDD01000000000000000010000000AA0B1C
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260922T093700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:KTM Lorient - salle Keroman 2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from EUR02-VI1-obe.outbound.protection.outlook.com (40.107.6.59)", when, PARIS, "kt9Tt1"),
        ("From", addr("Gaëtan Moisan", "gaetan.moisan@keroman-tm.fr")),
        ("To", TO),
        ("CC", "Sandrine Nicol <sandrine.nicol@keroman-tm.fr>"),
        ("Subject", "Entretien candidat - Technicien essais (B. Rolland)"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<AM9P191MB1388C0D1E2F3A4B5@AM9P191MB1388.EURP191.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(34), family="rejection", lang="fr", interview=False, company="Groupe Naval Atlantique",
      note="Taleo rejection after the application review; mentions 'entretien' only to say none will "
           "follow")
def n34():
    when = "2026-10-02 10:12"
    body = t("""
        Madame,

        Nous vous remercions de l'intérêt que vous avez manifesté pour le Groupe Naval Atlantique et pour le
        poste « Ingénieur Essais Plateforme - Lorient (Réf. 2600318) ».

        Après une étude attentive de votre candidature, nous sommes au regret de vous informer que nous ne
        pourrons pas vous proposer d'entretien pour ce poste, d'autres profils correspondant plus
        précisément aux besoins de l'équipe.

        Nous conservons votre dossier dans notre base et ne manquerons pas de revenir vers vous si une
        opportunité correspondant à votre profil se présentait.

        Nous vous souhaitons pleine réussite dans vos recherches.

        La Direction des Ressources Humaines
        Groupe Naval Atlantique

        Merci de ne pas répondre à ce message généré automatiquement.
        """)
    return message([
        rcv("from mail-out.taleo.net (mail-out.taleo.net [148.87.23.54])", when, PARIS, "tl0Uu2"),
        ("From", "Groupe Naval Atlantique <gna@taleo.net>"),
        ("To", ME),
        ("Subject", "Votre candidature - Ref. 2600318"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<1475983210.44871.1791274320000.JavaMail.taleo@tlapp12>"),
    ], text(body, charset="windows-1252"))


@mail(N(35), family="offer", lang="fr", interview=False, company="Kerlann Nautisme",
      days=(("Thu", "2026-10-22"), ("Mon", "2027-01-04")),
      note="Job offer after the boatyard visit (thread with the 6 Oct interview), informal 'tu'; it "
           "fixes a contract signing 'jeudi 22 à 17h' and a start date, neither is an interview")
def n35():
    when = "2026-10-16 12:31"
    body = t("""
        Salut Gwenaëlle,

        Bon, je vais pas tourner autour du pot : on a bien aimé, toi aussi apparemment, donc on te propose le poste. CDI, ingé essais & mise en service, 44 k€ brut sur 12 mois + prime de sortie en mer, mutuelle prise à 100 %. Démarrage lundi 4 janvier si ça te va, 8h au hangar 3.

        Si c'est bon pour toi, passe signer jeudi 22 à 17h, Soazig aura préparé le contrat. Sinon appelle-moi, on en cause.

        Kenavo,
        Yannick

        --
        Kerlann Nautisme - Chantier naval, Lorient Kergroise
        """)
    return message([
        rcv("from smtp.kerlann-nautisme.bzh (smtp.kerlann-nautisme.bzh [91.121.48.7])", when, PARIS, "kn2Vv3"),
        ("From", "Yannick Kerlann <yannick@kerlann-nautisme.bzh>"),
        ("To", TO),
        ("Subject", "Proposition d'embauche"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<3D9A1B2C-55E0-4F8B-A1C2-D3E4F5A6B7C8@kerlann-nautisme.bzh>"),
    ], text(body, cte="quoted-printable"))


@mail(N(36), family="application_ack", lang="en", interview=False, company="Keelson Autonomy",
      note="SmartRecruiters application receipt; 'we'll contact you to schedule an interview' is "
           "conditional")
def n36():
    when = "2026-09-08 14:55"
    body = t("""
        Dear Gwenaëlle,

        Thank you for applying for the position of Test & Validation Engineer - Autonomous Vessels (Nantes)
        at Keelson Autonomy. We have received your application.

        Our team is reviewing applications now. If your profile matches what we're looking for, one of
        our recruiters will contact you to schedule an interview. You can follow the status of your
        application at any time in your SmartRecruiters candidate profile.

        Thank you for your interest in Keelson Autonomy.

        Best regards,
        Keelson Autonomy Hiring Team
        """)
    hbody = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#333">
        <p>Dear Gwenaëlle,</p>
        <p>Thank you for applying for the position of <strong>Test &amp; Validation Engineer - Autonomous Vessels (Nantes)</strong>
        at Keelson Autonomy. We have received your application.</p>
        <p>Our team is reviewing applications now. If your profile matches what we're looking for, one of
        our recruiters will contact you to schedule an interview. You can follow the status of your
        application at any time in your <a href="https://my.smartrecruiters.com">SmartRecruiters candidate profile</a>.</p>
        <p>Thank you for your interest in Keelson Autonomy.</p>
        <p>Best regards,<br>Keelson Autonomy Hiring Team</p>
        <p style="font-size:11px;color:#aaa">Powered by SmartRecruiters</p>
        </body></html>
        """)
    return message([
        rcv("from mail.smartrecruiters.com (mail.smartrecruiters.com [185.18.160.11])", when, PARIS, "sr3Ww4"),
        ("From", "Keelson Autonomy <noreply@smartrecruiters.com>"),
        ("To", TO),
        ("Subject", "Thank you for your application to Keelson Autonomy"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<sr.7f3a1c9e.1788886500@smartrecruiters.com>"),
    ], alt(text(body, cte="base64"), html(hbody, cte="base64")))


@mail(N(37), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board digest with 'Entretien sous 48 h' badges; nothing scheduled")
def n37():
    when = "2026-10-20 07:00"
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef3f7">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;background:#003a5d;color:#fff;font-size:20px">MerEmploi</td></tr>
        <tr><td style="padding:16px">
        <p>Bonjour Gwenaëlle, 12 nouvelles offres correspondent à votre alerte « ingénieur essais - Bretagne ».</p>
        <p><b>Ingénieur(e) essais en mer H/F</b> - Brest (29) - CDI<br>
        <span style="background:#e0f5e9;color:#137333;font-size:11px">Entretien sous 48 h</span> · Publiée il y a 2 jours</p>
        <p><b>Responsable essais systèmes H/F</b> - Lorient (56) - CDI<br>
        <span style="background:#e0f5e9;color:#137333;font-size:11px">Recrute activement</span> · Publiée hier</p>
        <p><b>Ingénieur validation logiciel embarqué H/F</b> - Rennes (35) - CDI<br>
        <span style="font-size:11px;color:#777">Candidature simplifiée</span></p>
        <p><a href="https://www.meremploi.fr/alertes/8812">Voir les 12 offres</a></p>
        </td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur MerEmploi.
        <a href="https://www.meremploi.fr/alertes/8812/desinscription">Se désinscrire</a></td></tr>
        </table></body></html>
        """)
    return message([
        rcv("from mta3.meremploi.fr (mta3.meremploi.fr [37.59.12.101])", when, PARIS, "me4Xx5"),
        ("From", "MerEmploi <alertes@meremploi.fr>"),
        ("To", ME),
        ("Subject", enc("12 nouvelles offres : ingénieur essais - Bretagne")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<alert-8812-20261020@meremploi.fr>"),
        ("List-Unsubscribe", "<https://www.meremploi.fr/alertes/8812/desinscription>"),
        ("Precedence", "bulk"),
    ], html(hbody))


@mail(N(38), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Blog newsletter 'Entretien technique : les 7 questions qu'on vous posera'; advice only, "
           "with an example 'mardi 10h' in the text")
def n38():
    when = "2026-11-03 08:30"
    body = t("""
        LE BLOG DE L'INGÉ - n° 142

        Entretien technique : les 7 questions qu'on vous posera (et comment y répondre)

        Vous avez décroché un entretien mardi 10h pour le poste de vos rêves ? Bravo. Maintenant, préparez-vous :

        1. « Racontez-nous un essai qui a mal tourné. »
        2. « Comment rédigez-vous un plan de test ? »
        3. « Quelle est la différence entre vérification et validation ? »
        ...

        Et après l'entretien, n'oubliez pas le mail de remerciement dans les 24 heures.

        Lire l'article complet : https://blog-ingenieur.fr/entretien-technique-7-questions

        Vous recevez cette lettre car vous êtes abonnée au Blog de l'Ingé.
        Se désabonner : https://blog-ingenieur.fr/desabonnement
        """)
    return message([
        rcv("from mail.sendinblue.com (mail.sendinblue.com [185.107.232.9])", when, PARIS, "bl5Yy6"),
        ("From", enc("Le Blog de l'Ingé") + " <lettre@blog-ingenieur.fr>"),
        ("To", ME),
        ("Subject", enc("Entretien technique : les 7 questions qu'on vous posera")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<202611030830.142@blog-ingenieur.fr>"),
        ("List-Unsubscribe", "<https://blog-ingenieur.fr/desabonnement>"),
        ("List-Id", "Le Blog de l'Inge <lettre.blog-ingenieur.fr>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(39), family="scheduling_link", lang="en", interview=False, company="Hanse Subsea",
      note="JOIN invitation to pick a slot for a first interview from a link; no time chosen yet")
def n39():
    when = "2026-11-09 13:12"
    body = t("""
        Hello Gwenaëlle,

        Good news - Hanse Subsea GmbH would like to get to know you better and invites you to a first
        video interview for the position "Test Engineer ROV Systems (m/f/d) - Bremen or remote".

        Please pick a time that suits you here:
        https://join.com/schedule/hanse-subsea/9f2c71a0

        The available slots are shown in your local time. The interview will take around 30 minutes.

        Best regards,
        Hanse Subsea GmbH via JOIN
        """)
    return message([
        rcv("from mail.join.com (mail.join.com [52.58.101.8])", when, "Europe/Berlin", "jn6Zz7"),
        ("From", "Hanse Subsea GmbH via JOIN <noreply@join.com>"),
        ("To", TO),
        ("Subject", "Hanse Subsea GmbH invites you to an interview - please choose a time"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<join.9f2c71a0.invite@join.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(40), family="recruiter_outreach", lang="fr", interview=False, company="Talents Mer & Défense",
      note="Recruitment-agency cold outreach asking for her availability next week; nothing fixed")
def n40():
    when = "2026-09-21 18:05"
    body = t("""
        Bonjour Gwenaëlle,

        Je me permets de vous contacter car votre parcours en essais de systèmes navals correspond très bien à une mission que nous accompagnons pour un industriel de la défense à Toulon... et à Brest, rassurez-vous !

        Seriez-vous disponible pour un premier échange de 20 minutes la semaine prochaine ? Dites-moi simplement vos disponibilités.

        Belle soirée,
        Grégoire Vasseur
        Consultant senior - Talents Mer & Défense
        """)
    return message([
        rcv("from mailout.talents-meretdefense.fr (mailout.talents-meretdefense.fr [213.32.8.40])", when,
            PARIS, "tm7Aa8"),
        ("From", enc("Grégoire Vasseur") + " <g.vasseur@talents-meretdefense.fr>"),
        ("To", TO),
        ("Subject", enc("Opportunité - Ingénieur(e) essais systèmes navals (Brest)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<9c0b1a2d-7e6f-4a5b-8c9d-0e1f2a3b4c5d@talents-meretdefense.fr>"),
    ], text(body, cte="8bit"))


@mail(N(41), family="proposed_times", lang="fr", interview=False, company="Brocéliande Systèmes",
      days=(("Tue", "2026-12-01"), ("Wed", "2026-12-02")),
      note="Recruiter proposes 'mardi 1er décembre à 10h ou mercredi 2 à 15h, sinon mercredi en quinze' "
           "and waits for her choice before sending an invitation: not confirmed")
def n41():
    when = "2026-11-23 11:26"
    body = t("""
        Bonjour Madame Le Goff,

        Suite à notre échange, M. Daniélou souhaiterait vous rencontrer pour le poste d'ingénieure essais à Rennes. Je vous propose mardi 1er décembre à 10h ou mercredi 2 à 15h ; sinon mercredi en quinze, même heure.

        Pouvez-vous me dire ce qui vous arrange ? Je vous enverrai ensuite l'invitation.

        Cordialement,
        Capucine Hamon
        Assistante RH - Brocéliande Systèmes
        """)
    return message([
        rcv("from smtp.broceliande-systemes.fr (smtp.broceliande-systemes.fr [87.98.150.2])", when, PARIS,
            "bs8Bb9"),
        ("From", "Capucine Hamon <capucine.hamon@broceliande-systemes.fr>"),
        ("To", TO),
        ("Subject", enc("Proposition de créneaux - entretien Brocéliande Systèmes")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<000f01dd5b2e$8a7c6d50$9f7447f0$@broceliande-systemes.fr>"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(N(42), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Medical booking platform confirms an eye-doctor appointment (mardi 17 novembre à 8h45) with "
           "an ICS: confirmed time, not an interview")
def n42():
    when = "2026-11-09 19:41"
    body = t("""
        Médiclic

        Votre rendez-vous est confirmé

        Dr Anne Le Corre - Ophtalmologue
        mardi 17 novembre 2026 à 08:45
        Cabinet d'ophtalmologie du Faouëdic, 4 rue Paul Guieysse, 56100 Lorient

        Motif : consultation de suivi (lunettes / lentilles)
        Pensez à apporter votre carte Vitale et vos lunettes actuelles.

        Un empêchement ? Annulez ou déplacez votre rendez-vous au moins 24 h à l'avance depuis
        l'application Médiclic.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mediclic//RDV//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:mediclic-rdv-55310872@mediclic.fr
DTSTAMP:20261109T184100Z
DTSTART;TZID=Europe/Paris:20261117T084500
DTEND;TZID=Europe/Paris:20261117T090000
SUMMARY:RDV Dr Anne Le Corre (ophtalmologue)
LOCATION:4 rue Paul Guieysse\\, 56100 Lorient
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from mail.mediclic.fr (mail.mediclic.fr [176.31.12.80])", when, PARIS, "md9Cc0"),
        ("From", enc("Médiclic") + " <no-reply@mediclic.fr>"),
        ("To", ME),
        ("Subject", enc("Rendez-vous confirmé le mardi 17 novembre à 08:45")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<rdv-55310872-confirm@mediclic.fr>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", cte="base64", filename="rdv.ics", disposition="attachment")))


@mail(N(43), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Estate agency confirms a flat viewing in Brest (samedi 3 octobre à 10h): fixed time, not an "
           "interview")
def n43():
    when = "2026-09-29 17:55"
    body = t("""
        Bonjour Madame Le Goff,

        Je vous confirme la visite de l'appartement T3 rue de Siam (4e étage avec ascenseur, vue sur la Penfeld) samedi 3 octobre à 10h. Rendez-vous devant l'immeuble, au n° 61.
        Pour constituer le dossier, prévoyez si possible vos trois derniers bulletins de salaire ou votre promesse d'embauche.

        Cordialement,
        Fabrice Quéré
        Immobilière de la Penfeld - Brest
        """)
    return message([
        rcv("from smtp.immo-penfeld.fr (smtp.immo-penfeld.fr [51.178.40.9])", when, PARIS, "ip0Dd1"),
        ("From", enc("Fabrice Quéré") + " <f.quere@immo-penfeld.fr>"),
        ("To", TO),
        ("Subject", "Visite T3 rue de Siam - samedi 10h"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20260929175512.5521@immo-penfeld.fr>"),
    ], text(body, charset="iso-8859-15"))


@mail(N(44), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School confirms a parent-teacher meeting ('rencontre individuelle') jeudi 19 novembre à 17h40: "
           "fixed time, not a job interview")
def n44():
    when = "2026-11-13 16:32"
    body = t("""
        Madame, Monsieur,

        Suite à votre inscription, nous vous confirmons votre rencontre individuelle avec Mme Carrer, enseignante de CM1, pour faire le point sur le premier trimestre de Malo :

        jeudi 19 novembre, 17h40 - 17h55, salle 3 (bâtiment élémentaire).

        Merci de respecter l'horaire, les rendez-vous s'enchaînent toutes les 15 minutes.

        La direction
        École élémentaire Merville - Lorient
        """)
    return message([
        rcv("from smtp.ecole-merville-lorient.fr (smtp.ecole-merville-lorient.fr [90.63.200.14])", when,
            PARIS, "em1Ee2"),
        ("From", enc("École Merville") + " <direction@ecole-merville-lorient.fr>"),
        ("To", "gwenaelle.legoff@example.org, yann.kervella@example.com"),
        ("Subject", "Rencontres parents-enseignants - confirmation"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<a2b3c4d5-e6f7-4819-a0b1-c2d3e4f5a6b7@ecole-merville-lorient.fr>"),
    ], text(body, cte="base64"))


@mail(N(45), family="team_meeting", lang="fr", interview=False, company=None,
      note="Exchange invite at her current employer: a recurring daily test stand-up (8h45, weekdays, "
           "RRULE), not an interview")
def n45():
    when = "2026-11-27 16:10"
    body = t("""
        Salut à tous,

        Pour la campagne d'essais de décembre on repasse en point quotidien : 15 min chaque matin à 8h45 devant le banc, du 30 novembre au 18 décembre. Pas de slides, juste blocages et plan de la journée.

        Gaëtan

        Quand : Se produit tous les jours ouvrés du 30/11/2026 au 18/12/2026 de 08:45 à 09:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Hall d'essais KTM - banc 2
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Gaëtan Moisan:mailto:gaetan.moisan@keroman-tm.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle Le Goff:mailto:{ME}
RRULE:FREQ=WEEKLY;UNTIL=20261218T074500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO
SUMMARY;LANGUAGE=fr-FR:Point quotidien - campagne essais décembre
DTSTART;TZID=Romance Standard Time:20261130T084500
DTEND;TZID=Romance Standard Time:20261130T090000
UID:040000008200E00074C5B7101A82E00800000000E5F7A9B1C260DD01000000000000000010000000BB1C2D
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261127T151000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Hall d'essais KTM - banc 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from EUR02-VI1-obe.outbound.protection.outlook.com (40.107.6.59)", when, PARIS, "kt2Ff3"),
        ("From", addr("Gaëtan Moisan", "gaetan.moisan@keroman-tm.fr")),
        ("To", "essais-lorient@keroman-tm.fr"),
        ("CC", TO),
        ("Subject", enc("Point quotidien - campagne essais décembre")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<AM9P191MB1388D4E5F6A7B8C9@AM9P191MB1388.EURP191.PROD.OUTLOOK.COM>"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(46), family="webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Webinar registration 'Réussir son entretien d'embauche dans l'industrie navale' (jeudi 15 "
           "octobre 12h30) with an ICS: confirmed time, a webinar about interviews, not one")
def n46():
    when = "2026-10-08 12:00"
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Bonjour Gwenaëlle,</p>
        <p>Votre inscription est confirmée pour le webinaire du Réseau Femmes Ingénieures Bretagne :</p>
        <h3>« Réussir son entretien d'embauche dans l'industrie navale et de défense »</h3>
        <p><b>Jeudi 15 octobre 2026, 12h30 - 13h30</b><br>
        Avec Claire Menez (DRH) et deux ingénieures qui ont changé de poste cette année.</p>
        <p><a href="https://webinaires.rfib.fr/live/entretien-naval">Rejoindre le webinaire</a></p>
        <p>L'invitation est jointe pour votre agenda. Le replay sera envoyé à tous les inscrits.</p>
        <p>À jeudi !<br>L'équipe RFIB</p>
        <p style="font-size:11px;color:#888"><a href="https://rfib.fr/desinscription">Se désinscrire</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RFIB//Webinaires//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:webinaire-entretien-naval-20261015@rfib.fr
DTSTAMP:20261008T100000Z
DTSTART;TZID=Europe/Paris:20261015T123000
DTEND;TZID=Europe/Paris:20261015T133000
SUMMARY:Webinaire RFIB - Réussir son entretien d'embauche
LOCATION:https://webinaires.rfib.fr/live/entretien-naval
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("from mail.rfib.fr (mail.rfib.fr [145.239.1.66])", when, PARIS, "rf3Gg4"),
        ("From", "Reseau Femmes Ingenieures Bretagne <webinaires@rfib.fr>"),
        ("To", ME),
        ("Subject", enc("Inscription confirmée : Réussir son entretien d'embauche (jeudi 15/10, 12h30)")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<reg-20261015-4471@rfib.fr>"),
        ("List-Unsubscribe", "<https://rfib.fr/desinscription>"),
    ], mixed(html(hbody), calendar(ics, method="PUBLISH", cte="base64", filename="webinaire.ics",
                                   disposition="attachment")))


@mail(N(47), family="auto_reply", lang="fr", interview=False, company="Celtic Sonar",
      note="Out-of-office auto-reply from the recruiter after her thank-you note (Auto-Submitted: "
           "auto-replied); mentions interviews but schedules nothing")
def n47():
    when = "2026-10-15 08:03"
    body = t("""
        Bonjour,

        Je suis absent du 15 au 23 octobre inclus, sans accès à ma messagerie.
        Pour toute question concernant un entretien ou une candidature en cours, vous pouvez contacter
        recrutement@celtic-sonar.fr.

        Cordialement,
        Tanguy Le Roux
        """)
    return message([
        rcv("from mail.celtic-sonar.fr (mail.celtic-sonar.fr [46.105.99.12])", when, PARIS, "cs4Hh5"),
        ("From", "Tanguy Le Roux <tanguy.leroux@celtic-sonar.fr>"),
        ("To", TO),
        ("Subject", enc("Réponse automatique : Merci pour l'entretien")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<AUTO.77c1e0@celtic-sonar.fr>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<e3f4a5b6-c7d8-4e9f-a0b1-c2d3e4f5a6b7@example.org>"),
    ], text(body, charset="iso-8859-1"))


@mail(N(48), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Delivery status notification: her own reply confirming 'mardi 6 octobre à 8h45' bounced "
           "(mistyped address); a bounce, not a confirmation from an employer")
def n48():
    when = "2026-10-02 08:15"
    report = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <yanick@kerlann-nautisme.bzh>: host mx.kerlann-nautisme.bzh[91.121.48.7] said:
            550 5.1.1 <yanick@kerlann-nautisme.bzh>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4QzK2m1Y8Rz9vFt
        Arrival-Date: Fri,  2 Oct 2026 08:15:02 +0200 (CEST)

        Final-Recipient: rfc822; yanick@kerlann-nautisme.bzh
        Original-Recipient: rfc822;yanick@kerlann-nautisme.bzh
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.kerlann-nautisme.bzh
        Diagnostic-Code: smtp; 550 5.1.1 <yanick@kerlann-nautisme.bzh>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", TO),
        ("To", "yanick@kerlann-nautisme.bzh"),
        ("Subject", "Re: Poste technicien/inge essais"),
        ("Date", date("2026-10-02 08:14", PARIS)),
        ("Message-ID", "<d0e1f2a3-b4c5-4d6e-8f90-a1b2c3d4e5f6@example.org>"),
    ], text(t("""
        Bonjour Yannick,

        C'est noté, à mardi 6 octobre à 8h45 au hangar 3. Merci !

        Gwenaëlle
        """), cte="8bit"))
    return message([
        ("From", "MAIL DELIVERY SYSTEM <MAILER-DAEMON@mx.example.org>"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<20261002061503.4QzK2m1Y8Rz9vFt@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report",
                 text(report, charset="us-ascii", cte="7bit",
                      extra=(("Content-Description", "Notification"),)),
                 raw_part([("Content-Description", "Delivery report"),
                           ("Content-Type", "message/delivery-status")], status),
                 attached_message(original),
                 params="report-type=delivery-status"))


@mail(N(49), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Union branch mailing list (Sympa, List-Id) announces a branch meeting mardi 8 décembre à "
           "12h15: fixed time, not an interview")
def n49():
    when = "2026-12-01 13:05"
    body = t("""
        Bonjour à toutes et à tous,

        La prochaine réunion de section aura lieu mardi 8 décembre à 12h15, salle Groix (bâtiment administratif), sandwichs offerts.

        Ordre du jour :
        - NAO 2027 : retour sur la première réunion
        - entretiens annuels : rappel de vos droits (vous pouvez être accompagné·e)
        - questions diverses

        Pour la section,
        Erwan Le Gall, délégué syndical

        --
        Liste section-ktm@listes.syndicat-ingenieurs-bretagne.fr
        Pour vous désabonner : https://listes.syndicat-ingenieurs-bretagne.fr/sympa/sigsub/section-ktm
        """)
    return message([
        rcv("from listes.syndicat-ingenieurs-bretagne.fr (listes.syndicat-ingenieurs-bretagne.fr [193.70.5.1])",
            when, PARIS, "sy5Ii6"),
        ("From", "Erwan Le Gall <erwan.legall@keroman-tm.fr>"),
        ("To", "section-ktm@listes.syndicat-ingenieurs-bretagne.fr"),
        ("Subject", enc("[section-ktm] Réunion de section mardi 8/12 12h15")),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e@keroman-tm.fr>"),
        ("List-Id", "<section-ktm.listes.syndicat-ingenieurs-bretagne.fr>"),
        ("List-Unsubscribe", "<https://listes.syndicat-ingenieurs-bretagne.fr/sympa/sigsub/section-ktm>"),
        ("Precedence", "list"),
        ("Sender", "section-ktm-request@listes.syndicat-ingenieurs-bretagne.fr"),
    ], text(body, cte="8bit"))


@mail(N(50), family="bank_appointment", lang="en", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Online bank confirms a video-identification appointment (Friday 4 December, 11:30 AM CET): "
           "fixed time, not an interview")
def n50():
    when = "2026-11-28 10:44"
    body = t("""
        Hello Gwenaëlle,

        Your video identification appointment is confirmed.

        Date: Friday, 4 December 2026
        Time: 11:30 AM (CET)
        Duration: about 10 minutes

        Please have your passport or national ID card ready, and use a device with a camera. Our agent
        will call you through the Nordlys app - there is nothing else to install.

        This step is required by law before we can open your Nordlys current account.

        Kind regards,
        Nordlys Bank Customer Onboarding
        """)
    return message([
        rcv("from mail.nordlysbank.eu (mail.nordlysbank.eu [185.70.40.12])", when, PARIS, "nb6Jj7"),
        ("From", "Nordlys Bank <no-reply@nordlysbank.eu>"),
        ("To", TO),
        ("Subject", "Your video identification appointment is confirmed"),
        ("Date", date(when, PARIS)),
        ("Message-ID", "<onb-ident-7781923@nordlysbank.eu>"),
    ], alt(text(body), html(gmail_html(body))))
