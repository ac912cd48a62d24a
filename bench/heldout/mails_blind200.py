"""blind200: 50 hand-written mails from the inbox of Camille Pujol, a solar-farm monitoring engineer in
Perpignan (Europe/Paris), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). One function per
mail; ``make.py`` does the MIME plumbing and the checks. File numbers are a fixed shuffle of the
writing order: keys 1-23 are the positives, 24-50 the negatives.

    python3 bench/heldout/make_blind.py blind200
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
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(2000200).sample(range(1, 51), 50)
ME = "camille.pujol@example.org"
ME_H = addr("Camille Pujol", ME)
PARIS = "Europe/Paris"

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

STOCKHOLM = VTZ["Europe/Stockholm"]
BERLIN = VTZ["Europe/Berlin"]
NEW_YORK = VTZ["America/New_York"]
PARIS_TZ = VTZ["Europe/Paris"]
MADRID_TZ = PARIS_TZ.replace("Europe/Paris", "Europe/Madrid")


def n(key: int) -> str:
    return f"blind200_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_H,
         rcv: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         pre: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """The usual header block: Delivered-To, Received, From, To, Subject, Date, Message-ID, extras."""
    hs: list[tuple[str, str]] = [("Delivered-To", ME), *pre]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


MX = "mx1.mail.example.org (Postfix)"


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T10:00:00Z", end="2026-10-27T10:45:00Z",
      contact="harriet.mensah@kestrelgrid.co.uk", company="Kestrel Grid",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45", zone="Europe/London",
      note="Greenhouse confirmation sent Thu 22 Oct in BST (+01:00); the interview is on Tue 27 Oct, "
           "after the UK returns to GMT on 25 Oct, so 10:00 GMT = 10:00Z (11:00 in Perpignan, also "
           "back on CET). Range 10:00-10:45 stated and in the UTC ICS. Contact = Reply-To recruiter "
           "(also ICS ORGANIZER); From is Greenhouse's no-reply.")
def kestrel_greenhouse() -> bytes:
    body = t("""
        Hi Camille,

        Thanks for making time to speak with us! Your interview for the Senior Monitoring Engineer
        (Solar Fleet) role at Kestrel Grid is confirmed:

        Tuesday, October 27th, 2026
        10:00 AM - 10:45 AM GMT (London)

        Interviewers:
          Owen Pritchard - Head of Asset Performance
          Harriet Mensah - Talent Partner

        Location: Google Meet - https://meet.google.com/kqr-fhzw-tbn

        Owen will want to hear about the SCADA alarm triage you described on the phone, so feel
        free to bring a screenshot or two. No slides needed.

        If you need to reschedule, just reply to this email and Harriet will sort it out.

        Best,
        The Kestrel Grid Recruiting Team

        --
        Kestrel Grid Ltd, 41 Leonard Street, London EC2A 4QS
        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Camille,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Senior Monitoring Engineer
        (Solar Fleet)</b> role at Kestrel Grid is confirmed:</p>
        <table cellpadding="4" style="border-left:3px solid #24a47f">
        <tr><td><b>Tuesday, October 27th, 2026</b></td></tr>
        <tr><td>10:00 AM - 10:45 AM GMT (London)</td></tr>
        </table>
        <p><b>Interviewers:</b><br>Owen Pritchard - Head of Asset Performance<br>
        Harriet Mensah - Talent Partner</p>
        <p><b>Location:</b> Google Meet - <a href="https://meet.google.com/kqr-fhzw-tbn">meet.google.com/kqr-fhzw-tbn</a></p>
        <p>Owen will want to hear about the SCADA alarm triage you described on the phone, so feel
        free to bring a screenshot or two. No slides needed.</p>
        <p>If you need to reschedule, just reply to this email and Harriet will sort it out.</p>
        <p>Best,<br>The Kestrel Grid Recruiting Team</p>
        <p style="font-size:11px;color:#999">Kestrel Grid Ltd, 41 Leonard Street, London EC2A 4QS<br>
        Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-7730418-kestrelgrid@greenhouse.io
        DTSTAMP:20261022T151200Z
        DTSTART:20261027T100000Z
        DTEND:20261027T104500Z
        SUMMARY:Interview: Camille Pujol - Senior Monitoring Engineer (Solar Fleet)
        LOCATION:https://meet.google.com/kqr-fhzw-tbn
        ORGANIZER;CN=Harriet Mensah:mailto:harriet.mensah@kestrelgrid.co.uk
        ATTENDEE;CN=Camille Pujol;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.pujol@example.org
        ATTENDEE;CN=Owen Pritchard;ROLE=REQ-PARTICIPANT:mailto:owen.pritchard@kestrelgrid.co.uk
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-22 16:12:07"
    hs = head("Kestrel Grid <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Monitoring Engineer (Solar Fleet) at Kestrel Grid",
              when, "Europe/London", "<0100019a2b7c1e4f-5d1e2a70-kg77-4c1b-9f3e-1a2b3c4d5e6f-000000@email.amazonses.com>",
              rcv=("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", MX),
              extra=(("Reply-To", "Harriet Mensah <harriet.mensah@kestrelgrid.co.uk>"),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-12-03T08:15:00Z", end=None, contact="maxime.ribes@soleia-energies.fr",
      company="Soleïa Énergies", local="Thu 2026-12-03 09:15", zone=PARIS,
      note="Réponse écrite au téléphone (tutoiement) : « c'est calé pour jeudi 3 à 9h15 ». Date lun. 30 nov. "
           "2026 (Paris, CET) -> jeudi 3 décembre, 09:15 CET = 08:15Z. « une petite heure » est approximatif "
           "-> end null. Contact = l'expéditeur humain.")
def soleia_phone() -> bytes:
    body = t("""
        Salut Camille,

        C'est calé pour jeudi 3 à 9h15 avec Nadia (resp. exploitation) et moi, au bureau de Cabestany, 2e étage au-dessus de la boulangerie. Compte une petite heure. Si tu peux amener un exemple de rapport mensuel de prod (anonymisé évidemment) ce serait top.

        Bonne soirée
        Maxime

        Envoyé de mon iPhone

        > Le 30 nov. 2026 à 18:51, Camille Pujol <camille.pujol@example.org> a écrit :
        >
        > Bonjour Maxime,
        > Merci pour l'échange de tout à l'heure. Jeudi matin me va très bien, dites-moi l'heure qui vous arrange.
        > Camille
        """)
    hs = head("Maxime Ribes <maxime.ribes@soleia-energies.fr>", "Re: Poste ingé supervision",
              "2026-11-30 19:42:31", PARIS, "<5E7A1C2B-9F40-4D1E-A3B6-7C2D18F0E9A4@soleia-energies.fr>",
              rcv=("from smtp.soleia-energies.fr (smtp.soleia-energies.fr [185.22.91.14])", MX),
              extra=(("In-Reply-To", "<CAF3pujol8812@mail.example.org>"),
                     ("References", "<CAF3pujol8812@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(3), family="lever", lang="fr", interview=True, kind="scheduled",
      start="2026-09-14T12:30:00Z", end="2026-09-14T13:15:00Z", contact="ines.bouaziz@garrigue-energie.fr",
      company="Garrigue Énergie", local="Mon 2026-09-14 14:30", local_end="2026-09-14 15:15", zone=PARIS,
      note="Lever, en français : lundi 14 septembre 2026 de 14h30 à 15h15 (heure de Paris, CEST) = "
           "12:30Z-13:15Z ; ICS TZID Europe/Paris identique. Contact = Reply-To (recruteuse), From = "
           "no-reply Lever.")
def garrigue_lever() -> bytes:
    body = t("""
        Bonjour Camille,

        Votre entretien pour le poste d'Ingénieur(e) Performance & Supervision PV chez Garrigue Énergie est confirmé.

        Date : lundi 14 septembre 2026
        Horaire : de 14h30 à 15h15 (heure de Paris)
        Lieu : visioconférence Microsoft Teams (le lien figure dans l'invitation jointe)

        Vous échangerez avec :
        - Inès Bouaziz, Chargée de recrutement
        - Damien Fabre, Responsable du centre de supervision

        Pour toute question, répondez simplement à ce message.

        À bientôt,
        L'équipe recrutement Garrigue Énergie

        ---
        Envoyé via Lever · Se désabonner des mails de Garrigue Énergie : https://hire.lever.co/unsubscribe/garrigue
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Bonjour Camille,</p>
        <p>Votre entretien pour le poste d'<strong>Ingénieur(e) Performance &amp; Supervision PV</strong> chez Garrigue Énergie est confirmé.</p>
        <p><strong>Date :</strong> lundi 14 septembre 2026<br>
        <strong>Horaire :</strong> de 14h30 à 15h15 (heure de Paris)<br>
        <strong>Lieu :</strong> visioconférence Microsoft Teams (le lien figure dans l'invitation jointe)</p>
        <p>Vous échangerez avec :</p>
        <ul><li>Inès Bouaziz, Chargée de recrutement</li><li>Damien Fabre, Responsable du centre de supervision</li></ul>
        <p>Pour toute question, répondez simplement à ce message.</p>
        <p>À bientôt,<br>L'équipe recrutement Garrigue Énergie</p>
        <hr><p style="font-size:11px;color:#888">Envoyé via Lever</p>
        </div>
        """)
    ics = PARIS_TZ + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-iv-3f81c2d0-garrigue
        DTSTAMP:20260909T080300Z
        DTSTART;TZID=Europe/Paris:20260914T143000
        DTEND;TZID=Europe/Paris:20260914T151500
        SUMMARY:Entretien Garrigue Énergie - Camille Pujol
        LOCATION:Microsoft Teams
        DESCRIPTION:Rejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Garrigue01
        ORGANIZER;CN=Inès Bouaziz:mailto:ines.bouaziz@garrigue-energie.fr
        ATTENDEE;CN=Camille Pujol;RSVP=TRUE:mailto:camille.pujol@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Lever//Lever Interviews//FR\nMETHOD:REQUEST\n" + ics
    hs = head(addr("Garrigue Énergie", "no-reply@hire.lever.co"),
              "Confirmation de votre entretien - Garrigue Énergie", "2026-09-09 10:03:44", PARIS,
              "<lever.1757405024.4c2f8e@hire.lever.co>",
              rcv=("from mail-a.hire.lever.co (mail-a.hire.lever.co [198.2.180.44])", MX),
              extra=(("Reply-To", addr("Inès Bouaziz", "ines.bouaziz@garrigue-energie.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment")))


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start="2026-10-13T14:30:00Z", end="2026-10-13T15:30:00Z", contact="julie.carrere@occitel-energy.com",
      company="Occitel Energy", local="Tue 2026-10-13 16:30", local_end="2026-10-13 17:30", zone=PARIS,
      note="Notification Workday HTML seule : mardi 13 octobre 2026 à 16 h 30 (heure de Paris, CEST), "
           "« Durée : 1 heure » -> 14:30Z-15:30Z. Expéditeur = boîte système myworkday ; contact = "
           "adresse de la recruteuse dans le corps.")
def occitel_workday() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f2f4f5">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1f2a33">
        <tr><td style="background:#0b3954;color:#fff;font-size:18px">Occitel Energy - Carrières</td></tr>
        <tr><td>
        <p>Bonjour Camille Pujol,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>R-0042117 Ingénieur Monitoring Centrales Solaires (H/F) - Toulouse</b>.</p>
        <table cellpadding="6" style="border:1px solid #d6dde2;font-size:14px">
        <tr><td style="color:#5b6b78">Date</td><td>mardi 13 octobre 2026</td></tr>
        <tr><td style="color:#5b6b78">Heure</td><td>16 h 30 (heure de Paris)</td></tr>
        <tr><td style="color:#5b6b78">Durée</td><td>1 heure</td></tr>
        <tr><td style="color:#5b6b78">Format</td><td>Entretien sur site - 12 rue Hermès, 31520 Ramonville-Saint-Agne, accueil bâtiment B</td></tr>
        <tr><td style="color:#5b6b78">Participants</td><td>Julie Carrère (Talent Acquisition), Marc Sabatier (Directeur O&amp;M)</td></tr>
        </table>
        <p>Merci de vous munir d'une pièce d'identité pour l'accueil. Pour toute question, vous pouvez
        contacter Julie Carrère à l'adresse <a href="mailto:julie.carrere@occitel-energy.com">julie.carrere@occitel-energy.com</a>.</p>
        <p>Vous pouvez à tout moment consulter votre candidature dans votre
        <a href="https://wd3.myworkdayjobs.com/fr-FR/OccitelCareers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Talent Acquisition<br>Occitel Energy</p>
        <p style="font-size:11px;color:#8a98a3">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Occitel Energy <occitel@myworkday.com>",
              "Confirmation d'entretien - R-0042117 Ingénieur Monitoring Centrales Solaires (H/F)",
              "2026-10-06 08:30:12", PARIS, "<1402981771.88213.1791275412000@wd3-prod-mta-04.myworkday.com>",
              rcv=("from wd3-prod-mta-04.myworkday.com (wd3-prod-mta-04.myworkday.com [216.71.154.20])", MX),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page))


@mail(n(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-09-23T09:30:00Z", end="2026-09-23T10:15:00Z", contact="jordi.puig@fotovolta.es",
      company="Fotovolta Systems", local="Wed 2026-09-23 11:30", local_end="2026-09-23 12:15",
      zone="Europe/Madrid",
      note="Calendly invitee confirmation: 11:30am - 12:15pm Central European Summer Time, Wed 23 Sep "
           "2026 = 09:30Z-10:15Z; ICS in UTC agrees. Contact = host (Reply-To, ICS ORGANIZER); From is "
           "Calendly's notifications address.")
def fotovolta_calendly() -> bytes:
    body = t("""
        Hi Camille Pujol,

        Your event has been scheduled.

        Event type:
        Technical interview - Remote Monitoring Engineer (45 min)

        Host:
        Jordi Puig

        Date/Time:
        11:30am - 12:15pm (Central European Summer Time), Wednesday, September 23, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/fvs-wqoc-pja

        Invitee questions:
        What would you like to cover?  - Alarm handling for 40+ distributed sites, data quality

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0b7d1e2a-aa51-4c21-b1d8-3a4f5e6d7c8b
        Reschedule: https://calendly.com/reschedulings/0b7d1e2a-aa51-4c21-b1d8-3a4f5e6d7c8b

        Powered by Calendly.com
        """)
    page = t("""
        <div style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hi Camille Pujol,</p>
        <p><b>Your event has been scheduled.</b></p>
        <p><b>Event type:</b><br>Technical interview - Remote Monitoring Engineer (45 min)</p>
        <p><b>Host:</b><br>Jordi Puig</p>
        <p><b>Date/Time:</b><br>11:30am - 12:15pm (Central European Summer Time), Wednesday, September 23, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/fvs-wqoc-pja">Join now</a></p>
        <p><b>Invitee questions:</b><br>What would you like to cover?<br>Alarm handling for 40+ distributed sites, data quality</p>
        <p><a href="https://calendly.com/cancellations/0b7d1e2a-aa51-4c21-b1d8-3a4f5e6d7c8b">Cancel</a> |
        <a href="https://calendly.com/reschedulings/0b7d1e2a-aa51-4c21-b1d8-3a4f5e6d7c8b">Reschedule</a></p>
        <p style="color:#666;font-size:12px">Powered by Calendly.com</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:0b7d1e2a-aa51-4c21-b1d8-3a4f5e6d7c8b@calendly.com
        DTSTAMP:20260914T071844Z
        DTSTART:20260923T093000Z
        DTEND:20260923T101500Z
        SUMMARY:Technical interview - Remote Monitoring Engineer (45 min) between Jordi Puig and Camille Pujol
        LOCATION:https://meet.google.com/fvs-wqoc-pja
        ORGANIZER;CN=Jordi Puig:mailto:jordi.puig@fotovolta.es
        ATTENDEE;CN=Camille Pujol;PARTSTAT=ACCEPTED:mailto:camille.pujol@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Technical interview - Remote Monitoring Engineer (45 min) with Jordi Puig on "
              "Wednesday, September 23, 2026",
              "2026-09-14 09:18:44", "Europe/Madrid", "<calendly.5f0c9a1d2e3b4a59@mail.calendly.com>",
              rcv=("from o1.email.calendly.com (o1.email.calendly.com [167.89.101.2])", MX),
              extra=(("Reply-To", "Jordi Puig <jordi.puig@fotovolta.es>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(6), family="exchange_teams", lang="fr", interview=True, kind="scheduled",
      start="2026-11-19T09:00:00Z", end="2026-11-19T10:00:00Z", contact="s.aubert@massilia-renewables.fr",
      company="Massilia Renewables", local="Thu 2026-11-19 10:00", local_end="2026-11-19 11:00", zone=PARIS,
      note="Demande de réunion Exchange/Teams : « jeudi 19 novembre 2026 10:00-11:00 (UTC+01:00) "
           "Bruxelles, Copenhague, Madrid, Paris » = 09:00Z-10:00Z ; ICS TZID Romance Standard Time. "
           "Contact = ORGANIZER et expéditeur humain.")
def massilia_exchange() -> bytes:
    teams = t("""
        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5ODEyNzc1NjA1%40thread.v2/0?context=%7b%22Tid%22%3a%22massilia%22%7d>
        ID de la réunion : 349 812 775 605
        Code secret : Xk7pQ2
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body = t("""
        Bonjour Camille,

        Suite à notre échange téléphonique, je vous envoie l'invitation pour l'entretien avec Olivia Santini (Directrice technique) et moi-même. Nous parlerons surtout de la supervision de notre parc de Crau et des projets d'agrivoltaïsme.

        Bien cordialement,

        Sébastien Aubert
        Responsable Ressources Humaines
        Massilia Renewables - 27 boulevard de Dunkerque, 13002 Marseille
        Tél. : 04 91 00 27 13

        """) + teams
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body lang=\"FR\"><div class=\"WordSection1\">"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n"
                      for line in body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n"))
            + "</div></body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sébastien Aubert:mailto:s.aubert@massilia-renewables.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Pujol:mailto:camille.pujol@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Santini:mailto:o.santini@massilia-renewables.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\\,\\n\\nSuite à notre échange téléphonique\\, je vous envoie l'invitation pour l'entretien.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C3F2B5E171DD01000000000000000010000000C8E1D3A0F6B04E4F9A1B2C3D4E5F6071
        SUMMARY;LANGUAGE=fr-FR:Entretien - Ingénieur(e) supervision PV - Camille Pujol
        DTSTART;TZID=Romance Standard Time:20261119T100000
        DTEND;TZID=Romance Standard Time:20261119T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T132017Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124567893
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
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
        """)
    hs = head(addr("Sébastien Aubert", "s.aubert@massilia-renewables.fr"),
              "Entretien - Ingénieur(e) supervision PV - Camille Pujol", "2026-11-13 14:20:17", PARIS,
              "<PR1P264MB2871C3D0A1B2E3F4A5B6C7D8E9F0A1B2@PR1P264MB2871.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2071.outbound.protection.outlook.com [40.107.12.71])", MX),
              extra=(("Thread-Topic", enc("Entretien - Ingénieur(e) supervision PV - Camille Pujol")),
                     ("Thread-Index", "AdtVq0Yx3lP9e2a4Rk6mZ1c8B0fH7w=="),
                     ("Accept-Language", "fr-FR, en-US"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(page),
                           calendar(ics, cte="base64")))


@mail(n(7), family="personio", lang="en", interview=True, kind="scheduled",
      start="2026-10-22T12:00:00Z", end="2026-10-22T13:00:00Z", contact="lena.hartmann@lichtwerk-analytics.de",
      company="Lichtwerk Analytics", local="Thu 2026-10-22 14:00", local_end="2026-10-22 15:00",
      zone="Europe/Berlin",
      note="Personio invitation in English: 22.10.2026, 14:00 - 15:00 (Europe/Berlin, still CEST before "
           "25 Oct) = 12:00Z-13:00Z; ICS TZID Europe/Berlin agrees. Contact = Reply-To recruiter.")
def lichtwerk_personio() -> bytes:
    body = t("""
        Dear Camille,

        thank you for your application as Data Engineer - Solar Asset Monitoring (remote, EU).
        We are happy to confirm your interview:

        Date: 22.10.2026
        Time: 14:00 - 15:00 (Europe/Berlin)
        Interviewers: Lena Hartmann (People & Culture), Dr. Felix Brandt (Head of Analytics)
        Location: Online - https://lichtwerk.whereby.com/interview-cp

        In the first half we will talk about your experience; in the second half Felix will walk you
        through a small case on inverter clipping with a real (anonymised) dataset.

        If anything comes up, simply reply to this e-mail.

        Kind regards
        Lena Hartmann
        People & Culture | Lichtwerk Analytics GmbH
        Schlesische Str. 26, 10997 Berlin

        This e-mail was sent via Personio. Privacy policy: https://lichtwerk-analytics.jobs.personio.de/privacy-policy
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio GmbH//Recruiting//EN\nMETHOD:REQUEST\n" + BERLIN + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-event-88120391@personio.de
        DTSTAMP:20261014T090011Z
        DTSTART;TZID=Europe/Berlin:20261022T140000
        DTEND;TZID=Europe/Berlin:20261022T150000
        SUMMARY:Interview Camille Pujol - Data Engineer Solar Asset Monitoring
        LOCATION:https://lichtwerk.whereby.com/interview-cp
        ORGANIZER;CN=Lena Hartmann:mailto:lena.hartmann@lichtwerk-analytics.de
        ATTENDEE;CN=Camille Pujol;RSVP=TRUE:mailto:camille.pujol@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Lichtwerk Analytics GmbH <no-reply@mail.personio.de>",
              "Your interview at Lichtwerk Analytics GmbH", "2026-10-14 11:00:11", "Europe/Berlin",
              "<20261014090011.8f1c2e7a9b3d4f50@mail.personio.de>",
              rcv=("from mta-eu1.mail.personio.de (mta-eu1.mail.personio.de [35.156.77.12])", MX),
              extra=(("Reply-To", "Lena Hartmann <lena.hartmann@lichtwerk-analytics.de>"),))
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(8), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T08:45:00Z", contact="elin.sandberg@norrskensolar.se",
      company="Norrsken Solar Analytics", local="Mon 2026-10-26 09:00", local_end="2026-10-26 09:45",
      zone="Europe/Stockholm",
      note="Teamtailor, sent Fri 23 Oct in CEST; the interview is Mon 26 Oct, the day after Europe "
           "returns to CET: 09:00-09:45 Stockholm = 08:00Z-08:45Z (not 07:00Z). ICS TZID "
           "Europe/Stockholm agrees. From and Reply-To are Teamtailor addresses; contact = the "
           "recruiter's address in the signature.")
def norrsken_teamtailor() -> bytes:
    body = t("""
        Hi Camille,

        Great news - your interview with Norrsken Solar Analytics is booked!

        Monday 26 October 2026, 09:00 - 09:45 (Europe/Stockholm)
        Video call: https://norrskensolar.teamtailor.com/meetings/v/7HkQ2

        You will meet Elin (Talent Acquisition) and Johan Lindqvist, our Lead SRE for the fleet
        monitoring platform. Expect a relaxed conversation about how you keep 300 MW of PV honest.

        See you then!

        Elin Sandberg
        Talent Acquisition, Norrsken Solar Analytics
        elin.sandberg@norrskensolar.se

        You are receiving this email because you applied for a job at Norrsken Solar Analytics.
        Manage your data: https://norrskensolar.teamtailor.com/connect/candidate
        """)
    page = t("""
        <!doctype html><html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;background:#fafafa">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:8px">
        <p>Hi Camille,</p>
        <p>Great news - your interview with Norrsken Solar Analytics is booked!</p>
        <div style="background:#f4f1ff;padding:16px;border-radius:6px">
        <div style="font-weight:600">Monday 26 October 2026</div>
        <div>09:00 - 09:45 (Europe/Stockholm)</div>
        <div><a href="https://norrskensolar.teamtailor.com/meetings/v/7HkQ2">Join video call</a></div>
        </div>
        <p>You will meet Elin (Talent Acquisition) and Johan Lindqvist, our Lead SRE for the fleet
        monitoring platform. Expect a relaxed conversation about how you keep 300 MW of PV honest.</p>
        <p>See you then!</p>
        <p>Elin Sandberg<br>Talent Acquisition, Norrsken Solar Analytics<br>
        <a href="mailto:elin.sandberg@norrskensolar.se">elin.sandberg@norrskensolar.se</a></p>
        <p style="font-size:11px;color:#999">You are receiving this email because you applied for a job at Norrsken Solar Analytics.</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Meetings//EN\nMETHOD:REQUEST\n" + STOCKHOLM + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-7HkQ2@teamtailor.com
        DTSTAMP:20261023T134005Z
        DTSTART;TZID=Europe/Stockholm:20261026T090000
        DTEND;TZID=Europe/Stockholm:20261026T094500
        SUMMARY:Interview: Norrsken Solar Analytics / Camille Pujol
        LOCATION:https://norrskensolar.teamtailor.com/meetings/v/7HkQ2
        ORGANIZER;CN=Norrsken Solar Analytics:mailto:no-reply@teamtailor-mail.com
        ATTENDEE;CN=Camille Pujol;RSVP=TRUE:mailto:camille.pujol@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Norrsken Solar Analytics <no-reply@teamtailor-mail.com>",
              "Interview booked: Norrsken Solar Analytics", "2026-10-23 15:40:05", "Europe/Stockholm",
              "<6f2c1b0a.tt.8841992@teamtailor-mail.com>",
              rcv=("from mail-out-2.teamtailor-mail.com (mail-out-2.teamtailor-mail.com [18.200.61.9])", MX),
              extra=(("Reply-To", "reply+c7a91f0e22b@teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="meeting.ics", disposition="attachment")))


@mail(n(9), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-11-17T09:30:00Z", end=None, contact="montse.vilaro@energiapirineu.cat",
      company="Energia Pirineu", local="Tue 2026-11-17 10:30", zone="Europe/Madrid",
      days=(("Tue", "2026-11-17"),),
      note="Empresa catalana que escribe en castellano: « el martes 17 a las 10:30 », Date jue. 12 nov. 2026 "
           "(CET) -> martes 17 de noviembre, 10:30 CET = 09:30Z. « una hora y media más o menos » es "
           "aproximado -> end null. La convocatoria .ics es de día completo (VALUE=DATE 20261117): la hora "
           "solo está en el texto. iso-8859-1 QP. Contacto = remitente humano.")
def pirineu_es() -> bytes:
    body = t("""
        Hola Camille:

        Te confirmo la entrevista para el martes 17 a las 10:30 en nuestras oficinas del Poblenou
        (c/ de Pere IV, 78, 3.º 2.ª, Barcelona). Estaremos Arnau Soler, director de operaciones, y yo.
        Calcula una hora y media más o menos, porque después te enseñaremos la sala de control.

        Te mando también la convocatoria para el calendario; sale como «todo el día» porque mi Outlook
        se empeña, pero la hora buena es la de este correo.

        Si vienes en tren desde Perpiñán, el AVE de las 8:02 llega de sobra.

        Un abrazo,

        Montse Vilaró
        Responsable de Personas · Energia Pirineu SL
        Tel. +34 934 00 17 22
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Montse Vilaró:mailto:montse.vilaro@energiapirineu.cat
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Pujol:mailto:camille.pujol@example.org
        UID:040000008200E00074C5B7101A82E0080000000070B1C2D3E4F5DD01000000000000000010000000A9B8C7D6E5F40312
        SUMMARY;LANGUAGE=es-ES:Entrevista Camille Pujol - Ingeniera de monitorización
        DTSTART;VALUE=DATE:20261117
        DTEND;VALUE=DATE:20261118
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261112T160500Z
        TRANSP:TRANSPARENT
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Oficinas Poblenou - Pere IV 78
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Montse Vilaró", "montse.vilaro@energiapirineu.cat", "iso-8859-1"),
              "Entrevista martes 17 - Energia Pirineu", "2026-11-12 17:05:40", "Europe/Madrid",
              "<AM9P190MB1277D4E5F6A7B8C9@AM9P190MB1277.EURP190.PROD.OUTLOOK.COM>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2110.outbound.protection.outlook.com [40.107.22.110])", MX),
              extra=(("Content-Language", "es-ES"),))
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(ics, cte="base64", filename="Entrevista.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(10), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start="2026-12-04T10:00:00Z", end="2026-12-04T11:00:00Z", contact="thomas.vidal@aeroterra.fr",
      company="Aéroterra", local="Fri 2026-12-04 11:00", local_end="2026-12-04 12:00", zone=PARIS,
      note="SmartRecruiters : le corps dit seulement que l'entretien est confirmé et renvoie à l'invitation "
           "jointe ; l'heure n'est que dans l'ICS (DTSTART;TZID=Europe/Paris 20261204T110000, DTEND "
           "12:00) = 10:00Z-11:00Z (CET). Contact = adresse du recruteur dans le corps.")
def aeroterra_smartrecruiters() -> bytes:
    body = t("""
        Bonjour Camille,

        Bonne nouvelle : votre entretien pour le poste « Ingénieur(e) Data & Supervision – Inspection de centrales solaires par drone » chez Aéroterra a été confirmé.

        Vous trouverez tous les détails (date, heure et lien de visioconférence) dans l'invitation calendrier jointe à ce message. Pensez à l'ajouter à votre agenda.

        Une question ? Contactez Thomas Vidal, Talent Acquisition : thomas.vidal@aeroterra.fr

        Bonne préparation,
        L'équipe Aéroterra

        Cet e-mail vous a été envoyé par SmartRecruiters pour le compte d'Aéroterra. Merci de ne pas y répondre directement.
        """)
    page = t("""
        <html><body style="font-family:Open Sans,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <table width="100%" style="max-width:600px"><tr><td>
        <img src="https://c.smartrecruiters.com/sr-company-logo/aeroterra.png" alt="Aéroterra" height="40">
        <p>Bonjour Camille,</p>
        <p>Bonne nouvelle : votre entretien pour le poste <b>« Ingénieur(e) Data &amp; Supervision – Inspection de centrales solaires par drone »</b> chez Aéroterra a été confirmé.</p>
        <p>Vous trouverez tous les détails (date, heure et lien de visioconférence) dans l'invitation calendrier jointe à ce message. Pensez à l'ajouter à votre agenda.</p>
        <p>Une question ? Contactez Thomas Vidal, Talent Acquisition : <a href="mailto:thomas.vidal@aeroterra.fr">thomas.vidal@aeroterra.fr</a></p>
        <p>Bonne préparation,<br>L'équipe Aéroterra</p>
        <p style="font-size:11px;color:#999">Cet e-mail vous a été envoyé par SmartRecruiters pour le compte d'Aéroterra.</p>
        </td></tr></table></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SmartRecruiters//Interview Scheduler//EN\nMETHOD:REQUEST\n" + PARIS_TZ + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-interview-5d0e77a1-3b2c-4f19-9a8e-aeroterra@smartrecruiters.com
        DTSTAMP:20261127T081200Z
        DTSTART;TZID=Europe/Paris:20261204T110000
        DTEND;TZID=Europe/Paris:20261204T120000
        SUMMARY:Entretien Aéroterra – Camille Pujol
        DESCRIPTION:Entretien avec Thomas Vidal et Lucie Ferran (Head of Data).\\nLie
         n : https://aeroterra.zoom.us/j/84120077153
        LOCATION:Zoom
        ORGANIZER;CN=Aéroterra:mailto:noreply@smartrecruiters.com
        ATTENDEE;CN=Camille Pujol;RSVP=TRUE:mailto:camille.pujol@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Aéroterra", "noreply@smartrecruiters.com"),
              "Votre entretien avec Aéroterra est confirmé", "2026-11-27 09:12:03", PARIS,
              "<0102019b6c4e.sr.a1b2c3d4@smartrecruiters.com>",
              rcv=("from mail3.smartrecruiters.com (mail3.smartrecruiters.com [52.17.201.80])", MX))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invitation.ics", disposition="attachment")))


@mail(n(11), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z", contact="dana.whitfield@brightlinesolar.com",
      company="Brightline Solar Cloud", local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00",
      zone="America/New_York",
      note="Google Calendar invitation sent Thu 29 Oct in EDT (-04:00); the interview is Tue 3 Nov, after "
           "the US returns to EST on 1 Nov: 10am-11am EST = 15:00Z-16:00Z. ICS TZID America/New_York. "
           "Contact = ORGANIZER (also From / Reply-To); Sender is calendar-notification@google.com.")
def brightline_gcal() -> bytes:
    subject = ("Invitation: Hiring manager interview - Camille Pujol @ Tue Nov 3, 2026 10am - 11am (EST) "
               "(camille.pujol@example.org)")
    body = t("""
        Hiring manager interview - Camille Pujol
        Tuesday Nov 3, 2026 ⋅ 10am – 11am
        Eastern Time - New York

        Join with Google Meet
        meet.google.com/bls-hmtq-wrx

        Join by phone
        (US) +1 347-555-0142 PIN: 771 903 118#

        Hi Camille - this is the conversation with me (hiring manager, Fleet Analytics). We'll go through
        your monitoring work and the role itself. Talk soon! Dana

        Organizer
        Dana Whitfield
        dana.whitfield@brightlinesolar.com

        Guests
        Dana Whitfield - organizer
        camille.pujol@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=Ymxz

        Reply for camille.pujol@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-weight:400;font-size:22px">Hiring manager interview - Camille Pujol</h2>
        <div>Tuesday Nov 3, 2026 ⋅ 10am – 11am<br>Eastern Time - New York</div>
        <p><a href="https://meet.google.com/bls-hmtq-wrx">Join with Google Meet</a><br>meet.google.com/bls-hmtq-wrx</p>
        <p>Hi Camille - this is the conversation with me (hiring manager, Fleet Analytics). We'll go through
        your monitoring work and the role itself. Talk soon! Dana</p>
        <p><b>Organizer</b><br>Dana Whitfield<br>dana.whitfield@brightlinesolar.com</p>
        <p><b>Guests</b><br>Dana Whitfield - organizer<br>camille.pujol@example.org</p>
        <p>Reply for camille.pujol@example.org: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a></p>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + NEW_YORK + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T110000
        DTSTAMP:20261029T152044Z
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@brightlinesolar.com
        UID:5q1v0k8n3d7c2b9a4e6f1h0j2l@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@brightlinesolar.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.pujol@example.org;X-NUM-GUESTS=0:mailto:camille.pujol@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/bls-hmtq-wrx
        CREATED:20261029T152040Z
        DESCRIPTION:Hi Camille - this is the conversation with me (hiring manager\\, Fleet Analytics).
        LAST-MODIFIED:20261029T152044Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Hiring manager interview - Camille Pujol
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Dana Whitfield <dana.whitfield@brightlinesolar.com>", subject, "2026-10-29 11:20:44",
              "America/New_York", "<calendar-3e8b0f2a-71c4-4d9e-b6a5-0c1d2e3f4a5b@google.com>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", MX),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "Dana Whitfield <dana.whitfield@brightlinesolar.com>")))
    cal = calendar(ics, method="REQUEST")
    attach = calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)
    return message(hs, mixed(alt(text(body), html(page), cal), attach))


@mail(n(12), family="join", lang="fr", interview=True, kind="scheduled",
      start="2026-10-08T13:00:00Z", end="2026-10-08T13:45:00Z", contact="pau.serrat@tramuntanasolar.cat",
      company="Tramuntana Solar", local="Thu 2026-10-08 15:00", local_end="2026-10-08 15:45",
      zone="Europe/Madrid",
      note="Employeur catalan (Girona) qui écrit en français via JOIN : jeudi 8 octobre 2026, 15h00 - "
           "15h45 (CEST) = 13:00Z-13:45Z. Pas d'ICS. Contact = Reply-To humain ; From = no-reply JOIN.")
def tramuntana_join() -> bytes:
    body = t("""
        Bonjour Camille,

        Tramuntana Solar a planifié un entretien avec vous pour le poste « Ingénieur(e) O&M / Monitoring – parcs PV Catalogne Nord & Sud ».

        📅 Jeudi 8 octobre 2026
        🕒 15h00 – 15h45 (CEST)
        📍 Appel vidéo – https://meet.jit.si/TramuntanaSolar-CPujol

        Message de Pau Serrat :
        « Bonjour Camille, on fera l'entretien en français, pas d'inquiétude – la moitié de l'équipe vient de Perpignan ! À jeudi. Pau »

        Vous pouvez répondre directement à cet e-mail pour contacter Pau Serrat.

        Bonne chance !
        L'équipe JOIN

        JOIN Solutions AG · Hardturmstrasse 11 · 8005 Zurich
        Vous recevez cet e-mail parce que vous avez postulé via JOIN.
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1b1b1f;background:#f6f6f8">
        <div style="max-width:560px;margin:24px auto;background:#fff;border-radius:12px;padding:28px">
        <p>Bonjour Camille,</p>
        <p><b>Tramuntana Solar</b> a planifié un entretien avec vous pour le poste « Ingénieur(e) O&amp;M / Monitoring – parcs PV Catalogne Nord &amp; Sud ».</p>
        <table style="font-size:15px">
        <tr><td>📅</td><td>Jeudi 8 octobre 2026</td></tr>
        <tr><td>🕒</td><td>15h00 – 15h45 (CEST)</td></tr>
        <tr><td>📍</td><td><a href="https://meet.jit.si/TramuntanaSolar-CPujol">Appel vidéo</a></td></tr>
        </table>
        <p style="background:#f1f0ff;padding:12px;border-radius:8px"><i>Message de Pau Serrat :</i><br>
        « Bonjour Camille, on fera l'entretien en français, pas d'inquiétude – la moitié de l'équipe vient de Perpignan ! À jeudi. Pau »</p>
        <p>Vous pouvez répondre directement à cet e-mail pour contacter Pau Serrat.</p>
        <p>Bonne chance !<br>L'équipe JOIN</p>
        <p style="font-size:11px;color:#8b8b99">JOIN Solutions AG · Hardturmstrasse 11 · 8005 Zurich</p>
        </div></body></html>
        """)
    hs = head("Tramuntana Solar via JOIN <no-reply@join.com>",
              "Entretien planifié : Tramuntana Solar – jeudi 8 octobre", "2026-09-29 10:15:27", "Europe/Madrid",
              "<20260929081527.join.4471c0de9a@join.com>",
              rcv=("from mail.join.com (mail.join.com [3.120.66.214])", MX),
              extra=(("Reply-To", "Pau Serrat <pau.serrat@tramuntanasolar.cat>"),
                     ("List-Unsubscribe", "<https://join.com/unsubscribe/c/4471c0de9a>")))
    return message(hs, alt(text(body), html(page)))


@mail(n(13), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-10-06T13:00:00Z", end=None, contact="tom.gallagher@aerisun-robotics.com",
      company="Aerisun Robotics", local="Tue 2026-10-06 15:00", zone=PARIS,
      note="Hiring manager's Gmail reply: 'next Tuesday at 3pm Toulouse time', Date Thu 1 Oct 2026 (CEST) "
           "-> Tue 6 Oct, 15:00 CEST = 13:00Z (read as the coming Tuesday; the quoted thread says 'early "
           "next week'). 'should take about an hour' -> end null. Contact = sender.")
def aerisun_prose() -> bytes:
    body = t("""
        Hi Camille,

        Great talking earlier. Let's lock it in: next Tuesday at 3pm Toulouse time, at our site in Labège (Parc Technologique du Canal, building C - ask for me at reception, there's visitor parking behind the building). Should take about an hour, you'll meet me and Anaïs from the robotics cleaning team.

        No need to prepare anything formal. Bring your curiosity about panel-cleaning robots :)

        Cheers,
        Tom

        --
        Tom Gallagher
        Head of Field Data | Aerisun Robotics
        +33 5 61 00 48 20

        On Thu, 1 Oct 2026 at 12:02, Camille Pujol <camille.pujol@example.org> wrote:
        > Hi Tom,
        > Thanks for getting back to me. I'm free most afternoons early next week and happy to come to Labège.
        > Best regards,
        > Camille
        """)
    hs = head("Tom Gallagher <tom.gallagher@aerisun-robotics.com>", "Re: Field Data Engineer - next step",
              "2026-10-01 18:10:09", PARIS, "<CAJp5d+7Yw2qQ0mF1bN8xTg3kE4rS9uV6zL2cD0aH1eP@mail.gmail.com>",
              rcv=("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])", MX),
              extra=(("In-Reply-To", "<CAF3pujolq2Lk9@mail.example.org>"),
                     ("References", "<CAF3pujolq2Lk9@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(14), family="ashby", lang="en", interview=True, kind="rescheduled",
      start="2026-11-12T14:00:00Z", end="2026-11-12T15:00:00Z", contact="sanne@gridlight.energy",
      company="Gridlight", local="Thu 2026-11-12 15:00", local_end="2026-11-12 16:00",
      zone="Europe/Amsterdam", days=(("Wed", "2026-11-11"),),
      note="Ashby reschedule (base64): new time Thu 12 Nov 2026, 3:00-4:00 PM CET = 14:00Z-15:00Z; the "
           "previous slot (Wed 11 Nov, same hour) is also written. ICS SEQUENCE:1 in UTC. Contact = "
           "Reply-To recruiter (also ORGANIZER).")
def gridlight_ashby() -> bytes:
    body = t("""
        Hi Camille,

        Your interview with Gridlight has been rescheduled.

        New time
        Thursday, November 12, 2026, 3:00 PM – 4:00 PM CET

        Previous time (cancelled)
        Wednesday, November 11, 2026, 3:00 PM – 4:00 PM CET

        Interview: System design – Telemetry pipeline
        Interviewers: Ruben Jansen (Staff Engineer), Sanne de Vries (Recruiting)
        Location: Google Meet (link in the calendar invite)

        Sorry for the shuffle - Ruben is on site at a substation on Wednesday. Questions? Just reply and it
        will reach Sanne de Vries.

        Thanks,
        Gridlight Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Camille,</p>
        <p>Your interview with Gridlight has been <b>rescheduled</b>.</p>
        <p><b>New time</b><br>Thursday, November 12, 2026, 3:00 PM – 4:00 PM CET</p>
        <p style="color:#888"><b>Previous time (cancelled)</b><br><s>Wednesday, November 11, 2026, 3:00 PM – 4:00 PM CET</s></p>
        <p>Interview: System design – Telemetry pipeline<br>Interviewers: Ruben Jansen (Staff Engineer), Sanne de Vries (Recruiting)<br>
        Location: Google Meet (link in the calendar invite)</p>
        <p>Sorry for the shuffle - Ruben is on site at a substation on Wednesday. Questions? Just reply and it
        will reach Sanne de Vries.</p>
        <p>Thanks,<br>Gridlight Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-4be0c1f7-92d3-4a8e-b1c5-gridlight
        DTSTAMP:20261109T114022Z
        DTSTART:20261112T140000Z
        DTEND:20261112T150000Z
        SEQUENCE:1
        SUMMARY:Gridlight – System design interview (Camille Pujol)
        LOCATION:https://meet.google.com/grd-lgth-sys
        ORGANIZER;CN=Sanne de Vries:mailto:sanne@gridlight.energy
        ATTENDEE;CN=Camille Pujol;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.pujol@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Gridlight <no-reply@ashbyhq.com>", "Interview rescheduled: Platform Engineer at Gridlight",
              "2026-11-09 12:40:22", "Europe/Amsterdam",
              "<010001932f4a7b11-9c0e2d4f-gl11-4e7a-8b3c-5d6e7f8a9b0c-000000@email.amazonses.com>",
              rcv=("from mail.ashbyhq.com (mail.ashbyhq.com [54.240.27.14])", MX),
              extra=(("Reply-To", "Sanne de Vries <sanne@gridlight.energy>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(15), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-09-22T08:00:00Z", end=None, contact="helene.roig@roussillon-ingenierie.fr",
      company="Roussillon Ingénierie", local="Tue 2026-09-22 10:00", zone=PARIS,
      days=(("Thu", "2026-09-17"),),
      note="Report en prose (vouvoiement, windows-1252 QP) : « reporté à mardi prochain, à la même heure » ; "
           "Date mer. 16 sept. 2026 -> mardi 22 septembre ; « la même heure » = 10h, l'heure de l'entretien "
           "initial (jeudi 17 septembre à 10h) cité plus bas. 10:00 CEST = 08:00Z. Contact = expéditrice.")
def roussillon_report() -> bytes:
    body = t("""
        Bonjour Camille,

        Comme convenu au téléphone à l’instant, notre entretien de demain est reporté à mardi prochain, à la même heure, toujours dans nos locaux. Notre directeur technique, M. Batlle, sera bien présent cette fois-ci – c’est ce qui motivait ce report.

        Je vous prie de nous excuser pour ce changement de dernière minute.

        Bien cordialement,

        Hélène Roig
        Chargée RH – Roussillon Ingénierie
        14 avenue de Grande-Bretagne – 66000 Perpignan
        04 68 00 51 90

        -----Message d'origine-----
        De : Hélène Roig <helene.roig@roussillon-ingenierie.fr>
        Envoyé : jeudi 10 septembre 2026 15:22
        À : Camille Pujol <camille.pujol@example.org>
        Objet : Entretien – Ingénieur(e) suivi de production

        Bonjour Camille,

        Je vous confirme notre entretien le jeudi 17 septembre à 10h dans nos locaux (14 avenue de Grande-Bretagne, 2e étage, interphone « RI »).

        Bien cordialement,
        Hélène Roig
        """)
    hs = head(addr("Hélène Roig", "helene.roig@roussillon-ingenierie.fr", "windows-1252"),
              "RE: Entretien – Ingénieur(e) suivi de production", "2026-09-16 08:47:55", PARIS,
              "<DB9PR08MB6714A2B3C4D5E6F7@DB9PR08MB6714.eurprd08.prod.outlook.com>",
              rcv=("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2092.outbound.protection.outlook.com [40.107.104.92])", MX),
              charset="windows-1252",
              extra=(("Thread-Topic", enc("Entretien – Ingénieur(e) suivi de production", "windows-1252")),
                     ("Content-Language", "fr-FR")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(16), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start="2026-12-08T13:00:00Z", end="2026-12-08T14:00:00Z", contact="romain.castex@heliotrope-data.fr",
      company="Héliotrope Data", local="Tue 2026-12-08 14:00", local_end="2026-12-08 15:00", zone=PARIS,
      days=(("Mon", "2026-12-07"),),
      note="Invitation Google Agenda mise à jour (interface en français) : mar. 8 déc. 2026 14:00 - 15:00 "
           "(CET) = 13:00Z-14:00Z ; la description rappelle l'ancien créneau (lun. 7 déc. 10h). ICS "
           "SEQUENCE:2 TZID Europe/Paris. Contact = ORGANIZER.")
def heliotrope_gcal_update() -> bytes:
    subject = ("Invitation mise à jour : Entretien technique - Camille Pujol @ mar. 8 déc. 2026 14:00 - 15:00 "
               "(CET) (camille.pujol@example.org)")
    body = t("""
        Cet événement a été modifié.

        Entretien technique - Camille Pujol
        Modifié : mardi 8 déc. 2026 ⋅ 14:00 – 15:00
        Heure normale d’Europe centrale - Paris

        Rejoindre avec Google Meet
        meet.google.com/hlt-dtaq-pxm

        Bonjour Camille, initialement prévu lun. 7 déc. à 10h ; décalé au mardi après-midi pour que Léa (responsable SCADA) puisse être là. Même lien Meet. Romain

        Organisateur
        Romain Castex
        romain.castex@heliotrope-data.fr

        Invités
        Romain Castex - organisateur
        Léa Marty
        camille.pujol@example.org
        Afficher toutes les informations sur les invités https://calendar.google.com/calendar/event?action=VIEW&eid=aGx0

        Répondre pour camille.pujol@example.org
        Oui https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        Non https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Peut-être https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation de Google Agenda

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + PARIS_TZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261208T140000
        DTEND;TZID=Europe/Paris:20261208T150000
        DTSTAMP:20261202T083012Z
        ORGANIZER;CN=Romain Castex:mailto:romain.castex@heliotrope-data.fr
        UID:2h8k1m4n6p0q3r5s7t9u1v2w4x@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Romain Castex;X-NUM-GUESTS=0:mailto:romain.castex@heliotrope-data.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Marty;X-NUM-GUESTS=0:mailto:lea.marty@heliotrope-data.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.pujol@example.org;X-NUM-GUESTS=0:mailto:camille.pujol@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hlt-dtaq-pxm
        CREATED:20261124T101500Z
        DESCRIPTION:Bonjour Camille\\, initialement prévu lun. 7 déc. à 10h \\; décalé au mardi après-midi pour que Léa (responsable SCADA) puisse être là. Même lien Meet. Romain
        LAST-MODIFIED:20261202T083012Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Entretien technique - Camille Pujol
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Romain Castex <romain.castex@heliotrope-data.fr>", subject, "2026-12-02 09:30:12", PARIS,
              "<calendar-9d1e2f3a-4b5c-4d6e-8f70-a1b2c3d4e5f6@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", MX),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "Romain Castex <romain.castex@heliotrope-data.fr>")))
    cal = calendar(ics, method="REQUEST", cte="base64")
    attach = calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), cal), attach))


@mail(n(17), family="workable", lang="en", interview=True, kind="rescheduled",
      start="2026-11-23T16:00:00Z", end="2026-11-23T16:45:00Z", contact="nuria.casals@brisarobotics.com",
      company="Brisa Robotics", local="Mon 2026-11-23 17:00", local_end="2026-11-23 17:45",
      zone="Europe/Madrid", days=(("Fri", "2026-11-20"),),
      note="Workable reschedule: new time Monday, November 23, 2026 at 5:00 PM (CET), 45 minutes = "
           "16:00Z-16:45Z; the old slot (Fri 20 Nov, 12:00 PM) is also written. ICS SEQUENCE:1 in UTC. "
           "From is Workable's noreply and Reply-To / ORGANIZER a Workable relay, so contact = the "
           "talent partner's address in the signature.")
def brisa_workable() -> bytes:
    body = t("""
        Hi Camille,

        Your interview for the Robotics Data Engineer (Solar O&M) position at Brisa Robotics has been moved.

        New time: Monday, November 23, 2026 at 5:00 PM (CET) - 45 minutes
        Previous time: Friday, November 20, 2026 at 12:00 PM (CET)
        Where: Video call - https://brisarobotics.whereby.com/interviews

        I'm sorry about the change: our CTO flies back from Chile on Friday and really wants to meet you.
        Please accept the updated invitation so it lands in your calendar.

        Best,
        Núria Casals
        Talent Partner, Brisa Robotics
        nuria.casals@brisarobotics.com | Carrer de Pujades 100, 08005 Barcelona

        ---
        Sent with Workable. Reply to this email to respond to Brisa Robotics.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#212b36">
        <p>Hi Camille,</p>
        <p>Your interview for the <b>Robotics Data Engineer (Solar O&amp;M)</b> position at Brisa Robotics has been moved.</p>
        <table style="font-size:14px" cellpadding="4">
        <tr><td><b>New time</b></td><td>Monday, November 23, 2026 at 5:00 PM (CET) - 45 minutes</td></tr>
        <tr><td style="color:#919eab">Previous time</td><td style="color:#919eab"><s>Friday, November 20, 2026 at 12:00 PM (CET)</s></td></tr>
        <tr><td><b>Where</b></td><td><a href="https://brisarobotics.whereby.com/interviews">Video call</a></td></tr>
        </table>
        <p>I'm sorry about the change: our CTO flies back from Chile on Friday and really wants to meet you.
        Please accept the updated invitation so it lands in your calendar.</p>
        <p>Best,<br>Núria Casals<br>Talent Partner, Brisa Robotics<br>
        <a href="mailto:nuria.casals@brisarobotics.com">nuria.casals@brisarobotics.com</a> | Carrer de Pujades 100, 08005 Barcelona</p>
        <p style="font-size:11px;color:#919eab">Sent with Workable. Reply to this email to respond to Brisa Robotics.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:workable-event-3c9d2a18e7@workable.com
        DTSTAMP:20261118T152000Z
        DTSTART:20261123T160000Z
        DTEND:20261123T164500Z
        SEQUENCE:1
        SUMMARY:Interview: Camille Pujol for Robotics Data Engineer (Solar O&M)
        LOCATION:https://brisarobotics.whereby.com/interviews
        ORGANIZER;CN=Brisa Robotics:mailto:brisa-robotics+a7f3k2@candidates.workablemail.com
        ATTENDEE;CN=Camille Pujol;RSVP=TRUE:mailto:camille.pujol@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Brisa Robotics <noreply@candidates.workablemail.com>",
              "Updated interview time - Robotics Data Engineer (Solar O&M)", "2026-11-18 16:20:00",
              "Europe/Madrid", "<wkbl.3c9d2a18e7.1795533600@candidates.workablemail.com>",
              rcv=("from o3.candidates.workablemail.com (o3.candidates.workablemail.com [149.72.34.5])", MX),
              extra=(("Reply-To", "brisa-robotics+a7f3k2@candidates.workablemail.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(18), family="exchange_teams", lang="fr", interview=True, kind="cancelled",
      start="2026-10-29T08:30:00Z", end="2026-10-29T09:30:00Z", contact="claire.giraud@phocea-smartgrids.fr",
      company="Phocéa Smart Grids", local="Thu 2026-10-29 09:30", local_end="2026-10-29 10:30", zone=PARIS,
      note="Annulation Exchange (METHOD:CANCEL, STATUS:CANCELLED) envoyée le 20 oct. en CEST ; le créneau "
           "annulé, jeudi 29 octobre 09:30-10:30 (UTC+01:00) Paris, tombe après le retour à l'heure "
           "d'hiver (25 oct.) = 08:30Z-09:30Z. Poste pourvu en interne, pas de nouvel horaire. Contact = "
           "ORGANIZER / expéditrice.")
def phocea_cancel() -> bytes:
    body = t("""
        Quand : jeudi 29 octobre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Camille,

        Je suis au regret de devoir annuler notre entretien : le poste vient d'être pourvu en interne, par une personne de l'équipe d'exploitation. Je garde bien entendu votre candidature pour nos prochains recrutements à Fos et à Aubagne.

        Bien à vous,

        Claire Giraud
        Talent Acquisition Manager
        Phocéa Smart Grids – 12 quai de Rive-Neuve, 13007 Marseille
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Claire Giraud:mailto:claire.giraud@phocea-smartgrids.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Pujol:mailto:camille.pujol@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\\,\\n\\nJe suis au regret de devoir annuler notre entretien.\\n
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000D4C3B2A1F0E9D8C7
        SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien – Ingénieur(e) supervision photovoltaïque
        DTSTART;TZID=Romance Standard Time:20261029T093000
        DTEND;TZID=Romance Standard Time:20261029T103000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261020T150211Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1873221905
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    subj = "Annulé : Entretien – Ingénieur(e) supervision photovoltaïque"
    hs = head(addr("Claire Giraud", "claire.giraud@phocea-smartgrids.fr"), subj, "2026-10-20 17:02:11", PARIS,
              "<PAYP264MB3350E1F2A3B4C5D6@PAYP264MB3350.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2098.outbound.protection.outlook.com [40.107.9.98])", MX),
              extra=(("Thread-Topic", enc(subj)), ("Importance", "high"), ("Content-Language", "fr-FR"),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(body),
                           html("<html><body><pre style=\"font-family:Calibri\">"
                                + body.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>\n"),
                           calendar(ics, method="CANCEL", cte="base64")))


@mail(n(19), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-11-27T10:30:00Z", end=None, contact="laura.ferrer@agly-solaire.fr",
      company="Agly Solaire", local="Fri 2026-11-27 11:30", zone=PARIS,
      note="Annulation en prose sans nouvel horaire : « je dois annuler notre rendez-vous de demain » ; Date "
           "jeu. 26 nov. 2026 (CET) -> vendredi 27 novembre ; l'heure n'est que dans le message cité "
           "(« vendredi 27 en fin de matinée, vers 11h30 ») = 10:30Z. Contact = expéditrice.")
def agly_cancel() -> bytes:
    body = t("""
        Bonjour Camille,

        Je suis vraiment désolée, je dois annuler notre rendez-vous de demain : notre directeur vient de geler le recrutement jusqu'au vote du budget 2027. Je reviens vers vous dès que j'en sais plus, a priori en janvier, pour trouver un autre créneau si le poste est maintenu.

        Encore toutes mes excuses,

        Laura Ferrer
        Responsable RH – Agly Solaire
        Rivesaltes

        De : Laura Ferrer
        Envoyé : vendredi 20 novembre 2026 17:40
        À : Camille Pujol
        Objet : Entretien Agly Solaire

        Bonjour Camille,
        C'est noté pour vendredi 27 en fin de matinée, vers 11h30, à notre siège de Rivesaltes (ZA de la Gare). Vous rencontrerez aussi notre responsable maintenance.
        Bonne fin de semaine,
        Laura
        """)
    page = ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<div>{line or '<br>'}</div>" for line in body.split("\n"))
            + "</body></html>\n")
    hs = head(addr("Laura Ferrer", "laura.ferrer@agly-solaire.fr"), "RE: Entretien Agly Solaire",
              "2026-11-26 09:05:48", PARIS, "<PR0P264MB1120ABCD1234EF56@PR0P264MB1120.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2113.outbound.protection.outlook.com [40.107.12.113])", MX),
              extra=(("Content-Language", "fr-FR"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(20), family="icims", lang="en", interview=True, kind="cancelled",
      start="2026-12-09T15:00:00Z", end="2026-12-09T16:00:00Z", contact="rachel.kim@northvane.com",
      company="Northvane Energy", local="Wed 2026-12-09 16:00", local_end="2026-12-09 17:00", zone=PARIS,
      note="iCIMS cancellation from a US recruiter (Date in EST) for the Toulouse site: the cancelled slot is "
           "Wed 9 Dec 2026, 4:00-5:00 PM Central European Time (Paris) = 15:00Z-16:00Z; ICS METHOD:CANCEL "
           "with TZID Europe/Paris. Role on hold, no new time. Contact = recruiter's address in the body.")
def northvane_icims() -> bytes:
    body = t("""
        Dear Camille,

        Unfortunately we have had to cancel your interview for Requisition 2026-4471 - Performance
        Engineer, Solar Monitoring (Toulouse), scheduled for:

            Wednesday, December 9, 2026
            4:00 PM - 5:00 PM Central European Time (Paris)

        The position has been placed on hold while our 2027 headcount plan is finalised. We apologise for
        the inconvenience and will contact you should the requisition reopen.

        If you have any questions, please contact Rachel Kim, Senior Recruiter, at rachel.kim@northvane.com.

        Sincerely,
        Northvane Energy Talent Acquisition

        This message was sent via iCIMS on behalf of Northvane Energy. Please do not reply to this message.
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//iCIMS//Interview Scheduling//EN\nMETHOD:CANCEL\n" + PARIS_TZ + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-intv-2026-4471-00981@talent.icims.com
        DTSTAMP:20261203T131400Z
        DTSTART;TZID=Europe/Paris:20261209T160000
        DTEND;TZID=Europe/Paris:20261209T170000
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:CANCELLED: Interview - Performance Engineer\\, Solar Monitoring (Toulouse)
        ORGANIZER;CN=Northvane Energy Talent Acquisition:mailto:northvane@talent.icims.com
        ATTENDEE;CN=Camille Pujol:mailto:camille.pujol@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Northvane Energy Talent Acquisition <northvane@talent.icims.com>",
              "Interview Cancelled: Performance Engineer, Solar Monitoring (Toulouse)", "2026-12-03 08:14:26",
              "America/New_York", "<1764767666.2026-4471.00981@talent.icims.com>",
              rcv=("from mta12.icims.com (mta12.icims.com [64.95.189.12])", MX),
              extra=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "iCIMS Talent Platform")))
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(21), family="forward_self", lang="fr", interview=True, kind="scheduled",
      start="2026-10-07T09:30:00Z", end="2026-10-07T10:15:00Z", contact="margaux.lemaire@thau-energies.fr",
      company="Thau Énergies", local="Wed 2026-10-07 11:30", local_end="2026-10-07 12:15", zone=PARIS,
      note="Camille se transfère (example.net -> example.org) la confirmation Recruitee de Thau Énergies en "
           "pièce jointe message/rfc822 ; sa note dit « mercredi en fin de matinée vers 11h30 », le message "
           "d'origine « mercredi 7 octobre à 11h30, durée : 45 minutes » (CEST) = 09:30Z-10:15Z. Contact = "
           "la recruteuse nommée dans le message transféré (jamais Camille ni le relais Recruitee).")
def thau_forward() -> bytes:
    inner_body = t("""
        Bonjour Camille,

        Merci pour votre candidature au poste de Technicien(ne) supérieur(e) / Ingénieur(e) supervision – centrales PV et stockage.

        Nous avons le plaisir de vous confirmer un entretien :
        - mercredi 7 octobre à 11h30
        - durée : 45 minutes
        - lieu : Thau Énergies, 5 quai d'Alger, 34200 Sète (ou en visio si vous le préférez, prévenez-nous)

        Pour toute question : Margaux Lemaire, margaux.lemaire@thau-energies.fr – 04 67 00 84 31

        À très bientôt,
        Margaux Lemaire
        Chargée de recrutement – Thau Énergies

        Envoyé avec Recruitee
        """)
    inner = message([("From", addr("Thau Énergies", "no-reply@recruitee.com")),
                     ("Reply-To", "thau-energies+c4a1d2@inbox.recruitee.com"),
                     ("To", ME_H),
                     ("Subject", enc("Votre entretien chez Thau Énergies")),
                     ("Date", date("2026-09-30 14:02:10", PARIS)),
                     ("Message-ID", "<rc-8f77a0b1c2d3@mailer.recruitee.com>")],
                    text(inner_body))
    note = t("""
        à mettre dans l'agenda !! mercredi en fin de matinée vers 11h30 à Sète, prévoir le train de 9h

        Envoyé de mon téléphone
        """)
    hs = [("Delivered-To", ME),
          ("Received", received("from smtp.example.net (smtp.example.net [192.0.2.25])", "2026-10-01 07:55:02",
                                PARIS, MX, ME)),
          ("From", addr("Camille Pujol", "camille.pujol@example.net")), ("To", ME_H),
          ("Subject", enc("Fwd: Votre entretien chez Thau Énergies")),
          ("Date", date("2026-10-01 07:55:02", PARIS)),
          ("Message-ID", "<a91c2d3e-4f50-4a61-b7c8-d9e0f1a2b3c4@example.net>")]
    return message(hs, mixed(text(note, cte="8bit"), attached_message(inner, "Votre entretien chez Thau Energies.eml")))


@mail(n(22), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T20:30:00Z", end=None, contact="aroha.ngata@kaurigrid.co.nz",
      company="Kauri Grid Analytics", local="Wed 2026-12-02 09:30", zone="Pacific/Auckland",
      note="Recruiter prose from Auckland with a pasted Zoom invitation: Wednesday 2 December, 9:30am NZ time "
           "(NZDT, +13:00) = Tue 1 Dec 20:30Z, i.e. the previous day in UTC (21:30 in Perpignan, as the mail "
           "says). 'about 45 minutes' -> end null. Contact = sender.")
def kauri_zoom() -> bytes:
    body = t("""
        Kia ora Camille,

        Lovely to chat on Friday. As promised, here are the details for your interview with our analytics lead, Rawiri Tane, and me: Wednesday 2 December at 9:30am NZ time. If my maths is right that's Tuesday evening for you in Perpignan (21:30) - thanks for being flexible with the time difference! It should take about 45 minutes.

        Aroha Ngata is inviting you to a scheduled Zoom meeting.

        Topic: Kauri Grid - Interview with Camille Pujol
        Time: Dec 2, 2026 09:30 AM Auckland, Wellington

        Join Zoom Meeting
        https://kaurigrid.zoom.us/j/81234567890?pwd=bTZqR2xWc0t1N3F4

        Meeting ID: 812 3456 7890
        Passcode: 502116

        Ngā mihi,
        Aroha

        Aroha Ngata | Talent Lead
        Kauri Grid Analytics | Level 4, 110 Customs Street West, Auckland 1010
        aroha.ngata@kaurigrid.co.nz
        """)
    hs = head(addr("Aroha Ngata", "aroha.ngata@kaurigrid.co.nz"), "Interview with Kauri Grid - Zoom details",
              "2026-11-23 10:15:33", "Pacific/Auckland",
              "<SY4P282MB1450B2C3D4E5F6A7@SY4P282MB1450.AUSP282.PROD.OUTLOOK.COM>",
              rcv=("from AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2061.outbound.protection.outlook.com [40.107.107.61])", MX))
    page = ("<html><body style=\"font-family:Aptos,Calibri,sans-serif\">"
            + "".join(f"<p style=\"margin:0\">{line or '&nbsp;'}</p>" for line in body.split("\n"))
            + "</body></html>\n")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(23), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start="2026-09-08T07:00:00Z", end="2026-09-08T07:30:00Z", contact=None,
      company="Lagune Photovoltaïque", local="Tue 2026-09-08 09:00", local_end="2026-09-08 09:30", zone=PARIS,
      note="Microsoft Bookings : « mardi 8 septembre 2026 09:00 - 09:30 (UTC+01:00) Bruxelles, Copenhague, "
           "Madrid, Paris » ; l'étiquette affiche le décalage d'hiver mais le 8 septembre Paris est en CEST "
           "(+02:00) : 07:00Z-07:30Z, comme l'ICS (TZID Romance Standard Time). Boîte Bookings et "
           "membre du personnel sans adresse -> contact null.")
def lagune_bookings() -> bytes:
    body = t("""
        Votre rendez-vous est confirmé

        Bonjour Camille Pujol,

        Merci d'avoir réservé un créneau avec Lagune Photovoltaïque - Recrutement. Voici le récapitulatif :

        Entretien de présélection (30 minutes)
        mardi 8 septembre 2026
        09:00 - 09:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        Membre du personnel : Agnès Py

        Rejoindre la réunion Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_LagunePV%40thread.v2/0

        Ajouter à votre calendrier | Modifier la réservation | Annuler la réservation

        Lagune Photovoltaïque - Recrutement
        Parc d'activités de la Lauze, 34430 Saint-Jean-de-Védas
        """)
    page = t("""
        <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">
        <h2 style="font-weight:600">Votre rendez-vous est confirmé</h2>
        <p>Bonjour Camille Pujol,</p>
        <p>Merci d'avoir réservé un créneau avec Lagune Photovoltaïque - Recrutement. Voici le récapitulatif :</p>
        <div style="border:1px solid #edebe9;padding:12px">
        <div style="font-weight:600">Entretien de présélection (30 minutes)</div>
        <div>mardi 8 septembre 2026</div>
        <div>09:00 - 09:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</div>
        <div>Membre du personnel : Agnès Py</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_LagunePV%40thread.v2/0">Rejoindre la réunion Teams</a></div>
        </div>
        <p><a href="https://outlook.office365.com/owa/calendar/LagunePV@lagunepv.onmicrosoft.com/bookings/ics">Ajouter à votre calendrier</a> |
        <a href="https://outlook.office365.com/owa/calendar/LagunePV@lagunepv.onmicrosoft.com/bookings/manage">Modifier la réservation</a> |
        <a href="https://outlook.office365.com/owa/calendar/LagunePV@lagunepv.onmicrosoft.com/bookings/cancel">Annuler la réservation</a></p>
        <p style="color:#605e5c;font-size:12px">Lagune Photovoltaïque - Recrutement<br>Parc d'activités de la Lauze, 34430 Saint-Jean-de-Védas</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lagune Photovoltaïque - Recrutement:mailto:RecrutementLagunePV@lagunepv.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Pujol:mailto:camille.pujol@example.org
        UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC01000000000000000010000000E5F6A7B8C9D0E1F2
        SUMMARY;LANGUAGE=fr-FR:Entretien de présélection - Camille Pujol
        DTSTART;TZID=Romance Standard Time:20260908T090000
        DTEND;TZID=Romance Standard Time:20260908T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260903T144509Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lagune Photovoltaïque - Recrutement", "RecrutementLagunePV@lagunepv.onmicrosoft.com"),
              "Rendez-vous confirmé : Entretien de présélection", "2026-09-03 16:45:09", PARIS,
              "<MR1P264MB4012C1D2E3F4A5B6@MR1P264MB4012.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2052.outbound.protection.outlook.com [40.107.9.52])", MX))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Convocation France Travail à un « entretien de suivi » avec la conseillère, heure fixe (mardi 6 "
           "octobre 2026 à 9h15) : ce n'est pas un entretien d'embauche -> négatif.")
def france_travail() -> bytes:
    page = t("""
        <html><body style="font-family:Marianne,Arial,sans-serif;font-size:14px;color:#161616">
        <table width="600" align="center" cellpadding="20"><tr><td>
        <p style="font-size:18px;font-weight:bold;color:#000091">Vous avez un rendez-vous</p>
        <p>Bonjour Madame Camille PUJOL,</p>
        <p>Vous êtes convoquée à un <b>entretien de suivi</b> avec votre conseillère, Mme Nathalie Escaro.</p>
        <p><b>Date :</b> mardi 6 octobre 2026 à 9h15<br>
        <b>Lieu :</b> Agence France Travail Perpignan Polygone, 25 rue Edmond-Bartissol, 66000 Perpignan<br>
        <b>Durée prévue :</b> 30 minutes</p>
        <p>Cet entretien a pour objet de faire le point sur votre projet professionnel et vos recherches
        (candidatures envoyées, entretiens d'embauche passés ou à venir).</p>
        <p>Munissez-vous de votre pièce d'identité et de votre CV à jour.</p>
        <p><b>Important :</b> en cas d'absence non justifiée, vous vous exposez à une suspension de votre inscription.
        Si vous ne pouvez pas vous présenter, prévenez votre conseillère depuis votre espace personnel.</p>
        <p>Cordialement,<br>Votre agence France Travail</p>
        <p style="font-size:11px;color:#666">Ceci est un message automatique, merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    hs = head("France Travail <ne-pas-repondre@francetravail.fr>", "Convocation à un entretien - mardi 6 octobre",
              "2026-09-28 06:02:44", PARIS, "<20260928040244.71220.conv@notification.francetravail.fr>",
              rcv=("from mx-out3.francetravail.fr (mx-out3.francetravail.fr [185.24.187.53])", MX),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page))


@mail(n(25), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Une journaliste locale confirme une interview de Camille (portes ouvertes de la centrale solaire "
           "où elle travaille) vendredi 16 octobre à 10h : heure fixe, mais interview de presse, pas un "
           "entretien d'embauche -> négatif.")
def journaliste() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci d'avoir accepté ! C'est noté pour l'interview vendredi 16 octobre à 10h, directement sur la centrale de Rivesaltes avant l'ouverture au public. Notre photographe, Jordi, passera vers 10h30 pour quelques photos de vous devant les onduleurs (si la direction est d'accord).

        Je vous poserai surtout des questions sur votre métier (la supervision à distance, les alarmes la nuit, la tramontane…) : une vingtaine de minutes, pas plus. L'article devrait sortir dans l'édition du dimanche.

        Bien à vous,

        Marion Estève
        Journaliste – Le Journal du Roussillon, agence de Perpignan
        06 00 00 41 27
        """)
    hs = head(addr("Marion Estève", "m.esteve@journal-roussillon.fr"), "Interview – portes ouvertes de la centrale",
              "2026-10-12 15:31:02", PARIS, "<f0a1b2c3-d4e5-4f60-8172-93a4b5c6d7e8@journal-roussillon.fr>",
              rcv=("from smtp.journal-roussillon.fr (smtp.journal-roussillon.fr [91.121.44.8])", MX),
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit"))


@mail(n(26), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Convocation à un entretien d'admission (mastère spécialisé, jury) jeudi 5 novembre 2026 à 14h00 : "
           "heure fixe, mais admission dans une école, pas un entretien d'embauche -> négatif.")
def admission() -> bytes:
    body = t("""
        Madame,

        Nous avons le plaisir de vous informer que votre dossier de candidature au Mastère Spécialisé « Management des énergies renouvelables » (rentrée janvier 2027, format executive) a été retenu.

        Vous êtes convoquée à un entretien d'admission devant le jury :

            jeudi 5 novembre 2026 à 14h00
            durée : 30 minutes (10 minutes de présentation, 20 minutes d'échange)
            Campus de Montpellier - bâtiment B, salle B204
            (entretien possible en visioconférence sur demande motivée)

        Merci de confirmer votre présence via votre espace candidat.

        Le service des admissions
        École Supérieure des Énergies du Sud - ESES
        admissions@eses-sud.fr - 04 67 00 12 00
        """)
    hs = head("ESES - Admissions <admissions@eses-sud.fr>",
              "Convocation à l'entretien d'admission - MS Management des énergies renouvelables",
              "2026-10-23 11:14:27", PARIS, "<admissions.7731.20261023@eses-sud.fr>",
              rcv=("from mail.eses-sud.fr (mail.eses-sud.fr [193.50.110.12])", MX))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(27), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Essai au club de volley (tutoiement) mercredi 16/09 à 19h30 : heure fixe, pas un entretien "
           "d'embauche -> négatif.")
def volley() -> bytes:
    body = t("""
        Salut Camille !

        Bonne nouvelle, Fred (le coach de l'équipe 1 féminine) est ok pour que tu fasses un essai avec elles mercredi 16/09 à 19h30 au gymnase du Roussillon à Canet. Prévois des genouillères, on a des ballons. Après l'entraînement on te dira si tu joues en N3 ou en pré-nat cette saison 😉

        Pense à ramener ton certificat médical pour la licence.

        À mercredi !
        Soraya
        AS Canet Volley – secrétaire
        """)
    hs = head("Soraya Benali <soraya.benali66@example.com>", "Essai équipe 1 mercredi",
              "2026-09-10 21:48:10", PARIS, "<CAH7vbQ1kLmN2oPqR3sT4uVw5xY6z7A8b9C0d1E2f3G@mail.gmail.com>",
              rcv=("from mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])", MX))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(28), family="car_service", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Rendez-vous atelier au garage (révision) jeu. 3 déc. à 8h00 : heure fixe, pas un entretien "
           "-> négatif.")
def garage() -> bytes:
    body = t("""
        Bonjour Mme PUJOL,

        Votre rendez-vous atelier est confirmé :

        Date : jeu. 3 déc. 2026 à 8h00
        Prestation : révision constructeur 60 000 km + contrôle parallélisme
        Véhicule : Peugeot 208 - GH-412-PX
        Durée estimée de l'immobilisation : journée (véhicule de prêt réservé)

        Merci de déposer votre véhicule à l'accueil atelier. Pour modifier ou annuler : 04 68 00 66 08.

        À bientôt,
        Têt Automobiles - 1250 avenue de Prades, 66000 Perpignan
        """)
    page = ("<html><body style=\"font-family:Arial;font-size:13px\">"
            + "<br>\n".join(body.split("\n")) + "</body></html>\n")
    hs = head(addr("Têt Automobiles", "atelier@tet-automobiles.fr", "iso-8859-1"), "Confirmation de votre rendez-vous atelier",
              "2026-11-25 10:41:00", PARIS, "<rdv-atelier-66008-20261125.10410@tet-automobiles.fr>",
              rcv=("from relay.sendinblue.com (relay.sendinblue.com [185.107.232.5])", MX),
              charset="iso-8859-1")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(29), family="tax_office", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-09-21"),),
      note="Rendez-vous au service des impôts des particuliers lundi 21 septembre 2026 à 10h45 : heure fixe, "
           "démarche administrative -> négatif.")
def impots() -> bytes:
    body = t("""
        Madame PUJOL Camille,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des impôts des particuliers de Perpignan
        Motif : déclaration de revenus - changement de situation professionnelle
        Type de rendez-vous : au guichet
        Date et heure : lundi 21 septembre 2026 à 10h45
        Adresse : 1 boulevard Wilson, 66000 Perpignan

        Pensez à vous munir de votre numéro fiscal, de votre dernier avis d'impôt et d'une pièce d'identité.

        Pour annuler ce rendez-vous, rendez-vous dans votre espace particulier, rubrique « Messagerie sécurisée ».

        La Direction générale des Finances publiques

        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head("impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
              "Confirmation de votre rendez-vous", "2026-09-14 13:27:51", PARIS,
              "<rdv.sip66.1789406871.4417@dgfip.finances.gouv.fr>",
              rcv=("from smtp-out.dgfip.finances.gouv.fr (smtp-out.dgfip.finances.gouv.fr [145.242.11.71])", MX))
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@mail(n(30), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Calendly confirmé avec une coach carrière : « Simulation d'entretien d'embauche (60 min) », mardi "
           "10 novembre 2026 18:00-19:00, avec ICS. Heure fixe et mot « entretien », mais c'est un "
           "entraînement payé à une coach, pas un entretien avec un employeur -> négatif.")
def coach_calendly() -> bytes:
    body = t("""
        Bonjour Camille Pujol,

        Votre rendez-vous est programmé.

        Type d'événement :
        Simulation d'entretien d'embauche (60 min)

        Hôte :
        Sophie Marty – Cap Emploi Coaching

        Date/Heure :
        18:00 - 19:00 (heure normale d’Europe centrale), mardi 10 novembre 2026

        Lieu :
        Visioconférence Zoom : https://us06web.zoom.us/j/85522019384

        Réponses à l'hôte :
        Poste visé : ingénieure supervision PV. Entretien réel prévu ? Pas encore, je m'entraîne.

        Besoin de modifier cet événement ?
        Annuler : https://calendly.com/cancellations/2e4f6a8c-1b3d-4e5f-a6b7-c8d9e0f1a2b3
        Reprogrammer : https://calendly.com/reschedulings/2e4f6a8c-1b3d-4e5f-a6b7-c8d9e0f1a2b3

        Propulsé par Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//FR
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:2e4f6a8c-1b3d-4e5f-a6b7-c8d9e0f1a2b3@calendly.com
        DTSTAMP:20261103T193000Z
        DTSTART:20261110T170000Z
        DTEND:20261110T180000Z
        SUMMARY:Simulation d'entretien d'embauche (60 min) entre Sophie Marty et Camille Pujol
        LOCATION:https://us06web.zoom.us/j/85522019384
        ORGANIZER;CN=Sophie Marty:mailto:sophie.marty@cap-emploi-coaching.fr
        ATTENDEE;CN=Camille Pujol;PARTSTAT=ACCEPTED:mailto:camille.pujol@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmé : Simulation d'entretien d'embauche (60 min) avec Sophie Marty le mardi 10 novembre 2026",
              "2026-11-03 20:30:00", PARIS, "<calendly.7a1c3e5b9d0f2468@mail.calendly.com>",
              rcv=("from o1.email.calendly.com (o1.email.calendly.com [167.89.101.2])", MX),
              extra=(("Reply-To", "Sophie Marty <sophie.marty@cap-emploi-coaching.fr>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(31), family="proposed_time", lang="es", interview=False, company="Lúmina Solar",
      days=(("Tue", "2026-10-20"),),
      note="Empresa catalana que propone un horario sin confirmarlo: « ¿Te iría bien el martes 20 a las "
           "10:00? Si no, dime dos o tres huecos » -> todavía no hay entrevista confirmada -> negativo.")
def lumina_propuesta() -> bytes:
    body = t("""
        Hola Camille,

        Gracias por tu candidatura para el puesto de Ingeniera de Monitorización de Plantas FV. Nos ha gustado mucho tu perfil (¡y que hables catalán!).

        Nos gustaría hacer una primera entrevista por videollamada con Marc Roca, nuestro responsable de O&M. ¿Te iría bien el martes 20 a las 10:00? Si no, dime dos o tres huecos que te vayan bien esa semana y lo cuadramos.

        Salutacions,

        Clara Ferrer i Puig
        Talent & Cultura · Lúmina Solar
        Av. Diagonal 177, 08018 Barcelona
        """)
    hs = head(addr("Clara Ferrer i Puig", "clara.ferrer@luminasolar.cat"), "Entrevista - Ingeniera de Monitorización FV",
              "2026-10-14 12:09:33", "Europe/Madrid", "<CAB9xk3L0mM1nN2oO3pP4qQ5rR6sS7tT8uU9vV@mail.gmail.com>",
              rcv=("from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])", MX))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Un ami (Julien) transfère pour info SA confirmation Greenhouse (jeudi 15 octobre 2026, 2:00 PM - "
           "3:00 PM CEST) et demande conseil : entretien confirmé mais pas celui de Camille -> négatif.")
def julien_fwd() -> bytes:
    body = t("""
        Salut Camille,

        Regarde, j'ai enfin décroché un entretien chez Voltaïs ! Tu connais des gens là-bas ? Tu aurais 10 min ce week-end pour me faire réviser les questions SCADA ? Je te paie une bière 🍺

        Julien

        ---------- Forwarded message ---------
        De : Voltaïs <no-reply@us.greenhouse-mail.io>
        Date: ven. 9 oct. 2026 à 10:12
        Subject: Interview Confirmation: O&M Data Analyst at Voltaïs
        To: Julien Soler <julien.soler@example.net>

        Hi Julien,

        Thanks for making time to speak with us! Your interview for the O&M Data Analyst role at Voltaïs is confirmed:

        Thursday, October 15th, 2026
        2:00 PM - 3:00 PM CEST

        Interviewers:
          Estelle Garnier - Head of O&M

        Location: Voltaïs, 8 rue de la Tramontane, Perpignan

        Best,
        The Voltaïs Recruiting Team
        """)
    hs = head("Julien Soler <julien.soler@example.net>", "Fwd: Interview Confirmation: O&M Data Analyst at Voltaïs",
              "2026-10-09 18:22:40", PARIS, "<CAE2jsW8p9Q0r1S2t3U4v5W6x7Y8z9A0b1C2@mail.gmail.com>",
              rcv=("from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])", MX))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Demande de réunion Exchange de l'employeur actuel de Camille : elle siège au jury d'un entretien "
           "candidat (jeudi 22 octobre 2026 14:00-15:00). Entretien d'embauche à heure fixe, mais Camille "
           "est recruteuse, pas candidate -> négatif. Mail de sa boîte pro transféré vers sa boîte perso.")
def sunkeep_jury() -> bytes:
    body = t("""
        Quand : jeudi 22 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Canigou (bâtiment exploitation) / Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Camille, bonjour Alain,

        Merci d'avoir accepté de faire partie du jury pour le recrutement du/de la Technicien(ne) de maintenance PV (CDI, Rivesaltes). Candidat : M. Yanis Ferhat – CV et grille d'évaluation en pièce jointe.

        Déroulé : 10 min de présentation du candidat, 30 min de questions techniques (Camille : supervision / alarmes ; Alain : sécurité électrique), 20 min de questions RH.

        Merci,
        Sandrine Llobet
        Chargée RH – Sunkeep Exploitation
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sandrine Llobet:mailto:s.llobet@sunkeep.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Pujol:mailto:c.pujol@sunkeep.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alain Costa:mailto:a.costa@sunkeep.fr
        UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000F6A7B8C9D0E1F203
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Technicien(ne) maintenance PV – Y. Ferhat
        DTSTART;TZID=Romance Standard Time:20261022T140000
        DTEND;TZID=Romance Standard Time:20261022T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261015T081230Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Canigou (bâtiment exploitation) / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    subj = "Entretien candidat – Technicien(ne) maintenance PV – Y. Ferhat"
    hs = head(addr("Sandrine Llobet", "s.llobet@sunkeep.fr"), subj, "2026-10-15 10:12:30", PARIS,
              "<PR2P264MB0987A1B2C3D4E5F6@PR2P264MB0987.FRAP264.PROD.OUTLOOK.COM>",
              to="Camille Pujol <c.pujol@sunkeep.fr>, Alain Costa <a.costa@sunkeep.fr>",
              rcv=("from sunkeep.fr (mail-pr2fra01on2120.outbound.protection.outlook.com [40.107.12.120])", MX),
              extra=(("Thread-Topic", enc(subj)), ("Content-Language", "fr-FR"),
                     ("X-Forwarded-To", ME), ("X-Forwarded-For", "c.pujol@sunkeep.fr camille.pujol@example.org")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(34), family="rejection", lang="fr", interview=False, company="Windmeister Services",
      note="Refus après entretien, envoyé via softgarden ; parle des entretiens passés, aucune date -> négatif.")
def windmeister_refus() -> bytes:
    body = t("""
        Bonjour Madame Pujol,

        Nous vous remercions pour l'intérêt que vous portez à Windmeister Services et pour le temps que vous nous avez consacré lors de nos entretiens du mois d'octobre.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec un(e) autre candidat(e) dont le profil correspond plus précisément aux exigences du poste « Ingénieur(e) Monitoring Éolien & Solaire – site de Toulouse ».

        Cette décision ne remet nullement en cause vos compétences. Avec votre accord, nous conserverons votre dossier dans notre vivier de talents pour une durée de 24 mois.

        Nous vous souhaitons plein succès dans la suite de vos recherches.

        Cordialement,
        Katrin Vogel
        Talent Acquisition France
        Windmeister Services GmbH – établissement de Toulouse

        Cet e-mail a été généré via softgarden. Veuillez ne pas répondre à ce message.
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{para}</p>" for para in body.split("\n\n")) + "</body></html>\n")
    hs = head("Windmeister Services GmbH <noreply@softgarden.io>",
              "Votre candidature : Ingénieur(e) Monitoring Éolien & Solaire – Toulouse", "2026-11-02 16:05:19",
              PARIS, "<sg.9921774.20261102150519@softgarden.io>",
              rcv=("from mx-out.softgarden.io (mx-out.softgarden.io [195.34.187.21])", MX),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(35), family="offer", lang="es", interview=False, company="Energia Pirineu",
      days=(("Mon", "2026-11-30"),),
      note="Oferta de empleo de Energia Pirineu tras la entrevista del 17 de noviembre (hilo con la "
           "confirmación en español); propone una llamada « el lunes 30 por la mañana » sin hora confirmada "
           "-> negativo.")
def pirineu_oferta() -> bytes:
    body = t("""
        Hola Camille:

        ¡Buenas noticias! Después de la entrevista del martes 17 con Arnau y conmigo, nos encantaría que te unieras al equipo como Ingeniera de Monitorización.

        Te adjunto la propuesta: contrato indefinido, incorporación el 1 de febrero de 2027, 47.000 € brutos anuales + variable, dos días de teletrabajo a la semana (sabemos que Perpiñán-Barcelona cada día es mucho).

        ¿Podemos hablar el lunes 30 por la mañana para comentar los detalles? Dime qué hora te va mejor. Nos gustaría tener tu respuesta antes del 11 de diciembre.

        Un abrazo,

        Montse Vilaró
        Responsable de Personas · Energia Pirineu SL
        """)
    hs = head(addr("Montse Vilaró", "montse.vilaro@energiapirineu.cat", "iso-8859-1"),
              "Propuesta - Ingeniera de Monitorización", "2026-11-27 13:20:05", "Europe/Madrid",
              "<AM9P190MB1277F0E1D2C3B4A5@AM9P190MB1277.EURP190.PROD.OUTLOOK.COM>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2131.outbound.protection.outlook.com [40.107.22.131])", MX),
              extra=(("Content-Language", "es-ES"),))
    offer = raw_part([("Content-Type", 'application/pdf; name="Propuesta_Camille_Pujol.pdf"'),
                      ("Content-Disposition", 'attachment; filename="Propuesta_Camille_Pujol.pdf"'),
                      ("Content-Transfer-Encoding", "base64")],
                     "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\nYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    return message(hs, mixed(text(body, charset="iso-8859-15"), offer))


@mail(n(36), family="application_ack", lang="fr", interview=False, company="Groupe Électrique Méridional",
      note="Accusé de réception Taleo ; « si votre profil correspond, nous vous contacterons pour convenir "
           "d'un entretien » est hypothétique -> négatif.")
def gem_taleo() -> bytes:
    page = t("""
        <html><body><font face="Arial" size="2">
        <p>Madame Camille Pujol,</p>
        <p>Nous accusons réception de votre candidature au poste <b>Ingénieur Conduite &amp; Supervision Réseaux (H/F) - Réf. 26-0814 - Montpellier</b>
        et vous remercions de l'intérêt que vous portez au Groupe Électrique Méridional.</p>
        <p>Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos besoins,
        nous vous contacterons afin de convenir d'un entretien. Dans le cas contraire, nous vous tiendrons informée.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature à tout moment sur notre
        <a href="https://gem.taleo.net/careersection/ext/mysubmissions.ftl">espace carrières</a>.</p>
        <p>Cordialement,</p>
        <p>La Direction des Ressources Humaines<br>Groupe Électrique Méridional</p>
        <p><i>Ce message est généré automatiquement. Merci de ne pas y répondre.</i></p>
        </font></body></html>
        """)
    hs = head(addr("Groupe Électrique Méridional", "gem@taleo.net"),
              "Accusé de réception de votre candidature - Réf. 26-0814", "2026-09-07 22:13:40", PARIS,
              "<1234567890.26-0814.1788811220@taleo.net>",
              rcv=("from smtp3.taleo.net (smtp3.taleo.net [199.47.129.13])", MX),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(37), family="job_alert", lang="fr", interview=False, company=None,
      note="Alerte emploi (agrégateur) avec des badges « Entretiens en cours » et « Recrute vite » : aucune "
           "date -> négatif.")
def alerte_emploi() -> bytes:
    body = t("""
        EmploiSud – Votre alerte « ingénieur supervision photovoltaïque » (Perpignan + 150 km)

        12 nouvelles offres depuis hier

        1. Ingénieur(e) Monitoring PV – H/F
           Héliotrope Data – Toulouse (31) · CDI · 42-50 k€
           ⚡ Entretiens en cours

        2. Chargé(e) de supervision centrales ENR
           Durance Énergie – Marseille (13) · CDI
           Recrute vite : réponse sous 48 h

        3. Data Analyst Énergie – Télétravail partiel
           Cerdagne Solaire – Font-Romeu (66) · CDI

        4. Ingénieur(e) Performance Parcs Solaires
           Garrigue Énergie – Montpellier (34) · CDI
           Vous avez déjà postulé

        … et 8 autres offres : https://www.emploisud.example.com/alertes/88120?utm_source=alerte

        Modifier ou supprimer cette alerte : https://www.emploisud.example.com/compte/alertes
        """)
    page = ("<html><body style=\"font-family:Arial;font-size:14px\">"
            + "".join(f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.split("\n\n"))
            + "</body></html>\n")
    hs = head("EmploiSud Alertes <alertes@emploisud.example.com>",
              "12 nouvelles offres : ingénieur supervision photovoltaïque", "2026-11-18 07:00:12", PARIS,
              "<alerte.88120.20261118@emploisud.example.com>",
              rcv=("from mailer.emploisud.example.com (mailer.emploisud.example.com [203.0.113.40])", MX),
              extra=(("List-Unsubscribe", "<https://www.emploisud.example.com/compte/alertes/desabonner?id=88120>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(38), family="newsletter_tips", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Newsletter de blog « 5 questions qu'on vous posera en entretien technique » ; annonce un atelier "
           "en ligne jeudi 12 novembre à 12h30 : rien de confirmé pour Camille -> négatif.")
def newsletter() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:640px">
        <h1 style="font-size:24px">Entretien technique : les 5 questions qu'on vous posera (et comment y répondre)</h1>
        <p>Bonjour,</p>
        <p>Votre entretien est confirmé pour mardi 10h ? Bravo ! Mais avez-vous préparé la question piège
        « racontez-moi une panne que vous n'avez pas su résoudre » ? Cette semaine sur le blog :</p>
        <ol>
        <li>« Décrivez votre architecture de supervision idéale »</li>
        <li>« Comment priorisez-vous 300 alarmes un lundi matin ? »</li>
        <li>« Quel KPI surveillez-vous en premier : PR ou disponibilité ? »</li>
        <li>« Parlez-nous d'un conflit avec un exploitant »</li>
        <li>« Quelles sont vos prétentions ? »</li>
        </ol>
        <p><b>Atelier en ligne gratuit</b> : « Réussir son entretien dans les ENR », jeudi 12 novembre à 12h30.
        <a href="https://lebloginge.example.net/atelier">Je m'inscris</a></p>
        <p>À la semaine prochaine,<br>Karim – Le Blog de l'Ingé</p>
        <p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous êtes abonné(e) à la newsletter du Blog de l'Ingé.
        <a href="https://lebloginge.example.net/unsubscribe">Se désabonner</a></p>
        </body></html>
        """)
    hs = head(addr("Le Blog de l'Ingé", "newsletter@lebloginge.example.net"),
              "🎯 Entretien technique : les 5 questions qu'on vous posera", "2026-11-06 08:00:00", PARIS,
              "<20261106070000.c8f1.newsletter@lebloginge.example.net>",
              rcv=("from mta-11.brevo.example.net (mta-11.brevo.example.net [198.51.100.11])", MX),
              extra=(("List-Unsubscribe", "<https://lebloginge.example.net/unsubscribe>"),
                     ("List-Id", "Le Blog de l'Inge <newsletter.lebloginge.example.net>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@mail(n(39), family="scheduling_link", lang="en", interview=False, company="Helix Power Systems",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18"), ("Thu", "2026-11-19")),
      note="GoodTime availability request: lists candidate slots (Tue 17 / Wed 18 / Thu 19 Nov) and asks "
           "Camille to pick; nothing is booked yet -> negative.")
def helix_goodtime() -> bytes:
    body = t("""
        Hi Camille,

        Helix Power Systems would like to schedule your next interview for Senior SCADA Engineer (Remote - EU):
        Technical deep-dive (90 minutes) with two engineers from our Grid Controls team.

        Please choose a time that works for you. Available slots (shown in your time zone, Europe/Paris):

          - Tue, Nov 17, 2026: 10:00 AM, 2:30 PM
          - Wed, Nov 18, 2026: 9:00 AM
          - Thu, Nov 19, 2026: 4:00 PM

        Select your time: https://app.goodtime.io/candidate/availability/hps-5c21e9

        Once you choose, you'll receive a calendar invitation with the video link.

        Thanks,
        Helix Power Systems Recruiting Coordination

        Powered by GoodTime
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.split("\n\n"))
            + "</body></html>\n")
    hs = head("Helix Power Systems <scheduling@goodtime.io>",
              "Action needed: choose your interview time with Helix Power Systems", "2026-11-10 17:45:08",
              PARIS, "<goodtime.hps-5c21e9.1794329108@goodtime.io>",
              rcv=("from o2.mail.goodtime.io (o2.mail.goodtime.io [167.89.66.21])", MX),
              extra=(("Reply-To", "recruiting@helixpower.com"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(40), family="recruiter_outreach", lang="en", interview=False, company="Sunforge",
      note="Cold outreach from an in-house recruiter: 'a quick chat sometime next week', no time fixed -> "
           "negative.")
def sunforge_outreach() -> bytes:
    body = t("""
        Hi Camille,

        I came across your profile while looking for people who have run monitoring for large PV portfolios - your work on alarm deduplication caught my eye.

        I'm hiring a Lead Monitoring Engineer for Sunforge (we build O&M software for 6 GW of solar across Southern Europe). Fully remote, with a hub in Barcelona if you ever want a desk.

        Would you be open to a quick, no-pressure chat sometime next week? Happy to work around your schedule - just let me know what suits.

        Best,
        Priya Anand
        Talent Partner, Sunforge
        https://sunforge.example.com/careers
        """)
    hs = head("Priya Anand <priya.anand@sunforge.example.com>", "Lead Monitoring Engineer @ Sunforge - quick chat?",
              "2026-09-22 14:03:19", "Europe/London", "<0102019a.priya.outreach.5521@sunforge.example.com>",
              rcv=("from mail.sunforge.example.com (mail.sunforge.example.com [203.0.113.77])", MX))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="auto_reply", lang="fr", interview=False, company="Vallespir Énergies",
      note="Réponse automatique d'absence d'une recruteuse (Auto-Submitted: auto-replied) au message où "
           "Camille proposait ses disponibilités ; aucune heure confirmée -> négatif.")
def vallespir_absence() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 12 octobre inclus, avec un accès limité à ma messagerie.

        Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter Pierre Galy au 04 68 00 39 21.

        Je vous répondrai dès mon retour.

        Anne Sabaté
        Responsable recrutement – Vallespir Énergies
        """)
    hs = head(addr("Anne Sabaté", "anne.sabate@vallespir-energies.fr"),
              "Réponse automatique : Disponibilités pour un entretien – Camille Pujol", "2026-10-05 18:40:12",
              PARIS, "<OOF.PR3P264MB2222.a1b2c3@PR3P264MB2222.FRAP264.PROD.OUTLOOK.COM>",
              rcv=("from FRA01-PR3-obe.outbound.protection.outlook.com (mail-pr3fra01on2055.outbound.protection.outlook.com [40.107.13.55])", MX),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAF3pujolVall3@mail.example.org>"),
                     ("Thread-Topic", enc("Disponibilités pour un entretien – Camille Pujol"))))
    return message(hs, text(body))


@mail(n(42), family="bounce", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Rapport de non-remise (multipart/report) du message où Camille confirmait sa venue « lundi 19 "
           "octobre à 9h » à un recruteur (adresse inconnue) : l'heure n'est que dans son propre message "
           "renvoyé, rien n'est confirmé par l'employeur -> négatif.")
def bounce() -> bytes:
    notice = t("""
        Ceci est un message automatique du serveur de messagerie smtp.mail.example.org.

        Votre message n'a pas pu être remis à un ou plusieurs destinataires :

            <r.fabre@cerdagne-solaire.fr> : adresse inconnue
            (réponse du serveur distant : 550 5.1.1 <r.fabre@cerdagne-solaire.fr>: Recipient address rejected: User unknown in virtual mailbox table)

        Le message d'origine est joint.
        """)
    status = t("""
        Reporting-MTA: dns; smtp.mail.example.org
        X-Postfix-Queue-ID: 4Wq8Zt1Kx9z3fPn
        Arrival-Date: Wed, 14 Oct 2026 21:12:03 +0200 (CEST)

        Final-Recipient: rfc822; r.fabre@cerdagne-solaire.fr
        Original-Recipient: rfc822;r.fabre@cerdagne-solaire.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.cerdagne-solaire.fr
        Diagnostic-Code: smtp; 550 5.1.1 <r.fabre@cerdagne-solaire.fr>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    original = message([("From", ME_H), ("To", "Romain Fabre <r.fabre@cerdagne-solaire.fr>"),
                        ("Subject", "Re: Entretien Cerdagne Solaire"),
                        ("Date", date("2026-10-14 21:12:01", PARIS)),
                        ("Message-ID", "<CAF3pujolCerd9@mail.example.org>")],
                       text(t("""
                           Bonjour Monsieur Fabre,

                           Je vous confirme ma présence lundi 19 octobre à 9h à Font-Romeu pour l'entretien. Merci pour votre invitation.

                           Bien cordialement,
                           Camille Pujol
                           """)))
    report = mixed(text(notice), raw_part([("Content-Type", "message/delivery-status")], status),
                   attached_message(original))
    report.headers = [("Content-Type", report.headers[0][1].replace("multipart/mixed", "multipart/report")
                       + "; report-type=delivery-status")]
    hs = head("Mail Delivery System <MAILER-DAEMON@smtp.mail.example.org>",
              "Non remis : Re: Entretien Cerdagne Solaire", "2026-10-14 21:12:05", PARIS,
              "<20261014191205.4Wq8Zt1Kx9z3fPn@smtp.mail.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(43), family="webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Inscription confirmée à un webinaire professionnel (mardi 27 octobre 2026, 11h00-12h00, ICS "
           "joint) avec « interview du directeur technique » au programme : pas un entretien d'embauche -> "
           "négatif.")
def webinar() -> bytes:
    body = t("""
        Bonjour Camille,

        Votre inscription est confirmée !

        Webinaire SolarOps Europe
        « Maintenance prédictive des onduleurs : retour d'expérience sur 2 GW »
        mardi 27 octobre 2026, 11h00 - 12h00 (heure de Paris)

        Au programme :
        - 11h00 : état des lieux des défaillances onduleurs en Europe du Sud
        - 11h20 : interview de Jean-Luc Marès, directeur technique de Durance Énergie
        - 11h45 : questions / réponses

        Lien de connexion : https://solarops-europe.example.com/webinar/join/66017

        Le replay sera envoyé à tous les inscrits.

        L'équipe SolarOps Europe
        Se désinscrire : https://solarops-europe.example.com/unsubscribe
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SolarOps Europe//Webinars//FR\nMETHOD:PUBLISH\n" + PARIS_TZ + "\n" + t("""
        BEGIN:VEVENT
        UID:webinar-66017@solarops-europe.example.com
        DTSTAMP:20261019T080000Z
        DTSTART;TZID=Europe/Paris:20261027T110000
        DTEND;TZID=Europe/Paris:20261027T120000
        SUMMARY:Webinaire SolarOps Europe - Maintenance prédictive des onduleurs
        LOCATION:https://solarops-europe.example.com/webinar/join/66017
        ORGANIZER;CN=SolarOps Europe:mailto:webinars@solarops-europe.example.com
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("SolarOps Europe <webinars@solarops-europe.example.com>",
              "Inscription confirmée : webinaire du 27 octobre", "2026-10-19 10:00:00", PARIS,
              "<reg.66017.cpujol@solarops-europe.example.com>",
              rcv=("from mta.solarops-europe.example.com (mta.solarops-europe.example.com [198.51.100.60])", MX),
              extra=(("List-Unsubscribe", "<https://solarops-europe.example.com/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="webinaire.ics",
                                                  disposition="attachment")))


@mail(n(44), family="non_interview_calendar", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Invitation Google Agenda du manager actuel de Camille : repas de fin d'année de l'équipe "
           "exploitation, ven. 11 déc. 2026 12:30-14:30, heure fixe, pas un entretien -> négatif.")
def repas_equipe() -> bytes:
    subject = ("Invitation : Repas de fin d'année - équipe exploitation @ ven. 11 déc. 2026 12:30 - 14:30 (CET) "
               "(camille.pujol@example.org)")
    body = t("""
        Repas de fin d'année - équipe exploitation
        vendredi 11 déc. 2026 ⋅ 12:30 – 14:30
        Heure normale d’Europe centrale - Paris

        Lieu : Restaurant La Cave du Mas, route de Canet, Perpignan

        Salut l'équipe, j'ai réservé pour 14. Astreinte : Kevin reste au poste de supervision, on lui ramène un dessert. Benoît

        Organisateur
        Benoît Guiu
        benoit.guiu@sunkeep.fr

        Invitation de Google Agenda
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + PARIS_TZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261211T123000
        DTEND;TZID=Europe/Paris:20261211T143000
        DTSTAMP:20261127T164400Z
        ORGANIZER;CN=Benoît Guiu:mailto:benoit.guiu@sunkeep.fr
        UID:7c0d2e4f6a8b1c3d5e7f9a0b2c@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.pujol@example.org;X-NUM-GUESTS=0:mailto:camille.pujol@example.org
        SUMMARY:Repas de fin d'année - équipe exploitation
        LOCATION:Restaurant La Cave du Mas\\, route de Canet\\, Perpignan
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Benoît Guiu", "benoit.guiu@sunkeep.fr"), subject, "2026-11-27 17:44:00", PARIS,
              "<calendar-7c0d2e4f-6a8b-4c3d-9e7f-a0b2c4d6e8f0@google.com>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", MX),
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(45), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Rendez-vous médical confirmé (plateforme de prise de RDV) jeudi 8 octobre 2026 à 17h40 : heure "
           "fixe, pas un entretien -> négatif.")
def medecin() -> bytes:
    body = t("""
        Rendez-vous confirmé

        Camille PUJOL, votre rendez-vous est confirmé :

        Dr Anne Sarda – Dermatologue
        jeudi 8 octobre 2026 à 17h40
        Cabinet médical du Vernet, 12 avenue du Maréchal-Joffre, 66000 Perpignan

        Motif : première consultation – contrôle des grains de beauté

        Pensez à apporter votre carte Vitale.
        Si vous ne pouvez pas vous rendre à ce rendez-vous, annulez-le au moins 48 h à l'avance.

        MediRDV
        """)
    hs = head("MediRDV <no-reply@medirdv.example.fr>", "Rendez-vous confirmé avec Dr Anne Sarda",
              "2026-09-29 12:31:40", PARIS, "<appt.c7d1e9.1790591500@medirdv.example.fr>",
              rcv=("from mailer.medirdv.example.fr (mailer.medirdv.example.fr [198.51.100.90])", MX))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(46), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Visite d'appartement à Montpellier confirmée samedi 7 novembre à 10h30 (agence immobilière) : "
           "heure fixe, pas un entretien -> négatif.")
def visite() -> bytes:
    body = t("""
        Bonjour Madame Pujol,

        Je vous confirme la visite du T3 de la rue de l'Aiguillerie (Écusson, 3e étage sans ascenseur, 68 m², 980 € CC) le samedi 7 novembre à 10h30. Rendez-vous devant la porte, je serai là 5 minutes avant.

        Pensez à préparer votre dossier (3 derniers bulletins de salaire, contrat de travail ou promesse d'embauche, avis d'imposition) : il y a beaucoup de demandes sur ce bien.

        Bien cordialement,

        Thibault Reynès
        Antigone Immobilier – Montpellier
        04 67 00 90 15
        """)
    hs = head(addr("Thibault Reynès – Antigone Immobilier", "t.reynes@antigone-immo.example.fr"),
              "Visite samedi 7/11 – T3 rue de l'Aiguillerie", "2026-11-04 18:02:27", PARIS,
              "<3f2e1d0c-visite-aiguillerie@antigone-immo.example.fr>",
              rcv=("from smtp.antigone-immo.example.fr (smtp.antigone-immo.example.fr [198.51.100.34])", MX))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(47), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Rencontre parents-professeurs (ENT du collège) : rendez-vous confirmé le jeudi 10/12 à 17h20 : "
           "heure fixe, pas un entretien d'embauche -> négatif.")
def parents_profs() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p><b>Collège Les Albères – Rencontres parents-professeurs du 1er trimestre</b></p>
        <p>Madame PUJOL,</p>
        <p>Votre demande de rendez-vous a été acceptée :</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
        <tr><th>Élève</th><th>Professeur</th><th>Date</th><th>Heure</th><th>Salle</th></tr>
        <tr><td>PUJOL Léo (5e B)</td><td>Mme Bosch – professeure principale, mathématiques</td><td>jeudi 10/12</td><td>17h20</td><td>B12</td></tr>
        </table>
        <p>Chaque entretien dure 10 minutes. Merci de respecter l'horaire afin de ne pas retarder les familles suivantes.</p>
        <p>La vie scolaire</p>
        <p style="font-size:10px;color:#777">Message envoyé depuis l'ENT – merci de ne pas répondre.</p>
        </body></html>
        """)
    hs = head(addr("ENT Collège Les Albères", "ne-pas-repondre@ent.example-edu.fr"),
              "Rencontres parents-professeurs : rendez-vous confirmé", "2026-12-03 20:15:44", PARIS,
              "<ent.rdv.5b.22871@ent.example-edu.fr>",
              rcv=("from smtp.ent.example-edu.fr (smtp.ent.example-edu.fr [198.51.100.120])", MX))
    return message(hs, html(page, cte="base64"))


@mail(n(48), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Podcast host confirms recording an interview WITH Camille (Thursday 12 November, 4pm UK / 5pm "
           "her time): a fixed time, but a podcast, not a job interview -> negative.")
def podcast() -> bytes:
    body = t("""
        Hi Camille,

        Brilliant - recording confirmed for Thursday 12 November, 4pm UK / 5pm your time. We'll use Riverside (link below); please wear headphones and, if you can, sit somewhere with soft furnishings. The interview itself will be about 40 minutes: how you got into solar monitoring, what a night on call looks like, and your hot take on AI for fault detection.

        Studio link: https://riverside.fm/studio/grid-talk-ep-88

        Episode goes out early December. Thanks again for doing this!

        Ben Okafor
        Host, Grid Talk - the podcast about the people who keep renewables running
        """)
    hs = head("Ben Okafor <ben@gridtalkpodcast.example.com>", "Grid Talk - recording confirmed",
              "2026-11-05 11:27:50", "Europe/London", "<CAM0ben4Gr1dT4lk88xYz@mail.gmail.com>",
              rcv=("from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])", MX))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="bank_advisor", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-09-18"),),
      note="Confirmation d'un rendez-vous « entretien bilan » avec la conseillère bancaire vendredi 18 "
           "septembre 2026 à 12h15 : heure fixe et mot « entretien », mais rendez-vous bancaire -> négatif.")
def banque() -> bytes:
    body = t("""
        Madame Camille PUJOL,

        Nous vous confirmons votre rendez-vous :

        Objet : entretien bilan – épargne et projet immobilier
        Avec : Mme Élodie Nadal, votre conseillère
        Le : vendredi 18 septembre 2026 à 12h15
        Où : agence Perpignan Castillet, 3 place de Verdun
        Durée : 45 minutes

        Pour préparer cet entretien, munissez-vous de vos trois derniers bulletins de salaire et de votre dernier avis d'imposition.

        Crédit Catalan – Votre banque en Roussillon
        Ce message vous est adressé automatiquement. Pour toute question, utilisez la messagerie de votre espace client.
        """)
    hs = head("Credit Catalan <rendezvous@credit-catalan.example.fr>", "Confirmation de votre rendez-vous du 18/09",
              "2026-09-11 09:04:18", PARIS, "<rdv.20260911.0904.88123@credit-catalan.example.fr>",
              rcv=("from smtp.credit-catalan.example.fr (smtp.credit-catalan.example.fr [198.51.100.200])", MX))
    return message(hs, text(body, cte="base64"))


@mail(n(50), family="mailing_list", lang="fr", interview=False, company=None,
      note="Message de liste de diffusion (Mailman, List-Id) : un membre raconte son entretien passé (« mardi "
           "dernier à 14h ») et donne des conseils ; rien ne concerne un entretien de Camille -> négatif.")
def liste() -> bytes:
    body = t("""
        Salut la liste,

        Petit retour d'expérience comme promis : j'avais mon entretien technique chez un exploitant de parcs PV à Montpellier mardi dernier à 14h (2 h en tout, dont 45 min de live-coding pandas sur des courbes de production, c'était intense).

        Quelques conseils si vous passez par là :
        - révisez le calcul du PR corrigé en température ;
        - ils adorent les questions sur la gestion des trous de données ;
        - préparez une histoire de panne nocturne.

        Et sinon, le meetup de décembre est toujours le jeudi 17 à 19h au Tiers-Lieu, venez nombreux.

        Nico

        _______________________________________________
        perpignan-tech mailing list
        perpignan-tech@lists.example.org
        https://lists.example.org/mailman/listinfo/perpignan-tech
        """)
    hs = head("Nicolas Arnaud <nico.arnaud@example.com>", "[perpignan-tech] Retour d'expérience : entretien data énergie",
              "2026-12-10 22:05:33", PARIS, "<87h6x2k1qz.fsf@example.com>",
              to="perpignan-tech@lists.example.org",
              rcv=("from lists.example.org (lists.example.org [198.51.100.5])", MX),
              extra=(("List-Id", "Perpignan tech <perpignan-tech.lists.example.org>"),
                     ("List-Post", "<mailto:perpignan-tech@lists.example.org>"),
                     ("List-Unsubscribe", "<https://lists.example.org/mailman/options/perpignan-tech>, "
                                          "<mailto:perpignan-tech-request@lists.example.org?subject=unsubscribe>"),
                     ("Precedence", "list"),
                     ("Sender", "perpignan-tech <perpignan-tech-bounces@lists.example.org>")))
    return message(hs, text(body, cte="8bit"))
