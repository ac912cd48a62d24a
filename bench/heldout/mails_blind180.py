"""blind180: a blind 50-mail held-out set, the inbox of Mathilde Colin, a materials-testing engineer
in Nancy (Europe/Paris), September to mid-December 2026.

Written by a helper session that had not read the detector, its tests or the other held-out mails.
Build and check: ``python3 bench/heldout/make_blind.py blind180``. Keys 1-23 are positives (1-16
scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives; the file number of the mail
written ``key``-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import random

import make
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
    message,
    mixed,
    multipart,
    received,
    t,
    text,
    utc,
)

SET = "blind180"
ORDER = random.Random(1800180).sample(range(1, 51), 50)
ME = "mathilde.colin@example.org"
ME_NAME = "Mathilde Colin"
TO = addr(ME_NAME, ME)
PARIS = "Europe/Paris"
MX = "mx1.example.org (Postfix)"

VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def pos(key: int, *, family: str, lang: str, kind: str, local: str, zone: str, company: str,
        contact: str | None, note: str, local_end: str | None = None, days=()):
    rest = local.split(" ", 1)[1]
    return make.mail(
        name(key), family=family, lang=lang, interview=True, kind=kind, company=company, note=note,
        start=utc(rest, zone), end=utc(local_end, zone) if local_end else None, contact=contact,
        local=local, local_end=local_end, zone=zone, days=days)


def neg(key: int, *, family: str, lang: str, company: str | None, note: str, days=()):
    return make.mail(name(key), family=family, lang=lang, interview=False, company=company, note=note,
                     days=days)


def head(frm: str, subject: str, when: str, msgid: str, *, zone: str = PARIS, relay: str,
         to: str = TO, extra: list[tuple[str, str]] | None = None, charset: str = "utf-8",
         lag: int = 4) -> list[tuple[str, str]]:
    """Received + the usual top headers; ``when`` is the local send time in ``zone``."""
    hs = [
        ("Return-Path", "<bounce@" + relay.split(" ")[0] + ">"),
        ("Received", received(f"from {relay}", when, zone, f"{MX} with ESMTPS id {msgid[:10].upper()}",
                              ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{msgid}>"),
    ]
    return hs + (extra or [])


# =========================================================================== positives: scheduled


@pos(1, family="greenhouse", lang="en", kind="scheduled", local="Tue 2026-09-15 10:00",
     local_end="2026-09-15 10:45", zone=PARIS, company="Alsatek Composites",
     contact="hannah.roth@alsatek-composites.com",
     note="Greenhouse confirmation, 10:00-10:45 AM CEST (Strasbourg, UTC+2 in September) = 08:00-08:45Z; "
          "ICS in UTC agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Mathilde,

        Thanks for making time to speak with us. Your interview for the Test Engineer - Composite
        Structures role at Alsatek Composites is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 10:45 AM CEST (Central European Summer Time)

        Format: video call (Microsoft Teams) - the link is in the calendar invitation attached.
        Interviewers: Hannah Roth (Talent Partner), Dr. Yannick Schaller (Head of Test Lab)

        If anything changes on your side, just reply to this email and it will reach Hannah directly.

        Best regards,
        Alsatek Composites Talent Team

        --
        Powered by Greenhouse | Privacy Policy
        """)
    hbody = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#24292e">
        <p>Hi Mathilde,</p>
        <p>Thanks for making time to speak with us. Your interview for the <b>Test Engineer - Composite
        Structures</b> role at Alsatek Composites is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #dde"><tr><td><b>Tuesday, September 15, 2026</b><br>
        10:00 AM - 10:45 AM CEST (Central European Summer Time)</td></tr></table>
        <p>Format: video call (Microsoft Teams) - the link is in the calendar invitation attached.<br>
        Interviewers: Hannah Roth (Talent Partner), Dr. Yannick Schaller (Head of Test Lab)</p>
        <p>If anything changes on your side, just reply to this email and it will reach Hannah directly.</p>
        <p>Best regards,<br>Alsatek Composites Talent Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse | <a href="https://www.greenhouse.com/privacy-policy">Privacy Policy</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-8841207-4471@greenhouse.io
        DTSTAMP:20260909T141200Z
        DTSTART:20260915T080000Z
        DTEND:20260915T084500Z
        SUMMARY:Interview: Mathilde Colin - Test Engineer - Composite Structures (Alsatek Composites)
        LOCATION:Microsoft Teams
        DESCRIPTION:Join on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1\\n
        ORGANIZER;CN=Hannah Roth:mailto:hannah.roth@alsatek-composites.com
        ATTENDEE;CN=Mathilde Colin;RSVP=TRUE:mailto:mathilde.colin@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Alsatek Composites <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Test Engineer - Composite Structures at Alsatek Composites",
              "2026-09-09 16:12", "0100019c3e8a7f41-gh-8841207@email.amazonses.com",
              relay="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=[("Reply-To", addr("Hannah Roth", "hannah.roth@alsatek-composites.com"))])
    body_part = mixed(alt(text(body), html(hbody)),
                      calendar(ics, filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body_part)


@pos(2, family="human_prose", lang="fr", kind="scheduled", local="Tue 2026-09-22 09:15", zone=PARIS,
     company="Laboratoires Mosellans d'Essais", contact="s.kieffer@lme-metz.fr",
     days=(("Thu", "2026-09-17"),),
     note="Prose (vous), iso-8859-1 8bit: 'mardi prochain à 9h15' against Date Thu 17 Sep -> Tue 22 Sep, "
          "Metz, CEST -> 07:15Z; the attached ICS is an all-day event (time only in the text and SUMMARY); "
          "'environ 1h30' is approximate so end null; contact = sender")
def m02() -> bytes:
    body = t("""
        Bonjour Madame Colin,

        Suite à notre échange téléphonique de ce matin, je vous confirme notre entretien mardi
        prochain à 9h15, dans nos locaux de Metz-Borny (bâtiment C, accueil au rez-de-chaussée).
        Vous rencontrerez M. Weiss, responsable du laboratoire de fatigue, et moi-même.
        Prévoyez environ 1h30 : nous terminerons par une visite du hall d'essais.

        Merci de vous munir d'une pièce d'identité pour l'accueil. Je vous joins un rappel pour
        votre agenda.

        Bien cordialement,

        Sébastien Kieffer
        Responsable Ressources Humaines
        Laboratoires Mosellans d'Essais
        3 rue des Forgerons - 57070 Metz
        Tél. 03 87 00 41 12

        -----Message d'origine-----
        De : Mathilde Colin <mathilde.colin@example.org>
        Envoyé : mercredi 16 septembre 2026 18:02
        À : Sébastien Kieffer <s.kieffer@lme-metz.fr>
        Objet : Candidature - Ingénieur(e) essais mécaniques

        Bonjour Monsieur Kieffer,
        Je vous remercie pour votre appel. Je suis disponible en début de semaine prochaine.
        Bien à vous,
        Mathilde Colin
        """)
    hs = head(addr("Sébastien Kieffer", "s.kieffer@lme-metz.fr", "iso-8859-1"),
              "RE: Candidature - Ingénieur(e) essais mécaniques", "2026-09-17 11:05",
              "AM6PR02MB4412A8C1E0F3D2B7A91E4C55B8F12@AM6PR02MB4412.eurprd02.prod.outlook.com",
              relay="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound.protection.outlook.com [40.107.22.91])",
              charset="iso-8859-1",
              extra=[("Thread-Topic", enc("Candidature - Ingénieur(e) essais mécaniques", "iso-8859-1")),
                     ("In-Reply-To", "<8c2f10aa-5e1d-4a0e-9b71-c3d9e0f1a2b4@example.org>"),
                     ("Content-Language", "fr-FR")])
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:lme-rdv-20260922-colin
        DTSTAMP:20260917T090500Z
        DTSTART;VALUE=DATE:20260922
        DTEND;VALUE=DATE:20260923
        SUMMARY:Entretien Mme Colin - 9h15 - LME Metz-Borny bât. C
        TRANSP:TRANSPARENT
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hs, mixed(text(body, "iso-8859-1", "8bit"),
                             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Entretien.ics",
                                      disposition="attachment")))


@pos(3, family="personio", lang="fr-lu", kind="scheduled", local="Mon 2026-10-05 14:00",
     local_end="2026-10-05 15:00", zone="Europe/Luxembourg", company="Moselle Alloys",
     contact="anne.schmit@mosellealloys.lu",
     note="Personio (Luxembourg French): lundi 5 octobre 14:00-15:00 heure de Luxembourg (CEST) = 12:00-13:00Z; "
          "ICS in UTC agrees; contact = human Reply-To")
def m03() -> bytes:
    body = t("""
        Bonjour Mathilde Colin,

        Nous avons le plaisir de vous confirmer votre entretien pour le poste
        « Ingénieur Qualité Matériaux (m/f) » chez Moselle Alloys S.à r.l.

        Date : lundi 5 octobre 2026
        Heure : 14:00 - 15:00 (heure de Luxembourg)
        Lieu : 12, rue de l'Industrie, L-3895 Foetz (parking visiteurs devant le bâtiment B)
        Interlocuteurs : Anne Schmit (RH) et Georges Thill (Directeur technique)

        Pour les candidats venant de France : pensez à prévoir un peu de marge, l'A31 est souvent
        chargée le lundi après-midi à hauteur de Thionville.

        En cas d'empêchement, merci de répondre directement à ce message.

        Meilleures salutations,
        Anne Schmit
        Ressources Humaines - Moselle Alloys S.à r.l.
        Tél. +352 26 55 81 - 20

        ---
        Ce message a été envoyé via Personio.
        """)
    hbody = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <div style="max-width:600px;margin:0 auto">
        <p>Bonjour Mathilde Colin,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        « Ingénieur Qualité Matériaux (m/f) » chez Moselle Alloys S.à r.l.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px 4px 0;color:#666">Date</td><td>lundi 5 octobre 2026</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Heure</td><td>14:00 - 15:00 (heure de Luxembourg)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Lieu</td><td>12, rue de l'Industrie, L-3895 Foetz (parking visiteurs devant le bâtiment B)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Interlocuteurs</td><td>Anne Schmit (RH) et Georges Thill (Directeur technique)</td></tr>
        </table>
        <p>Pour les candidats venant de France : pensez à prévoir un peu de marge, l'A31 est souvent
        chargée le lundi après-midi à hauteur de Thionville.</p>
        <p>En cas d'empêchement, merci de répondre directement à ce message.</p>
        <p>Meilleures salutations,<br>Anne Schmit<br>Ressources Humaines - Moselle Alloys S.à r.l.<br>Tél. +352 26 55 81 - 20</p>
        <p style="font-size:11px;color:#999">Ce message a été envoyé via Personio.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:personio-event-5c1e7b9a-21f0-4b6e-a2d4-7f0c9e33b101
        DTSTAMP:20260928T073114Z
        DTSTART:20261005T120000Z
        DTEND:20261005T130000Z
        SUMMARY:Entretien - Ingénieur Qualité Matériaux (m/f) - Mathilde Colin
        LOCATION:12\\, rue de l'Industrie\\, L-3895 Foetz
        ORGANIZER;CN=Anne Schmit:mailto:anne.schmit@mosellealloys.lu
        ATTENDEE;CN=Mathilde Colin;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathilde.colin@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Moselle Alloys S.à r.l.", "no-reply@mail.personio.de"),
              "Confirmation de votre entretien – Ingénieur Qualité Matériaux (m/f)", "2026-09-28 09:31",
              "20260928073114.7f3a1c9e2b@mail.personio.de", zone="Europe/Luxembourg",
              relay="mail.personio.de (mail.personio.de [185.12.81.40])",
              extra=[("Reply-To", addr("Anne Schmit", "anne.schmit@mosellealloys.lu"))])
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(hbody)),
                             calendar(ics, method="REQUEST", cte="base64", filename="entretien.ics",
                                      disposition="attachment")))


@pos(4, family="teamtailor", lang="fr", kind="scheduled", local="Thu 2026-10-08 17:30",
     local_end="2026-10-08 18:15", zone=PARIS, company="Champagne Composites Ingénierie",
     contact="julie.marchal@champagne-composites.fr",
     note="Teamtailor, HTML only in base64: 'jeudi 8 octobre à 17 h 30', 'durée : 45 minutes', Reims, CEST "
          "-> 15:30-16:15Z; Reply-To is a Teamtailor relay, contact = the recruiter's address in the signature")
def m04() -> bytes:
    hbody = t("""
        <!doctype html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style>body{font-family:Inter,Helvetica,Arial,sans-serif;color:#101828} .btn{background:#6941c6;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none}</style></head>
        <body>
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="0" cellspacing="0">
        <tr><td style="padding:24px 0"><img src="https://assets.teamtailor-cdn.com/company/cci-logo.png" alt="Champagne Composites Ingénierie" height="36"></td></tr>
        <tr><td>
        <p>Bonjour Mathilde,</p>
        <p>Merci pour votre réactivité ! Votre entretien pour le poste <strong>Ingénieur(e) Essais &amp; Caractérisation</strong> est confirmé :</p>
        <p style="font-size:16px"><strong>jeudi 8 octobre à 17 h 30</strong><br>
        durée : 45 minutes<br>
        en visio (Microsoft Teams)</p>
        <p><a class="btn" href="https://champagne-composites.teamtailor.com/meetings/8f41c2">Rejoindre la réunion</a></p>
        <p>Vous échangerez avec Julie Marchal (chargée de recrutement) et Hugo Dumont (responsable R&amp;D).</p>
        <p>À jeudi,<br>
        Julie Marchal<br>
        Chargée de recrutement – Champagne Composites Ingénierie, Reims<br>
        <a href="mailto:julie.marchal@champagne-composites.fr">julie.marchal@champagne-composites.fr</a></p>
        </td></tr>
        <tr><td style="padding-top:32px;font-size:12px;color:#98a2b3">Vous recevez cet e-mail car vous avez postulé chez Champagne Composites Ingénierie.
        <a href="https://champagne-composites.teamtailor.com/connect/unsubscribe">Gérer mes données</a> · Propulsé par Teamtailor</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Julie Marchal", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé – Ingénieur(e) Essais & Caractérisation", "2026-10-02 18:40",
              "01070191f1a2b3c4-5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f-000000@eu-west-1.amazonses.com",
              relay="a7-19.smtp-out.eu-west-1.amazonses.com (a7-19.smtp-out.eu-west-1.amazonses.com [54.240.7.19])",
              extra=[("Reply-To", "julie.marchal.8f41c2@reply.teamtailor-mail.com"),
                     ("X-Mailer", "Teamtailor")])
    return message(hs, html(hbody, cte="base64"))


@pos(5, family="exchange", lang="fr", kind="scheduled", local="Mon 2026-10-26 09:30",
     local_end="2026-10-26 10:30", zone=PARIS, company="Rhénatest",
     contact="claire.hoffmann@rhenatest.fr",
     note="Exchange meeting request, TZID Romance Standard Time: Mon 26 Oct 09:30-10:30, the day after Europe "
          "returns to CET (25 Oct) while the mail is sent in CEST -> 08:30-09:30Z; contact = ORGANIZER/sender")
def m05() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien avec
        Frédéric Ott, directeur du laboratoire d'essais. L'entretien se fera sur Teams.

        À lundi,
        Claire Hoffmann
        Chargée RH – Rhénatest SAS, Strasbourg

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk3YzE2%40thread.v2/0>
        ID de la réunion : 384 221 907 553
        Code secret : 7qR4mV
        Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    hbody = make.gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">')
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Claire Hoffmann:mailto:claire.hoffmann@rhenatest.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Colin:mailto:mathilde.colin@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Frédéric Ott:mailto:frederic.ott@rhenatest.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Mathilde\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour notre entretien.\\n
        UID:040000008200E00074C5B7101A82E0080000000030B6E1A4F865DC01000000000000000010000000D4C1A1E6B3A7F24C9E2D1B0A6F5C3E21
        SUMMARY;LANGUAGE=fr-FR:Entretien – Ingénieure essais matériaux (Mathilde Colin)
        DTSTART;TZID=Romance Standard Time:20261026T093000
        DTEND;TZID=Romance Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T122000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121842977
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
        """)
    hs = head(addr("Claire Hoffmann", "claire.hoffmann@rhenatest.fr"),
              "Entretien – Ingénieure essais matériaux (Mathilde Colin)", "2026-10-22 14:20",
              "PR1P264MB3417E2C1D0A9B8F7E6D5C4B3A2918@PR1P264MB3417.FRAP264.PROD.OUTLOOK.COM",
              relay="FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2112.outbound.protection.outlook.com [40.107.12.112])",
              extra=[("Thread-Topic", enc("Entretien – Ingénieure essais matériaux (Mathilde Colin)")),
                     ("Thread-Index", "AdskL3XvE4m0n2pTQy6b8c1dZxJ7Aw=="),
                     ("Accept-Language", "fr-FR, en-US"),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1")])
    return message(hs, alt(text(body), html(hbody), calendar(ics, method="REQUEST", cte="base64")))


@pos(6, family="calendly", lang="en", kind="scheduled", local="Thu 2026-10-29 15:00",
     local_end="2026-10-29 15:30", zone=PARIS, company="Tidewater Materials Lab",
     contact="ryan.okafor@tidewaterlabs.com",
     note="Calendly invitee confirmation shown in the invitee's zone: Thu 29 Oct 3:00pm-3:30pm Central European "
          "Time (CET again since 25 Oct; Boston still on EDT) -> 14:00-14:30Z; contact = host in Reply-To")
def m06() -> bytes:
    body = t("""
        Hi Mathilde Colin,

        A new event has been scheduled.

        Event Type:
        Technical screen - Materials Test Engineer (remote EU)

        Host:
        Ryan Okafor

        Event Date/Time:
        03:00pm - 03:30pm (Central European Time) Thursday, October 29, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/qvx-hdfr-ykn

        Invitee Time Zone:
        Central European Time

        Questions:
        Please share anything that will help prepare for our meeting.
        > Happy to talk about fatigue testing of bonded joints and the DIC setup I built.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b7e1c2d-8a90-4f3e-b6d1-0c9e8f7a6b5d
        Reschedule: https://calendly.com/reschedulings/5b7e1c2d-8a90-4f3e-b6d1-0c9e8f7a6b5d

        Powered by Calendly.com
        """)
    hbody = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;").split("\n")) + "</body></html>\n"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Technical screen - Materials Test Engineer (remote EU) with Ryan Okafor on "
              "Thursday, October 29, 2026", "2026-10-26 09:10",
              "5b7e1c2d8a90.7c41@calendly.com",
              relay="o1.ptr4412.calendly.com (o1.ptr4412.calendly.com [167.89.21.44])",
              extra=[("Reply-To", addr("Ryan Okafor", "ryan.okafor@tidewaterlabs.com"))])
    return message(hs, alt(text(body), html(hbody)))


@pos(7, family="google_calendar", lang="fr", kind="scheduled", local="Wed 2026-11-04 14:00",
     local_end="2026-11-04 15:00", zone=PARIS, company="Fissura", contact="thomas.lemaire@fissura.io",
     note="Google Agenda invitation in French, 'mer. 4 nov. 2026 14:00 - 15:00 (CET)', TZID Europe/Paris "
          "-> 13:00-14:00Z; contact = organizer (sender/Reply-To)")
def m07() -> bytes:
    body = t("""
        Thomas Lemaire vous a invité à un événement

        Entretien technique – Mathilde Colin / Fissura

        Quand
        mercredi 4 nov. 2026 · 14:00 – 15:00 (heure normale d’Europe centrale - Paris)

        Participer avec Google Meet
        meet.google.com/bfe-rwzs-kma

        Participer par téléphone
        (FR) +33 1 87 40 44 13 Code : 712 448 903#

        Invités
        Thomas Lemaire - organisateur
        mathilde.colin@example.org
        Sarah Benhamou

        Afficher tous les détails de l'invitation

        Répondre pour mathilde.colin@example.org
        Oui   Non   Peut-être   Plus d'options

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    hbody = t("""
        <html><body>
        <div itemscope itemtype="http://schema.org/Event">
        <h2 style="font-family:'Google Sans',Roboto,sans-serif;font-weight:400">Entretien technique – Mathilde Colin / Fissura</h2>
        <table><tr><td style="color:#70757a">Quand</td><td>mercredi 4 nov. 2026 · 14:00 – 15:00 (heure normale d’Europe centrale - Paris)</td></tr>
        <tr><td style="color:#70757a">Invités</td><td>Thomas Lemaire - organisateur<br>mathilde.colin@example.org<br>Sarah Benhamou</td></tr></table>
        <p><a href="https://meet.google.com/bfe-rwzs-kma">Participer avec Google Meet</a></p>
        <p style="font-size:12px;color:#70757a">Invitation de Google Agenda</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261104T140000
        DTEND;TZID=Europe/Paris:20261104T150000
        DTSTAMP:20261030T101544Z
        ORGANIZER;CN=Thomas Lemaire:mailto:thomas.lemaire@fissura.io
        UID:2k9v0c1r8e7q4d3f6g5h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Lemaire;X-NUM-GUESTS=0:mailto:thomas.lemaire@fissura.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathilde.colin@example.org;X-NUM-GUESTS=0:mailto:mathilde.colin@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sarah Benhamou;X-NUM-GUESTS=0:mailto:sarah.benhamou@fissura.io
        X-GOOGLE-CONFERENCE:https://meet.google.com/bfe-rwzs-kma
        CREATED:20261030T101543Z
        DESCRIPTION:Entretien technique (1 h) avec Thomas (CTO) et Sarah (lead vision).\\n
        LAST-MODIFIED:20261030T101543Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien technique – Mathilde Colin / Fissura
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Thomas Lemaire", "thomas.lemaire@fissura.io"),
              "Invitation: Entretien technique – Mathilde Colin / Fissura @ mer. 4 nov. 2026 14:00 - 15:00 "
              "(CET) (mathilde.colin@example.org)", "2026-10-30 11:15",
              "calendar-8a1f3c2e-44b0-4d9e-b7a6-2c5d1e0f9a83@google.com",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=[("Reply-To", addr("Thomas Lemaire", "thomas.lemaire@fissura.io")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(hbody), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(8, family="human_prose", lang="fr", kind="scheduled", local="Wed 2026-09-09 14:00", zone=PARIS,
     company="Lorraine Essais Non Destructifs", contact="karim.benali@lend-nancy.fr",
     days=(("Tue", "2026-09-08"),),
     note="Prose written at 00:20 CEST on Tue 8 Sep (Mon 7 Sep 22:20Z): 'demain, mercredi, à 14h' resolves on "
          "the sender's local date -> Wed 9 Sep 14:00 CEST = 12:00Z; no length; contact = sender")
def m08() -> bytes:
    body = t("""
        Bonsoir Madame Colin,

        Désolé pour l'heure tardive, je rentre tout juste d'une intervention sur site.

        C'est bon de notre côté : je vous confirme l'entretien demain, mercredi, à 14h à l'agence de
        Nancy (12 rue Saint-Georges, 2e étage, sonnez à LEND). Nous serons deux, avec notre
        responsable qualité, Mme Perrin.

        Si vous avez vos certificats COFREND (UT / RT), apportez-les.

        Bonne soirée,
        --
        Karim Benali
        Chef d'agence – Lorraine Essais Non Destructifs
        06 71 22 40 18
        """)
    hs = head(addr("Karim Benali", "karim.benali@lend-nancy.fr"),
              "Re: Candidature technicienne / ingénieure CND", "2026-09-08 00:20",
              "c41d9a77-0b2e-4f8c-a311-5e6d7c8b9a01@lend-nancy.fr",
              relay="smtp.lend-nancy.fr (ns3019044.ip-51-38-71.eu [51.38.71.44])",
              extra=[("In-Reply-To", "<3f0b2e91-8d7c-4a6b-9e5f-1a2b3c4d5e6f@example.org>"),
                     ("User-Agent", "Mozilla Thunderbird")])
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@pos(9, family="workday", lang="fr", kind="scheduled", local="Thu 2026-11-12 10:30",
     local_end="2026-11-12 11:30", zone=PARIS, company="Sidéral Industrie",
     contact="elodie.grandjean@sideral-industrie.com", days=(("Thu", "2026-11-12"),),
     note="Workday (myworkday.com) notification, date written dd/mm '12/11/2026' 10:30 heure de Paris, "
          "'Durée : 60 minutes' -> CET 09:30-10:30Z; no Reply-To, contact = recruiter address in the body")
def m09() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Un entretien a été planifié dans le cadre de votre candidature au poste
        R-0048213 Ingénieur Laboratoire Métallurgie (H/F) - Florange.

        Type d'entretien : Entretien sur site avec le manager
        Date : 12/11/2026
        Heure : 10:30 (heure de Paris)
        Durée : 60 minutes
        Lieu : Sidéral Industrie - Site de Florange, Bâtiment Administratif, Rue de la Fonderie, 57190 Florange
        Participants : Vincent Maurer (Responsable Laboratoire), Élodie Grandjean (Talent Acquisition)

        Veuillez vous présenter à l'accueil 10 minutes avant l'heure prévue, muni(e) d'une pièce
        d'identité. Des chaussures de sécurité vous seront prêtées pour la visite de l'atelier.

        Pour toute question : Élodie Grandjean - elodie.grandjean@sideral-industrie.com

        Vous pouvez consulter le statut de votre candidature à tout moment depuis votre
        espace candidat : https://sideral.wd3.myworkday.com/sideral/d/home.htmld

        Cordialement,
        L'équipe Recrutement Sidéral Industrie

        Ceci est un message automatique, merci de ne pas y répondre.
        """)
    hs = head(addr("Sidéral Industrie", "sideral@myworkday.com"),
              "Entretien planifié : Ingénieur Laboratoire Métallurgie (H/F) - Florange", "2026-11-04 15:02",
              "1637893240.4417.1794239745102.JavaMail.wdprod@wd3-impl-app17.myworkday.com",
              relay="wd3-smtp-out2.myworkday.com (wd3-smtp-out2.myworkday.com [216.52.211.78])")
    return message(hs, text(body, "windows-1252", "quoted-printable"))


@pos(10, family="smartrecruiters", lang="fr", kind="scheduled", local="Fri 2026-11-20 10:30",
      local_end="2026-11-20 12:00", zone=PARIS, company="Veritest Aéro",
      contact="camille.nguyen@veritest-aero.fr",
      note="SmartRecruiters: vendredi 20 novembre de 10h30 à 12h00 (heure de Paris), on site in Paris 13e, CET "
           "-> 09:30-11:00Z; application/ics attachment in UTC agrees; contact = human Reply-To")
def m10() -> bytes:
    hbody = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table align="center" width="600" style="background:#fff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:20px 30px;border-bottom:3px solid #0b6ac5"><b>Veritest Aéro</b></td></tr>
        <tr><td style="padding:20px 30px">
        <p>Bonjour Mathilde,</p>
        <p>Nous avons bien reçu votre choix de créneau. Votre entretien pour le poste
        <b>Ingénieur(e) Essais Structures – Aéronautique</b> est confirmé :</p>
        <p style="background:#eef5fc;padding:12px">
        &#128197; vendredi 20 novembre 2026<br>
        &#128339; de 10h30 à 12h00 (heure de Paris)<br>
        &#128205; Veritest Aéro, 27 rue du Chevaleret, 75013 Paris – accueil au 1er étage</p>
        <p>Déroulé : 45 min avec l'équipe essais statiques, puis 45 min avec les RH.</p>
        <p>Une invitation calendrier est jointe à ce message.</p>
        <p>À bientôt,<br>Camille Nguyen<br>Talent Acquisition Partner</p>
        </td></tr>
        <tr><td style="padding:12px 30px;font-size:11px;color:#8a8f98">Envoyé via SmartRecruiters · <a href="https://jobs.smartrecruiters.com/">Politique de confidentialité</a></td></tr>
        </table></body></html>
        """)
    plain = t("""
        Bonjour Mathilde,

        Nous avons bien reçu votre choix de créneau. Votre entretien pour le poste
        Ingénieur(e) Essais Structures – Aéronautique est confirmé :

        vendredi 20 novembre 2026
        de 10h30 à 12h00 (heure de Paris)
        Veritest Aéro, 27 rue du Chevaleret, 75013 Paris – accueil au 1er étage

        Déroulé : 45 min avec l'équipe essais statiques, puis 45 min avec les RH.

        Une invitation calendrier est jointe à ce message.

        À bientôt,
        Camille Nguyen
        Talent Acquisition Partner

        Envoyé via SmartRecruiters
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-int-6f2a9d10-3b1c-4e7a-8d55-91c0b7a4e2f3
        DTSTAMP:20261112T081940Z
        DTSTART:20261120T093000Z
        DTEND:20261120T110000Z
        SUMMARY:Entretien Veritest Aéro – Ingénieur(e) Essais Structures
        LOCATION:27 rue du Chevaleret\\, 75013 Paris
        ORGANIZER;CN=Camille Nguyen:mailto:camille.nguyen@veritest-aero.fr
        ATTENDEE;CN=Mathilde Colin;RSVP=TRUE:mailto:mathilde.colin@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Veritest Aéro", "noreply@smartrecruiters.com"),
              "Confirmation de votre entretien – Veritest Aéro", "2026-11-12 09:19",
              "0102019a7e44c2d1-9f3b2a10-7c6d-4e5f-a1b2-c3d4e5f6a7b8-000000@eu-central-1.amazonses.com",
              relay="b224-13.smtp-out.eu-central-1.amazonses.com (b224-13.smtp-out.eu-central-1.amazonses.com [69.169.224.13])",
              extra=[("Reply-To", addr("Camille Nguyen", "camille.nguyen@veritest-aero.fr"))])
    return message(hs, mixed(alt(text(plain), html(hbody)),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="entretien.ics", disposition="attachment")))


@pos(11, family="ms_bookings", lang="fr", kind="scheduled", local="Mon 2026-09-28 11:00",
      local_end="2026-09-28 11:30", zone=PARIS, company="Strasbourg Bioprothèses", contact=None,
      note="Microsoft Bookings: body shows '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' although 28 Sep is "
           "CEST; ICS (Romance Standard Time) gives 11:00-11:30 CEST = 09:00-09:30Z; sender is the Bookings "
           "mailbox and the staff member has no address -> contact null")
def m11() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <h2 style="font-weight:600">Votre rendez-vous a été réservé</h2>
        <p>Bonjour Mathilde Colin,</p>
        <p>Merci d'avoir réservé auprès de Strasbourg Bioprothèses – Recrutement.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:3px 10px 3px 0;color:#605e5c">Service</td><td>Entretien de présélection – Ingénieur(e) validation matériaux</td></tr>
        <tr><td style="padding:3px 10px 3px 0;color:#605e5c">Date et heure</td><td>lundi 28 septembre 2026 11:00 - 11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="padding:3px 10px 3px 0;color:#605e5c">Membre du personnel</td><td>Nadia Ferreira</td></tr>
        <tr><td style="padding:3px 10px 3px 0;color:#605e5c">Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA1NzQ5%40thread.v2/0">Rejoindre la réunion Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementSBP@sbpstrasbourg.onmicrosoft.com/bookings/s/manage">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#a19f9d">Propulsé par Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Strasbourg Bioprothèses – Recrutement:mailto:RecrutementSBP@sbpstrasbourg.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Colin:mailto:mathilde.colin@example.org
        UID:040000008200E00074C5B7101A82E00800000000F1C0A2B3D44ADC010000000000000000100000009E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B
        SUMMARY;LANGUAGE=fr-FR:Entretien de présélection – Ingénieur(e) validation matériaux
        DTSTART;TZID=Romance Standard Time:20260928T110000
        DTEND;TZID=Romance Standard Time:20260928T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260922T134501Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Strasbourg Bioprothèses – Recrutement", "RecrutementSBP@sbpstrasbourg.onmicrosoft.com"),
              "Rendez-vous réservé : Entretien de présélection – Ingénieur(e) validation matériaux",
              "2026-09-22 15:45",
              "PAXP193MB1655C3E1F2A0B9D8E7F6A5B4C3D21@PAXP193MB1655.EURP193.PROD.OUTLOOK.COM",
              relay="EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2071.outbound.protection.outlook.com [40.107.241.71])",
              extra=[("X-MS-Exchange-Organization-BookingsAppointment", "True")])
    return message(hs, mixed(html(hbody, cte="base64"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@pos(12, family="lever", lang="en", kind="scheduled", local="Thu 2026-10-01 16:00",
      local_end="2026-10-01 16:45", zone="Europe/London", company="Halden Metrology",
      contact="oliver.grant@haldenmetrology.co.uk",
      note="Lever confirmation from a UK team: Thursday 1 October 4:00-4:45 PM BST (5:00 PM in Nancy) -> "
           "15:00-15:45Z; contact = human Reply-To")
def m12() -> bytes:
    body = t("""
        Hi Mathilde,

        Great news - your interview with Halden Metrology is confirmed. Here are the details:

        Role: Senior Materials Test Engineer (Remote, Europe)
        When: Thursday 1 October 2026, 4:00 PM - 4:45 PM BST (5:00 PM - 5:45 PM your time)
        Where: Zoom - https://haldenmetrology.zoom.us/j/83310245671?pwd=bWtQeXRvZ1N1
        Who: Oliver Grant (Talent Lead) and Priya Nair (Engineering Manager, Sheffield)

        The conversation will cover your experience with ISO 17025 labs and creep testing, and we'll leave
        plenty of time for your questions.

        Reply to this email if you need to change anything.

        Cheers,
        Oliver

        Halden Metrology Ltd | Sheffield, UK
        Sent via Lever
        """)
    hs = head(addr("Halden Metrology", "no-reply@hire.lever.co"),
              "Your interview with Halden Metrology is confirmed", "2026-09-28 12:47",
              "lever-6c3e1a90-7d42-4b88-9e1f-30a5c2d7b614@hire.lever.co", zone="Europe/London",
              relay="o3.email.hire.lever.co (o3.email.hire.lever.co [149.72.134.58])",
              extra=[("Reply-To", addr("Oliver Grant", "oliver.grant@haldenmetrology.co.uk"))])
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@pos(13, family="ashby", lang="fr-ch", kind="scheduled", local="Wed 2026-11-18 10:00",
      local_end="2026-11-18 11:00", zone="Europe/Zurich", company="Tribolab",
      contact="lea.favre@tribolab.ch",
      note="Ashby (Swiss French, Lausanne): mercredi 18 novembre 10:00-11:00 heure de Suisse (CET) -> "
           "09:00-10:00Z; ICS TZID Europe/Zurich agrees; contact = Reply-To / ORGANIZER")
def m13() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Votre entretien est confirmé. Nous nous réjouissons de faire votre connaissance !

        mercredi 18 novembre 2026, 10:00 – 11:00 (heure de Suisse, CET)
        Google Meet : https://meet.google.com/tzw-pqxe-fho

        Vous rencontrerez :
          Léa Favre – Talent Acquisition
          Dr Marc-Antoine Rochat – Responsable du laboratoire de tribologie

        Si un contretemps devait survenir, il vous suffit de répondre à ce courriel ; votre message
        parviendra à Léa Favre.

        Avec nos meilleures salutations,
        L'équipe Tribolab SA, Ecublens (VD)
        """)
    hbody = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour Mathilde,</p>
        <p>Votre entretien est confirmé. Nous nous réjouissons de faire votre connaissance&nbsp;!</p>
        <p><b>mercredi 18 novembre 2026, 10:00 – 11:00 (heure de Suisse, CET)</b><br>
        Google Meet&nbsp;: <a href="https://meet.google.com/tzw-pqxe-fho">meet.google.com/tzw-pqxe-fho</a></p>
        <p>Vous rencontrerez&nbsp;:<br>&nbsp;&nbsp;Léa Favre – Talent Acquisition<br>
        &nbsp;&nbsp;Dr Marc-Antoine Rochat – Responsable du laboratoire de tribologie</p>
        <p>Si un contretemps devait survenir, il vous suffit de répondre à ce courriel&nbsp;; votre message
        parviendra à Léa Favre.</p>
        <p>Avec nos meilleures salutations,<br>L'équipe Tribolab SA, Ecublens (VD)</p>
        </body></html>
        """)
    vtz = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Zurich")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + vtz + "\n" + t("""
        BEGIN:VEVENT
        UID:3d7f5a21-9c0e-4b6d-8e13-a2f4c6b8d0e9
        DTSTAMP:20261110T163055Z
        DTSTART;TZID=Europe/Zurich:20261118T100000
        DTEND;TZID=Europe/Zurich:20261118T110000
        SEQUENCE:0
        SUMMARY:Tribolab – Entretien Ingénieur·e essais tribologiques (Mathilde Colin)
        LOCATION:Google Meet
        ORGANIZER;CN=Léa Favre:mailto:lea.favre@tribolab.ch
        ATTENDEE;CN=Mathilde Colin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathilde.colin@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Tribolab", "no-reply@ashbyhq.com"),
              "Entretien confirmé : Ingénieur·e essais tribologiques chez Tribolab", "2026-11-10 17:30",
              "010001935c1d2e3f-4a5b6c7d-8e9f-4a0b-b1c2-d3e4f5a6b7c8-000000@email.amazonses.com",
              zone="Europe/Zurich",
              relay="a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              extra=[("Reply-To", addr("Léa Favre", "lea.favre@tribolab.ch"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@pos(14, family="workable", lang="fr", kind="scheduled", local="Tue 2026-12-01 16:00",
      local_end="2026-12-01 17:00", zone=PARIS, company="Nancy Polymères",
      contact="pauline.mercier@nancy-polymeres.fr",
      note="Workable: 'mardi 1er décembre à 16h00', 'durée : 1 heure', Villers-lès-Nancy, CET -> 15:00-16:00Z; "
           "Reply-To is a Workable +relay, contact = recruiter address in the signature")
def m14() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Merci pour votre disponibilité. Je vous confirme votre entretien pour le poste
        d'Ingénieur(e) Caractérisation des Polymères :

        mardi 1er décembre à 16h00 (durée : 1 heure)
        Nancy Polymères – 5 allée de la Forêt de Haye, 54600 Villers-lès-Nancy

        Vous serez reçue par Pauline Mercier (RH) et Damien Schott (responsable du laboratoire DMA / rhéologie).

        Bien cordialement,

        Pauline Mercier
        Responsable Recrutement – Nancy Polymères
        pauline.mercier@nancy-polymeres.fr | 03 83 41 02 77

        --
        Vous pouvez répondre directement à ce message.
        Envoyé avec Workable
        """)
    hs = head(addr("Pauline Mercier – Nancy Polymères", "noreply@candidates.workablemail.com"),
              "Entretien : Ingénieur(e) Caractérisation des Polymères – Nancy Polymères",
              "2026-11-24 10:14", "wk.8ac3b1e2f0d94c7a.1795943640@candidates.workablemail.com",
              relay="mail-eu.workablemail.com (mail-eu.workablemail.com [198.2.180.51])",
              extra=[("Reply-To", "nancy-polymeres+a8c3b1e2f0@candidates.workablemail.com")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(15, family="forward_to_self", lang="fr", kind="scheduled", local="Thu 2026-11-19 11:00", zone=PARIS,
      company="Métallotest", contact="bruno.lefevre@metallotest.fr",
      note="Gmail inline forward from the candidate's personal address to herself; the forwarded mail confirms "
           "'le jeudi 19 novembre à 11h' at Yutz, CET -> 10:00Z; no length; contact = the human in the "
           "forwarded header (the candidate's own addresses excluded)")
def m15() -> bytes:
    body = t("""
        à mettre dans l'agenda + prévoir train Nancy > Thionville 9h02

        ---------- Forwarded message ---------
        De : Bruno Lefèvre <bruno.lefevre@metallotest.fr>
        Date: lun. 16 nov. 2026 à 17:48
        Subject: Votre entretien chez Métallotest
        To: Mathilde Colin <mathilde.colin@example.net>


        Madame,

        Je vous confirme votre entretien le jeudi 19 novembre à 11h sur notre site de Yutz
        (ZI du Linkling, 2 rue des Aciéries). Merci de vous présenter à l'accueil.

        Vous rencontrerez Mme Da Silva, responsable du laboratoire d'essais mécaniques.

        Cordialement,
        Bruno Lefèvre
        Chargé de recrutement
        Métallotest – Groupe Lorraine Contrôle
        """)
    hs = head(addr(ME_NAME, "mathilde.colin@example.net"), "Fwd: Votre entretien chez Métallotest",
              "2026-11-16 21:03", "CAF7x2pQm9vK1r=bT3uL0sW8yN6dE4hJ5gA1cZ2@mail.gmail.com",
              relay="mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(16, family="human_prose", lang="fr", kind="scheduled", local="Thu 2026-09-17 10:00", zone=PARIS,
      company="Kinetest", contact="antoine.royer@kinetest.fr",
      days=(("Mon", "2026-09-14"),),
      note="Phone-written reply (tu, typos, 'Envoyé de mon iPhone'): 'jeudi 10h ça marche' closes the quoted "
           "proposal; 'jeudi' against Date Mon 14 Sep -> Thu 17 Sep 10:00 CEST = 08:00Z; contact = sender")
def m16() -> bytes:
    body = t("""
        Ok top, jeudi 10h ca marche pour moi ! On se retrouve direct au labo, 2e etage (badge a l'accueil).
        Je te presenterai Lucie qui gere les essais de fatigue, prevois 1h-1h30.
        A jeudi

        Antoine

        Envoyé de mon iPhone

        > Le 14 sept. 2026 à 12:31, Mathilde Colin <mathilde.colin@example.org> a écrit :
        >
        > Salut Antoine,
        > Merci pour ton retour ! Pour l'entretien je peux jeudi 10h ou vendredi 14h, comme tu préfères.
        > Bonne journée,
        > Mathilde
        """)
    hs = head(addr("Antoine Royer", "antoine.royer@kinetest.fr"), "Re: Poste ingé essais Kinetest",
              "2026-09-14 13:02", "A1F4C9E2-7B3D-4E58-9A6C-0D2E1F3B5A77@kinetest.fr",
              relay="smtp-out.ovh.net (mo4-p00-ob.smtp.rzone.de [5.39.86.17])",
              extra=[("In-Reply-To", "<e9b3a1c2-0f4d-4b7e-8a61-2c5d9f0e1a33@example.org>"),
                     ("X-Mailer", "iPhone Mail (21H16)")])
    return message(hs, text(body, cte="quoted-printable"))


# =========================================================================== positives: rescheduled


@pos(17, family="goodtime", lang="en", kind="rescheduled", local="Wed 2026-11-25 15:30",
      local_end="2026-11-25 16:30", zone=PARIS, company="Vantor Aerospace",
      contact="megan.clarke@vantoraero.com", days=(("Tue", "2026-11-24"),),
      note="GoodTime reschedule stating old (Tue 24 Nov 2:00 PM CET) and new slot (Wed 25 Nov 3:30-4:30 PM CET) "
           "-> new time 14:30-15:30Z, ICS SEQUENCE:1 agrees; contact = coordinator in Reply-To")
def m17() -> bytes:
    body = t("""
        Hi Mathilde,

        Your interview with Vantor Aerospace has been rescheduled.

        PREVIOUS TIME (no longer valid)
        Tuesday, November 24, 2026 - 2:00 PM - 3:00 PM CET

        NEW TIME
        Wednesday, November 25, 2026 - 3:30 PM - 4:30 PM CET (Europe/Paris)

        Interview: Panel - Materials & Processes Engineer (Toulouse / Paris)
        Interviewers: Jonas Berg, Amélie Fabre
        Location: Microsoft Teams (link in the updated calendar invitation)

        An updated calendar invitation is attached. Please accept it so that your calendar reflects the
        new time.

        Questions? Reply to this email to reach your coordinator, Megan Clarke.

        Vantor Aerospace Talent Acquisition
        Scheduling powered by GoodTime
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        UID:goodtime-7e2c91d0-55aa-4b3f-9c18-4d6e2f0a1b93
        DTSTAMP:20261119T102233Z
        DTSTART;TZID=Europe/Paris:20261125T153000
        DTEND;TZID=Europe/Paris:20261125T163000
        SEQUENCE:1
        SUMMARY:Vantor Aerospace - Panel Interview - Mathilde Colin
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Megan Clarke:mailto:megan.clarke@vantoraero.com
        ATTENDEE;CN=Mathilde Colin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathilde.colin@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Vantor Aerospace Recruiting", "no-reply@goodtime.io"),
              "Rescheduled: Panel Interview with Vantor Aerospace - Wed, Nov 25 3:30 PM CET",
              "2026-11-19 11:22", "goodtime.7e2c91d0.1763547753@mail.goodtime.io",
              relay="o2.mail.goodtime.io (o2.mail.goodtime.io [168.245.71.90])",
              extra=[("Reply-To", addr("Megan Clarke", "megan.clarke@vantoraero.com"))])
    return message(hs, mixed(alt(text(body, cte="7bit" if body.isascii() else "quoted-printable"),
                                 html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@pos(18, family="exchange", lang="fr-lu", kind="rescheduled", local="Mon 2026-12-07 10:00",
      local_end="2026-12-07 11:00", zone="Europe/Luxembourg", company="Lux Composite Structures",
      contact="marc.weber@luxcs.lu", days=(("Thu", "2026-12-03"),),
      note="Exchange meeting update (W. Europe Standard Time, SEQUENCE 1) from Luxembourg: moved from jeudi 3 "
           "décembre 14h00 to 'lun. 7 déc.' 10:00-11:00 CET -> 09:00-10:00Z; contact = organizer/sender")
def m18() -> bytes:
    body = t("""
        Chère Madame Colin,

        En raison d'un empêchement de notre directeur technique, nous devons déplacer notre
        entretien initialement prévu le jeudi 3 décembre à 14h00.

        Nouvelle date : lundi 7 décembre de 10h00 à 11h00, toujours dans nos bureaux d'Esch-Belval
        (Maison de l'Innovation, 5 avenue des Hauts-Fourneaux, L-4362 Esch-sur-Alzette).

        Je vous prie de nous excuser pour ce changement et vous remercie de votre compréhension.

        Avec mes salutations les meilleures,

        Marc Weber
        Head of HR | Lux Composite Structures S.A.
        T +352 27 40 19 1 | M +352 691 220 481
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Marc Weber:mailto:marc.weber@luxcs.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Colin:mailto:mathilde.colin@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Paul Hoffmann:mailto:paul.hoffmann@luxcs.lu
        UID:040000008200E00074C5B7101A82E00800000000A0E7F3C9B47ADC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
        SUMMARY;LANGUAGE=fr-LU:Entretien – Ingénieure essais (M. Colin)
        DTSTART;TZID=W. Europe Standard Time:20261207T100000
        DTEND;TZID=W. Europe Standard Time:20261207T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261203T081502Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=fr-LU:Esch-Belval – Maison de l'Innovation\\, salle 2.14
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1180322451
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Marc Weber", "marc.weber@luxcs.lu"),
              "Mis à jour : Entretien – Ingénieure essais (M. Colin) | lun. 7 déc. 2026 10:00-11:00",
              "2026-12-03 09:15", "DB9PR01MB7345F1E2D3C4B5A6978867564534231@DB9PR01MB7345.eurprd01.prod.exchangelabs.com",
              zone="Europe/Luxembourg",
              relay="EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2103.outbound.protection.outlook.com [40.107.15.103])",
              extra=[("Thread-Topic", enc("Entretien – Ingénieure essais (M. Colin)")),
                     ("Content-Language", "fr-LU")])
    return message(hs, alt(text(body, "iso-8859-15", "quoted-printable"),
                           html(gmail_html(body), "iso-8859-15"),
                           calendar(ics, method="REQUEST", cte="base64")))


@pos(19, family="human_prose", lang="fr", kind="rescheduled", local="Thu 2026-10-22 09:15", zone=PARIS,
      company="Métalys", contact="nicolas.barbier@metalys.fr",
      days=(("Tue", "2026-10-13"), ("Mon", "2026-10-12")),
      note="Prose (tu) reschedule: from 'demain mardi 13 à 9h15' to 'jeudi dans quinze jours (le 22)', same "
           "time 9h15, against Date Mon 12 Oct -> Thu 22 Oct 09:15 CEST = 07:15Z; contact = sender")
def m19() -> bytes:
    body = t("""
        Salut Mathilde,

        Petit changement de programme : Julien part finalement en audit chez un client toute la
        semaine, donc on ne pourra pas faire l'entretien demain mardi 13 à 9h15.

        On décale à jeudi dans quinze jours (le 22), même heure, 9h15, au même endroit (site de
        Woippy, bâtiment essais). J'ai déjà bloqué le créneau dans l'agenda de Julien et réservé la
        salle, c'est calé.

        Désolé pour le contretemps, et merci de ta souplesse !

        Nico

        --
        Nicolas Barbier
        Responsable laboratoire – Métalys
        03 87 31 55 20
        """)
    hs = head(addr("Nicolas Barbier", "nicolas.barbier@metalys.fr"), "Changement date entretien",
              "2026-10-12 10:05", "0f3e2d1c-b4a5-4968-8776-a1b2c3d4e5f6@metalys.fr",
              relay="smtp.metalys.fr (mail.metalys.fr [193.252.22.84])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, text(body, "windows-1252", "8bit"))


@pos(20, family="zoom", lang="en", kind="rescheduled", local="Mon 2026-11-09 11:00",
      zone="America/New_York", company="Northfield Alloys", contact="dana.kowalski@northfieldalloys.com",
      days=(("Tue", "2026-11-03"),),
      note="Recruiter reschedule with pasted Zoom block, sent Fri 30 Oct in EDT: moved from Tue Nov 3 to Mon Nov 9 "
           "11:00 AM Eastern, after the US returns to EST on 1 Nov -> 16:00Z (5:00 PM in Nancy, CET); "
           "'roughly an hour' so end null; contact = sender")
def m20() -> bytes:
    body = t("""
        Hi Mathilde,

        Apologies for the shuffle - our VP of Engineering has been pulled into a customer visit next week,
        so we need to move your final-round conversation from Tuesday, Nov 3 at 11:00 AM ET to
        Monday, Nov 9 at 11:00 AM ET. That's 5:00 PM your time in Nancy (the US clocks change on
        Nov 1, so the gap is back to six hours).

        It should take roughly an hour. Updated Zoom details below - the old link will no longer work.

        Thanks for being flexible!

        Dana

        Dana Kowalski | Senior Technical Recruiter
        Northfield Alloys | Pittsburgh, PA
        dana.kowalski@northfieldalloys.com

        ---

        Dana Kowalski is inviting you to a scheduled Zoom meeting.

        Topic: Northfield Alloys - Final Round - Mathilde Colin
        Time: Nov 9, 2026 11:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://northfieldalloys.zoom.us/j/94417302258?pwd=Q0xvUnhRTm1xdz09

        Meeting ID: 944 1730 2258
        Passcode: 551803

        ---

        One tap mobile
        +13017158592,,94417302258#,,,,*551803# US (Washington DC)
        +33170372246,,94417302258#,,,,*551803# France
        """)
    hs = head(addr("Dana Kowalski", "dana.kowalski@northfieldalloys.com"),
              "Re: Final round - new time (Mon Nov 9)", "2026-10-30 16:20",
              "CH2PR08MB6914A4B3C2D1E0F9A8B7C6D5E4F3A2B1@CH2PR08MB6914.namprd08.prod.outlook.com",
              zone="America/New_York",
              relay="NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2090.outbound.protection.outlook.com [40.107.243.90])",
              extra=[("In-Reply-To", "<7a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9@example.org>")])
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# =========================================================================== positives: cancelled


@pos(21, family="google_calendar", lang="fr", kind="cancelled", local="Thu 2026-12-03 15:00",
      local_end="2026-12-03 15:45", zone=PARIS, company="Graphitek", contact="ines.moreau@graphitek.fr",
      note="Google Agenda cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'jeu. 3 déc. 2026 15:00 - 15:45 (CET)' "
           "-> cancelled slot 14:00-14:45Z; no new time; contact = organizer")
def m21() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien RH – Mathilde Colin (Graphitek)

        Quand
        jeudi 3 déc. 2026 · 15:00 – 15:45 (heure normale d’Europe centrale - Paris)

        Invités
        Inès Moreau - organisateur
        mathilde.colin@example.org

        Message de l'organisateur :
        « Bonjour Mathilde, le poste vient d'être pourvu en interne, je suis désolée de devoir annuler.
        Je garde votre profil pour la suite. Inès »

        Invitation de Google Agenda
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Europe/Paris"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261203T150000
        DTEND;TZID=Europe/Paris:20261203T154500
        DTSTAMP:20261127T164410Z
        ORGANIZER;CN=Inès Moreau:mailto:ines.moreau@graphitek.fr
        UID:6q1b8m2t0v7c3x9z4k5j@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=mathilde.colin@example.org;X-NUM-GUESTS=0:mailto:mathilde.colin@example.org
        CREATED:20261120T090211Z
        LAST-MODIFIED:20261127T164409Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entretien RH – Mathilde Colin (Graphitek)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Inès Moreau", "ines.moreau@graphitek.fr"),
              "Invitation annulée : Entretien RH – Mathilde Colin (Graphitek) @ jeu. 3 déc. 2026 15:00 - 15:45 "
              "(CET) (mathilde.colin@example.org)", "2026-11-27 17:44",
              "calendar-d2c7a1e9-8b30-4f65-9e21-0a7c3b5d4e6f@google.com",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=[("Reply-To", addr("Inès Moreau", "ines.moreau@graphitek.fr")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(22, family="human_prose", lang="en", kind="cancelled", local="Fri 2026-12-11 11:00",
      zone="Europe/Amsterdam", company="Kaldera Materials", contact="femke.dejong@kalderamaterials.nl",
      days=(("Tue", "2026-12-08"),),
      note="Prose cancellation, no new time: 'Friday's interview (11:00 CET)' against Date Tue 8 Dec -> "
           "Fri 11 Dec 11:00 CET = 10:00Z (the cancelled slot); contact = sender")
def m22() -> bytes:
    body = t("""
        Dear Mathilde,

        I'm sorry to be writing with this news. We have to cancel Friday's interview (11:00 CET, with
        Bram and myself). Following this week's budget review, the Test Engineer position has been put
        on hold until at least Q2 2027.

        This is in no way a reflection on your application - the team was genuinely looking forward to
        meeting you. If the role reopens I will contact you first, and with your permission I'll keep
        your CV on file.

        Kind regards,

        Femke de Jong
        Talent Acquisition | Kaldera Materials B.V.
        Eindhoven, the Netherlands

        -----Original Message-----
        From: Femke de Jong <femke.dejong@kalderamaterials.nl>
        Sent: Wednesday, 2 December 2026 14:10
        To: Mathilde Colin <mathilde.colin@example.org>
        Subject: Interview - Test Engineer
        """)
    hs = head(addr("Femke de Jong", "femke.dejong@kalderamaterials.nl"),
              "RE: Interview - Test Engineer", "2026-12-08 16:35",
              "AM9PR07MB7780B1C2D3E4F5A6B7C8D9E0F1A2B3C4@AM9PR07MB7780.eurprd07.prod.outlook.com",
              zone="Europe/Amsterdam",
              relay="EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2119.outbound.protection.outlook.com [40.107.105.119])")
    return message(hs, alt(text(body), html(gmail_html(body), cte="base64")))


@pos(23, family="exchange", lang="fr", kind="cancelled", local="Tue 2026-12-08 14:00",
      local_end="2026-12-08 15:00", zone=PARIS, company="Sarreguemines Céramiques Techniques",
      contact="laurent.muller@sct-ceramiques.fr", days=(("Thu", "2026-12-10"),),
      note="Exchange cancellation (METHOD:CANCEL, Romance Standard Time) of mardi 8 décembre 14:00-15:00 CET "
           "-> 13:00-14:00Z; the body only proposes 'jeudi 10 décembre à 14h' as a question, not confirmed, "
           "so kind cancelled with the cancelled slot; contact = organizer")
def m23() -> bytes:
    body = t("""
        Bonjour Madame Colin,

        Je dois malheureusement annuler notre entretien de mardi 8 décembre à 14h00 : une panne
        sur le four de frittage mobilise toute l'équipe ce jour-là.

        Pourriez-vous plutôt le jeudi 10 décembre à 14h ? Si cela vous convient, je vous renverrai
        une invitation ; sinon, proposez-moi un autre créneau la semaine prochaine.

        Toutes mes excuses,

        Laurent Muller
        Responsable R&D – Sarreguemines Céramiques Techniques
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Laurent Muller:mailto:laurent.muller@sct-ceramiques.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Colin:mailto:mathilde.colin@example.org
        UID:040000008200E00074C5B7101A82E008000000005D2F1A0C8F6BDC01000000000000000010000000E5F4D3C2B1A09F8E7D6C5B4A39281706
        SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien – Ingénieure matériaux
        DTSTART;TZID=Romance Standard Time:20261208T140000
        DTEND;TZID=Romance Standard Time:20261208T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261203T075830Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-FR:SCT – Salle de réunion 1
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Laurent Muller", "laurent.muller@sct-ceramiques.fr"),
              "Annulé : Entretien – Ingénieure matériaux", "2026-12-03 08:58",
              "PR0P264MB2219D8C7B6A5F4E3D2C1B0A9F8E7D6C5@PR0P264MB2219.FRAP264.PROD.OUTLOOK.COM",
              relay="FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2047.outbound.protection.outlook.com [40.107.9.47])",
              extra=[("Thread-Topic", enc("Entretien – Ingénieure matériaux")),
                     ("Importance", "high"),
                     ("Content-Language", "fr-FR")])
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@neg(24, family="job_centre", lang="fr", company=None, days=(("Tue", "2026-10-20"),),
     note="Unemployment-office follow-up appointment ('entretien de suivi' with a counsellor, fixed time, ICS): "
          "a confirmed appointment but not a job interview")
def m24() -> bytes:
    body = t("""
        Madame COLIN Mathilde,

        Vous êtes convoquée à un entretien de suivi de votre projet professionnel :

        Le mardi 20 octobre 2026 à 9h15
        Avec votre conseillère : Mme Isabelle ROUX
        Espace Emploi Grand Nancy - Agence de Nancy-Gentilly
        7 boulevard des Aiguillettes, 54000 Nancy

        Merci de vous munir de votre CV à jour et de la liste de vos démarches de recherche
        d'emploi depuis notre dernier rendez-vous.

        En cas d'empêchement, prévenez votre conseillère depuis votre espace personnel, rubrique
        « Mes rendez-vous ». Toute absence non justifiée peut entraîner une radiation de la liste
        des demandeurs d'emploi.

        Ceci est un message automatique, merci de ne pas y répondre.
        Espace Emploi Grand Nancy
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Espace Emploi//Agenda conseiller//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rdv-2026-10-20-0915-roux-88412@espace-emploi-grandnancy.fr
        DTSTAMP:20261012T063002Z
        DTSTART:20261020T071500Z
        DTEND:20261020T080000Z
        SUMMARY:Entretien de suivi – Espace Emploi (Mme Roux)
        LOCATION:7 boulevard des Aiguillettes\\, 54000 Nancy
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Espace Emploi Grand Nancy", "ne-pas-repondre@espace-emploi-grandnancy.fr"),
              "Convocation : entretien de suivi le mardi 20 octobre 2026 à 9h15", "2026-10-12 08:30",
              "20261012063002.88412.rdv@espace-emploi-grandnancy.fr",
              relay="smtp-rdv.espace-emploi-grandnancy.fr (smtp-rdv.espace-emploi-grandnancy.fr [185.24.185.10])")
    return message(hs, mixed(text(body, "iso-8859-1", "quoted-printable"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                      disposition="attachment")))


@neg(25, family="press_interview", lang="fr", company=None, days=(("Thu", "2026-10-15"),),
     note="A journalist confirms an 'interview' with the user for an article (jeudi 15 octobre 11h): a fixed "
          "time, but the user is the interviewee of the press, not a job candidate")
def m25() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Merci d'avoir accepté de témoigner ! Je vous confirme notre interview jeudi 15 octobre à 11h,
        par téléphone (je vous appelle au 06 que vous m'avez donné). Comptez une demi-heure.

        Pour rappel, l'article porte sur les femmes ingénieures dans les laboratoires d'essais de la
        région, pour notre supplément « Industrie en Lorraine » du 2 novembre. Un photographe pourrait
        passer la semaine suivante si vous êtes d'accord.

        Bien à vous,

        Hélène Vautrin
        Journaliste – L'Écho de Lorraine, rédaction de Nancy
        helene.vautrin@echo-lorraine.fr
        """)
    hs = head(addr("Hélène Vautrin", "helene.vautrin@echo-lorraine.fr"),
              "Interview pour notre supplément Industrie – jeudi 11h", "2026-10-09 15:52",
              "5e4d3c2b-1a09-4f8e-a7d6-c5b4a3928170@echo-lorraine.fr",
              relay="mx-out.echo-lorraine.fr (mx-out.echo-lorraine.fr [91.121.44.19])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(26, family="podcast", lang="en", company=None, days=(("Tue", "2026-11-10"),),
     note="Podcast recording confirmed for Tue 10 Nov 6:00 PM CET (the user is the guest): fixed time, not a "
          "job interview")
def m26() -> bytes:
    body = t("""
        Hi Mathilde,

        Thanks again for agreeing to come on Stress & Strain - the podcast about the people who break
        things for a living! You're confirmed as our guest for episode 48.

        Recording: Tuesday, November 10, 6:00 PM CET (about 50 minutes)
        Studio link (Riverside): https://riverside.fm/studio/stress-and-strain?t=4b1c9e
        Topic: "From the tensile bench to the job market - a test engineer's interview"

        A few tips: wired headphones, a quiet room, and Chrome rather than Safari. We'll send the
        questions a couple of days beforehand.

        Talk soon,
        Ben & Sofia
        Stress & Strain podcast
        """)
    hs = head(addr("Ben Harlow", "ben@stressandstrain.fm"),
              "You're booked! Stress & Strain podcast recording - Tue Nov 10", "2026-11-02 20:05",
              "CAJ9k2LmNp4Qr7St1Uv3Wx5Yz8Ab0Cd2Ef4Gh6Ij@mail.gmail.com", zone="Europe/London",
              relay="mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@neg(27, family="admission_interview", lang="fr", company=None, days=(("Sat", "2026-11-21"),),
     note="Admission interview for an executive master's programme (samedi 21 novembre 9h30): a confirmed "
          "'entretien d'admission' at a school, not a job interview")
def m27() -> bytes:
    hbody = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#2b2b2b">
        <p>Madame,</p>
        <p>Nous avons le plaisir de vous informer que votre dossier de candidature à l'<b>Executive Master
        « Matériaux &amp; Industrie 4.0 »</b> (promotion 2027) a été retenu pour la seconde étape de la
        procédure d'admission.</p>
        <p>Votre <b>entretien d'admission</b> aura lieu le <b>samedi 21 novembre 2026 à 9h30</b>, sur le
        campus de l'ILMI, 40 rue du Sergent Blandan, 54000 Nancy (salle B204). Le jury sera composé de deux
        enseignants-chercheurs et d'un représentant du monde industriel.</p>
        <p>L'entretien dure 30 minutes : 10 minutes de présentation de votre projet, puis 20 minutes
        d'échanges. Merci de confirmer votre présence depuis votre espace candidat.</p>
        <p>Avec nos salutations distinguées,</p>
        <p>Le Service des Admissions<br>Institut Lorrain de Management Industriel (ILMI)</p>
        </body></html>
        """)
    hs = head(addr("ILMI – Admissions", "admissions@ilmi-nancy.fr"),
              "Executive Master Matériaux & Industrie 4.0 – convocation à l'entretien d'admission",
              "2026-11-13 10:40", "admissions.20261113.0940.77213@ilmi-nancy.fr",
              relay="smtp.ilmi-nancy.fr (smtp.ilmi-nancy.fr [193.50.135.12])")
    return message(hs, html(hbody, "iso-8859-1", "quoted-printable"))


@neg(28, family="sports_tryout", lang="fr", company=None, days=(("Wed", "2026-09-23"),),
     note="Volleyball club try-out ('séance de détection', mercredi 23 septembre 19h30): fixed time, not a job "
          "interview")
def m28() -> bytes:
    body = t("""
        Salut Mathilde,

        Suite à ton message sur le site, je te confirme que tu peux venir à la séance de détection
        pour l'équipe seniors féminine (Régionale 1) :

        mercredi 23 septembre, 19h30 – 21h30, gymnase Raymond Poincaré (entrée côté parking).

        Prends tes genouillères et une bouteille d'eau. Le coach fera un point avec chaque joueuse à
        la fin de la séance pour la suite (entraînements mardi/jeudi).

        Sportivement,
        Élise – secrétaire du Nancy Volley Féminin
        """)
    hs = head(addr("Nancy Volley Féminin", "contact.nvf54@example.com"),
              "Séance de détection R1 – mercredi 23/09", "2026-09-17 22:11",
              "a3b2c1d0-e9f8-4a7b-b6c5-d4e3f2a1b0c9@example.com",
              relay="mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@neg(29, family="car_service", lang="fr", company=None, days=(("Mon", "2026-10-12"),),
     note="Garage service appointment (lundi 12 octobre 8h00, dépôt du véhicule): fixed time, not an interview")
def m29() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600" align="center" style="border:1px solid #ccc">
        <tr><td style="background:#c00;color:#fff;padding:10px;font-size:18px">Garage du Placieux – Atelier</td></tr>
        <tr><td style="padding:16px">
        <p>Bonjour Mme COLIN,</p>
        <p>Nous vous confirmons votre rendez-vous atelier :</p>
        <table>
        <tr><td><b>Date</b></td><td>lundi 12 octobre 2026</td></tr>
        <tr><td><b>Heure de dépôt</b></td><td>08:00</td></tr>
        <tr><td><b>Véhicule</b></td><td>Peugeot 208 – GH-417-KM</td></tr>
        <tr><td><b>Prestation</b></td><td>Révision 60 000 km + contrôle freinage</td></tr>
        <tr><td><b>Restitution estimée</b></td><td>17:30</td></tr>
        </table>
        <p>Un véhicule de courtoisie vous est réservé. Pensez à vous munir de votre permis de conduire.</p>
        <p>Garage du Placieux – 112 avenue du Général Leclerc, 54600 Villers-lès-Nancy – 03 83 27 90 11</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Garage du Placieux", "atelier@garage-placieux.fr"),
              "Confirmation de votre rendez-vous atelier du 12/10/2026", "2026-10-06 14:25",
              "rdvatelier.4471902@garage-placieux.fr",
              relay="smtp.garage-placieux.fr (smtp.garage-placieux.fr [62.210.16.61])")
    return message(hs, html(hbody, "windows-1252", "quoted-printable"))


@neg(30, family="tax_office", lang="fr", company=None, days=(("Fri", "2026-11-27"),),
     note="Tax-office telephone appointment (vendredi 27 novembre 14h30): fixed time, not an interview")
def m30() -> bytes:
    body = t("""
        Madame Mathilde COLIN,

        Votre demande de rendez-vous a bien été enregistrée.

        Service : Service des impôts des particuliers (SIP) de Nancy-Sud
        Objet : Déclaration de revenus – changement de situation professionnelle
        Type de rendez-vous : téléphonique
        Date : vendredi 27 novembre 2026
        Heure : 14h30

        Un agent vous appellera au numéro que vous avez indiqué. Si vous souhaitez annuler ce rendez-vous,
        rendez-vous dans votre espace particulier, rubrique « Messagerie sécurisée ».

        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
        """)
    hs = head("ne-pas-repondre@mon-rdv-fiscal.fr",
              "Confirmation de votre rendez-vous du 27/11/2026", "2026-11-20 09:02",
              "rdv-fiscal-20261120-080212-55410@mon-rdv-fiscal.fr",
              relay="mail-rdv.mon-rdv-fiscal.fr (mail-rdv.mon-rdv-fiscal.fr [145.242.11.20])")
    return message(hs, text(body, "utf-8", "base64"))


@neg(31, family="mock_interview", lang="fr", company=None, days=(("Thu", "2026-11-05"),),
     note="Career coach confirms a paid mock interview ('simulation d'entretien', jeudi 5 novembre 18h): fixed "
          "time, but a coaching session, not a job interview")
def m31() -> bytes:
    body = t("""
        Coucou Mathilde,

        C'est noté pour ta simulation d'entretien : jeudi 5 novembre à 18h, en visio (lien Zoom
        ci-dessous). On partira de l'annonce Sidéral Industrie que tu m'as envoyée, je jouerai la
        responsable labo un peu pénible ;-) puis on débriefe 20 minutes.

        https://us06web.zoom.us/j/88120334761

        Pense à régler la séance (60 €) avant via le lien de paiement si ce n'est pas déjà fait.

        À jeudi !
        Céline
        Cap Carrière Coaching – accompagnement des ingénieurs en transition
        """)
    hs = head(addr("Céline Gaspard", "celine@capcarriere-coaching.fr"),
              "Re: Simulation entretien avant Sidéral", "2026-10-30 09:47",
              "9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a@capcarriere-coaching.fr",
              relay="smtp.capcarriere-coaching.fr (relay.mailo.fr [213.182.54.12])",
              extra=[("In-Reply-To", "<1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7081@example.org>")])
    return message(hs, text(body, cte="quoted-printable"))


@neg(32, family="proposed_times", lang="en", company="Corvane Robotics", days=(("Tue", "2026-10-13"),),
     note="Hiring manager proposes times ('would Tuesday at 10 work, or Wednesday afternoon?'): nothing is "
          "confirmed yet")
def m32() -> bytes:
    body = t("""
        Hi Mathilde,

        Thanks for sending over your portfolio - the fractography work on the 7075 brackets is exactly the
        kind of thing we deal with every week.

        I'd love to set up a first conversation with you and our head of reliability. Would Tuesday (Oct
        13) at 10:00 your time work? If not, Wednesday afternoon is fairly open on our side too. Let me
        know what suits and I'll send an invite.

        Best,
        Tom

        Tom Ashdown
        Reliability Engineering Manager | Corvane Robotics
        """)
    hs = head(addr("Tom Ashdown", "tom.ashdown@corvanerobotics.com"),
              "Quick chat about the reliability role?", "2026-10-08 17:40",
              "CAOr5tE7uY9iO1pA3sD5fG7hJ9kL1zX3cV5bN7m@mail.gmail.com", zone="Europe/London",
              relay="mail-pj1-f48.google.com (mail-pj1-f48.google.com [209.85.216.48])")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@neg(33, family="forwarded_other_person", lang="fr", company=None, days=(("Thu", "2026-10-22"),),
     note="The user's brother forwards HIS OWN interview confirmation (message/rfc822, jeudi 22 octobre 14h30 "
          "at another company) for information and proposes dinner: a confirmed interview, but not the user's")
def m33() -> bytes:
    inner_body = t("""
        Bonjour Monsieur Colin,

        Nous vous confirmons votre entretien pour le poste de Responsable d'exploitation logistique
        le jeudi 22 octobre à 14h30, sur notre plateforme de Ludres (ZAC du Breuil, quai 4,
        accueil chauffeurs puis bureau RH à l'étage).

        Durée prévue : 1 heure.

        Cordialement,
        Nathalie Georges
        Recrutement – Hydra Logistique
        """)
    inner = message([
        ("From", addr("Nathalie Georges", "nathalie.georges@hydra-logistique.fr")),
        ("To", addr("Julien Colin", "julien.colin@example.net")),
        ("Subject", enc("Confirmation entretien – Responsable d'exploitation")),
        ("Date", date("2026-10-14 16:02", PARIS)),
        ("Message-ID", "<b71c2d3e-4f50-4a61-8b72-9c3d4e5f6a7b@hydra-logistique.fr>"),
    ], text(body=inner_body, cte="quoted-printable"))
    body = t("""
        Coucou frangine,

        Pour info, je serai à Nancy jeudi prochain pour l'entretien chez Hydra (cf. mail ci-joint),
        c'est à Ludres, à côté de chez toi. On dîne ensemble le soir ? Je dormirais bien sur ton canapé
        si ça ne te dérange pas.

        Bises,
        Julien
        """)
    hs = head(addr("Julien Colin", "julien.colin@example.net"), "Fwd: Confirmation entretien – jeudi",
              "2026-10-15 12:18", "CAH4u7Xw2zQ=pR8sT1vY3nB6mK9jL0fD5gH2aS4@mail.gmail.com",
              relay="mail-qt1-f173.google.com (mail-qt1-f173.google.com [209.85.160.173])")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner, "Confirmation entretien.eml")))


@neg(34, family="interviewer_invite", lang="fr", company=None,
     days=(("Mon", "2026-10-19"),),
     note="Exchange invitation from HR at the user's current employer asking her to sit on the panel "
          "interviewing a technician candidate (lundi 19 octobre 14:00): an interview at a fixed time, but the "
          "user is the interviewer, not the candidate; company null as for the dev set's current-employer invites")
def m34() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Peux-tu participer à l'entretien de Kévin Marchand, candidat au poste de technicien(ne) essais
        de traction (CDD 12 mois) ? Tu évalueras la partie technique (normes ISO 6892-1, extensométrie),
        je m'occupe du reste. Son CV et la grille d'évaluation sont dans le dossier partagé RH > Recrutement.

        Merci !
        Sandrine Poirot
        Responsable RH – Essais Mécaniques de l'Est
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sandrine Poirot:mailto:sandrine.poirot@eme-essais.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Colin:mailto:mathilde.colin@example.org
        UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6F758DC0100000000000000001000000011223344556677889900AABBCCDDEEFF
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Technicien(ne) essais (K. Marchand)
        DTSTART;TZID=Romance Standard Time:20261019T140000
        DTEND;TZID=Romance Standard Time:20261019T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261014T085512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Vickers (bât. A)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sandrine Poirot", "sandrine.poirot@eme-essais.fr"),
              "Entretien candidat – Technicien(ne) essais (K. Marchand)", "2026-10-14 10:55",
              "MR1P264MB2981A1B2C3D4E5F60718293A4B5C6D7E@MR1P264MB2981.FRAP264.PROD.OUTLOOK.COM",
              relay="FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2061.outbound.protection.outlook.com [40.107.9.61])",
              extra=[("Thread-Topic", enc("Entretien candidat – Technicien(ne) essais (K. Marchand)"))])
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@neg(35, family="rejection", lang="fr", company="Kaliber Mesure", days=(("Tue", "2026-10-06"),),
     note="Recruitee rejection after a past interview ('notre entretien du mardi 6 octobre'): no upcoming "
          "interview")
def m35() -> bytes:
    hbody = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <p>Bonjour Mathilde,</p>
        <p>Merci encore pour le temps que vous nous avez consacré lors de notre entretien du mardi 6 octobre
        pour le poste d'<b>Ingénieure Métrologie &amp; Essais</b>.</p>
        <p>Après mûre réflexion, nous avons décidé de poursuivre avec un autre profil, dont l'expérience en
        étalonnage COFRAC correspond davantage à nos besoins immédiats. Cette décision a été difficile.</p>
        <p>Nous conservons votre candidature dans notre vivier et nous permettrons de revenir vers vous si une
        opportunité correspondant à votre profil se présente.</p>
        <p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
        <p>Bien cordialement,<br>L'équipe RH de Kaliber Mesure</p>
        <p style="font-size:11px;color:#aaa">Envoyé avec Recruitee</p>
        </body></html>
        """)
    hs = head(addr("Kaliber Mesure", "kalibermesure@mail.recruitee.com"),
              "Votre candidature – Ingénieure Métrologie & Essais", "2026-10-16 11:30",
              "recruitee.20261016.0930.b4f1e2a3@mail.recruitee.com",
              relay="mail.recruitee.com (mail.recruitee.com [159.135.228.10])")
    return message(hs, alt(text("Bonjour Mathilde,\n\nMerci encore pour le temps que vous nous avez consacré lors "
                                "de notre entretien du mardi 6 octobre pour le poste d'Ingénieure Métrologie & "
                                "Essais.\n\nAprès mûre réflexion, nous avons décidé de poursuivre avec un autre "
                                "profil.\n\nBien cordialement,\nL'équipe RH de Kaliber Mesure\n"),
                           html(hbody)))


@neg(36, family="offer", lang="en", company="Orbis Test Systems", days=(("Mon", "2027-01-04"),),
     note="iCIMS offer letter with a start date and time (Monday January 4, 2027, 9:00 AM): an offer, not an "
          "interview")
def m36() -> bytes:
    body = t("""
        Dear Mathilde,

        On behalf of Orbis Test Systems, I am delighted to offer you the position of Senior Test Engineer,
        Materials Laboratory (Strasbourg site), reporting to Karl Seitz.

        Your proposed start date is Monday, January 4, 2027. On your first day, please report to reception
        at 9:00 AM for onboarding.

        Your offer letter is available in the candidate portal. Please review and e-sign it by Friday,
        November 27, 2026.

        We look forward to welcoming you to the team!

        Sincerely,
        Orbis Test Systems Talent Acquisition

        This message was sent from an unmonitored mailbox.
        """)
    hs = head(addr("Orbis Test Systems", "orbistest@talent.icims.com"),
              "Your Offer from Orbis Test Systems", "2026-11-20 17:05",
              "1795680300.771052.1637@talent.icims.com",
              relay="mta-out3.icims.com (mta-out3.icims.com [64.74.236.23])")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@neg(37, family="application_ack", lang="fr", company="SaarLor Prüftechnik",
     note="softgarden application receipt, bilingual FR/DE, says they will get in touch to arrange an "
          "interview: no time")
def m37() -> bytes:
    body = t("""
        Bonjour Madame Colin,

        Nous vous remercions de votre candidature au poste « Ingénieur(e) d'essais (m/w/d) - Sarrebruck /
        télétravail partiel » et de l'intérêt que vous portez à SaarLor Prüftechnik GmbH.

        Votre dossier a bien été transmis au service concerné. Si votre profil correspond, nous vous
        contacterons dans les deux prochaines semaines pour convenir d'un entretien.

        Cordialement,
        Votre équipe Ressources Humaines

        ----

        Sehr geehrte Frau Colin,

        vielen Dank für Ihre Bewerbung als Prüfingenieur (m/w/d). Wir melden uns innerhalb von zwei
        Wochen bei Ihnen, um ggf. einen Termin für ein Vorstellungsgespräch zu vereinbaren.

        Mit freundlichen Grüßen
        Ihr HR-Team

        SaarLor Prüftechnik GmbH · Saarbrücken
        Diese E-Mail wurde automatisch über softgarden versendet.
        """)
    hs = head(addr("SaarLor Prüftechnik GmbH", "noreply@softgarden.io"),
              "Votre candidature / Ihre Bewerbung – Ingénieur(e) d'essais (m/w/d)", "2026-09-24 08:12",
              "sg.20260924061203.99120.app@softgarden.io", zone="Europe/Berlin",
              relay="mailout1.softgarden.io (mailout1.softgarden.io [212.53.144.31])")
    return message(hs, text(body, "iso-8859-15", "quoted-printable"))


@neg(38, family="job_alert", lang="fr", company=None,
     note="JOIN job alert listing new offers (one with 'entretien rapide'): no interview")
def m38() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f7f7f9">
        <table width="600" align="center" style="background:#fff;padding:20px">
        <tr><td><h2 style="color:#1b1b3a">8 nouveaux postes pour « Ingénieur essais matériaux » près de Nancy</h2></td></tr>
        <tr><td><p><b>Ingénieur(e) Essais Matériaux</b> – Forgexa, Toul · CDI · 42–48 k€<br>
        <span style="color:#0a7">Candidature en 1 clic · entretien rapide</span></p>
        <p><b>Responsable Laboratoire Contrôle</b> – Vitrerie Vosgienne, Épinal · CDI</p>
        <p><b>Ingénieur Validation Composites</b> – Aérostruct Grand Est, Metz · CDI</p>
        <p><b>Technicien(ne) supérieur(e) CND</b> – Lorraine Inspection, Nancy · CDD</p>
        <p><b>Test Engineer (EN)</b> – Saarmotive, Saarbrücken · Vollzeit</p>
        <p><a href="https://join.com/alerts/7f2c">Voir les 8 offres</a></p></td></tr>
        <tr><td style="font-size:11px;color:#888">Vous recevez cette alerte car vous l'avez créée sur JOIN.
        <a href="https://join.com/alerts/unsubscribe">Se désabonner</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("JOIN", "alerts@join.com"), "8 nouveaux postes : Ingénieur essais matériaux – Nancy",
              "2026-10-21 07:00", "alert.7f2c.20261021050000@join.com",
              relay="mail.join.com (mail.join.com [185.58.87.14])",
              extra=[("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?t=7f2c>")])
    return message(hs, html(hbody, cte="quoted-printable"))


@neg(39, family="newsletter_tips", lang="fr", company=None, days=(("Tue", "2026-11-17"),),
     note="Careers newsletter: 'Entretien jeudi ? Les 7 questions...' plus a live session mardi 17 novembre 18h: "
          "no interview of the user")
def m39() -> bytes:
    body = t("""
        L'ATELIER CARRIÈRES – la lettre du jeudi

        Votre entretien est jeudi ? Voici les 7 questions qu'on vous posera (et comment y répondre)

        1. « Parlez-moi de vous » : 2 minutes, pas une de plus.
        2. « Pourquoi quittez-vous votre poste ? » : restez factuel·le.
        3. « Un échec dont vous avez appris ? » : la méthode STAR.
        ...

        EN DIRECT – mardi 17 novembre à 18h : « Négocier son salaire après l'entretien », avec une
        recruteuse de l'industrie. Inscription gratuite : https://atelier-carrieres.fr/live

        Bonne semaine,
        La rédaction

        Vous recevez cette lettre car vous êtes inscrit·e sur atelier-carrieres.fr. Se désinscrire :
        https://atelier-carrieres.fr/desinscription
        """)
    hs = head(addr("L'Atelier Carrières", "lettre@atelier-carrieres.fr"),
              "Entretien jeudi ? Les 7 questions qu'on vous posera", "2026-11-12 07:30",
              "20261112063000.lettre.118@atelier-carrieres.fr",
              relay="mta12.sendinblue-mail.com (mta12.brevo.com [77.32.148.20])",
              extra=[("List-Unsubscribe", "<https://atelier-carrieres.fr/desinscription>"),
                     ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(40, family="scheduling_link", lang="en", company="Brightline Sensors",
     days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")),
     note="GoodTime availability request: 'pick a time' link for a 45-minute interview, slots Mon 16 - Fri 20 "
          "Nov; nothing booked yet")
def m40() -> bytes:
    body = t("""
        Hi Mathilde,

        Brightline Sensors would like to schedule your interview for the Reliability Test Engineer role.

        Interview: Technical interview (45 minutes, video)
        Interviewers: Sven Aalto, Laura Pinto

        Please choose a time that works for you - available slots run from Monday, November 16 to
        Friday, November 20 (all times shown in your time zone, Europe/Paris):

        Choose a time: https://app.goodtime.io/select/brightline/5c1e9a73

        Once you pick a slot, you'll receive a calendar invitation to confirm.

        Brightline Sensors Recruiting
        Scheduling powered by GoodTime
        """)
    hs = head(addr("Brightline Sensors Recruiting", "no-reply@goodtime.io"),
              "Action needed: choose a time for your interview with Brightline Sensors", "2026-11-09 16:40",
              "goodtime.5c1e9a73.1762702800@mail.goodtime.io",
              relay="o2.mail.goodtime.io (o2.mail.goodtime.io [168.245.71.90])",
              extra=[("Reply-To", addr("Laura Pinto", "laura.pinto@brightlinesensors.com"))])
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@neg(41, family="recruiter_outreach", lang="fr", company="Hunt'Est Conseil",
     note="Recruitment-firm outreach asking for a call 'la semaine prochaine' with no fixed time")
def m41() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Je me permets de vous contacter car votre parcours en essais mécaniques a retenu mon attention.
        J'accompagne un équipementier automobile basé près de Strasbourg qui recrute un(e) Responsable
        Laboratoire Matériaux (équipe de 6, rattachement direct au directeur qualité, 55-62 k€).

        Seriez-vous ouverte à un premier échange téléphonique de 20 minutes la semaine prochaine ?
        N'hésitez pas à m'indiquer vos disponibilités, je m'adapterai.

        Belle journée,

        Romain Keller
        Consultant senior – Industrie & Ingénierie
        Hunt'Est Conseil – Strasbourg
        06 12 48 90 33
        """)
    hs = head(addr("Romain Keller", "r.keller@huntest-conseil.fr"),
              "Responsable Laboratoire Matériaux – Strasbourg (confidentiel)", "2026-09-30 10:21",
              "6b5a4f3e-2d1c-4b0a-9f8e-7d6c5b4a3f2e@huntest-conseil.fr",
              relay="smtp.huntest-conseil.fr (mail-relay.gandi.net [217.70.178.8])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(42, family="medical_appointment", lang="fr", company=None, days=(("Tue", "2026-09-15"),),
     note="Physiotherapy booking confirmation (mar. 15 sept. 18:15) from an online booking service, with ICS: "
          "fixed time, not an interview")
def m42() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Votre rendez-vous est confirmé.

        mar. 15 sept. 2026 à 18:15
        M. Thomas Petit – Masseur-kinésithérapeute
        Cabinet de kinésithérapie Stanislas, 18 rue des Dominicains, 54000 Nancy

        Motif : Séance de rééducation (épaule)

        Pensez à apporter votre ordonnance et votre carte Vitale.
        Si vous ne pouvez pas honorer ce rendez-vous, annulez-le au moins 24 h à l'avance.

        L'équipe RdvSanté
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//RdvSante//Agenda//FR
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rdvsante-appt-33190442@rdvsante.fr
        DTSTAMP:20260910T075501Z
        DTSTART:20260915T161500Z
        DTEND:20260915T164500Z
        SUMMARY:Kiné – M. Thomas Petit
        LOCATION:18 rue des Dominicains\\, 54000 Nancy
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("RdvSanté", "no-reply@rdvsante.fr"),
              "Confirmation de votre rendez-vous du mar. 15 sept. avec M. Thomas Petit", "2026-09-10 09:55",
              "appt-33190442.confirm@rdvsante.fr",
              relay="mail-out.rdvsante.fr (mail-out.rdvsante.fr [5.135.77.20])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                      disposition="attachment")))


@neg(43, family="flatshare_interview", lang="fr", company=None, days=(("Sat", "2026-11-14"),),
     note="Flat-share 'entretien coloc' at a Strasbourg apartment (samedi 14 novembre 15h): fixed time, not a "
          "job interview")
def m43() -> bytes:
    body = t("""
        Hello Mathilde !

        Merci pour ton message sur l'annonce de la chambre (Krutenau, 430 € CC). On a bien aimé ta
        présentation, du coup on te propose de passer pour le petit "entretien" coloc :) samedi 14
        novembre à 15h, c'est bon pour nous trois. Adresse : 9 quai des Bateliers, 3e étage, sonner
        « Bauer / Nguyen / Lopez ».

        On fera visiter, un café, et on discute de comment on vit ici (ménage, cuisine, bruit...).

        À samedi !
        Clara (+ Minh et Javier)
        """)
    hs = head(addr("Clara Bauer", "clara.bauer@example.com"), "Re: Chambre Krutenau – visite",
              "2026-11-09 19:26", "CAN2vX4=yT7uI9oP1aS3dF5gH7jK9lZ1xC3vB5n@mail.gmail.com",
              relay="mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@neg(44, family="annual_review", lang="fr", company=None, days=(("Thu", "2026-12-03"),),
     note="Exchange invitation to the user's annual appraisal ('Entretien annuel d'évaluation', jeudi 3 "
          "décembre 10:00) at her current employer: fixed time, not a job interview; company null as for the "
          "dev set's current-employer invites")
def m44() -> bytes:
    body = t("""
        Bonjour Mathilde,

        Comme chaque fin d'année, je te propose notre entretien annuel d'évaluation et professionnel.
        Pense à remplir ta partie du support (objectifs 2026, formations souhaitées) dans l'outil RH
        avant le rendez-vous.

        Bonne journée,
        Philippe Mangin
        Responsable laboratoire – Essais Mécaniques de l'Est
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Philippe Mangin:mailto:philippe.mangin@eme-essais.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathilde Colin:mailto:mathilde.colin@example.org
        UID:040000008200E00074C5B7101A82E00800000000C7D8E9FA0B1CDC0100000000000000001000000099AABBCCDDEEFF001122334455667788
        SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026 – Mathilde Colin
        DTSTART;TZID=Romance Standard Time:20261203T100000
        DTEND;TZID=Romance Standard Time:20261203T113000
        CLASS:PRIVATE
        PRIORITY:5
        DTSTAMP:20261124T143010Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Bureau P. Mangin (bât. B)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Philippe Mangin", "philippe.mangin@eme-essais.fr"),
              "Entretien annuel d'évaluation 2026 – Mathilde Colin", "2026-11-24 15:30",
              "MR1P264MB3312F0E1D2C3B4A5968778695A4B3C2D@MR1P264MB3312.FRAP264.PROD.OUTLOOK.COM",
              relay="FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2055.outbound.protection.outlook.com [40.107.9.55])",
              extra=[("Thread-Topic", enc("Entretien annuel d'évaluation 2026 – Mathilde Colin")),
                     ("Sensitivity", "Private")])
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@neg(45, family="marketing_webinar", lang="fr", company=None, days=(("Thu", "2026-09-24"),),
     note="Webinar registration ('Réussir son entretien en visio', jeudi 24 septembre 12h30) with an add-to-"
          "calendar ICS: fixed time, not a job interview")
def m45() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;color:#222">
        <h2>Votre inscription est confirmée 🎉</h2>
        <p>Bonjour Mathilde,</p>
        <p>Vous êtes inscrite au webinar <b>« Réussir son entretien en visio : caméra, posture, questions
        pièges »</b>, organisé par le réseau Ingénieures Grand Est.</p>
        <p><b>jeudi 24 septembre 2026, 12:30 – 13:30 (heure de Paris)</b></p>
        <p><a href="https://app.livestorm.co/ingenieures-grand-est/reussir-entretien-visio/live?s=a81c">Rejoindre l'événement</a></p>
        <p>Le replay sera envoyé à tous les inscrits.</p>
        <p style="font-size:11px;color:#999">Propulsé par Livestorm</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Livestorm//Events//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:livestorm-session-a81c-2026-09-24
        DTSTAMP:20260916T120001Z
        DTSTART:20260924T103000Z
        DTEND:20260924T113000Z
        SUMMARY:Webinar – Réussir son entretien en visio
        LOCATION:https://app.livestorm.co/ingenieures-grand-est/reussir-entretien-visio/live?s=a81c
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Ingénieures Grand Est", "no-reply@livestorm.co"),
              "Confirmation d'inscription : Réussir son entretien en visio", "2026-09-16 14:00",
              "livestorm.reg.a81c.20260916120001@livestorm.co",
              relay="mail.livestorm.co (mail.livestorm.co [149.72.201.33])")
    return message(hs, mixed(html(hbody, cte="base64"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                      disposition="attachment")))


@neg(46, family="auto_reply", lang="fr", company="Veritest Aéro", days=(("Mon", "2026-11-16"),),
     note="Out-of-office auto-reply from the Veritest Aéro recruiter (thread of the 20 November interview "
          "mail): no interview time in it; company = the sender's employer as in the dev set")
def m46() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 16 novembre inclus, avec un accès limité à mes e-mails.
        Je traiterai votre message à mon retour.

        Pour toute question urgente concernant un entretien, vous pouvez contacter le service RH au
        01 53 82 40 00.

        Cordialement,
        Camille Nguyen
        Talent Acquisition Partner – Veritest Aéro
        """)
    hs = head(addr("Camille Nguyen", "camille.nguyen@veritest-aero.fr"),
              "Réponse automatique : Re: Confirmation de votre entretien – Veritest Aéro", "2026-11-13 08:47",
              "PAYP264MB3401A9B8C7D6E5F4A3B2C1D0E9F8A7B6@PAYP264MB3401.FRAP264.PROD.OUTLOOK.COM",
              relay="FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2098.outbound.protection.outlook.com [40.107.12.98])",
              extra=[("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<4c5d6e7f-8091-4a2b-b3c4-d5e6f7a8b9c0@example.org>")])
    return message(hs, text(body))


@neg(47, family="bounce", lang="en", company=None, days=(("Wed", "2026-09-09"),),
     note="Mailer-daemon bounce of the user's own reply ('je vous confirme ma présence à l'entretien de "
          "mercredi 9 septembre à 14h') sent to a mistyped address: the returned text names a time, but a "
          "bounce is not a confirmation")
def m47() -> bytes:
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <k.benali@lend-nancy.fr>: host mx.lend-nancy.fr[51.38.71.44] said: 550 5.1.1
            <k.benali@lend-nancy.fr>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    dsn = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Lq2Wn0Bz7z9v
        Arrival-Date: Tue,  8 Sep 2026 07:41:02 +0200 (CEST)

        Final-Recipient: rfc822; k.benali@lend-nancy.fr
        Original-Recipient: rfc822;k.benali@lend-nancy.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.lend-nancy.fr
        Diagnostic-Code: smtp; 550 5.1.1 <k.benali@lend-nancy.fr>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Bonjour Monsieur Benali,

        Merci pour votre message. Je vous confirme ma présence à l'entretien de mercredi 9 septembre à
        14h, rue Saint-Georges. J'apporterai mes certificats COFREND.

        Bien cordialement,
        Mathilde Colin
        """)
    orig = message([
        ("From", TO),
        ("To", "k.benali@lend-nancy.fr"),
        ("Subject", "Re: Candidature technicienne / ingenieure CND"),
        ("Date", date("2026-09-08 07:41", PARIS)),
        ("Message-ID", "<5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d@example.org>"),
    ], text(orig_body, cte="quoted-printable"))
    hs = [
        ("Return-Path", "<>"),
        ("Received", received("from localhost", "2026-09-08 07:41", PARIS, "mx1.example.org (Postfix)", ME, 9)),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-08 07:41", PARIS)),
        ("Message-ID", "<20260908054111.4Lq2Wn0Bz7z9v@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    body = multipart("report",
                     text(report, "us-ascii", "7bit", extra=(("Content-Description", "Notification"),)),
                     Part([("Content-Description", "Delivery report"),
                           ("Content-Type", "message/delivery-status")],
                          dsn.replace("\n", "\r\n").encode()),
                     Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                          orig),
                     params="report-type=delivery-status")
    return message(hs, body)


@neg(48, family="mailing_list", lang="fr", company=None, days=(("Tue", "2026-12-15"),),
     note="Mailing-list announcement of a PhD defence (mardi 15 décembre 14h): fixed time, not an interview")
def m48() -> bytes:
    body = t("""
        Bonjour à toutes et à tous,

        J'ai le plaisir de vous inviter à ma soutenance de thèse intitulée :

        « Endommagement en fatigue à grand nombre de cycles d'alliages de titane obtenus par fusion
        laser sur lit de poudre : rôle des défauts et de l'état de surface »

        mardi 15 décembre 2026 à 14h, amphithéâtre 300, campus Artem, Nancy.

        La soutenance sera suivie d'un pot au hall du laboratoire. Retransmission possible sur demande.

        Bien cordialement,
        Yasmine Haddou
        Doctorante - équipe Mécanique des matériaux

        _______________________________________________
        essais-mat mailing list
        essais-mat@listes.materiaux-est.example.net
        https://listes.materiaux-est.example.net/mailman/listinfo/essais-mat
        """)
    hs = head(addr("Yasmine Haddou", "yasmine.haddou@example.net"),
              "[essais-mat] Soutenance de thèse – Y. Haddou – 15 décembre", "2026-12-04 13:12",
              "b8c9d0e1-f2a3-4b4c-8d5e-6f7a8b9c0d1e@example.net",
              relay="listes.materiaux-est.example.net (listes.materiaux-est.example.net [192.0.2.41])",
              extra=[("Sender", "essais-mat-bounces@listes.materiaux-est.example.net"),
                     ("List-Id", "Essais et caracterisation des materiaux <essais-mat.listes.materiaux-est.example.net>"),
                     ("List-Post", "<mailto:essais-mat@listes.materiaux-est.example.net>"),
                     ("Precedence", "list")])
    return message(hs, text(body, "iso-8859-15", "8bit"))


@neg(49, family="bank_appointment", lang="fr", company=None, days=(("Thu", "2026-12-10"),),
     note="Bank advisor meeting ('entretien conseil', jeudi 10 décembre 17h30): fixed time, not a job "
          "interview")
def m49() -> bytes:
    hbody = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#203040">
        <p>Madame Colin,</p>
        <p>Nous vous confirmons votre <b>entretien conseil</b> avec votre conseillère, Mme Aurélie Thiébaut :</p>
        <p style="border-left:4px solid #005a9c;padding-left:10px">
        <b>jeudi 10 décembre 2026 à 17h30</b><br>
        Agence Nancy Stanislas – 4 rue Gambetta, 54000 Nancy<br>
        Objet : projet immobilier / simulation de prêt</p>
        <p>Merci de vous munir de vos trois derniers bulletins de salaire et de votre dernier avis
        d'imposition.</p>
        <p>Crédit Lorrain Mutuel – votre banque de proximité</p>
        <p style="font-size:10px;color:#889">Ce message vous est adressé automatiquement. Pour modifier votre
        rendez-vous, connectez-vous à votre espace client.</p>
        </body></html>
        """)
    hs = head(addr("Crédit Lorrain Mutuel", "rendez-vous@credit-lorrain-mutuel.fr"),
              "Confirmation de votre entretien conseil du 10/12/2026", "2026-12-02 11:03",
              "rdv.20261202.100311.71920@credit-lorrain-mutuel.fr",
              relay="mailer.credit-lorrain-mutuel.fr (mailer.credit-lorrain-mutuel.fr [194.2.122.17])")
    return message(hs, html(hbody, "windows-1252", "quoted-printable"))


@neg(50, family="application_status", lang="fr", company="Ferrant Aérostructures",
     note="Taleo status update: the application moved to the 'Entretien' stage and a recruiter will call to "
          "arrange it; no time")
def m50() -> bytes:
    body = t("""
        Madame Colin,

        Le statut de votre candidature au poste 2600417 - Ingénieur Matériaux et Procédés (H/F) - Reims
        a été mis à jour.

        Nouveau statut : Entretien - à planifier

        Un(e) chargé(e) de recrutement prendra contact avec vous prochainement pour convenir d'une date et
        d'un horaire d'entretien. Nous vous invitons à vérifier régulièrement votre messagerie, y compris
        vos courriers indésirables.

        Vous pouvez suivre l'évolution de votre candidature en vous connectant à notre site carrières :
        https://ferrant.taleo.net/careersection/ext/mysubmissions.ftl

        Cordialement,
        Ferrant Aérostructures - Recrutement

        Merci de ne pas répondre à ce courriel, il a été envoyé d'une adresse ne pouvant recevoir de réponse.
        """)
    hs = head(addr("Ferrant Aérostructures", "ne-pas-repondre@ferrant.taleo.net"),
              "Mise à jour de votre candidature - Ingénieur Matériaux et Procédés (H/F)", "2026-10-27 16:44",
              "1416577843.90211.1793115840512.JavaMail.taleo@tlo-eu-mta02",
              relay="tlo-eu-mta02.taleo.net (tlo-eu-mta02.taleo.net [160.34.12.81])")
    return message(hs, text(body, "iso-8859-1", "quoted-printable"))
