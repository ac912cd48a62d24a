"""blind93: 50 hand-written mails from the inbox of Camille Rossi, a marketing analyst in Nice.

Registered into make.REGISTRY["blind93"]; build and check with

    python3 bench/heldout/make_blind.py blind93

Written blind (without reading the detector, its tests or the other held-out sets). The mail
written key-th is blind93_{ORDER[key-1]:03d}.eml; keys 1-23 are positives, 24-50 negatives.
All companies and people are fictional.
"""

from __future__ import annotations

import base64
import random
from html import escape

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

ORDER = random.Random(93093).sample(range(1, 51), 50)

ME_ADDR = "camille.rossi@example.org"
ME = addr("Camille Rossi", ME_ADDR)
MX = "mx1.example.org (Postfix) with ESMTPS id"
PARIS = "Europe/Paris"


def n(key: int) -> str:
    return f"blind93_{ORDER[key - 1]:03d}"


def rcv(frm: str, when: str, zone: str, qid: str, lag: int = 3) -> str:
    return received(frm, when, zone, f"{MX} {qid}", ME_ADDR, lag)


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", PARIS), end=utc("2026-09-15 10:45", PARIS),
      contact="megan.osullivan@heliotrope-analytics.com", company="Heliotrope Analytics",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=PARIS,
      note="Greenhouse confirmation from a no-reply relay; body '10:00 AM - 10:45 AM CEST' (Paris, "
           "UTC+2 in September) -> 08:00-08:45Z; the ICS carries the same instant in UTC. "
           "Contact = human Reply-To recruiter (also ORGANIZER).")
def p01() -> bytes:
    body = t("""
        Hi Camille,

        Thanks for taking the time to speak with us. Your interview for the Marketing Analyst
        (Growth) role at Heliotrope Analytics has been scheduled:

        Tuesday, September 15th, 2026
        10:00 AM - 10:45 AM CEST

        Location: Google Meet - https://meet.google.com/hpx-wqzr-tvk
        Interviewer: Tom Varga, Head of Growth

        Tom will walk you through a short case on paid-social attribution, so have a laptop
        handy. If you need to make any changes, just reply to this email.

        Best,
        Megan O'Sullivan
        Talent Partner, Heliotrope Analytics
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Camille,</p>
        <p>Thanks for taking the time to speak with us. Your interview for the <b>Marketing Analyst
        (Growth)</b> role at Heliotrope Analytics has been scheduled:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Tuesday, September 15th, 2026<br>10:00 AM - 10:45 AM CEST</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/hpx-wqzr-tvk">Google Meet</a></td></tr>
        <tr><td><b>Interviewer</b></td><td>Tom Varga, Head of Growth</td></tr>
        </table>
        <p>Tom will walk you through a short case on paid-social attribution, so have a laptop
        handy. If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Megan O'Sullivan<br>Talent Partner, Heliotrope Analytics</p>
        <img src="https://app.greenhouse.io/email_open/7f3c2a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:interview-31877264-ghs@greenhouse.io
        DTSTAMP:20260910T142213Z
        DTSTART:20260915T080000Z
        DTEND:20260915T084500Z
        SUMMARY:Interview: Camille Rossi / Marketing Analyst (Growth) - Heliotrope Analytics
        LOCATION:https://meet.google.com/hpx-wqzr-tvk
        ORGANIZER;CN=Megan O'Sullivan:mailto:megan.osullivan@heliotrope-analytics.com
        ATTENDEE;CN=Camille Rossi;RSVP=TRUE:mailto:camille.rossi@example.org
        ATTENDEE;CN=Tom Varga:mailto:tom.varga@heliotrope-analytics.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-09-10 16:22"
    headers = [
        ("Received", rcv("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [198.51.100.27])",
                         sent, PARIS, "4G9xQm1Lz2")),
        ("From", "Heliotrope Analytics <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Megan O'Sullivan <megan.osullivan@heliotrope-analytics.com>"),
        ("To", ME),
        ("Subject", "Interview Confirmation: Marketing Analyst (Growth) - Heliotrope Analytics"),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<0100019a2f7c3d1e-5b1f8a2e-7c44-4f0e-9d3b-1a2b3c4d5e6f-000000@email.amazonses.com>"),
        ("X-SES-Outgoing", "2026.09.10-54.240.8.21"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:30", "Europe/Rome"), end=utc("2026-09-24 15:15", "Europe/Rome"),
      contact="giulia.ferraro@vantaggioretail.it", company="Vantaggio Retail",
      local="Thu 2026-09-24 14:30", local_end="2026-09-24 15:15", zone="Europe/Rome",
      note="Lever confirmation for a Milan retailer, written in English; '2:30pm - 3:15pm Central European "
           "Summer Time (Rome)' = UTC+2 -> 12:30-13:15Z. From is a Lever no-reply with the recruiter's "
           "display name; contact = Reply-To.")
def p02() -> bytes:
    body = t("""
        Hi Camille,

        This is a confirmation of your upcoming interview with Vantaggio Retail.

        Role: Marketing Data Analyst - Loyalty & CRM
        When: Thursday, September 24, 2026, 2:30pm - 3:15pm Central European Summer Time (Rome)
        Where: Microsoft Teams (link below)
        With: Davide Colombo (CRM Lead), Giulia Ferraro (Talent Acquisition)

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_VnRnZ2FyZG8x%40thread.v2/0

        Davide is based in our Milan office; the conversation will be in English, and he may
        switch to Italian for a few minutes if you're comfortable with it (no pressure!).

        If anything changes, reply to this email and it will reach me directly.

        Giulia Ferraro
        Vantaggio Retail S.p.A.
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial;font-size:15px;color:#333">
        <p>Hi Camille,</p>
        <p>This is a confirmation of your upcoming interview with Vantaggio Retail.</p>
        <p><strong>Role:</strong> Marketing Data Analyst - Loyalty &amp; CRM<br>
        <strong>When:</strong> Thursday, September 24, 2026, 2:30pm - 3:15pm Central European Summer Time (Rome)<br>
        <strong>Where:</strong> Microsoft Teams (<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_VnRnZ2FyZG8x%40thread.v2/0">join</a>)<br>
        <strong>With:</strong> Davide Colombo (CRM Lead), Giulia Ferraro (Talent Acquisition)</p>
        <p>Davide is based in our Milan office; the conversation will be in English, and he may
        switch to Italian for a few minutes if you&#39;re comfortable with it (no pressure!).</p>
        <p>If anything changes, reply to this email and it will reach me directly.</p>
        <p>Giulia Ferraro<br>Vantaggio Retail S.p.A.</p>
        <p style="font-size:11px;color:#999">Sent via Lever &middot; <a href="https://hire.lever.co/privacy">Privacy</a></p>
        </div>
        """)
    sent = "2026-09-18 11:05"
    headers = [
        ("Received", rcv("from mail-a8.hire.lever.co (mail-a8.hire.lever.co [203.0.113.88])",
                         sent, "Europe/Rome", "4GBn2s0VfT")),
        ("From", "Giulia Ferraro <no-reply@hire.lever.co>"),
        ("Reply-To", "Giulia Ferraro <giulia.ferraro@vantaggioretail.it>"),
        ("To", ME),
        ("Subject", "Confirmed: your interview with Vantaggio Retail on Thu, Sep 24"),
        ("Date", date(sent, "Europe/Rome")),
        ("Message-ID", "<lvr.6e1b0c7a-22d4-4f71-a1f0-0c8b2e9d41aa@hire.lever.co>"),
    ]
    return message(headers, alt(text(body), html(page, cte="base64")))


@mail(n(3), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", PARIS), end=None,
      contact="sophie.lambert@azur-talents.fr", company="Riviera Hôtels Collection",
      local="Tue 2026-09-22 14:00", zone=PARIS,
      note="Recruitment-agency consultant confirms 'demain à 14h' with the client; Date is Mon 21 Sep 2026 "
           "(Paris) so demain = Tue 22 Sep, 14:00 CEST -> 12:00Z. 'environ une heure' is approximate -> "
           "end null. Company = the hiring client, contact = the consultant who sent it. Thread with the "
           "proposal in another mail of this set.")
def p03() -> bytes:
    body = t("""
        Bonjour Camille,

        Parfait, c'est confirmé pour demain à 14h avec M. Garnier, directeur marketing de
        Riviera Hôtels Collection, à leur siège : 12 promenade des Anglais, 4e étage (demandez
        l'accueil « Direction commerciale »).

        L'entretien devrait durer environ une heure. Il vous demandera sûrement de présenter un
        exemple d'étude que vous avez menée, n'hésitez pas à venir avec un support imprimé.

        Je vous appelle après-demain pour faire le point.

        Bien cordialement,

        Sophie Lambert
        Consultante recrutement - Azur Talents Conseil
        06 71 22 48 90

        -----Message d'origine-----
        De : Camille Rossi <camille.rossi@example.org>
        Envoyé : vendredi 18 septembre 2026 09:41
        À : Sophie Lambert <sophie.lambert@azur-talents.fr>
        Objet : Re: Poste Analyste marketing - Riviera Hôtels Collection

        Bonjour Sophie,

        Merci pour votre retour ! Le mardi 22 à 14h me convient très bien.

        Bonne journée,
        Camille
        """)
    sent = "2026-09-21 11:48"
    headers = [
        ("Received", rcv("from smtp.azur-talents.fr (smtp.azur-talents.fr [192.0.2.61])",
                         sent, PARIS, "4GCp8w3Rk1")),
        ("From", "Sophie Lambert <sophie.lambert@azur-talents.fr>"),
        ("To", ME),
        ("Subject", enc("RE: Poste Analyste marketing - Riviera Hôtels Collection", "iso-8859-1")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<000a01dd2a9f$4c1e2b30$e45a8190$@azur-talents.fr>"),
        ("In-Reply-To", "<b2c7e1f0-3a9d-4c88-9e12-6f5d0a7b8c11@example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHbKp9MHisweHqtS0+fYk1oOa2Kjw=="),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-06 09:30", PARIS), end=utc("2026-10-06 10:30", PARIS),
      contact="nadia.benali@gma-assurances.fr", company="Groupe Méditerranée Assurances",
      local="Tue 2026-10-06 09:30", local_end="2026-10-06 10:30", zone=PARIS,
      note="Workday notification (HTML only, from the tenant's myworkday.com mailbox) for an on-site "
           "interview in Marseille: 'mardi 6 octobre 2026, de 9h30 à 10h30 (heure de Paris)' = CEST -> "
           "07:30-08:30Z. Contact = the recruiter's address in the body.")
def p04() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Invitation à un entretien</title></head>
        <body style="margin:0;background:#f3f4f6">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#1f2937">
        <tr><td style="background:#0b4f6c;padding:16px;color:#fff;font-size:18px">Groupe Méditerranée Assurances</td></tr>
        <tr><td style="padding:24px">
        <p>Bonjour Camille Rossi,</p>
        <p>Nous avons le plaisir de vous inviter à un entretien pour le poste
        <b>Chargé(e) d'études marketing (R-04417)</b>.</p>
        <p><b>Date :</b> mardi 6 octobre 2026<br>
        <b>Horaire :</b> de 9h30 à 10h30 (heure de Paris)<br>
        <b>Lieu :</b> 41 boulevard des Dames, 13002 Marseille - accueil du bâtiment B<br>
        <b>Interlocuteurs :</b> Nadia Benali (Talent Acquisition) et Pierre-Yves Castel (Responsable Études clients)</p>
        <p>Merci de vous munir d'une pièce d'identité pour l'accès au bâtiment.</p>
        <p>Pour toute question, contactez Nadia Benali :
        <a href="mailto:nadia.benali@gma-assurances.fr">nadia.benali@gma-assurances.fr</a>.</p>
        <p>Vous pouvez consulter le statut de votre candidature dans votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/gma/carrieres">espace candidat</a>.</p>
        <p>Cordialement,<br>L'équipe Recrutement</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#6b7280">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    sent = "2026-09-30 09:12"
    headers = [
        ("Received", rcv("from mail-out3.myworkday.com (mail-out3.myworkday.com [198.51.100.140])",
                         sent, PARIS, "4GHd0pX7mQ")),
        ("From", addr("Groupe Méditerranée Assurances", "gma@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Invitation à un entretien – Chargé(e) d'études marketing (R-04417)")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<1845372219.58203.1790752320114@wd3-impl-prod-mta2.myworkday.com>"),
    ]
    return message(headers, html(page))


@mail(n(5), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-08 11:00", PARIS), end=utc("2026-10-08 11:45", PARIS),
      contact="lea.marchand@ardoise-cie.fr", company="Ardoise & Cie",
      local="Thu 2026-10-08 11:00", local_end="2026-10-08 11:45", zone=PARIS,
      note="Teamtailor confirmation for a Lyon company: 'jeudi 8 octobre à 11:00 (heure de Paris)', "
           "'Durée : 45 minutes' is exact -> 09:00-09:45Z (CEST); ICS TZID Europe/Paris agrees. "
           "Contact = Reply-To recruiter.")
def p05() -> bytes:
    body = t("""
        Bonjour Camille,

        Votre entretien avec Ardoise & Cie est confirmé !

        Poste : Analyste marketing & CRM (Lyon / hybride)
        Date : jeudi 8 octobre 2026
        Heure : 11:00 (heure de Paris)
        Durée : 45 minutes
        Lieu : visioconférence Google Meet - https://meet.google.com/kdu-ttrb-zpa

        Vous rencontrerez Léa Marchand (recrutement) et Baptiste Roux (Head of CRM).

        Besoin de modifier le créneau ? Répondez simplement à ce message.

        À très vite,
        L'équipe Ardoise & Cie

        --
        Envoyé avec Teamtailor
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222">
        <h2 style="font-weight:600">Votre entretien est confirmé !</h2>
        <p>Bonjour Camille,</p>
        <p>Votre entretien avec <b>Ardoise &amp; Cie</b> est confirmé.</p>
        <ul>
        <li><b>Poste :</b> Analyste marketing &amp; CRM (Lyon / hybride)</li>
        <li><b>Date :</b> jeudi 8 octobre 2026</li>
        <li><b>Heure :</b> 11:00 (heure de Paris)</li>
        <li><b>Durée :</b> 45 minutes</li>
        <li><b>Lieu :</b> <a href="https://meet.google.com/kdu-ttrb-zpa">Google Meet</a></li>
        </ul>
        <p>Vous rencontrerez Léa Marchand (recrutement) et Baptiste Roux (Head of CRM).</p>
        <p>Besoin de modifier le créneau ? Répondez simplement à ce message.</p>
        <p>À très vite,<br>L'équipe Ardoise &amp; Cie</p>
        <p style="color:#999;font-size:11px">Envoyé avec Teamtailor</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Teamtailor//Interviews//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-2291847@teamtailor.com
        DTSTAMP:20261002T124000Z
        DTSTART;TZID=Europe/Paris:20261008T110000
        DTEND;TZID=Europe/Paris:20261008T114500
        SUMMARY:Entretien Ardoise & Cie - Analyste marketing & CRM
        LOCATION:https://meet.google.com/kdu-ttrb-zpa
        ORGANIZER;CN=Léa Marchand:mailto:lea.marchand@ardoise-cie.fr
        ATTENDEE;CN=Camille Rossi;PARTSTAT=ACCEPTED:mailto:camille.rossi@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-10-02 14:40"
    headers = [
        ("Received", rcv("from m41-12.teamtailor-mail.com (m41-12.teamtailor-mail.com [192.0.2.141])",
                         sent, PARIS, "4GJk5vN2aB")),
        ("From", addr("Ardoise & Cie", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Léa Marchand", "lea.marchand@ardoise-cie.fr")),
        ("To", ME),
        ("Subject", enc("Votre entretien avec Ardoise & Cie est confirmé")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<6519f0b4c2e1a_3f2a9c1d8e7b@teamtailor-app-7d9f.mail>"),
        ("X-Mailgun-Tag", "interview_confirmation"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, cte="base64", filename="entretien.ics", disposition="attachment"),
    ))


@mail(n(6), family="exchange_teams", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", "Europe/Monaco"), end=utc("2026-10-26 11:00", "Europe/Monaco"),
      contact="h.bertrand@azurea-cruises.mc", company="Azuréa Cruises",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/Monaco",
      note="Outlook/Exchange meeting request from a Monaco company, ICS TZID 'W. Europe Standard Time'. "
           "DST edge: sent Thu 22 Oct in CEST (+02:00), interview Mon 26 Oct after the switch back on "
           "Sun 25 Oct, so 10:00 CET (+01:00) -> 09:00-10:00Z. Contact = ORGANIZER / sender.")
def p06() -> bytes:
    body = t("""
        Bonjour Camille,

        Comme convenu par téléphone, je vous envoie l'invitation pour votre entretien avec
        Marc Fontana (Directeur Marketing & Revenue) et moi-même. L'entretien se fera sur Teams.

        Bien à vous,
        Hélène Bertrand
        Responsable RH - Azuréa Cruises SAM
        7 avenue des Castelans, 98000 Monaco
        T. +377 97 98 12 40

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NzQ3%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>
        ID de la réunion : 318 552 907 416
        Code secret : xR7pQ2
        Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Bonjour Camille,</p>
        <p>Comme convenu par téléphone, je vous envoie l'invitation pour votre entretien avec
        Marc Fontana (Directeur Marketing &amp; Revenue) et moi-même. L'entretien se fera sur Teams.</p>
        <p>Bien à vous,<br>Hélène Bertrand<br>Responsable RH - Azuréa Cruises SAM<br>
        7 avenue des Castelans, 98000 Monaco<br>T. +377 97 98 12 40</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:24px;font-weight:700">Réunion Microsoft Teams</span></div>
        <div><b>Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle</b></div>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NzQ3%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d">Cliquez ici pour rejoindre la réunion</a>
        <div>ID de la réunion : 318 552 907 416<br>Code secret : xR7pQ2</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hélène Bertrand:mailto:h.bertrand@azurea-cruises.mc
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Rossi:mailto:camille.rossi@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Fontana:mailto:m.fontana@azurea-cruises.mc
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\\,\\n\\nComme convenu par téléphone\\, je vous envoie l'invitation pour votre entretien.\\n
        UID:040000008200E00074C5B7101A82E0080000000030B8A5F4A862DD01000000000000000010000000C9E2B6A41F2E0F4C8D3A7B9E6F1C2D3E
        SUMMARY;LANGUAGE=fr-FR:Entretien - Camille Rossi - Analyste marketing
        DTSTART;TZID=W. Europe Standard Time:20261026T100000
        DTEND;TZID=W. Europe Standard Time:20261026T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T130300Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121433602
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-10-22 15:03"
    headers = [
        ("Received", rcv("from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2071.outbound.protection.outlook.com [203.0.113.71])",
                         sent, "Europe/Monaco", "4GQ1tW9yLc")),
        ("From", addr("Hélène Bertrand", "h.bertrand@azurea-cruises.mc")),
        ("To", addr("Camille Rossi", ME_ADDR)),
        ("CC", "Marc Fontana <m.fontana@azurea-cruises.mc>"),
        ("Subject", "Entretien - Camille Rossi - Analyste marketing"),
        ("Thread-Topic", "Entretien - Camille Rossi - Analyste marketing"),
        ("Thread-Index", "AdtEK2nDQ0u6xYbqRVK1fE3X8mVw9Q=="),
        ("Date", date(sent, "Europe/Monaco")),
        ("Message-ID", "<PR3P195MB08431D2C5A6E7F8B9C0D1E2FA4B5C@PR3P195MB0843.EURP195.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return message(headers, alt(
        text(body, cte="base64"),
        html(page, cte="quoted-printable"),
        calendar(ics, cte="base64"),
    ))


@mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-28 15:00", PARIS), end=utc("2026-10-28 15:30", PARIS),
      contact="jason.whitfield@brightlinecommerce.com", company="Brightline Commerce",
      local="Wed 2026-10-28 15:00", local_end="2026-10-28 15:30", zone=PARIS,
      note="Calendly invitee confirmation shown in the invitee's zone: '3:00pm - 3:30pm (Central European "
           "Time)' on Wed 28 Oct = CET after 25 Oct -> 14:00-14:30Z. The host's note '10am my time' is "
           "10:00 EDT (US still on daylight time until 1 Nov) = 14:00Z, consistent. Contact = Reply-To host.")
def p07() -> bytes:
    body = t("""
        Hi Camille,

        Your event has been scheduled.

        Event Type:
        Interview - Marketing Analyst (Remote, EU)

        Invitee:
        Camille Rossi

        Invitee Email:
        camille.rossi@example.org

        Event Date/Time:
        3:00pm - 3:30pm (Central European Time) on Wednesday, October 28, 2026

        Location:
        This is a Zoom web conference. Join: https://brightline.zoom.us/j/84120377561

        Message from Jason Whitfield:
        Looking forward to it - that's 10am my time in New York. We'll mostly talk about your
        experience with attribution and our EU expansion.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c4f2a1e-9b3d
        Reschedule: https://calendly.com/reschedulings/7c4f2a1e-9b3d

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Camille,</p>
        <p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Interview - Marketing Analyst (Remote, EU)</p>
        <p><b>Invitee:</b><br>Camille Rossi</p>
        <p><b>Invitee Email:</b><br><a href="mailto:camille.rossi@example.org">camille.rossi@example.org</a></p>
        <p><b>Event Date/Time:</b><br>3:00pm - 3:30pm (Central European Time) on Wednesday, October 28, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference. <a href="https://brightline.zoom.us/j/84120377561">Join</a></p>
        <p><b>Message from Jason Whitfield:</b><br>Looking forward to it - that&#39;s 10am my time in New York.
        We&#39;ll mostly talk about your experience with attribution and our EU expansion.</p>
        <p><a href="https://calendly.com/cancellations/7c4f2a1e-9b3d">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7c4f2a1e-9b3d">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    sent = "2026-10-23 18:40"
    headers = [
        ("Received", rcv("from o3.email.calendly.com (o3.email.calendly.com [198.51.100.33])",
                         sent, PARIS, "4GQv3bK8nZ")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Jason Whitfield <jason.whitfield@brightlinecommerce.com>"),
        ("To", ME),
        ("Subject", "Confirmed: Interview - Marketing Analyst (Remote, EU) with Jason Whitfield on Wednesday, October 28, 2026"),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<7c4f2a1e9b3d.20261023164000.invitee@calendly.com>"),
        ("X-SG-EID", "u001.Vt3qJ8m2Xp"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(8), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-05 14:00", PARIS), end=utc("2026-11-05 15:00", PARIS),
      contact="thomas.giraud@lumisens.fr", company="Lumisens",
      local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=PARIS,
      note="Google Agenda invitation in French from a Sophia Antipolis company: 'jeudi 5 nov. 2026 "
           "14:00 – 15:00 (heure normale d'Europe centrale)' = CET -> 13:00-14:00Z; ICS agrees. "
           "Contact = ORGANIZER (also the sender).")
def p08() -> bytes:
    body = t("""
        Entretien Camille Rossi – Analyste marketing (Sophia Antipolis)
        jeudi 5 nov. 2026 ⋅ 14:00 – 15:00
        Heure normale d'Europe centrale - Paris

        Participer avec Google Meet
        https://meet.google.com/wmf-pqcs-hho

        Lieu
        Lumisens, 2000 route des Lucioles, 06410 Biot (bâtiment Les Algorithmes, 2e étage)

        Bonjour Camille, on se retrouve sur place, je descendrai vous chercher à l'accueil.
        Le lien Meet est là au cas où. Thomas

        Invités
        Thomas Giraud - organisateur
        Aurélie Nguyen
        camille.rossi@example.org

        Afficher tous les détails de l'invité
        https://calendar.google.com/calendar/event?action=VIEW&eid=NmZ2bXQ0cGg

        Répondre pour camille.rossi@example.org
        Oui  Non  Peut-être  Plus d'options
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NmZ2bXQ0cGg

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:22px;font-weight:400">Entretien Camille Rossi – Analyste marketing (Sophia Antipolis)</h2>
        <p>jeudi 5 nov. 2026 ⋅ 14:00 – 15:00<br><span style="color:#70757a">Heure normale d'Europe centrale - Paris</span></p>
        <p><a href="https://meet.google.com/wmf-pqcs-hho" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px">Participer avec Google Meet</a></p>
        <p><b>Lieu</b><br>Lumisens, 2000 route des Lucioles, 06410 Biot (bâtiment Les Algorithmes, 2e étage)</p>
        <p>Bonjour Camille, on se retrouve sur place, je descendrai vous chercher à l'accueil.<br>
        Le lien Meet est là au cas où. Thomas</p>
        <p><b>Invités</b><br>Thomas Giraud - organisateur<br>Aurélie Nguyen<br>camille.rossi@example.org</p>
        <p style="color:#70757a;font-size:12px">Invitation de Google Agenda<br>
        Vous recevez cet e-mail, car vous êtes invité à cet événement.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261105T140000
        DTEND;TZID=Europe/Paris:20261105T150000
        DTSTAMP:20261030T091500Z
        ORGANIZER;CN=Thomas Giraud:mailto:thomas.giraud@lumisens.fr
        UID:6fvmt4phk2q8c3r1s0a9b7d5e4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.rossi@example.org;X-NUM-GUESTS=0:mailto:camille.rossi@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aurélie Nguyen;X-NUM-GUESTS=0:mailto:aurelie.nguyen@lumisens.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Giraud;X-NUM-GUESTS=0:mailto:thomas.giraud@lumisens.fr
        X-GOOGLE-CONFERENCE:https://meet.google.com/wmf-pqcs-hho
        CREATED:20261030T091412Z
        DESCRIPTION:Bonjour Camille\\, on se retrouve sur place\\, je descendrai vous chercher à l'accueil.\\nLe lien Meet est là au cas où. Thomas
        LAST-MODIFIED:20261030T091500Z
        LOCATION:Lumisens\\, 2000 route des Lucioles\\, 06410 Biot
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Camille Rossi – Analyste marketing (Sophia Antipolis)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-10-30 10:15"
    subject = ("Invitation: Entretien Camille Rossi – Analyste marketing (Sophia Antipolis) @ "
               "jeu. 5 nov. 2026 14:00 - 15:00 (CET) (camille.rossi@example.org)")
    headers = [
        ("Received", rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                         sent, PARIS, "4GT8hL0cFs")),
        ("From", "Thomas Giraud <thomas.giraud@lumisens.fr>"),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Reply-To", "Thomas Giraud <thomas.giraud@lumisens.fr>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<calendar-9b1e2f47-3c5d-4a8e-b6f0-1d2c3e4f5a6b@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


def vtz_like(base: str, tzid: str) -> str:
    """A VTIMEZONE block for a zone with the same rules as one in make.VTZ."""
    return VTZ[base].replace(f"TZID:{base}", f"TZID:{tzid}").replace(
        f"X-LIC-LOCATION:{base}", f"X-LIC-LOCATION:{tzid}")


@mail(n(9), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-16 16:00", "Europe/Zurich"), end=utc("2026-11-16 17:00", "Europe/Zurich"),
      contact="nathalie.perrin@clairval.ch", company="Clairval SA",
      local="Mon 2026-11-16 16:00", local_end="2026-11-16 17:00", zone="Europe/Zurich",
      note="Personio invitation from a Geneva company, on site: 'lundi 16 novembre 2026, 16:00 – 17:00 "
           "(heure de Genève)' = CET -> 15:00-16:00Z; ICS TZID Europe/Zurich agrees. Reply-To is a "
           "Personio relay address, so contact = the recruiter's own address in the body.")
def p09() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci pour votre intérêt pour Clairval. Nous avons le plaisir de vous confirmer votre
        entretien pour le poste « Analyste Marketing & Insights (CDI) ».

        Date : lundi 16 novembre 2026
        Heure : 16:00 – 17:00 (heure de Genève)
        Lieu : Clairval SA, rue du Rhône 48, 1204 Genève – 3e étage
        Participants : Nathalie Perrin (Talent Acquisition), Olivier Dufaux (Head of Brand Insights)

        Depuis la gare de Cornavin, comptez 15 minutes à pied. Si vous venez en voiture depuis
        Nice, le parking du Mont-Blanc est le plus proche.

        Pour toute question, vous pouvez écrire directement à Nathalie Perrin :
        nathalie.perrin@clairval.ch

        Meilleures salutations,
        L'équipe Talent Acquisition de Clairval SA

        Ce message a été envoyé via Personio.
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Bonjour Camille,</p>
        <p>Merci pour votre intérêt pour Clairval. Nous avons le plaisir de vous confirmer votre
        entretien pour le poste « Analyste Marketing &amp; Insights (CDI) ».</p>
        <p><strong>Date :</strong> lundi 16 novembre 2026<br>
        <strong>Heure :</strong> 16:00 – 17:00 (heure de Genève)<br>
        <strong>Lieu :</strong> Clairval SA, rue du Rhône 48, 1204 Genève – 3e étage<br>
        <strong>Participants :</strong> Nathalie Perrin (Talent Acquisition), Olivier Dufaux (Head of Brand Insights)</p>
        <p>Depuis la gare de Cornavin, comptez 15 minutes à pied. Si vous venez en voiture depuis
        Nice, le parking du Mont-Blanc est le plus proche.</p>
        <p>Pour toute question, vous pouvez écrire directement à Nathalie Perrin :
        <a href="mailto:nathalie.perrin@clairval.ch">nathalie.perrin@clairval.ch</a></p>
        <p>Meilleures salutations,<br>L'équipe Talent Acquisition de Clairval SA</p>
        <p style="font-size:11px;color:#8e8e93">Ce message a été envoyé via Personio.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        """) + vtz_like("Europe/Berlin", "Europe/Zurich") + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-event-5f2c81d0-7a3b-4e5d-9c8f-11aa22bb33cc
        DTSTAMP:20261110T083000Z
        DTSTART;TZID=Europe/Zurich:20261116T160000
        DTEND;TZID=Europe/Zurich:20261116T170000
        SUMMARY:Entretien Clairval SA - Analyste Marketing & Insights
        LOCATION:Clairval SA\\, rue du Rhône 48\\, 1204 Genève
        ORGANIZER;CN=Clairval SA:mailto:no-reply@mail.personio.de
        ATTENDEE;CN=Camille Rossi;RSVP=TRUE:mailto:camille.rossi@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-11-10 09:30"
    headers = [
        ("Received", rcv("from mail-eu1.personio.de (mail-eu1.personio.de [192.0.2.205])",
                         sent, "Europe/Zurich", "4GZa7cM1pE")),
        ("From", "Clairval SA <no-reply@mail.personio.de>"),
        ("Reply-To", "Clairval SA <clairval-7f3ac2e1@reply.personio.de>"),
        ("To", ME),
        ("Subject", enc("Confirmation de votre entretien – Analyste Marketing & Insights")),
        ("Date", date(sent, "Europe/Zurich")),
        ("Message-ID", "<20261110083000.5f2c81d07a3b@mail.personio.de>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, cte="base64", filename="entretien-clairval.ics", disposition="attachment"),
    ))


@mail(n(10), family="smartrecruiters", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-13 15:30", PARIS), end=utc("2026-11-13 16:15", PARIS),
      contact="julie.mercier@octave-media.fr", company="Octave Media Group",
      local="Fri 2026-11-13 15:30", local_end="2026-11-13 16:15", zone=PARIS,
      note="SmartRecruiters reschedule: old slot 'jeudi 12 novembre à 11h00' also stated; new slot "
           "'vendredi 13 novembre 2026 de 15h30 à 16h15 (heure de Paris)' = CET -> 14:30-15:15Z; ICS "
           "SEQUENCE:1 agrees. Contact = Reply-To recruiter.")
def p10() -> bytes:
    body = t("""
        Bonjour Camille,

        Votre entretien pour le poste d'Analyste Marketing Senior chez Octave Media Group a été
        modifié.

        Ancien créneau : jeudi 12 novembre 2026 à 11h00
        Nouveau créneau : vendredi 13 novembre 2026 de 15h30 à 16h15 (heure de Paris)

        Format : visioconférence (Microsoft Teams) – le lien reste le même.
        Avec : Julie Mercier, Chargée de recrutement, et Antoine Lefort, Directeur Data & Audience

        Nous sommes désolés pour ce changement : Antoine sera en déplacement jeudi.

        Pour toute question, répondez à cet e-mail.

        Cordialement,
        Julie Mercier
        Octave Media Group

        Propulsé par SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <p>Bonjour Camille,</p>
        <p>Votre entretien pour le poste d'<b>Analyste Marketing Senior</b> chez Octave Media Group a été modifié.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px;color:#888">Ancien créneau</td><td style="padding:4px 12px;text-decoration:line-through;color:#888">jeudi 12 novembre 2026 à 11h00</td></tr>
        <tr><td style="padding:4px 12px"><b>Nouveau créneau</b></td><td style="padding:4px 12px"><b>vendredi 13 novembre 2026 de 15h30 à 16h15 (heure de Paris)</b></td></tr>
        </table>
        <p>Format : visioconférence (Microsoft Teams) – le lien reste le même.<br>
        Avec : Julie Mercier, Chargée de recrutement, et Antoine Lefort, Directeur Data &amp; Audience</p>
        <p>Nous sommes désolés pour ce changement : Antoine sera en déplacement jeudi.</p>
        <p>Pour toute question, répondez à cet e-mail.</p>
        <p>Cordialement,<br>Julie Mercier<br>Octave Media Group</p>
        <p style="font-size:10px;color:#aaa">Propulsé par SmartRecruiters</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-3e9d1f6a-40c2-4b7e-8a51-9f0e2d3c4b5a@smartrecruiters.com
        DTSTAMP:20261109T101500Z
        DTSTART;TZID=Europe/Paris:20261113T153000
        DTEND;TZID=Europe/Paris:20261113T161500
        SUMMARY:Entretien - Analyste Marketing Senior - Octave Media Group
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Julie Mercier:mailto:julie.mercier@octave-media.fr
        ATTENDEE;CN=Camille Rossi;RSVP=TRUE:mailto:camille.rossi@example.org
        STATUS:CONFIRMED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-11-09 11:15"
    headers = [
        ("Received", rcv("from mail1.smartrecruiters.com (mail1.smartrecruiters.com [198.51.100.180])",
                         sent, PARIS, "4GYz0kT5dH")),
        ("From", "Octave Media Group <noreply@smartrecruiters.com>"),
        ("Reply-To", "Julie Mercier <julie.mercier@octave-media.fr>"),
        ("To", ME),
        ("Subject", enc("Modification de votre entretien – Analyste Marketing Senior")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<sr.interview.update.3e9d1f6a40c2@smartrecruiters.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, cte="quoted-printable", filename="interview.ics", disposition="attachment"),
    ))


@mail(n(11), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:30", PARIS), end=None,
      contact="yanis@kiwik.io", company="Kiwik",
      local="Thu 2026-11-19 09:30", zone=PARIS,
      note="Start-up founder writing from his phone, 'tu' register, typos: 'ok pour après-demain 9h30'. "
           "Date is Tue 17 Nov 2026 21:34 (Paris) so après-demain = Thu 19 Nov, 09:30 CET -> 08:30Z. "
           "'compte 1h-1h30' is not an exact length -> end null. Contact = sender.")
def p11() -> bytes:
    body = t("""
        Salut Camille,

        Top merci pour ton retour, on a vraiment aimé ton anlayse sur le churn (Marion a fait
        suivre à toute l'équipe lol).

        Ok pour après-demain 9h30 au bureau alors ! C'est au Palais Stella, 3e étage, 27 bd
        Victor Hugo, sonne chez "Kiwik". Tu verras Marion (cofondatrice) et moi, compte 1h-1h30.

        Bonne soirée
        Yanis

        Envoyé de mon iPhone

        > Le 17 nov. 2026 à 18:02, Camille Rossi <camille.rossi@example.org> a écrit :
        >
        > Bonjour Yanis,
        >
        > Merci pour ce premier échange ! Je suis disponible jeudi matin ou vendredi
        > après-midi pour passer vous voir.
        >
        > Belle soirée,
        > Camille
        """)
    sent = "2026-11-17 21:34"
    headers = [
        ("Received", rcv("from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
                         sent, PARIS, "4Gb3sR6vWn")),
        ("From", "Yanis Belkacem <yanis@kiwik.io>"),
        ("To", "Camille Rossi <camille.rossi@example.org>"),
        ("Subject", enc("Re: Candidature – Growth / Marketing analyst")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<4F1D9C2A-7B3E-4A55-8E60-2C9D1B7A3F48@kiwik.io>"),
        ("In-Reply-To", "<c1d2e3f4-aa55-4e11-9b77-0123456789ab@example.org>"),
        ("References", "<c1d2e3f4-aa55-4e11-9b77-0123456789ab@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(12), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-23 14:30", PARIS), end=utc("2026-11-23 15:30", PARIS),
      contact="k.haddad@phocea-logistique.fr", company="Phocéa Logistique",
      local="Mon 2026-11-23 14:30", local_end="2026-11-23 15:30", zone=PARIS,
      note="Candidate forwards to herself (example.net -> example.org) the recruiter's mail as an "
           "attached message/rfc822. Inner Date Wed 18 Nov 2026: 'lundi prochain à 14 h 30' = Mon 23 Nov, "
           "CET -> 13:30Z; 'durera une heure' is exact -> end 14:30Z. Contact = the recruiter in the "
           "forwarded header (the outer sender is the candidate).")
def p12() -> bytes:
    inner_body = t("""
        Bonjour Madame Rossi,

        Suite à notre échange téléphonique de ce matin, je vous confirme notre entretien
        lundi prochain à 14 h 30, dans nos locaux du 25 quai de la Joliette, 13002 Marseille
        (présentez-vous à l'accueil du 5e étage).

        L'entretien durera une heure : une demi-heure avec moi, puis une demi-heure avec
        Mme Vasseur, responsable marketing opérationnel.

        Je vous remercie de me confirmer votre présence par retour de mail.

        Cordialement,

        Karim Haddad
        Chargé de recrutement
        Phocéa Logistique – Groupe Méditerranée Fret
        Tél. : 04 91 56 73 20
        """)
    inner_sent = "2026-11-18 10:12"
    inner = message([
        ("Received", "from SRV-EXCH02.phocea.local ([10.1.4.22]) by SRV-EXCH02.phocea.local; "
                     "Wed, 18 Nov 2026 10:12:05 +0100"),
        ("From", "Karim Haddad <k.haddad@phocea-logistique.fr>"),
        ("To", "camille.rossi@example.net"),
        ("Subject", enc("Confirmation entretien – Chargée d'études marketing", "windows-1252")),
        ("Date", date(inner_sent, PARIS)),
        ("Message-ID", "<A7C3E1F0B2D94E6F8A1B@SRV-EXCH02.phocea.local>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(inner_body, charset="windows-1252", cte="quoted-printable"))
    outer_body = t("""
        à mettre dans l'agenda + imprimer le plan !! (et prévoir le train de 10h47 depuis Nice)
        """)
    sent = "2026-11-18 19:05"
    headers = [
        ("Received", rcv("from smtp.example.net (smtp.example.net [192.0.2.10])",
                         sent, PARIS, "4Gc1nF8kYt")),
        ("From", "Camille Rossi <camille.rossi@example.net>"),
        ("To", ME),
        ("Subject", enc("Fwd: Confirmation entretien – Chargée d'études marketing")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<d8b2a5c1-6e4f-4a2b-9c3d-7e8f9a0b1c2d@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, mixed(
        text(outer_body, cte="8bit", params="format=flowed"),
        attached_message(inner, filename="Confirmation entretien.eml"),
    ))


def vtz_romance() -> str:
    return VTZ["W. Europe Standard Time"].replace("TZID:W. Europe Standard Time",
                                                  "TZID:Romance Standard Time")


@mail(n(13), family="microsoft_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-24 11:00", PARIS), end=utc("2026-11-24 11:30", PARIS),
      contact=None, company="Sémaphore Conseil",
      local="Tue 2026-11-24 11:00", local_end="2026-11-24 11:30", zone=PARIS,
      note="Microsoft Bookings confirmation for a screening interview: 'mardi 24 novembre 2026 11:00 "
           "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', '30 minutes' -> 10:00-10:30Z; ICS TZID "
           "'Romance Standard Time' agrees. Only the Bookings mailbox and a staff first name appear: "
           "no human address -> contact null.")
def p13() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <table width="640" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="padding:20px 24px;background:#5c2d91;color:#fff;font-size:20px">Sémaphore Conseil – Recrutement</td></tr>
        <tr><td style="padding:24px">
        <p>Bonjour Camille Rossi,</p>
        <p>Votre réservation est confirmée.</p>
        <p style="font-size:18px;font-weight:600">Entretien de présélection – Analyste marketing</p>
        <p>mardi 24 novembre 2026 11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris<br>
        30 minutes<br>
        Personnel : Laure F.</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Ym9va2luZ3M%40thread.v2/0" style="color:#5c2d91">Rejoindre la réunion Teams</a></p>
        <p>Il s'agit d'un premier échange d'une demi-heure pour mieux connaître votre parcours
        et vous présenter nos missions en conseil marketing.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/SemaphoreRecrutement@semaphoreconseil.onmicrosoft.com/bookings/s/manage">Gérer la réservation</a> |
        <a href="https://outlook.office365.com/owa/calendar/SemaphoreRecrutement@semaphoreconseil.onmicrosoft.com/bookings/s/cancel">Annuler</a></p>
        <p style="color:#605e5c;font-size:12px">Ajouter au calendrier : ouvrez la pièce jointe .ics.<br>
        Microsoft Bookings</p>
        </td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + vtz_romance() + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sémaphore Recrutement:mailto:SemaphoreRecrutement@semaphoreconseil.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Rossi:mailto:camille.rossi@example.org
        SUMMARY;LANGUAGE=fr-FR:Entretien de présélection – Analyste marketing
        DTSTART;TZID=Romance Standard Time:20261124T110000
        DTEND;TZID=Romance Standard Time:20261124T113000
        UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000AB12CD34EF56
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261119T154200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-11-19 16:42"
    headers = [
        ("Received", rcv("from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2110.outbound.protection.outlook.com [203.0.113.110])",
                         sent, PARIS, "4GcM2xQ9sV")),
        ("From", addr("Sémaphore Recrutement", "SemaphoreRecrutement@semaphoreconseil.onmicrosoft.com")),
        ("To", ME),
        ("Subject", enc("Réservation confirmée : Entretien de présélection – Analyste marketing")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<AM9P192MB1273E5A1B2C3D4E5F6A7B8C9D0E1F@AM9P192MB1273.EURP192.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(headers, mixed(
        html(page, cte="base64"),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True),
    ))


@mail(n(14), family="ashby", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-03 14:00", "Europe/London"), end=utc("2026-12-03 15:00", "Europe/London"),
      contact="hannah.cole@kestrellabs.io", company="Kestrel Labs",
      local="Thu 2026-12-03 14:00", local_end="2026-12-03 15:00", zone="Europe/London",
      note="Ashby cancellation, no new time given: the cancelled slot 'Thursday, December 3, 2026, "
           "2:00 PM - 3:00 PM GMT' (London in winter = UTC) -> 14:00-15:00Z (15:00 in Nice); METHOD:CANCEL "
           "ICS in UTC agrees. Contact = Reply-To recruiter.")
def p14() -> bytes:
    body = t("""
        Hi Camille,

        Unfortunately, your upcoming interview with Kestrel Labs has been cancelled.

        Cancelled interview
        Marketing Analyst (Remote - Europe): Hiring Manager Interview
        Thursday, December 3, 2026, 2:00 PM - 3:00 PM GMT
        Interviewer: Owen Price

        Owen has had to step away for a family matter this week. Hannah will reach out
        separately once we know more about his availability - sorry for the inconvenience.

        If you have any questions, reply to this email and it will reach Hannah Cole.

        Thanks,
        Kestrel Labs Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Camille,</p>
        <p>Unfortunately, your upcoming interview with Kestrel Labs has been <b>cancelled</b>.</p>
        <div style="border:1px solid #e5e5e5;border-radius:6px;padding:12px">
        <div style="color:#888;font-size:12px">Cancelled interview</div>
        <div><s>Marketing Analyst (Remote - Europe): Hiring Manager Interview</s></div>
        <div><s>Thursday, December 3, 2026, 2:00 PM - 3:00 PM GMT</s></div>
        <div>Interviewer: Owen Price</div>
        </div>
        <p>Owen has had to step away for a family matter this week. Hannah will reach out
        separately once we know more about his availability - sorry for the inconvenience.</p>
        <p>If you have any questions, reply to this email and it will reach Hannah Cole.</p>
        <p>Thanks,<br>Kestrel Labs Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:0b7e4d2c-91a3-4f6e-8d52-c3b1a0f9e8d7
        DTSTAMP:20261130T101200Z
        DTSTART:20261203T140000Z
        DTEND:20261203T150000Z
        SEQUENCE:2
        SUMMARY:Kestrel Labs - Marketing Analyst (Remote - Europe) Interview
        ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@kestrellabs.io
        ATTENDEE;CN=Camille Rossi;ROLE=REQ-PARTICIPANT:mailto:camille.rossi@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-11-30 10:12"
    headers = [
        ("Received", rcv("from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
                         sent, "Europe/London", "4Gg4wB1hUx")),
        ("From", "Kestrel Labs <no-reply@ashbyhq.com>"),
        ("Reply-To", "Hannah Cole <hannah.cole@kestrellabs.io>"),
        ("To", ME),
        ("Subject", "Interview cancelled: Marketing Analyst (Remote - Europe) at Kestrel Labs"),
        ("Date", date(sent, "Europe/London")),
        ("Message-ID", "<010201936e4c7a2b-8f3d2c1e-5a6b-4c7d-9e8f-0a1b2c3d4e5f-000000@eu-west-1.amazonses.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment"),
    ))


@mail(n(15), family="recruitee", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-02 10:30", PARIS), end=utc("2026-12-02 11:00", PARIS),
      contact="ines.carbonel@maisonvidal.fr", company="Maison Vidal Parfums",
      local="Wed 2026-12-02 10:30", local_end="2026-12-02 11:00", zone=PARIS,
      note="Recruitee confirmation (HTML only, base64) for a Grasse perfumer: 'mercredi 2 décembre 2026 "
           "à 10h30 (Europe/Paris)', 'Durée : 30 min' -> 09:30-10:00Z (CET). Reply-To is a Recruitee "
           "relay, so contact = the hiring manager's address in the body.")
def p15() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="background:#f7f7f9;margin:0;padding:24px">
        <div style="max-width:560px;margin:auto;background:#fff;padding:28px;font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#2d2d2d">
        <img src="https://d27i7n2isjbnbi.cloudfront.net/careers/photos/maison-vidal/logo.png" alt="Maison Vidal Parfums" height="40">
        <p>Bonjour Camille,</p>
        <p>Merci d'avoir choisi un créneau : votre entretien est confirmé.</p>
        <p style="background:#fbf6ef;padding:12px;border-left:3px solid #b08d57">
        <b>Entretien visio – Chargée d'analyse marketing</b><br>
        le mercredi 2 décembre 2026 à 10h30 (Europe/Paris)<br>
        Durée : 30 min<br>
        Lien : <a href="https://meet.google.com/vid-alpa-rfm">meet.google.com/vid-alpa-rfm</a></p>
        <p>Votre interlocutrice : Inès Carbonel, Responsable marketing –
        <a href="mailto:ines.carbonel@maisonvidal.fr">ines.carbonel@maisonvidal.fr</a></p>
        <p>À mercredi,<br>Maison Vidal Parfums – Grasse</p>
        <p style="font-size:11px;color:#999">Envoyé via Recruitee · <a href="https://maisonvidal.recruitee.com/o/analyste-marketing/c/unsubscribe">Se désinscrire</a></p>
        </div></body></html>
        """)
    sent = "2026-11-26 15:20"
    headers = [
        ("Received", rcv("from mail-eu.recruitee.com (mail-eu.recruitee.com [198.51.100.212])",
                         sent, PARIS, "4GfT6pD3jR")),
        ("From", "Maison Vidal Parfums <notifications@mail.recruitee.com>"),
        ("Reply-To", "maison-vidal-parfums+c7e2f9a1@inbound.recruitee.com"),
        ("To", ME),
        ("Subject", enc("Entretien confirmé : mercredi 2 décembre à 10h30")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<6745c1e0a7b3f_9c2d4a1b@recruitee-mailer-5f7c.mail>"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(16), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 11:00", "Europe/Rome"), end=utc("2026-12-09 12:00", "Europe/Rome"),
      contact="chiara.benedetti@fornacedesign.it", company="Fornace Design",
      local="Wed 2026-12-09 11:00", local_end="2026-12-09 12:00", zone="Europe/Rome",
      note="Workable interview invitation from a Milan company, in English: 'Wednesday, December 9, 2026, "
           "11:00 AM - 12:00 PM (GMT+01:00) Rome' -> 10:00-11:00Z; ICS TZID Europe/Rome agrees. Reply-To "
           "is the Workable candidate relay, so contact = the interviewer's address in the body.")
def p16() -> bytes:
    body = t("""
        Hi Camille,

        Thank you for accepting our invitation. Here are the details of your interview with
        Fornace Design for the Digital Marketing Analyst position:

        Date: Wednesday, December 9, 2026
        Time: 11:00 AM - 12:00 PM (GMT+01:00) Rome
        Location: Fornace Design, Via Tortona 31, 20144 Milano - ask for Chiara at the front desk
        Interviewers: Chiara Benedetti (Head of E-commerce, chiara.benedetti@fornacedesign.it),
        Luca Moretti (Performance Marketing)

        If you are travelling from Nice, the office is a 10-minute walk from Porta Genova.

        Kind regards,
        The Fornace Design hiring team

        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#212b36">
        <p>Hi Camille,</p>
        <p>Thank you for accepting our invitation. Here are the details of your interview with
        Fornace Design for the <b>Digital Marketing Analyst</b> position:</p>
        <p><b>Date:</b> Wednesday, December 9, 2026<br>
        <b>Time:</b> 11:00 AM - 12:00 PM (GMT+01:00) Rome<br>
        <b>Location:</b> Fornace Design, Via Tortona 31, 20144 Milano - ask for Chiara at the front desk<br>
        <b>Interviewers:</b> Chiara Benedetti (Head of E-commerce, <a href="mailto:chiara.benedetti@fornacedesign.it">chiara.benedetti@fornacedesign.it</a>),
        Luca Moretti (Performance Marketing)</p>
        <p>If you are travelling from Nice, the office is a 10-minute walk from Porta Genova.</p>
        <p>Kind regards,<br>The Fornace Design hiring team</p>
        <p style="font-size:11px;color:#919eab">Powered by <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        """) + vtz_like("Europe/Berlin", "Europe/Rome") + "\n" + t("""
        BEGIN:VEVENT
        UID:wk-ev-2c4e6a8b0d1f3e5a@workable.com
        DTSTAMP:20261203T081900Z
        DTSTART;TZID=Europe/Rome:20261209T110000
        DTEND;TZID=Europe/Rome:20261209T120000
        SUMMARY:Interview: Camille Rossi for Digital Marketing Analyst (Fornace Design)
        LOCATION:Via Tortona 31\\, 20144 Milano
        ORGANIZER;CN=Fornace Design:mailto:fornace-design+e8a41c@candidates.workablemail.com
        ATTENDEE;CN=Camille Rossi;RSVP=TRUE:mailto:camille.rossi@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-12-03 09:19"
    headers = [
        ("Received", rcv("from mail-out-12.workablemail.com (mail-out-12.workablemail.com [192.0.2.212])",
                         sent, "Europe/Rome", "4Gh0qL4cNm")),
        ("From", "Fornace Design <noreply@workablemail.com>"),
        ("Reply-To", "Fornace Design <fornace-design+e8a41c@candidates.workablemail.com>"),
        ("To", ME),
        ("Subject", "Interview with Fornace Design: Digital Marketing Analyst"),
        ("Date", date(sent, "Europe/Rome")),
        ("Message-ID", "<wk.msg.81f2c3d4e5a6b7c8@workablemail.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, charset="us-ascii", cte="7bit"), html(page)),
        calendar(ics, cte="base64", filename="interview.ics", disposition="attachment"),
    ))


@mail(n(17), family="join", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-10 09:00", "Europe/Berlin"), end=utc("2026-12-10 09:45", "Europe/Berlin"),
      contact="anna.keller@nordlicht-travel.de", company="Nordlicht Travel",
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 09:45", zone="Europe/Berlin",
      note="JOIN interview confirmation (iso-8859-15 quoted-printable, text+HTML) from a Berlin company "
           "hiring for the French market: 'jeudi 10 décembre 2026, 09:00 – 09:45 (heure de Berlin)' = CET "
           "-> 08:00-08:45Z. From is JOIN's no-reply; contact = Reply-To hiring manager.")
def p17() -> bytes:
    body = t("""
        Bonjour Camille,

        Anna Keller de Nordlicht Travel a confirmé votre entretien pour l'offre
        « Marketing Analyst France (remote) ».

        Date : jeudi 10 décembre 2026
        Heure : 09:00 – 09:45 (heure de Berlin)
        Type : entretien vidéo
        Lien : https://meet.jit.si/NordlichtTravel-MarketingFR-ck

        Message d'Anna :
        « Bonjour Camille, ravie de pouvoir échanger avec vous ! L'entretien se fera en français
        avec moi et en anglais avec Jonas pour les dix dernières minutes. À jeudi ! »

        Vous pouvez répondre directement à cet e-mail pour contacter Anna.

        Bonne chance !
        Votre équipe JOIN

        JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#30373d">
        <p>Bonjour Camille,</p>
        <p>Anna Keller de <b>Nordlicht Travel</b> a confirmé votre entretien pour l'offre
        « Marketing Analyst France (remote) ».</p>
        <table cellpadding="3">
        <tr><td>Date :</td><td><b>jeudi 10 décembre 2026</b></td></tr>
        <tr><td>Heure :</td><td><b>09:00 – 09:45 (heure de Berlin)</b></td></tr>
        <tr><td>Type :</td><td>entretien vidéo</td></tr>
        <tr><td>Lien :</td><td><a href="https://meet.jit.si/NordlichtTravel-MarketingFR-ck">rejoindre</a></td></tr>
        </table>
        <p><i>Message d'Anna :</i><br>« Bonjour Camille, ravie de pouvoir échanger avec vous ! L'entretien se fera en français
        avec moi et en anglais avec Jonas pour les dix dernières minutes. À jeudi ! »</p>
        <p>Vous pouvez répondre directement à cet e-mail pour contacter Anna.</p>
        <p>Bonne chance !<br>Votre équipe JOIN</p>
        </body></html>
        """)
    # iso-8859-15 has no en dash: write the ranges with a hyphen in that charset
    body = body.replace("–", "-")
    page = page.replace("–", "-")
    sent = "2026-12-04 13:27"
    headers = [
        ("Received", rcv("from mail.join.com (mail.join.com [192.0.2.77])",
                         sent, "Europe/Berlin", "4Gh9vN7tCw")),
        ("From", "JOIN <noreply@join.com>"),
        ("Reply-To", "Anna Keller <anna.keller@nordlicht-travel.de>"),
        ("To", ME),
        ("Subject", enc("Entretien confirmé avec Nordlicht Travel – jeudi 10 déc., 09:00")),
        ("Date", date(sent, "Europe/Berlin")),
        ("Message-ID", "<20261204122700.3b7f1e9a2c4d@join.com>"),
    ]
    return message(headers, alt(
        text(body, charset="iso-8859-15", cte="quoted-printable"),
        html(page, charset="iso-8859-15", cte="quoted-printable"),
    ))


@mail(n(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-04 11:00", "Europe/Monaco"), end=None,
      contact="v.pastor@rocher-events.mc", company="Rocher Events",
      local="Fri 2026-12-04 11:00", zone="Europe/Monaco",
      note="HR manager in Monaco closes a reschedule thread: 'notre entretien de jeudi 14h est donc "
           "déplacé à vendredi 11h'. Date Tue 1 Dec 2026, so jeudi = 3 Dec (old) and vendredi = Fri 4 Dec, "
           "11:00 CET -> 10:00Z. No length -> end null. Contact = sender.")
def p18() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci beaucoup pour votre souplesse. C'est noté : notre entretien de jeudi 14h est donc
        déplacé à vendredi 11h, toujours dans nos bureaux du 17 boulevard Princesse Charlotte.
        M. Ardisson sera bien présent.

        Au plaisir de vous rencontrer vendredi,

        Valérie Pastor
        Responsable des Ressources Humaines
        Rocher Events S.A.M. – Monaco
        +377 93 25 61 10

        De : Camille Rossi <camille.rossi@example.org>
        Envoyé : mardi 1 décembre 2026 12:37
        À : Valérie Pastor <v.pastor@rocher-events.mc>
        Objet : Re: Entretien – Chargée d'analyse marketing

        Bonjour Madame Pastor,

        Aucun souci, vendredi 11h me convient parfaitement.

        Bien cordialement,
        Camille Rossi

        De : Valérie Pastor <v.pastor@rocher-events.mc>
        Envoyé : mardi 1 décembre 2026 09:02
        À : Camille Rossi <camille.rossi@example.org>
        Objet : Entretien – Chargée d'analyse marketing

        Bonjour Camille,

        Notre directeur commercial, M. Ardisson, a un impératif jeudi après-midi. Serait-il
        possible de décaler notre entretien de jeudi 14h à vendredi 11h ?

        Avec mes excuses,
        Valérie Pastor
        """)
    page = "<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p class=MsoNormal>{escape(line) or '&nbsp;'}</p>\n" for line in body.rstrip("\n").split("\n")
    ) + "</body></html>\n"
    sent = "2026-12-01 16:20"
    headers = [
        ("Received", rcv("from mail.rocher-events.mc (mail.rocher-events.mc [192.0.2.98])",
                         sent, "Europe/Monaco", "4GgN3aZ8rK")),
        ("From", "=?windows-1252?Q?Val=E9rie_Pastor?= <v.pastor@rocher-events.mc>"),
        ("To", "'Camille Rossi' <camille.rossi@example.org>"),
        ("Subject", enc("RE: Entretien – Chargée d'analyse marketing", "windows-1252")),
        ("Date", date(sent, "Europe/Monaco")),
        ("Message-ID", "<001b01dd63f2$7a9c4e10$6fd4ea30$@rocher-events.mc>"),
        ("In-Reply-To", "<7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918@example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr"),
    ]
    return message(headers, alt(
        text(body, charset="windows-1252", cte="quoted-printable"),
        html(page, charset="windows-1252", cte="quoted-printable"),
    ))


@mail(n(19), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-08 10:00", PARIS), end=utc("2026-12-08 11:00", PARIS),
      contact="mathilde.roux@orbitale-data.com", company="Orbitale Data",
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=PARIS,
      note="Google Agenda 'Invitation mise à jour': time changed from lun. 7 déc. 15:00 to "
           "mar. 8 déc. 2026 10:00 – 11:00 (CET) -> 09:00-10:00Z; ICS SEQUENCE:1 agrees. Contact = ORGANIZER.")
def p19() -> bytes:
    body = t("""
        Cet événement a été modifié.

        Entretien Analyste marketing – Camille Rossi
        Modifié : mardi 8 déc. 2026 ⋅ 10:00 – 11:00
        Ancienne date : lundi 7 déc. 2026 ⋅ 15:00 – 16:00
        Heure normale d'Europe centrale - Paris

        Lieu
        Orbitale Data, 650 route des Dolines, 06560 Valbonne (Sophia Antipolis)

        Camille, désolée pour le changement, notre CTO ne pouvait pas lundi. Même programme :
        30 min avec moi, 30 min avec Hugo. Mathilde

        Invités
        Mathilde Roux - organisateur
        Hugo Lemaire
        camille.rossi@example.org

        Répondre pour camille.rossi@example.org
        Oui  Non  Peut-être  Plus d'options
        https://calendar.google.com/calendar/event?action=RESPOND&eid=MmJxa2M5c2Q

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p style="color:#d93025">Cet événement a été modifié.</p>
        <h2 style="font-size:22px;font-weight:400">Entretien Analyste marketing – Camille Rossi</h2>
        <p><span style="color:#d93025">Modifié :</span> mardi 8 déc. 2026 ⋅ 10:00 – 11:00<br>
        <s style="color:#70757a">lundi 7 déc. 2026 ⋅ 15:00 – 16:00</s><br>
        <span style="color:#70757a">Heure normale d'Europe centrale - Paris</span></p>
        <p><b>Lieu</b><br>Orbitale Data, 650 route des Dolines, 06560 Valbonne (Sophia Antipolis)</p>
        <p>Camille, désolée pour le changement, notre CTO ne pouvait pas lundi. Même programme :
        30 min avec moi, 30 min avec Hugo. Mathilde</p>
        <p><b>Invités</b><br>Mathilde Roux - organisateur<br>Hugo Lemaire<br>camille.rossi@example.org</p>
        <p style="color:#70757a;font-size:12px">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261208T100000
        DTEND;TZID=Europe/Paris:20261208T110000
        DTSTAMP:20261203T164800Z
        ORGANIZER;CN=Mathilde Roux:mailto:mathilde.roux@orbitale-data.com
        UID:2bqkc9sd4f7h1j3l5n8p0r2t6v@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.rossi@example.org;X-NUM-GUESTS=0:mailto:camille.rossi@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hugo Lemaire;X-NUM-GUESTS=0:mailto:hugo.lemaire@orbitale-data.com
        CREATED:20261125T101500Z
        DESCRIPTION:Camille\\, désolée pour le changement\\, notre CTO ne pouvait pas lundi. Même programme : 30 min avec moi\\, 30 min avec Hugo. Mathilde
        LAST-MODIFIED:20261203T164800Z
        LOCATION:Orbitale Data\\, 650 route des Dolines\\, 06560 Valbonne
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entretien Analyste marketing – Camille Rossi
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-12-03 17:48"
    subject = ("Invitation mise à jour : Entretien Analyste marketing – Camille Rossi @ "
               "mar. 8 déc. 2026 10:00 - 11:00 (CET) (camille.rossi@example.org)")
    headers = [
        ("Received", rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                         sent, PARIS, "4GhD1mW2xP")),
        ("From", "Mathilde Roux <mathilde.roux@orbitale-data.com>"),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Reply-To", "Mathilde Roux <mathilde.roux@orbitale-data.com>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<calendar-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(20), family="taleo", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-14 10:00", PARIS), end=None,
      contact="sandrine.lopez@groupe-aurelien.fr", company="Groupe Aurélien",
      local="Mon 2026-12-14 10:00", zone=PARIS,
      note="Taleo convocation; the attached ICS is an all-day event (DTSTART;VALUE=DATE:20261214) and the "
           "time is only in the text: 'lundi 14 décembre 2026 à 10h00' Paris = CET -> 09:00Z. 'prévoir "
           "environ 1h30' is approximate -> end null. Contact = the recruiter's address in the body.")
def p20() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body>
        <table width="100%" style="font-family:Verdana,Arial;font-size:12px">
        <tr><td><img src="https://groupe-aurelien.taleo.net/careersection/theme/2601/logo.gif" alt="Groupe Aurélien"></td></tr>
        <tr><td>
        <p>Madame Rossi,</p>
        <p>Suite à l'examen de votre candidature au poste <b>Analyste Marketing Clients (Réf. 2600871)</b>,
        nous avons le plaisir de vous convier à un entretien le <b>lundi 14 décembre 2026 à 10h00</b>
        à notre siège :</p>
        <p>Tour Aurélien – 12 place des Reflets – 92400 Courbevoie (Paris La Défense)<br>
        Accueil principal, niveau Parvis</p>
        <p>Vous rencontrerez successivement Mme Sandrine Lopez (Chargée de recrutement) et
        M. Éric Vautrin (Directeur Connaissance Clients). Merci de prévoir environ 1h30.</p>
        <p>Pour toute question : <a href="mailto:sandrine.lopez@groupe-aurelien.fr">sandrine.lopez@groupe-aurelien.fr</a></p>
        <p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
        <p>La Direction des Ressources Humaines<br>Groupe Aurélien</p>
        <p style="font-size:10px;color:#777">Ce courriel a été généré automatiquement par notre système de gestion des candidatures. Merci de ne pas y répondre.</p>
        </td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Oracle//Taleo Enterprise//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:TALEO-INT-2600871-88412@groupe-aurelien.taleo.net
        DTSTAMP:20261209T081100Z
        DTSTART;VALUE=DATE:20261214
        DTEND;VALUE=DATE:20261215
        SUMMARY:Entretien Groupe Aurélien - Analyste Marketing Clients (10h00)
        LOCATION:Tour Aurélien\\, 12 place des Reflets\\, 92400 Courbevoie
        DESCRIPTION:Entretien à 10h00 avec Sandrine Lopez et Éric Vautrin.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-12-09 09:11"
    headers = [
        ("Received", rcv("from smtp-out2.taleo.net (smtp-out2.taleo.net [198.51.100.9])",
                         sent, PARIS, "4GjB7sH0vE")),
        ("From", addr("Groupe Aurélien – Recrutement", "groupe-aurelien@taleo.net")),
        ("To", "camille.rossi@example.org"),
        ("Subject", enc("Convocation à un entretien – Analyste Marketing Clients (Réf. 2600871)")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<1733735460112.88412.JavaMail.taleo@tee2-mta04.taleo.net>"),
    ]
    return message(headers, mixed(
        html(page, cte="quoted-printable"),
        calendar(ics, method="PUBLISH", cte="base64", filename="entretien.ics", disposition="attachment"),
    ))


@mail(n(21), family="exchange_cancel", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-25 14:00", "Europe/Rome"), end=utc("2026-11-25 15:00", "Europe/Rome"),
      contact="francesca.galli@grupposerravalle.it", company="Gruppo Serravalle",
      local="Wed 2026-11-25 14:00", local_end="2026-11-25 15:00", zone="Europe/Rome",
      note="Outlook cancellation (METHOD:CANCEL, TZID 'W. Europe Standard Time') from a Milan food group, "
           "role put on hold, no new time: cancelled slot 'Wednesday, November 25, 2026 2:00 PM-3:00 PM "
           "(UTC+01:00) Amsterdam, Berlin, Bern, Rome' -> 13:00-14:00Z. Contact = ORGANIZER / sender.")
def p21() -> bytes:
    body = t("""
        When: Wednesday, November 25, 2026 2:00 PM-3:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Dear Camille,

        I am sorry, but I have to cancel our interview on Wednesday. The Brand Analyst
        position has been put on hold until the new budget is approved in Q1.

        I will keep your CV and will come back to you as soon as the position reopens.

        Best regards,
        Francesca Galli
        HR Business Partner - Gruppo Serravalle S.p.A.
        Via Melchiorre Gioia 8, 20124 Milano
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>When: Wednesday, November 25, 2026 2:00 PM-3:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.<br>
        Where: Microsoft Teams Meeting</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Dear Camille,</p>
        <p>I am sorry, but I have to cancel our interview on Wednesday. The Brand Analyst
        position has been put on hold until the new budget is approved in Q1.</p>
        <p>I will keep your CV and will come back to you as soon as the position reopens.</p>
        <p>Best regards,<br>Francesca Galli<br>HR Business Partner - Gruppo Serravalle S.p.A.<br>
        Via Melchiorre Gioia 8, 20124 Milano</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Francesca Galli:mailto:francesca.galli@grupposerravalle.it
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Rossi:mailto:camille.rossi@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stefano Rinaldi:mailto:stefano.rinaldi@grupposerravalle.it
        DESCRIPTION;LANGUAGE=en-US:Dear Camille\\,\\n\\nI am sorry\\, but I have to cancel our interview on Wednesday.\\n
        UID:040000008200E00074C5B7101A82E008000000004F3E2D1C6B5BDB01000000000000000010000000E1D2C3B4A5968778
        SUMMARY;LANGUAGE=en-US:Canceled: Interview Camille Rossi - Brand Analyst
        DTSTART;TZID=W. Europe Standard Time:20261125T140000
        DTEND;TZID=W. Europe Standard Time:20261125T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261120T154400Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1486523307
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-11-20 16:44"
    headers = [
        ("Received", rcv("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2058.outbound.protection.outlook.com [203.0.113.58])",
                         sent, "Europe/Rome", "4Gd2kP5wQa")),
        ("From", "Francesca Galli <francesca.galli@grupposerravalle.it>"),
        ("To", "Camille Rossi <camille.rossi@example.org>"),
        ("CC", "Stefano Rinaldi <stefano.rinaldi@grupposerravalle.it>"),
        ("Subject", "Canceled: Interview Camille Rossi - Brand Analyst"),
        ("Thread-Topic", "Interview Camille Rossi - Brand Analyst"),
        ("Thread-Index", "AdtbQk7pX2Yh1M0cS5aVf9uE3wR8tg=="),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Date", date(sent, "Europe/Rome")),
        ("Message-ID", "<DB9PR08MB6715A2B3C4D5E6F7A8B9C0D1E2F3A@DB9PR08MB6715.eurprd08.prod.outlook.com>"),
        ("Accept-Language", "it-IT, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(
        text(body, cte="quoted-printable"),
        html(page, cte="quoted-printable"),
        calendar(ics, method="CANCEL", cte="base64"),
    ))


@mail(n(22), family="zoom", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-25 09:00", "Pacific/Auckland"), end=utc("2026-11-25 09:45", "Pacific/Auckland"),
      contact="mere.walker@harbourline.co.nz", company="Harbourline Software",
      local="Wed 2026-11-25 09:00", local_end="2026-11-25 09:45", zone="Pacific/Auckland",
      note="Recruiter in Auckland cancels a 45-minute Zoom interview: 'Wednesday 25 November at 9:00am "
           "NZDT' (UTC+13) -> Tue 24 Nov 20:00-20:45Z, i.e. another day in UTC; her aside '9pm Tuesday for "
           "you in Nice' agrees (CET). Zoom's METHOD:CANCEL ICS with TZID Pacific/Auckland. Contact = sender.")
def p22() -> bytes:
    body = t("""
        Kia ora Camille,

        I'm really sorry to be writing this, but I need to cancel your interview with Rawiri,
        our Head of Marketing, on Wednesday 25 November at 9:00am NZDT (9pm on Tuesday evening
        for you in Nice, if my maths is right).

        We found out this week that the budget for the European analyst role has been frozen
        until at least April, and it didn't feel fair to keep you in the process without
        being able to make an offer. The Zoom meeting has been deleted - you should get a
        cancellation from Zoom attached to this email.

        Thank you so much for your time so far, and I hope we can talk again when things open
        up.

        Ngā mihi,
        Mere Walker
        Talent Lead | Harbourline Software
        Level 4, 22 Customs Street, Auckland 1010
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTAMP:20261119T211500Z
        DTSTART;TZID=Pacific/Auckland:20261125T090000
        DTEND;TZID=Pacific/Auckland:20261125T094500
        SUMMARY:Camille Rossi <> Harbourline - Marketing Analyst (EU) interview
        UID:ZOOM86730012245
        ORGANIZER;CN=Mere Walker:mailto:mere.walker@harbourline.co.nz
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION:https://harbourline.zoom.us/j/86730012245
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-11-20 10:15"
    headers = [
        ("Received", rcv("from mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])",
                         sent, "Pacific/Auckland", "4Gd0rT2yVb")),
        ("From", "Mere Walker <mere.walker@harbourline.co.nz>"),
        ("To", "Camille Rossi <camille.rossi@example.org>"),
        ("Subject", "Cancelling Wednesday's interview - Harbourline"),
        ("Date", date(sent, "Pacific/Auckland")),
        ("Message-ID", "<CAH8rT3qW5zY-2kPq9LmN0vXc7BdF4sGhJ1aE6uRtO3iYp8wKzQ@mail.gmail.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, method="CANCEL", cte="base64", filename="zoom_meeting.ics",
                 disposition="attachment"),
    ))


@mail(n(23), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-10 14:00", PARIS), end=utc("2026-12-10 16:15", PARIS),
      contact="sam.patel@meridianhealth.io", company="Meridian Health",
      local="Thu 2026-12-10 14:00", local_end="2026-12-10 16:15", zone=PARIS,
      note="GoodTime itinerary update: moved from Wednesday, December 9 to Thursday, December 10, 2026, "
           "three sessions 2:00 PM - 4:15 PM 'all times Central European Time' -> 13:00-15:15Z (first "
           "start to last end). From is GoodTime's scheduling mailbox; contact = Reply-To coordinator.")
def p23() -> bytes:
    body = t("""
        Hi Camille,

        As requested, we've moved your interviews with Meridian Health. Your updated
        schedule is below (previously Wednesday, December 9).

        Thursday, December 10, 2026 - all times Central European Time

        2:00 PM - 2:45 PM   Hiring Manager interview - Rachel Kim, Director of Growth Marketing
        2:45 PM - 3:30 PM   Analytics case study - Tobias Brandt, Senior Marketing Analyst
        3:30 PM - 4:15 PM   Cross-functional conversation - Lucie Martin, Product Marketing

        All sessions take place on the same Zoom link:
        https://meridianhealth.zoom.us/j/91822004517

        Please reply to this email if you have any questions or need accommodations.

        Sam Patel
        Recruiting Coordinator, Meridian Health
        """)
    page = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Camille,</p>
        <p>As requested, we&#39;ve moved your interviews with <b>Meridian Health</b>. Your updated
        schedule is below (previously Wednesday, December 9).</p>
        <h3 style="margin-bottom:4px">Thursday, December 10, 2026</h3>
        <div style="color:#777;font-size:12px">All times Central European Time</div>
        <table cellpadding="6" style="border-collapse:collapse;margin-top:8px">
        <tr style="border-bottom:1px solid #eee"><td>2:00 PM - 2:45 PM</td><td><b>Hiring Manager interview</b><br>Rachel Kim, Director of Growth Marketing</td></tr>
        <tr style="border-bottom:1px solid #eee"><td>2:45 PM - 3:30 PM</td><td><b>Analytics case study</b><br>Tobias Brandt, Senior Marketing Analyst</td></tr>
        <tr><td>3:30 PM - 4:15 PM</td><td><b>Cross-functional conversation</b><br>Lucie Martin, Product Marketing</td></tr>
        </table>
        <p>All sessions take place on the same <a href="https://meridianhealth.zoom.us/j/91822004517">Zoom link</a>.</p>
        <p>Please reply to this email if you have any questions or need accommodations.</p>
        <p>Sam Patel<br>Recruiting Coordinator, Meridian Health</p>
        <p style="font-size:10px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    sent = "2026-12-04 18:02"
    headers = [
        ("Received", rcv("from o1678.sendgrid.goodtime.io (o1678.sendgrid.goodtime.io [198.51.100.167])",
                         sent, PARIS, "4GhF5kV9uS")),
        ("From", "Meridian Health Recruiting <scheduling@goodtime.io>"),
        ("Reply-To", "Sam Patel <sam.patel@meridianhealth.io>"),
        ("To", ME),
        ("Subject", "Updated: Your interview schedule with Meridian Health - Thu, Dec 10"),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<gt-itinerary-5d1e9c7a-updated-2@goodtime.io>"),
    ]
    return message(headers, alt(text(body, cte="7bit", charset="us-ascii"), html(page)))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="fr", interview=False, company="Ardoise & Cie",
      days=(("Thu", "2026-10-08"),),
      note="Teamtailor rejection after the interview of Thu 8 Oct (thread with the Ardoise confirmation "
           "in this set); mentions the past interview date, confirms nothing.")
def n24() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci encore pour le temps que vous nous avez consacré lors de l'entretien du jeudi
        8 octobre, et pour la qualité de vos réponses sur la segmentation CRM.

        Après beaucoup d'hésitation, nous avons décidé de poursuivre le processus avec une
        autre candidate dont l'expérience e-commerce est plus proche de nos besoins immédiats.

        Nous aimerions garder votre profil dans notre vivier : si un poste d'analyste s'ouvre à
        Lyon ou à distance dans les prochains mois, nous reviendrons vers vous en priorité.

        Belle continuation,
        Léa Marchand
        Ardoise & Cie

        --
        Envoyé avec Teamtailor · Gérer mes données : https://ardoise-cie.teamtailor.com/connect/privacy
        """)
    sent = "2026-10-15 10:08"
    headers = [
        ("Received", rcv("from m41-12.teamtailor-mail.com (m41-12.teamtailor-mail.com [192.0.2.141])",
                         sent, PARIS, "4GN0bQ3xTe")),
        ("From", addr("Ardoise & Cie", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Léa Marchand", "lea.marchand@ardoise-cie.fr")),
        ("To", ME),
        ("Subject", "Votre candidature chez Ardoise & Cie"),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<652b9e61f0a4c_7d1e3b2a9c4f@teamtailor-app-7d9f.mail>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="fr", interview=False, company="Clairval SA",
      days=(("Tue", "2026-12-15"), ("Fri", "2026-12-18"), ("Mon", "2026-11-16")),
      note="Job offer after the Geneva interview of Mon 16 Nov; fixes a call 'mardi 15 décembre à 17h' "
           "to discuss the offer and a reply deadline - an offer, not an interview.")
def n25() -> bytes:
    body = t("""
        Chère Camille,

        Suite à nos échanges et à votre entretien du lundi 16 novembre avec Olivier Dufaux,
        j'ai le plaisir de vous transmettre notre proposition d'embauche pour le poste
        d'Analyste Marketing & Insights (CDI), basé à Genève, avec deux jours de télétravail
        par semaine.

        Vous trouverez en pièce jointe la lettre d'offre détaillant la rémunération, les
        avantages et la date de prise de poste envisagée (lundi 1er février 2027).

        Je vous propose un court appel mardi 15 décembre à 17h pour répondre à toutes vos
        questions, notamment sur le statut de frontalière et le permis G. Nous vous serions
        reconnaissants de nous faire part de votre décision d'ici le vendredi 18 décembre.

        Toute l'équipe se réjouit à l'idée de vous accueillir !

        Meilleures salutations,
        Nathalie Perrin
        Talent Acquisition – Clairval SA
        rue du Rhône 48, 1204 Genève
        """)
    pdf = b"%PDF-1.4\n% Clairval SA - lettre d'offre (extrait)\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    pdf_part = raw_part([
        ("Content-Type", 'application/pdf; name="Offre_Clairval_C_Rossi.pdf"'),
        ("Content-Disposition", 'attachment; filename="Offre_Clairval_C_Rossi.pdf"'),
        ("Content-Transfer-Encoding", "base64"),
    ], base64.encodebytes(pdf).decode("ascii"))
    sent = "2026-12-11 11:40"
    headers = [
        ("Received", rcv("from mail.clairval.ch (mail.clairval.ch [192.0.2.180])",
                         sent, "Europe/Zurich", "4GjS9cX2bN")),
        ("From", "Nathalie Perrin <nathalie.perrin@clairval.ch>"),
        ("To", ME),
        ("Subject", enc("Proposition d'embauche – Analyste Marketing & Insights")),
        ("Date", date(sent, "Europe/Zurich")),
        ("Message-ID", "<5C3B2A19-8E7D-4F6A-9B0C-1D2E3F4A5B6C@clairval.ch>"),
        ("X-Mailer", "Apple Mail (2.3826.500.181)"),
    ]
    return message(headers, mixed(text(body, cte="quoted-printable"), pdf_part))


@mail(n(26), family="application_ack", lang="fr", interview=False, company="Cimarel Technologies",
      note="Workday application receipt (HTML only); 'un membre de l'équipe vous contactera pour "
           "planifier un entretien' is hypothetical.")
def n26() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Camille,</p>
        <p>Nous vous remercions pour votre candidature au poste <b>Marketing Intelligence Analyst
        (JR-10582) – Sophia Antipolis</b>.</p>
        <p>Votre dossier a bien été transmis à notre équipe de recrutement. Si votre profil
        correspond à nos besoins, un membre de l'équipe vous contactera pour planifier un
        entretien. Dans le cas contraire, vous serez informée par e-mail.</p>
        <p>Vous pouvez suivre l'avancement de votre candidature à tout moment depuis
        <a href="https://cimarel.wd3.myworkdayjobs.com/fr-FR/Cimarel_Careers/userHome">votre espace candidat</a>.</p>
        <p>Cordialement,<br>Talent Acquisition – Cimarel Technologies</p>
        <p style="font-size:11px;color:#888">Merci de ne pas répondre à ce message automatique.</p>
        </body></html>
        """)
    sent = "2026-09-07 08:54"
    headers = [
        ("Received", rcv("from mail-out1.myworkday.com (mail-out1.myworkday.com [198.51.100.141])",
                         sent, PARIS, "4G7k3dR5nW")),
        ("From", "Cimarel Technologies <cimarel@myworkday.com>"),
        ("To", ME),
        ("Subject", enc("Nous avons bien reçu votre candidature – Marketing Intelligence Analyst")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<902117734.11204.1788764040558@wd3-impl-prod-mta1.myworkday.com>"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert digest; badges like 'Entretien sous 48 h' and 'Recrute activement' "
           "confirm nothing.")
def n27() -> bytes:
    body = t("""
        Bonjour Camille,

        12 nouvelles offres correspondent à votre alerte « analyste marketing » – Nice (30 km).

        Analyste marketing digital H/F – Cap 3000 Retail – Saint-Laurent-du-Var
        CDI · 38-42 k€ · Entretien sous 48 h
        https://www.azurjobs.fr/offre/889120

        Chargé(e) d'études marketing – Mutuelle Horizon Sud – Nice
        CDI · Recrute activement
        https://www.azurjobs.fr/offre/889307

        Data analyst marketing (alternance) – Vela Boats – Antibes
        Alternance · Candidature simplifiée
        https://www.azurjobs.fr/offre/889355

        Marketing analyst (EN/IT) – Porto Nuovo Ferries – Monaco
        CDD 12 mois · Entretien vidéo possible
        https://www.azurjobs.fr/offre/889412

        … et 8 autres offres : https://www.azurjobs.fr/alertes/4471/resultats

        Conseil de la semaine : préparez 3 exemples chiffrés de vos réussites avant chaque entretien.

        Vous recevez cet e-mail car vous avez créé une alerte sur AzurJobs.
        Se désabonner : https://www.azurjobs.fr/alertes/4471/desabonnement
        """)
    sent = "2026-10-12 07:30"
    headers = [
        ("Received", rcv("from mta12.azurjobs.fr (mta12.azurjobs.fr [192.0.2.212])",
                         sent, PARIS, "4GMa9nC4sL")),
        ("From", "AzurJobs <alertes@azurjobs.fr>"),
        ("To", ME),
        ("Subject", enc("12 nouvelles offres : analyste marketing – Nice")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<alert-4471-20261012053000@azurjobs.fr>"),
        ("List-Unsubscribe", "<https://www.azurjobs.fr/alertes/4471/desabonnement>, <mailto:unsubscribe-4471@azurjobs.fr>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_blog", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Substack-style newsletter about preparing for marketing-analyst interviews, with a live AMA "
           "'Thursday 22 October at 6pm CET'; a newsletter, no interview.")
def n28() -> bytes:
    body = t("""
        THE ANALYTICS BRIEF - issue #87

        I did 14 interviews in 6 weeks. Here is the question that tripped me up every time.

        Hi friends,

        Last spring I was where a lot of you are now: three first-round interviews a week,
        a take-home case every weekend and a calendar that looked like a game of Tetris.
        The question that kept catching me out was not about SQL or attribution. It was:
        "Walk me through a time your analysis changed a decision - and what happened next?"

        Three things that finally worked:

        1. Keep a "decision log" of your past projects, not a list of dashboards.
        2. Confirm the interview format 24 hours before (case? panel? live SQL?).
        3. Send a short follow-up the same evening - one paragraph, one concrete idea.

        LIVE AMA: I'm answering your interview questions live on Thursday 22 October at 6pm CET.
        Paid subscribers get the recording. Reply with your question!

        Until next week,
        Nadia @ The Analytics Brief

        Unsubscribe: https://analyticsbrief.substack.com/action/disable_email
        """)
    sent = "2026-10-17 09:00"
    headers = [
        ("Received", rcv("from mail-a.substack.com (mail-a.substack.com [198.51.100.200])",
                         sent, PARIS, "4GP4dS1kXw")),
        ("From", "Nadia from The Analytics Brief <analyticsbrief@substack.com>"),
        ("To", ME),
        ("Subject", "I did 14 interviews in 6 weeks. Here is the question that tripped me up."),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<20261017070000.3.8f1e2d3c4b5a6978@substack.com>"),
        ("List-Id", "<analyticsbrief.substack.com>"),
        ("List-Unsubscribe", "<https://analyticsbrief.substack.com/action/disable_email>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="fr", interview=False, company="Sunfold Energy",
      days=(("Tue", "2026-10-27"), ("Thu", "2026-10-29")),
      note="Recruiter asks the candidate to pick a slot through a Calendly link between Tue 27 and "
           "Thu 29 Oct; nothing is booked yet.")
def n29() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci pour votre candidature au poste de Marketing Performance Analyst chez Sunfold
        Energy. Votre profil a retenu toute notre attention !

        Pour la prochaine étape, je vous propose un entretien en visio d'une quarantaine de
        minutes avec notre responsable acquisition. Vous pouvez choisir directement le
        créneau qui vous arrange ici :

        https://calendly.com/sunfold-recrutement/entretien-marketing-45min

        Les disponibilités vont du mardi 27 au jeudi 29 octobre, entre 9h et 12h. Si aucun
        créneau ne vous convient, dites-le-moi et on trouvera une autre solution.

        Belle journée,
        Élodie Sanchez
        Talent Acquisition – Sunfold Energy
        Sophia Antipolis
        """)
    sent = "2026-10-19 14:22"
    headers = [
        ("Received", rcv("from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])",
                         sent, PARIS, "4GPa1tF6mB")),
        ("From", addr("Élodie Sanchez", "elodie.sanchez@sunfold-energy.com")),
        ("To", ME),
        ("Subject", enc("Sunfold Energy – prochaine étape pour votre candidature")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<CAF2kQp9x-7vR3mLs0Nd4tYb8eWc1uHj6gAo5iZqT2rXy9sPwKg@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Brera Talent Partners",
      note="LinkedIn InMail notification from a Milan agency recruiter: 'a quick call sometime next "
           "week', no time fixed.")
def n30() -> bytes:
    body = t("""
        Lorenzo Bianchi sent you a new message

        Lorenzo Bianchi
        Senior Consultant, Marketing & Digital at Brera Talent Partners

        "Hi Camille, I came across your profile and your work on CRM analytics for the travel
        sector caught my eye. I'm helping a fast-growing Italian fashion e-commerce player
        build an analytics team that will cover France and Monaco - fully remote, with a
        monthly visit to Milan. Would you be open to a quick call sometime next week? Let me
        know a couple of times that suit you. Grazie!"

        Reply: https://www.linkedin.com/messaging/thread/2-Njg3MTQ1OTIz/

        You are receiving InMail notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
        """)
    sent = "2026-09-29 12:17"
    headers = [
        ("Received", rcv("from mailb-ad.linkedin.com (mailb-ad.linkedin.com [198.51.100.65])",
                         sent, "Europe/Rome", "4GHb8wL0qZ")),
        ("From", "Lorenzo Bianchi via LinkedIn <inmail-hit-reply@linkedin.com>"),
        ("To", "Camille Rossi <camille.rossi@example.org>"),
        ("Subject", "Camille, Lorenzo Bianchi sent you a message: Marketing analytics - remote, France/Monaco"),
        ("Date", date(sent, "Europe/Rome")),
        ("Message-ID", "<1790678220155.6a7b8c9d.inmail@linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),
        ("X-LinkedIn-Class", "INMAIL"),
    ]
    return message(headers, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@mail(n(31), family="interview_proposed", lang="fr", interview=False, company="Riviera Hôtels Collection",
      days=(("Tue", "2026-09-22"), ("Thu", "2026-09-24")),
      note="Agency consultant proposes two slots (mardi 22 septembre à 14h or jeudi 24 à 10h30) and asks "
           "which suits: not confirmed. The confirmation comes in a later mail of this set.")
def n31() -> bytes:
    body = t("""
        Bonjour Camille,

        Bonne nouvelle : M. Garnier, directeur marketing de Riviera Hôtels Collection, a lu
        votre dossier avec intérêt et souhaiterait vous rencontrer.

        Il propose deux créneaux, dans leurs locaux de la promenade des Anglais :
          - mardi 22 septembre à 14h
          - jeudi 24 septembre à 10h30

        Laquelle de ces deux options vous conviendrait le mieux ? Dès votre retour, je lui
        confirme et je vous envoie les détails pratiques.

        Bien cordialement,

        Sophie Lambert
        Consultante recrutement - Azur Talents Conseil
        06 71 22 48 90
        """)
    sent = "2026-09-16 17:05"
    headers = [
        ("Received", rcv("from smtp.azur-talents.fr (smtp.azur-talents.fr [192.0.2.61])",
                         sent, PARIS, "4GAx2pR7cD")),
        ("From", "Sophie Lambert <sophie.lambert@azur-talents.fr>"),
        ("To", ME),
        ("Subject", enc("Poste Analyste marketing - Riviera Hôtels Collection", "iso-8859-1")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<000301dd25c8$1b2a3f40$51bf7dc0$@azur-talents.fr>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Public employment agency summons the job seeker to an 'entretien de suivi' with her advisor "
           "on jeudi 1er octobre à 9h15: a fixed-time appointment called 'entretien', but not a job interview.")
def n32() -> bytes:
    body = t("""
        Madame Camille ROSSI,

        Vous êtes convoquée à un entretien de suivi de votre recherche d'emploi avec votre
        conseillère référente, Mme Sabrina Allouche.

        Date : jeudi 1er octobre 2026
        Heure : 9h15
        Lieu : Agence Emploi Azur - Nice Ouest, 140 route de Grenoble, 06200 Nice

        Merci de vous munir de votre pièce d'identité et de votre CV à jour. Cet entretien
        permettra de faire le point sur votre projet professionnel et sur les offres pour
        lesquelles vous avez candidaté.

        En cas d'empêchement, prévenez votre conseillère au moins 48 heures à l'avance
        depuis votre espace personnel. Toute absence non justifiée peut entraîner une
        radiation de la liste des demandeurs d'emploi.

        Votre agence Nice Ouest

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    sent = "2026-09-23 14:02"
    headers = [
        ("Received", rcv("from relais-smtp.agence-emploi-azur.fr (relais-smtp.agence-emploi-azur.fr [192.0.2.30])",
                         sent, PARIS, "4GD7cW2hKs")),
        ("From", "Agence Emploi Azur <ne-pas-repondre@agence-emploi-azur.fr>"),
        ("To", "camille.rossi@example.org"),
        ("Subject", enc("Convocation à un entretien – jeudi 1er octobre 2026 à 9h15")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<conv.20260923120211.7784512@agence-emploi-azur.fr>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(33), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Business-school Executive MBA admission interview confirmed for samedi 7 novembre 2026 à 10h "
           "with an ICS: a confirmed 'entretien' at a fixed time, but an admission interview, not a job one.")
def n33() -> bytes:
    body = t("""
        Madame,

        Nous avons le plaisir de vous confirmer votre entretien d'admission à l'Executive MBA
        « Marketing & Data » de l'ESC Riviera (rentrée de janvier 2027).

        Date : samedi 7 novembre 2026
        Heure : 10h00 (durée : 45 minutes)
        Lieu : Campus Nice Arénas, bâtiment A, salle A204
        Jury : Pr. Hervé Castellan (directeur du programme) et Mme Julia Weber (alumni 2022)

        Merci d'apporter une copie de vos diplômes ainsi que votre attestation de financement
        si vous avez sollicité votre employeur ou votre CPF.

        Une invitation calendrier est jointe à ce message.

        Bien cordialement,

        Caroline Dumas
        Chargée des admissions – Executive Education
        ESC Riviera
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        UID:emba-admission-2027-0148@esc-riviera.fr
        DTSTAMP:20261029T134500Z
        DTSTART;TZID=Europe/Paris:20261107T100000
        DTEND;TZID=Europe/Paris:20261107T104500
        SUMMARY:Entretien d'admission Executive MBA - Camille Rossi
        LOCATION:Campus Nice Arénas\\, salle A204
        ORGANIZER;CN=Caroline Dumas:mailto:caroline.dumas@esc-riviera.fr
        ATTENDEE;CN=Camille Rossi;RSVP=TRUE:mailto:camille.rossi@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-10-29 14:45"
    headers = [
        ("Received", rcv("from smtp.esc-riviera.fr (smtp.esc-riviera.fr [192.0.2.150])",
                         sent, PARIS, "4GSt5kJ8wA")),
        ("From", "Caroline Dumas <caroline.dumas@esc-riviera.fr>"),
        ("To", ME),
        ("Subject", enc("Confirmation de votre entretien d'admission – Executive MBA Marketing & Data")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<8a1f6c3e2b7d4e9f@esc-riviera.fr>"),
    ]
    return message(headers, mixed(
        text(body, cte="quoted-printable"),
        calendar(ics, cte="base64", filename="entretien_admission.ics", disposition="attachment"),
    ))


@mail(n(34), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Local journalist confirms a phone interview with the user for an article, 'mardi 13 octobre "
           "à 11h': the user is the interviewee of the press, not a job candidate.")
def n34() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci d'avoir accepté de témoigner pour notre dossier « Cadres en transition sur la
        Côte d'Azur » ! Je vous confirme donc notre interview par téléphone mardi 13 octobre
        à 11h, une vingtaine de minutes. Je vous appellerai au 06 xx xx xx 17 comme convenu.

        Les questions porteront sur votre parcours, la façon dont vous menez votre recherche
        (réseau, candidatures, entretiens d'embauche) et votre regard sur le marché local.
        Vous pourrez relire vos citations avant publication (prévue le 24 octobre).

        Bien à vous,

        Clément Audibert
        Journaliste – L'Écho de la Baie
        """)
    sent = "2026-10-08 18:26"
    headers = [
        ("Received", rcv("from mail.echodelabaie.fr (mail.echodelabaie.fr [192.0.2.44])",
                         sent, PARIS, "4GLr3zH0vT")),
        ("From", addr("Clément Audibert", "c.audibert@echodelabaie.fr")),
        ("To", ME),
        ("Subject", enc("Interview pour notre dossier « Cadres en transition »")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<e4b1a9c7-5d3f-4e2a-8b6c-9d0e1f2a3b4c@echodelabaie.fr>"),
        ("User-Agent", "Mozilla/5.0 Thunderbird/128.3.1"),
    ]
    return message(headers, text(body, cte="8bit", params="format=flowed"))


@mail(n(35), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Volleyball coach confirms the user's place at club try-outs 'samedi 19 septembre à 10h', with "
           "a short 'entretien individuel' after the session: sport, not a job interview.")
def n35() -> bytes:
    body = t("""
        Salut Camille,

        Je te confirme ta place pour les détections de l'équipe féminine Régionale 1 :
        samedi 19 septembre à 10h au gymnase du Ray (entrée côté bd Gorbella).

        Prévois genouillères, deux paires de chaussettes et de l'eau, on fait 1h30 de jeu
        puis je prends chaque joueuse 5-10 min en entretien individuel pour parler
        disponibilités, poste et objectifs de la saison.

        A samedi !
        Fabien
        Entraîneur R1 – Nice Volley Club Ouest
        """)
    sent = "2026-09-14 20:47"
    headers = [
        ("Received", rcv("from smtp.nvco-volley.fr (smtp.nvco-volley.fr [192.0.2.19])",
                         sent, PARIS, "4G8s0jT3yF")),
        ("From", "Fabien Rinaldi <fabien.rinaldi@nvco-volley.fr>"),
        ("To", "camille.rossi@example.org"),
        ("Subject", enc("Détections R1 samedi – c'est bon pour toi !")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<f7c2a1d9-33b0-4b8e-a2c1-5e6d7f8a9b0c@nvco-volley.fr>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(36), family="car_service", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Garage workshop appointment 'mardi 20 octobre 2026 à 8h00' with an ICS: fixed time, not an "
           "interview.")
def n36() -> bytes:
    body = t("""
        Bonjour Mme ROSSI,

        Nous vous confirmons votre rendez-vous atelier :

        Date : mardi 20 octobre 2026
        Heure de dépôt : 8h00
        Véhicule : Clio IV – immatriculation FX-418-KT
        Prestation : révision 60 000 km + contrôle des plaquettes avant
        Restitution estimée : 17h00

        Un véhicule de courtoisie vous est réservé. Merci de vous présenter avec votre permis.

        Garage des Baumettes – 54 avenue de la Californie, 06200 Nice – 04 93 86 21 47
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//AtelierPlanning//Rendez-vous//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rdv-88123-garage-baumettes
        DTSTAMP:20261014T091000Z
        DTSTART:20261020T060000Z
        DTEND:20261020T150000Z
        SUMMARY:Rendez-vous atelier - Garage des Baumettes
        LOCATION:54 avenue de la Californie\\, 06200 Nice
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-10-14 11:10"
    headers = [
        ("Received", rcv("from mailer.atelierplanning.fr (mailer.atelierplanning.fr [192.0.2.88])",
                         sent, PARIS, "4GMx8qL2dJ")),
        ("From", "Garage des Baumettes <rdv@atelierplanning.fr>"),
        ("To", ME),
        ("Subject", enc("Confirmation de votre rendez-vous atelier du 20/10/2026")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<rdv.88123.20261014091000@atelierplanning.fr>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, method="PUBLISH", cte="7bit", filename="rendez-vous.ics", disposition="attachment"),
    ))


@mail(n(37), family="bank_advisor", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Bank confirms a meeting with the user's adviser 'vendredi 6 novembre 2026 à 17h30' "
           "('entretien conseil'): a fixed time, not a job interview.")
def n37() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#003b5c">
        <table width="600" align="center"><tr><td>
        <p style="font-size:20px;font-weight:bold">Banque Littorale</p>
        <p>Bonjour Madame Rossi,</p>
        <p>Votre rendez-vous est confirmé.</p>
        <p><b>Vendredi 6 novembre 2026 à 17h30</b><br>
        Agence Nice Magnan - 12 rue de France, 06000 Nice<br>
        Votre conseiller : Julien Ferrand<br>
        Objet : entretien conseil - bilan épargne et projet immobilier</p>
        <p>Pensez à apporter vos trois derniers bulletins de salaire ou, le cas échéant, votre
        attestation de droits.</p>
        <p>Pour modifier ou annuler ce rendez-vous, rendez-vous dans votre espace client, rubrique
        « Mes rendez-vous ».</p>
        <p style="font-size:11px;color:#777">Banque Littorale - Société anonyme coopérative. Cet e-mail est envoyé automatiquement.</p>
        </td></tr></table>
        </body></html>
        """)
    sent = "2026-10-30 12:03"
    headers = [
        ("Received", rcv("from out.banque-littorale.fr (out.banque-littorale.fr [192.0.2.120])",
                         sent, PARIS, "4GTb2wP6mE")),
        ("From", "Banque Littorale <rendezvous@banque-littorale.fr>"),
        ("To", ME),
        ("Subject", enc("Confirmation de votre rendez-vous avec votre conseiller")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<rdv-5591027-20261030110300@banque-littorale.fr>"),
    ]
    return message(headers, html(page, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(38), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Career coach offers a pack of mock interviews and confirms the first 'simulation d'entretien' "
           "on jeudi 3 décembre à 18h: a coaching session, not a job interview.")
def n38() -> bytes:
    body = t("""
        Bonjour Camille,

        Ravie de notre échange de ce matin ! Comme convenu, je vous confirme notre première
        séance de simulation d'entretien jeudi 3 décembre à 18h, en visio (lien Zoom ci-dessous),
        pour 1h30.

        Nous ferons un entretien « en conditions réelles » sur le modèle d'un premier tour
        avec un directeur marketing, puis un débrief filmé. Envoyez-moi d'ici mardi l'offre qui
        vous tient le plus à cœur pour que je prépare des questions sur mesure.

        Pour rappel, le pack « Objectif entretiens » comprend 3 simulations + 1 séance de
        préparation à la négociation salariale, pour 390 € TTC (éligible au CPF).

        https://us06web.zoom.us/j/83310277512

        À jeudi,
        Agnès Morel
        Cap Carrière Coaching – Nice
        """)
    sent = "2026-11-27 12:31"
    headers = [
        ("Received", rcv("from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])",
                         sent, PARIS, "4GfW0bN5sG")),
        ("From", addr("Agnès Morel – Cap Carrière", "agnes.morel@capcarriere-coaching.fr")),
        ("To", ME),
        ("Subject", enc("Votre simulation d'entretien – jeudi 18h")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<CAJ7pQw2-m4Zk8vN1sR5tY0eB3xH6gLc9aUoF2iD7rKq4wPnT8s@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(39), family="interview_proposed", lang="en", interview=False, company="Parcelwise",
      days=(("Tue", "2026-11-03"),),
      note="Recruiter proposes 'Tuesday (Nov 3) at 10am your time' or Wednesday afternoon and asks which "
           "works: a proposal, not yet confirmed.")
def n39() -> bytes:
    body = t("""
        Hi Camille,

        Great speaking with you earlier! As promised, the next step would be a 45-minute chat
        with Dana Whelan, our VP Marketing. She's in Dublin, so timing should be easy.

        Would Tuesday (Nov 3) at 10am your time work? If not, she also has Wednesday
        afternoon open - just send me a couple of options and I'll get it booked.

        Cheers,
        Ciaran

        Ciaran O'Neill | Talent Acquisition | Parcelwise
        """)
    sent = "2026-10-29 16:50"
    headers = [
        ("Received", rcv("from mail-qv1-f50.google.com (mail-qv1-f50.google.com [209.85.219.50])",
                         sent, "Europe/Dublin", "4GSx9rC1kM")),
        ("From", "Ciaran O'Neill <ciaran.oneill@parcelwise.ie>"),
        ("To", ME),
        ("Subject", "Next step - Parcelwise / Marketing Analyst"),
        ("Date", date(sent, "Europe/Dublin")),
        ("Message-ID", "<CAGy1wX4-b7Qp2nM9sLz0vT3dR6eK8fHj5aYuI1oW4cPq7tNm2Q@mail.gmail.com>"),
        ("In-Reply-To", "<0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e@example.org>"),
    ]
    return message(headers, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@mail(n(40), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A friend forwards his own confirmed interview (Thursday, October 22, 2026 at 3:00 PM CEST) "
           "for advice: a real confirmation, but of someone else's interview.")
def n40() -> bytes:
    body = t("""
        Salut Cam,

        Regarde ! J'ai décroché l'entretien chez Vectis 🎉 Tu les connais toi ? Tu m'avais dit
        que ta pote Inès y avait bossé. Si tu as 10 min ce week-end pour me briefer sur les
        questions "marketing mix modeling" je te paie un verre.

        Jul

        ---------- Forwarded message ---------
        De : Vectis Mobility <no-reply@us.greenhouse-mail.io>
        Date: ven. 16 oct. 2026 à 11:02
        Subject: Interview Confirmation: Data Analyst, Marketing - Vectis Mobility
        To: <julien.marchetti@example.net>

        Hi Julien,

        Your interview for the Data Analyst, Marketing role at Vectis Mobility has been scheduled:

        Thursday, October 22, 2026
        3:00 PM - 4:00 PM CEST

        Location: Vectis Mobility, 1 place Masséna, Nice - 2nd floor
        Interviewer: Paul Esposito, Marketing Science Lead

        If you need to make any changes, just reply to this email.

        Best,
        Clara Nguyen
        Recruiting, Vectis Mobility
        """)
    sent = "2026-10-17 10:23"
    headers = [
        ("Received", rcv("from mail-lf1-f54.google.com (mail-lf1-f54.google.com [209.85.167.54])",
                         sent, PARIS, "4GPq3sD7nR")),
        ("From", "Julien Marchetti <julien.marchetti@example.net>"),
        ("To", "Camille Rossi <camille.rossi@example.org>"),
        ("Subject", "Fwd: Interview Confirmation: Data Analyst, Marketing - Vectis Mobility"),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<CAB9s-Lq3wP7xR2mK0nZ5vT8eY1cH4gJ6aUoF9iD3rWq2tNp5kA@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="interview_panel_current_job", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Her current manager sends an Outlook meeting request (Romance Standard Time) asking her to sit "
           "on the interview of an intern candidate, jeudi 15 octobre à 16h: the user is the interviewer, "
           "not the candidate.")
def n41() -> bytes:
    body = t("""
        Camille,

        Je t'envoie l'invit sur ta boîte perso vu que tu es en congés jusqu'à mercredi : est-ce
        que tu peux faire le 2e entretien du stagiaire marketing avec moi jeudi 15 octobre à 16h ?
        C'est Léo Bernard, le profil de l'EDHEC dont je t'avais parlé, son CV est sur le Teams
        de l'équipe. Tu peux lui poser tes questions sur Looker / GA4, je ferai la partie
        motivation.

        Merci !
        Stéphanie

        Stéphanie Roux
        Responsable Marketing Digital – Trivento Voyages
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + vtz_romance() + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Stéphanie Roux:mailto:stephanie.roux@trivento-voyages.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.rossi@example.org:mailto:camille.rossi@example.org
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat stage marketing - Léo Bernard (2e tour)
        DTSTART;TZID=Romance Standard Time:20261015T160000
        DTEND;TZID=Romance Standard Time:20261015T170000
        UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000FEDCBA9876543210
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261009T080200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Baie des Anges (3e)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-10-09 10:02"
    headers = [
        ("Received", rcv("from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2092.outbound.protection.outlook.com [203.0.113.92])",
                         sent, PARIS, "4GLw6tB4pX")),
        ("From", addr("Stéphanie Roux", "stephanie.roux@trivento-voyages.fr")),
        ("To", "camille.rossi@example.org"),
        ("Subject", enc("Entretien candidat stage marketing - Léo Bernard (2e tour)")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<PAXPR02MB7280C1D2E3F4A5B6C7D8E9F0A1B2C@PAXPR02MB7280.eurprd02.prod.outlook.com>"),
        ("Thread-Topic", enc("Entretien candidat stage marketing - Léo Bernard (2e tour)")),
        ("Content-Language", "fr-FR"),
    ]
    return message(headers, alt(
        text(body, cte="quoted-printable"),
        html(gmail_html(body), cte="quoted-printable"),
        calendar(ics, cte="base64"),
    ))


@mail(n(42), family="auto_reply", lang="fr", interview=False, company="Groupe Méditerranée Assurances",
      days=(("Wed", "2026-10-07"), ("Fri", "2026-10-09"), ("Mon", "2026-10-12")),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the GMA recruiter to the "
           "candidate's thank-you after the 6 Oct interview; return date only.")
def n42() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du mercredi 7 au vendredi 9 octobre inclus, sans accès à ma messagerie.
        Je traiterai votre message à mon retour, le lundi 12 octobre.

        Pour toute question urgente concernant un processus de recrutement, vous pouvez
        contacter le service Talent Acquisition au 04 91 13 40 00.

        Cordialement,
        Nadia Benali
        Talent Acquisition – Groupe Méditerranée Assurances
        """)
    sent = "2026-10-06 19:16"
    headers = [
        ("Received", rcv("from mail.gma-assurances.fr (mail.gma-assurances.fr [192.0.2.170])",
                         sent, PARIS, "4GKk1xV8qF")),
        ("From", "Nadia Benali <nadia.benali@gma-assurances.fr>"),
        ("To", "Camille Rossi <camille.rossi@example.org>"),
        ("Subject", enc("Réponse automatique : Merci pour l'entretien de ce matin")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<auto.6f1e2d3c.20261006171600@gma-assurances.fr>"),
        ("In-Reply-To", "<9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "nadia.benali@gma-assurances.fr"),
    ]
    return message(headers, text(body, cte="quoted-printable"))


@mail(n(43), family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Delivery-status bounce of the candidate's own reply ('je vous confirme ma présence lundi 23 "
           "novembre à 14h30') sent to a mistyped address; a bounce is not a confirmation from an employer.")
def n43() -> bytes:
    original_body = t("""
        Bonjour Monsieur Haddad,

        Merci pour votre message. Je vous confirme ma présence lundi 23 novembre à 14h30
        dans vos locaux du quai de la Joliette.

        Bien cordialement,
        Camille Rossi
        """)
    original = message([
        ("From", "Camille Rossi <camille.rossi@example.org>"),
        ("To", "k.hadad@phocea-logistique.fr"),
        ("Subject", enc("Re: Confirmation entretien – Chargée d'études marketing")),
        ("Date", date("2026-11-18 19:12", PARIS)),
        ("Message-ID", "<3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d@example.org>"),
    ], text(original_body, cte="quoted-printable"))
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <k.hadad@phocea-logistique.fr>: host mx.phocea-logistique.fr[192.0.2.33] said:
            550 5.1.1 <k.hadad@phocea-logistique.fr>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Gc2aB7hWm
        X-Postfix-Sender: rfc822; camille.rossi@example.org
        Arrival-Date: Wed, 18 Nov 2026 18:12:04 +0000 (UTC)

        Final-Recipient: rfc822; k.hadad@phocea-logistique.fr
        Original-Recipient: rfc822;k.hadad@phocea-logistique.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.phocea-logistique.fr
        Diagnostic-Code: smtp; 550 5.1.1 <k.hadad@phocea-logistique.fr>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"),
                  ("Content-Type", 'text/plain; charset="us-ascii"')], notice),
        raw_part([("Content-Description", "Delivery report"),
                  ("Content-Type", "message/delivery-status")], status),
        attached_message(original),
        params="report-type=delivery-status",
    )
    headers = [
        ("Received", "by smtp.example.org (Postfix)\r\n id 4Gc2aC0kZn; "
                     "Wed, 18 Nov 2026 18:12:06 +0000 (UTC)"),
        ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"),
        ("To", "camille.rossi@example.org"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", "Wed, 18 Nov 2026 18:12:06 +0000 (UTC)"),
        ("Message-ID", "<20261118181206.4Gc2aC0kZn@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, report)


@mail(n(44), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Meetup announcement on a Google Groups list: talk on 'interviewer ses utilisateurs' on mardi "
           "20 octobre à 19h; a meetup, no job interview.")
def n44() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        Le meetup #42 de Riviera Data & Marketing aura lieu mardi 20 octobre à 19h chez
        Lumisens (2000 route des Lucioles, Biot), qui nous accueille pour la première fois.

        Au programme :
        - 19h00 : accueil et pizzas
        - 19h30 : « Interviewer ses utilisateurs : méthodes qualitatives pour analystes »
          par Aurélie Nguyen (Lumisens)
        - 20h15 : « Du MMM bayésien en production, retour d'expérience » par Karl Ostrowski
        - 21h00 : networking (plusieurs boîtes de la technopole recrutent !)

        Inscription obligatoire (60 places) : https://www.meetup.com/riviera-data-marketing/events/311842077/

        À mardi,
        L'équipe d'organisation

        --
        Vous recevez ce message, car vous êtes abonné au groupe Google Groupes « Riviera Data & Marketing ».
        Pour vous désabonner de ce groupe et ne plus recevoir d'e-mails le concernant, envoyez un e-mail à l'adresse riviera-data+unsubscribe@googlegroups.com.
        """)
    sent = "2026-10-12 21:05"
    headers = [
        ("Received", rcv("from mail-yw1-f186.google.com (mail-yw1-f186.google.com [209.85.128.186])",
                         sent, PARIS, "4GMd2pE9tW")),
        ("From", "Romain Peyrat <romain.peyrat@example.com>"),
        ("Sender", "riviera-data@googlegroups.com"),
        ("Reply-To", "riviera-data@googlegroups.com"),
        ("To", "Riviera Data & Marketing <riviera-data@googlegroups.com>"),
        ("Subject", enc("[riviera-data] Meetup #42 – mardi 20 octobre – Interviewer ses utilisateurs")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5dn@googlegroups.com>"),
        ("List-ID", "<riviera-data.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/riviera-data/post>, <mailto:riviera-data@googlegroups.com>"),
        ("List-Help", "<https://support.google.com/a/users/answer/9308783>, <mailto:riviera-data+help@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+88213377+unsubscribe@googlegroups.com>, <https://groups.google.com/group/riviera-data/subscribe>"),
        ("Mailing-list", "list riviera-data@googlegroups.com; contact riviera-data+owners@googlegroups.com"),
        ("Precedence", "list"),
    ]
    return message(headers, text(body, cte="quoted-printable"))


@mail(n(45), family="medical_appointment", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Doctor's appointment confirmation 'jeudi 26 novembre 2026 à 8h40' from a booking platform: "
           "fixed time, not an interview.")
def n45() -> bytes:
    body = t("""
        Votre rendez-vous est confirmé

        Dr Laure Vial – Dermatologue
        jeudi 26 novembre 2026 à 8h40
        Cabinet médical Carabacel, 8 boulevard Carabacel, 06000 Nice

        Motif : première consultation
        Pensez à vous munir de votre carte Vitale et de votre ordonnance le cas échéant.

        Vous ne pouvez pas vous y rendre ? Annulez au moins 24 h à l'avance depuis votre
        compte afin de libérer le créneau pour un autre patient.

        L'équipe MédiRendezVous
        """)
    sent = "2026-11-12 22:41"
    headers = [
        ("Received", rcv("from mta3.medirendezvous.fr (mta3.medirendezvous.fr [192.0.2.131])",
                         sent, PARIS, "4GZx7kM2pQ")),
        ("From", addr("MédiRendezVous", "ne-pas-repondre@medirendezvous.fr")),
        ("To", ME),
        ("Subject", enc("Rendez-vous confirmé : Dr Laure Vial, jeudi 26 novembre à 8h40")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<appointment-77120594-confirmation@medirendezvous.fr>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(46), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-28"),),
      note="Estate agent confirms a flat viewing 'samedi 28 novembre à 10h30' followed by a short "
           "'entretien' with the landlord, who wants proof of employment: housing, not a job interview.")
def n46() -> bytes:
    body = t("""
        Bonjour Madame Rossi,

        Je vous confirme la visite du 3 pièces rue Barla (Port de Nice, 4e étage avec
        ascenseur) samedi 28 novembre à 10h30. Rendez-vous devant l'immeuble.

        Le propriétaire sera présent et souhaite s'entretenir quelques minutes avec chaque
        candidat locataire après la visite. Merci de venir avec votre dossier complet : pièce
        d'identité, trois derniers bulletins de salaire, contrat de travail ou promesse
        d'embauche, dernier avis d'imposition.

        Bien cordialement,
        Thibault Marin
        Immobilière du Port - 06 12 84 55 09
        """)
    sent = "2026-11-23 13:18"
    headers = [
        ("Received", rcv("from smtp.immoduport.fr (smtp.immoduport.fr [192.0.2.71])",
                         sent, PARIS, "4GdN4wS0yH")),
        ("From", "Thibault Marin <t.marin@immoduport.fr>"),
        ("To", ME),
        ("Subject", "Visite rue Barla - samedi 10h30"),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<20261123121822.GA18841@immoduport.fr>"),
        ("User-Agent", "Mutt/2.2.13 (2024-03-09)"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(47), family="volunteer_intake", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Charity schedules a volunteer intake 'entretien d'accueil' on mercredi 16 septembre à 18h30: "
           "volunteering, not a job interview.")
def n47() -> bytes:
    body = t("""
        Bonjour Camille,

        Merci pour votre proposition d'aide ! Pour commencer, nous rencontrons chaque nouveau
        bénévole lors d'un court entretien d'accueil (une demi-heure) : présentation de
        l'association, des différentes missions (distribution, collecte, communication) et
        de vos disponibilités.

        Je vous attends donc mercredi 16 septembre à 18h30 à notre local, 3 rue Trachel
        (porte verte au fond de la cour).

        Votre profil marketing nous intéresse beaucoup pour la communication de la collecte
        de Noël !

        Solidairement,
        Martine Gilli
        Coordinatrice bénévoles – Paniers Solidaires 06
        """)
    sent = "2026-09-10 09:37"
    headers = [
        ("Received", rcv("from mail-oi1-f172.google.com (mail-oi1-f172.google.com [209.85.167.172])",
                         sent, PARIS, "4G7w5nR1bV")),
        ("From", "Paniers Solidaires 06 <paniers.solidaires06@example.com>"),
        ("To", ME),
        ("Subject", enc("Bénévolat – entretien d'accueil mercredi 16/09")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<CAKs4vN8-q2Rz7mP1wT0xY5cL3bJ9eH6gAoF4iU2rDq8tWk1nPs@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="team_event_current_job", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-02"),),
      note="Google Agenda invitation from a colleague at her current employer: team seminar on ven. 2 oct. "
           "2026 09:30-17:00 with ICS; a work event, not an interview.")
def n48() -> bytes:
    body = t("""
        Séminaire équipe Marketing – bilan T3 et plan 2027
        vendredi 2 oct. 2026 ⋅ 09:30 – 17:00
        Heure d'été d'Europe centrale - Paris

        Lieu
        Villa Les Camélias, Cap-d'Ail

        Programme envoyé la semaine prochaine. Déjeuner sur place, covoiturage depuis le bureau
        à 8h45. Maxime

        Invités
        Maxime Duval - organisateur
        Stéphanie Roux
        camille.rossi@example.org
        Équipe Marketing Trivento

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[PARIS] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261002T093000
        DTEND;TZID=Europe/Paris:20261002T170000
        DTSTAMP:20260925T140500Z
        ORGANIZER;CN=Maxime Duval:mailto:maxime.duval@trivento-voyages.fr
        UID:5k2m8p1r4t7v0x3z6b9d2f5h8j@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.rossi@example.org;X-NUM-GUESTS=0:mailto:camille.rossi@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Séminaire équipe Marketing – bilan T3 et plan 2027
        LOCATION:Villa Les Camélias\\, Cap-d'Ail
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-09-25 16:05"
    subject = ("Invitation: Séminaire équipe Marketing – bilan T3 et plan 2027 @ ven. 2 oct. 2026 "
               "09:30 - 17:00 (CEST) (camille.rossi@example.org)")
    headers = [
        ("Received", rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                         sent, PARIS, "4GF3pA6nMc")),
        ("From", "Maxime Duval <maxime.duval@trivento-voyages.fr>"),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Reply-To", "Maxime Duval <maxime.duval@trivento-voyages.fr>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<calendar-3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(49), family="webinar", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Webinar registration 'Réussir son entretien d'embauche en visio', mardi 10 novembre à 12h30, "
           "with an ICS: a webinar about interviews, not an interview.")
def n49() -> bytes:
    body = t("""
        Bonjour Camille,

        Votre inscription est confirmée !

        Webinaire : Réussir son entretien d'embauche en visio
        mardi 10 novembre 2026, 12h30 – 13h15 (heure de Paris)
        Animé par Sarah Benhamou, recruteuse et fondatrice de Recrut'Azur

        Au programme : lumière, cadrage et son ; les 5 questions qui reviennent toujours ;
        comment conclure un entretien vidéo ; questions-réponses en direct.

        Votre lien personnel : https://attendee.gotowebinar.com/join/6203118849265471/889214730

        Ajoutez l'événement à votre agenda avec le fichier joint.

        L'équipe AzurJobs

        Se désinscrire des webinaires : https://www.azurjobs.fr/webinaires/desinscription
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoTo//GoTo Webinar//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:gtw-6203118849265471-889214730
        DTSTAMP:20261103T090000Z
        DTSTART:20261110T113000Z
        DTEND:20261110T121500Z
        SUMMARY:Webinaire : Réussir son entretien d'embauche en visio
        LOCATION:https://attendee.gotowebinar.com/join/6203118849265471/889214730
        ORGANIZER;CN=AzurJobs:mailto:webinaires@azurjobs.fr
        END:VEVENT
        END:VCALENDAR
        """)
    sent = "2026-11-03 10:00"
    headers = [
        ("Received", rcv("from mta12.azurjobs.fr (mta12.azurjobs.fr [192.0.2.212])",
                         sent, PARIS, "4GVh1cZ5rT")),
        ("From", "AzurJobs Webinaires <webinaires@azurjobs.fr>"),
        ("To", ME),
        ("Subject", enc("Inscription confirmée : Réussir son entretien d'embauche en visio (mar. 10/11, 12h30)")),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<webinar-889214730-reg@azurjobs.fr>"),
        ("List-Unsubscribe", "<https://www.azurjobs.fr/webinaires/desinscription>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, method="PUBLISH", cte="base64", filename="webinaire.ics", disposition="attachment"),
    ))


@mail(n(50), family="candidate_survey", lang="en", interview=False, company="Heliotrope Analytics",
      days=(("Tue", "2026-09-15"),),
      note="Greenhouse candidate-experience survey about the interview of Tuesday, September 15 (thread "
           "with the Heliotrope confirmation); after the fact, confirms nothing.")
def n50() -> bytes:
    body = t("""
        Hi Camille,

        Thank you for interviewing with Heliotrope Analytics on Tuesday, September 15.

        We're always trying to improve our interview process, and we'd love to hear about your
        experience. The survey takes about 2 minutes and your answers are anonymous - they
        are shared with our team only in aggregate and have no impact on your application.

        Take the survey: https://app.greenhouse.io/candidate_surveys/new?token=Wc3n8Pq1xZ

        Thanks,
        The Heliotrope Analytics Talent Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Camille,</p>
        <p>Thank you for interviewing with Heliotrope Analytics on Tuesday, September 15.</p>
        <p>We&#39;re always trying to improve our interview process, and we&#39;d love to hear about your
        experience. The survey takes about 2 minutes and your answers are anonymous - they
        are shared with our team only in aggregate and have no impact on your application.</p>
        <p><a href="https://app.greenhouse.io/candidate_surveys/new?token=Wc3n8Pq1xZ" style="background:#24a47f;color:#fff;padding:8px 14px;text-decoration:none">Take the survey</a></p>
        <p>Thanks,<br>The Heliotrope Analytics Talent Team</p>
        </body></html>
        """)
    sent = "2026-09-16 15:00"
    headers = [
        ("Received", rcv("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [198.51.100.27])",
                         sent, PARIS, "4GAk7bQ2mY")),
        ("From", "Heliotrope Analytics <no-reply@us.greenhouse-mail.io>"),
        ("To", ME),
        ("Subject", "How was your interview with Heliotrope Analytics?"),
        ("Date", date(sent, PARIS)),
        ("Message-ID", "<0100019a4b8e2f10-1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f-000000@email.amazonses.com>"),
    ]
    return message(headers, alt(text(body, charset="us-ascii", cte="7bit"), html(page)))
