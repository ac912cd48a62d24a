# ruff: noqa: E501
"""blind176: 50 hand-written mails from the inbox of Julien Faucher <julien.faucher@example.org>,
an industrial ceramics process engineer in Limoges (Europe/Paris), September to December 2026.

Written blind (without reading the detector, its tests, or the other held-out mails). Each mail is
one function; its decorator carries the label and the local time as written in the mail, which
make.py converts with zoneinfo to check the labelled UTC start. Keys 1-23 are the positives, 24-50
the negatives; file numbers are a fixed shuffle of the writing order (ORDER below).
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
    utc,
)

SET = "blind176"
ORDER = random.Random(1760176).sample(range(1, 51), 50)
PARIS = "Europe/Paris"
ME = "julien.faucher@example.org"
ME_H = "Julien Faucher <julien.faucher@example.org>"
MX = "mx1.example.org (Postfix) with ESMTPS id"

VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_AMS = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Amsterdam")


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, qid: str, to: str = ME, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, f"{MX} {qid}", to, lag))


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      company="Oxydia Advanced Ceramics", contact="camille.rouaud@oxydia-ceramics.com",
      start=utc("2026-09-16 14:00", PARIS), end=utc("2026-09-16 14:45", PARIS),
      local="Wed 2026-09-16 14:00", local_end="2026-09-16 14:45", zone=PARIS,
      note="Greenhouse interview confirmation from a no-reply address; 'Wednesday, September 16th, 2026 2:00 PM - 2:45 PM CEST' = 12:00-12:45Z (Paris summer time, UTC+2); ICS in UTC agrees; contact = human Reply-To recruiter (also ORGANIZER)")
def g01():
    body = t("""
        Hi Julien,

        Thanks for making time to speak with us! Your interview for Process Engineer - Ceramic
        Additive Manufacturing at Oxydia Advanced Ceramics is confirmed:

        Wednesday, September 16th, 2026
        2:00 PM - 2:45 PM CEST

        Hiring Manager Interview with Thibault Ancelin (Head of Process Development)

        Location: Google Meet - https://meet.google.com/qzv-ofhd-kre
        Dial-in: (FR) +33 1 87 40 39 52 PIN: 618 204 339#

        If you need to make any changes, just reply to this email and it will reach me.

        Best,
        Camille Rouaud
        Talent Acquisition, Oxydia Advanced Ceramics
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Julien,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Process Engineer - Ceramic Additive Manufacturing</b> at Oxydia Advanced Ceramics is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Wednesday, September 16th, 2026</b><br>2:00 PM - 2:45 PM CEST</td></tr>
        <tr><td>Hiring Manager Interview with Thibault Ancelin (Head of Process Development)</td></tr>
        <tr><td>Location: <a href="https://meet.google.com/qzv-ofhd-kre">Google Meet</a><br>Dial-in: (FR) +33 1 87 40 39 52 PIN: 618 204 339#</td></tr>
        </table>
        <p>If you need to make any changes, just reply to this email and it will reach me.</p>
        <p>Best,<br>Camille Rouaud<br>Talent Acquisition, Oxydia Advanced Ceramics</p>
        <img src="https://app.greenhouse.io/email_tracking/open/4f1c2a9e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88314520-oxydia@greenhouse.io
        DTSTAMP:20260909T131240Z
        DTSTART:20260916T120000Z
        DTEND:20260916T124500Z
        SUMMARY:Interview: Julien Faucher - Process Engineer - Ceramic Additive Manufacturing
        LOCATION:https://meet.google.com/qzv-ofhd-kre
        ORGANIZER;CN=Camille Rouaud:mailto:camille.rouaud@oxydia-ceramics.com
        ATTENDEE;CN=Julien Faucher;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.faucher@example.org
        ATTENDEE;CN=Thibault Ancelin;ROLE=REQ-PARTICIPANT:mailto:thibault.ancelin@oxydia-ceramics.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.38.112])", "2026-09-09 15:12:40", PARIS, "4hMq2k1ZpTz9"),
        ("From", "Oxydia Advanced Ceramics <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Camille Rouaud <camille.rouaud@oxydia-ceramics.com>"),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Process Engineer - Ceramic Additive Manufacturing at Oxydia Advanced Ceramics"),
        ("Date", date("2026-09-09 15:12:40", PARIS)),
        ("Message-ID", "<0100019a2f7c5e1b-7d0e3c42-55a1-4e8b-9c1e-2a0f6e3b8d11-000000@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      company="Céramiques Vauzelle", contact="elodie.marchal@ceramiques-vauzelle.fr",
      start=utc("2026-09-22 09:30", PARIS), end=utc("2026-09-22 11:00", PARIS),
      local="Tue 2026-09-22 09:30", local_end="2026-09-22 11:00", zone=PARIS,
      note="Teamtailor, HTML only: 'mardi 22 septembre 2026 à 9h30', 'Durée : 1 h 30' (exact) on site in Limoges, CEST (UTC+2) -> 07:30-09:00Z; From is the Teamtailor no-reply, contact = recruiter address in the body")
def g02():
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f4f4f6">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#fff;border-radius:8px;padding:32px;font-family:Arial,sans-serif;font-size:15px;color:#222">
        <tr><td><img src="https://assets.teamtailor-cdn.com/vauzelle/logo.png" alt="Céramiques Vauzelle" width="140"></td></tr>
        <tr><td>
        <p>Bonjour Julien,</p>
        <p>Merci d'avoir choisi un créneau : votre entretien pour le poste <strong>Ingénieur Procédés Émaillage (H/F)</strong> est confirmé.</p>
        <p style="background:#f0f3ff;padding:12px;border-radius:6px">
        📅 <strong>mardi 22 septembre 2026 à 9h30</strong><br>
        ⏱ Durée : 1 h 30 (entretien puis visite de l'atelier d'émaillage)<br>
        📍 Céramiques Vauzelle, 41 rue de la Fonderie, 87280 Limoges – accueil bâtiment B
        </p>
        <p>Vous rencontrerez Élodie Marchal (chargée de recrutement) et Franck Duverger (responsable de production). Merci de vous munir de chaussures de sécurité pour la visite, nous prêtons le reste des EPI.</p>
        <p>Un empêchement ? Écrivez directement à Élodie : <a href="mailto:elodie.marchal@ceramiques-vauzelle.fr">elodie.marchal@ceramiques-vauzelle.fr</a></p>
        <p>À très bientôt,<br>L'équipe Céramiques Vauzelle</p>
        <p style="font-size:12px;color:#888">Cet e-mail a été envoyé via Teamtailor. <a href="https://vauzelle.teamtailor.com/connect/unsubscribe">Gérer mes données</a></p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-out-3.teamtailor-mail.com (mail-out-3.teamtailor-mail.com [185.45.20.77])", "2026-09-15 10:04:51", PARIS, "4hSb9w3YkLz2"),
        ("From", addr("Céramiques Vauzelle", "no-reply@teamtailor-mail.com")),
        ("To", ME_H),
        ("Subject", enc("Votre entretien est confirmé – Ingénieur Procédés Émaillage (H/F)")),
        ("Date", date("2026-09-15 10:04:51", PARIS)),
        ("Message-ID", "<66e6a3f3b1c2d_5f2a3b8c0d9e4@teamtailor-mail.com>"),
        ("X-Mailgun-Tag", "candidate_interview_confirmation"),
    ], html(page))


@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      company="Ferrand Réfractaires", contact="n.chabrol@ferrand-refractaires.fr",
      start=utc("2026-10-08 14:00", PARIS),
      local="Thu 2026-10-08 14:00", zone=PARIS, days=(("Thu", "2026-10-01"),),
      note="Recruiter prose, iso-8859-1 QP: 'jeudi en huit à 14h' written on Thu 1 Oct -> Thu 8 Oct 14:00 CEST = 12:00Z; 'comptez environ deux heures' is approximate so end null; contact = human sender")
def g03():
    body = t("""
        Bonjour Monsieur Faucher,

        Merci pour votre retour rapide. C'est parfait pour nous : je vous confirme donc notre
        entretien jeudi en huit à 14h, sur notre site d'Aubière (12 allée des Fours, 63170
        Aubière). Vous serez reçu par M. Roland Imbert, directeur technique, et moi-même.

        Comptez environ deux heures avec la visite des fours tunnel. Un badge visiteur vous sera
        remis à l'accueil, pensez à votre pièce d'identité.

        Bien cordialement,

        Nathalie Chabrol
        Responsable Ressources Humaines
        Ferrand Réfractaires - 04 73 28 61 90

        -----Message d'origine-----
        De : Julien Faucher <julien.faucher@example.org>
        Envoyé : mercredi 30 septembre 2026 21:12
        À : Nathalie Chabrol <n.chabrol@ferrand-refractaires.fr>
        Objet : RE: Candidature Ingénieur procédés cuisson

        Bonjour Madame Chabrol,

        Merci pour votre appel. Je suis disponible la semaine prochaine ou la suivante, de
        préférence l'après-midi car je suis à Limoges le matin.

        Bien cordialement,
        Julien Faucher
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.ferrand-refractaires.fr (smtp.ferrand-refractaires.fr [62.210.144.18])", "2026-10-01 11:47:09", PARIS, "4hZk0c2Hw1z5"),
        ("From", "Nathalie Chabrol <n.chabrol@ferrand-refractaires.fr>"),
        ("To", ME_H),
        ("Subject", "RE: Candidature Ingenieur procedes cuisson"),
        ("Date", date("2026-10-01 11:47:09", PARIS)),
        ("Message-ID", "<000c01dc51d7$3a8e2f10$afaa8d30$@ferrand-refractaires.fr>"),
        ("In-Reply-To", "<CAJf8kR2x7wQ0bLp4n3e@mail.example.org>"),
        ("References", "<CAJf8kR2x7wQ0bLp4n3e@mail.example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHcUdc6jk8QZbC1rUa2Wm3yE0pJ3g=="),
    ], text(body, charset="iso-8859-1"))


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      company="Valmont Abrasives", contact="sabine.pradeau@valmont-abrasives.com",
      start=utc("2026-10-15 10:00", PARIS), end=utc("2026-10-15 11:00", PARIS),
      local="Thu 2026-10-15 10:00", local_end="2026-10-15 11:00", zone=PARIS,
      note="Workday notification (French template, Date header in US Pacific time): 'jeudi 15 octobre 2026, 10:00 - 11:00 (heure d'été d'Europe centrale)' = CEST -> 08:00-09:00Z; system sender, contact = recruiter named with address in the body")
def g04():
    body = t("""
        Bonjour Julien Faucher,

        Un entretien a été planifié pour votre candidature au poste suivant :
        Ingénieur Procédés Frittage (H/F) - Brive-la-Gaillarde - R-0048213

        Date : jeudi 15 octobre 2026
        Heure : 10:00 - 11:00 (heure d'été d'Europe centrale)
        Type : Entretien vidéo (Microsoft Teams) - le lien vous sera transmis par votre interlocutrice
        Participants : Sabine Pradeau (Talent Acquisition), Dirk Van Acker (Plant Manager)

        Votre interlocutrice : Sabine Pradeau (sabine.pradeau@valmont-abrasives.com)

        Vous pouvez consulter le détail de votre candidature dans votre espace candidat :
        https://valmont.wd3.myworkdayjobs.com/fr-FR/Valmont_Careers/userHome

        Cordialement,
        Valmont Abrasives - Talent Acquisition

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial;font-size:10pt">
        <p>Bonjour Julien Faucher,</p>
        <p>Un entretien a été planifié pour votre candidature au poste suivant :<br><b>Ingénieur Procédés Frittage (H/F) - Brive-la-Gaillarde - R-0048213</b></p>
        <p>Date : jeudi 15 octobre 2026<br>Heure : 10:00 - 11:00 (heure d'été d'Europe centrale)<br>Type : Entretien vidéo (Microsoft Teams) - le lien vous sera transmis par votre interlocutrice<br>Participants : Sabine Pradeau (Talent Acquisition), Dirk Van Acker (Plant Manager)</p>
        <p>Votre interlocutrice : Sabine Pradeau (<a href="mailto:sabine.pradeau@valmont-abrasives.com">sabine.pradeau@valmont-abrasives.com</a>)</p>
        <p>Vous pouvez consulter le détail de votre candidature dans votre <a href="https://valmont.wd3.myworkdayjobs.com/fr-FR/Valmont_Careers/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>Valmont Abrasives - Talent Acquisition</p>
        <p style="color:#777">Ceci est un message automatique, merci de ne pas y répondre.</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mx0a-00204b01.pphosted.com (mx0a-00204b01.pphosted.com [148.163.152.33])", "2026-10-12 06:31:18", "America/Los_Angeles", "4hbC7n0Rt8z1"),
        ("From", "Valmont Abrasives <valmont@myworkday.com>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Entretien planifié – Ingénieur Procédés Frittage (H/F)")),
        ("Date", date("2026-10-12 06:31:18", "America/Los_Angeles")),
        ("Message-ID", "<1602417348.48213.1791811878112.JavaMail.wdprod@wd3-prvo-imp12.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(5), family="exchange", lang="fr", interview=True, kind="scheduled",
      company="Aquitherm Composites", contact="laurent.bessiere@aquitherm-composites.fr",
      start=utc("2026-10-26 10:00", PARIS), end=utc("2026-10-26 11:00", PARIS),
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=PARIS,
      note="Exchange/Teams meeting request sent Thu 22 Oct in CEST for Mon 26 Oct, the day after Europe went back to CET: 10:00-11:00 Paris = 09:00-10:00Z (not 08:00Z); ICS TZID 'Romance Standard Time'; contact = organizer (hiring manager)")
def g05():
    body = t("""
        Bonjour Julien,

        Comme convenu ce matin au téléphone, voici l'invitation pour notre entretien en visio
        (poste Ingénieur Procédés Composites Céramiques, site de Mérignac). Je serai avec
        Anne-Sophie Lartigue, notre responsable R&D.

        A lundi !
        Laurent

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZmE1ZDEtYjk3Ni00ZDM1LTg2MjEtZjA0YzI3YjY2ZTJm%40thread.v2/0?context=%7b%22Tid%22%3a%22b1e0c3f4%22%7d>
        ID de la réunion : 348 912 775 604
        Code secret : Hq3Fz7
        Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR" style="word-wrap:break-word">
        <div class="WordSection1">
        <p class="MsoNormal">Bonjour Julien,</p>
        <p class="MsoNormal">Comme convenu ce matin au téléphone, voici l'invitation pour notre entretien en visio (poste Ingénieur Procédés Composites Céramiques, site de Mérignac). Je serai avec Anne-Sophie Lartigue, notre responsable R&amp;D.</p>
        <p class="MsoNormal">A lundi !<br>Laurent</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700;color:#252424">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZmE1ZDEtYjk3Ni00ZDM1LTg2MjEtZjA0YzI3YjY2ZTJm%40thread.v2/0?context=%7b%22Tid%22%3a%22b1e0c3f4%22%7d">Rejoindre la réunion maintenant</a></div>
        <div>ID de la réunion : 348 912 775 604<br>Code secret : Hq3Fz7</div>
        </div></body></html>
        """)
    ics = VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Laurent Bessière:mailto:laurent.bessiere@aquitherm-composites.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Faucher:mailto:julien.faucher@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anne-Sophie Lartigue:mailto:as.lartigue@aquitherm-composites.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\\,\\n\\nComme convenu ce matin au téléphone\\, voici l'invitation pour notre entretien en visio.\\n
        UID:040000008200E00074C5B7101A82E0080000000060B2C9A3E864DC01000000000000000010000000F1A3D6C2B1E0A94F8C2D7E5B6A4F3C21
        SUMMARY;LANGUAGE=fr-FR:Entretien Julien Faucher - Ingénieur Procédés Composites
        DTSTART;TZID=Romance Standard Time:20261026T100000
        DTEND;TZID=Romance Standard Time:20261026T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T152012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    return message([
        ("Delivered-To", ME),
        rcv("EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])", "2026-10-22 17:20:12", PARIS, "4hkW3s5Pn6z3"),
        ("From", addr("Laurent Bessière", "laurent.bessiere@aquitherm-composites.fr")),
        ("To", ME_H),
        ("CC", addr("Anne-Sophie Lartigue", "as.lartigue@aquitherm-composites.fr")),
        ("Subject", "Entretien Julien Faucher - Ingenieur Procedes Composites"),
        ("Thread-Topic", "Entretien Julien Faucher - Ingenieur Procedes Composites"),
        ("Thread-Index", "AdxiKq3v7Fz0cPYmTCe6m2m1hW0kQw=="),
        ("Date", date("2026-10-22 17:20:12", PARIS)),
        ("Message-ID", "<PR3P195MB0861A2C7D4E0B6F14E2B9C1ED0412@PR3P195MB0861.EURP195.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ], alt(text(body, cte="base64"), html(page, cte="base64"), calendar(ics, cte="base64")))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      company="Northgate Kilns", contact="harriet.oakes@northgatekilns.co.uk",
      start=utc("2026-11-06 09:00", PARIS), end=utc("2026-11-06 09:30", PARIS),
      local="Fri 2026-11-06 09:00", local_end="2026-11-06 09:30", zone=PARIS,
      note="Calendly invitee confirmation (Date in UTC): '9:00am - 9:30am (Central European Time)', Friday, November 6, 2026 = CET UTC+1 -> 08:00-08:30Z (the host is in London, where it is 8am); contact = host via Reply-To")
def g06():
    body = t("""
        Hi Julien Faucher,

        A new event has been scheduled.

        Event Type:
        Process Engineer - first interview (30 min)

        Invitee:
        Julien Faucher

        Invitee Email:
        julien.faucher@example.org

        Event Date/Time:
        9:00am - 9:30am (Central European Time), Friday, November 6, 2026

        Location:
        This is a Microsoft Teams web conference.
        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E1NzQ3YjUtNjQ5Ny00%40thread.v2/0

        Hosted by:
        Harriet Oakes

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1e5a3b-9f42-4d1b-8e0a-3b2c6d9e1f07
        Reschedule: https://calendly.com/reschedulings/7c1e5a3b-9f42-4d1b-8e0a-3b2c6d9e1f07

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Proxima Nova',Arial,sans-serif;color:#4d5055">
        <div style="max-width:600px;margin:0 auto">
        <p>Hi Julien Faucher,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Process Engineer - first interview (30 min)</p>
        <p><b>Invitee:</b><br>Julien Faucher</p>
        <p><b>Invitee Email:</b><br><a href="mailto:julien.faucher@example.org">julien.faucher@example.org</a></p>
        <p><b>Event Date/Time:</b><br>9:00am - 9:30am (Central European Time), Friday, November 6, 2026</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference. <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E1NzQ3YjUtNjQ5Ny00%40thread.v2/0">Join now</a></p>
        <p><b>Hosted by:</b><br>Harriet Oakes</p>
        <p><a href="https://calendly.com/cancellations/7c1e5a3b-9f42-4d1b-8e0a-3b2c6d9e1f07">Cancel</a> | <a href="https://calendly.com/reschedulings/7c1e5a3b-9f42-4d1b-8e0a-3b2c6d9e1f07">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail.calendly.com (mail.calendly.com [198.2.180.15])", "2026-11-02 14:05:33", "UTC", "4hq8Lz6Vb2z7"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Harriet Oakes <harriet.oakes@northgatekilns.co.uk>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", "Confirmed: Process Engineer - first interview (30 min) with Harriet Oakes on Friday, November 6, 2026"),
        ("Date", date("2026-11-02 14:05:33", "UTC")),
        ("Message-ID", "<6725f2ad8c1e4_3a9f1b2c7d5e@calendly-mailer-7f9b.mail>"),
    ], alt(text(body), html(page)))


@mail(n(7), family="human_prose", lang="fr", interview=True, kind="scheduled",
      company="Brivéa Emballages", contact="maxime.delpech@brivea-emballages.fr",
      start=utc("2026-11-10 10:00", PARIS),
      local="Tue 2026-11-10 10:00", zone=PARIS, days=(("Mon", "2026-11-09"),),
      note="Former colleague, tutoiement, written from an iPhone on Mon 9 Nov 08:31 CET: 'ok pour demain matin vers 10h' -> Tue 10 Nov 10:00 CET = 09:00Z; 'vers' gives the start, no end; contact = human sender")
def g07():
    body = t("""
        Salut Julien,

        Ok pour demain matin vers 10h, viens direct à l'usine (ZI de Cana, bâtiment 3, pas le siège
        en ville). Demande moi à l'accueil. Sophie Lachaud la DRH sera là aussi, c'est elle qui
        tranche pour le poste de resp process donc prépare un peu tes chiffres sur la ligne de
        cuisson 😉

        Bises à Claire
        Max

        Envoyé de mon iPhone

        > Le 8 nov. 2026 à 19:02, Julien Faucher <julien.faucher@example.org> a écrit :
        >
        > Salut Max, merci pour le tuyau ! Je peux passer à Brive demain ou mardi dans la matinée
        > si ça t'arrange, sinon jeudi. Dis moi.
        > Julien
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-smtp.brivea-emballages.fr (mail-smtp.brivea-emballages.fr [91.121.77.203])", "2026-11-09 08:31:27", PARIS, "4hvB1d8Kp0z4"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("From", "Maxime Delpech <maxime.delpech@brivea-emballages.fr>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Re: Poste resp process"),
        ("Date", date("2026-11-09 08:31:27", PARIS)),
        ("Message-Id", "<8A3F2C1D-6E4B-4F7A-9D2E-5C1B0A7E3F90@brivea-emballages.fr>"),
        ("References", "<CAJf8kR5n2yVqT0aX9c1@mail.example.org>"),
        ("In-Reply-To", "<CAJf8kR5n2yVqT0aX9c1@mail.example.org>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], raw_body(body), mime_version=False)


def raw_body(body: str):
    """A bare 8bit utf-8 body whose Content-Type headers are written in the message headers."""
    from make import Part

    return Part([], body.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))


@mail(n(8), family="google_calendar", lang="en", interview=True, kind="scheduled",
      company="Corundum Labs", contact="dana.whitfield@corundumlabs.com",
      start=utc("2026-11-03 10:00", "America/New_York"), end=utc("2026-11-03 11:00", "America/New_York"),
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/New_York",
      note="Google Calendar invitation sent Thu 29 Oct in EDT (-0400) for Tue 3 Nov 10am-11am Eastern, after the US went back to EST on 1 Nov: 15:00-16:00Z (16:00 in Limoges, CET); ICS TZID America/New_York; contact = organizer")
def g08():
    body = t("""
        You have been invited to the following event.

        Julien Faucher <> Corundum Labs - technical interview (process engineering)

        When
        Tuesday Nov 3, 2026 ⋅ 10am – 11am (Eastern Time - New York)

        Joining info
        Join with Google Meet
        https://meet.google.com/wbt-hxqa-jcu

        Calendar
        julien.faucher@example.org

        Who
        • Dana Whitfield - organizer
        • Marcus Oyelaran
        • julien.faucher@example.org

        Hi Julien - confirming our technical conversation with Marcus (our sintering lead). We'll
        walk through a case on a tunnel kiln yield problem, no prep needed beyond your own
        experience. Talk soon! Dana

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=M2Q4cmJ2

        Reply for julien.faucher@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Q4cmJ2&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Q4cmJ2&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Q4cmJ2&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = gmail_html(body)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T110000
        DTSTAMP:20261029T152208Z
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@corundumlabs.com
        UID:3d8rbv1q5k7m2c0e9h4s6t8u0w@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@corundumlabs.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Oyelaran;X-NUM-GUESTS=0:mailto:marcus.oyelaran@corundumlabs.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.faucher@example.org;X-NUM-GUESTS=0:mailto:julien.faucher@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/wbt-hxqa-jcu
        CREATED:20261029T152114Z
        DESCRIPTION:Hi Julien - confirming our technical conversation with Marcus (our sintering lead).
        LAST-MODIFIED:20261029T152208Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Julien Faucher <> Corundum Labs - technical interview (process engineering)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-10-29 11:22:08", "America/New_York", "4hnR5x7Gt3z8"),
        ("From", "Dana Whitfield <dana.whitfield@corundumlabs.com>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@corundumlabs.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Invitation: Julien Faucher <> Corundum Labs - technical interview (process engineering) @ Tue Nov 3, 2026 10am - 11am (EST) (julien.faucher@example.org)"),
        ("Date", date("2026-10-29 11:22:08", "America/New_York")),
        ("Message-ID", "<calendar-5b7e0c91-2f3d-4a8e-b6c1-d9e04f7a2b13@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics)),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True, cte="base64")))


@mail(n(9), family="personio", lang="fr", interview=True, kind="scheduled",
      company="Silvatec", contact="katrin.vogt@silvatec.de",
      start=utc("2026-11-30 11:00", "Europe/Berlin"), end=utc("2026-11-30 12:00", "Europe/Berlin"),
      local="Mon 2026-11-30 11:00", local_end="2026-11-30 12:00", zone="Europe/Berlin",
      note="Personio invitation in French from a German employer: 'lundi 30 novembre 2026, de 11:00 à 12:00 (Europe/Berlin)' = CET -> 10:00-11:00Z (same wall time in Limoges); ICS TZID Europe/Berlin; contact = human Reply-To recruiter (also ORGANIZER)")
def g09():
    body = t("""
        Bonjour Julien,

        Merci beaucoup pour votre candidature au poste « Ingénieur procédés céramiques (h/f) –
        site de Chasseneuil-du-Poitou ». Nous avons le plaisir de vous confirmer votre entretien :

        Date : lundi 30 novembre 2026
        Horaire : de 11:00 à 12:00 (Europe/Berlin)
        Lieu : Microsoft Teams (le lien figure dans l'invitation jointe)
        Interlocuteurs : Katrin Vogt (Recruiting), Stéphane Guillot (Directeur de site)

        Vous trouverez l'invitation en pièce jointe pour l'ajouter à votre agenda.

        Meilleures salutations / Mit freundlichen Grüßen
        Katrin Vogt
        Silvatec GmbH – People & Culture
        Silvatec GmbH · Industriestraße 14 · 95100 Selb · Amtsgericht Hof HRB 5521
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").replace("<", "&lt;").split("\n")
    ) + "</body></html>\n"
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio GmbH//Personio Recruiting//DE\nMETHOD:REQUEST\n" + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-event-7741932-silvatec@personio.de
        DTSTAMP:20261124T154011Z
        DTSTART;TZID=Europe/Berlin:20261130T110000
        DTEND;TZID=Europe/Berlin:20261130T120000
        SUMMARY:Entretien Julien Faucher – Ingénieur procédés céramiques (h/f)
        LOCATION:Microsoft Teams
        DESCRIPTION:Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg3NjA1%40thread.v2/0
        ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@silvatec.de
        ATTENDEE;CN=Julien Faucher;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.faucher@example.org
        ATTENDEE;CN=Stéphane Guillot;PARTSTAT=ACCEPTED:mailto:stephane.guillot@silvatec.de
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-eu.personio.de (mail-eu.personio.de [52.58.112.45])", "2026-11-24 16:40:11", PARIS, "4j1Tq0Xc9Mz6"),
        ("From", "Silvatec GmbH <no-reply@mail.personio.de>"),
        ("Reply-To", "Katrin Vogt <katrin.vogt@silvatec.de>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", enc("Einladung / Invitation : entretien – Ingénieur procédés céramiques (h/f)")),
        ("Date", date("2026-11-24 16:40:11", PARIS)),
        ("Message-ID", "<2f7a9c4e1b3d5a8f.personio.recruiting.7741932@mail.personio.de>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="Einladung.ics", disposition="attachment", cte="base64")))


@mail(n(10), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      company="Groupe Lémovice", contact="aurelie.desbordes@lemovice-groupe.fr",
      start=utc("2026-12-09 14:30", PARIS), end=utc("2026-12-09 15:30", PARIS),
      local="Wed 2026-12-09 14:30", local_end="2026-12-09 15:30", zone=PARIS,
      note="SmartRecruiters confirmation (Date in UTC), 'mer. 9 déc. 2026 · 14:30 – 15:30 (CET)' on site in Limoges -> 13:30-14:30Z; the body also restates it as '09/12'; contact = recruiter address in the body (From is no-reply)")
def g10():
    body = t("""
        Bonjour Julien,

        Votre entretien est confirmé !

        Poste : Ingénieur(e) Procédés Cuisson – Porcelaine technique
        Quand : mer. 9 déc. 2026 · 14:30 – 15:30 (CET)
        Où : Site de Bellevue, 12 rue des Émailleurs, 87000 Limoges
        Avec : Aurélie Desbordes, Chargée de recrutement ; Pascal Nouhaud, Responsable four

        Merci de vous présenter à l'accueil 10 minutes avant, soit le 09/12 à 14h20.

        Une question ? Contactez Aurélie Desbordes : aurelie.desbordes@lemovice-groupe.fr

        Ajouter à mon agenda : https://jobs.smartrecruiters.com/candidate/interview/8f3c1a7e/ics

        L'équipe recrutement du Groupe Lémovice

        Propulsé par SmartRecruiters
        """)
    page = t("""
        <html><body style="background:#f5f7fa;font-family:Roboto,Arial,sans-serif">
        <div style="max-width:600px;margin:auto;background:#fff;padding:24px">
        <h2 style="color:#0f6eb4">Votre entretien est confirmé !</h2>
        <p>Bonjour Julien,</p>
        <table style="font-size:14px">
        <tr><td style="color:#888;padding-right:12px">Poste</td><td>Ingénieur(e) Procédés Cuisson – Porcelaine technique</td></tr>
        <tr><td style="color:#888;padding-right:12px">Quand</td><td><b>mer. 9 déc. 2026 · 14:30 – 15:30 (CET)</b></td></tr>
        <tr><td style="color:#888;padding-right:12px">Où</td><td>Site de Bellevue, 12 rue des Émailleurs, 87000 Limoges</td></tr>
        <tr><td style="color:#888;padding-right:12px">Avec</td><td>Aurélie Desbordes, Chargée de recrutement ; Pascal Nouhaud, Responsable four</td></tr>
        </table>
        <p>Merci de vous présenter à l'accueil 10 minutes avant, soit le 09/12 à 14h20.</p>
        <p>Une question ? Contactez Aurélie Desbordes : <a href="mailto:aurelie.desbordes@lemovice-groupe.fr">aurelie.desbordes@lemovice-groupe.fr</a></p>
        <p><a href="https://jobs.smartrecruiters.com/candidate/interview/8f3c1a7e/ics" style="background:#0f6eb4;color:#fff;padding:10px 16px;text-decoration:none">Ajouter à mon agenda</a></p>
        <p>L'équipe recrutement du Groupe Lémovice</p>
        <p style="font-size:11px;color:#aaa">Propulsé par SmartRecruiters</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail1.smartrecruiters.com (mail1.smartrecruiters.com [34.250.17.92])", "2026-12-03 09:12:44", "UTC", "4j7Hf2Wm5Qz0"),
        ("From", addr("Groupe Lémovice", "no-reply@smartrecruiters.com")),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Confirmation de votre entretien – Ingénieur(e) Procédés Cuisson")),
        ("Date", date("2026-12-03 09:12:44", "UTC")),
        ("Message-ID", "<0102019387a1c2d4-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@eu-west-1.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(11), family="microsoft_bookings", lang="fr-BE", interview=True, kind="scheduled",
      company="Vitrocéram", contact="geoffrey.vandermeulen@vitroceram.be",
      start=utc("2026-10-02 11:00", PARIS), end=utc("2026-10-02 11:45", PARIS),
      local="Fri 2026-10-02 11:00", local_end="2026-10-02 11:45", zone=PARIS,
      note="Microsoft Bookings (Belgian employer, Belgian French): the zone label shows the standard offset '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' but 2 Oct is summer time: 11:00 CEST = 09:00Z, 45 minutes -> 09:45Z; ICS 'Romance Standard Time' agrees; Bookings mailbox is not a person, contact = staff address in the body")
def g11():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="max-width:640px">
        <p style="font-size:20px">Votre rendez-vous est confirmé</p>
        <p>Bonjour Julien Faucher,</p>
        <p>Merci d'avoir réservé un rendez-vous avec Recrutement Vitrocéram. Voici les détails :</p>
        <table>
        <tr><td><b>Service</b></td><td>Entretien – Ingénieur procédés (site de Ghlin)</td></tr>
        <tr><td><b>Date et heure</b></td><td>vendredi 2 octobre 2026 11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td><b>Durée</b></td><td>45 minutes</td></tr>
        <tr><td><b>Membre du personnel</b></td><td>Geoffrey Vandermeulen</td></tr>
        <tr><td><b>Lieu</b></td><td>Rue de la Verrerie 8, 7011 Ghlin (Mons)</td></tr>
        </table>
        <p><b>Informations supplémentaires</b><br>
        Le parking visiteurs se trouve à gauche de l'entrée principale. Si vous venez en train depuis Mons, comptez une dizaine de minutes en taxi. Pour toute question, vous pouvez joindre Geoffrey directement : geoffrey.vandermeulen@vitroceram.be ou au 065 39 71 20. À tantôt !</p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementVitroceram@vitroceram.be/bookings/s/manage/9a1b3c5d">Gérer la réservation</a></p>
        <p style="font-size:11px;color:#605e5c">Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Recrutement Vitrocéram:mailto:RecrutementVitroceram@vitroceram.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Julien Faucher:mailto:julien.faucher@example.org
        UID:040000008200E00074C5B7101A82E00800000000A1E4C7B2D14FDC0100000000000000001000000034C2A9E7D6F14B4BA1E3C5D7F9A0B2C4
        SUMMARY;LANGUAGE=fr-BE:Entretien – Ingénieur procédés (site de Ghlin)
        DTSTART;TZID=Romance Standard Time:20261002T110000
        DTEND;TZID=Romance Standard Time:20261002T114500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260928T135518Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-BE:Rue de la Verrerie 8\\, 7011 Ghlin (Mons)
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2103.outbound.protection.outlook.com [40.107.249.103])", "2026-09-28 13:55:18", "UTC", "4hX2Nv8Bq4z1"),
        ("From", addr("Recrutement Vitrocéram", "RecrutementVitroceram@vitroceram.be")),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", enc("Votre rendez-vous avec Recrutement Vitrocéram a été réservé")),
        ("Date", date("2026-09-28 13:55:18", "UTC")),
        ("Message-ID", "<AM9P193MB1412B7C2E5D0A3F6B1D7E9C4A2B10@AM9P193MB1412.EURP193.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-BookingsMessage", "true"),
    ], mixed(html(page), calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      company="Southern Cross Kilns", contact="priya.nandakumar@southerncrosskilns.com.au",
      start=utc("2026-12-01 08:30", "Australia/Melbourne"),
      local="Tue 2026-12-01 08:30", zone="Australia/Melbourne",
      note="Australian recruiter, pasted Zoom block: 'Tuesday 1 December at 8:30am AEDT' (UTC+11) = Mon 30 Nov 21:30Z, i.e. Monday 22:30 in Limoges as the mail says; the local date is a day later than the UTC date; 'about 45 minutes' -> end null; contact = sender")
def g12():
    body = t("""
        Hi Julien,

        Lovely to chat on LinkedIn - as promised, here are the details for your interview with
        Callum (our Head of Operations) for the remote Process Engineer role. We're locking in
        Tuesday 1 December at 8:30am AEDT, which I believe is Monday 30 November at 10:30pm for
        you in Limoges - thanks heaps for taking the late slot! It should run about 45 minutes.

        Priya Nandakumar is inviting you to a scheduled Zoom meeting.

        Topic: Southern Cross Kilns - Process Engineer interview (J. Faucher)
        Time: Dec 1, 2026 08:30 AM Canberra, Melbourne, Sydney

        Join Zoom Meeting
        https://southerncrosskilns.zoom.us/j/83417265590?pwd=bVhQa2ZxT3RjN0xGc1Z0

        Meeting ID: 834 1726 5590
        Passcode: 427731

        ---
        One tap mobile
        +61731853730,,83417265590#,,,,*427731# Australia
        +33170379729,,83417265590#,,,,*427731# France

        Cheers,
        Priya

        Priya Nandakumar | Talent Partner
        Southern Cross Kilns Pty Ltd | Dandenong South VIC 3175
        priya.nandakumar@southerncrosskilns.com.au | +61 3 9706 4418
        """)
    return message([
        ("Delivered-To", ME),
        rcv("SY4PR01CU001.outbound.protection.outlook.com (mail-australiaeastazon11020090.outbound.protection.outlook.com [52.101.150.90])", "2026-11-25 16:40:02", "Australia/Melbourne", "4j2Pd6Rk0Wz3"),
        ("From", "Priya Nandakumar <priya.nandakumar@southerncrosskilns.com.au>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", "Interview details - Process Engineer (remote) - Tue 1 Dec 8:30am AEDT"),
        ("Date", date("2026-11-25 16:40:02", "Australia/Melbourne")),
        ("Message-ID", "<SY4PR01MB7264E1A3C9B5D2F0A8C6E4B1D3F50@SY4PR01MB7264.ausprd01.prod.outlook.com>"),
        ("Content-Language", "en-AU"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(13), family="human_prose", lang="fr", interview=True, kind="scheduled",
      company="Thermocéram Poitou", contact="bertrand.mounier@thermoceram-poitou.fr",
      start=utc("2026-11-19 15:00", PARIS), end=utc("2026-11-19 16:30", PARIS),
      local="Thu 2026-11-19 15:00", local_end="2026-11-19 16:30", zone=PARIS,
      note="Hiring manager's short mail says only 'tout est dans l'invitation ci-jointe'; the time is only in the attached ICS: DTSTART;TZID=Romance Standard Time 20261119T150000 (CET) -> 14:00Z, DTEND 16:30 -> 15:30Z; contact = sender / ORGANIZER")
def g13():
    body = t("""
        Bonjour Julien,

        Comme convenu au téléphone tout à l'heure, je vous transmets l'invitation pour
        l'entretien avec notre directeur d'usine et moi-même. Tout est dans l'invitation
        ci-jointe (adresse et plan d'accès du site de Chasseneuil).

        N'hésitez pas si vous avez la moindre question d'ici là.

        Cordialement,

        Bertrand Mounier
        Responsable Production - Thermocéram Poitou
        Tél. 05 49 52 18 74
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Bertrand Mounier:mailto:bertrand.mounier@thermoceram-poitou.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.faucher@example.org:mailto:julien.faucher@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gilles Rabaud:mailto:gilles.rabaud@thermoceram-poitou.fr
        DESCRIPTION;LANGUAGE=fr-FR:Entretien poste Ingénieur procédés\\nAccueil bâtiment A\\, 3 rue Gay-Lussac\\, 86360 Chasseneuil-du-Poitou\\nParking visiteurs devant l'entrée.\\n
        UID:040000008200E00074C5B7101A82E008000000007C3D1E9A4B77DC01000000000000000010000000A7B8C9D0E1F2435465768798A9BACBDC
        SUMMARY;LANGUAGE=fr-FR:Entretien J. Faucher - Ingénieur procédés
        DTSTART;TZID=Romance Standard Time:20261119T150000
        DTEND;TZID=Romance Standard Time:20261119T163000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T100238Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Thermocéram Poitou - Chasseneuil-du-Poitou
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp-out.thermoceram-poitou.fr (smtp-out.thermoceram-poitou.fr [195.154.61.230])", "2026-11-13 11:02:38", PARIS, "4ix0Kb3Mf7z2"),
        ("From", "Bertrand Mounier <bertrand.mounier@thermoceram-poitou.fr>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Entretien Thermoceram - invitation"),
        ("Date", date("2026-11-13 11:02:38", PARIS)),
        ("Message-ID", "<000001dc5542$b7e91f20$27bb5d60$@thermoceram-poitou.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], mixed(text(body, charset="windows-1252"),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True, cte="base64")))


@mail(n(14), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      company="Kaolins du Centre", contact="helene.gerbaud@kaolins-centre.fr",
      start=utc("2026-12-03 14:00", PARIS),
      local="Thu 2026-12-03 14:00", zone=PARIS,
      note="Google Calendar invitation (French) for an all-day event on Thu 3 Dec (DTSTART;VALUE=DATE); the time is only in the description: 'on se retrouve à 14 h à l'accueil' -> 14:00 CET = 13:00Z; no end; contact = organizer")
def g14():
    desc = ("Bonjour Julien, je bloque la journée dans l'agenda car on enchaînera peut-être sur la "
            "visite de la carrière, mais on se retrouve à 14 h à l'accueil du site de Lezoux pour "
            "l'entretien avec Jean-Marc (directeur industriel) et moi. Bottes fournies ! Hélène")
    desc_ics = desc.replace(",", "\\,")
    body = t(f"""
        Vous avez été invité à l'événement suivant.

        Entretien Julien Faucher – Kaolins du Centre

        Quand
        jeudi 3 déc. 2026

        Lieu
        Kaolins du Centre, Route de Thiers, 63190 Lezoux
        https://www.google.com/maps/search/Kaolins+du+Centre+Lezoux

        Agenda
        julien.faucher@example.org

        Participants
        • Hélène Gerbaud - organisateur
        • jean-marc.besse@kaolins-centre.fr
        • julien.faucher@example.org

        {desc}

        Afficher tous les détails de l'événement : https://calendar.google.com/calendar/event?action=VIEW&eid=NWg4c2Jx

        Répondre pour julien.faucher@example.org
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid=NWg4c2Jx&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&eid=NWg4c2Jx&rst=2
        Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&eid=NWg4c2Jx&rst=3

        Invitation de Google Agenda
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261203
        DTEND;VALUE=DATE:20261204
        DTSTAMP:20261127T173112Z
        ORGANIZER;CN=Hélène Gerbaud:mailto:helene.gerbaud@kaolins-centre.fr
        UID:5h8sbq2m0k4n6p1r3t5v7x9z1b@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hélène Gerbaud;X-NUM-GUESTS=0:mailto:helene.gerbaud@kaolins-centre.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jean-marc.besse@kaolins-centre.fr;X-NUM-GUESTS=0:mailto:jean-marc.besse@kaolins-centre.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.faucher@example.org;X-NUM-GUESTS=0:mailto:julien.faucher@example.org
        CREATED:20261127T173055Z
        DESCRIPTION:{desc_ics}
        LAST-MODIFIED:20261127T173112Z
        LOCATION:Kaolins du Centre\\, Route de Thiers\\, 63190 Lezoux
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Julien Faucher – Kaolins du Centre
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-11-27 18:31:12", PARIS, "4j4Vb8Fp1Lz9"),
        ("From", addr("Hélène Gerbaud", "helene.gerbaud@kaolins-centre.fr")),
        ("Reply-To", addr("Hélène Gerbaud", "helene.gerbaud@kaolins-centre.fr")),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Invitation: Entretien Julien Faucher – Kaolins du Centre @ jeu. 3 déc. 2026 (julien.faucher@example.org)")),
        ("Date", date("2026-11-27 18:31:12", PARIS)),
        ("Message-ID", "<calendar-a1f3c5e7-9b2d-4f6a-8c0e-1d3f5a7b9c2e@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="8bit")),
             calendar(ics, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      name_param=True, cte="base64")))


@mail(n(15), family="icims", lang="en", interview=True, kind="scheduled",
      company="Hallbrook Industries", contact="megan.tolliver@hallbrook.com",
      start=utc("2026-11-25 10:00", PARIS), end=utc("2026-11-25 11:30", PARIS),
      local="Wed 2026-11-25 10:00", local_end="2026-11-25 11:30", zone=PARIS,
      note="iCIMS confirmation sent from the US (Date in EST): US-style date '11/25/2026 (Wednesday)', '10:00 AM - 11:30 AM (GMT+01:00) Paris' -> 09:00-10:30Z; system sender, contact = recruiter address in the body")
def g15():
    body = t("""
        Dear Julien,

        Thank you for your interest in Hallbrook Industries. This email confirms your interview
        for the position below.

        Position: Process Engineer - Advanced Ceramics (Req 26-0412)
        Location: Brive-la-Gaillarde, FR
        Date: 11/25/2026 (Wednesday)
        Time: 10:00 AM - 11:30 AM (GMT+01:00) Paris
        Format: On-site, Hallbrook Brive plant, 4 avenue du Teinchurier, 19100 Brive-la-Gaillarde
        Interview team: Guillaume Besse (Plant Manager), Olivia Strand (Director, Global Process
        Engineering - joining by video from Ohio)

        Please bring a valid photo ID for site security.

        If you have questions or need to reschedule, please contact your recruiter, Megan
        Tolliver, at megan.tolliver@hallbrook.com.

        Sincerely,
        Hallbrook Industries Talent Acquisition

        This message was sent from an unmonitored mailbox.
        """)
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <p>Dear Julien,</p>
        <p>Thank you for your interest in Hallbrook Industries. This email confirms your interview for the position below.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Position:</b></td><td>Process Engineer - Advanced Ceramics (Req 26-0412)</td></tr>
        <tr><td><b>Location:</b></td><td>Brive-la-Gaillarde, FR</td></tr>
        <tr><td><b>Date:</b></td><td>11/25/2026 (Wednesday)</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:30 AM (GMT+01:00) Paris</td></tr>
        <tr><td><b>Format:</b></td><td>On-site, Hallbrook Brive plant, 4 avenue du Teinchurier, 19100 Brive-la-Gaillarde</td></tr>
        <tr><td><b>Interview team:</b></td><td>Guillaume Besse (Plant Manager), Olivia Strand (Director, Global Process Engineering - joining by video from Ohio)</td></tr>
        </table>
        <p>Please bring a valid photo ID for site security.</p>
        <p>If you have questions or need to reschedule, please contact your recruiter, Megan Tolliver, at <a href="mailto:megan.tolliver@hallbrook.com">megan.tolliver@hallbrook.com</a>.</p>
        <p>Sincerely,<br>Hallbrook Industries Talent Acquisition</p>
        <p style="font-size:10px;color:#999">This message was sent from an unmonitored mailbox.</p>
        <img src="https://careers-hallbrook.icims.com/icims2?mode=trackemail&amp;id=99312" width="1" height="1">
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp2.icims.com (smtp2.icims.com [64.74.233.42])", "2026-11-19 09:14:05", "America/New_York", "4iy3Hc6Nk2z5"),
        ("From", "Hallbrook Industries <hallbrook+autoreply@talent.icims.com>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", "Interview Confirmation - Process Engineer - Advanced Ceramics (Req 26-0412)"),
        ("Date", date("2026-11-19 09:14:05", "America/New_York")),
        ("Message-ID", "<1763561645.99312.hallbrook@talent.icims.com>"),
        ("X-iCIMS-Customer", "hallbrook"),
    ], alt(text(body, cte="7bit"), html(page, cte="quoted-printable")))


@mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      company="Arclight Materials", contact="sanne.dewit@arclight-materials.com",
      start=utc("2026-12-02 14:00", PARIS), end=utc("2026-12-02 15:45", PARIS),
      local="Wed 2026-12-02 14:00", local_end="2026-12-02 15:45", zone=PARIS,
      note="GoodTime itinerary, two back-to-back sessions on Wed 2 Dec in 'Central European Time (CET)': 2:00-2:45 PM and 3:00-3:45 PM -> first start 13:00Z to last end 14:45Z; contact = coordinator via Reply-To")
def g16():
    body = t("""
        Hi Julien,

        Your interview with Arclight Materials is confirmed. Here is your itinerary.

        Wednesday, December 2, 2026
        All times in Central European Time (CET)

        2:00 PM - 2:45 PM   Process deep-dive with Pieter Jansen, Process Engineering Lead
        3:00 PM - 3:45 PM   Conversation with Marta Kowalska, Director of Operations

        Both sessions take place on the same Microsoft Teams link:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2MjE4%40thread.v2/0

        Calendar invites for each session will follow from the interviewers.

        Questions? Reply to this email to reach your coordinator, Sanne de Wit.

        Good luck!
        Arclight Materials Talent Team

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Julien,</p>
        <p>Your interview with <b>Arclight Materials</b> is confirmed. Here is your itinerary.</p>
        <h3>Wednesday, December 2, 2026</h3>
        <p style="color:#6b7280">All times in Central European Time (CET)</p>
        <table cellpadding="6">
        <tr><td>2:00 PM - 2:45 PM</td><td>Process deep-dive with Pieter Jansen, Process Engineering Lead</td></tr>
        <tr><td>3:00 PM - 3:45 PM</td><td>Conversation with Marta Kowalska, Director of Operations</td></tr>
        </table>
        <p>Both sessions take place on the same <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2MjE4%40thread.v2/0">Microsoft Teams link</a>.</p>
        <p>Calendar invites for each session will follow from the interviewers.</p>
        <p>Questions? Reply to this email to reach your coordinator, Sanne de Wit.</p>
        <p>Good luck!<br>Arclight Materials Talent Team</p>
        <p style="font-size:11px;color:#9ca3af">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("o12.email.goodtime.io (o12.email.goodtime.io [149.72.141.9])", "2026-11-26 10:18:40", PARIS, "4j3Ns1Dq6Tz4"),
        ("From", "Arclight Materials <noreply@goodtime.io>"),
        ("Reply-To", "Sanne de Wit <sanne.dewit@arclight-materials.com>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Your interview itinerary - Arclight Materials - Wednesday, December 2"),
        ("Date", date("2026-11-26 10:18:40", PARIS)),
        ("Message-ID", "<5f8e2a1c9b7d.20261126091840.itinerary@goodtime.io>"),
    ], alt(text(body), html(page)))


# =========================================================================== positives: rescheduled


@mail(n(17), family="ashby", lang="en", interview=True, kind="rescheduled",
      company="Sinterlab", contact="ines.berrada@sinterlab.io",
      start=utc("2026-10-15 11:00", PARIS), end=utc("2026-10-15 12:00", PARIS),
      local="Thu 2026-10-15 11:00", local_end="2026-10-15 12:00", zone=PARIS,
      note="Ashby reschedule (Date in UTC) stating both times: previously Tue 13 Oct 4:00 PM, new 'Thursday, October 15, 2026, 11:00 AM – 12:00 PM CEST' -> 09:00-10:00Z; ICS SEQUENCE:1 TZID Europe/Paris agrees; contact = Reply-To recruiter")
def g17():
    body = t("""
        Hi Julien,

        Your interview with Sinterlab has been rescheduled. Apologies for the change - Hugo has
        to be at a customer site on Tuesday.

        Previous time (cancelled):
        Tuesday, October 13, 2026, 4:00 PM – 5:00 PM CEST

        New time:
        Thursday, October 15, 2026, 11:00 AM – 12:00 PM CEST
        Google Meet: https://meet.google.com/kfo-ptzr-wyd

        You'll meet with:
          Hugo Lemaire — CTO
          Inès Berrada — Talent Partner

        Questions? Just reply and it will reach Inès Berrada.

        Thanks,
        Sinterlab Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Julien,</p>
        <p>Your interview with Sinterlab has been rescheduled. Apologies for the change - Hugo has to be at a customer site on Tuesday.</p>
        <p style="color:#999"><s>Tuesday, October 13, 2026, 4:00 PM – 5:00 PM CEST</s></p>
        <p><b>Thursday, October 15, 2026, 11:00 AM – 12:00 PM CEST</b><br><a href="https://meet.google.com/kfo-ptzr-wyd">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Hugo Lemaire — CTO<br>&nbsp;&nbsp;Inès Berrada — Talent Partner</p>
        <p>Questions? Just reply and it will reach Inès Berrada.</p>
        <p>Thanks,<br>Sinterlab Recruiting</p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:0d9e3b71-4c2a-4f85-a6e0-7b1c92d4e5f3
        DTSTAMP:20261009T142611Z
        DTSTART;TZID=Europe/Paris:20261015T110000
        DTEND;TZID=Europe/Paris:20261015T120000
        SEQUENCE:1
        SUMMARY:Sinterlab – Process Engineer, Binder Jetting Interview
        LOCATION:https://meet.google.com/kfo-ptzr-wyd
        ORGANIZER;CN=Inès Berrada:mailto:ines.berrada@sinterlab.io
        ATTENDEE;CN=Julien Faucher;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.faucher@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])", "2026-10-09 14:26:11", "UTC", "4hf7Kq9Wc2z6"),
        ("From", "Sinterlab <no-reply@ashbyhq.com>"),
        ("Reply-To", addr("Inès Berrada", "ines.berrada@sinterlab.io")),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", "Interview rescheduled: Process Engineer, Binder Jetting at Sinterlab"),
        ("Date", date("2026-10-09 14:26:11", "UTC")),
        ("Message-ID", "<0100019a7c3e1f20-b4d8e9a1-3c5f-4e72-9a1b-6d0e8f2c4a57-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(18), family="forward_to_self", lang="fr", interview=True, kind="rescheduled",
      company="Porcelaines Delmas", contact="m.texier@porcelaines-delmas.fr",
      start=utc("2026-11-17 08:45", PARIS),
      local="Tue 2026-11-17 08:45", zone=PARIS, days=(("Mon", "2026-11-16"), ("Thu", "2026-11-12")),
      note="The candidate forwards to his other address a recruiter's reschedule: 'initialement prévu le lundi 16 novembre à 16 h est reporté au mardi 17 novembre à 8h45' -> 08:45 CET = 07:45Z; no end; sender is the candidate, contact = the recruiter in the forwarded header")
def g18():
    body = t("""
        à mettre dans l'agenda + prévenir Franck que je pose ma matinée mardi

        ---------- Forwarded message ---------
        De : Marion Texier <m.texier@porcelaines-delmas.fr>
        Date: jeu. 12 nov. 2026 à 17:40
        Subject: Report de notre entretien
        To: Julien Faucher <julien.faucher@example.org>


        Bonjour Monsieur Faucher,

        Suite à notre échange téléphonique, je vous confirme que notre entretien initialement
        prévu le lundi 16 novembre à 16 h est reporté au mardi 17 novembre à 8h45, même lieu
        (siège de Porcelaines Delmas, 22 avenue Baudin, Limoges). M. Delmas souhaitant être
        présent, ce créneau nous arrange beaucoup, merci pour votre souplesse.

        Bien à vous,

        Marion Texier
        Assistante RH - Porcelaines Delmas
        05 55 34 80 12
        """)
    return message([
        ("Delivered-To", "julien.faucher@example.net"),
        ("Received", received("from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])",
                              "2026-11-12 18:02:51", PARIS, "mx.example.net (Postfix) with ESMTPS id 4iw5Yr0Bd8z1",
                              "julien.faucher@example.net")),
        ("From", ME_H),
        ("To", "Julien Faucher <julien.faucher@example.net>"),
        ("Subject", "Fwd: Report de notre entretien"),
        ("Date", date("2026-11-12 18:02:51", PARIS)),
        ("Message-ID", "<CAJf8kR7pQ3vNz1x0Lb2e@mail.example.org>"),
        ("References", "<5c1d7a2e-80b3-4f2a-9e41-d6b0a3c8f17e@porcelaines-delmas.fr>"),
        ("In-Reply-To", "<5c1d7a2e-80b3-4f2a-9e41-d6b0a3c8f17e@porcelaines-delmas.fr>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(19), family="exchange", lang="fr", interview=True, kind="rescheduled",
      company="Saint-Junien Composites", contact="patrice.lavaud@sj-composites.fr",
      start=utc("2026-10-23 09:30", PARIS), end=utc("2026-10-23 10:30", PARIS),
      local="Fri 2026-10-23 09:30", local_end="2026-10-23 10:30", zone=PARIS,
      note="Exchange updated meeting request ('Mis à jour'), old Wed 21 Oct 14:00-15:00 and new 'vendredi 23 octobre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris'; Outlook's label shows the standard offset but 23 Oct is still CEST (change on 25 Oct) -> 07:30-08:30Z; ICS SEQUENCE:1 agrees; contact = organizer")
def g19():
    body = t("""
        Quand : vendredi 23 octobre 2026 09:30-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Saint-Junien Composites - salle Vienne (bâtiment administratif)

        *~*~*~*~*~*~*~*~*~*

        Bonjour Julien,

        Petit changement : notre DG ne peut finalement pas être là mercredi 21 octobre de 14h à
        15h, je décale donc notre entretien à vendredi matin, même salle. Dites-moi si ça pose un
        souci.

        Cordialement,
        Patrice Lavaud
        Responsable Amélioration Continue
        Saint-Junien Composites
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Patrice Lavaud:mailto:patrice.lavaud@sj-composites.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Faucher:mailto:julien.faucher@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dominique Faye:mailto:dominique.faye@sj-composites.fr
        UID:040000008200E00074C5B7101A82E00800000000D0F5E2A3B65FDC01000000000000000010000000C4D5E6F7081928374655647382910ABC
        SUMMARY;LANGUAGE=fr-FR:Entretien Julien Faucher / Ingénieur amélioration continue
        DTSTART;TZID=Romance Standard Time:20261023T093000
        DTEND;TZID=Romance Standard Time:20261023T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T065542Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-FR:Saint-Junien Composites - salle Vienne (bâtiment administratif)
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2113497012
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail.sj-composites.fr (mail.sj-composites.fr [80.12.44.197])", "2026-10-19 08:55:42", PARIS, "4hpZ2g5Xs7z0"),
        ("From", "Patrice Lavaud <patrice.lavaud@sj-composites.fr>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("CC", "Dominique Faye <dominique.faye@sj-composites.fr>"),
        ("Subject", enc("Mis à jour : Entretien Julien Faucher / Ingénieur amélioration continue")),
        ("Thread-Topic", enc("Entretien Julien Faucher / Ingénieur amélioration continue")),
        ("Date", date("2026-10-19 08:55:42", PARIS)),
        ("Message-ID", "<DB9PR02MB7193F4A8C2E1D0B6A3F5E7C9D1B20@DB9PR02MB7193.eurprd02.prod.outlook.com>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body, charset="windows-1252", cte="quoted-printable"),
           calendar(ics, cte="base64")))


@mail(n(20), family="workable", lang="en", interview=True, kind="rescheduled",
      company="Clayborne Studio", contact="joana.matos@claybornestudio.pt",
      start=utc("2026-12-08 15:00", "Europe/Lisbon"), end=utc("2026-12-08 15:45", "Europe/Lisbon"),
      local="Tue 2026-12-08 15:00", local_end="2026-12-08 15:45", zone="Europe/Lisbon",
      note="Workable reschedule from a Lisbon studio: old Mon 7 Dec 10:00, new 'Tuesday 8 December 2026, 15:00 – 15:45 (Lisbon time, GMT+0)' -> 15:00-15:45Z (16:00 in Limoges); Reply-To is a Workable relay, contact = recruiter address in the body")
def g20():
    body = t("""
        Hi Julien,

        Rui has a kiln commissioning at a client's on Monday, so we've moved your video interview
        for the Ceramic Process Engineer (remote, EU) position.

        It was: Monday 7 December, 10:00 (Lisbon time)
        It is now: Tuesday 8 December 2026, 15:00 – 15:45 (Lisbon time, GMT+0)

        The video link stays the same: https://meet.google.com/ayx-btwd-nqe

        If the new slot doesn't work for you, drop me a line at joana.matos@claybornestudio.pt
        and we'll find another.

        Best,
        Joana Matos
        People & Talent, Clayborne Studio
        --
        Sent via Workable
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Julien,</p>
        <p>Rui has a kiln commissioning at a client's on Monday, so we've moved your video interview for the Ceramic Process Engineer (remote, EU) position.</p>
        <p>It was: <s>Monday 7 December, 10:00 (Lisbon time)</s><br>It is now: <b>Tuesday 8 December 2026, 15:00 – 15:45 (Lisbon time, GMT+0)</b></p>
        <p>The video link stays the same: <a href="https://meet.google.com/ayx-btwd-nqe">https://meet.google.com/ayx-btwd-nqe</a></p>
        <p>If the new slot doesn't work for you, drop me a line at <a href="mailto:joana.matos@claybornestudio.pt">joana.matos@claybornestudio.pt</a> and we'll find another.</p>
        <p>Best,<br>Joana Matos<br>People &amp; Talent, Clayborne Studio</p>
        <p style="font-size:11px;color:#999">Sent via <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-out2.workablemail.com (mail-out2.workablemail.com [3.248.71.204])", "2026-12-03 11:40:27", "Europe/Lisbon", "4j7Lq5Cv3Bz8"),
        ("From", "Joana Matos - Clayborne Studio <noreply@candidates.workablemail.com>"),
        ("Reply-To", "clayborne-studio+c7f3a91e2b@candidates.workablemail.com"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Your interview with Clayborne Studio has been rescheduled"),
        ("Date", date("2026-12-03 11:40:27", "Europe/Lisbon")),
        ("Message-ID", "<c7f3a91e2b.20261203114027.8841@candidates.workablemail.com>"),
    ], alt(text(body, cte="quoted-printable"), html(page)))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      company="Tessera Glass", contact="joris.bakker@tesseraglass.nl",
      start=utc("2026-09-25 15:00", "Europe/Amsterdam"), end=utc("2026-09-25 16:00", "Europe/Amsterdam"),
      local="Fri 2026-09-25 15:00", local_end="2026-09-25 16:00", zone="Europe/Amsterdam",
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'Fri Sep 25, 2026 3pm - 4pm (CEST)' Amsterdam time -> 13:00-14:00Z, the cancelled slot; the organizer's note says the role is on hold, no new time; contact = organizer")
def g21():
    body = t("""
        This event has been canceled and removed from your calendar.

        Process engineering interview - Julien Faucher

        When
        Friday Sep 25, 2026 ⋅ 3pm – 4pm (Central European Time - Amsterdam)

        Organizer
        Joris Bakker
        joris.bakker@tesseraglass.nl

        Guests
        Joris Bakker - organizer
        Femke Dijkstra
        julien.faucher@example.org

        Sorry Julien - the role has been put on hold by our board this week, so I have to cancel
        Friday. I'll reach out if it reopens in Q1. Best, Joris

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:CANCEL\n" + VTZ_AMS + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Amsterdam:20260925T150000
        DTEND;TZID=Europe/Amsterdam:20260925T160000
        DTSTAMP:20260921T071205Z
        ORGANIZER;CN=Joris Bakker:mailto:joris.bakker@tesseraglass.nl
        UID:7q2m9c4k1e8s0v3b6n5x2z7w4t@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=julien.faucher@example.org;X-NUM-GUESTS=0:mailto:julien.faucher@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Femke Dijkstra;X-NUM-GUESTS=0:mailto:femke.dijkstra@tesseraglass.nl
        CREATED:20260914T093311Z
        DESCRIPTION:Sorry Julien - the role has been put on hold by our board this week\\, so I have to cancel Friday.
        LAST-MODIFIED:20260921T071205Z
        LOCATION:https://meet.google.com/hsd-qmcv-rra
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Process engineering interview - Julien Faucher
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", "2026-09-21 09:12:05", "Europe/Amsterdam", "4hT0Mv2Kx5z3"),
        ("From", "Joris Bakker <joris.bakker@tesseraglass.nl>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Canceled event: Process engineering interview - Julien Faucher @ Fri Sep 25, 2026 3pm - 4pm (CEST) (julien.faucher@example.org)"),
        ("Date", date("2026-09-21 09:12:05", "Europe/Amsterdam")),
        ("Message-ID", "<calendar-e2c4a6b8-0d1f-4e3a-b5c7-9d8e0f1a2b3c@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True, cte="base64")))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      company="Lacombe Emballages", contact="sylvie.roche@lacombe-emballages.fr",
      start=utc("2026-10-09 10:00", PARIS),
      local="Fri 2026-10-09 10:00", zone=PARIS,
      note="Recruiter cancels 'notre entretien de vendredi 9 octobre à 10h' (CEST) because the post was filled internally, no new time -> cancelled, start = 08:00Z; windows-1252 QP Outlook mail; contact = sender")
def g22():
    body = t("""
        Bonjour Julien,

        Je suis vraiment désolée de devoir vous l'annoncer par mail : je dois annuler notre
        entretien de vendredi 9 octobre à 10h. La direction a finalement décidé de pourvoir le
        poste de responsable process en interne, suite à une réorganisation de l'atelier
        transformation.

        Votre profil nous a beaucoup plu et je me permets de le conserver pour de futures
        opportunités, si vous en êtes d'accord.

        Avec mes excuses pour ce contretemps,

        Sylvie Roche
        Responsable RH – Lacombe Emballages
        Brive-la-Gaillarde
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Julien,</p>
        <p class="MsoNormal">Je suis vraiment désolée de devoir vous l’annoncer par mail : je dois annuler notre entretien de vendredi 9 octobre à 10h. La direction a finalement décidé de pourvoir le poste de responsable process en interne, suite à une réorganisation de l’atelier transformation.</p>
        <p class="MsoNormal">Votre profil nous a beaucoup plu et je me permets de le conserver pour de futures opportunités, si vous en êtes d’accord.</p>
        <p class="MsoNormal">Avec mes excuses pour ce contretemps,</p>
        <p class="MsoNormal"><b>Sylvie Roche</b><br>Responsable RH – Lacombe Emballages<br>Brive-la-Gaillarde</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.lacombe-emballages.fr (smtp.lacombe-emballages.fr [213.186.33.4])", "2026-10-05 18:05:14", PARIS, "4hcR8t1Np4z7"),
        ("From", "Sylvie Roche <sylvie.roche@lacombe-emballages.fr>"),
        ("To", "'Julien Faucher' <julien.faucher@example.org>"),
        ("Subject", "=?windows-1252?Q?Annulation_de_notre_entretien_du_9_octobre?="),
        ("Date", date("2026-10-05 18:05:14", PARIS)),
        ("Message-ID", "<001a01dc5539$c2f0d4e0$48d27ea0$@lacombe-emballages.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(23), family="lever", lang="en", interview=True, kind="cancelled",
      company="Pyrolith", contact="oliver.grant@pyrolith.com",
      start=utc("2026-11-19 15:00", PARIS),
      local="Thu 2026-11-19 15:00", zone=PARIS, days=(("Mon", "2026-11-23"),),
      note="Lever mail from the recruiter (via no-reply, human Reply-To) cancelling 'your interview on Thursday, 19 November at 3:00 PM CET' -> 14:00Z; proposes 'Monday 23rd at 10:00' but nothing new is fixed, so cancelled with the cancelled slot; contact = Reply-To")
def g23():
    body = t("""
        Hi Julien,

        I'm really sorry, but we have to cancel your interview on Thursday, 19 November at 3:00 PM
        CET with Claire (our plant manager) - she's been called to our Bordeaux site for a customer
        audit all week.

        Could you do Monday 23rd at 10:00 instead? Or any time Tuesday afternoon. Let me know
        what suits and I'll send a fresh invite once it's confirmed.

        Apologies again,
        Oliver

        Oliver Grant
        Senior Recruiter, Pyrolith
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Julien,</p>
        <p>I'm really sorry, but we have to cancel your interview on Thursday, 19 November at 3:00 PM CET with Claire (our plant manager) - she's been called to our Bordeaux site for a customer audit all week.</p>
        <p>Could you do Monday 23rd at 10:00 instead? Or any time Tuesday afternoon. Let me know what suits and I'll send a fresh invite once it's confirmed.</p>
        <p>Apologies again,<br>Oliver</p>
        <p>Oliver Grant<br>Senior Recruiter, Pyrolith</p>
        </div>
        <img src="https://hire.lever.co/email/open/5d2f8a1b-7c3e-4b90-a6d1-e2f3c4b5a697.png" width="1" height="1">
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-out.lever.co (mail-out.lever.co [52.89.214.236])", "2026-11-16 10:30:49", "UTC", "4ix8Fw4Jd1z2"),
        ("From", "Oliver Grant <no-reply@hire.lever.co>"),
        ("Reply-To", "Oliver Grant <oliver.grant@pyrolith.com>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", "Pyrolith - your interview on Thursday"),
        ("Date", date("2026-11-16 10:30:49", "UTC")),
        ("Message-ID", "<5d2f8a1b-7c3e-4b90-a6d1-e2f3c4b5a697@hire.lever.co>"),
    ], alt(text(body), html(page)))


# =========================================================================== negatives


def pdf_part(filename: str, seed: str):
    """A tiny placeholder PDF attachment (base64)."""
    import base64

    from make import Part

    raw = (b"%PDF-1.4\n% " + seed.encode() + b"\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(raw).replace(b"\n", b"\r\n"))


@mail(n(24), family="rejection", lang="fr", interview=False, company="Kerameos",
      note="softgarden rejection after a first interview ('suite à notre entretien du 11 septembre'); a past date, nothing scheduled")
def g24():
    body = t("""
        Bonjour Monsieur Faucher,

        Nous vous remercions à nouveau pour le temps que vous nous avez consacré lors de notre
        entretien du 11 septembre pour le poste d'Ingénieur méthodes céramique à Limoges.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre candidat
        dont le profil correspond davantage à nos besoins actuels, notamment en pressage isostatique.

        Nous conservons votre candidature dans notre vivier et ne manquerons pas de revenir vers
        vous si une opportunité correspondant à votre profil se présente.

        Nous vous souhaitons plein succès dans vos recherches.

        Cordialement,
        L'équipe recrutement Kerameos France

        Données personnelles : https://kerameos.softgarden.io/fr/privacy
        """)
    page = "<html><body><div style=\"font-family:Arial;font-size:14px\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    return message([
        ("Delivered-To", ME),
        rcv("mail.softgarden.io (mail.softgarden.io [185.98.4.121])", "2026-09-18 14:37:02", PARIS, "4hR6Bx0Tm2z9"),
        ("From", "Kerameos France <noreply@softgarden.io>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Votre candidature : Ingénieur méthodes céramique (H/F) – Limoges")),
        ("Date", date("2026-09-18 14:37:02", PARIS)),
        ("Message-ID", "<sg.20260918123702.77e41c@softgarden.io>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(25), family="offer", lang="fr", interview=False, company="Oxydia Advanced Ceramics",
      note="Job offer from Oxydia HR after the interviews of 16 and 24 September, with a reply deadline 'vendredi 9 octobre' and a PDF; nothing is an interview")
def g25():
    body = t("""
        Bonjour Julien,

        Suite à vos entretiens des 16 et 24 septembre avec Thibault et l'équipe procédés, j'ai le
        plaisir de vous adresser notre proposition pour le poste d'Ingénieur Procédés - Fabrication
        additive céramique (CDI, basé à Paris avec deux jours de télétravail par semaine).

        Vous trouverez en pièce jointe la lettre d'offre détaillée (rémunération fixe de 54 k€,
        variable de 8 %, prise de poste souhaitée le 4 janvier 2027).

        Nous serions ravis de vous compter parmi nous. Pourriez-vous nous faire part de votre
        réponse d'ici vendredi 9 octobre ? Je reste disponible pour en parler par téléphone, même
        en fin de journée.

        Bien à vous,
        Camille Rouaud
        Talent Acquisition - Oxydia Advanced Ceramics
        06 72 18 45 90
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])", "2026-10-02 16:20:33", PARIS, "4hbB0s2Lc7z1"),
        ("From", "Camille Rouaud <camille.rouaud@oxydia-ceramics.com>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", enc("Proposition d'embauche – Ingénieur Procédés Fabrication additive")),
        ("Date", date("2026-10-02 16:20:33", PARIS)),
        ("Message-ID", "<CAOxd7Rt2pVm9qF1xw3Lz0c@mail.gmail.com>"),
    ], mixed(alt(text(body, cte="8bit"), html(gmail_html(body))),
             pdf_part("Oxydia_Lettre_offre_J_Faucher.pdf", "offer")))


@mail(n(26), family="application_ack", lang="fr", interview=False, company="Arvéa Minerals",
      note="Taleo application receipt; 'si votre profil est retenu, un recruteur vous contactera pour convenir d'un entretien' is hypothetical")
def g26():
    body = t("""
        Bonjour Julien Faucher,

        Nous vous remercions de l'intérêt que vous portez à Arvéa Minerals et accusons bonne
        réception de votre candidature pour le poste :

        Ingénieur Procédés Céramiques Techniques H/F - 2600318 - Clermont-Ferrand

        Notre équipe recrutement étudie actuellement les candidatures. Si votre profil est
        retenu, un recruteur vous contactera pour convenir d'un entretien. Dans le cas contraire,
        vous serez informé(e) par e-mail.

        Vous pouvez suivre l'état de votre candidature dans votre espace candidat :
        https://arvea.taleo.net/careersection/ex/mysubmissions.ftl?lang=fr_FR

        Cordialement,
        Arvéa Minerals - Ressources Humaines

        Merci de ne pas répondre à ce message généré automatiquement.
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail3.taleo.net (mail3.taleo.net [160.34.10.71])", "2026-09-07 22:48:10", PARIS, "4hK1Xb5Wq8z2"),
        ("From", addr("Arvéa Minerals", "arvea-noreply@taleo.net", charset="iso-8859-1")),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Accusé de réception de votre candidature - 2600318", "iso-8859-1")),
        ("Date", date("2026-09-07 22:48:10", PARIS)),
        ("Message-ID", "<1725742090112.2600318.JavaMail.taleo@tlo-prd-fr3.taleo.net>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert (fictional IndusJobs) with ceramics roles; badges 'Entretien sous 48 h' and 'Job dating le 14/10 à 9h' are advertising, nothing confirmed for the user",
      days=(("Wed", "2026-10-14"),))
def g27():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef1f5">
        <table width="600" align="center" style="background:#fff;padding:16px">
        <tr><td><h2 style="color:#e4572e">5 nouvelles offres pour « ingénieur procédés céramique »</h2>
        <p>Bonjour Julien, voici les offres publiées depuis votre dernière alerte (Limoges + 150 km).</p></td></tr>
        <tr><td style="border-top:1px solid #ddd;padding:10px 0">
        <b>Ingénieur Procédés Cuisson H/F</b> – Porcelaine du Val de Vienne – Limoges (87)<br>
        CDI · 45-52 k€ · <span style="background:#dff5e1">Entretien sous 48 h</span></td></tr>
        <tr><td style="border-top:1px solid #ddd;padding:10px 0">
        <b>Responsable Process Émaillage H/F</b> – Groupe Lémovice – Limoges (87)<br>
        CDI · Publiée il y a 2 jours</td></tr>
        <tr><td style="border-top:1px solid #ddd;padding:10px 0">
        <b>Ingénieur R&amp;D matériaux réfractaires</b> – Ferrand Réfractaires – Aubière (63)<br>
        CDI · <span style="background:#fff3cd">Job dating le 14/10 à 9h – inscrivez-vous</span></td></tr>
        <tr><td style="border-top:1px solid #ddd;padding:10px 0">
        <b>Technicien fours tunnel</b> – Brivéa Emballages – Brive-la-Gaillarde (19)<br>
        CDD 12 mois</td></tr>
        <tr><td style="border-top:1px solid #ddd;padding:10px 0">
        <b>Ingénieur qualité céramique technique</b> – Thermocéram Poitou – Chasseneuil-du-Poitou (86)<br>
        CDI · Télétravail partiel</td></tr>
        <tr><td style="font-size:11px;color:#888;padding-top:16px">Vous recevez cet e-mail car vous avez créé une alerte sur IndusJobs.
        <a href="https://www.indusjobs.fr/alertes/desinscription?u=88f1">Se désinscrire</a></td></tr>
        </table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mta12.indusjobs.fr (mta12.indusjobs.fr [5.39.101.12])", "2026-10-06 07:02:15", PARIS, "4hcW4k9Sr1z5"),
        ("From", "IndusJobs <alertes@indusjobs.fr>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("5 nouvelles offres : ingénieur procédés céramique – Limoges")),
        ("Date", date("2026-10-06 07:02:15", PARIS)),
        ("Message-ID", "<alert.88f1.20261006050215@indusjobs.fr>"),
        ("List-Unsubscribe", "<https://www.indusjobs.fr/alertes/desinscription?u=88f1>, <mailto:unsubscribe@indusjobs.fr?subject=88f1>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], html(page, cte="base64"))


@mail(n(28), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Mailing-list newsletter about job interviews (List-Id, List-Unsubscribe) with a live session 'jeudi 17 septembre à 12h30'; confirms nothing for the user",
      days=(("Thu", "2026-09-17"),))
def g28():
    body = t("""
        CARRIÈRES INDUSTRIE MAG - La lettre du mardi
        ============================================

        ENTRETIEN D'EMBAUCHE : LES 7 QUESTIONS PIÈGES DES DIRECTEURS D'USINE

        « Parlez-moi d'un incident de production que vous n'avez pas su résoudre. » Derrière cette
        question, le recruteur ne cherche pas un aveu d'échec mais votre méthode. Nos conseils
        pour préparer votre prochain entretien, avec trois ingénieurs procédés qui ont changé de
        poste cette année.
        Lire l'article : https://www.carrieres-industrie-mag.fr/entretien-7-questions-pieges

        LIVE : « Négocier son salaire après l'entretien »
        Jeudi 17 septembre à 12h30, 45 minutes en direct avec une DRH du secteur agroalimentaire.
        Inscription gratuite : https://www.carrieres-industrie-mag.fr/live

        EN BREF
        - Céramique technique : la filière recrute dans le Limousin
        - Télétravail des ingénieurs : ce que disent les accords d'entreprise

        --
        Vous recevez cette lettre car vous êtes inscrit sur carrieres-industrie-mag.fr.
        Se désabonner : https://www.carrieres-industrie-mag.fr/desabonnement?id=4471
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail187.sea21.mcsv.net (mail187.sea21.mcsv.net [198.2.187.21])", "2026-09-15 08:00:41", PARIS, "4hQ9Yk3Cd6z8"),
        ("From", addr("Carrières Industrie Mag", "lettre@carrieres-industrie-mag.fr")),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Entretien : les 7 questions pièges des directeurs d'usine")),
        ("Date", date("2026-09-15 08:00:41", PARIS)),
        ("Message-ID", "<c3e1f6a9b2d4.4471.20260915@mcsv.net>"),
        ("List-Id", "Carrieres Industrie Mag <4471.list-id.mcsv.net>"),
        ("List-Unsubscribe", "<https://www.carrieres-industrie-mag.fr/desabonnement?id=4471>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Northgate Kilns",
      note="UK recruiter asks the candidate to pick a 30-minute slot on her Calendly link 'any time next week'; no time fixed yet (the booking confirmation comes later)")
def g29():
    body = t("""
        Hi Julien,

        Thanks for applying for the Process Engineer role (remote, with a few trips a year to our
        Stoke-on-Trent works). I'd love to set up a first 30-minute chat.

        Could you grab whichever slot suits you next week on my calendar?
        https://calendly.com/harriet-oakes-northgate/process-engineer-first-interview

        The slots are shown in your own time zone, so no need to do the maths from Limoges!

        Kind regards,
        Harriet

        Harriet Oakes
        Talent Acquisition Lead | Northgate Kilns Ltd
        harriet.oakes@northgatekilns.co.uk
        """)
    return message([
        ("Delivered-To", ME),
        rcv("LO2P265CU004.outbound.protection.outlook.com (mail-uksouthazon11021088.outbound.protection.outlook.com [52.101.95.88])", "2026-10-28 16:44:09", "Europe/London", "4hnL7c2Vx9z4"),
        ("From", "Harriet Oakes <harriet.oakes@northgatekilns.co.uk>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", "Process Engineer - next steps"),
        ("Date", date("2026-10-28 16:44:09", "Europe/London")),
        ("Message-ID", "<LO4P265MB5921C3B8E1A7D2F0B4C6E8A9D1F30@LO4P265MB5921.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="fr-BE", interview=False, company="Talentis Industrie",
      note="Belgian agency outreach ('endéans la semaine', 'un petit coup de fil'); asks for availability, nothing fixed")
def g30():
    body = t("""
        Bonjour Julien,

        Je me permets de vous contacter suite à votre profil sur LinkedIn. J'accompagne un de nos
        clients, un fabricant de céramiques techniques établi en Wallonie, qui ouvre un poste de
        Process Engineer pour son site français près de Poitiers.

        Votre expérience sur les fours à rouleaux correspond très bien à ce qu'ils recherchent.
        Seriez-vous ouvert à un petit coup de fil d'une vingtaine de minutes endéans la semaine ?
        Je m'adapte à vos disponibilités, y compris sur le temps de midi.

        Au plaisir de vous lire, et à tantôt j'espère,

        Amandine Collard
        Senior Consultant Engineering
        Talentis Industrie - Namur
        +32 81 24 67 90
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-he1eur04on0710.outbound.protection.outlook.com (mail-he1eur04on0710.outbound.protection.outlook.com [40.107.7.110])", "2026-09-23 10:11:37", "Europe/Brussels", "4hVt3Rm0Kp8z"),
        ("From", "Amandine Collard <amandine.collard@talentis-industrie.be>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Opportunité Process Engineer - céramique technique (Poitiers)", "iso-8859-15")),
        ("Date", date("2026-09-23 10:11:37", "Europe/Brussels")),
        ("Message-ID", "<VI1PR08MB3310A7D4E2C5B0F9A1E3C6D8B2F41@VI1PR08MB3310.eurprd08.prod.outlook.com>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(31), family="proposed_not_confirmed", lang="fr-BE", interview=False, company="Carrières Dumoulin",
      note="Belgian hiring manager proposes 'mardi à 10h' or 'mercredi après-midi' and asks which suits; nothing confirmed yet (no reply in the thread)",
      days=(("Thu", "2026-10-08"),))
def g31():
    body = t("""
        Bonjour Monsieur Faucher,

        Merci pour votre candidature, que j'ai lue avec beaucoup d'intérêt. Je souhaiterais vous
        rencontrer pour en discuter, en visio dans un premier temps.

        Est-ce que mardi prochain à 10h vous conviendrait ? Sinon, je suis également libre
        mercredi après-midi. Dites-moi ce qui vous arrange le mieux et je vous enverrai une
        invitation Teams.

        Bien à vous,

        Olivier Dumoulin
        Directeur technique
        Carrières & Fours Dumoulin SA
        Chaussée de Bruxelles 212 – 7500 Tournai
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.dumoulin.be (smtp.dumoulin.be [193.191.216.44])", "2026-10-08 15:26:50", "Europe/Brussels", "4hfY1p6Gw0z3"),
        ("From", "Olivier Dumoulin <olivier.dumoulin@dumoulin.be>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", enc("Votre candidature - ingénieur process")),
        ("Date", date("2026-10-08 15:26:50", "Europe/Brussels")),
        ("Message-ID", "<7b41e0c2-3a95-4d18-b6f2-c8e9d0a1b2f3@dumoulin.be>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, cte="8bit", params="format=flowed"))


@mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
      note="Public employment agency confirms an 'entretien de suivi' with the user's adviser on 'mardi 29 septembre 2026 à 9h15': a fixed time, but an unemployment-office appointment, not a job interview",
      days=(("Tue", "2026-09-29"),))
def g32():
    body = t("""
        Bonjour Monsieur FAUCHER Julien,

        Vous avez rendez-vous avec votre conseiller(ère) :

        Objet : Entretien de suivi personnalisé
        Date : mardi 29 septembre 2026 à 9h15
        Modalité : à l'agence
        Adresse : Agence Emploi Limoges Nord, 14 avenue du Général Leclerc, 87000 Limoges
        Conseillère : Mme Corinne Vergnaud

        Pensez à vous munir de votre CV à jour et de votre pièce d'identité.

        En cas d'empêchement, prévenez-nous au moins 48 h à l'avance depuis votre espace
        personnel ou au 3949. Une absence non justifiée peut entraîner une radiation.

        Votre agence pour l'emploi

        Ce message vous est envoyé automatiquement, merci de ne pas y répondre.
        """)
    return message([
        ("Delivered-To", ME),
        rcv("relais-mail.agence-emploi-limousin.fr (relais-mail.agence-emploi-limousin.fr [185.24.186.7])", "2026-09-21 06:15:00", PARIS, "4hS8Gx2Tq7z0"),
        ("From", "Agence Emploi Limoges Nord <ne-pas-repondre@agence-emploi-limousin.fr>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Convocation : entretien de suivi le 29/09/2026"),
        ("Date", date("2026-09-21 06:15:00", PARIS)),
        ("Message-ID", "<convoc.87L0N.4419302.20260921@agence-emploi-limousin.fr>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
           html("<html><body><pre style=\"font-family:Arial\">" + body.replace("&", "&amp;") + "</pre></body></html>\n",
                charset="iso-8859-1")))


@mail(n(33), family="press_interview", lang="fr", interview=False, company=None,
      note="A local journalist confirms a phone interview with the user 'jeudi 8 octobre à 11h' for an article on the porcelain industry: a fixed time, but a press interview, not a job interview",
      days=(("Thu", "2026-10-08"),))
def g33():
    body = t("""
        Bonjour Julien,

        Merci d'avoir accepté de répondre à mes questions pour notre dossier « La porcelaine de
        Limoges face au prix du gaz ». Je vous confirme notre interview téléphonique jeudi 8
        octobre à 11h, je vous appellerai sur votre portable (06 ·· ·· ·· 41). Comptez une
        demi-heure environ.

        Comme convenu, vous vous exprimez à titre personnel, en tant qu'ingénieur procédés, et
        votre employeur ne sera pas cité. Je vous enverrai vos citations pour relecture avant
        publication.

        Bonne journée,

        Léa Chastagnol
        Journaliste - L'Écho du Limousin
        Rubrique Économie
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.echo-limousin.fr (smtp.echo-limousin.fr [46.105.38.91])", "2026-10-05 14:03:22", PARIS, "4hcQ5n8Br2z6"),
        ("From", addr("Léa Chastagnol", "l.chastagnol@echo-limousin.fr")),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Interview pour notre dossier porcelaine - jeudi 11h"),
        ("Date", date("2026-10-05 14:03:22", PARIS)),
        ("Message-ID", "<d1f0a4b7-6c2e-41e8-9a53-0b7c8e2f1d64@echo-limousin.fr>"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ], text(body, cte="8bit"))


@mail(n(34), family="podcast", lang="en", interview=False, company=None,
      note="A ceramics-engineering podcast host confirms a recording session with the user as guest, 'Wednesday 14 October, 17:00 CEST', with an ICS invite: a fixed time, but a podcast interview, not a job interview",
      days=(("Wed", "2026-10-14"),))
def g34():
    body = t("""
        Hi Julien,

        Great news - you're booked as our guest for episode 58 of Fired Up, the podcast for
        people who make things in kilns! Recording details:

        Date: Wednesday 14 October
        Time: 17:00 CEST (16:00 UK) - we usually record for 50 minutes, plus a 10-minute sound check
        Studio: https://riverside.fm/studio/fired-up-ep58

        Topic: "Firing curves, gas prices and the future of French porcelain" - an informal
        interview, I'll send the question outline on Monday. A headset mic makes a huge difference!

        The calendar invite is attached.

        Cheers,
        Tom Aldridge
        Host, Fired Up podcast
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//macOS 15.4//EN\nMETHOD:REQUEST\nCALSCALE:GREGORIAN\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:9E2C4A6B-1D3F-4E5A-8B7C-0D9E1F2A3B4C
        DTSTAMP:20261007T091544Z
        DTSTART;TZID=Europe/Paris:20261014T170000
        DTEND;TZID=Europe/Paris:20261014T180000
        SUMMARY:Fired Up ep. 58 recording - Julien Faucher
        LOCATION:https://riverside.fm/studio/fired-up-ep58
        ORGANIZER;CN=Tom Aldridge:mailto:tom@firedup-podcast.co.uk
        ATTENDEE;CN=Julien Faucher;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.faucher@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])", "2026-10-07 10:15:44", "Europe/London", "4hdT0r3Nc8z5"),
        ("From", "Tom Aldridge <tom@firedup-podcast.co.uk>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", "You're booked! Fired Up ep. 58 - recording Wed 14 Oct"),
        ("Date", date("2026-10-07 10:15:44", "Europe/London")),
        ("Message-ID", "<3F8A1C2E-7B9D-4E0F-A6B5-C4D3E2F1A0B9@firedup-podcast.co.uk>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ], mixed(text(body), calendar(ics, filename="Fired Up ep58.ics", disposition="attachment", cte="quoted-printable")))


@mail(n(35), family="admission_interview", lang="en", interview=False, company=None,
      note="Executive MBA admissions interview confirmed 'Saturday 21 November 2026 at 10:00 (CET)' by a business school: a fixed time, but a school admission interview, not a job interview",
      days=(("Sat", "2026-11-21"),))
def g35():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1c2b39">
        <table width="620" align="center"><tr><td>
        <p style="font-size:12px;letter-spacing:2px;color:#8a6d3b">ATLANTIQUE BUSINESS SCHOOL · EXECUTIVE EDUCATION</p>
        <p>Dear Mr Faucher,</p>
        <p>Thank you for completing your application to the <b>Executive MBA – Industrial Leadership track</b> (Bordeaux, intake January 2027).</p>
        <p>We are pleased to confirm your <b>admissions interview</b>:</p>
        <p style="border-left:3px solid #8a6d3b;padding-left:12px">Saturday 21 November 2026 at 10:00 (CET)<br>
        Panel: Prof. Isabelle Marchetti (Academic Director) and an alumnus of the programme<br>
        Format: video interview (Zoom) – the link will be sent 48 hours before</p>
        <p>The interview lasts 30 minutes and is followed by a short presentation of your leadership project. Please have your ID at hand.</p>
        <p>With kind regards,<br>Admissions Office – Executive MBA<br>Atlantique Business School, Bordeaux</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail.abs-bordeaux.edu (mail.abs-bordeaux.edu [193.52.108.16])", "2026-11-12 15:22:08", PARIS, "4iw1Fk7Rm3z2"),
        ("From", "Executive MBA Admissions <emba-admissions@abs-bordeaux.edu>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Executive MBA - confirmation of your admissions interview"),
        ("Date", date("2026-11-12 15:22:08", PARIS)),
        ("Message-ID", "<202611121422.emba.55821@abs-bordeaux.edu>"),
    ], html(page, cte="quoted-printable"))


@mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
      note="Rugby club (veterans) confirms a try-out session 'samedi 10 à 10h30' to a new player, tutoiement; fixed time, not a job interview",
      days=(("Sat", "2026-10-10"),))
def g36():
    body = t("""
        Salut Julien,

        Super que tu veuilles reprendre ! Comme dit au tel, viens faire une séance d'essai avec
        les vétérans samedi 10 à 10h30 au stade de Beaublanc (terrain annexe, derrière les
        tribunes). Prends tes crampons et un short, on te prête un maillot.

        Si ça te plaît on fera la licence après, le certificat médical n'est pas nécessaire pour
        l'essai.

        Allez, à samedi !
        Seb - éducateur vétérans, RC des Bénédictins
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])", "2026-10-06 22:41:17", PARIS, "4hdA6v1Yq5z8"),
        ("From", "Sebastien Bouyssou <seb.bouyssou@example.com>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", enc("Séance d'essai samedi")),
        ("Date", date("2026-10-06 22:41:17", PARIS)),
        ("Message-ID", "<CAPq9rT1s8Kf2vYbX7m0@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(37), family="car_service", lang="fr", interview=False, company=None,
      note="Garage confirms a car service appointment 'mardi 13 octobre à 8h45'; fixed time, not an interview",
      days=(("Tue", "2026-10-13"),))
def g37():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <div style="background:#c8102e;color:#fff;padding:10px;font-weight:bold">GARAGE RENAUDIE - Limoges Landouge</div>
        <p>Bonjour M. FAUCHER,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <ul>
        <li><b>Date :</b> mardi 13 octobre 2026</li>
        <li><b>Heure de dépôt :</b> 8h45</li>
        <li><b>Véhicule :</b> Peugeot 308 SW - immatriculation GT-418-KZ</li>
        <li><b>Prestation :</b> révision 60 000 km + plaquettes avant</li>
        </ul>
        <p>Un véhicule de courtoisie est réservé à votre nom. Restitution prévue en fin de journée.</p>
        <p>Pour modifier votre rendez-vous : 05 55 01 36 72.</p>
        <p>L'équipe du Garage Renaudie</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp-relay.sendinblue.com (smtp-relay.sendinblue.com [185.107.232.240])", "2026-10-09 17:48:30", PARIS, "4hgC2q4Wt7z1"),
        ("From", "Garage Renaudie <rdv@garage-renaudie.fr>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Confirmation de votre rendez-vous atelier du 13/10"),
        ("Date", date("2026-10-09 17:48:30", PARIS)),
        ("Message-ID", "<202610091548.61237@smtp-relay.mailin.fr>"),
    ], html(page, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(38), family="tax_office", lang="fr", interview=False, company=None,
      note="Tax office confirms a phone appointment 'jeudi 17 septembre 2026 à 14h00' about income tax after a job change; fixed time, not an interview",
      days=(("Thu", "2026-09-17"),))
def g38():
    body = t("""
        Madame, Monsieur,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des impôts des particuliers de Limoges
        Motif : Prélèvement à la source - changement de situation professionnelle
        Type de rendez-vous : téléphonique
        Date : jeudi 17 septembre 2026 à 14h00
        Numéro auquel vous serez rappelé : 06 ** ** ** 41

        Un agent vous appellera à l'heure indiquée. Pensez à vous munir de votre numéro fiscal et
        de votre dernier avis d'imposition.

        Pour annuler ce rendez-vous, connectez-vous à votre espace particulier, rubrique
        « Messagerie sécurisée ».

        Ce courriel est généré automatiquement, merci de ne pas y répondre.
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp-rdv.sip-limoges.example.net (smtp-rdv.sip-limoges.example.net [192.0.2.71])", "2026-09-10 09:31:55", PARIS, "4hM5Zt8Dc1z4"),
        ("From", "Prise de rendez-vous SIP Limoges <ne-pas-repondre@rdv.sip-limoges.example.net>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Confirmation de votre rendez-vous"),
        ("Date", date("2026-09-10 09:31:55", PARIS)),
        ("Message-ID", "<rdv.20260910073155.1184230@rdv.sip-limoges.example.net>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(39), family="mock_interview", lang="fr", interview=False, company=None,
      note="Calendly confirmation (French) of a paid 'Simulation d'entretien d'embauche' with a career coach, 'jeudi 22 octobre 2026, 18:00 - 19:00': a fixed time from an interview scheduler, but coaching, not a job interview",
      days=(("Thu", "2026-10-22"),))
def g39():
    body = t("""
        Bonjour Julien Faucher,

        Un nouvel événement a été programmé.

        Type d'événement :
        Simulation d'entretien d'embauche (1 h)

        Invité :
        Julien Faucher

        Date/heure de l'événement :
        18:00 - 19:00 (heure d'Europe centrale), jeudi 22 octobre 2026

        Lieu :
        Google Meet : https://meet.google.com/ugn-rdqp-vwm

        Hébergé par :
        Delphine Arnaud - Cap Reconversion

        Questions :
        Quel entretien préparez-vous ? Réponse : entretien avec un directeur d'usine (poste
        ingénieur procédés), je voudrais travailler les questions techniques et le salaire.

        Besoin de modifier cet événement ?
        Annuler : https://calendly.com/cancellations/2b9e4f71-5c3a-4d08-9e6b-a1c2d3e4f5a6
        Reprogrammer : https://calendly.com/reschedulings/2b9e4f71-5c3a-4d08-9e6b-a1c2d3e4f5a6

        Propulsé par Calendly.com
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail.calendly.com (mail.calendly.com [198.2.180.17])", "2026-10-16 12:07:19", "UTC", "4hk0Rb6Sd4z9"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Delphine Arnaud <delphine@cap-reconversion.fr>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", enc("Confirmé : Simulation d'entretien d'embauche (1 h) avec Delphine Arnaud le jeudi 22 octobre 2026")),
        ("Date", date("2026-10-16 12:07:19", "UTC")),
        ("Message-ID", "<670fab27c1e8d_2c4f8a9b3e1d@calendly-mailer-4a2c.mail>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(40), family="forwarded_other_person", lang="fr", interview=False, company=None,
      note="A friend forwards, as an attached message/rfc822, HIS OWN Teamtailor interview confirmation ('jeudi 24 septembre 2026 à 14h', addressed to thomas.girard@example.net); the user is not the candidate, so negative",
      days=(("Thu", "2026-09-24"),))
def g40():
    inner_page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px">
        <p>Bonjour Thomas,</p>
        <p>Merci d'avoir choisi un créneau : votre entretien pour le poste <strong>Technicien Méthodes Cuisson (H/F)</strong> est confirmé.</p>
        <p>📅 <strong>jeudi 24 septembre 2026 à 14h</strong><br>📍 Céramiques Vauzelle, 41 rue de la Fonderie, 87280 Limoges</p>
        <p>Un empêchement ? Écrivez à Élodie : <a href="mailto:elodie.marchal@ceramiques-vauzelle.fr">elodie.marchal@ceramiques-vauzelle.fr</a></p>
        <p>À très bientôt,<br>L'équipe Céramiques Vauzelle</p>
        </body></html>
        """)
    inner = message([
        ("From", addr("Céramiques Vauzelle", "no-reply@teamtailor-mail.com")),
        ("To", "Thomas Girard <thomas.girard@example.net>"),
        ("Subject", enc("Votre entretien est confirmé – Technicien Méthodes Cuisson (H/F)")),
        ("Date", date("2026-09-16 16:20:05", PARIS)),
        ("Message-ID", "<66e8b1c5d4e3f_7a1b2c3d4e5f6@teamtailor-mail.com>"),
    ], html(inner_page))
    body = t("""
        Salut Ju,

        Regarde ce que j'ai reçu 😄 Vauzelle me convoque aussi, pour le poste de technicien
        méthodes. Toi c'est mardi prochain ton entretien là-bas, non ? Tu me raconteras comment ça
        s'est passé et qui j'ai en face ? Je te paie une bière vendredi 25.

        Thomas
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mout.gmx.net (mout.gmx.net [212.227.17.20])", "2026-09-17 12:55:48", PARIS, "4hQ3Wp9Kb2z7"),
        ("From", "Thomas Girard <thomas.girard@example.net>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", enc("Tr: Votre entretien est confirmé – Technicien Méthodes Cuisson (H/F)")),
        ("Date", date("2026-09-17 12:55:48", PARIS)),
        ("Message-ID", "<trinity-5a7c9e1b-3d2f-4a6b-8c0e-1f2a3b4c5d6e-1789642548112@3c-app-gmx-bs41>"),
    ], mixed(text(body, cte="8bit"), attached_message(inner, filename="Votre entretien est confirme.eml")))


@mail(n(41), family="parent_teacher", lang="fr", interview=False, company=None,
      note="School platform confirms a parent-teacher meeting 'jeudi 19 novembre à 17h15' with the form teacher; fixed time, not an interview",
      days=(("Thu", "2026-11-19"),))
def g41():
    body = t("""
        Collège Jean-Giraudoux - Limoges
        Rencontres parents-professeurs 5e

        Bonjour M. Faucher,

        Votre créneau de rencontre avec Mme Lafarge, professeure principale de la classe de 5e B
        (élève : Faucher Léon), est confirmé :

        jeudi 19 novembre à 17h15 - salle 104 (durée : 10 minutes)

        Merci de respecter l'horaire, les rendez-vous s'enchaînent. Vous pouvez également
        prendre rendez-vous avec d'autres professeurs depuis l'onglet « Rencontres ».

        Ceci est un message automatique de l'ENT, merci de ne pas y répondre.
        """)
    return message([
        ("Delivered-To", ME),
        rcv("ent-mail.college-giraudoux.example.net (ent-mail.college-giraudoux.example.net [192.0.2.140])", "2026-11-12 20:10:02", PARIS, "4iw4Tq0Cm6z3"),
        ("From", addr("ENT Collège Jean-Giraudoux", "ne-pas-repondre@ent.college-giraudoux.example.net")),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Rencontres parents-professeurs : créneau confirmé")),
        ("Date", date("2026-11-12 20:10:02", PARIS)),
        ("Message-ID", "<ent.rencontres.5B.28841.1794510602@ent.college-giraudoux.example.net>"),
    ], text(body, cte="base64"))


@mail(n(42), family="interviewer_invite", lang="fr", interview=False, company=None,
      note="Current employer's HR (auto-forwarded from the work address) invites the USER to sit on the panel interviewing an intern candidate, 'jeudi 12 novembre 2026 14:00-15:00' with an Exchange ICS: a real interview at a fixed time, but the user is the interviewer, not the candidate",
      days=(("Thu", "2026-11-12"),))
def g42():
    body = t("""
        Quand : jeudi 12 novembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : CTL - salle Kaolin (1er étage)

        *~*~*~*~*~*~*~*~*~*

        Bonjour Julien,

        Comme évoqué en réunion de service, peux-tu faire passer avec moi l'entretien de Léa
        Moreau, candidate au stage ingénieur procédés de 6 mois (ENSIL-ENSCI) ? Je t'ai mis son
        CV dans le dossier partagé RH > Stages 2027. 30 min de technique de ton côté, 30 min RH.

        Merci !
        Nadège Peyrat
        Chargée RH - Céramiques Techniques du Limousin
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nadège Peyrat:mailto:nadege.peyrat@ctl-ceramiques.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Faucher:mailto:julien.faucher@ctl-ceramiques.fr
        UID:040000008200E00074C5B7101A82E00800000000F3A1B2C4D56EDC01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F10
        SUMMARY;LANGUAGE=fr-FR:Entretien candidate stage ingénieur procédés - Léa Moreau
        DTSTART;TZID=Romance Standard Time:20261112T140000
        DTEND;TZID=Romance Standard Time:20261112T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261106T083114Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:CTL - salle Kaolin (1er étage)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "julien.faucher@ctl-ceramiques.fr julien.faucher@example.org"),
        rcv("mail.ctl-ceramiques.fr (mail.ctl-ceramiques.fr [80.67.172.35])", "2026-11-06 09:31:14", PARIS, "4iq7Bn3Xs0z6"),
        ("From", addr("Nadège Peyrat", "nadege.peyrat@ctl-ceramiques.fr")),
        ("To", "Julien Faucher <julien.faucher@ctl-ceramiques.fr>"),
        ("Subject", enc("Entretien candidate stage ingénieur procédés - Léa Moreau")),
        ("Date", date("2026-11-06 09:31:14", PARIS)),
        ("Message-ID", "<PAXPR04MB8719A4C2E7F1B3D5A0C9E8B6D2F17@PAXPR04MB8719.eurprd04.prod.outlook.com>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ], alt(text(body, cte="quoted-printable"), calendar(ics, cte="base64")))


@mail(n(43), family="auto_reply", lang="fr", interview=False, company="Groupe Lémovice",
      note="Recruiter's out-of-office (Auto-Submitted: auto-replied) saying scheduled interviews are maintained; no time for the user",
      days=(("Mon", "2026-11-02"), ("Fri", "2026-11-06")))
def g43():
    body = t("""
        Bonjour,

        Je suis absente du lundi 2 au vendredi 6 novembre inclus, sans accès à mes e-mails.

        Les entretiens déjà planifiés sont maintenus et seront assurés par mes collègues. Pour
        toute demande urgente concernant un recrutement, merci d'écrire à
        recrutement@lemovice-groupe.fr.

        Cordialement,
        Aurélie Desbordes
        Chargée de recrutement - Groupe Lémovice
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-fr2.lemovice-groupe.fr (mail-fr2.lemovice-groupe.fr [51.77.94.12])", "2026-11-03 08:14:51", PARIS, "4iq0Hv5Lc9z2"),
        ("From", addr("Aurélie Desbordes", "aurelie.desbordes@lemovice-groupe.fr")),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", enc("Réponse automatique : Candidature Ingénieur(e) Procédés Cuisson")),
        ("Date", date("2026-11-03 08:14:51", PARIS)),
        ("Message-ID", "<AM0PR10MB3458B2C7E4D1F6A9C3B0E5D8A7F12@AM0PR10MB3458.EURPRD10.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAJf8kR9x1Wq5Tn2vY0c@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(44), family="bounce", lang="fr", interview=False, company=None,
      note="Mailer-daemon bounce of the user's own reply ('je vous confirme ma présence jeudi 8 octobre à 14h') to a mistyped recruiter address; a delivery failure report, not a confirmation from an employer",
      days=(("Thu", "2026-10-08"),))
def g44():
    original = t("""
        Bonjour Madame Chabrol,

        Merci beaucoup, je vous confirme ma présence jeudi 8 octobre à 14h à Aubière.

        Bien cordialement,
        Julien Faucher
        """)
    inner = message([
        ("From", ME_H),
        ("To", "Nathalie Chabrol <n.chabrol@ferrand-refractaire.fr>"),
        ("Subject", "Re: RE: Candidature Ingenieur procedes cuisson"),
        ("Date", date("2026-10-01 12:31:07", PARIS)),
        ("Message-ID", "<CAJf8kR3mZ8pLq0Vx4b1@mail.example.org>"),
    ], text(original, cte="8bit"))
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <n.chabrol@ferrand-refractaire.fr>: Host or domain name not found. Name service
            error for name=ferrand-refractaire.fr type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4hZm1Q6Fv3z8
        X-Postfix-Sender: rfc822; julien.faucher@example.org
        Arrival-Date: Thu,  1 Oct 2026 12:31:08 +0200 (CEST)

        Final-Recipient: rfc822; n.chabrol@ferrand-refractaire.fr
        Original-Recipient: rfc822;n.chabrol@ferrand-refractaire.fr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=ferrand-refractaire.fr type=MX: Host not found, try again
        """)
    from make import multipart
    return message([
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@example.org (Mail Delivery System)"),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-01 12:31:09", PARIS)),
        ("Message-ID", "<20261001103109.4hZm1Q6Fv3z8@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report",
                 text(report, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                 raw_part([("Content-Description", "Delivery report"),
                           ("Content-Type", "message/delivery-status")], status),
                 raw_part([("Content-Description", "Undelivered Message"),
                           ("Content-Type", "message/rfc822"),
                           ("Content-Transfer-Encoding", "8bit")], inner.decode("utf-8")),
                 params="report-type=delivery-status"))


@mail(n(45), family="marketing_webinar", lang="fr", interview=False, company=None,
      note="Engineers' network webinar 'Réussir son entretien d'embauche dans l'industrie', 'mardi 3 novembre de 12h30 à 13h30', with an ICS: fixed time, but a webinar, not a job interview",
      days=(("Tue", "2026-11-03"),))
def g45():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#223">
        <p><img src="https://www.reseau-ingenieurs-limousin.fr/img/logo-ril.png" alt="RIL" width="120"></p>
        <p>Bonjour Julien,</p>
        <p>Votre inscription est confirmée pour notre webinaire :</p>
        <h3 style="color:#0b5394">« Réussir son entretien d'embauche dans l'industrie : ce que regardent vraiment les recruteurs »</h3>
        <p><b>mardi 3 novembre de 12h30 à 13h30</b> – en ligne (Zoom Webinar)<br>
        Intervenants : Mathilde Roux (cabinet Talentis Industrie) et Karim Benali (DRH d'un équipementier)</p>
        <p>Le lien de connexion personnel vous sera envoyé la veille. L'invitation est jointe pour votre agenda.</p>
        <p>Réseau des Ingénieurs du Limousin – association loi 1901</p>
        <p style="font-size:11px;color:#888"><a href="https://www.reseau-ingenieurs-limousin.fr/desinscription">Se désinscrire</a></p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//RIL//Evenements//FR\nMETHOD:PUBLISH\n" + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:webinaire-entretien-20261103@reseau-ingenieurs-limousin.fr
        DTSTAMP:20261027T100000Z
        DTSTART;TZID=Europe/Paris:20261103T123000
        DTEND;TZID=Europe/Paris:20261103T133000
        SUMMARY:Webinaire RIL - Réussir son entretien d'embauche dans l'industrie
        LOCATION:Zoom Webinar
        ORGANIZER;CN=Réseau des Ingénieurs du Limousin:mailto:evenements@reseau-ingenieurs-limousin.fr
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail.reseau-ingenieurs-limousin.fr (mail.reseau-ingenieurs-limousin.fr [92.243.6.118])", "2026-10-27 11:00:12", PARIS, "4hwX8k2Pd5z0"),
        ("From", addr("Réseau des Ingénieurs du Limousin", "evenements@reseau-ingenieurs-limousin.fr")),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Inscription confirmée : webinaire « Réussir son entretien d'embauche » – 3 nov.")),
        ("Date", date("2026-10-27 11:00:12", PARIS)),
        ("Message-ID", "<ril.webinar.1103.2231@reseau-ingenieurs-limousin.fr>"),
        ("List-Unsubscribe", "<https://www.reseau-ingenieurs-limousin.fr/desinscription>"),
    ], mixed(html(page), calendar(ics, method="PUBLISH", filename="webinaire.ics",
                                  disposition="attachment", cte="quoted-printable")))


@mail(n(46), family="bank_appointment", lang="fr", interview=False, company=None,
      note="Bank confirms a mortgage appointment with an adviser 'vendredi 4 décembre à 17h30' (the user may move to Bordeaux); fixed time, not an interview",
      days=(("Fri", "2026-12-04"),))
def g46():
    body = t("""
        Bonjour Monsieur Faucher,

        Nous avons le plaisir de vous confirmer votre rendez-vous :

        Objet : Projet immobilier - étude de financement
        Avec : Fabien Maury, conseiller habitat
        Le : vendredi 4 décembre à 17h30
        Agence : Crédit Limousin, Limoges Carnot, 6 place Carnot, 87000 Limoges

        Pour préparer cet entretien, merci de vous munir de vos trois derniers bulletins de
        salaire, de votre dernier avis d'imposition et, le cas échéant, de votre promesse
        d'embauche ou de votre nouveau contrat de travail.

        À bientôt dans votre agence,
        Crédit Limousin

        Ce message est envoyé depuis une adresse qui ne peut recevoir de réponse.
        """)
    return message([
        ("Delivered-To", ME),
        rcv("emailing.credit-limousin.example.com (emailing.credit-limousin.example.com [198.51.100.23])", "2026-11-27 12:20:45", PARIS, "4j4Fh1Ts8Kz3"),
        ("From", addr("Crédit Limousin", "noreply@credit-limousin.example.com")),
        ("To", "julien.faucher@example.org"),
        ("Subject", "Confirmation de votre rendez-vous du 04/12"),
        ("Date", date("2026-11-27 12:20:45", PARIS)),
        ("Message-ID", "<rdv-88441720-20261127112045@credit-limousin.example.com>"),
    ], alt(text(body, charset="iso-8859-1", cte="base64"),
           html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n",
                charset="iso-8859-1", cte="base64")))


@mail(n(47), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Current employer's weekly production stand-up (Exchange, recurring every Monday 8:30, RRULE) auto-forwarded to the personal inbox; not an interview")
def g47():
    body = t("""
        Quand : Se produit tous les lundi de 08:30 à 08:50 à compter du 07/09/2026 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Atelier cuisson - bureau chef d'équipe / Teams

        *~*~*~*~*~*~*~*~*~*

        Point hebdo four T3 : arrêts, rebuts, planning de la semaine. 20 minutes max, debout.
        Julien, tu présentes les courbes de cuisson.

        Réunion Microsoft Teams
        Rejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTIzNDU2%40thread.v2/0
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gérald Nexon:mailto:gerald.nexon@ctl-ceramiques.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Faucher:mailto:julien.faucher@ctl-ceramiques.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipe Cuisson:mailto:equipe.cuisson@ctl-ceramiques.fr
        RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC0100000000000000001000000011223344556677889900AABBCCDDEEFF
        SUMMARY;LANGUAGE=fr-FR:Point hebdo four T3
        DTSTART;TZID=Romance Standard Time:20260907T083000
        DTEND;TZID=Romance Standard Time:20260907T085000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260904T141207Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Atelier cuisson - bureau chef d'équipe / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "julien.faucher@ctl-ceramiques.fr julien.faucher@example.org"),
        rcv("mail.ctl-ceramiques.fr (mail.ctl-ceramiques.fr [80.67.172.35])", "2026-09-04 16:12:07", PARIS, "4hJ2Vc7Nq1z5"),
        ("From", addr("Gérald Nexon", "gerald.nexon@ctl-ceramiques.fr")),
        ("To", "Equipe Cuisson <equipe.cuisson@ctl-ceramiques.fr>"),
        ("Subject", "Point hebdo four T3"),
        ("Date", date("2026-09-04 16:12:07", PARIS)),
        ("Message-ID", "<PAXPR04MB8719C1D2E3F4A5B6C7D8E9F0A1B23@PAXPR04MB8719.eurprd04.prod.outlook.com>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ], alt(text(body, cte="quoted-printable"), calendar(ics, cte="base64")))


@mail(n(48), family="survey_visit", lang="fr", interview=False, company=None,
      note="Labour-force survey interviewer confirms her home visit 'mercredi 14 octobre à 18h' for an 'entretien d'une vingtaine de minutes' about employment: fixed time and the word entretien, but a statistical survey, not a job interview",
      days=(("Wed", "2026-10-14"),))
def g48():
    body = t("""
        Bonjour Monsieur Faucher,

        Suite à notre conversation téléphonique, je vous confirme mon passage à votre domicile le
        mercredi 14 octobre à 18h pour l'enquête sur l'emploi et le chômage, pour laquelle votre
        logement a été tiré au sort. L'entretien dure une vingtaine de minutes ; les questions
        portent sur votre situation professionnelle et votre recherche d'emploi éventuelle.

        Les réponses sont confidentielles et servent uniquement à produire des statistiques.

        Je serai munie de ma carte officielle d'enquêtrice.

        Cordialement,

        Martine Dubreuil
        Enquêtrice - Enquête Emploi, direction régionale Nouvelle-Aquitaine
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.enquetes-statistiques.example.net (smtp.enquetes-statistiques.example.net [203.0.113.45])", "2026-10-07 13:40:18", PARIS, "4hdN2w8Qk6z1"),
        ("From", "Martine Dubreuil <martine.dubreuil@enquetes-statistiques.example.net>"),
        ("To", "julien.faucher@example.org"),
        ("Subject", enc("Enquête Emploi - confirmation de mon passage le 14 octobre")),
        ("Date", date("2026-10-07 13:40:18", PARIS)),
        ("Message-ID", "<20261007114018.GA18842@enquetes-statistiques.example.net>"),
        ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(49), family="post_interview", lang="fr", interview=False, company="Ferrand Réfractaires",
      note="Day-after thank-you from the recruiter following the 8 October interview; 'nous reviendrons vers vous la semaine du 19' is no appointment",
      days=(("Mon", "2026-10-19"),))
def g49():
    body = t("""
        Bonjour Monsieur Faucher,

        Merci encore pour votre venue hier à Aubière. M. Imbert a beaucoup apprécié nos échanges
        et la visite des fours tunnel.

        Nous rencontrons encore deux candidats la semaine prochaine et reviendrons vers vous la
        semaine du 19 pour vous faire part de notre décision.

        Bien cordialement,

        Nathalie Chabrol
        Responsable Ressources Humaines
        Ferrand Réfractaires - 04 73 28 61 90
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.ferrand-refractaires.fr (smtp.ferrand-refractaires.fr [62.210.144.18])", "2026-10-09 09:22:47", PARIS, "4hgZ7m3Rb5z9"),
        ("From", "Nathalie Chabrol <n.chabrol@ferrand-refractaires.fr>"),
        ("To", ME_H),
        ("Subject", "Suite a notre entretien"),
        ("Date", date("2026-10-09 09:22:47", PARIS)),
        ("Message-ID", "<001f01dc57f3$1b2c3d40$51868fc0$@ferrand-refractaires.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


@mail(n(50), family="friend_mock_request", lang="fr", interview=False, company=None,
      note="A friend asks the user to run a mock interview with him 'jeudi soir vers 20h' before HIS OWN interview 'lundi 7 à 9h' at Aquitherm; neither is the user's job interview",
      days=(("Mon", "2026-12-07"), ("Thu", "2026-12-03")))
def g50():
    body = t("""
        Salut Ju !

        Service à te demander : j'ai enfin décroché un entretien chez Aquitherm à Mérignac, lundi 7
        à 9h (poste de technicien R&D, les mêmes que toi en octobre je crois). Tu pourrais me faire
        passer un entretien blanc jeudi soir vers 20h en visio ? Genre tu joues le chef de labo
        méchant, tu me poses les questions techniques qu'ils t'ont posées.

        Je ramène une bouteille la prochaine fois 🍷

        Kevin

        Envoyé depuis mon Galaxy
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-pf1-f178.google.com (mail-pf1-f178.google.com [209.85.210.178])", "2026-12-01 19:47:33", PARIS, "4j5Qn4Dx2Wz7"),
        ("From", "Kevin Lagarde <kevin.lagarde@example.com>"),
        ("To", "Julien Faucher <julien.faucher@example.org>"),
        ("Subject", "petit service (entretien blanc)"),
        ("Date", date("2026-12-01 19:47:33", PARIS)),
        ("Message-ID", "<fc2a8e1b-5d4c-4b3a-9e7f-0a1b2c3d4e5f@email.android.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))
